"""The actor knowledge base: countries, organisations, outlets, people and sector words, read from YAML.

The shipped files live in `dyadwatch/data/actors/`; a user's own files with the same keys extend them (an entry
with the same code or name replaces the shipped one). Every entry is checked; a bad one raises `DataFileError`
naming the file, the entry and the problem, so nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .cache import cached
from .errors import DataFileError
from .resources import data_path, load_yaml_file

__all__ = [
    "COUNTRY_KINDS",
    "Role",
    "Person",
    "Country",
    "Organisation",
    "Agency",
    "Outlet",
    "Phrase",
    "KnowledgeBase",
    "load_knowledge_base",
    "source_files",
    "PLOVER_SECTORS",
]

PLOVER_SECTORS = frozenset({
    "GOV", "MIL", "COP", "SPY", "LEG", "JUD", "PTY", "REB", "PRM", "UAF", "UNK", "BUS", "CVL", "EDU", "ELI", "JRN",
    "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "AGR", "CRM", "IGO", "UNO", "EUR", "NGO", "MNC", "IMG", "ISM",
})
SHIPPED_FILES = ("countries.yaml", "organisations.yaml", "agencies.yaml", "outlets.yaml", "sectors.yaml",
                 "people.yaml")


@dataclass(frozen=True)
class Role:
    country: str
    sector: str
    title: str
    start: str | None
    end: str | None

    def holds_on(self, day: str | None) -> bool:
        """True when the role was held on `day` (ISO date); with no date, only current roles count."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    name: str
    names: tuple[str, ...]
    roles: tuple[Role, ...]

    def role_on(self, day: str | None) -> Role | None:
        """The role held on `day`; else the nearest earlier one; else the first one listed."""
        held = [r for r in self.roles if r.holds_on(day)]
        if held:
            return held[0]
        if day:
            earlier = [r for r in self.roles if r.start and r.start <= day]
            if earlier:
                return max(earlier, key=lambda r: r.start or "")
        return self.roles[0] if self.roles else None

    def goes_by(self, word: str) -> bool:
        """`word` is a word of one of the person's names ("Anatoly", "Serdyukov"; not "Andrei"), in any case."""
        lower = word.lower()
        return any(lower == w.lower() for known in self.names for w in known.split())


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    valid_from: str | None = None
    valid_until: str | None = None


@dataclass(frozen=True)
class Organisation:
    code: str
    name: str
    sector: str


@dataclass(frozen=True)
class Agency:
    """A national body that acts for its state: a ministry, a spy service, an armed force, a parliament, a firm."""

    name: str
    country: str
    sector: str
    # besides its own country, the countries whose naming settles a shared abbreviation for it ("ADF": the DR
    # Congo's too, where the Allied Democratic Forces fight)
    cues: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Outlet:
    name: str
    country: str | None
    state_media: bool
    wire: bool


COUNTRY_KINDS = frozenset({"country", "demonym", "capital", "seat"})  # phrase kinds that name a country


@dataclass(frozen=True)
class Phrase:
    """One matchable phrase and what it stands for. `kind` says which table `key` points into."""

    text: str
    case_sensitive: bool
    kind: str  # country | demonym | capital | seat | shared | organisation | agency | outlet | person | title
    key: str


