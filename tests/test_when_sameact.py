"""An act the text told with a time of its own, named again further down by a definite noun with none: the act told
before, on its day (`sameact.py`). Hand-written texts, the real spaCy pipeline (published Thursday 2024-06-20)."""

from __future__ import annotations

import pytest


def test_the_arrests_named_again_are_the_arrests_told_before(date_of):
    text = ("Azerbaijan detained two Armenian border guards near the village of Tegh on Monday. "
            "Yerevan summoned the Azerbaijani ambassador on Wednesday. "
            "Officials in Baku said the arrests had taken place on Azerbaijani soil.")
    assert date_of(text, "arrests") == "2024-06-17"


def test_the_killing_named_again_is_the_murder_told_before(date_of):
    text = ("A court in Vienna on Tuesday jailed a Chechen man for the 2021 murder of a dissident blogger. "
            "The judge said the killing had been planned by a foreign intelligence service.")
    assert date_of(text, "killing") == "2021"


def test_a_noun_whose_clause_has_a_day_of_its_own_keeps_it(date_of):
    text = ("Latvia closed two crossings on its border with Belarus on Monday. "
            "The interior minister announced the closure of a third crossing on Wednesday.")
    assert date_of(text, "closure") == "2024-06-19"


def test_a_meeting_told_again_after_an_arrival_is_of_the_summit_s_day(date_of):
    text = ("Kim Jong Un and Vladimir Putin held their first summit on Thursday on Russky Island. "
            "Kim arrived in Vladivostok on Wednesday by train. "
            "The two leaders met alone before holding wider talks with their delegations.")
    assert date_of(text, "met", "2024-06-21") == "2024-06-20"
    assert date_of(text, "talks", "2024-06-21") == "2024-06-20"


def test_an_arrival_told_after_the_summit_keeps_its_own_day(date_of):
    text = ("Kim Jong Un and Vladimir Putin held their first summit on Thursday on Russky Island. "
            "Kim arrived in Vladivostok on Wednesday by train.")
    assert date_of(text, "arrived", "2024-06-21") == "2024-06-19"


def test_an_act_told_within_the_attack_named_again_is_of_its_night(date_of):
    text = ("Gunmen stormed a border post near Chaman late on Saturday night. "
            "Eleven guards were killed in the assault, officials said.")
    assert date_of(text, "killed", "2024-06-23") == "2024-06-22"


def test_an_act_told_within_an_attack_not_told_before_is_news_of_the_day(date_of):
    text = "Eleven guards were killed in the assault on a border post near Chaman, officials said."
    assert date_of(text, "killed", "2024-06-23") == "2024-06-23"


def test_the_same_people_arrested_again_are_of_the_lead_s_day(date_of):
    text = ("Azerbaijan detained three Armenian soldiers near Lachin on Monday. "
            "Officials in Yerevan protested on Wednesday. "
            "Baku said the soldiers were arrested on its own territory.")
    assert date_of(text, "arrested") == "2024-06-17"


def test_other_people_arrested_are_not_of_the_lead_s_day(date_of):
    text = ("Azerbaijan detained three Armenian soldiers near Lachin on Monday. "
            "Officials in Yerevan protested on Wednesday. "
            "Baku said two journalists were arrested in Khankendi.")
    assert date_of(text, "arrested") != "2024-06-17"


def test_bombers_that_flew_told_again_flew_on_the_lead_s_day(date_of):
    # the lead's flight is dated "on or before" the protest's Tuesday; the retelling is of that day too
    text = ("Seoul protested on Tuesday after Chinese and Russian bombers flew through its air defence zone. "
            "The bombers flew from the Yellow Sea to the Sea of Japan, the defence ministry told reporters.")
    assert date_of(text, "flew", nth=2) == "2024-06-18"


def test_a_murder_named_again_is_the_shooting_told_before(date_of):
    # "shot" a person is a killing (not a downing), so "the murder" is that act, not of the verdict's month
    text = ("The agent had shot a Georgian exile in a Berlin park in August 2019. In December 2021 a Berlin court "
            "sentenced him to life, finding that the murder had been ordered by the central government.")
    assert date_of(text, "murder", "2024-08-02") == "2019-08"
    text = ("Air defences shot down a drone over the port in August 2019. In December 2021 a court "
            "sentenced him to life, finding that the murder had been ordered by the central government.")
    assert date_of(text, "murder", "2024-08-02") is None  # not the downing's; what a court found is not of its day


