"""Where the per-article stage runs: in this process, on local processes, or on Dask.

Every engine takes batches of (position, key, article) and gives back `ArticleRows` in
whatever order they finish; the cache puts them back in corpus order, so the outputs are
the same, byte for byte, whichever engine made them. Only a bounded number of batches is in
flight at once, so the corpus is never held in memory.
"""

from __future__ import annotations

import contextlib
import gc
import io
import itertools
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path

from geo import export
from geo.cache import ArticleRows, ResultCache, article_key
from geo.corpus import Skipped, UniqueIds, corpus_files, file_signature, path_label, read_file
from geo.model import Article
from geo.pipeline import failure_reason, run_article

Batch = list[tuple[int, str, Article]]  # (position in the corpus, cache key, article)
# Of a saved web page's text, what the map keeps for its text view (the page itself would
# run its scripts when opened).
PAGE_TEXT_CHARS = 100_000
SAVED_PAGE_SUFFIXES = (".html", ".htm")


class GazetteerChanged(Exception):
    """A worker found the curated gazetteer files other than the main process had loaded
    them: they were edited during the run, so its articles would be resolved differently."""


@dataclass(frozen=True)
class WorkerSpec:
    """How a worker process loads the same gazetteer as the main one (paths must be shared)."""

    gazetteer_dir: str
    cache_dir: str
    skip_bad_rows: bool
    version: str  # the main process's gazetteer.version; a worker with another one refuses


def article_rows(article: Article, position: int, key: str, gazetteer, index) -> ArticleRows:
    """One article's table rows; a failure skips only this article, with the reason."""
    timings: dict[str, float] = {}
    try:
        result = run_article(article, gazetteer, index, timings)
        events = [[row[c] for c in export.EVENT_COLUMNS] for row in export.event_rows(result)]
        mentions = [[row[c] for c in (*export.MENTION_COLUMNS, "_sentence")]
                    for row in export.mention_rows(result)]
        lines = io.StringIO()
        export.write_mention_rows(lines, mentions, header=False)
        place_id = export.MENTION_COLUMNS.index("place_id")
        unresolved = [row for row in mentions if row[place_id] == ""]
        unresolved += export.unlisted_rows(result, gazetteer)  # for unresolved.csv only
    except Exception as error:  # noqa: BLE001 - one bad article must not stop a run
        return ArticleRows(article.article_id, article.path, position, key,
                           skipped=failure_reason(article, error), timings=timings)
    notes = list(article.notes)
    notes += result.notes  # its language, when not English (geo.pipeline.language_notes)
    if result.published.year is None:
        notes.append("no date found, so events without a year of their own are undated")
    if not result.mentions:
        notes.append("no place names found in it")
    return ArticleRows(article.article_id, article.path, position, key, events,
                       lines.getvalue(), len(mentions), unresolved, notes=notes, timings=timings,
                       page_text=_page_text(article) if events else "",
                       depends=result.depends)


def _page_text(article: Article) -> str:
    """The text read from a saved web page, for the map to show instead of the page."""
    if not article.path.lower().endswith(SAVED_PAGE_SUFFIXES):
        return ""
    text = article.text[article.body_start:]
    if len(text) > PAGE_TEXT_CHARS:
        text = f"{text[:PAGE_TEXT_CHARS]}\n\n[… cut: {len(text):,} characters in all]"
    return text


def run_batch(batch: Batch, gazetteer, index) -> list[ArticleRows]:
    return [article_rows(article, position, key, gazetteer, index)
            for position, key, article in batch]


# --- the run ------------------------------------------------------------------------------


