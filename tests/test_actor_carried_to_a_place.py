"""A country people were carried to in a passive is a place on their way, not a side of the story's next acts.
The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_destination_of_carried_people_is_no_side_of_a_later_swap(code):
    events = code("Armenia and Azerbaijan exchanged detainees on Monday. Baku said 32 Armenian soldiers were freed "
                  "and flown to Georgia. The previous swap took place in June.", published="2024-09-15")
    swaps = [e for e in find(events, "RETREAT") if e["evidence"]["text"].startswith("The previous swap")]
    assert swaps and not find(swaps, "RETREAT", "GEO"), events
    assert find(swaps, "RETREAT", "ARM", "AZE"), events
