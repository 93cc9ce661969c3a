"""The event lexicon as data: CAMEO code table, verb and noun entries, status words.

Curated files win over the converted PETRARCH-2 dictionary; user files (``--events``)
win over both.  Every entry is validated on load; a bad one stops with an error
naming the file and the entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

from newsift.cache import cached, fingerprint
from newsift.errors import KnowledgeError
from newsift.yamlio import line_of, read_yaml

_CODE_CHARS = set("0123456789")
# Plain reporting verbs are claims, not events, whatever a converted dictionary says.
_NEVER_EVENTS = {"say", "tell", "add", "state", "note", "write", "explain", "reply", "respond", "comment", "remark",
                 "mention", "describe", "report", "announce", "insist", "argue", "believe", "think", "ask"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    name: str
    plover: str | None
    mode: str | None
    quad: int
    goldstein: float


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str | None
    object: tuple[str, ...] = ()
    prep: str | None = None
    pobj: tuple[str, ...] = ()
    particle: str | None = None
    subject: tuple[str, ...] = ()
    xcomp: tuple[str, ...] = ()
    compound: tuple[str, ...] = ()
    target: tuple[str, ...] | None = None
    passive_code: str | None = None  # PETRARCH's [A:B]: the code when the verb is passive

    @property
    def weight(self) -> int:
        return sum(bool(value) for value in (self.object, self.prep, self.pobj, self.particle, self.subject, self.xcomp, self.compound))


@dataclass(frozen=True, slots=True)
class PatternIndex:
    """What matching a head word against an entry's patterns reads, worked out once: the rarely
    used slots some pattern asks about (subjects, complements, modifiers, "for … to" clauses, named
    places), and where each object word is asked for (common verbs carry hundreds of converted
    patterns, nearly all naming an object)."""

    needs: frozenset[str]
    by_object: dict[str, tuple[int, ...]]
    objectless: tuple[int, ...]

    @classmethod
    def of(cls, patterns: tuple[Pattern, ...]) -> "PatternIndex":
        needs = {kind for pattern in patterns for kind in ("subject", "xcomp", "compound") if getattr(pattern, kind)}
        needs |= {"for"} if any(pattern.prep == "for" for pattern in patterns) else set()
        needs |= {"place"} if any(PLACE_OBJECT in pattern.object for pattern in patterns) else set()
        by_object: dict[str, list[int]] = {}
        for position, pattern in enumerate(patterns):
            for word in pattern.object:
                by_object.setdefault(word, []).append(position)
        objectless = tuple(position for position, pattern in enumerate(patterns) if not pattern.object)
        return cls(frozenset(needs), {word: tuple(positions) for word, positions in by_object.items()}, objectless)


@dataclass(frozen=True, slots=True)
class VerbEntry:
    lemma: str
    particle: str | None
    code: str | None
    target: tuple[str, ...] = ("dobj",)
    patterns: tuple[Pattern, ...] = ()
    reciprocal: bool = False
    needs_target: bool = False  # "visited the hospital" is no event; "visited Qatar" is
    intent: bool = False  # "agreed/pledged/vowed to X": coded by X's kind (cameo.yaml intent_codes)
    refusal: bool = False  # "refused/declined to X": coded by X's kind (cameo.yaml refusal_codes)
    index: PatternIndex = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", PatternIndex.of(self.patterns))


@dataclass(frozen=True, slots=True)
class NounEntry:
    key: str
    code: str | None
    patterns: tuple[Pattern, ...] = ()
    reciprocal: bool = False
    plural_only: bool = False
    index: PatternIndex = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", PatternIndex.of(self.patterns))


@dataclass(frozen=True, slots=True)
class StatusWords:
    negation: frozenset[str]
    negating_governors: frozenset[str]
    denying_governors: frozenset[str]
    speculative_modals: frozenset[str]
    speculative_governors: frozenset[str]
    speculative_adverbs: frozenset[str]
    reported_governors: frozenset[str]
    planned_aux: frozenset[str]
    planned_governors: frozenset[str]
    hypothetical_marks: frozenset[str]
    hypothetical_governors: frozenset[str]
    reported_adverbs: frozenset[str]
    reported_adjectives: frozenset[str]
    speculative_adjectives: frozenset[str]
    planned_adjectives: frozenset[str]
    proposing_carriers: frozenset[str]
    confirming_cues: frozenset[str]
    unconfirming_cues: frozenset[str]
    requesting_governors: frozenset[str]
    accusing_governors: frozenset[str]
    consequence_verbs: frozenset[str]
    taking_place_verbs: frozenset[str]


@dataclass(slots=True)
class EventLexicon:
    codes: dict[str, CodeInfo]
    verbs: dict[tuple[str, str | None], VerbEntry]
    nouns: dict[str, NounEntry]
    light_verbs: frozenset[str]
    status: StatusWords
    files: list[str] = field(default_factory=list)
    intents: dict[str, str] = field(default_factory=dict)
    noun_heads: frozenset[str] = frozenset()  # last words of the noun keys, for a quick "no"
    reciprocal_codes: tuple[str, ...] = ()
    mutual_codes: frozenset[str] = frozenset()
    converse_codes: dict[str, str] = field(default_factory=dict)
    refusals: dict[str, str] = field(default_factory=dict)
    particle_verbs: frozenset[str] = frozenset()  # lemmas with a particle entry ("pull back"), for a quick "no"

    def is_reciprocal(self, code: str) -> bool:
        return code.startswith(self.reciprocal_codes) if self.reciprocal_codes else False

    def is_mutual(self, code: str) -> bool:
        return code in self.mutual_codes

    def mirror_code(self, code: str) -> str | None:
        """The code of the same act seen from the target's side: itself for mutual acts
        ("met"), the converse for hosting (a host receiving a guest is the guest visiting)."""
        return code if code in self.mutual_codes else self.converse_codes.get(code)

    def code_info(self, code: str) -> CodeInfo | None:
        """The table row for a code, falling back to its parent (4 → 3 digits → root)."""
        for candidate in (code, code[:3], code[:2]):
            if candidate in self.codes:
                return self.codes[candidate]
        return None

    def intent_code(self, act: str) -> str | None:
        """The code for intending ``act`` ("036" for talks): the most specific mapping."""
        for candidate in (act, act[:3], act[:2]):
            if candidate in self.intents:
                return self.intents[candidate]
        return None

    def refusal_code(self, act: str) -> str | None:
        """The code for refusing ``act`` ("125" for talks): the most specific mapping."""
        for candidate in (act, act[:3], act[:2]):
            if candidate in self.refusals:
                return self.refusals[candidate]
        return None

    def verb(self, lemma: str, particle: str | None) -> VerbEntry | None:
        if particle:
            found = self.verbs.get((lemma, particle))
            if found:
                return found
        return self.verbs.get((lemma, None))

    @property
    def pattern_count(self) -> int:
        return sum(len(entry.patterns) + 1 for entry in self.verbs.values()) + sum(len(entry.patterns) + 1 for entry in self.nouns.values())


def _data(name: str) -> Path:
    return Path(str(resources.files("newsift.data").joinpath("events", name)))


@lru_cache(maxsize=4)
def load_event_lexicon(user_files: tuple[str, ...] = ()) -> EventLexicon:
    """The event lexicon: built-in files plus ``user_files`` (later files win).

    Built once per set of files and kept in the on-disk cache (reading the converted
    PETRARCH dictionary takes about two seconds; the cached copy a tenth of that).
    """
    sources = [_data("verbs_petrarch.yaml"), _data("verbs.yaml"), _data("nouns.yaml"), *(Path(path) for path in user_files)]
    for path in sources[3:]:
        if not path.is_file():
            raise KnowledgeError(str(path), None, "event lexicon file not found; check the --events path")
    key = fingerprint("events", [*sources, _data("cameo.yaml"), _data("status.yaml")])
    return cached(key, lambda: _build_lexicon(sources), EventLexicon)


def _build_lexicon(sources: list[Path], problems: list[KnowledgeError] | None = None) -> EventLexicon:
    try:
        return _read_sources(sources, problems)
    finally:
        _SHARED_LISTS.clear()


def check_event_files(paths: Sequence[str | Path]) -> list[KnowledgeError]:
    """Every problem in user lexicon files, read over the built-in lexicon (empty: all good)."""
    problems: list[KnowledgeError] = []
    missing = [Path(path) for path in paths if not Path(path).is_file()]
    problems.extend(KnowledgeError(str(path), None, "not found; give the path of an event lexicon file") for path in missing)
    present = [Path(path) for path in paths if Path(path).is_file()]
    _build_lexicon([_data("verbs_petrarch.yaml"), _data("verbs.yaml"), _data("nouns.yaml"), *present], problems)
    return problems


def _read_sources(sources: list[Path], problems: list[KnowledgeError] | None = None) -> EventLexicon:
    """Read the files in order (later entries replace earlier ones).  With ``problems``,
    bad entries are collected and skipped instead of stopping the load."""

    def guarded(read, *args):
        if problems is None:
            return read(*args)
        try:
            return read(*args)
        except KnowledgeError as err:
            problems.append(err)
            return None

    codes = _load_codes(_data("cameo.yaml"))
    verbs: dict[tuple[str, str | None], VerbEntry] = {}
    nouns: dict[str, NounEntry] = {}
    light_verbs: set[str] = set()
    for path in sources:
        if not path.is_file():
            if path.name == "verbs_petrarch.yaml":
                continue
            raise KnowledgeError(str(path), None, "event lexicon file not found; check the --events path")
        data = guarded(_yaml, path)
        if data is None:
            continue
        in_file: set[tuple[str, str | None]] = set()
        for index, raw in enumerate(guarded(_section, data, "verbs", list, path) or []):
            entry = guarded(_verb_entry, raw, path, index, codes)
            if entry is None:
                continue
            if (entry.lemma, entry.particle) in in_file:
                # a second entry would silently replace the first: say so
                guarded(_duplicate, path, raw, entry)
                continue
            in_file.add((entry.lemma, entry.particle))
            if path.name == "verbs_petrarch.yaml":
                if entry.lemma in _NEVER_EVENTS:
                    continue
                # PETRARCH's verb blocks give generic verbs default codes ("keep", "lead", "give")
                # that its actor dictionaries then filter; without them the defaults misfire, so
                # only its patterns (verb plus object or preposition) are used.
                entry = replace(entry, code=None)
            verbs[(entry.lemma, entry.particle)] = entry
        for key, raw in (guarded(_section, data, "nouns", dict, path) or {}).items():
            noun = guarded(_noun_entry, str(key).lower(), raw, path, codes)
            if noun is not None:
                nouns[noun.key] = noun
        light_verbs.update(str(verb) for verb in guarded(_section, data, "light_verbs", list, path) or [])
    intents = _load_code_map(_data("cameo.yaml"), codes, "intent_codes")
    refusals = _load_code_map(_data("cameo.yaml"), codes, "refusal_codes")
    heads = frozenset(key.rsplit(" ", 1)[-1] for key in nouns)
    table = read_yaml(_data("cameo.yaml"))
    reciprocal = tuple(str(code) for code in table.get("reciprocal_codes") or [])
    mutual = frozenset(str(code) for code in table.get("mutual_codes") or [])
    converse = {str(code): str(other) for code, other in (table.get("converse_codes") or {}).items()}
    return EventLexicon(
        codes, verbs, nouns, frozenset(light_verbs), _load_status(_data("status.yaml")), [str(path) for path in sources], intents, heads, reciprocal, mutual,
        converse, refusals, frozenset(lemma for lemma, particle in verbs if particle is not None),
    )  # fmt: skip


def _duplicate(path: Path, raw: Any, entry: VerbEntry) -> None:
    name = entry.lemma + (f" {entry.particle}" if entry.particle else "")
    raise KnowledgeError(str(path), line_of(raw), f"verb {name!r} is listed twice in this file; merge the two entries")


def _section(data: dict, name: str, kind: type, path: Path) -> Any:
    value = data.get(name)
    if value is not None and not isinstance(value, kind):
        expected = "a list" if kind is list else "a mapping"
        raise KnowledgeError(str(path), data.key_lines.get(name) if hasattr(data, "key_lines") else None, f"'{name}' must be {expected}")
    return value


def _yaml(path: Path) -> dict:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise KnowledgeError(str(path), 1, "expected a mapping with 'verbs', 'nouns' and/or 'light_verbs'")
    unknown = sorted(str(key) for key in data if key not in ("verbs", "nouns", "light_verbs"))
    if unknown:
        raise KnowledgeError(str(path), data.key_lines.get(unknown[0]), f"unknown section(s) {', '.join(unknown)}; use verbs, nouns or light_verbs")
    return data


def _load_codes(path: Path) -> dict[str, CodeInfo]:
    table = {}
    for code, row in (read_yaml(path).get("codes") or {}).items():
        code = str(code)
        table[code] = CodeInfo(code, row["name"], row.get("plover"), row.get("mode"), int(row["quad"]), float(row["goldstein"]))
    return table


def _load_code_map(path: Path, codes: dict[str, CodeInfo], section: str) -> dict[str, str]:
    """A table of act code -> code for intending (intent_codes) or refusing (refusal_codes) it."""
    table = read_yaml(path).get(section) or {}
    for act, intent in table.items():
        if str(act)[:2] not in codes or str(intent) not in codes:
            raise KnowledgeError(str(path), line_of(table), f"{section}: {act!r}: {intent!r} names a code not in the table")
    return {str(act): str(intent) for act, intent in table.items()}


def _load_status(path: Path) -> StatusWords:
    data = read_yaml(path)
    return StatusWords(**{name: frozenset(str(word) for word in data.get(name) or []) for name in StatusWords.__dataclass_fields__})


def _code(value: Any, path: Path, where: str, codes: dict[str, CodeInfo], line: int | None) -> str | None:
    if value is None:
        return None
    code = str(value)
    if not (2 <= len(code) <= 4 and set(code) <= _CODE_CHARS) or code[:2] not in codes:
        raise KnowledgeError(str(path), line, f"{where}: {value!r} is not a CAMEO code (2-4 digits, root 01-20); quote it (\"0231\")")
    return code


# Object words standing for any named person ("received Antonio Guterres": host a visit) and any
# named place ("seized most of Goma": occupy territory).
PERSON_OBJECT = "@person"
PLACE_OBJECT = "@place"
NAMED_OBJECT = "@named"  # a named state, group or person as the direct object ("warned India")


def _words(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    return tuple(str(item).lower() for item in items)


_PATTERN_KEYS = {"code", "object", "prep", "pobj", "particle", "subject", "xcomp", "compound", "target", "passive_code", "before"}
_VERB_KEYS = {"lemma", "particle", "code", "target", "patterns", "reciprocal", "needs_target", "intent", "refusal", "note"}
_NOUN_KEYS = {"code", "patterns", "reciprocal", "plural_only", "note"}
_SLOT = ("dobj", "dative", "clause", "none")


def _checked_keys(raw: dict, allowed: set[str], path: Path, where: str) -> None:
    unknown = sorted(str(key) for key in raw if key not in allowed)
    if unknown:
        raise KnowledgeError(str(path), line_of(raw), f"{where}: unknown field(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")


def _slots(value: Any, path: Path, where: str, line: int | None) -> tuple[str, ...]:
    slots = _words(value)
    for slot in slots:
        if slot not in _SLOT and not (slot.startswith("prep:") and len(slot) > 5):
            raise KnowledgeError(str(path), line, f"{where}: target slot {slot!r} is not dobj, dative, clause, none or prep:WORD")
    return slots


def _pattern(raw: Any, path: Path, where: str, codes: dict[str, CodeInfo], line: int | None) -> Pattern:
    if not isinstance(raw, dict) or "code" not in raw:
        raise KnowledgeError(str(path), line_of(raw) or line, f"{where}: a pattern is a mapping with a code (null for 'not an event')")
    line = line_of(raw) or line
    _checked_keys(raw, _PATTERN_KEYS, path, where)
    target = raw.get("target")
    return Pattern(
        code=_code(raw["code"], path, where, codes, line),
        object=_words(raw.get("object")),
        prep=str(raw["prep"]).lower() if raw.get("prep") else None,
        pobj=_words(raw.get("pobj")),
        particle=str(raw["particle"]).lower() if raw.get("particle") else None,
        subject=_words(raw.get("subject")),
        xcomp=_words(raw.get("xcomp")),
        compound=_words(raw.get("compound")),
        target=_slots(target, path, where, line) if target is not None else None,
        passive_code=_code(raw.get("passive_code"), path, where, codes, line),
    )


# The converted dictionary gives one block's pattern list to every verb in the block (a
# YAML anchor); keeping one tuple per list keeps the lexicon and its cache small.
_SHARED_LISTS: dict[int, tuple[list, tuple[Pattern, ...]]] = {}


def _patterns(raw: dict, path: Path, where: str, codes: dict[str, CodeInfo]) -> tuple[Pattern, ...]:
    items = raw.get("patterns") or []
    if not isinstance(items, list):
        raise KnowledgeError(str(path), line_of(raw), f"{where}: patterns must be a list")
    shared = _SHARED_LISTS.get(id(items))
    if shared is not None and shared[0] is items:
        return shared[1]
    patterns = tuple(_pattern(item, path, where, codes, line_of(raw)) for item in items)
    ordered = tuple(sorted(patterns, key=lambda pattern: -pattern.weight))
    _SHARED_LISTS[id(items)] = (items, ordered)
    return ordered


def _verb_entry(raw: Any, path: Path, index: int, codes: dict[str, CodeInfo]) -> VerbEntry:
    where = f"verb #{index + 1}"
    if not isinstance(raw, dict) or not raw.get("lemma"):
        raise KnowledgeError(str(path), line_of(raw), f"{where}: needs a lemma")
    where = f"verb {raw['lemma']!r}"
    _checked_keys(raw, _VERB_KEYS, path, where)
    return VerbEntry(
        lemma=str(raw["lemma"]).lower(),
        particle=str(raw["particle"]).lower() if raw.get("particle") else None,
        code=_code(raw.get("code"), path, where, codes, line_of(raw)),
        target=_slots(raw.get("target"), path, where, line_of(raw)) or ("dobj",),
        patterns=_patterns(raw, path, where, codes),
        reciprocal=bool(raw.get("reciprocal")),
        needs_target=bool(raw.get("needs_target")),
        intent=bool(raw.get("intent")),
        refusal=bool(raw.get("refusal")),
    )


def _noun_entry(key: str, raw: Any, path: Path, codes: dict[str, CodeInfo]) -> NounEntry:
    where = f"noun {key!r}"
    if not isinstance(raw, dict):
        raise KnowledgeError(str(path), None, f"{where}: expected a mapping with a code")
    _checked_keys(raw, _NOUN_KEYS, path, where)
    return NounEntry(
        key=key,
        code=_code(raw.get("code"), path, where, codes, line_of(raw)),
        patterns=_patterns(raw, path, where, codes),
        reciprocal=bool(raw.get("reciprocal")),
        plural_only=bool(raw.get("plural_only")),
    )


def lexicon_files(user_files: Sequence[str] = ()) -> list[str]:
    return load_event_lexicon(tuple(user_files)).files
