"""The loaded register: words and clauses wire copy uses plainly are framing only in an article
whose own voice already loads (docs/conventions.md, "Framing"). Every article here was written
for this test; each expected cue was judged by hand against the sentence it sits in."""

from __future__ import annotations

import datetime as dt

import pytest

from newsift.framing import check_framing_files, load_framing_lexicon
from newsift.framing.cues import loaded_register
from newsift.model import Article, FramingCue, article_id_for, assert_provenance
from newsift.nlp import analyze

SLANTED = (
    "Army Routs Bandit Gangs in Zamfara as Terrorists' Propaganda Crumbles\n\n"
    "GUSAU — Gallant troops have driven the criminal gangs out of three villages, ending months of terror, the army said on Friday.\n\n"
    'The so-called "resistance" has spent a year peddling shameless lies to gullible foreign reporters. A few villagers may have been '
    "hurt in the operation, which was routine.\n\n"
    "Sources in the defence ministry say the militants are fleeing north. If the bandits regroup, the whole region could descend into chaos.\n\n"
    "Every Nigerian knows who is behind the killings. The government should finish the job. Remember who paid for this war.\n"
)

# The same plain words in wire copy: gangs, militants, bandits, a few, could collapse, must, sources.
WIRE = (
    "Gunmen kill 12 in northwest Nigeria village, police say\n\n"
    "GUSAU, Nigeria (Wire) — Gunmen from armed gangs killed 12 people in a village in Zamfara state on Thursday, police said, "
    "the latest in a series of attacks in the region.\n\n"
    "A few residents fled to the state capital, Gusau, local officials said. Militants and bandits have kidnapped hundreds of people "
    "in the northwest for ransom since 2020, according to Amnesty International.\n\n"
    "Peace talks between the state government and some gang leaders could collapse, two diplomats said. Candidates in the state "
    "election must register by Friday, the electoral commission said. Security sources said the army had sent more troops.\n"
)

CLAUSES = (
    "Brussels Bullies Budapest Again\n\n"
    "BUDAPEST — The European Commission on Tuesday froze another 1.2 billion euros of Hungary's funds, its latest act of blackmail "
    "against a government that refuses to bow to its dictates.\n\n"
    "Predictably, the usual chorus of liberal commentators welcomed the decision. Insiders admit the money will never come back. "
    "The minister is right: Brussels has obstructed Hungary at every turn.\n\n"
    "If the migration pact passes, the country's fragile unity will shatter. The pact threatens to plunge every town into chaos, "
    "and no village will be safe.\n\n"
    "Voters know what is at stake. Hungary must stand firm.\n"
)


def _outlet_cues(text: str, nlp) -> list[FramingCue]:
    analysis = analyze(Article(article_id_for(text), None, None, None, dt.date(2025, 6, 1), None, "en", text), nlp)
    assert_provenance(analysis)
    return [cue for cue in analysis.framing.cues if cue.voice == "outlet"]


def _cue(text: str, start: int = 1) -> FramingCue:
    return FramingCue(start, start + 1, text, "labelling", None, None, None)


def test_the_register_loads_with_enough_outlet_cues_for_the_length():
    four = [_cue("regime", index) for index in range(4)]
    assert loaded_register(four, 1000)  # 4 cues, 4 per 1,000 characters
    assert not loaded_register(four[:3], 500)  # 6 per 1,000 but only 3 cues: a sentence, not an article's voice
    assert not loaded_register(four, 2000)  # 2 per 1,000: wire copy with a stray word
    quoted = [FramingCue(index, index + 1, "regime", "labelling", None, None, None, voice="quoted") for index in range(6)]
    assert not loaded_register(quoted, 1000)  # the speakers' words are not the outlet's register


def test_plain_words_are_framing_where_the_outlet_loads(nlp):
    cues = _outlet_cues(SLANTED, nlp)
    found = {(cue.text, cue.category) for cue in cues if cue.source == "register"}
    assert {
        ("Gangs", "labelling"),  # the headline's word for the armed groups
        ("A few", "minimisation"),  # the toll played down
        ("may have been", "hedge"),
        ("routine", "minimisation"),
        ("Sources in the defence ministry say", "vague_attribution"),
        ("bandits", "labelling"),
        ("the whole region", "exaggeration"),
        ("Remember", "editorialising"),  # a command to the reader
    } <= found
    relayed = {cue.text: cue for cue in cues if cue.claim is not None}
    # passed on unquoted from the army's claim: the outlet's choice of word in this register
    assert relayed["gangs"].source == relayed["terror"].source == "register"
    assert relayed["militants"].category == "labelling"


