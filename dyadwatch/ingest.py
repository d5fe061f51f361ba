"""Stage 1, ingest: files, directories and JSONL corpora become `Article` records.

Every reader yields `Article` or `SkippedItem` values, so a batch goes on past a bad item and the caller can
report what it skipped. The article id is the input id when the JSONL gives one, else a hash of the normalised
text, so ingesting the same text twice gives the same id (and the store keeps one copy).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from dateutil import parser as date_parser

from .errors import InputError, SkippedItem
from .published import infer_published
from .records import Article
from .resources import load_yaml

__all__ = [
    "IngestOptions",
    "read_paths",
    "read_path",
    "article_from_record",
    "article_from_text",
    "article_from_html",
    "normalise_text",
    "text_id",
    "parse_date",
    "SUPPORTED_SUFFIXES",
]

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
MIN_WORDS = 5
# English prose is about 40% function words; headline-like short texts full of names have fewer.
ENGLISH_MIN_STOPWORD_SHARE = 0.12
SHORT_TEXT_WORDS = 40
# languages in Latin letters whose function words would show in a short text mistaken for English
OTHER_LANGUAGES = ("fr", "de", "es", "it", "pt", "nl", "sv", "da", "pl", "ro", "tr", "id", "cs", "hu", "fi")


@dataclass(frozen=True)
class IngestOptions:
    """Defaults applied to articles that do not carry their own metadata."""

    published: str | None = None
    outlet: str | None = None
    max_chars: int = 1_000_000


def read_paths(paths: Iterable[str | Path], options: IngestOptions) -> Iterator[Article | SkippedItem]:
    """Yield articles (or skips) from files and directories, recursing into directories."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield SkippedItem(str(path), "no such file or directory; check the path")
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield from read_path(child, options)
        else:
            yield from read_path(path, options)


def read_path(path: Path, options: IngestOptions) -> Iterator[Article | SkippedItem]:
    """Yield the articles of one file, dispatching on its suffix."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield SkippedItem(str(path), f"unsupported file type {suffix or '(none)'}; use one of "
                          f"{', '.join(SUPPORTED_SUFFIXES)}")
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield SkippedItem(str(path), f"cannot read file ({exc.strerror}); check its permissions")
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(path, raw, options)
        return
    try:
        content = decode_text(raw)
        if suffix == ".txt":
            yield article_from_text(content, origin=str(path), options=options)
        else:
            yield article_from_html(content, origin=str(path), options=options)
    except SkippedItem as skip:
        yield SkippedItem(str(path), skip.reason)


def decode_text(raw: bytes) -> str:
    """Bytes to text: UTF-8, else the detected encoding; binary content is refused."""
    if b"\x00" in raw[:8192]:
        raise SkippedItem("", "binary content (NUL bytes), not text; give a .txt, .html or .jsonl file")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise SkippedItem("", "binary or undecodable content; save the file as UTF-8 text")
    return str(best)


def _read_jsonl(path: Path, raw: bytes, options: IngestOptions) -> Iterator[Article | SkippedItem]:
    try:
        content = decode_text(raw)
    except SkippedItem as skip:
        yield SkippedItem(str(path), skip.reason)
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        item = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SkippedItem(item, f"not valid JSON ({exc.msg} at column {exc.colno}); "
                              "each line must be one JSON object")
            continue
        try:
            yield article_from_record(record, origin=item, options=options)
        except SkippedItem as skip:
            yield SkippedItem(item, skip.reason)


def article_from_record(record: Any, origin: str, options: IngestOptions) -> Article:
    """One line of the input JSONL contract: only `text` is required; `date` stands for `published`."""
    if not isinstance(record, dict):
        raise SkippedItem(origin, f"a JSON {type(record).__name__}, not an object with a \"text\" field")
    text = record.get("text")
    if not isinstance(text, str):
        raise SkippedItem(origin, 'no "text" string; every line needs {"text": "..."}')
    published = record.get("published") or record.get("date")
    return _build_article(
        text,
        origin=origin,
        options=options,
        given_id=_optional_str(record.get("id")),
        published=_checked_date(published, origin) if published else None,
        outlet=_optional_str(record.get("outlet")),
        url=_optional_str(record.get("url")),
        title=_optional_str(record.get("title")),
        author=_optional_str(record.get("author")),
    )


def article_from_text(content: str, origin: str, options: IngestOptions) -> Article:
    """A plain-text article: chrome lines at the edges dropped, a byline kept as author, a title line kept."""
    lines = _strip_chrome(normalise_text(content).split("\n"))
    author, lines = _take_byline(lines)
    title = None
    if len(lines) > 2 and _looks_like_title(lines[0]):
        title, lines = lines[0].strip(), lines[1:]
    return _build_article("\n".join(lines), origin=origin, options=options, title=title, author=author)


def article_from_html(content: str, origin: str, options: IngestOptions) -> Article:
    """An HTML page: trafilatura keeps the main text and reads the metadata (title, date, site, author)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    document: Any = trafilatura.bare_extraction(content, with_metadata=True, include_comments=False,
                                                include_tables=False)
    if document is None or not (document.text or "").strip():
        raise SkippedItem(origin, "no article text found in the HTML (a page of links or broken markup?)")
    text = "\n\n".join(line for line in document.text.split("\n") if line.strip())
    title = document.title
    if title and text.startswith(title):
        text = text[len(title):].lstrip()
    published = _checked_date(document.date, origin) if document.date else None
    return _build_article(text, origin=origin, options=options, published=published, outlet=document.sitename,
                          url=document.url, title=title, author=document.author)


