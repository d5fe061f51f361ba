"""`dyadwatch actors`: lookup in the shipped knowledge base, and importing a PETRARCH-style dictionary."""

from __future__ import annotations

import yaml
from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.pipeline import Pipeline

from conftest import REPO, find, make_article

SAMPLE = REPO / "tests" / "data" / "sample.actors.txt"


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_lookup_gives_the_role_held_on_the_date():
    result = run("actors", "lookup", "Choe Son Hui", "--date", "2023-01-10")
    assert result.exit_code == 0, result.output
    assert "PRKGOV Minister of Foreign Affairs" in result.output.splitlines()[0]
    assert "Vice Minister" in result.output  # the earlier roles are listed too


def test_lookup_finds_seats_and_outlets_and_says_when_nothing_matches():
    assert "RUSGOV" in run("actors", "lookup", "the Kremlin").output
    assert "state media" in run("actors", "lookup", "KCNA").output
    missing = run("actors", "lookup", "Zzyzx Quorble")
    assert missing.exit_code == 1 and "--actors" in missing.output


def test_import_converts_records_and_reports_every_skip_with_its_line(tmp_path):
    out = tmp_path / "mine.yaml"
    result = run("actors", "import", str(SAMPLE), "--out", str(out))
    assert result.exit_code == 1
    assert "sample.actors.txt:16: unreadable restriction '[GOV 2010]'" in result.output
    assert "sample.actors.txt:18: Unknown Land Person: code 'XYZGOV'" in result.output
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    kelland = next(p for p in data["people"] if p["name"] == "Arvid Kelland")
    assert kelland["names"] == ["Arvid Kelland", "Minister Kelland"]
    assert [(r["country"], r["sector"], r["start"], r["end"]) for r in kelland["roles"]] == [
        ("NOR", "GOV", "2010-03-01", "2015-06-30"), ("NOR", "MIL", "2015-06-30", None)]
    assert data["countries"][0]["code"] == "PRK" and "Hermit Kingdom" in data["countries"][0]["names"]
    assert data["organisations"][0]["code"] == "NGOMRN"


def test_imported_people_resolve_by_date_in_the_pipeline(tmp_path):
    out = tmp_path / "mine.yaml"
    run("actors", "import", str(SAMPLE), "--out", str(out))
    pipeline = Pipeline(actor_files=[str(out)])
    text = "Arvid Kelland met Russian President Vladimir Putin in Moscow on Tuesday."
    for published, sector in (("2012-05-10", "GOV"), ("2019-05-10", "MIL")):
        (_, events), = pipeline.extract([make_article(text, published=published)])
        meeting = find([e.to_dict() for e in events], "CONSULT", "NOR", "RUS")
        assert meeting, events
        kelland = [a for a in meeting[0]["source"] + meeting[0]["target"] if a["country"] == "NOR"]
        assert kelland[0]["sector"] == sector
