"""Recognition: which strings of an article are place names. Each test pins one hard case."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.gazetteer import Gazetteer
from geo.model import Article, Place
from geo.recognize import build_name_index, recognize
from tests.places import ALIASES, DEMONYMS, PLACES


@pytest.fixture(scope="module")
def small():
    gazetteer = Gazetteer.from_places(PLACES, ALIASES, demonyms=DEMONYMS)
    return gazetteer, build_name_index(gazetteer)


def found(small, text, body_start=0):
    gazetteer, index = small
    article = Article("a", "a.txt", text, body_start=body_start)
    return recognize(article, index, gazetteer)


def names(small, text, **kwargs):
    return [m.text for m in found(small, text, **kwargs) if m.candidates]


def test_case_diacritics_and_spelling_variants_are_found(small):
    text = "Shelling hit Xankəndi and XANKENDI; residents of Şuşa fled."
    assert names(small, text) == ["Xankəndi", "XANKENDI", "Şuşa"]


def test_possessives_and_curly_apostrophes_keep_the_name_alone(small):
    mentions = found(small, "Stepanakert’s hospital and Baku's port were hit.")
    assert [(m.text, m.start) for m in mentions] == [("Stepanakert", 0), ("Baku", 27)]


def test_hyphen_and_space_variants_of_a_multi_word_name(small):
    assert names(small, "Fighting in Nagorno Karabakh and in Nagorno-Karabakh.") == [
        "Nagorno Karabakh", "Nagorno-Karabakh"]


def test_the_longest_name_wins_over_the_names_inside_it(small):
    mentions = found(small, "Troops left Nagorno-Karabakh on Monday.")
    assert [m.text for m in mentions] == ["Nagorno-Karabakh"]


def test_headlines_in_capitals_and_sentence_initial_names_are_found(small):
    text = "SHELLING RESUMES IN STEPANAKERT\nGanja was struck overnight."
    assert names(small, text) == ["STEPANAKERT", "Ganja"]


def test_a_short_name_in_capitals_is_read_in_a_headline_with_curly_quotes_too(small):
    # "BAKU" written in capitals reads as a name only where the whole line is in capitals;
    # a line with characters outside ASCII is weighed as one without them is.
    assert names(small, "FIGHTING NEAR BAKU’S PORT RESUMES\nIt was quiet.") == ["BAKU"]
    assert names(small, "Fighting near the BAKU port resumed on Monday’s eve.") == []


def test_dotted_abbreviations_are_found(small):
    assert names(small, "The U.S. and the US envoy met.") == ["U.S.", "US"]


def test_an_abbreviation_after_a_one_letter_word_is_found(small):
    # "A U" is no name: the scan must not swallow the abbreviation into it.
    assert names(small, "A U.S. envoy and A US soldier met.") == ["U.S.", "US"]


def test_an_abbreviation_in_two_parts_keeps_its_dot(with_lower_case_words):
    mentions = found(with_lower_case_words, "He was born in Wheeling, W. Va., in 1950.")
    assert [m.text for m in mentions if m.candidates] == ["W. Va."]


def test_people_named_after_places_are_not_places(small):
    text = ("Reporter Sydney Harper spoke to George Washington and to Jordan Peterson. "
            "Georgia Mills wrote it.")
    assert names(small, text) == []


def test_newspapers_and_teams_named_after_places_are_not_places(small):
    text = "The Washington Post and the Sydney Morning Herald praised Manchester United."
    assert names(small, text) == []
    # a newspaper's name may open with "Daily": "Daily Sydney" is the paper
    assert names(small, "According to Daily Sydney, the storm passed Sydney.") == ["Sydney"]
    # an armed unit named after a place: a name, wherever the unit fought
    assert names(small, "The Martuni Battalion shelled Stepanakert.") == ["Stepanakert"]


def test_common_words_that_are_towns_need_evidence(small):
    text = ("Police said the March rally went well. Nice work, said one. Reading resumed. "
            "Later the team moved to Mobile, and the Police chief flew to Nice.")
    assert names(small, text) == ["Mobile", "Nice"]


def test_a_place_that_is_also_a_first_name_is_a_place_alone(small):
    assert names(small, "Jordan and Georgia signed the deal in Paris.") == [
        "Jordan", "Georgia", "Paris"]


def test_a_dateline_is_marked_as_such(small):
    text = "Title line\n\nSTEPANAKERT, Nagorno-Karabakh — Shells fell on Shusha at dawn today."
    mentions = found(small, text)
    roles = {m.text: m.role for m in mentions}
    assert roles == {"STEPANAKERT": "dateline", "Nagorno-Karabakh": "dateline",
                     "Shusha": "mention"}


def test_an_agency_dateline_is_marked_as_such(small):
    text = "BAKU (Caspian Wire) — Officials in Ganja counted the damage after the strike."
    roles = {m.text: m.role for m in found(small, text)}
    assert roles == {"BAKU": "dateline", "Ganja": "mention"}


@pytest.mark.parametrize("text", [
    # a date, then an agency between slashes
    "BAKU, March 3. /Caspian Wire/. Two houses were damaged in Ganja overnight, it said.",
    # a date in capitals, an agency and a full stop
    "BAKU, MARCH 3, CASPIANWIRE. Two houses were damaged in Ganja overnight, it said.",
    # a date and a full stop
    "BAKU, 3 March 2021. Two houses were damaged in Ganja overnight, officials said.",
])
def test_a_wire_dateline_without_a_dash_is_marked_as_such(small, text):
    # "BAKU" in capitals, on a line that is not, is found only as a dateline's place.
    roles = {m.text: m.role for m in found(small, text)}
    assert roles == {"BAKU": "dateline", "Ganja": "mention"}


@pytest.mark.parametrize("top", ["Baku, March 3, CASPIAN WIRE", "Baku, Mar. 3", "  Baku, March 3"])
def test_a_dateline_on_a_line_of_its_own_above_the_first_paragraph(small, top):
    text = f"Storm hits the coast\n{top}\n\nTwo houses were damaged in Ganja overnight, it said."
    roles = {m.text: m.role for m in found(small, text)}
    assert roles == {"Baku": "dateline", "Ganja": "mention"}


def test_a_dateline_right_after_the_date_on_the_first_line(small):
    # " date 2021-03-03 STEPANAKERT, ...": the date is metadata, the body begins after it.
    text = " date 2021-03-03 STEPANAKERT, MARCH 3, CASPIANWIRE. Shells fell on Shusha at dawn."
    mentions = found(small, text, body_start=text.index("STEPANAKERT"))
    assert [(m.text, m.role) for m in mentions] == [("STEPANAKERT", "dateline"),
                                                    ("Shusha", "mention")]


@pytest.mark.parametrize("text", [
    # a headline that opens with a place
    "Baku says two houses were damaged in Ganja by the storm\n\nRescuers worked all night.",
    # a sentence whose place and date are its subject
    "Baku, March 3 is the day the talks with Yerevan resume, officials said on Monday.",
    # a short line with a dash: a headline
    "Baku - talks resume\n\nOfficials in Yerevan said the talks would resume next week.",
    # a dated line, not above a paragraph
    "Baku, March 3\nGanja, March 4\nYerevan, March 5",
])
def test_a_place_that_opens_a_line_is_no_dateline_without_a_datelines_shape(small, text):
    assert "dateline" not in {m.role for m in found(small, text)}


def test_a_date_on_a_line_of_its_own_is_no_dateline():
    from geo.recognize import _dateline_span

    text = "Monday, March 3, 2021\n\nOfficials in Yerevan said the talks would resume next week."
    assert _dateline_span(text, 0) is None


def test_a_town_written_with_a_division_word_is_a_place_after_the(small):
    # "the Red Cross" is an organisation; "the Goris district" is a place, and so is each
    # town of a list that a plural division word ends.
    text = "Troops left the Goris district; the Khojavend and Goris regions were quiet."
    assert names(small, text) == ["Goris", "Khojavend", "Goris"]


def test_a_division_word_in_another_noun_still_leaves_a_place(small):
    # "the Goris district court" is a court of Goris (whatever "district" says of Goris).
    text = "Judges of the Goris district court met; the district court in Ganja did not."
    assert names(small, text) == ["Goris", "Ganja"]


def test_demonyms_are_kept_as_evidence_of_the_country(small):
    mentions = found(small, "Armenian and Azerbaijani officials met; Armenians left.")
    assert [(m.text, m.role, m.candidates) for m in mentions] == [
        ("Armenian", "demonym", ("c:AM",)), ("Azerbaijani", "demonym", ("c:AZ",)),
        ("Armenians", "demonym", ("c:AM",))]


def test_a_misspelt_name_of_a_known_place_is_found_in_a_place_position(small):
    mentions = found(small, "Sirens sounded in Stepanakerd overnight.")
    assert [(m.text, m.candidates) for m in mentions] == [("Stepanakerd", ("cur:stepanakert",))]


def test_a_misspelt_name_before_an_area_word_is_in_a_place_position(small):
    assert names(small, "Sirens sounded across the Stepanakerd area overnight.") == [
        "Stepanakerd"]
    assert names(small, "The Stepanyan area was quiet.") == []  # no place's name near it


def test_a_town_before_a_site_at_it_is_that_town_and_the_red_cross_office_no_place(small):
    assert names(small, "Troops held the Khojavend crossing and the Khojavend checkpoint.") == [
        "Khojavend", "Khojavend"]
    assert names(small, "Shelling hit the Khojavend area.") == ["Khojavend"]
    assert names(small, "They met at the Red Cross office.") == []


def test_a_misspelling_is_not_guessed_for_an_ordinary_surname(small):
    assert names(small, "The minister, Stepanyan, spoke to reporters.") == []


def test_an_alias_the_article_teaches_is_used_through_the_article(small):
    text = "Stepanakert (Vararakn in old records) was calm. Later Vararakn was shelled."
    mentions = found(small, text)
    assert [(m.text, m.candidates) for m in mentions] == [
        ("Stepanakert", ("cur:stepanakert",)), ("Vararakn", ("cur:stepanakert",)),
        ("Vararakn", ("cur:stepanakert",))]


def test_names_the_gazetteer_lacks_are_kept_unresolved_for_the_user(small):
    mentions = found(small, "Drones struck near Fizulino and in the village of Kornidzar.")
    assert [(m.text, m.candidates) for m in mentions] == [("Fizulino", ()), ("Kornidzar", ())]


def test_an_unknown_name_is_looked_for_after_whole_words_only(small):
    # "in", "into", "towards" as words, in text order; not the tail of "Berlin" or "within".
    text = ("Shells fell within Fizulino, then into Kornidzar, towards Lusashen; Berlin Tarver "
            "wrote in\nthe town of Dovlatli.")
    mentions = found(small, text)
    assert [(m.text, m.candidates) for m in mentions] == [
        ("Kornidzar", ()), ("Lusashen", ()), ("Dovlatli", ())]


def test_an_unknown_name_before_a_bracket_of_its_setting_is_found(small):
    # ACLED's notes write a village with the places that hold it: "at X (district, province)"
    text = ("Militants attacked an army post at Lusashen Koro (Goris, Armenia) on Monday. "
            "Sergei Ivanov (Moscow, retired) and Boris Tarver (the envoy, Goris) spoke.")
    assert [(m.text, m.candidates) for m in found(small, text) if not m.candidates] == [
        ("Lusashen Koro", ())]


def test_an_unknown_village_is_found_by_its_word_without_a_locative(small):
    # "attacked the village of X", "X village" after a verb or a common word opening it.
    text = ("Gunmen attacked the village of Kornidzar. Rebels raided Lusashen village, and "
            "Yesterday Dovlatli hamlet burned. The Olympic village was quiet. A mine went off "
            "on the outskirts of Fizulino, and fighting went on in the area of Kilisar and "
            "near Al Nubayjah. Looters hit a neighbourhood of Vankadzor and Afmadiw town. "
            "Shells fell near Al Mahdi.")
    # (An Arabic article opens a name as no common word does: "Al Nubayjah"; and no
    # person's name is written after it: "Al Mahdi".)
    assert [(m.text, m.candidates) for m in found(small, text)] == [
        ("Kornidzar", ()), ("Lusashen", ()), ("Dovlatli", ()), ("Fizulino", ()),
        ("Kilisar", ()), ("Al Nubayjah", ()), ("Vankadzor", ()), ("Afmadiw", ()),
        ("Al Mahdi", ())]


def test_the_header_before_body_start_is_not_scanned(small):
    text = "title: Baku talks\n---\nTalks in Yerevan."
    assert names(small, text, body_start=text.index("Talks")) == ["Yerevan"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_offsets_always_point_at_the_mention_text(small, text):
    for mention in found(small, "Baku " + text + " Ganja"):
        assert 0 <= mention.start < mention.end <= len(text) + 11
        assert ("Baku " + text + " Ganja")[mention.start:mention.end] == mention.text


def test_a_small_town_after_the_is_an_organisation_but_a_river_is_a_river(small):
    text = "Aid from the Red Cross reached houses near the Potomac."
    assert [(m.text, set(m.candidates)) for m in found(small, text)] == [
        ("Potomac", {"cur:potomac", "g:potomac-md"})]


def test_generic_words_never_name_a_place_alone(small):
    assert names(small, "Tenants rallied outside City Hall in Mobile.") == ["Mobile"]


def test_a_surname_the_article_gave_a_person_stays_a_person(small):
    text = "Judge Ana Flores ruled on Monday. Flores said the law was clear."
    assert names(small, text) == []


def test_a_saints_first_name_in_a_place_name_makes_no_surname(small):
    # "Santa Ana Flores": the saint's name heads a place's name, not a person's; the town
    # named after it is a place wherever the article names it
    text = "Gunmen burned cars in Santa Ana Flores, and residents of Flores fled."
    assert "Flores" in names(small, text)
    assert names(small, "Ana Flores, a lawyer, said Flores would appeal.") == []


def test_a_name_in_a_list_of_places_after_in_is_still_found(small):
    assert names(small, "The envoy flew to Flores in Uruguay.") == ["Flores"]


def test_an_abbreviation_keeps_its_dot(small):
    mentions = found(small, "Floods hit Savannah, Ga., on Thursday.")
    assert ("Ga.", ("a:US.GA",)) in [(m.text, m.candidates) for m in mentions]


def test_the_tail_of_a_longer_name_refused_here_is_no_name_of_its_own():
    # "Mondul Kiri" (a small town's other name) does not read as a place after "district
    # of"; its last word is then no town of Japan's: the text wrote the longer name.
    places = [Place("g:senmonorom", "Sen Monorom", "city", "KH", 12.45, 107.19, 7_900),
              Place("g:kiri", "Kiri", "city", "JP", 36.4, 139.33, 900_000)]
    gazetteer = Gazetteer.from_places(places, {"g:senmonorom": ["Mondul Kiri"]})
    text = "About 150 villagers from Keav Seima district of Mondul Kiri gathered to protest."
    mentions = recognize(Article("t", "t.txt", text), build_name_index(gazetteer), gazetteer)
    assert "Kiri" not in [m.text for m in mentions]


def test_a_word_of_a_provinces_name_ending_a_sentence_keeps_no_dot():
    # "Anhui" is a name of "Anhui Sheng", not an abbreviation of it as "Ga." is of Georgia.
    places = [Place("a:CN.01", "Anhui Sheng", "admin1", "CN", 31.8, 117.2, 61_000_000),
              Place("a:US.GA", "Georgia", "admin1", "US", 32.7, -83.4, 10_000_000)]
    gazetteer = Gazetteer.from_places(places, {"a:CN.01": ["Anhui"], "a:US.GA": ["Ga"]})
    text = "A case was found in the province of Anhui. Floods hit Savannah, Ga. on Friday."
    mentions = recognize(Article("t", "t.txt", text), build_name_index(gazetteer), gazetteer)
    assert [m.text for m in mentions] == ["Anhui", "Ga."]


def test_a_name_a_user_writes_with_an_ampersand_is_found_as_written():
    # a curated alias such as "J&K" (Jammu and Kashmir) or "Trinidad & Tobago"
    places = [Place("a:IN.12", "Jammu and Kashmir", "admin1", "IN", 33.5, 75.0, 12_000_000),
              Place("c:TT", "Trinidad and Tobago", "country", "TT", 10.5, -61.3, 1_400_000)]
    gazetteer = Gazetteer.from_places(places, {"a:IN.12": ["J&K"],
                                               "c:TT": ["Trinidad & Tobago"]})
    text = "Troops were deployed in Poonch (J&K) and a team flew in from Trinidad & Tobago."
    mentions = recognize(Article("t", "t.txt", text), build_name_index(gazetteer), gazetteer)
    assert [(m.text, m.candidates) for m in mentions if m.candidates] == [
        ("J&K", ("a:IN.12",)), ("Trinidad & Tobago", ("c:TT",))]


def test_the_article_before_a_country_is_left_out_but_kept_in_the_hague(small):
    text = "The United States and the Netherlands met in The Hague."
    assert names(small, text) == ["United States", "The Hague"]


def test_a_hamlet_named_with_ordinary_words_needs_a_place_position(small):
    assert names(small, "A Red Cross convoy arrived.") == []
    assert names(small, "The convoy drove on to Red Cross, North Carolina.") == ["Red Cross"]


def test_irish_and_scottish_surnames_are_people_first(small):
    gazetteer, _ = small
    from geo.recognize import _SURNAME_SHAPE

    assert _SURNAME_SHAPE.match("mcgraw") and _SURNAME_SHAPE.match("o'connor")
    assert not _SURNAME_SHAPE.match("macon") and not _SURNAME_SHAPE.match("moscow")


def test_capitals_in_a_title_case_headline_say_nothing(small):
    from geo.recognize import _in_title_case_run

    headline = "Police Say Man Charged After March Crash Near Mobile Home Park"
    assert _in_title_case_run(headline, headline.index("Mobile"))
    body = "The police said a man was charged after the crash near Mobile on Sunday."
    assert not _in_title_case_run(body, body.index("Mobile"))


def test_a_town_at_the_tail_of_another_proper_name_needs_a_place_position(small):
    assert names(small, "Lawmakers in the Grand Police chamber voted.") == []


def test_dotted_state_abbreviations_after_a_town_are_found(small):
    text = "She grew up in Moscow, U.S., and later in Savannah, Ga., where she lives."
    found_names = names(small, text)
    assert "U.S." in found_names and "Ga." in found_names


def test_a_disease_named_after_a_place_is_not_the_place(small):
    assert names(small, "Cases of Paris fever rose; doctors in Paris were worried.") == ["Paris"]


def test_a_street_or_valley_named_after_a_place_is_not_the_place(small):
    text = "Traffic on Goris Road was slow, and the Goris Valley flooded; in Goris it rained."
    assert [m.start for m in found(small, text)] == [text.rindex("Goris")]


def test_a_street_named_after_a_place_in_lower_case_is_not_the_place(small):
    assert names(small, "A rocket hit a house on Goris street, the ombudsman said.") == []
    # (but "street" as a noun's modifier keeps the place: "Goris street protests")
    assert names(small, "Police broke up Goris street protests.") == ["Goris"]


def test_a_road_numbered_by_a_place_keeps_the_place(small):
    # "Oxford Road 5": the fifth road of Oxford county, which the place names.
    assert names(small, "The crash was on Goris Road 4.") == ["Goris"]


def test_after_a_title_two_capitalised_words_are_a_persons_name(small):
    text = "Gov. Chet Goris signed the bill. Reporters met Goris at noon in Yerevan."
    assert names(small, text) == ["Yerevan"]


def test_a_title_that_ends_a_sentence_makes_no_person_of_the_next_name(small):
    assert names(small, "They met the president. Moscow said no; Gov. Paris said yes.") == [
        "Moscow"]


def test_according_to_a_person_is_no_locative(small):
    text = "Officer Ana Goris stopped the car, according to Goris. He drove to Goris later."
    assert [m.start for m in found(small, text)] == [text.rindex("Goris")]


def test_a_minor_place_name_beside_a_verb_of_speech_is_a_person(small):
    text = "“We are ready,” Goris said. “So are we,” said Goris. Moscow said nothing."
    assert names(small, text) == ["Moscow"]


def test_a_place_of_the_speaker_still_counts(small):
    assert names(small, "A spokesman for the city of Goris said the road was shut.") == [
        "Goris"]


def test_a_word_that_is_part_of_a_persons_name_is_no_misspelling(small):
    text = "Police arrested Umoja Iddi Stepanakerd in Yerevan; shells later fell on Stepanakerd."
    assert names(small, text) == ["Yerevan"]


def test_a_thing_called_by_a_name_is_no_alias_of_the_place(small):
    text = "A youth club in Goris, called Open Door, opened. Open Door has 40 members."
    assert names(small, text) == ["Goris"]


def test_words_in_brackets_with_a_lower_case_word_are_no_alias(small):
    assert names(small, "Gold went to Armenia (Ararat team) and silver to Ararat.") == [
        "Armenia"]


def test_the_agency_of_a_dateline_without_a_dash_is_no_alias(small):
    text = "Baku (Trend) Since Monday the talks stalled. Trend reported it first."
    assert names(small, text) == ["Baku"]


def test_names_in_quotation_marks_are_found_from_the_start_of_the_word(small):
    assert names(small, "Residents of ‘Ganja’ and 'Baku' fled; acrossGanja is no name.") == [
        "Ganja", "Baku"]


def test_a_country_named_like_a_plural_demonym_is_the_country(small):
    mentions = found(small, "Philippine officials said flights to the Philippines resumed.")
    assert [(m.text, m.role) for m in mentions] == [("Philippine", "demonym"),
                                                    ("Philippines", "mention")]


def test_the_place_in_an_institutions_name_is_not_a_mention(small):
    text = ("She studied at Moscow State University, taught at Paris High School and was "
            "treated at Alexandria Hospital before moving to Paris.")
    assert names(small, text) == ["Paris"]


def test_a_middle_initial_marks_a_persons_name(small):
    text = "Georgia M. Flores and Carl J. Jordan met voters in Texas."
    assert names(small, text) == ["Texas"]


@pytest.fixture(scope="module")
def with_lower_case_words():
    from geo.gazetteer import Gazetteer
    from geo.model import Place

    places = [Place("f:gom", "Gulf of Mexico", "feature", "", 25.0, -90.0, 0),
              Place("g:rostov", "Rostov-on-Don", "city", "RU", 47.23, 39.72, 1_130_000),
              Place("g:ny", "New York", "city", "US", 40.71, -74.01, 8_800_000),
              Place("g:lachin", "Lachin", "city", "AZ", 39.64, 46.55, 8_000),
              Place("a:US.WV", "West Virginia", "admin1", "US", 38.5, -80.5, 1_800_000),
              Place("g:pap", "Port-au-Prince", "city", "HT", 18.54, -72.34, 1_230_000),
              Place("g:dar", "Dar es Salaam", "city", "TZ", -6.82, 39.27, 7_000_000),
              Place("g:halle", "Halle an der Saale", "city", "DE", 51.48, 11.97, 240_000),
              Place("g:sheki", "Şəki", "city", "AZ", 41.19, 47.17, 63_000),
              Place("g:deir", "Deir ez-Zor", "city", "SY", 35.34, 40.14, 270_000),
              Place("a:SY.DZ", "Dayr az-Zawr", "admin1", "SY", 35.0, 40.5, 1_200_000)]
    gazetteer = Gazetteer.from_places(places, {"f:gom": ["Gulf de Mexico"],
                                               "a:US.WV": ["W Va"]})
    return gazetteer, build_name_index(gazetteer)


def test_a_name_whose_later_words_are_in_lower_case_is_found_in_any_case(with_lower_case_words):
    text = ("Storms crossed the Gulf of Mexico. GULF OF MEXICO STORMS. Ships left the Gulf Of "
            "Mexico at dawn. Flights left Rostov-on-Don and Rostov-On-Don.")
    assert names(with_lower_case_words, text) == [
        "Gulf of Mexico", "GULF OF MEXICO", "Gulf Of Mexico", "Rostov-on-Don", "Rostov-On-Don"]


def test_the_small_words_of_other_languages_inside_a_name(with_lower_case_words):
    text = "Aid reached Port-au-Prince, Dar es Salaam and Halle an der Saale."
    assert names(with_lower_case_words, text) == [
        "Port-au-Prince", "Dar es Salaam", "Halle an der Saale"]


def test_the_arabic_article_written_before_a_sun_letter_stays_inside_a_name(
        with_lower_case_words):
    text = "Shells hit Deir ez-Zor, Deir-ez-Zor and Dayr az-Zawr; DEIR EZ-ZOR was quiet."
    assert names(with_lower_case_words, text) == [
        "Deir ez-Zor", "Deir-ez-Zor", "Dayr az-Zawr", "DEIR EZ-ZOR"]


def test_a_later_word_of_a_name_in_lower_case_makes_no_name(with_lower_case_words):
    # "York" written in lower case is no part of a name, whatever the gazetteer holds.
    assert names(with_lower_case_words, "She moved to New york and to Gulf Of mexico.") == []


_NAME_WORDS = [["Gulf", "of", "Mexico"], ["Gulf", "de", "Mexico"], ["Rostov", "on", "Don"],
               ["New", "York"], ["Lachin", "corridor"], ["Şəki"], ["in"], ["the"], ["said"]]
_GAPS = [" ", "-", ", ", ". ", "\n", " (", "’", "–", "\u00a0", "  "]


@st.composite
def _names_in_any_case(draw):
    """Names and words, each word in lower case, capitalised or in capitals, between any
    gaps."""
    text = ""
    for words in draw(st.lists(st.sampled_from(_NAME_WORDS), max_size=8)):
        for word in words:
            case = draw(st.sampled_from([str.lower, str.capitalize, str.upper]))
            text += case(word) + draw(st.sampled_from(_GAPS))
    return text


@settings(max_examples=300, deadline=None)
@given(_names_in_any_case())
def test_the_scan_finds_what_a_scan_blind_to_case_would_keep(with_lower_case_words, text):
    # The scan leaves words begun in lower case out of its walk (`_scanned`); every name a
    # scan of the folded text alone would find and keep must still be found.
    import geo.recognize as recognise

    with_case = names(with_lower_case_words, text)
    blind = recognise._scanned
    try:
        recognise._scanned = lambda text, folded: (
            recognise._WORD_MARK + recognise._mark_words(folded) + recognise._WORD_MARK)
        without_case = names(with_lower_case_words, text)
    finally:
        recognise._scanned = blind
    assert with_case == without_case


_CONTEXT_WORDS = ["in", "near", "the", "The", "said", "Mr.", "President", "of", "and", "By",
                  "Police", "POLICE", "March", "Nice", "Mobile", "Flores", "Moscow", "Paris",
                  "Texas", "Georgia", "Jordan", "Sydney", "Armenian", "Red", "Cross", "Post",
                  "Thursday", "Hague", "David", "Harper"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_CONTEXT_WORDS),
                          st.sampled_from([" ", ", ", ". ", "\n", " — "])), max_size=14))
def test_names_turned_down_early_are_those_the_full_weighing_turns_down(small, words):
    # `_reads_as_place` turns down at once the names `_plausible_given_how_common` would
    # reject wherever they stand without a locative or a qualifier; it must agree with
    # weighing them in full.
    import geo.recognize as recognise

    text = "".join(word + gap for word, gap in words)
    early = names(small, text)
    needs_a_place_position = recognise._needs_a_place_position
    try:
        recognise._needs_a_place_position = lambda gazetteer, key, surface, *language: False
        recognise._surface_facts.cache_clear()
        in_full = names(small, text)
    finally:
        recognise._needs_a_place_position = needs_a_place_position
        recognise._surface_facts.cache_clear()
    assert early == in_full


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["in", "U.S.", "O’Brien", "é", "Nagornokarabakhskaya",
                                           "x" * 40, "7", ""]),
                          st.sampled_from([" ", ", ", " (", "\n", "—", ". "])), max_size=8),
       st.data())
def test_the_words_before_a_name_are_read_backwards_as_a_window_would_split_them(words, data):
    # `_previous_words` reads the reversed text; it must give the last words that splitting
    # the 32 characters before the position into runs of word characters, dots and
    # apostrophes gives (a word cut by the window's edge is cut so).
    import re

    from geo.recognize import _previous_words

    text = "".join(word + gap for word, gap in words)
    start = data.draw(st.integers(0, len(text)))
    window = re.findall(r"[\w.'’]+", text[max(0, start - 32):start])
    for count in (1, 2):
        assert _previous_words(text, start, count) == window[-count:]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Post", "said", "Morning", "Herald", "of", "U.S.",
                                           "O’Brien", "virus", "7", "x" * 30, "Road"]),
                          st.sampled_from([" ", ", ", " (", "\n", ". ", ".", " — "])),
                max_size=6))
def test_the_words_after_a_name_are_those_of_the_clause_as_far_as_they_matter(words):
    # `_words_after` reads past the next word only when it is capitalised: what it gives
    # must weigh as the clause's first three words do; and `_reads_as_place` looks for a
    # longer name ("Baku Road") only when that word is capitalised.
    from geo.recognize import (
        _names_an_organisation,
        _next_words,
        _part_of_a_longer_name,
        _words_after,
    )

    text = "Baku" + "".join(" " + word + gap for word, gap in words)
    short, full = _words_after(text, 4), _next_words(text, 4, 3)
    assert short[:1] == full[:1]
    assert _names_an_organisation(short) == _names_an_organisation(full)
    if _part_of_a_longer_name(text, 4):
        assert short[0][:1].isupper()


@st.composite
def _names_and_a_word_near_some(draw):
    """A word, and names each a few random edits away from it (or not related at all)."""
    letters = "abcdefghijklmnopqrstuvwxyzé"
    word = draw(st.text(alphabet=letters, min_size=6, max_size=11))
    names = []
    for _ in range(draw(st.integers(1, 20))):
        name = list(word) if draw(st.booleans()) else list(draw(st.text(letters, min_size=6,
                                                                         max_size=11)))
        for _ in range(draw(st.integers(0, 3))):
            at = draw(st.integers(1, len(name)))  # the first letter stays: it picks the bucket
            letter = draw(st.sampled_from(letters))
            edit = draw(st.sampled_from(["put in", "take out", "replace"]))
            if edit == "put in":
                name.insert(at, letter)
            elif at < len(name):
                name[at:at + 1] = [] if edit == "take out" else [letter]
        names.append("".join(name))
    return names, word


@settings(max_examples=300, deadline=None)
@given(_names_and_a_word_near_some())
def test_the_nearest_name_to_a_misspelling_is_the_one_a_full_comparison_finds(names_and_word):
    # `_nearest_key` compares letter by letter only the names whose letters could be near
    # enough; it must find what comparing the word with every name of its buckets finds.
    from rapidfuzz.distance import Levenshtein

    from geo.recognize import NameIndex, _FuzzyBucket, _letter_set, _nearest_key

    keys, word = names_and_word
    buckets: dict = {}
    for key in dict.fromkeys(keys):
        buckets.setdefault((key[0], len(key)), []).append(key)
    index = NameIndex(None, {bucket: _FuzzyBucket(names, np.array(
        [_letter_set(n) for n in names], dtype=np.uint32)) for bucket, names in buckets.items()})
    max_edits = 1 if len(word) < 9 else 2
    listed = [key for length in range(len(word) - max_edits, len(word) + max_edits + 1)
              for key in buckets.get((word[0], length), [])]
    distances = [Levenshtein.distance(word, key) for key in listed]
    expected = listed[distances.index(min(distances))] if distances and min(
        distances) <= max_edits else ""
    assert _nearest_key(word, index) == expected


def test_how_common_a_plain_word_is_comes_out_as_wordfreq_gives_it():
    # `word_commonness` reads a plain word's frequency straight from wordfreq's list; it
    # must say what wordfreq's own look-up says, for common, rare and unlisted words alike,
    # and for keys its tokeniser splits ("new york", "o'brien").
    from wordfreq import get_frequency_dict, zipf_frequency

    from geo.recognize import word_commonness

    listed = sorted(w for w in get_frequency_dict("en", "best") if w.isascii() and w.isalpha())
    words = listed[::97] + ["the", "shelling", "stepanakert", "xqzzyv", "new york",
                            "o'brien", "st louis", "ganja"]
    assert [word_commonness(w) for w in words] == [zipf_frequency(w, "en") for w in words]
    assert word_commonness("the") > 7 and word_commonness("xqzzyv") == 0.0


def test_a_well_known_place_after_a_first_name_is_not_taken_for_a_surname(small):
    # "Ana Paris" and "Ana Flores" are people; Paris is too well known for the article's
    # next "Paris" to be taken for her, while Flores (a division of Uruguay of 25,000) is not.
    text = "Judge Ana Paris ruled on Monday. Paris reopened its museums."
    assert [m.start for m in found(small, text) if m.candidates] == [text.rindex("Paris")]
    assert names(small, "Judge Ana Flores ruled on Monday. Flores reopened its museums.") == []


@pytest.fixture(scope="module")
def compounds():
    """Places whose names other names contain, joined by a hyphen or followed by words."""
    from geo.gazetteer import Gazetteer
    from geo.model import Place

    places = [
        Place("c:US", "United States", "country", "US", 39.8, -98.6, 327_000_000),
        Place("c:HK", "Hong Kong", "country", "HK", 22.3, 114.2, 7_400_000),
        Place("c:TR", "Turkey", "country", "TR", 39.0, 35.0, 82_000_000),
        Place("c:IL", "Israel", "country", "IL", 31.5, 34.8, 9_000_000),
        Place("a:MG.SAVA", "Sava", "admin1", "MG", -14.1, 50.0, 1_000_000),
        Place("a:HT.NORD", "Nord", "admin1", "HT", 19.6, -72.3, 1_000_000),
        Place("g:mayo-us", "Mayo", "city", "US", 38.89, -76.51, 8_300, "Maryland"),
        Place("g:kabul", "Kabul", "city", "AF", 34.53, 69.17, 4_400_000, "Kabul"),
        Place("g:kandahar", "Kandahar", "city", "AF", 31.61, 65.71, 490_000, "Kandahar"),
        Place("g:sarajevo", "Sarajevo", "city", "BA", 43.85, 18.36, 700_000, "Federation"),
        Place("g:hasakah", "Al Hasakah", "city", "SY", 36.5, 40.75, 420_000, "Al-Hasakah"),
        Place("g:delano", "Delano", "city", "US", 45.04, -93.79, 6_000, "Minnesota"),
        Place("g:rockford", "Rockford", "city", "US", 45.09, -93.73, 4_300, "Minnesota"),
        Place("g:bali", "Bali", "admin1", "ID", -8.4, 115.2, 4_200_000),
        Place("g:jisr", "Jisr", "city", "LB", 33.9, 35.6, 5_000, "Mount Lebanon"),
        Place("c:LB", "Lebanon", "country", "LB", 33.8, 35.8, 6_800_000),
        Place("g:kisangani", "Kisangani", "city", "CD", 0.52, 25.2, 540_000, "Tshopo"),
        Place("a:CD.TSH", "Tshopo", "admin1", "CD", 0.5, 25.0, 2_600_000),
        Place("a:TD.LAC", "Lac", "admin1", "TD", 13.6, 14.1, 430_000),
        Place("g:gitega", "Gitega", "city", "BI", -3.43, 29.92, 41_000, "Gitega"),
    ]
    aliases = {"c:US": ["US", "U.S."], "g:hasakah": ["Hasakah"],
               "g:kisangani": ["Stanleyville"]}
    gazetteer = Gazetteer.from_places(places, aliases, demonyms={"Turkish": "c:TR"})
    return gazetteer, build_name_index(gazetteer)


def test_a_weapon_s_model_before_its_kind_names_no_place(compounds):
    # ("Gitega" stands in for a model's name a town shares, as "Grad" does)
    assert names(compounds, "Rebels fired Gitega rockets at the camp.") == []
    assert names(compounds, "A Kabul missile strike killed five people.") == ["Kabul"]


def test_a_country_before_a_currency_names_the_money(compounds):
    assert names(compounds, "The US dollar and Hong Kong dollars fell; US$ 5 bought less.") == []
    assert names(compounds, "Savings in Turkish lira shrank.") == []
    assert names(compounds, "Dollars flowed to the US as Hong Kong traders sold.") == [
        "US", "Hong Kong"]


def test_a_city_between_a_clock_reading_and_time_names_the_hour(compounds):
    assert names(compounds, "At 11:00 local time (10:00 Hong Kong time) shells fell.") == []
    assert names(compounds, "It began at 8 a.m. Hong Kong time.") == []
    # without a clock reading, "time" after a name is no time zone
    assert names(compounds, "Traders in Hong Kong time their sales to the news.") == [
        "Hong Kong"]


def test_a_name_before_a_capitalised_word_no_dictionary_knows_heads_a_longer_name(compounds):
    # "Bali Dorvakh" is a place (or a firm, a person) the gazetteer lacks, not Bali
    assert names(compounds, "Gunmen attacked a camp near Bali Dorvakh on Monday.") == []
    assert names(compounds, "Gunmen attacked a camp near Bali on Monday.") == ["Bali"]
    # a word English knows, a first name or a place's name after it changes nothing; nor
    # does any word after a country's name or a people's word
    assert names(compounds, "Gunmen attacked a camp near Bali Gate on Monday.") == ["Bali"]
    assert names(compounds, "The president of Lebanon Zorvakh Tafiq spoke.") == ["Lebanon"]
    assert names(compounds, "Turkish Zorvakh forces crossed.") == ["Turkish"]


def test_a_name_inside_a_longer_hyphenated_name_is_no_place(compounds):
    assert names(compounds, "Troops entered Ndele (Bamingui-Sava, Haute-Nord) at dawn.") == []
    assert names(compounds, "Rains hit Sava-Bemaraha, far from Nord.") == ["Nord"]
    # ... and, whatever follows, when the other part is a province of another country
    assert names(compounds, "Police detained men in Kisangani, Gitega-Lac and Uvira.") == [
        "Kisangani"]


def test_hyphenated_names_that_are_places_stay(compounds):
    # An Arabic article, two places, a pair described, two towns side by side, a town
    # before the name of its quarter.
    assert names(compounds, "Rockets hit al-Hasakah and the Kabul-Kandahar highway.") == [
        "al-Hasakah", "Kabul", "Kandahar"]
    assert names(compounds, "The Israel-Hamas war went on.") == ["Israel"]
    assert names(compounds, "The Delano-Rockford team won.") == ["Delano", "Rockford"]
    assert names(compounds, "A blast hit the Sarajevo-Centar district.") == ["Sarajevo"]


def test_a_word_with_capitals_inside_is_an_acronym_not_a_name():
    # "SaRaNa" (an acronym's syllables) is not Sarana; "DeKalb" is written so as a name.
    places = [Place("g:sarana", "Sarana", "city", "BR", -5.8, -35.2, 800_000, "Rio Grande"),
              Place("g:dekalb", "DeKalb", "city", "US", 41.93, -88.75, 43_000, "Illinois")]
    gazetteer = Gazetteer.from_places(places)
    fixture = gazetteer, build_name_index(gazetteer)
    assert names(fixture, "A mine exploded near Kelbara (SaRaNa) village.") == []
    assert names(fixture, "A mine exploded near Sarana and DeKalb.") == ["Sarana", "DeKalb"]


def test_a_locative_before_an_arabic_article_is_the_name_s():
    # "Sweida", only another name of a small town, is a place where a locative says so:
    # "in As-Sweida" says so through the article joined to it, which is the name's own
    # (the words before the name are read before it).
    places = [Place("g:suwayda", "As-Suwayda", "city", "SY", 32.7, 36.57, 60_000, "Suwayda")]
    gazetteer = Gazetteer.from_places(places, {"g:suwayda": ["Sweida"]})
    fixture = gazetteer, build_name_index(gazetteer)
    assert names(fixture, "Shells fell in As-Sweida on Monday.") == ["As-Sweida"]
    assert names(fixture, "Shells fell in Sweida on Monday.") == ["Sweida"]
    assert names(fixture, "He met Al-Sweida on Monday.") == []
    # ... and so does the countryside around a town
    assert names(fixture, "Shells fell in the southern countryside of As-Sweida.") == ["As-Sweida"]
    assert names(fixture, "Shells fell in the vicinity of Sweida.") == ["Sweida"]


def test_a_name_with_its_article_joined_is_the_place_the_gazetteer_has_so():
    # "ad-Dali" is Ad Dali in Yemen, not the bigger Dali in China; "al-Bab", where only
    # the bare name is known, stays the bare name's place.
    places = [Place("g:yemen", "Ad Dali", "city", "YE", 13.7, 44.73, 45_000, "Ad Dali"),
              Place("g:china", "Dali", "city", "CN", 25.6, 100.27, 650_000, "Yunnan"),
              Place("g:bab", "Bab", "city", "SY", 36.37, 37.52, 60_000, "Aleppo")]
    gazetteer = Gazetteer.from_places(places)
    fixture = gazetteer, build_name_index(gazetteer)
    spans = {m.text: m.candidates for m in found(fixture, "Shells fell in ad-Dali and al-Bab.")}
    assert spans == {"ad-Dali": ("g:yemen",), "al-Bab": ("g:bab",)}


def test_a_name_after_a_name_and_an_arabic_article_is_the_tail_of_a_longer_name():
    # "Ras al-Ain" is one town (a spelling the gazetteer may lack), not Ain in France; the
    # article at a sentence's start, or after a possessive, opens the name itself.
    places = [Place("g:ain", "Ain", "admin2", "FR", 46.1, 5.4, 500_000)]
    gazetteer = Gazetteer.from_places(places)
    fixture = gazetteer, build_name_index(gazetteer)
    assert names(fixture, "Thousands fled the shelling of Ras al-Ain on Monday.") == []
    assert names(fixture, "Thousands fled the shelling in al-Ain on Monday.") == ["al-Ain"]


def test_a_name_before_the_rest_of_a_longer_place_name_is_no_place(compounds):
    assert names(compounds, "A convoy was hit near Bali Kambang village.") == []
    assert names(compounds, "A convoy was hit near Jisr ash Shughur.") == []
    assert names(compounds, "A convoy was hit near Jisr Al Marj.") == []  # (a capital "Al")
    assert names(compounds, "A convoy was hit near Jisr, in Lebanon, and in Bali.") == [
        "Jisr", "Lebanon", "Bali"]


def test_a_town_known_by_another_name_reads_as_one_before_a_qualifier(compounds):
    # "Stanleyville" is an old name of Kisangani: a place only where the words say so; a
    # word for a settlement and a province after it do.
    assert names(compounds, "Stanleyville city, Tshopo, was calm.") == [
        "Stanleyville", "Tshopo"]
    assert names(compounds, "Stanleyville (Kisangani) city, Tshopo, was calm.") == [
        "Stanleyville", "Kisangani", "Tshopo"]
    assert names(compounds, "Stanleyville said nothing.") == []


# --- other languages and scripts -----------------------------------------------------------
# A gazetteer with the names the base and the curated files give the conflict's places in
# other languages, and the traps: a Greek village whose name is a declined form of
# "Армения", Chad's province Lac (Azerbaijani "Laçın" less a genitive ending), Dubai's
# alternate name "Dabei" (a German adverb), Vladimir (a first name).

def _place(place_id, name, kind, country, lat, lon, population, source="geonames"):
    from geo.model import Place

    return Place(place_id, name, kind, country, lat, lon, population, "", source)


ABROAD = [
    _place("c:AM", "Armenia", "country", "AM", 40.2, 44.9, 2_960_000),
    _place("c:AZ", "Azerbaijan", "country", "AZ", 40.3, 47.7, 10_100_000),
    _place("c:UA", "Ukraine", "country", "UA", 49.0, 32.0, 41_000_000),
    _place("cur:nk", "Nagorno-Karabakh", "region", "AZ", 39.85, 46.75, 145_000, "curated"),
    _place("cur:stepanakert", "Stepanakert", "city", "AZ", 39.8153, 46.7519, 55_000, "curated"),
    _place("cur:shusha", "Shusha", "city", "AZ", 39.7583, 46.7486, 4_000, "curated"),
    _place("g:tartar", "Tartar", "city", "AZ", 40.34, 46.93, 20_400),
    _place("g:lachin", "Laçın", "city", "AZ", 39.64, 46.55, 2_300),
    _place("g:lac", "Lac", "admin1", "TD", 13.82, 14.45, 430_000),
    _place("g:kalbajar", "Kalbajar", "city", "AZ", 40.10, 46.04, 8_400),
    _place("g:vardenis", "Vardenis", "city", "AM", 40.18, 45.73, 12_600),
    _place("g:dubai", "Dubai", "city", "AE", 25.08, 55.31, 3_400_000),
    _place("g:vladimir", "Vladimir", "city", "RU", 56.13, 40.40, 350_000),
    _place("g:armenioi", "Armenioi", "city", "GR", 35.25, 24.45, 600),
    _place("cur:square", "Republic Square", "landmark", "AM", 40.18, 44.51, 0, "curated"),
]
ABROAD_ALIASES = {
    "c:AM": ["Армения", "Arménie", "Ermenistan", "Ermənistan"],
    "c:AZ": ["Азербайджан", "Azerbaïdjan", "Azərbaycan", "Ադրբեջան"],
    "c:UA": ["Украина"],
    "cur:nk": ["Нагорный Карабах", "Карабах", "Qarabağ", "Արցախ"],
    "cur:stepanakert": ["Степанакерт", "Ստեփանակերտ", "Xankəndi"],
    "cur:shusha": ["Шуша", "Shushi", "Շուշի"],
    "g:tartar": ["Тертер", "Tərtər", "Terter"],
    "g:lachin": ["Лачин", "Lachin", "Laçın"],
    "g:kalbajar": ["Kelbajar", "Кельбаджар"],
    "g:vardenis": ["Варденис"],
    "g:dubai": ["Dabei", "Дубай"],
    "g:vladimir": ["Владимир"],
    "g:armenioi": ["Армении"],
    "cur:square": ["Hraparak"],
}


@pytest.fixture(scope="module")
def abroad():
    from geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.from_places(ABROAD, ABROAD_ALIASES)
    return gazetteer, build_name_index(gazetteer)


def read(abroad, text, lang):
    gazetteer, index = abroad
    return [(m.text, m.candidates[0]) for m in
            recognize(Article("a", "a.txt", text), index, gazetteer, lang=lang) if m.candidates]


def test_russian_names_are_found_in_every_case(abroad):
    text = "Обстрел в Степанакерте, беженцы из Шуши, граница с Азербайджаном и Арменией."
    assert read(abroad, text, "ru") == [("Степанакерте", "cur:stepanakert"),
                                        ("Шуши", "cur:shusha"), ("Азербайджаном", "c:AZ"),
                                        ("Арменией", "c:AM")]


def test_a_russian_adjective_and_noun_decline_together(abroad):
    assert read(abroad, "Бои в Нагорном Карабахе продолжаются.", "ru") == [
        ("Нагорном Карабахе", "cur:nk")]


def test_a_declined_form_is_the_important_place_not_a_village_named_like_it(abroad):
    # "Армении" is the genitive of Armenia, and also a Greek village's name as written.
    assert read(abroad, "Премьер-министр Армении заявил, что", "ru") == [("Армении", "c:AM")]


def test_a_russian_district_adjective_names_its_seat_before_a_division_word(abroad):
    text = "Обстрелу подвергся поселок Тертерского района. Журналисты «Кавказского узла»."
    assert read(abroad, text, "ru") == [("Тертерского", "g:tartar")]


def test_cyrillic_names_without_a_cyrillic_entry_are_read_in_latin_letters(abroad):
    assert read(abroad, "Колонна прошла через Kelbajar и Кельбаджар.", "ru") == [
        ("Kelbajar", "g:kalbajar"), ("Кельбаджар", "g:kalbajar")]


def test_armenian_case_endings_and_articles(abroad):
    text = "Ստեփանակերտում և Շուշիում, Արցախի մայրաքաղաքը, Ադրբեջանի զինուժը"
    assert read(abroad, text, "hy") == [("Ստեփանակերտում", "cur:stepanakert"),
                                        ("Շուշիում", "cur:shusha"), ("Արցախի", "cur:nk"),
                                        ("Ադրբեջանի", "c:AZ")]


def test_azerbaijani_endings_written_on_the_name(abroad):
    text = "Ermənistanın silahlı qüvvələri Tərtərdə və Qarabağdakı kəndləri atəşə tutub."
    assert read(abroad, text, "az") == [("Ermənistanın", "c:AM"), ("Tərtərdə", "g:tartar"),
                                        ("Qarabağdakı", "cur:nk")]


def test_a_name_as_written_is_not_read_as_a_shorter_name_plus_an_ending(abroad):
    # "Laçın" is Lachin, not Chad's Lac with a genitive ending.
    assert read(abroad, "Laçın şəhəri və Laçın rayonu boşaldılır.", "az") == [
        ("Laçın", "g:lachin"), ("Laçın", "g:lachin")]


def test_turkish_endings_after_an_apostrophe_leave_the_name_alone(abroad):
    assert read(abroad, "Azerbaycan, Terter'e ve Ermenistan'ın sınırına", "tr") == [
        ("Azerbaycan", "c:AZ"), ("Terter", "g:tartar"), ("Ermenistan", "c:AM")]


def test_french_elision_before_a_name(abroad):
    text = "Le conflit entre l’Arménie et l'Azerbaïdjan, la défaite d'Arménie."
    assert read(abroad, text, "fr") == [("Arménie", "c:AM"), ("Azerbaïdjan", "c:AZ"),
                                        ("Arménie", "c:AM")]


def test_an_elided_article_is_no_name_in_english(abroad):
    assert read(abroad, "The d'Arménie quarter of town.", "en") == []


def test_french_and_german_spellings_of_transliterated_names(abroad):
    assert read(abroad, "Les habitants de Chouchi et la ville de Latchine.", "fr") == [
        ("Chouchi", "cur:shusha"), ("Latchine", "g:lachin")]
    assert read(abroad, "Die Stadt Kelbadschar liegt nahe Latschin.", "de") == [
        ("Kelbadschar", "g:kalbajar"), ("Latschin", "g:lachin")]


def test_a_common_word_of_the_language_that_is_a_place_name_needs_a_place_position(abroad):
    # "Dabei" (thereby) opens a German sentence; it is an alternate name of Dubai.
    assert read(abroad, "Dabei wurden zwei Soldaten verletzt.", "de") == []


def test_a_party_or_an_agency_named_after_a_country_is_no_place(abroad):
    text = "Партия Возрождающая Армения и агентство Новости-Армения, Интерфакс-Украина."
    assert read(abroad, text, "ru") == []


def test_a_first_name_in_cyrillic_before_a_surname_is_a_person(abroad):
    assert read(abroad, "Президент России Владимир Путин заявил.", "ru") == []


def test_a_name_before_a_newspapers_word_is_the_newspapers(abroad):
    assert read(abroad, "Bu barədə Hraparak qəzeti yazır, Hraparak meydanında isə.", "az") == [
        ("Hraparak", "cur:square")]


def test_a_name_placed_once_is_the_place_at_its_other_uses_in_the_article(small):
    # "the Khojavend bombing" alone reads like "the Red Cross"; after "rockets hit
    # Khojavend" it is that town. A newspaper's name stays a name.
    text = ("Rockets hit Khojavend on Monday. A man died in the Khojavend bombing. The "
            "Khojavend Times reported it.")
    assert names(small, text) == ["Khojavend", "Khojavend"]
    assert names(small, "A man died in the Khojavend bombing.") == []


def test_a_name_inside_a_word_joined_by_an_apostrophe_is_no_place(small):
    # "Moa'mineen": letters after the apostrophe make one longer word; a possessive does not.
    assert names(small, "Fighters left the Jaish al Goris'mineen group on Monday.") == []
    assert names(small, "Goris's mayor spoke on Monday.") == ["Goris"]


def test_the_first_names_are_kept_in_the_cache_folder_and_read_back_the_same(tmp_path,
                                                                            monkeypatch):
    from geo import recognize

    monkeypatch.setattr(recognize, "_WORD_LISTS_FOLDER", [tmp_path])
    read = recognize._read_first_names(recognize._first_names_file())
    recognize._first_names.cache_clear()
    try:
        assert recognize._first_names() == read and "vladimir" in read
        (kept_file,) = tmp_path.glob("first-names-*.pickle")
        recognize._first_names.cache_clear()
        assert recognize._first_names() == read  # now from the kept file
        kept_file.write_bytes(b"damaged")
        recognize._first_names.cache_clear()
        assert recognize._first_names() == read  # read from the list again, not trusted
    finally:
        recognize._first_names.cache_clear()


def test_names_listed_before_a_plural_site_word_after_the_are_places(small):
    # a defence ministry's "the X, Y and Z directions": fronts named after their towns
    assert names(small, "The enemy fired on our positions in the Martuni and Khojavend "
                        "directions.") == ["Martuni", "Khojavend"]
    assert names(small, "The enemy fired on our positions in the Khojavend and Martuni "
                        "directions.") == ["Khojavend", "Martuni"]


def test_a_common_word_after_the_town_of_is_the_town(small):
    # (the town's word before "of" is as good as a locative: "around the town of Police")
    assert names(small, "Fighting flared around the town of Police on Monday.") == ["Police"]
    assert names(small, "Police said the town hall reopened.") == []


def test_a_word_that_is_a_minor_place_s_own_name_is_no_misspelling_of_a_town_abroad():
    # "Catatumbo", a Colombian region and a Venezuelan municipality, is two edits from
    # "Catumbo", another name of Calumbo in Angola: a known name, it is no misspelling.
    from pathlib import Path

    from geo.gazetteer import default_cache_dir, load_gazetteer
    from geo.recognize import load_name_index

    gazetteer = load_gazetteer(Path(__file__).parent.parent / "gazetteer",
                               cache_dir=default_cache_dir())
    index = load_name_index(gazetteer, default_cache_dir())
    text = "In the northeastern Catatumbo region, clashes near Tibu killed six fighters."
    mentions = recognize(Article("a", "a.txt", text), index, gazetteer)
    assert all("gn:2242906" not in m.candidates for m in mentions)  # (Calumbo)


def test_a_town_s_press_club_is_a_hall_in_the_town_not_a_newspaper(small):
    text = ("Activists held a sit-in outside the Stepanakert Press Club; the Stepanakert Press "
            "reported it.")
    assert names(small, text) == ["Stepanakert"]


def test_an_unknown_name_a_distance_is_measured_from_is_kept_for_the_user(small):
    mentions = found(small, "Herders clashed in villages about 20 km east of Kornidzar.")
    assert [(m.text, m.candidates) for m in mentions] == [("Kornidzar", ())]
    # (a distance with no bearing: "about 8 km from X")
    mentions = found(small, "Gunmen raided a hamlet about 8 km from Kornidzar.")
    assert [(m.text, m.candidates) for m in mentions] == [("Kornidzar", ())]


def test_the_agency_in_brackets_after_a_dateline_s_date_is_no_place(small):
    # (an agency's letters may spell a place's name: a wire named after a state)
    text = "BAKU, Aug 28 (Jordan) — Officials in Ganja counted the damage after the strike."
    assert {m.text: m.role for m in found(small, text)} == {"BAKU": "dateline",
                                                          "Ganja": "mention"}


def test_a_town_before_its_military_base_is_the_town():
    # "the X base", "the X military base": a site at the town, as "the X checkpoint" is.
    places = [Place("g:faya", "Faya-Largeau", "city", "TD", 17.92, 19.11, 13_000, "Borkou")]
    gazetteer = Gazetteer.from_places(places)
    fixture = gazetteer, build_name_index(gazetteer)
    assert names(fixture, "Troops left the Faya-Largeau military base.") == ["Faya-Largeau"]
    assert names(fixture, "Troops left the Faya-Largeau base.") == ["Faya-Largeau"]


def test_a_word_after_a_before_village_is_no_name_of_one(small):
    # "a Fulani hamlet" is a hamlet of Fulani people; "Besi village" is a village's name.
    text = "On Sunday, gunmen attacked a Fulani hamlet and Besi village near Goris."
    assert [m.text for m in found(small, text) if not m.candidates] == ["Besi"]


def test_a_name_before_a_landmarks_capitalised_word_is_the_landmarks(small):
    # "Freedom Square", "Goris Street": a square or a street named after it, no place.
    text = "Crowds gathered near Goris Square and marched down Shusha Street to Stepanakert."
    assert names(small, text) == ["Stepanakert"]


def test_a_name_shown_to_be_an_unknown_place_is_that_place_wherever_it_is_written_again(small):
    text = ("Gunmen attacked the village of Kornidzar on Saturday. On Sunday families left "
            "Kornidzar for Goris; Kornidzar Road was closed.")
    assert [m.text for m in found(small, text) if not m.candidates] == ["Kornidzar", "Kornidzar"]
