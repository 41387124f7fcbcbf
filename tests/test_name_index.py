"""The name index of the base with the curated names laid over it answers as a whole build.

An edit of the curated files must cost in proportion to the rows it touches: the big index
is built from the base alone, once, and the curated rows are a small second automaton over
it (`geo.recognize.overlay_name_index`). Each test makes an edit and compares the overlaid
index with `build_name_index` of the edited gazetteer, word for word, prefix for prefix,
and by what the recogniser finds with each.
"""

from __future__ import annotations

import pickle

import pytest

from geo.curated import Alias, Curated, CuratedPlace, Demonym, Removal
from geo.gazetteer import Gazetteer, _MemoryBase
from geo.model import Article
from geo.recognize import (
    NameIndex,
    OverlaidAutomaton,
    build_name_index,
    load_name_index,
    overlay_name_index,
    recognize,
)
from tests.places import ALIASES, DEMONYMS, PLACES

TEXTS = [
    "Artillery shells hit Stepanakert on Tuesday, and Khankendi was quiet by night.",
    "Residents of Shusha fled towards Armenia; the Armenian side said Goris was calm.",
    "A drone struck a depot near Moscow, Idaho. Officials in the U.S. and the US said so.",
    "Talks in Paris, Texas, ended; Paris itself saw protests. Ga. and Georgia too.",
    "Fighting near Martuni and Khojavend went on. Shells fell on Martunni at dawn.",
    "Shelling in Manchestr and Manchester; the Gorisville road and the Xyz-Ville market.",
    "Troops entered Gorisville and X.V. yesterday. The Goris garrison left for Yerevan.",
    "Georgians and Azerbaijanis met in The Hague; the Hague court said the Philippines.",
    "Protests in Pskov, Benson (Minnesota) and Mobile. Nice and Police were calm.",
]


def _place(place_id: str, name: str = "", kind: str = "", country: str | None = None,
           lat: float | None = None, lon: float | None = None, population: int | None = None,
           names: tuple[str, ...] = (), same_as: str = "") -> CuratedPlace:
    return CuratedPlace(place_id, name, kind, country, lat, lon, population, None, None, names,
                        same_as, "test", "curated", ("places.tsv", 2))


def _alias(place_id: str, name: str) -> Alias:
    return Alias(place_id, name, "test", ("aliases.tsv", 2))


DEMONYM_ROWS = [Demonym(d, pid, "", "test", ("demonyms.tsv", 2)) for d, pid in DEMONYMS.items()]

# Each edit is the curated layer over the small base: the shipped demonyms and aliases,
# plus the edit.
EDITS = {
    "nothing": {},
    "an alias with a new name": {"aliases": [_alias("g:goris", "Gorisville")]},
    "an alias of a name another place has": {"aliases": [_alias("g:khojavend", "Martuni")]},
    "an alias with 'the'": {"aliases": [_alias("g:goris", "the Goris")]},
    "an abbreviation": {"aliases": [_alias("c:GE", "GE")]},
    "a move of a base town": {"places": {"g:martuni-am": _place("g:martuni-am", lat=40.2,
                                                                  lon=45.4)}},
    "a move of a major town": {"places": {"g:manchester": _place("g:manchester", lat=53.5,
                                                                   lon=-2.3)}},
    "a removal": {"removed": {"g:manchester": Removal("g:manchester", "", "test",
                                                      ("removed.tsv", 2))}},
    "a removal of an abbreviated place": {"removed": {"c:US": Removal("c:US", "", "test",
                                                                      ("removed.tsv", 2))}},
    "a removal that hands a short name to another key": {
        "removed": {"c:US": Removal("c:US", "", "test", ("removed.tsv", 2))},
        "aliases": [_alias("a:US.GA", "the US")]},
    "two new keys of one pattern": {"aliases": [_alias("c:GE", "GE"), _alias("c:GE", "the Ge")]},
    "a new place with a short name": {"places": {"cur:xv": _place(
        "cur:xv", "Xyz-Ville", "city", "AZ", 40.0, 47.0, 5_000, names=("XV", "Xyzville"))}},
    "a place the same as another": {"places": {"g:paris-tx": _place("g:paris-tx",
                                                                    same_as="g:paris")}},
    "a new demonym": {"demonyms": [Demonym("Georgian", "c:GE", "", "test", ("d.tsv", 3))]},
}


def _gazetteer(edit: dict, base: _MemoryBase) -> Gazetteer:
    curated = Curated(places=dict(edit.get("places", {})),
                      aliases=list(edit.get("aliases", [])),
                      removed=dict(edit.get("removed", {})),
                      demonyms=DEMONYM_ROWS + list(edit.get("demonyms", [])))
    return Gazetteer(base, curated)


