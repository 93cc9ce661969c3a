"""The knowledge base: actor files merged by precedence, derived institutions, name index.

Layers, lowest first: entries converted from Phoenix, the curated built-in files,
then the user's files (``--kb``, ``NEWSIFT_KB``).  A higher layer replaces an
actor with the same id and takes over a name another actor claims lower down;
within one layer, a duplicate id or a name claimed by two actors for
overlapping periods is an error naming both places.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Sequence

from newsift.actors.lexicons import Lexicons, lexicon_files, load_lexicons
from newsift.actors.loader import LoadedFile, load_actor_file, load_deferred
from newsift.actors.normalize import is_acronym, name_key
from newsift.actors.wordmatch import phrase_lengths
from newsift.actors.schema import (
    ALWAYS,
    INSTITUTIONS,
    LAYER_BUILTIN,
    LAYER_PHOENIX,
    LAYER_USER,
    KBActor,
    Name,
    Origin,
    Period,
    Role,
)
from newsift.cache import cached, fingerprint
from newsift.errors import KnowledgeError, raise_first

KB_ENV = "NEWSIFT_KB"
_ARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul"}
# When a person holds several posts at once, the most senior one is their affiliation.
_TITLE_RANK = {
    title: rank
    for rank, title in enumerate(
        ["Supreme Leader", "King", "Queen", "Emir", "Sultan", "President", "Head of State", "Prime Minister",
         "Chancellor", "Crown Prince", "Vice President", "Secretary-General", "Leader", "Deputy Prime Minister",
         "Foreign Minister", "Defence Minister", "Chief of Staff", "Commander"]
    )
}  # fmt: skip
# Composite actors (country + agent) for agents that are not state institutions.
COMPOSITES = {
    "REB": ("armed_group", "Rebels in {name}"),
    "CRM": ("armed_group", "Criminal gangs in {name}"),
    "EDU": ("group", "Students and teachers in {name}"),
    "OPP": ("group", "Opposition in {name}"),
    "CVL": ("group", "Civilians in {name}"),
    "REF": ("group", "Refugees from {name}"),
    "MED": ("media", "Media in {name}"),
    "HLH": ("group", "Health workers in {name}"),
    "HRI": ("ngo", "Rights groups in {name}"),
    "REL": ("group", "Clergy in {name}"),
    "BUS": ("company", "Businesses in {name}"),
    "AID": ("ngo", "Aid workers in {name}"),
}


class NameEntry(NamedTuple):
    """One claim on a name key: this actor may be written this way in this period.

    A named tuple rather than a dataclass: the KB holds tens of thousands and a
    cached KB must unpickle fast.
    """

    actor: str
    kind: str
    period: Period
    exact_case: bool
    layer: int
    text: str
    actor_type: str
    former: str | None = None
    generated: bool = False


@dataclass(slots=True)
class KnowledgeBase:
    actors: dict[str, KBActor]
    names: dict[str, list[NameEntry]]
    titles: dict[tuple[str, str], list[tuple[Period, str]]]
    lexicons: Lexicons
    name_lengths: dict[str, tuple[int, ...]]  # first word -> lengths of names starting with it
    files: list[str] = field(default_factory=list)
    # Phoenix-derived actors stay as their JSON lines until an article mentions them.
    deferred: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    _composites: dict[str, KBActor] = field(default_factory=dict)
    _fuzzy: dict[tuple[str, int, bool], tuple[str, ...]] = field(default_factory=dict)

    def get(self, actor_id: str) -> KBActor | None:
        found = self.actors.get(actor_id) or self._composites.get(actor_id)
        if found is None and actor_id in self.deferred:
            found = self._composites[actor_id] = load_deferred(*self.deferred[actor_id])
        return found

    def lookup(self, text: str) -> list[NameEntry]:
        return self.names.get(name_key(text), [])

    def affiliation(self, person: KBActor, day: dt.date | None) -> Role | None:
        """The post a person held on ``day``; without a date, their latest post."""
        if not person.roles:
            return None
        if day is None:
            current = [role for role in person.roles if role.period.end is None]
            pool = current or person.roles
            return max(pool, key=lambda role: (role.period.start or dt.date.min, -self._rank(role)))
        held = [role for role in person.roles if role.period.contains(day)]
        if not held:
            return None
        return min(held, key=lambda role: (self._rank(role), -(role.period.start or dt.date.min).toordinal()))

    @staticmethod
    def _rank(role: Role) -> int:
        return _TITLE_RANK.get(role.title or "", len(_TITLE_RANK))

    def holders(self, body: str, title: str, day: dt.date | None) -> list[str]:
        """Persons holding ``title`` in ``body`` on ``day`` (the current holders without a date)."""
        found = []
        for period, person in self.titles.get((body, title), []):
            if (day is None and period.end is None) or (day is not None and period.contains(day)):
                found.append(person)
        return found

    def fuzzy_pool(self, first: str, words: int, persons: bool, min_chars: int = 12) -> tuple[str, ...]:
        """Name keys a misspelling may be compared with: same first letter and word count."""
        slot = (first, words, persons)
        if slot not in self._fuzzy:
            self._fuzzy[slot] = tuple(
                key
                for key, entries in self.names.items()
                if len(key) >= min_chars and key[0] == first and key.count(" ") + 1 == words
                and (entries[0].actor_type == "person") == persons
            )  # fmt: skip
        return self._fuzzy[slot]

    def institution(self, country: str, code: str) -> KBActor | None:
        """The actor for a country's agent: SYR + MIL -> SYRMIL; SYR + REB -> a composite."""
        state = self.actors.get(country)
        if state is None or state.type != "state":
            return None
        actor_id = f"{state.id}{code}"
        existing = self.get(actor_id)
        if existing is not None or code not in COMPOSITES:
            return existing
        actor_type, template = COMPOSITES[code]
        composite = KBActor(
            id=actor_id, name=template.format(name=state.name), type=actor_type, origin=state.origin,
            country=state.country, cameo=actor_id, parent=state.id,
        )  # fmt: skip
        self._composites[actor_id] = composite
        return composite


