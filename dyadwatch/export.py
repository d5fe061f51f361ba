"""Exports for analysts: stored events and event clusters as Parquet, CSV or JSONL.

- `jsonl`: events in the event JSONL contract (DESIGN.md), one a line, field for field; clusters as
  `Cluster.to_dict()`, one a line. Nothing is flattened or lost.
- `parquet` and `csv`: one flat row per event or cluster (`event_frame`, `cluster_table`). A nested object becomes
  prefixed columns (`place_name`, `attribution_state_media`); a list of actors or quantities becomes one column per
  field, the values joined with ";" in order (`source_code` "RUSGOV;RUSMIL", `source_name` "Vladimir Putin;");
  a list of words is joined with ";" (`contexts` "diplomatic;economic"). Events also carry their article's
  `outlet`, `title` and `published`.
- `csv` quotes every text field and no number, so codes stay text: a reader that honours quotes (LibreOffice's
  "quoted field as text", Python's csv module, `read_csv` here) keeps "NAN", "NA" or "012" as written. pandas users
  should read an export with `dyadwatch.export.read_csv`, which never turns a code into a number or a missing value.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .errors import InputError
from .records import contract_record

if TYPE_CHECKING:
    import pandas as pd

    from .clusters import Cluster

__all__ = ["FORMATS", "EVENT_COLUMNS", "NUMERIC_COLUMNS", "event_row", "event_frame", "cluster_row",
           "cluster_table", "export_events", "export_clusters", "read_csv", "write_event_part"]

FORMATS = ("parquet", "csv", "jsonl")
ACTOR_FIELDS = ("code", "country", "sector", "name", "text")
EVENT_COLUMNS = (
    "event_id", "doc_id", "type", "mode", "contexts",
    *(f"{role}_{name}" for role in ("source", "target") for name in ACTOR_FIELDS),
    "date", "date_precision", "date_text", "date_reason", "place_name", "place_country", "place_lat", "place_lon",
    "attribution_text", "attribution_country", "attribution_sector", "attribution_state_media", "modality",
    "quantity_value", "quantity_unit", "quantity_approx", "score", "confidence", "evidence_text", "evidence_start",
    "evidence_end", "outlet", "title", "published",
)
# Lists of records in a cluster's to_dict(), and their fields (Cluster.quantities).
RECORD_LISTS = {"quantities": ("claimant", "value", "unit")}
# Everything else is text; these are the columns read back as numbers or flags.
NUMERIC_COLUMNS = {"place_lat": "float64", "place_lon": "float64", "quantity_value": "float64",
                   "score": "float64", "confidence": "float64", "evidence_start": "Int64", "evidence_end": "Int64",
                   "attribution_state_media": "boolean", "independent_outlets": "Int64", "n_events": "Int64"}


# -- flat rows -------------------------------------------------------------------------------------------------


def _joined(values: Iterable[Any]) -> str:
    return ";".join("" if v is None else str(v) for v in values)


def _part(record: dict[str, Any] | None, prefix: str, keys: Iterable[str]) -> dict[str, Any]:
    return {f"{prefix}_{k}": (record or {}).get(k) for k in keys}


def event_row(event: dict[str, Any]) -> dict[str, Any]:
    """One event (contract form, optionally with `article`) as a flat row of `EVENT_COLUMNS`."""
    article = event.get("article") or {}
    row = {k: event.get(k) for k in ("event_id", "doc_id", "type", "mode", "date", "date_precision", "date_text",
                                     "date_reason", "modality", "score", "confidence")}
    row["contexts"] = _joined(event["contexts"])
    for role in ("source", "target"):
        row.update({f"{role}_{k}": _joined(a.get(k) for a in event[role]) for k in ACTOR_FIELDS})
    row.update(_part(event.get("place"), "place", ("name", "country", "lat", "lon")))
    row.update(_part(event.get("attribution"), "attribution", ("text", "country", "sector", "state_media")))
    row.update(_part(event.get("quantity"), "quantity", ("value", "unit", "approx")))
    row.update(_part(event.get("evidence"), "evidence", ("text", "start", "end")))
    row.update({k: article.get(k) for k in ("outlet", "title", "published")})
    return row


def event_frame(events: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Events as a flat DataFrame: text columns stay text, numbers are numbers (one pass over the events)."""
    import pandas as pd  # pandas loads only when a table is built, not with every command
    frame = pd.DataFrame([event_row(e) for e in events], columns=list(EVENT_COLUMNS))
    return _typed(frame)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd  # pandas loads only when a table is built, not with every command
    for column in frame.columns:
        kind = NUMERIC_COLUMNS.get(str(column))
        if kind:
            frame[column] = frame[column].astype(pd.api.types.pandas_dtype(kind))
        else:
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame


