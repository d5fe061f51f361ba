"""Harm told of an attack named beside it: "killed in Tuesday's attack" is the attack (dyadwatch/events.py). The
sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from conftest import make_article


def _assaults(pipeline, text: str) -> list[tuple[str, str, str]]:
    article = make_article(text, published="2024-03-15")
    return [(e.predicate, "+".join(a.country or "" for a in e.source), "+".join(a.country or "" for a in e.target))
            for _, found in pipeline.extract([article]) for e in found if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "noun"), [
    ("Azerbaijan recalled its envoy from Armenia on Friday after Armenian shelling near Tovuz. Baku said two "
     "soldiers were killed in Thursday's attack near the border.", "attack"),
    ("Turkish commandos killed a PKK commander in a raid on a camp inside Iraq, Ankara said.", "raid"),
])
def test_the_attack_the_harm_is_told_of_names_the_event(pipeline, text, noun):
    assaults = _assaults(pipeline, text)
    assert any(p == noun for p, _, _ in assaults), assaults
    assert not any(p in ("killed", "wounded") for p, _, _ in assaults), assaults


def test_harm_with_no_attack_named_stays_the_event(pipeline):
    assaults = _assaults(pipeline, "Armenian troops killed two Azerbaijani soldiers near the border on Thursday.")
    assert ("killed", "ARM", "AZE") in assaults, assaults