def builtin_actor_files() -> tuple[list[Path], list[Path]]:
    """(curated YAML files, Phoenix-derived JSONL files) shipped with the package."""
    root = Path(str(resources.files("newsift.data").joinpath("actors")))
    curated = sorted(path for path in root.rglob("*.yaml") if "phoenix" not in path.parts)
    phoenix = sorted((root / "phoenix").glob("*.jsonl")) if (root / "phoenix").is_dir() else []
    return curated, phoenix


def user_kb_files(extra: Sequence[str | Path] = ()) -> list[Path]:
    """User files: the ``NEWSIFT_KB`` path list first, then ``--kb`` files (later wins)."""
    from_env = [Path(part) for part in os.environ.get(KB_ENV, "").split(os.pathsep) if part.strip()]
    return from_env + [Path(path) for path in extra]


def build_knowledge_base(
    user_files: Sequence[str | Path] = (), include_phoenix: bool = True, use_cache: bool = True
) -> KnowledgeBase:
    """Load, validate and index every layer; raises :class:`KnowledgeError` on any problem.

    The result is cached on disk (see :mod:`newsift.cache`) keyed by the files'
    sizes and modification times, so later processes load it instead of rebuilding.
    """
    curated, phoenix = builtin_actor_files()
    layers: list[tuple[int, Path]] = [(LAYER_PHOENIX, path) for path in (phoenix if include_phoenix else [])]
    layers += [(LAYER_BUILTIN, path) for path in curated]
    for path in user_files:
        if not Path(path).is_file():
            raise KnowledgeError(str(path), None, "knowledge file not found; check the --kb or NEWSIFT_KB path")
        layers.append((LAYER_USER, Path(path)))
    if not use_cache:
        return assemble_knowledge_base(layers)
    sources = [path for _, path in layers] + lexicon_files()
    key = fingerprint("actors", sources, extra=[str(layer) for layer, _ in layers])
    return cached(key, lambda: assemble_knowledge_base(layers), KnowledgeBase)


