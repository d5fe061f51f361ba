"""Stage 7, analysis: dyad time series per dimension, the cooperation–conflict index, and change detection.

A series counts event *clusters* (one per real-world event, `clusters.py`), never articles, and puts each in the
period (week, month, quarter, year) of its date. A cluster whose date is coarser than the period ("2024" in a
monthly series, "the 1990s" in a yearly one), or undated, is left out of that series and counted in
`frame.attrs["too_coarse"]`.

Dimensions. A cluster belongs to every dimension one of its PLOVER contexts maps to (`DIMENSIONS`); a cluster with
no context falls back on its type (`TYPE_DIMENSIONS`). Any other context name a user asks for ("cyber",
"humanitarian") is a dimension of its own, made of the clusters with that context. `all` holds every cluster.

The index of a dimension in a period is the corroboration-weighted mean of its clusters' scores, each discounted
by its modality:

    index = sum over its clusters of (score x modality weight x corroboration weight)
            / sum over its clusters of corroboration weight

- score: the PLOVER cooperation–conflict score of the cluster's type and mode (AID +10 ... ASSAULT -9);
- modality weight (`MODALITY_WEIGHTS`): asserted 1.0, reported 0.8, planned 0.5, a discount on what the event is
  worth (a promise of aid reads +5, not +10); hypothetical and negated 0, so those clusters are left out altogether
  (neither counted nor scored);
- corroboration weight: min(1 + log2(n), 3) for n independent outlets (`Cluster.independent_outlets`: a wire's
  copies and reprints count once; 1 outlet 1.0, 2 outlets 2.0, 4 or more 3.0), halved (`STATE_MEDIA_ONLY`) when
  that is one origin and a party's state media carried or are cited for it (`Cluster.state_media_sides`). It says
  how much an event counts *beside the period's other events*: a summit eight outlets carried outweighs a clash
  one outlet claims.

So the index stays within the score range (-10 ... +10), and news volume cannot move it: one event counts once
however many articles tell it (more outlets only make it weigh more against the period's other events), and
articles about other things ("Russia" in news of Ukraine) change nothing. The news volume is reported beside it:
- articles: the stored articles that mention either party (an event with it as source or target) and were
  published in the period or report an event of either party dated in it (so a period before the archive began,
  "the 1961 treaty", is measured against the articles that write about it);
- per_article: the weighted sum over those articles, how much of the parties' news this dyad's events make up
  (a share that falls when either party is in the news for something else). NaN when no article covers the period.
A period with no counted cluster of the dimension has no index (NaN): nothing was measured, which is not the same
as a neutral relationship (index 0).

Change detection compares periods *with events* only. The articles of a period often report events dated in
another one (a story published in August about a June visit), so the last periods of an archive, and the months
between two summits, are covered but hold no event: reading them as 0 would flag every quiet month after an active
one as a collapse. So, within the periods with events of the dimension, the change
d_t = index_t - index_s (s the latest earlier period with events) is compared with the previous `window` (6) such
changes: z_t = (d_t - mean) / max(std, 0.1 x mean |index| of those periods, 1e-6), and `change` is True when
|z_t| >= 2 with at least 3 earlier changes. The floor keeps a flat history from turning a wobble into an infinite z
while a real shift away from it (a 20% move) is still flagged. A period without events (or without coverage) gets
no verdict (z NaN, change False); events stopping altogether is therefore never a change point, which a reader sees
as the periods since the last event (the briefing says how many). It is deterministic: same data, same flags.

Directed series split each dimension into A->B and B->A by the source and target actors of the cluster's first
report (a symmetric event, "talks with", counts in the direction it was coded); undirected series count both.
A cluster belongs to the dyad when its `parties` are the two parties (whatever else its reports name).

Dates (`since`, `until`) bound the clusters, not the reports: the dyad's events are clustered whole and a cluster
is kept when the days of its own date are within the bounds (`dated_set`, `within_dates`). Clustering only the
events dated within them would drop the undated and coarsely dated retellings of an event, and with them its
outlets: the same month would get another index with `--since` than without.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

import pandas as pd

from .dates import date_span
from .errors import InputError
from .store import EventFilter, EventStore
from .summary import MODALITY_WEIGHTS

if TYPE_CHECKING:
    from .clusters import Cluster
    from .clusterstore import AnalysisSet
    from .knowledge import KnowledgeBase

__all__ = [
    "DIMENSIONS", "DEFAULT_DIMENSIONS", "TYPE_DIMENSIONS", "FREQUENCIES", "FIELDS", "MODALITY_WEIGHTS",
    "CORROBORATION_CAP", "STATE_MEDIA_ONLY", "corroboration_weight", "cluster_weight", "cluster_corroboration",
    "dimensions_for",
    "normalise_freq", "date_span", "period_ordinal", "cluster_frame", "news_volume", "detect_changes",
    "dyad_series", "series_from_store", "flatten", "with_events", "quiet_after", "within_dates", "dated_set",
    "check_bounds", "empty_note", "party_code", "date_bound", "PERIOD_NAMES",
]

DIMENSIONS: dict[str, frozenset[str]] = {
    "diplomatic": frozenset({"diplomatic", "legal", "political_institutions", "executive", "legislative",
                             "election"}),
    "military": frozenset({"military", "intelligence", "peacekeeping", "cbrn", "cyber", "terrorism"}),
    "economic": frozenset({"economic", "resource"}),
}
DEFAULT_DIMENSIONS = ("all", "diplomatic", "military", "economic")
# Only for clusters without a context: the dimension a type plainly belongs to (AID and COOPERATE do not).
TYPE_DIMENSIONS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
                     "PROTEST"), "diplomatic"),
    **dict.fromkeys(("MOBILIZE", "COERCE", "ASSAULT", "RETREAT"), "military"),
    "SANCTION": "economic",
}
FREQUENCIES = {"W": "W", "WEEK": "W", "M": "M", "MONTH": "M", "Q": "Q", "QUARTER": "Q", "Y": "Y", "YEAR": "Y",
               "A": "Y"}
FIELDS = ("clusters", "weighted", "corroboration", "articles", "index", "per_article", "z", "change")
PERIOD_NAMES = {"W": "week", "M": "month", "Q": "quarter", "Y": "year"}  # a normalised freq, in words
CORROBORATION_CAP = 3.0
STATE_MEDIA_ONLY = 0.5
WINDOW, THRESHOLD, MIN_HISTORY = 6, 2.0, 3
RELATIVE_FLOOR, ABSOLUTE_FLOOR = 0.1, 1e-6
CONTEXT_RE = re.compile(r"[a-z][a-z_]*")
PARTY_RE, DATE_RE = re.compile(r"[A-Z]{2,8}"), re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


# -- weights ---------------------------------------------------------------------------------------------------


def corroboration_weight(independent_outlets: int, state_media_only: bool = False) -> float:
    """1 + log2(n), capped; halved for a claim that only one state-media source makes."""
    weight = min(1.0 + math.log2(max(independent_outlets, 1)), CORROBORATION_CAP)
    return weight * STATE_MEDIA_ONLY if state_media_only else weight


def _state_media_only(cluster: Cluster) -> bool:
    # One independent origin, carried by or citing a party's state media: nobody else vouches for the event.
    return cluster.independent_outlets <= 1 and bool(cluster.state_media_sides)


def cluster_weight(cluster: Cluster) -> float:
    """Modality weight x corroboration weight: what one cluster's score counts for in the index's sum."""
    return MODALITY_WEIGHTS.get(cluster.modality, 0.0) * cluster_corroboration(cluster)


def cluster_corroboration(cluster: Cluster) -> float:
    """The corroboration weight of a cluster: its share of the index's denominator."""
    return corroboration_weight(cluster.independent_outlets, _state_media_only(cluster))


