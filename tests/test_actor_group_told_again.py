"""A group of people told again under a kindred plural noun. The sentences are written for these tests, not taken
from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_the_soldiers_after_troops_are_those_troops(code):
    events = code("Kenyan troops detained by Somali militias were there to train police, the president said on "
                  "Monday. The militia seized the soldiers at a border post on Saturday.", published="2023-04-17")
    seized = [e for e in find(events, "COERCE") if e["evidence"]["text"].startswith("The militia")]
    assert seized and find(seized, "COERCE", target="KEN"), events
