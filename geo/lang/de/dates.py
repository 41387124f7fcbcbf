"""German calendar words and the phrases that carry dates, for `geo.dates`.

The names of `geo.lang.en.dates`, for German: patterns over the sentence as written, in any
case. German writes the day with a dot before the month ("am 27. September 2020") and
numbers as "27.09.2020"; weekdays join the time of day ("Montagabend"), and "montags" (on
Mondays) is a habit, no date. The wire dateline and the names after a weekday never match
(r"(?!x)x").
"""

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
    "dezember": 12,
    # abbreviations
    "jan": 1, "feb": 2, "apr": 4, "aug": 8, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}
WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
            "samstag": 5, "sonnabend": 5, "sonntag": 6}
CASED_NAMES = False
DAY_SUFFIX = r"\.?"
_THE_DAY = r"(?:(?i:am|vom|den|dem)\s+)?"

EXPLICIT_DATES = (
    r"(?:{WEEKDAY},?\s+)?" + _THE_DAY + r"{DAY}\s+{MONTH}\s+{YEAR}\b",
    r"{MONTH}\s+{YEAR}\b",
    # day and month, without a year
    r"(?:{WEEKDAY},?\s+)?" + _THE_DAY + r"{DAY}\s+{MONTH}(?!\w)",
    # a month alone after a word that makes it a time: "im Oktober", "seit September",
    # "Ende November"
    r"(?i:\b(?:im|seit|bis|ab|anfang|ende|mitte|vom|zum|letzten|vergangenen|diesen))\s+"
    r"{MONTH}(?!\s*\d)",
)
WITH_YEAR = 2
DATELINE_DATES = (2,)
NUMERIC_DATES = (r"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<month>[01]?\d)(?P=sep)"
                 r"(?P<year>(?:19|20)\d\d)(?![\d])",)

# A decade: "die 1990er Jahre", "in den 1990ern".
DECADE = r"(?P<part>)(?P<decade>(?:19|20)\d0)er\b"
DECADE_PARTS: dict[str, int] = {}
YEAR_RANGE = r"(?<![\d-])(?P<year>(?:19|20)\d\d)\s*[-–—]\s*(?:19|20)?\d\d(?![\d-])"
YEAR_NOT_AFTER = (r"Nr\. ", r"Nr ", r"[Nn]ummer ")
COUNTED_AFTER = (r"\s+(?:\w+\s+)?(?:menschen|personen|zivilisten|soldaten|einwohner|bewohner|"
                 r"flüchtlinge|familien|häuser|gebäude|km|kilometer|meter|tonnen|dollar|euro|"
                 r"rubel|stimmen|tote|opfer|verletzte)\b")
TEMPORAL_BEFORE = r"(?i)\b(?:im|seit|bis|von|ab|vor|nach|anfang|ende|mitte|jahr|jahre)[\s-]+$"
PERCENT_AFTER = r"\s*(?:%|prozent)"
NAME_BEFORE_YEAR = r"(?!x)x"  # a year that is part of a name (see en)

# "am Mittwoch", "am vergangenen Freitag" ("vergangenen" makes it strictly before),
# "Montagabend", "am Sonntagmorgen".
WEEKDAY_PHRASE = (r"\b(?:(?i:am|an\s+einem)\s+)?(?:(?P<last>(?i:vergangenen|letzten|vorigen))"
                  r"\s+)?(?P<weekday>{WEEKDAY})(?i:abend|morgen|nachmittag|vormittag|mittag|"
                  r"nacht)?(?:\s+(?i:abend|morgen|nachmittag|vormittag|früh))?\b")
