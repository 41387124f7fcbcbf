"""How many people a sentence says were killed.

The count is read around each word of killing: after an active verb ("the strike killed
three people"), else in the noun phrase before it ("13 people, including four children,
were killed"). A list is summed ("three police officers and a child" is four), a count and
its parts are not added twice ("six citizens, four police officers and two road workers"),
a vague count gives ACLED's number for it ("dozens" 12) or none ("several"), and a toll
over a whole war or a span ("since the fighting began", "in total") is not one event's dead.
"""

from __future__ import annotations

import bisect
import re

from geo.events.lexicon import lexicon
from geo.text import fold

# Words of any script: a count is read in Cyrillic or Armenian as in Latin letters. Thousands
# are grouped by a comma in English and by a stop in most languages of Europe ("2.317").
# (a name of letters and digits is one word, no count: "M23 fighters", "Su25 jets")
_TOKENS = re.compile(r"\d{1,3}(?:[,.]\d{3})+(?![\d,.]\d)|\d+|[^\W\d_]+\d\w*|"
                     r"[^\W\d_]+(?:'[^\W\d_]+)?|[,;:.]")
_DIGITS = re.compile(r"\d{1,3}(?:[,.]\d{3})+|\d+")
_PUNCTUATION = frozenset({",", ";", ":", "."})


def fatalities(sentence: str, lang: str = "en") -> int | None:
    """People the sentence says were killed; None when it gives no number ("several")."""
    return counted_dead(sentence, lang)[0]


