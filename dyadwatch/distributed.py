"""Ingest or extract on a Dask cluster: the same stages, run as Dask tasks on many machines.

`DaskIngest` writes to a shared store; `DaskExtract` writes no store but one Parquet part per partition into a
folder every worker can write (a shared file system), which reads back as one table.

The client reads the input (stage 1, where the files are) and leaves out articles the store already has; each task
parses, codes and stores one partition of articles on a worker (stages 2-6, `Pipeline.ingest_into`), each article
one transaction, as on one machine. Every worker writes to the same PostgreSQL store, so a lost task or an
interrupted run loses nothing stored and is simply run again. Only a few partitions per worker are in flight at once,
so a corpus of any size streams through without being held in memory. Dask schedules, retries and balances: there
is no scheduler or queue of our own.

    dyadwatch ingest news/ --db postgresql://me@dbhost/dyadwatch --dask tcp://scheduler:8786
    dyadwatch ingest news/ --db postgresql://me@dbhost/dyadwatch --dask local:4   # 4 processes here
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from .errors import InputError, SkippedItem
from .pipeline import Pipeline, RunReport, new_articles
from .records import Article
from .store import open_store

__all__ = ["DaskExtract", "DaskIngest", "PARTITION_SIZE", "connect", "require_shared_store"]

PARTITION_SIZE = 40  # articles per task: enough to keep spaCy's batches full, few enough to spread the work
IN_FLIGHT_PER_WORKER = 2  # partitions queued per worker: it never waits, and the client never holds the corpus


@dataclass(frozen=True)
class PartitionResult:
    stored: int
    events: int


def require_shared_store(db: str) -> None:
    """Workers on other machines cannot write to a file here: a Dask run needs the PostgreSQL store."""
    if not db.startswith(("postgresql:", "postgres:")):
        raise InputError(f"--dask needs a store every worker can write, not {db!r}: give --db "
                         f"postgresql://user@host/database (see README, 'A shared store')")


def connect(address: str) -> Any:
    """A Dask client: `tcp://host:8786` for a running scheduler, `local:N` for N worker processes here."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError("--dask needs Dask's distributed scheduler: pip install 'dyadwatch[dask]'") from exc
    if address.startswith("local:"):
        count = address.partition(":")[2]
        if not count.isdigit() or int(count) < 1:
            raise InputError(f"--dask {address!r}: write local:N with N worker processes, e.g. local:4")
        cluster = LocalCluster(n_workers=int(count), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster)
    try:
        return Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise InputError(f"--dask {address!r}: cannot reach the Dask scheduler ({exc}); start one with "
                         f"`dask scheduler` and workers with `dask worker {address}`, or use local:N") from exc


class DaskIngest:
    """Stages 2-6 of `dyadwatch ingest` as Dask tasks, for a store every worker can reach."""

    def __init__(self, client: Any, db: str, actor_files: Iterable[str] = (), lexicon_files: Iterable[str] = (),
                 partition_size: int = PARTITION_SIZE) -> None:
        require_shared_store(db)
        self.client = client
        self.db = db
        self.dictionaries = (tuple(actor_files), tuple(lexicon_files))
        self.partition_size = partition_size

    def run(self, items: Iterable[Article | SkippedItem], report: RunReport, reextract: bool = False,
            on_articles: Callable[[int], None] | None = None) -> RunReport:
        """Code and store every new article; a partition whose task failed is reported as skipped, article by
        article, and the rest goes on (what that task stored before failing stays stored)."""
        with open_store(self.db) as store:
            done = set() if reextract else store.processed_ids()
        partitions = enumerate(_partitions(new_articles(items, done, report), self.partition_size))
        _stream(self.client, partitions, self._submit, report, "run the ingest again", on_articles)
        return report

    def _submit(self, _number: int, partition: list[Article]) -> Any:
        return self.client.submit(code_partition, partition, self.db, self.dictionaries, pure=False)


