"""Event dates that kept reports of one event apart when clustering: time phrases the parse hangs on the wrong word,
stories coming back from an earlier period, manners read as eras. Hand-written texts, the real spaCy pipeline."""

from __future__ import annotations

import pytest

from dyadwatch.when import event_date


@pytest.fixture(scope="session")
def date_of(pipeline):
    """The date of the predicate `word` (its `nth` occurrence) in `text`, or None."""

    def run(text: str, word: str, published: str | None = "2024-06-20", modality: str = "asserted",
            nth: int = 1) -> str | None:
        doc = pipeline.nlp(text)
        token = [t for t in doc if t.text == word][nth - 1]
        found = event_date(token, token.sent, published, modality, tuple(doc.ents))
        return found.value if found else None

    return run


def test_a_time_after_a_price_dates_the_act(date_of):
    # the parse hangs "in March" on "worth"
    text = "Japan had raised duties on Chinese goods worth about $300 million in May, hitting steel and cement."
    assert date_of(text, "raised") == "2024-05"


def test_a_recent_month_brings_the_story_back_from_an_earlier_period(date_of):
    text = ("The envoy, who served in Minsk, was first expelled in 2019 and returned two years later. "
            "Vilnius imposed sanctions on three Belarusian officials in April. "
            "Minsk retaliated with a ban on Lithuanian dairy products.")
    assert date_of(text, "retaliated") == "2024-04"


def test_under_a_decree_is_how_not_when(date_of):
    text = ("Ankara on Tuesday raised tariffs on a range of Greek goods. Under a decree published in the "
            "official gazette, duties on Greek olive oil were raised to 80 percent.")
    assert date_of(text, "raised", nth=2) == "2024-06-18"
