"""When: an article's own date, and the date of an event that one of its sentences reports.

Dates stay as precise as the text makes them and no more: a `PartialDate` may know only the
year, or the year and month. A year is never guessed: what has no year is unknown, and the
map puts it in its "undated" layer.

Conventions (the choices a careful reader has to make):
- A weekday ("on Thursday", "Monday night") is the most recent such day on or before the
  article's date: wire copy names the day of publication by its weekday too ("said on
  Sunday" in a Sunday story). "Last Thursday" is strictly before.
- A span of days ("last week", "earlier this week", "over the weekend") keeps what all its
  days share: the month when they fall in one month, else the year.
- A sentence without any date expression reports something current: it takes the
  article's date, with the article date's precision.
- "has been blockaded since December 2022": a state spread over time takes its first day, so
  a "since" date dates the event, but only when the sentence has no other date ("the road,
  closed since May, reopened on Monday" is Monday's event). A time the sentence compares
  with ("unlike the fighting of 2020, the clashes...") never dates it, and the day a
  statement was made ("officials said on Wednesday") only when nothing else does.
- A day and month without a year ("on 14 March") take the article's year, or the year
  before when that would put them more than a month after the article.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from types import SimpleNamespace

from dateutil.relativedelta import relativedelta

from geo.cues import (
    branch_cue_finder,
    cue_finder,
    first_characters,
    matches_at_starts,
    opens_with_optional,
    required_strings,
    requires_one_of,
)
from geo.lang import language
from geo.model import Article
from geo.text import fold


def _cased(words, cased: bool) -> str:
    """The names as an alternation: capitalised or upper-case forms only when `cased`
    ("may" and "march" are also verbs), else in any case."""
    forms = []
    for word in sorted(words, key=len, reverse=True):
        forms += [word.capitalize(), word.upper()] if cased else [word]
    return "|".join(forms) if cased else f"(?i:{'|'.join(forms)})"


def _key(word: str) -> str:
    """A calendar word as the language's tables are looked up: folded (any case, accents
    or none, Turkish dotted and dotless i alike: "EYLÜL", "Eylul" and "eylül" are one)."""
    return fold(word.rstrip("."))


@cache
def calendar(code: str = "en") -> SimpleNamespace:
    """A language's calendar words compiled into the patterns this module reads."""
    words = language(code).dates
    month = rf"(?P<month>(?:{_cased(words.MONTHS, words.CASED_NAMES)})\b\.?)"
    weekday = rf"(?:{_cased(words.WEEKDAYS, words.CASED_NAMES)})"
    parts = {"WEEKDAY": weekday, "MONTH": month, "DAY": rf"(?P<day>[0-3]?\d){words.DAY_SUFFIX}",
             "YEAR": r"(?P<year>(?:19|20)\d\d)"}
    not_after = "".join(f"(?<!{p})" for p in words.YEAR_NOT_AFTER)
    explicit = [re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-"
                           r"(?P<day>[0-3]?\d)(?!\d)")]
    explicit += [re.compile(template.format(**parts)) for template in words.EXPLICIT_DATES]
    # Dates of numbers alone ("27.09.2020"), where the language writes them day first.
    numeric = [re.compile(pattern) for pattern in words.NUMERIC_DATES]
    year_range = re.compile(words.YEAR_RANGE)
    year_alone = re.compile(rf"(?<![\d,.$£€#/:-]){not_after}\b(?P<year>(?:19|20)\d\d)\b"
                            rf"(?![,.:/]\d|{words.PERCENT_AFTER}|-\d)")
    any_month = re.compile(rf"\b(?:{_cased(words.MONTHS, words.CASED_NAMES)})\b")
    year_digits = _cues_of([*explicit[:1], *numeric, year_range, year_alone])
    return SimpleNamespace(
        months=_keyed(words.MONTHS), weekdays=_keyed(words.WEEKDAYS),
        number_words=_keyed(words.NUMBER_WORDS),
        relative_year_shift=_keyed(words.RELATIVE_YEAR_SHIFT),
        # the ISO form first, then the language's, of which the first WITH_YEAR carry a year
        explicit=explicit + numeric, unnamed=explicit[:1] + numeric,
        # Where a match may begin, for the patterns that open with an optional part (a
        # weekday): the engine tries those at every character, and a match can begin only
        # at a capital or a digit (in a language that capitalises its names).
        starts={pattern: first_characters(pattern, cased=True)
                if opens_with_optional(pattern) else None
                for pattern in explicit + numeric},
        with_year=1 + words.WITH_YEAR,
        dateline_dates=[explicit[1 + i] for i in words.DATELINE_DATES],
        any_month=any_month,
        any_weekday=re.compile(weekday),
        year_range=year_range,
        year_alone=year_alone,
        decade=re.compile(words.DECADE), decade_parts=_keyed(words.DECADE_PARTS),
        # What every date of numbers, span of years and year alone holds (its year's first
        # two digits), and every month's name as written (its names in any case when the
        # language does not write them capitalised: then no cue): tests far cheaper than
        # their patterns, which most sentences need not run (two in three have no date).
        year_cue=cue_finder(year_digits),
        # (Of the patterns of dates with a month's name, those that need no year.)
        explicit_without_year=[p for p in explicit + numeric
                               if year_digits is None
                               or not requires_one_of(p.pattern, year_digits)],
        month_cue=cue_finder(required_strings(any_month.pattern)) if words.CASED_NAMES
        else None,
        counted=re.compile(words.COUNTED_AFTER, re.IGNORECASE),
        temporal_before=re.compile(words.TEMPORAL_BEFORE),
        name_before_year=re.compile(words.NAME_BEFORE_YEAR),
        weekday_phrase=re.compile(words.WEEKDAY_PHRASE.format(WEEKDAY=weekday)),
        weekday_not_a_day=re.compile(words.WEEKDAY_NOT_A_DAY_AFTER),
        relative=re.compile(words.RELATIVE, re.IGNORECASE),
        # (for one of its phrases, a word of each part: "this" and "week", "day" and "ago")
        relative_cue=branch_cue_finder("(?i)" + words.RELATIVE),
        relative_year=re.compile(words.RELATIVE_YEAR_AFTER),
        since=re.compile(words.SINCE_BEFORE), since_after=re.compile(words.SINCE_AFTER),
        contrast=re.compile(words.CONTRAST_BEFORE),
        period=re.compile(words.PERIOD_BEFORE),
        attribution=re.compile(words.ATTRIBUTION_BEFORE),
        attribution_after=re.compile(words.ATTRIBUTION_AFTER),
        start_before=re.compile(words.START_BEFORE),
        until_before=re.compile(words.UNTIL_BEFORE),
        deadline_before=re.compile(words.DEADLINE_BEFORE),
        life_before=re.compile(words.LIFE_BEFORE),
        tenure_before=re.compile(words.TENURE_BEFORE),
        life_after=re.compile(words.LIFE_AFTER),
        byline_cue=re.compile(words.BYLINE_CUE),
        published_cue=re.compile(words.PUBLISHED_CUE),
        updated_cue=re.compile(words.UPDATED_CUE),
        copyright=re.compile(words.COPYRIGHT, re.IGNORECASE),
    )


