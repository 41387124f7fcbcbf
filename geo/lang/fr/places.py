"""French: how place names are written in a sentence, for `geo.recognize` and `geo.resolve`.

French elides the article and "de" before a vowel, on the name's first letter: "l'Arménie",
"d'Azerbaïdjan", "jusqu'à". It writes the names of the Caucasus in its own spelling
("Chouchi", "Latchine", "Bakou"), which the readings below take back to the spellings the
gazetteer has. Words are written as in a sentence, in lower case; the recogniser compares them
folded (`geo.text.fold`).
"""

LOCATIVES = frozenset("à au aux en dans près vers depuis sur sous entre autour jusqu "
                      "auprès".split())
# Words before "de" (or right before the name) that make it a place: "la ville de
# Tartar", "le district de Kalbajar", "les habitants de Chouchi".
PLACE_NOUNS = frozenset(
    "ville villes village villages localité district districts région régions province "
    "provinces commune département corridor capitale habitants environs zone secteur "
    "frontière bourg hameau république royaume".split())
SETTLEMENT_NOUNS = frozenset("ville village localité bourg hameau".split())
OF_WORDS = frozenset(["de", "d", "du", "des"])
DIVISION_WORDS = {}
AND_OR = frozenset(["et", "ou"])
# Elided words written before a name with an apostrophe.
ELISIONS = frozenset(["l", "d", "qu", "jusqu", "lorsqu", "puisqu"])

ENDINGS = ()
MIN_STEM = 3

NAME_WORDS = frozenset()
NOT_PLACES = frozenset()
WORDFREQ = "fr"

# French spellings of sounds that English-style transliterations write otherwise: "tch"
# is "ch", "ch" "sh", "dj" "j", "ou" "u"; a final "e" keeps a consonant sounded
# ("Latchine" is Lachin, "Chouchi" Shushi).
REWRITES = (("tch", ("ch",)), ("ch", ("sh",)), ("dj", ("j",)), ("ou", ("u",)))
DROP_FINAL_E = True
