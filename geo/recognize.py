"""Find the place names in an article's text: article -> mentions (not yet resolved).

The scan looks up every gazetteer name that begins at each capitalised word of the folded
text (see `geo.text.fold`, which keeps offsets) in a trie of the names. Most of the work is
then deciding which matches a careful reader would call a place: a gazetteer's alternate
names include many ordinary words, and place names hide inside people's and newspapers'
names.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import hashlib
import importlib
import itertools
import logging
import math
import pickle
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import ahocorasick
import marisa_trie
import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein

from geo.atomic import locked, write_bytes_atomic
from geo.gazetteer_base import BuildProgress
from geo.kept import kept
from geo.model import Article, Mention, Place
from geo.text import LearnedTable, fold, name_key, translate_non_ascii

# A name must look like this after folding to be scanned for: Latin letters, digits,
# spaces, apostrophes and dots; or a name in Cyrillic or Armenian letters, alphabets whose
# names are capitalised and written apart as Latin ones are. Names in other scripts (without
# capitals, or without spaces between words) stay in the gazetteer for lookups.
_SCANNABLE = re.compile(r"^(?:[a-z0-9][a-z0-9'&. ]*|[\u0400-\u04ff0-9][\u0400-\u04ff0-9' .]*"
                        r"|[\u0561-\u0587][\u0561-\u0587' .]*)$")
_WORD_CHAR = re.compile(r"[\w]")

# Lower-case words allowed inside a multi-word name ("Gulf of Mexico", "Rostov-on-Don",
# "Port-au-Prince", "Dar es Salaam", "Halle an der Saale", "Bergen op Zoom"); with the
# Arabic article as transliterations write it before a "sun letter" ("Deir ez-Zor",
# "Dayr az-Zawr", "Kafr ash-Shaykh", "Tell er-Rumeida", "Ech Chouaifat").
_NAME_FUNCTION_WORDS = frozenset(
    "of the and on upon in de del della di da do dos das du des la le les el es al an ad am "
    "im au aux sur sous y e et by under over en der den dem op aan nad pod "
    "ar as at az ash ath adh ed er ez esh ech".split()
)
# Words that, written right before a capitalised name, make it a person's name.
_HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir lord lady dame gen general col colonel lt capt captain maj "
    "major sgt president senator sen rep gov governor mayor judge justice rev father sister "
    "brother pope king queen prince princess sheikh minister secretary ambassador commander "
    "chancellor premier coach officer detective saint commissioner sheriff trooper "
    "sergeant spokesman spokeswoman superintendent councilman councilwoman pastor bishop"
    .split()
)
# Heads of the names of newspapers, teams, companies, documents and armed units, whose place
# name says nothing about where anything happened: "Washington Post", "Baku Herald",
# "Manchester United", "Bishkek Protocol". (An institution's name still places it: in "Alexandria
# Police" or "Georgia Bureau of Investigation" the place is a place.)
_ORGANISATION_HEADS = frozenset(
    "post times herald tribune journal gazette chronicle daily morning evening news press "
    "star globe observer telegraph standard examiner inquirer courier sun mail record "
    "register bulletin review monitor dispatch ledger sentinel reporter independent guardian "
    "express united fc rovers wanderers athletic rangers hotspur airlines airways bank corp "
    "corporation inc ltd llc company co group holdings motors symphony orchestra "
    "philharmonic ballet opera broadcasting television radio tv network magazine weekly "
    "quarterly wire protocol protocols accord accords agreement declaration treaty process "
    "format".split()
) | frozenset(
    # Armed units named after a place: "the Kelbara Customs Brigade", "the Tovin Legion"
    # (a division is also a country's administrative area: not among them).
    "brigade brigades battalion battalions regiment regiments corps legion".split()
) | frozenset(
    # Institutions named after their town: "Colorado State University", "Colchester
    # Hospital", "Huntsville High School" name a campus, not the place's news.
    "university college school hospital church academy institute seminary cathedral "
    "basilica library museum stadium".split()
)
# Before a name, capitalised, these open a newspaper's: "Daily Sydney", "Weekly Kabul".
_NEWSPAPER_OPENERS = frozenset({"daily", "weekly"})
# A place names a disease before these, capitalised or not: "West Nile virus", "Lassa fever".
_DISEASE_HEADS = frozenset("virus fever flu influenza disease syndrome".split())
# A country's name or abbreviation before a currency names the money, not the place: "the
# US dollar", "US$ 20", "Hong Kong dollars", "the Turkish lira" (capitalised or not).
_CURRENCIES = frozenset(
    "dollar dollars euro euros pound pounds franc francs lira liras lire rupee rupees rupiah "
    "yuan renminbi yen peso pesos ruble rubles rouble roubles dinar dinars dirham dirhams "
    "riyal riyals rial rials shilling shillings dram drams manat manats lari hryvnia "
    "hryvnias tenge naira nairas cedi cedis kwacha kwachas afghani afghanis taka currency"
    .split())
_CURRENCY_AFTER = re.compile(rf"\$|[ \u00a0](?i:{'|'.join(sorted(_CURRENCIES))})\b")
_NOT_A_PLACE_BEFORE = _DISEASE_HEADS | _CURRENCIES
# A weapon's model before its kind names the weapon: "Grad rockets", "Iskander missiles",
# "Kalashnikov rifles" (but "a Kharkiv missile strike" is a strike on the place).
_WEAPON_AFTER = re.compile(
    r"[ \u00a0-](?i:rockets?|missiles?|launchers?|rifles?|howitzers?)\b"
    r"(?![ \u00a0](?i:attacks?|strikes?|fire|barrages?|hit|struck|landed)\b)")
# A clock reading before a name and "time" after it make the name a time zone's: "09:30
# Kyiv time", "8 a.m. Tokyo time" tell the hour, not where anything was.
_CLOCK_BEFORE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?\s?m\.?|\d{4}\s*(?:hrs|hours|h))\s*[(,]?\s*$", re.I)
# Capitalised right after a name, these make it part of the name of something else: a
# street ("Dublin Road", "Lancaster Ave."), or a valley, river or township named after the
# place ("Hamilton Township" is not Hamilton). Had the gazetteer known the longer name, the
# longest match would have taken it.
_LONGER_NAME_HEADS = frozenset(
    "street st road rd drive avenue ave boulevard blvd lane ln parkway pkwy pike terrace "
    "trail circle valley river creek canyon township twp county park lake bay ridge reservoir "
    "island ranch farms estate mill zoo cathedral memorial academy elementary hall station "
    "motel restaurant".split()
)
# Generic words that may follow a name in lower case: "the Lachin corridor", "Lake Sevan".
_GEOGRAPHIC_TERMS = frozenset(
    "corridor river sea ocean lake mountains mountain range valley gorge region province "
    "district county oblast governorate state island islands peninsula strait gulf bay coast "
    "plain plateau desert basin delta canal border highway road".split()
)
# Compass and other generic words are the names of many divisions ("Western" in Sri Lanka,
# "Centre" in Burkina Faso) and far more often adjectives.
_GENERIC_NAME_WORDS = frozenset(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest upper lower middle far new centre center federal capital national "
    "coast coastal interior mainland gulf".split()
)
# Words that are some place's name in a gazetteer but never name a place alone ("City
# Hall", "the State Department").
_NEVER_ALONE = frozenset(
    "city town county state village province district region republic kingdom island lake "
    "river mount port hall square street road avenue bridge station airport valley parkway "
    "metro downtown uptown midtown harbour harbor beach park fort".split()
)
# The later words of a name that `_capitalised_like_a_name` lets be in lower case.
_MAY_BE_LOWER_CASE = _NAME_FUNCTION_WORDS | _GEOGRAPHIC_TERMS
_AREA_KINDS = frozenset({"region", "feature", "continent", "country", "admin1"})
# Verbs of speech: what stands right before or after one is a person ("Culver said").
_SPEECH_VERBS = frozenset("said says told added explained noted wrote asked stated".split())
# Prepositions after which a capitalised word is very probably a place.
LOCATIVES = frozenset(
    "in at near around outside from to into towards toward across through via between "
    "inside within beyond".split()
)
# A misspelt name is also expected after these ("shells fell on Stepanakerd").
_MISSPELLING_CUES = LOCATIVES | {"on", "over"}
# Words for a kind of division, as news writes them after a division's name ("the Kalbajar
# district", "Syunik Region", "Kharkiv oblast") or before it with "of" ("the district of
# Aghdam"): the name is then a place's, and no organisation's. True: the word names nothing
# but a division, and the resolver takes the name for the division (or its seat); False:
# the word also names the surroundings of a city or a sea ("the Washington region", "the
# Chesapeake Bay region"), and says no more. ("County" and "State" are left out: they end
# the names of US counties, which the gazetteer holds whole, and of universities.)
DIVISION_WORDS: Mapping[str, bool] = {
    "district": True, "province": True, "rayon": True, "raion": True, "oblast": True,
    "governorate": True, "prefecture": True, "marz": True, "krai": True, "voivodeship": True,
    "region": False,
}
# Words for a kind of division that only a few countries' administrations use: an article
# that writes one is about one of those countries ("Kasari LGA", "Barangay San Isidro",
# "Maluak payam"), which weighs with the places it names (see `resolve._first_context`).
# (Words many countries use, "district", "governorate", "prefecture", "rayon", say nothing.)
# As written: in lower case, but for an acronym and a word that opens names ("Barangay X");
# capitalised, a word may be a name ("Payam" is a first name, "Soum" a province).
COUNTRIES_OF_DIVISION_WORDS: Mapping[str, tuple[str, ...]] = {
    "LGA": ("NG", "AU"), "local government area": ("NG", "AU"),
    "Local Government Area": ("NG", "AU"), "barangay": ("PH",),
    "Barangay": ("PH",), "payam": ("SS",), "woreda": ("ET",), "kebele": ("ET",),
    "upazila": ("BD",), "union parishad": ("BD",), "tehsil": ("IN", "PK"), "taluka": ("IN",),
    "taluk": ("IN",), "mandal": ("IN",), "gewog": ("BT",), "dzongkhag": ("BT",),
    "kecamatan": ("ID",), "kelurahan": ("ID",), "kabupaten": ("ID",), "voivodeship": ("PL",),
    "krai": ("RU",), "okrug": ("RU",), "cercle": ("ML",), "aimag": ("MN",),
    "sub-county": ("UG", "KE"), "amphoe": ("TH",), "tambon": ("TH",), "marz": ("AM",),
    "shahrestan": ("IR",), "oblys": ("KZ",),
}
_DIVISION_WORD_OF_A_FEW_COUNTRIES = re.compile(
    r"\b(" + "|".join(sorted((re.escape(word).replace(r"\ ", " ").replace(r"\-", "[ -]?")
                               for word in COUNTRIES_OF_DIVISION_WORDS), key=len, reverse=True))
    + r")s?\b")
_COUNTRIES_OF_FOLDED_WORDS = {fold(word).replace(" ", ""): codes
                              for word, codes in COUNTRIES_OF_DIVISION_WORDS.items()}
# What one of the words must hold, as written: most articles hold none, which a substring
# search of each tells sooner than the pattern does.
_DIVISION_WORD_CORES = tuple({word.split("-")[-1] for word in COUNTRIES_OF_DIVISION_WORDS})


def countries_of_division_words(text: str) -> dict[str, float]:
    """The countries whose divisions' words the text writes, each with the weight of that
    evidence: half a lone place's for a word only one country uses, shared out among the
    countries of one used by several; each word counted once."""
    countries: dict[str, float] = {}
    if not any(core in text for core in _DIVISION_WORD_CORES):
        return countries
    for word in {fold(m.group(1)).replace(" ", "")
                 for m in _DIVISION_WORD_OF_A_FEW_COUNTRIES.finditer(text)}:
        codes = _COUNTRIES_OF_FOLDED_WORDS[word]
        for code in codes:
            countries[code] = countries.get(code, 0.0) + 0.25 / len(codes)
    return countries


# After a division word, these make it part of another noun: "the Moscow district court" is
# a court of Moscow, "the district attorney" its officer: the name is still a place's, but
# the word says nothing of what kind of place.
_NOUNS_AFTER_A_DIVISION_WORD = frozenset(
    "court courts attorney attorneys judge judges prosecutor prosecutors clerk clerks".split())

# "X (Y)", "X (also spelled Y)", "X (known in Azerbaijani as Y)", "X, also known as Y".
_TAUGHT_ALIAS = re.compile(
    r"\s*(?:\(\s*(?:also\s+(?:spelled|spelt|called|known\s+as)\s+|known\s+(?:in\s+\w+\s+)?as\s+"
    r"|or\s+|in\s+\w+\s*[:,]?\s*)?"
    r"|,\s*(?:also\s+(?:spelled|spelt|called|known\s+(?:in\s+\w+\s+)?as)|spelled|spelt"
    r"|known\s+(?:in\s+\w+\s+)?as)\s+)"
    r"(?P<alias>[^\W\d_][\w'’\-]{3,}(?:\s+[^\W\d_][\w'’\-]+){0,2})"
    r"(?=\s*[),;]|\s+(?:in|to|by|for|or|and)\b)"
)
# Two capitalised words, the first perhaps a first name or a title (overlapping matches:
# "Judge Ana Flores" gives "Judge Ana" and "Ana Flores").
# The first word is the match and the second a lookahead, and each pattern of this kind
# opens with the capital, after which a lookbehind checks for a word's start: a regex that
# opens with a set of letters is searched for letter by letter in C.
_PERSON = re.compile(
    r"([A-Z](?<!\w.)[a-z]+\.?)(?= (?:[A-Z]\. )?([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b)")
# Irish and Scottish surnames: "O'Connor", "McGraw", "MacLeod".
_SURNAME_SHAPE = re.compile(r"^(?:o'|mc|mac)[a-z]{3,}")
# A capitalised word, with a look ahead that passes over most words of five letters or fewer.
_LONG_CAPITALISED_WORD = re.compile(r"[A-Z](?<!\w.)(?=[a-z'’\-]{5})[a-z'’\-]*[a-z]{2,}\b")


class NameTrie:
    """Every scannable gazetteer name, marked (see `_marked`), with its value: a trie of
    the names (marisa-trie) and their values packed in one buffer, read only when a name
    is found.

    It answers what the recogniser asks of an Aho-Corasick automaton of the same names
    (`in`, `get`, `match`, `keys`, `iter`, `items`, `len`), with the same answers in the same
    order; but the trie of the world's names and their values load in a tenth of the time
    of such an automaton (0.08 s instead of 0.7 to 1.2 s; 39 MB instead of 177 MB), which
    was most of what a run that parses a handful of articles cost.
    """

    def __init__(self, names: marisa_trie.Trie, values: bytes, offsets: np.ndarray,
                 longest: int):
        self._names = names
        self._values = values  # the values, pickled one after the other in the trie's order
        self._offsets = offsets  # where each name's value begins in `_values`, and the end
        self._longest = longest  # the length of the longest name
        self._decoded: dict[int, tuple] = {}

    @classmethod
    def of(cls, values: Mapping[str, tuple]) -> NameTrie:
        """The trie of the marked names `values` maps to their values."""
        names = marisa_trie.Trie(values)
        packed = [pickle.dumps(values[names.restore_key(n)], protocol=pickle.HIGHEST_PROTOCOL)
                  for n in range(len(names))]
        offsets = np.zeros(len(packed) + 1, dtype=np.uint64)
        np.cumsum([len(value) for value in packed], out=offsets[1:])
        return cls(names, b"".join(packed), offsets, max(map(len, values), default=0))

    def __reduce__(self):
        return NameTrie, (self._names, self._values, self._offsets, self._longest)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, marked: str) -> bool:
        return marked in self._names

    def get(self, marked: str, *default):
        number = self._names.get(marked)
        if number is None:
            if default:
                return default[0]
            raise KeyError(marked)
        return self._value(number)

    def match(self, prefix: str) -> bool:
        """Whether some name begins with `prefix`."""
        return next(self._names.iterkeys(prefix), None) is not None

    def keys(self, prefix: str = "") -> list[str]:
        return self._names.keys(prefix)

    def items(self) -> Iterator[tuple[str, tuple]]:
        return ((name, self._value(number)) for name, number in self._names.iteritems())

    def iter(self, text: str, start: int = 0) -> Iterator[tuple[int, tuple]]:
        """(end, value) of every name in `text` from `start` (`end` the index of its last
        character), by end, the longest first: as `Automaton.iter` gives them.

        Every name opens with a mark and a letter in lower case or of another script, or
        a digit (see `_SCANNABLE`); the scan writes the first letter of most words in upper
        case (see `_scanned`), so only the few marks before another letter are looked at."""
        found = []
        for opening in _NAME_OPENING.finditer(text, start):
            at = opening.start()
            for name, number in self._names.iter_prefixes_with_ids(text[at:at + self._longest]):
                found.append((at + len(name) - 1, -len(name), number))
        found.sort()
        for end, _, number in found:
            yield end, self._value(number)

    def _value(self, number: int) -> tuple:
        value = self._decoded.get(number)
        if value is None:
            begin, end = self._offsets[number:number + 2]
            value = self._decoded[number] = pickle.loads(self._values[begin:end])
        return value


# Where a name may begin in the scanned text: a mark, then anything but a capital or a mark.
_NAME_OPENING = re.compile("\x01(?=[^\x01A-Z])")


@dataclass
class NameIndex:
    """The trie of every scannable gazetteer name, and what it needs beside it.

    `automaton` is a `NameTrie`, or an `OverlaidAutomaton` (the base's with the curated
    names laid over it): the recogniser asks either the same five things.
    """

    automaton: NameTrie | OverlaidAutomaton
    fuzzy_keys: dict[tuple[str, int], _FuzzyBucket] = field(default_factory=dict)


class _FuzzyBucket(NamedTuple):
    """Names of important places of one first letter and one length, for misspellings;
    and the letters each one is written with (see `_letter_set`)."""

    keys: list[str]
    letter_sets: np.ndarray


def build_name_index(gazetteer, progress: BuildProgress | None = None) -> NameIndex:
    """Put every gazetteer name (and its dotted abbreviation forms) into one trie.

    The trie's value for a pattern is the gazetteer key it stands for, the
    pattern's length, the pattern itself when it has characters between words (see
    below), and whether it has three letters or fewer ("UK", "U.S.", "Ely"), so that
    "w.va." in a text finds the entries of "wva". Patterns are stored with their word
    starts marked (see `_exact_matches`), and the marks make some patterns one ("w va" and
    "w.va"): the value then lists the patterns and their keys.
    """
    progress = progress or _no_progress
    marked_patterns: dict[str, dict[str, str]] = {}
    keys = list(gazetteer.name_keys())
    what = "indexing the gazetteer's names (once for this base)"
    fuzzy: dict[tuple[str, int], list[str]] = {}
    for done, key in enumerate(keys):
        if not done % 20_000:
            progress(done, len(keys), what)
        for pattern in _key_patterns(gazetteer, key):
            marked_patterns.setdefault(_marked(pattern), {}).setdefault(pattern, key)
        if _fuzzy_worthy(gazetteer, key):
            fuzzy.setdefault((key[0], len(key)), []).append(key)
    progress(len(keys), len(keys), what)
    for form in _demonym_forms(gazetteer):
        marked_patterns.setdefault(_marked(form), {}).setdefault(form, form)
    values = {}
    for marked, patterns in marked_patterns.items():
        value = _automaton_value(marked, patterns)
        for variant in _case_variants(marked, patterns):
            values[variant] = value
    return NameIndex(NameTrie.of(values), _fuzzy_buckets(fuzzy))


def _no_progress(done: int, total: int, what: str) -> None:
    pass


def _key_patterns(gazetteer, key: str) -> list[str]:
    """The patterns a gazetteer key is scanned for, as `build_name_index` adds them: the
    key; without "the "; its dotted forms if news abbreviates it; "st. louis". None for a
    key that is not scannable, or too short to pass for a name unless important."""
    if len(key) < 2 or not _SCANNABLE.match(key):
        return []
    bare = key[4:] if key.startswith("the ") else key
    if len(_letters(bare)) <= 3 and not _short_key_worth_scanning(gazetteer, key):
        return []  # "he", "the d": names that never pass for one in a text
    patterns = [key]
    if key.startswith("the "):
        # "the United States": the article is not part of the name, unless capitalised
        # ("The Hague").
        patterns.append(key[4:])
    if len(key.replace(" ", "")) <= 5 and _abbreviation_worthy(gazetteer, key):
        patterns += _dotted_variants(key)
    first, _, rest = key.partition(" ")
    if rest and first in {"st", "ste", "mt", "ft", "pt"}:
        patterns.append(f"{first}. {rest}")  # "St. Louis", "Mt. Vernon"
    return patterns


def _keys_of_pattern(pattern: str) -> tuple[str, ...]:
    """Every key `_key_patterns` could give `pattern` for (the inverse, as a superset)."""
    return (pattern, f"the {pattern}", pattern.replace(".", ""),
            pattern.replace(". ", " ").rstrip("."), pattern.replace(". ", " ", 1))


def _demonym_forms(gazetteer) -> Iterator[str]:
    """The demonyms and their plurals, scanned for as they are ("armenian", "armenians")."""
    for demonym in gazetteer.demonyms():
        for form in (demonym, _plural(demonym)):
            if _SCANNABLE.match(form):
                yield form


def _marked(pattern: str) -> str:
    """A pattern as the automaton holds it: its word starts marked (see `_exact_matches`)."""
    return _WORD_MARK + _mark_words(pattern) + _WORD_MARK


def _automaton_value(marked: str, patterns: Mapping[str, str]) -> tuple:
    """The automaton's value for a marked string and the patterns (-> keys) it stands for."""
    short = len(_letters(next(iter(patterns)))) <= 3  # one marked string, one length
    if len(patterns) == 1:
        [(pattern, key)] = patterns.items()
        # A name of one word needs no check of what stands between its words.
        return (key, len(pattern), pattern if _mark_words(pattern) != pattern else None, short)
    return ("", len(marked) - 2, tuple(patterns.items()), short)


