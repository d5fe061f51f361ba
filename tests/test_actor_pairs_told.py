"""Who "the two countries" and "the kingdom" are, from what the article named before. The sentences are written for
these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_the_two_countries_a_side_tells_of_hold_the_tellers_country(code):
    # the last two countries named are only compared; the Indonesian minister tells of her own country's pair
    events = code("JAKARTA (Reuters) - Japan and Indonesia signed a defence pact on Monday as Prime Minister Fumio "
                  "Kishida met President Joko Widodo. The pact puts Japan on a par with Australia and India among "
                  "Jakarta's partners. Foreign Minister Retno Marsudi said the two countries had agreed to hold "
                  "joint drills.", published="2023-06-12")
    agreed = [e for e in events if e["evidence"]["text"].startswith("Foreign Minister Retno")]
    assert agreed and find(agreed, agreed[0]["type"], "JPN", "IDN"), events


def test_the_two_sides_a_mediator_tells_of_are_the_two_named_acting(code):
    events = code("ANKARA (Reuters) - Sudan and Chad agreed on Monday to end their border dispute, Turkish President "
                  "Tayyip Erdogan said after talks mediated by Turkey. The two sides will begin negotiations in "
                  "March, Erdogan said.", published="2024-12-10")
    assert find(events, "CONSULT", "SDN", "TCD"), events


def test_the_kingdom_is_the_last_kingdom_named(code):
    # Lebanon, named last, is no kingdom: "the kingdom" is Saudi Arabia
    events = code("Germany halted arms exports to Saudi Arabia in November. The kingdom had recalled its ambassador "
                  "from Berlin in 2017 over a row about Lebanon.", published="2019-03-29")
    assert find(events, "SANCTION", "SAU", "DEU", directed=True), events
