"""The PostgreSQL store, on a real server (the `postgres_url` fixture: a new database per test). The store must
give what the SQLite store gives."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from dyadwatch.errors import StoreError
from dyadwatch.store import EventFilter, EventStore, open_store
from dyadwatch.store_postgres import PG_MIGRATIONS, PostgresStore

from conftest import make_article

pytest.importorskip("psycopg")
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
DYADWATCH = [sys.executable, "-m", "dyadwatch"]


@pytest.fixture()
def coded(pipeline):
    text = ("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on June 19, 2024, "
            "state news agency KCNA said. The United States imposed sanctions on Russia on June 21, 2024.")
    article = make_article(text, id="doc-1", published="2024-06-22", outlet="Yonhap")
    (_, events), = pipeline.extract([article])
    assert len(events) >= 2
    return article, events


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*DYADWATCH, *args], capture_output=True, text=True, check=False)


def test_a_new_database_gets_the_tables_once_even_when_opened_at_once(postgres_url):
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            with open_store(postgres_url) as store:
                assert store.count("events") == 0
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with open_store(postgres_url) as store:
        assert isinstance(store, PostgresStore)
        assert store.schema_version == len(PG_MIGRATIONS)
        versions = store.db.execute("SELECT count(*) FROM dyadwatch_schema").fetchone()[0]
        assert versions == len(PG_MIGRATIONS)


def test_saving_twice_replaces_and_a_failed_save_keeps_what_was_there(postgres_url, coded):
    article, events = coded
    with open_store(postgres_url) as store:
        store.save(article, events)
        store.save(article, events)
    with open_store(postgres_url) as store:  # a new connection sees it
        assert (store.count("articles"), store.count("events")) == (1, len(events))
        assert store.processed_ids() == {"doc-1"}
        assert store.article("doc-1").outlet == "Yonhap"
        with pytest.raises(StoreError, match="doc-1"):
            store.save(article, [events[0], events[0]])  # a duplicate event id: the transaction rolls back
        assert store.count("events") == len(events)
        assert store.write_state() == 2


def test_every_filter_selects_what_it_selects_in_sqlite(postgres_url, coded, tmp_path):
    article, events = coded
    filters = [EventFilter(), EventFilter(dyad=("PRK", "RUS")), EventFilter(types=("SANCTION",)),
               EventFilter(since="2024-06-20"), EventFilter(until="2024-06-19"), EventFilter(outlet="yonhap"),
               EventFilter(outlet="TASS"), EventFilter(modality=("asserted",)), EventFilter(claimed_by="kcna"),
               EventFilter(claimed_by="PRK"), EventFilter(state_media=True), EventFilter(state_media=False),
               EventFilter(place="pyong"), EventFilter(ids=(events[0].event_id,)), EventFilter(ids=())]
    picked = {}
    for location in (str(tmp_path / "s.db"), postgres_url):
        with open_store(location) as store:
            store.save(article, events)
            picked[location] = [[e["event_id"] for e in store.events(f)] for f in filters]
            picked[location].append([store.event_summary(f)[0] for f in filters])
            picked[location].append([list(map(str, store.dyads()))])
            picked[location].append(sorted(map(str, store.party_mentions("RUS", "PRK"))))
    sqlite, postgres = picked.values()
    assert sqlite == postgres
    assert all(sqlite[i] for i in (0, 1, 2, 3, 5, 8, 12, 13)) and not sqlite[6] and not sqlite[14]


def test_the_example_corpus_gives_the_same_exports_and_briefing(postgres_url, tmp_path):
    sqlite = str(tmp_path / "corpus.db")
    for location in (sqlite, postgres_url):
        done = run("ingest", str(EXAMPLES), "--db", location)
        assert done.returncode == 0, done.stderr
        again = run("ingest", str(EXAMPLES), "--db", location)  # a re-run adds nothing
        assert "0 coded" in again.stderr + again.stdout, again.stderr + again.stdout
    outputs = {}
    for location in (sqlite, postgres_url):
        tag = "pg" if location == postgres_url else "lite"
        for what, fmt in (("events", "jsonl"), ("clusters", "csv")):
            out = tmp_path / f"{tag}-{what}.{fmt}"
            assert run("export", "--db", location, "--format", fmt, "--out", str(out), what).returncode == 0
            outputs[(tag, what)] = out.read_bytes()
        brief = tmp_path / f"{tag}.md"
        assert run("brief", "RUS", "PRK", "--db", location, "--out", str(brief)).returncode == 0
        outputs[(tag, "brief")] = brief.read_bytes()
    for what in ("events", "clusters", "brief"):
        assert outputs[("pg", what)] == outputs[("lite", what)], what
    assert outputs[("pg", "events")].count(b"\n") > 100


def test_a_store_that_cannot_be_reached_is_named_without_its_password():
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://analyst:secret@127.0.0.1:1/nowhere")
    assert "analyst:***@127.0.0.1:1/nowhere" in str(caught.value) and "secret" not in str(caught.value)
    assert "server runs" in str(caught.value)


def test_a_newer_schema_is_refused(postgres_url):
    with open_store(postgres_url) as store:
        store.db.execute("INSERT INTO dyadwatch_schema VALUES (?)", (len(PG_MIGRATIONS) + 3,))
    with pytest.raises(StoreError, match="upgrade dyadwatch"):
        open_store(postgres_url)


def test_postgres_is_one_of_the_registered_stores():
    from dyadwatch.store import STORE_SCHEMES

    assert {"sqlite", "memory", "postgresql", "postgres"} <= set(STORE_SCHEMES)
    assert issubclass(PostgresStore, EventStore)
