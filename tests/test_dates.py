"""Dates: an article's own date, and the date of the event a sentence reports."""

import pytest

from geo.dates import PartialDate, article_date, date_expressions, event_date, page_day
from geo.model import Article

SUNDAY = PartialDate(2020, 10, 4)  # 4 October 2020 was a Sunday


def article(text="Body text.", **fields):
    return Article("a", "a.txt", text, **fields)


# --- PartialDate


@pytest.mark.parametrize(("date", "iso", "precision"), [
    (PartialDate(2020, 11, 7), "2020-11-07", "day"),
    (PartialDate(2020, 11), "2020-11", "month"),
    (PartialDate(2020), "2020", "year"),
    (PartialDate(), "", "unknown"),
])
def test_a_partial_date_says_only_what_it_knows(date, iso, precision):
    assert (date.iso, date.precision) == (iso, precision)


@pytest.mark.parametrize(("text", "expected"), [
    ("2020-10-04T09:45:00+04:00", PartialDate(2020, 10, 4)),
    ("2020-10", PartialDate(2020, 10)),
    ("1994", PartialDate(1994)),
    ("2021-02-30", PartialDate()),
    ("yesterday", PartialDate()),
    ("", PartialDate()),
])
def test_iso_text_is_read_as_far_as_it_is_valid(text, expected):
    assert PartialDate.from_iso(text) == expected


# --- article_date


def test_metadata_comes_first():
    found = article("Headline\nPublished: 2023-09-20\n", published="2021-03-02",
                    url="https://example.org/2019/01/01/x")
    assert article_date(found) == PartialDate(2021, 3, 2)


@pytest.mark.parametrize("byline", [
    "OCTOBER 4, 2020 09:45",
    "By Jane Doe | 4 Oct 2020",
    "Published: 2020-10-04",
    "Oct. 4, 2020",
    "Sunday, October 4, 2020",
])
def test_a_byline_near_the_top_dates_the_article(byline):
    text = f"Rockets fall on the old town\n{byline}\n\nThe first paragraph starts here."
    assert article_date(article(text)) == SUNDAY


def test_a_date_inside_the_first_sentence_is_not_a_byline():
    text = "Title\n\nOn 27 September 2020 the army began an offensive that lasted for weeks."
    assert article_date(article(text)) == PartialDate()


def test_published_beats_updated_on_the_byline():
    text = "Title\nUpdated: 6 Oct 2020\nFirst published: 4 Oct 2020\n\nBody."
    assert article_date(article(text)) == SUNDAY


def test_the_byline_comes_before_the_url():
    text = "Title\nBy A. Writer | 4 Oct 2020\n\nBody."
    assert article_date(article(text, url="https://example.org/2020/10/01/x")) == SUNDAY


@pytest.mark.parametrize(("url", "expected"), [
    ("https://news.example/world/2020/10/04/shelling", SUNDAY),
    ("https://news.example/world/shelling-2020-10-04", SUNDAY),
    ("https://news.example/world/2020/oct/04/shelling", SUNDAY),
    ("https://news.example/world/2020/10/shelling", PartialDate(2020, 10)),
    ("https://news.example/world/story-12345", PartialDate()),
])
def test_a_date_in_the_url(url, expected):
    assert article_date(article(url=url)) == expected


@pytest.mark.parametrize("line", ["© 2019 Some Paper", "(c) 2019", "Copyright 2015-2019 X Ltd"])
def test_a_copyright_line_gives_the_year_only(line):
    assert article_date(article(f"Body text.\n\n{line}")) == PartialDate(2019)


def test_a_wire_dateline_without_a_year_borrows_it_from_the_copyright_line():
    text = "BAKU, Oct 4 (Wire) - Shells fell on the city.\n\n© 2020 Wire"
    assert article_date(article(text)) == SUNDAY


def test_no_date_anywhere_is_unknown():
    assert article_date(article("Shells fell on the city.")) == PartialDate()


# --- event_date: relative expressions


