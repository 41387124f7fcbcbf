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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import NamedTuple

import numpy as np
from rapidfuzz.distance import Indel

from geo.gazetteer_base import division_forms
from geo.model import Mention, Place
from geo.recognize import (
    DIVISION_WORDS,
    LOCATIVES,
    NAMES_LIST,
    PLACE_WORDS,
    PlaceLanguage,
    article_language,
    countries_of_division_words,
    division_word_after,
    in_a_bracket_of_names,
    in_a_place_position,
    latin_forms,
    list_joiners,
    mention_key,
    place_language,
    setting_in_brackets,
)
from geo.text import fold, name_key

# A mention whose best candidate scores below this stays unresolved (see unresolved.csv).
MIN_SCORE = 0.3
MAX_CANDIDATES = 25
# A town that nothing else in the article supports keeps this share of its score, which
# leaves it below MIN_SCORE (see `_towns_without_evidence`).
DOUBTFUL_TOWN_FACTOR = 0.25
SMALL_TOWN = 30_000
# The language of the gazetteer's own names (GeoNames'): in it, a place's other names are
# translations, old names, nicknames; in another language they are its own.
OWN_NAMES_LANGUAGE = "en"

# A name written as a division's ("Armavir province") is no town of a country where no
# division bears it (Armavir in Russia, when Armenia has the province): such a town loses
# this much (see `_priors`): more than an article that names only the town's country adds
# to it (2.2, see `_country_weights`).
TOWN_ABROAD_OF_A_DIVISION = 2.5
_DIVISION_KINDS = frozenset({"admin1", "admin2", "region"})
# What a candidate that lies within none of the places its qualifiers may be loses: after
# a bare comma or "in" ("Paris, Texas"; but a comma may also be a list's); and in a written
# hierarchy ("X village (Y, Z)", "X area of Y city"), where it is no sense of the name.
QUALIFIER_MISS = 1.0
HIERARCHY_MISS = 3.0
BINDING_TOWN = 15_000  # the least population of a town that rules senses out as a qualifier
# A name written as a settlement's ("Shimla city", "the town of Tartar") is a town's: any
# other kind of place of that name (a division, a country) loses this much when the name
# has a town among its senses; more than a division's kind and size give it over its seat.
AREA_WRITTEN_AS_A_SETTLEMENT = 2.5
# What a place loses to a namesake that bears the name as its own and is a hundred times
# its size, when it has the name only among its alternate names (see `_priors`).
ALIAS_OF_A_FAR_BIGGER_PLACE = 1.0

# What a district named by its bare name loses beside its kind's weight: its population
# counted as a tenth (0.35 per tenfold, as in `_priors`).
BARE_DISTRICT = 0.35

_KIND_WEIGHT = {"continent": 1.6, "country": 1.6, "region": 1.1, "feature": 1.1, "admin1": 0.9,
                "admin2": 0.35, "landmark": 0.3,
                "city": 0.0}


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


def resolve(mentions: Sequence[Mention], gazetteer, text: str,
            lang: str | None = None) -> list[Mention]:
    """Choose a place and a score for every mention; below MIN_SCORE the place stays None.

    `lang`: the article's language (ISO 639-1), identified from `text` when not given; its
    words for places ("в", "la ville de", "-da") are evidence for a town as English's are.
    """
    language = (place_language(article_language(text, lang))
                if mentions else None)
    # Each mention's name, with its candidates; a name keeps the sense its first mention's
    # candidates give it. (A declined name is the name it was found under: "Шуши" is
    # "шуша".)
    keys = [_sense_key(m, gazetteer, language) for m in mentions]
    names_at = {m.start: _name(key, m.candidates, gazetteer) for m, key in zip(mentions, keys)}
    # A name written as a division's ("Kharkiv oblast", "the Lachin district") is another
    # name than the word alone: the division or its seat, not a town elsewhere; and one
    # written as a settlement's ("the town of Tartar", "Shimla city") is the town, not the
    # division named after it.
    written = _written_as(mentions, text, language)
    # One sense a discourse: a name the article once writes as a town's ("Terter kentinde")
    # is the town where it stands alone too.
    towns = {key for m, key in zip(mentions, keys) if written.get(m.start) == SETTLEMENT}
    for i, mention in enumerate(mentions):
        kind = written.get(mention.start) or (SETTLEMENT if keys[i] in towns else None)
        # (A settlement's word changes nothing for a name whose senses are all towns, or
        # have none: the name alone is weighed, once.)
        if kind == DIVISION or (kind == SETTLEMENT and _towns_and_areas(names_at[mention.start])):
            names_at[mention.start] = _name(keys[i], mention.candidates, gazetteer, kind)
            keys[i] = names_at[mention.start].key
    divisions = frozenset(written)  # (either way, a word that says the name is a place's)
    names: dict[str, _Name] = {}
    for name in names_at.values():
        names.setdefault(name.key, name)
    qualifiers = _qualifiers(mentions, names_at, text)
    # (English's words for the divisions of a few countries; another language's are its own.)
    context = _first_context(mentions, names_at,
                             lambda: countries_of_division_words(text) if language is None
                             else {})
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
    peoples_towns = _peoples_towns(mentions, keys, names_at, senses, text)
    doubted = {}
    for key, abroad in _towns_without_evidence(mentions, keys, senses, qualifiers, divisions,
                                               text, gazetteer, language):
        # A town's name that is also its province's ("Qakh"), in a country the article
        # names other places of: the province, which holds the town whichever the name
        # means, needs no evidence.
        doubted[key] = None if abroad else _own_province(names[key], senses[key][0])
    # A qualified mention is settled by its own qualifier, with the candidates it was found
    # with, in the final context.
    # (A name qualified alike at each of its mentions, "Stepanakert, Nagorno-Karabakh", is
    # weighed once.)
    qualified: dict[tuple, tuple[Place | None, float]] = {}
    countries_of = None  # (worked out when a name of compass words asks)
    resolved = []
    for mention, key in zip(mentions, keys, strict=True):
        place, score = senses.get(key, (None, 0.0))
        qualifier = qualifiers.get(mention.start)
        if qualifier is not None:
            name = names_at[mention.start]
            alike = (id(name), tuple(p.place_id for p in qualifier.parents),
                     tuple(p.place_id for p in qualifier.binding), qualifier.miss)
            if alike not in qualified:
                qualified[alike] = _best(name, context, qualifier, coherence)
                if len(mention.candidates) > MAX_CANDIDATES and not _under_a_parent(
                        qualified[alike][0], qualifier):
                    # A name of many places ("La Libertad", "San Rafael"): the one its
                    # qualifier holds may be too small to be among the first weighed.
                    base, _, kind = name.key.partition(" (")
                    every = _name(base, mention.candidates, gazetteer, kind[:-1],
                                  limit=len(mention.candidates))
                    qualified[alike] = _best(every, context, qualifier, coherence)
            place, score = qualified[alike]
            if place is not None and qualifier.within and _under(
                    place, qualifier) < 0 and not any(
                    (p.country, p.admin1) == (place.country, place.admin1)
                    for p in qualifier.parents):
                # "Kurdlar (Syunik)" where the gazetteer's only Kurdlar is in another
                # province than Syunik: a place it lacks, which the events stage puts at
                # Syunik ("Kilisar town of Aleppo region": the city Aleppo, which stands
                # for its governorate here, is in Kilisar's province)
                place = None
        if key in doubted and place is not None and place.kind == "city":
            province = doubted[key]
            place, score = (province, score) if province else (place,
                                                               score * DOUBTFUL_TOWN_FACTOR)
        if place is not None and place.country and _compass_words(mention.text) and not (
                (countries_of := countries_of or _countries_named_by(senses)).get(
                    place.country, set()) - {key}):
            # "Nord-Ouest", "North East": a division of every other country is named so, in
            # its own language; one of a country nothing else in the article is in is a
            # guess (Haiti's "Ouest" for Rwanda's, which the gazetteer knows as "Western").
            place = None
        if place is not None and place.country in peoples_towns.get(key, ()):
            # "the southern Lebanese town of Shaqra": no town of a country the article
            # names nothing of (a people's town may lie in a country it names: "the
            # Armenian village of X" in Azerbaijan), wherever the article writes the name
            place = None
        if place is not None and place.kind == "landmark" and (
                countries_of := countries_of or _countries_named_by(senses)) and not (
                countries_of.get(place.country, set()) - {key}) and any(
                country != place.country for country in countries_of):
            # "Tahrir Square", "Republic Square": many cities have one; the famous one is
            # not the one meant in a report whose other places all lie in another country
            # ("students in Baghdad joined the sit-in in Tahrir Square").
            place = None
        if place is None or score < MIN_SCORE:
            place = None
        resolved.append(Mention(mention.article_id, mention.start, mention.end, mention.text,
                                mention.role, place, round(score, 3), mention.candidates))
    return _qualifiers_as_divisions(resolved, qualifiers, names_at)


