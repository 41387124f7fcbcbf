"""Pick the place each mention stands for: mentions -> resolved mentions.

A name's candidates are weighed by how important each place is, then by the article's
context: the countries it names or implies, a qualifier after the name ("Paris, Texas",
"Alexandria in Virginia"), and how close each candidate lies to the article's other places.
One name keeps one sense through an article.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np
from geopy.distance import EARTH_RADIUS, great_circle

from geo.model import Mention, Place
from geo.recognize import DIVISION_WORDS, LOCATIVES, division_word_after
from geo.text import name_key

# A mention whose best candidate scores below this stays unresolved (see unresolved.csv).
MIN_SCORE = 0.3
MAX_CANDIDATES = 25
# A town that nothing else in the article supports keeps this share of its score, which
# leaves it below MIN_SCORE (see `_towns_without_evidence`).
DOUBTFUL_TOWN_FACTOR = 0.25
SMALL_TOWN = 30_000

# A name written as a division's ("Armavir province") is no town of a country where no
# division bears it (Armavir in Russia, when Armenia has the province): such a town loses
# this much (see `_priors`): more than an article that names only the town's country adds
# to it (2.2, see `_country_weights`).
TOWN_ABROAD_OF_A_DIVISION = 2.5
_DIVISION_KINDS = frozenset({"admin1", "admin2", "region"})

_KIND_WEIGHT = {"continent": 1.6, "country": 1.6, "region": 1.1, "feature": 1.1, "admin1": 0.9,
                "admin2": 0.35, "landmark": 0.3,
                "city": 0.0}
_QUALIFIER = re.compile(r"\s*(?:,|\bin\b)\s*(?:the\s+)?$")


@dataclass(frozen=True)
class _Context:
    countries: dict[str, float]  # ISO code -> weight of evidence
    # (country, division name key) of the divisions the article names or names places of
    divisions: frozenset[tuple[str, str]]
    anchors: tuple[Place, ...]  # places resolved with confidence, for spatial coherence
    # What each name itself added to `countries`, over how many mentions: a name repeated
    # is no more evidence for its own sense than the name said once ("Alexandria" said
    # seven times must not outvote "Virginia" said three times).
    own: dict[str, tuple[dict[str, float], int]] = field(default_factory=dict)
    floor: dict[str, float] = field(default_factory=dict)  # countries named outright

    def country_weights_seen_by(self, key: str) -> dict[str, float] | None:
        """The weight each country adds to a candidate of the name `key` (see
        `_country_weights`), as that name sees them: its own repeats left out."""
        own_countries, mentions = self.own.get(key, (None, 1))
        if mentions == 1:
            return self.country_weights
        repeats = 1 - 1 / mentions  # the share of its votes beyond the first mention's
        countries = dict(self.countries)
        for code, weight in own_countries.items():
            countries[code] = max(countries.get(code, 0) - repeats * weight,
                                  self.floor.get(code, 0))
        return _country_weights(countries)

    @cached_property
    def country_weights(self) -> dict[str, float] | None:
        return _country_weights(self.countries)


def _country_weights(countries: Mapping[str, float]) -> dict[str, float] | None:
    """What a candidate in each country gains from the article's share of evidence for it
    (UNSEEN_COUNTRY for a country it does not point at), or None when it points at none."""
    total = sum(countries.values())
    if not total:
        return None
    weights = {}
    for code, weight in countries.items():
        share = weight / total
        weights[code] = 1.5 * share + (0.2 if share >= 0.15 else -0.5)
    return weights


UNSEEN_COUNTRY = 1.5 * 0.0 - 0.5  # a share of nothing, as `_country_weights` weighs it


def resolve(mentions: Sequence[Mention], gazetteer, text: str) -> list[Mention]:
    """Choose a place and a score for every mention; below MIN_SCORE the place stays None."""
    # Each mention's name, with its candidates; a name keeps the sense its first mention's
    # candidates give it.
    keys = [_sense_key(m) for m in mentions]
    names_at = {m.start: _name(key, m.candidates, gazetteer) for m, key in zip(mentions, keys)}
    # A name written as a division's ("Kharkiv oblast", "the Lachin district") is another
    # name than the word alone: the division or its seat, not a town elsewhere.
    divisions = _written_as_divisions(mentions, text)
    for i, mention in enumerate(mentions):
        if mention.start in divisions:
            names_at[mention.start] = _name(keys[i], mention.candidates, gazetteer, True)
            keys[i] = names_at[mention.start].key
    names: dict[str, _Name] = {}
    for name in names_at.values():
        names.setdefault(name.key, name)
    qualifiers = _qualifiers(mentions, names_at, text)
    context = _first_context(mentions, names_at)
    # Rounds: the first uses what the article names outright; the next add the places the
    # round before chose, so that ambiguous names settle near the others. A third round
    # settles what a changed choice in the second implies; no more once nothing changes.
    senses: dict[str, tuple[Place | None, float]] = {}
    evidence: dict[str, str | None] = {}
    spread: _Spread | None = None  # made when a round first has anchors to weigh against

    def coherence_in(context: _Context) -> dict[str, float]:
        nonlocal spread
        if not context.anchors:
            return {}
        if spread is None:
            # (Each name once: a name said five times has the same candidates.)
            spread = _Spread.of({id(name): name for name in names_at.values()}.values())
        return _coherence(spread, context)

    for _ in range(3):
        coherence = coherence_in(context)
        senses = _choose_senses(mentions, keys, names, qualifiers, context, coherence)
        previous, evidence = evidence, _evidence(senses)
        if evidence == previous:
            break  # the next round's context would be this round's: nothing would change
        context = _context_from(keys, senses, context)
    else:  # the context changed after the last round, and qualified mentions are weighed in it
        coherence = coherence_in(context) if qualifiers else {}
    for key in _towns_without_evidence(mentions, keys, senses, qualifiers, divisions, text,
                                       gazetteer):
        place, score = senses[key]
        senses[key] = (place, score * DOUBTFUL_TOWN_FACTOR)
    # A qualified mention is settled by its own qualifier, with the candidates it was found
    # with, in the final context.
    qualified = {start: names_at[start] for start in qualifiers}
    resolved = []
    for mention, key in zip(mentions, keys, strict=True):
        place, score = senses.get(key, (None, 0.0))
        if mention.start in qualified:
            place, score = _best(qualified[mention.start], context, qualifiers[mention.start],
                                 coherence)
        if place is None or score < MIN_SCORE:
            place = None
        resolved.append(Mention(mention.article_id, mention.start, mention.end, mention.text,
                                mention.role, place, round(score, 3), mention.candidates))
    return resolved


def _towns_without_evidence(mentions: Sequence[Mention], keys: Sequence[str],
                            senses: dict[str, tuple[Place | None, float]],
                            qualifiers: dict[int, list[Place]], divisions: frozenset[int],
                            text: str, gazetteer) -> list[str]:
    """Names read as a town that nothing else in the article supports.

    A town's name is also a surname, a first name, a brand, a street: a careful reader takes
    "Sheldon Peck" or "Pskov made his comments" for people. A town is believed when a
    mention of it follows "in", "near", "of"..., is qualified ("Benson, Minn."), is written
    as a division's ("the Lachin district", whose seat it is), or when the article names
    another place of its province; failing those, a small town (under 30,000) is not
    believed, nor another country's town (under 300,000) when the article's other places
    all lie elsewhere. A small town of another country, alone in its province,
    is not believed even after "in" or "from" ("a delegation from Obama" in a report on
    Washington; "Ismaili", an Egyptian team, read as a town in Azerbaijan). Places and names
    the curated files give are believed.
    """
    placed = {key: place for key, (place, score) in senses.items()
              if place is not None and score >= MIN_SCORE}
    towns = [key for key, place in placed.items()
             if place.kind == "city" and place.population < 300_000
             and place.source != "curated" and not gazetteer.curated_name(place.place_id, key)]
    if not towns:
        return []
    cued = set()
    cue_of_list: dict[int, bool] = {}
    town_keys = set(towns)
    for i, key in enumerate(keys):
        if key in town_keys and key not in cued and _cued(mentions, i, qualifiers, divisions,
                                                          text, cue_of_list):
            cued.add(key)
    # How many of the places chosen lie in each country and each province.
    countries: dict[str, int] = {}
    provinces: dict[tuple[str, str], int] = {}
    for place in placed.values():
        countries[place.country] = countries.get(place.country, 0) + 1
        province = _province(place)
        provinces[province] = provinces.get(province, 0) + 1
    doubtful = []
    for key in towns:
        place = placed[key]
        # Counted without the town itself.
        small_and_alone = place.population < SMALL_TOWN and (
            not place.admin1 or provinces[_province(place)] == 1)
        abroad = len(placed) >= 3 and countries[place.country] == 1
        # A cue ("in", a qualifier, a list) is enough, unless the town is both.
        if (small_and_alone and abroad) or (key not in cued and (small_and_alone or abroad)):
            doubtful.append(key)
    return doubtful


def _cued(mentions: Sequence[Mention], i: int, qualifiers: dict[int, list[Place]],
          divisions: frozenset[int], text: str, cue_of_list: dict[int, bool]) -> bool:
    """Whether mention `i` follows a locative, is qualified or written as a division's, or
    is listed after one that is: "in Aghdam, Kalbajar and Lachin" (a list shares the cue of
    its first name). What a list was found to have is kept in `cue_of_list`, by mention."""
    first = i
    while True:
        if first in cue_of_list:
            cue = cue_of_list[first]
            break
        start = mentions[first].start
        if start in qualifiers or start in divisions or _after_a_locative(text, start):
            cue = True
            break
        if not first or not _LIST_GAP.fullmatch(text, mentions[first - 1].end, start):
            cue = False
            break
        first -= 1
    for listed in range(first, i + 1):
        cue_of_list[listed] = cue
    return cue


def _province(place: Place) -> tuple[str, str]:
    """The country and first-level division a place is or lies in."""
    return place.country, name_key(place.name if place.kind == "admin1" else place.admin1)


def _after_a_locative(text: str, start: int) -> bool:
    """"in Saida", "near Benson", "the town of Benson", "residents of Benson"."""
    words = [w.lower() for w in _WORD_BEFORE.findall(text, max(0, start - 30), start)]
    if words and words[-1] in LOCATIVES:
        return True
    return len(words) >= 2 and words[-1] == "of" and words[-2] in _OF_A_PLACE


_WORD_BEFORE = re.compile(r"(\w+)\W*")
# "the town of X", "residents of X", "the district of X": words that make the name after
# "of" a place.
_OF_A_PLACE = frozenset(
    "city cities town towns village villages hamlet suburb suburbs outskirts center centre "
    "heart streets capital port county counties state states residents people mayor".split()
) | frozenset(DIVISION_WORDS) | frozenset(word + "s" for word in DIVISION_WORDS)
_LIST_GAP = re.compile(r",? (?:and|or) |, ")


def _evidence(senses: dict[str, tuple[Place | None, float]]) -> dict[str, str | None]:
    """What of a round's choices the next round's context is made of."""
    return {key: place.place_id if place is not None and score >= 0.5 else None
            for key, (place, score) in senses.items()}


def _sense_key(mention: Mention) -> str:
    return name_key(mention.text)


def _written_as_divisions(mentions: Sequence[Mention], text: str) -> frozenset[int]:
    """The starts of the mentions written with a word that names nothing but a division
    (see `DIVISION_WORDS`): "the Kalbajar district", "Tavush Province", "Luhansk and Donetsk
    oblasts", "the district of Aghdam"; not "the Washington region"."""
    found = set()
    for mention in mentions:
        if mention.role == "demonym":
            continue
        strict = division_word_after(text, mention.end)
        if strict is None and text.endswith("of ", 0, mention.start):
            words = _WORD_BEFORE.findall(text, max(0, mention.start - 20), mention.start)
            if len(words) >= 2 and words[-1].lower() == "of":
                strict = DIVISION_WORDS.get(words[-2].lower())
        if strict:
            found.add(mention.start)
    return frozenset(found)


