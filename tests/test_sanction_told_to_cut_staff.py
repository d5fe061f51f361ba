"""A state that tells another to cut its embassy staff expels part of that mission. The sentences are written for
these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_told_to_cut_its_diplomatic_staff_is_the_tellers_sanction(code):
    events = code("Moscow has told Warsaw to cut more than 40 of its diplomatic staff in Russia, Poland's foreign "
                  "ministry said on Monday.", published="2022-04-11")
    assert find(events, "SANCTION", "RUS", "POL", directed=True), events


def test_asked_to_reduce_the_number_of_its_diplomats_is_the_askers_sanction(code):
    events = code("Bulgaria asked Russia on Friday to reduce the number of its diplomats in Sofia.",
                  published="2023-02-10")
    assert find(events, "SANCTION", "BGR", "RUS", directed=True), events


def test_a_firm_told_to_cut_its_staff_is_no_sanction(code):
    events = code("The minister told the airline to cut its staff before the merger.", published="2023-02-10")
    assert not find(events, "SANCTION"), events
