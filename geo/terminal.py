"""Text printed to the terminal, made safe to print.

File names, article titles and gazetteer names come from users' files and from servers, and
may hold escape sequences that retitle or clear a terminal, line breaks that forge a line of
the summary, or ten thousand characters. Whatever is printed goes through `shown`, which
escapes every control character the way Python writes it in a string (`\\x1b`, `\\n`,
`\\u202e`) and cuts a long value short.
"""

from __future__ import annotations

import re

NAME_LIMIT = 200  # characters of one name or path shown; the rest is cut with its length

# C0 and C1 controls, DEL, line and paragraph separators, lone surrogates, and the marks that
# reorder the text around them (bidirectional overrides and isolates).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
                     "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    return _SHORT.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def shown(value: object, limit: int | None = NAME_LIMIT) -> str:
    """`value` as one safe line: control characters escaped, cut after `limit` characters."""
    text = str(value)
    if limit is not None and len(text) > limit:
        text = f"{text[:limit]}… ({len(text):,} characters)"
    return _UNSAFE.sub(_escaped, text)


def print_lines(text: str, **print_args) -> None:
    """Print a message of several lines, each made safe (none is cut: the values in it
    should have been cut by `shown` already)."""
    for line in str(text).split("\n"):
        print(shown(line, limit=None), **print_args)
