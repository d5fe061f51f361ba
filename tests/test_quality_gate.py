"""The quality gate: the development split's scores must not fall below the floors pinned in eval/floors.json.

Floors only move up. When a change raises a score, pin it with
`dyadwatch eval --split dev --floors eval/floors.json --raise-floors` in the same commit. Lowering a floor by hand
needs a commit message with a line starting "Lower floor:" that says why; the last test checks the history.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from dyadwatch.goldsets import LOWER_IS_BETTER, check_floors, discover, evaluate_set

from conftest import REPO

EVAL = REPO / "eval"
FLOORS_FILE = "eval/floors.json"


@pytest.fixture(scope="module")
def dev_scores(pipeline):
    return {s.name: evaluate_set(pipeline, s).metrics() for s in discover(EVAL, "dev")}


def test_the_gold_sets_are_as_large_as_promised():
    sizes = {}
    for split in ("dev", "test"):
        for gold_set in discover(EVAL, split):
            lines = gold_set.gold.read_text(encoding="utf-8").splitlines()
            sizes[gold_set.name] = [json.loads(line) for line in lines if line.strip()]
    news = sizes["news-dev"] + sizes["news-test"]
    assert len(news) >= 60 and sum(len(r["events"]) for r in news) >= 400
    assert sum(len(r.get("negatives", [])) for r in news) >= 60
    assert len({e["types"][0] for r in news for e in r["events"]}) == 16
    assert len(sizes["news-test"]) * 3 >= len(news) - 1  # a third is held out
    assert len(sizes["actors-dev"]) + len(sizes["actors-test"]) >= 300
    assert sum(len(r["events"]) for name in ("dates-dev", "dates-test") for r in sizes[name]) >= 200


def test_dev_scores_do_not_fall_below_their_floors(dev_scores):
    floors = json.loads((REPO / FLOORS_FILE).read_text(encoding="utf-8"))
    assert set(floors) == set(dev_scores), "every dev set is pinned, and only dev sets are"
    failures = check_floors(dev_scores, floors)
    assert not failures, "\n".join(failures) + "\nsee `dyadwatch eval --split dev --details 30` for the misses"


def _floors_at(commit: str) -> dict | None:
    shown = subprocess.run(["git", "show", f"{commit}:{FLOORS_FILE}"], cwd=REPO, capture_output=True, text=True)
    return json.loads(shown.stdout) if shown.returncode == 0 else None


def _lowered(old: dict, new: dict) -> list[str]:
    found = []
    for set_name, pinned in old.items():
        for metric, value in pinned.items():
            now = new.get(set_name, {}).get(metric)
            worse = now is None or (now > value if metric in LOWER_IS_BETTER else now < value)
            if worse:
                found.append(f"{set_name}.{metric}: {value} -> {now}")
    return found


@pytest.mark.skipif(shutil.which("git") is None or not (REPO / ".git").exists(), reason="needs the git history")
def test_a_floor_is_only_lowered_by_a_commit_that_says_why():
    log = subprocess.run(["git", "log", "--format=%H", "--", FLOORS_FILE], cwd=REPO, capture_output=True,
                         text=True, check=True).stdout.split()
    unexplained = []
    for commit in log:
        before, after = _floors_at(f"{commit}^"), _floors_at(commit)
        if before is None or after is None:
            continue
        lowered = _lowered(before, after)
        message = subprocess.run(["git", "log", "-1", "--format=%B", commit], cwd=REPO, capture_output=True,
                                 text=True, check=True).stdout
        if lowered and not any(line.startswith("Lower floor:") for line in message.splitlines()):
            unexplained.append(f"{commit[:10]} lowered {lowered} without a 'Lower floor:' line")
    assert not unexplained, "\n".join(unexplained)
