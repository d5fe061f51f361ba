"""Sides the model hangs on another word than the act noun. The sentences are written for these tests, not taken
from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_recipient_hung_on_what_the_act_noun_is_done_to(code):
    # "with Kenya" hangs on "relations", not on "severance": Kenya is still the one relations are cut with
    events = code("The Transitional Sovereignty Council announced on Monday the severance of diplomatic relations "
                  "with Kenya and the closure of its embassy in Nairobi.", published="2025-03-04")
    severed = [e for e in find(events, "SANCTION", target="KEN", directed=True) if e["evidence"]["text"]]
    assert severed, events
