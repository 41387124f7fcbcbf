"""Azerbaijani (Latin script): how place names are written in a sentence, for
`geo.recognize` and `geo.resolve`.

Azerbaijani writes a name's case on the word itself, with the vowel harmony of its last
syllable: "Ermənistanın" (of Armenia), "Ermənistana" (to), "Tərtərdə" (in), "Laçından"
(from), "Qarabağdakı" (the one in Karabakh); and a district or a town after its name with a
possessive ending: "Laçın rayonu", "Tərtər şəhərini". Words are written as in a sentence,
in lower case; the recogniser compares them folded (`geo.text.fold`: "ə" is "e", "ı" "i", "ş"
"s"...), so that one form stands for the variants of the vowel harmony.
"""

# Postpositions and words around a name that make it a place.
LOCATIVES = frozenset("istiqamətində istiqamətinə yaxınlığında ərazisində ərazisinə".split())

# Words after a name for a settlement or a division: "Laçın rayonu", "Tərtər şəhərini",
# "Qazyan kəndi", "Goranboy rayonunun".
PLACE_WORDS_AFTER = frozenset(
    "rayon rayonu rayonun rayonunun rayonuna rayonunu rayonunda rayonundan rayonları "
    "şəhər şəhəri şəhərinin şəhərinə şəhərini şəhərində şəhərindən "
    "kənd kəndi kəndinin kəndinə kəndini kəndində kəndindən kəndləri kəndlərini "
    "qəsəbə qəsəbəsi qəsəbəsinin qəsəbəsinə qəsəbəsində "
    "bölgə bölgəsi bölgəsinin bölgəsində istiqamətində istiqamətinə ərazisi ərazisində "
    "dəhlizi dəhlizində dəhlizinin".split())
# Of those, the words for a settlement: the name is the town's, not its district's.
SETTLEMENT_WORDS_AFTER = frozenset(
    "şəhər şəhəri şəhərinin şəhərinə şəhərini şəhərində şəhərindən kənd kəndi kəndinin "
    "kəndinə kəndini kəndində kəndindən qəsəbə qəsəbəsi qəsəbəsinin qəsəbəsinə qəsəbəsində"
    .split())
# Words after a name that make it a newspaper's, an agency's, a site's.
ORGANISATION_HEADS = frozenset("qəzeti qəzetinin qəzetinə qəzetində agentliyi agentliyinin "
                               "saytı saytının portalı portalının telekanalı".split())
DIVISION_WORDS = dict.fromkeys(
    "rayon rayonu rayonun rayonunun rayonuna rayonunu rayonunda rayonundan rayonları "
    "rayonlarının rayonlarına rayonlarını rayonlarında".split(), True)
AND_OR = frozenset(["və", "və ya", "ya"])

# Case endings and their chains, each with what the name ends in without it (the harmony
# is not checked: a reading is believed only where the gazetteer has the name).
ENDINGS = tuple((ending, ("",)) for ending in sorted(
    {*"ın in un ün nın nin nun nün ı i u ü nı ni nu nü a ə ya yə na nə da də ta tə nda ndə "
       "dan dən tan tən ndan ndən dakı dəki ndakı ndəki la lə yla ylə".split()},
    key=len, reverse=True))
MIN_STEM = 3
# The endings that say where: in, from, to.
LOCATIVE_ENDINGS = ("da", "də", "ta", "tə", "nda", "ndə", "dan", "dən", "tan", "tən", "ndan",
                    "ndən", "dakı", "dəki", "a", "ə", "ya", "yə", "na", "nə")

NAME_WORDS = frozenset("rayonu rayon şəhəri dəhlizi respublikası muxtar".split())

NOT_PLACES = frozenset()

# wordfreq has no Azerbaijani list; Turkish, its nearest, shares most of its common words.
WORDFREQ = "tr"

TRANSLITERATION = {}
