"""The data newsift produces, independent of spaCy.

Every class here is a plain dataclass whose fields are laid out in the order and
with the names of the JSON output contract (``DESIGN.md``), so that
:func:`to_dict` can serialise them generically and :func:`from_dict` can read
them back.  Offsets are Python ``str`` indices into ``Article.text``,
end-exclusive.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Iterator, TypeVar

T = TypeVar("T")

EVENT_STATUSES = (
    "asserted",
    "reported",
    "negated",
    "denied",
    "speculative",
    "planned",
    "hypothetical",
)
CLAIM_KINDS = ("direct", "indirect", "according_to")


@dataclass(slots=True)
class Span:
    """A stretch of the article text: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> "Span":
        return cls(start, end, source[start:end])


@dataclass(slots=True)
class Mention:
    """One place where an actor is named or referred to."""

    start: int
    end: int
    text: str
    # name | alias | label | former | demonym | capital | surname | agent | title | description
    # | pronoun | fuzzy | ner | place (a place standing for its country in an event) | protest (the
    # protest word standing for the government a domestic protest is against): how the mention was recognised
    kind: str = "name"


@dataclass(slots=True)
class SentenceRange:
    start: int
    end: int


@dataclass(slots=True)
class DateValue:
    """A normalised date: ISO 8601 ``value`` (or None when unknown) and its precision."""

    value: str | None
    precision: str


@dataclass(slots=True)
class DatelineDate:
    text: str
    value: str | None
    precision: str | None


@dataclass(slots=True)
class Dateline:
    """A wire dateline at the head of the body ("DAMASCUS (Dispatches) –").

    The text is never altered: ``start``/``end`` locate the dateline, dash included.
    """

    place: str | None
    agency: str | None
    start: int
    end: int
    text: str
    region: str | None = None
    date: DatelineDate | None = None


@dataclass(slots=True)
class Article:
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    dateline: Dateline | None
    language: str
    text: str
    source: str | None = None  # where it was read from (path, path:line, feed entry)

    @property
    def reference_date(self) -> dt.date | None:
        """The date relative expressions are resolved against: dateline date, else published."""
        if self.dateline and self.dateline.date and self.dateline.date.value:
            try:
                return dt.date.fromisoformat(self.dateline.date.value)
            except ValueError:
                pass
        return self.published


@dataclass(slots=True)
class Affiliation:
    """The post a person held on the article's date, and the body it was held in."""

    actor: str | None
    name: str | None
    title: str | None
    cameo: str | None
    since: str | None = None
    until: str | None = None


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    type: str | None
    cameo: str | None
    wikidata: str | None
    resolved: bool
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None  # ISO 3166-1 alpha-3
    affiliation: Affiliation | None = None  # persons: their post on the article's date
    known_as: str | None = None  # the name on the article's date, when it differs from `name`
    demonym: str | None = None  # the adjective for the actor or its country ("Israeli"), for rewording


@dataclass(slots=True)
class Evidence:
    """One mention of an event: where it is said, and with what status there."""

    trigger: Span
    sentence: SentenceRange
    status: str


@dataclass(slots=True)
class Event:
    id: str
    source: str | None
    target: str | None
    cameo: str
    plover: str | None
    quad_class: int | None
    goldstein: float | None
    status: str
    date: DateValue | None
    place: int | None
    claim: str | None
    trigger: Span
    sentence: SentenceRange
    plover_mode: str | None = None
    status_cue: str | None = None  # the words that set a status other than asserted
    source_text: str | None = None  # the source and target as written
    target_text: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    id: str
    speaker: str | None
    speaker_text: str | None
    kind: str
    cue: str | None
    medium: str | None
    content: Span
    parent: str | None = None  # nested attribution: the id of the enclosing claim
    cue_lemma: str | None = None  # "claimed" -> "claim", for status and framing rules
    cue_span: Span | None = None  # where the cue is (framing reads loaded speech verbs off it)


