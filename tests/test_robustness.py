"""Bad input, broken gazetteer rows, corrupt caches and hostile text never break a run.

The small bad files are committed in tests/data/bad/ (each named after what is wrong with
it, a binary file and a symlink loop among them); an unreadable file and a link back to an
ancestor folder, which git cannot hold, are made at test time in a copy of it.
"""

from __future__ import annotations

import csv
import json
import os
import pickle
import shutil
from pathlib import Path

import pytest

from geo import cli
from geo.corpus import read_corpus
from geo.gazetteer import default_cache_dir, load_gazetteer
from geo.model import Article

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "data" / "bad"
GAZETTEER = ROOT / "gazetteer"
OUTPUTS = {".html", ".csv", ".geojson"}  # what a run that fails must not leave behind

# file: what its summary line must say
EXPECTED_SKIPS = {
    "empty.txt": "empty file",
    "blank_only_whitespace.md": "empty file",
    "truncated.json": "line 1, column 32: invalid JSON",
    "invalid_line.jsonl": "line 2, column 42: invalid JSON",
    "no_text_column.csv": "no 'text' column",
    "ragged_row.csv": "row 2 (line 3): 5 fields where the header has 3",
    "no_body.html": "HTML page with no text in its body",
    "binary.txt": "binary file",
    "unreadable.txt": "unreadable: Permission denied",
    "loop_a.txt": "unreadable: Too many levels of symbolic links",
}
# file: the note that says how it was read
EXPECTED_NOTES = {
    "latin1_windows1252.txt": "not UTF-8, decoded as cp1252",
    "no_date.txt": "no date found",
    "no_places.txt": "no place names found",
}
# article ids that must be read from the bad corpus, however damaged their file
EXPECTED_ARTICLES = {"good_shelling", "latin1_windows1252", "bom_utf8", "mixed_newlines",
                     "invalid_line/ok", "ragged_row/r1", "no_date", "no_places"}


def _make_unreadable(path: Path, monkeypatch) -> None:
    """chmod 000 does not stop root, so as root the read itself is made to fail."""
    path.write_text("Shelling in Tartar.\n")
    if os.geteuid() != 0:
        path.chmod(0)
        return
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == path.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)


