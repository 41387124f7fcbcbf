"""Turkish calendar words and the phrases that carry dates, for `geo.dates`.

The names of `geo.lang.en.dates`, for Turkish: patterns over the sentence as written, in any
case (Python's regular expressions take I, ı, İ and i as one letter in any case). Turkish
writes the day before the month ("27 Eylül 2020"), and its case endings after an apostrophe
("27 Eylül'de", "Eylül'den beri"): the words that give a date its role come after it, so
"since" is read after the date (`SINCE_AFTER`) and the other roles' words before a date
never match (r"(?!x)x"): the time compared with, the day of a statement, the start of what
was agreed, a year of a life. So do the wire dateline and the names after a weekday.
"""

_PLAIN = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")


def _with_plain(names: dict[str, int]) -> dict[str, int]:
    """The names as written and without their Turkish letters, as some pages write them."""
    return {**names, **{name.translate(_PLAIN): value for name, value in names.items()}}


MONTHS = _with_plain({
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
})
# "Pazar" is also a market and "cuma" the Friday prayer: the phrase below wants "günü",
# "gecesi"... after the name, or "geçen" before it.
WEEKDAYS = _with_plain({"pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4,
                        "cumartesi": 5, "pazar": 6})
CASED_NAMES = False
DAY_SUFFIX = r""
# A case ending after an apostrophe: "Eylül'de", "2020'den".
_ENDING = r"(?:['’][a-zçğıöşü]+)?"

EXPLICIT_DATES = (
    r"(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}\s+{YEAR}\b" + _ENDING,
    r"{MONTH}\s+{YEAR}\b" + _ENDING,
    # day and month, without a year; "27 Eylül Pazar"
    r"{DAY}\s+{MONTH}(?!\w)(?:\s+{WEEKDAY}\b)?",
    # a month alone with an ending or a word that makes it a time: "Eylül'de", "Eylül ayında",
    # "Ekim sonunda"
    r"\b{MONTH}(?=['’]|\s+(?i:ayında|ayinda|ayı|ayi|ayından|ayindan|başında|basinda|"
    r"sonunda|ortasında|ortasinda)\b)",
)
WITH_YEAR = 2
DATELINE_DATES = (2,)
NUMERIC_DATES = (r"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<month>[01]?\d)(?P=sep)"
                 r"(?P<year>(?:19|20)\d\d)(?![\d])",)

DECADE = r"(?!x)x(?P<part>)(?P<decade>)"  # no decades read here yet
DECADE_PARTS: dict[str, int] = {}
YEAR_RANGE = r"(?<![\d-])(?P<year>(?:19|20)\d\d)\s*[-–—]\s*(?:19|20)?\d\d(?![\d-])"
YEAR_NOT_AFTER = (r"No\. ", r"No ", r"[Ss]ayı ")
COUNTED_AFTER = (r"\s+(?:\w+\s+)?(?:kişi|insan|sivil|asker|km|kilometre|metre|ton|dolar|avro|"
                 r"euro|manat|lira|oy|ev|bina|aile|mülteci|şehit|ölü|yaralı)\b")
TEMPORAL_BEFORE = r"(?!x)x"
PERCENT_AFTER = r"\s*%"
NAME_BEFORE_YEAR = r"(?!x)x"  # a year that is part of a name (see en)

# "pazar günü", "cuma gecesi", "geçen salı": "geçen" makes it strictly before.
WEEKDAY_PHRASE = (r"\b(?:(?P<last>(?i:geçen|gecen|geçtiğimiz|"
                  r"gectigimiz))\s+)?(?P<weekday>{WEEKDAY})"
                  r"\b(?(last)|(?=\s+(?i:günü|gunu|gecesi|sabahı|sabahi|akşamı|aksami|"
                  r"öğleden|ogleden)\b))")
WEEKDAY_NOT_A_DAY_AFTER = r"(?!x)x"
RELATIVE = (
    r"\b(?:(?P<today>bugün|bugun|bu\s+sabah|bu\s+gece|bu\s+akşam|bu\s+aksam)"
    r"|(?P<before_yesterday>evvelsi\s+gün|evvelki\s+gün)"
    r"|(?P<yesterday>dün|dun)"
    r"|(?P<ago>(?P<n>\d+|bir|iki|üç|uc|dört|dort|beş|bes|altı|alti|yedi|sekiz|dokuz|on)"
    r"\s+gün\s+(?:önce|once|evvel))"
    r"|(?P<this_week>bu\s+hafta(?!\s+sonu))"
    r"|(?P<last_week>geçen\s+hafta(?!\s+sonu)|geçtiğimiz\s+hafta(?!\s+sonu))"
    r"|(?P<weekend>(?:bu|geçen|geçtiğimiz)\s+hafta\s+sonu|hafta\s+sonunda)"
    r"|(?P<this_month>bu\s+ay)"
    r"|(?P<last_month>geçen\s+ay|geçtiğimiz\s+ay)"
    r"|(?P<this_year>bu\s+yıl|bu\s+sene)"
    r"|(?P<last_year>geçen\s+yıl|geçen\s+sene|geçtiğimiz\s+yıl))\b")
NUMBER_WORDS = _with_plain({"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6,
                            "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10})
RELATIVE_YEAR_AFTER = r"(?!x)x"
RELATIVE_YEAR_SHIFT: dict[str, int] = {}

SINCE_BEFORE = r"(?!x)x"
# "27 Eylül'den beri", "2020'den bu yana".
SINCE_AFTER = r"(?:['’]?(?:d[ae]n|t[ae]n))?\s+(?i:beri|bu\s+yana|itibaren)\b"
PERIOD_BEFORE = r"(?!x)x"  # the time a thing is of (see en)
CONTRAST_BEFORE = r"(?!x)x"
ATTRIBUTION_AFTER = r"(?!x)x"  # a fronted date of a report (see en)
ATTRIBUTION_BEFORE = r"(?!x)x"
START_BEFORE = r"(?!x)x"
# "27 Eylül'den 10 Kasım'a": the end of the span, after its start's ablative.
DEADLINE_BEFORE = r"(?!x)x"  # a deadline ahead (see en): none told here yet
UNTIL_BEFORE = r"\d+\s*(?:[^\W\d]+\s*)?['’](?:d[ae]n|t[ae]n)\s+$"
LIFE_BEFORE = r"(?!x)x"
# "1982 doğumlu": a year of birth written after it.
LIFE_AFTER = r"\s*[-–—]\s*(?:19|20)\d\d\s*\)|\s+(?i:doğumlu|dogumlu)\b"
TENURE_BEFORE = r"(?!x)x"  # the bounds of an office, never an event's (see en)

BYLINE_CUE = r"(?i)^\s*(?:yayın(?:lanma)?\s+tarihi|yayınlanma|güncelleme|giriş)\b|[|•·]"
PUBLISHED_CUE = r"(?i)yayın"
UPDATED_CUE = r"(?i)\bgüncelle\w*"
COPYRIGHT = r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b"
