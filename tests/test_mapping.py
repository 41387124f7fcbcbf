"""The map page as Python writes it: its data blocks (years, days, incidents, places and their
names, areas, the first view, the offline base map), its offline assets, and the escaping of
article text. What the page's script does with them is tests/test_map_browser.py's."""

from __future__ import annotations

import gzip
import html
import json
import re
import shutil
import subprocess
from base64 import b64decode
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from shapely.geometry import box

from geo import mapping
from geo.map_style import EVENT_STYLES, SHAPES
from geo.mapping import build_map, write_map

ROOT = Path(__file__).resolve().parent.parent
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_ATTRIBUTE = '" onerror="alert(1)'
HOSTILE_URL = "javascript:alert(1)"
TOWN_COLUMNS = ["name", "lat", "lon", "population", "country", "admin1"]
NO_TOWNS = pd.DataFrame(columns=TOWN_COLUMNS)


def event(**fields) -> dict:
    row = {
        "article": "a1", "event_id": "a1-1", "title": "Shelling reported",
        "url": "https://news.example/a1", "source_path": "a1.txt", "date": "2020-10-04",
        "year": 2020, "date_precision": "day", "event_type": "Battles",
        "sub_event_type": "Armed clash", "place_id": "geonames:1", "place": "Shusha",
        "lat": 39.76, "lon": 46.75, "country": "AZ", "place_scale": "city",
        "fatalities": None, "text": "Heavy fighting near Shusha.", "mention_start": 20,
        "mention_end": 25,
    }
    row.update(fields)
    return row


def page_of(rows: list[dict], **options) -> str:
    """The rendered page (with no town names unless `towns` is given: reading GeoNames'
    towns is the base map tests' business)."""
    options = {"title": "Karabakh", "article_count": 1, "towns": NO_TOWNS, **options}
    return build_map(pd.DataFrame(rows), **options).get_root().render()


def data_blocks(page: str) -> dict[str, object]:
    """Every JSON data block of the page by id, decoded as the page's script decodes it."""
    blocks = {}
    for match in re.finditer(r'<script type="application/json" id="([^"]+)"([^>]*)>(.*?)'
                             r"</script>", page, re.S):
        block_id, attributes, text = match.groups()
        if 'data-encoding="gzip"' in attributes:
            text = gzip.decompress(b64decode(text)).decode("utf-8")
        blocks[block_id] = json.loads(text)
    return blocks


def overlay_names(page: str) -> list[str]:
    section = re.search(r"overlays :\s*\{(.*?)\}", page, re.S).group(1)
    return re.findall(r'"([^"]+)" :', section)


def day(iso: str) -> int:
    return int((pd.Timestamp(iso) - pd.Timestamp("1970-01-01")) / pd.Timedelta(days=1))


# --- years and days --------------------------------------------------------------------------

def test_one_layer_per_year_newest_first_and_undated_last():
    rows = [event(event_id="e1", date="2020-10-04", year=2020),
            event(event_id="e2", date="2023-09-19", year=2023),
            event(event_id="e3", date="2021", year=2021, date_precision="year"),
            event(event_id="e4", date="", year=None, date_precision="unknown")]
    page = page_of(rows)
    blocks = data_blocks(page)
    years = blocks["geo-config"]["years"]
    assert years == ["2023", "2021", "2020", "undated"]
    assert overlay_names(page) == years
    assert [years[y] for y in blocks["geo-events"]["year"]] == ["2020", "2023", "2021", "undated"]
    # Each layer tells the page its rank; Leaflet would list "2020" before "2023" otherwise.
    ranks = [int(rank) for rank in re.findall(r"\.addYear\(feature_group_\w+, (\d+)\)", page)]
    assert ranks == [0, 1, 2, 3]
    assert "sortLayers" in page and "a.geoRank" in page


def test_no_undated_layer_when_every_event_has_a_year():
    page = page_of([event(event_id="e1"), event(event_id="e2", date="2022-01", year=2022)])
    assert data_blocks(page)["geo-config"]["years"] == ["2022", "2020"]
    assert "undated" not in overlay_names(page)


