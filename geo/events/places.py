"""Where an event happened: the place a mention plays in its sentence.

A name is where the event happened when a locative word governs it ("in", "near", "on the
road to"), when it is the trigger's object ("shelled X", "the shelling of X") or the
subject of a passive ("X was shelled"), or when it names the people it happened to ("a
resident of X was killed"). It is never the place of an actor ("Baku said", "X's army",
"the governor of X"), of speakers ("officials in Moscow said"), of where an attacker stood
("forces located at X fired on ...") or of a dateline. Of a name and the broader place that
qualifies it ("Martuni, Nagorno-Karabakh"), the narrower is where.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache

from geo.cues import end_guard, required_strings
from geo.events.rules import Hit
from geo.events.sentences import Sentence
from geo.events.taxonomy import DIPLOMACY, DISPLACEMENT, HUMANITARIAN, PROTESTS, RIOTS
from geo.gazetteer_base import is_capital
from geo.model import Mention, Place
from geo.resolve import lies_within

# How well a mention locates an event.
ACTOR = 0  # an actor, a speaker, where an attacker stood: never where
BARE = 1  # a bare name
WEAK = 2  # a destination, a weak "of", a place referred back to
GOVERNED = 3  # governed by a locative, the trigger's object or a passive's subject

SPECIFICITY = {"point": 0, "site": 0, "city": 1, "town": 1, "village": 1, "locality": 1,
               "admin2": 2, "admin1": 3, "region": 3, "country": 4, "continent": 5}
_POINT_KINDS = frozenset({"point", "site", "poi", "landmark", "building", "airport", "base",
                          "checkpoint", "bridge", "station", "port"})
CITY_KINDS = frozenset({"city", "town", "village", "locality", "hamlet", "suburb",
                        "neighbourhood", "neighborhood", "settlement"})
_AGENT_KINDS = frozenset({"country", "admin1", "region", "continent"})
_CONTEXT = 200  # characters around a name read to tell how it is used
_JUST_BEFORE = 80  # characters before a name read for the few words that govern it
FAR = 100  # characters: a governed place in another clause, at most this far
_NEAR = 60  # characters: a bare name, at most this far
_WORD = re.compile(r"[\w']+")
_PUNCTUATION = re.compile(r"[,;:()\[\]\"“”]")


def place_use(sentence: Sentence, mention: Mention, hit: Hit | None,
              event_type: str = "") -> int:
    """How well a mention locates the sentence's event (ACTOR, BARE, WEAK or GOVERNED)."""
    use = _place_use(sentence, mention, hit, event_type)
    if use < GOVERNED and hit is not None and event_type != DISPLACEMENT:
        wider = _wider_place_right_after(sentence, mention)
        if wider is not None and _place_use(sentence, wider, hit, event_type) == GOVERNED:
            return GOVERNED  # "news from Martuni in Karabakh": in Martuni, in Karabakh
    if use == GOVERNED and sentence.lex.ROAD_NAMED_AFTER.match(
            sentence.folded, _past_a_joined_name(sentence, mention.end - sentence.start)):
        return WEAK  # "near the Jalandhar bypass in Ludhiana": the road's name
    return use


def _wider_place_right_after(sentence: Sentence, mention: Mention) -> Mention | None:
    """The wider place of the mention's own country written right after it with "in"
    ("Martuni in Karabakh"), where the mention names a smaller kind of place."""
    # ("A, B and C in Y": Y is the setting of the whole list, whatever names the list holds)
    start = mention.start - sentence.start
    if any(joined.end() == start for joined in sentence.lex.LISTED.finditer(
            sentence.folded, max(0, start - 12), start)):
        return None
    after = next((m for m in sentence.mentions if m.start >= mention.end), None)
    if after is None or not sentence.lex.IN_A_WIDER_PLACE.fullmatch(
            sentence.folded, mention.end - sentence.start, after.start - sentence.start):
        return None
    if SPECIFICITY.get(mention.place.kind, 3) >= SPECIFICITY.get(after.place.kind, 3) or \
            after.place.country != mention.place.country:
        return None
    return after


def _past_a_joined_name(sentence: Sentence, end: int) -> int:
    """Where the words after a name go on, past a name joined to it by a dash: the road
    between two places is named after both ("on the La Paz-Oruro highway")."""
    if sentence.text[end:end + 1] not in {"-", "–"}:
        return end
    joined = _WORD.match(sentence.folded, end + 1)
    return joined.end() if joined else end


