"""Shared fixtures: the real spaCy pipeline, loaded once for the whole test session."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from dyadwatch.ingest import IngestOptions, article_from_record
from dyadwatch.pipeline import Pipeline
from dyadwatch.records import Article
from dyadwatch.when import event_date

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
SEED_DIR = REPO.parent / "shared" / "seed"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory):
    """Dictionary caches go to a fresh directory: the tests build them from the files in this checkout."""
    patch = pytest.MonkeyPatch()
    patch.setenv("DYADWATCH_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture()
def postgres_url() -> Iterator[str]:
    """A new, empty database on the PostgreSQL server that `make test` and `.ci/run` start (scripts/test-postgres)
    and name in DYADWATCH_TEST_POSTGRES; dropped after the test."""
    server = os.environ.get("DYADWATCH_TEST_POSTGRES", "")
    if not server:
        reason = "no PostgreSQL server for the tests (make test starts one with scripts/test-postgres)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)  # CI starts one: its absence there is a broken setup
        pytest.skip(reason)
    psycopg = pytest.importorskip("psycopg")
    name = f"dyadwatch_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield server.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def date_of(pipeline):
    """The date of the predicate `word` (its `nth` occurrence) in `text`, or None."""

    def run(text: str, word: str, published: str | None = "2024-06-20", modality: str = "asserted",
            nth: int = 1) -> str | None:
        doc = pipeline.nlp(text)
        token = [t for t in doc if t.text == word][nth - 1]
        found = event_date(token, token.sent, published, modality, tuple(doc.ents))
        return found.value if found else None

    return run


@pytest.fixture(scope="session")
def code(pipeline: Pipeline):
    """Code one text (with a publication date) and return its events as contract dicts."""

    def run(text: str, published: str = "2024-06-20", outlet: str | None = None) -> list[dict]:
        article = article_from_record({"text": text, "published": published, "outlet": outlet},
                                      origin="test", options=IngestOptions())
        return [e.to_dict() for _, events in pipeline.extract([article]) for e in events]

    return run


def parties(actors: list[dict]) -> set[str]:
    return {a["country"] or a["code"] for a in actors}


def find(events: list[dict], type_: str, source: str | None = None, target: str | None = None,
         directed: bool = False) -> list[dict]:
    """Events of a type whose source and target parties include the given codes (either direction unless
    `directed`)."""
    hits = []
    for e in events:
        if e["type"] != type_:
            continue
        s, t = parties(e["source"]), parties(e["target"])
        forward = (source is None or source in s) and (target is None or target in t)
        backward = (source is None or source in t) and (target is None or target in s)
        if forward or (backward and not directed):
            hits.append(e)
    return hits


def make_article(text: str, **fields) -> Article:
    return article_from_record({"text": text, **fields}, origin="test", options=IngestOptions())
