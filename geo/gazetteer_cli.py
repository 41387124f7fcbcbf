"""`python make_map.py gazetteer ...`: look places up and edit the curated files.

Every edit is checked against all the curated files as they would be after it, and written
atomically (the previous version kept as `file~`) only when it is valid; running the same
command again changes nothing. Whatever goes wrong is one line naming the file (and line)
and the problem, exit status 2; names from the files and from servers are printed through
`geo.terminal.shown`.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import difflib
import itertools
import re
import sqlite3
import sys
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from geo.atomic import write_text_atomic
from geo.curated import (
    ALIAS_COLUMNS,
    ALIASES_FILE,
    ALIASES_SUFFIX,
    IMPORTED_DIR,
    KINDS,
    NAMES_SEPARATOR,
    PLACE_COLUMNS,
    PLACES_FILE,
    REMOVED_COLUMNS,
    REMOVED_FILE,
    GazetteerError,
    Row,
    TsvDocument,
    format_number,
    parse_place,
    set_values,
    slug,
)
from geo.gazetteer import Gazetteer, check_gazetteer, load_gazetteer
from geo.model import Place
from geo.settings import SettingsError, default_gazetteer
from geo.terminal import ArgumentParser, TerminalProgress, print_lines, shown
from geo.text import name_key

DESCRIPTION = """\
Look places up in the local gazetteer and extend it. Edits go to the curated files in the
gazetteer folder (plain text under version control; see its README.md); the installed base
is never changed.

examples:
  make_map.py gazetteer lookup Stepanakert
  make_map.py gazetteer add "Hadrut" --lat 39.52 --lon 47.03 --kind city --country AZ
  make_map.py gazetteer alias gn:146970 "Stepanakert"
  make_map.py gazetteer move gn:146970 39.8153 46.7519
  make_map.py gazetteer remove gn:4528463 --reason "not a place of that name"
  make_map.py gazetteer import ~/Downloads/AZ.txt
  make_map.py gazetteer check
  make_map.py gazetteer geocode "Sugovushan" --yes
