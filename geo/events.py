"""What happened, where and when: an article and its resolved mentions -> events.

An event is found sentence by sentence from a trigger (a phrase of `TRIGGERS`, the one table
of trigger words), kept only when the sentence asserts it (not denied, negated, hypothetical,
habitual or merely referred back to), typed with ACLED's six event types plus four of ours
(`TAXONOMY`), attached to the place where it happened (never to a place that only names an
actor, a dateline or a demonym), dated with `geo.dates.event_date`, and given the number of
people killed when the sentence says so.

Choices a careful reader has to make, written down once:
- Where: the place governed by a locative word ("in", "near", "on the road to") or by the
  trigger itself ("shelled X", "X was shelled"); failing that, a place the clause refers to
  ("across the region", "its eastern border"), the paragraph's last located place, the
  place of the article's last event of the same kind (violent or not), the article's focus.
  `Event.place_source` says which.
- One event, told twice, is one event: a headline and its paragraph; a sentence printed
  twice; the same type, place and date again; "the blast" or casualties ("two soldiers
  were killed") in the sentences after an attack, which add their date and dead to it.
- An explosion with no attacker but an accidental cause (a fuel depot, a gas leak) is
  Strategic developments/Other; a shell exploding is shelling; any other explosion a
  remote explosive.
- Casualties with no attack before them are typed by their victims: civilians -> Violence
  against civilians/Attack, anyone else -> Battles/Armed clash.
- A town taken by a state's forces is "Government regains territory"; taken by rebels,
  separatists, militias, or forces named after another country than the town's, it is
  "Non-state actor overtakes territory".
- A ceasefire is Strategic developments/Agreement; talks held where and when an agreement
  was reached are part of it; peacekeepers deploying or leaving, and observation posts, are
  Change to group/activity; a checkpoint or base set up is Headquarters or base established.
- A protest camp that closes a road is a Blockade; an aid convoy held back is a Blockade,
  one that gets through is Humanitarian access.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from geo.dates import PartialDate, date_expressions, event_date
from geo.model import Article, Mention, Place
from geo.text import fold

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"
DISPLACEMENT = "Displacement"
HUMANITARIAN = "Humanitarian"
DIPLOMACY = "Diplomacy"
EXERCISE = "Military exercise"

TAXONOMY: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory",
              "Non-state actor overtakes territory"),
    EXPLOSIONS: ("Shelling/artillery/missile attack", "Air/drone strike",
                 "Remote explosive/landmine/IED", "Suicide bomb", "Grenade"),
    VIOLENCE: ("Attack", "Abduction/forced disappearance", "Sexual violence"),
    PROTESTS: ("Peaceful protest", "Protest with intervention",
               "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other"),
    DISPLACEMENT: ("Displacement", "Evacuation"),
    HUMANITARIAN: ("Humanitarian access", "Blockade"),
    DIPLOMACY: ("Statement", "Meeting"),
    EXERCISE: ("Military exercise",),
}
# Types whose events may have people killed in them.
VIOLENT_TYPES = frozenset({BATTLES, EXPLOSIONS, VIOLENCE, PROTESTS, RIOTS})


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger lexicon.

    `pattern` is a regular expression over folded text (lower case, hyphens as spaces; see
    `geo.text.fold`); a space in it matches any run of white space. `rule` names a reading of
    the context (`_RULES`) that may change the type or drop the trigger; the type given is
    then the default.
    """

    pattern: str
    event_type: str
    sub_event_type: str
    rule: str = ""


_SHELL = "Shelling/artillery/missile attack"
_AIR = "Air/drone strike"
_IED = "Remote explosive/landmine/IED"
_WEAPONS = r"(?:drones?|uavs?|missiles?|rockets?|aircraft|planes?|jets?|helicopters?|bayraktars?)"
_ARMS = (r"(?:weapons?|arms|ammunition|munitions|rifles|guns|tanks|armou?red vehicles|"
         r"artillery pieces|explosives|arms caches?|weapons caches?)")

