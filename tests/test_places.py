"""Places: a hand-checked table (tests/data/places_cases.yaml), the dispatch, and the gazetteer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from newsift.model import Article, article_id_for
from newsift.nlp import analyze

CASES = yaml.safe_load((Path(__file__).parent / "data" / "places_cases.yaml").read_text("utf-8"))["cases"]


def _analyse(text: str, day, nlp):
    published = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)) if day else None
    return analyze(Article(article_id_for(text), None, None, None, published, None, "en", text), nlp)


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:60] for case in CASES])
def test_places_table(case, nlp):
    analysis = _analyse(case["text"], case.get("date"), nlp)
    got = [
        {"text": p.text, "name": p.name, "country": p.country, "kind": p.kind, **({"occupied_by": p.occupied_by} if p.occupied_by else {})}
        for p in analysis.places
    ]
    expected = [
        {key: item[key] for key in ("text", "name", "country", "kind")} | ({"occupied_by": item["occupied_by"]} if item.get("occupied_by") else {})
        for item in case["expect"]
    ]
    assert got == expected


def test_table_is_large_enough():
    assert sum(len(case["expect"]) for case in CASES) >= 60


def test_dispatch_places(nlp, dispatch_path):
    analysis = _analyse(dispatch_path.read_text("utf-8"), dt.date(2025, 9, 14), nlp)
    places = {place.text: place for place in analysis.places}
    golan = places["Golan Heights"]
    assert (golan.country, golan.occupied_by, golan.kind) == ("SY", "IL", "zone")
    assert 32.5 < golan.lat < 33.5 and 35.5 < golan.lon < 36.0
    sweida = places["Sweida province"]
    assert (sweida.name, sweida.country, sweida.kind) == ("Sweida", "SY", "admin1")
    paris = places["Paris"]
    assert (paris.country, paris.kind) == ("FR", "city") and abs(paris.lat - 48.85) < 0.1
    assert places["southern Syria"].kind == "region"
    assert places["UN-patrolled buffer zone"].name == "UNDOF buffer zone"
    assert "Israel" not in places  # Israel acts throughout the dispatch; it is not a location there


def test_gazetteer_cache_is_rebuilt_when_its_data_changes(tmp_path, monkeypatch):
    from newsift import cache

    monkeypatch.setenv("NEWSIFT_CACHE_DIR", str(tmp_path))
    key = cache.fingerprint("demo", [Path(__file__)])
    cache.write_cache(key, {"built": 1})
    assert cache.read_cache(key) == {"built": 1}
    data = tmp_path / "data.txt"
    data.write_text("one")
    first = cache.fingerprint("demo", [data])
    data.write_text("two, longer")
    assert cache.fingerprint("demo", [data]) != first
    (tmp_path / f"{key}.pickle").write_bytes(b"not a pickle")
    assert cache.read_cache(key) is None  # a damaged entry is ignored, never fatal
