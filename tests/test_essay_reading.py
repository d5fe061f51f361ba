"""Reading essays and analyses about international relations: history told in the past, analysis that names no act,
and the clauses an essay hangs its acts on. Sentences are our own, in the style of such essays."""

from __future__ import annotations

from conftest import find


def test_the_soviet_union_is_a_state_not_a_labour_union(code):
    events = code("After the war, the Soviet Union supplied Vietnam with tanks and fighter jets.")
    (aid,) = find(events, "AID", "SUN", "VNM", directed=True)
    assert aid["source"][0]["sector"] != "LAB"


def test_not_only_and_not_merely_say_more_and_deny_nothing(code):
    events = code("Iran did not merely sell drones to Russia; it also trained Russian crews to fly them.")
    assert [e["modality"] for e in find(events, "AID", "IRN", "RUS", directed=True)] == ["asserted"]
    events = code("Beijing did not only condemn the launch; it also summoned the Japanese ambassador.")
    assert {e["modality"] for e in find(events, "ACCUSE", "CHN")} == {"asserted"}


def test_plain_negation_still_denies(code):
    events = code("Iran did not sell drones to Russia, its foreign ministry said.")
    assert {e["modality"] for e in find(events, "AID", "IRN", "RUS")} == {"negated"}


def test_a_standing_partnership_described_is_no_agreement(code):
    events = code("The partnership between Vietnam and India, which is more than a marriage of convenience, "
                  "continues to deepen across trade and defence.")
    assert not find(events, "AGREE")
    events = code("Analysts praise the long-term vision of the partnership between Iran and Venezuela.")
    assert not find(events, "AGREE", "IRN", "VEN")


def test_a_partnership_a_verb_makes_is_still_an_agreement(code):
    events = code("Vietnam and India declared a comprehensive strategic partnership in Hanoi on Tuesday.")
    assert find(events, "AGREE", "VNM", "IND")


def test_who_fights_with_the_doer_is_beside_it_not_its_target(code):
    events = code("Minister Lavrov praised Kim Jong Un, who became a hero after fighting with Russian troops in Kursk.")
    assert not find(events, "ASSAULT", "PRK", "RUS")
    events = code("Cuban soldiers fought alongside Angolan troops against South Africa in the 1980s.")
    assert not find(events, "ASSAULT", "CUB", "AGO")
    assert find(events, "ASSAULT", "CUB", "ZAF", directed=True)


def test_a_cause_of_fighting_is_no_fight(code):
    events = code("Lavrov praised Syrian soldiers for their heroic work in the common cause of fighting against "
                  "terrorism.")
    assert not find(events, "ASSAULT")
    assert find(events, "SUPPORT", "RUS", "SYR", directed=True)
    events = code("After weeks of fighting between Armenia and Azerbaijan, a truce was agreed.")
    assert find(events, "ASSAULT", "ARM", "AZE")


def test_a_strategy_to_act_is_no_act(code):
    events = code("Seoul's spy agency described new recruitment drives in North Korea, maybe as a strategy to send "
                  "more troops to Russia.")
    assert not [e for e in find(events, "AID") if e["modality"] in ("asserted", "reported")]
    events = code("Moscow's decision to expel ten Estonian diplomats angered Tallinn.")
    assert find(events, "SANCTION", "RUS", "EST", directed=True)


def test_a_relative_pronoun_speaker_is_the_noun_it_stands_for(code):
    events = code("Further light came from the Korean Central News Agency (KCNA), which reported that Russian "
                  "officials expressed their strong support for Pyongyang.")
    (support,) = find(events, "SUPPORT", "RUS", "PRK", directed=True)
    assert support["attribution"]["text"] == "the Korean Central News Agency (KCNA)"
    assert support["attribution"]["country"] == "PRK"


def test_a_past_time_clause_under_a_modal_is_told_as_done(code):
    events = code("Military ties can potentially grow further as the May 2025 meeting between Iranian and Russian "
                  "defence officials took place in Tehran.")
    assert {e["modality"] for e in find(events, "CONSULT", "IRN", "RUS")} == {"asserted"}
    events = code("Ties may improve after Seoul recalled its ambassador from Tokyo.")
    assert {e["modality"] for e in find(events, "SANCTION", "KOR", "JPN")} == {"asserted"}
    events = code("If the talks collapse, Iran could strike Israel.")
    assert {e["modality"] for e in find(events, "ASSAULT", "IRN", "ISR")} == {"hypothetical"}


