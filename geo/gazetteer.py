"""Which places have this name? The world-wide local gazetteer.

Two layers answer: the base, compiled once per machine from installed packages into a
SQLite file in the cache (see `geo.gazetteer_base`), and the curated files in gazetteer/
(see `geo.curated`), read at every load and laid over it: a curated row overrides a base
entry, adds names to it, hides it, or adds a new place. The SQLite file is opened lazily
and read a row at a time, so loading takes milliseconds and little memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from geo import gazetteer_base
from geo.atomic import locked, write_text_atomic
from geo.curated import (
    Alias,
    Curated,
    Demonym,
    GazetteerError,
    Problem,
    check_locations,
    check_references,
    read_curated,
)
from geo.gazetteer_base import BuildProgress, importance
from geo.model import Place
from geo.text import name_key

if TYPE_CHECKING:
    from geopy.location import Location
    from shapely.geometry.base import BaseGeometry

__all__ = ["Gazetteer", "GazetteerError", "check_gazetteer", "default_cache_dir", "importance",
           "load_gazetteer"]

# Lookups kept per gazetteer: a corpus names the same few thousand places again and again.
_LOOKUP_CACHE = 200_000


def default_cache_dir() -> Path:
    """$GEO_CACHE_DIR, else $XDG_CACHE_HOME/geo, else ~/.cache/geo."""
    if os.environ.get("GEO_CACHE_DIR"):
        return Path(os.environ["GEO_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "geo"


# --- the base layer -----------------------------------------------------------------------

class _MemoryBase:
    """A base held in dicts: for tests and small gazetteers made with `from_places`."""

    fingerprint = "memory"  # (one of unknown contents, whose name index is never cached)

    def __init__(self, places: Iterable[Place], aliases: Mapping[str, Iterable[str]]):
        self._places = {p.place_id: p for p in places}
        self._names: dict[str, list[str]] = {}
        self._keys: dict[str, list[str]] = {}
        ranked = sorted(self._places.values(), key=lambda p: -importance(p))
        for place in ranked:
            names = list(dict.fromkeys([place.name, *aliases.get(place.place_id, ())]))
            self._names[place.place_id] = names
            for key in dict.fromkeys(name_key(n) for n in names):
                if key:
                    self._keys.setdefault(key, []).append(place.place_id)

    def candidates(self, key: str) -> list[Place]:
        return [self._places[pid] for pid in self._keys.get(key, ())]

    def get(self, place_id: str) -> Place | None:
        return self._places.get(place_id)

    def names(self, place_id: str) -> list[str]:
        return list(self._names.get(place_id, ()))

    def keys(self) -> Iterator[str]:
        return iter(list(self._keys))

    def has_key(self, key: str) -> bool:
        return key in self._keys

    def key_rank(self, key: str) -> int:
        """Where `keys()` yields the key (the order a name index adds them in)."""
        if not hasattr(self, "_ranks"):
            self._ranks = {k: n for n, k in enumerate(self._keys)}
        return self._ranks[key]

    def geometry(self, place_id: str) -> bytes | None:
        return None

    def outline(self, iso2: str, detail: str = "medium") -> bytes | None:
        return None

    def outlines(self, detail: str) -> list[tuple[str, str, bytes]]:
        return []

    def country_codes(self) -> frozenset[str] | None:
        return None

    def city_points(self) -> list[tuple[float, float, str, str]]:
        return [(p.lat, p.lon, p.country, p.admin1) for p in self._places.values()
                if p.kind == "city"]

    def country_names(self) -> dict[str, str]:
        return {p.country: p.name for p in self._places.values() if p.kind == "country"}

    def admin1_centre(self, place_id: str) -> tuple[float, float, int] | None:
        place = self._places.get(place_id)
        return (place.lat, place.lon, place.population) if place else None


_PLACE_COLUMNS = "id, place_id, name, kind, country, lat, lon, population, admin1, source"


class _SqliteBase:
    """The compiled base, read lazily from its SQLite file."""

    def __init__(self, path: Path):
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True,
                                   check_same_thread=False)
        # Read by mapping the file, not a system call a page: a run reads pages all over it.
        self._db.execute(f"PRAGMA mmap_size = {path.stat().st_size}")
        meta = dict(self._db.execute("SELECT key, value FROM meta"))
        self.fingerprint = meta["fingerprint"]
        self._codes = frozenset(meta["countries"].split(","))
        # The places read so far, by row and by id: a name's candidates are read again by
        # id once the resolver weighs them.
        self._by_rowid: dict[int, Place] = {}
        self._by_id: dict[str, Place] = {}

    def close(self) -> None:
        self._db.close()

    def candidates(self, key: str) -> list[Place]:
        row = self._db.execute("SELECT ids FROM keys WHERE key = ?", (key,)).fetchone()
        if row is None:
            return []
        rowids = [int(i) for i in row[0].split()]
        cache = self._by_rowid
        missing = [i for i in rowids if i not in cache]
        if missing:
            if len(cache) > 300_000:
                cache.clear()
                self._by_id.clear()
            marks = ",".join("?" * len(missing))
            for values in self._db.execute(
                    f"SELECT {_PLACE_COLUMNS} FROM places WHERE id IN ({marks})", missing):
                place = cache[values[0]] = Place(*values[1:])
                self._by_id[place.place_id] = place
        return [cache[i] for i in rowids]

    def get(self, place_id: str) -> Place | None:
        if place_id in self._by_id:
            return self._by_id[place_id]
        values = self._db.execute(f"SELECT {_PLACE_COLUMNS} FROM places WHERE place_id = ?",
                                  (place_id,)).fetchone()
        return Place(*values[1:]) if values else None

    def names(self, place_id: str) -> list[str]:
        row = self._db.execute("SELECT names FROM places WHERE place_id = ?",
                               (place_id,)).fetchone()
        return row[0].split("\t") if row and row[0] else []

    def keys(self) -> Iterator[str]:
        # (In the order of the primary key, which is Python's order of str: see `key_rank`.)
        for (key,) in self._db.execute("SELECT key FROM keys ORDER BY key"):
            yield key

    def has_key(self, key: str) -> bool:
        return self._db.execute("SELECT 1 FROM keys WHERE key = ?", (key,)).fetchone() is not None

    def key_rank(self, key: str) -> str:
        """Where `keys()` yields the key: SQLite orders text by its UTF-8 bytes, which is
        the order of code points, Python's order of str."""
        return key

    def geometry(self, place_id: str) -> bytes | None:
        row = self._db.execute(
            "SELECT s.medium FROM shapes s JOIN places p ON s.place = p.id "
            "WHERE p.place_id = ?", (place_id,)).fetchone()
        return row[0] if row else None

    def outline(self, iso2: str, detail: str = "medium") -> bytes | None:
        column = _detail_column(detail)
        row = self._db.execute(f"SELECT {column} FROM shapes WHERE iso2 = ?",
                               (iso2,)).fetchone()
        return row[0] if row else None

    def outlines(self, detail: str) -> list[tuple[str, str, bytes]]:
        column = _detail_column(detail)
        return list(self._db.execute(f"SELECT iso2, name, {column} FROM shapes ORDER BY iso2"))

    def country_codes(self) -> frozenset[str]:
        return self._codes

    def city_points(self) -> list[tuple[float, float, str, str]]:
        return list(self._db.execute(
            "SELECT lat, lon, country, admin1 FROM places WHERE kind = 'city' AND admin1 != ''"))

    def country_names(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT country, name FROM places WHERE kind = 'country'"))

    def admin1_centre(self, place_id: str) -> tuple[float, float, int] | None:
        row = self._db.execute("SELECT lat, lon, population FROM admin1_centres "
                               "WHERE place_id = ?", (place_id,)).fetchone()
        return tuple(row) if row else None


def _detail_column(detail: str) -> str:
    if detail not in {"full", "medium", "coarse"}:
        raise ValueError(f"detail must be full, medium or coarse, not {detail!r}")
    return detail


# --- the gazetteer ------------------------------------------------------------------------

@dataclass(frozen=True)
class _Overlay:
    """The curated layer, resolved against the base."""

    places: dict[str, Place]  # curated and overridden entries, final
    bboxes: dict[str, tuple[float, float, float, float]]
    extra_keys: dict[str, list[str]]  # name key -> ids the curated files give that name
    extra_names: dict[str, list[str]]  # id -> names the curated files add
    hidden: frozenset[str]  # removed ids
    redirect: dict[str, str]  # same_as: id -> final id
    demonyms: dict[str, str]  # name key of a demonym -> place id

    @property
    def touched(self) -> frozenset[str]:
        return frozenset(self.places) | self.hidden | frozenset(self.redirect)


class Gazetteer:
    """Every place the base and the curated files know, looked up by name or id.

    Also a geopy-style geocoder (`geocode`, `reverse`), so that code written for geopy's
    providers works on it offline.
    """

    def __init__(self, base: _MemoryBase | _SqliteBase, curated: Curated | None = None,
                 warnings: Iterable[str] = ()):
        curated = curated or Curated()
        self._base = base
        self._overlay = _overlay(base, curated)
        self._touched = self._overlay.touched
        self.version = hashlib.sha1(
            f"{base.fingerprint}:{curated.fingerprint}".encode()).hexdigest()[:16]
        self.warnings = list(warnings)
        self._lookup = lru_cache(maxsize=_LOOKUP_CACHE)(self._candidates_of_key)
        self._get = lru_cache(maxsize=_LOOKUP_CACHE)(self._place_of_id)
        self._plain: Gazetteer | None = None  # the base alone, made when first asked for

    @classmethod
    def from_places(cls, places: Iterable[Place],
                    aliases: Mapping[str, Iterable[str]] | None = None,
                    demonyms: Mapping[str, str] | None = None,
                    curated_aliases: Mapping[str, Iterable[str]] | None = None) -> Gazetteer:
        """A small in-memory gazetteer (no base, no curated files), for tests.

        `aliases`: place_id -> other names (the base's); `demonyms`: demonym as written ->
        place_id; `curated_aliases`: place_id -> names as the curated files would give them.
        """
        places = list(places)
        aliases = {k: list(v) for k, v in (aliases or {}).items()}
        demonyms = dict(demonyms or {})
        extra = {k: list(v) for k, v in (curated_aliases or {}).items()}
        curated = Curated(
            aliases=[Alias(pid, name, "", ("from_places", 0))
                     for pid, names in extra.items() for name in names],
            demonyms=[Demonym(d, pid, "", "from_places", ("from_places", 0))
                      for d, pid in demonyms.items()])
        base = _MemoryBase(places, aliases)
        # (Named by its contents, so that a name index of it may be cached like a base's.)
        base.fingerprint = "memory-" + hashlib.sha1(
            repr((places, sorted(aliases.items()))).encode()).hexdigest()[:16]
        gazetteer = cls(base, curated)
        digest = hashlib.sha1(repr((places, sorted(aliases.items()), sorted(demonyms.items()),
                                    sorted(extra.items()))).encode())
        gazetteer.version = digest.hexdigest()[:16]
        return gazetteer

    # lookups

    def capital(self, country: str) -> Place | None:
        """The national capital of a country (ISO alpha-2), the most populous town of its
        name there; None when GeoNames names none."""
        names = [key for code, key in gazetteer_base.capital_keys() if code == country]
        towns = [p for key in names for p in self._lookup(key)
                 if p.country == country and p.kind == "city"]
        return max(towns, key=lambda p: p.population, default=None)

    def candidates(self, name: str) -> list[Place]:
        """Entries with this name (compared by `name_key`), most important first.

        A name written with diacritics or special letters puts first the places that bear
        it exactly so: "Şuşa" is Shusha before Sousse (whose key, "susa", it shares).
        """
        key = name_key(name)
        found = self._lookup(key)
        if len(found) > 1 and not name.isascii() and name != key:
            written = name.strip().casefold()
            exact = [p for p in found
                     if any(n.casefold() == written for n in self.names_of(p.place_id))]
            if exact:
                return exact + [p for p in found if p not in exact]
        return list(found)

    def _candidates_of_key(self, key: str) -> tuple[Place, ...]:
        found = self._base.candidates(key)
        extra = self._overlay.extra_keys.get(key, ())
        if not extra and not any(p.place_id in self._touched for p in found):
            return tuple(found)
        places: dict[str, Place] = {}
        for place_id in [*(p.place_id for p in found), *extra]:
            place = self.get(place_id)
            if place is not None:
                places.setdefault(place.place_id, place)
        curated = self._overlay.places
        ranked = sorted(places.values(),
                        key=lambda p: (-importance(p), p.place_id not in curated))
        return tuple(ranked)

    def get(self, place_id: str) -> Place | None:
        return self._get(place_id)

    def _place_of_id(self, place_id: str) -> Place | None:
        place_id = self._overlay.redirect.get(place_id, place_id)
        if place_id in self._overlay.hidden:
            return None
        return self._overlay.places.get(place_id) or self._base.get(place_id)

    def name_keys(self) -> Iterator[str]:
        """Every distinct name key (for the recogniser's automaton)."""
        yield from self._base.keys()
        for key in self._overlay.extra_keys:
            if not self._base.has_key(key):
                yield key

    def names_of(self, place_id: str) -> list[str]:
        """The place's name first, then its other names (base and curated)."""
        place = self.get(place_id)
        if place is None:
            return []
        names = [place.name, *self._base.names(place.place_id),
                 *self._overlay.extra_names.get(place.place_id, ())]
        return [n for n in dict.fromkeys(names) if n]

    def curated_name(self, place_id: str, name: str) -> bool:
        """Whether the curated files give this place this name: the user's word on it."""
        return place_id in self.curated_places(name)

    def curated_places(self, name: str) -> Sequence[str]:
        """The ids of the places that the curated files give this name."""
        return self._overlay.extra_keys.get(name_key(name), ())

    def demonyms(self) -> Mapping[str, str]:
        """name_key(demonym) -> place_id ("armenian" -> Armenia's id), read-only."""
        return MappingProxyType(self._overlay.demonyms)

    # the curated layer key by key: for the name index and the results cache, which are
    # made from the base alone and then told only what the curated rows change

    @property
    def base_fingerprint(self) -> str:
        """What the compiled base was made from: what is made of the base alone (the big name
        index) holds as long as this does, whatever the curated files say."""
        return self._base.fingerprint

    def base_only(self) -> Gazetteer:
        """The base without the curated files."""
        if self._plain is None:
            self._plain = Gazetteer(self._base) if self._overlay.touched or \
                self._overlay.extra_keys or self._overlay.demonyms else self
        return self._plain

    def has_name_key(self, key: str) -> bool:
        """Whether `name_keys` yields the key."""
        return key in self._overlay.extra_keys or self._base.has_key(key)

    def name_key_rank(self, key: str) -> tuple:
        """Where `name_keys` yields the key: what sorts keys in the order it yields them."""
        if self._base.has_key(key):
            return (0, self._base.key_rank(key))
        return (1, self._extra_ranks[key])

    @cached_property
    def _extra_ranks(self) -> dict[str, int]:
        return {key: n for n, key in enumerate(self._overlay.extra_keys)}

    @cached_property
    def _touched_keys(self) -> frozenset[str]:
        keys = set(self._overlay.extra_keys)
        for place_id in self._touched:
            keys.update(name_key(name) for name in self._base.names(place_id))
        keys.discard("")
        return frozenset(keys)

    def touched_keys(self) -> frozenset[str]:
        """The name keys whose candidates the curated rows may change (any other key's are
        the base's): the names they give, and every base name of a place they override,
        hide or redirect."""
        return self._touched_keys

    def key_signature(self, key: str) -> str:
        """A hash of everything the gazetteer says of a name key: its candidates (every
        field), the places the curated files give it, the place it is a demonym of (or its
        singular is). What a name's mentions become in an article depends on no more."""
        demonyms = self._overlay.demonyms
        meant = (demonyms.get(key), demonyms.get(key[:-1]) if key.endswith("s") else None)
        facts = (self._lookup(key), tuple(self._overlay.extra_keys.get(key, ())),
                 tuple((place_id, self.get(place_id)) if place_id else None
                       for place_id in meant))
        return hashlib.sha1(repr(facts).encode()).hexdigest()[:16]

    @cached_property
    def _key_signatures(self) -> dict[str, str]:
        plain = self.base_only()
        keys = set(self.touched_keys())
        for demonym in self._overlay.demonyms:
            keys.update((demonym, f"{demonym}s"))
        signatures = {}
        for key in sorted(keys):
            signature = self.key_signature(key)
            if signature != plain.key_signature(key):
                signatures[key] = signature
        return signatures

    def key_signatures(self) -> Mapping[str, str]:
        """name key -> `key_signature`, for every key whose signature is not the base's:
        two states of the curated files give a key different answers exactly where these
        differ (a key missing stands for the base's answer)."""
        return MappingProxyType(self._key_signatures)

    # geometry

    def geometry(self, place_id: str) -> BaseGeometry | None:
        """A country's outline, a curated region's extent; None for a point place."""
        place = self.get(place_id)
        if place is None:
            return None
        bbox = self._overlay.bboxes.get(place.place_id)
        if bbox is not None:
            from shapely.geometry import box

            return box(*bbox)
        wkb = self._base.geometry(place.place_id)
        if wkb is None:
            return None
        import shapely

        return shapely.from_wkb(wkb)

    def country_outline(self, iso2: str, detail: str = "medium") -> BaseGeometry | None:
        """The country's Natural Earth outline: `full` (1:10m), `medium` (~1 km), `coarse`."""
        wkb = self._base.outline(iso2, detail)
        if wkb is None:
            return None
        import shapely

        return shapely.from_wkb(wkb)

    def country_shapes(self) -> Iterator[tuple[str, str, BaseGeometry]]:
        """(ISO code, name, simplified outline) of every country, for an offline basemap."""
        import shapely

        for iso2, name, wkb in self._base.outlines("coarse"):
            yield iso2, name, shapely.from_wkb(wkb)

    # geopy-style geocoding

    def geocode(self, query: str, exactly_one: bool = True) -> Location | list[Location] | None:
        """The places named `query` as geopy Locations (`raw` holds the Place's fields)."""
        from geopy.location import Location

        places = self.candidates(query)
        if not places:
            return None
        locations = [Location(self._address(p), (p.lat, p.lon), asdict(p)) for p in places]
        return locations[0] if exactly_one else locations

    def _address(self, place: Place) -> str:
        parts = [place.name]
        if place.admin1 and place.admin1 != place.name:
            parts.append(place.admin1)
        if place.country and place.kind != "country":
            parts.append(self._country_names.get(place.country, place.country))
        return ", ".join(parts)

    @cached_property
    def _country_names(self) -> dict[str, str]:
        return self._base.country_names()

    def reverse(self, lat: float, lon: float) -> tuple[str, str]:
        """(country code, first-level division name) at a point; ("", "") at sea.

        The country is the outline the point falls in (or within ~2 km of, for coasts);
        the division is that of the nearest town of the same country.
        """
        country = self._country_at(lat, lon)
        if not country:
            return ("", "")
        return (country, self._towns.nearest_admin1(lat, lon, country))

    def _country_at(self, lat: float, lon: float) -> str:
        index = self._outline_index
        if index is None:
            return self._towns.nearest_country(lat, lon)
        from shapely.geometry import Point

        tree, codes = index
        point = Point(lon, lat)
        hits = tree.query(point, predicate="intersects")
        if len(hits):
            return codes[int(min(hits))]
        near = tree.query_nearest(point, max_distance=0.02)
        return codes[int(near[0])] if len(near) else ""

    @cached_property
    def _outline_index(self):
        outlines = self._base.outlines("full")
        if not outlines:
            return None
        import shapely
        from shapely.strtree import STRtree

        geometries = shapely.from_wkb([wkb for _, _, wkb in outlines])
        return STRtree(geometries), [iso2 for iso2, _, _ in outlines]

    @cached_property
    def _towns(self) -> _Towns:
        return _Towns(self._base.city_points())

    # the base file's own facts, for the command line

    def country_codes(self) -> frozenset[str] | None:
        """The codes the base accepts in a `country` column (None: any)."""
        return self._base.country_codes()

    def admin1_centre(self, place_id: str) -> tuple[float, float, int] | None:
        return self._base.admin1_centre(place_id)

    def in_base(self, place_id: str) -> bool:
        return self._base.get(place_id) is not None


class _Towns:
    """Towns' coordinates as arrays, for the nearest town of a country."""

    def __init__(self, points: list[tuple[float, float, str, str]]):
        import numpy as np

        self._lat = np.radians(np.array([p[0] for p in points], dtype=float))
        self._lon = np.radians(np.array([p[1] for p in points], dtype=float))
        self._country = np.array([p[2] for p in points], dtype=object)
        self._admin1 = [p[3] for p in points]

    def _distances(self, lat: float, lon: float):
        import numpy as np

        phi, lam = math.radians(lat), math.radians(lon)
        # Haversine, enough to rank by.
        a = (np.sin((self._lat - phi) / 2) ** 2
             + math.cos(phi) * np.cos(self._lat) * np.sin((self._lon - lam) / 2) ** 2)
        return a

    def nearest_admin1(self, lat: float, lon: float, country: str) -> str:
        import numpy as np

        if not self._admin1:
            return ""
        distances = np.where(self._country == country, self._distances(lat, lon), np.inf)
        best = int(np.argmin(distances))
        return self._admin1[best] if np.isfinite(distances[best]) else ""

    def nearest_country(self, lat: float, lon: float, max_km: float = 100.0) -> str:
        import numpy as np

        if not self._admin1:
            return ""
        distances = self._distances(lat, lon)
        best = int(np.argmin(distances))
        km = 2 * 6371.0 * math.asin(math.sqrt(min(1.0, float(distances[best]))))
        return str(self._country[best]) if km <= max_km else ""


def _overlay(base: _MemoryBase | _SqliteBase, curated: Curated) -> _Overlay:
    """Resolve the curated rows against the base: final Places, extra names, redirects."""
    places: dict[str, Place] = {}
    bboxes = {}
    extra_keys: dict[str, list[str]] = {}
    extra_names: dict[str, list[str]] = {}

    def add_name(place_id: str, name: str) -> None:
        key = name_key(name)
        if not key:
            return
        ids = extra_keys.setdefault(key, [])
        if place_id not in ids:
            ids.append(place_id)
        extra_names.setdefault(place_id, []).append(name)

    redirect = _redirects(curated)
    for row in curated.places.values():
        if row.same_as:
            target = redirect[row.place_id]
            for name in (row.name, *row.names):
                if name:
                    add_name(target, name)
            continue
        old = base.get(row.place_id)
        place = Place(
            row.place_id,
            row.name or (old.name if old else ""),
            row.kind or (old.kind if old else "city"),
            row.country if row.country is not None else (old.country if old else ""),
            row.lat if row.lat is not None else (old.lat if old else 0.0),
            row.lon if row.lon is not None else (old.lon if old else 0.0),
            row.population if row.population is not None else (old.population if old else 0),
            row.admin1 if row.admin1 is not None else (old.admin1 if old else ""),
            row.label)
        places[row.place_id] = place
        if row.bbox:
            bboxes[row.place_id] = row.bbox
        for name in (row.name, *row.names):
            if name:
                add_name(row.place_id, name)
    for alias in curated.aliases:
        add_name(redirect.get(alias.place_id, alias.place_id), alias.name)
    demonyms = {}
    for demonym in curated.demonyms:
        demonyms.setdefault(name_key(demonym.demonym),
                            redirect.get(demonym.place_id, demonym.place_id))
    return _Overlay(places, bboxes, extra_keys, extra_names, frozenset(curated.removed),
                    redirect, demonyms)


def _redirects(curated: Curated) -> dict[str, str]:
    """same_as chains followed to their end (loops were rejected when the files were read)."""
    redirect = {}
    for place_id, row in curated.places.items():
        if not row.same_as:
            continue
        target, seen = row.same_as, {place_id}
        while target in curated.places and curated.places[target].same_as and target not in seen:
            seen.add(target)
            target = curated.places[target].same_as
        redirect[place_id] = target
    return redirect


# --- loading ------------------------------------------------------------------------------

def load_gazetteer(curated_dir: Path | str = "gazetteer", *, cache_dir: Path | None = None,
                   skip_bad_rows: bool = False,
                   progress: BuildProgress | None = None) -> Gazetteer:
    """The base (built into the cache on first use, telling `progress` how the build goes)
    with the curated files laid over it.

    Raises GazetteerError listing every `file:line: problem` when a curated row is bad,
    unless `skip_bad_rows`, in which case bad rows are left out and listed in `warnings`.
    """
    base = _SqliteBase(ensure_base(Path(cache_dir) if cache_dir else default_cache_dir(),
                                   progress))
    curated, problems = read_and_check(curated_dir, base)
    errors = [p for p in problems if p.error]
    if errors and not skip_bad_rows:
        base.close()
        raise GazetteerError(str(p) for p in errors)
    curated = curated.without(p.origin for p in errors)
    return Gazetteer(base, curated, warnings=[str(p) for p in problems])


def read_and_check(curated_dir: Path | str, base: _MemoryBase | _SqliteBase,
                   texts: Mapping[Path, str] | None = None) -> tuple[Curated, list[Problem]]:
    """The curated files and every problem in them that can be found without geometry.

    `texts` are contents some files are about to have (see `geo.curated.read_curated`).
    """
    curated = read_curated(curated_dir, base.country_codes(), texts)
    problems = [*curated.problems, *check_references(curated, lambda i: base.get(i) is not None)]
    return curated, problems


def check_gazetteer(curated_dir: Path | str = "gazetteer", *, cache_dir: Path | None = None,
                    texts: Mapping[Path, str] | None = None,
                    progress: BuildProgress | None = None) -> list[Problem]:
    """Every problem in the curated files, errors and warnings, in file and line order.

    Beyond what loading rejects, this warns about points outside the country they claim
    and demonyms whose `place` column does not name their place.
    """
    base = _SqliteBase(ensure_base(Path(cache_dir) if cache_dir else default_cache_dir(),
                                   progress))
    curated, problems = read_and_check(curated_dir, base, texts)
    curated = curated.without(p.origin for p in problems if p.error)
    gazetteer = Gazetteer(base, curated)
    problems += check_locations(curated, lambda iso2: gazetteer.country_outline(iso2, "full"))
    for demonym in curated.demonyms:
        names = {name_key(n) for n in gazetteer.names_of(demonym.place_id)}
        if demonym.place and names and name_key(demonym.place) not in names:
            problems.append(Problem(*demonym.origin, "place",
                                    f"{demonym.place!r} is not a name of {demonym.place_id} "
                                    f"({gazetteer.get(demonym.place_id).name})", error=False))
    return sorted(problems, key=lambda p: (p.path, p.line))


def ensure_base(cache_dir: Path, progress: BuildProgress | None = None) -> Path:
    """The path of the compiled base for the installed packages, building it if needed
    (about 30 s, once per machine and package versions; `progress(done, total, what)` is
    told how it goes, and says that it happens once).

    Built into a temporary file and renamed, under a lock: two processes starting at once
    build it once, and a reader never sees half a file.
    """
    fingerprint = gazetteer_base.base_fingerprint()
    path = cache_dir / f"gazetteer-base-{fingerprint}.sqlite"
    if _usable(path, fingerprint):
        return path
    cache_dir.mkdir(parents=True, exist_ok=True)
    with locked(cache_dir / f".gazetteer-base-{fingerprint}.lock"):
        if _usable(path, fingerprint):
            return path
        # (Called with `progress` only when there is one: a stand-in for the build may take
        # the path alone.)
        _build_into(path, *([progress] if progress is not None else []))
    # Bases (and their locks and stamps) of other package versions are of no more use.
    for old in [*cache_dir.glob("gazetteer-base-*.sqlite"),
                *cache_dir.glob(".gazetteer-base-*.lock"),
                *cache_dir.glob(".gazetteer-base-*.checked")]:
        if fingerprint not in old.name:
            with contextlib.suppress(OSError):
                old.unlink()
    return path


def _build_into(path: Path, progress: BuildProgress | None = None) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        gazetteer_base.build_base(temporary, progress)
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise


def _usable(path: Path, fingerprint: str) -> bool:
    """Built from these sources and undamaged: a damaged base is rebuilt, never trusted.

    SQLite's quick_check reads every page (a quarter of a second for its 80 MB), so damage in
    the middle of the file is found too, not only in the header and the meta table. The
    file is checked so once for each state of it (its size, time and inode, kept beside it
    in a stamp): a run after that opens it in milliseconds, and any write to it, which
    changes its time, has it checked again.
    """
    if not path.exists():
        return False
    stamp = _checked_stamp(path)
    try:
        status = path.stat()
        state = f"{status.st_size}:{status.st_mtime_ns}:{status.st_ino}"
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
            if not row or row[0] != fingerprint:
                return False
            with contextlib.suppress(OSError):
                if stamp.read_text(encoding="ascii") == state:
                    return True
            if connection.execute("PRAGMA quick_check(1)").fetchone() != ("ok",):
                return False
        finally:
            connection.close()
    except (sqlite3.Error, OSError):
        return False
    with contextlib.suppress(OSError):  # (no stamp: the next run checks it again)
        write_text_atomic(stamp, state)
    return True


def _checked_stamp(path: Path) -> Path:
    return path.with_name(f".{path.stem}.checked")
