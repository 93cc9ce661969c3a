#!/usr/bin/env python3
"""Convert the PETRARCH-2 CAMEO verb pattern dictionary into newsift's verb lexicon format.

    python tools/convert_cameo_verbs.py ../shared/reference/phoenix_dictionaries/CAMEO.2.0.txt \
        src/newsift/data/events

Reads CAMEO.2.0.txt (MIT, "Copyright (c) 2015 Open Event Data Alliance") and writes

    verbs_petrarch.yaml   one entry per verb lemma (+ particle), in the format of README.md
    NOTICE                provenance and the MIT licence of the source

then prints a summary (blocks, lemmas, patterns, drops by reason, codes per CAMEO root).

The source patterns were written for constituency parses and read as word sequences; newsift
reads dependency parses. Each pattern is re-expressed as constraints on the verb's dependents
(particle, direct object, one preposition and its object, the subject's head); a pattern that
does not fit that shape is dropped and counted by reason rather than approximated. PETRARCH
gives a block's patterns to every verb of the block, and so does this converter.

Standard library + PyYAML. Output is sorted, so a re-run on the same input is byte-identical.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence, Union

import yaml

SOURCE_NAME = "CAMEO.2.0.txt"
YAML_NAME = "verbs_petrarch.yaml"
NOTICE_NAME = "NOTICE"
SOURCE_REF = "(openeventdata/petrarch2, commit 676801cd, petrarch2/data/dictionaries/CAMEO.2.0.txt)"
COPYRIGHT = "Copyright (c) 2015 Open Event Data Alliance"

# ---------------------------------------------------------------------------------------------
# Vocabulary. The dictionary is upper-case; these sets are too.
# ---------------------------------------------------------------------------------------------

# Verb particles: spaCy attaches them to the verb as `prt` ("carried out", "took over", "set
# aside", "put forward"). The usual English particles plus FORWARD, FORTH and ASIDE, which the
# file uses the same way ("PUT FORWARD {PEACE PLAN}", "(ASIDE RIFT)", "+GO_FORTH").
PARTICLES = frozenset(
    "UP DOWN OUT OFF BACK AWAY OVER IN ON AROUND TOGETHER FORWARD FORTH ASIDE".split()
)

# Words that are prepositions when they introduce a noun. Particles that are also prepositions
# (IN, ON, OVER, AROUND) are here; pure particles (UP, OUT, BACK ...) are not, because in this
# file a bare UP/OUT/BACK is always the verb's particle, never the head of a phrase.
PREPOSITIONS = frozenset(
    """ABOARD ABOUT ABOVE ACROSS AFTER AGAINST ALONG ALONGSIDE AMID AMIDST AMONG AMONGST AROUND
    AS AT BEFORE BEHIND BELOW BENEATH BESIDE BETWEEN BEYOND BY DESPITE DURING FOR FROM IN INSIDE
    INTO LIKE NEAR OF ON ONTO OUTSIDE OVER PAST REGARDING SINCE THROUGH THROUGHOUT TILL TO
    TOWARD TOWARDS UNDER UNDERNEATH UNTIL UPON VIA WITH WITHIN WITHOUT""".split()
)

# IN and ON right after the verb and before a noun are prepositions in spaCy's parses of the
# file's examples ("embark on a trip", "agree on a solution", "die in fighting"), so they open a
# phrase there; OVER and AROUND stay particles ("take over the investigation").
PREPOSITION_BEFORE_NOUN = frozenset({"IN", "ON"})

# The file's ON verbs (EMBARK_ON, SETTLE_ON, INTRUDE_ON, GET_ON) take an object of "on", which
# spaCy parses as prep + pobj, so "on" there is a preposition frame rather than a particle.
PREPOSITIONAL_IN_VERB_FORMS = frozenset({"ON"})

# Pure particles may also follow the object ("pull the staff out"): spaCy still says `prt`.
PARTICLES_AFTER_OBJECT = PARTICLES - PREPOSITIONS

DETERMINERS = frozenset({"A", "AN", "THE"})

# A single word before the verb is its subject's head unless it is a modal, a negation or an
# adverb; nouns ending in -LY are the exception to "-LY is an adverb".
NOT_SUBJECTS = frozenset(
    "WILL WOULD SHALL SHOULD CAN COULD MAY MIGHT MUST NOT NEVER NO ALSO AGAIN".split()
)
LY_NOUNS = frozenset("ALLY ASSEMBLY RALLY FAMILY SUPPLY MONOPOLY ITALY BULLY".split())

# Multi-word verb forms whose second part is not a particle, preposition or object noun.
COPULAS = frozenset({"IS", "WAS", "WERE", "ARE", "AM", "BE", "BEEN", "SEEM", "SEEMS"})
COORDINATORS = frozenset({"AND", "OR"})
# "+WIRE_TAP" is the verb "wiretap", "+SET_FREE" takes an adjective: neither is verb + object.
NOT_A_VERB_OBJECT = frozenset({"TAP", "FREE", "CONFIDENT", "DETERMINED"})

# Irregular past forms -> base. Some blocks list a past form on its own line (SAW, LOST, BURNT,
# UNDERSTOOD, FORGAVE); it is only mapped when its base is a verb of the same block.
IRREGULAR_PAST = {
    f: base
    for base, forms in {
        "BEAT": "BEATEN", "BECOME": "BECAME", "BEGIN": "BEGAN BEGUN", "BIND": "BOUND",
        "BITE": "BIT BITTEN", "BLOW": "BLEW BLOWN", "BREAK": "BROKE BROKEN", "BRING": "BROUGHT",
        "BUILD": "BUILT", "BURN": "BURNT", "BUY": "BOUGHT", "CATCH": "CAUGHT", "CHOOSE":
        "CHOSE CHOSEN", "COME": "CAME", "DEAL": "DEALT", "DO": "DID DONE", "DRAW": "DREW DRAWN",
        "DRIVE": "DROVE DRIVEN", "EAT": "ATE EATEN", "FALL": "FELL FALLEN", "FEED": "FED",
        "FEEL": "FELT", "FIGHT": "FOUGHT", "FIND": "FOUND", "FLEE": "FLED", "FLY": "FLEW FLOWN",
        "FORBID": "FORBADE FORBIDDEN", "FORGET": "FORGOT FORGOTTEN", "FORGIVE": "FORGAVE FORGIVEN",
        "FREEZE": "FROZE FROZEN", "GET": "GOT GOTTEN", "GIVE": "GAVE GIVEN", "GO": "WENT GONE",
        "GROW": "GREW GROWN", "HANG": "HUNG", "HEAR": "HEARD", "HIDE": "HID HIDDEN",
        "HOLD": "HELD", "KEEP": "KEPT", "KNOW": "KNEW KNOWN", "LAY": "LAID", "LEAD": "LED",
        "LEAVE": "LEFT", "LEND": "LENT", "LOSE": "LOST", "MAKE": "MADE", "MEAN": "MEANT",
        "MEET": "MET", "PAY": "PAID", "RIDE": "RODE RIDDEN", "RISE": "ROSE RISEN", "RUN": "RAN",
        "SAY": "SAID", "SEE": "SAW SEEN", "SEEK": "SOUGHT", "SELL": "SOLD", "SEND": "SENT",
        "SHAKE": "SHOOK SHAKEN", "SHOOT": "SHOT", "SINK": "SANK SUNK", "SLAY": "SLEW SLAIN",
        "SPEAK": "SPOKE SPOKEN", "SPEND": "SPENT", "STAND": "STOOD", "STEAL": "STOLE STOLEN",
        "STRIKE": "STRUCK STRICKEN", "SWEAR": "SWORE SWORN", "TAKE": "TOOK TAKEN",
        "TEACH": "TAUGHT", "TEAR": "TORE TORN", "TELL": "TOLD", "THINK": "THOUGHT",
        "THROW": "THREW THROWN", "UNDERSTAND": "UNDERSTOOD", "WAKE": "WOKE WOKEN",
        "WEAR": "WORE WORN", "WIN": "WON", "WIND": "WOUND", "WITHDRAW": "WITHDREW WITHDRAWN",
        "WRITE": "WROTE WRITTEN",
    }.items()
    for f in forms.split()
}

# ---------------------------------------------------------------------------------------------
# Noun lemmas. newsift matches spaCy lemmas, so objects are written in their singular base form.
# ---------------------------------------------------------------------------------------------

IRREGULAR_PLURALS = {
    "men": "man", "children": "child", "people": "people", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "knives": "knife", "lives": "life", "wives": "wife",
    "thieves": "thief", "halves": "half", "shelves": "shelf", "wolves": "wolf",
    "leaves": "leave", "criteria": "criterion", "phenomena": "phenomenon",
    "analyses": "analysis", "crises": "crisis",
    "bases": "base", "theses": "thesis", "diagnoses": "diagnosis", "hypotheses": "hypothesis",
    "heroes": "hero", "vetoes": "veto", "echoes": "echo", "embargoes": "embargo",
    "torpedoes": "torpedo", "potatoes": "potato", "tomatoes": "tomato", "volcanoes": "volcano",
    "ties": "tie", "lies": "lie", "dies": "die", "buses": "bus", "gases": "gas", "goes": "go",
    "media": "medium", "data": "datum",
}
# Words ending in -s that are not plurals (or whose plural is the same word).
NOT_PLURAL = frozenset(
    """news series species means chaos aids mathematics politics economics physics ethics
    tactics logistics whereabouts is was has does
    this his its us as yes less thus plus alias bias atlas canvas whereas perhaps always towards
    afterwards besides sometimes hers ours yours theirs""".split()
)
SINGULAR_IN_IS = frozenset("tennis iris chassis ibis cannabis trellis mantis penis".split())
# Words ending in -men that are not plurals of -man.
NOT_MEN_PLURAL = frozenset(
    "omen amen specimen regimen abdomen acumen stamen semen hymen yemen women".split()
)


def noun_lemma(word: str) -> str:
    """Singular base form of a lower-case English noun (rules plus exceptions, no dictionary).

    Only inflection is undone; spelling is kept (TABARI stems such as "violat" stay as they are).
    """
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word == "women":
        return "woman"
    if word.endswith("men") and len(word) > 4 and word not in NOT_MEN_PLURAL:
        return word[:-3] + "man"  # gunmen, servicemen, policemen
    if len(word) <= 3 or not word.endswith("s") or word in NOT_PLURAL:
        return word
    if word.endswith(("ss", "us", "sis", "xis", "polis", "itis")) or word in SINGULAR_IN_IS:
        return word  # process, consensus, crisis, metropolis: singular already (but "nazis")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"  # casualties -> casualty
    if word.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return word[:-2]  # clashes, marches, taxes
    return word[:-1]


def phrase_lemma(phrase: str) -> str:
    """A multi-word noun keeps its modifiers as written; only its head (last word) is lemmatised."""
    words = phrase.split()
    return " ".join(words[:-1] + [noun_lemma(words[-1])])


# ---------------------------------------------------------------------------------------------
# Data model
# ---------------------------------------------------------------------------------------------


class Untranslatable(Exception):
    """A pattern or verb form that cannot be re-expressed faithfully; the message is the reason."""


@dataclass(frozen=True)
class Word:
    text: str  # upper-case word, or a synset reference "&NAME"


@dataclass(frozen=True)
class Marker:
    symbol: str  # "+" target, "$" source, "%" compound actor, "^" skipped word


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # {A B}: one multi-word noun


@dataclass(frozen=True)
class PrepGroup:
    prep: str
    items: tuple["Element", ...]  # (PREP ...): the words after the preposition


Element = Union[Word, Marker, Phrase, PrepGroup]
Before = tuple[Union[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Pattern:
    """One newsift pattern. Every field but the codes is a constraint (or the target's place)."""

    code: str | None
    particle: str | None = None
    object: tuple[str, ...] = ()
    prep: str | None = None
    pobj: tuple[str, ...] = ()
    subject: tuple[str, ...] = ()
    target: str | None = None
    before: Before = ()
    passive_code: str | None = None

    def key(self) -> tuple:
        """What a pattern matches on: two patterns with the same key compete for the same text."""
        return (
            self.particle, self.object, self.prep, self.pobj, self.subject, self.target, self.before
        )

    def n_constraints(self) -> int:
        """The constraints newsift checks (its pattern weight); `before` is not one of them."""
        return sum(
            bool(v) for v in (self.particle, self.object, self.prep, self.pobj, self.subject)
        )

    def to_dict(self) -> dict:
        # Field order follows README.md; empty constraints are left out.
        out: dict = {}
        if self.particle:
            out["particle"] = self.particle
        if self.object:
            out["object"] = list(self.object)
        if self.prep:
            out["prep"] = self.prep
        if self.pobj:
            out["pobj"] = list(self.pobj)
        if self.subject:
            out["subject"] = list(self.subject)
        if self.before:
            out["before"] = [list(b) if isinstance(b, tuple) else b for b in self.before]
        if self.target:
            out["target"] = self.target
        out["code"] = self.code
        if self.passive_code:
            out["passive_code"] = self.passive_code
        return out


@dataclass
class RawPattern:
    text: str
    line_no: int


@dataclass
class Block:
    name: str
    code: str | None
    line_no: int
    form_lines: list[tuple[str, int]] = field(default_factory=list)
    patterns: list[RawPattern] = field(default_factory=list)


_UNSET = object()  # a verb form without its own [code] takes the block's


@dataclass(frozen=True)
class VerbForm:
    """One verb line of a block, reduced to what newsift matches."""

    text: str
    lemma: str
    particle: str | None
    # A multi-word verb whose second part is a preposition or a noun ("+MEET_WITH",
    # "+WAGE_WAR") becomes the plain verb plus this constraint, which all its patterns carry.
    frame: Pattern | None
    code: object  # str | None, or _UNSET


@dataclass
class Entry:
    lemma: str
    particle: str | None
    code: object = _UNSET
    patterns: dict[tuple, Pattern] = field(default_factory=dict)
    blocks: list[str] = field(default_factory=list)


@dataclass
class Stats:
    blocks: int = 0
    forms: int = 0
    forms_dropped: Counter = field(default_factory=Counter)
    pattern_lines: int = 0
    pattern_lines_translated: int = 0
    patterns_dropped: Counter = field(default_factory=Counter)
    duplicates: Counter = field(default_factory=Counter)
    applications_dropped: Counter = field(default_factory=Counter)
    code_conflicts: list[str] = field(default_factory=list)
    transformations: int = 0


# ---------------------------------------------------------------------------------------------
# Reading the file
# ---------------------------------------------------------------------------------------------


def strip_comment(line: str) -> str:
    # "#" starts a comment anywhere; a few old verb lines use TABARI's ";" instead.
    return line.split("#", 1)[0].split(";", 1)[0].rstrip()


Lines = list[tuple[str, int]]  # (text, line number)


def split_sections(lines: Sequence[str]) -> tuple[Lines, Lines, int]:
    """(synset lines, verb-pattern lines, number of transformation lines), with line numbers."""
    section = "header"
    synset_lines: Lines = []
    verb_lines: Lines = []
    transformations = 0
    for no, line in enumerate(lines, 1):
        if line.startswith("#"):
            # Section banners look like "####### VERB PATTERNS #######"; other # lines are comments.
            upper = line.upper() if line.startswith("#####") else ""
            if "SYNONYM SETS" in upper:
                section = "synsets"
            elif "VERB PATTERNS" in upper:
                section = "verbs"
            elif "TRANSFORMATIONS" in upper:
                section = "transformations"
            continue
        if section == "synsets":
            synset_lines.append((line, no))
        elif section == "verbs":
            verb_lines.append((line, no))
        elif section == "transformations" and line.startswith("~"):
            transformations += 1
    return synset_lines, verb_lines, transformations


def parse_synsets(lines: Iterable[tuple[str, int]]) -> dict[str, tuple[str, ...]]:
    """&NAME -> its members, lower-case, "_" read as a space, heads lemmatised.

    A trailing "_" on a member or a name only stops PETRARCH from generating plurals; lemma
    matching needs no plurals, so it is dropped.
    """
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    for raw, _no in lines:
        line = strip_comment(raw).strip()
        if not line:
            continue
        if line.startswith("&"):
            current = normalise_synset_name(line.split()[0])
            synsets.setdefault(current, [])
        elif line.startswith("+") and current is not None:
            member = " ".join(line[1:].replace("_", " ").lower().split())
            if member:
                synsets[current].append(phrase_lemma(member))
    return {name: tuple(dict.fromkeys(members)) for name, members in synsets.items()}


def normalise_synset_name(name: str) -> str:
    return name.upper().rstrip("_")


BLOCK_HEADER = re.compile(r"^---\s+(\S+)\s+(?:\[([^\]]*)\])?\s*---")


def parse_blocks(lines: Iterable[tuple[str, int]]) -> list[Block]:
    """Verb blocks: a `--- NAME [code] ---` header, verb-form lines, `- ...` pattern lines."""
    blocks: list[Block] = []
    for raw, no in lines:
        header = BLOCK_HEADER.match(raw)
        if header:
            blocks.append(Block(header.group(1), parse_block_code(header.group(2)), no))
            continue
        if not blocks or not raw.strip():
            continue
        if raw.startswith("-"):
            blocks[-1].patterns.append(RawPattern(raw, no))
        elif strip_comment(raw).strip():
            blocks[-1].form_lines.append((raw, no))
    return blocks


def parse_block_code(text: str | None) -> str | None:
    if text is None:
        return None
    active, _passive = parse_code(text)
    return active


CODE = re.compile(r"^\d{2,4}$")


def parse_code(text: str) -> tuple[str | None, str | None]:
    """"160" / "160:160" / "042:043" / ":173" / "---" -> (active code, passive code).

    PETRARCH reads [A:B] as A when the verb's subject is the event's source and B when it is
    the target ("X received aid from Y" -> [:071]); "---" or an empty side means no event.
    """
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1].strip()
    active, _, passive = text.partition(":")
    return _one_code(active), _one_code(passive)