def _place_use(sentence: Sentence, mention: Mention, hit: Hit | None,
               event_type: str = "") -> int:
    lex, folded = sentence.lex, sentence.folded
    start, end = mention.start - sentence.start, mention.end - sentence.start
    # What governs a name lies near it; the bound keeps a run-on "sentence" linear, and the
    # patterns anchored at the name read only the words just before it.
    window = max(0, start - _CONTEXT)
    before, after = folded[window:start], folded[end:end + _CONTEXT]
    just_before = before[-_JUST_BEFORE:]
    if lex.CITY_OFFICE_AFTER.match(after) and place_scale(mention.place) == "city" and \
            _ends_with(lex.AT_THE_BEFORE, just_before):
        return GOVERNED  # "in front of the Yerevan office of the Red Cross": in Yerevan
    if lex.ACTOR_AFTER.match(after) or lex.NAME_AS_MODIFIER_AFTER.match(after) and not (
            place_scale(mention.place) == "city" and lex.SETTLEMENT_AFTER.match(after)):
        return ACTOR  # "Baku said", "the Karabakh settlement" (not "Shikharkh settlement")
    if _ends_with(lex.LANDMARK_BEFORE, just_before) or _ends_with(lex.RECIPIENT_BEFORE,
                                                                   just_before) or \
            _ends_with(lex.ATTEMPTED_TO_BEFORE, just_before):
        return BARE  # (or "tried to cross into X": where someone meant to go)
    if lex.NEIGHBOURHOOD_AFTER.match(after) and any(
            o.place.place_id != mention.place.place_id and place_scale(o.place) == "city"
            for o in sentence.mentions):
        return BARE  # "in Manaus, a man was shot in Compensa neighborhood": in Manaus
    if event_type == DISPLACEMENT and hit is not None and where_they_went(sentence, hit,
                                                                            start):
        return ACTOR  # "fled to camps in X", "towards the border at X": not whence
    if _ends_with(lex.CONVEYANCE_FROM_BEFORE, just_before):
        return ACTOR  # "after a flight from X had landed": whence it came
    alias_of = _alias_of(sentence, mention)
    if alias_of is not None:  # "the Nagorno-Karabakh Republic (NKR)": used as its name is
        return place_use(sentence, alias_of, hit, event_type)
    possessor = _possessor_of_its_kind(sentence, mention)
    if possessor is not None:  # "Azerbaijan's second city, Ganja, came under fire": as
        return place_use(sentence, possessor, hit, event_type)  # the city told by its kind
    listed = _listed_after(sentence, mention)
    if listed is not None:  # "by France, Russia and the United States"
        use = place_use(sentence, listed, hit, event_type)
        first = listed.start - sentence.start
        if use == GOVERNED and place_scale(listed.place) == "city" and _ends_with(
                lex.BETWEEN_LIST, folded[max(0, first - 60):first]):
            return WEAK  # "on the road between X and Y": one place, told by X (as ACLED)
        return use
    described = _described(sentence, mention)
    if described is not None and place_use(sentence, described, hit, event_type) == ACTOR:
        return ACTOR  # "fled to Kilisar, the capital of X province": where they went too
    last = _list_end(sentence, mention)
    if _ends_with(lex.BETWEEN, just_before):
        # "the road between X and Y", "between X and Y provinces": places, whatever verb
        # follows ("an IED planted on the road between X and Y struck a bus"); else two
        # sides.
        # A town that is no capital is no side either ("an IED between X and Y").
        places = lex.LOCATIVE_BETWEEN.search(before[-60:]) or lex.PLACES_AFTER.match(
            folded, last.end - sentence.start) or place_scale(
                mention.place) == "city" and not is_capital(mention.place)
        return GOVERNED if places else ACTOR
    if last is not mention:  # "Armenia and Azerbaijan agreed": what follows the list
        list_after = folded[last.end - sentence.start:last.end - sentence.start + _CONTEXT]
        if lex.ACTOR_AFTER.match(list_after) or lex.SPEECH_AFTER.match(list_after) or (
                _agent_verb_after(list_after, lex)):
            return ACTOR
    if _ends_with(lex.BORDER_WITH, just_before):
        return BARE
    if _ends_with(lex.GOVERNMENT_IN, just_before) and not _ends_with(
            lex.GOVERNMENT_BUILDING_IN, just_before):
        return ACTOR  # "staged by the government in X"
    if (hit is None or hit.rule == "casualty" or event_type in {DISPLACEMENT, HUMANITARIAN}
            ) and _ends_with(lex.TREATED_AT_BEFORE, just_before):
        return ACTOR  # "the wounded were taken to hospital in X": not where they were hurt
        #               (nor a place a later sentence's event happened at, nor whence
        #               people fled)
    if _ends_with(lex.TOPIC_BEFORE, just_before):
        return ACTOR  # "talks on the situation in X": what was talked about, not where
    if event_type in {PROTESTS, RIOTS} and _ends_with(lex.HELD_CAPTIVE_BEFORE, just_before):
        return ACTOR  # "families of hostages held in X blocked a road": not where
    if event_type in {PROTESTS, RIOTS} and _ends_with(lex.DEMAND_BEFORE, just_before) and \
            not lex.CLAUSE_BREAK.search(just_before[-60:]):
        return ACTOR  # "demanded compensation for the fields at X": not where it was
    if lex.ACTOR_BEFORE.search(just_before) or _ends_with(lex.NOT_BEFORE, just_before):
        return ACTOR  # "by X", "the governor of X", "not in X"
    if event_type != DIPLOMACY and _ends_with(lex.STATEMENT_AT_BEFORE, just_before):
        return ACTOR  # "said in a statement issued in X that ... were killed": not there
    if hit is not None and end <= hit.start and _ends_with(lex.STANDING_AT, just_before):
        return ACTOR  # "forces located at X fired on ...": where the attacker stood
    if _ends_with(lex.SEAT_AT, just_before):
        return ACTOR  # "an organisation based in X": its seat
    if _ends_with(lex.SPEAKERS_AT, just_before) and (
            lex.SPEECH_AFTER.match(after) or lex.CREDITED_TO_BEFORE.search(
                just_before, 0, lex.SPEAKERS_AT.search(just_before).start())):
        # "officials in Moscow said", "according to a defence spokesman in X": where the
        # speakers are
        return ACTOR
    if event_type != DIPLOMACY and (hit is None or not agreed_in_words(hit)) and \
            lex.OF_PEOPLE.search(just_before):
        return GOVERNED  # "a resident of X", "the centre of X", "the shelling of X"
    if event_type != DIPLOMACY and lex.PARTS_AFTER_POSSESSIVE.match(after):
        return GOVERNED  # "X's residents", "X's northern entrances"
    if _ends_with(lex.QUALIFIER_OF_PLACE, just_before):
        # "in Baswagha (Lubero, Nord-Kivu)", "in PD1 of Lashkargah city, Helmand": the
        # wider place of a place named just before, where that one is unknown; of a known
        # one, no better a place of the event than it ("withdrew from Lalibela (North
        # Wollo, Amhara)")
        return WEAK if described is None else min(WEAK, place_use(sentence, described, hit,
                                                                  event_type))
    # Modifiers a name may stand behind: a people ("the Armenian-held village of X") and a
    # place's possessive ("in Nagorno Karabakh's Martuni town").
    adjectives = [(d.start - sentence.start - window, d.end - sentence.start - window)
                  for d in (*sentence.demonyms, *(m for m in sentence.mentions
                                                  if _possessive(sentence, m)))]
    shifted = None if hit is None else (hit.start - window, hit.end - window)
    governed = _governed(before, shifted, event_type, adjectives, lex,
                         left=hit is not None and hit.rule == "withdrawal")
    if governed == GOVERNED:
        return GOVERNED  # "forces in X agreed": X is where, not who
    if lex.SPEECH_AFTER.match(after):
        return ACTOR
    if _agent_verb_after(after, lex):
        return ACTOR  # "Azerbaijan shelled ...", "Baku liberated ...": the subject
    # (a description of the place set off by commas does not count in the reach: "Jermuk,
    # a spa town in Armenia's Vayots Dzor province, was shelled")
    # (of a list's names, the verb after the list: "Goris, Kapan and Sisian were shelled",
    # whose last names may be ones the gazetteer lacks)
    tail = last.end - sentence.start
    for other in sentence.unknown:
        rel = other.start - sentence.start
        if rel >= tail and lex.LISTED.fullmatch(folded, tail, rel):
            tail = other.end - sentence.start
    passive = lex.PASSIVE_AFTER.match(folded[tail:tail + _CONTEXT]) if (
        hit is not None and hit.start >= end) else None
    if passive is not None:
        words = folded[tail:tail + passive.end()]
        described = words.rfind(",") - words.find(",") if words.count(",") >= 2 else 0
        if hit.start - tail - described <= lex.PASSIVE_REACH:
            return GOVERNED
    return governed


