"""Languages: which language an article is in, each language's data, and the events stage
reading Russian, Turkish, Azerbaijani, French, Spanish and German.

Every sentence here was written for these tests; places are made by hand and mentions found
with str.find, so that each test pins language data and nothing of recognition.
"""

import importlib
import re

import numpy as np
import pytest

from geo import language, pipeline
from geo.dates import PartialDate, calendar
from geo.events import extract_events, lexicon
from geo.lang import SUPPORTED, language_name, supports
from geo.language import article_language, detect
from geo.model import Article, Mention, Place
from geo.recognize import build_name_index
from geo.text import fold
from tests.places import ALIASES, DEMONYMS, PLACES

EVENT_LANGUAGES = ("en", "ru", "tr", "az", "fr", "es", "de", "hy")

# --- Language identification


@pytest.mark.parametrize(("text", "code"), [
    ("Артиллерия обстреляла окраины города ночью, сообщили местные власти. Жители провели "
     "ночь в подвалах, а утром начали разбирать завалы.", "ru"),
    ("Ermenistan ordusu gece boyunca sınır köylerini top ateşine tuttu. Köylerde evler hasar "
     "gördü ve sakinler sığınaklara indi.", "tr"),
    ("Ermənistan silahlı qüvvələri gecə ərzində sərhəd kəndlərini atəşə tutub. Kəndlərdə "
     "evlərə ziyan dəyib, sakinlər sığınacaqlara köçürülüb.", "az"),
    ("Հրետանին գիշերը հրթիռակոծել է քաղաքի ծայրամասերը, հայտնում են տեղական իշխանությունները։",
     "hy"),
    ("Les tirs d'artillerie ont visé les faubourgs de la ville pendant la nuit, selon les "
     "autorités locales. Les habitants ont passé la nuit dans les caves.", "fr"),
    ("La artillería bombardeó las afueras de la ciudad durante la noche, según las autoridades "
     "locales. Los vecinos pasaron la noche en los sótanos.", "es"),
    ("Die Artillerie hat in der Nacht die Vororte der Stadt beschossen, teilten die örtlichen "
     "Behörden mit. Die Bewohner verbrachten die Nacht in Kellern.", "de"),
    ("Artillery shelled the outskirts of the town overnight, local officials said. Residents "
     "spent the night in basements and began clearing the rubble in the morning.", "en"),
])
def test_an_article_s_language_is_identified(text, code):
    assert detect(text) == code


@pytest.mark.parametrize("text", [
    "On 3 June 2021, gunmen attacked Kagoro in Zangon Kataf LGA (Kaduna) and killed two.",
    "Shelling in Martuni.",
    "",
    "2020-10-04 12:30",
])
def test_a_short_or_name_laden_latin_text_falls_back_on_english(text):
    assert detect(text) == "en"


def test_a_terse_english_report_is_english_without_the_model(monkeypatch):
    # Most of what geo reads is English; the model is left for what is not plainly so, and
    # a terse report of names and numbers is plainly English by its commonest words.
    def no_model():
        raise AssertionError("the model was asked")

    monkeypatch.setattr(language, "_identifier", no_model)
    assert detect("On 12 June 2021, unknown gunmen fired two mortar rounds at the police post "
                  "near Sahlabad village in Tartar district. No casualties were reported by "
                  "local officials.") == "en"


@pytest.mark.parametrize(("text", "code"), [("Обстрел Мартуни", "ru"), ("Մարտունին", "hy")])
def test_a_short_text_in_another_script_falls_back_on_its_script(text, code):
    assert detect(text) == code


def test_an_article_is_read_from_its_title_and_the_beginning_of_its_body():
    body = "Артиллерия обстреляла окраины города ночью, сообщили местные власти. " * 50
    assert article_language("Shelling overnight", body) == "ru"


