"""An attack told again with no attacker named ("the strikes hit ...") is by the one side that struck, even when the
other side shot down aircraft or missiles meanwhile: a downing is air defence, not a strike of its own. The
sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_the_strikes_told_again_are_by_the_side_that_struck_not_the_side_that_shot_down_jets(code):
    events = code("India's missile attacks on nine sites in Pakistan killed 26 people, the army said. Pakistan said "
                  "its air force had shot down three Indian jets. The strikes late on Tuesday hit two mosques in "
                  "Bahawalpur, the spokesman said.", published="2025-05-08")
    hit = [e for e in events if e["evidence"]["text"].startswith("The strikes")]
    assert find(hit, "ASSAULT", "IND", "PAK", directed=True), events


def test_strikes_told_again_when_both_sides_struck_stay_unattributed(code):
    events = code("India's missile attacks on nine sites in Pakistan killed 26 people. Pakistan struck Indian air "
                  "bases the next day. The strikes hit two mosques, the spokesman said.", published="2025-05-08")
    hit = [e for e in events if e["evidence"]["text"].startswith("The strikes")]
    assert not any(e["source"] for e in hit), events