@lru_cache(maxsize=4096)
def dimensions_for(contexts: tuple[str, ...], type_: str, wanted: tuple[str, ...]) -> tuple[str, ...]:
    """The wanted dimensions a cluster with these contexts and this type belongs to."""
    found = {"all"}
    for name in wanted:
        members = DIMENSIONS.get(name, frozenset({name}))
        if members.intersection(contexts):
            found.add(name)
    if not contexts and TYPE_DIMENSIONS.get(type_) in wanted:
        found.add(TYPE_DIMENSIONS[type_])
    return tuple(d for d in wanted if d in found)


def _wanted(dimensions: Iterable[str] | None) -> tuple[str, ...]:
    names = [dimensions] if isinstance(dimensions, str) else dimensions or ()  # "cyber" is one name, not five
    extra = [d.strip().lower() for d in names]
    for name in extra:
        if not CONTEXT_RE.fullmatch(name):
            raise InputError(f"dimension {name!r} is not a PLOVER context name; use {', '.join(DEFAULT_DIMENSIONS)} "
                             f"or a context such as cyber, humanitarian, migration (lower case, underscores)")
    return tuple(dict.fromkeys([*DEFAULT_DIMENSIONS, *extra]))


# -- arguments -------------------------------------------------------------------------------------------------


def party_code(code: str) -> str:
    """A party code as the store keeps it (upper case), or an InputError saying what one looks like."""
    value = code.strip().upper()
    if not PARTY_RE.fullmatch(value):
        raise InputError(f"{code!r} is not a party code; give an ISO alpha-3 country (RUS, PRK) or an "
                         f"organisation code (NATO)")
    return value