def _one_code(text: str) -> str | None:
    text = text.strip()
    if text in ("", "---"):
        return None
    if not CODE.match(text):
        raise Untranslatable("malformed code")
    return text


# ---------------------------------------------------------------------------------------------
# Verb forms
# ---------------------------------------------------------------------------------------------

FORM_CODE = re.compile(r"\[([^\]]*)\]")


def form_line_parts(raw: str) -> tuple[str, list[str], str | None]:
    """A verb line -> (primary form, forms listed in {}, own code text or None)."""
    line = strip_comment(raw)
    code_match = FORM_CODE.search(line)
    code_text = code_match.group(1) if code_match else None
    line = FORM_CODE.sub(" ", line)
    braces = re.findall(r"\{([^}]*)\}", line)
    listed = [w.strip(",+") for b in braces for w in b.split() if w.strip(",+")]
    rest = re.sub(r"\{[^}]*\}", " ", line).split()
    return (rest[0] if rest else ""), listed, code_text


def regular_inflections(base: str) -> list[str]:
    """-S, -ED and -ING forms of a regular English verb (upper-case), for mapping back to bases."""
    forms = []
    if base.endswith(("S", "X", "Z", "CH", "SH")):
        forms.append(base + "ES")
    elif base.endswith("Y") and len(base) > 1 and base[-2] not in "AEIOU":
        forms.append(base[:-1] + "IES")
    else:
        forms.append(base + "S")
    if base.endswith("E"):
        forms += [base + "D", base[:-1] + "ING"]
    elif base.endswith("Y") and len(base) > 1 and base[-2] not in "AEIOU":
        forms += [base[:-1] + "IED", base + "ING"]
    else:
        forms += [base + "ED", base + "ING"]
        if len(base) >= 3 and base[-1] not in "AEIOUWXY" and base[-2] in "AEIOU":
            forms += [base + base[-1] + "ED", base + base[-1] + "ING"]  # deter -> deterring
    return forms