def assemble_knowledge_base(layers: Sequence[tuple[int, Path]]) -> KnowledgeBase:
    """A KB from exactly these ``(layer, file)`` pairs (tests and tools use it directly).

    Phoenix-derived JSONL files take a fast path: only their names are indexed and
    each entry stays a JSON line until an article mentions it.  Those files are
    generated by ``tools/convert_phoenix.py`` and validated in full by the tests.
    """
    phoenix_files = [path for layer, path in layers if layer == LAYER_PHOENIX]
    loaded = [load_actor_file(path, layer) for layer, path in layers if layer != LAYER_PHOENIX]
    _raise_first([error for file in loaded for error in file.errors])
    actors = _merge(loaded)
    _derive_institutions(actors)
    _raise_first(_reference_errors(actors))
    claims = [claim for actor in actors.values() for claim in _claims_of(actor)]
    curated_keys = {key for key, entry, _ in claims if entry.kind in ("name", "alias", "former")}
    deferred: dict[str, tuple[str, int, str]] = {}
    for path in phoenix_files:
        for entry in _phoenix_entries(path):
            keys = [name_key(name) for name in entry.names]
            # A Phoenix entry sharing a name with a curated actor is that actor: the curated
            # one wins whole, or the Phoenix copy would catch its missing spellings (and its
            # 2014 roles would compete with current ones).
            if entry.id in actors or any(key in curated_keys for key in keys):
                continue
            deferred[entry.id] = (str(path), entry.line, entry.raw)
            origin = Origin(str(path), entry.line, LAYER_PHOENIX)
            for index, (name, key) in enumerate(zip(entry.names, keys)):
                if key:
                    kind = "name" if index == 0 else "alias"
                    claims.append((key, NameEntry(entry.id, kind, ALWAYS, is_acronym(name), LAYER_PHOENIX, name, entry.type), origin))
    names, problems = _index_claims(claims)
    _raise_first(problems)
    _add_blocks(names)
    return KnowledgeBase(
        actors=actors,
        names=names,
        titles=_index_titles(actors.values()),
        lexicons=load_lexicons(),
        name_lengths=phrase_lengths(names),
        files=[str(path) for _, path in layers],
        deferred=deferred,
    )


@dataclass(frozen=True, slots=True)
class _PhoenixEntry:
    id: str
    type: str
    line: int
    raw: str
    names: list[str]


def _phoenix_entries(path: Path) -> Iterator[_PhoenixEntry]:
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as err:
                raise KnowledgeError(str(path), number, f"not valid JSON ({err.msg})") from None
            names = [record["name"]] + [alias for alias in record.get("aliases") or [] if isinstance(alias, str)]
            yield _PhoenixEntry(record["id"], record["type"], number, raw, names)


def _raise_first(errors: list[KnowledgeError]) -> None:
    raise_first(errors, "newsift actors check")


def check_files(paths: Iterable[str | Path]) -> list[KnowledgeError]:
    """Every problem in ``paths`` checked as a user layer over the built-in KB."""
    loaded = [load_actor_file(path, LAYER_USER) for path in paths]
    errors = [error for file in loaded for error in file.errors]
    if errors:
        return errors
    curated, phoenix = builtin_actor_files()
    base = [load_actor_file(path, LAYER_PHOENIX) for path in phoenix] + [load_actor_file(path, LAYER_BUILTIN) for path in curated]
    errors = [error for file in base for error in file.errors]
    try:
        actors = _merge(base + loaded)
    except KnowledgeError as err:
        return errors + [err]
    _derive_institutions(actors)
    errors += _reference_errors(actors)
    errors += _index_claims(claim for actor in actors.values() for claim in _claims_of(actor))[1]
    return errors


def _merge(files: list[LoadedFile]) -> dict[str, KBActor]:
    actors: dict[str, KBActor] = {}
    for file in files:
        for actor in file.actors:
            previous = actors.get(actor.id)
            if previous is not None and previous.origin.layer == actor.origin.layer:
                raise KnowledgeError(actor.origin.path, actor.origin.line, f"duplicate id {actor.id!r} (also at {previous.origin})")
            if previous is None or previous.origin.layer <= actor.origin.layer:
                actors[actor.id] = actor
    return actors


def _derive_institutions(actors: dict[str, KBActor]) -> None:
    for state in [actor for actor in actors.values() if actor.type == "state"]:
        for code, (actor_type, template) in INSTITUTIONS.items():
            actor_id = f"{state.id}{code}"
            override = state.institutions.get(code, {})
            if actor_id in actors and actors[actor_id].origin.layer >= state.origin.layer:
                continue
            names = [Name(override.get("name") or template.format(name=state.name), "name", origin=state.origin)]
            names += override.get("names", [])
            actors[actor_id] = KBActor(
                id=actor_id, name=names[0].text, type=actor_type, origin=state.origin, country=state.country,
                cameo=override.get("cameo") or actor_id, wikidata=override.get("wikidata"), names=names, parent=state.id,
            )  # fmt: skip


def _reference_errors(actors: dict[str, KBActor]) -> list[KnowledgeError]:
    errors = []
    for actor in actors.values():
        for role in actor.roles:
            if role.actor and role.actor not in actors:
                errors.append(KnowledgeError(actor.origin.path, actor.origin.line, f"{actor.id}: role in unknown actor {role.actor!r}"))
        if actor.parent and actor.parent not in actors:
            errors.append(KnowledgeError(actor.origin.path, actor.origin.line, f"{actor.id}: unknown parent {actor.parent!r}"))
    return errors


