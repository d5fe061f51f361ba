"""`dyadwatch brief A B`: the briefing on a dyad, as one self-contained HTML page or a Markdown file.

A thin wrapper over `dyadwatch.brief`; `cli.py` registers it with `cli.add_command(brief)`.
"""

from __future__ import annotations

import click

from .clitools import db_option, handle_errors, require_store
from .store import open_store

__all__ = ["brief"]


@click.command()
@click.argument("a", metavar="A")
@click.argument("b", metavar="B")
@click.option("--since", metavar="DATE", help="Only events dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only events dated on or before DATE.")
@click.option("--freq", type=click.Choice(["W", "M", "Q", "Y"], case_sensitive=False), default="M",
              show_default=True, help="Period of the index: week, month, quarter or year.")
@db_option
@click.option("--out", metavar="FILE", help="Where to write: FILE.html or FILE.md ('-': standard output). "
              "Default: brief-A-B.html (or .md with --format md).")
@click.option("--format", "fmt", type=click.Choice(["html", "md"]), default=None,
              help="html (one page, no network needed) or md; default: from the --out file name, else html.")
@click.option("--top", type=click.IntRange(1, 500),
              help="How many key events the timeline shows (default: the briefing's own, 25).")
@handle_errors
def brief(a: str, b: str, since: str | None, until: str | None, freq: str, db: str, out: str | None,
          fmt: str | None, top: int | None) -> None:
    """Write a briefing on the relationship between parties A and B, and print its path.

    Headline figures, the index per dimension with its change points, a timeline of the key events with their
    citations, the source mix, claims resting on one source or only on state media, contested numbers, the actor
    network, and every event behind them. The HTML page has no script and loads nothing from the network.

    \b
    Example:
      dyadwatch brief RUS PRK --since 2023-01 --out brief.html
      dyadwatch brief RUS PRK --freq Q --format md --out brief.md
    """
    from .brief import TIMELINE_SIZE, build_brief  # pandas
    from .brief_render import format_for, render_brief, write_brief  # jinja2
    from .series import empty_note

    fmt = format_for(out, fmt)
    target = out or f"brief-{a.upper()}-{b.upper()}.{fmt}"
    require_store(db)
    with open_store(db) as store:
        made = build_brief(store, a, b, freq, since, until, top or TIMELINE_SIZE)
        clusters = sum(len(group.clusters) for group in made.appendix)
        events = sum(c.reports for group in made.appendix for c in group.clusters)
        empty = "" if events else empty_note(store, made.a, made.b, since, until)
    if target == "-":
        click.echo(render_brief(made, fmt), nl=False)
    else:  # the path alone on standard output, for scripts (and `make run`)
        click.echo(str(write_brief(made, target, fmt).resolve()))
    click.echo(f"note: {empty}; the briefing is empty" if empty else
               f"briefing on {made.a}-{made.b}: {events} events in {clusters} clusters", err=True)