WEEKDAY_NOT_A_DAY_AFTER = r"(?!x)x"
RELATIVE = (
    r"\b(?:(?P<today>heute|in\s+der\s+nacht\s+zu\s+heute|heute\s+nacht)"
    r"|(?P<before_yesterday>vorgestern)"
    r"|(?P<yesterday>gestern(?:abend|morgen|nachmittag)?|in\s+der\s+vergangenen\s+nacht|"
    r"letzte\s+nacht)"
    r"|(?P<ago>vor\s+(?P<n>\d+|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+"
    r"tag(?:en)?)"
    r"|(?P<this_week>diese\s+woche|in\s+dieser\s+woche|anfang\s+der\s+woche)"
    r"|(?P<last_week>letzte\s+woche|vergangene\s+woche|in\s+der\s+vergangenen\s+woche|"
    r"vorige\s+woche)"
    r"|(?P<weekend>am\s+(?:vergangenen\s+|letzten\s+)?wochenende|dieses\s+wochenende)"
    r"|(?P<this_month>diesen\s+monat|in\s+diesem\s+monat)"
    r"|(?P<last_month>letzten\s+monat|vergangenen\s+monat|im\s+vergangenen\s+monat|"
    r"vorigen\s+monat)"
    r"|(?P<this_year>dieses\s+jahr|in\s+diesem\s+jahr)"
    r"|(?P<last_year>letztes\s+jahr|vergangenes\s+jahr|im\s+vergangenen\s+jahr|"
    r"voriges\s+jahr|im\s+vorigen\s+jahr))\b")
NUMBER_WORDS = {"einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
                "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10}
# "am 12. Dezember vergangenen Jahres".
RELATIVE_YEAR_AFTER = (r"\s*(?P<which>(?i:vergangenen|letzten|vorigen|dieses|diesen))\s+"
                       r"(?i:jahres)\b")
RELATIVE_YEAR_SHIFT = {"vergangenen": -1, "letzten": -1, "vorigen": -1, "dieses": 0,
                       "diesen": 0}

SINCE_BEFORE = r"(?i:\b(?:seit|schon\s+seit)\s+(?:dem\s+|(?:anfang|ende|mitte)\s+)?$)"
SINCE_AFTER = r"(?!x)x"
PERIOD_BEFORE = r"(?!x)x"  # the time a thing is of (see en)
CONTRAST_BEFORE = (r"(?i:\b(?:anders\s+als|im\s+vergleich\s+zu|verglichen\s+mit|"
                   r"wie\s+(?:schon\s+)?im)\b[^,;.]*$)")
ATTRIBUTION_AFTER = r"(?!x)x"  # a fronted date of a report (see en)
ATTRIBUTION_BEFORE = (r"(?i:\b(?:sagte|erklärte|meldete|berichtete|bestätigte|teilte\s+\w+\s+"
                      r"mit|hieß\s+es)\s+(?:am\s+)?$)")
START_BEFORE = (r"(?i:\b(?:ab|mit\s+wirkung\s+vom|beginnend\s+am)\s+(?:\d+[:.]\d+\s*"
                r"(?:uhr\s+)?(?:\w+\s+){0,2}?|mitternacht\s+|mittag\s+)?(?:am\s+|dem\s+)?$)")
DEADLINE_BEFORE = r"(?!x)x"  # a deadline ahead (see en): none told here yet
UNTIL_BEFORE = (r"(?i:\b(?:vom|von|seit|zwischen)\s+[^.;()]{3,40}?\s+(?:bis(?:\s+zum)?|zum|"
                r"und)\s+(?:am\s+|dem\s+)?$)")
LIFE_BEFORE = (r"(?i:\b(?:geboren|gegründet|erbaut|errichtet|gebaut|geb\.)\s+"
               r"(?:(?:im\s+jahr|am|im)\s+)?(?:\w+\s+){0,2}$|\(\s*$)")
LIFE_AFTER = r"\s*[-–—]\s*(?:19|20)\d\d\s*\)"
TENURE_BEFORE = r"(?!x)x"  # the bounds of an office, never an event's (see en)

BYLINE_CUE = r"(?i)^\s*von\s|\b(?:veröffentlicht|stand|aktualisiert)\b|[|•·]"
PUBLISHED_CUE = r"(?i)veröffentlicht"
UPDATED_CUE = r"(?i)\b(?:aktualisiert|zuletzt\s+geändert)\b"
COPYRIGHT = r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b"
