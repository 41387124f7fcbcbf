"""The gold annotations agree with the shipped corpus as geo.corpus reads it.

If an article's text changes (or the reader's rules do), a gold sentence or place that no
longer matches the text fails here, rather than silently lowering a measured score.
"""

import json
import re
from pathlib import Path

import pytest

from geo.corpus import Skipped, read_corpus
from geo.events import TAXONOMY
from geo.model import Article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "gold"

PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
ISO_PARTIAL = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def _corpus():
    return list(read_corpus(CORPUS))


ITEMS = _corpus()
ARTICLES = {item.article_id: item for item in ITEMS if isinstance(item, Article)}
GOLD_FILES = sorted(GOLD.rglob("*.json"))


def _gold(article_id):
    return json.loads((GOLD / f"{article_id}.json").read_text(encoding="utf-8"))


def test_the_shipped_corpus_reads_without_a_skip():
    assert [item for item in ITEMS if isinstance(item, Skipped)] == []
    assert len(ARTICLES) >= 14


def test_every_article_has_exactly_one_gold_file_and_every_gold_file_an_article():
    gold_ids = [path.relative_to(GOLD).with_suffix("").as_posix() for path in GOLD_FILES]
    assert sorted(gold_ids) == sorted(ARTICLES)
    for article_id in gold_ids:
        assert _gold(article_id)["article"] == article_id


@pytest.mark.parametrize("article_id", sorted(ARTICLES))
def test_gold_strings_are_exact_substrings_of_the_text_as_read(article_id):
    text = ARTICLES[article_id].text
    gold = _gold(article_id)
    place_texts = [place["text"] for place in gold["places"]]
    assert len(place_texts) == len(set(place_texts)), "one entry per distinct string"
    for string in place_texts + gold["not_places"] + [e["sentence"] for e in gold["events"]]:
        assert string in text, string


@pytest.mark.parametrize("article_id", sorted(ARTICLES))
def test_gold_places_are_well_formed(article_id):
    gold = _gold(article_id)
    assert gold["published"] == "" or ISO_PARTIAL.fullmatch(gold["published"])
    for place in gold["places"]:
        assert place["role"] in {"mention", "dateline", "demonym"}
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180
        assert place["place"]


@pytest.mark.parametrize("article_id", sorted(ARTICLES))
def test_gold_events_use_the_taxonomy_and_consistent_dates_and_places(article_id):
    for event in _gold(article_id)["events"]:
        assert event["sub_event_type"] in TAXONOMY[event["event_type"]], event["sentence"]
        assert ISO_PARTIAL.fullmatch(event["date"]), event["date"]
        assert event["date_precision"] == PRECISION_BY_LENGTH[len(event["date"])]
        assert event["year"] == int(event["date"][:4])
        assert event["fatalities"] is None or (isinstance(event["fatalities"], int)
                                               and event["fatalities"] >= 0)
        if event["place"] is None:
            assert event["lat"] is None and event["lon"] is None
        else:
            assert -90 <= event["lat"] <= 90 and -180 <= event["lon"] <= 180


def test_the_gold_covers_the_years_and_event_types_it_is_meant_to_measure():
    events = [event for article_id in ARTICLES for event in _gold(article_id)["events"]]
    years = {event["year"] for event in events}
    assert len(events) >= 60
    assert {1994, 2016, 2020, 2023} <= years
    assert set(TAXONOMY) - {"Violence against civilians"} <= {e["event_type"] for e in events}
