"""Event extraction and sides (helper x12). The sentences are written for these tests, not taken from the evaluation
sets."""

from __future__ import annotations

from conftest import find


def test_act_timed_by_another_act_does_not_take_its_parties(code):
    # the suspension's two sides are not the sides of the talks its clause is timed by
    events = code("The negotiations in Doha came a week after Washington suspended military aid to Kyiv.",
                  published="2025-03-12")
    assert find(events, "SANCTION", "USA", "UKR", directed=True), events
    assert not find(events, "CONSULT", "USA", "UKR"), events


def test_relative_clause_that_tells_the_measure_names_its_doer(code):
    # the one answering the measure is not who imposed it
    events = code("The spokesman said Beijing was answering sanctions that Canada imposed on Tuesday on several "
                  "Chinese officials.", published="2024-03-20")
    assert find(events, "SANCTION", "CAN", directed=True), events
    assert not find(events, "SANCTION", "CHN", "CAN", directed=True), events


def test_by_phrase_hung_on_what_the_act_is_of_names_its_doer(code):
    # "by" hangs on "conditions" in the parse: the minister criticises, Egypt is criticised
    events = code("Egypt has recalled its ambassador to Norway in protest at criticism of its prison conditions by "
                  "Norwegian Foreign Minister Anne Holt.", published="2024-03-20")
    assert find(events, "ACCUSE", "NOR", "EGY", directed=True), events
    assert not find(events, "ACCUSE", "EGY", "NOR", directed=True), events


def test_drones_destroyed_by_air_defences_are_a_downing_not_a_strike(code):
    # the defender destroying drones in flight does not make the later "the attack" anyone's but the attacker's
    events = code("Ukraine launched a large drone attack on Moscow overnight. Russia's defence ministry said air "
                  "defences had destroyed 120 Ukrainian drones over six regions. The attack came a day before talks "
                  "in Geneva.", published="2025-04-02")
    retold = [e for e in find(events, "ASSAULT", "UKR", "RUS", directed=True) if "came a day" in e["evidence"]["text"]]
    assert retold, events
