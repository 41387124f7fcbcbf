"""Turkish: how place names are written in a sentence, for `geo.recognize` and `geo.resolve`.

Turkish writes a proper name's case after an apostrophe ("Tovuz'un", "Terter'de"), which
the scan reads as the name's end; the ending is also written on the word in headlines and
some news ("Azerbaycanın"), read like Azerbaijani's. Words are written as in a sentence,
in lower case; the recogniser compares them folded (`geo.text.fold`: "ı" is "i", "ş" "s"...).
"""

LOCATIVES = frozenset("istikametinde istikametine yakınlarında yakınında civarında "
                      "bölgesinde".split())

# Words after a name for a settlement or a division: "Gence kentine", "Kelbecer ilçesi",
# "Tovuz bölgesinde", "Laçın koridoru".
PLACE_WORDS_AFTER = frozenset(
    "kent kenti kentine kentinde kentinden kentini kentinin şehri şehrine şehrinde şehrinden "
    "şehrini şehrinin il ili iline ilinde ilinden illeri illerini illerinde ilçe ilçesi "
    "ilçesine ilçesinde ilçesinden ilçesini ilçelerini köy köyü köyüne köyünde köyünden "
    "köyleri köylerine bölge bölgesi bölgesine bölgesinde bölgesinden istikametinde "
    "istikametine koridoru koridorunda".split())
SETTLEMENT_WORDS_AFTER = frozenset(
    "kent kenti kentine kentinde kentinden kentini kentinin şehri şehrine şehrinde şehrinden "
    "şehrini şehrinin köy köyü köyüne köyünde köyünden".split())
ORGANISATION_HEADS = frozenset("gazetesi gazetesinin ajansı ajansının sitesi kanalı".split())
DIVISION_WORDS = dict.fromkeys(
    "il ili iline ilinde ilinden illeri illerini illerinde ilçe ilçesi ilçesine ilçesinde "
    "ilçesinden ilçesini ilçelerini rayonu rayonunda".split(), True)
AND_OR = frozenset(["ve", "veya", "ile"])

ENDINGS = tuple((ending, ("",)) for ending in sorted(
    {*"ın in un ün nın nin nun nün ı i u ü nı ni nu nü a e ya ye na ne da de ta te nda nde "
       "dan den tan ten ndan nden daki deki ndaki ndeki la le yla yle".split()},
    key=len, reverse=True))
MIN_STEM = 3
LOCATIVE_ENDINGS = ("da", "de", "ta", "te", "nda", "nde", "dan", "den", "tan", "ten", "ndan",
                    "nden", "daki", "deki", "a", "e", "ya", "ye", "na", "ne")

NAME_WORDS = frozenset("koridoru cumhuriyeti".split())

NOT_PLACES = frozenset()

WORDFREQ = "tr"

# Turkish spellings of Azerbaijani names: Turkish writes Azerbaijani's "q" as "k" and its
# "x" as "h" ("Dondar Kuşçu" is Dondar Quşçu, "Hankendi" Xankəndi).
REWRITES = (("k", ("q",)), ("h", ("x",)))

TRANSLITERATION = {}
