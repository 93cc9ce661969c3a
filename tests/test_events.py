"""Events: a hand-checked sentence table (tests/data/events_cases.yaml) and the dispatch."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
import yaml

from newsift.ingest.dateline import find_dateline
from newsift.model import Article, article_id_for, assert_provenance
from newsift.nlp import analyze

CASES = yaml.safe_load((Path(__file__).parent / "data" / "events_cases.yaml").read_text("utf-8"))["cases"]


def _analyse(text: str, day, nlp):
    published = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)) if day else None
    analysis = analyze(Article(article_id_for(text), None, None, None, published, find_dateline(text, published), "en", text), nlp)
    assert_provenance(analysis)
    listed = {actor.id for actor in analysis.actors}
    for event in analysis.events:  # the contract: events name only listed actors
        assert {event.source, event.target} - {None} <= listed, (event.source, event.target, listed)
    return analysis


def _row(event, with_code: bool) -> tuple:
    row = (event.source, event.target, event.cameo[:2], event.plover, event.status)
    return row + ((event.cameo,) if with_code else ())


def _expected(item: dict) -> tuple:
    row = (item["source"], item["target"], str(item["root"]), item["plover"], item["status"])
    return row + ((str(item["code"]),) if item.get("code") else ())


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:60] for case in CASES])
def test_events_table(case, nlp):
    analysis = _analyse(case["text"], case.get("date"), nlp)
    expected = Counter(_expected(item) for item in case["expect"])
    with_code = {row[:5] for row in expected if len(row) == 6}
    got = Counter(_row(event, _row(event, False) in with_code) for event in analysis.events)
    assert got == expected


def test_a_place_that_only_gives_victims_a_nationality_is_no_mention_of_its_country(nlp):
    # "Goma" says where the civilians are from; it does not stand for Congo in any event
    text = "M23 fighters killed 30 civilians in Goma. Congo cut diplomatic ties with Rwanda."
    analysis = _analyse(text, dt.date(2025, 2, 1), nlp)
    actors = {actor.id: actor for actor in analysis.actors}
    assert [(mention.text, mention.kind) for mention in actors["COD"].mentions] == [("Congo", "alias")]
    assert [(mention.text, mention.kind) for mention in actors["CODCVL"].mentions] == [("civilians", "agent")]


def test_a_reaction_by_an_unnamed_force_is_coded_without_error(nlp):
    # "Troops" name no actor: the reaction to "the attack" has a source with no actor, which must
    # not stop the article (it once raised a TypeError); the attack itself is still coded
    analysis = _analyse("Gunmen attacked a checkpoint near Gao. Troops repelled the attack.", dt.date(2025, 6, 1), nlp)
    assert [(event.source, event.cameo[:2], event.trigger.text) for event in analysis.events if event.source] == [("MLIREB", "19", "attacked")]


def test_no_event_has_an_actor_as_its_own_target(nlp):
    # whose soldiers were killed the sentence does not say; reading them as the last-named side's
    # once made Cambodian troops kill Cambodian troops
    text = "Thai and Cambodian troops exchanged fire along the border, killing two soldiers."
    analysis = _analyse(text, dt.date(2025, 7, 24), nlp)
    assert {(event.source, event.target) for event in analysis.events if event.trigger.text == "exchanged"} == {("THAMIL", "KHMMIL"), ("KHMMIL", "THAMIL")}
    assert all(event.source != event.target for event in analysis.events)


def test_a_clash_paired_with_both_sides_does_not_make_a_state_kill_its_own_soldiers(nlp):
    # "troops clashed …, killing 20 Indian soldiers" after "the two sides": the killing is paired
    # with both sides, and India once killed its own soldiers (IND -> INDMIL)
    text = (
        "NEW DELHI, Nov 25 (Wire) - India and China agreed on Tuesday to resume direct flights. The two sides also "
        "agreed to set up an expert group on their disputed border, where troops clashed in 2020, killing 20 Indian soldiers."
    )
    analysis = _analyse(text, dt.date(2025, 11, 25), nlp)
    killings = {(event.source, event.target) for event in analysis.events if event.trigger.text == "killing"}
    assert ("CHN", "INDMIL") in killings
    assert not [pair for pair in killings if pair[0] and pair[1] and pair[1][:3] == pair[0]]
