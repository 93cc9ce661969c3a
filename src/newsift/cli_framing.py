"""``newsift framing ...``: validate framing lexicon files and show what a word is flagged as."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from newsift.cli_common import friendly_errors, report_file_problems
from newsift.errors import UsageError

framing_app = typer.Typer(no_args_is_help=True, help="Inspect and extend the framing lexicon.")
stdout = Console(highlight=False, soft_wrap=True)


@framing_app.command("check")
@friendly_errors
def check(files: list[Path] = typer.Argument(..., help="Framing lexicon files (YAML) to validate.")) -> None:
    """Validate framing lexicon files; list every problem with its file and line."""
    from newsift.framing.lexicon import check_framing_files

    report_file_problems(files, check_framing_files(files), stdout)


@framing_app.command("lookup")
@friendly_errors
def lookup(
    phrase: str = typer.Argument(..., help="A word or phrase in its base form (\"massacre\", \"so-called\")."),
    framing: list[Path] = typer.Option([], "--framing", help="Extra framing lexicon file (repeatable)."),
) -> None:
    """Show the lexicon entry for a word or phrase: category, technique, neutral alternative."""
    from newsift.framing.lexicon import load_framing_lexicon

    missing = [str(path) for path in framing if not path.is_file()]
    if missing:
        raise UsageError(f"{missing[0]}: not found; give the path of a framing lexicon file")
    lexicon = load_framing_lexicon(tuple(map(str, framing)))
    word = phrase.lower().strip()
    entry = lexicon.entries.get(word)
    if entry is None and word in lexicon.factual:
        stdout.print(f"{phrase!r} is a factual word (factual_words.txt): never an evaluative cue", markup=False)
        return
    if entry is None and word in lexicon.evaluative:
        where = "only where the article's own voice already loads" if lexicon.in_register_only(word) else "in the outlet's own unattributed voice"
        stdout.print(f"{phrase!r}: evaluative word, {lexicon.evaluative[word]}: loaded_language {where} (evaluative_words.tsv)", markup=False)
        return
    if entry is None:
        stdout.print(f"{phrase!r} is not in the framing lexicon", markup=False)
        raise typer.Exit(1)
    neutral = "(drop the word)" if entry.neutral == "" else entry.neutral or "none"
    stdout.print(
        f"{entry.phrase!r}: {entry.category}, {entry.polarity}; technique {entry.technique or '-'}; neutral alternative: {neutral}"
        + (f"; only as {entry.pos}" if entry.pos else "")
        + ("; only in the outlet's own unattributed voice" if entry.own_voice else "")
        + ("; only of a political actor's act or in a headline" if entry.figurative else "")
        + ("; only where the article's own voice already loads (register)" if entry.register else ""),
        markup=False,
    )
