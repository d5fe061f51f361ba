"""Lexicon and reading gaps that coded a reported act as another kind of act, or not at all. Sentences written
for these tests, run through the real pipeline."""

from __future__ import annotations

from conftest import find, parties


def test_an_envoy_summoned_home_is_recalled_by_his_own_state(code):
    events = code("Norway's ambassador in Budapest was summoned home for consultations on Monday, the ministry said.")
    recalls = find(events, "SANCTION", "NOR", "HUN", directed=True)
    assert recalls and recalls[0]["mode"] == "withdraw"
    assert not find(events, "ACCUSE")


def test_an_ambassador_called_home_is_a_recall(code):
    events = code("Chile called its ambassador to Peru home for consultations on Monday.")
    assert not find(events, "CONSULT")
    assert [e["mode"] for e in find(events, "SANCTION", "CHL", "PER", directed=True)] == ["withdraw"]