"""

DEFAULT_SOURCE = "user"
# What each kind of place is, for `add --help` (gazetteer/README.md has the same).
KIND_MEANINGS = {
    "continent": "a continent",
    "country": "a country",
    "admin1": "a first-level division (a province, a state, an oblast)",
    "admin2": "a second-level division (a district, a county, a rayon)",
    "city": "a town, village, camp or neighbourhood: a point",
    "region": "an area across or inside borders (give --bbox to draw it)",
    "feature": "a sea, river, mountain, island",
    "landmark": "a building, bridge, checkpoint or other site",
}
KINDS_HELP = "; ".join(f"{kind}: {KIND_MEANINGS.get(kind, kind)}" for kind in KINDS)
NOMINATIM_DOMAIN = "nominatim.openstreetmap.org"


class CommandError(Exception):
    """A bad argument or a refused edit: printed as `error: ...`, exit status 2."""


def main(argv: list[str]) -> int:
    """`make_map.py gazetteer ARGV...`; the exit status. (make_map.py comes here without
    loading the libraries a run needs: a second of every edit.)"""
    parser = ArgumentParser(prog="make_map.py")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_gazetteer_parser(subparsers)
    try:
        return run_gazetteer(parser.parse_args(["gazetteer", *argv]))
    except KeyboardInterrupt:
        print("interrupted: stopped; each gazetteer file is as it was or wholly replaced",
              file=sys.stderr)
        return 130


def add_gazetteer_parser(subparsers) -> None:
    """Add the `gazetteer` command, with its own subcommands, to an argparse subparsers."""
    parser = subparsers.add_parser(
        "gazetteer", help="look places up and edit the curated gazetteer",
        description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gazetteer", type=Path, default=None,
                        help="folder of curated gazetteer files (default: the one the "
                             "geo.toml of the current folder names, else the project's "
                             "gazetteer/, wherever the command runs from)")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="folder for the compiled base (default: $GEO_CACHE_DIR or "
                             "~/.cache/geo)")
    commands = parser.add_subparsers(dest="action", required=True, metavar="COMMAND")

    lookup = commands.add_parser("lookup", help="list the places that have a name")
    lookup.add_argument("name")
    lookup.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")

    add = commands.add_parser(
        "add", help="add a new place to places.tsv",
        description="Add a new place to places.tsv. With --from-unresolved, NAME is a name "
                    "of that unresolved.csv: it is checked against the file (a typo is "
                    "caught), its kind is 'city' unless --kind says otherwise, its country "
                    "the one its articles' other places lie in (from mentions.csv beside "
                    "it) unless --country says otherwise, and its source names the article "
                    "it was seen in.",
        epilog=f"kinds: {KINDS_HELP}")
    add.add_argument("name")
    add.add_argument("--lat", type=float, required=True)
    add.add_argument("--lon", type=float, required=True)
    add.add_argument("--kind", choices=KINDS, metavar="KIND", default=None,
                     help=f"what the place is, one of: {', '.join(KINDS)} (see below; "
                          "required unless --from-unresolved, where it is city)")
    add.add_argument("--from-unresolved", type=Path, default=None, metavar="CSV",
                     help="take NAME from this unresolved.csv (e.g. maps/unresolved.csv)")
    add.add_argument("--country", default=None,
                     help="ISO 3166-1 alpha-2 code ('' across borders)")
    add.add_argument("--alias", action="append", default=[], metavar="NAME",
                     help="another name (repeatable)")
    add.add_argument("--population", type=int, default=None)
    add.add_argument("--admin1", default="", help="its first-level division's name")
    add.add_argument("--bbox", default="", help="extent: min_lon,min_lat,max_lon,max_lat")
    add.add_argument("--id", default="", help="place id (default: cur:<name as a slug>)")
    add.add_argument("--source", default=DEFAULT_SOURCE, help="where the facts come from")

    alias = commands.add_parser("alias", help="give a place another name (aliases.tsv)")
    alias.add_argument("place", help="a place id, or a name that only one place has")
    alias.add_argument("name")
    alias.add_argument("--source", default=DEFAULT_SOURCE)

    move = commands.add_parser("move", help="correct a place's coordinates (places.tsv)")
    move.add_argument("place", help="a place id, or a name that only one place has")
    move.add_argument("lat", type=float)
    move.add_argument("lon", type=float)
    move.add_argument("--source", default=DEFAULT_SOURCE)

    remove = commands.add_parser("remove", help="hide a place, base or curated (removed.tsv)")
    remove.add_argument("place", help="a place id, or a name that only one place has")
    remove.add_argument("--reason", default="")
    remove.add_argument("--source", default=DEFAULT_SOURCE)

    imports = commands.add_parser(
        "import", help="import a GeoNames file you downloaded (into imported/)",
        description="Import a GeoNames dump: a place table (allCountries.txt, cities500.txt, "
                    "a country's XX.txt), alternateNamesV2.txt, or admin1CodesASCII.txt. "
                    "The rows go to <gazetteer>/imported/<name>.tsv, under version control "
                    "like the other curated files.")
    imports.add_argument("file", type=Path)
    imports.add_argument("--name", default="", help="output file's name (default: the input's)")
    imports.add_argument("--countries", default="",
                         help="keep only these country codes, comma-separated")
    imports.add_argument("--min-population", type=int, default=0)
    imports.add_argument("--feature-classes", default="P,A,L",
                         help="GeoNames feature classes to keep (default P,A,L: populated "
                              "places, divisions, regions)")

    commands.add_parser("check", help="validate every curated file; exit 1 on errors")

    geocode = commands.add_parser(
        "geocode", help="ask Nominatim (online) about a name; add it with --yes",
        description="Ask a Nominatim server about NAME and show its answer. Nothing else in "
                    "geo goes online; this does only when you run it.")
    geocode.add_argument("name")
    geocode.add_argument("--domain", default=NOMINATIM_DOMAIN)
    geocode.add_argument("--scheme", default="https", choices=("https", "http"))
    geocode.add_argument("--yes", action="store_true", help="add the answer to places.tsv")
    geocode.add_argument("--kind", choices=KINDS, metavar="KIND", default=None,
                         help=f"the kind to record: {', '.join(KINDS)} (default: from the "
                              "answer)")
    geocode.add_argument("--id", default="", help="place id (default: cur:<name as a slug>)")
    geocode.add_argument("--timeout", type=float, default=10.0)


def run_gazetteer(args: argparse.Namespace) -> int:
    """Run a `gazetteer` subcommand; returns the exit status."""
    command = {"lookup": _lookup, "add": _add, "alias": _alias, "move": _move,
               "remove": _remove, "import": _import, "check": _check,
               "geocode": _geocode}[args.action]
    try:
        if args.gazetteer is None:
            try:
                args.gazetteer = default_gazetteer()
            except SettingsError as error:
                raise CommandError(str(error)) from None
        if not args.gazetteer.is_dir():
            what = "not a folder" if args.gazetteer.exists() else "no such folder"
            raise CommandError(f"{shown(args.gazetteer)}: {what} of curated gazetteer files "
                               "(--gazetteer)")
        return command(args)
    except GazetteerError as error:
        print("error: the gazetteer files have problems; nothing was written:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {shown(problem, 300)}", file=sys.stderr)
        return 2
    except CommandError as error:
        print_lines(f"error: {error}", file=sys.stderr)
        return 2
    except sqlite3.Error as error:
        cache = args.cache_dir or "the gazetteer cache folder"
        print(f"error: cannot build or read the gazetteer in {shown(cache)}: {error}",
              file=sys.stderr)
        return 2
    except OSError as error:
        where = shown(error.filename or args.gazetteer)
        print(f"error: {where}: {error.strerror or error}; the gazetteer files were left as "
              "they were", file=sys.stderr)
        return 2


# --- commands -----------------------------------------------------------------------------

def _load(args: argparse.Namespace) -> Gazetteer:
    """The gazetteer, its base built first if this machine has none (shown on a terminal)."""
    show = TerminalProgress(sys.stderr)
    try:
        return load_gazetteer(args.gazetteer, cache_dir=args.cache_dir, progress=show)
    finally:
        show.finish()


def _lookup(args: argparse.Namespace) -> int:
    gazetteer = _load(args)
    places = gazetteer.candidates(args.name)
    if not places:
        print(f"no place named {_quoted(args.name)}")
        return 1
    print(LOOKUP_HEADER)
    for place in places[: args.limit]:
        print(_describe(place))
    if len(places) > args.limit:
        print(f"... and {len(places) - args.limit} more (--limit)")
    return 0


def _describe(place: Place) -> str:
    where = ", ".join(x for x in (place.admin1, place.country) if x and x != place.name)
    return shown(f"{shown(place.place_id, 60):<22} {place.kind:<9} {place.country or '--':<3}"
                 f"{place.population:>12,}  {place.lat:9.5f} {place.lon:10.5f}  "
                 f"{shown(place.name)}{f' ({shown(where)})' if where else ''}  "
                 f"[{shown(place.source, 60)}]", limit=None)


LOOKUP_HEADER = (f"{'place_id':<22} {'kind':<9} {'cc':<3}{'population':>12}  {'lat':>9} "
                 f"{'lon':>10}  name (admin1, country)  [source]")


def _quoted(name: str) -> str:
    """A name from the command line or a file, quoted and made safe to print."""
    return shown(repr(name))


def _add(args: argparse.Namespace) -> int:
    seen = _unresolved_row(args.from_unresolved, args.name) if args.from_unresolved else None
    if seen is not None:
        args.name = seen.name
        args.kind = args.kind or "city"
        if args.country is None:
            args.country = seen.country
        if args.source == DEFAULT_SOURCE:
            args.source = f"{DEFAULT_SOURCE}; named in {seen.example_article}"
    if args.kind is None:
        raise CommandError(f"--kind: required, one of {', '.join(KINDS)}")
    args.country = args.country or ""
    gazetteer = _load(args)
    _check_point(args.lat, args.lon)
    if not name_key(args.name):
        raise CommandError("name: empty")
    if any(NAMES_SEPARATOR in alias for alias in args.alias):
        raise CommandError(f"alias: a name cannot contain {NAMES_SEPARATOR!r}; give each "
                           "name its own --alias")
    place_id = args.id or f"cur:{slug(args.name)}"
    values = {
        "place_id": place_id, "name": args.name, "kind": args.kind, "country": args.country,
        "lat": format_number(args.lat), "lon": format_number(args.lon),
        "population": "" if args.population is None else str(args.population),
        "admin1": args.admin1, "bbox": args.bbox,
        "names": NAMES_SEPARATOR.join(dict.fromkeys(args.alias)), "source": args.source,
    }
    status = _add_place(args, gazetteer, values)
    if seen is not None and status == 0:
        print(f"  named {seen.count} time(s) in {seen.articles} article(s) of "
              f"{shown(args.from_unresolved)}, as in {shown(seen.example_article)}: "
              f"{_quoted(seen.example_sentence)}")
    return status


@dataclass(frozen=True)
class _Unresolved:
    """A row of unresolved.csv, with the country its article's other places lie in."""

    name: str
    count: str
    articles: str
    example_article: str
    example_sentence: str
    country: str


