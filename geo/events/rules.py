"""Which triggers a sentence asserts, and the type each takes from the words around it.

A trigger is kept only when its sentence asserts it: not denied, negated, hypothetical,
planned, feared, habitual, rehearsed or merely referred back to. Then its rule (a column of
the trigger table) reads the context as ACLED's codebook does:
- fire on positions with heavy weapons is shelling, with small arms an armed clash;
- an armed actor's attack on civilians is violence against civilians, a mob's is mob
  violence, an attack on soldiers or positions is an armed clash;
- a town taken by a state's forces is "Government regains territory"; taken by rebels,
  separatists, militias, or forces named after another country than the town's, it is
  "Non-state actor overtakes territory"; taken over as agreed, a non-violent transfer;
- a bomb that goes off as it is planted is disrupted weapons use; an explosion with no
  attacker but an accidental cause is Strategic developments/Other;
- a protest turns into a riot when it is violent, and is "with intervention" when it is
  dispersed; a road closed by protesters is their protest;
- a statement, a call or a meeting is diplomacy only when officials make it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from geo.events.lexicon import Trigger, triggers_to_try
from geo.events.sentences import Sentence
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
from geo.text import fold, in_capitals

_TOKEN = re.compile(r"[\w']+")
_CONTEXT = 200  # characters read back from a trigger to tell whether it is asserted


@dataclass(frozen=True)
class Hit:
    """A trigger found in a sentence, with the type its context gives it."""

    start: int  # offsets in the sentence
    end: int
    trigger: Trigger
    event_type: str
    sub_event_type: str

    @property
    def rule(self) -> str:
        return self.trigger.rule


TriggerMatch = tuple[int, int, int, Trigger]  # start, end, row of the table, trigger


def trigger_matches(lex, folded: str) -> list[TriggerMatch]:
    """Every match of a trigger row in a folded sentence, asserted or not, longest first
    (the first thing read of a sentence: most sentences have none, and most articles of
    those that report nothing have none in any sentence)."""
    matches = []
    for order in triggers_to_try(lex, folded):
        pattern, trigger = lex.TRIGGER_PATTERNS[order]
        # (each start: a row's match may hold another of the same row, which stands when
        # the context drops the first: "the russian brokered deal, signed by")
        found = pattern.search(folded)
        while found is not None:
            matches.append((found.start(), found.end(), order, trigger))
            found = pattern.search(folded, found.start() + 1)
    # Longest first; a trigger its context drops leaves its words to a shorter one
    # ("people had left the region" is flight when no troops withdrew).
    matches.sort(key=lambda m: (-(m[1] - m[0]), m[2]))
    return matches


def find_hits(sentence: Sentence, matches: list[TriggerMatch] | None = None) -> list[Hit]:
    """Asserted triggers, longest first where they overlap, typed by their rules.
    `matches`: the sentence's `trigger_matches`, when already found."""
    lex = sentence.lex
    if matches is None:
        matches = trigger_matches(lex, sentence.folded)
    hits: list[Hit] = []
    for start, end, _, trigger in matches:
        if any(start < h.end and h.start < end for h in hits):
            continue
        if trigger.rule == "took" and not _place_right_after(sentence, end):
            continue  # (told first: a common verb, rarely of a place taken)
        if not asserted(sentence, start, end, trigger.rule):
            continue
        hit = Hit(start, end, trigger, trigger.event_type, trigger.sub_event_type)
        if trigger.sub_event_type == "Agreement" and lex.UNDER_AGREEMENT.search(
                sentence.folded, max(0, start - 40), start):
            continue  # "entered the district under the peace deal": the deal frames it
        if trigger.rule in RULES:
            typed = RULES[trigger.rule](sentence, hit)
            if typed is None:
                continue
            hit = Hit(start, end, trigger, *typed)
        if hit.event_type in _NON_VIOLENT and lex.AGREED_ON_BEFORE.search(
                sentence.folded, max(0, start - 80), start):
            continue  # "signed an agreement in X on the disarmament of Y": what was agreed
        hits.append(hit)
    hits.sort(key=lambda h: h.start)
    return _give_way(sentence, _past_a_label(sentence, hits))


def _past_a_label(sentence: Sentence, hits: list[Hit]) -> list[Hit]:
    """A coder's label before a note ("Looting: On 2 May, militants looted cattle") gives
    way to the act of its type the note tells, whose words say who did it."""
    first = hits[0] if hits else None
    if first is None or sentence.folded[:first.start].strip() or \
            not sentence.folded[first.end:first.end + 2].lstrip().startswith(":"):
        return hits
    rest = hits[1:]
    return rest if any(h.event_type == first.event_type for h in rest) else hits


# Events no one is hurt in, which an agreement may be about.
_NON_VIOLENT = frozenset({STRATEGIC, DISPLACEMENT, HUMANITARIAN})


# Triggers that give way when the sentence has a more telling one: an explosion in a
# sentence about shelling is the shelling; burned houses in one about an attack are its
# damage; an attack or fire in a sentence about shelling is the shelling; an attack told with
# a mob's beating is the mob's.
_GIVE_WAY = {"explosion": {BATTLES, EXPLOSIONS, VIOLENCE},
             "device": {STRATEGIC},
             "property": {BATTLES, EXPLOSIONS, VIOLENCE},
             "attack": {EXPLOSIONS, RIOTS}, "raid": {EXPLOSIONS}, "fired": {EXPLOSIONS},
             "under_fire": {EXPLOSIONS}, "entered": {VIOLENCE, EXPLOSIONS},
             "arrest": {PROTESTS, RIOTS}, "war": {EXPLOSIONS},
             # a decree is the act its sentence tells it makes ("a decree dissolving ...")
             "decree": {STRATEGIC, DISPLACEMENT},
             "struck": {EXPLOSIONS, BATTLES, VIOLENCE},
             # a retreat told with the fighting it ended is part of that fighting
             "withdrawal": {BATTLES, EXPLOSIONS},
             # peacekeepers who escort a convoy are the access they give
             "peacekeepers": {HUMANITARIAN}}
# Triggers that give way to an event of these types whichever trigger named it: damage told
# with an explosion or an attack is that event's ("the next blast destroyed a house"); a
# mob's looting and wrecking is its riot's (ACLED codes looting during a riot as the riot).
_GIVE_WAY_TO_ANY = {"property": {BATTLES, EXPLOSIONS, RIOTS}}


# Triggers that name a specific act; the vaguer ones above give way to them.
_SPECIFIC = frozenset({"", "bombing", "strike_on", "struck", "violence", "fired", "grenade",
                       "device", "territory", "entered", "disrupted", "premature", "rape", "other",
                       "signed", "carried_out", "blockade", "downed", "escort", "convoy",
                       "destroyed_arms"})


_TARGET_REACH = 20  # characters from an attack's words to the crowd it was aimed at


def _give_way(sentence: Sentence, hits: list[Hit]) -> list[Hit]:
    premature = {h.event_type for h in hits if h.sub_event_type == DISRUPTED}
    blocked = [h.start for h in hits if h.sub_event_type == "Blockade"]
    protest = any(h.rule == "protest" and h.event_type == PROTESTS for h in hits)
    met_with_force = any(h.rule == "protest" and h.sub_event_type ==
                         "Excessive force against protesters" for h in hits)
    riot = any(h.rule in {"", "protest"} and h.event_type == RIOTS for h in hits)  # "rioters"
    hurt = any(h.rule == "casualty" for h in hits)  # (someone was killed or wounded)
    fought = False
    also = [h for h in hits if _hit_also(sentence, h)]  # ("Y was also hit")
    kept = []
    for h in hits:
        others = [o for o in hits if o is not h]
        # (a trigger gives way to one of its own part of the sentence: "X came under
        # shelling; Y said troops struck Z" tells two events)
        # ("X came under shelling and Y was also hit": a second place hit, neither the
        # other's telling)
        # (nor one that names a place of its own apart from the other's: "troops fought
        # for the heights around X, and shells fell on Y" tells two events)
        types = set() if h in also else {
            o.event_type for o in others if o.rule in _SPECIFIC
            and not clauses_apart(sentence, h, o) and o not in also
            and not _places_apart(sentence, h, o) and not _another_act_between(sentence, h, o)}
        rule = _rule_of_damage(h)
        gives_way_to = _GIVE_WAY.get(rule, set())
        if rule == "attack" and sentence.lex.GUNFIGHT.fullmatch(sentence.folded, h.start, h.end):
            # fire exchanged is a fight, whatever its weapons (ACLED): "an exchange of small
            # arms and mortar fire" is an armed clash, its mortars no shelling of their own
            gives_way_to = gives_way_to - {EXPLOSIONS}
        if h.rule in {"device", "explosion"}:
            # "a bomb the militants were carrying went off too early": its going off early
            # is the event
            gives_way_to = gives_way_to - {STRATEGIC} | premature
        if types & gives_way_to or _GIVE_WAY_TO_ANY.get(rule, set()) & {
                o.event_type for o in others if _rule_of_damage(o) != rule
                and not _another_act_between(sentence, h, o)}:
            continue
        # The withdrawal that let others in is the handover ("entered X without resistance
        # after the rebels pulled out of the town": one transfer of territory).
        # (not one told a day or more before it: "a day after columns withdrew")
        if h.rule == "withdrawal" and any(
                o.sub_event_type == "Non-violent transfer of territory" and o.end <= h.start
                and sentence.lex.RIGHT_AFTER.search(sentence.folded, o.end, h.start)
                for o in others):
            continue
        # The charge a suicide bomber set off is the suicide bombing ("a suicide bomber set
        # off an explosive vest": one event).
        if h.rule == "device" and any(o.sub_event_type == "Suicide bomb"
                                      and not clauses_apart(sentence, h, o) for o in others):
            continue
        # A raid that met no armed men is what it did: "took cattle and burned two stalls
        # in a raid" is the looting, "seized rifles in a raid on a camp" the arms seized,
        # "arrested five men in a raid" the arrests (when it hurt no one, whoever they were:
        # "arrested 12 rebels in a raid on their hideout").
        if h.rule == "raid" and any(
                h.event_type == VIOLENCE and (_rule_of_damage(o) == "property" or not hurt
                                              and o.sub_event_type == DISRUPTED)
                or not hurt and o.sub_event_type == "Arrests" for o in others):
            continue
        # A raid that met armed men in its sentence is their fight: "raided the camp,
        # exchanging fire with gunmen" is one armed clash.
        if h.rule == "raid" and h.event_type == VIOLENCE and any(
                (o.event_type, o.sub_event_type) == (BATTLES, "Armed clash")
                and not clauses_apart(sentence, h, o) for o in others):
            continue
        # An attack on people that killed or wounded some is what it did, its damage
        # included: "attacked the village, killing four farmers and burning houses".
        if rule == "property" and any(o.event_type == VIOLENCE for o in others) and any(
                o.rule == "casualty" for o in others):
            continue
        if _graver_act_told(sentence, h, others) or _harm_of_a_remote_attack(sentence, h, others):
            continue
        # Arms seized in the course of a fight, an attack, a taking or arrests are that act's
        # ("overran a base and seized weapons", "arrested 14 men and recovered two rifles").
        # (not to a raid that hurt no one, which gives way to them: above)
        if h.rule == "disrupted" and any(
                (o.event_type in {BATTLES, VIOLENCE} and not (o.rule == "raid" and not hurt)
                 or o.sub_event_type == "Arrests")
                and not clauses_apart(sentence, h, o) for o in others):
            continue
        # The fight ground was taken in is the taking ("recaptured the village after heavy
        # fighting": one event, ACLED's change of territory).
        if (h.event_type, h.sub_event_type) == (BATTLES, "Armed clash") and any(
                o.rule in {"territory", "entered", "took"} and o.end <= h.start
                for o in others) and \
                sentence.lex.FIGHT_OF_A_TAKING_BEFORE.search(
                    sentence.folded, max(0, h.start - 30), h.start):
            continue
        # A protest's own scuffles and arrests are the protest's; the protesters' own fights
        # make it a riot ("On the way they beat a passer-by"), not a scuffle
        # between armed men beside them ("a scuffle between guards and the police").
        # ... and so is the force used on it, told apart ("shot dead 58 people during
        # protests": excessive force against the protesters, one event)
        if met_with_force and h.event_type == VIOLENCE:
            continue
        # ... and the crowd that force was used on is that event ("troops shot into crowds
        # gathered in X")
        if h.rule == "protest" and h.sub_event_type == "Peaceful protest" and any(
                o.rule != "protest" and o.sub_event_type == "Excessive force against protesters"
                and 0 <= h.start - o.end <= 15 for o in others):
            continue
        if protest and h.rule != "protest" and (
                h.event_type in {RIOTS, BATTLES} or h.sub_event_type == "Grenade"
                and by_protesters(sentence, h)):
            fought = fought or h.event_type in {RIOTS, BATTLES} and by_protesters(
                sentence, h) and not _between_armed_men(sentence, h.end)
            continue
        # ... but a grenade others threw at a rally is the attack, the rally where it was
        # ("a grenade exploded at a rally of the prime minister")
        if h.rule == "protest" and any(o.sub_event_type == "Grenade" and 0 <= h.start - o.end
                                       <= _TARGET_REACH for o in others):
            continue
        # So are a riot's clash with the forces it met ("rioters blocked a road and clashed
        # with soldiers", "supporters stormed the parliament, clashing with police"; not one
        # with another crowd), and the road it closed.
        if (h.event_type == BATTLES or h.rule == "clash") and (riot or any(
                o.event_type == RIOTS and o.rule != "clash" for o in others)) and \
                not _between_armed_men(sentence, h.end) and sentence.lex.ARMED_ACTORS.search(
                    sentence.folded, h.end, h.end + 40):
            continue
        # A road closed by protesters is their protest; a corridor or supplies cut is a
        # blockade, which the protest camp is part of.
        if h.sub_event_type == "Blockade" and (protest or riot) and sentence.lex.LOCAL_ROAD.search(
                sentence.folded, h.start, h.end):
            continue
        if h.rule == "protest" and any(
                b.sub_event_type == "Blockade" and not sentence.lex.LOCAL_ROAD.search(
                    sentence.folded, b.start, b.end) for b in hits):
            continue  # protesters blockading a region: the blockade
        # "Red Cross vehicles were turned back", "closed the corridor to all traffic,
        # including Red Cross vehicles": the convoy is the blockade's object.
        if h.sub_event_type == "Humanitarian access" and any(
                0 <= b - h.end <= 30 or 0 <= h.start - b <= 80 for b in blocked):
            continue
        kept.append(h)
    if fought:
        kept = [replace(h, event_type=RIOTS, sub_event_type="Violent demonstration")
                if h.rule == "protest" and h.event_type == PROTESTS else h for h in kept]
    return kept


