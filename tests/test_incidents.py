"""Incidents: the reports of one thing that happened, fused across articles."""

import pandas as pd

from geo.export import EVENT_COLUMNS, events_table, write_csv
from geo.incidents import INCIDENT_COLUMNS, assign_incidents, incidents_table

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
STRIKE = ("Explosions/Remote violence", "Air/drone strike")
CLASH = ("Battles", "Armed clash")
# A made-up province with two towns 20 km apart, and a town of the same name abroad.
BRENNOCK = {"place_id": "t:brennock", "place": "Brennock", "place_as_written": "Brennock",
            "lat": 48.00, "lon": 31.00, "country": "XA", "geo_precision": 1,
            "place_scale": "city"}
TALVERE = {"place_id": "t:talvere", "place": "Talvere", "place_as_written": "Talvere",
           "lat": 48.18, "lon": 31.00, "country": "XA", "geo_precision": 1, "place_scale": "city"}
OSTMARK = {"place_id": "r:ostmark", "place": "Ostmark Province", "lat": 48.30,
           "place_as_written": "Ostmark Province", "lon": 31.40, "country": "XA",
           "geo_precision": 3, "place_scale": "region"}
BRENNOCK_ABROAD = {**BRENNOCK, "place_id": "t:brennock-xb", "lat": 45.0, "lon": 36.0,
                   "country": "XB"}


def report(article, place=BRENNOCK, kind=SHELLING, date="2031-03-14", n=1, **fields):
    row = dict.fromkeys(EVENT_COLUMNS)
    precision = {10: "day", 7: "month", 4: "year"}[len(date)] if date else "unknown"
    row.update(article=article, event_id=f"{article}#{n}", date=date,
               date_precision=precision, event_type=kind[0], sub_event_type=kind[1],
               text=f"{article} tells it.", **(place or {}))
    row.update(fields)
    return row


def fuse(*rows):
    return assign_incidents(events_table(rows))["incident_id"].tolist()


def test_the_same_shelling_told_by_three_articles_to_the_day_and_the_month_is_one_incident():
    ids = fuse(report("wire"), report("agency", kind=STRIKE),  # "strikes" for the shelling
               report("weekly", date="2031-03"))  # "earlier this month"
    assert len(set(ids)) == 1


def test_the_same_town_a_day_apart_is_two_incidents():
    ids = fuse(report("wire"), report("agency"), report("paper", date="2031-03-15"))
    assert ids[0] == ids[1] != ids[2]


def test_a_neighbouring_town_the_same_day_is_another_incident():
    ids = fuse(report("wire"), report("agency"), report("paper", place=TALVERE))
    assert ids[0] == ids[1] != ids[2]


def test_a_shelling_and_a_clash_at_one_town_the_same_day_are_two_incidents():
    ids = fuse(report("wire"), report("agency", kind=CLASH))
    assert ids[0] != ids[1]


def test_a_region_report_joins_the_only_town_incident_in_it_and_the_town_fixes_the_place():
    events = assign_incidents(events_table([
        report("regional", place=OSTMARK, fatalities=2), report("wire", fatalities=3)]))
    assert events["incident_id"].nunique() == 1
    incident = incidents_table(events).iloc[0]
    assert (incident["place"], incident["place_scale"], incident["geo_precision"]) == (
        "Brennock", "city", 1)
    assert (incident["reports"], incident["articles"]) == (2, 2)


def test_a_region_report_that_could_be_either_of_two_towns_incidents_stays_apart():
    ids = fuse(report("wire"), report("agency", place=TALVERE),
               report("regional", place=OSTMARK), report("digest", place=OSTMARK))
    assert len(set(ids)) == 4


def test_a_shared_death_toll_tells_which_of_two_incidents_a_region_report_is():
    ids = fuse(report("wire", fatalities=4), report("agency", place=TALVERE, fatalities=9),
               report("regional", place=OSTMARK, fatalities=9))
    assert ids[1] == ids[2] != ids[0]


def test_region_reports_with_no_town_incident_to_join_are_one_incident_of_the_region():
    ids = fuse(report("wire", place=OSTMARK), report("agency", place=OSTMARK))
    assert ids[0] == ids[1]


def test_a_month_report_that_could_be_either_of_two_days_stays_apart():
    ids = fuse(report("wire"), report("agency", date="2031-03-20"),
               report("weekly", date="2031-03"))
    assert len(set(ids)) == 3