@pytest.mark.parametrize(("sentence", "iso"), [
    ("The depot burned on Thursday.", "2020-10-01"),
    ("Drones struck the bridge on Sunday night.", "2020-10-04"),  # the article's own day
    ("Two villages were shelled last Sunday.", "2020-09-27"),  # strictly before
    ("The market was hit yesterday.", "2020-10-03"),
    ("Sirens sounded this morning.", "2020-10-04"),
    ("The column left two days ago.", "2020-10-02"),
    ("The road was closed last month.", "2020-09"),
    ("The talks collapsed last year.", "2019"),
    ("Fighting flared last week.", "2020-09"),  # 21-27 September
    ("The school was hit over the weekend.", "2020-10"),  # 3-4 October
    # (a week across two months is its middle day's month, as a coder dates it)
    ("Power failed earlier this week.", "2020-09"),  # 28 September - 3 October
])
def test_relative_expressions_count_back_from_the_article(sentence, iso):
    assert event_date(sentence, SUNDAY).iso == iso


@pytest.mark.parametrize(("sentence", "iso"), [
    ("Officials said on Thursday that shells hit the market overnight.", "2020-10-01"),
    ("Officials said on Thursday that the market had been hit two days ago.", "2020-09-29"),
    ("Officials said on Sunday that shells hit the market overnight.", "2020-10-04"),
])
def test_a_day_told_from_a_dated_statement_counts_from_it(sentence, iso):
    # (a report filed on Sunday of what officials said on Thursday)
    assert event_date(sentence, SUNDAY).iso == iso


@pytest.mark.parametrize(("sentence", "iso"), [
    ("Thousands fled the town in the early 1990s.", "1991"),
    ("The town was rebuilt in the mid-1990s.", "1995"),
    ("The town was shelled in the 1990s.", "1990"),
])
def test_a_decade_is_known_to_the_year_that_stands_for_it(sentence, iso):
    assert event_date(sentence, SUNDAY).iso == iso


def test_a_coarse_article_date_keeps_only_what_it_knows():
    assert event_date("The bridge was shelled on Thursday.", PartialDate(2020)).iso == "2020"
    assert event_date("The bridge was shelled yesterday.", PartialDate(2020, 10)).iso == "2020-10"
    assert event_date("The bridge was shelled yesterday.", PartialDate()).iso == ""


def test_a_sentence_with_no_date_takes_the_article_date():
    assert event_date("Shells hit the bridge.", SUNDAY) == SUNDAY


# --- event_date: explicit dates


@pytest.mark.parametrize(("sentence", "iso"), [
    ("The convoy arrived on 14 March.", "2020-03-14"),
    ("Troops entered the town on October 2.", "2020-10-02"),
    ("The strike of 14 November killed five.", "2019-11-14"),  # months after: the year before
    ("The town changed hands in 1994.", "1994"),
    ("Clashes erupted in April 2016 along the line.", "2016-04"),
    ("Sept. 27, 2020 saw the first strikes.", "2020-09-27"),
    ("The camp was set up on December 12 last year.", "2019-12-12"),
    ("Exchanges of fire resumed in May.", "2020-05"),
])
def test_explicit_dates_override_the_article_date(sentence, iso):
    assert event_date(sentence, SUNDAY).iso == iso


def test_a_day_and_month_without_any_year_is_unknown():
    assert event_date("The convoy arrived on 14 March.", PartialDate()).iso == ""


def test_a_since_date_dates_the_state_only_when_nothing_else_does():
    assert event_date("The corridor has been closed since December 2019.", SUNDAY).iso == "2019-12"
    sentence = "The road, closed since May, reopened on Friday."
    assert event_date(sentence, SUNDAY).iso == "2020-10-02"


def test_a_time_compared_with_never_dates_the_event():
    sentence = "Unlike the war of 1994, the new clashes spread to the north."
    assert event_date(sentence, SUNDAY) == SUNDAY


def test_the_end_of_a_span_told_from_its_start_never_dates_the_event():
    roles = [e.role for e in date_expressions(
        "She was mayor from 4 May 2018 to 23 February 2020.", SUNDAY)]
    assert roles == ["start", "until"]
    assert [e.role for e in date_expressions("The shelling went on till Friday.", SUNDAY)] == [
        "event"]


def test_the_day_of_what_began_a_state_is_its_start():
    roles = [e.role for e in date_expressions(
        "The town has been shelled daily since fighting resumed on 27 September.", SUNDAY)]
    assert roles == ["since"]
    # (but the day a superlative counts from is a comparison's: "the worst strike since
    # fighting resumed on 27 September" was not on 27 September)
    roles = [e.role for e in date_expressions(
        "It was the worst strike since fighting resumed on 27 September.", SUNDAY)]
    assert roles == ["contrast"]