def _ends_with(pattern: re.Pattern[str], just_before: str) -> bool:
    """Whether one of the lexicon's patterns of the words before a name ("...$") matches
    them. Most names have none of the few words such a pattern needs ("border", "between",
    "not") before them, or not the comma or bracket it must end with: tests of those
    (`_tests_of`) tell so for a fraction of a search, which tries the pattern at each of the
    characters."""
    cues, guard = _tests_of(pattern)
    if cues is not None and not any(cue in just_before for cue in cues):
        return False
    if guard is not None and guard.search(just_before) is None:
        return False
    return pattern.search(just_before) is not None


@cache
def _tests_of(pattern: re.Pattern[str]
              ) -> tuple[tuple[str, ...] | None, re.Pattern[str] | None]:
    """The strings one of which every match of the pattern holds, if they are few (else a
    test of each costs more than the search), and its `end_guard` if that turns away the
    words before a name (which end with a space); None for either that does not help. No
    strings for a pattern that ignores case in part (as written, they might not be as the
    text writes them)."""
    found = None if pattern.flags & re.IGNORECASE or "(?i" in pattern.pattern else (
        required_strings(pattern.pattern))
    cues = tuple(sorted(found)) if found is not None and len(found) <= _FEW_CUES else None
    guard = end_guard(pattern)
    return cues, guard if guard is not None and guard.search(" ") is None else None


_FEW_CUES = 8


def agreed_in_words(hit: Hit) -> bool:
    """An agreement made in words (signed, declared), placed where it was made; not one
    carried out on the ground (a surrender, a prisoner exchange), placed where it happened."""
    return hit.sub_event_type == "Agreement" and hit.rule != "carried_out"


def written_as_division(sentence: Sentence, mention: Mention) -> bool:
    """Whether the name is written with a division's word: "the district of X", "X
    district", "X province", "the X and Y districts"."""
    start, end = mention.start - sentence.start, mention.end - sentence.start
    lex, folded = sentence.lex, sentence.folded
    noun_of = lex.DIVISION_NOUN_OF.search(folded, max(0, start - 40), start)
    if noun_of and _named_before(sentence, noun_of.start()):
        noun_of = None  # "the Rabieh district of Amman": a part of it, whatever it is
    return bool(lex.DIVISION_AFTER.match(folded, end) or lex.DISTRICT_AFTER.match(folded, end)
                or noun_of
                or lex.DIVISIONS_AFTER.match(folded, _list_end(sentence, mention).end
                                             - sentence.start))


# An apposition between a name and its verb: ", the enclave's main town, ".
_APPOSITION = re.compile(r",\s[^,;()]{1,60},\s*")


def _named_before(sentence: Sentence, at: int) -> bool:
    """Whether the word before `at` is a name's, capitalised and no article or possessive
    ("the Rabieh district", not "The district" nor "Kabul's district")."""
    word = _WORD.findall(sentence.text, max(0, at - 30), at)[-1:]
    return bool(word) and word[0][:1].isupper() and not word[0].endswith(("'s", "’s")) \
        and word[0].lower() not in sentence.lex.THE | sentence.lex.ARTICLES


def _possessive(sentence: Sentence, mention: Mention) -> bool:
    """Whether the name is written as a possessive ("Karabakh's")."""
    end = mention.end - sentence.start
    return sentence.folded.startswith(("'s ", "’s "), end)


def _agent_verb_after(after: str, lex) -> bool:
    """Whether an active verb of acting follows the name ("Baku liberated", "Azerbaijan
    has also imposed"): it is then who acted. (Not past a comma, which closes what the
    name was in: "an air strike on a house in X, western Y, killed six".)"""
    if after.lstrip().startswith(","):
        return False
    words = _WORD.findall(after[:40])[:3]
    while words and words[0] in lex.AUXILIARY_ADVERBS:
        words = words[1:]
    return bool(words) and words[0] in lex.AGENT_VERBS


def _alias_of(sentence: Sentence, mention: Mention) -> Mention | None:
    """The name this one stands in brackets after, for the same place: "X Republic (NKR)"."""
    for other in sentence.mentions:
        if other.end <= mention.start and other.place.place_id == mention.place.place_id:
            gap = sentence.folded[other.end - sentence.start:mention.start - sentence.start]
            if re.fullmatch(r"\s*(?:[\w']+\s+){0,2}\(\s*", gap):
                return other
    return None


def _list_end(sentence: Sentence, mention: Mention) -> Mention:
    """The last name of the list this one opens ("X, Y and Z"), or itself."""
    last = mention
    for other in sentence.mentions:
        if other.start <= last.start:
            continue
        gap = sentence.folded[last.end - sentence.start:other.start - sentence.start]
        if not sentence.lex.LISTED.fullmatch(gap) or not _same_scale(last, other):
            break
        last = other
    return last


def _same_scale(first: Mention, second: Mention) -> bool:
    """Whether two names may be items of one list: "Armenia, Russia and Azerbaijan", not
    "in Moscow, Azerbaijan and Armenia agreed"."""
    return place_scale(first.place) == place_scale(second.place)


def _possessor_of_its_kind(sentence: Sentence, mention: Mention) -> Mention | None:
    """The place whose town this one is named after its kind ("Azerbaijan's second city,
    Ganja"): Azerbaijan."""
    start = mention.start - sentence.start
    window = max(0, start - 60)
    kind = sentence.lex.KIND_BEFORE_NAME.search(sentence.folded, window, start)
    if kind is None:
        return None
    return next((m for m in sentence.mentions
                 if m.end - sentence.start == kind.start() and m is not mention), None)