def inflection_map(blocks: Sequence[Block]) -> dict[str, str]:
    """Inflected single-word form -> base, from the {} lists and regular inflection.

    A handful of verb lines give an inflected word as the primary form (DETERRING, LOSING,
    WORRIED); newsift matches spaCy's lemma, so they are mapped back to the base listed elsewhere.
    """
    heads: set[str] = set()
    mapping: dict[str, str] = {}
    for block in blocks:
        for raw, _no in block.form_lines:
            head, listed, _code = form_line_parts(raw)
            if not head or "_" in head:
                continue
            heads.add(head)
            for form in listed:
                if "_" not in form and form != head:
                    mapping.setdefault(form, head)
    for head in sorted(heads):
        for form in regular_inflections(head):
            mapping.setdefault(form, head)
    # A word listed as a head in its own right is only mapped if it looks inflected.
    return {
        form: base
        for form, base in mapping.items()
        if form != base and (form not in heads or form.endswith(("ING", "ED")))
    }


def parse_verb_form(
    raw: str,
    block_code: str | None,
    inflections: dict[str, str],
    block_heads: frozenset[str] = frozenset(),
) -> VerbForm:
    """A verb line -> VerbForm. Raises Untranslatable for forms newsift cannot match.

    `block_heads` are the single-word verbs of the same block: an irregular past listed on its
    own line (SAW next to SEE) is that verb, but FOUND in a block without FIND is "found".
    """
    head, _listed, code_text = form_line_parts(raw)
    code: object = _UNSET
    if code_text is not None:
        code, _passive = parse_code(code_text)
    if not head:
        raise Untranslatable("empty verb line")
    if "-" in head:
        raise Untranslatable("hyphenated verb (spaCy splits it into several tokens)")
    if "_" not in head:
        word = head.lstrip("+")
        base = inflections.get(word, word)
        if IRREGULAR_PAST.get(word) in block_heads:
            base = IRREGULAR_PAST[word]
        return VerbForm(head, base.lower(), None, None, code)
    return parse_multiword_form(head, code, block_code, inflections)