def test_the_day_of_a_statement_dates_the_event_only_as_a_last_resort():
    assert event_date("Officials said on Friday that the bridge fell.", SUNDAY).iso == "2020-10-02"
    sentence = "The bridge fell on Thursday, officials said on Saturday."
    assert event_date(sentence, SUNDAY, sentence.index("fell")).iso == "2020-10-01"


def test_a_date_opening_a_report_of_what_had_happened_is_the_day_it_was_said():
    said = "On Friday, the minister confirmed that troops had entered the town."
    assert [e.role for e in date_expressions(said, SUNDAY)] == ["said"]
    told = "On Friday, troops entered the town."
    assert [e.role for e in date_expressions(told, SUNDAY)] == ["event"]


def test_a_night_or_span_of_days_is_dated_by_its_first_day():
    for sentence, day in (("Shells hit the town on the night of 2-3 October.", "2020-10-02"),
                          ("Shells hit the town on the night of 2-3 October 2020.",
                           "2020-10-02"),
                          ("Shells hit the town overnight into Friday.", "2020-10-02")):
        assert [e.date.iso for e in date_expressions(sentence, SUNDAY)][-1:] == [day]


@pytest.mark.parametrize("sentence", [
    "KILISAR, Oct. 2 (Wire) - Shells hit the town on Thursday.",
    # (a story filed from two cities)
    "KILISAR/GORIS, Oct. 2 — Shells hit the town on Thursday.",
    # (a city qualified by its region)
    "KILISAR, Nagorno-Karabakh, Oct. 2 (Wire) - Shells hit the town on Thursday.",
])
def test_a_wire_dateline_s_day_is_the_day_the_report_was_filed(sentence):
    assert [e.role for e in date_expressions(sentence, SUNDAY)] == ["said", "event"]


def test_a_day_without_its_year_takes_the_year_of_a_day_told_with_one_before_it():
    sentence = "On 20 November 2020 the units entered the district, as agreed on 10 November."
    assert [e.date.iso for e in date_expressions(sentence, PartialDate(2023, 12, 1))] == [
        "2020-11-20", "2020-11-10"]
    # (the nearest such day, across the turn of a year)
    sentence = "On 30 December 2020 troops shelled the town, and on 2 January the village."
    assert [e.date.iso for e in date_expressions(sentence, PartialDate(2023, 12, 1))] == [
        "2020-12-30", "2021-01-02"]


def test_of_several_dates_the_nearest_to_the_trigger_governs():
    sentence = "Talks on 1 October failed; then artillery opened up on 3 October."
    assert event_date(sentence, SUNDAY, sentence.index("artillery")).iso == "2020-10-03"
    assert event_date(sentence, SUNDAY, sentence.index("Talks")).iso == "2020-10-01"
    assert event_date(sentence, SUNDAY).iso == "2020-10-01"  # no trigger: the first


@pytest.mark.parametrize("sentence", [
    "About 4,000 people fled the valley.",
    "Resolution No. 2020 was read out.",
    "Some 2000 people crossed the bridge.",
    "Inflation reached 2019.5 points.",
    "The war of 2031 is a novel's invention.",  # after the article: not plausible
    "The number 1850 was painted on the gate.",
])
def test_numbers_that_are_not_years_are_not_dates(sentence):
    assert date_expressions(sentence, SUNDAY) == []


def test_may_the_verb_is_not_may_the_month():
    assert event_date("Troops may advance.", SUNDAY) == SUNDAY
    assert event_date("Troops advanced in May.", SUNDAY).iso == "2020-05"


# --- Other languages: month and weekday names in their forms, day-month order, relative days


