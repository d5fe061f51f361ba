"""The side a sentence leaves unnamed, guessed from the parse before the text around it. The sentences are written
for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_captives_are_freed_by_whoever_held_them(code):
    # no one is named as freeing them: not one of the freed (the Nepali students) nor the last country named
    events = code("Israel freed 30 Palestinian prisoners on Thursday, officials said. Four Thai farm workers and two "
                  "Nepali students held by Hamas were released in the swap.", published="2023-11-25")
    freed = [e for e in events if e["type"] == "RETREAT" and "Thai" in e["evidence"]["text"]]
    assert find(freed, "RETREAT", "PSE", "THA", directed=True), events