def counted_dead(sentence: str, lang: str = "en") -> tuple[int | None, bool]:
    """`fatalities`, and whether that count is only a side's claim of the dead it caused
    (`CLAIMED_KILLING_BEFORE`), with no other count of them in the sentence."""
    lex = lexicon(lang)
    # ("fatally shot a man" is "killed a man"; "the fatal shooting of a teenager", "the
    # killing of" one)
    sentence = lex.FATAL_NOUN.sub("killing", lex.FATALLY.sub("killed", sentence))
    # ("Samvel Davtyan, 67, was killed": the name, not the age)
    sentence = lex.AGE_AFTER_A_NAME.sub(lambda found: found.group(1), sentence)
    sentence = lex.AGE_ASIDE.sub("", sentence)  # ("two farmers from X, aged 34 and 52,")
    sentence = lex.AGES_GIVEN.sub("aged", sentence)  # ("two men aged 19 and 22": two)
    sentence = _without_the_counted_named(sentence, lex)
    folded = fold(sentence)
    coded = coder_note(folded, lex)
    if coded:
        return int(next(g for g in coded.groups() if g)), False  # the note's count
    if lex.ZERO.search(folded):
        return 0, False
    if lex.WHETHER_ANYONE.search(folded):
        return None, False  # "without saying whether anyone was killed"
    if lex.RUNNING_TOTAL.search(folded) or lex.WAR_AS_SUBJECT.search(folded):
        return None, False  # "2,317 killed, an increase of 1,000": the war's dead so far
    tokens = _tokens(sentence, folded)
    counts = []
    counted_at = []  # where each of `counts` was read, by token
    claimed = []  # counts a side claims of the dead it caused (`CLAIMED_KILLING_BEFORE`)
    # ("the death of one soldier" counts when no verb of killing counts them: "the death of
    # a 16-year-old who was killed" is one)
    deaths_named = []
    for index, token in enumerate(tokens):
        if token not in lex.KILLING:
            continue
        if token in lex.LIVES and tokens[index - 2:index - 1] != list(lex.LOST) or \
                token in lex.DEAD and tokens[index - 1:index] == list(lex.THE):
            continue
        if token in lex.KILLING_NOUNS and tokens[index - 1:index] == list(lex.THE) and \
                tokens[index + 1:index + 2] and tokens[index + 1] not in lex.OF_WORDS:
            continue  # "a video of the killing seen by reporters": the killing told, no count
        after, active = index + 1, token in lex.KILLING_ACTIVE
        if token in lex.KILLING_NOUNS and tokens[after:after + 1] and tokens[after] in lex.OF_WORDS:
            after, active = after + 1, True  # "the deaths of two civilians"
        elif token in lex.DEATH and tokens[after:after + 1] and tokens[after] in lex.OF_WORDS \
                and tokens[after + 1:after + 2] and (_count_word(tokens[after + 1], lex)
                                                     or tokens[after + 1] in lex.ARTICLES):
            # "reported the death of one soldier" (not "the death of his father")
            count = _count(_walk_forward(tokens, after + 1, lex), lex)
            if count is not None:
                deaths_named.append(count)
            continue
        elif token in lex.DEATH:
            if tokens[index - 1:index] != list(lex.TO):
                continue  # "death" counts only in "beaten to death"
            # The verb before "to death" stands for the killing, its object after it:
            # "beaten to death", "beat him to death", "tortured a villager to death".
            verb = next((j for j in range(index - 2, max(-1, index - 7), -1)
                         if tokens[j] in lex.KILLING_MANNER), None)
            index, active = (verb, True) if verb is not None else (index - 2, True)
            after = index + 1 if verb is not None else index
        elif token in lex.DEAD and index and tokens[index - 1] in lex.KILLING_MANNER:
            index, active = index - 1, True  # "shot dead"
        # "was shot and killed": the first verb of the pair carries the voice.
        while index >= 2 and tokens[index - 1] in lex.AND and \
                tokens[index - 2] in lex.KILLING_MANNER:
            index -= 2
        start, end = _clause_span(tokens, index)
        clause = " ".join(tokens[start:end + 1])
        # (and the words that lead into it: "the war over X, in which 6,500 died")
        lead_in = " ".join(tokens[max(0, start - _LEAD_IN):end + 1])
        if lex.CUMULATIVE.search(clause) or lex.YEAR_TOLL.search(clause) or \
                lex.WAR_IN_WHICH.search(lead_in):
            continue
        count = None
        verb_at = index - 1
        while verb_at >= 0 and tokens[verb_at] in lex.VERB_ADVERBS:
            verb_at -= 1
        passive = verb_at >= 0 and tokens[verb_at] in lex.PASSIVE
        participle = tokens[after:after + 1] and tokens[after] in lex.PARTICIPLE_END \
            and tokens[after] not in lex.AT or tokens[after:after + 1] == list(lex.AND)
        if participle and not passive and token in lex.KILLING_AS_VERB:
            continue  # "killed four herders (beheaded)": how the four died
        killed = []  # whom an active verb names after it ("killed dozens of bandits")
        if active and not passive and not participle:
            killed = _walk_forward(tokens, after, lex)
            count = _count(killed, lex)
            if count is None and (_animals(killed, lex) or killed[:1] and _count_word(
                    killed[0], lex) and _animals(killed[1:], lex)):
                continue  # "torched 30 granaries and killed 12 goats": no one died
        if count is None and not _vague(killed, lex):
            # (but dead too many to count are not its subject's: "X killed dozens")
            start = index - (3 if token in lex.LIVES else 1)
            subject = _walk_back(tokens, start, lex)
            count = _count(subject, lex)
            if count is None and (passive or not active) and subject[-1:] and \
                    subject[-1] in lex.ONE_SUBJECTS:
                count = 1  # "and he died", "she was killed" (not "he killed them")
            elif count is None and (passive or not active) and _both(subject, lex):
                count = 2  # "Both died", "both of them were killed"
        if count is None and passive and tokens[verb_at] in lex.SINGULAR_PASSIVE:
            count = 1  # "a shepherd was killed", "the imam was executed"
        if count == 1 and counts and killed[:1] and killed[0] in lex.BACK_PRONOUNS:
            continue  # "lynched a man ..., beating him to death": the man told, not another
        if count is not None:
            claim = lex.CLAIMED_KILLING_BEFORE.search(
                " ".join(tokens[max(0, index - 12):index]) + " ")
            if claim:
                claimed.append(count)
            else:
                counts.append(count)
                counted_at.append(index)
    if counts or deaths_named:
        return (_lowest_account(tokens, counts, counted_at, lex) if counts
                else deaths_named[0]), False
    found = _dead_found(folded, lex)
    if claimed:
        # only a side's claim: it stands, the lowest if several (and it is only a claim
        # when the sentence counts the dead no other way)
        return min(claimed), found is None
    return found, False