def cluster_row(cluster: Cluster) -> dict[str, Any]:
    """One cluster as a flat row: lists joined with ";", a list of records as one joined column per field."""
    row: dict[str, Any] = {}
    for key, value in cluster.to_dict().items():
        if key in RECORD_LISTS:  # even when empty, so every row has the same columns
            row.update({f"{key}_{k}": _joined(item.get(k) for item in value) for k in RECORD_LISTS[key]})
        elif isinstance(value, dict):
            row.update({f"{key}_{k}": v for k, v in value.items()})
        elif isinstance(value, list | tuple):
            row[key] = _joined(value)
        else:
            row[key] = value
    row["n_events"] = len(cluster.events)
    return row


def cluster_table(clusters: Iterable[Cluster]) -> pd.DataFrame:
    """Clusters as a flat DataFrame (`cluster_row`)."""
    import pandas as pd  # pandas loads only when a table is built, not with every command
    rows = [cluster_row(c) for c in clusters]
    return _typed(pd.DataFrame(rows, columns=_cluster_columns(rows)))


def _cluster_columns(rows: list[dict[str, Any]]) -> list[str]:
    if rows:
        return list(rows[0])
    from .clusters import Cluster

    names = [f.name for f in fields(Cluster)] if is_dataclass(Cluster) else []
    flat = [c for n in names for c in ([f"{n}_{k}" for k in RECORD_LISTS[n]] if n in RECORD_LISTS else [n])]
    return [*flat, "n_events"]


# -- writing ---------------------------------------------------------------------------------------------------


def _check(fmt: str, out: str | Path | None) -> None:
    if fmt not in FORMATS:
        raise InputError(f"export format {fmt!r} is not known; use one of {', '.join(FORMATS)}")
    if fmt == "parquet" and out in (None, "-"):
        raise InputError("parquet is binary and cannot go to the terminal; give a file with --out FILE.parquet")


@contextmanager
def _text_out(out: str | Path | None) -> Iterator[IO[str]]:
    if out in (None, "-"):
        yield sys.stdout
        return
    try:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            yield handle
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror}; check the path and permissions") from exc


def _write_frame(frame: pd.DataFrame, out: str | Path | None, fmt: str) -> None:
    if fmt == "parquet":
        try:
            frame.to_parquet(out, engine="pyarrow", index=False)
        except OSError as exc:
            raise InputError(f"cannot write {out}: {exc}; check the path and permissions") from exc
        return
    with _text_out(out) as handle:
        frame.to_csv(handle, index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")


def _write_jsonl(records: Iterable[dict[str, Any]], out: str | Path | None) -> int:
    count = 0
    with _text_out(out) as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def export_events(events: Iterable[dict[str, Any]], out: str | Path | None, fmt: str) -> int:
    """Write events (as `EventStore.events` yields them) to `out` (a path; None or "-" for stdout); the count."""
    _check(fmt, out)
    if fmt == "jsonl":
        # The store adds `article` and `predicate` for convenience; the contract has neither.
        return _write_jsonl((contract_record(e) for e in events), out)
    frame = event_frame(events)
    _write_frame(frame, out, fmt)
    return len(frame)


def write_event_part(events: Iterable[dict[str, Any]], path: str | Path) -> int:
    """One Parquet part of a partitioned export (`ingest`-free Dask extraction): every part has the same column
    types, a column with no value in this part included, so the parts read back as one table
    (`pandas.read_parquet(folder)`)."""
    import pyarrow as pa

    kinds = {"float64": pa.float64(), "Int64": pa.int64(), "boolean": pa.bool_()}
    schema = pa.schema([(c, kinds[NUMERIC_COLUMNS[c]] if c in NUMERIC_COLUMNS else pa.string()) for c in EVENT_COLUMNS])
    frame = event_frame(events)
    try:
        frame.to_parquet(path, engine="pyarrow", index=False, schema=schema)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc}; check the path and permissions") from exc
    return len(frame)


def export_clusters(clusters: Iterable[Cluster], out: str | Path | None, fmt: str) -> int:
    """Write clusters to `out` (a path; None or "-" for stdout); the count."""
    _check(fmt, out)
    if fmt == "jsonl":
        return _write_jsonl((c.to_dict() for c in clusters), out)
    frame = cluster_table(clusters)
    _write_frame(frame, out, fmt)
    return len(frame)


def read_csv(path: str | Path) -> pd.DataFrame:
    """Read an export's CSV back with every code as text: only an empty field is missing, and only the numeric
    columns are numbers."""
    import pandas as pd  # pandas loads only when a table is built, not with every command
    with open(path, encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle), [])
    dtypes = {name: NUMERIC_COLUMNS.get(name, "object") for name in header}
    frame = pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""], encoding="utf-8")
    return _typed(frame)
