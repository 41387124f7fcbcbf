"""Who did what to whom: each event's two actors, named and coded as ACLED codes them.

A stage after the events: it reads the words around each event's trigger and gives the event
`actor1` (who acted), `actor2` (against whom or what; empty when no one), the country each
belongs to (ISO 3166-1 alpha-2) and ACLED's actor kinds `inter1`, `inter2`: 1 state forces,
2 rebel groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters,
7 civilians, 8 external or other forces, 0 for no actor.

How an actor is found (the words are the language's, `geo.lang.<code>.actors`):
- a noun of a role ("forces", "police", "protesters", "civilians"...) with the country or
  people the text gives it: a demonym before it ("Azerbaijani forces"), a country's name
  before it or after "of" ("Armenia's defence ministry", "military forces of Azerbaijan");
- a country or its capital that acts or speaks ("Baku said", "Azerbaijan launched"): the
  state, never a place;
- a few armed groups known by name worldwide.
Each actor has one name however it was written: its role's name in ACLED's style with the
country's gazetteer name ("Azerbaijani forces", "the Azerbaijani army" and "military forces
of Azerbaijan" are all "Military Forces of Azerbaijan"), so the same actor is one row of
actors.csv across articles, and two roles of one country (its police and its army) stay two.

Which actor is which follows ACLED's codebook: protesters are the first actor of a protest
and the forces that intervene the second; rioters the first of a riot; civilians the second
of violence against civilians, whose unnamed attacker is an unidentified armed group; a
battle has two armed sides, the one that acted first; state forces operating outside their
own country are external forces (8).

Where the sentence leaves an actor out, the article is read as a reader of it would, and
only then: the missing side of a battle is the article's other belligerent; an attack one
side of a two-sided war reports ("..., Armenian officials said") is the other side's; an
attack the same paragraph told just before ("artillery fire also hit ...") is by the same
attacker; an attack no one is named for, in an article that accuses one side of attacking
("accused Azerbaijan of targeting civilians"), is that side's; the police that disperse a
protest may be named in the sentence after it. Otherwise an actor the text does not give
stays empty.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from types import SimpleNamespace

from geo.cues import first_words, top_level_branches
from geo.dates import PartialDate
from geo.events.extract import Event
from geo.events.lexicon import lexicon
from geo.events.rules import no_force_at
from geo.events.taxonomy import (
    AIR_STRIKE,
    BATTLES,
    DIPLOMACY,
    DISPLACEMENT,
    DISRUPTED,
    EXPLOSIONS,
    HUMANITARIAN,
    PROTESTS,
    RIOTS,
    SHELLING,
    STRATEGIC,
    VIOLENCE,
)
from geo.gazetteer_base import is_capital
from geo.lang import language
from geo.model import Article, Mention, Place
from geo.recognize import word_commonness
from geo.text import fold, in_capitals

# ACLED's actor kinds, by the role the words give an actor.
KINDS = {"military": 1, "post": 1, "police post": 1, "police": 1, "government": 1, "state": 1,
         "peacekeepers": 8, "external": 8, "private security": 8, "separatists": 2,
         "rebels": 2, "armed group": 3, "militia": 3, "communal militia": 4, "rioters": 5,
         "protesters": 6, "civilians": 7, "property": 7}
STATE_ROLES = frozenset({"military", "police", "government", "state"})
# State forces that act with arms: abroad, they are external forces (ACLED's 8).
STATE_FORCES = frozenset({"military", "police", "state"})
FOREIGN_ROLES = frozenset({"peacekeepers", "external"})
ARMED_ROLES = frozenset({"military", "police", "state", "peacekeepers", "external",
                         "private security", "separatists", "rebels", "armed group", "militia",
                         "communal militia"})
NON_STATE_ARMED = ARMED_ROLES - STATE_ROLES - FOREIGN_ROLES
# Roles a noun gives only as the target of an act: a checkpoint attacked is the forces
# there, a school shelled the civilians'; neither acts.
TARGET_ROLES = {"post": "military", "police post": "police", "property": "civilians"}
VIOLENT = frozenset({BATTLES, EXPLOSIONS, VIOLENCE})
EXTERNAL = 8  # state forces acting outside their own country


@dataclass(frozen=True)
class Actor:
    """An actor as the text names it: `name` is its one normalised name, `written` the
    words it was written with ("" when it was inferred), `start`/`end` their offsets in the
    article (-1 when inferred)."""

    name: str
    role: str
    country: str  # ISO 3166-1 alpha-2, "" when the text does not say
    label: str = ""  # the country's (or de facto state's) name the actor's name is made with
    written: str = ""
    start: int = -1
    end: int = -1
    group: str = ""  # a named armed group's name
    joined: bool = False  # joined to the actor before it by "and": "X and Y exchanged fire"
    mediator: bool = False  # "Russia brokered the ceasefire": a go-between, no party

    @property
    def kind(self) -> int:
        return KINDS[self.role]


_CROWDS = frozenset({"protesters", "rioters"})


def assign_actors(events: Sequence[Event], article: Article, mentions: Sequence[Mention],
                  lang: str = "en") -> list[Event]:
    """The events with their actors (see `read_actors`)."""
    return [with_actors(event, pair)
            for event, pair in zip(events, read_actors(events, article, mentions, lang),
                                   strict=True)]


def with_actors(event: Event, pair: tuple[Actor | None, Actor | None]) -> Event:
    """The event with the six actor fields of `pair`; a state's forces operating outside
    their country (fighting, deploying, exercising: not signing or talking) are external
    forces (ACLED's 8), where both countries are known."""
    first, second = pair
    operating = event.event_type not in {DIPLOMACY, DISPLACEMENT, HUMANITARIAN} and \
        event.sub_event_type != "Agreement"
    where = event.place.country if event.place is not None and operating else ""
    return replace(event,
                   actor1=first.name if first else "", actor2=second.name if second else "",
                   actor1_country=first.country if first else "",
                   actor2_country=second.country if second else "",
                   inter1=_kind(first, where), inter2=_kind(second, where),
                   actor1_as_written=first.written if first else "",
                   actor2_as_written=second.written if second else "")


def _kind(actor: Actor | None, where: str) -> int:
    if actor is None:
        return 0
    if actor.role in STATE_FORCES and actor.country and where and actor.country != where:
        return EXTERNAL
    return actor.kind


def read_actors(events: Sequence[Event], article: Article, mentions: Sequence[Mention],
                lang: str = "en") -> list[tuple[Actor | None, Actor | None]]:
    """(actor1, actor2) of each event, in order."""
    if not events:
        return []
    reader = _ArticleActors(article, mentions, actor_words(lang), events)
    return [reader.actors_of(event) for event in events]


# ---------------------------------------------------------------------------------------
# The language's words, compiled once


@cache
def actor_words(lang: str = "en") -> SimpleNamespace:
    """The language's actor words (`geo.lang.<code>.actors`), compiled."""
    data = language(lang).actors
    lex = lexicon(lang)
    alternatives = sorted({(alt, role) for role, pattern in data.ROLES.items()
                           for alt in top_level_branches(pattern)}, key=lambda a: -len(a[0]))
    qualified = sorted({(alt, role) for role, pattern in data.QUALIFIED_ROLES.items()
                        for alt in top_level_branches(pattern)}, key=lambda a: -len(a[0]))
    first = [first_words(a) for a, _ in alternatives + qualified]
    groups = [first_words(p.replace("-", " ")) for p in data.GROUPS]
    if any(f is None for f in first + groups):
        raise ValueError(f"{lang}: an actor's words must be a finite set of words")
    group_words = frozenset(w.lower() for f in groups for w in f)
    return SimpleNamespace(
        # (as the words an article is scanned by: letters only, "kata'ib" as "kata")
        first_words=frozenset(found[0] for word in frozenset().union(*first) | group_words
                              if (found := _WORD.match(word))),
        group_starts=frozenset(w[:2] for w in group_words),
        role_words=re.compile(r"\b(?:" + "|".join(a for a, _ in alternatives) + r")\b"),
        roles=tuple((re.compile(r"(?:" + p + r")\b"), role) for p, role in alternatives),
        qualified_words=re.compile(r"\b(?:" + "|".join(a for a, _ in qualified) + r")\b"),
        qualified_roles=tuple((re.compile(r"(?:" + p + r")\b"), role) for p, role in qualified),
        groups=lex.GROUP_NAMES,
        group_table=lex.GROUP_TABLE,
        group_enemies_before=lex.GROUP_ENEMIES_BEFORE,
        # (the events stage's words, for what both stages read alike: `no_force_at`)
        events=lex,
        # The groups' first words as written (case and all), to tell in one pass over an
        # article whether it may name one at all.
        group_openers=frozenset(_CASED_WORDS.match(w)[0] for f in groups for w in f),
        names=data.NAMES,
        **{name: re.compile(getattr(data, name)) for name in (
            "ETHNIC", "QUALIFIER_GAP", "OF_COUNTRY", "AND_BETWEEN", "LIST_BETWEEN", "SIDES_AND",
            "ACTS_AFTER",
            "ACTS_BEFORE", "PASSIVE_BEFORE", "PASSIVE_TRIGGER", "BY_AFTER", "KEPT_BY",
            "SUBJECT_STOP",
            "TARGET_BEFORE", "SIDES_AND_NAMED", "ORDERS",
            "BETWEEN", "FIGHT_BETWEEN", "HARMED", "HARMED_AFTER", "AIMED_AT", "PEOPLE_AS_ACTOR",
            "OWNS_NEXT",
            "REPORTS_AFTER", "INTERVENES", "FIGHT", "DAMAGED", "KILLED_BY_CROWD", "POSSESSIVE",
            "PLACE_BEFORE",
            "MEDIATES", "ACCORDING_TO", "ACCUSED_BEFORE", "HELD_BY", "DENIED_AFTER",
            "PLANTED_BY", "CLAIMED_AFTER", "CLAIM_CUE", "ONE_SIDED_ACT", "EACH_OTHER",
            "RELATIVE_BEFORE", "IT_ACTS",
            "SPEAKER_ACTS", "REPELLED", "RAN_ONTO", "PLANTED_WEAPON", "ESCORTED_BY_BEFORE",
            "BACKERS_BEFORE",
            "DESCRIBED_AS_BEFORE",
            "CLAIMED_THE_ACT_AFTER",
            "THAT_CLAUSE",
            "ACTIVE_VERB", "BY_RIGHT_AFTER", "COMPOUND", "PLACE_NOUN_AFTER", "MAY_ATTACK",
            "LIVELIHOOD", "MEDIATED_BY",
            "GRIEVANCE_BEFORE", "LEANING_BEFORE", "ACTIVE_VERB_AND_OBJECT", "GROUP_OF",
            "NAMED_UNIT", "NUMBERED_BEFORE", "AT_PROTEST", "MOVEMENT_OF",
            "CAME_AFTER_BEFORE", "DISRUPTED_BY", "NON_STATE_NAME_BEFORE", "BLAMED_ON",
            "DOER_IN_TRIGGER", "BELONGS_TO", "GROUP_DESCRIPTOR",
            "CLAUSE_OF_ANOTHER_ACT", "IN_CUSTODY",
            "SEAT_OF_GOVERNMENT", "CREWED_AIRCRAFT", "WEAPON_OWNER_BEFORE",
            "MEMBERS_OF")},
        # (shared with the events stage: a participle of harm that closes its phrase)
        PARTICIPLE_OF_HARM=re.compile(language(lang).words.PARTICIPLE_OF_HARM),
        unit_words=data.UNIT_WORDS, lang=lang)


_WORD = re.compile(r"[a-z]+")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]* $")
_RARE_WORD = 3.0  # (wordfreq's Zipf scale: rarer than "militia" itself)
_UNIT_NAME = re.compile(r"(?: [A-Z][\w'’-]*){1,3}(?= [a-z])")  # "Taliban Kestrel Unit militants"
_CASED_WORDS = re.compile(r"[A-Za-z0-9]+")
_POSSESSIVE_REACH = 180  # characters from a country's name to "its troops" and its noun
_HYPHENS = frozenset("-‐‑‒–")
# Punctuation that folding turns into spaces but that parts a name from the noun after it:
# "SAVANNAH, Ga. — Governor ..." is no governor of Georgia.
_BREAK = re.compile(r"[—–―]|\s-\s")
_REACH = 80  # characters between an actor's noun and the name that owns it, at most
_ROLE_OF: dict[tuple[int, str], str] = {}


