"""An event noun the model reads as a verb ("during India's missile strikes"), and an act noun that is the time
frame of a dated clause. The sentences are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_plural_noun_read_as_verb_is_the_owners_act_of_the_clauses_day(code):
    # the model tags "strikes" as a verb in the present and hangs "India's" on "missile"; the strikes are India's,
    # and they are of the day of what was done during them, not of publication
    events = code("Pakistan said it shot down six Indian jets on May 7 during India's missile strikes on what New "
                  "Delhi described as militant camps.", published="2025-08-07")
    strikes = [e for e in find(events, "ASSAULT", "IND", "PAK", directed=True) if e["evidence"]["text"]]
    assert strikes, events
    assert all(e["date"] == "2025-05-07" for e in strikes), strikes
