"""The command line: thin wrappers over the library. Errors become one-line messages here and nowhere else.

Exit status: 0 on success, 1 when some items were skipped (the rest was processed), 2 on a usage or data error.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from .cli_actors import actors
from .cli_analysis import register_analysis
from .cli_brief import brief
from .clitools import db_option, handle_errors, parse_dyad, require_store
from .clusterstore import clusters_of_every_dyad
from .errors import InputError, SkippedItem
from .evalreport import format_batches, format_details, format_scores
from .goldsets import ClusterTally, GoldSet, check_floors, discover, evaluate_set, raised_floors, read_gold
from .ingest import IngestOptions, parse_date_option, read_paths
from .lexicon import PLOVER_TYPES
from .pipeline import Pipeline, RunReport
from .records import Article, contract_record
from .store import EventFilter, EventStore, open_store, shown
from .summary import event_table, events_csv, summarise

__all__ = ["main", "cli"]

F = TypeVar("F", bound=Callable[..., Any])
MODALITIES = ("asserted", "reported", "planned", "hypothetical", "negated")


def _knowledge_options(func: F) -> F:
    func = click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                        help="Your own actor YAML file, extending the shipped knowledge base (repeatable).")(func)
    return click.option("--lexicon", "lexicon_files", multiple=True,
                        type=click.Path(exists=True, dir_okay=False),
                        help="Your own event-pattern YAML file, extending the shipped lexicon (repeatable).")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dyadwatch")
def cli() -> None:
    """dyadwatch: source-attributed PLOVER events from news text.

    \b
    Example:
      dyadwatch ingest examples/articles && dyadwatch summary
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--published", metavar="DATE", help="Publication date for articles that carry none (YYYY-MM-DD).")
@click.option("--outlet", metavar="NAME", help="Outlet for articles that name none.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Parser processes on this machine.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Code on a Dask cluster: tcp://scheduler:8786, or local:N for N worker processes here. "
                   "Every worker writes to the store, so --db must be a PostgreSQL URL.")
@click.option("--reextract", is_flag=True, help="Code articles again even if the store has them.")
@click.option("--max-chars", default=1_000_000, show_default=True, type=click.IntRange(1000),
              help="Skip documents longer than this.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--no-cluster", is_flag=True, help="Do not cluster the changed dyads now (a briefing, series or "
              "export clusters a dyad the first time it needs it).")
@_knowledge_options
@handle_errors
def ingest(paths: tuple[str, ...], db: str, published: str | None, outlet: str | None, workers: int,
           dask_address: str | None, reextract: bool, max_chars: int, quiet: bool, no_cluster: bool,
           actor_files: tuple[str, ...], lexicon_files: tuple[str, ...]) -> None:
    """Read texts (.txt, .html, .jsonl, directories) and store them with their events.

    The same text ingested twice is stored once; an interrupted run can simply be run again.

    \b
    Example:
      dyadwatch ingest examples/articles --db dyadwatch.db
      dyadwatch ingest news.jsonl --published 2024-06-19 --outlet Yonhap
      dyadwatch ingest news/ --db postgresql://me@dbhost/dyadwatch --dask tcp://scheduler:8786
    """
    options = IngestOptions(parse_date_option(published), outlet, max_chars)
    report = RunReport()
    items = _echo_skips(read_paths(paths, options))
    if dask_address:
        _ingest_on_dask(dask_address, db, items, report, reextract, quiet, (actor_files, lexicon_files))
    else:
        pipeline = Pipeline(actor_files, lexicon_files)
        with open_store(db) as store, _progress(quiet, "coding") as bar:
            pipeline.ingest_into(store, items, report, reextract=reextract, workers=workers,
                                 on_article=lambda _article: bar.update(1))
    _print_report(report, db)
    if not no_cluster:
        with open_store(db) as store:
            _cluster_changed(store, quiet)
    sys.exit(1 if report.skipped else 0)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--published", metavar="DATE", help="Publication date for articles that carry none (YYYY-MM-DD).")
