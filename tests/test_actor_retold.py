"""Sides of an act told with fewer words than the first time (a definite "the meeting" with no side named, "its"
on a joined noun, a prisoner named bare). Sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

from conftest import parties


def _pairs(events: list[dict], opening: str) -> set[frozenset[str]]:
    return {frozenset(parties(e["source"]) | parties(e["target"])) for e in events
            if e["evidence"]["text"].startswith(opening)}


def test_the_meeting_told_again_is_the_earlier_meetings_pair(code):
    events = code("Indian Prime Minister Narendra Modi held a summit with Chinese President Xi Jinping in Wuhan on "
                  "Friday. Hours after the meeting ended, Xi held a phone call with U.S. President Donald Trump.",
                  published="2018-04-28")
    assert frozenset({"IND", "CHN"}) in _pairs(events, "Hours after")


def test_a_possessive_joined_to_an_owned_noun_is_that_owners(code):
    events = code("North Korean leader Kim Jong Un met Chinese President Xi Jinping in Dalian on Tuesday. Xi said "
                  "China supports the North's denuclearization efforts and its dialogue with the United States.",
                  published="2018-05-08")
    assert frozenset({"PRK", "USA"}) in _pairs(events, "Xi said")


def test_the_meeting_told_again_is_the_pair_that_met_most(code):
    events = code("Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping in Wuhan on "
                  "Friday. Modi flew to Wuhan on Thursday, and the two leaders strolled along a lake. Xi said Nepal "
                  "held talks with Bhutan last week. The meeting came months after a standoff on the border.",
                  published="2018-04-28")
    assert _pairs(events, "The meeting") == {frozenset({"IND", "CHN"})}


def test_a_prisoner_of_a_swap_named_bare_is_of_his_country(code):
    events = code("Among those who returned were Vadim Krasikov, freed by Germany, and two others.",
                  published="2024-08-02")
    assert frozenset({"DEU", "RUS"}) in _pairs(events, "Among those")


def test_him_with_no_one_before_it_is_whom_the_sentence_before_was_about(code):
    events = code("Vadim Krasikov had shot Zelimkhan Khangoshvili, a Georgian citizen, in a Berlin park in August "
                  "2019. In December 2021 a Berlin court sentenced him to life.", published="2024-08-02")
    assert _pairs(events, "In December") == {frozenset({"DEU", "RUS"})}


def test_a_deal_named_with_its_other_side_is_not_the_last_deal_agreed(code):
    # "the accord with Baghdad" is told by its own side, not the Russian-Ukrainian deal signed before it
    events = code("Moscow signed a grain deal with Kyiv in July. Turkey's parliament then approved the separate "
                  "accord with Baghdad.", published="2023-08-01")
    assert _pairs(events, "Turkey's parliament") == {frozenset({"TUR", "IRQ"})}
