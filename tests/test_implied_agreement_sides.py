"""The sides of an agreement noun or a joint act that its phrase leaves unnamed (dyadwatch/implied.py). The
sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_a_country_named_in_what_the_agreement_will_do_is_no_party_to_it(code):
    # China is named only in the relative clause telling what the deal would let Japan do
    events = code("Japan and Australia ended a week of talks in Canberra. Japan's cabinet voted on Tuesday in favour "
                  "of the agreement, which the prime minister said would let Japan focus on the Chinese threat.",
                  published="2025-04-09")
    deals = [e for e in events if e["type"] == "AGREE" and "in favour" in e["evidence"]["text"]]
    assert not find(deals, "AGREE", "JPN", "CHN"), events