@pytest.mark.parametrize(("lang", "sentence", "iso"), [
    ("ru", "Обстрел начался 27 сентября 2020 года.", "2020-09-27"),
    ("ru", "Город обстреляли 2 октября.", "2020-10-02"),
    ("ru", "В сентябре 2020 года начались бои.", "2020-09"),
    ("ru", "Бои шли в сентябре.", "2020-09"),
    ("ru", "В ОКТЯБРЕ город обстреляли.", "2020-10"),
    ("ru", "Вчера город обстреляли.", "2020-10-03"),
    ("ru", "Позавчера город обстреляли.", "2020-10-02"),
    ("ru", "В среду город обстреляли.", "2020-09-30"),
    ("ru", "В прошлое воскресенье город обстреляли.", "2020-09-27"),
    ("ru", "Три дня назад город обстреляли.", "2020-10-01"),
    ("ru", "Дорога закрыта с 12 декабря прошлого года.", "2019-12-12"),
    ("tr", "Terter 27 Eylül 2020'de bombalandı.", "2020-09-27"),
    ("tr", "Terter 2 Ekim'de bombalandı.", "2020-10-02"),
    ("tr", "27 EYLÜL 2020 tarihinde savaş başladı.", "2020-09-27"),
    ("tr", "Eylül ayında çatışmalar başladı.", "2020-09"),
    ("tr", "Dün gece Terter bombalandı.", "2020-10-03"),
    ("tr", "Cuma günü Terter bombalandı.", "2020-10-02"),
    ("tr", "Geçen pazar Terter bombalandı.", "2020-09-27"),
    ("tr", "İki gün önce Terter bombalandı.", "2020-10-02"),
    ("az", "8 oktyabr 2020-ci il tarixində Goranboy atəşə tutulub.", "2020-10-08"),
    ("az", "Oktyabrın 2-də Tərtər atəşə tutulub.", "2020-10-02"),
    ("az", "2020-ci il oktyabrın 2-də Tərtər atəşə tutulub.", "2020-10-02"),
    ("az", "Sentyabrda döyüşlər başlayıb.", "2020-09"),
    ("az", "Dünən Tərtər atəşə tutulub.", "2020-10-03"),
    ("fr", "Le 27 septembre 2020, la guerre a éclaté.", "2020-09-27"),
    ("fr", "Le 1er octobre, la ville a été bombardée.", "2020-10-01"),
    ("fr", "En septembre, les combats ont repris.", "2020-09"),
    ("fr", "Hier, la ville a été bombardée.", "2020-10-03"),
    ("fr", "Jeudi dernier, la ville a été bombardée.", "2020-10-01"),
    ("fr", "La ville a été bombardée il y a deux jours.", "2020-10-02"),
    ("es", "El 27 de septiembre de 2020 estalló la guerra.", "2020-09-27"),
    ("es", "La ciudad fue bombardeada el 2 de octubre.", "2020-10-02"),
    ("es", "Ayer la ciudad fue bombardeada.", "2020-10-03"),
    ("es", "El viernes la ciudad fue bombardeada.", "2020-10-02"),
    ("es", "Hace tres días la ciudad fue bombardeada.", "2020-10-01"),
    ("de", "Am 27. September 2020 begann der Krieg.", "2020-09-27"),
    ("de", "Die Stadt wurde am 2. Oktober beschossen.", "2020-10-02"),
    ("de", "Gestern wurde die Stadt beschossen.", "2020-10-03"),
    ("de", "Am Freitagabend wurde die Stadt beschossen.", "2020-10-02"),
    ("de", "Im September begannen die Kämpfe.", "2020-09"),
    ("de", "Am 27.09.2020 begann der Krieg.", "2020-09-27"),
    ("hy", "2020 թ. հոկտեմբերի 2-ին քաղաքը ռմբակոծվել է։", "2020-10-02"),
    ("hy", "Հոկտեմբերի 2-ին քաղաքը ռմբակոծվել է։", "2020-10-02"),
    ("hy", "Երեկ քաղաքը ռմբակոծվել է։", "2020-10-03"),
    ("hy", "Սեպտեմբերին մարտերը սկսվեցին։", "2020-09"),
])
def test_dates_are_read_in_other_languages(lang, sentence, iso):
    assert event_date(sentence, SUNDAY, lang=lang).iso == iso


@pytest.mark.parametrize(("lang", "sentence"), [
    ("tr", "Pazar yerinde patlama oldu."),  # "pazar" is also a market
    ("ru", "Выбросы загрязняют окружающую среду."),  # "среда" is also the environment
    ("hy", "Մարտերը շարունակվում են։"),  # "մարտ" is also a battle
    ("de", "Die Stadt wird montags beschossen."),  # a habit, no day
    ("fr", "Les combats ont duré sept jours."),  # "sept" is seven, not September
])
def test_a_word_that_is_also_a_calendar_name_dates_nothing(lang, sentence):
    assert event_date(sentence, SUNDAY, lang=lang) == SUNDAY


