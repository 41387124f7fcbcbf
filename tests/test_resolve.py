"""Disambiguation: which place a name stands for, given the article around it."""

import pytest

from geo.model import Article, Place
from geo.recognize import build_name_index, recognize
from geo.resolve import resolve
from tests.places import ALIASES, CURATED_ALIASES, DEMONYMS, PLACES


@pytest.fixture(scope="module")
def small():
    from geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.from_places(PLACES, ALIASES, demonyms=DEMONYMS)
    return gazetteer, build_name_index(gazetteer)


def fixture_of(*places, aliases=None, demonyms=None):
    """A gazetteer of just these places (with the base's other names and the peoples'
    names given), with its name index, as `small` is."""
    from geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.from_places(list(places), aliases, demonyms=demonyms)
    return gazetteer, build_name_index(gazetteer)


def chosen(small, text):
    gazetteer, index = small
    article = Article("a", "a.txt", text)
    return [(m.text, m.place.place_id if m.place else None)
            for m in resolve(recognize(article, index, gazetteer), gazetteer, text)]


def test_without_context_the_most_important_place_wins(small):
    assert chosen(small, "Snow fell in Moscow.") == [("Moscow", "g:moscow")]


def test_a_qualifier_after_the_name_picks_the_place_inside_it(small):
    assert chosen(small, "Floods hit Paris, Texas, on Sunday.") == [
        ("Paris", "g:paris-tx"), ("Texas", "a:US.TX")]


def test_a_name_after_a_comma_that_qualifies_a_town_is_the_state_holding_it():
    fixture = fixture_of(
        Place("c:MX", "Mexico", "country", "MX", 23.0, -102.0, 126_000_000),
        Place("a:MX.08", "Colima", "admin1", "MX", 19.1, -104.0, 700_000),
        Place("g:colima", "Colima", "city", "MX", 19.24, -103.71, 150_000, "Colima"),
        Place("g:manzanillo", "Manzanillo", "city", "MX", 19.05, -104.32, 130_000, "Colima"))
    # The city of the state's name lies within the state too, and near the town: still the
    # state, as a reader takes "Manzanillo, Colima" (and "Paris, Texas").
    assert chosen(fixture, "Remains were found in Manzanillo, Colima, on Monday.") == [
        ("Manzanillo", "g:manzanillo"), ("Colima", "a:MX.08")]
    assert chosen(fixture, "Shots were fired in Colima on Monday.") == [("Colima", "g:colima")]


def test_a_list_that_goes_on_after_a_comma_is_of_peers_not_a_town_and_its_province():
    fixture = fixture_of(
        Place("c:IR", "Iran", "country", "IR", 32.0, 53.0, 85_000_000),
        Place("a:IR.28", "Isfahan", "admin1", "IR", 32.55, 51.63, 4_500_000),
        Place("g:isfahan", "Isfahan", "city", "IR", 32.65, 51.67, 1_500_000, "Isfahan"),
        Place("g:tehran", "Tehran", "city", "IR", 35.69, 51.42, 7_000_000, "Tehran"),
        Place("g:tehran-small", "Tehran", "city", "IR", 32.70, 51.15, 20_000, "Isfahan"),
        Place("g:shiraz", "Shiraz", "city", "IR", 29.61, 52.53, 1_200_000, "Fars"))
    # "X, Y and Z" lists three cities: the capital, not a namesake in Isfahan province
    assert chosen(fixture, "Crowds marched in Tehran, Isfahan and Shiraz on Friday.")[0] == (
        "Tehran", "g:tehran")
    # ... while "X, Y" alone still says which X
    assert chosen(fixture, "Crowds marched in Tehran, Isfahan on Friday.")[0] == (
        "Tehran", "g:tehran-small")


def test_a_name_with_its_own_name_in_brackets_is_the_town_of_that_division():
    fixture = fixture_of(
        Place("c:ML", "Mali", "country", "ML", 17.0, -4.0, 20_000_000),
        Place("a:ML.09", "Kidal", "admin1", "ML", 19.5, 1.3, 70_000),
        Place("g:kidal", "Kidal", "city", "ML", 18.44, 1.41, 26_000, "Kidal"))
    # ACLED writes a town and its division so: "in Kidal (Kidal)" is the town
    assert chosen(fixture, "A base was set up in Kidal (Kidal) on Monday.")[0] == (
        "Kidal", "g:kidal")
    assert chosen(fixture, "Fighting spread across Kidal on Monday.") == [("Kidal", "a:ML.09")]


def test_the_name_in_a_district_s_bracket_is_the_province_not_its_capital():
    fixture = fixture_of(
        Place("c:AF", "Afghanistan", "country", "AF", 33.0, 65.0, 38_000_000),
        Place("a:AF.23", "Kandahar", "admin1", "AF", 31.3, 65.8, 1_300_000),
        Place("g:kandahar", "Kandahar", "city", "AF", 31.61, 65.71, 500_000, "Kandahar"),
        Place("g:maiwand", "Maiwand", "admin2", "AF", 31.6, 65.05, 0, "Kandahar"))
    # ACLED writes a district and its province so: a district lies in no town
    assert chosen(fixture, "A mine went off in Maiwand district (Kandahar) on Monday.") == [
        ("Maiwand", "g:maiwand"), ("Kandahar", "a:AF.23")]
    # a town's bracket may still name a town
    assert chosen(fixture, "Shots were fired in Kandahar on Monday.") == [
        ("Kandahar", "g:kandahar")]


def test_a_qualifier_finds_its_town_among_more_namesakes_than_are_weighed_alone():
    # A name of dozens of places: the small one in the province written after it is the one
    # meant, however many bigger namesakes come first.
    from geo.resolve import MAX_CANDIDATES

    namesakes = [Place(f"g:ll{n}", "La Libertad", "city", "MX", 20.0 + n / 10, -100.0,
                       100_000 - n, "Jalisco") for n in range(MAX_CANDIDATES + 5)]
    fixture = fixture_of(
        *namesakes,
        Place("a:PE.AR", "Arequipa", "admin1", "PE", -16.1, -72.9, 1_300_000),
        Place("g:ll-ar", "La Libertad", "city", "PE", -16.38, -71.57, 2_000, "Arequipa"))
    text = "Relatives of prisoners protested in La Libertad, Arequipa, on Thursday."
    assert dict(chosen(fixture, text))["La Libertad"] == "g:ll-ar"


def test_a_small_town_after_the_island_of_is_believed():
    fixture = fixture_of(
        Place("g:kalymnos", "Kalymnos", "city", "GR", 36.95, 26.98, 12_000, "South Aegean"))
    assert chosen(fixture, "Police on the island of Kalymnos found explosives.") == [
        ("Kalymnos", "g:kalymnos")]


def test_a_small_town_written_with_region_after_it_is_believed():
    # "Region" names a city's surroundings as well as a division: a place's word either way.
    fixture = fixture_of(Place("g:ijevan", "Ijevan", "city", "AM", 40.88, 45.15, 21_000,
                               "Tavush"))
    assert chosen(fixture, "A prisoner swap was carried out in the Ijevan region.") == [
        ("Ijevan", "g:ijevan")]


def test_an_apposition_places_the_name_in_the_place_it_names_or_in_the_article_s_region(
        small):
    egypt = "Cairo and Egypt: protests spread across Egypt on Monday, Egypt's officials said"
    named = egypt + ".\n\nAlexandria, a city in Virginia, was quiet."
    assert ("Alexandria", "g:alexandria-va") in chosen(small, named)
    referred = (egypt + ", and Egypt's army was deployed. Virginia had storms.\n\nIn "
                "Alexandria, a city in the north of the state, trees fell.")
    assert ("Alexandria", "g:alexandria-va") in chosen(small, referred)