def _listed_after(sentence: Sentence, mention: Mention) -> Mention | None:
    """The name this one is listed after ("X, Y and Z"), if any."""
    before = _name_before(sentence, mention)
    if before is None:
        return None
    earlier, gap = before
    listed = sentence.lex.LISTED.fullmatch(gap) and _same_scale(earlier, mention)
    return earlier if listed else None


def _name_before(sentence: Sentence, mention: Mention) -> tuple[Mention, str] | None:
    """The sentence's name right before this one, and the text between them (folded)."""
    earlier = [m for m in sentence.mentions if m.end <= mention.start]
    if not earlier:
        return None
    return earlier[-1], sentence.folded[earlier[-1].end - sentence.start:
                                        mention.start - sentence.start]


def _governed(before: str, hit: tuple[int, int] | None, event_type: str,
              adjectives: Sequence[tuple[int, int]], lex, left: bool = False) -> int:
    """Walk back over modifiers ("in the nearby town of X", "in the Armenian-held village of
    X", with demonyms at `adjectives`) to the word that governs X; `left`: the trigger tells
    a move away ("withdrew"), whose "from X" is where it was."""
    skipped = 0
    tokens = list(_WORD.finditer(before))
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        word = token.group()
        if _PUNCTUATION.search(before, token.end()):
            return BARE  # "after the peace deal, X": a name after a comma is not governed
        if word in lex.TO_WORDS and event_type == DISPLACEMENT and not lex.ROAD_TO.search(
                before):
            return ACTOR  # where people went ("fled to X", "crossed into X"), not whence
        if word in lex.LOCATIVES and event_type == DISPLACEMENT and \
                lex.ARRIVED_BEFORE.search(before, 0, token.start()):
            return ACTOR  # where they arrived ("arriving here in X"), not whence
        if hit is not None and hit[0] <= token.start() < hit[1]:
            return GOVERNED  # the trigger's object: "shelled the town of X"
        if word in lex.MODIFIERS or word.endswith("'s") or word.isdigit() or any(
                s <= token.start() < e for s, e in adjectives):
            skipped += 1
            if skipped > 6:
                return BARE
            continue
        if word in lex.TO_WORDS and lex.RETREAT_BEFORE.search(before, 0, token.start()):
            return ACTOR  # where a force fell back to ("withdrew toward X"), not where it fought
        if word in lex.LOCATIVES or word in lex.OBJECT_VERBS:
            return GOVERNED
        if word in lex.FROM_WORDS:  # fled from X; an address from X
            # (and the place a move left, "withdrew from X", right after its trigger)
            left = left and hit is not None and not before[hit[1]:token.start()].strip()
            return GOVERNED if event_type in {DISPLACEMENT, DIPLOMACY} or left else BARE
        if word in lex.INCLUDING_WORDS:  # "the coast, including X"
            return WEAK
        if word in lex.FOR_WORDS and lex.LEFT_FOR.search(before):
            return ACTOR  # "left the region for X": the event is where they left
        if word in lex.FOR_WORDS:  # "the battle for X", "fled for X"
            return WEAK if event_type == DISPLACEMENT or lex.BATTLE_FOR.search(before) else BARE
        if word in lex.TO_WORDS:
            if lex.ROAD_TO.search(before):
                # "blocked the road to X": on the way to X, a place of its own (in X's
                # direction) when the sentence names none where it was ("residents of a
                # village in Y blocked the highway to Georgia": Y)
                return WEAK
            # where people fled to is not where they fled from (ACLED codes the origin)
            return ACTOR if event_type == DISPLACEMENT else WEAK
        if at >= 1 and tokens[at - 1].group() in lex.LOCATIVES and at + 1 < len(tokens) and \
                tokens[at + 1].group() in lex.OF_WORDS:
            return GOVERNED  # "in PD1 of X": a place the gazetteer does not know, in X
        return BARE
    return BARE


def where_they_went(sentence: Sentence, hit: Hit, start: int) -> bool:
    """Whether a name after a trigger of flight is in where the people went: a "to" (or
    "into", "towards") stands between them, in one clause, with no "from" after it ("fled to
    camps in X", "towards the border at X"; not "fled to safety from X", nor "along the road
    to X", nor where a crossing was: "crossed into Armenia at the village of X")."""
    lex = sentence.lex
    between = sentence.folded[hit.end:start]
    if hit.end > start or lex.CLAUSE_BREAK.search(between) or lex.ROAD_TO.search(between):
        return False
    if set(_WORD.findall(sentence.folded[hit.start:start])) & lex.CROSSED_WORDS:
        return False
    words = _WORD.findall(between)
    went = [n for n, word in enumerate(words) if word in lex.TO_WORDS]
    return bool(went) and not any(word in lex.FROM_WORDS for word in words[went[-1]:])


def unknown_place_governed(sentence: Sentence, mention: Mention, hit: Hit | None = None
                           ) -> bool:
    """Whether a name the gazetteer lacks stands where a place does: governed by a locative,
    a verb's object or a place's part ("in Sahlabad", "the village of X", "residents of X"),
    the trigger's object if a `hit` is given ("took control of the town of X"), or named
    with a settlement's word ("Sahlabad village"); not where people fled to, for a hit of
    flight ("fled towards X")."""
    lex = sentence.lex
    start, end = mention.start - sentence.start, mention.end - sentence.start
    if lex.SETTLEMENT_AFTER.match(sentence.folded, end):
        return True
    if hit is not None and hit.event_type == DISPLACEMENT and where_they_went(sentence, hit,
                                                                                start):
        return False
    window = max(0, start - _CONTEXT)
    before = sentence.folded[window:start]
    if lex.OF_PEOPLE.search(before[-_JUST_BEFORE:]):
        return True  # "residents of X", "the capture of X"
    shifted = None if hit is None else (hit.start - window, hit.end - window)
    return _governed(before, shifted, hit.event_type if hit else "", (), lex) == GOVERNED


def near_word_before(sentence: Sentence, mention: Mention) -> bool:
    """Whether the name is governed by a word of nearness ("near X", "the outskirts of X"):
    the event happened around the place, not in it (ACLED's precision 2)."""
    lex = sentence.lex
    start = mention.start - sentence.start
    words = _WORD.findall(sentence.folded[max(0, start - 40):start])[-4:]
    near = [n for n, word in enumerate(words) if word in lex.NEAR_WORDS]
    # (a locative after it governs the name: "outside the parliament in X" is in X)
    return bool(near) and not any(word in lex.LOCATIVES and word not in lex.NEAR_WORDS
                                  for word in words[near[-1] + 1:])


