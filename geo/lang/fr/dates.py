"""French calendar words and the phrases that carry dates, for `geo.dates`.

The names of `geo.lang.en.dates`, for French: patterns over the sentence as written, in any
case (French writes months and weekdays in lower case). French writes the day before the
month ("le 27 septembre 2020", "le 1er octobre") and numbers as "27/09/2020". The wire
dateline and the names after a weekday never match (r"(?!x)x").
"""

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # abbreviations ("sept" is also seven)
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "oct": 10, "nov": 11, "déc": 12,
    "dec": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
            "dimanche": 6}
CASED_NAMES = False
DAY_SUFFIX = r"(?:er|ᵉʳ)?"

EXPLICIT_DATES = (
    r"(?:{WEEKDAY},?\s+)?(?:(?i:le)\s+)?{DAY}\s+{MONTH}\s+{YEAR}\b",
    r"{MONTH},?\s+{YEAR}\b",
    # day and month, without a year
    r"(?:{WEEKDAY},?\s+)?(?:(?i:le)\s+)?{DAY}\s+{MONTH}(?!\w)",
    # a month alone after a word that makes it a time: "en octobre", "depuis septembre",
    # "fin novembre", "mi-octobre", "au mois d'août"
    r"(?i:\b(?:en|depuis|durant|pendant|jusqu['’]en|dès|fin|début|debut|mi|courant|"
    r"mois\s+de|mois\s+d['’]))[\s-]*{MONTH}(?!\s*\d)",
)
WITH_YEAR = 2
DATELINE_DATES = (2,)
NUMERIC_DATES = (r"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<month>[01]?\d)(?P=sep)"
                 r"(?P<year>(?:19|20)\d\d)(?![\d])",)

# A decade, perhaps its part: "les années 1990", "au début des années 1990".
DECADE = (r"(?i:\b(?:(?P<part>début|milieu|fin)\s+des\s+)?années\s+)"
          r"(?P<decade>(?:19|20)\d0)\b")
DECADE_PARTS = {"début": 1, "milieu": 5, "fin": 8}
YEAR_RANGE = r"(?<![\d-])(?P<year>(?:19|20)\d\d)\s*[-–—]\s*(?:19|20)?\d\d(?![\d-])"
YEAR_NOT_AFTER = (r"[Nn]° ", r"[Nn]°", r"[Nn]o ", r"[Nn]uméro ")
COUNTED_AFTER = (r"\s+(?:\w+\s+)?(?:personnes|civils|soldats|militaires|habitants|réfugiés|"
                 r"familles|maisons|bâtiments|km|kilomètres|mètres|tonnes|dollars|euros|"
                 r"roubles|manats|drams|voix|morts|victimes|blessés)\b")
TEMPORAL_BEFORE = (r"(?i)\b(?:en|depuis|durant|pendant|jusqu['’]en|dès|de|avant|après|fin|"
                   r"début)[\s-]+$")
PERCENT_AFTER = r"\s*(?:%|pour\s*cent)"
NAME_BEFORE_YEAR = r"(?!x)x"  # a year that is part of a name (see en)

# "samedi", "ce samedi", "samedi dernier" ("dernier" makes it strictly before), "dans la
# nuit de samedi".
WEEKDAY_PHRASE = (r"\b(?:(?i:ce|le|dans\s+la\s+nuit\s+de|dans\s+la\s+nuit\s+du)\s+)?"
                  r"(?P<weekday>{WEEKDAY})(?:\s+(?P<last>(?i:dernier)))?"
                  r"(?:\s+(?i:matin|soir|après-midi|apres-midi))?\b")
WEEKDAY_NOT_A_DAY_AFTER = r"(?!x)x"
RELATIVE = (
    r"\b(?:(?P<today>aujourd['’]hui|ce\s+matin|cet\s+après-midi|ce\s+soir|cette\s+nuit)"
    r"|(?P<before_yesterday>avant-hier|avant\s+hier)"
    r"|(?P<yesterday>hier)"
    r"|(?P<ago>il\s+y\s+a\s+(?P<n>\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
    r"\s+jours?)"
    r"|(?P<this_week>cette\s+semaine)"
    r"|(?P<last_week>la\s+semaine\s+derni[èe]re|la\s+semaine\s+pass[ée]e)"
    r"|(?P<weekend>ce\s+week-?end|le\s+week-?end\s+dernier|pendant\s+le\s+week-?end)"
    r"|(?P<this_month>ce\s+mois-ci|ce\s+mois)"
    r"|(?P<last_month>le\s+mois\s+dernier)"
    r"|(?P<this_year>cette\s+année)"
    r"|(?P<last_year>l['’]année\s+derni[èe]re|l['’]an\s+dernier))\b")
NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
                "sept": 7, "huit": 8, "neuf": 9, "dix": 10}
# "le 12 décembre de l'année dernière".
RELATIVE_YEAR_AFTER = (r"\s*(?:(?i:de)\s+)?(?P<which>(?i:l['’]année\s+derni[èe]re|"
                       r"l['’]an\s+dernier|cette\s+année))")
RELATIVE_YEAR_SHIFT = {"l'année dernière": -1, "l'an dernier": -1, "cette année": 0}

SINCE_BEFORE = (r"(?i:\b(?:depuis|dès)\s+(?:le\s+|la\s+)?(?:(?:début|debut|fin|mi)[\s-]+)?$)")
SINCE_AFTER = r"(?!x)x"
PERIOD_BEFORE = r"(?!x)x"  # the time a thing is of (see en)
CONTRAST_BEFORE = (r"(?i:\b(?:contrairement\s+à|par\s+rapport\s+à|comparé\s+à|comme\s+en)\b"
                   r"[^,;.]*$)")
ATTRIBUTION_AFTER = r"(?!x)x"  # a fronted date of a report (see en)
ATTRIBUTION_BEFORE = (r"(?i:\b(?:a|ont)\s+(?:déclaré|annoncé|indiqué|affirmé|précisé|confirmé|"
                      r"dit|rapporté|assuré)\s+(?:ce\s+|le\s+)?$)")
START_BEFORE = (r"(?i:\b(?:à\s+partir\s+d[eu]|a\s+partir\s+d[eu]|à\s+compter\s+d[eu])\s+"
                r"(?:(?:\d+\s*h\s*\d*|minuit|midi)\s+(?:\w+\s+){0,2}?)?(?:le\s+)?$)")
DEADLINE_BEFORE = r"(?!x)x"  # a deadline ahead (see en): none told here yet
UNTIL_BEFORE = (r"(?i:\b(?:du|de|depuis|entre)\s+[^.;()]{3,40}?\s+(?:au|à|jusqu['’]au|et)\s+"
                r"(?:le\s+)?$)")
LIFE_BEFORE = (r"(?i:\b(?:née?s?|fondée?s?|créée?s?|construite?s?|bâtie?s?|érigée?s?|"
               r"datant\s+d[eu])\s+(?:(?:en|le)\s+)?(?:\w+\s+){0,2}$|\(\s*$)")
LIFE_AFTER = r"\s*[-–—]\s*(?:19|20)\d\d\s*\)"
TENURE_BEFORE = r"(?!x)x"  # the bounds of an office, never an event's (see en)

BYLINE_CUE = r"(?i)^\s*par\s|\b(?:publié|mis\s+à\s+jour|modifié)\b|[|•·]"
PUBLISHED_CUE = r"(?i)publié"
UPDATED_CUE = r"(?i)\b(?:mis\s+à\s+jour|modifié|actualisé)\b"
COPYRIGHT = r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b"