def _patterns_of_value(marked: str, value: tuple) -> dict[str, str]:
    """The patterns (-> keys) an automaton value stands for: `_automaton_value` undone."""
    key, _, pattern, _ = value
    if not key:
        return dict(pattern)
    return {pattern if pattern is not None else marked[1:-1]: key}


def _case_variants(marked: str, patterns: Iterable[str]) -> set[str]:
    """The marked pattern as the scan may see it (see `_scanned`): a word of a name after
    the first may be written in lower case if it is a function word or a geographic term
    ("Gulf of Mexico", "Rostov-on-Don", "Lachin corridor"), and the scan writes a word
    begun in lower case with a capital."""
    variants = {marked}
    for pattern in patterns:
        starts, at = [], 1  # where each word begins in `marked`, after its opening mark
        for i, word in enumerate(pattern.split(" ")):
            if i and word in _MAY_BE_LOWER_CASE and word[:1].isalpha():
                starts.append(at)
            at += len(word) + 1
        for count in range(1, len(starts) + 1):
            for chosen in itertools.combinations(starts, count):
                variant = list(marked)
                for start in chosen:
                    variant[start] = variant[start].upper()
                variants.add("".join(variant))
    return variants


def _letters(pattern: str) -> str:
    return pattern.replace(" ", "").replace(".", "")


# --- the curated names over the base's index ----------------------------------------------

class OverlaidAutomaton:
    """The base's trie with a small automaton of curated names laid over it.

    The base's index holds the names of the compiled base alone and is built once per base;
    an edit of the curated files changes only `overlay` (the marked names whose value the
    curated rows change, with their new value) and `hidden` (every form of those names in
    the base's, whose value is out of date, or which is no name any more). It answers as
    the trie of a whole rebuild would: `in`, `get`, `match`, `iter` and `len`.
    """

    def __init__(self, base: NameTrie, overlay: ahocorasick.Automaton,
                 hidden: frozenset[str]):
        self.base = base
        self.overlay = overlay
        self.hidden = hidden
        # (A prefix of no hidden name is answered by the base alone.)
        self._hidden_prefixes = frozenset(name[:end] for name in hidden
                                          for end in range(1, len(name) + 1))

    def __len__(self) -> int:
        return len(self.base) + len(self.overlay)

    def __contains__(self, marked: str) -> bool:
        return marked in self.overlay or (marked not in self.hidden and marked in self.base)

    def get(self, marked: str, *default):
        if marked in self.overlay:
            return self.overlay.get(marked)
        if marked in self.hidden:
            if default:
                return default[0]
            raise KeyError(marked)
        return self.base.get(marked, *default)

    def match(self, prefix: str) -> bool:
        """Whether some name begins with `prefix`."""
        if len(self.overlay) and self.overlay.match(prefix):
            return True
        if prefix not in self._hidden_prefixes:
            return self.base.match(prefix)
        return any(name not in self.hidden for name in self.base.keys(prefix))

    def iter(self, text: str, start: int = 0) -> Iterator[tuple[int, tuple]]:
        """(end, value) of every name in `text` from `start`, as `Automaton.iter` gives them
        (the base's first, then the overlay's: the recogniser sorts them)."""
        hidden = self.hidden
        for end, value in self.base.iter(text, start):
            # (The name matched: its marks and its letters, `value[1]` of them.)
            if text[end - value[1] - 1:end + 1] not in hidden:
                yield end, value
        if len(self.overlay):
            yield from self.overlay.iter(text, start)


def overlay_name_index(base: NameIndex, gazetteer) -> NameIndex:
    """The index of `gazetteer` made from `base`, the index of its base alone
    (`gazetteer.base_only()`): what the curated rows change is worked out key by key.

    A key's patterns depend on its own candidates only (see `_key_patterns`), so only the
    keys the curated rows touch (`gazetteer.touched_keys()`: their names and the names of
    the places they change) and the demonyms can give a marked name another value. Each
    such name's value is made again from every key that could give one of its patterns,
    in the order a whole build adds them (`gazetteer.name_key_rank`), so that the answer is
    the one `build_name_index(gazetteer)` would give, in a fraction of a second.
    """
    plain = gazetteer.base_only()
    touched = gazetteer.touched_keys()
    exists = cache(gazetteer.has_name_key)
    rank = cache(gazetteer.name_key_rank)

    @cache
    def patterns_of(key: str) -> tuple[tuple[str, str], ...]:
        """(pattern, marked pattern) of a key of the whole gazetteer."""
        return tuple((p, _marked(p)) for p in _key_patterns(gazetteer, key)) if exists(
            key) else ()

    demonym_forms: dict[str, list[str]] = {}  # marked form -> the forms, in order
    for form in dict.fromkeys(_demonym_forms(gazetteer)):
        demonym_forms.setdefault(_marked(form), []).append(form)
    candidates: dict[str, set[str]] = {}  # marked name -> patterns that may stand in it
    for key in touched:
        found = [*patterns_of(key)]
        if plain.has_name_key(key):
            found += [(p, _marked(p)) for p in _key_patterns(plain, key)]
        for pattern, marked in found:
            candidates.setdefault(marked, set()).add(pattern)
    for marked, forms in demonym_forms.items():
        candidates.setdefault(marked, set()).update(forms)
    overlay = ahocorasick.Automaton()
    hidden: set[str] = set()
    for marked, patterns in candidates.items():
        old_value = base.automaton.get(marked, None)
        old = _patterns_of_value(marked, old_value) if old_value is not None else {}
        sources = {key for pattern in (*patterns, *old) for key in _keys_of_pattern(pattern)
                   if exists(key)}
        new: dict[str, str] = {}
        for key in sorted(sources, key=rank):
            for pattern, its_marked in patterns_of(key):
                if its_marked == marked:
                    new.setdefault(pattern, key)
        for form in demonym_forms.get(marked, ()):
            new.setdefault(form, form)
        value = _automaton_value(marked, new) if new else None
        if value == old_value:
            continue
        if old:
            hidden |= _case_variants(marked, old)
        if value is not None:
            for variant in _case_variants(marked, new):
                overlay.add_word(variant, value)
    fuzzy_keys = _overlay_fuzzy_keys(base.fuzzy_keys, gazetteer, plain, touched, exists, rank)
    if not hidden and not len(overlay):
        return NameIndex(base.automaton, fuzzy_keys)
    if len(overlay):
        overlay.make_automaton()
    return NameIndex(OverlaidAutomaton(base.automaton, overlay, frozenset(hidden)), fuzzy_keys)


def _overlay_fuzzy_keys(base: dict[tuple[str, int], _FuzzyBucket], gazetteer, plain,
                        touched: Iterable[str], exists: Callable[[str], bool],
                        rank: Callable[[str], tuple]) -> dict[tuple[str, int], _FuzzyBucket]:
    """The misspellings' buckets of `gazetteer` from those of its base: a bucket that a
    touched key enters or leaves is made again, in the order of a whole build."""
    changed: dict[tuple[str, int], list[str]] = {}
    worthy = {}
    for key in touched:
        if " " in key or len(key) < 6 or not key.isalpha() or not key.isascii():
            continue  # (what `_fuzzy_worthy` rules out by the key alone)
        worthy[key] = exists(key) and _fuzzy_worthy(gazetteer, key)
        if worthy[key] != (plain.has_name_key(key) and _fuzzy_worthy(plain, key)):
            changed[(key[0], len(key))] = []
    if not changed:
        return base
    for key, is_worthy in worthy.items():
        if is_worthy and (key[0], len(key)) in changed:
            changed[(key[0], len(key))].append(key)
    fuzzy = dict(base)
    for bucket, keys in changed.items():
        # (The base's keys of the bucket are in the base's order already: each new one is
        # put in its place among them.)
        old = base.get(bucket, _FuzzyBucket([], np.zeros(0, dtype=np.uint32)))
        kept = [(key, letters) for key, letters in zip(old.keys, old.letter_sets.tolist())
                if key not in worthy]
        for key in keys:
            at = bisect.bisect_right(kept, rank(key), key=lambda item: rank(item[0]))
            kept.insert(at, (key, _letter_set(key)))
        if kept:
            fuzzy[bucket] = _FuzzyBucket([key for key, _ in kept],
                                         np.array([letters for _, letters in kept],
                                                  dtype=np.uint32))
        else:
            fuzzy.pop(bucket, None)
    return fuzzy


# --- loading ------------------------------------------------------------------------------

def load_name_index(gazetteer, cache_dir: Path | None,
                    progress: BuildProgress | None = None) -> NameIndex:
    """The name index: the base's, from the cache (built there once per base, with
    `progress` told how it goes), with the curated names laid over it; and the word lists
    that the recogniser weighs names by, read now rather than at the first article, so that
    loading is loading and parsing is parsing.

    What is loaded lives as long as the process: it is moved out of the garbage collector's
    sweeps (`gc.freeze`), which would otherwise walk it again each time the caches of names
    grow (4 % of the instructions of a first pass over news).
    """
    if cache_dir is None or gazetteer.base_fingerprint == "memory":
        index = build_name_index(gazetteer, progress)
    else:
        base = _cached_base_index(gazetteer.base_only(), cache_dir, progress)
        # (The language identifier's model, when an article needs it, is read from there
        # too: see `geo.language.keep_model_in`.)
        from geo.language import keep_model_in

        keep_model_in(cache_dir)
        # (The collector would walk the base's index again and again while the overlay is
        # made: it makes little garbage, collected below.)
        with _collector_paused():
            index = overlay_name_index(base, gazetteer)
    # (The lists after the index: read before it, the memory their reading frees is left in
    # pieces under it, and a run's peak grows by a tenth.)
    if cache_dir is not None:
        _WORD_LISTS_FOLDER[:] = [Path(cache_dir)]
    _first_names()
    word_commonness("the")
    gc.collect()  # (what is garbage now must not be frozen with the rest)
    gc.freeze()
    return index


def _cached_base_index(plain, cache_dir: Path, progress: BuildProgress | None) -> NameIndex:
    """The index of the base alone: one file per base and code version, which no edit of
    the curated files changes; the files of other bases or code are removed. Built under a
    lock: the workers of a first run build it once (the others wait, then read it)."""
    name = f"names-{plain.base_fingerprint}-{_code_version()}"
    path = Path(cache_dir) / f"{name}.pickle"
    index = _read_index(path)
    if index is None:
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
        with locked(Path(cache_dir) / f".{name}.lock"):
            index = _read_index(path)  # (built by another process while this one waited)
            if index is None:
                with _collector_paused():  # (millions of small objects, no cycle among them)
                    index = build_name_index(plain, progress)
                write_bytes_atomic(path, pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    # Indexes (and their locks) of other bases or code are of no more use.
    for stale in [*Path(cache_dir).glob("names-*.pickle"), *Path(cache_dir).glob(".names-*.lock")]:
        if name not in stale.name:
            stale.unlink(missing_ok=True)
    return index


def _read_index(path: Path) -> NameIndex | None:
    """The index pickled at `path`, or None when there is none or it is damaged."""
    if not path.exists():
        return None
    try:
        with path.open("rb") as handle:
            index = pickle.load(handle)
    except Exception:  # noqa: BLE001 - a corrupt cache is rebuilt, never trusted
        return None
    return index if isinstance(index, NameIndex) else None


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The garbage collector off, then as it was: for work that makes many objects and
    no garbage in cycles, over which each collection would walk again for nothing."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@lru_cache(maxsize=1)
def _code_version() -> str:
    """A cached index is only as good as the code that built it: key it by this file."""
    return hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]


def _short_key_worth_scanning(gazetteer, key: str) -> bool:
    """The short names `_short_name_ok` can accept: abbreviations of important places, and
    three-letter names of towns of 15,000 or more."""
    if _abbreviation_worthy(gazetteer, key):
        return True
    best = gazetteer.candidates(key)[:1]
    return len(key) == 3 and bool(best) and best[0].population >= 15_000


