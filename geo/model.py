"""The plain values that flow between the stages.

Each value is small and immutable, so that a stage can pass it on without a copy and a
test can build one by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from the corpus.

    `text` is what offsets point into: for .txt and .md files the decoded file exactly as
    read; `body_start` is where the article proper begins (after front matter or a leading
    metadata line), so that recognisers skip the header but keep the file's offsets.
    """

    article_id: str
    path: str
    text: str
    title: str = ""
    published: str = ""  # ISO 8601, possibly partial, from metadata; "" when unknown
    url: str = ""
    source: str = ""
    body_start: int = 0
    notes: tuple[str, ...] = ()  # how it was read when not as written (a guessed encoding)


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry."""

    place_id: str
    name: str
    kind: str  # continent, country, admin1, admin2, city, region, ...
    country: str  # ISO 3166-1 alpha-2, "" for continents and regions across borders
    lat: float
    lon: float
    population: int = 0
    admin1: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name in an article, with the place chosen for it (None when unresolved).

    `start` and `end` are offsets into `Article.text`; `text == article.text[start:end]`.
    """

    article_id: str
    start: int
    end: int
    text: str
    role: str = "mention"  # mention, dateline, demonym
    place: Place | None = None
    score: float = 0.0
    candidates: tuple[str, ...] = field(default=(), compare=False)  # place_ids considered
