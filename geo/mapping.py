"""The events table -> one self-contained Leaflet map, layered by year.

The map is a folium tree: base layers, one FeatureGroup per year, a layer control, the
header and the legend. The markers themselves are not folium objects: a year's events go
into the page as one compact JSON block, grouped by place, and a small script draws them
into one shared marker cluster. At 100,000 events one folium object per marker would make
the page tens of megabytes and the build minutes long.

Article text is untrusted. It reaches the page only as JSON inside
<script type="application/json"> with every `<`, `>` and `&` escaped, and the browser shows
it through `textContent`, never as HTML. So does a saved web page's text: its popup link
shows the text read from it, and opening the saved page itself (which runs its scripts) is
a second link that says so. Our elements bypass branca's MacroElement, which
reads its own output again as a Jinja template (so `{{ ... }}` in an article would run).
"""

from __future__ import annotations

import gzip
import html
import importlib
import json
import posixpath
import re
import urllib.parse
from base64 import b64encode
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

import folium
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, Figure
from folium.elements import JSCSSMixin
from folium.plugins import MarkerCluster
from folium.template import Template
from folium.utilities import JsCode
from shapely.geometry import mapping as to_geojson
from shapely.geometry.base import BaseGeometry

from geo.atomic import write_bytes_atomic
from geo.map_style import (
    AREA_HOVER_STYLE,
    AREA_RADIUS_M,
    AREA_STYLE,
    EVENT_STYLES,
    LAND_STYLE,
    SEA_COLOUR,
    SHAPES,
    style_of,
)

UNDATED = "undated"
AREA_SCALES = ("region", "country")  # place_scale values drawn as an area, not a pin
PRECISIONS = ("day", "month", "year")  # index in the page's data; anything else is "unknown"
COMPRESS_ABOVE = 1_000_000  # characters of JSON in one data block
MAX_SENTENCE = 400  # characters of a sentence shown in a popup, around the place name
BORDERS_LAYER = "Country borders (offline)"
BASEMAP_TOLERANCE = 0.03  # degrees, about 3 km: the gazetteer's coarse outlines pass unchanged
TILES_LAYER = "OpenStreetMap (online)"

_TEXT_COLUMNS = ("article", "event_id", "title", "url", "source_path", "date",
                 "date_precision", "event_type", "sub_event_type", "place_id", "place",
                 "country", "place_scale", "text")
_INT_COLUMNS = ("year", "fatalities", "mention_start", "mention_end")

# Assets folium links from a CDN, and the installed file that replaces each offline.
_OFFLINE_FILES: dict[str, tuple[str, str]] = {
    "leaflet": ("leaflet", "leaflet.js"),
    "leaflet_css": ("leaflet", "leaflet.css"),
    "markerclusterjs": ("leaflet_markercluster", "leaflet.markercluster.js"),
    "markerclustercss": ("leaflet_markercluster", "MarkerCluster.css"),
    "markerclusterdefaultcss": ("leaflet_markercluster", "MarkerCluster.Default.css"),
}
# Assets folium's Map always lists but that only its popups and awesome-marker icons use.
_NOT_NEEDED = frozenset({
    "jquery", "bootstrap", "bootstrap_css", "glyphicons_css", "awesome_markers",
    "awesome_markers_css", "awesome_markers_font_css", "awesome_rotate_css",
})


