"""The curated gazetteer files: parsing, validation messages, atomic rewriting."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from shapely.geometry import box

import geo.atomic
from geo.curated import (
    PLACE_COLUMNS,
    GazetteerError,
    TsvDocument,
    check_locations,
    check_references,
    read_curated,
    slug,
)

REPO_GAZETTEER = Path(__file__).resolve().parent.parent / "gazetteer"
CODES = {"AZ", "AM", "RU", "US", "XK"}
PLACES_HEADER = "\t".join(PLACE_COLUMNS)


def _write(directory: Path, name: str, *lines: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _place(place_id="cur:x", name="X", kind="city", country="AZ", lat="40", lon="47",
           population="", admin1="", bbox="", names="", same_as="", source="test") -> str:
    return "\t".join([place_id, name, kind, country, lat, lon, population, admin1, bbox, names,
                      same_as, source])


def _errors(directory: Path, codes=CODES) -> list[str]:
    return [str(p) for p in read_curated(directory, codes).problems if p.error]


def test_a_valid_place_row_is_read_with_its_names_and_extent(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "places.tsv", "# a comment", PLACES_HEADER,
           _place("cur:nk", "Nagorno-Karabakh", "region", "AZ", "39.85", "46.75", "145000",
                  bbox="46.2,39.4,47.4,40.4", names="Artsakh|Karabakh"))
    curated = read_curated(gaz, CODES)
    assert curated.problems == []
    place = curated.places["cur:nk"]
    assert (place.lat, place.lon, place.population) == (39.85, 46.75, 145000)
    assert place.bbox == (46.2, 39.4, 47.4, 40.4)
    assert place.names == ("Artsakh", "Karabakh")
    assert place.label == "curated"
    assert place.origin == ("gazetteer/places.tsv", 3)


@pytest.mark.parametrize(("row", "expected"), [
    (_place(lat="95"), "gazetteer/places.tsv:2: lat: 95 is out of range (-90 to 90)"),
    (_place(lon="-181"), "gazetteer/places.tsv:2: lon: -181 is out of range (-180 to 180)"),
    (_place(lat="north"), "gazetteer/places.tsv:2: lat: 'north' is not a number"),
    (_place(country="QQ"), "gazetteer/places.tsv:2: country: unknown country code 'QQ'"),
    (_place(name=""), "gazetteer/places.tsv:2: name: empty (a new place needs a name)"),
    (_place(kind="town"), "gazetteer/places.tsv:2: kind: 'town' is not one of"),
    (_place(population="many"), "gazetteer/places.tsv:2: population: 'many' is not a whole"),
    (_place(bbox="1,2,3"), "gazetteer/places.tsv:2: bbox: '1,2,3' is not min_lon,min_lat"),
    (_place(bbox="5,0,1,1"), "gazetteer/places.tsv:2: bbox: '5,0,1,1': need"),
    (_place(source=""), "gazetteer/places.tsv:2: source: empty"),
    (_place(place_id="Stepanakert"), "gazetteer/places.tsv:2: place_id: 'Stepanakert' is not a"),
    (_place(lon=""), "gazetteer/places.tsv:2: lon: give both lat and lon, or neither"),
])
def test_a_bad_place_row_is_reported_with_file_line_and_field(tmp_path, row, expected):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "places.tsv", PLACES_HEADER, row)
    curated = read_curated(gaz, CODES)
    errors = [str(p) for p in curated.problems if p.error]
    assert len(errors) == 1 and errors[0].startswith(expected), errors
    assert curated.places == {}


def test_kosovo_and_an_empty_country_for_a_region_are_accepted(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "places.tsv", PLACES_HEADER, _place("cur:a", country="XK"),
           _place("cur:b", kind="region", country=""))
    curated = read_curated(gaz, CODES)
    assert _errors(gaz) == []
    assert curated.places["cur:b"].country == ""  # across borders, not "inherit"


def test_a_duplicate_id_in_one_file_is_an_error_naming_the_first_line(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "places.tsv", PLACES_HEADER, _place("cur:a"), _place("cur:a", lat="41"))
    assert _errors(gaz) == ["gazetteer/places.tsv:3: place_id: duplicate id cur:a "
                            "(first on line 2)"]


def test_a_same_as_loop_is_an_error_at_each_row_of_the_loop(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "places.tsv", PLACES_HEADER, _place("cur:a", same_as="cur:b"),
           _place("cur:b", same_as="cur:c"), _place("cur:c", same_as="cur:a"),
           _place("cur:d", same_as="cur:a"))
    errors = _errors(gaz)
    assert len(errors) == 3
    assert errors[0] == "gazetteer/places.tsv:2: same_as: loop: cur:a -> cur:b -> cur:c -> cur:a"
    assert all("loop" in e for e in errors) and not any(":5:" in e for e in errors)


def test_aliases_and_demonyms_pointing_at_unknown_ids_are_errors(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "places.tsv", PLACES_HEADER, _place("cur:a"))
    _write(gaz, "aliases.tsv", "place_id\tname\tsource", "cur:a\tAy\tme", "gn:1\tOne\tme",
           "cur:zz\tZed\tme")
    _write(gaz, "demonyms.tsv", "demonym\tplace_id\tplace\tsource", "Ayish\tcur:a\tA\tme",
           "Nowherish\tcur:nowhere\t\tme")
    curated = read_curated(gaz, CODES)
    problems = [str(p) for p in check_references(curated, exists=lambda i: i == "gn:1")]
    assert problems == ["gazetteer/aliases.tsv:4: place_id: unknown place id cur:zz",
                        "gazetteer/demonyms.tsv:3: place_id: unknown place id cur:nowhere"]


def test_a_row_for_an_id_the_base_lacks_must_be_a_complete_place(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "places.tsv", PLACES_HEADER,
           _place("gn:42", name="", kind="", country="", lat="40.5", lon="47.5"),
           _place("gn:43", name="", kind="", country="", lat="40.5", lon="47.5"))
    curated = read_curated(gaz, CODES)
    problems = [str(p) for p in check_references(curated, exists=lambda i: i == "gn:43")]
    assert len(problems) == 2
    assert problems[0].startswith("gazetteer/places.tsv:2: name: empty: gn:42 is not in the base")
    assert problems[1].startswith("gazetteer/places.tsv:2: kind: empty: gn:42")


def test_an_empty_alias_name_and_a_missing_column_are_reported(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "aliases.tsv", "place_id\tname\tsource", "cur:a\t\tme")
    _write(gaz, "removed.tsv", "place_id\treason", "cur:a\tgone")
    assert _errors(gaz) == ["gazetteer/aliases.tsv:2: name: empty",
                            "gazetteer/removed.tsv:1: header: missing column(s) source"]


def test_a_row_with_more_fields_than_the_header_is_an_error(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "aliases.tsv", "place_id\tname\tsource", "cur:a\tA\tme\textra")
    assert _errors(gaz) == ["gazetteer/aliases.tsv:2: row: 4 fields, the header has 3 "
                            "(a tab inside a value?)"]


def test_a_demonym_meaning_two_places_is_an_error(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "demonyms.tsv", "demonym\tplace_id\tsource", "Congolese\tgn:1\tme",
           "congolese\tgn:2\tme", "Congolese\tgn:1\tme")
    assert _errors(gaz) == ["gazetteer/demonyms.tsv:3: demonym: 'congolese' already means "
                            "gn:1 (line 2)"]


def test_places_tsv_overrides_an_import_of_the_same_id(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "imported/az.tsv", PLACES_HEADER,
           _place("gn:5", lat="40.1", source="geonames:AZ.txt"))
    _write(gaz, "places.tsv", PLACES_HEADER, _place("gn:5", lat="40.2"))
    _write(gaz, "imported/az.aliases.tsv", "place_id\tname\tsource", "gn:5\tFive\tgeonames:x")
    curated = read_curated(gaz, CODES)
    assert curated.places["gn:5"].lat == 40.2
    assert curated.places["gn:5"].label == "curated"
    assert [a.name for a in curated.aliases] == ["Five"]


def test_an_imported_row_takes_its_source_label_from_the_source_column(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "imported/az.tsv", PLACES_HEADER, _place("gn:5", source="geonames:AZ.txt"))
    assert read_curated(gaz, CODES).places["gn:5"].label == "geonames"


def test_the_fingerprint_follows_the_contents(tmp_path):
    gaz = tmp_path / "gazetteer"
    path = _write(gaz, "places.tsv", PLACES_HEADER, _place())
    first = read_curated(gaz, CODES).fingerprint
    assert read_curated(gaz, CODES).fingerprint == first
    path.write_text(path.read_text() + _place("cur:y") + "\n")
    assert read_curated(gaz, CODES).fingerprint != first


def test_texts_are_checked_as_the_files_would_be(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "places.tsv", PLACES_HEADER, _place())
    pending = {gaz / "aliases.tsv": "place_id\tname\tsource\ncur:x\tEks\tme\n"}
    curated = read_curated(gaz, CODES, texts=pending)
    assert [a.name for a in curated.aliases] == ["Eks"]
    assert not (gaz / "aliases.tsv").exists()


def test_a_point_far_outside_its_country_gives_a_warning_not_an_error(tmp_path):
    gaz = tmp_path / "gazetteer"
    _write(gaz, "places.tsv", PLACES_HEADER,
           _place("cur:in", lat="40.0", lon="47.0"),
           _place("cur:near", lat="40.0", lon="48.1"),  # ~9 km east of the edge
           _place("cur:far", lat="40.0", lon="49.0"),  # ~85 km east
           _place("cur:unknown", country="AM", lat="0", lon="0"))
    outline = box(46.0, 39.0, 48.0, 41.0)
    curated = read_curated(gaz, CODES)
    warnings = check_locations(curated, lambda code: outline if code == "AZ" else None)
    assert [str(w) for w in warnings] == [
        "gazetteer/places.tsv:4: warning: lat/lon: 40.0, 49.0 is 85 km outside AZ"]
    assert not warnings[0].error


def test_the_shipped_curated_files_have_no_structural_errors():
    import pycountry

    codes = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    curated = read_curated(REPO_GAZETTEER, codes)
    assert [str(p) for p in curated.problems] == []
    assert "cur:nagorno-karabakh" in curated.places
    assert len({d.place_id for d in curated.demonyms}) >= 230


def test_slug_makes_readable_ids():
    assert slug("Nagorno-Karabakh") == "nagorno-karabakh"
    assert slug("Xankəndi") == "xankendi"
    assert slug("Ağdərə / Martakert") == "agdere-martakert"


# --- rewriting ----------------------------------------------------------------------------

def test_a_document_keeps_comments_and_order_through_an_edit(tmp_path):
    path = _write(tmp_path, "aliases.tsv", "# header comment", "place_id\tname\tsource",
                  "gn:1\tOne\tme", "", "# later comment", "gn:2\tTwo\tme")
    document = TsvDocument.load(path, ("place_id", "name", "source"))
    document.append({"place_id": "gn:3", "name": "Three", "source": "me"})
    assert document.line_of(document.rows()[-1]) == 7
    assert document.save()
    assert path.read_text().splitlines() == [
        "# header comment", "place_id\tname\tsource", "gn:1\tOne\tme", "",
        "# later comment", "gn:2\tTwo\tme", "gn:3\tThree\tme"]
    assert (tmp_path / ".backup" / "aliases.tsv").read_text().count("\n") == 6


def test_saving_an_unchanged_document_does_not_touch_the_file(tmp_path):
    path = _write(tmp_path, "aliases.tsv", "place_id\tname\tsource", "gn:1\tOne\tme")
    before = path.stat().st_mtime_ns
    document = TsvDocument.load(path, ("place_id", "name", "source"))
    assert not document.save()
    assert path.stat().st_mtime_ns == before
    assert not (tmp_path / ".backup" / "aliases.tsv").exists()


def test_a_new_document_starts_with_a_comment_and_the_header(tmp_path):
    document = TsvDocument.load(tmp_path / "removed.tsv", ("place_id", "reason", "source"))
    document.append({"place_id": "gn:1", "reason": "duplicate", "source": "me"})
    document.save()
    lines = (tmp_path / "removed.tsv").read_text().splitlines()
    assert lines[0].startswith("# ") and lines[1:] == ["place_id\treason\tsource",
                                                        "gn:1\tduplicate\tme"]


def test_a_value_with_a_tab_is_refused(tmp_path):
    document = TsvDocument.load(tmp_path / "aliases.tsv", ("place_id", "name", "source"))
    with pytest.raises(ValueError, match="tab or a line break"):
        document.append({"place_id": "gn:1", "name": "A\tB", "source": "me"})


def test_an_interrupted_write_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = _write(tmp_path, "aliases.tsv", "place_id\tname\tsource", "gn:1\tOne\tme")
    original = path.read_bytes()
    document = TsvDocument.load(path, ("place_id", "name", "source"))
    document.append({"place_id": "gn:2", "name": "Two", "source": "me"})

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(geo.atomic.os, "fsync", crash)  # after the data is written, before rename
    with pytest.raises(OSError, match="disk full"):
        document.save()
    assert path.read_bytes() == original
    assert sorted(os.listdir(tmp_path)) == ["aliases.tsv"]  # no temporary file left behind


# --- files as editors save them --------------------------------------------------------------

def test_a_bom_and_crlf_line_ends_are_read_as_an_editor_wrote_them(tmp_path):
    gaz = tmp_path / "gazetteer"
    gaz.mkdir()
    text = "\r\n".join(["# comment", PLACES_HEADER, _place(), _place("cur:y", name="Y")])
    (gaz / "places.tsv").write_bytes(b"\xef\xbb\xbf" + text.encode() + b"\r\n")
    curated = read_curated(gaz, CODES)
    assert curated.problems == []
    assert sorted(curated.places) == ["cur:x", "cur:y"]
    assert curated.places["cur:y"].origin == ("gazetteer/places.tsv", 4)


def test_a_document_is_written_back_with_its_bom_and_line_ends(tmp_path):
    path = tmp_path / "aliases.tsv"
    path.write_bytes(b"\xef\xbb\xbf# names\r\nplace_id\tname\tsource\r\ngn:1\tOne\tme\r\n")
    document = TsvDocument.load(path, ("place_id", "name", "source"))
    assert not document.save()  # unchanged: not touched
    document.append({"place_id": "gn:2", "name": "Two", "source": "me"})
    assert document.save()
    assert path.read_bytes() == (b"\xef\xbb\xbf# names\r\nplace_id\tname\tsource\r\n"
                                 b"gn:1\tOne\tme\r\ngn:2\tTwo\tme\r\n")


def test_a_line_in_windows_1252_is_an_error_at_its_line_and_the_rest_is_read(tmp_path):
    gaz = tmp_path / "gazetteer"
    gaz.mkdir()
    (gaz / "places.tsv").write_bytes("\n".join([
        PLACES_HEADER, _place(), _place("cur:y", name="Caf\xe9 Y"), _place("cur:z")])
        .encode("cp1252") + b"\n")
    curated = read_curated(gaz, CODES)
    assert [str(p) for p in curated.problems] == [
        "gazetteer/places.tsv:3: byte 0xe9 at column 10 is not UTF-8 (in Windows-1252 it is "
        "'é'); save the file as UTF-8"]
    assert sorted(curated.places) == ["cur:x", "cur:y", "cur:z"]
    assert sorted(curated.without(p.origin for p in curated.problems).places) == [
        "cur:x", "cur:z"]  # what --skip-bad-rows keeps
    with pytest.raises(GazetteerError, match=r"places.tsv:3: byte 0xe9"):
        TsvDocument.load(gaz / "places.tsv", PLACE_COLUMNS)  # an edit would rewrite the line


def test_an_edit_rewrites_only_its_own_lines(tmp_path):
    """A file whose header has a column its older rows leave out (aliases.tsv's `lang`)
    keeps those rows as written: an edit must not change every line of it."""
    path = _write(tmp_path, "aliases.tsv", "place_id\tname\tsource\tlang",
                  "gn:1\tOne\tme", "gn:2\t Two \tme\thy", "gn:3\tThree\tme")
    document = TsvDocument.load(path, ("place_id", "name", "source"))
    document.find(place_id="gn:3")["name"] = "Three (3)"
    document.append({"place_id": "gn:4", "name": "Four", "source": "me"})
    assert document.save()
    assert path.read_text().splitlines() == [
        "place_id\tname\tsource\tlang", "gn:1\tOne\tme", "gn:2\t Two \tme\thy",
        "gn:3\tThree (3)\tme\t", "gn:4\tFour\tme\t"]
