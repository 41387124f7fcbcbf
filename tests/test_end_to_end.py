"""`make_map.py` over the shipped corpus, checked against the corpus's gold annotations.

One run for the module (a few seconds once the gazetteer's cache is built). The figures
asserted at the end are the ones reached when this test was written: a change that loses
a place or an event makes it fail.
"""

import csv
import json
from pathlib import Path

import pytest

from bench.events import load_gold as load_gold_events
from bench.events import score as score_events
from bench.places import load_gold, load_mentions, score_places
from geo import cli
from geo.corpus import read_corpus
from geo.export import EVENT_COLUMNS, MENTION_COLUMNS, UNRESOLVED_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "gold"

# Reached on the shipped corpus; raise them as the pipeline improves, never lower them.
EVENT_PRECISION = 0.94
EVENT_RECALL = 0.90
EVENT_TYPE_ACCURACY = 0.98
EVENT_DATE_ACCURACY = 0.98


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("maps")
    assert cli.main(["--corpus", str(CORPUS), "--out", str(out), "--quiet"]) == 0
    return out


def rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_map_and_the_four_tables_are_written(out):
    for name in ("events.html", "events.csv", "mentions.csv", "events.geojson",
                 "unresolved.csv"):
        assert (out / name).stat().st_size > 0, name


def test_tables_follow_the_output_contract(out):
    with (out / "events.csv").open(encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == EVENT_COLUMNS
    with (out / "mentions.csv").open(encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == MENTION_COLUMNS
    with (out / "unresolved.csv").open(encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == UNRESOLVED_COLUMNS
    geojson = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert geojson["type"] == "FeatureCollection"
    assert len(geojson["features"]) == len(rows(out / "events.csv"))


def test_the_map_has_the_years_2020_and_2023_as_layers(out):
    years = {r["year"] for r in rows(out / "events.csv")}
    assert {"2020", "2023"} <= years
    html = (out / "events.html").read_text(encoding="utf-8")
    for year in ("2020", "2023"):
        assert f'"{year}"' in html


def test_mention_offsets_point_into_the_files_as_read(out):
    texts = {a.article_id: a.text for a in read_corpus(CORPUS) if hasattr(a, "text")}
    mentions = rows(out / "mentions.csv")
    assert mentions
    for row in mentions:
        text = texts[row["article"]]
        assert text[int(row["start"]):int(row["end"])] == row["text"]
    # For .txt and .md files that text is the file's own content, byte for byte decoded.
    for path in list(CORPUS.rglob("*.txt")) + list(CORPUS.rglob("*.md")):
        article_id = path.relative_to(CORPUS).with_suffix("").as_posix()
        assert texts[article_id] == path.read_bytes().decode("utf-8-sig")


def test_every_gold_place_is_found_and_placed(out):
    texts = {a.article_id: a.text for a in read_corpus(CORPUS) if hasattr(a, "text")}
    result = score_places(load_mentions(out / "mentions.csv"), load_gold(GOLD), texts)
    assert result["misses"] == []
    assert result["not_places_placed"] == []


def test_events_match_the_gold(out):
    gold_rows, articles = load_gold_events(GOLD)
    predicted = [r for r in rows(out / "events.csv") if r["article"] in articles]
    for row in predicted:
        row["year"] = int(row["year"]) if row["year"] else None
        row["lat"] = float(row["lat"]) if row["lat"] else None
        row["lon"] = float(row["lon"]) if row["lon"] else None
    figures = score_events(predicted, gold_rows)
    assert figures["precision"] >= EVENT_PRECISION, figures
    assert figures["recall"] >= EVENT_RECALL, figures
    assert figures["type_accuracy"] >= EVENT_TYPE_ACCURACY, figures
    assert figures["date_accuracy"] >= EVENT_DATE_ACCURACY, figures
