"""Ingest: every input kind, metadata, and every bad input named with what to do."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from newsift.ingest import IngestFailure, IngestOptions, Metadata, Skipped, read_inputs
from newsift.ingest.detect import sniff_format
from newsift.ingest.text import headline_of
from newsift.model import Article, article_id_for
from tests.conftest import EXAMPLES

ARTICLE = (
    "Port talks stall\n"
    "ADEN, Yemen (Gulf Wire) — Talks on reopening the port of Hodeidah stalled on Tuesday, "
    "two officials said, after the Houthis rejected a proposal to share customs revenue.\n"
    "The United Nations envoy said he would return to Muscat next week.\n"
)


def _read(*sources: str | Path, **options) -> list:
    return list(read_inputs([str(source) for source in sources], IngestOptions(**options)))


def _articles(items: list) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def _failures(items: list) -> list[IngestFailure]:
    return [item for item in items if isinstance(item, IngestFailure)]


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- plain text ------------------------------------------------------------------------


def test_text_file_is_kept_exactly(tmp_path):
    path = _write(tmp_path, "a.txt", ARTICLE)
    (article,) = _articles(_read(path))
    assert article.text == ARTICLE
    assert article.title == "Port talks stall"
    assert article.id == article_id_for(ARTICLE)
    assert (article.dateline.place, article.dateline.region, article.dateline.agency) == ("ADEN", "Yemen", "Gulf Wire")
    assert article.source == str(path)


def test_typographic_characters_survive(dispatch_path):
    (article,) = _articles(_read(dispatch_path))
    assert "Hay’at Tahrir al-Sham" in article.text
    assert "“Israel assumed" in article.text and "Heights—a volatile" in article.text
    assert article.text == dispatch_path.read_text("utf-8")
    assert article.title == "Jolani: HTS in Security Talks With Zionist Regime"
    assert (article.dateline.place, article.dateline.agency) == ("DAMASCUS", "Dispatches")


def test_same_text_same_id_in_any_file(tmp_path):
    first = _articles(_read(_write(tmp_path, "one.txt", ARTICLE)))[0]
    second = _articles(_read(_write(tmp_path, "two.md", ARTICLE)))[0]
    assert first.id == second.id


@pytest.mark.parametrize(
    "text, title",
    [
        ("Truce holds in Idlib\nThe truce held overnight.", "Truce holds in Idlib"),
        ("The truce held overnight. Shops reopened.\nMore follows.", None),
        ("Only one line here", None),
        ("DAMASCUS (Dispatches) – The truce held.\nShops reopened.", None),
        ("Will the truce hold?\nDiplomats are unsure.", "Will the truce hold?"),
    ],
)
def test_headline_detection(text, title):
    assert headline_of(text) == title


def test_metadata_overrides_win(tmp_path):
    path = _write(tmp_path, "a.txt", ARTICLE)
    overrides = Metadata(title="Given", outlet="Gulf Wire", url="https://x.example/a", published=dt.date(2025, 3, 4))
    (article,) = _articles(_read(path, overrides=overrides))
    assert (article.title, article.outlet, article.url, article.published) == (
        "Given", "Gulf Wire", "https://x.example/a", dt.date(2025, 3, 4),
    )  # fmt: skip


def test_cp1252_text_is_decoded(tmp_path):
    text = "Hay’at Tahrir al-Sham said “talks” – are under way in Damascus, officials said on Monday."
    path = _write(tmp_path, "legacy.txt", text.encode("cp1252"))
    (article,) = _articles(_read(path))
    assert article.text == text


def test_declared_charset_is_honoured(tmp_path):
    html = (
        '<html><head><meta charset="windows-1256"><title>Talks</title></head><body><article>'
        + "<p>قالت الحكومة السورية إن المحادثات مستمرة مع الجانب الآخر في العاصمة دمشق منذ أسابيع.</p>" * 4
        + "</article></body></html>"
    )
    (article,) = _articles(_read(_write(tmp_path, "ar.html", html.encode("cp1256"))))
    assert "المحادثات مستمرة" in article.text


def test_forced_wrong_encoding_is_a_clear_error(tmp_path):
    path = _write(tmp_path, "legacy.txt", "Café talks “resume” in Geneva.".encode("cp1252"))
    (failure,) = _failures(_read(path, encoding="utf-8"))
    assert "is not valid utf-8" in failure.reason


# --- HTML --------------------------------------------------------------------------------


def test_html_example_main_text_and_metadata():
    (article,) = _articles(_read(EXAMPLES / "damascus-security-talks.html"))
    assert article.title == "Syria's al-Sharaa says security talks with Israel are under way"
    assert article.outlet == "Meridian Post"
    assert article.url == "https://meridian-post.example/middle-east/2025/09/13/syria-israel-security-talks"
    assert article.published == dt.date(2025, 9, 13)
    assert article.text.startswith(article.title + "\n")
    assert "Syrian President Ahmed al-Sharaa said on Friday" in article.text
    for boilerplate in ("Subscribe for $1", "Ten recipes", "All rights reserved", "Privacy"):
        assert boilerplate not in article.text
    assert article.dateline.place == "DAMASCUS" and article.dateline.date.value == "2025-09-13"


PARAGRAPH = "Rescue teams searched the rubble of the market in Idlib for survivors on Tuesday, civil defence workers said"


def test_malformed_html_still_yields_its_text(tmp_path):
    html = f"<html><head><title>Market strike</title><body><div><p>{PARAGRAPH}.<p><b>{PARAGRAPH} again.<div></span><p>Unclosed <i>tags"
    (article,) = _articles(_read(_write(tmp_path, "broken.html", html)))
    assert article.title == "Market strike"
    assert article.text.startswith(f"Market strike\n\n{PARAGRAPH}.")


def test_html_swallowed_by_an_unclosed_title_is_a_clear_error(tmp_path):
    html = f"<html><head><title>Market strike<body><div><p>{PARAGRAPH}.<p>{PARAGRAPH} again."
    (failure,) = _failures(_read(_write(tmp_path, "broken.html", html)))
    assert "no main text" in failure.reason


def test_html_without_main_text_is_a_clear_error(tmp_path):
    html = "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    (failure,) = _failures(_read(_write(tmp_path, "empty.html", html)))
    assert "no main text" in failure.reason and "--input text" in failure.reason


# --- feeds -------------------------------------------------------------------------------


def test_rss_example_gives_three_entries():
    articles = _articles(_read(EXAMPLES / "sahel-desk.rss"))
    assert [a.title for a in articles] == [
        "JNIM fighters attack army post near Djibo",
        "Mali junta extends transition, dissolves parties",
        "Niger and Benin reopen border talks",
    ]
    assert {a.outlet for a in articles} == {"Sahel Desk"}
    assert [a.published for a in articles] == [dt.date(2025, 5, 12), dt.date(2025, 5, 14), dt.date(2025, 5, 16)]
    assert articles[0].url == "https://saheldesk.example/2025/05/12/djibo-attack"
    for article in articles:
        assert "<p>" not in article.text and "&" not in article.text
    assert "killing dozens of soldiers" in articles[0].text  # full content:encoded, not a summary
    assert [a.dateline.place for a in articles] == ["OUAGADOUGOU", "BAMAKO", "NIAMEY"]


FEED_WITH_BROKEN_ENTRY = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>First</title><description>&lt;p&gt;Troops withdrew from the town on Friday, residents said.&lt;/p&gt;</description><pubDate>Fri, 02 May 2025 10:00:00 GMT</pubDate></item>
<item><title></title><description></description></item>
<item><title>Third</title><description>Shelling resumed near the border, a monitor said.</description><pubDate>not a date</pubDate></item>
</channel></rss>"""