def date_bound(value: str | None, name: str) -> str | None:
    """A `since` or `until` bound as the store compares it (YYYY, YYYY-MM or YYYY-MM-DD), or an InputError."""
    if value is not None and not DATE_RE.fullmatch(value):
        raise InputError(f"{name} {value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


# -- periods ---------------------------------------------------------------------------------------------------


def normalise_freq(freq: str) -> str:
    """W, M, Q or Y (also week, month, quarter, year)."""
    code = FREQUENCIES.get(freq.strip().upper())
    if code is None:
        raise InputError(f"frequency {freq!r} is not known; use W, M, Q or Y (week, month, quarter, year)")
    return code


@lru_cache(maxsize=65536)  # a store holds few distinct dates, and a pandas Period costs microseconds to make
def period_ordinal(value: str | None, freq: str) -> int | None:
    """The ordinal of the one period (pandas Period) holding the whole date, or None when it spans several."""
    span = date_span(value)
    if span is None:
        return None
    first, last = pd.Period(span[0], freq=freq), pd.Period(span[1], freq=freq)
    return int(first.ordinal) if first == last else None


def _ordinals(values: pd.Series, freq: str) -> pd.Series:
    """Period ordinals of a column of date values, computed once per distinct value (a float column, NaN = none)."""
    codes, distinct = pd.factorize(values)
    lookup = [period_ordinal(v, freq) for v in distinct]
    table = pd.Series([*lookup, None], dtype="float64").to_numpy()
    return pd.Series(table[codes], index=values.index)  # code -1 (a missing value) picks the trailing NaN


# -- the cluster table -----------------------------------------------------------------------------------------


def cluster_frame(clusters: Iterable[Cluster], a: str, b: str, freq: str, dimensions: Iterable[str] | None = None,
                  directed: bool = False) -> pd.DataFrame:
    """One row per (cluster, dimension) of the dyad's scored clusters: direction, dimension, period, weighted score
    and corroboration weight.

    One pass over the clusters; everything after it is pandas.
    """
    freq, wanted, dyad = normalise_freq(freq), _wanted(dimensions), tuple(sorted((a, b)))
    rows = [(c.cluster_id, _direction(c.source, c.target, a, b, directed), c.date, c.score * weight,
             cluster_corroboration(c), dimensions_for(tuple(c.contexts), c.type, wanted))
            for c in clusters
            if tuple(c.parties) == dyad and (weight := cluster_weight(c)) > 0]
    frame = pd.DataFrame(rows, columns=["cluster_id", "direction", "date", "weighted", "corroboration", "dimension"])
    frame["period"] = _ordinals(frame["date"], freq)
    coarse = int(frame["period"].isna().sum())
    frame = frame.dropna(subset=["period", "direction"]).explode("dimension")
    frame = frame.astype({"period": "int64", "weighted": "float64", "corroboration": "float64"})
    frame.attrs["too_coarse"] = coarse
    return frame


def _direction(source: Sequence[str], target: Sequence[str], a: str, b: str, directed: bool) -> str | None:
    """"A->B" from the actor codes of the cluster's first report (RUSGOV is Russia's), "A-B" when undirected."""
    if not directed:
        return f"{a}-{b}"
    sides = _side(source, a, b), _side(target, a, b)
    return f"{sides[0]}->{sides[1]}" if set(sides) == {a, b} else None


def _side(codes: Sequence[str], a: str, b: str) -> str | None:
    # The longer party first, so neither of two codes that share a prefix takes the other's actors.
    parties = sorted((a, b), key=len, reverse=True)
    return next((p for code in codes for p in parties if code.startswith(p)), None)


# -- news volume -----------------------------------------------------------------------------------------------

# One row per event naming either party; a scan of events with an index probe each, which beats the party index
# when the parties fill much of the store (the case that must stay fast).
def news_volume(store: EventStore, a: str, b: str, freq: str) -> pd.Series:
    """Articles per period (ordinal) that mention either party: published in it, or reporting an event dated in it."""
    freq = normalise_freq(freq)
    frame = pd.DataFrame(store.party_mentions(a, b), columns=["doc", "date", "published"])
    doc = frame["doc"].astype("int64")
    pairs = pd.DataFrame({"doc": pd.concat([doc, doc], ignore_index=True),
                          "period": pd.concat([_ordinals(frame["published"], freq), _ordinals(frame["date"], freq)],
                                              ignore_index=True)})
    pairs = pairs.dropna().drop_duplicates()
    return pairs.groupby(pairs["period"].astype("int64")).size().rename("articles")


# -- change detection ------------------------------------------------------------------------------------------


def detect_changes(index: pd.Series, window: int = WINDOW, threshold: float = THRESHOLD,
                   observed: pd.Series | None = None) -> pd.DataFrame:
    """z of each change between periods with events against the previous `window` such changes, and
    |z| >= threshold as `change`. `observed` marks the periods with events (default: every period with an index);
    the others get no verdict (see the module docstring)."""
    mask = index.notna() if observed is None else observed.astype(bool) & index.notna()
    measured = index[mask]
    delta = measured.diff()
    past = delta.shift(1).rolling(window, min_periods=MIN_HISTORY)
    level = measured.abs().shift(1).rolling(window, min_periods=1).mean()
    floor = (RELATIVE_FLOOR * level).clip(lower=ABSOLUTE_FLOOR)
    z = ((delta - past.mean()) / past.std().clip(lower=floor)).reindex(index.index)
    return pd.DataFrame({"z": z, "change": z.abs().ge(threshold)}, index=index.index)


def with_events(frame: pd.DataFrame, dimension: str) -> pd.Series:
    """The index of a dimension (undirected series) in its periods with events: what the change test compares."""
    if not len(frame):
        return pd.Series(dtype="float64")
    return frame[(dimension, "index")][frame[(dimension, "clusters")] > 0]


def quiet_after(frame: pd.DataFrame, dimension: str, period: pd.Period) -> int:
    """Periods after `period` that articles cover but that hold no event of the dimension."""
    later = frame.index > period
    return int(((frame[(dimension, "articles")] > 0) & (frame[(dimension, "clusters")] == 0))[later].sum())


# -- the series ------------------------------------------------------------------------------------------------


def dyad_series(frame: pd.DataFrame, volume: pd.Series, a: str, b: str, freq: str,
                dimensions: Iterable[str] | None = None, directed: bool = False, since: str | None = None,
                until: str | None = None) -> pd.DataFrame:
    """The wide series: rows are periods, columns (dimension, field), or (direction, dimension, field) if directed.

    Fields: clusters, weighted (the sum of weighted scores), corroboration (the sum of corroboration weights),
    articles, index, per_article, z, change.
    """
    freq, wanted = normalise_freq(freq), _wanted(dimensions)
    periods = _period_range(frame, volume, freq, since, until)
    articles = volume.reindex(periods, fill_value=0).astype("int64")
    totals = frame.groupby(["direction", "dimension", "period"]).agg(
        clusters=("cluster_id", "size"), weighted=("weighted", "sum"), corroboration=("corroboration", "sum"))
    parts = {key: part.droplevel([0, 1]) for key, part in totals.groupby(level=[0, 1])}
    directions = [f"{a}->{b}", f"{b}->{a}"] if directed else [f"{a}-{b}"]
    columns: dict[tuple[str, ...], pd.Series] = {}
    for direction in directions:
        for dimension in wanted:
            part = _dimension_columns(parts.get((direction, dimension)), periods, articles)
            for name, column in part.items():
                key = (direction, dimension, str(name)) if directed else (dimension, str(name))
                columns[key] = column
    return _assemble(columns, periods, freq, directed, frame.attrs.get("too_coarse", 0))


def _dimension_columns(totals: pd.DataFrame | None, periods: pd.Index, articles: pd.Series) -> pd.DataFrame:
    if totals is None:
        totals = pd.DataFrame({name: pd.Series(dtype="float64") for name in ("clusters", "weighted", "corroboration")})
    part = totals.reindex(periods, fill_value=0)
    out = pd.DataFrame({"clusters": part["clusters"].astype("int64"), "weighted": part["weighted"].astype("float64"),
                        "corroboration": part["corroboration"].astype("float64"), "articles": articles},
                       index=periods)
    out["index"] = out["weighted"] / out["corroboration"].where(out["clusters"] > 0)  # no event: NaN, not 0
    out["per_article"] = out["weighted"] / out["articles"].where(out["articles"] > 0)  # no coverage: NaN
    return out.join(detect_changes(out["index"], observed=out["clusters"] > 0))


def _period_range(frame: pd.DataFrame, volume: pd.Series, freq: str, since: str | None,
                  until: str | None) -> pd.Index:
    """Every period from `since` (or the first with data) to `until` (or the last), gaps included."""
    known = pd.concat([frame["period"].astype("float64"), pd.Series(volume.index, dtype="float64")]).dropna()
    first = _bound_ordinal(since, freq, 0) if since else (int(known.min()) if len(known) else None)
    last = _bound_ordinal(until, freq, 1) if until else (int(known.max()) if len(known) else None)
    if first is None or last is None or first > last:
        return pd.Index([], dtype="int64")
    return pd.Index(range(first, last + 1), dtype="int64")


def _bound_ordinal(value: str, freq: str, end: int) -> int:
    span = date_span(value)
    if span is None:
        raise InputError(f"{value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    return int(pd.Period(span[end], freq=freq).ordinal)


def _assemble(columns: dict[tuple[str, ...], pd.Series], periods: pd.Index, freq: str, directed: bool,
              too_coarse: int) -> pd.DataFrame:
    names = ["direction", "dimension", "field"] if directed else ["dimension", "field"]
    start = pd.Period(ordinal=int(periods[0]), freq=freq) if len(periods) else None
    index = pd.period_range(start=start, periods=len(periods), freq=freq, name="period") if start else \
        pd.PeriodIndex([], freq=freq, name="period")
    data = {key: column.to_numpy() for key, column in columns.items()}
    result = pd.DataFrame(data, index=index)
    result.columns = pd.MultiIndex.from_tuples(list(columns), names=names)
    result.attrs["too_coarse"] = too_coarse
    return result


def within_dates(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether a cluster's date lies within the bounds, by the days each spans: from the first day of `since` to
    the last of `until` ("2024-W10" is in March, which comparing the text would put after "2024-06"); undated
    only when neither is given."""
    span = date_span(date)
    if span is None:
        return since is None and until is None
    first, last = date_span(since), date_span(until)
    return (first is None or span[0] >= first[0]) and (last is None or span[1] <= last[1])


def dated_set(store: EventStore, where: EventFilter, knowledge: KnowledgeBase | None = None,
              window_days: int = 7) -> AnalysisSet:
    """The clusters of `where`'s events, clustered without its dates and then kept when their own date is within
    them, with the reports of those clusters (see the module docstring)."""
    from .clusterstore import AnalysisSet, analysis_set  # imported late: clustering is the heavier stage

    check_bounds(where.since, where.until)
    found = analysis_set(store, replace(where, since=None, until=None), knowledge, window_days)
    if where.since is None and where.until is None:
        return found
    kept = [c for c in found.clusters if within_dates(c.date, where.since, where.until)]
    events = {event_id for c in kept for event_id in c.events}
    return AnalysisSet(kept, {key: r for key, r in found.reports.items() if key in events})


def check_bounds(since: str | None, until: str | None) -> None:
    """An InputError when `since` comes after `until`: such bounds hold nothing, which is a slip, not a finding."""
    first, last = date_span(since), date_span(until)
    if first is not None and last is not None and first[0] > last[1]:
        raise InputError(f"since {since} is after until {until}; give the earlier date as since")


def empty_note(store: EventStore, a: str, b: str, since: str | None = None, until: str | None = None,
               knowledge: KnowledgeBase | None = None) -> str:
    """Why the dyad has no event to show: none within the dates (and the dates its events have), or none at all
    (and which code the knowledge base does not know, with the known codes it resembles)."""
    from difflib import get_close_matches

    from .knowledge import load_knowledge_base

    dyad = tuple(sorted((a, b)))
    whole = dated_set(store, EventFilter(dyad=(a, b)), knowledge).clusters
    spans = sorted((span, c.date) for c in whole if tuple(c.parties) == dyad and (span := date_span(c.date)))
    dates = [date for _, date in spans]  # in time order: "2024-W10" is March, whatever its text sorts after
    if dates and (since or until):
        within = " and ".join(f"{word} {value}" for word, value in (("from", since), ("to", until)) if value)
        return f"no events between {a} and {b} dated {within}; theirs are dated {dates[0]} to {dates[-1]}"
    kb = knowledge if knowledge is not None else load_knowledge_base()
    codes = [*kb.countries, *kb.organisations]
    notes = [f"no events between {a} and {b} in the store"]
    for code in (c for c in (a, b) if c not in kb.countries and c not in kb.organisations):
        close = get_close_matches(code, codes, n=3)
        hint = f"did you mean {' or '.join(close)}?" if close else "use an ISO alpha-3 code (RUS, PRK) or an " \
            "organisation code (NATO)"
        notes.append(f"{code} is not a country or organisation code dyadwatch knows ({hint})")
    return "; ".join(notes)


def series_from_store(store: EventStore, a: str, b: str, freq: str = "M", since: str | None = None,
                      until: str | None = None, dimensions: Sequence[str] | None = None, directed: bool = False,
                      knowledge: KnowledgeBase | None = None) -> pd.DataFrame:
    """The dyad's clusters (stored, or computed and kept: clusterstore.py) as the series (see the module docstring
    for the index)."""
    a, b = a.upper(), b.upper()
    freq = normalise_freq(freq)
    clusters = dated_set(store, EventFilter(dyad=(a, b), since=since, until=until), knowledge).clusters
    frame = cluster_frame(clusters, a, b, freq, dimensions, directed)
    return dyad_series(frame, news_volume(store, a, b, freq), a, b, freq, dimensions, directed, since, until)


def flatten(frame: pd.DataFrame) -> pd.DataFrame:
    """The series with one level of columns ("military.index", "RUS->PRK.all.change") and the period as text in
    the first column, for CSV, JSONL and spreadsheets."""
    flat = frame.copy()
    flat.columns = pd.Index([".".join(str(part) for part in key) for key in frame.columns])
    flat.insert(0, "period", [str(p) for p in frame.index])
    return flat.reset_index(drop=True)
