"""Actor readings that left a reported act with no side: pronouns standing for a body named by a common noun, and
the like. Sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

from conftest import find, parties


def test_it_after_a_body_whose_phrase_names_its_state_is_that_state(code):
    events = code("Norway expelled 15 Russian diplomats on Thursday. The Russian embassy in Oslo called the "
                  "decision a hostile step. It warned that Moscow would retaliate.")
    warned = [e for e in find(events, "THREATEN") if e["evidence"]["text"].startswith("It warned")]
    assert warned and parties(warned[0]["source"]) == {"RUS"}


def test_it_after_a_national_leadership_recalls_that_states_envoy(code):
    events = code("The Palestinian leadership rejected the deal. Hours later it recalled its ambassador to the UAE.")
    recalled = [e for e in events if e["evidence"]["text"].startswith("Hours later")]
    assert recalled and parties(recalled[0]["source"]) == {"PSE"}
