"""Framing: a hand-checked sentence table (tests/data/framing_cases.yaml), the dispatch, a
neutral wire article, per-actor labels, sourcing, the neutral view and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml

from newsift.framing import check_framing_files, load_framing_lexicon, neutral_text
from newsift.model import Article, article_id_for, assert_provenance
from newsift.nlp import analyze

from conftest import EXAMPLES, run_newsift

CASES = yaml.safe_load((Path(__file__).parent / "data" / "framing_cases.yaml").read_text("utf-8"))["cases"]


def _analyse(text: str, nlp, day: dt.date | None = dt.date(2025, 6, 1)):
    analysis = analyze(Article(article_id_for(text), None, None, None, day, None, "en", text), nlp)
    assert_provenance(analysis)
    return analysis


def _overlaps(cue, start: int, end: int) -> bool:
    return cue.start < end and start < cue.end


def _where(text: str, words: str) -> list[tuple[int, int]]:
    return [(match.start(), match.end()) for match in re.finditer(re.escape(words), text)]


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:60] for case in CASES])
def test_framing_table(case, nlp):
    text = case["text"]
    cues = _analyse(text, nlp).framing.cues
    expected_outlet: list[tuple[int, int]] = []
    for item in case["cues"]:
        start = text.index(item["text"])
        end = start + len(item["text"])
        found = [cue for cue in cues if _overlaps(cue, start, end) and cue.voice == item["voice"]]
        assert found, f"missing {item} in {[(cue.text, cue.category, cue.voice) for cue in cues]}"
        assert any(cue.category == item["category"] for cue in found), f"{item} found as {[(cue.text, cue.category) for cue in found]}"
        if item["voice"] == "outlet":
            expected_outlet.append((start, end))
    for words in case.get("not_outlet") or []:
        for start, end in _where(text, words):
            wrong = [cue for cue in cues if cue.voice == "outlet" and _overlaps(cue, start, end) and (start, end) not in expected_outlet]
            assert not wrong, f"{words!r} reported as the outlet's: {[(cue.text, cue.category) for cue in wrong]}"
    extra = [cue for cue in cues if cue.voice == "outlet" and not any(_overlaps(cue, start, end) for start, end in expected_outlet)]
    assert not extra, f"outlet-voice cues not in the table: {[(cue.text, cue.category) for cue in extra]}"


def test_table_is_large_and_covers_every_rule():
    assert len(CASES) >= 150
    categories = {item["category"] for case in CASES for item in case["cues"]}
    assert {"labelling", "loaded_language", "doubt", "hedge", "vague_attribution", "editorialising", "exaggeration", "minimisation", "appeal_to_fear", "loaded_speech_verb"} <= categories
    assert sum(1 for case in CASES if not case["cues"]) >= 20
    assert sum(1 for case in CASES for item in case["cues"] if item["voice"] == "quoted") >= 20


# --- the original dispatch -------------------------------------------------------------------


@pytest.fixture(scope="module")
def dispatch(nlp, dispatch_path):
    return _analyse(dispatch_path.read_text("utf-8"), nlp, dt.date(2025, 9, 14))


def _cue(analysis, words: str):
    found = [cue for cue in analysis.framing.cues if cue.text == words]
    assert found, f"no cue {words!r} in {[(cue.text, cue.category) for cue in analysis.framing.cues]}"
    return found[0]


def test_dispatch_labels_with_actor_and_voice(dispatch):
    regime = _cue(dispatch, "Zionist Regime")  # the headline
    assert (regime.category, regime.target, regime.voice, regime.neutral) == ("labelling", "ISR", "outlet", "Israel")
    zionist = _cue(dispatch, "Zionist")  # "separated Zionist and Syrian forces": Israel's forces
    assert (zionist.category, zionist.target, zionist.voice) == ("labelling", "ISRMIL", "outlet")
    extremist = _cue(dispatch, "extremist")
    assert extremist.category == "labelling" and extremist.voice == "outlet"
    takfiri = _cue(dispatch, "takfiri")
    assert takfiri.category == "labelling"
    relentless = _cue(dispatch, "relentless")
    assert (relentless.category, relentless.voice, relentless.target) == ("loaded_language", "outlet", "ISR")
    assert _cue(dispatch, "aggression").category == "loaded_language"


def test_dispatch_hedges(dispatch):
    assert _cue(dispatch, "reportedly").category == "hedge"
    appears = [cue for cue in dispatch.framing.cues if cue.text.startswith("appears")]
    assert appears and appears[0].category == "hedge"


def test_dispatch_quote_cues_belong_to_jolani(dispatch):
    quoted = [cue for cue in dispatch.framing.cues if cue.voice == "quoted"]
    assert all(cue.speaker == "ahmed-al-sharaa" for cue in quoted)


def test_dispatch_per_actor_labels(dispatch):
    by_actor: dict[str, list] = {}
    for label in dispatch.framing.labels:
        by_actor.setdefault(label.actor, []).append(label)
    hts = {label.text: label for label in by_actor["hts"]}
    group = next(label for text, label in hts.items() if text.startswith("extremist group with direct affiliations to Al-Qaeda"))
    assert (group.kind, group.polarity, group.voice) == ("apposition", "negative", "outlet")
    assert dispatch.article.text[group.spans[0].start : group.spans[0].end] == group.text
    jolani = {label.text: label for label in by_actor["ahmed-al-sharaa"]}
    assert "former Daesh in Iraq commander" in jolani
    israel = {label.text: label for label in by_actor["ISR"]}
    assert "Zionist Regime" in israel and israel["Zionist Regime"].kind == "label"


def test_dispatch_summary_and_sourcing(dispatch):
    summary = dispatch.framing.summary
    assert summary["outlet_cues"] >= 8
    assert summary["by_category"]["labelling"] >= 4 and summary["by_category"]["hedge"] >= 2
    assert summary["outlet_cues_per_1000_words"] > 20  # a heavily framed text
    top = [item["actor"] for item in summary["labelled_actors"]]
    assert "ISR" in top[:3] and "hts" in top[:3]
    sourcing = dispatch.framing.sourcing
    assert sourcing.assertions >= 9 and sourcing.unattributed > sourcing.attributed
    jolani = next(voice for voice in sourcing.voices if voice.speaker == "ahmed-al-sharaa")
    quote = "Israel assumed that with the fall of the previous regime, Syria would abandon the 1974 disengagement agreement,"
    assert jolani.quoted_chars >= len(quote)
    assert sourcing.quoted_chars_by_side.get("SYR", 0) == jolani.quoted_chars


def test_dispatch_neutral_view(dispatch):
    view = neutral_text(dispatch)
    assert "HTS in Security Talks With Israel" in view  # the KB label replaced by the canonical name
    assert "relentless" not in view and "amid Israeli airstrikes" in view
    assert "⟦" in view  # cues with no neutral wording are marked
    # quoted speech is never rewritten
    assert "“Israel assumed that with the fall of the previous regime, Syria would abandon" in view


# --- neutral copy ------------------------------------------------------------------------------


WIRE = (
    "Sudan's army and RSF agree to new round of talks\n"
    "PORT SUDAN, March 3 (Nile Wire) – Sudan's army and the paramilitary Rapid Support Forces have agreed "
    "to send delegations to Jeddah for a new round of talks, Saudi mediators said on Sunday. The RSF shelled "
    "camps around El Fasher last week, killing at least 14 people, according to a local doctors' group. "
    "Army chief Abdel Fattah al-Burhan said the military would attend the talks. \"We will not accept any deal "
    "that rewards the militia,\" he told reporters in Port Sudan. The United Nations says more than 12 million "
    "people have been displaced since fighting began in April 2023.\n"
)


def test_neutral_wire_copy_has_no_outlet_cues(nlp):
    analysis = _analyse(WIRE, nlp, dt.date(2025, 3, 3))
    outlet = [(cue.text, cue.category) for cue in analysis.framing.cues if cue.voice == "outlet"]
    assert outlet == []
    assert neutral_text(analysis) == WIRE  # nothing to change


def test_bundled_examples_are_neutral_wire_copy(nlp):
    """The examples are written as neutral wire copy: at most one outlet cue per 1,000 characters."""
    from newsift.ingest import read_inputs

    for item in read_inputs([str(EXAMPLES)]):
        if not isinstance(item, Article):
            continue
        analysis = analyze(item, nlp)
        outlet = [cue.text for cue in analysis.framing.cues if cue.voice == "outlet"]
        assert len(outlet) <= max(1, len(item.text) // 1000), (item.source, outlet)


# --- context rules -----------------------------------------------------------------------------


def test_mentioned_negated_official_and_designated_labels_are_not_the_outlets(nlp):
    for text in (
        "The minister rejected the label 'terrorist' for the group.",
        "Hamas, which Israel, the United States and the European Union designate a terrorist organisation, said it had received the proposal.",
        "Officers from the Counter Terrorism Police arrested two men in Leeds on Tuesday.",
        "The army said the group was not a terrorist organisation.",
    ):
        cues = _analyse(text, nlp).framing.cues
        assert [cue.text for cue in cues if cue.voice == "outlet"] == [], text


def test_self_designation_in_the_actors_own_words(nlp):
    text = 'Hezbollah said in a statement: "The Islamic Resistance will defend Lebanon against the Zionist enemy."'
    analysis = _analyse(text, nlp)
    enemy = next(cue for cue in analysis.framing.cues if cue.text == "Zionist enemy")
    assert (enemy.voice, enemy.speaker, enemy.target) == ("quoted", "hezbollah", "ISR")


def test_loaded_speech_verb_only_as_the_verb_of_reported_speech(nlp):
    claimed = _analyse("The ministry claimed that the convoy carried weapons.", nlp).framing.cues
    assert [(cue.text, cue.category, cue.neutral) for cue in claimed] == [("claimed", "loaded_speech_verb", "said")]
    responsibility = _analyse("Islamic State claimed responsibility for the bombing.", nlp).framing.cues
    assert [cue for cue in responsibility if cue.category == "loaded_speech_verb"] == []


def test_scare_quotes_and_real_quotes(nlp):
    scare = _analyse("Israel's 'humanitarian pause' lasted four hours.", nlp).framing.cues
    assert [(cue.text, cue.category, cue.source) for cue in scare] == [("humanitarian pause", "doubt", "scare_quote")]
    spoken = _analyse('The president promised a "transition" within two years, he said.', nlp).framing.cues
    assert [cue for cue in spoken if cue.voice == "outlet"] == []


# --- lexicon files and the CLI ---------------------------------------------------------------


def test_framing_file_problems_name_file_and_line(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "entries:\n"
        "  - {phrase: goons, category: labelling, neutral: members}\n"
        "  - {phrase: baddies, category: villainy}\n"
        "  - {phrase: ghastly, category: loaded_language, technique: Spin}\n",
        "utf-8",
    )
    problems = [str(problem) for problem in check_framing_files([path])]
    assert problems[0].startswith(f"{path}:3: entry 'baddies': category 'villainy' is not one of labelling")
    assert problems[1].startswith(f"{path}:4: entry 'ghastly': technique 'Spin' is not a SemEval-2020 Task 11 name")
    assert len(problems) == 2


def test_evaluative_words_fill_in_for_the_curated_lexicon(nlp):
    cues = _analyse("The junta unveiled its ruinous budget to overjoyed generals on Tuesday.", nlp).framing.cues
    found = {cue.text: cue for cue in cues if cue.source == "evaluative"}
    assert set(found) == {"ruinous", "overjoyed"}
    assert found["ruinous"].polarity == "negative" and found["overjoyed"].polarity == "positive"
    assert all(cue.voice == "outlet" and cue.category == "loaded_language" and cue.neutral is None for cue in found.values())
    junta = [cue for cue in cues if cue.text == "junta"]
    assert junta and junta[0].source == "lexicon"  # the curated entry decides, not the evaluative list


def test_user_file_adds_and_silences_evaluative_words(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("entries: []\nfactual_words: [ruinous]\nevaluative_words:\n  - {word: blockheaded, polarity: negative}\n", "utf-8")
    lexicon = load_framing_lexicon((str(path),))
    assert lexicon.evaluative_polarity("ruinous") is None
    assert lexicon.evaluative_polarity("blockheaded") == "negative"
    assert load_framing_lexicon().evaluative_polarity("ruinous") == "negative"
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries: []\nevaluative_words:\n  - {word: blockheaded, polarity: grumpy}\n  - {word: two words}\n", "utf-8")
    problems = [str(problem) for problem in check_framing_files([bad])]
    assert problems[0].startswith(f"{bad}:3: evaluative_words:") and problems[1].startswith(f"{bad}:4: evaluative_words:")
    assert len(problems) == 2
    bad.write_text("entries: []\n\nfactual_words: {killed: yes}\n", "utf-8")
    assert [str(problem) for problem in check_framing_files([bad])] == [f"{bad}:3: factual_words: expected a list of words"]


def test_cli_neutral_view_and_user_framing_file(tmp_path):
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text("entries:\n  - {phrase: goon, category: labelling, neutral: member, pos: NOUN}\n", "utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Police said two goons from the gang attacked a shop in Lyon.\n", "utf-8")
    done = run_newsift("analyze", str(article), "--framing", str(lexicon), "--neutral")
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode() == "Police said two members from the gang attacked a shop in Lyon.\n"
    done = run_newsift("analyze", str(article), "--framing", str(lexicon), "--format", "json")
    cues = json.loads(done.stdout)["framing"]["cues"]
    assert [(cue["text"], cue["category"], cue["voice"], cue["neutral"]) for cue in cues] == [("goons", "labelling", "outlet", "members")]
    done = run_newsift("analyze", str(article), "--neutral", "--format", "json")
    assert done.returncode == 2 and b"--neutral prints text" in done.stderr
    done = run_newsift("framing", "lookup", "relentless")
    assert done.returncode == 0 and b"loaded_language" in done.stdout
    done = run_newsift("framing", "lookup", "ruinous")
    assert done.returncode == 0 and b"evaluative word, negative" in done.stdout
    done = run_newsift("framing", "lookup", "killed")
    assert done.returncode == 0 and b"factual word" in done.stdout