def test_the_model_s_mapped_copy_answers_as_the_package_s_own_and_replaces_stale_copies(
        tmp_path, monkeypatch):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    stale = tmp_path / "langid-1-2.npz"
    stale.write_bytes(b"an older copy")
    monkeypatch.setattr(language, "_MODEL_FOLDER", [tmp_path])
    language._identifier.cache_clear()
    try:
        mapped = language._identifier()
    finally:
        language._identifier.cache_clear()
    package = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    package.set_languages(language._candidates(package.nb_classes))
    assert isinstance(mapped.nb_ptc, np.memmap)
    assert not stale.exists() and len(list(tmp_path.glob("langid-*.npy"))) == 6
    samples = ["Les tirs ont visé la ville.", "Обстрел города", "Shelling in the town.",
               "Ermənistan silahlı qüvvələri", "La artillería bombardeó", ""]
    for sample in samples:
        assert mapped.classify(sample) == pytest.approx(package.classify(sample))


def test_a_language_is_named_in_english_and_its_parts_are_known():
    assert (language_name("ru"), language_name("hy")) == ("Russian", "Armenian")
    assert supports("ru", "events") and supports("hy", "events") and supports("hy", "dates")
    assert not supports("hy", "actors") and not supports("it", "dates")


# --- Each language's data: the names of English's, compiled, folded


def _names(module):
    return {name for name in dir(module) if name.isupper() and not name.startswith("_")}


@pytest.mark.parametrize("code", [c for c in SUPPORTED if c != "en"])
def test_a_language_s_calendar_has_every_name_of_english_s_and_compiles(code):
    english = importlib.import_module("geo.lang.en.dates")
    assert _names(english) <= _names(language_language(code).dates)
    assert calendar(code).explicit


@pytest.mark.parametrize("code", [c for c in EVENT_LANGUAGES if c != "en"])
def test_a_language_s_event_words_have_every_name_of_english_s_and_compile(code):
    for part in ("words", "triggers"):
        english = importlib.import_module(f"geo.lang.en.{part}")
        assert _names(english) - {"NEVER"} <= _names(getattr(language_language(code), part))
    lex = lexicon(code)
    assert lex.TRIGGERS and all(pattern.pattern for pattern, _ in lex.TRIGGER_PATTERNS)


# Sets the assertion rules read from the words as written (lower case, accents kept).
_AS_WRITTEN = {"TITLES", "BEFORE_NUMBERS", "NEVER_LAST", "SENTENCE_STARTERS", "OPEN_END",
               "CLAUSE_BREAK", "NEGATORS", "ENDERS", "MODALS", "NOT", "HABITS", "AND",
               "AUXILIARIES", "TO", "BE", "MAKES_INFINITIVE_REAL", "BEGIN_VERBS", "NOUN_ENDINGS",
               "WHERE_OPENING"}


@pytest.mark.parametrize("code", [c for c in EVENT_LANGUAGES if c != "en"])
def test_patterns_over_folded_text_are_written_folded(code):
    """A letter that folding changes ("й", "ş", "é", "ä") could never match folded text."""
    package = language_language(code)
    texts = [row[0] for row in package.triggers.TRIGGERS]
    for name in _names(package.words) - _AS_WRITTEN:
        value = getattr(package.words, name)
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, (frozenset, dict)):
            texts += [str(item) for item in value]
        elif isinstance(value, tuple):
            texts += [item[0] if isinstance(item, tuple) else item for item in value]
    for text in texts:
        plain = re.sub(r"\\[A-Za-z]|\(\?P[<=]\w*>?", "", text)
        assert all(fold(c) == c for c in plain if c.isalpha()), text


def language_language(code):
    return importlib.import_module(f"geo.lang.{code}")


# --- The events stage in each language


def _place(place_id, name, kind="city", country="AZ", lat=39.8, lon=46.75):
    return Place(place_id, name, kind, country, lat, lon, 0, "", "geonames")


