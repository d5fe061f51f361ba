"""Whom "him", "them" and "the two sides" stand for when the knowledge base does not know what they refer to. The
sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from dyadwatch.actors import ActorResolver
from dyadwatch.goldsets import actor_for_mention


@pytest.fixture(scope="module")
def party_of(pipeline):
    def run(text: str, phrase: str, day: str = "2024-06-20", nth: int = 1) -> str | None:
        doc = pipeline.nlp(text)
        best = actor_for_mention(doc, ActorResolver(doc, pipeline.kb, day), text, phrase, nth)
        return best.party if best else None

    return run


def test_him_after_an_ambassador_the_knowledge_base_does_not_know_is_that_ambassador(party_of):
    # the envoy's name is unknown; a third country's official is the subject of the sentence before
    text = ("Washington disagreed with the remarks, a State Department official said. Chile recalled its ambassador "
            "to Israel, Pedro Alvarado, on Monday, after Tamir reprimanded him at a museum.")
    assert party_of(text, "him") == "CHL"
