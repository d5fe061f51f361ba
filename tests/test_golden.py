"""Golden files: the expected events of every bundled example article (examples/gold.jsonl)."""

from __future__ import annotations

import json

import pytest

from dyadwatch.evaluate import match_article
from dyadwatch.ingest import IngestOptions, read_paths
from dyadwatch.records import Article

from conftest import EXAMPLES

ARTICLES = EXAMPLES / "articles"
GOLD = [json.loads(line) for line in (EXAMPLES / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]


def gold_path(gold_id: str) -> str | None:
    return str(ARTICLES / gold_id.removeprefix("file:")) if gold_id.startswith("file:") else None


@pytest.fixture(scope="module")
def coded(pipeline) -> dict[str, list[dict]]:
    """Events of every example article, keyed by the gold id (input id, or file:<path under articles/>)."""
    items = [a for a in read_paths([ARTICLES], IngestOptions()) if isinstance(a, Article)]
    by_key = {}
    for article, events in pipeline.extract(items):
        origin = article.origin or ""
        key = article.id if origin.endswith(tuple(f":{n}" for n in range(1, 10000))) else \
            "file:" + origin.split(str(ARTICLES) + "/", 1)[-1]
        by_key[key] = [e.to_dict() for e in events]
    return by_key


def test_every_gold_article_is_in_the_corpus(coded):
    assert {g["id"] for g in GOLD} <= set(coded)
    assert len(coded) >= 15


@pytest.mark.parametrize("gold", GOLD, ids=[g["id"] for g in GOLD])
def test_core_events_are_found_and_negatives_respected(coded, gold):
    result = match_article(gold, coded[gold["id"]])
    core_missed = [g for g in result.missed if g.get("core")]
    assert not core_missed, "missed core events:\n" + "\n".join(
        f"  {g['types']} {g['source']}->{g['target']}: {g['quote']!r}" for g in core_missed)
    assert not result.violations, "asserted events from negatives:\n" + "\n".join(
        f"  {n['quote']!r} -> {e['type']} ({e['modality']})" for n, e in result.violations)
