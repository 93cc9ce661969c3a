"""``newsift actors ...``: validate knowledge files and explain how a name resolves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from newsift.cli_common import friendly_errors, report_file_problems
from newsift.errors import UsageError

actors_app = typer.Typer(no_args_is_help=True, help="Inspect and extend the actor knowledge base.")
stdout = Console(highlight=False, soft_wrap=True)


@actors_app.command("check")
@friendly_errors
def check(files: list[Path] = typer.Argument(..., help="Actor files (YAML or JSONL) to validate.")) -> None:
    """Validate actor files against the schema and the built-in KB; list every problem."""
    from newsift.actors.kb import check_files

    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        raise UsageError(f"{missing[0]}: not found; give the path of an actor file")
    report_file_problems(files, check_files(files), stdout)


@actors_app.command("lookup")
@friendly_errors
def lookup(
    name: str = typer.Argument(..., help="A name as it would appear in an article."),
    date: Optional[str] = typer.Option(None, help="The article's date (YYYY-MM-DD); decides roles and dated names."),
    kb: list[Path] = typer.Option([], "--kb", help="Extra actor file (repeatable)."),
) -> None:
    """Show which actor a name resolves to on a date, and why."""
    from newsift.actors.component import get_knowledge_base
    from newsift.actors.extract import fuzzy_actor
    from newsift.actors.match import choose_entry
    from newsift.actors.normalize import name_key
    from newsift.actors.schema import LAYER_NAMES

    try:
        day = dt.date.fromisoformat(date) if date else None
    except ValueError:
        raise UsageError(f"--date: {date!r} is not YYYY-MM-DD") from None
    base = get_knowledge_base(tuple(str(path) for path in kb))
    key = name_key(name)
    entries = base.names.get(key, [])
    stdout.print(f"{name!r} -> key {key!r}", markup=False)
    if not entries:
        guess = fuzzy_actor(base, name, "person") or fuzzy_actor(base, name, "organization")
        hint = f"; closest long name: {base.get(guess).name} ({guess})" if guess else ""
        stdout.print(f"not in the knowledge base{hint}", markup=False)
        raise typer.Exit(1)
    table = Table("actor", "kind", "valid", "layer", "written in")
    for entry in entries:
        actor = base.get(entry.actor)
        table.add_row(f"{actor.name} ({entry.actor})", entry.kind, entry.period.describe(), LAYER_NAMES[entry.layer], str(actor.origin))
    stdout.print(table)
    chosen = choose_entry(entries, day)
    if chosen is None:
        stdout.print(f"no claim applies on {day}", markup=False)
        raise typer.Exit(1)
    actor = base.get(chosen.actor)
    when = day.isoformat() if day else "no date (latest roles)"
    stdout.print(f"on {when}: {actor.name} [{actor.id}], {actor.type}, known then as {actor.name_on(day)}", markup=False)
    if chosen.exact_case:
        stdout.print("matches only when written in capitals", markup=False)
    role = base.affiliation(actor, day)
    if role is not None:
        body = base.get(role.actor) if role.actor else None
        body_name = f"{body.name} ({body.id})" if body else role.cameo
        stdout.print(f"affiliation: {role.title or 'member'} of {body_name}, {role.period.describe()}", markup=False)


@actors_app.command("top")
@friendly_errors
def top(
    limit: int = typer.Option(20, min=1, help="How many actors."),
    actor_type: Optional[str] = typer.Option(None, "--type", help="Only this actor type (state, person, armed_group, ...)."),
    output_format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
    db: Optional[Path] = typer.Option(None, "--db", help="Database (default: NEWSIFT_DB, else ./newsift.duckdb)."),
) -> None:
    """The actors the stored articles mention most, with their events as source and target."""
    from newsift.cli_store import print_rows, store_for_reading
    from newsift.store.queries import top_actors

    with store_for_reading(db) as store:
        print_rows(top_actors(store, limit, actor_type), output_format)
