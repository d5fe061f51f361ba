"""The scorer: matching rules and counts on hand-built events, and `dyadwatch eval` on small real gold files."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dyadwatch.cli import cli
from dyadwatch.errors import DataFileError
from dyadwatch.evaluate import Tally, score_record
from dyadwatch.goldsets import check_floors, raised_floors, read_gold

SENTENCE = "Putin met Kim in Pyongyang on Wednesday."


def event(type_, source, target, sentence=SENTENCE, modality="asserted", **fields):
    return {"type": type_, "source": [{"country": source, "code": source}],
            "target": [{"country": target, "code": target}] if target else [], "modality": modality,
            "evidence": {"text": sentence}, "predicate": fields.pop("predicate", "met"), **fields}


def gold(quote, source, target, *types, **fields):
    return {"quote": quote, "source": source, "target": target, "types": list(types), **fields}


def test_symmetric_gold_matches_either_direction_and_directed_does_not():
    tally = Tally()
    record = {"id": "a", "events": [gold("met Kim", "PRK", "RUS", "CONSULT", symmetric=True),
                                    gold("met Kim", "PRK", "RUS", "CONSULT", symmetric=False, core=False)]}
    score_record(tally, record, [event("CONSULT", "RUS", "PRK")])
    scores = tally.metrics()
    assert scores["recall"] == 0.5 and scores["core_recall"] == 1.0
    assert scores["covered_precision"] == 1.0


def test_uncovered_predictions_lower_only_the_overall_bound():
    tally = Tally()
    record = {"id": "a", "events": [gold("met Kim", "RUS", "PRK", "CONSULT")]}
    elsewhere = event("ACCUSE", "USA", "CHN", sentence="Washington blamed Beijing.")
    score_record(tally, record, [event("CONSULT", "RUS", "PRK"), event("AID", "RUS", "PRK"), elsewhere])
    scores = tally.metrics()
    assert scores["covered_precision"] == 0.5  # the AID in the annotated sentence is wrong
    assert scores["precision_lower_bound"] == round(1 / 3, 4)
    assert scores["per_type"]["AID"]["precision"] == 0.0 and scores["per_type"]["CONSULT"]["f1"] == 1.0
    assert "ACCUSE" not in scores["per_type"]  # outside the annotated sentences: not a per-type false positive


def test_actor_accuracy_and_fields_are_scored_on_matches():
    tally = Tally()
    record = {"id": "a", "events": [
        gold("met Kim", "RUS", "PRK", "CONSULT", date="2024-06-19", modality="asserted", place="Pyongyang",
             attribution=None)]}
    score_record(tally, record, [event("CONSULT", "RUS", "PRK", date="2024-06-19", place={"name": "Pyongyang"},
                                       attribution={"text": "KCNA"})])
    scores = tally.metrics()
    assert scores["date_accuracy"] == 1.0 and scores["place_accuracy"] == 1.0 and scores["modality_accuracy"] == 1.0
    assert scores["attribution_accuracy"] == 0.0
    assert tally.field_errors[0]["field"] == "attribution"

    wrong_actors = Tally()
    score_record(wrong_actors, record, [event("CONSULT", "USA", "PRK")])
    assert wrong_actors.metrics()["actor_accuracy"] == 0.0 and wrong_actors.metrics()["recall"] == 0.0


def test_negatives_and_no_event_sentences_count_violations():
    tally = Tally()
    score_record(tally, {"id": "a", "events": [], "negatives": [{"quote": "met Kim", "why": "opinion"}]},
                 [event("CONSULT", "RUS", "PRK"), event("CONSULT", "RUS", "PRK", modality="hypothetical")])
    score_record(tally, {"id": "b", "text": SENTENCE, "events": []}, [event("CONSULT", "RUS", "PRK")])
    assert tally.metrics()["negative_violations"] == 2


def test_sentence_form_uses_the_trigger_to_tell_events_apart():
    tally = Tally()
    record = {"id": "s", "text": SENTENCE, "events": [{"source": "RUS", "target": "PRK", "plover": "CONSULT",
                                                       "trigger": "visited"}]}
    score_record(tally, record, [event("CONSULT", "RUS", "PRK", predicate="met")])
    assert tally.metrics()["recall"] == 0.0
    score_record(tally, {**record, "events": [{**record["events"][0], "trigger": "met"}]},
                 [event("CONSULT", "RUS", "PRK", predicate="met")])
    assert tally.metrics()["recall"] == 0.5


def test_floors_fail_when_worse_and_only_move_up():
    floors = {"news-dev": {"core_recall": 0.8, "negative_violations": 3}}
    scores = {"news-dev": {"core_recall": 0.7, "negative_violations": 5, "recall": 0.6}}
    failures = check_floors(scores, floors)
    assert len(failures) == 2 and "core_recall" in failures[0]
    raised = raised_floors(scores, floors)["news-dev"]
    assert raised == {"core_recall": 0.8, "negative_violations": 3, "recall": 0.6}
    assert check_floors({}, floors) == ["news-dev: pinned in the floors file but not evaluated"]


def test_a_bad_gold_line_names_file_and_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": "a", "events": []}\n{"id": "b", "events": [{"quote": "x"}]}\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"g.jsonl:2: b: events\[0\] lacks types"):
        read_gold(path)


@pytest.fixture()
def gold_files(tmp_path):
    articles = tmp_path / "tiny-dev.articles.jsonl"
    text = ("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday. "
            "China condemned the United States over new tariffs on Thursday.")
    articles.write_text(json.dumps({"id": "t1", "text": text, "published": "2024-06-21"}) + "\n", encoding="utf-8")
    goldfile = tmp_path / "tiny-dev.gold.jsonl"
    goldfile.write_text(json.dumps({"id": "t1", "events": [
        gold("Putin met North Korean leader", "RUS", "PRK", "CONSULT", symmetric=True, date="2024-06-19",
             core=True),
        gold("China condemned the United States", "CHN", "USA", "ACCUSE", core=False)]}) + "\n", encoding="utf-8")
    actors = tmp_path / "actors-dev.jsonl"
    actors.write_text("\n".join(json.dumps(r) for r in [
        {"id": "m1", "text": text, "published": "2024-06-21", "mention": "Putin", "country": "RUS", "sector": "GOV"},
        {"id": "m2", "text": text, "published": "2024-06-21", "mention": "Kim Jong Un", "country": "PRK",
         "sector": "GOV"},
    ]) + "\n", encoding="utf-8")
    return tmp_path


def test_eval_command_scores_a_split_and_guards_floors(gold_files):
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "--split", "dev", "--dir", str(gold_files), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["tiny-dev"]["core_recall"] == 1.0 and scores["tiny-dev"]["date_accuracy"] == 1.0
    assert scores["actors-dev"]["country_sector_accuracy"] == 1.0

    floors = gold_files / "floors.json"
    floors.write_text(json.dumps({"tiny-dev": {"core_recall": 1.0, "recall": 1.01}}), encoding="utf-8")
    failing = runner.invoke(cli, ["eval", "--split", "dev", "--dir", str(gold_files), "--floors", str(floors)])
    assert failing.exit_code == 1 and "recall 1.0 is worse than its floor 1.01" in failing.output

    floors.write_text(json.dumps({"tiny-dev": {"recall": 0.5}}), encoding="utf-8")
    raised = runner.invoke(cli, ["eval", "--split", "dev", "--dir", str(gold_files), "--floors", str(floors),
                                 "--raise-floors"])
    assert raised.exit_code == 0, raised.output
    assert json.loads(floors.read_text(encoding="utf-8"))["tiny-dev"]["recall"] == 1.0


def test_eval_command_lists_misses_for_people(gold_files):
    result = CliRunner().invoke(cli, ["eval", str(gold_files / "tiny-dev.gold.jsonl"), "--articles",
                                      str(gold_files / "tiny-dev.articles.jsonl"), "--details", "5"])
    assert result.exit_code == 0, result.output
    assert "core recall" in result.output and "type macro-F1" in result.output
    assert "-- missed" in result.output


def test_eval_command_refuses_unclear_requests(gold_files):
    runner = CliRunner()
    assert runner.invoke(cli, ["eval"]).exit_code == 2
    no_articles = runner.invoke(cli, ["eval", str(gold_files / "tiny-dev.gold.jsonl")])
    assert no_articles.exit_code == 2 and "needs --articles" in no_articles.output
    assert runner.invoke(cli, ["eval", "--split", "test", "--dir", str(gold_files)]).exit_code == 2


def test_an_unmatched_hypothetical_event_is_not_a_false_claim():
    tally = Tally()
    record = {"id": "a", "events": [gold("met Kim", "RUS", "PRK", "CONSULT")]}
    score_record(tally, record, [event("CONSULT", "RUS", "PRK"), event("AID", "RUS", "PRK", modality="hypothetical"),
                                 event("AID", "RUS", "PRK", modality="planned")])
    assert tally.metrics()["covered_precision"] == 0.5  # the planned AID counts against, the hypothetical does not


def test_eval_scores_each_clusters_batch_on_request(gold_files):
    text = "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday."
    (gold_files / "clusters-dev.articles.jsonl").write_text("\n".join(json.dumps(a) for a in [
        {"id": "cl-dev-a901", "text": text, "published": "2024-06-20"},
        {"id": "cl-dev-a902", "text": "Putin and Kim held talks in Pyongyang on Wednesday.", "published": "2024-06-20"},
    ]) + "\n", encoding="utf-8")
    (gold_files / "clusters-dev.clusters.jsonl").write_text(json.dumps(
        {"id": "cl-dev-901", "members": [{"doc": "cl-dev-a901", "quote": "Putin met North Korean leader"},
                                         {"doc": "cl-dev-a902", "quote": "held talks in Pyongyang"}]}) + "\n",
        encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "--split", "dev", "--dir", str(gold_files), "--batches", "--json"])
    assert result.exit_code == 0, result.output
    batch = json.loads(result.output)["batches"]["clusters-dev"]["cl-dev-9xx"]
    assert batch["gold_members"] == 2 and batch["cluster_recall"] == 1.0
    table = runner.invoke(cli, ["eval", "--split", "dev", "--dir", str(gold_files), "--batches", "--details", "0"])
    assert "== clusters-dev by batch" in table.output and "cl-dev-9xx" in table.output
    plain = runner.invoke(cli, ["eval", "--split", "dev", "--dir", str(gold_files), "--json"])
    assert "batches" not in json.loads(plain.output)
