"""What a regular expression's parse tree tells: which strings every match contains (a cheap
test before the expression runs), the words a match may begin with, its top-level branches.

Most sentences hold no trigger and no relative date; finding the few words a pattern cannot
do without (with `in`, or an Aho-Corasick automaton for many patterns) tells so far faster
than running the pattern. The strings are read from the pattern's parse tree; a pattern
whose matches need no string of `SHORTEST_CUE` characters has no cues and always runs.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Hashable, Iterable, Iterator

import ahocorasick

try:  # the regular-expression parser: Python 3.11 and later
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

SHORTEST_CUE = 3  # characters: a shorter required string would let most texts through


def required_strings(pattern: str, shortest: int = SHORTEST_CUE) -> frozenset[str] | None:
    """Strings of at least `shortest` characters one of which every match of the pattern
    contains (lower case when the pattern ignores case), or None when no such set can be
    told."""
    parsed = _sre_parse.parse(pattern)
    found = _required(parsed.data, shortest)
    if found is not None and parsed.state.flags & re.IGNORECASE:
        found = frozenset(s.lower() for s in found)
    return found


def required_strings_by_branch(pattern: str, shortest: int = SHORTEST_CUE
                               ) -> list[list[frozenset[str]]] | None:
    """For each top-level alternative of the pattern (zero-width assertions and groups
    around them aside, and an alternative that is a group of alternatives read as those),
    the sets of strings one of each of which every match of that alternative contains;
    None when some alternative needs no string (the pattern may match any text). A text may
    match only if, for some alternative, it holds a string of each of its sets: a finer
    test than `required_strings`, which must hold for all."""
    parsed = _sre_parse.parse(pattern)
    found = [_candidates(branch, shortest) for branch in _alternatives(parsed.data)]
    if any(not sets for sets in found):
        return None
    if parsed.state.flags & re.IGNORECASE:
        found = [[frozenset(s.lower() for s in strings) for strings in sets]
                 for sets in found]
    return found


def _alternatives(items) -> list:
    """The alternatives of parsed items, read inside the groups around them: each part of
    "(?P<ago>\\d+ days? ago)" counts (both "day" and "ago"), not only the most telling one,
    and "(?P<today>today|earlier today|...)" is as many alternatives."""
    significant = _significant(items)
    while len(significant) == 1 and significant[0][0] is _sre.SUBPATTERN:
        items = significant[0][1][-1]
        significant = _significant(items)
    if len(significant) == 1 and significant[0][0] is _sre.BRANCH:
        return [found for branch in significant[0][1][1] for found in _alternatives(branch)]
    return [items]


def _significant(items) -> list:
    """The parts of a parsed pattern that consume text (not its anchors and lookarounds)."""
    return [(op, value) for op, value in items
            if op not in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)]


def requires_one_of(pattern: str, strings: frozenset[str]) -> bool:
    """Whether every match of the pattern holds one of `strings`, as its parse tree tells
    (False when it cannot tell): a text without them needs no run of it."""
    parsed = _sre_parse.parse(pattern)
    return any(found <= strings
               for found in _candidates(parsed.data, min(map(len, strings), default=1)))


def _required(items, shortest: int = SHORTEST_CUE) -> frozenset[str] | None:
    candidates = _candidates(items, shortest)
    if not candidates:
        return None
    # The most telling: the longest shortest string, then the fewest strings.
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _candidates(items, shortest: int) -> list[frozenset[str]]:
    """Sets of strings one of each of which every match holds: one set per part of the
    pattern that every match goes through (the most telling one of a nested part)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if len(run) >= shortest:
            candidates.append(frozenset({"".join(run)}))
        run.clear()

    for op, value in items:
        if op is _sre.LITERAL:
            run.append(chr(value))
            continue
        close_run()
        if op is _sre.BRANCH:
            branches = [_required(branch, shortest) for branch in value[1]]
            if all(b is not None for b in branches):
                candidates.append(frozenset().union(*branches))
        elif op is _sre.SUBPATTERN:
            inner = _required(value[-1], shortest)
            if inner is not None:
                candidates.append(inner)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[0] >= 1:
            inner = _required(value[2], shortest)
            if inner is not None:
                candidates.append(inner)
    close_run()
    return candidates


def cue_finder(cues: frozenset[str] | None) -> Callable[[str], bool] | None:
    """A test of whether a text holds one of the cues, in one pass of an Aho-Corasick
    automaton (a search per cue, or a regex of them all, costs several times as much); None
    without cues (the text may always match)."""
    if cues is None:
        return None
    if not cues:
        return lambda text: False
    automaton = ahocorasick.Automaton()
    for cue in cues:
        automaton.add_word(cue, cue)
    automaton.make_automaton()
    return lambda text: next(automaton.iter(text), None) is not None