def test_x_in_y_picks_the_place_inside_y(small):
    assert chosen(small, "Students in Moscow in Idaho rallied.") == [
        ("Moscow", "g:moscow-id"), ("Idaho", "a:US.ID")]


def test_x_in_a_part_of_y_picks_the_place_inside_y(small):
    text = "Students from Russia rallied in Moscow in northern Idaho."
    assert chosen(small, text)[1:] == [("Moscow", "g:moscow-id"), ("Idaho", "a:US.ID")]


def test_a_town_said_to_lie_in_a_country_where_the_gazetteer_has_none_stays_unresolved():
    fixture = fixture_of(
        Place("c:MZ", "Mozambique", "country", "MZ", -18.25, 35.0, 30_000_000),
        Place("g:pemba", "Pemba", "city", "MZ", -12.97, 40.52, 140_000, "Cabo Delgado"),
        Place("g:palma-es", "Palma", "city", "ES", 39.57, 2.65, 400_000, "Balearic Islands"))
    text = ("Insurgents overran the port of Palma in northern Mozambique on Friday. "
            "Survivors reached Pemba by boat.")
    assert chosen(fixture, text)[:2] == [("Palma", None), ("Mozambique", "c:MZ")]


def test_the_countries_an_article_names_steer_ambiguous_names(small):
    text = "Georgia closed its border with Armenia and Azerbaijan."
    assert chosen(small, text)[0] == ("Georgia", "c:GE")


def test_us_context_makes_georgia_the_state(small):
    text = "Voters in Texas, Idaho and Georgia went to the polls across the United States."
    assert ("Georgia", "a:US.GA") in chosen(small, text)


def test_nearby_places_pull_an_ambiguous_name_towards_them(small):
    text = "The convoy drove from Washington to Alexandria before dawn."
    assert ("Alexandria", "g:alexandria-va") in chosen(small, text)


def test_one_sense_per_name_through_an_article(small):
    text = "Paris, Texas, flooded. Later in Paris the water rose again."
    assert [p for t, p in chosen(small, text) if t == "Paris"] == ["g:paris-tx", "g:paris-tx"]


def test_demonyms_resolve_to_their_country(small):
    assert chosen(small, "Armenian officials spoke.") == [("Armenian", "c:AM")]


def test_names_without_an_entry_stay_unresolved(small):
    assert chosen(small, "Shells fell near Fizulino.") == [("Fizulino", None)]


def test_every_resolved_mention_has_a_score_between_zero_and_one(small):
    gazetteer, index = small
    text = "Shelling in Stepanakert and Ganja; talks in Moscow and Paris."
    article = Article("a", "a.txt", text)
    mentions = resolve(recognize(article, index, gazetteer), gazetteer, text)
    assert mentions and all(0 < m.score <= 1 for m in mentions if m.place)


def test_a_name_the_curated_files_give_outweighs_a_bigger_namesake():
    from geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.from_places(PLACES, ALIASES, DEMONYMS, CURATED_ALIASES)
    index = build_name_index(gazetteer)
    text = "Shells fell on Stepanakert and on Martuni, in Nagorno-Karabakh."
    mentions = resolve(recognize(Article("a", "a.txt", text), index, gazetteer), gazetteer,
                       text)
    assert ("Martuni", "g:khojavend") in [(m.text, m.place and m.place.place_id)
                                          for m in mentions]


def test_a_name_said_often_does_not_outvote_the_other_places(small):
    text = ("Alexandria police found the car. Alexandria officials said Alexandria schools "
            "stay open. The suspect awaits transfer to Virginia. Alexandria is calm.")
    assert {place for name, place in chosen(small, text) if name == "Alexandria"} == {
        "g:alexandria-va"}


def test_a_small_town_needs_a_cue_a_qualifier_or_a_neighbour(small):
    assert ("Benson", None) in chosen(small, "A Benson award went to a firm in Texas.")
    assert ("Benson", "g:benson") in chosen(small, "Roads were closed in Benson on Friday.")
    assert ("Benson", "g:benson") in chosen(small, "A Benson council met Minnesota officials.")
    assert ("Benson", "g:benson") in chosen(small, "Residents of Benson met in the hall.")
    assert ("Benson", None) in chosen(small, "A Benson award went to a bank of Texas.")
    # a word for a place after it says it is one: "the Benson area"; so does a verb whose
    # object is a place
    assert ("Benson", "g:benson") in chosen(small, "Storms hit the Benson area on Friday.")
    assert ("Benson", "g:benson") in chosen(small, "Rebels shelled Benson on Friday.")
    assert ("Benson", "g:benson") in chosen(small, "Rebels pounded Benson on Friday.")
    # ... or "on" after a word of fire falling or an attack ("shells fell on X"), though not
    # after any other word
    assert ("Benson", "g:benson") in chosen(small, "Shells began falling on Benson at dawn.")
    assert ("Benson", "g:benson") in chosen(small, "Rebels launched an assault on Benson.")
    assert ("Benson", None) in chosen(small, "A reporter commented on Benson at a firm in "
                                             "Texas.")
    # ... and so does a bracket after a name the gazetteer may lack: its setting
    assert ("Benson", "g:benson") in chosen(
        small, "Troops burned houses in the village of Korvali (Benson) on Friday.")


def test_a_small_town_listed_with_two_believed_towns_of_its_country_is_believed():
    from tests.places import _p

    towns = fixture_of(
        _p("c:AM", "Armenia", "country", "AM", 40.2, 44.9, 2_960_000),
        _p("g:jermuk", "Jermuk", "city", "AM", 39.84, 45.67, 4_000, "Vayots Dzor"),
        _p("g:goris", "Goris", "city", "AM", 39.51, 46.34, 20_000, "Syunik"),
        _p("g:kapan", "Kapan", "city", "AM", 39.21, 46.41, 43_000, "Syunik"))
    text = "Shells hit towns inside Armenia on Tuesday, including Jermuk, Goris and Kapan."
    assert ("Jermuk", "g:jermuk") in chosen(towns, text)
    # (one believed town beside it is not enough: "Jermuk and Goris officials met")
    assert ("Jermuk", None) in chosen(towns, "Jermuk and Goris officials met in Armenia.")


def test_a_list_after_a_locative_shares_its_cue(small):
    assert ("Goris", "g:goris") in chosen(small, "Refugees arrived in Yerevan and Goris.")
    assert ("Goris", None) in chosen(small, "Goris met Yerevan officials in Armenia.")


def test_a_small_town_abroad_needs_more_than_a_locative(small):
    # "from Obama" in an article about Washington: a town of 30,000 in a country the
    # article names nothing else of is a person, a team, a word, even after "from".
    text = "A delegation from Goris met officials in Paris, Nice and France."
    assert ("Goris", None) in chosen(small, text)
    text = "A delegation from Goris met officials in Yerevan, Armenia and Paris."
    assert ("Goris", "g:goris") in chosen(small, text)
    assert ("Goris", "g:goris") in chosen(small, "Refugees arrived in Goris.")


def test_a_town_abroad_that_nothing_else_in_the_article_supports_stays_unresolved(small):
    text = "Pskov told the radio that Paris and Nice agreed with France."
    assert chosen(small, text)[0] == ("Pskov", None)
    assert ("Pskov", "g:pskov") in chosen(small, "Pskov, Moscow and Russia: the tour ends.")


