"""Event dates that kept reports of one event apart when clustering: time phrases the parse hangs on the wrong word,
stories coming back from an earlier period, manners read as eras. Hand-written texts, the real spaCy pipeline."""

from __future__ import annotations

from dyadwatch.when import event_date


def test_a_time_after_a_price_dates_the_act(date_of):
    # the parse hangs "in May" on "worth"
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


def test_in_recent_days_is_the_days_up_to_the_report(date_of):
    text = "Chinese and Japanese diplomats held consultations on fishing rights in Tokyo in recent days."
    assert date_of(text, "consultations") == "2024-06-20"


def test_years_before_1900_are_dates(date_of):
    text = "Ottawa recalled that the United States had seized the islands in an invasion in 1812."
    assert date_of(text, "invasion", "2024-06-20") == "1812"


def test_a_year_the_model_reads_as_part_of_a_war_s_name(date_of):
    text = "The two countries fought the War of the Coast from 1879 to 1884, in which Peru lost land."
    assert date_of(text, "fought") == "1879/1884"  # the model's EVENT swallows "from 1879"


def test_days_after_a_clause_told_by_its_month_is_that_month(date_of):
    text = "Two aid workers were detained in March 2019, days after Kenyan police arrested a Somali envoy in Nairobi."
    assert date_of(text, "arrested") == "2019-03"


def test_an_act_counted_from_the_one_the_sentence_before_told(date_of):
    text = ("Gunmen stormed the consulate in Herat on March 3, 2022. "
            "Tehran withdrew its consular staff three days after the raid and closed the mission.")
    assert date_of(text, "withdrew") == "2022-03-06"


def test_an_answer_to_a_past_perfect_goes_on_in_the_month_it_looked_back_to(date_of):
    text = ("Rome and Cairo signed a gas deal on Monday. Ties had soured in February, when an Italian student "
            "was found dead near Cairo. Rome responded by recalling its ambassador from Egypt.")
    assert date_of(text, "recalling") == "2024-02"


def test_months_counted_from_the_month_the_sentence_before_names(date_of):
    text = ("A court in Oslo jailed the agent for life in October 2021. "
            "Four months earlier, Moscow had arrested a Norwegian researcher in Murmansk.")
    assert date_of(text, "arrested") == "2021-06"


def test_an_act_weeks_before_its_sequel_is_not_of_the_sequel_s_day(date_of):
    # "weeks" hangs on "came": the riots are weeks earlier, a time the text leaves open
    text = "The detentions came weeks after riots between police and fans in Skopje left dozens hurt."
    assert date_of(text, "left") is None


def test_the_time_after_what_an_act_followed_is_that_act_s(date_of):
    text = ("Minsk freed two Lithuanian truckers on Tuesday. "
            "The release followed a prisoner exchange at the Polish border last October.")
    assert date_of(text, "release") == "2024-06-18"
    assert date_of(text, "exchange") == "2023-10"


def test_an_act_someone_is_blamed_for_is_not_of_the_blaming_day(date_of):
    text = "Kyiv said on Friday it holds Moscow responsible for the shelling of the dam in 2023."
    assert date_of(text, "shelling") == "2023"
    text = "Canberra said on Friday it holds Beijing responsible for its role in the ramming of the trawler."
    assert date_of(text, "ramming") is None
    # a gerund as well: the closing came by the day of the accusation (Wednesday, June 19), on it or the days before
    # (clustering reaches back from it), not on the day of publication
    text = "On Wednesday the ministry accused Kigali of unilaterally closing the common border."
    assert date_of(text, "closing") == "2024-06-19"
    text = "The ministry accused Kigali of unilaterally closing the common border, the paper said."
    assert date_of(text, "closing") is None  # (the accusation's day is only the paper's: nothing to reach back from)
    text = "Kyiv blamed Moscow for shelling the plant on Monday."
    assert date_of(text, "shelling") is not None  # its own day stands


