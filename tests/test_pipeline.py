"""One article through the stages; a very long one in parts, as if it were read whole."""

import pytest

from geo import pipeline
from geo.model import Article
from geo.recognize import build_name_index
from tests.places import ALIASES, DEMONYMS, PLACES

PARAGRAPHS = [
    "Artillery shells hit Stepanakert on Tuesday, officials said.",
    "Residents of Shusha fled towards Armenia as the shelling went on.",
    "A drone struck a depot near Moscow, Idaho, killing two guards.",
    "Talks in Paris, Texas, ended without an agreement.",
]


@pytest.fixture(scope="module")
def small():
    from geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.from_places(PLACES, ALIASES, demonyms=DEMONYMS)
    return gazetteer, build_name_index(gazetteer)


def long_article(paragraphs: int) -> Article:
    body = "\n\n".join(PARAGRAPHS[n % len(PARAGRAPHS)] for n in range(paragraphs))
    return Article("long", "long.txt", "date: 2020-10-06\n\n" + body, body_start=18)


def test_a_long_article_read_in_parts_gives_what_a_whole_reading_gives(small, monkeypatch):
    gazetteer, index = small
    article = long_article(200)
    whole = pipeline.run_article(article, gazetteer, index)
    monkeypatch.setattr(pipeline, "PART_CHARS", 1000)
    parts = list(pipeline.article_parts(article))
    assert len(parts) > 10 and max(len(part.text) for _, part in parts) <= 1000
    assert "".join(part.text for _, part in parts) == article.text[article.body_start:]
    in_parts = pipeline.run_article(article, gazetteer, index)

    def spans(result):
        return [(m.start, m.end, m.text, m.place and m.place.place_id) for m in result.mentions]

    assert spans(in_parts) == spans(whole) and len(spans(whole)) > 300
    for mention in in_parts.mentions:
        assert article.text[mention.start:mention.end] == mention.text
    assert [e.event_id for e in in_parts.events] == [
        f"long#{n}" for n in range(1, len(in_parts.events) + 1)]
    # The same events, but an event a part repeats is merged within the part only.
    assert len(in_parts.events) >= len(parts) > len(whole.events)

    def kinds(result):
        return {(e.event_type, e.sub_event_type, e.sentence, e.place and e.place.place_id)
                for e in result.events}

    assert kinds(in_parts) == kinds(whole)
    for event in in_parts.events:
        start = event.sentence_start
        assert article.text[start:start + len(event.sentence)] == event.sentence
        if event.mention is not None:
            assert event.mention in in_parts.mentions
    assert {e.date.iso for e in in_parts.events} == {e.date.iso for e in whole.events}


def test_a_text_without_paragraph_breaks_is_still_cut_into_bounded_parts(monkeypatch):
    monkeypatch.setattr(pipeline, "PART_CHARS", 100)
    text = "word " * 1000 + "x" * 350
    parts = list(pipeline.article_parts(Article("a", "a.txt", text)))
    assert "".join(part.text for _, part in parts) == text
    assert all(len(part.text) <= 100 for _, part in parts)
    assert [offset for offset, _ in parts] == [
        sum(len(p.text) for _, p in parts[:n]) for n in range(len(parts))]


@pytest.mark.slow
def test_a_50_mb_text_file_is_read_once_and_cut_into_bounded_parts(tmp_path):
    """The language stages then see one part at a time (the test above shows that parts give
    what a whole reading gives); the reader holds the file's bytes and text, no more."""
    import tracemalloc

    from geo.corpus import read_corpus

    paragraph = "Artillery shells hit Stepanakert on Tuesday, officials said. " * 8 + "\n\n"
    with (tmp_path / "huge.txt").open("w", encoding="utf-8") as handle:
        for _ in range(50_000_000 // len(paragraph)):
            handle.write(paragraph)
    tracemalloc.start()
    (article,) = read_corpus(tmp_path)
    peak_reading = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    lengths = [len(part.text) for _, part in pipeline.article_parts(article)]
    peak_cutting = tracemalloc.get_traced_memory()[1] - tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert len(article.text) > 49_000_000
    assert peak_reading < 3 * 50_000_000  # the bytes and the decoded text
    assert sum(lengths) == len(article.text) and max(lengths) <= pipeline.PART_CHARS
    assert len(lengths) >= 50_000_000 // pipeline.PART_CHARS
    assert peak_cutting < 4 * pipeline.PART_CHARS + 1_000_000  # one part at a time
