"""The same tables, byte for byte, whether articles are parsed here, on processes or on Dask."""

from pathlib import Path

import pytest

from geo import cli
from geo.corpus import read_corpus
from geo.engines import here_when_few
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