def _abbreviation_worthy(gazetteer, key: str) -> bool:
    """Short keys of places that news abbreviates: countries, states, regions."""
    return any(p.kind in {"country", "admin1", "region", "continent"} or p.source == "curated"
               for p in gazetteer.candidates(key)[:3])


def _dotted_variants(key: str) -> list[str]:
    """The ways news writes an abbreviation with dots: "us" -> "u.s.", "u.s"; "wva" ->
    "w.va."; "w va" -> "w. va."."""
    words = key.split(" ")
    if len(words) > 1:
        return [". ".join(words) + ".", ". ".join(words)]
    variants = []
    letters = key
    for mask in range(1, 2 ** (len(letters) - 1)):
        dotted = letters[0]
        for i, letter in enumerate(letters[1:]):
            dotted += ("." if mask >> i & 1 else "") + letter
        variants += [dotted + ".", dotted]
    return variants


def _plural(demonym: str) -> str:
    if demonym.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return demonym
    return demonym + "s"


def _fuzzy_keys(gazetteer) -> dict[tuple[str, int], _FuzzyBucket]:
    """Names of important places, bucketed by first letter and length, for misspellings."""
    buckets: dict[tuple[str, int], list[str]] = {}
    for key in gazetteer.name_keys():
        if _fuzzy_worthy(gazetteer, key):
            buckets.setdefault((key[0], len(key)), []).append(key)
    return _fuzzy_buckets(buckets)


def _fuzzy_buckets(buckets: dict[tuple[str, int], list[str]]
                   ) -> dict[tuple[str, int], _FuzzyBucket]:
    return {bucket: _FuzzyBucket(keys, np.array([_letter_set(key) for key in keys],
                                                dtype=np.uint32))
            for bucket, keys in buckets.items()}


def _fuzzy_worthy(gazetteer, key: str) -> bool:
    """Whether a misspelling may be read as this name: a name of one word of six letters
    or more, of a major place, or the own name (or a spelling of it) of a town of 15,000."""
    if " " in key or len(key) < 6 or not key.isalpha() or not key.isascii():
        return False
    best = gazetteer.candidates(key)[:1]
    if not best:
        return False
    # Misspellings of a place's own name, or of a major place's other names.
    major = (best[0].population >= 50_000 or best[0].source == "curated"
             or best[0].kind in {"country", "admin1", "region"})
    return major or (best[0].population >= 15_000 and spelling_of(key, best[0].name))


def _letter_set(key: str) -> int:
    """The letters a name is written with, one bit each (a to z; any other letter on a bit
    of its own). An edit (a letter put in, taken out or replaced) changes two bits at most:
    names whose sets differ in more bits than twice the edits allowed are farther apart,
    and are never compared letter by letter."""
    bits = 0
    for letter in key:
        code = ord(letter) - 97
        bits |= 1 << (code if 0 <= code < 26 else 26)
    return bits


class _Span(NamedTuple):
    start: int
    end: int
    key: str


def recognize(article: Article, index: NameIndex, gazetteer,
              lang: str | None = None) -> list[Mention]:
    """Every place-name mention in the article's body, with its candidates but no choice yet.

    Mentions are in text order; `place` is None and `candidates` lists the place_ids the
    name may stand for (empty for a name that looks like a place but has no entry).
    `lang` is the article's language (ISO 639-1), identified here when not given: it says
    how names are declined, elided and spelt, and which words around a name make it a
    place (see "other languages" below).
    """
    text = article.text
    folded = fold(text)
    language = place_language(article_language(text, lang, article.body_start))
    found_dateline = _dateline(text, article.body_start)
    dateline = _dateline_part(found_dateline, "place")
    surnames = _surnames(text, article.body_start)
    matches = _exact_matches(text, folded, index.automaton, article.body_start,
                             language.elisions if language else frozenset())
    if language is not None or _OTHER_SCRIPTS.search(text, article.body_start):
        # (First: of a name found both as written and in a reading, the reading weighed
        # against the word as written is kept, see `_longest_reading`.)
        matches = _inflected_matches(text, folded, index.automaton, article.body_start,
                                     language, gazetteer) + matches
    kept = _longest_first(matches, lambda s: _reads_as_place(text, s, gazetteer, dateline,
                                                             surnames, language))
    kept = _again_where_placed(text, matches, kept, lambda s, placed: _reads_as_place(
        text, s, gazetteer, dateline, surnames, language, placed))
    kept += _misspellings(text, kept, index, article.body_start, surnames, gazetteer)
    kept += _taught_aliases(text, kept, article.body_start, dateline)
    agency = _dateline_part(found_dateline, "agency")
    if agency is not None:
        kept = [s for s in kept if not agency[0] <= s.start < agency[1]]
    kept = sorted((_with_abbreviation_dot(text, _with_arabic_article(
        text, _without_article(text, s, gazetteer), gazetteer), gazetteer) for s in kept),
        key=lambda s: s.start)
    mentions = []
    for span in kept:
        role, candidates = _role_and_candidates(gazetteer, span.key)
        if dateline and dateline[0] <= span.start and span.end <= dateline[1]:
            role = "dateline"
        mentions.append(Mention(article.article_id, span.start, span.end,
                                text[span.start:span.end], role, None, 0.0, candidates))
    mentions += _unknown_place_names(text, kept, article, gazetteer, language)
    mentions.sort(key=lambda m: m.start)
    return mentions


@lru_cache(maxsize=65536)
def _role_and_candidates(gazetteer, key: str) -> tuple[str, tuple[str, ...]]:
    """A demonym's role and its country; or a name's, and the places it may stand for."""
    demonyms = gazetteer.demonyms()
    if key in demonyms:
        return "demonym", (demonyms[key],)
    plural = _plural_demonym(key, demonyms)
    if plural and not _names_a_country(key, gazetteer):
        # "Canadians"; but "Philippines" and "Laos" are countries, not Philippine+s
        return "demonym", (plural,)
    return "mention", tuple(p.place_id for p in gazetteer.candidates(key))


def _without_article(text: str, span: _Span, gazetteer) -> _Span:
    """"The United States" at a sentence's start is "United States"; "The Hague" stays."""
    if not (span.key.startswith("the ") and text[span.start:span.start + 4].lower() == "the "):
        return span
    best = gazetteer.candidates(span.key)[:1]
    if best and name_key(best[0].name).startswith("the "):
        return span
    return _Span(span.start + 4, span.end, span.key)


def _with_arabic_article(text: str, span: _Span, gazetteer) -> _Span:
    """"As-Sweida", "el-Fasher": an Arabic article joined to the name by a hyphen is the
    name's own, so the words before the name are read before the article ("in As-Sweida"
    is governed by "in"). The key is the name's as the gazetteer knows it: with the
    article where it has the name so ("ad-Dali" is Ad Dali in Yemen, not Dali in China),
    else without."""
    article = _JOINED_ARTICLE_BEFORE.search(text, max(0, span.start - 5), span.start)
    if article is None or article.group(1).lower() not in _ARABIC_ARTICLES or \
            span.key.startswith(f"{article.group(1).lower()} "):
        return span
    whole = f"{article.group(1).lower()} {span.key}"
    return _Span(article.start(), span.end,
                 whole if gazetteer.candidates(whole) else span.key)


# An article before a name, joined to it by a hyphen and standing as a word of its own.
_JOINED_ARTICLE_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z]{2,3})[-‐]$")


def _with_abbreviation_dot(text: str, span: _Span, gazetteer) -> _Span:
    """"Ga.", "Calif." and "W. Va." are abbreviations: their dot belongs to the name."""
    if span.end - span.start > 5 or text[span.end:span.end + 1] != "." or "." in span.key:
        return span
    letters = text[span.start:span.end].replace(". ", "")
    if not letters.isalpha() or letters.isupper() or not letters.isascii():
        return span  # "DRC." ends a sentence; acronyms take no dot of their own
    candidates = gazetteer.candidates(span.key)[:3]
    if candidates and all(name_key(p.name) != span.key for p in candidates) and not (
            _word_of_its_name(span.key, candidates[0])):
        return _Span(span.start, span.end + 1, span.key)
    return span


def _word_of_its_name(key: str, place: Place) -> bool:
    """Whether the key is a word of the place's name, and so no abbreviation of it: "the
    province of Anhui." ends a sentence on Anhui Sheng."""
    return key in name_key(place.name).split()


def _names_a_country(key: str, gazetteer) -> bool:
    return any(p.kind in {"country", "admin1", "region", "continent"}
               and name_key(p.name) == key for p in gazetteer.candidates(key)[:3])


def _plural_demonym(key: str, demonyms: Mapping[str, str]) -> str:
    if key not in demonyms and key.endswith("s") and key[:-1] in demonyms:
        return demonyms[key[:-1]]
    return ""


def _exact_matches(text: str, folded: str, automaton: NameTrie | OverlaidAutomaton,
                   start: int, elisions: frozenset[str] = frozenset()) -> list[_Span]:
    """Whole-word matches that begin with a capital letter (a name, as written); after an
    apostrophe, only where the word before it is one of the language's `elisions`
    ("l'Arménie", "d'Azerbaïdjan").

    The automaton's patterns and the scanned text have the characters between words
    marked, and each pattern opens and closes with a mark, so that names are only matched
    as whole words: scanning for names inside words ("ross" in "across", "stat" in
    "state") would cost many times as many matches to throw away.
    """
    if not len(automaton):
        return []
    scanned = _scanned(text, folded)
    spans = []
    # A match ends on the mark after the name: in `folded`, whose offsets are shifted by
    # one from `scanned`'s, that mark's index is the name's end.
    for after, (key, length, pattern, short) in automaton.iter(scanned, start):
        end = after - 1
        begin = end - length
        if not text[begin].isupper() or (
                begin >= 2 and folded[begin - 1] == "'" and _LETTER.match(folded, begin - 2)
                and not (elisions and _elided(folded, begin - 1, elisions))):
            continue  # not a name, or inside a longer word ("d'Ivoire" has no word "Ivoire")
        if short and not _SHORT_NAME.fullmatch(text, begin, end):
            continue  # "U.S.", "UK": in ASCII letters, and not after a dot ("p.m.") or "O'"
        # The marks stand for any character between words: the text must be the pattern.
        if not key:
            key = dict(pattern).get(folded[begin:end], "")
            if not key:
                continue
        elif pattern is not None and folded[begin:end] != pattern:
            continue
        spans.append(_Span(begin, end, key))
    return spans


_WORD_MARK = "\x01"
_LETTER = re.compile(r"[^\W\d_]")
_OTHER_SCRIPTS = re.compile(r"[\u0400-\u04ff\u0531-\u0587]")


def _elided(folded: str, apostrophe: int, elisions: frozenset[str]) -> bool:
    """Whether the letters before the apostrophe at `apostrophe` are a whole elided word."""
    at = apostrophe
    while at > 0 and folded[at - 1].isalpha():
        at -= 1
    return folded[at:apostrophe] in elisions


def _scanned(text: str, folded: str) -> str:
    """The text as the automaton reads it: folded, words marked (see `_mark_words`), and
    the first letter of each word that is in lower case after a space or a hyphen written
    as a capital.

    No name begins with a capital there, so the automaton leaves such words at its root
    without walking into the names they begin ("shelling", "state"): most words of news
    are these, and each step into a trie of millions of nodes is a likely cache miss. A
    name's later words that may be in lower case ("of" in "Gulf of Mexico") are in the
    automaton both ways (see `_case_variants`); a name's other words must be capitalised
    anyway (see `_capitalised_like_a_name`).
    """
    marked = _WORD_MARK + _mark_words(folded) + _WORD_MARK
    if not marked.isascii():
        return marked  # words in another script: read as folded, every match then weighed
    # A bit flag (0x20, the ASCII case bit) on each lower-case ASCII letter after a space
    # or a hyphen, which flips that letter of `marked`. (Other characters are read as "?":
    # a word after a space outside ASCII, or begun with a letter outside it, is left as it
    # is, which only costs the automaton a walk into it: a match that does not begin with
    # a capital is thrown away anyway.)
    cases_bytes = f" {text} ".encode("ascii", "replace")
    lower = int.from_bytes(cases_bytes.translate(_LOWER_CASE_FLAGS), "big")
    after_space = int.from_bytes(cases_bytes.translate(_SPACE_FLAGS), "big") >> 8
    flipped = int.from_bytes(marked.encode("ascii"), "big") ^ (lower & after_space)
    return flipped.to_bytes(len(marked), "big").decode("ascii")


# 0x20 on the lower-case ASCII letters; and on what `_capitalised_like_a_name` splits
# words at: white space (what str.isspace() calls space) and hyphens.
_LOWER_CASE_FLAGS = bytes(0x20 if chr(code).islower() else 0 for code in range(128)) + bytes(128)
_SPACE_FLAGS = bytes(0x20 if chr(code).isspace() or chr(code) == "-" else 0
                     for code in range(128)) + bytes(128)


def _mark_words(folded: str) -> str:
    """The folded text with every character but a word character replaced by a mark, one
    character for one: offsets are kept. (A translation, not a regex: ten times faster;
    and ASCII text as bytes, faster still.)"""
    if not folded.isascii():
        # Mark the other characters by the table first: what is left is ASCII, unless the
        # text has words in another script.
        marked = translate_non_ascii(folded, _WORD_MARKS)
        if not marked.isascii():
            return folded.translate(_WORD_MARKS)
        folded = marked
    return folded.encode("ascii").translate(_ASCII_WORD_MARKS).decode("ascii")


_WORD_MARKS = LearnedTable(lambda char: char if _WORD_CHAR.match(char) else _WORD_MARK)
# The same for ASCII text, as a bytes table (bytes of 128 and more never occur in it).
_ASCII_WORD_MARKS = bytes(ord(_WORD_MARKS[code]) for code in range(128)) + bytes(128)


_SHORT_NAME = re.compile(r"[A-Z](?<![\w.'’].)(?:[.&]? ?[A-Za-z]){1,2}\.?")


def _again_where_placed(text: str, matches: list[_Span], kept: list[_Span],
                        reads_as_place) -> list[_Span]:
    """One sense per discourse: a name the article used in a place's position ("rockets
    hit Shushi") is the place at its other uses too ("the Shushi bombing"), where alone it
    would need that position (other reasons against it still hold)."""
    placed = frozenset(s.key for s in kept)
    taken = _taken(len(text), kept)
    others = [s for s in matches if s.key in placed and taken.find(1, s.start, s.end) < 0]
    if not others:
        return kept
    found = _longest_first(others, lambda s: reads_as_place(s, placed))
    return sorted([*kept, *found], key=lambda s: s.start) if found else kept


def _longest_first(spans: Iterable[_Span], reads_as_place=None) -> list[_Span]:
    """Keep non-overlapping spans that read as places, the longest first, then the earliest.

    A span inside one already kept is never weighed: "York" in "New York" costs nothing. Nor
    is the tail of a longer name refused here: in "the district of Mondul Kiri", "Kiri" is no
    name of its own (a Japanese town's) when "Mondul Kiri" does not read as a place.
    """
    chosen: list[_Span] = []
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), s.start))
    taken = _taken(max((span.end for span in ordered), default=0))
    refused_ends: dict[int, int] = {}  # end -> start of the longest refused name ending there
    for span in ordered:
        if taken.find(1, span.start, span.end) >= 0 or refused_ends.get(
                span.end, span.start) < span.start:
            continue
        if reads_as_place is None or reads_as_place(span):
            chosen.append(span)
            _take(taken, span.start, span.end)
        else:
            refused_ends.setdefault(span.end, span.start)
    return sorted(chosen, key=lambda s: s.start)


# --- does a match read as a place? -------------------------------------------------------

