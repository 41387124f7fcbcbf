"""English calendar words and the phrases that carry dates, for `geo.dates`.

Patterns are regular-expression fragments over the sentence as written (case matters where
it is said: "May" is the month, "may" the verb). In the templates of `EXPLICIT_DATES`,
`{WEEKDAY}`, `{DAY}`, `{MONTH}` and `{YEAR}` stand for the parts `geo.dates` fills in.
"""

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
# Month and weekday names are matched only capitalised or in capitals: "may" and "march"
# are verbs too.
CASED_NAMES = True
# An ordinal's ending after a day: "the 4th of October".
DAY_SUFFIX = r"(?:st|nd|rd|th)?"

# Dates with a month name, most specific first; a weekday before a date belongs to it.
EXPLICIT_DATES = (
    # a night or a span of days is dated by its first ("the night of 9-10 November",
    # "between 9 and 11 June", "from 3 to 5 May")
    r"(?<![\d.,])(?:the\s+)?{DAY}\s*(?:[-–]|\s(?:and|to|until|till)\s)\s*\d\d?\s+(?:of\s+)?"
    r"{MONTH},?\s+{YEAR}\b",
    r"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b",
    r"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}\b,?\s+{YEAR}\b",
    r"{MONTH},?\s+(?:of\s+)?{YEAR}\b",
    # day and month, without a year (the year comes from the article)
    r"(?<![\d.,])(?:the\s+)?{DAY}\s*(?:[-–]|\s(?:and|to|until|till)\s)\s*\d\d?\s+(?:of\s+)?"
    r"{MONTH}(?![\w])",
    r"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?![\w])",
    r"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?![\d:])",
    # a month alone only after a word that makes it a time ("in March", not "March on")
    r"(?i:\b(?:in|since|during|until|till|through|by|from|of|last|this|early|late|mid|"
    r"end\s+of|beginning\s+of))[\s-]+(?:(?i:early|late|mid)[\s-]+)?{MONTH}(?!\s*\d)",
)
# How many of EXPLICIT_DATES carry their own year (they come first).
WITH_YEAR = 4
# The templates that a wire dateline uses without a year ("BAKU, Oct 4 (Wire) -").
DATELINE_DATES = (5, 6)

# Dates written in numbers alone, day first ("27.09.2020"): none, since English writes both
# 10/4 and 4/10 for the 4th of October.
NUMERIC_DATES = ()

# A span of years, "1992-1994", known by its first year.
# A decade, perhaps its part: "the 1990s", "the early 1990s", "the mid-1990s".
DECADE = (r"(?i:\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?)"
          r"(?P<decade>(?:19|20)\d0)['’]?s\b")
DECADE_PARTS = {"early": 1, "mid": 5, "late": 8}  # the year that stands for each part
YEAR_RANGE = r"(?<![\d-])(?P<year>(?:19|20)\d\d)\s*[-–]\s*(?:19|20)?\d\d(?![\d-])"
# A bare year, unless it is a number of something ("No. 1994", "2000 people").
YEAR_NOT_AFTER = (r"No\. ", r"No ", r"[Nn]umber ")
COUNTED_AFTER = (
    r"\s+(?:[a-z]+\s+)?(?:people|persons|men|women|children|civilians|soldiers|troops|"
    r"fighters|residents|refugees|families|homes|houses|buildings|km|kilometres|kilometers|"
    r"metres|meters|miles|tonnes|tons|dollars|euros|rubles|roubles|manats|drams|votes|"
    r"cases|deaths|dead|victims|calories|feet)\b")
# Words after which a number is a year whatever follows it: "in 2000 people fled".
TEMPORAL_BEFORE = (r"(?i)\b(?:in|since|during|until|by|from|of|the|early|late|mid|before|"
                   r"after)[\s-]+$")
PERCENT_AFTER = r"\s*(?:%|per\s*cent|percent)"
# A year right after a capitalised word is part of a name, not a date: "the Finance Bill
# 2024", "Vision 2030", "Euro 2024" (not "In 2024", "May 2024": a time word or a month).
NAME_BEFORE_YEAR = r"\b[A-Z][a-z]+\s+$"