def _qualifiers(mentions: Sequence[Mention], names_at: dict[int, _Name],
                text: str) -> dict[int, list[Place]]:
    """"X, Y" and "X in Y": the places Y may be, for each mention X that has such a Y."""
    found = {}
    for mention, following in zip(mentions, mentions[1:], strict=False):
        if following.start - mention.end > 6:
            continue  # more between them than ", ", " in the "
        own = names_at[mention.start].places
        if not own or own[0].kind in {"country", "continent"}:
            continue
        if _QUALIFIER.match(text[mention.end:following.start]):
            parents = [p for p in names_at[following.start].places
                       if p.kind in {"country", "admin1", "admin2", "region"}]
            if parents:
                found[mention.start] = parents
    return found


def _first_context(mentions: Sequence[Mention], names_at: dict[int, _Name]) -> _Context:
    """Countries the article names outright (a country, a demonym, an admin1 that is one
    country's only sense; see `_outright`)."""
    countries: dict[str, float] = {}
    divisions = set()
    for mention in mentions:
        name = names_at[mention.start]
        if mention.role == "demonym" and name.one_country:
            code, weight, division = name.places[0].country, 1.0, None
        elif name.outright is not None:
            code, weight, division = name.outright
        else:
            continue
        countries[code] = countries.get(code, 0) + weight
        if division is not None:
            divisions.add(division)
    return _Context(countries, frozenset(divisions), ())