# An aside set off by a pair of dashes, or by brackets.
_ASIDE = re.compile(r"\s[—–]\s([^—–()]{1,150}?)\s[—–](?=\s)|\s\(([^()]{1,150})\)")
_ASIDE_REACH = 5  # words: how far before an aside the count it details may stand


def _without_the_counted_named(sentence: str, lex) -> str:
    """The sentence less an aside that names the people a count right before it counted:
    "two officers — a major and a captain — were killed" are two, "five members of a
    family (a woman, her son and three grandchildren)" five. An aside that adds people
    ("three soldiers — and a civilian — were killed") stays."""
    def dropped(found: re.Match[str]) -> str:
        inside = _TOKENS.findall(fold(found.group(1) or found.group(2)))
        before = _TOKENS.findall(fold(sentence[max(0, found.start() - 80):found.start()]))
        if not inside or inside[0] in lex.AND:
            return found.group()
        for i in range(len(before) - 1, max(-1, len(before) - 1 - _ASIDE_REACH), -1):
            if before[i] in _PUNCTUATION:
                break
            if _count_of_people(before, i, lex):
                return " "
        return found.group()
    return _ASIDE.sub(dropped, sentence)


def _dead_found(folded: str, lex) -> int | None:
    """The dead a sentence counts without a verb of killing: bodies found, a death toll."""
    bodies = lex.BODIES_FOUND.search(folded)
    if bodies:
        return _count(bodies.group("who").split(), lex)  # "the bodies of two men were found"
    if lex.ONE_BODY.search(folded):
        return 1  # "the body of a man was found", "he was found dead"
    toll = lex.DEATH_TOLL.search(folded)
    if toll and not lex.CUMULATIVE.search(folded, max(0, toll.start() - 40), toll.start()):
        # (the pattern may give the count in several places: the first that matched holds it)
        number = _number(next(group for group in toll.groups() if group).split(), 0, lex)
        return number[0] if number else None
    if lex.ONE_DEAD.search(folded):
        return 1  # "погиб военнослужащий": a verb of one death, no count
    return None


def coder_note(folded: str, lex) -> re.Match[str] | None:
    """A coder's note of the dead in the folded sentence ("Fatalities coded as 3", "2
    fatalities.", "split across 3 events (2)"): its count, the event's share first."""
    return lex.CODED_SHARE.search(folded) or lex.CODED.search(folded)


def even_shares(folded: str, lex) -> int:
    """In how many events a coder's note splits the dead evenly, giving no share ("split
    between 2 events"); 0 without such a note."""
    found = lex.CODED_SPLIT.search(folded)
    if found is None:
        return 0
    n = found["n"]
    return int(n) if n.isdigit() else lex.UNITS.get(n, 0)


