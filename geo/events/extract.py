"""An article and its resolved mentions -> its events, each placed, dated and counted.

The article is read sentence by sentence, in order, keeping what it has told so far (the
`Story`): a sentence's asserted triggers (`geo.events.rules`) become events, placed where
its words say (`geo.events.places`), dated by its date expressions or by the time the
paragraph is telling, and given the dead it counts. Then each event is weighed against the
story:
- an event told again is one event: "the attack", "the blast" or casualties ("two soldiers
  were killed") after an attack add their place's detail, date and dead to it, and so does
  a later sentence without a place of its own that reports the same type on the same day;
- an event whose sentence names no place takes the paragraph's, then that of the article's
  last event of its kind (violent or not), then the article's focus; a statement, a meeting
  or an agreement takes none unless its own words say where (an agreement may take the
  place of the talks it came out of);
- an act of a whole state (martial law, mobilisation, independence) happens in that state;
- a headline announces what the body reports: its events are kept only when the body has
  none of the same type.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from geo.dates import (
    DateExpression,
    PartialDate,
    calendar,
    common,
    date_expressions,
    days_after,
    page_day,
)
from geo.events.fatalities import coder_note, counted_dead, even_shares, fatalities
from geo.events.lexicon import lexicon
from geo.events.places import (
    ACTOR,
    CITY_KINDS,
    FAR,
    GOVERNED,
    SPECIFICITY,
    WEAK,
    agreed_in_words,
    choose_place,
    dateline_town_described,
    focus_places,
    geo_precision,
    listed_with,
    named_head_place,
    near_word_before,
    opens_the_sentence,
    parallel_with,
    place_scale,
    place_use,
    referred_place,
    setting_of_an_unknown_before,
    unknown_place_governed,
    where_they_went,
    written_as_division,
)
from geo.events.rules import (
    TAKEN_PLACE_REACH,
    Hit,
    TriggerMatch,
    armed_men_besides_the_doers,
    by_protesters,
    clause_start_past_brackets,
    clauses_apart,
    done_to_some_of_them,
    find_hits,
    fought_each_other,
    kind_of,
    names_the_crowd,
    participants,
    peoples_of_the_dead,
    protest_outcome,
    remote_weapons,
    side_of_the_dead,
    subject_of,
    trigger_matches,
    victims_kind,
    violence_type,
)
from geo.events.sentences import Sentence, paragraphs, split_sentences
from geo.events.taxonomy import (
    AIR_STRIKE,
    ATTACK_TYPES,
    BATTLES,
    DIPLOMACY,
    DISPLACEMENT,
    DISRUPTED,
    EXPLOSIONS,
    IED,
    PLANTED,
    PROTESTS,
    RIOTS,
    SHELLING,
    STRATEGIC,
    VIOLENCE,
    VIOLENT_TYPES,
)
from geo.model import Article, Mention, Place
from geo.resolve import km_apart
from geo.text import fold, name_key


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
    geo_precision: int | None  # ACLED's: 1 the town, 2 near it or a district, 3 a province or
    #                            the country; None without a place
    place_scale: str  # point, city, region, country; "" without a place
    place_source: str  # sentence, paragraph, article, none
    place_as_written: str  # the place's name as the article wrote it ("" without a place);
    #                        an unknown village keeps its own name at its wider place's point
    fatalities: int | None
    # Who did it and to whom (set by geo.events.actors): one name per actor, the ISO code
    # of its state or people, ACLED's actor kinds (1 state forces ... 8 external; 0 none).
    actor1: str = ""
    actor2: str = ""
    actor1_country: str = ""
    actor2_country: str = ""
    inter1: int = 0
    inter2: int = 0
    actor1_as_written: str = ""  # as the article wrote it ("" when the reader inferred it)
    actor2_as_written: str = ""


def extract_events(article: Article, mentions: Sequence[Mention],
                   published: PartialDate, lang: str = "en",
                   capital_of: Callable[[str], Place | None] | None = None) -> list[Event]:
    """Every asserted event of the article, in text order, each placed and dated.

    `capital_of` gives a country's capital (ISO alpha-2), where a country's parliament or
    government seat stands: "protesters stormed the parliament" happened there."""
    lex = lexicon(lang)
    folded = fold(article.text)  # (once: folding maps each character on its own, one to one)
    paragraph_spans = paragraphs(article.text, article.body_start, lang)
    spans = split_sentences(article.text, article.body_start, lang, paragraph_spans)
    matches = _placed_takings([trigger_matches(lex, folded[start:end]) for start, end in spans],
                              spans, mentions)
    if not any(matches):
        return []  # no trigger in any sentence (a fifth of news articles): nothing to read
    triggered = [bool(found) for found in matches]
    sentences = _sentences(article, folded, spans, paragraph_spans, mentions, published, lang,
                           triggered)
    # (a page's own day is looked for only where the article has a day to move)
    filed = _filed_day(sentences) or _page_day(article, sentences, published, lang) \
        if published.precision == "day" else None
    if filed is not None and filed.iso < published.iso and \
            _days_apart(filed, published) <= _FILED_REACH:
        # A story posted (or saved) days after the day its dateline says it was filed, or
        # its page says it was posted, tells its "on Tuesday" and its undated acts from that
        # day.
        published = filed
        sentences = _sentences(article, folded, spans, paragraph_spans, mentions, published,
                               lang, triggered)
    story = _Story(published, paragraph_spans,
                   sorted((m for s in sentences for m in s.mentions), key=lambda m: m.start),
                   _Uses(sentences), sentences,
                   datelines=[m for m in mentions if m.role == "dateline" and m.place],
                   capital_of=capital_of)
    captions: dict[int, bool] = {}  # (a paragraph's, worked out once)
    for sentence, found in zip(sentences, matches, strict=True):
        caption = captions.get(sentence.paragraph)
        if caption is None:
            caption = captions[sentence.paragraph] = _in_a_caption(
                sentence, article.text, paragraph_spans, lex)
        if sentence.text.rstrip().endswith("?") or lex.EDITORIAL.match(sentence.folded) or \
                caption or (found and _a_listed_headline(sentence, article.text)):
            story.note(sentence, [], dates=not caption)
            continue
        hits = [_in_context(h, sentence, story) for h in find_hits(sentence, found)]
        hits = [h for h in hits if not _claimed_again(sentence, h, hits)
                and not _motive_of_a_crowd_before(sentence, h, hits)]
        drafts = _shot_by_the_force_on_a_protest(_sentence_events(sentence, hits, story))
        drafts += _casualty_events(sentence, hits, drafts, story)
        # (and where it says no one was hurt, in words of no death: "no one was injured")
        if (lex.KILL_WORD_CUE is None or lex.KILL_WORD_CUE(sentence.folded)) and \
                lex.KILL_WORD.search(sentence.folded) or any(d.violent for d in drafts) and \
                lex.ZERO.search(sentence.folded):
            killed, claimed = counted_dead(_told_of_its_events(sentence, drafts), lang)
            _assign_fatalities(drafts, killed, sentence, lang, claimed)
            drafts = _abductions_in_a_killing(drafts)
        drafts = _arrests_at_a_protest(drafts)
        if story.drafts and all(_of_a_protest_before(d) for d in drafts):
            drafts = _protest_goes_on(sentence, drafts, story)
        new = _settle(story, sentence, drafts)
        if not drafts and story.drafts:
            _none_killed_after(story.drafts[-1], sentence)
        for draft in new:
            key = (" ".join(sentence.folded.split()), draft.event_type, draft.sub_event_type,
                   draft.place_id, draft.date.iso)
            if key not in story.seen:
                story.seen.add(key)
                story.drafts.append(draft)
        story.note(sentence, drafts)
    _unplace_where_talks_were(story.drafts)
    drafts = story.drafts
    # A headline announces what the body reports: its events stand only for what the body
    # does not tell (a violent headline over a violent body is the body's event).
    body = {(d.violent, d.sub_event_type if not d.violent else "") for d in drafts
            if not d.sentence.heading}
    drafts = [d for d in drafts if not d.sentence.heading
              or (d.violent, d.sub_event_type if not d.violent else "") not in body]
    return [_finish(article, n, draft, story.town_districts)
            for n, draft in enumerate(_once_each(drafts), 1)]


def _claimed_again(sentence: Sentence, hit: Hit, hits: list[Hit]) -> bool:
    """Whether the trigger names an act its sentence told already, as what someone claimed
    ("..., killing two soldiers; IS claimed the attack"). (One told in an earlier sentence
    is found so by `_same_event_told_before`, with what the claim adds to it.)"""
    return any(other.start < hit.start for other in hits) and \
        sentence.lex.CLAIMED_BEFORE.search(sentence.folded, max(0, hit.start - 50),
                                           hit.start) is not None


def _motive_of_a_crowd_before(sentence: Sentence, hit: Hit, hits: list[Hit]) -> bool:
    """"Threw stones at police in X, protesting the sentencing of their leader": a word of a
    cause told after a crowd's act says why that crowd acted; no crowd of its own."""
    return hit.event_type in {PROTESTS, RIOTS} and sentence.lex.PROTEST_CAUSE.fullmatch(
        sentence.folded, hit.start, hit.end) is not None and any(
        other.start < hit.start and other.event_type in {PROTESTS, RIOTS} for other in hits)


@dataclass
class _Draft:
    """An event being built: mutable until `_finish` freezes it."""

    sentence: Sentence
    hit: Hit
    event_type: str
    sub_event_type: str
    mention: Mention | None
    source: str  # sentence, paragraph, article, none
    use: int = 0  # how well the sentence governs the place (see geo.events.places)
    fatalities: int | None = None
    date: PartialDate = PartialDate()
    dated: bool = False  # whether the sentence says when (else the story's time stands in)
    # A place the gazetteer lacks, located by the wider place the text gives for it: the
    # mention keeps its own name and offsets, and the wider place's coordinates.
    approximate: bool = False
    told_at: int = -1  # the last sentence that spoke of it (merged mentions included)
    listed: bool = False  # one of a list of places its trigger governs ("fired on X, Y and Z")
    # The sentence that counted its dead, when a later mention did ("X was ambushed. Seven
    # soldiers were killed."): whose dead they were is read there.
    dead_told_in: Sentence | None = None
    # Whether its dead are only a side's claim of those it caused ("said its troops had
    # killed dozens of soldiers"): another figure for dead another sentence counts.
    claimed: bool = False

    @property
    def place_id(self) -> str:
        if self.mention is None:
            return ""
        if self.approximate:  # two unknown villages of one district are two places
            return f"{self.mention.place.place_id}~{self.mention.text.lower()}"
        return self.mention.place.place_id

    @property
    def violent(self) -> bool:
        """Whether people may die in it: a violent type, force on a protest that kills, an
        accidental explosion, a bomb that went off as it was planted, a crewed aircraft
        brought down."""
        return self.event_type in VIOLENT_TYPES or self.sub_event_type == "Other" and \
            self.hit.rule == "explosion" or self.hit.rule in {"premature", "downed"} or \
            self.sub_event_type == "Excessive force against protesters"


class _Uses(dict):
    """How each mention locates its sentence's events without a trigger (`place_use`, by
    the mention's start), read when first asked for: most sentences report no event, and
    their mentions count only when an event falls back on the story's places."""

    def __init__(self, sentences: list[Sentence]):
        super().__init__()
        self._where = {m.start: (s, m) for s in sentences for m in s.mentions}

    def __missing__(self, start: int) -> int:
        sentence, mention = self._where[start]
        use = self[start] = place_use(sentence, mention, None)
        return use

    def get(self, start: int, default: int | None = None) -> int | None:
        return self[start] if start in self._where else default


_OPENING = 30  # characters: how far into a sentence its opening date may stand
_FILED_REACH = 30  # days: the longest a story is taken to be posted after it was filed
_DAY_BEFORE_REACH = 6  # paragraphs that tell on that day, quotes and asides among them
_DAY_BEFORE = 2  # days before the article's date within which its story's day is told on
_TOLD_AGAIN_REACH = 5  # sentences back "the fighting" in a toll may speak of
_ZERO_REACH = 2  # sentences after a violent event a "no one was hurt" may speak of it
_COMPARED_REACH = 40  # characters from an act compared with to the date that says when


def _filed_day(sentences: Sequence[Sentence]) -> PartialDate | None:
    """The day a wire dateline (or the first sentence's statement) says the story was filed
    ("GANJA, Oct 4 —"), when it opens the body."""
    first = next((s for s in sentences if not s.heading), None)
    return next(iter(_opening_days(first)), None) if first is not None else None


def _page_day(article: Article, sentences: Sequence[Sentence], published: PartialDate,
              lang: str) -> PartialDate | None:
    """The day the page says it was posted (`page_day`), unless the text gives a day in
    figures after it, by the day it was saved: then the byline's date was something else
    ("Covering 20-22 January"). (A day after the saved one is one still to come: "the
    vote on 14 December".)"""
    day = page_day(article, lang, within_days_before=(published, _FILED_REACH))
    if day is None or any(e.date.precision == "day" and day.iso < e.date.iso <= published.iso
                          and any(c.isdigit() for c in e.text)
                          for s in sentences for e in s.dates):
        return None
    return day


def _counts_a_sum_from(sentence: Sentence, expression: DateExpression) -> bool:
    """Whether the date is the time a toll told before it counts from ("2,500 have been
    killed since X began firing on 8 October 2023")."""
    lex, folded = sentence.lex, sentence.folded
    return bool(lex.TOLL_PERFECT_BEFORE.search(folded, 0, expression.start)
                and lex.CUMULATIVE.search(folded, 0, expression.start))


def _opening_days(sentence: Sentence) -> list[PartialDate]:
    """The days a sentence opens with as a dateline's or a statement's ("YEREVAN, Oct. 2 —",
    "Yerevan, October 11."), in text order."""
    return [e.date for e in sentence.dates if e.role == "said" and e.start <= _OPENING
            and e.date.precision == "day"]


@dataclass
class _Story:
    """What the article has told so far, for the sentences that lean on it."""

    published: PartialDate
    paragraphs: list[tuple[int, int]]
    usable: list[Mention]  # every usable place mention, in text order
    uses: _Uses  # mention start -> its use without a trigger
    sentences: list[Sentence]
    datelines: list[Mention] = field(default_factory=list)  # where the story was filed
    capital_of: Callable[[str], Place | None] | None = None  # a country's capital
    drafts: list[_Draft] = field(default_factory=list)
    seen: set[tuple] = field(default_factory=set)
    # (paragraph, place, whether it counts only if governed), in the order told
    told: list[tuple[int, Mention, bool]] = field(default_factory=list)
    # The time the paragraph is telling: its last explicit date of an event, and where.
    paragraph_date: tuple[int, PartialDate] | None = None
    # The wider place the text gave a name the gazetteer lacks, for where it is named again
    # alone: "the town of Palma in northern X ... attacked Palma": in X.
    settings: dict[str, Mention] = field(default_factory=dict)

    def note(self, sentence: Sentence, drafts: list[_Draft], dates: bool = True) -> None:
        """Remember what the sentence located and dated, for the sentences after it (its
        dates only when `dates`: a caption's day is the picture's, not the story's)."""
        self.told += [(sentence.paragraph, m, True) for m in sentence.mentions]
        self.told += [(sentence.paragraph, d.mention, False) for d in drafts
                      if d.source == "sentence" and d.mention is not None]
        if not dates:
            return
        # (not an act told from the day of another, which looks back: "a missile hit X on
        # Sunday, half a day after the sides agreed a truce" goes on telling of Sunday)
        # (nor one a relative clause dates: "the war, which began with the invasion in March
        # 2003")
        # (nor the act a span is counted from: "40 killed since an ADF raid on 12 February")
        counted_from = [d.date for d in drafts if d.dated and _counted_from(d)]
        own = [d.date for d in drafts if d.dated and not _looks_back(d, self) and not any(
            e.date == d.date and _in_relative_clause(sentence, e, (-1, -1))
            for e in sentence.dates) and d.date not in counted_from]
        # (not a date told of someone in a relative clause: "an MP, who had been arrested in
        # June 2018, ...")
        # (nor a day still to come: "will return the districts by December 1")
        # (nor the day a sum is counted from: "2,500 have been killed since X began firing
        # on 8 October 2023")
        # (nor a date that names a thing: "demanding compensation for the September 2023
        # floods")
        explicit = own or [e.date for e in sentence.dates if e.role == "event"
                           and e.date not in counted_from
                           and not _in_relative_clause(sentence, e, (-1, -1))
                           and not sentence.lex.DATE_AS_NAME.search(
                               sentence.folded, max(0, e.start - 6), e.end + 12)
                           and not (self.published.iso and e.date.iso > self.published.iso)
                           and not _counts_a_sum_from(sentence, e)
                           # (nor a date a speaker's words tell: '"I built this house in
                           # 1998," said X, before he set it alight')
                           and not _inside_a_quotation(sentence, e.start)]
        # (the day of a statement that tells of events is the story's day, when no other
        # date is: "the ministry said on Tuesday it had begun an operation ...")
        explicit = explicit or [d.date for d in drafts if d.date.precision == "day"
                                and any(e.role == "said" and e.date == d.date
                                        for e in sentence.dates)]
        # (and so is the day that opens a sentence of no event of its own: an agency's
        # dateline, "Yerevan, October 11. This morning, ...")
        explicit = explicit or ([] if drafts else _opening_days(sentence))
        # (a heading that is only a date, "On Tuesday:", opens what the paragraphs after it
        # tell: a list of that day's events)
        if explicit and (not sentence.heading or _only_a_date(sentence)):
            self.paragraph_date = (sentence.paragraph, explicit[-1])

    def located(self, paragraph: int) -> list[Mention]:
        """The places the paragraph has told so far where something was, in the order told:
        names it governs ("in X"), and the places of its events."""
        return [m for para, m, governed in self.told if para == paragraph
                and (not governed or self.uses[m.start] == GOVERNED)]

    # (Each of these worked out when a sentence first asks for it.)

    @cached_property
    def handover(self) -> bool:
        """Whether the article tells of territory handed over."""
        return any(s.lex.HANDOVER.search(s.folded) for s in self.sentences)

    @cached_property
    def divisions(self) -> frozenset[int]:
        """The starts of towns' names written as districts ("the Tartar district")."""
        return frozenset(m.start for s in self.sentences for m in s.mentions
                         if written_as_division(s, m))

    @cached_property
    def town_districts(self) -> frozenset[int]:
        """Of those, the ones written as a town's whole district ("in the Lachin district"),
        not as a part of another town ("the Nork district of Yerevan")."""
        return frozenset(m.start for s in self.sentences for m in s.mentions
                         if m.start in self.divisions
                         and not s.lex.DISTRICT_OF_A_TOWN.match(s.folded, m.end - s.start))

    @cached_property
    def filed(self) -> PartialDate | None:
        """The day a wire dateline (or the first sentence's statement) says the story was
        filed ("GANJA, Oct 4 —"), when it opens the body: the day the story tells, where a
        later paragraph gives none."""
        return _filed_day(self.sentences)

    @cached_property
    def focus(self) -> list[Mention]:
        """The article's focus places, best first."""
        return focus_places(self.sentences, self.uses)

    def time_of(self, sentence: Sentence) -> PartialDate:
        """The time an undated sentence tells: its paragraph's; else, when the story has
        moved to another day in the paragraphs just before, what that day and the
        article's date share (the month, or the year), since the text does not say which;
        else the article's date. A day just before the article's is the story's day for the
        paragraphs after it: a report filed the next morning ("clashes on Tuesday", then
        what each side said of them) tells that day on."""
        if self.paragraph_date is None:
            return self.published
        paragraph, date = self.paragraph_date
        if paragraph == sentence.paragraph:
            return date
        if date == self.filed:
            return date  # (the day the story was filed and tells, not the day it was posted)
        if date != self.published and date.precision == "day" and _days_apart(
                date, self.published) <= _DAY_BEFORE and \
                sentence.paragraph - paragraph <= _DAY_BEFORE_REACH:
            return date  # a story of the day before its date, told on
        if sentence.paragraph - paragraph <= 2 and date != self.published:
            return common(date, self.published) or self.published
        return self.published