TRIGGERS: tuple[Trigger, ...] = (
    # Battles
    Trigger(r"clash(?:es|ed|ing)?", BATTLES, "Armed clash"),
    Trigger(r"(?:heavy|heavier|heaviest|fierce|fiercest|intense|renewed|fresh|street|ongoing|"
            r"sporadic|deadly|bloody) fighting", BATTLES, "Armed clash"),
    Trigger(r"fighting (?:broke out|breaks out|erupted|erupts|raged|rages|raging|continued|"
            r"continues|resumed|resumes|flared|flares|intensified|intensifies|escalated|"
            r"spread|spreads|was reported|were reported|took place|in|around|near|at|along|"
            r"on the|between|for control)", BATTLES, "Armed clash"),
    Trigger(r"(?:exchang(?:e|es|ed|ing)) (?:of )?(?:heavy )?(?:fire|gunfire)|gun ?fire|"
            r"gun ?battles?|fire ?fights?|shoot ?outs?|skirmish(?:es|ed)?|fought",
            BATTLES, "Armed clash"),
    Trigger(r"(?:launch(?:ed|es|ing)?|began|begun|mounted|opened|started) (?:a |an |the |its |"
            r"their )?(?:\w+ ){0,2}?(?:counter ?offensive|offensive|assault|incursion|"
            r"counter ?attack|operation)", BATTLES, "Armed clash", "attack"),
    Trigger(r"counter ?offensives?|counter ?attack(?:s|ed)?|offensive (?:began|started|"
            r"continued|resumed)", BATTLES, "Armed clash"),
    Trigger(r"battl(?:e|es|ed|ing) (?:for|over|with|against|in|near|raged|rages)",
            BATTLES, "Armed clash"),
    Trigger(r"(?:repelled|repulsed|repel|repulse|repelling|thwarted|beat back|beaten back) "
            r"(?:\w+ ){0,2}?(?:attacks?|assaults?|offensives?|attempts?|advances?)",
            BATTLES, "Armed clash"),
    Trigger(r"sniper (?:fire|attacks?)|ambush(?:ed|es)?|opened fire|attack(?:ed|s|ing)?|"
            r"assault(?:ed|s)?", BATTLES, "Armed clash", "attack"),
    Trigger(r"(?:came|come|comes|coming) under (?:heavy |intense |sustained |\w+ )?fire",
            BATTLES, "Armed clash", "under_fire"),
    Trigger(r"(?:captur(?:ed|es|e|ing)|seiz(?:ed|es|e|ing)|took|taken|tak(?:e|es|ing)|"
            r"gain(?:ed|s)?|assum(?:ed|es)|regain(?:ed|s)?|retook|retake|retaken|restored) "
            r"(?:full |complete |total |effective )?control (?:of|over)",
            BATTLES, "Government regains territory", "territory"),
    Trigger(r"captur(?:ed|es|e|ing)|capture of|seiz(?:ed|es|e|ing)|seizure of|overran|overrun|"
            r"overrunning|storm(?:ed|ing)|retook|retaken|recaptur(?:ed|e|ing)|liberat(?:ed|e|ing)|"
            r"liberation of|fall of|fell to|fallen to|(?:troops|forces|army|soldiers|units) "
            r"(?:\w+ )?entered|(?:took|taken|take|takes|taking) (?:\w+ ){0,3}?(?:heights|hills?|"
            r"villages?|towns?|settlements?|positions|territory|territories|districts?)",
            BATTLES, "Government regains territory", "territory"),
    # Explosions/Remote violence
    Trigger(r"shell(?:ed|ing|ings)|bombard(?:ed|ing|ment|ments|s)?|barrages?|"
            r"cluster (?:munitions?|bombs?)|"
            r"(?:rocket|missile|mortar|artillery|grad) (?:fire|attacks?|strikes?|barrages?|"
            r"shelling|bombardments?|rounds|salvos?|shells?|launchers? fired)|"
            r"(?:fir(?:ed|es|ing)|launch(?:ed|es|ing)) (?:\w+ ){0,3}?(?:rockets?|missiles?|"
            r"shells|mortars?|projectiles)|(?:rockets?|missiles?|shells|mortars?|projectiles?) "
            r"(?:\w+ ){0,2}?(?:hit|hits|landed|land|lands|fell|falls|struck|strikes|slammed|rained|"
            r"exploded|were fired|was fired)|struck by (?:a |an )?(?:rocket|missile|shell|mortar)|"
            r"artillery (?:\w+ ){0,3}?(?:hit|struck|strikes|pounded|targeted|fired|shelled)|"
            r"explosions? (?:were |was |could be |could )?heard|sounds? of (?:explosions|shelling|"
            r"artillery)", EXPLOSIONS, _SHELL),
    Trigger(r"bomb(?:ed|ing|ings)|(?:was|were|been) (?:\w+ )?(?:struck|hit|targeted)"
            r"(?! by (?:a |an )?(?:car|truck|vehicle|bus|lorry|train))", EXPLOSIONS, _SHELL,
            "bombing"),
    Trigger(r"air ?strikes?|air ?raids?(?! (?:sirens?|alerts?|alarms?|warnings?|shelters?))|"
            r"aerial (?:bombardment|bombing|attacks?|strikes?)|"
            r"drone (?:strikes?|attacks?)|kamikaze drones?|loitering munitions?|"
            r"(?:drones?|uavs?|bayraktars?) (?:\w+ ){0,2}?(?:hit|struck|strikes|attacked|attacks|"
            r"targeted|targets|bombed|destroyed|dropped)|(?:struck|hit|attacked|targeted|"
            r"destroyed) by (?:a |an )?(?:\w+ )?(?:drones?|uavs?|bayraktars?|warplanes?|"
            r"aircraft|jets?|helicopters?)|(?:warplanes?|fighter jets?|jets|aircraft|"
            r"helicopters?|bombers?) (?:\w+ ){0,2}?(?:bombed|struck|hit|attacked|targeted|"
            r"strafed)", EXPLOSIONS, _AIR),
    Trigger(r"land ?mines?|mine (?:explosions?|blasts?)|(?:stepped on|hit|struck|triggered|"
            r"detonated) (?:a |an )?(?:land ?)?mine|ieds?|improvised explosive(?: devices?)?|"
            r"roadside bombs?|car bombs?|explosive devices?|(?:bomb|explosives?|device) "
            r"(?:exploded|went off|detonated|blew up)|unexploded (?:ordnance|munitions?|"
            r"shells?|bombs?)", EXPLOSIONS, _IED),
    Trigger(r"suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:s|er|ers)?|blasts?)|"
            r"blew (?:himself|herself|themselves) up", EXPLOSIONS, "Suicide bomb"),
    Trigger(r"(?:threw|thrown|throws|hurled|lobbed|tossed) (?:a |an )?(?:hand )?grenades?|"
            r"grenade (?:attacks?|blasts?|explosions?)|grenades? (?:exploded|went off|was thrown|"
            r"were thrown)", EXPLOSIONS, "Grenade"),
    Trigger(r"explosions?|blasts?|explod(?:ed|es|ing)|detonat(?:ed|ion|ions)|blew up",
            EXPLOSIONS, _IED, "explosion"),
    # Violence against civilians
    Trigger(r"execut(?:ed|ion|ions)|behead(?:ed|ing|ings)|massacr(?:e|es|ed)|tortur(?:ed|e|ing)|"
            r"mutilat(?:ed|ion)|shot dead|gunned down|(?:killed|targeted|attacks? on|attacked) "
            r"(?:\w+ ){0,3}?civilians", VIOLENCE, "Attack", "attack"),
    Trigger(r"abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?|taken hostage|"
            r"held hostage|took (?:\w+ ){0,2}?hostages?|forcibly disappeared|"
            r"enforced disappearances?", VIOLENCE, "Abduction/forced disappearance"),
    Trigger(r"rap(?:e|ed|es|ing)|sexual(?:ly)? (?:assault(?:ed|s)?|violence|abus(?:e|ed))",
            VIOLENCE, "Sexual violence"),
    # Protests and riots
    Trigger(r"protest(?:s|ed|ers|ors|ing)?|demonstrat(?:ion|ions|ors|ed|ing)|"
            r"rall(?:y|ies|ied|ying)|took to the streets|marched|sit ins?|picket(?:s|ed|ing)?|"
            r"hunger strikes?|went on strike|general strike|strikers|crowds? (?:\w+ ){0,3}?"
            r"(?:gathered|assembled|massed|marched|rallied)", PROTESTS,
            "Peaceful protest", "protest"),
    Trigger(r"riot(?:s|ed|ers|ing)?(?! police| gear| control| squad)|"
            r"(?:threw|throwing|hurled|hurling) (?:stones|rocks|molotov cocktails|"
            r"petrol bombs|bottles)", RIOTS, "Violent demonstration"),
    Trigger(r"mobs?|lynch(?:ed|ing|ings)?", RIOTS, "Mob violence"),
    # Strategic developments
    Trigger(r"ceasefire|cease fire|truce|armistice|peace (?:deal|agreement|accord|treaty)|"
            r"humanitarian (?:ceasefire|truce|pause)", STRATEGIC, "Agreement", "agreement"),
    Trigger(r"(?:signed|sign|signs|signing|reached|concluded|agreed on|agreed to|struck|"
            r"brokered|inked) (?:a |an |the )?(?:\w+ ){0,3}?(?:agreement|deal|accord|treaty|"
            r"memorandum|declaration|ceasefire|truce)|agreed to (?:lay down|hand over|disarm|"
            r"withdraw|disband|surrender|dissolve)|agreed (?:\w+ ){0,6}?to (?:end|stop|halt|cease) "
            r"(?:\w+ ){0,3}?(?:war|fighting|hostilities|conflict|clashes)|agreed (?:\w+ ){1,3}?to "
            r"(?:lay down|hand over|disarm|withdraw|disband|surrender|dissolve)|(?:agreement|deal|"
            r"accord|treaty|memorandum|declaration|statement|ceasefire|truce|protocol|pact|"
            r"convention) ?,? (?:was |were |has been |had been )?signed",
            STRATEGIC, "Agreement"),
    Trigger(r"arrest(?:ed|s|ing)?|detain(?:ed|s|ing)|detention of|taken into custody|"
            r"apprehended|rounded up", STRATEGIC, "Arrests", "arrest"),
    Trigger(r"peacekeep(?:ers|ing (?:forces?|troops|contingent|mission))", STRATEGIC,
            "Change to group/activity", "peacekeepers"),
    Trigger(r"(?:deployed|deploys|deploying|deployment of|redeployed|dispatched|stationed|"
            r"amassed|massing|massed) (?:\w+ ){0,3}?(?:troops|forces|soldiers|peacekeepers|"
            r"observers|monitors|units|tanks|reinforcements|military)|(?:troops|forces|"
            r"peacekeepers|observers|monitors|units) (?:\w+ ){0,2}?(?:were |was |have been |"
            r"had been )?(?:deployed|redeployed|stationed|arrived)|(?:declared|declares|"
            r"declaring|imposed|imposes|introduced|announced) (?:a |an )?(?:\w+ )?(?:martial law|"
            r"state of emergency|curfew|mobili[sz]ation)|martial law|general mobili[sz]ation|"
            r"mobili[sz]ed|dissol(?:ved|ve|ves|ving|ution) (?:of )?(?:[\w']+ ){0,5}?(?:"
            r"institutions|republic|government|parliament|army|armed forces|units|groups?|"
            r"organi[sz]ations|state|bodies)|ceased to exist|began disarming|disarmament of|"
            r"(?:set up|sets up|setting up|established) (?:\w+ ){0,3}?observation posts?",
            STRATEGIC, "Change to group/activity"),
    Trigger(rf"(?:shot|shoot|shoots|shooting) down (?:\w+ ){{0,3}}?{_WEAPONS}|"
            rf"(?:downed|intercepted|intercepts|intercepting|neutrali[sz]ed) (?:\w+ ){{0,3}}?"
            rf"{_WEAPONS}|(?:defused|disarmed|dismantled|cleared) (?:\w+ ){{0,3}}?(?:mines?|"
            rf"explosives?|bombs?|ieds?|devices?|ordnance)|(?:seized|confiscated|captured|"
            rf"handed over|surrendered|found) (?:\w+ ){{0,4}}?{_ARMS}|demining|mine clearance",
            STRATEGIC, "Disrupted weapons use"),
    Trigger(r"(?:established|establish|set up|sets up|setting up|built|installed|installs|"
            r"installing|erected) (?:a |an |the |new |its |their )?(?:\w+ ){0,2}?(?:bases?|"
            r"headquarters|check ?points?|outposts?|military posts?)",
            STRATEGIC, "Headquarters or base established"),
    Trigger(r"loot(?:ed|ing|ers)?|pillag(?:ed|ing|e)|plunder(?:ed|ing)?|ransack(?:ed|ing)?|"
            r"torch(?:ed|ing)|set (?:fire to|on fire|ablaze)|(?:burned|burnt|burning|burn) "
            r"(?:down )?(?:\w+ ){0,2}?(?:houses|homes|house|home|buildings|villages?|property)|"
            r"vandali[sz](?:ed|ing|m)|desecrat(?:ed|ion|ing)|demolish(?:ed|ing)|demolition of|"
            r"razed|bulldozed|(?:destroyed|damaged) (?:\w+ ){0,3}?(?:church|churches|cathedral|"
            r"mosques?|monuments?|cemeter(?:y|ies)|khachkars?|statues?)",
            STRATEGIC, "Looting/property destruction", "property"),
    Trigger(r"hand(?:ed|s|ing)? over|handover|(?:was |were )?returned to (?:\w+ )?(?:control|rule|"
            r"jurisdiction)|transferred to (?:\w+ ){0,2}?control|ceded|ceding",
            STRATEGIC, "Non-violent transfer of territory", "transfer"),
    Trigger(r"withdr(?:ew|awn|awal)|pull(?:ed|s)? out", STRATEGIC,
            "Non-violent transfer of territory", "withdrawal"),
    # Displacement
    Trigger(r"fle(?:d|e|es|eing)|(?:were|was|been|being|are|got) displaced|displacement of|"
            r"internally displaced|exodus|escaped (?:to|into|from|across)|(?:residents|civilians|"
            r"families|people|villagers|thousands|refugees|women|children) (?:\w+ ){0,2}?escaped|"
            r"(?:forced|forcing) (?:\w+ ){0,3}?(?:to leave|to flee|from their homes|out of)|"
            r"left (?:their|his|her) homes?|abandon(?:ed|ing) (?:their|his|her) homes?|"
            r"refugees? (?:\w+ ){0,2}?(?:arrived|arriving|crossed|crossing|entered|poured|pouring|"
            r"streamed|reached|registered)|influx of (?:\w+ )?refugees|(?:residents|civilians|"
            r"families|people|inhabitants|population|villagers|refugees) (?:\w+ ){0,3}?(?:had |"
            r"have |has )?(?:left|abandoned)|new arrivals|arrivals from|(?:took|taken|taking|"
            r"sought|seeking) (?:refuge|shelter)", DISPLACEMENT,
            "Displacement", "flight"),
    Trigger(r"crossed into|streamed (?:into|out|across)", DISPLACEMENT, "Displacement",
            "crossing"),
    Trigger(r"evacuat(?:ed|ion|ions|ing|es|e)|(?:moved|moving|flying|flew|flown|airlift(?:ed|ing)?|"
            r"ferried|ferrying|bused|bussed|relocated|transferred) (?:[\w']+ ){0,4}?(?:injured|"
            r"wounded|patients|civilians|residents|people|children|families|villagers) "
            r"(?:from|out|to)", DISPLACEMENT, "Evacuation"),
    # Humanitarian
    Trigger(r"humanitarian (?:aid|supplies|assistance|access|corridor)", HUMANITARIAN,
            "Humanitarian access", "aid"),
    Trigger(r"(?:trucks|lorries|convoys?) (?:carrying|loaded with|with) (?:[\w']+ ){0,4}?(?:aid|"
            r"food|flour|medicines?|fuel|supplies)|aid convoys?|humanitarian (?:convoys?|cargo|"
            r"deliveries|delivery|shipments?|"
            r"trucks)|(?:aid|relief|food|medical) "
            r"(?:trucks|convoys?|shipments?|deliveries)|red cross (?:convoys?|trucks|vehicles)|"
            r"(?:delivered|delivering|delivers|distributed) (?:\w+ ){0,3}?(?:aid|food|medicines?|"
            r"supplies|flour|fuel)|convoys? (?:\w+ ){0,2}?(?:arrived|entered|reached|crossed|"
            r"passed|was allowed|were allowed)", HUMANITARIAN, "Humanitarian access", "convoy"),
    Trigger(r"blockad(?:e|ed|es|ing)|besieg(?:ed|ing)|siege|(?:blocked|blocking|blocks|"
            r"closed|closing|closes|shut|cut off|severed) (?:the |a |all )?(?:\w+ ){0,3}?"
            r"(?:corridor|road|roads|highway|route|crossing|checkpoint|supplies|supply|"
            r"gas supplies|electricity|deliveries|traffic)|(?:closure|closing) of (?:the )?"
            r"(?:\w+ ){0,2}?(?:corridor|road|highway|route|crossing)|(?:was|were) (?:\w+ )?"
            r"(?:turned back|turned away|denied (?:access|entry|passage)|refused (?:entry|"
            r"passage))",
            HUMANITARIAN, "Blockade"),
    # Diplomacy
    Trigger(r"(?:in|issued|released|published) (?:a |an |the |its |their )?(?:joint |written |"
            r"official |separate )?statement|statements? (?:said|says|read|reads)|"
            r"joint statement|condemn(?:ed|s|ing)|condemnation of|(?:expressed|expresses) "
            r"(?:\w+ )?(?:concern|regret|condolences)|televised (?:address|speech)|address to "
            r"the nation|made the announcement|(?:press|news) conference|(?:court|tribunal|"
            r"judges?) (?:[\w']+ ){0,6}?(?:ordered|ruled)", DIPLOMACY, "Statement"),
    Trigger(r"(?:held|hold|holds|holding) talks|talks (?:in|between|with|were held|took place)|"
            r"(?<!was\x20)(?<!were\x20)(?<!be\x20)(?<!been\x20)met(?! with (?:resistance|"
            r"criticism|fire|silence|condemnation|anger|fury|outrage|protests))|"
            r"meets|meeting (?:in|between|with|of)|summit|negotiations (?:in|between|with|"
            r"were held|took place)|(?:hosted|hosts) (?:\w+ ){0,3}?(?:talks|meeting|negotiations|"
            r"summit)|summon(?:ed|s|ing)", DIPLOMACY, "Meeting"),
    # Military exercise
    Trigger(r"(?:began|begin|begins|held|hold|holds|holding|launched|conducted|conducting|staged|"
            r"staging|started) (?:a |an |the |their |its )?(?:[\w']+ ){0,3}?(?:exercise|"
            r"exercises|drill|drills|manoeuvres|maneuvers|war games)|(?:joint|military|naval|"
            r"multinational|live fire|tactical) exercise", EXERCISE, "Military exercise"),
    Trigger(r"(?:military|joint|army|naval|live fire|command|staff|tactical|large scale|war|"
            r"combat|training) (?:\w+ )?(?:exercises|drills|manoeuvres|maneuvers|games)|drills|"
            r"exercises (?:in|near|with|involving|began|started|were held|took place)|"
            r"manoeuvres|maneuvers", EXERCISE, "Military exercise"),
    # Casualties alone: typed from context (see `_casualty_events`).
    Trigger(r"killed|killing|(?<!the\x20)dead|died|deaths|death toll|lost (?:their|his|her) "
            r"lives|perished|wounded|injured|casualties", "", "", "casualty"),
)
# In a pattern, " " matches any white space, " ?" none or any ("air ?strike"), and "\x20"
# (for lookbehinds) exactly one space.
_COMPILED = [(re.compile(r"\b(?:" + t.pattern.replace(" ?", r"\s*").replace(" ", r"\s+")
                         + r")\b"), t) for t in TRIGGERS]