def _reads_as_place(text: str, span: _Span, gazetteer, dateline: tuple[int, int] | None,
                    surnames: frozenset[str], language: PlaceLanguage | None = None,
                    placed_here: frozenset[str] = frozenset()) -> bool:
    surface = text[span.start:span.end]
    # (The rules of the word's language: English's unless the article is in another, or the
    # word is in another script.)
    own = (_word_language(surface, language) if language is not None or not surface.isascii()
           else None)
    name = _surface_facts(gazetteer, span.key, surface, own.code if own else "")
    if not name.capitalised:
        return False
    if own is None and _INSIDE_AN_APOSTROPHE_WORD.match(text, span.end):
        return False  # "Moa" in "Wa Harredh al Moa'mineen": part of a longer word
    if own is not None and (fold(surface) in own.not_places or span.key in own.not_places):
        return False
    if dateline and dateline[0] <= span.start < dateline[1]:
        return True
    if name.abbreviation_with_dot and text.startswith(".", span.end):
        return True  # "Ga.", "Calif.": a state's abbreviation, dot and all
    # (Whether the line is in capitals matters to names in capitals only.)
    in_capitals = name.upper and _in_capitals_line(text, span.start)
    if name.short or (name.acronym and not in_capitals):
        if not name.short_name_ok or _CURRENCY_AFTER.match(text, span.end):
            return False  # (or "US$ 20", "the US dollar": money, wherever it is spent)
        if name.upper and (name.dotted or not in_capitals):
            return True  # "S.C.", "UK": an abbreviation of a country or a state
    before = _previous_words(text, span.start, 2)
    if before and text.endswith("-", 0, span.start) and before[-1].lower() in _ARABIC_ARTICLES:
        # "in As-Sweida": the article is the name's own, the words before it are before it
        article_start = span.start - len(before[-1]) - 1
        before = _previous_words(text, article_start, 2)
        word = before[-1] if before else ""
        word_start = text.rfind(word, 0, article_start) if word else -1
        if word[:1].isupper() and not word.endswith(("'s", "’s")) and word_start >= 0 and \
                not text[word_start + len(word):article_start].strip() and \
                not _sentence_initial(text, word_start):
            return False  # "Ras al-Ain": the tail of a longer name, not Ain in France
    locative = bool(before) and (before[-1].lower() in LOCATIVES or (
        len(before) == 2 and before[-1] == "of" and before[-2].lower() in _SETTLEMENTS_OF))
    if own is not None and not locative:
        locative = in_a_place_position(text, span.start, span.end, span.key, own, before)
    if (name.needs_a_place_position and not locative and span.key not in placed_here
            and not ((text.startswith((",", "(", " ("), span.end)
                      or text[span.end + 1:span.end + 4] in _PLACE_WORD_OPENINGS)
                     and _followed_by_qualifier(text, span.end, gazetteer))
            and not (name.facts is not None and name.facts.another_places_name
                     and setting_in_brackets(text, span.start))):
        return False  # what `_plausible_given_how_common` would say, known sooner
    if _in_byline(text, span.start):
        return False
    after = _words_after(text, span.end)
    if _after_a_title(text, span.start, before):
        return False
    if before and before[-1].lower() in _NEWSPAPER_OPENERS and before[-1][:1].isupper():
        return False  # "Daily Sydney", "Weekly Kabul": a newspaper's name
    if (after and after[0].lower() in _NOT_A_PLACE_BEFORE) or text.startswith("$", span.end):
        return False  # "West Nile virus", "the Hong Kong dollar", "HK$"
    if _WEAPON_AFTER.match(text, span.end):
        return False  # "BM-21 Grad rockets": a weapon's model
    if after and after[0].lower() == "time" and _CLOCK_BEFORE.search(
            text, max(0, span.start - 20), span.start):
        return False  # "09:30 Kyiv time": the hour
    if own is not None and after and fold(after[0]) in own.organisation_heads:
        return False  # "Hraparak qəzeti": a newspaper's name
    # ("Washington Post", "Dublin Road": only a capitalised word after makes another name.)
    if after and after[0][:1].isupper() and (_names_an_organisation(after)
                                             or _part_of_a_longer_name(text, span.end)):
        return False
    if after and after[0] in _STREET_WORDS and _STREET_AFTER.match(text, span.end):
        return False  # "on Tumanyan street": a street named after it
    if after and after[0] in _LANDMARK_HEADS:
        return False  # "near Freedom Square", "on Gaza Street": a landmark named after it
    if name.demonym:
        return True  # ("Turkish Zorvakh forces": a people's word before a name is no head)
    if own is None and after and after[0][:1].isupper() and _head_of_an_unknown_name(
            text, span, after[0], gazetteer):
        return False
    if " " not in span.key and _part_of_a_persons_name(text, span, before, after, gazetteer):
        return False
    if (_a_surname_here(surface, surnames, gazetteer)
            and not (locative and before[-2:] != ["according", "to"])):
        return False  # "Jane Flores ... Flores said": the article named a person so
    if (own is not None and not locative and before
            and _after_a_name_word(text, span, before[-1], own, gazetteer)):
        return False  # "Возрождающая Армения", "Wohlhabendes Armenien": a party's name
    if not _plausible_given_how_common(text, span, before, after, gazetteer, name, locative,
                                       own is not None and own.nouns_capitalised,
                                       span.key in placed_here):
        return False
    # (Last, asked only of what reads as a place so far.)
    if ((text.startswith("-", span.end) or text.endswith("-", 0, span.start))
            and _part_of_a_hyphenated_name(text, span, gazetteer)):
        return False  # "Haute-Kotto", "Sava-Bemaraha"
    return not (after and ((len(after) > 1 and after[1] in PLACE_WORDS)
                           or after[0][:2].lower() in _ARTICLES_IN_NAMES)
                and _head_of_a_longer_place_name(text, span.end, gazetteer))
    # ("Bali Kambang village", "Jisr ash Shughur")


class _SurfaceFacts(NamedTuple):
    """What `_reads_as_place` weighs of a match that its context does not change."""

    capitalised: bool  # see `_capitalised_like_a_name`
    abbreviation_with_dot: bool  # read as an abbreviation when a dot follows ("Ga.")
    upper: bool  # its letters in capitals ("UK", "U.S.")
    short: bool  # three letters or fewer
    acronym: bool  # five capitals or fewer
    short_name_ok: bool  # see `_short_name_ok`
    dotted: bool  # written with a dot ("U.S.")
    needs_a_place_position: bool  # see `_needs_a_place_position`; never a demonym's
    demonym: bool  # "Armenian", "Canadians"
    never_alone: bool  # a word that names no place alone ("City", "Street"; `_NEVER_ALONE`)
    facts: _NameFacts | None  # the name's own, see `_name_facts`


@lru_cache(maxsize=65536)
def _surface_facts(gazetteer, key: str, surface: str, code: str = "") -> _SurfaceFacts:
    """Worked out once a name as written: the same names come back in article after
    article. `code`: the language the name is read in ("" for English)."""
    letters = surface.replace(".", "")
    upper = letters.isupper()
    demonyms = gazetteer.demonyms()
    demonym = key in demonyms or bool(_plural_demonym(key, demonyms))
    language = place_language(code)
    wordfreq = language.wordfreq if language is not None else "en"
    return _SurfaceFacts(
        capitalised=_capitalised_like_a_name(surface, language),
        abbreviation_with_dot=_abbreviation_with_dot(letters, key, gazetteer),
        upper=upper, short=len(letters) <= 3, acronym=upper and len(letters) <= 5,
        short_name_ok=_short_name_ok(surface, key, gazetteer), dotted="." in surface,
        needs_a_place_position=not demonym and _needs_a_place_position(gazetteer, key, surface,
                                                                         wordfreq),
        demonym=demonym, never_alone=name_key(surface) in _NEVER_ALONE,
        facts=_name_facts(gazetteer, key, wordfreq, _as_written(surface, key, wordfreq)))


def _as_written(surface: str, key: str, wordfreq: str) -> str:
    """The name as a word of its language, where folding changed more than its case: in
    German "Häuser" is a common word, and "hauser" a rare one."""
    written = surface.lower()
    return written if wordfreq != "en" and written != key else ""


def _after_a_name_word(text: str, span: _Span, previous: str, language: PlaceLanguage,
                       gazetteer) -> bool:
    """Whether a name written as it is (not declined: "Армения", not "Армении", which is
    "of Armenia") follows a capitalised word of the same name that is no place, no first
    name, no word for a place and no sentence's first word: the tail of another proper
    name, a party's or a newspaper's ("Возрождающая Армения", "Wohlhabendes Armenien")."""
    if not (previous[:1].isupper() and previous[1:].islower() and previous.isalpha()):
        return False
    if fold(text[span.start:span.end]) != span.key:
        return False
    at = span.start - len(previous) - 1
    if at < 0 or text[at:span.start] != previous + " " or _sentence_initial(text, at):
        return False
    word = fold(previous)
    if (word in language.place_nouns or word in language.locatives or word in language.name_words
            or word in _NAME_FUNCTION_WORDS):
        return False
    # (A common word is a conjunction or an adverb opening a clause, "Nachdem Russland";
    # a party's or a newspaper's name is made of rarer ones.)
    if language.wordfreq and word_commonness(word, language.wordfreq) >= 4.0:
        return False
    return not gazetteer.candidates(word) and not is_first_name(previous)


def _after_a_title(text: str, start: int, before: list[str]) -> bool:
    """"Gov. Culver", "President Aliyev", "the spokesman, Hartl": a title before a name
    makes it a person's; not a title that ends a sentence ("met the mayor. Paris said"), nor
    the tail of a hyphenated name ("Port-au-Prince, Dar es Salaam")."""
    if not before:
        return False
    word = before[-1]
    title = word.lower().rstrip(".")
    if title not in _HONORIFICS or (word.endswith(".") and len(title) > 4):
        return False  # "Capt." is a title; "mayor." ends a sentence
    at = text.rfind(word, max(0, start - 32), start)
    return not (at > 0 and text[at - 1] == "-")


def _surnames(text: str, start: int) -> frozenset[str]:
    """Words the article uses as people's surnames: after a first name or a title.

    A well-known place is never taken for one (see `_a_surname_here`); that is asked of
    the few of these words that a name is matched at, not of every one.
    """
    found = set()
    titled_first_names = set()  # where the word after a title begins
    for match in _PERSON.finditer(text, start):
        first, surname = match.groups()
        cue = _person_cue(first)
        after_a_title = (not cue and titled_first_names and match.start(1) in titled_first_names
                         and not first.endswith("."))
        if not (cue or after_a_title):
            continue  # (most pairs of capitalised words: no saint's name need be ruled out)
        saint = _SAINT_BEFORE.search(text, max(0, match.start() - 8), match.start())
        if saint and saint.group(1).lower() in _SAINTS:
            continue  # "San Pedro Tovar", "São João Batista": a saint's, in a place's name
        if cue == _TITLE:
            # "Gov. Chet Culver": after a title, the next two capitalised words are a name.
            titled_first_names.add(match.start(2))
        found.add(surname)
    return frozenset(found)


def _a_surname_here(word: str, surnames: frozenset[str], gazetteer) -> bool:
    """Whether the article uses the word as a person's surname (see `_surnames`)."""
    return word in surnames and not _well_known_place(gazetteer, word)


_TITLE, _FIRST_NAME = "title", "first name"
# Words for a saint, before the saint's first name in the names of places.
_SAINTS = frozenset("san santa santo são sao saint sainte st ste".split())
_SAINT_BEFORE = re.compile(r"\b(\w+)\.? $")


@lru_cache(maxsize=65536)
def _person_cue(word: str) -> str:
    """Whether a capitalised word makes the next one a surname: a title ("Gov.",
    "President") or a first name; "" when it does not."""
    if word.lower().rstrip(".") in _HONORIFICS:
        return _TITLE
    return _FIRST_NAME if is_first_name(word) else ""


def _in_byline(text: str, start: int) -> bool:
    """"By Sydney Harper | October 4, 2020": the names on a byline are people."""
    return bool(_BYLINE.match(text, text.rfind("\n", 0, start) + 1, start))


_BYLINE = re.compile(r"\s*(?:By|BY|Written by|Reporting by)\s+[^|,\d]*$")


def _capitalised_like_a_name(surface: str, language: PlaceLanguage | None = None) -> bool:
    words = _NAME_WORD_GAP.split(surface)
    if not words[0][:1].isupper():
        return False
    if any(_INNER_CAPITALS.search(w) and not w.isupper() for w in words):
        return False  # "SaRaNa", "KoPoLo": an acronym's letters, not a name (but "McAllen")
    return all(w[:1].isupper() or w.lower() in _NAME_FUNCTION_WORDS or not w[:1].isalpha()
               or (i == len(words) - 2 and w.lower() in _GEOGRAPHIC_TERMS)
               or (language is not None and _a_name_word(fold(w), language))
               for i, w in enumerate(words[1:]))


def _a_name_word(word: str, language: PlaceLanguage) -> bool:
    """A lower-case word that may stand inside a name in the language ("коридор",
    "коридоре")."""
    return word in language.name_words or any(
        form in language.name_words for form in readings(word, language.code))


_NAME_WORD_GAP = re.compile(r"[\s\-]+")
# Two capitals inside a word, each after a small letter.
_INNER_CAPITALS = re.compile(r"[a-z][A-Z].*[a-z][A-Z]")


def _abbreviation_with_dot(letters: str, key: str, gazetteer) -> bool:
    """Whether a name written with a dot after it abbreviates a division or a country's
    name ("Ga.", "Calif.") rather than ending a sentence."""
    if not (letters.istitle() and len(letters) <= 5):
        return False
    candidates = gazetteer.candidates(key)[:5]
    return any(p.kind in {"country", "admin1", "region"} and name_key(p.name) != key
               for p in candidates) and not _word_of_its_name(key, candidates[0])


def _short_name_ok(surface: str, key: str, gazetteer) -> bool:
    """Two- and three-letter names: abbreviations in capitals ("UK", "U.S.") or real short
    names of known places ("Ur" would be too risky; "Ely" is a city of 20,000)."""
    letters = surface.replace(".", "")
    if letters.isupper() and len(letters) >= 2:
        return any(p.kind in {"country", "admin1", "continent", "region"} or p.source == "curated"
                   for p in gazetteer.candidates(key)[:5])
    best = gazetteer.candidates(key)[:1]
    return bool(best) and best[0].population >= 15_000 and len(letters) == 3


def _names_an_organisation(after: list[str]) -> bool:
    """"Washington Post", "Sydney Morning Herald": capitalised words ending in an org head.
    (Not a club: "the Quetta Press Club" is a hall in Quetta, where protests are held.)"""
    for index, word in enumerate(after):
        if not word[:1].isupper():
            return False
        if word.lower().strip("'’") in _ORGANISATION_HEADS:
            return after[index + 1:index + 2] != ["Club"]
    return False


# A landmark's word after a name, capitalised as part of the landmark's own name ("Freedom
# Square", "Gaza Street", "Azadi Stadium"): the name is the landmark's, no place's.
_LANDMARK_HEADS = frozenset("Square Street Avenue Boulevard Stadium Mosque Church Cathedral "
                            "Palace Prospect Embankment".split())
_NEXT_CAPITALISED_WORD = re.compile(r" ([A-Z][a-z]+)\b(\.?)(?! ?\d)")
# A street's word in lower case, as many write a street named after a town or a person ("on
# Tumanyan street, the ombudsman said"), where it ends its phrase: not a noun's modifier
# ("Yerevan street protests").
_STREET_WORDS = frozenset({"street", "avenue", "boulevard"})
_STREET_AFTER = re.compile(rf" (?:{'|'.join(sorted(_STREET_WORDS))})\b(?=\s*(?:[,.;:)]|$|"
                           r"(?:in|of|near|and|at|on|where|when|which|who|that)\b))")


def _part_of_a_longer_name(text: str, end: int) -> bool:
    """"Dublin Road", "Otter Tail Valley": the words after make a name of something else.
    ("County Road 4" is a road numbered within the county, which stays a place.)"""
    match = _NEXT_CAPITALISED_WORD.match(text, end)
    return bool(match) and match.group(1).lower() in _LONGER_NAME_HEADS


def _head_of_a_longer_place_name(text: str, end: int, gazetteer) -> bool:
    """"Jisr ash Shughur", "Bali Kambang village": the words after make the name of another
    place, which the gazetteer lacks: an Arabic article and a capitalised word, or a
    capitalised word that is no place's name nor a first name, before a word for a place."""
    match = _LONGER_PLACE_NAME_AFTER.match(text, end)
    if match is None:
        return False
    word = match["word"]
    return word is None or not (gazetteer.candidates(word) or is_first_name(word))


def _head_of_an_unknown_name(text: str, span: _Span, following: str, gazetteer) -> bool:
    """"Bali Dorvakh", "Rio Sentara Holdings": a capitalised word
    right after the name (one space between) that is no English word, no place's name and
    no first name makes one longer name with it, of a place (or a firm, a person) the
    gazetteer lacks. (Not after a country's name: "the president of Lebanon Zorvakh
    Tafiq".)"""
    end = span.end
    if not (text.startswith(following, end + 1) and text[end:end + 1] == " "
            and following.isascii() and following.isalpha() and following[1:].islower()
            and word_commonness(following.lower()) < _RARE_WORD
            and not gazetteer.candidates(following) and not is_first_name(following)):
        return False
    first = gazetteer.candidates(span.key)[:1]
    return not (first and first[0].kind == "country")


_RARE_WORD = 2.0  # (wordfreq's Zipf scale: "Reservas" 1.0, "Citadel" 3.3, "Bank" 5.2)


