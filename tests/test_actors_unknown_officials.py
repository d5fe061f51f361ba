"""Actors the article names by a kind of state or leaves to the clause above. The sentences are written for these
tests, not taken from the evaluation sets."""

from __future__ import annotations

from dyadwatch.actors import ActorResolver
from dyadwatch.goldsets import actor_for_mention

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


def test_an_unknown_official_is_of_the_country_the_story_is_filed_from(code):
    # the minister's country is not named, but the story is filed from its capital, and that country takes part
    events = code("BAMAKO, Mali (AP) — France pulled its last troops out of Mali on Monday. Foreign Minister Oumar "
                  "Kantara had announced the end of the defence treaty in May.", published="2022-08-16")
    assert find(events, "SANCTION", "MLI", "FRA", directed=True), events


def test_an_unknown_envoy_is_not_taken_for_the_host(code):
    # an ambassador with no country named is most often the guest's: not of the host the story is filed from, so
    # Peru expelling him is not read as Mexico expelling a Peruvian
    events = code("LIMA, Peru (AP) — Peru quarrelled with Mexico over asylum on Tuesday. Foreign Minister Ana Diaz "
                  "said ambassador Pablo Ortiz was being expelled over interference by Mexico's leaders.",
                  published="2022-12-21")
    assert not find(events, "SANCTION", "MEX", "PER", directed=True), events


def test_a_kind_of_envoys_with_no_article_is_the_pair(code):
    # "Special envoys", with no country and no number, are the two sides' envoys, as "the envoys" are
    events = code("Armenia and Turkey held talks in Vienna on Friday. Special envoys had already agreed last July to "
                  "open the frontier to foreigners.", published="2023-01-13")
    assert [e for e in find(events, "AGREE", "ARM", "TUR") if e["date"] == "2022-07"], events


def test_the_cabinet_is_the_government_of_the_story(code):
    # a bare "the cabinet" is a government, as "the government" is: the one of the country the story is filed from
    events = code("PRETORIA (Reuters) - South Africa and Israel have long quarrelled over Gaza. On Monday the cabinet "
                  "recalled the diplomats posted to Tel Aviv.", published="2023-11-07")
    assert find(events, "SANCTION", "ZAF", "ISR", directed=True), events



def test_an_unknown_envoy_is_of_the_country_whose_envoy_was_named(pipeline):
    # the ambassador's country is not said with his name, but the article named which country's envoy was summoned
    text = ("ACCRA (Reuters) - Ghana summoned Togo's ambassador on Monday over a border shooting. Ambassador Koffi "
            "Mensavi was received by Foreign Minister Ama Owusu, who protested strongly, a statement said.")
    doc = pipeline.nlp(text)
    found = actor_for_mention(doc, ActorResolver(doc, pipeline.kb, "2023-05-09"), text, "Ambassador Koffi Mensavi", 1)
    assert found is not None and found.party == "TGO", found


def test_an_unknown_envoy_is_not_the_one_of_the_country_the_story_is_filed_from(pipeline):
    # Ghana's own envoy, named before, is not the foreign ambassador expelled from Ghana
    text = ("ACCRA (Reuters) - Ghana recalled its envoy to Lome on Monday. Ghana's envoy had protested for weeks, and "
            "ambassador Koffi Mensavi was expelled from Accra.")
    doc = pipeline.nlp(text)
    found = actor_for_mention(doc, ActorResolver(doc, pipeline.kb, "2023-05-09"), text, "ambassador Koffi Mensavi", 1)
    assert found is None or found.party != "GHA", found
