"""German: how place names are written in a sentence, for `geo.recognize` and `geo.resolve`.

German adds "-s" to a name in the genitive ("Bergkarabachs", "Eriwans") and writes the
names of the Caucasus in its own transliteration: "tsch" for "ch", "dsch" for "j", "sch"
for "sh", "w" for "v", "j" for "y" ("Kelbadschar" is Kelbajar, "Tschambarak" Chambarak).
Words are written as in a sentence, in lower case; the recogniser compares them folded.
"""

LOCATIVES = frozenset("in im bei beim nahe nach aus von vom um an am zwischen gegen durch "
                      "nördlich südlich östlich westlich richtung".split())
# Words right before a name that make it a place: "die Stadt Latschin", "das Dorf Berd",
# "in der Region Tovuz".
PLACE_NOUNS = frozenset(
    "stadt dorf dorfes dörfer dörfern region bezirk bezirks bezirkes provinz gebiet gebiets "
    "gebietes ortschaft ort ortes hauptstadt kleinstadt grenzort grenzortes grenzdorf "
    "grenzdorfes staat land bundesland republik kanton königreich "
    # compounds news uses for a region in conflict ("die Krisenregion Bergkarabach")
    "krisenregion konfliktregion grenzregion kaukasusregion unruheregion kriegsregion "
    "konfliktgebiet krisengebiet kriegsgebiet grenzgebiet kampfgebiet separatistengebiet "
    "enklave exklave kaukasusrepublik nachbarland nachbarstaat".split())
SETTLEMENT_NOUNS = frozenset("stadt dorf ortschaft kleinstadt grenzort grenzdorf".split())
OF_WORDS = frozenset()
DIVISION_WORDS = {"bezirk": True, "provinz": True, "region": False}
AND_OR = frozenset(["und", "oder"])
ELISIONS = frozenset()
# Every noun is capitalised: a capitalised word before a name is no sign of a longer name.
NOUNS_CAPITALISED = True

# The genitive's "-s" ("Bergkarabachs", "Armeniens").
ENDINGS = (("s", ("",)),)
MIN_STEM = 4

NAME_WORDS = frozenset()
# The quarters of the compass, nouns in German ("im Norden der Region": in its north, not
# the town of Norden), written folded as the recogniser compares them.
NOT_PLACES = frozenset("norden suden osten westen nordosten nordwesten sudosten sudwesten".split())
WORDFREQ = "de"

REWRITES = (("tsch", ("ch",)), ("dsch", ("j",)), ("sch", ("sh", "ch")), ("w", ("v",)),
            ("j", ("y",)))
DROP_FINAL_E = False