@dataclass
class Progress:
    """What a run did: articles from the cache and parsed, skips, seconds by stage."""

    cached: int = 0
    parsed: int = 0
    removed: int = 0
    read_skipped: list[tuple[int, Skipped]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def add_time(self, stage: str, seconds: float) -> None:
        self.timings[stage] = self.timings.get(stage, 0.0) + seconds


Engine = Callable[[Iterable[Batch]], Iterator[list[ArticleRows]]]


def update_cache(corpus_dir: Path, cache: ResultCache, engine: Engine, version: str,
                 batch_size: int = 8, on_item: Callable[[], None] = lambda: None) -> Progress:
    """Bring the cache up to date with the corpus: parse what is new or changed only."""
    progress = Progress()
    corpus_dir = Path(corpus_dir)
    unique = UniqueIds()
    position = 0

    def skipped(item: Skipped) -> None:
        nonlocal position
        position += 1
        progress.read_skipped.append((position, item))
        on_item()

    def unchanged(relative: str, signature: str) -> bool:
        """Marks a file's articles seen without reading it, when it has not changed."""
        nonlocal position
        remembered = cache.remembered_file(relative, signature, version)
        if remembered is None:
            return False
        ids = unique.peek([value for kind, value in remembered if kind == "article"])
        positions = [position + n for n, (kind, _) in enumerate(remembered, 1)
                     if kind == "article"]
        if not all(cache.hit_remembered(article_id, relative, at)
                   for article_id, at in zip(ids, positions)):
            return False  # rows lost since: read it again
        for kind, value in remembered:
            if kind == "skipped":
                skipped(Skipped(relative, value))
            else:
                unique(value)
                position += 1
                progress.cached += 1
                on_item()
        cache.file_seen(relative)
        return True

    def batches() -> Iterator[Batch]:
        nonlocal position
        batch: Batch = []
        for found, problem in corpus_files(corpus_dir):
            started = time.perf_counter()
            relative = path_label(found)  # what the outputs and the cache call it
            if problem:
                skipped(Skipped(relative, problem))
                continue
            signature = file_signature(corpus_dir / found)
            if unchanged(relative, signature):
                progress.add_time("read", time.perf_counter() - started)
                continue
            remembered: list[list] = []
            for item in read_file(corpus_dir / found, corpus_dir):
                if isinstance(item, Skipped):
                    remembered.append(["skipped", item.reason])
                    skipped(item)
                    continue
                remembered.append(["article", item.article_id])
                if unique(item.article_id) != item.article_id:
                    item = replace(item, article_id=unique.last)
                position += 1
                key = article_key(item, version)
                if cache.hit(item.article_id, key, position):
                    progress.cached += 1
                    on_item()
                else:
                    batch.append((position, key, item))
                progress.add_time("read", time.perf_counter() - started)
                if len(batch) >= batch_size:
                    yield batch
                    batch = []
                started = time.perf_counter()
            cache.remember_file(relative, signature, version, remembered)
        if batch:
            yield batch

    for rows in engine(batches()):
        for row in rows:
            cache.store(row)
            for stage, seconds in row.timings.items():
                progress.add_time(stage, seconds)
            progress.parsed += 1
            on_item()
    progress.removed = cache.finish()
    return progress


# --- engines ------------------------------------------------------------------------------


def serial(batches: Iterable[Batch], gazetteer, index_of: Callable[[], object]
           ) -> Iterator[list[ArticleRows]]:
    """In this process; the name index is loaded only if some article needs parsing."""
    for batch in batches:
        yield run_batch(batch, gazetteer, index_of())


def local_processes(batches: Iterable[Batch], spec: WorkerSpec, workers: int
                    ) -> Iterator[list[ArticleRows]]:
    """On `workers` local processes, each loading the gazetteer once (its initializer)."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker, initargs=(spec,))
    try:
        yield from _bounded(batches, lambda batch: pool.submit(_worker_batch, spec, batch),
                            limit=workers * 3)
    finally:
        # On Ctrl-C, what has not started is dropped rather than waited for.
        pool.shutdown(wait=True, cancel_futures=True)


def dask_cluster(batches: Iterable[Batch], spec: WorkerSpec, address: str
                 ) -> Iterator[list[ArticleRows]]:
    """On the Dask cluster at `address`; each worker loads the gazetteer on its first task."""
    from dask.distributed import Client
    from dask.distributed import wait as dask_wait

    with Client(address) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        pending: list = []
        for batch in batches:
            pending.append(client.submit(_worker_batch, spec, batch, pure=False))
            if len(pending) >= workers * 3:
                done, rest = dask_wait(pending, return_when="FIRST_COMPLETED")
                pending = list(rest)
                for future in done:
                    yield future.result()
        for future in pending:
            yield future.result()


def here_when_few(engine: Engine, here: Engine, batches: Iterable[Batch], few: int
                  ) -> Iterator[list[ArticleRows]]:
    """Run on `here` when at most `few` batches need parsing, else on `engine`.

    Starting processes and loading the gazetteer in each costs seconds; for the handful
    of articles added since the last run it is faster to parse them in this process.
    """
    batches = iter(batches)
    head = list(itertools.islice(batches, few + 1))
    if len(head) <= few:
        yield from here(head)
    else:
        yield from engine(itertools.chain(head, batches))


def _bounded(batches: Iterable[Batch], submit: Callable[[Batch], Future], limit: int
             ) -> Iterator[list[ArticleRows]]:
    pending: set[Future] = set()
    for batch in batches:
        pending.add(submit(batch))
        if len(pending) >= limit:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    for future in pending:
        yield future.result()


# --- the worker side ----------------------------------------------------------------------

# One gazetteer and name index per worker process, loaded on first use and kept for the
# next tasks: the only state a worker holds, keyed by everything that decides its content.
_LOADED: dict[WorkerSpec, tuple[object, object]] = {}


def _warm_worker(spec: WorkerSpec) -> None:
    """Load the gazetteer before the first batch arrives, and leave Ctrl-C to the main
    process, which stops the run (a worker's KeyboardInterrupt would print a traceback each).

    A failure to load is raised by the first batch instead: an initializer's exception
    reaches the main process only as a BrokenProcessPool, with the cause lost.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(Exception):  # raised again, with its cause, by _worker_batch
        _loaded(spec)


def _worker_batch(spec: WorkerSpec, batch: Batch) -> list[ArticleRows]:
    gazetteer, index = _loaded(spec)
    return run_batch(batch, gazetteer, index)


def _loaded(spec: WorkerSpec) -> tuple[object, object]:
    if spec not in _LOADED:
        from geo.gazetteer import GazetteerError, load_gazetteer
        from geo.recognize import load_name_index

        try:
            gazetteer = load_gazetteer(Path(spec.gazetteer_dir), cache_dir=Path(spec.cache_dir),
                                       skip_bad_rows=spec.skip_bad_rows)
        except GazetteerError as error:  # the main process loaded these very files
            first_line = str(error).split("\n", 1)[0]
            raise GazetteerChanged(f"{spec.gazetteer_dir}: a curated file changed during the "
                                   f"run and can no longer be loaded ({first_line})") from None
        if gazetteer.version != spec.version:
            raise GazetteerChanged(f"{spec.gazetteer_dir}: a curated file changed during the "
                                   "run")
        _LOADED.clear()
        _LOADED[spec] = (gazetteer, load_name_index(gazetteer, Path(spec.cache_dir)))
    return _LOADED[spec]


# --- work beside this process -----------------------------------------------------------


@contextlib.contextmanager
def made_beside(make: Callable[[], bytes]) -> Iterator[Callable[[], bytes]]:
    """`make()` in a forked copy of this process while the body runs here; the body calls
    what this gives for the bytes made, waiting for them if need be.

    A run's last second is writing the tables and making the map's page, each of which only
    reads what the run has made: on two cores they take half the time side by side. The
    copy sees this process's memory as it is (nothing is pickled), sends back its bytes
    through a pipe and exits at once (`os._exit`: it runs no clean-up of this process's). It
    writes no file: the outputs are all written here, so that a run killed at any point
    leaves no process behind writing into them (the copy's next write to the pipe fails).
    Where it cannot fork (`_can_fork`), or when the copy fails, `make()` runs here when its
    bytes are asked for, so that an error it meets is raised here as it would have been."""
    copy = _fork_making(make) if _can_fork() else None

    def made() -> bytes:
        nonlocal copy
        if copy is not None:
            child, reading = copy
            copy = None
            with os.fdopen(reading, "rb") as pipe:
                data = pipe.read()
            if os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]) == 0:
                return data
        return make()

    try:
        yield made
    finally:
        if copy is not None:  # the body left without asking: the bytes are not wanted
            child, reading = copy
            os.close(reading)
            os.kill(child, signal.SIGKILL)
            os.waitpid(child, 0)


def _can_fork() -> bool:
    """On a system that forks, with a core to spare, and only when this process runs one
    thread: a copy has only the thread that forked, and a lock another thread held (a Dask
    client's, a logger's) would stay locked in it for ever."""
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1 and threading.active_count() == 1


def _fork_making(make: Callable[[], bytes]) -> tuple[int, int] | None:
    """In this process, the copy's process id and the pipe's end to read its bytes from; in
    the copy, `make()` written to the pipe, then exit (with 1 if anything failed)."""
    sys.stdout.flush()
    sys.stderr.flush()
    reading, writing = os.pipe()
    try:
        child = os.fork()
    except OSError:
        os.close(reading)
        os.close(writing)
        return None
    if child:
        os.close(writing)
        return child, reading
    code = 1
    try:
        os.close(reading)
        gc.disable()  # (a collection would touch, and so copy, the whole of the memory)
        data = make()
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(data)
        code = 0
    except BaseException:  # noqa: BLE001 - met again by `make()` run in this process
        pass
    finally:
        os._exit(code)