def _hit_also(sentence: Sentence, hit: Hit) -> bool:
    """Whether a place is told hit besides another: "Y was also hit"."""
    return hit.rule == "struck" and sentence.lex.ANOTHER.search(
        sentence.folded, hit.start, hit.end) is not None


def _another_act_between(sentence: Sentence, one: Hit, other: Hit) -> bool:
    """Whether the later trigger is told as the time of the earlier ("after", "following"
    stands between them): an act of its own."""
    first, second = sorted((one, other), key=lambda hit: hit.start)
    return sentence.lex.ANOTHER_ACT_BETWEEN.search(sentence.folded, first.end,
                                                   second.start) is not None


def _places_apart(sentence: Sentence, one: Hit, other: Hit) -> bool:
    """Whether the sentence names places between two triggers and others after the second,
    none of them the same: each trigger has its own place."""
    first, second = sorted((one, other), key=lambda hit: hit.start)
    between, after = set(), set()
    for mention in sentence.mentions:
        at = mention.start - sentence.start
        if first.end <= at < second.start:
            between.add(mention.place.place_id)
        elif at >= second.end:
            after.add(mention.place.place_id)
    # (or the second is told at a place it does not name: "attacked the police station in X,
    # ... a motorcycle bomb explode in a nearby town")
    elsewhere = not after and sentence.lex.ANOTHER_PLACE_AFTER.match(
        sentence.folded, second.end) is not None
    return bool(between) and (bool(after) or elsewhere) and not between & after


def clauses_apart(sentence: Sentence, first: Hit, second: Hit) -> bool:
    """Whether two triggers stand in parts of the sentence that a semicolon or a clause of
    contrast sets apart."""
    start, end = sorted((first.start, second.start))
    return sentence.lex.CLAUSES_APART.search(sentence.folded, start, end) is not None


def _rule_of_damage(hit: Hit) -> str:
    """The hit's rule, "property" for any looting ("seized livestock" is read by the rule of
    taking ground): ACLED codes looting and destruction in the course of other violence as
    that violence."""
    return "property" if hit.sub_event_type == "Looting/property destruction" else hit.rule


def _graver_act_told(sentence: Sentence, hit: Hit, others: list[Hit]) -> bool:
    """Whether the sentence tells the hit's act by a graver one beside it: one act told with
    two verbs is one event, of its gravest act (ACLED). "Kidnapped and beheaded a teacher"
    is the killing; "attacked Kelbara and kidnapped two farmers" the abduction, when the
    attack met no armed men."""
    if hit.sub_event_type == "Abduction/forced disappearance":
        return any(o.rule in {"violence", "rape"} for o in others)
    return hit.rule in {"attack", "raid"} and hit.event_type in {BATTLES, VIOLENCE} and any(
        o.event_type == VIOLENCE and o.rule not in {"attack", "raid"} for o in others
    ) and not _meets_armed_men(sentence, hit)


def _harm_of_a_remote_attack(sentence: Sentence, hit: Hit, others: list[Hit]) -> bool:
    """Whether the hit is the harm a remote attack told before it in its clause did, which
    is that attack's: "a car bomb killed five civilians", "shelling killed three civilians"
    (not the harm of another time: "rockets hit X, a day after a strike killed four")."""
    if hit.event_type != VIOLENCE or not sentence.lex.HARM_DONE.match(sentence.folded, hit.start):
        return False
    clause = sentence.clause(hit.start, hit.end)
    return any(o.event_type == EXPLOSIONS and clause[0] <= o.start and o.end <= hit.start
               and not sentence.lex.ANCHORED.search(sentence.folded, o.end, hit.start)
               for o in others)


def by_protesters(sentence: Sentence, hit: Hit) -> bool:
    """Whether protesters, a crowd or "they" (next to a protest: the protesters) did it."""
    doers = participants(sentence, hit)[0]
    return kind_of(doers, sentence.lex, "doer") in {"protesters", "mob"} or bool(
        sentence.lex.THEY_DOER.search(doers))


# ---------------------------------------------------------------------------------------
# Is the event asserted?


