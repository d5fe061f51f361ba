"""`dyadwatch series`, `dyadwatch network`, `dyadwatch export`: the analysis stage on the command line.

Thin wrappers over `dyadwatch.api` and `dyadwatch.export`; `cli.py` registers them with `register_analysis(cli)`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .clitools import db_option, handle_errors, parse_dyad
from .export import FORMATS
from .network import LEVELS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["series", "network", "export", "analysis_commands", "register_analysis"]

F = TypeVar("F", bound=Callable[..., Any])


def _common(func: F) -> F:
    func = click.option("--until", metavar="DATE", help="Only events dated on or before DATE.")(func)
    func = click.option("--since", metavar="DATE",
                        help="Only events dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")(func)
    return db_option(func)


def _dyad(value: str | None) -> tuple[str | None, str | None]:
    return (None, None) if value is None else parse_dyad(value)


@click.command()
@click.argument("dyad", metavar="AAA-BBB")
@click.option("--freq", type=click.Choice(["W", "M", "Q", "Y"], case_sensitive=False), default="M",
              show_default=True, help="Period: week, month, quarter or year.")
@click.option("--dimension", "dimensions", multiple=True, metavar="CONTEXT",
              help="Also a series for this PLOVER context (repeatable): cyber, humanitarian, migration.")
@click.option("--directed", is_flag=True, help="Split each series into AAA->BBB and BBB->AAA.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True)
@_common
@handle_errors
def series(dyad: str, freq: str, dimensions: tuple[str, ...], directed: bool, fmt: str, db: str, since: str | None,
           until: str | None) -> None:
    """The dyad's cooperation–conflict index per period and dimension, with the periods where it shifts.

    Index = sum over event clusters of (PLOVER score x modality weight x corroboration weight) / sum of their
    corroboration weights: a mean within -10..+10 that news volume does not move (see `dyadwatch.series`). In the
    table each cell is the index with the number of clusters; * marks a change (|z| >= 2 against the previous
    changes between periods with events); - is a period without events of the dimension (no index: NaN in csv).

    \b
    Example:
      dyadwatch series RUS-PRK --freq Q --since 2023 --dimension cyber
      dyadwatch series RUS-PRK --directed --format csv > rus_prk_monthly.csv
    """
    a, b = parse_dyad(dyad)
    from . import api  # pandas and the analysis stage load only for the commands that use them
    from .briefviews import counted
    from .series import PERIOD_NAMES, empty_note, flatten, normalise_freq
    from .store import open_store

    frame = api.series(a, b, freq, since, until, db, dimensions, directed)
    empty = not frame.xs("clusters", axis=1, level="field").to_numpy().any()
    if empty:  # a table of zeros (the articles naming one party) would read as a measured neutral relationship
        with open_store(db) as store:
            click.echo(f"note: {empty_note(store, a, b, since, until)}", err=True)
    if fmt == "table":
        click.echo("(no events to show)" if empty else _series_table(frame))
    elif fmt == "csv":
        click.echo(flatten(frame).to_csv(index=False, lineterminator="\n"), nl=False)
    else:
        _echo_jsonl(flatten(frame).to_dict("records"))
    if frame.attrs.get("too_coarse"):
        period = PERIOD_NAMES[normalise_freq(freq)]
        click.echo(f"{counted(frame.attrs['too_coarse'], 'cluster')} undated or dated less precisely than a {period} "
                   f"left out; a coarser --freq counts those with a date", err=True)


def _series_table(frame: pd.DataFrame) -> str:
    groups: list[tuple[str, ...]] = list(dict.fromkeys(tuple(key[:-1]) for key in frame.columns))
    rows = [["period", "articles", *[" ".join(g) for g in groups]]]
    quiet: list[str] = []  # a run of periods with no article and no event, shown as one line
    for period, row in frame.iterrows():
        if row[(*groups[0], "articles")] == 0 and not any(row[(*g, "clusters")] for g in groups):
            quiet.append(str(period))
            continue
        rows += _quiet_row(quiet, len(groups))
        quiet = []
        rows.append([str(period), str(row[(*groups[0], "articles")]), *[_cell(row, g) for g in groups]])
    rows += _quiet_row(quiet, len(groups))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [[r[0].ljust(widths[0]), *[c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)]] for r in rows]
    return "\n".join("  ".join(line).rstrip() for line in lines)


def _cell(row: pd.Series, group: tuple[str, ...]) -> str:
    if not row[(*group, "clusters")]:
        return "-"  # no event: no index (as the briefing shows it)
    return f"{row[(*group, 'index')]:+.2f} ({row[(*group, 'clusters')]}){'*' if row[(*group, 'change')] else ''}"


def _quiet_row(periods: list[str], width: int) -> list[list[str]]:
    if not periods:
        return []
    span = periods[0] if len(periods) == 1 else f"{periods[0]}..{periods[-1]}"
    return [[span, "0", *["-"] * width]]


def _echo_jsonl(records: list[dict[Any, Any]]) -> None:
    for record in records:
        clean = {str(k): (None if isinstance(v, float) and math.isnan(v) else _plain(v)) for k, v in record.items()}
        click.echo(json.dumps(clean, ensure_ascii=False))


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value  # numpy scalars -> Python numbers


@click.command()
@click.option("--dyad", metavar="AAA-BBB", help="Only events between two parties, either direction: RUS-PRK.")
@click.option("--level", type=click.Choice(LEVELS), default="actor", show_default=True,
              help="Nodes: named actors (people, organisations), agencies (PLOVER codes) or countries.")
@click.option("--undirected", is_flag=True, help="Merge A->B and B->A into one edge.")
@click.option("--top", default=30, show_default=True, type=click.IntRange(1), help="How many edges to show.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True)
@_common
@handle_errors
def network(dyad: str | None, level: str, undirected: bool, top: int, fmt: str, db: str, since: str | None,
            until: str | None) -> None:
    """Which actors interact, how often, and with what balance of cooperation (+1) and conflict (-1).

    \b
    Example:
      dyadwatch network --dyad RUS-PRK --level actor --top 20
      dyadwatch network --level country --format csv > network.csv
    """
    a, b = _dyad(dyad)
    from . import api

    edges = api.network(a, b, since, until, db, level, not undirected).head(top)
    if edges.empty:
        click.echo(f"note: {_no_edges(db, a, b, since, until)}", err=True)
    if fmt == "csv":
        click.echo(edges.to_csv(index=False, lineterminator="\n"), nl=False)
    elif fmt == "jsonl":
        _echo_jsonl(edges.to_dict("records"))
    elif edges.empty:
        click.echo("(no interactions to show)")
    else:
        click.echo(edges.to_string(index=False, float_format=lambda x: f"{x:+.2f}"))


def _no_edges(db: str, a: str | None, b: str | None, since: str | None, until: str | None) -> str:
    """Why the network is empty: the dyad's reason (`series.empty_note`), or the store's."""
    from .series import empty_note
    from .store import open_store

    if a is None or b is None:
        return "no interactions in the store" + (" for these dates" if since or until else "")
    with open_store(db) as store:
        return empty_note(store, a, b, since, until)


@click.command()
@click.argument("kind", type=click.Choice(["events", "clusters"]))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="parquet (needs --out), csv (codes kept as text) or jsonl (the event contract).")
@click.option("--out", metavar="FILE", help="Where to write; default: standard output (not for parquet).")
@click.option("--dyad", metavar="AAA-BBB", help="Only events between two parties, either direction: RUS-PRK.")
@_common
@handle_errors
def export(kind: str, fmt: str, out: str | None, dyad: str | None, db: str, since: str | None,
           until: str | None) -> None:
    """Export stored events, or event clusters, for analysis elsewhere.

    CSV quotes every text field so codes stay text; read it in pandas with dyadwatch.export.read_csv.

    \b
    Example:
      dyadwatch export events --format parquet --out events.parquet
      dyadwatch export clusters --dyad RUS-PRK --since 2024 --format csv --out clusters.csv
    """
    a, b = _dyad(dyad)
    from . import api

    count = api.export(kind, out, fmt, a, b, since, until, db)
    click.echo(f"wrote {count} {kind} -> {out or 'standard output'}", err=True)


analysis_commands = (series, network, export)


def register_analysis(group: click.Group) -> None:
    """Add `series`, `network` and `export` to the `dyadwatch` command group."""
    for command in analysis_commands:
        group.add_command(command)