TOWNS = {"Мартуни": "Martuni", "Martuni": "Martuni", "Մարտունի": "Martuni",
         "Ստեփանակերտ": "Stepanakert", "Terter": "Tartar", "Tərtər": "Tartar",
         "Stepanakert": "Stepanakert", "Степанакерт": "Stepanakert"}


def events_of(text, lang, published="2020-10-04"):
    return [(e.event_type, e.sub_event_type, e.place.name if e.place else "", e.date.iso)
            for e in _events(text, lang, published)]


def _events(text, lang, published="2020-10-04"):
    mentions = []
    for written, name in TOWNS.items():
        for found in re.finditer(rf"(?<!\w){re.escape(written)}", text):
            mentions.append(Mention("a", found.start(), found.end(), written, "mention",
                                    _place(f"g:{name}", name), 1.0))
    mentions.sort(key=lambda m: m.start)
    article = Article("a", "a.txt", text, published=published)
    return extract_events(article, mentions, PartialDate.from_iso(published), lang=lang)


SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(("lang", "sentence", "town", "iso"), [
    ("ru", "27 сентября армянские войска обстреляли Мартуни из артиллерии.", "Martuni",
     "2020-09-27"),
    ("ru", "Вчера Степанакерт подвергся массированному обстрелу.", "Stepanakert", "2020-10-03"),
    ("tr", "Ermeni güçleri 2 Ekim'de Terter'i top ateşine tuttu.", "Tartar", "2020-10-02"),
    ("az", "Ermənistan silahlı qüvvələri oktyabrın 2-də Tərtəri artilleriyadan atəşə tutub.",
     "Tartar", "2020-10-02"),
    ("fr", "Le 2 octobre, Stepanakert a été bombardée par l'artillerie.", "Stepanakert",
     "2020-10-02"),
    ("es", "Stepanakert fue bombardeada por la artillería el 2 de octubre.", "Stepanakert",
     "2020-10-02"),
    ("de", "Am 2. Oktober wurde Martuni mit Artillerie beschossen.", "Martuni", "2020-10-02"),
    ("hy", "Հոկտեմբերի 2-ին հակառակորդը հրետակոծել է Մարտունի քաղաքը։", "Martuni",
     "2020-10-02"),
    ("hy", "Երեկ հրթիռակոծվել է Ստեփանակերտը։", "Stepanakert", "2020-10-03"),
])
def test_a_shelling_of_a_named_town_on_a_date_is_read_in_each_language(lang, sentence, town,
                                                                        iso):
    assert events_of(sentence, lang) == [(*SHELLING, town, iso)]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("ru", "Армия не обстреливала Мартуни."),
    ("ru", "Армянская сторона якобы обстреляла Мартуни."),
    ("tr", "Ermeni güçleri Terter'i bombalamadı."),
    ("fr", "L'armée n'a pas bombardé Stepanakert."),
    ("es", "El ejército no bombardeó Stepanakert."),
    ("de", "Die Armee hat Martuni nicht beschossen."),
    ("hy", "Բանակը չի հրետակոծել Մարտունին։"),
    ("hy", "Մարտունին չհրետակոծվեց։"),
])
def test_a_denied_or_negated_shelling_is_no_event(lang, sentence):
    assert events_of(sentence, lang) == []


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("ru", "Жители Мартуни покинули свои дома.", ("Displacement", "Displacement")),
    ("ru", "В среду беспилотник нанес удар по Мартуни.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("fr", "Les habitants de Martuni ont fui leurs maisons.", ("Displacement", "Displacement")),
    ("de", "Bei einem Drohnenangriff auf Martuni wurden zwei Zivilisten getötet.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("es", "Un ataque con drones alcanzó Martuni.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("hy", "Մարտունի քաղաքը ենթարկվել է ավիառմբակոծության։",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("hy", "Ստեփանակերտի բնակիչները լքել են իրենց տները։", ("Displacement", "Displacement")),
])
def test_the_type_of_an_event_is_read_in_each_language(lang, sentence, expected):
    assert [e[:2] for e in events_of(sentence, lang)] == [expected]


def test_the_dead_a_russian_sentence_counts_are_its_event_s_fatalities():
    article = Article("a", "a.txt", "Вчера в Мартуни в результате обстрела погибли трое "
                                    "мирных жителей.", published="2020-10-04")
    mention = Mention("a", 8, 15, "Мартуни", "mention", _place("g:m", "Martuni"), 1.0)
    events = extract_events(article, [mention], PartialDate(2020, 10, 4), lang="ru")
    assert [(e.place.name, e.date.iso, e.fatalities) for e in events] == [
        ("Martuni", "2020-10-03", 3)]


@pytest.mark.parametrize(("lang", "text", "dead"), [
    # one dead told by a verb in the singular, with no count (Russian)
    ("ru", "Вчера в Мартуни погиб военнослужащий.", 1),
    ("ru", "Армянский военнослужащий погиб вчера в Мартуни при обстреле.", 1),
    ("ru", "Вчера в Мартуни при обстреле мирный житель получил смертельное ранение.", 1),
    # ... but a count ending in one takes the singular too, and a day's date is no count
    ("ru", "Вчера в Мартуни 21 военнослужащий погиб при обстреле.", 21),
    ("ru", "2 октября военнослужащий погиб в Мартуни при обстреле.", 1),
    # the count before the people ("трое военнослужащих погибли")
    ("ru", "Вчера при обстреле Мартуни трое армянских военнослужащих погибли.", 3),
    # Turkish and Azerbaijani verbs of death in the tenses of a report told after
    ("tr", "Terter yakınlarında dün yaşanan çarpışmada üç asker hayatını kaybetmiş.", 3),
    ("tr", "Terter yakınlarındaki mevzilere dün düzenlenen saldırıda 5 asker şehit olmuştu.", 5),
    ("tr", "Terter yakınlarındaki çarpışmada dün 2 asker yaralı oldu.", None),
    ("az", "Dünən Tərtər yaxınlığında baş verən atışmada iki hərbi qulluqçu həlak olub.", 2),
    # a count spelt out again in brackets, and an Armenian verb before its count
    ("tr", "Dün Terter'de çıkan çatışmada 1 (bir) askerin öldüğü bildirildi.", 1),
    ("az", "Dünən Tərtər şəhərinə raket zərbəsi nəticəsində 19 (on doqquz) dinc sakin həlak "
           "olub.", 19),
    ("hy", "Երեկ Մարտունի քաղաքի մերձակայքում մարտերում զոհվել է 2 (երկու) զինծառայող։", 2),
    ("hy", "Երեկ Մարտունի քաղաքում երեք ոստիկան զոհվել է։", 3),
    # (a toll since a day is the war's, no event's)
    ("az", "Dünən Tərtər şəhərinə raket zərbəsi endirilib, sentyabrın 27-dən bəri 90 dinc sakin "
           "həlak olub.", None),
    # no one hurt in the event's own sentence, in words of no death
    ("hy", "Երեկ հրթիռակոծվել է Ստեփանակերտը, տուժածներ չկան։", 0),
    # no one hurt, in the words of each language, in the sentence after the event
    ("hy", "Երեկ հրթիռակոծվել է Ստեփանակերտը։ Զոհեր ու վիրավորներ չկան։", 0),
    ("az", "Dünən axşam Tərtər şəhəri minaatanlardan atəşə tutulub. Yaralanan olmayıb.", 0),
    ("tr", "Dün gece Terter'in merkezi topçu ateşiyle ateşe tutuldu. Bakanlık, can kaybı "
           "olmadığını duyurdu.", 0),
])
def test_the_dead_are_counted_in_the_words_of_each_language(lang, text, dead):
    assert [e.fatalities for e in _events(text, lang)][:1] == [dead]


def test_a_turkish_name_with_a_case_ending_is_where_its_trigger_happened():
    assert events_of("Dün Terter'de top atışları sonucu iki sivil öldürüldü.", "tr") == [
        (*SHELLING, "Tartar", "2020-10-03")]


# --- The pipeline: an article's language, and a language without event words


@pytest.fixture(scope="module")
def small():
    from geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.from_places(PLACES, ALIASES, demonyms=DEMONYMS)
    return gazetteer, build_name_index(gazetteer)


def test_an_article_s_language_travels_with_its_result(small):
    text = ("Артиллерия обстреляла окраины Степанакерта ночью, сообщили местные власти. Жители "
            "провели ночь в подвалах.")
    result = pipeline.run_article(Article("a", "a.txt", text), *small)
    assert result.lang == "ru" and result.notes == ("in Russian (ru)",)
    english = pipeline.run_article(Article("b", "b.txt", "Shells hit Stepanakert on Monday, "
                                                        "officials said."), *small)
    assert english.lang == "en" and english.notes == ()


def test_a_language_without_event_words_says_so():
    assert pipeline.language_notes("it") == (
        "in Italian (it), whose dates and events geo does not read yet",)


def test_a_russian_list_of_settlements_gives_one_event_at_each():
    text = "Вчера армия подвергла артиллерийскому обстрелу город Мартуни и поселок Степанакерт."
    assert sorted(events_of(text, "ru")) == [(*SHELLING, "Martuni", "2020-10-03"),
                                             (*SHELLING, "Stepanakert", "2020-10-03")]


def test_russian_tried_is_not_tortured():
    assert events_of("Военные пытались провести работы у Мартуни.", "ru") == []


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Après la guerre de 2020, Stepanakert a perdu des habitants."),
    ("es", "Tras la guerra de 2020, Stepanakert perdió habitantes."),
    ("de", "Nach dem Krieg von 2020 verlor Stepanakert Einwohner."),
    ("tr", "Stepanakert, iki ülkenin 2020'de girdiği 7 hafta süren savaştan sonra boşaldı."),
])
def test_a_war_named_by_its_year_is_a_battle_of_that_year(lang, sentence):
    assert ("Battles", "Armed clash", "2020") in [(e[0], e[1], e[3]) for e in
                                                  events_of(sentence, lang, "2023-09-20")]


