"""The cheap tests run before a pattern: a text they turn away must hold no match of it."""

from pathlib import Path

import pytest

from geo.corpus import read_corpus
from geo.cues import required_strings_by_branch
from geo.events.lexicon import lexicon, triggers_to_try
from geo.events.sentences import split_sentences
from geo.text import fold

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_each_alternative_needs_a_string_of_each_of_its_parts():
    branches = required_strings_by_branch(r"\b(?:(?:were|been) (?:\w+ )?(?:struck|hit)|"
                                          r"shelling of)\b")
    assert branches == [[frozenset({"were", "been"}), frozenset({"struck", "hit"})],
                        [frozenset({"shelling of"})]]
    # an alternative that needs no string lets every text through
    assert required_strings_by_branch(r"\b(?:shelled|\w+ed)\b") is None


@pytest.mark.parametrize("code", ["en", "ru", "tr", "az", "hy", "fr", "es", "de"])
def test_no_trigger_row_that_matches_a_sentence_is_left_untried(code):
    lex = lexicon(code)
    sentences = [fold(article.text)[start:end] for article in read_corpus(CORPUS)
                 if hasattr(article, "text") for start, end in split_sentences(article.text)]
    sentences += ["Two soldiers were reportedly struck near Goris.", "The shelling of Ganja."]
    assert sentences
    for sentence in sentences:
        tried = set(triggers_to_try(lex, sentence))
        assert [row for row, (pattern, _) in enumerate(lex.TRIGGER_PATTERNS)
                if row not in tried and pattern.search(sentence)] == [], sentence