def test_what_that_act_led_to_goes_on_in_its_month_even_long_ago(date_of):
    text = ("Tallinn freed a Russian agent on Thursday in a swap. In March 2019 a court in Tartu had jailed him "
            "for spying. In May 2020 a court in Tallinn upheld the sentence. "
            "That verdict prompted Estonia to expel a Russian diplomat, and Moscow expelled an Estonian in return.")
    assert date_of(text, "expel") == "2020-05"
    assert date_of(text, "expelled") == "2020-05"


def test_the_start_of_a_stretch_that_ended_on_a_day(date_of):
    text = ("Turkey's envoy returned to Baghdad on Monday, ending a three-month absence that began when Ankara "
            "recalled him over a cross-border raid.")
    assert date_of(text, "recalled") == "2024-03"
    assert date_of(text, "returned") == "2024-06-17"


def test_a_present_perfect_for_a_stretch_runs_up_to_publication(date_of):
    text = "Oslo said on Tuesday that a Norwegian engineer has been held in Belarus for more than 400 days."
    assert date_of(text, "held") == "2023-05/2024-06"


def test_a_start_told_with_a_reported_would_lies_ahead(date_of):
    text = "Riga said later Tuesday it would downgrade its ties with Minsk from March 3 in solidarity with Vilnius."
    assert date_of(text, "downgrade", "2024-06-20") == "2025-03-03"
    text = "Riga said on Tuesday it would downgrade its relations with Minsk."
    assert date_of(text, "downgrade", "2024-06-20") == "2024-06-18"  # the day of the report, not a Tuesday to come


def test_what_an_act_counted_from_did_is_of_its_day(date_of):
    text = "Tbilisi recalled its envoy on Friday, two days after the shelling, which killed three border guards."
    assert date_of(text, "killed") == "2024-06-12"


def test_an_act_counted_from_one_the_text_named_earlier_with_its_date(date_of):
    text = ("Ankara and Athens agreed on Monday to reopen two border crossings closed after the March 2 earthquake. "
            "A Greek aid convoy reached Izmir on Thursday. Mitsotakis telephoned Erdogan two days after the quake.")
    assert date_of(text, "telephoned") == "2024-03-04"


def test_at_the_summit_is_the_meeting_told_before(date_of):
    text = ("Lula told reporters after meeting Xi in Beijing on May 13 that trade would keep growing. "
            "At the summit, the two leaders signed 20 cooperation agreements.")
    assert date_of(text, "signed") == "2024-05-13"
    text = ("Modi and Ishiba held their annual summit in Tokyo on Friday, their first since Ishiba took office last "
            "October. The two sides signed 13 agreements during the summit.")
    assert date_of(text, "signed") == "2024-06-14"


def test_a_time_after_an_answered_act_is_its_own(date_of):
    text = "Azerbaijan shelled Armenian positions on Monday in retaliation for an Armenian drone strike last week."
    assert date_of(text, "shelled") == "2024-06-17"
    assert date_of(text, "strike") == "2024-W24"


def test_what_was_agreed_may_lie_after_publication(date_of):
    text = "Cairo and Khartoum agreed on Sunday to reopen the Argeen crossing next month, officials said."
    assert date_of(text, "reopen") == "2024-07"
    assert date_of(text, "agreed") == "2024-06-16"


def test_the_act_a_row_is_over_is_not_of_the_day_it_escalated(date_of):
    text = "Minsk on Tuesday expelled two Polish diplomats, escalating a row over the arrest of a journalist."
    assert date_of(text, "expelled") == "2024-06-18"
    assert date_of(text, "arrest") is None


def test_a_past_tense_the_parse_joins_to_an_infinitive_goes_on_from_the_main_verb(date_of):
    text = ("Protesters gathered outside the embassy on Sunday night. The EU urged Minsk to free the crew without "
            "delay and summoned the Belarusian envoy in Brussels on Monday.")
    assert date_of(text, "urged") == "2024-06-17"


