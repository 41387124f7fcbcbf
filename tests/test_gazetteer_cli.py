"""`make_map.py gazetteer ...`: lookups, edits of the curated files, imports, geocoding.

Each test works on a copy of the shipped curated files, over the base in the default cache
folder (built once per machine).
"""

from __future__ import annotations

import argparse
import errno
import shutil
from pathlib import Path

import pytest
from fake_geocoder import fake_nominatim, nominatim_result

import geo.atomic
from geo.curated import GazetteerError
from geo.gazetteer import default_cache_dir, load_gazetteer
from geo.gazetteer_cli import add_gazetteer_parser, run_gazetteer

REPO_GAZETTEER = Path(__file__).resolve().parent.parent / "gazetteer"


@pytest.fixture
def gaz(tmp_path) -> Path:
    target = tmp_path / "gazetteer"
    shutil.copytree(REPO_GAZETTEER, target)
    return target


def run(gaz: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="make_map.py")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_gazetteer_parser(subparsers)
    args = parser.parse_args(["gazetteer", "--gazetteer", str(gaz), "--cache-dir",
                              str(default_cache_dir()), *argv])
    return run_gazetteer(args)


def snapshot(gaz: Path) -> dict[str, bytes]:
    return {str(p.relative_to(gaz)): p.read_bytes() for p in sorted(gaz.rglob("*"))
            if p.is_file()}


def load(gaz: Path):
    return load_gazetteer(gaz, cache_dir=default_cache_dir())


# --- lookup -------------------------------------------------------------------------------

def test_lookup_lists_ids_kinds_countries_populations_and_points(gaz, capsys):
    assert run(gaz, "lookup", "Moscow", "--limit", "3") == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split()[:6] == ["place_id", "kind", "cc", "population", "lat", "lon"]
    assert lines[0].split()[:4] == ["gn:524901", "city", "RU", "10,381,222"]
    assert "55.75" in lines[0] and "37.61" in lines[0]
    # Each heading stands over its column.
    assert header.index("population") + len("population") == lines[0].index("10,381,222") + len(
        "10,381,222")
    assert lines[-1].startswith("... and ")


def test_lookup_of_an_unknown_name_says_so_and_fails(gaz, capsys):
    assert run(gaz, "lookup", "Qwxzyville") == 1
    assert "no place named 'Qwxzyville'" in capsys.readouterr().out


# --- add ----------------------------------------------------------------------------------

def test_add_creates_a_place_that_lookups_then_find_and_a_rerun_changes_nothing(gaz, capsys):
    argv = ("add", "Sugovushan", "--lat", "40.23", "--lon", "46.70", "--kind", "city",
            "--country", "AZ", "--alias", "Madagiz", "--alias", "Mataghis",
            "--source", "test")
    assert run(gaz, *argv) == 0
    place = load(gaz).candidates("Madagiz")[0]
    assert (place.place_id, place.name, place.lat, place.lon, place.source) == (
        "cur:sugovushan", "Sugovushan", 40.23, 46.7, "curated")
    assert (gaz / ".backup" / "places.tsv").exists()  # the version before, where git ignores it
    assert not [p for p in gaz.iterdir() if p.name.endswith("~")]
    before = snapshot(gaz)
    assert run(gaz, *argv) == 0
    assert snapshot(gaz) == before
    assert "no change" in capsys.readouterr().out


def test_add_with_an_existing_id_and_other_values_is_refused(gaz, capsys):
    before = snapshot(gaz)
    assert run(gaz, "add", "Hadrut", "--lat", "39.6", "--lon", "47.0", "--kind", "city",
               "--country", "AZ") == 2
    error = capsys.readouterr().err
    assert "places.tsv:" in error and "place_id: cur:hadrut already exists" in error
    assert snapshot(gaz) == before


@pytest.mark.parametrize(("argv", "message"), [
    (("--lat", "95", "--lon", "46"), "lat: 95.0 is out of range"),
    (("--lat", "40", "--lon", "200"), "lon: 200.0 is out of range"),
    (("--lat", "40", "--lon", "46", "--country", "QQ"), "country: unknown country code 'QQ'"),
    (("--lat", "40", "--lon", "46", "--bbox", "1,2"), "bbox: '1,2' is not"),
    (("--lat", "40", "--lon", "46", "--alias", "A|B"), "alias: a name cannot contain '|'"),
])
def test_add_with_a_bad_argument_writes_nothing(gaz, capsys, argv, message):
    before = snapshot(gaz)
    assert run(gaz, "add", "Somewhere", "--kind", "city", *argv) == 2
    assert message in capsys.readouterr().err
    assert snapshot(gaz) == before


