"""An article's publication date when its source gives none: from a dateline, else the latest full date in the text.

Relative dates ("on Wednesday", "last month") need a publication date to mean anything, so an undated article is
worth a careful guess, labelled as one: `Article.published_from` says where the date came from, and events dated
by it say so in their `date_reason`.
"""

from __future__ import annotations

import re
from datetime import date

from .dates import resolve_date

__all__ = ["infer_published", "INFERRED_SOURCES"]

INFERRED_SOURCES = ("dateline", "latest date in text")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "SEOUL, June 19, 2024 (Yonhap) --", "MOSCOW, 19 June 2024 -"
DAY_MONTH_YEAR = rf"(?:{MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{MONTH}\s+(?:19|20)\d\d)"
DATELINE = re.compile(rf"^[A-Z][A-Za-z .'-]{{1,40}},\s+({DAY_MONTH_YEAR})")
FULL_DATE = re.compile(rf"\b(?:{DAY_MONTH_YEAR}|(?:19|20)\d\d-\d\d-\d\d)\b")


def infer_published(text: str) -> tuple[str, str] | None:
    """(ISO date, source) from the dateline or the latest full date written in the text; None if neither."""
    head = text.lstrip()[:200]
    if match := DATELINE.match(head):
        found = _day(match.group(1))
        if found:
            return found, "dateline"
    days = [d for d in (_day(m.group(0)) for m in FULL_DATE.finditer(text)) if d]
    return (max(days), "latest date in text") if days else None


def _day(expression: str) -> str | None:
    resolved = resolve_date(expression, None)
    if resolved is None or resolved.precision != "day":
        return None
    try:
        return date.fromisoformat(resolved.value).isoformat()
    except ValueError:
        return None
