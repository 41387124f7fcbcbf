"""The command line: `python make_map.py [options]` and `python make_map.py gazetteer ...`."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
import webbrowser
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from geo import engines, export
from geo.atomic import atomic_open, finish_publishing, published_together, write_text_atomic
from geo.cache import CacheCorrupt, ResultCache, cache_path, move_aside, pipeline_version
from geo.corpus import Skipped
from geo.engines import Engine, Progress, WorkerSpec, update_cache

# The stages a run reports the seconds of with --timings (parsing ones summed over workers).
_FEW_BATCHES = 2  # batches of new articles (8 each) parsed here rather than on --workers
OUTPUT_TABLES = ("events.csv", "mentions.csv", "unresolved.csv", "events.geojson")
STAGES = ("read", "recognise", "resolve", "events", "write", "map")

DESCRIPTION = """\
Read a folder of news articles, find the places they name, resolve them against the local
gazetteer, extract the events they report, and write an interactive map layered by year
(events.html) with tables for GIS tools (events.csv, events.geojson, mentions.csv,
unresolved.csv).

To update the gazetteer: python make_map.py gazetteer --help
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="make_map.py", description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path("corpus"),
                        help="folder of articles, read recursively (default: corpus)")
    parser.add_argument("--out", type=Path, default=Path("maps"),
                        help="folder for the map and tables (default: maps)")
    parser.add_argument("--gazetteer", type=Path, default=Path("gazetteer"),
                        help="folder of curated gazetteer files (default: gazetteer)")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="folder for compiled indexes (default: $GEO_CACHE_DIR or "
                             "~/.cache/geo)")
    parser.add_argument("--title", default=None,
                        help="the map's title (default: the corpus folder's name)")
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
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="parse articles on N local processes (default: 1, this one)")
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
        return _gazetteer_main(argv[1:])
    args = build_parser().parse_args(argv)
    return run(args)


def _gazetteer_main(argv: list[str]) -> int:
    from geo.gazetteer_cli import add_gazetteer_parser, run_gazetteer

    parser = argparse.ArgumentParser(prog="make_map.py")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_gazetteer_parser(subparsers)
    return run_gazetteer(parser.parse_args(["gazetteer", *argv]))


def run(args: argparse.Namespace) -> int:
    from geo.gazetteer import GazetteerError, default_cache_dir, load_gazetteer

    started = time.perf_counter()
    if not args.corpus.is_dir():
        print(f"error: {args.corpus}: no such folder of articles", file=sys.stderr)
        return 2
    if args.workers < 1:
        print("error: --workers must be 1 or more", file=sys.stderr)
        return 2
    if args.out.is_dir():
        finish_publishing(args.out)  # the outputs of a run killed while replacing them
    cache_dir = args.cache_dir or default_cache_dir()
    say = (lambda *_: None) if args.quiet else (lambda text: print(text, file=sys.stderr))
    say("loading the gazetteer...")
    try:
        gazetteer = load_gazetteer(args.gazetteer, cache_dir=cache_dir,
                                   skip_bad_rows=args.skip_bad_rows)
    except GazetteerError as error:
        print(f"error: the gazetteer has problems; nothing was written:\n{error}",
              file=sys.stderr)
        print("fix them (python make_map.py gazetteer check), or run with --skip-bad-rows",
              file=sys.stderr)
        return 2
    notes = [f"gazetteer row skipped: {warning}" for warning in gazetteer.warnings]
    try:
        for attempt in (1, 2):
            try:
                cache, progress = _parse_into_cache(args, gazetteer, cache_dir,
                                                    rebuild=args.rebuild)
                try:
                    return _write_outputs(args, gazetteer, cache, progress, notes, started)
                finally:
                    cache.close()
            except CacheCorrupt as error:
                if attempt == 2:
                    raise
                moved = move_aside(cache_path(args.out))
                notes.append(f"the cache could not be read ({error}); moved to {moved} "
                             "and rebuilt")
                say(f"warning: {notes[-1]}")
    except sqlite3.OperationalError as error:
        print(f"error: cannot use the cache {cache_path(args.out)}: {error}", file=sys.stderr)
        return 2
    return 1


def _parse_into_cache(args: argparse.Namespace, gazetteer, cache_dir: Path, *, rebuild: bool
                      ) -> tuple[ResultCache, Progress]:
    """Open the cache and bring it up to date with the corpus, on the engine asked for."""
    cache = ResultCache(cache_path(args.out), rebuild=rebuild)
    version = f"{gazetteer.version}:{pipeline_version()}"
    progress_bar = tqdm(desc="articles", unit=" files", disable=None if not args.quiet else True,
                        file=sys.stderr)
    try:
        engine = _engine(args, gazetteer, cache_dir)
        progress = update_cache(args.corpus, cache, engine, version,
                                on_item=lambda: progress_bar.update())
    except BaseException:
        cache.close()
        raise
    finally:
        progress_bar.close()
    return cache, progress