def parse_multiword_form(
    head: str, code: object, block_code: str | None, inflections: dict[str, str]
) -> VerbForm:
    """"+STIR_UP" -> stir/up; "+MEET_WITH" -> meet + prep with; "+WAGE_WAR" -> wage + object war."""
    words = [w for w in head.split("_") if w]
    verb_index = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+") for w in words]
    if verb_index != 0:
        raise Untranslatable("multi-word verb with words before the verb")
    verb, rest = words[0], words[1:]
    if verb in COPULAS or verb in inflections or COORDINATORS & set(rest):
        # "+IS_DETERMINED", "+ANGERED_BY", "+KILLED_AND": not a verb newsift can look up.
        raise Untranslatable("copula, participle or coordinated verbs")
    form_code = block_code if code is _UNSET else code
    lemma = verb.lower()
    particle = None
    if (
        rest
        and rest[0] in PARTICLES
        and rest[0] not in PREPOSITIONAL_IN_VERB_FORMS
        and (rest[0] not in PREPOSITIONS or len(rest) == 1)
    ):
        particle, rest = rest[0].lower(), rest[1:]
    if not rest:
        return VerbForm(head, lemma, particle, None, code)
    if len(rest) == 1 and rest[0] in PREPOSITIONS:
        prep = rest[0].lower()
        frame = Pattern(code=form_code, prep=prep, target=f"prep:{prep}")
        return VerbForm(head, lemma, particle, frame, code)
    if len(rest) == 1 and particle is None and rest[0] not in NOT_A_VERB_OBJECT:
        frame = Pattern(code=form_code, object=(noun_lemma(rest[0].lower()),))
        return VerbForm(head, lemma, particle, frame, code)
    if len(rest) == 2 and rest[0] in PREPOSITIONS and particle is None:
        frame = Pattern(code=form_code, prep=rest[0].lower(), pobj=(noun_lemma(rest[1].lower()),))
        return VerbForm(head, lemma, particle, frame, code)
    raise Untranslatable("multi-word verb that is not verb + particle/preposition/object")


# ---------------------------------------------------------------------------------------------
# Pattern lines: tokenising
# ---------------------------------------------------------------------------------------------

TOKEN = re.compile(r"[(){}]|[^\s(){}]+")
# The parts of an underscored word; a synset name keeps its own underscores ("&FIGHT_OF_WORDS").
WORD_PART = re.compile(r"&[A-Z0-9_]+|[^_&]+")
ALTERNATIVES = re.compile(r"[A-Z]+(?:/[A-Z]+)+")


def split_pattern_line(raw: str) -> tuple[str, str, str]:
    """"- pre * post [code] # comment" -> (pre, post, code text)."""
    text = raw.split("#", 1)[0].strip()
    if text.startswith("-"):
        text = text[1:]
    code_match = re.search(r"\[([^\]]*)\]\s*$", text)
    if not code_match:
        raise Untranslatable("no code")
    text = text[: code_match.start()]
    if text.count("*") != 1:
        raise Untranslatable("not exactly one verb marker *")
    pre, post = text.split("*")
    return pre, post, code_match.group(1)


def expand_alternatives(text: str) -> list[str]:
    """"(BY/WITH &WEAPON)" -> "(BY &WEAPON)", "(WITH &WEAPON)".

    PETRARCH has no "/" syntax (it read "BY/WITH" as one unknown preposition, so these patterns
    never matched); the authors' intent is plain, and newsift gets one pattern per alternative.
    """
    match = ALTERNATIVES.search(text.upper())
    if not match:
        return [text]
    out: list[str] = []
    for alternative in match.group(0).split("/"):
        out += expand_alternatives(text[: match.start()] + alternative + text[match.end() :])
    return out


def tokenize(text: str) -> list[Element]:
    """Words, markers, {multi-word nouns} and (PREP ...) groups, in order."""
    tokens = TOKEN.findall(text.upper())
    elements, pos = _read_elements(tokens, 0, closing=None)
    if pos != len(tokens):
        raise Untranslatable("unbalanced brackets")
    return elements


def _read_elements(tokens: list[str], pos: int, closing: str | None) -> tuple[list[Element], int]:
    elements: list[Element] = []
    while pos < len(tokens):
        tok = tokens[pos]
        if tok == closing:
            return elements, pos
        if tok in (")", "}"):
            raise Untranslatable("unbalanced brackets")
        if tok == "{":
            words, pos = _read_braces(tokens, pos + 1)
            elements.append(Phrase(words))
        elif tok == "(":
            if closing is not None:
                raise Untranslatable("nested brackets")
            inner, pos = _read_elements(tokens, pos + 1, closing=")")
            if pos >= len(tokens):
                raise Untranslatable("unbalanced brackets")
            elements.append(_prep_group(inner))
        elif tok in ("+", "$", "%", "^"):
            elements.append(Marker(tok))
        else:
            elements.extend(_word_elements(tok))
        pos += 1
    if closing is not None:
        raise Untranslatable("unbalanced brackets")
    return elements, pos


def _word_elements(token: str) -> list[Element]:
    """A word; "AIR_STRIKE" is a compound noun like {AIR STRIKE}, but "TO_WITHDRAW" and
    "TANKS_AND" join function words and are read as separate words."""
    parts = WORD_PART.findall(token)
    if not parts:
        return []
    if len(parts) == 1:
        return [Word(parts[0])]
    if any(p in PREPOSITIONS or p in COORDINATORS or p in DETERMINERS for p in parts):
        return [Word(p) for p in parts]
    return [Phrase(tuple(parts))]


