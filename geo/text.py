"""Text normalisation shared by the gazetteer's keys and the recogniser's scan.

`fold` maps every character to exactly one character, so an offset into folded text is
the same offset into the original: the recogniser scans folded text and reports spans of
the article's own text.
"""

from __future__ import annotations

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

    One character in, one character out: `len(fold(t)) == len(t)`.
    """
    if text.isascii():
        return text.lower().replace("-", " ").replace("`", "'").translate(_ASCII_SPACES)
    return text.translate(_FOLD_TABLE)


class _FoldTable(dict):
    """A translate table that learns each character's folding the first time it meets it."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()
_ASCII_SPACES = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\x0b": " ", "\x0c": " "})


@lru_cache(maxsize=262_144)
def name_key(name: str) -> str:
    """The key a name is looked up under: folded, with dots dropped and spaces collapsed.

    "St. Louis" and "st louis" are one key, and so are "Nagorno-Karabakh" and "nagorno
    karabakh"; apostrophes stay ("N'Djamena"), since the recogniser matches them as written.
    """
    folded = fold(name.strip()).replace(".", "")
    return " ".join(folded.split())
