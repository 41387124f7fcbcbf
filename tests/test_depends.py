"""What an article's result depends on in the gazetteer, and which articles an edit reaches.

The results cache keeps an article through an edit of the gazetteer unless the edit changes
a name the article could name (`geo.depends`). That is sound only if every look-up the
stages make for an article is of a name its record covers: the test below parses real
articles (English, and six other languages in four scripts) with a gazetteer and a name
index that record every question asked of them, the stages' caches emptied before each
article so that no answer comes from an earlier one, and checks each question against the
article's record.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from pathlib import Path

import pytest

from geo import depends, recognize, resolve
from geo.corpus import read_corpus
from geo.depends import ChangedNames, _first_form, article_names, text_forms
from geo.gazetteer import default_cache_dir, load_gazetteer
from geo.gazetteer_base import capital_keys
from geo.model import Article
from geo.pipeline import run_article
from geo.recognize import NameIndex, load_name_index
from geo.text import name_key

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
MARK = "\x01"


def test_a_text_records_the_first_words_of_the_names_it_could_contain():
    forms = text_forms("Shells hit N'Djamena and the U.S. base; Armenia's army left "
                       "Stepanakert-Khankendi. In l'Arménie, O’Brien said.")
    assert {"shells", "n", "ndjamena", "u", "us", "armenia", "armenias", "stepanakert",
            "khankendi", "in", "armenie", "obrien", "o"} <= forms
    assert not {"hit", "and", "the", "base", "army", "said", "l"} & forms



def test_typographic_quotes_and_dashes_leave_the_record_as_the_letters_give_it():
    # (Such text is read by the regex of plain ASCII once its other characters are folded;
    # these are the records the reading character by character gave.)
    assert text_forms("“Shelling” hit O’Brien’s G.B. base near Rouge Hill — ‘Pine’ Road…") == {
        "b", "brien", "briens", "g", "gb", "hill", "o", "obrien", "obriens", "pine", "road",
        "rouge", "shelling"}
    # After "ʼ", a letter that folds to an apostrophe, a word starts in the folding only.
    assert text_forms("Troops left ‘Ayn’ – xʼAbc and «Tal»") == {"abc", "ayn", "tal", "troops"}
    assert text_forms("Shells hit G.B. and 9B in O'Brien") == {
        "b", "brien", "g", "gb", "o", "obrien", "shells"}
    # A capital outside ASCII, or a letter beyond English's: read character by character.
    assert text_forms("Troops left ‘Ayn’ and Évry; xʼAbc") == {
        "abc", "ayn", "evry", "troop", "troops"}


def test_an_edited_name_reaches_the_articles_that_could_name_it():
    record = article_names(Article("a", "a.txt", "Shelling hit Tartar and Gorisville."), [])
    assert ChangedNames(["tartar"]).reach(record)
    assert ChangedNames(["gorisville"]).reach(record)
    assert ChangedNames(["the tartar"]).reach(record)  # "the tartar" is also found as "Tartar"
    assert not ChangedNames(["ganja", "barda"]).reach(record)
    assert not ChangedNames([]).reach(record)
    assert ChangedNames(["ganja"]).reach(None)  # no record: parsed again


def test_a_misspelt_word_is_reached_by_the_names_it_may_be_read_as():
    record = article_names(Article("a", "a.txt", "Shells fell on Stepanakerd at dawn."), [])
    assert ChangedNames(["stepanakert"]).reach(record)
    assert not ChangedNames(["stepanovka"]).reach(record)


# --- soundness on real articles ------------------------------------------------------------


class _RecordingMapping(Mapping):
    def __init__(self, mapping: Mapping, asked: set[str]):
        self._mapping, self._asked = mapping, asked

    def __getitem__(self, key):
        self._asked.add(key)
        return self._mapping[key]

    def __contains__(self, key):
        self._asked.add(key)
        return key in self._mapping

    def get(self, key, default=None):
        self._asked.add(key)
        return self._mapping.get(key, default)

    def __iter__(self):
        raise AssertionError("a stage walked every demonym while parsing an article")

    def __len__(self):
        return len(self._mapping)


class RecordingGazetteer:
    """The gazetteer, writing down every name key, place id and country it is asked about."""

    def __init__(self, gazetteer):
        self._gazetteer = gazetteer
        self.keys: set[str] = set()
        self.ids: set[str] = set()
        self.countries: set[str] = set()
        # Demonyms asked about ("armenian" for "Armenians"): an edit of one changes the
        # answers for it and for it with an "s" (see `Gazetteer.key_signature`).
        self.demonym_keys: set[str] = set()

    def candidates(self, name):
        self.keys.add(name_key(name))
        return self._gazetteer.candidates(name)

    def has_name_key(self, key):
        self.keys.add(key)
        return self._gazetteer.has_name_key(key)

    def curated_places(self, name):
        self.keys.add(name_key(name))
        return self._gazetteer.curated_places(name)

    def curated_name(self, place_id, name):
        self.keys.add(name_key(name))
        return self._gazetteer.curated_name(place_id, name)

    def get(self, place_id):
        self.ids.add(place_id)
        return self._gazetteer.get(place_id)

    def names_of(self, place_id):
        self.ids.add(place_id)
        return self._gazetteer.names_of(place_id)

    def demonyms(self):
        return _RecordingMapping(self._gazetteer.demonyms(), self.demonym_keys)

    def capital(self, country):
        self.countries.add(country)
        return self._gazetteer.capital(country)

    def __getattr__(self, name):
        raise AssertionError(f"a stage asked the gazetteer for {name!r}, which this test "
                             "does not watch: add it")


class RecordingAutomaton:
    """The name index's automaton, writing down every name asked for by its text."""

    def __init__(self, automaton):
        self._automaton = automaton
        self.asked: set[str] = set()

    def __len__(self):
        return len(self._automaton)

    def __contains__(self, marked):
        self.asked.add(marked)
        return marked in self._automaton

    def get(self, marked, *default):
        self.asked.add(marked)
        return self._automaton.get(marked, *default)

    def match(self, prefix):
        self.asked.add(prefix)
        return self._automaton.match(prefix)

    def iter(self, text, start=0):
        return self._automaton.iter(text, start)


