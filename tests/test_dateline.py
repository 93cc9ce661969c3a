"""Datelines: a table of wire styles that must be recognised and look-alikes that must not."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsift.ingest.dateline import find_dateline

BODY = " Officials met on Tuesday to discuss the situation."
PUBLISHED = dt.date(2025, 9, 14)  # a Sunday

# (line, place, agency, region, date text, resolved date against PUBLISHED)
RECOGNISED = [
    ("DAMASCUS (Dispatches) –", "DAMASCUS", "Dispatches", None, None, None),
    ("BEIRUT, Sept 12 (Reuters) -", "BEIRUT", "Reuters", None, "Sept 12", "2025-09-12"),
    ("WASHINGTON —", "WASHINGTON", None, None, None, None),
    ("Damascus, SANA-", "Damascus", "SANA", None, None, None),
    ("GAZA CITY, Sunday (AFP) –", "GAZA CITY", "AFP", None, "Sunday", "2025-09-14"),
    ("(AP) —", None, "AP", None, None, None),
    ("KYIV, Ukraine (AP) —", "KYIV", "AP", "Ukraine", None, None),
    ("BEIJING, Sept. 13 (Xinhua) --", "BEIJING", "Xinhua", None, "Sept. 13", "2025-09-13"),
    ("UNITED NATIONS, Oct 4 (IPS) -", "UNITED NATIONS", "IPS", None, "Oct 4", "2024-10-04"),
    ("DUBAI:", "DUBAI", None, None, None, None),
    ("Ankara (AA) -", "Ankara", "AA", None, None, None),
    ("JERUSALEM, 12 September 2025 (AFP) -", "JERUSALEM", "AFP", None, "12 September 2025", "2025-09-12"),
    ("TEHRAN (Tasnim) –", "TEHRAN", "Tasnim", None, None, None),
    ("KHARTOUM, Sudan —", "KHARTOUM", None, "Sudan", None, None),
    ("BRUSSELS/PARIS (Reuters) -", "BRUSSELS/PARIS", "Reuters", None, None, None),
    ("ST. PETERSBURG, Russia, Jan. 5 (TASS) -", "ST. PETERSBURG", "TASS", "Russia", "Jan. 5", "2025-01-05"),
    ("Gaza City (Palestinian Territories) (AFP) -", "Gaza City", "AFP", "Palestinian Territories", None, None),
    ("AL-HASAKAH, Syria (North Press) –", "AL-HASAKAH", "North Press", "Syria", None, None),
    ("NEW YORK (CNN) —", "NEW YORK", "CNN", None, None, None),
    ("Tehran, IRNA --", "Tehran", "IRNA", None, None, None),
    ("MOSCOW, March 3, 2024 (Interfax) —", "MOSCOW", "Interfax", None, "March 3, 2024", "2024-03-03"),
    ("ADDIS ABABA, Ethiopia, Friday —", "ADDIS ABABA", None, "Ethiopia", "Friday", "2025-09-12"),
    ("LONDON —", "LONDON", None, None, None, None),
    ("SANAA, Yemen, Sept 20 (Saba) -", "SANAA", "Saba", "Yemen", "Sept 20", "2024-09-20"),
]

NOT_DATELINES = [
    "EXCLUSIVE — Officials say a deal is near.",
    "BREAKING: Explosions reported in the capital.",
    "UPDATE 2-Syria says talks are continuing.",
    "NATO (North Atlantic Treaty Organization) — the alliance met today.",
    "Washington is preparing a response — officials said on Monday.",
    "The ministry (MoD) — in a rare statement — denied the report.",
    "Jolani: HTS in Security Talks With Zionist Regime",
    "ANALYSIS — Why the truce failed.",
    "President Biden (D) — speaking on Monday — said little.",
    "Israel-Syria talks - what we know so far",
    "HELLO WORLD — this is not a place.",
    "Officials in BEIRUT (Reuters) – said the port was closed.",
    "WATCH: The moment the convoy arrived.",
    "In Damascus, SANA reported — without evidence — new arrests.",
    "DAMASCUS (Dispatches) –",  # nothing follows: a heading
    "Damascus — the capital was quiet on Monday.",
]


@pytest.mark.parametrize("head, place, agency, region, date_text, date_value", RECOGNISED)
def test_recognised_dateline(head, place, agency, region, date_text, date_value):
    text = head + BODY
    found = find_dateline(text, PUBLISHED)
    assert found is not None, head
    assert (found.place, found.agency, found.region) == (place, agency, region)
    assert found.text == head and text[found.start : found.end] == head
    if date_text is None:
        assert found.date is None
    else:
        assert (found.date.text, found.date.value) == (date_text, date_value)


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_look_alike_is_not_a_dateline(line):
    assert find_dateline(line + "\n" + "The talks resumed on Monday.", PUBLISHED) is None


def test_dateline_after_headline_and_byline():
    text = "Talks resume in Jeddah\nBy Amal Osman\n\nJEDDAH, Saudi Arabia (Nile Wire) — Delegations arrived."
    found = find_dateline(text)
    assert (found.place, found.region, found.agency) == ("JEDDAH", "Saudi Arabia", "Nile Wire")
    assert text[found.start : found.end] == "JEDDAH, Saudi Arabia (Nile Wire) —"


def test_dateline_deep_in_the_body_is_ignored():
    text = "\n".join(["The first paragraph is long enough to be a paragraph."] * 5) + "\nBEIRUT (Reuters) - late."
    assert find_dateline(text) is None


def test_date_without_reference_is_kept_unresolved():
    found = find_dateline("BEIRUT, Sept 12 (Reuters) - Shelling resumed.")
    assert found.date.text == "Sept 12" and found.date.value is None


def test_impossible_dateline_date_is_not_invented():
    found = find_dateline("BEIRUT, Feb 30 (Reuters) - Shelling resumed.", PUBLISHED)
    assert found.date.text == "Feb 30" and found.date.value is None


def test_original_dispatch_dateline(dispatch_path):
    text = dispatch_path.read_text("utf-8")
    found = find_dateline(text)
    assert (found.place, found.agency) == ("DAMASCUS", "Dispatches")
    assert text[found.start : found.end] == "DAMASCUS (Dispatches) –"


@given(st.text(max_size=300))
def test_any_text_never_crashes_and_offsets_hold(text):
    found = find_dateline(text, PUBLISHED)
    if found is not None:
        assert text[found.start : found.end] == found.text
