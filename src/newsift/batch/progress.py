"""A rich progress bar for batch runs: articles done, articles/s, ETA (a no-op when off)."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.text import Text


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "- articles/s")


@contextmanager
def progress_bar(enabled: bool, total: int | None) -> Iterator[Callable[[int], None] | None]:
    if not enabled:
        yield None
        return
    columns = [TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), _RateColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task("ingest", total=total)
        yield lambda count: progress.advance(task, count)
