"""A visit with no host named, told as the time of another act (dyadwatch/implied.py). The sentences are
written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_a_visit_told_as_the_time_of_another_act_was_paid_to_that_acts_doer(code):
    # no host named: the visit came before the junta's act, so the junta hosted it
    events = code("Hundreds marched in Bamako on Sunday waving Malian and Russian flags. Russian instructors landed "
                  "in the Malian capital on Wednesday, after a phone call between junta leader Assimi Goita and "
                  "Russian President Vladimir Putin. The junta announced last month that it was ending its defence "
                  "accord with Paris, after a visit by senior French officials.", published="2024-07-02")
    visits = [e for e in events if e["type"] == "CONSULT" and "visit by" in e["evidence"]["text"]]
    assert find(visits, "CONSULT", "FRA", "MLI", directed=True), events