# Between a people's name and a town's: "the southern Lebanese town of X", "an Afghan
# border village of X".
_TOWN_ADJECTIVE = (r"(?:(?:border|frontline|front-line|small|remote|coastal|hilltop|mountain|"
                   r"northern|southern|eastern|western|central)[ \u00a0]+)?")
_PEOPLES_TOWN = re.compile(
    rf"[ \u00a0]+{_TOWN_ADJECTIVE}(?:town|village|city|hamlet|settlement)[ \u00a0]+of[ \u00a0]+")
# ... and a country's possessive before a town's name: "Mozambique's Palma", "Nigeria's
# northern town of X".
_COUNTRYS_TOWN = re.compile(
    rf"['’]s[ \u00a0]+{_TOWN_ADJECTIVE}(?:(?:town|village|city|hamlet|settlement|port)"
    r"[ \u00a0]+(?:of[ \u00a0]+)?)?")


def _peoples_towns(mentions: Sequence[Mention], keys: Sequence[str], names_at: dict[int, _Name],
                   senses: dict[str, tuple[Place | None, float]], text: str
                   ) -> dict[str, set[str]]:
    """The countries a name's chosen sense may not lie in, by the name's key: a people's
    name makes it a town of their country ("the Lebanese town of X"), so no sense of it in
    a country the article names nothing of can be right; and so does a country's possessive
    ("Mozambique's Palma"), for a town of a country nothing else the article names lies in
    (Palma in Spain)."""
    named = None
    found: dict[str, set[str]] = {}
    for (before, mention), key in zip(itertools.pairwise(mentions), keys[1:], strict=True):
        if mention.role != "demonym" and before.role != "demonym" and \
                _COUNTRYS_TOWN.fullmatch(text, before.end, mention.start):
            owner = names_at[before.start].places
            place = senses.get(key, (None, 0.0))[0]
            if owner and owner[0].kind == "country" and place is not None and \
                    place.kind == "city" and place.country != owner[0].country and not any(
                    other != key and sense is not None and sense.country == place.country
                    for other, (sense, _) in senses.items()):
                found.setdefault(key, set()).add(place.country)
            continue
        if before.role != "demonym" or mention.role == "demonym" or not \
                _PEOPLES_TOWN.fullmatch(text, before.end, mention.start):
            continue
        people = names_at[before.start].places
        place = senses.get(key, (None, 0.0))[0]
        if not people or place is None or place.country == people[0].country:
            continue
        named = named if named is not None else _countries_named(mentions, names_at)
        if place.country not in named:
            found.setdefault(key, set()).add(place.country)
    return found


def _countries_named(mentions: Sequence[Mention], names_at: dict[int, _Name]) -> set[str]:
    """The countries the article names, by their names or their peoples'."""
    return {senses[0].country for m in mentions
            if (senses := names_at[m.start].places)
            and (m.role == "demonym" or senses[0].kind == "country")}


def _towns_without_evidence(mentions: Sequence[Mention], keys: Sequence[str],
                            senses: dict[str, tuple[Place | None, float]],
                            qualifiers: dict[int, _Qualifier], divisions: frozenset[int],
                            text: str, gazetteer, language: PlaceLanguage | None = None
                            ) -> list[tuple[str, bool]]:
    """Names read as a town that nothing else in the article supports, and whether each
    is a town abroad (of a country the article names nothing else in).

    A town's name is also a surname, a first name, a brand, a street: a careful reader takes
    "Sheldon Peck" or "Pskov made his comments" for people. A town is believed when a
    mention of it follows "in", "near", "of"..., is qualified by a place it lies in
    ("Benson, Minn."; not "Riverside in Springfield" for a Riverside elsewhere), is written
    as a division's ("the Lachin district", whose seat it is), or when the article names
    another place of its province; failing those, a small town (under 30,000) is not
    believed, nor another country's town (under 300,000) when the article's other places
    all lie elsewhere. A small town of another country, alone in its province,
    is not believed even after "in" or "from" ("a delegation from Obama" in a report on
    Washington; "Ismaili", an Egyptian team, read as a town in Azerbaijan); nor is a town of
    any size in another country whose name here is neither its own nor a spelling of it,
    only one of its other names or a misspelling of one ("Dar el Beida" in a report whose
    places lie in Russia is no Casablanca, "Kesra" near Aleppo no Xian); the gazetteer's own
    names are English's, so this holds in English text only ("Moskau" is Moscow's own German
    name); nor a misspelling of a town abroad ("Mathare", a slum of Nairobi, is no Matale in
    Sri Lanka). Places and names the curated files give are believed.
    """
    placed = {key: place for key, (place, score) in senses.items()
              if place is not None and score >= MIN_SCORE}
    own_names_known = language is None or language.code == OWN_NAMES_LANGUAGE
    towns = [key for key, place in placed.items()
             if place.kind == "city" and place.source != "curated"
             and (place.population < 300_000 or (own_names_known and _other_name(key, place)))
             and not gazetteer.curated_name(place.place_id, key)]
    if not towns:
        return []
    cued = set()
    cue_of_list: dict[int, bool] = {}
    town_keys = set(towns)
    under_qualifier = frozenset(
        mention.start for mention, key in zip(mentions, keys, strict=True)
        if mention.start in qualifiers and key in town_keys
        and any(lies_within(placed[key], parent) for parent in qualifiers[mention.start].parents)
    ) if qualifiers else frozenset()
    for i, key in enumerate(keys):
        if key in town_keys and key not in cued and _cued(mentions, i, under_qualifier,
                                                          divisions, text, cue_of_list,
                                                          keys, language):
            cued.add(key)
    # How many of the places chosen lie in each country and each province; and in each
    # country, how many named as places (a demonym says whose, not where: "Israeli shells
    # hit Nabatieh" names no place in Israel).
    demonyms = {key for mention, key in zip(mentions, keys, strict=True)
                if mention.role == "demonym"}
    countries: dict[str, int] = {}
    named_countries: dict[str, int] = {}
    provinces: dict[tuple[str, str], int] = {}
    for key, place in placed.items():
        countries[place.country] = countries.get(place.country, 0) + 1
        if key not in demonyms:
            named_countries[place.country] = named_countries.get(place.country, 0) + 1
        province = _province(place)
        provinces[province] = provinces.get(province, 0) + 1
    doubtful = []
    for key in towns:
        place = placed[key]
        # Counted without the town itself.
        small_and_alone = place.population < SMALL_TOWN and (
            not place.admin1 or provinces[_province(place)] == 1)
        abroad = len(placed) >= 3 and countries[place.country] == 1
        # A cue ("in", a qualifier, a list) is enough, unless the town is both, or is abroad
        # under another of its names (where one other place is enough to say so).
        other_name_abroad = (own_names_known and named_countries[place.country] == 1
                             and sum(named_countries.values()) >= 2
                             and (_other_name(key, place)
                                  or _misspelt(key, place, gazetteer)))
        if (abroad and small_and_alone) or other_name_abroad or (
                key not in cued and (small_and_alone or abroad)):
            doubtful.append((key, abroad))
    if not doubtful:
        return doubtful
    # A town listed with two or more towns of its own country that are believed is
    # believed with them: "including Jermuk, Goris and Kapan".
    doubted = {key for key, _ in doubtful}
    vouched = set()
    for i, key in enumerate(keys):
        if key not in doubted or key in vouched:
            continue
        listed = keys[_list_start(mentions, i, text):_list_end(mentions, i, text) + 1]
        if len({other for other in listed if other not in doubted and other in placed
                and placed[other].kind == "city"
                and placed[other].country == placed[key].country}) >= 2:
            vouched.add(key)
    return [(key, abroad) for key, abroad in doubtful if key not in vouched]


