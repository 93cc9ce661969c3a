"""The neutral view: the article with the outlet's labels replaced and its other cues marked.

Quoted speech is never rewritten.  A label with a neutral alternative is replaced by it ("the
Zionist regime" → "Israel"); an intensifier whose alternative is empty is dropped
("relentless"); a scare quote loses its marks; any other outlet-voice cue is marked ⟦like this⟧.
"""

from __future__ import annotations

import re

from newsift.model import Analysis, FramingCue

OPEN, CLOSE = "⟦", "⟧"
_ARTICLE = re.compile(r"\b([Aa])(n?) +$")


def neutral_text(analysis: Analysis) -> str:
    """The article text with the outlet-voice cues rewritten (see the module docstring)."""
    text = analysis.article.text
    pieces: list[str] = []
    position = 0
    for cue in sorted((cue for cue in analysis.framing.cues if cue.voice == "outlet"), key=lambda cue: cue.start):
        if cue.start < position:
            continue  # overlapping cues: the first one wins
        start, end, replacement = _rewrite(cue, text)
        before = text[position:start]
        if replacement == "":
            before, end = _drop_space(before, text, end)
            before = _fix_article(before, text[end:].lstrip())
        else:
            before = _fix_article(before, replacement.lstrip(OPEN))
        pieces.append(before)
        pieces.append(replacement)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _rewrite(cue: FramingCue, text: str) -> tuple[int, int, str]:
    """The stretch of text a cue replaces, and what replaces it."""
    if cue.source == "scare_quote":
        return cue.start - 1, cue.end + 1, cue.text  # drop the quotation marks
    if cue.neutral is None or cue.category not in _REWORDED:
        return cue.start, cue.end, f"{OPEN}{cue.text}{CLOSE}"
    if cue.neutral == "" and not _droppable(text, cue):
        return cue.start, cue.end, f"{OPEN}{cue.text}{CLOSE}"
    neutral = cue.neutral
    if neutral and _repeats_previous_word(text, cue.start, neutral):
        neutral = neutral.split(" ", 1)[1]  # "military aggression" -> "military action", not "military military action"
    return cue.start, cue.end, _match_case(cue.text, neutral)


_REWORDED = ("labelling", "loaded_language", "doubt", "loaded_speech_verb", "exaggeration", "editorialising", "minimisation")


def _droppable(text: str, cue: FramingCue) -> bool:
    """An intensifier can go when what follows still reads: not in a coordination ("a complex
    and paradoxical reality") and not when it is the clause's verb ("devastating facilities")."""
    before = text[: cue.start].rstrip()
    after = text[cue.end :].lstrip()
    if before.endswith((" and", " or", ",")) and not before.endswith(" ,") or after.startswith(("and ", "or ")):
        return False
    next_word = after.split(None, 1)[0].lower().lstrip("\"“‘'(") if after else ""
    if not next_word[:1].isalnum():
        return False  # the word ends its clause ("which was routine."): without it nothing is said
    return next_word.strip(",.;:") not in _FUNCTION_WORDS


_FUNCTION_WORDS = {"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "that", "this", "these", "those", "its", "their", "his", "her"}


def _repeats_previous_word(text: str, start: int, neutral: str) -> bool:
    first = neutral.split(" ", 1)[0].lower()
    previous = text[:start].rstrip().rsplit(" ", 1)[-1].lower()
    return " " in neutral and first == previous


def _match_case(original: str, replacement: str) -> str:
    if replacement and original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _drop_space(before: str, text: str, end: int) -> tuple[str, int]:
    """Remove a dropped word's own space, and a comma after an editorial adverb ("Clearly, …")."""
    if end < len(text) and text[end] == "," and (not before or before.endswith((". ", "\n")) or not before.strip()):
        end += 1
    if before.endswith(" ") and end < len(text) and text[end] in " ,.;:":
        before = before[:-1]
    elif end < len(text) and text[end] == " " and (not before or before.endswith(("\n", " "))):
        end += 1
    return before, end


def _fix_article(before: str, replacement: str) -> str:
    """"an extremist group" with "extremist" dropped is "a group", not "an group"."""
    match = _ARTICLE.search(before)
    if match is None or not replacement:
        return before
    article = "an" if replacement[:1].lower() in "aeiou" else "a"
    if match.group(1) == "A":
        article = article.capitalize()
    return before[: match.start()] + article + " "
