"""Orders of a court to a state ("the court ordered Norway to halt work on the dam") are demands made of that state.
The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_court_order_to_a_state_is_a_request_of_it(code):
    events = code("THE HAGUE - The International Court of Justice on Monday ordered Norway to halt work on a dam "
                  "on a river it shares with Finland.", published="2024-04-02")
    assert find(events, "REQUEST", target="NOR", directed=True), events


def test_state_order_of_a_thing_is_not_a_request(code):
    # "ordered the closure of the border": the closure is the act, not a demand of anyone
    events = code("Norway's prime minister ordered the closure of the border with Finland on Monday.",
                  published="2024-04-02")
    assert not find(events, "REQUEST"), events
    assert find(events, "SANCTION", "NOR", "FIN"), events