@pytest.fixture()
def bad_corpus(tmp_path, monkeypatch) -> Path:
    corpus = tmp_path / "bad"
    shutil.copytree(BAD, corpus, symlinks=True)
    assert (corpus / "loop_a.txt").is_symlink() and (corpus / "binary.txt").exists()
    _make_unreadable(corpus / "unreadable.txt", monkeypatch)
    os.symlink("..", corpus / "up")  # a folder link back to an ancestor
    return corpus


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main([*argv, "--quiet"])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_bad_corpus_run_names_every_bad_file_with_its_reason_and_maps_the_rest(
        bad_corpus, tmp_path, capsys):
    out = tmp_path / "out"
    status, summary, err = _run(capsys, "--corpus", str(bad_corpus), "--out", str(out),
                                "--gazetteer", str(GAZETTEER))
    assert status == 0, err
    skip_lines = [line.strip() for line in summary.splitlines() if "skipped " in line]
    for name, reason in EXPECTED_SKIPS.items():
        assert any(line.startswith(f"skipped {name}: {reason}") for line in skip_lines), \
            (name, skip_lines)
    assert all(len(line) < 300 for line in skip_lines)
    note_lines = [line.strip() for line in summary.splitlines() if "read, but " in line]
    for name, note in EXPECTED_NOTES.items():
        assert any(note in line and name in line for line in note_lines), (name, note_lines)
    with (out / "mentions.csv").open(encoding="utf-8") as handle:
        mentioned = {row["article"] for row in csv.DictReader(handle)}
    with (out / "events.csv").open(encoding="utf-8") as handle:
        events = list(csv.DictReader(handle))
    assert EXPECTED_ARTICLES - {"no_places"} <= mentioned
    assert {"good_shelling", "bom_utf8", "latin1_windows1252"} <= {e["article"] for e in events}
    assert not any(e["article"].startswith("up/") for e in events)  # the loop is read once
    assert (out / "events.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_damaged_but_readable_files_are_read_as_well_as_they_can_be(bad_corpus):
    articles = {item.article_id: item for item in read_corpus(bad_corpus)
                if isinstance(item, Article)}
    assert set(articles) >= EXPECTED_ARTICLES
    assert "café owners" in articles["latin1_windows1252"].text
    assert "“on Monday”" in articles["latin1_windows1252"].text
    assert not articles["bom_utf8"].text.startswith("\ufeff")
    assert articles["bom_utf8"].published == "2020-10-06"
    raw = (BAD / "mixed_newlines.txt").read_bytes().decode("utf-8")
    assert articles["mixed_newlines"].text == raw  # offsets point into the file as it is
    assert articles["no_date"].published == ""


def test_corpus_of_only_bad_files_exits_non_zero_and_writes_nothing(tmp_path, capsys):
    corpus = tmp_path / "only-bad"
    corpus.mkdir()
    for name in ("empty.txt", "truncated.json", "no_body.html", "no_text_column.csv"):
        shutil.copy(BAD / name, corpus / name)
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    out = tmp_path / "out"
    status, summary, err = _run(capsys, "--corpus", str(corpus), "--out", str(out),
                                "--gazetteer", str(GAZETTEER))
    assert status != 0
    assert "no article in" in err and "could be read; nothing was written" in err
    assert "skipped binary.txt: binary file" in summary
    assert not out.exists() or not [p for p in out.iterdir() if p.suffix in OUTPUTS]


def test_empty_or_missing_corpus_folder_exits_non_zero(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    status, _, err = _run(capsys, "--corpus", str(tmp_path / "empty"), "--out",
                          str(tmp_path / "out"), "--gazetteer", str(GAZETTEER))
    assert status != 0 and "no article in" in err
    status, _, err = _run(capsys, "--corpus", str(tmp_path / "missing"), "--out",
                          str(tmp_path / "out"), "--gazetteer", str(GAZETTEER))
    assert status != 0 and "no such folder" in err


# --- gazetteer and cache faults -----------------------------------------------------------


def _gazetteer_with_a_bad_row(tmp_path: Path) -> tuple[Path, int]:
    copy = tmp_path / "gazetteer"
    shutil.copytree(GAZETTEER, copy)
    places = copy / "places.tsv"
    text = places.read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line and not line.startswith("#"))
    cells = ["" for _ in header.split("\t")]
    values = {"place_id": "test:broken", "name": "Brokenville", "lat": "north-ish",
              "lon": "46.7", "kind": "city", "country": "AZ"}
    for column, value in values.items():
        cells[header.split("\t").index(column)] = value
    if not text.endswith("\n"):
        text += "\n"
    text += "\t".join(cells) + "\n"
    places.write_text(text, encoding="utf-8")
    return copy, len(text.splitlines())


def test_malformed_gazetteer_row_stops_the_run_before_anything_is_written(tmp_path, capsys):
    gazetteer, line = _gazetteer_with_a_bad_row(tmp_path)
    out = tmp_path / "out"
    status, _, err = _run(capsys, "--corpus", str(BAD), "--out", str(out),
                          "--gazetteer", str(gazetteer))
    assert status != 0
    assert f"places.tsv:{line}" in err and "lat" in err
    assert "--skip-bad-rows" in err
    assert not out.exists() or not [p for p in out.iterdir() if p.suffix in OUTPUTS]


@pytest.mark.slow
def test_skip_bad_rows_runs_without_the_bad_row(tmp_path, capsys):
    """Slow: the changed gazetteer needs its own name index (a few seconds)."""
    gazetteer, _ = _gazetteer_with_a_bad_row(tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()
    base = next(default_cache_dir().glob("gazetteer-base-*.sqlite"), None)
    if base is None:
        pytest.skip("the gazetteer's base is not built yet")
    shutil.copy(base, cache / base.name)
    out = tmp_path / "out"
    status, summary, err = _run(capsys, "--corpus", str(BAD), "--out", str(out),
                                "--gazetteer", str(gazetteer), "--cache-dir", str(cache),
                                "--skip-bad-rows")
    assert status == 0, err
    assert (out / "events.csv").is_file()
    loaded = load_gazetteer(gazetteer, cache_dir=cache, skip_bad_rows=True)
    assert loaded.get("test:broken") is None
    assert any("places.tsv" in warning and "lat" in warning for warning in loaded.warnings)


@pytest.fixture()
def base_copy(tmp_path) -> Path:
    """A cache folder holding a copy of the compiled base, for tests that damage it."""
    base = next(default_cache_dir().glob("gazetteer-base-*.sqlite"), None)
    if base is None:
        pytest.skip("the gazetteer's base is not built yet")
    cache = tmp_path / "cache"
    cache.mkdir()
    shutil.copy(base, cache / base.name)
    return cache / base.name


@pytest.mark.slow
def test_corrupt_name_index_is_rebuilt_not_trusted(base_copy):
    from geo.recognize import NameIndex, load_name_index

    cache = base_copy.parent
    gazetteer = load_gazetteer(GAZETTEER, cache_dir=cache)
    first = load_name_index(gazetteer, cache)
    (path,) = cache.glob("names-*.pickle")
    for garbage in (b"not a pickle at all", pickle.dumps({"a": "dict"}),
                    path.read_bytes()[:1000]):
        path.write_bytes(garbage)
        index = load_name_index(gazetteer, cache)
        assert isinstance(index, NameIndex)
        assert len(index.automaton) == len(first.automaton)
        with path.open("rb") as handle:
            assert isinstance(pickle.load(handle), NameIndex)  # the cache was rewritten


@pytest.mark.slow
def test_garbage_in_the_compiled_gazetteer_is_detected_and_rebuilt(base_copy):
    """Slow: the rebuild takes about 25 s."""
    size = base_copy.stat().st_size
    base_copy.write_bytes(os.urandom(4096) + b"garbage" * 1000)
    gazetteer = load_gazetteer(GAZETTEER, cache_dir=base_copy.parent)
    assert any(place.country == "AM" for place in gazetteer.candidates("Yerevan"))
    assert base_copy.read_bytes()[:16] == b"SQLite format 3\x00"
    assert base_copy.stat().st_size > size // 2


def test_damage_in_the_middle_of_the_compiled_gazetteer_is_detected(base_copy, monkeypatch):
    """Header and meta table intact, pages in the middle overwritten: still not trusted."""
    from geo import gazetteer as gazetteer_module

    pristine = base_copy.read_bytes()
    middle = len(pristine) // 2 // 4096 * 4096
    with base_copy.open("r+b") as handle:
        handle.seek(middle)
        handle.write(os.urandom(4096 * 8))
    rebuilt: list[Path] = []

    def rebuild(path: Path) -> None:  # stands for the 25 s build, which another test runs
        rebuilt.append(path)
        path.write_bytes(pristine)

    monkeypatch.setattr(gazetteer_module, "_build_into", rebuild)
    gazetteer = load_gazetteer(GAZETTEER, cache_dir=base_copy.parent)
    assert rebuilt == [base_copy]
    assert any(place.country == "AM" for place in gazetteer.candidates("Yerevan"))
    rebuilt.clear()
    load_gazetteer(GAZETTEER, cache_dir=base_copy.parent)
    assert rebuilt == []  # an undamaged base is used as it is


# --- hostile text -------------------------------------------------------------------------

HOSTILE_TITLE = "<script>alert('title')</script> \" onmouseover=\"alert(6)\" `${alert(7)}`"
HOSTILE_SENTENCE = "</script><img src=x onerror=alert(2)> ${alert(3)} `+alert(4)+` '\"; alert(9)//"
HOSTILE_ARTICLE = f"""---
title: {json.dumps(HOSTILE_TITLE)}
url: "javascript:alert(8)"
date: 2020-10-04
---
Artillery shells hit Stepanakert overnight {HOSTILE_SENTENCE} officials said.

Residents fled to Goris <script>alert(1)</script> on Monday, <a href="javascript:alert(10)">x</a>.

Rockets landed in Ganja {"<b onclick=alert(11)>" * 2000} killing two people.
"""


def test_hostile_article_gives_tables_with_its_text_intact(tmp_path, capsys):
    corpus = tmp_path / "hostile"
    corpus.mkdir()
    (corpus / "hostile.md").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    status, _, err = _run(capsys, "--corpus", str(corpus), "--out", str(out),
                          "--gazetteer", str(GAZETTEER))
    assert status == 0, err
    with (out / "events.csv").open(encoding="utf-8") as handle:
        events = list(csv.DictReader(handle))
    assert events and all(e["title"] == HOSTILE_TITLE for e in events)
    assert any(HOSTILE_SENTENCE in e["text"] for e in events)
    features = json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]
    assert len(features) == len(events)


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None,
                    reason="chromium is not installed (apt-get install chromium)")
