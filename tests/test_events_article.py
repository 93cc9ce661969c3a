"""Events in whole articles: the original dispatch, merging, dates, places and claims."""

from __future__ import annotations

import datetime as dt

import pytest

from newsift.model import Article, article_id_for, assert_provenance
from newsift.nlp import analyze


def _analyse(text: str, day: dt.date | None, nlp):
    analysis = analyze(Article(article_id_for(text), None, None, None, day, None, "en", text), nlp)
    assert_provenance(analysis)
    return analysis


def _find(analysis, source, target, root, status=None):
    found = [
        event for event in analysis.events
        if event.source == source and event.target == target and event.cameo.startswith(root) and (status is None or event.status == status)
    ]  # fmt: skip
    assert found, f"no {source} -> {target} ({root}, {status}) in {[(e.source, e.target, e.cameo, e.status) for e in analysis.events]}"
    return found[0]


@pytest.fixture(scope="module")
def dispatch(nlp, dispatch_path):
    return _analyse(dispatch_path.read_text("utf-8"), dt.date(2025, 9, 14), nlp)


def test_dispatch_negotiations_are_reported(dispatch):
    event = _find(dispatch, "hts", "ISR", "04", "reported")
    assert event.cameo == "046" and event.plover == "CONSULT"
    assert event.trigger.text == "negotiations"
    assert event.status_cue == "reportedly"


def test_dispatch_troops_moved_into_buffer_zone(dispatch):
    # the move names no one, but the article sets Israel against Syria (its strikes and incursions):
    # a state's deployment faces the other state
    event = _find(dispatch, "ISR", "SYR", "15", "asserted")
    assert (event.cameo, event.plover, event.trigger.text) == ("154", "MOBILIZE", "moved")
    # "Following HTS's takeover of Syria on December 8" governs the clause; the 1973 armistice
    # sits in a relative clause about the frontier and must not date the move.
    assert (event.date.value, event.date.precision) == ("2024-12-08", "day")
    assert dispatch.places[event.place].text in ("UN-patrolled buffer zone", "Golan Heights")


def test_dispatch_airstrikes_and_incursions_are_asserted(dispatch):
    strikes = _find(dispatch, "ISR", "SYRMIL", "19", "asserted")
    assert (strikes.cameo, strikes.plover, strikes.trigger.text) == ("195", "ASSAULT", "airstrikes")
    incursions = _find(dispatch, "ISR", "SYR", "19", "asserted")
    assert incursions.trigger.text == "incursions"
    assert dispatch.places[incursions.place].text == "southern Syria"
    # No date in those sentences: the article's, flagged as inferred.
    assert (strikes.date.value, strikes.date.precision) == ("2025-09-14", "article")


def test_dispatch_refraining_from_retaliation_is_negated_not_an_attack(dispatch):
    event = _find(dispatch, "hts", "ISR", "19", "negated")  # retaliating against Israel, which struck Syria
    assert event.trigger.text == "retaliating"
    assert event.status_cue == "refrained"
    assert not [e for e in dispatch.events if e.source == "hts" and e.cameo.startswith(("18", "19", "20")) and e.status in ("asserted", "reported")]


def test_dispatch_paris_meeting_is_reported_both_ways(dispatch):
    there = _find(dispatch, "asaad-al-shaibani", "ron-dermer", "04", "reported")
    back = _find(dispatch, "ron-dermer", "asaad-al-shaibani", "04", "reported")
    for event in (there, back):
        assert event.cameo == "044"  # Syrian and Israeli ministers meeting in France
        assert dispatch.places[event.place].text == "Paris"
        assert (event.date.value, event.date.precision) == ("2025-08", "month")  # "last month"
        claim = next(claim for claim in dispatch.claims if claim.id == event.claim)
        assert claim.content.text.startswith("a secret meeting in Paris")


def test_dispatch_netanyahu_acknowledging_talks_is_asserted(dispatch):
    event = _find(dispatch, "benjamin-netanyahu", "hts", "04", "asserted")
    assert event.trigger.text == "talks"
    claim = next(claim for claim in dispatch.claims if claim.id == event.claim)
    assert claim.speaker == "benjamin-netanyahu" and claim.cue_lemma == "acknowledge"


def test_dispatch_event_in_a_quote_links_to_the_quote(dispatch):
    event = next(event for event in dispatch.events if event.trigger.text == "expressed")
    assert event.source == "hts" and event.status == "reported"
    claim = next(claim for claim in dispatch.claims if claim.id == event.claim)
    assert claim.speaker == "ahmed-al-sharaa" and claim.content.text.startswith("But from the outset")


def test_repeated_mentions_merge_into_one_event_with_evidence(nlp):
    text = "Israeli jets struck a Hezbollah weapons depot near Tyre on Monday. Hezbollah said Israeli jets had struck its depot."
    analysis = _analyse(text, dt.date(2024, 10, 2), nlp)
    strikes = [event for event in analysis.events if event.cameo.startswith("19")]
    assert len(strikes) == 1
    event = strikes[0]
    assert (event.source, event.target, event.cameo) == ("ISRMIL", "hezbollah", "195")
    assert [(item.trigger.text, item.status) for item in event.evidence] == [("struck", "asserted"), ("struck", "reported")]
    assert [item.trigger.start for item in event.evidence] == [text.index("struck"), text.rindex("struck")]
    assert event.status == "asserted"  # the outlet states it; Hezbollah's account is the second evidence
    assert (event.date.value, event.date.precision) == ("2024-09-30", "day")  # the Monday before
    assert analysis.places[event.place].text == "Tyre"


def test_a_negated_mention_stays_a_separate_event(nlp):
    text = "Russian drones struck Odesa overnight. Russia did not strike Kyiv, Ukrainian officials said."
    analysis = _analyse(text, dt.date(2025, 3, 3), nlp)
    statuses = sorted(event.status for event in analysis.events if event.cameo.startswith("19"))
    assert statuses == ["asserted", "negated"]


def test_event_dates_from_its_own_clause_not_a_relative_clause(nlp):
    text = "On Tuesday, Sudan's army shelled an RSF position in Omdurman that the militia had held since 2023."
    analysis = _analyse(text, dt.date(2025, 2, 6), nlp)
    event = _find(analysis, "SDNMIL", "rsf", "19")
    assert (event.date.value, event.date.precision) == ("2025-02-04", "day")
    assert analysis.places[event.place].text == "Omdurman"


def test_events_need_an_actor_and_plain_topics_code_nothing(nlp):
    analysis = _analyse("The talks were described as constructive. An agreement is still far off.", dt.date(2025, 1, 1), nlp)
    assert analysis.events == []