# ---------------------------------------------------------------------------------------
# The sentence's own events


def _in_context(hit: Hit, sentence: Sentence, story: _Story) -> Hit:
    """A trigger read against the whole article: in a story of a handover, troops that
    enter or take control of a place take over what was handed over."""
    if hit.rule in {"territory", "entered"} and story.handover and \
            sentence.lex.PEACEFUL_ENTRY.search(sentence.folded, hit.start, hit.end):
        return replace(hit, event_type=STRATEGIC,
                       sub_event_type="Non-violent transfer of territory")
    # ... and in a story of air strikes, a strike on a target that names no weapon is one
    # ("Israeli air strikes killed 24 ... A commander was killed in a strike on a building")
    if hit.rule == "strike_on" and hit.sub_event_type == SHELLING and any(
            d.sub_event_type == AIR_STRIKE for d in story.drafts):
        return replace(hit, sub_event_type=AIR_STRIKE)
    # A taking one side claims and the other denies is fighting there, not ground changing
    # hands: "said his army had taken X, a claim Armenia denied", "... The ministry denied
    # the town had fallen".
    if hit.event_type == BATTLES and hit.sub_event_type in _TAKINGS and _denied_after(
            sentence, hit, story):
        return replace(hit, sub_event_type="Armed clash")
    return hit


_TAKINGS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _denied_after(sentence: Sentence, hit: Hit, story: _Story) -> bool:
    """Whether the rest of the sentence, or the sentence after it, denies what it claims."""
    denied = sentence.lex.CLAIM_DENIED
    if denied.search(sentence.folded, hit.end):
        return True
    following = story.sentences[sentence.index + 1:sentence.index + 2]
    return bool(following) and denied.search(following[0].folded) is not None


def _sentence_events(sentence: Sentence, hits: list[Hit], story: _Story) -> list[_Draft]:
    """One event per type and place: a trigger's place, or each of a list of places under
    one locative ("strikes on X, Y and Z"), or separate predicates at separate places
    ("rockets hit X, while shells landed in Y")."""
    choices = []
    for hit in hits:
        if hit.rule != "casualty":
            mention, use, in_clause = choose_place(sentence, hit, story.uses)
            if not in_clause and _own_time(sentence, hit) and not (
                    mention is not None and opens_the_sentence(sentence, mention.start)):
                mention, use = None, 0  # "after clashes in July": another time, not here
                # (but "In X, police on Tuesday arrested": the sentence's setting)
            choices.append((hit, mention, use, in_clause))
    # A place in the clause of an act of another time is that act's: "the barrage came two
    # days after a truck bomb damaged the Kerch bridge" (not the barrage's).
    own_times = {m.start: _time_key(sentence, h)
                 for h, m, _, in_clause in choices if m is not None and in_clause}
    taken = set()
    for i, (hit, mention, _use, in_clause) in enumerate(choices):
        if mention is not None and not in_clause and mention.start in own_times and \
                own_times[mention.start] != _time_key(sentence, hit):
            choices[i] = (hit, None, 0, False)
            taken.add(i)
    # A trigger with no place in its own clause happened where its neighbour did: "residents
    # fled X as artillery fire intensified".
    anchored = [(h, m) for h, m, use, in_clause in choices if m is not None and in_clause
                and use == GOVERNED and h.event_type != DIPLOMACY
                and h.sub_event_type != "Agreement"]
    for i, (hit, _mention, use, in_clause) in enumerate(choices):
        near = [a for a in anchored if abs(a[0].start - hit.start) <= FAR]
        if near and i not in taken and not in_clause and use < GOVERNED and \
                hit.event_type != DIPLOMACY and \
                hit.sub_event_type != "Agreement" and not _own_time(sentence, hit):
            _, neighbour = min(near, key=lambda a: abs(a[0].start - hit.start))
            choices[i] = (hit, neighbour, GOVERNED, False)
    # An agreement that came out of talks was made where the talks were held.
    meetings = [c for c in choices if c[0].sub_event_type == "Meeting"]
    if meetings and any(c[0].sub_event_type == "Agreement" for c in choices):
        where = next((c[1:] for c in meetings if c[1] is not None), None)
        choices = [(c[0], *where) if where and c[0].sub_event_type == "Agreement"
                   and c[1] is None else c for c in choices]
    # "troops advanced on Sunday, weeks after fighting in May had killed 12": a trigger
    # with its own time is an event of its own.
    # (one riot a place and a time, whichever of its words the sentence tells it by:
    # "clashes broke out with residents who threw stones")
    groups: dict[tuple[str, str, str], list] = {}
    for choice in choices:
        sub = "" if choice[0].event_type == RIOTS else choice[0].sub_event_type
        key = (choice[0].event_type, sub, _time_key(sentence, choice[0]))
        groups.setdefault(key, []).append(choice)
    drafts: list[_Draft] = []
    for (event_type, sub_type, _), members in groups.items():
        sub_type = sub_type or members[0][0].sub_event_type  # (a riot: as first told)
        own: dict[str, tuple[Hit, Mention, int]] = {}
        peers: set[str] = set()  # the places of one list, all of one kind whatever their scale
        for hit, mention, use, in_clause in members:
            if mention is None or use < WEAK:
                continue
            # (a list "including X and Y" after the trigger's object is of its places too)
            # (or "including in X and Y")
            listed = in_clause or sentence.lex.INCLUDING.search(
                sentence.folded, max(0, mention.start - sentence.start - 16),
                mention.start - sentence.start) is not None
            # (a place of its own outside its clause counts too: "X, the main city of the
            # region, came under bombardment, while Y said rockets had struck Z")
            places = listed_with(sentence, mention) if listed else \
                [mention] if use >= GOVERNED else []
            if len(places) >= 2:
                peers.update(m.place.place_id for m in places)
            more = _along_with(sentence, hit)  # ("..., along with the towns of Y and Z")
            if more and use >= GOVERNED:
                places = [*(places or [mention]), *more]
            if sentence.lex.SEPARATE_ACTS.search(sentence.folded, max(0, hit.start - 30),
                                                 hit.start):
                # "two were killed in X and a dozen wounded in Y in separate attacks": each
                # place the sentence governs is an event of its own
                places = [m for m in sentence.mentions if m.place is not None and place_use(
                    sentence, m, hit, event_type) >= GOVERNED] or places
            parallel = parallel_with(sentence, mention, hit)
            if parallel:  # "located in X, ..., located in Y": wherever the trigger stands
                places = [*(places or [mention]), *parallel]
            for place in places:
                own.setdefault(place.place.place_id, (hit, place, use))
        # "shells struck X, ... the bombardment of the largest city in <X's region>": the
        # broader place is the same event, seen from further away (not one told in a clause
        # set apart: "X said its towns were shelled, while Y reported fighting in <region>").
        finest = min((SPECIFICITY.get(m.place.kind, 3) for _, m, _ in own.values()),
                     default=0)
        fine = [(pid, h) for pid, (h, m, _) in own.items()
                if SPECIFICITY.get(m.place.kind, 3) == finest]
        own = {pid: (h, m, u) for pid, (h, m, u) in own.items()
               if SPECIFICITY.get(m.place.kind, 3) == finest or all(
                   clauses_apart(sentence, h, other) for _, other in fine)
               or pid in peers and any(other in peers for other, _ in fine)}
        if len(own) >= 2:
            for hit, mention, use in own.values():
                drafts.append(_Draft(sentence, hit, event_type, sub_type, mention, "sentence",
                                     use, listed=True))
            continue
        hit, mention, use, _ = max(members, key=lambda m: (m[2], -m[0].start))
        if mention is not None and use < WEAK and (
                event_type == DIPLOMACY or agreed_in_words(hit)
                or place_scale(mention.place) in {"region", "country"}):
            mention = None  # a bare name of a country or region: whose, not where
        if mention is None and event_type == STRATEGIC:
            mention, use = _acting_state(sentence, hit), WEAK
        if mention is None and event_type != DIPLOMACY:
            mention, use = _peoples_land(sentence), GOVERNED
        unknown = _unknown_places(sentence, hit, mention, story) if (
            event_type != DIPLOMACY and not agreed_in_words(hit)) else []
        if unknown:
            for place in unknown:
                drafts.append(_Draft(sentence, hit, event_type, sub_type, place, "sentence",
                                     GOVERNED, approximate=True))
            continue
        drafts.append(_Draft(sentence, hit, event_type, sub_type, mention,
                             "sentence" if mention else "none", use))
    drafts.sort(key=lambda d: d.hit.start)
    return drafts


def _along_with(sentence: Sentence, hit: Hit) -> list[Mention]:
    """The places told right after the trigger as more places of its act: "X was also
    targeted, along with the towns of Y and Z" (Y and Z)."""
    found = sentence.lex.ALONG_WITH.search(sentence.folded, hit.end, hit.end + _ALONG_REACH)
    if found is None or any(hit.end <= m.start - sentence.start < found.start()
                            for m in sentence.mentions):
        return []
    first = next((m for m in sentence.mentions if m.start - sentence.start == found.end()), None)
    return listed_with(sentence, first) if first is not None else []


_ALONG_REACH = 60  # characters from the trigger to "along with" ("was shelled on Sunday, along
#                   with the towns of ...")


def _told_from_another_event(sentence: Sentence, hit: Hit) -> bool:
    """Whether the sentence opens by telling its time from another event, before the
    trigger: "Hours before the operation began, ...", "A day after the talks, ..."."""
    found = sentence.lex.ANCHORED.search(sentence.folded, 0, hit.start)
    return found is not None and found["noun"] in sentence.lex.ANCHOR_NOUNS and \
        not sentence.folded[:found.start()].strip(" ,")


def _own_time(sentence: Sentence, hit: Hit) -> str:
    """The date written right at the trigger ("clashes in July", "the 2016 war"), as ISO
    text; "" when the trigger has none of its own."""
    for expression in sentence.dates:
        if expression.role != "event":
            continue
        after = sentence.lex.OWN_TIME_AFTER.fullmatch(sentence.folded, hit.end, expression.start)
        before = sentence.lex.OWN_TIME_BEFORE.fullmatch(sentence.folded, expression.end,
                                                        hit.start)
        if after or before:
            return expression.date.iso
    return ""


def _time_key(sentence: Sentence, hit: Hit) -> str:
    """The trigger's own time, else the time of the sentence's date nearest it: two triggers
    of a type are one event unless their times differ (a trigger told from another's time,
    "rockets landed in X, a day after a strike on Y", has a time of its own)."""
    anchor = sentence.lex.ANCHORED.search(sentence.folded, 0, hit.start)
    if anchor is not None and "," not in sentence.folded[anchor.end():hit.start]:
        return f"{anchor['count']} {anchor['direction']}"
    own = _own_time(sentence, hit)
    if own or not any(e.role == "event" for e in sentence.dates):
        return own
    return min((e for e in sentence.dates if e.role == "event"),
               key=lambda e: _gap(e, hit.start)).date.iso


def _unknown_places(sentence: Sentence, hit: Hit, known: Mention | None,
                    story: _Story) -> list[Mention]:
    """The places of the trigger's clause that the gazetteer lacks ("in Sahlabad village
    of Tartar district", "near Khachik (Tavush, Armenia)"), each located by the wider place
    the text gives for it: a name after it, else the sentence's own place for the event, else
    the paragraph's, else the article's focus (not a country). Each comes back as its
    mention carrying the wider place."""
    lex = sentence.lex
    clause = sentence.clause(hit.start, hit.end)
    # (the clause reaches back over a bracket of places: "raided X village (Y, Z) and
    # burned houses" burned them in X; not over an acronym's, "a group (KADRE)")
    past = clause_start_past_brackets(sentence, hit.start)
    opening = sentence.folded.rfind("(", past, clause[0])
    if opening >= 0 and any(opening < m.start - sentence.start < clause[0]
                            for m in sentence.mentions):
        clause = (past, clause[1])
    found = []
    for unknown in sentence.unknown:
        rel = unknown.start - sentence.start
        fronted = opens_the_sentence(sentence, unknown.start)  # "Near X, ..."
        if not (clause[0] <= rel < clause[1] or rel >= hit.end or fronted) or not (
                unknown_place_governed(sentence, unknown, hit)) or setting_of_an_unknown_before(
                sentence, unknown):
            continue
        if rel >= hit.end and _in_the_crowd_s_cause(sentence, hit, unknown.start):
            continue  # "gathered in X in protest of an abduction in Y village": the cause's
        # (not a country that speaks after it: "near X, Russia's defence ministry said")
        wider = next((m for m in sentence.mentions if 0 <= m.start - unknown.end <= 60
                      and lex.WIDER_PLACE_GAP.fullmatch(
                          sentence.folded[unknown.end - sentence.start:m.start - sentence.start])
                      and story.uses.get(m.start) != ACTOR), None)
        if wider is not None and wider.place.kind == "country":
            wider = _part_of_country_after(sentence, wider)  # "in Nigeria's Plateau state"
        if wider is None:
            # "the southern Lebanese town of X": the people's country
            wider = next((d for d in sentence.demonyms if d.place is not None
                          and 0 <= unknown.start - d.end <= 40 and lex.PEOPLES_TOWN_GAP.fullmatch(
                              sentence.folded, d.end - sentence.start,
                              unknown.start - sentence.start)), None)
        key = name_key(unknown.text)
        if wider is not None:
            story.settings.setdefault(key, wider)
        else:
            wider = story.settings.get(key)
        if wider is None and known is not None and place_scale(known.place) != "country":
            wider = known
        if wider is None:
            located = story.located(sentence.paragraph)
            wider = located[-1] if located else None
        if wider is None and story.focus and place_scale(story.focus[0].place) != "country":
            wider = story.focus[0]  # "the houses of X village residents" in a story of a district
        if wider is not None and wider.place.kind != "continent":
            # (no continent: "World | Africa" in a page's menu places no village)
            found.append(replace(unknown, place=wider.place))
    return found


def _part_of_country_after(sentence: Sentence, country: Mention) -> Mention:
    """The place of the country its possessive names ("Nigeria's Plateau state"), else the
    country."""
    rel = country.end - sentence.start
    return next((m for m in sentence.mentions if m.start > country.end
                 and m.place.country == country.place.country
                 and sentence.lex.POSSESSIVE_GAP.fullmatch(
                     sentence.folded, rel, m.start - sentence.start)), country)


def _peoples_land(sentence: Sentence) -> Mention | None:
    """"On Armenian territory", "Azerbaijani soil": the country the people's word names."""
    for demonym in sentence.demonyms:
        after = sentence.folded[demonym.end - sentence.start:demonym.end - sentence.start + 30]
        if demonym.place is not None and sentence.lex.PEOPLES_LAND.match(after):
            return demonym
    return None


