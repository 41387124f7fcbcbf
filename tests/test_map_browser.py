"""The map in headless Chromium, with the network cut: it must work from disk alone.

Needs the system's chromium (apt-get install chromium) and playwright; skipped otherwise.
Each feature is checked against the table it was built from: what the time window, the
filters, the search, the address and the downloads show must be what the table says.
One page is reloaded for each test (a new browser context costs about a second more).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from geo.mapping import _periods, build_map, write_map

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(shutil.which("chromium") is None,
                       reason="chromium is not installed (apt-get install chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
HOSTILE = "<script>alert(1)</script> `${alert(2)}` \" onerror=\"alert(3)"
HOSTILE_PLACE = "<img src=x onerror=alert(5)>"
AZ_FORCES, AM_FORCES = "Military Forces of Azerbaijan", "Military Forces of Armenia"
PLACES = {  # name: (lat, lon, country)
    "Khankendi": (39.8153, 46.7519, "AZ"), "Shusha": (39.7583, 46.7486, "AZ"),
    "Hadrut": (39.5200, 47.0300, "AZ"), "Lachin": (39.6400, 46.5500, "AZ"),
    "Goris": (39.5111, 46.3417, "AM"), "Yerevan": (40.1811, 44.5136, "AM"),
    "Tartar": (40.3419, 46.9300, "AZ"), "Ganja": (40.6828, 46.3606, "AZ"),
    "Martakert": (40.2100, 46.8100, "AZ"), "Fuzuli": (39.6000, 47.1400, "AZ"),
    "Washington": (38.8951, -77.0364, "US"),
    HOSTILE_PLACE: (40.5500, 44.9500, "AM"),
}


def _event(number: int, place: str, date: str, event_type: str, text: str, **fields) -> dict:
    lat, lon, country = PLACES.get(place, (None, None, ""))
    written = fields.pop("written", place)
    start = text.find(written)
    row = {
        "article": f"a{number % 4}", "event_id": f"e{number}",
        "title": f"Report {number % 4}", "url": f"https://news.example/{number % 4}",
        "source_path": f"a{number % 4}.txt", "date": date,
        "year": int(date[:4]) if date else None,
        "date_precision": {10: "day", 7: "month", 4: "year"}.get(len(date), "unknown"),
        "event_type": event_type, "sub_event_type": "", "place_id": f"test:{place}",
        "place": place, "lat": lat, "lon": lon, "country": country, "place_scale": "city",
        "geo_precision": 1, "place_as_written": written,
        "fatalities": None, "text": text, "mention_start": start if start >= 0 else None,
        "mention_end": start + len(written) if start >= 0 else None,
        "actor1": "", "actor2": "", "incident_id": f"inc-{number}",
    }
    row.update(fields)
    return row


def _table() -> pd.DataFrame:
    rows = [
        _event(1, "Khankendi", "2020-09-27", "Explosions/Remote violence",
               "Shells hit Stepanakert at dawn.", written="Stepanakert",
               actor1=AZ_FORCES, actor2="Civilians (Armenia)"),
        _event(2, "Khankendi", "2020-10-04", "Explosions/Remote violence",
               "Rockets fell on Stepanakert again.", written="Stepanakert", actor1=AZ_FORCES),
        _event(3, "Shusha", "2020-11-08", "Battles", f"Fighting for Shusha {HOSTILE}.",
               title=f"Hostile {HOSTILE}", url="javascript:alert(4)", fatalities=12,
               actor1=AZ_FORCES, actor2=AM_FORCES),
        _event(4, "Hadrut", "2020-10-09", "Battles", "Troops entered Hadrut.",
               actor1=AZ_FORCES, actor2=AM_FORCES, fatalities=3),
        _event(5, "Tartar", "2020-10", "Explosions/Remote violence", "Tartar was shelled.",
               actor1=AM_FORCES, date_precision="month"),
        _event(6, "Ganja", "2020-10-11", "Violence against civilians", "A strike in Ganja.",
               actor1=AM_FORCES, actor2="Civilians (Azerbaijan)", fatalities=9),
        _event(7, "Goris", "2020-10-25", "Displacement", "Families reached Goris."),
        _event(8, "Karabakh", "2020-10-01", "Humanitarian", "Aid for Karabakh.",
               lat=39.9, lon=46.7, place_scale="region", country="AZ"),
        _event(9, "Goris", "2023-09-26", "Displacement", "Refugees crowded Goris."),
        _event(10, "Lachin", "2023-09-28", "Displacement", "Cars queued on the Lachin road."),
        _event(11, "Khankendi", "2023-09-19", "Battles", "Shelling near Stepanakerd.",
               written="Stepanakerd", actor1=AZ_FORCES),
        _event(12, "Martakert", "2023-09-20", "Strategic developments",
               "Martakert was handed over."),
        _event(13, "Yerevan", "2021-05-12", "Protests", "Protesters marched in Yerevan.",
               actor1="Protesters (Armenia)"),
        _event(14, "Fuzuli", "", "Strategic developments", "Drills were held near Fuzuli."),
        _event(15, "Nowhere", "2020-10-10", "Battles", "Fighting somewhere."),  # not placed
        _event(16, HOSTILE_PLACE, "2021-06-01", "Protests", f"A rally in {HOSTILE_PLACE}."),
        # A second article's report of incident 1: one incident, two reports.
        _event(17, "Khankendi", "2020-09-27", "Explosions/Remote violence",
               "Azerbaijani shelling of Stepanakert killed two.", written="Stepanakert",
               article="a9", title="Report 9", url="https://news.example/9",
               source_path="a9.txt", fatalities=2, incident_id="inc-1", actor1=AZ_FORCES),
        # Far away: the first view must not be stretched to hold it.
        _event(18, "Washington", "2020-10-26", "Diplomacy", "Talks were held in Washington.",
               actor1="Government of United States"),
    ]
    return pd.DataFrame(rows)


def _country_shapes() -> list:
    from geo.gazetteer_base import country_outlines

    return [(iso2, name, shape) for iso2, (name, shape) in country_outlines().items()
            if iso2 in {"AM", "AZ", "GE", "IR", "TR", "RU", "US"}]


# --- what the table says ---------------------------------------------------------------

def shown_ids(table: pd.DataFrame, *, mode: str = "incidents", window=None, types=None,
              actors=None, minimum: int = 0, years=None) -> set[str]:
    """The events the page must show: placed, and passing every filter; in incidents mode
    every report of an incident one of whose reports passes (this table's incidents agree
    on date, type and place)."""
    rows = table[table["lat"].notna()].copy()
    start, end = _periods(rows["date"], rows["year"])
    keep = np.ones(len(rows), dtype=bool)
    if window is not None:
        keep &= (start >= window[0]) & (end <= window[1])
    if types is not None:
        keep &= rows["event_type"].isin(types).to_numpy()
    if years is not None:
        labels = rows["year"].map(lambda y: "undated" if pd.isna(y) else str(int(y)))
        keep &= labels.isin(years).to_numpy()
    passing = rows[keep]
    if mode == "incidents":
        group = rows.groupby("incident_id")
        if actors is not None:
            named = group.apply(lambda g: bool(set(g["actor1"]) | set(g["actor2"])) and bool(
                (set(g["actor1"]) | set(g["actor2"])) & set(actors)), include_groups=False)
            passing = passing[passing["incident_id"].map(named)]
        if minimum:
            most = group["fatalities"].max()
            passing = passing[passing["incident_id"].map(most).fillna(-1) >= minimum]
        incidents = set(passing["incident_id"])
        return set(table.loc[table["incident_id"].isin(incidents), "event_id"])
    if actors is not None:
        passing = passing[passing["actor1"].isin(actors) | passing["actor2"].isin(actors)]
    if minimum:
        passing = passing[passing["fatalities"].fillna(-1) >= minimum]
    return set(passing["event_id"])


def incident_count(table: pd.DataFrame, ids: set[str]) -> int:
    return table.loc[table["event_id"].isin(ids), "incident_id"].nunique()


def by_year(table: pd.DataFrame, ids: set[str]) -> dict[str, int]:
    rows = table[table["event_id"].isin(ids) & table["lat"].notna()].drop_duplicates(
        "incident_id")
    labels = rows["year"].map(lambda y: "undated" if pd.isna(y) else str(int(y)))
    return labels.value_counts().to_dict()


def day(iso: str) -> int:
    return int((pd.Timestamp(iso) - pd.Timestamp("1970-01-01")) / pd.Timedelta(days=1))


# --- the page --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return _table()


@pytest.fixture(scope="module")
def map_path(table: pd.DataFrame, tmp_path_factory) -> Path:
    from shapely.geometry import box

    path = tmp_path_factory.mktemp("map") / "events.html"
    the_map = build_map(table, title="Nagorno-Karabakh (test corpus)", article_count=5,
                        geometry_of=lambda pid: box(46.3, 39.3, 47.2, 40.3)
                        if pid == "test:Karabakh" else None,
                        country_shapes=_country_shapes())
    write_map(the_map, path)
    return path


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"),
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visit:
    """A page with the network cut, and everything it tried that it should not have."""

    def __init__(self, browser, target: Path | str, expected: int | None = None,
                 viewport=(1100, 750)) -> None:
        # `expected` (the events a caller expects drawn) is accepted for callers written
        # before the page said when it is ready; the page's own `isReady` is waited for.
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": viewport[0],
                                                     "height": viewport[1]},
                                           accept_downloads=True)
        self.page = self.context.new_page()
        self.page.on("request", self._request)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.route("**/*", lambda route: route.continue_()
                        if route.request.url.startswith(("file:", "data:", "blob:"))
                        else route.abort())
        self.open(target)

    def open(self, target: Path | str) -> None:
        """Loads the page afresh, by way of a blank page so that the same address reloads."""
        url = target.as_uri() if isinstance(target, Path) else target
        self.requests.clear()
        self.errors.clear()
        self.dialogs.clear()
        if self.page.url != "about:blank":
            self.page.goto("about:blank")
        self.page.goto(url)
        self.page.wait_for_function("window.geoMap && geoMap.isReady", timeout=20_000)

    def _request(self, request) -> None:
        if not request.url.startswith(("file:", "data:", "blob:")):
            self.requests.append(request.url)

    def close(self) -> None:
        self.context.close()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def drawn(self) -> dict[str, int]:
        return {k: v for k, v in self.js("geoMap.drawn()").items() if v}

    def shown_ids(self) -> set[str]:
        return set(self.js("geoMap.loadSentences().then(() => geoMap.shownEvents()"
                           ".map((i) => geoMap.sentences.id[i]))"))

    def icon_counts(self) -> int:
        """Items shown by marker and cluster icons in the marker pane."""
        return self.js("[...document.querySelectorAll('.leaflet-marker-pane [data-count]')]"
                       ".reduce((sum, e) => sum + Number(e.dataset.count), 0)")

    def header_count(self) -> int:
        return int(self.page.locator("#geo-shown").inner_text().replace(",", ""))

    def timeline_count(self) -> int:
        return int(self.page.locator("#geo-tl-count").inner_text().replace(",", ""))

    def window(self):
        return self.js("geoMap.state.window")

    def settle(self) -> None:
        """Waits until what a change asked for is drawn: two frames (a drag redraws on the
        next one)."""
        self.js("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame("
                "() => setTimeout(done))))")

    def wait_for_address(self, *parts: str) -> None:
        """Waits until the address holds `parts` (it is written a moment after a change)."""
        self.page.wait_for_function("(parts) => parts.every((p) => location.hash.includes(p))",
                                    arg=list(parts), timeout=5000)

    def fit_all(self) -> None:
        """A view holding every event drawn, so that every marker is in the marker pane."""
        self.js("void geoMap.map.fitBounds([[38.5, -80], [42, 48]], {animate: false})")
        self.settle()

    def marker_centre(self, place: str) -> tuple[float, float]:
        """Zoom in on a place (its label, or its gazetteer name) until its marker stands
        alone; where it is on the screen."""
        box = self.js("""(place) => new Promise((done, fail) => {
            const places = geoMap.data.places;
            let p = places.label.indexOf(place);
            if (p < 0) p = places.names.findIndex((names) => names[0] === place);
            if (p < 0) return fail(new Error("no place " + place));
            geoMap.map.setView([geoMap.data.places.lat[p], geoMap.data.places.lon[p]], 13,
              {animate: false});
            setTimeout(() => {
              const icon = document.querySelector('.geo-marker[data-place="' + p + '"]');
              if (!icon) return fail(new Error("no marker for " + place));
              const r = icon.getBoundingClientRect();
              done({x: r.x + r.width / 2, y: r.y + r.height / 2});
            }, 200);
        })""", place)
        return box["x"], box["y"]

    def open_popup_of(self, place: str, year_label: str | None = None) -> None:
        """Opens the popup of a place's marker (which shows every year shown: `year_label`,
        which callers written for markers per year give, changes nothing)."""
        self.page.mouse.click(*self.marker_centre(place))
        self.page.wait_for_selector(".leaflet-popup-content .geo-popup .geo-place")

    def track_x(self, day_number: int) -> tuple[float, float]:
        """Where a day is on the timeline's bars, on the screen."""
        box = self.page.locator(".geo-tl-track").bounding_box()
        x = self.js(f"geoMap.timeline.xOf({day_number})")
        return box["x"] + x, box["y"] + 30