def _outright(places: Sequence[Place]) -> tuple[str, float, tuple[str, str] | None] | None:
    """What a name (not a demonym) says of the article's country on its own: the country,
    the weight of that evidence and the division it names; None for nothing."""
    if not _one_country(places):
        return None
    top = places[0]
    if top.kind == "country":
        return top.country, 1.0, None
    if top.kind == "admin1" and len({p.country for p in places[:3]}) == 1:
        return top.country, 0.7, (top.country, name_key(top.name))
    if len(places) == 1 and top.country:
        return top.country, 0.5, None
    return None


def _one_country(places: Sequence[Place]) -> bool:
    """Whether a name's serious senses all lie in one country ("Georgia" does not)."""
    if not places:
        return False
    serious = [p for p in places if p.kind != "city" or p.population >= 100_000] or places[:1]
    return len({p.country for p in serious}) == 1


def _context_from(keys: Sequence[str], senses: dict[str, tuple[Place | None, float]],
                  previous: _Context) -> _Context:
    """The next round's context: the countries, divisions and places of the senses chosen
    with confidence, one entry for each mention (by its name's key)."""
    countries: dict[str, float] = {}
    divisions = set()
    own: dict[str, tuple[dict[str, float], int]] = {}
    anchors = []
    for key in keys:
        place, score = senses.get(key, (None, 0.0))
        if place is None or score < 0.5:
            continue
        counted = own.get(key)
        if counted is None:  # the name's first mention: what every one of them shares
            own_countries: dict[str, float] = {}
            own[key] = (own_countries, 1)
            if place.kind == "admin1":
                divisions.add((place.country, name_key(place.name)))
            elif place.admin1:
                divisions.add((place.country, name_key(place.admin1)))
        else:
            own_countries = counted[0]
            own[key] = (own_countries, counted[1] + 1)
        if place.country:
            weight = 1.0 if place.kind in {"country", "admin1"} else 0.6
            countries[place.country] = countries.get(place.country, 0) + weight
            own_countries[place.country] = own_countries.get(place.country, 0) + weight
        if place.kind not in {"continent", "country"}:
            anchors.append(place)
    floor = previous.floor or previous.countries
    for code, weight in floor.items():
        countries[code] = max(countries.get(code, 0), weight)
    return _Context(countries, frozenset(divisions), tuple(anchors), own, floor)


