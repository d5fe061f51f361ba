""""The meeting" told after a summons is the summons (dyadwatch/retold.py, summons_told_again). The sentences are
written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from conftest import find


def _meetings(events):
    return [e for e in events if e["evidence"]["text"].startswith("The meeting")]


@pytest.mark.parametrize("text", [
    "Chile's foreign ministry on Tuesday summoned Peru's ambassador over the fishing dispute. "
    "The meeting lasted half an hour, the ministry said.",
    "Chile's foreign minister on Tuesday received Peru's ambassador to voice the government's displeasure at the "
    "remarks. The meeting took place at the ministry in Santiago.",
    "Chile on Tuesday called in the Peruvian ambassador over the fishing dispute. "
    "The meeting at the foreign ministry lasted about twenty minutes.",
])
def test_the_meeting_told_after_a_summons_is_the_summons(code, text):
    told = _meetings(code(text, published="2024-03-12"))
    assert find(told, "ACCUSE", "CHL", "PER", directed=True), told
    assert not find(told, "CONSULT"), told


def test_a_meeting_with_someone_else_is_its_own(code):
    text = ("Chile on Tuesday summoned Peru's ambassador over the fishing dispute. "
            "The meeting with Bolivia's president in La Paz lasted an hour.")
    assert not find(_meetings(code(text, published="2024-03-12")), "ACCUSE")


def test_a_meeting_told_after_talks_since_the_summons_is_not_the_summons(code):
    text = ("Chile on Tuesday summoned Peru's ambassador over the fishing dispute. On Wednesday the Chilean "
            "foreign minister met her Argentine counterpart in Buenos Aires. The meeting lasted two hours.")
    assert not find(_meetings(code(text, published="2024-03-12")), "ACCUSE")
