"""The results cache: a re-run parses only what changed, and a bad cache is never trusted."""

import csv
import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from geo import cli, export, recognize
from geo.cache import ArticleRows, ResultCache, cache_path
from geo.engines import update_cache
from geo.gazetteer import default_cache_dir, load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "corpus"
SOME = ["2020/ganja-strike.txt", "2020/shusha-captured.md", "2023/offensive.txt",
        "other/georgia-exercise.txt"]
TABLES = ("events.csv", "mentions.csv", "unresolved.csv", "events.geojson")


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    for name in SOME[:3]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SHIPPED / name, root / name)
    return root


def make_map(corpus: Path, out: Path, capsys, *extra: str) -> tuple[int, int, str]:
    """Run make_map.py; the (from cache, parsed) counts its summary reports, and the summary."""
    assert cli.main(["--corpus", str(corpus), "--out", str(out), "--quiet", *extra]) == 0
    summary = capsys.readouterr().out
    found = re.search(r"cache: (\d+) articles from cache, (\d+) parsed", summary)
    assert found, summary
    return int(found[1]), int(found[2]), summary


def articles_in(path: Path) -> set[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return {row["article"] for row in csv.DictReader(handle)}


def tables(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLES}


def test_a_second_run_parses_nothing_and_writes_the_same_tables(corpus, tmp_path, capsys):
    out = tmp_path / "maps"
    assert make_map(corpus, out, capsys)[:2] == (0, 3)
    first = tables(out)
    assert make_map(corpus, out, capsys)[:2] == (3, 0)
    assert tables(out) == first


def test_adding_an_article_parses_only_it(corpus, tmp_path, capsys):
    out = tmp_path / "maps"
    make_map(corpus, out, capsys)
    new = corpus / SOME[3]
    new.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(SHIPPED / SOME[3], new)
    assert make_map(corpus, out, capsys)[:2] == (3, 1)
    assert "other/georgia-exercise" in articles_in(out / "mentions.csv")
    # The same tables as a run that never had a cache.
    fresh = tmp_path / "fresh"
    assert make_map(corpus, fresh, capsys)[:2] == (0, 4)
    assert tables(out) == tables(fresh)


def test_editing_an_article_parses_it_again(corpus, tmp_path, capsys):
    out = tmp_path / "maps"
    make_map(corpus, out, capsys)
    path = corpus / SOME[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nShelling hit Tartar on Monday.\n",
                    encoding="utf-8")
    assert make_map(corpus, out, capsys)[:2] == (2, 1)


def test_a_removed_article_leaves_the_outputs(corpus, tmp_path, capsys):
    out = tmp_path / "maps"
    make_map(corpus, out, capsys)
    assert "2023/offensive" in articles_in(out / "events.csv")
    (corpus / SOME[2]).unlink()
    cached, parsed, summary = make_map(corpus, out, capsys)
    assert (cached, parsed) == (2, 0)
    assert "1 removed" in summary
    assert "2023/offensive" not in articles_in(out / "events.csv")
    assert "2023/offensive" not in articles_in(out / "mentions.csv")


def test_rebuild_parses_every_article(corpus, tmp_path, capsys):
    out = tmp_path / "maps"
    make_map(corpus, out, capsys)
    first = tables(out)
    assert make_map(corpus, out, capsys, "--rebuild")[:2] == (0, 3)
    assert tables(out) == first


def test_a_corrupt_cache_is_moved_aside_and_rebuilt(corpus, tmp_path, capsys):
    out = tmp_path / "maps"
    make_map(corpus, out, capsys)
    first = tables(out)
    path = cache_path(out)
    for leftover in path.parent.glob(f"{path.name}-*"):
        leftover.unlink()
    path.write_bytes(b"this is not a database, whatever its name says" * 100)
    cached, parsed, summary = make_map(corpus, out, capsys)
    assert (cached, parsed) == (0, 3)
    assert "moved to" in summary and "rebuilt" in summary
    assert list(path.parent.glob(f"{path.name}.corrupt-*"))
    assert tables(out) == first
    assert make_map(corpus, out, capsys)[:2] == (3, 0)


# --- the cache alone, with a stand-in for the stages ---------------------------------------


def fake_engine(parsed: list[str], stop_after: int | None = None):
    """Rows made from the article alone; raises KeyboardInterrupt after `stop_after` articles."""
    def engine(batches):
        for batch in batches:
            rows = []
            for position, key, article in batch:
                if stop_after is not None and len(parsed) >= stop_after:
                    raise KeyboardInterrupt
                parsed.append(article.article_id)
                rows.append(ArticleRows(article.article_id, article.path, position, key,
                                        events=[[article.article_id, len(article.text)]]))
            yield rows
    return engine


def test_a_new_gazetteer_or_code_version_parses_everything_again(corpus, tmp_path):
    path = tmp_path / "cache.sqlite"
    for version, expected in (("gaz-1", 3), ("gaz-1", 0), ("gaz-2", 3)):
        cache = ResultCache(path)
        parsed: list[str] = []
        update_cache(corpus, cache, fake_engine(parsed), version, batch_size=1)
        cache.close()
        assert len(parsed) == expected, version


def test_a_run_stopped_half_way_keeps_what_it_finished(corpus, tmp_path):
    path = tmp_path / "cache.sqlite"
    cache = ResultCache(path)
    parsed: list[str] = []
    with pytest.raises(KeyboardInterrupt):
        update_cache(corpus, cache, fake_engine(parsed, stop_after=2), "v", batch_size=1)
    cache.close()
    assert len(parsed) == 2

    cache = ResultCache(path)
    again: list[str] = []
    progress = update_cache(corpus, cache, fake_engine(again), "v", batch_size=1)
    rows = list(cache.rows())
    cache.close()
    assert (progress.cached, progress.parsed) == (2, 1)
    assert again == [a for a in ["2020/ganja-strike", "2020/shusha-captured", "2023/offensive"]
                     if a not in parsed]
    assert [r.article_id for r in rows] == ["2020/ganja-strike", "2020/shusha-captured",
                                            "2023/offensive"]


def test_tables_streamed_from_the_cache_are_the_ones_export_writes(corpus, tmp_path, capsys):
    """make_map writes mentions.csv from each article's cached lines; export.write_tables
    writes the same tables from whole DataFrames of freshly parsed rows."""
    from geo.corpus import read_corpus
    from geo.pipeline import run_article
    from geo.recognize import load_name_index

    out = tmp_path / "maps"
    make_map(corpus, out, capsys)
    gazetteer = load_gazetteer(ROOT / "gazetteer")
    index = load_name_index(gazetteer, default_cache_dir())
    results = [run_article(article, gazetteer, index) for article in read_corpus(corpus)]
    events = [row for result in results for row in export.event_rows(result)]
    mentions = [row for result in results for row in export.mention_rows(result)]
    assert len(mentions) > 30
    whole = tmp_path / "whole"
    export.write_tables(whole, export.events_table(events), export.mentions_table(mentions))
    assert tables(out) == tables(whole)


# --- unchanged files are not read again ---------------------------------------------------


def _age(root: Path, seconds: float = 3600) -> None:
    """Backdate every file, as files saved before the run are (fresh ones are always read)."""
    for path in [root] if root.is_file() else root.rglob("*"):
        if path.is_file():
            stat = path.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - int(seconds * 1e9)))


