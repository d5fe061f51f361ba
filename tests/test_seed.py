"""Acceptance on the seed essay (shared/seed), when it is present beside the repository."""

from __future__ import annotations

import pytest

from dyadwatch.ingest import IngestOptions, read_paths
from dyadwatch.records import Article

from conftest import SEED_DIR, find

pytestmark = pytest.mark.skipif(not SEED_DIR.is_dir(), reason=f"seed essay not found at {SEED_DIR}")


@pytest.fixture(scope="module")
def seed(pipeline):
    (article,) = [a for a in read_paths([SEED_DIR], IngestOptions(published="2025-12-01")) if isinstance(a, Article)]
    (_, events), = pipeline.extract([article])
    return article, [e.to_dict() for e in events]


def in_sentence(events, words):
    return [e for e in events if words in e["evidence"]["text"]]


def test_page_chrome_is_gone(seed):
    article, _ = seed
    for chrome in ("Scroll Top", "Related Posts", "By Tian Ziyu"):
        assert chrome not in article.text
    assert article.author == "Tian Ziyu"


def test_november_2025_defence_meeting(seed):
    _, events = seed
    hits = [e for e in find(events, "CONSULT", "RUS", "PRK") if e["date"] == "2025-11-06"]
    assert hits
    assert hits[0]["place"]["name"] == "Pyongyang"
    assert {a["sector"] for a in hits[0]["source"] + hits[0]["target"]} == {"MIL"}


def test_putin_visit_and_partnership_treaty(seed):
    _, events = seed
    visits = [e for e in find(events, "CONSULT", "RUS", "PRK", directed=True) if e["date"] == "2024-06"]
    assert any(e["mode"] == "visit" for e in visits)
    treaty = in_sentence(find(events, "AGREE", "RUS", "PRK"), "Treaty on Comprehensive Strategic Partnership")
    assert treaty


def test_troop_deployment_and_arms_sales(seed):
    _, events = seed
    deployments = find(events, "MOBILIZE", "PRK", "RUS", directed=True) + find(events, "AID", "PRK", "RUS",
                                                                                  directed=True)
    deployment = in_sentence(deployments, "deployed about 15,000 soldiers")
    assert deployment and deployment[0]["quantity"]["value"] == 15000
    arms = in_sentence(find(events, "AID", "PRK", "RUS", directed=True), "has sold Russia")
    assert arms


def test_1961_treaty(seed):
    _, events = seed
    assert [e for e in find(events, "AGREE") if e["date"] == "1961"]


def test_assuming_sentence_gives_no_asserted_event(seed):
    _, events = seed
    hits = in_sentence(events, "Assuming the cross-border railway is completed")
    assert all(e["modality"] not in ("asserted", "reported") for e in hits)


def test_partnership_described_is_no_agreement(seed):
    _, events = seed
    assert not find(in_sentence(events, "The partnership between Russia and North Korea"), "AGREE")
    assert not find(in_sentence(events, "The current partnership"), "AGREE")


def test_soviet_aid_comes_from_the_soviet_state(seed):
    _, events = seed
    (aid,) = find(in_sentence(events, "supplied by the Soviet Union"), "AID", "SUN", "PRK", directed=True)
    assert aid["source"][0]["sector"] == "GOV"


def test_fighting_beside_an_ally_is_no_attack_on_it(seed):
    _, events = seed
    assert not find(in_sentence(events, "became a hero"), "ASSAULT", "PRK", "RUS")


def test_kcna_report_and_lavrov_praise(seed):
    _, events = seed
    (report,) = find(in_sentence(events, "Further light was given"), "SUPPORT", "RUS", "PRK", directed=True)
    assert "KCNA" in report["attribution"]["text"]
    praise = find(in_sentence(events, "when he commended"), "SUPPORT", "RUS", "PRK", directed=True)
    assert praise and praise[0]["modality"] == "asserted"