def _other_name(key: str, place: Place) -> bool:
    """Whether the name (a mention's key) is only one of the place's other names, not its own,
    a spelling of it nor its abbreviation ("Phila." for Philadelphia; but "Rio", the first
    word of Rio de Janeiro's name, is a name of its own; so is the name with its word for a
    town, "Gaza City" for Gaza)."""
    key, own_key = key.partition(" (")[0], name_key(place.name)
    abbreviation = own_key.startswith(key) and own_key[len(key):len(key) + 1].isalpha()
    with_its_word = key.startswith(own_key + " ") and key[len(own_key) + 1:] in _SETTLEMENT_WORDS
    return not (abbreviation or with_its_word or _spelling(key, own_key))


def _misspelt(key: str, place: Place, gazetteer) -> bool:
    """Whether the name is none of the place's, even written together ("Tarinkot" is
    Tarin Kot's): a misspelling read as it."""
    key = key.partition(" (")[0]  # (not how it was written: "X district")
    if gazetteer.has_name_key(key):
        return False
    together = key.replace(" ", "").replace("-", "")
    return all(name_key(name).replace(" ", "").replace("-", "") != together
               for name in gazetteer.names_of(place.place_id))


def _countries_named_by(senses: dict[str, tuple[Place | None, float]]) -> dict[str, set[str]]:
    """The countries of the places chosen, and the names chosen in each."""
    countries: dict[str, set[str]] = {}
    for key, (place, score) in senses.items():
        if place is not None and score >= MIN_SCORE:
            countries.setdefault(place.country, set()).add(key)
    return countries


@lru_cache(maxsize=65536)
def _compass_words(name: str) -> bool:
    """Whether a name is made of compass words alone ("Nord-Ouest", "Far North")."""
    return all(word in _COMPASS_WORDS for word in name_key(name).split())


def _own_province(name: _Name, town: Place) -> Place | None:
    """The name's sense that is the first-level division the town lies in, if any."""
    return next((p for p in name.places if p.kind == "admin1" and p.country == town.country
                 and town.admin1 and name_key(p.name) == name_key(town.admin1)), None)


# An apposition that says what kind of place the name is: "Jermuk, a spa town in the
# south".
_KIND_IN_APPOSITION = re.compile(
    r",[ \u00a0]+(?:an?|the)[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,3}?(?:town|city|village|"
    r"hamlet|settlement|district|province|region)\b")


def _cued(mentions: Sequence[Mention], i: int, qualifiers: frozenset[int],
          divisions: frozenset[int], text: str, cue_of_list: dict[int, bool],
          keys: Sequence[str] = (), language: PlaceLanguage | None = None) -> bool:
    """Whether mention `i` follows a locative, is qualified, written as a division's or
    with any word for a place after it ("the Benson area"), or is listed after one that
    is: "in Aghdam, Kalbajar and Lachin" (a list shares the cue of its first name). What a
    list was found to have is kept in `cue_of_list`, by mention."""
    first = i
    while True:
        if first in cue_of_list:
            cue = cue_of_list[first]
            break
        start = mentions[first].start
        if start in qualifiers or start in divisions or _after_a_locative(text, start) or (
                _PLACE_WORD_AFTER.match(text, mentions[first].end)) or (
                _KIND_IN_APPOSITION.match(text, mentions[first].end)) or (
                setting_in_brackets(text, start)) or (
                _DIRECTION_AFTER.match(text, mentions[_list_end(mentions, first, text)].end)
        ) or (
                language is not None and in_a_place_position(
                    text, start, mentions[first].end, keys[first], language)):
            cue = True
            break
        if not first or not (_LIST_GAP.fullmatch(text, mentions[first - 1].end, start) or (
                language is not None and _listed(text, mentions[first - 1].end, start,
                                                 language))):
            cue = False
            break
        first -= 1
    for listed in range(first, i + 1):
        cue_of_list[listed] = cue
    return cue


def _list_start(mentions: Sequence[Mention], i: int, text: str) -> int:
    """The first mention of the list ("X, Y and Z") that mention `i` is in."""
    while i and _LIST_GAP.fullmatch(text, mentions[i - 1].end, mentions[i].start):
        i -= 1
    return i


def _list_end(mentions: Sequence[Mention], i: int, text: str) -> int:
    """The last mention of the list ("X, Y and Z") that mention `i` is in."""
    while i + 1 < len(mentions) and _LIST_GAP.fullmatch(text, mentions[i].end,
                                                        mentions[i + 1].start):
        i += 1
    return i


def _province(place: Place) -> tuple[str, str]:
    """The country and first-level division a place is or lies in."""
    return place.country, name_key(place.name if place.kind == "admin1" else place.admin1)


def _after_a_locative(text: str, start: int) -> bool:
    """"in Saida", "near Benson", "the town of Benson", "residents of Benson", "shelled
    Benson", "shells fell on Benson"."""
    words = [w.lower() for w in _WORD_BEFORE.findall(text, max(0, start - 30), start)]
    if words and (words[-1] in LOCATIVES or words[-1] in _TAKES_A_PLACE):
        return words[-2:] != ["according", "to"]  # "according to Benson" is a person
    if len(words) >= 2 and words[-1] == "on" and words[-2] in _ON_A_PLACE:
        return True
    return len(words) >= 2 and words[-1] == "of" and words[-2] in _OF_A_PLACE


_WORD_BEFORE = re.compile(r"(\w+)\W*")
# "the town of X", "residents of X", "the district of X": words that make the name after
# "of" a place.
_OF_A_PLACE = frozenset(
    "city cities town towns village villages hamlet suburb suburbs outskirts center centre "
    "heart streets capital port county counties state states residents people mayor island "
    "islands countryside vicinity environs surroundings inhabitants villagers natives "
    "direction directions".split()
) | frozenset(DIVISION_WORDS) | frozenset(word + "s" for word in DIVISION_WORDS)
_LIST_GAP = re.compile(r",? (?:and|or) |, ")
# A defence ministry's front named after its towns: "in the Fuzuli and Jabrayil directions".
_DIRECTION_AFTER = re.compile(r"[ \u00a0]+directions?\b", re.IGNORECASE)
# Verbs whose object is a place, not a person: "shelled Tartar", "troops entered Hadrut".
_TAKES_A_PLACE = frozenset(
    "shelled bombed bombarded besieged stormed entered liberated recaptured retook occupied "
    "overran captured pounded pounding shelling bombarding besieging".split())
# Words after which "on" puts a place: "shells fell on Jermuk", "fired on Ganja", "an
# assault on Avdiivka" (not "on Monday", nor "commented on Pskov").
_ON_A_PLACE = frozenset(
    "fell falling fall falls landed landing rained raining fire fired firing opened strikes "
    "strike struck attack attacks assault assaults advance advancing advanced marched "
    "marching offensive bombardment barrage raids raid".split())


