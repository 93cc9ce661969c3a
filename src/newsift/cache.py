"""A small on-disk cache for knowledge built from data files (actor KB, gazetteer index).

Entries are pickles named by a fingerprint of the newsift version and code and the size and
modification time of every source file, so editing a data file rebuilds its entry.
The directory is ``NEWSIFT_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsift``, else
``~/.cache/newsift``.  A cache that cannot be read or written is simply skipped.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

from newsift import __version__

CACHE_ENV = "NEWSIFT_CACHE_DIR"
T = TypeVar("T")
_KEEP_PER_KIND = 3


def cache_dir() -> Path:
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsift"


@lru_cache(maxsize=1)
def _code_stamp() -> str:
    """Size and time of newsift's own modules: a cached object pickled by other code (an
    edited class, a development checkout) is never read back."""
    package = Path(__file__).resolve().parent
    parts = []
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        parts.append(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def fingerprint(kind: str, sources: Iterable[Path], extra: Iterable[str] = ()) -> str:
    digest = hashlib.sha256(f"{kind}\0{__version__}\0{_code_stamp()}".encode())
    for path in sources:
        try:
            stat = path.stat()
            digest.update(f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
        except OSError:
            digest.update(f"{path}\0missing\0".encode())
    for item in extra:
        digest.update(item.encode() + b"\0")
    return f"{kind}-{digest.hexdigest()[:20]}"


def read_cache(key: str) -> Any | None:
    path = cache_dir() / f"{key}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def write_cache(key: str, value: Any) -> None:
    directory = cache_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=directory, delete=False, suffix=".tmp") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, directory / f"{key}.pickle")
        _prune(directory, key.split("-", 1)[0])
    except OSError:
        return


def _prune(directory: Path, kind: str) -> None:
    entries = sorted(directory.glob(f"{kind}-*.pickle"), key=lambda path: path.stat().st_mtime, reverse=True)
    for stale in entries[_KEEP_PER_KIND:]:
        stale.unlink(missing_ok=True)


def cached(key: str, build: Callable[[], T], kind: type, use_cache: bool = True) -> T:
    """The object stored under ``key`` if it is a ``kind``; else ``build()``, stored."""
    if use_cache:
        found = read_cache(key)
        if isinstance(found, kind):
            return found
    value = build()
    if use_cache:
        write_cache(key, value)
    return value