def _lowest_account(tokens: list[str], counts: list[int], counted_at: list[int],
                   lex) -> int:
    """The dead of a sentence: their sum, but where two sources each give a count in an
    account of their own ("the ministry said three soldiers and 11 assailants were killed;
    ISWAP said it had killed 25", "killing 27, according to X, while Y said 40 had died"),
    these are figures for the same dead, and the lowest account's sum stands (as ACLED takes
    the most conservative figure); not where a later account adds dead ("also", "more"), nor
    after the text's own count where a later one is only said, not another's figure."""
    turns = [n for n, token in enumerate(tokens) if token == ";" or token == "," and (
        tokens[n + 1:n + 2] and tokens[n + 1] in lex.ACCOUNT_TURNS)]
    accounts: dict[int, int] = {}
    for count, at in zip(counts, counted_at, strict=True):
        account = bisect.bisect(turns, at)
        accounts[account] = accounts.get(account, 0) + count
    if len(accounts) < 2:
        return sum(counts)
    bounds = [0, *turns, len(tokens)]
    told = [" ".join(tokens[bounds[a]:bounds[a + 1]]) for a in sorted(accounts)]
    # (the first count may be the text's own, when each later one is another's figure:
    # "killing two soldiers; the agency claimed that seven had died")
    sourced = all(lex.ACCOUNT_SOURCE.search(words) for words in told) or all(
        lex.ACCOUNT_ALTERNATIVE.search(words) for words in told[1:])
    if not sourced or any(lex.MORE_DEAD.search(words) for words in told[1:]):
        return sum(counts)
    return min(accounts.values())


def _tokens(sentence: str, folded: str) -> list[str]:
    """The folded sentence's words and stops; an acronym in capitals in a sentence that is not
    all capitals keeps its case, so that it is no word of the lists ("to IS shot and
    killed": "IS" is the group, not the verb "is")."""
    if sentence.isupper() or not any(c.isupper() for c in sentence[1:]):
        return _TOKENS.findall(folded)
    tokens = []
    for found in _TOKENS.finditer(folded):
        written = sentence[found.start():found.end()]
        acronym = found.start() > 0 and len(written) > 1 and written.isupper()
        tokens.append(written if acronym else found.group())
    return tokens


def _number(words: list[str], i: int, lex) -> tuple[int, int] | None:
    """The number written at words[i] ("1,200", "twenty five", "two hundred", "a dozen"),
    with the index after it."""
    word = words[i]
    if _DIGITS.fullmatch(word):
        return int(word.replace(",", "").replace(".", "")), i + 1
    total, current, j = 0, None, i
    if word in lex.ARTICLES and i + 1 < len(words) and (
            words[i + 1] in lex.DOZEN or words[i + 1] in lex.MULTIPLIERS):
        current, j = 1, i + 1
    while j < len(words):
        w = words[j]
        if w in lex.UNITS or w in lex.TENS:
            current = (current or 0) + lex.UNITS.get(w, lex.TENS.get(w, 0))
        elif w in lex.DOZEN:
            current = (current or 1) * 12
        elif w in lex.MULTIPLIERS and current is not None:
            current *= lex.MULTIPLIERS[w]
            if lex.MULTIPLIERS[w] >= 1000:
                total, current = total + current, 0
        elif w in lex.AND and current is not None and j + 1 < len(words) and (
                words[j + 1] in lex.UNITS or words[j + 1] in lex.TENS) and j > i and \
                words[j - 1] in lex.MULTIPLIERS:
            pass
        else:
            break
        j += 1
    if current is None and total == 0:
        return None
    return total + (current or 0), j


def _participle_before(tokens: list[str], index: int, lex) -> int | None:
    """Where a participle stands, a few words before the stop at `index`, that opens a
    modifier of the noun before it ("people waiting in line for", "children playing in"):
    the noun phrase goes on before it."""
    for j in range(index - 1, max(0, index - 6), -1):
        token = tokens[j]
        if token in _PUNCTUATION:
            return None
        if token.endswith(lex.MODIFIER_PARTICIPLE_ENDINGS) and len(token) > 5 and \
                token not in lex.NP_STOP and token not in lex.KILLING and \
                token not in lex.LIST_CUTS and tokens[j - 1].isalpha() and \
                tokens[j - 1] not in lex.NP_STOP and tokens[j - 1] not in lex.KILLING:
            return j
    return None