def opens_the_sentence(sentence: Sentence, start: int) -> bool:
    """Whether the name at `start` (an article offset) stands in a locative phrase that
    opens the sentence, the setting of all it tells: "In X, police arrested ..."."""
    return sentence.lex.FRONTED.fullmatch(sentence.folded, 0, start - sentence.start) is not None


def choose_place(sentence: Sentence, hit: Hit, uses: dict[int, int]
                 ) -> tuple[Mention | None, int, bool]:
    """The mention where the hit's event happened: (mention, use, in the trigger's clause).

    The best governed, then the trigger's own clause, then what follows the trigger (the
    target of an attack, the object of a verb), then the nearest; of a name and the broader
    place that qualifies it ("Martuni, Nagorno-Karabakh") the narrower.
    """
    clause = sentence.clause(hit.start, hit.end)
    there = _place_there_stands_for(sentence, hit, uses)
    if there is not None:
        return there, GOVERNED, True
    ranked = []
    grievance = _in_the_grievance(sentence, hit)
    for mention in sentence.mentions:
        rel, rel_end = mention.start - sentence.start, mention.end - sentence.start
        if rel <= hit.start < rel_end or mention in grievance:
            continue  # the trigger's own first words: "Red Cross convoy"
        use = place_use(sentence, mention, hit, hit.event_type)
        if use == ACTOR or uses.get(mention.start, BARE) == ACTOR and use < GOVERNED:
            continue
        fronted = opens_the_sentence(sentence, mention.start)
        # Talks are where the sentence says they were held, after a clause about them ("the
        # talks, which began on Friday, ended in Moscow") or just before ("in Moscow during
        # the meeting of the ministers").
        held = hit.sub_event_type == "Meeting" and (rel >= hit.end or (
            0 <= hit.start - rel_end <= 30 and not _PUNCTUATION.search(
                sentence.folded, rel_end, hit.start)))
        fronted = fronted or held
        if (agreed_in_words(hit) or hit.event_type == DIPLOMACY) and not (
                # (or fronted before it: "On 15 April, in X (Y), the sides signed a deal")
                (clause[0] <= rel < clause[1] or held or fronted) and (rel >= hit.start or fronted)
                and _where_agreed(sentence, mention)
                or sentence.lex.AGREED_AT.search(sentence.folded, max(0, rel - 40), rel)
                and _where_agreed(sentence, mention)):
            continue  # "a ceasefire in X", "entered X under the deal": not where it was agreed
        in_clause = clause[0] <= rel < clause[1]
        if not in_clause and rel_end <= clause[0] and _in_an_aside_before(sentence, rel,
                                                                          clause[0]):
            continue  # "X, a billionaire who made his fortune in Moscow, was detained"
        if rel >= hit.end and sentence.lex.QUOTE_ENDS_BETWEEN.search(sentence.folded, hit.end,
                                                                      rel):
            continue  # '"They were shooting at everyone," said F., who reached X': the
            #           speaker's words about herself, not where the quoted act was
        if not in_clause and rel < clause[0] and sentence.lex.CONCESSIVE_OPENING.match(
                sentence.folded, sentence.clause(rel)[0]):
            continue  # "despite agreeing to a truce in Moscow, the army attacked": not there
        if not in_clause and rel < clause[0] and sentence.lex.OTHER_ACCOUNT_OPENING.match(
                sentence.folded, max(0, clause[0] - 6), hit.start):
            continue  # "X said ... in Z, while Y accused X of an assault": not Z's
        # (a name inside the trigger's own words, "fired on X and Y using mortars", is its
        # object: no distance, and the first of a list first)
        inside = hit.start <= rel < hit.end
        distance = 0 if inside else rel - hit.end if rel >= hit.end else hit.start - rel_end
        where = 0 <= hit.start - rel_end <= 60 and clause[0] >= rel_end and \
            sentence.lex.WHERE_OPENING.match(sentence.text, rel_end) is not None
        if where:  # "Sotk, where the clash took place": the place the trigger's clause is of
            use, in_clause, distance = GOVERNED, True, 0
        if (not in_clause and distance > FAR and not fronted) or (use == BARE
                                                                 and distance > _NEAR):
            continue  # a place of another predicate far along the sentence
        # On a tie, what follows the trigger is its object ("strikes hit X and strikes hit Y"),
        # but a place that came under fire is named right before it ("X came under fire").
        # (its apposition between: "Stepanakert, the enclave's main town, came under fire")
        subject = hit.rule == "under_fire" and hit.start >= rel_end and (
            hit.start - rel_end <= 2 or _APPOSITION.fullmatch(sentence.folded, rel_end,
                                                             hit.start) is not None)
        # A name that modifies a noun of the act is its place: "the Djibo attack" (but a
        # country's is whose it was: "a US drone strike near X").
        modifier = hit.start - rel_end == 1 and sentence.lex.DETERMINER_BEFORE.search(
            sentence.folded, max(0, rel - 12), rel) is not None and \
            place_scale(mention.place) != "country"
        if subject or modifier:  # (the place hit, as much as "fire on X" names it)
            use, in_clause, distance = max(use, GOVERNED), True, 0
        penalty = 0 if rel >= hit.end or where or inside or subject or modifier else 40
        ranked.append(((-use, not in_clause, distance + penalty), mention, use, in_clause))
    if not ranked:
        return None, 0, False
    ranked.sort(key=lambda r: r[0])
    _, mention, use, in_clause = ranked[0]
    for _, other, other_use, other_in_clause in ranked[1:]:
        gap = sentence.folded[other.end - sentence.start:mention.start - sentence.start]
        if other_use >= WEAK and other.end <= mention.start and sentence.lex.LANDMARK_GAP.match(
                gap):
            mention, use, in_clause = other, other_use, other_in_clause  # "X near Y": X
            break
    for _, other, other_use, other_in_clause in ranked[1:]:
        if other_use >= min(use, WEAK) and qualifies(sentence, other, mention):
            # (one phrase: "on towns inside X, including Y" is in the clause X is in)
            mention, in_clause = other, other_in_clause or in_clause
    named = _name_before_its_bracket(sentence, mention)
    if named is not None:  # "in Yangon (Yangon) and Mandalay": the name, not its setting
        mention = named
    city = _city_of_neighbourhood(sentence, mention)
    if city is not None:  # "in Manaus, ... a shoot-out in Compensa neighborhood": Manaus
        return city, use, in_clause
    if use == GOVERNED and place_scale(mention.place) in {"region", "country"}:
        # "people in Ahwar joined a rally ... in South Yemen": of two places where, the
        # town the larger one holds is the event's (ACLED codes the most precise).
        held = [(o, o_in_clause) for _, o, o_use, o_in_clause in ranked[1:]
                if o_use == GOVERNED and place_scale(o.place) == "city"
                and bool(mention.place.country) and lies_within(o.place, mention.place)]
        if held:
            mention, in_clause = held[0]
    return mention, use, in_clause


