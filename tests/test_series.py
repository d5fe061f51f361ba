"""Dyad series, the cooperation–conflict index, change detection, the actor network and the API, on real SQLite
stores built by hand (and one coded by the real pipeline)."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from dyadwatch import api
from dyadwatch.cli_analysis import network as network_command
from dyadwatch.cli_analysis import series as series_command
from dyadwatch.errors import InputError
from dyadwatch.network import actor_network
from dyadwatch.pipeline import RunReport
from dyadwatch.records import Actor, Article, Attribution, Event, Evidence
from dyadwatch.series import (
    corroboration_weight,
    date_span,
    detect_changes,
    dimensions_for,
    period_ordinal,
)
from dyadwatch.store import SQLiteStore

from conftest import make_article


def actor(party: str, sector: str = "GOV", name: str | None = None) -> Actor:
    return Actor(party, sector, name, name or party, 0, 3)


def event(doc: str, n: int, type_: str, source: Actor, target: Actor, date: str, score: float,
          modality: str = "asserted", contexts: tuple[str, ...] = (), attribution: Attribution | None = None,
          text: str | None = None) -> Event:
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date), "range")
    sentence = text or f"{type_} sentence of {doc}"
    return Event(f"{doc}-{n}", doc, type_, None, contexts, (source,), (target,), date, precision, date, "explicit",
                 None, attribution, modality, None, score, 0.8, Evidence(sentence, 0, len(sentence)))


def save(store: SQLiteStore, doc: str, published: str, outlet: str, *events: Event) -> None:
    store.save(Article(doc, f"text of {doc}", published, outlet), events)


RUS, PRK, UKR = actor("RUS"), actor("PRK"), actor("UKR")
TALKS = {"Reuters": "Russian Foreign Minister Sergei Lavrov held talks with North Korean officials in Pyongyang.",
         "Yonhap": "North Korea and Russia held high-level talks in Pyongyang to discuss cooperation, officials said."}


@pytest.fixture()
def store(tmp_path: Path):
    """Six months of Russian visits to North Korea (+4 each), then a North Korean assault in July (-9)."""
    with SQLiteStore(str(tmp_path / "dw.db")) as s:
        for month in range(1, 7):
            day = f"2024-{month:02d}-10"
            save(s, f"visit{month}", day, "Reuters",
                 event(f"visit{month}", 0, "CONSULT", RUS, PRK, day, 4.0, contexts=("diplomatic",)))
        save(s, "assault", "2024-07-05", "Reuters",
             event("assault", 0, "ASSAULT", PRK, RUS, "2024-07-04", -9.0, contexts=("military",)))
        yield s


# -- the pieces ------------------------------------------------------------------------------------------------


def test_date_values_and_their_periods():
    assert date_span("2024-W25")[0].isoformat() == "2024-06-17"
    assert date_span("2024-02")[1].isoformat() == "2024-02-29"
    assert date_span("1990/1999")[1].isoformat() == "1999-12-31"
    assert date_span("2024-09/2024-12")[0].isoformat() == "2024-09-01"
    assert date_span(None) is None and date_span("sometime") is None
    june = pd.Period("2024-06", freq="M").ordinal
    assert period_ordinal("2024-06-19", "M") == period_ordinal("2024-06", "M") == june
    assert period_ordinal("2024", "M") is None  # a year spans twelve months: not placed in one
    assert period_ordinal("2024-09/2024-12", "Q") is None and period_ordinal("2024-10/2024-12", "Q") is not None
    assert period_ordinal("2024", "Y") == pd.Period("2024", freq="Y").ordinal


def test_weights_and_dimensions():
    assert corroboration_weight(1) == 1.0 and corroboration_weight(2) == 2.0
    assert corroboration_weight(16) == 3.0  # capped
    assert corroboration_weight(1, state_media_only=True) == 0.5
    wanted = ("all", "diplomatic", "military", "economic", "cyber")
    assert dimensions_for(("military", "cyber"), "ASSAULT", wanted) == ("all", "military", "cyber")
    assert dimensions_for(("resource",), "AGREE", wanted) == ("all", "economic")
    assert dimensions_for((), "SANCTION", wanted) == ("all", "economic")  # no context: the type decides
    assert dimensions_for((), "COOPERATE", wanted) == ("all",)


def test_a_flat_history_then_a_shift_is_flagged():
    index = pd.Series([2.0, 2.0, 2.0, 2.1, 2.0, 2.0, -3.0, -3.0])
    changes = detect_changes(index)
    assert changes["change"].tolist() == [False] * 6 + [True, False]
    assert changes["z"].iloc[6] < -2
    assert changes["z"].iloc[:4].isna().all()  # fewer than three earlier changes: no verdict


# -- series from a store ---------------------------------------------------------------------------------------


def test_the_index_goes_negative_after_an_assault_and_the_shift_is_flagged(store):
    frame = api.series("RUS", "PRK", freq="M", db=store)
    assert list(frame.index.astype(str)) == [f"2024-{m:02d}" for m in range(1, 8)]
    assert frame.columns.names == ["dimension", "field"]
    overall = frame["all"]
    assert overall["index"].tolist() == [4.0] * 6 + [-9.0]
    assert overall["clusters"].tolist() == [1] * 7
    assert overall["change"].tolist() == [False] * 6 + [True]
    assert frame["military"]["index"].isna().tolist() == [True] * 6 + [False]  # no military event: no index
    assert frame["military"]["index"].iloc[-1] == -9.0
    assert frame["diplomatic"]["clusters"].tolist() == [1] * 6 + [0]
    assert frame["economic"]["clusters"].sum() == 0


def test_more_coverage_of_other_news_does_not_move_the_index(store):
    # Three more articles in March mention Russia (with Ukraine): March's one visit is still March's only event.
    for n in range(3):
        save(store, f"ukr{n}", "2024-03-15", "TASS", event(f"ukr{n}", 0, "ACCUSE", RUS, UKR, "2024-03-15", -3.0))
    frame = api.series("RUS", "PRK", db=store)
    assert frame["all"]["articles"].tolist() == [1, 1, 4, 1, 1, 1, 1]
    assert frame["all"]["index"].tolist()[:4] == [4.0, 4.0, 4.0, 4.0]
    assert frame["all"]["per_article"].tolist()[:4] == [4.0, 4.0, 1.0, 4.0]  # its share of the parties' news falls


def test_more_outlets_weigh_an_event_against_others_without_changing_its_level(tmp_path: Path):
    with SQLiteStore(str(tmp_path / "outlets.db")) as s:
        for outlet, text in TALKS.items():  # January: one meeting, two independent outlets
            save(s, f"talks-{outlet}", "2024-01-10", outlet,
                 event(f"talks-{outlet}", 0, "CONSULT", RUS, PRK, "2024-01-09", 2.5, text=text))
        save(s, "alone", "2024-02-10", "Reuters", event("alone", 0, "CONSULT", RUS, PRK, "2024-02-09", 2.5))
        save(s, "claim", "2024-02-12", "Reuters", event("claim", 0, "ASSAULT", PRK, RUS, "2024-02-11", -9.0))
        for outlet, text in TALKS.items():  # March: the meeting told twice, the clash once
            save(s, f"m-{outlet}", "2024-03-10", outlet,
                 event(f"m-{outlet}", 0, "CONSULT", RUS, PRK, "2024-03-09", 2.5, text=text))
        save(s, "clash", "2024-03-12", "Reuters", event("clash", 0, "ASSAULT", PRK, RUS, "2024-03-11", -9.0))
        frame = api.series("RUS", "PRK", db=s)["all"]
    assert frame["clusters"].tolist() == [1, 2, 2]
    assert frame["index"].iloc[0] == pytest.approx(2.5)  # two outlets: still the meeting's score
    assert frame["index"].iloc[1] == pytest.approx((2.5 - 9.0) / 2)  # one outlet each: the plain mean
    assert frame["index"].iloc[2] == pytest.approx((2.5 * 2.0 - 9.0) / 3.0)  # the corroborated meeting weighs more
    assert frame["corroboration"].tolist() == [2.0, 2.0, 3.0]
    assert frame["index"].abs().max() <= 10


def test_modality_and_corroboration_weights(tmp_path: Path):
    kcna = Attribution("KCNA", "PRK", "JRN", state_media=True)
    with SQLiteStore(str(tmp_path / "w.db")) as s:
        save(s, "planned", "2024-01-10", "Reuters", event("planned", 0, "CONSULT", RUS, PRK, "2024-01-20", 4.0,
                                                          modality="planned"))
        save(s, "maybe", "2024-02-10", "Reuters", event("maybe", 0, "ASSAULT", RUS, PRK, "2024-02-10", -9.0,
                                                        modality="hypothetical"))
        save(s, "kcna", "2024-03-10", "KCNA", event("kcna", 0, "AGREE", PRK, RUS, "2024-03-09", 2.5,
                                                    attribution=kcna))
        for outlet, text in TALKS.items():  # one meeting, two independent outlets
            save(s, f"talks-{outlet}", "2024-04-10", outlet,
                 event(f"talks-{outlet}", 0, "CONSULT", RUS, PRK, "2024-04-09", 2.5, text=text))
        frame = api.series("RUS", "PRK", db=s)["all"]
    assert frame["clusters"].tolist() == [1, 0, 1, 1]  # the hypothetical assault is not counted at all
    assert frame["index"].tolist()[0] == pytest.approx(4.0 * 0.5)  # planned
    assert math.isnan(frame["index"].tolist()[1])  # nothing counted: nothing measured
    assert frame["index"].tolist()[2] == pytest.approx(2.5)  # one state-media source only: alone, its weight cancels
    assert frame["corroboration"].tolist()[2] == pytest.approx(0.5)  # (beside other events it weighs half)
    assert frame["index"].tolist()[3] == pytest.approx(2.5)  # two outlets, one event


def test_directed_series_split_by_source_and_target(store):
    frame = api.series("RUS", "PRK", db=store, directed=True)
    assert frame.columns.names == ["direction", "dimension", "field"]
    assert frame["RUS->PRK"]["all"]["clusters"].tolist() == [1] * 6 + [0]
    assert frame["PRK->RUS"]["all"]["index"].isna().tolist() == [True] * 6 + [False]
    assert frame["PRK->RUS"]["all"]["index"].iloc[-1] == -9.0
    assert frame["PRK->RUS"]["military"]["clusters"].sum() == 1


def test_frequency_bounds_coarse_dates_and_extra_dimensions(store):
    save(store, "year", "2024-08-01", "Reuters", event("year", 0, "COOPERATE", RUS, PRK, "2024", 9.5,
                                                       contexts=("cyber",)))
    monthly = api.series("RUS", "PRK", "M", db=store, dimensions=["cyber"])
    assert monthly.attrs["too_coarse"] == 1 and monthly["cyber"]["clusters"].sum() == 0
    bounded = api.series("RUS", "PRK", "M", since="2024-05", until="2024-09", db=store)
    assert list(bounded.index.astype(str)) == ["2024-05", "2024-06", "2024-07", "2024-08", "2024-09"]
    assert bounded["all"]["clusters"].tolist() == [1, 1, 1, 0, 0]
    yearly = api.series("RUS", "PRK", "year", db=store, dimensions="cyber")
    assert list(yearly.index.astype(str)) == ["2024"]
    assert yearly["all"]["clusters"].tolist() == [8]
    assert yearly["cyber"]["clusters"].tolist() == [1]
    # 6 visits x 4 - 9 + 9.5, the mean of 8 clusters of one outlet each
    assert yearly["all"]["index"].iloc[0] == pytest.approx((24 - 9 + 9.5) / 8)
    quarterly = api.series("RUS", "PRK", "Q", db=store)
    assert quarterly["all"]["clusters"].tolist() == [3, 3, 1]


def test_a_dyad_without_events_gives_an_empty_frame(store):
    frame = api.series("USA", "KOR", db=store)
    assert frame.empty and ("all", "index") in frame.columns


def test_bad_arguments_say_what_is_valid(store, tmp_path: Path):
    with pytest.raises(InputError, match="W, M, Q or Y"):
        api.series("RUS", "PRK", freq="fortnight", db=store)
    with pytest.raises(InputError, match="YYYY-MM"):
        api.series("RUS", "PRK", since="June", db=store)
    with pytest.raises(InputError, match="no store"):
        api.series("RUS", "PRK", db=str(tmp_path / "missing.db"))
    with pytest.raises(InputError, match="context"):
        api.series("RUS", "PRK", db=store, dimensions=["Cyber War!"])
    with pytest.raises(InputError, match="since 2024-05 is after until 2024-04"):
        api.series("RUS", "PRK", since="2024-05", until="2024-04", db=store)
    with pytest.raises(InputError, match="since 2024-05 is after until 2024-04"):
        api.events("RUS", "PRK", since="2024-05", until="2024-04", db=store)


def test_series_command_says_why_there_is_nothing_to_show(store):
    runner, db = CliRunner(), store.path
    save(store, "ukr", "2024-03-15", "TASS", event("ukr", 0, "ACCUSE", RUS, UKR, "2024-03-15", -3.0))
    # Russia's articles cover March, but nothing happened between Russia and Ukraine's neighbour: no table of zeros
    none = runner.invoke(series_command, ["RUS-KAZ", "--db", db])
    assert none.exit_code == 0 and none.stdout.strip() == "(no events to show)"
    assert "no events between RUS and KAZ in the store" in none.stderr and "+0.00" not in none.output
    typo = runner.invoke(series_command, ["RUS-DPRK", "--db", db])
    assert "DPRK is not a country or organisation code dyadwatch knows (did you mean PRK?)" in typo.stderr
    save(store, "week", "2024-03-08", "Reuters", event("week", 0, "AID", RUS, PRK, "2024-W10", 10.0))
    late = runner.invoke(series_command, ["RUS-PRK", "--since", "2025-01", "--db", db])
    assert "dated from 2025-01; theirs are dated 2024-01-10 to 2024-07-04" in late.stderr


def test_events_and_clusters_frames(store):
    events = api.events("RUS", "PRK", since="2024-06", db=store)
    assert events["type"].tolist() == ["CONSULT", "ASSAULT"]
    assert events["outlet"].tolist() == ["Reuters", "Reuters"]
    clusters = api.clusters("RUS", "PRK", db=store)
    assert len(clusters) == 7 and sorted(clusters["type"].unique()) == ["ASSAULT", "CONSULT"]
    assert clusters.loc[clusters["type"] == "ASSAULT", "score"].tolist() == [-9.0]


# -- the actor network -----------------------------------------------------------------------------------------


def test_network_counts_interactions_and_their_balance(store):
    putin, kim = actor("RUS", name="Vladimir Putin"), actor("PRK", name="Kim Jong Un")
    save(store, "summit-a", "2024-06-19", "Reuters", event("summit-a", 0, "SUPPORT", putin, kim, "2024-06-19", 5.0))
    save(store, "summit-b", "2024-06-19", "Yonhap", event("summit-b", 0, "SUPPORT", putin, kim, "2024-06-19", 5.0))
    edges = api.network("RUS", "PRK", db=store)
    top = edges.iloc[0].to_dict()
    assert (top["source"], top["target"]) == ("RUSGOV", "PRKGOV")
    assert (top["interactions"], top["cooperation"], top["conflict"]) == (6, 6, 0) and top["balance"] == 1.0
    leaders = edges[edges["source"] == "Vladimir Putin (RUSGOV)"].iloc[0]
    assert leaders["target"] == "Kim Jong Un (PRKGOV)"
    assert (leaders["interactions"], leaders["reports"]) == (1, 2)  # one summit, reported twice
    countries = api.network("RUS", "PRK", db=store, level="country", directed=False)
    assert len(countries) == 1
    row = countries.iloc[0]
    assert (row["interactions"], row["cooperation"], row["conflict"]) == (8, 7, 1)
    assert row["balance"] == pytest.approx(6 / 8)


def test_network_leaves_out_what_did_not_happen():
    denied = {"event_id": "x", "modality": "negated", "score": -9.0, "source": [RUS.to_dict()],
              "target": [PRK.to_dict()]}
    assert actor_network([denied]).empty
    with pytest.raises(InputError, match="actor, agency, country"):
        actor_network([], level="person")


# -- the command line ------------------------------------------------------------------------------------------


def test_series_command(store, tmp_path: Path):
    runner = CliRunner()
    db = store.path
    table = runner.invoke(series_command, ["RUS-PRK", "--db", db])
    assert table.exit_code == 0, table.output
    assert "2024-07" in table.output and "-9.00 (1)*" in table.output
    july = next(line for line in table.output.splitlines() if line.startswith("2024-07")).split()
    assert july[2:5] == ["-9.00", "(1)*", "-"]  # all, then diplomatic: no event in July, no measure
    assert "+0.00 (0)" not in table.output
    save(store, "year", "2024-08-01", "Reuters", event("year", 0, "AGREE", RUS, PRK, "2024", 2.5))
    coarse = runner.invoke(series_command, ["RUS-PRK", "--db", db])
    assert "1 cluster undated or dated less precisely than a month left out" in coarse.stderr
    csv_out = runner.invoke(series_command, ["RUS-PRK", "--db", db, "--format", "csv", "--freq", "Q"])
    header = csv_out.output.splitlines()[0].split(",")
    assert header[:3] == ["period", "all.clusters", "all.weighted"]
    assert csv_out.output.splitlines()[3].startswith("2024Q3,1,")
    bad = runner.invoke(series_command, ["RUS", "--db", db])
    assert bad.exit_code == 2 and "RUS-PRK" in bad.output
    missing = runner.invoke(series_command, ["RUS-PRK", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "dyadwatch ingest" in missing.output
    assert "Example:" in runner.invoke(series_command, ["--help"]).output.split("Options:")[0]


def test_an_empty_network_says_why(store):
    runner = CliRunner()
    late = runner.invoke(network_command, ["--dyad", "RUS-PRK", "--since", "2025", "--db", store.path])
    assert late.exit_code == 0 and late.stdout.strip() == "(no interactions to show)"
    assert "no events between RUS and PRK dated from 2025; theirs are dated 2024-01-10 to 2024-07-04" in late.stderr
    typo = runner.invoke(network_command, ["--dyad", "RUS-DPRK", "--db", store.path])
    assert "DPRK is not a country or organisation code dyadwatch knows" in typo.stderr


def test_network_command(store):
    result = CliRunner().invoke(network_command, ["--dyad", "RUS-PRK", "--level", "country", "--format", "jsonl",
                                                  "--db", store.path])
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert '"source": "RUS"' in first and '"interactions": 6' in first


# -- real coded articles ---------------------------------------------------------------------------------------


def test_series_of_articles_coded_by_the_pipeline(pipeline, tmp_path: Path):
    articles = [
        make_article("Russian President Vladimir Putin visited Pyongyang on Wednesday and met Kim Jong Un.",
                     published="2024-06-19", outlet="Reuters"),
        make_article("North Korea and Russia signed a comprehensive strategic partnership treaty on Wednesday.",
                     published="2024-06-19", outlet="Yonhap"),
        make_article("Moscow sharply criticised Pyongyang on Monday.",
                     published="2024-09-16", outlet="Reuters"),
    ]
    with SQLiteStore(str(tmp_path / "coded.db")) as store:
        pipeline.ingest_into(store, articles, RunReport())
        frame = api.series("RUS", "PRK", freq="Q", db=store)
    overall = frame["all"]
    assert list(frame.index.astype(str)) == ["2024Q2", "2024Q3"]
    assert overall["clusters"].iloc[0] >= 1 and overall["index"].iloc[0] > 0 and overall["articles"].iloc[0] == 2
    assert overall["clusters"].iloc[1] == 1 and overall["index"].iloc[1] == pytest.approx(-3.0)  # ACCUSE
    assert frame["diplomatic"]["index"].iloc[1] == pytest.approx(-3.0)  # no context: ACCUSE is diplomatic
    assert not math.isnan(overall["index"].sum())


# -- change detection compares periods with events -------------------------------------------------------------


def test_a_period_with_articles_but_no_events_is_not_a_change_point(store):
    # August's article reports the June visit again: August has coverage, and no event dated in it.
    save(store, "recap", "2024-08-20", "Reuters",
         event("recap", 0, "CONSULT", RUS, PRK, "2024-06-10", 4.0, contexts=("diplomatic",)))
    frame = api.series("RUS", "PRK", freq="M", db=store)
    diplomatic = frame["diplomatic"]
    assert str(frame.index[-1]) == "2024-08" and diplomatic["clusters"].iloc[-1] == 0
    assert diplomatic["articles"].iloc[-1] == 1 and math.isnan(diplomatic["index"].iloc[-1])  # covered, no event
    assert not diplomatic["change"].iloc[-2:].any()  # July and August: no event, no verdict
    assert diplomatic["z"].iloc[-2:].isna().all()
    assert not frame["all"]["change"].iloc[-1]


def test_a_shift_across_periods_without_events_is_still_flagged():
    index = pd.Series([2.0, 2.0, 2.1, 2.0, 2.0, 0.0, 0.0, -3.0])
    observed = pd.Series([True] * 5 + [False, False, True])
    changes = detect_changes(index, observed=observed)
    assert changes["change"].tolist() == [False] * 7 + [True]  # -3 against 2.0, the last period with events
    assert changes["z"].iloc[5:7].isna().all()
    assert detect_changes(index)["change"].iloc[5]  # without the mask the empty period would read as a collapse


# -- dates bound the clusters, not the reports -----------------------------------------------------------------


def test_since_keeps_the_index_of_the_periods_it_keeps(tmp_path: Path):
    # April's talks are told by Reuters with their day and by Yonhap undated: one event, two outlets. Asked from
    # March on, April must keep both outlets (an undated report is no event dated before March).
    with SQLiteStore(str(tmp_path / "since.db")) as s:
        save(s, "jan", "2024-01-10", "Reuters", event("jan", 0, "CONSULT", RUS, PRK, "2024-01-09", 4.0))
        dated = event("talks-r", 0, "CONSULT", RUS, PRK, "2024-04-09", 4.0, text=TALKS["Reuters"])
        undated = event("talks-y", 0, "CONSULT", RUS, PRK, "2024-04-09", 4.0, text=TALKS["Yonhap"])
        save(s, "talks-r", "2024-04-10", "Reuters", replace(dated, predicate="hold"))
        save(s, "talks-y", "2024-04-11", "Yonhap", replace(undated, predicate="hold", date=None,
                                                             date_precision=None))
        whole, bounded = api.series("RUS", "PRK", db=s)["all"], api.series("RUS", "PRK", since="2024-03", db=s)["all"]
        assert whole.loc["2024-04", "weighted"] == pytest.approx(8.0)  # 4 x two outlets
        assert bounded.loc["2024-04"].equals(whole.loc["2024-04"])
        clusters = api.clusters("RUS", "PRK", since="2024-03", db=s)
        assert clusters["independent_outlets"].tolist() == [2] and clusters["n_events"].tolist() == [2]
        assert api.clusters("RUS", "PRK", until="2024-02", db=s)["date"].tolist() == ["2024-01-09"]
        edge = api.network("RUS", "PRK", since="2024-03", db=s).iloc[0]  # the briefing's network counts so too
        assert (edge["interactions"], edge["reports"]) == (1, 2)


def test_dates_bound_a_cluster_by_the_days_its_date_spans(store):
    save(store, "week", "2024-03-08", "Reuters", event("week", 0, "AID", RUS, PRK, "2024-W10", 10.0))
    save(store, "year", "2024-08-01", "Reuters", event("year", 0, "AGREE", RUS, PRK, "2024", 2.5))
    assert api.clusters("RUS", "PRK", since="2024-06", db=store)["date"].tolist() == ["2024-06-10", "2024-07-04"]
    assert "2024-W10" in api.clusters("RUS", "PRK", until="2024-03", db=store)["date"].tolist()
    assert "2024" not in api.clusters("RUS", "PRK", until="2024-06", db=store)["date"].tolist()
    assert "2024" in api.clusters("RUS", "PRK", since="2024", until="2024-12-31", db=store)["date"].tolist()