def test_each_event_spans_the_days_of_its_date_and_the_timeline_all_of_them():
    rows = [event(event_id="d", date="2020-10-04"),
            event(event_id="m", date="2020-02", date_precision="month"),
            event(event_id="y", date="2021", year=2021, date_precision="year"),
            event(event_id="year only", date="", year=2019, date_precision="year"),
            event(event_id="undated", date="", year=None, date_precision="unknown")]
    blocks = data_blocks(page_of(rows))
    events = blocks["geo-events"]
    assert events["start"] == [day("2020-10-04"), day("2020-02-01"), day("2021-01-01"),
                               day("2019-01-01"), None]
    assert events["end"] == [day("2020-10-04"), day("2020-02-29"), day("2021-12-31"),
                             day("2019-12-31"), None]
    assert events["precision"] == [0, 1, 2, 2, 3]
    assert blocks["geo-config"]["domain"] == [day("2019-01-01"), day("2021-12-31")]


def test_a_table_with_no_dated_event_has_no_timeline_span():
    blocks = data_blocks(page_of([event(date="", year=None, date_precision="unknown")]))
    assert blocks["geo-config"]["domain"] is None
    assert blocks["geo-config"]["years"] == ["undated"]


# --- incidents -------------------------------------------------------------------------------

def test_the_reports_of_one_incident_are_one_incident_at_its_place_and_date():
    rows = [event(event_id="a-1", article="a", incident_id="inc-1", fatalities=2),
            event(event_id="b-1", article="b", incident_id="inc-1", fatalities=5,
                  date="2020-10", date_precision="month"),
            event(event_id="b-2", article="b", incident_id="inc-2", date="2020-10-05",
                  place_id="geonames:2", place="Martuni", lat=39.79, lon=47.11)]
    blocks = data_blocks(page_of(rows))
    assert blocks["geo-config"]["incidents"] is True
    events, incidents = blocks["geo-events"], blocks["geo-incidents"]
    assert events["incident"] == [0, 0, 1]
    assert blocks["geo-sentences"]["incident"] == ["inc-1", "inc-2"]
    assert incidents["date"] == ["2020-10-04", "2020-10-05"]  # the most precise date
    assert incidents["start"] == [day("2020-10-04"), day("2020-10-05")]
    places = blocks["geo-places"]
    assert [places["label"][p] for p in incidents["place"]] == ["Shusha", "Martuni"]
    assert events["fatalities"] == [2, 5, None]  # each report keeps its own toll


def test_an_incidents_table_given_by_the_caller_is_used_as_it_is():
    from geo.incidents import incidents_table

    rows = pd.DataFrame([event(event_id="a-1", article="a", incident_id="inc-1"),
                         event(event_id="b-1", article="b", incident_id="inc-1")])
    given = incidents_table(rows).assign(date="2020-10-03")
    the_map = build_map(rows, title="t", article_count=2, incidents=given, towns=NO_TOWNS)
    blocks = data_blocks(the_map.get_root().render())
    assert blocks["geo-incidents"]["date"] == ["2020-10-03"]


def test_a_table_without_incident_ids_draws_each_event_and_offers_no_switch():
    rows = [event(event_id="e1"), event(event_id="e2")]
    blocks = data_blocks(page_of(rows))
    assert blocks["geo-config"]["incidents"] is False
    assert blocks["geo-events"]["incident"] == [0, 1]
    assert len(blocks["geo-incidents"]["place"]) == 2


def test_an_unplaced_report_of_a_placed_incident_stays_for_the_incidents_popup():
    rows = [event(event_id="a-1", article="a", incident_id="inc-1"),
            event(event_id="b-1", article="b", incident_id="inc-1", lat=None, lon=None,
                  place_id="", place="", text="Shelling went on."),
            event(event_id="c-1", article="c", incident_id="inc-2", lat=None, lon=None,
                  place_id="", place="", text="Somewhere, fighting.")]
    blocks = data_blocks(page_of(rows))
    assert blocks["geo-sentences"]["id"] == ["a-1", "b-1"]
    assert blocks["geo-events"]["place"] == [0, -1]
    assert blocks["geo-events"]["incident"] == [0, 0]
    assert blocks["geo-config"]["totals"] == {"events": 3, "unplaced": 2, "articles": 1}