def test_also_and_the_verb_of_an_act_told_before_is_that_act_s_day(date_of):
    text = ("Lula and Petro signed a border treaty in Leticia on Monday. Petro arrived in Leticia on Sunday for a "
            "two-day visit. The two presidents also signed a statement on Amazon protection.")
    assert date_of(text, "statement") == "2024-06-17"


def test_a_participle_of_a_past_perfect_is_background_like_it(date_of):
    # "freezing" hangs on "had acted": looked back on from the story, as "had frozen" would be
    text = "Canada had acted together with Australia and Japan, freezing the assets of five Iranian generals."
    assert date_of(text, "freezing") is None
    text = "Canada acted together with Australia and Japan on Tuesday, freezing the assets of five Iranian generals."
    assert date_of(text, "freezing") == "2024-06-18"


def test_hours_after_an_act_the_parse_makes_the_subject_of_an_infinitive(date_of):
    # the parse reads "after the flood to offer help" as a clause; "after" names the flood, dated before
    text = ("Bangladesh and Myanmar agreed on Monday to reopen two border posts after the May 3 flood. "
            "The Thai premier called his Burmese counterpart hours after the flood to offer help.")
    assert date_of(text, "called") == "2024-05-03"


def test_an_act_named_after_following_with_no_count_is_undated(date_of):
    # how long before the accusation the recognition came, the text does not say
    text = ("The ministry criticised Sweden for a hostile stance on the Kurdish question following the French "
            "decision recognising Kurdistan's autonomy.")
    assert date_of(text, "recognising") is None
    text = "Seoul summoned the envoy on Monday, two days after the Japanese decision recognising the claim."
    assert date_of(text, "recognising") is not None  # a count says how long before: not left undated here


def test_a_main_verb_the_parse_hangs_on_its_subject_still_gives_the_tense(date_of):
    # the parse makes "exchange" the root and "involved" a modifier of it: not a heading
    text = ("Russia and Ukraine swapped prisoners on Tuesday. The exchange, carried out at Abu Dhabi's airport and "
            "coordinated by the UAE's intelligence agency, involved 30 people held in Russia and Ukraine.")
    assert date_of(text, "exchange") == "2024-06-18"


def test_a_state_told_as_drawn_out_began_before_the_clause(date_of):
    # the jailing went on for months before the sanctions: not that day or the days before it
    text = "Canada imposed sanctions on two Iranian judges on Monday over the prolonged detention of a Canadian nurse."
    assert date_of(text, "detention") is None
    text = "Canada imposed sanctions on two Iranian judges on Monday over the detention of a Canadian nurse."
    assert date_of(text, "detention") is not None
    text = "Later on Monday, Biden held a lengthy phone call with Xi."
    assert date_of(text, "call") == "2024-06-17"  # long, but one act of that day


def test_at_the_talks_is_the_last_meeting_of_that_word(date_of):
    # "met" on the 25th is nearer, but "the talks" are those of the 27th
    text = ("Moon Jae-in held a summit and talks with Kim Jong Un at the truce village on April 27. "
            "On the evening of April 25, Moon met his security advisers in Seoul. "
            "At the talks, the two leaders agreed to work toward a peace treaty.")
    assert date_of(text, "agreed", "2018-04-28") == "2018-04-27"


def test_days_before_a_clause_told_by_its_month_is_that_month(date_of):
    text = "The two foreign ministers met in Ankara in March, days before Baghdad asked Turkey for border troops."
    assert date_of(text, "asked") == "2024-03"