@dataclass(frozen=True)
class _Name:
    """A name's candidates, and the part of each one's score that no context changes."""

    key: str
    places: tuple[Place, ...]
    ids: tuple[str, ...]  # the places' ids and countries, read in every round
    countries: tuple[str, ...]
    prior: tuple[float, ...]
    divisions: tuple[tuple[str, str] | None, ...]  # each one's country and division
    one_country: bool  # see `_one_country`
    outright: tuple[str, float, tuple[str, str] | None] | None  # see `_outright`
    # Each candidate but a continent (too large to be near anything) as a row of `_Spread`:
    # its id, its point on the unit sphere and its closeness falloff.
    spread_rows: tuple[tuple[str, tuple[float, float, float], float], ...]


@lru_cache(maxsize=65536)
def _name(key: str, place_ids: tuple[str, ...], gazetteer, division: bool = False) -> _Name:
    """The name `key` with these candidates, weighed once: the same names come back in
    article after article. `division`: written as a division's (see `_written_as_divisions`)."""
    places = tuple(p for p in map(gazetteer.get, place_ids[:MAX_CANDIDATES]) if p is not None)
    # (A division's sense is kept apart from the name alone's: no name key has brackets.)
    return _Name(f"{key} (division)" if division else key, places,
                 tuple(p.place_id for p in places), tuple(p.country for p in places),
                 tuple(_priors(places, key, gazetteer, division)),
                 tuple((p.country, name_key(p.admin1)) if p.admin1 else None for p in places),
                 _one_country(places), _outright(places),
                 tuple((p.place_id, _point_on_the_sphere(p), _falloff(p)) for p in places
                       if p.kind != "continent"))


