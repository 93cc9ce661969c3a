"""Longest-match lookup of dictionary phrases over an article's folded words.

Shared by KB names, generic agents and role titles.  The article's words are
folded once per document; each dictionary knows, for every first word, the
phrase lengths that start with it, so a position costs one dict probe unless a
phrase could start there.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import accumulate
from typing import Callable, Iterable, TypeVar

from spacy.tokens import Doc

from newsift.actors.normalize import Word, words_of

T = TypeVar("T")
_BREAKING = set("\n\r,;:()\"“”")
_MAX_GAP = 3


@dataclass(slots=True)
class TextWords:
    text: str
    words: list[Word]
    folded: list[str]
    breaks: list[int]  # breaks[i]: how many of the first i gaps between words break a phrase

    def joined(self, first: int, count: int) -> bool:
        """Words first..first+count-1 sit together (spaces, hyphens, dots between them)."""
        return self.breaks[first + count - 1] - self.breaks[first] == 0


def text_words(text: str) -> TextWords:
    words = words_of(text)
    gaps = [
        len(gap) > _MAX_GAP or any(char in _BREAKING for char in gap)
        for gap in (text[before.end : after.start] for before, after in zip(words, words[1:]))
    ]
    return TextWords(text, words, [word.folded for word in words], [0, *accumulate(int(gap) for gap in gaps)])


def doc_words(doc: Doc) -> TextWords:
    """The folded words of a Doc's text, computed once per Doc."""
    cached = doc.user_data.get("newsift_words")
    if cached is None:
        cached = doc.user_data["newsift_words"] = text_words(doc.text)
    return cached  # (computed from doc.text once: spaCy rebuilds that string on every access)


def phrase_lengths(keys: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """First word -> the word counts of phrases starting with it, longest first."""
    lengths: dict[str, set[int]] = defaultdict(set)
    for key in keys:
        words = key.split(" ")
        lengths[words[0]].add(len(words))
    return {first: tuple(sorted(counts, reverse=True)) for first, counts in lengths.items()}


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int  # character offsets into the text
    end: int
    first_word: int
    words: int
    value: object


def longest_matches(
    words: TextWords,
    lengths: dict[str, tuple[int, ...]],
    accept: Callable[[str, int, int], tuple[T, int] | None],
) -> list[PhraseMatch]:
    """Non-overlapping matches, left to right, the longest acceptable phrase at each position.

    ``accept(key, first_word, count)`` returns ``(value, end_char)`` to take a
    phrase, or None to try a shorter one.
    """
    found: list[PhraseMatch] = []
    folded = words.folded
    index = 0
    total = len(folded)
    while index < total:
        taken = None
        for count in lengths.get(folded[index], ()):
            if index + count > total or (count > 1 and not words.joined(index, count)):
                continue
            key = folded[index] if count == 1 else " ".join(folded[index : index + count])
            accepted = accept(key, index, count)
            if accepted is not None:
                value, end = accepted
                taken = PhraseMatch(words.words[index].start, end, index, count, value)
                break
        if taken is None:
            index += 1
        else:
            found.append(taken)
            index += taken.words
    return found


def tokens_for_words(doc: Doc, wanted: set[str] | dict) -> list:
    """Tokens whose folded word is in ``wanted`` (cheaper than visiting every token)."""
    found = []
    for word in doc_words(doc).words:
        if word.folded in wanted:
            span = doc.char_span(word.start, word.end)
            if span is not None and len(span) == 1:
                found.append(span[0])
    return found
