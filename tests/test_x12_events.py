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
