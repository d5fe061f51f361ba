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


def test_drills_told_again_keep_the_sides_that_hold_them(code):
    events = code("The Thai and Malaysian navies launched joint exercises on Monday, hours after Myanmar said it "
                  "test-fired a missile. The Ocean Shield drills are set to last ten days.", published="2024-06-21")
    drills = [e for e in events if e["type"] == "COOPERATE" and "Ocean Shield" in e["evidence"]["text"]]
    assert drills and find(drills, "COOPERATE", "THA", "MYS") and not find(drills, "COOPERATE", target="MMR"), events


def test_drills_held_by_two_countries_are_theirs(code):
    events = code("Poland shut its border with Belarus on Monday ahead of the Zapad drills held by Russia and "
                  "Belarus.", published="2024-06-21")
    drills = [e for e in events if e["type"] == "COOPERATE"]
    assert drills and find(drills, "COOPERATE", "RUS", "BLR") and not find(drills, "COOPERATE", "POL"), events


def test_a_treaty_of_its_own_name_is_not_the_agreement_told_before(code):
    events = code("The Soviet Union and Vietnam signed a friendship treaty in 1978. In June, Putin made his first "
                  "visit to Hanoi in years, which led to the signing of the Treaty on Comprehensive Partnership.",
                  "2024-12-01")
    treaty = [e for e in events if e["type"] == "AGREE" and "Comprehensive" in e["evidence"]["text"]]
    assert treaty and all({a["country"] for a in e["source"] + e["target"]} == {"RUS", "VNM"} for e in treaty)