@pytest.fixture(scope="module")
def divisions():
    """Towns and the first-level divisions named like them (real, rounded)."""
    from geo.gazetteer import Gazetteer
    from geo.model import Place

    places = [
        Place("c:RU", "Russia", "country", "RU", 61.5, 105.3, 144_000_000),
        Place("c:AM", "Armenia", "country", "AM", 40.2, 44.9, 2_960_000),
        Place("g:kharkiv", "Kharkiv", "city", "UA", 49.98, 36.25, 1_420_000, "Kharkiv"),
        Place("a:UA.07", "Kharkiv", "admin1", "UA", 49.61, 36.5, 3_050_000),
        Place("g:moscow", "Moscow", "city", "RU", 55.75, 37.62, 10_380_000, "Moscow"),
        Place("a:RU.48", "Moscow", "admin1", "RU", 55.67, 37.52, 18_410_000),
        Place("g:krasnodar", "Krasnodar", "city", "RU", 45.04, 38.98, 745_000, "Krasnodar"),
        Place("g:armavir-ru", "Armavir", "city", "RU", 45.0, 41.11, 200_000, "Krasnodar"),
        Place("a:AM.03", "Armavir", "admin1", "AM", 40.14, 44.04, 292_000),
        Place("g:armavir-am", "Armavir", "city", "AM", 40.16, 44.04, 29_700, "Armavir"),
        Place("g:goris", "Goris", "city", "AM", 39.51, 46.34, 20_000, "Syunik"),
    ]
    gazetteer = Gazetteer.from_places(places)
    return gazetteer, build_name_index(gazetteer)


def test_a_division_word_makes_the_name_the_division_rather_than_its_city(divisions):
    text = "Shelling hit the Kharkiv oblast overnight; in Kharkiv itself the metro closed."
    assert chosen(divisions, text) == [("Kharkiv", "a:UA.07"), ("Kharkiv", "g:kharkiv")]
    assert chosen(divisions, "Shelling hit the province of Kharkiv.") == [
        ("Kharkiv", "a:UA.07")]


def test_a_citys_region_and_a_district_court_stay_the_city(divisions):
    # "region" also names a city's surroundings; a district court is a court of the city.
    assert chosen(divisions, "Snow fell across the Moscow region.") == [("Moscow", "g:moscow")]
    assert chosen(divisions, "The Kharkiv district court fined him.") == [
        ("Kharkiv", "g:kharkiv")]


def test_a_division_word_prefers_the_division_to_a_town_abroad(divisions):
    # Russia's Armavir is a town near Krasnodar; the province is Armenia's.
    text = "Officials in Moscow and Krasnodar met. Floods hit Armavir province."
    assert ("Armavir", "a:AM.03") in chosen(divisions, text)
    assert ("Armavir", "g:armavir-ru") in chosen(divisions, text.replace(" province", ""))


def test_a_bare_name_is_the_city_before_a_smaller_district_abroad_and_with_its_word_the_district():
    from geo.gazetteer import Gazetteer

    places = [
        Place("g:cambridge", "Cambridge", "city", "GB", 52.2, 0.12, 145_000, "England"),
        Place("d:cambridge-au", "Cambridge", "admin2", "AU", -31.94, 115.8, 30_000),
        Place("d:henry", "Henry County", "admin2", "US", 33.45, -84.15, 240_000, "Georgia"),
        # A district's people are the sum of its towns': more than its namesake city's.
        Place("g:durham", "Durham", "city", "US", 35.99, -78.9, 280_000, "North Carolina"),
        Place("d:durham-ca", "Durham", "admin2", "CA", 44.0, -78.9, 650_000, "Ontario"),
    ]
    gazetteer = Gazetteer.from_places(places)
    small = (gazetteer, build_name_index(gazetteer))
    assert chosen(small, "Police closed a road in Cambridge.") == [
        ("Cambridge", "g:cambridge")]
    assert chosen(small, "Police closed a road in Henry County.") == [
        ("Henry County", "d:henry")]
    assert chosen(small, "Police closed a road in Durham.") == [("Durham", "g:durham")]


def test_a_small_town_written_as_a_district_is_believed(divisions):
    # The gazetteer has no Goris district: its seat stands for it.
    assert chosen(divisions, "Talks stalled as troops held the Goris district.") == [
        ("Goris", "g:goris")]
    assert chosen(divisions, "Talks stalled as troops held Goris.") == [("Goris", None)]


def test_a_name_written_once_as_a_town_is_the_town_where_it_stands_alone():
    # One sense a discourse: a name the article once writes as a town's is the town at its
    # other mentions too, not the larger district of the same name.
    from geo.gazetteer import Gazetteer
    from geo.model import Place

    gazetteer = Gazetteer.from_places([
        Place("c:AZ", "Azerbaijan", "country", "AZ", 40.5, 47.5, 10_000_000),
        Place("a:AZ.57", "Tartar", "admin1", "AZ", 40.34, 46.91, 100_000),
        Place("g:tartar", "Tartar", "city", "AZ", 40.34, 46.93, 19_000, "Tartar"),
    ])
    small = gazetteer, build_name_index(gazetteer)
    alone = "Shells hit Tartar in Azerbaijan overnight."
    towns = chosen(small, alone + " Residents of Tartar city buried the dead.")
    assert [p for name, p in towns if name == "Tartar"] == ["g:tartar", "g:tartar"]
    assert ("Tartar", "a:AZ.57") in chosen(small, alone)


