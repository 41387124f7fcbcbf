"""Pick the place each mention stands for: mentions -> resolved mentions.

A name's candidates are weighed by how important each place is, then by the article's
context: the countries it names or implies, a qualifier after the name ("Paris, Texas",
"Alexandria in Virginia"), and how close each candidate lies to the article's other places.
One name keeps one sense through an article.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np
from geopy.distance import EARTH_RADIUS, great_circle

from geo.model import Mention, Place
from geo.text import name_key

# A mention whose best candidate scores below this stays unresolved (see unresolved.csv).
MIN_SCORE = 0.3
MAX_CANDIDATES = 25

_KIND_WEIGHT = {"continent": 1.6, "country": 1.6, "region": 1.1, "feature": 1.1, "admin1": 0.9,
                "admin2": 0.35, "landmark": 0.3,
                "city": 0.0}
_QUALIFIER = re.compile(r"\s*(?:,|\bin\b)\s*(?:the\s+)?$")


@dataclass(frozen=True)
class _Context:
    countries: Counter  # ISO code -> weight of evidence
    admin1s: Counter  # (country, admin1 name key) -> weight
    anchors: tuple[Place, ...]  # places resolved with confidence, for spatial coherence

    @cached_property
    def anchor_points(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Latitudes and longitudes in radians, and ids, of the first 30 anchors."""
        anchors = self.anchors[:30]
        return (np.radians([a.lat for a in anchors]), np.radians([a.lon for a in anchors]),
                np.array([a.place_id for a in anchors], dtype=object))


def resolve(mentions: Sequence[Mention], gazetteer, text: str) -> list[Mention]:
    """Choose a place and a score for every mention; below MIN_SCORE the place stays None."""
    candidates = {m.start: _candidates(m, gazetteer) for m in mentions}
    qualifiers = _qualifiers(mentions, candidates, text)
    context = _first_context(mentions, candidates)
    # Two rounds: the first uses what the article names outright; the second adds the
    # places the first round chose, so that ambiguous names settle near the others.
    for _ in range(2):
        senses = _choose_senses(mentions, candidates, qualifiers, context, gazetteer)
        context = _context_from(mentions, senses, context)
    resolved = []
    for mention in mentions:
        place, score = senses.get(_sense_key(mention), (None, 0.0))
        if mention.start in qualifiers:
            place, score = _best(candidates[mention.start], context, qualifiers[mention.start],
                                 _sense_key(mention), gazetteer)
        if place is None or score < MIN_SCORE:
            resolved.append(replace(mention, place=None, score=round(score, 3)))
        else:
            resolved.append(replace(mention, place=place, score=round(score, 3)))
    return resolved


def _candidates(mention: Mention, gazetteer) -> list[Place]:
    places = [gazetteer.get(pid) for pid in mention.candidates[:MAX_CANDIDATES]]
    return [p for p in places if p is not None]


def _sense_key(mention: Mention) -> str:
    return name_key(mention.text)


def _qualifiers(mentions: Sequence[Mention], candidates: dict[int, list[Place]],
                text: str) -> dict[int, list[Place]]:
    """"X, Y" and "X in Y": the places Y may be, for each mention X that has such a Y."""
    found = {}
    for mention, following in zip(mentions, mentions[1:], strict=False):
        between = text[mention.end:following.start]
        own = candidates[mention.start]
        if not own or own[0].kind in {"country", "continent"}:
            continue
        if len(between) <= 6 and _QUALIFIER.match(between) and candidates[following.start]:
            parents = [p for p in candidates[following.start]
                       if p.kind in {"country", "admin1", "admin2", "region"}]
            if parents:
                found[mention.start] = parents
    return found


def _first_context(mentions: Sequence[Mention], candidates: dict[int, list[Place]]) -> _Context:
    """Countries the article names outright (a country, a demonym, an admin1 that is one
    country's only sense)."""
    countries: Counter = Counter()
    admin1s: Counter = Counter()
    for mention in mentions:
        places = candidates[mention.start]
        if not places or not _one_country(places):
            continue
        top = places[0]
        if top.kind == "country" or mention.role == "demonym":
            countries[top.country] += 1.0
        elif top.kind == "admin1" and len({p.country for p in places[:3]}) == 1:
            countries[top.country] += 0.7
            admin1s[(top.country, name_key(top.name))] += 1.0
        elif len(places) == 1 and top.country:
            countries[top.country] += 0.5
    return _Context(countries, admin1s, ())


def _one_country(places: list[Place]) -> bool:
    """Whether a name's serious senses all lie in one country ("Georgia" does not)."""
    serious = [p for p in places if p.kind != "city" or p.population >= 100_000] or places[:1]
    return len({p.country for p in serious}) == 1


