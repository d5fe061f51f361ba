"""A place whose name begins with its article ("The Hague") is where, not a side. The sentences are written for these
tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_a_court_in_the_hague_is_no_side_of_the_ruling_rejected(code):
    events = code("The arbitration tribunal in The Hague awarded Slovenia most of the bay in June 2017, a decision "
                  "Croatia has rejected from the start.", published="2018-07-13")
    assert find(events, "REJECT", "HRV", "SVN", directed=True), events
    assert not find(events, "REJECT", None, "NLD"), events
