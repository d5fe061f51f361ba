"""Military operations named as such: an operation launched against someone, or given a name "Operation X"
(dyadwatch/eventnouns.py, armed_operation). The sentences are written for these tests, not taken from the
evaluation sets."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Chad launched an operation against rebel fighters in Libya on Friday.", "TCD", "LBY"),
    ("Kenya launched Operation Linda Mpaka against Somalia on Tuesday.", "KEN", "SOM"),
    ("Ethiopia then launched what it called Operation Red Dawn against Eritrea.", "ETH", "ERI"),
    ("Turkish troops are conducting Operation Claw-Iron against rebel camps in northern Syria.", "TUR", "SYR"),
])
def test_an_operation_launched_against_someone_is_an_attack(code, text, source, target):
    events = code(text, published="2024-03-12")
    assert find(events, "ASSAULT", source, target, directed=True), events


@pytest.mark.parametrize("text", [
    "The mining company launched an operation in Zambia last year.",
    "Surgeons in Cairo carried out an operation on the wounded minister.",
])
def test_an_operation_aimed_at_no_one_is_no_attack(code, text):
    events = code(text, published="2024-03-12")
    assert not [e for e in events if e["type"] == "ASSAULT"], events
