"""Incidents (issue 21): reports fused across articles, each figure beside its goal.

    python bench/incidents.py                       # news-dev and the synthetic corpus
    python bench/incidents.py --only synthetic      # no make_map.py run
    python bench/incidents.py --keep /tmp/inc       # keep the news-dev output folders

- news: `make_map.py` over ../shared/eval/news-dev/docs as a user would, then the set's own
  score_news.py, whose incidents line is pairwise precision and recall over the events it
  matched at place+date+type (two gold events are one incident when they share place, day and
  type). make_map.py gives events.csv its incident ids (`geo.export.events_table` calls
  geo/incidents.py); should a run's events.csv have none (a checkout from before them), the
  bench gives them itself, running `geo.incidents.assign_incidents` on events.csv and scoring
  a copy of the output whose events.csv has them; a line says which. A STRICT line scores the
  same with events.csv's `geo_precision` replaced by `place_scale` (as bench/events.py does:
  the scorer reads a region-scale event from that column).
- synthetic: a corpus of known duplicates made by this script's own generator, as an events
  table (not articles: it judges the fusion, not the stages before it). A made-up world of
  three countries, six regions each and fifteen towns a region, some towns sharing a name
  with a town of another country; three years of incidents of ten types, each told by 1 to
  50 reports from different articles (Zipf's law: most once or twice, a few by dozens), in
  the ways reports differ: dated to the day or only to the month; placed at the town, "near"
  it, only at its region or only at its country, or at the other town of its name (a
  resolver's slip); "strikes" for a shelling; an actor left out, or a battle's sides told in
  the other order; a toll that rises from report to report. Near misses are made on purpose
  beside a tenth of the incidents each: the same town a day later, a town 5-30 km away the
  same day, and a clash beside a shelling at one town the same day. Two acts of one type at
  one town on one day are one incident (ACLED's rule, and the news-dev scorer's).
  It prints pairwise precision and recall against the known incidents; then the recall over
  the pairs a reader could tell from what the reports say: both reports a town's report of a
  day, or a vague report (a month, a region, a country) whose area and span hold no other
  incident of its kind (nor of its attacker, when it names one), worked out from the
  generator's truth, not from the fusion's rules: a report "shelling in the province on
  Tuesday" when the province had three shellings that Tuesday can be any of them, and no
  reader can tell which (the fusion guesses the one the press told most, when it holds three
  quarters of their articles: the likelier by three to one). Then, not as a goal, what a
  reader can tell without guessing (`in_sight`): the share of the known pairs whose two
  reports a reader of the corpus can place, a vague report being placeable when it can be
  only one incident that some report of the day puts at a town (its kind, actors, toll and
  wording weighed as the fusion weighs them; an incident told only vaguely is seen by no
  reader), and the recall over those pairs;
  the known pairs the fusion split, by the vaguer of their two reports (dated only to the
  month, placed only at a region or a country, at the other town of the name) and by whether
  a reader can tell; and how many of the near misses made on purpose were fused with the
  incident they were made beside. Last, the time `assign_incidents` takes over the 100,000
  events on one core (best of 3, with the processor time beside it, which others' work on a
  shared machine swells less), and `incidents_table` after it.

Goals (issue 21): news-dev incidents P >= 0.90 and R >= 0.85; synthetic P and R >= 0.95;
100,000 events fused in at most 5 s on one core.
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.incidents import (  # noqa: E402
    assign_incidents,
    incidents_table,
    subtype_kind,
    toll_fits,
)

EVAL = ROOT.parent / "shared" / "eval"
PARTS = ("news", "synthetic")
NEWS_P, NEWS_R = 0.90, 0.85
SYNTHETIC_P, SYNTHETIC_R = 0.95, 0.95
FUSE_SECONDS = 5.0
SYNTHETIC_EVENTS = 100_000


# ---------------------------------------------------------------------------------------
# news-dev, run and scored as a user would


def make_map(docs: Path, out: Path) -> bool:
    command = [sys.executable, str(ROOT / "make_map.py"), "--corpus", str(docs),
               "--out", str(out), "--quiet"]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(f"  make_map.py failed (exit {done.returncode}) in {seconds:.1f} s:")
        print("\n".join(f"    | {line}" for line in
                        (done.stdout + done.stderr).strip().splitlines()[-10:]))
        return False
    print(f"  make_map.py --corpus {docs} took {seconds:.1f} s")
    return True


def read_rows(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)


def scored_copy(out: Path, copy: Path, *, strict: bool) -> str:
    """Copy the output folder to `copy`, giving events.csv incident ids when it has none
    (and, when `strict`, geo_precision from place_scale); says where the ids came from."""
    shutil.copytree(out, copy, ignore=shutil.ignore_patterns(".cache"), dirs_exist_ok=True)
    columns, rows = read_rows(out / "events.csv")
    source = "make_map.py's own incident_id"
    if "incident_id" not in columns or not any(row.get("incident_id") for row in rows):
        table = pd.DataFrame(rows, columns=columns).drop(columns=["incident_id"],
                                                        errors="ignore")
        ids = assign_incidents(table)["incident_id"].tolist()
        for row, value in zip(rows, ids):
            row["incident_id"] = value
        if "incident_id" not in columns:
            columns = [*columns, "incident_id"]
        source = "incident_id given by the bench (geo.incidents.assign_incidents on events.csv)"
    if strict:
        for row in rows:
            row["geo_precision"] = row.get("place_scale", "")
    write_rows(copy / "events.csv", columns, rows)
    return source


def score(scorer: Path, out: Path) -> str:
    done = subprocess.run([sys.executable, str(scorer), str(out)], cwd=ROOT,
                          capture_output=True, text=True)
    return done.stdout + done.stderr


def incidents_line(output: str) -> str:
    detail = re.search(r"^incidents \(pairwise.*$", output, re.M)
    summary = re.search(r"incidents P=([\d.]+) R=([\d.]+)", output)
    if not summary:
        return "no incidents line in the scorer's output"
    p, r = float(summary.group(1)), float(summary.group(2))
    return (f"incidents P={p:.3f} (goal >= {NEWS_P:.2f}: {'met' if p >= NEWS_P else 'NOT met'})"
            f"  R={r:.3f} (goal >= {NEWS_R:.2f}: {'met' if r >= NEWS_R else 'NOT met'})"
            + (f"\n    {detail.group(0)}" if detail else ""))


def bench_news(eval_dir: Path, work: Path) -> None:
    set_dir, out = eval_dir / "news-dev", work / "news-dev"
    scorer = set_dir / "score_news.py"
    print(f"news-dev ({set_dir})")
    if not make_map(set_dir / "docs", out):
        return
    for label, strict in (("", False), ("STRICT ", True)):
        copy = work / ("news-dev-incidents-strict" if strict else "news-dev-incidents")
        source = scored_copy(out, copy, strict=strict)
        output = score(scorer, copy)
        summary = re.search(r"^news: .*$", output, re.M)
        if not strict:
            print(f"  ({source})")
        if summary:
            print(f"  {label}{summary.group(0)}")
        print(f"  {label}{incidents_line(output)}")


# ---------------------------------------------------------------------------------------
# A synthetic corpus of known duplicates


COUNTRIES = ("XA", "XB", "XC")
REGIONS_PER_COUNTRY = 6
TOWNS_PER_REGION = 15
SHARED_NAMES = 0.08  # of towns, the share that bears the name of a town in another country
START = pd.Timestamp("2031-01-01")
DAYS = 3 * 365  # a war and its aftermath, as news-dev covers 2020-2023
MOST_REPORTS = 50
# Type, sub-type, weight; a one-sided act has an attacker, a battle two sides.
KINDS = (
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", 30),
    ("Explosions/Remote violence", "Air/drone strike", 10),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", 5),
    ("Battles", "Armed clash", 25),
    ("Battles", "Government regains territory", 4),
    ("Violence against civilians", "Attack", 8),
    ("Protests", "Peaceful protest", 6),
    ("Displacement", "Displacement", 5),
    ("Strategic developments", "Arrests", 3),
    ("Strategic developments", "Looting/property destruction", 4),
)
NEAR_MISS = 0.10  # of incidents, each kind of near miss made beside them
NEAR_MISSES = ("the same town a day later", "a town 5-30 km away the same day",
               "a clash beside a shelling (or a shelling beside a clash)")


def syllable_names(rng: np.random.Generator, count: int) -> list[str]:
    onsets = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "kh"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ou"]
    codas = ["", "n", "r", "sk", "l", "m", "vo", "ka", "ri"]
    names: set[str] = set()
    while len(names) < count:
        parts = rng.integers(2, 4)
        name = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(parts))
        names.add((name + rng.choice(codas)).capitalize())
    return sorted(names)


def make_world(rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Towns (place_id, name, lat, lon, country, region) and regions, made up."""
    towns, regions = [], []
    count = len(COUNTRIES) * REGIONS_PER_COUNTRY * TOWNS_PER_REGION
    names = syllable_names(rng, count + len(COUNTRIES) * REGIONS_PER_COUNTRY)
    n = 0
    for c, country in enumerate(COUNTRIES):
        for r in range(REGIONS_PER_COUNTRY):
            # regions 250 km apart on a grid, countries side by side
            lat, lon = 40.0 + 2.3 * (r // 3), 20.0 + 10.0 * c + 3.0 * (r % 3)
            region_id = f"syn:region:{country}{r}"
            regions.append((region_id, names.pop(), lat, lon, country))
            for _ in range(TOWNS_PER_REGION):
                distance, bearing = rng.uniform(5, 70), rng.uniform(0, 2 * math.pi)
                towns.append((f"syn:town:{n}", names.pop(),
                              lat + distance / 111 * math.cos(bearing),
                              lon + distance / 85 * math.sin(bearing), country, region_id))
                n += 1
    towns = pd.DataFrame(towns, columns=["place_id", "name", "lat", "lon", "country", "region"])
    # Some towns bear the name of a town in another country.
    shared = rng.choice(len(towns), int(SHARED_NAMES * len(towns)), replace=False)
    for i in shared:
        other = towns[towns["country"] != towns.at[i, "country"]].sample(1, random_state=rng)
        towns.at[i, "name"] = towns.at[other.index[0], "name"]
    regions = pd.DataFrame(regions, columns=["place_id", "name", "lat", "lon", "country"])
    return towns, regions


def synthetic_events(total: int, seed: int = 21) -> pd.DataFrame:
    """An events table of `total` reports with the known incident of each (`truth`)."""
    rng = np.random.default_rng(seed)
    towns, regions = make_world(rng)
    region_of = regions.set_index("place_id")
    by_name = towns.groupby("name")["place_id"].apply(list).to_dict()
    town = towns.set_index("place_id")
    town_ids = towns["place_id"].tolist()
    weights = np.array([w for _, _, w in KINDS], dtype=float)
    weights /= weights.sum()
    rows: list[dict] = []
    incident = 0

    def neighbour(place_id: str) -> str | None:
        here = town.loc[place_id]
        lat, lon = towns["lat"].to_numpy(), towns["lon"].to_numpy()
        km = np.hypot((lat - here["lat"]) * 111, (lon - here["lon"]) * 85)
        close = np.flatnonzero((km >= 5) & (km <= 30))
        return town_ids[int(rng.choice(close))] if len(close) else None

    def tell(place_id: str, day: int, kind: int, sides: tuple[str, str], beside: int = 0,
             near: str = "") -> None:
        """One incident told by several reports (a near miss made `beside` another)."""
        nonlocal incident
        incident += 1
        event_type, sub_type, _ = KINDS[kind]
        here = town.loc[place_id]
        toll = int(rng.integers(0, 25)) if rng.random() < 0.6 else None
        date = START + pd.Timedelta(days=day)
        # Most incidents are told once or twice, a few by dozens of papers (Zipf's law).
        for _ in range(min(MOST_REPORTS, int(rng.zipf(2.0)))):
            row = {"truth": incident, "event_type": event_type, "sub_event_type": sub_type,
                   "truth_town": place_id, "truth_region": here["region"],
                   "truth_country": here["country"], "truth_day": day,
                   "truth_attacker": "" if event_type == "Battles" else sides[0],
                   "truth_beside": beside, "truth_near": near}
            if sub_type.startswith("Shelling") and rng.random() < 0.2:
                row["sub_event_type"] = "Air/drone strike"  # "strikes" for a shelling
            if rng.random() < 0.88:
                row.update(date=date.strftime("%Y-%m-%d"), date_precision="day")
            else:
                row.update(date=date.strftime("%Y-%m"), date_precision="month")
            where = rng.random()
            if where < 0.85:
                shown_as = place_id
                homonyms = [p for p in by_name[here["name"]] if p != place_id]
                if homonyms and rng.random() < 0.15:
                    shown_as = homonyms[0]  # the resolver took the other town of that name
                other = town.loc[shown_as]
                row["truth_shown_region"] = other["region"]  # the region of the town given
                row.update(place_id=shown_as, place=other["name"], lat=other["lat"],
                           lon=other["lon"], country=other["country"],
                           geo_precision=1 if rng.random() < 0.8 else 2, place_scale="city",
                           place_as_written=here["name"])
            elif where < 0.96:
                region = region_of.loc[here["region"]]
                row.update(place_id=here["region"], place=region["name"], lat=region["lat"],
                           lon=region["lon"], country=region["country"], geo_precision=3,
                           place_scale="region", place_as_written=region["name"])
            else:
                centre = regions[regions["country"] == here["country"]][["lat", "lon"]].mean()
                row.update(place_id=f"syn:country:{here['country']}", place=here["country"],
                           lat=centre["lat"], lon=centre["lon"], country=here["country"],
                           geo_precision=3,
                           place_scale="country", place_as_written=here["country"])
            first, second = sides
            if sub_type == "Armed clash" and rng.random() < 0.4:
                first, second = second, first  # told from the other side (a town taken is
                # taken by one side, whoever tells it)
            if event_type != "Battles":
                second = ""
            if rng.random() < 0.3:
                first = ""  # the report does not say who
            if rng.random() < 0.3:
                second = ""
            row.update(actor1_country=first, actor2_country=second,
                       actor1=f"Forces of {first}" if first else "",
                       actor2=f"Forces of {second}" if second else "")
            if toll is not None and rng.random() < 0.5:
                row["fatalities"] = max(0, toll - int(rng.integers(0, 4)))  # a rising toll
            rows.append(row)

    # Two acts of one type at one town on one day are one incident, as ACLED codes them and
    # as the news-dev scorer counts them: an incident is drawn only where none of its type is.
    taken: set[tuple[str, int, str]] = set()

    def free(place_id: str, day: int, kind: int) -> bool:
        key = (place_id, day, KINDS[kind][0])
        if key in taken:
            return False
        taken.add(key)
        return True

    while len(rows) < total:
        day = int(rng.integers(0, DAYS))
        place_id = town_ids[int(rng.integers(0, len(town_ids)))]
        kind = int(rng.choice(len(KINDS), p=weights))
        if not free(place_id, day, kind):
            continue
        country = town.at[place_id, "country"]
        enemy = COUNTRIES[(COUNTRIES.index(country) + 1) % len(COUNTRIES)]
        sides = (enemy, country) if rng.random() < 0.7 else (country, enemy)
        tell(place_id, day, kind, sides)
        first = incident
        if rng.random() < NEAR_MISS and day + 1 < DAYS and free(place_id, day + 1, kind):
            tell(place_id, day + 1, kind, sides, first, NEAR_MISSES[0])  # a day later
        if (rng.random() < NEAR_MISS and (close := neighbour(place_id))
                and free(close, day, kind)):
            tell(close, day, kind, sides, first, NEAR_MISSES[1])  # 5-30 km away, same day
        other = 3 if KINDS[kind][0] != "Battles" else 0  # a clash beside a shelling
        if rng.random() < NEAR_MISS and free(place_id, day, other):
            tell(place_id, day, other, sides, first, NEAR_MISSES[2])

    table = pd.DataFrame(rows[:total])
    # Articles: each day's reports, shuffled, told a few to an article, never two reports
    # of one incident in one article.
    table = table.sample(frac=1.0, random_state=rng).reset_index(drop=True)
    articles: list[str] = []
    article, limit, members = 0, 3, set()
    for truth in table["truth"].tolist():
        if len(members) >= limit or truth in members:
            article, limit, members = article + 1, int(rng.integers(1, 5)), set()
        articles.append(f"syn/{article:06d}")
        members.add(truth)
    table["article"] = articles
    table["event_id"] = table.groupby("article").cumcount().add(1).astype(str).radd(
        table["article"] + "#")
    return table


def identifiable(table: pd.DataFrame) -> np.ndarray:
    """Which reports a careful reader could tie to their incident from what they say: a
    town's report of a day always; a vague one (a month, a region, a country) when no other
    incident of its kind lies in its area in its span, apart from those whose attacker is
    not the one the report names. Worked out from the generator's truth, not the fusion's
    rules."""
    kinds = table["event_type"] + "|" + [subtype_kind(t, s) for t, s in zip(
        table["event_type"], table["sub_event_type"])]
    kinds = kinds.groupby(table["truth"]).transform("first")  # the incident's own kind
    month = table["truth_day"].map(lambda d: (START + pd.Timedelta(days=int(d))).strftime("%Y-%m"))
    scale, precision = table["place_scale"], table["date_precision"]
    area = np.where(scale == "city", table["truth_town"],
                    np.where(scale == "region", table["truth_region"], table["truth_country"]))
    span = np.where(precision == "day", table["truth_day"].astype(str), month)
    key = pd.Series(area, index=table.index) + "|" + span + "|" + kinds
    # The incidents each (area, span, kind) holds, with their attackers.
    incidents = pd.DataFrame({"key": key, "truth": table["truth"],
                              "attacker": table["truth_attacker"]})
    # Every area a report can name: its town, region and country, over a day and a month.
    held: dict[str, dict[int, str]] = {}
    firsts = table.drop_duplicates("truth")
    first_kind = kinds.loc[firsts.index]
    first_month = month.loc[firsts.index]
    for area_column in ("truth_town", "truth_region", "truth_country"):
        for span_values in (firsts["truth_day"].astype(str), first_month):
            keys = firsts[area_column] + "|" + span_values + "|" + first_kind
            for k, truth, attacker in zip(keys, firsts["truth"], firsts["truth_attacker"]):
                held.setdefault(k, {})[truth] = attacker
    result = np.zeros(len(table), dtype=bool)
    for n, (k, truth, said, scale_n, precision_n) in enumerate(zip(
            incidents["key"], incidents["truth"], table["actor1_country"], scale, precision)):
        if scale_n == "city" and precision_n == "day":
            result[n] = True
            continue
        others = [a for t, a in held.get(k, {}).items() if t != truth]
        if said:
            others = [a for a in others if not a or a == said]
        result[n] = not others
    return result


def in_sight(table: pd.DataFrame) -> np.ndarray:
    """Which reports a reader of the whole corpus could tie to their incident: a town's
    report of a day always; a vague one (a month, a region, a country) when no other incident
    it could be is in sight. An incident is in sight in an area and a span when one of its
    reports of a day gives a town there (the town the report gives, or when none fits there
    a town of its name; a town of its region, of its country): an incident told only vaguely
    is seen by no reader. It could be
    that incident unless their kinds differ, or their actors contradict (the report's
    attacker is not the one that incident's reports name; a battle's sides would be three
    countries); of several it could be, those whose tolls its toll fits
    (`geo.incidents.toll_fits`), and of these one whose reports give its very toll, then one
    whose reports give its very sub-type (shelling, not air strikes). Worked
    out from the generator's truth and the reports' own fields, not from the fusion: about
    the most recall a reader reaches without guessing (a vague report that can be two
    incidents is told apart; the pass, which weighs a vague report before the later vaguer
    ones, can do a little better or worse)."""
    kinds = table["event_type"] + "|" + [subtype_kind(t, s) for t, s in zip(
        table["event_type"], table["sub_event_type"])]
    kinds = kinds.groupby(table["truth"]).transform("first")
    month = table["date"].str[:7]
    battle = (table["event_type"] == "Battles").to_numpy()
    # Each incident's evidence, as its reports give it.
    seen: dict[tuple, set[int]] = {}
    attackers: dict[int, set[str]] = {}
    sides: dict[int, set[str]] = {}
    figures: dict[int, Counter[int]] = {}
    wordings: dict[int, Counter[str]] = {}
    tolls = [int(f) if f == f and f > 0 else 0 for f in table["fatalities"].tolist()]
    rows = zip(table["truth"], kinds, table["place_scale"], table["date_precision"],
               table["date"], month, table["place_id"], table["place_as_written"],
               table["truth_shown_region"], table["country"], table["actor1_country"],
               table["actor2_country"], battle, tolls, table["sub_event_type"])
    for truth, kind, scale, precision, date, mon, place, written, region, country, first, \
            second, is_battle, toll, wording in rows:
        wordings.setdefault(truth, Counter())[wording] += 1
        if toll:
            figures.setdefault(truth, Counter())[toll] += 1
        if is_battle:
            sides.setdefault(truth, set()).update(c for c in (first, second) if c)
        elif first:
            attackers.setdefault(truth, set()).add(first)
        if scale == "city" and precision == "day":
            for span in (date, mon):
                for area in (("town", place), ("name", written), ("region", region),
                             ("country", country)):
                    seen.setdefault((area, span, kind), set()).add(truth)
    result = np.ones(len(table), dtype=bool)
    rows = zip(range(len(table)), table["truth"], kinds, table["place_scale"],
               table["date_precision"], table["date"], table["place_as_written"],
               table["place_id"], table["country"], table["actor1_country"],
               table["actor2_country"], battle, tolls, table["sub_event_type"])
    for n, truth, kind, scale, precision, span, written, place, country, first, second, \
            is_battle, toll, wording in rows:
        if scale == "city" and precision == "day":
            continue
        areas = {"city": (("town", place), ("name", written)),
                 "region": (("region", place),)}.get(scale, (("country", country),))
        fitting = []
        for area in areas:  # a town's report: its town, or when nothing there fits, its name's
            for other in seen.get((area, span, kind), ()):
                if is_battle:
                    if len(sides.get(other, set()) | {c for c in (first, second) if c}) > 2:
                        continue
                elif first and attackers.get(other, set()) - {first}:
                    continue
                fitting.append(other)
            if fitting:
                break
        if len(fitting) > 1 and toll:
            # the tolls each incident's reports give, this report's own aside
            given = {o: set(figures[o] - Counter({toll: 1}) if o == truth else figures[o])
                     for o in fitting if o in figures}
            fitting = [o for o in fitting if toll_fits(toll, given.get(o, set()))] or fitting
            if len(fitting) > 1:
                fitting = [o for o in fitting if toll in given.get(o, ())] or fitting
        if len(fitting) > 1:  # of several, one whose other reports word it as it does
            fitting = [o for o in fitting if wordings[o][wording] > (o == truth)] or fitting
        result[n] = fitting in ([], [truth])
    return result


def missed_pairs(table: pd.DataFrame, found: np.ndarray, sight: np.ndarray) -> dict:
    """The known pairs the fusion split, by how their two reports differ (the vaguer of the
    two: dated only to the month, placed only at a region or a country, placed at the other
    town of the name; or both a town's report of a day) and by whether a reader can tell
    (`in_sight`: both reports placeable, or one that fits two or more incidents in sight)."""
    scale = table["place_scale"].map({"city": 0, "region": 1, "country": 2}).to_numpy()
    month = (table["date_precision"] == "month").to_numpy().astype(int)
    slip = ((table["place_scale"] == "city") & (table["place_id"] != table["truth_town"])
            ).to_numpy().astype(int)
    # Each report's form as a number; pairs of forms counted per incident, minus those in
    # one found incident (the pairs the fusion joined).
    form = ((scale * 2 + month) * 2 + slip) * 2 + sight.astype(int)
    forms = 3 * 2 * 2 * 2
    truth = pd.factorize(table["truth"])[0]
    together = pd.factorize(pd.Series(truth.astype(str)) + "|" + pd.Series(found))[0]

    def pair_counts(group: np.ndarray) -> np.ndarray:
        counts = np.zeros((group.max() + 1, forms))
        np.add.at(counts, (group, form), 1)
        return counts.T @ counts

    split = pair_counts(truth) - pair_counts(together)
    result: dict[tuple[str, str], int] = {}
    for a in range(forms):
        for b in range(a, forms):
            # pairs of two forms, or of one form (whose diagonal counts each pair twice)
            count = split[a, b] if a != b else split[a, a] / 2
            if not count:
                continue
            (sa, ma, la, ka), (sb, mb, lb, kb) = (
                (f // 8, f // 4 % 2, f // 2 % 2, f % 2) for f in (a, b))
            vaguer = ", ".join(part for part in (
                "month only" if ma or mb else "",
                {1: "region only", 2: "country only"}.get(max(sa, sb), ""),
                "the other town of the name" if (la or lb) and max(sa, sb) == 0 else "")
                if part) or "both a town's report of a day"
            told = "a reader can tell" if ka and kb else "one fits 2+ incidents in sight"
            result[(vaguer, told)] = result.get((vaguer, told), 0) + int(round(count))
    return result


def near_misses(table: pd.DataFrame, found: np.ndarray) -> list[tuple[str, int, int, int, int]]:
    """Per kind of near miss the generator made: how many (incident, near miss) pairs it made,
    how many the fusion put a report of each into one incident, and their report pairs, made
    and fused."""
    ids = pd.Series(found).groupby(table["truth"].to_numpy()).value_counts()
    per_incident: dict[int, dict[str, int]] = {}
    for (truth, value), count in ids.items():
        per_incident.setdefault(truth, {})[value] = count
    pairs = table[table["truth_near"] != ""].drop_duplicates("truth")
    result = []
    for near in NEAR_MISSES:
        made = fused = cross = fused_pairs = 0
        for truth, beside in zip(*(pairs.loc[pairs["truth_near"] == near, c]
                                   for c in ("truth", "truth_beside"))):
            mine, theirs = per_incident[truth], per_incident.get(beside, {})
            made += 1
            cross += sum(mine.values()) * sum(theirs.values())
            shared = sum(count * theirs.get(value, 0) for value, count in mine.items())
            fused_pairs += shared
            fused += shared > 0
        result.append((near, made, fused, cross, fused_pairs))
    return result


def pairwise(truth: np.ndarray, found: np.ndarray) -> tuple[float, float, int, int, int]:
    """Pairwise precision and recall of `found` incident labels against `truth`."""
    def pairs(counts: np.ndarray) -> int:
        return int((counts * (counts - 1) // 2).sum())

    _, truth_codes = np.unique(truth, return_inverse=True)
    _, found_codes = np.unique(found, return_inverse=True)
    both = pairs(np.unique(truth_codes.astype(np.int64) * (found_codes.max() + 1) + found_codes,
                           return_counts=True)[1])
    true_pairs = pairs(np.unique(truth_codes, return_counts=True)[1])
    found_pairs = pairs(np.unique(found_codes, return_counts=True)[1])
    return (both / found_pairs if found_pairs else 1.0, both / true_pairs if true_pairs else 1.0,
            both, found_pairs, true_pairs)


def bench_synthetic(total: int) -> None:
    print(f"synthetic: {total:,} reports of known incidents (made by bench/incidents.py)")
    started = time.perf_counter()
    table = synthetic_events(total)
    print(f"  made in {time.perf_counter() - started:.1f} s: {table['truth'].nunique():,} "
          f"incidents, {table['article'].nunique():,} articles; "
          f"{(table['date_precision'] == 'month').mean():.0%} of reports dated to the month "
          f"only, {(table['place_scale'] == 'region').mean():.0%} placed only at a region, "
          f"{(table['place_scale'] == 'country').mean():.0%} only at a country")
    events = table.drop(columns=[c for c in table.columns if c.startswith("truth")])
    seconds, cpu = [], []
    for _ in range(3):
        clock, cpu_clock = time.perf_counter(), time.process_time()
        fused = assign_incidents(events)
        seconds.append(time.perf_counter() - clock)
        cpu.append(time.process_time() - cpu_clock)
    clock = time.perf_counter()
    incidents = incidents_table(fused)
    table_seconds = time.perf_counter() - clock
    p, r, both, found_pairs, true_pairs = pairwise(table["truth"].to_numpy(),
                                                   fused["incident_id"].to_numpy())
    print(f"  pairwise P={p:.3f} ({both:,}/{found_pairs:,}; goal >= {SYNTHETIC_P:.2f}: "
          f"{'met' if p >= SYNTHETIC_P else 'NOT met'})  "
          f"R={r:.3f} ({both:,}/{true_pairs:,}; goal >= {SYNTHETIC_R:.2f}: "
          f"{'met' if r >= SYNTHETIC_R else 'NOT met'})")
    known = identifiable(table)
    kp, kr, kboth, _, known_pairs = pairwise(table["truth"].to_numpy()[known],
                                             fused["incident_id"].to_numpy()[known])
    print(f"  of the pairs a reader could tell (between the {known.mean():.0%} of reports that "
          f"say which incident they are): R={kr:.3f} ({kboth:,}/{known_pairs:,}; "
          f"goal >= {SYNTHETIC_R:.2f}: {'met' if kr >= SYNTHETIC_R else 'NOT met'})")
    sight = in_sight(table)
    truth_codes = table["truth"].to_numpy()
    _, _, _, _, sight_pairs = pairwise(truth_codes[sight], truth_codes[sight])
    _, sr, sboth, _, _ = pairwise(truth_codes[sight], fused["incident_id"].to_numpy()[sight])
    print(f"  not a goal, what a reader can tell without guessing: {sight_pairs / true_pairs:.3f}"
          f" of the known pairs ({sight_pairs:,}/{true_pairs:,}) join two reports a reader of "
          f"the corpus can place (a town's report of a day, or a vague report that can be one "
          f"incident in sight only); the rest hold a vague report that can be two or more, "
          f"which the fusion gives the one most told when it holds three quarters of their "
          f"articles and leaves apart otherwise; R over those {sight_pairs:,} "
          f"pairs={sr:.3f} ({sboth:,})")
    missed = sorted(missed_pairs(table, fused["incident_id"].to_numpy(), sight).items(),
                    key=lambda item: -item[1])
    print(f"  known pairs missed ({true_pairs - both:,}), by the vaguer of their two reports "
          f"and whether a reader can tell:")
    for (vaguer, told), count in missed:
        print(f"    {count:>9,}  {vaguer}; {told}")
    for near, made, merged, cross, merged_pairs in near_misses(table,
                                                               fused["incident_id"].to_numpy()):
        print(f"  near misses, {near}: {merged:,} of {made:,} fused with their incident "
              f"by some report ({merged_pairs:,} of {cross:,} report pairs)")
    # Which reports were left out of their incident: a report is in when it has the id most
    # of its incident's reports have.
    main_id = fused.groupby(table["truth"])["incident_id"].agg(lambda ids: ids.mode().iloc[0])
    joined = fused["incident_id"].to_numpy() == table["truth"].map(main_id).to_numpy()
    forms = table["place_scale"] + " + " + table["date_precision"]
    shares = ", ".join(f"{form} {1 - joined[(forms == form).to_numpy()].mean():.1%}"
                       for form in sorted(forms.unique()))
    print(f"  reports left out of their incident's main id, by place + date: {shares}")
    print(f"  incidents: {len(incidents):,} found, {table['truth'].nunique():,} known")
    best = min(seconds)
    print(f"  fuse {len(events):,} events (assign_incidents, one core): best {best:.2f} s of "
          f"{', '.join(f'{s:.2f}' for s in seconds)} (goal <= {FUSE_SECONDS:.0f} s: "
          f"{'met' if best <= FUSE_SECONDS else 'NOT met'}; the processor time it took, "
          f"which other work on a shared machine does not swell: best {min(cpu):.2f} s); "
          f"incidents_table after it {table_seconds:.2f} s")


# ---------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=",".join(PARTS),
                        help=f"comma-separated parts to run (default: {','.join(PARTS)})")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="write the news-dev output folders under DIR and keep them")
    parser.add_argument("--eval", type=Path, default=EVAL, help=f"the eval sets (default {EVAL})")
    parser.add_argument("--events", type=int, default=SYNTHETIC_EVENTS,
                        help=f"synthetic reports (default {SYNTHETIC_EVENTS:,})")
    args = parser.parse_args()
    parts = [part.strip() for part in args.only.split(",") if part.strip()]
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        parser.error(f"--only: unknown {', '.join(unknown)}; choose from {', '.join(PARTS)}")
    if "news" in parts and not (args.eval / "news-dev").is_dir():
        print(f"eval sets missing ({args.eval / 'news-dev'} is not there): news skipped\n")
        parts.remove("news")
    with tempfile.TemporaryDirectory(prefix="geo-bench-incidents-") as folder:
        work = args.keep or Path(folder)
        work.mkdir(parents=True, exist_ok=True)
        if "news" in parts:
            bench_news(args.eval, work)
            print()
        if "synthetic" in parts:
            bench_synthetic(args.events)
    if args.keep:
        print(f"output folders kept under {args.keep}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
