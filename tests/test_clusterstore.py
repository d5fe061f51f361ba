"""Clusters kept in the store (clusterstore.py) and what they rest on in store.py (schema 3): write stamps, the
cluster_sets table, the actor index's article and date, `EventFilter(ids=...)`, and the commands that use them.
Real SQLite files; hand-built events, and one store coded from the example corpus by the real `dyadwatch ingest`."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch import api, clusterstore
from dyadwatch import store as store_module
from dyadwatch.brief import build_brief
from dyadwatch.cli import cli
from dyadwatch.clusters import Cluster, cluster_events
from dyadwatch.clusterstore import analysis_set, clusters_for, refresh
from dyadwatch.errors import StoreError
from dyadwatch.knowledge import load_knowledge_base
from dyadwatch.records import Actor, Article, Event, Evidence, contract_record
from dyadwatch.reports import OutletNames, report_of
from dyadwatch.series import series_from_store
from dyadwatch.store import CLUSTER_SETS_KEPT, MIGRATIONS, EventFilter, SQLiteStore
from dyadwatch.summary import summarise

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "examples" / "articles" / "corpus.jsonl"
RUS_PRK = EventFilter(dyad=("PRK", "RUS"))  # as `refresh` (and `store.dyads()`) name the dyad
CHN_RUS = EventFilter(dyad=("CHN", "RUS"))


# -- hand-built events -----------------------------------------------------------------------------------------


def actor(party: str, name: str | None = None) -> Actor:
    return Actor(party, "GOV", name, name or party, 0, 3)


def event(doc: str, n: int, source: str, target: str, date: str, type_: str = "CONSULT", predicate: str = "met",
          text: str | None = None) -> Event:
    sentence = text or f"{source} {predicate} {target} on {date} ({doc}, {n})."
    return Event(f"{doc}-{n}", doc, type_, None, ("diplomatic",), (actor(source),), (actor(target),), date, "day",
                 date, "explicit", None, None, "asserted", None, 4.0 if type_ == "CONSULT" else -5.0, 0.8,
                 Evidence(sentence, 0, len(sentence)), predicate=predicate)


def save(store: SQLiteStore, doc: str, published: str, outlet: str, *events: Event) -> None:
    store.save(Article(doc, f"text of {doc}", published, outlet), events)


SUMMIT = "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang."


def fill(store: SQLiteStore) -> None:
    """A June 2024 summit reported by three outlets, a July strike, and one China-Russia meeting."""
    save(store, "reuters", "2024-06-19", "Reuters", event("reuters", 0, "RUS", "PRK", "2024-06-19", text=SUMMIT))
    save(store, "tass", "2024-06-19", "TASS", event("tass", 0, "RUS", "PRK", "2024-06-19", text=SUMMIT))
    save(store, "kcna", "2024-06-20", "KCNA", event("kcna", 0, "PRK", "RUS", "2024-06-19", text=SUMMIT))
    save(store, "strike", "2024-07-05", "Reuters",
         event("strike", 0, "PRK", "RUS", "2024-07-04", "ASSAULT", "struck"))
    save(store, "beijing", "2024-05-17", "Xinhua", event("beijing", 0, "CHN", "RUS", "2024-05-16"))


@pytest.fixture()
def store(tmp_path: Path):
    with SQLiteStore(str(tmp_path / "dw.db")) as s:
        fill(s)
        yield s


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


@pytest.fixture()
def computed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times clusterstore computed clusters (the real `cluster_events`, counted)."""
    calls: list[int] = []

    def counted(*args, **kwargs):
        calls.append(1)
        return cluster_events(*args, **kwargs)

    monkeypatch.setattr(clusterstore, "cluster_events", counted)
    return calls


