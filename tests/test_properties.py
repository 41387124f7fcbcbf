"""Property tests: arbitrary bytes, text, dates and gazetteer rows never crash a stage.

Each property has a small fixed example budget so that the suite stays fast.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.corpus import Skipped, read_file
from geo.curated import PLACES_FILE, read_curated
from geo.dates import PartialDate, article_date, event_date
from geo.model import Article

FAST = settings(max_examples=100, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
PRECISION_LENGTH = {"unknown": 0, "year": 4, "month": 7, "day": 10}
SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".csv", ".html")


def _read(data: bytes, suffix: str) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, f"article{suffix}")
        path.write_bytes(data)
        return list(read_file(path, Path(folder)))


# Bytes likely to trip a reader: format punctuation, encodings' lead bytes, BOMs, NULs.
_FRAGMENTS = st.sampled_from([
    b"{", b"}", b"[", b"]", b'"text"', b":", b",", b"\n", b"\r\n", b"\r", b'"', b"text,id\n",
    b"<html>", b"<body>", b"</p>", b"<p>", b"---\n", b"title: x\n", b"date: 2020-10-04\n",
    b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\xe9", b"\x93", b"\xc3", b"\xa9", b"Shusha ",
    b"\t", b";", b"null", b"1e999", b"\\u0000", b"\\ud800", b"\\udfff",
    # and what the issue of hostile inputs found: aliases, deep nesting, UTF-16 without a BOM
    b"a: &x [1]\n", b"b: *x\n", b"[" * 40, b"<div>" * 40, "Goris".encode("utf-16-le"),
])
ARBITRARY_BYTES = st.one_of(st.binary(max_size=600),
                            st.lists(_FRAGMENTS | st.binary(max_size=8), max_size=40)
                            .map(b"".join))


@FAST
@given(data=ARBITRARY_BYTES, suffix=st.sampled_from(SUFFIXES))
def test_readers_never_raise_and_give_articles_or_one_line_skips(data, suffix):
    items = _read(data, suffix)
    assert items
    for item in items:
        assert isinstance(item, (Article, Skipped))
        if isinstance(item, Skipped):
            assert item.reason and "\n" not in item.reason
            values = [item.path, item.reason]
        else:
            assert item.text.strip()
            assert 0 <= item.body_start <= len(item.text)
            values = [item.article_id, item.path, item.text, item.title, item.url,
                      item.source, *item.notes]
        for value in values:  # what the tables, the cache and the map must be able to write
            value.encode("utf-8")


# Any character, lone surrogates and NUL often: JSON escapes them all ("\ud800", "\u0000").
ANY_CHARACTER = st.characters() | st.sampled_from(["\ud800", "\udbff", "\udc80", "\udfff",
                                                   "\x00"])


@FAST
@given(text=st.lists(ANY_CHARACTER, max_size=300).map("".join),  # (st.text drops surrogates)
       title=st.lists(ANY_CHARACTER, max_size=30).map("".join),
       suffix=st.sampled_from([".json", ".jsonl"]))
def test_a_json_records_text_is_read_as_written_save_what_utf8_cannot_hold(text, title,
                                                                           suffix):
    data = json.dumps({"text": text, "title": title}).encode("ascii")
    (item,) = _read(data, suffix)
    written = json.loads(data)["text"]  # (a high surrogate then a low one make one character)
    writable = re.sub("[\ud800-\udfff]", "\ufffd", written).replace("\x00", " ")
    if not writable.strip():
        assert isinstance(item, Skipped) and item.reason.endswith("empty text")
        return
    assert isinstance(item, Article) and item.text == writable
    for value in (item.text, item.title, *item.notes):
        value.encode("utf-8")


@FAST
@given(text=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                    max_size=400),
       bom=st.booleans())
def test_txt_article_text_is_the_decoded_file(text, bom):
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    (item,) = _read(data, ".txt")
    if isinstance(item, Article):
        assert item.text == text
    else:
        assert "empty" in item.reason or "no text after" in item.reason


# --- recogniser and resolver over the real gazetteer ---------------------------------------


@pytest.fixture(scope="module")
def language():
    from geo.gazetteer import default_cache_dir, load_gazetteer
    from geo.recognize import load_name_index

    root = Path(__file__).resolve().parent.parent
    gazetteer = load_gazetteer(root / "gazetteer", cache_dir=default_cache_dir())
    return gazetteer, load_name_index(gazetteer, default_cache_dir())


# Place names (some whose case-folding changes their length) among arbitrary text.
_NAMES = st.sampled_from([
    "Stepanakert", "Goris", "Nagorno-Karabakh", "U.S.", "St. Louis", "W.Va.", "Ga.", "UK",
    "İstanbul", "Şuşa", "Ağdam", "STRASSE", "Straße", "ﬁle", "Xankəndi", "Armenians",
    "the United States", "Baku said", " in ", " near ", ", ", ". ", "\n\n", "Mr. ",
])
HOSTILE_TEXT = st.lists(_NAMES | st.text(max_size=12), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=HOSTILE_TEXT, body_start=st.integers(0, 20))
def test_mentions_point_into_the_text(language, text, body_start):
    from geo.recognize import recognize
    from geo.resolve import resolve

    gazetteer, index = language
    article = Article("a", "a.txt", text, body_start=min(body_start, len(text)))
    mentions = resolve(recognize(article, index, gazetteer), gazetteer, text)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.text == text[mention.start:mention.end]


# --- dates --------------------------------------------------------------------------------

_DATE_WORDS = st.sampled_from([
    "on", "Monday", "Sunday", "yesterday", "last", "week", "month", "year", "ago", "two",
    "days", "since", "in", "1994", "2020", "0", "9999", "31", "29", "February", "Feb.",
    "March", "Sept", "14", "2023-09-19", "19/09/2023", "the", "early", "2010s", "of", ",",
    "-", "–", "by", "until", "'20", "2020s", "mid-October", "Thursday's", "tonight",
])
SENTENCES = st.lists(_DATE_WORDS | st.text(max_size=6), max_size=25).map(" ".join)
PUBLISHED = st.one_of(
    st.just(PartialDate()),
    st.builds(PartialDate, st.integers(1900, 2100)),
    st.builds(PartialDate, st.integers(1900, 2100), st.integers(1, 12)),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(
        lambda d: PartialDate(d.year, d.month, d.day)),
)


def _consistent(date: PartialDate) -> None:
    assert isinstance(date, PartialDate)
    assert len(date.iso) == PRECISION_LENGTH[date.precision]
    assert PartialDate.from_iso(date.iso) == date
    if date.year is not None:
        assert 1000 <= date.year <= 2999


@FAST
@given(sentence=SENTENCES, published=PUBLISHED, trigger=st.none() | st.integers(-5, 300))
def test_event_date_never_raises_and_is_a_real_partial_date(sentence, published, trigger):
    _consistent(event_date(sentence, published, trigger))


@FAST
@given(text=SENTENCES, published=st.text(max_size=12) | st.sampled_from(
           ["2020", "2020-13", "2020-02-30", "1066", "2020-10-04T10:00"]),
       url=st.text(max_size=20) | st.just("https://x.example/2020/10/04/a"))
def test_article_date_never_raises_and_is_a_real_partial_date(text, published, url):
    article = Article("a", "2021/a.txt", text or " ", published=published, url=url)
    _consistent(article_date(article))


# --- the curated gazetteer's parser --------------------------------------------------------

_CELLS = st.sampled_from(["", "cur:x", "gn:1", "x", "Town", "city", "AZ", "ZZ", "40.1", "-91",
                          "181", "nan", "inf", "1e3", "-", "12|13", "40,46,41,47", "gn:1|gn:2",
                          "cur:x", "  ", "#", "\u00a0", "é"]) | st.text(
    st.characters(blacklist_categories=("Cs",),
                  blacklist_characters="\t\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
    max_size=8)
ROWS = st.lists(st.lists(_CELLS, max_size=14).map("\t".join), max_size=12)


@FAST
@given(places=ROWS, aliases=ROWS)
def test_curated_parser_never_crashes_and_places_problems_on_lines(places, aliases):
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder, "gazetteer")
        directory.mkdir()
        files = {
            PLACES_FILE: "place_id\tname\tkind\tcountry\tlat\tlon\tpopulation\tadmin1\tbbox\t"
                         "names\tsame_as\tsource",
            "aliases.tsv": "place_id\tname\tsource",
        }
        lines_of = {}
        for (name, header), rows in zip(files.items(), (places, aliases)):
            text = "\n".join([header, *rows]) + "\n"
            (directory / name).write_text(text, encoding="utf-8")
            lines_of[name] = len(text.splitlines())
        curated = read_curated(directory, {"AZ", "AM"})
        for problem in curated.problems:
            name = Path(problem.path).name
            assert name in lines_of, problem
            if problem.line:  # 0 only for problems of the whole gazetteer (id loops)
                assert 2 <= problem.line <= lines_of[name], problem
                assert str(problem).startswith(f"{problem.path}:{problem.line}: ")
        for place in curated.places.values():  # a row that parsed holds sane numbers
            assert place.lat is None or -90 <= place.lat <= 90
            assert place.lon is None or -180 <= place.lon <= 180
