"""Time expressions: a hand-checked table of sentences (tests/data/timex_cases.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from newsift.timex import find_times

CASES = yaml.safe_load((Path(__file__).parent / "data" / "timex_cases.yaml").read_text("utf-8"))["cases"]


def _reference(case) -> dt.date | None:
    value = case.get("reference")
    return value if isinstance(value, dt.date) or value is None else dt.date.fromisoformat(str(value))


@pytest.fixture(scope="module")
def parser():
    from newsift.nlp import build_pipeline

    return build_pipeline(components=[])


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:60] for case in CASES])
def test_time_expressions(case, parser):
    text = case["text"]
    found = find_times(text, _reference(case), parser(text))
    got = [{"text": t.text, "value": t.value, "precision": t.precision, **({"mod": t.mod} if t.mod else {})} for t in found]
    expected = [{key: (str(value) if key == "value" and value is not None else value) for key, value in item.items()} for item in case["expect"]]
    assert got == expected
    for time in found:
        assert text[time.start : time.end] == time.text


def test_table_is_large_enough():
    assert len(CASES) >= 80 and sum(len(case["expect"]) for case in CASES) >= 80


def test_dispatch_dates_against_mid_september_2025(parser, dispatch_path):
    text = dispatch_path.read_text("utf-8")
    found = {time.text: (time.value, time.precision) for time in find_times(text, dt.date(2025, 9, 14), parser(text))}
    assert found["last month"] == ("2025-08", "month")
    assert found["December 8"] == ("2024-12-08", "day")
    assert found["December 8, 2024"] == ("2024-12-08", "day")
    assert found["1973"] == ("1973", "year") and found["1974"] == ("1974", "year")
    assert found["December"] == ("2024-12", "month")  # "since the December overthrow"


def test_without_a_reference_relative_dates_have_no_value(parser):
    text = "The talks began last month and the truce was signed on December 8, 2024."
    found = {time.text: time.value for time in find_times(text, None, parser(text))}
    assert found == {"last month": None, "December 8, 2024": "2024-12-08"}


@given(st.lists(st.sampled_from(["Feb", "February", " 30", " 31", " 2024", " last", " month", " on ", "Friday", " ago", " two", " weeks", ", ", "the 1990s", "-", "13", " "]), max_size=12).map("".join))
def test_any_date_like_text_never_crashes(text):
    for time in find_times(text, dt.date(2025, 9, 14)):
        assert text[time.start : time.end] == time.text
        if time.value and time.precision == "day":
            dt.date.fromisoformat(time.value)
