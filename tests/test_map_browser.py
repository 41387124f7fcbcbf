"""The map in headless Chromium, with the network cut: it must work from disk alone.

Needs the system's chromium (apt-get install chromium) and playwright; skipped otherwise.
Leaves a screenshot of the test map in maps/screenshot.png.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from geo.mapping import build_map, write_map

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(shutil.which("chromium") is None,
                       reason="chromium is not installed (apt-get install chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "maps" / "screenshot.png"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
HOSTILE = "<script>alert(1)</script> `${alert(2)}` \" onerror=\"alert(3)"
HOSTILE_PLACE = "<img src=x onerror=alert(5)>"
PLACES = {  # name: (lat, lon, country)
    "Stepanakert": (39.8153, 46.7519, "AZ"), "Shusha": (39.7583, 46.7486, "AZ"),
    "Hadrut": (39.5200, 47.0300, "AZ"), "Lachin": (39.6400, 46.5500, "AZ"),
    "Goris": (39.5111, 46.3417, "AM"), "Yerevan": (40.1811, 44.5136, "AM"),
    "Tartar": (40.3419, 46.9300, "AZ"), "Ganja": (40.6828, 46.3606, "AZ"),
    "Martakert": (40.2100, 46.8100, "AZ"), "Fuzuli": (39.6000, 47.1400, "AZ"),
    HOSTILE_PLACE: (40.5500, 44.9500, "AM"),
}


def _event(number: int, place: str, date: str, event_type: str, text: str, **fields) -> dict:
    lat, lon, country = PLACES.get(place, (None, None, ""))
    start = text.find(place)
    row = {
        "article": f"a{number % 4}", "event_id": f"e{number}",
        "title": f"Report {number % 4}", "url": f"https://news.example/{number % 4}",
        "source_path": f"a{number % 4}.txt", "date": date,
        "year": int(date[:4]) if date else None,
        "date_precision": {10: "day", 7: "month", 4: "year"}.get(len(date), "unknown"),
        "event_type": event_type, "sub_event_type": "", "place_id": f"test:{place}",
        "place": place, "lat": lat, "lon": lon, "country": country, "place_scale": "city",
        "fatalities": None, "text": text, "mention_start": start if start >= 0 else None,
        "mention_end": start + len(place) if start >= 0 else None,
    }
    row.update(fields)
    return row


def _table() -> pd.DataFrame:
    rows = [
        _event(1, "Stepanakert", "2020-09-27", "Explosions/Remote violence",
               "Shells hit Stepanakert at dawn."),
        _event(2, "Stepanakert", "2020-10-04", "Explosions/Remote violence",
               "Rockets fell on Stepanakert again."),
        _event(3, "Shusha", "2020-11-08", "Battles", f"Fighting for Shusha {HOSTILE}.",
               title=f"Hostile {HOSTILE}", url="javascript:alert(4)", fatalities=12),
        _event(4, "Hadrut", "2020-10-09", "Battles", "Troops entered Hadrut."),
        _event(5, "Tartar", "2020-10", "Explosions/Remote violence", "Tartar was shelled."),
        _event(6, "Ganja", "2020-10-11", "Violence against civilians", "A strike in Ganja."),
        _event(7, "Goris", "2020-10-25", "Displacement", "Families reached Goris."),
        _event(8, "Karabakh", "2020-10-01", "Humanitarian", "Aid for Karabakh.",
               lat=39.9, lon=46.7, place_scale="region"),
        _event(9, "Goris", "2023-09-26", "Displacement", "Refugees crowded Goris."),
        _event(10, "Lachin", "2023-09-28", "Displacement", "Cars queued on the Lachin road."),
        _event(11, "Stepanakert", "2023-09-19", "Battles", "Shelling near Stepanakert."),
        _event(12, "Martakert", "2023-09-20", "Strategic developments",
               "Martakert was handed over."),
        _event(13, "Yerevan", "2021-05-12", "Protests", "Protesters marched in Yerevan."),
        _event(14, "Fuzuli", "", "Military exercise", "Drills were held near Fuzuli."),
        _event(15, "Nowhere", "2020-10-10", "Battles", "Fighting somewhere."),  # not placed
        _event(16, HOSTILE_PLACE, "2021-06-01", "Protests", f"A rally in {HOSTILE_PLACE}."),
    ]
    return pd.DataFrame(rows)


def _country_shapes() -> list:
    from geo.gazetteer_base import country_outlines

    return [(iso2, name, shape) for iso2, (name, shape) in country_outlines().items()
            if iso2 in {"AM", "AZ", "GE", "IR", "TR", "RU"}]


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return _table()


@pytest.fixture(scope="module")
def map_path(table: pd.DataFrame, tmp_path_factory) -> Path:
    from shapely.geometry import box

    path = tmp_path_factory.mktemp("map") / "events.html"
    the_map = build_map(table, title="Nagorno-Karabakh (test corpus)", article_count=4,
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

    def __init__(self, browser, path: Path, expected: int) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1100, "height": 750})
        self.page.on("request", self._request)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.route("**/*", lambda route: route.continue_()
                        if route.request.url.startswith(("file:", "data:")) else route.abort())
        self.page.goto(path.as_uri())
        self.page.wait_for_function(
            f"window.geoMap && Object.values(geoMap.drawn()).reduce((a, b) => a + b, 0) "
            f"=== {expected}", timeout=20_000)

    def _request(self, request) -> None:
        if not request.url.startswith(("file:", "data:", "blob:")):
            self.requests.append(request.url)

    def drawn(self) -> dict[str, int]:
        return self.page.evaluate("geoMap.drawn()")

    def icon_counts(self) -> int:
        """Events shown by marker and cluster icons in the marker pane (all are in view)."""
        return self.page.evaluate(
            "[...document.querySelectorAll('.leaflet-marker-pane [data-count]')]"
            ".reduce((sum, e) => sum + Number(e.dataset.count), 0)")

    def marker_centre(self, place: str, year_label: str) -> tuple[float, float]:
        """Zoom in until the place's marker stands alone; where it is on the screen."""
        box = self.page.evaluate("""([place, label]) => new Promise((done, fail) => {
            const year = geoMap.years.find((y) => y.label === label);
            const marker = year.markers.find((m) => m.geoGroup[2] === place);
            geoMap.map.setView(marker.getLatLng(), geoMap.map.getMaxZoom(), {animate: false});
            const started = Date.now();
            let seen = 0;
            const poll = () => {
              if (Date.now() - started > 8000) return fail(new Error("no marker for " + place));
              const parent = marker.__parent;
              if (marker._icon) {
                seen += 1;  // measured once the spiderfy animation has settled
                if (seen > 4) {
                  const r = marker._icon.getBoundingClientRect();
                  return done({x: r.x + r.width / 2, y: r.y + r.height / 2});
                }
              } else if (parent && parent._icon && geoMap.cluster._spiderfied !== parent) {
                parent.spiderfy();  // events of other years at the very same point
              }
              setTimeout(poll, 100);
            };
            setTimeout(poll, 100);
        })""", [place, year_label])
        return box["x"], box["y"]

    def open_popup_of(self, place: str, year_label: str) -> None:
        self.page.mouse.click(*self.marker_centre(place, year_label))
        self.page.wait_for_selector(".leaflet-popup-content .geo-popup")


