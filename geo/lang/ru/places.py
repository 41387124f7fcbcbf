"""Russian: how place names are written in a sentence, for `geo.recognize` and `geo.resolve`.

Russian declines place names: "в Степанакерте", "из Шуши", "Азербайджаном", "в Нагорном
Карабахе" (the adjective of a two-word name declines too), and names a district by an
adjective made from its seat's name ("Тертерского района", "Сюникской области"). Words are
written as in a sentence, in lower case; the recogniser compares them folded (`geo.text.fold`:
"й" is "и", "ё" is "е").
"""

# Prepositions after which a capitalised word is very probably a place ("в Шуше", "из
# Баку", "под Мартуни", "близ Лачина").
LOCATIVES = frozenset(
    "в во на из у под около возле близ вблизи к ко до от через между над из-под "
    "вокруг неподалеку недалеко направлении окрестностях районе городе селе поселке"
    .split())

# Words that, before "X" in the genitive, make it a place ("жители Шуши", "город
# Степанакерт", "село Шихарх"); the name may follow them in any case.
PLACE_NOUNS = frozenset(
    "город города городе городом село села селе селом посёлок посёлка посёлке деревня "
    "деревни деревне жители жителей окрестности окрестностях столица столице столицы "
    "территории территория территорию границе граница границы республика республики "
    "республике республикой"
    .split())

SETTLEMENT_NOUNS = frozenset(
    "город города городе городом село села селе селом посёлок посёлка посёлке деревня деревни "
    "деревне".split())

# Words for a division after the adjective that names it ("Лачинский район", "Араратской
# области", "Лачинского и Кельбаджарского районов"); True: nothing but a division.
DIVISION_WORDS = {
    **dict.fromkeys("район района районе районом районы районов районах районам".split(), True),
    **dict.fromkeys("область области областью областей областях".split(), True),
    **dict.fromkeys("марз марза марзе марзы марзов".split(), True),
    **dict.fromkeys("провинция провинции провинцию".split(), True),
    **dict.fromkeys("округ округа округе".split(), True),
}
# "и", "или": lists of names before a plural division word.
AND_OR = frozenset(["и", "или"])

# Case endings of nouns and adjectives, longest first within a word's reading, each with
# the endings its nominative may have: "Варденисе" -> "варденис", "Шуши" -> "шуша",
# "Армении" -> "армения", "Нагорном" -> "нагорный". A reading is believed only where the
# gazetteer has a name of that form.
ENDINGS = (
    # adjectives (a name's first word, "Нагорном Карабахе", "Российской Федерации")
    ("ского", ("ский",)), ("скому", ("ский",)), ("ским", ("ский", "ская")),
    ("ском", ("ский",)), ("ской", ("ская", "ский")), ("скую", ("ская",)),
    ("ого", ("ый", "ий", "ое", "о")), ("его", ("ий",)), ("ому", ("ый", "ое")),
    ("ему", ("ий",)), ("ыми", ("ый",)), ("ими", ("ий",)), ("ым", ("ый", "ое")),
    ("им", ("ий",)), ("ую", ("ая",)), ("юю", ("яя",)), ("ые", ("ый",)), ("ых", ("ый",)),
    # nouns in -ия ("Армении", "Арменией", "Армению")
    ("ией", ("ия",)), ("ии", ("ия",)), ("ию", ("ия",)),
    # nouns
    ("ом", ("", "ый", "о")), ("ем", ("ь", "й", "е")), ("ой", ("а", "ый", "ая")),
    ("ей", ("я", "а", "ь")),
    ("а", ("", "о")), ("я", ("ь", "и", "е")), ("у", ("", "а", "о")), ("ю", ("ь", "я")),
    ("е", ("", "а", "я", "ь", "о")), ("и", ("а", "я", "ь", "ы")), ("ы", ("а", "")),
)
# A reading keeps at least this many letters of the word.
MIN_STEM = 3

# An adjective made from a place's name ("Тертерского" from "Тертер", "Физулинского" from
# "Физули", "Шушинского" from "Шуша", "Нахичеванском" from "Нахичевань"): the name before
# the suffix, and the endings a name may lose before it. Read only before a division word.
ADJECTIVE_SUFFIXES = ("ского", "скому", "ским", "ском", "ский", "ской", "скую", "ская", "ское",
                      "ские", "ских", "цкого", "цкий", "цкой", "цкая")
ADJECTIVE_STEM_ENDINGS = (("ин", ("и", "ы", "а", "у", "")), ("ен", ("и", "а", "")),
                          ("ан", ("", "а")), ("ь", ("",)), ("", ("", "ь")))

# Lower-case words that may stand inside a name ("Лачинский коридор", "Араратская
# область", "Ростов-на-Дону").
NAME_WORDS = frozenset(
    "на де ла коридор район область республика автономная автономный край море озеро река "
    "горы хребет залив остров острова округ федерация"
    .split())

# Capitalised words that open many sentences and are the alternate names of places in
# the gazetteer: no place alone (wordfreq's Russian list weighs the others).
NOT_PLACES = frozenset(
    "при так как все это там тут где уже ещё если или она они оно мы вы ты его её их "
    "сегодня вчера завтра также однако после перед".split())

# The language wordfreq weighs a word's commonness in.
WORDFREQ = "ru"

# Cyrillic letters as news writes them in Latin letters (the readings tried for a name
# the gazetteer lacks in Cyrillic: "Ерасх" -> "yeraskh", "Шихарх" -> "shikharkh").
TRANSLITERATION = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g", "gh"), "д": ("d",),
    "е": ("e", "ye"), "ж": ("zh", "j"), "з": ("z",), "и": ("i",), "к": ("k",), "л": ("l",),
    "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",),
    "т": ("t",), "у": ("u",), "ф": ("f",), "х": ("kh", "x"), "ц": ("ts",), "ч": ("ch",),
    "ш": ("sh",), "щ": ("shch",), "ъ": ("",), "ы": ("y",), "ь": ("",), "э": ("e",),
    "ю": ("yu",), "я": ("ya",),
}
