"""Text printed to the terminal, made safe to print.

File names, article titles and gazetteer names come from users' files and from servers, and
may hold escape sequences that retitle or clear a terminal, line breaks that forge a line of
the summary, or ten thousand characters. Whatever is printed goes through `shown`, which
escapes every control character the way Python writes it in a string (`\\x1b`, `\\n`,
`\\u202e`) and cuts a long value short. A long step (the one-time base build, parsing) draws
how far it has gone with `TerminalProgress`, on a terminal only.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from typing import TextIO

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


class TerminalProgress:
    """`progress(done, total, what)`, drawn on one line of a terminal: what the long parts of
    a run (the one-time base build, the name index, parsing) are doing, for a user watching.

    Nothing is drawn when the stream is not a terminal (a pipe, a log file, a test) or with
    --quiet, so that a log holds the summary and no bars. The stages get it as a plain
    callback and know nothing of the terminal. `total` 0 is a count with no known end.
    """

    def __init__(self, stream: TextIO, enabled: bool = True, interval: float = 0.1):
        self.stream = stream
        self.enabled = enabled and _is_terminal(stream)
        self.interval = interval
        self._what = ""
        self._drawn = 0.0  # when the line was last drawn
        self._started = 0.0
        self._width = 0

    def __call__(self, done: int, total: int, what: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if what != self._what:
            self.finish()
            self._what, self._started = what, now
        elif now - self._drawn < self.interval and (not total or done < total):
            return
        self._drawn = now
        if total:
            line = f"{what}: {done:,} of {total:,} ({100 * done // max(total, 1)}%)"
        else:
            rate = done / (now - self._started) if now - self._started > 1 else 0.0
            line = f"{what}: {done:,}" + (f" ({rate:,.0f}/s)" if rate else "")
        self.stream.write("\r" + shown(line, 150).ljust(self._width))
        self.stream.flush()
        self._width = len(line)
        if total and done >= total:
            self.finish()

    def finish(self) -> None:
        """End the line drawn, if any, so that what is printed next starts a line of its
        own."""
        if self._width:
            self.stream.write("\n")
            self.stream.flush()
        self._what, self._width = "", 0


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed, or no file behind it
        return False


class ArgumentParser(argparse.ArgumentParser):
    """argparse's, with its error line made safe to print: it quotes the bad argument."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {shown(message, 400)}\n")