@pytest.fixture(scope="module")
def hierarchy():
    """Namesakes in several provinces and countries, and the provinces and towns that
    qualify them (real places, rounded; a few small towns made up for the traps)."""
    from geo.gazetteer import Gazetteer
    from geo.model import Place

    places = [
        Place("c:IN", "India", "country", "IN", 22.0, 79.0, 1_350_000_000),
        Place("a:IN.HP", "Himachal Pradesh", "admin1", "IN", 31.9, 77.2, 6_900_000),
        Place("a:IN.UP", "Uttar Pradesh", "admin1", "IN", 27.0, 80.9, 200_000_000),
        Place("a:IN.WB", "West Bengal", "admin1", "IN", 23.8, 87.9, 91_000_000),
        Place("a:IN.BR", "Bihar", "admin1", "IN", 25.8, 85.8, 12_500_000),
        Place("g:bihar-sharif", "Bihar Sharif", "city", "IN", 25.2, 85.52, 297_000, "Bihar"),
        Place("g:rampur-up", "Rampur", "city", "IN", 28.8, 79.03, 325_000, "Uttar Pradesh"),
        Place("g:rampur-hp", "Rampur", "city", "IN", 31.45, 77.63, 10_000, "Himachal Pradesh"),
        Place("g:shimla", "Shimla", "city", "IN", 31.1, 77.17, 170_000, "Himachal Pradesh"),
        Place("g:sultanpur", "Sultanpur", "city", "IN", 26.26, 82.07, 173_000, "Uttar Pradesh"),
        Place("a:IN.GJ", "Gujarat", "admin1", "IN", 22.3, 71.2, 60_000_000),
        Place("g:dharampur-gj", "Dharampur", "city", "IN", 20.54, 73.18, 24_000, "Gujarat"),
        Place("g:dharampur-hp", "Dharampur", "city", "IN", 30.9, 77.01, 16_000,
              "Himachal Pradesh"),
        Place("g:kasauli", "Kasauli", "city", "IN", 30.9, 76.96, 4_000, "Himachal Pradesh"),
        Place("g:nahan", "Nahan", "city", "IN", 30.56, 77.3, 30_000, "Himachal Pradesh"),
        Place("g:sirmaur-x", "Sirmaur", "city", "NP", 27.5, 85.0, 2_000, "Bagmati"),
        Place("c:AF", "Afghanistan", "country", "AF", 33.0, 66.0, 32_000_000),
        Place("a:AF.BDS", "Badakhshan", "admin1", "AF", 36.7, 71.0, 950_000),
        Place("g:darvoz", "Darvoz", "city", "TJ", 38.46, 70.88, 3_000, "Gorno-Badakhshan"),
        Place("g:kabul", "Kabul", "city", "AF", 34.53, 69.17, 4_400_000, "Kabul"),
        Place("c:US", "United States", "country", "US", 39.8, -98.6, 327_000_000),
        Place("a:US.MO", "Missouri", "admin1", "US", 38.3, -92.4, 6_100_000),
        Place("g:cabool", "Cabool", "city", "US", 37.12, -92.1, 2_100, "Missouri"),
        Place("c:UA", "Ukraine", "country", "UA", 49.0, 32.0, 41_000_000),
        Place("a:UA.OD", "Odessa", "admin1", "UA", 46.5, 30.5, 2_400_000),
        Place("g:odesa", "Odesa", "city", "UA", 46.48, 30.73, 1_010_000, "Odessa"),
        Place("a:US.TX", "Texas", "admin1", "US", 31.0, -99.0, 29_000_000),
        Place("g:odessa-tx", "Odessa", "city", "US", 31.85, -102.37, 114_000, "Texas"),
        Place("c:RW", "Rwanda", "country", "RW", -2.0, 30.0, 12_000_000),
        Place("g:gisenyi", "Gisenyi", "city", "RW", -1.7, 29.26, 110_000, "Western"),
        Place("a:HT.OU", "Ouest", "admin1", "HT", 18.6, -72.4, 3_300_000),
        Place("g:port-au-prince", "Port-au-Prince", "city", "HT", 18.54, -72.34, 1_230_000,
              "Ouest"),
        Place("c:AZ", "Azerbaijan", "country", "AZ", 40.5, 47.5, 10_000_000),
        Place("c:AM", "Armenia", "country", "AM", 40.0, 45.0, 3_000_000),
        Place("g:qakh", "Qakh", "city", "AZ", 41.42, 46.92, 13_000, "Qakh Rayon"),
        Place("a:AZ.QAX", "Qakh Rayon", "admin1", "AZ", 41.45, 46.95, 14_000),
        Place("g:qusar", "Qusar", "city", "AZ", 41.43, 48.43, 16_000, "Qusar Rayon"),
        Place("a:AZ.QUS", "Qusar Rayon", "admin1", "AZ", 41.4, 48.4, 26_000),
    ]
    aliases = {"g:cabool": ["Kabul"], "g:bihar-sharif": ["Bihar"], "a:AZ.QAX": ["Qakh"],
               "g:odesa": ["Odessa"],
               "a:AZ.QUS": ["Qusar"], "g:darvoz": ["Darwaz"]}
    gazetteer = Gazetteer.from_places(places, aliases,
                                      demonyms={"Azerbaijani": "c:AZ", "Malian": "c:ML"})
    return gazetteer, build_name_index(gazetteer)


def place_of(fixture, text, name):
    return dict(chosen(fixture, text)).get(name, "(not a mention)")


def test_names_in_brackets_after_a_place_qualify_it(hierarchy):
    text = "Traders from Uttar Pradesh saw shops looted in Rampur."
    assert place_of(hierarchy, text, "Rampur") == "g:rampur-up"
    text = "Traders from Uttar Pradesh saw shops looted in Rampur town (Himachal Pradesh)."
    assert place_of(hierarchy, text, "Rampur") == "g:rampur-hp"


def test_a_place_the_bracket_rules_out_stays_unresolved(hierarchy):
    # No Rampur lies in West Bengal: the town is one the gazetteer lacks.
    text = "Police raided Rampur village (Nadia district, West Bengal) on Monday."
    assert place_of(hierarchy, text, "Rampur") is None
    assert place_of(hierarchy, text, "West Bengal") == "a:IN.WB"


def test_a_town_in_brackets_that_rules_every_sense_out_leaves_the_name_unresolved(hierarchy):
    # The only Sultanpur is in Uttar Pradesh, which the article names, but not in Shimla's
    # province: the one meant is one the gazetteer lacks (the events stage places it at
    # Shimla)...
    text = "Traders from Uttar Pradesh saw shops looted in Sultanpur (Shimla)."
    assert place_of(hierarchy, text, "Sultanpur") is None
    # ... while "near" says where it is, not what it is in.
    text = "Traders from Uttar Pradesh saw shops looted in Sultanpur near Shimla."
    assert place_of(hierarchy, text, "Sultanpur") == "g:sultanpur"


def test_the_countryside_of_a_place_qualifies_a_name_in_it(hierarchy):
    text = "Gunmen fired on Rampur in the eastern countryside of Shimla."
    assert place_of(hierarchy, text, "Rampur") == "g:rampur-hp"


def test_a_town_named_after_an_area_of_it_qualifies_it(hierarchy):
    assert place_of(hierarchy, "Gunmen fired in the Rampur area of Shimla city.",
                    "Rampur") == "g:rampur-hp"
    assert place_of(hierarchy, "Gunmen fired in the Rampur area.", "Rampur") == "g:rampur-up"


def test_a_chain_of_divisions_passes_over_names_the_gazetteer_lacks(hierarchy):
    text = ("Workers from Uttar Pradesh died when a mine went off in Rampur village in "
            "Nankhari tehsil of Himachal Pradesh.")
    assert place_of(hierarchy, text, "Rampur") == "g:rampur-hp"


def test_a_province_named_after_a_district_rules_out_a_town_abroad(hierarchy):
    text = "Fighting was reported in Darwaz district, Badakhshan, on Sunday."
    assert place_of(hierarchy, text, "Darwaz") is None
    assert place_of(hierarchy, text, "Badakhshan") == "a:AF.BDS"


def test_a_district_filed_under_another_province_than_its_qualifier_s_is_no_sense_of_it():
    fixture = fixture_of(
        Place("c:AF", "Afghanistan", "country", "AF", 33.0, 66.0, 38_000_000),
        Place("a:AF.GHA", "Ghazni", "admin1", "AF", 33.5, 68.4, 1_300_000),
        Place("a:AF.WAR", "Wardak", "admin1", "AF", 34.3, 68.3, 600_000),
        Place("d:qarabagh", "Qarabagh", "admin2", "AF", 33.2, 68.1, 150_000, "Ghazni"),
        Place("g:sheikhabad", "Sheikhabad", "city", "AF", 34.05, 68.75, 5_000, "Ghazni"))
    # A district's province is what the district is: the Qarabagh of Ghazni is not the one
    # in Wardak, though it lies within 150 km of Wardak's centre ...
    text = "Gunmen shot a shopkeeper in the Qarabagh area of Jalrez district, Wardak."
    assert place_of(fixture, text, "Qarabagh") is None
    assert place_of(fixture, text, "Wardak") == "a:AF.WAR"
    # ... while a town near the border may be filed under the next province.
    text = "Gunmen shot a shopkeeper in Sheikhabad village, Wardak."
    assert place_of(fixture, text, "Sheikhabad") == "g:sheikhabad"


def test_a_list_is_no_hierarchy(hierarchy):
    # Peers after commas: Sultanpur is no part of Rampur, nor Rampur of Sultanpur.
    text = "Curfews were lifted in Rampur, Sultanpur and Shimla."
    assert place_of(hierarchy, text, "Rampur") == "g:rampur-up"
    assert place_of(hierarchy, text, "Sultanpur") == "g:sultanpur"


def test_inside_a_bracket_a_comma_links_a_name_to_a_broader_one(hierarchy):
    # Sultanpur is in Uttar Pradesh: in this bracket it names a place the gazetteer lacks.
    text = "Rampur village (Sultanpur, Himachal Pradesh) was flooded."
    assert place_of(hierarchy, text, "Sultanpur") is None
    assert place_of(hierarchy, text, "Rampur") == "g:rampur-hp"


