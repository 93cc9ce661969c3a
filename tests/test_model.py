"""The data model: contract keys, JSON round trip, stable ids, the provenance check."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsift.model import (
    Actor,
    Analysis,
    Article,
    Claim,
    DateValue,
    Event,
    FramingCue,
    Mention,
    Place,
    SentenceRange,
    Span,
    TimeExpr,
    article_id_for,
    assert_provenance,
    provenance_errors,
)

TEXT = "BEIRUT (Levant Observer) - Israeli jets struck Nabatieh on Monday, officials said."


def _article(text: str = TEXT) -> Article:
    return Article(
        id=article_id_for(text), title="Strikes", outlet="Levant Observer", url=None,
        published=dt.date(2025, 10, 14), dateline=None, language="en", text=text,
    )  # fmt: skip


def _full_analysis() -> Analysis:
    text = TEXT
    jets = text.index("Israeli jets")
    struck = text.index("struck")
    nabatieh = text.index("Nabatieh")
    monday = text.index("Monday")
    return Analysis(
        newsift_version="test",
        article=_article(),
        actors=[Actor("ISRMIL", "Israeli military", "military", "ISRMIL", None, True, [Mention(jets, jets + 12, "Israeli jets")])],
        events=[
            Event(
                "e1", "ISRMIL", None, "195", "ASSAULT", 4, -10.0, "reported", DateValue("2025-10-13", "day"), 0, "c1",
                Span.of(text, struck, struck + 6), SentenceRange(0, len(text)),
            )
        ],
        claims=[Claim("c1", None, "officials", "indirect", "said", None, Span.of(text, 27, text.index(", officials")))],
        times=[TimeExpr(monday, monday + 6, "Monday", "2025-10-13", "day")],
        places=[Place(nabatieh, nabatieh + 8, "Nabatieh", "Nabatieh", "LB", 33.38, 35.48, "city")],
    )  # fmt: skip


def test_json_keys_follow_the_contract():
    data = _full_analysis().to_dict()
    assert list(data) == ["newsift_version", "article", "actors", "events", "claims", "times", "places", "framing"]
    assert list(data["article"]) == ["id", "title", "outlet", "url", "published", "dateline", "language", "text"]
    assert data["article"]["published"] == "2025-10-14"
    assert set(data["actors"][0]) >= {"id", "name", "type", "cameo", "wikidata", "resolved", "mentions"}
    assert set(data["actors"][0]["mentions"][0]) >= {"start", "end", "text"}
    event_keys = {"id", "source", "target", "cameo", "plover", "quad_class", "goldstein", "status", "date", "place", "claim", "trigger", "sentence"}
    assert set(data["events"][0]) >= event_keys
    assert data["events"][0]["trigger"] == {"start": 40, "end": 46, "text": "struck"}
    assert data["events"][0]["sentence"] == {"start": 0, "end": len(TEXT)}
    # The contract's keys must all be there; extra keys (nesting, modifiers, ids) may be added.
    assert set(data["claims"][0]) >= {"id", "speaker", "speaker_text", "kind", "cue", "medium", "content"}
    assert set(data["times"][0]) >= {"start", "end", "text", "value", "precision"}
    assert set(data["places"][0]) >= {"start", "end", "text", "name", "country", "lat", "lon", "kind"}
    assert set(data["framing"]) == {"cues", "labels", "sourcing", "summary"}
    assert "source" not in data["article"]  # bookkeeping stays out of the contract
    json.dumps(data)  # serialisable as is


def test_round_trip_through_json():
    original = _full_analysis()
    again = Analysis.from_dict(json.loads(json.dumps(original.to_dict())))
    assert again.to_dict() == original.to_dict()
    assert again.article.published == dt.date(2025, 10, 14)
    assert isinstance(again.events[0].trigger, Span)


def test_provenance_holds_for_sound_analysis():
    assert provenance_errors(_full_analysis()) == []
    assert_provenance(_full_analysis())


def test_provenance_names_every_broken_span():
    analysis = _full_analysis()
    analysis.events[0].trigger = Span(41, 47, "struck")
    analysis.framing.cues.append(FramingCue(0, 3, "XYZ", "loaded", None, None, None))
    analysis.places[0].end = 10_000
    problems = provenance_errors(analysis)
    assert len(problems) == 3
    assert any(p.startswith("events[0].trigger") for p in problems)
    assert any(p.startswith("framing.cues[0]") for p in problems)
    assert any("outside text" in p for p in problems)
    with pytest.raises(AssertionError, match="provenance broken"):
        assert_provenance(analysis)


def test_article_id_is_stable_and_text_sensitive():
    assert article_id_for(TEXT) == article_id_for(str(TEXT))
    assert article_id_for(TEXT) != article_id_for(TEXT + " ")
    assert len(article_id_for(TEXT)) == 16


@given(st.text(min_size=1, max_size=200), st.integers(0, 200), st.integers(0, 200))
def test_span_of_always_reproduces_text(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    span = Span.of(text, start, end)
    analysis = Analysis("t", _article(text), times=[TimeExpr(span.start, span.end, span.text, None, None)])
    assert provenance_errors(analysis) == []