def names_the_crowd(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the trigger's words are the people of a protest or a riot ("protesters")."""
    lex, folded = sentence.lex, sentence.folded
    return bool(lex.PROTESTERS.fullmatch(folded, start, end)
                or lex.RIOTERS.fullmatch(folded, start, end))


def _dated_after(sentence: Sentence, end: int) -> bool:
    """Whether the trigger's clause gives a date after it ("who had been arrested in June
    2018": an earlier event, told with its own date)."""
    _, clause_end = sentence.clause(end)
    return any(end <= expression.start < clause_end and expression.role == "event"
               for expression in sentence.dates)


def _within_days(sentence: Sentence) -> bool:
    """Whether the sentence dates what it tells to a day or a span of days: what happened
    "repeatedly" then is that span's event, not a habit."""
    return any(e.role in {"event", "start", "until"} and e.date.precision == "day"
               for e in sentence.dates)


def asserted(sentence: Sentence, start: int, end: int, rule: str = "") -> bool:
    """False for a trigger that is denied, negated, conditional, planned, feared, habitual,
    rehearsed or only referred back to; the scope is the trigger's clause (for a condition,
    the sentence so far)."""
    lex, text, folded = sentence.lex, sentence.text, sentence.folded
    clause, _ = sentence.clause(start)
    before, earlier = folded[clause:start], folded[:start]
    near = _words(text[clause:start])
    own = _words(text[start:end])
    heard = lex.SEEN_HEARD.search(folded, max(0, start - 20), end) is not None
    near_text = " ".join(_TOKEN.findall(text[clause:start])[-4:])
    own_text = " ".join(_TOKEN.findall(text[start:end])[1:])
    if reduced_relative(sentence, start, end):
        before, near, near_text = "", [], ""  # "return the land seized by X": seized it was
    if any(w in lex.NEGATORS or w.endswith("n't") for w in near[-4:]) or set(own[1:]) & lex.NOT:
        return False
    if lex.NEGATED_LIST.search(earlier[-80:]):
        return False  # "there were no deaths, injuries or arrests"
    if (any(w in lex.ENDERS for w in near[-3:]) or lex.ENDER_PHRASES.search(before[-40:])) \
            and not set(near[-1:]) & lex.AND and \
            rule != "war" and not names_the_crowd(sentence, start, end) and not (
                rule == "protest" and lex.FORCE_ENDED_BEFORE.search(before)):
        # "ended the blockade", "stopped shelling" (but "ended the 2020 war"; and police
        # who "stopped protesters from marching" or "cleared a road blockade" met a protest
        # that was held)
        return False
    if lex.ENDED_AFTER.match(folded, end):
        return False  # "the handover had been postponed"
    if lex.MUTUAL_BLAME_BEFORE.search(before):
        return False  # "with both sides accusing each other of shelling"
    if lex.CAME_AFTER.match(folded, end) and lex.DEFINITE.search(folded, max(0, start - 30),
                                                                   start):
        return False  # "The assault came two days after gunmen ambushed a convoy": told
    if lex.UNTOLD_COUNT_BEFORE.search(before):
        return False  # "has not disclosed its own military casualties"
    if own and own[0].endswith("ing") and lex.AIMED_AT_BEFORE.search(before):
        return False  # "an assault aimed at seizing land": the aim, not done
    if own and own[0].endswith("ing") and not before.strip(" \"“'‘") and \
            lex.JUDGED_AFTER.match(folded, end):
        return False  # '"Attacking a hospital is outrageous," said X': a judgement of acts
    if not heard and (_modal(near_text, lex) or _modal(own_text, lex)):
        return False  # "may shell", "rockets could hit"
    if lex.PROPOSED_BEFORE.search(earlier[-200:]):
        return False  # "proposed that both armies pull back": a proposal, not done
    if lex.NOT_YET_BEFORE.search(earlier[-80:]):
        return False  # "before the district is handed over": not yet
    if own and not own[-1].endswith("ed") and lex.TO_COME_AFTER.match(folded, end):
        return False  # "talks are due to be held on Thursday": a gathering still to come
    if _denied(before, lex) or lex.CONDITIONAL.search(earlier) or (
            lex.INTENTION.search(before) and not lex.OWN_SUBJECT_AND_VERB.fullmatch(folded,
                                                                               start, end)):
        return False
    recent = earlier[-_CONTEXT:]
    if lex.REFERRED.search(recent) or lex.BACKGROUND.search(recent):
        return False  # "since the bombardment began", "after two days of fighting"
    if lex.MANY_ACTS_BEFORE.search(earlier[-220:]):
        return False  # "a series of clashes ..., in which 23 were killed": their sum
    if lex.STOOD_FOR_BEFORE.search(recent) and not _dated_after(sentence, end):
        return False  # "posters against the military coup": what they stood against
    if lex.NAMED_SO_BEFORE.search(recent) and not _dated_after(sentence, end):
        return False  # "called the incursion an encroachment": the act told already
    if lex.PRIOR_OF_SOMEONE.search(recent) and not _dated_after(sentence, end):
        return False  # "the farmers, who had been evicted": their past, undated
    if own and not own[0].endswith("ed") and lex.TOPIC_OF_ACT_BEFORE.search(before[-50:]):
        return False  # "a request concerning landmines": what was spoken of
    if own and own[-1].endswith("s") and {e.role for e in sentence.dates} == {"since"} and \
            lex.TALLY_OF_ACTS.search(folded):
        return False  # "11 attacks on health care recorded since January": a tally
    if lex.COMMEMORATED_BEFORE.search(earlier[-160:]):
        return False  # "marks five months since the attack": an anniversary, not the news
    if lex.SINCE_EVENT.search(recent[-60:]) and (
            not _dated_after(sentence, end) or lex.TOLL_PERFECT_BEFORE.search(earlier)):
        return False  # "since fighting began": what a time is counted from (dated too when
        #               a toll counts from it: "2,500 have been killed since X began firing
        #               at Y on 8 October 2023")
    if lex.ONGOING_RELATIVE_BEFORE.search(earlier[-80:]) and any(
            e.role == "since" and e.start >= end for e in sentence.dates):
        return False  # "the road, which has been blocked by protesters since December"
    if rule == "war" and text[start:start + 1].isdigit() and lex.WAR_AS_TIME_BEFORE.search(
            recent[-20:]):
        return False  # "clarified after the 2020 war": a time, not the war told again
    if lex.CONCEDED_BEFORE.search(recent[-60:]) and not _dated_after(sentence, end):
        return False  # "despite a truce agreed in Jeddah": what it went on in spite of
    if lex.COMPARED_BEFORE.search(recent[-60:]):
        return False  # "the war is the worst fighting since the 1990s": a likeness
    if lex.PROTESTED_BEFORE.search(recent[-140:]) and not _dated_after(sentence, end):
        return False  # "protested the demolition of their shops": what they protested
    if lex.CAME_TO_CONDEMN_BEFORE.search(recent) and not any(
            e.start >= end and e.role == "event" for e in sentence.dates):
        return False  # "rallied to condemn the strikes on X": what they came to condemn
    if lex.WISH_TO.search(folded, start, end):
        return False  # "people hoping to leave", "the population wants to leave"
    if lex.DEPICTED.search(earlier[-80:]):
        return False  # "a video shows tanks being hit": evidence, not a report
    if own and own[0].endswith("ed") and lex.PARTICIPLE_AS_NAME.search(earlier[-24:]):
        return False  # "the attacked journalists": people named by an earlier event
    if lex.HELD_PERSON.match(folded, start) and lex.HARMED_PERSON_BEFORE.search(
            folded, max(0, start - 20), start):
        return False  # "to press for the release of a detained relative": who he is
    if own and own[0].endswith("ed") and text[start - 1:start] == "-" and (
            len(own) > 1 or (joined := text[max(0, start - 30):start - 1].split()[-1:])
            and joined[0][:1].isupper()):
        # "a shoulder-fired missile": the kind of a weapon, not its use; "the
        # Russian-occupied part of the region": whose it is, no taking
        return False
    if set(near + own) & lex.HABITS or lex.HABITUAL.match(folded, end, end + 40) and not (
            _within_days(sentence)) or lex.HABITUAL_BEFORE.search(before):
        return False  # "regular naval exercises", "hit several times", "every night we hear"
        #               (but "fought repeatedly during the week of 7-13 November": then)
    if lex.DAILY_BEFORE.search(before) and not any(d.role == "event" for d in sentence.dates):
        return False  # "daily shelling has emptied the streets"
    if lex.DENIED_AFTER.match(folded[end:end + 60]) or lex.REHEARSED.search(earlier):
        return False
    if lex.REPORT_THAT_BEFORE.search(earlier[-160:]) and lex.CALLED_FALSE_AFTER.search(
            folded, end, sentence.clause(end)[1] + 80):
        return False  # "the information that X opened fire ... does not correspond to reality"
    if lex.TALLY.search(recent[-60:]) or lex.GENERIC.search(folded, start, end + 40):
        return False  # "its losses in the battles", "hostilities are periodically resumed"
    if rule != "blockade" and lex.RECENT_SPAN.search(folded, end, sentence.clause(end)[1]):
        return False  # "clashes over land have killed thousands in recent years": a trend
        #               (a siege that "entered its third month" is still told: a blockade)
    span_at = sentence.clause(end)[1]
    # (or fronted: "Since 27 September, shelling has killed 90 civilians", the shelling too)
    # ("... based since last year, said it had killed 60": a relative clause's, not the toll's)
    fronted_since = any(e.role == "since" and e.end <= start and (
        len(folded[:e.start].split()) <= 2 or e.start >= clause) for e in sentence.dates)
    since = lex.SPAN_SINCE_AFTER.match(folded, span_at) or fronted_since
    # (and a toll the act is the subject of, since a time told after: "cattle raids have
    # killed hundreds since 2020")
    since_told = fronted_since or any(e.role == "since" and e.start >= end
                                      for e in sentence.dates)
    toll = lex.TOLL_PERFECT_BEFORE.search(earlier[-120:]) and (
        since or lex.SINCE_A_DAY_AFTER.match(folded, span_at)) or since_told and \
        lex.TOLL_PERFECT_BEFORE.search(folded, end, span_at)
    if rule not in {"flight", "protest"} and (lex.PERFECT_BEFORE.search(before) and since
                                              or toll) and \
            not lex.RELATIVE_VERB.search(folded, end, span_at):
        # "has killed 20,000 people since 2015": a sum over the years (but people who "have
        # fled since the fighting began" are the war's displacement, told as one, and
        # workers who "have held a strike since 19 December" strike still; nor is the span
        # a relative clause's: "had taken heights that had been held by X since 1994"; and
        # "25 civilians have died in attacks since 27 September" are the dead
        # of the attacks of all those days)
        return False
    if any(found.end() == end for found in lex.WAR_AS_SUBJECT.finditer(folded, 0, end)):
        return False  # "the first war, fought three decades ago, killed 30,000": its toll
    cumulative = lex.CUMULATIVE.search(folded, clause, span_at)
    if cumulative and not (rule == "flight" and lex.SHORT_SPAN.fullmatch(cumulative.group())) \
            or lex.TALLY_SINCE_AFTER.match(folded, end):
        # "took dozens of villages over that period", "evacuated since then"; but people
        # who "have fled X in the past week" are fleeing still
        return False
    if lex.FIGURATIVE.match(folded, end, end + 60):
        return False  # "an attack on media freedom": on no one
    if lex.DEBUNKED.search(folded, end) and rule != "claim":
        return False  # "claimed to have captured X, a claim debunked as a lie"
    if _written_as_a_name(sentence, start, end):
        return False  # "the Convention on Cluster Munitions"
    return not _infinitive(near, own[0] if own else "", lex)


def _denied(before: str, lex) -> bool:
    """Whether a denial governs what follows it in the clause: not past a claim of one's own
    made after it ("denied any involvement and said X had shelled Y")."""
    ends = [m.end() for m in lex.DENIAL.finditer(before)]
    return bool(ends) and not lex.CLAIM_AFTER_DENIAL.search(before, ends[-1])


def _written_as_a_name(sentence: Sentence, start: int, end: int) -> bool:
    """A trigger whose every word is capitalised inside a sentence of prose is part of a
    name: a treaty's, a law's, an operation's. (Not where every noun is capitalised, nor at
    the start of a sentence or a quotation, nor in a headline that capitalises its words.)"""
    if not sentence.text[start:start + 1].isupper() or sentence.lex.NOUNS_CAPITALISED:
        return False
    words = _TOKEN.findall(sentence.text[start:end])
    if not words or not all(w[:1].isupper() and w[1:].islower() for w in words):  # ("IEDs")
        return False
    before = sentence.text[:start].rstrip()
    if not before or not before[-1].isalnum():
        return False
    # (a headline in title case writes no word of five letters or more in lower case)
    return any(len(w) >= 5 and w.islower() for w in _TOKEN.findall(sentence.text))


def reduced_relative(sentence: Sentence, start: int, end: int) -> bool:
    """A participle with its agent after a noun ("the territory captured by X") tells a
    fact that the verb governing the noun ("agreed to return", "did not give back") leaves
    standing."""
    lex = sentence.lex
    own = _words(sentence.text[start:end])
    near = _words(sentence.text[max(0, start - 30):start])
    return (len(own) == 1 and own[0].endswith(("ed", "en")) and bool(near)
            and near[-1] not in lex.AUXILIARIES | lex.TO | lex.BE
            and lex.BY_AGENT.match(sentence.folded, end) is not None)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _TOKEN.findall(text.replace("’", "'"))]


def _modal(text: str, lex) -> bool:
    """Whether the words have a modal verb; case counts, since "May" is the month."""
    return any(w in lex.MODALS for w in _TOKEN.findall(text.replace("’", "'")))


def _infinitive(before: list[str], trigger_word: str, lex) -> bool:
    """"to evacuate", "to be shelled", "to start negotiations": not done (yet), unless
    "forced to flee", "had to"."""
    starts = [i for i in range(max(0, len(before) - 4), len(before) - 1)
              if before[i] in lex.TO and before[i + 1] in lex.BEGIN_VERBS]
    if starts and trigger_word.endswith(lex.NOUN_ENDINGS):
        start = starts[-1]
        return not any(w in lex.MAKES_INFINITIVE_REAL for w in before[max(0, start - 5):start])
    if before[-1:] and before[-1] in lex.TO:
        to_at = len(before) - 1
    elif len(before) >= 2 and before[-2] in lex.TO and before[-1] in lex.BE:
        to_at = len(before) - 2
    else:
        return False
    if any(w in lex.MAKES_INFINITIVE_REAL for w in before[max(0, to_at - 5):to_at]):
        return False
    return before[-1] in lex.BE or not trigger_word.endswith(lex.NOUN_ENDINGS)


# ---------------------------------------------------------------------------------------
# Context rules: the type a trigger takes from the words around it

Typed = tuple[str, str] | None


def _window(sentence: Sentence, hit: Hit, chars: int = 70) -> str:
    return sentence.folded[max(0, hit.start - chars):hit.end + chars]


def _clause_text(sentence: Sentence, hit: Hit) -> str:
    start, end = sentence.clause(hit.start, hit.end)
    return sentence.folded[start:end]


def _place_follows(sentence: Sentence, hit: Hit, chars: int = 60) -> bool:
    return any(hit.end <= m.start - sentence.start <= hit.end + chars for m in sentence.mentions)


def subject_of(before: str, lex) -> str:
    """The words of `before` (the text up to a verb) past the last that ends a subject: the
    verb's subject."""
    cut = list(lex.SUBJECT_STOP.finditer(before))
    return before[cut[-1].end():] if cut else before