# All the triggers in one pattern: most sentences have none, and one search tells so.
_ANY_TRIGGER = re.compile(r"\b(?:" + "|".join(
    t.pattern.replace(" ?", r"\s*").replace(" ", r"\s+") for t in TRIGGERS) + r")\b")


@dataclass(frozen=True)
class Event:
    article_id: str
    event_id: str  # f"{article_id}#{n}", n from 1 in text order
    event_type: str
    sub_event_type: str
    trigger: str  # the words that triggered it
    sentence: str
    sentence_start: int  # offset of the sentence in article.text
    date: PartialDate
    mention: Mention | None  # the place mention it is attached to (None: fallback or none)
    place: Place | None
    geo_precision: str  # point, city, region, country; "" without a place
    place_source: str  # sentence, paragraph, article, none
    fatalities: int | None


# ---------------------------------------------------------------------------------------
# Sentences and paragraphs

# Words whose dot never ends a sentence, and words whose dot does not before a number.
_TITLES = frozenset("mr mrs ms dr prof gen col lt sgt capt maj rev st mt ft jr sr gov sen rep "
                    "adm cmdr brig lieut pres sec messrs mme mlle pvt cpl insp supt".split())
_BEFORE_NUMBERS = frozenset("no nos vol art fig p pp jan feb mar apr jun jul aug sep sept oct "
                            "nov dec".split())
_NEVER_LAST = frozenset("e.g i.e vs approx cf incl".split())
_SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i in on at but and this that these those his her their its "
    "there however meanwhile after before when while as according officials some many "
    "several one two three both all most if".split())
_BREAK = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_LAST_WORD = re.compile(r"([\w.'’-]+)[.!?…]+[\"'”’)\]]*$")


def _paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Paragraph spans: blank lines always separate, and so does a single line break, unless
    the lines around it are hard-wrapped prose (long lines that run on without closing
    punctuation). List items and headings are paragraphs of their own."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    position = start
    for line in text[start:].split("\n"):
        span = (position, position + len(line))
        position += len(line) + 1
        if not line.strip() or _LIST_ITEM.match(line):
            spans += _run_paragraphs(text, run)
            run = []
            if line.strip():
                spans += _run_paragraphs(text, [span])
        else:
            run.append(span)
    return spans + _run_paragraphs(text, run)


_LIST_ITEM = re.compile(r"\s*(?:[-*•#]|\d+[.)])\s")


def _run_paragraphs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A run of consecutive lines: one paragraph if hard-wrapped, else one per line."""
    trimmed = []
    for line_start, line_end in lines:
        line = text[line_start:line_end]
        trimmed.append((line_start + len(line) - len(line.lstrip()),
                        line_start + len(line.rstrip())))
    if len(trimmed) >= 2:
        inner = [text[s:e] for s, e in trimmed[:-1]]
        running_on = [line for line in inner
                      if len(line) >= 40 and not re.search(r"[.!?:\"”]$", line)]
        if len(running_on) * 2 >= len(inner):
            return [(trimmed[0][0], trimmed[-1][1])]
    return trimmed


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of text[start:], trimmed of white space.

    A paragraph break always ends a sentence; a full stop does unless it closes an
    abbreviation ("Mr.", "Sept. 19", "U.S. forces") or an initial.
    """
    spans = []
    for para_start, para_end in _paragraphs(text, start):
        sentence_start = para_start
        for found in _BREAK.finditer(text, para_start, para_end):
            if _ends_sentence(text, sentence_start, found.start(), found.end(), para_end):
                spans.append((sentence_start, found.end()))
                following = re.compile(r"\s*").match(text, found.end(), para_end)
                sentence_start = following.end()
        if sentence_start < para_end:
            spans.append((sentence_start, para_end))
    return [piece for s, e in spans if text[s:e].strip() for piece in _pieces(text, s, e)]


