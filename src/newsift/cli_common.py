"""What every command shares: exit codes, the stderr console, friendly errors."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Callable, Sequence

import typer
from rich.console import Console

from newsift.errors import NewsiftError

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def friendly_errors(command: Callable[..., None]) -> Callable[..., None]:
    """Library errors become one line on stderr and exit code 2, never a traceback."""

    @functools.wraps(command)
    def run(*args, **kwargs) -> None:
        try:
            command(*args, **kwargs)
        except NewsiftError as err:
            stderr.print(f"newsift: error: {err}", markup=False)
            raise typer.Exit(EXIT_USAGE) from None

    return run


def report_file_problems(files: Sequence[Path], problems: Sequence[NewsiftError], console: Console) -> None:
    """Print every problem of a knowledge-file check and exit 1, or print "ok"."""
    for problem in problems:
        console.print(str(problem), markup=False)
    if problems:
        console.print(f"{len(problems)} problem(s) found", markup=False)
        raise typer.Exit(1)
    console.print(f"ok: {', '.join(str(path) for path in files)}", markup=False)