def build_map(events: pd.DataFrame, *, title: str, article_count: int,
              geometry_of: Callable[[str], BaseGeometry | None] = lambda place_id: None,
              country_shapes: Iterable[tuple[str, str, BaseGeometry]] = (),
              offline: bool = True, corpus_dir: str = "",
              page_texts: Mapping[str, str] | None = None) -> folium.Map:
    """The map of `events` (the events.csv table); offline, it loads nothing from the web.

    `geometry_of` gives the outline of a region or country for events placed only that
    precisely; `country_shapes` draw the basemap that works without tiles. `page_texts`
    gives, by article id, the text read from a saved web page, which its popups show.
    """
    table = _normalised(events)
    placed = _placed(table)
    shapes = list(country_shapes)
    types = _type_order(table["event_type"])
    articles, article_codes, pages = _articles(table, corpus_dir, page_texts or {})
    subtypes, subtype_codes = _codes(table["sub_event_type"], first="")
    areas = _AreaIndex(geometry_of, {iso: shape for iso, _, shape in shapes})
    layers = _year_layers(table, placed, types, article_codes, subtype_codes, areas)

    # Without a default tile layer Leaflet knows no zoom range, which the cluster needs.
    the_map = folium.Map(location=[20, 10], zoom_start=2, tiles=None, zoom_control="bottomright",
                         minZoom=2, maxZoom=18)
    the_map.get_root().title = html.escape(title)
    _add_base_layers(the_map, shapes, offline)
    config = {
        "types": [{"name": name, "colour": style_of(name).colour,
                   "path": SHAPES[style_of(name).shape]} for name in types],
        "subtypes": subtypes, "articles": articles, "shapes": areas.shapes,
        "areaStyle": AREA_STYLE, "areaHoverStyle": AREA_HOVER_STYLE,
    }
    config["articleTexts"] = pages["articleTexts"]
    config["savedPages"] = pages["savedPages"]
    controller = _add_event_layers(the_map, config, layers, pages["texts"])
    _PagePart("Header", html=_header_html(table, placed, title, article_count)).add_to(the_map)
    _PagePart("Legend", html=_legend_html(table[placed], types),
              script=f"{controller.get_name()}.bindLegend(document.getElementById("
                     "'geo-legend'));").add_to(the_map)
    if placed.any():
        lat, lon = table.loc[placed, "lat"], table.loc[placed, "lon"]
        the_map.fit_bounds([[lat.min(), lon.min()], [lat.max(), lon.max()]], max_zoom=9,
                           padding=(30, 30))
    if offline:
        _inline_assets(the_map)
    return the_map


def write_map(m: folium.Map, path: Path) -> None:
    """Render the page and write it atomically (lone surrogates from odd files become '?')."""
    page = m.get_root().render()
    write_bytes_atomic(path, page.encode("utf-8", errors="replace"))


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


def _articles(table: pd.DataFrame, corpus_dir: str, page_texts: Mapping[str, str]
              ) -> tuple[list[list[str]], np.ndarray, dict[str, list]]:
    """One [label, href] per article, each event's index into that list, and what the
    popups need for saved web pages: `texts` (the texts read from them), `articleTexts`
    (each article's index into `texts`, or -1) and `savedPages` (for each article, 1 when its
    href opens a saved page, which would run its scripts)."""
    key = table["article"].where(table["article"] != "", table["source_path"] + table["title"])
    codes, _ = pd.factorize(key)
    firsts = table.loc[~pd.Series(codes).duplicated().to_numpy()]
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


# --- grouping events into markers and areas -----------------------------------------

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
    """The geometry simplified to `tolerance` degrees, as GeoJSON with short coordinates."""
    simple = geometry.simplify(tolerance, preserve_topology=True)
    if simple.is_empty:
        simple = geometry.envelope
    digits = min(5, max(2, int(-np.log10(tolerance)) + 2)) if tolerance > 0 else 5
    return to_geojson(shapely.transform(simple, lambda xy: np.round(xy, digits)))