def _count(words: list[str], lex) -> int | None:
    """The people counted in a noun phrase: "three police officers and a child" -> 4."""
    for cut in lex.LIST_CUTS:
        if cut in words:
            at = words.index(cut)
            # ("13 people, among them four children": the 13; "two children were among
            # five people killed": the five)
            words = words[:at] if at else words[1:]
    if _vague(words, lex):
        return _vague_count(words, lex)
    if words[:1] and words[0] in lex.ONE_PRONOUNS:
        # "beat him to death"; "killing herself and three worshippers": she and the rest
        rest = _count(words[2:], lex) if words[1:2] and words[1] in lex.AND else None
        return 1 + (rest or 0)
    # "killing two guards and himself", "two police officers and the bomber": the rest and
    # the bomber
    last_one = 2 if len(words) > 2 and words[-1] in lex.ONE_PRONOUNS and words[-2] in lex.AND \
        else 3 if len(words) > 3 and words[-1] in lex.ONE_DOERS and words[-2] in lex.THE and \
        words[-3] in lex.AND else 0
    if last_one:
        rest = _count(words[:-last_one], lex)
        return None if rest is None else rest + 1
    values: list[int] = []
    people, i = 0, 0  # people counted by "a" or "an"
    while i < len(words):
        word = words[i]
        if word in lex.ARTICLES and i + 1 < len(words) and not (
                words[i + 1] in lex.DOZEN or words[i + 1] in lex.MULTIPLIERS):
            pair = next((j for j in range(i + 1, min(i + 4, len(words)))
                         if words[j] in lex.PAIR_NOUNS), None)
            if pair is not None and not (pair + 1 < len(words) and words[pair + 1] in
                                         lex.OF_WORDS):
                people += 2  # "an elderly couple"
                i = pair + 1
                continue
            if _one_person(words[i + 1:i + 6], lex):
                people += 1
            i += 1
            continue
        if (word in lex.OF_WORDS or word in lex.ORIGIN) and (values or people):
            # "a member of an armed group", "five of them", "two from X": who they were, and
            # the list goes on after them ("three officers of the town's police and a child")
            # (or at the next count: "six of their citizens, four police officers and two
            # road workers" is six, told in parts)
            rest = next((j for j in range(i + 1, len(words))
                         if words[j] in lex.AND or _count_of_people(words, j, lex)), None)
            if rest is None:
                break
            i = rest if words[rest] not in lex.AND else rest + 1
            continue
        # (past an age: "a woman and her seven-year-old daughter")
        age = lex.AGE.match(" ".join(words[i + 1:i + 5])) if word in lex.POSSESSIVES else None
        at = i + 1 + (len(age.group().split()) if age else 0)
        if word in lex.POSSESSIVES and at < len(words) and not words[at].endswith(
                "s") and words[at] not in lex.ANIMALS and (i == 0 or words[i - 1] in lex.AND) \
                and not _count_word(words[at], lex):
            people += 1  # "a woman and her son" (but "their two sons" are counted as two)
            i = at + 1
            continue
        person = next((w for w in words[i + 1:i + 3] if lex.PERSONS.fullmatch(w)), None) \
            if word in lex.THE else None
        if person is not None and not person.endswith("s") and not _count_word(words[i + 1],
                                                                                 lex):
            people += 1  # "killed the driver" (and "the priest and 5 worshippers": six)
            i += 1
            continue
        number = _number(words, i, lex)
        if number is None:
            i += 1
            continue
        value, after = number
        if value == 1 and words[after:after + 1] and words[after] in lex.FAMILY_WORDS and \
                words[after + 1:after + 2] and words[after + 1] in lex.OF_WORDS and (
                    members := _number(words, after + 2, lex)) is not None:
            value, after = members  # "one family of five": five people
        if after < len(words) and words[after] in lex.NOT_PEOPLE or _animals(words[after:], lex):
            i = after
            continue
        if _DIGITS.fullmatch(word) and value <= 31 and (
                after < len(words) and words[after] in lex.MONTH_WORDS
                or i > 0 and words[i - 1] in lex.MONTH_WORDS):
            i = after  # "on 24 April", "on April 24": a day, not a count
            continue
        if after < len(words) and _number(words, after, lex) is not None:
            i = after  # "2020 three people": the first is not a count
            continue
        if not (1900 <= value <= 2100 and after < len(words)
                and not lex.PERSONS.fullmatch(words[after])):
            values.append(value)
        i = after
    if len(values) >= 3 and values[0] == sum(values[1:]):
        return values[0]  # "six citizens, four police officers and two road workers"
    return sum(values) + people if values or people else None


