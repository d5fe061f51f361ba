"""An event noun before "incident" ("a shooting incident") and an act's course told in the perfect ("the shelling
had come ...") tell the act told before (dyadwatch/events.py). The sentences are written for these tests, not taken
from the evaluation sets."""

from __future__ import annotations

from conftest import find

ATTACK = "Syrian troops shelled a Jordanian border post on Monday, killing a soldier. "


def _told_in(events, start):
    return [e for e in events if e["evidence"]["text"].startswith(start)]


def test_a_shooting_incident_is_the_shooting_told_before(code):
    events = code(ATTACK + "The Syrian army said a shooting incident had taken place on the border.",
                  published="2024-05-28")
    assert find(_told_in(events, "The Syrian army"), "ASSAULT", "SYR", "JOR", directed=True), events


def test_an_attack_whose_course_is_told_in_the_perfect_is_told_again(code):
    events = code(ATTACK + "The shelling had taken place days after talks between the two neighbours collapsed.",
                  published="2024-05-28")
    assert find(_told_in(events, "The shelling"), "ASSAULT", "SYR", "JOR", directed=True), events


def test_a_guessed_course_tells_no_attack(code):
    events = code(ATTACK + "The shelling could have taken place earlier.", published="2024-05-28")
    assert not _told_in(events, "The shelling"), events
