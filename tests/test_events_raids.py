"""Raids launched on a place, the "on" phrase hung on the light verb (dyadwatch/data/events.yaml, raid). The
sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Warplanes of the Turkish-Azerbaijani alliance launched raids on Monday on the Armenian town of Goris.",
     "TUR", "ARM"),
    ("The Franco-Chadian force's jets launched a series of raids at dawn on Saturday on the Libyan town of Kufra.",
     "TCD", "LBY"),
])
def test_raids_launched_on_a_place_strike_its_country(code, text, source, target):
    events = code(text, published="2024-03-12")
    assert find(events, "ASSAULT", source, target, directed=True), events
