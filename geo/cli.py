"""The command line: `python make_map.py [options]` and `python make_map.py gazetteer ...`.

Whatever goes wrong ends in one line that names the file or folder and the problem, never a
traceback: exit status 1 when no article could be read, 2 for a usage error, a gazetteer
error or a folder or disk the run cannot write (the previous outputs are then kept), 130 on
Ctrl-C. Every name from the user's files is printed through `geo.terminal.shown`.
"""

# ruff: noqa: E402 - the imports follow the Ctrl-C handler set while they load (below)

from __future__ import annotations

import os
import signal
import sys


def _stopped_while_starting(signum, frame) -> None:
    """Ctrl-C while the libraries load (a second or two): one line, not a traceback of
    whichever import was running."""
    print("interrupted: stopped before the run began; nothing was changed", file=sys.stderr)
    sys.stderr.flush()
    os._exit(130)


try:
    _handler_before = signal.signal(signal.SIGINT, _stopped_while_starting)
except ValueError:  # imported outside the main thread: no handlers can be set there
    _handler_before = None

import argparse
import contextlib
import itertools
import sqlite3
import tempfile
import time
import webbrowser
from collections import Counter
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from geo import engines, export
from geo.atomic import (
    STAGING_PREFIX,
    atomic_open,
    finish_publishing,
    published_together,
    write_bytes_atomic,
    write_text_atomic,
)
from geo.cache import (
    CacheCorrupt,
    CacheUnusable,
    ResultCache,
    cache_path,
    move_aside,
    pipeline_version,
)
from geo.corpus import Skipped
from geo.engines import (
    Engine,
    GazetteerChanged,
    Progress,
    WorkerSpec,
    made_beside,
    update_cache,
)
from geo.events.unlisted import ROLE as UNLISTED_ROLE
from geo.incidents import incidents_table
from geo.settings import (
    PROJECT_GAZETTEER,
    SHIPPED_CORPUS,
    Settings,
    SettingsError,
    default_out,
    read_settings,
)
from geo.terminal import ArgumentParser, TerminalProgress, print_lines, shown

if TYPE_CHECKING:
    import pandas as pd

if _handler_before is not None:  # loaded: Ctrl-C raises KeyboardInterrupt again, for main()
    signal.signal(signal.SIGINT, _handler_before)

# The stages a run reports the seconds of with --timings (parsing ones summed over workers).
BATCH_SIZE = 32  # articles sent to a worker at once (fewer, larger messages: 3% faster
# at 10,000 than 8 on 2 workers, in whole-process timings; see the README's "Large corpora")
_FEW_BATCHES = 2  # batches of new articles parsed here rather than on --workers N
# --workers auto: from this many articles to parse on, the free cores beat one process.
# Starting a worker costs loading the gazetteer and the name index in it (about 2.5 s of CPU
# each); bench/workers.py measures it (see the README's "Large corpora").
AUTO_WORKERS_FROM = 500
OUTPUT_TABLES = ("events.csv", "mentions.csv", "unresolved.csv", "events.geojson", "actors.csv",
                 "incidents.csv")
STAGES = ("read", "recognise", "resolve", "events", "write", "map")
# Of the saved web pages' texts, how much the map carries for its text views in all.
PAGE_TEXTS_CHARS = 50_000_000
# The name index this process parsed with, kept to the end of the process (the last run's):
# make_map.py ends it without freeing it (`exit_now`), which would cost a second of CPU for
# nothing (millions of small objects, each freed in turn).
_LOADED_INDEX: list = []

DESCRIPTION = """\
Read a folder of news articles, find the places they name, resolve them against the local
gazetteer, extract the events they report, and write an interactive map layered by year
(events.html) with tables for GIS tools (events.csv, events.geojson, mentions.csv,
unresolved.csv) and the actors of the events (actors.csv).

It may be run from any folder: without --corpus it maps the project's shipped corpus, and the
project's gazetteer/ is used wherever the run starts. A corpus folder may hold a geo.toml
naming its gazetteer folder, output folder and map title (paths relative to the file):

    gazetteer = "../gazetteer"
    out = "../sudan-map"
    title = "Sudan, 2023-2024"

Command-line options override it. To update the gazetteer: python make_map.py gazetteer --help
"""


