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

from geo.cues import required_strings
from geo.lang import language


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
    return SimpleNamespace(**compiled)


def triggers_to_try(lex: SimpleNamespace, folded: str) -> list[int]:
    """The rows of the trigger table that may match the folded sentence, in table order.

    Most sentences report nothing: one pass of an Aho-Corasick automaton over the words
    every match of a row must contain finds the few rows worth running.
    """
    rows = set(lex.TRIGGERS_ALWAYS)
    for _, found in lex.TRIGGER_CUES.iter(folded):
        rows.update(found)
    return sorted(rows)


def _cue_index(triggers: tuple[Trigger, ...]) -> tuple[ahocorasick.Automaton, tuple[int, ...]]:
    """An automaton from the words some row requires to the rows, and the rows that
    require no word (run on every sentence)."""
    automaton = ahocorasick.Automaton()
    cues: dict[str, set[int]] = {}
    always = []
    for row, trigger in enumerate(triggers):
        required = required_strings(trigger_regex(trigger.pattern))
        if required is None:
            always.append(row)
            continue
        for cue in required:
            cues.setdefault(cue, set()).add(row)
    for cue, rows in cues.items():
        automaton.add_word(cue, tuple(sorted(rows)))
    automaton.make_automaton()
    return automaton, tuple(always)