def test_an_act_a_stretch_runs_from_is_undated_background(date_of):
    # how long before the report the seizure came, the text does not say: not the paper's day
    assert date_of("Tensions along the border have risen since troops seized the crossing.", "seized") is None
    assert date_of("Relations have been frozen since the expulsion of its ambassador.", "expulsion") is None
    assert date_of("It was the first visit by a Qatari minister since Israel bombed Doha.", "bombed") is None
    assert date_of("It was his third visit to Beijing since the invasion of Ukraine.", "invasion") is None
    # a time of its own still dates it, and a simple past after "since" stays the story's
    assert date_of("Trade has fallen sharply since Washington imposed tariffs in April.", "imposed") == "2024-04"
    assert date_of("Since Israel bombed Doha, Qatar suspended its mediation.", "bombed") == "2024-06-20"


def test_a_time_and_the_count_of_a_clause_after_it_are_two_times(date_of):
    # the model tags "January, weeks" as one time: January is the arriving's, "weeks" counts back from it
    text = ("Turkish troops began arriving in Libya in January, weeks after the two leaders signed a military "
            "cooperation deal in Istanbul.")
    assert date_of(text, "arriving", "2020-06-04") == "2020-01"
    assert date_of(text, "signed", "2020-06-04") == "2019-11/2020-01"  # weeks before January
    text = "Egypt recalled its envoy in March, days after Israel struck the border post."
    assert date_of(text, "struck", "2020-06-04") == "2020-03"  # a few days before March is (about) March
    text = "Beijing downgraded its ties with Lithuania last month after Taiwan opened an office in Vilnius."
    assert date_of(text, "downgraded", "2021-12-15") == "2021-11"  # "last month" is a time, not a count


def test_weeks_from_a_month_are_within_two_months_of_it(date_of):
    text = "Israeli forces took over the corridor in late May, weeks after they seized the Rafah crossing."
    assert date_of(text, "seized", "2024-09-03") == "2024-03/2024-05"
    text = "Egypt recalled its envoy in March, weeks before Israel struck the border post."
    assert date_of(text, "struck", "2024-09-03") == "2024-03/2024-05"
    text = "Egypt recalled its envoy on Monday, weeks after Israel struck the border post."
    assert date_of(text, "struck", "2024-09-03") is None  # from a day, weeks are a stretch left open
    text = "Egypt recalled its envoy in March, months after Israel struck the border post."
    assert date_of(text, "struck", "2024-09-03") is None


def test_a_day_before_the_clashes_is_counted_from_the_fighting_told_before(date_of):
    # the parse hangs "before the clashes" on "day"; the clashes are the fighting that "erupted on July 24", not
    # the truce the sentence before tells
    text = ("The fighting erupted on July 24, when rockets hit a gas station. The two sides agreed to a truce in "
            "Putrajaya on July 28. A day before the clashes, Thailand expelled Cambodia's ambassador.")
    assert date_of(text, "expelled", "2025-10-26") == "2025-07-23"
    text = ("The fighting erupted on July 24, when rockets hit a gas station. The two sides agreed to a truce in "
            "Putrajaya on July 28. A day before the vote, Thailand expelled Cambodia's ambassador.")
    assert date_of(text, "expelled", "2025-10-26") != "2025-07-23"


def test_the_first_visit_in_a_decade_is_not_a_time_left_open(date_of):
    # "in a decade" is the stretch since the last visit: the summit is still the one told before
    text = ("Trump and Putin held talks in Alaska on Friday. The summit at the air base was Putin's first visit "
            "to the United States in a decade.")
    assert date_of(text, "summit", "2025-08-16") == "2025-08-15"
    text = "Trump and Putin held talks in Alaska on Friday. The two leaders met several times in the past decade."
    assert date_of(text, "met", "2025-08-16") is None  # a stretch left open


def test_what_ended_a_stretch_told_by_its_month_is_of_that_month(date_of):
    text = ("Relations have deteriorated since January, when Trump threatened tariffs of up to 50% until Bogota "
            "backed down and took the deportees.")
    assert date_of(text, "backed", "2025-10-20") == "2025-01"
    assert date_of(text, "took", "2025-10-20") == "2025-01"
    text = "Trump threatened tariffs on Monday until Bogota backed down."
    assert date_of(text, "backed", "2025-10-20") != "2025-10-13"  # not the day the threat was made


