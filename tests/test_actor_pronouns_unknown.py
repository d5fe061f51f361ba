"""Whom "him", "them", "the two sides" and territories stand for when the knowledge base does not name them. The
sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from dyadwatch.actors import ActorResolver
from dyadwatch.goldsets import actor_for_mention

from conftest import find


@pytest.fixture(scope="module")
def party_of(pipeline):
    def run(text: str, phrase: str, day: str = "2024-06-20", nth: int = 1) -> str | None:
        doc = pipeline.nlp(text)
        best = actor_for_mention(doc, ActorResolver(doc, pipeline.kb, day), text, phrase, nth)
        return best.party if best else None

    return run


def test_him_after_an_ambassador_the_knowledge_base_does_not_know_is_that_ambassador(party_of):
    # the envoy's name is unknown; a third country's official is the subject of the sentence before
    text = ("Washington disagreed with the remarks, a State Department official said. Chile recalled its ambassador "
            "to Israel, Pedro Alvarado, on Monday, after Tamir reprimanded him at a museum.")
    assert party_of(text, "him") == "CHL"


def test_a_group_told_again_is_the_group_named_with_its_country(party_of):
    text = ("Chad detained 20 Sudanese soldiers near the border in May. The 17 other soldiers were released in June. "
            "N'Djamena said the soldiers had crossed without permission and called them spies.")
    assert party_of(text, "The 17 other soldiers") == "SDN"
    assert party_of(text, "the soldiers") == "SDN"
    assert party_of(text, "them") == "SDN"


def test_a_group_told_again_after_one_of_no_country_is_not_an_older_one(party_of):
    # the last "officials" named are not the Chinese ones, whatever their country is
    text = ("Britain sanctioned three Chinese officials in March. China then sanctioned nine officials of the "
            "European Union. The officials concerned may not enter China.")
    assert party_of(text, "The officials concerned") != "CHN"


def test_the_kingdom_named_with_a_state_is_one_of_the_two_sides_after_them(code):
    # the Kingdom is Jordan; the last two countries named otherwise are Iraq and the United States
    events = code("AMMAN (Petra) - Jordan's King Abdullah received on Sunday a delegation led by U.S. Secretary of "
                  "State Antony Blinken and Iraqi Foreign Minister Fuad Hussein. During the audience, Prime Minister "
                  "Bisher al-Khasawneh, Blinken and Hussein signed a declaration under which the Kingdom and Iraq "
                  "will reopen their border crossings. The two sides also signed three trade agreements.",
                  published="2024-06-17")
    signed = [e for e in events if e["evidence"]["text"].startswith("The two sides")]
    assert signed and find(signed, "AGREE", "JOR", "IRQ"), events


def test_gibraltar_is_britain_in_its_disputes_with_spain(code):
    events = code("MADRID (Reuters) - Spain threatened on Sunday to close its border with Gibraltar to lorries.",
                  published="2024-06-17")
    assert find(events, "THREATEN", "ESP", "GBR"), events


def test_his_country_is_the_state_of_the_person_his_stands_for(party_of):
    text = "Armenian Prime Minister Nikol Pashinyan said on Monday that his country would not join the bloc's drills."
    assert party_of(text, "his country") == "ARM"


def test_a_group_only_its_backer_names_is_the_country_it_is_in(party_of):
    text = "Serbia said on Friday it would not recognise the Russia-backed separatist republics in eastern Ukraine."
    assert party_of(text, "the Russia-backed separatist republics in eastern Ukraine") == "UKR"
    # a coalition led by a state stays that state's
    assert party_of("Houthi officials condemned the Saudi-led coalition in Yemen.", "the Saudi-led coalition") == "SAU"
