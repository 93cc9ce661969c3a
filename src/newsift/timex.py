"""Time expressions: find dates in the text and normalise them against the article's date.

Rules (docs/conventions.md): absolute dates keep their value; relative ones
("last month", "on Friday", "two weeks ago", "December 8") are resolved against
the reference date (dateline date, else published) and get no value without one.
A weekday or a month-day without a year means the latest such day on or before
the reference, unless its clause is about the future.  Durations are not dates.

Values are ISO 8601, with the ISO 8601-2 forms for seasons (``2025-22`` summer)
and decades (``199X``).  ``find_times`` is a plain function; ``newsift_times``
the spaCy component (``doc._.newsift_times``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsift.doc_extensions import article_of
from newsift.model import TimeExpr

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_SEASON_START = {21: 3, 22: 6, 23: 9, 24: 12}  # meteorological: the month a season begins
_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year"}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None, "couple": None,
}  # fmt: skip
_MODS = {"since": "since", "until": "until", "till": "until", "before": "before", "after": "after", "by": "by"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_FUTURE_GOVERNORS = {"due", "set", "schedule", "scheduled", "expected", "plan", "planned", "plans", "slated", "poised", "intend", "aim"}

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUMBER_WORD = r"(?P<count>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of)"

# Ordered most specific first; at one position the longest match wins anyway.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b")),
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("day_month_year", re.compile(rf"\b{_DAY}\s+{_MONTH}\.?,?\s+{_YEAR}\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d{{4}})(?!\s*(?:percent|per cent|%|km|people|troops))")),
    ("day_month", re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?!\.?,?\s+\d{{4}})")),
    ("mod_month", re.compile(rf"\b(?P<mod>early|mid|late)[- ]{_MONTH}(?:\s+{_YEAR})?\b", re.IGNORECASE)),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")),
    ("season", re.compile(rf"\b(?:(?P<rel>last|this|next|the)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{_YEAR})?\b", re.IGNORECASE)),
    ("decade", re.compile(r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[- ])?(?P<decade>1[89]\d0|20\d0)s\b", re.IGNORECASE)),
    ("mod_year", re.compile(rf"\b(?P<mod>early|mid|late)[- ]{_YEAR}\b", re.IGNORECASE)),
    ("relative_unit", re.compile(r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rel>last|this|next)\s+(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("ago", re.compile(rf"\b{_NUMBER_WORD}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.IGNORECASE)),
    ("deictic", re.compile(r"\b(?P<deictic>yesterday|today|tomorrow|tonight)\b", re.IGNORECASE)),
    ("this_part", re.compile(r"\bthis\s+(?P<part>morning|afternoon|evening)\b", re.IGNORECASE)),
    ("weekday", re.compile(rf"\b(?:(?P<rel>last|next|this)\s+)?{_WEEKDAY}{_PART_OF_DAY}\b")),
    ("month", re.compile(rf"\b{_MONTH}\b")),
    ("year", re.compile(rf"(?<![\d,.$€£#-]){_YEAR}\b(?![,.]\d)")),
]
_PREPOSITION = re.compile(r"(?:\b(since|until|till|before|after|by|on|in|at|during|from|of)\s+)$", re.IGNORECASE)


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    rule: str
    match: re.Match[str]


def find_times(text: str, reference: dt.date | None, doc: Doc | None = None) -> list[TimeExpr]:
    """Every time expression in ``text`` with its value against ``reference``.

    ``doc`` (the parsed text) lets the parse decide future tense and tell years
    from counts ("2000 people"); without it the rules use the words alone.
    """
    found: list[TimeExpr] = []
    for candidate in _candidates(text):
        expression = _resolve(candidate, text, reference, doc)
        if expression is not None:
            found.append(expression)
    return found


# Words without which a rule cannot match: most articles skip most rules' full scan.
_NEEDS: dict[str, tuple[str, ...]] = {
    "mod_month": ("early", "mid", "late"),
    "mod_year": ("early", "mid", "late"),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "decade": ("0s",),
    "relative_unit": ("week", "month", "year"),
    "ago": ("ago",),
    "deictic": ("yesterday", "today", "tomorrow", "tonight"),
    "this_part": ("morning", "afternoon", "evening"),
}


def _candidates(text: str) -> list[_Candidate]:
    """Non-overlapping matches, leftmost-longest across all rules."""
    lower = text.lower()
    everything = [
        _Candidate(match.start(), match.end(), rule, match)
        for rule, pattern in _PATTERNS
        if rule not in _NEEDS or any(word in lower for word in _NEEDS[rule])
        for match in pattern.finditer(text)
    ]
    everything.sort(key=lambda item: (item.start, -(item.end - item.start)))
    chosen: list[_Candidate] = []
    last_end = -1
    for candidate in everything:
        if candidate.start >= last_end:
            chosen.append(candidate)
            last_end = candidate.end
    return chosen


def _resolve(candidate: _Candidate, text: str, reference: dt.date | None, doc: Doc | None) -> TimeExpr | None:
    groups = candidate.match.groupdict()
    rule = candidate.rule
    start, end = candidate.start, candidate.end
    mod = _mod_before(text, start)
    future = _is_future(doc, start, end) if doc is not None else _future_words(text, start)
    value: str | None
    precision: str

    if rule == "iso":
        value, precision = _day(int(groups["year"]), int(groups["mon"]), int(groups["day"])), "day"
    elif rule in ("month_day_year", "day_month_year"):
        value, precision = _day(int(groups["year"]), _month_number(groups["month"]), int(groups["day"])), "day"
    elif rule in ("month_day", "day_month"):
        if _looks_like_count(text, end):
            return None
        month, day = _month_number(groups["month"]), int(groups["day"])
        if not 1 <= day <= 31:
            return None
        value, precision = _month_day(reference, month, day, future), "day"
    elif rule == "mod_month":
        mod = groups["mod"].lower()
        month = _month_number(groups["month"])
        year = int(groups["year"]) if groups.get("year") else _month_year(reference, month, future)
        value, precision = (f"{year:04d}-{month:02d}" if year else None), "month"
    elif rule == "month_year":
        value, precision = f"{int(groups['year']):04d}-{_month_number(groups['month']):02d}", "month"
    elif rule == "season":
        found = _season(groups, reference, future, text, start, end)
        if found is None:
            return None
        value, precision, start = found
    elif rule == "decade":
        if groups.get("mod"):
            mod = groups["mod"].lower()
        value, precision = f"{groups['decade'][:3]}X", "decade"
    elif rule == "mod_year":
        mod = groups["mod"].lower()
        value, precision = groups["year"], "year"
    elif rule == "relative_unit":
        if groups.get("mod") and groups["mod"].lower() in ("early", "late"):
            mod = groups["mod"].lower()
        value, precision = _relative_unit(reference, groups["rel"].lower(), groups["unit"].lower())
    elif rule == "ago":
        value, precision = _ago(reference, groups["count"].lower(), groups["unit"].lower())
    elif rule == "deictic":
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[groups["deictic"].lower()]
        value, precision = (_iso(reference + dt.timedelta(days=offset)) if reference else None), "day"
    elif rule == "this_part":
        value, precision = (_iso(reference) if reference else None), "day"
    elif rule == "weekday":
        relation = (groups.get("rel") or "").lower()
        value, precision = _weekday(reference, _WEEKDAYS[groups["weekday"].lower()], relation, future), "day"
    elif rule == "month":
        if not _month_alone_is_a_date(groups["month"], text, start, end):
            return None
        month = _month_number(groups["month"])
        year = _month_year(reference, month, future)
        value, precision = (f"{year:04d}-{month:02d}" if year else None), "month"
    elif rule == "year":
        if doc is not None and _is_count(doc, start, end):
            return None
        value, precision = groups["year"], "year"
    else:  # pragma: no cover - every rule is handled above
        return None
    return TimeExpr(start, end, text[start:end], value, precision, mod)


# --- helpers -------------------------------------------------------------------------------


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None  # "February 30": reported, with no value


def _month_number(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def is_month_name(word: str) -> bool:
    """Whether a word names a month, in full or abbreviated ("Jan.", "Sept")."""
    return word.rstrip(".").lower() in _MONTHS


def _mod_before(text: str, start: int) -> str | None:
    match = _PREPOSITION.search(text[max(0, start - 12) : start])
    if match:
        return _MODS.get(match.group(1).lower())
    return None


def _month_day(reference: dt.date | None, month: int, day: int, future: bool) -> str | None:
    if reference is None:
        return None
    for year in (reference.year - 1, reference.year, reference.year + 1) if future else (reference.year, reference.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if (future and candidate > reference) or (not future and candidate <= reference):
            return candidate.isoformat()
    return None


def _month_year(reference: dt.date | None, month: int, future: bool) -> int | None:
    if reference is None:
        return None
    if future:
        return reference.year if month > reference.month else reference.year + 1
    return reference.year if month <= reference.month else reference.year - 1


def _season(groups: dict, reference: dt.date | None, future: bool, text: str, start: int, end: int) -> tuple[str | None, str, int] | None:
    season = _SEASONS[groups["season"].lower()]
    relation = (groups.get("rel") or "").lower()
    if groups.get("year"):
        return f"{groups['year']}-{season}", "season", start
    if relation in ("", "the") and not _season_is_a_date(text, start):
        return None  # "a winter offensive", "the fall of the regime": a season word, not a date
    if re.match(r"\s+of\b", text[end : end + 4]):
        return None  # "in the spring of discontent" (a year would have matched above)
    if reference is None:
        return None, "season", start
    latest = reference.year if reference.month >= _SEASON_START[season] else reference.year - 1
    if season == 24 and reference.month < 3:
        latest = reference.year - 1  # January and February belong to the winter begun in December
    if relation == "last":
        latest -= 1 if _season_has_begun(reference, season) else 0
    elif relation == "next" or (future and relation in ("", "the")):
        latest += 1
    return f"{latest}-{season}", "season", start


def _season_has_begun(reference: dt.date, season: int) -> bool:
    if season == 24:
        return reference.month == 12 or reference.month < 3
    return _SEASON_START[season] <= reference.month < _SEASON_START[season] + 3


def _season_is_a_date(text: str, start: int) -> bool:
    before = text[max(0, start - 10) : start].lower()
    return bool(re.search(r"\b(in|during|since|until|by|over|through|this|last|next)\s+$", before))


def _relative_unit(reference: dt.date | None, relation: str, unit: str) -> tuple[str | None, str]:
    precision = unit
    if reference is None:
        return None, precision
    step = {"last": -1, "this": 0, "next": 1}[relation]
    if unit == "week":
        day = reference + dt.timedelta(weeks=step)
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}", precision
    if unit == "month":
        month_index = reference.year * 12 + reference.month - 1 + step
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", precision
    return f"{reference.year + step:04d}", precision


def _ago(reference: dt.date | None, count_text: str, unit_text: str) -> tuple[str | None, str]:
    unit = _UNITS[unit_text]
    count = int(count_text) if count_text.isdigit() else _NUMBERS.get(count_text)  # "a few": no number
    if reference is None or count is None:
        return None, unit
    if unit == "day":
        return _iso(reference - dt.timedelta(days=count)), unit
    if unit == "week":
        year, week, _ = (reference - dt.timedelta(weeks=count)).isocalendar()
        return f"{year}-W{week:02d}", unit
    if unit == "month":
        month_index = reference.year * 12 + reference.month - 1 - count
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", unit
    return f"{reference.year - count:04d}", unit


def _weekday(reference: dt.date | None, weekday: int, relation: str, future: bool) -> str | None:
    if reference is None:
        return None
    if relation == "next" or (future and relation != "last"):
        ahead = (weekday - reference.weekday()) % 7 or 7
        return _iso(reference + dt.timedelta(days=ahead))
    back = (reference.weekday() - weekday) % 7
    if relation == "last" and back == 0:
        back = 7
    return _iso(reference - dt.timedelta(days=back))


def _month_alone_is_a_date(name: str, text: str, start: int, end: int) -> bool:
    """"May" and "March" are also words; a bare month needs a preposition or a noun after it."""
    if name.rstrip(".") in ("May", "March") or name.endswith("."):
        before = text[max(0, start - 12) : start]
        return bool(re.search(r"\b(in|since|until|by|before|after|during|from|of|early|mid|late|last|next|this)[- ]$", before, re.IGNORECASE))
    return True


def _looks_like_count(text: str, end: int) -> bool:
    return bool(re.match(r"\s*(?:percent|per cent|%)", text[end : end + 10]))


def _future_words(text: str, start: int) -> bool:
    window = text[max(0, start - 60) : start].lower()
    return bool(re.search(r"\b(will|shall|is due to|are due to|is set to|are set to|scheduled|upcoming)\b", window))


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _is_future(doc: Doc, start: int, end: int) -> bool:
    """The clause the expression modifies is about the future ("will meet on Friday").

    Climbs from the expression to its verb and on through verbs of the same clause
    ("will have to leave before March 31"), stopping at a clause boundary so that
    "said on Tuesday that it will" keeps Tuesday in the past.
    """
    span = _tokens(doc, start, end)
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "next":
        return True  # (not doc.text: spaCy rebuilds that string on every access)
    verb: Token = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    for _ in range(4):
        if verb.lemma_.lower() in _FUTURE_GOVERNORS or verb.lower_ in _FUTURE_GOVERNORS or any(
            child.dep_ in ("aux", "auxpass") and child.lower_ in _FUTURE_AUX for child in verb.children
        ):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _is_count(doc: Doc, start: int, end: int) -> bool:
    """"2000 people" counts people; "the 1973 war" names a year."""
    span = _tokens(doc, start, end)
    if span is None:
        return False
    token = span.root
    return token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS") and token.head.i > token.i


# --- the spaCy component -------------------------------------------------------------------

if not Doc.has_extension("newsift_times"):
    Doc.set_extension("newsift_times", default=None)


@Language.component("newsift_times", assigns=["doc._.newsift_times"])
def time_component(doc: Doc) -> Doc:
    article = article_of(doc)
    reference = article.reference_date if article is not None else None
    doc._.newsift_times = find_times(doc.text, reference, doc)
    return doc
