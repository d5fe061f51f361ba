"""A sea, gulf or bay named as where an act happens is open water, no country's land (dyadwatch/implied.py). The
sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import parties


def test_a_gulf_named_as_where_a_ship_was_seized_names_no_target(code):
    events = code("Venezuela's navy seized a cargo ship in the Gulf of Paria on Sunday.", published="2024-06-21")
    seized = [e for e in events if e["type"] == "COERCE"]
    assert seized and not any(parties(e["target"]) for e in seized), events
