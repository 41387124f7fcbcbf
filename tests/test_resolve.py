"""Disambiguation: which place a name stands for, given the article around it."""

import pytest

from geo.model import Article
from geo.recognize import build_name_index, recognize
from geo.resolve import resolve
from tests.places import ALIASES, CURATED_ALIASES, DEMONYMS, PLACES


@pytest.fixture(scope="module")
def small():
    from geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.from_places(PLACES, ALIASES, demonyms=DEMONYMS)
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


def test_x_in_y_picks_the_place_inside_y(small):
    assert chosen(small, "Students in Moscow in Idaho rallied.") == [
        ("Moscow", "g:moscow-id"), ("Idaho", "a:US.ID")]


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


def test_a_small_town_written_as_a_district_is_believed(divisions):
    # The gazetteer has no Goris district: its seat stands for it.
    assert chosen(divisions, "Talks stalled as troops held the Goris district.") == [
        ("Goris", "g:goris")]
    assert chosen(divisions, "Talks stalled as troops held Goris.") == [("Goris", None)]
