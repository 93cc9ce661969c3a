"""RSS and Atom files: each entry becomes an article (title, link, date, content or summary)."""

from __future__ import annotations

from typing import Iterator

from newsift.errors import InputError
from newsift.ingest.article import make_article, parse_date
from newsift.ingest.decode import looks_binary
from newsift.ingest.html import compose_text
from newsift.ingest.markup import fragment_to_text
from newsift.ingest.records import IngestFailure, IngestOptions, Metadata
from newsift.model import Article


def read_feed(data: bytes, source: str, options: IngestOptions) -> Iterator[Article | IngestFailure]:
    import feedparser

    if looks_binary(data):
        raise InputError(source, "looks like a binary file, not a feed; give an RSS or Atom XML file")
    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise InputError(source, f"is not an RSS/Atom feed with entries{why}; check the file")
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{source}#entry{number}"
        try:
            yield _entry_article(entry, where, outlet, options)
        except InputError as err:
            yield IngestFailure(where, err.reason)


def _entry_article(entry, source: str, outlet: str | None, options: IngestOptions) -> Article:
    title = fragment_to_text(entry.get("title", "")) or None
    body = fragment_to_text(_entry_body(entry))
    if not body:
        raise InputError(source, "entry has no content or summary text; nothing to analyse")
    published = None
    for key in ("published_parsed", "updated_parsed", "published", "updated"):
        try:
            # dict.get skips feedparser's deprecated published/updated aliasing (and its warning).
            published = parse_date(dict.get(entry, key))
        except ValueError:
            continue
        if published:
            break
    found = Metadata(title=title, outlet=outlet, url=entry.get("link") or None, published=published)
    return make_article(compose_text(title, body), source, found, options)


def _entry_body(entry) -> str:
    """The fullest text the entry carries: its longest content block, else its summary."""
    contents = [block.get("value", "") for block in entry.get("content", []) or []]
    contents.append(entry.get("summary", "") or "")
    return max(contents, key=len)