@pytest.fixture(scope="module")
def shared_visit(browser, map_path):
    visit = Visit(browser, map_path)
    yield visit
    visit.close()


@pytest.fixture()
def visit(shared_visit, map_path):
    shared_visit.open(map_path)
    return shared_visit


# --- loading, offline, layers ------------------------------------------------------------

def test_map_works_offline_with_no_error_and_no_request(visit):
    assert visit.errors == []
    assert visit.requests == []


def test_layer_control_in_the_side_panel_lists_years_newest_first(visit):
    labels = visit.page.locator("#geo-side .leaflet-control-layers-overlays label")
    names = [label.locator("span span").first.inner_text().strip()
             for label in labels.all()]
    assert names == ["2023", "2021", "2020", "undated"]
    bases = visit.page.locator("#geo-side .leaflet-control-layers-base label").all_inner_texts()
    assert [label.strip() for label in bases] == ["Offline map (borders, towns)",
                                                  "OpenStreetMap (online)"]


def test_incidents_drawn_per_year_equal_the_table(visit, table):
    ids = shown_ids(table)
    assert visit.drawn() == by_year(table, ids)
    assert visit.header_count() == incident_count(table, ids) == visit.timeline_count()
    visit.fit_all()
    areas = visit.page.locator("path.geo-area").count()
    assert areas == 1  # Karabakh, known only as a region
    assert visit.icon_counts() == incident_count(table, ids) - 1
    assert visit.shown_ids() == ids


