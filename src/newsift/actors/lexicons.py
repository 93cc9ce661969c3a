"""Word lists for actors that are not names: generic agents, role titles, descriptions."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsift.yamlio import parse_yaml

from newsift.actors.normalize import name_key
from newsift.actors.wordmatch import phrase_lengths
from newsift.errors import KnowledgeError


@dataclass(frozen=True, slots=True)
class Lexicons:
    agents: dict[str, str]  # "security forces" -> "MIL" (singular and plural keys)
    titles: dict[str, str]  # "defence secretary" -> "Defence Minister"
    descriptions: dict[str, tuple[str, ...]]  # "group" -> ("armed_group", "party", ...)
    speech_verbs: frozenset[str]  # lemmas: "say", "claim", ...
    short_forms: tuple["ShortForm", ...]  # "the North" -> PRK in a story naming PRK or KOR
    agent_lengths: dict[str, tuple[int, ...]]
    title_lengths: dict[str, tuple[int, ...]]


@dataclass(frozen=True, slots=True)
class ShortForm:
    words: str
    actor: str
    when: frozenset[str]


LEXICON_FILES = ("agents.yaml", "agents_phoenix.tsv", "titles.yaml", "descriptions.yaml", "speech_verbs.yaml", "not_actors.txt", "short_forms.yaml")


def lexicon_files() -> list[Path]:
    """The data files the lexicons are read from (for cache invalidation)."""
    root = Path(str(resources.files("newsift.data")))
    return [root / name for name in LEXICON_FILES]


def load_lexicons() -> Lexicons:
    # the curated list wins, its plurals too ("fishermen" is CVL, not Phoenix's AGR)
    agents: dict[str, str] = {}
    for source in (_phrase_map("agents.yaml"), _phoenix_agents()):
        for phrase, code in source.items():
            agents.setdefault(phrase, code)
            agents.setdefault(plural_of(phrase), code)
    titles = _phrase_map("titles.yaml")
    descriptions = {str(head): tuple(types) for head, types in _yaml("descriptions.yaml").items()}
    speech = _yaml("speech_verbs.yaml")
    return Lexicons(
        agents=agents,
        titles=titles,
        descriptions=descriptions,
        speech_verbs=frozenset(str(verb) for verbs in speech.values() for verb in verbs),
        short_forms=_short_forms("short_forms.yaml"),
        agent_lengths=phrase_lengths(agents),
        title_lengths=phrase_lengths(titles),
    )


_IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children", "staff": "staff", "police": "police", "personnel": "personnel", "militia": "militias", "media": "media", "people": "people"}


def plural_of(phrase: str) -> str:
    """English plural of a phrase's last word: "security force" -> "security forces"."""
    head, _, last = phrase.rpartition(" ")
    if last in _IRREGULAR_PLURALS:
        plural = _IRREGULAR_PLURALS[last]
    elif last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def _yaml(name: str) -> dict:
    text = resources.files("newsift.data").joinpath(name).read_text("utf-8")
    data = parse_yaml(text, name)
    if not isinstance(data, dict):
        raise KnowledgeError(name, 1, "expected a mapping of value -> list of phrases")
    return data


def _short_forms(name: str) -> tuple[ShortForm, ...]:
    return parse_short_forms(resources.files("newsift.data").joinpath(name).read_text("utf-8"), name)


def parse_short_forms(text: str, name: str) -> tuple[ShortForm, ...]:
    """The entries of a short-forms file; a :class:`KnowledgeError` naming file and line if invalid."""
    data = parse_yaml(text, name) or []
    if not isinstance(data, list):
        raise KnowledgeError(name, 1, "expected a list of {words, actor, when} entries")
    forms = []
    for item in data:
        line = getattr(item, "line", None)
        if not isinstance(item, dict) or not isinstance(item.get("words"), str) or not isinstance(item.get("actor"), str):
            raise KnowledgeError(name, line, "each entry needs 'words' and 'actor' as text")
        when = item.get("when")
        if not isinstance(when, list) or not when or not all(isinstance(actor, str) for actor in when):
            raise KnowledgeError(name, line, "'when' must be a non-empty list of actor ids")
        forms.append(ShortForm(item["words"], item["actor"], frozenset(when)))
    return tuple(forms)


def _phrase_map(name: str) -> dict[str, str]:
    """Invert ``value: [phrases]`` into ``phrase key -> value``."""
    mapping: dict[str, str] = {}
    for value, phrases in _yaml(name).items():
        for phrase in phrases or []:
            mapping.setdefault(name_key(str(phrase)), str(value))
    return mapping


def _phoenix_agents() -> dict[str, str]:
    resource = resources.files("newsift.data").joinpath("agents_phoenix.tsv")
    if not resource.is_file():
        return {}
    agents = {}
    for line in resource.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0] and not parts[0].startswith("#"):
            agents.setdefault(name_key(parts[0]), parts[1].strip()[:3])
    return agents