def participants(sentence: Sentence, hit: Hit) -> tuple[str, str]:
    """The words naming who did the trigger's act and to whom it was done.

    A passive ("a civilian was shot dead by gunmen") names its victims before the verb and
    its doer after "by"; an active verb ("gunmen shot a civilian") the other way round.
    """
    lex, folded = sentence.lex, sentence.folded
    before_start = max(0, hit.start - 100)
    before = folded[before_start:hit.start]
    subject = subject_of(before, lex)
    # "1 civilian, a tribal elder, was killed": the subject reaches back over an aside.
    whole_subject = before[list(lex.SENTENCE_PART_STOP.finditer(before))[-1].end():] if \
        lex.SENTENCE_PART_STOP.search(before) else before
    own = folded[hit.start:hit.end]
    # ("opened fire on Monday on a tractor": past the day told between the verb and whom)
    told_day = next((e.end for e in sentence.dates if hit.end < e.start <= hit.end + 4), None)
    after = folded[told_day if told_day is not None else hit.end:hit.end + 100]
    # "opened fire on detainees": the preposition leads to whom it was done.
    after = after[len(m.group()):] if (m := lex.TARGET_PREPOSITION.match(after)) else after
    agent = lex.AGENT_AFTER.match(after)
    # "a man was killed in a shooting by gunmen": the noun's doers follow "by" too.
    auxiliary = lex.PASSIVE_BEFORE.search(before)
    passive = agent is not None or auxiliary is not None and not in_capitals(
        sentence.text, before_start + auxiliary.start(), sentence.text) or (
        # (a trigger that holds its auxiliary: "were shot", "the bodies of civilians were
        # found")
        bool(set(own.split()) & lex.PASSIVE)) or (
        lex.PARTICIPLE_OF_HARM.fullmatch(own) is not None  # "five people killed in X"
        and lex.PARTICIPLE_OF_HARM.match(folded, hit.start) is not None)
    stop = lex.PHRASE_STOP.search(after)
    object_ = after[:stop.start()] if stop else after
    # "a police raid": the word before a noun of violence may name who did it.
    last_words = before.split()[-2:]
    # (not a verb that holds its auxiliary, "were shot": "six people were shot" names no doer)
    noun = not own.split()[-1].endswith("ed") and not (set(last_words) & lex.PASSIVE) and \
        own.split()[0] not in lex.PASSIVE
    modifier = " ".join(last_words) if noun else ""
    if passive:
        doers = (agent.group(1) if agent else "") + " " + modifier
        # "a man who had been abducted by gunmen, was found dead": the man, not his abductors
        relative = lex.RELATIVE_PRONOUN.search(whole_subject)
        return doers, (whole_subject[:relative.start()] if relative else whole_subject) + " " + own
    if noun and lex.HARMED_BEFORE_NOUN.search(subject) and not lex.MUTUAL_FIGHT.search(own):
        # "12 people were killed during the assault": they suffered it (and "a police
        # raid" names who did it); not a fight, which those hurt in it fought ("people
        # were injured in clashes with riot police")
        harmed = subject.rstrip()
        harmed = harmed[:len(harmed) - len(modifier)] if harmed.endswith(modifier) else harmed
        return modifier, harmed + " " + own + " " + object_
    if lex.PERCEIVED.search(before) or lex.SEEN_HEARD.search(folded, hit.end, hit.end + 30) \
            or lex.RECORDED_OWN.match(own):
        # "residents heard shooting", "gunfire could be heard": they only heard it
        return "", own + " " + object_
    if not kind_of(subject, lex, "doer") or lex.EARLIER_VERB.match(subject.lstrip()):
        # "young men halted a minibus, forced its doors and beat ...", "police fired tear
        # gas, beat several marchers and arrested 17" (the marchers did not arrest)
        subject = whole_subject
    if lex.PRONOUN_OBJECT.match(object_):
        # "surrounded a family and attacked them": whom "them" stands for, named after the
        # doers and before the verb
        doers = lex.ARMED_ACTORS.search(subject) or lex.ARMED_DOERS.search(subject)
        if doers is not None:
            object_ = subject[doers.end():] + " " + object_
    relative = lex.RELATIVE_PRONOUN.search(subject)
    if relative is not None and subject[:relative.start()].strip():
        # "a village whose residents had been evacuated, and occupied heights": not they
        subject = subject[:relative.start()]
    earlier_verbs = list(lex.EARLIER_VERB.finditer(subject))
    if earlier_verbs and subject[:earlier_verbs[-1].start()].strip():
        subject = subject[:earlier_verbs[-1].start()]  # "troops killed two rebels and arrested"
    return subject, own + " " + object_


def kind_of(words: str, lex, role: str) -> str:
    """What a noun phrase names: "protesters", "armed" (forces, militants, police...),
    "mob" (a crowd, residents, young men: as doers only) or "civilian" (as victims only: a
    bus is no doer); "" when unsaid."""
    if role == "victim" and lex.CROWD_SEEKING_AID.search(words):
        return "civilian"  # "crowds waiting near an aid distribution site"
    if lex.PROTESTERS.search(words) or role == "victim" and lex.PROTESTS_TARGETED.match(words):
        return "protesters"
    if role == "victim" and lex.OUT_OF_SERVICE.search(words):
        return "civilian"
    if lex.ARMED_ACTORS.search(words) or role == "doer" and lex.ARMED_DOERS.search(words):
        return "armed"
    if role == "doer" and lex.MOB.search(words):
        return "mob"
    if role == "victim" and lex.CIVILIANS.search(words):
        return "civilian"
    return ""


# The roles of named groups (`geo.lang.<code>.actors.GROUPS`) that are no state's forces.
_NON_STATE_ROLES = frozenset({"rebels", "external"})


def named_group(sentence: Sentence, words: str) -> str:
    """The role (`geo.lang.<code>.actors.GROUPS`) of an armed group or force that words of
    the sentence (folded) name by its own name, "" when they name none: "members of the PKK"
    are a rebel group's, no crowd."""
    lex = sentence.lex
    if lex.GROUP_NAMES is None or not words.strip():
        return ""
    for found in lex.GROUP_NAMES.finditer(sentence.text):
        if lex.GROUP_ENEMIES_BEFORE.search(sentence.folded, max(0, found.start() - 10),
                                           found.start()):
            continue  # ("anti-Taliban fighters" are the group's enemies)
        if re.search(r"\b" + re.escape(fold(found.group())) + r"\b", words):
            return lex.GROUP_TABLE[int(found.lastgroup[1:])][1]
    return ""


def violence_type(sentence: Sentence, hit: Hit, default: tuple[str, str]) -> tuple[str, str]:
    """ACLED's type of an act of violence from who did it to whom: force on protesters is
    excessive; a crowd's is a riot; an armed actor's on civilians is violence against
    civilians; on armed men an armed clash. Where the act's own words name no victim, the
    sentence's dead and wounded do ("attacked the village and killed two residents")."""
    lex = sentence.lex
    doers, victims = participants(sentence, hit)
    doer, victim = kind_of(doers, lex, "doer"), kind_of(victims, lex, "victim")
    if doer in {"", "mob"} and (named_group(sentence, doers) or lex.NAMED_MEMBERS_BEFORE.search(
            sentence.text, max(0, hit.start - 60), hit.start)):
        doer = "armed"  # "members of the PKK attacked", "MS-13 members shot": no crowd
    if not victim and named_group(sentence, victims):
        victim = "armed"
    if not victim and lex.PROTESTING_VICTIMS.search(sentence.folded, hit.end, hit.end + 100):
        victim = "protesters"  # (told in the relative clause after them)
    if not doer and lex.MOB_WEAPONS.search(sentence.folded) and not lex.GUNS.search(
            sentence.folded) and not lex.ONE_DOER.search(doers):
        doer = "mob"  # "attacked police officers with sticks and stones"
    if not victim:
        victim = kind_of(_casualties(sentence, _side_of_while(sentence, hit)), lex, "victim")
    if victim == "protesters" and doer == "mob":
        return RIOTS, "Mob violence"  # "supporters of the ruling party attacked protesters"
    if victim == "protesters" and doer != "protesters":
        return PROTESTS, "Excessive force against protesters"
    if doer == "protesters":
        return RIOTS, "Violent demonstration"
    # (but no crowd ambushes armed men: "PDF members ambushed a military convoy"; nor does
    # one exchange fire: "youths guarding the camps exchanged fire with the raiders")
    if doer == "mob" and not (victim == "armed" and lex.AMBUSH.search(
            sentence.folded, hit.start, hit.end)) and not lex.GUNFIGHT.search(
            sentence.folded, hit.start, hit.end):
        return RIOTS, "Mob violence"
    weapons = remote_weapons(sentence, hit)
    if victim == "civilian":
        # ACLED: a remote weapon makes it remote violence, whoever it hit.
        return (EXPLOSIONS, weapons[0]) if weapons else (VIOLENCE, "Attack")
    if weapons == [AIR_STRIKE] and (victim == "armed" or default[0] == BATTLES):
        return EXPLOSIONS, AIR_STRIKE  # "attacks by helicopter gunships against militants"
    if victim == "armed":
        return BATTLES, "Armed clash"
    return default


def remote_weapons(sentence: Sentence, hit: Hit, how: bool = False) -> list[str]:
    """The sub-types of remote violence the trigger's clause names a weapon of ("killed in
    an attack by a combat drone", "injured when they stepped on a mine"); with `how`, the
    clause right after it that tells how it happened, too ("wounded when handling a
    grenade")."""
    start, end = sentence.clause(hit.start, hit.end)
    if sentence.text.startswith("(", end) and (close := sentence.text.find(")", end)) > 0:
        end = sentence.clause(close + 1)[1]  # "attacked a base in X (Y, Z) with drones"
    if how and sentence.lex.HOW_IT_HAPPENED.match(sentence.folded, end):
        end = sentence.clause(end + 1)[1]
    # The subject may be a list over commas: "artillery, rockets, drones and aircraft attacked".
    first = max(0, min(start, hit.start - 80))
    words = sentence.folded[first:end]
    # (a mine that is dug, named or of gold, is no weapon: "on the road to Boungou mine")
    for site in sentence.lex.MINE_SITE.finditer(sentence.text, first, end):
        at = site.start("mine") - first
        words = words[:at] + " " * (site.end("mine") - site.start("mine")) + words[
            site.end("mine") - first:]
    # (nor is a crowd's "tear gas shells")
    words = sentence.lex.LESS_LETHAL.sub(" ", words)
    found = [sub_type for pattern, sub_type in sentence.lex.REMOTE_WEAPONS
             if re.search(pattern, words)]
    if AIR_STRIKE in found and sentence.lex.DROPPED_FROM_AIR.search(words):
        return [AIR_STRIKE]  # "dropped mortar bombs from a quadcopter": an air strike (ACLED)
    return found


def _side_of_while(sentence: Sentence, hit: Hit) -> tuple[int, int]:
    """The part of the sentence on the trigger's side of a "..., while ..." that joins
    another act (the whole sentence when none does)."""
    found = sentence.lex.WHILE_APART.search(sentence.folded)
    if found is None:
        return 0, len(sentence.folded)
    return (found.end(), len(sentence.folded)) if hit.start >= found.end() else (
        0, found.start())


def _casualties(sentence: Sentence, within: tuple[int, int] | None = None) -> str:
    """The words naming the sentence's dead and wounded (those `within` a span of it): after
    an active verb of killing or wounding, before a passive one."""
    lex, folded = sentence.lex, sentence.folded
    words = []
    start_at, end_at = within or (0, len(folded))
    for found in lex.HARMED.finditer(folded, start_at, end_at):
        if found.group("active"):
            stop = lex.PHRASE_STOP.search(folded, found.end(), found.end() + 60)
            words.append(folded[found.end():stop.start() if stop else found.end() + 60])
        else:  # (the subject, which a place's name may lengthen: "a resident of the
            # village of X in Y province was wounded"; after who reports it: "the army said
            # 20 insurgents were killed")
            # ("died" only just after its subject: "12 militants died", not "the officers
            # on duty at the time he died")
            reach = 40 if folded[found.start()].startswith(("d", "p")) else 120
            start = max(sentence.clause(found.start())[0], found.start() - reach)
            start = max([start, *(m.end() for m in lex.REPORTED_SPEECH.finditer(
                folded, start, found.start()))])
            words.append(folded[start:found.start()])
    return " ".join(words)


def peoples_of_the_dead(sentence: Sentence) -> set[str]:
    """The countries of the peoples the sentence names its dead by ("four Armenian
    servicemen were killed": AM)."""
    words = _casualties(sentence)
    return {d.place.country for d in sentence.demonyms
            if d.place is not None and fold(d.text) in words}


def side_of_the_dead(sentence: Sentence) -> str:
    """Whose dead the sentence counts: "non-state" (insurgents, militants...), "state"
    (soldiers, police...), or "" when it does not say or counts both."""
    words = _casualties(sentence)
    lex = sentence.lex
    non_state = lex.NON_STATE.search(words) is not None
    armed = lex.ARMED_ACTORS.search(lex.NON_STATE.sub(" ", words)) is not None
    return "non-state" if non_state and not armed else "state" if armed and not non_state \
        else ""


def _rule_attack(sentence: Sentence, hit: Hit) -> Typed:
    """(Armed men who fought, with no one named they fought: the dead counted after it fell
    in their fight, "clan militias fought over land; six people were killed".)"""
    if sentence.lex.FIRING.match(sentence.folded, hit.start, hit.end):
        # "opened fire": what it was opened on and with what, as for any fire
        fired = _rule_fired(sentence, hit)
        if fired:
            return fired
    typed = violence_type(sentence, hit, (hit.event_type, hit.sub_event_type))
    if typed == (VIOLENCE, "Attack") and fought_each_other(sentence, hit) and not victims_kind(
            sentence, hit):
        return hit.event_type, hit.sub_event_type
    return typed