def _cues_of(patterns: list[re.Pattern[str]]) -> frozenset[str] | None:
    """Strings one of which any match of any of the patterns holds (see `geo.cues`); None
    when one of them has none."""
    cues: set[str] = set()
    for pattern in patterns:
        required = required_strings(pattern.pattern, shortest=2)
        if required is None:
            return None
        cues |= required
    return frozenset(cues)


def _keyed(table: dict[str, int]) -> dict[str, int]:
    return {_key(word): value for word, value in table.items()}


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to the year, the month or the day (or not at all)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str:
        if self.year is None:
            return ""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> str:
        if self.year is None:
            return "unknown"
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day"

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        """'2020', '2020-10', '2020-10-04' or a timestamp; anything else is unknown."""
        found = re.match(r"\s*((?:1[89]|2\d)\d\d)(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?!\d)", text or "")
        if not found:
            return cls()
        year, month, day = (int(g) if g else None for g in found.groups())
        return _checked(year, month, day) or cls()


@dataclass(frozen=True)
class DateExpression:
    """A date phrase found in a sentence and what it resolves to.

    `role` is "event" (may date the event), "since" (the start of an ongoing state),
    "start" (when something agreed takes effect: "a ceasefire from noon on 10 October"), or
    "until" (the end of a span: "from May to July"), or "said" (the day of a statement:
    "officials said on Monday", or a wire dateline's day), these three dating the event
    only when nothing better does (and never the story's time), or "contrast" (a time
    compared with: "unlike the fighting of 2020"), "period" (the time a thing is of: "pay for
    the month of February") or "life" (a year of a life or a founding:
    "born in 1970"), which never do.
    """

    start: int
    end: int
    text: str
    date: PartialDate
    role: str


