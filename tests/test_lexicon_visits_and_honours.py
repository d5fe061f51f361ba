"""A visit told by the verb that ends it, and an honour conferred on a visitor (dyadwatch/data/events.yaml). The
sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_concluding_a_visit_is_the_visit_not_talks(code):
    events = code("Brazil's president Lula arrived in Luanda on Thursday. Lula concluded his three-day visit to Angola "
                  "on Saturday with a stop at the port of Lobito.", published="2025-05-12")
    concluded = [e for e in events if "concluded" in e["evidence"]["text"]]
    visits = find(concluded, "CONSULT", "BRA", "AGO", directed=True)
    assert visits and all(e["mode"] == "visit" for e in visits), events


def test_conferring_an_award_on_a_leader_is_support_not_consultation(code):
    events = code("Angola's president conferred the country's highest order on the visiting Brazilian leader on "
                  "Friday.", published="2025-05-12")
    assert find(events, "SUPPORT", "AGO", "BRA", directed=True), events
    assert not find(events, "CONSULT"), events