def _read_braces(tokens: list[str], pos: int) -> tuple[tuple[str, ...], int]:
    words: list[str] = []
    while pos < len(tokens) and tokens[pos] != "}":
        if tokens[pos] in ("(", ")", "{", "+", "$", "%", "^"):
            raise Untranslatable("marker or bracket inside {}")
        words.extend(WORD_PART.findall(tokens[pos]))
        pos += 1
    if pos >= len(tokens) or not words:
        raise Untranslatable("unbalanced brackets")
    return tuple(words), pos


def _prep_group(inner: list[Element]) -> PrepGroup:
    if not inner or not isinstance(inner[0], Word):
        raise Untranslatable("(...) without a leading word")
    return PrepGroup(inner[0].text, tuple(inner[1:]))


# ---------------------------------------------------------------------------------------------
# Pattern lines: translating
# ---------------------------------------------------------------------------------------------


@dataclass
class Context:
    synsets: dict[str, tuple[str, ...]]
    verbs: frozenset[str]  # upper-case base forms of every verb in the file


def expand_noun(element: Element, ctx: Context) -> list[str]:
    """A noun element -> the lemmas it stands for: a word, a {phrase} or an &SYNSET (any member)."""
    if isinstance(element, Word):
        return sorted(set(_expand_word(element.text, ctx)))
    if isinstance(element, Phrase):
        # A leading article is not part of what spaCy's lemma/compound matching sees.
        words = list(element.words)
        while words and words[0] in DETERMINERS:
            words.pop(0)
        if not words:
            raise Untranslatable("expected a noun")
        # Each synset inside {} multiplies the phrases: {&WEAPON ATTACK} -> "rocket attack", ...
        options = [_expand_word(w, ctx) for w in words]
        return sorted({phrase_lemma(" ".join(combo)) for combo in itertools.product(*options)})
    raise Untranslatable("expected a noun")


def _expand_word(word: str, ctx: Context) -> list[str]:
    if word.startswith("&"):
        name = normalise_synset_name(word)
        if name not in ctx.synsets:
            raise Untranslatable("undefined synset")
        return list(ctx.synsets[name])
    if not re.search(r"[A-Z]", word):
        raise Untranslatable("word without letters")
    return [noun_lemma(word.lower())]


def is_noun(element: Element) -> bool:
    return isinstance(element, Phrase) or (
        isinstance(element, Word)
        and element.text not in PREPOSITIONS
        and element.text not in PARTICLES
        and element.text not in DETERMINERS
    )


def is_marker(element: Element, symbol: str) -> bool:
    return isinstance(element, Marker) and element.symbol == symbol


def translate_pattern(raw: str, ctx: Context) -> list[Pattern]:
    """One pattern line -> its Patterns (several only for "A/B" alternatives); raises
    Untranslatable with the reason it cannot be expressed."""
    pre_text, post_text, code_text = split_pattern_line(raw)
    code, passive = parse_code(code_text)
    patterns = []
    for pre_variant, post_variant in itertools.product(
        expand_alternatives(pre_text), expand_alternatives(post_text)
    ):
        subject, before = translate_before_verb(tokenize(pre_variant), ctx)
        pattern = translate_after_verb(tokenize(post_variant), ctx)
        pattern = replace(
            pattern,
            code=code,
            subject=subject,
            before=before,
            passive_code=passive if passive != code else None,
        )
        check_constrained(pattern)
        patterns.append(pattern)
    return patterns


def check_constrained(pattern: Pattern) -> None:
    """newsift tries a verb's patterns most-constrained first and takes the first that matches,
    so a pattern with nothing it can check matches every use of the verb and replaces its default
    code. `before` and `target` are not checks a reader can be relied on to make."""
    if pattern.n_constraints():
        return
    if pattern.before:
        raise Untranslatable("only non-subject words before the verb (would code every use)")
    if pattern.target:
        raise Untranslatable("only the target marker (newsift cannot require a target)")
    raise Untranslatable("no constraint (same as the verb alone)")


def translate_before_verb(items: list[Element], ctx: Context) -> tuple[tuple[str, ...], Before]:
    """Words before * -> (subject, before).

    PETRARCH reads a noun before the verb as the head of its subject ("&MILITARY *", "POLICE *",
    "{SUICIDE BOMBER} *"): that is newsift's `subject` (any one of the listed lemmas). Other
    words ("WILL NOT *", "STRONGLY *") are kept in order as `before`, a nested list meaning any
    one of those words. "$" (the source is the subject) is newsift's default and needs no field.
    """
    elements: list[Element] = []
    for item in items:
        if is_marker(item, "$") or is_marker(item, "^"):
            continue
        if is_marker(item, "+"):
            raise Untranslatable("target before the verb")
        if is_marker(item, "%"):
            raise Untranslatable("compound actor marker %")
        if isinstance(item, PrepGroup):
            raise Untranslatable("prepositional phrase before the verb")
        elements.append(item)
    if len(elements) == 1 and is_subject_noun(elements[0]):
        return tuple(expand_noun(elements[0], ctx)), ()
    before: list[str | tuple[str, ...]] = []
    for item in elements:
        if isinstance(item, Word) and not item.text.startswith("&"):
            before.append(noun_lemma(item.text.lower()))
        else:
            options = expand_noun(item, ctx)
            before.append(options[0] if len(options) == 1 else tuple(options))
    return (), tuple(before)


def is_subject_noun(element: Element) -> bool:
    if isinstance(element, Phrase) or (isinstance(element, Word) and element.text.startswith("&")):
        return True
    if not isinstance(element, Word) or not is_noun(element) or element.text in NOT_SUBJECTS:
        return False
    # -LY words before the verb are adverbs ("STRONGLY *", "VERBALLY *"), bar a few nouns.
    return not element.text.endswith("LY") or element.text in LY_NOUNS


def translate_after_verb(items: list[Element], ctx: Context) -> Pattern:
    """Words after * -> particle, target/object and at most one preposition phrase.

    The expected shape is  [particle] [+ | object] then, in either order, a preposition phrase
    and (if none came first) a particle. Anything else (two nouns in a row, a target after the
    object, two phrases) was a word sequence in PETRARCH with no single dependency reading.
    """
    items = [i for i in items if not is_marker(i, "^")]  # a skipped word is moot on a parse tree
    if any(is_marker(i, "$") for i in items):
        raise Untranslatable("source actor after the verb")
    if any(is_marker(i, "%") for i in items):
        raise Untranslatable("compound actor marker %")
    items = group_bare_prepositions(unbracket_particles(items), ctx)

    pattern = Pattern(code=None)
    pos = 0
    # A particle right after the verb: "* UP", "* OUT {NEW STRATEGY}", "* OFF (FOR)".
    if pos < len(items) and isinstance(items[pos], Word) and items[pos].text in PARTICLES:
        pattern = replace(pattern, particle=items[pos].text.lower())
        pos += 1
    # The target as the direct object, or an object noun.
    if pos < len(items) and is_marker(items[pos], "+"):
        if pos + 1 < len(items) and is_noun(items[pos + 1]):
            raise Untranslatable("target before the object (indirect object)")
        pattern = replace(pattern, target="dobj")
        pos += 1
    elif pos < len(items) and is_noun(items[pos]):
        pattern = replace(pattern, object=tuple(expand_noun(items[pos], ctx)))
        pos += 1
        if pos < len(items) and is_noun(items[pos]):
            raise Untranslatable("several nouns in a row after the verb")
        if pos < len(items) and is_marker(items[pos], "+"):
            raise Untranslatable("target after the object")
    # One preposition phrase, and a particle after the object ("* STAFF OUT").
    has_prep = False
    for item in items[pos:]:
        if isinstance(item, PrepGroup):
            if has_prep:
                raise Untranslatable("more than one prepositional phrase")
            pattern = apply_prep_group(pattern, item, ctx)
            has_prep = True
        elif (
            isinstance(item, Word)
            and item.text in PARTICLES_AFTER_OBJECT
            and pattern.particle is None
        ):
            pattern = replace(pattern, particle=item.text.lower())
        else:
            raise Untranslatable("words in an order with no dependency reading")
    return pattern