def _national_seat(sentence: Sentence, draft: _Draft, story: _Story) -> Mention | None:
    """"Protesters stormed Armenia's parliament": a country's parliament or government seat,
    or its capital told by that word alone ("in the capital"), named in the sentence of an
    event with no place of its own, stands in its capital (of the country named just before
    it, else of the town the story told last, in this paragraph or the one before: "In X, the
    capital of one country, protesters gathered. Protesters returned to the government
    building today"; else of the one the article is about). The mention is the seat's words,
    at the capital."""
    if story.capital_of is None or draft.event_type == DIPLOMACY or \
            draft.sub_event_type == "Agreement":
        return None
    lex = sentence.lex
    found = lex.NATIONAL_SEAT.search(sentence.folded)
    if found is not None:
        start, end = found.span()
    elif (found := lex.CAPITAL_AS_PLACE.search(sentence.folded)) is not None:
        start, end = found.span("seat")
    if found is None or lex.SEAT_AS_AUDIENCE.search(sentence.folded, max(0, start - 60), start):
        return None  # ("the prime minister told parliament": whom he spoke to)
    if lex.TREATED_AT_BEFORE.search(sentence.folded, max(0, start - 60), start):
        return None  # ("taken to a hospital in the capital": where the wounded went)
    owners = [m for m in sentence.mentions + sentence.demonyms
              if m.place is not None and m.place.kind == "country"
              and 0 <= start - (m.end - sentence.start) <= _SEAT_OWNER_REACH]
    recent = [] if owners else [m for paragraph, m, _ in story.told[-8:]
                                if m.place.kind in CITY_KINDS
                                and 0 <= sentence.paragraph - paragraph <= 1]
    country = owners[-1].place.country if owners else recent[-1].place.country if recent \
        else _country_of_the_article(story)
    capital = story.capital_of(country) if country else None
    if capital is None:
        return None
    article_id = (owners[-1] if owners else story.usable[0]).article_id
    return Mention(article_id, sentence.start + start, sentence.start + end,
                   sentence.text[start:end], "seat", capital, 1.0)


def _capital_as_object(sentence: Sentence, draft: _Draft) -> bool:
    """Whether the trigger's own clause names a capital by that word right after it ("fired
    rockets at the Eritrean capital, accusing Eritrea of sending troops into Tigray") while
    the place the draft holds stands outside that clause: the capital is where."""
    clause_start, clause_end = sentence.clause(draft.hit.start, draft.hit.end)
    if draft.mention is not None and clause_start <= draft.mention.start - sentence.start \
            < clause_end:
        return False
    return sentence.lex.CAPITAL_AS_PLACE.search(
        sentence.folded, draft.hit.start, min(clause_end, draft.hit.end + 40)) is not None


_SEAT_OWNER_REACH = 4  # characters between "Armenia's" / "the Armenian" and the seat


def _acting_state(sentence: Sentence, hit: Hit) -> Mention | None:
    """An act of a whole state or region ("Armenia declared martial law", "Nagorno-Karabakh
    declared independence") happens in it: the country or region that is its subject; but
    peacekeepers a state sends ("Russia deploys 2,000 peacekeepers") go elsewhere, troops
    that cross a border are where they crossed into, and an exercise is held by forces where
    they hold it, not by their state."""
    if hit.sub_event_type not in {"Other", "Change to group/activity"} or (
            hit.rule in {"peacekeepers", "exercise", "crossing"}):
        return None
    lex, folded = sentence.lex, sentence.folded
    clause_start = sentence.clause(hit.start, hit.end)[0]
    subjects = [m for m in sentence.mentions
                if clause_start <= m.start - sentence.start < hit.start
                and m.place.kind in {"country", "region", "admin1"}
                and (not lex.NOT_THE_SUBJECT.search(folded, 0, m.start - sentence.start)
                     or lex.GOVERNMENT_OF.search(folded, 0, m.start - sentence.start))]
    # "the Turkish government began enforcing a curfew": the people's country.
    subjects += [d for d in sentence.demonyms
                 if d.place is not None and d.place.kind == "country"
                 and clause_start <= d.start - sentence.start < hit.start
                 and lex.GOVERNMENT_AFTER.match(folded, d.end - sentence.start)]
    return max(subjects, key=lambda m: m.start) if subjects else None


_PHRASE_BREAK = re.compile(r"[,;:]")


def _phrase_end(sentence: Sentence, hit: Hit) -> int:
    """Where the hit's clause ends, or its phrase when that goes on past a clause's word
    up to a comma ("killed since last week, officials said")."""
    comma = _PHRASE_BREAK.search(sentence.folded, hit.end)
    return max(sentence.clause(hit.start, hit.end)[1], comma.start() if comma else len(
        sentence.folded))


def _casualty_events(sentence: Sentence, hits: list[Hit], drafts: list[_Draft],
                     story: _Story) -> list[_Draft]:
    """Casualties with no attack in their sentence take the type of the article's last
    violent event, else the victims' (civilians: an attack on them; anyone else: an armed
    clash); `_antecedent` may then fold them into a recent event."""
    lex = sentence.lex
    # A toll over a span is no event's dead, up to the end of the casualty's clause: "two
    # were killed, bringing the toll to 50" tells the two.
    casualties = [h for h in hits if h.rule == "casualty"
                  and (not lex.THE_BEFORE.search(sentence.folded[:h.start])
                       or lex.DYING_VERB.match(sentence.folded, h.start, h.end)
                       or lex.VICTIMS_AFTER_VERB.match(sentence.folded, h.end))
                  and not lex.REMEMBERED.search(sentence.folded[:h.start])
                  and not (lex.HARMED_PERSON.match(sentence.folded, h.start)
                           and lex.HARMED_PERSON_BEFORE.search(sentence.folded,
                                                               max(0, h.start - 20), h.start))
                  # ("264 servicemen, including 53 wounded, were evacuated": who they were)
                  and not lex.COUNTED_AMONG.search(sentence.folded, max(0, h.start - 30),
                                                   h.start)
                  and not lex.CUMULATIVE.search(sentence.folded, 0, _phrase_end(sentence, h))
                  and not lex.AREA_TOLL.search(sentence.folded, 0, _phrase_end(sentence, h))
                  and not lex.YEAR_TOLL.search(sentence.folded, h.end, _phrase_end(sentence, h))]
    if not casualties or lex.NATURAL_DEATH.search(sentence.folded) or any(
            d.violent for d in drafts) or lex.ZERO.search(sentence.folded):
        return []  # (none when it says no one was hurt: "no civilian casualties were reported")
    if not drafts and _the_other_sum(sentence, story):
        return []
    hit = casualties[0]
    mention, use, _ = choose_place(sentence, hit, story.uses)
    own_place = mention is not None and use >= WEAK
    if not drafts and not own_place and (_the_span_s_sum(sentence, hit, story)
                                         or _the_fighting_s_sum(sentence, hit, story)):
        return []
    if not own_place and lex.TOLL_UPDATE_AFTER.match(sentence.folded, _phrase_end(sentence, hit)):
        return []  # "40 more soldiers were killed, bringing the toll to 604": a war's count
    if not own_place and not drafts and lex.TOLL_REVISED.search(sentence.folded):
        return []  # "first reported three dead; the office raised the toll to four": told
    if not own_place and story.drafts and _of_another_year(sentence, story.drafts[-1]):
        return []  # "recalling that 1,100 were killed after the 2007 election": background
    previous = next((d for d in reversed(story.drafts) if d.event_type in ATTACK_TYPES
                     or d.violent), None)
    if not own_place and previous is not None and _victims(sentence, hit) == "armed" and \
            _victims(previous.sentence, previous.hit) == "civilian" and not \
            lex.IN_THAT_EVENT.search(sentence.folded):
        return []  # "shells landed on houses, wounding a woman. 49 servicemen were killed":
        #            soldiers are none of its dead; a front's count, no place's
    if previous is not None and any(e.role == "event" and e.date.precision == "day"
                                    and e.date != previous.date for e in sentence.dates):
        previous = None  # dead of another day than the last violence were not in it
    doers, victims = participants(sentence, hit)
    doer = kind_of(doers, lex, "doer")
    event_type, sub_type = ("", "")
    if doer:  # who did it to whom says what it was
        event_type, sub_type = violence_type(sentence, hit, ("", ""))
        if not event_type and doer == "armed" and lex.SOMEONE.search(victims):
            # "a tailor was killed by militants": one person no word makes a fighter
            event_type, sub_type = VIOLENCE, "Attack"
    # (the weapon may be told in the clause of how it happened: "wounded when handling a
    # grenade")
    weapons = remote_weapons(sentence, hit) or remote_weapons(sentence, hit, how=True)
    if event_type:
        pass
    elif weapons:
        event_type, sub_type = EXPLOSIONS, weapons[0]  # "injured when they stepped on a mine"
    elif lex.HARMED_BY_FIRE.search(sentence.folded) and kind_of(victims, lex, "victim") == \
            "civilian":
        event_type, sub_type = VIOLENCE, "Attack"  # "two civilians were wounded by fire"
    elif previous is not None and previous.event_type == BATTLES:
        event_type, sub_type = BATTLES, "Armed clash"
    elif previous is not None:
        event_type, sub_type = previous.event_type, previous.sub_event_type
    elif lex.CIVILIANS.search(sentence.folded) and not lex.MILITARY.search(sentence.folded):
        event_type, sub_type = VIOLENCE, "Attack"
    else:
        event_type, sub_type = BATTLES, "Armed clash"
    return [_Draft(sentence, hit, event_type, sub_type, mention if own_place else None,
                   "sentence" if own_place else "none", use)]


def _span_told_before(sentence: Sentence, story: _Story) -> Sentence | None:
    """The sentence right before this one in its paragraph, when it tells a span (a sum
    "since Monday", the fighting "which erupted on Sept. 27") and this one dates no act of
    its own: the span a bare toll after it may count over."""
    before = story.sentences[sentence.index - 1] if sentence.index else None
    if before is None or before.paragraph != sentence.paragraph or \
            sentence.lex.CUMULATIVE.search(before.folded) is None or \
            any(e.role == "event" for e in sentence.dates):
        return None
    return before


def _the_span_s_sum(sentence: Sentence, hit: Hit, story: _Story) -> bool:
    """A toll in the perfect, of no day and no place, right after a sentence of its paragraph
    that tells the fighting's span: "The fighting, which erupted on Sept. 27, is the worst
    since a 1991-94 war. Officials say more than 700 people have been killed": the span's
    dead, no event's."""
    lex = sentence.lex
    return _span_told_before(sentence, story) is not None and \
        lex.PERFECT_BEFORE.search(sentence.folded, max(0, hit.start - 40), hit.start) \
        is not None and not lex.IN_THE_EVENT.search(sentence.folded, hit.end)


def _the_fighting_s_sum(sentence: Sentence, hit: Hit, story: _Story) -> bool:
    """"At least 200 have been killed in the fighting", in the perfect, told after violence
    at several places: the dead of all of it so far, no one event's. (After violence at one
    place, or in the past tense, they may be that event's dead: `_antecedent`.)"""
    lex = sentence.lex
    if not lex.IN_THE_EVENT.search(sentence.folded, hit.end,
                                   sentence.clause(hit.start, hit.end)[1]) or \
            not lex.PERFECT_BEFORE.search(sentence.folded, max(0, hit.start - 40), hit.start):
        return False
    places = {d.mention.place.place_id for d in story.drafts
              if d.violent and d.mention is not None}
    return len(places) > 1


def _the_other_sum(sentence: Sentence, story: _Story) -> bool:
    """A bare toll of no day, right after a toll summed over a span in the same paragraph,
    is the other side's sum: "The ministry said 30 of its soldiers had been killed since
    Monday. The other side reported 41 dead." (Not "two more died", nor dead of a day told.)"""
    lex = sentence.lex
    before = _span_told_before(sentence, story)
    return before is not None and lex.KILL_WORD.search(before.folded) is not None and \
        not lex.MORE_DEAD.search(sentence.folded)


def _protest_goes_on(sentence: Sentence, told: list[_Draft],
                     story: _Story) -> list[_Draft]:
    """A sentence right after a protest's or a riot's, of no event of its own or only of
    arrests, casualties and violence by "them" with no place of their own, goes on telling
    how it went: "They blocked the roads with burning tyres" or "on the way they beat a
    passer-by" makes a protest a riot (ACLED), "Police dispersed them" or "Several arrests
    were made" a protest met with force; such arrests, casualties and violence are the protest's
    or the riot's ("Police later cleared the building and detained several people"), no
    event of their own. Returns the sentence's events that stay."""
    if sentence.heading:
        return told
    # (the last few events: a protest told in the sentence before is among them)
    protest = next((d for d in reversed(story.drafts[-4:]) if d.event_type in {PROTESTS, RIOTS}
                    and max(d.told_at, d.sentence.index) == sentence.index - 1), None)
    if protest is None or any(e.role == "event" for e in sentence.dates):
        return told
    lex = sentence.lex
    if not told and (lex.RECENT_SPAN.search(sentence.folded)
                     or lex.CUMULATIVE.search(sentence.folded)):
        return told  # "where clashes have killed hundreds in recent years": a span's toll,
        #              not how the protest went
    if sentence.paragraph != protest.sentence.paragraph and protest.mention is not None and any(
            m.place is not None and m.place.place_id != protest.mention.place.place_id
            for m in sentence.mentions):
        return told  # a new paragraph on another place: "X has been one of the most violent
        #              regions", no more of the protest
    arrests = [d for d in told if d.sub_event_type == "Arrests"]
    said = protest.sentence
    if arrests and any(trigger.sub_event_type == "Arrests" and start > protest.hit.end
                       and said.lex.PROTEST_CAUSE.search(said.folded, protest.hit.end, start)
                       for start, _, _, trigger in trigger_matches(said.lex, said.folded)):
        return told  # "protested against the arrest of X. He was arrested for ...": X's
    outcome = protest_outcome(sentence) or (
        (RIOTS, "Violent demonstration") if any(_done_by_them(d) for d in told) else
        (PROTESTS, "Protest with intervention") if arrests else None)
    if outcome is None:
        return told
    # (and so did the protest's other places, one trigger's list: "took to the streets in X
    # and Y. Police arrested dozens")
    for crowd in [d for d in story.drafts if d.sentence is said and d.hit is protest.hit]:
        if crowd.event_type == PROTESTS and (outcome[0] != PROTESTS
                                             or crowd.sub_event_type == "Peaceful protest"):
            crowd.event_type, crowd.sub_event_type = outcome  # (a riot stays what it was)
        crowd.told_at = sentence.index
    dead = sum(d.fatalities or 0 for d in told)
    if dead:
        protest.fatalities = (protest.fatalities or 0) + dead
    return []


def _arrests_at_a_protest(drafts: list[_Draft]) -> list[_Draft]:
    """Arrests told after a protest in its sentence, or as it went on, at its place or at
    none ("Protesters gathered in X, where police detained dozens", "police detained 100
    people as hundreds protested"): the protest met with force, as ACLED
    codes it, no event of their own (not the arrest it was against: "protested against the
    arrest of X", "asked that the students who were held after the march be freed")."""
    protests = [d for d in drafts if d.event_type in {PROTESTS, RIOTS}]
    if not protests:
        return drafts
    kept = []
    for draft in drafts:
        if draft.sub_event_type != "Arrests":
            kept.append(draft)
            continue
        sentence = draft.sentence
        protest = next((p for p in protests
                        if (draft.hit.start > p.hit.end or sentence.lex.WHILE_IT_WENT_ON.search(
                            sentence.folded, draft.hit.end, p.hit.start)
                            # (or the crowd is whom it detained: "police detained dozens
                            # of protesters")
                            or sentence.lex.ARRESTED_CROWD_BETWEEN.fullmatch(
                                sentence.folded, draft.hit.end, p.hit.start))
                        and (draft.mention is None or draft.place_id == p.place_id
                             # (or the wider place of one the gazetteer lacks, where the
                             # protest was placed by it)
                             or p.approximate and p.mention is not None
                             and draft.mention.place.place_id == p.mention.place.place_id)
                        # (an arrest told after a semicolon is none of its cause:
                        # "marched to demand X; police detained six" detained them there)
                        and (";" in sentence.text[p.hit.end:draft.hit.start]
                             or not sentence.lex.PROTEST_CAUSE.search(
                                 sentence.folded, p.hit.end, draft.hit.start))
                        and not sentence.lex.RELATIVE_VERB.search(
                            sentence.folded, max(p.hit.end, draft.hit.start - 25),
                            draft.hit.start)), None)
        if protest is None:
            kept.append(draft)
        elif protest.sub_event_type == "Peaceful protest":
            protest.sub_event_type = "Protest with intervention"
    return kept


def _of_a_protest_before(draft: _Draft) -> bool:
    """Whether an event may be part of a protest the sentence before told: arrests, its
    blockade, casualties, shots into the air ("Soldiers fired into the air to disperse them"),
    violence by "them", the crowd named again ("Police dispersed the protesters and
    arrested 12 of them"), placed nowhere finer than a country."""
    placed = draft.mention is not None and place_scale(draft.mention.place) != "country"
    # (and the blockade a crowd made, named again: "police fired tear gas to clear the
    # blockade")
    return not placed and (draft.sub_event_type in {"Arrests", "Blockade"}
                           or draft.hit.rule == "casualty"
                           or (draft.hit.rule == "fired" and draft.sub_event_type == "Other")
                           or _done_by_them(draft) or _done_to_them(draft)
                           or draft.hit.rule == "protest"
                           and names_the_crowd(draft.sentence, draft.hit.start, draft.hit.end))


def _done_to_them(draft: _Draft) -> bool:
    """Harm done to some of the crowd, named by a pronoun ("Police detained 100 of them, some
    of whom were beaten")."""
    return draft.violent and done_to_some_of_them(draft.sentence, draft.hit.start)


def _done_by_them(draft: _Draft) -> bool:
    """Violence by the protesters ("On the way they beat a passer-by", "Some looted
    shops and set fire to a bank")."""
    return (draft.violent or draft.sub_event_type == "Looting/property destruction") and \
        draft.hit.rule not in {"casualty", "protest"} and by_protesters(draft.sentence, draft.hit)


