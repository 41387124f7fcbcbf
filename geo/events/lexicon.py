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
    # All the triggers in one pattern: most sentences have none, and one search tells so.
    compiled["ANY_TRIGGER"] = re.compile("|".join(trigger_regex(t.pattern) for t in triggers))
    return SimpleNamespace(**compiled)