def _unresolved_row(path: Path, name: str) -> _Unresolved:
    """The row of an unresolved.csv (the run's own output) that names `name`, exactly or
    but for case and accents; the country is the one most resolved mentions of its example
    article lie in (mentions.csv beside it), "" when there is none."""
    rows = _csv_rows(path, required=("name", "example_article", "example_sentence"))
    wanted = name_key(name)
    found = [row for row in rows if row["name"] == name] or [
        row for row in rows if name_key(row["name"]) == wanted]
    if not found:
        close = difflib.get_close_matches(name, [row["name"] for row in rows], n=3)
        hint = f"; did you mean {', '.join(_quoted(n) for n in close)}?" if close else ""
        raise CommandError(f"{shown(path)}: no row names {_quoted(name)}{hint}")
    row = found[0]
    return _Unresolved(row["name"], row.get("count", ""), row.get("articles", ""),
                       row["example_article"], row["example_sentence"],
                       _country_of_article(path.parent / "mentions.csv",
                                           row["example_article"]))


def _csv_rows(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    """A table the run wrote, read whole; a missing, unreadable or foreign file is one
    error naming it."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise CommandError(f"{shown(path)}: no {missing[0]!r} column; expected the "
                                   "unresolved.csv a run of make_map.py wrote")
            # (A formula-looking cell was written with a leading apostrophe: drop it.)
            return [{k: (v[1:] if v[:2] in _SAFE_FORMULAS else v) for k, v in row.items()
                     if k is not None} for row in reader]
    except FileNotFoundError:
        raise CommandError(f"{shown(path)}: no such file (run make_map.py first: it writes "
                           "unresolved.csv beside the map)") from None
    except (UnicodeDecodeError, csv.Error) as error:
        raise CommandError(f"{shown(path)}: not a table make_map.py wrote "
                           f"({shown(error, 200)})") from None


_SAFE_FORMULAS = ("'=", "'+", "'-", "'@")


def _country_of_article(mentions: Path, article: str) -> str:
    """The country most of the article's resolved mentions lie in ("" without any)."""
    if not mentions.is_file():
        return ""
    counts: Counter[str] = Counter()
    with contextlib.suppress(OSError, UnicodeDecodeError, csv.Error), mentions.open(
            encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("article") == article and row.get("country") and row.get("lat"):
                counts[row["country"]] += 1
    return counts.most_common(1)[0][0] if counts else ""


def _add_place(args: argparse.Namespace, gazetteer: Gazetteer, values: dict[str, str]) -> int:
    document = TsvDocument.load(args.gazetteer / PLACES_FILE, PLACE_COLUMNS)
    existing = document.find(place_id=values["place_id"])
    if existing is not None:
        if all(existing.get(k, "") == v for k, v in values.items()):
            print(f"{shown(values['place_id'])} is already in {shown(document.path)} as given; "
                  "no change")
            return 0
        raise CommandError(
            f"{shown(document.path)}:{document.line_of(existing)}: place_id: "
            f"{shown(values['place_id'])} already exists with other values; use move or alias, "
            "or give another --id")
    if gazetteer.in_base(values["place_id"]):
        raise CommandError(f"place_id: {shown(values['place_id'])} is a base entry; use move or "
                           "alias to change it")
    _append(document, values)
    _save_checked(args, document)
    print(f"added {shown(values['place_id'])} ({shown(values['name'])}) to "
          f"{shown(document.path)}")
    return 0


def _alias(args: argparse.Namespace) -> int:
    gazetteer = _load(args)
    place = _resolve(gazetteer, args.place)
    if not name_key(args.name):
        raise CommandError("name: empty")
    known = {name_key(n) for n in gazetteer.names_of(place.place_id)}
    if name_key(args.name) in known:
        print(f"{_quoted(args.name)} is already a name of {shown(place.place_id)} "
              f"({shown(place.name)}); no change")
        return 0
    document = TsvDocument.load(args.gazetteer / ALIASES_FILE, ALIAS_COLUMNS)
    _append(document, {"place_id": place.place_id, "name": args.name, "source": args.source})
    _save_checked(args, document)
    print(f"{_quoted(args.name)} now names {shown(place.place_id)} ({shown(place.name)})")
    return 0


def _move(args: argparse.Namespace) -> int:
    gazetteer = _load(args)
    _check_point(args.lat, args.lon)
    place = _resolve(gazetteer, args.place)
    document = TsvDocument.load(args.gazetteer / PLACES_FILE, PLACE_COLUMNS)
    lat, lon = format_number(args.lat), format_number(args.lon)
    row = document.find(place_id=place.place_id)
    if row is None:
        row = _append(document, {"place_id": place.place_id, "source": args.source})
    elif row["lat"] == lat and row["lon"] == lon:
        print(f"{shown(place.place_id)} ({shown(place.name)}) is already at {lat}, {lon}; "
              "no change")
        return 0
    elif args.source != DEFAULT_SOURCE:
        set_values(row, source=args.source)
    set_values(row, lat=lat, lon=lon)
    _save_checked(args, document)
    print(f"moved {shown(place.place_id)} ({shown(place.name)}) from {place.lat}, {place.lon} "
          f"to {lat}, {lon}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    document = TsvDocument.load(args.gazetteer / REMOVED_FILE, REMOVED_COLUMNS)
    if document.find(place_id=args.place):
        print(f"{shown(args.place)} is already removed; no change")
        return 0
    gazetteer = _load(args)
    place = _resolve(gazetteer, args.place)
    if document.find(place_id=place.place_id):
        print(f"{shown(place.place_id)} is already removed; no change")
        return 0
    _append(document, {"place_id": place.place_id, "reason": args.reason,
                       "source": args.source})
    _save_checked(args, document)
    print(f"removed {shown(place.place_id)} ({shown(place.name)}); undo by deleting its row in "
          f"{shown(document.path)}")
    return 0


def _check(args: argparse.Namespace) -> int:
    show = TerminalProgress(sys.stderr)
    try:
        problems = check_gazetteer(args.gazetteer, cache_dir=args.cache_dir, progress=show)
    finally:
        show.finish()
    errors = sum(p.error for p in problems)
    for problem in problems:
        print(shown(problem, 300))
    print(f"{errors} error(s), {len(problems) - errors} warning(s)")
    return 1 if errors else 0


# --- helpers ------------------------------------------------------------------------------

def _check_point(lat: float, lon: float) -> None:
    if not -90 <= lat <= 90:
        raise CommandError(f"lat: {lat} is out of range (-90 to 90)")
    if not -180 <= lon <= 180:
        raise CommandError(f"lon: {lon} is out of range (-180 to 180)")


def _resolve(gazetteer: Gazetteer, text: str) -> Place:
    """A place id, or a name only one place has."""
    if ":" in text:
        place = gazetteer.get(text)
        if place is None:
            raise CommandError(f"no place has the id {_quoted(text)}")
        return place
    places = gazetteer.candidates(text)
    if not places:
        raise CommandError(f"no place is named {_quoted(text)} (lookup finds names; add "
                           "creates one)")
    if len(places) > 1:
        listed = "\n".join(f"  {_describe(p)}" for p in places[:10])
        more = f"\n  ... and {len(places) - 10} more" if len(places) > 10 else ""
        raise CommandError(f"{len(places)} places are named {_quoted(text)}; give the id of "
                           f"the one you mean:\n{listed}{more}")
    return places[0]


def _append(document: TsvDocument, values: dict[str, str]) -> dict[str, str]:
    try:
        return document.append(values)
    except ValueError as error:
        raise CommandError(shown(error, 300)) from None


def _save_checked(args: argparse.Namespace, document: TsvDocument) -> None:
    """Write the document only if every curated file is still free of errors with it."""
    problems = check_gazetteer(args.gazetteer, cache_dir=args.cache_dir,
                               texts={document.path: document.text()})
    errors = [str(p) for p in problems if p.error]
    if errors:
        raise GazetteerError(errors)
    for warning in problems:
        if not warning.error and warning.path.endswith(str(document.path.name)):
            print(f"note: {shown(warning, 300)}", file=sys.stderr)
    document.save()


# --- import -------------------------------------------------------------------------------

# GeoNames' alternate-name "languages" that are codes or links, not names.
_NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc",
                        "fr_1793", "phon", "piny"})


# GeoNames' lines are a few KB (a place's alternate names); a longer one is no GeoNames table.
_DUMP_LINE_BYTES = 1024 * 1024
# Files GeoNames puts in its .zip downloads beside the table.
_NOT_TABLES = ("readme.txt", "iso-languagecodes.txt")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # no GeoNames line holds one


@dataclass
class _Dump:
    """A GeoNames table being read: `label` names it in messages (a .zip's member as
    "AZ.zip:AZ.txt"), `name` is the table's own file name, `lines` its (number, line) pairs,
    comments and blank lines left out."""

    label: str
    name: str
    lines: Iterator[tuple[int, str]]


def _import(args: argparse.Namespace) -> int:
    source: Path = args.file
    if not source.is_file():
        raise CommandError(f"{shown(source)}: no such file")
    gazetteer = _load(args)
    with _opened_dump(source) as dump:
        kind, dump = _dump_kind(dump)
        stem = slug(args.name or dump.name.removesuffix(".txt").removesuffix(".tsv"))
        suffix = ALIASES_SUFFIX if kind == "alternate names" else ".tsv"
        target = args.gazetteer / IMPORTED_DIR / f"{stem}{suffix}"
        columns = ALIAS_COLUMNS if kind == "alternate names" else PLACE_COLUMNS
        convert = {"places": _geonames_rows, "alternate names": _alternate_name_rows,
                   "admin1 codes": _admin1_rows}[kind]
        countries = {c.strip().upper() for c in args.countries.split(",") if c.strip()}
        counts = {"read": 0}
        lines = [f"# Imported from {dump.name} by `make_map.py gazetteer import` ({kind}). "
                 "Import again rather than edit by hand.", "\t".join(columns)]
        for row in convert(dump, args, gazetteer, countries, counts):
            lines.append("\t".join(row.get(c, "") for c in columns))
    text = "\n".join(lines) + "\n"
    kept = len(lines) - 2
    if target.is_file() and target.read_bytes() == text.encode("utf-8"):
        print(f"{shown(target)} already holds this import ({kept} rows); no change")
        return 0
    problems = check_gazetteer(args.gazetteer, cache_dir=args.cache_dir, texts={target: text})
    errors = [str(p) for p in problems if p.error]
    if errors:
        raise GazetteerError(errors)
    write_text_atomic(target, text, keep_backup=True)
    print(f"imported {kept} of {counts['read']} rows of {shown(dump.label)} into {shown(target)}")
    return 0


@contextlib.contextmanager
def _opened_dump(path: Path) -> Iterator[_Dump]:
    """The GeoNames table in `path`: the file itself, or the table inside a .zip as GeoNames
    serves it (AZ.zip holds AZ.txt beside readme.txt), read line by line either way."""
    with path.open("rb") as handle:
        zipped = handle.read(4) == b"PK\x03\x04" or zipfile.is_zipfile(handle)
    if not zipped:
        with path.open("rb") as handle:
            yield _Dump(str(path), path.name, _dump_lines_of(handle, str(path)))
        return
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise CommandError(f"{shown(path)}: not a readable .zip file ({error})") from None
    with archive:
        tables = [info for info in archive.infolist() if not info.is_dir()
                  and Path(info.filename).name.lower() not in _NOT_TABLES
                  and info.filename.lower().endswith(".txt")]
        same_name = [info for info in tables
                     if Path(info.filename).stem.lower() == path.stem.lower()]
        if len(same_name or tables) != 1:
            found = ", ".join(shown(info.filename, 60) for info in archive.infolist()[:10])
            raise CommandError(f"{shown(path)}: expected one GeoNames table (a .txt file) in "
                               f"it, found: {found or 'nothing'}")
        member = (same_name or tables)[0]
        label = f"{shown(path)}:{shown(member.filename)}"
        try:
            with archive.open(member) as handle:
                yield _Dump(label, Path(member.filename).name, _dump_lines_of(handle, label))
        except (zipfile.BadZipFile, EOFError, zlib.error) as error:
            raise CommandError(f"{label}: the .zip file is damaged ({error}); nothing was "
                               "written") from None


def _dump_lines_of(handle: BinaryIO, label: str) -> Iterator[tuple[int, str]]:
    """(number, text) of each line that is neither blank nor a comment; a line that is not
    UTF-8 (GeoNames writes UTF-8), holds a control character or is longer than any GeoNames
    line stops the import, named by its file and line: random bytes are no table."""
    number = 0
    while True:
        raw = handle.readline(_DUMP_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > _DUMP_LINE_BYTES:
            raise CommandError(f"{label}:{number}: a line longer than "
                               f"{_DUMP_LINE_BYTES // 1024 // 1024} MB: not a GeoNames table; "
                               "nothing was written")
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            byte = raw[error.start]
            column = len(raw[:error.start].decode("utf-8", "replace")) + 1
            raise CommandError(
                f"{label}:{number}: byte 0x{byte:02x} at column {column} is not UTF-8, which "
                "GeoNames files are (is this one? download it again); nothing was written"
            ) from None
        control = _CONTROL.search(line)
        if control:
            raise CommandError(
                f"{label}:{number}: byte 0x{ord(control.group()):02x} at column "
                f"{control.start() + 1} is a control character: not a GeoNames table; nothing "
                "was written")
        if line.strip() and not line.startswith("#"):
            yield number, line


def _dump_kind(dump: _Dump) -> tuple[str, _Dump]:
    """What table this is, from its name or its first line's columns; and the dump with
    that line put back."""
    lowered = dump.name.lower()
    if lowered.startswith("admin1codes"):
        return "admin1 codes", dump
    if lowered.startswith("alternatename"):
        return "alternate names", dump
    first = next(dump.lines, None)
    if first is None:
        raise CommandError(f"{dump.label}: no rows; expected a GeoNames table")
    columns = len(first[1].rstrip("\r\n").split("\t"))
    dump = _Dump(dump.label, dump.name, itertools.chain([first], dump.lines))
    if columns == 19:
        return "places", dump
    if columns == 4:
        return "admin1 codes", dump
    if columns in (8, 10):
        return "alternate names", dump
    raise CommandError(f"{dump.label}:{first[0]}: {columns} tab-separated columns; expected a "
                       "GeoNames place table (19), alternateNames (8 or 10) or "
                       "admin1CodesASCII (4)")


def _dump_rows(dump: _Dump, columns: tuple[int, ...], counts: dict[str, int]
               ) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of a GeoNames dump, streamed; a malformed line stops the import
    (nothing is written) with its file and line."""
    for number, line in dump.lines:
        fields = line.rstrip("\r\n").split("\t")
        if len(fields) not in columns:
            raise CommandError(f"{dump.label}:{number}: row: {len(fields)} fields, expected "
                               f"{' or '.join(map(str, columns))}; nothing was written")
        counts["read"] += 1
        yield number, fields


def _field_error(dump: _Dump, number: int, column: str, message: str) -> CommandError:
    return CommandError(f"{dump.label}:{number}: {column}: {shown(message, 300)}; nothing was "
                        "written")


def _geonames_rows(dump: _Dump, args: argparse.Namespace, gazetteer: Gazetteer,
                   countries: set[str], counts: dict[str, int]) -> Iterator[dict[str, str]]:
    classes = {c.strip().upper() for c in args.feature_classes.split(",") if c.strip()}
    codes = gazetteer.country_codes()
    emitted: set[str] = set()
    for number, f in _dump_rows(dump, (19,), counts):
        (geonameid, name, asciiname, alternates, lat, lon, feature_class, feature_code,
         country, _, admin1_code) = f[:11]
        population = f[14] or "0"
        if classes and feature_class not in classes or countries and country not in countries:
            continue
        if not population.isdigit():
            raise _field_error(dump, number, "population", f"{population!r} is not a number")
        if int(population) < args.min_population or feature_code.startswith("PCL"):
            continue
        if country and codes is not None and country not in codes:
            continue  # a defunct code (CS, AN): nothing current to attach it to
        kind, place_id = _kind_and_id(feature_class, feature_code, geonameid, country,
                                      admin1_code)
        if place_id in emitted:  # a second ADM1 feature for one division: keep the first
            continue
        emitted.add(place_id)
        admin1 = ""
        if kind != "admin1" and admin1_code:
            division = gazetteer.get(f"admin1:{country}.{admin1_code}")
            admin1 = division.name if division else ""
        names = [n for n in dict.fromkeys([asciiname, *alternates.split(",")])
                 if n and n != name and not _code_like(n)]
        row = {"place_id": place_id, "name": name, "kind": kind, "country": country,
               "lat": lat, "lon": lon, "population": population, "admin1": admin1,
               "names": NAMES_SEPARATOR.join(n.replace(NAMES_SEPARATOR, " ") for n in names),
               "source": f"geonames:{dump.name}"}
        problems = []
        parse_place(Row(number, row), dump.label, codes or (), problems, True)
        if problems:
            raise _field_error(dump, number, problems[0].field, problems[0].message)
        yield row


def _kind_and_id(feature_class: str, feature_code: str, geonameid: str, country: str,
                 admin1_code: str) -> tuple[str, str]:
    if feature_class == "P":
        return "city", f"gn:{geonameid}"
    if feature_class == "A" and feature_code == "ADM1" and admin1_code:
        return "admin1", f"admin1:{country}.{admin1_code}"  # the base's id for it
    if feature_class == "A" and feature_code == "ADM2":
        return "admin2", f"gn:{geonameid}"
    if feature_class in {"A", "L"}:
        return "region", f"gn:{geonameid}"
    return "feature", f"gn:{geonameid}"


def _code_like(name: str) -> bool:
    return 2 <= len(name) <= 4 and name.isascii() and name.isalpha() and name.isupper()


def _alternate_name_rows(dump: _Dump, args: argparse.Namespace, gazetteer: Gazetteer,
                         countries: set[str], counts: dict[str, int]
                         ) -> Iterator[dict[str, str]]:
    for number, f in _dump_rows(dump, (8, 10), counts):
        geonameid, language, name = f[1], f[2], f[3].strip()
        if not geonameid.isdigit():
            raise _field_error(dump, number, "geonameid", f"{geonameid!r} is not a number")
        if language in _NOT_NAMES or not name_key(name) or NAMES_SEPARATOR in name:
            continue
        place = gazetteer.get(f"gn:{geonameid}")
        if place is None or countries and place.country not in countries:
            continue
        if name_key(name) in {name_key(n) for n in gazetteer.names_of(place.place_id)}:
            continue
        yield {"place_id": place.place_id, "name": name, "source": f"geonames:{dump.name}"}


def _admin1_rows(dump: _Dump, args: argparse.Namespace, gazetteer: Gazetteer,
                 countries: set[str], counts: dict[str, int]) -> Iterator[dict[str, str]]:
    """A division the base knows gets the names as extra names (its towns keep pointing at
    its base name); one it does not name becomes a place at its towns' centre."""
    for number, f in _dump_rows(dump, (4,), counts):
        code, name, asciiname = f[0], f[1], f[2]
        country, _, admin1_code = code.partition(".")
        if not admin1_code:
            raise _field_error(dump, number, "code", f"{code!r} is not CC.code")
        if countries and country not in countries:
            continue
        place_id = f"admin1:{country}.{admin1_code}"
        names = NAMES_SEPARATOR.join(n for n in dict.fromkeys([name, asciiname]) if n)
        source = f"geonames:{dump.name}"
        if gazetteer.in_base(place_id):
            yield {"place_id": place_id, "names": names, "source": source}
            continue
        centre = gazetteer.admin1_centre(place_id)
        if centre is None:
            continue  # no town of it in the base: no coordinate to give it
        lat, lon, population = centre
        yield {"place_id": place_id, "name": name, "kind": "admin1", "country": country,
               "lat": format_number(lat), "lon": format_number(lon),
               "population": str(population),
               "names": NAMES_SEPARATOR.join(n for n in [asciiname] if n and n != name),
               "source": source}


# --- geocode ------------------------------------------------------------------------------

_NOMINATIM_KINDS = {
    "city": "city", "town": "city", "village": "city", "hamlet": "city", "suburb": "city",
    "municipality": "city", "borough": "city", "quarter": "city", "neighbourhood": "city",
    "state": "admin1", "province": "admin1", "region": "admin1", "county": "admin2",
    "district": "admin2", "country": "country", "continent": "continent",
}


def _geocode(args: argparse.Namespace) -> int:
    from geopy.exc import GeopyError
    from geopy.geocoders import Nominatim

    gazetteer = _load(args)
    geocoder = Nominatim(user_agent="geo-gazetteer (make_map.py gazetteer geocode)",
                         domain=args.domain, scheme=args.scheme, timeout=args.timeout)
    try:
        location = geocoder.geocode(args.name, exactly_one=True, addressdetails=True)
    except GeopyError as error:
        raise CommandError(f"{args.scheme}://{shown(args.domain)}: {shown(error, 300)}") from None
    if location is None:
        print(f"{shown(args.domain)} knows no place named {_quoted(args.name)}")
        return 1
    raw = location.raw
    kind = args.kind or _NOMINATIM_KINDS.get(raw.get("addresstype") or raw.get("type", ""),
                                             "region" if raw.get("class") in
                                             {"boundary", "place"} else "feature")
    country = str(raw.get("address", {}).get("country_code", "")).upper()
    values = {
        "place_id": args.id or f"cur:{slug(args.name)}", "name": args.name, "kind": kind,
        "country": country, "lat": format_number(location.latitude),
        "lon": format_number(location.longitude), "population": "", "admin1": "",
        "bbox": _nominatim_bbox(raw) if kind not in {"city"} else "",
        "names": NAMES_SEPARATOR.join(n for n in [raw.get("name", "")]
                                      if n and name_key(n) != name_key(args.name)),
        "source": f"nominatim:{args.domain} {raw.get('osm_type', '')}/{raw.get('osm_id', '')}",
    }
    print(f"{shown(args.domain)}: {shown(location.address, 300)}")
    print(shown(f"  {values['lat']}, {values['lon']}  kind {kind}  country {country or '--'}"
                f"{'  bbox ' + values['bbox'] if values['bbox'] else ''}", 300))
    known = gazetteer.candidates(args.name)
    if known:
        print(f"  (the gazetteer already has {len(known)} place(s) named {_quoted(args.name)}; "
              f"first: {shown(known[0].place_id)} {shown(known[0].name)})")
    if not args.yes:
        print(f"not added; run again with --yes to add it as {shown(values['place_id'])}")
        return 0
    return _add_place(args, gazetteer, values)


def _nominatim_bbox(raw: dict) -> str:
    """Nominatim's boundingbox is [south, north, west, east], as strings."""
    box = raw.get("boundingbox")
    if not box or len(box) != 4:
        return ""
    south, north, west, east = (float(v) for v in box)
    return ",".join(format_number(v) for v in (west, south, east, north))