@pytest.mark.parametrize(("lang", "sentence", "dead"), [
    ("fr", "Au cours des combats, 2.317 combattants ont été tués.", 2317),
    ("en", "At least 1,200 people were killed.", 1200),
    ("en", "Two soldiers were killed and 1.5 tonnes of arms seized.", 2),
])
def test_thousands_are_read_grouped_by_a_comma_or_a_stop(lang, sentence, dead):
    from geo.events.fatalities import fatalities

    assert fatalities(sentence, lang) == dead


def test_a_turkish_army_entering_a_town_handed_over_is_a_transfer_not_an_occupation():
    text = ("Ateşkes anlaşması gereği Ermeni birlikleri Martuni'yi terk ediyor. Azerbaycan "
            "ordusu 28 yıldır Ermeni işgalinde olan Martuni'ye girdi.")
    assert ("Strategic developments", "Non-violent transfer of territory", "Martuni",
            "2020-10-04") in events_of(text, "tr")
    assert not [e for e in events_of("Martuni yıllarca işgal altında kaldı.", "tr")
                if e[1] == "Government regains territory"]


@pytest.mark.parametrize("sentence", [
    "Gemäß dem Abkommen hat Aserbaidschan die Kontrolle über den Bezirk um Martuni von Armenien "
    "übernommen.",
    "Gemäß dem Abkommen war bereits der Bezirk Martuni an Aserbaidschan übergegangen.",
])
def test_a_german_handover_of_a_district_is_a_transfer(sentence):
    assert [e[:3] for e in events_of(sentence, "de")] == [
        ("Strategic developments", "Non-violent transfer of territory", "Martuni")]