def test_a_bad_row_in_the_files_is_reported_with_file_line_and_field(gaz, capsys):
    with (gaz / "aliases.tsv").open("a") as handle:
        handle.write("gn:146970\t\ttest\n")
    line = (gaz / "aliases.tsv").read_text().count("\n")
    before = snapshot(gaz)
    assert run(gaz, "add", "Somewhere", "--kind", "city", "--lat", "40", "--lon", "46") == 2
    assert f"gazetteer/aliases.tsv:{line}: name: empty" in capsys.readouterr().err
    assert snapshot(gaz) == before


# --- alias, move, remove ------------------------------------------------------------------

def test_alias_by_id_and_by_unambiguous_name(gaz, capsys):
    assert run(gaz, "alias", "gn:146970", "Stepanakert-Khankendi") == 0
    assert run(gaz, "alias", "Hadrut", "Hadrut village") == 0
    world = load(gaz)
    assert world.candidates("Stepanakert-Khankendi")[0].place_id == "gn:146970"
    assert world.candidates("Hadrut village")[0].place_id == "cur:hadrut"
    before = snapshot(gaz)
    assert run(gaz, "alias", "gn:146970", "stepanakert khankendi") == 0  # same name key
    assert snapshot(gaz) == before
    assert "already a name" in capsys.readouterr().out


def test_alias_of_an_ambiguous_name_lists_the_candidates_and_writes_nothing(gaz, capsys):
    before = snapshot(gaz)
    assert run(gaz, "alias", "Moscow", "Moskva-on-the-river") == 2
    error = capsys.readouterr().err
    assert "places are named 'Moscow'; give the id" in error and "gn:524901" in error
    assert snapshot(gaz) == before


def test_move_overrides_a_base_place_and_is_idempotent(gaz, capsys):
    assert run(gaz, "move", "gn:147105", "39.7581", "46.7504", "--source", "test") == 0
    shusha = load(gaz).get("gn:147105")
    assert (shusha.lat, shusha.lon, shusha.name) == (39.7581, 46.7504, "Shusha")
    row = (gaz / "places.tsv").read_text().splitlines()[-1].split("\t")
    assert row[0] == "gn:147105" and row[1] == "" and row[-1] == "test"
    before = snapshot(gaz)
    assert run(gaz, "move", "Shushi", "39.7581", "46.7504") == 0
    assert snapshot(gaz) == before
    assert run(gaz, "move", "cur:hadrut", "39.5210", "47.0310") == 0
    assert load(gaz).get("cur:hadrut").lat == 39.521
    assert (gaz / "places.tsv").read_text().count("cur:hadrut\t") == 1  # edited in place


def test_remove_hides_a_place_and_is_idempotent(gaz, capsys):
    assert run(gaz, "remove", "gn:5601538", "--reason", "test") == 0
    assert load(gaz).get("gn:5601538") is None
    before = snapshot(gaz)
    assert run(gaz, "remove", "gn:5601538") == 0
    assert snapshot(gaz) == before
    assert run(gaz, "remove", "gn:0") == 2
    assert "no place has the id 'gn:0'" in capsys.readouterr().err


def test_an_interrupted_write_leaves_the_file_as_it_was(gaz, monkeypatch, capsys):
    before = snapshot(gaz)

    def crash(*args):
        raise OSError("power cut")

    monkeypatch.setattr(geo.atomic.os, "replace", crash)
    assert run(gaz, "alias", "gn:146970", "Stepanakert the capital") == 2
    [message] = capsys.readouterr().err.splitlines()
    assert f"error: {gaz / 'aliases.tsv'}: power cut;" in message
    after = snapshot(gaz)
    # The file is as it was; at most a backup copy of that same version was made.
    assert {k: v for k, v in after.items() if not k.startswith(".backup")} == before
    assert after.get(".backup/aliases.tsv", before["aliases.tsv"]) == before["aliases.tsv"]
    assert not [p for p in gaz.iterdir() if p.name.endswith(".tmp")]


