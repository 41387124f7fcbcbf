"""Names the gazetteer lacks, standing where a place does: what the user must add.

unresolved.csv is the list a user works through to extend the gazetteer. The recogniser
finds the names it knows, and a few it does not (`geo.recognize`); the events stage reads
where a name stands in its sentence. This module asks the events stage's question
(`unknown_place_governed`: governed by a locative, the object of a verb of attack, or
followed by a settlement's word) of every capitalised name that no mention covers, adds the
language's other place positions ("the camp of X", "X province") and the dateline, and keeps
the names the gazetteer has no entry for. Nothing here changes a mention or an event: the
names go to unresolved.csv only.

Care against junk: a common word or a first name alone is no place name, nor is a name that
heads an organisation ("Lear Corporation"), acts ("X forces") or is supported ("in support
of X"); a name that opens like a person's ("Nikol Pashinyan", "President X") counts only
with a place's word around it ("Abu Shouk camp"), as does any name in German, whose nouns
are all capitalised. A dateline's name counts with its country after it ("KORVALI, Sudan").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from geo.events.lexicon import lexicon
from geo.events.places import unknown_place_governed
from geo.events.sentences import Sentence
from geo.model import Article, Mention
from geo.recognize import (
    _HONORIFICS,
    _ORGANISATION_HEADS,
    _dateline_span,
    is_first_name,
    place_language,
    word_commonness,
)
from geo.text import fold

ROLE = "unlisted"  # the role of these names, which are in no mention and no event
# A word of a name: capitalised, perhaps with hyphenated or apostrophised parts
# ("Nawa-e", "Dar'a", "Ma'arat"); a name is a run of them one space apart, of at most
# `_LONGEST` words (a longer run is a title written in capitals, not a name).
_WORD = r"[A-Z][a-z'’]*(?:-[A-Za-z][a-z'’]*)*[a-z'’](?:-[A-Za-z][a-z'’]*)*"
# (the first word's capital is matched before what may not stand before it is looked at:
# the scan then looks only at capitals)
_NAME = re.compile(rf"[A-Z](?<![\w'’.-].){_WORD[len('[A-Z]'):]}(?: {_WORD})*(?![\w'’-])")
_LONGEST = 5
_CONTEXT = 200  # characters before a name read to tell how it stands
_COMMON = 3.0  # a word this common (wordfreq's Zipf scale) is no place name alone
_STOP = 6.0  # a word this common opening a name is no part of it ("The", "In")
_SENTENCE_END = re.compile(r"(?:[.!?…]['\"”’)]*\s+|\n\s*|^\s*)$")
# The place a dateline opens with, written in capitals as datelines often are
# ("KORVALI, Sudan (Agency) —"; `_NAME` finds it when it is not), and its country or
# province after a comma, without which it is more likely an agency ("HABERRUS -").
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z'’]+(?:[ -][A-Z][A-Z'’]+)*(?![\w'’])")
_QUALIFIED = re.compile(r",\s*[A-Z]")


def unlisted_names(article: Article, mentions: Sequence[Mention], gazetteer,
                   lang: str = "en") -> list[Mention]:
    """The names in a place's position that no mention covers and the gazetteer lacks, as
    mentions with the role "unlisted", no place and no candidates, in text order."""
    lex = lexicon(lang)
    text = article.text
    # A name may hold an unresolved mention and go on ("Jebel" of "Jebel Asrani"): the
    # longer name is the one to add. It may hold no other mention.
    covered = bytearray(len(text))
    unresolved = set()
    for mention in mentions:
        if mention.place is None and mention.role == "mention":
            unresolved.add((mention.start, mention.end))
        else:
            covered[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
    dateline = _dateline_span(text, article.body_start)
    found = []
    for start, end in [*_dateline_name(text, dateline),
                       *_names(text, article.body_start, lang, covered)]:
        if covered.find(1, start, end) >= 0 or (start, end) in unresolved:
            continue
        name = text[start:end]
        if not _in_a_place_position(text, start, end, lex, dateline, article, name, lang):
            continue
        if name.isupper():  # a dateline's "KORVALI": the name is Korvali
            name = name.title()
        if gazetteer.candidates(name):
            continue  # known: not the gazetteer's to learn (the resolver weighed it)
        found.append(Mention(article.article_id, start, end, name, ROLE, None, 0.0, ()))
    found.sort(key=lambda mention: mention.start)
    return found


def _dateline_name(text: str, dateline: tuple[int, int] | None) -> list[tuple[int, int]]:
    if dateline is None:
        return []
    match = _CAPITALS_NAME.match(text, dateline[0], dateline[1])
    return [match.span()] if match else []


def _names(text: str, body_start: int, lang: str,
           covered: bytearray | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each capitalised name that could be a place's: without the words
    capitalised only because they open a sentence or are common ("Shelling", "The"), and
    without a common word closing it ("Kalma Camp", "Rakhine State": the name is the rest).
    An organisation's name ("Lear Corporation") is none; nor is one every character of
    which is a mention's (`covered`): the caller passes over any name a mention covers."""
    for match in _NAME.finditer(text, body_start):
        start, end = match.span()
        if covered is not None and covered.find(0, start, end) < 0:
            continue
        name = match.group()
        # Whether it opens a sentence matters only to a first word between common and very
        # common (most names are rare words, most very common words are "The", "In").
        first = _commonness(name.partition(" ")[0], lang)
        opens = _COMMON <= first < _STOP and _SENTENCE_END.search(
            text, max(0, start - 4), start) is not None
        kept = _kept_part(name, opens, lang)
        if kept is not None:
            yield start + kept[0], start + kept[1]


