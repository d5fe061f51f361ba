"""The command line, run in-process with click's runner against real files and a real SQLite store."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli

STORY = ("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on June 19, 2024. "
         "The two leaders signed a comprehensive strategic partnership treaty.")
OTHER = ("Chinese President Xi Jinping hosted Putin in Beijing on May 16, 2024. "
         "China and Russia signed a joint statement on deepening their partnership.")


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "news.jsonl").write_text(
        json.dumps({"id": "rp-1", "text": STORY, "published": "2024-06-20", "outlet": "Yonhap"}) + "\n"
        + "{broken\n"
        + json.dumps({"id": "cr-1", "text": OTHER, "published": "2024-05-17", "outlet": "Xinhua"}) + "\n",
        encoding="utf-8")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02" * 100)
    return folder


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_ingest_reports_skips_and_is_idempotent(tmp_path, corpus):
    db = str(tmp_path / "t.db")
    first = run("ingest", str(corpus), "--db", db, "--quiet")
    assert first.exit_code == 1, first.output
    assert "read 2 article(s): 2 coded and stored" in first.output
    assert "skipped 2 item(s)" in first.output
    assert "news.jsonl:2" in first.output and "blob.txt" in first.output
    events_before = run("events", "--db", db, "--format", "jsonl").output.splitlines()
    second = run("ingest", str(corpus), "--db", db, "--quiet")
    assert "0 coded and stored, 2 already in the store" in second.output
    assert run("events", "--db", db, "--format", "jsonl").output.splitlines() == events_before


def test_events_filters_and_formats(tmp_path, corpus):
    db = str(tmp_path / "t.db")
    run("ingest", str(corpus), "--db", db, "--quiet")
    lines = run("events", "--db", db, "--dyad", "PRK-RUS", "--format", "jsonl").output.splitlines()
    records = [json.loads(line) for line in lines]
    assert records and {r["doc_id"] for r in records} == {"rp-1"}
    csv_out = run("events", "--db", db, "--type", "AGREE", "--format", "csv").output
    assert csv_out.startswith('"event_id"') and '"AGREE"' in csv_out
    table = run("events", "--db", db, "--outlet", "Xinhua").output
    assert "Beijing" in table and "Pyongyang" not in table
    summary = run("summary", "--db", db)
    assert summary.exit_code == 0 and "PRK-RUS" in summary.output and "CHN-RUS" in summary.output


def test_extract_prints_contract_jsonl_with_input_ids(corpus):
    result = run("extract", str(corpus / "news.jsonl"))
    assert result.exit_code == 1  # the broken line was skipped
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {r["doc_id"] for r in records} == {"rp-1", "cr-1"}
    assert all(r["evidence"]["text"] for r in records)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--dyad", "RUSSIA"], "RUS-PRK"),
        (["events", "--since", "last week"], "YYYY"),
        (["ingest", "x.txt", "--published", "soon"], "YYYY-MM-DD"),
        (["events", "--db", "missing.db"], "dyadwatch ingest"),
    ],
)
def test_wrong_options_give_clear_messages(tmp_path, args, message):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize("command", [[], ["ingest"], ["extract"], ["events"], ["summary"]])
def test_help_everywhere_with_an_example(command):
    result = run(*command, "--help")
    assert result.exit_code == 0 and "Example" in result.output


def test_console_entry_point_runs():
    result = subprocess.run([sys.executable, "-m", "dyadwatch", "--help"], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0 and "ingest" in result.stdout


def test_events_filter_by_claimant_state_media_and_place(tmp_path):
    news = tmp_path / "claims.jsonl"
    lines = [
        {"id": "c1", "published": "2024-06-20",
         "text": "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday, "
                 "KCNA reported."},
        {"id": "c2", "published": "2024-05-17",
         "text": "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on "
                 "Thursday, Yonhap reported."},
    ]
    news.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "f.db")
    assert run("ingest", str(news), "--db", db, "--quiet").exit_code == 0

    def docs(*options: str) -> set[str]:
        out = run("events", "--db", db, "--format", "jsonl", *options).output
        return {json.loads(line)["doc_id"] for line in out.splitlines() if line}

    assert docs("--claimed-by", "kcna") == {"c1"}
    assert docs("--claimed-by", "KOR") == {"c2"}  # Yonhap is South Korean
    assert docs("--state-media") == {"c1"} and docs("--no-state-media") == {"c2"}
    assert docs("--place", "Beijing") == {"c2"} and docs("--place", "PRK") == {"c1"}
