"""The ``newsift`` command: a thin layer over the library (ingest → nlp → sinks).

Exit codes: 0 everything analysed, 1 some inputs failed (the rest were analysed),
2 usage error or nothing could be analysed.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Iterator, NamedTuple, Optional

import typer
from rich.console import Console
from rich.rule import Rule

from newsift import __version__
from newsift.cli_common import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, friendly_errors, stderr
from newsift.errors import NewsiftError, UsageError
from newsift.ingest import (
    DEFAULT_MAX_CHARS,
    IngestFailure,
    IngestOptions,
    Metadata,
    Skipped,
    input_format_of,
    read_inputs,
)
from newsift.ingest.article import parse_date
from newsift.model import Analysis, Article


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn news articles into checkable evidence: actors, events, claims, times, places, framing.",
)


def _register_subcommands() -> None:
    from newsift.cli_actors import actors_app
    from newsift.cli_events import events_app
    from newsift.cli_framing import framing_app
    from newsift.cli_store import register

    register(app)
    app.add_typer(actors_app, name="actors")
    app.add_typer(events_app, name="events")
    app.add_typer(framing_app, name="framing")


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


class InputFormat(str, Enum):
    text = "text"
    html = "html"
    feed = "feed"
    jsonl = "jsonl"
    json = "json"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"newsift {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """newsift command line."""


@app.command()
@friendly_errors
def analyze(
    paths: list[str] = typer.Argument(..., metavar="PATH|-", help="Files, directories, or - for stdin."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text report, one JSON Analysis, or JSON Lines."),
    published: Optional[str] = typer.Option(None, help="Publication date (ISO 8601), overriding the input's."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name, overriding the input's."),
    title: Optional[str] = typer.Option(None, help="Title, for a single article."),
    url: Optional[str] = typer.Option(None, help="URL, for a single article."),
    input_format: Optional[InputFormat] = typer.Option(None, "--input", help="Read inputs as this format instead of detecting it."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, min=1, help="Largest article accepted, in characters."),
    encoding: Optional[str] = typer.Option(None, help="Text encoding of the inputs when it is not UTF-8 or declared."),
    kb: list[Path] = typer.Option([], "--kb", help="Extra actor file (YAML or JSONL), layered over the built-in KB; repeatable."),
    events: list[Path] = typer.Option([], "--events", help="Extra event lexicon file (YAML), layered over the built-in one; repeatable."),
    framing: list[Path] = typer.Option([], "--framing", help="Extra framing lexicon file (YAML), layered over the built-in one; repeatable."),
    neutral: bool = typer.Option(False, "--neutral", help="Print each article with the outlet's labels replaced and its other framing cues marked."),
) -> None:
    """Analyse articles and print a report, JSON, or JSON Lines."""
    try:
        published_date = parse_date(published)
    except ValueError as err:
        raise UsageError(f"--published: {err}") from None
    options = IngestOptions(
        input_format=input_format.value if input_format else None,
        max_chars=max_chars,
        encoding=encoding,
        overrides=Metadata(title=title, outlet=outlet, url=url, published=published_date),
    )
    if title or url:
        _require_single_article(paths, options)
    missing = [str(path) for path in [*kb, *events, *framing] if not path.is_file()]
    if missing:
        raise UsageError(f"{missing[0]}: not found; give the path of a knowledge file")
    if neutral and output_format is not OutputFormat.text:
        raise UsageError("--neutral prints text; leave out --format (the JSON has framing.cues with their neutral alternatives)")
    knowledge = Knowledge(tuple(map(str, kb)), tuple(map(str, events)), tuple(map(str, framing)))
    raise typer.Exit(_run_analysis(paths, options, None if neutral else output_format, knowledge))


class Knowledge(NamedTuple):
    """User knowledge files layered over the built-in ones."""

    kb: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    framing: tuple[str, ...] = ()


def _require_single_article(paths: list[str], options: IngestOptions) -> None:
    fmt = input_format_of(paths[0], options) if len(paths) == 1 else None
    if len(paths) != 1 or (paths[0] != "-" and fmt not in ("text", "html")):
        raise UsageError("--title and --url apply to a single article; give one text or HTML file (or -)")


def _run_analysis(paths: list[str], options: IngestOptions, output_format: OutputFormat | None, knowledge: Knowledge = Knowledge()) -> int:
    """Analyse every input and send it to the sink for ``output_format`` (None: the neutral view)."""
    from newsift.nlp import analyze_many, get_pipeline  # spaCy loads only once there is something to analyse

    failures: list[IngestFailure] = []
    skipped: list[Skipped] = []

    def articles() -> Iterator[Article]:
        for item in read_inputs(paths, options):
            if isinstance(item, Article):
                yield item
            elif isinstance(item, Skipped):
                skipped.append(item)
            else:
                failures.append(item)

    def on_failure(article: Article, reason: str) -> None:
        failures.append(IngestFailure(article.source or article.id, reason))

    stream = articles()
    first = next(stream, None)
    analysed = 0
    if first is not None:
        sink = _sink(output_format)
        nlp = get_pipeline(*knowledge)
        for analysis in analyze_many(itertools.chain([first], stream), nlp, on_failure=on_failure):
            sink.send(analysis)
            analysed += 1
        sink.close()
    _report_problems(failures, skipped, analysed)
    if analysed == 0:
        return EXIT_USAGE
    return EXIT_PARTIAL if failures else EXIT_OK


def _sink(output_format: OutputFormat | None):
    """A coroutine that writes each analysis as it arrives, in the chosen format."""
    if output_format is None:
        sink = _neutral_sink()
    elif output_format is OutputFormat.text:
        sink = _text_sink()
    elif output_format is OutputFormat.jsonl:
        sink = _jsonl_sink()
    else:
        sink = _json_sink()
    next(sink)
    return sink


def _text_sink():
    from newsift.report import render_report

    console = Console(highlight=False)
    count = 0
    while True:
        analysis: Analysis = yield
        if count:
            console.print(Rule())
        console.print(render_report(analysis))
        count += 1


def _neutral_sink():
    from newsift.framing import neutral_text

    count = 0
    while True:
        analysis: Analysis = yield
        if count:
            sys.stdout.write("\n" + "─" * 40 + "\n")
        sys.stdout.write(neutral_text(analysis).rstrip("\n") + "\n")
        sys.stdout.flush()
        count += 1


def _jsonl_sink():
    while True:
        analysis: Analysis = yield
        sys.stdout.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()


def _json_sink():
    """One analysis prints as an object; several as an array, streamed from the second on."""
    held: Analysis | None = None
    count = 0
    try:
        while True:
            analysis: Analysis = yield
            count += 1
            if count == 1:
                held = analysis
                continue
            if count == 2:
                sys.stdout.write("[\n" + _indented(held) + ",\n")
            else:
                sys.stdout.write(",\n")
            sys.stdout.write(_indented(analysis))
            sys.stdout.flush()
    except GeneratorExit:
        if count == 1:
            sys.stdout.write(_indented(held) + "\n")
        elif count > 1:
            sys.stdout.write("\n]\n")
        sys.stdout.flush()


def _indented(analysis: Analysis | None) -> str:
    return json.dumps(analysis.to_dict() if analysis else None, ensure_ascii=False, indent=2)


def _report_problems(failures: list[IngestFailure], skipped: list[Skipped], analysed: int) -> None:
    if skipped:
        reasons = Counter(item.reason for item in skipped)
        detail = ", ".join(f"{count} {reason}" for reason, count in reasons.most_common())
        stderr.print(f"newsift: skipped {len(skipped)} file(s): {detail}", style="dim")
    if not failures:
        return
    if analysed == 0 and len(failures) == 1:
        stderr.print(f"newsift: error: {failures[0]}", markup=False)
        return
    stderr.print(f"newsift: {len(failures)} of {len(failures) + analysed} input(s) failed:", markup=False)
    for failure in failures:
        stderr.print(f"  - {failure}", markup=False)


_register_subcommands()


def main() -> None:
    """Console-script entry point: library errors become one line on stderr, never a traceback."""
    try:
        app(prog_name="newsift")
    except NewsiftError as err:
        stderr.print(f"newsift: error: {err}", markup=False)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        stderr.print("newsift: interrupted")
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (| head): silence the final flush instead of a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_OK)


if __name__ == "__main__":
    main()
