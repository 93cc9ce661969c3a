"""tools/convert_cameo_verbs.py on small hand-written TABARI-style snippets (no /work/shared needed).

Expected values are worked out by hand from the PETRARCH-2 verb-dictionary format, not copied
from program output.
"""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import load_tool

cv = load_tool("convert_cameo_verbs")

SNIPPET = """\
# CAMEO VERB PATTERN DICTIONARY (test)
# Copyright (c) 2015 Open Event Data Alliance

####### SYNONYM SETS #######

&WEAPON
+ROCKET
+MISSILES
+MACHINE_GUN

&TRUCE_
+CEASE_FIRE
+TRUCE

####### VERB PATTERNS #######

---  LAUNCH   [---]  ---
LAUNCH
FIRE {FIRES FIRED FIRING}   # tony 3/9/91
- * &WEAPON                                [190]   # FIRE
- * {AIR STRIKES}                          [195]   # LAUNCH
- * (AT +)                                 [190]   # FIRE
- * PROTEST                                [---]   # a false event
- * TALKS                                  [160:160]
- * AID (TO {REFUGEE CAMPS})                [073]
- * OFF (FOR)                              [042:043]
- * (BEFORE COURT)                         [:173]
- &WEAPON *                                [190]
- $ TROOP * TOWARD +                       [154]
- * + MISSION                              [050]   # indirect object: dropped
- * (TO LIST) (OF PARTY)                   [1722]  # two phrases: dropped
- * &NOSUCH                                [190]   # undefined synset: dropped

---  INCITE   [130]  ---
+STIR_UP {+STIRS_UP +STIRRING_UP +STIRRED_UP}  [1382]
+CARRY_OUT {+CARRIES_OUT +CARRIED_OUT +CARRYING_OUT}
INCITE
- * UNREST                                 [1382]
- * UP &TRUCE                              [---]
- WILL NOT * UNREST                        [---]
- STRONGLY * +                             [111]   # nothing newsift can check: dropped

---  MEET_PEOPLE   [040]  ---
+MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH}
DETER {DETERRING DETERS DETERRED}
DETERRING
SEE {SEES SEEING SEEN}
SAW
- * CRITICISM                              [:111]
- * (IN CAPITAL)                           [046]

---  LAUNCH_AGAIN   [036]  ---
LAUNCH
- * &WEAPON                                [194]

######## TRANSFORMATIONS ##########

~ a (a b ATTACK) SAY = a b 015
"""


@pytest.fixture(scope="module")
def converted():
    return cv.convert(SNIPPET)


@pytest.fixture(scope="module")
def ctx():
    synset_lines, _verbs, _n = cv.split_sections(SNIPPET.splitlines())
    return cv.Context(cv.parse_synsets(synset_lines), frozenset({"LAUNCH", "INCITE", "LEAVE"}))


def one(raw: str, ctx) -> dict:
    patterns = cv.translate_pattern(raw, ctx)
    assert len(patterns) == 1
    return patterns[0].to_dict()


# --- codes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[160:160]", ("160", "160")),
        ("[042:043]", ("042", "043")),
        ("[:173]", (None, "173")),
        ("[---]", (None, None)),
        ("[0874]", ("0874", None)),
    ],
)
def test_parse_code(text, expected):
    assert cv.parse_code(text) == expected


def test_malformed_code_is_untranslatable():
    with pytest.raises(cv.Untranslatable):
        cv.parse_code("[080!]")


# --- synsets and nouns -----------------------------------------------------------------------


def test_synsets_are_lower_case_singular_and_spaced():
    synset_lines, _verbs, _n = cv.split_sections(SNIPPET.splitlines())
    synsets = cv.parse_synsets(synset_lines)
    assert synsets["&WEAPON"] == ("rocket", "missile", "machine gun")
    # The trailing "_" of the name only controls PETRARCH's plurals: &TRUCE_ is &TRUCE.
    assert synsets["&TRUCE"] == ("cease fire", "truce")


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("missiles", "missile"),
        ("casualties", "casualty"),
        ("clashes", "clash"),
        ("gunmen", "gunman"),
        ("men", "man"),
        ("crisis", "crisis"),
        ("process", "process"),
        ("news", "news"),
        ("nazis", "nazi"),
        ("knives", "knife"),
        ("talks", "talk"),
    ],
)
def test_noun_lemma(word, lemma):
    assert cv.noun_lemma(word) == lemma


