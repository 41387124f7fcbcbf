"""Azerbaijani calendar words and the phrases that carry dates, for `geo.dates`.

The names of `geo.lang.en.dates`, for Azerbaijani (Latin script): patterns over the sentence
as written, in any case. Azerbaijani writes "8 oktyabr 2020-ci il", "oktyabrın 8-də",
"2020-ci il oktyabrın 8-də", and its case endings on the word itself ("oktyabrda", "8
oktyabrdan bəri"): the months are listed with their endings, and the words that give a date
its role come after it, so "since" is read after the date (`SINCE_AFTER`) and the other
roles' words before a date never match (r"(?!x)x"). So do the wire dateline and the names
after a weekday.
"""

_PLAIN = str.maketrans("çğıöşüəÇĞİÖŞÜƏ", "cgiosueCGIOSUE")
# The endings a month takes, by the harmony of its last vowel: genitive, locative,
# ablative, dative.
_ENDINGS = {"back": ("ın", "da", "dan", "a"), "front": ("in", "də", "dən", "ə"),
            "round": ("un", "da", "dan", "a")}
_BASE = {"yanvar": (1, "back"), "fevral": (2, "back"), "mart": (3, "back"),
         "aprel": (4, "front"), "may": (5, "back"), "iyun": (6, "round"),
         "iyul": (7, "round"), "avqust": (8, "round"), "sentyabr": (9, "back"),
         "oktyabr": (10, "back"), "noyabr": (11, "back"), "dekabr": (12, "back")}
_FORMS = {name + ending: number for name, (number, harmony) in _BASE.items()
          for ending in ("", *_ENDINGS[harmony])}
MONTHS = {**_FORMS, **{name.translate(_PLAIN): number for name, number in _FORMS.items()}}
# The months with the locative ending alone make a time: "oktyabrda".
_IN_MONTH = "|".join(sorted((name for name in MONTHS if name.endswith(("da", "də", "de"))),
                            key=len, reverse=True))
# "Bazar" is also a market, "cümə" the Friday prayer: the phrase below wants "günü"...
WEEKDAYS = {"bazar ertəsi": 0, "çərşənbə axşamı": 1, "çərşənbə": 2, "cümə axşamı": 3,
            "cümə": 4, "şənbə": 5, "bazar": 6}
WEEKDAYS = {**WEEKDAYS, **{name.translate(_PLAIN): day for name, day in WEEKDAYS.items()}}
CASED_NAMES = False
# "8-də", "8-i", "8-ci", "8-dən".
DAY_SUFFIX = r"(?:-?(?:[cç][iıuüə]|d[aə]n?|t[aə]n?|[nsy]?[iıuüə]))?"
_YEAR_WORD = r"(?:-?[cç][iıuüə])?(?:\s+il(?:in|də|de)?\b)?"

EXPLICIT_DATES = (
    r"(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}\s+{YEAR}\b" + _YEAR_WORD,
    r"{YEAR}" + _YEAR_WORD + r"\s+{MONTH}\s+{DAY}(?!\d)",
    r"{MONTH}\s+{YEAR}\b" + _YEAR_WORD,
    # day and month, without a year
    r"(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}(?!\w)",
    r"{MONTH}\s+{DAY}(?![\d:])",
    # a month alone: with its locative ending, or before "ayında"
    r"\b(?P<month>(?i:" + _IN_MONTH + r"))\b",
    r"\b{MONTH}(?=\s+(?i:ayında|ayinda|ayının|ayinin|ayından|ayindan)\b)",
)
WITH_YEAR = 3
DATELINE_DATES = (3, 4)
NUMERIC_DATES = (r"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<month>[01]?\d)(?P=sep)"
                 r"(?P<year>(?:19|20)\d\d)(?![\d])",)

DECADE = r"(?!x)x(?P<part>)(?P<decade>)"  # no decades read here yet
DECADE_PARTS: dict[str, int] = {}
YEAR_RANGE = r"(?<![\d-])(?P<year>(?:19|20)\d\d)\s*[-–—]\s*(?:19|20)?\d\d(?![\d-])"
YEAR_NOT_AFTER = (r"No\. ", r"No ", r"№ ", r"№")
COUNTED_AFTER = (r"\s+(?:\w+\s+)?(?:nəfər|insan|adam|mülki|hərbçi|əsgər|km|kilometr|metr|ton|"
                 r"dollar|avro|manat|səs|ev|bina|ailə|qaçqın|şəhid|ölü|yaralı)\b")
