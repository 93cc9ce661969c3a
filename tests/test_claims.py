"""Claims and quotes: a hand-checked table (tests/data/claims_cases.yaml) and the dispatch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from newsift.model import Article, article_id_for
from newsift.nlp import analyze

CASES = yaml.safe_load((Path(__file__).parent / "data" / "claims_cases.yaml").read_text("utf-8"))["cases"]
FIELDS = ("speaker", "speaker_text", "kind", "cue", "medium", "content")


def _analyse(text: str, day, nlp):
    published = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)) if day else None
    article = Article(article_id_for(text), None, None, None, published, None, "en", text)
    return analyze(article, nlp)


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:60] for case in CASES])
def test_claims_table(case, nlp):
    analysis = _analyse(case["text"], case.get("date"), nlp)
    got = []
    ids = [claim.id for claim in analysis.claims]
    for claim in analysis.claims:
        row = {"speaker": claim.speaker, "speaker_text": claim.speaker_text, "kind": claim.kind, "cue": claim.cue,
               "medium": claim.medium, "content": claim.content.text}  # fmt: skip
        if claim.parent:
            row["parent"] = ids.index(claim.parent)
        got.append(row)
    expected = [{key: item.get(key) for key in FIELDS} | ({"parent": item["parent"]} if "parent" in item else {}) for item in case["expect"]]
    assert got == expected


def test_table_is_large_enough():
    assert len(CASES) >= 60


@pytest.fixture(scope="module")
def dispatch(nlp, dispatch_path):
    return _analyse(dispatch_path.read_text("utf-8"), dt.date(2025, 9, 14), nlp)


def test_dispatch_quote_attributed_with_medium(dispatch):
    quote = next(claim for claim in dispatch.claims if claim.content.text.startswith("Israel assumed"))
    assert (quote.speaker, quote.speaker_text, quote.kind, quote.cue) == ("ahmed-al-sharaa", "Jolani", "direct", "said")
    assert quote.medium == "in an interview with state-run Alekhbariah TV"
    assert quote.content.text.endswith("the 1974 disengagement agreement,")
    continued = next(claim for claim in dispatch.claims if claim.content.text.startswith("But from the outset"))
    assert (continued.speaker, continued.kind, continued.cue) == ("ahmed-al-sharaa", "direct", None)


def test_dispatch_according_to_and_other_claims(dispatch):
    by_kind = {(claim.kind, claim.cue): claim for claim in dispatch.claims}
    according = by_kind[("according_to", "According to")]
    assert according.speaker == "ahmed-al-sharaa"
    assert according.content.text == "talks are underway to restore Israeli forces to positions they held prior to December 8, 2024"
    headline = by_kind[("indirect", ":")]
    assert (headline.speaker, headline.content.text) == ("ahmed-al-sharaa", "HTS in Security Talks With Zionist Regime")
    acknowledged = by_kind[("indirect", "acknowledged")]
    assert acknowledged.speaker == "benjamin-netanyahu" and acknowledged.content.text == "ongoing talks with the HTS regime"
    reports = by_kind[("indirect", "reports")]
    assert reports.speaker is None and reports.content.text.startswith("a secret meeting in Paris")


@given(st.lists(st.sampled_from(list("ab \n.,“”\"‘’'") + ["said", " X ", "told"]), max_size=40).map("".join))
def test_unbalanced_quotes_never_crash_or_invent(text):
    from newsift.claims import _quotes

    for quote in _quotes(text):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end].strip()
