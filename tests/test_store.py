"""The SQLite store, on real files: migrations, atomic replacement of events, filters."""

from __future__ import annotations

import sqlite3

import pytest

from dyadwatch.errors import InputError, StoreError
from dyadwatch.store import MIGRATIONS, EventFilter, open_store

from conftest import make_article

TEXT = ("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on June 19, 2024. "
        "The United States imposed sanctions on Russia on June 21, 2024.")


@pytest.fixture()
def coded(pipeline):
    article = make_article(TEXT, id="doc-1", published="2024-06-22", outlet="Yonhap")
    (_, events), = pipeline.extract([article])
    assert len(events) >= 2
    return article, events


def test_new_store_is_migrated_to_the_latest_schema(tmp_path):
    with open_store(str(tmp_path / "a.db")) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.count("articles") == 0


def test_saving_twice_replaces_events_instead_of_duplicating(tmp_path, coded):
    article, events = coded
    path = str(tmp_path / "events.db")
    with open_store(path) as store:
        store.save(article, events)
        store.save(article, events)
    with open_store(path) as store:  # reopened from disk
        assert store.count("articles") == 1
        assert store.count("events") == len(events)
        assert store.processed_ids() == {"doc-1"}
        assert store.article("doc-1").outlet == "Yonhap"


def test_a_failed_save_leaves_earlier_data_intact(tmp_path, coded):
    article, events = coded
    with open_store(str(tmp_path / "events.db")) as store:
        store.save(article, events)
        with pytest.raises(StoreError):
            store.save(article, [events[0], events[0]])  # duplicate event id: the transaction must roll back
        assert store.count("events") == len(events)


def test_filters(tmp_path, coded):
    article, events = coded
    with open_store(str(tmp_path / "events.db")) as store:
        store.save(article, events)
        consult = list(store.events(EventFilter(dyad=("PRK", "RUS"))))
        assert consult and all(e["type"] != "SANCTION" for e in consult)
        assert [e["type"] for e in store.events(EventFilter(types=("SANCTION",)))] == ["SANCTION"]
        assert all(e["date"] >= "2024-06-20" for e in store.events(EventFilter(since="2024-06-20")))
        assert list(store.events(EventFilter(until="2024-06-19")))
        assert not list(store.events(EventFilter(outlet="TASS")))
        assert list(store.events(EventFilter(outlet="yonhap")))


def test_a_week_dated_event_is_within_the_bounds_its_days_are(tmp_path, coded):
    """As text "2025-W06" sorts after "2025-08": the bounds compare a week with the bound's own week."""
    from dataclasses import replace

    article, events = coded
    dated = [replace(events[0], event_id="w06", date="2025-W06"), replace(events[0], event_id="w40", date="2025-W40"),
             replace(events[0], event_id="aug", date="2025-08-15")]
    with open_store(str(tmp_path / "events.db")) as store:
        store.save(article, dated)
        assert {e["event_id"] for e in store.events(EventFilter(since="2025-08"))} == {"w40", "aug"}
        assert {e["event_id"] for e in store.events(EventFilter(until="2025-08"))} == {"w06", "aug"}
        assert {e["event_id"] for e in store.events(EventFilter(since="2025-02-03", until="2025-02-03"))} == {"w06"}


def test_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a dyadwatch store"):
        open_store(str(path))


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.close()
    with pytest.raises(StoreError, match="upgrade dyadwatch"):
        open_store(str(path))


def test_unknown_scheme_and_directory(tmp_path):
    with pytest.raises(InputError, match="available"):
        open_store("mysql://localhost/db")
    with pytest.raises(InputError, match="directory"):
        open_store(str(tmp_path))