def test_a_broader_name_picks_the_sense_of_a_narrower_one(hierarchy):
    # The Dharampur of Gujarat is meant, not the one next to Kasauli.
    text = "Thieves raided the town of Kasauli (Dharampur, Gujarat) at night."
    assert place_of(hierarchy, text, "Dharampur") == "g:dharampur-gj"
    assert place_of(hierarchy, text, "Kasauli") is None
    assert place_of(hierarchy, "Thieves raided the town of Kasauli (Dharampur) at night.",
                    "Kasauli") == "g:kasauli"


def test_a_hamlet_elsewhere_does_not_rule_a_town_out(hierarchy):
    # A qualifier is a division or a town of some size: a village of 3,000 abroad that
    # bears the name of a province the gazetteer lacks does not stand for it.
    assert place_of(hierarchy, "Traders protested in Nahan (Nahan, Sirmaur).",
                    "Nahan") == "g:nahan"


def test_a_compass_named_division_neither_rules_out_nor_stands_abroad(hierarchy):
    text = "Residents marched in Gisenyi town (Rubavu, Ouest) on Friday."
    assert place_of(hierarchy, text, "Gisenyi") == "g:gisenyi"
    assert place_of(hierarchy, text, "Ouest") is None
    text = "Rain flooded Port-au-Prince and the rest of Ouest on Friday."
    assert place_of(hierarchy, text, "Ouest") == "a:HT.OU"


def test_a_demonym_after_a_comma_is_no_qualifier(small):
    text = "Despite a truce agreed in Moscow, the Azerbaijani army kept firing."
    assert place_of(small, text, "Moscow") == "g:moscow"


def test_a_name_written_as_a_towns_is_the_town_not_the_district(hierarchy):
    assert place_of(hierarchy, "Hail hit the Azerbaijani town of Qakh.", "Qakh") == "g:qakh"
    assert place_of(hierarchy, "Hail hit Qakh town at dawn.", "Qakh") == "g:qakh"
    assert place_of(hierarchy, "Hail hit the Qakh district.", "Qakh") == "a:AZ.QAX"
    assert place_of(hierarchy, "Hail hit Qakh at dawn.", "Qakh") == "a:AZ.QAX"


def test_a_small_town_with_a_far_bigger_places_name_only_among_its_others(hierarchy):
    # Cabool, Missouri was once called Kabul: the name is still the Afghan capital's.
    text = "Protesters in Kabul denounced the deal between the United States and the rebels."
    assert place_of(hierarchy, text, "Kabul") == "g:kabul"
    assert place_of(hierarchy, "The fair in Kabul, Missouri, drew crowds.",
                    "Kabul") == "g:cabool"


def test_a_big_city_called_by_its_provinces_name_is_called_by_its_own(hierarchy):
    # "Odessa" is Odesa's name in English and its oblast's; a town in Texas is named so too.
    text = "Students blocked a street near Odessa to protest against a new law."
    assert place_of(hierarchy, text, "Odessa") == "g:odesa"
    assert place_of(hierarchy, "Oil prices hurt Odessa, Texas.", "Odessa") == "g:odessa-tx"


def test_a_province_is_not_given_up_for_a_town_that_only_has_its_name_among_others(
        hierarchy):
    assert place_of(hierarchy, "Floods hit Bihar on Monday.", "Bihar") == "a:IN.BR"


def test_a_doubted_town_named_like_its_province_gives_the_province(hierarchy):
    # Nothing in the article says the town is meant; its province of that name holds it
    # whichever it is.
    text = "Qusar farmers lost cattle, officials in Azerbaijan said, blaming Armenia."
    assert place_of(hierarchy, text, "Qusar") == "a:AZ.QUS"


def test_according_to_is_no_cue_of_a_place(small):
    # "according to Benson" quotes a person; "to Benson" would be a place.
    assert place_of(small, "According to Benson, the roads were icy.", "Benson") is None
    assert place_of(small, "The convoy went to Benson, and the roads were icy.",
                    "Benson") == "g:benson"


def test_state_in_lower_case_after_a_name_makes_it_the_state(small):
    assert place_of(small, "Wildfires burned across Washington state.",
                    "Washington") == "a:US.WA"
    assert place_of(small, "Wildfires burned near Washington.", "Washington") == "g:washington"


def test_a_declined_name_is_resolved_as_its_nominative_and_a_locative_is_its_evidence():
    # "в Варденисе": a small town after Russian "в" is believed, as English "in" makes it;
    # "Вардениса" and "Варденисе" are one name with one sense.
    from geo.gazetteer import Gazetteer
    from geo.model import Place

    places = [Place("g:vardenis", "Vardenis", "city", "AM", 40.18, 45.73, 12_600),
              Place("g:vardenis-village", "Vardenis", "city", "AM", 40.45, 44.2, 500),
              Place("c:AM", "Armenia", "country", "AM", 40.2, 44.9, 2_960_000),
              Place("g:chad", "Lac", "admin1", "TD", 13.8, 14.4, 430_000)]
    gazetteer = Gazetteer.from_places(places, {"g:vardenis": ["Варденис"],
                                               "g:vardenis-village": ["Варденис"],
                                               "c:AM": ["Армения"]})
    index = build_name_index(gazetteer)
    text = "Армения: обстрел в Варденисе. Жители Вардениса покинули дома."
    mentions = resolve(recognize(Article("a", "a.txt", text), index, gazetteer, lang="ru"),
                       gazetteer, text, lang="ru")
    assert [(m.text, m.place.place_id if m.place else None) for m in mentions] == [
        ("Армения", "c:AM"), ("Варденисе", "g:vardenis"), ("Вардениса", "g:vardenis")]


def test_the_distance_is_geopy_s_great_circle():
    from geopy.distance import EARTH_RADIUS, great_circle

    from geo import resolve

    assert resolve.EARTH_RADIUS == EARTH_RADIUS
    towns = [Place("a", "A", "city", "AZ", 39.815, 46.752), Place("b", "B", "city", "AM",
             40.181, 44.514), Place("c", "C", "city", "NZ", -36.85, 174.76)]
    for a in towns:
        for b in towns:
            expected = great_circle((a.lat, a.lon), (b.lat, b.lon)).km
            assert abs(resolve.km_apart(a, b) - expected) < 1e-6


@pytest.fixture(scope="module")
def other_names():
    """A great city known abroad under another name of its own (real facts, rounded)."""
    from geo.gazetteer import Gazetteer

    places = [
        Place("c:RU", "Russia", "country", "RU", 61.5, 105.3, 144_000_000),
        Place("c:MA", "Morocco", "country", "MA", 31.8, -7.1, 36_000_000),
        Place("g:moscow", "Moscow", "city", "RU", 55.75, 37.62, 10_380_000, "Moscow"),
        Place("g:kazan", "Kazan", "city", "RU", 55.79, 49.12, 1_240_000, "Tatarstan"),
        Place("g:casablanca", "Casablanca", "city", "MA", 33.59, -7.61, 3_670_000),
        Place("g:rabat", "Rabat", "city", "MA", 34.01, -6.83, 1_650_000),
        Place("g:philadelphia", "Philadelphia", "city", "US", 39.95, -75.16, 1_600_000),
    ]
    gazetteer = Gazetteer.from_places(places, {"g:casablanca": ["Dar el Beida"],
                                               "g:moscow": ["Moskau"],
                                               "g:philadelphia": ["Phila"]})
    return gazetteer, build_name_index(gazetteer)


