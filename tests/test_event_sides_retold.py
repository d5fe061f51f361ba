"""Event extraction and sides (helper x12). The sentences are written for these tests, not taken from the evaluation
sets."""

from __future__ import annotations

import pytest

from dyadwatch.ingest import IngestOptions, article_from_record

from conftest import find


def test_act_timed_by_another_act_does_not_take_its_parties(code):
    # the suspension's two sides are not the sides of the talks its clause is timed by
    events = code("The negotiations in Doha came a week after Washington suspended military aid to Kyiv.",
                  published="2025-03-12")
    assert find(events, "SANCTION", "USA", "UKR", directed=True), events
    assert not find(events, "CONSULT", "USA", "UKR"), events


def test_relative_clause_that_tells_the_measure_names_its_doer(code):
    # the one answering the measure is not who imposed it
    events = code("The spokesman said Beijing was answering sanctions that Canada imposed on Tuesday on several "
                  "Chinese officials.", published="2024-03-20")
    assert find(events, "SANCTION", "CAN", directed=True), events
    assert not find(events, "SANCTION", "CHN", "CAN", directed=True), events


def test_by_phrase_hung_on_what_the_act_is_of_names_its_doer(code):
    # "by" hangs on "conditions" in the parse: the minister criticises, Egypt is criticised
    events = code("Egypt has recalled its ambassador to Norway in protest at criticism of its prison conditions by "
                  "Norwegian Foreign Minister Anne Holt.", published="2024-03-20")
    assert find(events, "ACCUSE", "NOR", "EGY", directed=True), events
    assert not find(events, "ACCUSE", "EGY", "NOR", directed=True), events


def test_drones_destroyed_by_air_defences_are_a_downing_not_a_strike(code):
    # the defender destroying drones in flight does not make the later "the attack" anyone's but the attacker's
    events = code("Ukraine launched a large drone attack on Moscow overnight. Russia's defence ministry said air "
                  "defences had destroyed 120 Ukrainian drones over six regions. The attack came a day before talks "
                  "in Geneva.", published="2025-04-02")
    retold = [e for e in find(events, "ASSAULT", "UKR", "RUS", directed=True) if "came a day" in e["evidence"]["text"]]
    assert retold, events


def _retold(pipeline, text: str, noun: str) -> list[tuple[str, set, set]]:
    """The events a two-sentence text tells by the noun that tells its act again: their types and parties."""
    article = article_from_record({"text": text, "published": "2024-06-12"}, origin="test", options=IngestOptions())
    return [(e.type, {a.party for a in e.source}, {a.party for a in e.target})
            for _, found in pipeline.extract([article]) for e in found if e.predicate == noun]


@pytest.mark.parametrize(("text", "noun", "told"), [
    ("Russia expelled two Estonian diplomats on Monday. The expulsion marked a new low in relations between the "
     "neighbours.", "expulsion", ("SANCTION", {"RUS"}, {"EST"})),
    ("Russian artillery shelled the Ukrainian town of Vovchansk on Monday. The shelling had killed at least 27 "
     "people, officials said.", "shelling", ("ASSAULT", {"RUS"}, {"UKR"})),
])
def test_a_definite_act_as_the_subject_of_a_clause_told_as_fact_is_the_act_told_before(pipeline, text, noun, told):
    """"The expulsion marked a new low": a definite event noun with no side of its own, the subject of a clause told
    as a fact, tells the act of its kind told before again, with its sides."""
    assert _retold(pipeline, text, noun) == [told]


@pytest.mark.parametrize(("text", "noun"), [
    # what the act is judged to be or do, how it stands, or a denial, is no telling of it
    ("U.S. Vice President JD Vance visited Denmark on Friday. Denmark's prime minister said the visit amounted to "
     "unacceptable pressure.", "visit"),
    ("Russia expelled two Estonian diplomats on Monday. The expulsion does not mark a break in ties, Tallinn said.",
     "expulsion"),
    ("Armenia and Azerbaijan agreed to a ceasefire on Saturday, but Armenian officials said the truce remained "
     "fragile.", "truce"),
])
def test_a_judged_or_denied_act_is_not_told_again(pipeline, text, noun):
    assert not _retold(pipeline, text, noun)
