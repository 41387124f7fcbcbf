"""The cheap tests run before a pattern: a text they turn away must hold no match of it."""

import re
from pathlib import Path

import pytest

from geo.corpus import read_corpus
from geo.cues import (
    branch_cue_finder,
    end_guard,
    first_characters,
    matches_at_starts,
    opens_with_optional,
    required_strings_by_branch,
)
from geo.dates import calendar
from geo.events.lexicon import lexicon, triggers_to_try
from geo.events.places import _ends_with
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


def test_a_relative_phrase_needs_a_word_of_each_of_its_parts():
    holds = branch_cue_finder(r"(?i)\b(?:(?P<ago>\d+ days? ago)|(?P<week>this week)|"
                              r"(?P<today>today|earlier\s+today))\b")
    assert holds("3 days ago") and holds("earlier this week") and holds("earlier today")
    assert not holds("on monday, this happened") and not holds("days later")
    assert not holds("as reported earlier")  # (an alternative of an alternative: both words)


def test_first_characters_of_a_pattern_that_opens_with_optional_words():
    pattern = re.compile(r"(?:(?:Monday|Tuesday),?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)\s+May")
    assert opens_with_optional(pattern)
    assert first_characters(pattern).pattern == r"[0-3MT\dt]"
    # in any case, whether written in the pattern or given to re.compile
    assert first_characters(re.compile("(?i)ab|c")).pattern == "(?i:[ac])"
    assert first_characters(re.compile("ab|c", re.IGNORECASE)).pattern == "(?i:[ac])"
    assert first_characters(re.compile("(?i:ab)|c"), cased=True) is None
    assert first_characters(re.compile(r"\d*")) is None  # (a match may be empty)
    assert not opens_with_optional(re.compile(r"(?<!\d)May"))


@pytest.mark.parametrize("code", ["en", "ru", "tr", "az", "hy", "fr", "es", "de"])
def test_date_patterns_tried_at_their_first_characters_find_what_they_find_everywhere(code):
    words = calendar(code)
    texts = [article.text for article in read_corpus(CORPUS) if hasattr(article, "text")]
    texts += ["On Monday, the 4th of May 2020 and Tuesday May 5, 2020; 27.09.2020, 1 MAY",
              "5 May", "May 5", "x2020-10-04"]
    for pattern in words.explicit:
        starts = first_characters(pattern)
        for text in texts:
            assert [found.span() for found in matches_at_starts(pattern, starts, text)] == [
                found.span() for found in pattern.finditer(text)], (pattern.pattern, text)


@pytest.mark.parametrize("code", ["en", "ru", "tr", "az", "hy", "fr", "es", "de"])
def test_no_sentence_that_tells_of_the_dead_is_turned_away_by_its_cue(code):
    lex = lexicon(code)
    sentences = [fold(article.text)[start:end] for article in read_corpus(CORPUS)
                 if hasattr(article, "text") for start, end in split_sentences(article.text)]
    assert [s for s in sentences if lex.KILL_WORD.search(s)
            and not (lex.KILL_WORD_CUE is None or lex.KILL_WORD_CUE(s))] == []


def test_the_end_of_a_pattern_anchored_at_the_end():
    guard = end_guard(re.compile(r"\bin\s+(?:[\w'-]+\s+){0,4}?[\w'-]+\s*(?:\(\s*|,\s*)$"))
    assert guard.search("in Lubero, ") and guard.search("in X (")
    assert not guard.search("in Lubero ")
    assert end_guard(re.compile(r"\bof\s+(?:the\s+)?$")).pattern == r"[\s]$"
    assert end_guard(re.compile(r"by(?:\s+the)?$")).pattern == r"[e]$|[y]$"
    assert end_guard(re.compile(r"(?:a|b)*$")) is None  # (a match may be empty)
    assert end_guard(re.compile(r"\bnot\b")) is None  # (not anchored at the end)
    assert end_guard(re.compile(r"(?m)x$")) is None and end_guard(re.compile("(?m:x$)")) is None


@pytest.mark.parametrize("code", ["en", "ru", "tr", "az", "hy", "fr", "es", "de"])
def test_the_words_before_a_name_that_a_pattern_matches_pass_its_cheap_tests(code):
    lex = lexicon(code)
    patterns = [value for name, value in vars(lex).items() if name.isupper()
                and isinstance(value, re.Pattern) and value.pattern.endswith("$")]
    texts = [fold(article.text)[max(0, at - 80):at] for article in read_corpus(CORPUS)
             if hasattr(article, "text") for at in range(len(article.text))
             if article.text[at - 1:at] == " "]
    for pattern in patterns:
        assert [text for text in texts if _ends_with(pattern, text)
                != bool(pattern.search(text))] == [], pattern.pattern
