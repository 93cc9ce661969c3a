"""The event lexicon as data: CAMEO code table, verb and noun entries, status words.

Curated files win over the converted PETRARCH-2 dictionary; user files (``--events``)
win over both.  Every entry is validated on load; a bad one stops with an error
naming the file and the entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

import yaml

from newsift.errors import KnowledgeError

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

    @property
    def weight(self) -> int:
        return sum(bool(value) for value in (self.object, self.prep, self.pobj, self.particle, self.subject, self.xcomp, self.compound))


@dataclass(frozen=True, slots=True)
class VerbEntry:
    lemma: str
    particle: str | None
    code: str | None
    target: tuple[str, ...] = ("dobj",)
    patterns: tuple[Pattern, ...] = ()
    reciprocal: bool = False
    source: str = "subject"


@dataclass(frozen=True, slots=True)
class NounEntry:
    key: str
    code: str | None
    patterns: tuple[Pattern, ...] = ()
    reciprocal: bool = False
    plural_only: bool = False


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
    confirming_cues: frozenset[str]


@dataclass(slots=True)
class EventLexicon:
    codes: dict[str, CodeInfo]
    verbs: dict[tuple[str, str | None], VerbEntry]
    nouns: dict[str, NounEntry]
    light_verbs: frozenset[str]
    status: StatusWords
    files: list[str] = field(default_factory=list)

    def code_info(self, code: str) -> CodeInfo | None:
        """The table row for a code, falling back to its parent (4 → 3 digits → root)."""
        for candidate in (code, code[:3], code[:2]):
            if candidate in self.codes:
                return self.codes[candidate]
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
    """The event lexicon: built-in files plus ``user_files`` (later files win)."""
    codes = _load_codes(_data("cameo.yaml"))
    verbs: dict[tuple[str, str | None], VerbEntry] = {}
    nouns: dict[str, NounEntry] = {}
    sources = [_data("verbs_petrarch.yaml"), _data("verbs.yaml"), _data("nouns.yaml"), *(Path(path) for path in user_files)]
    light_verbs: set[str] = set()
    for path in sources:
        if not path.is_file():
            if path.name == "verbs_petrarch.yaml":
                continue
            raise KnowledgeError(str(path), None, "event lexicon file not found; check the --events path")
        data = _yaml(path)
        for index, raw in enumerate(data.get("verbs") or []):
            entry = _verb_entry(raw, path, index, codes)
            if path.name == "verbs_petrarch.yaml" and entry.lemma in _NEVER_EVENTS:
                continue
            verbs[(entry.lemma, entry.particle)] = entry
        for key, raw in (data.get("nouns") or {}).items():
            nouns[str(key).lower()] = _noun_entry(str(key).lower(), raw, path, codes)
        light_verbs.update(str(verb) for verb in data.get("light_verbs") or [])
    return EventLexicon(codes, verbs, nouns, frozenset(light_verbs), _load_status(_data("status.yaml")), [str(path) for path in sources])


def _yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise KnowledgeError(str(path), mark.line + 1 if mark else None, f"not valid YAML: {getattr(err, 'problem', err)}") from None
    except OSError as err:
        raise KnowledgeError(str(path), None, f"cannot be read ({err})") from None
    if not isinstance(data, dict):
        raise KnowledgeError(str(path), 1, "expected a mapping with 'verbs' and/or 'nouns'")
    return data


def _load_codes(path: Path) -> dict[str, CodeInfo]:
    table = {}
    for code, row in (_yaml(path).get("codes") or {}).items():
        code = str(code)
        table[code] = CodeInfo(code, row["name"], row.get("plover"), row.get("mode"), int(row["quad"]), float(row["goldstein"]))
    return table


def _load_status(path: Path) -> StatusWords:
    data = _yaml(path)
    return StatusWords(**{name: frozenset(str(word) for word in data.get(name) or []) for name in StatusWords.__dataclass_fields__})


def _code(value: Any, path: Path, where: str, codes: dict[str, CodeInfo]) -> str | None:
    if value is None:
        return None
    code = str(value)
    if not (2 <= len(code) <= 4 and set(code) <= _CODE_CHARS) or code[:2] not in codes:
        raise KnowledgeError(str(path), None, f"{where}: {value!r} is not a CAMEO code (2-4 digits, root 01-20)")
    return code


def _words(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    return tuple(str(item).lower() for item in items)


def _pattern(raw: Any, path: Path, where: str, codes: dict[str, CodeInfo]) -> Pattern:
    if not isinstance(raw, dict) or "code" not in raw:
        raise KnowledgeError(str(path), None, f"{where}: a pattern is a mapping with a code")
    target = raw.get("target")
    return Pattern(
        code=_code(raw["code"], path, where, codes),
        object=_words(raw.get("object")),
        prep=str(raw["prep"]).lower() if raw.get("prep") else None,
        pobj=_words(raw.get("pobj")),
        particle=str(raw["particle"]).lower() if raw.get("particle") else None,
        subject=_words(raw.get("subject")),
        xcomp=_words(raw.get("xcomp")),
        compound=_words(raw.get("compound")),
        target=_words(target) if target is not None else None,
    )


def _verb_entry(raw: Any, path: Path, index: int, codes: dict[str, CodeInfo]) -> VerbEntry:
    where = f"verb #{index + 1}"
    if not isinstance(raw, dict) or not raw.get("lemma"):
        raise KnowledgeError(str(path), None, f"{where}: needs a lemma")
    where = f"verb {raw['lemma']!r}"
    patterns = tuple(_pattern(item, path, where, codes) for item in raw.get("patterns") or [])
    return VerbEntry(
        lemma=str(raw["lemma"]).lower(),
        particle=str(raw["particle"]).lower() if raw.get("particle") else None,
        code=_code(raw.get("code"), path, where, codes),
        target=_words(raw.get("target")) or ("dobj",),
        patterns=tuple(sorted(patterns, key=lambda pattern: -pattern.weight)),
        reciprocal=bool(raw.get("reciprocal")),
        source=str(raw.get("source") or "subject"),
    )


def _noun_entry(key: str, raw: Any, path: Path, codes: dict[str, CodeInfo]) -> NounEntry:
    where = f"noun {key!r}"
    if not isinstance(raw, dict):
        raise KnowledgeError(str(path), None, f"{where}: expected a mapping with a code")
    patterns = tuple(_pattern(item, path, where, codes) for item in raw.get("patterns") or [])
    return NounEntry(
        key=key,
        code=_code(raw.get("code"), path, where, codes),
        patterns=tuple(sorted(patterns, key=lambda pattern: -pattern.weight)),
        reciprocal=bool(raw.get("reciprocal")),
        plural_only=bool(raw.get("plural_only")),
    )


def lexicon_files(user_files: Sequence[str] = ()) -> list[str]:
    return load_event_lexicon(tuple(user_files)).files
