"""Ramming a vessel, and purchases or imports that name their seller in what is bought (dyadwatch/data/events.yaml).
The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize("text", [
    "A Vietnamese patrol ship rammed a Chinese fishing boat near the Paracels on Friday.",
    "Beijing accused Vietnam of ramming a Chinese fishing boat near the Paracels on Friday.",
])
def test_ramming_a_vessel_is_coercion(code, text):
    events = code(text, published="2024-05-10")
    assert find(events, "COERCE", "VNM", "CHN", directed=True), events


def test_ramming_no_vessel_codes_no_coercion(code):
    assert not find(code("A truck rammed the gates of the ministry in Hanoi.", published="2024-05-10"), "COERCE")


@pytest.mark.parametrize(("text", "buyer", "seller"), [
    ("Washington imposed new tariffs on Turkey over its purchases of Iranian oil.", "TUR", "IRN"),
    ("Japan's imports of Russian coal rose sharply last year.", "JPN", "RUS"),
])
def test_what_is_bought_names_the_seller(code, text, buyer, seller):
    events = code(text, published="2024-05-10")
    assert find(events, "COOPERATE", buyer, seller), events
    assert not find(events, "COOPERATE", buyer, "USA"), events