def test_under_that_deal_is_the_deal_the_sentence_before_told(date_of):
    text = ("Officials point to the agreement reached after Xi and Biden met at Woodside, California, in November "
            "2023. Under that deal, China agreed to crack down on companies exporting precursor chemicals.")
    assert date_of(text, "agreed", "2025-03-10") == "2023-11"
    text = "The two sides signed a trade deal on Monday. Under the deal, China agreed to buy more soybeans."
    assert date_of(text, "agreed", "2025-03-10") is None  # the deal of the news: an undated plan, as before


def test_a_request_is_made_on_or_before_what_it_asked_for(date_of, pipeline):
    text = "Russian troops arrived in the country on January 6 at the request of the Kazakh side."
    assert date_of(text, "request", "2022-01-13") == "2022-01-06"
    doc = pipeline.nlp(text)
    request = next(t for t in doc if t.text == "request")
    found = event_date(request, request.sent, "2022-01-13", "asserted", tuple(doc.ents))
    assert found is not None and found.reason == "on or before its clause's day"
    arrived = next(t for t in doc if t.text == "arrived")
    found = event_date(arrived, arrived.sent, "2022-01-13", "asserted", tuple(doc.ents))
    assert found is not None and found.reason != "on or before its clause's day"


def test_an_act_regretted_or_apologised_for_is_undated_background(date_of, code):
    text = "The Nicaraguan president said on Monday he had no regrets about expelling the Vatican's ambassador."
    assert date_of(text, "expelling", modality="reported") is None
    # (the expulsion is still an event, told as having happened, only with no date)
    expelled = [e for e in code(text) if e["type"] == "SANCTION"]
    assert expelled and expelled[0]["modality"] != "negated" and expelled[0]["date"] is None, expelled


def test_the_year_of_a_named_treaty_does_not_date_the_act(date_of):
    text = ("Fiji and Tonga decided on Tuesday to reopen their embassies in line with the Vienna Convention on "
            "Consular Relations of 1963.")
    assert date_of(text, "reopen") == "2024-06-18"
    assert date_of("Russia annexed Crimea in March of 2014.", "annexed") == "2014-03"  # a month's own year


def test_an_act_within_a_period_named_by_what_it_was_is_not_of_the_storys_day(date_of):
    text = ("Ghana and Togo agreed on Monday to open a joint border post. During the pandemic, Ghana closed its "
            "land borders with Togo.")
    assert date_of(text, "agreed") == "2024-06-17"
    assert date_of(text, "closed") is None


def test_years_of_talks_before_an_agreement_leave_it_its_day(date_of):
    text = ("Chile and Argentina have reached a historic agreement setting their glacier boundary after years of "
            "negotiations, Chile's foreign minister said on Monday.")
    assert date_of(text, "agreement") == "2024-06-17"


def test_the_decade_of_a_war_named_in_the_object_is_not_the_talks_time(date_of):
    # the model tags "the 1990s" as the time, though "the" is the war's article
    text = ("Serbian President Aleksandar Vucic began a visit to Croatia on Monday. "
            "The two presidents discussed the fate of missing persons from the 1990s war and the border.")
    assert date_of(text, "discussed", "2018-02-13") == "2018-02-12"


def test_a_count_the_model_tags_with_the_object_before_it_counts_from_the_month(date_of):
    # the model tags "lawsuit a month later" as one time
    text = "Soldiers set up camp on the island in October 2010, and Costa Rica filed its lawsuit a month later."
    assert date_of(text, "filed", "2015-12-16") == "2010-11"


def test_persona_non_grata_is_not_a_clause_of_its_own(date_of):
    # the model reads "persona" as the verb of a clause that takes "on Monday" away from the declaring
    text = "Poland declared two Russian diplomats persona non grata on Monday."
    assert date_of(text, "declared") == "2024-06-17"