def _year_layers(table: pd.DataFrame, placed: pd.Series, types: list[str],
                 article_codes: np.ndarray, subtype_codes: np.ndarray,
                 areas: _AreaIndex) -> dict[str, list[list]]:
    """Year label -> groups, newest year first and `undated` last.

    A group is every event at one place in one year: [lat, lon, place, place_scale,
    area (null for a pin), events sorted by date]. An event is [type, sub-type, date,
    date precision, fatalities, article, sentence, mark start, mark end], followed by
    [actor1, actor2] when it has an actor (the page stays small without them).
    """
    rows = table.assign(_article=article_codes, _subtype=subtype_codes)[placed.to_numpy()]
    if rows.empty:
        return {}
    rows["_year"] = rows["year"].astype("string").fillna(UNDATED)
    coordinates = "@" + rows["lat"].round(4).astype(str) + "," + rows["lon"].round(4).astype(str)
    rows["_place"] = rows["place_id"].where(rows["place_id"] != "", coordinates)
    rows["_date"] = rows["date"].where(rows["date"] != "", "~")  # undated events last
    rows = rows.sort_values(["_year", "_place", "_date", "event_id"], kind="stable")

    columns = zip(
        rows["event_type"].map({name: i for i, name in enumerate(types)}).tolist(),
        rows["_subtype"].tolist(),
        rows["date"].tolist(),
        rows["date_precision"].map({p: i for i, p in enumerate(PRECISIONS)})
        .fillna(len(PRECISIONS)).astype(int).tolist(),
        [None if pd.isna(value) else int(value) for value in rows["fatalities"]],
        rows["_article"].tolist(),
        *_sentences(rows),
        _names(rows, "actor1"),
        _names(rows, "actor2"),
        strict=True,
    )
    # An event's two actors follow its nine fields only when it has one: the page stays small.
    events = [list(event) if event[9] or event[10] else list(event[:9]) for event in columns]
    grouped = rows.groupby(["_year", "_place"], sort=False)  # sorted, so groups are runs
    heads = grouped[["lat", "lon", "place", "place_id", "place_scale", "country"]].first()
    sizes = grouped.size().to_numpy()
    layers: dict[str, list[list]] = {}
    for (label, _), head, end, size in zip(heads.index, heads.itertuples(index=False),
                                            np.cumsum(sizes), sizes, strict=True):
        area = (areas.spec(head.place_id, head.place_scale, head.country)
                if head.place_scale in AREA_SCALES else None)
        name = head.place or head.place_id or f"{head.lat:.4f}, {head.lon:.4f}"
        group = [round(head.lat, 5), round(head.lon, 5), name, head.place_scale, area,
                 events[end - size:end]]
        layers.setdefault(label, []).append(group)
    return dict(sorted(layers.items(), key=_newest_first))


def _newest_first(item: tuple[str, list]) -> tuple[int, int]:
    label = item[0]
    return (1, 0) if label == UNDATED else (0, -int(label))


def _names(rows: pd.DataFrame, column: str) -> list[str]:
    """A text column's values, "" where missing (a table from before the column was added)."""
    if column not in rows:
        return [""] * len(rows)
    return rows[column].fillna("").astype(str).tolist()


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


# --- panels --------------------------------------------------------------------------

def _header_html(table: pd.DataFrame, placed: pd.Series, title: str, article_count: int) -> str:
    dates = table.loc[table["date"] != "", "date"]
    if dates.empty:
        span = "no dated events"
    else:
        span = dates.min() if dates.min() == dates.max() else f"{dates.min()} – {dates.max()}"
    unplaced = int((~placed).sum())
    return (
        '<div class="geo-panel geo-header" id="geo-header">'
        f"<h1>{html.escape(title)}</h1>"
        f'<div><b data-articles="{article_count}">{article_count:,}</b> articles · '
        f'<b data-events="{len(table)}">{len(table):,}</b> events · {html.escape(span)}</div>'
        f'<div><b data-unplaced="{unplaced}">{unplaced:,}</b> '
        f"{'event' if unplaced == 1 else 'events'} could not be placed (not drawn)</div>"
        "</div>"
    )


def _legend_html(placed_events: pd.DataFrame, types: list[str]) -> str:
    """Type toggles with the number of events drawn of each type."""
    counts = placed_events["event_type"].value_counts()
    rows = []
    for i, name in enumerate(types):
        style = style_of(name)
        rows.append(
            f'<label><input type="checkbox" checked data-geo-type="{i}">'
            f"{_svg(SHAPES[style.shape], style.colour)}"
            f'<span>{html.escape(name)}</span>'
            f'<span class="geo-n">{counts.get(name, 0):,}</span></label>'
        )
    area = ('<svg viewBox="0 0 20 20" width="16" height="16"><circle cx="10" cy="10" r="8" '
            'fill="#75757533" stroke="#757575" stroke-dasharray="3 2"/></svg>')
    return (
        '<div class="geo-panel geo-legend" id="geo-legend"><div class="geo-title">Event types'
        "</div>" + "".join(rows) +
        f'<div class="geo-note">{area}<span>area: place known only to its region or country'
        '</span></div><div class="geo-note"><span class="geo-count geo-sample">3</span>'
        "<span>events at one place in one year</span></div></div>"
    )