def _vague(words: list[str], lex) -> bool:
    """Whether a noun phrase counts its people too loosely for a number ("dozens of
    villagers", "some civilians"); "some 40 fighters" is about forty, a number."""
    return any(w in lex.VAGUE and _number(words, i + 1, lex) is None
               for i, w in enumerate(words[:-1])) or bool(words) and words[-1] in lex.VAGUE


def _vague_count(words: list[str], lex) -> int | None:
    """ACLED's number for a phrase that counts its people by one vague word of its
    conventions ("dozens of villagers": 12); None for any other ("several", "hundreds of
    thousands", "many dozens")."""
    vague = [w for w in words if w in lex.VAGUE]
    if len(vague) != 1 or vague[0] not in lex.VAGUE_COUNTS or any(
            _count_word(w, lex) for w in words):
        return None
    return lex.VAGUE_COUNTS[vague[0]]


def _one_person(words: list[str], lex) -> bool:
    """After "a": "child", "police officer", "12 year old boy" (an age is not a count), "pro
    government militia commander" (one of someone); not "a total of", "a number of", "an
    unknown number of"."""
    said = " ".join(words)
    joined = lex.AGE.sub("", said).split()
    if not joined:
        return lex.AGE.match(said) is not None  # "shot dead a 17-year-old": one person
    if not lex.NOT_ONE.isdisjoint(joined[:2]) or any(
            _count_word(w, lex) for w in joined[:3]) or _animals(joined, lex):
        return False
    return any(lex.PERSONS.fullmatch(w) for w in joined[:2]) or not any(
        w in lex.NOT_PEOPLE for w in joined)


def _count_of_people(words: list[str], i: int, lex) -> bool:
    """Whether words[i] counts people named within three words after it ("four police
    officers"; not "the 5th brigade")."""
    return _count_word(words[i], lex) and any(lex.PERSONS.fullmatch(w)
                                              for w in words[i + 1:i + 4])


def _both(subject: list[str], lex) -> bool:
    """Whether the subject is "both" ("Both died", "both of them were killed", "both men
    were killed")."""
    last = subject[-3:]
    if last[-1:] and last[-1] in lex.TWO_SUBJECTS:
        return True  # "both"
    if len(last) >= 2 and last[-2] in lex.TWO_SUBJECTS:
        return bool(lex.PERSONS.fullmatch(last[-1]))  # "both men"
    # "both of them"
    return len(last) == 3 and last[0] in lex.TWO_SUBJECTS and last[1] in lex.OF_WORDS


def _animals(words: list[str], lex) -> bool:
    """Whether the words after a count name animals, perhaps after a word ("40 cattle", "35
    wild birds"), not people ("five people, their cattle": people), nor people named by the
    animals they keep or take ("two cattle rustlers", "three goat herders")."""
    for at in (0, 1):
        if len(words) > at and words[at] in lex.ANIMALS and (
                at == 0 or not lex.PERSONS.fullmatch(words[0])):
            following = words[at + 1:at + 2]
            return not following or following[0] in lex.AND or not following[0].isalpha() \
                or following[0] in lex.NP_STOP
    return False


def _count_word(word: str, lex) -> bool:
    """Whether a word is a count on its own: "3", "three", "twenty"."""
    return bool(_DIGITS.fullmatch(word)) or word in lex.UNITS or word in lex.TENS