def _checked(year: int | None, month: int | None = None,
             day: int | None = None) -> PartialDate | None:
    """The date if it exists on the calendar (a month needs a year, a day needs a month)."""
    if year is None or (day is not None and month is None):
        return None
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return PartialDate(year, month, day)


def _day_of(date: PartialDate) -> dt.date | None:
    return dt.date(date.year, date.month, date.day) if date.precision == "day" else None


def _month_number(text: str, lang: str = "en") -> int | None:
    return calendar(lang).months.get(_key(text))


# ---------------------------------------------------------------------------------------
# The article's date


def article_date(article: Article, lang: str = "en") -> PartialDate:
    """Metadata, else a byline near the top, else the URL or file name, else a copyright year."""
    published = PartialDate.from_iso(article.published)
    if published.year is not None:
        return published
    fallback_year = _url_date(article.url) or _url_date(article.path) or _copyright_year(
        article.text, lang)
    byline = _byline_date(article.text, article.body_start,
                          fallback_year.year if fallback_year else None, lang)
    if byline is not None:
        return byline
    return fallback_year or PartialDate()


# A time of day or a time zone beside a byline's date: "10:00 PM", "GMT".
# (a clock may be written with a dot, "18.40 GMT"; a zone in Cyrillic capitals, "(МСК)")
_CLOCK_OR_ZONE = re.compile(r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?|"
                            r"[\d:]+\s*(?:[AaPp]\.?[Mm]\.?)?|\b[A-ZА-ЯЁ]{2,4}\b")
# What stands before the date of a wire dateline: "BAKU, " or "YEREVAN, Armenia, " (or a
# story filed from two cities: "MOSCOW/KYIV, ").
# (the city in capitals, then up to two qualifiers: "STEPANAKERT, Nagorno-Karabakh, Oct 5")
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .,'’/-]{2,40}(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)"
                            r"{0,2},?\s+(?:[A-Z][\w.]*,?\s+)?$")


def page_day(article: Article, lang: str = "en",
             within_days_before: tuple[PartialDate, int] | None = None) -> PartialDate | None:
    """The day the page itself says it was posted, on a byline-like line near its top
    ("By X | 05 June 2021 | 10:20", "Friday, June 21, 2024 — 06:30 EAT"), whatever its
    metadata says: a page saved days later keeps its own day for "on Monday".

    `within_days_before` (a day, a number of days): only a day up to that many days before
    it is wanted. Every date a byline gives writes its year in four figures, so a page whose
    first lines hold no year such a day can be in has none, and is not read (most pages)."""
    if within_days_before is not None:
        day, reach = within_days_before
        first_year = (dt.date(day.year, day.month, day.day) - dt.timedelta(days=reach)).year
        head = article.text[article.body_start:article.body_start + _BYLINE_HEAD]
        if not any(str(year) in head for year in range(first_year, day.year + 1)):
            return None
    found = _byline_date(article.text, article.body_start, None, lang, within_days_before)
    return found if found is not None and found.precision == "day" else None


_BYLINE_HEAD = 1500  # characters of the article's top a byline is looked for in