def _part_of_a_persons_name(text: str, span: _Span, before: list[str], after: list[str],
                            gazetteer) -> bool:
    """"George Washington", "Jordan Peterson", "Sydney Harper": a first name beside a
    capitalised word that is not itself a place."""
    if (text.startswith(". ", span.end + 2) and _MIDDLE_INITIAL_AFTER.match(text, span.end)) or (
            text.endswith(". ", 0, span.start)
            and _MIDDLE_INITIAL_BEFORE.search(text, max(0, span.start - 40), span.start)):
        return True  # "Carey L. Biron", "George W. Bush": a middle initial marks a person
    previous = before[-1] if before else ""
    surface = text[span.start:span.end]
    if (_TITLE_CASE_WORD.fullmatch(previous) and is_first_name(previous)
            and text[max(0, span.start - len(previous) - 1):span.start].strip() == previous
            and not (gazetteer.candidates(previous) and _strong_place(gazetteer, surface))):
        return True  # right after a first name
    following = after[0] if after else ""
    if not (following[:1].isupper() and following.isalpha() and is_first_name(surface)):
        return False
    if following.lower() in _NAME_FUNCTION_WORDS:
        return False
    # "Georgia Armenia" is two places; "Georgia Mills" is a person.
    return not _strong_place(gazetteer, following)


def _part_of_a_hyphenated_name(text: str, span: _Span, gazetteer) -> bool:
    """"Haute-Kotto", "Sava-Bemaraha": joined by a hyphen to a capitalised word that is
    no important place, the name is part of another place's name, which the gazetteer
    lacks (had it known it, the longest match would have taken it). Not an Arabic article
    ("Al-Hasakah" is Hasakah), nor a pair of places ("Kabul-Kandahar", or two towns near
    each other), nor a pair used as an adjective ("the Iran-Iraq war", "a US-Iran deal"),
    nor an important town before the name of its quarter ("Sarajevo-Centar": in
    Sarajevo)."""
    if text.startswith("-", span.end):
        facts = _name_facts(gazetteer, span.key)
        if facts is not None and facts.best.kind == "city" and facts.important:
            return False
        other = _HYPHENATED_WORD_AFTER.match(text, span.end)
        end = other.end() if other else 0
    elif span.start and text[span.start - 1] == "-":
        other = _HYPHENATED_WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
        end = span.end
    else:
        return False
    if not other or other.group(1).lower() in _ARABIC_ARTICLES:
        return False
    word = other.group(1)
    if _a_pair_of_places(gazetteer, span.key, word) or _namesakes_near(gazetteer, span.key,
                                                                        word):
        return False
    if _strong_place(gazetteer, word) or (_strong_place(gazetteer, span.key)
                                          and gazetteer.candidates(word)):
        return True  # "Gitega-Lac": a town and a province of another country, one name
    # Else the whole compound must stand as a name: at a clause's end, or before a word for
    # a place ("the Haute-Kotto prefecture"); not before a noun it describes.
    following = _WORD_AFTER_A_COMPOUND.match(text, end)
    return not (following and not following.group(1)[:1].isupper()
                and following.group(1).lower() not in PLACE_WORDS)


def _a_pair_of_places(gazetteer, key: str, word: str) -> bool:
    """Whether two names joined by a hyphen read as two places ("Kabul-Kandahar",
    "Iran-Iraq", "Yerevan-Tbilisi"): the other is a country, a city of 100,000 or a province
    of the first's country. "Gitega-Lac" (Gitega is a town of Burundi, Lac a province of
    Chad) is one name."""
    others = gazetteer.candidates(word)[:5]
    if any(p.kind in {"country", "continent"} or p.kind == "city" and p.population >= 100_000
           for p in others):
        return True
    countries = {p.country for p in gazetteer.candidates(key)[:5]}
    return any(p.kind in {"admin1", "region"} and p.country in countries for p in others)


@lru_cache(maxsize=4096)
def _namesakes_near(gazetteer, key: str, word: str) -> bool:
    """Whether some place of each name lies within about 150 km of one of the other's."""
    others = gazetteer.candidates(word)[:10]
    return any(abs(a.lat - b.lat) < 1.4 and abs(a.lon - b.lon) * math.cos(math.radians(a.lat)) < 1.4
               for a in gazetteer.candidates(key)[:10] for b in others)


# A word in title case ("Kotto"; not "R-Ohio", "NATO-Iran", "Japan-U.S.", whose other part
# is an initial or an abbreviation), without an apostrophe's ending.
# (In Latin, Cyrillic or Armenian letters: "Новости-Армения" is a news agency's name.)
_TITLE_CASE_OPENING = r"(?:[A-Z][a-z]|[А-ЯЁ][а-яё]|[Ա-Ֆ][ա-ֆ])"
_HYPHENATED_WORD_AFTER = re.compile(rf"-({_TITLE_CASE_OPENING}[\w]*)(?:['’]s)?(?![\w.'’])")
_HYPHENATED_WORD_BEFORE = re.compile(rf"(?<![\w.'’-])({_TITLE_CASE_OPENING}[\w]*)-$")
_WORD_AFTER_A_COMPOUND = re.compile(r"[ \u00a0]+([\w'’]+)")
_ARABIC_ARTICLES = frozenset("al el ad ar as an at ash az ed en er es et ez ul".split())
# Words for a settlement or a division, as written after or before a place's name ("Rampur
# town", "the village of Benson", "Shimla district", "Ikeja LGA").
PLACE_WORDS = frozenset(
    "city town village hamlet settlement area locality neighbourhood neighborhood suburb "
    "quarter district province region county state municipality governorate oblast rayon "
    "raion marz krai prefecture department commune subdivision sub-district subdistrict "
    "division township tehsil taluk taluka block sector zone lga payam ward sub-county "
    "subcounty cercle canton arrondissement".split()) | {"local government area"}

# Words for a settlement before "of" and its name, which stands where a place does: "the
# town of Sake" (a common word as a name, "Sake", is then the town).
_SETTLEMENTS_OF = frozenset(
    "city town village hamlet settlement locality outskirts neighbourhood neighborhood "
    "suburb countryside vicinity".split())

# Sites news names after the town they stand at: "the Lachin checkpoint", "the Rafah
# crossing", "the Tartar front", "the Goris airport" are at that town, "the Hadrut area"
# around it, and so is a defence ministry's "Fuzuli direction".
_SITES_AT_A_PLACE = frozenset(
    "checkpoint checkpoints crossing crossings border frontier front airport airfield "
    "garrison area areas direction directions base bases airbase outpost outposts "
    "barracks".split())
# ... and the words of a kind of base before one ("the Faya-Largeau military base").
_KINDS_OF_BASE = frozenset("military air army naval".split())


def _site_after_its_kind(text: str, end: int) -> bool:
    """Whether the second word after a name is a site ("the X military base")."""
    words = _next_words(text, end, 2)
    return len(words) == 2 and words[1] in _SITES_AT_A_PLACE

# ... and so are the names listed before their plural ("the Aghdam and Fuzuli directions").
_LISTED_BEFORE_SITES = re.compile(
    r"(?:,[ \u00a0]+[A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*)?){0,6},?[ \u00a0]+(?:and|or)"
    r"[ \u00a0]+[A-Z][\w'’\-]*(?:[ \u00a0][A-Z][\w'’\-]*)?[ \u00a0]+"
    rf"(?:{'|'.join(sorted(w for w in _SITES_AT_A_PLACE if w.endswith('s')))})\b")

# A misspelt name is also expected before these ("the Jebrayil area").
_MISSPELLING_CUES_AFTER = PLACE_WORDS | _SITES_AT_A_PLACE

# (The first two letters of each: "ash" too.)
_ARTICLES_IN_NAMES = frozenset("al el ar as az ad ed ez ul".split())
_LONGER_PLACE_NAME_AFTER = re.compile(
    r"[ \u00a0](?:(?i:al|el|ar|ash|az|ad|ed|ez|ul)[ \-][A-Z]"
    rf"|(?P<word>[A-Z][a-z][\w'’]*)[ \u00a0](?:{'|'.join(sorted(PLACE_WORDS))})\b)")


_TITLE_CASE_WORD = re.compile(r"[A-Z][a-z]+")
_MIDDLE_INITIAL_AFTER = re.compile(r" [A-Z]\. [A-Z][a-z]")
_MIDDLE_INITIAL_BEFORE = re.compile(r"\b[A-Z][a-z]+ [A-Z]\. $")


@lru_cache(maxsize=65536)
def _well_known_place(gazetteer, word: str) -> bool:
    """A country, a continent or a city of a million: never taken for a surname."""
    return any(p.kind in {"country", "continent"} or p.population >= 1_000_000
               for p in gazetteer.candidates(word)[:5])


@lru_cache(maxsize=65536)
def _strong_place(gazetteer, word: str) -> bool:
    return any(p.kind in {"country", "admin1", "continent", "region"} or p.population >= 100_000
               for p in gazetteer.candidates(word)[:5])


def _plausible_given_how_common(text: str, span: _Span, before: list[str], after: list[str],
                                gazetteer, name: _SurfaceFacts, locative: bool,
                                nouns_capitalised: bool = False,
                                placed_here: bool = False) -> bool:
    """A capitalised name is a place unless it is also a common word with little else for it.

    Common words ("Nice", "Reading", "Police") are capitalised at a sentence's start or in
    a headline; there we want more: an important place, or a locative preposition before it.
    """
    facts = name.facts
    if facts is None:
        return False
    surface = text[span.start:span.end]
    best, important = facts.best, facts.important
    qualified = ((text.startswith((",", "(", " ("), span.end)
                  or (bool(after) and after[0] in PLACE_WORDS))
                 and _followed_by_qualifier(text, span.end, gazetteer))
    if name.never_alone:
        return False
    if not important and not locative and (
            (after and after[0] in _SPEECH_VERBS and not (before and before[-1] == "of"))
            or (before and before[-1] in _SPEECH_VERBS and not after)):
        return False  # "McKinney said", "said Culver.": a minor place's name is a person's
    if surface in _MONTHS_AND_DAYS or facts.generic:
        return qualified
    if (before and before[-1] == "the" and not important and not facts.names_an_area
            and not placed_here and division_word_after(text, span.end) is None
            and not (after and (after[0] in _SITES_AT_A_PLACE or after[0] in _KINDS_OF_BASE
                                and _site_after_its_kind(text, span.end)))
            and not _LISTED_BEFORE_SITES.match(text, span.end)):
        # "the Red Cross", "the Police chief"; but "the Potomac", "the Lachin district",
        # "the Lachin checkpoint", "the Aghdam, Fuzuli and Lachin directions"
        return False
    if facts.another_places_name:
        # ("Marjayoun (Nabatieh)": a bracket of names after a name is where its setting is
        # written, as a hierarchy's position is)
        return locative or qualified or setting_in_brackets(text, span.start)
    if not important and " " not in span.key and (
            is_first_name(surface) or _SURNAME_SHAPE.match(span.key)):
        return locative or qualified  # "Meredith said", "McGraw said": a person until shown
    if (not important and not nouns_capitalised
            and _inside_a_longer_name(text, span.start, before, gazetteer)):
        return locative or qualified  # "State Duma", "Southridge High"
    if facts.ordinary_words:
        return locative or qualified
    if facts.not_a_word:
        return True  # nothing to weigh
    # An ordinary word: capitals at a sentence's start or in a headline say nothing. (Looked
    # at only where the answer turns on it.)
    commonness = facts.commonness
    if " " in span.key:
        return not _capitalised_anyway(text, span.start)
    if locative or qualified:
        return commonness < 5.5 or important
    if nouns_capitalised and not important:
        return False  # (German: "mit Artillerie", a noun's capital says nothing of a name)
    if commonness >= 5.5:
        return important and not _capitalised_anyway(text, span.start)
    if commonness >= 3.8:
        if not important:
            return False
        return (best.population >= 1_000_000 or best.kind != "city"
                or not _capitalised_anyway(text, span.start))
    return important or not _capitalised_anyway(text, span.start)


def _needs_a_place_position(gazetteer, key: str, surface: str, wordfreq: str = "en") -> bool:
    """Whether `_plausible_given_how_common` turns the name down wherever it stands unless
    a locative is before it or a qualifier after it ("March", "Police", "David", "But")."""
    facts = _name_facts(gazetteer, key, wordfreq, _as_written(surface, key, wordfreq))
    if facts is None:
        return True
    single_word = " " not in key
    return (name_key(surface) in _NEVER_ALONE or surface in _MONTHS_AND_DAYS or facts.generic
            or facts.another_places_name
            or (not facts.important and single_word
                and (is_first_name(surface) or bool(_SURNAME_SHAPE.match(key))))
            or facts.ordinary_words
            or (not facts.not_a_word and single_word and facts.commonness >= 3.8
                and not facts.important))


class _NameFacts(NamedTuple):
    """What `_plausible_given_how_common` weighs of a name that its context does not change."""

    best: Place
    important: bool  # a country, division, region, curated place or city of 100,000
    names_an_area: bool  # one of its first five entries is a region, country... ("Potomac")
    commonness: float  # as an English word
    generic: bool  # a compass or other generic word ("Western", "Centre")
    # Only an alternate name, and a common word ("Guard" for Detroit, "Jewish" for the
    # Jewish Autonomous Oblast) or a minor place's ("Eberhart"): a place only where the words
    # around say so.
    another_places_name: bool
    ordinary_words: bool  # "White House", "Red Cross": ordinary words, and only a hamlet's
    not_a_word: bool  # not an English word (or several words, not common together)


@lru_cache(maxsize=65536)
def _name_facts(gazetteer, key: str, wordfreq: str = "en",
                written: str = "") -> _NameFacts | None:
    """Worked out once a name: the same names come back in article after article.
    `wordfreq`: the language its commonness as a word is weighed in; `written`: the name
    as that language writes the word, where its key folds letters away (see `_as_written`)."""
    candidates = gazetteer.candidates(key)
    if not candidates:
        return None
    best = candidates[0]
    important = (best.kind in {"country", "continent", "admin1", "region"}
                 or best.source == "curated" or best.population >= 100_000)
    commonness = max(word_commonness(key, wordfreq),
                     word_commonness(written, wordfreq) if written else 0.0)
    by_own_name = best.source == "curated" or any(
        spelling_of(key, p.name) for p in candidates[:3])
    words = key.split()
    return _NameFacts(
        best, important,
        names_an_area=any(p.kind in _AREA_KINDS for p in candidates[:5]),
        commonness=commonness,
        generic=key in _GENERIC_NAME_WORDS,
        # (In another language a common word may be the language's name of a major place:
        # "Moskau" is as common in German as Moscow; its commonness is weighed below.)
        another_places_name=not by_own_name and (
            (commonness >= 3.5 and wordfreq == "en") or not important
            or (best.kind == "city" and best.population < 1_000_000)
        ) and best.kind not in {"country", "continent"},
        ordinary_words=(
            len(words) > 1 and best.kind == "city" and best.population < 15_000
            and all(word_commonness(w, wordfreq) >= 4.0 for w in words)
            and not any(w in _GEOGRAPHIC_TERMS or w in _NEVER_ALONE or w in _NAME_FUNCTION_WORDS
                        for w in words)),
        not_a_word=commonness < 3.0 or (len(words) > 1 and (commonness < 5.0 or important)))


def _capitalised_anyway(text: str, start: int) -> bool:
    """A word at a sentence's start or in a headline is capitalised whatever it is."""
    return (_sentence_initial(text, start) or _in_capitals_line(text, start)
            or _in_title_case_run(text, start))


def spelling_of(key: str, name: str) -> bool:
    """Whether `key` is the name itself or a spelling of it ("Lachin" of "Laçın", "Варденис"
    of "Vardenis"), rather than another name altogether ("Eberhart" for Malinovo)."""
    own = name_key(name)
    return key == own or any(Indel.normalized_similarity(form, own) >= 0.7
                             for form in latin_forms(key))


@lru_cache(maxsize=65536)
def latin_forms(key: str) -> tuple[str, ...]:
    """The key, or its readings in Latin letters when it is written in another script that
    the languages' data transliterate (Cyrillic, Armenian)."""
    if key.isascii():
        return (key,)
    script = _script_language(key)
    language = place_language(script) if script else None
    forms = _transliterations(key, language.transliteration) if language else []
    return tuple(forms[:4]) or (key,)


def _followed_by_qualifier(text: str, end: int, gazetteer) -> bool:
    """"Paris, Texas", "COLUMBUS, Ohio", "Alexandria, Va.", "Stanleyville city, Tshopo" and
    "Rampur town (Shimla district, Himachal Pradesh)" read as places whatever the words
    are."""
    match = _QUALIFIER_AFTER.match(text, end, end + 60)
    if not match:
        return False
    for name in (match.group(1), match.group(1).split()[0]):
        if any(p.kind in {"country", "admin1", "admin2", "region"}
               for p in gazetteer.candidates(name)[:5]):
            return True
    return False


# (What a word for a place opens with: `_followed_by_qualifier` is asked only after one.)
_PLACE_WORD_OPENINGS = frozenset(word[:3] for word in PLACE_WORDS)
_QUALIFIER_AFTER = re.compile(
    r"(?:[ \u00a0]\([^()\n]{1,30}\))?"  # another name for it: "Khankendi (Stepanakert) city"
    rf"(?:[ \u00a0](?:{'|'.join(sorted(PLACE_WORDS))})\b)*(?:,\s*|,?\s*\(\s*)"
    r"([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")