def fought_each_other(sentence: Sentence, hit: Hit) -> bool:
    """Whether the trigger is a fight its doers had among themselves ("fought", "clashed"):
    the dead told after it fell in it."""
    return sentence.lex.MUTUAL_FIGHT.fullmatch(sentence.folded, hit.start, hit.end) is not None


def _rule_raid(sentence: Sentence, hit: Hit) -> Typed:
    """A raid on armed men is an armed clash; one on people, homes or a town with no one
    armed to meet it is an attack on civilians (ACLED: a clash needs two armed sides), or
    the looting or destruction its sentence tells (`_give_way`): "forces raided the town and
    fired tear gas at residents", "a suspect was killed in a police raid". Armed men the
    sentence names besides the raiders met it ("the army is still fighting off the raid")."""
    typed = violence_type(sentence, hit, (VIOLENCE, "Attack"))
    if typed[0] != VIOLENCE or victims_kind(sentence, hit) == "civilian":
        return typed
    return (BATTLES, "Armed clash") if armed_men_besides_the_doers(sentence, hit) else typed


def victims_kind(sentence: Sentence, hit: Hit) -> str:
    """What kind of people the trigger's own words say it harmed (`kind_of`; "" when they
    do not say)."""
    return kind_of(participants(sentence, hit)[1], sentence.lex, "victim")


def _meets_armed_men(sentence: Sentence, hit: Hit) -> bool:
    """Whether an attack's words name armed men or their posts it was made on, or armed men
    besides those who made it."""
    return bool(sentence.lex.MILITARY.search(participants(sentence, hit)[1])) or \
        armed_men_besides_the_doers(sentence, hit)


def armed_men_besides_the_doers(sentence: Sentence, hit: Hit) -> bool:
    """Whether the sentence names armed men other than those who did the act: the doers are
    the armed men named nearest the trigger ("a police raid", "forces raided", "raided by
    soldiers"), with the other words of their name ("military forces")."""
    folded = sentence.folded
    armed = [found.span() for found in sentence.lex.ARMED_ACTORS.finditer(folded)]
    if not armed:
        return False
    first = last = min(range(len(armed)), key=lambda n: min(abs(armed[n][0] - hit.end),
                                                            abs(hit.start - armed[n][1])))
    while first > 0 and not folded[armed[first - 1][1]:armed[first][0]].strip():
        first -= 1
    while last < len(armed) - 1 and not folded[armed[last][1]:armed[last + 1][0]].strip():
        last += 1
    return len(armed) > last - first + 1


def _rule_violence(sentence: Sentence, hit: Hit) -> Typed:
    """Shot dead, stabbed, beaten: by a mob it is mob violence; between armed men an armed
    clash; else an attack on civilians."""
    return violence_type(sentence, hit, (VIOLENCE, "Attack"))


def _rule_clash(sentence: Sentence, hit: Hit) -> Typed:
    """Clashes of protesters with the police are a riot, and so are a crowd's, between
    two unarmed groups, or fought by no armed men with sticks, stones or machetes and no guns
    (ACLED's mob violence); clashes of armed men are battles."""
    lex = sentence.lex
    if lex.BORDER_FIGHT_BEFORE.search(sentence.folded, max(0, hit.start - 20), hit.start):
        return hit.event_type, hit.sub_event_type  # "17 people died in border clashes"
    doers, _ = participants(sentence, hit)
    doer = kind_of(doers, lex, "doer")
    window = _window(sentence, hit, 60)
    if lex.PROTESTERS.search(window) or doer == "protesters":
        return RIOTS, "Violent demonstration"
    # A crowd's clash, or one fought by no armed men: a mob's, or with sticks, stones or
    # machetes and no guns ("two groups clashed with machetes": a brawl). Armed doers
    # (a gang, a clan's men) fight a battle, whatever their weapons.
    if lex.COMMUNAL_SIDE.match(sentence.folded, hit.end):
        return hit.event_type, hit.sub_event_type  # "villagers clashed with herders": a battle
    # (a crowd named around the word, not the dead after it: "clashes killed 200 people")
    dead = lex.HARMED.search(sentence.folded, hit.end, hit.end + 60)
    crowd = lex.MOB.search(sentence.folded, max(0, hit.start - 60),
                           dead.start() if dead else hit.end + 60)
    # (but communities that clash with guns fight as militias: "members of two communities
    # clashed with firearms and sticks" is an armed clash, ACLED's)
    with_guns = lex.GUNS.search(sentence.folded, hit.end, hit.end + 40) is not None
    if doer == "mob" and not with_guns or doer != "armed" and not with_guns and not \
            lex.ARMED_ACTORS.search(window) and (crowd or lex.MOB_WEAPONS.search(window)
                                                 and not lex.GUNS.search(sentence.folded)):
        return RIOTS, "Mob violence"
    # Clashes "between" people and armed forces: the people are no armed group (ACLED: a
    # mob's violence, "clashes erupted between Palestinians and Israeli forces").
    if _clash_sides(sentence, hit.end) == {"armed", "people"}:
        return RIOTS, "Mob violence"
    if doer != "armed" and lex.CLASH_WITH_CROWD.match(sentence.folded, hit.end):
        return RIOTS, "Mob violence"  # "clashes broke out with residents who threw stones"
        #                               (not "cattle rustlers clashed with villagers")
    return hit.event_type, hit.sub_event_type


def _quoted(sentence: Sentence, found: re.Match) -> bool:
    """Whether the words found stand in quotation marks, as someone's label for the crowd
    ("the governor said one 'rioter' had died"), not the text's own telling."""
    text = sentence.text
    return text[found.start() - 1:found.start()] in _QUOTES and \
        text[found.end():found.end() + 1] in _QUOTES


_QUOTES = frozenset("'‘’\"“”")


def _between_armed_men(sentence: Sentence, end: int) -> bool:
    """Whether the fighting a word ending at `end` tells was between armed men on both
    sides, as written after it ("a scuffle between the guards and the police")."""
    return _clash_sides(sentence, end) == {"armed"}


def _clash_sides(sentence: Sentence, end: int) -> set[str]:
    """What the two sides written after a word of fighting that ends at `end` are
    ("between X and Y"): "armed", "protesters", "people" (civilians, a crowd, a people
    named as such: "Palestinians"), or "" when unsaid; empty when no sides are written."""
    lex = sentence.lex
    sides = lex.CLASH_SIDES.match(sentence.folded[end:end + 160])
    if sides is None:
        return set()
    kinds = set()
    for side in ("first", "second"):
        words = sides[side].strip()
        start = sentence.start + end + sides.start(side)
        if lex.ARMED_ACTORS.search(words):
            kinds.add("armed")
        elif lex.PROTESTERS.search(words):
            kinds.add("protesters")
        elif lex.MOB.search(words) or lex.CIVILIANS.search(words) or (
                lex.PEOPLE_NOUN.search(words) and any(
                    d.start == start and d.end - d.start == len(words)
                    for d in sentence.demonyms)):
            kinds.add("people")
        else:
            kinds.add("")
    return kinds


def _rule_fired(sentence: Sentence, hit: Hit) -> Typed:
    """Fire on positions: shelling with heavy weapons, an armed clash with small arms; on
    civilians an attack on them; on protesters excessive force."""
    lex = sentence.lex
    own = sentence.folded[hit.start:hit.end]
    if lex.ONLY_AT.search(own + " " + sentence.folded[hit.end:hit.end + 20]):
        return None  # "firing only at military positions": a claim of conduct, no event
    if lex.INTO_THE_AIR.search(sentence.folded, max(0, hit.start - 20), hit.end + 40):
        return STRATEGIC, "Other"  # ACLED: shots in the air, warning shots, harm no one
    # ACLED: fire with primarily heavy weapons is shelling, whoever it hit ("fired cluster
    # munitions into the centre of the town, killing 21 civilians"); with small arms among
    # the weapons, the fight or the attack its target makes it.
    # (the weapons may be named after the target: "opened fire on the positions with mortars")
    # (a crowd's "tear gas shells" are no shells)
    arms = own + " " + _weapons_named_after(sentence, hit)
    lethal = lex.LESS_LETHAL.sub(" ", arms)
    heavy = lex.PRIMARILY_HEAVY.search(arms) or (
        lex.HEAVY_WEAPONS.search(lethal) or lex.SHELL_WORDS.search(lethal)) and not (
            lex.SMALL_ARMS.search(arms))
    target = lex.FIRE_TARGET.search(sentence.folded, hit.start, hit.end + 60)
    victim = kind_of(target.group(1), lex, "victim") if target and not heavy else ""
    if victim == "protesters" and lex.CROWD_SEEKING_AID.match(sentence.folded, target.start(1)):
        victim = "civilian"  # "opened fire on crowds waiting near an aid distribution site"
    less_lethal = lex.LESS_LETHAL.search(arms) and not lex.LETHAL_ROUNDS.search(lethal)
    if less_lethal and victim != "armed" and lex.PROTESTERS.search(sentence.folded):
        return PROTESTS, "Protest with intervention"  # "fired tear gas shells at the rally"
    if victim in {"civilian", "protesters"}:
        if victim == "civilian":
            return VIOLENCE, "Attack"
        if lex.PROTEST_VIOLENT.search(sentence.folded):
            return RIOTS, "Violent demonstration"  # fire on stone-throwing demonstrators
        if less_lethal:
            return PROTESTS, "Protest with intervention"  # "fired tear gas at protesters"
        return PROTESTS, "Excessive force against protesters"
    typed = violence_type(sentence, hit, ("", ""))
    if typed[0] and typed[0] != BATTLES:
        return typed
    if target and not heavy and not typed[0] and lex.SETTLEMENT_FIRED_ON.match(
            sentence.folded, target.start(1)):
        return VIOLENCE, "Attack"  # "opened fire at the village": at the people living there
    if target and not typed[0] and lex.FIRING.match(own) and _names_a_place(
            sentence, target.start(1)) and not lex.SMALL_ARMS.search(_clause_text(sentence, hit)):
        return EXPLOSIONS, SHELLING  # "fired on Ganja": a town fired on is shelled from afar
        # (not "shot at X", which is done to people, or in words)
    if lex.DROPPED_FROM_AIR.search(_clause_text(sentence, hit)):
        return EXPLOSIONS, AIR_STRIKE  # "fired on a trench, then dropped explosives from a drone"
    if heavy:
        return EXPLOSIONS, SHELLING
    if not typed[0] and not lex.MILITARY.search(own + " " + _clause_text(sentence, hit)):
        return None  # "fired on" what? a shot at nothing named is no event
    return BATTLES, "Armed clash"


def _weapons_named_after(sentence: Sentence, hit: Hit) -> str:
    """The words after "with" or "using" in the rest of the trigger's clause ("opened fire on
    the positions with mortars and grenade launchers"), "" when it names none."""
    end = sentence.clause(hit.start, hit.end)[1]
    used = sentence.lex.WEAPONS_USED.search(sentence.folded, hit.end, end)
    return used.group(1) if used else ""


def _names_a_place(sentence: Sentence, at: int) -> bool:
    """Whether a town's or a region's name (no country's) begins at `at` in the sentence, or
    right after "the" there ("fired on the Terter and Aghdam districts")."""
    word = sentence.folded[at:at + 12].split(" ", 1)[0]
    if word in sentence.lex.THE:
        at += len(word) + 1
    return any(m.start - sentence.start == at and m.place is not None
               and m.place.kind != "country" for m in sentence.mentions)