@dataclass(slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    mod: str | None = None  # since | until | before | after | by | early | mid | late


@dataclass(slots=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str  # country | admin1 | city | region | landmark | zone
    occupied_by: str | None = None  # ISO2 of an occupying or controlling state (Golan Heights: IL)
    geonames_id: int | None = None


@dataclass(slots=True)
class FramingCue:
    """A word or phrase that labels, loads, hedges, doubts or editorialises (docs/conventions.md)."""

    start: int
    end: int
    text: str
    category: str  # labelling | loaded_language | doubt | hedge | vague_attribution | editorialising
    #                | exaggeration | minimisation | appeal_to_fear | loaded_speech_verb
    technique: str | None  # SemEval-2020 Task 11 technique, where one corresponds
    target: str | None  # the actor a label is attached to
    neutral: str | None  # a neutral alternative ("" means drop the word)
    voice: str = "outlet"  # outlet | quoted
    speaker: str | None = None  # for quoted cues: the speaker's actor id
    claim: str | None = None  # the claim whose content holds the cue
    polarity: str = "negative"  # negative | positive
    self_designation: bool = False  # the labelled actor's own word for itself
    source: str = "lexicon"  # lexicon | kb_label | scare_quote | rule (a pattern of the parse: questions, "everyone knows")
    #                        | evaluative (a strongly rated word of evaluative_words.tsv no curated entry decides on)
    #                        | register (framing only because the article's own voice loads: cues.loaded_register)


@dataclass(slots=True)
class ActorLabel:
    """A descriptor the article attaches to an actor: its words, how often, and where."""

    actor: str
    text: str
    count: int
    kind: str = "label"  # apposition | modifier | predicate | relative | title | label
    polarity: str = "neutral"  # neutral | negative | positive
    voice: str = "outlet"  # outlet | quoted (a speaker's descriptor)
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class SourceVoice:
    """One speaker's share of the article's quoted and reported speech."""

    speaker: str | None
    speaker_text: str | None
    side: str | None  # the speaker's country, or the speaker for bodies without one
    claims: int = 0
    quoted_chars: int = 0
    named: bool = True


@dataclass(slots=True)
class Sourcing:
    """Who the article lets speak, and how much it asserts on its own authority."""

    assertions: int = 0  # sentences that state something
    attributed: int = 0  # of those, the ones attributed to a source
    unattributed: int = 0
    named_sources: int = 0  # claims with a named speaker
    anonymous_sources: int = 0  # claims with no named speaker ("officials said", "reports")
    voices: list[SourceVoice] = field(default_factory=list)
    quoted_chars_by_side: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class Framing:
    cues: list[FramingCue] = field(default_factory=list)
    labels: list[ActorLabel] = field(default_factory=list)
    sourcing: Sourcing = field(default_factory=Sourcing)
    summary: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Analysis:
    newsift_version: str
    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    framing: Framing = field(default_factory=Framing)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Analysis":
        return from_dict(cls, data)


def article_id_for(text: str) -> str:
    """A stable id for an article without one: the same text always gives the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# --- JSON edge ---------------------------------------------------------------

# Fields that exist for the program's own bookkeeping and stay out of the contract.
_INTERNAL_FIELDS = {(Article, "source")}


def to_dict(obj: Any) -> Any:
    """Serialise model objects to JSON-ready dicts, keeping field order."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {
            f.name: to_dict(getattr(obj, f.name))
            for f in dataclasses.fields(obj)
            if (type(obj), f.name) not in _INTERNAL_FIELDS
        }
    if isinstance(obj, (dt.date, dt.datetime)):
        return obj.isoformat()
    if isinstance(obj, (list, tuple)):
        return [to_dict(item) for item in obj]
    if isinstance(obj, dict):
        return {key: to_dict(value) for key, value in obj.items()}
    return obj


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a model object from :func:`to_dict` output (extra keys are ignored)."""
    return _convert(cls, data)


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(tp) if arg is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is list:
        (item_type,) = typing.get_args(tp)
        return [_convert(item_type, item) for item in value]
    if origin is dict:
        return dict(value)
    if tp is dt.date:
        return dt.date.fromisoformat(value) if isinstance(value, str) else value
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        kwargs = {
            f.name: _convert(hints[f.name], value[f.name])
            for f in dataclasses.fields(tp)
            if f.name in value
        }
        return tp(**kwargs)
    return value


# --- provenance --------------------------------------------------------------


def iter_spans(obj: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Yield ``(path, item)`` for every object below ``obj`` that carries start/end offsets."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = {f.name for f in dataclasses.fields(obj)}
        if {"start", "end"} <= names:
            yield path or type(obj).__name__, obj
        for f in dataclasses.fields(obj):
            name = f.name
            if name == "text" and isinstance(obj, Article):
                continue
            yield from iter_spans(getattr(obj, name), f"{path}.{name}" if path else name)
    elif isinstance(obj, (list, tuple)):
        for index, item in enumerate(obj):
            yield from iter_spans(item, f"{path}[{index}]")


def provenance_errors(analysis: Analysis) -> list[str]:
    """Every span in the analysis whose offsets do not reproduce its text (empty when sound)."""
    text = analysis.article.text
    problems: list[str] = []
    for path, item in iter_spans(analysis):
        start, end = item.start, item.end
        if not (0 <= start <= end <= len(text)):
            problems.append(f"{path}: offsets {start}:{end} outside text of length {len(text)}")
            continue
        expected = getattr(item, "text", None)
        if expected is not None and text[start:end] != expected:
            problems.append(f"{path}: text[{start}:{end}] is {text[start:end]!r}, item says {expected!r}")
    return problems


def assert_provenance(analysis: Analysis) -> None:
    """Raise ``AssertionError`` naming every span that breaks ``text[start:end] == span.text``."""
    problems = provenance_errors(analysis)
    if problems:
        raise AssertionError("provenance broken:\n" + "\n".join(problems))