# --- check --------------------------------------------------------------------------------

def test_check_passes_on_the_shipped_files(gaz, capsys):
    assert run(gaz, "check") == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("0 error(s)")


def test_check_reports_each_problem_and_fails_on_errors(gaz, capsys):
    with (gaz / "places.tsv").open("a") as handle:
        handle.write("cur:far\tFar\tcity\tAZ\t10.0\t10.0\t\t\t\t\t\ttest\n")
        handle.write("cur:bad\tBad\tcity\tZZ\t40\t47\t\t\t\t\t\ttest\n")
    lines = (gaz / "places.tsv").read_text().count("\n")
    assert run(gaz, "check") == 1
    out = capsys.readouterr().out
    assert f"gazetteer/places.tsv:{lines - 1}: warning: lat/lon: 10.0, 10.0 is " in out
    assert f"gazetteer/places.tsv:{lines}: country: unknown country code 'ZZ'" in out
    assert out.splitlines()[-1] == "1 error(s), 1 warning(s)"


# --- import -------------------------------------------------------------------------------

def _geonames_row(geonameid, name, lat, lon, feature_class="P", code="PPL", country="AZ",
                  admin1="", population="0", alternates=""):
    return "\t".join([str(geonameid), name, name, alternates, str(lat), str(lon), feature_class,
                      code, country, "", admin1, "", "", "", population, "", "500",
                      "Asia/Baku", "2024-01-01"])


def test_import_of_a_geonames_table_adds_places_and_a_rerun_changes_nothing(gaz, tmp_path,
                                                                            capsys):
    dump = tmp_path / "AZ.txt"
    dump.write_text("\n".join([
        _geonames_row(90000001, "Zyvakend", 39.9, 46.9, admin1="64", population="700",
                      alternates="Zyva-Kend,Zyvakend,ZVK"),
        _geonames_row(90000002, "Tiny", 39.5, 46.5, population="3"),
        _geonames_row(90000003, "Murov Dag", 40.3, 46.4, feature_class="T", code="MT"),
        _geonames_row(90000004, "Elsewhere", 41.7, 44.8, country="GE"),
    ]) + "\n")
    assert run(gaz, "import", str(dump), "--countries", "AZ", "--min-population", "100") == 0
    target = gaz / "imported" / "az.tsv"
    rows = [r.split("\t") for r in target.read_text().splitlines() if not r.startswith("#")]
    assert [r[0] for r in rows[1:]] == ["gn:90000001"]
    place = load(gaz).candidates("Zyva Kend")[0]
    assert (place.place_id, place.source, place.population) == ("gn:90000001", "geonames", 700)
    assert place.admin1 == load(gaz).get("admin1:AZ.64").name
    before = snapshot(gaz)
    assert run(gaz, "import", str(dump), "--countries", "AZ", "--min-population", "100") == 0
    assert snapshot(gaz) == before


def test_import_stops_at_a_malformed_line_and_writes_nothing(gaz, tmp_path, capsys):
    dump = tmp_path / "cities500.txt"
    dump.write_text(_geonames_row(90000001, "Good", 39.9, 46.9) + "\n"
                    + _geonames_row(90000002, "Bad", 95.0, 46.9) + "\n")
    before = snapshot(gaz)
    assert run(gaz, "import", str(dump)) == 2
    assert f"{dump}:2: lat: 95.0 is out of range" in capsys.readouterr().err
    assert snapshot(gaz) == before


def test_import_of_alternate_names_adds_aliases_of_known_places(gaz, tmp_path):
    dump = tmp_path / "alternateNamesV2.txt"
    dump.write_text("\n".join([
        "1\t147105\ten\tShushi Fortress Town\t\t\t\t\t\t",
        "2\t147105\tlink\thttps://en.wikipedia.org/wiki/Shusha\t\t\t\t\t\t",
        "3\t147105\tiata\tSSH\t\t\t\t\t\t",
        "4\t99999999\ten\tNo Such Place\t\t\t\t\t\t",
        "5\t147105\ten\tShusha\t\t\t\t\t\t",
    ]) + "\n")
    assert run(gaz, "import", str(dump)) == 0
    target = gaz / "imported" / "alternatenamesv2.aliases.tsv"
    rows = [r for r in target.read_text().splitlines()[2:]]
    assert rows == ["gn:147105\tShushi Fortress Town\tgeonames:alternateNamesV2.txt"]
    assert load(gaz).candidates("Shushi Fortress Town")[0].place_id == "gn:147105"


