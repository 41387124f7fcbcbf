"""Russian calendar words and the phrases that carry dates, for `geo.dates`.

The names of `geo.lang.en.dates`, for Russian: patterns over the sentence as written, in any
case. Russian writes the day before the month, the month in the genitive ("27 сентября 2020
года"), the month alone in the prepositional ("в сентябре"), a weekday in the accusative ("в
среду"). Where a concept has no words here the pattern never matches (r"(?!x)x"): the
wire dateline (`DATELINE_DATES` reads only Latin capitals) and the names of newspapers after
a weekday.
"""

MONTHS = {
    "январь": 1, "января": 1, "январе": 1, "январем": 1, "январём": 1,
    "февраль": 2, "февраля": 2, "феврале": 2, "февралем": 2, "февралём": 2,
    "март": 3, "марта": 3, "марте": 3, "мартом": 3,
    "апрель": 4, "апреля": 4, "апреле": 4, "апрелем": 4,
    "май": 5, "мая": 5, "мае": 5, "маем": 5,
    "июнь": 6, "июня": 6, "июне": 6, "июнем": 6,
    "июль": 7, "июля": 7, "июле": 7, "июлем": 7,
    "август": 8, "августа": 8, "августе": 8, "августом": 8,
    "сентябрь": 9, "сентября": 9, "сентябре": 9, "сентябрем": 9, "сентябрём": 9,
    "октябрь": 10, "октября": 10, "октябре": 10, "октябрем": 10, "октябрём": 10,
    "ноябрь": 11, "ноября": 11, "ноябре": 11, "ноябрем": 11, "ноябрём": 11,
    "декабрь": 12, "декабря": 12, "декабре": 12, "декабрем": 12, "декабрём": 12,
    # abbreviations (with or without their dot)
    "янв": 1, "февр": 2, "апр": 4, "авг": 8, "сент": 9, "окт": 10, "нояб": 11, "дек": 12,
}
# A weekday as named alone (a dateline: "воскресенье, 27 сентября") and in the accusative
# after "в": "в среду", "во вторник". "Среда" is also "environment": the phrase below
# needs its "в".
WEEKDAYS = {"понедельник": 0, "вторник": 1, "среда": 2, "среду": 2, "четверг": 3,
            "пятница": 4, "пятницу": 4, "суббота": 5, "субботу": 5, "воскресенье": 6}
# Month and weekday names are matched in any case: none is another common word.
CASED_NAMES = False
# "27-го сентября".
DAY_SUFFIX = r"(?:-?го)?"
_YEAR_WORD = r"(?:\s*(?:года|году|г\.|гг\.))?"

EXPLICIT_DATES = (
    r"(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}\s+{YEAR}\b" + _YEAR_WORD,
    r"{MONTH}\s+{YEAR}\b" + _YEAR_WORD,
    # day and month, without a year
    r"(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}(?!\w)",
    # a month alone after a word that makes it a time: "в сентябре", "с октября", "в конце
    # ноября"
    r"(?i:\b(?:в|во|с|со|до|к|по|после|начиная\s+с|в\s+начале|в\s+конце|в\s+середине|"
    r"к\s+концу|к\s+началу|в\s+течение|до\s+конца))\s+{MONTH}(?!\s*\d)",
)
WITH_YEAR = 2
DATELINE_DATES = (2,)
NUMERIC_DATES = (r"(?<![\d.])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<month>[01]?\d)(?P=sep)"
                 r"(?P<year>(?:19|20)\d\d)(?![\d])",)

# A decade: "в 1990-е годы", "в 1990-х".
DECADE = r"(?P<part>)(?P<decade>(?:19|20)\d0)-(?:е|х)\b"
DECADE_PARTS: dict[str, int] = {}
YEAR_RANGE = r"(?<![\d-])(?P<year>(?:19|20)\d\d)\s*[-–—]\s*(?:19|20)?\d\d(?![\d-])"
YEAR_NOT_AFTER = (r"№ ", r"№", r"[Нн]омер ")
COUNTED_AFTER = (
    r"\s+(?:\w+\s+)?(?:человек|людей|жителей|мирных|военных|солдат|военнослужащих|"
    r"беженцев|семей|домов|зданий|км|километров|метров|тонн|долларов|рублей|евро|манатов|"
    r"драмов|голосов|случаев|погибших|жертв|раненых)\b")
TEMPORAL_BEFORE = r"(?i)\b(?:в|во|с|со|до|к|по|после|от|начиная\s+с)[\s-]+$"
PERCENT_AFTER = r"\s*(?:%|процент\w*)"
NAME_BEFORE_YEAR = r"(?!x)x"  # a year that is part of a name (see en)

