"""Text normalisation shared by the gazetteer's keys and the recogniser's scan.

`fold` maps every character to exactly one character, so an offset into folded text is
the same offset into the original: the recogniser scans folded text and reports spans of
the article's own text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that have no Unicode decomposition but that news writers replace by an ASCII
# letter ("Xankəndi" is written "Xankendi"; "Łódź" as "Lodz").
_SPECIAL = {
    "ə": "e", "Ə": "e", "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
    "ß": "s", "æ": "a", "Æ": "a", "œ": "o", "Œ": "o", "þ": "t", "Þ": "t", "ð": "d", "Ð": "d",
    "ħ": "h", "Ħ": "h", "ŀ": "l", "Ŀ": "l",
}
# Apostrophes, hyphens and dashes that mean the same in a name.
_APOSTROPHES = "'’‘`´ʼʻ′"
_HYPHENS = "-‐‑‒–—―"


def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char in _APOSTROPHES:
        return "'"
    if char in _HYPHENS or char.isspace():
        return " "
    base = unicodedata.normalize("NFD", char)[0]
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base


def fold(text: str) -> str:
    """Lower-case, strip diacritics, unify apostrophes and turn hyphens into spaces.

    One character in, one character out: `len(fold(t)) == len(t)`. News is nearly all
    ASCII, which string methods fold in C; only the runs of other characters go through
    the table (a table over every character of a text costs three times as much).
    """
    ascii_only = text.isascii()
    # (Before the runs are folded: the table folds the Greek varia to a backtick it keeps.)
    text = text.replace("-", " ").replace("`", "'")
    if not ascii_only:
        text = NON_ASCII_RUN.sub(_fold_run, text)
    text = text.lower()  # the table's foldings are already lower case
    for space in _ASCII_SPACES:
        text = text.replace(space, " ")
    return text


def _fold_run(match: re.Match) -> str:
    return match.group().translate(_FOLD_TABLE)


NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# The ASCII characters that str.isspace() calls space, as the table folds them.
_ASCII_SPACES = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"


class _FoldTable(dict):
    """A translate table that learns each character's folding the first time it meets it."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


@lru_cache(maxsize=262_144)
def name_key(name: str) -> str:
    """The key a name is looked up under: folded, with dots dropped and spaces collapsed.

    "St. Louis" and "st louis" are one key, and so are "Nagorno-Karabakh" and "nagorno
    karabakh"; apostrophes stay ("N'Djamena"), since the recogniser matches them as written.
    """
    folded = fold(name.strip()).replace(".", "")
    return " ".join(folded.split())