def unbracket_particles(items: list[Element]) -> list[Element]:
    """"(OUT)" and "(OUT OF X)" are the particle OUT written as a phrase; "(P) +" is "(P +)"."""
    out: list[Element] = []
    for item in items:
        if isinstance(item, PrepGroup) and item.prep in PARTICLES_AFTER_OBJECT:
            first = item.items[0] if item.items else None
            if first is None or (isinstance(first, Word) and first.text in PREPOSITIONS):
                out.append(Word(item.prep))
                if isinstance(first, Word):
                    out.append(PrepGroup(first.text, item.items[1:]))
                continue
        if is_marker(item, "+") and out and isinstance(out[-1], PrepGroup) and not out[-1].items:
            out[-1] = PrepGroup(out[-1].prep, (item,))
            continue
        out.append(item)
    return out


def group_bare_prepositions(items: list[Element], ctx: Context) -> list[Element]:
    """Old TABARI patterns write phrases without brackets ("* TOWARD +", "* CASE AGAINST");
    a bare preposition takes the words up to the next preposition or phrase as its group.

    A bare particle that is also a preposition stays a particle right after the verb unless a
    target follows ("* ON +" is "on X") or it is IN/ON before a noun ("* ON TRIP").
    """
    out: list[Element] = []
    pos = 0
    while pos < len(items):
        item = items[pos]
        nxt = items[pos + 1] if pos + 1 < len(items) else None
        if isinstance(item, Word) and item.text in PREPOSITIONS and not _stays_particle(
            item, nxt, pos
        ):
            end = pos + 1
            while end < len(items) and not _opens_phrase(items[end]):
                end += 1
            group = PrepGroup(item.text, tuple(items[pos + 1 : end]))
            if group.prep == "TO" and _is_infinitive(group, ctx):
                raise Untranslatable("to + verb (an infinitive, not a phrase)")
            out.append(group)
            pos = end
            continue
        out.append(item)
        pos += 1
    return out


def _stays_particle(item: Word, nxt: Element | None, pos: int) -> bool:
    if item.text not in PARTICLES or pos != 0:
        return False
    if nxt is None or isinstance(nxt, PrepGroup):
        return True
    if is_marker(nxt, "+"):
        return False
    if isinstance(nxt, Word) and nxt.text in PREPOSITIONS:
        return True  # "* BACK TO +": back is the particle, TO opens the phrase
    return item.text not in PREPOSITION_BEFORE_NOUN


def _opens_phrase(element: Element) -> bool:
    return isinstance(element, PrepGroup) or (
        isinstance(element, Word) and element.text in PREPOSITIONS
    )


def _is_infinitive(group: PrepGroup, ctx: Context) -> bool:
    words = [i for i in group.items if isinstance(i, Word)]
    return bool(words) and words[0].text in ctx.verbs


def apply_prep_group(pattern: Pattern, group: PrepGroup, ctx: Context) -> Pattern:
    """(PREP) -> prep; (PREP +) -> prep and the target is its object; (PREP NOUN ...) -> pobj."""
    if group.prep not in PREPOSITIONS:
        if group.prep in PARTICLES and pattern.particle is None and not pattern.object:
            # "(ASIDE RIFT)": a particle and the object, bracketed as if a phrase.
            nouns = [i for i in group.items if is_noun(i)]
            if len(nouns) == len(group.items) == 1:
                return replace(
                    pattern, particle=group.prep.lower(), object=tuple(expand_noun(nouns[0], ctx))
                )
        raise Untranslatable("(...) not headed by a preposition")
    prep = group.prep.lower()
    items = [i for i in group.items if not is_marker(i, "^")]
    items = [i for i in items if not (isinstance(i, Word) and i.text in DETERMINERS)]
    if not items:
        return replace(pattern, prep=prep)
    if len(items) == 1 and is_marker(items[0], "+"):
        if pattern.target:
            raise Untranslatable("two targets")
        return replace(pattern, prep=prep, target=f"prep:{prep}")
    if any(isinstance(i, (Marker, PrepGroup)) for i in items):
        raise Untranslatable("target or phrase mixed with nouns inside (...)")
    if not is_noun(items[-1]):
        raise Untranslatable("preposition phrase without a noun")
    # The phrase's last noun is the preposition's object ("(TO A VOTE)" -> vote). A multi-word
    # noun stays whole, as `object` does: cutting {CEASE FIRE} to its head would make "fire"
    # code a ceasefire.
    return replace(pattern, prep=prep, pobj=tuple(expand_noun(items[-1], ctx)))


def apply_frame(pattern: Pattern, frame: Pattern) -> Pattern:
    """Give a block pattern to a multi-word verb such as "+MEET_WITH" (frame: prep with).

    The pattern's object becomes the preposition's object ("ask for" + AID = "ask for aid");
    a pattern that already has its own preposition, or an object when the frame supplies one,
    says something the multi-word verb cannot.
    """
    if frame.prep and not frame.pobj:
        if pattern.prep or pattern.particle:
            raise Untranslatable("pattern conflicts with the multi-word verb")
        target = pattern.target
        if target in (None, "dobj"):
            target = frame.target
        return replace(pattern, object=(), prep=frame.prep, pobj=pattern.object, target=target)
    if frame.prep:  # preposition and its object, e.g. "+SET_IN_MOTION"
        if pattern.prep:
            raise Untranslatable("pattern conflicts with the multi-word verb")
        return replace(pattern, prep=frame.prep, pobj=frame.pobj)
    if pattern.object or pattern.target == "dobj":
        raise Untranslatable("pattern conflicts with the multi-word verb")
    return replace(pattern, object=frame.object)


# ---------------------------------------------------------------------------------------------
# Building the lexicon
# ---------------------------------------------------------------------------------------------


