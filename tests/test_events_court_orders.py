"""A court's order told after its ruling (dyadwatch/events.py, retold.ruling_told): a part of that ruling, of its type.
The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def _told_in(events, start):
    return [e for e in events if e["evidence"]["text"].startswith(start)]


def test_a_court_order_after_its_finding_is_that_finding(code):
    text = ("The International Court of Justice ruled on Thursday that Chile had violated Peru's rights in the "
            "Pacific. The judges ordered Chile to halt the work of its coast guard in the disputed waters.")
    ordered = _told_in(code(text, published="2024-03-01"), "The judges")
    assert find(ordered, "ACCUSE", None, "CHL"), ordered
    assert not find(ordered, "REQUEST"), ordered


def test_a_court_order_after_a_conviction_is_the_verdict_against_whom_it_went(code):
    text = ("A Belgian court on Monday convicted two Syrians of murder. "
            "The court ordered the two men to pay 3 million euros to the families.")
    ordered = _told_in(code(text, published="2024-03-01"), "The court")
    assert find(ordered, "SANCTION", "BEL", "SYR", directed=True), ordered


def test_a_court_order_with_no_ruling_told_is_no_event(code):
    assert not code("The court ordered the two men to pay 3 million euros to the families.", published="2024-03-01")