def test_a_since_written_after_its_date_makes_it_a_since():
    roles = [e.role for e in date_expressions("Yol 12 Aralık'tan beri kapalı.", SUNDAY, "tr")]
    assert roles == ["since"]
    roles = [e.role for e in date_expressions("Yol 12 dekabrdan bəri bağlıdır.", SUNDAY, "az")]
    assert roles == ["since"]


def test_a_year_of_birth_written_after_the_year_never_dates_the_event():
    sentence = "Погиб военнослужащий 1982 года рождения."
    assert [e.role for e in date_expressions(sentence, SUNDAY, "ru")] == ["life"]
    assert event_date(sentence, SUNDAY, lang="ru") == SUNDAY


def test_numeric_day_first_dates_are_read_where_the_language_writes_them():
    assert event_date("Обстрел 27.09.2020 разрушил школу.", SUNDAY, lang="ru").iso == "2020-09-27"
    assert event_date("Shelling on 27.09.2020 hit a school.", SUNDAY) == SUNDAY  # not English


def test_an_article_s_byline_is_read_in_its_language():
    text = "Заголовок\nОпубликовано: 4 октября 2020\n\nТекст статьи."
    assert article_date(article(text), "ru") == SUNDAY


@pytest.mark.parametrize("sentence", [
    "On Friday, dock workers blocked the road to denounce the cut in their pay for the month of "
    "August.",
    "On Friday, the opposition protested against the vote set for 12 November.",
])
def test_the_time_a_thing_is_of_never_dates_the_event(sentence):
    assert "period" in [e.role for e in date_expressions(sentence, SUNDAY)]
    assert event_date(sentence, SUNDAY).iso == "2020-10-02"


def test_the_span_a_date_is_known_within_in_brackets_does_not_date_the_event():
    sentence = ("Around 2 October 2020 (between 1 and 3 October), fighting between two "
                "militias displaced hundreds.")
    assert event_date(sentence, SUNDAY, sentence.index("fighting")).iso == "2020-10-02"


def test_the_time_a_superlative_counts_from_never_dates_the_event():
    sentence = ("The ministry said on Friday that six guards had died in a border clash, the "
                "deadliest incident since last year's war.")
    roles = {e.text: e.role for e in date_expressions(sentence, SUNDAY)}
    assert roles["last year"] == "contrast"
    assert event_date(sentence, SUNDAY, sentence.index("died")).iso == "2020-10-02"


def test_a_count_of_times_this_week_is_no_date():
    sentence = "Thousands of protesters filled the streets for a second time this week."
    assert date_expressions(sentence, SUNDAY) == []
    assert [e.text for e in date_expressions("Protesters marched this week.", SUNDAY)] == [
        "this week"]


def test_last_week_across_two_months_or_years_is_its_middle_days_month():
    assert event_date("Fighting flared last week.", PartialDate(2024, 2, 10)).iso == "2024-02"
    assert event_date("Fighting flared last week.", PartialDate(2021, 1, 5)).iso == "2020-12"


@pytest.mark.parametrize("line, day", [
    ("By Anna Petrova | 05 June 2021 | 10:20 | Views: 8,912", "2021-06-05"),
    ("10 November 2020, 14:25 MSK | updated 10 November 2020, 19:05 MSK", "2020-11-10"),
    # (in figures, day first where it cannot be read month first)
    ("05.06.2021 | 10:20 | Views: 8,912", "2021-06-05"),
    ("17/12/2024 — 11:35", "2024-12-17"),
    # (with a space after each dot, and a dot after the year, as Central Europe writes it)
    ("15. 8. 2025. 09:30", "2025-08-15"),
    # (a weekday's short name before it and a clock with a dot after it; a zone in Cyrillic)
    ("Sat 05 Jun 2021 18.40 BST", "2021-06-05"),
    ("05.06.2021 21:40 (МСК)", "2021-06-05"),
    # (the day a page was posted, before the time it was updated)
    ("Saturday 5 June 2021 — Last updated 23:58 BST", "2021-06-05"),
    # (year first, with slashes or dots)
    ("Published: 2021/06/05 10:31 AST", "2021-06-05"),
])
def test_a_page_s_own_day_is_read_whatever_its_metadata_says(line, day):
    text = f"THE DAILY WIRE\nHome | World\n\nA headline\n{line}\n\nBAKU — Shelling hit Ganja."
    article = Article("a", "a.txt", text, published="2021-06-12")
    assert page_day(article).iso == day


