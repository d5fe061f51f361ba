"""The actor resolver on short texts: who each phrase stands for, at the article's date."""

from __future__ import annotations

import pytest

from dyadwatch.actors import ActorResolver
from dyadwatch.goldsets import actor_for_mention

from conftest import find, parties


@pytest.fixture(scope="module")
def resolve(pipeline):
    def run(text: str, phrase: str, day: str = "2024-06-20", nth: int = 1) -> tuple[str | None, str | None]:
        doc = pipeline.nlp(text)
        best = actor_for_mention(doc, ActorResolver(doc, pipeline.kb, day), text, phrase, nth)
        return (best.party, best.sector) if best else (None, None)

    return run


def test_the_same_title_names_different_people_over_time(resolve):
    assert resolve("The South Korean defence minister met his U.S. counterpart.", "South Korean defence minister",
                   day="2018-03-01") == ("KOR", "MIL")
    assert resolve("Sergei Shoigu spoke to reporters in Moscow.", "Sergei Shoigu", day="2019-01-10") == ("RUS", "MIL")
    assert resolve("Sergei Shoigu spoke to reporters in Moscow.", "Sergei Shoigu", day="2024-12-10") == ("RUS", "GOV")


def test_coordinated_nationalities_are_two_actors(resolve):
    text = "Russian and North Korean officials met in Vladivostok on Tuesday."
    assert resolve(text, "North Korean officials") == ("PRK", "GOV")
    assert resolve(text, "Russian") == ("RUS", "GOV")


def test_agencies_metonyms_and_bare_states(resolve):
    assert resolve("The NIS told lawmakers that troops had been sent.", "The NIS") == ("KOR", "SPY")
    assert resolve("The Pentagon said the drills would go ahead.", "The Pentagon") == ("USA", "MIL")
    assert resolve("Japan protested to China on Monday.", "Japan") == ("JPN", "GOV")
    assert resolve("Pro-Russian separatists shelled the town.", "Pro-Russian separatists")[0] != "RUS"
    assert resolve("Russia's Security Council met on Friday.", "Russia's Security Council") == ("RUS", "GOV")
    assert resolve("North Korea's UN ambassador rejected the resolution.", "North Korea's UN ambassador")[0] == "PRK"


def test_short_references_follow_the_article(resolve):
    text = "Seoul and Pyongyang exchanged fire on the border. The North said it would retaliate."
    assert resolve(text, "The North") == ("PRK", "GOV")
    nato = "NATO leaders met in Vilnius. The alliance pledged more air defence for Ukraine."
    assert resolve(nato, "The alliance")[0] == "NATO"


def test_a_family_name_shared_by_two_people_is_left_open_unless_they_share_a_country(resolve):
    two_countries = "Kim Jong Il wrote to South Korean President Kim Dae-jung. Kim said the talks would go on."
    assert resolve(two_countries, "Kim", day="2000-06-20", nth=3) == (None, None)
    same_country = "Shehbaz Sharif and Nawaz Sharif met in Lahore. Sharif said the party would stand firm."
    assert resolve(same_country, "Sharif", day="2023-03-01", nth=3)[0] == "PAK"
    one_person = "Kim Jong Un inspected a missile factory. Kim said production would rise."
    assert resolve(one_person, "Kim", nth=2) == ("PRK", "GOV")


def test_a_person_the_base_does_not_know_is_placed_by_the_title_the_name_is_in_apposition_to(resolve):
    text = ("A Swedish court sentenced former Iranian prison official Hamid Nouri to life in prison. "
            "Nouri was arrested in Stockholm in November 2019.")
    assert resolve(text, "Nouri", day="2022-07-14", nth=2)[0] == "IRN"


def test_a_makers_name_before_a_model_number_is_a_product_not_the_company(resolve):
    assert resolve("The Boeing 777 was hit over the Donetsk region.", "Boeing") == (None, None)
    assert resolve("Boeing signed a deal with Air India.", "Boeing")[0] == "USA"


def test_a_family_name_the_model_reads_as_a_common_noun_still_names_the_person(resolve):
    text = "Dutch Foreign Minister Bert Koenders criticised Turkey. Koenders summoned him again on Monday."
    assert resolve(text, "Koenders", day="2017-03-12", nth=2) == ("NLD", "GOV")


def test_a_title_and_surname_name_the_office_holder_of_the_day(resolve):
    text = "President Bush telephoned South Korean President Roh Moo-hyun on Tuesday."
    assert resolve(text, "President Bush", day="2005-03-01") == ("USA", "GOV")


