"""Event extraction against the gold annotations of the shipped corpus.

    python bench/events.py [--corpus corpus] [--gold tests/gold] [--show]

Runs the pipeline over the corpus in process (as `make_map.py` would), turns its events into
the rows of events.csv, and matches them one to one with the gold events of
tests/gold/<article>.json: a pair must come from the same article, lie within 25 km of each
other (two events without a place also match) and fall in the same year. Of the pairs that
can be made, the most are kept, preferring those that agree on type and date.

Prints event precision and recall, and on the matched pairs type accuracy (event_type and
sub_event_type both right) and date accuracy (the same date string). `match_events` and
`score` use no part of `geo`, so that an end-to-end test can import them.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_KM = 25.0


def _year(row: dict) -> int | None:
    year = row.get("year")
    if year is None or year == "" or (isinstance(year, float) and math.isnan(year)):
        return None
    return int(year)


def _point(row: dict) -> tuple[float, float] | None:
    lat, lon = row.get("lat"), row.get("lon")
    if lat is None or lon is None or lat == "" or lon == "":
        return None
    lat, lon = float(lat), float(lon)
    return None if math.isnan(lat) or math.isnan(lon) else (lat, lon)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine on a 6371 km sphere)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _pair_distance(pred: dict, gold: dict, max_km: float) -> float | None:
    """The distance between two events that may be the same one, else None."""
    if pred.get("article") != gold.get("article") or _year(pred) != _year(gold):
        return None
    a, b = _point(pred), _point(gold)
    if a is None or b is None:
        return 0.0 if a is None and b is None else None
    distance = km(a, b)
    return distance if distance <= max_km else None


def _same_type(pred: dict, gold: dict) -> bool:
    return (pred.get("event_type"), pred.get("sub_event_type")) == (
        gold.get("event_type"), gold.get("sub_event_type"))


def _date(row: dict) -> str:
    date = row.get("date")
    return "" if date is None or (isinstance(date, float) and math.isnan(date)) else str(date)


def match_events(pred_rows: Sequence[dict], gold_rows: Sequence[dict],
                 max_km: float = MAX_KM) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index): as many as possible, then the ones that
    agree on type and date, then the closest.

    Rows are dicts with `article`, `lat`, `lon` (None or NaN without a place), `year`,
    `date`, `event_type` and `sub_event_type`, as in events.csv and the gold files.
    """
    from scipy.optimize import linear_sum_assignment

    pairs: list[tuple[int, int]] = []
    articles = {row.get("article") for row in gold_rows} | {row.get("article") for row in pred_rows}
    for article in sorted(articles, key=str):
        preds = [i for i, row in enumerate(pred_rows) if row.get("article") == article]
        golds = [j for j, row in enumerate(gold_rows) if row.get("article") == article]
        if not preds or not golds:
            continue
        infeasible = 1e9
        cost = [[infeasible] * len(golds) for _ in preds]
        for a, i in enumerate(preds):
            for b, j in enumerate(golds):
                distance = _pair_distance(pred_rows[i], gold_rows[j], max_km)
                if distance is None:
                    continue
                # A pair is worth 1000; agreement adds a little, distance takes a little off,
                # so that the count of pairs comes first.
                agreement = (10 * _same_type(pred_rows[i], gold_rows[j])
                             + 5 * (_date(pred_rows[i]) == _date(gold_rows[j])))
                cost[a][b] = -(1000 + agreement) + distance / max_km
        rows, cols = linear_sum_assignment(cost)
        pairs += [(preds[a], golds[b]) for a, b in zip(rows, cols, strict=True)
                  if cost[a][b] < infeasible]
    return sorted(pairs)


