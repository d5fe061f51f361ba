"""Ingest on a Dask cluster: the same stages, run as Dask tasks on many machines, writing to a shared store.

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
from itertools import islice
from typing import Any

from .errors import InputError, SkippedItem
from .pipeline import Pipeline, RunReport, new_articles
from .records import Article
from .store import open_store

__all__ = ["DaskIngest", "PARTITION_SIZE", "connect", "require_shared_store"]

PARTITION_SIZE = 40  # articles per task: enough to keep spaCy's batches full, few enough to spread the work
IN_FLIGHT_PER_WORKER = 2  # partitions queued per worker: it never waits, and the client never holds the corpus
_PIPELINES: dict[tuple[tuple[str, ...], tuple[str, ...]], Pipeline] = {}  # per worker process, loaded once


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
        from distributed import as_completed

        with open_store(self.db) as store:
            done = set() if reextract else store.processed_ids()
        partitions = _partitions(new_articles(items, done, report), self.partition_size)
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        pending = {}
        for partition in islice(partitions, workers * IN_FLIGHT_PER_WORKER):
            pending[self._submit(partition)] = partition
        queue = as_completed(list(pending))
        for future in queue:
            partition = pending.pop(future)
            self._collect(future, partition, report)
            if on_articles:
                on_articles(len(partition))
            for following in islice(partitions, 1):  # one in, one out
                new = self._submit(following)
                pending[new] = following
                queue.add(new)
        return report

    def _submit(self, partition: list[Article]) -> Any:
        return self.client.submit(code_partition, partition, self.db, self.dictionaries, pure=False)

    @staticmethod
    def _collect(future: Any, partition: list[Article], report: RunReport) -> None:
        try:
            result: PartitionResult = future.result()
        except Exception as exc:  # noqa: BLE001 - any worker failure: the batch goes on and says what it lost
            reason = f"its task failed on the Dask cluster ({type(exc).__name__}: {exc}); run the ingest again"
            report.skipped.extend(SkippedItem(article.origin or article.id, reason) for article in partition)
            return
        report.stored += result.stored
        report.events += result.events


def code_partition(articles: list[Article], db: str,
                   dictionaries: tuple[tuple[str, ...], tuple[str, ...]]) -> PartitionResult:
    """On a worker: parse, code and store the partition's articles (the pipeline is loaded once per worker)."""
    pipeline = _PIPELINES.get(dictionaries)
    if pipeline is None:
        pipeline = _PIPELINES[dictionaries] = Pipeline(*dictionaries)
    report = RunReport()
    with open_store(db) as store:
        pipeline.ingest_into(store, articles, report, reextract=True)  # the client already left out stored ones
    return PartitionResult(report.stored, report.events)


def _partitions(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while chunk := list(islice(articles, size)):
        yield chunk
