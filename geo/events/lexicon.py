"""A language's event words, compiled once into what the events stage reads.

`geo.lang.<code>.words` holds the words as plain data: strings are regular expressions over
folded text, sets and dicts are word lists. `lexicon(code)` gives the same names with every
string compiled, plus the trigger table as `Trigger` rows with their compiled patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace

import ahocorasick

from geo.cues import cue_finder, required_strings, required_strings_by_branch
from geo.lang import language
from geo.text import fold


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger table (see `geo.lang.en.triggers`)."""

    pattern: str
    event_type: str
    sub_event_type: str
    rule: str = ""


def trigger_regex(pattern: str) -> str:
    """A trigger pattern as a regex of whole words: a space matches any white space, " ?"
    none or any."""
    return r"\b(?:" + pattern.replace(" ?", r"\s*").replace(" ", r"\s+") + r")\b"


@cache
def lexicon(code: str = "en") -> SimpleNamespace:
    data = language(code)
    words = data.words
    compiled: dict[str, object] = {}
    numbers = "|".join([*words.UNITS, *words.TENS, *words.MULTIPLIERS, *words.DOZEN])
    for name in dir(words):
        if not name.isupper():
            continue
        value = getattr(words, name)
        if name == "DEATH_TOLL":
            value = value.format(number=numbers)
        compiled[name] = re.compile(value) if isinstance(value, str) else value
    compiled["REFERENCE_KINDS"] = {noun: frozenset(kinds.split())
                                   for noun, kinds in words.REFERENCE_KINDS.items()}
    triggers = tuple(Trigger(*row) for row in data.triggers.TRIGGERS)
    compiled["TRIGGERS"] = triggers
    compiled["TRIGGER_PATTERNS"] = tuple((re.compile(trigger_regex(t.pattern)), t)
                                         for t in triggers)
    compiled["TRIGGER_CUES"], compiled["TRIGGERS_ALWAYS"] = _cue_index(triggers)
    # Whether a sentence may tell of the dead (`KILL_WORD`), in one pass of an automaton
    # over the words a match needs: the pattern opens with "\b", so the regex engine would
    # try it at every character of every sentence with a trigger. None: always run it.
    compiled["KILL_WORD_CUE"] = cue_finder(required_strings(compiled["KILL_WORD"].pattern))
    # The month names as folded words: a day of the month is no count ("on 24 April").
    compiled["MONTH_WORDS"] = frozenset(fold(month.rstrip(".")) for month in data.dates.MONTHS)
    return SimpleNamespace(**compiled)


@dataclass(frozen=True)
class _Cues:
    """What a sentence must hold for a row of the trigger table to be worth running: for
    one of the row's alternatives, a string of each of its sets. The automaton gives, for
    each string found, the alternatives (by number) it counts for and, as bits, which of
    their sets."""

    automaton: ahocorasick.Automaton
    row_of: tuple[int, ...]  # the row of each alternative
    all_sets: tuple[int, ...]  # the bits of all of each alternative's sets


def triggers_to_try(lex: SimpleNamespace, folded: str) -> list[int]:
    """The rows of the trigger table that may match the folded sentence, in table order.

    Most sentences report nothing: one pass of an Aho-Corasick automaton over the strings
    the rows' matches must contain finds the few rows worth running.
    """
    cues: _Cues = lex.TRIGGER_CUES
    found: dict[int, int] = {}
    for _, alternatives in cues.automaton.iter(folded):
        for alternative, bits in alternatives:
            found[alternative] = found.get(alternative, 0) | bits
    rows = {cues.row_of[alternative] for alternative, bits in found.items()
            if bits == cues.all_sets[alternative]}
    return sorted(rows.union(lex.TRIGGERS_ALWAYS))


def _cue_index(triggers: tuple[Trigger, ...]) -> tuple[_Cues, tuple[int, ...]]:
    """The rows' cues (see `_Cues`), and the rows that require no string (run on every
    sentence)."""
    strings: dict[str, dict[int, int]] = {}
    row_of: list[int] = []
    all_sets: list[int] = []
    always = []
    for row, trigger in enumerate(triggers):
        branches = required_strings_by_branch(trigger_regex(trigger.pattern))
        if branches is None:
            always.append(row)
            continue
        for sets in branches:
            alternative = len(row_of)
            row_of.append(row)
            all_sets.append((1 << len(sets)) - 1)
            for bit, cues in enumerate(sets):
                for cue in cues:
                    counts = strings.setdefault(cue, {})
                    counts[alternative] = counts.get(alternative, 0) | 1 << bit
    automaton = ahocorasick.Automaton()
    for cue, alternatives in strings.items():
        automaton.add_word(cue, tuple(alternatives.items()))
    automaton.make_automaton()
    return _Cues(automaton, tuple(row_of), tuple(all_sets)), tuple(always)