_LEAD_IN = 8  # tokens before a clause that may name what its "in which" refers to


def _clause_span(tokens: list[str], index: int) -> tuple[int, int]:
    """The first and last index of the tokens around tokens[index] up to the nearest
    punctuation on either side."""
    start, end = index, index
    while start > 0 and index - start < 12 and tokens[start - 1] not in _PUNCTUATION:
        start -= 1
    while end < len(tokens) - 1 and end - index < 16 and tokens[end + 1] not in _PUNCTUATION:
        end += 1
    return start, end


def _walk_forward(tokens: list[str], index: int, lex) -> list[str]:
    words = []
    while index < len(tokens) and tokens[index] in lex.AFTER_KILLING:
        index += 1
    while index < len(tokens) and len(words) < 12:
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        closing = _aside_closing_after(tokens, index, lex) if token == "," else None
        if closing is not None:
            index = closing + 1  # "killed three civilians, including a woman, and a soldier"
            continue
        bomber = _one_more_joined(tokens, index, lex)
        if bomber:  # "killing four civilians in addition to himself": and himself
            words += ["and", *bomber]
            break
        if token in lex.NP_STOP - lex.AND or token in _PUNCTUATION or (
                token in lex.AND and (lex.VERB_AFTER_AND.fullmatch(following)
                                      or lex.CLAUSE_AFTER_AND.match(
                                          " ".join(tokens[index + 1:index + 6])))):
            break
        if token not in lex.LIST_CUTS and lex.PRESENT_PARTICIPLE.fullmatch(token) and any(
                w not in lex.ARTICLES and not _count_word(w, lex) for w in words):
            break  # "killed a man carrying a metal pipe": the man, not the pipe
        words.append(token)
        index += 1
    return words


def _aside_opening_before(tokens: list[str], comma: int, lex) -> int | None:
    """Where the aside that the comma at `comma` closes opens, if it is one of the counted
    named ("including a woman", "among them a child") and its opening comma is near."""
    for at in range(comma - 1, max(-1, comma - 8), -1):
        if tokens[at] == ",":
            return at if at + 1 < comma and tokens[at + 1] in lex.LIST_CUTS else None
    return None


def _aside_closing_after(tokens: list[str], comma: int, lex) -> int | None:
    """Where an aside of the counted named that opens at the comma closes, when the list
    goes on after it with "and" ("three civilians, including a woman, and a soldier")."""
    if comma + 1 >= len(tokens) or tokens[comma + 1] not in lex.LIST_CUTS:
        return None
    for at in range(comma + 2, min(len(tokens), comma + 9)):
        if tokens[at] == ",":
            return at if at + 1 < len(tokens) and tokens[at + 1] in lex.AND else None
    return None


def _one_more_joined(tokens: list[str], index: int, lex) -> list[str]:
    """The doer counted with the dead by words that join as "and" does, at `index`: "in
    addition to himself", "as well as the bomber" ([] when none)."""
    for join in lex.ALSO_JOINS:
        if tuple(tokens[index:index + len(join)]) != join:
            continue
        rest = tokens[index + len(join):index + len(join) + 2]
        if rest[:1] and rest[0] in lex.ONE_PRONOUNS:
            return rest[:1]
        if len(rest) == 2 and rest[0] in lex.THE and rest[1] in lex.ONE_DOERS:
            return rest
    return []