def test_feed_with_broken_entry_keeps_the_others(tmp_path):
    items = _read(_write(tmp_path, "wire.xml", FEED_WITH_BROKEN_ENTRY))
    articles, failures = _articles(items), _failures(items)
    assert [a.title for a in articles] == ["First", "Third"]
    assert articles[0].text == "First\n\nTroops withdrew from the town on Friday, residents said."
    assert articles[1].published is None
    assert [f.source for f in failures] == [f"{tmp_path / 'wire.xml'}#entry2"]
    assert "no content or summary" in failures[0].reason


def test_atom_feed(tmp_path):
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Ceasefire extended</title><link href="https://atom.example/1"/><updated>2025-07-01T12:00:00Z</updated>
<content type="html">&lt;p&gt;The ceasefire was extended by 30 days, mediators said.&lt;/p&gt;</content></entry>
</feed>"""
    (article,) = _articles(_read(_write(tmp_path, "desk.atom", atom)))
    assert (article.title, article.outlet, article.url, article.published) == (
        "Ceasefire extended", "Atom Desk", "https://atom.example/1", dt.date(2025, 7, 1),
    )  # fmt: skip


def test_xml_that_is_not_a_feed(tmp_path):
    (failure,) = _failures(_read(_write(tmp_path, "x.rss", "<rss><channel><title>t</title>")))
    assert "not an RSS/Atom feed with entries" in failure.reason


# --- JSON Lines and JSON -------------------------------------------------------------


def test_jsonl_example_keeps_given_ids_and_metadata():
    articles = _articles(_read(EXAMPLES / "kyiv-prisoner-exchange.jsonl"))
    assert [a.id for a in articles] == ["nw-2025-0611-ua", "nw-2025-0612-gz"]
    assert articles[0].published == dt.date(2025, 6, 11)
    assert articles[0].outlet == "Northern Ledger"
    assert articles[1].dateline.place == "GAZA CITY" and articles[1].dateline.date.value == "2025-06-12"


def test_jsonl_bad_lines_are_reported_by_line(tmp_path):
    lines = [
        json.dumps({"text": "Troops crossed the river on Monday, the army said.", "id": 7}),
        "{not json",
        "",
        json.dumps({"title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Talks resumed in Doha, a mediator said.", "published": "yesterday-ish"}),
        json.dumps({"text": "Aid arrived in Rafah on Tuesday, the UN said.", "published": "14 September 2025"}),
    ]
    path = _write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    items = _read(path)
    articles, failures = _articles(items), _failures(items)
    assert [a.id for a in articles][0] == "7"
    assert articles[1].published == dt.date(2025, 9, 14)
    assert {f.source.rsplit(":", 1)[1] for f in failures} == {"2", "4", "5", "6"}
    reasons = {f.source.rsplit(":", 1)[1]: f.reason for f in failures}
    assert "not valid JSON" in reasons["2"]
    assert 'no "text"' in reasons["4"]
    assert "not an object" in reasons["5"]
    assert "published" in reasons["6"] and "ISO 8601" in reasons["6"]


def test_json_list(tmp_path):
    records = [{"text": "Rebels seized the airport, witnesses said."}, {"text": "   "}]
    items = _read(_write(tmp_path, "two.json", json.dumps(records)))
    assert len(_articles(items)) == 1
    (failure,) = _failures(items)
    assert failure.source.endswith("two.json[1]") and "empty" in failure.reason


# --- directories and detection -------------------------------------------------------


def test_directory_is_walked_recursively_in_order(tmp_path):
    _write(tmp_path, "b.txt", ARTICLE)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "a.jsonl", json.dumps({"text": "Protesters gathered in Tunis on Friday."}) + "\n")
    _write(tmp_path, "c.pdf", b"%PDF-1.4 binary")
    _write(tmp_path, ".hidden.txt", "secret")
    _write(tmp_path, "empty.txt", "  \n\t ")
    items = _read(tmp_path)
    articles = _articles(items)
    assert [Path(a.source.split(":")[0]).name for a in articles] == ["b.txt", "a.jsonl"]
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert sorted(s.reason for s in skipped) == ["hidden file", "unsupported extension .pdf"]
    (failure,) = _failures(items)
    assert failure.source.endswith("empty.txt") and "is empty" in failure.reason


def test_directory_without_readable_files(tmp_path):
    _write(tmp_path, "scan.pdf", b"%PDF-1.4")
    _write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0")
    (failure,) = _failures(_read(tmp_path))
    assert failure.source == str(tmp_path)
    assert "no readable files (2 skipped)" in failure.reason


@pytest.mark.parametrize(
    "head, expected",
    [
        (b'{"text": "x"}\n{"text": "y"}\n', "jsonl"),
        (b'{\n  "text": "x"\n}', "json"),
        (b'[{"text": "x"}]', "json"),
        (b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<!DOCTYPE html><html><body><p>x</p>", "html"),
        (b"\xef\xbb\xbfDAMASCUS (Dispatches) - text", "text"),
        (b"<3 peace talks resume", "text"),
    ],
)
def test_format_sniffing(head, expected):
    assert sniff_format(head) == expected


def test_forced_input_format(tmp_path):
    path = _write(tmp_path, "page.html", "<p>Literal markup is the article here, officials said.</p>")
    (article,) = _articles(_read(path, input_format="text"))
    assert article.text.startswith("<p>Literal")


# --- bad inputs ------------------------------------------------------------------------


def test_missing_path():
    (failure,) = _failures(_read("/no/such/article.txt"))
    assert failure.reason == "does not exist; check the path"


@pytest.mark.parametrize("content", ["", "   \n\n\t  "])
def test_empty_or_whitespace_text(tmp_path, content):
    (failure,) = _failures(_read(_write(tmp_path, "blank.txt", content)))
    assert "is empty" in failure.reason


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)), b"plain start\x00\x00\x00\x01\x02 then NULs", bytes(range(32)) * 50],
)
def test_binary_file(tmp_path, content):
    (failure,) = _failures(_read(_write(tmp_path, "data.txt", content)))
    assert "binary" in failure.reason


def test_undecodable_text(tmp_path):
    rng = random.Random(7)
    noise = bytes(rng.randrange(128, 256) for _ in range(3000))
    (failure,) = _failures(_read(_write(tmp_path, "noise.txt", noise)))
    assert "encoding could not be detected" in failure.reason and "--encoding" in failure.reason


def test_text_over_size_limit(tmp_path):
    path = _write(tmp_path, "long.txt", "Shelling continued overnight. " * 100)
    (failure,) = _failures(_read(path, max_chars=1000))
    assert "over the limit of 1,000" in failure.reason and "--max-chars" in failure.reason
    assert _articles(_read(path, max_chars=5000))


def test_file_far_over_size_limit_is_not_read(tmp_path):
    path = _write(tmp_path, "huge.txt", "x" * 50_000)
    (failure,) = _failures(_read(path, max_chars=1000))
    assert "too large" in failure.reason
