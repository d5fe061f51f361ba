"""Force at sea short of an armed attack: a ship colliding with another state's vessel, lasers and water cannon used
against one (dyadwatch/data/events.yaml). The sentences are written for these tests, not taken from the evaluation
sets."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize("text", [
    "A Vietnamese patrol vessel collided with a Chinese fishing boat near the Paracels on Sunday, Beijing said.",
    "A Vietnamese destroyer used a laser against a Chinese patrol boat on Sunday, Beijing said.",
    "A Vietnamese coast guard ship fired water cannon at a Chinese research vessel on Sunday.",
    "A Vietnamese frigate pointed a laser at a Chinese maritime patrol plane, Beijing said.",
])
def test_force_short_of_an_attack_at_sea_is_coercion(code, text):
    events = code(text, published="2024-05-10")
    assert find(events, "COERCE", "VNM", "CHN", directed=True), events
    assert not find(events, "ASSAULT"), events


def test_ships_colliding_with_no_party_code_nothing(code):
    assert not code("Two oil tankers collided in the strait on Sunday.", published="2024-05-10")


def test_a_car_colliding_with_a_bus_is_no_coercion(code):
    events = code("A Vietnamese car collided with a Chinese tour bus in Hanoi.", published="2024-05-10")
    assert not find(events, "COERCE"), events