def division_word_after(text: str, end: int) -> bool | None:
    """Whether the name that ends at `end` is written with a division word after it ("the
    Kalbajar district", "Syunik Region", "Laçın rayonu", "Тертерского района"), or is
    listed before a plural one ("Luhansk and Donetsk oblasts", "the Aghdam, Kalbajar and
    Lachin districts", "Лачинского и Кельбаджарского районов"): None if not, else whether
    the word names nothing but a division (see `DIVISION_WORDS`, and each language's; not
    in "the Moscow district court")."""
    match = _division_word_regex().match(text, end)
    if not match:
        return None
    word = match["word"].lower()
    singular = word.removesuffix("s")
    english = word in DIVISION_WORDS or singular in DIVISION_WORDS
    if match["listed"] and singular == word and english:
        return None  # "Aghdam, Lachin district": the district is Lachin's
    strict = DIVISION_WORDS.get(word, DIVISION_WORDS.get(singular))
    if strict is None:
        strict = _other_division_words().get(fold(word))
    if strict is None:
        return None
    return strict and (match["next"] or "").lower() not in _NOUNS_AFTER_A_DIVISION_WORD


@lru_cache(maxsize=1)
def _other_division_words() -> dict[str, bool]:
    """The division words of the other languages, folded ("раион", "rayonu")."""
    words: dict[str, bool] = {}
    for code in _languages_with_place_words():
        for word, strict in place_language(code).division_words.items():
            words.setdefault(fold(word), strict)
    return words


@lru_cache(maxsize=1)
def list_joiners() -> frozenset[str]:
    """The words that join the last member of a list of names ("and", "or"), in any language
    with place words."""
    return frozenset({"and", "or"}.union(*(_natural_words(code, "AND_OR")
                                           for code in _languages_with_place_words())))


@lru_cache(maxsize=1)
def _division_word_regex() -> re.Pattern:
    """A division word after a name (and the word after it), perhaps past a list of names
    that it ends; in any language with place words (see `division_word_after`)."""
    others = set()
    for code in _languages_with_place_words():
        others.update(w.lower() for w in place_language(code).division_words)
    and_or = list_joiners()
    words = sorted({*DIVISION_WORDS, *others}, key=len, reverse=True)
    return re.compile(
        rf"(?P<listed>(?:,?[ \u00a0](?:{'|'.join(sorted(and_or, key=len, reverse=True))})"
        r"[ \u00a0]|,[ \u00a0])(?=[^\W\d_])(?![a-z])[\w'’\-]*"
        r"(?:[ \u00a0](?=[^\W\d_])(?![a-z])[\w'’\-]*)?)*"
        rf"[ \u00a0](?P<word>(?i:{'|'.join(words)})s?)(?!\w)(?:[ \u00a0](?P<next>[A-Za-z]+))?")


_APOSTROPHE_ENDING = re.compile(r"['’]([^\W\d_]{1,4})(?!\w)")
# In English, letters after an apostrophe other than a possessive's or a contraction's make
# one word with the name before it ("Moa'mineen", "Ta'izz" is matched whole or not at all).
_INSIDE_AN_APOSTROPHE_WORD = re.compile(r"['’](?![sd]\b|ll\b|re\b|ve\b)[^\W\d_]{2,}")


@cache
def _name_words_of_places(code: str) -> frozenset[str]:
    """A language's division words and lower-case words of names, folded."""
    language = place_language(code)
    return frozenset({*(fold(w) for w in language.division_words), *language.name_words,
                      *language.place_words_after})


def _natural_words(code: str, name: str) -> frozenset[str]:
    """A language's words as its data writes them (not folded)."""
    return frozenset(getattr(importlib.import_module(f"geo.lang.{code}.places"), name, ()))


def in_a_place_position(text: str, start: int, end: int, key: str,
                        language: PlaceLanguage, before: list[str] | None = None) -> bool:
    """Whether the name at `start:end` stands where the language puts a place: after a
    locative ("в Шуше", "près de"), after a word for a place ("город Степанакерт", "la
    ville de Tartar", "die Stadt Latschin"), with a case ending that says where
    ("Tərtərdə", "Ստեփանակերտում"), or before a word for a place ("Gence kentine", "Laçın
    rayonu"). `key`: the name's gazetteer key (a declined name is written otherwise)."""
    if " " in key and key.rsplit(" ", 1)[1] in _name_words_of_places(language.code):
        return True  # "Ходжалинский район", "Laçın dəhlizi": the name says what it is
    if before is None:
        before = _previous_words(text, start, 2)
    words = [fold(word).rstrip("'") for word in before]
    if words and (words[-1] in language.locatives or words[-1] in language.place_nouns):
        return True
    if (len(words) == 2 and words[-1] in language.of_words
            and words[-2] in language.place_nouns):
        return True
    if language.locative_endings:
        written = fold(text[start:end])
        if written != key and written.endswith(language.locative_endings):
            return True
        # (Turkish writes the ending after an apostrophe: "Terter'de", "Tovuz'a".)
        ending = _APOSTROPHE_ENDING.match(text, end)
        if ending and fold(ending.group(1)) in language.locative_endings:
            return True
    if language.place_words_after:
        after = _ONE_WORD.match(text, end, min(end + 60, len(text)))
        if after and fold(after.group(1)) in language.place_words_after:
            return True
    return bool(language.division_words) and division_word_after(text, end) is not None


# A bracket of names: "(Shimla district, Himachal Pradesh)".
NAMES_LIST = re.compile(r"[A-Z][^(),\n]{0,40}(?:,[ \u00a0]*[A-Z][^(),\n]{0,40}){0,4}[ \u00a0]*")


def setting_in_brackets(text: str, start: int) -> bool:
    """Whether the name stands in a bracket of names right after another name, as the
    setting of a place the gazetteer may lack: "the village of X (Bethlehem)"."""
    opening = text.rfind("(", max(0, start - 100), start)
    if opening <= 0 or not text[opening - 1].isspace():
        return False
    # The last character before the bracket's spaces, found without copying the article's
    # text up to it for every name.
    before = opening - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    return before >= 0 and text[before].isalpha() and in_a_bracket_of_names(text, start)


def in_a_bracket_of_names(text: str, start: int) -> bool:
    """Whether `start` is inside a bracket that holds only names (see `NAMES_LIST`)."""
    opening = text.rfind("(", max(0, start - 100), start)
    if opening < 0 or text.find(")", opening, start) >= 0:
        return False
    closing = text.find(")", start, start + 100)
    return closing >= 0 and bool(NAMES_LIST.fullmatch(text, opening + 1, closing))


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘([*#>-—":
        i -= 1
    return i < 0 or text[i] in ".!?:\n\r|•"


def _in_capitals_line(text: str, start: int) -> bool:
    """Whether the words around are mostly in capitals (a headline), within its line."""
    line_start = max(text.rfind("\n", max(0, start - 80), start) + 1, start - 80)
    line_end = text.find("\n", start, start + 80)
    line = text[line_start:line_end if line_end >= 0 else start + 80]
    letters = line.translate(_LETTER_CASES)
    return len(letters) >= 8 and letters.count("U") / len(letters) > 0.7


# Letters to "U" (upper case) or "l" (lower case or none); every other character dropped.
_LETTER_CASES = LearnedTable(
    lambda char: ("U" if char.isupper() else "l") if char.isalpha() else None)


def _in_title_case_run(text: str, start: int) -> bool:
    """Whether the name stands among words that are all capitalised ("Police: Man Shot In
    Mobile Home Fire"): a headline in title case, where capitals say nothing."""
    words = _HEADLINE_WORD.findall(text, max(0, start - 40), start + 40)
    content = [w for w in words if w.lower() not in _NAME_FUNCTION_WORDS and len(w) > 2]
    return len(content) >= 5 and sum(w[0].isupper() for w in content) / len(content) >= 0.85


_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’]*")


def _inside_a_longer_name(text: str, start: int, before: list[str], gazetteer) -> bool:
    """Right after a capitalised word that is no place, a title or a sentence's first word:
    the name is the tail of another proper name ("State Duma")."""
    previous = before[-1] if before else ""
    if not _TITLE_CASE_WORD.fullmatch(previous) or previous.lower() in _HONORIFICS:
        return False
    gap = text[max(0, start - len(previous) - 1):start]
    if gap != previous + " " or _sentence_initial(text, start - len(previous) - 1):
        return False
    return not gazetteer.candidates(previous) and not is_first_name(previous)


def _previous_words(text: str, start: int, count: int) -> list[str]:
    """The last words before `start` (one or two), within 32 characters: enough for
    "according to" or a title, and fewer words to split than a whole clause."""
    # Read backwards: one match where the reversed text reaches `start`, rather than every
    # word of the window found and all but the last thrown away.
    backwards = _reversed(text)
    at = len(text) - start
    match = _TWO_WORDS_BACKWARDS.match(backwards, at, at + 32)
    if not match:
        return []
    last, one_before = match.groups()
    words = [one_before[::-1], last[::-1]] if one_before else [last[::-1]]
    return words[-count:]


@lru_cache(maxsize=1)
def _reversed(text: str) -> str:
    """The article's text backwards (kept for the article being read)."""
    return text[::-1]


def _words_after(text: str, end: int) -> list[str]:
    """The words after a name that `_reads_as_place` weighs: the next one, and the two after
    it as well when it is capitalised (only words in capitals can make the name an
    organisation's, see `_names_an_organisation`)."""
    word = _ONE_WORD.match(text, end, min(end + 80, len(text)))
    if not word:
        return []
    if word.group(1)[:1].isupper():
        return _next_words(text, end, 3)
    return [word.group(1)]


def _next_words(text: str, end: int, count: int) -> list[str]:
    """The first words after `end` (at most four) of the same clause, within 80 characters:
    they stop at punctuation that ends a phrase."""
    words = _FOUR_WORDS.match(text, end, min(end + 80, len(text)))
    return [word for word in words.groups() if word][:count] if words else []


# A word is a run of word characters, dots and apostrophes; the last two of a window, read
# backwards.
_TWO_WORDS_BACKWARDS = re.compile(r"[^\w.'’]*([\w.'’]+)(?:[^\w.'’]+([\w.'’]+))?")
# Between words of one clause: neither a word's character nor punctuation that ends a
# phrase (a comma, semicolon, colon, bracket, quote mark, new line, or a full stop before
# a space).
_SAME_CLAUSE_GAP = r"[^\w'’\-,;:()\[\]\"“”\n.]*(?:\.(?!\s)[^\w'’\-,;:()\[\]\"“”\n.]*)*"
_ONE_WORD = re.compile(rf"{_SAME_CLAUSE_GAP}([\w'’\-]+)")
_FOUR_WORDS = re.compile(rf"{_SAME_CLAUSE_GAP}([\w'’\-]+)"
                         + rf"(?:{_SAME_CLAUSE_GAP}([\w'’\-]+)" * 3 + ")?" * 3)


@cache
def _quiet_wordfreq() -> None:
    """Once a process: wordfreq logs a warning each time a language without its own list,
    "az" or "hy", falls back to its nearest; that is the intended reading, and the warning
    noise in a run's output."""
    logging.getLogger("wordfreq").setLevel(logging.ERROR)


@lru_cache(maxsize=65536)
def word_commonness(key: str, language: str = "en") -> float:
    """How common the name is as a word (wordfreq's Zipf scale, 0 to ~8): in English, or in
    `language` (0 for "", a language wordfreq has no list of)."""
    if language == "en" and key.isascii() and key.isalpha() and key.islower():
        # One plain word is one token: its commonness is the list's own (wordfreq's
        # tokeniser, which would find just that, is most of the cost of a first look-up),
        # kept in the cache folder as a trie that loads without importing wordfreq.
        if _WORD_LISTS_FOLDER:
            hundredths = _english_zipf_trie().get(key)
            return hundredths[0][0] / 100 if hundredths else 0.0
        from wordfreq import freq_to_zipf, get_frequency_dict

        frequency = get_frequency_dict("en", "best").get(key)  # (the cache zipf_frequency fills)
        return round(freq_to_zipf(frequency), 2) if frequency else 0.0
    from wordfreq import zipf_frequency

    if language != "en":
        _quiet_wordfreq()
        # (wordfreq's small list, of the words of Zipf 3 and more, is all the weighing
        # needs, and loads in a tenth of the time of the full one.)
        return zipf_frequency(key, language, wordlist="small") if language else 0.0
    return zipf_frequency(key, "en")


@lru_cache(maxsize=1)
def _english_zipf_trie() -> marisa_trie.RecordTrie:
    """English's plain words with their commonness in hundredths (the very figures of
    wordfreq's list, rounded as `word_commonness` rounds them), from the cache folder: read
    in a hundredth of the time it takes to import wordfreq and read its list (0.2 s, which
    each process that parses articles paid)."""
    from importlib.metadata import version

    return kept(_WORD_LISTS_FOLDER[0], "english-zipf", f"wordfreq {version('wordfreq')}",
                _read_english_zipf)


def _read_english_zipf() -> marisa_trie.RecordTrie:
    from wordfreq import freq_to_zipf, get_frequency_dict

    plain = ((word, (round(round(freq_to_zipf(frequency), 2) * 100),))
             for word, frequency in get_frequency_dict("en", "best").items()
             if word.isascii() and word.isalpha() and word.islower() and frequency > 0)
    return marisa_trie.RecordTrie("<H", plain)


@lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    """A first name in use, and not first of all an English word ("The", "Will", "May");
    one in Cyrillic or Armenian letters read in Latin ones ("Владимир")."""
    key = name_key(word)
    if not key.isascii():
        return any(form in _first_names() for form in latin_forms(key)[:2])
    return key in _first_names() and word_commonness(key) < 5.5


# The cache folder the first names and English's word commonness are kept in (see
# `geo.kept`), once `load_name_index` has named it.
_WORD_LISTS_FOLDER: list[Path] = []


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """First names from gender-guesser's list of ~45,000 names in use across Europe and
    beyond; rare ones are left out, since almost any town name is someone's first name.
    (Read from the list once, then from the cache folder: 0.01 s instead of 0.2.)"""
    list_file = _first_names_file()
    stat = list_file.stat()
    # (Kept by what makes them: the list's state, this file's code and name_key's.)
    name_code = hashlib.sha1(Path(importlib.import_module(name_key.__module__).__file__)
                             .read_bytes()).hexdigest()
    return kept(_WORD_LISTS_FOLDER[0] if _WORD_LISTS_FOLDER else None, "first-names",
                f"{_code_version()}:{name_code}:{list_file}:{stat.st_size}:{stat.st_mtime_ns}",
                lambda: _read_first_names(list_file))


def _first_names_file() -> Path:
    from importlib.resources import files

    return Path(str(files("gender_guesser").joinpath("data/nam_dict.txt")))


def _read_first_names(data: Path) -> frozenset[str]:
    names: set[str] = set()
    frequent = re.compile("[3-9]")  # a frequency digit of 3 or more
    with data.open("r", encoding="iso-8859-1") as handle:
        for line in handle:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip()
            frequencies = line[30:85]
            # Keep names that are in common use somewhere (frequency digit >= 3).
            if name and "+" not in name and frequent.search(frequencies):
                names.add(name_key(name))
    return frozenset(names)


# --- what an exact scan misses -------------------------------------------------------------

def _misspellings(text: str, kept: list[_Span], index: NameIndex, body_start: int,
                  surnames: frozenset[str], gazetteer) -> list[_Span]:
    """Capitalised words that match no name but are one or two edits from an important
    place's name, in a place-like position ("shelling in Stepanakerd", "the Jebrayil
    area")."""
    # What the words alone decide first: most capitalised words are common or a name's.
    # (A word that is a place's exact name, though one too minor to be looked for in text,
    # is that name and no misspelling: "the Catatumbo region" is no "Catumbo" in Angola.)
    keys = {word: key for word in set(_LONG_CAPITALISED_WORD.findall(text, body_start))
            if not _a_surname_here(word, surnames, gazetteer) and (key := _misspelling_key(word))
            and not gazetteer.has_name_key(key)}
    if not keys:
        return []
    taken = _taken(len(text), kept)
    words = sorted((start, start + len(word), word) for word in keys
                   for start in _whole_word_starts(text, word, body_start) if not taken[start])
    targets: dict[str, str] = {}
    for start, end, word in words:
        if word not in targets:
            before = _previous_words(text, start, 1)
            after = _ONE_WORD.match(text, end, min(end + 40, len(text)))
            if before and before[-1].lower() in _MISSPELLING_CUES or after and after.group(
                    1).lower() in _MISSPELLING_CUES_AFTER:  # "the Jebrayil area"
                targets[word] = _nearest_key(keys[word], index)
    # One reading per word: once a misspelling is recognised, every use of it is the place;
    # a word that is anywhere part of a longer name ("Lovelle Mixon", "Umoja Iddi Bakari")
    # is that name's, and no misspelling.
    words = [(start, end, word) for start, end, word in words if targets.get(word)]
    names_of_other_things = {word for start, end, word in words
                             if _beside_another_name(text, start, end)}
    return [_Span(start, end, targets[word]) for start, end, word in words
            if word not in names_of_other_things]


def _whole_word_starts(text: str, word: str, start: int) -> Iterator[int]:
    """Where `_LONG_CAPITALISED_WORD` finds `word` in the text, from `start` on."""
    at = text.find(word, start)
    while at >= 0:
        match = _LONG_CAPITALISED_WORD.match(text, at)
        if match and match.end() == at + len(word):
            yield at
        at = text.find(word, at + 1)


@lru_cache(maxsize=65536)
def _misspelling_key(word: str) -> str:
    """The folded word, if it may be a misspelt name: six letters or more, no first name,
    and rare as an English word ("" otherwise)."""
    key = fold(word)
    if len(word) < 6 or is_first_name(word) or not key.isalpha() or word_commonness(key) >= 2.5:
        return ""
    return key


def _beside_another_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word is written next to another one, as part of one name."""
    if _CAPITALISED_WORD_AFTER.match(text, end, end + 7):
        return True
    previous = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(previous) and previous.group(1).lower() not in _NOT_PART_OF_A_NAME and not (
        _sentence_initial(text, start - len(previous.group(1)) - 1))


# (Or an Arabic article and a capitalised word: "Jisr ash Shughur" is one name.)
_CAPITALISED_WORD_AFTER = re.compile(r" (?:(?:al|el|ar|ash|az|ad|ed|ez|ul)[ \-])?[A-Z][a-z]")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?:\n] )\b([A-Z][a-z]+) $")
_NOT_PART_OF_A_NAME = LOCATIVES | _MISSPELLING_CUES | _NAME_FUNCTION_WORDS


def _nearest_key(key: str, index: NameIndex) -> str:
    """The important place's name fewest edits away (the first listed among equals)."""
    max_edits = 1 if len(key) < 9 else 2
    letters = _letter_set(key)
    names: list[str] = []
    for length in range(len(key) - max_edits, len(key) + max_edits + 1):
        bucket = index.fuzzy_keys.get((key[0], length))
        if bucket:
            near = np.bitwise_count(bucket.letter_sets ^ letters) <= 2 * max_edits
            names += [bucket.keys[i] for i in np.flatnonzero(near).tolist()]
    nearest = process.extractOne(key, names, scorer=Levenshtein.distance,
                                 score_cutoff=max_edits)
    return nearest[0] if nearest else ""


def _taught_aliases(text: str, kept: list[_Span], body_start: int,
                    dateline: tuple[int, int] | None) -> list[_Span]:
    """Names an article teaches: "Khankendi (Stepanakert)", "Shusha, also spelled Shushi".

    The unknown name becomes an alias of the known one, for this article only.
    """
    taken = bytearray()  # what the names cover, worked out once a name has an alias after it
    aliases: dict[str, str] = {}
    for span in kept:
        if dateline and span.start < dateline[1]:
            continue  # "BAKU (Agency) —" names an agency, not another name for Baku
        match = _TAUGHT_ALIAS.match(text, span.end)
        if not match:
            continue
        if not taken:
            taken = _taken(len(text), kept)
        if taken[match.start("alias")]:
            continue
        alias = match.group("alias")
        # Every word capitalised ("Belgium (LTTL team)" names a team), and not the agency
        # of a dateline the detector missed ("Beijing (AsiaNews) Since March...").
        if (all(w[0].isupper() for w in alias.split()) and not alias.isupper()
                and not is_first_name(alias.split()[0])
                and not _agency_of_a_dateline(text, span.start, match.end("alias"))):
            aliases[alias] = span.key
    found = []
    for alias, key in aliases.items():
        for match in re.finditer(rf"(?<![\w]){re.escape(alias)}(?![\w])", text[body_start:]):
            start = body_start + match.start()
            if not taken[start]:
                found.append(_Span(start, start + len(alias), key))
                _take(taken, start, start + len(alias))
    return found


def _agency_of_a_dateline(text: str, name_start: int, alias_end: int) -> bool:
    """"Beijing (AsiaNews) Since March": a place opening a line, a word in brackets, and a
    new sentence."""
    return ((name_start == 0 or text[name_start - 1] == "\n")
            and re.match(r"\)\s*(?:[—–-]|[A-Z])", text[alias_end:alias_end + 4]) is not None)


def _taken(length: int, spans: Iterable[_Span] = ()) -> bytearray:
    """The characters of a text that names cover, as 1s (`_take` adds a name): whether a
    name covers any of `start:end` is `taken.find(1, start, end) >= 0`."""
    taken = bytearray(length)
    for span in spans:
        _take(taken, span.start, span.end)
    return taken


def _take(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = b"\x01" * (end - start)


def _unknown_place_names(text: str, kept: list[_Span], article: Article,
                         gazetteer, language: PlaceLanguage | None = None) -> list[Mention]:
    """Capitalised names after "in", "near", "outside"..., after "the village of" or before
    "village", "hamlet" or "town", that the gazetteer lacks.

    They go to unresolved.csv, the list a user works through to extend the gazetteer, and
    the events stage places an event at one by the wider place the text gives for it.
    """
    # (A word the text does not hold is ruled out by one plain search, at a tenth of the
    # cost of the regex's scan.)
    spans = [*itertools.chain.from_iterable(
        (match.span("name") for match in pattern.finditer(text, article.body_start))
        for word, pattern in _UNKNOWN_PLACE_NAME_PATTERNS if word in text),
        *_names_before_a_village(text, article), *_names_before_their_setting(text, kept, article),
        *_names_after_a_settlement_noun(text, article, language)]
    # Most articles name no such place: the names alone say so, wherever they stand (each
    # name weighed once).
    unknown = {name: _may_open_an_unknown_name(name) and not gazetteer.candidates(name)
               for name in {text[start:end] for start, end in spans}}
    if not any(unknown.values()):
        return []
    taken = _taken(len(text), kept)
    found = []
    for start, end in dict.fromkeys(spans):
        name = text[start:end]
        if not unknown[name] or taken.find(1, start, end) >= 0 or _names_an_organisation(
                _next_words(text, start, 4)[1:]):
            continue
        found.append(Mention(article.article_id, start, end, name, "mention", None, 0.0, ()))
    return found + _named_again(text, found, taken, article)


def _named_again(text: str, found: list[Mention], taken: bytearray,
                 article: Article) -> list[Mention]:
    """The other times the article writes a name it has shown to be a place's ("the town
    of Barsalogho ... families have left Barsalogho for Kaya"): the same place, as a reader
    takes it, unless it opens a longer name there ("Barsalogho Road")."""
    if not found:
        return []
    seen = {m.start for m in found}
    again = []
    for name in {m.text for m in found}:
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w’-]|'[^s])", text):
            start, end = match.span()
            if start < article.body_start or start in seen or taken.find(1, start, end) >= 0 \
                    or _CAPITALISED_WORD_AFTER.match(text, end) or _names_an_organisation(
                        _next_words(text, start, 4)[1:]):
                continue
            again.append(Mention(article.article_id, start, end, name, "mention", None, 0.0, ()))
    return again


def _names_before_a_village(text: str, article: Article) -> Iterator[tuple[int, int]]:
    """(start, end) of each capitalised name before "village", "hamlet" or "town" ("Besi
    village"), less the common words that open it ("Attacked Besi village": Besi)."""
    if "village" not in text and "hamlet" not in text and "town" not in text:
        return
    for match in _NAME_BEFORE_A_VILLAGE.finditer(text, article.body_start):
        start, end = _without_opening_common_words(match)
        if not _AN_ARTICLE_BEFORE.search(text, max(0, start - 4), start):
            yield start, end  # (not "a Fulani hamlet": a hamlet of Fulani people)


def _names_after_a_settlement_noun(text: str, article: Article,
                                   language: PlaceLanguage | None) -> Iterator[tuple[int, int]]:
    """(start, end) of each capitalised name after the language's word for a settlement
    ("das Dorf Gusanly", "у села Красный Базар", "le village de Sos"), as "the village of X"
    is read in English."""
    if language is None or not language.settlement_nouns:
        return
    folded = fold(text)
    for match in _settlement_noun_pattern(language.code).finditer(folded, article.body_start):
        end = match.end()
        for word in _WORDS_OF_A_NAME.finditer(text, match.end(), match.end() + 80):
            if not word.group(1)[0].isupper() or word.start() != end and \
                    text[end:word.start()] not in {" ", "-"} or len(word.group(1)) < 2:
                break
            end = word.end()
            if end - match.end() > 60:
                break
        if end > match.end():
            yield match.end(), end


@lru_cache(maxsize=16)
def _settlement_noun_pattern(code: str) -> re.Pattern[str]:
    """The language's settlement nouns, and the word of its "of" after one, in folded text."""
    language = place_language(code)
    nouns = "|".join(sorted(map(re.escape, language.settlement_nouns), key=len, reverse=True))
    of = "|".join(map(re.escape, language.of_words))
    return re.compile(rf"(?<!\w)(?:{nouns})\s+" + (rf"(?:(?:{of})\s+)?" if of else ""))


# The words of a name after a settlement noun, each read while it is capitalised.
_WORDS_OF_A_NAME = re.compile(r"[ \-]?([^\W\d_][^\W\d_'’]*)")
# "a" or "an" right before a word: no name's ("a Fulani hamlet", "an Ijaw village").
_AN_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:[Aa]|[Aa]n)\s+$")


