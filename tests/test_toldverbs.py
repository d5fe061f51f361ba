"""One act told by an event noun and by a verb about it (dyadwatch/toldverbs.py), through the real pipeline. The
sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from dyadwatch.ingest import IngestOptions, article_from_record


def _coded_words(pipeline, text: str, published: str) -> list[tuple[str, str, str | None]]:
    article = article_from_record({"text": text, "published": published}, origin="test", options=IngestOptions())
    return [(e.type, e.predicate, e.to_dict()["date"]) for _, events in pipeline.extract([article]) for e in events]


TOLD_BY_A_PARTYLESS_VERB = [
    # sentence, publication day, the signing (type, trigger, date)
    ("The defence pact between Japan and the Philippines, signed in Manila in April, lets their troops train on "
     "each other's soil.", "2024-07-14", ("AGREE", "signed", "2024-04")),
    # the parse hangs the participle on the nearest noun, the workers; what was signed is the agreement
    ("Jakarta suspended the hiring of maids, citing Malaysia's failure to honour an agreement on the protection of "
     "migrant workers signed in April.", "2024-07-14", ("AGREE", "signed", "2024-04")),
]


@pytest.mark.parametrize(("text", "published", "expected"), TOLD_BY_A_PARTYLESS_VERB,
                         ids=[t[0][:40] for t in TOLD_BY_A_PARTYLESS_VERB])
def test_a_verb_naming_no_party_still_tells_the_nouns_act(pipeline, text, published, expected):
    """"The pact, signed in Manila in April": the verb names no party of its own, but it tells the act the noun
    names, with its date and place; the noun's event takes the verb as its word."""
    assert expected in _coded_words(pipeline, text, published)


@pytest.mark.parametrize(("text", "expected"), [
    # hosting a meeting is not the meeting itself
    ("Egypt and Ethiopia held a round of talks in Cairo, hosted by the Arab League, on Monday.",
     ("CONSULT", "talks")),
    # a signing to come is no signing done
    ("The draft accord between Rwanda and Congo, to be signed in Washington next week, sets out a ceasefire.",
     ("AGREE", "accord")),
])
def test_a_verb_of_another_act_or_not_done_leaves_the_noun(pipeline, text, expected):
    assert expected in [(kind, word) for kind, word, _ in _coded_words(pipeline, text, "2024-07-14")]
