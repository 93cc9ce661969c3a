"""Spelling-insensitive words: the shared key for names in the KB and words in articles.

``Hay’at``, ``Hay'at`` and ``Hayat`` fold to ``hayat``; ``al-Sham`` and ``al Sham`` to
``al sham``; ``HTS’s`` to ``hts``.  Every word keeps the character offsets it has
in the original text, so a match on folded words maps straight back to the
article's characters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

_APOSTROPHES = "'’‘ʼʻ`´ʿʾ"
_WORD = re.compile(rf"[^\W_]+(?:[{_APOSTROPHES}][^\W_]+)*")
_DROP_APOSTROPHES = str.maketrans("", "", _APOSTROPHES)
# Letters NFKD does not decompose into a base letter plus a mark.
_SPECIAL_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})


class Word(NamedTuple):  # a tuple: an article has thousands, built on every analysis
    folded: str
    start: int
    end: int


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Case, diacritics and apostrophes removed: the form words are compared in."""
    if word.isascii():
        return word.lower().translate(_DROP_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.translate(_SPECIAL_LETTERS).translate(_DROP_APOSTROPHES)


def words_of(text: str) -> list[Word]:
    """The words of ``text`` with their offsets; a possessive ’s is not part of the word."""
    words = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        token = match.group()
        if len(token) > 2 and token[-1] in "sS" and token[-2] in _APOSTROPHES:
            end -= 2
            token = token[:-2]
        words.append(Word(fold(token), start, end))
    return words


# A possessive ends its word: not followed by a letter, nor by an apostrophe and a letter.
_POSSESSIVE_IN_TEXT = re.compile(rf"(?<=[^\W_])[{_APOSTROPHES}][sS](?![^\W_])(?![{_APOSTROPHES}][^\W_])")


def name_key(name: str) -> str:
    """The lookup key of a name: its folded words joined by single spaces.

    Same words as :func:`words_of` (possessives dropped), without the offsets.
    """
    return " ".join(fold(token) for token in _WORD.findall(_POSSESSIVE_IN_TEXT.sub("", name)))


# Acronyms of four or five letters that are also English words must be written in capitals.
_WORDLIKE_ACRONYMS = {
    "care", "hope", "amal", "mend", "pace", "safe", "fair", "free", "aims", "arms", "sign", "bond", "cope",
    "lead", "peace", "unity", "voice", "rise", "star", "wave", "fast", "plan", "help", "fund", "base",
}  # fmt: skip


def is_acronym(name: str) -> bool:
    """Names that only match text written in capitals.

    Up to three capital letters ("HTS", "IS", "US", "WHO"), and longer acronyms
    that are also English words ("CARE"); "NATO" may be written "Nato".
    """
    letters = [char for char in name if char.isalpha()]
    if not letters or not all(char.isupper() for char in letters):
        return False
    if len(letters) <= 3:
        return True
    word = "".join(letters).lower()
    return len(letters) <= 5 and (word in _WORDLIKE_ACRONYMS or word in _stop_words())


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
