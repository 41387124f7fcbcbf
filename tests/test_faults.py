"""A run or a gazetteer update killed (SIGKILL) at a random moment loses nothing.

Each test kills a `make_map.py` subprocess 20 times at random delays, then checks what is
on disk: every output file complete and valid, and every gazetteer row the user wrote still
there and parseable.
"""

from __future__ import annotations

import csv
import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.atomic import PUBLISH_JOURNAL, finish_publishing
from geo.curated import read_curated

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "data" / "bad"
KILLS = 20
CORPORA = {  # two small corpora whose outputs tell them apart by their article ids
    "A": ("good_shelling.txt", "bom_utf8.txt", "no_date.txt"),
    "B": ("latin1_windows1252.txt", "ragged_row.csv"),
}

pytestmark = pytest.mark.slow


def _make_map(*argv: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "make_map.py"), *argv], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_after(process: subprocess.Popen, delay: float) -> int:
    """SIGKILL the process after `delay` seconds unless it ended; its return code."""
    try:
        return process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        return process.wait()


def _articles_of_csv(path: Path) -> set[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["article"].split("/")[0] for row in csv.DictReader(handle)}


def _corpus_of_outputs(out: Path) -> set[str]:
    """Which corpus each output file came from; asserts every file is complete and valid."""
    labels: set[str] = set()

    def label(articles: set[str]) -> None:
        found = {name for name, files in CORPORA.items()
                 if articles and articles <= {Path(f).stem for f in files}}
        assert articles == set() or len(found) == 1, articles
        labels.update(found)

    label(_articles_of_csv(out / "events.csv"))
    label(_articles_of_csv(out / "mentions.csv"))
    with (out / "unresolved.csv").open(encoding="utf-8", newline="") as handle:
        list(csv.DictReader(handle))
    geojson = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    label({feature["properties"]["article"].split("/")[0] for feature in geojson["features"]})
    html = (out / "events.html").read_text(encoding="utf-8")
    assert html.rstrip().endswith("</html>")
    labels.update(name for name in CORPORA if f"<title>run {name}" in html)
    return labels


@pytest.fixture()
def corpora(tmp_path) -> dict[str, Path]:
    """The two corpora of CORPORA, each in a folder of its own."""
    folders = {}
    for name, files in CORPORA.items():
        folders[name] = tmp_path / f"corpus-{name}"
        folders[name].mkdir()
        for file in files:
            shutil.copy(BAD / file, folders[name] / file)
    return folders


def test_killed_runs_leave_the_outputs_of_one_run_whole(tmp_path, corpora):
    """Each file is complete, and all of them are the previous run's or the new one's. A kill
    between the journal and the last rename may leave a mix, but only with the journal there,
    and the next run's first step (finish_publishing) completes it."""
    out = tmp_path / "out"

    def run(name: str) -> subprocess.Popen:
        return _make_map("--corpus", str(corpora[name]), "--out", str(out), "--quiet",
                         "--title", f"run {name}")

    assert run("A").wait() == 0
    assert _corpus_of_outputs(out) == {"A"}
    started = time.perf_counter()
    run_time = time.perf_counter()
    assert run("B").wait() == 0
    run_time = time.perf_counter() - run_time
    randomness = random.Random(20201004)
    killed = 0
    for number in range(KILLS):
        code = _kill_after(run("AB"[number % 2]), randomness.uniform(0.1, run_time * 1.1))
        killed += code == -signal.SIGKILL
        if len(_corpus_of_outputs(out)) == 2:  # each file whole, but of two runs
            assert (out / PUBLISH_JOURNAL).exists()
        finish_publishing(out)
        assert len(_corpus_of_outputs(out)) == 1
        assert not list(out.glob(".staging-*"))
    assert killed >= KILLS // 2  # most kills landed during a run
    assert time.perf_counter() - started < 180


def test_a_run_failing_after_its_tables_leaves_no_mix_of_old_and_new(tmp_path, corpora,
                                                                     monkeypatch, capsys):
    from geo import cli, mapping

    out = tmp_path / "out"
    argv = ["--out", str(out), "--quiet", "--gazetteer", str(ROOT / "gazetteer")]
    assert cli.main(["--corpus", str(corpora["A"]), "--title", "run A", *argv]) == 0
    assert _corpus_of_outputs(out) == {"A"}

    def dies(*args, **kwargs):
        raise MemoryError("killed while building the map")

    monkeypatch.setattr(mapping, "build_map", dies)
    with pytest.raises(MemoryError):
        cli.main(["--corpus", str(corpora["B"]), "--title", "run B", *argv])
    capsys.readouterr()
    assert len(_corpus_of_outputs(out)) == 1


def _rows(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def test_killed_gazetteer_updates_keep_every_row_and_parse(tmp_path):
    gazetteer = tmp_path / "gazetteer"
    shutil.copytree(ROOT / "gazetteer", gazetteer)
    kept = {name: set(_rows(gazetteer / name)) for name in ("places.tsv", "aliases.tsv")}
    randomness = random.Random(20230919)
    durations = []
    killed = 0
    for number in range(KILLS):
        if number % 2:
            command = ["alias", "gn:174895", f"Testgoris{number}"]
            written = ("aliases.tsv", f"gn:174895\tTestgoris{number}")
        else:
            command = ["add", f"Testville{number}", "--lat", "40.1", "--lon", "46.2",
                       "--kind", "city", "--country", "AZ", "--source", "test"]
            written = ("places.tsv", f"cur:testville{number}\tTestville{number}")
        started = time.perf_counter()
        process = _make_map("gazetteer", "--gazetteer", str(gazetteer), *command)
        if number < 2:  # the first two run to the end, to time a whole update
            code = process.wait()
            durations.append(time.perf_counter() - started)
        else:
            code = _kill_after(process, randomness.uniform(0.05, max(durations) * 1.1))
        killed += code == -signal.SIGKILL
        curated = read_curated(gazetteer)
        assert [str(p) for p in curated.problems if p.error] == []
        for name in kept:
            assert kept[name] <= set(_rows(gazetteer / name)), name  # nothing lost
        if code == 0:  # a finished command's row must be there, from now on
            (name, start), = [written]
            row = next(r for r in _rows(gazetteer / name) if r.startswith(start))
            kept[name].add(row)
    assert killed >= KILLS // 3
