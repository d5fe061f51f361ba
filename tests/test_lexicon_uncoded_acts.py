"""Lexicon gaps that left a reported act uncoded. Sentences written for these tests, run through the real
pipeline."""

from __future__ import annotations

from conftest import find, parties


def test_a_papal_nuncio_ordered_to_leave_is_expelled(code):
    events = code("Nicaragua broke with the Vatican this week. The Holy See said its nuncio had been ordered to leave "
                  "the country immediately by Nicaragua.")
    expelled = [e for e in find(events, "SANCTION") if e["evidence"]["text"].startswith("The Holy See")]
    assert expelled and parties(expelled[0]["target"]) == {"VAT"}
