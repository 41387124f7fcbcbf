"""Bad input, broken gazetteer rows, corrupt caches and hostile text never break a run.

The small bad files are committed in tests/data/bad/ (each named after what is wrong with
it, a binary file and a symlink loop among them); an unreadable file and a link back to an
ancestor folder, which git cannot hold, are made at test time in a copy of it.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from geo import cli
from geo.corpus import read_corpus
from geo.gazetteer import default_cache_dir, ensure_base, load_gazetteer
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


def test_skip_bad_rows_runs_without_the_bad_row(tmp_path, capsys):
    """(The curated rows are laid over the base's name index: the changed gazetteer needs no
    index of its own, and the default cache folder is left as it was.)"""
    gazetteer, _ = _gazetteer_with_a_bad_row(tmp_path)
    out = tmp_path / "out"
    status, summary, err = _run(capsys, "--corpus", str(BAD), "--out", str(out),
                                "--gazetteer", str(gazetteer), "--skip-bad-rows")
    assert status == 0, err
    assert (out / "events.csv").is_file()
    loaded = load_gazetteer(gazetteer, skip_bad_rows=True)
    assert loaded.get("test:broken") is None
    assert any("places.tsv" in warning and "lat" in warning for warning in loaded.warnings)


@pytest.fixture()
def base_copy(tmp_path) -> Path:
    """A cache folder holding a copy of the compiled base of the installed packages and this
    code (the cache folder may hold another one, of other versions, for a while), for tests
    that damage it."""
    base = ensure_base(default_cache_dir())
    cache = tmp_path / "cache"
    cache.mkdir()
    shutil.copy(base, cache / base.name)
    return cache / base.name


def test_corrupt_name_index_is_rebuilt_not_trusted(tmp_path):
    """On the test places (tests/places.py) rather than the world: the cache's code path is
    the same, and each rebuild takes a millisecond instead of ten seconds."""
    from places import ALIASES, DEMONYMS, PLACES

    from geo.gazetteer import Gazetteer
    from geo.recognize import NameIndex, load_name_index

    cache = tmp_path / "cache"
    cache.mkdir()
    gazetteer = Gazetteer.from_places(PLACES, ALIASES, demonyms=DEMONYMS)
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


def test_garbage_in_the_compiled_gazetteer_is_detected_and_rebuilt(base_copy, monkeypatch):
    """The build itself (about 25 s, run by the first load on a fresh cache and timed by
    bench/gazetteer.py) is stood for by a copy of its result; what is checked is that the
    garbage is found and replaced by a good base through the build's own path (a temporary
    file, renamed over the bad one)."""
    from geo import gazetteer_base

    pristine = base_copy.read_bytes()
    size = len(pristine)
    built: list[Path] = []

    def build(path, *args, **kwargs):
        built.append(Path(path))
        Path(path).write_bytes(pristine)

    monkeypatch.setattr(gazetteer_base, "build_base", build)
    base_copy.write_bytes(os.urandom(4096) + b"garbage" * 1000)
    gazetteer = load_gazetteer(GAZETTEER, cache_dir=base_copy.parent)
    assert len(built) == 1 and built[0] != base_copy  # built beside it, then renamed
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


# --- inputs that once stopped a run, hung it, or lost an article ---------------------------

SENTENCE = "Artillery shells hit Stepanakert overnight, officials said.\n"
DEEP = "[" * 100_000 + "]" * 100_000
ALIAS_BOMB = "---\n" + "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 10)) + "title: *a9\n---\n"
ESCAPES_NAME = "\x1b]0;pwned\x07\x1b[2J"


def _hostile_corpus(root: Path) -> Path:
    """A good article beside one file of each kind that stopped, hung or emptied a run."""
    corpus = root / "hostile"
    corpus.mkdir()
    (corpus / "good.txt").write_text(SENTENCE)
    (corpus / "deep.json").write_text(DEEP)
    (corpus / "deep_line.jsonl").write_text(json.dumps({"text": SENTENCE}) + "\n"
                                            + '{"text": "x", "a": ' + DEEP + "}\n")
    (corpus / "surrogate.json").write_text(json.dumps({"text": SENTENCE, "title": "Odd"})
                                           .replace("Odd", "Odd \\ud800"))
    with open(os.fsencode(corpus) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(SENTENCE.encode())
    (corpus / "bomb.md").write_text(ALIAS_BOMB + SENTENCE)
    os.mkfifo(corpus / "fifo.txt")
    os.symlink("/dev/zero", corpus / "zero.txt")
    (root / "private.txt").write_text("Shells hit Ganja.\n")
    os.symlink(root / "private.txt", corpus / "private.txt")
    (corpus / "nul.txt").write_bytes(SENTENCE.encode() + b"\x00\x00" + SENTENCE.encode())
    (corpus / "utf16.txt").write_bytes(SENTENCE.encode("utf-16-le"))
    (corpus / "mixed.txt").write_bytes("Café “owners”: ".encode() + SENTENCE.encode()
                                       + "Réfugiés à Goris.\n".encode("cp1252"))
    (corpus / "deep.html").write_text("<html><body>" + "<div>" * 20_000 + f"<p>{SENTENCE}</p>"
                                      + "</div>" * 20_000 + "</body></html>")
    (corpus / f"{ESCAPES_NAME}.txt").write_text(SENTENCE)
    return corpus


HOSTILE_SKIPS = {  # file: the start of its summary line
    "deep.json": "line 1: JSON nested too deeply",
    "deep_line.jsonl": "line 2: JSON nested too deeply",
    "fifo.txt": "not a regular file but a named pipe (FIFO)",
    "zero.txt": "a link to /dev/zero, outside the corpus: not followed",
    "private.txt": "a link to ",
}
HOSTILE_ARTICLES = {"good", "deep_line/1", "surrogate", "caf\\xe9", "bomb", "nul", "utf16",
                    "mixed", "deep", ESCAPES_NAME}


def test_hostile_inputs_are_read_or_skipped_with_a_true_reason_and_the_rest_is_mapped(
        tmp_path, capsys):
    from tests.test_mapping import data_blocks

    corpus = _hostile_corpus(tmp_path)
    out = corpus / ".maps"  # hidden, so not read as articles: the one place allowed inside
    for _ in range(2):  # the second run reads the cache the first one wrote
        status, summary, err = _run(capsys, "--corpus", str(corpus), "--out", str(out),
                                    "--gazetteer", str(GAZETTEER))
        assert status == 0, err
        skip_lines = [line.strip() for line in summary.splitlines() if "skipped " in line]
        for name, reason in HOSTILE_SKIPS.items():
            assert any(line.startswith(f"skipped {name}: {reason}") for line in skip_lines), \
                (name, skip_lines)
        assert len(skip_lines) == len(HOSTILE_SKIPS)
        with (out / "mentions.csv").open(encoding="utf-8") as handle:
            assert {row["article"] for row in csv.DictReader(handle)} == HOSTILE_ARTICLES
        with (out / "events.csv").open(encoding="utf-8") as handle:
            events = list(csv.DictReader(handle))
        assert {e["article"] for e in events} == HOSTILE_ARTICLES
        assert {e["title"] for e in events if e["article"] == "surrogate"} == {"Odd \ufffd"}
        assert "\x1b" not in summary + err and "\\x1b]0;pwned\\x07\\x1b[2J" in summary
        for note in ("mixed encodings: UTF-8, and 3 bytes read as cp1252 (a guess)",
                     "not UTF-8, decoded as utf-16-le (a guess)",
                     "2 NUL characters read as spaces",
                     "front matter not read: it uses YAML aliases",
                     "a file name that is not UTF-8"):
            assert note in summary
    # The saved web page's popup offers the text read from it.
    blocks = data_blocks((out / "events.html").read_text(encoding="utf-8"))
    ids = sorted(HOSTILE_ARTICLES)  # the map lists articles in corpus order
    assert [ids[n] for n, page in enumerate(blocks["geo-config"]["savedPages"]) if page] == \
        ["deep"]
    assert blocks["geo-texts"] == [SENTENCE.strip()]


# --- the output folder, the disk, the cache, the gazetteer folder ----------------------------

def _one_article_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(BAD / "good_shelling.txt", corpus / "good_shelling.txt")
    return corpus


@pytest.fixture(scope="module")
def _first_run(tmp_path_factory) -> Path:
    """The outputs of one run over a one-article corpus, made once for the tests below."""
    root = tmp_path_factory.mktemp("first-run")
    corpus = _one_article_corpus(root)
    assert cli.main(["--corpus", str(corpus), "--out", str(root / "out"), "--quiet",
                     "--gazetteer", str(GAZETTEER)]) == 0
    return root


@pytest.fixture()
def previous_run(_first_run, tmp_path, capsys) -> tuple[Path, Path]:
    """(corpus, out) where a previous run left its outputs, for a test to run again."""
    shutil.copytree(_first_run / "corpus", tmp_path / "corpus")
    shutil.copytree(_first_run / "out", tmp_path / "out")
    capsys.readouterr()
    return tmp_path / "corpus", tmp_path / "out"


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize("inside", ["", "maps", "2020/maps"])
def test_an_output_folder_in_the_corpus_is_refused_before_anything_is_read(
        tmp_path, capsys, inside):
    corpus = _one_article_corpus(tmp_path)
    out = corpus / inside if inside else corpus
    status, _, err = _run(capsys, "--corpus", str(corpus), "--out", str(out),
                          "--gazetteer", str(GAZETTEER))
    assert status == 2
    line = _one_error_line(err)
    assert f"--out {out} is" in line and "the corpus" in line
    assert sorted(p.name for p in corpus.rglob("*")) == ["good_shelling.txt"]


def test_an_output_path_that_is_a_file_is_refused_and_kept(tmp_path, capsys):
    corpus = _one_article_corpus(tmp_path)
    out = tmp_path / "notes.txt"
    out.write_text("mine")
    status, _, err = _run(capsys, "--corpus", str(corpus), "--out", str(out),
                          "--gazetteer", str(GAZETTEER))
    assert status == 2
    assert _one_error_line(err) == (f"error: {out}: is a file, not a folder for the map and "
                                    "tables (--out)")
    assert out.read_text() == "mine"


def _refuse(monkeypatch, folder: Path, *calls: str) -> None:
    """Make os.mkdir / os.open fail with EACCES inside `folder`, as for a user who may not
    write there (root may write anywhere, so chmod cannot show it in a test run as root)."""
    for name in calls:
        real = getattr(os, name)

        def refused(path, *args, real=real, **kwargs):
            if os.fspath(path).startswith(os.fspath(folder)):
                raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
            return real(path, *args, **kwargs)

        monkeypatch.setattr(os, name, refused)


def test_an_output_folder_that_cannot_be_written_is_one_line_and_keeps_the_outputs(
        previous_run, capsys, monkeypatch):
    corpus, out = previous_run
    before = _outputs(out)
    _refuse(monkeypatch, out, "mkdir", "open")
    status, _, err = _run(capsys, "--corpus", str(corpus), "--out", str(out),
                          "--gazetteer", str(GAZETTEER))
    assert status == 2
    assert _one_error_line(err) == (f"error: cannot write in the output folder {out}: "
                                    "Permission denied")
    assert _outputs(out) == before


def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path, capsys, monkeypatch):
    corpus = _one_article_corpus(tmp_path)
    parent = tmp_path / "read-only"
    parent.mkdir()
    _refuse(monkeypatch, parent, "mkdir")
    status, _, err = _run(capsys, "--corpus", str(corpus), "--out", str(parent / "out"),
                          "--gazetteer", str(GAZETTEER))
    assert status == 2
    assert _one_error_line(err) == (f"error: cannot create the output folder {parent / 'out'}: "
                                    "Permission denied")


def test_a_full_disk_is_one_line_naming_the_file_and_keeps_the_previous_outputs(
        previous_run, capsys, monkeypatch):
    import geo.atomic

    corpus, out = previous_run
    before = _outputs(out)
    shutil.copy(BAD / "no_date.txt", corpus / "no_date.txt")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(geo.atomic.os, "fsync", full)
    status, _, err = _run(capsys, "--corpus", str(corpus), "--out", str(out),
                          "--gazetteer", str(GAZETTEER))
    assert status == 2
    assert _one_error_line(err) == (f"error: {out / 'mentions.csv'}: No space left on device; "
                                    "the previous outputs were kept")
    assert _outputs(out) == before
    assert not list(out.glob(".staging-*"))


def test_a_gazetteer_folder_that_does_not_exist_is_refused(tmp_path, capsys):
    corpus = _one_article_corpus(tmp_path)
    missing = tmp_path / "gazeteer"
    status, _, err = _run(capsys, "--corpus", str(corpus), "--out", str(tmp_path / "out"),
                          "--gazetteer", str(missing))
    assert status == 2
    assert _one_error_line(err).startswith(f"error: {missing}: no such folder of curated "
                                           "gazetteer files")
    assert cli.main(["gazetteer", "--gazetteer", str(missing), "check"]) == 2
    assert _one_error_line(capsys.readouterr().err).startswith(f"error: {missing}: no such")


# --- interruptions -------------------------------------------------------------------------

def test_ctrl_c_during_a_run_stops_with_one_line_and_keeps_the_outputs(
        previous_run, capsys, monkeypatch):
    corpus, out = previous_run
    before = _outputs(out)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "update_cache", interrupted)
    status, _, err = _run(capsys, "--corpus", str(corpus), "--out", str(out), "--rebuild",
                          "--gazetteer", str(GAZETTEER))
    assert status == 130
    assert err.strip().splitlines() == [
        "interrupted: stopped; the previous outputs are kept (and the cache keeps the "
        "articles parsed so far)"]
    assert _outputs(out) == before


def _ctrl_c_as_a_terminal_gives_it() -> None:
    """SIGINT's default in the child, whatever this process does with it: an ignored signal
    stays ignored across exec, and a test run may have left it so (the child would then run
    to its end instead of stopping)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