def _workers(text: str) -> int | None:
    """--workers: a number of processes, or "auto" (None)."""
    if text.strip().lower() == "auto":
        return None
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes or "
                                         "'auto'") from None
    if count < 1:
        raise argparse.ArgumentTypeError("must be 1 or more, or 'auto'")
    return count


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="make_map.py", description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=None,
                        help="folder of articles, read recursively (default: the project's "
                             "shipped corpus/); it may hold a geo.toml of settings")
    parser.add_argument("--out", type=Path, default=None,
                        help="folder for the map and tables (default: the corpus's geo.toml "
                             "'out', else ./maps, or <corpus>-map beside a corpus that holds "
                             "the current folder; the project's maps/ for the shipped corpus)")
    parser.add_argument("--gazetteer", type=Path, default=None,
                        help="folder of curated gazetteer files (default: the corpus's "
                             "geo.toml 'gazetteer', else the project's gazetteer/, wherever "
                             "the run starts from)")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="folder for compiled indexes (default: $GEO_CACHE_DIR or "
                             "~/.cache/geo)")
    parser.add_argument("--title", default=None,
                        help="the map's title (default: the corpus's geo.toml 'title', else "
                             "the corpus folder's name)")
    parser.add_argument("--open", action="store_true",
                        help="open the map in the default browser when done")
    parser.add_argument("--cdn", action="store_true",
                        help="link Leaflet and its plugins from a CDN instead of inlining them "
                             "(a smaller file that needs the internet to view)")
    parser.add_argument("--skip-bad-rows", action="store_true",
                        help="skip malformed gazetteer rows (reported) instead of stopping")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    parser.add_argument("--rebuild", action="store_true",
                        help="parse every article again, ignoring the results cached in "
                             "OUT/.cache from earlier runs")
    parser.add_argument("--workers", type=_workers, default=None, metavar="N",
                        help="parse articles on N local processes; 1 keeps one process "
                             "(default: auto, the machine's free cores when at least "
                             f"{AUTO_WORKERS_FROM} articles need parsing, else this one)")
    parser.add_argument("--dask", metavar="ADDRESS", default=None,
                        help="parse articles on the Dask cluster whose scheduler is at ADDRESS "
                             "(e.g. tcp://host:8786; needs pip install 'geo[dask]'; the "
                             "workers must see the same gazetteer and cache folders)")
    parser.add_argument("--timings", action="store_true",
                        help="also print the seconds spent in each stage")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["gazetteer"]:
        from geo.gazetteer_cli import main as gazetteer_main

        return gazetteer_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except KeyboardInterrupt:
        print("interrupted: stopped; the previous outputs are kept (and the cache keeps the "
              "articles parsed so far)", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the summary's reader went away (`make_map.py | head`)
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as a process a closed pipe stops


def exit_now(status: int) -> NoReturn:
    """End the process with `status` once its output is out, without freeing what it
    loaded (see `_LOADED_INDEX`): every file was closed and every worker stopped by then."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # (a closed pipe: nothing to add)
            stream.flush()
    os._exit(status)


def _error(message: str) -> None:
    """An error's message on stderr; its values were cut by `shown` by the caller."""
    print_lines(f"error: {message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from geo.gazetteer import GazetteerError, default_cache_dir, load_gazetteer

    started = time.perf_counter()
    try:
        _settle_folders(args)
    except SettingsError as error:
        _error(f"{shown(error, 400)}; nothing was done")
        return 2
    problem = _folder_problem(args)
    if problem:
        _error(problem)
        return 2
    cache_dir = args.cache_dir or default_cache_dir()
    say = (lambda *_: None) if args.quiet else (lambda text: print(text, file=sys.stderr))
    show = TerminalProgress(sys.stderr, enabled=not args.quiet)
    try:
        finish_publishing(args.out)  # the outputs of a run killed while replacing them
        say("loading the gazetteer...")
        try:
            try:
                gazetteer = load_gazetteer(args.gazetteer, cache_dir=cache_dir,
                                           skip_bad_rows=args.skip_bad_rows,
                                           progress=show)
            finally:
                show.finish()
        except GazetteerError as error:
            _error("the gazetteer has problems; nothing was written:")
            for line in error.problems:
                print(f"  {shown(line, 300)}", file=sys.stderr)
            print("fix them (python make_map.py gazetteer check), or run with --skip-bad-rows",
                  file=sys.stderr)
            return 2
        except sqlite3.Error as error:
            _error(f"cannot build or read the gazetteer in {shown(cache_dir)}: {error}")
            return 2
        notes = [f"gazetteer row skipped: {warning}" for warning in gazetteer.warnings]
        for attempt in (1, 2):
            try:
                cache, progress = _parse_into_cache(args, gazetteer, cache_dir, show,
                                                    rebuild=args.rebuild)
                try:
                    return _write_outputs(args, gazetteer, cache, progress, notes, started,
                                          cache_dir)
                finally:
                    cache.close()
            except CacheCorrupt as error:
                if attempt == 2:
                    raise CacheUnusable(f"{error} (again, once rebuilt)") from error
                moved = move_aside(cache_path(args.out))
                notes.append(f"the cache could not be read ({error}); moved to {moved} "
                             "and rebuilt")
                say(f"warning: {shown(notes[-1], 400)}")
    except CacheUnusable as error:
        _error(f"cannot use the cache {shown(error, 400)}; the previous outputs were kept")
    except GazetteerChanged as error:
        _error(f"{shown(error, 400)}; nothing was written: run again once it is saved")
    except BrokenProcessPool:
        _error("a worker process stopped abruptly (killed, or out of memory?); nothing was "
               "written: run again, with fewer --workers if memory is short")
    except sqlite3.Error as error:  # a worker's gazetteer (the main one's is caught above)
        _error(f"cannot read the gazetteer in {shown(cache_dir)}: {error}; nothing was written")
    except OSError as error:
        if isinstance(error, BrokenPipeError) and not error.filename:
            raise  # the terminal's pipe, not an output file: see `main`
        _error(f"{_os_problem(error, args.out)}; the previous outputs were kept")
    return 2


def _settle_folders(args: argparse.Namespace) -> None:
    """Fill in the corpus, output and gazetteer folders and the title the user left out:
    from the corpus folder's settings file, else from the project's folders (not the working
    directory's: a run from another folder must not lose the curated gazetteer)."""
    corpus_given = args.corpus is not None
    args.corpus = args.corpus if corpus_given else SHIPPED_CORPUS
    settings = read_settings(args.corpus) if args.corpus.is_dir() else Settings()
    args.settings = settings.path
    args.gazetteer = args.gazetteer or settings.gazetteer or PROJECT_GAZETTEER
    args.out = args.out or settings.out or default_out(args.corpus, corpus_given=corpus_given)
    args.title = args.title or settings.title


def _folder_problem(args: argparse.Namespace) -> str:
    """What is wrong with the folders given, before any work is done ("" when nothing).

    The output folder must be a folder this run can write in, and must lie outside the
    corpus (unless hidden, as folders starting with "." are not read): otherwise every run
    would read the previous run's map and tables as articles.
    """
    if not args.corpus.is_dir():
        what = "not a folder" if args.corpus.exists() else "no such folder"
        return f"{shown(args.corpus)}: {what} of articles (--corpus)"
    if not args.gazetteer.is_dir():
        what = "not a folder" if args.gazetteer.exists() else "no such folder"
        where = (f"'gazetteer' in {shown(args.settings)}" if args.settings else "--gazetteer")
        return f"{shown(args.gazetteer)}: {what} of curated gazetteer files ({where})"
    out = args.out
    if out.exists() and not out.is_dir():
        return f"{shown(out)}: is a file, not a folder for the map and tables (--out)"
    corpus, target = os.path.realpath(args.corpus), os.path.realpath(out)
    if target == corpus or target.startswith(corpus.rstrip(os.sep) + os.sep):
        inside = Path(os.path.relpath(target, corpus)).parts
        if not any(part.startswith(".") for part in inside):
            where = "is the corpus" if target == corpus else "is inside the corpus"
            return (f"--out {shown(out)} {where} {shown(args.corpus)}: the next run would "
                    "read this run's map and tables as articles; choose a folder outside it")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return f"cannot create the output folder {_os_problem(error, out)}"
    try:
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as error:
        return f"cannot write in the output folder {shown(out)}: {error.strerror or error}"
    return ""


def _os_problem(error: OSError, fallback: Path) -> str:
    """"path: problem" for an OSError, naming `fallback` when the error names no file, and
    an output by the name it would have had rather than its staging copy's."""
    path = Path(error.filename) if error.filename else fallback
    if path.parent.name.startswith(STAGING_PREFIX):
        path = path.parent.parent / path.name
    return f"{shown(path)}: {error.strerror or error}"


def _parse_into_cache(args: argparse.Namespace, gazetteer, cache_dir: Path,
                      show: TerminalProgress, *, rebuild: bool
                      ) -> tuple[ResultCache, Progress]:
    """Open the cache and bring it up to date with the corpus, on the engine asked for."""
    cache = ResultCache(cache_path(args.out), rebuild=rebuild)
    # The rows are keyed by the base; an edit of the curated files makes the cache forget
    # only the articles it can change (see `ResultCache.follow_gazetteer`).
    version = f"{gazetteer.base_fingerprint}:{pipeline_version()}"
    articles = itertools.count(1)
    try:
        cache.follow_gazetteer(gazetteer)
        engine = _engine(args, gazetteer, cache_dir, show)
        progress = update_cache(args.corpus, cache, engine, version, batch_size=BATCH_SIZE,
                                on_item=lambda: show(next(articles), 0, "articles"))
    except BaseException:
        cache.close()
        raise
    finally:
        show.finish()
    return cache, progress


def _engine(args: argparse.Namespace, gazetteer, cache_dir: Path, show: TerminalProgress
            ) -> Engine:
    """The engine asked for; the name index is loaded here only if this process parses."""
    from geo.recognize import load_name_index

    loaded: list = []

    def index_of():
        if not loaded:
            loaded.append(load_name_index(gazetteer, cache_dir,
                                          progress=show))
            _LOADED_INDEX[:] = loaded
        return loaded[0]

    def here(batches):
        return engines.serial(batches, gazetteer, index_of)

    spec = WorkerSpec(str(args.gazetteer.resolve()), str(Path(cache_dir).resolve()),
                      args.skip_bad_rows, gazetteer.version)
    if args.dask:
        return lambda batches: engines.dask_cluster(batches, spec, args.dask)
    workers, few = args.workers, _FEW_BATCHES
    if workers is None:  # auto: the free cores, for a corpus large enough to gain from them
        workers, few = _free_cores(), AUTO_WORKERS_FROM // BATCH_SIZE - 1
    if workers > 1:
        def pool(batches):
            return engines.local_processes(batches, spec, workers)

        return lambda batches: engines.here_when_few(pool, here, batches, few)
    return here


def _free_cores() -> int:
    """The cores this process may run on (a container's or taskset's share, not the
    machine's) that other work is not using: on a 2-core machine whose other core is busy,
    two workers take longer than one process (bench/workers.py), so they are not started.
    The load average counts this process too, hence the + 1."""
    try:
        cores = len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average here: take the cores as free
        busy = 1.0
    return max(1, min(cores, round(cores - busy + 1)))


def _write_outputs(args: argparse.Namespace, gazetteer, cache: ResultCache, progress: Progress,
                   notes: list[str], started: float, cache_dir: Path) -> int:
    # The tables and the map are staged and replace the previous ones together, so that a
    # run stopped at any point leaves all of the old outputs or all of the new ones.
    try:
        with published_together(args.out) as staging:
            clock = time.perf_counter()
            article_count, skipped, read_notes, events, incidents, counts, unresolved, \
                page_texts = _make_tables(staging, cache, progress)
            progress.add_time("write", time.perf_counter() - clock)
            title = args.title or args.corpus.resolve().name

            def map_page() -> bytes:
                # (Imported here, by the copy that makes the page: folium's templates take
                # a fifth of a second to load, which this process spends on the tables.)
                from geo.mapping import build_map, page_of

                return page_of(build_map(
                    events, title=title, article_count=article_count,
                    geometry_of=gazetteer.geometry, country_shapes=gazetteer.country_shapes(),
                    offline=not args.cdn, corpus_dir=os.path.relpath(args.corpus, args.out),
                    page_texts=page_texts, incidents=incidents, cache_dir=cache_dir))

            # The map's page is made by a copy of this process while this one writes the tables.
            with made_beside(map_page) as page:
                clock = time.perf_counter()
                _write_tables(staging, events, unresolved, incidents)
                progress.add_time("write", time.perf_counter() - clock)
                clock = time.perf_counter()
                write_bytes_atomic(staging / "events.html", page())
                progress.add_time("map", time.perf_counter() - clock)
    except _NothingRead as nothing:
        _print_skipped(nothing.skipped)
        _error(f"no article in {shown(args.corpus)} could be read; nothing was written")
        return 1
    map_path = args.out / "events.html"
    paths = {name: args.out / name for name in OUTPUT_TABLES}
    _print_sources(args, gazetteer)
    _print_summary(article_count, skipped, read_notes, events, counts, unresolved, map_path,
                   paths, time.perf_counter() - started, progress, notes)
    if args.timings:
        stages = ", ".join(f"{stage} {progress.timings.get(stage, 0.0):.3f}"
                           for stage in STAGES)
        print(f"timings (s): {stages}")
    if args.open:
        webbrowser.open(map_path.resolve().as_uri())
    return 0


class _NothingRead(Exception):
    def __init__(self, skipped: list[Skipped]):
        super().__init__("no article could be read")
        self.skipped = skipped


def _make_tables(out: Path, cache: ResultCache, progress: Progress):
    """The tables from the cache, in corpus order; mentions.csv streamed to `out`, the
    others (`_write_tables`) and the map made from the events and incidents tables.

    Mentions are the bulk of a large corpus: each article's lines of mentions.csv come
    ready-made from the cache and only the unresolved ones (for unresolved.csv) are kept in
    memory; the events are all kept, for the map.
    """
    paths = {name: out / name for name in OUTPUT_TABLES}
    event_rows: list[list] = []
    unresolved_rows: list[list] = []
    page_texts: dict[str, str] = {}  # article id: its saved page's text, for the map
    page_chars = 0
    skipped = list(progress.read_skipped)
    notes: list[tuple[str, str]] = []  # (note, path) of articles read as well as they could be
    article_count = mention_count = 0
    with atomic_open(paths["mentions.csv"], "w", newline="") as handle:
        export.write_mention_rows(handle, [], header=True)
        for rows in cache.rows():
            if rows.skipped:
                skipped.append((rows.position, Skipped(rows.path, rows.skipped)))
                continue
            article_count += 1
            event_rows += rows.events
            handle.write(rows.mentions_csv)
            mention_count += rows.mention_count
            unresolved_rows += rows.unresolved
            notes += [(note, rows.path) for note in rows.notes]
            if rows.page_text and page_chars + len(rows.page_text) <= PAGE_TEXTS_CHARS:
                page_texts[rows.article_id] = rows.page_text
                page_chars += len(rows.page_text)
        skipped = [item for _, item in sorted(skipped, key=lambda pair: pair[0])]
        if article_count == 0:
            raise _NothingRead(skipped)
    events = export.events_table(event_rows)
    del event_rows
    unresolved = export.unresolved_table(export.mentions_table(unresolved_rows))
    incidents = incidents_table(events)  # made once: incidents.csv and the map's markers
    role = export.MENTION_COLUMNS.index("role")
    unresolved_mentions = sum(row[role] != UNLISTED_ROLE for row in unresolved_rows)
    counts = (mention_count, mention_count - unresolved_mentions)
    return article_count, skipped, notes, events, incidents, counts, unresolved, page_texts


def _write_tables(out: Path, events: pd.DataFrame, unresolved: pd.DataFrame,
                  incidents: pd.DataFrame) -> None:
    """The tables besides mentions.csv, into `out`."""
    paths = {name: out / name for name in OUTPUT_TABLES}
    export.write_csv(paths["events.csv"], events)
    export.write_csv(paths["unresolved.csv"], unresolved)
    write_text_atomic(paths["events.geojson"], export.events_geojson(events))
    export.write_csv(paths["actors.csv"], export.actors_table(events))
    export.write_csv(paths["incidents.csv"], incidents)


def _print_skipped(skipped: list[Skipped]) -> None:
    for item in skipped:
        print(f"  skipped {shown(item.path)}: {shown(item.reason, 300)}")


def _print_read_notes(read_notes: list[tuple[str, str]], listed: int = 10) -> None:
    """Articles read, but not quite as written: one line per kind of note, naming the files
    (the first `listed` of them, so that a large corpus's summary stays readable)."""
    files_by_note: dict[str, list[str]] = {}
    for note, path in read_notes:
        files = files_by_note.setdefault(note, [])
        if path not in files:
            files.append(path)
    for note, files in files_by_note.items():
        more = f" and {len(files) - listed} more" if len(files) > listed else ""
        names = ", ".join(shown(name) for name in files[:listed])
        print(f"  read, but {shown(note, 300)} ({len(files)}): {names}{more}")


def _print_languages(article_count: int, language_notes: list[tuple[str, str]],
                     listed: int = 10) -> None:
    """How many articles are in each language, English the rest ("30 in English, 12 in
    Russian (ru)"), and the files of each language whose events geo cannot read."""
    if not language_notes:
        return
    files_by_note: dict[str, list[str]] = {}
    for note, path in language_notes:
        files = files_by_note.setdefault(note, [])
        if path not in files:
            files.append(path)
    counts = Counter(note for note, _ in language_notes)
    others = ", ".join(f"{n} {shown(note.split(',')[0], 80)}" for note, n in counts.items())
    print(f"languages: {article_count - sum(counts.values())} in English, {others}")
    for note, files in files_by_note.items():
        if "," in note:  # "in Armenian (hy), whose events geo does not read yet"
            more = f" and {len(files) - listed} more" if len(files) > listed else ""
            names = ", ".join(shown(name) for name in files[:listed])
            print(f"  {shown(note, 300)}: {names}{more}")


def _print_sources(args: argparse.Namespace, gazetteer) -> None:
    """Which corpus, settings file and gazetteer folder the run used: a run from another
    folder, or with another settings file, says so rather than differing silently."""
    shipped = " (the project's sample; --corpus DIR for yours)" if _same_folder(
        args.corpus, SHIPPED_CORPUS) else ""
    print(f"corpus: {shown(args.corpus.resolve())}{shipped}")
    if args.settings:
        print(f"settings: {shown(args.settings)}")
    rows = curated_row_count(args.gazetteer, gazetteer.country_codes())
    print(f"gazetteer: {shown(args.gazetteer.resolve())}, {rows:,} curated row"
          f"{'' if rows == 1 else 's'}")


def curated_row_count(folder: Path, country_codes) -> int:
    """The valid rows of the curated files (places, aliases, removals, demonyms, imports)."""
    from geo.curated import read_curated

    curated = read_curated(folder, country_codes)
    return (len(curated.places) + len(curated.aliases) + len(curated.removed)
            + len(curated.demonyms))


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _print_summary(article_count, skipped, read_notes, events, counts, unresolved, map_path,
                   paths, seconds, progress: Progress, notes: list[str]) -> None:
    found, resolved = counts
    print(f"articles: {article_count} read, {len(skipped)} skipped")
    _print_skipped(skipped)
    _print_languages(article_count, [(n, p) for n, p in read_notes if n.startswith("in ")])
    _print_read_notes([(n, p) for n, p in read_notes if not n.startswith("in ")])
    removed = f", {progress.removed} removed" if progress.removed else ""
    print(f"cache: {progress.cached} articles from cache, {progress.parsed} parsed{removed}")
    for note in notes:
        print(f"  {shown(note, 400)}")
    print(f"mentions: {found} found, {resolved} resolved to a place")
    per_year = Counter("undated" if y is None or y != y else str(y)
                       for y in events["year"].astype(object).where(events["year"].notna(), None))
    years = ", ".join(f"{year}: {count}" for year, count in sorted(per_year.items()))
    unplaced = int(events["lat"].isna().sum())
    print(f"events: {len(events)} ({years or 'none'}); {unplaced} without a place")
    incidents = events["incident_id"].nunique() if "incident_id" in events else len(events)
    print(f"incidents: {incidents} (the events told by several articles counted once)")
    unresolved = unresolved.head(8)
    if not unresolved.empty:
        names = ", ".join(f"{shown(name, 60)} ({count})"
                          for name, count in zip(unresolved["name"], unresolved["count"]))
        print(f"most frequent names not resolved: {names}  -> {shown(paths['unresolved.csv'])}")
    print(f"map: {shown(map_path)}  ({seconds:.1f} s)")