# "on Thursday", "last Monday", "Sunday night"; "last" makes it strictly before.
WEEKDAY_PHRASE = (r"(?:(?P<last>(?i:last|past))\s+)?(?:(?i:on)\s+)?(?P<weekday>{WEEKDAY})(?:'s)?"
                  r"(?:\s+(?i:morning|afternoon|evening|night))?\b")
# A weekday that names something else: "Sunday Times", "Friday Street", "Friday prayers".
WEEKDAY_NOT_A_DAY_AFTER = (r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Street|St\b|"
                           r"Avenue|Ave\b|Road|Square|Mosque|School|Club|Market|Bazaar)")
# Relative days, weeks, months and years (not a count of times: "for a second time this
# week" says how often, not when); each group name says what it resolves to (the
# names `geo.dates` knows: today, yesterday, before_yesterday, ago with its count n,
# this_week, last_week, weekend, this_month, last_month, this_year, last_year).
RELATIVE = (
    r"\b(?:(?P<today>today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|"
    r"overnight(?!\s+(?:into|to)\b)|later\s+today)"
    r"|(?P<yesterday>yesterday|last\s+night)"
    r"|(?P<ago>(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+days?\s+ago)"
    r"|(?P<this_week>(?<!time\s)(?:earlier\s+)?this\s+week|earlier\s+in\s+the\s+week)"
    r"|(?P<last_week>last\s+week|the\s+past\s+week|the\s+previous\s+week)"
    r"|(?P<weekend>(?:last|this|over\s+the|at\s+the)\s+weekend)"
    r"|(?P<this_month>(?<!time\s)(?:earlier\s+)?this\s+month|earlier\s+in\s+the\s+month)"
    r"|(?P<last_month>last\s+month|the\s+previous\s+month)"
    r"|(?P<this_year>(?<!time\s)(?:earlier\s+)?this\s+year)"
    r"|(?P<last_year>last\s+year|the\s+previous\s+year))\b")
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "December 12 last year": the year is the article's, shifted.
RELATIVE_YEAR_AFTER = r"\s*,?\s*(?:of\s+)?(?P<which>(?i:last|this|next))\s+(?i:year)\b"
RELATIVE_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}

# What the words before a date say of its role (see geo.dates.DateExpression).
SINCE_BEFORE = (r"(?i:\b(?:ever\s+)?since)\s+(?:(?:the\s+)?(?:early|late|mid|end\s+of|"
                r"beginning\s+of)[\s-]+)?$|"
                # ... and the time of what began it: "since fighting resumed on 27 September"
                r"(?i:\bsince)\s+(?:[\w-]+\s+){1,6}?(?:began|started|resumed|broke\s+out|"
                r"erupted|flared(?:\s+up)?)\s+(?:on|in)\s+$|"
                # ... and the year of a thing: "the worst since a 1994 truce"
                r"(?i:\bsince)\s+(?:the|an?|its|their)\s+$")
# ... and the words after it, where a language puts them there ("27 Eylül'den beri"): none.
SINCE_AFTER = r"(?!x)x"
CONTRAST_BEFORE = (r"(?i:\b(?:unlike|compared\s+(?:with|to)|than\s+in|as\s+in|similar\s+to)"
                   r"\b[^,;.]*$|"
                   # ... and the time a superlative counts from: "the deadliest flare-up
                   # since last year's war"
                   r"\b(?:deadliest|worst|heaviest|bloodiest|fiercest|biggest|largest|most\s+"
                   r"\w+)\s+(?:[\w-]+\s+){0,5}?since\s+(?:the\s+)?$|"
                   # ... or from what began then: "the heaviest since the fighting erupted
                   # on Sept. 27"
                   r"\b(?:deadliest|worst|heaviest|bloodiest|fiercest|biggest|largest|most\s+"
                   r"\w+)\s+(?:[\w-]+\s+){0,5}?since\s+(?:[\w-]+\s+){1,6}?(?:began|started|"
                   r"resumed|broke\s+out|erupted|flared(?:\s+up)?)\s+(?:on|in)\s+$)")
