"""Armenian calendar words and the phrases that carry dates, for `geo.dates`.

The names of `geo.lang.en.dates`, for Armenian (Armenian script): patterns over the sentence
as written, in any case. Armenian writes "2020 թ. հոկտեմբերի 24-ին" (the year, the month
in the genitive, the day with its ending), also "24 հոկտեմբերի 2020" and "24.10.2020"; the
month in the dative is a time of its own ("հոկտեմբերին", in October). "Մարտ" is both March
and a battle: March is read only with a day or a year. The words that give a date its role
come after it ("-ից ի վեր", since), so the other roles' words before a date never match
(r"(?!x)x"), nor do the wire dateline and the names after a weekday.
"""

_BASE = {"հունվար": 1, "փետրվար": 2, "մարտ": 3, "ապրիլ": 4, "մայիս": 5, "հունիս": 6,
         "հուլիս": 7, "օգոստոս": 8, "սեպտեմբեր": 9, "հոկտեմբեր": 10, "նոյեմբեր": 11,
         "դեկտեմբեր": 12}
# nominative, genitive, dative ("in"), ablative ("from")
MONTHS = {name + ending: number for name, number in _BASE.items()
          for ending in ("", "ի", "ին", "ից")}
_IN_MONTH = "|".join(name + "ին" for name in sorted(_BASE, key=len, reverse=True)
                     if name != "մարտ")
# "Շաբաթ" is also a week: the phrase below wants "օրը" after the name.
WEEKDAYS = {"երկուշաբթի": 0, "երեքշաբթի": 1, "չորեքշաբթի": 2, "հինգշաբթի": 3, "ուրբաթ": 4,
            "շաբաթ": 5, "կիրակի": 6}
CASED_NAMES = False
# "24-ին", "24-ը", "24-ից".
DAY_SUFFIX = r"(?:-?(?:ին|ից|ը|ի|ն))?"
_YEAR_WORD = r"(?:\s*(?:թ\.|թվականի|թվական|թ(?!\w)))?"

EXPLICIT_DATES = (
    r"{YEAR}" + _YEAR_WORD + r"\s*{MONTH}\s+{DAY}(?![\d])",
    r"(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}\s+{YEAR}\b" + _YEAR_WORD,
    r"{YEAR}" + _YEAR_WORD + r"\s*{MONTH}(?!\s*\d)",
    # day and month, without a year
    r"{MONTH}\s+{DAY}(?![\d:])",
    r"(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}(?!\w)",
    # a month alone, in the dative: "հոկտեմբերին"
    r"(?<!\w)(?P<month>(?i:" + _IN_MONTH + r"))(?!\w)",
)
WITH_YEAR = 3
DATELINE_DATES = (3, 4)
NUMERIC_DATES = (r"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<month>[01]?\d)(?P=sep)"
                 r"(?P<year>(?:19|20)\d\d)(?![\d])",)

DECADE = r"(?!x)x(?P<part>)(?P<decade>)"  # no decades read here yet
DECADE_PARTS: dict[str, int] = {}
YEAR_RANGE = r"(?<![\d-])(?P<year>(?:19|20)\d\d)\s*[-–—]\s*(?:19|20)?\d\d(?![\d-])"
YEAR_NOT_AFTER = (r"№ ", r"№")
COUNTED_AFTER = (r"\s+(?:\w+\s+)?(?:մարդ|անձ|զինծառայող|զինվոր|խաղաղ|բնակիչ|փախստական|ընտանիք|"
                 r"տուն|շենք|կմ|կիլոմետր|մետր|տոննա|դոլար|եվրո|դրամ|ռուբլի|մանաթ|ձայն|զոհ)\w*")
TEMPORAL_BEFORE = r"(?!x)x"
PERCENT_AFTER = r"\s*(?:%|տոկոս)"
NAME_BEFORE_YEAR = r"(?!x)x"  # a year that is part of a name (see en)

# "կիրակի օրը", "անցյալ ուրբաթ օրը" ("անցյալ" makes it strictly before).
WEEKDAY_PHRASE = (r"(?<!\w)(?:(?P<last>(?i:անցյալ|նախորդ))\s+)?(?P<weekday>{WEEKDAY})"
                  r"(?=\s+(?i:օրը|օրվա|երեկոյան|գիշերը|առավոտյան)(?!\w))")
WEEKDAY_NOT_A_DAY_AFTER = r"(?!x)x"
RELATIVE = (
    r"(?<!\w)(?:(?P<today>այսօր|այս\s+առավոտ|այս\s+գիշեր)"
    r"|(?P<yesterday>երեկ)"
    r"|(?P<ago>(?P<n>\d+|մեկ|երկու|երեք|չորս|հինգ|վեց|յոթ|ութ|ինը|տասը)\s+օր\s+առաջ)"
    r"|(?P<this_week>այս\s+շաբաթ(?!\s+օր))"
    r"|(?P<last_week>անցյալ\s+շաբաթ(?!\s+օր)|նախորդ\s+շաբաթ(?!\s+օր))"
    r"|(?P<weekend>հանգստյան\s+օրերին)"
    r"|(?P<this_month>այս\s+ամիս)"
    r"|(?P<last_month>անցյալ\s+ամիս|նախորդ\s+ամիս)"
    r"|(?P<this_year>այս\s+տարի|ընթացիկ\s+տարում)"
    r"|(?P<last_year>անցյալ\s+տարի|նախորդ\s+տարի))(?!\w)")
NUMBER_WORDS = {"մեկ": 1, "երկու": 2, "երեք": 3, "չորս": 4, "հինգ": 5, "վեց": 6, "յոթ": 7,
                "ութ": 8, "ինը": 9, "տասը": 10}
RELATIVE_YEAR_AFTER = r"(?!x)x"
RELATIVE_YEAR_SHIFT: dict[str, int] = {}

SINCE_BEFORE = r"(?!x)x"
# "հոկտեմբերի 24-ից ի վեր", "2020 թվականից սկսած".
SINCE_AFTER = r"(?:\s*թվականից)?\s+(?:ի\s+վեր|սկսած)(?!\w)"
PERIOD_BEFORE = r"(?!x)x"  # the time a thing is of (see en)
CONTRAST_BEFORE = r"(?!x)x"
ATTRIBUTION_AFTER = r"(?!x)x"  # a fronted date of a report (see en)
ATTRIBUTION_BEFORE = r"(?!x)x"
START_BEFORE = r"(?!x)x"
DEADLINE_BEFORE = r"(?!x)x"  # a deadline ahead (see en): none told here yet
UNTIL_BEFORE = r"(?!x)x"
LIFE_BEFORE = r"(?!x)x"
LIFE_AFTER = r"\s*[-–—]\s*(?:19|20)\d\d\s*\)"
TENURE_BEFORE = r"(?!x)x"  # the bounds of an office, never an event's (see en)

BYLINE_CUE = r"[|•·]"
PUBLISHED_CUE = r"(?!x)x"
UPDATED_CUE = r"(?!x)x"
COPYRIGHT = r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b"