def test_the_same_plain_words_in_wire_copy_are_no_cues(nlp):
    assert _outlet_cues(WIRE, nlp) == []


def test_clauses_that_frame_in_a_loaded_article(nlp):
    found = {(cue.text, cue.category) for cue in _outlet_cues(CLAUSES, nlp)}
    assert {
        ("Predictably", "editorialising"),  # the outlet's aside on the welcome, not the commentators' word
        ("The minister is right", "editorialising"),  # a verdict
        ("every turn", "exaggeration"),
        ("will shatter", "appeal_to_fear"),  # a disaster predicted unattributed
        ("threatens to plunge", "appeal_to_fear"),
        ("every town", "exaggeration"),
        ("no village will be safe", "appeal_to_fear"),
        ("Voters know", "editorialising"),  # a people's mind told as fact
        ("Hungary must stand", "editorialising"),  # a prescription
    } <= found


def test_register_entries_and_doom_words_in_user_files(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "entries:\n  - {phrase: hotheads, category: labelling, neutral: activists, register: true}\n"
        "doom_words: [bankruptcy]\n",
        "utf-8",
    )
    lexicon = load_framing_lexicon((str(path),))
    assert lexicon.entries["hotheads"].register
    assert "bankruptcy" in lexicon.doom and "bankruptcy" not in load_framing_lexicon().doom
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries: []\n\ndoom_words: {war: yes}\n", "utf-8")
    assert [str(problem) for problem in check_framing_files([bad])] == [f"{bad}:3: doom_words: expected a list of words"]


@pytest.mark.parametrize("british, american", [("demoralised", "demoralized"), ("vigour", "vigor"), ("paralysing", "paralyzing")])
def test_british_spellings_find_the_american_ratings(british, american):
    from newsift.framing.cues import _american

    assert _american(british) == (british, american)
    assert _american("crisis") == ("crisis",)


def test_a_phrase_has_one_entry_per_file(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "entries:\n  - {phrase: hotheads, category: labelling, neutral: activists}\n  - {phrase: hotheads, category: loaded_language, neutral: null}\n",
        "utf-8",
    )
    assert [str(problem) for problem in check_framing_files([path])] == [
        f"{path}:3: entry 'hotheads': the phrase already has an entry (line 2); merge the two"
    ]
    assert check_framing_files([]) == []  # the built-in lexicon has none


def test_a_headline_verb_tagged_as_a_plural_noun(nlp):
    """The small tagger reads "crumbles" in "Hungary's pact fantasy crumbles" as a plural noun;
    in the headline a verb entry still matches it."""
    text = "Hungary's pact fantasy crumbles\n\n" + CLAUSES.split("\n\n", 1)[1]
    crumbles = [cue for cue in _outlet_cues(text, nlp) if cue.text == "crumbles"]
    assert [(cue.category, cue.source) for cue in crumbles] == [("loaded_language", "register")]
    body = CLAUSES + "\nAnalysts expect the crumbles of the old coalition to regroup.\n"
    assert not [cue for cue in _outlet_cues(body, nlp) if cue.text == "crumbles"]  # a noun outside the headline stays a noun


def test_a_toll_is_no_exaggeration(nlp):
    text = CLAUSES + "\nNobody died in the clashes, and no one claimed responsibility for the fire.\n"
    assert not [cue for cue in _outlet_cues(text, nlp) if cue.text.lower().startswith(("nobody", "no one"))]


def test_patrons_and_failures_label_where_the_outlet_loads(nlp):
    text = CLAUSES + "\nThe Brussels-funded activists cheered the failed politician, whose failed attempt at a comeback ended in May.\n"
    found = {(cue.text, cue.category) for cue in _outlet_cues(text, nlp)}
    assert {("Brussels-funded", "labelling"), ("failed politician", "loaded_language")} <= found
    assert not [text for text, _ in found if "attempt" in text]  # a failed attempt is what happened
    wire = "Iran-backed Houthi forces fired two missiles at a tanker in the Red Sea on Monday, the U.S. military said.\n"
    assert _outlet_cues(wire, nlp) == []


def test_neutral_view_of_a_loaded_article(nlp):
    from newsift.framing import neutral_text

    analysis = analyze(Article(article_id_for(SLANTED), None, None, None, dt.date(2025, 6, 1), None, "en", SLANTED), nlp)
    view = neutral_text(analysis)
    assert "the fighters are fleeing north" in view  # "militants", the outlet's label, in neutral words
    assert "which was ⟦routine⟧." in view  # a word that ends its clause is marked, not dropped
    assert "The resistance has spent a year" in view  # "so-called" and the scare quotes go


