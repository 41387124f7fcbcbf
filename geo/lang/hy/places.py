"""Armenian: how place names are written in a sentence, for `geo.recognize` and `geo.resolve`.

Armenian writes a name's case and article as endings on the word: "Ստեփանակերտում" (in
Stepanakert), "Ստեփանակերտի" (of), "Ստեփանակերտը" (the), "Մարտունին", "Մարտունու",
"Ադրբեջանին". Words are folded as `geo.text.fold` folds them (in lower case).
"""

# Words before a name that make it a place (Armenian mostly says "in" with an ending).
LOCATIVES = frozenset("դեպի մոտ".split())

# Words after a name that make it a place: "Սյունիքի մարզ" (province), "Գորիս քաղաք"
# (town), "Շուռնուխ գյուղ" (village).
PLACE_WORDS_AFTER = frozenset(
    "մարզ մարզի մարզում մարզը մարզից քաղաք քաղաքի քաղաքում քաղաքը քաղաքից գյուղ գյուղի "
    "գյուղում գյուղը գյուղից շրջան շրջանի շրջանում շրջանը համայնք համայնքի համայնքում"
    .split())

SETTLEMENT_WORDS_AFTER = frozenset(
    "քաղաք քաղաքի քաղաքում քաղաքը քաղաքից գյուղ գյուղի գյուղում գյուղը գյուղից".split())

DIVISION_WORDS = {
    **dict.fromkeys("մարզ մարզի մարզում մարզը մարզից մարզերի մարզերում".split(), True),
    **dict.fromkeys("շրջան շրջանի շրջանում շրջանը շրջանից".split(), True),
}
AND_OR = frozenset(["և", "եւ", "ու", "կամ"])

# Endings of case and article, each with what the name may end in without it:
# "Ստեփանակերտում" -> "ստեփանակերտ", "Մարտունու" -> "մարտունի", "Մարտունին" -> "մարտունի"
# (the article after a vowel), "Ադրբեջանին" -> "ադրբեջան".
ENDINGS = (
    ("ներում", ("",)), ("ներից", ("",)), ("ների", ("",)), ("երում", ("",)), ("երից", ("",)),
    ("երի", ("",)), ("ումը", ("", "ի")), ("ում", ("", "ի")), ("ուց", ("ի",)), ("ից", ("", "ի")),
    ("ով", ("",)), ("ին", ("", "ի")), ("իս", ("",)), ("իդ", ("",)), ("ու", ("ի", "")),
    ("ը", ("",)), ("ն", ("",)), ("ի", ("",)), ("ս", ("",)), ("դ", ("",)),
)
MIN_STEM = 3
# "և" is also written "եւ" ("Երևան", "Երեւան").
EQUIVALENT_LETTERS = (("եւ", "և"),)
# The endings that say where: "in" (-ում) and "from" (-ից).
LOCATIVE_ENDINGS = ("ում", "ումը", "ից", "ուց")

NAME_WORDS = frozenset("մարզ քաղաք գյուղ միջանցք լիճ գետ".split())

# Common words (wordfreq has no Armenian list) that are the alternate names of places.
NOT_PLACES = frozenset("այս այդ այն նա նրանք մենք դուք ես և բայց իսկ երեկ այսօր".split())

WORDFREQ = ""

# Armenian letters as news writes them in Latin letters.
TRANSLITERATION = {
    "ա": ("a",), "բ": ("b",), "գ": ("g",), "դ": ("d",), "ե": ("e", "ye"), "զ": ("z",),
    "է": ("e",), "ը": ("",), "թ": ("t",), "ժ": ("zh",), "ի": ("i",), "լ": ("l",),
    "խ": ("kh",), "ծ": ("ts",), "կ": ("k",), "հ": ("h",), "ձ": ("dz",), "ղ": ("gh",),
    "ճ": ("ch",), "մ": ("m",), "յ": ("y",), "ն": ("n",), "շ": ("sh",), "ո": ("o", "vo"),
    "չ": ("ch",), "պ": ("p",), "ջ": ("j",), "ռ": ("r",), "ս": ("s",), "վ": ("v",),
    "տ": ("t",), "ր": ("r",), "ց": ("ts",), "ւ": ("",), "փ": ("p",), "ք": ("k",),
    "օ": ("o",), "ֆ": ("f",), "և": ("ev",), "ու": ("u",),
}