def _engine(args: argparse.Namespace, gazetteer, cache_dir: Path) -> Engine:
    """The engine asked for; the name index is loaded here only if this process parses."""
    from geo.recognize import load_name_index

    loaded: list = []

    def index_of():
        if not loaded:
            loaded.append(load_name_index(gazetteer, cache_dir))
        return loaded[0]

    def here(batches):
        return engines.serial(batches, gazetteer, index_of)

    spec = WorkerSpec(str(args.gazetteer.resolve()), str(Path(cache_dir).resolve()),
                      args.skip_bad_rows, gazetteer.version)
    if args.dask:
        return lambda batches: engines.dask_cluster(batches, spec, args.dask)
    if args.workers > 1:
        def pool(batches):
            return engines.local_processes(batches, spec, args.workers)

        return lambda batches: engines.here_when_few(pool, here, batches, _FEW_BATCHES)
    return here


def _write_outputs(args: argparse.Namespace, gazetteer, cache: ResultCache, progress: Progress,
                   notes: list[str], started: float) -> int:
    from geo.mapping import build_map, write_map

    # The tables and the map are staged and replace the previous ones together, so that a
    # run stopped at any point leaves all of the old outputs or all of the new ones.
    try:
        with published_together(args.out) as staging:
            clock = time.perf_counter()
            article_count, skipped, read_notes, events, counts, unresolved = _write_tables(
                staging, cache, progress)
            progress.add_time("write", time.perf_counter() - clock)
            clock = time.perf_counter()
            title = args.title or args.corpus.resolve().name
            the_map = build_map(events, title=title, article_count=article_count,
                                geometry_of=gazetteer.geometry,
                                country_shapes=gazetteer.country_shapes(), offline=not args.cdn,
                                corpus_dir=os.path.relpath(args.corpus, args.out))
            write_map(the_map, staging / "events.html")
            progress.add_time("map", time.perf_counter() - clock)
    except _NothingRead as nothing:
        _print_skipped(nothing.skipped)
        print(f"error: no article in {args.corpus} could be read; nothing was written",
              file=sys.stderr)
        return 1
    map_path = args.out / "events.html"
    paths = {name: args.out / name for name in OUTPUT_TABLES}
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


def _write_tables(out: Path, cache: ResultCache, progress: Progress):
    """The four tables from the cache, in corpus order; mentions.csv streamed.

    Mentions are the bulk of a large corpus: each article's lines of mentions.csv come
    ready-made from the cache and only the unresolved ones (for unresolved.csv) are kept in
    memory; the events are all kept, for the map.
    """
    paths = {name: out / name for name in OUTPUT_TABLES}
    event_rows: list[list] = []
    unresolved_rows: list[list] = []
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
        skipped = [item for _, item in sorted(skipped, key=lambda pair: pair[0])]
        if article_count == 0:
            raise _NothingRead(skipped)
    events = export.events_table(event_rows)
    del event_rows
    export.write_csv(paths["events.csv"], events)
    unresolved = export.unresolved_table(export.mentions_table(unresolved_rows))
    export.write_csv(paths["unresolved.csv"], unresolved)
    write_text_atomic(paths["events.geojson"], export.events_geojson(events))
    counts = (mention_count, mention_count - len(unresolved_rows))
    return article_count, skipped, notes, events, counts, unresolved


def _print_skipped(skipped: list[Skipped]) -> None:
    for item in skipped:
        print(f"  skipped {item.path}: {item.reason}")


def _print_read_notes(read_notes: list[tuple[str, str]], shown: int = 10) -> None:
    """Articles read, but not quite as written: one line per kind of note, naming the files
    (the first `shown` of them, so that a large corpus's summary stays readable)."""
    files_by_note: dict[str, list[str]] = {}
    for note, path in read_notes:
        files = files_by_note.setdefault(note, [])
        if path not in files:
            files.append(path)
    for note, files in files_by_note.items():
        more = f" and {len(files) - shown} more" if len(files) > shown else ""
        print(f"  read, but {note} ({len(files)}): {', '.join(files[:shown])}{more}")


def _print_summary(article_count, skipped, read_notes, events, counts, unresolved, map_path,
                   paths, seconds, progress: Progress, notes: list[str]) -> None:
    found, resolved = counts
    print(f"articles: {article_count} read, {len(skipped)} skipped")
    _print_skipped(skipped)
    _print_read_notes(read_notes)
    removed = f", {progress.removed} removed" if progress.removed else ""
    print(f"cache: {progress.cached} articles from cache, {progress.parsed} parsed{removed}")
    for note in notes:
        print(f"  {note}")
    print(f"mentions: {found} found, {resolved} resolved to a place")
    per_year = Counter("undated" if y is None or y != y else str(y)
                       for y in events["year"].astype(object).where(events["year"].notna(), None))
    years = ", ".join(f"{year}: {count}" for year, count in sorted(per_year.items()))
    unplaced = int(events["lat"].isna().sum())
    print(f"events: {len(events)} ({years or 'none'}); {unplaced} without a place")
    unresolved = unresolved.head(8)
    if not unresolved.empty:
        names = ", ".join(f"{name} ({count})"
                          for name, count in zip(unresolved["name"], unresolved["count"]))
        print(f"most frequent names not resolved: {names}  -> {paths['unresolved.csv']}")
    print(f"map: {map_path}  ({seconds:.1f} s)")