def placed_counts(table: pd.DataFrame) -> dict[str, int]:
    placed = table.dropna(subset=["lat", "lon"])
    labels = placed["year"].map(lambda y: "undated" if pd.isna(y) else str(int(y)))
    return labels.value_counts().to_dict()


@pytest.fixture()
def visit(browser, map_path, table):
    visit = Visit(browser, map_path, sum(placed_counts(table).values()))
    yield visit
    visit.page.close()


def test_map_works_offline_with_no_error_and_no_request(visit):
    SCREENSHOT.parent.mkdir(exist_ok=True)
    visit.page.screenshot(path=str(SCREENSHOT))
    assert visit.errors == []
    assert visit.requests == []


def test_layer_control_lists_years_newest_first(visit):
    labels = visit.page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert [label.strip() for label in labels] == ["2023", "2021", "2020", "undated"]
    bases = visit.page.locator(".leaflet-control-layers-base label").all_inner_texts()
    assert [label.strip() for label in bases] == ["Country borders (offline)",
                                                  "OpenStreetMap (online)"]


def test_events_drawn_per_year_equal_the_table(visit, table):
    assert visit.drawn() == placed_counts(table)
    areas = visit.page.locator("path.geo-area").count()
    assert areas == 1  # Karabakh, known only as a region
    assert visit.icon_counts() == sum(placed_counts(table).values()) - 1