def _evidence(senses: dict[str, tuple[Place | None, float]]) -> dict[str, str | None]:
    """What of a round's choices the next round's context is made of."""
    return {key: place.place_id if place is not None and score >= 0.5 else None
            for key, (place, score) in senses.items()}


def _sense_key(mention: Mention, gazetteer=None, language: PlaceLanguage | None = None) -> str:
    if gazetteer is None or mention.role == "demonym":
        return name_key(mention.text)
    return mention_key(mention.text, mention.candidates, gazetteer,
                       language.code if language else None)


def _listed(text: str, end: int, start: int, language: PlaceLanguage) -> bool:
    """Whether two names are joined as a list's are, in the language ("Ağdam, Laçın ve
    Kelbecer", "Лачинского и Кельбаджарского")."""
    gap = text[end:start]
    words = gap.strip(" ,\u00a0").split()
    return len(gap) < 12 and (not words or (len(words) == 1 and fold(words[0]) in
                                             language.and_or))


def _towns_and_areas(name: _Name) -> bool:
    """Whether the name has a town among its senses and something else as well."""
    kinds = {place.kind == "city" for place in name.places}
    return len(kinds) == 2


def _written_as(mentions: Sequence[Mention], text: str,
                language: PlaceLanguage | None = None) -> dict[int, str]:
    """The starts of the mentions written with a word that names nothing but a division
    (see `DIVISION_WORDS`): "the Kalbajar district", "Tavush Province", "Luhansk and Donetsk
    oblasts", "the district of Aghdam"; not "the Washington region" (DIVISION); and of those
    written as a settlement's: "Rampur town", "the Azerbaijani town of Tartar", "the
    village of Benson" (SETTLEMENT). A word that says only that the name is a place's ("the
    Ijevan region") marks it with "": a place, of no kind in particular."""
    found = {}
    for mention in mentions:
        if mention.role == "demonym":
            continue
        strict = division_word_after(text, mention.end)
        kind = DIVISION if strict else ""
        if strict is None:
            word = _SETTLEMENT_OR_STATE_AFTER.match(text, mention.end)
            if word:
                # "Shimla city"; "New York state", "Rakhine state" (not "Colorado State")
                kind = DIVISION if word.group(1) else SETTLEMENT
            elif text.endswith("of ", 0, mention.start):
                words = _WORD_BEFORE.findall(text, max(0, mention.start - 40), mention.start)
                if len(words) >= 2 and words[-1].lower() == "of":
                    word = words[-2].lower()
                    if DIVISION_WORDS.get(word):
                        # (but a named one's: "the Rabieh district of Amman" is a quarter
                        # of a city as well as "the Nad Ali district of Helmand" is one of
                        # a province; the word says no more than that)
                        named = len(words) >= 3 and words[-3][:1].isupper() and \
                            words[-3].lower() not in _ARTICLE_WORDS
                        kind = "" if named else DIVISION
                    elif word in _SETTLEMENT_WORDS:
                        kind = SETTLEMENT
            if not kind and language is not None and _settlement_in(text, mention, language):
                kind = SETTLEMENT
        if kind or strict is False:
            found[mention.start] = kind
    return found


def _settlement_in(text: str, mention: Mention, language: PlaceLanguage) -> bool:
    """"Tərtər şəhərini", "город Степанакерт", "la ville de Tartar", "die Stadt Latschin":
    the language's word for a town before or after the name."""
    if language.settlement_words_after:
        after = _WORD_AFTER.match(text, mention.end, mention.end + 40)
        if after and fold(after.group(1)) in language.settlement_words_after:
            return True
    if language.settlement_nouns:
        words = [fold(w).rstrip("'") for w in
                 _WORD_BEFORE.findall(text, max(0, mention.start - 30), mention.start)[-2:]]
        if words and (words[-1] in language.settlement_nouns or (
                len(words) == 2 and words[-1] in language.of_words
                and words[-2] in language.settlement_nouns)):
            return True
    return False


_WORD_AFTER = re.compile(r"[ \u00a0]+(\w+)")


DIVISION, SETTLEMENT = "division", "settlement"
_SETTLEMENT_OR_STATE_AFTER = re.compile(
    r"[ \u00a0](?:(state)(?![ \u00a0](?:university|college)\b)|city|town|village|hamlet)\b")
_SETTLEMENT_WORDS = frozenset("city town village hamlet".split())
# (In lower case: "Kansas City", "Paletwa Town" are names of their own.)
_ARTICLE_WORDS = frozenset({"the", "a", "an"})  # ("The district of X" opens a sentence)


def _qualifiers(mentions: Sequence[Mention], names_at: dict[int, _Name],
                text: str) -> dict[int, _Qualifier]:
    """The places that each mention X is said to lie in or near, for each X that has such
    names after it (see `_parents_after`): "Paris, Texas", "Moscow in Idaho", "Rampur town
    (Shimla district, Himachal Pradesh)", "Rampur village in Nankhari tehsil of Himachal
    Pradesh", "the Rampur area of Shimla city", "Rampur village near Shimla town"."""
    found = {}
    link_at = _LINK.match
    for i, mention in enumerate(mentions):
        # (Most names are far from the next, or followed by none of the marks and words a
        # link opens with: known without the regex. An apposition may name no place but
        # "the enclave", "the state": no name need follow it.)
        end = mention.end
        if (i + 1 == len(mentions) or mentions[i + 1].start - end > _LONGEST_LINK) and \
                not text.startswith((", a ", ", an "), end):
            continue
        mark = text[end:end + 1]
        if mention.role == "demonym" or not (
                mark in _LINK_MARKS or (mark in _SPACES and (
                    text.startswith("(", end + 1)
                    or text[end + 1:end + 3].lower() in _LINK_OPENINGS))):
            continue
        link = link_at(text, end)
        if link is None:
            continue
        own = names_at[mention.start].places
        if not own or own[0].kind in {"country", "continent"}:
            continue
        qualifier = _parents_after(mentions, i, names_at, text, link)
        if qualifier is not None:
            found[mention.start] = qualifier
    return found


class _Qualifier(NamedTuple):
    """What a mention's qualifiers say: the places they may be, and what a candidate
    within none of them loses."""

    parents: list[Place]
    miss: float
    # The parents of the qualifiers that may rule a candidate out (see `_parents_after`).
    binding: list[Place]
    # What each candidate gains under it (see `_under`), worked out once: the same in
    # every round.
    gains: dict[str, float]
    # Where the qualifying names that can only be divisions or countries start ("Paris,
    # Texas"; not "Rampur near Shimla town"): see `_qualifiers_as_divisions`.
    starts: tuple[int, ...] = ()
    # Whether the names say X lies within them ("X (Y, Z)", "X village of Y district"), not
    # only near ("Champaign near the Indiana border"): see `resolve`.
    within: bool = False