def test_ctrl_c_on_a_run_with_workers_prints_one_line(tmp_path):
    """A real SIGINT to the whole process group, as a terminal sends it, workers included."""
    corpus = tmp_path / "corpus"
    # More than the few articles parsed without the workers, and more than the fastest
    # machine parses in the second the signal waits (2,000 articles: some seconds).
    for copy in range(80):
        shutil.copytree(ROOT / "corpus", corpus / str(copy))
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "make_map.py"), "--corpus", str(corpus), "--out",
         str(tmp_path / "out"), "--workers", "2", "--gazetteer", str(GAZETTEER)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True, preexec_fn=_ctrl_c_as_a_terminal_gives_it)
    assert process.stderr.readline() == "loading the gazetteer...\n"
    time.sleep(1.0)
    os.killpg(process.pid, signal.SIGINT)
    err = process.stderr.read()
    assert process.wait(timeout=60) == 130
    assert err.splitlines() == [
        "interrupted: stopped; the previous outputs are kept (and the cache keeps the "
        "articles parsed so far)"]


def test_a_curated_file_changed_during_a_run_with_workers_is_reported_as_such(
        tmp_path, capsys, monkeypatch):
    from geo import engines

    gazetteer = tmp_path / "gazetteer"
    shutil.copytree(GAZETTEER, gazetteer)
    corpus = _one_article_corpus(tmp_path)
    shutil.copy(BAD / "no_date.txt", corpus / "no_date.txt")
    real_pool = engines.local_processes

    def edited_meanwhile(batches, spec, workers):
        with (gazetteer / "aliases.tsv").open("a", encoding="utf-8") as handle:
            handle.write("gn:174895\tGorisville\tuser\n")
        return real_pool(batches, spec, workers)

    monkeypatch.setattr(engines, "local_processes", edited_meanwhile)
    monkeypatch.setattr(cli, "_FEW_BATCHES", 0)  # parse on the workers, however few
    out = tmp_path / "out"
    status, _, err = _run(capsys, "--corpus", str(corpus), "--out", str(out), "--workers", "2",
                          "--gazetteer", str(gazetteer))
    assert status == 2
    assert _one_error_line(err) == (f"error: {gazetteer.resolve()}: a curated file changed "
                                    "during the run; nothing was written: run again once it "
                                    "is saved")
    assert not out.exists() or not [p for p in out.iterdir() if p.suffix in OUTPUTS]


