"""A language's event words, compiled once into what the events stage reads.

`geo.lang.<code>.words` holds the words as plain data: strings are regular expressions over
folded text, sets and dicts are word lists. `lexicon(code)` gives the same names with every
string compiled, plus the trigger table as `Trigger` rows with their compiled patterns.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace

import ahocorasick

from geo.cues import (
    alternatives_index,
    cue_finder,
    cued_keys,
    first_characters,
    required_strings,
    required_strings_by_branch,
)
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
        if not name.isupper() or name.startswith("_"):
            continue  # (a private name: a part of the patterns written with it)
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
    # Whether the language capitalises every noun (German): then a capital marks no name.
    compiled["NOUNS_CAPITALISED"] = _nouns_capitalised(code)
    # The month names as folded words: a day of the month is no count ("on 24 April").
    compiled["MONTH_WORDS"] = frozenset(fold(month.rstrip(".")) for month in data.dates.MONTHS)
    compiled["GROUP_NAMES"], compiled["GROUP_TABLE"], compiled["GROUP_ENEMIES_BEFORE"] = \
        _group_names(data)
    # Whether an article may name an armed group at all, in one pass of an automaton: most
    # name none, and the names' regex costs as much as the rest of reading their places.
    # (Two characters: the acronyms, "IS", are the shortest a name needs.)
    compiled["GROUP_NAMES_CUE"] = (
        cue_finder(required_strings(compiled["GROUP_NAMES"].pattern, shortest=2))
        if compiled["GROUP_NAMES"] is not None else None)
    return SimpleNamespace(**compiled)


def _group_names(data) -> tuple[re.Pattern | None, tuple[tuple[str, ...], ...],
                                re.Pattern | None]:
    """The armed groups and forces known by name (`geo.lang.<code>.actors.GROUPS`), as
    written, in one regex whose group `g<i>` is row i of the table, and what before a name
    makes it their enemies' (`GROUP_ENEMIES_BEFORE`, over folded text); None for a language
    with no actor words. The events stage asks them who acted ("members of the PKK
    attacked": an armed group, no crowd); the actors stage names them from them."""
    actors = getattr(data, "actors", None)
    if actors is None:
        return None, (), None
    pattern = r"\b(?:" + "|".join(f"(?P<g{i}>{p})" for i, p in enumerate(actors.GROUPS)) + r")\b"
    # (opened by a look at the one character a name can begin with: the engine then skips
    # in one step the positions where none can, instead of trying every name at each)
    starts = first_characters(re.compile(pattern))
    opening = f"(?={starts.pattern})" if starts is not None else ""
    return (re.compile(opening + pattern), tuple(actors.GROUPS.values()),
            re.compile(actors.GROUP_ENEMIES_BEFORE))


def _nouns_capitalised(code: str) -> bool:
    """The flag of the language's place words (`geo.lang.<code>.places`), read once."""
    try:
        places = importlib.import_module(f"geo.lang.{code}.places")
    except ModuleNotFoundError:
        return False
    return getattr(places, "NOUNS_CAPITALISED", False)


def triggers_to_try(lex: SimpleNamespace, folded: str) -> list[int]:
    """The rows of the trigger table that may match the folded sentence, in table order.

    Most sentences report nothing: one pass of an Aho-Corasick automaton over the strings
    the rows' matches must contain finds the few rows worth running (see `_cue_index`).
    """
    return sorted(set(cued_keys(lex.TRIGGER_CUES, folded)).union(lex.TRIGGERS_ALWAYS))


def _cue_index(triggers: tuple[Trigger, ...]) -> tuple[ahocorasick.Automaton, tuple[int, ...]]:
    """What a sentence must hold for a row of the trigger table to be worth running: for
    one of the row's alternatives, a string of each of its sets (an `alternatives_index`
    keyed by row). Also the rows that require no string (run on every sentence)."""
    alternatives: list[tuple[int, list[frozenset[str]]]] = []
    always = []
    for row, trigger in enumerate(triggers):
        branches = required_strings_by_branch(trigger_regex(trigger.pattern))
        if branches is None:
            always.append(row)
            continue
        alternatives += [(row, sets) for sets in branches]
    return alternatives_index(alternatives), tuple(always)
