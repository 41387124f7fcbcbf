"""Spanish calendar words and the phrases that carry dates, for `geo.dates`.

The names of `geo.lang.en.dates`, for Spanish: patterns over the sentence as written, in any
case (Spanish writes months and weekdays in lower case). Spanish writes "el 27 de septiembre
de 2020" and "27/09/2020". The wire dateline and the names after a weekday never match
(r"(?!x)x").
"""

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # abbreviations ("mar" is the sea)
    "ene": 1, "feb": 2, "abr": 4, "sept": 9, "oct": 10, "nov": 11, "dic": 12,
}
WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
            "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6}
CASED_NAMES = False
DAY_SUFFIX = r"(?:º|°)?"

EXPLICIT_DATES = (
    r"(?:{WEEKDAY},?\s+)?(?:(?i:el)\s+)?{DAY}\s+(?i:de\s+)?{MONTH}(?:\s+(?i:de|del)|,)?\s+"
    r"{YEAR}\b",
    r"{MONTH}\s+(?:(?i:de|del)\s+)?{YEAR}\b",
    # day and month, without a year
    r"(?:{WEEKDAY},?\s+)?(?:(?i:el)\s+)?{DAY}\s+(?i:de\s+){MONTH}(?!\w)",
    # a month alone after a word that makes it a time: "en octubre", "desde septiembre",
    # "a finales de noviembre"
    r"(?i:\b(?:en|desde|durante|hasta|el\s+pasado|mes\s+de|finales\s+de|principios\s+de|"
    r"mediados\s+de))\s+{MONTH}(?!\s+(?:de\s+)?\d)",
)
WITH_YEAR = 2
DATELINE_DATES = (2,)
NUMERIC_DATES = (r"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<month>[01]?\d)(?P=sep)"
                 r"(?P<year>(?:19|20)\d\d)(?![\d])",)

# A decade, perhaps its part: "los años 1990", "a principios de los años 90" (not the last).
DECADE = (r"(?i:\b(?:(?P<part>principios|mediados|finales)\s+de\s+)?(?:los\s+)?años\s+)"
          r"(?P<decade>(?:19|20)\d0)\b")
DECADE_PARTS = {"principios": 1, "mediados": 5, "finales": 8}
YEAR_RANGE = r"(?<![\d-])(?P<year>(?:19|20)\d\d)\s*[-–—]\s*(?:19|20)?\d\d(?![\d-])"
YEAR_NOT_AFTER = (r"[Nn]º ", r"[Nn]° ", r"[Nn]o\. ", r"[Nn]úmero ")
COUNTED_AFTER = (r"\s+(?:\w+\s+)?(?:personas|civiles|soldados|militares|habitantes|"
                 r"refugiados|familias|casas|viviendas|edificios|km|kilómetros|metros|"
                 r"toneladas|dólares|euros|rublos|votos|muertos|víctimas|heridos)\b")
TEMPORAL_BEFORE = (r"(?i)\b(?:en|desde|durante|hasta|de|del|antes\s+de|después\s+de)"
                   r"[\s-]+$")
PERCENT_AFTER = r"\s*(?:%|por\s*ciento)"
NAME_BEFORE_YEAR = r"(?!x)x"  # a year that is part of a name (see en)

# "el lunes", "este domingo", "el lunes pasado" ("pasado" makes it strictly before).
WEEKDAY_PHRASE = (r"\b(?:(?i:el|este|esta|la\s+noche\s+del?|el\s+pasado)\s+)?"
                  r"(?P<weekday>{WEEKDAY})(?:\s+(?P<last>(?i:pasado)))?"
                  r"(?:\s+(?i:por\s+la\s+(?:mañana|tarde|noche)))?\b")
WEEKDAY_NOT_A_DAY_AFTER = r"(?!x)x"
RELATIVE = (
    r"\b(?:(?P<today>hoy|esta\s+mañana|esta\s+tarde|esta\s+noche|esta\s+madrugada)"
    r"|(?P<before_yesterday>anteayer|antier|antes\s+de\s+ayer)"
    r"|(?P<yesterday>ayer|anoche)"
    r"|(?P<ago>hace\s+(?P<n>\d+|un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
    r"diez)\s+días?)"
    r"|(?P<this_week>esta\s+semana)"
    r"|(?P<last_week>la\s+semana\s+pasada)"
    r"|(?P<weekend>(?:este|el\s+pasado|el)\s+fin\s+de\s+semana)"
    r"|(?P<this_month>este\s+mes)"
    r"|(?P<last_month>el\s+mes\s+pasado)"
    r"|(?P<this_year>este\s+año)"
    r"|(?P<last_year>el\s+año\s+pasado))\b")
NUMBER_WORDS = {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
                "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10}
# "el 12 de diciembre del año pasado".
RELATIVE_YEAR_AFTER = (r"\s*(?:(?i:de|del)\s+)?(?P<which>(?i:año\s+pasado|pasado\s+año|"
                       r"este\s+año))")
RELATIVE_YEAR_SHIFT = {"año pasado": -1, "pasado año": -1, "este año": 0}

SINCE_BEFORE = (r"(?i:\b(?:desde)\s+(?:el\s+|la\s+)?(?:(?:pasado|principios\s+de|finales\s+de|"
                r"mediados\s+de)\s+)?$)")
SINCE_AFTER = r"(?!x)x"
PERIOD_BEFORE = r"(?!x)x"  # the time a thing is of (see en)
CONTRAST_BEFORE = (r"(?i:\b(?:a\s+diferencia\s+de|en\s+comparación\s+con|comparado\s+con|"
                   r"como\s+en)\b[^,;.]*$)")
ATTRIBUTION_AFTER = r"(?!x)x"  # a fronted date of a report (see en)
ATTRIBUTION_BEFORE = (r"(?i:\b(?:dijo|declaró|anunció|informó|afirmó|señaló|indicó|confirmó|"
                      r"aseguró|dijeron|informaron|declararon|anunciaron)\s+(?:este\s+|el\s+)?$)")
START_BEFORE = (r"(?i:\b(?:a\s+partir\s+del?|desde\s+las\s+\d+[:.]\d+\s*(?:\w+\s+){0,2}?del?)"
                r"\s+(?:el\s+)?$)")
DEADLINE_BEFORE = r"(?!x)x"  # a deadline ahead (see en): none told here yet
UNTIL_BEFORE = (r"(?i:\b(?:del?|desde|entre)\s+[^.;()]{3,40}?\s+(?:al|a|hasta\s+el|hasta|y)\s+"
                r"(?:el\s+)?$)")
LIFE_BEFORE = (r"(?i:\b(?:nacid[oa]s?|naci[oó]|fundad[oa]s?|construid[oa]s?|erigid[oa]s?|"
               r"cread[oa]s?)\s+(?:(?:en|el)\s+)?(?:\w+\s+){0,2}$|\(\s*$)")
LIFE_AFTER = r"\s*[-–—]\s*(?:19|20)\d\d\s*\)"
TENURE_BEFORE = r"(?!x)x"  # the bounds of an office, never an event's (see en)

BYLINE_CUE = r"(?i)^\s*por\s|\b(?:publicado|actualizado)\b|[|•·]"
PUBLISHED_CUE = r"(?i)publicado"
UPDATED_CUE = r"(?i)\bactualizad\w*"
COPYRIGHT = r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b"
