"""A deployment told again by its definite noun as the subject of a clause ("The deployment marked a new chapter")
is the sending told before (dyadwatch/events.py, _sending_told_again). The sentences are written for these tests,
not taken from the evaluation sets."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Chad sent 1,500 troops to Niger last month. The deployment marked a new chapter in their ties, the minister"
     " said.", "TCD", "NER"),
    ("Rwanda deployed 1,000 soldiers to the Central African Republic in July. The deployment was made at the"
     " request of the government in Bangui.", "RWA", "CAF"),
])
def test_the_deployment_as_a_subject_is_the_sending_told_before(code, text, source, target):
    events = code(text, published="2024-09-12")
    sent = find(events, "AID", source, target, directed=True)
    told_again = [e for e in sent if "deployment" in e["evidence"]["text"]]
    assert told_again, events


def test_a_deployment_of_no_sending_told_before_stays_unsided(code):
    events = code("The deployment of more troops was discussed at the summit.", published="2024-09-12")
    assert not find(events, "AID"), events
