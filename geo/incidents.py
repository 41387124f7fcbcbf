"""Incidents: the reports of one thing that happened, fused across articles.

A war's news tells one shelling many times: both sides' agencies, the wires, the papers that
copy them, and the next day's background paragraph. Each report stays an event of its own
(one row of events.csv, traceable to its sentence); `incident_ids` gives the reports of one
incident one id, over a whole events table (`geo.export.events_table` gives its table the
`incident_id` column with it; `assign_incidents` does the same to a table read from
events.csv), and `incidents_table` makes one row per incident, for incidents.csv.

Two reports are one incident when a careful reader would take them so:

- **the same thing**: the same event type, and sub-types that can be one act told two ways
  (`SUBTYPE_KINDS`: "strikes" and "shelling" of a town are one kind, fire from afar; a
  roadside bomb is another; a clash and a shelling are two types, so two incidents);
- **the same place**: the same gazetteer place, or the same name as written when it is the
  only incident of its kind under that name that day (two articles read "Martuni" as the
  two towns of that name: the place most of the reports give is the incident's);
- **the same day**: both dated to that day;
- **actors that do not contradict**: one-sided acts (a shelling, an attack, a protest...)
  whose first actors belong to two different countries are two incidents; a battle has two
  sides, so reports that name three countries' forces between them are not one battle; a
  town taken is taken by one side; an agreement or a meeting names its parties in any order,
  and two reports of one share a party;
- **two articles**: two events of one article are never one incident, since the events
  stage has already merged what an article tells twice.

A vague report joins the one incident it can be, and stays apart when it could be several
(a reader could not tell which):

- what it can be: an incident of its kind whose actors do not contradict its own, in its
  area and its span. Its area: placed only at a region, the towns within `REGION_KM` of the
  region's point in the same country; placed only at a country, that country (a town's or a
  region's incident); placed at a town, that town, or when no incident of its kind was told
  there, the other towns of its name (the resolver may have read the name as the other one).
  An incident is in the area of every town its reports of the day give it at, not only of
  the first one read. Its span: its day, or its month when dated only to the month;
- of several it can be, a death toll picks those whose tolls it fits (`toll_fits`: within
  their range widened by `TOLL_SLACK` deaths or `TOLL_SHARE` of the figure), and of these
  one whose reports give its very toll; then one whose reports word it as it does (its
  sub-type: "shelled" picks the incident reported as a shelling over one reported only as
  air strikes); then, of those still left, the one told by at least `SALIENT_SHARE` (three
  quarters) of their articles: "the shelling of the town in October" recalls the shelling
  the press told most, not the one a single wire mentioned. A toll never keeps it from the
  only one it can be, as tolls never split an incident, and neither does a wording;
- an incident that holds a report of the vague report's own article is one the events stage
  kept apart from it: the vague report may be it told again or another one, so it stays
  apart;
- with nothing it can be, a region's (a country's) report of a day joins the other reports of
  the same region (country) that day; a report of a month stays apart, as does a report
  dated only to a year or not at all, or placed nowhere.

Fatalities never split an incident (tolls rise as reports come in, and each side gives its
own): the incident keeps their range and which article gave which, never an average.

It is one pass over the events sorted by month, then by precision of date (the days before
the month's vaguer reports), day and precision of place (towns, then regions, then
countries), each report looked up in dictionaries keyed by (day, place, type): a report is
compared only with the few incidents of its type at its place (or in its country) on its day
(in its month), never with the corpus.

An incident's id is a hash of what defines it (its day, the place that fixes it, its type
and kind of act, plus an ordinal when two incidents share these): it stays when a report is
added to it, whatever the order the articles are read in, and changes only when a report
makes the incident itself more precise (a town's report for an incident known only at a
region) or moves it (a report that makes another place the one most reports give). A report
fused with nothing has an id made from its own event_id.
"""

from __future__ import annotations

import gc
import hashlib
import math
from collections import Counter

import pandas as pd

from geo.events.taxonomy import (
    BATTLES,
    DIPLOMACY,
    DISPLACEMENT,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    STRATEGIC,
)
from geo.resolve import km_between
from geo.text import name_key

