"""Which PLOVER type a clause makes of an act, through the real pipeline: trade or aid told as stopped is a
sanction. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from conftest import find, parties

HALTED = [
    ("Beijing told its tour operators to stop selling package trips to Japan.", ("CHN", "JPN")),
    ("Russia ceased to supply gas to Moldova on Monday.", ("RUS", "MDA")),
]


@pytest.mark.parametrize(("text", "pair"), HALTED, ids=[h[0][:40] for h in HALTED])
def test_trade_or_aid_told_as_stopped_is_a_sanction(code, text, pair):
    events = code(text)
    assert find(events, "SANCTION", *pair, directed=True), events
    assert not find(events, "COOPERATE") and not find(events, "AID"), events


def test_trade_told_as_resumed_stays_trade(code):
    events = code("Russia resumed selling gas to Moldova on Monday.")
    assert find(events, "COOPERATE", "RUS", "MDA"), events
    assert not find(events, "SANCTION"), events


EXCHANGED = [
    ("Armenia and Azerbaijan traded artillery strikes along the border on Tuesday.", "ASSAULT"),
    ("Washington and Pyongyang have traded threats for months.", "THREATEN"),
    ("Moscow and Kyiv exchanged accusations over the shelling of the plant.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "kind"), EXCHANGED, ids=[e[0][:40] for e in EXCHANGED])
def test_what_two_sides_trade_or_exchange_gives_the_type(code, text, kind):
    events = code(text)
    assert find(events, kind), events
    assert not find(events, "COOPERATE"), events


def test_calling_an_adversary_names_condemns_it(code):
    events = code("Pyongyang called the South Korean president a puppet and a traitor on Monday.")
    assert find(events, "ACCUSE", "PRK", "KOR", directed=True), events
    assert not find(events, "CONSULT"), events


def test_calling_someone_a_partner_is_no_phone_call_and_no_request(code):
    events = code("Putin called Kim a reliable partner on Monday.")
    assert not find(events, "CONSULT") and not find(events, "REQUEST"), events


def test_another_name_given_to_a_country_is_no_phone_call(code):
    events = code('Cavusoglu called the Netherlands "the capital of fascism" on Sunday.')
    assert not find(events, "CONSULT"), events


def test_calling_a_leader_is_still_a_phone_call(code):
    assert find(code("Putin called Erdogan on Tuesday."), "CONSULT", "RUS", "TUR")


def test_a_measure_announced_is_aimed_at_the_side_the_article_is_about(code):
    events = code("China imposed new tariffs on American goods on Monday. "
                  "Beijing announced the duties minutes after the U.S. levy took effect.")
    duties = [e for e in find(events, "SANCTION", "CHN", "USA", directed=True) if "announced" in e["evidence"]["text"]]
    assert duties, events


def test_a_measure_merely_discussed_still_needs_a_recipient(code):
    events = code("China imposed new tariffs on American goods on Monday. Economists discussed the duties.")
    assert not [e for e in find(events, "SANCTION") if "discussed" in e["evidence"]["text"]], events


def test_trade_described_by_a_copula_is_a_state_not_an_act(code):
    """"its trade with Russia was normal" describes the ties (no COOPERATE); trade expanded is an act, and a
    commitment described as ironclad is still a statement of support."""
    events = code("Beijing said on Friday that its trade with Russia was normal and legitimate.")
    assert not find(events, "COOPERATE"), events
    assert find(code("China and Russia expanded their trade on Tuesday."), "COOPERATE", "CHN", "RUS")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Spain said it was withdrawing Garcia and two other officials from Caracas over the threats.", "ESP", "VEN"),
    ("Kenya withdrew its high commissioner from Somalia on Monday.", "KEN", "SOM"),
])
def test_posted_officials_withdrawn_are_a_sanction_not_a_retreat(code, text, source, target):
    events = code(text, published="2024-03-04")
    assert any(e["mode"] == "withdraw" for e in find(events, "SANCTION", source, target, directed=True)), events
    assert not find(events, "RETREAT"), events


@pytest.mark.parametrize("text", [
    "Brazil took charge of the Argentine embassy in Caracas in August.",
    "Chad's army said it would take full charge of border security after French troops left.",
])
def test_taking_charge_of_a_building_accuses_no_one(code, text):
    assert not find(code(text, published="2024-09-02"), "ACCUSE")


def test_taking_charge_of_the_charges_is_still_an_accusation(code):
    events = code("Prosecutors in Moscow took the charges against the Dutch citizen to court.", published="2024-09-02")
    assert find(events, "ACCUSE", "RUS", "NLD", directed=True), events


def test_a_deal_called_by_its_name_is_not_the_deal_told_last(code):
    events = code("NATO's allies signed an accession protocol with Skopje on Wednesday. Greek lawmakers approved the "
                  "Prespa agreement in January.", published="2019-02-07")
    greek = [e for e in events if "GRC" in parties(e["source"])]
    assert greek and not any(parties(e["target"]) - {"MKD"} for e in greek), events
    retold = code("Russia signed a gas deal with Hungary on Monday. Serbia welcomed the agreement on Tuesday.",
                  published="2019-02-07")
    assert find(retold, "SUPPORT", "SRB", "RUS", directed=True), retold


def test_an_envoy_called_in_in_the_passive_is_summoned_not_phoned(code):
    events = code("China summoned the Japanese envoy on Friday. The U.S. ambassador was called in separately, a U.S. "
                  "embassy spokesman said.", published="2016-07-08")
    assert find(events, "ACCUSE", "CHN", "USA", directed=True), events
    assert not find(events, "CONSULT"), events


def test_a_news_conference_of_one_side_is_no_meeting(code):
    events = code("Greek Foreign Minister George Gerapetritis told a news conference in Athens that Turkey's survey "
                  "ship had left.", published="2024-09-02")
    assert not find(events, "CONSULT"), events
    joint = code("Erdogan and Mitsotakis held a joint news conference in Athens on Thursday.", published="2024-09-02")
    assert find(joint, "CONSULT", "TUR", "GRC"), joint
