"""A small hand-made gazetteer for fast unit tests of recognition and resolution.

Coordinates and populations are real, rounded; the set is chosen for its traps: names that
are also first names, newspapers, common words, and places that share a name.
"""

from geo.model import Place


def _p(place_id, name, kind, country, lat, lon, population, admin1="", source="geonames"):
    return Place(place_id, name, kind, country, lat, lon, population, admin1, source)


PLACES = [
    _p("c:AM", "Armenia", "country", "AM", 40.2, 44.9, 2_960_000),
    _p("c:AZ", "Azerbaijan", "country", "AZ", 40.3, 47.7, 10_100_000),
    _p("c:GE", "Georgia", "country", "GE", 42.2, 43.5, 3_700_000),
    _p("c:JO", "Jordan", "country", "JO", 31.2, 36.5, 10_200_000),
    _p("c:US", "United States", "country", "US", 39.8, -98.6, 331_000_000),
    _p("c:FR", "France", "country", "FR", 46.6, 2.4, 67_000_000),
    _p("c:RU", "Russia", "country", "RU", 61.5, 105.3, 144_000_000),
    _p("c:PL", "Poland", "country", "PL", 52.1, 19.4, 38_000_000),
    _p("a:US.TX", "Texas", "admin1", "US", 31.2, -99.3, 29_000_000),
    _p("a:US.GA", "Georgia", "admin1", "US", 32.7, -83.4, 10_700_000),
    _p("a:US.WA", "Washington", "admin1", "US", 47.4, -120.5, 7_700_000),
    _p("a:US.ID", "Idaho", "admin1", "US", 44.4, -114.6, 1_900_000),
    _p("cur:nk", "Nagorno-Karabakh", "region", "AZ", 39.9, 46.7, 150_000, source="curated"),
    _p("cur:stepanakert", "Stepanakert", "city", "AZ", 39.8153, 46.7519, 55_000,
       source="curated"),
    _p("cur:shusha", "Shusha", "city", "AZ", 39.7583, 46.7486, 4_000, source="curated"),
    _p("g:ganja", "Ganja", "city", "AZ", 40.6828, 46.3606, 335_000),
    _p("g:baku", "Baku", "city", "AZ", 40.3777, 49.892, 2_300_000),
    _p("g:yerevan", "Yerevan", "city", "AM", 40.1811, 44.5136, 1_090_000),
    _p("g:goris", "Goris", "city", "AM", 39.5111, 46.3381, 20_000),
    _p("g:paris", "Paris", "city", "FR", 48.8534, 2.3488, 2_140_000, "Île-de-France"),
    _p("g:paris-tx", "Paris", "city", "US", 33.6609, -95.5555, 25_000, "Texas"),
    _p("g:washington", "Washington", "city", "US", 38.8951, -77.0364, 690_000,
       "District of Columbia"),
    _p("g:moscow", "Moscow", "city", "RU", 55.7522, 37.6156, 12_500_000, "Moscow"),
    _p("g:moscow-id", "Moscow", "city", "US", 46.7324, -117.0002, 25_000, "Idaho"),
    _p("g:sydney", "Sydney", "city", "AU", -33.8679, 151.2073, 4_600_000),
    _p("g:manchester", "Manchester", "city", "GB", 53.4809, -2.2374, 550_000),
    _p("g:nice", "Nice", "city", "FR", 43.7031, 7.2661, 340_000),
    _p("g:police", "Police", "city", "PL", 53.5521, 14.5718, 33_000),
    _p("g:march", "March", "city", "GB", 52.55, 0.09, 22_000),
    _p("g:mobile", "Mobile", "city", "US", 30.6944, -88.0431, 190_000, "Alabama"),
    _p("g:alexandria-eg", "Alexandria", "city", "EG", 31.2, 29.9, 3_800_000),
    _p("g:alexandria-va", "Alexandria", "city", "US", 38.8048, -77.0469, 160_000, "Virginia"),
    _p("a:US.VA", "Virginia", "admin1", "US", 37.5, -78.9, 8_600_000),
    _p("c:EG", "Egypt", "country", "EG", 26.5, 29.9, 104_000_000),
    _p("g:red-cross", "Red Cross", "city", "US", 35.27, -80.36, 742, "North Carolina"),
    _p("g:potomac-md", "Potomac", "city", "US", 39.02, -77.21, 45_000, "Maryland"),
    _p("cur:potomac", "Potomac", "feature", "US", 38.9, -77.3, 0, source="curated"),
    _p("g:flores", "Flores", "admin1", "UY", -33.6, -56.9, 25_000),
    _p("g:the-hague", "The Hague", "city", "NL", 52.08, 4.3, 500_000),
    _p("g:martuni-am", "Martuni", "city", "AM", 40.14, 45.30, 12_000),
    _p("g:khojavend", "Khojavend", "city", "AZ", 39.79, 47.11, 3_700),
    _p("c:PH", "Philippines", "country", "PH", 12.9, 121.8, 110_000_000),
    _p("a:US.MN", "Minnesota", "admin1", "US", 46.3, -94.3, 5_700_000),
    _p("g:benson", "Benson", "city", "US", 45.31, -95.6, 3_200, "Minnesota"),
    _p("g:pskov", "Pskov", "city", "RU", 57.82, 28.33, 200_000, "Pskov"),
]

ALIASES = {
    "cur:stepanakert": ["Khankendi", "Xankəndi", "Khankendy"],
    "cur:shusha": ["Shushi", "Şuşa"],
    "cur:nk": ["Nagorno Karabakh", "Karabakh", "Artsakh", "Nagorny Karabakh"],
    "c:US": ["U.S.", "US", "USA", "America", "the United States"],
    "a:US.GA": ["Ga."],
    "g:the-hague": ["Hague"],
}
# Aliases that the curated files give (as opposed to the base's own alternate names).
CURATED_ALIASES = {"g:khojavend": ["Martuni"]}

DEMONYMS = {"Armenian": "c:AM", "Azerbaijani": "c:AZ", "Azeri": "c:AZ", "French": "c:FR",
            "Russian": "c:RU", "American": "c:US", "Philippine": "c:PH"}