@lru_cache(maxsize=65536)
def _kept_part(name: str, opens: bool, lang: str) -> tuple[int, int] | None:
    """Where in a capitalised name (at a sentence's opening or not) the place's name lies,
    as offsets into it; None for no place's name (see `_names`). Cached: the same names
    come back in article after article."""
    words = name.split(" ")
    if len(words) > _LONGEST or any(
            w.lower().strip("'’") in _ORGANISATION_HEADS for w in words[1:]):
        return None
    start, end = 0, len(name)
    while words and _commonness(words[0], lang) >= (_COMMON if opens else _STOP):
        start += len(words[0]) + 1
        words = words[1:]
        opens = False
    while len(words) > 1 and _place_word(words[-1], lang):
        end -= len(words[-1]) + 1
        words = words[:-1]
    if not any(_commonness(w, lang) < _COMMON and not is_first_name(w) for w in words):
        return None  # common words, or a first name, alone: "Armed Forces", "Ilham"
    return start, end


@lru_cache(maxsize=4096)
def _place_word(word: str, lang: str) -> bool:
    """A settlement's or a division's word closing a name ("Kalma Camp", "Rakhine State"):
    it says what the name is, and is no part of it. (Cached as written.)"""
    lex = lexicon(lang)
    after = " " + fold(word)
    return bool(lex.SETTLEMENT_AFTER.fullmatch(after) or lex.DIVISION_AFTER.fullmatch(after))


def _personal(words: list[str]) -> bool:
    """A person's name, or one that opens like one: a first name or a title first ("Abu
    Shouk", "President Jair Bolsonaro"), or inside ("Prime Minister Nikol Pashinyan")."""
    return any(is_first_name(w) or w.lower() in _HONORIFICS for w in words[:-1]) or (
        len(words) == 1 and words[0].lower() in _HONORIFICS)


@lru_cache(maxsize=65536)
def _commonness(word: str, lang: str) -> float:
    """(Cached as written: the same capitalised words come back in every article.)"""
    return word_commonness(fold(word), lang)


def _nouns_capitalised(lang: str) -> bool:
    """German: every noun is capitalised, so a capitalised word is no sign of a name."""
    language = place_language(lang)
    return language is not None and language.nouns_capitalised


def _in_a_place_position(text: str, start: int, end: int, lex, dateline, article: Article,
                         name: str, lang: str) -> bool:
    """Whether the name stands where a place does, as the events stage reads it (see the
    module's doc). A name that opens like a person's, or any name in a language whose nouns
    are all capitalised, needs a place's own word by it ("Abu Shouk camp", "im Dorf X")."""
    if dateline and dateline[0] <= start < dateline[1]:
        return _QUALIFIED.match(text, end) is not None
    left = max(article.body_start, start - _CONTEXT)
    for cut in (text.rfind(". ", left, start), text.rfind("\n", left, start)):
        left = max(left, cut + 1)
    right = min(len(text), end + 80)
    window = text[left:right]
    sentence = Sentence(window, fold(window), left, 0, -1, (), (), (), lex)
    folded, rel, rel_end = sentence.folded, start - left, end - left
    if lex.ACTOR_AFTER.match(folded[rel_end:]):
        return False  # "X forces", "X's government": who acted
    worded = bool(lex.SETTLEMENT_AFTER.match(folded, rel_end)
                  or lex.PLACE_NOUN_OF.search(folded, max(0, rel - 60), rel)
                  or lex.DIVISION_AFTER.match(folded, rel_end))
    if lex.NOT_PLACE_OF.search(folded, max(0, rel - 60), rel):
        return False  # "in support of X": who, not where
    if _personal(name.split(" ")) or _nouns_capitalised(lang):
        return worded
    return worded or unknown_place_governed(
        sentence, Mention(article.article_id, start, end, name, ROLE, None, 0.0, ()))
