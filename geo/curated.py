"""The curated gazetteer files: read, validate, and rewrite them atomically.

The files in gazetteer/ are plain tab-separated text under version control, edited by hand
or by `make_map.py gazetteer ...`. They override the base built from installed packages:
see gazetteer/README.md for the columns. Every problem is reported as
`file:line: field: problem`, so that a user can go straight to the line. Files are read as
editors save them (a UTF-8 BOM, CRLF line ends) and written back the same way.
"""

from __future__ import annotations

import codecs
import hashlib
import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from geo.atomic import write_text_atomic
from geo.text import fold, name_key

PLACES_FILE = "places.tsv"
ALIASES_FILE = "aliases.tsv"
REMOVED_FILE = "removed.tsv"
DEMONYMS_FILE = "demonyms.tsv"
IMPORTED_DIR = "imported"
ALIASES_SUFFIX = ".aliases.tsv"  # imported/<name>.aliases.tsv holds aliases, not places

PLACE_COLUMNS = ("place_id", "name", "kind", "country", "lat", "lon", "population", "admin1",
                 "bbox", "names", "same_as", "source")
ALIAS_COLUMNS = ("place_id", "name", "source")
REMOVED_COLUMNS = ("place_id", "reason", "source")
DEMONYM_COLUMNS = ("demonym", "place_id", "place", "source")
REQUIRED = {
    "places": ("place_id", "source"),
    "aliases": ("place_id", "name", "source"),
    "removed": ("place_id", "source"),
    "demonyms": ("demonym", "place_id", "source"),
}

KINDS = ("continent", "country", "admin1", "admin2", "city", "region", "feature", "landmark")
NAMES_SEPARATOR = "|"
# The Place.source of a places.tsv row. An imported row's Place.source is its source column
# up to the first colon: "geonames" for "geonames:AZ.txt".
CURATED_SOURCE = "curated"

_PLACE_ID = re.compile(r"^[a-z][a-z0-9]*:[^\s|]+$")
# How far outside its country's outline a point may lie before `check` warns: borders in a
# 1:10m outline are a few km off, and towns on a coast or a river border sit right on them.
OUTSIDE_TOLERANCE_KM = 25.0


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a curated row; `error` False makes it a warning."""

    path: str
    line: int
    field: str
    message: str
    error: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what}" if self.error else f"{where}: warning: {what}"

    @property
    def origin(self) -> tuple[str, int]:
        return (self.path, self.line)


class GazetteerError(Exception):
    """The curated files have errors; `problems` lists each as `file:line: problem`."""

    def __init__(self, problems: Iterable[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class CuratedPlace:
    """A row of places.tsv or of an imported file. Empty fields of a row that overrides a
    base entry keep the base's value (None here)."""

    place_id: str
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int | None
    admin1: str | None
    bbox: tuple[float, float, float, float] | None
    names: tuple[str, ...]
    same_as: str
    source: str
    label: str  # the Place.source this row gives: "curated", or "geonames" for imports
    origin: tuple[str, int]


@dataclass(frozen=True)
class Alias:
    place_id: str
    name: str
    source: str
    origin: tuple[str, int]


@dataclass(frozen=True)
class Removal:
    place_id: str
    reason: str
    source: str
    origin: tuple[str, int]


@dataclass(frozen=True)
class Demonym:
    demonym: str
    place_id: str
    place: str
    source: str
    origin: tuple[str, int]


@dataclass
class Curated:
    """Everything the curated files say, valid rows only; `problems` lists what was wrong
    (the rows with errors are not in the other fields)."""

    places: dict[str, CuratedPlace] = field(default_factory=dict)
    aliases: list[Alias] = field(default_factory=list)
    removed: dict[str, Removal] = field(default_factory=dict)
    demonyms: list[Demonym] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    fingerprint: str = ""

    def without(self, origins: Collection[tuple[str, int]]) -> Curated:
        """The same, minus the rows at these (file, line) origins."""
        bad = set(origins)
        return Curated(
            {k: v for k, v in self.places.items() if v.origin not in bad},
            [a for a in self.aliases if a.origin not in bad],
            {k: v for k, v in self.removed.items() if v.origin not in bad},
            [d for d in self.demonyms if d.origin not in bad],
            self.problems, self.fingerprint)