def test_what_was_to_happen_in_german_did_not():
    assert events_of("Ursprünglich sollte die Übergabe des Bezirks Martuni am 15. November "
                     "erfolgen.", "de") == []


def test_turkish_clashes_that_stopped_are_no_new_clash():
    assert events_of("Şu anda Martuni'de çatışmalar durdu.", "tr") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Das Ministerium meldete den Beschuss seiner Armeestellungen bei Martuni.",
     ("Battles", "Armed clash")),
    ("Die Positionen der Armee bei Martuni wurden beschossen.", ("Battles", "Armed clash")),
    ("Martuni wurde mit Artillerie beschossen.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
])
def test_german_fire_on_positions_is_a_clash_unless_heavy_weapons_fired(sentence, expected):
    assert [e[:2] for e in events_of(sentence, "de")] == [expected]


def test_a_french_name_before_ou_is_where_the_event_of_its_clause_happened():
    text = ("Le village de Martuni, où a eu lieu l'accrochage selon Erevan, se situe au sud "
            "de Stepanakert.")
    assert [e[2] for e in events_of(text, "fr")] == ["Martuni"]


def test_a_turkish_place_may_stand_far_before_its_verb():
    text = ("Martuni kentinin merkezi ve çevresindeki köyler sabah saatlerinde Ermeni güçleri "
            "tarafından top ateşine tutuldu.")
    assert [e[2] for e in events_of(text, "tr")] == ["Martuni"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("tr", "Ermenistan ordusunun Martuni kentine füzelerle saldırması sonucu 4 sivil öldü."),
    ("az", "Ermənistan ordusu Gəncə şəhərini raketlərlə atəşə tutub."),
])
def test_a_missile_attack_on_a_town_is_remote_violence_not_a_mob(lang, sentence):
    # "Gence", "Gəncə" (Ganja) begin like "genç", young: no mob of youths here.
    assert [e[0] for e in events_of(sentence, lang)] == ["Explosions/Remote violence"]