def _byline_date(text: str, body_start: int, year_elsewhere: int | None,
                 lang: str = "en", window: tuple[PartialDate, int] | None = None
                 ) -> PartialDate | None:
    """A date on a byline-like line among the first lines of the article.

    A line qualifies when it carries a byline cue ("By", "Published", "|") or is little more
    than the date; a wire dateline ("BAKU, Oct 4 (Reuters) -") gives month and day, and
    borrows the year from the URL or copyright line if one has it.
    """
    words = calendar(lang)
    head = text[body_start:body_start + _BYLINE_HEAD]
    lines = [line for line in head.splitlines() if line.strip()][:12]
    best: tuple[int, PartialDate] | None = None
    for line in lines:
        for expression in [*_explicit_dates(line, lang), *_byline_figures(line, window)]:
            date = expression.date
            before = line[:expression.start]
            rest = (before + line[expression.end:]).strip(" ,.:-—–|()")
            # (what stands beside a date on its line, but a clock, a zone and a weekday's
            # name: "Wed 28 Oct 2020 18.40 GMT" is little more than the date)
            beside = words.any_weekday.sub("", _CLOCK_OR_ZONE.sub("", rest)).strip(" ,.:-—–|()")
            if words.updated_cue.search(before):
                rank = 2
            elif words.byline_cue.search(line) or len(beside) < 4 or (
                    (mark := _MARK_BEFORE_UPDATED.match(line, expression.end))
                    and words.updated_cue.match(line, mark.end())):
                # (and the first date of "27 September 2020 — Last updated 23:58 BST")
                rank = 0 if words.published_cue.search(before) else 1
            elif _WIRE_DATELINE.match(before):
                rank = 1
            else:
                continue
            if best is None or rank < best[0]:
                best = (rank, date)
        if best is None and year_elsewhere is not None:
            partial = _yearless_dateline(line, year_elsewhere, lang)
            if partial is not None:
                best = (1, partial)
    return best[1] if best else None


# What stands between a page's date and the cue of its update (the language's `UPDATED_CUE`):
# "27 September 2020 — Last updated 23:58 BST".
_MARK_BEFORE_UPDATED = re.compile(r"\s*[—–|,;-]+\s*")


def _byline_figures(line: str, window: tuple[PartialDate, int] | None = None
                    ) -> Iterator[DateExpression]:
    """A byline's date in figures: year first ("2024/08/20 10:31"); day first where it cannot
    be read month first, with dots ("05.06.2021 | 10:20") or a day past 12 ("17/12/2024 —
    11:35"); and, where a page is known to be saved on a day (`window`: that day, and how
    many days before it the page may be), the one reading of "04/11/2024" that falls in
    those days (4 November on a page saved on 6 November; 11 April could not be)."""
    for found in _YEAR_FIRST_FIGURES.finditer(line):
        date = _checked(int(found["year"]), int(found["month"]), int(found["day"]))
        if date is not None:
            yield DateExpression(found.start(), found.end(), found.group(), date, "event")
    for found in _DAY_FIRST_FIGURES.finditer(line):
        day, month = int(found["day"]), int(found["month"])
        if found["sep"] == "." or day > 12:
            date = _checked(int(found["year"]), month, day)
        elif window is not None:
            readings = [d for d in (_checked(int(found["year"]), month, day),
                                    _checked(int(found["year"]), day, month))
                        if d is not None and _within(d, window)]
            date = readings[0] if len(readings) == 1 else None
        else:
            date = None
        if date is not None:
            yield DateExpression(found.start(), found.end(), found.group(), date, "event")


def _within(date: PartialDate, window: tuple[PartialDate, int]) -> bool:
    """Whether a day lies on `window`'s day or up to its number of days before it."""
    day, reach = window
    end, at = _day_of(day), _day_of(date)
    return end is not None and at is not None and end - dt.timedelta(days=reach) <= at <= end


# A date in figures, year first: "2024/08/20", "2024.08.20" (not an ISO date, read elsewhere).
_YEAR_FIRST_FIGURES = re.compile(r"(?<![\d./-])(?P<year>(?:19|20)\d\d)(?P<sep>[./])"
                                 r"(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d/]|\.\d)")


# (a space may follow each dot, and a dot the year, as Central Europe writes a day: "15. 8.
# 2025.")
_DAY_FIRST_FIGURES = re.compile(r"(?<![\d./])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<space> ?)"
                                r"(?P<month>[01]?\d)(?P=sep)(?P=space)(?P<year>(?:19|20)\d\d)"
                                r"(?![\d/]|\.\d)")


def _yearless_dateline(line: str, year: int, lang: str = "en") -> PartialDate | None:
    for pattern in calendar(lang).dateline_dates:
        found = pattern.search(line)
        if found and _WIRE_DATELINE.match(line[:found.start()]):
            return _checked(year, _month_number(found["month"], lang), int(found["day"]))
    return None