def _parents_after(mentions: Sequence[Mention], i: int, names_at: dict[int, _Name],
                   text: str, link: re.Match) -> _Qualifier | None:
    """The places the names written after mention `i` as its qualifiers may be: a chain of
    names, each linked to the one before by a comma, "in", "near", a word for a place and
    "of" ("X area of Y"), perhaps after words for a place ("Darwaz district, Badakhshan"),
    ending in a bracket of names ("X town (Y, Z)"); a name linked without a word for a place
    ends it ("Arizona, California, Colorado" is a list). Each later name is broader, and all of
    them qualify X: a name the gazetteer lacks ("Nankhari tehsil") passes the chain on,
    and a later name picks the senses of the earlier ones ("(Dharampur, Gujarat)": the
    Dharampur in Gujarat, not another one that X's namesakes may lie near).

    A name after a bare comma qualifies X as a division or a country can ("Paris, Texas";
    in "Kabul, Herat and Kandahar" a town is no qualifier of another), and one after "in"
    as a town can too; a candidate of X within none of them loses a little (QUALIFIER_MISS:
    a comma may be a list's). A name written as a hierarchy's (after a word for a place,
    "near", "of", in brackets) may be a town as well, and a candidate within none of them
    is no sense of X (HIERARCHY_MISS)."""
    levels: list[tuple[list[Place], bool]] = []  # each name's senses; a compass word's?
    starts: list[int] = []  # where the names that must be divisions are written
    hierarchy = False
    near = False  # whether a link says only "near"
    own_key = _sense_key(mentions[i])
    own_senses = names_at[mentions[i].start].places
    own_is_division = bool(own_senses) and own_senses[0].kind in {"admin1", "admin2"}
    bracketed = None  # (worked out when a comma asks)
    position, j = mentions[i].end, i + 1
    for hop in range(5):
        if hop:  # (the first link is the one `_qualifiers` found)
            link = _LINK.match(text, position)
            if link is None:
                break
        if link["bracket"]:
            close = text.find(")", link.end(), link.end() + 100)
            if close < 0 or not NAMES_LIST.fullmatch(text, link.end(), close):
                break
            while j < len(mentions) and mentions[j].start < close:
                if mentions[j].start >= link.end() and mentions[j].role != "demonym":
                    # ("Kidal (Kidal)": the town in the division of its name, ACLED's way
                    # of writing it; the bracket's own name is a division only)
                    same = name_key(mentions[j].text) == own_key
                    if not same or mentions[j].start == link.end() and text.startswith(
                            ")", mentions[j].end):
                        # (a division's bracket holds divisions: "X district (Kandahar)"
                        # is the province, not its capital)
                        towns = not same and not own_is_division
                        levels.append(_level(mentions[j], names_at, towns=towns))
                        if not towns and not same:
                            starts.append(mentions[j].start)
                        hierarchy = hierarchy or bool(levels[-1][0])
                j += 1
            break
        if link["apposition"] is not None:
            near = near or " near" in link["apposition"].lower()
            if not any(m.start == link.end() for m in mentions[j:j + 3]) and \
                    _THE_REGION.match(text, link.end()):
                region = _most_named_region(mentions, names_at)
                if region:
                    levels.append((region, False))
                    hierarchy = True
                break
            connector, words = "in", True
        else:
            connector = link["connector"].strip().lower()
            if connector.startswith("in the"):
                connector = "near"  # (in the countryside of)
            words = bool(link["words"])
            near = near or connector == "near"
        if not words and connector == ",":
            if bracketed is None:
                # Inside a bracket of names, a comma links a name to a broader one:
                # "(Sultanpur, Himachal Pradesh)".
                bracketed = in_a_bracket_of_names(text, mentions[i].start)
            words = bracketed
        if connector == "of" and not words and not (
                hop == 0 and mentions[i].text.rpartition(" ")[2].lower() in PLACE_WORDS):
            break  # "the people of X", "the mayor of X": no hierarchy (but "the Dniprovskyi
            # district of Kherson", whose word for a place is written in the name)
        while j < len(mentions) and mentions[j].start < link.end():
            j += 1
        if j == len(mentions) or mentions[j].start != link.end():
            # A name the gazetteer lacks, written as a division's or a town's: the chain
            # goes on after it ("Rampur village in Nankhari tehsil of Himachal Pradesh").
            unknown = _UNKNOWN_LEVEL.match(text, link.end())
            if unknown is None or (j < len(mentions) and mentions[j].start < unknown.end()):
                break
            position = unknown.end()
            continue
        level = mentions[j]
        if level.role == "demonym" or text.startswith(("'", "’"), level.end):
            break  # "in Moscow, Azerbaijani troops", "in Baku, Azerbaijan's": no qualifier
        if hop == 0 and connector == "," and not words and _LIST_GOES_ON.match(text,
                                                                                level.end):
            break  # "in Tehran, Isfahan and Shiraz": three peers, not a town of Isfahan
        # ("X in northern Y" says where in Y it lies: a hierarchy, as "X village of Y")
        linked = words or connector in {"of", "near"} or connector.startswith("in ") or (
            hop == 0 and connector == "," and _a_place_and_its_town(mentions, i, j, names_at, text))
        towns = linked or connector != "," or bool(_PLACE_WORD_AFTER.match(text, level.end))
        if name_key(level.text) != own_key:  # ("Nahan town (Nahan, Sirmaur)")
            levels.append(_level(level, names_at, towns))
            if not towns:  # "Paris, Texas": a division or a country, as the name can be
                starts.append(level.start)
            hierarchy = hierarchy or (linked and bool(levels[-1][0])) or (
                connector == "," and _ends_a_sentence(text, level.end)
                and bool(levels[-1][0]) and all(p.kind != "city" for p in levels[-1][0]))
        if not words:
            break  # "Arizona, California, Colorado": a list, whose names are peers
        position = level.end
        j += 1
    # From the broadest name back: each name's senses in or near a division the names after
    # it may be (none, when none is: there the name is one the gazetteer lacks). A town
    # picks no sense of another: "(Nahan, Sirmaur)" names a district the gazetteer lacks,
    # which a far town of that name must not stand for (nor does a town under 15,000 rule
    # a sense out: a qualifier is a place of some size, or a division); nor does a division
    # named by compass words alone ("Ouest", "Far North": many countries have one, under names in
    # their own languages that the gazetteer may lack), which can only confirm a sense.
    parents: list[Place] = []
    binding: list[Place] = []
    divisions: list[Place] = []
    for level, compass in reversed(levels):
        if divisions:
            within = [p for p in level if any(_near(p, parent) for parent in divisions)]
            if level and not within and not {p.country for p in level} & {
                    d.country for d in divisions} and not any(
                    d.kind in {"admin1", "country"} for d in divisions):
                # A hierarchy does not cross borders: a broader name known only as a district
                # of another country than all the narrower one's senses is a namesake abroad
                # ("(Libertador, Capital District)": Venezuela's, which the gazetteer names
                # otherwise, not the Philippine district), and the narrower names go on
                # without it (a province is believed: "(Nelson, Eastern Cape)" names no
                # Nelson the gazetteer knows).
                parents, binding, divisions = [], [], []
            else:
                level = within
        parents += level
        if not compass:
            binding += [p for p in level if p.kind != "city" or p.population >= BINDING_TOWN]
            divisions += [p for p in level if p.kind != "city"]
    if not parents:
        return None
    return _Qualifier(parents, HIERARCHY_MISS if hierarchy else QUALIFIER_MISS, binding, {},
                      tuple(starts), within=hierarchy and not near)


def _a_place_and_its_town(mentions: Sequence[Mention], i: int, j: int,
                          names_at: dict[int, _Name], text: str) -> bool:
    """Whether names `i` and `j`, joined by a comma alone, are a place and the town it is
    counted under ("near Sarigyugh, Ijevan", as ACLED and the wires write it): the second
    can be a town and no division ("Rego Park, New York" is the state's), the first is no
    large town, and no list goes on before or after them
    ("in Goris, Kapan and Sisian", "Kapan, Sisian": peers). A first name whose every sense
    lies far from that town is one the gazetteer lacks."""
    first, second = mentions[i], mentions[j]
    divisions, towns = names_at[second.start].parents
    if divisions or not towns or any(
            p.kind != "city" or p.population >= 100_000 for p in names_at[first.start].places):
        return False
    if i and text[mentions[i - 1].end:first.start].strip(" \u00a0").lower() in {
            ",", *list_joiners()}:
        return False  # "in Goris, Kapan, Yerevan": the list went on before
    after = _LISTED.match(text, second.end)
    return after is None or not (after["joiner"] is None
                                 or after["joiner"].lower() in list_joiners())


