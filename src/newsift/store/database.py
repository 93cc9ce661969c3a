"""The embedded database: open (creating or migrating), write analysed articles idempotently,
and record runs and their input manifests."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from newsift import __version__
from newsift.errors import NewsiftError
from newsift.model import Analysis
from newsift.store.arrow import arrow_table
from newsift.store.rows import COLUMNS, analysis_rows
from newsift.store.schema import ARTICLE_TABLES, INDEXES, MIGRATIONS, SCHEMA_VERSION, TABLES

DB_ENV = "NEWSIFT_DB"
DEFAULT_DB = "newsift.duckdb"


class StoreError(NewsiftError):
    """The database cannot be opened or is from an incompatible newsift."""


def default_db_path(given: str | Path | None = None) -> Path:
    """``--db``, else ``NEWSIFT_DB``, else ``./newsift.duckdb``."""
    return Path(given or os.environ.get(DB_ENV) or DEFAULT_DB)


@dataclass(slots=True)
class InputRecord:
    """One line of a run's manifest: an input and what became of it."""

    input: str
    article_id: str | None
    status: str  # ok | failed | skipped
    reason: str | None = None


def ingest_time() -> dt.datetime:
    """The ``ingested_at`` stamp: UTC, without a zone (DuckDB TIMESTAMP)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Store:
    """A newsift DuckDB database.  Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path, read_only: bool = False, memory_limit: str | None = None) -> None:
        """``memory_limit`` caps DuckDB's buffer pool ("256MB"): a long ingest otherwise keeps
        every page it wrote cached, up to most of the machine's memory."""
        import duckdb

        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database; run `newsift ingest` first or give --db")
        # an ingest's writer runs beside the analysing workers: one thread, bounded memory
        config = {"memory_limit": memory_limit, "threads": 1} if memory_limit else {}
        try:
            self.connection = duckdb.connect(str(self.path), read_only=read_only, config=config)
        except duckdb.Error as err:
            raise StoreError(f"{self.path}: cannot open the database ({str(err).splitlines()[0]}); is another newsift writing to it?") from None
        if not read_only:
            self._create_or_migrate()
        else:
            self._check_version()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    # --- schema -----------------------------------------------------------------------------

    def _create_or_migrate(self) -> None:
        db = self.connection
        db.execute(TABLES["meta"])
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: written by a newer newsift (schema {version}, this one reads {SCHEMA_VERSION}); upgrade newsift")
        db.execute("BEGIN TRANSACTION")
        try:
            for statement in TABLES.values():
                db.execute(statement)
            for statement in INDEXES:
                db.execute(statement)
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS.get(target, ()):
                    db.execute(statement)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            db.execute("COMMIT")
        except Exception:
            db.execute("ROLLBACK")
            raise

    def _check_version(self) -> None:
        try:
            row = self.connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except Exception:
            raise StoreError(f"{self.path}: not a newsift database") from None
        if row is None or int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema {row[0] if row else 'unknown'} is not one this newsift reads ({SCHEMA_VERSION})")

    @property
    def schema_version(self) -> int:
        row = self.connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0])

    # --- writing ------------------------------------------------------------------------------

    def write(self, analyses: Sequence[Analysis], run_id: str | None = None, inputs: Iterable[InputRecord] = ()) -> None:
        """Write analysed articles and manifest lines in one transaction.

        An article already in the store is replaced, never duplicated: writing is idempotent.
        """
        now = ingest_time()
        self.write_rows([(analysis.article.id, analysis_rows(analysis, run_id, now)) for analysis in analyses], run_id, inputs, now)

    def write_rows(
        self, articles: Sequence[tuple[str, dict[str, list[tuple]]]], run_id: str | None = None, inputs: Iterable[InputRecord] = (), now: dt.datetime | None = None
    ) -> None:
        """:meth:`write` for articles already turned into rows (``store.rows.analysis_rows``),
        as worker processes hand them over: (article id, rows per table)."""
        now = now or ingest_time()
        tables: dict[str, list[tuple]] = {table: [] for table in ARTICLE_TABLES}
        for _, article_tables in articles:
            for table, rows in article_tables.items():
                tables[table].extend(rows)
        ids = [(article_id,) for article_id, _ in articles]
        db = self.connection
        db.execute("BEGIN TRANSACTION")
        try:
            # only articles already stored are deleted: a fresh ingest then never scans the
            # growing tables, which would make every write slower than the last
            replaced = self.has_articles([article_id for (article_id,) in ids])
            if replaced:
                db.execute("CREATE TEMP TABLE IF NOT EXISTS replaced (article_id VARCHAR)")
                db.execute("DELETE FROM replaced")
                db.executemany("INSERT INTO replaced VALUES (?)", [(article_id,) for article_id in sorted(replaced)])
                for table in ARTICLE_TABLES:
                    db.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM replaced)")
            for table, rows in tables.items():
                if rows:
                    _insert(db, table, rows)
            records = [(run_id, item.input, item.article_id, item.status, item.reason, now) for item in inputs]
            if records:
                db.executemany("INSERT INTO run_inputs VALUES (?, ?, ?, ?, ?, ?)", records)
            db.execute("COMMIT")
        except Exception:
            db.execute("ROLLBACK")
            raise

    def has_articles(self, article_ids: Sequence[str]) -> set[str]:
        """Which of these article ids the store already holds."""
        if not article_ids:
            return set()
        found = self.connection.execute("SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [list(article_ids)]).fetchall()
        return {row[0] for row in found}

    def done_inputs(self) -> set[str]:
        """Inputs some run already recorded as analysed (for resuming)."""
        return {row[0] for row in self.connection.execute("SELECT DISTINCT input FROM run_inputs WHERE status IN ('ok', 'skipped')").fetchall()}

    # --- runs -----------------------------------------------------------------------------------

    def start_run(self, sources: Sequence[str], engine: str, workers: int) -> str:
        run_id = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]
        self.connection.execute(
            "INSERT INTO runs VALUES (?, ?, NULL, ?, ?, ?, ?, 'running', 0, 0, 0)",
            [run_id, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), __version__, engine, workers, list(sources)],
        )
        return run_id

    def finish_run(self, run_id: str, ok: int, skipped: int, failed: int, status: str = "finished") -> None:
        self.connection.execute(
            "UPDATE runs SET finished_at = ?, status = ?, articles_ok = ?, articles_skipped = ?, inputs_failed = ? WHERE run_id = ?",
            [dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), status, ok, skipped, failed, run_id],
        )

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(f"no table {table!r}")
        return int(self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _insert(db, table: str, rows: list[tuple]) -> None:
    """Insert rows through Arrow: one statement however many rows."""
    frame = arrow_table(table, rows)  # noqa: F841  (DuckDB reads the local variable by name)
    db.execute(f"INSERT INTO {table} ({', '.join(COLUMNS[table])}) SELECT * FROM frame")