# --- the terminal ----------------------------------------------------------------------------

def test_text_for_the_terminal_has_its_control_characters_escaped_and_long_names_cut():
    from geo.terminal import shown

    assert shown("a\x1b]0;title\x07b\nc\r\u202ed\x9b") == \
        "a\\x1b]0;title\\x07b\\nc\\r\\u202ed\\x9b"
    assert shown("Xankəndi — Ağdam “quoted”") == "Xankəndi — Ağdam “quoted”"
    long = shown("x" * 10_000)
    assert long == "x" * 200 + "… (10,000 characters)"
    assert shown("\x1b" * 300, limit=4) == "\\x1b" * 4 + "… (300 characters)"


# --- the popup's link to a saved web page ------------------------------------------------------

SAVED_PAGE_TEXT = "Shells hit Goris.\n\n<script>alert(1)</script> is what the page said."


def test_a_saved_pages_popup_link_shows_its_text_and_names_the_page_as_a_second_link():
    from tests.test_mapping import data_blocks, event, page_of

    rows = [event(article="saved", url="", source_path="pages/saved.html", title="Saved"),
            event(article="web", event_id="w-1", url="https://news.example/w",
                  source_path="w.html", title="Web"),
            event(article="text", event_id="t-1", url="", source_path="t.txt", title="Text")]
    page = page_of(rows, corpus_dir="../corpus", page_texts={"saved": SAVED_PAGE_TEXT})
    blocks = data_blocks(page)
    config = blocks["geo-config"]
    assert config["articles"] == [["Saved", "../corpus/pages/saved.html"],
                                  ["Web", "https://news.example/w"], ["Text", "../corpus/t.txt"]]
    assert config["articleTexts"] == [0, -1, -1]
    assert config["savedPages"] == [1, 0, 0]  # only a saved page would run its scripts
    assert blocks["geo-texts"] == [SAVED_PAGE_TEXT]
    assert "<script>alert(1)" not in page  # the text is escaped in its data block
    assert "(opens the saved page, which runs its scripts)" in page


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None,
                    reason="chromium is not installed (apt-get install chromium)")