_URL_DATES = [
    re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)"),
    re.compile(r"/((?:19|20)\d\d)/([a-z]{3,9})/(\d{1,2})(?:/|$)", re.IGNORECASE),
    re.compile(r"/((?:19|20)\d\d)(\d\d)(\d\d)(?:/|$)"),
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})(?:/|$)()"),
]


def _url_date(url: str) -> PartialDate | None:
    """/2020/10/04/, /2020-10-04, /2020/oct/04/, /20201004/, /2020/10/ (month only).

    A month name in an address is English whatever the page's language."""
    for pattern in _URL_DATES:
        for found in pattern.finditer(url or ""):
            year, month, day = found.groups()
            month_number = int(month) if month.isdigit() else _month_number(month)
            date = _checked(int(year), month_number, int(day) if day else None)
            if date is not None and date.year <= _latest_plausible_year():
                return date
    return None


def _copyright_year(text: str, lang: str = "en") -> PartialDate | None:
    """The year of the last copyright line: it gives the year, never more."""
    years = [int(found.group(1)) for found in calendar(lang).copyright.finditer(text)]
    years = [year for year in years if year <= _latest_plausible_year()]
    return PartialDate(years[-1]) if years else None


def _latest_plausible_year(published: PartialDate | None = None) -> int:
    if published is not None and published.year is not None:
        return published.year + 1
    return dt.date.today().year + 1


# ---------------------------------------------------------------------------------------
# An event's date


def event_date(sentence: str, published: PartialDate,
               trigger_offset: int | None = None, lang: str = "en") -> PartialDate:
    """The date of the event a sentence reports, relative to the article's date.

    Of several date expressions the one nearest the trigger (an offset into the sentence)
    governs; without a trigger, the first. No expression: the article's date.
    """
    expressions = date_expressions(sentence, published, lang)
    candidates = next(([e for e in expressions if e.role == role]
                       for role in ("event", "since", "start", "said")
                       if any(e.role == role for e in expressions)), [])
    if not candidates:
        return published
    if trigger_offset is None:
        return candidates[0].date
    return min(candidates, key=lambda e: _gap(e, trigger_offset)).date


def _gap(expression: DateExpression, offset: int) -> int:
    """Characters between a date and the trigger; a date after the trigger, where English
    puts the time of a verb ("shelled the town on Monday"), counts as a little nearer."""
    if expression.start <= offset < expression.end:
        return 0
    if expression.start > offset:
        return expression.start - offset
    return offset - expression.end + 15


def date_expressions(sentence: str, published: PartialDate,
                     lang: str = "en") -> list[DateExpression]:
    """Every date phrase in the sentence, resolved; those that resolve to nothing are left out."""
    return list(_date_expressions(sentence, published, lang))


