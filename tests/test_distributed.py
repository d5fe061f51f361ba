"""Ingest on a real Dask cluster (two worker processes on this machine) into a real PostgreSQL store: the store
must end up as a one-machine ingest leaves it, whatever order the partitions finish in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dyadwatch.distributed import DaskIngest, connect, require_shared_store
from dyadwatch.errors import InputError
from dyadwatch.ingest import IngestOptions, read_paths
from dyadwatch.pipeline import RunReport
from dyadwatch.store import open_store

pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


@pytest.fixture(scope="module")
def client():
    with connect("local:2") as dask_client:
        yield dask_client


def articles():
    return list(read_paths([EXAMPLES], IngestOptions()))


def exported(location: str, tmp_path: Path, name: str) -> bytes:
    out = tmp_path / name
    done = subprocess.run([sys.executable, "-m", "dyadwatch", "export", "--db", location, "--format", "jsonl",
                           "--out", str(out), "events"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


def test_partitions_on_two_workers_store_what_one_machine_stores(client, postgres_url, pipeline, tmp_path):
    report = DaskIngest(client, postgres_url, partition_size=3).run(articles(), RunReport())
    assert (report.read, report.stored, report.skipped) == (19, 19, [])
    with open_store(str(tmp_path / "one.db")) as store:
        alone = pipeline.ingest_into(store, articles(), RunReport())
    assert report.events == alone.events > 100
    assert exported(postgres_url, tmp_path, "dask.jsonl") == exported(str(tmp_path / "one.db"), tmp_path, "one.jsonl")


def test_an_interrupted_run_is_run_again_without_duplicates(client, postgres_url):
    first = DaskIngest(client, postgres_url, partition_size=4).run(articles()[:7], RunReport())
    assert first.stored == 7
    again = DaskIngest(client, postgres_url, partition_size=4).run(articles(), RunReport())
    assert (again.stored, again.unchanged) == (12, 7)
    with open_store(postgres_url) as store:
        assert store.count("articles") == 19
        assert store.count("events") == first.events + again.events


def test_failed_tasks_are_reported_article_by_article_and_the_run_ends(client, postgres_url, tmp_path):
    missing = str(tmp_path / "no-such-lexicon.yaml")  # the workers cannot load it: every task fails
    report = DaskIngest(client, postgres_url, lexicon_files=[missing], partition_size=5).run(articles(), RunReport())
    assert report.stored == 0 and len(report.skipped) == 19
    assert all("task failed" in s.reason and "run the ingest again" in s.reason for s in report.skipped)
    with open_store(postgres_url) as store:
        assert store.count("articles") == 0


def test_a_file_store_and_a_bad_address_are_refused_with_the_fix():
    with pytest.raises(InputError, match="postgresql://"):
        require_shared_store("dyadwatch.db")
    with pytest.raises(InputError, match="local:N"):
        connect("local:zero")


def test_the_command_line_ingests_on_dask(postgres_url):
    done = subprocess.run([sys.executable, "-m", "dyadwatch", "ingest", str(EXAMPLES), "--db", postgres_url,
                           "--dask", "local:1", "--quiet", "--no-cluster"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "19 coded and stored" in done.stdout + done.stderr
    refused = subprocess.run([sys.executable, "-m", "dyadwatch", "ingest", str(EXAMPLES), "--dask", "local:1"],
                             capture_output=True, text=True, check=False)
    assert refused.returncode == 2 and "postgresql://" in refused.stderr
    unreachable = subprocess.run([sys.executable, "-m", "dyadwatch", "ingest", str(EXAMPLES), "--dask", "local:1",
                                  "--db", "postgresql://me@127.0.0.1:1/nowhere"], capture_output=True, text=True,
                                 check=False)  # said before a cluster is started
    assert unreachable.returncode == 2 and "server runs" in unreachable.stderr


def test_extraction_on_dask_writes_parts_that_read_back_as_one_machines_events(client, pipeline, tmp_path):
    import pandas as pd

    from dyadwatch.distributed import DaskExtract
    from dyadwatch.export import event_frame

    corpus = EXAMPLES / "corpus.jsonl"
    out = tmp_path / "parts"
    out.mkdir()
    (out / "part-99999.parquet").write_text("left by an earlier run")  # would be read as part of this one
    report = DaskExtract(client, out, partition_size=3).run(read_paths([corpus], IngestOptions()), RunReport())
    assert report.skipped == [] and report.read == 16
    parts = sorted(p.name for p in out.glob("part-*.parquet"))
    assert len(parts) >= 5 and "part-99999.parquet" not in parts
    found = pd.read_parquet(out).sort_values("event_id").reset_index(drop=True)
    records = [{**e.to_dict(), "article": {"outlet": a.outlet, "title": a.title, "published": a.published}}
               for a, events in pipeline.extract(read_paths([corpus], IngestOptions())) for e in events]
    alone = event_frame(records).sort_values("event_id").reset_index(drop=True)
    assert len(found) == len(alone) == report.events > 100
    assert found[["event_id", "type", "source_code", "target_code", "date"]].astype(str).equals(
        alone[["event_id", "type", "source_code", "target_code", "date"]].astype(str))


def test_the_command_line_extracts_on_dask_into_parquet_parts(tmp_path):
    out = tmp_path / "events"
    done = subprocess.run([sys.executable, "-m", "dyadwatch", "extract", str(EXAMPLES / "corpus.jsonl"), "--dask",
                           "local:1", "--out", str(out), "--quiet"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "16 article(s)" in done.stderr and list(out.glob("part-*.parquet"))
    alone = subprocess.run([sys.executable, "-m", "dyadwatch", "extract", str(EXAMPLES / "corpus.jsonl"), "--out",
                            str(out)], capture_output=True, text=True, check=False)
    assert alone.returncode == 2 and "--dask and --out go together" in alone.stderr