_LONGEST = 600  # characters: a longer "sentence" (a table, a list run together) is cut


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence, or a run-on one cut at its last comma, semicolon or space before each
    `_LONGEST` characters, so that the work per sentence stays bounded."""
    pieces = []
    while end - start > _LONGEST:
        cut = max(text.rfind(mark, start + 1, start + _LONGEST) for mark in ";, ")
        cut = cut + 1 if cut > start else start + _LONGEST
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    pieces.append((start, end))
    return [(s, s + len(text[s:e].rstrip())) for s, e in pieces if text[s:e].strip()]


def _ends_sentence(text: str, sentence_start: int, punct_start: int, punct_end: int,
                   para_end: int) -> bool:
    after = re.compile(r"\s+(\S+)").match(text, punct_end, para_end)
    if after is None:
        return False  # the paragraph's end ends it anyway
    next_word = after.group(1)
    first = next_word.lstrip("\"'“‘([")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if text[punct_start] != ".":
        return True
    last = _LAST_WORD.search(text, max(sentence_start, punct_start - 40), punct_end)
    word = last.group(1).lower().strip("'’") if last else ""
    if word in _TITLES or word in _NEVER_LAST:
        return False
    if word in _BEFORE_NUMBERS and first.isdigit():
        return False
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "J. Smith"
    if "." in word.strip("."):  # a dotted acronym: "U.S.", "a.m."
        return next_word.strip("\"'“‘(").lower() in _SENTENCE_STARTERS
    return True


# ---------------------------------------------------------------------------------------
# Is the event asserted?

_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|,(?!\d)|\s[-–—]+\s|\s(?:but|while|whereas|although|"
                           r"though|however|as|when|after|before|because|since)\s",
                           re.IGNORECASE)
_NEGATORS = frozenset("not never no without neither nor nobody none nothing cannot hardly "
                      "end ended ending ends halt halted stop stopped cease ceased lift lifted "
                      "lifting".split())
_MODALS = frozenset("may might could would will shall should can must 'll 'd".split())
_NOT = frozenset("not no never cannot".split())
_REFERRED = re.compile(r"\b(?:since|until|till) (?:the|this|that) (?:\w+ )?$")
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|"
                     r"refut(?:e|es|ed|ing)|false(?:ly)?|fake|untrue|baseless|unfounded|"
                     r"fabricat(?:ed|ion)|disinformation|misinformation|no (?:evidence|sign|signs|"
                     r"indication|reports?)|nothing to suggest|rumou?rs?|hoax)\b")
_INTENTION = re.compile(
    r"\b(?:(?:threat(?:en|ens|ened|ening)|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|vow(?:s|ed)?|"
    r"pledg(?:e|es|ed)|promis(?:e|es|ed)|want(?:s|ed)?|seek(?:s|ing)?|sought|aim(?:s|ed)?|"
    r"prepar(?:e|es|ed|ing)|ready|refus(?:e|es|ed|ing)|fail(?:s|ed)?|hop(?:e|es|ed|ing)|"
    r"expect(?:s|ed)?|likely|set|order|so as|attempt(?:s|ed)?|tr(?:y|ies|ied)|meant|"
    r"designed|intended|supposed) to"
    r"|call(?:s|ed|ing)? (?:for|on)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|"
    r"warn(?:s|ed|ing)? (?:of|against|that)|risk(?:s|ed)? of|fears?|feared|threat of|"
    r"possib(?:le|ility|ly)|potential(?:ly)?|prevent(?:s|ed|ing)?|avoid(?:s|ed|ing)?|"
    r"ahead of|in preparation for|ultimatum)\b")
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether|in case|in the event)\b")
_DENIED_AFTER = re.compile(r"^(?:\W+\w+){0,4}?\W+(?:(?:was|were|has been|have been) "
                           r"(?:denied|rejected|dismissed)|(?:is|was|were|are) (?:false|untrue|"
                           r"baseless|fake)|did not happen|never happened|not true|stops|ends|"
                           r"ceases|is over)\b")
# "has been hit several times": a tally, not one event.
_HABITUAL = re.compile(r"\W*(?:\w+\W+){0,2}?(?:several|many|multiple|numerous|countless|"
                       r"dozens of|a number of) times\b|\W*(?:\w+\W+){0,2}?(?:repeatedly|"
                       r"regularly|frequently|routinely)\b|\W*(?:\w+\W+){0,2}?in recent "
                       r"(?:years|months|weeks|decades)\b")
# An exercise's scenario: "soldiers will practise evacuating casualties".
_REHEARSED = re.compile(r"\b(?:practi[cs](?:e|es|ed|ing)|rehears\w*|simulat\w*|scenarios?)\b")
_SEEN_HEARD = re.compile(r"\b(?:could|can) (?:be )?(?:heard|seen)\b")
_MAKES_INFINITIVE_REAL = frozenset("forced force forcing began begun begin begins started start "
                                   "starts continued continue continues had has have managed "
                                   "used using helped compelled obliged made".split())
_HABITS = frozenset("regular regularly annual yearly routine routinely periodic often usually "
                    "sometimes frequently occasionally always".split())
# A span of time summed up before the news: "after two days of fighting", "spent nine months
# under blockade", "followed weeks of negotiations".
_BACKGROUND = re.compile(r"\b(?:after|following|followed|despite|amid|spent|spending|endured|"
                         r"ending|ended|ends) (?:\w+ ){0,3}?(?:hours|days|weeks|months|years|"
                         r"decades) (?:of|under|in) (?:\w+ ){0,2}$")
_TOKEN = re.compile(r"[\w']+")
# A trigger word after "to" with one of these endings is a noun ("led to clashes").
_NOUN_ENDINGS = ("s", "ing", "tion", "ment", "ade", "age", "ure", "ence", "ance")


def _clause_start(sentence: str, position: int) -> int:
    start = 0
    for found in _CLAUSE_BREAK.finditer(sentence, 0, position):
        start = found.end()
    return start


def _clause_end(sentence: str, position: int) -> int:
    found = _CLAUSE_BREAK.search(sentence, position)
    return found.start() if found else len(sentence)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _TOKEN.findall(text.replace("’", "'"))]


def _modal(text: str) -> bool:
    """Whether the words have a modal verb; case counts, since "May" is the month."""
    return any(w in _MODALS for w in _TOKEN.findall(text.replace("’", "'")))


def _asserted(sentence: str, folded: str, start: int, end: int) -> bool:
    """False for a trigger that is denied, negated, conditional, planned, feared, habitual,
    rehearsed or only referred back to; the scope is the trigger's clause (for a condition,
    the sentence so far)."""
    clause = _clause_start(sentence, start)
    before, earlier = folded[clause:start], folded[:start]
    near = _words(sentence[clause:start])
    own = _words(sentence[start:end])
    heard = _SEEN_HEARD.search(folded, max(0, start - 20), end) is not None
    near_text = " ".join(_TOKEN.findall(sentence[clause:start])[-4:])
    own_text = " ".join(_TOKEN.findall(sentence[start:end])[1:])
    if any(w in _NEGATORS or w.endswith("n't") for w in near[-4:]) or set(own[1:]) & _NOT:
        return False
    if not heard and (_modal(near_text) or _modal(own_text)):
        return False  # "may shell", "rockets could hit"
    if _DENIAL.search(before) or _INTENTION.search(before) or _CONDITIONAL.search(earlier):
        return False
    if _REFERRED.search(earlier[-_CONTEXT:]) or _BACKGROUND.search(earlier[-_CONTEXT:]) \
            or "in the past" in before:
        return False  # "since the bombardment began", "after two days of fighting"
    if set(near + own) & _HABITS or _HABITUAL.match(folded, end, end + 40):
        return False  # "regular naval exercises", "hit several times"
    if _DENIED_AFTER.match(folded[end:end + 60]) or _REHEARSED.search(earlier):
        return False
    return not _infinitive(near, own[0] if own else "")


def _infinitive(before: list[str], trigger_word: str) -> bool:
    """"to evacuate", "to be shelled": not done (yet), unless "forced to flee", "had to"."""
    if before[-1:] != ["to"] and before[-2:] != ["to", "be"]:
        return False
    to_at = len(before) - (1 if before[-1] == "to" else 2)
    if any(w in _MAKES_INFINITIVE_REAL for w in before[max(0, to_at - 5):to_at]):
        return False
    return before[-1] == "be" or not trigger_word.endswith(_NOUN_ENDINGS)


# ---------------------------------------------------------------------------------------
# Context rules: the type a trigger takes from the words around it


@dataclass(frozen=True)
class _Hit:
    start: int  # offsets in the sentence
    end: int
    trigger: Trigger
    event_type: str
    sub_event_type: str


@dataclass(frozen=True)
class _Sentence:
    text: str
    folded: str
    start: int  # offset in the article
    mentions: tuple[Mention, ...]  # usable place mentions (role "mention", resolved)
    heading: bool = False  # a headline, title or section heading
    demonyms: tuple[Mention, ...] = ()  # "Azerbaijani troops": who, never where


_CIVILIANS = re.compile(r"\b(?:civilians?|residents?|villagers?|journalists?|reporters?|"
                        r"passengers?|bus|ambulances?|hospitals?|schools?|churche?s?|markets?|"
                        r"homes?|houses?|famil(?:y|ies)|children|child|women|woman|worshippers|"
                        r"aid workers?|medics?|paramedics?|funeral|kindergarten|"
                        r"(?:residential|civilian) (?:areas?|buildings?|neighbou?rhoods?))\b")
_MILITARY = re.compile(r"\b(?:positions?|troops|soldiers?|army|military|forces|servicem[ae]n|"
                       r"posts?|bases?|front ?line|checkpoints?|units?|convoys?|tanks?|fighters|"
                       r"separatists?|rebels?|militants?|trenches|defen[cs]es?|outposts?)\b")
_PROTESTERS = re.compile(r"\b(?:protesters?|protestors?|demonstrators?|rall(?:y|ies)|"
                         r"crowds?|marchers)\b")
_NON_STATE = re.compile(r"\b(?:rebels?|separatists?|separatist|militias?|insurgents?|militants?|"
                        r"guerrillas?|jihadists?|ethnic \w+ (?:forces|fighters|militias?|units)|"
                        r"self (?:declared|proclaimed|styled)|de facto|breakaway|"
                        r"paramilitar(?:y|ies)|armed groups?|gunmen|islamists?|"
                        r"(?:defen[cs]e|liberation|self defen[cs]e) army)\b")
_TERRITORY = re.compile(r"\b(?:villages?|towns?|city|cities|settlements?|heights|hills?|"
                        r"hilltops?|regions?|districts?|territor(?:y|ies)|positions?|areas?|"
                        r"outposts?|bridges?|roads?|highways?|airports?|bases?|capital|"
                        r"strongholds?|control|provinces?|peaks?|pass|corridor|outskirts)\b")
_SHELL_WORDS = re.compile(r"\b(?:shell|shells|shelling|artillery|rockets?|missiles?|mortars?|"
                          r"grad|barrage)\b")
_AIR_WORDS = re.compile(r"\b(?:aircraft|warplanes?|jets?|planes?|air force|aerial|helicopters?|"
                        r"drones?|uavs?|bombers?|air)\b")
_ACCIDENT = re.compile(r"\b(?:fuel|gas|petrol|gasoline|depot|warehouse|storage|accident|"
                       r"accidental(?:ly)?|leak|factory|plant|filling station|tanker|boiler)\b")
_AGREEMENT_VERBS = re.compile(r"\b(?:took effect|takes effect|take effect|came into (?:effect|"
                              r"force)|entered into force|went into effect|agreed|agree|agrees|"
                              r"signed|announced|declared|brokered|reached|began|started|"
                              r"mediated|took hold|takes hold)\b")
# "were left guarding empty villages" is staying, not leaving.
_PEACEKEEPER_VERBS = re.compile(r"\b(?:deploy(?:ed|s|ing|ment)?|arriv(?:ed|es|al)|entered|"
                                r"moved|took up|stationed|withdr(?:ew|awn|awal)|"
                                r"(?<!were\s)(?<!was\s)left|patrol(?:s|led|ling)?|set up|"
                                r"escorted|began|begun|landed|flew|flown|leav\w*|depart\w*)\b")
_ATTACKERS = re.compile(r"\b(?:gunm[ae]n|attackers?|assailants?|suspects?|perpetrators?|"
                        r"scene)\b")
_REFUGEES = re.compile(r"\b(?:refugees?|residents?|civilians?|families|people|villagers|"
                       r"thousands|hundreds|women|children|population)\b")
_NATURAL_DEATH = re.compile(r"\b(?:starvation|hunger|malnutrition|illness|disease|natural "
                            r"causes|heart attack|lack of (?:food|medicine|medical))\b")


def _window(folded: str, start: int, end: int, chars: int = 70) -> str:
    return folded[max(0, start - chars):end + chars]


def _place_follows(sentence: _Sentence, hit: _Hit, chars: int = 60) -> bool:
    return any(hit.end <= m.start - sentence.start <= hit.end + chars for m in sentence.mentions)


def _rule_attack(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    after = sentence.folded[hit.end:hit.end + 60]
    clause = sentence.folded[_clause_start(sentence.text, hit.start):
                             _clause_end(sentence.text, hit.end)]
    if _PROTESTERS.search(after):
        return PROTESTS, "Excessive force against protesters"
    for text in (after, clause):
        if _CIVILIANS.search(text) and not _MILITARY.search(after):
            return VIOLENCE, "Attack"
        if _MILITARY.search(text):
            return BATTLES, "Armed clash"
    return hit.event_type, hit.sub_event_type


def _rule_territory(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    folded = sentence.folded
    after = folded[hit.end:hit.end + 50]
    if re.search(_ARMS, after):
        return STRATEGIC, "Disrupted weapons use"
    if folded[hit.start:hit.end].startswith("storm") and _PROTESTERS.search(folded):
        return RIOTS, "Violent demonstration"
    passive_subject = any(0 <= hit.start - (m.end - sentence.start) <= 30
                          for m in sentence.mentions)
    if not (_place_follows(sentence, hit) or passive_subject
            or _TERRITORY.search(folded, hit.start, hit.end + 50)):
        return None  # captured soldiers, seized a car: not territory
    subject = folded[max(_clause_start(sentence.text, hit.start), hit.start - 80):hit.start]
    taker = re.match(r"\s+(?:to|by)\s+(?:\w+\s+){0,5}", folded[hit.end:hit.end + 60])
    if _NON_STATE.search(subject) or taker and _NON_STATE.search(taker.group()) \
            or _foreign_forces(sentence, hit):
        return BATTLES, "Non-state actor overtakes territory"
    return BATTLES, "Government regains territory"


def _foreign_forces(sentence: _Sentence, hit: _Hit) -> bool:
    """"Armenian forces captured Shusha": forces named after a country other than the one the
    place taken lies in are not that state regaining its own territory."""
    start = max(_clause_start(sentence.text, hit.start), hit.start - 60) + sentence.start
    takers = [d for d in sentence.demonyms if start <= d.start < hit.start + sentence.start
              and d.place is not None and d.place.country]
    taken = [m for m in sentence.mentions
             if 0 <= m.start - sentence.start - hit.end <= 60 and m.place.country]
    return bool(takers and taken) and takers[-1].place.country != taken[0].place.country


def _rule_under_fire(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    if _SHELL_WORDS.search(sentence.folded):
        return EXPLOSIONS, _SHELL
    return BATTLES, "Armed clash"


def _rule_bombing(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    if _AIR_WORDS.search(sentence.folded):
        return EXPLOSIONS, _AIR
    return EXPLOSIONS, _SHELL


def _rule_explosion(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    window = _window(sentence.folded, hit.start, hit.end, 60)
    if _ACCIDENT.search(window):
        return STRATEGIC, "Other"
    if _SHELL_WORDS.search(window):
        return EXPLOSIONS, _SHELL  # "a shell exploded near the school"
    return EXPLOSIONS, _AIR if re.search(r"\b(?:drones?|uavs?|air ?strikes?)\b", window) else _IED


def _rule_protest(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    folded = sentence.folded
    if re.search(r"\b(?:live fire|military|firepower|capabilit\w+|weapons?|flight|air show)\s+$",
                 folded[max(0, hit.start - 30):hit.start]) or re.match(
                     r"\s+(?:of|that)\s+(?:its\s+|the\s+)?(?:force|strength|power|resolve|"
                     r"capabilit|unity|support|solidarity)", folded[hit.end:]):
        return None  # a show of force, not a protest
    if re.search(r"\b(?:killed|shot dead|live (?:fire|ammunition|rounds)|opened fire|shot at|"
                 r"fired (?:on|at|into))\b", folded):
        return PROTESTS, "Excessive force against protesters"
    if re.search(r"\b(?:clash(?:ed|es)? with (?:the )?police|threw|throwing|hurled|stormed|"
                 r"storming|set fire|smash(?:ed|ing)|rioters?|riot(?:ed|ing)|violent|"
                 r"vandali[sz]ed)\b", folded):
        return RIOTS, "Violent demonstration"
    if re.search(r"\bdispersed (?:peacefully|without incident)", folded):
        return PROTESTS, "Peaceful protest"
    if re.search(r"\b(?:dispers(?:ed|e|ing)|tear ?gas|water cannons?|stun grenades?|"
                 r"rubber bullets|pepper spray|detain(?:ed|ing)|arrest(?:ed|ing)|beat(?:en)?|"
                 r"batons?|broke up|crack(?:ed)? down|crackdown)\b", folded):
        return PROTESTS, "Protest with intervention"
    return PROTESTS, "Peaceful protest"


def _rule_agreement(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    if _AGREEMENT_VERBS.search(_window(sentence.folded, hit.start, hit.end, 60)):
        return STRATEGIC, "Agreement"
    return None  # "violated the ceasefire", "ceasefire violations"


def _rule_aid(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    if re.search(r"\b(?:deliver\w*|arriv\w*|reach\w*|enter\w*|cross\w*|distribut\w*|brought|"
                 r"allowed|opened|convoys?|trucks|lorries)\b",
                 _window(sentence.folded, hit.start, hit.end, 60)):
        return HUMANITARIAN, "Humanitarian access"
    return None  # "announced $11 million in humanitarian aid": money, not access


def _rule_convoy(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    """A convoy that gets through is access; one held at the border is the blockade."""
    if re.search(r"\b(?:waiting|parked|held|stuck|stranded|blocked|turned back|turned away|"
                 r"not allowed|denied|refused|stopped)\b",
                 sentence.folded[hit.end:_clause_end(sentence.text, hit.end) + 80]):
        return HUMANITARIAN, "Blockade"
    return HUMANITARIAN, "Humanitarian access"


def _rule_arrest(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    if re.match(r"\s+warrants?\b", sentence.folded[hit.end:]):
        return None
    return STRATEGIC, "Arrests"


def _rule_peacekeepers(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    if _PEACEKEEPER_VERBS.search(_window(sentence.folded, hit.start, hit.end, 50)):
        return STRATEGIC, "Change to group/activity"
    return None


def _rule_property(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    return STRATEGIC, "Looting/property destruction"


def _rule_transfer(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    if _place_follows(sentence, hit) or _TERRITORY.search(sentence.folded[hit.end:hit.end + 50]):
        return STRATEGIC, "Non-violent transfer of territory"
    return None  # handed over the bodies, a petition


def _rule_withdrawal(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    if not _MILITARY.search(sentence.folded) and "peacekeep" not in sentence.folded:
        return None  # withdrew an ambassador, a bill
    if re.match(r"\s+(?:\w+\s+){0,4}?from\b", sentence.folded[hit.end:]) and \
            _place_follows(sentence, hit, 80):
        return STRATEGIC, "Non-violent transfer of territory"
    return STRATEGIC, "Change to group/activity"


def _rule_flight(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    if _ATTACKERS.search(_window(sentence.folded, hit.start, hit.end, 30)):
        return None  # the gunmen fled the scene
    return DISPLACEMENT, "Displacement"


def _rule_crossing(sentence: _Sentence, hit: _Hit) -> tuple[str, str] | None:
    window = _window(sentence.folded, hit.start, hit.end, 60)
    if _REFUGEES.search(window):
        return DISPLACEMENT, "Displacement"
    if _MILITARY.search(window):
        return STRATEGIC, "Change to group/activity"
    return None


_RULES = {
    "attack": _rule_attack, "territory": _rule_territory, "under_fire": _rule_under_fire,
    "bombing": _rule_bombing, "explosion": _rule_explosion, "protest": _rule_protest,
    "agreement": _rule_agreement, "arrest": _rule_arrest, "peacekeepers": _rule_peacekeepers,
    "property": _rule_property, "transfer": _rule_transfer, "withdrawal": _rule_withdrawal,
    "flight": _rule_flight, "crossing": _rule_crossing, "aid": _rule_aid,
    "convoy": _rule_convoy,
}
# Triggers that give way when the sentence has a more telling one: an explosion in a
# sentence about shelling is the shelling; burned houses in one about an attack are its damage.
_GIVE_WAY = {"explosion": {BATTLES, EXPLOSIONS, VIOLENCE},
             "property": {BATTLES, EXPLOSIONS, VIOLENCE},
             "attack": {EXPLOSIONS}, "arrest": {PROTESTS, RIOTS},
             "under_fire": {EXPLOSIONS}}


def _find_hits(sentence: _Sentence) -> list[_Hit]:
    """Asserted triggers, longest first where they overlap, typed by their rules."""
    if not _ANY_TRIGGER.search(sentence.folded):
        return []
    matches = []
    for order, (pattern, trigger) in enumerate(_COMPILED):
        for found in pattern.finditer(sentence.folded):
            matches.append((found.start(), found.end(), order, trigger))
    matches.sort(key=lambda m: (-(m[1] - m[0]), m[2]))
    kept: list[tuple[int, int, int, Trigger]] = []
    for match in matches:
        if all(match[1] <= k[0] or match[0] >= k[1] for k in kept):
            kept.append(match)
    kept.sort()
    hits = []
    for start, end, _, trigger in kept:
        if not _asserted(sentence.text, sentence.folded, start, end):
            continue
        hit = _Hit(start, end, trigger, trigger.event_type, trigger.sub_event_type)
        if trigger.rule and trigger.rule != "casualty":
            typed = _RULES[trigger.rule](sentence, hit)
            if typed is None:
                continue
            hit = _Hit(start, end, trigger, *typed)
        hits.append(hit)
    types = {h.event_type for h in hits if not h.trigger.rule or h.trigger.rule == "bombing"}
    blocked = [h.start for h in hits if h.sub_event_type == "Blockade"]
    protest = any(h.trigger.rule == "protest" for h in hits)
    subs = {h.sub_event_type for h in hits}
    return [h for h in hits
            if not (types & _GIVE_WAY.get(h.trigger.rule, set()))
            and not (protest and h.trigger.rule != "protest" and (
                h.event_type in {RIOTS, BATTLES} or h.sub_event_type == "Grenade"))
            # A protest camp that closes a road is the blockade; talks that end in an
            # agreement are the agreement.
            and not (h.trigger.rule == "protest" and "Blockade" in subs)
            and not (h.sub_event_type == "Meeting" and "Agreement" in subs)
            # "Red Cross vehicles were turned back": the convoy is the blockade's object.
            and not (h.sub_event_type == "Humanitarian access"
                     and any(0 <= b - h.end <= 30 for b in blocked))]


# ---------------------------------------------------------------------------------------
# Where: the place a mention plays in its sentence


_LOCATIVE = frozenset("in at near around outside inside into across towards toward through "
                      "throughout within along over on off beyond behind past nearby".split())
_MODIFIERS = frozenset(
    "the a an of town towns village villages city cities capital region regions province "
    "provinces district districts area areas outskirts suburbs suburb centre center heart "
    "parts part direction road highway corridor regional provincial administrative nearby "
    "neighbouring neighboring northern southern eastern western central northeastern "
    "northwestern southeastern southwestern north south east west disputed breakaway "
    "separatist occupied border frontier frontline front line entire whole key strategic "
    "strategically important ancient historic mountain mountainous hilltop cultural main spa "
    "resort port market industrial coastal fortress garrison mining "
    "small large major besieged settlement settlements commune municipality county state "
    "republic enclave territory territories vicinity streets street villages' city's town's "
    "populated controlled held".split())
_ACTOR_AFTER = re.compile(
    r"^(?:'s?)?\s+(?:\w+\s+)?(?:government|army|armed forces|forces|troops|military|ministry|"
    r"president|prime minister|leader|leaders|leadership|officials?|authorities|side|soldiers|"
    r"servicemen|police|parliament|spokes(?:man|woman|person)|administration|embassy|"
    r"ambassador|envoy|delegation|negotiators|diplomats?|separatists|rebels|backed|led|"
    r"aligned|allied|supported|sponsored|office|service|services|committee|prosecutors?|"
    r"ombudsman|officers|border guards|media|television|news agency|representatives?)\b")
_SPEECH_AFTER = re.compile(
    r"^(?:\s*,\s*\w+(?:\s+\w+)?\s*,|\s*,\s*(?:which|who))?\s+(?:has\s+|have\s+|had\s+|"
    r"also\s+|later\s+|again\s+|on\s+\w+\s+|then\s+)?(?:said|says|say|saying|rejected|"
    r"rejects|denied|denies|deny|accused|accuses|claimed|claims|announced|announces|reported|"
    r"reports|stated|states|warned|warns|condemned|condemns|called|calls|urged|urges|insisted|"
    r"insists|responded|blamed|blames|alleged|alleges|confirmed|confirms|demanded|demands|"
    r"threatened|threatens|vowed|vows|pledged|promised|agreed|agrees|signed|signs|"
    r"recogni[sz]ed|recogni[sz]es|wants|asked|told|informed|launched|launches|admitted|"
    r"acknowledged|expressed|offered|sent|supports|supported|backs|backed|hopes|believes|"
    r"would|will)\b")
_ACTOR_BEFORE = re.compile(r"\b(?:according to|by|against|accused|accusing|blamed|blaming|urged|"
                           r"urging|called on|backed by|supported by|with|(?:president|"
                           r"government|ministry|leaders?|leadership|army|forces|people|"
                           r"authorities|side|parliament|officials|representatives|delegation|"
                           r"minister|ambassador|envoy)s? of)\s+(?:the\s+)?$")
_LOCATIVE_BETWEEN = re.compile(r"\b(?:road|border|corridor|highway|route|frontier|line|area|"
                               r"mountains?|region)\s+between\s+")
_SPEAKERS_AT = re.compile(r"\b(?:officials?|sources?|diplomats?|analysts?|authorities|government|"
                          r"ministry|spokes(?:man|woman|person)|observers|experts|leaders?|"
                          r"prosecutors?|police)\s+(?:in|at|from)\s+(?:the\s+)?$")
_BORDER_WITH = re.compile(r"\bborder\s+with\s+(?:the\s+)?$")
_PASSIVE_AFTER = re.compile(r"^(?:'s\s+[\w\s]{0,20}?)?\s*(?:,[^,]{0,60},\s*)?(?:was|were|is|are|"
                            r"has been|have been|had been|came|comes|come|remains?|remained|"
                            r"being|itself)\b")
_AGENT_VERBS = frozenset(
    "shelled shells bombarded bombed attacked attacks captured seized took retook recaptured "
    "liberated launched launches fired fires struck hit targeted stormed overran shot downed "
    "intercepted deployed sent blockaded blocked closed evacuated arrested detained abducted "
    "killed signed opened began mounted repelled repulsed set established installed "
    "built".split())
# Verbs whose object is where the event happened: "rockets hit X", "residents left X".
_OBJECT_VERBS = frozenset(
    "hit hits hitting struck strikes striking targeted targeting pounded pounding rocked shook "
    "shelled shelling bombed bombing attacked attacking captured seized entered fled flee "
    "fleeing left leaving evacuated reached surrounded encircled besieged liberated retook "
    "raided stormed destroyed damaged blockaded".split())
_SPECIFICITY = {"point": 0, "site": 0, "city": 1, "town": 1, "village": 1, "locality": 1,
                "admin2": 2, "admin1": 3, "region": 3, "country": 4, "continent": 5}
_POINT_KINDS = frozenset({"point", "site", "poi", "landmark", "building", "airport", "base",
                          "checkpoint", "bridge", "station", "port"})
_CITY_KINDS = frozenset({"city", "town", "village", "locality", "hamlet", "suburb",
                         "neighbourhood", "neighborhood", "settlement"})


def _place_use(sentence: _Sentence, mention: Mention, hit: _Hit | None,
               event_type: str = "") -> int:
    """How well a mention locates the sentence's event: 0 an actor, 1 a bare name,
    2 a destination or a weak 'of', 3 governed by a locative word or the trigger's object."""
    folded = sentence.folded
    start, end = mention.start - sentence.start, mention.end - sentence.start
    # What governs a name lies near it; the bound keeps a run-on "sentence" linear.
    window = max(0, start - _CONTEXT)
    before, after = folded[window:start], folded[end:end + _CONTEXT]
    if _ACTOR_AFTER.match(after):
        return 0
    listed = _listed_after(sentence, mention)
    if listed is not None:  # "by France, Russia and the United States"
        return _place_use(sentence, listed, hit, event_type)
    if _BORDER_WITH.search(before):
        return 1
    if _ACTOR_BEFORE.search(before) or re.search(r"\bnot\s+(?:\w+\s+)?$", before):
        return 0  # "by X", "X's government", "not in X"
    if re.search(r"\bbetween\s+(?:(?:the\s+)?[\w']+\s+){0,3}?(?:and\s+)?(?:the\s+)?$", before):
        return 3 if _LOCATIVE_BETWEEN.search(before[-60:]) else 0
    if _SPEAKERS_AT.search(before) and _SPEECH_AFTER.match(after):
        return 0  # "officials in Moscow said": where the speakers are
    adjectives = [(d.start - sentence.start - window, d.end - sentence.start - window)
                  for d in sentence.demonyms]
    shifted = None if hit is None else _Hit(hit.start - window, hit.end - window, hit.trigger,
                                            hit.event_type, hit.sub_event_type)
    governed = _governed(before, shifted, event_type, adjectives)
    if governed == 3:
        return 3  # "forces in X agreed": X is where, not who
    if _SPEECH_AFTER.match(after):
        return 0
    if hit is not None and hit.start >= end:
        gap = folded[end:hit.start]
        first_word = _TOKEN.findall(folded[hit.start:hit.end])[:1]
        if mention.place.kind in _AGENT_KINDS and \
                re.fullmatch(r"(?:'s)?\s*(?:\w+\s+){0,1}", gap) and first_word and \
                first_word[0] in _AGENT_VERBS and not re.search(r"\b(?:was|were|been|being|is|"
                                                                r"are)\b", gap):
            return 0  # "Azerbaijan shelled ...": the subject of the attack
    if _PASSIVE_AFTER.match(after) and hit is not None and 0 <= hit.start - end <= 50:
        return 3
    return governed