def test_what_french_says_is_still_to_come_did_not_happen():
    assert events_of("Dans les prochaines heures, le district de Martuni sera remis à "
                     "l'Azerbaïdjan.", "fr") == []


def test_the_french_battlefield_named_is_no_battle():
    assert events_of("Défaite sur le terrain des combats, l'armée se replie vers Martuni.",
                     "fr") == []


@pytest.mark.parametrize("sentence", [
    "Prokurorluq döyüş şəraitində istintaq-əməliyyat tədbirləri görür.",
    "İşğalçı ölkənin qoşunları Tərtər yaxınlığında mövqe tutub.",
])
def test_azerbaijani_settings_and_epithets_are_no_events(sentence):
    # combat conditions, investigative measures, "the occupying country": no event told
    assert events_of(sentence, "az") == []


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "Malgré les combats, les habitants de Martuni tentent de vivre."),
    ("es", "A pesar de los combates, los vecinos de Martuni siguen allí."),
    ("de", "Trotz der Kämpfe bleiben die Bewohner von Martuni."),
    ("az", "Ailələrin əksəriyyəti Tərtərə deyil, Bakıya köçüb."),
])
def test_fighting_only_referred_to_and_a_place_denied_are_no_events(lang, sentence):
    assert [e for e in events_of(sentence, lang) if e[2]] == []


def test_clashes_of_the_following_days_are_another_event_than_the_one_told_before():
    text = ("12 Temmuz'da Terter yakınındaki mevzilere topçu desteğiyle bir saldırı "
            "yapılmıştı.\n\nO çatışmada iki asker ölmüş, üç asker yaralanmıştı.\n\nSonraki "
            "günlerde süren çatışmalarda beş asker daha şehit düştü.")
    assert [event[3] for event in events_of(text, "tr")] == ["2020-07-12", "2020"]


