"""Batch runs: many articles into the store, on this machine or on a Dask cluster.

``run_ingest`` is the library entry point the CLI (``newsift ingest``) and the benchmarks use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from newsift.batch.local import WRITE_EVERY, RunSummary, count_inputs, ingest_local
from newsift.batch.work import Knowledge
from newsift.errors import raise_first
from newsift.ingest import IngestOptions
from newsift.store import Store

ENGINES = ("local", "dask")
# DuckDB buffer pool while ingesting: writes need little, and memory must stay flat over long runs.
INGEST_DB_MEMORY = "128MB"


def run_ingest(
    sources: Sequence[str],
    db: str | Path,
    workers: int = 1,
    engine: str = "local",
    progress: bool = False,
    options: IngestOptions | None = None,
    knowledge: Knowledge | None = None,
    force: bool = False,
    scheduler: str | None = None,
    parts: str | Path | None = None,
    commit_every: int = WRITE_EVERY,
) -> RunSummary:
    """Analyse every input and store the results.

    ``engine="local"`` writes to the DuckDB database ``db`` as it goes (resumable: inputs already
    done are skipped unless ``force``).  ``engine="dask"`` writes Parquet partitions to ``parts``
    (default: ``<db>.parts``) for ``merge_parts`` to load.
    """
    from newsift.batch.progress import progress_bar

    options = options or IngestOptions()
    knowledge = knowledge or Knowledge()
    check_knowledge(knowledge)
    total = count_inputs(sources) if progress else None
    with progress_bar(progress, total) as advance:
        if engine == "dask":
            from newsift.batch.dask_runner import done_in_parts, ingest_dask

            parts_dir = Path(parts) if parts else Path(f"{db}.parts")
            done = set() if force else done_in_parts(parts_dir)
            run_id = _run_id()
            return ingest_dask(sources, parts_dir, run_id, workers, knowledge, options, scheduler, done, advance)
        with Store(db, memory_limit=INGEST_DB_MEMORY) as store:
            run_id = store.start_run(list(sources), engine, workers)
            try:
                summary = ingest_local(sources, store, run_id, workers, knowledge, options, force, advance, commit_every)
            except BaseException:
                store.finish_run(run_id, 0, 0, 0, status="interrupted")
                raise
            store.finish_run(run_id, summary.ok, summary.skipped, summary.failed)
            return summary


def check_knowledge(knowledge: Knowledge) -> None:
    """Raise the first problem in the user's knowledge files here, as one clear error, before any
    worker process fails to build its pipeline from them."""
    from newsift.actors.kb import check_files, user_kb_files
    from newsift.events.lexicon import check_event_files
    from newsift.framing.lexicon import check_framing_files

    kb_files = user_kb_files(knowledge.kb)
    problems = check_files(kb_files) if kb_files else []
    problems += check_event_files(knowledge.events) if knowledge.events else []
    problems += check_framing_files(knowledge.framing) if knowledge.framing else []
    raise_first(problems, "newsift actors|events|framing check")


def merge_parts(parts: str | Path, db: str | Path) -> dict[str, int]:
    """Load a Dask run's Parquet partitions into the DuckDB database ``db``."""
    from newsift.batch.parquet import merge_partitions

    with Store(db) as store:
        return merge_partitions(store, Path(parts))


def _run_id() -> str:
    import datetime as dt
    import uuid

    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]


__all__ = ["ENGINES", "Knowledge", "RunSummary", "merge_parts", "run_ingest"]