def _walk_back(tokens: list[str], index: int, lex) -> list[str]:
    """The noun phrase that ends before tokens[index + 1], as far as a list goes."""
    while index >= 0 and tokens[index] in lex.AUXILIARIES:
        index -= 1
    words: list[str] = []
    aside = index >= 0 and tokens[index] == ","
    if aside:
        index -= 1  # the end of an aside: "13 people, including four children, were killed"
    while index >= 0 and len(words) < 15:
        token = tokens[index]
        if token == "," and words[:1] and words[0] in lex.LIST_CUTS:
            index -= 1
            continue
        opening = _aside_opening_before(tokens, index, lex) if token == "," and words else None
        if opening is not None:
            index = opening - 1  # "three civilians, including a woman, and a soldier": 4
            continue
        if token == "," and aside and (words[:1] and words[0] in lex.ARTICLES or len(words) > 2
                                       and _count_word(words[0], lex)
                                       and words[1] in lex.OF_WORDS and words[2] in lex.OF_THEM):
            # "1 civilian, a retired teacher, was killed": one person; "two civilians, one of
            # them a child, were killed": two
            words, aside = [], False
            index -= 1
            continue
        if token == ",":
            following = words[0] if words else ""
            preceding = tokens[index - 1] if index > 0 else ""
            if not (following.isdigit() or following in lex.UNITS or following in lex.TENS
                    or following in lex.ARTICLES) or not preceding.isalpha() \
                    or preceding in lex.UNITS or lex.ACCOUNT_SOURCE.search(
                        " ".join(tokens[max(0, index - 8):index])):
                # (nor is the source before it one of the counted: "according to the
                # Russian-installed authorities, two civilians were killed")
                break
            index -= 1
            continue
        if token in lex.ORIGIN and words and index > 0 and tokens[index - 1] not in \
                lex.NP_STOP | _PUNCTUATION:
            words.insert(0, token)  # "a man from Goris died": where he came from, go on
            index -= 1
            continue
        if token in lex.YEAR_BEFORE_WORDS and len(words) == 1 and words[0].isdigit() and \
                1900 <= int(words[0]) <= 2100:
            return []  # a year, no count: "Resident X, born in 1953, was killed"
        if token in lex.NP_STOP - lex.AND or token in {";", ":", "."}:
            # (unless the words after the stop hold a number: "the clash led to nine deaths")
            participle = None if any(_count_word(w, lex) for w in words) else \
                _participle_before(tokens, index, lex)
            if participle is not None:  # "ten people waiting in line for bread were killed"
                index, words = participle - 1, []
                continue
            return _first_of_list(tokens, index, words, lex) + words
        if token in lex.KILLING and words:
            # (a killing verb's object is its dead, not this verb's subject: "troops killed 3
            # militants and 2 soldiers also lost their lives" are two who lost their lives)
            start = index + 1
            while start < len(tokens) and tokens[start] in lex.AFTER_KILLING:
                start += 1
            rest = words[start + len(_walk_forward(tokens, index + 1, lex)) - index - 1:]
            while rest and (rest[0] in lex.AND or rest[0] in _PUNCTUATION):
                rest = rest[1:]
            return rest
        if lex.REPORTED_SPEECH.fullmatch(token):
            return words  # "..., and X reported 18 of its troops killed": the 18 only
        words.insert(0, token)
        index -= 1
    return words


def _first_of_list(tokens: list[str], index: int, words: list[str], lex) -> list[str]:
    """The list's first member and its place, where the walk back stopped at the word that
    places it: "three officers of the town's police in Kilisar and two soldiers" (stopped
    at "in") holds five people. The first member is a count of people; what stands between
    the stop and "and" counts no one."""
    if not words or lex.AND.isdisjoint(words):
        return []
    joint = next(n for n, word in enumerate(words) if word in lex.AND)
    if any(_count_word(w, lex) or lex.PERSONS.fullmatch(w) for w in words[:joint]) or _count(
            words[joint + 1:], lex) is None:
        return []
    member: list[str] = []
    at = index - 1
    while at >= 0 and len(member) < 10 and tokens[at] not in lex.NP_STOP | _PUNCTUATION:
        member.insert(0, tokens[at])
        at -= 1
    if not member or not _count_word(member[0], lex) or not any(
            lex.PERSONS.fullmatch(w) for w in member):
        return []
    return [*member, tokens[index]]