def test_common_german_nouns_and_the_compass_are_no_places():
    # Every German noun is capitalised: "mit Artillerie", "mehrere Häuser" and "im Norden"
    # name no hamlet and no town, where "im Bezirk Agdam" names one.
    from geo.gazetteer import Gazetteer
    from geo.recognize import recognize

    places = [_place("g:artillerie", "Artillerie", country="FR", lat=45.0, lon=1.0),
              _place("g:hauser", "Häuser", country="AT", lat=47.0, lon=13.0),
              Place("g:norden", "Norden", "city", "DE", 53.6, 7.2, 25_000, "", "geonames"),
              _place("g:agdam", "Agdam")]
    gazetteer = Gazetteer.from_places(places)
    text = ("Armenische Einheiten hätten heute Morgen ein Dorf im Bezirk Agdam mit Artillerie "
            "beschossen, mehrere Häuser seien beschädigt. Im Norden der Region wurde gekämpft.")
    found = recognize(Article("a", "a.txt", text), build_name_index(gazetteer), gazetteer, "de")
    assert [m.text for m in found if m.candidates] == ["Agdam"]


def test_a_german_drone_that_struck_before_its_name_is_a_drone_strike():
    text = "Am Sonntagabend traf eine Kamikaze-Drohne einen Kleinbus in der Nähe von Martuni."
    assert [e[:3] for e in events_of(text, "de")] == [
        ("Explosions/Remote violence", "Air/drone strike", "Martuni")]


@pytest.mark.parametrize("sentence", [
    "По данным Минобороны, с 27 сентября погибли более 1300 военнослужащих.",
    "Всего, по данным омбудсмена, с начала операции в Мартуни погибли 27 человек.",
])
def test_the_russian_dead_since_a_day_or_an_operation_began_are_a_toll(sentence):
    assert [e[:3] for e in _events_with_dead(sentence, "ru")] == []


def _events_with_dead(text, lang):
    return [(e.event_type, e.place.name if e.place else "", e.fatalities)
            for e in _events(text, lang) if e.fatalities]


def test_every_languages_pattern_names_the_groups_englishs_does():
    # The logic reads a pattern's named groups ("own" of REFERENCE): a language that lacks
    # one failed the whole article ("no such group").
    english = lexicon("en")
    for code in SUPPORTED:
        if code == "en":
            continue
        words = lexicon(code)
        for name in dir(english):
            ours, theirs = getattr(english, name), getattr(words, name, None)
            if name.isupper() and hasattr(ours, "groupindex") and getattr(
                    theirs, "groupindex", None):
                assert set(ours.groupindex) <= set(theirs.groupindex), (code, name)


@pytest.mark.parametrize(("text", "lang"), [
    ("El lunes las tropas rechazaron un ataque cerca de la aldea de Talish. Murió un soldado.",
     "es"),
    ("Am Montag wehrten die Truppen einen Angriff bei dem Dorf Talysch ab. Ein Soldat wurde "
     "getötet.", "de"),
    ("Lundi, les troupes ont repoussé une attaque près de ce village de Talych. Un soldat a "
     "été tué.", "fr"),
])
def test_an_article_that_refers_to_a_village_the_gazetteer_lacks_is_read(text, lang):
    # ("de la aldea de X", "bei dem Dorf X": a reference read for a name no table holds)
    assert [e[:2] for e in events_of(text, lang)] == [("Battles", "Armed clash")]


def test_a_village_named_after_the_languages_word_for_one_is_a_name_the_gazetteer_lacks():
    from geo.gazetteer import Gazetteer
    from geo.recognize import recognize

    gazetteer = Gazetteer.from_places([_place("g:agdam", "Agdam")])
    text = ("Armenische Einheiten hätten heute Morgen das Dorf Gusanly im Bezirk Agdam mit "
            "Artillerie beschossen, teilte das Ministerium mit.")
    found = recognize(Article("a", "a.txt", text), build_name_index(gazetteer), gazetteer, "de")
    assert [m.text for m in found if not m.candidates] == ["Gusanly"]
