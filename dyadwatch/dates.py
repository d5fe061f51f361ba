"""Date expressions ("June 19, 2024", "last month", "the 1990s", "1950-53") -> a value with its precision.

Values are ISO 8601 at the precision the text gives: `2024-06-19` (day), `2024-W25` (week), `2024-06` (month),
`2024-09/2024-12` (part of a year), `2024` (year), `1990/1999` (decade), `1950/1953` (range). Relative
expressions are resolved against the publication date and say so in their reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

__all__ = ["ResolvedDate", "resolve_date"]

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
PARTS = {"early": ("01", "04"), "mid": ("05", "08"), "middle": ("05", "08"), "late": ("09", "12"),
         "end": ("10", "12"), "beginning": ("01", "03"), "start": ("01", "03")}
UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3, "few": 3, "some": 3}

MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
YEAR_RE = r"((?:19|20)\d\d)"


@dataclass(frozen=True)
class ResolvedDate:
    value: str
    precision: str  # day | week | month | part_of_year | year | decade | range
    text: str
    reason: str  # explicit | relative to publication | publication date


def resolve_date(text: str, published: date | None) -> ResolvedDate | None:
    """Resolve one date expression; None when it is not a point or period in time (a duration, an age)."""
    cleaned = " ".join(text.lower().replace("–", "-").replace("—", "-").split())
    cleaned = re.sub(r"^(on|in|at|during|since|by|from|until|the|of)\s+", "", cleaned)
    for resolver in (_explicit, _relative):
        found = resolver(cleaned, published)
        if found is not None:
            value, precision, reason = found
            return ResolvedDate(value, precision, text, reason)
    return None


def _explicit(text: str, published: date | None) -> tuple[str, str, str] | None:
    if m := re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        return f"{m[1]}-{m[2]}-{m[3]}", "day", "explicit"
    if m := re.search(rf"\b{MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{YEAR_RE}\b", text):
        return _day(int(m[3]), MONTHS[m[1][:3]], int(m[2]), "explicit")
    if m := re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE},?\s+{YEAR_RE}\b", text):
        return _day(int(m[3]), MONTHS[m[2][:3]], int(m[1]), "explicit")
    if m := re.search(rf"\b{MONTH_RE},?\s+(?:of\s+)?{YEAR_RE}\b", text):
        return f"{m[2]}-{MONTHS[m[1][:3]]:02d}", "month", "explicit"
    if m := re.search(rf"\b(early|mid|middle|late|end|beginning|start)(?:[- ]| of )(?:the year )?{YEAR_RE}\b", text):
        first, last = PARTS[m[1]]
        return f"{m[2]}-{first}/{m[2]}-{last}", "part_of_year", "explicit"
    if m := re.search(rf"\b{YEAR_RE}\s*-\s*(\d{{2,4}})\b", text):
        end = m[2] if len(m[2]) == 4 else m[1][:2] + m[2]
        return (f"{m[1]}/{end}", "range", "explicit") if end > m[1] else None
    if m := re.search(r"\b((?:19|20)\d)0'?s\b", text):
        return f"{m[1]}0/{m[1]}9", "decade", "explicit"
    if m := re.fullmatch(rf"(?:the )?(?:year )?{YEAR_RE}", text):
        return m[1], "year", "explicit"
    if published and (m := re.fullmatch(rf"{MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?", text)):
        return _day_near(MONTHS[m[1][:3]], int(m[2]), published)
    if published and (m := re.fullmatch(MONTH_RE, text)):
        year = published.year - (1 if MONTHS[m[1][:3]] > published.month else 0)
        return f"{year}-{MONTHS[m[1][:3]]:02d}", "month", "relative to publication"
    return None


def _relative(text: str, published: date | None) -> tuple[str, str, str] | None:
    if published is None:
        return None
    reason = "relative to publication"
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return published.isoformat(), "day", reason
    if text in ("yesterday", "last night"):
        return (published - timedelta(days=1)).isoformat(), "day", reason
    if text in ("tomorrow",):
        return (published + timedelta(days=1)).isoformat(), "day", reason
    if m := re.fullmatch(r"(last |next |this )?(" + "|".join(WEEKDAYS) + r")( last week| next week)?", text):
        return _weekday(WEEKDAYS.index(m[2]), published, (m[1] or m[3] or "").strip()), "day", reason
    if m := re.fullmatch(r"(earlier |later )?(last|this|next|past) (week|month|year)", text):
        shift = {"last": -1, "past": -1, "this": 0, "next": 1}[m[2]]
        return _period(published, m[3], shift), m[3], reason
    if m := re.fullmatch(r"(?:(\w+|a few|\d+) )?(day|week|month|year)s? ago", text):
        count = NUMBER_WORDS.get(m[1] or "a few", int(m[1]) if (m[1] or "").isdigit() else 3)
        then = published - relativedelta(**{UNITS[m[2]]: count})  # type: ignore[arg-type]
        precision = {"day": "day", "week": "month", "month": "month", "year": "year"}[m[2]]
        return _format(then, precision), precision, reason
    return None


def _period(published: date, unit: str, shift: int) -> str:
    then = published + relativedelta(**{UNITS[unit]: shift})  # type: ignore[arg-type]
    return _format(then, unit)


def _format(day: date, precision: str) -> str:
    if precision == "day":
        return day.isoformat()
    if precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        return f"{day.year}-{day.month:02d}"
    return str(day.year)


def _weekday(target: int, published: date, which: str) -> str:
    delta = (published.weekday() - target) % 7
    if which in ("next", "next week"):
        return (published + timedelta(days=(target - published.weekday()) % 7 or 7)).isoformat()
    if which == "last week":
        delta += 7 if delta == 0 else 0
    return (published - timedelta(days=delta)).isoformat()


def _day(year: int, month: int, day: int, reason: str) -> tuple[str, str, str] | None:
    try:
        return date(year, month, day).isoformat(), "day", reason
    except ValueError:
        return None


def _day_near(month: int, day: int, published: date) -> tuple[str, str, str] | None:
    """A month and day without a year: the occurrence closest before (or just after) publication."""
    for year in (published.year, published.year - 1):
        found = _day(year, month, day, "relative to publication")
        if found and date.fromisoformat(found[0]) <= published + timedelta(days=31):
            return found
    return None
