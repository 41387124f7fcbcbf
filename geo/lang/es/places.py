"""Spanish: how place names are written in a sentence, for `geo.recognize` and
`geo.resolve`.

Spanish writes the names of the Caucasus in its own spelling: its "j" is the sound English
transliterations write "kh" or "gh" ("Karabaj" is Karabakh). Words are written as in a
sentence, in lower case; the recogniser compares them folded (`geo.text.fold`).
"""

LOCATIVES = frozenset("en desde hacia cerca junto entre hasta sobre".split())
PLACE_NOUNS = frozenset(
    "ciudad ciudades aldea aldeas pueblo pueblos localidad región regiones provincia distrito "
    "distritos corredor capital frontera zona municipio habitantes alrededores república reino"
    .split())
SETTLEMENT_NOUNS = frozenset("ciudad aldea pueblo localidad".split())
OF_WORDS = frozenset(["de", "del"])
DIVISION_WORDS = {}
AND_OR = frozenset(["y", "e", "o", "u"])
ELISIONS = frozenset()

ENDINGS = ()
MIN_STEM = 3

NAME_WORDS = frozenset()
NOT_PLACES = frozenset()
WORDFREQ = "es"

REWRITES = (("j", ("kh", "gh")),)
DROP_FINAL_E = False
