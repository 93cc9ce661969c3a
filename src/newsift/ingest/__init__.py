"""Readers that turn files, directories, feeds, JSONL and stdin into :class:`Article` objects.

:func:`read_inputs` is the single entry point.  It streams: articles, failures
(inputs that could not be read, with the reason) and skips (files a directory
walk passed over) come out one at a time, so a batch never stops on bad input.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Iterator, Sequence

from newsift.errors import InputError
from newsift.ingest.dateline import find_dateline
from newsift.ingest.detect import FORMATS, detect_format, is_supported
from newsift.ingest.feeds import read_feed
from newsift.ingest.html import read_html
from newsift.ingest.jsonl import read_json, read_jsonl
from newsift.ingest.records import DEFAULT_MAX_CHARS, IngestFailure, IngestOptions, Metadata, Skipped
from newsift.ingest.text import read_text
from newsift.model import Article

__all__ = [
    "DEFAULT_MAX_CHARS",
    "FORMATS",
    "IngestFailure",
    "IngestOptions",
    "Metadata",
    "Skipped",
    "find_dateline",
    "input_format_of",
    "read_inputs",
]

IngestItem = Article | IngestFailure | Skipped
STDIN = "-"
_SNIFF_BYTES = 8192
# Markup and JSON carry more bytes than text; beyond this the text limit cannot be met.
_MIN_RAW_LIMIT = 50_000_000


def read_inputs(sources: Sequence[str], options: IngestOptions | None = None) -> Iterator[IngestItem]:
    """Articles from every source in order: ``-`` is stdin, directories are walked recursively."""
    options = options or IngestOptions()
    for source in sources:
        if source == STDIN:
            yield from _guarded(STDIN, lambda: _read_stream(sys.stdin.buffer, "<stdin>", options))
            continue
        path = Path(source)
        if path.is_dir():
            yield from _read_directory(path, options)
        elif path.exists():
            yield from _guarded(source, lambda: _read_file(path, options))
        else:
            yield IngestFailure(source, "does not exist; check the path")


def input_format_of(source: str, options: IngestOptions) -> str | None:
    """The reader a single file would use (None for stdin, directories and missing paths)."""
    if options.input_format:
        return options.input_format
    path = Path(source)
    if source == STDIN or not path.is_file():
        return None
    with path.open("rb") as handle:
        return detect_format(path, handle.read(_SNIFF_BYTES))


def _guarded(source: str, read) -> Iterator[IngestItem]:
    """Run a reader; an :class:`InputError` or OS error becomes a failure record, not a crash."""
    try:
        yield from read()
    except InputError as err:
        yield IngestFailure(err.source, err.reason)
    except OSError as err:
        yield IngestFailure(source, f"could not be read ({err.strerror or err}); check permissions")
    except Exception as err:  # a reader bug must not end a batch; report it with the input
        yield IngestFailure(source, f"could not be read ({type(err).__name__}: {err}); please report this as a bug")


def _read_directory(root: Path, options: IngestOptions) -> Iterator[IngestItem]:
    readable = 0
    skipped: list[Skipped] = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            if path.is_file():
                skipped.append(Skipped(str(path), "hidden file"))
            continue
        if not path.is_file():
            continue
        if not options.input_format and not is_supported(path):
            skipped.append(Skipped(str(path), f"unsupported extension {path.suffix or '(none)'}"))
            continue
        readable += 1
        yield from _guarded(str(path), lambda path=path: _read_file(path, options))
    yield from skipped
    if readable == 0:
        yield IngestFailure(
            str(root),
            f"contains no readable files ({len(skipped)} skipped); newsift reads "
            ".txt .md .html .htm .xml .rss .atom .jsonl .ndjson .json",
        )


def _read_file(path: Path, options: IngestOptions) -> Iterator[Article | IngestFailure]:
    source = str(path)
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
        fmt = options.input_format or detect_format(path, head)
        if fmt == "jsonl":
            handle.seek(0)
            yield from read_jsonl(handle, source, options)
            return
    size = path.stat().st_size
    if size > _raw_limit(fmt, options):
        raise InputError(
            source,
            f"is {size:,} bytes, too large for an article under --max-chars {options.max_chars:,}; "
            "split it or raise --max-chars",
        )
    yield from _read_bytes(path.read_bytes(), source, fmt, options)


def _read_stream(stream: BinaryIO, source: str, options: IngestOptions) -> Iterator[Article | IngestFailure]:
    # Peek rather than read, so JSONL on stdin streams line by line however long it is.
    head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if hasattr(stream, "peek") else b""
    fmt = options.input_format or detect_format(None, head)
    if fmt == "jsonl":
        yield from read_jsonl(stream, source, options)
        return
    limit = _raw_limit(fmt, options)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(source, f"is over the size limit (--max-chars {options.max_chars:,}); split it or raise --max-chars")
    if not head:
        fmt = options.input_format or detect_format(None, data[:_SNIFF_BYTES])
    yield from _read_bytes(data, source, fmt, options)


def _read_bytes(data: bytes, source: str, fmt: str, options: IngestOptions) -> Iterator[Article | IngestFailure]:
    if fmt == "text":
        yield read_text(data, source, options)
    elif fmt == "html":
        yield read_html(data, source, options)
    elif fmt == "feed":
        yield from read_feed(data, source, options)
    elif fmt == "json":
        yield from read_json(data, source, options)
    else:
        raise InputError(source, f"unknown input format {fmt!r}; use one of {', '.join(FORMATS)}")


def _raw_limit(fmt: str, options: IngestOptions) -> int:
    if fmt == "text":
        return options.max_chars * 4  # UTF-8 needs at most four bytes a character
    return max(options.max_chars * 8, _MIN_RAW_LIMIT)