@click.option("--outlet", metavar="NAME", help="Outlet for articles that name none.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Code on a Dask cluster (tcp://scheduler:8786, or local:N) and write one Parquet part per "
                   "partition into --out.")
@click.option("--out", "out_dir", metavar="FOLDER", help="With --dask: the folder for the Parquet parts, one every "
                                                          "worker can write.")
@click.option("--quiet", is_flag=True, help="No progress bar (with --dask).")
@_knowledge_options
@handle_errors
def extract(file: str, fmt: str, published: str | None, outlet: str | None, dask_address: str | None,
            out_dir: str | None, quiet: bool, actor_files: tuple[str, ...], lexicon_files: tuple[str, ...]) -> None:
    """Print the events of FILE (.txt, .html or .jsonl) without storing anything.

    For .jsonl input every event carries the input line's id as doc_id.

    \b
    Example:
      dyadwatch extract examples/articles/corpus.jsonl --format jsonl > events.jsonl
      dyadwatch extract news.jsonl --dask tcp://scheduler:8786 --out events/   # pandas.read_parquet("events/")
    """
    if not Path(file).exists():
        raise InputError(f"{file}: no such file; give a .txt, .html or .jsonl file")
    options = IngestOptions(parse_date_option(published), outlet)
    if dask_address or out_dir:
        _extract_on_dask(file, options, dask_address, out_dir, quiet, (actor_files, lexicon_files))
        return
    pipeline = Pipeline(actor_files, lexicon_files)
    skipped: list[SkippedItem] = []

    def articles() -> Iterator[Article]:
        for item in _echo_skips(read_paths([file], options)):
            if isinstance(item, SkippedItem):
                skipped.append(item)
            else:
                yield item

    for article, events in pipeline.extract(articles()):
        records = [e.to_dict() for e in events]
        if fmt == "jsonl":
            for record in records:
                click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(f"# {article.title or article.id} ({article.outlet or 'unknown outlet'}, "
                       f"{article.published or 'undated'})")
            click.echo(event_table(records, wide=True))
    if skipped:
        click.echo(f"skipped {len(skipped)} item(s); see the messages above", err=True)
        sys.exit(1)


@cli.command()
@db_option
@click.option("--dyad", metavar="AAA-BBB", help="Only events between two parties, either direction: RUS-PRK.")
@click.option("--type", "types", multiple=True, type=click.Choice(PLOVER_TYPES, case_sensitive=False),
              help="Only this PLOVER type (repeatable).")
@click.option("--since", metavar="DATE", help="Only events dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only events dated on or before DATE.")
@click.option("--outlet", metavar="NAME", help="Only events from articles of this outlet.")
@click.option("--modality", "modalities", multiple=True, type=click.Choice(MODALITIES),
              help="Only this modality (repeatable).")
@click.option("--claimed-by", metavar="NAME", help="Only events claimed by this source (part of its name, or a country "
              "code): KCNA, 'South Korean', PRK.")
@click.option("--state-media/--no-state-media", default=None,
              help="Only events claimed by state media, or only those claimed by anyone else (or the outlet itself).")