def _names_before_their_setting(text: str, kept: list[_Span],
                                article: Article) -> Iterator[tuple[int, int]]:
    """(start, end) of each capitalised name written before a bracket of the places that
    hold it, a known place first and a comma within, as ACLED's notes write a village:
    "at Tamba Koro (Gourma-Rharous, Tombouctou)"."""
    known = {span.start for span in kept}
    at = text.find(" (", article.body_start)
    while at >= 0:
        if at + 2 in known and _SETTING_IN_A_BRACKET.match(text, at + 2):
            found = _NAME_BEFORE_A_BRACKET.search(text, max(article.body_start, at - 60), at)
            if found is not None:
                yield _without_opening_common_words(found)
        at = text.find(" (", at + 2)


def _without_opening_common_words(match: re.Match) -> tuple[int, int]:
    """The span of a match's name less the common words that open it ("Attacked Besi")."""
    start, end = match.span("name")
    for word in match.group("name").split()[:-1]:
        if _may_open_a_place_name(word):
            break
        start += len(word) + 1
    return start, end


def _may_open_an_unknown_name(name: str) -> bool:
    """Whether the name's first word may open a place's name (see `_may_open_a_place_name`);
    past an Arabic article, which opens many place names and is no common word of them, a
    first name may too ("Al Azim", "Al Issa": no person is written so)."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in _ARABIC_ARTICLES:
        return _may_open_a_place_name(words[1], first_names=False)
    return _may_open_a_place_name(words[0])


@lru_cache(maxsize=65536)
def _may_open_a_place_name(word: str, first_names: bool = True) -> bool:
    """Not a common word, a first name (unless `first_names` is False), a title, a month or
    a day ("in Tuesday's")."""
    return not (word_commonness(fold(word)) >= 3.0 or first_names and is_first_name(word)
                or word.lower() in _HONORIFICS or word in _MONTHS_AND_DAYS)


# A capitalised name after "in", "into", "near"... as a whole word. One pattern for each
# word, opening with the word itself: the regex engine then looks for its letters in C
# (three times as fast as one pattern opening with a word boundary); a word and the same
# word with an ending ("in" and "into") are one pattern, so one scan. Two patterns may find
# the same name ("in the village of X"): it is taken once. (Each with its word.)
_UNKNOWN_PLACE_NAME_PATTERNS = tuple(
    (word, re.compile(
        rf"{word}(?<!\w{word}){ending}"
        r"\s+(?:the\s+(?:town|village|city|region|district|province|area)\s+of\s+)?"
        r"(?P<name>[A-Z][a-z'’]+(?:[\s\-][A-Z][a-z'’]+){0,2})\b"))
    for word, ending in (("in", "(?:to)?"), ("near", ""), ("outside", ""), ("around", ""),
                         ("toward", "s?"), ("village", r"\s+of"), ("town", r"\s+of"),
                         ("hamlet", r"\s+of"), ("locality", r"\s+of"), ("outskirts", r"\s+of"),
                         ("neighbourhood", r"\s+of"), ("neighborhood", r"\s+of"),
                         # ("20 km east of X", "30 miles north-west of X", "8 km from X")
                         *((unit, r"\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
                                  r"from)")
                           for unit in ("km", "kilometres", "kilometers", "miles"))))
# (Opening with the capital, after which a look behind checks for a word's start: the regex
# engine then skips to the next capital in C, where a look behind first is tried at every
# character.)
_NAME_BEFORE_A_VILLAGE = re.compile(
    r"(?P<name>[A-Z](?<![\w'’-].)[a-z'’]+(?:[\s\-][A-Z][a-z'’]+){0,2})\s+(?:village|hamlet|town)\b")
# ... and before a bracket: the name right before it, and a bracket of names with a comma.
_NAME_BEFORE_A_BRACKET = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][a-z'’]+(?:[\s\-][A-Z][a-z'’]+){0,2})$")
_SETTING_IN_A_BRACKET = re.compile(r"[A-Z][^()\n,]{0,40},[ \u00a0]*[A-Z][^()\n]{0,60}\)")
_MONTHS_AND_DAYS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


# --- other languages -----------------------------------------------------------------------
#
# A language's words for places (`geo.lang.<code>.places`: locatives, words for a place or
# a division, case endings, spellings of transliterated names) are data; what follows reads
# them. The recogniser is told the article's language (`recognize(..., lang=)`), else
# identifies it itself (`article_language`); a word in Cyrillic or Armenian letters is read
# with the rules of Russian or Armenian whatever the article's language.

class PlaceLanguage(NamedTuple):
    """A language's words for places, folded (see `geo.text.fold`) for comparison."""

    code: str
    locatives: frozenset[str]  # words before a name that make it a place ("в", "près")
    place_nouns: frozenset[str]  # "la ville de X", "город X", "die Stadt X"
    settlement_nouns: frozenset[str]  # those of them that name a town
    of_words: frozenset[str]  # "de": between a place noun and the name
    place_words_after: frozenset[str]  # "X kentine", "X rayonu", "X մարզ"
    settlement_words_after: frozenset[str]  # those of them that name a town
    division_words: Mapping[str, bool]  # as written ("район", "rayonu"), see DIVISION_WORDS
    and_or: frozenset[str]
    organisation_heads: frozenset[str]  # "X qəzeti": a newspaper's name
    elisions: frozenset[str]  # "l", "d": "l'Arménie"
    endings: tuple[tuple[str, tuple[str, ...]], ...]  # case ending -> the nominative's
    min_stem: int
    locative_endings: tuple[str, ...]  # case endings that say where ("-da", "-ում")
    adjective_suffixes: tuple[str, ...]  # "Тертерского": an adjective made from a name
    adjective_stem_endings: tuple[tuple[str, tuple[str, ...]], ...]
    name_words: frozenset[str]  # lower-case words inside a name ("коридор")
    not_places: frozenset[str]  # common words that never name a place alone
    wordfreq: str  # the language wordfreq weighs commonness in ("" for none)
    rewrites: tuple[tuple[str, tuple[str, ...]], ...]  # "tsch" -> "ch": spellings
    drop_final_e: bool
    transliteration: Mapping[str, tuple[str, ...]]  # letters -> Latin letters
    nouns_capitalised: bool  # German: a capitalised word before a name is often a noun
    equivalent_letters: tuple[tuple[str, str], ...]  # two ways to write one sound ("եւ", "և")