def test_first_view_holds_the_war_not_the_far_away_statement(visit):
    bounds = visit.js("geoMap.map.getBounds().toBBoxString()").split(",")
    west, south, east, north = map(float, bounds)
    for place in ("Khankendi", "Goris", "Martakert", "Yerevan"):
        lat, lon, _ = PLACES[place]
        assert south <= lat <= north and west <= lon <= east, place
    assert west > -60  # Washington is not in it
    assert visit.js("geoMap.map.getZoom()") >= 6


def test_unticking_a_year_hides_it_on_the_map_the_timeline_and_every_count(visit, table):
    visit.page.locator("#geo-side .leaflet-control-layers-overlays label",
                       has_text="2020").locator("input").uncheck()
    visit.settle()
    ids = shown_ids(table, years=["2021", "2023", "undated"])
    assert visit.drawn() == by_year(table, ids)
    assert visit.header_count() == visit.timeline_count() == incident_count(table, ids)
    in_2020 = visit.js(f"Array.from(geoMap.counts.days.slice({day('2020-01-01')} - "
                       f"geoMap.counts.first, {day('2021-01-01')} - geoMap.counts.first))"
                       ".reduce((a, b) => a + b, 0)")
    assert in_2020 == 0
    visit.page.locator("#geo-side .leaflet-control-layers-overlays label",
                       has_text="2020").locator("input").check()
    visit.settle()
    assert visit.drawn() == by_year(table, shown_ids(table))