@click.option("--place", metavar="NAME", help="Only events at this place (part of its name, or a country code).")
@click.option("--id", "ids", multiple=True, metavar="EVENT_ID", help="Only this event (repeatable): the ids a "
              "briefing's appendix lists.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@handle_errors
def events(db: str, dyad: str | None, types: tuple[str, ...], since: str | None, until: str | None,
           outlet: str | None, modalities: tuple[str, ...], claimed_by: str | None, state_media: bool | None,
           place: str | None, ids: tuple[str, ...], fmt: str) -> None:
    """List stored events, filtered.

    \b
    Example:
      dyadwatch events --dyad RUS-PRK --type CONSULT --since 2024-01 --format jsonl
      dyadwatch events --claimed-by KCNA --modality reported
      dyadwatch events --no-state-media --place Pyongyang
      dyadwatch events --id 3f9a0c2d17b4e851 --format jsonl
    """
    where = EventFilter(_dyad(dyad), tuple(t.upper() for t in types), _period(since, "--since"),
                        _period(until, "--until"), outlet, modalities, claimed_by, state_media, place,
                        tuple(i.strip() for i in ids) or None)
    require_store(db)
    with open_store(db) as store:
        found = store.events(where)
        if fmt == "jsonl":
            for record in found:
                click.echo(json.dumps(contract_record(record), ensure_ascii=False))
        elif fmt == "csv":
            click.echo(events_csv(found), nl=False)
        else:
            click.echo(event_table(found, wide=True))


@cli.command()
@db_option
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 1000),
              help="How many of the most significant events to show.")
@handle_errors
def summary(db: str, top: int) -> None:
    """Summarise the store: events by dyad and type, and the most significant events.

    \b
    Example:
      dyadwatch summary --db dyadwatch.db --top 10
    """
    require_store(db)
    with open_store(db) as store:
        click.echo(summarise(store, top, clusters_of_every_dyad(store)))


@cli.command("eval")
@click.argument("gold", required=False, type=click.Path(dir_okay=False))
@click.option("--articles", type=click.Path(exists=True),
              help="The articles of an articles-form GOLD file: a JSONL file or a directory.")
@click.option("--split", type=click.Choice(["dev", "test"]), help="Score every gold set of a split in --dir.")
@click.option("--dir", "directory", default="eval", show_default=True, type=click.Path(file_okay=False),
              help="Where the split's gold files are.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON, for machines.")
@click.option("--details", type=click.IntRange(0), default=None,
              help="How many misses and false positives to list per set (default: 15, none for the test split).")
@click.option("--floors", type=click.Path(dir_okay=False), help="Check the scores against this floors file.")
@click.option("--raise-floors", is_flag=True, help="Write the floors file with every score that rose.")
@click.option("--batches", "by_batch", is_flag=True,
              help="Also score each annotation batch of a clusters set alone (cl-test-9xx with its own articles).")
@_knowledge_options
@handle_errors
def evaluate(gold: str | None, articles: str | None, split: str | None, directory: str, as_json: bool,
             details: int | None, floors: str | None, raise_floors: bool, by_batch: bool,
             actor_files: tuple[str, ...], lexicon_files: tuple[str, ...]) -> None:
    """Score the pipeline against gold annotations (eval/GUIDE.md).

    Give one GOLD file (with --articles for the articles form), or --split to score every set of a split.
    With --floors, exit 1 when a score is below its pinned floor; --raise-floors moves floors up.

    \b
    Example:
      dyadwatch eval --split dev --floors eval/floors.json
      dyadwatch eval examples/gold.jsonl --articles examples/articles --details 30
      dyadwatch eval --split test --batches
    """
    if (gold is None) == (split is None):
        raise InputError("give either a GOLD file or --split dev|test")
    if gold is not None:
        form, _ = read_gold(Path(gold))
        sets = [GoldSet(Path(gold).name.removesuffix(".jsonl"), Path(gold), form, Path(articles) if articles
                        else None)]
    else:
        sets = discover(Path(directory), split or "dev")
    pipeline = Pipeline(actor_files, lexicon_files)
    tallies = {s.name: evaluate_set(pipeline, s) for s in sets}
    scores = {name: tally.metrics() for name, tally in tallies.items()}
    batches = {name: tally.result["batches"] for name, tally in tallies.items()
               if by_batch and isinstance(tally, ClusterTally)}
    if as_json:
        click.echo(json.dumps({**scores, "batches": batches} if batches else scores, indent=2))
    else:
        click.echo(format_scores(scores))
        for name, rows in batches.items():
            click.echo("\n" + format_batches(name, rows))
        limit = details if details is not None else (0 if split == "test" else 15)
        for name, tally in tallies.items():
            if limit:
                click.echo("\n" + format_details(name, tally, limit))
    if floors:
        _report_floors(Path(floors), scores, raise_floors)


