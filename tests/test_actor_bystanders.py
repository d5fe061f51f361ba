"""Who a sentence names without making them a side of its acts (dyadwatch/bystanders.py). Sentences written for
these tests, run through the real pipeline."""

from __future__ import annotations

import pytest

from conftest import find, parties


@pytest.mark.parametrize("role", ["a mediator", "a go-between"])
def test_a_mediator_is_no_side_of_the_swap_it_mediated(code, role):
    events = code("Russia freed an American teacher on Friday in exchange for a Russian hacker. The swap took place "
                  f"at an airport in the Gulf, with Qatar acting as {role}, and was overseen by CIA Director John "
                  "Ratcliffe and Russian intelligence chief Sergei Naryshkin.", published="2025-02-15")
    swaps = [e for e in find(events, "RETREAT") if e["evidence"]["text"].startswith("The swap")]
    assert swaps and all("QAT" not in parties(e["source"]) | parties(e["target"]) for e in swaps)


def test_the_work_of_a_go_between_is_no_recipient(code):
    events = code("Ethiopia and Eritrea agreed on Monday to reopen their border. The deal was reached with Saudi "
                  "mediation.", published="2018-09-17")
    deals = [e for e in events if e["evidence"]["text"].startswith("The deal")]
    reached = [e for e in deals if e["type"] != "CONSULT"]
    assert reached and all("SAU" not in parties(e["target"]) for e in reached)


def test_mediation_that_is_what_was_agreed_names_the_mediator(code):
    events = code("India never agreed to U.S. mediation with Pakistan, the foreign secretary said.",
                  published="2025-06-18")
    agreed = find(events, "AGREE")
    assert agreed and "USA" in parties(agreed[0]["target"])


def test_the_host_of_talks_between_two_sides_is_neither_side(code):
    events = code("Oman hosted a new round of talks between Iran and the United States in Muscat on Saturday.",
                  published="2025-04-13")
    hosted = find(events, "CONSULT")
    assert hosted and all(parties(e["source"]) | parties(e["target"]) == {"IRN", "USA"} for e in hosted)


def test_the_host_of_talks_with_a_guest_is_a_side(code):
    events = code("Qatar hosted talks with a Taliban delegation in Doha on Monday.", published="2024-06-20")
    assert any("QAT" in parties(e["source"]) | parties(e["target"]) for e in find(events, "CONSULT"))


def test_an_unplaced_armed_group_is_not_replaced_by_the_articles_other_state(code):
    events = code("Sudan cut diplomatic relations with the United Arab Emirates on Tuesday and recalled its envoy "
                  "from Abu Dhabi. The rebel militia's drones targeted an air base in Port Sudan on Sunday, the "
                  "armed forces spokesman said.", published="2025-05-06")
    struck = [e for e in find(events, "ASSAULT") if e["evidence"]["text"].startswith("The rebel")]
    assert struck and all("ARE" not in parties(e["source"]) for e in struck)


def test_a_bygone_state_named_in_passing_is_no_guess_for_a_side(code):
    events = code("Xi Jinping will attend a parade in Moscow on Friday marking the 80th anniversary of the Soviet "
                  "victory over Nazi Germany. Ukrainian President Volodymyr Zelensky repeated his call for a 30-day "
                  "ceasefire.", published="2025-05-08")
    called = [e for e in events if e["evidence"]["text"].startswith("Ukrainian President")]
    assert called and all(not {"SUN", "DEU"} & (parties(e["source"]) | parties(e["target"])) for e in called)


def test_a_venue_named_twice_counts_less_than_a_side_for_the_articles_pair(code):
    events = code("Officials of Congo and Rwanda met in Doha on Friday, and talks continued in Doha on Saturday. "
                  "Rwanda sent a minister.", published="2025-06-20")
    sent = [e for e in events if e["evidence"]["text"].startswith("Rwanda sent")]
    assert sent and all(parties(e["source"]) | parties(e["target"]) == {"RWA", "COD"} for e in sent)


def test_the_side_an_act_stands_by_is_not_whom_it_is_done_to(code):
    events = code("Latvia said on Monday it would downgrade its relations with Russia in solidarity with Estonia.",
                  published="2023-01-23")
    cut = [e for e in events if e["type"] == "SANCTION"]
    assert cut and all(parties(e["target"]) == {"RUS"} for e in cut)


def test_the_side_an_act_stands_by_in_full_solidarity_is_not_whom_it_is_done_to(code):
    events = code("Latvia downgraded its relations with Russia on Monday in full solidarity with Estonia.",
                  published="2023-01-23")
    cut = [e for e in events if e["type"] == "SANCTION"]
    assert cut and all(parties(e["target"]) == {"RUS"} for e in cut)


def test_solidarity_itself_is_with_the_side_named(code):
    events = code("Latvia expressed solidarity with Estonia on Monday.", published="2023-01-23")
    assert any(parties(e["target"]) == {"EST"} for e in find(events, "SUPPORT"))


def test_a_relative_clause_after_where_an_act_landed_is_about_the_act(code):
    events = code("Iran said the attack was punishment for Israel's strike on Iran's consulate in Damascus, which "
                  "killed seven officers.", published="2024-04-14")
    assert events and all("SYR" not in parties(e["source"]) for e in events)


def test_forces_sent_toward_a_countrys_border_are_aimed_at_that_country(code):
    events = code("Ecuador broke off diplomatic relations with Colombia on Monday and Venezuela sent tanks and troops "
                  "toward its Colombian border.", published="2008-03-04")
    sent = find(events, "MOBILIZE")
    assert sent and all(parties(e["target"]) == {"COL"} for e in sent)


def test_a_country_a_summit_is_named_after_is_where_it_met(code):
    events = code("North Korea wants the joint drills to end. Trump promised at the Singapore summit to halt the "
                  "drills.", published="2018-08-10")
    promised = [e for e in events if e["evidence"]["text"].startswith("Trump")]
    assert promised and all("SGP" not in parties(e["source"]) | parties(e["target"]) for e in promised)
    assert any("PRK" in parties(e["target"]) for e in find(promised, "AGREE"))


def test_whom_an_act_helps_toward_a_goal_is_not_its_aim(code):
    events = code("Lebanon's information minister stepped down on Friday in the hope of helping German Chancellor "
                  "Olaf Scholz to repair Lebanon's relations with Riyadh.", published="2023-05-05")
    resigned = find(events, "RETREAT")
    assert resigned and "SAU" in parties(resigned[0]["target"]) and "DEU" not in parties(resigned[0]["target"])