def test_earlier_in_the_day_is_the_reports_day_not_background(date_of):
    text = "Foreign Minister Peter Szijjarto told reporters that he had summoned the envoy earlier in the day."
    assert date_of(text, "summoned") == "2024-06-20"
    text = "Szijjarto told reporters that he had summoned the envoy earlier that day."
    assert date_of(text, "summoned") == "2024-06-20"  # the same day in other words
    text = "Szijjarto said Hungary had earlier summoned the envoy."
    assert date_of(text, "summoned") is None  # "had earlier": some time before, background


def test_acts_a_court_finds_were_done_are_not_of_the_findings_day(date_of):
    text = ("The International Court of Justice ruled on Tuesday that Guyana breached Suriname's sovereignty by "
            "sending troops onto the disputed island.")
    assert date_of(text, "breached") == "2024-06-18"  # the finding
    assert date_of(text, "sending") is None  # what it found: of its own, earlier time
    text = ("In 2019, an international tribunal found Eritrea responsible for the shelling of villages during its "
            "occupation of the border district.")
    assert date_of(text, "occupation") is None


def test_charge_d_affaires_is_not_a_clause_of_its_own(date_of):
    # the model reads "to charge d'affaires" as an infinitive that takes "from March 1" away from the lowering
    text = "Lithuania will lower its relations with Belarus to charge d'affaires from March 1, the ministry said."
    assert date_of(text, "lower") == "2025-03-01"  # "will": the next March 1


def test_a_root_the_model_makes_of_an_after_clause_takes_the_time_of_the_main_verb(date_of):
    # the model reads "countries soured" as a clause on the noun and makes "compared" the root
    text = ("Relations between the two countries soured in March after Petro compared Lima's raid in Puno with a "
            "massacre, prompting the government to declare him persona non grata.")
    assert date_of(text, "compared") == "2024-03"
    assert date_of(text, "declare") == "2024-03"


def test_a_time_within_what_since_names_dates_that_not_the_act(date_of):
    text = ("Kyrgyz Foreign Minister Zheenbek Kulubaev visited Dushanbe on Tuesday. It was the first visit to "
            "Tajikistan by a Kyrgyz minister since the border clashes near Batken in September.")
    assert date_of(text, "visit") == "2024-06-18"  # the visit told before, not the clashes' September
    assert date_of(text, "clashes") == "2023-09"


def test_years_later_counts_from_the_time_told_before(date_of):
    text = "Moscow and Tokyo signed a fisheries accord in March 2015. Two years later, Russia suspended the accord."
    assert date_of(text, "suspended") == "2017"
    text = "Moscow and Tokyo signed a fisheries accord in March 2015. Several years later, Russia suspended the accord."
    assert date_of(text, "suspended") is None  # no number to count


def test_a_time_between_a_verb_of_saying_and_its_clause_dates_the_saying(date_of):
    # the model hangs "on Thursday" on "expelled", next to the clause's own "on Monday"
    text = "Estonia said on Thursday it expelled a Russian diplomat on Monday."
    assert date_of(text, "expelled") == "2024-06-17"
    assert date_of(text, "said") == "2024-06-20"
    assert date_of("Seoul said on Thursday it summoned the Russian ambassador on Tuesday.", "summoned") == "2024-06-18"
    # told after the clause's subject, or after "that", the time is the clause's own
    assert date_of("Estonia said on Thursday that on Monday it expelled a Russian envoy.", "expelled") == "2024-06-17"
    assert date_of("Estonia said its police expelled a Russian diplomat on Monday.", "expelled") == "2024-06-17"
    # a plan keeps the day it was told ("would impose" on Monday, however late it starts)
    planned = "Washington said on Monday it would impose tariffs on Brazilian steel from Aug. 1."
    assert date_of(planned, "impose", modality="planned") == "2024-06-17"