def test_a_page_s_day_wanted_within_days_before_a_day_is_read_only_in_years_it_can_be_in():
    text = "THE DAILY WIRE\nA headline\nBy Anna Petrova | 30 December 2020\n\nShelling hit Ganja."
    article = Article("a", "a.txt", text, published="2021-01-08")
    # (a week into January: the day may be in the year before)
    assert page_day(article, within_days_before=(PartialDate(2021, 1, 8), 30)).iso == \
        "2020-12-30"
    # (in March, a day 30 days before is in the same year: a page naming only 2020 has none)
    assert page_day(article, within_days_before=(PartialDate(2021, 3, 8), 30)) is None
    assert page_day(article).iso == "2020-12-30"


@pytest.mark.parametrize("sentence, years", [
    ("Thousands marched against the Finance Bill 2024 on Thursday.", []),
    ("The pavilion built for Expo 2020 was reopened.", []),
    # (but a year after a word of time, or after a month, is a date)
    ("In 2024 the war went on.", ["2024"]),
    ("Fighting resumed in May 2024.", ["2024-05"]),
])
def test_a_year_right_after_a_capitalised_word_is_part_of_a_name(sentence, years):
    published = PartialDate.from_iso("2024-06-21")
    assert [e.date.iso for e in date_expressions(sentence, published)
            if e.date.day is None] == years


def test_a_sentence_that_tells_of_an_update_after_a_date_is_no_byline():
    text = ("THE DAILY WIRE\nHome | World\n\nA headline\nThe list begun on 5 June 2021 and "
            "was updated weekly.\n\nBAKU — Shelling hit Ganja.")
    assert page_day(Article("a", "a.txt", text, published="2021-06-12")) is None


def test_a_byline_in_figures_read_either_way_is_the_reading_in_the_days_before_the_save():
    text = ("THE DAILY WIRE\nHome | World\n\nA headline\nUpdated: 04/06/2021\n\n"
            "BAKU — Shelling hit Ganja.")
    article = Article("a", "a.txt", text, published="2021-06-08")
    # (4 June on a page saved on 8 June; 6 April could not be, a month past the reach)
    assert page_day(article, within_days_before=(PartialDate(2021, 6, 8), 30)).iso == \
        "2021-06-04"
    # ... and none where both readings could be, or with no day it was saved on
    assert page_day(article, within_days_before=(PartialDate(2021, 6, 8), 90)) is None
    assert page_day(article) is None


def test_a_byline_in_figures_that_may_be_read_month_first_gives_no_day():
    text = ("THE DAILY WIRE\nHome | World\n\nA headline\n06/05/2021 | 10:20\n\n"
            "BAKU — Shelling hit Ganja.")
    assert page_day(Article("a", "a.txt", text, published="2021-06-12")) is None


def test_earlier_in_the_month_or_week_is_the_article_s_month_or_week():
    from geo.dates import PartialDate, date_expressions
    published = PartialDate.from_iso("2020-11-29")
    month = [e.date for e in date_expressions("Rockets hit Asmara earlier in the month.",
                                              published)]
    assert [(d.year, d.month, d.day) for d in month] == [(2020, 11, None)]
    assert date_expressions("Rockets hit Asmara earlier in the week.", published)


def test_a_month_a_deadline_names_lies_ahead_not_in_the_year_before():
    published = PartialDate(2024, 5, 14)
    assert [e.date.iso for e in date_expressions(
        "The mission prepares to withdraw from the province by July.", published)] == ["2024-07"]
    # (a month told without a deadline is the last one of that name)
    assert [e.date.iso for e in date_expressions(
        "The mission withdrew from the province in July.", published)] == ["2023-07"]


def test_the_day_a_superlative_counts_from_is_no_event_s():
    roles = [e.role for e in date_expressions(
        "The bombardment was the heaviest since the fighting erupted on Sept. 27.", SUNDAY)]
    assert roles == ["contrast"]
