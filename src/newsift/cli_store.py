"""``newsift ingest | merge | sql | export``: batch runs into the store and what comes out of it."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table

from newsift.cli_common import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, friendly_errors, stderr
from newsift.errors import UsageError

stdout = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)
_DB_HELP = "Database (default: NEWSIFT_DB, else ./newsift.duckdb)."
EXPORT_FORMATS = ("gdelt", "acled", "plover", "jsonl", "parquet", "geojson")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("merge")(merge)
    app.command("sql")(sql)
    app.command("export")(export)


@friendly_errors
def ingest(
    sources: list[str] = typer.Argument(..., metavar="SOURCE...", help="Files, directories, feeds, JSON Lines."),
    db: Optional[Path] = typer.Option(None, "--db", help=_DB_HELP),
    workers: int = typer.Option(1, "--workers", "-w", min=0, help="Worker processes analysing (each loads the model once); 0 analyses in this process."),
    engine: str = typer.Option("local", help="local (this machine) or dask (a Dask cluster; writes Parquet for `newsift merge`)."),
    scheduler: Optional[str] = typer.Option(None, help="Dask scheduler address; without it a local cluster is started."),
    parts: Optional[Path] = typer.Option(None, help="Where the dask engine writes Parquet partitions (default: <db>.parts)."),
    force: bool = typer.Option(False, help="Analyse inputs again even if an earlier run stored them."),
    published: Optional[str] = typer.Option(None, help="Publication date for inputs that lack one."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name, overriding the inputs'."),
    max_chars: int = typer.Option(2_000_000, min=1, help="Largest article accepted, in characters."),
    kb: list[Path] = typer.Option([], "--kb", help="Extra actor file; repeatable."),
    events: list[Path] = typer.Option([], "--events", help="Extra event lexicon file; repeatable."),
    framing: list[Path] = typer.Option([], "--framing", help="Extra framing lexicon file; repeatable."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on stderr."),
    commit_every: int = typer.Option(64, min=1, help="Articles per transaction (what a crash can lose and the resume redoes)."),
) -> None:
    """Analyse many articles into the store: resumable, with a manifest of every input."""
    from newsift.batch import ENGINES, Knowledge, run_ingest
    from newsift.ingest import IngestOptions, Metadata
    from newsift.ingest.article import parse_date
    from newsift.store import default_db_path

    if engine not in ENGINES:
        raise UsageError(f"--engine {engine!r}: use local or dask")
    missing = [str(path) for path in [*kb, *events, *framing] if not path.is_file()]
    missing += [source for source in sources if source != "-" and not Path(source).exists()]
    if missing:
        raise UsageError(f"{missing[0]}: not found; give existing files or directories")
    try:
        day = parse_date(published)
    except ValueError as err:
        raise UsageError(f"--published: {err}") from None
    options = IngestOptions(max_chars=max_chars, overrides=Metadata(outlet=outlet, published=day))
    knowledge = Knowledge(tuple(map(str, kb)), tuple(map(str, events)), tuple(map(str, framing)))
    path = default_db_path(db)
    summary = run_ingest(sources, path, workers, engine, progress, options, knowledge, force, scheduler, parts, commit_every)
    where = f"{parts or str(path) + '.parts'} (load with: newsift merge {parts or str(path) + '.parts'} --db {path})" if engine == "dask" else str(path)
    stderr.print(
        f"{summary.ok} analysed, {summary.skipped} already stored, {summary.failed} failed in {summary.seconds:.1f} s "
        f"({summary.rate:.1f} articles/s) -> {where}",
        markup=False,
    )
    for source, reason in summary.failures[:20]:
        stderr.print(f"  failed: {source}: {reason}", markup=False)
    if len(summary.failures) > 20:
        stderr.print(f"  ... and {len(summary.failures) - 20} more (see the run_inputs table)", markup=False)
    raise typer.Exit(EXIT_PARTIAL if summary.failed else EXIT_OK if summary.ok or summary.skipped else EXIT_USAGE)


@friendly_errors
def merge(
    parts: Path = typer.Argument(..., metavar="PARQUET_DIR", help="The partitions a dask ingest wrote."),
    db: Optional[Path] = typer.Option(None, "--db", help=_DB_HELP),
) -> None:
    """Load a dask run's Parquet partitions into the store (idempotent)."""
    from newsift.batch import merge_parts
    from newsift.store import default_db_path

    if not parts.is_dir():
        raise UsageError(f"{parts}: not a directory; give the --parts directory of a dask ingest")
    counts = merge_parts(parts, default_db_path(db))
    stdout.print(", ".join(f"{table} {count}" for table, count in counts.items()), markup=False)


@friendly_errors
def sql(
    query: str = typer.Argument(..., metavar="SQL", help='A read-only query, e.g. "SELECT cameo, count(*) FROM events GROUP BY 1".'),
    output_format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    db: Optional[Path] = typer.Option(None, "--db", help=_DB_HELP),
) -> None:
    """Run read-only SQL against the store (tables: articles, actors, mentions, events, claims, times, places, framing_cues, actor_labels, runs, run_inputs)."""
    from newsift.store.queries import run_sql

    with store_for_reading(db) as store:
        print_rows(run_sql(store, query), output_format)


@friendly_errors
def export(
    out: Path = typer.Argument(..., metavar="OUT", help="Output file (a directory for parquet)."),
    output_format: str = typer.Option(..., "--format", "-f", help="gdelt, acled, plover, jsonl, parquet or geojson."),
    status: list[str] = typer.Option([], help="Only events with these statuses (default: the format's; see docs/exports.md)."),
    db: Optional[Path] = typer.Option(None, "--db", help=_DB_HELP),
) -> None:
    """Export the store in a format other tools read (mappings: docs/exports.md)."""
    from newsift.store import exports

    if output_format not in EXPORT_FORMATS:
        raise UsageError(f"--format {output_format!r}: use one of {', '.join(EXPORT_FORMATS)}")
    with store_for_reading(db) as store:
        writer = getattr(exports, f"export_{output_format}")
        kwargs = {"statuses": tuple(status)} if status and output_format in ("gdelt", "acled", "plover", "geojson") else {}
        count = writer(store, out, **kwargs)
    stderr.print(f"{count} records -> {out}", markup=False)


@contextmanager
def store_for_reading(db: Optional[Path]) -> Iterator:
    from newsift.store import Store, default_db_path

    store = Store(default_db_path(db), read_only=True)
    try:
        yield store
    finally:
        store.close()


def print_rows(rows, output_format: str) -> None:
    """Query results as a rich table, CSV or JSON on stdout."""
    if output_format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(rows.columns)
        writer.writerows([[_plain(value) for value in row] for row in rows.rows])
    elif output_format == "json":
        records = [{column: _plain(value) for column, value in zip(rows.columns, row)} for row in rows.rows]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    elif output_format == "table":
        table = Table(*rows.columns, show_lines=False)
        for row in rows.rows:
            table.add_row(*("" if value is None else str(_plain(value)) for value in row))
        stdout.print(table)
        stdout.print(f"{len(rows.rows)} row(s)", markup=False)
    else:
        raise UsageError(f"--format {output_format!r}: use table, csv or json")


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value