# --- filters and counts ------------------------------------------------------------------

def counts_on_page(visit) -> dict:
    return visit.js("""(() => {
        const facet = (name) => Object.fromEntries([...document.querySelectorAll(
          '[data-facet="' + name + '"] .geo-option')].map((row) => [row.dataset.name,
          Number(row.querySelector('.geo-n').textContent.replace(/,/g, ''))]));
        const years = [...document.querySelectorAll('.leaflet-control-layers-overlays label')]
          .map((label) => Number(label.querySelector('.geo-n').textContent));
        return {types: facet('types'), years: years.reduce((a, b) => a + b, 0)};
    })()""")


def test_a_type_filter_updates_every_count(visit, table):
    visit.page.locator('[data-facet="types"] label', has_text="Battles").locator(
        "input").uncheck()
    visit.settle()
    kept = [t for t in table["event_type"].unique() if t != "Battles"]
    ids = shown_ids(table, types=kept)
    expected = incident_count(table, ids)
    counts = counts_on_page(visit)
    assert visit.header_count() == expected
    assert visit.timeline_count() == expected
    assert counts["years"] == expected
    shown_types = {name: n for name, n in counts["types"].items() if name != "Battles"}
    assert sum(shown_types.values()) == expected
    assert counts["types"]["Battles"] == incident_count(table, shown_ids(table,
                                                                         types=["Battles"]))
    visit.fit_all()
    assert visit.icon_counts() + visit.js("geoMap.counts.place.reduce((a, n, p) => a + "
                                          "(geoMap.data.placeArea[p] ? n : 0), 0)") == expected
    assert visit.shown_ids() == ids


def test_only_one_actor_shows_the_events_either_of_whose_actors_it_is(visit, table):
    visit.page.locator('[data-facet="actors"] summary').click()
    row = visit.page.locator('[data-facet="actors"] label', has_text=AM_FORCES)
    row.hover()
    row.locator(".geo-only").click()
    visit.settle()
    ids = shown_ids(table, actors=[AM_FORCES])
    assert visit.shown_ids() == ids
    assert visit.header_count() == incident_count(table, ids) == visit.timeline_count()
    assert visit.page.locator('[data-facet="actors"] label', has_text=AM_FORCES).locator(
        ".geo-n").inner_text() == str(incident_count(table, ids))


