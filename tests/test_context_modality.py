"""Modality the verbs around an act give it: ruled out, not ruled out, an offer of it, an offer turned down."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "type_", "modality"), [
    ("Washington ruled out sending troops to Ukraine.", "AID", "negated"),
    ("Japan has ruled out new sanctions on China.", "SANCTION", "negated"),
    ("The White House has not ruled out sending Tomahawk missiles to Ukraine.", "AID", "hypothetical"),
    ("Washington did not rule out new sanctions on Iran.", "SANCTION", "hypothetical"),
    ("Beijing welcomed Seoul's offer of talks.", "CONSULT", "planned"),
    ("Pyongyang rejected Seoul's offer of talks.", "CONSULT", "negated"),
    ("China turned down a U.S. request for military talks.", "CONSULT", "negated"),
])
def test_the_modality_of_an_act_another_verb_speaks_of(code, text, type_, modality):
    events = code(text, published="2024-05-10")
    found = [e["modality"] for e in events if e["type"] == type_]
    assert found == [modality], events