def _point_on_the_sphere(place: Place) -> tuple[float, float, float]:
    """The place as a point on the unit sphere (x, y, z): the angle between two places is
    then the arccosine of their points' dot product (see `_coherence`)."""
    lat, lon = math.radians(place.lat), math.radians(place.lon)
    return (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))


def _falloff(place: Place) -> float:
    """-(the Earth's radius) / (km at which closeness to the place falls to 1/e)."""
    scale = 1500.0 if place.kind == "country" else 400.0
    return -EARTH_RADIUS / scale


def _priors(places: Sequence[Place], key: str, gazetteer,
            division: bool = False) -> list[float]:
    """A candidate's weight on its own: importance, its own name, the user's word on it;
    and its kind, for a name written as a division's (`division`)."""
    # A city and the division named after it ("Yerevan", "Moscow", "Washington"): news
    # means the city, unless it writes the division's word ("Kharkiv oblast").
    big_cities = {p.country for p in places if p.kind == "city" and p.population >= 50_000}
    # "Armavir province": a division of a country where the name is a division's (or a town
    # there named like it, its seat), not a town elsewhere.
    division_countries = {p.country for p in places if p.kind in _DIVISION_KINDS
                          } if division else set()
    curated = gazetteer.curated_places(key)
    priors = []
    for place in places:
        prior = 0.35 * math.log10(place.population + 1) + _KIND_WEIGHT.get(place.kind, 0.0)
        if name_key(place.name) == key:
            prior += 0.5  # called by its own name, not by one of its alternate names
        if place.source == "curated":
            prior += 0.5
        if place.place_id in curated:
            prior += 0.5
        if place.kind == "admin1" and place.country in big_cities and not division:
            prior -= 1.5
        if division_countries and place.kind == "city" and place.country not in division_countries:
            prior -= TOWN_ABROAD_OF_A_DIVISION
        priors.append(prior)
    return priors


def _choose_senses(mentions: Sequence[Mention], keys: Sequence[str], names: dict[str, _Name],
                   qualifiers: dict[int, list[Place]], context: _Context,
                   coherence: dict[str, float]) -> dict[str, tuple[Place | None, float]]:
    """One sense per name: a qualified mention ("Paris, Texas") sets its name's sense for
    the whole article; other names take their best place given the context."""
    senses: dict[str, tuple[Place | None, float]] = {}
    for mention, key in zip(mentions, keys):
        if mention.start in qualifiers and key not in senses:
            senses[key] = _best(names[key], context, qualifiers[mention.start], coherence)
    for key, name in names.items():
        if key not in senses:
            senses[key] = _best(name, context, [], coherence)
    return senses


def _best(name: _Name, context: _Context, parents: list[Place],
          coherence: dict[str, float]) -> tuple[Place | None, float]:
    places = name.places
    if not places:
        return None, 0.0
    scores = _scores(name, parents, context.country_weights_seen_by(name.key),
                     context.divisions, coherence)
    # The best, the first listed among equals; and the runner-up's score.
    best_score = max(scores)
    first = scores.index(best_score)
    if len(scores) > 1:
        scores[first] = -math.inf
        runner_up = max(scores)
    else:
        runner_up = best_score - 2.0
    best = places[first]
    # Confidence: plausible on its own, and ahead of the runner-up.
    plausibility = 1.0 / (1.0 + math.exp(-(best_score - 2.3)))
    margin = 1.0 / (1.0 + math.exp(-2.5 * (best_score - runner_up)))
    return best, plausibility * (0.5 + 0.5 * margin)