def branch_cue_finder(pattern: str) -> Callable[[str], bool] | None:
    """A test of whether a text holds, for some top-level alternative of the pattern, a
    string of each of its sets (`required_strings_by_branch`; see `alternatives_index`);
    None when the pattern may match any text. Finer than `cue_finder` where the
    alternatives are phrases of common words ("this week", "two days ago"): "this" or
    "day" alone lets most texts through."""
    branches = required_strings_by_branch(pattern)
    if branches is None:
        return None
    index = alternatives_index(enumerate(branches))
    return lambda text: next(cued_keys(index, text), None) is not None


def alternatives_index(alternatives: Iterable[tuple[Hashable, list[frozenset[str]]]]
                       ) -> ahocorasick.Automaton:
    """An automaton for alternatives (key, sets of strings) that a text may match only if it
    holds a string of each set (see `cued_keys`). It holds the strings of each
    alternative's most telling set (its shortest string the longest: "the" or "ing" would
    be found in most texts), each giving the (key, other sets) of the alternatives it
    opens; the other sets are looked for with `in` only when it is found."""
    opening: dict[str, list[tuple[Hashable, tuple[tuple[str, ...], ...]]]] = {}
    for key, sets in alternatives:
        first, *others = sorted(sets, key=lambda strings: (
            -min(map(len, strings)), len(strings), sorted(strings)))
        other_sets = tuple(tuple(sorted(strings, key=len)) for strings in others)
        for cue in first:
            opening.setdefault(cue, []).append((key, other_sets))
    automaton = ahocorasick.Automaton()
    for cue, opened in opening.items():
        automaton.add_word(cue, tuple(opened))
    automaton.make_automaton()
    return automaton


def cued_keys(index: ahocorasick.Automaton, text: str) -> Iterator[Hashable]:
    """The keys of the alternatives of `index` (`alternatives_index`) whose every set has a
    string in the text, each once, in one pass over it."""
    found: set[Hashable] = set()
    for _, opened in index.iter(text):
        for key, other_sets in opened:
            if key in found:
                continue
            for strings in other_sets:  # (each set must have a string in the text)
                for string in strings:
                    if string in text:
                        break
                else:
                    break
            else:
                found.add(key)
                yield key


def first_characters(pattern: re.Pattern[str], cased: bool = False
                     ) -> re.Pattern[str] | None:
    """A pattern of one character that matches wherever a match of `pattern` may begin (at
    one of its possible first characters), or None when the parse tree does not tell (or a
    match may be empty); with `cased`, None too when one of them may be in any case (most
    letters then begin a match: few are left out). See `matches_at_starts`."""
    parsed = _sre_parse.parse(pattern.pattern)
    # (the compiled pattern's flags: those given to re.compile as well as those written)
    found = _first_characters(parsed.data, bool(pattern.flags & re.IGNORECASE))
    if found is None or found[1] or cased and any(ignore_case for _, ignore_case in found[0]):
        return None
    # One set of the characters as written, one of those in any case (each in one pass).
    cased = "".join(sorted({one for one, ignore_case in found[0] if not ignore_case}))
    folded = "".join(sorted({one for one, ignore_case in found[0] if ignore_case}))
    return re.compile("|".join([f"[{cased}]"] * bool(cased) + [f"(?i:[{folded}])"] * bool(folded)))


_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D",
               _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S",
               _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}