def _told_of_its_events(sentence: Sentence, drafts: list[_Draft]) -> str:
    """The sentence up to a clause, after its events, that tells an earlier or later one
    with dead of its own: "killing 21, a day after an earlier strike on the town killed four"
    (the four are that strike's; not "shortly after midnight, killing three", nor dead of
    an event of the sentence's own that the clause tells: "hours after a mine killed two")."""
    violent_drafts = [d for d in drafts if d.violent]
    violent = [d.hit for d in violent_drafts]
    lex = sentence.lex
    text = _other_years_left_out(sentence, violent_drafts)
    anchor = lex.ANCHORED.search(sentence.folded, min(h.end for h in violent)) if violent \
        else None
    if anchor is None or any(h.start >= anchor.end() for h in violent):
        return text
    death = lex.KILL_WORD.search(sentence.folded, anchor.end())
    if death is None or "," in sentence.folded[anchor.end():death.start()]:
        return text
    return text[:anchor.start()]


def _other_years_left_out(sentence: Sentence, violent: list[_Draft]) -> str:
    """The sentence with blanks for each clause that kills in a year none of its events'
    clauses is dated to, and holds none of them: "A flare-up in April 2016 killed about 200,
    and fighting in July this year killed 16" (the 200 are 2016's)."""
    text = sentence.text
    dated = [(e, sentence.clause(e.start, e.end)) for e in sentence.dates if e.role == "event"]
    years = {e.date.year for e, (start, end) in dated
             if any(start <= d.hit.start < end for d in violent)}
    if not years:
        return text
    for expression, (start, end) in dated:
        if expression.date.year in years or not sentence.lex.KILL_WORD.search(
                sentence.folded, start, end):
            continue
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _assign_fatalities(drafts: list[_Draft], killed: int | None, sentence: Sentence,
                       lang: str, claimed: bool = False) -> None:
    """The dead go to the violent event whose trigger is nearest the word 'killed'; where
    the sentence tells two events apart, each with its own dead ("rockets landed near X,
    killing a boy, a day after a strike on Y killed four civilians"), each has its own."""
    violent = [d for d in drafts if d.violent]
    if _tolls_of_their_own(violent, sentence, lang):
        return
    if killed is None or not violent:
        return
    word = sentence.lex.KILL_WORD.search(sentence.folded)
    anchor = word.start() if word else 0
    if word and _dead_are_armed(sentence, word):
        # soldiers' dead are no crowd's: "135 servicemen were killed in the assault, as anger
        # spilled into the streets, where police detained protesters"
        violent = [d for d in violent if d.event_type not in {PROTESTS, RIOTS}]
        if not violent:
            return
    nearest = min(violent, key=lambda d: min(abs(d.hit.start - anchor), abs(d.hit.end - anchor)))
    if _grievance_of(nearest, sentence):
        return  # "rioted after a suspect died in custody", "marched to protest the killing
        #         of a lawyer": the crowd's grievance, not its dead (or what an attack avenged)
    nearest.fatalities, nearest.claimed = killed, claimed


def _dead_are_armed(sentence: Sentence, word: re.Match[str]) -> bool:
    """Whether the word of death is a passive or a dying verb whose subject, the few words
    before it, names armed men: "135 of its servicemen had been killed" (not "clashes with
    police left one man dead", nor "soldiers shot dead 12 people", who did it)."""
    lex = sentence.lex
    before = sentence.folded[max(0, word.start() - 100):word.start()]
    if not (lex.PASSIVE_BEFORE.search(before)
            or lex.DYING_VERB.match(sentence.folded, word.start(), word.end())):
        return False
    return kind_of(" ".join(subject_of(before, lex).split()[-4:]), lex, "victim") == "armed"


def _none_killed_after(draft: _Draft, sentence: Sentence) -> None:
    """"Shells hit the town. Fortunately, no one was hurt.": a sentence of no event of its
    own that says no one was killed or hurt, right after a violent event that counted no
    dead, gives it none (0, as a coder writes it, not an unknown toll); not where it names
    another place ("fire was also directed at X, where no casualties were reported")."""
    if draft.violent and draft.fatalities is None and \
            0 < sentence.index - _last_told(draft) <= _ZERO_REACH and not sentence.unknown \
            and all(m.place.place_id == draft.place_id for m in sentence.mentions) and \
            sentence.lex.ZERO.search(sentence.folded):
        draft.fatalities = 0


def _shot_by_the_force_on_a_protest(drafts: list[_Draft]) -> list[_Draft]:
    """A shooting told after lethal force on a protest, in its sentence, that names no doer
    of its own ("troops fired tear gas and buckshot at marchers in X; a teenager was shot
    dead") is that force's: one event, which holds the dead."""
    force = next((d for d in drafts
                  if d.sub_event_type == "Excessive force against protesters"), None)
    if force is None:
        return drafts
    return [d for d in drafts if d is force or not (
        d.event_type == VIOLENCE and d.hit.start > force.hit.end
        and (d.mention is None or force.mention is None or d.place_id == force.place_id)
        and not participants(d.sentence, d.hit)[0].strip())]


def _abductions_in_a_killing(drafts: list[_Draft]) -> list[_Draft]:
    """An abduction told with an attack on civilians that killed ("stormed a mosque, killing
    12 worshippers and abducting the imam") is part of that attack, as ACLED codes it: the
    attack holds the dead. One that killed, told alone ("killed two farmers and abducted
    five"), is an attack."""
    attacks = [d for d in drafts if (d.event_type, d.sub_event_type) == (VIOLENCE, "Attack")]
    abductions = [d for d in drafts if (d.event_type, d.sub_event_type) == (
        VIOLENCE, "Abduction/forced disappearance")]
    if not abductions or not any(d.fatalities for d in attacks + abductions):
        return drafts
    if not attacks:
        abductions[0].sub_event_type = "Attack"
        attacks, abductions = abductions[:1], abductions[1:]
    for abduction in abductions:
        _merge(attacks[0], abduction)
    return [d for d in drafts if d not in abductions]


def _tolls_of_their_own(violent: list[_Draft], sentence: Sentence, lang: str) -> bool:
    """Gives each of the sentence's violent events the dead counted in its part of the
    sentence (from its trigger's clause to the next one's), when they are events apart (each
    of another type than the one before it, told from its time, "a day after", or told with
    a time of its own) and two or more of them have a count there; whether it did."""
    ordered = sorted(violent, key=lambda d: d.hit.start)
    if len(ordered) < 2:
        return False
    bounds = [d.hit.start for d in ordered] + [len(sentence.folded)]
    # (each told with a time of its own: "fighting in April 2016 killed 200, and 17 died in
    # border clashes in July")
    times = [{d.date for d in sentence.dates if d.role == "event" and start <= d.start < end}
             for start, end in zip(bounds, bounds[1:])]
    if not all(
            later.event_type != earlier.event_type or sentence.lex.ANCHORED.search(
                sentence.folded, earlier.hit.end, later.hit.start)
            or earlier_times and later_times and not earlier_times & later_times
            for earlier, later, earlier_times, later_times in zip(ordered, ordered[1:], times,
                                                                   times[1:])):
        return False
    # (each event's part of the sentence opens with its clause: "..., and 17 people died in
    # clashes")
    ends = [max(earlier.hit.end, sentence.clause(later.hit.start)[0])
            for earlier, later in zip(ordered, ordered[1:])] + [len(sentence.folded)]
    starts = [0] + ends[:-1]
    tolls = [fatalities(sentence.text[start:end], lang) for start, end in zip(starts, ends)]
    if sum(toll is not None for toll in tolls) < 2:
        return False
    for draft, toll in zip(ordered, tolls, strict=True):
        if toll is not None and not _grievance_of(draft, sentence):
            draft.fatalities = toll
    return True


def _in_the_crowd_s_cause(sentence: Sentence, hit: Hit, at: int) -> bool:
    """Whether text position `at` lies in what a protest or a riot was about, after its
    trigger's start ("gathered in X, demanding justice for the collapse on 1 November")."""
    rel = at - sentence.start
    return hit.event_type in {PROTESTS, RIOTS} and rel > hit.start and \
        sentence.lex.PROTEST_CAUSE.search(sentence.folded, hit.start, rel) is not None


def _grievance_of(draft: _Draft, sentence: Sentence) -> bool:
    """Whether the sentence's last word of death stands in what a demonstration was about,
    in the clause its cause opens after the trigger ("demonstrated after a suspect died",
    "to protest the killing of a lawyer"; or before it, as what set the protest off: "the
    killing of a man sparked protests"; not "..., leading to the death of a protester",
    nor the dispute a fight was over), or in what an attack avenged ("shelled army
    positions in response to the killing of two soldiers")."""
    lex = sentence.lex
    if draft.event_type in {PROTESTS, RIOTS}:  # (a mob's too: "after a suspect died")
        cues = lex.PROTEST_CAUSE
    elif draft.violent:
        cues = lex.RETALIATION
    else:
        return False
    folded = sentence.folded
    if draft.event_type in {PROTESTS, RIOTS}:
        told = list(lex.KILL_WORD.finditer(folded, 0, draft.hit.start))
        if told and lex.SPARKED_BETWEEN.search(folded, told[-1].end(), draft.hit.start):
            return True  # "the police killing of a man ... sparked two weeks of protests"
        if told and lex.IN_MEMORY_BEFORE.search(folded, 0, told[-1].start()):
            return True  # "the march commemorating X, who was shot dead in 2008": whom
            #              it remembered
    deaths = list(lex.KILL_WORD.finditer(folded, draft.hit.end))
    if not deaths:
        return False
    if draft.event_type in {PROTESTS, RIOTS} and lex.PROTESTED_BEFORE.search(
            folded, max(0, deaths[0].start() - 80), deaths[0].start()):
        return True  # "protested the killing of a trader": what they protested
    last = deaths[-1].start()
    # (a crowd's trigger may hold its cause: "blocked the bridges ..., demanding")
    cause = cues.search(folded, draft.hit.start if draft.event_type in {PROTESTS, RIOTS}
                        else draft.hit.end, last)
    # (a death told before the cause is the act's own: "a mob lynched a man over blasphemy
    # allegations and set his body on fire")
    return cause is not None and deaths[0].start() > cause.start() and not \
        lex.CAUSE_BROKEN.search(folded, cause.end(), last)


# ---------------------------------------------------------------------------------------
# When


def _event_date(sentence: Sentence, hit: Hit, story: _Story,
                triggers: Sequence[int] = ()) -> tuple[PartialDate, bool]:
    """The date of the hit's event and whether its sentence says it.

    Of the sentence's dates, one in the trigger's clause first, then the nearest (a time
    after the verb, where English puts it, counts as a little nearer) that no relative
    clause about something else holds ("an MP, who was arrested in June"); a statement's day
    ("officials said on Monday") only when nothing else dates it; a year of a life or of a
    comparison never; nor a date after another event's trigger when one stands on this
    side of it ("On Sunday, residents protested the shelling of their town on Saturday":
    the protest on Sunday, `triggers` being where the sentence's events are told). A
    sentence without a date tells the paragraph's time; what had
    happened before that time ("had captured"), in "the recent fighting", and a war named as
    a whole, are known to their year only.
    """
    lex = sentence.lex
    anchored = _anchored_date(sentence, hit, story)
    if anchored is not None:
        return anchored, True
    time = story.time_of(sentence)
    if lex.EARLIER_FIGHTING.match(sentence.folded, hit.end) and time.year is not None:
        return PartialDate(time.year), False  # "the town captured in the recent fighting"
    # A span's two ends ("from 27 September to 10 November") are one tier: the nearer dates
    # its event ("... and ended in an agreement" the end).
    for roles in (("event",), ("since",), ("start", "until"), ("said",)):
        candidates = [e for e in sentence.dates if e.role in roles
                      and not (e.role == "since" and _of_a_later_verb(sentence, hit, e))
                      # (nor the start of a toll's span the dead of the day are added to:
                      # "21 more were killed, taking the toll to 244 since Sept. 27")
                      and not (e.role == "since" and hit.rule == "casualty")
                      # ("Monday's explosion": Monday dates the explosion only, not "as
                      # people continued to leave" later in the sentence)
                      and not (e.text.endswith(("'s", "’s"))
                               and not 0 <= hit.start - e.end <= 40)
                      # (nor a year or a day that names a thing after it, "a breach of
                      # the 2020 truce", another trigger's date: only its own noun's, "the
                      # 2001 anthrax attacks")
                      and not (lex.DATE_AS_NAME.search(sentence.folded, max(0, e.start - 6),
                                                       e.end + 12)
                               and not _names_the_trigger(sentence, e, hit))
                      # (nor a document's date: "in violation of the Statement of 9
                      # November 2020")
                      and not lex.DOCUMENT_OF_BEFORE.search(
                          sentence.folded, max(0, e.start - 60), e.start)
                      # (nor a day after the article's, what an act is to bring about:
                      # "signed a decree dissolving the institutions by January 1")
                      and not _after_publication(e.date, story.published)
                      # ("under an agreement reached in 2020": the agreement's date, when
                      # the agreement is not the event)
                      and not lex.MADE_ON_BEFORE.search(
                          sentence.folded, max(hit.end, e.start - 60), e.start)
                      # (nor a date told past a semicolon after the trigger, of the later
                      # part: "12 were killed; 16 were still missing on Sunday"; one that
                      # opens the sentence dates every part of it)
                      and not (e.start >= hit.end
                               and ";" in sentence.folded[hit.end:e.start])]
        if not candidates:
            continue
        clause = sentence.clause(hit.start, hit.end)
        # (not one in a relative clause of the subject, before the verb: "residents whose
        # houses had been demolished the previous week demonstrated")
        candidates = [e for e in candidates if not _in_the_subject_s_relative(sentence, e, hit)]
        if not candidates:
            continue  # (only the dates of what was done to the doers before: the story's)
        own = [e for e in candidates if clause[0] <= e.start < clause[1]]
        # A date in a clause about something else ("Shusha, which was captured in 1992,")
        # dates that clause's event only.
        outside = [e for e in candidates if not _in_relative_clause(sentence, e, clause)]
        if not own and not outside:
            continue  # only dates of relative clauses' own events: the story's time
        beyond = [e for e in candidates if any(hit.end <= at < e.start for at in triggers)
                  # (nor a date in what a crowd was about: "blocked the bridges, demanding
                  # justice for the collapse on 1 November that killed 15")
                  or _in_the_crowd_s_cause(sentence, hit, sentence.start + e.start)]
        pool = ([e for e in own if e not in beyond] or [e for e in outside if e not in beyond]
                or own or outside)
        nearest = min(pool, key=lambda e: _gap(e, hit.start))
        # A day within the nearest date is the finer telling of it: "On 3 March, X was
        # detained again, his third arrest this year".
        # (not a day of another act the sentence tells as its time: "blocked the road in
        # late April, after the commissions agreed on April 19")
        finer = [e for e in outside if _finer_within(e.date, nearest.date)
                 and not lex.ANOTHER_ACT_BETWEEN.search(
                     sentence.folded, min(nearest.end, e.end), max(nearest.start, e.start))]
        if finer:
            nearest = min(finer, key=lambda e: _gap(e, hit.start))
        # The day something was said dates it, but a later sentence may say when it was.
        return nearest.date, roles[0] not in {"said", "start"}
    clause_start, clause_end = sentence.clause(hit.start, hit.end)
    # The act a comparison is made with is dated by it: "calm, compared to shelling last
    # week" (the shelling was last week; "unlike last week, the shelling today ..." is not).
    compared = [e for e in sentence.dates if e.role == "contrast"
                and hit.end <= e.start < clause_end and e.start - hit.end <= _COMPARED_REACH]
    if compared:
        return compared[0].date, True
    earlier = lex.PLUPERFECT.search(sentence.folded, max(clause_start, hit.start - 40), hit.end)
    background = hit.rule == "war" or earlier is not None and not lex.REPORTED_SPEECH.search(
        sentence.folded, 0, earlier.start())  # ("said its troops had shelled": reported)
    in_paragraph = story.paragraph_date and story.paragraph_date[0] == sentence.paragraph
    if background and not in_paragraph and time.year is not None:
        return PartialDate(time.year), False
    if not in_paragraph and _in_clause(sentence, hit, lex.PRESENT):
        return story.published, False  # told in the present: the article's day
    return time, False


def _names_the_trigger(sentence: Sentence, expression: DateExpression, hit: Hit) -> bool:
    """Whether a year or a day written before a noun names the trigger's own thing: the trigger
    holds it ("the 2020 war") or opens at most three words after it ("the 2001 anthrax
    attacks")."""
    return hit.start <= expression.start < hit.end or (
        expression.end <= hit.start and re.fullmatch(
            r"\s+(?:[\w-]+\s+){0,2}", sentence.folded[expression.end:hit.start]) is not None)


def _after_publication(date: PartialDate, published: PartialDate) -> bool:
    """Whether a date lies wholly after the article's date (a month or a year that holds
    the article's day does not, nor a day of the month or year the article is dated to)."""
    return bool(published.iso) and date.iso > published.iso and not published.iso.startswith(
        date.iso) and not date.iso.startswith(published.iso)


def _of_a_later_verb(sentence: Sentence, hit: Hit, expression: DateExpression) -> bool:
    """Whether a relative clause's verb stands between the trigger and a date after it:
    "took the heights that had been held by X since the early 1990s" (the holding's time,
    not the taking's)."""
    return expression.start > hit.end and sentence.lex.RELATIVE_VERB.search(
        sentence.folded, hit.end, expression.start) is not None


