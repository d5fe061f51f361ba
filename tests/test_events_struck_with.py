"""What a passive does to an actor "with" (dyadwatch/roles.py, `object_lemmas`): "X was hit with sanctions" is the
sanction, as "hit X with sanctions" is. The sentences are written for these tests, not taken from the evaluation
sets."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Venezuelan oil firms were hit with fresh sanctions by Washington on Tuesday.", "USA", "VEN"),
    ("Argentina was hit with a 40% tariff by the United States last month.", "USA", "ARG"),
])
def test_an_actor_hit_with_a_measure_is_sanctioned(code, text, source, target):
    events = code(text, published="2024-03-12")
    assert find(events, "SANCTION", source, target, directed=True), events
    assert not find(events, "ASSAULT"), events