_AGENT_KINDS = frozenset({"country", "admin1", "region", "continent"})


def _listed_after(sentence: _Sentence, mention: Mention) -> Mention | None:
    """The name this one is listed after ("X, Y and Z"), if any."""
    earlier = [m for m in sentence.mentions if m.end <= mention.start]
    if not earlier:
        return None
    gap = sentence.folded[earlier[-1].end - sentence.start:mention.start - sentence.start]
    return earlier[-1] if re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?", gap) else None


def _governed(before: str, hit: _Hit | None, event_type: str,
              adjectives: Sequence[tuple[int, int]] = ()) -> int:
    """Walk back over modifiers ("in the nearby town of X", "in the Armenian-held village of
    X", with demonyms at `adjectives`) to the word that governs X."""
    tokens = list(re.finditer(r"[\w']+", before))
    skipped = 0
    for token in reversed(tokens):
        word = token.group()
        if hit is not None and hit.start <= token.start() < hit.end:
            return 3  # the object of the trigger: "shelled the town of X", "the shelling of X"
        if word in _MODIFIERS or word.endswith("'s") or word.isdigit() or any(
                s <= token.start() < e for s, e in adjectives):
            skipped += 1
            if skipped > 6:
                return 1
            continue
        if word in _LOCATIVE or word in _OBJECT_VERBS:
            return 3
        if word == "from":
            return 3 if event_type in {DISPLACEMENT} else 1
        if word == "including":  # "the coast, including X"
            return 2
        if word == "for" and re.search(r"\b(?:left|leave|leaving|departed|headed|bound)\s+"
                                       r"(?:[\w']+\s+){0,3}for\s+[\w\s']*$", before):
            return 0  # "left the region for X": the event is where they left
        if word == "for":  # "the battle for X", "fled for X"
            battle_for = r"\b(?:battles?|fight|fighting|struggle|war)\s+for\s+[\w\s']*$"
            return 2 if event_type == DISPLACEMENT or re.search(battle_for, before) else 1
        if word == "to":
            return 3 if re.search(r"\b(?:road|way|route|highway|corridor)\s+to\s+[\w\s']*$",
                                  before) else 2
        return 1
    return 1