# --- pattern lines ---------------------------------------------------------------------------


def test_synset_object_expands_to_its_members(ctx):
    assert one("- * &WEAPON   [190]   # FIRE", ctx) == {
        "object": ["machine gun", "missile", "rocket"],
        "code": "190",
    }


def test_multiword_object_keeps_modifiers_and_singularises_the_head(ctx):
    assert one("- * {AIR STRIKES}  [195]", ctx) == {"object": ["air strike"], "code": "195"}


def test_prep_plus_makes_the_target_the_prepositions_object(ctx):
    assert one("- * (AT +)  [190]", ctx) == {"prep": "at", "target": "prep:at", "code": "190"}


def test_null_code_pattern_is_kept_to_stop_a_false_event(ctx):
    assert one("- * PROTEST  [---]", ctx) == {"object": ["protest"], "code": None}


def test_colon_code_same_on_both_sides_is_one_code(ctx):
    assert one("- * TALKS  [160:160]", ctx) == {"object": ["talk"], "code": "160"}


def test_colon_code_with_a_different_passive_side_keeps_it(ctx):
    assert one("- * (BEFORE COURT)  [:173]", ctx) == {
        "prep": "before",
        "pobj": ["court"],
        "code": None,
        "passive_code": "173",
    }


def test_object_and_prepositional_phrase_with_multiword_noun(ctx):
    assert one("- * AID (TO {REFUGEE CAMPS})  [073]", ctx) == {
        "object": ["aid"],
        "prep": "to",
        "pobj": ["refugee camp"],
        "code": "073",
    }


def test_last_bare_noun_of_a_phrase_is_the_pobj(ctx):
    # "(TO A VOTE)": the article is not a noun; the phrase's last noun is its object.
    assert one("- * (TO A VOTE)  [014]", ctx) == {"prep": "to", "pobj": ["vote"], "code": "014"}


def test_particle_right_after_the_verb(ctx):
    assert one("- * OFF (FOR)  [042:043]", ctx) == {
        "particle": "off",
        "prep": "for",
        "code": "042",
        "passive_code": "043",
    }
    assert one("- * UP {PEACE PLAN}  [027]", ctx) == {
        "particle": "up",
        "object": ["peace plan"],
        "code": "027",
    }


def test_plus_right_after_the_verb_is_the_direct_object(ctx):
    assert one("- * + (TO COURT)  [173]", ctx) == {
        "prep": "to",
        "pobj": ["court"],
        "target": "dobj",
        "code": "173",
    }


def test_a_noun_before_the_verb_is_its_subject(ctx):
    assert one("- &WEAPON *  [190]", ctx) == {
        "subject": ["machine gun", "missile", "rocket"],
        "code": "190",
    }
    assert one("- {SUICIDE BOMBERS} * +  [183]", ctx) == {
        "subject": ["suicide bomber"],
        "target": "dobj",
        "code": "183",
    }


def test_other_words_before_the_verb_go_to_before(ctx):
    assert one("- WILL NOT * UNREST  [---]", ctx) == {
        "object": ["unrest"],
        "before": ["will", "not"],
        "code": None,
    }
    # An adverb is not a subject; a synset among several words is a nested list.
    assert one("- STRONGLY * ATTACK  [111]", ctx) == {
        "object": ["attack"],
        "before": ["strongly"],
        "code": "111",
    }
    assert one("- &WEAPON FIRE * (AT +)  [190]", ctx) == {
        "prep": "at",
        "before": [["machine gun", "missile", "rocket"], "fire"],
        "target": "prep:at",
        "code": "190",
    }


