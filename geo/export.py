"""Tables: per-article results -> rows -> events.csv, mentions.csv, unresolved.csv, GeoJSON.

The column lists below are the output contract documented in the README; tests pin them.
Every file is written atomically, so a reader never sees half a table.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd

from geo.atomic import atomic_open, write_text_atomic
from geo.events.unlisted import unlisted_names
from geo.incidents import incident_ids
from geo.lang import supports
from geo.model import Place
from geo.pipeline import ArticleResult

EVENT_COLUMNS = [
    "article", "event_id", "title", "url", "source_path", "lang", "date", "year",
    "date_precision",
    "event_type", "sub_event_type", "place_id", "place", "lat", "lon", "country",
    "geo_precision", "place_scale", "place_source", "place_as_written", "fatalities", "text",
    "mention_start", "mention_end", "trigger",
    "actor1", "actor1_country", "inter1", "actor2", "actor2_country", "inter2",
    "actor1_as_written", "actor2_as_written",
    # One id for every report of one incident, across articles: given over the whole
    # table by `events_table` (geo/incidents.py), empty in an article's own rows.
    "incident_id",
]
MENTION_COLUMNS = [
    "article", "start", "end", "text", "place_id", "place", "lat", "lon", "country", "kind",
    "role", "score", "lang",
]
UNRESOLVED_COLUMNS = ["name", "count", "articles", "example_article", "example_sentence"]
ACTOR_COLUMNS = ["actor", "kind", "country", "events_as_actor1", "events_as_actor2", "years",
                 "written_as"]


def event_rows(result: ArticleResult) -> list[dict]:
    article = result.article
    rows = []
    for event in result.events:
        place = event.place
        mention = event.mention
        rows.append({
            "article": article.article_id,
            "event_id": event.event_id,
            "title": article.title,
            "url": article.url,
            "source_path": article.path,
            "lang": result.lang,
            "date": event.date.iso,
            "year": event.date.year,
            "date_precision": event.date.precision,
            "event_type": event.event_type,
            "sub_event_type": event.sub_event_type,
            **_place_fields(place),
            "geo_precision": event.geo_precision,
            "place_scale": event.place_scale,
            "place_as_written": event.place_as_written,
            "place_source": event.place_source,
            "fatalities": event.fatalities,
            "text": event.sentence,
            "mention_start": mention.start - event.sentence_start
            if mention and event.place_source == "sentence" else None,
            "mention_end": mention.end - event.sentence_start
            if mention and event.place_source == "sentence" else None,
            "trigger": event.trigger,
            "actor1": event.actor1,
            "actor1_country": event.actor1_country,
            "inter1": event.inter1,
            "actor2": event.actor2,
            "actor2_country": event.actor2_country,
            "inter2": event.inter2,
            "actor1_as_written": event.actor1_as_written,
            "actor2_as_written": event.actor2_as_written,
            "incident_id": "",
        })
    return rows


def mention_rows(result: ArticleResult) -> Iterator[dict]:
    """One row at a time: a 50 MB article has half a million mentions."""
    for mention in result.mentions:
        place = mention.place
        fields = _place_fields(place)
        if mention.role == "demonym":
            # "Armenian" says whose, not where: the country it implies, but no point to map.
            fields["lat"] = fields["lon"] = None
        yield {
            "article": mention.article_id,
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            **fields,
            "kind": place.kind if place else "",
            "role": mention.role,
            "score": mention.score,
            "lang": result.lang,
            # Kept for unresolved.csv, dropped before mentions.csv is written.
            "_sentence": _sentence_around(result.article.text, mention.start, mention.end)
            if place is None else "",
        }


def unlisted_rows(result: ArticleResult, gazetteer) -> list[list]:
    """Rows for unresolved.csv alone, in `mention_rows`' columns and `_sentence`: the names
    in a place's position that no mention covers and the gazetteer lacks
    (`geo.events.unlisted`), which the user must add. They are in no mention and no event,
    so mentions.csv and events.csv are what they would be without them."""
    if not supports(result.lang, "events"):
        return []  # (the place positions are read with the language's event words)
    text = result.article.text
    return [[mention.article_id, mention.start, mention.end, mention.text,
             *_place_fields(None).values(), "", mention.role, mention.score, result.lang,
             _sentence_around(text, mention.start, mention.end)]
            for mention in unlisted_names(result.article, result.mentions, gazetteer,
                                          result.lang)]


def _place_fields(place: Place | None) -> dict:
    """The place columns both tables share; empty for no place."""
    if place is None:
        return {"place_id": "", "place": "", "lat": None, "lon": None, "country": ""}
    return {"place_id": place.place_id, "place": place.name, "lat": place.lat,
            "lon": place.lon, "country": place.country}


def events_table(rows: Iterable[dict]) -> pd.DataFrame:
    """The events of a corpus (or of any set of articles) as one table; the reports of one
    incident across its articles share an `incident_id` (geo/incidents.py)."""
    table = pd.DataFrame(list(rows), columns=EVENT_COLUMNS)
    for column in ("year", "fatalities", "mention_start", "mention_end", "inter1", "inter2"):
        table[column] = table[column].astype("Int64")
    for column in ("lat", "lon"):
        table[column] = table[column].astype("float64")
    table["incident_id"] = incident_ids(table)
    return table


def actors_table(events: pd.DataFrame) -> pd.DataFrame:
    """One row per actor of the events: its kind (its own ACLED code: a state's forces
    are 1, though coded 8 in the events where they act abroad), its country, how many
    events it began and suffered, the years, and every way the articles wrote it, so that a
    user can see, and correct, what was taken for one actor."""
    sides = []
    for n in (1, 2):
        side = events[[f"actor{n}", f"actor{n}_country", f"inter{n}", "year",
                       f"actor{n}_as_written"]].copy()
        side.columns = ["actor", "country", "kind", "year", "written"]
        sides.append(side.assign(first=n == 1))
    both = pd.concat(sides, ignore_index=True)
    both = both[both["actor"].fillna("") != ""]
    if both.empty:
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    table = both.groupby("actor", sort=False).agg(
        kind=("kind", "min"),
        country=("country", "first"),
        events_as_actor1=("first", "sum"),
        events_as_actor2=("first", lambda first: int((~first).sum())),
        years=("year", lambda years: " ".join(str(y) for y in sorted(years.dropna().unique()))),
        written_as=("written", lambda names: "; ".join(
            dict.fromkeys(n for n in names if isinstance(n, str) and n))),
    ).reset_index()
    table["kind"] = table["kind"].astype("Int64")
    table["events_as_actor1"] = table["events_as_actor1"].astype(int)
    total = table["events_as_actor1"] + table["events_as_actor2"]
    return table.assign(_total=-total).sort_values(
        ["_total", "actor"], kind="stable")[ACTOR_COLUMNS].reset_index(drop=True)


def mentions_table(rows: Iterable[dict]) -> pd.DataFrame:
    table = pd.DataFrame(list(rows), columns=[*MENTION_COLUMNS, "_sentence"])
    for column in ("lat", "lon", "score"):
        table[column] = table[column].astype("float64")
    return table


def unresolved_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """Names that look like places but found no place, most frequent first."""
    missing = mentions[mentions["place_id"] == ""]
    if missing.empty:
        return pd.DataFrame(columns=UNRESOLVED_COLUMNS)
    grouped = missing.groupby("text", sort=False).agg(
        count=("text", "size"),
        articles=("article", "nunique"),
        example_article=("article", "first"),
        example_sentence=("_sentence", "first"),
    ).reset_index().rename(columns={"text": "name"})
    return grouped.sort_values(["count", "name"], ascending=[False, True],
                               kind="stable")[UNRESOLVED_COLUMNS].reset_index(drop=True)


def write_tables(out_dir: Path, events: pd.DataFrame, mentions: pd.DataFrame) -> dict[str, Path]:
    """Write the four tables; returns their paths by name."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "events.csv": out_dir / "events.csv",
        "mentions.csv": out_dir / "mentions.csv",
        "unresolved.csv": out_dir / "unresolved.csv",
        "events.geojson": out_dir / "events.geojson",
    }
    write_csv(paths["events.csv"], events)
    write_csv(paths["mentions.csv"], mentions[MENTION_COLUMNS])
    write_csv(paths["unresolved.csv"], unresolved_table(mentions))
    write_text_atomic(paths["events.geojson"], events_geojson(events))
    return paths


