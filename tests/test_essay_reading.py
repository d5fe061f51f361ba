"""Reading essays and analyses about international relations: history told in the past, analysis that names no act,
and the clauses an essay hangs its acts on. Sentences are our own, in the style of such essays."""

from __future__ import annotations

from conftest import find


def test_the_soviet_union_is_a_state_not_a_labour_union(code):
    events = code("After the war, the Soviet Union supplied Vietnam with tanks and fighter jets.")
    (aid,) = find(events, "AID", "SUN", "VNM", directed=True)
    assert aid["source"][0]["sector"] != "LAB"
