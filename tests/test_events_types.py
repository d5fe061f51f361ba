"""Which PLOVER type a clause makes of an act, through the real pipeline: trade or aid told as stopped is a
sanction. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from conftest import find

HALTED = [
    ("Beijing told its tour operators to stop selling package trips to Japan.", ("CHN", "JPN")),
    ("Russia ceased to supply gas to Moldova on Monday.", ("RUS", "MDA")),
]


@pytest.mark.parametrize(("text", "pair"), HALTED, ids=[h[0][:40] for h in HALTED])
def test_trade_or_aid_told_as_stopped_is_a_sanction(code, text, pair):
    events = code(text)
    assert find(events, "SANCTION", *pair, directed=True), events
    assert not find(events, "COOPERATE") and not find(events, "AID"), events


def test_trade_told_as_resumed_stays_trade(code):
    events = code("Russia resumed selling gas to Moldova on Monday.")
    assert find(events, "COOPERATE", "RUS", "MDA"), events
    assert not find(events, "SANCTION"), events


EXCHANGED = [
    ("Armenia and Azerbaijan traded artillery strikes along the border on Tuesday.", "ASSAULT"),
    ("Washington and Pyongyang have traded threats for months.", "THREATEN"),
    ("Moscow and Kyiv exchanged accusations over the shelling of the plant.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "kind"), EXCHANGED, ids=[e[0][:40] for e in EXCHANGED])
def test_what_two_sides_trade_or_exchange_gives_the_type(code, text, kind):
    events = code(text)
    assert find(events, kind), events
    assert not find(events, "COOPERATE"), events
