"""JSON Lines (one article object per line) and JSON (an object or a list of them)."""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from newsift.errors import InputError
from newsift.ingest.article import make_article, parse_date
from newsift.ingest.decode import decode_bytes
from newsift.ingest.records import IngestFailure, IngestOptions, Metadata
from newsift.model import Article

FIELDS_HELP = 'each record needs "text" and may have "id", "title", "outlet", "url", "published"'


def read_jsonl(lines: Iterable[bytes], source: str, options: IngestOptions) -> Iterator[Article | IngestFailure]:
    """One article per line; a bad line is reported and the next one read."""
    line_limit = options.max_chars * 4 + 65536
    for number, raw in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if not raw.strip():
            continue
        if len(raw) > line_limit:
            yield IngestFailure(where, f"line is over {line_limit:,} bytes; split the article or raise --max-chars")
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield IngestFailure(where, "line is not UTF-8; JSONL files must be UTF-8")
            continue
        except json.JSONDecodeError as err:
            yield IngestFailure(where, f"is not valid JSON ({err.msg}, column {err.colno}); each line must be one JSON object")
            continue
        yield _record_or_failure(record, where, options)


def read_json(data: bytes, source: str, options: IngestOptions) -> Iterator[Article | IngestFailure]:
    try:
        document = json.loads(decode_bytes(data, source, options.encoding))
    except json.JSONDecodeError as err:
        raise InputError(source, f"is not valid JSON ({err.msg}, line {err.lineno}); fix it or use JSONL") from None
    if isinstance(document, list):
        for index, record in enumerate(document):
            yield _record_or_failure(record, f"{source}[{index}]", options)
    else:
        yield _record_or_failure(document, source, options)


def _record_or_failure(record: Any, where: str, options: IngestOptions) -> Article | IngestFailure:
    try:
        return record_to_article(record, where, options)
    except InputError as err:
        return IngestFailure(where, err.reason)


def record_to_article(record: Any, source: str, options: IngestOptions) -> Article:
    if not isinstance(record, dict):
        raise InputError(source, f"is a JSON {type(record).__name__}, not an object; {FIELDS_HELP}")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(source, f'has no "text" string; {FIELDS_HELP}')
    try:
        published = parse_date(record.get("published"))
    except ValueError as err:
        raise InputError(source, f'"published": {err}') from None
    given_id = record.get("id")
    found = Metadata(
        title=_optional_str(record.get("title")),
        outlet=_optional_str(record.get("outlet")),
        url=_optional_str(record.get("url")),
        published=published,
        id=str(given_id) if given_id not in (None, "") else None,
    )
    return make_article(text, source, found, options)


def _optional_str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)