def _svg(path: str, colour: str, size: int = 16) -> str:
    return (f'<svg viewBox="0 0 20 20" width="{size}" height="{size}"><path d="{path}" '
            f'fill="{colour}" stroke="#fff" stroke-width="1.2"/></svg>')


# --- base layers ---------------------------------------------------------------------

def _add_base_layers(the_map: folium.Map, shapes: list[tuple[str, str, BaseGeometry]],
                     offline: bool) -> None:
    """Country borders need no network, so offline they are the default base; tiles optional."""
    borders = folium.FeatureGroup(name=BORDERS_LAYER, overlay=False, show=offline)
    outlines = [_simplified_geojson(shape, BASEMAP_TOLERANCE) for _, _, shape in shapes
                if not shape.is_empty]
    if outlines:
        _PagePart("Basemap", html=_json_block("geo-basemap", outlines),
                  script=lambda part: f"geoEventMap.basemap({part._parent.get_name()}, "
                                      f"'geo-basemap', {_script_json(LAND_STYLE)});"
                  ).add_to(borders)
    borders.add_to(the_map)
    folium.TileLayer("OpenStreetMap", name=TILES_LAYER, overlay=False,
                     show=not offline).add_to(the_map)


# --- page parts ----------------------------------------------------------------------

def _add_event_layers(the_map: folium.Map, config: dict,
                      layers: dict[str, list[list]], texts: list[str]) -> _PagePart:
    """The script that draws events, then one FeatureGroup and data block per year."""
    controller = _PagePart(
        "EventMap", header=f"<style>{_CSS}</style><script>{_JS}</script>",
        html=_json_block("geo-config", config) + _json_block("geo-texts", texts),
        script=lambda part: f"var {part.get_name()} = geoEventMap("
                            f"{part._parent.get_name()}, 'geo-config');",
        js=MarkerCluster.default_js, css=MarkerCluster.default_css).add_to(the_map)
    for rank, (label, groups) in enumerate(layers.items()):
        layer = folium.FeatureGroup(name=label, overlay=True, show=True).add_to(the_map)
        block_id = f"geo-layer-{rank}"
        _PagePart("EventLayer", html=_json_block(block_id, groups, layer=label),
                  script=lambda part, rank=rank, block_id=block_id: (
                      f"{controller.get_name()}.addYear({part._parent.get_name()}, {rank}, "
                      f"'{block_id}');")).add_to(layer)
    # A JS object lists keys like "2023" in ascending order: sort by the layers' rank instead.
    folium.LayerControl(collapsed=False, sortLayers=True, sortFunction=JsCode(
        "(a, b) => (a.geoRank ?? -1) - (b.geoRank ?? -1)")).add_to(the_map)
    return controller


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
    `js` and `css` are (name, CDN url) assets the part needs; offline they are inlined.
    """

    _template = Template("")

    def __init__(self, name: str, *, header: str = "", html: str = "",
                 script: str | Callable[[_PagePart], str] = "",
                 js: Iterable[tuple[str, str]] = (), css: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__()
        self._name = name
        self.parts = {"header": header, "html": html, "script": script}
        self.default_js = list(js)
        self.default_css = list(css)

    def render(self, **kwargs) -> None:
        super().render(**kwargs)  # the CDN links, when they were not inlined
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
    text = _dumps(value)
    if len(text) > COMPRESS_ABOVE:
        data["encoding"] = "gzip"
        payload = b64encode(gzip.compress(text.encode("utf-8", errors="replace"),
                                          compresslevel=6, mtime=0)).decode("ascii")
    else:
        payload = _script_safe(text)
    attributes = "".join(f' data-{key}="{html.escape(v)}"' for key, v in data.items())
    return f'<script type="application/json" id="{block_id}"{attributes}>{payload}</script>'


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


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
            text = _asset_text(name)
            tag = ("<style>{}</style>" if kind == "default_css" else "<script>{}</script>")
            figure.header.add_child(_Raw(tag.format(text)), name=f"inline_{name}")


def _asset_text(name: str) -> str:
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


_CSS = f"""
.leaflet-container {{ background: {SEA_COLOUR}; }}
.geo-panel {{ position: absolute; z-index: 1000; background: rgba(255,255,255,0.94);
  padding: 8px 10px; border-radius: 6px; box-shadow: 0 1px 5px rgba(0,0,0,0.35);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 340px; }}