# --- places and their names ------------------------------------------------------------------

def test_a_place_is_named_as_the_articles_wrote_it_with_the_gazetteers_name_beside():
    khankendi = {"place_id": "gn:1", "place": "Khankendi", "lat": 39.8153, "lon": 46.7519}
    rows = [event(event_id="e1", place_as_written="Stepanakert", **khankendi),
            event(event_id="e2", place_as_written="Stepanakert", **khankendi),
            event(event_id="e3", place_as_written="Stepanakerd", **khankendi),
            event(event_id="e4", place_as_written="shusha"),
            event(event_id="e5", place_id="gn:3", place="Al-Junaynah", lat=13.45, lon=22.44,
                  place_as_written="El Geneina"),
            event(event_id="e6", place_id="gn:4", place="Goris", lat=39.51, lon=46.34)]
    blocks = data_blocks(page_of(rows))
    places = blocks["geo-places"]
    label = {names[0]: label for names, label in zip(places["names"], places["label"],
                                                         strict=True)}
    assert label == {"Khankendi": "Stepanakert (Khankendi)", "Shusha": "shusha",
                     "Al-Junaynah": "El Geneina (Al-Junaynah)", "Goris": "Goris"}
    by_name = {names[0]: names for names in places["names"]}
    assert by_name["Khankendi"] == ["Khankendi", "Stepanakert", "Stepanakerd"]  # searched
    # Each report keeps the name its own article wrote, for its popup.
    assert blocks["geo-events"]["written"] == ["Stepanakert", "Stepanakert", "Stepanakerd",
                                               "shusha", "El Geneina", None]


def test_imprecise_places_are_areas_never_pins():
    outline = box(45.0, 39.0, 47.0, 40.5)
    rows = [event(event_id="e1", place_id="region:karabakh", place="Karabakh",
                  place_scale="region", lat=39.9, lon=46.6),
            event(event_id="e2", place_id="region:unknown", place="Somewhere",
                  place_scale="region", lat=40.2, lon=45.9),
            event(event_id="e3", place_id="country:AM", place="Armenia", country="AM",
                  place_scale="country", lat=40.1, lon=45.0),
            event(event_id="e4")]
    blocks = data_blocks(page_of(
        rows, geometry_of=lambda pid: outline if pid == "region:karabakh" else None,
        country_shapes=[("AM", "Armenia", box(43.4, 38.8, 46.6, 41.3))]))
    places = blocks["geo-places"]
    area = dict(zip(places["label"], places["area"], strict=True))
    shapes = blocks["geo-config"]["shapes"]
    assert shapes[area["Karabakh"]["s"]]["type"] == "Polygon"
    assert area["Somewhere"] == {"r": mapping.AREA_RADIUS_M["region"]}  # no outline: a circle
    assert [46.6, 38.8] in shapes[area["Armenia"]["s"]]["coordinates"][0]  # the country's
    assert area["Shusha"] is None  # a city is a pin


def test_countries_and_actors_are_listed_the_most_frequent_first():
    rows = [event(event_id="e1", actor1="Military Forces of Armenia", country="AM"),
            event(event_id="e2", actor1="Military Forces of Azerbaijan",
                  actor2="Military Forces of Armenia", place_id="gn:2", lat=40.0, lon=46.0),
            event(event_id="e3", actor1="", place_id="gn:3", lat=40.1, lon=46.1)]
    blocks = data_blocks(page_of(rows, country_shapes=[("AZ", "Azerbaijan", box(45, 38, 50,
                                                                                  42))]))
    config = blocks["geo-config"]
    assert config["actors"] == ["Military Forces of Armenia", "Military Forces of Azerbaijan"]
    assert config["countries"] == [["AZ", "Azerbaijan"], ["AM", "AM"]]
    assert blocks["geo-events"]["actor1"] == [0, 1, -1]
    assert blocks["geo-events"]["actor2"] == [-1, 0, -1]


