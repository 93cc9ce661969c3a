"""What ingest yields besides articles, and the options every reader shares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

DEFAULT_MAX_CHARS = 2_000_000


@dataclass(slots=True)
class Metadata:
    """Article metadata read from the input or given on the command line."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    id: str | None = None


@dataclass(slots=True)
class IngestOptions:
    input_format: str | None = None  # force a reader instead of detecting one
    max_chars: int = DEFAULT_MAX_CHARS
    encoding: str | None = None
    overrides: Metadata = field(default_factory=Metadata)


@dataclass(slots=True)
class IngestFailure:
    """An input (file, feed entry, JSONL line) that could not become an article."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True)
class Skipped:
    """A file a directory walk passed over on purpose (hidden, unsupported extension)."""

    source: str
    reason: str