def test_a_vow_told_as_a_comment_on_a_cooperative_clause_is_a_promise(code):
    events = code("Iran and Venezuela will establish new payment channels beyond the reach of Western banks, as "
                  "Maduro vowed during his visit to Tehran in 2022.")
    assert not find(events, "THREATEN")
    assert find(events, "AGREE", "VEN", "IRN", directed=True)
    events = code("Iran will strike Israel again, as its supreme leader has vowed.")
    assert find(events, "THREATEN", "IRN", "ISR", directed=True)
    assert not find(events, "AGREE")


def test_an_annexed_place_is_the_country_it_was_taken_from(code):
    events = code("The annexation of Crimea by Russia in 2014 pushed Moscow closer to North Korea.")
    (annexation,) = find(events, "ASSAULT", "RUS")
    assert {a["country"] for a in annexation["target"]} == {"UKR"}


def test_a_dash_typed_as_a_hyphen_leaves_the_name_before_it_whole(code, pipeline):
    events = code("Vietnam turned in the 2000s towards rapprochement with South Korea- a move that angered Pyongyang.")
    (rapprochement,) = find(events, "SUPPORT", "VNM")
    assert {a["country"] for a in rapprochement["target"]} == {"KOR"}
    assert "pre-" in [t.text for t in pipeline.nlp("Seoul and Moscow discussed pre- and post-war trade.")]


def test_a_treaty_told_as_it_is_no_actor_and_no_one_else_does_its_act(code):
    events = code("This alliance was sealed in 1978 in a treaty of friendship, a treaty that was far more than a "
                  "formality. It has provided Vietnam with a strategic shield against the influence of China and it "
                  "has provided the Soviet Union with a naval base.")
    assert not [e for e in events if "It has provided" in e["evidence"]["text"]]
    events = code("Morocco recalled its envoy from Berlin. It also accused Germany of meddling.")
    assert find(events, "ACCUSE", "MAR", "DEU", directed=True)


def test_russia_in_the_soviet_era_of_a_text_naming_the_soviet_state_is_the_soviet_union(code):
    events = code("Relations between Moscow and Hanoi go back to the Soviet era. This partnership was sealed in 1978 "
                  "in a treaty of friendship between Russia and Vietnam.")
    assert find(events, "AGREE", "SUN", "VNM") and not find(events, "AGREE", "RUS")
    events = code("Russia and Japan fought a war in 1905. The Soviet Union later occupied the Kuril islands.")
    assert find(events, "ASSAULT", "RUS", "JPN")
    events = code("Russia signed a treaty with Vietnam in 1978.")  # no Soviet state named: left as written
    assert find(events, "AGREE", "RUS", "VNM")


def test_the_year_after_a_year_named_in_its_sentence_is_that_year(code):
    events = code("Estimates by Seoul suggest that since 2024 towards the end of the year, North Korea sent about "
                  "15,000 soldiers to Russia.", published="2025-12-01")
    assert [e["date"] for e in find(events, "AID", "PRK", "RUS")] == ["2024-10/2024-12"]
    events = code("Seoul said Pyongyang would send more troops to Russia by the end of the year.",
                  published="2025-12-01")
    assert [e["date"] for e in find(events, "AID", "PRK", "RUS")] == ["2025-10/2025-12"]


def test_a_claimant_is_a_speaker_not_an_event_or_an_idea(code):
    events = code("The meetings between the Iranian foreign minister and Omani officials revealed the same concerns "
                  "in Muscat last week.")
    (meeting,) = find(events, "CONSULT", "IRN", "OMN")
    assert meeting["attribution"] is None and meeting["modality"] == "asserted"
    events = code("Although the emphasis on deeper ties announced no concrete agreements, it still suggests that Iran "
                  "will arm Russia.")
    assert find(events, "AID", "IRN", "RUS") and all(e["attribution"] is None for e in events)


def test_a_report_made_by_an_outlet_is_claimed_by_the_outlet(code):
    events = code("According to the report made by Al Jazeera, Qatar hosted talks between Iran and the United States.")
    (talks,) = find(events, "CONSULT", "IRN", "USA")
    assert talks["attribution"]["text"] == "Al Jazeera"


def test_a_person_landing_in_a_country_visits_it_a_plane_does_not(code):
    events = code("Taiwanese President Tsai Ing-wen left Taipei on Thursday for Central America. Tsai landed in "
                  "Guatemala on Friday evening after a stopover in New York.", published="2023-04-02")
    assert [e["mode"] for e in find(events, "CONSULT", "TWN", "GTM", directed=True)] == ["visit"]
    assert not find(code("A Russian plane landed in Caracas on Friday."), "CONSULT")