def test_a_warm_run_reads_only_the_files_that_changed(corpus, tmp_path, capsys, monkeypatch):
    from geo import engines

    out = tmp_path / "maps"
    _age(corpus)
    make_map(corpus, out, capsys)
    read: list[str] = []
    real_read_file = engines.read_file
    monkeypatch.setattr(engines, "read_file",
                        lambda path, root: read.append(path.name) or real_read_file(path, root))
    assert make_map(corpus, out, capsys)[:2] == (3, 0)
    assert read == []
    edited = corpus / SOME[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nShelling hit Tartar.\n",
                      encoding="utf-8")
    _age(edited, 1800)
    assert make_map(corpus, out, capsys)[:2] == (2, 1)
    assert read == [edited.name]
    fresh = tmp_path / "fresh"
    make_map(corpus, fresh, capsys)
    assert tables(out) == tables(fresh)


def test_a_file_that_takes_an_unchanged_files_id_is_told_apart(corpus, tmp_path, capsys):
    """'a.md' added beside 'a.txt' takes the id 'a', and 'a.txt' becomes 'a~2'."""
    out = tmp_path / "maps"
    article = corpus / SOME[2]  # 2023/offensive.txt
    _age(corpus)
    make_map(corpus, out, capsys)
    twin = article.with_suffix(".md")
    twin.write_text("Drones struck a depot in Ganja on Monday.\n", encoding="utf-8")
    _age(corpus)
    make_map(corpus, out, capsys)
    fresh = tmp_path / "fresh"
    make_map(corpus, fresh, capsys, "--rebuild")
    assert tables(out) == tables(fresh)
    assert {"2023/offensive", "2023/offensive~2"} <= articles_in(out / "mentions.csv")


# --- damage in the middle of the cache -------------------------------------------------------


def _overwrite_page(path: Path, table: str) -> None:
    """Noise over the page that holds `table`'s rows, header and the other tables intact."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                          (table,)).fetchone()[0]
    db.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes(range(256)) * (page_size // 256))


def test_a_cache_damaged_where_a_run_reads_it_is_moved_aside_and_rebuilt(corpus, tmp_path,
                                                                        capsys):
    out = tmp_path / "maps"
    _age(corpus)  # so that the cache remembers the files, and the next run looks them up
    make_map(corpus, out, capsys)
    first = tables(out)
    path = cache_path(out)
    _overwrite_page(path, "files")
    for damage in ("files table", "header"):
        if damage == "header":  # a write version SQLite does not know: it says "read-only"
            with path.open("r+b") as handle:
                handle.seek(18)
                handle.write(b"\x07")
        cached, parsed, summary = make_map(corpus, out, capsys)
        assert (cached, parsed) == (0, 3), damage
        assert "the cache could not be read" in summary and "rebuilt" in summary
        assert tables(out) == first
    assert len(list(path.parent.glob(f"{path.name}.corrupt-*"))) == 2


# --- an edit of the gazetteer parses again only the articles it can change -----------------

LOOP = [*SOME, "2020/goris-refugees.txt", "2023/exodus-goris.txt", "2020/frontline-report.txt",
        "2020/stepanakert-shelling.txt"]


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """The loop's corpus, a copy of the curated gazetteer, and the outputs of a first run."""
    root = tmp_path_factory.mktemp("loop")
    corpus = root / "corpus"
    for name in LOOP:
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SHIPPED / name, corpus / name)
    shutil.copytree(ROOT / "gazetteer", root / "gazetteer")
    assert cli.main(["--corpus", str(corpus), "--out", str(root / "maps"), "--gazetteer",
                     str(root / "gazetteer"), "--quiet", "--workers", "1"]) == 0
    return root


