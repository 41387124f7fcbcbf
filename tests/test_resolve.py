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
