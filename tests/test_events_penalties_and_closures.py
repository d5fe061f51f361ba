"""Measures laid on another side (dyadwatch/data/events.yaml, dyadwatch/eventsides.py): penalties, closures of
missions, measures a signed document carries out. The sentences are written for these tests, not taken from the
evaluation sets."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Washington imposed a 15% penalty on Brazilian steel on Thursday.", "USA", "BRA"),
    ("The Mexican president on Friday ordered an extra 20% penalty on Chinese goods.", "MEX", "CHN"),
])
def test_a_penalty_laid_on_someone_is_a_sanction(code, text, source, target):
    events = code(text, published="2024-03-12")
    assert find(events, "SANCTION", source, target, directed=True), events


def test_a_penalty_with_no_one_to_bear_it_is_no_event(code):
    assert not find(code("The court imposed a heavy penalty on Monday.", published="2024-03-12"), "SANCTION")


def test_the_closure_of_another_states_consulate_is_a_sanction(code):
    events = code("Moscow ordered the closure of the Polish consulate in Kaliningrad on Monday.",
                  published="2024-03-12")
    assert find(events, "SANCTION", "RUS", "POL", directed=True), events


def test_a_measure_carried_out_by_a_signed_order_is_the_signers(code):
    events = code("Canada's prime minister on Tuesday signed a decree imposing a 10% tariff on goods from China over "
                  "its subsidies.",
                  published="2024-03-12")
    assert find(events, "SANCTION", "CAN", "CHN", directed=True), events