# --- the first view --------------------------------------------------------------------------

def test_the_first_view_holds_the_war_not_a_far_away_statement():
    war = [(39.82, 46.75), (39.76, 46.75), (40.21, 46.81), (39.51, 46.34), (40.18, 44.51),
           (40.68, 46.36)]
    rows = [event(event_id=f"e{i}", place_id=f"gn:{i}", lat=lat, lon=lon)
            for i, (lat, lon) in enumerate(war)]
    rows.append(event(event_id="far", place_id="country:US", place="United States",
                      place_scale="country", lat=39.8, lon=-98.6, country="US"))
    (south, west), (north, east) = data_blocks(page_of(rows))["geo-config"]["view"]
    assert (south, west, north, east) == (39.51, 44.51, 40.68, 46.81)


def test_the_first_view_keeps_events_spread_over_a_wide_area():
    spread = [(50.45, 30.52), (48.0, 37.8), (46.48, 30.73), (49.84, 24.03), (55.75, 37.62)]
    rows = [event(event_id=f"e{i}", place_id=f"gn:{i}", lat=lat, lon=lon)
            for i, (lat, lon) in enumerate(spread)]
    (south, west), (north, east) = data_blocks(page_of(rows))["geo-config"]["view"]
    assert (south, west, north, east) == (46.48, 24.03, 55.75, 37.8)


def test_no_placed_event_gives_no_first_view():
    rows = [event(lat=None, lon=None, place_id="", place="")]
    assert data_blocks(page_of(rows))["geo-config"]["view"] is None


# --- the header ------------------------------------------------------------------------------

def test_header_counts_articles_events_span_and_unplaced_events():
    rows = [event(event_id="e1", date="2020-09-27"),
            event(event_id="e2", date="2023-09-19", year=2023),
            event(event_id="e3", lat=float("nan"), lon=float("nan"), place_id="", place=""),
            event(event_id="e4", lat=None, lon=None, place_id="", place="")]
    page = page_of(rows, article_count=7)
    header = re.search(r'<header class="geo-bar".*?</header>', page, re.S).group(0)
    assert 'data-articles="7"' in header
    assert 'data-events="4"' in header
    assert 'data-unplaced="2"' in header
    assert "2020-09-27 – 2023-09-19" in header
    for control in ("geo-search", "geo-copy-link", "geo-download-csv", "geo-download-geojson",
                    "geo-side-toggle"):
        assert f'id="{control}"' in header


def test_unplaced_events_are_counted_but_not_drawn():
    rows = [event(event_id="e1"),
            event(event_id="e2", lat=None, lon=None, place_id="", place="", text="Nowhere."),
            event(event_id="e3", lat=123.0, lon=46.0, place_id="bad", place="Bad")]
    page = page_of(rows)
    blocks = data_blocks(page)
    assert blocks["geo-sentences"]["id"] == ["e1"]
    assert blocks["geo-places"]["lat"] == [39.76]
    assert 'data-unplaced="2"' in page


def test_empty_table_still_makes_a_page():
    page = page_of([], article_count=0)
    blocks = data_blocks(page)
    assert blocks["geo-config"]["years"] == [] and overlay_names(page) == []
    assert blocks["geo-events"]["place"] == []
    assert 'data-events="0"' in page


# --- the legend ------------------------------------------------------------------------------

def test_legend_follows_the_style_table_and_keeps_unknown_types():
    rows = [event(event_id="e1", event_type="Protests"), event(event_id="e2"),
            event(event_id="e3", event_type="Ceasefire"),
            event(event_id="e4", lat=None, lon=None, place_id="", place="")]  # not drawn
    blocks = data_blocks(page_of(rows))
    types = blocks["geo-config"]["types"]
    assert [t["name"] for t in types] == ["Battles", "Protests", "Ceasefire"]
    assert types[0] == {"name": "Battles", "colour": EVENT_STYLES["Battles"].colour,
                        "path": SHAPES[EVENT_STYLES["Battles"].shape]}
    assert types[2]["colour"] == "#757575"  # drawn, in the style for types it does not know
    assert blocks["geo-events"]["type"] == [1, 0, 2]


