"""Envoys recalled with their state or their post left to the article: a titled name, "he" for it, a name the
article gave a title before. Sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize("text", [
    "Chilean Ambassador Rosa Fuentes returned to Lima on Friday, nine days after she was recalled to Santiago.",
    "Chile has recalled its ambassador to Peru, Rosa Fuentes, over the dispute. Fuentes was called back to Santiago "
    "as the row deepened.",
    # the model may hang the name on the post, and read the surname alone as a plural
    "Chile has recalled its ambassador to Lima, Rosa Fuentes, for consultations. Fuentes was called back to Santiago "
    "as the death toll in the region climbed.",
])
def test_a_named_envoy_recalled_to_her_capital_is_withdrawn_by_her_own_state(code, text):
    events = code(text, published="2024-03-08")
    recalls = [e for e in find(events, "SANCTION", "CHL", "PER", directed=True) if e["mode"] == "withdraw"]
    assert len(recalls) == (1 if "nine days" in text else 2), events


def test_a_titled_envoy_recalled_with_no_host_named_keeps_his_state(code):
    events = code("Chilean Ambassador Rosa Fuentes was recalled to Santiago on Monday.", published="2024-03-08")
    assert [e["mode"] for e in find(events, "SANCTION", "CHL", directed=True)] == ["withdraw"], events
