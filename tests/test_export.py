"""The tables: what a GIS tool or a spreadsheet reads."""

import csv
import json

import pandas as pd

from geo.export import (
    EVENT_COLUMNS,
    events_geojson,
    events_table,
    mentions_table,
    unresolved_table,
    write_csv,
    write_tables,
)


def mention(article, text, place_id="", sentence=""):
    return {"article": article, "start": 0, "end": len(text), "text": text,
            "place_id": place_id, "place": "", "lat": 1.0 if place_id else None,
            "lon": 2.0 if place_id else None, "country": "", "kind": "", "role": "mention",
            "score": 0.0, "lang": "en", "_sentence": sentence}


def test_unresolved_names_are_counted_most_frequent_first_with_an_example():
    mentions = mentions_table([
        mention("a", "Fizulino", sentence="Shells fell near Fizulino."),
        mention("b", "Kornidzar", sentence="People crossed at Kornidzar."),
        mention("c", "Kornidzar", sentence="Buses waited in Kornidzar."),
        mention("c", "Baku", place_id="g:baku"),
    ])
    table = unresolved_table(mentions)
    assert table.to_dict("records") == [
        {"name": "Kornidzar", "count": 2, "articles": 2, "example_article": "b",
         "example_sentence": "People crossed at Kornidzar."},
        {"name": "Fizulino", "count": 1, "articles": 1, "example_article": "a",
         "example_sentence": "Shells fell near Fizulino."},
    ]


def test_an_event_without_a_place_has_a_null_geometry_and_keeps_its_properties():
    row = dict.fromkeys(EVENT_COLUMNS)
    row.update({"article": "a", "event_id": "a#1", "year": 2023, "text": "Talks failed."})
    placed = {**row, "event_id": "a#2", "lat": 39.8, "lon": 46.7}
    collection = json.loads(events_geojson(events_table([row, placed])))
    features = collection["features"]
    assert features[0]["geometry"] is None
    assert features[0]["properties"]["text"] == "Talks failed."
    assert features[1]["geometry"] == {"type": "Point", "coordinates": [46.7, 39.8]}
    assert features[1]["properties"]["year"] == 2023


def test_tables_are_written_with_the_contract_columns_and_no_helper_column(tmp_path):
    paths = write_tables(tmp_path, events_table([]), mentions_table([mention("a", "Baku")]))
    assert sorted(paths) == ["events.csv", "events.geojson", "mentions.csv", "unresolved.csv"]
    assert "_sentence" not in pd.read_csv(paths["mentions.csv"]).columns
    assert list(pd.read_csv(paths["events.csv"]).columns) == EVENT_COLUMNS


def test_text_a_spreadsheet_would_run_as_a_formula_is_defused_in_csv_only(tmp_path):
    row = dict.fromkeys(EVENT_COLUMNS)
    row.update({"article": "a", "event_id": "a#1", "year": 2023, "fatalities": -1,
                "text": '=HYPERLINK("http://x.example","click")', "title": "@SUM(A1)",
                "place": "-Baku", "url": "+1 555"})
    events = events_table([row])
    write_csv(tmp_path / "events.csv", events)
    with (tmp_path / "events.csv").open(encoding="utf-8", newline="") as handle:
        written = next(csv.DictReader(handle))
    assert written["text"] == '\'=HYPERLINK("http://x.example","click")'
    assert (written["title"], written["place"], written["url"]) == ("'@SUM(A1)", "'-Baku",
                                                                     "'+1 555")
    assert written["fatalities"] == "-1"  # numbers are not text
    feature = json.loads(events_geojson(events))["features"][0]
    assert feature["properties"]["text"].startswith("=HYPERLINK")  # GeoJSON keeps it as is


def test_text_is_defused_in_every_kind_of_column_and_numbers_are_written_as_numbers():
    import io

    from geo.export import write_csv_rows

    table = pd.DataFrame({
        "text": pd.Series(["=1+1", None, "plain"], dtype="string"),
        "mixed": pd.Series(["@SUM(A1)", 2, None], dtype=object),
        "category": pd.Series(["-x", "+y", "z"], dtype="category"),
        "count": pd.Series([-1, None, 3], dtype="Int64"),
        "share": [-0.5, float("nan"), 1.0],
    })
    written = io.StringIO()
    write_csv_rows(written, table)
    assert written.getvalue().split("\r\n")[1:4] == [
        "'=1+1,'@SUM(A1),'-x,-1,-0.5", ",2,'+y,,", "plain,,z,3,1.0"]


def test_mention_rows_written_from_lists_are_the_bytes_pandas_writes():
    import io

    from geo.export import MENTION_COLUMNS, write_csv_rows, write_mention_rows

    rows = [mention("a/1", "Baku", place_id="g:baku"), mention("a/1", "=Fizuli"),
            mention("b", 'Say "Ganja", then\r\nmore', place_id="-x"),
            {**mention("b", "Shusha", place_id="g:s"), "lat": 39.7583, "score": 0.25}]
    as_lists = [[row[c] for c in (*MENTION_COLUMNS, "_sentence")] for row in rows]
    by_pandas, by_lists = io.StringIO(), io.StringIO()
    write_csv_rows(by_pandas, mentions_table(rows)[MENTION_COLUMNS])
    write_mention_rows(by_lists, as_lists, header=True)
    assert by_lists.getvalue() == by_pandas.getvalue()
    assert "'=Fizuli" in by_lists.getvalue() and ",,," in by_lists.getvalue()


def test_a_demonym_row_names_its_country_but_has_no_point_to_map():
    from geo.dates import PartialDate
    from geo.export import mention_rows
    from geo.model import Article, Mention
    from geo.pipeline import ArticleResult
    from tests.places import PLACES

    armenia = next(p for p in PLACES if p.place_id == "c:AM")
    text = "Armenian officials met in Armenia."
    result = ArticleResult(Article("a", "a.txt", text), PartialDate(), [
        Mention("a", 0, 8, "Armenian", "demonym", armenia, 0.9),
        Mention("a", 25, 32, "Armenia", "mention", armenia, 0.9)], [])
    demonym, country = mention_rows(result)
    assert (demonym["place_id"], demonym["country"], demonym["lat"]) == ("c:AM", "AM", None)
    assert (country["place_id"], country["lat"]) == ("c:AM", armenia.lat)