def _claims_of(actor: KBActor) -> Iterator[tuple[str, NameEntry, Origin]]:
    """(key, entry, origin) for every name an actor may be written as."""
    names = [(name, False) for name in actor.names]
    names += [(Name(demonym, "demonym", origin=actor.origin), False) for demonym in actor.demonyms]
    # "Tehran said": a capital that speaks or acts stands for its state, as PETRARCH's and GDELT's
    # country dictionaries read it (IRN, not IRNGOV)
    names += [(Name(capital, "capital", origin=actor.origin), False) for capital in actor.capitals]
    if actor.type == "person":
        # "al-Sharaa" is also written "Sharaa".
        for name in actor.names:
            words = name_key(name.text).split()
            if len(words) == 2 and words[0] in _ARTICLES:
                names.append((Name(words[1], "surname", name.period, name.former, name.origin), True))
    for name, generated in names:
        key = name_key(name.text)
        if key:
            entry = NameEntry(
                actor=actor.id, kind=name.kind, period=name.period, exact_case=is_acronym(name.text),
                layer=actor.origin.layer, text=name.text, actor_type=actor.type, former=name.former,
                generated=generated or name.kind == "capital",
            )  # fmt: skip
            yield key, entry, name.origin or actor.origin


def _index_claims(claims: Iterable[tuple[str, NameEntry, Origin]]) -> tuple[dict[str, list[NameEntry]], list[KnowledgeError]]:
    by_key: dict[str, list[tuple[NameEntry, Origin | None]]] = defaultdict(list)
    for key, entry, origin in claims:
        by_key[key].append((entry, origin))
    index: dict[str, list[NameEntry]] = {}
    errors: list[KnowledgeError] = []
    for key, entries in by_key.items():
        kept = _resolve_claims(key, entries, errors)
        if kept:
            index[key] = kept
    return index, errors


def _resolve_claims(key: str, claims: list[tuple[NameEntry, Origin | None]], errors: list[KnowledgeError]) -> list[NameEntry]:
    """Keep the top layer's claims on a name; report two actors claiming it at the same time."""
    top = max(entry.layer for entry, _ in claims)
    claims = [(entry, origin) for entry, origin in claims if entry.layer == top]
    explicit = [(entry, origin) for entry, origin in claims if not entry.generated]
    if len({entry.actor for entry, _ in explicit}) > 1:
        for index, (first, first_origin) in enumerate(explicit):
            for second, second_origin in explicit[index + 1 :]:
                if first.actor != second.actor and first.period.overlaps(second.period) and top != LAYER_PHOENIX:
                    errors.append(
                        KnowledgeError(
                            str(second_origin.path) if second_origin else "?", second_origin.line if second_origin else None,
                            f"name {second.text!r} of {second.actor!r} is also claimed by {first.actor!r} at {first_origin} "
                            "for an overlapping period; remove one or give both from/to dates",
                        )
                    )  # fmt: skip
    if explicit:
        actors_with_explicit = {entry.actor for entry, _ in explicit}
        # A generated variant never competes with a name someone wrote down.
        claims = [(entry, origin) for entry, origin in claims if not entry.generated or entry.actor in actors_with_explicit]
    elif len({entry.actor for entry, _ in claims}) > 1:
        return []  # two generated variants collide: the name is ambiguous
    unique: dict[tuple[str, str, Period], NameEntry] = {}
    for entry, _ in claims:
        slot = (entry.actor, entry.kind, entry.period)
        kept = unique.setdefault(slot, entry)
        if kept.exact_case and not entry.exact_case:
            unique[slot] = entry  # "Nato" written out in the KB lifts the capitals-only rule of "NATO"
    return list(unique.values())


BLOCK = "__not_an_actor__"


def _add_blocks(names: dict[str, list[NameEntry]]) -> None:
    """Index phrases such as "Latin America" that contain a name but are no actor."""
    text = resources.files("newsift.data").joinpath("not_actors.txt").read_text("utf-8")
    for line in text.splitlines():
        phrase = line.strip()
        key = name_key(phrase)
        if key and not phrase.startswith("#") and key not in names:
            names[key] = [NameEntry(BLOCK, "block", Period(), False, LAYER_BUILTIN, phrase, "block")]


def _index_titles(actors: Iterable[KBActor]) -> dict[tuple[str, str], list[tuple[Period, str]]]:
    titles: dict[tuple[str, str], list[tuple[Period, str]]] = defaultdict(list)
    for actor in actors:
        for role in actor.roles:
            if role.actor and role.title:
                titles[(role.actor, role.title)].append((role.period, actor.id))
    return dict(titles)
