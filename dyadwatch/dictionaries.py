"""Importing CAMEO/PETRARCH-style actor dictionaries into dyadwatch's actor YAML.

The format, as TABARI and PETRARCH read it: a record is a primary phrase (words joined by `_` or blanks, optionally
followed by a default `[CODE]` and a `;` remark), `+` synonym lines, and tab-indented date restrictions
`[CODE <date]`, `[CODE >date]`, `[CODE date-date]` or `[CODE]`. Dates are YYYYMMDD or YYMMDD. Comments are `#` to the
end of the line or `<!-- ... -->`. A code is a country (3 letters) followed by 3-letter sector codes (USAGOV,
RUSMILGOV); IGO/NGO/MNC codes stand for organisations.

Records become `people:` entries (a role per restriction), `countries:` entries (synonyms of a country the
knowledge base knows) or `organisations:` entries. A record that cannot be read is reported with its line, never
dropped in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .knowledge import PLOVER_SECTORS, KnowledgeBase

__all__ = ["ImportResult", "import_actor_dictionary"]

RESTRICTION = re.compile(r"^\[\s*([A-Z0-9]+)\s*(?:([<>])\s*(\d{6}|\d{8})|(\d{6}|\d{8})\s*-\s*(\d{6}|\d{8}))?\s*\]$")
DEFAULT_CODE = re.compile(r"\[\s*([A-Z0-9]+)\s*\]")
ORG_PREFIXES = ("IGO", "NGO", "MNC", "IMG", "NGM")
# Two-digit years up to this one are read as 20YY, later ones as 19YY (TABARI files mix both forms).
CENTURY_PIVOT = 30


@dataclass
class _Record:
    line: int
    names: list[str]
    default: str | None
    restrictions: list[tuple[str, str | None, str | None]] = field(default_factory=list)


@dataclass
class ImportResult:
    people: list[dict[str, Any]] = field(default_factory=list)
    countries: list[dict[str, Any]] = field(default_factory=list)
    organisations: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "file:line: what is wrong", one per record not imported

    def as_yaml_data(self) -> dict[str, Any]:
        data = {"people": self.people, "countries": self.countries, "organisations": self.organisations}
        return {key: value for key, value in data.items() if value}


def import_actor_dictionary(path: Path, kb: KnowledgeBase) -> ImportResult:
    result = ImportResult()
    for record in _records(path, result):
        try:
            _convert(record, kb, result)
        except ValueError as exc:
            result.problems.append(f"{path}:{record.line}: {record.names[0]}: {exc}")
    return result


def _records(path: Path, result: ImportResult) -> list[_Record]:
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), path.read_text(encoding="utf-8"),
                  flags=re.S)
    records: list[_Record] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        body = line.strip()
        if raw[:1] in ("\t", " ") and body.startswith("["):
            _add_restriction(records, body, path, number, result)
        elif body.startswith("+"):
            if not records:
                result.problems.append(f"{path}:{number}: a synonym line before any actor; put the primary first")
                continue
            records[-1].names.append(_phrase(body[1:]))
        else:
            phrase, _, rest = body.partition("[") if "[" in body.split(";", 1)[0] else (body, "", "")
            default = DEFAULT_CODE.search("[" + rest) if rest else None
            records.append(_Record(number, [_phrase(phrase.split(";", 1)[0])], default.group(1) if default else None))
    return records


def _add_restriction(records: list[_Record], body: str, path: Path, number: int, result: ImportResult) -> None:
    match = RESTRICTION.match(body.split(";", 1)[0].strip())
    if not records or not match:
        why = "a date restriction before any actor" if not records else \
            f"unreadable restriction {body!r}; write [CODE], [CODE <YYYYMMDD], [CODE >YYYYMMDD] or [CODE A-B]"
        result.problems.append(f"{path}:{number}: {why}")
        return
    code, op, day, start, end = match.groups()
    if op == "<":
        records[-1].restrictions.append((code, None, _date(day)))
    elif op == ">":
        records[-1].restrictions.append((code, _date(day), None))
    else:
        records[-1].restrictions.append((code, _date(start) if start else None, _date(end) if end else None))


def _phrase(text: str) -> str:
    words = text.replace("_", " ").split()
    return " ".join(w if any(c.islower() for c in w) else w.capitalize() for w in words)


def _date(text: str) -> str:
    if len(text) == 6:
        year = int(text[:2])
        text = f"{20 if year <= CENTURY_PIVOT else 19}{text}"
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}"


def _split_code(code: str, kb: KnowledgeBase) -> tuple[str, str | None]:
    country, rest = code[:3], code[3:]
    if country not in kb.countries:
        raise ValueError(f"code {code!r}: {country!r} is not a country the knowledge base knows")
    chunks = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    sectors = [c for c in chunks if c in PLOVER_SECTORS]
    if chunks and not sectors:
        raise ValueError(f"code {code!r}: no PLOVER sector among {chunks}; use e.g. GOV, MIL, SPY")
    return country, sectors[0] if sectors else None


def _convert(record: _Record, kb: KnowledgeBase, result: ImportResult) -> None:
    codes = [r[0] for r in record.restrictions] + ([record.default] if record.default else [])
    if not codes:
        raise ValueError("no code: give a default [CODE] or a tab-indented [CODE dates] line")
    if codes[0].startswith(ORG_PREFIXES):
        result.organisations.append({"code": codes[0], "sector": codes[0][:3], "names": record.names})
        return
    roles = []
    for code, start, end in record.restrictions + ([(record.default, None, None)] if record.default else []):
        country, sector = _split_code(code, kb)
        if sector is None and record.restrictions:
            raise ValueError(f"code {code!r} names a country but no sector for a dated role")
        roles.append({"country": country, "sector": sector, "title": "", "start": start, "end": end})
    if not record.restrictions and roles[0]["sector"] is None:
        known = kb.countries[str(roles[0]["country"])]
        names = [known.name, *(n for n in record.names if n != known.name)]
        result.countries.append({"code": known.code, "names": names})
        return
    result.people.append({"name": record.names[0], "names": record.names, "roles": roles})