def score(pred_rows: Sequence[dict], gold_rows: Sequence[dict],
          max_km: float = MAX_KM) -> dict[str, float]:
    """precision, recall, type_accuracy, date_accuracy (and the counts behind them)."""
    pairs = match_events(pred_rows, gold_rows, max_km)
    matched = len(pairs)
    typed = sum(_same_type(pred_rows[i], gold_rows[j]) for i, j in pairs)
    dated = sum(_date(pred_rows[i]) == _date(gold_rows[j]) for i, j in pairs)
    return {
        "predicted": len(pred_rows), "gold": len(gold_rows), "matched": matched,
        "precision": matched / len(pred_rows) if pred_rows else 0.0,
        "recall": matched / len(gold_rows) if gold_rows else 0.0,
        "type_accuracy": typed / matched if matched else 0.0,
        "date_accuracy": dated / matched if matched else 0.0,
    }


def load_gold(gold_dir: Path) -> tuple[list[dict], set[str]]:
    """Every gold event as a row with its article's id, and the ids of the gold articles."""
    rows, articles = [], set()
    for path in sorted(gold_dir.rglob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        articles.add(gold["article"])
        rows += [{**event, "article": gold["article"]} for event in gold.get("events", [])]
    return rows, articles


def predict(corpus_dir: Path, gazetteer_dir: Path) -> list[dict]:
    """The pipeline's event rows for every article of the corpus (as in events.csv)."""
    from geo import export
    from geo.gazetteer import default_cache_dir, load_gazetteer
    from geo.pipeline import run_corpus
    from geo.recognize import load_name_index

    cache_dir = default_cache_dir()
    gazetteer = load_gazetteer(gazetteer_dir, cache_dir=cache_dir)
    index = load_name_index(gazetteer, cache_dir)
    rows: list[dict] = []
    for item in run_corpus(corpus_dir, gazetteer, index):
        if hasattr(item, "events"):
            rows += export.event_rows(item)
        else:
            print(f"skipped {item.path}: {item.reason}", file=sys.stderr)
    return rows


def _describe(row: dict) -> str:
    fatalities = row.get("fatalities")
    killed = "" if fatalities is None or fatalities != fatalities else f" killed={fatalities}"
    sentence = row.get("text") or row.get("sentence") or ""
    return (f"{_date(row) or 'undated':10} {row.get('event_type')} / {row.get('sub_event_type')}"
            f" @ {row.get('place') or '-'}{killed} | {sentence[:90]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    parser.add_argument("--gazetteer", type=Path, default=ROOT / "gazetteer")
    parser.add_argument("--show", action="store_true",
                        help="list the misses, the spurious events and the mismatched pairs")
    args = parser.parse_args()
    try:
        import geo.pipeline  # noqa: F401 - only to say clearly what is missing
    except ImportError as error:
        print(f"geo.pipeline cannot be imported ({error}); nothing to measure", file=sys.stderr)
        return 2
    gold_rows, articles = load_gold(args.gold)
    if not gold_rows:
        print(f"no gold events under {args.gold}", file=sys.stderr)
        return 2
    pred_rows = [row for row in predict(args.corpus, args.gazetteer)
                 if row["article"] in articles]
    result = score(pred_rows, gold_rows)
    print(f"articles with gold: {len(articles)}; events predicted {result['predicted']}, "
          f"gold {result['gold']}, matched {result['matched']} "
          f"(same article, within {MAX_KM:g} km, same year)")
    print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"type accuracy {result['type_accuracy']:.3f}  "
          f"date accuracy {result['date_accuracy']:.3f}")
    if args.show:
        pairs = match_events(pred_rows, gold_rows)
        matched_pred = {i for i, _ in pairs}
        matched_gold = {j for _, j in pairs}
        for article in sorted(articles):
            lines = [f"  missed   {_describe(g)}" for j, g in enumerate(gold_rows)
                     if g["article"] == article and j not in matched_gold]
            lines += [f"  spurious {_describe(p)}" for i, p in enumerate(pred_rows)
                      if p["article"] == article and i not in matched_pred]
            for i, j in pairs:
                pred, gold = pred_rows[i], gold_rows[j]
                if pred["article"] == article and (not _same_type(pred, gold)
                                                   or _date(pred) != _date(gold)):
                    lines.append(f"  differs  {_describe(pred)}\n    gold   {_describe(gold)}")
            if lines:
                print(f"\n{article}")
                print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
