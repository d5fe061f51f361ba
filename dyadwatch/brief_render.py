"""Stage 8, outputs: the briefing (brief.py builds it) rendered as one HTML page or one Markdown document.

The templates are `templates/brief.{html,md}.j2`. Text from articles is escaped: Jinja's autoescape for HTML,
`md_escape` on every value for Markdown. The appendix holds a row for every report read, so its rows are formatted
here, one escape a row, rather than cell by cell in the template.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from markupsafe import escape as escape_markup

from .briefviews import AppendixCluster, Brief, ClusterView, EventRow, counted
from .errors import InputError

__all__ = ["FORMATS", "render_brief", "write_brief", "format_for", "md_escape"]

FORMATS = ("html", "md")

MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|&])")


def md_escape(value: Any) -> str:
    """A value as Markdown text: one line, with the characters that start markup escaped (Markup passes)."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    return MD_SPECIAL.sub(r"\\\1", " ".join(str(value).split()))


def _blank(value: Any) -> Any:
    return "" if value is None else value


# An appendix row per format, from its escaped cells; {7}, what the report rests on ("independent outlet",
# "North Korean state media"), goes with the outlet or with the claimant, whichever it describes ({9}: its class).
ROW_START = {"html": '<tr id="e-{0}"><td>{0}</td><td class="nowrap">{1}</td><td>{2}</td><td>{3}</td><td>{4}</td>',
             "md": '| <a id="e-{0}"></a>{0} | {1} | {2} | {3} | {4} | '}
ROW_END = {"html": '<td class="quote">{8}</td></tr>', "md": " {8} |"}
TAGGED = {"html": ('<td>{5}<br><span class="tag{9}">{7}</span></td><td>{6}</td>',
                   '<td>{5}</td><td>{6}<br><span class="tag{9}">{7}</span></td>'),
          "md": ("{5} ({7}) | {6} |", "{5} | {6} ({7}) |")}
ROW_FORMATS = {fmt: tuple(ROW_START[fmt] + middle + ROW_END[fmt] for middle in TAGGED[fmt]) for fmt in TAGGED}


def _escape_all(values: Sequence[str], quote: Callable[[str], Any]) -> list[str]:
    """Each value HTML-escaped, by one call on them all (NUL-separated) unless one holds a NUL: the appendix
    escapes a value or more per report read, and one call a row costs a few times less than one a value."""
    joined = str(quote("\0".join(values))).split("\0")
    return joined if len(joined) == len(values) else [str(quote(v)) for v in values]


def _marked(text: Callable[[Any], str]) -> Callable[[Any], Markup]:
    """A filter from a function that writes escaped text (the appendix's functions call each other's text, with
    no Markup object between them)."""
    return lambda value: Markup(text(value))


def _rows(fmt: str) -> Callable[[Sequence[EventRow]], str]:
    """The text of the `event_rows` filter. The appendix holds every event read, so its cells are escaped here
    (html.escape or md_escape) rather than one by one in the template: autoescape costs a Markup object a cell, and
    dominated the time to render a large briefing."""
    by_outlet, by_claimant = ROW_FORMATS[fmt]

    def cells(row: EventRow) -> list[str]:
        shown = row[:-1]  # all but `tagged`, which picks the pattern
        return [md_escape(v) for v in shown] if fmt == "md" else _escape_all(shown, escape)  # one escape a row

    def event_rows(rows: Sequence[EventRow]) -> str:
        return "\n".join((by_claimant if r.tagged == "claimant" else by_outlet).format(
            *cells(r), " state" if "state media" in r.source else "") for r in rows)

    return event_rows


OTHER_FORMATS = {  # the appendix row of a cluster's other reports, and one report in it
    "html": ('<tr class="more"><td colspan="8">{0}: {1}</td></tr>', '<span id="e-{0}">{1} ({0})</span>', ", "),
    "md": ("| | | | | | | {0} | {1} |", '<a id="e-{0}"></a>{1} ({0})', "; "),
}


def _others(fmt: str) -> Callable[[AppendixCluster], str]:
    """The text of the `other_reports` filter: one row naming an appendix cluster's reports beyond the first few,
    each with its anchor."""
    row, item, separator = OTHER_FORMATS[fmt]

    def other_reports(cluster: AppendixCluster) -> str:
        ids, labels = cluster.other_ids, cluster.other_labels
        if not ids:
            return ""
        values = (*ids, *labels)
        quoted = [md_escape(v) for v in values] if fmt == "md" else _escape_all(values, escape)  # one escape
        items = separator.join(map(item.format, quoted[:len(ids)], quoted[len(ids):]))  # (id, label) each
        return row.format(counted(len(ids), "more report"), items)

    return other_reports