INCIDENT_COLUMNS = [
    "incident_id", "date", "year", "date_precision", "event_type", "sub_event_type",
    "place_id", "place", "lat", "lon", "country", "geo_precision", "place_scale",
    "fatalities_min", "fatalities_max", "fatalities_reported",
    "actor1", "actor1_country", "inter1", "actor2", "actor2_country", "inter2",
    "reports", "articles", "first_article", "last_article",
]

# A report placed only at a region may be of an incident at a town this near the region's
# point (the events table has points, not outlines: a province is some 100-200 km across).
REGION_KM = 100.0

# A vague report's death toll is consistent with an incident whose reports gave tolls from
# low to high when it lies in that range widened by this many deaths or this share of the
# figure, whichever is more: a first count of 3 may be the same attack as a later one of 5,
# not as one of 40.
TOLL_SLACK = 3
TOLL_SHARE = 0.5

# A vague report that can be several incidents is the one told by at least this share of
# their articles: a retrospective mention ("the shelling of X in October") is of the incident
# the press told most, three times as likely as all the others together.
SALIENT_SHARE = 0.75

_REGION_LAT = REGION_KM / 111.0  # degrees of latitude no farther than REGION_KM

# Sub-types that can be one act told two ways, by kind; a sub-type of a type not listed
# here is a kind of its own (an agreement is not an arrest, a statement not a meeting).
_FIRE_FROM_AFAR = "fire from afar"
_DEVICE = "explosive device"
SUBTYPE_KINDS: dict[str, dict[str, str]] = {
    # A clash, and a town taken in it, are one fighting: whose it is the actors say.
    BATTLES: {"Armed clash": BATTLES, "Government regains territory": BATTLES,
              "Non-state actor overtakes territory": BATTLES},
    # Reporters call one bombardment shells, rockets, missiles, strikes or drones.
    EXPLOSIONS: {"Shelling/artillery/missile attack": _FIRE_FROM_AFAR,
                 "Air/drone strike": _FIRE_FROM_AFAR,
                 "Remote explosive/landmine/IED": _DEVICE, "Suicide bomb": _DEVICE,
                 "Grenade": _DEVICE},
    PROTESTS: {"Peaceful protest": PROTESTS, "Protest with intervention": PROTESTS,
               "Excessive force against protesters": PROTESTS},
    RIOTS: {"Violent demonstration": RIOTS, "Mob violence": RIOTS},
    DISPLACEMENT: {"Displacement": DISPLACEMENT, "Evacuation": DISPLACEMENT},
}
# Battle sub-types that say a place changed hands: it changed to one side.
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
# Acts between parties, whose actors come in no order: an agreement, a meeting.
_BETWEEN_PARTIES = frozenset({(STRATEGIC, "Agreement"), (DIPLOMACY, "Meeting")})

# What a place stands for, most precise first.
_SCALE_RANK = {"point": 0, "city": 1, "region": 2, "country": 3}
_PRECISE = 1  # ranks up to this are a town or a site
_REGION = 2
_COUNTRY = 3
_DATE_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}


def subtype_kind(event_type: str, sub_event_type: str) -> str:
    """The kind of act a sub-type is, as far as two reports of it can be one incident."""
    kinds = SUBTYPE_KINDS.get(event_type)
    if kinds is None:
        return sub_event_type
    return kinds.get(sub_event_type, sub_event_type)


class _Incident:
    """An incident as the pass builds it: its reports, and what a new report must agree with."""

    __slots__ = ("event_type", "kind", "day", "scale", "points", "members", "articles",
                 "attacker", "sides", "parties", "taker", "figures", "wordings")

    def __init__(self, event_type: str, kind: str, day: str, scale: int) -> None:
        self.event_type, self.kind, self.day, self.scale = event_type, kind, day, scale
        self.points: list[tuple[float, float]] = []  # of the towns it is filed under
        self.members: list[int] = []
        self.articles: set[str] = set()
        self.attacker = ""  # the first actor's country, for a one-sided act
        self.sides: frozenset[str] = frozenset()  # the countries of a battle's two sides
        self.parties: frozenset[str] = frozenset()  # of an agreement's or a meeting's
        self.taker = ""  # who took the place, when it changed hands
        self.figures: set[int] = set()  # the death tolls its reports give
        self.wordings: set[str] = set()  # the sub-types its reports give