def test_conflicting_fatalities_are_kept_as_a_range_with_the_article_that_gave_each():
    events = assign_incidents(events_table([
        report("wire", fatalities=3), report("agency", fatalities=7), report("paper")]))
    incident = incidents_table(events).iloc[0]
    assert (incident["fatalities_min"], incident["fatalities_max"]) == (3, 7)
    assert incident["fatalities_reported"] == "wire: 3; agency: 7"


def test_adding_a_report_keeps_the_incident_id_whatever_its_article_is_called():
    first = fuse(report("m-wire"), report("m-agency"), report("m-paper", place=TALVERE))
    more = fuse(report("m-wire"), report("m-agency"), report("m-paper", place=TALVERE),
                report("a-early", date="2031-03"), report("z-late", kind=STRIKE))
    assert more[:3] == first
    assert more[3] == more[4] == first[0]


def test_the_id_does_not_depend_on_the_order_of_the_rows():
    rows = [report("wire"), report("agency", place=OSTMARK), report("paper", date="2031-03")]
    assert fuse(*rows) == list(reversed(fuse(*reversed(rows))))


def test_two_events_of_one_article_are_never_one_incident():
    ids = fuse(report("wire", n=1), report("wire", n=2, geo_precision=2))
    assert ids[0] != ids[1]


def test_reports_of_two_attackers_are_two_incidents_but_a_battle_told_from_both_sides_is_one():
    shelled = fuse(report("wire", actor1_country="XB"), report("agency", actor1_country="XA"),
                   report("paper"))
    assert shelled[0] != shelled[1] and shelled[2] in shelled[:2]
    fought = fuse(report("wire", kind=CLASH, actor1_country="XB", actor2_country="XA"),
                  report("agency", kind=CLASH, actor1_country="XA", actor2_country="XB"))
    assert fought[0] == fought[1]


def test_an_agreement_names_its_parties_in_any_order_and_two_pairs_of_parties_are_two():
    agreement = ("Strategic developments", "Agreement")
    ids = fuse(report("wire", kind=agreement, actor1_country="XA", actor2_country="XB"),
               report("agency", kind=agreement, actor1_country="XB", actor2_country="XA"),
               report("paper", kind=agreement, actor1_country="XC", actor2_country="XD"))
    assert ids[0] == ids[1] != ids[2]


def test_one_name_read_as_two_towns_is_one_incident_at_the_place_most_reports_give():
    events = assign_incidents(events_table([
        report("wire"), report("agency", place=BRENNOCK_ABROAD), report("paper")]))
    assert events["incident_id"].nunique() == 1
    assert incidents_table(events).iloc[0]["place_id"] == "t:brennock"


def test_reports_without_a_place_or_a_day_or_month_stay_incidents_of_their_own():
    ids = fuse(report("wire", place=None), report("agency", place=None),
               report("paper", date="2031"), report("weekly", date="2031"))
    assert len(set(ids)) == 4 and all(ids)


def test_an_events_csv_read_back_fuses_as_the_table_it_was_written_from(tmp_path):
    table = events_table([report("wire", fatalities=3), report("agency", place=OSTMARK),
                          report("paper", date="2031-03"), report("undated", date="")])
    write_csv(tmp_path / "events.csv", table)
    read_back = pd.read_csv(tmp_path / "events.csv")
    assert (assign_incidents(read_back)["incident_id"].tolist()
            == assign_incidents(table)["incident_id"].tolist())


def test_the_incidents_table_has_one_row_per_incident_with_its_reports_and_articles():
    events = assign_incidents(events_table([
        report("wire", actor1="Forces of XB", actor1_country="XB", inter1=1),
        report("agency", actor1="Forces of XB", actor1_country="XB", inter1=1),
        report("paper"), report("paper", place=TALVERE, n=2)]))
    incidents = incidents_table(events)
    assert list(incidents.columns) == INCIDENT_COLUMNS
    assert sorted(incidents["reports"]) == [1, 3]
    shelling = incidents[incidents["reports"] == 3].iloc[0]
    assert (shelling["first_article"], shelling["last_article"]) == ("wire", "paper")
    assert (shelling["actor1"], shelling["actor1_country"], shelling["inter1"]) == (
        "Forces of XB", "XB", 1)
    assert (shelling["date"], shelling["date_precision"], shelling["year"]) == (
        "2031-03-14", "day", 2031)


def test_an_empty_events_table_has_no_incidents():
    events = assign_incidents(events_table([]))
    assert "incident_id" in events.columns
    assert list(incidents_table(events).columns) == INCIDENT_COLUMNS