# What may stand between two names of a list: a comma or a short word ("Kapan, Sisian",
# "Kapan and Sisian"), before a capital.
_LISTED = re.compile(r"[ \u00a0]*(?:,|[ \u00a0](?P<joiner>[^\W\d_]{1,4}))[ \u00a0]+"
                     r"(?=[^\W\d_])(?![a-z])")


def _ends_a_sentence(text: str, end: int) -> bool:
    """Whether the name ending at `end` ends its sentence: "in X, Y." (a town and the
    division it lies in), not a list going on ("in X, Y and Z")."""
    return text[end:end + 1] in {".", ";", ""} or text.startswith("\n", end)


def _qualifiers_as_divisions(resolved: list[Mention], qualifiers: dict[int, _Qualifier],
                             names_at: dict[int, _Name]) -> list[Mention]:
    """A name that qualifies a place is the division holding it, where one of its senses
    is: in "Volta Redonda, Rio de Janeiro" and "Manzanillo, Colima", the state, not the
    namesake city."""
    if not qualifiers:
        return resolved
    at = {mention.start: n for n, mention in enumerate(resolved)}
    for start, qualifier in qualifiers.items():
        place = resolved[at[start]].place
        if place is None:
            continue
        for level_start in qualifier.starts:
            level = resolved[at[level_start]]
            if level.place is None or level.place.kind != "city":
                continue
            holding = next((p for p in names_at[level_start].places
                            if p.kind in {"admin1", "country"} and held_by(place, p)), None)
            if holding is not None:
                resolved[at[level_start]] = replace(level, place=holding)
    return resolved


def _most_named_region(mentions: Sequence[Mention], names_at: dict[int, _Name]) -> list[Place]:
    """The senses of the region the article names most ("the enclave", "the region" in an
    apposition stand for it), or none when it names no region."""
    counts: dict[str, int] = {}
    regions: dict[str, list[Place]] = {}
    for mention in mentions:
        name = names_at[mention.start]
        # (A name first of all a region's: "Moscow" names a province too, but is the city.)
        if name.places and name.places[0].kind in {"region", "admin1"} and (
                mention.role != "demonym"):
            counts[name.key] = counts.get(name.key, 0) + 1
            regions[name.key] = [p for p in name.places if p.kind in {"region", "admin1"}]
    return regions[max(counts, key=counts.get)] if counts else []


def _level(mention: Mention, names_at: dict[int, _Name],
           towns: bool) -> tuple[list[Place], bool]:
    """A qualifier's senses (see `_parents_of`), and whether its name is compass words."""
    return _parents_of(names_at[mention.start], towns), _compass_words(mention.text)


# Compass words in the languages division names are written in ("Nord-Ouest", "Far North",
# "Centre-Est", "Sud-Ouest").
_COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest upper lower middle far centre center nord sud est ouest norte sur "
    "oeste este sul leste extreme".split())


def _parents_of(name: _Name, towns: bool) -> list[Place]:
    """The name's senses that can hold a place: divisions and countries, and `towns` too
    (see `_Name.parents`)."""
    divisions, own_towns = name.parents
    return [*divisions, *own_towns] if towns else list(divisions)


_PARENT_KINDS = frozenset({"country", "admin1", "admin2", "region"})
# No qualifier is farther after its name than this: "Ramganj village of Tilakpur block (North
# Dinajpur district" has a name the gazetteer lacks between them.
_LONGEST_LINK = 60
_LINK_MARKS = frozenset({",", "("})  # (a name at the text's end has "" after it: no mark)
_SPACES = frozenset({" ", "\u00a0"})
_LINK_OPENINGS = frozenset(word[:2] for word in ("in", "of", "near", *PLACE_WORDS))
_PLACE_WORD = rf"(?i:{'|'.join(sorted(PLACE_WORDS, key=len, reverse=True))})\b"
_PLACE_WORD_AFTER = re.compile(rf"[ \u00a0]+{_PLACE_WORD}")
# What links a name to its qualifier: words for a place, then a bracket, a comma, "in",
# "of" or "near" (and perhaps "the").
_LINK = re.compile(
    rf"(?P<words>(?:[ \u00a0]+{_PLACE_WORD})*)"
    r"(?:[ \u00a0]*(?P<bracket>\()[ \u00a0]*"
    # "Martuni, a town in the east of Nagorno-Karabakh", "X, a small village near Y"
    r"|(?P<apposition>[ \u00a0]*,[ \u00a0]*an?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:town|city|village|"
    r"settlement|hamlet)[ \u00a0]+(?:in|near)[ \u00a0]+(?:the[ \u00a0]+(?:far[ \u00a0]+)?(?:north|"
    r"south|east|west|centre|center)[a-z\-]*[ \u00a0]+(?:part[ \u00a0]+)?of[ \u00a0]+)?)"
    r"(?:the[ \u00a0]+)?"
    # ("a village in the western countryside of Hama": near it)
    r"|(?P<connector>[ \u00a0]*,[ \u00a0]*|[ \u00a0]+in[ \u00a0]+the[ \u00a0]+(?:(?:north|south|"
    r"east|west)[a-z]*[ \u00a0]+)?(?:countryside|outskirts|suburbs|vicinity)[ \u00a0]+of"
    r"[ \u00a0]+|[ \u00a0]+in[ \u00a0]+the[ \u00a0]+(?:far[ \u00a0]+)?(?:north|south|east|west)"
    r"[a-z\-]*[ \u00a0]+of[ \u00a0]+"
    # ("a town in northern X", "in central X": in X)
    r"|[ \u00a0]+in[ \u00a0]+(?:(?:north|south|east|west)[a-z\-]*ern|central)[ \u00a0]+"
    r"|[ \u00a0]+(?:in|of|near)[ \u00a0]+)(?:the[ \u00a0]+)?)")
# After an apposition, a word for the region the article is about: "Martuni, a town in the
# east of the enclave" is in the region the article names most.
_THE_REGION = re.compile(r"(?:enclave|region|territory|breakaway region|province|state)\b"
                         r"(?![ \u00a0]+of\b)")
