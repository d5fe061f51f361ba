"""Signed texts through the real pipeline: a joint statement signed is an agreement, and a signer named alone
agrees with the other side of the summit told before. The sentences are written for these tests."""

from __future__ import annotations

from dyadwatch.records import Article

from conftest import find


def test_signing_a_joint_statement_is_an_agreement_of_the_signers(code):
    # not "joint": the signing makes it one
    events = code("Putin and Xi signed a statement on energy and grain in Beijing on Thursday.")
    hits = find(events, "AGREE", "RUS", "CHN")
    assert hits, events
    assert hits[0]["date"] == "2024-06-20", hits


def test_a_signer_named_alone_agrees_with_the_summit_partner(code):
    text = ("Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos in Manila on Monday. "
            "At the talks, Kishida signed a defence pact that lets troops train on each other's soil.")
    assert find(code(text), "AGREE", "JPN", "PHL"), code(text)


def test_a_signed_statement_of_one_country_takes_no_partner_from_nowhere(code):
    events = code("Lithuania signed a statement on energy security on Monday.")
    assert not [e for e in find(events, "AGREE") if e["target"]], events


def test_a_deal_two_named_sides_signed_is_theirs_not_the_sentence_subjects(code):
    events = code("The Doha track runs parallel to a separate deal that Congo and Rwanda signed in Washington on "
                  "June 27.")
    assert find(events, "AGREE", "COD", "RWA"), events
    assert not find(events, "AGREE", "QAT"), events


def test_the_signing_told_in_a_relative_clause_is_the_verbs_event(pipeline):
    # the model tags "that" as a conjunction here: the clause still acts on the accord, and the verb tells the act
    article = Article(id="t", text="The security accord that Nairobi and Kampala signed last May was meant to ease "
                      "tensions on the border.", published="2024-06-21")
    events = [e for _, found in pipeline.extract([article]) for e in found]
    assert [(e.type, e.predicate) for e in events] == [("AGREE", "signed")], events


def test_demanding_a_measure_is_a_request_not_the_measure(code):
    events = code("The sanctions fall short of the full oil embargo which the United States demanded from North "
                  "Korea last week.", published="2024-06-21")
    assert find(events, "REQUEST", "USA", "PRK", directed=True), events
