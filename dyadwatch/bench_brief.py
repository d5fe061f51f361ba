"""`make bench` (briefing): the time to build a briefing over 100,000 stored events, as a ratio of the time to read
those events back from the store (goal: at most 3).

As after `dyadwatch ingest`, each dyad's clusters are in the store when the briefing runs (clusterstore.py); the
time that clustering takes, once per change of a dyad's events, is reported beside the ratio.

The store is built in a temporary directory with `SQLiteStore.save`, from synthetic but realistic reports: real-world
events (visits, talks, agreements, arms and troop transfers, sanctions, accusations, strikes) mostly between Russia
and North Korea, each reported by one to a dozen articles of known outlets (state media and independent), in varied
wording, with claimants, dates of every precision, places, and numbers that differ by claimant. Reading is
`store.events()` over every stored event; the briefing is `build_brief` + `render_brief` (HTML) + writing the file.
Both are timed in one process, warm, alternated `--rounds` times, as medians; only the ratio is meaningful on a
shared machine.

    python -m dyadwatch.bench_brief [--events 100000] [--rounds 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .records import Actor, Article, Attribution, Event, Evidence, Place, Quantity
from .store import EventFilter, SQLiteStore

__all__ = ["main", "build_store", "synthetic_articles"]

PEOPLE: dict[str, list[tuple[str | None, str, str]]] = {  # party -> (name or None, sector, as written)
    "RUS": [("Vladimir Putin", "GOV", "Putin"), ("Sergei Lavrov", "GOV", "Lavrov"), (None, "GOV", "Moscow"),
            ("Andrei Belousov", "MIL", "Belousov"), (None, "MIL", "Russian forces"), (None, "BUS", "Russian firms")],
    "PRK": [("Kim Jong Un", "GOV", "Kim"), ("Choe Son Hui", "GOV", "Choe"), (None, "GOV", "Pyongyang"),
            (None, "MIL", "North Korean troops")],
    "UKR": [("Volodymyr Zelensky", "GOV", "Zelensky"), (None, "MIL", "Ukrainian forces")],
    "KOR": [(None, "GOV", "Seoul"), (None, "MIL", "South Korea's military")],
    "USA": [(None, "GOV", "Washington"), ("Antony Blinken", "GOV", "Blinken")],
    "CHN": [("Xi Jinping", "GOV", "Xi"), (None, "GOV", "Beijing")],
}
DYADS = [(("RUS", "PRK"), 80), (("RUS", "UKR"), 7), (("PRK", "KOR"), 6), (("PRK", "USA"), 4), (("CHN", "RUS"), 3)]
PLACES = [("Pyongyang", "PRK", 39.03, 125.75), ("Moscow", "RUS", 55.75, 37.62), ("Vladivostok", "RUS", 43.12, 131.9),
          ("Kursk region", "RUS", 51.7, 36.2), ("Wonsan", "PRK", 39.15, 127.44), ("Rason", "PRK", 42.26, 130.3),
          ("Khasan", "RUS", 42.43, 130.64), ("Kharkiv", "UKR", 49.99, 36.23), ("Beijing", "CHN", 39.9, 116.4)]
TOPICS = ["energy supplies", "the railway link", "labour exports", "space technology", "food aid", "tourism",
          "the Tumen River bridge", "fisheries", "grain shipments", "the strategic partnership treaty"]
# type, mode, contexts, score, predicate, phrasings, unit of its number, typical number
KINDS: list[tuple[str, str | None, tuple[str, ...], float, str, tuple[str, ...], str | None, int]] = [
    ("CONSULT", "visit", ("diplomatic",), 4.0, "visit",
     ("{s} visited {place} for talks with {t}", "{s} arrived in {place} on a visit to {t}",
      "{s} began a visit to {place}, where {t} greeted him"), None, 0),
    ("CONSULT", None, ("diplomatic",), 2.5, "talks",
     ("{s} held talks with {t} on {topic}", "{s} and {t} discussed {topic}", "{s} met {t} to discuss {topic}"),
     None, 0),
    ("AGREE", None, ("diplomatic", "economic"), 2.5, "agreement",
     ("{s} and {t} signed an agreement on {topic}", "{s} agreed with {t} to cooperate on {topic}"), None, 0),
    ("COOPERATE", None, ("economic",), 9.5, "expand",
     ("{s} and {t} agreed to expand trade in {topic}, worth {q} dollars",
      "{s} will invest {q} dollars in {topic} with {t}"), "dollars", 50_000_000),
    ("AID", "military", ("military",), 8.0, "sent",
     ("{s} sent {q} artillery shells to {t}", "{s} has supplied {t} with {q} shells",
      "{s} shipped some {q} rounds of artillery ammunition to {t}"), "shells", 1_000_000),
    ("MOBILIZE", "troops", ("military",), -6.5, "deployed",
     ("{s} deployed {q} troops to {place} to support {t}", "{s} has sent about {q} soldiers to help {t}",
      "{q} troops from {s} were deployed to {place} alongside {t}"), "troops", 11_000),
    ("SUPPORT", None, ("diplomatic",), 5.0, "support",
     ("{s} voiced full support for {t} over {topic}", "{s} backed {t} on {topic}"), None, 0),
    ("ACCUSE", None, ("diplomatic",), -3.0, "accused",
     ("{s} accused {t} of violating UN resolutions on {topic}", "{s} condemned {t} over {topic}"), None, 0),
    ("SANCTION", None, ("economic",), -6.0, "sanctions",
     ("{s} imposed sanctions on {t} over {topic}", "{s} blacklisted firms tied to {t} over {topic}"), None, 0),
    ("ASSAULT", None, ("military",), -9.0, "struck",
     ("{s} struck {place} with missiles supplied by {t}", "{s} fired ballistic missiles made by {t} at {place}"),
     None, 0),
]
KIND_WEIGHTS = [16, 18, 10, 6, 10, 10, 9, 9, 6, 6]
OUTLETS = [("Korean Central News Agency", 8), ("TASS", 8), ("RIA Novosti", 4), ("Rodong Sinmun", 3),
           ("Xinhua", 3), ("Yonhap", 16), ("Reuters", 12), ("Associated Press", 8), ("NK News", 8),
           ("Korea Herald", 6), ("Kyodo News", 5), ("BBC", 4), ("Interfax", 5), ("Daily NK", 4),
           ("Global Affairs Monitor", 3), ("Seoul Wire", 3)]
CLAIMANTS = [(None, None, None, False, 40), ("KCNA", "PRK", "JRN", True, 10), ("TASS", "RUS", "JRN", True, 8),
             ("the Kremlin", "RUS", "GOV", False, 8), ("South Korea's spy agency", "KOR", "SPY", False, 10),
             ("the Pentagon", "USA", "MIL", False, 6), ("Ukrainian intelligence", "UKR", "SPY", False, 6),
             ("analysts", None, None, False, 6), ("Yonhap, citing KCNA", "PRK", "JRN", True, 3),
             ("the Russian Foreign Ministry", "RUS", "GOV", False, 3)]
MODALITIES = [("asserted", 30), ("reported", 56), ("planned", 7), ("negated", 4), ("hypothetical", 3)]
FIRST_DAY, DAYS = date(2019, 1, 1), 7 * 365


@dataclass(frozen=True)
class _Happening:
    """One real-world event, before any article reports it."""

    kind: int
    source: str
    target: str
    day: date
    place: tuple[str, str, float, float]
    topic: str
    number: int


def _happenings(rng: random.Random) -> Iterator[_Happening]:
    dyads, dyad_weights = zip(*DYADS, strict=True)
    while True:
        pair = rng.choices(dyads, dyad_weights)[0]
        source, target = pair if rng.random() < 0.5 else pair[::-1]
        kind = rng.choices(range(len(KINDS)), KIND_WEIGHTS)[0]
        # The relationship heats up: a power below 1 puts more of the events in the later years.
        day = FIRST_DAY + timedelta(days=int(DAYS * rng.random() ** 0.6))
        yield _Happening(kind, source, target, day, rng.choice(PLACES), rng.choice(TOPICS),
                         int(KINDS[kind][7] * rng.uniform(0.6, 1.4)))


def _date(happening: _Happening, published: date, rng: random.Random) -> tuple[str | None, str | None, str]:
    """A date of the precision articles give: mostly the day, else the publication day, month, week or year."""
    roll = rng.random()
    if roll < 0.68:
        return happening.day.isoformat(), "day", "explicit"
    if roll < 0.80:
        return published.isoformat(), "day", "publication date"
    if roll < 0.90:
        return happening.day.strftime("%Y-%m"), "month", "explicit"
    if roll < 0.94:
        year, week, _ = happening.day.isocalendar()
        return f"{year}-W{week:02d}", "week", "relative"
    if roll < 0.98:
        return str(happening.day.year), "year", "explicit"
    return None, None, "no date"


def _sentence(happening: _Happening, rng: random.Random) -> tuple[str, dict[str, Any]]:
    """One report's sentence and what coding it gives (actors, claimant, number, modality)."""
    kind = KINDS[happening.kind]
    source, target = rng.choice(PEOPLE[happening.source]), rng.choice(PEOPLE[happening.target])
    claimant = rng.choices(CLAIMANTS, [c[4] for c in CLAIMANTS])[0]
    # Claimants disagree on numbers: each names its own estimate, within a third of the truth.
    number = int(round(happening.number * rng.choice((0.7, 0.85, 1.0, 1.0, 1.2, 1.5)), -2)) if kind[6] else 0
    modality = rng.choices([m for m, _ in MODALITIES], [w for _, w in MODALITIES])[0]
    text = rng.choice(kind[5]).format(s=source[2], t=target[2], place=happening.place[0], topic=happening.topic,
                                      q=f"{number:,}")
    if modality == "negated":
        text = f"{claimant[0] or 'Officials'} denied reports that {text[0].lower()}{text[1:]}"
    elif modality == "planned":
        text = f"{text} next month, officials said"
    elif modality == "hypothetical":
        text = f"If the talks go well, {text[0].lower()}{text[1:]}"
    if claimant[0] and modality != "negated":
        text = f"{text}, {claimant[0]} said"
    return text[0].upper() + text[1:] + ".", {"source": source, "target": target, "claimant": claimant,
                                              "number": number, "modality": modality}


