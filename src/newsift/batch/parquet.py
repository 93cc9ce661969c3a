"""Analyses as Parquet partitions (one directory per table), and merging them into DuckDB."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Sequence

from newsift.errors import UsageError
from newsift.model import Analysis
from newsift.store import InputRecord, Store
from newsift.store.arrow import arrow_table
from newsift.store.rows import COLUMNS, analysis_rows
from newsift.store.schema import ARTICLE_TABLES

MANIFEST = "run_inputs"


def write_partition(analyses: Sequence[Analysis], records: Sequence[InputRecord], out_dir: Path, name: str, run_id: str) -> None:
    """Write one partition: ``out_dir/<table>/<name>.parquet`` for every table with rows."""
    import pyarrow.parquet as pq

    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    tables: dict[str, list[tuple]] = {table: [] for table in ARTICLE_TABLES}
    for analysis in analyses:
        for table, rows in analysis_rows(analysis, run_id, now).items():
            tables[table].extend(rows)
    tables[MANIFEST] = [(run_id, item.input, item.article_id, item.status, item.reason, now) for item in records]
    for table, rows in tables.items():
        if not rows:
            continue
        directory = out_dir / table
        directory.mkdir(parents=True, exist_ok=True)
        # written under a temporary name and renamed, so a half-written file is never merged
        temporary = directory / f".{name}.parquet.tmp"
        pq.write_table(arrow_table(table, rows), temporary)
        temporary.replace(directory / f"{name}.parquet")


def merge_partitions(store: Store, parts: Path) -> dict[str, int]:
    """Load every partition under ``parts`` into the store, replacing articles already there.

    One transaction for the whole merge: it lands completely or not at all."""
    if not (parts / "articles").is_dir():
        raise UsageError(f"{parts}: no Parquet partitions here (expected {parts}/articles/*.parquet); give the --parts directory of a dask ingest")
    db = store.connection
    counts: dict[str, int] = {}
    db.execute("BEGIN TRANSACTION")
    try:
        # A re-run into the same directory may hold an article twice: keep its newest partition.
        db.execute(
            f"""CREATE OR REPLACE TEMP TABLE chosen AS
                SELECT article_id, parse_filename(filename) AS part FROM read_parquet('{_glob(parts, "articles")}', filename = true)
                QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY ingested_at DESC, filename DESC) = 1"""
        )
        for table in ARTICLE_TABLES:
            db.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM chosen)")
            if any((parts / table).glob("*.parquet")):
                columns = ", ".join(f"t.{column}" for column in COLUMNS[table])
                db.execute(
                    f"""INSERT INTO {table} ({", ".join(COLUMNS[table])})
                        SELECT {columns} FROM read_parquet('{_glob(parts, table)}', filename = true) t
                        JOIN chosen c ON t.article_id = c.article_id AND parse_filename(t.filename) = c.part"""
                )
            counts[table] = int(db.execute(f"SELECT count(*) FROM {table} WHERE article_id IN (SELECT article_id FROM chosen)").fetchone()[0])
        if any((parts / MANIFEST).glob("*.parquet")):
            manifest = f"read_parquet('{_glob(parts, MANIFEST)}')"
            db.execute(f"DELETE FROM run_inputs WHERE run_id IN (SELECT DISTINCT run_id FROM {manifest})")  # merging twice adds nothing
            db.execute(f"INSERT INTO run_inputs SELECT * FROM {manifest}")
        db.execute("COMMIT")
    except Exception:
        db.execute("ROLLBACK")
        raise
    return counts


def _glob(parts: Path, table: str) -> str:
    return str(parts / table / "*.parquet").replace("'", "''")
