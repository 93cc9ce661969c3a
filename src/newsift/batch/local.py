"""Batch ingest on this machine: inputs stream in, worker processes analyse, the main process
writes to DuckDB in small transactions that also record the run's manifest.

Resumable: an input recorded as done is not analysed again, and writing an article replaces
its rows, so killing a run and starting it again finishes without duplicates or losses.
Memory stays flat: inputs are read lazily and at most a few chunks are in flight.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

from newsift.batch.work import ChunkResult, Knowledge, analyse_chunk, chunked
from newsift.errors import NewsiftError
from newsift.ingest import IngestFailure, IngestOptions, Skipped, read_inputs
from newsift.model import Article
from newsift.store import InputRecord, Store
from newsift.store.database import ingest_time
from newsift.store.rows import analysis_rows

CHUNK = 64  # articles per task: fewer, larger batches parse faster; still small enough to stay flat
WRITE_EVERY = 64  # articles per transaction
# Crash tests set this to kill the run (SIGKILL, as `kill -9` would) after that many commits.
CRASH_ENV = "NEWSIFT_CRASH_AFTER_COMMITS"


@dataclass(slots=True)
class RunSummary:
    run_id: str
    ok: int = 0
    skipped: int = 0  # already in the store from an earlier run
    failed: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0


Progress = Callable[[int], None]  # called with the number of inputs just handled


def ingest_local(
    sources: Sequence[str], store: Store, run_id: str, workers: int, knowledge: Knowledge, options: IngestOptions, force: bool,
    advance: Progress | None = None, write_every: int = WRITE_EVERY,
) -> RunSummary:  # fmt: skip
    summary = RunSummary(run_id)
    done = set() if force else store.done_inputs()
    started = time.perf_counter()
    pending: list[tuple[str, dict[str, list[tuple]]]] = []  # (article id, rows per table)
    records: list[InputRecord] = []
    crash_after = int(os.environ.get(CRASH_ENV) or 0)
    commits = 0

    def flush() -> None:
        nonlocal commits
        if pending or records:
            store.write_rows(pending, run_id, records)
            pending.clear()
            records.clear()
            commits += 1
            if crash_after and commits >= crash_after:
                os.kill(os.getpid(), signal.SIGKILL)

    def take(result: ChunkResult) -> None:
        now = ingest_time()
        for analysis in result.analyses:
            # rows are built here, not in the workers: with one worker this process has a core
            # to spare, and with more the work costs the same wherever it runs
            pending.append((analysis.article.id, analysis_rows(analysis, run_id, now)))
            records.append(InputRecord(analysis.article.source or analysis.article.id, analysis.article.id, "ok"))
            summary.ok += 1
            if len(pending) >= write_every:
                flush()
        for source, reason in result.failures:
            records.append(InputRecord(source, None, "failed", reason))
            summary.failed += 1
            summary.failures.append((source, reason))
        if advance:
            advance(len(result.analyses) + len(result.failures))

    def rejected(item: IngestFailure | Skipped) -> None:
        if isinstance(item, IngestFailure):
            records.append(InputRecord(item.source, None, "failed", item.reason))
            summary.failed += 1
            summary.failures.append((item.source, item.reason))
            if advance:
                advance(1)

    def fresh_articles() -> Iterator[Article]:
        for item in read_inputs(sources, options):
            if not isinstance(item, Article):
                rejected(item)
                continue
            if (item.source or item.id) in done:
                summary.skipped += 1
                if advance:
                    advance(1)
                continue
            yield item

    chunks = chunked(fresh_articles(), CHUNK)
    if workers <= 0:  # analyse in this process
        for chunk in chunks:
            take(analyse_chunk(chunk, knowledge))
    else:
        _run_pool(chunks, workers, knowledge, take)
    flush()
    summary.seconds = time.perf_counter() - started
    return summary


def _run_pool(chunks: Iterator[list[Article]], workers: int, knowledge: Knowledge, take: Callable[[ChunkResult], None]) -> None:
    """Keep every worker busy with one chunk queued behind the running ones; results in any order.
    Even one worker runs in its own process: this process meanwhile reads and writes."""
    # spawn, not fork: the parent holds an open DuckDB connection and its threads
    context = multiprocessing.get_context("spawn")
    if workers > 1:
        _fill_caches(context, knowledge)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm, initargs=(knowledge,)) as pool:
            in_flight: set[Future] = set()
            for chunk in chunks:
                in_flight.add(pool.submit(analyse_chunk, chunk, knowledge))
                if len(in_flight) > workers:  # one chunk queued behind the running ones: enough to stay busy
                    finished, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                    for future in finished:
                        take(future.result())
            for future in in_flight:
                take(future.result())
    except BrokenProcessPool:
        raise NewsiftError(
            "a worker process died (killed, or out of memory); what was written is kept: run the same command again to resume, with fewer --workers if memory is short"
        ) from None


def _warm(knowledge: Knowledge) -> None:
    """Load the pipeline when the worker starts, not with its first chunk."""
    from newsift.nlp import get_pipeline

    _die_with_parent()
    nlp = get_pipeline(knowledge.kb, knowledge.events, knowledge.framing)
    # components load some knowledge on first use (place names, the gazetteer): load it now
    nlp("ISTANBUL, March 3 - Russian and Ukrainian officials met in Istanbul on Monday, Turkey's foreign ministry said.")
    marker = _warm_marker(knowledge)
    if not marker.exists():
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
        except OSError:
            pass


def _fill_caches(context, knowledge: Knowledge) -> None:
    """Build the on-disk knowledge caches in one throwaway process when they are out of date
    (first run after installing, a code change, edited knowledge files): workers building them
    all at once each hold half as much memory again for the rest of the run."""
    if _warm_marker(knowledge).exists():
        return
    process = context.Process(target=_warm, args=(knowledge,), name="newsift-cache-warmer")
    process.start()
    process.join()


def _warm_marker(knowledge: Knowledge) -> Path:
    """A file whose presence says the caches match this code, data and the user's knowledge files."""
    import newsift
    from newsift.actors.kb import user_kb_files
    from newsift.cache import cache_dir, fingerprint

    data = Path(newsift.__file__).resolve().parent / "data"
    sources = sorted(data.rglob("*")) + user_kb_files(knowledge.kb) + [Path(path) for path in (*knowledge.events, *knowledge.framing)]
    return cache_dir() / f"{fingerprint('warm', sources)}.ready"


def _die_with_parent() -> None:
    """A worker whose ingest was killed (``kill -9``) must not live on, holding memory and the
    terminal's pipes: Linux kills it with its parent; elsewhere a watchdog notices the parent
    has gone within a second."""
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before the call
            os._exit(1)
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="newsift-parent-watch", daemon=True).start()


def count_inputs(sources: Sequence[str]) -> int | None:
    """A quick estimate of how many articles the sources hold, for the progress bar: JSON Lines
    files count their lines, other files count one, directories are walked."""
    total = 0
    for source in sources:
        path = Path(source)
        if source == "-":
            return None
        files = [path] if path.is_file() else sorted(item for item in path.rglob("*") if item.is_file() and not item.name.startswith(".")) if path.is_dir() else []
        for file in files:
            suffix = file.suffix.lower()
            if suffix in (".jsonl", ".ndjson"):
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif suffix in (".rss", ".atom", ".xml"):
                data = file.read_bytes()
                total += max(1, data.count(b"<item") + data.count(b"<entry"))
            else:
                total += 1
    return total
