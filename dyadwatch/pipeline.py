"""The pipeline: runs the stages in order.

1. ingest   (`ingest.py`)    files, directories, JSONL -> Article
2. nlp      (`nlp.py`)       spaCy parse, knowledge-base entity patterns
3. actors   (`actors.py`)    phrase -> country, sector, identity
4. events   (`events.py`)    predicate + arguments -> PLOVER type, mode, actors, recipients
5. context  (`context.py`)   date, place, attribution, modality, quantity, contexts
6. store    (`store.py`)     SQLite or PostgreSQL, one transaction per article

`extract` runs 2-5 on articles and yields their events; `ingest_into` adds 1 and 6. `distributed.py` runs 2-6 as
Dask tasks, partition by partition, on many machines writing to one PostgreSQL store.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from .actors import ActorResolver
from .context import describe
from .eras import of_their_era
from .errors import SkippedItem
from .events import Predicate, find_predicates
from .knowledge import KnowledgeBase, load_knowledge_base
from .lexicon import Lexicon, load_lexicon
from .memory import collector_paused
from .nlp import load_pipeline
from .parsetree import sentences_of, tree_view
from .published import INFERRED_SOURCES
from .records import Actor, Article, Event, Evidence
from .store import EventStore

__all__ = ["Pipeline", "RunReport", "code_document", "new_articles"]

BATCH_SIZE = 32


@dataclass
class RunReport:
    """What a batch did: counts, and every skipped item with its reason."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    events: int = 0
    skipped: list[SkippedItem] = field(default_factory=list)


class Pipeline:
    """The loaded model, knowledge base and lexicon; build once, use for many articles."""

    def __init__(self, actor_files: Iterable[str] = (), lexicon_files: Iterable[str] = (),
                 nlp: Language | None = None) -> None:
        """`nlp`: a pipeline already built with `nlp.add_components` (the benchmark times the steps apart)."""
        self.nlp: Language = nlp or load_pipeline(tuple(actor_files))
        self.kb: KnowledgeBase = load_knowledge_base(tuple(actor_files))
        self.lexicon: Lexicon = load_lexicon(tuple(lexicon_files))

    def extract(self, articles: Iterable[Article], workers: int = 1) -> Iterator[tuple[Article, list[Event]]]:
        """Parse and code articles, in input order."""
        pairs = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE, n_process=workers):
            yield article, code_document(doc, article, self.kb, self.lexicon)

    def ingest_into(self, store: EventStore, items: Iterable[Article | SkippedItem], report: RunReport,
                    reextract: bool = False, workers: int = 1,
                    on_article: Callable[[Article], None] | None = None) -> RunReport:
        """Code every new article and store it with its events; skips are recorded, not raised."""
        done = set() if reextract else store.processed_ids()
        for article, events in self.extract(new_articles(items, done, report), workers=workers):
            store.save(article, events)
            report.stored += 1
            report.events += len(events)
            if on_article:
                on_article(article)
        return report


def new_articles(items: Iterable[Article | SkippedItem], done: set[str], report: RunReport) -> Iterator[Article]:
    """The articles still to code, each once (`done`: ids already stored, then those passed on); skipped items and
    articles already stored are counted in `report` on the way."""
    for item in items:
        if isinstance(item, SkippedItem):
            report.skipped.append(item)
            continue
        report.read += 1
        if item.id in done:
            report.unchanged += 1
            continue
        done.add(item.id)  # the same text twice in one batch is coded once
        yield item


def code_document(doc: Doc, article: Article, kb: KnowledgeBase, lexicon: Lexicon) -> list[Event]:
    """Stages 3-5 on one parsed article."""
    # the rules read each word's children from a table built once for the doc; the thousands of short-lived objects
    # they make (tokens, lists, records) are freed by reference counting, so the cyclic collector is paused meanwhile
    # (memory.py; what it would have found is found at its next run)
    with collector_paused(), tree_view(doc):
        resolver = ActorResolver(doc, kb, article.published, article.text)  # (the text the doc was parsed from)
        named = {m[3] for m in resolver.mentions if m[2] in ("country", "demonym")}  # (for eras.of_their_era)
        events = []
        for sent in sentences_of(doc):
            for predicate in find_predicates(sent, lexicon, resolver):
                events.append(_event(predicate, article, resolver, kb, lexicon, named))
    return events


def _event(pred: Predicate, article: Article, resolver: ActorResolver, kb: KnowledgeBase,
           lexicon: Lexicon, named: set[str]) -> Event:
    context = describe(pred, article.published, resolver, kb, lexicon)
    sent = pred.sent
    pattern = pred.pattern
    when = context.date.value if context.date else None
    return Event(
        event_id=_event_id(article.id, pred),
        doc_id=article.id,
        type=pattern.type,
        mode=pattern.mode,
        contexts=context.contexts,
        source=of_their_era(pred.source, when, named),  # "Russia" in 1961 was the Soviet Union
        target=of_their_era(pred.target, when, named),
        date=when,
        date_precision=context.date.precision if context.date else None,
        date_text=(context.date.text or None) if context.date else None,
        date_reason=_date_reason(context.date.reason, article) if context.date else None,
        place=context.place,
        attribution=context.attribution,
        modality=context.modality,
        quantity=context.quantity,
        score=lexicon.score(pattern.type, pattern.mode),
        confidence=_confidence(pred),
        evidence=Evidence(resolver.text_of(sent), sent.start_char, sent.end_char),
        predicate=pred.token.text,
        predicate_start=pred.token.idx,
    )


def _date_reason(reason: str, article: Article) -> str:
    """An event dated by a publication date that was itself inferred says so."""
    if reason == "publication date" and article.published_from in INFERRED_SOURCES:
        return f"publication date, inferred from the {article.published_from}"
    return reason


def _confidence(pred: Predicate) -> float:
    """A rough certainty: both sides resolved from the parse is best; participants inferred is worst."""
    both = bool(pred.source) and bool(pred.target)
    named = all(a.party for a in (*pred.source, *pred.target))
    value = 0.5 + 0.25 * both + 0.1 * named - 0.25 * pred.inferred
    return round(max(0.1, min(value, 0.95)), 2)


def _event_id(doc_id: str, pred: Predicate) -> str:
    def codes(actors: tuple[Actor, ...]) -> str:
        return ",".join(a.code for a in actors)

    key = f"{doc_id}|{pred.token.idx}|{pred.pattern.type}|{codes(pred.source)}|{codes(pred.target)}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