def test_source_marker_before_the_verb_is_the_default_and_bare_prepositions_open_a_phrase(ctx):
    assert one("- $ TROOP * TOWARD +  [154]", ctx) == {
        "prep": "toward",
        "subject": ["troop"],
        "target": "prep:toward",
        "code": "154",
    }


def test_slash_alternatives_give_one_pattern_each(ctx):
    patterns = [p.to_dict() for p in cv.translate_pattern("- * (BY/WITH &WEAPON) [194]", ctx)]
    members = ["machine gun", "missile", "rocket"]
    assert patterns == [
        {"prep": "by", "pobj": members, "code": "194"},
        {"prep": "with", "pobj": members, "code": "194"},
    ]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("- * + MISSION  [050]", "target before the object (indirect object)"),
        ("- * (TO LIST) (OF PARTY)  [1722]", "more than one prepositional phrase"),
        ("- * &NOSUCH  [190]", "undefined synset"),
        ("- + * ROCKET  [193]", "target before the verb"),
        ("- * FROM $ TO +  [0311]", "source actor after the verb"),
        ("- * TO LEAVE  [124]", "to + verb (an infinitive, not a phrase)"),
        ("- * VENTURE (WITH VISIT) VISIT)  [042:043]", "unbalanced brackets"),
        # newsift would apply these to every use of the verb: nothing in them can be checked.
        ("- STRONGLY * +  [111]", "only non-subject words before the verb"),
        ("- * +  [111]", "only the target marker"),
    ],
)
def test_untranslatable_patterns_say_why(ctx, line, reason):
    with pytest.raises(cv.Untranslatable, match=re.escape(reason)):
        cv.translate_pattern(line, ctx)


# --- verb forms ------------------------------------------------------------------------------


def test_phrasal_verbs_are_lemma_plus_particle():
    form = cv.parse_verb_form("+STIR_UP {+STIRS_UP +STIRRING_UP +STIRRED_UP}  [1382]", "130", {})
    assert (form.lemma, form.particle, form.frame, form.code) == ("stir", "up", None, "1382")
    form = cv.parse_verb_form("+CARRY_OUT {+CARRIES_OUT +CARRIED_OUT}", "130", {})
    assert (form.lemma, form.particle, form.code) == ("carry", "out", cv._UNSET)


def test_verb_plus_preposition_is_a_frame_on_the_plain_verb():
    form = cv.parse_verb_form("+MEET_WITH {+MET_WITH +MEETS_WITH}", "040", {})
    assert (form.lemma, form.particle) == ("meet", None)
    assert form.frame.to_dict() == {"prep": "with", "target": "prep:with", "code": "040"}


def test_verb_plus_noun_is_a_frame_with_an_object():
    form = cv.parse_verb_form("+WAGE_WAR", "190", {})
    assert (form.lemma, form.frame.to_dict()) == ("wage", {"object": ["war"], "code": "190"})


def test_coordinated_and_hyphenated_forms_are_refused():
    with pytest.raises(cv.Untranslatable):
        cv.parse_verb_form("+KILLED_AND {}", "190", {"KILLED": "KILL"})
    with pytest.raises(cv.Untranslatable):
        cv.parse_verb_form("RE-ARREST", "173", {})


# --- whole conversion ------------------------------------------------------------------------


def entry(entries, lemma, particle=None):
    found = [e for e in entries if e["lemma"] == lemma and e["particle"] == particle]
    assert len(found) == 1, (lemma, particle, [e["lemma"] for e in entries])
    return found[0]


def test_entries_are_sorted_one_per_lemma_and_particle(converted):
    entries, _stats, _n = converted
    keys = [(e["lemma"], e["particle"] or "") for e in entries]
    assert keys == sorted(keys)
    # DETERRING maps back to deter, SAW to see (SEE is in its block): no extra lemmas.
    assert keys == [
        ("carry", "out"),
        ("deter", ""),
        ("fire", ""),
        ("incite", ""),
        ("launch", ""),
        ("meet", ""),
        ("see", ""),
        ("stir", "up"),
    ]