# What `the_one` gives for a report that may be any of several incidents.
_AMBIGUOUS = _Incident("", "", "", 0)


def assign_incidents(events: pd.DataFrame) -> pd.DataFrame:
    """The events table (as events.csv has it) with an `incident_id` column: one id for
    every report of one incident, across articles."""
    table = events.copy()
    table["incident_id"] = incident_ids(events)
    return table


def incident_ids(events: pd.DataFrame) -> list[str]:
    """Each event's incident id, in the table's order (see the module's docstring)."""
    # Tens of thousands of small objects, none of them garbage until the end: the collector
    # would walk them all again and again for nothing (a third of the time at 100,000).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _incident_ids(events)
    finally:
        if collecting:
            gc.enable()


def _incident_ids(events: pd.DataFrame) -> list[str]:
    n = len(events)
    if n == 0:
        return []
    column = _columns(events)
    event_id, article = column["event_id"], column["article"]
    date, precision = column["date"], column["date_precision"]
    event_type, place_id = column["event_type"], column["place_id"]
    written, country = column["place_as_written"], column["country"]
    scale = [_scale_rank(s, g) for s, g in zip(column["place_scale"], column["geo_precision"])]
    lat, lon = _floats(events, "lat"), _floats(events, "lon")
    # What each report says of the act, as far as fusing goes.
    kinds = {pair: subtype_kind(*pair) for pair in set(zip(event_type, column["sub_event_type"]))}
    kind = [kinds[pair] for pair in zip(event_type, column["sub_event_type"])]
    battle = [t == BATTLES for t in event_type]
    first, second = column["actor1_country"], column["actor2_country"]
    between = [pair in _BETWEEN_PARTIES for pair in zip(event_type, column["sub_event_type"])]
    attacker = ["" if b or p else a for b, p, a in zip(battle, between, first)]
    no_sides: frozenset[str] = frozenset()
    sides = [frozenset(c for c in (a, d) if c) if b and (a or d) else no_sides
             for b, a, d in zip(battle, first, second)]
    parties = [frozenset(c for c in (a, d) if c) if p and a and d else no_sides
               for p, a, d in zip(between, first, second)]
    taker = [a if b and t in _TERRITORY else ""
             for b, a, t in zip(battle, first, column["sub_event_type"])]
    figure = [int(f) if f == f and f > 0 else 0 for f in _floats(events, "fatalities")]
    wording = column["sub_event_type"]

    # Reports that can be fused: placed, and dated to the day or the month.
    order = []
    for i in range(n):
        if not place_id[i] or scale[i] is None or not event_type[i]:
            continue
        when = date[i]
        if precision[i] == "day" and len(when) >= 10:
            order.append((when[:7], 0, when[:10], scale[i], i))
        elif precision[i] in ("day", "month") and len(when) >= 7:
            order.append((when[:7], 1, when[:7], scale[i], i))
    order.sort()

    keys_of_names: dict[str, str] = {}

    def name_of(written_name: str) -> str:
        """name_key, once per name."""
        key = keys_of_names.get(written_name)
        if key is None:
            key = keys_of_names[written_name] = name_key(written_name)
        return key

    # The lookups vague reports and names will make, so that an incident is filed only
    # under the keys some report will look up.
    region_days, town_months, region_months = set(), set(), set()
    names_seen: dict[tuple, set[str]] = {}
    for _month, rank, day, place_rank, i in order:
        if rank == 1 and place_rank <= _PRECISE:
            town_months.add((day, place_id[i], event_type[i]))
        elif rank == 1:
            region_months.add((day, country[i], event_type[i]))
        elif place_rank > _PRECISE:
            region_days.add((day, country[i], event_type[i]))
        if place_rank <= _PRECISE and written[i]:
            # a name read as two towns: that day, or that month when a report is of the month
            name = name_of(written[i])
            names_seen.setdefault((day, name, event_type[i]), set()).add(place_id[i])
            if rank == 0:
                names_seen.setdefault((day[:7], name, event_type[i]), set()).add(place_id[i])
    shared_names = {key for key, places in names_seen.items() if len(places) > 1}

    incidents: list[_Incident] = []
    at_place: dict[tuple, list[_Incident]] = {}  # (day, place_id, type) -> incidents
    by_name: dict[tuple, list[_Incident]] = {}  # (day or month, name, type) -> towns' ones
    in_country: dict[tuple, list[_Incident]] = {}  # (day or month, country, type) -> incidents
    month_place: dict[tuple, list[_Incident]] = {}  # (month, place_id, type) -> day incidents

    def new_incident(i: int, day: str) -> _Incident:
        incident = _Incident(event_type[i], kind[i], day, scale[i])
        incidents.append(incident)
        if day:
            file(incident, i)
        return incident

    def file(incident: _Incident, i: int) -> None:
        """File a dated incident under the keys report i's place will be looked up by: its
        first report's place, and any other town a report of its day gives it at (one name
        read as two towns, in two countries maybe: a region's report of either finds it)."""
        place = place_id[i]
        incident.points.append((lat[i], lon[i]))
        day, what = incident.day, event_type[i]
        month = day[:7]
        at_place.setdefault((day, place, what), []).append(incident)
        if (key := (day, country[i], what)) in region_days:
            in_country.setdefault(key, []).append(incident)
        if (key := (month, country[i], what)) in region_months:
            in_country.setdefault(key, []).append(incident)
        if (key := (month, place, what)) in town_months:
            month_place.setdefault(key, []).append(incident)
        if scale[i] <= _PRECISE and written[i] and shared_names:
            name = name_of(written[i])
            for key in ((day, name, what), (month, name, what)):
                if key in shared_names:
                    by_name.setdefault(key, []).append(incident)

    def join(incident: _Incident, i: int) -> None:
        incident.members.append(i)
        incident.articles.add(article[i])
        if attacker[i]:
            incident.attacker = attacker[i]
        if sides[i]:
            incident.sides |= sides[i]
        if parties[i]:
            incident.parties |= parties[i]
        if taker[i]:
            incident.taker = taker[i]
        if figure[i]:
            incident.figures.add(figure[i])
        incident.wordings.add(wording[i])

    def agrees(incident: _Incident, i: int) -> bool:
        """Same kind of act and actors that do not contradict (articles aside)."""
        if incident.kind != kind[i]:
            return False
        if attacker[i] and incident.attacker and attacker[i] != incident.attacker:
            return False
        if sides[i] and len(incident.sides | sides[i]) > 2:
            return False
        if len(parties[i]) > 1 and len(incident.parties) > 1 and not parties[i] & incident.parties:
            return False  # two pairs of parties with none in common
        return not (taker[i] and incident.taker and taker[i] != incident.taker)

    def joinable(incident: _Incident, i: int) -> bool:
        return article[i] not in incident.articles and agrees(incident, i)

    def the_one(candidates: list[_Incident], i: int) -> _Incident | None:
        """The one incident a vague report can be, or None when it can be none of them,
        _AMBIGUOUS when it can be several. It can be an incident of its kind whose actors do
        not contradict its own; of several, those whose tolls its toll fits, and of these,
        one whose reports give its very toll; then one whose reports word it as it does (its
        sub-type: a shelling, not an air strike); then the one told by SALIENT_SHARE of
        their articles, when one is. The one it can be may hold a report of its
        article: the events stage kept the two apart, so the vague one is that incident told
        again or another one, and a reader cannot tell which."""
        fitting = [c for c in candidates if agrees(c, i)]
        if len(fitting) > 1:  # one incident filed at two towns of its name is one
            fitting = list(dict.fromkeys(fitting))
        if len(fitting) > 1 and figure[i]:
            fitting = [c for c in fitting if toll_fits(figure[i], c.figures)] or fitting
            if len(fitting) > 1:
                fitting = [c for c in fitting if figure[i] in c.figures] or fitting
        if len(fitting) > 1:  # "shelled" is the one reported as shelled, not as air strikes
            fitting = [c for c in fitting if wording[i] in c.wordings] or fitting
        if not fitting:
            return None
        if len(fitting) > 1:  # "the shelling of X in October": the one the press told most
            most = max(fitting, key=lambda c: len(c.articles))
            if len(most.articles) >= SALIENT_SHARE * sum(len(c.articles) for c in fitting):
                fitting = [most]
        if len(fitting) > 1 or article[i] in fitting[0].articles:
            return _AMBIGUOUS
        return fitting[0]

    def around(i: int, candidates: list[_Incident], finer_than: int) -> list[_Incident]:
        """The candidates more precise than `finer_than` that lie within the report's area:
        its country, or within REGION_KM of its region's point (of a town they were told at)."""
        if scale[i] == _COUNTRY:
            return [c for c in candidates if c.scale < finer_than]
        here, there = lat[i], lon[i]
        near = []
        for c in candidates:
            if c.scale < finer_than:
                for y, x in c.points:
                    if abs(y - here) <= _REGION_LAT and km_between(here, there, y, x) <= REGION_KM:
                        near.append(c)
                        break
        return near

    for _month, rank, day, place_rank, i in order:
        found = None
        what = event_type[i]
        if rank == 0 and place_rank <= _PRECISE:  # a town's report of a day
            key = (day, place_id[i], what)
            found = next((c for c in at_place.get(key, ()) if joinable(c, i)), None)
            if found is None and written[i] and by_name and (
                    named := by_name.get((day, name_of(written[i]), what))):
                # the same name as written: one town read two ways, if it is the only one
                found = the_one(named, i)
                if found is _AMBIGUOUS:
                    found = None
                elif found is not None:
                    file(found, i)  # found at this town too from now on
            if found is None:
                found = new_incident(i, day)
        elif rank == 0:  # a region's or a country's report of a day
            finer = _PRECISE + 1 if place_rank == _REGION else _COUNTRY
            found = the_one(around(i, in_country.get((day, country[i], what), []), finer), i)
            if found is _AMBIGUOUS:
                found = new_incident(i, "")  # it may be any of several: apart
            elif found is None:
                same_place = at_place.get((day, place_id[i], what), ())
                found = next((c for c in same_place if joinable(c, i)), None)
                if found is None:
                    found = new_incident(i, day)
        elif place_rank <= _PRECISE:  # a town's report of a month: the one incident it can be
            found = the_one([c for c in month_place.get((day, place_id[i], what), ())
                             if c.scale <= _PRECISE], i)
            if found is None and written[i] and by_name:  # or, as for a day, of its name
                found = the_one(by_name.get((day, name_of(written[i]), what), []), i)
            if found is None or found is _AMBIGUOUS:
                found = new_incident(i, "")
        else:  # a region's or a country's report of a month: the one incident in its area
            finer = _PRECISE + 1 if place_rank == _REGION else _COUNTRY
            found = the_one(around(i, in_country.get((day, country[i], what), []), finer), i)
            if found is None or found is _AMBIGUOUS:
                found = new_incident(i, "")
        join(found, i)

    ids: list[str] = [""] * n
    taken: Counter[str] = Counter()
    # Ordinals in the order of each incident's first report, so that two incidents of one
    # day, place and kind (contradicting actors, one article's two events) keep theirs.
    fused = [c for c in incidents if c.day]
    fused.sort(key=lambda c: min(event_id[i] for i in c.members))
    for incident in fused:
        place = _fixing_place(incident, place_id, scale)
        key = f"{incident.day}|{place}|{incident.event_type}|{incident.kind}"
        taken[key] += 1
        if taken[key] > 1:
            key += f"|{taken[key]}"
        value = "inc-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        for i in incident.members:
            ids[i] = value
    return [value or _own_id(event_id[i]) for i, value in enumerate(ids)]