def test_fatalities_filter_and_marker_size_switch(visit, table):
    visit.page.locator('[data-facet="fatalities"] summary').click()
    visit.page.locator('[data-facet="fatalities"] label', has_text="10 or more").click()
    visit.settle()
    ids = shown_ids(table, minimum=10)
    assert visit.shown_ids() == ids == {"e3"}
    assert visit.header_count() == 1
    visit.page.locator('[data-facet="fatalities"] label', has_text="Any").click()
    visit.settle()
    visit.js("void geoMap.map.setView([40.1, 46.3], 8, {animate: false})")
    visit.settle()
    sizes = "Object.fromEntries([...document.querySelectorAll('.geo-marker')].map((m) => " \
            "[geoMap.data.places.label[m.dataset.place], m.querySelector('svg').getAttribute(" \
            "'width')]))"
    by_count = visit.js(sizes)
    visit.page.locator(".geo-size-switch input").check()
    visit.settle()
    by_toll = visit.js(sizes)
    assert int(by_toll["Ganja"]) > int(by_count["Ganja"])  # 9 killed, one incident
    assert int(by_toll["Goris"]) < int(by_count["Goris"])  # none killed
    visit.wait_for_address("size=fatalities")


# --- time --------------------------------------------------------------------------------

def test_dragging_the_time_window_shows_what_the_table_has_in_it(visit, table):
    start, end = visit.track_x(day("2020-10-01")), visit.track_x(day("2020-10-31"))
    visit.page.mouse.move(*start)
    visit.page.mouse.down()
    visit.page.mouse.move(start[0] + 20, start[1], steps=3)
    visit.page.mouse.move(*end, steps=5)
    visit.page.mouse.up()
    visit.settle()
    window = visit.window()
    assert abs(window[0] - day("2020-10-01")) <= 7 and abs(window[1] - day("2020-10-31")) <= 7
    ids = shown_ids(table, window=window)
    assert visit.shown_ids() == ids
    assert visit.header_count() == incident_count(table, ids) == visit.timeline_count()

    # Moving it by its body, then widening it by its right edge.
    body = visit.page.locator(".geo-tl-window").bounding_box()
    middle = (body["x"] + body["width"] / 2, body["y"] + body["height"] / 2)
    shift = visit.js(f"geoMap.timeline.xOf({day('2023-08-25')}) - "
                     f"geoMap.timeline.xOf({window[0]})")
    visit.page.mouse.move(*middle)
    visit.page.mouse.down()
    visit.page.mouse.move(middle[0] + shift, middle[1], steps=8)
    visit.page.mouse.up()
    visit.settle()
    moved = visit.window()
    assert moved[1] - moved[0] == window[1] - window[0]
    assert abs(moved[0] - day("2023-08-25")) <= 10
    assert visit.shown_ids() == shown_ids(table, window=moved)

    handle = visit.page.locator(".geo-tl-handle-right").bounding_box()
    grip = (handle["x"] + handle["width"] / 2, handle["y"] + handle["height"] / 2)
    visit.page.mouse.move(*grip)
    visit.page.mouse.down()
    visit.page.mouse.move(grip[0] + 40, grip[1], steps=5)
    visit.page.mouse.up()
    visit.settle()
    wider = visit.window()
    assert wider[0] == moved[0] and wider[1] > moved[1]
    assert visit.shown_ids() == shown_ids(table, window=wider)
    assert visit.drawn() == by_year(table, shown_ids(table, window=wider))
    visit.wait_for_address("from=", "to=")


def test_play_advances_the_window_and_the_markers_follow(visit, table):
    visit.js(f"geoMap.timeline.view = [{day('2020-09-20')}, {day('2020-11-20')}];"
             f"geoMap.setWindow([{day('2020-09-27')}, {day('2020-10-03')}])")
    visit.settle()
    first = visit.window()
    assert visit.shown_ids() == shown_ids(table, window=first)
    visit.page.locator(".geo-tl-speed").select_option("4")
    visit.page.locator(".geo-tl-play").click()
    visit.page.wait_for_function(f"geoMap.state.window[0] >= {first[0] + 2}", timeout=8000)
    visit.page.locator(".geo-tl-play").click()  # pause
    later = visit.window()
    assert later[1] - later[0] == first[1] - first[0]
    assert later[0] > first[0]
    assert visit.shown_ids() == shown_ids(table, window=later)
    assert visit.header_count() == incident_count(table, shown_ids(table, window=later))
    visit.page.wait_for_timeout(500)  # two steps at 4x
    assert visit.window() == later  # paused


def test_clicking_a_year_bar_makes_it_the_window_and_fills_the_timeline(visit, table):
    visit.js("geoMap.timeline.view = geoMap.timeline.fullView(); geoMap.timeline.draw()")
    assert visit.js("geoMap.timeline.unit()") in ("week", "month")
    visit.js("geoMap.timeline.zoom(4, 0.5)")  # out: years
    x, y = visit.track_x(day("2023-06-01"))
    unit = visit.js("geoMap.timeline.unit()")
    visit.page.mouse.click(x, y)
    visit.settle()
    window = visit.window()
    if unit == "year":
        assert window == [day("2023-01-01"), day("2023-09-28")]  # the year, to the last date
    assert visit.shown_ids() == shown_ids(table, window=window)
    assert visit.js("geoMap.timeline.unit()") in ("day", "week")


