"""Choosing an event's date from its sentence, its story and the publication date, on hand-written texts parsed by
the real spaCy pipeline."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dyadwatch.clauses import time_phrases
from dyadwatch.dates import UP_TO
from dyadwatch.when import event_date


def test_a_date_of_the_predicates_own_clause(date_of):
    assert date_of("Putin and Kim signed a treaty in Pyongyang on Wednesday.", "signed") == "2024-06-19"
    assert date_of("India struck what it called terrorist infrastructure in Pakistan on May 7, 2025.",
                   "struck", "2025-05-10") == "2025-05-07"


def test_a_date_in_another_clause_is_not_the_predicates(date_of):
    text = "The European Commission urged Moscow to resume talks and called a meeting for Wednesday."
    assert date_of(text, "urged", "2006-01-02") == "2006-01-02"  # the meeting is Wednesday, the urging Monday


def test_the_day_beats_a_vaguer_date_hanging_on_the_same_verb(date_of):
    text = "Israeli jets struck targets in Iran on Saturday in response to Tehran's missile barrage earlier this month."
    assert date_of(text, "struck", "2024-10-28") == "2024-10-26"


def test_a_year_naming_a_thing_dates_the_thing_not_the_verb(date_of):
    text = "India on Wednesday put the 1960 Indus Waters Treaty with Pakistan in abeyance."
    assert date_of(text, "put", "2025-04-25") == "2025-04-23"
    assert date_of(text, "Treaty", "2025-04-25") == "1960"
    assert date_of("China fought U.S.-led forces in the 1950-53 Korean War.", "fought") == "1950/1953"


def test_possessive_and_relative_clause_dates(date_of):
    assert date_of("Turkey and the UN brokered Friday's agreement.", "brokered", "2022-07-23") == "2022-07-22"
    text = "Putin arrived in Beijing on Tuesday, returning a visit Xi made to Moscow earlier this year."
    assert date_of(text, "arrived", "2023-10-20") == "2023-10-17"
    assert date_of(text, "visit", "2023-10-20") == "2023"


def test_a_later_conjunct_or_infinitive_shares_the_date(date_of):
    text = "Putin visited Pyongyang last month and signed a defence treaty with Kim Jong Un."
    assert date_of(text, "signed", "2024-07-15") == "2024-06"
    text = "North Korea sent thousands of soldiers to help Russia last year."
    assert date_of(text, "sent", "2025-02-14") == "2024"
    text = "Putin raised the payment problem with Xi when they met in Astana in July."
    assert date_of(text, "raised", "2024-08-20") == "2024-07"


def test_a_date_counted_from_the_governing_clause(date_of):
    text = "Pakistan handed back the pilot on Friday night, two days after capturing him."
    assert date_of(text, "capturing", "2019-03-02") == "2019-02-27"
    text = "India suspended the treaty on Wednesday, a day after gunmen killed 26 people near Pahalgam."
    assert date_of(text, "killed", "2025-04-25") == "2025-04-22"
    text = "Chad ended the defence accord on Nov. 28, hours after a visit to N'Djamena by Jean-Noel Barrot."
    assert date_of(text, "visit", "2025-01-31") == "2024-11-28"  # an act told as a noun


def test_an_act_a_reaction_answers_is_of_that_day_or_before(pipeline):
    text = "Islamabad recalled its ambassador from Tehran on Wednesday in protest at the Iranian strike."
    doc = pipeline.nlp(text)
    strike = next(t for t in doc if t.text == "strike")
    found = event_date(strike, strike.sent, "2024-01-18", "asserted", tuple(doc.ents))
    assert (found.value, found.reason) == ("2024-01-17", UP_TO)
    doc = pipeline.nlp("Moscow expelled two German diplomats on Thursday in response to Berlin's decision to expel "
                       "two Russian diplomats.")
    expel = [t for t in doc if t.text == "expel"][0]
    assert event_date(expel, expel.sent, "2019-12-12", "asserted", tuple(doc.ents)).reason == UP_TO
    doc = pipeline.nlp("Islamabad recalled its ambassador on Wednesday in protest over the strike.")
    strike = next(t for t in doc if t.text == "strike")
    assert event_date(strike, strike.sent, "2024-01-18", "asserted", tuple(doc.ents)).reason == UP_TO
    doc = pipeline.nlp("Vice Minister Le Yucheng on Sunday summoned Terry Branstad, the U.S. envoy, and lodged solemn "
                       "representations and strong protests over the detention of the company's executive in Canada.")
    held = next(t for t in doc if t.text == "detention")  # (the phrase hangs on "representations", not "protests")
    assert event_date(held, held.sent, "2018-12-09", "asserted", tuple(doc.ents)).reason == UP_TO


def test_a_clause_counted_from_an_act_named_as_a_noun_takes_the_acts_day_and_the_count(date_of):
    text = "Azerbaijan evacuated its embassy two days after the attack on Jan. 27."
    assert date_of(text, "evacuated", "2023-02-10") == "2023-01-29"  # not the attack's own Jan. 27
    text = "Baku had pulled its diplomats out of Iran two days after the January 2023 shooting."
    assert date_of(text, "pulled", "2024-07-16") == "2023-01"
    text = "Venezuela expelled Argentina's diplomats after the July 28 election."
    assert date_of(text, "expelled", "2024-08-10") != "2024-07-28"  # some day after it: not the election's


def test_a_time_of_what_an_inner_noun_is_about_is_not_the_verbs(date_of):
    text = ("Germany said on Wednesday that Moscow had failed to cooperate with the investigation into the killing "
            "of a Georgian citizen in Berlin in August.")
    assert date_of(text, "cooperate", "2019-12-04") != "2019-08"
    assert date_of(text, "killing", "2019-12-04") == "2019-08"


def test_a_relative_clause_on_a_noun_with_its_own_date_takes_that_date(date_of):
    text = "Iran recalled its ambassador on Monday over the 2022 ruling, which sentenced Nouri to life."
    assert date_of(text, "sentenced", "2023-12-20") == "2022"


def test_a_relative_clause_on_what_a_dated_noun_is_of_takes_that_date(date_of):
    text = "The appeals court upheld the 2022 ruling of a lower court, which sentenced Nouri to life."
    assert date_of(text, "sentenced", "2023-12-19") == "2022"


def test_hours_earlier_counts_from_the_story_not_from_a_dated_thing_named_before(date_of):
    text = ("Canada expelled six Indian diplomats on Monday. Joly said the six were persons of interest in the "
            "investigation into the June 2023 killing of Hardeep Singh Nijjar. India said hours earlier that it "
            "was withdrawing its envoy.")
    assert date_of(text, "withdrawing", "2024-10-14") == "2024-10-14"


def test_a_time_that_opens_a_later_conjunct_is_that_conjuncts_own(date_of):
    text = "Azerbaijan evacuated its embassy staff, and in April it expelled four Iranian diplomats."
    assert date_of(text, "evacuated", "2023-09-01") != "2023-04"
    assert date_of(text, "expelled", "2023-09-01") == "2023-04"


def test_a_few_days_after_a_month_named_in_the_sentence_before_is_that_month(date_of):
    text = ("Ties have been frayed since January, when a gunman attacked Azerbaijan's embassy in Tehran. "
            "Azerbaijan withdrew its diplomats from Tehran two days later.")
    assert date_of(text, "withdrew", "2023-04-06") == "2023-01"


def test_ranges_spread_over_two_entities(date_of):
    assert date_of("Russia and Ukraine fought in the Donbas from 2014 to 2016.", "fought") == "2014/2016"
    text = "North Korean agents abducted Japanese citizens in the late 1970s and early 1980s."
    assert date_of(text, "abducted") == "1977/1983"
    text = "North Korea has sent around 14,000 troops to Russia since late 2024."
    assert date_of(text, "sent", "2025-03-15") == "2024-09/2025-03"
    text = "Iran and six world powers reached an agreement on Tuesday, ending almost two years of intensive talks."
    assert date_of(text, "talks", "2015-07-14") == "2013/2015"


def test_the_story_carries_its_day_to_the_next_sentences(date_of):
    text = "Putin landed in Pyongyang on Wednesday. Hours later, he and Kim signed a mutual defence treaty."
    assert date_of(text, "signed", "2024-06-21") == "2024-06-19"
    text = "Xi Jinping arrived in Moscow on Monday. The next day he and Putin signed a joint statement."
    assert date_of(text, "signed", "2023-03-24") == "2023-03-21"
    text = "Putin held talks with Kim in Pyongyang on Wednesday. The two leaders signed a joint declaration."
    assert date_of(text, "signed", "2000-07-20") == "2000-07-19"


def test_undated_news_takes_the_publication_date(date_of):
    assert date_of("Putin arrives in Pyongyang on a state visit.", "arrives", "2024-06-19") == "2024-06-19"
    assert date_of("North Korea is sending more troops to Russia, Kyiv says.", "sending", "2024-11-05") \
        == "2024-11-05"
    text = "Putin met Kim on Tuesday. Shoigu handed Kim a letter, KCNA said."
    assert date_of(text, "handed", "2024-06-20") == "2024-06-20"  # told as of publication, not Tuesday
    assert date_of("Iran has blamed Israel for the blackout.", "blamed", "2021-04-12") == "2021-04-12"


def test_a_report_lends_its_date(date_of):
    text = "The United States has agreed to slow its troop cuts, officials said on Wednesday."
    assert date_of(text, "agreed", "2004-10-07", modality="reported") == "2004-10-06"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Soviet Union once supplied China with whole factories.", "supplied"),
        ("The Soviet Union supplied North Korea with oil and weapons for decades.", "supplied"),
        ("North Korean troops arrived in Russia weeks ago.", "arrived"),
        ("Japan imposed sanctions on North Korea after the 2006 nuclear test.", "imposed"),
        ("Israel sold arms to Iran under the shah.", "sold"),
        ("India and Pakistan have fought several wars over Kashmir since independence.", "fought"),
        ("Gazprom had demanded that Kiev pay more for its gas.", "demanded"),
        ("Putin met Kim on Tuesday. Washington has accused North Korea of selling shells.", "accused"),
        ("Putin thanked Kim for sending soldiers to Kursk.", "sending"),
        ("The two sides also agreed to set up a working group, the ministry said.", "agreed"),
        ("NATO allies agreed to send more troops to the eastern flank, Stoltenberg said.", "send"),
    ],
)
def test_undated_background_has_no_date(date_of, text, word):
    assert date_of(text, word) is None


def test_a_lede_s_agreement_to_act_is_the_article_s_news(date_of):
    """"have agreed to" opening an article is what it reports, of its paper; the same words later on are a plan
    with no time of its own."""
    lede = ("Indonesia and Malaysia have agreed to jointly develop the Ambalat sea block, Indonesian officials said. "
            "The two sides have agreed to set up a working group, the ministry said.")
    assert date_of(lede, "agreed") == "2024-06-20"
    assert date_of(lede, "agreed", nth=2) is None


def test_a_paragraph_about_an_earlier_period_leaves_its_undated_past_undated(date_of):
    text = ("Moscow signed a treaty of friendship with Pyongyang in 1961. The Soviet Union supplied North Korea with "
            "oil and weapons.\n\nPutin visited Pyongyang on Wednesday. The two leaders signed a new treaty.")
    assert date_of(text, "supplied") is None
    assert date_of(text, "signed", nth=2) == "2024-06-19"  # a new paragraph, back in the news


def test_a_year_in_a_relative_clause_does_not_move_the_story_back(date_of):
    # the old treaty's years describe the thing the present tense names: the news goes on after it
    text = ("Putin and Kim signed a treaty on Wednesday. The treaty replaces an accord that the two states signed in "
            "1961. Kim said North Korea fully supported the war in Ukraine, KCNA reported.")
    assert date_of(text, "supported") == "2024-06-19"
    text = ("Putin and Kim signed a treaty on Wednesday. The two states signed an accord in 1961. "
            "Moscow supplied Pyongyang with oil.")
    assert date_of(text, "supplied") is None  # a sentence of the earlier period still sets it


def test_after_the_talks_the_story_goes_on(date_of):
    # "after the talks" names the meeting just told, not an era the act looks back from
    text = ("Erdogan received Sarraj in Istanbul on Wednesday. Following the talks, Turkey and Libya signed two "
            "memorandums of understanding.")
    assert date_of(text, "signed", "2019-11-28") == "2019-11-27"
    text = "Xi and Putin met in Moscow on Tuesday. After the talks, the two leaders signed a joint statement."
    assert date_of(text, "statement", "2023-03-22") == "2023-03-21"
    assert date_of("After the Soviet collapse, Moscow cut aid to Pyongyang.", "cut") is None  # an era still


def test_before_an_audience_is_not_before_a_time(date_of):
    text = "Netanyahu and bin Zayed signed the accord before hundreds of guests at the White House."
    assert date_of(text, "signed", "2020-09-15") == "2020-09-15"
    assert date_of("Lavrov defended the war before reporters in Moscow.", "defended") == "2024-06-20"
    assert date_of("Before the Soviet collapse, Moscow supplied Pyongyang with oil.", "supplied") is None


def test_the_previous_evening_is_the_day_before_the_story(date_of):
    text = ("The emir arrived in Al-Ula on Tuesday. Saudi Arabia had reopened its airspace to Qatar the previous "
            "evening.")
    assert date_of(text, "reopened", "2021-01-05") == "2021-01-04"


def test_that_month_is_of_the_year_named_before(date_of):
    text = "Abiy took office in April 2018. He signed a peace declaration with Eritrea that July."
    assert date_of(text, "signed", "2019-10-11") == "2018-07"
    assert date_of("Abiy signed a peace declaration with Eritrea in July.", "signed", "2019-10-11") == "2019-07"


def test_a_response_to_an_old_day_is_of_its_month(date_of):
    text = ("Ten years ago today, Colombian aircraft bombed a FARC camp inside Ecuador. Ecuador responded by "
            "expelling Colombia's ambassador.")
    assert date_of(text, "expelling", "2018-03-01") == "2008-03"
    text = ("Ten years ago today, Colombian aircraft bombed a FARC camp inside Ecuador. Ecuador expelled "
            "Colombia's ambassador.")
    assert date_of(text, "expelled", "2018-03-01") is None  # no answer told: background to the old period


def test_the_nth_day_of_a_visit_counts_from_the_visit_told(date_of):
    text = ("Xi began a three-day state visit to Russia on Monday. Xi and Putin signed a joint statement on the "
            "second day of the visit.")
    assert date_of(text, "statement", "2024-06-21") == "2024-06-18"
    text = "Putin arrived in Pyongyang on Wednesday. Putin and Kim held talks on the second day of his trip."
    assert date_of(text, "talks", "2024-06-21") == "2024-06-20"


def test_an_agreement_told_as_signed_is_past_in_a_planned_clause(date_of):
    text = "China agreed on Tuesday to lend Russia $25 billion. Under agreements signed in Beijing, China will lend it."
    assert date_of(text, "agreements", "2009-02-17", "planned") == "2009-02-17"
    text = "China agreed on Tuesday to lend Russia $25 billion. Under future agreements, China will lend it."
    assert date_of(text, "agreements", "2009-02-17", "planned") is None


def test_what_an_event_is_for_is_not_when_it_happened(date_of):
    text = "Gazprom cut off supplies on Sunday after the two countries failed on Saturday to agree on a price for 2006."
    assert date_of(text, "agree", "2006-01-02") == "2005-12-31"


def test_the_noun_of_a_dated_phrase_keeps_its_date(date_of):
    assert date_of("Japan imposed sanctions on North Korea after the 2006 nuclear test.", "test") == "2006"


def test_plans_look_ahead_and_stay_undated_without_a_date(date_of):
    assert date_of("Lavrov will travel to Pyongyang on Wednesday.", "travel", "2023-10-16", "planned") \
        == "2023-10-18"
    assert date_of("Japan will impose new sanctions on North Korea in January.", "impose", "2023-12-20",
                   "planned") == "2024-01"
    assert date_of("Putin will visit North Korea.", "visit", "2024-06-14", "planned") is None


def test_without_a_publication_date_only_explicit_dates_resolve(date_of):
    assert date_of("Putin visited Pyongyang on Wednesday.", "visited", None) is None
    assert date_of("Putin visited Pyongyang in June 2024.", "visited", None) == "2024-06"


def test_an_act_an_open_stretch_before_another_is_undated(date_of):
    # "months after": earlier by a stretch the text leaves open, not on the day of the main clause
    text = "The first Abrams tanks have arrived in Ukraine, Zelenskiy said on Monday, months after Washington agreed " \
           "to send the tanks."
    assert date_of(text, "agreed", "2023-09-25") is None
    text = "North Korea sent 600 balloons into South Korea on Sunday, days after it sent 260 balloons over the border."
    assert date_of(text, "sent", "2024-06-02", nth=2) is None
    text = "The missile defence system arrived on Monday night, hours after North Korea fired four missiles."
    assert date_of(text, "fired", "2017-03-08") == "2017-03-06"  # hours: the same day


def test_a_part_of_a_period_dates_its_clause_in_the_tense_of_it(date_of):
    text = "Washington promised Kiev 31 Abrams tanks at the beginning of the year."
    assert date_of(text, "promised", "2023-09-25") == "2023-01/2023-03"
    text = "Seoul will host the summit at the end of the year."
    assert date_of(text, "host", "2023-09-25", "planned") == "2023-10/2023-12"
    text = "Iran and the IAEA signed a road map on Tuesday to resolve the questions by the end of the year."
    assert date_of(text, "signed", "2015-07-14") == "2015-07-14"
    assert date_of(text, "resolve", "2015-07-14", "planned") == "2015-10/2015-12"  # a deadline lies ahead


def test_the_start_of_a_meeting_is_no_date(date_of):
    text = "At the start of the meeting, Putin thanked Kim for the help."
    assert date_of(text, "thanked", "2025-09-03") == "2025-09-03"


def test_a_decision_to_act_dates_the_act(code):
    """ "Tokyo's decision on April 8 to expel eight Russian diplomats": the expulsion is dated by the decision."""
    events = code("Moscow said the step answered Tokyo's decision on April 8 to expel eight Russian diplomats.",
                  published="2022-04-27")
    assert [e["date"] for e in events if e["type"] == "SANCTION"] == ["2022-04-08"], events


def test_at_the_time_is_the_last_time_the_sentence_before_names(date_of):
    text = ("Relations have been strained since September last year, when Trudeau accused India of a role in the "
            "killing. At the time, Ottawa expelled a senior Indian intelligence official.")
    assert date_of(text, "expelled", "2024-10-15") == "2023-09"


def test_a_past_tense_going_on_from_a_month_takes_that_month(date_of):
    """"Relations collapsed last October when Ottawa expelled ... New Delhi ordered out six diplomats in return": the
    story is still in October; with a time of its own, or in a new paragraph, a sentence does not inherit it."""
    text = ("Relations collapsed last October when Ottawa expelled six Indian diplomats. New Delhi, which denied the "
            "charges, ordered out six Canadian diplomats in return.")
    assert date_of(text, "ordered", "2025-06-17") == "2024-10"
    apart = text.replace("diplomats. New Delhi", "diplomats.\n\nNew Delhi")
    assert date_of(apart, "ordered", "2025-06-17") != "2024-10"


def test_before_dawn_is_that_days_dawn_not_a_boundary(code):
    events = code("India struck three Pakistani air bases before dawn, the army said.", published="2025-05-10")
    assert [e["date"] for e in events if e["type"] == "ASSAULT"] == ["2025-05-10"], events


@pytest.mark.parametrize("text, day", [
    ("On the night of May 24-25, Russian forces struck more than 30 Ukrainian cities with missiles.",
     "2025-05-24/2025-05-25"),
    ("The barrage came a night after Russian forces hit Kyiv with 14 ballistic missiles.", "2025-05-24"),
    ("The barrage came a day after Russian forces hit Kyiv with 14 ballistic missiles.", "2025-05-24"),
])
def test_nights_and_counts_before_after_are_dated(code, text, day):
    events = code(text, published="2025-05-25" if "barrage" in text else "2025-05-26")
    assert day in [e["date"] for e in events if e["type"] == "ASSAULT"], events


def test_the_next_day_counts_from_the_time_named_before_it_in_its_sentence(date_of):
    """Not from the day the story has reached (here, publication): from the date the sentence gave the act it
    follows, and from a month, that month."""
    text = "Armenia accepted a ceasefire on September 20, and talks held with Azerbaijan in Yevlakh the following " \
           "day produced no breakthrough."
    assert date_of(text, "talks", "2023-09-28") == "2023-09-21"
    text = "Tensions rose in December, when Baku expelled two diplomats and Paris responded the next day by " \
           "expelling two Azerbaijani embassy employees."
    assert date_of(text, "expelling", "2024-04-16") == "2023-12"


def test_a_past_act_is_not_dated_after_the_text_that_tells_it(date_of):
    """A time after publication belongs to another thing ("the Jan. 27 visit") or was counted from the wrong day
    ("Three months later" from publication): the act is not dated by it."""
    cancelled = date_of("Akar said Ankara had cancelled the Jan. 27 visit of his Swedish counterpart.", "cancelled",
                        "2023-01-21")
    assert cancelled is None or cancelled <= "2023-01-21"
    froze = date_of("Algeria recalled its envoy in March 2022. Three months later, Algiers froze the treaty.",
                    "froze", "2024-02-06")
    assert froze is None or froze <= "2024-02-06"
    assert date_of("Ankara will host the talks on Jan. 27.", "host", "2023-01-21") == "2023-01-27"


def test_a_record_since_a_year_does_not_date_the_act(date_of):
    """"the first ... since 2017", "the biggest attack ... since 2022": how long a record stood, not when."""
    assert date_of("Li's visit, the first by a Chinese premier since 2017, ended on Tuesday.", "visit",
                   "2024-06-19") != "2017/2024"
    assert date_of("Russia carried out the biggest air attack on Kyiv since 2022 on Monday.", "attack",
                   "2024-06-19") == "2024-06-17"
    assert date_of("Russia has occupied Crimea since 2014.", "occupied", "2024-06-19") == "2014/2024"


def test_a_clause_after_after_counts_back_even_when_read_as_what_was_said(date_of):
    text = "Russia agreed to pull out its border guards, the Kremlin said on Thursday, a day after Putin and " \
           "Pashinyan held talks in Moscow."
    assert date_of(text, "talks", "2024-05-09") == "2024-05-08"


def test_that_year_is_the_year_named_before(date_of):
    text = "Baku pulled its diplomats out of Iran after the January 2023 shooting. In April of that year it " \
           "expelled four Iranian diplomats."
    assert date_of(text, "expelled", "2024-07-15") == "2023-04"
    text = "Russia invaded Ukraine in February 2022, and it annexed four regions later that year."
    assert date_of(text, "annexed", "2024-07-15") == "2022"


def test_months_later_count_from_the_month_named_before_in_the_sentence(date_of):
    text = "Ties have soured since the junta ordered French troops out in January 2023; the last soldiers left a " \
           "month later."
    assert date_of(text, "left", "2024-04-19") == "2023-02"


@pytest.mark.parametrize(("text", "word", "published", "modality", "expected"), [
    # a when-clause on the bound of a stretch takes the bound itself
    ("It was the first resupply mission since June 17, when Chinese coast guard personnel boarded Philippine navy "
     "boats.", "boarded", "2024-07-28", "asserted", "2024-06-17"),
    ("Ties have been frozen since February 2023, when Lima pulled its ambassador out of Mexico City.", "pulled",
     "2025-11-03", "asserted", "2023-02"),
    # a sentence about what lies ahead does not carry the story there
    ("The tariffs will apply from March 10, the ministry said. Beijing also blacklisted 15 U.S. firms.",
     "blacklisted", "2025-03-04", "asserted", "2025-03-04"),
    # a past the model read as a bare verb is still news of its day
    ("Congo and Rwanda signed a peace agreement in Washington on Friday. Congolese Foreign Minister Therese "
     "Kayikwamba Wagner and her Rwandan counterpart, Olivier Nduhungirehe, put their names to the deal at the State "
     "Department in the presence of Secretary of State Marco Rubio.", "deal", "2025-06-27", "asserted", "2025-06-27"),
    # what came next, read as a noun phrase after "before", is no era the act is background to
    # a count comes before its "after": "a month" here is the time given to leave
    ("France recalled its ambassador on Thursday. The move came after Burkina Faso's military rulers gave French "
     "forces a month to leave.", "gave", "2023-01-26", "asserted", "2023-01-26"),
    ("Ethiopian Prime Minister Abiy Ahmed visited Mogadishu on Thursday for talks with Somali President Hassan Sheikh "
     "Mohamud. Abiy was greeted at the airport by Hassan Sheikh before the pair held talks at Villa Somalia, the "
     "presidential palace, according to Somali state media.", "greeted", "2025-02-27", "reported", "2025-02-27"),
])
def test_news_told_around_other_times_keeps_its_own_date(date_of, text, word, published, modality, expected):
    assert date_of(text, word, published, modality) == expected


def test_an_act_after_which_another_came_with_no_count_is_of_that_day_or_before(pipeline):
    doc = pipeline.nlp("Berlin asked Morocco's ambassador to an urgent meeting after Rabat froze contacts with the "
                       "German embassy, a spokesperson said on Wednesday.")
    froze = next(t for t in doc if t.text == "froze")
    found = event_date(froze, froze.sent, "2021-03-03", "reported", tuple(doc.ents))
    assert found is not None and found.value == "2021-03-03" and found.reason == UP_TO


def test_under_an_agreement_is_its_terms_not_an_earlier_era(date_of):
    assert date_of("Under the new deal, Russia shipped grain to Egypt.", "shipped", "2024-06-20") == "2024-06-20"
    assert date_of("Under the shah, Iran bought arms from the United States.", "bought", "2024-06-20") is None


def test_a_part_of_the_day_the_model_left_out_of_the_day_is_read_with_it(pipeline):
    # as the model parses it inside a longer article: "Monday" a DATE of its own, compound of "night"
    words = ["Kovrig", "was", "taken", "into", "custody", "on", "Monday", "night", "."]
    doc = Doc(pipeline.nlp.vocab, words=words, heads=[2, 2, 2, 2, 3, 2, 7, 5, 2],
              deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "compound", "pobj", "punct"],
              ents=["O", "O", "O", "O", "O", "O", "B-DATE", "O", "O"])
    [(text, roots)] = time_phrases(list(doc.ents)).values()
    assert text == "Monday night" and [r.text for r in roots] == ["Monday", "night"]


def test_the_infinitive_an_agreement_commits_to(pipeline):
    from dyadwatch.background import committed_to

    doc = pipeline.nlp("The two sides agreed to set up a working group and tried to open a hotline.")
    agreed, set_up, opened = (next(t for t in doc if t.text == w) for w in ("agreed", "set", "open"))
    assert committed_to(set_up)
    assert not committed_to(agreed) and not committed_to(opened)  # ("tried" commits to nothing)


def test_the_or_that_points_to_a_meeting_told_before(pipeline):
    from dyadwatch.background import the_or_that

    doc = pipeline.nlp("After the talks and that meeting, a summit and this conference followed.")
    talks, meeting, summit, conference = (next(t for t in doc if t.text == w)
                                          for w in ("talks", "meeting", "summit", "conference"))
    assert the_or_that(talks) and the_or_that(meeting)
    assert not the_or_that(summit) and not the_or_that(conference)


def test_a_sentences_time_phrases_are_read_once_while_the_doc_is_coded(pipeline):
    from dyadwatch.parsetree import doc_memo, tree_view
    from dyadwatch.when import event_date

    text = "Putin arrived in Pyongyang on Wednesday and signed a treaty with Kim."

    def dates(doc) -> list[str | None]:  # (a doc's story keeps its dates: a fresh doc for each reading)
        verbs = [next(t for t in doc if t.text == w) for w in ("arrived", "signed")]
        found = [event_date(v, v.sent, "2024-06-21", "asserted", tuple(doc.ents)) for v in verbs]
        return [d.value if d else None for d in found]

    coded = pipeline.nlp(text)
    with tree_view(coded):
        assert dates(coded) == ["2024-06-19", "2024-06-19"]
        assert list(doc_memo(coded, "time_phrases")) == [0]  # one sentence, read once
    assert dates(pipeline.nlp(text)) == ["2024-06-19", "2024-06-19"]


@pytest.mark.parametrize(("text", "word", "day"), [
    ("Venezuela released six American detainees after a visit by a U.S. envoy.", "released", "2024-05-10"),
    ("Venezuela released six American detainees after talks with a U.S. envoy.", "released", "2024-05-10"),
    ("Russia has rebuilt its army after the Soviet collapse.", "rebuilt", None),  # an era it looks back to
])
def test_an_occasion_brought_in_as_new_is_what_the_news_follows(date_of, text, word, day):
    assert date_of(text, word, published="2024-05-10") == day


def test_a_participle_on_a_dated_noun_takes_the_nouns_time(date_of):
    # published Wednesday 21 February: the remarks were Sunday's, the ban Monday's
    text = ("Ankara summoned the envoy on Monday over his comments at a rally on Sunday likening the army to an "
            "occupying force.")
    assert date_of(text, "likening", "2024-02-21") == "2024-02-18"
    assert date_of(text, "summoned", "2024-02-21") == "2024-02-19"
