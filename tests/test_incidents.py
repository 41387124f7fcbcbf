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
# The country around them, and a town of another country.
XALAND = {"place_id": "c:xa", "place": "Xaland", "place_as_written": "Xaland", "lat": 48.5,
          "lon": 31.5, "country": "XA", "geo_precision": 3, "place_scale": "country"}
KESSEL = {"place_id": "t:kessel", "place": "Kessel", "place_as_written": "Kessel",
          "lat": 45.3, "lon": 36.4, "country": "XB", "geo_precision": 1, "place_scale": "city"}


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


def test_a_month_report_recalls_the_day_the_press_told_most_when_it_told_it_far_most():
    # "the shelling of Brennock earlier this month": four wires told the 14th, one the 20th
    told = [report(f"wire{n}") for n in range(4)]
    ids = fuse(*told, report("agency", date="2031-03-20"), report("weekly", date="2031-03"))
    assert ids[-1] == ids[0] != ids[4]


def test_a_month_report_stays_apart_when_no_day_was_told_three_times_as_much_as_the_rest():
    told = [report(f"wire{n}") for n in range(2)]
    ids = fuse(*told, report("agency", date="2031-03-20"), report("weekly", date="2031-03"))
    assert len({ids[0], ids[2], ids[3]}) == 3


def test_a_region_report_recalls_the_town_incident_the_press_told_most():
    told = [report(f"wire{n}") for n in range(3)]
    ids = fuse(*told, report("agency", place=TALVERE), report("regional", place=OSTMARK))
    assert ids[-1] == ids[0] != ids[3]


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


# --- What a reader uses to attach a vague report: toll, place read two ways, month at a region


def test_a_toll_that_fits_one_of_two_town_incidents_tells_which_a_region_report_is():
    # 2 dead at Brennock, 30 at Talvere: "28 killed in the province" is Talvere's, though no
    # report gave 28 (tolls rise, each side counts its own).
    ids = fuse(report("wire", fatalities=2), report("agency", place=TALVERE, fatalities=30),
               report("regional", place=OSTMARK, fatalities=28))
    assert ids[1] == ids[2] != ids[0]


def test_a_toll_that_fits_both_town_incidents_leaves_a_region_report_apart():
    ids = fuse(report("wire", fatalities=10), report("agency", place=TALVERE, fatalities=14),
               report("regional", place=OSTMARK, fatalities=12))
    assert len(set(ids)) == 3


def test_a_toll_does_not_keep_a_region_report_from_the_only_incident_it_can_be():
    # The first count and a later one: the only shelling in the province that day.
    ids = fuse(report("wire", fatalities=1), report("regional", place=OSTMARK, fatalities=13))
    assert ids[0] == ids[1]


def test_a_month_report_at_a_region_joins_the_only_incident_of_its_kind_there_that_month():
    ids = fuse(report("wire"), report("agency", kind=CLASH, place=TALVERE, date="2031-03-20"),
               report("abroad", place=KESSEL, date="2031-03-02"),
               report("monthly", place=OSTMARK, date="2031-03"))
    assert ids[3] == ids[0] and len(set(ids)) == 3


def test_a_month_report_at_a_region_with_two_incidents_of_its_kind_that_month_stays_apart():
    ids = fuse(report("wire"), report("agency", place=TALVERE, date="2031-03-20"),
               report("monthly", place=OSTMARK, date="2031-03"))
    assert len(set(ids)) == 3


def test_the_attacker_tells_which_of_two_incidents_in_the_region_a_month_report_is():
    ids = fuse(report("wire", actor1_country="XB"),
               report("agency", place=TALVERE, date="2031-03-20", actor1_country="XA"),
               report("monthly", place=OSTMARK, date="2031-03", actor1_country="XA"))
    assert ids[2] == ids[1] != ids[0]


def test_a_month_report_at_a_country_joins_the_only_incident_of_its_kind_in_it_that_month():
    ids = fuse(report("wire"), report("abroad", place=KESSEL, date="2031-03-02"),
               report("summary", place=XALAND, date="2031-03"))
    assert ids[2] == ids[0] != ids[1]
    two = fuse(report("wire"), report("agency", place=TALVERE, date="2031-03-20"),
               report("summary", place=XALAND, date="2031-03"))
    assert len(set(two)) == 3


