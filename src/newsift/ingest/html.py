"""HTML pages: trafilatura finds the main text and the page's title, date and site name."""

from __future__ import annotations

import re

from newsift.errors import InputError
from newsift.ingest.article import make_article, parse_date
from newsift.ingest.decode import decode_bytes
from newsift.ingest.records import IngestOptions, Metadata
from newsift.model import Article

_HTML_ROOT = re.compile(r"<html\b|<body\b", re.IGNORECASE)
_MIN_WORDS = 5  # below this, what trafilatura found is navigation or a caption, not an article


def read_html(data: bytes, source: str, options: IngestOptions) -> Article:
    """The article in an HTML page; its text is the headline line, a blank line, then the body."""
    import trafilatura

    page = decode_bytes(data, source, options.encoding)
    if not _HTML_ROOT.search(page[:4096]):
        page = f"<html><body>{page}</body></html>"  # trafilatura rejects bare fragments
    try:
        extracted = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as err:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(source, f"could not be parsed as HTML ({type(err).__name__}); check the file") from None
    body = (extracted.text or "").strip() if extracted is not None else ""
    if len(body.split()) < _MIN_WORDS:
        raise InputError(
            source,
            "has no main text that could be extracted; if it is not an HTML page, pass --input text",
        )
    title = (extracted.title or "").strip() or None
    text = compose_text(title, body)
    try:
        published = parse_date(extracted.date)
    except ValueError:
        published = None  # the page's own date guess is optional metadata
    found = Metadata(title=title, outlet=extracted.sitename or None, url=extracted.url or None, published=published)
    return make_article(text, source, found, options)


def compose_text(title: str | None, body: str) -> str:
    """Headline then body, so that headline claims and framing have offsets like the body's."""
    if not title or body.startswith(title):
        return body
    return f"{title}\n\n{body}"