def _in_an_aside_before(sentence: Sentence, rel: int, trigger_clause_start: int) -> bool:
    """Whether a name before the trigger's clause stands in a relative clause of its own
    ("who made his fortune in X"), an aside about someone, closed before the trigger."""
    own_start, own_end = sentence.clause(rel)
    return own_end <= trigger_clause_start and sentence.lex.RELATIVE_PRONOUN.search(
        sentence.folded, max(0, own_start - 7), own_start) is not None


def _in_the_grievance(sentence: Sentence, hit: Hit) -> list[Mention]:
    """The places in what a crowd protested, told after its trigger ("protesting against
    the war in X gathered ... in Y"): of the grievance, not where the crowd was, when the
    sentence names another place."""
    if hit.event_type not in {PROTESTS, RIOTS}:
        return []
    lex, folded = sentence.lex, sentence.folded
    told = [m for m in sentence.mentions if (rel := m.start - sentence.start) >= hit.end
            and lex.GRIEVANCE_PLACE_BETWEEN.match(folded[hit.end:rel])]
    return told if len(told) < len(sentence.mentions) else []


def _place_there_stands_for(sentence: Sentence, hit: Hit, uses: dict[int, int]) -> Mention | None:
    """"An artillery attack there killed a civilian": "there" right after the trigger is the
    last place the sentence named before it (not an actor's: "Baku said")."""
    if not sentence.lex.THERE_AFTER.match(sentence.folded, hit.end):
        return None
    before = [m for m in sentence.mentions if m.end - sentence.start <= hit.start
              and place_use(sentence, m, hit, hit.event_type) != ACTOR
              and uses.get(m.start, BARE) != ACTOR]
    return before[-1] if before else None


def _name_before_its_bracket(sentence: Sentence, mention: Mention) -> Mention | None:
    """The name whose bracket of its setting this one is ("Yangon (Yangon)", "X province
    (Y)", "X (Y, Z)"): ACLED's way of writing where a place lies."""
    before = _name_before(sentence, mention)
    if before is None or not sentence.folded.startswith(")", mention.end - sentence.start):
        return None
    named, gap = before
    while gap.strip() == ",":  # "Tame (Tame, Arauca)": each level of the bracket is X's setting
        before = _name_before(sentence, named)
        if before is None:
            return None
        named, gap = before
    # (a name the setting holds, of its country: not "Argelia (Cauca)" read as Algeria)
    return named if gap.rstrip().endswith("(") and len(gap.split()) <= 2 and \
        place_scale(named.place) != "country" and named.place.country == mention.place.country \
        else None


def _city_of_neighbourhood(sentence: Sentence, mention: Mention) -> Mention | None:
    """The city named before a name written as a city's part ("in the west of Lagos, ... a
    shooting in Tolu neighbourhood"): the part's name alone is often a
    town's elsewhere, and ACLED codes a neighbourhood to its city."""
    end = _list_end(sentence, mention).end - sentence.start
    if not sentence.lex.NEIGHBOURHOOD_AFTER.match(sentence.folded[end:end + 40]):
        return None
    return next((other for other in sentence.mentions
                 if other.end <= mention.start and place_scale(other.place) == "city"
                 and other.place.place_id != mention.place.place_id), None)


def _where_agreed(sentence: Sentence, mention: Mention) -> bool:
    """Whether the name says where an agreement was made: "signed in X", "agreed at X",
    "talks in X"; "a ceasefire in X" is the area it covers, unless X is a town (the
    towns where ceasefires are agreed are not where they hold), and "to stop the fighting
    in X" always is."""
    lex = sentence.lex
    rel = mention.start - sentence.start
    before = sentence.folded[max(0, rel - 40):rel]
    if lex.FIGHTING_AREA.search(before) or (
            lex.AGREEMENT_AREA.search(before) and mention.place.kind not in CITY_KINDS):
        return False
    return lex.MADE_AT.search(before) is not None


def listed_with(sentence: Sentence, mention: Mention) -> list[Mention]:
    """The names listed with this one under one locative ("on X, Y and Z"), or as one
    subject ("X, Y and Z came under fire", where the name nearest the verb was chosen), in
    the list's order: each is a place of its own event."""
    while (earlier := _listed_after(sentence, mention)) is not None:
        mention = earlier
    listed = [mention]
    start = mention.start - sentence.start
    if sentence.lex.BETWEEN_LIST.search(sentence.folded, max(0, start - 60), start):
        return listed  # "the border between X and Y" is one place
    end = listed[-1].end  # (past a bracket of its setting: "hit Kyiv (Kyiv), Lviv and X")
    for other in sentence.mentions:
        if other.start <= listed[-1].start or other.start < end:
            continue
        gap = sentence.folded[end - sentence.start:other.start - sentence.start]
        if gap.strip() == "(" and sentence.folded.startswith(")", other.end - sentence.start):
            end = other.end + 1  # the bracket's name is the setting, no member of the list
            continue
        if not sentence.lex.LISTED.fullmatch(gap):
            break
        listed.append(other)
        end = other.end
    # Names of one kind: of one scale, unless a word for a place after the list names all
    # their kind ("the Terter, Aghdam and Aghjabadi districts", some of them towns too).
    if not sentence.lex.DIVISIONS_AFTER.match(sentence.folded, listed[-1].end - sentence.start):
        scale = SPECIFICITY.get(mention.place.kind, 3)
        cut = next((n for n, other in enumerate(listed)
                    if SPECIFICITY.get(other.place.kind, 3) != scale), len(listed))
        listed = listed[:cut]
    if len(listed) == 2 and _setting_after_a_comma(sentence, *listed):
        return listed[:1]  # "near Kilisar, Goris": a village and the town it is under
    return listed