def test_a_city_abroad_under_another_of_its_names_is_not_believed(other_names):
    # Another name of a great city (a translation, an older name) is more often something
    # else where the article's places all lie in another country: a building, a street, a
    # misreading.
    text = "Police detained ten people near Dar el Beida in Moscow; Kazan was calm."
    assert ("Dar el Beida", None) in chosen(other_names, text)
    # in its own country, or by its own name, it is the city
    text = "Police detained ten people near Dar el Beida; Rabat was calm, Morocco said."
    assert ("Dar el Beida", "g:casablanca") in chosen(other_names, text)
    text = "Police detained ten people near Casablanca in Moscow; Kazan was calm."
    assert ("Casablanca", "g:casablanca") in chosen(other_names, text)
    # one other place is enough to say the article is elsewhere
    text = "Police detained ten people near Dar el Beida in Kazan."
    assert ("Dar el Beida", None) in chosen(other_names, text)
    # an abbreviation is the city's own name cut short, not another name
    text = "A delegation from Phila met officials in Moscow and Kazan."
    assert ("Phila", "g:philadelphia") in chosen(other_names, text)


def test_a_misspelling_of_a_town_abroad_is_not_believed():
    # A word one or two letters from a town's name is a misspelling of it only where the
    # article could be about it: "in Mathare", a slum of Nairobi, is no Matale in Sri Lanka
    # (invented places, the same shape).
    places = fixture_of(
        Place("g:korvale", "Korvale", "city", "LK", 7.47, 80.62, 36_000, "Central"),
        Place("g:nairobi", "Nairobi", "city", "KE", -1.29, 36.82, 2_750_000, "Nairobi"),
        Place("g:kandy", "Kandy", "city", "LK", 7.29, 80.63, 125_000, "Central"),
    )
    text = "Police marched through Nairobi after officers shot a man in Korvhale."
    assert ("Korvhale", None) in chosen(places, text)
    # in its own country the misspelling is the town
    text = "Police marched through Kandy after officers shot a man in Korvhale."
    assert ("Korvhale", "g:korvale") in chosen(places, text)


def test_another_name_is_a_citys_own_in_another_language(other_names):
    # The gazetteer's own names are English's: in German, "Moskau" is Moscow's own name,
    # and so is any name other than the English one, abroad or not.
    gazetteer, index = other_names
    text = "Die Polizei nahm zehn Menschen nahe Dar el Beida in Moskau fest; Kazan blieb ruhig."
    mentions = resolve(recognize(Article("a", "a.txt", text), index, gazetteer), gazetteer,
                       text, lang="de")
    assert ("Dar el Beida", "g:casablanca") in [(m.text, m.place and m.place.place_id)
                                                for m in mentions]


def test_a_great_city_named_like_its_province_says_the_articles_country():
    # "Kelbara" is a city of 300,000 and the province around it: the city's and the
    # province's senses differ, but both say the country, which settles a village named
    # like a bigger town abroad (invented places).
    places = fixture_of(
        Place("g:kelbara", "Kelbara", "city", "AM", 40.80, 44.50, 300_000, "Kelbara"),
        Place("a:AM.99", "Kelbara", "admin1", "AM", 40.90, 44.40, 400_000),
        Place("g:tovin-ge", "Tovin", "city", "GE", 41.70, 44.80, 40_000, "Tbilisi"),
        Place("g:tovin-am", "Tovin", "city", "AM", 40.85, 44.30, 0, "Kelbara"),
    )
    text = "A mine exploded near Tovin, west of Kelbara."
    assert ("Tovin", "g:tovin-am") in chosen(places, text)


def test_a_division_word_only_some_countries_use_says_the_articles_country():
    # "LGA" is Nigeria's (and Australia's) word for a district: "Niger" after one is the
    # Nigerian state, not the country (invented district, real places rounded).
    places = fixture_of(
        Place("c:NE", "Niger", "country", "NE", 17.6, 8.1, 24_000_000),
        Place("a:NG.31", "Niger", "admin1", "NG", 9.9, 5.6, 3_950_000),
    )
    assert ("Niger", "a:NG.31") in chosen(places, "Gunmen killed three farmers in the "
                                                  "Kuyello LGA of Niger on Monday.")
    assert ("Niger", "c:NE") in chosen(places, "Gunmen killed three farmers in Kuyello "
                                               "(Niger) on Monday.")


def test_division_words_are_read_as_written():
    from geo.recognize import countries_of_division_words

    assert countries_of_division_words("a camp in Maluak payam") == {"SS": 0.25}
    assert set(countries_of_division_words("two LGAs and a sub-county")) == {
        "NG", "AU", "UG", "KE"}
    # capitalised, such a word may be a name: a person, a province
    assert countries_of_division_words("Payam Karimi spoke in Soum province.") == {}


def test_a_great_city_says_its_country_only_where_nothing_else_does():
    # Talks held in Moscow, told three times, do not make a village of the name abroad
    # Russian when the article names the country it is about (invented village).
    places = fixture_of(
        Place("c:AZ", "Azerbaijan", "country", "AZ", 40.3, 47.7, 10_100_000),
        Place("g:moscow", "Moscow", "city", "RU", 55.75, 37.62, 10_380_000, "Moscow"),
        Place("a:RU.48", "Moscow", "admin1", "RU", 55.76, 37.61, 12_500_000),
        Place("g:tovin-ru", "Tovin", "city", "RU", 56.10, 38.20, 3_000, "Moscow Oblast"),
        Place("g:tovin-az", "Tovin", "city", "AZ", 40.60, 47.10, 3_000, "Barda"),
    )
    text = ("Envoys in Moscow discussed the road to Tovin. Talks in Moscow went on, and "
            "officials in Moscow said Azerbaijan would reopen it.")
    assert ("Tovin", "g:tovin-az") in chosen(places, text)


def test_a_small_town_after_the_countryside_of_is_believed():
    fixture = fixture_of(
        Place("g:kelbara", "Kelbara", "city", "SY", 32.6, 36.1, 12_000, "Daraa"))
    assert chosen(fixture, "Shells fell on farms in the countryside of Kelbara.") == [
        ("Kelbara", "g:kelbara")]
    assert chosen(fixture, "Shells fell on farms near the vicinity of Kelbara.") == [
        ("Kelbara", "g:kelbara")]
    # a defence ministry's "direction": the area around a place, and a list shares it
    fixture = fixture_of(
        Place("g:kelbara", "Kelbara", "city", "SY", 32.6, 36.1, 12_000, "Daraa"),
        Place("g:tovin", "Tovin", "city", "SY", 35.1, 36.8, 3_000, "Hama"))
    assert chosen(fixture, "The enemy fired on positions in the direction of Kelbara and "
                           "Tovin.") == [("Kelbara", "g:kelbara"), ("Tovin", "g:tovin")]
    assert chosen(fixture, "The enemy fired on positions in the Tovin direction.") == [
        ("Tovin", "g:tovin")]


def test_a_town_and_a_division_that_end_the_sentence_say_where_the_town_lies():
    # "in X, Y." names a town X of the division Y: a namesake elsewhere is no sense of it
    # (the town is one the gazetteer lacks); within the division, it is.
    fixture = fixture_of(
        Place("g:marlo-n", "Marlo", "city", "PH", 13.84, 121.24, 4_600, "Calabarzon"),
        Place("a:PH.WV", "Western Visayas", "admin1", "PH", 10.7, 122.5, 7_500_000),
        Place("a:PH.CZ", "Calabarzon", "admin1", "PH", 14.1, 121.3, 14_000_000))
    assert chosen(fixture, "Rains flooded the fields in Marlo, Western Visayas.")[0] == (
        "Marlo", None)
    assert chosen(fixture, "Rains flooded the fields in Marlo, Calabarzon.")[0] == (
        "Marlo", "g:marlo-n")


