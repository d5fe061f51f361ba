"""An act someone is asked to investigate happened: it is no request's content (dyadwatch/events.py, context.py).
The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_an_act_a_state_is_asked_to_investigate_is_an_event_told_as_done(code):
    events = code("Nepal has asked India to investigate the shooting of three Nepali traders by Indian border guards, "
                  "the foreign ministry said on Tuesday.", published="2024-03-12")
    shootings = find(events, "ASSAULT", "IND", "NPL", directed=True)
    assert shootings and all(e["modality"] in ("asserted", "reported") for e in shootings), events
    assert find(events, "REQUEST", "NPL", "IND", directed=True), events


def test_an_act_a_state_is_asked_to_carry_out_is_still_requested(code):
    events = code("Nepal has asked India to open the border crossing at Birgunj.", published="2024-03-12")
    assert not [e for e in events if e["type"] != "REQUEST" and e["modality"] in ("asserted", "reported")], events
