"""The map page: layers by year, grouping, areas, header counts, offline assets, escaping."""

from __future__ import annotations

import gzip
import html
import json
import re
from base64 import b64decode
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from shapely.geometry import box

from geo import mapping
from geo.map_style import EVENT_STYLES, SHAPES
from geo.mapping import build_map, write_map

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_ATTRIBUTE = '" onerror="alert(1)'
HOSTILE_URL = "javascript:alert(1)"


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
    options = {"title": "Karabakh", "article_count": 1, **options}
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


def layers(page: str) -> dict[str, list]:
    """Year label -> groups, in the page's order (its rank in the layer control)."""
    labels = re.findall(r'<script type="application/json" id="geo-layer-\d+" data-layer="'
                        r'([^"]+)"', page)
    blocks = data_blocks(page)
    return {label: blocks[f"geo-layer-{rank}"] for rank, label in enumerate(labels)}


def overlay_names(page: str) -> list[str]:
    section = re.search(r"overlays :\s*\{(.*?)\}", page, re.S).group(1)
    return re.findall(r'"([^"]+)" :', section)


def test_one_layer_per_year_newest_first_and_undated_last():
    rows = [event(event_id="e1", date="2020-10-04", year=2020),
            event(event_id="e2", date="2023-09-19", year=2023),
            event(event_id="e3", date="2021", year=2021, date_precision="year"),
            event(event_id="e4", date="", year=None, date_precision="unknown")]
    page = page_of(rows)
    assert list(layers(page)) == ["2023", "2021", "2020", "undated"]
    assert sorted(overlay_names(page)) == sorted(["2023", "2021", "2020", "undated"])
    assert [group[5][0][2] for group, in layers(page).values()] == [
        "2023-09-19", "2021", "2020-10-04", ""]
    # Leaflet lists JS object keys like "2023" in ascending order: the page sorts by rank.
    assert "sortLayers" in page and "a.geoRank" in page


def test_no_undated_layer_when_every_event_has_a_year():
    page = page_of([event(event_id="e1"), event(event_id="e2", date="2022-01", year=2022)])
    assert list(layers(page)) == ["2022", "2020"]
    assert "undated" not in overlay_names(page)


def test_events_at_one_place_in_one_year_form_one_group_with_every_event():
    rows = [event(event_id="e1", date="2020-10-04"),
            event(event_id="e2", date="2020-09-27", event_type="Explosions/Remote violence"),
            event(event_id="e3", date="2020-11", date_precision="month"),
            event(event_id="e4", date="2021-03-01", year=2021),
            event(event_id="e5", place_id="geonames:2", place="Stepanakert", lat=39.82,
                  lon=46.75)]
    by_year = layers(page_of(rows))
    groups_2020 = {group[2]: group for group in by_year["2020"]}
    assert sorted(groups_2020) == ["Shusha", "Stepanakert"]
    shusha_events = groups_2020["Shusha"][5]
    assert len(shusha_events) == 3
    assert [e[2] for e in shusha_events] == ["2020-09-27", "2020-10-04", "2020-11"]  # by date
    assert len(groups_2020["Stepanakert"][5]) == 1
    assert [len(group[5]) for group in by_year["2021"]] == [1]


def test_imprecise_places_are_areas_never_pins():
    outline = box(45.0, 39.0, 47.0, 40.5)
    rows = [event(event_id="e1", place_id="region:karabakh", place="Karabakh",
                  place_scale="region", lat=39.9, lon=46.6),
            event(event_id="e2", place_id="region:unknown", place="Somewhere",
                  place_scale="region", lat=40.2, lon=45.9),
            event(event_id="e3", place_id="country:AM", place="Armenia", country="AM",
                  place_scale="country", lat=40.1, lon=45.0),
            event(event_id="e4")]
    page = page_of(rows, geometry_of=lambda pid: outline if pid == "region:karabakh" else None,
                   country_shapes=[("AM", "Armenia", box(43.4, 38.8, 46.6, 41.3))])
    groups = {group[2]: group for group in layers(page)["2020"]}
    shapes = data_blocks(page)["geo-config"]["shapes"]
    karabakh, somewhere, armenia = groups["Karabakh"][4], groups["Somewhere"][4], groups[
        "Armenia"][4]
    assert shapes[karabakh["s"]]["type"] == "Polygon"
    assert somewhere == {"r": mapping.AREA_RADIUS_M["region"]}  # no outline: a circle
    assert shapes[armenia["s"]]["coordinates"][0][0] == [46.6, 38.8]  # the country's shape
    assert groups["Shusha"][4] is None  # a city is a pin