# --- find, cite, take away ---------------------------------------------------------------

def test_search_finds_a_place_by_any_name_and_flies_to_it(visit):
    search = visit.page.locator("#geo-search")
    search.fill("stepanakerd")
    results = visit.page.locator("#geo-search-results li")
    assert results.first.inner_text().startswith("Stepanakert (Khankendi)")
    search.fill("khank")
    assert results.first.inner_text().startswith("Stepanakert (Khankendi)")
    search.press("Enter")
    lat, lon, _ = PLACES["Khankendi"]
    visit.page.wait_for_function(
        f"Math.abs(geoMap.map.getCenter().lat - {lat}) < 0.01 && "
        f"Math.abs(geoMap.map.getCenter().lng - {lon}) < 0.01 && geoMap.map.getZoom() >= 11",
        timeout=8000)
    popup = visit.page.locator(".leaflet-popup-content .geo-popup")
    popup.wait_for()
    assert popup.locator(".geo-place").inner_text() == "Stepanakert (Khankendi)"
    assert visit.errors == []


def test_a_copied_address_restores_the_view(visit, browser, map_path, table):
    visit.page.locator('[data-facet="types"] label', has_text="Displacement").locator(
        "input").uncheck()
    visit.js(f"geoMap.setWindow([{day('2020-09-01')}, {day('2020-12-31')}])")
    visit.js("void geoMap.map.setView([39.8, 46.8], 9, {animate: false})")
    visit.page.locator('[data-facet="mode"] label', has_text="Reports").click()
    visit.page.wait_for_function("location.hash.includes('show=reports') && "
                                 "location.hash.includes('at=9/')")
    visit.page.locator("#geo-copy-link").click()
    address = visit.page.url
    state = "[geoMap.state.window, [...geoMap.state.hiddenTypes], geoMap.mode, " \
            "geoMap.map.getZoom(), geoMap.counts.total, geoMap.map.getCenter()]"
    before = visit.js(state)
    again = Visit(browser, address)
    try:
        after = again.js(state)
        assert after[:5] == before[:5]
        assert abs(after[5]["lat"] - before[5]["lat"]) < 0.005  # a pixel at zoom 9
        assert abs(after[5]["lng"] - before[5]["lng"]) < 0.005
        assert again.shown_ids() == visit.shown_ids()
        kept = [t for t in table["event_type"].unique() if t != "Displacement"]
        assert again.shown_ids() == shown_ids(table, mode="reports", types=kept,
                                              window=before[0])
        assert again.page.locator('[data-facet="types"] label', has_text="Displacement")\
            .locator("input").is_checked() is False
        assert again.errors == []
    finally:
        again.close()


def test_downloads_hold_exactly_the_events_shown(visit, table):
    visit.js(f"geoMap.setWindow([{day('2020-09-01')}, {day('2020-10-31')}])")
    visit.settle()
    expected = shown_ids(table, window=visit.window())
    with visit.page.expect_download() as info:
        visit.page.locator("#geo-download-csv").click()
    download = info.value
    assert download.suggested_filename == "events-shown.csv"
    text = Path(download.path()).read_bytes().decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert {row["event_id"] for row in rows} == expected
    assert len(rows) == len(expected)
    shells = next(row for row in rows if row["event_id"] == "e17")
    assert shells["place"] == "Khankendi" and shells["place_as_written"] == "Stepanakert"
    assert shells["incident_id"] == "inc-1" and shells["fatalities"] == "2"
    with visit.page.expect_download() as info:
        visit.page.locator("#geo-download-geojson").click()
    collection = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert {f["properties"]["event_id"] for f in collection["features"]} == expected
    point = next(f for f in collection["features"] if f["properties"]["event_id"] == "e4")
    assert point["geometry"]["coordinates"] == [PLACES["Hadrut"][1], PLACES["Hadrut"][0]]
    assert visit.requests == []


def test_download_keeps_hostile_text_as_data_and_defuses_formulas(visit, tmp_path):
    rows = [_event(1, "Shusha", "2020-10-01", "Battles", "=HYPERLINK(\"x\") near Shusha",
                   title="@SUM(1)"),
            _event(2, "Goris", "2020-10-02", "Battles", f"{HOSTILE} in Goris")]
    path = tmp_path / "events.html"
    write_map(build_map(pd.DataFrame(rows), title="t", article_count=1,
                        towns=pd.DataFrame(columns=["name", "lat", "lon", "population",
                                                    "country", "admin1"])), path)
    visit.open(path)
    text = visit.js("geoMap.exportText('csv')")
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert parsed[0]["text"] == "'=HYPERLINK(\"x\") near Shusha"
    assert parsed[0]["title"] == "'@SUM(1)"
    assert parsed[1]["text"] == f"{HOSTILE} in Goris"
    assert visit.dialogs == []


