"""The synthetic corpus generator (benchmarks/synthetic.py): deterministic, well-formed, analysable."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from conftest import ROOT

FIELDS = {"id", "title", "outlet", "url", "published", "text"}
DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z .'-]+)?, [A-Z][a-z]+\.? \d{1,2} \([^)]+\) [–—-] \S")
# Sentence ends, once the abbreviations the generator writes ("U.S.", "Sept. 12") are masked.
ABBREVIATION = re.compile(r"\b(?:U\.S|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.")
SENTENCE_END = re.compile(r"[.!?][\"”]?(?=\s|$)")


@pytest.fixture(scope="module")
def synthetic():
    """benchmarks/synthetic.py imported as a module (benchmarks are not part of the package)."""
    spec = importlib.util.spec_from_file_location("synthetic", ROOT / "benchmarks" / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["synthetic"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sample(synthetic) -> list[dict]:
    return list(synthetic.generate(300, seed=0))


def test_same_seed_gives_identical_output(synthetic):
    first, second = io.StringIO(), io.StringIO()
    synthetic.write_jsonl(60, 7, first)
    synthetic.write_jsonl(60, 7, second)
    assert first.getvalue() == second.getvalue()


def test_different_seeds_give_different_articles(synthetic):
    one = list(synthetic.generate(20, seed=1))
    two = list(synthetic.generate(20, seed=2))
    assert all(a["text"] != b["text"] for a, b in zip(one, two))


def test_a_shorter_run_is_a_prefix_of_a_longer_one(synthetic):
    assert list(synthetic.generate(10, seed=3)) == list(synthetic.generate(25, seed=3))[:10]


def test_generate_streams(synthetic):
    assert isinstance(synthetic.generate(10**9), Iterator)  # nothing is built up front


def test_cli_writes_the_same_json_lines(synthetic, tmp_path):
    out = tmp_path / "corpus.jsonl"
    command = [sys.executable, str(ROOT / "benchmarks" / "synthetic.py"), "12", "--seed", "4"]
    subprocess.run([*command, "--out", str(out)], check=True, timeout=120)
    stdout = subprocess.run([*command, "--out", "-"], check=True, capture_output=True, timeout=120).stdout
    expected = io.StringIO()
    synthetic.write_jsonl(12, 4, expected)
    assert out.read_bytes() == stdout == expected.getvalue().encode("utf-8")
    assert len(stdout.decode("utf-8").splitlines()) == 12


def test_field_shapes(synthetic, sample):
    for record in sample:
        assert set(record) == FIELDS
        assert all(isinstance(value, str) and value for value in record.values())
        published = dt.date.fromisoformat(record["published"])
        assert synthetic.FIRST_DAY <= published < synthetic.FIRST_DAY + dt.timedelta(days=synthetic.DAYS)
        assert re.fullmatch(r"https://www\.[a-z]+\.example/world/\d{4}/\d{2}/\d{2}/[a-z0-9-]+", record["url"])
        assert record["url"].split("/")[4:7] == record["published"].split("-")
        json.dumps(record)
    assert len({record["id"] for record in sample}) == len(sample)


def test_text_starts_with_a_dateline(synthetic, sample):
    from newsift.ingest import find_dateline

    tags = {outlet.name: outlet.tag for outlet in synthetic.OUTLETS}
    for record in sample:
        assert DATELINE.match(record["text"]), record["text"][:80]
        dateline = find_dateline(record["text"], dt.date.fromisoformat(record["published"]))
        assert dateline is not None and dateline.start == 0, record["text"][:80]
        assert dateline.agency == tags[record["outlet"]]
        assert dateline.date.value == record["published"]


def test_many_outlets(sample):
    assert len({record["outlet"] for record in sample}) >= 10


def test_length_in_range(synthetic, sample):
    for record in sample:
        words = len(record["text"].split())
        assert synthetic.MIN_WORDS <= words <= synthetic.MAX_WORDS, (words, record["id"])
        sentences = len(SENTENCE_END.findall(ABBREVIATION.sub("X", record["text"])))
        assert synthetic.MIN_SENTENCES <= sentences <= synthetic.MAX_SENTENCES, (sentences, record["id"])


def test_slots_are_all_filled(sample):
    for record in sample:
        assert "{" not in record["text"] and "}" not in record["text"] and "{" not in record["title"]


def test_curated_persons_are_in_the_knowledge_base(synthetic, kb):
    missing = [person.name for people in synthetic.world().persons.values() for person in people if not kb.lookup(person.name)]
    assert not missing


def test_articles_analyse_into_events_and_claims(nlp, sample):
    from newsift.ingest import IngestOptions
    from newsift.ingest.jsonl import record_to_article
    from newsift.nlp import analyze

    analyses = [analyze(record_to_article(record, f"synthetic:{index}", IngestOptions()), nlp) for index, record in enumerate(sample[:5])]
    assert all(analysis.article.dateline is not None for analysis in analyses)
    assert sum(1 for analysis in analyses if analysis.events) >= 4
    assert sum(1 for analysis in analyses if analysis.claims) >= 4