def _fixing_place(incident: _Incident, place_id: list[str], scale: list[int | None]) -> str:
    """The place that fixes the incident: of its most precise reports, the place most give
    (ties: the first in sorted order, so that reading order does not matter)."""
    best = min(scale[i] for i in incident.members)
    counts = Counter(place_id[i] for i in incident.members if scale[i] == best)
    top = max(counts.values())
    return min(p for p, c in counts.items() if c == top)


def toll_fits(toll: int, figures: set[int]) -> bool:
    """Whether a report's death toll can be of an incident whose reports gave `figures`:
    within their range, or near it (tolls rise as reports come in, and each side gives its
    own: within TOLL_SLACK deaths or TOLL_SHARE of the figure, whichever is more)."""
    if not figures:
        return True
    low, high = min(figures), max(figures)
    return (low - max(TOLL_SLACK, low * TOLL_SHARE) <= toll
            <= high + max(TOLL_SLACK, high * TOLL_SHARE))


def _own_id(event_id: str) -> str:
    return "inc-" + hashlib.sha1(f"event|{event_id}".encode()).hexdigest()[:12]


def incidents_table(events: pd.DataFrame) -> pd.DataFrame:
    """One row per incident of an events table with `incident_id` (`assign_incidents`):
    its place (the most precise of its reports, the one most of them give), its date (the
    most precise), type and most reported sub-type, its fatalities as the range the reports
    give with which article gave which, its actors (the most named), and how many reports and
    articles told it, the first and the last of them in the table's (the corpus's) order."""
    if events.empty:
        return pd.DataFrame(columns=INCIDENT_COLUMNS)
    column = _columns(events)
    work = pd.DataFrame({
        "incident_id": events["incident_id"].astype(str).tolist(),
        "position": range(len(events)),
        "article": column["article"],
        "date": column["date"],
        "date_precision": column["date_precision"],
        "event_type": column["event_type"],
        "sub_event_type": column["sub_event_type"],
        "place_id": column["place_id"],
        "place": column["place"],
        "country": column["country"],
        "place_scale": column["place_scale"],
        "lat": _floats(events, "lat"),
        "lon": _floats(events, "lon"),
        "geo_precision": _floats(events, "geo_precision"),
        "fatalities": _floats(events, "fatalities"),
    })
    work["scale_rank"] = [_scale_rank(s, g) if p else 9 for s, g, p in
                          zip(column["place_scale"], column["geo_precision"], column["place_id"])]
    work["date_rank"] = work["date_precision"].map(_DATE_RANK).fillna(9)
    grouped = work.groupby("incident_id", sort=False)

    # The place: among the most precise reports, the place most of them give.
    best_scale = grouped["scale_rank"].transform("min")
    precise = work[work["scale_rank"] == best_scale]
    votes = precise.groupby(["incident_id", "place_id"], sort=False)["position"].agg(
        ["size", "min"]).reset_index()
    votes = votes.sort_values(["incident_id", "size", "place_id"],
                              ascending=[True, False, True], kind="stable")
    chosen = votes.drop_duplicates("incident_id")[["incident_id", "place_id"]]
    place_rows = precise.merge(chosen, on=["incident_id", "place_id"]).sort_values(
        ["incident_id", "geo_precision", "position"], kind="stable").drop_duplicates(
        "incident_id").set_index("incident_id")

    dated = work.sort_values(["date_rank", "position"], kind="stable").drop_duplicates(
        "incident_id").set_index("incident_id")
    sub_types = _most_given(work, "sub_event_type")
    first = grouped.agg(first_article=("article", "first"), last_article=("article", "last"),
                        reports=("article", "size"), articles=("article", "nunique"),
                        event_type=("event_type", "first"),
                        fatalities_min=("fatalities", "min"),
                        fatalities_max=("fatalities", "max"))
    counted = work[work["fatalities"].notna()]
    reported = (counted["article"] + ": " + counted["fatalities"].astype("int64").astype(str)
                ).groupby(counted["incident_id"], sort=False).agg("; ".join)

    table = first.copy()
    table["date"] = dated["date"]
    table["date_precision"] = dated["date_precision"]
    table["sub_event_type"] = sub_types
    for name in ("place_id", "place", "lat", "lon", "country", "geo_precision", "place_scale"):
        table[name] = place_rows[name]
    table["fatalities_reported"] = reported
    actors = _actors(events, work["incident_id"])
    table = table.join(actors)
    table = table.reset_index()
    table["year"] = pd.to_numeric(table["date"].str[:4], errors="coerce").astype("Int64")
    for name in ("fatalities_min", "fatalities_max", "geo_precision", "inter1", "inter2"):
        table[name] = pd.to_numeric(table[name], errors="coerce").astype("Int64")
    for name in ("place_id", "place", "country", "place_scale", "fatalities_reported",
                 "sub_event_type", "date", "date_precision"):
        table[name] = table[name].fillna("")
    return table[INCIDENT_COLUMNS]