_CONTEXT = 200  # characters around a name read to tell how it is used
_FAR = 100  # characters: a governed place in another clause, at most this far
_NEAR = 60  # characters: a bare name, at most this far


def _choose_place(sentence: _Sentence, hit: _Hit, uses: dict[int, int]
                  ) -> tuple[Mention | None, int, bool]:
    """The mention where the hit's event happened: (mention, use, in the trigger's clause).

    The best governed, then the trigger's own clause, then the nearest; of a name and the
    broader place that qualifies it ("Martuni, Nagorno-Karabakh") the narrower.
    """
    clause = (_clause_start(sentence.text, hit.start), _clause_end(sentence.text, hit.end))
    ranked = []
    for mention in sentence.mentions:
        rel, rel_end = mention.start - sentence.start, mention.end - sentence.start
        if rel <= hit.start < rel_end or rel < hit.end <= rel_end:
            continue  # the trigger's own first or last words: "Red Cross convoy"
        use = _place_use(sentence, mention, hit, hit.event_type)
        if use == 0 or uses.get(mention.start, 1) == 0 and use < 3:
            continue
        in_clause = clause[0] <= rel < clause[1]
        distance = rel - hit.end if rel >= hit.end else hit.start - rel_end
        fronted = re.fullmatch(r"\W*(?:in|at|near|outside|inside|around|across)\s+(?:the\s+)?"
                               r"(?:[\w']+\s+){0,3}?", sentence.folded[:rel]) is not None
        if (not in_clause and distance > _FAR and not fronted) or (use == 1 and distance > _NEAR):
            continue  # a place of another predicate far along the sentence
        # On a tie, what follows the trigger is its object ("strikes hit X and strikes hit Y").
        penalty = 0 if rel >= hit.end else 15
        ranked.append(((-use, not in_clause, distance + penalty), mention, use, in_clause))
    if not ranked:
        return None, 0, False
    ranked.sort(key=lambda r: r[0])
    _, mention, use, in_clause = ranked[0]
    for _, other, other_use, other_in_clause in ranked[1:]:
        if other_use >= min(use, 2) and _qualifies(sentence, other, mention):
            mention, in_clause = other, other_in_clause
    return mention, use, in_clause


def _qualifies(sentence: _Sentence, narrower: Mention, broader: Mention) -> bool:
    """Whether `broader` is written as the wider setting of `narrower`, next to it."""
    if _SPECIFICITY.get(narrower.place.kind, 3) >= _SPECIFICITY.get(broader.place.kind, 3):
        return False
    first, second = sorted((narrower, broader), key=lambda m: m.start)
    gap = sentence.folded[first.end - sentence.start:second.start - sentence.start]
    longest = 60 if "including" in gap else 45
    return len(gap) <= longest and not re.search(r"[;:]|\b(?:and|or|but|while|from|to)\b", gap)


def geo_precision(place: Place | None) -> str:
    """point, city, region or country, from the place's kind; "" without a place."""
    if place is None:
        return ""
    if place.kind in _POINT_KINDS and place.source == "curated":
        return "point"
    if place.kind in _CITY_KINDS or place.kind in _POINT_KINDS:
        return "city"
    return "country" if place.kind == "country" else "region"


