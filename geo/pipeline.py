"""Run the stages over one article and over a corpus.

article -> recognize -> resolve -> events: each stage a plain function; this module only
strings them together and keeps per-article results small (no article text is kept once
its rows are made).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geo.corpus import Skipped, read_corpus
from geo.dates import PartialDate, article_date
from geo.events import Event, extract_events
from geo.model import Article, Mention
from geo.recognize import NameIndex, recognize
from geo.resolve import resolve


@dataclass(frozen=True)
class ArticleResult:
    article: Article
    published: PartialDate
    mentions: list[Mention]
    events: list[Event]


def run_article(article: Article, gazetteer, index: NameIndex,
                timings: dict[str, float] | None = None) -> ArticleResult:
    """One article through every language stage.

    `timings`, when given, gets each stage's seconds added to it (recognise, resolve,
    events), so that a run can say where its time goes at no cost to the others.
    """
    clock = time.perf_counter
    started = clock()
    found = recognize(article, index, gazetteer)
    recognised = clock()
    mentions = resolve(found, gazetteer, article.text)
    resolved = clock()
    published = article_date(article)
    events = extract_events(article, mentions, published)
    if timings is not None:
        done = clock()
        for stage, seconds in (("recognise", recognised - started),
                               ("resolve", resolved - recognised), ("events", done - resolved)):
            timings[stage] = timings.get(stage, 0.0) + seconds
    return ArticleResult(article, published, mentions, events)


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
        reason = f"{article.article_id}: failed: {type(error).__name__}: {error}"
        return Skipped(article.path, reason)


def split_results(items: Iterable[ArticleResult | Skipped]
                  ) -> tuple[list[ArticleResult], list[Skipped]]:
    results: list[ArticleResult] = []
    skipped: list[Skipped] = []
    for item in items:
        (skipped if isinstance(item, Skipped) else results).append(item)
    return results, skipped