def _report_floors(path: Path, scores: dict[str, Any], write: bool) -> None:
    pinned = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    pinned_here = {name: values for name, values in pinned.items() if name in scores}
    failures = check_floors(scores, pinned_here)
    new = {**pinned, **raised_floors(scores, pinned_here)}
    if write:
        path.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        click.echo(f"floors written to {path}", err=True)
    elif new != pinned:
        click.echo(f"scores rose; new floors (write them with --raise-floors):\n{json.dumps(new, indent=2)}",
                   err=True)
    for failure in failures:
        click.echo(f"below floor: {failure}", err=True)
    if failures:
        sys.exit(1)


def _dyad(value: str | None) -> tuple[str, str] | None:
    return None if value is None else parse_dyad(value)


def _period(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise InputError(f"{option} {value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _echo_skips(items: Iterator[Article | SkippedItem]) -> Iterator[Article | SkippedItem]:
    for item in items:
        if isinstance(item, SkippedItem):
            click.echo(f"skipped {item}", err=True)
        yield item


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _progress(quiet: bool, label: str) -> Any:
    if quiet:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(desc=label, unit=" articles", file=sys.stderr, disable=None)


def _cluster_changed(store: EventStore, quiet: bool) -> None:
    """Cluster each dyad whose events changed, so what reads clusters next finds them stored. With the shipped
    knowledge base, as the briefing uses it (outlets given with --actors would only key another set)."""
    from .clusterstore import refresh

    def announce(dyad: tuple[str, str], events: int) -> None:
        if not quiet and events >= 5000:  # only the dyads that take a while
            click.echo(f"clustering {dyad[0]}-{dyad[1]} ({events:,} events) ...", err=True)

    done = refresh(store, on_dyad=announce)
    if done:
        clusters = sum(count for _, _, count in done)
        click.echo(f"clustered {len(done)} dyad(s) into {clusters:,} event clusters, kept in the store")


def _extract_on_dask(file: str, options: IngestOptions, address: str | None, out_dir: str | None, quiet: bool,
                     dictionaries: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    from .distributed import DaskExtract, connect

    if not address or not out_dir:
        raise InputError("--dask and --out go together: --dask ADDRESS --out FOLDER writes Parquet parts there")
    report = RunReport()
    with connect(address) as client, _progress(quiet, "coding on Dask") as bar:
        DaskExtract(client, out_dir, *dictionaries).run(_echo_skips(read_paths([file], options)), report,
                                                         on_articles=bar.update)
    click.echo(f"read {report.read} article(s): {report.events} events in Parquet parts under {out_dir}; "
               f"skipped {len(report.skipped)} item(s)", err=True)
    if report.skipped:
        sys.exit(1)


def _ingest_on_dask(address: str, db: str, items: Iterator[Article | SkippedItem], report: RunReport,
                    reextract: bool, quiet: bool, dictionaries: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
    from .distributed import DaskIngest, connect, require_shared_store

    require_shared_store(db)  # before a cluster is started for nothing: a store URL, and a store that answers
    open_store(db).close()
    with connect(address) as client, _progress(quiet, "coding on Dask") as bar:
        DaskIngest(client, db, *dictionaries).run(items, report, reextract=reextract, on_articles=bar.update)


def _print_report(report: RunReport, db: str) -> None:
    click.echo(f"read {report.read} article(s): {report.stored} coded and stored, {report.unchanged} already "
               f"in the store; {report.events} events; skipped {len(report.skipped)} item(s) -> {shown(db)}")


cli.add_command(actors)
cli.add_command(brief)
register_analysis(cli)


def main() -> None:
    cli(prog_name="dyadwatch")


if __name__ == "__main__":
    main()