.geo-header {{ top: 10px; left: 10px; }}
.geo-header h1 {{ font-size: 16px; margin: 0 0 4px; }}
.geo-legend {{ bottom: 24px; left: 10px; }}
.geo-title {{ font-weight: 600; margin-bottom: 4px; }}
.geo-legend label, .geo-note {{ display: flex; align-items: center; gap: 6px;
  white-space: nowrap; }}
.geo-legend label {{ cursor: pointer; }}
.geo-note {{ color: #555; margin-top: 4px; font-size: 12px; }}
.geo-n {{ color: #666; margin-left: auto; padding-left: 10px; }}
.geo-icon {{ background: none; border: none; }}
.geo-marker {{ position: relative; }}
.geo-marker svg {{ display: block; filter: drop-shadow(0 1px 1px rgba(0,0,0,0.5)); }}
.geo-count {{ position: absolute; top: -7px; right: -11px; background: #222; color: #fff;
  border-radius: 8px; font: bold 10px/14px sans-serif; padding: 0 4px; text-align: center; }}
.geo-sample {{ position: static; }}
.geo-popup {{ max-height: 320px; overflow-y: auto; font-size: 13px; }}
.geo-place {{ font-weight: 700; font-size: 14px; }}
.geo-where {{ color: #555; }}
.geo-popup ol {{ margin: 6px 0 0; padding-left: 20px; }}
.geo-popup li {{ margin-bottom: 8px; }}
.geo-meta {{ font-weight: 600; color: #333; }}
.geo-actors {{ color: #555; margin-top: 2px; }}
.geo-sentence {{ display: block; margin: 2px 0; }}
.geo-sentence mark {{ background: #ffe066; padding: 0 1px; }}
.geo-source {{ color: #555; font-size: 12px; }}
.geo-text-view {{ position: fixed; z-index: 2000; top: 5vh; left: 50%;
  transform: translateX(-50%); width: min(720px, 92vw); max-height: 88vh; display: flex;
  flex-direction: column; background: #fff; border-radius: 6px;
  box-shadow: 0 4px 24px rgba(0,0,0,0.35); font: 14px/1.5 sans-serif; }}
.geo-text-view[hidden] {{ display: none; }}
.geo-text-head {{ display: flex; gap: 8px; align-items: baseline; padding: 10px 14px;
  border-bottom: 1px solid #ddd; }}
.geo-text-title {{ font-weight: 700; flex: 1; }}
.geo-text-note {{ color: #555; font-size: 12px; padding: 4px 14px 0; }}
.geo-text-view pre {{ margin: 0; padding: 10px 14px 14px; overflow: auto;
  white-space: pre-wrap; font: inherit; }}
.geo-error {{ color: #b00020; margin-top: 4px; }}
"""

# Draws the events of each year layer into one shared marker cluster and keeps it in step
# with the layer control (years) and the legend (types). Text reaches the page only through
# textContent and text nodes; only http(s) and relative links become clickable.
_JS = r"""
(function () {
  "use strict";
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  const PRECISIONS = ["day", "month", "year"];
  const LAT = 0, LON = 1, PLACE = 2, LEVEL = 3, AREA = 4, EVENTS = 5;
  const TYPE = 0, SUBTYPE = 1, DATE = 2, PRECISION = 3, FATALITIES = 4, ARTICLE = 5,
    TEXT = 6, START = 7, END = 8, ACTOR1 = 9, ACTOR2 = 10;

  function node(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function attr(value) {
    return String(value).replace(/[&<>"']/g, (c) => "&#" + c.charCodeAt(0) + ";");
  }

  function dateLabel(iso) {
    if (!iso) return "date unknown";
    const [year, month, day] = iso.split("-");
    const name = month ? MONTHS[Number(month) - 1] : "";
    if (day && name) return Number(day) + " " + name + " " + year;
    return name ? name + " " + year : year;
  }

  function safeHref(href) {
    if (/^https?:\/\//i.test(href)) return href;
    if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || /^[\/\\]{2}/.test(href)) return "";
    return href;
  }

  function typeCounts(events) {
    const counts = new Map();
    for (const e of events) counts.set(e[TYPE], (counts.get(e[TYPE]) || 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  }

  function clusterIcon(cluster) {
    let n = 0;
    for (const marker of cluster.getAllChildMarkers()) n += marker.geoCount;
    const size = n < 10 ? "small" : n < 100 ? "medium" : "large";
    const text = n < 10000 ? String(n) : Math.round(n / 1000) + "k";
    return L.divIcon({
      html: '<div data-count="' + n + '"><span>' + text + "</span></div>",
      className: "marker-cluster marker-cluster-" + size, iconSize: L.point(40, 40)});
  }

  // A data block's value: plain JSON, or gzipped JSON in base64 for big maps.
  async function readBlock(id) {
    const block = document.getElementById(id);
    if (block.dataset.encoding !== "gzip") return JSON.parse(block.textContent);
    const binary = atob(block.textContent);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return JSON.parse(await new Response(stream).text());
  }

  function report(error) {
    console.error(error);
    const header = document.getElementById("geo-header");
    if (header) header.appendChild(node("div", "geo-error", "Part of the map could not be "
      + "drawn in this browser: " + error));
  }

  class EventMap {
    constructor(map, configId) {
      this.map = map;
      this.hidden = new Set();
      this.years = [];
      this.cluster = L.markerClusterGroup({chunkedLoading: true, showCoverageOnHover: false,
        maxClusterRadius: 45, iconCreateFunction: clusterIcon}).addTo(map);
      this.ready = readBlock(configId).then((config) => { this.config = config; });
      this.ready.catch(report);
    }

    addYear(layer, rank, blockId) {
      layer.geoRank = rank;
      const year = {layer: layer, rank: rank, label: document.getElementById(blockId).dataset.layer,
        groups: [], markers: [], areas: [], pane: "geo-year-" + rank};
      // Areas of newer years lie above older ones, all below the markers.
      this.map.createPane(year.pane).style.zIndex = String(Math.max(401, 590 - rank));
      layer.on("add", () => this.cluster.addLayers(year.markers));
      layer.on("remove", () => this.cluster.removeLayers(year.markers));
      this.years.push(year);
      Promise.all([readBlock(blockId), this.ready]).then(([groups]) => {
        year.groups = groups;
        this.draw(year);
      }).catch(report);
    }

    draw(year) {
      const shown = this.map.hasLayer(year.layer);
      if (shown) this.cluster.removeLayers(year.markers);
      for (const area of year.areas) year.layer.removeLayer(area);
      year.markers = [];
      year.areas = [];
      for (const group of year.groups) {
        const events = this.hidden.size
          ? group[EVENTS].filter((e) => !this.hidden.has(e[TYPE])) : group[EVENTS];
        if (!events.length) continue;
        const layer = group[AREA] ? this.area(group, events, year)
          : this.marker(group, events, year);
        layer.geoCount = events.length;
        layer.geoGroup = group;
        layer.bindTooltip(() => node("span", "", this.summary(group, events)),
          {sticky: Boolean(group[AREA])});
        layer.bindPopup(() => this.popup(group, events), {maxWidth: 380, minWidth: 240});
        (group[AREA] ? year.areas : year.markers).push(layer);
      }
      for (const area of year.areas) year.layer.addLayer(area);
      if (shown) this.cluster.addLayers(year.markers);
    }

    style(events) {
      return this.config.types[typeCounts(events)[0][0]];
    }

    marker(group, events, year) {
      const style = this.style(events);
      const n = events.length;
      const size = Math.round(18 + 4 * Math.log10(n));
      const html = '<div class="geo-marker" data-count="' + n + '">'
        + '<svg viewBox="0 0 20 20" width="' + size + '" height="' + size + '">'
        + '<path d="' + attr(style.path) + '" fill="' + attr(style.colour)
        + '" stroke="#fff" stroke-width="1.5"/></svg>'
        + (n > 1 ? '<span class="geo-count">' + n + "</span>" : "") + "</div>";
      const icon = L.divIcon({className: "geo-icon", html: html, iconSize: [size, size]});
      return L.marker([group[LAT], group[LON]],
        {icon: icon, zIndexOffset: -1000 * year.rank, riseOnHover: true});
    }

    area(group, events, year) {
      const style = this.style(events);
      const options = Object.assign({}, this.config.areaStyle, {color: style.colour,
        fillColor: style.colour, pane: year.pane, className: "geo-area"});
      const spec = group[AREA];
      const area = spec.s !== undefined
        ? L.geoJSON(this.config.shapes[spec.s], Object.assign({}, options, {style: () => options}))
        : L.circle([group[LAT], group[LON]], Object.assign({radius: spec.r}, options));
      const rest = {fillOpacity: options.fillOpacity, weight: options.weight};
      area.on("mouseover", () => area.setStyle(this.config.areaHoverStyle));
      area.on("mouseout", () => area.setStyle(rest));
      return area;
    }

    summary(group, events) {
      const types = this.config.types;
      if (events.length === 1) {
        const e = events[0];
        return [group[PLACE], dateLabel(e[DATE]), types[e[TYPE]].name].join(" · ");
      }
      const dated = events.filter((e) => e[DATE]);
      let span = "date unknown";
      if (dated.length) {
        const first = dated[0][DATE], last = dated[dated.length - 1][DATE];
        span = first === last ? dateLabel(first) : dateLabel(first) + " – " + dateLabel(last);
      }
      const counts = typeCounts(events);
      const parts = counts.slice(0, 3).map(([t, n]) => types[t].name + " " + n);
      if (counts.length > 3) parts.push("…");
      return group[PLACE] + " · " + span + " · " + events.length + " events: "
        + parts.join(", ");
    }

    popup(group, events) {
      const box = node("div", "geo-popup");
      box.appendChild(node("div", "geo-place", group[PLACE]));
      let where = events.length === 1 ? "1 event" : events.length + " events";
      if (group[AREA]) where += " · location known only to the " + group[LEVEL];
      box.appendChild(node("div", "geo-where", where));
      const list = node("ol", "geo-events");
      for (const e of events) list.appendChild(this.item(e));
      box.appendChild(list);
      return box;
    }

    item(e) {
      const item = node("li");
      const type = this.config.types[e[TYPE]].name;
      const subtype = this.config.subtypes[e[SUBTYPE]];
      const precision = PRECISIONS[e[PRECISION]];
      const meta = [dateLabel(e[DATE]) + (e[DATE] && precision ? " (to the " + precision + ")"
        : ""), subtype ? type + " – " + subtype : type];
      if (e[FATALITIES] !== null) {
        meta.push(e[FATALITIES] + (e[FATALITIES] === 1 ? " fatality" : " fatalities"));
      }
      item.appendChild(node("div", "geo-meta", meta.join(" · ")));
      // Who did it to whom, as text (never HTML): "Actor 1 → Actor 2".
      if (e[ACTOR1] || e[ACTOR2]) {
        const whom = e[ACTOR2] ? (e[ACTOR1] ? e[ACTOR1] + " " : "") + "→ " + e[ACTOR2] : "";
        item.appendChild(node("div", "geo-actors", whom || e[ACTOR1]));
      }
      const sentence = node("q", "geo-sentence");
      const text = e[TEXT];
      if (e[START] >= 0 && e[END] <= text.length) {
        sentence.append(text.slice(0, e[START]), node("mark", "", text.slice(e[START], e[END])),
          text.slice(e[END]));
      } else {
        sentence.textContent = text;
      }
      item.appendChild(sentence);
      item.appendChild(this.source(e[ARTICLE]));
      return item;
    }

    // "Source: title". A saved web page's title opens the text read from it, shown as text
    // on this page; the page itself, which would run its scripts, is a second link that
    // says so.
    source(article) {
      const [title, href] = this.config.articles[article];
      let label = title;
      const textIndex = (this.config.articleTexts || [])[article] ?? -1;
      const savedPage = Boolean((this.config.savedPages || [])[article]);
      const source = node("div", "geo-source", "Source: ");
      const safe = safeHref(href);
      if (textIndex >= 0) {
        const view = node("a", "geo-text-link", label);
        view.href = "#";
        view.title = "the text read from the saved page, shown here as plain text";
        view.addEventListener("click", (event) => {
          event.preventDefault();
          this.showText(title, textIndex);
        });
        source.append(view, " (text)");
        if (!safe) return source;
        source.append(" · ");
        label = savedPage ? "saved page" : "web page";
      }
      if (safe) {
        const link = node("a", "", label);
        link.href = safe;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        source.appendChild(link);
        if (savedPage) source.append(" (opens the saved page, which runs its scripts)");
      } else {
        source.appendChild(node("span", "", label));
      }
      return source;
    }

    showText(label, index) {
      this.texts = this.texts || readBlock("geo-texts");
      this.texts.then((texts) => {
        let view = document.getElementById("geo-text-view");
        if (!view) {
          view = node("div", "geo-text-view");
          view.id = "geo-text-view";
          view.setAttribute("role", "dialog");
          const head = node("div", "geo-text-head");
          const close = node("button", "geo-text-close", "Close");
          close.type = "button";
          close.addEventListener("click", () => { view.hidden = true; });
          document.addEventListener("keydown", (event) => {
            if (event.key === "Escape") view.hidden = true;
          });
          head.append(node("span", "geo-text-title"), close);
          view.append(head, node("div", "geo-text-note",
            "The text read from the saved page (its scripts and markup left out)."),
            node("pre"));
          document.body.appendChild(view);
          L.DomEvent.disableClickPropagation(view);
          L.DomEvent.disableScrollPropagation(view);
        }
        view.querySelector(".geo-text-title").textContent = label;
        view.querySelector("pre").textContent = texts[index];
        view.hidden = false;
      }).catch(report);
    }

    setTypeVisible(type, visible) {
      if (visible) this.hidden.delete(type); else this.hidden.add(type);
      for (const year of this.years) this.draw(year);
    }

    bindLegend(legend) {
      for (const box of legend.querySelectorAll("input[data-geo-type]")) {
        box.addEventListener("change",
          () => this.setTypeVisible(Number(box.dataset.geoType), box.checked));
      }
    }

    // Events on the map now, per year layer: for tests and for the curious in a console.
    drawn() {
      const counts = {};
      for (const year of this.years) {
        let n = 0;
        if (this.map.hasLayer(year.layer)) {
          for (const m of year.markers) if (this.cluster.hasLayer(m)) n += m.geoCount;
          for (const a of year.areas) if (year.layer.hasLayer(a)) n += a.geoCount;
        }
        counts[year.label] = n;
      }
      return counts;
    }
  }

  window.geoEventMap = function (map, configId) {
    window.geoMap = new EventMap(map, configId);
    return window.geoMap;
  };

  window.geoEventMap.basemap = function (layer, blockId, style) {
    readBlock(blockId).then((outlines) => L.geoJSON(outlines, {style: style,
      interactive: false, renderer: L.canvas({padding: 0.5})}).addTo(layer)).catch(report);
  };
})();
"""
