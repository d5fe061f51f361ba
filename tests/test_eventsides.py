"""An event's sides when the roles of its pattern name no one, or too many (dyadwatch/eventsides.py). Sentences
written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest

from conftest import find, parties


def test_hardware_with_no_owner_named_is_the_owner_of_the_clause_it_is_joined_to(code):
    events = code("Britain was told in advance: US bombers struck Fordow, while a submarine fired missiles at "
                  "Isfahan.", published="2025-06-22")
    fired = find(events, "ASSAULT", "USA", "IRN", directed=True)
    assert fired and all(parties(e["source"]) == {"USA"} for e in fired)


def test_a_noun_whose_owner_does_it_is_not_also_done_by_the_verbs_subject(code):
    events = code("The decree exempts Chinese diplomats, a concession Moscow made at Beijing's request.",
                  published="2024-06-20")
    asked = find(events, "REQUEST")
    assert asked and all(parties(e["source"]) == {"CHN"} and parties(e["target"]) == {"RUS"} for e in asked)


def test_whom_a_subject_was_invited_by_is_not_who_visits(code):
    events = code("Foreign journalists invited by North Korea visited the Punggye-ri site on Thursday.",
                  published="2018-05-25")
    assert not find(events, "CONSULT", "PRK", directed=True)


def test_whom_a_weapon_was_fired_by_is_who_strikes(code):
    events = code("Rockets fired by Cambodian troops struck a gas station in Sisaket on Thursday.",
                  published="2025-07-25")
    assert find(events, "ASSAULT", "KHM", directed=True)


@pytest.mark.parametrize(("text", "source", "target"), [
    # the country a weapon was fired from strikes
    ("An artillery shell fired from Azerbaijan hit a school in a village in Armenia on Tuesday.", "AZE", "ARM"),
    # shells landing in a country attack it
    ("Two rockets launched from Syria landed in a field in southern Turkey overnight.", "SYR", "TUR"),
])
def test_a_weapon_fired_from_a_country_strikes_where_it_lands(code, text, source, target):
    events = code(text, published="2024-03-12")
    assert find(events, "ASSAULT", source, target, directed=True), events


def test_firing_into_a_country_with_nothing_named_as_fired_attacks_it(code):
    events = code("Pakistani troops fired into Afghanistan on Monday.", published="2024-03-12")
    assert find(events, "ASSAULT", "PAK", "AFG", directed=True), events