def test_an_answered_detention_is_dated_by_the_same_person_s_arrest_told_later(date_of):
    text = ("The United States imposed sanctions on two Turkish ministers on Wednesday over the prolonged "
            "detention of American pastor Andrew Brunson. The Treasury said it was freezing their assets. "
            "Brunson, an evangelical pastor, was detained in the coastal city of Izmir in October 2016.")
    assert date_of(text, "detention", "2018-08-01") == "2016-10"
    text = ("Le Yucheng on Sunday summoned the U.S. ambassador and lodged strong protests over the detention of "
            "Huawei's chief financial officer Meng Wanzhou in Canada. Meng was held by Canadian authorities in "
            "Vancouver on December 1.")
    assert date_of(text, "detention", "2018-12-09") == "2018-12-01"  # a person held is detained
    text = ("Le Yucheng on Sunday summoned the U.S. ambassador and lodged strong protests over the detention of "
            "Huawei's chief financial officer Meng Wanzhou in Canada. Two Canadians were detained in Beijing "
            "on December 10.")
    assert date_of(text, "detention", "2018-12-12") == "2018-12-09"  # others' arrest: the protest's day or before


def test_shells_are_fired_on_the_day_they_hit(date_of):
    text = ("Speaking in New York on Tuesday, the minister said Turkish forces fired the shells that hit the "
            "resort in Zakho on July 20.")
    assert date_of(text, "fired", "2022-07-27") == "2022-07-20"
    text = "The minister said Russian forces launched the missiles that struck the hospital on Monday."
    assert date_of(text, "launched", "2022-07-27") == "2022-07-25"
    text = "The minister said Russian forces sold the missiles that struck the hospital on Monday."
    assert date_of(text, "sold", "2022-07-27") != "2022-07-25"  # a sale is not the strike's day


def test_a_meeting_act_is_told_by_a_verb_or_a_noun_a_meeting_noun_by_a_noun(pipeline):
    from dyadwatch.background import meeting_word
    from dyadwatch.sameact import MEETING_ACTS

    doc = pipeline.nlp("Kim met Putin on Monday, after the talks and the ceremony.")
    met, talks, ceremony = (next(t for t in doc if t.text == w) for w in ("met", "talks", "ceremony"))
    assert meeting_word(met, MEETING_ACTS) and not meeting_word(met)
    assert meeting_word(talks) and meeting_word(talks, MEETING_ACTS)
    assert meeting_word(ceremony) and not meeting_word(ceremony, MEETING_ACTS)


ARREST = ("Canadian authorities arrested Huawei's chief financial officer Meng Wanzhou in Vancouver on Saturday, "
          "the justice department said on Wednesday. ")


@pytest.mark.parametrize("retold,same", [
    ("Meng, the daughter of the company's founder, was detained while changing planes.", True),
    ("Ren, the company's founder, was detained while changing planes.", False),  # another person
])
def test_a_person_named_again_by_one_word_of_the_full_name_is_the_same_person(date_of, retold, same):
    """"arrested ... chief financial officer Meng Wanzhou on Saturday. Meng ... was detained": the detention
    retold of the person the arrest named in full (and in apposition), on its day."""
    assert (date_of(ARREST + retold, "detained", "2018-12-06") == "2018-12-01") is same


def test_a_treaty_signed_again_by_a_passive_is_the_signing_of_its_month(date_of):
    # the earlier signing is a participle on the treaty's name, told with its month only
    text = ("The Pacific Access Treaty, signed by the two prime ministers in March last year, took effect on "
            "Monday. Officials from both navies met in Darwin on Tuesday. "
            "The treaty was signed during a video call because of a storm.")
    assert date_of(text, "signed", "2024-06-21", nth=2) == "2023-03"


def test_another_document_signed_later_keeps_the_story_s_day(date_of):
    text = ("The Pacific Access Treaty, signed by the two prime ministers in March last year, took effect on "
            "Monday. A fisheries memorandum was signed in Darwin on Tuesday.")
    assert date_of(text, "signed", "2024-06-21", nth=2) == "2024-06-18"


def test_a_praised_act_of_a_state_is_of_the_day_the_article_gives_it_further_down(date_of):
    text = ("Chinese leader Xi Jinping met Honduran President Xiomara Castro on Monday and praised her government's "
            "break with Taiwan as the right choice. Honduras broke with Taiwan on March 25, ending ties that dated "
            "back to 1941.")
    assert date_of(text, "break", "2023-06-12") == "2023-03-25"  # not the day of the praise
    text = "Xi met Castro on Monday and praised her government's break with Taiwan as the right choice."
    assert date_of(text, "break", "2023-06-12") is None  # before the praise, at a time the text leaves open