def _context_from(mentions: Sequence[Mention], senses: dict[str, tuple[Place | None, float]],
                  previous: _Context) -> _Context:
    countries: Counter = Counter()
    admin1s: Counter = Counter()
    anchors = []
    for mention in mentions:
        place, score = senses.get(_sense_key(mention), (None, 0.0))
        if place is None or score < 0.5:
            continue
        if place.country:
            countries[place.country] += 1.0 if place.kind in {"country", "admin1"} else 0.6
        if place.kind == "admin1":
            admin1s[(place.country, name_key(place.name))] += 1.0
        elif place.admin1:
            admin1s[(place.country, name_key(place.admin1))] += 0.5
        if place.kind not in {"continent", "country"}:
            anchors.append(place)
    for code, weight in previous.countries.items():
        countries[code] = max(countries[code], weight)
    return _Context(countries, admin1s, tuple(anchors))


def _choose_senses(mentions: Sequence[Mention], candidates: dict[int, list[Place]],
                   qualifiers: dict[int, list[Place]], context: _Context,
                   gazetteer) -> dict[str, tuple[Place | None, float]]:
    """One sense per name: a qualified mention ("Paris, Texas") sets its name's sense for
    the whole article; other names take their best place given the context."""
    senses: dict[str, tuple[Place | None, float]] = {}
    for mention in mentions:
        key = _sense_key(mention)
        if mention.start in qualifiers and key not in senses:
            senses[key] = _best(candidates[mention.start], context, qualifiers[mention.start],
                                key, gazetteer)
    for mention in mentions:
        key = _sense_key(mention)
        if key not in senses:
            senses[key] = _best(candidates[mention.start], context, [], key, gazetteer)
    return senses


def _best(places: list[Place], context: _Context, parents: list[Place], key: str,
          gazetteer) -> tuple[Place | None, float]:
    if not places:
        return None, 0.0
    # A city and the division named after it ("Yerevan", "Moscow", "Washington"): news
    # means the city.
    big_cities = {p.country for p in places if p.kind == "city" and p.population >= 50_000}
    scored = sorted(((_score(p, key, context, parents)
                      + (0.5 if gazetteer.curated_name(p.place_id, key) else 0.0)
                      - (1.5 if p.kind == "admin1" and p.country in big_cities else 0.0), i, p)
                     for i, p in enumerate(places)),
                    key=lambda t: (-t[0], t[1]))
    best_score, _, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else best_score - 2.0
    # Confidence: plausible on its own, and ahead of the runner-up.
    plausibility = 1.0 / (1.0 + math.exp(-(best_score - 2.3)))
    margin = 1.0 / (1.0 + math.exp(-2.5 * (best_score - runner_up)))
    return best, plausibility * (0.5 + 0.5 * margin)


def _score(place: Place, key: str, context: _Context, parents: list[Place]) -> float:
    score = 0.35 * math.log10(place.population + 1) + _KIND_WEIGHT.get(place.kind, 0.0)
    if name_key(place.name) == key:
        score += 0.5  # called by its own name, not by one of its alternate names
    if place.source == "curated":
        score += 0.5
    total = sum(context.countries.values())
    if total and place.country:
        share = context.countries[place.country] / total
        score += 1.5 * share + (0.2 if share >= 0.15 else -0.5)
    if place.admin1 and context.admin1s[(place.country, name_key(place.admin1))]:
        score += 0.6
    if parents:
        score += 2.5 if any(_within(place, parent) for parent in parents) else -1.0
    if context.anchors and place.kind != "continent":
        # Coherence with the article's other places: near most of them, not just one.
        lats, lons, ids = context.anchor_points
        others = ids != place.place_id
        if others.any():
            scale = 1500.0 if place.kind == "country" else 400.0
            closeness = np.exp(-_km_to(place, lats[others], lons[others]) / scale)
            score += 0.5 * float(closeness.max()) + 0.7 * float(closeness.mean())
    return score


def _km_to(place: Place, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Great-circle distances from a place to many points at once (haversine, on geopy's
    mean Earth radius): the resolver measures thousands of them per article."""
    lat, lon = math.radians(place.lat), math.radians(place.lon)
    h = (np.sin((lats - lat) / 2) ** 2
         + math.cos(lat) * np.cos(lats) * np.sin((lons - lon) / 2) ** 2)
    return 2 * EARTH_RADIUS * np.arcsin(np.sqrt(np.minimum(1.0, h)))


def _within(place: Place, parent: Place) -> bool:
    if parent.kind == "country":
        return place.country == parent.country
    if parent.kind == "admin1":
        return place.country == parent.country and bool(place.admin1) and \
            name_key(place.admin1) == name_key(parent.name)
    return great_circle((place.lat, place.lon), (parent.lat, parent.lon)).km < 150