@cache
def place_language(code: str | None) -> PlaceLanguage | None:
    """The place words of a language (an ISO 639-1 code), None for English or a language
    without them."""
    if not code or code == "en":
        return None
    try:
        data = importlib.import_module(f"geo.lang.{code}.places")
    except ImportError:
        return None

    def words(name: str) -> frozenset[str]:
        return frozenset(fold(w) for w in getattr(data, name, ()))

    def pairs(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        folded = {}
        for ending, lemmas in getattr(data, name, ()):
            folded.setdefault(fold(ending), dict.fromkeys(fold(x) for x in lemmas))
        return tuple((e, tuple(ls)) for e, ls in sorted(folded.items(),
                                                         key=lambda item: -len(item[0])))

    return PlaceLanguage(
        code, words("LOCATIVES"), words("PLACE_NOUNS"), words("SETTLEMENT_NOUNS"),
        words("OF_WORDS"), words("PLACE_WORDS_AFTER"), words("SETTLEMENT_WORDS_AFTER"),
        dict(getattr(data, "DIVISION_WORDS", {})), words("AND_OR"),
        words("ORGANISATION_HEADS"), words("ELISIONS"), pairs("ENDINGS"),
        getattr(data, "MIN_STEM", 3),
        tuple(sorted({fold(e) for e in getattr(data, "LOCATIVE_ENDINGS", ())}, key=len,
                     reverse=True)),
        tuple(fold(s) for s in getattr(data, "ADJECTIVE_SUFFIXES", ())),
        pairs("ADJECTIVE_STEM_ENDINGS"), words("NAME_WORDS"), words("NOT_PLACES"),
        getattr(data, "WORDFREQ", code), pairs("REWRITES"),
        getattr(data, "DROP_FINAL_E", False),
        {fold(k): v for k, v in getattr(data, "TRANSLITERATION", {}).items()},
        getattr(data, "NOUNS_CAPITALISED", False),
        tuple((fold(a), fold(b)) for a, b in getattr(data, "EQUIVALENT_LETTERS", ())))


def _languages_with_place_words() -> tuple[str, ...]:
    from geo.lang import SUPPORTED

    return tuple(code for code in SUPPORTED if place_language(code) is not None)


# Scripts whose words are read with one language's rules whatever the article's language.
_SCRIPT_LANGUAGES = (("ru", re.compile(r"[\u0400-\u04ff]")), ("hy", re.compile(r"[\u0531-\u0587]")))


def _script_language(word: str) -> str:
    for code, letters in _SCRIPT_LANGUAGES:
        if letters.match(word):
            return code
    return ""


@lru_cache(maxsize=8)
def _detected_language(text: str) -> str:
    """The text's language: English for a text in plain ASCII letters (every other language
    with place words writes letters outside ASCII: "é", "ü", "ş", "ə", Cyrillic...), which
    is most of what geo reads; else the identifier's answer (`geo.language`)."""
    if not _NOT_ENGLISH_LETTERS.search(text):
        return "en"
    from geo.language import detect

    return detect(text)


# Letters outside ASCII of the Latin, Cyrillic and Armenian alphabets.
_NOT_ENGLISH_LETTERS = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff"
                                  r"\u0531-\u0587]")


def article_language(text: str, lang: str | None, body_start: int = 0) -> str:
    """The language given, else the one the article's body is in (identified once per
    text: the recogniser and the resolver ask for the same article in turn)."""
    if lang:
        return lang
    return _detected_language(text[body_start:] if body_start else text)


def _word_language(word: str, article: PlaceLanguage | None) -> PlaceLanguage | None:
    """The rules a word is read with: its script's, else the article's language's."""
    script = _script_language(word)
    if script:
        return place_language(script)
    return article if article is not None and _script_language_of(article.code) == "" else None


def _script_language_of(code: str) -> str:
    return code if code in ("ru", "hy") else ""


@lru_cache(maxsize=262_144)
def readings(word: str, code: str, division_after: bool = False) -> tuple[str, ...]:
    """The forms a folded word may stand for in language `code`, besides itself: its
    nominative (case endings taken off: "варденисе" -> "варденис", "ermenistanin" ->
    "ermenistan"), the name an adjective is made from before a division word
    ("тертерского" -> "тертер"), and the spellings the gazetteer may have it under
    ("chouchi" -> "shushi", "kelbadschar" -> "kelbajar", "ерасх" -> "yeraskh"). Most likely
    first; a reading is believed only where the gazetteer has a name of that form."""
    return tuple(form for forms in _classed_readings(word, code, division_after)[1:]
                 for form in forms)


@lru_cache(maxsize=262_144)
def _classed_readings(word: str, code: str, division_after: bool = False
                      ) -> tuple[tuple[str, ...], ...]:
    """(the word itself), (its declined forms' nominatives), (its other spellings): see
    `readings`."""
    language = place_language(code)
    if language is None:
        return ((word,), (), ())
    found: dict[str, None] = {}
    for one, other in language.equivalent_letters:
        if one in word:
            found.setdefault(word.replace(one, other))
        if other in word:
            found.setdefault(word.replace(other, one))
    for written in (word, *found):
        for ending, lemmas in language.endings:
            if written.endswith(ending) and len(written) - len(ending) >= language.min_stem:
                stem = written[:len(written) - len(ending)]
                for lemma in lemmas:
                    found.setdefault(stem + lemma)
    if division_after:
        for suffix in language.adjective_suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= language.min_stem:
                stem = word[:len(word) - len(suffix)]
                for tail, endings in language.adjective_stem_endings:
                    if stem.endswith(tail):
                        base = stem[:len(stem) - len(tail)]
                        for ending in endings:
                            if len(base + ending) >= language.min_stem:
                                found.setdefault(base + ending)
                break
    found.pop(word, None)
    spellings: dict[str, None] = {}
    for form in (word, *list(found)[:4]):
        for spelling in _spellings(form, language):
            spellings.setdefault(spelling)
    for form in (word, *found):
        spellings.pop(form, None)
    return ((word,), tuple(found), tuple(spellings))


def _spellings(word: str, language: PlaceLanguage) -> list[str]:
    """The word in other spellings: its letters in Latin letters (Cyrillic, Armenian), or
    the language's own spellings of transliterated names rewritten ("tsch" -> "ch")."""
    if language.transliteration:
        return _transliterations(word, language.transliteration)
    if not language.rewrites and not language.drop_final_e:
        return []
    variants = [""]
    at = 0
    while at < len(word):
        for written, meant in language.rewrites:
            if word.startswith(written, at):
                variants = [v + m for v in variants for m in (*meant, written)][:16]
                at += len(written)
                break
        else:
            variants = [v + word[at] for v in variants]
            at += 1
    if language.drop_final_e:
        variants += [v[:-1] for v in variants if v.endswith("e") and len(v) > 4]
    return [v for v in variants if v != word]


def _transliterations(word: str, table: Mapping[str, tuple[str, ...]]) -> list[str]:
    variants = [""]
    at = 0
    while at < len(word):
        for length in (2, 1):
            letters = word[at:at + length]
            if len(letters) == length and letters in table:
                options = table[letters]
                # (A word's first "е" is "ye" as often as "e".)
                if at == 0 and letters in ("е", "ե"):
                    options = (*options[1:], options[0])
                variants = [v + option for v in variants for option in options][:8]
                at += length
                break
        else:
            if not word[at].isascii() and word[at].isalpha():
                return []  # a letter the table lacks: no reading
            variants = [v + word[at] for v in variants]
            at += 1
    return variants



def mention_key(text: str, candidates: tuple[str, ...], gazetteer, lang: str | None) -> str:
    """The gazetteer key of a mention as written: its name key, or for a name written in a
    form of its own ("в Нагорном Карабахе", "Ermənistanın") the reading the recogniser
    found it under, the one whose places are the mention's `candidates`."""
    key = name_key(text)
    if not candidates or gazetteer.candidates(key):
        return key
    return _reading_key(text, candidates, gazetteer, lang or "") or key


@lru_cache(maxsize=65536)
def _reading_key(text: str, candidates: tuple[str, ...], gazetteer, lang: str) -> str:
    language = place_language(lang)
    options = []
    for match in _WORD_TOKEN.finditer(text):
        word = fold(match.group())
        own = _word_language(match.group(), language)
        options.append((word, *(readings(word, own.code, True) if own else ())))
    for combination in itertools.islice(itertools.product(*options), 512):
        key = " ".join(combination)
        if tuple(p.place_id for p in gazetteer.candidates(key)) == candidates:
            return key
    return ""

# A word: letters (an apostrophe or a hyphen ends it).
_WORD_TOKEN = re.compile(r"[^\W\d_]+")
# What may stand between two words of one name.
_NAME_GAPS = frozenset({" ", "-", "\u00a0", "‐", "‑", "–"})


def _inflected_matches(text: str, folded: str, automaton: NameTrie | OverlaidAutomaton, start: int,
                       language: PlaceLanguage | None, gazetteer) -> list[_Span]:
    """Names written in a form the scan does not find as it is: declined ("в Нагорном
    Карабахе", "Ermənistanın", "Ստեփանակերտում"), as an adjective before a division word
    ("Тертерского района"), or in the language's own spelling ("Chouchi", "Kelbadschar"),
    or in another script than the gazetteer's ("Ерасх"). Each begins with a capital; a name
    of several words is read word by word, each in any of its forms."""
    tokens = [(m.start(), m.end()) for m in _WORD_TOKEN.finditer(text, start)]
    if not tokens:
        return []
    spans = []
    for i, (begin, end) in enumerate(tokens):
        if not text[begin].isupper():
            continue
        word_language = _word_language(text[begin:end], language)
        if word_language is None:
            continue
        match = _longest_reading(text, folded, automaton, tokens, i, word_language, gazetteer)
        if match is not None:
            spans.append(match)
    return spans


def _longest_reading(text: str, folded: str, automaton: NameTrie | OverlaidAutomaton,
                     tokens: list[tuple[int, int]], i: int, language: PlaceLanguage,
                     gazetteer) -> _Span | None:
    """The longest name that the words from token `i` on stand for in some reading; of
    several readings of as many words, the one of the most important place ("Армении" is
    Armenia's, not a Greek village's called so)."""
    partials = [(_WORD_MARK, 0)]
    # (the last word's token, the marked name, how far from the words as written: 0 as
    # written, 1 declined, 2 spelt otherwise)
    found: list[tuple[int, str, int]] = []
    for j in range(i, min(i + 4, len(tokens))):
        if j > i:
            gap = text[tokens[j - 1][1]:tokens[j][0]]
            if gap not in _NAME_GAPS:
                break
        begin, end = tokens[j]
        word = folded[begin:end]
        division_after = bool(language.division_words) and bool(
            _division_word_regex().match(text, end))
        classes = _classed_readings(word, language.code, division_after)
        grown = []
        for partial, distance in partials:
            for rank, forms in enumerate(classes):
                for form in forms:
                    candidate = partial + form + _WORD_MARK
                    if candidate in automaton:
                        found.append((j, candidate, max(distance, rank)))
                    if j < i + 3 and automaton.match(candidate):
                        grown.append((candidate, max(distance, rank)))
        partials = grown[:24]
        if not partials:
            break
    if not found:
        return None
    last = max(j for j, _, _ in found)
    return _Span(tokens[i][0], tokens[last][1],
                 _likeliest_key([(_key_of(automaton, marked), distance)
                                 for j, marked, distance in found if j == last], gazetteer))


def _likeliest_key(keys: list[tuple[str, int]], gazetteer) -> str:
    """Of the names that the same words may be read as, the one they most likely are: as
    written, unless that names only minor places and a declined form's nominative names a
    country or a region ("Армении" is Armenia's, not a Greek village's called so; but
    "Laçın" is Lachin, not Chad's province Lac with an ending); else the most important
    nominative; else the first other spelling."""
    written = [key for key, distance in keys if distance == 0]
    declined = sorted((key for key, distance in keys if distance == 1),
                      key=lambda k: -_importance_of_name(gazetteer, k))
    if written and not (declined and _a_country_or_region(gazetteer, declined[0])
                        and not _important_name(gazetteer, written[0])):
        return written[0]
    if declined:
        return declined[0]
    return next(key for key, distance in keys if distance == 2)


@lru_cache(maxsize=65536)
def _a_country_or_region(gazetteer, key: str) -> bool:
    best = gazetteer.candidates(key)[:1]
    return bool(best) and (best[0].kind in {"country", "continent", "region"}
                           or best[0].source == "curated")


@lru_cache(maxsize=65536)
def _important_name(gazetteer, key: str) -> bool:
    """A name of a country, a division, a region, a city of 100,000, or one the curated
    files give."""
    facts = _name_facts(gazetteer, key)
    return bool(facts) and (facts.important or bool(gazetteer.curated_places(key)))


def _key_of(automaton: NameTrie | OverlaidAutomaton, marked: str) -> str:
    """The gazetteer key of a marked pattern of the automaton (see `build_name_index`)."""
    key, _, patterns, _ = automaton.get(marked)
    if key:
        return key
    patterns = dict(patterns)
    return patterns.get(marked.strip(_WORD_MARK).replace(_WORD_MARK, " ")) or next(
        iter(patterns.values()))


@lru_cache(maxsize=65536)
def _importance_of_name(gazetteer, key: str) -> float:
    from geo.gazetteer import importance

    best = gazetteer.candidates(key)[:1]
    return importance(best[0]) if best else -1.0


# --- datelines -----------------------------------------------------------------------------

def _dateline_span(text: str, body_start: int) -> tuple[int, int] | None:
    """The span of the place named by the dateline that opens the body or one of its first
    paragraphs, if any: where the reporter filed from, not where anything happened.

    A paragraph (a line of 50 characters or more) may open with one: "BAKU (Reuters) —",
    "BAKU, September 28. /TASS/. One civilian...", "YEREVAN, OCTOBER 2, ARMENPRESS. The...".
    A shorter line is one only as a whole, dated, and right above a paragraph ("Tartar,
    September 28, AZERTAC"): a short line that opens with a place and a dash is a headline.
    """
    return _dateline_part(_dateline(text, body_start), "place")


def _dateline_part(found: tuple[int, re.Match] | None, part: str) -> tuple[int, int] | None:
    """Where a part of a dateline found by `_dateline` stands in the text: its "place", or
    the "agency" in brackets after its date ("BAMAKO, Aug 28 (NSW) -": no place, whatever
    its letters spell)."""
    if found is None or found[1].groupdict().get(part) is None:
        return None
    offset, match = found
    return offset + match.start(part), offset + match.end(part)


def _dateline(text: str, body_start: int) -> tuple[int, re.Match] | None:
    """The dateline that opens the body or one of its first paragraphs, and where its line
    begins (see `_dateline_span`)."""
    lines = _first_lines(text, body_start)
    for (offset, line), (_, following) in zip(lines, [*lines[1:], (len(text), "")]):
        if len(line) >= _PARAGRAPH:
            match = _DATELINE.match(line)
        else:
            match = _DATELINE_LINE.fullmatch(line) if len(following) >= _PARAGRAPH else None
        # ("Monday, October 5, 2020" on a line of its own is a date, not a dateline.)
        if match and _first_word(match["place"]) not in _MONTHS_AND_DAYS:
            return offset, match
    return None


_PARAGRAPH = 50  # characters: a shorter line is a title, a byline, a caption...


def _first_lines(text: str, start: int) -> list[tuple[int, str]]:
    """The top of the article's body, up to its eighth paragraph: each line that is not
    blank, without the white space around it, and the offset where it begins."""
    lines: list[tuple[int, str]] = []
    paragraphs = 0
    position = start
    while paragraphs < 8 and position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        stripped = line.strip()
        if stripped:
            lines.append((position + len(line) - len(line.lstrip()), stripped))
            paragraphs += len(stripped) >= _PARAGRAPH
        position = line_end + 1
    return lines


def _first_word(words: str) -> str:
    return words.split(",")[0].split()[0].title()


# A month as datelines write it: "September", "SEPT.", "Nov".
_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
# A dateline's place: a name in capitals ("NEW DELHI") or up to three capitalised words, then
# at most two qualifiers ("BEIRUT, LEBANON", "STEPANAKERT, Nagorno-Karabakh") that are no
# month ("BAKU, Nov 20").
_DATELINE_PLACE = (
    r"(?P<place>(?:[A-Z][A-Z'’.\- ]{1,40}[A-Z.]|[A-Z][a-z'’.\-]+(?:\s[A-Z][a-z'’.\-]+){0,2})"
    rf"(?:,\s*(?!{_MONTH})[A-Z][\w'’.\- ]{{1,40}}?){{0,2}})")
# "September 28", "Nov. 20, 2020", "28 September".
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = rf"(?:{_MONTH}\s*{_DAY}|{_DAY}\s+{_MONTH})(?:,?\s+\d{{4}})?"
# A news agency's name after a comma: "ARMENPRESS", "AZERTAC", "Reuters".
_AGENCY = r"[A-Z][\w&\-]*(?:\s[A-Z][\w&\-]*){0,2}"
# A paragraph that opens with a dateline: the place, then a date or an agency, then the body.
_DATELINE = re.compile(rf"""
    {_DATELINE_PLACE}
    (?:
        # a dash, perhaps after a date and an agency or a time in brackets: "BAKU —",
        # "BAKU, Nov 20 (Agency) —", "BEIRUT, LEBANON (10:00 P.M.) –"
        (?:,\s*{_DATE})?\s*(?:(?P<agency>\([^()\n]{{1,40}}\))\s*)?(?:—|–|--|-)\s
        # an agency between slashes: "MOSCOW, December 1. /TASS/. Troops"
      | (?:,\s*{_DATE})?\.?\s*/[^/\n]{{2,30}}/\.?\s+(?=\S)
        # a date, perhaps an agency, and a new sentence: "YEREVAN, OCTOBER 2, ARMENPRESS. The"
      | ,\s*{_DATE}(?:,\s*{_AGENCY})?\.\s+(?=[A-Z"“‘'])
    )""", re.X)
# A line that is a dateline and nothing more: "Tartar, September 28, AZERTAC", "Moscow, April 23".
_DATELINE_LINE = re.compile(rf"{_DATELINE_PLACE},\s*{_DATE}(?:,\s*{_AGENCY})?\.?")