def _scores(name: _Name, parents: list[Place], country_weights: dict[str, float] | None,
            divisions: frozenset[tuple[str, str]], coherence: dict[str, float]) -> list[float]:
    """Each candidate's score: its prior; its weight in the article's countries and
    divisions, and under its qualifier; and its closeness to the article's other places."""
    weight_of = country_weights.get if country_weights is not None else None
    closeness_of = coherence.get
    scores = []
    for place_id, country, prior, division, place in zip(
            name.ids, name.countries, name.prior, name.divisions, name.places, strict=True):
        in_context = weight_of(country, UNSEEN_COUNTRY) if weight_of and country else 0.0
        if division in divisions:
            in_context += 0.6
        if parents:
            in_context += 2.5 if any(_within(place, parent) for parent in parents) else -1.0
        scores.append(prior + in_context + closeness_of(place_id, 0.0))
    return scores


@dataclass(frozen=True)
class _Spread:
    """Where an article's candidates lie, as arrays: the same in every round."""

    ids: list[str]
    points: np.ndarray  # one row a candidate: a point on the unit sphere, x y z
    falloffs: np.ndarray  # each one's `_falloff`, as a column
    rows: dict[str, int]
    row_numbers: np.ndarray  # 0, 1, 2... as a column

    @classmethod
    def of(cls, names: Iterable[_Name]) -> _Spread:
        unique: dict[str, tuple[tuple[float, float, float], float]] = {}
        for name in names:
            for place_id, point, falloff in name.spread_rows:
                if place_id not in unique:
                    unique[place_id] = point, falloff
        ids = list(unique)
        # (From a flat run of floats: a list of tuples costs numpy twice as long to read.)
        points = np.fromiter(itertools.chain.from_iterable(
            point for point, _falloff in unique.values()), float, 3 * len(ids))
        falloffs = [falloff for _point, falloff in unique.values()]
        return cls(ids, points.reshape(-1, 3), np.array(falloffs)[:, None],
                   {place_id: row for row, place_id in enumerate(ids)},
                   np.arange(len(ids))[:, None])


def _coherence(spread: _Spread, context: _Context) -> dict[str, float]:
    """Closeness of each candidate to the article's other places: near most of them, not
    just one. All candidates against all anchors in one array operation."""
    if not spread.ids:
        return {}
    # The anchors are places chosen among the candidates: rows of the spread (the first 30).
    anchor_rows = np.array([spread.rows[place.place_id] for place in context.anchors[:30]])
    # Great-circle angles: the cosine of one is the points' dot product (kept within -1 and
    # 1 against rounding). Array operations this small cost their calls more than their
    # sums: each one saved counts.
    cosines = spread.points @ spread.points[anchor_rows].T
    angles = np.arccos(np.minimum(1.0, np.maximum(-1.0, cosines)))
    closeness = np.exp(angles * spread.falloffs)
    # A place is not its own neighbour.
    others = anchor_rows[None, :] != spread.row_numbers
    closeness *= others
    # (The ufuncs' own reductions: `ndarray.sum` costs a Python wrapper's call on arrays
    # this small.)
    count = np.add.reduce(others, axis=1)
    # (A candidate that is every anchor has a row of zeros: its coherence is 0.)
    coherence = (0.5 * np.maximum.reduce(closeness, axis=1)
                 + 0.7 * np.add.reduce(closeness, axis=1) / np.maximum(count, 1))
    return dict(zip(spread.ids, coherence.tolist(), strict=True))


def _within(place: Place, parent: Place) -> bool:
    if parent.kind == "country":
        return place.country == parent.country
    if parent.kind == "admin1":
        return place.country == parent.country and bool(place.admin1) and \
            name_key(place.admin1) == name_key(parent.name)
    # No two places farther apart north to south than 150 km are within 150 km: that
    # much is known before geopy works the distance out.
    if abs(place.lat - parent.lat) * _KM_PER_DEGREE_OF_LATITUDE > 151:
        return False
    return great_circle((place.lat, place.lon), (parent.lat, parent.lon)).km < 150


_KM_PER_DEGREE_OF_LATITUDE = EARTH_RADIUS * math.pi / 180