SHARED_NAMES = [
    ("Congo and Rwanda signed a peace deal in Washington. Kinshasa has long accused Kigali of arming M23.", "COD"),
    ("Congo granted a Chinese firm an oil licence, the government in Brazzaville said on Monday.", "COG"),
    ("Congo sent a delegation to the talks, which Kinshasa and Brazzaville both attended.", None),
    ("Congo sent a delegation to the talks in Geneva, organisers said.", None),
    ("Congo and Rwanda met in Doha. The Democratic Republic of the Congo accuses Kigali of backing M23.", "COD"),
    ("Congo and Rwanda signed a peace deal in Washington on Friday.", "COD"),  # a neighbour only Kinshasa's has
    ("Congo and Gabon agreed to reopen their border.", "COG"),  # ... only Brazzaville's has
    ("Congo received Angola's president on Monday.", None),  # a neighbour of both
]


@pytest.mark.parametrize(("text", "party"), SHARED_NAMES, ids=[t[0][:40] for t in SHARED_NAMES])
def test_a_name_two_countries_share_names_the_one_the_text_names_otherwise(resolve, text, party):
    assert resolve(text, "Congo")[0] == party


def test_a_subject_the_model_hangs_on_the_dateline_is_still_the_subject(code):
    """The small model often parses "WOODSIDE, California, Nov 15 (Reuters) - Biden and Xi met" with the leaders as
    an apposition to the dateline's place: the place names no one, the names after the dateline do."""
    events = code("WOODSIDE, California, Nov 15 (Reuters) - U.S. President Joe Biden and Chinese President Xi "
                  "Jinping met for about four hours at a country estate south of San Francisco on Wednesday.",
                  published="2023-11-15")
    between = [e for e in events if {"USA", "CHN"} <= {a["country"] for a in e["source"] + e["target"]}]
    assert [(e["type"], e["date"]) for e in between] == [("CONSULT", "2023-11-15")], events


def test_the_ministry_is_the_state_last_named_as_a_subject(resolve):
    text = "Russia on Monday expelled Estonia's ambassador. The Foreign Ministry ordered him to leave by Feb. 7."
    assert resolve(text, "The Foreign Ministry")[0] == "RUS"
    told = "North Korea's foreign ministry condemned the drills. The ministry said Japan would pay."
    assert resolve(told, "The ministry")[0] == "PRK"


def test_whose_is_the_noun_its_clause_is_about(resolve):
    text = "Latvia acted in solidarity with Estonia, whose ambassador was expelled by Moscow on Monday."
    assert resolve(text, "whose ambassador")[0] == "EST"


def test_the_president_is_one_of_the_pairs_before_a_third_partys(resolve):
    text = ("Somali President Hassan Sheikh Mohamud flew to Addis Ababa on Saturday, a month after Turkish President "
            "Recep Tayyip Erdogan brokered a deal. Ethiopian Prime Minister Abiy Ahmed received the president at "
            "the airport. Ethiopia and Somalia have been at odds for a year.")
    assert resolve(text, "the president")[0] == "SOM"


def test_his_on_what_a_named_subject_acts_on_is_the_subjects_own(resolve):
    text = ("Chinese Premier Li Qiang met Anthony Albanese on Monday. Embassy staff tried to block cameras filming "
            "Australian journalist Cheng Lei. Mr Li began his visit on Saturday in Adelaide.")
    assert resolve(text, "his")[0] == "CHN"


@pytest.mark.parametrize(("text", "day", "word", "country"), [
    ("ROTTERDAM (ANP) - Dutch police stopped Turkish Family Minister Fatma Betul Sayan Kaya near the Turkish consulate "
     "on Saturday. Officers escorted her convoy to the German border. The expulsion came hours after the government "
     "refused landing rights to Foreign Minister Mevlut Cavusoglu.", "2017-03-12", "government", "NLD"),
    ("PARIS, Dec 27 (Reuters) - France has expelled two Azerbaijani diplomats after Baku declared two French embassy "
     "staff persona non grata. Paris rejects the allegations Baku used to justify its decision, the ministry said in "
     "a statement.", "2023-12-27", "ministry", "FRA"),
])
def test_a_bare_government_or_ministry_is_the_dateline_countrys_when_it_takes_part(pipeline, text, day, word,
                                                                                     country):
    doc = pipeline.nlp(text)
    resolver = ActorResolver(doc, pipeline.kb, day)
    found = [t for t in doc if t.lower_ == word][-1]
    assert [a.country for a in resolver.resolve(found)] == [country]