def build_entries(
    blocks: Sequence[Block], ctx: Context, inflections: dict[str, str], stats: Stats
) -> dict[tuple[str, str], Entry]:
    """One Entry per (lemma, particle); blocks defining the same lemma are merged."""
    entries: dict[tuple[str, str], Entry] = {}
    for block in blocks:
        stats.blocks += 1
        patterns = translate_block_patterns(block, ctx, stats)
        heads = frozenset(form_line_parts(raw)[0].lstrip("+") for raw, _no in block.form_lines)
        for raw, no in block.form_lines:
            stats.forms += 1
            try:
                form = parse_verb_form(raw, block.code, inflections, heads)
            except Untranslatable as err:
                stats.forms_dropped[str(err)] += 1
                continue
            add_form(entries, form, block, patterns, stats)
    return entries


def translate_block_patterns(block: Block, ctx: Context, stats: Stats) -> list[Pattern]:
    """The block's patterns; a later pattern with the same constraints replaces an earlier one,
    as in PETRARCH (which stores them in a dict)."""
    by_key: dict[tuple, Pattern] = {}
    for raw in block.patterns:
        stats.pattern_lines += 1
        try:
            patterns = translate_pattern(raw.text, ctx)
        except Untranslatable as err:
            stats.patterns_dropped[str(err)] += 1
            continue
        stats.pattern_lines_translated += 1
        for pattern in patterns:
            earlier = by_key.get(pattern.key())
            if earlier is not None:
                if earlier.code == pattern.code and earlier.passive_code == pattern.passive_code:
                    stats.duplicates["repeats an earlier pattern of its block"] += 1
                else:
                    stats.duplicates["replaced by a later pattern with the same constraints"] += 1
            by_key[pattern.key()] = pattern
    return list(by_key.values())


def add_form(
    entries: dict[tuple[str, str], Entry],
    form: VerbForm,
    block: Block,
    patterns: Sequence[Pattern],
    stats: Stats,
) -> None:
    key = (form.lemma, form.particle or "")
    entry = entries.setdefault(key, Entry(form.lemma, form.particle))
    if block.name not in entry.blocks:
        entry.blocks.append(block.name)
    if form.frame is None:
        # Only a plain verb (or verb + particle) sets the entry's default code: the first wins.
        code = block.code if form.code is _UNSET else form.code
        if entry.code is _UNSET:
            entry.code = code
        elif entry.code != code:
            stats.code_conflicts.append(
                f"{display_name(entry)}: kept {entry.code or 'null'}, "
                f"{block.name} (line {block.line_no}) says {code or 'null'}"
            )
        own = list(patterns)
    else:
        own = [form.frame]
        for pattern in patterns:
            try:
                own.append(apply_frame(pattern, form.frame))
            except Untranslatable as err:
                stats.applications_dropped[str(err)] += 1
    for pattern in own:
        existing = entry.patterns.get(pattern.key())
        if existing is None:
            entry.patterns[pattern.key()] = pattern
        elif existing.code != pattern.code:
            reason = "same constraints as an earlier block's pattern, other code"
            stats.applications_dropped[reason] += 1


def display_name(entry: Entry) -> str:
    return entry.lemma + (f" {entry.particle}" if entry.particle else "")


def pattern_sort_key(pattern: Pattern) -> tuple:
    """Most constraints first (newsift's order), then patterns without `before` (a reader that
    ignores it should reach the plain pattern first), then narrower word lists, then codes and
    text: newsift takes the first match among equals, and re-runs stay byte-identical."""
    width = len(pattern.object) + len(pattern.pobj) + len(pattern.subject)
    return (
        -pattern.n_constraints(),
        bool(pattern.before),
        width,
        pattern.code or "",
        json.dumps(pattern.to_dict()),
    )


def entry_dicts(entries: dict[tuple[str, str], Entry]) -> list[dict]:
    out = []
    for key in sorted(entries):
        entry = entries[key]
        patterns = sorted(entry.patterns.values(), key=pattern_sort_key)
        out.append(
            {
                "lemma": entry.lemma,
                "particle": entry.particle,
                "code": None if entry.code is _UNSET else entry.code,
                "patterns": [p.to_dict() for p in patterns],
                "note": "PETRARCH-2 block" + ("s " if len(entry.blocks) > 1 else " ")
                + ", ".join(entry.blocks),
            }
        )
    return out


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

YAML_HEADER = f"""\
# Verb patterns converted from the PETRARCH-2 CAMEO verb dictionary
# {SOURCE_REF}
# by tools/convert_cameo_verbs.py. Do not edit by hand: change the converter and re-run it.
# The source is MIT-licensed ({COPYRIGHT}): see NOTICE.
#
# Format: see README.md. Each PETRARCH verb block gives its patterns to every verb in it
# (verbs of one block share one list through a YAML anchor). `object` and `pobj` items are
# lemmas; a multi-word item ("cease fire") is matched on the phrase's last words.
# `subject` lists lemmas of the verb's subject (PETRARCH's noun before the verb: "&MILITARY *").
# Two fields go beyond README.md and may be ignored:
#   before        other words before the verb in PETRARCH's pattern ("will not", "strongly"), in
#                 order; a nested list means any one of those words. Every pattern that has it
#                 also has a constraint newsift checks, and comes after its plain counterpart.
#   passive_code  PETRARCH's second code ([A:B]): the event when the verb's subject is the
#                 event's target ("X received aid from Y"). Only written when it differs.
"""

PLAIN = re.compile(r"^[a-z][a-z0-9'.-]*( [a-z0-9'.-]+)*$")
YAML_WORDS = frozenset({"null", "true", "false", "yes", "no", "on", "off", "y", "n"})
WIDTH = 100


def scalar(value: object) -> str:
    """A YAML scalar: codes and anything YAML could misread are double-quoted (JSON syntax)."""
    if value is None:
        return "null"
    text = str(value)
    if PLAIN.match(text) and text not in YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)


def flow(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value)


def flow_pieces(value: list) -> list[str]:
    """A flow list cut where a line may break: [[a, b], c] -> "[[a,", "b],", "c]"."""
    pieces: list[str] = []
    for i, item in enumerate(value):
        item_pieces = flow_pieces(item) if isinstance(item, list) else [scalar(item)]
        if i < len(value) - 1:
            item_pieces[-1] += ","
        pieces += item_pieces
    if not pieces:
        return ["[]"]
    pieces[0] = "[" + pieces[0]
    pieces[-1] += "]"
    return pieces


def pattern_lines(pattern: dict) -> list[str]:
    """A pattern on one line as in README.md, or, when too long, one field a line with long
    lists wrapped (continuation lines aligned after the list's "[")."""
    one_line = "      - {" + ", ".join(f"{k}: {flow(v)}" for k, v in pattern.items()) + "}"
    if len(one_line) <= WIDTH:
        return [one_line]
    lines = []
    for i, (key, value) in enumerate(pattern.items()):
        current = ("      - " if i == 0 else "        ") + f"{key}: "
        if not isinstance(value, list):
            lines.append(current + flow(value))
            continue
        indent = " " * (len(current) + 1)
        fresh = True
        for piece in flow_pieces(value):
            if not fresh and len(current) + 1 + len(piece) > WIDTH:
                lines.append(current)
                current, fresh = indent + piece, False
            else:
                current += ("" if fresh else " ") + piece
                fresh = False
        lines.append(current)
    return lines


