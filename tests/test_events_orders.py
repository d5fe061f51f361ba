"""Orders given to another side (dyadwatch/events.py): "told X to ...", "ordered X to ...". The sentences are
written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Finland told Russia on Monday to respect the fishing quotas in the gulf.", "FIN", "RUS"),
    ("The Czech government ordered Hungary to explain the border incident by Friday.", "CZE", "HUN"),
    ("Vilnius told Minsk last week to keep its border patrols away from the lake.", "LTU", "BLR"),
    ("Chile told the Bolivian consul not to come back to Santiago.", "CHL", "BOL"),
])
def test_an_order_given_to_another_side_asks_it(code, text, source, target):
    events = code(text, published="2024-03-12")
    assert find(events, "REQUEST", source, target, directed=True), events


@pytest.mark.parametrize("text", [
    "Lavrov told reporters to wait for the outcome of the talks.",  # nobody of another side is told
    "Putin ordered his troops to hold their positions near the border.",  # one's own forces
    "The government ordered Japanese equipment to be removed from the network by 2027.",  # a thing, in the passive
    # a court's order is a part of its ruling
    "The International Court of Justice ordered Chile to pay compensation to Peru.",
])
def test_an_order_to_no_other_side_asks_no_state(code, text):
    assert not find(code(text, published="2024-03-12"), "REQUEST"), text


def test_an_order_whose_act_is_coded_by_itself_is_that_act(code):
    # "ordered Russia to reduce its embassy staff": the reduction is the act, not a request beside it
    events = code("Latvia ordered Russia to reduce its embassy staff in Riga.", published="2024-03-12")
    assert find(events, "SANCTION", "LVA", "RUS", directed=True), events
    assert not find(events, "REQUEST"), events


def test_a_measure_ordered_by_its_bare_noun_is_the_measure_told_before(code):
    text = ("Lithuania closed its border with Belarus on Wednesday, the government said. "
            "The national security council ordered the closure over repeated provocations.")
    ordered = [e for e in code(text, published="2024-03-12") if e["evidence"]["text"].startswith("The national")]
    assert find(ordered, "SANCTION", "LTU", "BLR", directed=True), ordered


def test_a_bare_noun_ordered_with_no_act_told_before_names_no_sides(code):
    assert not code("The president announced the closure on Tuesday.", published="2024-03-12")