def test_the_place_of_the_talks_is_no_dateline_government(pipeline):
    doc = pipeline.nlp("GENEVA (Reuters) - Iranian and U.S. envoys met on Monday. The government in Tehran said "
                       "the talks were useful.")
    resolver = ActorResolver(doc, pipeline.kb, "2025-04-14")
    assert resolver.filed_from == "CHE"
    assert "CHE" not in [a.country for a in resolver.resolve(next(t for t in doc if t.lower_ == "government"))]
    doc = pipeline.nlp("VIENNA (Reuters) - Iran and the United States held talks in Vienna on Saturday. The ministry "
                       "said the talks were useful.")
    resolver = ActorResolver(doc, pipeline.kb, "2025-04-12")
    assert "AUT" not in [a.country for a in resolver.resolve(next(t for t in doc if t.lower_ == "ministry"))]


@pytest.mark.parametrize(("text", "day", "name", "country", "sector"), [
    ("Baerbock met Wang Yi in Berlin.", "2023-05-09", "Baerbock", "DEU", "GOV"),
    ("Lammy flew to Washington on Monday.", "2024-09-09", "Lammy", "GBR", "GOV"),
    ("Marles met his Chinese counterpart in Singapore.", "2023-06-03", "Marles", "AUS", "MIL"),
])
def test_the_foreign_and_defence_ministers_of_g20_states_are_known(pipeline, text, day, name, country, sector):
    doc = pipeline.nlp(text)
    resolver = ActorResolver(doc, pipeline.kb, day)
    actors = resolver.resolve(next(t for t in doc if t.text == name))
    assert [(a.country, a.sector) for a in actors] == [(country, sector)], actors


def test_a_leaders_earlier_term_as_foreign_minister_is_known(pipeline):
    doc = pipeline.nlp("Boris Johnson met Sergei Lavrov in Moscow.")
    resolver = ActorResolver(doc, pipeline.kb, "2017-12-22")
    johnson = resolver.resolve(doc[1])
    assert johnson and johnson[0].country == "GBR" and johnson[0].sector == "GOV"
    assert pipeline.kb.people["Boris Johnson"].role_on("2017-12-22").title == "Foreign Secretary"


def test_they_in_what_a_joined_verb_says_is_the_subject_it_shares(code):
    events = code("Leaders of the Group of Seven condemned the missile attack on Sunday and said they stood in full "
                  "solidarity with Poland.", published="2024-04-15")
    stood = [e for e in events if e["type"] == "SUPPORT"]
    assert stood and all(e["source"] and e["source"][0]["code"] == "GSEVEN" for e in stood)


def test_a_bare_family_name_several_office_holders_share_is_the_head_of_state(resolve):
    assert resolve("Three days ago, Putin and Kim signed a treaty.", "Kim", day="2024-06-22") == ("PRK", "GOV")


def test_a_pronoun_in_a_relative_clause_does_not_stand_for_the_phrase_it_describes(code):
    events = code("Seoul asked Pyongyang to free the South Korean fishermen it seized last year.",
                  published="2024-06-20")
    seized = [e for e in events if e["type"] in ("COERCE", "ASSAULT")]
    assert seized and all(parties(e["source"]) == {"PRK"} for e in seized)


def test_they_in_a_that_clause_hung_on_a_noun_is_still_that_noun(code):
    events = code("Global Affairs Canada then served notice on four Chinese diplomats, including Consul General Zhao "
                  "Wei, that they were being expelled.", published="2023-05-10")
    expelled = [e for e in events if e["type"] == "SANCTION"]
    assert expelled and all(parties(e["target"]) == {"CHN"} for e in expelled)


def test_who_acts_in_a_where_clause_is_not_the_place_it_says(code):
    events = code("U.S. President Donald Trump and North Korean leader Kim Jong Un met in Hanoi on Thursday. The Hanoi "
                  "meeting came eight months after their first summit in Singapore, where they signed a statement.",
                  published="2019-03-01")
    signed = [e for e in find(events, "AGREE") if "Singapore" in e["evidence"]["text"]]
    assert signed and all(parties(e["source"]) | parties(e["target"]) <= {"USA", "PRK"} for e in signed)


def test_the_ministry_is_the_one_named_in_the_sentence_before(code):
    events = code("SEOUL, July 8 (Reuters) - South Korea and Japan agreed on Friday to share radar data. China's "
                  "foreign ministry voiced firm opposition. The ministry also summoned South Korean Ambassador Kim "
                  "Jang-soo on Friday afternoon, according to Seoul's foreign ministry.", published="2016-07-08")
    summoned = [e for e in events if e["evidence"]["text"].startswith("The ministry")]
    assert summoned and all(parties(e["source"]) == {"CHN"} for e in summoned)