def forbid_computing(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on clusterstore must read stored clusters: computing them fails the test."""
    def boom(*args, **kwargs):
        raise AssertionError("clusters were computed again instead of read from the store")

    monkeypatch.setattr(clusterstore, "cluster_events", boom)


def sets(store: SQLiteStore, parties: str | None = None) -> list[sqlite3.Row]:
    """The stored cluster sets (of one pair of parties), oldest first."""
    sql = "SELECT key, scope, state, parties, events, clusters FROM cluster_sets"
    rows = store.db.execute(sql + (" WHERE parties = ?" if parties else "") + " ORDER BY rowid",
                            (parties,) if parties else ()).fetchall()
    return list(rows)


def fresh(store: SQLiteStore, where: EventFilter, kb) -> list[Cluster]:
    """What `cluster_events` gives for the events `where` selects now."""
    return cluster_events(list(store.events(where)), knowledge=kb)


# -- store.py: write stamps, dyads, summaries --------------------------------------------------------------------


def test_every_save_is_one_stamp_shared_by_its_events(tmp_path):
    with SQLiteStore(str(tmp_path / "s.db")) as s:
        assert s.write_state() == 0
        save(s, "two", "2024-06-19", "Reuters", event("two", 0, "RUS", "PRK", "2024-06-19"),
             event("two", 1, "PRK", "RUS", "2024-06-20"))
        assert s.write_state() == 1
        assert {e["event_id"]: e["stamp"] for e in s.events()} == {"two-0": 1, "two-1": 1}
        save(s, "one", "2024-06-21", "TASS", event("one", 0, "RUS", "PRK", "2024-06-21"))
        save(s, "none", "2024-06-22", "TASS")  # an article without events is a write too
        assert s.write_state() == 3
        save(s, "two", "2024-06-19", "Reuters", event("two", 0, "RUS", "PRK", "2024-06-19"))  # rewritten
        assert {e["event_id"]: e["stamp"] for e in s.events()} == {"two-0": 4, "one-0": 2}
        with pytest.raises(StoreError):  # a failed save takes its stamp back with it
            save(s, "bad", "2024-06-23", "TASS", event("bad", 0, "RUS", "PRK", "2024-06-23"),
                 event("bad", 0, "RUS", "PRK", "2024-06-23"))
        assert s.write_state() == 4
    with SQLiteStore(str(tmp_path / "s.db")) as s:  # the counter is on disk
        assert s.write_state() == 4
        assert all("stamp" not in contract_record(e) for e in s.events())


def test_dyads_and_event_summary(store):
    assert store.dyads() == [("CHN", "RUS"), ("PRK", "RUS")]
    assert store.event_summary(RUS_PRK) == (4, 4)
    assert store.event_summary(EventFilter(dyad=("RUS", "PRK"))) == (4, 4)
    assert store.event_summary(CHN_RUS) == (1, 5)
    assert store.event_summary(EventFilter(dyad=("PRK", "USA"))) == (0, 0)
    assert store.event_summary(EventFilter(dyad=("PRK", "RUS"), until="2024-06-30")) == (3, 3)
    assert store.event_summary() == (5, 5)


def test_the_broad_and_the_indexed_dyad_reads_agree(store, monkeypatch):
    """Whether a dyad is read in table order or through the actor index, it is the same events and summary."""
    def read(share: float) -> list:
        monkeypatch.setattr(store_module, "BROAD_SHARE", share)
        return [([e["event_id"] for e in store.events(where)], store.event_summary(where))
                for where in (RUS_PRK, CHN_RUS, EventFilter(dyad=("RUS", "PRK"), since="2024-07"))]

    assert read(0.0) == read(1e9)


def test_party_mentions_come_from_the_actor_index(store):
    rows = store.db.execute("SELECT event_id, article, date FROM event_actors ORDER BY event_id, role").fetchall()
    numbers = {r["id"]: r["rowid"] for r in store.db.execute("SELECT rowid, id FROM articles")}
    dates = {e["event_id"]: e["date"] for e in store.events()}
    assert rows and all(r["article"] == numbers[r["event_id"].split("-")[0]] for r in rows)
    assert all(r["date"] == dates[r["event_id"]] for r in rows)
    assert sorted(store.party_mentions("PRK")) == sorted([
        (numbers["reuters"], "2024-06-19", "2024-06-19"), (numbers["tass"], "2024-06-19", "2024-06-19"),
        (numbers["kcna"], "2024-06-19", "2024-06-20"), (numbers["strike"], "2024-07-04", "2024-07-05")])
    assert {r[0] for r in store.party_mentions("CHN", "USA")} == {numbers["beijing"]}
    save(store, "strike", "2024-07-05", "Reuters")  # its events withdrawn: so are its actor rows
    assert numbers["strike"] not in {r[0] for r in store.party_mentions("PRK", "RUS")}


# -- EventFilter(ids=...) ----------------------------------------------------------------------------------------


def test_events_by_id(store):
    picked = ("kcna-0", "beijing-0")
    assert {e["event_id"] for e in store.events(EventFilter(ids=picked))} == set(picked)
    assert [e["event_id"] for e in store.events(EventFilter(ids=("kcna-0", "kcna-0")))] == ["kcna-0"]
    assert list(store.events(EventFilter(ids=("no-such-event",)))) == []
    assert [e["event_id"] for e in store.events(EventFilter(ids=picked, dyad=("RUS", "PRK")))] == ["kcna-0"]
    assert store.event_summary(EventFilter(ids=picked)) == (2, 5)


def test_events_by_more_ids_than_sqlite_takes_parameters(store):
    ids = tuple(f"missing-{n}" for n in range(40_000)) + ("tass-0", "strike-0")
    assert len(ids) > 32_766  # SQLite's largest parameter count
    assert {e["event_id"] for e in store.events(EventFilter(ids=ids))} == {"tass-0", "strike-0"}
    assert store.event_summary(EventFilter(ids=ids)) == (2, 4)


# -- analysis_set: computed once, then read ----------------------------------------------------------------------


def test_stored_clusters_are_what_clustering_gives_and_are_read_back(store, kb, computed, monkeypatch):
    first = analysis_set(store, RUS_PRK, kb)
    assert computed == [1]
    assert first.clusters == fresh(store, RUS_PRK, kb)
    assert len(first.clusters) == 2 and len(first.clusters[0].events) == 3  # the summit, from three outlets
    outlets = OutletNames(kb)
    expected = {e["event_id"]: report_of(e, outlets) for e in store.events(RUS_PRK)}
    assert first.reports == expected and list(first.reports) == list(expected)  # in the store's event order
    (row,) = sets(store)
    assert row["parties"] == "PRK-RUS" and row["events"] == 4 and row["state"] == store.write_state()

    forbid_computing(monkeypatch)
    again = analysis_set(store, RUS_PRK, kb)
    assert again == first and list(again.reports) == list(first.reports)
    assert clusters_for(store, RUS_PRK, kb) == first.clusters
    assert len(sets(store)) == 1


def test_clusters_survive_the_json_they_are_stored_as(store, kb):
    for cluster in analysis_set(store, RUS_PRK, kb).clusters:
        assert Cluster.from_dict(json.loads(json.dumps(cluster.to_dict()))) == cluster
    stored = json.loads(sets(store)[0]["clusters"])
    assert [Cluster.from_dict(c) for c in stored["clusters"]] == fresh(store, RUS_PRK, kb)


def test_rewriting_an_article_of_the_dyad_invalidates_its_set(store, kb, computed):
    before = analysis_set(store, RUS_PRK, kb)
    (stale,) = sets(store)
    save(store, "tass", "2024-06-19", "TASS", event("tass", 0, "RUS", "PRK", "2024-06-19", text=SUMMIT))  # same
    after = analysis_set(store, RUS_PRK, kb)
    assert computed == [1, 1]  # same content, but rewritten: computed again
    assert after.clusters == before.clusters == fresh(store, RUS_PRK, kb)
    (row,) = sets(store)  # in place of the stale set of the same filter
    assert row["key"] != stale["key"] and row["scope"] == stale["scope"] and row["state"] == store.write_state()
    analysis_set(store, RUS_PRK, kb)
    assert computed == [1, 1]


def test_a_write_elsewhere_keeps_the_set_and_revalidates_it(store, kb, monkeypatch):
    first = analysis_set(store, RUS_PRK, kb)
    save(store, "moscow", "2024-08-02", "Xinhua", event("moscow", 0, "CHN", "RUS", "2024-08-01"))
    state = store.write_state()
    assert sets(store)[0]["state"] < state
    forbid_computing(monkeypatch)
    assert analysis_set(store, RUS_PRK, kb) == first  # found by its key: same count, same newest stamp
    (row,) = sets(store)
    assert row["state"] == state  # ... and marked valid now, for the unchecked path next time
    assert analysis_set(store, RUS_PRK, kb) == first


def test_same_count_but_other_events_is_another_set(store, kb, computed):
    """A rewrite that keeps the number of events still changes the key: its events get larger stamps."""
    summit_only = EventFilter(dyad=("PRK", "RUS"), until="2024-06-30")
    save(store, "kcna", "2024-06-20", "KCNA")  # the summit without KCNA: reuters and tass
    old = analysis_set(store, summit_only, kb)
    save(store, "kcna", "2024-06-20", "KCNA", event("kcna", 0, "PRK", "RUS", "2024-06-19", text=SUMMIT))
    three = analysis_set(store, summit_only, kb)
    assert computed == [1, 1]
    (before,) = sets(store)
    count = store.event_summary(summit_only)[0]
    save(store, "tass", "2024-06-19", "TASS",  # tass now reports a strike instead: as many events as before
         event("tass", 1, "PRK", "RUS", "2024-06-18", "ASSAULT", "struck"))
    assert store.event_summary(summit_only)[0] == count
    changed = analysis_set(store, summit_only, kb)
    assert computed == [1, 1, 1]
    assert changed.clusters == fresh(store, summit_only, kb) != three.clusters
    assert "tass-1" in changed.reports and "tass-0" not in changed.reports
    (after,) = sets(store)
    assert after["key"] != before["key"] and after["events"] == before["events"]
    assert old.clusters != three.clusters


def test_withdrawing_the_newest_events_is_seen(store, kb):
    """Count and newest stamp back where they were: the very same events as before, and their clusters."""
    earlier = analysis_set(store, RUS_PRK, kb)
    save(store, "pyongyang", "2024-09-01", "Yonhap", event("pyongyang", 0, "RUS", "PRK", "2024-08-30"))
    assert len(analysis_set(store, RUS_PRK, kb).reports) == 5
    save(store, "pyongyang", "2024-09-01", "Yonhap")  # withdrawn again
    assert analysis_set(store, RUS_PRK, kb) == earlier
    assert earlier.clusters == fresh(store, RUS_PRK, kb)


def test_nothing_is_kept_when_events_are_written_while_clustering(store, kb, monkeypatch):
    """Another process writes while this one clusters: the result is returned, but not kept under a key it may
    not match."""
    def meanwhile(*args, **kwargs):
        with SQLiteStore(store.path) as other:
            save(other, "vostochny", "2024-09-13", "TASS", event("vostochny", 0, "RUS", "PRK", "2024-09-12"))
        return cluster_events(*args, **kwargs)

    monkeypatch.setattr(clusterstore, "cluster_events", meanwhile)
    assert len(analysis_set(store, RUS_PRK, kb).reports) == 4  # what was read before the write
    assert sets(store) == []
    monkeypatch.setattr(clusterstore, "cluster_events", cluster_events)
    assert analysis_set(store, RUS_PRK, kb).clusters == fresh(store, RUS_PRK, kb)
    assert len(sets(store)) == 1


# -- one set per filter, and only the newest few per dyad --------------------------------------------------------


def test_each_filter_and_window_has_its_own_set(store, kb, computed):
    whole = analysis_set(store, RUS_PRK, kb)
    june = EventFilter(dyad=("PRK", "RUS"), since="2024-06", until="2024-06")
    part = analysis_set(store, june, kb)
    assert computed == [1, 1]
    assert part.clusters == fresh(store, june, kb) != whole.clusters
    assert set(part.reports) == {"reuters-0", "tass-0", "kcna-0"}
    wide = analysis_set(store, RUS_PRK, kb, window_days=30)
    assert computed == [1, 1, 1]
    assert wide.clusters == cluster_events(list(store.events(RUS_PRK)), knowledge=kb, window_days=30)
    assert analysis_set(store, RUS_PRK, kb) == whole and analysis_set(store, june, kb) == part
    assert computed == [1, 1, 1]
    assert len(sets(store, "PRK-RUS")) == 3


def test_only_the_newest_filters_of_a_dyad_are_kept(store, kb, computed):
    analysis_set(store, CHN_RUS, kb)
    filters = [EventFilter(dyad=("PRK", "RUS"), since=f"2024-06-{day:02d}") for day in
               range(1, CLUSTER_SETS_KEPT + 2)]
    for where in filters:
        assert analysis_set(store, where, kb).clusters == fresh(store, where, kb)
    assert len(sets(store, "PRK-RUS")) == CLUSTER_SETS_KEPT
    assert len(sets(store, "CHN-RUS")) == 1  # another dyad's sets are not touched
    calls = len(computed)
    analysis_set(store, filters[-1], kb)  # kept
    assert len(computed) == calls
    analysis_set(store, filters[0], kb)  # the oldest: dropped, so computed again
    assert len(computed) == calls + 1
    analysis_set(store, EventFilter(dyad=("RUS", "PRK"), since="2024-07"), kb)  # either order: one dyad
    assert len(sets(store, "PRK-RUS")) == CLUSTER_SETS_KEPT
    assert {r["parties"] for r in sets(store)} == {"PRK-RUS", "CHN-RUS"}


# -- stores that cannot be written ---------------------------------------------------------------------------------


def test_a_store_that_refuses_writes_still_gives_clusters(store, kb, computed):
    """SQLite's own read-only switch (query_only): nothing is kept, nothing fails."""
    stored = analysis_set(store, RUS_PRK, kb)
    save(store, "moscow", "2024-08-02", "Xinhua", event("moscow", 0, "CHN", "RUS", "2024-08-01"))
    store.db.execute("PRAGMA query_only = ON")
    assert analysis_set(store, RUS_PRK, kb) == stored  # found; marking it valid fails quietly
    june = EventFilter(dyad=("PRK", "RUS"), since="2024-06", until="2024-06")
    assert analysis_set(store, june, kb).clusters == fresh(store, june, kb)
    assert analysis_set(store, june, kb).clusters == fresh(store, june, kb)  # computed again: not kept
    assert computed == [1, 1, 1]
    assert [(d, n) for d, n, _ in refresh(store, kb)] == [(("CHN", "RUS"), 2)]
    assert len(sets(store)) == 1


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="file permissions do not bind root")
@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "file-and-folder"])
def test_a_read_only_store_file_still_gives_clusters(tmp_path, kb, folder_too):
    """A store the user may only read (a shared copy): the stored set is read, another one is computed. In a folder
    the user cannot write either, SQLite cannot keep its side files: the store says so and how to fix it."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "dw.db"
    with SQLiteStore(str(path)) as s:
        fill(s)
        stored = analysis_set(s, RUS_PRK, kb)
        expected_chn = fresh(s, CHN_RUS, kb)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    if folder_too:
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if folder_too:
            with pytest.raises(StoreError, match="make its folder writable"):
                SQLiteStore(str(path))
            return
        with SQLiteStore(str(path)) as s:
            assert analysis_set(s, RUS_PRK, kb) == stored
            assert clusters_for(s, CHN_RUS, kb) == expected_chn
            assert len(sets(s)) == 1
    finally:
        folder.chmod(stat.S_IRWXU)
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


# -- refresh, and the readers that follow it ---------------------------------------------------------------------


def test_refresh_clusters_each_dyad_without_a_valid_set(store, kb, monkeypatch):
    seen = []
    done = refresh(store, kb, on_dyad=lambda dyad, events: seen.append((dyad, events)))
    assert seen == [(("CHN", "RUS"), 1), (("PRK", "RUS"), 4)]
    assert [(d, n) for d, n, _ in done] == seen
    assert dict((d, c) for d, _, c in done) == {("CHN", "RUS"): 1, ("PRK", "RUS"): 2}
    assert refresh(store, kb) == []
    save(store, "vostochny", "2024-09-13", "TASS", event("vostochny", 0, "RUS", "PRK", "2024-09-12"))
    assert [(d, n) for d, n, _ in refresh(store, kb)] == [(("PRK", "RUS"), 5)]
    forbid_computing(monkeypatch)
    assert clusters_for(store, RUS_PRK, kb) == cluster_events(list(store.events(RUS_PRK)), knowledge=kb)
    assert clusters_for(store, CHN_RUS, kb)


@pytest.mark.parametrize("dyad", [("PRK", "RUS"), ("RUS", "PRK")])
def test_what_refresh_stored_serves_the_dyad_in_either_order(store, kb, monkeypatch, dyad):
    """`dyadwatch ingest` clusters every dyad so that the briefing, series and exports after it need not: a user
    names the dyad in either order (`dyadwatch brief RUS PRK`, `dyadwatch series RUS-PRK`)."""
    refresh(store, kb)
    forbid_computing(monkeypatch)
    assert clusters_for(store, EventFilter(dyad=dyad), kb) == fresh(store, RUS_PRK, kb)
    assert len(api.clusters(*dyad, db=store)) == 2
    assert not series_from_store(store, *dyad, knowledge=kb).empty
    assert build_brief(store, *dyad, knowledge=kb).appendix


# -- migration from schema 2 ---------------------------------------------------------------------------------------


def v2_store(path: Path, articles: list[tuple[Article, list[Event]]]) -> None:
    """A store as dyadwatch wrote it before schema 3, rows inserted by hand in that layout."""
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.executescript(MIGRATIONS[1])
    for article, events in articles:
        db.execute("INSERT INTO articles (id, text, published, outlet, origin, processed_at, published_from) "
                   "VALUES (?, ?, ?, ?, 'v2', datetime('now'), 'input')",
                   (article.id, article.text, article.published, article.outlet))
        for e in events:
            db.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (e.event_id, e.doc_id, e.type, e.mode, e.date, e.date_precision, e.modality, e.score,
                        e.confidence, e.predicate, e.evidence.text, e.evidence.start, e.evidence.end,
                        json.dumps(e.to_dict())))
            db.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           [(e.event_id, role, n, a.party, a.country, a.sector, a.code, a.name, a.text, a.start,
                             a.end) for role, actors in (("source", e.source), ("target", e.target))
                            for n, a in enumerate(actors)])
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()


OLD_VOLUME = """SELECT a.rowid, e.date, a.published FROM events e JOIN articles a ON a.id = e.doc_id
WHERE EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.event_id AND x.party IN (?, ?))"""


def test_a_schema_2_store_is_migrated_with_nothing_lost(tmp_path, kb):
    content = [
        (Article("reuters", "text of reuters", "2024-06-19", "Reuters"),
         [event("reuters", 0, "RUS", "PRK", "2024-06-19", text=SUMMIT),
          event("reuters", 1, "CHN", "RUS", "2024-05-16")]),
        (Article("kcna", "text of kcna", "2024-06-20", "KCNA"), [event("kcna", 0, "PRK", "RUS", "2024-06-19")]),
        (Article("empty", "text of empty", "2024-06-21", "TASS"), []),
    ]
    old, new = tmp_path / "v2.db", tmp_path / "v3.db"
    v2_store(old, content)
    before = sqlite3.connect(old)
    old_mentions = sorted(set(before.execute(OLD_VOLUME, ("PRK", "RUS")).fetchall()))
    before.close()
    with SQLiteStore(str(new)) as reference:
        for article, events in content:
            reference.save(article, events)
        expected = {e["event_id"]: {k: v for k, v in e.items() if k != "stamp"} for e in reference.events()}

    with SQLiteStore(str(old)) as s:
        assert s.schema_version == len(MIGRATIONS) == 3
        assert (s.count("articles"), s.count("events"), s.count("event_actors")) == (3, 3, 6)
        records = list(s.events())
        assert {e["event_id"]: {k: v for k, v in e.items() if k != "stamp"} for e in records} == expected
        stamps = [e["stamp"] for e in records]
        assert all(stamp > 0 for stamp in stamps) and len(set(stamps)) == 3
        assert s.write_state() == max(stamps)
        numbers = {r["id"]: r["rowid"] for r in s.db.execute("SELECT rowid, id FROM articles")}
        rows = s.db.execute("SELECT event_id, article, date FROM event_actors").fetchall()
        assert all(r["article"] == numbers[r["event_id"].split("-")[0]] and r["date"] == expected[r["event_id"]]
                   ["date"] for r in rows)
        assert sorted(s.party_mentions("PRK", "RUS")) == old_mentions
        assert s.dyads() == [("CHN", "RUS"), ("PRK", "RUS")]
        assert analysis_set(s, RUS_PRK, kb).clusters == fresh(s, RUS_PRK, kb)
        save(s, "tass", "2024-06-19", "TASS", event("tass", 0, "RUS", "PRK", "2024-06-19", text=SUMMIT))
        assert s.write_state() > max(stamps)
        assert next(e["stamp"] for e in s.events() if e["event_id"] == "tass-0") == s.write_state()
        assert len(analysis_set(s, RUS_PRK, kb).reports) == 3  # the set was rewritten: computed again


# -- the command line, on the example corpus -------------------------------------------------------------------


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The example corpus ingested once (the real pipeline); tests that write copy the file."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    result = run("ingest", str(CORPUS), "--db", str(path), "--quiet")
    assert result.exit_code == 0, result.output
    return path, result.output


def test_ingest_clusters_every_dyad_and_then_nothing_new(corpus_db, tmp_path):
    path, output = corpus_db
    (line,) = [line for line in output.splitlines() if line.startswith("clustered")]
    with SQLiteStore(str(path)) as s:
        dyads, rows = s.dyads(), sets(s)
        total = sum(len(json.loads(r["clusters"])["clusters"]) for r in rows)
        assert sorted(tuple(r["parties"].split("-")) for r in rows) == dyads
        assert all(r["state"] == s.write_state() for r in rows)
    assert line == f"clustered {len(dyads)} dyad(s) into {total:,} event clusters, kept in the store"
    copy = tmp_path / "again.db"
    shutil.copy(path, copy)
    again = run("ingest", str(CORPUS), "--db", str(copy), "--quiet")
    assert "16 already in the store" in again.output and "clustered" not in again.output


def test_stored_corpus_sets_are_the_clusters_and_survive_json(corpus_db, kb, monkeypatch):
    path, _ = corpus_db
    with SQLiteStore(str(path)) as s:
        forbid_computing(monkeypatch)
        for dyad in s.dyads():
            where = EventFilter(dyad=dyad)
            stored = clusters_for(s, where, kb)
            assert stored == cluster_events(list(s.events(where)), knowledge=kb), dyad
            assert all(Cluster.from_dict(json.loads(json.dumps(c.to_dict()))) == c for c in stored)


def test_ingest_without_clustering_leaves_it_to_the_next_run(tmp_path):
    db = str(tmp_path / "nc.db")
    text = tmp_path / "summit.txt"
    text.write_text("Pyongyang summit\n\nRussian President Vladimir Putin met North Korean leader Kim Jong Un in "
                    "Pyongyang on June 19, 2024.\n", encoding="utf-8")
    first = run("ingest", str(text), "--db", db, "--quiet", "--no-cluster")
    assert first.exit_code == 0 and "clustered" not in first.output
    with SQLiteStore(db) as s:
        assert s.count("events") and sets(s) == []
    second = run("ingest", str(text), "--db", db, "--quiet")
    assert "1 already in the store" in second.output
    assert "clustered 1 dyad(s) into 1 event clusters, kept in the store" in second.output


def test_news_volume_from_the_actor_index_matches_the_events(corpus_db):
    """What `party_mentions` reads from the actor index is what the events table said before schema 3."""
    path, _ = corpus_db
    with SQLiteStore(str(path)) as s:
        for a, b in s.dyads():
            assert set(s.party_mentions(a, b)) == {tuple(r) for r in s.db.execute(OLD_VOLUME, (a, b))}, (a, b)


def test_events_by_id_on_the_command_line(corpus_db):
    path, _ = corpus_db
    lines = run("events", "--db", str(path), "--dyad", "RUS-PRK", "--format", "jsonl").output.splitlines()
    first, last = lines[0], lines[-1]
    one = run("events", "--db", str(path), "--id", json.loads(first)["event_id"], "--format", "jsonl")
    assert one.exit_code == 0 and one.output.splitlines() == [first]
    two = run("events", "--db", str(path), "--id", json.loads(last)["event_id"], "--id",
              f" {json.loads(first)['event_id']} ", "--format", "jsonl")
    assert sorted(two.output.splitlines()) == sorted([first, last])
    assert run("events", "--db", str(path), "--id", "0000000000000000", "--format", "jsonl").output == ""


def test_stored_clusters_are_keyed_by_the_word_classes_too():
    """A changed `predicates.yaml` changes what is one act: clusters stored under the old classes must not serve."""
    from dyadwatch.clusterstore import _rules_files
    from dyadwatch.resources import data_path

    assert data_path("predicates.yaml") in _rules_files()


def test_stored_clusters_are_keyed_by_every_module_the_clustering_reads():
    """A changed stem ("agreed"), type family or date span changes the clusters: each module clusters.py and
    clustersimilarity.py import (besides the knowledge base, keyed by its outlets) is in the key."""
    import ast

    import dyadwatch
    from dyadwatch.clusterstore import _rules_files

    package = Path(dyadwatch.__file__).parent
    keyed = {path.name for path in _rules_files()}
    for name in ("clusters.py", "clustersimilarity.py"):
        tree = ast.parse((package / name).read_text(encoding="utf-8"))
        imported = {f"{node.module}.py" for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}
        assert imported - {"knowledge.py"} <= keyed, imported - keyed


def test_summary_lists_each_event_cluster_once_the_most_widely_reported_first(store, kb, monkeypatch):
    """Three outlets' reports of the summit (one text: one independent outlet) are one line of the summary's top
    events, ranked above the single report of a meeting of the same significance; `summary` reads the clusters the
    store keeps."""
    text = summarise(store, 10, clusterstore.clusters_of_every_dyad(store, kb))
    top = text.split("most significant events", 1)[1]
    assert top.count(SUMMIT) == 1 and "one of 3 reports of this event, from 1 independent outlet(s)" in top
    assert top.index(SUMMIT) < top.index("CHN met RUS")
    forbid_computing(monkeypatch)  # the command reads what the call above kept
    output = CliRunner().invoke(cli, ["summary", "--db", str(store.path)]).output
    assert output.split("most significant events", 1)[1].count(SUMMIT) == 1
