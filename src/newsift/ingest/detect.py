"""Which reader an input needs: from its extension, else from its first bytes."""

from __future__ import annotations

import json
import re
from pathlib import Path

FORMATS = ("text", "html", "feed", "jsonl", "json")

EXTENSIONS: dict[str, str | None] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": None,  # a feed or an XHTML page: decided by content
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_MARK = re.compile(rb"<!doctype\s+html|<html\b|<body\b|<head\b|<article\b|<p\b|<div\b", re.IGNORECASE)


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in EXTENSIONS


def detect_format(path: Path | None, head: bytes) -> str:
    """The reader for an input; ``head`` is its first few KB."""
    if path is not None:
        known = EXTENSIONS.get(path.suffix.lower())
        if known:
            return known
    return sniff_format(head)


def sniff_format(head: bytes) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"{"):
        first_line = start.split(b"\n", 1)[0]
        try:
            json.loads(first_line)
            return "jsonl"
        except ValueError:
            return "json"
    if start.startswith(b"["):
        return "json"
    if _FEED_ROOT.search(start[:2048]):
        return "feed"
    if start.startswith(b"<") and _HTML_MARK.search(start[:4096]):
        return "html"
    return "text"