# --- reading ------------------------------------------------------------------------------

@dataclass
class Row:
    line: int
    values: dict[str, str]


def read_table(lines: Iterable[str], label: str, required: Iterable[str]
               ) -> tuple[list[str], list[Row], list[Problem]]:
    """A TSV file's header and rows; `#` lines and blank lines are skipped."""
    problems: list[Problem] = []
    header: list[str] = []
    rows: list[Row] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if not header:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                problems.append(Problem(label, number, "header",
                                        f"missing column(s) {', '.join(missing)}"))
                return header, [], problems
            continue
        if len(cells) > len(header):
            problems.append(Problem(label, number, "row",
                                    f"{len(cells)} fields, the header has {len(header)} "
                                    "(a tab inside a value?)"))
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(Row(number, {h: c.strip() for h, c in zip(header, cells)}))
    return header, rows, problems


def lines_of(text: str) -> list[str]:
    """A file's lines as editors number them: split at LF only (a CR before it is the CRLF
    line end; a U+2028 inside a name does not start a line)."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def decode_curated(data: bytes, label: str) -> tuple[str, list[Problem]]:
    """A curated file's text, and a problem for each line that is not UTF-8.

    A UTF-8 BOM (Windows editors write one) is dropped. A line holding a byte that is not
    UTF-8 (one "é" or "“" saved in Windows-1252) is an error at its line, naming the byte and
    what Windows-1252 makes of it; the line is read with U+FFFD meanwhile, so that every
    other line is still checked.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    problems = []
    lines = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError as error:
            byte = line[error.start]
            column = len(line[:error.start].decode("utf-8", "replace")) + 1
            meaning = bytes([byte]).decode("cp1252", "replace")
            problems.append(Problem(label, number, "", (
                f"byte 0x{byte:02x} at column {column} is not UTF-8 (in Windows-1252 it is "
                f"{meaning!r}); save the file as UTF-8")))
            lines.append(line.decode("utf-8", "replace"))
    return "\n".join(lines), problems


def read_curated_file(path: Path, label: str) -> tuple[str, list[Problem]]:
    """`decode_curated` of the file, or no text and a problem when it cannot be read."""
    try:
        return decode_curated(path.read_bytes(), label)
    except OSError as error:
        return "", [Problem(label, 0, "", f"unreadable: {error.strerror or error}")]


def curated_files(directory: Path, extra: Iterable[Path] = ()) -> list[tuple[Path, str]]:
    """(path, kind of table) of every curated file (and of `extra` files about to be
    written), in the order they apply."""
    extra = set(extra)
    found = []
    for name, kind in ((PLACES_FILE, "places"), (ALIASES_FILE, "aliases"),
                       (REMOVED_FILE, "removed"), (DEMONYMS_FILE, "demonyms")):
        if (directory / name).is_file() or directory / name in extra:
            found.append((directory / name, kind))
    imported = directory / IMPORTED_DIR
    paths = set(imported.glob("*.tsv")) if imported.is_dir() else set()
    for path in sorted(paths | {p for p in extra if p.parent == imported}):
        found.append((path, "aliases" if path.name.endswith(ALIASES_SUFFIX) else "places"))
    return found


def fingerprint(directory: Path | str, texts: Mapping[Path, str] | None = None) -> str:
    """A hash of the curated files' names and contents."""
    directory = Path(directory)
    texts = texts or {}
    digest = hashlib.sha1()
    for path, _ in curated_files(directory, texts):
        digest.update(str(path.relative_to(directory)).encode() + b"\0")
        try:
            data = texts[path].encode("utf-8", "replace") if path in texts else path.read_bytes()
        except OSError:
            data = b"\0unreadable"
        digest.update(data + b"\0")
    return digest.hexdigest()[:16]


