"""The daily loop as a user meets it: run from any folder, a corpus folder's settings, the
names unresolved.csv asks the user to add, and adding one of them.

tests/data/unresolved/village_raid.txt was written for this: a raid on villages and camps
the gazetteer lacks (made-up names), told with the words that put a name in a place's
position, beside names that are no places (a person, a governor, a company).
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from geo import cli
from geo.terminal import TerminalProgress

ROOT = Path(__file__).resolve().parent.parent
RAID = ROOT / "tests" / "data" / "unresolved"
# The names the article puts where a place stands, none of them in the gazetteer: in its
# dateline, after "the village of", before "camp" and "province", after "near" and "in".
PLACES_TO_ADD = {"Korvali", "Um Sederat", "Abu Tirwa", "Jebel Asrani", "Hillat Marou",
                 "Dar Silwa"}
NOT_PLACES = {"Amna Yusuf", "Khalid Omer", "Governor Khalid Omer", "Nile Trading Company",
              "Nile Trading", "Field Dispatch", "Sunday"}
SHELLING = ("date 2020-10-12\n\nArtillery shelled the Lachin corridor on Monday, and "
            "residents of Hadrut fled toward the south, officials said.\n")


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def raid_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("raid") / "maps"
    assert cli.main(["--corpus", str(RAID), "--out", str(out), "--quiet"]) == 0
    return out


# --- unresolved.csv -------------------------------------------------------------------------

def test_unresolved_lists_the_names_in_a_places_position_that_the_gazetteer_lacks(raid_out):
    names = {row["name"] for row in rows(raid_out / "unresolved.csv")}
    assert names >= PLACES_TO_ADD
    assert not names & NOT_PLACES


def test_an_unresolved_row_gives_its_count_article_and_sentence(raid_out):
    row = next(r for r in rows(raid_out / "unresolved.csv") if r["name"] == "Abu Tirwa")
    assert (row["count"], row["articles"], row["example_article"]) == ("1", "1", "village_raid")
    assert row["example_sentence"].startswith("By midday thousands had reached Abu Tirwa camp")


def test_names_found_for_unresolved_csv_are_no_mentions_and_no_events(raid_out):
    """They are listed for the user to add, and change nothing else: mentions.csv and
    events.csv are what they were without them."""
    mentioned = {row["text"] for row in rows(raid_out / "mentions.csv")}
    assert not mentioned & {"Korvali", "KORVALI", "Um Sederat", "Abu Tirwa", "Dar Silwa"}
    placed = {row["place_as_written"] for row in rows(raid_out / "events.csv")}
    assert not placed & {"Um Sederat", "Abu Tirwa", "Dar Silwa"}


def test_a_name_from_unresolved_csv_is_added_with_its_country_kind_and_source(
        raid_out, tmp_path, capsys):
    from geo.gazetteer import load_gazetteer

    gazetteer = tmp_path / "gazetteer"
    shutil.copytree(ROOT / "gazetteer", gazetteer)
    status = cli.main(["gazetteer", "--gazetteer", str(gazetteer), "add", "--from-unresolved",
                       str(raid_out / "unresolved.csv"), "Um Sederat", "--lat", "13.61",
                       "--lon", "25.35"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "named 1 time(s) in 1 article(s)" in out and "attacked the village of" in out
    [row] = [r for r in (gazetteer / "places.tsv").read_text(encoding="utf-8").splitlines()
             if r.startswith("cur:um-sederat\t")]
    fields = row.split("\t")
    assert fields[1:4] == ["Um Sederat", "city", "SD"]  # Sudan: where its article's places are
    assert "village_raid" in fields[-1]
    place = load_gazetteer(gazetteer).candidates("Um Sederat")[0]
    assert (place.lat, place.lon, place.country) == (13.61, 25.35, "SD")


def test_the_daily_loop_adds_a_name_and_the_next_run_places_it_reparsing_only_its_article(
        tmp_path, capsys):
    """Map, read unresolved.csv, add a name from it, map again: the name is now a place, and
    only the article that names it is parsed again."""
    folder = tmp_path / "conflict"
    shutil.copytree(ROOT / "gazetteer", folder / "gazetteer")
    shutil.copytree(RAID, folder / "articles")
    (folder / "articles" / "shelling.txt").write_text(SHELLING, encoding="utf-8")
    (folder / "articles" / "geo.toml").write_text('gazetteer = "../gazetteer"\nout = "../map"\n',
                                                  encoding="utf-8")
    argv = ["--corpus", str(folder / "articles"), "--quiet"]
    assert cli.main(argv) == 0
    assert "Um Sederat" in {r["name"] for r in rows(folder / "map" / "unresolved.csv")}
    assert cli.main(["gazetteer", "--gazetteer", str(folder / "gazetteer"), "add",
                     "--from-unresolved", str(folder / "map" / "unresolved.csv"), "Um Sederat",
                     "--lat", "13.61", "--lon", "25.35"]) == 0
    capsys.readouterr()
    assert cli.main(argv) == 0
    assert "cache: 1 articles from cache, 1 parsed" in capsys.readouterr().out
    assert "Um Sederat" not in {r["name"] for r in rows(folder / "map" / "unresolved.csv")}
    placed = {(r["text"], r["place_id"]) for r in rows(folder / "map" / "mentions.csv")}
    assert ("Um Sederat", "cur:um-sederat") in placed


def test_a_name_not_in_unresolved_csv_is_refused_with_the_closest_names(raid_out, tmp_path,
                                                                        capsys):
    gazetteer = tmp_path / "gazetteer"
    shutil.copytree(ROOT / "gazetteer", gazetteer)
    before = (gazetteer / "places.tsv").read_bytes()
    status = cli.main(["gazetteer", "--gazetteer", str(gazetteer), "add", "--from-unresolved",
                       str(raid_out / "unresolved.csv"), "Um Sedarat", "--lat", "13",
                       "--lon", "25"])
    [message] = capsys.readouterr().err.splitlines()
    assert status == 2
    assert "unresolved.csv: no row names 'Um Sedarat'; did you mean 'Um Sederat'?" in message
    assert (gazetteer / "places.tsv").read_bytes() == before


def test_add_help_lists_the_kinds_of_places(capsys):
    with pytest.raises(SystemExit):
        cli.main(["gazetteer", "add", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for kind in ("continent", "country", "admin1", "admin2", "city", "region", "feature"):
        assert f"{kind}:" in text


# --- from any folder, with a corpus's own settings ------------------------------------------

def _make_map(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ}
    env.pop("PYTHONPATH", None)  # as a user runs it: the script finds its own package
    return subprocess.run([sys.executable, str(ROOT / "make_map.py"), *argv], cwd=cwd,
                          capture_output=True, text=True, env=env, timeout=600)


def test_a_run_from_another_folder_uses_the_projects_curated_gazetteer(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "shelling.txt").write_text(SHELLING, encoding="utf-8")
    done = _make_map("--corpus", ".", cwd=corpus)
    assert done.returncode == 0, done.stderr
    assert f"gazetteer: {ROOT / 'gazetteer'}, " in done.stdout
    assert "curated rows" in done.stdout
    # Run from inside the corpus: the map goes beside it, not into it.
    out = tmp_path / "articles-map"
    assert f"map: {out / 'events.html'}" in done.stdout
    places = {row["place_id"] for row in rows(out / "mentions.csv")}
    assert {"cur:lachin-corridor", "cur:hadrut"} <= places  # only the curated files have them


def test_a_corpus_settings_file_names_its_gazetteer_output_and_title(tmp_path):
    corpus = tmp_path / "conflict" / "articles"
    corpus.mkdir(parents=True)
    (corpus / "shelling.txt").write_text(SHELLING, encoding="utf-8")
    shutil.copytree(ROOT / "gazetteer", tmp_path / "conflict" / "gazetteer")
    (corpus / "geo.toml").write_text(
        'gazetteer = "../gazetteer"\nout = "../map"\ntitle = "Lachin, autumn 2020"\n',
        encoding="utf-8")
    done = _make_map("--corpus", str(corpus), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"settings: {corpus / 'geo.toml'}" in done.stdout
    assert "articles: 1 read, 0 skipped" in done.stdout  # the settings file is no article
    assert f"gazetteer: {tmp_path / 'conflict' / 'gazetteer'}, " in done.stdout
    html = (tmp_path / "conflict" / "map" / "events.html").read_text(encoding="utf-8")
    assert "Lachin, autumn 2020" in html
    # A command-line option overrides the file.
    assert cli.main(["--corpus", str(corpus), "--out", str(tmp_path / "other"),
                     "--quiet"]) == 0
    assert (tmp_path / "other" / "events.html").is_file()


@pytest.mark.parametrize(("text", "problem"), [
    ('gazetteer = "../gaz"\nout = \n', "not valid TOML: "),
    ('gazeteer = "../gazetteer"\n', "unknown setting 'gazeteer' (known: gazetteer, out, title)"),
    ("title = 2020\n", "title must be a non-empty string in quotes, not 2020"),
    ('gazetteer = "no-such-folder"\n', "no such folder of curated gazetteer files "
                                       "('gazetteer' in "),
])
def test_a_bad_settings_file_is_one_line_naming_it_and_nothing_is_written(
        tmp_path, capsys, text, problem):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "shelling.txt").write_text(SHELLING, encoding="utf-8")
    (corpus / "geo.toml").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["--corpus", str(corpus), "--out", str(out), "--quiet"]) == 2
    [message] = capsys.readouterr().err.splitlines()
    assert message.startswith("error: ") and problem in message
    assert "geo.toml" in message
    assert not (out / "events.html").exists()


def test_without_corpus_the_shipped_corpus_is_read_wherever_the_run_starts(tmp_path):
    out = tmp_path / "maps"
    done = _make_map("--out", str(out), "--workers", "1", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"corpus: {ROOT / 'corpus'} (the project's sample" in done.stdout
    assert (out / "events.html").is_file()


# --- the terminal ------------------------------------------------------------------------------

class _Terminal:
    """A stream that says it is a terminal, keeping what is written."""

    def __init__(self, terminal: bool = True):
        self.terminal, self.written = terminal, []

    def isatty(self) -> bool:
        return self.terminal

    def write(self, text: str) -> None:
        self.written.append(text)

    def flush(self) -> None:
        pass


def test_progress_is_drawn_on_a_terminal_and_ends_its_line():
    stream = _Terminal()
    show = TerminalProgress(stream, interval=0.0)
    for done in range(1, 4):
        show(done, 3, "building the base gazetteer (once)")
    show(5, 0, "articles")
    show.finish()
    text = "".join(stream.written)
    assert "\rbuilding the base gazetteer (once): 3 of 3 (100%)" in text
    assert "\rarticles: 5" in text
    assert text.endswith("\n") and text.count("\n") == 2


def test_progress_is_silent_in_a_pipe_and_with_quiet():
    for stream, enabled in ((_Terminal(terminal=False), True), (_Terminal(), False)):
        show = TerminalProgress(stream, enabled=enabled, interval=0.0)
        show(1, 2, "articles")
        show.finish()
        assert stream.written == []


# --- the machine -----------------------------------------------------------------------------

def test_workers_auto_parses_on_the_free_cores_only_when_enough_articles_need_it(
        tmp_path, monkeypatch):
    from geo import engines

    class Pooled(Exception):
        """Raised by the stand-in pool: the run chose the workers (and how many)."""

    def pool(batches, spec, workers):
        raise Pooled(workers)
        yield  # (a generator, as the real one)

    monkeypatch.setattr(engines, "local_processes", pool)
    monkeypatch.setattr(cli, "_free_cores", lambda: 2)
    corpus = str(ROOT / "corpus")  # 22 articles
    monkeypatch.setattr(cli, "AUTO_WORKERS_FROM", 16)
    with pytest.raises(Pooled) as pooled:
        cli.main(["--corpus", corpus, "--out", str(tmp_path / "a"), "--quiet"])
    assert pooled.value.args == (2,)
    # Too few articles for the cores, or one process asked for: parsed here.
    assert cli.main(["--corpus", corpus, "--out", str(tmp_path / "b"), "--quiet",
                     "--workers", "1"]) == 0
    monkeypatch.setattr(cli, "AUTO_WORKERS_FROM", 1000)
    assert cli.main(["--corpus", corpus, "--out", str(tmp_path / "c"), "--quiet"]) == 0


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_workers_must_be_a_number_of_processes_or_auto(value, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--workers", value])
    assert stopped.value.code == 2
    assert "--workers" in capsys.readouterr().err


def test_workers_auto_counts_only_the_cores_other_work_leaves_free(monkeypatch):
    monkeypatch.setattr(cli.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    for load, free in ((0.2, 2), (1.1, 2), (2.0, 1), (3.5, 1)):
        monkeypatch.setattr(cli.os, "getloadavg", lambda load=load: (load, load, load))
        assert cli._free_cores() == free, load
