"""Who a claim is attributed to, when the text names the speaker by a pronoun ("He denied ...")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker"), [
    ("Turkish Foreign Minister Hakan Fidan briefed reporters in Ankara on Monday. He said Turkey had not sent any "
     "troops to Azerbaijan.", "Hakan Fidan"),
    ("Azerbaijan's foreign minister briefed reporters in Baku on Monday. He said Turkey had not sent any troops to "
     "Azerbaijan.", "Azerbaijan's foreign minister"),
])
def test_a_pronoun_speaker_is_named_as_the_article_named_them(code, text, speaker):
    """"He said Turkey had not sent troops": the claimant is the person "he" stands for, not "He" (a briefing's
    list of denials showed "denied: He")."""
    denials = [e for e in code(text, published="2025-02-11") if e["modality"] == "negated"]
    assert denials and all(e["attribution"]["text"] == speaker for e in denials), denials


def test_a_named_speaker_keeps_the_words_of_the_text(code):
    events = code("Turkey had not sent any troops to Azerbaijan, presidential aide Hikmet Hajiyev said on Monday.",
                  published="2025-02-11")
    assert [e["attribution"]["text"] for e in events] == ["presidential aide Hikmet Hajiyev"], events
