"""Lexicon and reading gaps that coded a reported act as another kind of act, or not at all. Sentences written
for these tests, run through the real pipeline."""

from __future__ import annotations

from conftest import find


def test_an_envoy_summoned_home_is_recalled_by_his_own_state(code):
    events = code("Norway's ambassador in Budapest was summoned home for consultations on Monday, the ministry said.")
    recalls = find(events, "SANCTION", "NOR", "HUN", directed=True)
    assert recalls and recalls[0]["mode"] == "withdraw"
    assert not find(events, "ACCUSE")


def test_an_ambassador_called_home_is_a_recall(code):
    events = code("Chile called its ambassador to Peru home for consultations on Monday.")
    assert not find(events, "CONSULT")
    assert [e["mode"] for e in find(events, "SANCTION", "CHL", "PER", directed=True)] == ["withdraw"]


def test_an_ambassador_called_for_consultations_is_a_recall_not_a_phone_call(code):
    for text in ("Chile called its ambassador in Lima for consultations on Monday.",
                 "Chile's ambassador to Peru was called for consultations on Monday."):
        events = code(text)
        assert not find(events, "CONSULT"), text
        assert [e["mode"] for e in find(events, "SANCTION", "CHL", "PER", directed=True)] == ["withdraw"], text
    # a leader called "for consultations" on a crisis is called on the phone
    assert find(code("Boric called Peruvian President Dina Boluarte for consultations on the crisis."), "CONSULT")


def test_a_travel_warning_against_another_country_is_a_sanction(code):
    for text in ("Kenya on Tuesday advised its citizens not to travel to neighbouring Tanzania.",
                 "Kenya advised its citizens against travelling to Tanzania on Tuesday.",
                 "Kenya told its nationals to avoid Tanzania on Tuesday."):
        events = code(text)
        warnings = find(events, "SANCTION", "KEN", "TZA", directed=True)
        assert warnings and warnings[0]["mode"] == "discontinue", text


def test_telling_citizens_to_leave_is_no_travel_warning(code):
    events = code("Kenya urged its citizens to leave Tanzania on Tuesday.")
    assert not find(events, "SANCTION")


def test_a_travel_advisory_noun_is_the_warning(code):
    events = code("The United States issued a travel advisory for Mali on Tuesday.")
    assert find(events, "SANCTION", "USA", "MLI", directed=True)


def test_an_envoy_received_to_hear_a_grievance_is_summoned(code):
    events = code("Mali's foreign minister on Friday received Senegal's ambassador to Mali, Ousmane Diallo, to express "
                  "the government's disapproval of remarks made by the Senegalese president.")
    assert find(events, "ACCUSE", "MLI", "SEN", directed=True)
    assert not find(events, "CONSULT")


def test_an_envoy_received_for_condolences_is_still_a_courtesy(code):
    events = code("Mali's foreign minister on Friday received Senegal's ambassador to express his condolences.")
    assert not find(events, "ACCUSE")


def test_a_naming_that_condemns_is_an_accusation(code):
    levy = code("Brazil imposed a 50% levy on Argentine beef on Monday. Argentina called the levy unfair and "
                "unjustified.")
    assert find(levy, "ACCUSE", "ARG", "BRA", directed=True)
    expulsions = code("Poland expelled 15 Russian diplomats on Monday. Moscow described the expulsions as another "
                      "unfriendly step.")
    assert find(expulsions, "ACCUSE", "RUS", "POL", directed=True)


def test_a_naming_that_praises_or_names_a_target_accuses_no_one(code):
    assert not find(code("Kenya called the talks with Uganda useful."), "ACCUSE")
    assert not find(code("Poland described the summit with Lithuania as a success."), "ACCUSE")
    assert not find(code("India struck what it described as terrorist camps in Pakistan on Wednesday."), "ACCUSE")