# A list that goes on after a name: "X, Y and Z", "X, Y, or Z".
_LIST_GOES_ON = re.compile(r",?[ \u00a0]+(?:and|or)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
# A name the gazetteer lacks, written with a word for a place after it, or with the bracket
# of its own setting ("the Brooklyn area of Cite Soleil (Port-au-Prince, Ouest)").
_UNKNOWN_LEVEL = re.compile(
    rf"[A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*){{0,2}}"
    rf"(?=[ \u00a0]+{_PLACE_WORD}|[ \u00a0]*\([ \u00a0]*[A-Z])")


def _first_context(mentions: Sequence[Mention], names_at: dict[int, _Name],
                   division_words: Callable[[], Mapping[str, float]]) -> _Context:
    """Countries the article names outright (a country, a demonym, an admin1 that is one
    country's only sense; see `_outright`). Where none does, a great city whose name has
    other senses says its country (an article that names Armenia and Azerbaijan is about
    both, however often it names Yerevan), and so do the words it writes for a division
    that only a few countries use (`division_words`, read only then; see
    `countries_of_division_words`)."""
    countries: dict[str, float] = {}
    by_cities: dict[str, float] = {}
    divisions = set()
    for mention in mentions:
        name = names_at[mention.start]
        if mention.role == "demonym" and name.one_country:
            code, weight, division = name.places[0].country, 1.0, None
        elif name.outright is not None:
            code, weight, division = name.outright
        else:
            continue
        said = by_cities if len(name.places) > 1 and name.places[0].kind == "city" else countries
        said[code] = said.get(code, 0) + weight
        if division is not None:
            divisions.add(division)
    if not countries:
        countries = by_cities
        for code, weight in division_words().items():
            countries[code] = countries.get(code, 0) + weight
    return _Context(countries, frozenset(divisions), ())


def _outright(places: Sequence[Place], key: str, own_keys: Sequence[str], written: str = ""
              ) -> tuple[str, float, tuple[str, str] | None] | None:
    """What a name (not a demonym) says of the article's country on its own: the country,
    the weight of that evidence and the division it names; None for nothing. A city of
    100,000 called by its own name, whose other serious senses are in its country (the
    governorate named after it), says its country as a lone place does (an invented "Kelbara").
    A name written as a division's whose one sense is a town that has it only among its
    other names says nothing: the division is one the gazetteer lacks ("Cercado province"
    is no Brazilian town known also as Cercado)."""
    if not _one_country(places):
        return None
    top = places[0]
    if written == DIVISION and top.kind == "city" and not _spelling(key, own_keys[0]):
        return None
    if top.kind == "country":
        return top.country, 1.0, None
    if top.kind == "admin1" and len({p.country for p in places[:3]}) == 1:
        return top.country, 0.7, (top.country, name_key(top.name))
    if top.country and (len(places) == 1 or (
            top.kind == "city" and top.population >= 100_000 and _spelling(key, own_keys[0]))):
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
    own_keys: tuple[str, ...]  # the key of each one's own name

    @cached_property
    def parents(self) -> tuple[tuple[Place, ...], tuple[Place, ...]]:
        """The senses that can hold a place the name qualifies: its divisions and countries;
        and its towns called by the name itself (a town that has it only among its other
        names is too far-fetched to rule on another name). Worked out when first asked."""
        key = self.key.partition(" (")[0]
        return (tuple(p for p in self.places if p.kind in _PARENT_KINDS),
                tuple(p for p, own_key in zip(self.places, self.own_keys, strict=True)
                      if p.kind == "city" and _spelling(key, own_key)))


@lru_cache(maxsize=65536)
def _name(key: str, place_ids: tuple[str, ...], gazetteer, written: str = "",
          limit: int = MAX_CANDIDATES) -> _Name:
    """The name `key` with (the first `limit` of) these candidates, weighed once: the same
    names come back in article after article. `written`: DIVISION or SETTLEMENT, for a name
    written as a division's or a settlement's (see `_written_as`)."""
    places = tuple(p for p in map(gazetteer.get, place_ids[:limit]) if p is not None)
    own_keys = tuple(name_key(p.name) for p in places)
    # (A division's or a town's sense is kept apart from the name alone's: no name key has
    # brackets.)
    return _Name(f"{key} ({written})" if written else key, places,
                 tuple(p.place_id for p in places), tuple(p.country for p in places),
                 tuple(_priors(places, own_keys, key, gazetteer, written)),
                 tuple((p.country, name_key(p.admin1)) if p.admin1 else None for p in places),
                 _one_country(places), _outright(places, key, own_keys, written),
                 tuple((p.place_id, _point_on_the_sphere(p), _falloff(p)) for p in places
                       if p.kind != "continent"),
                 own_keys)


def _spelling(key: str, own_key: str) -> bool:
    """Whether a name is a place's own or a spelling of it ("Lachin" of "Laçın"), given the
    key of the place's own name (see `recognize.spelling_of`); a key in another script is
    compared in Latin letters ("Варденис" is Vardenis's own name)."""
    if key == own_key:
        return True
    if key.isascii():
        return Indel.normalized_similarity(key, own_key) >= 0.7
    return any(Indel.normalized_similarity(form, own_key) >= 0.7 for form in latin_forms(key))


def _point_on_the_sphere(place: Place) -> tuple[float, float, float]:
    """The place as a point on the unit sphere (x, y, z): the angle between two places is
    then the arccosine of their points' dot product (see `_coherence`)."""
    lat, lon = math.radians(place.lat), math.radians(place.lon)
    return (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))


# geopy's mean radius of the Earth in km (geopy.distance.EARTH_RADIUS), written here so that
# parsing does not import geopy, whose package imports its geocoders and requests (0.2-0.4 s
# of every process); tests/test_resolve.py checks that the two agree.
EARTH_RADIUS = 6371.009


def _falloff(place: Place) -> float:
    """-(the Earth's radius) / (km at which closeness to the place falls to 1/e)."""
    scale = 1500.0 if place.kind == "country" else 400.0
    return -EARTH_RADIUS / scale


def _priors(places: Sequence[Place], own_keys: Sequence[str], key: str, gazetteer,
            written: str = "") -> list[float]:
    """A candidate's weight on its own: importance, its own name, the user's word on it;
    and its kind, for a name written as a division's or a settlement's (`written`)."""
    division = written == DIVISION
    own = [own_key == key for own_key in own_keys]  # called by its own name
    # A city and the division named after it ("Yerevan", "Moscow", "Washington"): news
    # means the city, unless it writes the division's word ("Kharkiv oblast"). (A city that
    # has the name only among its others, and is a small part of the division, is no such
    # city: "Bihar" is the state, not Bihar Sharif; but "L.A." is Los Angeles.)
    provinces = {} if division else {p.country: p.population for p in places
                                     if p.kind == "admin1"}
    big_cities = {p.country for p, own_name, own_key in zip(places, own, own_keys, strict=True)
                  if p.kind == "city" and p.population >= 50_000 and p.country in provinces
                  and (own_name or 20 * p.population >= provinces[p.country]
                       or _spelling(key, own_key))} if provinces else ()
    if big_cities:
        # Such a city in the province called by the name is called by its own name too
        # ("Odessa": Odesa, in the Odessa oblast, rather than a Texan town named so).
        own = [own_name or (p.kind == "city" and p.country in big_cities
                            and p.population >= 50_000 and name_key(p.admin1) == key
                            and 20 * p.population >= provinces[p.country])
               for p, own_name in zip(places, own, strict=True)]
    # "Armavir province": a division of a country where the name is a division's (or a town
    # there named like it, its seat), not a town elsewhere.
    division_countries = {p.country for p in places if p.kind in _DIVISION_KINDS
                          } if division else set()
    # "The city of Terter": a town, not the division (or the country) named like it.
    towns_over_areas = written == SETTLEMENT and any(p.kind == "city" for p in places)
    # A place that bears the name as its own, and is a hundred times the size of a place
    # that has it only among its other names: the name is the first's ("Kabul" is Kabul,
    # not Cabool, Missouri, whatever else the article names in the United States).
    own_named = max((p.population for p, own_name in zip(places, own, strict=True)
                     if own_name), default=0) if not all(own) else 0
    # A district is named with its word ("Henry County", "the Masisi territory"): by its
    # name alone it is no more than a town, and its people (the sum of its towns') count as
    # a tenth ("Cambridge" is the city, not a district of that name in Australia; "Durham"
    # is the city, not the region of Ontario that holds half a million people).
    written_as_district = division or bool(division_forms(key))
    # A city of the name, called so, as populous as a province of another country named
    # alike: news names the city far more often than a province abroad ("Gaza", a city
    # some 400,000 call home, not the Mozambican province of as many), so the province's
    # kind adds nothing over it.
    city_as_big = max((p.population for p, own_name in zip(places, own, strict=True)
                       if own_name and p.kind == "city"), default=0)
    curated = gazetteer.curated_places(key)
    priors = []
    for place, own_name, own_key in zip(places, own, own_keys, strict=True):
        prior = 0.35 * math.log10(place.population + 1) + _KIND_WEIGHT.get(place.kind, 0.0)
        if place.kind == "admin2" and not written_as_district:
            prior -= _KIND_WEIGHT["admin2"] + BARE_DISTRICT
        if own_name:
            prior += 0.5  # called by its own name, not by one of its alternate names
        elif (own_named > 100 * place.population and place.source != "curated"
              and place.place_id not in curated and not _spelling(key, own_key)):
            prior -= ALIAS_OF_A_FAR_BIGGER_PLACE
        if place.source == "curated":
            prior += 0.5
        if place.place_id in curated:
            prior += 0.5
        if place.kind == "admin1" and place.country in big_cities:
            prior -= 1.5
        elif place.kind == "admin1" and not division and city_as_big >= place.population and \
                not any(p.kind == "city" and p.country == place.country
                        and p.population >= place.population for p in places):
            prior -= _KIND_WEIGHT["admin1"]
        if division_countries and place.kind == "city" and place.country not in division_countries:
            prior -= TOWN_ABROAD_OF_A_DIVISION
        if towns_over_areas and place.kind != "city":
            prior -= AREA_WRITTEN_AS_A_SETTLEMENT
        priors.append(prior)
    return priors


