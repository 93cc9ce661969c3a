"""The actor knowledge base as data: actors, their names, dated roles and periods."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ACTOR_TYPES = (
    "state", "government", "military", "police", "intelligence", "legislature", "judiciary",
    "armed_group", "party", "igo", "ngo", "media", "company", "person", "group", "other",
)  # fmt: skip

# Institutions derived for every state: code -> (type, default name template).
INSTITUTIONS = {
    "GOV": ("government", "Government of {name}"),
    "MIL": ("military", "Military of {name}"),
    "COP": ("police", "Police of {name}"),
    "SPY": ("intelligence", "Intelligence services of {name}"),
    "LEG": ("legislature", "Legislature of {name}"),
    "JUD": ("judiciary", "Judiciary of {name}"),
}

# Layers in rising precedence: a higher layer overrides a lower one.
LAYER_PHOENIX, LAYER_BUILTIN, LAYER_USER = 0, 1, 2
LAYER_NAMES = {LAYER_PHOENIX: "phoenix", LAYER_BUILTIN: "built-in", LAYER_USER: "user"}


@dataclass(frozen=True, slots=True)
class Period:
    """A half-open date range [start, end); None on either side means unbounded."""

    start: dt.date | None = None
    end: dt.date | None = None

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def overlaps(self, other: "Period") -> bool:
        starts_before_other_ends = self.start is None or other.end is None or self.start < other.end
        ends_after_other_starts = self.end is None or other.start is None or other.start < self.end
        return starts_before_other_ends and ends_after_other_starts

    @property
    def bounded(self) -> bool:
        return self.start is not None or self.end is not None

    def describe(self) -> str:
        start = self.start.isoformat() if self.start else "…"
        end = self.end.isoformat() if self.end else "…"
        return f"{start} to {end}"


ALWAYS = Period()


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an entry was written: for error messages and `actors lookup` explanations."""

    path: str
    line: int
    layer: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Name:
    """One way of writing an actor's name, and what kind of name it is."""

    text: str
    kind: str  # name | alias | label | former | demonym | capital | surname
    period: Period = ALWAYS
    former: str | None = None  # for kind "former": the former name this spelling belongs to
    origin: Origin | None = None


@dataclass(frozen=True, slots=True)
class Role:
    actor: str | None  # KB id of the body, or None when only a CAMEO code is known
    title: str | None
    period: Period
    cameo: str | None = None


@dataclass(frozen=True, slots=True)
class FormerName:
    name: str
    period: Period


@dataclass(slots=True)
class KBActor:
    id: str
    name: str
    type: str
    origin: Origin
    country: str | None = None
    iso2: str | None = None
    cameo: str | None = None
    wikidata: str | None = None
    names: list[Name] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    parent: str | None = None
    former_names: list[FormerName] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    gender: str | None = None
    institutions: dict[str, dict] = field(default_factory=dict)

    @property
    def code(self) -> str:
        """The CAMEO code events use for this actor: its own code, else its id."""
        return self.cameo or self.id

    def name_on(self, day: dt.date | None) -> str:
        """The name the actor went by on ``day`` (a former name before a renaming)."""
        if day is not None:
            for former in self.former_names:
                if former.period.contains(day):
                    return former.name
        return self.name