def _focus_places(sentences: list[_Sentence], uses: dict[int, int]) -> list[Mention]:
    """The article's focus, best first: among its most named places (not actors), the most
    specific; then the others."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for sentence in sentences:
        for mention in sentence.mentions:
            if uses.get(mention.start, 1) == 0:
                continue
            counts[mention.place.place_id] += 1
            first.setdefault(mention.place.place_id, mention)
    if not counts:
        return []
    most = max(counts.values())
    ranked = sorted(counts, key=lambda pid: (counts[pid] * 2 < most,
                                             _SPECIFICITY.get(first[pid].place.kind, 3),
                                             -counts[pid], first[pid].start))
    return [first[pid] for pid in ranked]


# ---------------------------------------------------------------------------------------
# How many were killed

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
          "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_NOT_PEOPLE = frozenset("hours hour days day weeks week months month years year minutes km "
                        "kilometres kilometers metres meters miles times percent per".split())
_VAGUE = frozenset("dozens scores hundreds thousands many several numerous some".split())
_PERSONS = re.compile(r"(?:people|persons?|civilians?|soldiers?|servicem[ae]n|troops|fighters|"
                      r"militants|rebels|separatists|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|"
                      r"residents?|villagers?|officers?|policem[ae]n|police|journalists?|"
                      r"workers?|members?|guards?|personnel|individuals|victims|others|babies|"
                      r"baby|infants?|teenagers?|students?|medics?|doctors?|nurses?|passengers?|"
                      r"protesters?|demonstrators?|refugees|staff|conscripts?|volunteers?|"
                      r"peacekeepers?|citizens?|\w{3,}ians?|\w{3,}is)")
_NP_STOP = frozenset(
    "in on at by after before during when while as said says say that which who where from "
    "since near across into wounded injured hurt wounding injuring missing and/or were was "
    "been being is are have has had".split())
_AFTER_KILLING = frozenset("at least more than some about nearly around over up to almost "
                           "approximately roughly as many".split())
_ZERO = re.compile(r"\b(?:no one|nobody|no people|none) (?:was|were|had been|has been) "
                   r"(?:killed|hurt|injured)|no (?:deaths|fatalities|casualties)(?: were| was)? "
                   r"(?:reported|recorded)|without (?:any )?casualties|no (?:one|people) died\b")
_NUMBER_WORD = "|".join([*_UNITS, *_TENS, "hundred", "thousand", "dozen"])
_DEATH_TOLL = re.compile(rf"\b(?:death toll|number of (?:people |those )?(?:dead|killed|deaths|"
                         rf"victims)) (?:\w+ ){{0,14}}?(?:to|at|of|reached|is|was|"
                         rf"stands at|stood at|hit) (?:at least |more than |some |over |nearly |"
                         rf"about )?(\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_NUMBER_WORD})"
                         rf"(?: (?:{_NUMBER_WORD}|and))*)\b")
_CUMULATIVE = re.compile(r"\b(?:since the (?:start|beginning|war|conflict|fighting)|so far|"
                         r"to date|bringing|overall|in total)\b")
_KILL_WORD = re.compile(r"\b(?:killed|killing|kills|dead|died|perished|lost (?:their|his|her) "
                        r"lives|death toll|number of (?:people |those )?(?:dead|killed))\b")


def _number(words: list[str], i: int) -> tuple[int, int] | None:
    """The number written at words[i] ("1,200", "twenty five", "two hundred", "a dozen"),
    with the index after it."""
    word = words[i]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", word):
        return int(word.replace(",", "")), i + 1
    total, current, j = 0, None, i
    if word in {"a", "an"} and i + 1 < len(words) and words[i + 1] in {"dozen", "hundred",
                                                                     "thousand"}:
        current, j = 1, i + 1
    while j < len(words):
        w = words[j]
        if w in _UNITS or w in _TENS:
            current = (current or 0) + _UNITS.get(w, _TENS.get(w, 0))
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in {"hundred", "thousand"} and current is not None:
            current *= 100 if w == "hundred" else 1000
            if w == "thousand":
                total, current = total + current, 0
        elif w == "and" and current is not None and j + 1 < len(words) and (
                words[j + 1] in _UNITS or words[j + 1] in _TENS) and j > i and \
                words[j - 1] in {"hundred", "thousand"}:
            pass
        else:
            break
        j += 1
    if current is None and total == 0:
        return None
    return total + (current or 0), j


def _count(words: list[str]) -> int | None:
    """The people counted in a noun phrase: "three police officers and a child" -> 4."""
    for cut in ("including", "among"):
        if cut in words:
            words = words[:words.index(cut)]
    if any(w in _VAGUE for w in words):
        return None
    values: list[int] = []
    people, i = 0, 0  # people counted by "a" or "an"
    while i < len(words):
        word = words[i]
        if word in {"a", "an"} and i + 1 < len(words) and words[i + 1] not in {
                "dozen", "hundred", "thousand"}:
            if _one_person(words[i + 1:i + 6]):
                people += 1
            i += 1
            continue
        number = _number(words, i)
        if number is None:
            i += 1
            continue
        value, after = number
        if after < len(words) and words[after] in _NOT_PEOPLE:
            i = after
            continue
        if after < len(words) and _number(words, after) is not None:
            i = after  # "2020 three people": the first is not a count
            continue
        if not (1900 <= value <= 2100 and after < len(words) and not _PERSONS.fullmatch(
                words[after])):
            values.append(value)
        i = after
    if len(values) >= 3 and values[0] == sum(values[1:]):
        return values[0]  # "six citizens, four police officers and two road workers"
    return sum(values) + people if values or people else None


def _one_person(words: list[str]) -> bool:
    """After "a": "child", "police officer", "12 year old boy" (an age is not a count)."""
    words = " ".join(words)
    words = re.sub(r"^\w+ (?:year|month) old ", "", words).split()
    return any(_PERSONS.fullmatch(w) for w in words[:2])


def fatalities(sentence: str) -> int | None:
    """People the sentence says were killed; None when it gives no number (or "dozens")."""
    folded = fold(sentence)
    if _ZERO.search(folded):
        return 0
    tokens = re.findall(r"\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:'[a-z]+)?|[,;:.]", folded)
    counts = []
    for index, token in enumerate(tokens):
        if token not in {"killed", "killing", "kills", "dead", "died", "perished", "lives"}:
            continue
        if token == "lives" and tokens[index - 2:index - 1] != ["lost"] or \
                token == "dead" and tokens[index - 1:index] == ["the"]:
            continue
        if _CUMULATIVE.search(" ".join(_clause_tokens(tokens, index))):
            continue
        count = None
        passive = index > 0 and tokens[index - 1] in {"were", "was", "been", "being", "are", "is",
                                                       "got", "reportedly"}
        if token in {"killed", "killing", "kills"} and not passive:
            count = _count(_walk_forward(tokens, index + 1))
        if count is None:
            start = index - (3 if token == "lives" else 1)
            count = _count(_walk_back(tokens, start))
        if count is not None:
            counts.append(count)
    if counts:
        return sum(counts)
    toll = _DEATH_TOLL.search(folded)
    if toll and not _CUMULATIVE.search(folded, max(0, toll.start() - 40), toll.start()):
        words = toll.group(1).split()
        number = _number(words, 0)
        return number[0] if number else None
    return None


def _clause_tokens(tokens: list[str], index: int) -> list[str]:
    """The tokens around tokens[index] up to the nearest punctuation on either side."""
    start, end = index, index
    while start > 0 and index - start < 12 and tokens[start - 1] not in {",", ";", ":", "."}:
        start -= 1
    while end < len(tokens) - 1 and end - index < 8 and tokens[end + 1] not in {",", ";", ":",
                                                                                "."}:
        end += 1
    return tokens[start:end + 1]


def _walk_forward(tokens: list[str], index: int) -> list[str]:
    words = []
    while index < len(tokens) and tokens[index] in _AFTER_KILLING:
        index += 1
    while index < len(tokens) and len(words) < 12:
        token = tokens[index]
        if token in _NP_STOP - {"and"} or token in {",", ";", ":", "."}:
            break
        words.append(token)
        index += 1
    return words


def _walk_back(tokens: list[str], index: int) -> list[str]:
    """The noun phrase that ends before tokens[index + 1], as far as a list goes."""
    while index >= 0 and tokens[index] in {"were", "was", "been", "being", "are", "is", "have",
                                          "has", "had", "got", "reportedly", "also", "all"}:
        index -= 1
    words: list[str] = []
    if index >= 0 and tokens[index] == ",":
        index -= 1  # the end of an aside: "13 people, including four children, were killed"
    while index >= 0 and len(words) < 15:
        token = tokens[index]
        if token == "," and words[:1] in (["including"], ["among"]):
            index -= 1
            continue
        if token == ",":
            following = words[0] if words else ""
            preceding = tokens[index - 1] if index > 0 else ""
            if not (following.isdigit() or following in _UNITS or following in _TENS
                    or following in {"a", "an"}) or not preceding.isalpha() \
                    or preceding in _UNITS:
                break
            index -= 1
            continue
        if token in _NP_STOP - {"and"} or token in {";", ":", "."}:
            break
        words.insert(0, token)
        index -= 1
    return words


# ---------------------------------------------------------------------------------------
# The article


def extract_events(article: Article, mentions: Sequence[Mention],
                   published: PartialDate) -> list[Event]:
    """Every asserted event of the article, in text order, each placed and dated."""
    sentences = _sentences(article, mentions, published)
    uses = {m.start: _place_use(s, m, None) for s, _ in sentences for m in s.mentions}
    story = _Story(published, _paragraphs(article.text, article.body_start),
                   sorted((m for s, _ in sentences for m in s.mentions), key=lambda m: m.start),
                   uses, _focus_places([s for s, _ in sentences], uses))
    seen: set[tuple] = set()
    for index, (sentence, paragraph) in enumerate(sentences):
        if sentence.text.rstrip().endswith("?") or _EDITORIAL.match(sentence.folded):
            continue
        hits = _find_hits(sentence)
        events = _sentence_events(sentence, hits, uses)
        events += _casualty_events(sentence, hits, events, story.drafts, uses)
        if _KILL_WORD.search(sentence.folded):
            _assign_fatalities(events, fatalities(sentence.text), sentence)
        for draft in _settle(story, sentence, index, paragraph, events):
            key = (" ".join(sentence.folded.split()), draft.event_type, draft.sub_event_type,
                   draft.mention.place.place_id if draft.mention else "")
            if key not in seen:
                seen.add(key)
                story.drafts.append(draft)
        story.located += [(paragraph, m) for m in sentence.mentions if uses[m.start] == 3]
        story.located += [(paragraph, d.mention) for d in events
                          if d.source == "sentence" and d.mention is not None]
    # A headline announces what the body reports: keep its events only when the body has
    # none of the same type.
    drafts = story.drafts
    body_types = {d.event_type for d in drafts if not d.sentence.heading}
    drafts = [d for d in drafts if not d.sentence.heading or d.event_type not in body_types]
    return [_finish(article, n, draft) for n, draft in enumerate(_once_each(drafts), 1)]


@dataclass
class _Story:
    """What the article has told so far, for the sentences that lean on it."""

    published: PartialDate
    paragraphs: list[tuple[int, int]]
    usable: list[Mention]  # every usable place mention, in text order
    uses: dict[int, int]  # mention start -> its use without a trigger (see `_place_use`)
    focus: list[Mention]  # the article's focus places, best first
    drafts: list[_Draft] = field(default_factory=list)
    located: list[tuple[int, Mention]] = field(default_factory=list)  # (paragraph, place)


def _settle(story: _Story, sentence: _Sentence, index: int, paragraph: int,
            events: list[_Draft]) -> list[_Draft]:
    """Date the sentence's new events and place those its own words do not; return the ones
    that are not an earlier event spoken of again (those are merged into it)."""
    expressions = date_expressions(sentence.text, story.published)
    dated = any(e.role in {"event", "since"} for e in expressions)
    for draft in events:
        draft.index, draft.paragraph, draft.dated = index, paragraph, dated
        draft.date = event_date(sentence.text, story.published, draft.hit.start)
    earlier = {id(d): _antecedent(d, story.drafts) for d in events}
    # "detained dozens at the protest": the protest spoken of again places the arrests.
    anchor = next((e for e in earlier.values() if e is not None and e.mention), None)
    new = []
    for draft in events:
        if earlier[id(draft)] is not None:
            _merge(earlier[id(draft)], draft)
            continue
        if draft.mention is None and anchor is not None:
            draft.mention, draft.source = anchor.mention, "paragraph"
            if not dated:
                draft.date = anchor.date
        elif not expressions:
            # "Artillery fire also hit X" after "artillery struck Y on Tuesday": the story
            # goes on in the same time.
            before = next((d for d in reversed(story.drafts) if d.index == index - 1
                           and d.dated and d.event_type == draft.event_type), None)
            if before is not None:
                draft.date = before.date
        if draft.mention is None or draft.use < 2:
            referred = _referred_place(sentence, draft.hit, story.usable,
                                       story.paragraphs[paragraph])
            if referred is not None:
                draft.mention, draft.source, draft.use = *referred, 2
        if draft.mention is None:
            draft.mention, draft.source = _fallback(draft, paragraph, story)
        new.append(draft)
    return new


def _once_each(drafts: list[_Draft]) -> list[_Draft]:
    """An event reported twice in an article (same type, place and date) is one event."""
    kept: dict[tuple, _Draft] = {}
    for draft in drafts:
        key = (draft.event_type, draft.sub_event_type,
               draft.mention.place.place_id if draft.mention else "", draft.date.iso)
        if key in kept:
            _merge(kept[key], draft)
        else:
            kept[key] = draft
    # Talks held where and when an agreement was reached are that agreement's talks.
    agreed = {(k[2], k[3]) for k in kept if k[1] == "Agreement"}
    return [d for k, d in kept.items() if not (k[1] == "Meeting" and (k[2], k[3]) in agreed)]


_EDITORIAL = re.compile(r"\W*(?:correction|clarification|editor's note|update)\b")


def _sentences(article: Article, mentions: Sequence[Mention],
               published: PartialDate) -> list[tuple[_Sentence, int]]:
    """The article's sentences with their usable mentions, each with its paragraph's number.

    A name inside a date ("in August 2008") is not a place, whatever a gazetteer says."""
    text = article.text
    usable = sorted((m for m in mentions if m.role == "mention" and m.place is not None),
                    key=lambda m: m.start)
    demonyms = sorted((m for m in mentions if m.role == "demonym"), key=lambda m: m.start)
    paragraphs = _paragraphs(text, article.body_start)
    paragraph_starts = [ps for ps, _ in paragraphs]
    usable_starts = [m.start for m in usable]
    demonym_starts = [m.start for m in demonyms]
    title = _normalised(article.title)
    sentences = []
    # Sentences, mentions and paragraphs are all in text order: look each one up by
    # bisection, so that a long article costs in proportion to its length.
    for start, end in split_sentences(text, article.body_start):
        sentence_text = text[start:end]
        dates = [(start + e.start, start + e.end)
                 for e in date_expressions(sentence_text, published)]
        inside = tuple(m for m in _within(usable, usable_starts, start, end)
                       if not any(s <= m.start < e for s, e in dates))
        actors = tuple(_within(demonyms, demonym_starts, start, end))
        at = bisect.bisect_right(paragraph_starts, start) - 1
        paragraph = at if at >= 0 and start < paragraphs[at][1] else -1
        heading = (paragraphs[paragraph] == (start, end) and not re.search(
            r"[.!?…\"”’')]$", sentence_text)) or bool(title) and (
                _normalised(sentence_text) == title)
        sentences.append((_Sentence(sentence_text, fold(sentence_text), start, inside, heading,
                                    actors), paragraph))
    return sentences


def _within(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """The mentions (sorted by start, `starts` their starts) that lie in [start, end)."""
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    return [m for m in mentions[first:last] if m.end <= end]


def _normalised(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


@dataclass
class _Draft:
    """An event being built: mutable until `_finish` freezes it."""

    sentence: _Sentence
    hit: _Hit
    event_type: str
    sub_event_type: str
    mention: Mention | None
    source: str
    use: int = 0  # how well the sentence governs the place (see `_place_use`)
    fatalities: int | None = None
    date: PartialDate = PartialDate()
    dated: bool = False  # whether the sentence says when (else the article's date stands in)
    index: int = -1  # the sentence's number in the article
    paragraph: int = -1


# "across the region", "left the city", "along its eastern border": a place named earlier.
_REFERENCE = re.compile(
    r"\b(?:(?:in|at|near|around|outside|inside|into|across|throughout|within|along|over|on|"
    r"from|of|left|leave|leaving|fled|flee|fleeing|hit|struck|shelled|entered|captured|took|"
    r"control of)\s+(?:the|this|that)\s+(?:\w+\s+)?(?P<noun>region|enclave|territory|"
    r"republic|province|district|country|city|town|village|capital)|\bits\s+(?:\w+\s+)?"
    r"(?P<own>border|borders|frontier|territory|soil))\b")
# "the corridor", "the river": the generic word that ends a place's name stands for it.
_NAMED_HEAD = re.compile(r"\bthe\s+(?P<head>corridor|river|sea|lake|strait|gulf|peninsula|"
                         r"valley|gorge|canal|highway)\b")
_REFERRED_KINDS = {
    "region": {"region", "admin1", "admin2"}, "enclave": {"region", "admin1", "admin2"},
    "territory": {"region", "admin1", "admin2"}, "republic": {"region", "admin1", "country"},
    "province": {"admin1", "admin2", "region"}, "district": {"admin2", "admin1", "region"},
    "country": {"country"}, "city": _CITY_KINDS, "town": _CITY_KINDS, "village": _CITY_KINDS,
    "capital": _CITY_KINDS,
}


def _referred_place(sentence: _Sentence, hit: _Hit, usable: list[Mention],
                    paragraph: tuple[int, int]) -> tuple[Mention, str] | None:
    """The place that "the region" or "its border" in the trigger's clause stands for: the
    last one of that kind named before it (for "its", in the same sentence)."""
    for found in _NAMED_HEAD.finditer(sentence.folded):
        # "the corridor" after "the Lachin corridor": the last place whose name ends so.
        head = found["head"]
        earlier = [m for m in usable if m.end <= sentence.start + found.start()
                   and fold(m.place.name).split()[-1:] == [head]]
        if earlier:
            same = paragraph[0] <= earlier[-1].start < paragraph[1]
            return earlier[-1], "paragraph" if same else "article"
    clause = (_clause_start(sentence.text, hit.start), _clause_end(sentence.text, hit.end))
    for found in _REFERENCE.finditer(sentence.folded, *clause):
        at = sentence.start + found.start()
        if re.match(r"\s+(?:of\s+)?[a-z]", sentence.folded[found.end():]) and any(
                0 <= m.start - sentence.start - found.end() <= 5 for m in sentence.mentions):
            continue  # "the town of Jermuk" names the place, it does not refer back
        if found["own"]:
            own = [m for m in usable if sentence.start <= m.start < at
                   and m.place.kind == "country"]
            if own:
                return own[-1], "sentence"
            continue
        kinds = _REFERRED_KINDS[found["noun"]]
        earlier = [m for m in usable if m.end <= at and m.place.kind in kinds]
        if earlier:
            # The one the article keeps coming back to, else the latest.
            counts = Counter(m.place.place_id for m in earlier)
            mention = max(reversed(earlier), key=lambda m: counts[m.place.place_id])
            same = paragraph[0] <= mention.start < paragraph[1]
            return mention, "paragraph" if same else "article"
    return None


def _sentence_events(sentence: _Sentence, hits: list[_Hit],
                     uses: dict[int, int]) -> list[_Draft]:
    """One event per type in a sentence, or one per place when separate predicates name
    separate places ("rockets hit X, while shells landed in Y")."""
    choices = []
    for hit in hits:
        if hit.trigger.rule != "casualty":
            choices.append((hit, *_choose_place(sentence, hit, uses)))
    # A trigger with no place in its own clause happened where its neighbour did: "residents
    # fled X as artillery fire intensified".
    anchored = [(h, m) for h, m, use, in_clause in choices if m is not None and in_clause
                and use == 3]
    for i, (hit, _mention, use, in_clause) in enumerate(choices):
        near = [a for a in anchored if abs(a[0].start - hit.start) <= _FAR]
        if near and not in_clause and use < 3:
            _, neighbour = min(near, key=lambda a: abs(a[0].start - hit.start))
            choices[i] = (hit, neighbour, 3, False)
    groups: dict[tuple[str, str], list[tuple[_Hit, Mention | None, int, bool]]] = {}
    for choice in choices:
        groups.setdefault((choice[0].event_type, choice[0].sub_event_type), []).append(choice)
    events: list[_Draft] = []
    for (event_type, sub_type), members in groups.items():
        own: dict[str, tuple[_Hit, Mention, int]] = {}
        for hit, mention, use, in_clause in members:
            if mention is not None and use >= 2 and in_clause:
                own.setdefault(mention.place.place_id, (hit, mention, use))
        # "shells struck X, ... the bombardment of the largest city in <X's region>": the
        # broader place is the same event, seen from further away.
        finest = min((_SPECIFICITY.get(m.place.kind, 3) for _, m, _ in own.values()),
                     default=0)
        own = {pid: (h, m, u) for pid, (h, m, u) in own.items()
               if _SPECIFICITY.get(m.place.kind, 3) == finest}
        if len(own) >= 2:
            for hit, mention, use in own.values():
                events.append(_Draft(sentence, hit, event_type, sub_type, mention, "sentence",
                                     use))
            continue
        hit, mention, use, _ = max(members, key=lambda m: (m[2], -m[0].start))
        events.append(_Draft(sentence, hit, event_type, sub_type, mention,
                             "sentence" if mention else "none", use))
    events.sort(key=lambda d: d.hit.start)
    return events


def _casualty_events(sentence: _Sentence, hits: list[_Hit], events: list[_Draft],
                     drafts: list[_Draft], uses: dict[int, int]) -> list[_Draft]:
    """Casualties with no attack in their sentence take the type of the article's last
    violent event, else the victims' (see the module's docstring); `_antecedent` may then
    fold them into a recent event."""
    # "the dead", "the most badly injured": people, not a report of their deaths.
    casualties = [h for h in hits if h.trigger.rule == "casualty"
                  and not re.search(r"\bthe (?:\w+ ){0,2}$", sentence.folded[:h.start])
                  and not _REMEMBERED.search(sentence.folded[:h.start])]
    if not casualties or _NATURAL_DEATH.search(sentence.folded) or any(
            _violent(e) for e in events):
        return []
    hit = casualties[0]
    mention, use, _ = _choose_place(sentence, hit, uses)
    own_place = mention is not None and use >= 2
    previous = next((d for d in reversed(drafts) if d.event_type in _ATTACKS
                     or d.sub_event_type == "Other"), None)
    if previous is not None and previous.event_type == BATTLES:
        event_type, sub_type = BATTLES, "Armed clash"
    elif previous is not None:
        event_type, sub_type = previous.event_type, previous.sub_event_type
    elif _CIVILIANS.search(sentence.folded):
        event_type, sub_type = VIOLENCE, "Attack"
    else:
        event_type, sub_type = BATTLES, "Armed clash"
    return [_Draft(sentence, hit, event_type, sub_type, mention if own_place else None,
                   "sentence" if own_place else "none", use)]


_ATTACKS = frozenset({BATTLES, EXPLOSIONS, VIOLENCE})
# "portraits of soldiers killed in 2020", "the names of 600 soldiers killed": the dead
# remembered, not a report of their deaths.
_REMEMBERED = re.compile(r"\b(?:of|for|portraits?|photographs?|photos?|names?|graves?|"
                         r"funerals?|memory|memorial|monument|families|relatives|mourn\w*|"
                         r"honou?r\w*|commemorat\w*)\s+(?:[\w,]+\s+){0,4}$")


def _violent(draft: _Draft) -> bool:
    return draft.event_type in VIOLENT_TYPES or draft.sub_event_type == "Other"


# "the attack", "Sunday's deadly blast"; not "its troops had (taken)".
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|their|[a-z]+'s)\s+"
                       r"(?:(?!(?:had|has|have|was|were|is|are|been|be|did|will|would)\s)"
                       r"[a-z]+\s+){0,2}$")


def _antecedent(draft: _Draft, drafts: list[_Draft]) -> _Draft | None:
    """The recent event that a sentence without a place of its own speaks of again: its
    casualties ("two soldiers were killed"), a definite reference ("the blast tore through
    the depot on Monday"), or an undated continuation ("riot police pushed back
    demonstrators" after "thousands gathered in Yerevan")."""
    if draft.source == "sentence" and draft.use >= 2:
        return None
    folded = draft.sentence.folded
    first_word = _TOKEN.findall(folded[draft.hit.start:draft.hit.end])[0]
    casualty = draft.hit.trigger.rule == "casualty"
    definite = not first_word.endswith("ed") and bool(
        _DEFINITE.search(folded[:draft.hit.start]))
    for earlier in reversed(drafts):
        gap = draft.index - earlier.index
        if gap > 3:
            return None
        if earlier.sentence.heading:
            continue
        if casualty and gap <= 2 and _violent(earlier):
            return earlier
        if definite and (_same_kind(earlier, draft) or not draft.dated and _violent(earlier)
                         and _violent(draft)):
            return earlier  # "called the attack deliberate", "caught in the shelling"
        same = (earlier.event_type, earlier.sub_event_type) == (
            draft.event_type, draft.sub_event_type)
        if not draft.dated and gap <= 1 and (
                same or {earlier.event_type, draft.event_type} <= {PROTESTS, RIOTS}):
            return earlier
    return None


def _same_kind(earlier: _Draft, later: _Draft) -> bool:
    """Whether a later reference may be to the earlier event: the same type, or the talks
    that an agreement came out of."""
    kinds = {earlier.sub_event_type, later.sub_event_type}
    return earlier.event_type == later.event_type or kinds == {"Agreement", "Meeting"}


def _merge(earlier: _Draft, later: _Draft) -> None:
    """Fold what a later mention of an event adds: its dead, its date, a protest's outcome."""
    if earlier.fatalities is None:
        earlier.fatalities = later.fatalities
    if not earlier.dated and later.dated:
        earlier.date, earlier.dated = later.date, True
    if earlier.event_type in {PROTESTS, RIOTS} and later.event_type in {PROTESTS, RIOTS} and \
            earlier.sub_event_type == "Peaceful protest":
        earlier.event_type, earlier.sub_event_type = later.event_type, later.sub_event_type


def _assign_fatalities(events: list[_Draft], killed: int | None, sentence: _Sentence) -> None:
    """The dead go to the violent event whose trigger is nearest the word 'killed'."""
    violent = [e for e in events if _violent(e)]
    if killed is None or not violent:
        return
    word = _KILL_WORD.search(sentence.folded)
    anchor = word.start() if word else 0
    nearest = min(violent, key=lambda e: min(abs(e.hit.start - anchor), abs(e.hit.end - anchor)))
    nearest.fatalities = killed


def _fallback(draft: _Draft, paragraph: int, story: _Story) -> tuple[Mention | None, str]:
    """No place in the sentence: the paragraph's last located place; else the article's
    place for this kind of event (where its last violent, or non-violent, event was placed
    by its own sentence), else the article's focus."""
    in_paragraph = [m for para, m in story.located if para == paragraph]
    if in_paragraph:
        return max(in_paragraph, key=lambda m: m.start), "paragraph"
    placed = [d for d in story.drafts if d.source == "sentence" and d.use >= 2]
    for earlier in reversed(placed):
        if _violent(earlier) == _violent(draft):
            return earlier.mention, "article"
    # The focus, passing over for violence a place where only talks and the like happened
    # (the city where a truce was signed is not where the fighting was).
    other = {d.mention.place.place_id for d in placed if not _violent(d)} if _violent(
        draft) else set()
    for mention in story.focus:
        if mention.place.place_id not in other:
            return mention, "article"
    return (story.focus[0], "article") if story.focus else (None, "none")


def _finish(article: Article, number: int, draft: _Draft) -> Event:
    sentence = draft.sentence
    place = draft.mention.place if draft.mention else None
    return Event(
        article_id=article.article_id,
        event_id=f"{article.article_id}#{number}",
        event_type=draft.event_type,
        sub_event_type=draft.sub_event_type,
        trigger=sentence.text[draft.hit.start:draft.hit.end],
        sentence=sentence.text,
        sentence_start=sentence.start,
        date=draft.date,
        mention=draft.mention if draft.source == "sentence" else None,
        place=place,
        geo_precision=geo_precision(place),
        place_source=draft.source if place else "none",
        fatalities=draft.fatalities,
    )
