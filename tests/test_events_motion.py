"""Troops and weapons on the move, through the real pipeline: arriving in a country (sent there), crossing into one
(an incursion) and leaving one (a withdrawal), beside a person arriving (a visit). The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from conftest import find, parties

# (sentence, the PLOVER type, source, target): each a directed event of the sentence
DIRECTED = [
    ("Belarusian troops arrived in Armenia on Monday for a joint mission.", "AID", "BLR", "ARM"),  # sent there
    ("About 500 Kazakh soldiers flew into Kyrgyzstan on Tuesday.", "AID", "KAZ", "KGZ"),
    ("Indian Prime Minister Narendra Modi arrived in Moscow on Monday.", "CONSULT", "IND", "RUS"),  # still a visit
    ("Ethiopian troops crossed into Somalia on Sunday, residents said.", "ASSAULT", "ETH", "SOM"),  # an incursion
    ("The last French fighter jets left Niger on Friday.", "RETREAT", "FRA", "NER"),  # a withdrawal
    ("Last year Denmark sent home 12 Iranian diplomats.", "SANCTION", "DNK", "IRN"),  # an expulsion
    ("A Russian missile tore through an apartment block in Kharkiv overnight.", "ASSAULT", "RUS", "UKR"),
]


@pytest.mark.parametrize(("sentence", "type_", "source", "target"), DIRECTED)
def test_a_move_is_coded_as_its_act(code, sentence, type_, source, target):
    events = code(sentence)
    assert find(events, type_, source, target, directed=True), events
    if type_ in ("AID", "SANCTION"):
        assert not find(events, "CONSULT"), events  # troops or diplomats on the move pay no visit


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


# (two sentences, the type and parties of the act, how many events of it): a noun whose course is told as a fact
# retells the act told before ("took place", "ended"); one whose course is only expected ("could end") does not
RETOLD = [
    ("Armenia and Azerbaijan swapped 32 prisoners on Sunday. The swap took place at the border, officials said.",
     "RETREAT", 2),
    ("Armenia and Azerbaijan held talks in Almaty on Monday. The talks ended without an agreement, officials said.",
     "CONSULT", 2),
    ("Armenia and Azerbaijan held talks in Almaty on Monday. The talks could end without an agreement, officials "
     "said.", "CONSULT", 1),
]


@pytest.mark.parametrize(("text", "type_", "count"), RETOLD)
def test_an_act_whose_course_is_told_retells_the_act_told_before(code, text, type_, count):
    events = code(text)
    assert len(find(events, type_, "ARM", "AZE")) == count, events


def test_prisoners_flown_home_visit_no_one(code):
    """"The captives were flown from Kigali to Kinshasa": people moved by others make no visit (the release they
    are part of is told by its own verb); a delegation flown somewhere still visits."""
    events = code("Rwanda freed 30 Congolese soldiers on Monday. The captives were flown from Kigali to Kinshasa on a "
                  "Red Cross plane.", published="2025-06-10")
    assert find(events, "RETREAT", "RWA", "COD")
    assert not find(events, "CONSULT"), events
    assert find(code("A Russian delegation was flown to Pyongyang on Sunday."), "CONSULT", "RUS", "PRK")


# -- warcraft and vessels in another country's airspace or waters: an incursion, one MOBILIZE however it is told -----

INCURSIONS = [
    ("Two Russian fighter jets flew into Finnish airspace near Porvoo on Friday.", "RUS", "FIN"),
    ("Four Chinese coast guard ships entered Malaysia's waters on Monday.", "CHN", "MYS"),
    ("Turkish fighter jets crossed into Greek airspace on Tuesday, Athens said.", "TUR", "GRC"),
    ("Six Chinese fishing boats escorted by a coast guard cutter remained in Vietnam's exclusive economic zone on "
     "Sunday.", "CHN", "VNM"),
    ("Manila protested on Monday over the presence of Chinese coast guard vessels in the Philippines' exclusive "
     "economic zone.", "CHN", "PHL"),
    ("Japan protested against what it called a violation of its territorial waters by Chinese ships.", "CHN", "JPN"),
    ("Tokyo protested after what it called an incursion by four Chinese coast guard ships into its territorial "
     "waters.", "CHN", "JPN"),
]


@pytest.mark.parametrize(("sentence", "source", "target"), INCURSIONS, ids=[s[0][:40] for s in INCURSIONS])
def test_craft_in_another_countrys_airspace_or_waters_is_one_incursion(code, sentence, source, target):
    events = code(sentence)
    assert find(events, "MOBILIZE", source, target, directed=True), events
    assert not find(events, "ASSAULT", source, target), events  # no shot fired: a show of force, as "entered"


def test_ships_staying_in_a_port_they_were_invited_to_make_no_incursion(code):
    events = code("The Chinese research ship remained in Colombo for a week of repairs.")
    assert not find(events, "MOBILIZE"), events
    # (in the country's zone, the same ship staying is an intrusion)
    zone = code("The Chinese research ship remained in Sri Lanka's exclusive economic zone for a week.")
    assert find(zone, "MOBILIZE", "CHN", "LKA", directed=True), zone


def test_troops_crossing_into_a_country_still_attack_it(code):
    events = code("Ethiopian troops crossed into Somalia on Sunday, residents said.")
    assert find(events, "ASSAULT", "ETH", "SOM", directed=True), events


def test_the_side_that_names_an_incursion_is_not_its_doer(code):
    events = code("Tokyo protested after what it called an incursion by four Chinese coast guard ships into its "
                  "territorial waters.")
    incursions = find(events, "MOBILIZE", "CHN", "JPN", directed=True)
    assert incursions and all("JPN" not in {a["country"] for a in e["source"]} for e in incursions), events


@pytest.mark.parametrize("sentence", [
    "Vietnam's foreign ministry summoned China's ambassador on Monday over what it described as a violation of its "
    "exclusive economic zone by Chinese vessels.",
    "Manila lodged a protest over the presence of Chinese fishing boats off the Spratly Islands.",
    "The Philippine coast guard said dozens of Chinese fishing boats had entered the zone on Sunday.",
])
def test_the_side_that_complains_of_an_intrusion_owns_the_space(code, sentence):
    """"its waters" after a Chinese ambassador, or a place that names no country: the space is the complainant's."""
    events = code(sentence)
    assert find(events, "MOBILIZE", "CHN", None, directed=True), events
    assert all(parties(e["target"]) & {"VNM", "PHL"} for e in find(events, "MOBILIZE")), events
