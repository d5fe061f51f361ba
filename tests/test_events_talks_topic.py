"""A country named only in what talks are about is no side of the talks (dyadwatch/implied.py). The sentences are
written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize("text", [
    "NATO ministers discussed new sanctions against Iran in Brussels on Tuesday.",
    "NATO ministers discussed Iran in Brussels on Tuesday.",
])
def test_the_country_talked_about_is_no_side_of_the_talks(code, text):
    events = code(text, published="2024-05-10")
    assert find(events, "CONSULT"), events
    assert not find(events, "CONSULT", None, "IRN"), events


def test_a_partner_named_with_with_stays(code):
    events = code("Japan discussed new sanctions against Iran with Canada on Tuesday.", published="2024-05-10")
    assert find(events, "CONSULT", "JPN", "CAN"), events