def test_what_was_done_to_the_subject_of_a_reported_state_is_undated(date_of):
    # the capture came before the saying, at a time the sentence does not give
    text = "Cairo said on Thursday that Egyptian soldiers captured by the militia were safe."
    assert date_of(text, "captured") is None
    assert date_of(text, "said") == "2024-06-20"


def test_a_participle_on_a_noun_in_a_dated_clause_is_done_by_that_day(date_of, pipeline):
    text = "Iran retaliated on Tuesday with a barrage of missiles fired at Israel."
    assert date_of(text, "fired", "2024-06-21") == "2024-06-18"  # not the paper's Friday
    doc = pipeline.nlp(text)
    fired = next(t for t in doc if t.text == "fired")
    found = event_date(fired, fired.sent, "2024-06-21", "asserted", tuple(doc.ents))
    assert found is not None and found.reason == "on or before its clause's day"
    text = "Kyiv and Moscow swapped 95 prisoners on Sunday in a deal brokered by the United Arab Emirates."
    assert date_of(text, "brokered", "2024-06-21") == "2024-06-16"


def test_the_launch_that_came_a_day_after_counts_from_the_firing_told_before(date_of):
    text = ("SEOUL, June 20 (Reuters) - North Korea fired two ballistic missiles into the sea on Wednesday, its third "
            "launch this year, South Korea's military said. Japan lodged a protest. The launch came a day after "
            "Pyongyang criticised joint drills by the United States and South Korea.")
    assert date_of(text, "launch", "2024-06-22", nth=2) == "2024-06-19"  # the firing's day, not the story's
    assert date_of(text, "criticised", "2024-06-22") == "2024-06-18"  # a day before the launch


def test_overnight_in_a_dated_report_is_the_night_ending_on_the_report_s_day(date_of):
    text = "Russian drones attacked the port of Odesa overnight, Ukrainian officials said on Tuesday."
    assert date_of(text, "attacked", "2024-06-21") == "2024-06-18"  # not the paper's Friday
    assert date_of("Russia launched 50 drones at Ukraine overnight, the air force said.", "launched",
                   "2024-06-21") == "2024-06-21"


def test_a_standing_measure_talked_about_is_not_of_the_day_it_is_talked_about(date_of):
    published = "2024-06-21"
    assert date_of("Iran said on Friday that U.S. sanctions against its central bank amounted to economic "
                   "terrorism.", "sanctions", published) is None
    assert date_of("Washington's new sanctions on Russia drew an angry response from Moscow on Monday.", "sanctions",
                   published) == "2024-06-17"  # new ones are of their day
    assert date_of("The United States imposed sanctions on Iran on Tuesday.", "sanctions", published) == "2024-06-18"


def test_an_act_done_following_a_bare_act_noun_is_news_not_background(date_of):
    text = ("BAMAKO (AFP) - Mali's junta has freed three Ivorian soldiers following mediation by Togo, officials "
            "said.")
    assert date_of(text, "freed", "2022-09-04") == "2022-09-04"  # the lede's news, not set in an era
    text = "Kosovo declared independence from Serbia in 2008. After independence, Serbia closed its border."
    assert date_of(text, "closed", "2024-06-20") is None  # an era named bare stays one


def test_the_sanctions_taken_again_are_of_the_time_their_first_mention_gives(date_of):
    text = ("India's refiners have halted purchases of Russian oil, sources said on Thursday. The move follows U.S. "
            "sanctions on Rosneft and Lukoil. Washington imposed the sanctions to pressure Moscow into talks.")
    assert date_of(text, "sanctions", "2024-11-21", nth=2) is None  # not the paper's day: when, the text leaves open
    text = ("The EU adopted sanctions on Belarus in March. Brussels imposed the sanctions over the forced landing "
            "of a plane.")
    assert date_of(text, "sanctions", "2024-11-21", nth=2) == "2024-03"