def test_every_issue_type_has_a_distinct_safe_style():
    issue_types = ["Battles", "Explosions/Remote violence", "Violence against civilians",
                   "Protests", "Riots", "Strategic developments", "Displacement",
                   "Humanitarian", "Diplomacy"]
    assert sorted(EVENT_STYLES) == sorted(issue_types)
    assert len({(s.colour, s.shape) for s in EVENT_STYLES.values()}) == len(issue_types)
    for style in EVENT_STYLES.values():
        assert re.fullmatch(r"#[0-9a-f]{6}", style.colour)
        assert re.fullmatch(r"[MLHVZaz0-9 .\-]+", SHAPES[style.shape])


# --- the offline base map --------------------------------------------------------------------

def towns_table(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=TOWN_COLUMNS)


def test_base_map_names_the_towns_around_the_events_more_of_them_closer_in():
    towns = towns_table([
        ("Goris", 39.51, 46.34, 20_000, "AM", "Syunik"),
        ("Yerevan", 40.18, 44.51, 1_100_000, "AM", "Yerevan"),
        ("Kapan", 39.21, 46.41, 43_000, "AM", "Syunik"),
        ("Hamlet", 39.60, 46.50, 600, "AM", "Syunik"),
        ("Far Town", 10.0, 10.0, 500_000, "NG", "X"),  # far from the events: not named
        ("Tokyo", 35.69, 139.69, 8_300_000, "JP", "Tokyo"),  # a world city: named anyway
    ])
    rows = [event(event_id="e1"), event(event_id="e2", place_id="gn:2", lat=39.41, lon=46.24)]
    basemap = data_blocks(page_of(rows, towns=towns))["geo-basemap"]
    named = {name: zoom for _, _, name, zoom, _ in basemap["towns"]}
    assert set(named) == {"Goris", "Yerevan", "Kapan", "Hamlet", "Tokyo"}
    assert named["Tokyo"] < named["Yerevan"] < named["Kapan"] < named["Goris"] < named["Hamlet"]
    assert [name for _, _, name, _, _ in basemap["towns"]][:2] == ["Tokyo", "Yerevan"]


def test_base_map_names_the_events_towns_as_written_instead_of_the_gazetteers_town_there():
    towns = towns_table([("Khankendi", 39.8177, 46.7528, 2_100, "AZ", "61"),
                         ("Goris", 39.51, 46.34, 20_000, "AM", "Syunik")])
    khankendi = {"place_id": "gn:1", "place": "Khankendi", "lat": 39.8153, "lon": 46.7519}
    rows = [event(event_id="e1", place_as_written="Stepanakert", **khankendi),
            event(event_id="e2", place_as_written="Stepanakert", **khankendi),
            event(event_id="e3", place_id="gn:2", place="Martuni", lat=39.79, lon=47.11),
            event(event_id="e4", place_id="region:x", place="Karabakh", place_scale="region",
                  lat=39.9, lon=46.7)]  # an area, not a town: not named as one
    basemap = data_blocks(page_of(rows, towns=towns))["geo-basemap"]
    assert [name for _, _, name, _ in basemap["places"]] == ["Stepanakert", "Martuni"]
    assert [name for _, _, name, _, _ in basemap["towns"]] == ["Goris"]