def test_import_of_admin1_codes_names_the_divisions(gaz, tmp_path):
    dump = tmp_path / "admin1CodesASCII.txt"
    dump.write_text("AZ.55\tShusha District\tShusha District\t147104\n"
                    "AZ.57\tTartar District\tTartar District\t584870\n")
    assert run(gaz, "import", str(dump), "--countries", "AZ") == 0
    world = load(gaz)
    assert world.candidates("Shusha District")[0].place_id == "admin1:AZ.55"
    assert world.get("admin1:AZ.55").name == "Susa"  # its towns still point at this name
    tartar = world.candidates("Tartar District")[0]
    assert tartar.place_id == "admin1:AZ.57" and tartar.kind == "admin1"


# --- geocode ------------------------------------------------------------------------------

def test_geocode_shows_the_answer_and_adds_it_only_with_yes(gaz, capsys):
    answers = {"Talish": [nominatim_result("Talış", 40.17, 46.62,
                                           bbox=(40.16, 40.18, 46.60, 46.64))]}
    with fake_nominatim(answers) as (host, received):
        before = snapshot(gaz)
        assert run(gaz, "geocode", "Talish", "--domain", host, "--scheme", "http") == 0
        assert snapshot(gaz) == before
        assert "run again with --yes" in capsys.readouterr().out
        assert run(gaz, "geocode", "Talish", "--domain", host, "--scheme", "http",
                   "--yes") == 0
        after = snapshot(gaz)
        assert run(gaz, "geocode", "Talish", "--domain", host, "--scheme", "http",
                   "--yes") == 0
        assert snapshot(gaz) == after
    assert received[0]["path"] == "/search" and received[0]["q"] == "Talish"
    place = load(gaz).candidates("Talış")[0]
    assert (place.place_id, place.kind, place.country, place.lat, place.lon) == (
        "cur:talish", "city", "AZ", 40.17, 46.62)
    assert "nominatim:127.0.0.1" in (gaz / "places.tsv").read_text()


def test_geocode_of_a_name_the_server_does_not_know(gaz, capsys):
    with fake_nominatim({}) as (host, _):
        assert run(gaz, "geocode", "Qwxzyville", "--domain", host, "--scheme", "http",
                   "--yes") == 1
    assert "knows no place named 'Qwxzyville'" in capsys.readouterr().out


# --- the files as editors save them, and imports as GeoNames serves them ---------------------

ADD = ("add", "Testville", "--lat", "40.1", "--lon", "46.2", "--kind", "city", "--country",
       "AZ", "--source", "test")


def test_files_saved_with_a_bom_and_crlf_are_read_and_written_back_so(gaz, capsys):
    for name in ("places.tsv", "aliases.tsv"):
        text = (gaz / name).read_text(encoding="utf-8")
        (gaz / name).write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    assert run(gaz, "check") == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("0 error(s)")
    assert load(gaz).candidates("Hadrut")
    assert run(gaz, *ADD) == 0
    data = (gaz / "places.tsv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\n") == data.count(b"\r\n")
    assert b"cur:testville\tTestville\tcity" in data
    assert load(gaz).candidates("Testville")[0].place_id == "cur:testville"


def test_a_windows_1252_character_is_named_with_its_file_and_line(gaz, capsys):
    with (gaz / "aliases.tsv").open("ab") as handle:
        handle.write("gn:174895\tGoris \u201cold town\u201d\tuser\n".encode("cp1252"))
    line = (gaz / "aliases.tsv").read_bytes().count(b"\n")
    expected = (f"gazetteer/aliases.tsv:{line}: byte 0x93 at column 17 is not UTF-8 (in "
                "Windows-1252 it is '“'); save the file as UTF-8")
    assert run(gaz, "check") == 1
    assert expected in capsys.readouterr().out.splitlines()
    with pytest.raises(GazetteerError) as error:
        load(gaz)
    assert expected in error.value.problems
    before = snapshot(gaz)
    assert run(gaz, *ADD) == 2
    assert f"  {expected}" in capsys.readouterr().err.splitlines()
    assert run(gaz, "alias", "gn:174895", "Goris town") == 2
    assert snapshot(gaz) == before