def _clear_stage_caches() -> None:
    """Empty every cache of the recogniser and the resolver that is kept per gazetteer."""
    for module in (recognize, resolve, depends):
        for value in vars(module).values():
            wrapped = getattr(value, "__wrapped__", None)
            if wrapped is not None and hasattr(value, "cache_clear") and (
                    "gazetteer" in inspect.signature(wrapped).parameters):
                value.cache_clear()


def _articles() -> list[Article]:
    articles = [a for a in read_corpus(ROOT / "corpus") if isinstance(a, Article)]
    for name in ("news-dev", "news-multi-dev"):
        docs = EVAL / name / "docs"
        if docs.is_dir():
            articles += [a for a in read_corpus(docs) if isinstance(a, Article)][:18]
    return articles


@pytest.fixture(scope="module")
def world():
    gazetteer = load_gazetteer(ROOT / "gazetteer", cache_dir=default_cache_dir())
    return gazetteer, load_name_index(gazetteer, default_cache_dir())


def test_every_question_the_stages_ask_of_the_gazetteer_is_covered_by_the_record(world):
    gazetteer, index = world
    articles = _articles()
    assert len(articles) >= 20
    capitals: dict[str, set[str]] = {}
    for code, key in capital_keys():
        capitals.setdefault(code, set()).add(key)
    missed = []
    for article in articles:
        _clear_stage_caches()
        asking = RecordingGazetteer(gazetteer)
        automaton = RecordingAutomaton(index.automaton)
        result = run_article(article, asking, NameIndex(automaton, index.fuzzy_keys))
        record = result.depends
        assert record == article_names(article, result.mentions)
        for key in asking.keys | {k for c in asking.countries for k in capitals.get(c, ())}:
            if key and not ChangedNames([key]).reach(record):
                missed.append((article.article_id, "key", key))
        for key in asking.demonym_keys:
            if not ChangedNames([key, f"{key}s"]).reach(record):
                missed.append((article.article_id, "demonym", key))
        for marked in automaton.asked:
            first = marked.strip(MARK).split(MARK)[0]
            if first and _first_form(first) not in record.split("\n")[0].split("\t"):
                missed.append((article.article_id, "index", marked))
        reachable = {p.place_id for key in asking.keys for p in gazetteer.candidates(key)}
        reachable |= {gazetteer.demonyms().get(key) for key in asking.demonym_keys}
        missed += [(article.article_id, "id", i) for i in asking.ids - reachable]
    assert missed == []
    # (And the questions were asked: the recording saw the stages at work.)
    assert len(articles) > 20