@lru_cache(maxsize=1024)
def _date_expressions(sentence: str, published: PartialDate,
                      lang: str) -> tuple[DateExpression, ...]:
    # Cached: the events stage asks about each sentence once to find its dates and again to
    # date each of its events, and the answer depends on nothing else.
    words = calendar(lang)
    # (each test once: the spans below are told what it found)
    years = _may_hold_a_year(words, sentence)
    month = _may_name_a_month(words, sentence)
    weekday = words.any_weekday.search(sentence) is not None
    relative = _may_be_relative(words, sentence)
    if not (years or month or weekday or relative):
        return ()  # nothing any of the patterns below needs (most sentences)
    taken: list[tuple[int, int]] = []
    found: list[DateExpression] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(start: int, end: int, date: PartialDate | None) -> None:
        taken.append((start, end))
        if date is None or date.year is None:
            return
        role = "event"
        before = sentence[:start]
        if words.deadline_before.search(before[-30:]):
            date = _ahead(date, published)  # "by July": the July to come
        if words.contrast.search(before):
            role = "contrast"
        elif words.since.search(before) or words.since_after.match(sentence, end):
            role = "since"
        elif words.period.search(before[-30:]):
            role = "period"
        elif words.attribution.search(before) or (
                len(before) <= 4 and words.attribution_after.match(sentence, end)):
            role = "said"  # "confirmed on Monday"; "On Monday, X confirmed that ... had"
        elif _WIRE_DATELINE.match(before):
            role = "said"  # "KILISAR, Sept 14 - ...": the day the report was filed
        elif words.start_before.search(before[-30:]):
            role = "start"
        elif words.until_before.search(before[-60:]):
            role = "until"
        elif date.precision == "year" and (words.life_before.search(before[-40:])
                                           or words.life_after.match(sentence, end)) or \
                words.tenure_before.search(before[-100:]):
            role = "life"  # (or the end of an office: "who served as minister until May")
        found.append(DateExpression(start, end, sentence[start:end], date, role))

    for start, end, date in _explicit_spans(sentence, published, lang, years, month):
        if free(start, end):
            add(start, end, date)
    for start, end, date in _relative_spans(sentence, published, lang, weekday, relative):
        if free(start, end):
            add(start, end, date)
    if relative:
        found = _told_from_the_statement(found, published, lang)
    if not years:
        found.sort(key=lambda e: e.start)
        return tuple(found)
    for match in words.decade.finditer(sentence):
        # A decade is known to its year: the one that stands for it ("the early 1990s": 1991).
        decade = int(match["decade"])
        if free(match.start(), match.end()) and 1900 <= decade <= _latest_plausible_year(
                published):
            add(match.start(), match.end(), PartialDate(
                decade + words.decade_parts.get(_key(match["part"] or ""), 0)))
    for match in words.year_range.finditer(sentence):
        if free(match.start(), match.end()):
            year = int(match["year"])
            if 1900 <= year <= _latest_plausible_year(published):
                add(match.start(), match.end(), PartialDate(year))
    for match in words.year_alone.finditer(sentence):
        if not free(match.start(), match.end()):
            continue
        before = sentence[max(0, match.start() - 40):match.start()]
        if not words.temporal_before.search(before) and (
                words.counted.match(sentence, match.end())
                or words.name_before_year.search(before)
                and not words.any_month.search(before.split()[-1])):
            continue  # a number of things ("2000 people"), or a name's ("Finance Bill 2024")
        year = int(match["year"])
        if 1900 <= year <= _latest_plausible_year(published):
            add(match.start(), match.end(), PartialDate(year))
    found.sort(key=lambda e: e.start)
    return tuple(found)


def _told_from_the_statement(found: list[DateExpression], published: PartialDate,
                             lang: str) -> list[DateExpression]:
    """A day told from the day of writing ("overnight", "yesterday") in a sentence that
    dates its statement to another day is told from that day: "Armenia said on Tuesday
    that overnight attacks killed 49" (a report filed on Wednesday) is Tuesday's night.
    And the day of writing itself ("overnight", "this morning") in a sentence that gives
    the event its own day is that day: "On 18 January, drones struck the port overnight"."""
    said = next((e for e in found if e.role == "said" and e.date.day is not None
                 and e.date != published), None)
    words = calendar(lang)
    dated = next((e for e in found if e.role == "event" and e.date.day is not None
                  and e.date != published and not words.relative.fullmatch(e.text)), None)
    if said is None and dated is None:
        return found
    retold = []
    for expression in found:
        relative = words.relative.fullmatch(expression.text)
        kind = next((name for name, value in relative.groupdict().items()
                     if value and name != "n"), "") if relative else ""
        if expression.role == "event" and kind in _DAYS_FROM_WRITING and said is not None:
            expression = replace(expression, date=_relative_date(
                kind, relative["n"], said.date, lang))
        elif expression.role == "event" and kind == "today" and dated is not None:
            expression = replace(expression, date=dated.date)
        retold.append(expression)
    return retold


# The relative phrases told from the day of writing, to the day.
_DAYS_FROM_WRITING = frozenset({"today", "yesterday", "before_yesterday", "ago"})


def _explicit_dates(text: str, lang: str = "en") -> Iterator[DateExpression]:
    """Dates that carry their own year (for bylines): no article date to lean on."""
    for start, end, date in _explicit_spans(text, PartialDate(), lang):
        if date is not None and date.year is not None:
            yield DateExpression(start, end, text[start:end], date, "event")