def test_a_famous_square_is_not_the_one_meant_where_all_else_lies_in_another_country():
    fixture = fixture_of(
        Place("c:EG", "Egypt", "country", "EG", 27.0, 30.0, 100_000_000),
        Place("c:IQ", "Iraq", "country", "IQ", 33.0, 44.0, 40_000_000),
        Place("g:baghdad", "Baghdad", "city", "IQ", 33.34, 44.4, 7_000_000),
        Place("g:basra", "Basra", "city", "IQ", 30.51, 47.78, 1_300_000),
        Place("cur:tahrir", "Tahrir Square", "landmark", "EG", 30.04, 31.24, 0, "",
              "curated"))
    # (many cities have a Tahrir Square, a Freedom Square, a Republic Square)
    assert chosen(fixture, "Students from Basra joined the sit-in in Baghdad's Tahrir Square.") \
        == [("Basra", "g:basra"), ("Baghdad", "g:baghdad"), ("Tahrir Square", None)]
    assert chosen(fixture, "Crowds filled Tahrir Square in Egypt.") == [
        ("Tahrir Square", "cur:tahrir"), ("Egypt", "c:EG")]


def test_a_town_after_a_comma_alone_is_where_the_place_before_it_lies(hierarchy):
    # "near X, Y": a place and the town it is counted under, as ACLED and the wires write
    # it; a name with no sense near the town is one the gazetteer lacks.
    text = "Shops were looted near Dharampur, Shimla, on Monday."
    assert place_of(hierarchy, text, "Dharampur") == "g:dharampur-hp"
    text = "Shops were looted near Sirmaur, Shimla, on Monday."
    assert place_of(hierarchy, text, "Sirmaur") is None
    assert place_of(hierarchy, text, "Shimla") == "g:shimla"


def test_a_region_of_one_country_holds_no_namesake_across_its_border():
    # Armenia's Martuni is larger, and near enough to the enclave's centre; but a region that
    # lies in one country holds only places of that country.
    fixture = fixture_of(
        Place("g:martuni-am", "Martuni", "city", "AM", 40.14, 45.31, 12_000, "Gegharkunik"),
        Place("g:martuni-am2", "Martuni", "city", "AM", 40.05, 45.2, 550, "Gegharkunik"),
        Place("g:khojavend", "Khojavend", "city", "AZ", 39.79, 47.11, 3_700, "Khojavend"),
        Place("g:stepanakert", "Stepanakert", "city", "AZ", 39.82, 46.75, 55_000, "Xankendi"),
        Place("r:nk", "Nagorno-Karabakh", "region", "AZ", 39.85, 46.75, 145_000),
        Place("a:AM.GE", "Gegharkunik", "admin1", "AM", 40.35, 45.13, 235_000),
        Place("c:AM", "Armenia", "country", "AM", 40.0, 45.0, 3_000_000),
        Place("c:AZ", "Azerbaijan", "country", "AZ", 40.5, 47.5, 10_000_000),
        aliases={"g:khojavend": ["Martuni"]}, demonyms={"Armenian": "c:AM"})
    text = ("Armenian reporters hurt in Martuni\n\nMARTUNI, Nagorno-Karabakh - Two Armenian "
            "reporters were hurt on Sunday when shells hit the town of Martuni. They were taken "
            "to a hospital in Stepanakert.")
    assert {place for name, place in chosen(fixture, text) if name.lower() == "martuni"} == {
        "g:khojavend"}


def test_a_city_s_own_name_with_its_word_for_a_town_is_its_own_name():
    # ("Gaza City" is GeoNames' Gaza: no other name of it, to be doubted abroad)
    fixture = fixture_of(
        Place("c:IL", "Israel", "country", "IL", 31.5, 34.9, 9_000_000),
        Place("g:telaviv", "Tel Aviv", "city", "IL", 32.08, 34.78, 430_000, "Tel Aviv"),
        Place("g:gaza", "Gaza", "city", "PS", 31.50, 34.47, 410_000, "Gaza Strip"),
        aliases={"g:gaza": ["Gaza City"]}, demonyms={"Israeli": "c:IL"})
    text = "Israeli jets struck a tower in Gaza City after rockets hit Tel Aviv."
    assert ("Gaza City", "g:gaza") in chosen(fixture, text)


def test_a_broader_name_known_only_abroad_does_not_undo_a_hierarchy():
    # (the gazetteer knows the district only under another name; its namesake lies in
    # another country, where none of the narrower names' senses is)
    fixture = fixture_of(
        Place("c:VE", "Venezuela", "country", "VE", 7.0, -66.0, 28_000_000),
        Place("a:VE.CA", "Capital", "admin1", "VE", 10.5, -66.95, 2_000_000),
        Place("g:caracas", "Caracas", "city", "VE", 10.49, -66.88, 3_000_000, "Capital"),
        Place("a2:VE.lib", "Municipio Libertador", "admin2", "VE", 10.47, -66.93, 2_000_000,
              "Capital"),
        Place("a2:PH.cd", "Capital District", "admin2", "PH", 14.6, 121.0, 1_800_000,
              "Metro Manila"),
        aliases={"a2:VE.lib": ["Libertador"]})
    text = "A grenade went off at a market in Caracas (Libertador, Capital District) on Friday."
    assert place_of(fixture, text, "Caracas") == "g:caracas"


def test_a_division_word_on_a_name_the_gazetteer_holds_only_as_a_towns_other_name_says_no_country():
    # "Cercado province" is a division the gazetteer lacks; a Brazilian town known also as
    # Cercado says nothing of the article's country, which its other names tell.
    fixture = fixture_of(
        Place("g:lapaz", "La Paz", "city", "BO", -16.5, -68.15, 2_000_000, "La Paz"),
        Place("a:BO.04", "La Paz", "admin1", "BO", -15.7, -68.1, 2_300_000),
        Place("a:HN.12", "La Paz", "admin1", "HN", 14.1, -87.9, 98_000),
        Place("g:oruro", "Oruro", "city", "BO", -17.97, -67.09, 208_000, "Oruro"),
        Place("a:BO.05", "Oruro", "admin1", "BO", -18.4, -67.6, 240_000),
        Place("g:serrana", "Nova Serrana", "city", "BR", -19.9, -44.98, 105_000),
        aliases={"g:serrana": ["Cercado"]})
    text = ("Police cleared a blockade on the La Paz-Oruro highway at Caracollo (Cercado "
            "province, Oruro department).")
    assert ("La Paz", "g:lapaz") in chosen(fixture, text)


def test_a_named_district_of_a_name_leaves_it_a_city_or_a_province_as_it_may_be():
    fixture = fixture_of(
        Place("c:JO", "Jordan", "country", "JO", 31.0, 36.0, 10_000_000),
        Place("a:JO.16", "Amman", "admin1", "JO", 31.9, 36.0, 2_000_000),
        Place("g:amman", "Amman", "city", "JO", 31.95, 35.93, 1_275_000, "Amman"))
    # "the Rabieh district of Amman" is a quarter of the city ...
    assert chosen(fixture, "Police detained 20 people in the Rabieh district of Amman.")[-1] == (
        "Amman", "g:amman")
    # ... and "the district of Amman" the division
    assert chosen(fixture, "Police detained 20 people in the district of Amman.")[-1] == (
        "Amman", "a:JO.16")
    assert chosen(fixture, "The district of Amman saw 20 people detained.")[0] == (
        "Amman", "a:JO.16")