def write_csv(path: Path, table: pd.DataFrame) -> None:
    with atomic_open(path, "w", newline="") as handle:
        write_csv_rows(handle, table)


def write_csv_rows(handle: IO[str], table: pd.DataFrame, *, header: bool = True) -> None:
    """The one CSV dialect of every table (streamed tables too, a chunk at a time).

    RFC 4180's CRLF: with it the writer quotes any field holding a CR or an LF, so a
    sentence with an old Mac line break stays one field. Text that a spreadsheet would run
    as a formula (it begins with = + - @, a tab or a CR) gets a leading apostrophe, as
    OWASP advises for CSV files; the GeoJSON keeps the text as it is. Missing values are
    empty. (Python's csv module over the columns' values writes what pandas' `to_csv`
    would, byte for byte, in a third of the time.)
    """
    writer = csv.writer(handle, lineterminator="\r\n")  # None is written as ""
    if header:
        writer.writerow(table.columns)
    writer.writerows(zip(*(_csv_column(table[name]) for name in table.columns)))


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_column(column: pd.Series) -> list:
    """The column's values as written to a CSV file: plain (`_plain_column`), and defused
    unless the column holds numbers only (a column of numbers has no text to defuse)."""
    values = _plain_column(column)
    if pd.api.types.is_numeric_dtype(column.dtype):
        return values
    return _defused(values)