def test_block_patterns_go_to_every_verb_of_the_block(converted):
    entries, _stats, _n = converted
    fire = entry(entries, "fire")
    assert fire["code"] is None  # the block's default: [---]
    assert {"object": ["machine gun", "missile", "rocket"], "code": "190"} in fire["patterns"]
    assert {"object": ["protest"], "code": None} in fire["patterns"]
    stir_up = entry(entries, "stir", "up")
    assert stir_up["code"] == "1382"  # the verb line's own code beats the block's [130]
    assert {"particle": "up", "object": ["cease fire", "truce"], "code": None} in stir_up["patterns"]
    # Equally constrained: the pattern without `before` comes first, so a reader that ignores
    # `before` (as newsift's loader does) takes the plain one.
    plain = stir_up["patterns"].index({"object": ["unrest"], "code": "1382"})
    negated = stir_up["patterns"].index({"object": ["unrest"], "before": ["will", "not"], "code": None})
    assert plain < negated
    carry_out = entry(entries, "carry", "out")
    assert carry_out["code"] == "130"
    assert carry_out["patterns"] == stir_up["patterns"]


def test_merged_blocks_keep_the_first_default_and_earlier_patterns(converted):
    entries, stats, _n = converted
    launch = entry(entries, "launch")
    assert launch["code"] is None  # LAUNCH [---] comes before LAUNCH_AGAIN [036]
    assert launch["note"] == "PETRARCH-2 blocks LAUNCH, LAUNCH_AGAIN"
    weapon = ["machine gun", "missile", "rocket"]
    assert {"object": weapon, "code": "190"} in launch["patterns"]
    assert {"object": weapon, "code": "194"} not in launch["patterns"]
    assert any(c.startswith("launch: kept null") for c in stats.code_conflicts)


def test_verb_preposition_frame_moves_objects_into_the_phrase(converted):
    entries, stats, _n = converted
    meet = entry(entries, "meet")
    assert meet["code"] is None  # only +MEET_WITH defines meet: no plain default
    assert meet["patterns"] == [
        {"prep": "with", "pobj": ["criticism"], "target": "prep:with", "code": None,
         "passive_code": "111"},
        {"prep": "with", "target": "prep:with", "code": "040"},
    ]
    # "(IN CAPITAL)" has its own preposition: "meet with ... in capital" is not expressible.
    assert stats.applications_dropped["pattern conflicts with the multi-word verb"] == 1


def test_stats_count_drops_by_reason(converted):
    _entries, stats, n_synsets = converted
    assert n_synsets == 2
    assert stats.blocks == 4
    assert stats.pattern_lines == 20
    assert stats.patterns_dropped == {
        "target before the object (indirect object)": 1,
        "more than one prepositional phrase": 1,
        "undefined synset": 1,
        "only non-subject words before the verb (would code every use)": 1,
    }
    assert stats.transformations == 1


def test_yaml_round_trips_and_is_deterministic(converted):
    entries, _stats, _n = converted
    text = cv.render_yaml(entries)
    assert text == cv.render_yaml(cv.convert(SNIPPET)[0])
    assert yaml.safe_load(text) == {"verbs": entries}
    assert "NOTICE" in text.split("verbs:")[0]
    # Verbs of one block share their pattern list through an anchor.
    assert "patterns: &carry_out" in text and "patterns: *carry_out" in text
    # Codes are strings, never numbers: "073" must not load as 73.
    assert '"073"' in text


def test_main_writes_yaml_and_notice(tmp_path):
    source = tmp_path / "CAMEO.2.0.txt"
    source.write_text(SNIPPET, encoding="utf-8")
    out = tmp_path / "events"
    assert cv.main([str(source), str(out)]) == 0
    notice = (out / "NOTICE").read_text(encoding="utf-8")
    assert "Copyright (c) 2015 Open Event Data Alliance" in notice
    assert "openeventdata/petrarch2, commit 676801cd" in notice
    assert "Permission is hereby granted, free of charge" in notice
    data = yaml.safe_load((out / "verbs_petrarch.yaml").read_text(encoding="utf-8"))
    assert [e["lemma"] for e in data["verbs"]][:3] == ["carry", "deter", "fire"]