def render_yaml(entries: list[dict]) -> str:
    """README.md's layout. Verbs of one PETRARCH block share the block's pattern list: it is
    written once under a YAML anchor named after its first verb and aliased by the others,
    which keeps the file (and its load time) about a sixth of the expanded size."""
    uses = Counter(json.dumps(e["patterns"]) for e in entries if e["patterns"])
    anchors: dict[str, str] = {}
    lines = [YAML_HEADER.rstrip("\n"), "", "verbs:"]
    for entry in entries:
        lines.append(f"  - lemma: {scalar(entry['lemma'])}")
        lines.append(f"    particle: {scalar(entry['particle'])}")
        lines.append(f"    code: {scalar(entry['code'])}")
        shared = json.dumps(entry["patterns"])
        if not entry["patterns"]:
            lines.append("    patterns: []")
        elif shared in anchors:
            lines.append(f"    patterns: *{anchors[shared]}")
        else:
            if uses[shared] > 1:
                anchors[shared] = anchor_name(entry)
                lines.append(f"    patterns: &{anchors[shared]}")
            else:
                lines.append("    patterns:")
            for pattern in entry["patterns"]:
                lines.extend(pattern_lines(pattern))
        lines.append(f"    note: {scalar(entry['note'])}")
    text = "\n".join(lines) + "\n"
    # The emitter is hand-written for README.md's layout: prove it says what was meant.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    if yaml.load(text, Loader=loader) != {"verbs": entries}:
        raise AssertionError("rendered YAML does not load back to the same data")
    return text


def anchor_name(entry: dict) -> str:
    name = entry["lemma"] + ("_" + entry["particle"] if entry["particle"] else "")
    return re.sub(r"[^a-z0-9_]", "_", name)


MIT_LICENCE = f"""\
The MIT License (MIT)

{COPYRIGHT}

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

NOTICE_TEXT = f"""\
{YAML_NAME} is derived from the PETRARCH-2 CAMEO verb dictionary
{SOURCE_REF}
by tools/convert_cameo_verbs.py. The source's licence follows.

{MIT_LICENCE}"""


# ---------------------------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------------------------


def code_root(code: str) -> str:
    return code[:2]


@dataclass
class RootCoverage:
    codes: set[str] = field(default_factory=set)
    patterns: set[str] = field(default_factory=set)  # distinct patterns, as JSON
    defaults: int = 0  # verb entries whose default code is under this root


def root_coverage(entries: list[dict]) -> dict[str, RootCoverage]:
    """CAMEO root "01".."20" -> the codes, distinct patterns and verb defaults under it."""
    coverage = {f"{r:02d}": RootCoverage() for r in range(1, 21)}
    for entry in entries:
        if entry["code"] and code_root(entry["code"]) in coverage:
            root = coverage[code_root(entry["code"])]
            root.codes.add(entry["code"])
            root.defaults += 1
        for pattern in entry["patterns"]:
            if pattern["code"] and code_root(pattern["code"]) in coverage:
                root = coverage[code_root(pattern["code"])]
                root.codes.add(pattern["code"])
                root.patterns.add(json.dumps(pattern, sort_keys=True))
    return coverage


def summary(stats: Stats, entries: list[dict], synsets: int) -> str:
    n_patterns = sum(len(e["patterns"]) for e in entries)
    n_distinct = len({json.dumps(p, sort_keys=True) for e in entries for p in e["patterns"]})
    lines = [
        f"blocks read:               {stats.blocks}",
        f"synsets read:              {synsets}",
        f"verb forms read:           {stats.forms}  (dropped {sum(stats.forms_dropped.values())})",
        f"lemmas written:            {len(entries)}"
        f"  ({sum(1 for e in entries if e['particle'])} with a particle)",
        f"pattern lines read:        {stats.pattern_lines}",
        f"pattern lines translated:  {stats.pattern_lines_translated}",
        f"patterns written:          {n_patterns}  (over all lemmas; a block's patterns go to "
        "each of its verbs)",
        f"distinct patterns:         {n_distinct}",
        f"transformations skipped:   {stats.transformations}",
        "",
        "pattern lines dropped, by reason:",
    ]
    lines += [f"  {n:5d}  {reason}" for reason, n in stats.patterns_dropped.most_common()]
    lines += ["", "translated patterns superseded within their block:"]
    lines += [f"  {n:5d}  {reason}" for reason, n in stats.duplicates.most_common()]
    lines += ["", "verb forms dropped, by reason:"]
    lines += [f"  {n:5d}  {reason}" for reason, n in stats.forms_dropped.most_common()]
    lines += ["", "patterns not given to a multi-word verb or merged lemma, by reason:"]
    lines += [f"  {n:5d}  {reason}" for reason, n in stats.applications_dropped.most_common()]
    lines += ["", f"default-code conflicts between merged blocks ({len(stats.code_conflicts)}):"]
    lines += [f"  {c}" for c in stats.code_conflicts]
    lines += ["", "codes per CAMEO root:"]
    for root, cover in root_coverage(entries).items():
        lines.append(
            f"  {root}: {len(cover.codes):3d} codes  {len(cover.patterns):5d} distinct patterns  "
            f"{cover.defaults:4d} verb defaults"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def convert(text: str) -> tuple[list[dict], Stats, int]:
    """The whole conversion on the file's text: (entry dicts, stats, number of synsets)."""
    stats = Stats()
    synset_lines, verb_lines, stats.transformations = split_sections(text.splitlines())
    synsets = parse_synsets(synset_lines)
    blocks = parse_blocks(verb_lines)
    inflections = inflection_map(blocks)
    verbs = frozenset(
        inflections.get(h, h)
        for b in blocks
        for h in (form_line_parts(raw)[0].lstrip("+").split("_")[0] for raw, _ in b.form_lines)
        if h
    )
    ctx = Context(synsets, verbs)
    entries = build_entries(blocks, ctx, inflections, stats)
    return entry_dicts(entries), stats, len(synsets)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help=f"path to {SOURCE_NAME}")
    parser.add_argument("outdir", type=Path, help="directory for verbs_petrarch.yaml and NOTICE")
    args = parser.parse_args(argv)

    text = args.source.read_text(encoding="utf-8")
    if COPYRIGHT not in text:
        print(f"warning: {args.source} does not carry '{COPYRIGHT}'", file=sys.stderr)
    entries, stats, n_synsets = convert(text)
    args.outdir.mkdir(parents=True, exist_ok=True)
    (args.outdir / YAML_NAME).write_text(render_yaml(entries), encoding="utf-8")
    (args.outdir / NOTICE_NAME).write_text(NOTICE_TEXT, encoding="utf-8")
    print(summary(stats, entries, n_synsets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
