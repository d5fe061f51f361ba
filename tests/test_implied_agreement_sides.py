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


def test_an_agreement_told_again_keeps_the_sides_that_made_it(code):
    # "Monday's agreement" is the one Brazil and Argentina made, not one with Chile, named as whom trade is with
    events = code("Brazil and Argentina decided on Monday to build a joint gas pipeline. Analysts said Monday's "
                  "agreement to lay the pipe in Argentina could cost Buenos Aires dearly in trade with Chile.",
                  published="2024-06-21")
    deals = [e for e in events if e["type"] == "AGREE" and "Analysts" in e["evidence"]["text"]]
    assert deals and find(deals, "AGREE", "BRA", "ARG"), events
