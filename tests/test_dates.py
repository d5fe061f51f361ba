"""Date expressions resolved against a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from dyadwatch.dates import duration, is_vague, resolve_date, stretch_to

PUBLISHED = date(2025, 11, 20)  # a Thursday


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("November 6, 2025", "2025-11-06", "day"),
        ("6 November 2025", "2025-11-06", "day"),
        ("June 2024", "2024-06", "month"),
        ("in 1961", "1961", "year"),
        ("1950-53", "1950/1953", "range"),
        ("2022-23", "2022/2023", "range"),
        ("the 1990s", "1990/1999", "decade"),
        ("late 2024", "2024-09/2024-12", "part_of_year"),
        ("mid-2020", "2020-05/2020-08", "part_of_year"),
        ("Wednesday", "2025-11-19", "day"),
        ("Thursday", "2025-11-20", "day"),  # an article's own weekday is its own day
        ("last Thursday", "2025-11-13", "day"),
        ("Sunday morning", "2025-11-16", "day"),
        ("late on Tuesday", "2025-11-18", "day"),
        ("yesterday", "2025-11-19", "day"),
        ("overnight", "2025-11-20", "day"),
        ("last month", "2025-10", "month"),
        ("earlier this month", "2025-11", "month"),
        ("this year", "2025", "year"),
        ("earlier this year", "2025", "year"),
        ("early this year", "2025-01/2025-04", "part_of_year"),
        ("late last year", "2024-09/2024-12", "part_of_year"),
        ("two years ago", "2023", "year"),
        ("two years ago today", "2023-11-20", "day"),
        ("three days ago", "2025-11-17", "day"),
        ("March", "2025-03", "month"),
        ("December", "2024-12", "month"),
        ("last June", "2025-06", "month"),
        ("June last year", "2024-06", "month"),
        ("September 3", "2025-09-03", "day"),
        ("in recent weeks", "2025-11", "month"),
    ],
)
def test_resolves(text, value, precision):
    found = resolve_date(text, PUBLISHED)
    assert found is not None, text
    assert (found.value, found.precision) == (value, precision)
    assert found.text == text


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("last week", date(2024, 6, 24), "2024-W25"),  # a Monday: last week is Monday 17 to Sunday 23 June
        ("last week", date(2024, 6, 29), "2024-W25"),  # a Saturday's last week is the one before
        ("this week", date(2024, 7, 26), "2024-W30"),
        ("next week", date(2024, 6, 14), "2024-W25"),
        ("two weeks ago", date(2024, 7, 3), "2024-W25"),
        ("three weeks ago", date(2023, 4, 10), "2023-W12"),
    ],
)
def test_weeks_are_iso_weeks(text, published, value):
    found = resolve_date(text, published)
    assert found is not None and (found.value, found.precision) == (value, "week")


def test_a_sunday_papers_last_week_spans_the_week_it_ends_and_the_one_before():
    # a paper of Sunday 30 June may mean the working week of the 24th or the week of the 17th: both, to the Saturday
    found = resolve_date("last week", date(2024, 6, 30))
    assert found is not None and (found.value, found.precision) == ("2024-06-17/2024-06-29", "range")


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("since late 2024", date(2025, 3, 15), "2024-09/2025-03"),  # up to the publication month
        ("since April", date(2025, 6, 1), "2025-04/2025-06"),
        ("since October 2022", date(2024, 3, 20), "2022-10/2024-03"),
        ("the past five months", date(2025, 3, 10), "2024-11/2025-03"),  # five months ending with publication's
        ("for the past four months", date(2025, 8, 15), "2025-05/2025-08"),
        ("from 2014 to 2016", date(2022, 2, 20), "2014/2016"),
        ("between 2012 and 2014", date(2023, 4, 1), "2012/2014"),
        ("the late 1970s and early 1980s", date(2019, 9, 1), "1977/1983"),  # late = 7-9, early = 0-3
        ("the 2000s and early 2010s", date(2021, 3, 1), "2000/2013"),
        ("from the 1950s to the late 1970s", date(2021, 3, 1), "1950/1979"),
        ("late December and early January", date(2024, 1, 17), "2023-12/2024-01"),
    ],
)
def test_stretches_are_ranges(text, published, value):
    found = resolve_date(text, published)
    assert found is not None and (found.value, found.precision) == (value, "range"), found


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Monday", date(2025, 7, 25), "2025-07-28"),  # a Friday: the coming Monday
        ("Wednesday", date(2023, 10, 16), "2023-10-18"),
        ("later on Thursday", date(2008, 12, 4), "2008-12-04"),
        ("July", date(2025, 1, 6), "2025-07"),
        ("January", date(2023, 12, 20), "2024-01"),
        ("November 7", date(2005, 10, 30), "2005-11-07"),
        ("next month", date(2024, 2, 14), "2024-03"),
        ("next year", date(2025, 12, 15), "2026"),
    ],
)
def test_future_expressions_look_ahead(text, published, value):
    found = resolve_date(text, published, future=True)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hours later", "2024-06-19"),
        ("The next day", "2024-06-20"),
        ("Two days later", "2024-06-21"),
        ("A day earlier", "2024-06-18"),
        ("Later the same day", "2024-06-19"),
        ("earlier in the day", "2024-06-19"),
        ("By evening", "2024-06-19"),
        ("Less than two weeks earlier", "2024-W23"),  # the week two weeks before June 19
        ("Three months later", "2024-09"),
        ("the previous evening", "2024-06-18"),
        ("The night before", "2024-06-18"),
    ],
)
def test_narrative_expressions_count_from_the_story(text, value):
    found = resolve_date(text, date(2024, 6, 21), anchor=date(2024, 6, 19))
    assert found is not None and found.value == value and found.reason == "relative to the text"


@pytest.mark.parametrize(
    ("text", "published", "future", "value", "precision"),
    [
        # "the year" is the latest such part begun by publication, or ahead of it when the clause looks ahead
        ("at the beginning of the year", date(2023, 9, 25), False, "2023-01/2023-03", "part_of_year"),
        ("at the beginning of the year", date(2023, 9, 25), True, "2024-01/2024-03", "part_of_year"),
        ("the start of the year", date(2024, 2, 10), True, "2024-01/2024-03", "part_of_year"),
        ("the end of the year", date(2023, 9, 25), False, "2022-10/2022-12", "part_of_year"),
        ("by the end of the year", date(2015, 7, 14), True, "2015-10/2015-12", "part_of_year"),
        ("year-end", date(2024, 2, 1), False, "2023-10/2023-12", "part_of_year"),
        ("the middle of the year", date(2023, 9, 25), False, "2023-05/2023-08", "part_of_year"),
        ("early in the year", date(2023, 9, 25), False, "2023-01/2023-04", "part_of_year"),
        ("the first half of the year", date(2023, 3, 1), True, "2023-01/2023-06", "part_of_year"),
        ("the end of last year", date(2023, 9, 25), False, "2022-10/2022-12", "part_of_year"),
        ("the beginning of next year", date(2023, 9, 25), False, "2024-01/2024-03", "part_of_year"),
        ("early next year", date(2023, 9, 25), False, "2024-01/2024-04", "part_of_year"),
        ("in the first half of 2024", date(2023, 9, 25), False, "2024-01/2024-06", "part_of_year"),
        ("the second half of last year", date(2023, 9, 25), False, "2022-07/2022-12", "part_of_year"),
        ("the third quarter of 2022", date(2023, 9, 25), False, "2022-07/2022-09", "part_of_year"),
        ("in late 2023", date(2024, 3, 10), False, "2023-09/2023-12", "part_of_year"),
        ("the summer of 2022", date(2023, 9, 25), False, "2022-06/2022-08", "part_of_year"),
        ("last summer", date(2023, 9, 25), False, "2023-06/2023-08", "part_of_year"),  # the latest one over
        ("last summer", date(2023, 4, 2), False, "2022-06/2022-08", "part_of_year"),
        ("next spring", date(2023, 4, 2), True, "2024-03/2024-05", "part_of_year"),  # the first not yet begun
        # a part of a month is no finer than its month
        ("the end of the month", date(2023, 9, 5), False, "2023-08", "month"),
        ("the end of the month", date(2023, 9, 5), True, "2023-09", "month"),
        ("the beginning of the month", date(2023, 9, 25), True, "2023-10", "month"),
        ("at the end of March", date(2023, 9, 25), False, "2023-03", "month"),
        ("in early June", date(2023, 9, 25), False, "2023-06", "month"),
        ("the end of next month", date(2023, 9, 25), True, "2023-10", "month"),
    ],
)
def test_parts_of_a_period(text, published, future, value, precision):
    found = resolve_date(text, published, future=future)
    assert found is not None, text
    assert (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize("text", ["the start of the meeting", "the end of the Cold War", "most of the year",
                                  "the rest of the month", "the first quarter", "summer", "last winter",
                                  "the fall of Kabul"])
def test_parts_of_other_things_are_not_dates(text):
    """A part of a meeting or a war, an open share of a year, a season without its year (a name as often as a
    time: "summer drills"), a quarter of no named year."""
    assert resolve_date(text, date(2023, 9, 25)) is None


def test_explicit_parts_of_a_year_need_no_publication_date():
    assert resolve_date("the first half of 2024", None).value == "2024-01/2024-06"
    assert resolve_date("the end of the year", None) is None


def test_named_spans_spilling_over_still_resolve():
    """The entity recogniser sometimes swallows a neighbour: the time expression inside still counts."""
    assert resolve_date("their spring exercise next month", date(2024, 2, 14)).value == "2024-03"
    assert resolve_date("Monday night, hours", date(2017, 3, 8)).value == "2017-03-06"
    assert resolve_date("October 24 after months", date(2019, 11, 9)).value == "2019-10-24"


@pytest.mark.parametrize("text", ["24 years", "the past decade of talks", "the end of the war", "in five years",
                                  "weeks ago", "decades", "until 2008", "a week"])
def test_durations_vague_times_and_deadlines_are_not_dates(text):
    assert resolve_date(text, PUBLISHED) is None


@pytest.mark.parametrize("text", ["weeks ago", "only weeks ago", "decades ago", "for decades", "a decade",
                                  "more than a decade", "months", "several years", "the coming days",
                                  "about 18 months"])
def test_open_times_are_vague(text):
    assert is_vague(text)


@pytest.mark.parametrize("text", ["24 years", "five years", "two days", "last week", "Wednesday"])
def test_counted_or_named_times_are_not_vague(text):
    assert not is_vague(text)


def test_durations_and_stretches():
    assert duration("a day").days == 1
    assert duration("less than a day").days == 1
    assert duration("hours").days == 0
    assert duration("three months").months == 3
    assert duration("little more than a week").days == 7
    assert duration("just over two months").months == 2
    assert duration("several years") is None
    assert stretch_to("almost two years", date(2015, 7, 14)).value == "2013/2015"
    assert stretch_to("12 days", date(2025, 6, 24)).value == "2025-06"
    assert stretch_to("three months", date(2025, 2, 10)).value == "2024-11/2025-02"


def test_relative_dates_need_a_publication_date():
    assert resolve_date("last month", None) is None
    assert resolve_date("June 2024", None).value == "2024-06"
    assert resolve_date("from 2014 to 2016", None).value == "2014/2016"


@pytest.mark.parametrize(
    ("text", "published", "future", "value"),
    [
        ("last weekend", PUBLISHED, False, "2025-11-15/2025-11-16"),
        ("over the weekend", date(2025, 11, 24), False, "2025-11-22/2025-11-23"),  # said on Monday
        ("at the weekend", date(2025, 11, 23), False, "2025-11-22/2025-11-23"),  # said on Sunday: this one
        ("this past weekend", date(2025, 11, 25), False, "2025-11-22/2025-11-23"),
        ("last weekend", date(2025, 11, 23), False, "2025-11-15/2025-11-16"),  # said on Sunday: the one before
        ("this weekend", PUBLISHED, True, "2025-11-22/2025-11-23"),
        ("next weekend", date(2025, 11, 22), False, "2025-11-29/2025-11-30"),  # said on Saturday
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(text, published, future, value):
    found = resolve_date(text, published, future)
    assert (found.value, found.precision) == (value, "range")


def test_an_act_of_last_weekend_is_not_of_publication_day(date_of):
    text = "Envoys of Qatar and Egypt met in Doha last weekend to discuss the truce."
    assert date_of(text, "met", "2025-10-30") == "2025-10-25/2025-10-26"