def _choose_senses(mentions: Sequence[Mention], keys: Sequence[str], names: dict[str, _Name],
                   qualifiers: dict[int, _Qualifier], context: _Context,
                   coherence: dict[str, float]) -> dict[str, tuple[Place | None, float]]:
    """One sense per name: a qualified mention ("Paris, Texas") sets its name's sense for
    the whole article; other names take their best place given the context."""
    senses: dict[str, tuple[Place | None, float]] = {}
    for mention, key in zip(mentions, keys):
        if mention.start in qualifiers and key not in senses:
            senses[key] = _best(names[key], context, qualifiers[mention.start], coherence)
    for key, name in names.items():
        if key not in senses:
            senses[key] = _best(name, context, None, coherence)
    return senses


def _best(name: _Name, context: _Context, qualifier: _Qualifier | None,
          coherence: dict[str, float]) -> tuple[Place | None, float]:
    places = name.places
    if not places:
        return None, 0.0
    scores = _scores(name, qualifier, context.country_weights_seen_by(name.key),
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


def _scores(name: _Name, qualifier: _Qualifier | None, country_weights: dict[str, float] | None,
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
        if qualifier:
            gain = qualifier.gains.get(place_id)
            if gain is None:
                gain = qualifier.gains[place_id] = _under(place, qualifier)
            in_context += gain
        scores.append(prior + in_context + closeness_of(place_id, 0.0))
    return scores


@dataclass(frozen=True)
class _Spread:
    """Where an article's candidates lie, as arrays: the same in every round."""

    ids: list[str]
    points: np.ndarray  # one row a candidate: a point on the unit sphere, x y z
    falloffs: np.ndarray  # each one's `_falloff`, as a column
    rows: dict[str, int]
    # The name each one is a candidate of (the first, for a place two names may be), as a
    # column: a number for each name.
    names: np.ndarray

    @classmethod
    def of(cls, names: Iterable[_Name]) -> _Spread:
        rows: dict[str, int] = {}
        points: list[tuple[float, float, float]] = []
        falloffs: list[float] = []
        numbers: list[int] = []
        for number, name in enumerate(names):
            for place_id, point, falloff in name.spread_rows:
                if place_id not in rows:
                    rows[place_id] = len(points)
                    points.append(point)
                    falloffs.append(falloff)
                    numbers.append(number)
        # (From a flat run of floats: a list of tuples costs numpy twice as long to read.)
        flat = np.fromiter(itertools.chain.from_iterable(points), float, 3 * len(points))
        return cls(list(rows), flat.reshape(-1, 3), np.array(falloffs)[:, None], rows,
                   np.array(numbers)[:, None])


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
    # A place is not its own neighbour, nor is a name's own sense evidence for its other
    # senses: the city chosen for "Kharkiv" does not pull the oblast of that name.
    others = spread.names != spread.names[anchor_rows].T
    closeness *= others
    # (The ufuncs' own reductions: `ndarray.sum` costs a Python wrapper's call on arrays
    # this small.)
    count = np.add.reduce(others, axis=1)
    # (A candidate that is every anchor has a row of zeros: its coherence is 0.)
    coherence = (0.5 * np.maximum.reduce(closeness, axis=1)
                 + 0.7 * np.add.reduce(closeness, axis=1) / np.maximum(count, 1))
    return dict(zip(spread.ids, coherence.tolist(), strict=True))


def _under(place: Place, qualifier: _Qualifier) -> float:
    """What a candidate gains from its qualifier: much when it lies within a place the
    qualifier may be; nothing when it only lies near one (a province's centre within 150
    km: a gazetteer may file a town near a border under the next province); and it loses
    the qualifier's `miss` when it lies far from all of them, if it is a town or a division
    that one of them could hold ("Victoria, Texas": not the Australian state; but "Texas
    (Paris)" is no town of Texas's, nor "the Caspian Sea near Baku")."""
    if _under_a_parent(place, qualifier):
        return 2.5
    if not qualifier.binding or any(parent.kind in _DIVISION_KINDS and _close(place, parent)
                                    and not _filed_elsewhere(place, parent)
                                    for parent in qualifier.binding):
        return 0.0
    if place.kind == "city" or (place.kind in _DIVISION_KINDS and any(
            parent.kind != "city" for parent in qualifier.binding)):
        return -qualifier.miss
    return 0.0  # a sea, a country...; or a division that no town can hold


def _filed_elsewhere(place: Place, parent: Place) -> bool:
    """Whether a district is filed under another province of the parent's country: a
    district's province is part of what the district is, not a guess from its point as a
    town's may be ("the Qarabagh area of Jalrez district, Wardak" is no Qarabagh of
    Ghazni's)."""
    return (place.kind == "admin2" and parent.kind == "admin1" and bool(place.admin1)
            and place.country == parent.country and not held_by(place, parent))


def _under_a_parent(place: Place | None, qualifier: _Qualifier) -> bool:
    """Whether the place lies within one of the places its qualifier may be."""
    return place is not None and any(lies_within(place, parent) for parent in qualifier.parents)


def _near(place: Place, parent: Place) -> bool:
    """Within the parent, or within 150 km of a division's centre."""
    return lies_within(place, parent) or (parent.kind in _DIVISION_KINDS and _close(place, parent))


def lies_within(place: Place, parent: Place) -> bool:
    """Whether a country or a first-level division holds the place (`held_by`), or, for a
    region or a district, whether it lies near enough to be in it (`_close`)."""
    if parent.kind in {"country", "admin1"}:
        return held_by(place, parent)
    if parent.kind == "region" and parent.country and place.country not in {"", parent.country}:
        return False  # "MARTUNI, Nagorno-Karabakh": not the Martuni across the border
    return _close(place, parent)


def held_by(place: Place, parent: Place) -> bool:
    """Whether a country or a first-level division holds the place, by the gazetteer's own
    country and division of the place (False for a parent of another kind)."""
    if parent.kind == "country":
        return place.country == parent.country
    return parent.kind == "admin1" and place.country == parent.country and bool(
        place.admin1) and name_key(place.admin1) == name_key(parent.name)


def _close(place: Place, other: Place) -> bool:
    """Within 150 km."""
    # No two places farther apart north to south than 150 km are within 150 km: that
    # much is known before the distance is worked out.
    if abs(place.lat - other.lat) * _KM_PER_DEGREE_OF_LATITUDE > 151:
        return False
    return km_apart(place, other) < 150


def km_apart(place: Place, other: Place) -> float:
    """The great-circle distance, as geopy's great_circle works it out (the haversine on
    geopy's radius; tests/test_resolve.py checks the two agree), without importing geopy
    in every parsing process or making its points."""
    return km_between(place.lat, place.lon, other.lat, other.lon)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """`km_apart` of two points given by their degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half = (math.sin((phi2 - phi1) / 2) ** 2 + math.cos(phi1) * math.cos(phi2)
            * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS * math.asin(min(1.0, math.sqrt(half)))


_KM_PER_DEGREE_OF_LATITUDE = EARTH_RADIUS * math.pi / 180