CLUSTER_FORMATS = {  # a cluster's appendix row: {0} id, {1} date, {2} label, {3} actors, {4} place, {5} coverage,
    # {6} dimensions, {7} weight, {8} flags, {9} modality (each escaped; place, dimensions, weight and flags with
    # their separators, or empty)
    "html": ('<tr class="cluster" id="c-{0}"><td colspan="8">{1} · {2} · {3}{4} · {5}{6}{7}{8}</td></tr>',
             " · {0}", " · {0}", " · weight {0}", ' <span class="tag">{0}</span>', True),
    "md": ("| <a id=\"c-{0}\"></a>**cluster** | **{1}** | **{2}** | **{3}** | **{9}** | {5} | {8} | {6} |",
           "", "{0}", "", "{0}", False),
}


def _clusters(fmt: str) -> Callable[[Sequence[AppendixCluster]], str]:
    """The text of the `appendix_clusters` filter: a period's clusters in the appendix, each its row, its reports
    quoted in full (`event_rows`) and the row of its others (`other_reports`). Written here rather than by a
    template loop: an appendix has a cluster per few reports, and a template's calls and autoescape a value
    dominated the time to render a large briefing. HTML values are escaped as autoescape does (markupsafe),
    Markdown's by md_escape."""
    row, place, dimension, weight, flag, each_flag = CLUSTER_FORMATS[fmt]
    event_rows, other_reports = _rows(fmt), _others(fmt)
    cache: dict[Any, str] = {}  # dimensions and flags: a few tuples, each rendered once

    def quote(value: str) -> str:
        return str(escape_markup(value)) if fmt == "html" else md_escape(value)

    def joined(values: tuple[str, ...], pattern: str, each: bool = False) -> str:
        """The values in the pattern: each in its own (`each`), else all of them, comma-separated, in one."""
        key = (values, pattern)
        if key not in cache:
            cache[key] = "".join(pattern.format(quote(v)) for v in values) if each else \
                pattern.format(quote(", ".join(values)))
        return cache[key]

    def header(v: ClusterView) -> str:
        shown = (v.cluster_id, v.date, v.label, v.actors, v.place, v.coverage, v.modality)
        key, when, label, actors, where, coverage, modality = (
            _escape_all(shown, quote) if fmt == "html" else [md_escape(c) for c in shown])
        return row.format(key, when, label, actors, place.format(where) if where and place else "", coverage,
                          joined(v.dimensions, dimension) if v.dimensions or fmt == "md" else "",
                          weight.format(f"{v.weighted:+.1f}") if v.weighted and weight else "",
                          joined(v.flags, flag, each_flag), modality)

    def appendix_clusters(clusters: Sequence[AppendixCluster]) -> str:
        return "\n".join(f"{header(c.view)}\n{event_rows(c.rows)}\n{other_reports(c)}" for c in clusters)

    return appendix_clusters


@lru_cache(maxsize=2)
def _environment(fmt: str) -> jinja2.Environment:
    # HTML: Jinja's autoescape. Markdown: every value goes through md_escape (the same guarantee, Markdown's way).
    env = jinja2.Environment(loader=jinja2.PackageLoader("dyadwatch", "templates"), autoescape=fmt == "html",
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined, finalize=_blank if fmt == "html" else md_escape)
    env.filters["event_rows"] = _marked(_rows(fmt))
    env.filters["other_reports"] = _marked(_others(fmt))
    env.filters["appendix_clusters"] = _marked(_clusters(fmt))
    env.globals["counted"] = counted
    return env


def format_for(path: str | Path | None, fmt: str | None) -> str:
    """The format asked for, else the one the file name says (.html, .htm, .md, .markdown), else html."""
    if fmt:
        if fmt not in FORMATS:
            raise InputError(f"briefing format {fmt!r} is not known; use html or md")
        return fmt
    suffix = Path(str(path)).suffix.lower() if path not in (None, "-") else ".html"
    found = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}.get(suffix)
    if found is None:
        raise InputError(f"cannot tell the briefing format from {str(path)!r}; name the file .html or .md, "
                         f"or give --format html|md")
    return found


def render_brief(brief: Brief, fmt: str = "html") -> str:
    """The briefing as one HTML page (no external resources) or one Markdown document."""
    template = _environment(format_for(None, fmt)).get_template(f"brief.{fmt}.j2")
    context = template.new_context({"brief": brief})
    try:  # what `template.render(brief=brief)` does, but for the `finally`
        return template.environment.concat(template.root_render_func(context))
    except Exception:
        template.environment.handle_exception()  # (raises it again, pointing at the template's line)
    finally:
        # The template's macros and its context refer to each other: left so, the briefing (an object a cluster
        # and a report quoted) would live on until the cyclic collector found it, and cost its passes meanwhile.
        context.vars.clear()


def write_brief(brief: Brief, path: str | Path, fmt: str | None = None) -> Path:
    """Render and write the briefing (format from `fmt`, else the file name); the path written."""
    text = render_brief(brief, format_for(path, fmt))
    target = Path(path)
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the briefing to {target}: {exc.strerror}; check the path and "
                         f"permissions") from exc
    return target