def test_a_saved_pages_popup_shows_its_text_as_text_and_offers_the_page_second(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    from geo.mapping import build_map, write_map
    from tests.test_map_browser import CHROMIUM_ARGS, Visit
    from tests.test_mapping import event

    rows = [event(article="saved", url="", source_path="saved.html", title="Saved page")]
    path = tmp_path / "out" / "events.html"
    path.parent.mkdir()
    write_map(build_map(pd.DataFrame(rows), title="Pages", article_count=1,
                        corpus_dir="../corpus", page_texts={"saved": SAVED_PAGE_TEXT}), path)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"),
                                             args=CHROMIUM_ARGS)
        try:
            visit = Visit(browser, path, 1)
            visit.open_popup_of("Shusha", "2020")
            source = visit.page.locator(".leaflet-popup-content .geo-source")
            assert source.inner_text() == ("Source: Saved page (text) · saved page (opens the "
                                           "saved page, which runs its scripts)")
            assert source.locator("a").nth(1).get_attribute("href") == "../corpus/saved.html"
            source.locator("a.geo-text-link").click()
            view = visit.page.locator("#geo-text-view")
            view.locator("pre").wait_for()
            assert view.locator("pre").inner_text() == SAVED_PAGE_TEXT
            assert view.locator(".geo-text-title").inner_text() == "Saved page"
            assert visit.page.evaluate("document.querySelectorAll('#geo-text-view script')"
                                       ".length") == 0
            view.locator("button").click()
            assert view.is_hidden()
            assert visit.dialogs == [] and visit.errors == [] and visit.requests == []
        finally:
            browser.close()