@pytest.fixture(scope="module")
def base_index_read_once():
    """`recognize._cached_base_index` reading the base's index once for all the runs of
    these tests, not once a run (and letting it go with the module)."""
    indexes: dict = {}

    def read(plain, cache_dir, progress, *, _read=recognize._cached_base_index):
        key = (plain.base_fingerprint, str(cache_dir))
        if key not in indexes:
            indexes[key] = _read(plain, cache_dir, progress)
        return indexes[key]

    yield read
    indexes.clear()


@pytest.fixture
def loop(first_run, base_index_read_once, tmp_path, monkeypatch):
    """A copy of the first run (outputs, cache and gazetteer), and the ids of the articles
    parsed from then on."""
    from geo import engines

    for name in ("maps", "gazetteer"):
        shutil.copytree(first_run / name, tmp_path / name)
    parsed: list[str] = []
    real = engines.run_article
    monkeypatch.setattr(recognize, "_cached_base_index", base_index_read_once)

    def run_article(article, *args, **kwargs):
        parsed.append(article.article_id)
        return real(article, *args, **kwargs)

    monkeypatch.setattr(engines, "run_article", run_article)
    return first_run / "corpus", tmp_path, parsed


def _regenerate(corpus: Path, root: Path, out: str, capsys) -> None:
    assert cli.main(["--corpus", str(corpus), "--out", str(root / out), "--gazetteer",
                     str(root / "gazetteer"), "--quiet", "--workers", "1"]) == 0
    capsys.readouterr()


def _naming(corpus: Path, word: str) -> list[str]:
    from geo.corpus import read_corpus

    return sorted(a.article_id for a in read_corpus(corpus)
                  if re.search(rf"\b{word}\b", a.text))


@pytest.mark.parametrize(("edit", "word"), [
    (["alias", "gn:586523", "Goris"], "Goris"),  # Ganja called Goris: two candidates now
    (["move", "gn:174895", "39.52", "46.36"], "Goris"),
    (["remove", "gn:174895"], "Goris"),
    (["alias", "gn:174895", "Gorisville"], None),  # a name no article holds
], ids=["alias", "move", "remove", "alias-unseen"])
def test_an_edit_parses_again_only_the_articles_naming_it_and_gives_a_whole_runs_tables(
        loop, capsys, edit, word):
    corpus, root, parsed = loop
    assert cli.main(["gazetteer", "--gazetteer", str(root / "gazetteer"), *edit]) == 0
    _regenerate(corpus, root, "maps", capsys)
    expected = _naming(corpus, word) if word else []
    assert 0 < len(expected) < len(LOOP) or word is None
    assert sorted(parsed) == expected
    parsed.clear()
    _regenerate(corpus, root, "fresh", capsys)
    assert len(parsed) == len(LOOP)
    assert tables(root / "maps") == tables(root / "fresh")


def test_an_edit_undone_parses_the_same_articles_again(loop, capsys):
    corpus, root, parsed = loop
    aliases = root / "gazetteer" / "aliases.tsv"
    original = aliases.read_bytes()
    first = tables(root / "maps")
    assert cli.main(["gazetteer", "--gazetteer", str(root / "gazetteer"), "alias", "gn:586523",
                     "Goris"]) == 0
    _regenerate(corpus, root, "maps", capsys)
    assert sorted(parsed) == _naming(corpus, "Goris")
    parsed.clear()
    aliases.write_bytes(original)
    _regenerate(corpus, root, "maps", capsys)
    assert sorted(parsed) == _naming(corpus, "Goris")
    assert tables(root / "maps") == first


def test_an_article_with_no_record_of_its_names_is_parsed_again_after_any_edit(loop, capsys):
    corpus, root, parsed = loop
    with sqlite3.connect(cache_path(root / "maps")) as db:
        db.execute("UPDATE articles SET depends = NULL WHERE article_id = '2023/offensive'")
    db.close()
    assert cli.main(["gazetteer", "--gazetteer", str(root / "gazetteer"), "alias", "gn:174895",
                     "Gorisville"]) == 0
    _regenerate(corpus, root, "maps", capsys)
    assert parsed == ["2023/offensive"]
