"""Turn decoded text plus metadata into an :class:`Article` (id, dateline, checks)."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from newsift.errors import InputError
from newsift.ingest.dateline import find_dateline
from newsift.ingest.records import IngestOptions, Metadata
from newsift.model import Article, article_id_for


def make_article(text: str, source: str, found: Metadata, options: IngestOptions) -> Article:
    """Build an article from ``text`` exactly as given; command-line overrides win over ``found``."""
    if not text.strip():
        raise InputError(source, "is empty (no text to analyse); give a file with article text")
    if len(text) > options.max_chars:
        raise InputError(
            source,
            f"is {len(text):,} characters, over the limit of {options.max_chars:,}; "
            "split it into articles or raise --max-chars",
        )
    given = options.overrides
    published = given.published or found.published
    return Article(
        id=found.id or article_id_for(text),
        title=given.title or found.title,
        outlet=given.outlet or found.outlet,
        url=given.url or found.url,
        published=published,
        dateline=find_dateline(text, published),
        language="en",
        text=text,
        source=source,
    )


def parse_date(value: Any) -> dt.date | None:
    """A calendar date from ISO strings, free-form dates, datetimes or struct_time; None if absent.

    Raises ``ValueError`` when a value is present but is not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a date")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 and text[4] == "-" else dt.date.fromisoformat(text)
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None:
        raise ValueError(f"{value!r} is not a date; use ISO 8601 such as 2025-09-14")
    return parsed.date()
