"""Run the stages over one article and over a corpus.

article -> recognize -> resolve -> events -> actors: each stage a plain function; this module
strings them together and keeps per-article results small (no article text is kept once
its rows are made).

Each article's language is identified once, from its beginning (`geo.language`), and the
stages read it with that language's words: its dates with its calendar, its events with its
trigger table. A language whose words geo lacks is read as far as it can be (its places;
its dates where geo has its calendar), never with another language's words, and the
article's notes say so.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from geo.corpus import Skipped, read_corpus
from geo.dates import PartialDate, article_date
from geo.depends import article_names
from geo.events import Event, assign_actors, extract_events
from geo.lang import language_name, supports
from geo.language import DEFAULT, article_language
from geo.model import Article, Mention
from geo.recognize import NameIndex, recognize
from geo.resolve import resolve


@dataclass(frozen=True)
class ArticleResult:
    article: Article
    published: PartialDate
    mentions: list[Mention]
    events: list[Event]
    lang: str = DEFAULT  # ISO 639-1 (or 639-3) code of the language it is written in
    notes: tuple[str, ...] = ()  # what the summary should say of it (its language)
    # The names its result depends on in the gazetteer (see `geo.depends`): the results
    # cache keeps it through an edit of the gazetteer that changes none of them.
    depends: str = ""


# An article longer than this (a news article is a few thousand characters) is read in
# parts cut at paragraph breaks: a 50 MB file costs in proportion to its size and its
# memory is bounded by a part's, since no stage compares a part with another.
PART_CHARS = 200_000


def run_article(article: Article, gazetteer, index: NameIndex,
                timings: dict[str, float] | None = None) -> ArticleResult:
    """One article through every language stage.

    `timings`, when given, gets each stage's seconds added to it (recognise, resolve,
    events), so that a run can say where its time goes at no cost to the others.
    """
    lang = article_language(article.title, article.text[article.body_start:])
    published = article_date(article, lang if supports(lang, "dates") else DEFAULT)
    notes = language_notes(lang)
    if len(article.text) - article.body_start <= PART_CHARS:
        mentions, events = _run_stages(article, published, gazetteer, index, timings, lang)
        return ArticleResult(article, published, mentions, events, lang, notes,
                             article_names(article, mentions))
    mentions, events = [], []
    for offset, part in article_parts(article):
        part_mentions, part_events = _run_stages(part, published, gazetteer, index, timings,
                                                 lang)
        shifted = {id(m): replace(m, start=m.start + offset, end=m.end + offset)
                   for m in part_mentions}
        mentions += shifted.values()
        events += [replace(event, event_id=f"{article.article_id}#{len(events) + n}",
                           sentence_start=event.sentence_start + offset,
                           mention=event.mention and shifted[id(event.mention)])
                   for n, event in enumerate(part_events, 1)]
    return ArticleResult(article, published, mentions, events, lang, notes,
                         article_names(article, mentions))


def language_notes(lang: str) -> tuple[str, ...]:
    """What the run's summary says of an article in `lang`: nothing for English; its
    language otherwise, and what of it geo cannot read ("in Armenian (hy), whose events geo
    does not read yet")."""
    if lang == DEFAULT:
        return ()
    written = f"in {language_name(lang)} ({lang})"
    if supports(lang, "events"):
        return (written,)
    unread = "events" if supports(lang, "dates") else "dates and events"
    return (f"{written}, whose {unread} geo does not read yet",)


def article_parts(article: Article) -> Iterator[tuple[int, Article]]:
    """(offset, part) of a long article: parts of about PART_CHARS ending at a paragraph
    break (else a line break, else anywhere), each an article of its own text."""
    text, start = article.text, article.body_start
    while start < len(text):
        end = len(text)
        if end - start > PART_CHARS:
            limit = start + PART_CHARS
            end = next((cut + len(separator) for separator in ("\n\n", "\n", " ")
                        if (cut := text.rfind(separator, start + PART_CHARS // 2, limit)) >= 0),
                       limit)
        yield start, replace(article, text=text[start:end], body_start=0)
        start = end


def _run_stages(article: Article, published: PartialDate, gazetteer, index: NameIndex,
                timings: dict[str, float] | None, lang: str = DEFAULT
                ) -> tuple[list[Mention], list[Event]]:
    clock = time.perf_counter
    started = clock()
    found = recognize(article, index, gazetteer)
    recognised = clock()
    mentions = resolve(found, gazetteer, article.text)
    resolved = clock()
    # A language without event words has no events read (see `language_notes`); one without
    # actor words keeps its events' actors empty.
    events = extract_events(article, mentions, published, lang=lang,
                            capital_of=getattr(gazetteer, "capital", None)) if supports(
        lang, "events") else []
    # Who did what to whom: timed with the events, whose second half it is.
    if supports(lang, "actors"):
        events = assign_actors(events, article, mentions, lang)
    if timings is not None:
        done = clock()
        for stage, seconds in (("recognise", recognised - started),
                               ("resolve", resolved - recognised), ("events", done - resolved)):
            timings[stage] = timings.get(stage, 0.0) + seconds
    return mentions, events


def run_corpus(corpus_dir: Path, gazetteer, index: NameIndex,
               on_item: Callable[[], None] = lambda: None
               ) -> Iterator[ArticleResult | Skipped]:
    """Stream the corpus through the stages; a failure in one article skips only it."""
    for item in read_corpus(corpus_dir):
        if isinstance(item, Skipped):
            yield item
        else:
            yield _run_guarded(item, gazetteer, index)
        on_item()


def _run_guarded(article: Article, gazetteer, index: NameIndex) -> ArticleResult | Skipped:
    try:
        return run_article(article, gazetteer, index)
    except Exception as error:  # noqa: BLE001 - one bad article must not stop a run
        return Skipped(article.path, failure_reason(article, error))


def failure_reason(article: Article, error: Exception) -> str:
    """The summary's line for an article the stages failed on."""
    return f"{article.article_id}: failed: {type(error).__name__}: {error}"