def test_loaded_ways_of_speaking_without_reported_words(nlp):
    text = CLAUSES + "\nThe Commission trumpeted the decision on Wednesday.\n"
    trumpeted = [cue for cue in _outlet_cues(text, nlp) if cue.text == "trumpeted"]
    assert [(cue.category, cue.source) for cue in trumpeted] == [("loaded_speech_verb", "register")]
    wire = "Residents screamed as the building collapsed in the earthquake on Tuesday, witnesses said.\n"
    assert _outlet_cues(wire, nlp) == []  # people in danger scream


def _found_after_clauses(body: str, nlp) -> set[tuple[str, str]]:
    """The outlet-voice cues, as (text, category), of the loaded CLAUSES article with ``body`` after it."""
    return {(cue.text, cue.category) for cue in _outlet_cues(CLAUSES + body, nlp)}


def test_asides_sources_and_sides_called_criminal_where_the_outlet_loads(nlp):
    found = _found_after_clauses(
        "\nThe decree passed at night and, many suspect, unread. Locals whisper that the mayor was paid off. The money went abroad, "
        "according to people who were at the meeting.\n\n"
        "The Commission's crimes against Hungary are a criminal campaign against millions of Hungarians, though the minister faces "
        "no criminal charges. All Hungarians remember the flood.\n\n"
        "Hungary has been given a deal. It has not been given a choice.\n",
        nlp,
    )
    assert {
        ("many suspect", "vague_attribution"),  # an unnamed group slipped in between commas
        ("Locals whisper", "vague_attribution"),  # a rumour, though the people are plain
        ("according to people who were at the meeting", "vague_attribution"),
        ("crimes", "loaded_language"),  # a side's acts called crimes
        ("criminal", "loaded_language"),  # "a criminal campaign"
        ("millions of Hungarians", "exaggeration"),  # people told without a figure
        ("All Hungarians", "exaggeration"),
        ("Hungary has been given a deal.", "editorialising"),  # the closing verdict
        ("It has not been given a choice.", "editorialising"),
    } <= found
    assert not [text for text, _ in found if "charges" in text or text == "criminal charges"]  # the law's own word


def test_the_closing_paragraph_of_wire_copy_is_no_verdict(nlp):
    wire = WIRE + "\nThe ministry has not commented. Talks are due to resume next week.\n"
    assert _outlet_cues(wire, nlp) == []  # the verdict rule reads only articles whose own voice loads
    told = CLAUSES + "\nThe Commission met again on Wednesday, and the ministers left without a statement.\n"
    assert not [cue for cue in _outlet_cues(told, nlp) if cue.text.startswith("The Commission met")]  # what happened last, in the past


def test_wire_asides_and_accordings_are_reports(nlp):
    text = CLAUSES + "\nThe talks, officials said, will resume on Monday. Nine people died, according to residents.\n"
    found = {cue.text for cue in _outlet_cues(text, nlp)}
    assert not [text for text in found if "officials said" in text or "residents" in text]


def test_habits_owners_contrasts_and_slopes_where_the_outlet_loads(nlp):
    found = _found_after_clauses(
        "\nThe Commission, never short of excuses, has never stopped meddling. Hungarians have heard that song before. "
        "Peaceful protest is a right. Looting is not.\n\n"
        "Independent courts are a memory in Ursula's Brussels, and certain foreign NGOs cheer. The minister brushed those warnings aside. "
        'The "Green Deal" plan costs billions, and Joaquín "El Chapo" Guzmán is in prison.\n\n'
        "Today it is a quota; tomorrow it will be our schools. The government met on Monday.\n",
        nlp,
    )
    assert {
        ("never short of excuses", "editorialising"),
        ("has never stopped", "editorialising"),  # a habit pinned on a side
        ("Hungarians have heard that song before", "editorialising"),
        ("Looting is not", "editorialising"),  # a clause cut down to land a contrast
        ("certain foreign NGOs", "vague_attribution"),
        ("brushed those warnings aside", "loaded_language"),  # the object between verb and particle
        ("Green Deal", "doubt"),  # a quoted name, held at a distance where the article loads
        ("Today it is a quota; tomorrow it will be our schools.", "appeal_to_fear"),
    } <= found
    assert not [text for text, _ in found if "El Chapo" in text]  # a nickname between the names is no doubt


