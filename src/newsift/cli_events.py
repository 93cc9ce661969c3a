"""``newsift events ...``: validate event lexicon files and show what a word codes."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from newsift.cli_common import friendly_errors, report_file_problems
from newsift.errors import UsageError

events_app = typer.Typer(help="Query coded events in the store; inspect and extend the event lexicon.")
stdout = Console(highlight=False, soft_wrap=True)


@events_app.callback(invoke_without_command=True)
@friendly_errors
def query(
    context: typer.Context,
    actor: Optional[str] = typer.Option(None, help="Source actor id (ISR, hts, benjamin-netanyahu)."),
    target: Optional[str] = typer.Option(None, help="Target actor id."),
    either: bool = typer.Option(False, "--either", help="Match --actor as source or target."),
    cameo: Optional[str] = typer.Option(None, help="CAMEO code or prefix (19, 195)."),
    plover: Optional[str] = typer.Option(None, help="PLOVER type (ASSAULT, CONSULT, ...)."),
    status: list[str] = typer.Option([], help="asserted, reported, negated, denied, speculative, planned, hypothetical; repeatable."),
    since: Optional[str] = typer.Option(None, help="Events on or after this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Events on or before this date (YYYY-MM-DD)."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name (case-insensitive; % wildcards)."),
    limit: Optional[int] = typer.Option(None, min=1, help="At most this many events."),
    output_format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    db: Optional[Path] = typer.Option(None, "--db", help="Database (default: NEWSIFT_DB, else ./newsift.duckdb)."),
) -> None:
    """Events in the store, filtered: newsift events --actor ISR --cameo 19 --status asserted."""
    if context.invoked_subcommand is not None:
        return
    from newsift.cli_store import print_rows, store_for_reading
    from newsift.store.queries import EventFilter, query_events

    known = {"asserted", "reported", "negated", "denied", "speculative", "planned", "hypothetical"}
    unknown = [item for item in status if item not in known]
    if unknown:
        raise UsageError(f"--status {unknown[0]!r}: use one of {', '.join(sorted(known))}")
    where = EventFilter(actor, target, cameo, plover, tuple(status), _day("--since", since), _day("--until", until), outlet, either, limit)
    with store_for_reading(db) as store:
        print_rows(query_events(store, where), output_format)


def _day(option: str, value: Optional[str]):
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option}: {value!r} is not YYYY-MM-DD") from None


@events_app.command("check")
@friendly_errors
def check(files: list[Path] = typer.Argument(..., help="Event lexicon files (YAML) to validate.")) -> None:
    """Validate event lexicon files; list every problem with its file and line."""
    from newsift.events.lexicon import check_event_files

    report_file_problems(files, check_event_files(files), stdout)


@events_app.command("lookup")
@friendly_errors
def lookup(
    word: str = typer.Argument(..., help="A verb lemma (\"strike\", \"carry out\") or an event noun (\"airstrike\")."),
    events: list[Path] = typer.Option([], "--events", help="Extra event lexicon file (repeatable)."),
    limit: int = typer.Option(25, min=1, help="Patterns shown at most."),
) -> None:
    """Show the lexicon entry a word gets: default code, target slots and patterns."""
    from newsift.events.lexicon import load_event_lexicon

    missing = [str(path) for path in events if not path.is_file()]
    if missing:
        raise UsageError(f"{missing[0]}: not found; give the path of an event lexicon file")
    lexicon = load_event_lexicon(tuple(str(path) for path in events))
    lemma, _, particle = word.lower().strip().partition(" ")
    verb = lexicon.verbs.get((lemma, particle or None))
    noun = lexicon.nouns.get(word.lower().strip())
    if verb is None and noun is None:
        stdout.print(f"{word!r} is not in the event lexicon (give a lemma: 'strike', not 'struck')", markup=False)
        raise typer.Exit(1)
    if verb is not None:
        stdout.print(f"verb {word!r}: default {_describe(lexicon, verb.code)}; target from {', '.join(verb.target)}", markup=False)
        _patterns_table(lexicon, verb.patterns, limit)
    if noun is not None:
        stdout.print(f"noun {word!r}: {_describe(lexicon, noun.code)}{' (reciprocal)' if noun.reciprocal else ''}", markup=False)
        _patterns_table(lexicon, noun.patterns, limit)


def _describe(lexicon, code: Optional[str]) -> str:
    if code is None:
        return "no event unless a pattern matches"
    info = lexicon.code_info(code)
    if info is None:
        return code
    return f"{code} {info.name} (PLOVER {info.plover or '-'}, quad {info.quad}, Goldstein {info.goldstein:+.1f})"


def _patterns_table(lexicon, patterns, limit: int) -> None:
    if not patterns:
        return
    table = Table("code", "event", "needs")
    for pattern in patterns[:limit]:
        needs = []
        for name in ("particle", "object", "prep", "pobj", "subject", "xcomp", "compound"):
            value = getattr(pattern, name)
            if value:
                needs.append(f"{name}={'|'.join(value) if isinstance(value, tuple) else value}")
        code = pattern.code or (f"passive {pattern.passive_code}" if pattern.passive_code else "none")
        info = lexicon.code_info(pattern.code) if pattern.code else None
        table.add_row(code, info.name if info else "", " ".join(needs))
    stdout.print(table)
    if len(patterns) > limit:
        stdout.print(f"... {len(patterns) - limit} more (--limit)", markup=False)
