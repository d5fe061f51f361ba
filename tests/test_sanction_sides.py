"""Who imposes a sanction and on whom, and who did the wrong it answers. The sentences are written for these tests,
not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find, parties


def test_the_victim_of_the_war_a_sanction_is_over_does_not_impose_it(code):
    events = code("New sanctions were imposed on Russia on Monday over its invasion of Ukraine.",
                  published="2024-06-21")
    sanctions = find(events, "SANCTION", target="RUS")
    assert sanctions and not any("UKR" in parties(e["source"]) for e in sanctions), events


def test_the_country_struck_in_the_attack_named_as_reason_is_no_sanctioner(code):
    events = code("The bloc's foreign ministers approved new sanctions against Syria on Monday over its bombing of "
                  "Lebanon.", published="2024-06-21")
    sanctions = find(events, "SANCTION", target="SYR")
    assert sanctions and not any("LBN" in parties(e["source"]) for e in sanctions), events


def test_the_one_wronged_may_still_sanction_the_wrongdoer(code):
    events = code("Japan imposed sanctions on Chinese officials on Friday over the detention of a Japanese "
                  "businessman.", published="2024-06-21")
    assert find(events, "SANCTION", "JPN", "CHN", directed=True), events


def test_the_act_a_sanction_answers_is_done_by_the_sanctioned(code):
    events = code("Canada imposed sanctions on Iranian hackers on Tuesday over a cyberattack on a hospital network.",
                  published="2024-06-21")
    assert find(events, "SANCTION", "CAN", "IRN", directed=True), events
    attacks = find(events, "COERCE")
    assert attacks and all("IRN" in parties(e["source"]) and "CAN" not in parties(e["source"])
                           for e in attacks), events


def test_the_annexation_a_sanction_answers_is_the_sanctioned_sides(code):
    events = code("Washington imposed sanctions on Russian banks on Friday over the annexation of Crimea from "
                  "Ukraine.", published="2024-06-21")
    assert find(events, "ASSAULT", "RUS", "UKR", directed=True), events
    assert not find(events, "ASSAULT", "USA"), events


def test_recalling_ones_own_envoy_over_an_attack_names_no_attacker(code):
    events = code("Qatar recalled its ambassador from Iran on Monday over the attack on its embassy.",
                  published="2024-06-21")
    assert not find(events, "ASSAULT", "QAT", directed=True), events


def test_the_country_under_sanctions_is_their_target_not_their_source(code):
    events = code("Cuba, which is under U.S. sanctions, signed a fuel deal with Algeria on Monday.",
                  published="2024-06-21")
    sanctions = find(events, "SANCTION")
    assert sanctions and not any("CUB" in parties(e["source"]) for e in sanctions), events


def test_who_retaliates_against_sanctions_did_not_impose_them(code):
    events = code("Beijing said on Tuesday it would retaliate against the Japanese sanctions.", published="2024-06-21")
    sanctions = find(events, "SANCTION")
    assert sanctions and not any("CHN" in parties(e["source"]) for e in sanctions), events


def test_firms_accused_of_helping_do_the_helping(code):
    events = code("Japan imposed sanctions on five Indian firms accused of supplying Iran's drone program.",
                  published="2024-06-21")
    helped = find(events, "AID", target="IRN")
    assert helped and all("IND" in parties(e["source"]) and "JPN" not in parties(e["source"]) for e in helped), events


def test_a_country_named_in_what_the_sanctioned_did_is_no_sanctioner(code):
    events = code("Canada on Monday announced new measures against the Syrian government. Officials sanctioned "
                  "four Lebanese banks that moved money to Syria.", published="2024-06-21")
    sanctions = find(events, "SANCTION", target="LBN")
    assert sanctions and not any("SYR" in parties(e["source"]) for e in sanctions), events


def test_the_treasury_is_the_office_of_the_state_told_acting(code):
    events = code("The United States on Thursday announced new measures against North Korea's arms trade. The "
                  "Treasury sanctioned two Chinese shipping firms.", published="2024-06-21")
    assert find(events, "SANCTION", "USA", "CHN", directed=True), events


def test_the_decision_condemned_is_the_last_act_of_another_side(code):
    events = code("The EU adopted new sanctions on Belarus on Monday over the detention of opposition figures. "
                  "Minsk condemned the decision.", published="2024-06-21")
    assert find(events, "ACCUSE", "BLR", "EU", directed=True), events


def test_the_move_regretted_is_not_the_judges_own(code):
    events = code("Canada banned imports of Russian aluminium on Tuesday. Russia expelled a Canadian diplomat on "
                  "Wednesday. Moscow later regretted the move.", published="2024-06-21")
    assert not find(events, "ACCUSE", "RUS", "RUS"), events


def test_agreeing_on_a_package_of_sanctions_imposes_them(code):
    events = code("EU envoys agreed on Thursday on a fresh package of sanctions against Belarus.",
                  published="2024-06-21")
    assert find(events, "SANCTION", target="BLR"), events
    assert not find(events, "AGREE"), events


def test_agreeing_on_a_ceasefire_is_no_sanction(code):
    events = code("Armenia and Azerbaijan agreed on a ceasefire on Monday.", published="2024-06-21")
    assert not find(events, "SANCTION"), events


def test_who_punishes_after_an_invasion_is_not_the_invader(code):
    events = code("Norway expelled three Belarusian envoys on Monday following the invasion of Lithuania.",
                  published="2024-06-21")
    invasions = [e for e in events if e["type"] == "ASSAULT"]
    assert invasions and not any("NOR" in parties(e["source"]) for e in invasions), events


def test_who_joins_another_in_sanctioning_does_it(code):
    events = code("Norway joined the European Union in sanctioning Iranian officials on Tuesday.",
                  published="2024-06-21")
    assert find(events, "SANCTION", "NOR", "IRN", directed=True), events
