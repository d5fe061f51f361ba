"""A side's request told as the object of another's answer ("rejected Chile's request to ...") is the asking
side's own act. The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize(("text", "asker", "asked", "answer"), [
    ("The International Court of Justice on Monday rejected Chile's request to suspend the dam project.",
     "CHL", "ICJ", "REJECT"),
    ("The International Court of Justice turned down Bolivia's bid to halt the river diversion.", "BOL", "ICJ",
     "REJECT"),
])
def test_a_request_the_other_side_answers_is_the_askers_request(code, text, asker, asked, answer):
    events = code(text, published="2024-03-12")
    assert find(events, "REQUEST", asker, asked, directed=True), events
    assert find(events, answer, asked, asker, directed=True), events


def test_a_bid_made_for_a_purpose_is_no_request(code):
    events = code("Russia struck Kharkiv on Monday in a bid to cut its power supply.", published="2024-03-12")
    assert not find(events, "REQUEST"), events
    assert find(events, "ASSAULT", "RUS", "UKR", directed=True), events  # (the strike itself is still coded)


def test_a_request_the_other_side_failed_to_grant_was_made_all_the_same(code):
    events = code("The Organization of American States on Monday failed to approve Peru's request for an urgent "
                  "meeting.", published="2024-03-12")
    assert [e["modality"] for e in find(events, "REQUEST", "PER", "OAS", directed=True)] == ["asserted"], events


def test_the_union_of_south_american_nations_is_a_body_not_a_trade_union(code):
    events = code("Peru asked the Union of South American Nations to convene an urgent summit.", published="2024-03-12")
    assert find(events, "REQUEST", "PER", "UNASUR", directed=True), events


def test_a_request_told_by_its_answer_is_left_undated(code):
    # the court answered on Monday; when Chile asked, the sentence does not say
    events = code("The International Court of Justice on Monday rejected Chile's request to suspend the dam project.",
                  published="2024-03-12")
    assert [e["date"] for e in find(events, "REQUEST", "CHL", "ICJ", directed=True)] == [None], events