def _words(automaton) -> dict[str, tuple]:
    """Every word of an automaton, or of an overlaid one as it answers, with its value."""
    if isinstance(automaton, OverlaidAutomaton):
        words = {w: v for w, v in automaton.base.items() if w not in automaton.hidden}
        if len(automaton.overlay):
            words.update(automaton.overlay.items())
        return words
    return dict(automaton.items())


def assert_same_index(overlaid: NameIndex, whole: NameIndex) -> None:
    words = _words(whole.automaton)
    assert _words(overlaid.automaton) == words
    for word, value in words.items():
        assert word in overlaid.automaton and overlaid.automaton.get(word) == value
        for end in range(1, len(word)):
            assert overlaid.automaton.match(word[:end]) == whole.automaton.match(word[:end])
    assert {bucket: (b.keys, b.letter_sets.tolist())
            for bucket, b in overlaid.fuzzy_keys.items()} == {
        bucket: (b.keys, b.letter_sets.tolist()) for bucket, b in whole.fuzzy_keys.items()}


def _found(index: NameIndex, gazetteer: Gazetteer) -> list:
    return [[(m.start, m.end, m.text, m.role, m.candidates)
             for m in recognize(Article(f"t{n}", f"t{n}.txt", text), index, gazetteer)]
            for n, text in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def base():
    return _MemoryBase(PLACES, ALIASES)


@pytest.fixture(scope="module")
def base_index(base):
    return build_name_index(Gazetteer(base))


@pytest.mark.parametrize("edit", list(EDITS), ids=list(EDITS))
def test_an_overlaid_index_answers_as_a_whole_build_after(edit, base, base_index):
    gazetteer = _gazetteer(EDITS[edit], base)
    whole = build_name_index(gazetteer)
    overlaid = overlay_name_index(base_index, gazetteer)
    assert_same_index(overlaid, whole)
    assert _found(overlaid, gazetteer) == _found(whole, gazetteer)


def test_an_edit_changes_a_few_words_of_the_overlay_only(base, base_index):
    gazetteer = _gazetteer(EDITS["an alias with a new name"], base)
    overlaid = overlay_name_index(base_index, gazetteer).automaton
    assert isinstance(overlaid, OverlaidAutomaton) and overlaid.base is base_index.automaton
    # The new name, and the demonyms (which only the curated files give).
    assert len(overlaid.overlay) < 40
    assert "\x01gorisville\x01" in overlaid


def test_the_base_index_is_cached_once_per_base_and_other_ones_are_removed(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    for stale in ("names-0000-111.pickle", "names-aaaa-222.pickle"):
        (cache / stale).write_bytes(b"an index of another base or code")
    base = _MemoryBase(PLACES, ALIASES)
    base.fingerprint = "test-base"  # (a memory base is otherwise never cached)
    for number in range(10):  # ten edits in turn
        edit = {"aliases": [_alias("g:goris", f"Gorisville {number}")]}
        gazetteer = _gazetteer(edit, base)
        index = load_name_index(gazetteer, cache)
        assert "\x01gorisville\x01" + str(number) + "\x01" in index.automaton
        assert "\x01gorisville\x01" + str(number - 1) + "\x01" not in index.automaton
    (only,) = cache.glob("names-*.pickle")
    assert only.name.startswith("names-test-base-")
    with only.open("rb") as handle:
        assert isinstance(pickle.load(handle), NameIndex)


def test_two_workers_starting_at_once_build_the_index_once(tmp_path, monkeypatch):
    import threading

    import geo.recognize as recognize_module

    builds = []
    real_build = recognize_module.build_name_index

    def counted(gazetteer, progress=None):
        builds.append(1)
        return real_build(gazetteer, progress)

    monkeypatch.setattr(recognize_module, "build_name_index", counted)
    base = _MemoryBase(PLACES, ALIASES)
    base.fingerprint = "test-base"  # (a memory base is otherwise never cached)
    started = threading.Barrier(2)
    indexes = []

    def load():
        started.wait()
        indexes.append(load_name_index(Gazetteer(base), tmp_path))

    threads = [threading.Thread(target=load) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(indexes) == 2 and len(builds) == 1
    assert _found(indexes[0], Gazetteer(base)) == _found(indexes[1], Gazetteer(base))
    assert [p.name for p in tmp_path.glob("names-*.pickle")] == [
        p.name for p in tmp_path.glob("names-test-base-*.pickle")]


def test_the_index_build_tells_its_progress_and_that_it_happens_once(base):
    told: list[tuple[int, int, str]] = []
    build_name_index(Gazetteer(base), lambda done, total, what: told.append((done, total, what)))
    assert told and told[-1][0] == told[-1][1] > 0
    assert all("once" in what for _, _, what in told)