def test_a_passive_with_no_doer_goes_on_from_the_act_just_before(code):
    events = code("South Korea and the United States agreed on Friday to deploy a missile defence battery. China's "
                  "foreign ministry summoned South Korean Ambassador Kim Jang-soo on Friday afternoon. U.S. "
                  "Ambassador Max Baucus was called in separately, a U.S. embassy spokesman said.",
                  published="2016-07-08")
    called = [e for e in events if e["evidence"]["text"].startswith("U.S. Ambassador")]
    assert called and all(parties(e["source"]) == {"CHN"} for e in called)


def test_where_released_prisoners_were_flown_is_not_who_released_them(code):
    events = code("Ukraine and Russia carried out another prisoner exchange on Saturday, Zelensky said. Russia's "
                  "Defense Ministry said 103 Russian soldiers were released in return and flown to Belarus.",
                  published="2024-09-14")
    released = [e for e in find(events, "RETREAT") if e["evidence"]["text"].startswith("Russia's Defense")]
    assert released and all("BLR" not in parties(e["source"]) for e in released)


def test_the_resolution_is_the_body_that_voted_it(code):
    events = code("The UN Security Council voted unanimously on Saturday to impose sanctions on North Korea. North "
                  "Korea's UN ambassador, Pak Gil Yon, rejected the resolution minutes after the vote.",
                  published="2006-10-15")
    rejected = [e for e in find(events, "REJECT") if "rejected the resolution" in e["evidence"]["text"]]
    assert rejected and parties(rejected[0]["source"]) == {"PRK"} and parties(rejected[0]["target"]) == {"UNSC"}


def test_they_opening_a_sentence_is_the_pair_the_sentence_before_was_about(code):
    events = code("Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in Tokyo "
                  "on Monday. The two leaders signed a railway pact. They also condemned North Korean missile "
                  "launches, saying they threatened the region.", published="2023-03-20")
    condemned = [e for e in find(events, "ACCUSE") if e["evidence"]["text"].startswith("They")]
    assert condemned and parties(condemned[0]["source"]) == {"IND", "JPN"}


def test_the_court_is_the_court_named_before_not_the_last_body(code):
    events = code("A Turkish court on Friday convicted American pastor Andrew Brunson of aiding terrorism, after a "
                  "detention that had strained ties between the NATO allies. The court sentenced Brunson to three "
                  "years in prison.", published="2018-10-12")
    sentenced = [e for e in find(events, "SANCTION") if e["evidence"]["text"].startswith("The court")]
    assert sentenced and parties(sentenced[0]["source"]) == {"TUR"}


@pytest.mark.parametrize("text", [
    "U.S.-Russia talks were held in Riyadh on Tuesday.",  # an abbreviation's period, then the hyphen
    "US-Russia talks were held in Riyadh on Tuesday.",  # a short name in capitals first: no dateline
    "Diplomats said the U.S.-Russia talks were held in Riyadh on Tuesday.",
])
def test_a_hyphenated_pair_names_both_sides_of_the_talks(code, text):
    events = code(text, published="2025-02-20")
    assert [(e["type"], {a["country"] for a in e["source"] + e["target"]}) for e in events] == \
        [("CONSULT", {"USA", "RUS"})], events


def test_a_hyphen_after_an_abbreviation_splits_like_one_between_words(pipeline):
    words = [t.text for t in pipeline.nlp("The U.S.-South Korea drills and the Russia-Ukraine talks went ahead.")]
    assert words[1:5] == ["U.S.", "-", "South", "Korea"] and words[8:11] == ["Russia", "-", "Ukraine"]
    doc = pipeline.nlp("ISTANBUL - Turkey hosted talks between Russia and Ukraine on Tuesday.")
    assert ActorResolver(doc, pipeline.kb, "2025-05-16").dateline_end == 2  # a spaced dash still ends a dateline


@pytest.mark.parametrize(("text", "word", "country"), [
    ("Israel struck the port of Bandar Abbas on Tuesday.", "Abbas", None),  # a port, no Mahmoud Abbas
    ("Colonel General Andrei Serdyukov met Belarusian officers in Minsk on Monday.", "Serdyukov", None),
    ("Defence Minister Anatoly Serdyukov met Belarusian officers in Minsk on Monday.", "Serdyukov", "RUS"),
    ("President Abbas met Egypt's Sisi in Cairo on Monday.", "Abbas", "PSE"),
])
def test_a_family_name_after_another_given_name_is_someone_else(pipeline, text, word, country):
    doc = pipeline.nlp(text)
    resolver = ActorResolver(doc, pipeline.kb, "2010-05-10" if "Anatoly" in text else "2024-05-10")
    found = resolver.resolve(next(t for t in doc if t.text == word))
    assert [a.country for a in found if a.name] == ([country] if country else []), found