def test_hostile_article_end_to_end_map_runs_none_of_it(tmp_path, capsys):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    from tests.test_map_browser import CHROMIUM_ARGS, Visit

    corpus = tmp_path / "hostile"
    corpus.mkdir()
    (corpus / "hostile.md").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    status, _, err = _run(capsys, "--corpus", str(corpus), "--out", str(out),
                          "--gazetteer", str(GAZETTEER))
    assert status == 0, err
    with (out / "events.csv").open(encoding="utf-8") as handle:
        placed = [e for e in csv.DictReader(handle) if e["lat"]]
    assert len(placed) >= 2
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"),
                                             args=CHROMIUM_ARGS)
        try:
            visit = Visit(browser, out / "events.html", len(placed))
            texts = []
            for place in dict.fromkeys(e["place"] for e in placed):
                visit.open_popup_of(place, "2020")
                texts.append(visit.page.locator(".leaflet-popup-content").inner_text())
            visit.page.wait_for_timeout(300)
            assert visit.dialogs == []
            assert visit.errors == []
            assert visit.requests == []
            shown = "\n".join(texts)
            assert HOSTILE_TITLE in shown
            assert HOSTILE_SENTENCE in shown
            assert visit.page.evaluate(
                "document.querySelectorAll('.leaflet-popup-content script, "
                ".leaflet-popup-content img, [onerror], [onclick], [onmouseover], "
                "a[href^=\"javascript:\"]').length") == 0
        finally:
            browser.close()


def test_events_csv_of_a_file_with_mixed_newlines_parses_row_by_row(tmp_path, capsys):
    corpus = tmp_path / "mixed"
    corpus.mkdir()
    shutil.copy(BAD / "mixed_newlines.txt", corpus / "mixed_newlines.txt")
    out = tmp_path / "out"
    status, _, err = _run(capsys, "--corpus", str(corpus), "--out", str(out),
                          "--gazetteer", str(GAZETTEER))
    assert status == 0, err
    with (out / "events.csv").open(encoding="utf-8", newline="") as handle:
        events = list(csv.DictReader(handle))
    assert events and {e["article"] for e in events} == {"mixed_newlines"}
    assert any("\r" in e["text"] for e in events)
