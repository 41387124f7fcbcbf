"""Which names an article's result depends on, and which articles an edit of the gazetteer
reaches.

After an edit of the curated files (`gazetteer add`, `alias`, `move`, `remove`), only the
articles that name, or could name, an edited name can come out otherwise; the results
cache (`geo.cache`) keeps the others. Every gazetteer look-up the stages make for an article
is of a name that begins at a capitalised word of its text (a match of the name index, a
word weighed beside one, a name after "in", a qualifier, a reading of a declined or
respelt word), of a name a few letters from such a word (a misspelling), or of a capital of
the countries its places are in (a parliament stands in its capital): so an article's
record is the first words of the names it could contain, known to the gazetteer or not,
its words that may be misspellings, and those capitals' names. An edit gives the name
keys whose answers changed (`Gazetteer.key_signatures`); an article is parsed again when
one of those keys could begin at one of its words.

A name's first word is compared without its dots and apostrophes, and a word of the text
is recorded cut at each of them too: "U.S." is the key "us", "N'Djamena" may be "n'djamena"
or "n", "Armenia's" is "armenia".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from geo.model import Article, Mention
from geo.text import FOLD_TABLE, fold, translate_non_ascii

# A letter that no letter comes before (the scan's word starts, and the tokens' of the
# readings), in any text and in plain ASCII.
_WORD_START = re.compile(r"(?<![^\W\d_])[^\W\d_]")
# A character that may be a capital: an ASCII capital, or any outside ASCII (`str.isupper`
# tells which of these is one). (One set of characters: the regex then skips to the next
# in C, where an alternation tries each character in turn.)
_MAY_BE_CAPITAL = re.compile(r"[A-Z\x80-\U0010ffff]")
# The word run from an ASCII capital that no letter comes before. The capital opens the
# pattern, so the regex skips to the next capital in C (a pattern that opens with a look
# around is tried at every character, at three times the cost); runs do not overlap, so the
# capitals inside one ("B." in "G.B.") are read from it (see `_capitalised_runs`).
_CAPITALISED_RUN = re.compile(r"[A-Z](?<![^\W\d_].)[\w.']*")
_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII = re.compile(r"[\x80-\U0010ffff]")
# What a name's first word may be cut from: word characters, dots and apostrophes (folded).
_RUN = re.compile(r"[\w.']+")
_CUTS = re.compile(r"[.']")
_LETTERS = re.compile(r"[^\W\d_]+")
# A text with none of these reads as English to every stage, with no readings of words.
_NOT_ENGLISH_LETTERS = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff"
                                  r"\u0531-\u0587]")
_SECTIONS = 3  # the record's lines: forms, misspellings, capitals' keys


def _plain(word: str) -> str:
    return word.replace(".", "").replace("'", "")


def text_forms(text: str, languages: Iterable[str] | None = None) -> set[str]:
    """The forms of the first word of every name the text could contain: at each capitalised
    word start, the word cut at each dot or apostrophe and whole, without them; its
    letters alone; and, in a text with letters beyond English's, the word's readings
    (`geo.recognize.readings`) in `languages` and in the language of its script (every
    language geo reads places in when None)."""
    if text.isascii():  # (most news: one pass of a regex, each word once)
        return _forms_of_runs(run.lower() for run in _capitalised_runs(text.replace("`", "'")))
    foreign = bool(_NOT_ENGLISH_LETTERS.search(text))
    if not foreign and all(map(_capital_reads_alike, set(_NON_ASCII.findall(text)))):
        # Most of the rest: ASCII but for quotation marks, dashes, ellipses. Each character
        # outside ASCII folded (but no capital lowered), a word starts and runs in this text
        # where it does in the text or its folding (see `_capital_reads_alike`), and its
        # run, lowered, is the folding's: the same regex as for ASCII finds them.
        partly_folded = translate_non_ascii(text.replace("-", " ").replace("`", "'"),
                                            FOLD_TABLE)
        return _forms_of_runs(run.lower() for run in _capitalised_runs(partly_folded))
    folded = fold(text)
    runs: set[str] = set()
    tokens: set[str] = set()
    # (Only a capital begins a name: the few characters that may be one are found first,
    # and then asked whether a word starts there, in the text or in its folding.)
    for capital in _MAY_BE_CAPITAL.finditer(text):
        start = capital.start()
        if not text[start].isupper() or not (_WORD_START.match(text, start)
                                             or _WORD_START.match(folded, start)):
            continue
        run = _RUN.match(folded, start)
        if run is not None:
            runs.add(run.group())
        if foreign:
            token = _LETTERS.match(text, start)
            if token:
                tokens.add(token.group())
    forms = _forms_of_runs(runs)
    for token in tokens:  # (each word once: a name comes back in an article)
        forms.update(_readings(fold(token), languages))
    forms.discard("")
    return forms


def _capitalised_runs(text: str) -> set[str]:
    """The word run (word characters, dots, apostrophes) from each ASCII capital that no
    letter comes before, as written: "G.B." gives "G.B." and "B.", "O'Brien" "O'Brien" and
    "Brien"."""
    runs = set(_CAPITALISED_RUN.findall(text))
    for run in [run for run in runs if not (run.isalpha() or run[1:].islower())]:
        # A capital inside a run after a character that is no letter starts a run of its
        # own, to the same end.
        runs.update(run[at:] for at in range(1, len(run))
                    if "A" <= run[at] <= "Z" and not _LETTER.match(run, at - 1))
    return runs


def _forms_of_runs(runs: Iterable[str]) -> set[str]:
    forms: set[str] = set()
    for run in runs:
        if run.isalpha():
            forms.add(run)  # (what `_add_cuts` makes of a word of letters alone: itself)
        else:
            _add_cuts(forms, run)
    forms.discard("")
    return forms


@lru_cache(maxsize=4096)
def _capital_reads_alike(char: str) -> bool:
    """Whether a character outside ASCII leaves `text_forms`'s reading of the capitals
    around it as it is when only it is folded: it is no capital, and no character that is
    no letter and folds to one (after which a word would start in the text, but not in its
    folding). (Once per character: a text holds a few.)"""
    return not char.isupper() and bool(_LETTER.match(char) or not _LETTER.match(
        FOLD_TABLE[ord(char)]))


def _add_cuts(forms: set[str], word: str) -> None:
    """A folded word as names may begin with it: cut at each dot or apostrophe and whole,
    without them; and its letters alone."""
    if "." in word or "'" in word:
        forms.add(_plain(word))
        forms.update(_plain(word[:cut.start()]) for cut in _CUTS.finditer(word))
    else:
        forms.add(word)
    if not word.isalpha():
        letters = _LETTERS.match(word)
        if letters:
            forms.add(letters.group())


def _readings(word: str, languages: Iterable[str] | None) -> frozenset[str]:
    """The word's readings in these languages (all with place words when None) and its
    script's, both before a division word and not (a superset of those the recogniser and
    the resolver try: see `geo.recognize._word_language`)."""
    from geo.recognize import _languages_with_place_words, _script_language

    codes = set(_languages_with_place_words() if languages is None else languages)
    codes.add(_script_language(word))
    codes.discard("")
    return _readings_in(word, tuple(sorted(codes)))


@lru_cache(maxsize=65536)
def _readings_in(word: str, codes: tuple[str, ...]) -> frozenset[str]:
    """(Cached: an article's words come back in its other sentences and in other articles.)"""
    from geo.recognize import _classed_readings

    found = set()
    for code in codes:
        for division_after in (False, True):
            for forms in _classed_readings(word, code, division_after):
                found.update(_first_form(form) for form in forms)
    return frozenset(found)


def _first_form(key: str) -> str:
    """A key's (or a reading's) first word as `text_forms` records words."""
    first = key.split(" ", 1)[0]
    run = _RUN.match(first)
    return _plain(run.group()) if run else ""


def misspelling_words(text: str) -> set[str]:
    """The words the recogniser may read as misspelt names (see
    `geo.recognize._misspellings`), wherever they stand."""
    from geo.recognize import _LONG_CAPITALISED_WORD, _misspelling_key

    return {key for word in set(_LONG_CAPITALISED_WORD.findall(text))
            if (key := _misspelling_key(word))}


def _languages_read_in(article: Article) -> set[str] | None:
    """The languages the recogniser and the resolver read the article's names in (as they
    identify it: its body, its whole text); None, any, for one read in parts, whose each
    part they identify apart (see `geo.pipeline.PART_CHARS`)."""
    from geo.pipeline import PART_CHARS
    from geo.recognize import article_language

    if len(article.text) - article.body_start > PART_CHARS:
        return None
    return {article_language(article.text, None, article.body_start),
            article_language(article.text, None)}


def capital_keys(mentions: Sequence[Mention]) -> set[str]:
    """The name keys of the capitals of the countries the mentions' places are in: an event
    at a country's parliament stands in its capital (`Gazetteer.capital`)."""
    countries = {m.place.country for m in mentions if m.place is not None and m.place.country}
    by_country = _capitals_by_country()
    return {key for code in countries for key in by_country.get(code, ())}


@cache
def _capitals_by_country() -> dict[str, tuple[str, ...]]:
    """Country code -> its capitals' name keys (looked up per article rather than every
    capital tested against its countries)."""
    from geo.gazetteer_base import capital_keys as all_capitals

    by_country: dict[str, list[str]] = {}
    for code, key in all_capitals():
        by_country.setdefault(code, []).append(key)
    return {code: tuple(keys) for code, keys in by_country.items()}


def article_names(article: Article, mentions: Sequence[Mention]) -> str:
    """The record of what the article's result depends on in the gazetteer, as text."""
    sections = (text_forms(article.text, _languages_read_in(article)),
                misspelling_words(article.text), capital_keys(mentions))
    return "\n".join("\t".join(sorted(section)) for section in sections)


class ChangedNames:
    """The name keys whose answers an edit changed, ready to be matched against records."""

    def __init__(self, keys: Iterable[str]):
        self.keys = frozenset(keys)
        self.forms: set[str] = set()
        self.everything = False  # a key that could begin anywhere: every article is reached
        self.spellings: list[str] = []  # keys a misspelling may be read as
        for key in self.keys:
            for name in (key, key[4:]) if key.startswith("the ") else (key,):
                form = _first_form(name)
                self.everything |= not form
                self.forms.add(form)
                if " " not in name and len(name) <= 5:
                    # An abbreviation is also scanned for with dots, which a reading may
                    # write as spaces ("bak i" is "b.ak.i"'s marks): any start of it.
                    self.forms.update(form[:end] for end in range(1, len(form)))
            if " " not in key and len(key) >= 6 and key.isalpha() and key.isascii():
                self.spellings.append(key)

    @classmethod
    def every_name(cls) -> ChangedNames:
        """Every name changed: what reaches every article."""
        changed = cls(["*"])
        changed.everything = True
        return changed

    def __bool__(self) -> bool:
        return bool(self.keys)

    def reach(self, record: str | None) -> bool:
        """Whether an article with this record (None: unknown) may come out otherwise."""
        if not self.keys:
            return False
        if record is None or self.everything:
            return True
        sections = record.split("\n")
        if len(sections) != _SECTIONS:
            return True
        forms, misspellings, capitals = (set(s.split("\t")) if s else set() for s in sections)
        if not forms.isdisjoint(self.forms) or not capitals.isdisjoint(self.keys):
            return True
        return any(_near(word, key) for word in misspellings for key in self.spellings)


def _near(word: str, key: str) -> bool:
    """Whether `_nearest_key` could read `word` as `key` (the same first letter, and as few
    edits apart as it allows)."""
    edits = 1 if len(word) < 9 else 2
    return (word[:1] == key[:1] and abs(len(word) - len(key)) <= edits
            and Levenshtein.distance(word, key, score_cutoff=edits) <= edits)