def _looks_back(draft: _Draft, story: _Story) -> bool:
    """Whether the draft's day is told from another act's ("a day after columns rolled out",
    "hours before the offensive began"): a day the story looks back to, not one it moves
    on to ("the next day" is one it moves on to)."""
    lex, folded = draft.sentence.lex, draft.sentence.folded
    return lex.ANCHORED.search(folded) is not None and lex.DAY_SHIFT.search(folded) is None \
        and _anchored_date(draft.sentence, draft.hit, story) is not None


def _counted_from(draft: _Draft) -> bool:
    """Whether the draft is the act a span is counted from ("since an ADF raid on 12
    February"): a day the story looks back to, not the one it tells."""
    folded = draft.sentence.folded
    return draft.sentence.lex.SINCE_EVENT.search(
        folded, max(0, draft.hit.start - 40), draft.hit.start) is not None


def _anchored_date(sentence: Sentence, hit: Hit, story: _Story) -> PartialDate | None:
    """A date told from another event the article has dated: "the deal came a day after
    troops captured X" (the capture: the deal's day, less one), "hours before the operation
    began, six were killed" (the operation's day); or from the day the story is telling:
    "the next day", "two days earlier"."""
    lex = sentence.lex
    if sentence.dates:
        anchored = _anchored_in_sentence(sentence, hit)
        if anchored is not None:
            return anchored
    month = _month_shifted(sentence, hit, story)
    if month is not None:
        return month
    shift = lex.DAY_SHIFT.search(sentence.folded)  # "the next day", "a day earlier"
    if sentence.dates:
        clause = sentence.clause(hit.start, hit.end)
        if shift is None or not clause[0] <= shift.start() < clause[1] or any(
                clause[0] <= e.start < clause[1] for e in sentence.dates):
            return None
        # ("forces agreed to disarm the next day, and the sides met on Thursday": the next
        # day is the agreement's, told from the story's day, the Thursday the meeting's;
        # from the sentence's own day when it tells one before: "On 7 May, youths protested
        # the killings earlier that day")
    span = lex.AFTER_DAYS_OF.search(sentence.folded, 0, hit.start)
    told_before = [e for e in sentence.dates if e.role == "event" and shift is not None
                   and e.end <= shift.start() and e.date.precision == "day"]
    time = told_before[-1].date if told_before else story.time_of(sentence)
    if span is not None and time.precision == "day":
        return days_after(time, _day_count(span["count"], lex))
    if shift is not None:
        if time.precision != "day":
            # (a story that moved to another day in the paragraphs before tells from the
            # day of its last event: "... on Wednesday. A day earlier, five were killed")
            time = next((d.date for d in reversed(story.drafts) if d.date.precision == "day"
                         and sentence.index - d.sentence.index <= 3), time)
        elif time == story.published:
            # (nor is the article's own day the story's, when the story told its acts on a
            # day of their own: "shells hit X on Sunday. [...] A day earlier, the army fought")
            time = next((d.date for d in reversed(story.drafts) if d.dated
                         and d.date.precision == "day" and not d.sentence.heading), time)
        if time.precision == "day":
            if shift["same"]:
                return time
            days = 1 if shift["count"] is None else _day_count(shift["count"], lex)
            forward = shift["next"] or shift["after"] or shift["later"]
            return days_after(time, days if forward else -days)
    found = lex.ANCHORED.search(sentence.folded) or lex.WITHIN_DAYS_OF.search(sentence.folded)
    if found is None:
        return None
    days = _anchor_days(found, lex)
    opens_trigger_clause = found.start() < hit.start and "," not in sentence.folded[
        found.end():hit.start]
    if opens_trigger_clause:  # "a day after troops captured X": the capture is the anchored
        subject = _WORDS.findall(sentence.folded[:found.start()])
        noun = next((w for w in subject if w in lex.ANCHOR_NOUNS), None)
        sign = -1 if found["direction"] in _AFTER else 1
    else:
        noun = found["noun"] if found["noun"] in lex.ANCHOR_NOUNS else None
        sign = 1 if found["direction"] in _AFTER else -1
    if noun is None:
        # "moved into X, a day after columns rolled out": the day the sentence tells
        time = story.time_of(sentence)
        if not opens_trigger_clause or time.precision != "day":
            return None
        return days_after(time, -days)
    kind = lex.ANCHOR_NOUNS[noun]
    # (of its own type first, "the assault" a battle, "the shelling" remote violence; else
    # any violence)
    anchor = next((d for d in reversed(story.drafts) if d.date.precision == "day" and (
        d.violent if kind == "violent" else d.sub_event_type == kind
        or d.event_type == kind)), None)
    if anchor is None and kind in {BATTLES, EXPLOSIONS}:
        anchor = next((d for d in reversed(story.drafts) if d.date.precision == "day"
                       and d.violent), None)
    if anchor is None:
        return None
    return days_after(anchor.date, sign * days)


