"""Golden files: the expected events of every bundled example article (examples/gold.jsonl).

The scores on the example corpus must not fall below the floors pinned in tests/golden_floors.json. Floors only
move up: when the coder improves, raise them in the same commit; lowering one needs a commit message saying why.
"""

from __future__ import annotations

import json

import pytest

from dyadwatch.evaluate import match_article
from dyadwatch.ingest import IngestOptions, read_paths
from dyadwatch.records import Article

from conftest import EXAMPLES, REPO

ARTICLES = EXAMPLES / "articles"
GOLD = [json.loads(line) for line in (EXAMPLES / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
FLOORS = json.loads((REPO / "tests" / "golden_floors.json").read_text(encoding="utf-8"))


def gold_key(article: Article) -> str:
    """The gold id of an article: its input id for JSONL lines, file:<path under articles/> for files."""
    origin = article.origin or ""
    if origin.endswith((".txt", ".html", ".htm")):
        return "file:" + origin.split(str(ARTICLES) + "/", 1)[-1]
    return article.id


@pytest.fixture(scope="module")
def results(pipeline):
    items = [a for a in read_paths([ARTICLES], IngestOptions()) if isinstance(a, Article)]
    coded = {gold_key(a): [e.to_dict() for e in events] for a, events in pipeline.extract(items)}
    assert {g["id"] for g in GOLD} <= set(coded), "gold names articles the corpus does not have"
    return [match_article(g, coded[g["id"]]) for g in GOLD]


def test_corpus_size():
    assert len(GOLD) >= 15
    assert sum(len(g["events"]) for g in GOLD) >= 60


def test_core_recall_does_not_fall(results):
    core = [g for r in results for g in r.matched + r.missed if g.get("core")]
    found = [g for r in results for g in r.matched if g.get("core")]
    recall = len(found) / len(core)
    missed = [f"  {r.doc_id}: {g['types']} {g['source']}->{g['target']}: {g['quote']!r}"
              for r in results for g in r.missed if g.get("core")]
    assert recall >= FLOORS["core_recall"], f"core recall {recall:.3f} < floor; missed:\n" + "\n".join(missed)


def test_overall_recall_does_not_fall(results):
    total = sum(len(r.matched) + len(r.missed) for r in results)
    recall = sum(len(r.matched) for r in results) / total
    assert recall >= FLOORS["all_recall"], f"recall {recall:.3f} < floor {FLOORS['all_recall']}"


def test_negatives_are_not_asserted(results):
    violations = [(r.doc_id, n["quote"], e["type"], e["modality"]) for r in results for n, e in r.violations]
    assert len(violations) <= FLOORS["max_negative_violations"], "\n".join(map(str, violations))


def test_articles_without_any_core_event_found(results):
    empty = [r.doc_id for r in results if not any(g.get("core") for g in r.matched)]
    assert len(empty) <= FLOORS["max_articles_without_core_event"], f"no core event found in {empty}"