def test_a_full_disk_during_an_edit_is_one_line_and_keeps_the_files(gaz, capsys, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(geo.atomic.os, "fsync", full)
    before = snapshot(gaz)
    assert run(gaz, *ADD) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"error: {gaz / 'places.tsv'}: No space left on device; the gazetteer files were "
        "left as they were"]
    assert snapshot(gaz) == before


def test_an_edit_to_a_gazetteer_folder_that_does_not_exist_is_refused(tmp_path, capsys):
    missing = tmp_path / "gazeteer"
    assert run(missing, *ADD) == 2
    assert capsys.readouterr().err.startswith(f"error: {missing}: no such folder")
    assert not missing.exists()


def test_import_of_the_zip_geonames_serves_reads_the_table_inside(gaz, tmp_path):
    import zipfile

    dump = tmp_path / "AZ.zip"
    with zipfile.ZipFile(dump, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", "readme for AZ.txt\n")
        archive.writestr("AZ.txt", _geonames_row(90000001, "Zyvakend", 39.9, 46.9,
                                                 population="700") + "\n")
    assert run(gaz, "import", str(dump)) == 0
    rows = (gaz / "imported" / "az.tsv").read_text().splitlines()
    assert rows[2].startswith("gn:90000001\tZyvakend\tcity\tAZ\t39.9\t46.9\t700")
    assert rows[2].endswith("\tgeonames:AZ.txt")


@pytest.mark.parametrize(("content", "message"), [
    ((_geonames_row(90000001, "Zyvakend", 39.9, 46.9) + "\n").encode()
     + (_geonames_row(90000002, "Gäncä", 40.6, 46.3) + "\n").encode("latin-1"),
     ":2: byte 0xe4 at column 11 is not UTF-8"),
    (bytes(range(256)) * 40, ":1: byte 0x00 at column 1 is a control character"),
    (b"PK\x03\x04" + b"\x00" * 200, ": not a readable .zip file"),
    (b"x" * 1_100_000, ":1: a line longer than 1 MB: not a GeoNames table"),
])
def test_an_import_of_bytes_that_are_no_geonames_table_names_the_file_and_line(
        gaz, tmp_path, capsys, content, message):
    dump = tmp_path / "AZ.txt"
    dump.write_bytes(content)
    before = snapshot(gaz)
    assert run(gaz, "import", str(dump)) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"error: {dump}{message}"), line
    assert snapshot(gaz) == before


def test_a_damaged_zip_is_named_and_nothing_is_written(gaz, tmp_path, capsys):
    import zipfile

    dump = tmp_path / "AZ.zip"
    with zipfile.ZipFile(dump, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("AZ.txt", (_geonames_row(90000001, "Zyvakend", 39.9, 46.9) + "\n")
                         * 2000)
    data = bytearray(dump.read_bytes())
    data[200:260] = bytes(60)  # inside the compressed table
    dump.write_bytes(bytes(data))
    before = snapshot(gaz)
    assert run(gaz, "import", str(dump)) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"error: {dump}:AZ.txt: the .zip file is damaged"), line
    assert snapshot(gaz) == before


# --- the terminal --------------------------------------------------------------------------

def test_names_with_escape_sequences_are_printed_escaped_and_long_ones_cut(gaz, capsys):
    hostile = "\x1b]0;pwned\x07\x1b[2J\u202eevil" + "a" * 10_000
    assert run(gaz, "lookup", hostile) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert out.startswith("no place named '\\x1b]0;pwned\\x07\\x1b[2J\\u202eevilaaa")
    assert len(out) < 400 and "(10," in out
    assert run(gaz, "add", "Bad\x1b[31mville", "--lat", "40.1", "--lon", "46.2",
               "--kind", "city", "--country", "AZ", "--id", "cur:badville") == 0
    assert run(gaz, "lookup", "Bad\x1b[31mville") == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "Bad\\x1b[31mville" in out
