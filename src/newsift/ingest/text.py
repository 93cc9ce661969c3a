"""Plain text articles: the file's text as is; a short first line is taken as the headline."""

from __future__ import annotations

import re

from newsift.ingest.article import make_article
from newsift.ingest.dateline import find_dateline
from newsift.ingest.decode import decode_bytes
from newsift.ingest.records import IngestOptions, Metadata
from newsift.model import Article

_MAX_HEADLINE = 200
_SENTENCE_END = re.compile(r"[.;,]['\"’”]?$")


def read_text(data: bytes, source: str, options: IngestOptions) -> Article:
    text = decode_bytes(data, source, options.encoding)
    return make_article(text, source, Metadata(title=headline_of(text)), options)


def headline_of(text: str) -> str | None:
    """The first line when it reads as a headline: short, unpunctuated, followed by a body.

    A first line that is itself a dateline opens the body and is not a headline.
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    first = lines[0]
    if len(first) > _MAX_HEADLINE or len(first.split()) > 30 or _SENTENCE_END.search(first):
        return None
    if find_dateline(first) is not None:
        return None
    return first