# The time a thing is of, not when anything happened: "their pay for the month of February",
# "the vote set for 12 May"; and the span a date before it is known within: "Around 10 April
# 2022 (between 8 and 12 April)".
PERIOD_BEFORE = (r"(?i:\b(?:for|set\s+for)\s+(?:the\s+(?:month|year|week)\s+of\s+)?$|"
                 r"\d\s*\(\s*(?:between\s+)?(?:\d{1,2}\s+(?:and|to)\s+|\d{1,2}\s*[-–]\s*)?$)")
ATTRIBUTION_BEFORE = (r"(?i:\b(?:said|says|announced|reported|confirmed|stated|added|claimed|"
                      r"told\s+\w+|wrote|tweeted|"
                      # (a statement's day: "a statement issued in the capital on Wednesday";
                      # a speaker's, in an aside: "a spokesman, speaking in X on Saturday")
                      r"(?:issued|released|published|(?<=,\s)speaking)(?:\s+(?:in|from)\s+"
                      r"(?:the\s+)?[\w'’-]+)?)"
                      r"\s+(?:late\s+|early\s+)?(?:on\s+)?$)")
# A date that opens a sentence whose verb is a report of what had happened before it: "On
# November 15, the prime minister confirmed that troops had invaded ..." (the day it was said).
ATTRIBUTION_AFTER = (r"(?i:,?\s+(?:[\w.'’-]+\s+){1,6}?(?:said|says|announced|reported|confirmed|"
                     r"stated|claimed|wrote|tweeted)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?had\s)")
# When something agreed takes effect: "a ceasefire from noon on 10 October", "effective".
START_BEFORE = (r"(?i:\b(?:from|starting|beginning|effective|as\s+of)\s+(?:\d+[:.]\d+\s*"
                r"(?:\w+\s+){0,2}|noon\s+|midnight\s+|midday\s+)?(?:on\s+)?$)")
# The end of a span told from its start: "held the post from May 2022 to February 2023".
# (and a night's second day: "on the night of Friday to Saturday" is Friday's)
UNTIL_BEFORE = (r"(?i:\b(?:from|since|between|night\s+of)\s+[^.;()]{3,40}?\s+(?:to|into|until|"
                r"till|through|and)\s+(?:on\s+)?$)")
# A deadline, which lies ahead: "prepares to withdraw by July" (July to come, not last
# year's).
DEADLINE_BEFORE = r"(?i:\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+|(?:early|mid|late)\s+)?$)"
# A year of someone's life or of a founding, never an event's: "born in 1970", "(1921-1994)",
# "founded in 1991", "aged 30".
LIFE_BEFORE = (r"(?i:\b(?:born|founded|established|built|erected|dating\s+(?:back\s+)?(?:to|from)|"
               r"graduated|b\.)\s+(?:(?:in|on)\s+)?(?:(?:the\s+)?\w+\s+){0,2}$|\(\s*$)")
LIFE_AFTER = r"\s*[-–]\s*(?:19|20)\d\d\s*\)"
# The bounds of someone's office, told of them in a relative clause, never an event's:
# "a billionaire who served as state minister until February".
TENURE_BEFORE = (r"(?i:\b(?:who|which)\s+(?:had\s+)?(?:served|was|were|worked|ruled|led|headed|"
                 r"held|chaired)\b[^.;()]{0,70}?\s+(?:until|till|up\s+to|from|since)\s+$)")

# The article's own date on a byline-like line.
BYLINE_CUE = r"(?i)^\s*(?:written\s+)?by\s|\b(?:published|posted|issued|dated?:)|[|•·]"
PUBLISHED_CUE = r"(?i)published|posted|issued"
UPDATED_CUE = r"(?i)\b(?:(?:last\s+)?updated|modified|last\s+edited)\b"
COPYRIGHT = (r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b")
