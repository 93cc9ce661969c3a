"""Scale-out on Dask: the same per-article work on a cluster, each task writing Parquet
partitions; ``newsift merge`` loads them into DuckDB afterwards.

The driver streams inputs into chunks and keeps a bounded number of tasks in flight, so
memory stays flat on the driver too.  Without a scheduler address a local cluster with one
single-threaded worker process per core asked for is started.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator, Sequence

from newsift.batch.local import CHUNK, Progress, RunSummary
from newsift.batch.work import Knowledge, analyse_chunk, chunked
from newsift.ingest import IngestFailure, IngestOptions, read_inputs
from newsift.model import Article
from newsift.store import InputRecord


def analyse_to_parquet(articles: list[Article], knowledge: Knowledge, out_dir: str, name: str, run_id: str) -> tuple[int, list[tuple[str, str]]]:
    """One task: analyse the chunk and write its partition. Returns (ok, failures)."""
    from newsift.batch.parquet import write_partition

    result = analyse_chunk(articles, knowledge)
    records = [InputRecord(item.article.source or item.article.id, item.article.id, "ok") for item in result.analyses]
    records += [InputRecord(source, None, "failed", reason) for source, reason in result.failures]
    write_partition(result.analyses, records, Path(out_dir), name, run_id)
    return len(result.analyses), result.failures


def ingest_dask(
    sources: Sequence[str], parts: Path, run_id: str, workers: int, knowledge: Knowledge, options: IngestOptions,
    scheduler: str | None = None, done: set[str] | None = None, advance: Progress | None = None,
) -> RunSummary:  # fmt: skip
    from dask.distributed import Client, LocalCluster, as_completed

    from newsift.batch.parquet import write_partition

    summary = RunSummary(run_id)
    done = done or set()
    parts.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rejected: list[InputRecord] = []

    def fresh() -> Iterator[Article]:
        for item in read_inputs(sources, options):
            if isinstance(item, IngestFailure):
                rejected.append(InputRecord(item.source, None, "failed", item.reason))
                summary.failed += 1
                summary.failures.append((item.source, item.reason))
            elif isinstance(item, Article):
                if (item.source or item.id) in done:
                    summary.skipped += 1
                    continue
                yield item

    cluster = None if scheduler else LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(scheduler) if scheduler else Client(cluster)
    try:
        pending = as_completed()
        in_flight = 0
        for index, chunk in enumerate(chunked(fresh(), CHUNK)):
            pending.add(client.submit(analyse_to_parquet, chunk, knowledge, str(parts), f"{run_id}-{index:06d}", run_id, pure=False))
            in_flight += 1
            while in_flight >= 2 * max(1, workers):
                in_flight -= _collect(next(pending), summary, advance)
        for future in pending:
            in_flight -= _collect(future, summary, advance)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if rejected:
        write_partition([], rejected, parts, f"{run_id}-rejected", run_id)
    summary.seconds = time.perf_counter() - started
    return summary


def _collect(future, summary: RunSummary, advance: Progress | None) -> int:
    ok, failures = future.result()
    summary.ok += ok
    summary.failed += len(failures)
    summary.failures.extend(failures)
    if advance:
        advance(ok + len(failures))
    future.release()
    return 1


def done_in_parts(parts: Path) -> set[str]:
    """Inputs an earlier run into the same directory already analysed (for resuming)."""
    import duckdb

    manifest = parts / "run_inputs"
    if not any(manifest.glob("*.parquet")):
        return set()
    rows = duckdb.sql(f"SELECT DISTINCT input FROM read_parquet('{manifest}/*.parquet') WHERE status = 'ok'").fetchall()
    return {row[0] for row in rows}