def read_curated(directory: Path | str, country_codes: Collection[str] | None = None,
                 texts: Mapping[Path, str] | None = None) -> Curated:
    """Parse and validate every curated file on its own terms (ranges, codes, duplicates,
    loops). What needs the base (does an id exist?) is `check_references`.

    `texts` gives the contents some files are about to have, so that an edit is checked
    before it is written.
    """
    directory = Path(directory)
    texts = {Path(k): v for k, v in (texts or {}).items()}
    codes = country_codes if country_codes is not None else _iso_codes()
    curated = Curated(fingerprint=fingerprint(directory, texts))
    imported_places: dict[str, CuratedPlace] = {}
    for path, kind in curated_files(directory, texts):
        label = _label(path, directory)
        text, problems = (texts[path], []) if path in texts else read_curated_file(path, label)
        _, rows, table_problems = read_table(lines_of(text), label, REQUIRED[kind])
        curated.problems += problems + table_problems
        if kind == "places":
            is_import = path.parent.name == IMPORTED_DIR
            target = imported_places if is_import else curated.places
            for row in rows:
                place = parse_place(row, label, codes, curated.problems, is_import)
                if place is None:
                    continue
                if place.place_id in target and target[place.place_id].origin[0] == label:
                    first = target[place.place_id].origin[1]
                    curated.problems.append(Problem(label, row.line, "place_id",
                                                    f"duplicate id {place.place_id} (first on "
                                                    f"line {first})"))
                    continue
                target[place.place_id] = place
        elif kind == "aliases":
            curated.aliases += _parse_rows(rows, label, curated.problems, _parse_alias)
        elif kind == "removed":
            for removal in _parse_rows(rows, label, curated.problems, _parse_removal):
                curated.removed.setdefault(removal.place_id, removal)
        else:
            curated.demonyms += _parse_rows(rows, label, curated.problems, _parse_demonym)
    # places.tsv wins over imports, which win over the base.
    curated.places = {**imported_places, **curated.places}
    curated.problems += _same_as_loops(curated.places)
    curated.problems += _demonym_conflicts(curated.demonyms)
    return curated


def _label(path: Path, directory: Path) -> str:
    try:
        return str(path.relative_to(directory.parent)) if directory.name else str(path)
    except ValueError:
        return str(path)


def _iso_codes() -> frozenset[str]:
    from geo.gazetteer_base import iso_country_codes

    return iso_country_codes()


def _parse_rows(rows: list[Row], label: str, problems: list[Problem], parse) -> list:
    parsed = []
    for row in rows:
        item = parse(row, label, problems)
        if item is not None:
            parsed.append(item)
    return parsed


