"""The lead after a dateline is one sentence: its joined subject is not cut away from its verb. The sentences are
written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from dyadwatch.nlp import load_pipeline

from conftest import find


def test_two_countries_joined_after_a_dateline_are_both_sides(code):
    # (the model cut this lead into "Jordan", then "and Syria agreed ...": the agreement had one side)
    events = code("AMMAN, June 21 (Reuters) - Jordan and Syria agreed on Friday to restore ambassadors. Talks "
                  "between them had stalled for years.", published="2023-06-23")
    agreed = find(events, "AGREE", "JOR", "SYR")
    assert agreed and all(e["evidence"]["text"].startswith("AMMAN") for e in agreed), events


def test_the_lead_starts_no_sentence_before_its_end():
    doc = load_pipeline()("CAIRO, June 21 (Reuters) - Egypt and Qatar agreed on Friday to restore ambassadors. It "
                          "ends a rift.")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["CAIRO", "It"], starts


def test_a_name_ending_in_a_period_ends_the_lead():
    doc = load_pipeline()("LIMA, Feb 2 (AP) - Peru signed an accord during a visit by John Smith Jr. The accord "
                          "ends a dispute.")
    assert [s[0].text for s in doc.sents] == ["LIMA", "The"], list(doc.sents)
