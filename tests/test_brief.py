"""The briefing: its charts, its escaping, its links, the command, and the page as headless Chromium renders it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyadwatch.brief import build_brief
from dyadwatch.brief_render import format_for, md_escape, render_brief, write_brief
from dyadwatch.briefviews import counted
from dyadwatch.charts import Bar, Point, bar_chart, line_chart, nice_ticks
from dyadwatch.cli_brief import brief as brief_command
from dyadwatch.clusterstore import clusters_for
from dyadwatch.errors import InputError
from dyadwatch.ingest import IngestOptions, read_paths
from dyadwatch.network import actor_network
from dyadwatch.pipeline import RunReport
from dyadwatch.records import Actor, Article, Attribution, Event, Evidence, Place, Quantity
from dyadwatch.store import EventFilter, SQLiteStore

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
HOSTILE = '<script>alert("x")</script> & <b>bold</b> | *star* [link](http://evil.example)'


# -- a small store built by hand -------------------------------------------------------------------------------


def _event(doc: str, n: int, type_: str, day: str, outlet_claim: Attribution | None, text: str,
           modality: str = "asserted", quantity: Quantity | None = None, score: float = 4.0) -> Event:
    rus = Actor("RUS", "GOV", "Vladimir Putin", "Putin", 0, 5)
    prk = Actor("PRK", "GOV", "Kim Jong Un", "Kim", 10, 13)
    return Event(f"{doc}-{n}", doc, type_, None, ("diplomatic",) if type_ == "CONSULT" else ("military",),
                 (rus,), (prk,), day, "day", None, "explicit", Place("Pyongyang", "PRK", 39.0, 125.7), outlet_claim,
                 modality, quantity, score, 0.9, Evidence(text, 0, len(text)), predicate=type_.lower())


def _articles() -> list[tuple[Article, list[Event]]]:
    kcna = Attribution("KCNA", "PRK", "JRN", True)
    spies = Attribution("South Korea's spy agency", "KOR", "SPY", False)
    months = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
    found = []
    for i, month in enumerate(months):  # a quiet half year, then a burst of visits and a troop deployment
        doc = f"doc-{i}"
        events = [_event(doc, 0, "CONSULT", f"{month}-10", None, f"Putin held talks with Kim in month {i}.")]
        found.append((Article(doc, "text", f"{month}-11", "Reuters", title=f"talks {i}"), events))
    burst = [("doc-a", "Yonhap", spies, 10000, "reported"), ("doc-b", "TASS", None, 0, "negated"),
             ("doc-c", "Korean Central News Agency", kcna, 12000, "reported")]
    for doc, outlet, claim, troops, modality in burst:
        text = f"North Korea sent {troops} troops to Russia, {HOSTILE}."
        quantity = Quantity(troops, "troops") if troops else None
        events = [_event(doc, 0, "MOBILIZE", "2024-07-02", claim, text, modality, quantity, -6.5),
                  _event(doc, 1, "CONSULT", "2024-07-01", claim, "Putin visited Pyongyang for talks with Kim.")]
        found.append((Article(doc, "text", "2024-07-03", outlet, title=HOSTILE), events))
    return found


@pytest.fixture()
def store() -> SQLiteStore:
    db = SQLiteStore(":memory:")
    for article, events in _articles():
        db.save(article, events)
    return db


class _Links(HTMLParser):
    """Every id, every href and every tag of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: set[str] = set()
        self.resources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if found.get("href") is not None:
            self.hrefs.append(str(found["href"]))
        self.resources += [str(v) for k, v in attrs if k in ("src", "srcset", "data") and v]


def _parsed(html: str) -> _Links:
    links = _Links()
    links.feed(html)
    return links


def _assert_links_resolve(html: str) -> _Links:
    links = _parsed(html)
    assert len(links.ids) == len(set(links.ids)), "duplicate ids"
    targets = set(links.ids)
    outside = [h for h in links.hrefs if not h.startswith("#")]
    assert not outside, f"links leaving the page: {outside[:5]}"
    missing = sorted({h for h in links.hrefs if h[1:] not in targets})
    assert not missing, f"links to anchors that do not exist: {missing[:5]}"
    return links


# -- charts ----------------------------------------------------------------------------------------------------


