"""The command line: `python make_map.py [options]` and `python make_map.py gazetteer ...`."""

from __future__ import annotations

import argparse
import os
import sys
import time
import webbrowser
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from geo import export
from geo.corpus import Skipped
from geo.pipeline import run_corpus

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
    from geo.mapping import build_map, write_map
    from geo.recognize import load_name_index

    started = time.perf_counter()
    if not args.corpus.is_dir():
        print(f"error: {args.corpus}: no such folder of articles", file=sys.stderr)
        return 2
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
    index = load_name_index(gazetteer, cache_dir)

    event_rows: list[dict] = []
    mention_rows: list[dict] = []
    skipped: list[Skipped] = []
    article_count = 0
    progress = tqdm(desc="articles", unit=" files", disable=None if not args.quiet else True,
                    file=sys.stderr)
    for item in run_corpus(args.corpus, gazetteer, index, on_item=lambda: progress.update()):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        article_count += 1
        event_rows += export.event_rows(item)
        mention_rows += export.mention_rows(item)
    progress.close()

    if article_count == 0:
        _print_skipped(skipped)
        print(f"error: no article in {args.corpus} could be read; nothing was written",
              file=sys.stderr)
        return 1

    events = export.events_table(event_rows)
    mentions = export.mentions_table(mention_rows)
    paths = export.write_tables(args.out, events, mentions)
    title = args.title or args.corpus.resolve().name
    the_map = build_map(events, title=title, article_count=article_count,
                        geometry_of=gazetteer.geometry, country_shapes=gazetteer.country_shapes(),
                        offline=not args.cdn, corpus_dir=os.path.relpath(args.corpus, args.out))
    map_path = args.out / "events.html"
    write_map(the_map, map_path)
    _print_summary(article_count, skipped, events, mentions, map_path, paths,
                   time.perf_counter() - started)
    if args.open:
        webbrowser.open(map_path.resolve().as_uri())
    return 0


def _print_skipped(skipped: list[Skipped]) -> None:
    for item in skipped:
        print(f"  skipped {item.path}: {item.reason}")


def _print_summary(article_count, skipped, events, mentions, map_path, paths, seconds) -> None:
    resolved = int((mentions["place_id"] != "").sum())
    print(f"articles: {article_count} read, {len(skipped)} skipped")
    _print_skipped(skipped)
    print(f"mentions: {len(mentions)} found, {resolved} resolved to a place")
    per_year = Counter("undated" if y is None or y != y else str(y)
                       for y in events["year"].astype(object).where(events["year"].notna(), None))
    years = ", ".join(f"{year}: {count}" for year, count in sorted(per_year.items()))
    unplaced = int(events["lat"].isna().sum())
    print(f"events: {len(events)} ({years or 'none'}); {unplaced} without a place")
    unresolved = export.unresolved_table(mentions).head(8)
    if not unresolved.empty:
        names = ", ".join(f"{name} ({count})"
                          for name, count in zip(unresolved["name"], unresolved["count"]))
        print(f"most frequent names not resolved: {names}  -> {paths['unresolved.csv']}")
    print(f"map: {map_path}  ({seconds:.1f} s)")