TEMPORAL_BEFORE = r"(?!x)x"
PERCENT_AFTER = r"\s*%"
NAME_BEFORE_YEAR = r"(?!x)x"  # a year that is part of a name (see en)

# "bazar günü", "cümə gecəsi", "keçən şənbə": "keçən" makes it strictly before.
WEEKDAY_PHRASE = (r"\b(?:(?P<last>(?i:keçən|kecen|ötən|oten))\s+)?(?P<weekday>{WEEKDAY})"
                  r"\b(?(last)|(?=\s+(?i:günü|gunu|gecəsi|gecesi|səhəri|seheri|axşamı|"
                  r"axsami)\b))")
WEEKDAY_NOT_A_DAY_AFTER = r"(?!x)x"
RELATIVE = (
    r"\b(?:(?P<today>bu\s+gün|bugün|bu\s+səhər|bu\s+gecə|bu\s+axşam)"
    r"|(?P<before_yesterday>srağagün|sırağagün|srağa\s+gün)"
    r"|(?P<yesterday>dünən|dunen)"
    r"|(?P<ago>(?P<n>\d+|bir|iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on)\s+gün\s+"
    r"(?:əvvəl|öncə))"
    r"|(?P<this_week>bu\s+həftə(?!\s+sonu))"
    r"|(?P<last_week>keçən\s+həftə(?!\s+sonu)|ötən\s+həftə(?!\s+sonu))"
    r"|(?P<weekend>(?:bu|keçən|ötən)\s+həftə\s*sonu|həftə\s*sonunda)"
    r"|(?P<this_month>bu\s+ay|cari\s+ayda)"
    r"|(?P<last_month>keçən\s+ay|ötən\s+ay)"
    r"|(?P<this_year>bu\s+il|cari\s+il)"
    r"|(?P<last_year>keçən\s+il|ötən\s+il))\b")
NUMBER_WORDS = {"bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7,
                "səkkiz": 8, "doqquz": 9, "on": 10}
RELATIVE_YEAR_AFTER = r"(?!x)x"
RELATIVE_YEAR_SHIFT: dict[str, int] = {}

SINCE_BEFORE = r"(?!x)x"
# "8 oktyabrdan bəri", "2020-ci ildən etibarən".
SINCE_AFTER = r"(?:-?[cç][iıuüə]\s+ild[əa]n)?\s+(?i:bəri|beri|etibarən|etibaren)\b"
PERIOD_BEFORE = r"(?!x)x"  # the time a thing is of (see en)
CONTRAST_BEFORE = r"(?!x)x"
ATTRIBUTION_AFTER = r"(?!x)x"  # a fronted date of a report (see en)
ATTRIBUTION_BEFORE = r"(?!x)x"
START_BEFORE = r"(?!x)x"
# "8 oktyabrdan 10 noyabra": the end of the span, after its start's ablative.
DEADLINE_BEFORE = r"(?!x)x"  # a deadline ahead (see en): none told here yet
UNTIL_BEFORE = r"\d+(?:-?\w+)?\s*(?:[^\W\d]+)?[dt][əa]n\s+$"
LIFE_BEFORE = r"(?!x)x"
# "1982-ci il təvəllüdlü": a year of birth written after it.
LIFE_AFTER = (r"\s*[-–—]\s*(?:19|20)\d\d\s*\)|(?:-?[cç][iıuüə])?(?:\s+il)?\s+"
              r"(?i:təvəllüdlü|tevelludlu|doğumlu)\b")
TENURE_BEFORE = r"(?!x)x"  # the bounds of an office, never an event's (see en)

BYLINE_CUE = r"(?i)^\s*(?:müəllif|dərc\s+olunub|yenilənib)\b|[|•·]"
PUBLISHED_CUE = r"(?i)dərc"
UPDATED_CUE = r"(?i)\byenilən\w*"
COPYRIGHT = r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b"