def _defused(values: list) -> list:
    """The column's values, text that a spreadsheet would run as a formula with an
    apostrophe before it."""
    return [_defused_value(value) for value in values]


def _defused_value(value):
    if value.__class__ is str and value.startswith(_FORMULA_STARTS):
        return f"'{value}"
    return value


def write_mention_rows(handle: IO[str], rows: list[list], *, header: bool) -> None:
    """mentions.csv rows straight from the cached lists, in `write_csv_rows`'s dialect and
    bytes (tests/test_export.py holds the two to it), without making a table of them."""
    writer = csv.writer(handle, lineterminator="\r\n")  # None is written as ""
    if header:
        writer.writerow(MENTION_COLUMNS)
    width = len(MENTION_COLUMNS)

    def cells(row: list) -> list:
        row = row[:width]
        for column in _MENTION_TEXT_COLUMNS:
            row[column] = _defused_value(row[column])
        return row

    writer.writerows(map(cells, rows))


_MENTION_TEXT_COLUMNS = [MENTION_COLUMNS.index(name) for name in (
    "article", "text", "place_id", "place", "country", "kind", "role")]


def events_geojson(events: pd.DataFrame) -> str:
    """A FeatureCollection of the events; an event with no place has a null geometry."""
    features = []
    names = list(events.columns)
    for values in zip(*(_plain_column(events[name]) for name in names)):
        properties = dict(zip(names, values))
        lat, lon = properties.get("lat"), properties.get("lon")
        geometry = ({"type": "Point", "coordinates": [lon, lat]}
                    if lat is not None and lon is not None else None)
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    return json.dumps({"type": "FeatureCollection", "features": features},
                      ensure_ascii=False, indent=None) + "\n"


def _plain_column(column: pd.Series) -> list:
    """The column's values as Python's (`_plain`), None for every kind of missing one.

    (A column by column pass: the table made all of object first cost as much again.)
    """
    values = column.tolist()
    for at in column.isna().to_numpy().nonzero()[0].tolist():
        values[at] = None
    if isinstance(column.dtype, np.dtype) and column.dtype.kind in "biuf":
        return values  # (a NumPy column's list holds Python numbers already)
    if isinstance(column.dtype, pd.StringDtype):
        return values  # (and a column of text's holds str, its missing ones None now)
    return [_plain(value) for value in values]


def _plain(value):
    if value is None or value.__class__ in (str, int, float):
        return value
    if value is pd.NA:
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _sentence_around(text: str, start: int, end: int, limit: int = 300) -> str:
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, start - limit)
    candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min([*candidates, end + limit, len(text)])
    return " ".join(text[left:right + 1].split())
