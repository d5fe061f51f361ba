"""Troops and weapons on the move, through the real pipeline: arriving in a country (sent there), crossing into one
(an incursion) and leaving one (a withdrawal), beside a person arriving (a visit). The sentences are written for
these tests."""

from __future__ import annotations

from conftest import find


def test_troops_arriving_in_a_country_are_sent_there(code):
    events = code("Belarusian troops arrived in Armenia on Monday for a joint mission.")
    assert find(events, "AID", "BLR", "ARM", directed=True), events
    assert not find(events, "CONSULT"), events


def test_troops_flying_into_a_country_are_sent_there(code):
    events = code("About 500 Kazakh soldiers flew into Kyrgyzstan on Tuesday.")
    assert find(events, "AID", "KAZ", "KGZ", directed=True), events


def test_a_leader_arriving_still_visits(code):
    events = code("Indian Prime Minister Narendra Modi arrived in Moscow on Monday.")
    assert find(events, "CONSULT", "IND", "RUS", directed=True), events


def test_troops_crossing_into_a_country_attack_it(code):
    events = code("Ethiopian troops crossed into Somalia on Sunday, residents said.")
    assert find(events, "ASSAULT", "ETH", "SOM", directed=True), events


def test_fighter_jets_leaving_a_country_withdraw(code):
    events = code("The last French fighter jets left Niger on Friday.")
    assert find(events, "RETREAT", "FRA", "NER", directed=True), events


def test_diplomats_sent_home_are_expelled(code):
    events = code("Last year Denmark sent home 12 Iranian diplomats.")
    assert find(events, "SANCTION", "DNK", "IRN", directed=True), events
    assert not find(events, "CONSULT"), events


def test_a_missile_tearing_through_a_building_strikes_its_country(code):
    events = code("A Russian missile tore through an apartment block in Kharkiv overnight.")
    assert find(events, "ASSAULT", "RUS", "UKR", directed=True), events


def test_a_storm_tearing_through_a_town_is_no_attack(code):
    assert not find(code("A storm tore through a town in Ukraine overnight."), "ASSAULT")


def test_an_act_dated_against_another_retells_the_act_told_before(code):
    events = code("Morocco recalled its ambassador from Madrid on Tuesday. "
                  "The recall of the envoy comes a day after Spain backed the plan.")
    recalls = find(events, "SANCTION", "MAR", "ESP", directed=True)
    assert len(recalls) == 2, events


def test_an_act_of_two_sides_told_before_is_no_guess(code):
    # both sides struck before: who made "the attack" is not known
    events = code("Israel struck Iran on Monday and Iran struck Israel on Tuesday. "
                  "The attack came hours before the talks.")
    assert len(find(events, "ASSAULT")) == 2, events


def test_an_act_said_to_take_place_retells_the_act_told_before(code):
    events = code("Armenia and Azerbaijan swapped 32 prisoners on Sunday. "
                  "The swap took place at the border, officials said.")
    assert len(find(events, "RETREAT", "ARM", "AZE")) == 2, events


def test_troops_ordered_to_the_border_face_the_other_side(code):
    events = code("Ecuador expelled Colombia's ambassador on Sunday, and President Correa ordered troops to the "
                  "northern border.")
    assert find(events, "MOBILIZE", "ECU", "COL", directed=True), events


def test_troops_ordered_to_withdraw_go_nowhere(code):
    assert not find(code("Putin ordered the troops to withdraw on Monday."), "MOBILIZE")


def test_territory_lost_to_a_country_was_taken_by_it(code):
    events = code("Ukraine lost the town of Avdiivka to Russian forces in February.")
    assert find(events, "ASSAULT", "RUS", "UKR", directed=True), events


def test_an_election_lost_is_no_attack(code):
    assert not find(code("The Russian party lost the election to a rival bloc in Moldova."), "ASSAULT")


def test_an_act_whose_course_is_told_retells_the_act_told_before(code):
    events = code("Armenia and Azerbaijan held talks in Almaty on Monday. "
                  "The talks ended without an agreement, officials said.")
    assert len(find(events, "CONSULT", "ARM", "AZE")) == 2, events


def test_an_act_whose_course_is_only_expected_is_no_retelling(code):
    events = code("Armenia and Azerbaijan held talks in Almaty on Monday. "
                  "The talks could end without an agreement, officials said.")
    assert len(find(events, "CONSULT", "ARM", "AZE")) == 1, events
