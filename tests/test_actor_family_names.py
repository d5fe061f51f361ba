"""A person named again by the family name alone, and a plural title that names no one person
(dyadwatch/actors.py). The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations


def test_a_family_name_alone_is_the_person_named_in_full_before(code):
    text = ("Japanese jets have arrived in Australia for their first deployment there. The access pact, signed by "
            "Fumio Kishida and Scott Morrison in January last year, entered into force on Sunday. The pact was signed "
            "during a video summit because the virus forced Morrison to cancel a trip to Tokyo.")
    events = code(text, published="2023-08-14")
    summit = [e for e in events if e["type"] == "CONSULT"]
    # the summit's sides come from the sentence's own "Morrison", the man named in full before
    assert any(a["text"] == "Morrison" and a.get("name") == "Scott Morrison" and a["country"] == "AUS"
               for e in summit for a in e["source"] + e["target"]), summit


def test_the_envoys_are_not_the_one_minister_named_before(code):
    text = ("Israel recalled its diplomats from Turkey on Saturday. Foreign Minister Eli Cohen said the envoys had "
            "been ordered home so that Israel could reassess its relations with Ankara.")
    events = code(text, published="2023-10-28")
    assert not any(a["text"] == "the envoys" and a.get("name") == "Eli Cohen"
                   for e in events for a in e["source"] + e["target"]), events
    # one envoy named before: "the envoys" are more than her
    events = code("Israeli Ambassador Irit Lillian met Turkish officials on Friday. The envoys were expelled by Turkey "
                  "on Saturday.", published="2023-10-28")
    assert not any(a.get("name") == "Irit Lillian" for e in events if e["type"] == "SANCTION"
                   for a in e["source"] + e["target"]), events