# --- incidents and names -----------------------------------------------------------------

def test_an_incident_told_by_two_articles_is_one_marker_with_both_quotes(visit, table):
    visit.js(f"geoMap.setWindow([{day('2020-09-27')}, {day('2020-09-27')}])")
    visit.settle()
    assert visit.header_count() == 1
    assert "(2 reports)" in visit.page.locator("#geo-shown-reports").inner_text()
    visit.open_popup_of("Stepanakert (Khankendi)")
    popup = visit.page.locator(".leaflet-popup-content")
    assert popup.locator(".geo-place").inner_text() == "Stepanakert (Khankendi)"
    assert popup.locator(".geo-reported").inner_text() == "reported by 2 articles"
    assert popup.locator(".geo-quotes > li").count() == 2
    assert "2 fatalities" in popup.locator(".geo-meta").inner_text()
    assert popup.locator("mark").first.inner_text() == "Stepanakert"
    visit.page.locator('[data-facet="mode"] label', has_text="Reports").click()
    visit.settle()
    assert visit.header_count() == 2
    assert visit.drawn() == {"2020": 2}


def test_a_place_written_otherwise_says_so_in_its_report(visit):
    visit.js(f"geoMap.setWindow([{day('2023-09-19')}, {day('2023-09-19')}])")
    visit.settle()
    visit.open_popup_of("Stepanakert (Khankendi)")
    source = visit.page.locator(".leaflet-popup-content .geo-source").inner_text()
    assert "written “Stepanakerd”" in source


# --- layout ------------------------------------------------------------------------------