def test_a_people_s_town_is_no_namesake_in_a_country_the_article_names_nothing_of():
    fixture = fixture_of(
        Place("c:LB", "Lebanon", "country", "LB", 33.9, 35.9, 6_000_000),
        Place("c:SA", "Saudi Arabia", "country", "SA", 24.0, 45.0, 34_000_000),
        Place("c:AZ", "Azerbaijan", "country", "AZ", 40.5, 47.5, 10_000_000),
        Place("c:AM", "Armenia", "country", "AM", 40.0, 45.0, 3_000_000),
        Place("g:qatif", "Qatif", "city", "SA", 26.56, 50.0, 98_000),
        Place("g:taghavard", "Taghavard", "city", "AZ", 39.67, 46.93, 1_000),
        demonyms={"Lebanese": "c:LB", "Armenian": "c:AM", "Saudi": "c:SA"})
    # No Qatif lies in Lebanon, and the article names nothing of Saudi Arabia ...
    text = "A drone struck a car near the southern Lebanese town of Qatif on Sunday."
    assert place_of(fixture, text, "Qatif") is None
    # (wherever the article writes the name again)
    text = ("A drone struck a car near the southern Lebanese town of Qatif on Sunday. "
            "Qatif had been hit before.")
    assert [p for m, p in chosen(fixture, text) if m == "Qatif"] == [None, None]
    # ... nor does the people's name rule out a town of the country it is in.
    text = ("Azerbaijan said its forces shelled the Armenian village of Taghavard, "
            "which lies in the mountains.")
    assert place_of(fixture, text, "Taghavard") == "g:taghavard"


def test_a_country_s_town_is_no_namesake_abroad_the_article_names_nothing_else_in():
    fixture = fixture_of(
        Place("c:MZ", "Mozambique", "country", "MZ", -18.0, 35.0, 30_000_000),
        Place("c:ES", "Spain", "country", "ES", 40.0, -4.0, 47_000_000),
        Place("g:palma", "Palma", "city", "ES", 39.57, 2.65, 438_000),
        Place("g:pemba", "Pemba", "city", "MZ", -12.97, 40.52, 140_000),
        Place("g:madrid", "Madrid", "city", "ES", 40.42, -3.70, 3_200_000))
    text = "Insurgents attacked Mozambique's Palma gas hub. Evacuees reached Pemba."
    assert place_of(fixture, text, "Palma") is None
    # ... but a town of a country the article names other places of stays itself
    text = "Rebels hit Mozambique's Palma gas hub, officials in Madrid said."
    assert place_of(fixture, text, "Palma") == "g:palma"


@pytest.fixture(scope="module")
def border_towns():
    """Two neighbouring countries, a town known abroad by another of its names, a small town
    near it and a city far away whose district shares a name (invented places, real
    shapes)."""
    return fixture_of(
        Place("c:IL", "Israel", "country", "IL", 31.4, 35.0, 9_000_000),
        Place("c:LB", "Lebanon", "country", "LB", 33.9, 35.9, 5_500_000),
        Place("g:nabra", "Nabra et Tahta", "city", "LB", 33.38, 35.48, 120_000, "Nabra"),
        Place("g:marjal", "Marjal", "city", "LB", 33.36, 35.59, 0, "Nabra"),
        Place("g:kesron", "Kesron", "city", "UA", 46.64, 32.62, 280_000, "Kesron"),
        # (a city's district the gazetteer files as a place of its own, named with its word)
        Place("g:dniprovo", "Dniprovo District", "city", "UA", 50.45, 30.60, 350_000, "Kyivska"),
        Place("g:brookfield", "Brookfield", "city", "US", 40.65, -73.95, 2_700_000, "New York"),
        Place("c:HT", "Haiti", "country", "HT", 19.0, -72.4, 11_000_000),
        Place("a:HT.11", "Ouest", "admin1", "HT", 18.5, -72.3, 4_000_000),
        Place("g:port", "Port-au-Prince", "city", "HT", 18.54, -72.34, 1_200_000, "Ouest"),
        Place("g:tezem", "Tezem", "city", "AM", 39.84, 45.67, 4_000, "Vayots"),
        Place("c:AM", "Armenia", "country", "AM", 40.1, 45.0, 3_000_000),
        Place("c:AZ", "Azerbaijan", "country", "AZ", 40.3, 47.7, 10_000_000),
        aliases={"g:nabra": ["Nabrieh"]},
        demonyms={"Israeli": "c:IL", "Azerbaijani": "c:AZ"},
    )


def test_a_demonym_names_no_place_that_puts_a_town_abroad(border_towns):
    # "Israeli shells hit Nabrieh": whose the shells were, not where the article is; the
    # town under another of its names is still believed.
    text = "Israeli forces fired several artillery shells at Nabrieh on Thursday."
    assert ("Nabrieh", "g:nabra") in chosen(border_towns, text)


def test_another_name_in_a_bracket_of_names_after_a_town_is_its_setting(border_towns):
    # ACLED writes the setting in brackets: "Marjal (Nabrieh)"; the bracket's name is the
    # province's town, no other name the article teaches for Marjal.
    text = "On 8 February, Israeli forces fired several artillery shells at Marjal (Nabrieh)."
    found = chosen(border_towns, text)
    assert ("Nabrieh", "g:nabra") in found
    assert ("Marjal", "g:marjal") in found


def test_a_district_of_a_city_is_not_a_namesake_far_from_it(border_towns):
    # "the Dniprovo district of Kesron city": a part of Kesron, not the Dniprovo 450 km away
    text = "Artillery shelled the Dniprovo district of Kesron city (Kesron) on Tuesday."
    found = dict(chosen(border_towns, text))
    assert found["Dniprovo district"] is None
    assert found["Kesron"] == "g:kesron"


def test_a_part_of_an_unknown_place_is_not_a_namesake_abroad(border_towns):
    # "the Brookfield area of Soleil (Port-au-Prince, Ouest)": a neighbourhood of a place the
    # gazetteer lacks, set in its bracket: no city of another country.
    text = "Gang members attacked women in the Brookfield area of Soleil (Port-au-Prince, Ouest)."
    found = dict(chosen(border_towns, text))
    assert found["Brookfield"] is None
    assert found["Port-au-Prince"] == "g:port"


def test_an_apposition_that_says_a_name_is_a_town_is_evidence_for_it(border_towns):
    # A small town alone in its province, hit by an "Azerbaijani" army: "Tezem, a spa town in
    # the south" says it is a town; without the apposition it is not believed.
    text = ("The assault began on Tuesday. Azerbaijani artillery hit Tezem, a spa town in the "
            "south, wounding two civilians, officials in Armenia said.")
    assert ("Tezem", "g:tezem") in chosen(border_towns, text)
    text = ("The assault began on Tuesday. Azerbaijani artillery hit Tezem, wounding two "
            "civilians, officials in Armenia said.")
    assert ("Tezem", None) in chosen(border_towns, text)


def test_a_city_as_populous_as_a_province_abroad_named_alike_is_the_city():
    # A city of 400,000 and a province of another country with as many people, both of
    # the name: news means the city; the article's other places near it settle it
    # (invented places, the shape of a well-known pair).
    places = fixture_of(
        Place("c:IL", "Israel", "country", "IL", 31.4, 35.0, 9_000_000),
        Place("g:gazra", "Gazra", "city", "PS", 31.50, 34.47, 410_000),
        Place("a:MZ.02", "Gazra", "admin1", "MZ", -23.0, 33.0, 385_000),
        Place("g:beirut", "Beirut", "city", "LB", 33.89, 35.50, 1_900_000),
    )
    text = "Israel has struck Beirut since the start of the war in Gazra."
    assert ("Gazra", "g:gazra") in chosen(places, text)
    # (a province that outnumbers the city is still the province)
    places = fixture_of(
        Place("c:IL", "Israel", "country", "IL", 31.4, 35.0, 9_000_000),
        Place("g:gazra", "Gazra", "city", "PS", 31.50, 34.47, 41_000),
        Place("a:MZ.02", "Gazra", "admin1", "MZ", -23.0, 33.0, 3_850_000),
    )
    assert ("Gazra", "a:MZ.02") in chosen(places, "Floods hit Gazra on Monday.")