def _event(doc_id: str, n: int, offset: int, text: str, coded: dict[str, Any], happening: _Happening,
           when: tuple[str | None, str | None, str]) -> Event:
    kind = KINDS[happening.kind]
    actors = []
    for party, (name, sector, words) in ((happening.source, coded["source"]), (happening.target, coded["target"])):
        start = max(text.find(words), 0)
        actors.append(Actor(party, sector, name, words, offset + start, offset + start + len(words)))
    claimant = coded["claimant"]
    place = happening.place
    return Event(
        event_id=hashlib.sha1(f"{doc_id}:{n}".encode()).hexdigest()[:16], doc_id=doc_id, type=kind[0], mode=kind[1],
        contexts=kind[2], source=(actors[0],), target=(actors[1],), date=when[0], date_precision=when[1],
        date_text=None, date_reason=when[2],
        place=Place(place[0], place[1], place[2], place[3]) if place[0] in text else None,
        attribution=Attribution(claimant[0], claimant[1], claimant[2], claimant[3]) if claimant[0] else None,
        modality=coded["modality"], quantity=Quantity(coded["number"], kind[6]) if kind[6] else None,
        score=kind[3], confidence=0.8, evidence=Evidence(text, offset, offset + len(text)), predicate=kind[4])


def synthetic_articles(count: int, seed: int = 7) -> Iterator[tuple[Article, list[Event]]]:
    """Articles with `count` events in all: reports of real-world events, a few events an article, by date."""
    rng = random.Random(seed)
    reports: list[tuple[date, _Happening]] = []
    for happening in _happenings(rng):
        copies = min(1 + int(rng.expovariate(1 / 4.5)), 14)  # most events are reported a few times, some often
        reports += [(happening.day + timedelta(days=rng.choice((0, 0, 1, 1, 2, 5))), happening)] * copies
        if len(reports) >= count:
            break
    reports = sorted(reports[:count], key=lambda r: (r[0], r[1].kind))
    outlets, weights = zip(*OUTLETS, strict=True)
    position, number = 0, 0
    while position < len(reports):
        size = rng.randint(2, 8)
        chunk, position, number = reports[position:position + size], position + size, number + 1
        yield _article(number, chunk, rng.choices(outlets, weights)[0], rng)