@dataclass
class KnowledgeBase:
    countries: dict[str, Country] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    agencies: dict[str, Agency] = field(default_factory=dict)
    outlets: dict[str, Outlet] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # lower-case title -> sector
    sector_nouns: dict[str, str] = field(default_factory=dict)  # lemma -> sector
    phrases: list[Phrase] = field(default_factory=list)
    shared_cues: dict[str, frozenset[str]] = field(default_factory=dict)  # country -> who settles a shared name
    # an abbreviation an agency shares with another entry ("RSF": Sudan's Rapid Support Forces, and Reporters
    # Without Borders) -> that agency, meant where the article names its country or its full name
    shared_agency_names: dict[str, str] = field(default_factory=dict)
    _by_family: dict[str, list[Person]] | None = field(default=None, repr=False, compare=False)
    _body_names: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def body_names(self) -> frozenset[str]:
        """The names of agencies and organisations: bodies an actor's name may be, not people."""
        if self._body_names is None:
            self._body_names = frozenset(a.name for a in self.agencies.values()) | \
                frozenset(o.name for o in self.organisations.values())
        return self._body_names

    def people_named(self, family_name: str) -> list[Person]:
        """The people any of whose names ends with (or, for East Asian order, starts with) `family_name`."""
        if self._by_family is None:
            index: dict[str, list[Person]] = {}
            for person in self.people.values():
                words = {w for n in person.names for w in (n.split()[0], n.split()[-1]) if n.split()}
                for word in words:
                    index.setdefault(word.lower(), []).append(person)
            self._by_family = index
        return self._by_family.get(family_name.lower(), [])

    def lookup(self, name: str) -> list[Phrase]:
        """Every phrase that names `name` (case ignored), then those that contain it; each entry once."""
        wanted = " ".join(name.lower().split()).removeprefix("the ")
        exact = [p for p in self.phrases if p.text.lower() == wanted]
        partial = [p for p in self.phrases if wanted in p.text.lower() and p not in exact]
        seen: set[tuple[str, str]] = set()
        found = []
        for phrase in exact + partial:
            if (phrase.kind, phrase.key) not in seen:
                seen.add((phrase.kind, phrase.key))
                found.append(phrase)
        return found

    def country_name(self, code: str | None) -> str | None:
        country = self.countries.get(code or "")
        return country.name if country else None

    def extend(self, data: Any, path: str) -> None:
        """Add the entries of one parsed YAML file."""
        if not isinstance(data, dict):
            raise DataFileError(path, "expected a mapping with keys such as countries:, outlets:, people:")
        known = {"countries", "organisations", "agencies", "outlets", "people", "titles", "nouns"}
        unknown = set(data) - known
        if unknown:
            raise DataFileError(path, f"unknown top-level keys {sorted(unknown)}; valid keys: {sorted(known)}")
        for key, loader in (("countries", self._add_country), ("organisations", self._add_organisation),
                            ("agencies", self._add_agency), ("outlets", self._add_outlet),
                            ("people", self._add_person)):
            for index, entry in enumerate(_as_list(data.get(key), path, key)):
                try:
                    loader(entry)
                except (KeyError, TypeError, ValueError) as exc:
                    raise DataFileError(path, f"{key}[{index}] ({_label(entry)}): {_reason(exc)}") from exc
        self._add_sectors(data, path)

    def _add_names(self, entry: dict[str, Any], field_name: str, kind: str, key: str) -> None:
        case_sensitive = set(entry.get("case_sensitive") or [])
        for text in entry.get(field_name) or []:
            self.phrases.append(Phrase(str(text), str(text) in case_sensitive, kind, key))

    def _add_country(self, entry: dict[str, Any]) -> None:
        code = _code(entry["code"])
        names = list(entry["names"])
        self.countries[code] = Country(code, str(names[0]), _day(entry.get("valid_from")),
                                       _day(entry.get("valid_until")))
        self._add_names(entry, "names", "country", code)
        self._add_names(entry, "demonyms", "demonym", code)
        self._add_names(entry, "capitals", "capital", code)
        for shared in entry.get("shared_names") or []:  # "Congo": this country's only where no other is named
            self.phrases.append(Phrase(str(shared), True, "shared", code))
        if entry.get("shared_cues"):
            self.shared_cues[code] = frozenset(_code(c) for c in entry["shared_cues"])
        for seat in entry.get("seats") or []:
            self.phrases.append(Phrase(str(seat), False, "seat", code))

    def _add_organisation(self, entry: dict[str, Any]) -> None:
        code = _code(entry["code"])
        sector = _sector(entry["sector"])
        self.organisations[code] = Organisation(code, str(entry["names"][0]), sector)
        self._add_names(entry, "names", "organisation", code)

    def _add_agency(self, entry: dict[str, Any]) -> None:
        name = str(entry["names"][0])
        self.agencies[name] = Agency(name, _code(entry["country"]), _sector(entry["sector"]),
                                     frozenset(_code(c) for c in entry.get("shared_cues") or []))
        self._add_names(entry, "names", "agency", name)
        for shared in entry.get("shared_names") or []:  # matched as the other entry's; settled by the resolver
            self.shared_agency_names[str(shared)] = name

    def _add_outlet(self, entry: dict[str, Any]) -> None:
        name = str(entry["name"])
        country = _code(entry["country"]) if entry.get("country") else None
        self.outlets[name] = Outlet(name, country, bool(entry.get("state_media")), bool(entry.get("wire")))
        self._add_names({**entry, "names": entry.get("names") or [name]}, "names", "outlet", name)

    def _add_person(self, entry: dict[str, Any]) -> None:
        name = str(entry["name"])
        roles = tuple(
            Role(_code(r["country"]), _sector(r["sector"]), str(r.get("title") or ""), _day(r.get("start")),
                 _day(r.get("end")))
            for r in entry["roles"]
        )
        if not roles:
            raise ValueError("a person needs at least one role")
        self.people[name] = Person(name, tuple(str(n) for n in entry.get("names") or [name]), roles)
        self._add_names({**entry, "names": entry.get("names") or [name]}, "names", "person", name)

    def _add_sectors(self, data: dict[str, Any], path: str) -> None:
        for index, entry in enumerate(_as_list(data.get("titles"), path, "titles")):
            try:
                text, sector = str(entry["text"]).lower(), _sector(entry["sector"])
            except (KeyError, TypeError, ValueError) as exc:
                raise DataFileError(path, f"titles[{index}]: {_reason(exc)}") from exc
            self.titles[text] = sector
            self.phrases.append(Phrase(text, False, "title", text))
        nouns = data.get("nouns") or {}
        if not isinstance(nouns, dict):
            raise DataFileError(path, "nouns: must map a noun lemma to a sector code, e.g. troop: MIL")
        for lemma, sector in nouns.items():
            try:
                self.sector_nouns[str(lemma).lower()] = _sector(sector)
            except ValueError as exc:
                raise DataFileError(path, f"nouns.{lemma}: {exc}") from exc