def _setting_after_a_comma(sentence: Sentence, first: Mention, second: Mention) -> bool:
    """Whether two names joined by a comma alone, and by nothing after, are a place and the
    larger one it lies under ("near Sarigyugh, Ijevan"), not a list: a list of two takes
    "and" ("Tartar and Barda"), and one of more goes on after the second ("in Goris, Kapan,
    Sisian and Meghri")."""
    start = sentence.start
    if second.place.population <= first.place.population or \
            sentence.text[first.end - start:second.start - start].strip() != ",":
        return False
    return not _list_goes_on(sentence, second)


def _list_goes_on(sentence: Sentence, mention: Mention) -> bool:
    """Whether another name is listed after this one (", Y", " and Y")."""
    more = sentence.lex.LISTED.match(sentence.folded, mention.end - sentence.start)
    return more is not None and sentence.text[more.end():more.end() + 1].isupper()


def setting_of_an_unknown_before(sentence: Sentence, mention: Mention) -> bool:
    """Whether a name the gazetteer lacks is written as the wider place of another such name
    just before it ("near X village, Y Township, Z"): a level of X's hierarchy, not a place
    of its own event, unless a list goes on after it ("in X, Y and W")."""
    for other in sentence.unknown:
        if other.end <= mention.start and sentence.lex.WIDER_PLACE_GAP.fullmatch(
                sentence.folded, other.end - sentence.start, mention.start - sentence.start):
            return not _list_goes_on(sentence, mention)
    return False


def parallel_with(sentence: Sentence, mention: Mention, hit: Hit) -> list[Mention]:
    """The other names of the sentence written after the same two words as this one ("the
    building located in Tartar city, ... the building located in Shikharkh settlement became
    unusable"): parallel objects of one event, each a place of its own; not when either is
    given a time of its own ("the district of X on 25 November and the district of Y on 1
    December": two events, on two days)."""
    words = _two_words_before(sentence, mention)
    if not words or len(words[0]) < 4 or _timed(sentence, mention):
        return []
    return [other for other in sentence.mentions
            if other is not mention and other.place.place_id != mention.place.place_id
            and _two_words_before(sentence, other) == words and not _timed(sentence, other)
            and place_use(sentence, other, hit, hit.event_type) >= WEAK]


def _timed(sentence: Sentence, mention: Mention) -> bool:
    """Whether a date is written just after the name ("X on 25 November")."""
    end = mention.end - sentence.start
    return any(0 <= e.start - end <= 12 for e in sentence.dates)


def _two_words_before(sentence: Sentence, mention: Mention) -> tuple[str, ...]:
    rel = mention.start - sentence.start
    words = _WORD.findall(sentence.folded[max(0, rel - 40):rel])[-2:]
    return tuple(words) if len(words) == 2 else ()


def qualifies(sentence: Sentence, narrower: Mention, broader: Mention) -> bool:
    """Whether `broader` is written as the wider setting of `narrower`, next to it:
    "Martuni, Nagorno-Karabakh", "Berkaber village (Idjevan, Tavush)"."""
    first, second = sorted((narrower, broader), key=lambda m: m.start)
    gap = sentence.folded[first.end - sentence.start:second.start - sentence.start]
    narrow_kind = SPECIFICITY.get(narrower.place.kind, 3)
    broad_kind = SPECIFICITY.get(broader.place.kind, 3)
    if narrow_kind == broad_kind and first is narrower and _within_words(gap, sentence.lex):
        # Two regions, the second written as the setting of the first ("Nagorno-Karabakh
        # in the South Caucasus"): the one that is far larger holds the other.
        return broader.place.population > 3 * max(narrower.place.population, 1)
    if narrow_kind >= broad_kind:
        return False
    longest = 60 if sentence.lex.INCLUDING.search(gap) else 45
    return len(gap) <= longest and not sentence.lex.NOT_A_QUALIFIER.search(gap)


def _described(sentence: Sentence, mention: Mention) -> Mention | None:
    """The name just before this one that it is the setting of, set apart by a comma or a
    bracket: "Kilisar, the capital of X province", "Kilisar (X)"."""
    before = _name_before(sentence, mention)
    if before is None:
        return None
    earlier, gap = before
    if not gap.lstrip().startswith((",", "(")) or not qualifies(sentence, earlier, mention):
        return None
    return earlier


def _within_words(gap: str, lex) -> bool:
    """Whether the words between two names set the first in the second ("in", "im", "dans
    le"), not list them (a comma, "and")."""
    return not re.search(r"[,;()]", gap) and lex.WIDER_PLACE_GAP.fullmatch(gap) is not None \
        and not lex.NOT_A_QUALIFIER.search(gap)


def place_scale(place: Place | None) -> str:
    """point, city, region or country, from the place's kind; "" without a place."""
    if place is None:
        return ""
    if place.kind in _POINT_KINDS and place.source == "curated":
        return "point"
    if place.kind in CITY_KINDS or place.kind in _POINT_KINDS:
        return "city"
    return "country" if place.kind == "country" else "region"


def geo_precision(place: Place | None, near: bool = False) -> int | None:
    """ACLED's geo-precision: 1 the town itself, 2 near it or a part of a region (a
    district), 3 only a province, a large region or the country; None without a place."""
    if place is None:
        return None
    scale = place_scale(place)
    if scale in {"point", "city"}:
        return 2 if near else 1
    if place.kind == "admin2":
        return 2
    return 3