def _article(number: int, chunk: list[tuple[date, _Happening]], outlet: str,
             rng: random.Random) -> tuple[Article, list[Event]]:
    doc_id = f"bench-{number:06d}"
    published = max(day for day, _ in chunk)
    sentences, events, offset = [], [], 0
    for n, (_, happening) in enumerate(chunk):
        text, coded = _sentence(happening, rng)
        events.append(_event(doc_id, n, offset, text, coded, happening, _date(happening, published, rng)))
        sentences.append(text)
        offset += len(text) + 1
    title = sentences[0][:80]
    article = Article(id=doc_id, text=" ".join(sentences), published=published.isoformat(), outlet=outlet,
                      url=f"https://example.org/{doc_id}", title=title, origin="bench")
    return article, events


def build_store(path: str, count: int) -> int:
    """A store at `path` holding `count` synthetic events; the number of articles."""
    articles = 0
    with SQLiteStore(path) as store:
        store.db.execute("PRAGMA synchronous = OFF")  # a throwaway store: no need to wait for the disk
        for article, events in synthetic_articles(count):
            store.save(article, events)
            articles += 1
    return articles


def _timed(step: Callable[[], Any], rounds: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _measure(path: str, out: Path, rounds: int) -> None:
    from .brief import build_brief
    from .brief_render import render_brief
    from .clusterstore import refresh
    from .knowledge import load_knowledge_base

    kb = load_knowledge_base()  # loaded (and cached) once, as in any process that briefs twice
    with SQLiteStore(path) as store:
        clustering, done = _timed(lambda: refresh(store, kb), 1)  # what `dyadwatch ingest` ends with
        for (a, b), events, clusters in done:
            print(f"clustered {a}-{b}: {events:,} events into {clusters:,} clusters")
        if done:
            print(f"clustering every dyad (once, at ingest): {clustering:.1f}s")
        build_brief(store, "USA", "CHN", knowledge=kb)  # warm up (templates, pandas) on a dyad with no events

        def brief() -> int:
            text = render_brief(build_brief(store, "RUS", "PRK", knowledge=kb), "html")
            out.write_text(text, encoding="utf-8")
            return len(text.encode("utf-8"))

        reads, briefs = [], []
        for _ in range(rounds):  # alternated, so a slow spell of a shared machine falls on both
            reads.append(_timed(lambda: sum(1 for _ in store.events()), 1))
            briefs.append(_timed(brief, 1))
        read, count = statistics.median(t for t, _ in reads), reads[0][1]
        total, size = statistics.median(t for t, _ in briefs), briefs[0][1]
        dyad = store.event_summary(EventFilter(dyad=("RUS", "PRK")))[0]
    print(f"stored events: {count:,}; RUS-PRK events: {dyad:,}")
    print(f"read every event (store.events()): {read:.2f}s")
    print(f"briefing RUS-PRK (build + render HTML + write, {size / 1e6:.1f} MB): {total:.2f}s")
    print(f"briefing time / read time: {total / read:.2f} (goal <= 3)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5, help="Reads and briefings to time, alternated (the medians "
                        "are reported).")
    parser.add_argument("--keep", metavar="DIR", help="Build the store and the briefing in DIR and keep them (a "
                        "store of the same size already there is used again).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dyadwatch-bench-") as scratch:
        folder = Path(args.keep or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        path = str(folder / "bench.db")
        if not _reusable(path, args.events):
            started = time.perf_counter()
            articles = build_store(path, args.events)
            print(f"built a store of {args.events:,} events in {articles:,} articles in "
                  f"{time.perf_counter() - started:.1f}s", file=sys.stderr)
        _measure(path, folder / "brief.html", args.rounds)


def _reusable(path: str, count: int) -> bool:
    """A kept store of the same size is used again (building one takes longer than the measurement)."""
    if not Path(path).exists():
        return False
    with SQLiteStore(path) as store:
        if store.count("events") == count:
            return True
    for suffix in ("", "-wal", "-shm"):
        Path(path + suffix).unlink(missing_ok=True)
    return False


if __name__ == "__main__":
    main()