def overlaps(a: dict, b: dict) -> bool:
    return (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"])


def test_a_popup_at_the_right_edge_is_never_under_a_panel(visit):
    visit.js("""(() => {
        const p = geoMap.data.places.label.indexOf('Ganja');
        const map = geoMap.map;
        map.setView([geoMap.data.places.lat[p], geoMap.data.places.lon[p]], 12,
          {animate: false});
        const size = map.getSize();
        map.panBy([-(size.x / 2 - 12), size.y / 2 - 30], {animate: false});
    })()""")
    visit.settle()
    ganja = visit.js("geoMap.data.places.label.indexOf('Ganja')")
    icon = visit.page.locator(f'.geo-marker[data-place="{ganja}"]').bounding_box()
    assert icon["x"] > visit.page.locator(".folium-map").bounding_box()["x"] + 600
    visit.page.mouse.move(icon["x"] + icon["width"] / 2, icon["y"] + icon["height"] / 2)
    visit.page.locator(".leaflet-tooltip").wait_for()
    visit.page.mouse.click(icon["x"] + icon["width"] / 2, icon["y"] + icon["height"] / 2)
    visit.page.wait_for_selector(".leaflet-popup-content .geo-place")
    visit.page.wait_for_timeout(600)  # the map pans the popup into view
    assert visit.page.locator(".leaflet-tooltip").count() == 0  # closed by the popup
    popup = visit.page.locator(".leaflet-popup").bounding_box()
    the_map = visit.page.locator(".folium-map").bounding_box()
    assert popup["x"] >= the_map["x"] and popup["y"] >= the_map["y"]
    assert popup["x"] + popup["width"] <= the_map["x"] + the_map["width"]
    assert popup["y"] + popup["height"] <= the_map["y"] + the_map["height"]
    for panel in ("#geo-side", "#geo-header", "#geo-timeline"):
        assert not overlaps(popup, visit.page.locator(panel).bounding_box()), panel


def test_panels_collapse_and_the_map_takes_their_room(visit):
    width = visit.page.locator(".folium-map").bounding_box()["width"]
    visit.page.locator("#geo-side-toggle").click()
    visit.settle()
    assert visit.page.locator("#geo-side").is_hidden()
    assert visit.page.locator(".folium-map").bounding_box()["width"] > width + 200
    height = visit.page.locator(".folium-map").bounding_box()["height"]
    visit.page.locator(".geo-tl-toggle").click()
    visit.settle()
    assert visit.page.locator(".geo-tl-body").is_hidden()
    assert visit.page.locator(".folium-map").bounding_box()["height"] > height + 40
    assert abs(visit.js("geoMap.map.getSize().y")
               - visit.page.locator(".folium-map").bounding_box()["height"]) <= 1


def test_on_a_phone_the_map_fills_the_screen_and_the_filters_open_over_it(browser, map_path):
    phone = Visit(browser, map_path.as_uri(), viewport=(390, 844))
    try:
        page = phone.page
        assert page.locator("#geo-side").is_hidden()
        the_map = page.locator(".folium-map").bounding_box()
        assert the_map["width"] == 390 and the_map["height"] >= 0.55 * 844
        for part in ("#geo-header", "#geo-timeline"):
            box = page.locator(part).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390, part
        page.locator("#geo-side-toggle").click()
        side = page.locator("#geo-side").bounding_box()
        assert side["width"] <= 0.9 * 390 and side["x"] >= 0
        page.mouse.click(380, the_map["y"] + 200)  # a tap on the map beside them
        assert page.locator("#geo-side").is_hidden()
        page.locator("#geo-side-toggle").click()
        page.locator("#geo-search").fill("Ganja")
        page.locator("#geo-search").press("Enter")
        page.wait_for_selector(".leaflet-popup-content .geo-place")
        assert page.locator("#geo-side").is_hidden()  # a popup closes the filters
        page.wait_for_timeout(500)
        popup = page.locator(".leaflet-popup").bounding_box()
        assert popup["x"] >= 0 and popup["x"] + popup["width"] <= 390
        assert phone.errors == []
    finally:
        phone.close()


# --- the base map ----------------------------------------------------------------------

def test_offline_base_map_names_towns_and_draws_divisions_when_zoomed_in(visit):
    visit.js("void geoMap.map.setView([39.8, 46.75], 9, {animate: false})")
    visit.page.wait_for_timeout(400)
    drawn = visit.js("""(() => {
        const canvas = document.querySelector('canvas.geo-labels');
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
        return ink;
    })()""")
    assert drawn > 2000  # names, not a blank area
    basemap = visit.js("""(() => {
        const data = geoEventMap.basemapData;
        return {towns: data.towns.map((town) => town[2]), places: data.places.map((p) => p[2]),
                divisions: data.divisions && data.divisions.lines.type};
    })()""")  # the names only: the whole of it is slow to bring over
    assert "Sisian" in basemap["towns"]
    # The events' towns are named as the articles wrote them, not as GeoNames does.
    assert "Stepanakert" in basemap["places"] and "Khankendi" not in basemap["towns"]
    assert basemap["divisions"] in ("MultiLineString", "LineString")
    visit.page.locator("#geo-side .leaflet-control-layers-base label",
                       has_text="OpenStreetMap").locator("input").check()
    visit.settle()
    assert visit.page.locator("canvas.geo-labels").count() == 0
    visit.wait_for_address("base=osm")


# --- hostile text --------------------------------------------------------------------------

def test_popup_shows_hostile_text_as_text_and_runs_nothing(visit):
    visit.open_popup_of("Shusha")
    popup = visit.page.locator(".leaflet-popup-content")
    assert HOSTILE in popup.locator(".geo-sentence").inner_text()
    assert popup.locator("mark").inner_text() == "Shusha"
    assert "12 fatalities" in popup.inner_text()
    assert popup.locator("script, img, [onerror]").count() == 0
    # The article's URL is javascript:, so the source links to the file instead.
    href = popup.locator(".geo-source a").get_attribute("href")
    assert href == "a3.txt"
    assert f"Hostile {HOSTILE}" in popup.locator(".geo-source").inner_text()
    visit.page.wait_for_timeout(200)
    assert visit.dialogs == []
    assert visit.errors == []


def test_tooltip_shows_place_date_and_type(visit):
    visit.page.mouse.move(*visit.marker_centre("Shusha"))
    tooltip = visit.page.locator(".leaflet-tooltip")
    tooltip.wait_for()
    assert tooltip.inner_text() == "Shusha · 8 November 2020 · Battles"


def test_hostile_place_name_shows_as_text_in_tooltip_search_and_popup(visit):
    visit.page.mouse.move(*visit.marker_centre(HOSTILE_PLACE))
    tooltip = visit.page.locator(".leaflet-tooltip")
    tooltip.wait_for()
    assert tooltip.inner_text() == f"{HOSTILE_PLACE} · 1 June 2021 · Protests"
    visit.open_popup_of(HOSTILE_PLACE)
    popup = visit.page.locator(".leaflet-popup-content")
    assert popup.locator(".geo-place").inner_text() == HOSTILE_PLACE
    visit.page.locator("#geo-search").fill("<img")
    assert visit.page.locator("#geo-search-results li").first.inner_text().startswith(
        HOSTILE_PLACE)
    assert visit.page.locator(".leaflet-tooltip img, .leaflet-popup img, "
                              "#geo-search-results img").count() == 0
    visit.page.wait_for_timeout(200)
    assert visit.dialogs == []
    assert visit.requests == []
    assert visit.errors == []


def test_a_hostile_address_opens_no_dialog(visit, map_path):
    hostile = map_path.as_uri() + "#at=9/39.8/46.7&types=%3Cimg%20src%3Dx%20onerror%3D" \
                                  "alert(1)%3E&from=<script>alert(2)</script>"
    visit.open(hostile)
    visit.settle()
    assert visit.dialogs == []
    assert visit.errors == []
    assert visit.page.locator("img[src=x]").count() == 0
    assert visit.js("geoMap.map.getZoom()") == 9  # the rest of the address still read