def _may_hold_a_year(words: SimpleNamespace, text: str) -> bool:
    """Whether the text holds what a date of numbers, a span of years or a year alone
    needs (`year_cue`): without it, none of their patterns is run."""
    return words.year_cue is None or words.year_cue(text)


def _may_name_a_month(words: SimpleNamespace, text: str) -> bool:
    return (words.month_cue is None or words.month_cue(text)) and bool(
        words.any_month.search(text))


def _may_be_relative(words: SimpleNamespace, text: str) -> bool:
    """Whether the text holds a cue of a relative phrase ("yesterday", "last week")."""
    return words.relative_cue is None or words.relative_cue(text.lower())


def _explicit_spans(text: str, published: PartialDate, lang: str = "en",
                    years: bool | None = None, month: bool | None = None
                    ) -> Iterator[tuple[int, int, PartialDate | None]]:
    """`years`, `month`: whether the text may hold a year (`_may_hold_a_year`) and a
    month's name (`_may_name_a_month`), when already asked."""
    words = calendar(lang)
    taken: list[tuple[int, int]] = []
    # Only the ISO and numeric forms have no month name, and each needs a year: most
    # sentences need no more than two searches.
    if years is None:
        years = _may_hold_a_year(words, text)
    if month is None:
        month = _may_name_a_month(words, text)
    if month:
        patterns = words.explicit if years else words.explicit_without_year
    elif years:
        patterns = words.unnamed
    else:
        return
    # (a day written with its year lends that year to a day after it that has none: "on
    # 20 November 2020 ... under the 10 November statement" is 2020's, whenever the article)
    with_year: list[tuple[int, PartialDate]] = []
    for pattern in patterns:
        for found in matches_at_starts(pattern, words.starts[pattern], text):
            start, end = found.start(), found.end()
            if not all(end <= s or start >= e for s, e in taken):
                continue
            groups = found.groupdict()
            month_text = groups.get("month") or ""
            month = int(month_text) if month_text.isdigit() else _month_number(month_text, lang)
            day = int(groups["day"]) if groups.get("day") else None
            relative_year = words.relative_year.match(text, end)
            earlier = [told for at, told in with_year if at < start]
            if groups.get("year"):
                date = _checked(int(groups["year"]), month, day)
                if date is not None and date.year > _latest_plausible_year(published):
                    date = None
                if date is not None and date.month is not None:
                    with_year.append((start, date))
            elif relative_year and published.year is not None:
                shift = words.relative_year_shift[_key(relative_year["which"])]
                date = _checked(published.year + shift, month, day)
                end = relative_year.end()
            elif earlier and month is not None and day is not None and \
                    published.year is not None:  # (not for bylines: dates of their own year)
                date = _nearest_year(month, day, earlier[-1])
            else:
                date = _with_article_year(month, day, published)
            # The phrase before a month alone ("in March") is not part of the date.
            if day is None and not groups.get("year"):
                start = found.start("month")
            taken.append((found.start(), end))
            yield start, end, date


def _nearest_year(month: int, day: int | None, told: PartialDate) -> PartialDate | None:
    """A day and month in the year that puts it nearest a date told with its year."""
    anchor = dt.date(told.year, told.month or 1, told.day or 1)
    dates = [date for year in (told.year - 1, told.year, told.year + 1)
             if (date := _checked(year, month, day)) is not None]
    return min(dates, key=lambda date: abs(dt.date(date.year, month, day or 1) - anchor),
               default=None)


def _ahead(date: PartialDate, published: PartialDate) -> PartialDate:
    """A month (or a day) of the year before the article's date, as a deadline tells it:
    the same in the year after, which lies ahead of the article (a year or a date that
    holds its own year stays as written)."""
    if published.year is None or date.month is None or date.year != published.year - 1:
        return date
    return _checked(date.year + 1, date.month, date.day) or date


def _with_article_year(month: int | None, day: int | None,
                       published: PartialDate) -> PartialDate | None:
    """A day and month (or a month) in the article's year, or the year before if later."""
    if published.year is None or month is None:
        return None
    year = published.year
    if published.month is not None:
        anchor = dt.date(published.year, published.month, published.day or 1)
        if _checked(year, month, day) is None:
            return None
        if dt.date(year, month, day or 1) > anchor + relativedelta(months=1):
            year -= 1
    return _checked(year, month, day)