def opens_with_optional(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern's first part may be absent ("(?:Monday, )?4 May"): the regex
    engine then tries the whole pattern at every character, where one that opens with a
    word or a set of words is looked for by its first character (see `first_characters`)."""
    items = _significant(_sre_parse.parse(pattern.pattern).data)
    while items and items[0][0] is _sre.SUBPATTERN:
        items = _significant(items[0][1][-1])
    return bool(items) and items[0][0] in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and \
        items[0][1][0] == 0


def _first_characters(items, ignore_case: bool) -> tuple[list[tuple[str, bool]], bool] | None:
    """The characters a match of the parsed items may begin with (each as it is written in
    a character set, and whether in any case), and whether the items may match nothing
    (then what follows them may begin the match). Zero-width assertions are passed over:
    they only turn matches away."""
    firsts: list[tuple[str, bool]] = []
    for op, value in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        if op in (_sre.LITERAL, _sre.IN):
            one = _one_character([(op, value)])
            return None if one is None else (firsts + [(one, ignore_case)], False)
        if op is _sre.SUBPATTERN:
            _, add_flags, del_flags, inner = value
            case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not (
                del_flags & re.IGNORECASE)
            found = _first_characters(inner, case)
            may_be_empty = found is not None and found[1]
        elif op is _sre.BRANCH:
            branches = [_first_characters(branch, ignore_case) for branch in value[1]]
            found = None if None in branches else (
                [one for b in branches for one in b[0]], any(b[1] for b in branches))
            may_be_empty = found is not None and found[1]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            found = _first_characters(value[2], ignore_case)
            may_be_empty = found is not None and (found[1] or value[0] == 0)
        else:
            return None
        if found is None:
            return None
        firsts += found[0]
        if not may_be_empty:
            return firsts, False
    return firsts, True


def _character_class(items) -> str | None:
    """A parsed character set ([0-3], [\\s-]) written back as the inside of one; None
    for a negated one (which no union of sets can hold)."""
    parts = []
    for op, value in items:
        if op is _sre.LITERAL:
            parts.append(re.escape(chr(value)))
        elif op is _sre.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is _sre.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:
            return None
    return "".join(parts)


def end_guard(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a pattern whose matches end where the text does ("...$"): a pattern that
    matches every text it matches, written from the character its match must end with and
    the ones it may end with after that (",\\s*$" or "\\(\\s*$" for "in X (Y, Z" and "in
    X, "). The engine finds those characters in one pass, where it tries the pattern itself
    at every character. None when the parse tree does not tell (or the pattern ignores
    case in part, or its "$" may be a line's end)."""
    if pattern.flags & (re.IGNORECASE | re.MULTILINE) or re.search(r"\(\?[a-zA-Z]*[im]",
                                                                  pattern.pattern):
        return None
    endings: set[str] = set()
    for items in _alternatives(_sre_parse.parse(pattern.pattern).data):
        items = list(items)
        if not items or items[-1] != (_sre.AT, _sre.AT_END):
            return None
        found = _endings(items[:-1], "")
        if found is None:
            return None
        endings.update(found)
    return re.compile("|".join(f"{ending}$" for ending in sorted(endings)))


def _endings(items, tail: str) -> list[str] | None:
    """Patterns of how a match of the parsed items (then `tail`) may end: a character it
    must hold, then the optional ones after it. None when the parse tree does not tell."""
    for at in range(len(items) - 1, -1, -1):
        op, value = items[at]
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # (zero-width: it only turns matches away)
        if op in (_sre.LITERAL, _sre.IN):
            one = _one_character([(op, value)])
            return None if one is None else [f"[{one}]{tail}"]
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[0] == 0:
            one = _one_character(value[2])
            if one is not None:  # optional characters: one more part of the tail
                tail = f"[{one}]*{tail}"
                continue
            # something optional: a match ends with it, or with what comes before it
            with_it, without = _endings(value[2], tail), _endings(items[:at], tail)
            return None if with_it is None or without is None else with_it + without
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            return _endings(value[2], tail)  # (as its last repetition ends)
        if op is _sre.SUBPATTERN:
            return _endings(value[-1], tail)
        if op is _sre.BRANCH:
            found = [_endings(branch, tail) for branch in value[1]]
            return None if None in found else [e for ending in found for e in ending]
        return None
    return None  # it may match nothing: it may end with any character


def _one_character(items) -> str | None:
    """The inside of a character set for parsed items that match one character ("," or
    [\\s-]), or None."""
    if len(items) != 1:
        return None
    op, value = items[0]
    if op is _sre.LITERAL:
        return re.escape(chr(value))
    return _character_class(value) if op is _sre.IN else None


def matches_at_starts(pattern: re.Pattern[str], starts: re.Pattern[str] | None,
                      text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, with the pattern tried only where `starts` (its
    `first_characters`) matches: the same matches, but a pattern that opens with optional
    words ("(Monday, )?the 4th of ...") is otherwise tried at every character. (No match is
    empty, so each next one is looked for from where the last one ended, as finditer does.)"""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts.finditer(text):
        at = start.start()
        if at >= end and (found := pattern.match(text, at)) is not None:
            end = found.end()
            yield found


def first_words(pattern: str) -> frozenset[str] | None:
    """The words a match of the pattern can begin with, or None when the pattern matches
    no finite set of strings."""
    strings = _every_string(_sre_parse.parse(pattern).data)
    return None if strings is None else frozenset(s.split(" ")[0] for s in strings if s)


def _every_string(items, limit: int = 5000) -> set[str] | None:
    """Every string a (parsed) pattern matches, lookarounds aside; None when unbounded."""
    result = {""}
    for op, value in items:
        if op is _sre.LITERAL:
            options = {chr(value)}
        elif op is _sre.IN:
            if any(kind is not _sre.LITERAL for kind, _ in value):
                return None
            options = {chr(code) for _, code in value}
        elif op is _sre.SUBPATTERN:
            options = _every_string(value[-1], limit)
        elif op is _sre.BRANCH:
            branches = [_every_string(branch, limit) for branch in value[1]]
            options = None if any(b is None for b in branches) else set().union(*branches)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[1] <= 2:
            inner = _every_string(value[2], limit)
            options = None if inner is None else {
                "".join(parts) for n in range(value[0], value[1] + 1)
                for parts in itertools.product(inner, repeat=n)}
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue
        else:
            return None
        if options is None:
            return None
        result = {a + b for a in result for b in options}
        if len(result) > limit:
            return None
    return result


def top_level_branches(pattern: str) -> list[str]:
    """The top-level branches of a pattern ("security forces|forces" -> both), so that the
    longest of many patterns' words can be tried first where two start at one place."""
    branches, current = [], []
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append("".join(current))
            current = []
            continue
        current.append(char)
    branches.append("".join(current))
    return branches