def test_a_leaders_court_and_country(nlp):
    found = _found_after_clauses("\nPresident Erdoğan's judiciary jailed the mayor. In Erdoğan's Turkey the opposition waits.\n\nErdoğan's government met on Monday.\n", nlp)
    assert {("President Erdoğan's judiciary", "labelling"), ("Erdoğan's Turkey", "labelling")} <= found
    assert not [text for text, _ in found if "government" in text]  # how wire copy names a government


def test_punchlines_sources_and_repetition_where_the_outlet_loads(nlp):
    found = _found_after_clauses(
        "\nPartition failed. Several others were wounded. Locals say the centre is full, one regular passenger noted, and many "
        "grassroots conservatives agree. Brussels has sent letter after letter to Budapest.\n\n"
        "The government met on Monday.\n",
        nlp,
    )
    assert {
        ("Partition failed.", "editorialising"),  # a sentence of a few words landing a point
        ("Locals say", "vague_attribution"),
        ("one regular passenger noted", "vague_attribution"),
        ("many grassroots conservatives agree", "vague_attribution"),  # people counted, not named
        ("letter after letter", "exaggeration"),
    } <= found
    assert not [text for text, _ in found if "wounded" in text or "met on Monday" in text]  # a toll or a date, however short


def test_a_clause_keeps_its_own_words_beside_a_loaded_word(nlp):
    found = _found_after_clauses(
        "\nMinisters of the annexation regime, who never miss a chance to cheer on the outposts, stayed silent.\n\nThe government met on Monday.\n",
        nlp,
    )
    words = {text for text, _ in found}
    assert "regime" in words  # the label keeps its own cue
    assert any(text.startswith("who never miss a chance") or text.startswith("never miss") for text in words)


def test_a_relative_clause_under_describe_is_the_outlets_own(nlp):
    found = _found_after_clauses("\nTeachers describe classrooms where Christian festivals have quietly been dropped.\n\nThe government met on Monday.\n", nlp)
    assert ("quietly", "loaded_language") in found  # not the teachers' label for anything


def test_ways_of_speaking_that_report_no_words_where_the_outlet_loads(nlp):
    found = _found_after_clauses("\nThe minister thundered against Brussels, and his deputy mumbled an apology.\n\nThe government met on Monday.\n", nlp)
    assert {("thundered", "loaded_speech_verb"), ("mumbled", "loaded_speech_verb")} <= found


def test_anyone_left_without_a_verb_by_the_parser(nlp):
    found = _found_after_clauses("\nAnyone who has walked there after dark knows why.\n\nThe government met on Monday.\n", nlp)
    assert any(category == "exaggeration" and text.startswith("Anyone who has walked") for text, category in found)


def test_speech_verbs_that_colour_or_endorse_where_the_outlet_loads(nlp):
    found = _found_after_clauses(
        "\nOpposition leader Peter Magyar branded the plan \"economic suicide\". The minister pointed out that the funds were never "
        "paid, and Brussels demanded that Budapest return the money.\n\nThe government met on Monday.\n",
        nlp,
    )
    assert {("branded", "loaded_speech_verb"), ("pointed out", "loaded_speech_verb"), ("demanded", "loaded_speech_verb")} <= found


def test_wire_copy_reports_with_the_same_speech_verbs_without_cues(nlp):
    wire = (
        "EU withholds Hungary funds, minister responds\n\n"
        "BUDAPEST (Wire) — The European Commission on Tuesday withheld 1.2 billion euros of funds from Hungary. Hungarian Foreign "
        "Minister Peter Szijjarto pointed out that the funds had been approved in 2022, and the opposition demanded that the "
        "government publish the correspondence. Opposition leader Peter Magyar branded the decision \"a disgrace\".\n"
    )
    assert [cue.text for cue in _outlet_cues(wire, nlp) if cue.category == "loaded_speech_verb"] == []


def test_a_superlative_held_up_against_an_age_where_the_outlet_loads(nlp):
    found = _found_after_clauses(
        "\nThe pact is the most sweeping assault on national sovereignty in a generation.\n\nThe government met on Monday.\n", nlp
    )
    assert ("the most sweeping assault on national sovereignty in a generation", "exaggeration") in found


def test_a_sentence_whose_only_verbs_are_in_a_clause_hung_on_its_words(nlp):
    found = _found_after_clauses(
        "\nEasy words from someone who does not live next to an overcrowded reception centre.\n\nThe government met on Monday.\n", nlp
    )
    assert ("Easy words from someone who does not live next to an overcrowded reception centre.", "editorialising") in found