def test_header_counts_articles_events_span_and_unplaced_events():
    rows = [event(event_id="e1", date="2020-09-27"),
            event(event_id="e2", date="2023-09-19", year=2023),
            event(event_id="e3", lat=float("nan"), lon=float("nan"), place_id="", place=""),
            event(event_id="e4", lat=None, lon=None, place_id="", place="")]
    page = page_of(rows, article_count=7)
    header = re.search(r'<div class="geo-panel geo-header".*?</div></div>', page, re.S).group(0)
    assert 'data-articles="7"' in header
    assert 'data-events="4"' in header
    assert 'data-unplaced="2"' in header
    assert "2020-09-27 – 2023-09-19" in header


def test_unplaced_events_are_counted_but_not_drawn():
    rows = [event(event_id="e1"),
            event(event_id="e2", lat=None, lon=None, place_id="", place="", text="Nowhere."),
            event(event_id="e3", lat=123.0, lon=46.0, place_id="bad", place="Bad")]
    page = page_of(rows)
    drawn = [e for groups in layers(page).values() for group in groups for e in group[5]]
    assert len(drawn) == 1
    assert 'data-unplaced="2"' in page


def test_offline_page_loads_nothing_from_the_web():
    page = page_of([event()], country_shapes=[("AZ", "Azerbaijan", box(44.8, 38.4, 50.4, 41.9))])

    class Loads(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[str] = []

        def handle_starttag(self, tag, attrs):
            attributes = dict(attrs)
            if tag in ("script", "img", "iframe") and attributes.get("src"):
                self.found.append(attributes["src"])
            if tag == "link" and attributes.get("href"):
                self.found.append(attributes["href"])

    parser = Loads()
    parser.feed(page)
    assert parser.found == []
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert "url(images/" not in page  # Leaflet's images are inlined as data: URIs
    assert "L.MarkerClusterGroup=" in page  # the plugin is inlined, not linked
    # OpenStreetMap stays a base layer the user may pick, not the one shown at first.
    tile_layer = re.search(r"var (tile_layer_\w+) = L.tileLayer", page).group(1)
    assert f"{tile_layer}.addTo(" not in page


def test_cdn_variant_links_the_libraries_instead_of_inlining_them():
    online = page_of([event()], offline=False)
    offline = page_of([event()])
    assert re.search(r'<script src="https://[^"]+leaflet\.js">', online)
    assert re.search(r'<script src="https://[^"]+markercluster[^"]*\.js">', online)
    assert len(online) < len(offline) / 2


@pytest.mark.parametrize("hostile", [HOSTILE_SCRIPT, HOSTILE_ATTRIBUTE, "`${alert(1)}`",
                                     "</script><script>alert(1)</script>", "a\u2028b\u2029c",
                                     "{{ 7 * 7 }}{% raw %}"])
def test_hostile_text_is_escaped_and_reaches_the_data_intact(hostile):
    text = f"Fighting near Shusha {hostile} ended."
    rows = [event(title=f"Title {hostile}", place=f"Shusha {hostile}", text=text,
                  sub_event_type=hostile)]
    page = page_of(rows, title=f"Corpus {hostile}")
    if "<" in hostile or '"' in hostile:
        assert hostile not in page
    for script in re.findall(r"<script[^>]*>(.*?)</script>", page, re.S):
        assert "\u2028" not in script and "\u2029" not in script
    (group,) = layers(page)["2020"]
    assert group[2] == f"Shusha {hostile}"
    assert group[5][0][6] == text
    config = data_blocks(page)["geo-config"]
    assert config["articles"][0][0] == f"Title {hostile}"
    assert hostile in config["subtypes"]
    header = re.search(r"<h1>(.*?)</h1>", page).group(1)
    assert header == "Corpus " + html.escape(hostile)


def test_template_syntax_in_article_text_is_not_evaluated():
    page = page_of([event(text="Rockets {{ 7 * 7 }} fell near Shusha.", mention_start=None,
                          mention_end=None)])
    assert layers(page)["2020"][0][5][0][6] == "Rockets {{ 7 * 7 }} fell near Shusha."


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
    events = layers(page_of(rows))["2020"][0][5]
    for _, _, _, _, _, _, text, begin, end in events:
        units = text.encode("utf-16-le")
        assert units[2 * begin:2 * end].decode("utf-16-le") == "Shusha"
        assert len(text) <= mapping.MAX_SENTENCE
    assert events[1][6].startswith("…") and events[1][6].endswith("…")


def test_bad_offsets_show_the_sentence_without_a_mark():
    rows = [event(mention_start=40, mention_end=80), event(event_id="e2", mention_start=None,
                                                          mention_end=None)]
    marks = [(e[7], e[8]) for e in layers(page_of(rows))["2020"][0][5]]
    assert marks == [(-1, -1), (-1, -1)]


def test_big_data_blocks_are_gzipped_and_decode_to_the_same_data(monkeypatch):
    rows = [event(event_id=f"e{i}", date=f"2020-10-{i + 1:02d}") for i in range(5)]
    plain = page_of(rows)
    monkeypatch.setattr(mapping, "COMPRESS_ABOVE", 0)
    packed = page_of(rows)
    assert 'data-encoding="gzip"' in packed and 'data-encoding="gzip"' not in plain
    assert data_blocks(packed) == data_blocks(plain)


def test_table_read_back_from_csv_text_builds_the_same_layers():
    rows = [event(event_id="e1"), event(event_id="e2", date="", year=None,
                                        date_precision="unknown", fatalities=3)]
    as_text = pd.DataFrame(rows).astype(object).where(pd.DataFrame(rows).notna(), "")
    as_text = as_text.astype(str)
    assert layers(page_of(rows)) == layers(page_of(as_text.to_dict("records")))


def test_legend_follows_the_style_table_and_keeps_unknown_types():
    rows = [event(event_id="e1", event_type="Protests"), event(event_id="e2"),
            event(event_id="e3", event_type="Ceasefire"),
            event(event_id="e4", lat=None, lon=None, place_id="", place="")]  # not drawn
    page = page_of(rows)
    names = re.findall(r'data-geo-type="\d+">.*?<span>([^<]+)</span>', page)
    assert names == ["Battles", "Protests", "Ceasefire"]
    counts = re.findall(r'<span class="geo-n">(\d+)</span>', page)
    assert counts == ["1", "1", "1"]  # events drawn, as the toggles show and hide them
    types = [t["name"] for t in data_blocks(page)["geo-config"]["types"]]
    assert types == names
    drawn_types = {e[0] for e in layers(page)["2020"][0][5]}
    assert drawn_types == {0, 1, 2}


def test_every_issue_type_has_a_distinct_safe_style():
    issue_types = ["Battles", "Explosions/Remote violence", "Violence against civilians",
                   "Protests", "Riots", "Strategic developments", "Displacement",
                   "Humanitarian", "Diplomacy", "Military exercise"]
    assert sorted(EVENT_STYLES) == sorted(issue_types)
    assert len({(s.colour, s.shape) for s in EVENT_STYLES.values()}) == len(issue_types)
    for style in EVENT_STYLES.values():
        assert re.fullmatch(r"#[0-9a-f]{6}", style.colour)
        assert re.fullmatch(r"[MLHVZaz0-9 .\-]+", SHAPES[style.shape])


def test_empty_table_still_makes_a_page():
    page = page_of([], article_count=0)
    assert layers(page) == {}
    assert 'data-events="0"' in page


def test_write_map_writes_the_rendered_page(tmp_path: Path):
    the_map = build_map(pd.DataFrame([event()]), title="T", article_count=1)
    path = tmp_path / "maps" / "events.html"
    write_map(the_map, path)
    written = path.read_text(encoding="utf-8")
    assert written.startswith("<!DOCTYPE html>")
    assert list(layers(written)) == ["2020"]
    assert [p.name for p in path.parent.iterdir()] == ["events.html"]  # no temporary left
