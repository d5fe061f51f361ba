""""Each side" after two sides are named stands for the pair, as "both sides" does. The sentences are written for
these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_each_side_accusing_the_other_is_the_pair(code):
    events = code("Armenian and Azerbaijani troops clashed on their border on Monday. Each side accused the other of "
                  "firing first.", published="2024-04-02")
    assert find(events, "ACCUSE", "ARM", "AZE"), events