class DaskExtract:
    """Stages 2-5 as Dask tasks: partition n's events go to `part-0000n.parquet` in the output folder."""

    def __init__(self, client: Any, out_dir: str | Path, actor_files: Iterable[str] = (),
                 lexicon_files: Iterable[str] = (), partition_size: int = PARTITION_SIZE) -> None:
        self.client = client
        self.out_dir = Path(out_dir)
        self.dictionaries = (tuple(actor_files), tuple(lexicon_files))
        self.partition_size = partition_size

    def run(self, items: Iterable[Article | SkippedItem], report: RunReport,
            on_articles: Callable[[int], None] | None = None) -> RunReport:
        """Code every article; parts of an earlier run in the folder are removed first (they would be read as
        part of this one). A failed task is reported article by article."""
        self._clear()
        partitions = enumerate(_partitions(new_articles(items, set(), report), self.partition_size))
        _stream(self.client, partitions, self._submit, report, "run the extraction again", on_articles)
        return report

    def _clear(self) -> None:
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            for old in self.out_dir.glob("part-*.parquet"):
                old.unlink()
        except OSError as exc:
            raise InputError(f"cannot write to {self.out_dir} ({exc}); give a folder every worker can write") from exc

    def _submit(self, number: int, partition: list[Article]) -> Any:
        path = str(self.out_dir / f"part-{number:05d}.parquet")
        return self.client.submit(extract_partition, partition, path, self.dictionaries, pure=False)


def _stream(client: Any, partitions: Iterator[tuple[int, list[Article]]],
            submit: Callable[[int, list[Article]], Any], report: RunReport, fix: str,
            on_articles: Callable[[int], None] | None) -> None:
    """Submit partitions as tasks, a few per worker at a time (one in as one comes out), and count what each did;
    a failed task's articles are reported skipped, with `fix`, and the rest goes on."""
    from distributed import as_completed

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    pending = {}
    for number, partition in islice(partitions, workers * IN_FLIGHT_PER_WORKER):
        pending[submit(number, partition)] = partition
    queue = as_completed(list(pending))
    for future in queue:
        partition = pending.pop(future)
        _collect(future, partition, report, fix)
        if on_articles:
            on_articles(len(partition))
        for number, following in islice(partitions, 1):
            new = submit(number, following)
            pending[new] = following
            queue.add(new)


def _collect(future: Any, partition: list[Article], report: RunReport, fix: str) -> None:
    try:
        result: PartitionResult = future.result()
    except Exception as exc:  # noqa: BLE001 - any worker failure: the batch goes on and says what it lost
        reason = f"its task failed on the Dask cluster ({type(exc).__name__}: {exc}); {fix}"
        report.skipped.extend(SkippedItem(article.origin or article.id, reason) for article in partition)
        return
    report.stored += result.stored
    report.events += result.events


def extract_partition(articles: list[Article], path: str,
                      dictionaries: tuple[tuple[str, ...], tuple[str, ...]]) -> PartitionResult:
    """On a worker: parse and code the partition's articles and write their events as one Parquet part."""
    from .export import write_event_part

    pipeline = _pipeline(dictionaries)
    records = [{**event.to_dict(), "article": {"outlet": a.outlet, "title": a.title, "published": a.published}}
               for a, events in pipeline.extract(articles) for event in events]
    if records:
        write_event_part(records, path)
    return PartitionResult(len(articles), len(records))


@lru_cache(maxsize=2)
def _pipeline(dictionaries: tuple[tuple[str, ...], tuple[str, ...]]) -> Pipeline:
    """This worker process's pipeline, loaded on its first task and kept."""
    return Pipeline(*dictionaries)


def code_partition(articles: list[Article], db: str,
                   dictionaries: tuple[tuple[str, ...], tuple[str, ...]]) -> PartitionResult:
    """On a worker: parse, code and store the partition's articles (the pipeline is loaded once per worker)."""
    pipeline = _pipeline(dictionaries)
    report = RunReport()
    with open_store(db) as store:
        pipeline.ingest_into(store, articles, report, reextract=True)  # the client already left out stored ones
    return PartitionResult(report.stored, report.events)


def _partitions(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while chunk := list(islice(articles, size)):
        yield chunk