def _most_given(work: pd.DataFrame, name: str) -> pd.Series:
    """Per incident, the non-empty value most of its reports give (ties: the first given)."""
    given = work[work[name] != ""]
    counts = given.groupby(["incident_id", name], sort=False)["position"].agg(
        ["size", "min"]).reset_index()
    counts = counts.sort_values(["incident_id", "size", "min"], ascending=[True, False, True],
                                kind="stable")
    return counts.drop_duplicates("incident_id").set_index("incident_id")[name]


def _actors(events: pd.DataFrame, incident: pd.Series) -> pd.DataFrame:
    """Per incident, the first actor most reports name, and the second actor most name
    apart from it (a battle told from either side names its two sides in either order), each
    with its country and ACLED kind as the first report naming it gives them."""
    column = _columns(events)
    sides = []
    for n in (1, 2):
        sides.append(pd.DataFrame({
            "incident_id": incident.tolist(), "position": range(len(events)), "side": n,
            "actor": column[f"actor{n}"], "country": column[f"actor{n}_country"],
            "inter": _floats(events, f"inter{n}")}))
    both = pd.concat(sides, ignore_index=True)
    both = both[both["actor"] != ""]
    named = both.groupby(["incident_id", "side", "actor"], sort=False).agg(
        size=("position", "size"), first=("position", "min"), country=("country", "first"),
        inter=("inter", "first")).reset_index()
    named = named.sort_values(["incident_id", "size", "first"], ascending=[True, False, True],
                              kind="stable")
    first = named[named["side"] == 1].drop_duplicates("incident_id").set_index("incident_id")
    second = named[named["side"] == 2].merge(
        first[["actor"]].rename(columns={"actor": "actor1"}), left_on="incident_id",
        right_index=True, how="left")
    second = second[second["actor"] != second["actor1"]].drop_duplicates(
        "incident_id").set_index("incident_id")
    return pd.DataFrame({
        "actor1": first["actor"], "actor1_country": first["country"], "inter1": first["inter"],
    }).join(pd.DataFrame({
        "actor2": second["actor"], "actor2_country": second["country"],
        "inter2": second["inter"]}), how="outer").fillna(
        {"actor1": "", "actor1_country": "", "actor2": "", "actor2_country": ""})


