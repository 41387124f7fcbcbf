"""Paragraphs and sentences, with their offsets into the article's text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import SimpleNamespace

from geo.dates import DateExpression
from geo.events.lexicon import lexicon
from geo.model import Mention

_LAST_WORD = re.compile(r"([\w.'’-]+)[.!?…]+[\"'”’)\]]*$")
_LIST_ITEM = re.compile(r"\s*(?:[-*•#]|\d+[.)])\s")
_NEXT_WORD = re.compile(r"\s+(\S+)")
_SPACES = re.compile(r"\s*")
_LONGEST = 600  # characters: a longer "sentence" (a table, a list run together) is cut


def paragraphs(text: str, start: int = 0, lang: str = "en") -> list[tuple[int, int]]:
    """Paragraph spans: blank lines always separate, and so does a single line break, unless
    the lines around it are hard-wrapped prose (long lines that run on without closing
    punctuation). List items and headings are paragraphs of their own."""
    lex = lexicon(lang)
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    position = start
    for line in text[start:].split("\n"):
        span = (position, position + len(line))
        position += len(line) + 1
        if not line.strip() or _LIST_ITEM.match(line):
            spans += _run_paragraphs(text, run, lex)
            run = []
            if line.strip():
                spans += _run_paragraphs(text, [span], lex)
        else:
            run.append(span)
    return spans + _run_paragraphs(text, run, lex)


def _run_paragraphs(text: str, lines: list[tuple[int, int]], lex) -> list[tuple[int, int]]:
    """A run of consecutive lines: one paragraph if hard-wrapped, else one per line."""
    trimmed = []
    for line_start, line_end in lines:
        line = text[line_start:line_end]
        trimmed.append((line_start + len(line) - len(line.lstrip()),
                        line_start + len(line.rstrip())))
    if len(trimmed) >= 2:
        lines = [text[s:e] for s, e in trimmed]
        # A line runs on into the next when it has no closing stop and the next goes on
        # in lower case, or it ends on a word no sentence ends with: a headline over a
        # lead ("... 17:17 IST" / "Two French journalists ...") does neither.
        running_on = [line for line, following in zip(lines, lines[1:], strict=False)
                      if len(line) >= 40 and not _CLOSED.search(line)
                      and (following[:1].islower() or lex.OPEN_END.search(line))]
        if len(running_on) * 2 >= len(lines) - 1:
            return [(trimmed[0][0], trimmed[-1][1])]
    return trimmed


_CLOSED = re.compile(r"[.!?:\"”]$")


def split_sentences(text: str, start: int = 0, lang: str = "en",
                    paragraph_spans: list[tuple[int, int]] | None = None
                    ) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of text[start:], trimmed of white space; in
    `paragraph_spans` when the caller has them (`paragraphs` of the same text and start).

    A paragraph break always ends a sentence; a full stop does unless it closes an
    abbreviation ("Mr.", "Sept. 19", "U.S. forces") or an initial.
    """
    lex = lexicon(lang)
    spans = []
    if paragraph_spans is None:
        paragraph_spans = paragraphs(text, start, lang)
    for para_start, para_end in paragraph_spans:
        sentence_start = para_start
        for found in lex.SENTENCE_BREAK.finditer(text, para_start, para_end):
            if _ends_sentence(text, sentence_start, found.start(), found.end(), para_end, lex):
                spans.append((sentence_start, found.end()))
                sentence_start = _SPACES.match(text, found.end(), para_end).end()
        if sentence_start < para_end:
            spans.append((sentence_start, para_end))
    return [piece for s, e in spans if text[s:e].strip() for piece in _pieces(text, s, e)]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence, or a run-on one cut at its last comma, semicolon or space before each
    `_LONGEST` characters, so that the work per sentence stays bounded."""
    pieces = []
    while end - start > _LONGEST:
        cut = max(text.rfind(mark, start + 1, start + _LONGEST) for mark in ";, ")
        cut = cut + 1 if cut > start else start + _LONGEST
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    pieces.append((start, end))
    return [(s, s + len(text[s:e].rstrip())) for s, e in pieces if text[s:e].strip()]


def _ends_sentence(text: str, sentence_start: int, punct_start: int, punct_end: int,
                   para_end: int, lex) -> bool:
    after = _NEXT_WORD.match(text, punct_end, para_end)
    if after is None:
        return False  # the paragraph's end ends it anyway
    next_word = after.group(1)
    first = next_word.lstrip("\"'“‘([«„")[:1]
    # (a note in square brackets after the stop opens what follows: "... stall fees.
    # [size=hundreds] On 21 March, ...")
    if not next_word.startswith("[") and not (first.isupper() or first.isdigit()):
        return False
    if text[punct_start] != ".":
        return True
    # The word before the stop. (No space is in it: the search starts after the last one,
    # where it finds what it would from further back, at a fraction of the cost.)
    first_at = max(sentence_start, punct_start - 40)
    first_at = max(first_at, text.rfind(" ", first_at, punct_end) + 1)
    last = _LAST_WORD.search(text, first_at, punct_end)
    word = last.group(1).lower().strip("'’") if last else ""
    if word in lex.TITLES or word in lex.NEVER_LAST:
        return False
    if word in lex.BEFORE_NUMBERS and first.isdigit():
        return False
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "J. Smith"
    if "." in word.strip("."):  # a dotted acronym: "U.S.", "a.m."
        return next_word.strip("\"'“‘(").lower() in lex.SENTENCE_STARTERS
    return True


@dataclass
class Sentence:
    """A sentence as the events stage reads it: its text, folded (one character for one, so
    offsets agree), where it starts in the article, the usable place mentions and demonyms
    in it, its date expressions, and the language's words (`lex`)."""

    text: str
    folded: str
    start: int  # offset in the article
    index: int  # its number in the article
    paragraph: int  # its paragraph's number (-1 outside any)
    mentions: tuple[Mention, ...]  # resolved place mentions (role "mention")
    demonyms: tuple[Mention, ...]  # "Azerbaijani troops": who, never where
    dates: tuple[DateExpression, ...]
    lex: SimpleNamespace
    heading: bool = False  # a headline, title or section heading
    unknown: tuple[Mention, ...] = ()  # names in a place's position the gazetteer lacks
    # (the clauses asked for, kept: the rules ask about one trigger's clause many times)
    _clauses: dict[tuple[int, int], tuple[int, int]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def clause(self, start: int, end: int | None = None) -> tuple[int, int]:
        """The clause around text[start:end]: from the last clause break before it to the
        first after it."""
        end = start if end is None else end
        found = self._clauses.get((start, end))
        if found is None:
            first = 0
            for found_break in self.lex.CLAUSE_BREAK.finditer(self.text, 0, start):
                first = found_break.end()
            after = self.lex.CLAUSE_BREAK.search(self.text, end)
            found = self._clauses[start, end] = (first, after.start() if after
                                                 else len(self.text))
        return found