def _rule_territory(sentence: Sentence, hit: Hit) -> Typed:
    lex, folded = sentence.lex, sentence.folded
    after = folded[hit.end:hit.end + 50]
    if lex.ARMS_AFTER.match(after):
        return STRATEGIC, DISRUPTED
    if lex.GOODS_AFTER.match(after):
        return STRATEGIC, "Looting/property destruction"  # livestock, food: goods, not ground
    if lex.POWER_AFTER.match(after):
        return STRATEGIC, "Other"  # a coup: who rules changed, no ground was taken
    if lex.INSTITUTION_AFTER.match(after) and not lex.STORMED.match(folded, hit.start):
        return None  # "took control of the country's prisons": an administration
    if kind_of(participants(sentence, hit)[0], lex, "doer") in {"protesters", "mob"}:
        return RIOTS, "Violent demonstration"  # protesters storming, seizing a building
    if kind_of(_casualties(sentence), lex, "victim") == "civilian" and (
            lex.STORMED.match(folded, hit.start) and not _meets_armed_men(sentence, hit)
            # (whose words hold their doers: "soldiers entered")
            or hit.rule == "entered" and not armed_men_besides_the_doers(sentence, hit)):
        return VIOLENCE, "Attack"  # "stormed the village, killing 14 people": a raid on them
        # (as is "soldiers entered a village and killed the chief and two of his sons")
    if lex.STORMED.match(folded, hit.start) and lex.BUILDING_AFTER.match(after):
        return violence_type(sentence, hit, (BATTLES, "Armed clash"))  # "stormed a hotel"
    who = lex.WHO_PASSIVE_BEFORE.search(folded, max(0, hit.start - 30), hit.start)
    if who is not None:
        # people taken, named before "who were": captured if armed men, else abducted ("an
        # engineer and his driver, who were seized on a road")
        antecedent = folded[max(0, who.start() - 60):who.start()]
        if kind_of(antecedent, lex, "victim") == "armed":
            return None
        return VIOLENCE, "Abduction/forced disappearance"
    if _people_before(sentence, hit):
        return None  # "six soldiers were captured on the border": no ground taken
    taken = lex.PEOPLE_TAKEN.match(after)
    if taken and not lex.CONTROLLER_AFTER.search(folded[hit.start:hit.end]):
        # captured soldiers: not territory (but "under the control of troops"); civilians
        # seized are abducted
        if kind_of(taken.group(), lex, "victim") == "civilian":
            return VIOLENCE, "Abduction/forced disappearance"
        # (soldiers captured with no fight told: an act of its own, as ACLED's "other"
        # strategic development; taken in a fight, they are the fight's)
        if not lex.KILL_WORD.search(folded) and not lex.MUTUAL_FIGHT.search(folded) and \
                lex.CAPTURED.match(folded, hit.start):
            return STRATEGIC, "Other"
        return None
    # A place just before the trigger ("X was captured"), or inside it where the verb comes
    # last ("ordusu Ağdam'a girdi": the army entered Aghdam).
    passive_subject = any(0 <= hit.start - (m.end - sentence.start) <= 30
                          or hit.start <= m.start - sentence.start < hit.end
                          for m in sentence.mentions)
    if not (_place_follows(sentence, hit) or passive_subject
            or lex.TERRITORY.search(folded, hit.start, hit.end + 50)):
        return None  # seized a car: not territory
    # "agreed to hand back the land captured by X": the capture was no handover.
    if lex.HANDOVER.search(folded, hit.start if reduced_relative(sentence, hit.start, hit.end)
                           else 0):
        return STRATEGIC, "Non-violent transfer of territory"
    subject = folded[max(clause_start_past_brackets(sentence, hit.start), hit.start - 80):
                     hit.start]
    if len(subject.split()) <= 1 or lex.JOINED_VERB_BEFORE.search(subject):
        # a clause that opens with the trigger, or an adverb, or a verb joined to the one
        # before, has the sentence's subject: "militants stormed the post, overrunning it",
        # "the rebels, mostly Tutsis, briefly captured Goma", "RSF fighters attacked army
        # positions in X (X, Y) and took control of the town"
        subject = folded[max(0, hit.start - 160):hit.start]
    taker = lex.TAKER_AFTER.match(folded[hit.end:hit.end + 60])
    if lex.LEFT_AGAIN.search(folded, hit.end):
        return BATTLES, "Armed clash"  # taken and left again: a raid, no ground held
    if hit.rule == "entered":  # ("rebels entered": the takers in the trigger; not "drove
        subject += folded[hit.start:hit.end]  # the rebels out of", the losers)
    # (gangs and bandits too: "gang members stormed the neighbourhood")
    non_state_at = [found.start() for found in [*lex.NON_STATE.finditer(subject),
                                                *lex.ARMED_DOERS.finditer(subject)]
                    if not lex.TARGET_OF_BEFORE.search(subject, 0, found.start())]
    # (a state's forces named first lead the others: "regime forces and allied militias")
    state = lex.ARMED_ACTORS.search(lex.NON_STATE.sub(lambda m: " " * len(m.group()), subject))
    non_state = bool(non_state_at) and not (state and state.start() < min(non_state_at))
    if non_state and folded.startswith("storm", hit.start) and lex.HARM_TO_PEOPLE.search(
            folded, hit.end) and not _meets_armed_men(sentence, hit):
        return VIOLENCE, "Attack"  # "bandits stormed the village, abducting 23": no one's
        #                            ground was taken, its people were attacked
    if non_state or taker and lex.NON_STATE.search(taker.group()) \
            or _foreign_forces(sentence, hit) or named_group(sentence, subject) in _NON_STATE_ROLES:
        return BATTLES, "Non-state actor overtakes territory"
    return BATTLES, "Government regains territory"


def clause_start_past_brackets(sentence: Sentence, at: int) -> int:
    """Where the clause around `at` starts, a bracket before it read as part of it (ACLED's
    "Taliban fighters entered X (Y) and took control of ...": the fighters took it)."""
    start = sentence.clause(at)[0]
    while start > 0 and sentence.folded[:start].rstrip().endswith(")"):
        opening = sentence.folded.rfind("(", 0, start)
        if opening < 0:
            break
        start = sentence.clause(opening)[0]
    return start


TAKEN_PLACE_REACH = 40  # characters from a verb of taking to the place it took


def _place_right_after(sentence: Sentence, end: int) -> bool:
    """Whether a place is named right after `end`, or after "the town of" there, or after a
    name the gazetteer lacks that lists it ("took Maarat al-Numan and Saraqeb")."""
    for mention in sentence.mentions:
        at = mention.start - sentence.start
        if not 0 <= at - end <= TAKEN_PLACE_REACH:
            continue
        if not sentence.folded[end:at].strip() or sentence.lex.PLACE_NOUN_OF.search(
                sentence.folded, end, at):
            return True
        listed = _NAME_LISTED_BEFORE.fullmatch(sentence.text, end, at)
        if listed and listed["joint"].lower() in sentence.lex.AND:
            return True
    return False


# A capitalised name, perhaps of several words and an Arabic article, then the word that
# lists the next: "Maarat al-Numan and ".
_NAME_LISTED_BEFORE = re.compile(r"\s+[A-Z][\w'’]*(?:[\s-]+(?:al|el|an|as|ad|ar|ash|[A-Z][\w'’]*))"
                                 r"{0,3},?\s+(?P<joint>\w+)\s+")


def _rule_took(sentence: Sentence, hit: Hit) -> Typed:
    """"Forces had taken Shusha": taking is capture only when armed men take a place named
    right after the verb (or after "the town of"; `find_hits` asks that first), or a state
    "it" stands for ("Azerbaijan said it had taken Hadrut")."""
    doers = participants(sentence, hit)[0]
    if kind_of(doers, sentence.lex, "doer") != "armed" and not (
            sentence.lex.IT_DOER.search(doers) and any(
                m.place.kind == "country" and m.end <= sentence.start + hit.start
                for m in sentence.mentions)):
        return None
    return _rule_territory(sentence, hit)


def _foreign_forces(sentence: Sentence, hit: Hit) -> bool:
    """"Armenian forces captured Shusha": forces named after a country other than the one the
    place taken lies in are not that state regaining its own territory."""
    start = max(sentence.clause(hit.start)[0], hit.start - 60) + sentence.start
    takers = [d for d in sentence.demonyms if start <= d.start < hit.start + sentence.start
              and d.place is not None and d.place.country]
    taken = [m for m in sentence.mentions
             if 0 <= m.start - sentence.start - hit.end <= 60 and m.place.country]
    if not taken:  # "Shusha, which Armenian forces captured": the place the clause is about
        taken = [m for m in sentence.mentions if m.place.country and
                 0 <= start - m.end <= 40]
    if not takers and not any(m.start > hit.start + sentence.start for m in taken):
        # a verb that goes on the first one's clause: "X troops advanced into its territory
        # near the town of Y and occupied several positions"
        before = [m for m in sentence.mentions if m.end <= hit.start + sentence.start
                  and m.place.country and m.place.kind not in {"country", "region"}]
        takers = [d for d in sentence.demonyms if before and d.start < before[-1].start
                  and d.place is not None and d.place.country]
        taken = before[-1:] or taken
    # (the subject's head is named first: "Syrian forces backed by Russian air strikes")
    return bool(takers and taken) and takers[0].place.country != taken[0].place.country


def _rule_property(sentence: Sentence, hit: Hit) -> Typed:
    """Property destroyed by rioters or a crowd is their riot, and so is property destroyed
    by people who are not armed men in making a demand ("prisoners set fire to the laundry,
    demanding visits"); by anyone else, looting or destruction."""
    lex = sentence.lex
    if sentence.folded[hit.start:hit.end].split(" ", 1)[0].endswith(("ed", "burnt")) and \
            lex.DESCRIBING_BEFORE.search(sentence.folded, max(0, hit.start - 12), hit.start):
        return None  # "tarpaulins on damaged homes": homes as they are, no act
    doers, _ = participants(sentence, hit)
    kind = kind_of(doers, lex, "doer")
    if kind == "protesters" or lex.RIOTERS.search(doers) or (
            kind != "armed" and lex.DEMAND_AFTER.search(sentence.folded, hit.end)):
        return RIOTS, "Violent demonstration"
    weapons = remote_weapons(sentence, hit)
    if weapons:
        return EXPLOSIONS, weapons[0]  # "a drone destroyed two houses": the strike
    return STRATEGIC, "Looting/property destruction"


def _rule_destroyed_arms(sentence: Sentence, hit: Hit) -> Typed:
    """Weapons of war destroyed by a drone, a strike or artillery its clause names were hit
    from afar; else in the fighting. A tally over a span ("since Sept. 27, it has destroyed
    200 tanks") is no event."""
    if sentence.lex.CUMULATIVE.search(sentence.folded, 0, sentence.clause(hit.start)[1]):
        return None
    weapons = remote_weapons(sentence, hit)
    return (EXPLOSIONS, weapons[0]) if weapons else (BATTLES, "Armed clash")


def _rule_under_fire(sentence: Sentence, hit: Hit) -> Typed:
    """Fire by shells is shelling; on civilians, or their homes, an attack on them; on a
    town named as its subject, with no small arms told, shelling ("Stepanakert came under
    fire": a town is fired on from afar); else an armed clash; but fire "from critics" or
    "for failing to act" is criticism."""
    lex = sentence.lex
    if lex.CRITICISM_AFTER.match(sentence.folded, hit.end):
        return None
    if lex.SHELL_WORDS.search(sentence.folded):
        return EXPLOSIONS, SHELLING
    subject = participants(sentence, hit)[0]
    if kind_of(subject, lex, "victim") == "civilian":
        return VIOLENCE, "Attack"  # "the residential areas came under fire": its subject
    # (the town's name right before the verb, or before an aside that ends there:
    # "Khankendi, which Armenians call Stepanakert, came under fire")
    # (not one a preposition governs inside the subject: "police patrolling near X")
    folded = sentence.folded
    town = any(m.place.kind == "city"
               and lex.TOWN_AS_SUBJECT_AFTER.fullmatch(folded, m.end - sentence.start, hit.start)
               and not lex.TOWN_GOVERNED_BEFORE.search(
                   folded, max(0, m.start - sentence.start - 30), m.start - sentence.start)
               for m in sentence.mentions)
    if town and not lex.MILITARY.search(subject) and not lex.SMALL_ARMS.search(
            sentence.folded):
        return EXPLOSIONS, SHELLING
    return BATTLES, "Armed clash"


def _rule_bombing(sentence: Sentence, hit: Hit) -> Typed:
    lex, folded = sentence.lex, sentence.folded
    if folded[hit.start:hit.end].split()[0] in lex.PASSIVE and lex.PEOPLE_HIT_BEFORE.search(
            folded, max(0, hit.start - 40), hit.start) and not lex.BY_AGENT.match(
            folded, hit.end):
        return None  # "several assailants were hit": wounded in what another word tells
    if lex.AIR_WORDS.search(folded):
        return EXPLOSIONS, AIR_STRIKE
    return EXPLOSIONS, SHELLING


