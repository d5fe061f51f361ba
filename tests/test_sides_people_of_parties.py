"""The sides of an act named through people of the parties ("the chiefs of staff of the two armies"). The sentences
are written for these tests, not taken from the evaluation sets."""

from __future__ import annotations

from conftest import find


def test_people_of_the_pair_sign_for_the_pair(code):
    # "the heads of delegation" name no one; "of the two sides" names the pair told before, not the last two countries
    events = code("Japan and the Philippines held joint naval drills in May. Manila said on Tuesday that China's coast "
                  "guard had blocked its supply boats. The trip came a week after the heads of delegation of the two "
                  "sides signed a reciprocal access agreement in Tokyo.", published="2024-07-10")
    signed = [e for e in events if e["type"] == "AGREE"]
    assert find(signed, "AGREE", "JPN", "PHL"), events
    assert not find(signed, "AGREE", "CHN"), events
