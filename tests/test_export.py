"""Exports of events and clusters: Parquet round trips, CSV that keeps codes as text, JSONL in the contract."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from dyadwatch import api
from dyadwatch.cli_analysis import export as export_command
from dyadwatch.clusters import cluster_events
from dyadwatch.errors import InputError
from dyadwatch.export import EVENT_COLUMNS, cluster_table, event_frame, export_clusters, export_events, read_csv
from dyadwatch.records import Actor, Article, Attribution, Event, Evidence, Place, Quantity
from dyadwatch.store import SQLiteStore


def _events() -> list[Event]:
    # A party whose code reads as a missing value ("NAN"), a mode with a leading zero, two source actors.
    nan, prk = Actor("NAN", "GOV", None, "Nan", 0, 3), Actor("PRK", "MIL", "Kim Jong Un", "Kim", 20, 23)
    rus = Actor("RUS", "GOV", "Vladimir Putin", "Putin", 5, 10)
    first = Event("e1", "doc1", "CONSULT", "012", ("diplomatic", "economic"), (rus, nan), (prk,), "2024-06-19",
                  "day", "June 19", "explicit", Place("Pyongyang", "PRK", 39.03, 125.75),
                  Attribution("KCNA", "PRK", "JRN", True), "asserted", Quantity(15000, "troops", "over"), 4.0, 0.8,
                  Evidence("Putin met Kim in Pyongyang on June 19, with 15,000 troops.", 0, 60))
    second = Event("e2", "doc1", "ASSAULT", None, (), (prk,), (nan,), None, None, None, None, None, None,
                   "reported", None, -9.0, 0.6, Evidence("Kim's forces shelled Nan.", 61, 86))
    return [first, second]


@pytest.fixture()
def store(tmp_path: Path):
    with SQLiteStore(str(tmp_path / "dw.db")) as s:
        s.save(Article("doc1", "text", "2024-06-20", "Yonhap", title="Summit"), _events())
        yield s


def test_event_frame_is_flat_and_typed(store):
    frame = event_frame(store.events())
    assert tuple(frame.columns) == EVENT_COLUMNS
    first = frame.iloc[0]
    assert first["source_code"] == "RUSGOV;NANGOV" and first["source_country"] == "RUS;NAN"
    assert first["source_name"] == "Vladimir Putin;" and first["target_name"] == "Kim Jong Un"
    assert first["contexts"] == "diplomatic;economic" and first["mode"] == "012"
    assert (first["place_lat"], first["quantity_value"], first["attribution_state_media"]) == (39.03, 15000.0, True)
    assert (first["outlet"], first["title"], first["published"]) == ("Yonhap", "Summit", "2024-06-20")
    second = frame.iloc[1]
    assert second["date"] is None and second["mode"] is None and pd.isna(second["attribution_state_media"])


def test_csv_keeps_codes_as_text(store, tmp_path: Path):
    path = tmp_path / "events.csv"
    assert export_events(store.events(), path, "csv") == 2
    raw = path.read_text(encoding="utf-8")
    assert '"012"' in raw and ',"NAN",' in raw  # quoted: text, not a number or a missing value
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert rows[0]["mode"] == "012" and rows[1]["target_country"] == "NAN"
    back = read_csv(path)
    assert back.loc[0, "mode"] == "012" and back.loc[1, "target_country"] == "NAN"
    assert back.loc[1, "target_code"] == "NANGOV" and back.loc[0, "date"] == "2024-06-19"
    assert back.loc[0, "score"] == 4.0 and back.loc[1, "evidence_start"] == 61
    assert back.loc[0, "attribution_state_media"] == True  # noqa: E712 (a pandas boolean)
    assert back.loc[1, "mode"] is None


def test_parquet_round_trip(store, tmp_path: Path):
    path = tmp_path / "events.parquet"
    export_events(store.events(), path, "parquet")
    back = pd.read_parquet(path)
    expected = event_frame(store.events())
    assert back.loc[0, "mode"] == "012" and back.loc[1, "target_country"] == "NAN"
    assert list(back.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(back.astype(object).where(back.notna(), None),
                                  expected.astype(object).where(expected.notna(), None))


def test_jsonl_is_the_event_contract(store, tmp_path: Path):
    path = tmp_path / "events.jsonl"
    export_events(store.events(), path, "jsonl")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert lines == [e.to_dict() for e in _events()]


def test_clusters_export(store, tmp_path: Path):
    clusters = cluster_events(store.events())
    assert export_clusters(clusters, tmp_path / "c.jsonl", "jsonl") == len(clusters) == 2
    records = [json.loads(line) for line in (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records == [c.to_dict() for c in clusters]
    table = cluster_table(clusters)
    consult = table[table["type"] == "CONSULT"].iloc[0]
    assert consult["parties"] == "NAN;PRK" and consult["source"] == "RUSGOV;NANGOV"
    assert consult["quantities_value"] == "15000.0" and consult["quantities_unit"] == "troops"
    assert consult["n_events"] == 1 and consult["independent_outlets"] == 1
    export_clusters(clusters, tmp_path / "c.csv", "csv")
    back = read_csv(tmp_path / "c.csv")
    assert back.loc[back["type"] == "CONSULT", "parties"].tolist() == ["NAN;PRK"]
    export_clusters(clusters, tmp_path / "c.parquet", "parquet")
    assert pd.read_parquet(tmp_path / "c.parquet")["cluster_id"].tolist() == table["cluster_id"].tolist()


def test_bad_export_requests(store):
    with pytest.raises(InputError, match="--out"):
        export_events(store.events(), None, "parquet")
    with pytest.raises(InputError, match="parquet, csv, jsonl"):
        export_events(store.events(), "x.xlsx", "xlsx")
    with pytest.raises(InputError, match="events or clusters"):
        api.export("articles", "x.csv", "csv", db=store)


def test_export_command(store, tmp_path: Path):
    runner = CliRunner()
    out = tmp_path / "e.parquet"
    result = runner.invoke(export_command, ["events", "--format", "parquet", "--out", str(out), "--db", store.path])
    assert result.exit_code == 0, result.output
    assert len(pd.read_parquet(out)) == 2
    jsonl = runner.invoke(export_command, ["clusters", "--db", store.path, "--dyad", "PRK-NAN"])
    assert jsonl.exit_code == 0 and len(jsonl.stdout.splitlines()) == 2
    refused = runner.invoke(export_command, ["events", "--format", "parquet", "--db", store.path])
    assert refused.exit_code == 2 and "--out" in refused.output
    assert "Example:" in runner.invoke(export_command, ["--help"]).output


def test_whole_store_export_holds_each_dyad_s_own_clusters(store, tmp_path: Path):
    """The joint RUS+NAN visit to PRK belongs to two dyads: exported with no dyad, each dyad's clusters are its
    briefing's, ids and all, not those of one clustering of the whole store."""
    per_dyad = [cid for a, b in store.dyads() for cid in api.clusters(a, b, db=store)["cluster_id"]]
    assert api.export("clusters", tmp_path / "all.csv", "csv", db=store) == len(per_dyad)
    assert read_csv(tmp_path / "all.csv")["cluster_id"].tolist() == per_dyad
    assert api.clusters(db=store)["cluster_id"].tolist() == per_dyad