def test_base_map_draws_first_level_borders_from_the_towns_of_each_division():
    towns = towns_table(
        [(f"North {i}", 41.0 + 0.1 * i, 45.0 + 0.2 * i, 5000, "AM", "Tavush") for i in range(5)]
        + [(f"South {i}", 39.2 + 0.1 * i, 45.0 + 0.2 * i, 5000, "AM", "Syunik")
           for i in range(5)])
    rows = [event(event_id="e1", lat=40.0, lon=45.5, country="AM")]
    shapes = [("AM", "Armenia", box(43.4, 38.8, 46.6, 41.3))]
    basemap = data_blocks(page_of(rows, towns=towns, country_shapes=shapes))["geo-basemap"]
    assert basemap["divisions"]["lines"]["type"] in ("LineString", "MultiLineString")
    latitudes = [lat for line in _lines(basemap["divisions"]["lines"]) for _, lat in line]
    assert all(39.6 < lat < 40.9 for lat in latitudes)  # between the two divisions' towns
    assert sorted(name for _, _, name, _ in basemap["divisions"]["names"]) == ["Syunik",
                                                                               "Tavush"]
    assert basemap["countries"][0][2] == "Armenia"
    assert basemap["land"][0]["type"] == "Polygon"


def _lines(geometry: dict) -> list:
    return [geometry["coordinates"]] if geometry["type"] == "LineString" \
        else geometry["coordinates"]


def test_base_map_of_the_installed_data_names_the_towns_of_karabakh():
    rows = [event(event_id="e1"), event(event_id="e2", place_id="gn:2", place="Goris",
                                        lat=39.51, lon=46.34)]
    basemap = data_blocks(page_of(rows, towns=None))["geo-basemap"]
    names = {name for _, _, name, _, _ in basemap["towns"]}
    assert {"Khojaly", "Kapan", "Sisian", "Aghdam"} <= names
    assert "Goris" not in names  # an event's town: named as the articles wrote it
    assert [name for _, _, name, _ in basemap["places"]] == ["Shusha", "Goris"]
    assert len(basemap["towns"]) <= mapping.MAX_TOWNS + 1000


def test_base_map_kept_in_the_cache_folder_is_the_one_made_without_it(tmp_path):
    shapes = [("AM", "Armenia", box(43.4, 38.8, 46.6, 41.3))]
    rows = [event(event_id="e1"), event(event_id="e2", place_id="gn:2", place="Goris",
                                        lat=39.51, lon=46.34)]
    made = data_blocks(page_of(rows, towns=None, country_shapes=shapes))["geo-basemap"]
    first = data_blocks(page_of(rows, towns=None, country_shapes=shapes,
                                cache_dir=tmp_path))["geo-basemap"]
    kept = sorted(path.name for path in tmp_path.iterdir())
    assert [name.split("-")[1] for name in kept] == ["installed", "land", "towns"]
    again = data_blocks(page_of(rows, towns=None, country_shapes=shapes,
                                cache_dir=tmp_path))["geo-basemap"]
    assert first == again == made
    for path in tmp_path.iterdir():  # damaged: made again, not trusted
        path.write_bytes(b"not a pickle")
    damaged = data_blocks(page_of(rows, towns=None, country_shapes=shapes,
                                  cache_dir=tmp_path))["geo-basemap"]
    assert damaged == made
    assert sorted(path.name for path in tmp_path.iterdir()) == kept


def test_base_map_keeps_the_last_few_views_of_each_kind(tmp_path):
    for n in range(mapping.KEPT_PER_NAME + 2):
        mapping._kept(tmp_path, "towns", f"view {n}", lambda n=n: n)
    assert len(list(tmp_path.glob("map-towns-*.pickle"))) == mapping.KEPT_PER_NAME
    assert mapping._kept(tmp_path, "towns", "view 0", lambda: "made again") == "made again"
    assert mapping._kept(tmp_path, "towns", f"view {mapping.KEPT_PER_NAME + 1}",
                         lambda: "made again") == mapping.KEPT_PER_NAME + 1


# --- assets: offline, from their own files, licensed -----------------------------------------