def focus_places(sentences: list[Sentence], uses: dict[int, int]) -> list[Mention]:
    """The article's focus, best first: among its most named places (not actors), the most
    specific; then the others named more than once. Where the headline says something
    happened counts twice: it is what the story is about."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    placed: set[str] = set()  # named at least once where something happened
    for sentence in sentences:
        if sentence.lex.LINK_TO_ANOTHER_STORY.match(sentence.folded):
            continue  # ("Read more: Crowds in Yerevan demand ...": another story's place)
        for mention in sentence.mentions:
            use = uses.get(mention.start, BARE)
            if use == ACTOR or _written_as_setting(sentence, mention):
                continue
            counts[mention.place.place_id] += 2 if sentence.heading and use >= WEAK else 1
            first.setdefault(mention.place.place_id, mention)
            if use >= WEAK:
                placed.add(mention.place.place_id)
    counts = Counter({pid: n for pid, n in counts.items() if pid in placed or n >= 2})
    if not counts:
        return []
    most = max(counts.values())
    ranked = sorted(counts, key=lambda pid: (counts[pid] * 2 < most,
                                             SPECIFICITY.get(first[pid].place.kind, 3),
                                             -counts[pid], first[pid].start))
    # A place named once among others is no focus: the article may be about none of them.
    return [first[pid] for pid in ranked if counts[pid] >= 2 or len(counts) == 1]


def _written_as_setting(sentence: Sentence, mention: Mention) -> bool:
    """Whether the name is written as the wider setting of the place just before it ("in Abu
    Tawilah (Rafah, North Sinai)": North Sinai is Rafah's): no place of the article's own."""
    for other in sentence.mentions:
        if other.end > mention.start or SPECIFICITY.get(other.place.kind, 3) >= SPECIFICITY.get(
                mention.place.kind, 3):
            continue
        gap = sentence.folded[other.end - sentence.start:mention.start - sentence.start]
        if sentence.lex.WIDER_PLACE_GAP.fullmatch(gap):
            return True
    return False


def named_head_place(sentence: Sentence, usable: list[Mention],
                     paragraph: tuple[int, int]) -> tuple[Mention, str] | None:
    """The place "the corridor" or "the river" stands for: the last one named before whose
    name ends with that word ("the Lachin corridor")."""
    for found in sentence.lex.NAMED_HEAD.finditer(sentence.folded):
        head = found["head"]
        earlier = [m for m in usable if m.end <= sentence.start + found.start()
                   and m.place.name.lower().split()[-1:] == [head]]
        if earlier:
            same = paragraph[0] <= earlier[-1].start < paragraph[1]
            return earlier[-1], "paragraph" if same else "article"
    return None


def dateline_town_described(sentence: Sentence, mention: Mention | None,
                            datelines: Sequence[Mention]) -> Mention | None:
    """The town of a story filed from it, where the sentence names it by its country:
    "a block in Azerbaijan's second-largest city" under "GANJA, Azerbaijan -" is Ganja (but
    not under "BAKU, Azerbaijan -": a country's second city is not its capital)."""
    named = None if mention is None or mention.place.kind != "country" else \
        sentence.lex.TOWN_OF_AFTER.match(sentence.folded, mention.end - sentence.start)
    if named is None:
        return None
    not_first = sentence.lex.NOT_FIRST_CITY.search(named.group())
    return next((d for d in datelines if d.place is not None and d.place.kind in CITY_KINDS
                 and d.place.country == mention.place.country
                 and not (not_first and is_capital(d.place))), None)


def referred_place(sentence: Sentence, hit: Hit, usable: list[Mention],
                   paragraph: tuple[int, int],
                   datelines: Sequence[Mention] = (),
                   divisions: frozenset[int] = frozenset(),
                   uses: Mapping[int, int] | None = None) -> tuple[Mention, str] | None:
    """The place that "the region" or "its border" in the trigger's clause stands for: the
    last one of that kind named before it (for "its", in the same sentence; in it, one
    named as a place before one named as an actor, `uses` saying which: "after U.S. troops
    pulled back from X in Syria, Turkish troops crossed into the country" is Syria); "the
    town" in a story filed from a town with no other named is that town, and "this town"
    always is. `divisions`: the starts of the town names written as their district's ("the
    district of Aghdam"), which "the district" may stand for."""
    lex = sentence.lex
    named = named_head_place(sentence, usable, paragraph)
    if named is not None:
        return named
    clause = sentence.clause(hit.start, hit.end)
    towns = [d for d in datelines if d.place is not None and d.place.kind in CITY_KINDS]
    if towns and (lex.THIS_TOWN.search(sentence.folded, *clause) or lex.THE_TOWN.search(
            sentence.folded, *clause) and not any(m.place.kind in CITY_KINDS for m in usable
                                                  if m.start < sentence.start + clause[1])):
        return towns[0], "article"
    for found in lex.REFERENCE.finditer(sentence.folded, *clause):
        at = sentence.start + found.start()
        if lex.NAMING_OF.match(sentence.folded, found.end()) and any(
                0 <= m.start - sentence.start - found.end() <= 5
                for m in [*sentence.mentions, *sentence.unknown]):
            continue  # "the town of Jermuk" names the place, it does not refer back (nor
            #           does "the village of X" when the gazetteer lacks X)
        if found.groupdict().get("own"):
            own = [m for m in usable if sentence.start <= m.start < at
                   and m.place.kind == "country"]
            if own:
                return own[-1], "sentence"
            continue
        kinds = lex.REFERENCE_KINDS[found["noun"]]
        if "city" in kinds:
            kinds = kinds | CITY_KINDS
        called = next((m for m in usable if m.start > at and lex.CALLED_AFTER.fullmatch(
            sentence.folded, found.end(), m.start - sentence.start)), None)
        if called is not None and called.place.kind in kinds:
            return called, "sentence"  # "the town, which Armenians call Shushi": Shushi
        # A town's name written as its district's ("the district of Aghdam") is the district.
        as_division = divisions if {"admin2", "region"} & kinds else frozenset()
        earlier = [m for m in usable if m.end <= at and (
            m.place.kind in kinds or m.start in as_division)]
        divisions_named = [m for m in earlier if m.start in as_division
                           or m.place.kind in {"admin1", "admin2"}]
        if divisions_named and found["noun"] in {"district", "province"}:
            earlier = divisions_named  # "the district": a division, not a wider region
        # (not a name that tells who acted or spoke: "a statement issued from X said ...
        # the city's districts" is of the city the story is about)
        earlier = [m for m in earlier if uses is None or uses.get(m.start) != ACTOR]
        here = [m for m in earlier if m.start >= sentence.start]
        if here:  # "moved into the district of X ... rolled out of the territory": X
            return here[-1], "paragraph"
        # The one the paragraph keeps coming back to, else the article; else the latest.
        in_paragraph = [m for m in earlier if paragraph[0] <= m.start < paragraph[1]]
        for candidates, within in ((in_paragraph, paragraph), (earlier, None)):
            if not candidates:
                continue
            ids = {m.place.place_id for m in candidates}
            counts = Counter(m.place.place_id for m in usable
                             if m.end <= at and m.place.place_id in ids and (
                                 within is None or within[0] <= m.start < within[1]))
            mention = max(reversed(candidates), key=lambda m: counts[m.place.place_id])
            same = paragraph[0] <= mention.start < paragraph[1]
            return mention, "paragraph" if same else "article"
    return None
