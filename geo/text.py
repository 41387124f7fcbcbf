"""Text normalisation shared by the gazetteer's keys and the recogniser's scan.

`fold` maps every character to exactly one character, so an offset into folded text is
the same offset into the original: the recogniser scans folded text and reports spans of
the article's own text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from functools import lru_cache

import numpy as np

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
    ASCII, which string methods fold in C; only the other characters go through the table
    (see `translate_non_ascii`).
    """
    ascii_only = text.isascii()
    # (Before the table: it folds the Greek varia to a backtick that it keeps.)
    text = text.replace("-", " ").replace("`", "'")
    if not ascii_only:
        text = translate_non_ascii(text, FOLD_TABLE)
    text = text.lower()  # the table's foldings are already lower case
    for space in _ASCII_SPACES:
        text = text.replace(space, " ")
    return text


def translate_non_ascii(text: str, table: Mapping[int, str]) -> str:
    """The text with each character outside ASCII replaced by `table[its code]`, and the
    others left as they are.

    News is nearly all ASCII, with a handful of other characters (quotation marks,
    dashes, letters with accents): numpy lists them from the text's code points, and each
    one that the table changes is replaced throughout by one `str.replace` (a regex or
    `str.translate` steps through every character in a slower loop: three to four times as
    long for the text of a news article). The table must keep what it gives outside ASCII
    (`table[ord(c)] == c` for such a `c`), so that the order of the replacements does
    not matter.
    """
    if len(text) < _SHORT:  # a name: a set of its characters is cheaper than numpy's call
        found = {ord(char) for char in set(text) if not char.isascii()}
    else:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        found = set(codes[codes >= 128].tolist())
    for code in found:
        char, replacement = chr(code), table[code]
        if replacement != char:
            text = text.replace(char, replacement)
    return text


# Below this length a text is a name, and its characters are listed without numpy: the base
# gazetteer folds millions of names.
_SHORT = 64

# The ASCII characters that str.isspace() calls space, as the table folds them.
_ASCII_SPACES = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"


class LearnedTable(dict):
    """A `str.translate` table that works out each character's replacement the first time
    it meets the character: a text can hold any of a million, and holds a few."""

    def __init__(self, replacement: Callable[[str], str | None]) -> None:
        super().__init__()
        self._replacement = replacement

    def __missing__(self, code: int) -> str | None:
        replaced = self[code] = self._replacement(chr(code))
        return replaced


def _fold_for_good(char: str) -> str:
    """A character's folding, folded again until it stays: what the table gives outside
    ASCII it keeps ("ẞ" gives "ß", which gives "s": "ẞ" is "s"), as `translate_non_ascii`
    needs."""
    folded = _fold_char(char)
    while not folded.isascii() and (again := _fold_char(folded)) != folded:
        folded = again
    return folded


# What `fold` makes of each character outside ASCII (with `translate_non_ascii`).
FOLD_TABLE = LearnedTable(_fold_for_good)


@lru_cache(maxsize=262_144)
def name_key(name: str) -> str:
    """The key a name is looked up under: folded, with dots dropped and spaces collapsed.

    "St. Louis" and "st louis" are one key, and so are "Nagorno-Karabakh" and "nagorno
    karabakh"; apostrophes stay ("N'Djamena"), since the recogniser matches them as written.
    """
    folded = fold(name.strip()).replace(".", "")
    return " ".join(folded.split())


def in_capitals(text: str, start: int, sentence: str) -> bool:
    """Whether the word at `start` of `text` is written in capitals in a sentence that is
    not: "gunmen of IS shot a man" names the Islamic State, not the verb "is"."""
    word = (text[start:start + 40].split(maxsplit=1) or [""])[0]
    return len(word) > 1 and word.isupper() and not sentence.isupper()