def _rule_explosion(sentence: Sentence, hit: Hit) -> Typed:
    lex = sentence.lex
    window = _window(sentence, hit, 60)
    if lex.ACCIDENT.search(window):
        return STRATEGIC, "Other"
    if lex.SMALL_ARMS.search(window):
        return BATTLES, "Armed clash"  # "explosions and bursts of small-arms fire"
    if lex.SHELL_WORDS.search(window) or lex.SHELL_WORDS.search(
            sentence.folded, sentence.clause(hit.start)[0], hit.start):
        # "a shell exploded near the school", "projectiles"; "a missile fired by X from the
        # territory of Y exploded in Z"
        return EXPLOSIONS, SHELLING
    # (else the row's own: a bomb's, or the shelling a monitor counts)
    return EXPLOSIONS, AIR_STRIKE if lex.DRONE_WORDS.search(window) else hit.sub_event_type


def done_to_some_of_them(sentence: Sentence, at: int) -> bool:
    """Whether what is told at `at` was done to some of a crowd named before by a pronoun
    ("Police detained 100 of them, some of whom were beaten")."""
    return sentence.lex.SOME_OF_THEM_BEFORE.search(sentence.folded, max(0, at - 40),
                                                   at) is not None


def no_force_at(folded: str, at: int, lex) -> bool:
    """Whether a word of force on a crowd at `at` tells none: negated ("no arrests were
    made") or a crowd that dispersed of itself ("the rally dispersed by late evening"; not
    "were dispersed", "dispersed the crowd")."""
    before = folded[max(0, at - 40):at]
    words = before.split()
    return bool(words) and words[-1] in lex.NEGATORS or lex.DISPERSED_ITSELF.match(
        folded, at) is not None and not lex.PASSIVE_BEFORE.search(before)


def _rule_protest(sentence: Sentence, hit: Hit) -> Typed:
    lex, folded = sentence.lex, sentence.folded
    if lex.NOT_A_PROTEST_BEFORE.search(folded[max(0, hit.start - 30):hit.start]) or \
            lex.NOT_A_PROTEST_AFTER.match(folded, hit.end):
        return None  # a show of force, rallying support: not a protest
    objection = lex.OBJECTION_FROM.match(folded, hit.start)
    if objection and (objection["office"] or any(
            m.start - sentence.start == objection.end() for m in sentence.mentions)):
        return None  # "drawing protests from X": X's government objected
    # (what brought the protest about, told before it: "the shooting triggered protests")
    caused = lex.CAUSED_BEFORE.search(folded, max(0, hit.start - 40), hit.start)
    # (a trigger that ends with its purpose, "gathered ... to support", has its grievance
    # start inside it: "... to support the arrested governor")
    purpose = list(lex.PROTEST_CAUSE.finditer(folded, hit.start, hit.end))
    after = purpose[-1].start() if purpose and purpose[-1].end() == hit.end else hit.end
    return protest_outcome(sentence, after, hit.start if caused else 0) or (
        PROTESTS, "Peaceful protest")


def _past_a_join(folded: str, at: int, lex) -> int:
    """Where the words after `at` go on past white space, a comma and one "and" (`at`
    itself when none of them is there)."""
    after = at
    while after < len(folded) and (folded[after].isspace() or folded[after] == ","):
        after += 1
    word = _TOKEN.match(folded, after)
    if word is not None and word.group() in lex.AND:
        after = word.end()
        while after < len(folded) and folded[after].isspace():
            after += 1
    return after


def protest_outcome(sentence: Sentence, after: int = 0, since: int = 0) -> Typed:
    """What a sentence tells of how a protest went, if anything: the protesters' own
    violence makes a riot, whatever force met them (ACLED); lethal force on a peaceful
    crowd is excessive; dispersal or arrests an intervention, unless it went off calmly.
    What the protest was about, told after its word from `after` on ("demonstrated after a
    gendarme shot a man"), or before `since` ("the shooting triggered protests"), is no
    part of how it went."""
    lex, folded = sentence.lex, sentence.folded
    grievance = (0, 0)
    cause = lex.PROTEST_CAUSE.search(folded, after) if after else None
    if cause is not None:
        end = sentence.clause(cause.start())[1]
        # (and on into a relative clause about it: "after the collapse of a canopy, which
        # killed 16")
        while (relative := lex.RELATIVE_AFTER.match(folded, end)) is not None:
            end = sentence.clause(relative.end())[1]
        # (a grievance told on by another: "to denounce police brutality after a man was
        # shot dead by officers")
        # (or joined on by "and": "to condemn the strikes, and in solidarity with the
        # families of victims killed")
        while (more := lex.PROTEST_CAUSE.match(folded, _past_a_join(folded, end, lex))):
            end = sentence.clause(more.start())[1]
        grievance = (cause.start(), end)

    def told(pattern: re.Pattern) -> list[re.Match]:
        return [found for found in pattern.finditer(folded, since)
                if not grievance[0] <= found.start() < grievance[1]]

    # (not a scuffle between armed men beside the protest: "a scuffle took place between
    # guards and the police"; nor a beating the forces gave: "police arrested dozens and
    # beat some of them")
    if any(not _between_armed_men(sentence, found.end()) and not _done_by_forces(
            sentence, found) and not _quoted(sentence, found)
            for found in told(lex.PROTEST_VIOLENT)):
        return RIOTS, "Violent demonstration"
    def told_as_earlier(found: re.Match) -> bool:
        """Told in the pluperfect, so before the protest: "the protesters said the victims
        had been killed in a raid" is their grievance."""
        return any(earlier.end() == found.end() for earlier in lex.PLUPERFECT.finditer(
            folded, max(0, found.start() - 30), found.end()))

    if any(not told_as_earlier(found) for found in told(lex.PROTEST_KILLED)):
        return PROTESTS, "Excessive force against protesters"
    if lex.PROTEST_CALM.search(folded):
        return PROTESTS, "Peaceful protest"
    if any(not lex.OF_ANOTHER.search(folded, max(0, found.start() - 40), found.start())
           and not no_force_at(folded, found.start(), lex)
           for found in told(lex.PROTEST_INTERVENTION)):
        return PROTESTS, "Protest with intervention"  # (not someone else's arrest)
    return None


def _rule_agreement(sentence: Sentence, hit: Hit) -> Typed:
    lex = sentence.lex
    if lex.YEAR_BEFORE.search(sentence.folded, max(0, hit.start - 6), hit.start):
        return STRATEGIC, "Agreement"  # "the 2020 ceasefire agreement", broken or not
    window = _window(sentence, hit, 60)
    if lex.AGREEMENT_BROKEN.search(window) and not lex.MADE_WHERE_OR_WHEN_AFTER.match(
            sentence.folded, hit.end):
        return None  # "violated the ceasefire", "ceasefire violations" (but "a ceasefire
        #              agreed in Moscow on Saturday was violated" tells it was made)
    if lex.AGREEMENT_VERBS.search(window):
        return STRATEGIC, "Agreement"
    return None


def _rule_violation(sentence: Sentence, hit: Hit) -> Typed:
    """A truce broken at a place the clause names ("in the direction of X", "near X") or
    with weapons it names is that fire: shelling, a strike, else a clash; one broken nowhere
    told ("traded claims of violating the truce") is no event."""
    end = sentence.clause(hit.start, hit.end)[1]
    # (the weapons may come in the clause after: "... in the direction of X, using drones")
    weapons = remote_weapons(sentence, replace(hit, end=min(end + 1, len(sentence.folded))))
    if weapons:
        return EXPLOSIONS, weapons[0]
    # (past an aside on the fire: "recorded 25 ceasefire violations, all bursts of
    # small-arms fire, at locations east of X")
    if _place_follows(sentence, hit, max(end - hit.end, 0) + 120) or any(
            hit.end <= u.start - sentence.start <= end + 120 for u in sentence.unknown):
        return BATTLES, "Armed clash"
    return None


def _rule_evacuation(sentence: Sentence, hit: Hit) -> Typed:
    """People moved out of danger are evacuated; the wounded taken for care are not
    ("eleven wounded soldiers were evacuated to the capital": the attack's casualties)."""
    lex = sentence.lex
    if lex.WOUNDED_MOVED_BEFORE.search(sentence.folded, max(0, hit.start - 40), hit.start):
        return None
    return DISPLACEMENT, "Evacuation"


def _rule_aid(sentence: Sentence, hit: Hit) -> Typed:
    if sentence.lex.AID_MOVES.search(_window(sentence, hit, 60)):
        return HUMANITARIAN, "Humanitarian access"
    return None  # "announced $11 million in humanitarian aid": money, not access


def _rule_convoy(sentence: Sentence, hit: Hit) -> Typed:
    """A convoy that gets through is access; one held at the border is the blockade."""
    _, clause_end = sentence.clause(hit.end)
    if sentence.lex.CONVOY_HELD.search(sentence.folded[hit.end:clause_end + 80]):
        return HUMANITARIAN, "Blockade"
    return HUMANITARIAN, "Humanitarian access"


def _rule_arrest(sentence: Sentence, hit: Hit) -> Typed:
    """An arrest is the state's act (ACLED); armed men of no state who "arrest" or "detain"
    people abduct them ("rebels detained two traders")."""
    lex = sentence.lex
    if lex.ARREST_NOT.match(sentence.folded, hit.end):
        return None
    doers = participants(sentence, hit)[0]
    if lex.NON_STATE.search(doers) and not lex.OUT_OF_SERVICE.search(doers):
        return VIOLENCE, "Abduction/forced disappearance"
    return STRATEGIC, "Arrests"


def _rule_peacekeepers(sentence: Sentence, hit: Hit) -> Typed:
    """Peacekeepers who deploy, arrive, patrol or leave; not those who "will be deployed"."""
    lex = sentence.lex
    verb = lex.PEACEKEEPER_VERBS.search(sentence.folded, max(0, hit.start - 50), hit.end + 50)
    between = sentence.text[hit.end:max(hit.end, verb.start())] if verb else ""
    if verb is not None and verb.end() <= hit.start:  # (the words before a verb before them)
        between = " ".join(_words(sentence.text[max(0, verb.start() - 24):verb.start()])[-2:])
    if verb is None or _modal(between, lex) or lex.TO & set(_words(between)[-2:]):
        return None  # ("will be deployed", "to be deployed", "Russia will deploy 2,000")
    if lex.STATE_BEFORE.search(sentence.folded, max(0, verb.start() - 25), verb.start()):
        return None  # "where the contingent is temporarily deployed": where they are
    if lex.KEPT_SINCE.search(sentence.folded, max(0, hit.start - 50), hit.end + 60):
        return None  # "patrolled by peacekeepers since the war": where they have been
    return STRATEGIC, "Change to group/activity"


def _people_before(sentence: Sentence, hit: Hit) -> bool:
    """Whether people are the subject of a passive of taking or giving ("12 prisoners were
    handed over", "12 Azerbaijanis were handed over"): what changed hands was people, not
    ground. (Not an active verb's: "troops captured X".)"""
    lex = sentence.lex
    window = max(0, hit.start - 60)
    if lex.ELIDED_PASSIVE_BEFORE.search(sentence.folded, window, hit.start):
        return True  # "15 soldiers were killed and 12 captured"
    if lex.PEOPLE_RIGHT_BEFORE.search(sentence.folded, window, hit.start) and \
            lex.AGENT_AFTER.match(sentence.folded[hit.end:hit.end + 80]):
        return True  # a headline's "six soldiers captured by Azerbaijani troops"
    if lex.COUNTED_PEOPLE_RIGHT_BEFORE.search(sentence.folded, window, hit.start) and \
            lex.TAKEN_WHERE_AFTER.match(sentence.folded, hit.end):
        return True  # "six soldiers captured near X on 27 May are still held in Y"
    passive = lex.PASSIVE_BEFORE.search(sentence.folded, window, hit.start)
    if passive is None:
        return False
    subject_end = passive.start()
    subject_start = max(sentence.clause(subject_end)[0], subject_end - 120)
    if lex.PEOPLE_BEFORE.search(sentence.folded, subject_start, subject_end):
        return True
    return any(0 <= subject_end - (d.end - sentence.start) <= 1 for d in sentence.demonyms)


