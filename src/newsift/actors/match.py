"""Find KB names in text: longest match over folded words, date-aware choice of actor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from newsift.actors.kb import KnowledgeBase, NameEntry
from newsift.actors.wordmatch import TextWords, longest_matches, text_words


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int
    end: int
    entry: NameEntry
    words: int  # how many words the match spans


def find_names(text: str, kb: KnowledgeBase, day: dt.date | None, words: TextWords | None = None) -> list[NameMatch]:
    """Non-overlapping KB name matches, left to right, longest first at each position."""
    words = words if words is not None else text_words(text)

    def accept(key: str, first: int, count: int) -> tuple[NameEntry, int] | None:
        entries = kb.names.get(key)
        if not entries:
            return None
        start, end = words.words[first].start, words.words[first + count - 1].end
        surface = text[start:end]
        entry = choose_entry([entry for entry in entries if _case_fits(entry, surface)], day)
        if entry is None:
            return None
        if entry.text.endswith(".") and text[end : end + 1] == ".":
            end += 1  # "U.S." keeps its final full stop
        return entry, end

    return [
        NameMatch(match.start, match.end, match.value, match.words)  # type: ignore[arg-type]
        for match in longest_matches(words, kb.name_lengths, accept)
    ]


def _case_fits(entry: NameEntry, surface: str) -> bool:
    letters = [char for char in surface if char.isalpha()]
    if entry.exact_case:
        return all(char.isupper() for char in letters)
    return any(char.isupper() for char in letters)


def choose_entry(entries: list[NameEntry], day: dt.date | None) -> NameEntry | None:
    """The claim that applies on ``day``: one whose period contains it, else an unbounded one.

    Without a date, a current (open-ended) claim beats a past one.
    """
    if not entries:
        return None
    if day is not None:
        dated = [entry for entry in entries if entry.period.bounded and entry.period.contains(day)]
        if dated:
            return dated[0]
        undated = [entry for entry in entries if not entry.period.bounded]
        if undated:
            return undated[0]
        # Only periods that do not cover the day: a former name is still that actor.
        return next((entry for entry in entries if entry.kind in ("former", "surname")), None)
    current = [entry for entry in entries if entry.period.end is None]
    return (current or entries)[0]