# "в среду", "в прошлую пятницу"; "прошлую" makes it strictly before.
WEEKDAY_PHRASE = (r"(?i:\b(?:в|во)\s+(?:(?P<last>прошл(?:ую|ый|ое|ой)|минувш(?:ую|ий|ее))\s+)?)"
                  r"(?P<weekday>{WEEKDAY})\b")
WEEKDAY_NOT_A_DAY_AFTER = r"(?!x)x"
RELATIVE = (
    r"\b(?:(?P<today>сегодня|этой\s+ночью|минувшей\s+ночью|этим\s+утром)"
    r"|(?P<before_yesterday>позавчера)"
    r"|(?P<yesterday>вчера)"
    r"|(?P<ago>(?P<n>\d+|одн[иу]|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|"
    r"десять)\s+(?:дн(?:я|ей)|день|суток|сутки)\s+(?:тому\s+)?назад)"
    r"|(?P<this_week>на\s+этой\s+неделе)"
    r"|(?P<last_week>на\s+прошлой\s+неделе|на\s+минувшей\s+неделе)"
    r"|(?P<weekend>в\s+(?:эти\s+|прошлые\s+|минувшие\s+)?выходные)"
    r"|(?P<this_month>в\s+этом\s+месяце)"
    r"|(?P<last_month>в\s+прошлом\s+месяце)"
    r"|(?P<this_year>в\s+этом\s+году|в\s+текущем\s+году)"
    r"|(?P<last_year>в\s+прошлом\s+году))\b")
NUMBER_WORDS = {"один": 1, "одни": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
                "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10}
# "27 декабря прошлого года".
RELATIVE_YEAR_AFTER = (r"\s*(?P<which>(?i:прошлого|этого|текущего|следующего))\s+"
                       r"(?i:года)\b")
RELATIVE_YEAR_SHIFT = {"прошлого": -1, "этого": 0, "текущего": 0, "следующего": 1}

SINCE_BEFORE = (r"(?i:\b(?:с|со|начиная\s+с|еще\s+с|ещё\s+с)\s+(?:(?:начала|конца|середины)\s+)?$)")
SINCE_AFTER = r"(?!x)x"
PERIOD_BEFORE = r"(?!x)x"  # the time a thing is of (see en)
CONTRAST_BEFORE = (r"(?i:\b(?:в\s+отличие\s+от|по\s+сравнению\s+с|чем\s+в|как\s+и\s+в)\b"
                   r"[^,;.]*$)")
ATTRIBUTION_AFTER = r"(?!x)x"  # a fronted date of a report (see en)
ATTRIBUTION_BEFORE = (r"(?i:\b(?:заявил[аи]?|сообщил[аи]?|сообщается|сообщили|передает|"
                      r"передаёт|отметил[аи]?|подтвердил[аи]?|уточнил[аи]?|написал[аи]?|"
                      r"рассказал[аи]?|объявил[аи]?)\s+(?:в\s+|во\s+)?$)")
START_BEFORE = (r"(?i:\b(?:начиная\s+с|вступ\w+\s+в\s+силу\s+с|с\s+(?:\d+[:.]\d+|полуночи|"
                r"полудня)\s+(?:\w+\s+){0,2}?)$)")
DEADLINE_BEFORE = r"(?!x)x"  # a deadline ahead (see en): none told here yet
UNTIL_BEFORE = r"(?i:\b(?:с|со|от|между)\s+[^.;()]{3,40}?\s+(?:по|до|и)\s+$)"
LIFE_BEFORE = (r"(?i:\b(?:родил(?:ся|ась|ись)|основан\w*|создан\w*|построен\w*|возвед[её]н\w*|"
               r"окончил\w*)\s+(?:(?:в|во)\s+)?(?:\w+\s+){0,2}$|\(\s*$)")
# "1982 года рождения", "1982 г. р.": a year of birth written after it.
LIFE_AFTER = (r"\s*[-–—]\s*(?:19|20)\d\d\s*\)|\s*(?:года|г\.)\s*(?:рождения|р\.)|"
              r"\s*г\.?\s*р\.")
TENURE_BEFORE = r"(?!x)x"  # the bounds of an office, never an event's (see en)

BYLINE_CUE = (r"(?i)^\s*(?:автор|опубликовано|дата\s+публикации|обновлено)\b|"
              r"\b(?:опубликовано|обновлено)\b|[|•·]")
PUBLISHED_CUE = r"(?i)опубликован|дата\s+публикации"
UPDATED_CUE = r"(?i)\b(?:обновлено|обновлен|изменено)\b"
COPYRIGHT = r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b"