def test_line_chart_escapes_links_and_marks_change_points():
    points = [Point("2024-01", 1.0, "#p-2024-01", 'a <b> & "c"'), Point("2024-02", float("nan")),
              Point("2024-03", -2.0, "#p-2024-03", marked=True), Point("2024-04", 0.5)]
    svg = line_chart(points, "military <index>")
    assert "<index>" not in svg and "military &lt;index&gt;" in svg
    assert "a &lt;b&gt; &amp; &quot;c&quot;" in svg
    path = re.search(r'class="dw-line" d="([^"]+)"', svg)
    assert path and path[1].count("M") == 2  # the period with no coverage breaks the line
    assert svg.count('class="dw-point dw-change"') == 1
    assert '<a href="#p-2024-01">' in svg and svg.count("<circle") == 3


def test_empty_line_chart_and_bar_chart():
    assert "no data" in line_chart([], "empty")
    svg = bar_chart([Bar("RUS <state> media", 40.0, "#src-RUS", css="dw-state", note="4 reports"),
                     Bar("Independent", 60.0, "#src-independent")], "mix")
    assert "RUS &lt;state&gt; media" in svg and svg.count("<rect") == 2 and '<a href="#src-RUS">' in svg


def test_nice_ticks_cover_the_range_with_round_steps():
    assert nice_ticks(-7.3, 14.6) == [-5.0, 0.0, 5.0, 10.0]
    assert nice_ticks(0.0, 1.0) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]


# -- building and rendering ------------------------------------------------------------------------------------


def test_brief_sections_from_a_small_store(store):
    made = build_brief(store, "rus", "PRK", generated="2025-01-01")
    assert (made.a, made.b) == ("RUS", "PRK")
    assert [d.name for d in made.dimensions] == ["all", "diplomatic", "military", "economic"]
    assert made.timeline and all(item.citations for item in made.timeline)
    assert [item.cluster.date for item in made.timeline] == sorted(item.cluster.date for item in made.timeline)
    labels = {row.key: row for row in made.source_mix}
    assert labels["PRK"].reports == 2 and labels["independent"].reports >= 6  # KCNA claims, the rest
    contested = [v for v in made.contested if "MOBILIZE" in v.label]
    assert contested, "10,000 against 12,000 troops, and a denial, is contested"
    claims = " ".join(contested[0].claims)
    assert "10,000 troops" in claims and "12,000 troops" in claims and "denied" in claims
    assert any(change.drivers for change in made.changes), "the July burst is a change point with its events"
    events = sum(c.reports for group in made.appendix for c in group.clusters)
    assert events == len(list(store.events()))


def test_the_network_section_counts_as_the_network_table_does(store):
    """The briefing tallies its edges in its one pass over the reports; they must be the network table's."""
    made = build_brief(store, "RUS", "PRK", generated="2025-01-01")
    clusters = clusters_for(store, EventFilter(dyad=("PRK", "RUS")))
    table = actor_network(store.events(EventFilter(dyad=("PRK", "RUS"))), "actor", clusters)
    expected = [(r["source"], r["target"], r["interactions"], r["reports"], r["cooperation"], r["conflict"],
                 round(r["balance"], 6)) for r in table.head(len(made.network)).to_dict("records")]
    assert made.network and [(e.source, e.target, e.interactions, e.reports, e.cooperation, e.conflict,
                              round(e.balance, 6)) for e in made.network] == expected


def test_html_is_escaped_self_contained_and_every_link_resolves(store):
    html = render_brief(build_brief(store, "RUS", "PRK"), "html")
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html and "alert(" not in html.replace("alert(&#34;", "").replace("alert(&quot;", "")
    assert "&lt;script&gt;" in html
    links = _assert_links_resolve(html)
    assert not links.resources and "link" not in links.tags and "@import" not in html and "url(" not in html
    assert "svg" in links.tags and html.count('class="dw-chart dw-line-chart"') == 4
    assert "c-" in " ".join(links.hrefs) and any(h.startswith("#e-") for h in links.hrefs)


