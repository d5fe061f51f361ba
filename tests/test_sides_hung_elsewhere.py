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


def test_agent_of_the_participle_that_tells_the_act_is_its_doer(code):
    # "imposed by the European Union": the union's sanctions, not those of Moscow, which answers them
    events = code("Moscow retaliated against the sanctions imposed by the European Union on Russian banks.",
                  published="2024-03-01")
    sanctions = find(events, "SANCTION")
    assert sanctions and not find(sanctions, "SANCTION", "RUS", directed=True), events
    events = code("Moscow said its steps mirror the expulsions announced by the British prime minister on Wednesday.",
                  published="2024-03-01")
    assert find(events, "SANCTION", "GBR", directed=True), events