def _build_article(text: str, origin: str, options: IngestOptions, given_id: str | None = None,
                   published: str | None = None, outlet: str | None = None, url: str | None = None,
                   title: str | None = None, author: str | None = None) -> Article:
    text = normalise_text(text)
    _check_text(text, origin, options)
    published_from = "input" if published else ("option" if options.published else None)
    published = published or options.published
    if published is None and (inferred := infer_published(text)):
        published, published_from = inferred
    return Article(
        id=given_id or text_id(text),
        text=text,
        published=published,
        published_from=published_from,
        outlet=outlet or options.outlet,
        url=url,
        title=title,
        author=author,
        origin=origin,
    )


def _check_text(text: str, origin: str, options: IngestOptions) -> None:
    words = re.findall(r"[^\W\d_]+", text)
    if not words:
        raise SkippedItem(origin, "empty text; nothing to read")
    if len(text) > options.max_chars:
        raise SkippedItem(origin, f"{len(text):,} characters, more than the limit of {options.max_chars:,}; "
                          "split the document or raise --max-chars")
    if len(words) < MIN_WORDS:
        raise SkippedItem(origin, f"only {len(words)} words; too short to hold an event")
    share = _stopword_share(words, "en")
    if (share < ENGLISH_MIN_STOPWORD_SHARE) if len(words) >= SHORT_TEXT_WORDS else not _short_english(words):
        raise SkippedItem(origin, f"does not look like English ({share:.0%} English function words); "
                          "dyadwatch reads English text, translate it first")


def _short_english(words: list[str]) -> bool:
    """A short text is English when it is in Latin letters and no other language claims it with two or more of
    its own function words (not English ones too: "in", "an"), more than English has: "Israeli jets struck Beirut,
    Lebanon's state news agency NNA reported" has none of either. Names and single words collide ("Kim Jong Un
    met" holds French "un" and Dutch "met"), so one such word claims nothing; single letters (the "s" of
    "Lebanon's") are not counted."""
    if sum(w.isascii() for w in words) < len(words) / 2:
        return False
    english_words = _stop_words("en")
    longer = [w.lower() for w in words if len(w) > 1]
    english = sum(1 for w in longer if w in english_words)
    foreign = [w for w in longer if w not in english_words]
    return all((n := sum(1 for w in foreign if w in _stop_words(language))) < 2 or n <= english
               for language in OTHER_LANGUAGES)


@cache
def _stop_words(language: str) -> frozenset[str]:
    from importlib import import_module

    return frozenset(import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS)


def _stopword_share(words: list[str], language: str) -> float:
    sample, stop_words = words[:2000], _stop_words(language)
    return sum(1 for w in sample if w.lower() in stop_words) / len(sample)


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def text_id(text: str) -> str:
    """A stable id from the text, insensitive to whitespace differences."""
    canonical = " ".join(text.split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def parse_date(value: str) -> str:
    """Any common date spelling to ISO `YYYY-MM-DD`; raises ValueError when it is not a date."""
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    parsed = date_parser.parse(text, fuzzy=False)
    return parsed.date().isoformat()


def parse_date_option(value: str | None) -> str | None:
    """A --published style option: ISO date or a clear InputError."""
    if value is None:
        return None
    try:
        return parse_date(value)
    except (ValueError, OverflowError) as exc:
        raise InputError(f"--published {value!r} is not a date; give it as YYYY-MM-DD, e.g. 2024-06-19") from exc


def _checked_date(value: Any, origin: str) -> str:
    try:
        return parse_date(str(value))
    except (ValueError, OverflowError) as exc:
        raise SkippedItem(origin, f"published date {value!r} is not a date; write it as YYYY-MM-DD") from exc


def _optional_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


@lru_cache(maxsize=1)
def _chrome_config() -> tuple[frozenset[str], tuple[str, ...]]:
    data = load_yaml("boilerplate.yaml")
    return frozenset(p.lower() for p in data["phrases"]), tuple(data["byline_prefixes"])


def _strip_chrome(lines: list[str]) -> list[str]:
    phrases, _ = _chrome_config()

    def is_chrome(line: str) -> bool:
        return not line.strip() or line.strip().lower().rstrip(":") in phrases

    start, end = 0, len(lines)
    while start < end and is_chrome(lines[start]):
        start += 1
    while end > start and is_chrome(lines[end - 1]):
        end -= 1
    return lines[start:end]


def _take_byline(lines: list[str]) -> tuple[str | None, list[str]]:
    _, prefixes = _chrome_config()
    for index in (0, len(lines) - 1):
        if not lines:
            break
        line = lines[index].strip()
        lowered = line.lower()
        for prefix in prefixes:
            if lowered.startswith(prefix) and len(line.split()) <= 6 and not line.endswith("."):
                rest = lines[:index] + lines[index + 1:]
                return line[len(prefix):].strip(), _strip_chrome(rest)
    return None, lines


def _looks_like_title(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= 200 and not stripped.endswith((".", "!", "?", '"')) and len(stripped.split()) >= 2