def test_the_appendix_says_how_many_reports_of_a_cluster_it_quotes(store):
    made = build_brief(store, "RUS", "PRK")
    quoted = {len(c.rows) for group in made.appendix for c in group.clusters}
    assert quoted == {made.in_full} == {1}
    html = render_brief(made, "html")
    assert "A\ncluster's first report is quoted;" in html
    assert "first 2 reports are quoted" in render_brief(replace(made, in_full=2), "html")


def test_markdown_has_the_same_sections_escaped_and_linked(store):
    md = render_brief(build_brief(store, "RUS", "PRK"), "md")
    for heading in ("## Headline figures", "## The index per dimension", "### Change points",
                    "## Timeline of key events", "## Source mix", "## Claims resting on a single source",
                    "## Claims resting only on state media", "## Contested quantities and denials",
                    "## Actor network", "## Appendix: the events"):
        assert heading in md
    assert "<script>" not in md and r"\<script\>" in md and r"\[link\]" in md
    assert "); [" in md  # links in a list keep their separator (md_escape trims each value)
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', md))
    hrefs = set(re.findall(r"\]\(#([^)]+)\)", md))
    assert hrefs and hrefs <= anchors, sorted(hrefs - anchors)[:5]


def test_md_escape_keeps_one_line_and_escapes_markup():
    assert md_escape("a|b\n*c* [d](e) <x> _y_ & \\") == r"a\|b \*c\* \[d\](e) \<x\> \_y\_ \& \\"
    assert md_escape(None) == ""


def test_appendix_escapes_a_row_at_once_and_each_value_when_one_holds_a_nul():
    from html import escape

    from dyadwatch.brief_render import _escape_all
    assert _escape_all(["<a>", "b & 'c'"], escape) == ["&lt;a&gt;", "b &amp; &#x27;c&#x27;"]
    assert _escape_all(["a\0<b>", "c"], escape) == ["a\0&lt;b&gt;", "c"]  # not split at the NUL


def test_format_from_the_file_name_or_the_option():
    assert format_for("brief.html", None) == "html" and format_for("out/b.MD", None) == "md"
    assert format_for(None, None) == "html" and format_for("x.html", "md") == "md"
    with pytest.raises(InputError, match=r"\.html or \.md"):
        format_for("brief.txt", None)


def test_bad_arguments_say_what_is_valid(store):
    with pytest.raises(InputError, match="two parties"):
        build_brief(store, "RUS", "rus")
    with pytest.raises(InputError, match="YYYY-MM"):
        build_brief(store, "RUS", "PRK", since="2024/01")
    with pytest.raises(InputError, match="party code"):
        build_brief(store, "RUS", "P-K")
    with pytest.raises(InputError, match="after until"):
        build_brief(store, "RUS", "PRK", since="2024-07", until="2024-06")


def test_an_empty_dyad_still_gives_a_valid_page(store):
    html = render_brief(build_brief(store, "USA", "CHN"), "html")
    assert "No events between USA and CHN" in html
    _assert_links_resolve(html)


# -- the command -----------------------------------------------------------------------------------------------