def _rule_transfer(sentence: Sentence, hit: Hit) -> Typed:
    if _people_before(sentence, hit):
        return None  # prisoners handed over
    if _modal(" ".join(_TOKEN.findall(sentence.text[hit.end:hit.end + 20])[:2]), sentence.lex):
        return None  # "the handover would cut off the villages": one yet to come
    if _place_follows(sentence, hit) or sentence.lex.TERRITORY.search(
            sentence.folded[hit.end:hit.end + 50]) or sentence.lex.TERRITORY.search(
            sentence.folded[hit.start:hit.end]):
        return STRATEGIC, "Non-violent transfer of territory"
    return None  # handed over the bodies, a petition


def _rule_withdrawal(sentence: Sentence, hit: Hit) -> Typed:
    lex, folded = sentence.lex, sentence.folded
    if not lex.MILITARY.search(folded) and not lex.PEACEKEEPERS.search(folded):
        return None  # withdrew an ambassador, a bill
    if lex.RETREAT_AFTER.match(folded, hit.end) or lex.ATTACKERS.search(
            folded, max(0, hit.start - 20), hit.start):
        return None  # "the militants withdrew toward the forest", "the attackers withdrew":
        #              their attack's end
    if lex.FROM_AFTER.match(folded, hit.end) and \
            _place_follows(sentence, hit, 80) or lex.TERRITORY.search(folded[hit.start:hit.end]):
        return STRATEGIC, "Non-violent transfer of territory"
    if lex.WITHDRAWAL_AS_TIME_BEFORE.search(folded, max(0, hit.start - 60), hit.start):
        return None  # "units moved in after the other side's forces withdrew": the move's
    return STRATEGIC, "Change to group/activity"


_ASIDES = 8  # clauses read back for the doers of the act a flight came after


def _rule_flight(sentence: Sentence, hit: Hit) -> Typed:
    """People who flee are displaced; armed men who flee retreat ("the gunmen fled the
    scene", "soldiers fled the town": a battle's or an attack's end, not displacement), and
    a leader who flees displaces no one."""
    lex = sentence.lex
    if lex.ATTACKERS.search(_window(sentence, hit, 30)):
        return None  # the gunmen fled the scene
    if lex.SHELTER_IN_PLACE_AFTER.match(sentence.folded, hit.end):
        return None  # "residents took shelter in basements": at home, not displaced
    before = sentence.folded[max(0, hit.start - 80):hit.start]
    next_act = lex.FLED_NEXT_BEFORE.search(before)
    if next_act is not None:
        # (the doers of the act the flight comes after: the opening words of its clause, or
        # of a clause before it when an aside came between: "shot dead five civilians,
        # among them an elder, before fleeing")
        at = max(0, hit.start - len(before) + next_act.start() - 1)
        for _ in range(_ASIDES):
            opening = sentence.clause(at)[0]
            subject = sentence.folded[opening:opening + 40]
            armed = lex.ARMED_ACTORS.search(subject)
            # (the "men" of "armed men" are no civilians among them)
            if armed and not lex.CIVILIANS.search(subject[:armed.start()] + " " +
                                                  subject[armed.end():]):
                return None  # "the attackers stole gold and motorcycles before fleeing"
            if opening == 0:
                break
            at = opening - 2
    # (the last armed men named: the nearest the trigger)
    armed = next(reversed(list(lex.ARMED_ACTORS.finditer(before))), None)
    if armed is not None and lex.ARMED_WHO_FLEE.match(before, armed.end()) and not (
            lex.CIVILIANS.search(before) or lex.FORCED_OUT.match(sentence.folded, hit.start)):
        return None  # "soldiers fled", "the policemen who fled" (not "civilians and soldiers")
    subject = sentence.folded[max(sentence.clause(hit.start)[0], hit.start - 60):hit.start]
    if lex.FORCED_OUT.match(sentence.folded, hit.start) and not lex.PASSIVE_BEFORE.search(
            sentence.folded, max(0, hit.start - 30), hit.start):
        # (who forced them is no one who fled: whom the trigger's words say was made to;
        # but "a leader had been forced out" is the one who left)
        subject = sentence.folded[hit.start:hit.end]
    if lex.OFFICIALS.search(subject) and not lex.CIVILIANS.search(subject):
        # "after the president fled the country", "forced the president to flee": a
        # leader's flight, no one displaced
        return None
    # (the first word of the clause's subject, past an aside: "the protesters, who were
    # unarmed, fled into nearby streets": a crowd dispersed, no one displaced)
    opening = next((w.strip(",") for w in before.rsplit(";", 1)[-1].split()
                    if w not in lex.ARTICLES | lex.THE), "")
    if lex.PROTESTERS.fullmatch(opening) or lex.RIOTERS.fullmatch(opening):
        return None
    if lex.KILL_WORD.search(sentence.folded, max(0, hit.start - 40), hit.start) and \
            lex.DISPLACED_PEOPLE.fullmatch(sentence.folded, hit.start, hit.end):
        return None  # "killing eight displaced people": whom it killed, no flight told
    return DISPLACEMENT, "Displacement"


def _rule_crossing(sentence: Sentence, hit: Hit) -> Typed:
    """People crossing are displaced; forces, changing where they are, unless they advance
    into ground the other side holds: an offensive ("advancing into Armenian-held
    territory")."""
    lex = sentence.lex
    window = _window(sentence, hit, 60)
    if lex.REFUGEES.search(window):
        return DISPLACEMENT, "Displacement"
    if lex.HELD_GROUND.search(sentence.folded, hit.start, hit.end):
        return BATTLES, "Armed clash"
    if lex.MILITARY.search(window):
        return STRATEGIC, "Change to group/activity"
    return None


def _rule_escort(sentence: Sentence, hit: Hit) -> Typed:
    """Securing traffic is humanitarian access when it is for people or aid."""
    if sentence.lex.ESCORTED.search(sentence.folded):
        return hit.event_type, hit.sub_event_type
    return None


def _rule_official(sentence: Sentence, hit: Hit) -> Typed:
    """A statement, a call or a meeting counts when officials make it; an ordinary
    quotation is no event."""
    if sentence.lex.OFFICIALS.search(sentence.folded):
        return hit.event_type, hit.sub_event_type
    return None


def _rule_meeting(sentence: Sentence, hit: Hit) -> Typed:
    """A meeting of officials with officials: talks, a summit, or two parties of office
    ("the foreign ministers met"); a visit to someone else is no diplomacy."""
    lex = sentence.lex
    if lex.TALKS.search(sentence.folded, hit.start, hit.end):
        return hit.event_type, hit.sub_event_type
    officials = lex.OFFICIALS.findall(sentence.folded)
    parties = len(officials) + sum(o.endswith("s") for o in officials)
    if lex.CALLS.search(sentence.folded, hit.start, hit.end):
        parties += 1  # the official called someone
    return (hit.event_type, hit.sub_event_type) if parties >= 2 else None


def _rule_claim(sentence: Sentence, hit: Hit) -> Typed:
    """A claim of victory is a statement when the text calls it false; else the capture it
    claims is the event, and its words go to the capture's trigger."""
    lex = sentence.lex
    if lex.DEBUNKED.search(sentence.folded) or lex.DENIAL.search(sentence.folded, hit.end) or \
            lex.FORMAL_CLAIM.match(sentence.folded, hit.start):
        return DIPLOMACY, "Statement"
    return None


def _rule_mediated(sentence: Sentence, hit: Hit) -> Typed:
    """Fighting that stopped is an agreement when talks or a mediator stopped it."""
    if sentence.lex.MEDIATION.search(sentence.folded):
        return hit.event_type, hit.sub_event_type
    return None


def _done_by_forces(sentence: Sentence, found: re.Match) -> bool:
    """Whether a word of violence that forces may do to a crowd ("beat", "stormed") has
    armed men for its subject in its clause ("police arrested dozens and beat some"), or
    some of the crowd for its object ("some of whom were beaten")."""
    lex = sentence.lex
    if not lex.FORCE_ON_A_CROWD.match(found.group()):
        return False
    if done_to_some_of_them(sentence, found.start()):
        return True  # "police detained 100 of them, some of whom were beaten"
    start = sentence.clause(found.start())[0]
    if not sentence.folded[start:found.start()].strip():
        # the verb opens its clause, one of a list whose subject opens the sentence's part:
        # "police fired tear gas, beat several marchers and arrested 17"
        parts = list(lex.SENTENCE_PART_STOP.finditer(sentence.folded, 0, found.start()))
        start = parts[-1].end() if parts else 0
    subject = " ".join(sentence.folded[start:found.start()].split()[:3])  # its first words
    return kind_of(subject, lex, "doer") == "armed"


def _rule_blockade(sentence: Sentence, hit: Hit) -> Typed:
    """A road blocked by residents or a crowd is their protest (ACLED's), a riot with burning
    tyres or barricades; a corridor, supplies or a road blocked by forces is a blockade."""
    lex = sentence.lex
    if lex.THROUGH_BEFORE.search(sentence.folded, max(0, hit.start - 30), hit.start):
        return None  # "escorted patients through the blockade": the one told before
    # (in its words, or after them in their clause when the blockade is told by its noun: "a
    # blockade set up by farmers on the highway")
    road = lex.LOCAL_ROAD.search(sentence.folded, hit.start,
                                 max(hit.end, sentence.clause(hit.end)[1]))
    if not road or lex.CORRIDOR.search(sentence.folded, hit.start, hit.end + 40):
        return hit.event_type, hit.sub_event_type
    doers, _ = participants(sentence, hit)
    doer, civilians = kind_of(doers, lex, "doer"), lex.CIVILIANS.search(doers)
    if not doer and not civilians:
        # a participle's doers are the sentence's subject: "activists glued themselves to
        # the road, blocking traffic"
        doer = kind_of(sentence.folded[:hit.start], lex, "doer")
    if doer not in {"mob", "protesters"} and not civilians:
        return hit.event_type, hit.sub_event_type
    # (and how it went: "police fired tear gas to clear a blockade set up by farmers")
    return protest_outcome(sentence, hit.end) or (PROTESTS, "Peaceful protest")


def _rule_deal(sentence: Sentence, hit: Hit) -> Typed:
    """A deal made or carried out; but a statement signed in protest is none ("signed a
    joint statement condemning the arrests"), and who gave himself up to the police was
    arrested ("the suspect agreed to surrender to police")."""
    lex = sentence.lex
    if lex.PROTESTING_AFTER.match(sentence.folded, hit.end):
        return None
    if lex.TO_THE_POLICE_AFTER.match(sentence.folded, hit.end):
        return STRATEGIC, "Arrests"
    return hit.event_type, hit.sub_event_type


RULES: dict[str, Callable[[Sentence, Hit], Typed]] = {
    "attack": _rule_attack, "offensive": _rule_attack, "raid": _rule_raid,
    "violence": _rule_violence, "fired": _rule_fired,
    "clash": _rule_clash, "property": _rule_property,
    "territory": _rule_territory, "entered": _rule_territory, "took": _rule_took,
    "under_fire": _rule_under_fire,
    "bombing": _rule_bombing,
    "struck": _rule_bombing,
    "strike_on": _rule_bombing,
    "explosion": _rule_explosion, "protest": _rule_protest, "agreement": _rule_agreement,
    "arrest": _rule_arrest, "peacekeepers": _rule_peacekeepers,
    "destroyed_arms": _rule_destroyed_arms, "transfer": _rule_transfer,
    "withdrawal": _rule_withdrawal, "flight": _rule_flight, "crossing": _rule_crossing,
    "aid": _rule_aid, "violation": _rule_violation, "convoy": _rule_convoy,
    "evacuation": _rule_evacuation,
    "statement": _rule_official,
    "call": _rule_official, "decree": _rule_official, "meeting": _rule_meeting,
    "claim": _rule_claim,
    "escort": _rule_escort, "mediated": _rule_mediated, "blockade": _rule_blockade,
    "signed": _rule_deal, "carried_out": _rule_deal,
}
