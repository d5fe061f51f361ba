"""Date expressions resolved against a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.dates import resolve_date

PUBLISHED = date(2025, 11, 20)  # a Thursday


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("November 6, 2025", "2025-11-06", "day"),
        ("6 November 2025", "2025-11-06", "day"),
        ("June 2024", "2024-06", "month"),
        ("in 1961", "1961", "year"),
        ("1950-53", "1950/1953", "range"),
        ("the 1990s", "1990/1999", "decade"),
        ("late 2024", "2024-09/2024-12", "part_of_year"),
        ("Wednesday", "2025-11-19", "day"),
        ("yesterday", "2025-11-19", "day"),
        ("last month", "2025-10", "month"),
        ("this year", "2025", "year"),
        ("weeks ago", "2025-10", "month"),
        ("two years ago", "2023", "year"),
        ("March", "2025-03", "month"),
        ("December", "2024-12", "month"),
        ("September 3", "2025-09-03", "day"),
    ],
)
def test_resolves(text, value, precision):
    found = resolve_date(text, PUBLISHED)
    assert found is not None, text
    assert (found.value, found.precision) == (value, precision)
    assert found.text == text


@pytest.mark.parametrize("text", ["24 years", "the past decade of talks", "the end of the year"])
def test_durations_and_vague_phrases_are_not_dates(text):
    assert resolve_date(text, PUBLISHED) is None


def test_relative_dates_need_a_publication_date():
    assert resolve_date("last month", None) is None
    assert resolve_date("June 2024", None).value == "2024-06"