def _as_list(value: Any, path: str, key: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise DataFileError(path, f"{key}: must be a list of entries")
    return value


def _label(entry: Any) -> str:
    if isinstance(entry, dict):
        return str(entry.get("name") or entry.get("code") or (entry.get("names") or ["?"])[0])
    return repr(entry)


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing required key {exc.args[0]!r}"
    return str(exc)


def _code(value: Any) -> str:
    """A country (ISO alpha-3, or a historical state's code) or an organisation code: upper-case letters/digits."""
    code = str(value)
    if not re.fullmatch(r"[A-Z][A-Z0-9]{1,15}", code):
        raise ValueError(f"code {code!r} must be upper-case letters or digits, e.g. PRK (ISO 3166 alpha-3) or G20")
    return code


def _sector(value: Any) -> str:
    sector = str(value)
    if sector not in PLOVER_SECTORS:
        raise ValueError(f"sector {sector!r} is not a PLOVER sector; valid: {' '.join(sorted(PLOVER_SECTORS))}")
    return sector


def _day(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise ValueError(f"date {text!r} must be written YYYY-MM-DD (in quotes)")
    return text


def load_knowledge_base(extra_files: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The shipped knowledge base, extended by the user's files (later files override earlier entries)."""
    return _load(tuple(str(p) for p in extra_files))


def source_files(extra_files: Iterable[str | Path] = ()) -> list[Path]:
    """The YAML files the knowledge base is built from, in load order."""
    shipped = [data_path(f"actors/{name}") for name in SHIPPED_FILES]
    # More people files (people_<group>.yaml) are picked up so each group of offices can live in its own file.
    shipped += sorted(data_path("actors").glob("people_*.yaml"))
    return shipped + [Path(p) for p in extra_files]


@lru_cache(maxsize=8)
def _load(extra_files: tuple[str, ...]) -> KnowledgeBase:
    paths = source_files(extra_files)
    # this module's own source is part of the key: a change to how entries are read rebuilds the cache
    return cached("knowledge", [Path(__file__), *paths], lambda: _build(paths))


def _build(paths: list[Path]) -> KnowledgeBase:
    kb = KnowledgeBase()
    for path in paths:
        kb.extend(load_yaml_file(path), str(path))
    return kb