# ---------------------------------------------------------------------------------------
# Reading the table as events.csv has it: from the pipeline (None, <NA>) or from a CSV file
# read back (NaN, a year read as a number, a defused formula's apostrophe).

_TEXT_COLUMNS = ("event_id", "article", "date", "date_precision", "event_type",
                 "sub_event_type", "place_id", "place", "place_as_written", "country",
                 "place_scale", "geo_precision", "actor1", "actor1_country", "actor2",
                 "actor2_country")


def _columns(events: pd.DataFrame) -> dict[str, list[str]]:
    return {name: _texts(events[name]) if name in events.columns else [""] * len(events)
            for name in _TEXT_COLUMNS}


def _texts(values: pd.Series) -> list[str]:
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(
            values.dtype):
        numbers = pd.to_numeric(values, errors="coerce")
        if bool((numbers.dropna() % 1 == 0).all()):  # a year or a code read as a number
            numbers = numbers.astype("Int64")
        values = numbers
    return values.astype(object).where(values.notna(), "").astype(str).tolist()


def _floats(events: pd.DataFrame, name: str) -> list[float]:
    if name not in events.columns:
        return [math.nan] * len(events)
    return pd.to_numeric(events[name], errors="coerce").astype("float64").tolist()


def _scale_rank(scale: str, geo_precision: str) -> int | None:
    if scale in _SCALE_RANK:
        return _SCALE_RANK[scale]
    # A table without place_scale: ACLED's 3 is a region or a country, 1 and 2 a town.
    return {"1": 1, "2": 1, "3": _REGION}.get(geo_precision)


