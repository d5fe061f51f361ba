"""Actors the article names by a kind of state or leaves to the clause above. The sentences are written for these
tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_the_one_made_to_act_does_it(code):
    # "was compelled to downgrade": the subject of the passive downgrades, though no one is named compelling it
    events = code("Beijing accused Vilnius of breaking its promises. The Chinese side was compelled to downgrade "
                  "the ties, the ministry said.", published="2021-11-21")
    assert find(events, "SANCTION", "CHN", "LTU", directed=True), events


def test_a_person_named_by_the_firm_they_work_for_keeps_its_country_later(code):
    # "Meng" alone, later on, is still the executive of the Chinese firm: releasing her is done to China
    events = code("Canadian police arrested Huawei executive Meng Wanzhou in Vancouver on December 1. Canada "
                  "released Meng on Tuesday.", published="2018-12-13")
    assert find(events, "RETREAT", "CAN", "CHN", directed=True), events