def test_unchecking_a_year_removes_its_markers(visit, table):
    before = visit.icon_counts()
    visit.page.locator(".leaflet-control-layers-overlays label", has_text="2020").locator(
        "input").uncheck()
    visit.page.wait_for_timeout(300)
    drawn = visit.drawn()
    assert drawn["2020"] == 0
    assert drawn["2023"] == placed_counts(table)["2023"]
    assert visit.page.locator("path.geo-area").count() == 0
    assert visit.icon_counts() == before - (placed_counts(table)["2020"] - 1)
    visit.page.locator(".leaflet-control-layers-overlays label", has_text="2020").locator(
        "input").check()
    visit.page.wait_for_timeout(300)
    assert visit.drawn() == placed_counts(table)


def test_legend_hides_and_shows_an_event_type(visit, table):
    battles = table.dropna(subset=["lat"])["event_type"].eq("Battles").sum()
    box = visit.page.locator("#geo-legend label", has_text="Battles").locator("input")
    box.uncheck()
    visit.page.wait_for_timeout(300)
    assert sum(visit.drawn().values()) == sum(placed_counts(table).values()) - battles
    box.check()
    visit.page.wait_for_timeout(300)
    assert visit.drawn() == placed_counts(table)


def test_grouped_marker_shows_its_count_and_lists_every_event(visit):
    visit.open_popup_of("Stepanakert", "2020")
    popup = visit.page.locator(".leaflet-popup-content")
    assert popup.locator(".geo-where").inner_text().startswith("2 events")
    assert popup.locator("li").count() == 2
    assert "27 September 2020 (to the day)" in popup.inner_text()
    assert popup.locator("mark").first.inner_text() == "Stepanakert"


def test_popup_shows_hostile_text_as_text_and_runs_nothing(visit):
    visit.open_popup_of("Shusha", "2020")
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
    visit.page.mouse.move(*visit.marker_centre("Shusha", "2020"))
    tooltip = visit.page.locator(".leaflet-tooltip")
    tooltip.wait_for()
    assert tooltip.inner_text() == "Shusha · 8 November 2020 · Battles"


def test_hostile_place_name_shows_as_text_in_tooltip_and_popup(visit):
    visit.page.mouse.move(*visit.marker_centre(HOSTILE_PLACE, "2021"))
    tooltip = visit.page.locator(".leaflet-tooltip")
    tooltip.wait_for()
    assert tooltip.inner_text() == f"{HOSTILE_PLACE} · 1 June 2021 · Protests"
    visit.open_popup_of(HOSTILE_PLACE, "2021")
    popup = visit.page.locator(".leaflet-popup-content")
    assert popup.locator(".geo-place").inner_text() == HOSTILE_PLACE
    assert visit.page.locator(".leaflet-tooltip img, .leaflet-popup img").count() == 0
    visit.page.wait_for_timeout(200)
    assert visit.dialogs == []
    assert visit.requests == []
    assert visit.errors == []
