"""Place recognition and resolution against the gold annotations of the shipped corpus.

    python bench/places.py [--out maps] [--show]

Reads mentions.csv of a run over corpus/ (run `python make_map.py` first) and the gold files
in tests/gold/. A gold place is found when a mention of the same article has the same text
and is resolved within 161 km of the gold point (country-, region- and continent-size places
within 1,000 km, since their representative points differ between sources). Also counts the
gold's `not_places` strings (people, newspapers...) inside which a mention was placed.
`score_places` takes the article texts as a dict, so that the end-to-end test can import it.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script
from bench.events import km  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CITY_KM = 161.0
AREA_KM = 1000.0
AREA_KINDS = {"country", "region", "continent", "admin1"}


def load_gold(gold_dir: Path) -> dict[str, dict]:
    return {g["article"]: g for g in (json.loads(p.read_text(encoding="utf-8"))
                                      for p in sorted(gold_dir.rglob("*.json")))}


def load_mentions(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def score_places(mentions: list[dict], gold: dict[str, dict], texts: dict[str, str]) -> dict:
    """Misses (gold places not found or misplaced) and false places (not_places placed)."""
    by_article: dict[str, list[dict]] = {}
    for row in mentions:
        by_article.setdefault(row["article"], []).append(row)
    misses, found, wrongly_placed = [], 0, []
    total = 0
    for article, annotation in gold.items():
        rows = [r for r in by_article.get(article, []) if r["lat"]]
        demonyms = [r for r in by_article.get(article, []) if r["role"] == "demonym"]
        for place in annotation["places"]:
            total += 1
            if place["role"] == "demonym":
                # A demonym has no point ("Armenian" says whose, not where): it must name
                # the gold's country.
                named = [r["place"] for r in demonyms if r["text"] == place["text"]]
                if named and named[0] == place["place"]:
                    found += 1
                else:
                    misses.append((article, place["text"],
                                   f"names {named[0]!r}" if named else "not found"))
                continue
            same_text = [r for r in rows if r["text"] == place["text"]]
            if not same_text:
                misses.append((article, place["text"], "not found"))
                continue
            row = same_text[0]
            limit = AREA_KM if row["kind"] in AREA_KINDS else CITY_KM
            distance = km((float(row["lat"]), float(row["lon"])), (place["lat"], place["lon"]))
            if distance > limit:
                misses.append((article, place["text"], f"placed {distance:.0f} km off at "
                                                       f"{row['place']} ({row['place_id']})"))
            else:
                found += 1
        text = texts.get(article, "")
        for phrase in annotation.get("not_places", []):
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), text)]
            for row in rows:
                start, end = int(row["start"]), int(row["end"])
                if any(s <= start and end <= e for s, e in spans):
                    wrongly_placed.append((article, phrase, row["text"]))
    gold_texts = {(a, p["text"]) for a, g in gold.items() for p in g["places"]}
    spurious = [(r["article"], r["text"]) for r in mentions if r["lat"] and r["article"] in gold
                and (r["article"], r["text"]) not in gold_texts]
    return {"total": total, "found": found, "misses": misses,
            "not_places_placed": wrongly_placed, "spurious": sorted(set(spurious))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "maps")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "gold")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    from geo.corpus import read_corpus

    texts = {a.article_id: a.text for a in read_corpus(args.corpus) if hasattr(a, "text")}
    result = score_places(load_mentions(args.out / "mentions.csv"), load_gold(args.gold), texts)
    recall = result["found"] / result["total"] if result["total"] else 0.0
    print(f"gold places found and placed: {result['found']}/{result['total']} "
          f"(recall {recall:.3f}); spurious place strings: {len(result['spurious'])}; "
          f"not-places placed: {len(result['not_places_placed'])}")
    if args.show:
        for miss in result["misses"]:
            print("  miss:", *miss)
        for item in result["spurious"]:
            print("  spurious:", *item)
        for item in result["not_places_placed"]:
            print("  not a place:", *item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