def _role_of(found: re.Match, roles: tuple, folded: str, end: int) -> str:
    """The role of the words found: the first (longest) of the language's words that ends
    where they end (the same words always have the same role: kept once found)."""
    key = (id(roles), found[0])
    if key not in _ROLE_OF:
        s, e = found.span()
        _ROLE_OF[key] = next(r for p, r in roles if (m := p.match(folded, s, end)) and m.end() == e)
    return _ROLE_OF[key]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for first, last in spans:
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


@cache
def country_names() -> dict[str, str]:
    """ISO code -> the country's gazetteer name ("RU" -> "Russia"): one name for every way
    a text may point at the country."""
    from geo.gazetteer_base import geonames_file

    with geonames_file("countries.json").open(encoding="utf-8") as handle:
        return {code: row["name"] for code, row in json.load(handle).items()}


# ---------------------------------------------------------------------------------------
# One article's actors


class _ArticleActors:
    """The actors an article names, found once in its text and read per event."""

    def __init__(self, article: Article, mentions: Sequence[Mention], words: SimpleNamespace,
                 events: Sequence[Event] = ()):
        self.article = article
        self.words = words
        self.text = article.text
        self.folded = fold(article.text)
        # (a dateline's places are where the reporter was: "TARTAR, Azerbaijan —" names no
        # actor)
        self.mentions = sorted((m for m in mentions if m.place is not None
                                and m.role != "dateline"), key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        # (most articles name no unit: its name is looked for only where one may be)
        self.names_units = any(word in self.text for word in words.unit_words)
        self._found: dict[tuple[int, int], list[Actor]] = {}
        self._article_actors: list[Actor] | None = None
        # The attacker of the last attack whose sentence named it, where that sentence
        # ended and where its trigger did.
        self._last_attacker: tuple[Actor, int, int] | None = None
        # Where each event of the article is told, and its date.
        self.told: list[tuple[int, int, PartialDate]] = [
            (e.sentence_start, e.sentence_start + len(e.sentence), e.date) for e in events]

    # --- finding actors in a span of the text

    def found(self, start: int, end: int) -> list[Actor]:
        """Every actor named in text[start:end], in text order."""
        key = (start, end)
        if key not in self._found:
            self._found[key] = self._find(start, end)
        return self._found[key]

    def _find(self, start: int, end: int) -> list[Actor]:
        words, folded = self.words, self.folded
        mentions = self.mentions[bisect.bisect_left(self.starts, start):
                                 bisect.bisect_left(self.starts, end)]
        actors: list[Actor] = []
        taken: list[tuple[int, int]] = []
        used: set[int] = set()  # mentions that qualify an actor
        # Most words name no actor: only where a word can begin one is the whole pattern
        # tried (a set lookup per word costs far less than the pattern at every word).
        candidates = [word.start() for word in _WORD.finditer(folded, start, end)
                      if word[0] in words.first_words]
        for at in candidates:
            found = words.groups.match(self.text, at, end) if folded[at:at + 2] in \
                words.group_starts and not (taken and at < taken[-1][1]) else None
            if found is None or words.group_enemies_before.search(folded, max(0, at - 10),
                                                                  at):
                continue  # ("anti-Houthi forces" are the group's enemies; no name inside
                #           a name: "Kata'ib Hezbollah" is not Hezbollah)
            name, role, *state = words.group_table[int(found.lastgroup[1:])]
            # ("Taliban militants", and "Taliban Kestrel Unit militants": a unit's name between)
            unit = _UNIT_NAME.match(self.text, found.end(), end)
            after = words.role_words.match(folded, (unit.end() if unit else found.end()) + 1,
                                           end)
            stop = after.end() if after and folded[found.end()] == " " else found.end()
            actors.append(Actor(name, role, state[0] if state else "", "",
                                self.text[found.start():stop], found.start(), stop, group=name))
            taken.append((found.start(), stop))
        if self.names_units:
            for unit in self._named_units(start, end, mentions):
                if any(unit.start < e and s < unit.end for s, e in taken):
                    continue  # (a group known by name: "Africa Corps")
                actors.append(unit)
                taken.append((unit.start, unit.end))
        for pattern, roles, qualified in ((words.role_words, words.roles, False),
                                          (words.qualified_words, words.qualified_roles, True)):
            last = -1
            for at in candidates:
                if at < last or (found := pattern.match(folded, at, end)) is None:
                    continue
                s, e = found.span()
                last = e
                if any(s < te and ts < e or 0 < ts - e <= 1 or ts > e and words.MEMBERS_OF
                       .fullmatch(folded, e, ts) or folded[te:s] == ") "
                       for ts, te in taken) or (
                        self.text[e:e + 1] in _HYPHENS and words.COMPOUND.match(folded, e, end)
                ) or words.LEANING_BEFORE.search(folded, max(start, s - 5), s):
                    continue  # taken, or a word of a compound: "government-backed", "pro-Hadi"
                    # (or of a name it stands before or after: "the paramilitary Rapid Support
                    # Forces", "Rwandan army (RDF) troops",
                    # "fighters of the ELN")
                if any(m.start < e and s < m.end for m in mentions if m.role != "demonym"):
                    continue  # a word of a place's name: "near Imam Sahib"
                role = _role_of(found, roles, folded, end)
                if role == "civilians" and words.PLACE_NOUN_AFTER.match(folded, e, end):
                    continue  # "the Jenin refugee camp": a place, not its people
                if role == "militia" and self._people_named_before(s, mentions):
                    role = "communal militia"  # "Fulani militias": a people's (ACLED's 4)
                if role in STATE_ROLES and (named := words.NON_STATE_NAME_BEFORE.search(
                        self.text, max(start, s - 60), s)):
                    role = "separatists" if named["separatist"] else "rebels"
                new = self._qualified(role, s, e, mentions, used, start, end, qualified)
                if new:
                    actors += new
                    taken.append((min(a.start for a in new), e))
        actors += self._states(mentions, used, start, end)
        actors.sort(key=lambda a: a.start)
        # (an actor's acronym in brackets after its name is that actor once, written from its
        # name to the acronym's words: "Rwandan army (RDF) troops")
        joined: list[Actor] = []
        for actor in actors:
            if joined and actor.name and actor.name == joined[-1].name and \
                    folded[joined[-1].end:actor.start].strip() == "(":
                first, stop = joined[-1], actor.end
                if folded.startswith(") ", stop) and (
                        after := words.role_words.match(folded, stop + 2, end)):
                    stop = after.end()
                elif folded.startswith(")", stop):
                    stop += 1
                joined[-1] = replace(first, written=self.text[first.start:stop], end=stop)
            else:
                joined.append(actor)
        return joined

    def _people_named_before(self, at: int, mentions: list[Mention]) -> bool:
        """Whether a capitalised word right before `at` names a people with no state of its
        own: no place's or a country's people's name, and no word of the language ("Fulani
        militias", "Kuyel militiamen"; not "Syrian militias", "Local Militia", nor the last
        word of a group's own name, "Raia Tovin militiamen")."""
        word = _NAME_BEFORE.search(self.text, max(0, at - 30), at)
        if word is None or any(m.end == word.end(1) for m in mentions) or \
                _CAPITALISED_BEFORE.search(self.text, max(0, word.start() - 30), word.start()):
            return False
        return word_commonness(fold(word[1]), self.words.lang) < _RARE_WORD

    def _named_units(self, start: int, end: int, mentions: list[Mention]) -> list[Actor]:
        """Armed groups named by a unit's name of their own (see `NAMED_UNIT`): neither a
        numbered unit nor one whose name holds a place's or a people's (a state's)."""
        units = []
        for found in self.words.NAMED_UNIT.finditer(self.text, start, end):
            s, e = found.span()
            if self.words.NUMBERED_BEFORE.search(self.text, max(0, s - 30), s) or any(
                    s <= m.start < e for m in mentions):
                continue
            name = found.group()
            units.append(Actor(name, "rebels", "", "", name, s, e, group=name))
        return units

    def _qualified(self, role: str, s: int, e: int, mentions: list[Mention], used: set[int],
                   start: int, end: int, needs_country: bool) -> list[Actor]:
        """The actor(s) a role's noun names, with the country or people the text gives it:
        before it ("Azerbaijani and Armenian forces", "Armenia's army"), or after "of"
        ("military forces of India and Pakistan"). A noun that names an actor only with a
        country ("Azerbaijani shelling") takes one only from right before it."""
        words, folded = self.words, self.folded
        if words.OWNS_NEXT.match(folded, e, end):
            return []  # "the Donbass people's militia": the militia is the actor
        # Only the mentions close before the noun, or after it, can own it.
        near = self.mentions[bisect.bisect_left(self.starts, max(start, s - _REACH)):
                             bisect.bisect_left(self.starts, min(end, e + _REACH))]
        before = [m for m in near if m.end <= s and m.start not in used
                  and words.QUALIFIER_GAP.match(folded[m.end:s])
                  # (not a people they lean to: "pro-Russian separatists" are no Russians)
                  and not words.LEANING_BEFORE.search(folded, max(start, m.start - 5), m.start)
                  and not _BREAK.search(self.text, m.end, s) and (not needs_country or (
                      m.role == "demonym" or folded.startswith("'s", m.end)
                      # (a country's name right before: "US drones", "a Ukraine drone strike")
                      or m.place is not None and m.place.kind == "country" and s - m.end == 1
                  ) and s - m.end <= (
                          # (a model's name between: "a Russian Su-30 fighter jet")
                          20 if any(c.isdigit() for c in folded[m.end:s]) else 14))]
        if before:
            owners = [before[-1]]
            # "Azerbaijani and Armenian forces": peoples joined before one noun share it.
            at = bisect.bisect_left(self.starts, owners[0].start)
            for other in reversed(self.mentions[bisect.bisect_left(self.starts, start):at]):
                if other.role == owners[0].role and other.start not in used and \
                        words.AND_BETWEEN.match(folded[other.end:owners[0].start]):
                    owners.insert(0, other)
                else:
                    break
            ethnic = words.ETHNIC.search(folded, max(start, owners[0].start - 20),
                                         owners[0].start)
            if ethnic and role in STATE_ROLES:
                # "ethnic Armenian forces": a people's, not a state's; and "Azerbaijani and
                # ethnic Armenian forces" are a state's forces and a people's, joined
                other = self.mentions[at - 1] if at and len(owners) == 1 else None
                joined = other is not None and other.role == owners[0].role and \
                    other.start not in used and other.start >= start and \
                    words.AND_BETWEEN.match(folded[other.end:ethnic.start()]) is not None
                sides = self._owned(role, [other], [other.start], [e], used) if joined else []
                return sides + [replace(actor, joined=joined) for actor in self._owned(
                    "separatists", owners, [ethnic.start()], [e], used)]
            first = ethnic.start() if ethnic else owners[0].start
            return self._owned(role, owners, [first] + [o.start for o in owners[1:]],
                               [e] * len(owners), used)
        after = None if needs_country else next(
            (m for m in near if m.start >= e and m.start not in used
             and words.OF_COUNTRY.match(folded[e:m.start])), None)
        held = after is not None and after.role == "demonym" and words.HELD_BY.match(
            folded, after.end)
        if held:  # "the emergency service of the Armenian-run enclave": that people's
            return [self._actor(role, after.place, s, held.end())]
        if after is not None and after.role != "demonym":
            owners = [after]
            at = bisect.bisect_right(self.starts, after.start)
            for other in self.mentions[at:bisect.bisect_left(self.starts, end)]:
                if other.role == after.role and words.AND_BETWEEN.match(
                        folded[owners[-1].end:other.start]):
                    owners.append(other)
                else:
                    break
            return self._owned(role, owners, [s] + [o.start for o in owners[1:]],
                               [o.end for o in owners], used)
        if needs_country:
            return []
        if words.POSSESSIVE.search(folded, max(start, s - 25), s):
            # "Azerbaijan said its troops ...": the state or people named before it
            # (or a region whose forces or office speak: "the Karabakh defence army said 21
            # of its servicemen were killed")
            candidates = [m for m in reversed(mentions) if s - _POSSESSIVE_REACH <= m.end <= s
                          and (m.role == "demonym" or m.place.kind == "country"
                               or m.place.kind == "region" and words.events.ACTOR_AFTER.match(
                                   folded[m.end:m.end + 60]))]
            owner = next(iter(candidates), None)
            # ... in a clause of its own that a teller's "that" opens, the teller's ("X's
            # ministry said Y's forces shelled Z, and that its troops had taken W": X's)
            teller = next((m for m in candidates if words.REPORTS_AFTER.match(folded, m.end)),
                          None)
            if teller is not None and teller is not owner and words.THAT_CLAUSE.search(
                    folded, owner.end, s):
                owner = teller
            if owner is not None:
                return [self._actor(role, owner.place, s, e)]
        return [self._actor(role, None, s, e)]

    def _owned(self, role: str, owners: list[Mention], starts: list[int], ends: list[int],
               used: set[int]) -> list[Actor]:
        """One actor per owner of a role's noun, each after the first joined to the one
        before it."""
        result = []
        for n, (owner, s, e) in enumerate(zip(owners, starts, ends, strict=True)):
            used.add(owner.start)
            result.append(replace(self._actor(role, owner.place, s, e), joined=n > 0))
        return result

    def _actor(self, role: str, place: Place | None, start: int, end: int) -> Actor:
        written = self.text[start:end]
        if place is None:
            return Actor("", role, "", "", written, start, end)
        country, label = self._owner(role, place)
        return Actor(self._name(role, label), role, country, label, written, start, end)

    def _owner(self, role: str, place: Place) -> tuple[str, str]:
        """(country code, name) of whom a place's name makes an actor belong to: the
        country, or a de facto state the gazetteer keeps as a region of one."""
        if place.kind == "region" and role in STATE_ROLES:
            return place.country, place.name
        return place.country, country_names().get(place.country, place.name)

    def _name(self, role: str, country_label: str) -> str:
        with_country, without = self.words.names["military" if role == "state" else role]
        return with_country.format(country=country_label) if country_label else without

    def _states(self, mentions: list[Mention], used: set[int], start: int,
                end: int) -> list[Actor]:
        """Countries and capitals that act or speak ("Baku said", "by Azerbaijan"), and
        peoples named as such ("Armenians fled")."""
        words, folded = self.words, self.folded
        actors = []
        for mention in mentions:
            if mention.start in used:
                continue
            place = mention.place
            if mention.role == "demonym":
                if words.PEOPLE_AS_ACTOR.search(mention.text) and not words.role_words.match(
                        folded, mention.end + 1):
                    actors.append(self._actor("civilians", place, mention.start, mention.end))
                continue
            if place.kind != "country" and not is_capital(place):
                continue
            before = folded[max(start, mention.start - 30):mention.start]
            joined = bool(actors) and actors[-1].role == "state" and words.AND_BETWEEN.match(
                folded[actors[-1].end:mention.start])
            if joined or words.ACTS_BEFORE.search(before) or (
                    words.ACTS_AFTER.match(folded, mention.end, end)
                    and not words.PLACE_BEFORE.search(before)):
                mediator = bool(words.MEDIATES.match(folded, mention.end, end)
                                or words.MEDIATED_BY.search(before))
                actors.append(replace(self._actor("state", place, mention.start, mention.end),
                                      joined=joined, mediator=mediator))
        # "Armenia and Azerbaijan agreed": the first of two states that act together.
        for mention, following in zip(mentions, mentions[1:]):
            if mention.start not in used and mention.role != "demonym" and (
                    mention.place.kind == "country" or is_capital(mention.place)) and any(
                    a.start == following.start and a.role == "state" for a in actors) and \
                    words.AND_BETWEEN.match(folded[mention.end:following.start]) and not any(
                    a.start == mention.start for a in actors):
                actors.append(self._actor("state", mention.place, mention.start, mention.end))
        return actors

    # --- the article's belligerents

    def article_actors(self) -> list[Actor]:
        """The actors the whole article names with a country, a people or a name of their
        own (the only ones that tell its sides apart), in text order. Only the text around
        the names of countries, peoples and capitals, and the armed groups' names, can hold
        them: reading just that costs a fraction of reading the whole of a long article."""
        if self._article_actors is None:
            words, start, end = self.words, self.article.body_start, len(self.text)
            spans = [(m.start - _REACH, m.end + _POSSESSIVE_REACH) for m in self.mentions
                     if m.start >= start and (m.role == "demonym" or m.place.kind in {
                         "country", "region"} or is_capital(m.place))]
            if not words.group_openers.isdisjoint(_CASED_WORDS.findall(self.text, start, end)):
                spans += [(found.start(), found.end()) for found in
                          words.groups.finditer(self.text, start, end)]
            actors: list[Actor] = []
            for first, last in _merged(sorted(spans)):
                actors += [a for a in self.found(max(start, first), min(end, last))
                           if a.label or a.group]
            self._article_actors = actors
        return self._article_actors

    @cached_property
    def accused(self) -> Actor | None:
        """The one side the article holds to be the attacker ("accused Azerbaijan of",
        "Armenia's defence ministry denied firing"), or None when it accuses none or
        several (each side accusing the other)."""
        words, folded = self.words, self.folded
        accused = [a for a in self.article_actors()
                   if a.role in ARMED_ROLES | {"government"} and not a.mediator and (
                       words.ACCUSED_BEFORE.search(folded, max(0, a.start - 20), a.start)
                       or words.DENIED_AFTER.match(folded, a.end))]
        return accused[0] if len({a.group or a.label for a in accused}) == 1 else None

    def belligerents(self) -> list[Actor]:
        """The armed sides the article names, most named first: each a name (or, for an
        unnamed state, a country) with the actor that stands for it."""
        counts: Counter[tuple[str, str]] = Counter()
        first: dict[tuple[str, str], Actor] = {}
        # (a state the article has broker the peace is no side where it only signs or speaks:
        # "Russia brokered the deal ... Armenia, Azerbaijan and Russia signed it")
        mediators = {a.country for a in self.article_actors() if a.mediator and a.country}
        for actor in self.article_actors():
            if actor.role in ARMED_ROLES - FOREIGN_ROLES - {"police"} and (
                    actor.country or actor.group) and not actor.mediator and not (
                    actor.role == "state" and actor.country in mediators):
                key = (actor.country, actor.group or _side(actor.role))
                counts[key] += 1
                first.setdefault(key, actor)
        return [first[key] for key, _ in counts.most_common()]

    # --- one event

    def actors_of(self, event: Event) -> tuple[Actor | None, Actor | None]:
        start = event.sentence_start
        end = start + len(event.sentence)
        actors = self.found(start, end)
        t_start, t_end = _trigger_span(event)
        doer, target = self._doer_and_target(actors, start, end, t_start, t_end,
                                             event.event_type in VIOLENT)
        if doer is None:  # "Azerbaijani forces said they had taken": the forces
            doer = next((a for a in reversed(actors) if a.end <= t_start
                         and a.role not in TARGET_ROLES and self.words.SPEAKER_ACTS.match(
                             self.folded, a.end, t_start)), None)
        if doer is None and self.words.IT_ACTS.search(self.folded, max(start, t_start - 40),
                                                      t_start):
            doer = self._state_before(t_start)  # "Azerbaijan said it had shot down"
        planter = next((a for a in actors if self.words.PLANTED_BY.search(
            self.folded, max(start, a.start - 25), a.start)), None)
        if planter is not None and (doer is None or doer.role not in ARMED_ROLES):
            # "killed by landmines planted by saboteurs": the saboteurs did it
            doer, target = planter, None if target is planter else target
        where = event.place.country if event.place is not None else ""
        people = [a for a in actors if a.role == "civilians"]
        actors = [_as_target(a) for a in actors]
        doer, target = _as_target(doer), _as_target(target)
        if event.event_type in VIOLENT:
            # (a group that claims it names the gunmen the sentence leaves unnamed: "a
            # suicide bomber and gunmen attacked ... IS-K claimed responsibility")
            unnamed = doer is not None and doer.role == "armed group" and not doer.group
            doer = (None if unnamed else doer) or self._claimant(event, end) or \
                self._claimant_in_its_sentence(actors, t_end) or doer or \
                self._attacker(event, actors, start, end, target)
        first, second = _by_type(self, event, actors, people, doer, target, where)
        if event.event_type == BATTLES and second is not None and self.words.REPELLED.match(
                event.trigger.lower()):
            first, second = second, first  # who was repelled attacked: ACLED names it first
        if event.event_type in VIOLENT and first is not None and first.start >= 0 and \
                first.role in ARMED_ROLES:
            self._last_attacker = (first, end, t_end)
        if event.event_type == DIPLOMACY and first is None and event.place is not None \
                and is_capital(event.place):
            # a statement made in a capital, by no one named: that capital's government
            first = _default(self, "government", event.place.country)
        # A state named for what it did: its forces in violence and in the field, its
        # government in words, agreements and aid.
        role = "military" if event.event_type in VIOLENT | {STRATEGIC} and \
            event.sub_event_type != "Agreement" else "government"
        first, second = (self._crowd_of_its_place(a, event) for a in (first, second))
        return (_as(self, first, role, where) if first and first.role == "state" else first,
                _as(self, second, role, where) if second and second.role == "state" else second)

    def _crowd_of_its_place(self, actor: Actor | None, event: Event) -> Actor | None:
        """Protesters and rioters are of the country where they gathered (ACLED), not of a
        place a word of their name happens to name ("Wakit Tama demonstrators" in Chad)."""
        if actor is None or actor.role not in _CROWDS or event.place is None or \
                not event.place.country or actor.country == event.place.country:
            return actor
        country, label = self._owner(actor.role, event.place)
        return replace(actor, name=self._name(actor.role, label), country=country, label=label)

    def _state_before(self, at: int) -> Actor | None:
        """The state "it" stands for: the last country (or capital) named before `at`, in
        its paragraph and within `_POSSESSIVE_REACH`, that is no preposition's object ("its
        relations with Moscow ... since it fought" is not Moscow's fight)."""
        for mention in reversed(self.mentions[:bisect.bisect_left(self.starts, at)]):
            if mention.end < at - _POSSESSIVE_REACH or "\n\n" in self.text[mention.end:at]:
                return None
            if (mention.place.kind == "country" or is_capital(mention.place)) and \
                    mention.role != "demonym" and not self.words.PLACE_BEFORE.search(
                        self.folded, max(0, mention.start - 12), mention.start):
                return self._actor("state", mention.place, -1, -1)
        return None

    def _claimant_in_its_sentence(self, actors: list[Actor], t_end: int) -> Actor | None:
        """The armed actor that claims the act after a semicolon in the act's own sentence
        ("an IED hit a convoy, killing three soldiers; JNIM claimed the attack")."""
        semicolon = self.folded.find(";", t_end)
        return next((_inferred(a) for a in actors
                     if semicolon >= 0 and a.start > semicolon and a.role in ARMED_ROLES
                     and self.words.CLAIMED_THE_ACT_AFTER.match(self.folded, a.end)), None)

    def _claimant(self, event: Event, end: int) -> Actor | None:
        """The armed actor the sentences just after an attack's, in its paragraph, say did
        it: "A bomb went off in X. ... Al Shabaab said it carried out the attack", "The
        mine is thought to have been laid by JNIM fighters"."""
        words, folded = self.words, self.folded
        if not words.CLAIM_CUE.search(folded, end, end + 300):
            return None
        for actor in self.nearby(event, 300):
            if actor.start < end or actor.role not in ARMED_ROLES or "\n\n" in self.text[
                    end:actor.start]:
                continue
            if words.CLAIMED_AFTER.match(folded, actor.end) or words.PLANTED_BY.search(
                    folded, max(0, actor.start - 25), actor.start):
                return _inferred(actor)
        return None

    def _attacker(self, event: Event, actors: list[Actor], start: int,
                  end: int, target: Actor | None = None) -> Actor | None:
        """The attacker a sentence that names none leaves to its context, as a reader takes
        it: the one of the same paragraph's last attack ("Artillery fire also hit ..."), else,
        when one side of a two-sided war reports it ("..., Armenian officials said"), the
        other side; else the one side the article accuses of attacking."""
        last = self._last_attacker
        where = event.place.country if event.place is not None else ""
        # (or of an attack told earlier in the same sentence: "X launched an offensive,
        # and explosions were heard in Y")
        t_start = _trigger_span(event)[0]
        # (not the side the attack hit: "an IED hit an army convoy" after the army's own act)
        hit_its_own = last is not None and target is not None and last[0].role in \
            STATE_ROLES and target.role in STATE_ROLES | {"post", "police post"} and (
                target.country or where) == last[0].country
        if last is not None and (0 <= start - last[1] <= 600 and "\n\n" not in self.text[
                last[1]:start] or last[1] == end and t_start >= last[2]) and not hit_its_own:
            return _inferred(last[0])
        words, folded = self.words, self.folded
        # Who reports it: a state's officials, or anyone the sentence has say or tell it.
        reporters = [a for a in actors if a.label and a.role in STATE_ROLES | {"civilians"}
                     and (a.role == "government" or words.REPORTS_AFTER.match(folded, a.end, end)
                          or words.ACCORDING_TO.search(folded, max(start, a.start - 20),
                                                       a.start))]
        others = [a for a in self.belligerents() if a.label != reporters[0].label] \
            if reporters else []
        if len({a.label for a in others}) == 1:  # (a war of two sides)
            return _inferred(others[0])
        accused = self.accused
        if accused is None or any(a.label == accused.label and a.country == where
                                  for a in reporters):
            return None  # (a side that reports an attack on its own land is not its attacker)
        if accused.country == where and last is not None and last[0].country and \
                last[0].country != where and last[0].role in STATE_ROLES:
            # (nor, accused of "provocations", did it shell its own town where the other
            # state's forces were told attacking before)
            return _inferred(last[0])
        return _inferred(accused)

    def _stop_between(self, actor: Actor, actors: list[Actor], t_start: int) -> bool:
        """Whether a clause's end, an aside or a relative stands between the actor and the
        trigger (`SUBJECT_STOP`), outside the words of the actors named between them ("M23
        fighters, supported by Rwandan army (RDF) troops, captured": no bracket stops M23)."""
        at = min(actor.end, t_start)
        for other in actors:
            if at <= other.start < t_start:
                if self.words.SUBJECT_STOP.search(self.folded, at, other.start):
                    return True
                at = max(at, other.end)
        return self.words.SUBJECT_STOP.search(self.folded, min(at, t_start), t_start) is not None

    def _doer_and_target(self, actors: list[Actor], start: int, end: int, t_start: int,
                         t_end: int, violent: bool) -> tuple[Actor | None, Actor | None]:
        """Who did the trigger's act and to whom, from where each stands: an active verb has
        its doer before it and its target after; a passive the other way round, its doer
        after "by"; "clashes between X and Y" both after. An actor inside the trigger's
        words ("demonstrators", "Azerbaijani drones were downed") stands before it."""
        words, folded = self.words, self.folded
        own = folded[t_start:t_end]
        auxiliary = words.PASSIVE_BEFORE.search(folded, max(start, t_start - 25), t_start)
        if auxiliary is not None and own.split()[:1] and \
                words.events.PRESENT_PARTICIPLE.fullmatch(own.split()[0]):
            auxiliary = None  # "Azerbaijan was shelling X": a progressive, active
        passive = bool(words.PASSIVE_TRIGGER.search(own)) or auxiliary is not None and not \
            in_capitals(self.text, auxiliary.start(), self.text[start:end]) or (  # (not "to IS")
                words.PARTICIPLE_OF_HARM.fullmatch(own) is not None
                and words.PARTICIPLE_OF_HARM.match(folded, t_start) is not None)
        # An actor inside the trigger's words stands before it when the trigger begins with
        # it ("demonstrators", "Azerbaijani drones were downed"), else after it ("fired at
        # the governmental positions").
        # (who only recorded it did nothing: "peacekeepers recorded one ceasefire violation")
        # (nor does an article the trigger opens with: "an Armenian shell struck")
        opening = own.split(" ", 1)[0]
        first = t_start + len(opening) + 1 if opening in words.events.ARTICLES else t_start
        before = [] if words.events.RECORDED_OWN.match(own) else [
            a for a in actors if a.start <= first]
        # (whose the weapon in the trigger's words is did the act: "a drone launched by X
        # struck", nearest the verb of all who stand before it)
        owner_inside = next((a for a in actors if t_start < a.start < t_end and
                             words.WEAPON_OWNER_BEFORE.search(folded, max(t_start, a.start - 35),
                                                              a.start)), None)
        if owner_inside is not None:
            before = [*before, owner_inside]
        # (not those who came when it was over: "shelling had hit the city before the army
        # entered" did not hit the army)
        after = [a for a in actors if a.start > t_start and a is not owner_inside and not (
            a.start >= t_end and words.CAME_AFTER_BEFORE.search(folded, max(t_end,
                                                                            a.start - 20),
                                                                a.start))]
        # (armed men named with a doer the trigger's own words name are doers too: "a suicide
        # bomber and gunmen attacked crowds")
        if not passive and after and after[0].role in ARMED_ROLES and words.AND_BETWEEN.match(
                folded[t_end:after[0].start]) and not words.FIGHT.search(folded, t_start, t_end):
            before, after = [*before, after[0]], after[1:]
        # (who claims the act as its own did it: "X claimed responsibility for killing")
        before = [a for a in before if (not words.REPORTS_AFTER.match(folded, a.end, t_start)
                                        or words.CLAIMED_AFTER.match(folded, a.end, t_start)
                                        # (with the trigger: "X claimed the attack")
                                        or words.CLAIMED_AFTER.match(folded, a.end, t_end))
                  and not words.ACCORDING_TO.search(folded, max(start, a.start - 20), a.start)
                  # (nor who brokered a truce: "a ceasefire brokered by the United States
                  # was broken, with both sides accusing each other of shelling")
                  and not (violent and a.mediator)]
        # (nor are those others are described as or by: "fighters described by residents as
        # 'white men'")
        before = [a for a in before if not words.DESCRIBED_AS_BEFORE.search(
            folded, max(start, a.start - 50), a.start)]
        # (who backed the doers did not do it: "government forces backed by Russian air
        # strikes recaptured the town", "the army (FDS), supported by Rwandan troops, retook")
        before = [a for a in before if a.end > t_start or not words.BACKERS_BEFORE.search(
            folded, max(start, a.start - 30), a.start)] or before
        subjects = [a for a in before if not self._stop_between(a, actors, t_start)] or before
        subjects = [a for a in subjects if not words.TARGET_BEFORE.search(
            folded, max(start, a.start - 40), a.start)] or subjects
        relative = words.RELATIVE_BEFORE.search(folded, max(start, t_start - 40), t_start)
        antecedent = next((a for a in reversed(before) if relative is not None
                           and 0 <= relative.start() - a.end <= 40), None)
        if antecedent is not None:
            subjects = [antecedent]  # "gunmen in Timbuktu, who had seized": the gunmen
        # "killed during a police raid", "a Taliban ambush": an actor right before a noun
        # of violence did it, whatever the verb of the sentence around it
        modifier = next((a for a in before if a.end <= t_start and not folded[a.end:t_start]
                         .strip() and a.role not in TARGET_ROLES), None)
        if modifier is not None and len(own.split()) == 1 and not words.ACTIVE_VERB.search(own):
            subjects, passive = [modifier], False
        by = words.BY_AFTER.match(folded, t_end, min(end, t_end + 80))
        if by is not None and words.KEPT_BY.search(folded, t_end, by.end()):
            by = None  # "at a checkpoint manned by police": whose it was, not who did it
        # (past a word of what the group is: "by the paramilitary Rapid Support Forces")
        described = words.GROUP_DESCRIPTOR.match(folded, by.end()) if by else None
        agent = next((a for a in after if by and (a.start == by.end() or described
                                                  and a.start == described.end())), None)
        if any(a.start < t_start and a.end >= t_end and a.role not in TARGET_ROLES
               for a in before) and not passive:
            agent = None  # the trigger's own words name its doer: "Russian air strikes"
        blamed = next((a for a in after if a.start - t_end <= 80 and words.BLAMED_ON.search(
            folded, max(t_start, a.start - 30), a.start) and not words.CLAUSE_OF_ANOTHER_ACT.search(
            folded, t_end, a.start)), None)
        if blamed is None and words.DOER_IN_TRIGGER.search(own):
            # "a suicide bomber believed to belong to X": X, whose the bomber was
            blamed = next((a for a in after if a.start - t_end <= 60 and words.BELONGS_TO.search(
                folded, max(t_end, a.start - 45), a.start)), None)
        if agent is None and blamed is not None:
            # "a shooting at the checkpoint that it blamed on X": X, whom the teller blames
            return blamed, next((a for a in after if a is not blamed
                                 and a.role not in TARGET_ROLES), None)
        owner = None  # whose the object in the trigger is: "a drone operated by X"
        holds_object = words.ACTIVE_VERB_AND_OBJECT.search(own) is not None
        if not passive and (words.ACTIVE_VERB.search(own) and not words.BY_RIGHT_AFTER.match(
                folded, t_end, end) or holds_object):
            owner = agent if holds_object else None
            agent = None  # "captured the heights held by X", "shot down a drone operated by
            # X": X is no doer of the capture or of the shooting
        between = words.BETWEEN.match(folded, t_end) or (
            # (a trigger that ends with the word itself: "fighting between")
            words.BETWEEN.match(folded, t_start + own.rfind(" between"))
            if own.endswith(" between") else None)
        if between and len(after) >= 2 and after[0].start - between.end() <= 15:
            # (the first side's name again in brackets is no second side: "between the
            # Congolese armed forces (FARDC), ... and the M23")
            # (nor who backed it: "between the army, supported by local militias, and X")
            others = [a for a in after[1:] if a.name != after[0].name] or [after[1]]
            other = next((a for a in others if not words.BACKERS_BEFORE.search(
                folded, max(start, a.start - 30), a.start)), others[0])
            return after[0], other
        fight = words.FIGHT_BETWEEN.search(folded, t_end, end) if passive and agent is None \
            else None
        sides = [a for a in after if fight is not None and a.start >= fight.end()]
        if len(sides) >= 2 and sides[0].start - fight.end() <= 15 and \
                sides[1].name != sides[0].name:
            return sides[0], sides[1]
        movement = words.MOVEMENT_OF.search(folded, t_start, after[0].start) if after else None
        if movement is not None and movement.start() < t_end:
            return after[0], None
        if passive or agent is not None:
            inside = words.PASSIVE_TRIGGER.search(own)
            if inside is not None and inside.start() > 0:
                # a trigger that holds its own subject ("explosions were heard"): whom it
                # was done to is inside it or no one, not an actor of the clause before
                subjects = [a for a in subjects if a.end > t_start]
            # (the harmed named before a noun of violence: "soldiers were killed in an air
            # strike by X")
            harmed_before = bool(subjects) and words.HARMED_AFTER.match(
                folded, subjects[-1].end, t_start) is not None
            target = subjects[-1] if subjects and (passive or harmed_before) else None
            if target is not None and target.role == "civilians":
                # (of a list of the harmed, the forces among them: "six citizens, four police
                # officers and two road workers, were killed": ACLED's second actor is the
                # police)
                forces = [a for a in subjects if a.role in {"military", "police"}
                          and words.LIST_BETWEEN.fullmatch(folded, a.end, target.start)]
                target = forces[-1] if forces else target
            agent = agent if agent is None or agent.role not in TARGET_ROLES else None
            # (not who reports it: "..., Turkish officials said")
            rest = [a for a in after if a is not agent
                    and not words.REPORTS_AFTER.match(folded, a.end, end)]
            if target is None and rest:
                target = rest[0]
            return agent, target
        targets = [a for a in after if (words.TARGET_BEFORE.search(
            folded, max(t_end, a.start - 40), a.start) or a.start - t_end <= 40)
            and not words.REPORTS_AFTER.match(folded, a.end, end)]  # (not who reports it)
        # Posts and property suffer acts; officials speak of violence rather than do it; the
        # harmed named before a noun of violence that names no one after it suffered it
        # ("three soldiers were killed by a mine explosion, the ministry said").
        harmed = [] if targets else [a for a in subjects
                                     if words.HARMED_AFTER.match(folded, a.end, t_start)]
        # (an escort of what ran onto the weapon suffered it with it: "a convoy escorted by
        # the army struck an IED")
        ran = [a for a in subjects if words.RAN_ONTO.match(folded, a.end, t_end)]
        escort = next((a for a in ran if words.ESCORTED_BY_BEFORE.search(
            folded, max(start, a.start - 30), a.start)), None)
        # (who ran onto a planted weapon suffered it: "a gendarmerie vehicle struck an IED")
        ran_onto = ran if words.PLANTED_WEAPON.search(own) else []
        doers = [a for a in subjects if a.role not in TARGET_ROLES and a not in harmed
                 and a is not escort and a not in ran_onto
                 and not (violent and a.role == "government"
                          and not words.ORDERS.search(folded, t_start, t_end))]
        # (the object of a verb of harm before a noun of violence did not do it: "police
        # killed two men in a raid": the police raided)
        unharmed = [a for a in doers if not words.HARMED.search(
            folded, max(start, a.start - 30), a.start)]
        if violent and unharmed and len(unharmed) < len(doers):
            doers = unharmed
        if violent and doers and doers[-1].role == "civilians" and \
                words.AND_BETWEEN.match(folded[doers[-1].end:t_start]):
            # "men of a clan surrounded a family and attacked them": the family suffered it,
            # the men before them did it
            armed = [a for a in before if a.end <= doers[-1].start and a.role in ARMED_ROLES]
            if armed:
                doers = [armed[-1]]
        doer = doers[-1] if doers else None
        # (a post or property that ran onto the weapon suffered it: "a military vehicle
        # struck an IED")
        suffered = next((a for a in reversed(ran) if a.role in TARGET_ROLES), None)
        target = owner or (targets[0] if targets else None) or (harmed[-1] if harmed else None) \
            or suffered or escort or (ran_onto[-1] if ran_onto else None)
        if target is not None and target in harmed and not target.label:
            # "six soldiers were killed ..., the Armenian defence ministry said": its own
            reporter = next((a for a in after if a.label and words.REPORTS_AFTER.match(
                folded, a.end, end)), None)
            if reporter is not None:
                target = replace(target, name=self._name(target.role, reporter.label),
                                 country=reporter.country, label=reporter.label)
        at = actors.index(doer) if doer is not None else 0
        gap = folded[actors[at - 1].end:doer.start] if at > 0 else ""
        if at > 0 and (doer.joined or words.SIDES_AND.match(gap) or words.SIDES_AND_NAMED.match(
                gap) and words.FIGHT.search(folded, t_start, t_end)):
            # "X and Y exchanged fire", "the army and rebels clashed": the first named
            # acted, the other is the second side; but two that shelled or bombed together
            # are one side ("Syrian and Russian forces shelled X"), unless they did it to
            # each other
            allies = words.ONE_SIDED_ACT.search(own) and not words.EACH_OTHER.search(
                folded, t_end, end)
            if target is None and not allies:
                target = doer
            doer = actors[at - 1]
        return doer, target

    def victims(self, actors: list[Actor], doer: Actor | None, start: int,
                end: int) -> list[Actor]:
        """The actors the sentence has harmed, apart from its trigger: "killed 17
        soldiers", "two policemen were wounded"."""
        words, folded = self.words, self.folded
        harmed = [a for a in actors if a is not doer and not _same_side(a, doer) and (
            words.HARMED.search(folded, max(start, a.start - 30), a.start)
            or words.HARMED_AFTER.match(folded, a.end, end))]
        # ... and those named with them: "four police officers and two civilians were killed"
        for first, second in zip(actors, actors[1:]):
            gap = folded[first.end:second.start]
            if second in harmed and first not in harmed and first is not doer and (
                    words.AND_BETWEEN.match(gap) or words.SIDES_AND_NAMED.match(gap)):
                harmed.insert(harmed.index(second), first)
        return harmed

    def harmed_next(self, event: Event, doer: Actor | None) -> Actor | None:
        """Civilians the words just after the event's sentence, in its paragraph, say were
        harmed, when no other armed actor comes first: "The airstrikes reportedly wounded
        civilians" (the strikes' victims), not "Gunmen later shot two farmers"."""
        end = event.sentence_start + len(event.sentence)
        stop = self.paragraph_end(end, 200)
        after = self.found(end, stop)
        harmed = self.victims(after, doer, end, stop)
        for actor in after:
            if actor.role in ARMED_ROLES and not _same_side(actor, doer):
                return None
            if actor.role == "civilians" and any(a is actor for a in harmed):
                return actor
        return None

    def of_another_day(self, event: Event, at: int) -> bool:
        """Whether `at` lies in the sentence of an event of another day than `event` ("...
        protested in Aden. On 7 June, a bomber targeted a military checkpoint"): what is
        named there belongs to that one."""
        return any(start <= at < end and date != event.date for start, end, date in self.told)

    def paragraph_end(self, start: int, reach: int) -> int:
        """Where the paragraph of `start` ends, or `reach` characters on if it runs longer."""
        stop = self.text.find("\n\n", start, start + reach)
        return stop if stop >= 0 else min(len(self.text), start + reach)

    def nearby(self, event: Event, reach: int = 400) -> list[Actor]:
        """The actors named around the event's sentence, within its paragraph's reach."""
        start = event.sentence_start
        return self.found(max(self.article.body_start, start - reach),
                          min(len(self.text), start + len(event.sentence) + reach))

    def told_after(self, event: Event, reach: int) -> list[Actor]:
        """The actors named after the event's sentence, within `reach`, as whom they stand
        for, but not in the sentence of an event of another day (see `of_another_day`)."""
        end = event.sentence_start + len(event.sentence)
        return [_as_target(a) for a in self.nearby(event, reach)
                if a.start >= end and not self.of_another_day(event, a.start)]


def _as_target(actor: Actor | None) -> Actor | None:
    """A post or a property as the actor it stands for (the forces, the civilians)."""
    if actor is None or actor.role not in TARGET_ROLES:
        return actor
    return replace(actor, role=TARGET_ROLES[actor.role])


def _side(role: str) -> str:
    """The side an actor stands on: a state's forces however named, the armed groups against
    it, foreign forces, or the people."""
    if role in STATE_ROLES:
        return "state"
    if role in NON_STATE_ARMED:
        return "non-state"
    return "external" if role in ARMED_ROLES else "people"


# ---------------------------------------------------------------------------------------
# Which actor is which, by event type (ACLED's codebook)


def _by_type(reader: _ArticleActors, event: Event, actors: list[Actor], people: list[Actor],
             doer: Actor | None, target: Actor | None,
             where: str) -> tuple[Actor | None, Actor | None]:
    kind, sub = event.event_type, event.sub_event_type
    start, end = event.sentence_start, event.sentence_start + len(event.sentence)
    if kind == PROTESTS:
        protesters = _first(actors, {"protesters"}) or _default(reader, "protesters", where)
        protesters = _localised(reader, protesters, where)
        if sub == "Excessive force against protesters":
            if doer is not None and doer.role in NON_STATE_ARMED:
                # (ACLED: rebels, gunmen, any armed group that targets a peaceful crowd;
                # "unknown gunmen fired on protesters" names no police)
                return _localised(reader, doer, where), protesters
            return _forces(reader, event, actors, where), protesters
        if sub == "Protest with intervention":
            return protesters, _forces(reader, event, actors, where)
        # Forces named dispersing or detaining them, in the sentence or the next: the
        # protest met them, whatever its sub-type says.
        forces = _intervening(reader, event, actors)
        return protesters, _localised(reader, forces, where) if forces else None
    if kind == RIOTS:
        rioters = _first(actors, {"rioters", "protesters"})
        rioters = _as(reader, rioters, "rioters", where) if rioters else _default(
            reader, "rioters", where)
        # The forces a riot met: named in its sentence or in the sentences just after it;
        # but a mob's victims named in its sentence come before forces named later ("a
        # mob attacked the draftees. The military police opened a case": the draftees).
        # Forces named later met it only when the text has them act on the crowd or be
        # hurt by it ("the bishop deplored the silence of the police": none).
        def not_met(actor: Actor, floor: int) -> bool:
            """What the crowd's demand is about ("demanding to close the depot"), or forces
            that came when it was over ("before police arrived")."""
            return bool(reader.words.GRIEVANCE_BEFORE.search(
                reader.folded, max(floor, actor.start - 60), actor.start)) or bool(
                reader.words.CAME_AFTER_BEFORE.search(
                    reader.folded, max(floor, actor.start - 20), actor.start))

        after = reader.told_after(event, 300)
        met_later = _first([a for a in after if _met_crowd(reader, a)], _CROWD_MET_BY)
        # (not forces its demand is about: "demanding to withdraw the Russian military base")
        forces = _first([a for a in actors if not not_met(a, start)],
                        _CROWD_MET_BY) or (met_later if sub != "Mob violence" else None)
        if forces is not None:
            return rioters, _localised(reader, forces, where)
        # two groups fought, in the riot's sentence or, when no forces came later, in the
        # next ones of its paragraph ("the demonstration grew into a brawl")
        told = end if met_later is not None else reader.paragraph_end(end, 300)
        fight = reader.words.FIGHT.search(reader.folded, start, told)
        if fight:
            # the other side: people named right after the fight ("clashes between rioters
            # and drivers") are civilians, not those a crowd's slogans were against; a
            # group, another crowd ("clashed with another group", "between two groups of
            # locals") rioters
            other = next((a for a in reader.found(fight.end(), min(len(reader.folded),
                                                                   fight.end() + 80))
                          if a.role == "civilians" and a.start != rioters.start
                          and not not_met(a, 0)), None)
            if other is not None and not reader.words.GROUP_OF.search(
                    reader.folded, max(0, other.start - 15), other.start):
                return rioters, _as(reader, other, "civilians", where)
            return rioters, _default(reader, "rioters", where)
        if target is not None and target.role == "government" and not not_met(
                target, start) and reader.words.SEAT_OF_GOVERNMENT.match(
                    reader.folded, target.start):
            # "protesters broke into the government headquarters": what they stormed was
            # the government's
            return rioters, _localised(reader, target, where)
        # (a crowd and the people it harmed are no one side: no doer to set them apart by)
        victims = [a for a in ([target] if target else []) + reader.victims(
            actors, None, start, end) if a.role in {"civilians", "protesters"}
            and a.start != rioters.start and not not_met(a, start)]
        if victims:
            return rioters, _as(reader, victims[0], "civilians", where)
        if sub == "Mob violence" and (
                reader.words.DAMAGED.search(reader.folded, start, end)
                or reader.words.KILLED_BY_CROWD.search(reader.folded, start, end)):
            # "a mob lynched a man ... Police rescued his son": the harmed, before forces
            # that came after
            return rioters, _default(reader, "civilians", where)
        if met_later is not None:
            return rioters, _localised(reader, met_later, where)
        if reader.words.DAMAGED.search(reader.folded, start, min(len(reader.folded), end + 300)):
            return rioters, _default(reader, "civilians", where)  # the property's owners
        if sub == "Mob violence":
            return rioters, _default(reader, "civilians", where)
        return rioters, None
    if kind in VIOLENT:
        return _violence(reader, event, actors, doer, target, where)
    if kind == STRATEGIC:
        return _strategic(reader, event, actors, doer, target, where)
    if kind == DIPLOMACY:
        # A statement is its speaker's, to whom it is addressed; a meeting has two parties.
        speakers = {"government", "state"}
        speaker = doer if doer is not None and doer.role in speakers else _first(
            [a for a in actors if a is not target], speakers)  # (not whom it addresses)
        other = target if target is not None and target.role in speakers else None
        if sub == "Meeting":
            parties = [a for a in actors if a.role in speakers and not a.mediator]
            speaker = parties[0] if parties else None
            other = next((a for a in parties[1:] if not _same_side(speaker, a)), None)
        other = None if _same_side(speaker, other) else other
        return (_as(reader, speaker, "government", where) if speaker else None,
                _as(reader, other, "government", where) if other else None)
    if kind == DISPLACEMENT:
        fled = _localised(reader, people[0], where) if people else _default(
            reader, "civilians", where)
        if doer is not None and doer.role in STATE_ROLES and sub == "Evacuation":
            return _localised(reader, doer, where), fled
        return fled, None
    if kind == HUMANITARIAN:
        if sub == "Blockade":
            # (who sent what is held is no blocker when armed men who held it are named:
            # "a convoy sent by the Armenian government, stopped by Azerbaijani guards")
            armed = next((a for a in actors if a.start > event.sentence_start
                          and a.role in ARMED_ROLES), None)
            if doer is not None and doer.role == "government" and armed is not None:
                doer = armed
            blockers = doer or (next((a for a in actors if a.start > event.sentence_start
                                      and a.role in ARMED_ROLES | {"protesters", "civilians"}),
                                     None) if target is not None or doer is None else None)
            if blockers is not None and blockers.role == "civilians":
                blockers = _as(reader, blockers, "protesters", where)
            return _localised(reader, blockers, where), None
        return _localised(reader, doer, where) if doer and doer.role != "civilians" else None, \
            None
    return _localised(reader, doer, where), _localised(reader, target, where) \
        if target is not doer else None


# Remote violence aimed at a place from afar (not a bomb left there).
_AIMED = frozenset({SHELLING, AIR_STRIKE})


def _violence(reader: _ArticleActors, event: Event, actors: list[Actor], doer: Actor | None,
              target: Actor | None, where: str) -> tuple[Actor | None, Actor | None]:
    """Battles, explosions, violence against civilians: the armed doer, and whom it hit (the
    target its words name, else the sentence's dead and wounded); the civilians of an
    attack on them; a battle's other side from the article, when the sentence leaves it out;
    an unnamed attacker of civilians or property an unidentified armed group (ACLED)."""
    kind = event.event_type
    start, end = event.sentence_start, event.sentence_start + len(event.sentence)
    if event.sub_event_type == AIR_STRIKE and doer is not None and doer.role in \
            NON_STATE_ARMED and reader.words.CREWED_AIRCRAFT.search(event.trigger.lower()):
        # "the army and the RSF fought, with air strikes pounding X": the army's aircraft
        state = next((a for a in actors if a.role in {"military", "state"} and a.country), None)
        if state is not None:
            doer, target = state, target or doer
    elif event.sub_event_type == AIR_STRIKE and doer is None and target is not None and \
            target.role in NON_STATE_ARMED and \
            reader.words.CREWED_AIRCRAFT.search(event.trigger.lower()):
        # "the army said air strikes had destroyed a JNIM camp": strikes on its enemy that
        # a state's forces tell of, no one else named, are theirs
        doer = next((a for a in actors if a.role == "military"
                     and a.start < _trigger_span(event)[0]), None)
    if kind == VIOLENCE and (doer is None or doer.role not in ARMED_ROLES) and (
            custodian := _custodian(reader, event, where)) is not None:
        # "a detainee was tortured to death in an army prison": its jailers did it
        doer, target = custodian, target if target and target.role == "civilians" else None
    harmed = reader.victims(actors, None, start, end)
    if doer is not None and any(a is doer for a in harmed):
        if target is not None and target.role in ARMED_ROLES and not any(
                a is target for a in harmed):
            # "nine rebels were killed during clashes with government troops": the troops
            # fought them
            doer, target = target, doer
        else:
            # "a soldier was wounded by a landmine": the harmed did nothing; who did is
            # left to the article, as for a sentence that names no one
            doer, target = reader._attacker(event, actors, start, end), target or doer
    if kind == BATTLES and doer is not None and doer.role == "civilians" and target is not None \
            and reader.words.FIGHT.search(event.trigger.lower()) and (
                target.role == "communal militia"
                or reader.words.LIVELIHOOD.search(target.written.lower())):
        # people who fought a community's men were one too: "villagers clashed with herders"
        # is a fight of two communities
        doer = _as(reader, doer, "communal militia", where)
    doer = _armed(reader, doer, where)
    if target is not None and _same_side(doer, target):
        target = None
    if target is None:
        harmed = [a for a in harmed if not _same_side(a, doer)]
        target = harmed[0] if harmed else None
    if target is None and kind == EXPLOSIONS and event.sub_event_type in _AIMED:
        # shells that fell on a town "damaging houses", "as residents ran for basements":
        # the people whose homes and streets they hit (ACLED: civilians, when the text
        # tells of them; none when it tells of no one)
        target = next((a for a in actors if a.role == "civilians" and a is not doer
                       and not a.joined), None) or reader.harmed_next(event, doer)
    if kind == VIOLENCE:
        victims = target if target is not None and target.role == "civilians" else None
        if doer is None and victims is not None:
            doer, _ = _other_side(reader, None, victims)
        return (_localised(reader, doer, where) or _default(reader, "armed group", where),
                _localised(reader, victims, where) if victims else _default(
                    reader, "civilians", where))
    if target is not None and target.role == "civilians" and kind == BATTLES:
        # (but people named by how they live who fought back were a communal militia:
        # "herders clashed with farmers")
        fought = reader.words.FIGHT.search(event.trigger.lower()) and \
            reader.words.LIVELIHOOD.search(target.written.lower())
        target = _as(reader, target, "communal militia", where) if fought else None
    if kind == BATTLES or target is not None:
        doer, target = _other_side(reader, doer, target)
    if doer is None and (target is not None or event.sub_event_type != AIR_STRIKE):
        # ACLED: an unidentified armed group, whether the text names whom it hit or no one
        # ("a shoot-out took place", "an IED exploded"); an air strike is some state's.
        doer = _default(reader, "armed group", where)
    if kind == BATTLES and target is None:
        # A battle has two sides (ACLED): the one no one names is an unidentified armed group;
        # but clans or communities that fought, with no one else named, fought each other
        # ("clan militias fought over grazing land").
        among_themselves = doer is not None and all(
            a.role == "communal militia" for a in [doer, *actors]) and \
            reader.words.FIGHT.search(event.trigger.lower())
        target = _default(reader, "communal militia" if among_themselves else "armed group",
                          where)
    doer, target = (_localised(reader, doer, where, apart_from=target),
                    _localised(reader, target, where, apart_from=doer))
    if kind in {BATTLES, EXPLOSIONS} and doer is not None and target is not None and \
            doer.label and doer.role in STATE_FORCES and target.role in STATE_FORCES and \
            doer.label == target.label:
        # A state's forces do not fight or strike themselves: the soldiers named were
        # another event's ("began an operation, hours after four of its soldiers were killed
        # by mines"), or the text named the target without its side ("X's drones struck a
        # military convoy").
        other = _other_side(reader, doer, None)[1]
        target = _localised(reader, other, where) if other else (_default(
            reader, "armed group", where) if kind == BATTLES else None)
    return doer, target


def _custodian(reader: _ArticleActors, event: Event, where: str) -> Actor | None:
    """The state's forces in whose custody the sentence has the harm done ("died in police
    custody"), of the country where it happened."""
    found = reader.words.IN_CUSTODY.search(reader.folded, event.sentence_start,
                                           event.sentence_start + len(event.sentence))
    if found is None:
        return None
    role = "police" if found["custodian"] == "police" else "military"
    return replace(_default(reader, role, where), written=found["custodian"],
                   start=found.start("custodian"), end=found.end("custodian"))


def _strategic(reader: _ArticleActors, event: Event, actors: list[Actor], doer: Actor | None,
               target: Actor | None, where: str) -> tuple[Actor | None, Actor | None]:
    sub = event.sub_event_type
    if sub == "Arrests":
        # (the state's police unless the text names who detained: an armed group holds
        # people too, "SDF forces arrested 12 suspected IS members")
        police = doer if doer is not None and doer.role in STATE_ROLES | NON_STATE_ARMED \
            and doer.role != "armed group" else _default(reader, "police", where)
        # (armed men held are who they are, and so are another state's soldiers: "troops
        # detained six soldiers of the other side")
        held = target if target is not None and (target.role in NON_STATE_ARMED | {
            "protesters"} or target.role in STATE_FORCES and target.country
            and target.country != police.country) else None
        start = event.sentence_start
        if held is None and reader.words.AT_PROTEST.search(reader.folded, start,
                                                           start + len(event.sentence)):
            held = _default(reader, "protesters", where)  # "detained dozens at the rally"
        return (_as(reader, police, "police", where) if police.role == "state"
                else _localised(reader, police, where),
                _localised(reader, held, where) if held else _default(
                    reader, "civilians", where))
    if sub == "Agreement":
        # The parties: states (their governments) and armed groups, not their mediators.
        parties = [a for a in actors if a.role in (ARMED_ROLES | {"government"}) - FOREIGN_ROLES
                   and (a.label or a.group) and not a.mediator]
        first = parties[0] if parties else None
        second = next((a for a in parties[1:] if not _same_side(first, a)), None)
        return (_party(reader, first, where), _party(reader, second, where))
    if sub == "Looting/property destruction":
        return (_localised(reader, _armed(reader, doer, where), where) or _default(
                    reader, "armed group", where),
                _localised(reader, target, where) if target is not None else _default(
                    reader, "civilians", where))
    if sub == DISRUPTED:
        # A weapon fired and then intercepted ("the Houthis fired a missile at X. The missile
        # was intercepted by the coalition"): the interceptor acted, against those who fired.
        interceptor = next((a for a in reader.told_after(event, 200) if a.role in ARMED_ROLES
                            and reader.words.DISRUPTED_BY.search(
                                reader.folded, max(0, a.start - 60), a.start)), None)
        if interceptor is not None and doer is not None and doer.role in ARMED_ROLES and \
                not _same_side(doer, interceptor):
            return _localised(reader, interceptor, where), _localised(reader, doer, where)
        owner = target if target is not None and target.role in ARMED_ROLES else _first(
            actors, NON_STATE_ARMED)
        forces = doer if doer is not None and doer.role in STATE_ROLES and not _same_side(
            doer, owner) else next((a for a in actors if a.role in STATE_ROLES
                                    and not _same_side(a, owner)), None)
        if forces is not None and owner is not None and owner.role in STATE_ROLES and (
                _localised(reader, owner, where).name
                == _localised(reader, forces, where).name):
            owner = None  # "police defused bombs near the Goris police station": not theirs
        if owner is None and forces is not None and forces.role in STATE_ROLES:
            # ACLED: arms seized or found by forces are someone's, unnamed or not
            owner = _default(reader, "armed group", where)
        if forces is None and owner is not None and owner.role in NON_STATE_ARMED:
            return _localised(reader, owner, where), None  # its own bomb went off early
        return (_as(reader, forces, "military", where) if forces and forces.role in {
                    "state", "government"} else _localised(reader, forces, where),
                _localised(reader, owner, where))
    if doer is not None and doer.role in {"civilians", "property"}:
        doer = None  # people a development happened to did not make it
    if doer is None and not actors and sub in {
            "Change to group/activity", "Headquarters or base established",
            "Non-violent transfer of territory"}:
        # "Turkish forces brought reinforcements. The convoy entered ...": the forces of
        # the sentence before, in the same paragraph, when this one names no one.
        doer = next((a for a in reversed(reader.nearby(event, 300))
                     if a.end <= event.sentence_start and a.role in ARMED_ROLES
                     and "\n\n" not in reader.text[a.end:event.sentence_start]), None)
    if doer is None and target is not None and target.role in ARMED_ROLES:
        doer, target = target, None  # "troops were deployed": the troops changed course
    own = _same_side(doer, target)  # (before the doer takes the country of the place)
    doer = _localised(reader, doer, where, apart_from=target)
    if doer is not None and doer.role == "military" and sub != "Arrests" and doer.country in {
            a.country for a in reader.article_actors() if a.role == "peacekeepers"}:
        # A deployment by a country whose peacekeepers the article tells of: "Russian units
        # set up posts" in a story of Russian peacekeepers are those peacekeepers.
        doer = _as(reader, doer, "peacekeepers", where)
    partners = sub == "Change to group/activity" and doer is not None and target is not None \
        and doer.role in STATE_FORCES and target.role in STATE_FORCES
    if sub == "Headquarters or base established" or (
            target is not None and target.role == "civilians") or sub == "Other" or own \
            or partners:
        # where a base was set up, whom a development concerned, who was released or put
        # under martial law, the forces' own vehicles and bases, another state's forces
        # that exercise or patrol with them ("Armenian and American soldiers held a joint
        # exercise": ACLED has the partner an associated actor): no second actor
        target = None
    return _localised(reader, doer, where, apart_from=target), _localised(
        reader, target, where, apart_from=doer) if target is not None and target is not doer \
        else None


def _party(reader: _ArticleActors, actor: Actor | None, where: str) -> Actor | None:
    """A party to an agreement: a state by its government, anyone else as named."""
    if actor is None:
        return None
    if actor.role == "state":
        return _as(reader, actor, "government", where)
    return _localised(reader, actor, where)


def _first(actors: list[Actor], roles: set[str] | frozenset[str]) -> Actor | None:
    return next((a for a in actors if a.role in roles), None)


def _same_side(first: Actor | None, second: Actor | None) -> bool:
    """Whether two actors are one side: one named group; else one country or de facto state
    (or an unnamed one) and one side of it: its state's forces and its people are one side
    (a village shelled is the other side's doing), its rebels another."""
    if first is None or second is None:
        return False
    if first.group or second.group:
        return first.group == second.group
    sides = {_side(first.role), _side(second.role)}
    if first.label and second.label:
        return first.label == second.label and (len(sides) == 1 or sides == {"state", "people"})
    # "Azerbaijani drones struck military positions": a country's and an unnamed one's are
    # two sides, two unnamed ones of one kind one side; but unnamed armed groups of two
    # kinds are two ("gunmen clashed with local militias").
    return not first.label and not second.label and len(sides) == 1 and (
        sides != {"non-state"} or first.role == second.role)


def _inferred(actor: Actor) -> Actor:
    """An actor as a reader infers it for another sentence's act: written nowhere there."""
    return replace(actor, written="", start=-1, end=-1, joined=False)


def _trigger_span(event: Event) -> tuple[int, int]:
    """Where the event's trigger stands in the article (its sentence's start when the
    trigger is not found in it)."""
    at = event.sentence.find(event.trigger) if event.trigger else -1
    start = event.sentence_start + max(at, 0)
    return start, start + len(event.trigger) if at >= 0 else start


def _armed(reader: _ArticleActors, actor: Actor | None, where: str) -> Actor | None:
    """The doer of an act of violence is armed: people that shot or attacked are an armed
    group (ACLED's unidentified armed group), never civilians; a state's name is its forces."""
    if actor is None:
        return None
    if actor.role == "civilians" and reader.words.LIVELIHOOD.search(actor.written.lower()):
        return _as(reader, actor, "communal militia", where)  # "herders attacked farmers"
    if actor.role in {"civilians", "protesters", "rioters"}:
        if not reader.words.MAY_ATTACK.search(actor.written.lower()):
            return None  # "journalists", "refugees": not who shot, whatever the parse says
        return _as(reader, actor, "armed group", where)
    if actor.role in {"state", "government"}:
        return _as(reader, actor, "military", where)
    return actor


def _as(reader: _ArticleActors, actor: Actor, role: str, where: str) -> Actor:
    """The same actor in another role (a state named for its forces or its government;
    people who attacked, an armed group)."""
    if actor.group:
        return actor
    country, label = actor.country, actor.label
    if not country and role not in STATE_ROLES:
        country, label = where, country_names().get(where, "")
    return replace(actor, role=role, country=country, label=label,
                   name=reader._name(role, label))


def _localised(reader: _ArticleActors, actor: Actor | None, where: str,
               apart_from: Actor | None = None) -> Actor | None:
    """An actor the text gives no country: a state's forces are the one state the article
    names forces of (else the state where the event happened), but police are the police of
    the country where they acted (police do not act abroad); peacekeepers and foreign
    forces the one country the article names them of (else none); anyone else is of the
    country where the event happened (ACLED's "Protesters (Armenia)"). Forces set against
    others of a country the text names are not that country's: "the army moved into the
    camp after the withdrawal of French troops" (they are the place's, when it is not the
    others' too)."""
    if actor is None or actor.group or actor.country:
        return actor
    other = apart_from.country if apart_from is not None and apart_from.role in STATE_ROLES \
        else ""
    if actor.role in FOREIGN_ROLES:
        country = _state_named(reader, actor)
    elif actor.role == "police" and where:
        country = where  # ("Police detained 98 of them" in Yerevan, in a story of Baku's
        #                 security service: Armenia's)
    elif actor.role in STATE_ROLES:
        country = _state_named(reader, actor) or where
        if other and country == other and where != other:
            country = where
    else:
        country = where
    label = country_names().get(country, "")
    return replace(actor, country=country, label=label, name=reader._name(actor.role, label))


def _state_named(reader: _ArticleActors, actor: Actor) -> str:
    """The one country whose forces of this role the article names, if only one."""
    countries = {a.country for a in reader.article_actors()
                 if a.role == actor.role and a.country}
    return countries.pop() if len(countries) == 1 else ""


def _default(reader: _ArticleActors, role: str, where: str) -> Actor:
    """An actor the type implies but the text does not name: the protesters of a protest,
    the civilians of violence against them, the police that make an arrest."""
    label = country_names().get(where, "")
    return Actor(reader._name(role, label), role, where, label)


def _forces(reader: _ArticleActors, event: Event, actors: list[Actor], where: str) -> Actor:
    """The forces that met a protest: named in the sentence (as forces: a country named, as
    in "the fighting with Azerbaijan" the crowd protested, is none), else those the next
    sentence has act on the crowd, else the nearest around it, else the country's police."""
    # (the ones that acted on the crowd first: "135 servicemen were killed ..., where police
    # detained dozens of protesters" met the police)
    forces = _intervening(reader, event, actors) or _first(
        actors, STATE_ROLES - {"government", "state"})
    if forces is None:
        around = [a for a in (_as_target(a) for a in reader.nearby(event))
                  if a.role in {"police", "military"}]
        forces = min(around, key=lambda a: abs(a.start - event.sentence_start), default=None)
    return _localised(reader, forces, where) if forces else _default(reader, "police", where)


def _intervening(reader: _ArticleActors, event: Event, actors: list[Actor]) -> Actor | None:
    """State forces that the sentence, or the one after it, has act on a crowd: named near
    words of intervention ("police dispersed the crowd", "clashes with the police"); not
    those of an event of another day told next."""
    reach = event.sentence_start + len(event.sentence) + 250
    for actor in [*actors, *reader.told_after(event, 250)]:
        if actor.role in {"police", "military"} and actor.start < reach and \
                _intervention_by(reader, actor, 80):
            return actor
    return None


def _intervention_by(reader: _ArticleActors, actor: Actor, after: int) -> bool:
    """Whether words of intervention stand just before the forces or within `after`
    characters after them ("police dispersed", "tear gas fired by the police")."""
    words, folded = reader.words, reader.folded
    return any(not no_force_at(folded, found.start(), words.events)
               for start, end in ((max(0, actor.start - 60), actor.start),
                                  (actor.end, min(len(folded), actor.end + after)))
               for found in words.INTERVENES.finditer(folded, start, end))


# The forces a riot may meet: a state's, or peacekeepers ("clashed with NATO
# peacekeepers").
_CROWD_MET_BY = {"police", "military", "peacekeepers"}


def _met_crowd(reader: _ArticleActors, actor: Actor) -> bool:
    """Whether words of intervention, of a fight or of harm stand by these forces ("police
    fired tear gas", "scuffles between the demonstrators and the police", "pelted stones at
    the police", "two policemen were injured")."""
    words, folded = reader.words, reader.folded
    return bool(_intervention_by(reader, actor, 150)
                or words.FIGHT.search(folded, max(0, actor.start - 60), actor.start)
                or words.AIMED_AT.search(folded, max(0, actor.start - 20), actor.start)
                or words.HARMED_AFTER.match(folded, actor.end, min(len(folded), actor.end + 80))
                or words.HARMED.search(folded, max(0, actor.start - 60), actor.start))


def _other_side(reader: _ArticleActors, doer: Actor | None,
                target: Actor | None) -> tuple[Actor | None, Actor | None]:
    """A fight has two sides: when the sentence names one side only, by its country or its
    name, the other is the article's most named belligerent of another side."""
    if (doer is None) == (target is None):
        return doer, target
    known = doer or target
    if known is None or not (known.label or known.group):
        return doer, target
    sides = [a for a in reader.belligerents() if not _same_side(known, a)]
    if not sides:
        return doer, target
    other = _inferred(sides[0])
    return (doer, other) if doer is not None else (other, target)
