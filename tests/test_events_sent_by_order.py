"""Orders that send forces to a place, and instructions given to another side (dyadwatch/events.py, vows.py).
The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize(("text", "source"), [
    ("Germany's defence minister ordered the frigate to the eastern Baltic on Thursday.", "DEU"),
    ("Paris ordered two warships to the eastern Mediterranean last week.", "FRA"),
])
def test_an_order_sending_forces_to_a_place_is_their_deployment(code, text, source):
    events = code(text, published="2024-03-12")
    assert find(events, "MOBILIZE", source), events


def test_an_order_to_do_something_somewhere_is_no_deployment(code):
    events = code("Paris ordered its ambassador to return to France for consultations.", published="2024-03-12")
    assert not find(events, "MOBILIZE"), events


def test_instructing_another_side_asks_it(code):
    events = code("The Estonian government instructed Russia to explain the border incident.",
                  published="2024-03-12")
    assert find(events, "REQUEST", "EST", "RUS", directed=True), events
