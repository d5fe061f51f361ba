"""Date expressions ("June 19, 2024", "last month", "the 1990s", "1950-53") -> a value with its precision.

Values are ISO 8601 at the precision the text gives: `2024-06-19` (day), `2024-W25` (week), `2024-06` (month),
`2024-09/2024-12` (part of a year), `2024` (year), `1990/1999` (decade), `1950/1953` or `2024-09/2025-03` (range;
a weekend is the range of its Saturday and Sunday, `2024-06-22/2024-06-23`).
Relative expressions are resolved against the publication date and say so in their reason; a named weekday or
month is the latest one up to publication (an article's "on Wednesday" may be its own day), or with `future` the
next one from it. Expressions that lean on the text's own narrative ("the next day", "hours later", "that evening")
take `anchor`, the day the story has reached. `is_vague` tells a time the text leaves open ("weeks ago", "for
decades") from a phrase that is no time at all ("24 years", "the largest in five years").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

__all__ = ["ResolvedDate", "publication_day", "resolve_date", "is_vague", "duration", "stretch_to", "span_of",
           "date_span", "months_later", "years_later", "a_few_days", "first_day", "NARRATIVE", "MONTH_RE", "MONTHS"]

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SUNDAY = WEEKDAYS.index("sunday")
PARTS = {"early": ("01", "04"), "mid": ("05", "08"), "middle": ("05", "08"), "late": ("09", "12"),
         "end": ("10", "12"), "beginning": ("01", "03"), "start": ("01", "03")}
SHARES = {"first half": ("01", "06"), "second half": ("07", "12"), "first quarter": ("01", "03"),
          "second quarter": ("04", "06"), "third quarter": ("07", "09"), "fourth quarter": ("10", "12"),
          "final quarter": ("10", "12")}
SEASONS = {"spring": ("03", "05"), "summer": ("06", "08"), "autumn": ("09", "11"), "fall": ("09", "11")}
MONTH_PARTS = {"beginning": (1, 10), "start": (1, 10), "early": (1, 10), "middle": (11, 20), "end": (21, 31),
               "late": (21, 31)}  # days of the month each part covers
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "middle": (4, 6), "late": (7, 9)}
UNITS = {"hour": "hours", "day": "days", "night": "days", "week": "weeks", "month": "months", "year": "years"}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3}
RELATIVE = "relative to publication"
NARRATIVE = "relative to the text"
UP_TO = "on or before its clause's day"  # "after Rabat froze contacts", said on Wednesday: Wednesday at the latest

MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
YEAR_RE = r"((?:1[6-9]|20)\d\d)"  # history reaches back before 1900: "the war of 1879", "the 1648 treaty"
COUNT_RE = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few)"
UNCOUNTED = ("several", "a few", "few")  # counts of COUNT_RE that say no number: "several weeks ago"
WEEKDAY_RE = r"(?:early |late |later )?(?:on )?(last |next |this )?(" + "|".join(WEEKDAYS) + r")" \
             r"(?: (?:morning|afternoon|evening|night))?( last week| next week)?"
NAMED_MONTH_RE = rf"(last |next |this )?(?:early |mid-?|middle |late )?{MONTH_RE}( last year| next year| this year)?"
SAME_DAY_RE = r"(?:earlier|later) (?:in|on) the day|(?:(?:earlier|later) )?(?:that|the same) (?:day|morning|" \
              r"afternoon|evening|night)|(?:a few |several )?(?:hours|minutes) (?:later|earlier)|" \
              r"(?:by |in the |that )?(?:morning|afternoon|evening|night|nightfall|midnight|the evening)"
# "reopened its border the previous evening", "had met the night before": a part of the day before
PREVIOUS_PART_RE = r"the (?:previous|preceding) (?:morning|afternoon|evening|night)|the (?:morning|afternoon|evening|" \
                   r"night) before"
READING_START_RE = re.compile(rf"(?:\d|{COUNT_RE} |last |next |this |earlier |later |early |late |mid|{MONTH_RE}|"
                              + "|".join(WEEKDAYS) + ")")
THIS_PERIOD_RE = r"(?:earlier |later |so far |(?:early|late|mid) (?:in|on) )?(last|this|next|past) (week|month|year)" \
                 r"(?: so far)?|(?:earlier|later) in (the) (week|month|year)"
RECENT_DAYS_RE = re.compile(r"(?:over |during |in )?(?:recent|the (?:past|last) (?:few|several|couple of)) days")
YEAR_PART_RE = re.compile(rf"(?:the )?(.+?)(?: of| in)? (the year|this year|last year|next year|{YEAR_RE})")
SEASON_RE = re.compile(r"(this|last|next) (spring|summer|autumn|fall)")
MONTH_PART_RE = re.compile(r"(?:the )?(?:(beginning|start|middle|end) of|(early|late) in) the month")
PREPOSITIONS = r"^(on|in|at|during|throughout|by|from|of|as of|starting|beginning)\s+"
VAGUE_RE = re.compile(r"(?:(?:only|just|some|many|several|a few|few|more than|at least|almost|nearly) )*"
                      r"(?:a )?(?:days|weeks|months|years|decades?|centuries|century)(?: ago| earlier| before)?")

Found = tuple[str, str, str]  # value, precision, reason


@dataclass(frozen=True)
class ResolvedDate:
    """A resolved date: its ISO value, precision, the text it came from, and how it was resolved."""

    value: str
    precision: str  # day | week | month | part_of_year | year | decade | range
    text: str
    reason: str  # explicit | relative to publication | relative to the text | publication date |
    # on or before its clause's day (UP_TO)


def publication_day(published: str) -> ResolvedDate:
    """The day a text was published (an ISO date, or a timestamp starting with one), as the date of what it tells."""
    return ResolvedDate(published[:10], "day", "", "publication date")


@lru_cache(maxsize=65536)  # (a few regular expressions per reading, for the same phrases again and again)
def resolve_date(text: str, published: date | None, future: bool = False,
                 anchor: date | None = None) -> ResolvedDate | None:
    """Resolve one date expression; None when it is not a point or period in time (a duration, an age, a deadline
    such as "until 2008")."""
    cleaned = re.sub(r"^(?:on )?(?:the )?night of ", "", _clean(text))  # "the night of May 24-25": its date
    if re.match(r"(?:until|till) ", cleaned):
        return None
    found = _span_expression(cleaned, published, future, anchor)
    for reading in _readings(cleaned):
        if found is not None:
            break
        found = _point(reading, published, future, anchor)
    return ResolvedDate(found[0], found[1], text, found[2]) if found else None


@lru_cache(maxsize=65536)
def is_vague(text: str) -> bool:
    """A time the text leaves open: "weeks ago", "for decades", "years", "once"; not "24 years" or "five years"."""
    cleaned = re.sub(r"^(for|over|after|in|within|since|the past|the last|recent)\s+", "", _clean(text))
    cleaned = re.sub(r"^(the past|the last|recent)\s+", "", cleaned)
    if re.fullmatch(r"(?:in |over )?the coming (?:days|weeks|months|years)", cleaned):
        return True
    if re.fullmatch(r"(?:in |within )?(?:about|around|some|roughly|approximately) \d+ (?:days|weeks|months|years)",
                    cleaned):
        return True  # "to be completed in about 18 months"
    return cleaned in ("once", "long", "in the past", "the past") or bool(VAGUE_RE.fullmatch(cleaned))


def duration(text: str) -> relativedelta | None:
    """How long a stretch is: "a day", "two days", "hours", "less than a day", "three months"."""
    # hedged counts are still about that long: "little more than a week", "just over two months"
    cleaned = re.sub(r"^(?:(?:a )?little |slightly |just |only |barely )?"
                     r"(?:less than|more than|over|under|about|around|roughly|almost|nearly|some|just|only) ", "",
                     _clean(text))
    if re.fullmatch(r"(?:a few |several )?(?:hours|minutes)", cleaned):
        return relativedelta()
    if (m := re.fullmatch(rf"{COUNT_RE} (hour|minute|day|night|week|month|year)s?", cleaned)) and \
            m[1] not in UNCOUNTED:  # "a night after": the night before, a day earlier
        return relativedelta() if m[2] in ("hour", "minute") else _units(m[2], _count(m[1]))
    return None


def stretch_to(text: str, end: date) -> ResolvedDate | None:
    """"almost two years of talks" ending on `end`: the years or months they covered (2013/2015, 2025-06)."""
    span = duration(text)
    if span is None:
        return None
    start = end - span
    if not (span.years or span.months) and span.days < 2:
        # "nearly three hours of talks" on Friday: within that day
        return ResolvedDate(end.isoformat(), "day", text, NARRATIVE)
    if span.years:
        return ResolvedDate(f"{start.year}/{end.year}", "range", text, NARRATIVE)
    first, last = _format(start, "month"), _format(end, "month")
    return ResolvedDate(first, "month", text, NARRATIVE) if first == last else \
        ResolvedDate(f"{first}/{last}", "range", text, NARRATIVE)


@lru_cache(maxsize=65536)
def date_span(value: str | None) -> tuple[date, date] | None:
    """First and last day of a dyadwatch date value: 2024-06-19, 2024-W25, 2024-06, 2024, 1990/1999, 2024-09/2024-12;
    None for a value dyadwatch does not write."""
    if not value:
        return None
    first, _, last = value.partition("/")
    try:
        start, end = _value_bounds(first), _value_bounds(last or first)
    except ValueError:
        return None
    return start[0], end[1]


def _value_bounds(text: str) -> tuple[date, date]:
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", text):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday, monday + timedelta(days=6)
    parts = [int(p) for p in text[:10].split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    if len(parts) == 1 and len(text) == 4:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    raise ValueError(text)


def span_of(value: str) -> tuple[str, str]:
    """The first and last part of a value: `2024-09/2024-12` -> (`2024-09`, `2024-12`); `2024` -> (`2024`, `2024`)."""
    first, _, last = value.partition("/")
    return first, last or first


def months_later(phrase: str) -> int | None:
    """+2 for "two months later", -1 for "a month earlier"; None for other phrases."""
    match = re.fullmatch(r"(.+ months?) (later|after|earlier|before)", phrase.lower())
    span = duration(match[1]) if match else None
    months = span.years * 12 + span.months if span is not None and not span.days else 0
    if match is None or not months:
        return None
    return months if match[2] in ("later", "after") else -months


def years_later(phrase: str) -> int | None:
    """+2 for "two years later", -1 for "a year earlier"; None for other phrases and for counts that say no number
    ("several years later", "less than five years later")."""
    match = re.fullmatch(rf"{COUNT_RE} years? (later|after|earlier|before)", phrase.lower())
    if match is None or match[1] in UNCOUNTED:
        return None
    return _count(match[1]) if match[2] in ("later", "after") else -_count(match[1])


def a_few_days(phrase: str) -> bool:
    """"days later", "that evening", "hours after": a phrase counting days or less."""
    return bool(re.search(r"\b(day|days|morning|evening|night|hours)\b", phrase.lower()))


def first_day(value: str) -> date:
    """The first day a dyadwatch date value can mean."""
    span = date_span(value)
    return span[0] if span else date.max  # (resolved values always read; an unreadable one is no earlier time)


# -- reading the text --------------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    cleaned = " ".join(text.lower().replace("–", "-").replace("—", "-").replace("’", "'").split())
    return re.sub(r"('s|')$", "", cleaned.strip(" .,;:")).strip()


def _readings(text: str) -> list[str]:
    """The expression, then without a leading preposition or article, then its head (NER spans spill over)."""
    bare = re.sub(PREPOSITIONS, "", text)
    bare = re.sub(r"^the\s+", "", bare)
    readings = [text, bare, re.split(r",| after | before | when ", bare)[0].strip()]
    words = bare.split()
    suffixes = (" ".join(words[i:]) for i in range(1, len(words)))  # "their spring exercise next month"
    readings += [s for s in suffixes if READING_START_RE.match(s)]
    return list(dict.fromkeys(r for r in readings if r))


def _point(text: str, published: date | None, future: bool, anchor: date | None) -> Found | None:
    for resolver in (_explicit_day, _explicit_period, _decades):
        found = resolver(text)
        if found is not None:
            return found
    found = _year_part(text, published, future)
    if found is not None or published is None:
        return found
    return (_month_part(text, published, future) or _season(text, published)
            or _named_month(text, published, future) or _relative(text, published, future)
            or _narrative(text, anchor or published))


def _units(unit: str, count: int) -> relativedelta:
    return relativedelta(**{UNITS[unit]: count})  # type: ignore[arg-type]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 3)


# -- explicit dates ----------------------------------------------------------------------------------------------


def _explicit_day(text: str) -> Found | None:
    if m := re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        return _day(int(m[1]), int(m[2]), int(m[3]), "explicit")
    if m := re.search(rf"\b{MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{YEAR_RE}\b", text):
        return _day(int(m[3]), MONTHS[m[1][:3]], int(m[2]), "explicit")
    if m := re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE},?\s+{YEAR_RE}\b", text):
        return _day(int(m[3]), MONTHS[m[2][:3]], int(m[1]), "explicit")
    return None


def _explicit_period(text: str) -> Found | None:
    if m := re.search(rf"\b(?:early |mid-?|middle |late )?{MONTH_RE},?\s+(?:of\s+)?{YEAR_RE}\b", text):
        return f"{m[2]}-{MONTHS[m[1][:3]]:02d}", "month", "explicit"
    if m := re.search(rf"\b(early|mid|middle|late|end|beginning|start)(?:[- ]| of )(?:the year )?{YEAR_RE}\b", text):
        first, last = PARTS[m[1]]
        return f"{m[2]}-{first}/{m[2]}-{last}", "part_of_year", "explicit"
    if m := re.search(rf"\b{YEAR_RE}\s*-\s*(\d{{2,4}})\b", text):
        end = m[2] if len(m[2]) == 4 else m[1][:2] + m[2]
        return (f"{m[1]}/{end}", "range", "explicit") if end > m[1] else None
    if m := re.fullmatch(rf"(?:the )?(?:year )?{YEAR_RE}", text):
        return m[1], "year", "explicit"
    return None


def _decades(text: str) -> Found | None:
    """"the 1990s" is a decade; "the late 1970s" the years 1977-1979 (early 0-3, mid 4-6, late 7-9)."""
    m = re.fullmatch(r"(?:the )?(?:(early|mid|middle|late)[- ])?((?:1[6-9]|20)\d)0'?s", text)
    if m is None:
        return None
    if m[1] is None:
        return f"{m[2]}0/{m[2]}9", "decade", "explicit"
    first, last = DECADE_PARTS[m[1]]
    return f"{m[2]}{first}/{m[2]}{last}", "range", "explicit"


def _day(year: int, month: int, day: int, reason: str) -> Found | None:
    try:
        return date(year, month, day).isoformat(), "day", reason
    except ValueError:
        return None


# -- spans: "since April", "from 2014 to 2016", "the late 1970s and early 1980s", "the past five months" ----------


def _span_expression(text: str, published: date | None, future: bool, anchor: date | None) -> Found | None:
    if m := re.fullmatch(r"since (.+)", text):
        return _since(m[1], published, anchor)
    if m := re.fullmatch(r"(?:(?:for|over|in|during) )?the (?:past|last) (?:" + COUNT_RE + r" )?(month|year)s", text):
        return _past_stretch(_count(m[1] or "few"), m[2], published)
    if m := re.fullmatch(rf"{MONTH_RE}\s+(\d{{1,2}})\s*-\s*(\d{{1,2}})", text):  # "May 24-25"
        return _joined(f"{m[1]} {m[2]}", f"{m[1]} {m[3]}", published, future, anchor)
    if m := re.fullmatch(rf"(\d{{1,2}})\s*-\s*(\d{{1,2}})\s+{MONTH_RE}", text):  # "24-25 May"
        return _joined(f"{m[1]} {m[3]}", f"{m[2]} {m[3]}", published, future, anchor)
    if m := re.fullmatch(r"(?:from|between) (.+?) (?:to|and|until|till|through) (.+)", text):
        return _joined(m[1], m[2], published, future, anchor)
    if m := re.fullmatch(r"(.+?) (?:and|to) (.+)", text):
        return _joined(m[1], m[2], published, future, anchor)
    return None


def _joined(first: str, last: str, published: date | None, future: bool, anchor: date | None) -> Found | None:
    """Two ends of a stretch, each resolved alone: the first's start to the last's end, at the coarser grain."""
    start = resolve_date(first, published, future, anchor)
    end = resolve_date(last, published, future, anchor)
    if start is None or end is None:
        return None
    begin, finish = span_of(start.value)[0], span_of(end.value)[1]
    if "W" in begin + finish:
        return None
    if len(begin) != len(finish):
        begin, finish = begin[:4], finish[:4]
    reason = "explicit" if start.reason == end.reason == "explicit" else RELATIVE
    return (f"{begin}/{finish}", "range", reason) if begin < finish else None


def _since(start_text: str, published: date | None, anchor: date | None) -> Found | None:
    """From the start of a period up to the publication month (or year, for a year)."""
    start = resolve_date(start_text, published, anchor=anchor)
    if start is None or published is None or "W" in start.value:
        return None
    begin = span_of(start.value)[0]
    if start.precision in ("year", "decade") or (start.precision == "range" and len(begin) == 4):
        return (f"{begin[:4]}/{published.year}", "range", RELATIVE) if begin[:4] < str(published.year) else None
    finish = f"{published.year}-{published.month:02d}"
    return (f"{begin[:7]}/{finish}", "range", RELATIVE) if begin[:7] < finish else None


def _past_stretch(count: int, unit: str, published: date | None) -> Found | None:
    """"the past five months": five calendar months ending with the publication month."""
    if published is None:
        return None
    if unit == "year":
        return f"{published.year - count + 1}/{published.year}", "range", RELATIVE
    start = published - relativedelta(months=count - 1)
    return f"{start.year}-{start.month:02d}/{published.year}-{published.month:02d}", "range", RELATIVE


# -- relative to publication -------------------------------------------------------------------------------------


def _named_month(text: str, published: date, future: bool) -> Found | None:
    """"March", "September 3", "last June", "June last year", "late December": the nearest such month."""
    if m := re.fullmatch(rf"{MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?", text):
        return _month_day(MONTHS[m[1][:3]], int(m[2]), published, future)
    if m := re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}", text):
        return _month_day(MONTHS[m[2][:3]], int(m[1]), published, future)
    if m := re.fullmatch(NAMED_MONTH_RE, text):
        month = MONTHS[m[2][:3]]
        year = _year_of_month(month, published, future, (m[1] or m[3] or "").strip())
        return f"{year}-{month:02d}", "month", RELATIVE
    return None


def _year_of_month(month: int, published: date, future: bool, which: str) -> int:
    if which in ("last year", "next year", "this year"):
        return published.year + {"last year": -1, "next year": 1, "this year": 0}[which]
    if which == "last":
        return published.year - (1 if month >= published.month else 0)
    if which == "next":
        return published.year + (1 if month <= published.month else 0)
    if future:
        return published.year + (1 if month < published.month else 0)
    return published.year - (1 if month > published.month else 0)


def _month_day(month: int, day: int, published: date, future: bool) -> Found | None:
    """A month and day without a year: the next one on or after publication when the text looks ahead, else the
    occurrence closest before (or just after) publication."""
    years = (published.year, published.year + 1) if future else (published.year, published.year - 1)
    for year in years:
        found = _day(year, month, day, RELATIVE)
        if found is None:
            continue
        then = date.fromisoformat(found[0])
        if (then >= published) if future else (then <= published + timedelta(days=31)):
            return found
    return None


def _relative(text: str, published: date, future: bool) -> Found | None:
    return (_this_day(text, published) or _weekday_expression(text, published, future)
            or _weekend(text, published, future) or _this_period(text, published) or _ago(text, published))


WEEKEND_RE = re.compile(r"(?:over |during |at |on )?(last|this past|this|next|the past|the)? ?weekend")
SATURDAY = 5


def _weekend(text: str, published: date, future: bool) -> Found | None:
    """"over the weekend", "last weekend", "at the weekend": its Saturday and Sunday, the latest begun by
    publication (on a Sunday, "last weekend" is the one before); with `future` or "next", the next one."""
    m = WEEKEND_RE.fullmatch(text)
    if m is None:
        return None
    which = m[1] or "the"
    if which == "next" or (future and which in ("this", "the")):
        ahead = (SATURDAY - published.weekday()) % 7
        saturday = published + timedelta(days=ahead or (7 if which == "next" else 0))
    else:
        saturday = published - timedelta(days=(published.weekday() - SATURDAY) % 7)
        if which == "last" and published.weekday() >= SATURDAY:
            saturday -= timedelta(days=7)
    return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}", "range", RELATIVE


def _this_day(text: str, published: date) -> Found | None:
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today", "later today",
                "overnight"):
        return published.isoformat(), "day", RELATIVE
    if text in ("yesterday", "last night", "yesterday morning", "yesterday afternoon", "yesterday evening"):
        return (published - timedelta(days=1)).isoformat(), "day", RELATIVE
    if text in ("tomorrow", "tomorrow morning"):
        return (published + timedelta(days=1)).isoformat(), "day", RELATIVE
    if RECENT_DAYS_RE.fullmatch(text):
        # "have been arriving in recent days", "met over the past few days": the days up to the report
        return published.isoformat(), "day", UP_TO
    return None


def _weekday_expression(text: str, published: date, future: bool) -> Found | None:
    if m := re.fullmatch(WEEKDAY_RE, text):
        which = (m[1] or m[3] or "").strip() or ("next" if future else "")
        return _weekday(WEEKDAYS.index(m[2]), published, which), "day", RELATIVE
    return None


def _weekday(target: int, published: date, which: str) -> str:
    """The latest such day up to publication (an article's "on Wednesday" may be its own day), or the next one."""
    ahead = (target - published.weekday()) % 7
    if which == "next":
        return (published + timedelta(days=ahead)).isoformat()
    if which == "next week":
        return (published + timedelta(days=ahead or 7)).isoformat()
    behind = (published.weekday() - target) % 7
    if which in ("last", "last week"):
        behind = behind or 7
    return (published - timedelta(days=behind)).isoformat()


def _this_period(text: str, published: date) -> Found | None:
    """"last week" (an ISO week), "earlier this month", "later this year", "in recent weeks"."""
    if m := re.fullmatch(THIS_PERIOD_RE, text):
        which, unit = (m[1], m[2]) if m[1] else (m[3], m[4])
        if text == "last week" and published.weekday() == SUNDAY:
            # on a Sunday, "last week" is the working week just ended or the one before: both, to the Saturday
            return f"{(published - timedelta(days=13)).isoformat()}/{(published - timedelta(days=1)).isoformat()}", \
                "range", RELATIVE
        shift = {"last": -1, "past": -1, "this": 0, "the": 0, "next": 1}[which]
        return _period(published, unit, shift, text), _period_precision(unit, text), RELATIVE
    if m := re.fullmatch(r"(?:in )?recent (weeks|months)", text):
        return (_format(published, "month"), "month", RELATIVE) if m[1] == "weeks" else \
            (str(published.year), "year", RELATIVE)
    return None


def _period_precision(unit: str, text: str) -> str:
    """"earlier in the week" looks back from a day of the story, not from publication: the team reads it as the
    month, while "last week" and "this week" are ISO weeks of publication."""
    return "month" if unit == "week" and " in the " in f" {text} " else unit


def _period(published: date, unit: str, shift: int, text: str) -> str:
    then = published + _units(unit, shift)
    return _format(then, _period_precision(unit, text))


def _ago(text: str, published: date) -> Found | None:
    """"two weeks ago" (an ISO week), "24 years ago", "two years ago today"; "weeks ago" is too vague to place."""
    if m := re.fullmatch(rf"{COUNT_RE} (day|week|month|year)s? ago( today)?", text):
        if m[1] in UNCOUNTED:
            return None
        then = published - _units(m[2], _count(m[1]))
        precision = "day" if m[3] else m[2]
        return _format(then, precision), precision, RELATIVE
    return None


def _format(day: date, precision: str) -> str:
    if precision == "day":
        return day.isoformat()
    if precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        return f"{day.year}-{day.month:02d}"
    return str(day.year)


# -- parts of a period: "the end of the year", "early last year", "the first half of 2024", "this summer" ---------


def _year_part(text: str, published: date | None, future: bool) -> Found | None:
    """A part of a year named by its number, by "this/last/next year", or as "the year", which the tense places:
    the latest such part begun by publication, or with `future` the next one not yet over."""
    m = YEAR_PART_RE.fullmatch("the end of the year" if text == "year-end" else text)
    months = _months_of_part(m[1]) if m else None
    if m is None or months is None:
        return None
    if m[2][0].isdigit():
        year, reason = int(m[2]), "explicit"
    elif published is None:
        return None
    elif m[2] == "the year":
        year, reason = _year_of_part(months, published, future), RELATIVE
    else:
        year, reason = published.year + {"last": -1, "this": 0, "next": 1}[m[2].split()[0]], RELATIVE
    return f"{year}-{months[0]}/{year}-{months[1]}", "part_of_year", reason


def _months_of_part(words: str) -> tuple[str, str] | None:
    """The first and last month of "early", "the end", "the first half", "summer"; None for "earlier" or "most"."""
    words = re.sub(r"^the ", "", words)
    return PARTS.get(words) or SHARES.get(words) or SEASONS.get(words)


def _year_of_part(months: tuple[str, str], published: date, future: bool) -> int:
    if future:  # "will start at the beginning of the year", written in September: next year's
        return published.year + (1 if int(months[1]) < published.month else 0)
    return published.year - (1 if int(months[0]) > published.month else 0)


def _month_part(text: str, published: date, future: bool) -> Found | None:
    """"the end of the month", "early in the month": the month only (its part is no finer than a week), the
    latest one whose part has begun by publication, or with `future` the next one whose part is not over."""
    m = MONTH_PART_RE.fullmatch(text)
    if m is None:
        return None
    first_day, last_day = MONTH_PARTS[m[1] or m[2]]
    behind_it, before_it = published.day > last_day, published.day < first_day
    shift = (1 if behind_it else 0) if future else (-1 if before_it else 0)
    return _format(published + relativedelta(months=shift), "month"), "month", RELATIVE


def _season(text: str, published: date) -> Found | None:
    """"this summer", "last spring", "next autumn". Winter straddles two years, and a bare "summer" is as often a
    name ("the annual summer drills") as a time, so neither is read."""
    m = SEASON_RE.fullmatch(text)
    if m is None:
        return None
    first, last = SEASONS[m[2]]
    year = published.year
    if m[1] == "last":  # the latest one over by publication
        year -= 1 if int(last) >= published.month else 0
    elif m[1] == "next":  # the first one not yet begun
        year += 1 if int(first) <= published.month else 0
    return f"{year}-{first}/{year}-{last}", "part_of_year", RELATIVE


# -- relative to the text's own narrative ------------------------------------------------------------------------


def _narrative(text: str, anchor: date) -> Found | None:
    """"the next day", "two days later", "hours later", "a day earlier", "earlier in the day", "by evening", "two
    weeks earlier" (that week)."""
    if re.fullmatch(SAME_DAY_RE, text):
        return anchor.isoformat(), "day", NARRATIVE
    if text in ("the next day", "the following day", "the day after", "the next morning"):
        return (anchor + timedelta(days=1)).isoformat(), "day", NARRATIVE
    if text in ("the day before", "the previous day", "the eve") or re.fullmatch(PREVIOUS_PART_RE, text):
        return (anchor - timedelta(days=1)).isoformat(), "day", NARRATIVE
    if m := re.fullmatch(rf"{COUNT_RE} days? (later|earlier|before|after)", text):
        sign = 1 if m[2] in ("later", "after") else -1
        return (anchor + timedelta(days=sign * _count(m[1]))).isoformat(), "day", NARRATIVE
    if m := re.fullmatch(rf"{COUNT_RE} (week|month)s? (later|earlier)", text):  # "two weeks earlier": that week
        if m[1] in UNCOUNTED:
            return None
        sign = 1 if m[3] == "later" else -1
        return _format(anchor + sign * _units(m[2], _count(m[1])), m[2]), m[2], NARRATIVE
    return None