def _month_shifted(sentence: Sentence, hit: Hit, story: _Story) -> PartialDate | None:
    """The month "later that month" or "the following month" tells, in the trigger's clause
    when it names no date of its own: from the month of the story's last dated event ("On
    January 5 rebels took X. A truce agreed later that month ...": January)."""
    shift = sentence.lex.MONTH_SHIFT.search(sentence.folded)
    if shift is None:
        return None
    clause = sentence.clause(hit.start, hit.end)
    if not clause[0] <= shift.start() < clause[1] or any(
            clause[0] <= e.start < clause[1] for e in sentence.dates):
        return None
    last = next((d.date for d in reversed(story.drafts)
                 if d.dated and d.date.month is not None), None)
    if last is None:  # (the paragraph's own date, when no act of it was told)
        told = story.time_of(sentence)
        last = told if told != story.published and told.month is not None else None
    if last is None:
        return None
    if not shift["next"]:
        return PartialDate(last.year, last.month)
    return PartialDate(last.year + last.month // 12, last.month % 12 + 1)


def _anchored_in_sentence(sentence: Sentence, hit: Hit) -> PartialDate | None:
    """A clause told from the day the rest of its sentence gives: "X agreed on Wednesday
    to disarm, a day after troops launched an offensive" (the offensive: Tuesday)."""
    lex, folded = sentence.lex, sentence.folded
    clause_start, clause_end = sentence.clause(hit.start, hit.end)
    # (the anchor's "after" itself ends a clause: it opens the trigger's from just before)
    found = lex.ANCHORED.search(folded, max(0, clause_start - 20), hit.start)
    # (a date of the clause before the anchor is the main act's: "Wednesday's attack came a
    # day after a rocket landed in X")
    if found is None or "," in folded[found.end():hit.start] or any(
            max(clause_start, found.start()) <= e.start < clause_end for e in sentence.dates):
        return None
    if any(e.start >= hit.end and e.role == "event" and e.date.precision == "day"
           for e in sentence.dates):
        # the anchored act's own day, told after it past an apposition: "two days after
        # troops captured X, the hilltop town above Y, on November 8"
        return None
    # A verb told after the anchor is anchored; a noun right after "after" is the anchor,
    # told at its own day ("a day after the talks", "a day after a ceasefire took effect"),
    # unless it is a new one, anchored too ("a day after a shootout at a checkpoint").
    new_noun = found["noun"] in lex.ARTICLES and hit.start - found.end() <= 12 and not any(
        e.start >= hit.end and e.role == "event" for e in sentence.dates)  # (none of its
    #   own told after it: "a day after a ceasefire, agreed in Moscow, took effect on
    #   Saturday"; the day it was said is none: "..., officials said on Wednesday")
    # (the trigger is the anchored act's verb, or its subject: "a day after rockets fitted
    # with cluster munitions struck the town")
    # (or its weapon, after the verb: "a day after X launched an offensive with artillery
    # fire and drone strikes")
    verbs = [*_WORDS.findall(folded[hit.start:hit.end]),
             *_WORDS.findall(re.match(r"[^,;:()]*", folded[hit.end:hit.end + 30])[0])[:2],
             *_WORDS.findall(folded[found.end():hit.start])]
    if found["noun"] in lex.ANCHOR_NOUNS or not new_noun and not any(
            verb.endswith("ed") or verb in lex.IRREGULAR_PAST for verb in verbs):
        return None
    # (the day of the act it is told from before the day it was said: "BANGKOK, Oct 8 - A
    # jet bombed X on Sunday, ..., a day after fighters attacked Y": Saturday)
    main = sorted((e for e in sentence.dates if e.role in {"event", "said"}
                   and e.date.precision == "day"), key=lambda e: e.role != "event")
    if not main:
        return None
    days = _anchor_days(found, lex)
    return days_after(main[0].date, -days if found["direction"] == "after" else days)


# An anchor's words for a time after its event ("of": "within days of the coup").
_AFTER = frozenset({"after", "of"})


def _anchor_days(found: re.Match[str], lex) -> int:
    """The days an anchor counts: "a day after" 1, "3 days before" 3, "a week after" 7
    ("hours after", "within days of": none)."""
    days = _day_count(found.groupdict().get("count") or "", lex)
    return 7 * days if found.groupdict().get("weeks") else days


def _day_count(count: str, lex) -> int:
    """A number of days as written: "3", "two", "a" ("hours", "shortly": none)."""
    return int(count) if count.isdigit() else lex.ANCHOR_COUNTS.get(count, 0)


_WORDS = re.compile(r"[a-z]+")


def _only_a_date(sentence: Sentence) -> bool:
    """Whether the sentence says nothing but when ("On Tuesday:", "Monday, 12 October")."""
    text = sentence.text
    for expression in sorted(sentence.dates, key=lambda e: -e.start):
        text = text[:expression.start] + text[expression.end:]
    return bool(sentence.dates) and not re.search(r"[^\W\d_]{3}", text)


# Places wider than a town: an item's town within one is the finer place of its events.
_WIDER_SCALES = frozenset({"admin1", "admin2", "region", "country"})
# A paragraph that opens with a town's name alone, as an item of a list does ("- Jermuk.",
# "• Goris:"): the name, and what may stand around it.
_HEADING_NAME = re.compile(r"\W*(?P<name>[^\W\d_][^.:;!?]*?)\s*[.:—–-]?\s*")


def _place_heading(sentence: Sentence, story: _Story) -> Mention | None:
    """The town an item of a list is about, named alone before its sentences ("- Jermuk.
    Shells fell on the spa town ..."): where its events happened unless they name a town."""
    if sentence.paragraph < 0:
        return None
    first = next((s for s in story.sentences if s.paragraph == sentence.paragraph), None)
    if first is None or first is sentence or len(first.mentions) != 1:
        return None
    found = _HEADING_NAME.fullmatch(first.text)
    mention = first.mentions[0]
    if found is None or found["name"] != mention.text or \
            place_scale(mention.place) != "city":
        return None
    return mention


def _in_the_subject_s_relative(sentence: Sentence, expression: DateExpression,
                               hit: Hit) -> bool:
    """Whether the date stands, before the trigger, in a relative clause of something done
    to its noun ("residents whose houses had been demolished the previous week")."""
    return expression.end <= hit.start and sentence.lex.RESTRICTIVE_RELATIVE_BEFORE.search(
        sentence.folded, max(0, expression.start - 120), expression.start) is not None


def _in_relative_clause(sentence: Sentence, expression: DateExpression,
                        trigger_clause: tuple[int, int]) -> bool:
    """Whether the date stands in a relative clause ("which ...", "who ...", ", signed in
    ...") other than the trigger's own."""
    start, _ = sentence.clause(expression.start)
    if expression.role == "since" and start > 0:
        # ("X, where the government has been based since last year, said ...": the word of
        # the span breaks the clause; the span is the time of the clause it closes)
        start = sentence.clause(start - 1)[0]
    passive = sentence.lex.RESTRICTIVE_RELATIVE_BEFORE.search(
        sentence.folded, max(start, expression.start - 120), expression.start)
    if passive is not None and trigger_clause[1] <= passive.start():
        return True  # "in a city that was captured in July 1993", after the trigger
    if start == trigger_clause[0]:
        return False
    if sentence.lex.PARTICIPLE_OPENING.match(sentence.folded, start) and sentence.text[
            :start].rstrip().endswith(","):
        return True  # "the protocols, signed in 2009, ..."
    if not sentence.lex.RELATIVE_OPENING.search(sentence.folded, max(0, start - 8), start):
        # (a clause reported inside one: "the border, which it said had been clarified in
        # 2020")
        comma = sentence.folded.rfind(",", max(0, start - 60), start)
        return comma >= 0 and trigger_clause[1] <= comma and bool(
            sentence.lex.RELATIVE_PRONOUN.match(sentence.folded[comma + 1:start].lstrip()))
    if sentence.lex.UNDER_WAY.match(sentence.folded, start):
        return False  # "detained soldiers who were laying mines on Thursday": then
    # "the talks, which began on Friday, ended ...": the clause tells when the trigger's own
    # noun began, right after it.
    return not (0 <= start - trigger_clause[1] <= 12 and sentence.lex.BEGAN_AT.match(
        sentence.folded, start))


def _gap(expression: DateExpression, offset: int) -> int:
    if expression.start <= offset < expression.end:
        return 0
    if expression.start > offset:
        return expression.start - offset
    return offset - expression.end + 15


# ---------------------------------------------------------------------------------------
# The events against the story


def _settle(story: _Story, sentence: Sentence, drafts: list[_Draft]) -> list[_Draft]:
    """Date the sentence's new events and place those its own words do not; return the ones
    that are not an earlier event spoken of again (those are merged into it)."""
    triggers = [draft.hit.start for draft in drafts]
    for draft in drafts:
        draft.date, draft.dated = _event_date(sentence, draft.hit, story, triggers)
        if not draft.dated and draft.date.precision == "day" and _dead_since_a_truce(draft):
            # the dead of the days since a truce, told on the story's day: its month ("four
            # villagers died in the days after the truce took hold")
            draft.date = PartialDate(draft.date.year, draft.date.month)
        # ("In the capital, a strike killed five": the capital is the sentence's own place,
        # so the strike is no event told before)
        # (and so it is for an event that only a country names weakly: "protesters blocked
        # streets in the Armenian capital, demanding ... hand villages to Azerbaijan")
        aimed_at_capital = _capital_as_object(sentence, draft)
        seat = _national_seat(sentence, draft, story) if draft.mention is None or (
            place_scale(draft.mention.place) == "country") or aimed_at_capital else None
        if seat is not None and draft.mention is not None and draft.use >= GOVERNED and not (
                0 <= seat.start - draft.mention.end <= _SEAT_OWNER_REACH) and not \
                aimed_at_capital:
            seat = None  # (the country's own seat stands for it: "stormed the U.S. Capitol")
        if seat is not None:
            draft.mention, draft.source, draft.use = seat, "sentence", WEAK
    earlier = {id(d): _antecedent(d, story) or _spoken_of(d, story) for d in drafts}
    for draft in drafts:
        referent = None if draft.dated or earlier[id(draft)] else _referent(draft, story)
        if referent is not None:
            draft.date = referent.date  # "the attack ... extended to X": the attack's day
            _armed_as_referent(draft, referent)
    # "detained dozens at the protest": the protest spoken of again places the arrests.
    anchor = next((e for e in earlier.values() if e is not None and e.mention), None)
    new = []
    for draft in drafts:
        if earlier[id(draft)] is not None:
            _merge(earlier[id(draft)], draft)
            continue
        if draft.mention is None and anchor is not None and draft.event_type != DIPLOMACY and \
                not agreed_in_words(draft.hit):
            draft.mention, draft.source = anchor.mention, "paragraph"
            if not draft.dated:
                draft.date = anchor.date
        paragraph = story.paragraphs[sentence.paragraph] if sentence.paragraph >= 0 else (
            sentence.start, sentence.start + len(sentence.text))
        town = dateline_town_described(sentence, draft.mention, story.datelines)
        if town is not None:
            draft.mention, draft.source = town, "article"
        elif draft.mention is None or draft.use < WEAK:
            referred = referred_place(sentence, draft.hit, story.usable, paragraph,
                                      story.datelines, story.divisions, story.uses)
            if referred is not None:
                draft.mention, draft.source = referred
                draft.use = WEAK
        elif draft.use < GOVERNED:
            # "The corridor, the enclave's only link to Armenia, has been closed": the
            # corridor, not the country its link leads to.
            named = named_head_place(sentence, story.usable, paragraph)
            if named is not None:
                draft.mention, draft.source = named
                draft.use = WEAK
        heading = _place_heading(sentence, story)
        if heading is not None and (draft.mention is None or draft.source != "sentence" or (
                place_scale(draft.mention.place) in _WIDER_SCALES
                and draft.mention.place.country == heading.place.country)):
            # "- Jermuk. Shells fell on the spa town in Vayots Dzor": the item's town
            draft.mention, draft.source, draft.use = heading, "paragraph", WEAK
        if draft.mention is None:
            draft.mention, draft.source = _fallback(draft, sentence, story)
        if draft.mention is not None and draft.mention.place.kind == "continent":
            draft.mention, draft.source = None, "none"  # (a continent places no event)
        same = _same_event_told_before(draft, story)
        if same is not None:
            _merge(same, draft)
            continue
        new.append(draft)
    return new


def _victims(sentence: Sentence, hit: Hit) -> str:
    """What the people an act hit are (`kind_of`): "civilian", "armed", ... or "" unsaid;
    of a death ("50 of its soldiers died"), its subject."""
    doers, victims = participants(sentence, hit)
    if hit.rule == "casualty" and sentence.lex.DYING_VERB.match(sentence.folded, hit.start,
                                                                hit.end):
        victims = doers
    return kind_of(victims, sentence.lex, "victim")


def _antecedent(draft: _Draft, story: _Story) -> _Draft | None:
    """The recent event that a sentence without a place of its own speaks of again: its
    casualties ("two soldiers were killed"), a definite reference ("the blast tore through
    the depot on Monday"), or an undated continuation ("riot police pushed back
    demonstrators" after "thousands gathered in Yerevan")."""
    lex, folded = draft.sentence.lex, draft.sentence.folded
    casualty = draft.hit.rule == "casualty"
    # ("the toll had risen to 12 as five of the wounded died in X hospital": the dead of the
    # event told before, wherever and whenever they died)
    rising = casualty and lex.TOLL_ROSE.search(folded) is not None
    if draft.source == "sentence" and draft.use >= WEAK and not rising:
        return None
    if _at_another_time(draft) and not rising:
        return None  # "in the clashes of the following days": another time, another event
    if _at_another_place(draft):
        return None
    words = re.findall(r"[\w']+", folded[draft.hit.start:draft.hit.end])
    # "200 were killed in the fighting": the dead of the fighting told, a few sentences back
    told_again = casualty and lex.IN_THE_EVENT.search(
        folded, draft.hit.end, draft.sentence.clause(draft.hit.start, draft.hit.end)[1])
    # A definite reference ("the attack"), not one to another event ("the new attack", "the
    # ensuing brawl")
    definite = bool(words) and not words[0].endswith("ed") and bool(
        lex.DEFINITE.search(folded[:draft.hit.start])) and not lex.ANOTHER.fullmatch(
        (re.findall(r"[\w']+", folded[max(0, draft.hit.start - 20):draft.hit.start])
         or [""])[-1])
    # The most recently told first: an event spoken of again is as recent as that.
    for earlier in sorted(reversed(story.drafts), key=_last_told, reverse=True):
        gap = draft.sentence.index - _last_told(earlier)
        if gap > (_TOLD_AGAIN_REACH if told_again else 3):
            return None
        if earlier.sentence.heading:
            continue
        if casualty and (gap <= 2 or told_again or rising) and earlier.violent:
            if _attackers_own_dead(earlier, draft) and not lex.IN_THAT_EVENT.search(folded):
                continue  # "X's forces fired rockets at Y. X said 21 of its soldiers died"
                #           (but "... were killed in the incident" died in it)
            if draft.dated and draft.date.precision == earlier.date.precision == "day" and \
                    draft.date != earlier.date and not lex.DIED_OF_WOUNDS.search(folded) and \
                    not rising:
                return None  # dead on another day than the violence last told: their own
                #              (but not who died of the wounds it gave: "died in hospital")
            return earlier
        if definite and (_same_kind(earlier, draft) or not draft.dated and earlier.violent
                         and draft.violent):
            return earlier  # "called the attack deliberate", "caught in the shelling"
        if definite and gap <= 2 and draft.sub_event_type == "Blockade" and \
                earlier.event_type in {"Protests", "Riots"} and _closed_a_way(earlier):
            return earlier  # "blocked the highway, demanding ... The blockade lasted hours"
        if definite and gap <= 1 and draft.sub_event_type == DISRUPTED and \
                earlier.event_type == EXPLOSIONS and _intercepted(draft):
            return earlier  # "fired a missile at X. The missile was intercepted": that one
        if gap <= 1 and not draft.dated and draft.sub_event_type == DISRUPTED and \
                earlier.event_type == BATTLES:
            return earlier  # "... after a clash with X. Troops recovered the rifles X left
            #                 behind": the fight's spoils (ACLED: a seizure is its own event
            #                 only where no one fought)
        same = (earlier.event_type, earlier.sub_event_type) == (
            draft.event_type, draft.sub_event_type)
        if same and gap <= 1 and earlier.source != "sentence" and draft.source == "sentence" \
                and not _another(draft):
            return earlier  # "X was detained. He was detained at the checkpoint": where
        if not draft.dated and gap <= 1 and (
                same or {earlier.event_type, draft.event_type} <= {"Protests", "Riots"}):
            return earlier
        if not draft.dated and gap <= 1 and earlier.hit.rule in _VAGUE_ATTACKS and \
                {earlier.event_type, draft.event_type} <= ATTACK_TYPES:
            return earlier  # "came under attack. ... injured in a bombardment": that attack
        if not draft.dated and gap <= 2 and earlier.event_type in {"Protests", "Riots"} and (
                draft.violent or draft.event_type == "Protests") and draft.source != "sentence" \
                and not _on_another_place(draft, earlier):
            return earlier  # the speaker beaten, the crowd that stayed: the protest's
    return None


def _on_another_place(draft: _Draft, earlier: _Draft) -> bool:
    """Whether the draft's sentence opens a new paragraph on another place than the earlier
    event's: "... marched in Popayan. // Cauca has seen fighting between armed groups" is no
    more of the march."""
    return draft.sentence.paragraph != earlier.sentence.paragraph and any(
        m.place is not None and m.place.place_id != earlier.place_id
        for m in draft.sentence.mentions)


def _of_another_year(sentence: Sentence, earlier: _Draft) -> bool:
    """Whether the sentence dates what it tells to a year other than the earlier event's:
    its dead are not that event's, and, placed nowhere, they are told in passing."""
    year = earlier.date.year
    return year is not None and any(e.role == "event" and e.date.year not in {None, year}
                                    for e in sentence.dates)


def _dead_since_a_truce(draft: _Draft) -> bool:
    """Whether the draft is dead counted from a truce: a casualty whose clause, the one
    right after it ("died once the truce took hold") or the sentence's opening ("Since the
    truce, ...") counts from one."""
    if draft.hit.rule != "casualty":
        return False
    sentence, pattern = draft.sentence, draft.sentence.lex.AFTER_A_TRUCE
    end = sentence.clause(draft.hit.start, draft.hit.end)[1]
    return _in_clause(sentence, draft.hit, pattern) or _in_opening(sentence, pattern) or \
        pattern.match(sentence.folded, end + 1) is not None


def _closed_a_way(protest: _Draft) -> bool:
    """Whether a protest's own words close a way ("blocked the highway, demanding ..."): the
    blockade named after it is the protest's, no siege of its own."""
    folded = protest.sentence.folded
    return any(trigger.sub_event_type == "Blockade" and pattern.search(
        folded, protest.hit.start, protest.hit.end)
        for pattern, trigger in protest.sentence.lex.TRIGGER_PATTERNS)


def _intercepted(draft: _Draft) -> bool:
    """Whether a disrupted weapon is told by the weapon in flight ("the missile was
    intercepted"), as the attack just told may be; not by what was downed ("shot down
    four helicopters": a loss of its own)."""
    words = re.findall(r"[\w']+", draft.sentence.folded[draft.hit.start:draft.hit.end])
    return bool(words) and words[0] in draft.sentence.lex.AIRBORNE_WEAPONS


def _attackers_own_dead(earlier: _Draft, draft: _Draft) -> bool:
    """Whether the casualties are the dead a country counts of its own (see
    `_whose_own_dead`) and the earlier event is a one-sided attack by that country's forces,
    named by their people before its trigger ("Armenian forces fired rockets at Y"): not who
    died in it."""
    if earlier.event_type == BATTLES:
        return False  # (a fight's dead are of both its sides)
    own = _whose_own_dead(draft.sentence)
    sentence = earlier.sentence
    clause_start = sentence.clause(earlier.hit.start)[0] + sentence.start
    return bool(own) and any(
        d.place is not None and d.place.country == own
        and clause_start <= d.start < earlier.hit.start + sentence.start
        for d in sentence.demonyms)


def _last_told(draft: _Draft) -> int:
    """The index of the last sentence that spoke of the event."""
    return max(draft.sentence.index, draft.told_at)


def _referent(draft: _Draft, story: _Story) -> _Draft | None:
    """The earlier event a definite reference with a place of its own names: "the attack,
    which began at 8 a.m., reached the capital" is that attack, at another place."""
    lex, folded = draft.sentence.lex, draft.sentence.folded
    words = re.findall(r"[\w']+", folded[draft.hit.start:draft.hit.end])
    if not words or words[0].endswith("ed") or not lex.DEFINITE_JUST_BEFORE.search(
            folded, max(0, draft.hit.start - 12), draft.hit.start) or _in_clause(
            draft.sentence, draft.hit, lex.PRESENT):
        return None  # "the new arrivals stop first in Goris": what is so now
    # (Of the same type, or the same word: "the attack" on civilians refers back to the
    # attacks on positions.)
    # ("the attack", one, may be a shelling told by its weapons: "opened fire with artillery
    # ... The attack was directed at X")
    return _recent_of_its_kind(draft, story)


def _recent_of_its_kind(draft: _Draft, story: _Story) -> _Draft | None:
    """The latest event told a few sentences before, of the draft's kind or word."""
    folded = draft.sentence.folded
    one_attack = draft.sentence.lex.ONE_ATTACK.fullmatch(
        folded, draft.hit.start, draft.hit.end) is not None
    recent = [e for e in reversed(story.drafts)
              if draft.sentence.index - e.sentence.index <= _REFERENT_REACH
              and not e.sentence.heading and e.dated
              and (_same_kind(e, draft) or e.hit.rule == draft.hit.rule
                   or one_attack and e.event_type == EXPLOSIONS)]
    # "the attack" is the attacks told before, rather than the clashes.
    return next((e for e in recent if e.hit.rule == draft.hit.rule), recent[0] if recent else None)


_REFERENT_REACH = 8  # sentences back a definite reference may point
_NAMED_REACH = 3  # sentences back what a name given to an act ("called it an attack") names


def _spoken_of(draft: _Draft, story: _Story) -> _Draft | None:
    """The earlier event that a definite noun of an act, the object of words about it,
    is: "arrested a journalist who had criticised the handling of the Djibo attack" tells
    no new attack (nor one at the place the sentence opens with)."""
    sentence, hit = draft.sentence, draft.hit
    if sentence.lex.NAMED_AS_BEFORE.search(sentence.folded, max(0, hit.start - 80), hit.start):
        # ('called it a "treacherous attack"': what was just told, of whatever kind)
        return next((e for e in reversed(story.drafts)
                     if sentence.index - e.sentence.index <= _NAMED_REACH and e.violent), None)
    if not sentence.lex.SPOKEN_OF_BEFORE.search(sentence.folded, max(0, hit.start - 80),
                                                hit.start):
        return None
    referent = _recent_of_its_kind(draft, story)
    if referent is None or draft.mention is None or draft.use < GOVERNED or \
            draft.place_id == referent.place_id or opens_the_sentence(sentence,
                                                                      draft.mention.start):
        return referent
    return None  # "condemned the attack on Y": another place, another attack


def _armed_as_referent(draft: _Draft, referent: _Draft) -> None:
    """"The attack ... killed two civilians" that names no weapon is made with those of the
    attack it refers to ("artillery, rockets and drones began a series of attacks"): on
    civilians, a remote weapon makes it remote violence (ACLED), as in its own sentence; and
    so does "the attack was directed at X, Y and Z" after a shelling told with its weapons:
    the shelling, at those places, not a clash."""
    if remote_weapons(draft.sentence, draft.hit):
        return
    if (draft.event_type, draft.sub_event_type) == (VIOLENCE, "Attack"):
        weapons = remote_weapons(referent.sentence, referent.hit)
        if weapons:
            draft.event_type, draft.sub_event_type = EXPLOSIONS, weapons[0]
    elif (draft.event_type, draft.sub_event_type) == (BATTLES, "Armed clash") and \
            referent.event_type == EXPLOSIONS and draft.hit.rule in {"attack", "offensive"}:
        draft.event_type, draft.sub_event_type = referent.event_type, referent.sub_event_type


def _same_event_told_before(draft: _Draft, story: _Story) -> _Draft | None:
    """The earlier event this one tells again, if any:
    - without a place of its own, of a type and day the article has already reported;
    - undated, of the type and place of an earlier event (unless "again", "a new ...");
    - an agreement without a place, days from one the article has reported;
    - a statement on the talks ("read out a joint statement after the consultations")."""
    lex = draft.sentence.lex
    if _at_another_place(draft):
        return None
    elsewhen = _at_another_time(draft)  # "hours before the operation began": not that day's
    another = _another(draft)
    for earlier in reversed(story.drafts):
        if earlier.sentence.heading or _dead_since_a_truce(earlier):
            continue  # (the dead of the days since a truce are no report told again)
        if _damage_of(draft, earlier):
            return earlier
        # (the strategic developments are of many kinds: a handover and houses burned on its
        # eve are two; but arrests made with arms seized are the seizure's, as in one sentence)
        same_type = earlier.event_type == draft.event_type and (
            draft.event_type != STRATEGIC or earlier.sub_event_type == draft.sub_event_type
            or {earlier.sub_event_type, draft.sub_event_type} == {DISRUPTED, "Arrests"}) and \
            not _blasts_of_their_own(draft, earlier)
        # (an undated report whose time is only what the days told share, the month, is of
        # the day told of that place: "rockets fell on X on Wednesday. [...] Twenty-one were
        # killed when cluster munitions hit the town's main street")
        # (not one whose sentence tells a time at all: "compared to shelling the week before")
        same_time = earlier.date.iso == draft.date.iso or not draft.dated and (
            not draft.sentence.dates and earlier.place_id == draft.place_id
            and _finer_within(earlier.date, draft.date))
        if same_type and draft.source != "sentence" and same_time and (
                earlier.place_id == draft.place_id or earlier.source == "sentence") and (
                not elsewhen):
            return earlier
        if (_fire_of_the_battle(draft, earlier) or _hit_told_again(draft, earlier)) and \
                not elsewhen and not another:
            return earlier
        if earlier.sub_event_type == draft.sub_event_type and not draft.dated and \
                draft.source == "sentence" and earlier.place_id == draft.place_id and \
                not another and _months_apart(earlier.date, draft.date) <= 1:
            # (not a fight of another year: "more than 200 soldiers died near X in 2022 ...
            # On Thursday the ministry said forces had fired at positions near X")
            return earlier
        if draft.hit.rule == "explosion" and draft.event_type == earlier.event_type and \
                earlier.place_id == draft.place_id and earlier.date.iso == draft.date.iso and \
                not another:
            return earlier  # "X came under bombardment on Sunday. Explosions shook X
            #                 throughout the day": blasts no weapon is named for, that fire's
        if draft.hit.rule == "attack" and earlier.violent and draft.violent and \
                earlier.place_id == draft.place_id and earlier.date.iso == draft.date.iso and \
                lex.DEFINITE.search(draft.sentence.folded[:draft.hit.start]) and not another:
            return earlier  # "cluster munitions hit X on Tuesday. In Tuesday's attack on X,
            #                 five were killed": an attack named again, of its day and place
        if (earlier.sub_event_type == draft.sub_event_type or earlier.violent and draft.violent
            ) and not draft.dated and lex.WAS_THE_NTH_AFTER.match(
                draft.sentence.folded, draft.hit.end) and lex.DEFINITE.search(
                draft.sentence.folded[:draft.hit.start]) and _contains(draft, earlier):
            return earlier  # "The attack was the latest in a wave of violence in X province":
            # the attack told, spoken of again with the region it was in
        if {earlier.event_type, draft.event_type} <= {PROTESTS, RIOTS} and \
                draft.mention is not None and earlier.place_id == draft.place_id and \
                _right_after_on_its_day(draft, earlier) and not another:
            return earlier  # "crowds marched in X and Y. Police fired on protesters in Y"
        same_kind = earlier.sub_event_type == draft.sub_event_type
        if same_kind and draft.dated and not earlier.dated and earlier.source == "sentence" \
                and draft.source == "sentence" and earlier.place_id == draft.place_id and \
                not another and draft.date.iso <= earlier.date.iso and \
                _days_apart(earlier.date, draft.date) <= 7:
            return earlier  # "the wounded of the shelling of X were flown to ...", then
            # "on Monday, forces shelled X": one shelling, its day told later
        if same_kind and _within_day(earlier.date, draft.date) and (
                _coarse(draft) or _coarse(earlier)) and _contains(earlier, draft) and \
                not another and not lex.MANY_PLACES.search(earlier.sentence.folded) and \
                not (draft.listed and earlier.mention is not None):
            return earlier  # the day's fighting, seen from the country or the region (not a
            # count over many towns: "killed 114 in dozens of towns. In X, 29 were killed";
            # nor a district listed with others, "fired on the X, Y and Z districts", as the
            # place of another event)
        if draft.sub_event_type == earlier.sub_event_type == "Agreement" and \
                draft.mention is None and (_days_apart(earlier.date, draft.date) <= 2 or (
                    lex.DEFINITE.search(draft.sentence.folded[:draft.hit.start]))):
            return earlier  # "the deal" spoken of again
        if draft.sub_event_type == "Statement" and earlier.sub_event_type in {
                "Meeting", "Agreement"} and lex.TALKS.search(draft.sentence.folded) and \
                _days_apart(earlier.date, draft.date) <= 1:
            return earlier
        if draft.sub_event_type == "Meeting" and earlier.sub_event_type == "Agreement" and \
                not draft.dated and earlier.place_id == draft.place_id and \
                lex.DEFINITE.search(draft.sentence.folded[:draft.hit.start]):
            return earlier  # "the talks in Moscow": those the agreement came out of
    return None


def _fire_of_the_battle(draft: _Draft, earlier: _Draft) -> bool:
    """Whether the draft is shelling told, in a sentence that names no place where, in the
    sentences right after a battle of its day ("Azerbaijani forces attacked Armenian
    territory in Syunik. The ministry said their artillery then opened up on the posts on
    the frontier", "The soldier was hit by mortar fragments"): the battle's fire told again, one
    event (ACLED codes the shelling that goes with a ground attack as the battle)."""
    sentence = draft.sentence
    return draft.event_type == EXPLOSIONS and draft.source != "sentence" and \
        earlier.event_type == BATTLES and earlier.hit.rule != "casualty" and \
        earlier.mention is not None and _right_after_on_its_day(draft, earlier) and \
        not sentence.unknown and \
        all(place_use(sentence, m, draft.hit, EXPLOSIONS) < WEAK for m in sentence.mentions)


def _hit_told_again(draft: _Draft, earlier: _Draft) -> bool:
    """Whether the draft is a hit with no weapon named ("the vehicle was hit on the road
    between X and Y"), told in the sentences right after a strike of its day and place:
    that strike's hit told again, not a shelling of its own. (Its place is the strike's, or a
    point the gazetteer lacks that the text locates by it: "between X and Y".)"""
    return draft.hit.rule == "struck" and draft.event_type == earlier.event_type == EXPLOSIONS \
        and _right_after_on_its_day(draft, earlier) and earlier.mention is not None and \
        draft.mention is not None and \
        earlier.mention.place.place_id == draft.mention.place.place_id and \
        not remote_weapons(draft.sentence, draft.hit)


def _right_after_on_its_day(draft: _Draft, earlier: _Draft) -> bool:
    """Whether the draft is of the earlier event's day and told within two sentences of
    the last that spoke of it: close enough to be that event told again."""
    return earlier.date.iso == draft.date.iso and \
        draft.sentence.index - _last_told(earlier) <= 2


def _damage_of(draft: _Draft, earlier: _Draft) -> bool:
    """Whether the draft is damage, with no one named doing it but those just told of,
    told in the sentence right after violence of its day and place (or up to three
    sentences later, when the violence itself is named again as what did it) ("... raided
    the village, killing seven. Several houses were burned.", "The militants looted shops.", "Seven
    soldiers were killed and vehicles were set ablaze."): that violence's, as ACLED codes
    damage done in an attack."""
    sentence = draft.sentence
    if draft.sub_event_type != "Looting/property destruction" or not earlier.violent or \
            earlier.date.iso != draft.date.iso or \
            draft.source == "sentence" and draft.place_id != earlier.place_id:
        return False
    gap = sentence.index - _last_told(earlier)
    doers = participants(sentence, draft.hit)[0]
    if 1 <= gap <= 3 and sentence.lex.VIOLENCE_TOLD_OF.search(doers):
        return True  # "The strikes damaged several houses": the strikes told a little before
    if gap != 1:
        return False
    if sentence.lex.DOERS_TOLD_OF.search(doers):
        return True  # "the militants", "the attackers": those of the violence just told
    lex, folded = sentence.lex, sentence.folded
    return not kind_of(doers, lex, "doer") and not any(
        not lex.HARMED_AFTER_ACTOR.match(folded, armed.end())
        for armed in lex.ARMED_ACTORS.finditer(folded))


def _finer_within(finer: PartialDate, coarser: PartialDate) -> bool:
    """Whether a date is a more precise one inside the other: a day of its month."""
    return bool(coarser.iso) and len(finer.iso) > len(coarser.iso) and finer.iso.startswith(
        coarser.iso)


def _within_day(first: PartialDate, second: PartialDate) -> bool:
    """Whether one date is a day the other holds: the same day, or a day in the month or
    the year the other is known to."""
    if "day" not in {first.precision, second.precision} or "year" in {
            first.precision, second.precision}:
        return False
    shorter, longer = sorted((first.iso, second.iso), key=len)
    return bool(shorter) and longer.startswith(shorter)


_REGION_REACH_KM = 100.0  # how far from a region's point a place may lie and be in it


def _contains(first: _Draft, second: _Draft) -> bool:
    """Whether one event's place may hold the other's: the same country for a country, a
    point within reach for a region; an event without a place may be anywhere. A region
    told after a town holds it only in the same country (a vague first report, "clashes in
    the region", may be made precise by a town across a border; a region reported after a
    town is another front)."""
    if first.mention is None or second.mention is None:
        return True
    a, b = first.mention.place, second.mention.place
    if "country" in {place_scale(a), place_scale(b)}:
        return a.country == b.country
    # (a state's division holds nothing across its border: a clash in Gegharkunik and the
    # other side's account of fire on its positions in the Kalbajar district are two reports
    # at two places)
    if a.country and b.country and a.country != b.country and (
            a.kind in _DIVISIONS or b.kind in _DIVISIONS):
        return False
    # (a first-level division holds the towns the gazetteer says are in it, and no other:
    # Shusha is not in the Terter district however near)
    for division, town in ((a, b), (b, a)):
        if division.kind == "admin1" and town.kind != "admin1" and town.admin1 and \
                division.country == town.country:
            return fold(town.admin1) == fold(division.name)
    if _coarse(second) and not _coarse(first) and a.country and b.country and \
            a.country != b.country:
        return False
    return km_apart(a, b) <= _REGION_REACH_KM


_DIVISIONS = frozenset({"admin1", "admin2"})


def _coarse(draft: _Draft) -> bool:
    """Whether the event is placed only at a region or a country, or not at all."""
    return draft.mention is None or place_scale(draft.mention.place) in {"region", "country"}


def _another(draft: _Draft) -> bool:
    """Whether the trigger's clause, or the words that open its sentence, mark a second
    event: "rockets also hit", "again", "in the following days", "It was the second strike
    in two days: on Tuesday, ..."."""
    sentence = draft.sentence
    return _in_clause(sentence, draft.hit, sentence.lex.ANOTHER) or _at_another_time(draft) or (
        _opening_end(sentence) < draft.hit.start and _in_opening(sentence, sentence.lex.ANOTHER))


def _at_another_time(draft: _Draft) -> bool:
    """Whether the trigger's clause, or the words that open its sentence ("Hours before the
    operation began, officials said that ..."), set it at another time than the one told;
    and whether dead are counted from a truce ("four died in the days after the truce took
    hold"): the days since it, not the violence last told."""
    sentence = draft.sentence
    return _in_clause(sentence, draft.hit, sentence.lex.LATER) or _in_opening(
        sentence, sentence.lex.LATER) or _dead_since_a_truce(draft)


def _at_another_place(draft: _Draft) -> bool:
    """Whether the trigger's clause, or the words that open its sentence, say its act was
    elsewhere ("Elsewhere, positions came under fire"): no event told before."""
    sentence, lex = draft.sentence, draft.sentence.lex
    return lex.ELSEWHERE.search(sentence.folded) is not None and (
        _in_clause(sentence, draft.hit, lex.ELSEWHERE) or _in_opening(sentence, lex.ELSEWHERE))


def _opening_end(sentence: Sentence) -> int:
    """Where the words that open the sentence ("In a separate attack, ...") end: at its
    first comma, when that comes early; -1 when none does."""
    return sentence.folded.find(",", 0, _OPENING_CHARS)


def _in_opening(sentence: Sentence, pattern: re.Pattern) -> bool:
    """Whether the pattern is found in the words that open the sentence."""
    opening = _opening_end(sentence)
    return opening > 0 and pattern.search(sentence.folded, 0, opening) is not None


_OPENING_CHARS = 60  # an adverbial that opens a sentence ends with a comma within these


def _in_clause(sentence: Sentence, hit: Hit, pattern: re.Pattern) -> bool:
    """Whether the pattern is found in the trigger's clause."""
    return pattern.search(sentence.folded, *sentence.clause(hit.start, hit.end)) is not None


def _days_apart(a: PartialDate, b: PartialDate) -> int:
    """Days between two dates known to the day; a large number otherwise."""
    if a.precision != "day" or b.precision != "day":
        return 0 if a.iso and a.iso == b.iso else 10 ** 6
    return abs((dt.date(a.year, a.month, a.day) - dt.date(b.year, b.month, b.day)).days)


_QUOTE_MARKS = frozenset('"“”')


def _inside_a_quotation(sentence: Sentence, start: int) -> bool:
    """Whether the sentence's text at `start` lies inside a quotation (an odd number of
    quotation marks before it)."""
    return sum(ch in _QUOTE_MARKS for ch in sentence.text[:start]) % 2 == 1


def _months_apart(a: PartialDate, b: PartialDate) -> int:
    """Months between two dates known at least to the month; 0 when either is coarser."""
    if a.month is None or b.month is None or a.year is None or b.year is None:
        return 0
    return abs((a.year * 12 + a.month) - (b.year * 12 + b.month))


def _same_kind(earlier: _Draft, later: _Draft) -> bool:
    """Whether a later reference may be to the earlier event: the same type, or the talks
    that an agreement came out of."""
    kinds = {earlier.sub_event_type, later.sub_event_type}
    return earlier.event_type == later.event_type or kinds == {"Agreement", "Meeting"}


def _merge(earlier: _Draft, later: _Draft) -> None:
    """Fold what a later mention of an event adds: its dead (both sides' added), its date,
    a protest's outcome, a finer place, its interception."""
    earlier.told_at = max(earlier.told_at, later.sentence.index)
    lex = later.sentence.lex
    if later.sub_event_type == DISRUPTED and earlier.event_type == EXPLOSIONS and \
            _intercepted(later):
        # the missile or the drone told intercepted: a weapon's use disrupted (ACLED), no
        # strike
        earlier.event_type, earlier.sub_event_type = STRATEGIC, DISRUPTED
    if earlier.fatalities is None or earlier.fatalities == 0 and later.fatalities or \
            later.fatalities is not None and (coder_note(later.sentence.folded, lex)
                                              or lex.TOLL_ROSE.search(later.sentence.folded)):
        # (a coder's note of the dead is the total; so is a toll that rose; and dead told
        # after "no civilians were hurt" are its dead)
        earlier.fatalities = later.fatalities
        if later.fatalities is not None:
            earlier.dead_told_in = later.dead_told_in or later.sentence
    elif later.claimed and not earlier.claimed:
        pass  # a side's claim of the dead it caused: the count told stands (ACLED's lower)
    elif earlier.claimed and later.fatalities is not None and not later.claimed:
        earlier.fatalities, earlier.claimed = later.fatalities, False  # (likewise, told after)
    elif later.fatalities and not _dead_counted_in_one_sentence(earlier, later) and (
            _other_side(earlier, later) or _more_dead(later)
            or lex.SEPARATELY.search(later.sentence.folded, 0, later.hit.start)
            or lex.WOUNDED_LATER_DIED.search(later.sentence.folded)):
        # the other side's dead, "also 4 killed", those of a separate act of the day and
        # place ("Separately, shelling killed ten": ACLED counts one event, all its dead), or
        # the wounded who died later ("one of them died in hospital on Tuesday")
        earlier.fatalities += later.fatalities
    elif later.fatalities is None and (shares := even_shares(later.sentence.folded, lex)) and \
            earlier.fatalities % shares == 0:
        earlier.fatalities //= shares  # "78 were killed. Fatalities split between 2 events."
    if not earlier.dated and later.dated or later.dated and _finer_within(later.date,
                                                                          earlier.date):
        earlier.date, earlier.dated = later.date, True  # "in November", then "on Sunday"
    if earlier.event_type in {"Protests", "Riots"} and later.event_type in {
            "Protests", "Riots"} and earlier.sub_event_type == "Peaceful protest":
        earlier.event_type, earlier.sub_event_type = later.event_type, later.sub_event_type
    elif earlier.event_type == "Protests" and later.event_type in {"Battles", "Riots"}:
        earlier.event_type, earlier.sub_event_type = "Riots", "Violent demonstration"
        # a protest that turned into clashes is a riot (ACLED)
    elif (earlier.event_type, earlier.sub_event_type) == (BATTLES, "Armed clash") and \
            later.event_type == BATTLES and later.sub_event_type != "Armed clash":
        earlier.sub_event_type = later.sub_event_type  # a fight in which ground changed hands
    finer = later.mention is not None and (earlier.mention is None or SPECIFICITY.get(
        later.mention.place.kind, 3) < SPECIFICITY.get(earlier.mention.place.kind, 3))
    # (a name the later mention only names, governing nothing, moves no placed event: "the
    # protesters were agents, and Baku had cut the gas")
    if later.source == "sentence" and later.mention and (earlier.source != "sentence" or finer) \
            and (later.use >= WEAK or earlier.mention is None):
        earlier.mention, earlier.source, earlier.use = later.mention, "sentence", later.use
    # "came under attack", then "as a result of shelling": the weapon says what it was.
    # (blasts no weapon is named for say nothing more of shelling: "came under bombardment.
    # Explosions shook the city")
    if earlier.hit.rule in _VAGUE_ATTACKS and later.event_type == EXPLOSIONS and \
            earlier.event_type in ATTACK_TYPES and not (
                later.hit.rule == "explosion" and earlier.event_type == EXPLOSIONS):
        earlier.event_type, earlier.sub_event_type = later.event_type, later.sub_event_type
    # "Gunmen attacked X. Two civilians were killed (in the assault).": an attack its own
    # sentence named no victim of, whose dead the next one says were civilians, was an
    # attack on them (ACLED).
    elif (earlier.event_type, earlier.sub_event_type) == (BATTLES, "Armed clash") and \
            earlier.hit.rule in {"attack", "raid"} and (
                later.hit.rule == "casualty" and victims_kind(later.sentence, later.hit)
                == "civilian" or (later.event_type, later.sub_event_type) == (VIOLENCE, "Attack")
            ) and not victims_kind(earlier.sentence, earlier.hit) and \
            not armed_men_besides_the_doers(earlier.sentence, earlier.hit) and \
            not fought_each_other(earlier.sentence, earlier.hit):
        earlier.event_type, earlier.sub_event_type = VIOLENCE, "Attack"


def _blasts_of_their_own(draft: _Draft, earlier: _Draft) -> bool:
    """Whether the draft's own words tell a mine, a bomb or a grenade, where the earlier
    event was fire from afar: "shells hit X ... mine blasts killed four" are two events
    (not "a suicide bombing ... the bombing", nor dead told after the fire)."""
    # (a blast no weapon is named for, "residents heard explosions", is nothing of its own)
    return draft.event_type == earlier.event_type == EXPLOSIONS and \
        draft.hit.rule != "casualty" and draft.sub_event_type in PLANTED and \
        earlier.sub_event_type not in PLANTED and (
            draft.hit.rule != "explosion"
            or any(weapon in PLANTED for weapon in remote_weapons(draft.sentence, draft.hit)))


def _peoples_named(sentence: Sentence) -> set[str]:
    """The countries of the peoples a sentence names, less those of who told it ("a local
    official quoted by Turkish media gave a figure of 25 dead" counts no Turkish dead)."""
    lex = sentence.lex
    return {d.place.country for d in sentence.demonyms if d.place is not None
            and not lex.TELLERS_AFTER_A_PEOPLE.match(sentence.folded, d.end - sentence.start)}


def _dead_counted_in_one_sentence(earlier: _Draft, later: _Draft) -> bool:
    """Whether both counted their dead in the same sentence, read by two of its triggers
    ("In a separate incident, a soldier was killed in an exchange of fire"): one count."""
    return (later.dead_told_in or later.sentence) is (earlier.dead_told_in or earlier.sentence)


def _more_dead(later: _Draft) -> bool:
    """Whether the later report counts dead beyond those told: "also 4 militants were
    killed", "two more soldiers died"."""
    return _in_clause(later.sentence, later.hit, later.sentence.lex.MORE_DEAD)


def _other_side(earlier: _Draft, later: _Draft) -> bool:
    """Whether the later report counts the dead of another side: its sentence names a
    people (a demonym) that the earlier one's does not, or its dead are of the other kind
    ("killing three soldiers. The army said 20 insurgents were killed")."""
    told = earlier.dead_told_in or earlier.sentence
    sides, theirs = _peoples_named(told), _peoples_named(later.sentence)
    if theirs and sides and not theirs & sides:
        return True
    counted, counts = _whose_own_dead(told), _whose_own_dead(later.sentence)
    if counted and counts and counted != counts:
        return True  # "Armenia said 15 of its soldiers were killed. Azerbaijan said seven of
        #              its servicemen died."
    if counts and (peoples := peoples_of_the_dead(told)) and counts not in peoples:
        return True  # "four Armenian servicemen were killed ... Azerbaijan said three of its
        #              soldiers were killed in the incident"
    if counts and not peoples and (teller := _whose_own_dead(told, own=False)) and \
            teller != counts:
        return True  # "Armenia's ministry said 105 servicemen had been killed. Azerbaijan
        #              said 50 of its troops had died": each counts its own
    mine, other = side_of_the_dead(told), side_of_the_dead(later.sentence)
    return bool(mine) and bool(other) and mine != other


def _whose_own_dead(sentence: Sentence, own: bool = True) -> str:
    """The country that the sentence has count its own dead ("Azerbaijan said seven of its
    servicemen had died", "Armenia's defence ministry said 21 more of its soldiers had
    died"): a country (or its office) that speaks, and "its" or "their" after it; "" if
    none. A region's forces that speak so are a side of their own, whatever country holds
    the region ("the Nagorno-Karabakh defence army said two of its soldiers were killed"):
    its place id stands for them. Without `own`, the country that speaks, "its" or not."""
    lex, folded = sentence.lex, sentence.folded
    for mention in sentence.mentions:
        end = mention.end - sentence.start
        if mention.place is None or place_scale(mention.place) not in {"country", "region"}:
            continue
        after = folded[end:]
        office = lex.ACTOR_AFTER.match(after)
        if place_scale(mention.place) == "region" and office is None:
            continue  # (a region speaks only by its office: "Karabakh said" is no side)
        if lex.SPEECH_AFTER.match(after[office.end():] if office else after) and (
                not own or lex.ITS_OWN_PEOPLE.search(folded, end)):
            return mention.place.country if mention.place.kind == "country" else \
                mention.place.place_id
    return ""


_VAGUE_ATTACKS = frozenset({"under_fire", "casualty"})


def _fallback(draft: _Draft, sentence: Sentence, story: _Story) -> tuple[Mention | None, str]:
    """No place in the sentence: violence where its paragraph's violence was, anything
    else at the paragraph's last located place; else the article's place for this kind of
    event (where its last violent, or non-violent, event was placed by its own sentence),
    else the article's focus. Statements, meetings and agreements are placed only where
    their own words, or their talks, say."""
    if draft.event_type == DIPLOMACY:
        return None, "none"
    if draft.sub_event_type == "Agreement":
        talks = [d for d in story.drafts if d.sub_event_type == "Meeting" and d.mention
                 and d.sentence.paragraph == sentence.paragraph]
        return (talks[-1].mention, "paragraph") if talks else (None, "none")
    border = sentence.lex.AT_THE_BORDER.search(sentence.folded, *sentence.clause(
        draft.hit.start, draft.hit.end)) or not draft.violent and \
        sentence.lex.AT_THE_BORDER.search(sentence.folded, draft.hit.end,
                                          draft.hit.end + _BORDER_REACH)
    if border and not (draft.event_type == DISPLACEMENT and where_they_went(
            sentence, draft.hit, border.start())):
        return None, "none"  # "claims of border shootings", "detained as he tried to cross
        #                      the border": somewhere on the border (not where people fled
        #                      to: "fled towards the border" fled from where they were)
    if draft.violent and _origin_named(sentence, draft.hit):
        return None, "none"  # "a new attack from Armenia": whence, and where is not told
    if _at_another_place(draft):
        return None, "none"  # "Elsewhere, positions came under fire": not where told before
    if _own_time(sentence, draft.hit) and sentence.lex.TIME_ANCHOR_BEFORE.search(
            sentence.folded, max(0, draft.hit.start - 40), draft.hit.start):
        return None, "none"  # "two months after clashes in July": no telling where
    if draft.violent and _told_from_another_event(sentence, draft.hit):
        return None, "none"  # "hours before the operation began, a mine killed two": where
        # the operation was is not where the mine went off
    if draft.violent:  # where the paragraph's violence was, of its places
        fights = [d.mention for d in story.drafts if d.violent and d.source == "sentence"
                  and d.mention is not None and d.sentence.paragraph == sentence.paragraph]
        if fights:
            return fights[-1], "paragraph"
    in_paragraph = story.located(sentence.paragraph)
    if in_paragraph:
        return max(in_paragraph, key=lambda m: m.start), "paragraph"
    if draft.hit.rule == "casualty" and _whose_own_dead(sentence):
        return None, "none"  # "Armenia said 21 more of its soldiers had died": where, untold
    placed = [d for d in story.drafts if d.source == "sentence" and d.use >= WEAK]
    # (peacekeepers sent go where the war was, not where its truce was signed)
    warlike = draft.violent or draft.hit.rule == "peacekeepers"
    for earlier in reversed(placed):
        if earlier.violent == warlike and earlier.event_type != DIPLOMACY:
            return earlier.mention, "article"
    # The focus, passing over for violence a place where only talks and the like happened
    # (the city where a truce was signed is not where the fighting was).
    other = {d.place_id for d in placed if not d.violent} if warlike else set()
    if draft.event_type == DISPLACEMENT:  # nor where people went ("crossed into X")
        other |= {m.place.place_id for m in sentence.mentions}
    for mention in story.focus:
        if mention.place.place_id not in other:
            return mention, "article"
    if story.focus and draft.event_type != DISPLACEMENT:
        return story.focus[0], "article"
    # A country's own affairs (an arrest, a decree) happen in it; an attack by a country's
    # forces need not.
    country = None if draft.violent else _article_country(story)
    if country is not None and country.place.place_id in other:
        country = None
    return (country, "article") if country else (None, "none")


_BORDER_REACH = 100  # characters after an act to the border it was at, in a clause of its own


def _unplace_where_talks_were(drafts: list[_Draft]) -> None:
    """Violence the article's focus placed, unplaced again where the article tells only of
    talks or an agreement ("Azerbaijan launched an operation ... Talks were held in
    Yevlakh"): the city where a truce was negotiated is not where the fighting was, whether
    the talks are told before the violence (`_fallback`) or after it."""
    talks = {d.place_id for d in drafts if d.source == "sentence" and d.mention is not None
             and (d.event_type == DIPLOMACY or d.sub_event_type == "Agreement")}
    talks -= {d.place_id for d in drafts if d.violent and d.source == "sentence"}
    for draft in drafts:
        if draft.violent and draft.source == "article" and draft.place_id in talks:
            draft.mention, draft.source = None, "none"


def _origin_named(sentence: Sentence, hit: Hit) -> bool:
    """Whether the trigger's clause names only where the attack came from ("an attack from
    Armenia", "fire from the territory of X")."""
    start, end = sentence.clause(hit.start, hit.end)
    for mention in sentence.mentions:
        rel = mention.start - sentence.start
        if hit.end <= rel < end:
            words = re.findall(r"[\w']+", sentence.folded[hit.end:rel])
            words = [w for w in words if w not in sentence.lex.ORIGIN_FILLERS]
            if words and words[-1] in sentence.lex.FROM_WORDS:
                return True
    return False


def _article_country(story: _Story) -> Mention | None:
    """The country an article without any other place is about: the one it names most,
    as a place or as an actor ("the government of Armenia arrested ..."); ACLED's
    precision 3."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for mention in story.usable:
        if mention.place.kind == "country":
            counts[mention.place.place_id] += 1
            first.setdefault(mention.place.place_id, mention)
    best = _alone_first(counts)
    return first[best] if best else None


def _alone_first(counts: Counter[str]) -> str | None:
    """The key counted most, if no other is counted as often."""
    (best, n), (_, second) = (counts.most_common(2) + [("", 0), ("", 0)])[:2]
    return best if n > second else None


def _country_of_the_article(story: _Story) -> str | None:
    """The country the article is about (its code): the one it names most (see
    `_article_country`), unless it names none of that country's places, and then the one
    most of its places lie in: "the capital" of a report from Mogadishu, Balcad and Jilib
    that names "U.S. Africa Command" once is Mogadishu, though Somalia is never named."""
    named = _article_country(story)
    if named is None and any(m.place.kind == "country" for m in story.usable):
        return None  # (two countries named as often: which one's, the text does not say)
    if named is not None and any(m.place.country == named.place.country
                                 and m.place.kind != "country" for m in story.usable):
        return named.place.country
    counts = Counter(mention.place.country for mention in story.usable if mention.place.country)
    return _alone_first(counts) or (named.place.country if named is not None else None)


def _once_each(drafts: list[_Draft]) -> list[_Draft]:
    """An event reported twice in an article (same type, place and date) is one event."""
    kept: dict[tuple, _Draft] = {}
    for draft in drafts:
        key = (draft.event_type, draft.sub_event_type, draft.place_id, draft.date.iso)
        if key in kept:
            _merge(kept[key], draft)
        else:
            kept[key] = draft
    # An agreement told without a place, days from one the article places, is that one; one
    # that came out of talks the article places was made there.
    placed = [d for d in kept.values() if d.sub_event_type == "Agreement" and d.mention]
    talks = [d for d in kept.values() if d.sub_event_type == "Meeting" and d.mention]
    for key, draft in list(kept.items()):
        if draft.sub_event_type == "Agreement" and draft.mention is None:
            same = next((p for p in placed if _days_apart(p.date, draft.date) <= 2), None)
            if same is not None:
                _merge(same, draft)
                del kept[key]
                continue
            # (talks held on its day or before: not talks that came after it)
            held = next((t for t in talks if _days_apart(t.date, draft.date) <= 1
                         and t.date.iso <= draft.date.iso), None)
            if held is not None:
                draft.mention, draft.source = held.mention, "paragraph"
    # What one sentence tells at one place and day as part of another event is that event
    # (see `_part_of`).
    for key, draft in list(kept.items()):
        if draft.sub_event_type not in _PARTS:
            continue
        into = next((d for d in kept.values() if d is not draft and d.sentence is draft.sentence
                     and _same_place_or_within(d, draft) and d.date.iso == draft.date.iso
                     and _part_of(draft, d)), None)
        if into is not None:
            _merge(into, draft)
            del kept[key]
    return list(kept.values())


def _same_place_or_within(one: _Draft, other: _Draft) -> bool:
    """Whether two drafts are at one place, or one at a village the gazetteer lacks and the
    other at the wider place the text gave it ("near X town (Y district)" and Y)."""
    if one.place_id == other.place_id:
        return True
    return one.mention is not None and other.mention is not None and \
        one.approximate != other.approximate and \
        one.mention.place.place_id == other.mention.place.place_id


def _part_of(part: _Draft, whole: _Draft) -> bool:
    """Whether an event told in the sentence of another, at its place and day, is part of
    it: a fight of the ground it took ("militants attacked the post and overran it"; ACLED
    codes the takeover), arms seized of the fight they were seized in ("killed 8 militants
    ..., and seized rifles"), and what a drone or an aircraft dropped, told after it in the
    clause of its strike, of that strike ("a drone dropped an explosive device on a car":
    ACLED codes the drone's bomb or grenade as the air or drone strike)."""
    if part.sub_event_type == "Armed clash":
        return whole.sub_event_type in _TAKINGS
    if part.sub_event_type == DISRUPTED:
        return whole.event_type == BATTLES
    return part.sub_event_type in _DROPPED_LOADS and whole.sub_event_type == AIR_STRIKE and \
        whole.hit.start < part.hit.start < whole.sentence.clause(whole.hit.start,
                                                                 whole.hit.end)[1]


_DROPPED_LOADS = frozenset({IED, "Grenade"})
_PARTS = frozenset({"Armed clash", DISRUPTED}) | _DROPPED_LOADS  # what `_part_of` may find


# ---------------------------------------------------------------------------------------
# The article's sentences


def _in_a_caption(sentence: Sentence, text: str, paragraph_spans: list[tuple[int, int]],
                  lex) -> bool:
    """Whether the sentence's paragraph is short and ends with a photographer's credit or
    opens with a caption's label ("[Photo]", "Caption:"): a caption tells what a picture
    shows, no news of its own."""
    if sentence.paragraph < 0:
        return False
    start, end = paragraph_spans[sentence.paragraph]
    return end - start <= _CAPTION_LENGTH and (
        lex.PHOTO_CREDIT_END.search(text, max(start, end - 80), end) is not None
        or lex.CAPTION_OPENING.match(text, start) is not None)


_CAPTION_LENGTH = 400  # characters: a caption is a line or two


def _a_listed_headline(sentence: Sentence, text: str) -> bool:
    """Whether the sentence is an item of a numbered list with no stop at its end: a saved
    page's list of other stories ("Most read / 2. Kenya protests: what we know"), no news
    of this one."""
    return _LIST_NUMBER.search(text, max(0, sentence.start - 8), sentence.start) is not None \
        and not _SENTENCE_STOP.search(sentence.text)


_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]*$")
_SENTENCE_STOP = re.compile(r"[.!?]['\"’”)]*\s*$")


def _placed_takings(matches: list[list[TriggerMatch]], spans: list[tuple[int, int]],
                    mentions: Sequence[Mention]) -> list[list[TriggerMatch]]:
    """The matches, less those of a verb of taking with no place named just after it ("took
    part", "taken to task": `geo.events.rules` wants one there), which would make their
    sentences, and those near them, worth dating and reading for nothing."""
    starts = sorted(m.start for m in mentions if m.role == "mention" and m.place is not None)

    def placed(span_start: int, match: TriggerMatch) -> bool:
        at = bisect.bisect_left(starts, span_start + match[1])
        return at < len(starts) and starts[at] - span_start - match[1] <= TAKEN_PLACE_REACH

    return [[m for m in found if m[3].rule != "took" or placed(start, m)]
            for found, (start, _) in zip(matches, spans, strict=True)]


def _in_a_group_name(text: str, mention: Mention, lex) -> bool:
    """Whether the mention lies within the name of an armed group the lexicon knows (ask
    `_may_name_a_group` of the article first)."""
    start = max(0, mention.start - _LONGEST_GROUP_NAME)
    return any(found.start() <= mention.start and mention.end <= found.end() for found in
               lex.GROUP_NAMES.finditer(text, start, mention.end + _LONGEST_GROUP_NAME))


_LONGEST_GROUP_NAME = 60


def _may_name_a_group(text: str, lex) -> bool:
    """Whether the text may hold an armed group's name: False tells it holds none."""
    if lex.GROUP_NAMES is None:
        return False
    return lex.GROUP_NAMES_CUE is None or lex.GROUP_NAMES_CUE(text)


def _sentences(article: Article, folded: str, sentence_spans: list[tuple[int, int]],
               spans: list[tuple[int, int]], mentions: Sequence[Mention],
               published: PartialDate, lang: str, triggered: list[bool]) -> list[Sentence]:
    """The article's sentences (at `sentence_spans`, in the paragraphs at `spans`, its text
    folded as `folded`) with their usable mentions and dates.

    A name inside a date ("in August 2008") is not a place, whatever a gazetteer says. The
    dates of a sentence are read when something may need them: its triggers (`triggered`),
    its names, or a trigger of a sentence after it close enough to take its time from it
    (`_Story.time_of`); a sentence with none of these is left undated."""
    lex = lexicon(lang)
    text = article.text
    # (not a word of an armed group's name, "Boko Haram", though a village abroad has it,
    # nor its home ("Sinaloa Cartel gunmen" act anywhere); nor a day's or a month's name,
    # though "Thursday" is one of an island's)
    groups = _may_name_a_group(text, lex)
    usable = sorted((m for m in mentions if m.role == "mention" and m.place is not None
                     and not (groups and _in_a_group_name(text, m, lex))),
                    key=lambda m: m.start)
    days = calendar(lang)
    unknown = sorted((m for m in mentions if m.role == "mention" and m.place is None
                      and not (groups and _in_a_group_name(text, m, lex))
                      and not days.any_weekday.fullmatch(m.text)
                      and not days.any_month.fullmatch(m.text)), key=lambda m: m.start)
    unknown_starts = [m.start for m in unknown]
    demonyms = sorted((m for m in mentions if m.role == "demonym"), key=lambda m: m.start)
    paragraph_starts = [ps for ps, _ in spans]
    usable_starts = [m.start for m in usable]
    demonym_starts = [m.start for m in demonyms]
    title = _normalised(article.title)
    paragraph_of = []
    for start, _ in sentence_spans:
        at = bisect.bisect_right(paragraph_starts, start) - 1
        paragraph_of.append(at if at >= 0 and start < spans[at][1] else -1)
    # The paragraph of the nearest triggered sentence at or after each sentence.
    later_trigger: list[int | None] = [None] * len(sentence_spans)
    last = None
    for index in range(len(sentence_spans) - 1, -1, -1):
        last = paragraph_of[index] if triggered[index] else last
        later_trigger[index] = last
    sentences = []
    # Sentences, mentions and paragraphs are all in text order: look each one up by
    # bisection, so that a long article costs in proportion to its length.
    for index, (start, end) in enumerate(sentence_spans):
        sentence_text = text[start:end]
        named = _within(usable, usable_starts, start, end)
        paragraph = paragraph_of[index]
        dated = named or later_trigger[index] is not None and \
            later_trigger[index] - paragraph <= 2
        dates = tuple(date_expressions(sentence_text, published, lang)) if dated else ()
        taken = [(start + e.start, start + e.end) for e in dates]
        inside = tuple(m for m in named if not any(s <= m.start < e for s, e in taken))
        actors = tuple(_within(demonyms, demonym_starts, start, end))
        # A headline: a paragraph of its own, or the title, without a closing stop (an
        # article without a title has its first line for one, which may be its lead); not
        # the last paragraph of several, which is a sentence the page cut short.
        heading = not re.search(r"[.!?…։\"”’')»]$", sentence_text) and (
            spans[paragraph] == (start, end) and not 0 < paragraph == len(spans) - 1
            or bool(title) and _normalised(sentence_text) == title)
        sentences.append(Sentence(sentence_text, folded[start:end], start, index, paragraph,
                                  inside, actors, dates, lex, heading,
                                  tuple(_within(unknown, unknown_starts, start, end))))
    return sentences


def _within(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """The mentions (sorted by start, `starts` their starts) that lie in [start, end)."""
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    return [m for m in mentions[first:last] if m.end <= end]


def _normalised(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def _finish(article: Article, number: int, draft: _Draft,
            town_districts: frozenset[int]) -> Event:
    sentence = draft.sentence
    place = draft.mention.place if draft.mention else None
    own = draft.source == "sentence"
    near = own and draft.mention is not None and near_word_before(sentence, draft.mention)
    # "in the Lachin district": somewhere in the town's district, not the town (ACLED: 2)
    district = own and place_scale(place) == "city" and draft.mention.start in town_districts
    return Event(
        article_id=article.article_id,
        event_id=f"{article.article_id}#{number}",
        event_type=draft.event_type,
        sub_event_type=draft.sub_event_type,
        trigger=sentence.text[draft.hit.start:draft.hit.end],
        sentence=sentence.text,
        sentence_start=sentence.start,
        date=draft.date,
        mention=draft.mention if own else None,
        place=place,
        # ACLED: a place known by name but not by point is coded at the wider one, at 2 (at
        # 3 when that is only its country)
        geo_precision=(3 if place_scale(place) == "country" else 2)
        if draft.approximate or district else geo_precision(place, near),
        place_scale=place_scale(place),
        place_source=draft.source if place else "none",
        place_as_written=draft.mention.text if draft.mention else "",
        fatalities=draft.fatalities,
    )