def test_a_month_report_at_the_other_town_of_the_name_joins_the_incident_of_that_name():
    ids = fuse(report("wire"), report("agency"),
               report("weekly", place=BRENNOCK_ABROAD, date="2031-03"))
    assert len(set(ids)) == 1


def test_a_month_report_at_a_town_that_had_its_own_incident_is_that_towns():
    ids = fuse(report("wire"), report("local", place=BRENNOCK_ABROAD, date="2031-03-02"),
               report("weekly", place=BRENNOCK_ABROAD, date="2031-03"))
    assert ids[2] == ids[1] != ids[0]


def test_an_incident_first_read_at_the_other_town_of_its_name_is_found_by_its_region():
    # The resolver's slip is the first report read: the incident is at both towns named
    # Brennock, and the province's report finds it at the one in its province.
    ids = fuse(report("agency", place=BRENNOCK_ABROAD), report("wire"), report("paper"),
               report("regional", place=OSTMARK))
    assert len(set(ids)) == 1


def test_a_report_that_could_be_its_own_articles_incident_told_again_stays_apart():
    # The digest told Brennock's shelling and "a shelling in the province": either that one
    # again or Talvere's, and no reader can tell which.
    ids = fuse(report("wire"), report("agency", place=TALVERE), report("digest", n=1),
               report("digest", place=OSTMARK, n=2))
    assert ids[2] == ids[0] and ids[3] not in (ids[0], ids[1])


def test_near_misses_stay_apart_with_vague_reports_about():
    # The same town a day later, a town 20 km away the same day, a clash beside the
    # shelling: each its own incident, and the vague reports that could be two of them
    # stay apart.
    ids = fuse(report("wire", fatalities=5), report("next", date="2031-03-15", fatalities=5),
               report("near", place=TALVERE, fatalities=5), report("clash", kind=CLASH),
               report("weekly", date="2031-03", fatalities=5),
               report("regional", place=OSTMARK, fatalities=5))
    assert len(set(ids)) == 6


def test_an_incident_told_at_two_towns_of_its_name_in_one_country_is_one_candidate():
    # Both towns named Brennock are in Xaland, the other one far south: the province's
    # report finds the one incident once, not twice (which would leave it apart as if two).
    south = {**BRENNOCK, "place_id": "t:brennock-south", "lat": 46.0, "lon": 31.0}
    ids = fuse(report("wire"), report("agency", place=south), report("paper"),
               report("regional", place=OSTMARK))
    assert len(set(ids)) == 1


def test_vague_reports_attached_by_the_new_rules_keep_the_incidents_ids():
    first = fuse(report("wire", fatalities=2), report("agency", place=TALVERE, fatalities=30),
                 report("abroad", place=KESSEL, date="2031-03-02"))
    more = fuse(report("wire", fatalities=2), report("agency", place=TALVERE, fatalities=30),
                report("abroad", place=KESSEL, date="2031-03-02"),
                # Talvere's by its toll; Brennock's by its name; Kessel's that month
                report("regional", place=OSTMARK, fatalities=28),
                report("summary", place=BRENNOCK_ABROAD, date="2031-03", fatalities=3),
                report("xb-monthly", place=KESSEL, date="2031-03"))
    assert more[:3] == first
    assert more[3:] == [first[1], first[0], first[2]]


def test_the_wording_tells_which_of_two_incidents_a_month_report_is():
    # Brennock shelled on the 5th, struck from the air on the 14th: "an air strike on
    # Brennock earlier this month" is the one reported as an air strike.
    ids = fuse(report("wire", date="2031-03-05"), report("agency", date="2031-03-05"),
               report("paper", kind=STRIKE), report("weekly", kind=STRIKE, date="2031-03"))
    assert ids[3] == ids[2] != ids[0]


def test_a_wording_both_incidents_were_reported_in_leaves_a_month_report_apart():
    ids = fuse(report("wire", date="2031-03-05"), report("agency", kind=STRIKE,
                                                         date="2031-03-05"),
               report("paper", kind=STRIKE), report("daily"),
               report("weekly", kind=STRIKE, date="2031-03"))
    assert ids[0] == ids[1] != ids[2] == ids[3] and ids[4] not in ids[:4]