def _relative_spans(sentence: str, published: PartialDate, lang: str = "en",
                    weekday: bool | None = None, relative: bool | None = None
                    ) -> Iterator[tuple[int, int, PartialDate | None]]:
    """`weekday`, `relative`: whether the sentence names a weekday and may hold a relative
    phrase (`_may_be_relative`), when already asked."""
    words = calendar(lang)
    if weekday is None:
        weekday = words.any_weekday.search(sentence) is not None
    if relative is None:
        relative = _may_be_relative(words, sentence)
    for found in words.weekday_phrase.finditer(sentence) if weekday else ():
        if words.weekday_not_a_day.match(sentence, found.end()):
            continue  # "the Sunday Times", "Friday Street"
        weekday = words.weekdays[_key(found["weekday"])]
        yield found.start(), found.end(), _weekday_date(weekday, bool(found["last"]), published)
    if not relative:
        return
    for found in words.relative.finditer(sentence):
        kind = next(name for name, value in found.groupdict().items()
                    if value and name != "n")
        yield found.start(), found.end(), _relative_date(kind, found["n"], published, lang)


def _weekday_date(weekday: int, strictly_before: bool, published: PartialDate) -> PartialDate:
    day = _day_of(published)
    if day is None:
        return published
    back = (day.weekday() - weekday) % 7
    if strictly_before and back == 0:
        back = 7
    return _from_day(day - dt.timedelta(days=back))


def _relative_date(kind: str, count: str | None, published: PartialDate,
                   lang: str = "en") -> PartialDate:
    """Resolve a relative phrase; a coarse article date keeps only what it knows."""
    if published.year is None:
        return published
    if kind == "last_year":
        return PartialDate(published.year - 1)
    if kind == "this_year":
        return PartialDate(published.year)
    if kind in {"last_month", "this_month"}:
        if published.month is None:
            return PartialDate(published.year)
        month = dt.date(published.year, published.month, 1)
        if kind == "last_month":
            month -= relativedelta(months=1)
        return PartialDate(month.year, month.month)
    day = _day_of(published)
    if day is None:
        return published
    if kind == "today":
        return published
    if kind == "yesterday":
        return _from_day(day - dt.timedelta(days=1))
    if kind == "before_yesterday":
        return _from_day(day - dt.timedelta(days=2))
    if kind == "ago":
        number = int(count) if count.isdigit() else calendar(lang).number_words[_key(count)]
        return _from_day(day - dt.timedelta(days=number))
    monday = day - dt.timedelta(days=day.weekday())
    if kind == "this_week":
        return _week(monday, max(monday, day - dt.timedelta(days=1)))
    if kind == "last_week":
        return _week(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1))
    # The weekend: the most recent Saturday and Sunday up to the article's date.
    saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
    return _week(saturday, min(day, saturday + dt.timedelta(days=1)))


def _week(first: dt.date, last: dt.date) -> PartialDate:
    """The days of a week (or a weekend) in common; of a week across two months, the month of
    its middle day, which is how a coder dates "last week" (ACLED: the middle of the span),
    rather than the year alone."""
    common = _common_days(first, last)
    if common.month is None:
        middle = first + (last - first) / 2
        return PartialDate(middle.year, middle.month)
    return common


def _from_day(day: dt.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)


def _common_days(first: dt.date, last: dt.date) -> PartialDate:
    """What every day from `first` to `last` shares: the day, the month or the year."""
    if first == last:
        return _from_day(first)
    if (first.year, first.month) == (last.year, last.month):
        return PartialDate(first.year, first.month)
    return PartialDate(last.year) if first.year == last.year else PartialDate()


def days_after(date: PartialDate, days: int) -> PartialDate:
    """The day `days` after a date known to the day (before it, for a negative count)."""
    return _from_day(dt.date(date.year, date.month, date.day) + dt.timedelta(days=days))


def common(a: PartialDate, b: PartialDate) -> PartialDate | None:
    """What two dates share: the same date, their month, or their year; None if not even
    the year."""
    if a.year is None or a.year != b.year:
        return None
    if a == b:
        return a
    if a.month is not None and a.month == b.month:
        return PartialDate(a.year, a.month)
    return PartialDate(a.year)