def test_command_writes_the_file_and_prints_its_path(tmp_path, store):
    db = tmp_path / "s.db"
    with SQLiteStore(str(db)) as disk:
        for article, events in _articles():
            disk.save(article, events)
    out = tmp_path / "b.md"
    result = CliRunner().invoke(brief_command, ["RUS", "PRK", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out.resolve()) and out.read_text().startswith("# Russia")


def test_command_says_why_a_briefing_is_empty(tmp_path):
    db = tmp_path / "s.db"
    with SQLiteStore(str(db)) as disk:
        for article, events in _articles():
            disk.save(article, events)
    runner, out = CliRunner(), str(tmp_path / "b.html")
    typo = runner.invoke(brief_command, ["RUS", "DPRK", "--db", str(db), "--out", out])
    assert typo.exit_code == 0 and "DPRK is not a country or organisation code" in typo.stderr
    assert "did you mean PRK?" in typo.stderr
    late = runner.invoke(brief_command, ["RUS", "PRK", "--since", "2025", "--db", str(db), "--out", out])
    assert "dated from 2025; theirs are dated 2024-01-10 to 2024-07-02" in late.stderr
    assert "the briefing is empty" in late.stderr and late.stdout.strip() == str(Path(out).resolve())


def test_command_errors_and_help(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(brief_command, ["RUS", "PRK", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "dyadwatch ingest" in missing.output
    help_text = runner.invoke(brief_command, ["--help"]).output
    assert help_text.split("Options:")[0].rstrip().splitlines()[-1].strip().startswith("dyadwatch brief")


# -- the page in a real browser --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> str:
    """The headless browser; asked for before the example store is built, so a skip costs nothing."""
    found = next((path for name in BROWSERS if (path := shutil.which(name))), None)
    if found is None:
        reason = "no headless browser (chromium, chromium-browser, google-chrome); install Debian's chromium"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)  # CI installs it (make test/.ci/run): its absence there is a broken setup
        pytest.skip(reason)
    return found


def _chromium(browser: str, page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [browser, "--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage",
               f"--user-data-dir={profile}", "--virtual-time-budget=3000", "--enable-logging=stderr", "--v=0",
               *extra, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


# A measuring script added to a copy of the page only: the briefing itself has no script. It records what the
# browser laid out (chart sizes, line lengths, timeline items) in the DOM that --dump-dom prints.
PROBE = """<script>
window.addEventListener("load", () => {
  const box = (el) => el.getBoundingClientRect();
  const found = {
    charts: [...document.querySelectorAll("svg.dw-line-chart")].map((s) => box(s).height),
    lines: [...document.querySelectorAll("path.dw-line")].map((p) => p.getTotalLength()),
    bars: [...document.querySelectorAll("rect.dw-bar")].map((r) => r.getBBox().width),
    items: [...document.querySelectorAll("li.tl-item")].map((li) => box(li).height),
  };
  const pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(found);
  document.body.appendChild(pre);
});
</script>"""


@pytest.fixture(scope="module")
def example_brief(tmp_path_factory, pipeline) -> Path:
    """The briefing on RUS-PRK of a store made from the example corpus, the way `dyadwatch ingest` makes it."""
    folder = tmp_path_factory.mktemp("brief")
    with SQLiteStore(str(folder / "examples.db")) as store:
        pipeline.ingest_into(store, read_paths([EXAMPLES], IngestOptions()), RunReport())
        return write_brief(build_brief(store, "RUS", "PRK"), folder / "brief.html")


def test_chromium_renders_the_page_without_console_errors(browser, example_brief, tmp_path):
    run = _chromium(browser, example_brief, tmp_path / "profile", "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    errors = [line for line in run.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert not errors, errors
    dom = run.stdout
    paths = re.findall(r'<path class="dw-line" d="([^"]*)"', dom)
    assert len(paths) == 4 and any(p.startswith("M") for p in paths)
    assert dom.count('class="tl-item') >= 5
    _assert_links_resolve(dom)


def test_chromium_lays_out_the_charts_and_timeline(browser, example_brief, tmp_path):
    probed = tmp_path / "probed.html"
    probed.write_text(example_brief.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"),
                      encoding="utf-8")
    run = _chromium(browser, probed, tmp_path / "profile", "--dump-dom")
    assert not [line for line in run.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    measured = re.search(r'<pre id="probe">([^<]*)</pre>', run.stdout)
    assert measured, "the page did not finish loading"
    found = json.loads(measured[1])
    assert len(found["charts"]) == 4 and min(found["charts"]) > 100  # px: visible charts, not collapsed ones
    assert max(found["lines"]) > 50 and max(found["bars"]) > 50
    assert found["items"] and min(found["items"]) > 20
    shot = tmp_path / "brief.png"
    run = _chromium(browser, example_brief, tmp_path / "profile2", "--hide-scrollbars", "--window-size=1366,2400",
                    f"--screenshot={shot}")
    assert shot.exists() and shot.stat().st_size > 20_000, run.stderr[-2000:]


# -- what an analyst reads: the latest figures, citations, sources, phrasing ------------------------------------


def _add(store: SQLiteStore, doc: str, published: str, outlet: str, *events: Event) -> None:
    store.save(Article(doc, "text", published, outlet, title=doc), list(events))


def test_latest_figures_speak_of_the_latest_period_with_events(store):
    # September's article recaps the July burst: the series runs to September, the events stop in July.
    _add(store, "recap", "2024-09-15", "Reuters",
         _event("recap", 0, "CONSULT", "2024-07-01", None, "Putin visited Pyongyang for talks with Kim in July."))
    made = build_brief(store, "RUS", "PRK")
    index = next(f for f in made.headline if f.label.startswith("Index"))
    assert "2024-07" in index.label and index.href == "#p-2024-07"
    assert "then 1 period with articles but no dated event" in index.note  # August had no article at all
    assert not any(c.period in ("2024-08", "2024-09") for c in made.changes)
    diplomatic = next(d for d in made.dimensions if d.name == "diplomatic")
    assert (diplomatic.latest_period, diplomatic.quiet_since) == ("2024-07", 1) and diplomatic.latest != 0
    assert all(c.drivers for c in made.changes) and all(c.previous for c in made.changes)


def test_the_charts_run_from_the_first_period_with_events_to_the_last(store):
    # An article of September recaps July and tells of a Russian accusation against Ukraine in March 2020: the
    # news volume runs from 2020-03 to 2024-09, the events of the dyad from January to July 2024.
    ukraine = (Actor("UKR", "GOV", None, "Kyiv", 0, 4),)
    _add(store, "history", "2024-09-15", "Reuters",
         replace(_event("history", 0, "ACCUSE", "2020-03-02", None, "Moscow accused Kyiv."), target=ukraine),
         _event("history", 1, "CONSULT", "2024-07-01", None, "Putin visited Pyongyang for talks with Kim in July."))
    made = build_brief(store, "RUS", "PRK")
    assert "Events dated 2024-01 to 2024-07" in made.scope and len(made.series_rows) == 7
    chart = next(d.chart for d in made.dimensions if d.name == "all")
    ticks = re.findall(r'class="dw-tick"[^>]*text-anchor="middle">([^<]+)<', chart)
    assert ticks == [f"2024-{m:02d}" for m in range(1, 8)]


def test_the_change_point_figure_counts_shifts_and_says_in_how_many_periods(store):
    made = build_brief(store, "RUS", "PRK")
    figure = next(f for f in made.headline if f.label.startswith("Change point"))
    periods, dimensions = {c.period for c in made.changes}, {c.dimension for c in made.changes}
    # July: the deployment turns "all" negative; the diplomatic index stays a visit's (it is a mean, not a share
    # of July's three articles)
    assert (periods, dimensions) == ({"2024-07"}, {"all"}) and figure.value == "1"
    assert figure.note == "index shifts in 1 period, 1 dimension"
    quiet = build_brief(store, "RUS", "PRK", until="2024-06")
    assert next(f.note for f in quiet.headline if f.label.startswith("Change point")) == \
        "no period where an index shifts"
    md = render_brief(made, "md")
    assert "latest +0.00" not in md and "moved to zero" not in md


def test_one_sentence_of_one_article_is_cited_once(store):
    text = "Putin met Kim in Pyongyang on Sunday."
    first = _event("twice", 0, "CONSULT", "2024-07-21", None, text)
    second = replace(first, event_id="twice-1", source=first.target, target=first.source)
    _add(store, "twice", "2024-07-22", "Yonhap", first, second)
    made = build_brief(store, "RUS", "PRK")
    item = next(i for i in made.timeline if any(c.event_id.startswith("twice") for c in i.citations))
    assert [c.evidence for c in item.citations] == [text]
    assert item.cluster.coverage == "2 reports from 1 article, 1 separate outlet" and item.more == 0


def test_each_citation_says_what_it_rests_on(store):
    made = build_brief(store, "RUS", "PRK")
    rows = [row for g in made.appendix for c in g.clusters for row in c.rows]
    rows += [row for item in made.timeline for row in item.citations]
    kcna = next(r for r in rows if r.attribution == "KCNA")
    assert (kcna.source, kcna.tagged) == ("North Korean state media", "claimant")
    reuters = next(r for r in rows if r.outlet == "Reuters")
    assert (reuters.source, reuters.tagged) == ("independent outlet", "outlet")
    md, html = render_brief(made, "md"), render_brief(made, "html")
    assert "(Independent outlets)" not in md and "KCNA (North Korean state media)" in md
    assert "Reuters (independent outlet)" in md
    for page in (md, html):
        assert "(s)" not in page, re.findall(r".{30}\(s\).{10}", page)[:3]


def test_the_source_mix_names_one_medium_once_whatever_it_is_called(store):
    # KCNA's claims (attributed "KCNA") and an article of the agency itself, under its full name: one medium
    _add(store, "kcna-own", "2024-07-04", "the Korean Central News Agency",
         _event("kcna-own", 0, "CONSULT", "2024-07-01", None, "Kim received Putin in Pyongyang."))
    made = build_brief(store, "RUS", "PRK")
    prk = next(row for row in made.source_mix if row.key == "PRK")
    assert (prk.reports, prk.outlets) == (3, "Korean Central News Agency (3)")


def test_a_claim_is_listed_once_however_its_claimant_is_capitalised(store):
    for doc, who in (("wh-1", "The White House"), ("wh-2", "the White House")):
        claim = Attribution(who, "USA", "GOV", False)
        _add(store, doc, "2024-07-03", "AP", _event(doc, 0, "MOBILIZE", "2024-07-02", claim,
                                                    "North Korea sent 11000 troops to Russia.", "reported",
                                                    Quantity(11000, "troops"), -6.5))
    made = build_brief(store, "RUS", "PRK")
    claims = next(v.claims for v in made.contested if "MOBILIZE" in v.label)
    assert [c for c in claims if c.startswith("11,000")] == ["11,000 troops: The White House"]


def test_a_speaker_left_as_a_pronoun_is_no_claimant_and_the_outlet_speaks(store):
    # "He denied ..." after a name the resolver could not place: the claim is the outlet's, not "He"'s
    he = Attribution("He", "PRK", "GOV", False)
    _add(store, "he-1", "2024-07-03", "Daily NK", _event("he-1", 0, "MOBILIZE", "2024-07-02", he,
                                                         "He denied that 13000 troops went to Russia.", "negated",
                                                         Quantity(13000, "troops"), -6.5))
    made = build_brief(store, "RUS", "PRK")
    claims = next(v.claims for v in made.contested if "MOBILIZE" in v.label)
    assert "denied: Daily NK" in claims and "13,000 troops: Daily NK" in claims
    assert not any(c.endswith(": He") for c in claims)


def test_an_organisation_has_no_state_media_row(store):
    nato = (Actor(None, "IGO", "NATO", "NATO", 0, 4, org="NATO"),)
    _add(store, "nato", "2024-07-05", "TASS", replace(_event("nato", 0, "ACCUSE", "2024-07-04", None,
                                                              "Putin accused NATO."), target=nato, score=-3.0))
    made = build_brief(store, "RUS", "NATO")
    assert [row.key for row in made.source_mix] == ["RUS", "other", "independent"]
    assert made.source_mix[0].reports == 1 and "NATO state media" not in render_brief(made, "md")


def test_counts_read_as_sentences():
    assert [counted(0, "change point"), counted(1, "report"), counted(1_200, "report")] == \
        ["no change point", "1 report", "1,200 reports"]


def test_line_chart_bridges_periods_without_events_and_labels_years():
    labels = [f"{2023 + m // 12}-{m % 12 + 1:02d}" for m in range(60)]  # five years: a tick each January
    points = [Point(label, float("nan") if 3 <= i < 20 else 1.0, "#p") for i, label in enumerate(labels)]
    svg = line_chart(points, "diplomatic", bridge_gaps=True)
    bridge = re.search(r'class="dw-bridge" d="([^"]+)"', svg)
    assert bridge and bridge[1].count("M") == 1  # one dashed segment, across the 17 periods without events
    ticks = re.findall(r'class="dw-tick"[^>]*text-anchor="middle">([^<]+)<', svg)
    assert ticks == ["2023", "2024", "2025", "2026", "2027"]
    assert "no events" in line_chart([Point("2024-01", float("nan"))], "economic")


def test_a_yearly_chart_labels_round_years():
    points = [Point(str(year), 1.0) for year in range(1961, 2028)]  # 67 years: a tick each decade
    ticks = re.findall(r'class="dw-tick"[^>]*text-anchor="middle">([^<]+)<', line_chart(points, "all"))
    assert ticks == ["1970", "1980", "1990", "2000", "2010", "2020"]