def parse_place(row: Row, label: str, codes: Collection[str], problems: list[Problem],
                is_import: bool) -> CuratedPlace | None:
    """A places row checked on its own; its problems are added to `problems`."""
    v = row.values
    found: list[Problem] = []

    def bad(column: str, message: str) -> None:
        found.append(Problem(label, row.line, column, message))

    place_id = v.get("place_id", "")
    _check_id(place_id, "place_id", bad)
    kind = v.get("kind", "")
    if kind and kind not in KINDS:
        bad("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
    country = v.get("country", "")
    if country and country not in codes:
        bad("country", f"unknown country code {country!r} (ISO 3166-1 alpha-2, or XK)")
    lat = _number(v.get("lat", ""), "lat", -90.0, 90.0, bad)
    lon = _number(v.get("lon", ""), "lon", -180.0, 180.0, bad)
    if (lat is None) != (lon is None) and not found:
        bad("lat" if lat is None else "lon", "give both lat and lon, or neither")
    population = None
    if v.get("population", ""):
        try:
            population = int(v["population"].replace(",", "").replace("_", ""))
            if population < 0:
                raise ValueError
        except ValueError:
            bad("population", f"{v['population']!r} is not a whole number >= 0")
    bbox = _bbox(v.get("bbox", ""), bad)
    same_as = v.get("same_as", "")
    if same_as:
        _check_id(same_as, "same_as", bad)
        if same_as == place_id:
            bad("same_as", "a place cannot be the same as itself")
    names = tuple(n.strip() for n in v.get("names", "").split(NAMES_SEPARATOR) if n.strip())
    if "name" in v and not v["name"] and place_id.startswith("cur:") and not same_as:
        bad("name", "empty (a new place needs a name)")
    source = v.get("source", "")
    if not source:
        bad("source", "empty (say where the fact comes from)")
    problems += found
    if found:
        return None
    label_source = source.split(":", 1)[0] if is_import else CURATED_SOURCE
    # An empty country inherits the base's, except that a region or a continent with none
    # lies across borders.
    country_value = country or ("" if kind in {"region", "continent"} else None)
    return CuratedPlace(place_id, v.get("name", ""), kind, country_value, lat, lon, population,
                        v.get("admin1") or None, bbox, names, same_as, source, label_source,
                        (label, row.line))


def _row_problems(row: Row, label: str, name_column: str = "") -> list[Problem]:
    """What an alias, removal or demonym row can get wrong: its id, its name, its source."""
    found: list[Problem] = []
    _check_id(row.values["place_id"], "place_id",
              lambda column, message: found.append(Problem(label, row.line, column, message)))
    name = row.values.get(name_column, "")
    if name_column and not name:
        found.append(Problem(label, row.line, name_column, "empty"))
    elif name_column and not name_key(name):
        found.append(Problem(label, row.line, name_column, f"{name!r} has no letters"))
    if not row.values["source"]:
        found.append(Problem(label, row.line, "source", "empty (say where the fact comes from)"))
    return found


def _parse_alias(row: Row, label: str, problems: list[Problem]) -> Alias | None:
    found = _row_problems(row, label, "name")
    problems += found
    v = row.values
    return None if found else Alias(v["place_id"], v["name"], v["source"], (label, row.line))


def _parse_removal(row: Row, label: str, problems: list[Problem]) -> Removal | None:
    found = _row_problems(row, label)
    problems += found
    v = row.values
    return None if found else Removal(v["place_id"], v.get("reason", ""), v["source"],
                                      (label, row.line))


def _parse_demonym(row: Row, label: str, problems: list[Problem]) -> Demonym | None:
    found = _row_problems(row, label, "demonym")
    problems += found
    v = row.values
    return None if found else Demonym(v["demonym"], v["place_id"], v.get("place", ""),
                                      v["source"], (label, row.line))


def _check_id(value: str, column: str, bad: Callable[[str, str], None]) -> None:
    if not value:
        bad(column, "empty")
    elif not _PLACE_ID.match(value):
        bad(column, f"{value!r} is not a place id (prefix:rest, e.g. gn:146970 or "
                    "cur:nagorno-karabakh)")


def _number(text: str, column: str, low: float, high: float,
            bad: Callable[[str, str], None]) -> float | None:
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        bad(column, f"{text!r} is not a number")
        return None
    if not math.isfinite(value) or not low <= value <= high:
        bad(column, f"{text} is out of range ({low:g} to {high:g})")
        return None
    return value


def _bbox(text: str, bad: Callable[[str, str], None]
          ) -> tuple[float, float, float, float] | None:
    if not text:
        return None
    parts = [p.strip() for p in text.split(",")]
    try:
        min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
    except ValueError:
        bad("bbox", f"{text!r} is not min_lon,min_lat,max_lon,max_lat")
        return None
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        bad("bbox", f"{text!r}: need -180 <= min_lon <= max_lon <= 180 and "
                    "-90 <= min_lat <= max_lat <= 90")
        return None
    return (min_lon, min_lat, max_lon, max_lat)


def _same_as_loops(places: dict[str, CuratedPlace]) -> list[Problem]:
    """A same_as chain that comes back to where it started would redirect forever."""
    problems = []
    for start, place in places.items():
        seen = [start]
        current = place.same_as
        while current and current in places:
            if current == start:
                chain = " -> ".join([*seen, start])
                problems.append(Problem(*place.origin, "same_as", f"loop: {chain}"))
                break
            if current in seen:
                break  # a loop further on; reported at its own rows
            seen.append(current)
            current = places[current].same_as
    return problems


def _demonym_conflicts(demonyms: list[Demonym]) -> list[Problem]:
    problems = []
    first: dict[str, Demonym] = {}
    for demonym in demonyms:
        key = name_key(demonym.demonym)
        earlier = first.setdefault(key, demonym)
        if earlier is not demonym and earlier.place_id != demonym.place_id:
            problems.append(Problem(*demonym.origin, "demonym",
                                    f"{demonym.demonym!r} already means {earlier.place_id} "
                                    f"(line {earlier.origin[1]})"))
    return problems


# --- checks that need the base -----------------------------------------------------------

def check_references(curated: Curated, exists: Callable[[str], bool]) -> list[Problem]:
    """Rows that point at an id nobody defines, and new places that lack what a place needs.

    `exists(place_id)` says whether the base has the id.
    """
    problems = []

    def known(place_id: str) -> bool:
        return place_id in curated.places or exists(place_id)

    for place in curated.places.values():
        if place.same_as:
            if not known(place.same_as):
                problems.append(Problem(*place.origin, "same_as",
                                        f"unknown place id {place.same_as}"))
            continue
        if exists(place.place_id):
            continue
        needed = (("name", place.name), ("kind", place.kind), ("lat", place.lat),
                  ("lon", place.lon))
        missing = [column for column, value in needed if value in ("", None)]
        for column in missing:
            problems.append(Problem(*place.origin, column,
                                    f"empty: {place.place_id} is not in the base, so this row is "
                                    "a new place and needs name, kind, lat and lon"))
    for alias in curated.aliases:
        if not known(alias.place_id):
            problems.append(Problem(*alias.origin, "place_id",
                                    f"unknown place id {alias.place_id}"))
    for removal in curated.removed.values():
        if not known(removal.place_id):
            problems.append(Problem(*removal.origin, "place_id",
                                    f"unknown place id {removal.place_id}", error=False))
    for demonym in curated.demonyms:
        if not known(demonym.place_id):
            problems.append(Problem(*demonym.origin, "place_id",
                                    f"unknown place id {demonym.place_id}"))
    return problems


def check_locations(curated: Curated, outline_of: Callable[[str], object | None],
                    tolerance_km: float = OUTSIDE_TOLERANCE_KM) -> list[Problem]:
    """Warnings for curated points that lie outside the country they claim.

    `outline_of(iso2)` gives the country's shapely geometry, or None when there is none.
    """
    import shapely
    from geopy.distance import great_circle
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    warnings = []
    outlines: dict[str, object | None] = {}
    for place in curated.places.values():
        if not place.country or place.lat is None or place.lon is None:
            continue
        if place.country not in outlines:
            outlines[place.country] = outline_of(place.country)
            if outlines[place.country] is not None:
                shapely.prepare(outlines[place.country])
        outline = outlines[place.country]
        if outline is None:
            continue
        point = Point(place.lon, place.lat)
        if outline.contains(point):
            continue
        nearest = nearest_points(outline, point)[0]
        km = great_circle((place.lat, place.lon), (nearest.y, nearest.x)).km
        if km > tolerance_km:
            warnings.append(Problem(*place.origin, "lat/lon",
                                    f"{place.lat}, {place.lon} is {km:.0f} km outside "
                                    f"{place.country}", error=False))
    return warnings


# --- writing ------------------------------------------------------------------------------

_HEADER = "\0header"  # stands for the header line among TsvDocument.lines
HEADER_COMMENT = "# See gazetteer/README.md for the columns. Tab-separated; lines starting " \
                 "with # are comments."


@dataclass
class TsvDocument:
    """A curated file held as its lines, so that an edit keeps the comments and the order.

    Rows are dicts; other lines (comments, blank lines) stay verbatim. The file is written
    back as it was saved: with its line ends (LF or CRLF) and its BOM, if it had one.
    """

    path: Path
    columns: list[str]
    lines: list[str | dict[str, str]]
    original: str | None
    newline: str = "\n"
    bom: bool = False
    # Each row as read (id of its dict -> the dict's values then, the line as written): a
    # row no edit changed is written back as it was, cell for cell, so that an edit changes
    # only its own lines (a file may have fewer cells in a row than columns in its header).
    read_as: dict[int, tuple[dict[str, str], str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | str, columns: Iterable[str]) -> TsvDocument:
        """The file as it is, or an empty one with `columns` when it does not exist yet.

        Raises GazetteerError when a line is not UTF-8: rewriting the file would change it.
        """
        path = Path(path)
        if not path.exists():
            return cls(path, list(columns), [HEADER_COMMENT, _HEADER], None)
        data = path.read_bytes()
        text, problems = decode_curated(data, str(path))
        if problems:
            raise GazetteerError(str(problem) for problem in problems)
        header: list[str] = []
        lines: list[str | dict[str, str]] = []
        read_as: dict[int, tuple[dict[str, str], str]] = {}
        raw_lines = lines_of(text)
        if raw_lines and raw_lines[-1] == "":
            raw_lines.pop()  # the end of the last line, not a line
        for raw in raw_lines:
            if not raw.strip() or raw.lstrip().startswith("#"):
                lines.append(raw)
                continue
            cells = raw.split("\t")
            if not header:
                header = [c.strip() for c in cells]
                lines.append(_HEADER)
                continue
            cells += [""] * (len(header) - len(cells))
            row = dict(zip(header, (c.strip() for c in cells)))
            read_as[id(row)] = (dict(row), raw)
            lines.append(row)
        if not header:
            lines.append(_HEADER)
        for column in columns:
            if header and column not in header:
                header.append(column)
        newline = "\r\n" if "\r\n" in text else "\n"
        return cls(path, header or list(columns), lines,
                   data.decode("utf-8"), newline, data.startswith(codecs.BOM_UTF8), read_as)

    def rows(self) -> list[dict[str, str]]:
        return [line for line in self.lines if isinstance(line, dict)]

    def find(self, **match: str) -> dict[str, str] | None:
        for row in self.rows():
            if all(row.get(k, "") == v for k, v in match.items()):
                return row
        return None

    def line_of(self, row: dict[str, str]) -> int:
        """The row's line number in the file as it will be written."""
        return next(i for i, line in enumerate(self.lines, start=1) if line is row)

    def append(self, row: dict[str, str]) -> dict[str, str]:
        unknown = [key for key in row if key not in self.columns]
        if unknown:
            raise ValueError(f"{self.path}: no column {unknown[0]!r}")
        added = dict.fromkeys(self.columns, "")
        set_values(added, **row)
        self.lines.append(added)
        return added

    def text(self) -> str:
        """The file's contents, BOM excepted (a UTF-8 BOM is not text: see `save`)."""
        out = []
        for line in self.lines:
            if line == _HEADER:
                out.append("\t".join(self.columns))
            elif isinstance(line, dict):
                values, raw = self.read_as.get(id(line), (None, ""))
                out.append(raw if values == line else
                           "\t".join(line.get(c, "") for c in self.columns))
            else:
                out.append(line)
        return self.newline.join(out) + self.newline

    def save(self) -> bool:
        """Write the file atomically, keeping the previous version as `file~`; a file whose
        text would not change is not touched. Returns whether it was written."""
        text = ("\ufeff" if self.bom else "") + self.text()
        if text == self.original:
            return False
        write_text_atomic(self.path, text, keep_backup=True)
        self.original = text
        return True


def set_values(row: dict[str, str], **values: str) -> None:
    """Change a row's cells (refusing a tab or a line break, which would split the row)."""
    for key, value in values.items():
        if any(c in value for c in "\t\r\n"):
            raise ValueError(f"{key}: {value!r} contains a tab or a line break")
        row[key] = value


def slug(name: str) -> str:
    """A readable id part: "Nagorno-Karabakh" -> "nagorno-karabakh"."""
    text = re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")
    return text or hashlib.sha1(name.encode()).hexdigest()[:8]


def format_number(value: float) -> str:
    """Coordinates to 5 decimals (about 1 m), without trailing zeros."""
    return f"{value:.5f}".rstrip("0").rstrip(".")
