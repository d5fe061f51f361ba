"""Sanctions told by other words (dyadwatch/data/events.yaml): countersanctions, curbs told again as they take
effect. The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_countersanctions_laid_on_lawmakers_are_a_sanction(code):
    events = code("Beijing imposed countersanctions on eight Canadian legislators on Tuesday.", published="2024-03-12")
    assert find(events, "SANCTION", "CHN", "CAN", directed=True), events


def test_curbs_told_again_as_they_take_effect_are_the_sanction_told_before(code):
    events = code("Jakarta announced export restrictions on Malaysia on Monday. The curbs, which apply at once, "
                  "took effect at midnight.", published="2024-03-12")
    told_again = [e for e in events if "curbs" in e["evidence"]["text"]]
    assert told_again and all(find([e], "SANCTION", "IDN", "MYS", directed=True) for e in told_again), events


def test_curbs_on_a_side_are_a_sanction(code):
    events = code("Seoul placed new curbs on Japanese chemical imports on Friday.", published="2024-03-12")
    assert find(events, "SANCTION", "KOR", "JPN", directed=True), events





def test_a_supply_switched_off_read_as_a_prepositions_object_is_a_sanction(code):
    events = code("Uzbekistan switched off the gas it sells to Tajikistan on Monday.", published="2024-03-12")
    assert find(events, "SANCTION", "UZB", "TJK", directed=True), events


def test_the_side_that_faces_sanctions_is_whom_they_are_laid_on(code):
    events = code("Belarus faces new sanctions from Canada over the vote.", published="2024-03-12")
    assert find(events, "SANCTION", "CAN", "BLR", directed=True), events
    assert not find(events, "SANCTION", "BLR", None, directed=True), events


def test_hit_by_sanctions_is_a_sanction_not_an_attack(code):
    events = code("Syria has been hit by British sanctions since 2011.", published="2024-03-12")
    assert find(events, "SANCTION", "GBR", "SYR", directed=True), events
    assert not find(events, "ASSAULT"), events


def test_the_break_in_ties_with_a_state_is_a_sanction(code):
    events = code("Bamako announced the break in ties with Kyiv on Sunday.", published="2024-03-12")
    assert find(events, "SANCTION", "MLI", "UKR", directed=True), events


def test_a_break_with_no_party_is_no_event(code):
    events = code("The minister called for a break with the past after a break in the fighting.",
                  published="2024-03-12")
    assert not find(events, "SANCTION"), events
