"""Acts others are told to avoid are no event of their own, through the real pipeline; an avoiding told as done
still codes the act (the modality says it was not done). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize("text", [
    "Beijing advised its citizens to avoid travelling to Japan on Friday.",
    "Beijing urged Chinese students to refrain from visiting Japan.",
])
def test_a_trip_people_are_told_to_avoid_is_no_visit(code, text):
    assert not find(code(text, published="2025-11-14"), "CONSULT"), text


def test_an_avoiding_told_as_done_keeps_the_act(code):
    events = code("Beijing has avoided criticising Moscow over Crimea.", published="2025-11-14")
    assert find(events, "ACCUSE", "CHN", "RUS", directed=True), events
