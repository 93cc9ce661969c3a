"""Bytes to text: refuse binary files, honour BOMs and declared charsets, detect the rest."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from newsift.errors import InputError

_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
    b"Rar!",
    b"7z\xbc\xaf",
    b"SQLite format 3",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27})
_DECLARED_CHARSET = re.compile(
    rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9_\-:.]+)""",
    re.IGNORECASE,
)


def looks_binary(data: bytes) -> bool:
    """True for files that are clearly not text: known magic numbers, NULs or many control bytes."""
    if any(data.startswith(magic) for magic in _BINARY_MAGIC):
        return True
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False  # UTF-16/32 text legitimately contains NUL bytes
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(head.count(byte) for byte in _CONTROL_BYTES)
    return controls / len(head) > 0.05


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML <meta> or an XML declaration names in the first few KB, if valid."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, source: str, encoding: str | None = None) -> str:
    """Decode ``data`` to ``str`` without altering the characters (a BOM is dropped).

    Order: an explicit ``encoding``; a byte-order mark; UTF-8; the charset the file
    declares; statistical detection.  Raises :class:`InputError` when none works.
    """
    if looks_binary(data):
        raise InputError(
            source, "looks like a binary file, not text; give a text, HTML, RSS/Atom or JSONL file"
        )
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise InputError(source, f"unknown encoding {encoding!r}; pass a name such as utf-8 or cp1256") from None
        except UnicodeDecodeError as err:
            raise InputError(
                source, f"is not valid {encoding} (byte {err.start}); check the file's encoding"
            ) from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(data)
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    detected = _detect(data)
    if detected is not None:
        return detected
    raise InputError(
        source,
        "is not UTF-8 and its encoding could not be detected; convert it to UTF-8 or pass --encoding NAME",
    )


def _detect(data: bytes) -> str | None:
    """Statistical detection, nudged towards Windows-1252 for mostly-ASCII (English) text.

    Detectors often pick a DOS code page for English text whose only non-ASCII
    bytes are Windows-1252 curly quotes and dashes; when Windows-1252 is among the
    equally clean candidates, it is the likelier source of English news copy.
    """
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None or best.chaos >= 0.2:
        return None
    ascii_share = sum(byte < 0x80 for byte in data) / len(data)
    if ascii_share >= 0.8 and best.encoding != "cp1252":
        for match in matches:
            if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + 0.05:
                try:
                    return data.decode("cp1252")
                except UnicodeDecodeError:
                    break
    return str(best)