class _Loads(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("script", "img", "iframe") and attributes.get("src"):
            self.found.append(attributes["src"])
        if tag == "link" and attributes.get("href"):
            self.found.append(attributes["href"])


def test_offline_page_loads_nothing_from_the_web():
    page = page_of([event()], country_shapes=[("AZ", "Azerbaijan", box(44.8, 38.4, 50.4, 41.9))])
    parser = _Loads()
    parser.feed(page)
    assert parser.found == []
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert "url(images/" not in page  # Leaflet's images are inlined as data: URIs
    assert "Leaflet 1.9" in page
    # OpenStreetMap stays a base layer the user may pick, not the one shown at first.
    tile_layer = re.search(r"var (tile_layer_\w+) = L.tileLayer", page).group(1)
    assert f"{tile_layer}.addTo(" not in page


def test_leaflets_licence_and_the_base_maps_sources_are_in_the_page():
    page = page_of([event()])
    assert "BSD 2-Clause License" in page and "Volodymyr Agafonkin" in page
    assert "GeoNames (CC BY 4.0)" in page and "Natural Earth" in page


def test_the_pages_scripts_and_stylesheet_are_the_package_files_inlined():
    page = page_of([event()])
    assets = ROOT / "geo" / "map_assets"
    for name in mapping.SCRIPTS:
        text = (assets / name).read_text(encoding="utf-8")
        assert text in page, name
    css = (assets / mapping.STYLESHEET).read_text(encoding="utf-8")
    assert css.replace("{{SEA}}", mapping.SEA_COLOUR) in page
    # The Python module writes data and layout, not script: no function bodies in it.
    source = (ROOT / "geo" / "mapping.py").read_text(encoding="utf-8")
    assert "function (" not in source and "=> {" not in source


@pytest.mark.skipif(not (ROOT / "node_modules" / ".bin" / "eslint").exists()
                    or shutil.which("node") is None,
                    reason="eslint is not installed (npm install)")
def test_the_pages_scripts_pass_the_linter():
    result = subprocess.run([str(ROOT / "node_modules" / ".bin" / "eslint"), "geo/map_assets"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cdn_variant_links_leaflet_instead_of_inlining_it():
    online = page_of([event()], offline=False)
    offline = page_of([event()])
    assert re.search(r'<script src="https://[^"]+leaflet\.js">', online)
    assert "Leaflet 1.9" not in online and "Leaflet 1.9" in offline
    assert "geoEventMap" in online  # the page's own script is inlined either way


# --- untrusted text --------------------------------------------------------------------------

@pytest.mark.parametrize("hostile", [HOSTILE_SCRIPT, HOSTILE_ATTRIBUTE, "`${alert(1)}`",
                                     "</script><script>alert(1)</script>", "a\u2028b\u2029c",
                                     "{{ 7 * 7 }}{% raw %}"])
def test_hostile_text_is_escaped_and_reaches_the_data_intact(hostile):
    text = f"Fighting near Shusha {hostile} ended."
    rows = [event(title=f"Title {hostile}", place=f"Shusha {hostile}", text=text,
                  sub_event_type=hostile, place_as_written=f"Shusha {hostile}",
                  actor1=f"Forces {hostile}")]
    page = page_of(rows, title=f"Corpus {hostile}")
    if "<" in hostile or '"' in hostile:
        assert hostile not in page
    for script in re.findall(r"<script[^>]*>(.*?)</script>", page, re.S):
        assert "\u2028" not in script and "\u2029" not in script
    blocks = data_blocks(page)
    assert blocks["geo-places"]["label"] == [f"Shusha {hostile}"]
    assert blocks["geo-sentences"]["text"] == [text]
    config = blocks["geo-config"]
    assert config["articles"][0][0] == f"Title {hostile}"
    assert hostile in config["subtypes"]
    assert config["actors"] == [f"Forces {hostile}"]
    assert config["title"] == f"Corpus {hostile}"
    header = re.search(r"<h1>(.*?)</h1>", page).group(1)
    assert header == "Corpus " + html.escape(hostile)


def test_template_syntax_in_article_text_is_not_evaluated():
    page = page_of([event(text="Rockets {{ 7 * 7 }} fell near Shusha.", mention_start=None,
                          mention_end=None)])
    assert data_blocks(page)["geo-sentences"]["text"] == ["Rockets {{ 7 * 7 }} fell near Shusha."]


def test_only_web_urls_are_links_and_file_links_cannot_carry_a_scheme():
    rows = [event(article="a1", url=HOSTILE_URL, source_path="javascript:alert(1).txt"),
            event(article="a2", event_id="e2", url=" https://news.example/ok ",
                  source_path="b.txt"),
            event(article="a3", event_id="e3", url="", source_path="//evil.example/x.txt"),
            event(article="a4", event_id="e4", url="data:text/html,hi", source_path="")]
    page = page_of(rows, corpus_dir="../corpus")
    hrefs = [href for _, href in data_blocks(page)["geo-config"]["articles"]]
    assert HOSTILE_URL not in page
    assert hrefs[1] == "https://news.example/ok"
    assert hrefs[0] == "../corpus/javascript%3Aalert%281%29.txt"
    assert hrefs[2] == "../corpus/evil.example/x.txt"
    assert hrefs[3] == ""
    for href in hrefs:
        assert not re.match(r"[a-z][a-z0-9+.-]*:", href) or href.startswith("https://")


def test_mark_offsets_count_utf16_units_and_survive_clipping():
    emoji = "\U0001F4A5"
    short = f"{emoji} Blast near Shusha today."
    start = short.index("Shusha")
    long_text = "word " * 200 + "strike on Shusha " + "word " * 200
    long_start = long_text.index("Shusha")
    rows = [event(event_id="e1", text=short, mention_start=start, mention_end=start + 6),
            event(event_id="e2", date="2020-10-05", text=long_text, mention_start=long_start,
                  mention_end=long_start + 6)]
    sentences = data_blocks(page_of(rows))["geo-sentences"]
    for text, begin, end in zip(sentences["text"], sentences["start"], sentences["end"],
                                strict=True):
        units = text.encode("utf-16-le")
        assert units[2 * begin:2 * end].decode("utf-16-le") == "Shusha"
        assert len(text) <= mapping.MAX_SENTENCE
    assert sentences["text"][1].startswith("…") and sentences["text"][1].endswith("…")


def test_bad_offsets_show_the_sentence_without_a_mark():
    rows = [event(mention_start=40, mention_end=80), event(event_id="e2", mention_start=None,
                                                          mention_end=None)]
    sentences = data_blocks(page_of(rows))["geo-sentences"]
    assert list(zip(sentences["start"], sentences["end"], strict=True)) == [(-1, -1), (-1, -1)]


# --- the file --------------------------------------------------------------------------------

def test_big_data_blocks_are_gzipped_and_decode_to_the_same_data(monkeypatch):
    rows = [event(event_id=f"e{i}", date=f"2020-10-{i + 1:02d}") for i in range(5)]
    plain = page_of(rows)
    monkeypatch.setattr(mapping, "COMPRESS_ABOVE", 0)
    packed = page_of(rows)
    assert 'data-encoding="gzip"' in packed and 'data-encoding="gzip"' not in plain
    assert data_blocks(packed) == data_blocks(plain)


def test_table_read_back_from_csv_text_builds_the_same_page_data():
    rows = [event(event_id="e1", incident_id="inc-1"),
            event(event_id="e2", date="", year=None, date_precision="unknown", fatalities=3,
                  incident_id="inc-2")]
    as_text = pd.DataFrame(rows).astype(object).where(pd.DataFrame(rows).notna(), "")
    as_text = as_text.astype(str)
    assert data_blocks(page_of(rows)) == data_blocks(page_of(as_text.to_dict("records")))


def test_write_map_writes_the_rendered_page(tmp_path: Path):
    the_map = build_map(pd.DataFrame([event()]), title="T", article_count=1, towns=NO_TOWNS)
    path = tmp_path / "maps" / "events.html"
    write_map(the_map, path)
    written = path.read_text(encoding="utf-8")
    assert written.startswith("<!DOCTYPE html>")
    assert data_blocks(written)["geo-config"]["years"] == ["2020"]
    assert [p.name for p in path.parent.iterdir()] == ["events.html"]  # no temporary left