def test_unique_parties_keeps_the_first_actor_of_each_party():
    from dyadwatch.phrases import unique_parties
    from dyadwatch.records import Actor

    def actor(country, org=None, start=0):
        return Actor(country, "GOV", None, country or org or "they", start, start + 1, org)

    actors = [actor("RUS"), actor(None, start=5), actor("RUS", start=9), actor(None, "NATO"), actor(None, start=12),
              actor("PRK"), actor(None, "NATO", start=20)]
    assert [(a.party, a.start) for a in unique_parties(actors)] == [("RUS", 0), (None, 5), ("NATO", 0), ("PRK", 0)]


def test_what_a_phrase_names_by_itself_is_read_once_and_a_pronoun_is_not_kept(pipeline):
    doc = pipeline.nlp("Russian President Vladimir Putin met Kim in Pyongyang. He said it was a success.")
    resolver = ActorResolver(doc, pipeline.kb, "2024-06-20")
    putin, he = next(t for t in doc if t.text == "Putin"), next(t for t in doc if t.text == "He")
    first = resolver.resolve(putin)
    assert [(a.party, a.name) for a in first] == [("RUS", "Vladimir Putin")]
    assert resolver.resolve(putin) == first and resolver.resolve(putin) is not first  # the caller's own list
    assert resolver._named_by[putin.i][1] == tuple(first)
    assert [a.party for a in resolver.resolve(he)] == ["RUS"]  # read from what the article told before
    assert resolver._named_by[he.i][1] is None


def test_two_names_the_model_makes_two_subjects_are_still_named_together(pipeline):
    # as the small model sometimes parses a wire lead: each name a subject of the verb, the second not a conjunct
    doc = pipeline.nlp("Kenyan President William Ruto and Ugandan President Yoweri Museveni signed accords on "
                       "Thursday at a ceremony hosted by President Donald Trump in Washington.")
    signed = next(t for t in doc if t.text == "signed")
    museveni = next(t for t in doc if t.text == "Museveni")
    museveni.head, museveni.dep_ = signed, "nsubj"
    resolver = ActorResolver(doc, pipeline.kb, "2025-12-04")
    assert [a.country for a in resolver.recent_coordinated_pair(len(doc))] == ["KEN", "UGA"]


def test_a_country_coordinated_after_the_head_keeps_its_own_words(pipeline):
    """"the defence chiefs of Peru and South Korea": the second country's actor is the words that name it, not an
    empty span running backwards from them to the head noun."""
    text = "The defence chiefs of Peru and South Korea signed a logistics accord."
    doc = pipeline.nlp(text)
    resolver = ActorResolver(doc, pipeline.kb, "2024-06-20")
    actors = resolver.resolve(next(t for t in doc if t.text == "chiefs"))
    assert [a.country for a in actors] == ["PER", "KOR"]
    korea = actors[1]
    assert text[korea.start:korea.end] == korea.text == "South Korea"


def test_the_object_pronoun_of_a_verb_is_not_the_subject_it_shares(code):
    # "it" is Eritrea, not the troops that occupied it (nor the coalition named after it); alone, with no earlier
    # sentence naming Eritrea for the pronoun to fall back on
    events = code("Ethiopian troops invaded Eritrea in May 1999 and occupied it for two years until they were driven "
                  "out by a U.S.-led coalition.", published="2024-06-21")
    struck = find(events, "ASSAULT")
    assert len(struck) == 2 and all(parties(e["target"]) == {"ERI"} for e in struck), events


@pytest.mark.parametrize(("text", "pronoun", "party"), [
    ('"We will not recognise the referendum," the German chancellor told reporters in Berlin.', "We", "DEU"),
    ('"Our embassy will stay open," the Polish foreign ministry said on Monday.', "Our", "POL"),
    ('"I will not go to Moscow," the Estonian prime minister said.', "I", "EST"),
])
def test_a_first_person_pronoun_in_a_quotation_is_its_speakers_side(resolve, text, pronoun, party):
    assert resolve(text, pronoun)[0] == party


def test_a_first_person_pronoun_outside_a_quotation_names_no_one(resolve):
    # the outlet's own "we", with no one said to speak, is no side
    assert resolve("We believe the German chancellor will not recognise the referendum.", "We") == (None, None)


def test_what_a_quoted_we_does_is_the_speakers_sides_act(code):
    events = code('"We have suspended our participation in the alliance," the Armenian prime minister told '
                  "reporters.", published="2024-02-23")
    assert find(events, "SANCTION", "ARM"), events
