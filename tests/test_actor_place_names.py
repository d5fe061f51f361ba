"""A country's word that only begins or ends a place's own name does not name that country. The sentences are
written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find, parties


def named(events: list[dict], code: str) -> list[dict]:
    return [e for e in events if code in parties(e["source"]) | parties(e["target"])]


def test_a_province_named_with_a_demonym_is_of_its_own_country(code):
    # "British Columbia" is a Canadian province, not Britain
    events = code("The premier of British Columbia criticised China on Monday over the tariffs.",
                  published="2024-03-05")
    assert find(events, "ACCUSE", "CAN", "CHN", directed=True), events
    assert not find(events, "ACCUSE", "GBR", "CHN"), events


def test_a_state_named_after_a_country_is_of_its_own_country(code):
    # "New Mexico" is a state of the United States, not Mexico
    events = code("Police in New Mexico arrested two Chinese nationals on Monday, the FBI said.",
                  published="2024-03-05")
    assert find(events, "COERCE", "USA", "CHN", directed=True), events
    assert not named(events, "MEX"), events


def test_an_ocean_named_with_a_demonym_is_no_side(code):
    # "the Indian Ocean" is where the missile flew, India takes no part
    events = code("Russia test-fired a hypersonic missile over the Indian Ocean on Friday.", published="2024-03-05")
    assert not named(events, "IND"), events


def test_brussels_asked_to_act_is_the_european_union(code):
    # "Brussels" left out of Belgium's capitals: as an actor it is the EU, the side asked (not a third country)
    events = code("Britain said its citizens faced long waits at the Spanish frontier. London asked Brussels on "
                  "Monday to send observers to the border.", published="2024-03-05")
    assert find(events, "REQUEST", "GBR", "EU", directed=True), events
    assert not find(events, "REQUEST", "GBR", "ESP"), events
