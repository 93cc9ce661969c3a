"""Wire datelines at the head of an article body, recorded without touching the text.

Recognised shapes (the separator may be -, --, –, — or, for capitalised places, a colon):

    DAMASCUS (Dispatches) –            BEIRUT, Sept 12 (Reuters) -
    WASHINGTON —                       GAZA CITY, Sunday (AFP) –
    KYIV, Ukraine (AP) —               Gaza City (Palestinian Territories) (AFP) -
    Damascus, SANA-                    Ankara (AA) -
    (AP) —                             DUBAI:

A line is only taken for a dateline when its head parses completely into place,
region, date and agency; anything else (section labels such as "EXCLUSIVE —",
an acronym with its expansion, a headline with a colon) is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsift.model import Dateline, DatelineDate

_MAX_HEAD = 120  # a dateline head longer than this is prose, not a dateline
_LINES_TO_SCAN = 4  # headline, byline, kicker... the dateline comes within the first few lines

_SEPARATOR = re.compile(r"\s*(?:[‒–—―]|--|-(?=\s)|:(?=\s))")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\-](?=[^\W\d_]))*\.?")
_PARTICLES = {"al", "el", "de", "del", "da", "do", "di", "la", "le", "van", "von", "ad", "as", "ar", "an", "ash", "es"}
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATE_FORMS = (
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?", re.IGNORECASE),
    re.compile(rf"(?P<day>\d{{1,2}})\s+{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?", re.IGNORECASE),
    re.compile(r"(?P<weekday>Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?", re.IGNORECASE),
)
# Capitalised words that open a line followed by a dash but are newsroom labels, not places.
_LABELS = {
    "ADVISORY", "ALERT", "ANALYSIS", "BREAKING", "COMMENT", "CORRECTION", "EDITORIAL",
    "EXCLUSIVE", "EXPLAINER", "FACTBOX", "FACT", "CHECK", "FEATURE", "FLASH", "INTERVIEW",
    "LIVE", "NOTE", "OPINION", "PHOTOS", "PHOTO", "REVIEW", "SPECIAL", "UPDATE", "UPDATED",
    "URGENT", "VIDEO", "WATCH", "INSIGHT", "EXCERPT", "DEVELOPING", "REPORT", "EDITOR",
}  # fmt: skip
# Capitalised dateline places that are not in a city gazetteer.
_EXTRA_PLACES = {"UNITED NATIONS", "VATICAN CITY", "GAZA", "GAZA CITY", "WEST BANK", "GOLAN HEIGHTS", "THE HAGUE"}
# (A label such as EXCLUSIVE is rejected before the gazetteer is consulted.)


@dataclass(slots=True)
class _Head:
    place: str | None
    regions: list[str]
    date_text: str | None
    agency: str | None


def find_dateline(text: str, reference: dt.date | None = None) -> Dateline | None:
    """The dateline in the first lines of ``text``, or None.

    ``reference`` (usually the published date) resolves a dateline date without a
    year ("Sept 12", "Sunday") to the most recent such day on or before it.
    """
    offset = 0
    scanned = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            found = _dateline_in_line(line.rstrip("\r\n")[lead:], offset + lead, reference)
            if found:
                return found
            scanned += 1
            if scanned >= _LINES_TO_SCAN:
                break
        offset += len(line)
        if offset > 3000:
            break
    return None


def _dateline_in_line(line: str, line_start: int, reference: dt.date | None) -> Dateline | None:
    # Only the first separator counts: a later dash belongs to the sentence, not a dateline.
    match = _SEPARATOR.search(line, 0, _MAX_HEAD + 4)
    if not match or not line[match.end() :].strip():
        return None  # no separator, or nothing after it: a heading, not a dateline
    head = _parse_head(line[: match.start()], allow_colon=match.group().strip() == ":")
    if head is None:
        return None
    return Dateline(
        place=head.place,
        agency=head.agency,
        start=line_start,
        end=line_start + match.end(),
        text=line[: match.end()],
        region=", ".join(head.regions) or None,
        date=_resolve_date(head.date_text, reference) if head.date_text else None,
    )


def _parse_head(head: str, allow_colon: bool) -> _Head | None:
    head = head.strip()
    if not head or len(head) > _MAX_HEAD:
        return None
    parens: list[str] = []
    while head.endswith(")"):
        opening = head.rfind("(")
        if opening < 0:
            return None
        parens.insert(0, head[opening + 1 : -1].strip())
        head = head[:opening].rstrip()
    parts = _merge_year_parts([part.strip() for part in head.split(",")] if head else [])
    agency = parens.pop() if parens else None
    agency_in_parens = agency is not None
    place = parts.pop(0) if parts else None
    if place is None:
        # "(AP) —": agency only.
        if agency and not parens and _is_agency(agency, strict=True):
            return _Head(None, [], None, agency)
        return None
    words = place.split()
    if not 1 <= len(words) <= 4 or not all(_is_place_word(word) for word in re.split(r"[ /]", place)):
        return None
    capitals = _is_capitalised(place)
    if not capitals and not all(w[0].isupper() or w.lower() in _PARTICLES for w in words):
        return None
    if capitals and any(word.strip(".") in _LABELS for word in words):
        return None
    regions = list(parens)
    date_text = None
    for index, part in enumerate(parts):
        if _is_date(part):
            if date_text:
                return None
            date_text = part
        elif index == len(parts) - 1 and agency is None and _is_agency(part, strict=True):
            agency = part
        elif _is_region(part):
            regions.append(part)
        else:
            return None
    if allow_colon and (not capitals or agency or date_text):
        return None
    if agency and agency_in_parens:
        strict = not capitals
        if not _is_agency(agency, strict=strict) or _is_expansion_of(agency, place):
            return None
    if capitals:
        if not (agency or date_text or regions) and not _known_place(place):
            return None
    elif agency is None:
        return None  # "Damascus —" without an agency is too easily a sentence
    return _Head(place, regions, date_text, agency)


def _merge_year_parts(parts: list[str]) -> list[str]:
    """Rejoin "March 3" and "2024", which splitting the head on commas tore apart."""
    merged: list[str] = []
    for part in parts:
        if merged and re.fullmatch(r"\d{4}", part) and _is_date(merged[-1]):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merged


def _is_place_word(word: str) -> bool:
    return bool(_WORD.fullmatch(word))


def _is_capitalised(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_region(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 4 and all(
        (_WORD.fullmatch(word) and word[0].isupper()) or word.lower() in _PARTICLES for word in words
    )


def _is_date(part: str) -> bool:
    return any(form.fullmatch(part) for form in _DATE_FORMS)


def _is_agency(candidate: str, strict: bool) -> bool:
    """Known agencies always qualify; otherwise short capitalised names (strict: acronyms only)."""
    if candidate.casefold() in _known_agencies():
        return True
    if strict:
        return bool(re.fullmatch(r"[A-Z]{2,6}", candidate))
    words = candidate.split()
    return len(candidate) <= 30 and 1 <= len(words) <= 3 and all(
        _WORD.fullmatch(word) and word[0].isupper() for word in words
    )


def _is_expansion_of(agency: str, place: str) -> bool:
    """"NATO (North Atlantic Treaty Organization)": the parenthesis spells out the head."""
    initials = "".join(word[0] for word in agency.split() if word[0].isupper())
    return len(initials) >= 2 and initials.upper() == re.sub(r"\W", "", place).upper()


def _resolve_date(part: str, reference: dt.date | None) -> DatelineDate:
    for form in _DATE_FORMS:
        match = form.fullmatch(part)
        if not match:
            continue
        fields = match.groupdict()
        if fields.get("weekday"):
            if reference is None:
                return DatelineDate(part, None, "day")
            target = next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(fields["weekday"][:3].lower()))
            back = (reference.weekday() - target) % 7
            return DatelineDate(part, (reference - dt.timedelta(days=back)).isoformat(), "day")
        month = _MONTHS[fields["month"].lower()[:3]]
        day = int(fields["day"])
        year = int(fields["year"]) if fields.get("year") else None
        if year is None:
            if reference is None:
                return DatelineDate(part, None, "day")
            year = reference.year
            # A dateline is written on the day of the news: take the latest such day not after the reference.
            if (month, day) > (reference.month, reference.day + 1):
                year -= 1
        try:
            return DatelineDate(part, dt.date(year, month, day).isoformat(), "day")
        except ValueError:
            return DatelineDate(part, None, None)
    return DatelineDate(part, None, None)


def _known_place(place: str) -> bool:
    from newsift.actors.normalize import name_key
    from newsift.placenames import place_name_keys

    return place.upper() in _EXTRA_PLACES or name_key(place) in place_name_keys()


@lru_cache(maxsize=1)
def _known_agencies() -> frozenset[str]:
    lines = resources.files("newsift.data").joinpath("agencies.txt").read_text("utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))
