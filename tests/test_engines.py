"""The same tables, byte for byte, whether articles are parsed here, on processes or on Dask."""

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from geo import cli, engines
from geo.corpus import read_corpus
from geo.engines import here_when_few, made_beside
from geo.model import Article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TABLES = ("events.csv", "mentions.csv", "unresolved.csv", "events.geojson")


def parsed_all() -> str:
    count = sum(isinstance(item, Article) for item in read_corpus(CORPUS))
    return f"0 articles from cache, {count} parsed"


def make_map(out: Path, *extra: str) -> dict[str, bytes]:
    assert cli.main(["--corpus", str(CORPUS), "--out", str(out), "--quiet", *extra]) == 0
    return {name: (out / name).read_bytes() for name in TABLES}


@pytest.fixture(scope="module")
def serial(tmp_path_factory) -> dict[str, bytes]:
    return make_map(tmp_path_factory.mktemp("serial"))


def test_two_local_processes_write_the_same_tables(serial, tmp_path, capsys):
    assert make_map(tmp_path, "--workers", "2") == serial
    assert parsed_all() in capsys.readouterr().out


def test_a_dask_cluster_writes_the_same_tables(serial, tmp_path, capsys):
    from dask.distributed import LocalCluster  # in the test extra: never skipped

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        assert make_map(tmp_path, "--dask", cluster.scheduler_address) == serial
    assert parsed_all() in capsys.readouterr().out


def test_the_tables_written_beside_the_map_are_those_written_after_it(serial, tmp_path,
                                                                    monkeypatch):
    monkeypatch.setattr(engines, "_can_fork", lambda: False)
    assert make_map(tmp_path) == serial


def test_the_serial_tables_are_not_empty(serial):
    # Guards the comparisons above against two engines agreeing on nothing.
    assert serial["events.csv"].count(b"\n") > 10
    assert serial["mentions.csv"].count(b"\n") > 100


def test_a_handful_of_new_articles_is_parsed_here_not_on_workers():
    def engine_named(name, used):
        def engine(batches):
            for batch in batches:
                used.append(name)
                yield batch
        return engine

    for batches, expected in (([["a"], ["b"]], "here"), ([["a"], ["b"], ["c"]], "pool")):
        used: list[str] = []
        out = list(here_when_few(engine_named("pool", used), engine_named("here", used),
                                 iter(batches), few=2))
        assert out == batches
        assert set(used) == {expected}


# --- work beside this process


_BESIDE = """
import os, sys
from geo.engines import made_beside
with made_beside(lambda: str(os.getpid()).encode()) as made:
    print(os.getpid(), made().decode())
"""


def test_bytes_made_beside_are_made_in_another_process_while_the_body_runs_here():
    # (In a process of its own: other tests leave threads in this one, and beside other
    # threads nothing is forked.)
    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        pytest.skip("a system that cannot fork, or one core: the bytes are made here")
    done = subprocess.run([sys.executable, "-c", _BESIDE], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    here, maker = done.stdout.split()
    assert maker != here


def test_bytes_the_copy_fails_to_make_are_made_here_and_its_error_raised_here(tmp_path):
    here = os.getpid()
    tries = tmp_path / "tries"

    def make():
        with tries.open("a") as handle:
            handle.write("here\n" if os.getpid() == here else "copy\n")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"), made_beside(make) as made:
        made()
    assert tries.read_text().splitlines()[-1] == "here"


def test_nothing_is_forked_beside_other_threads_and_the_bytes_are_made_when_asked():
    order = []
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        with made_beside(lambda: order.append(("made", os.getpid())) or b"page") as made:
            order.append(("body", os.getpid()))
            assert made() == b"page"
    finally:
        release.set()
        other.join()
    assert order == [("body", os.getpid()), ("made", os.getpid())]


def test_a_body_that_fails_stops_the_copy_and_makes_nothing_here():
    made_here = []
    with pytest.raises(KeyError), made_beside(lambda: made_here.append(1) or b"") as _made:
        raise KeyError("tables")
    assert made_here == []
