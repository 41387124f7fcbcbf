import os
from pathlib import Path

import pytest

from geo.atomic import (
    PUBLISH_JOURNAL,
    atomic_open,
    finish_publishing,
    published_together,
    write_text_atomic,
)


def test_a_failed_write_leaves_the_old_file_whole(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_open(path) as handle:
        handle.write("new, half written")
        raise RuntimeError("interrupted")
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]


def test_a_write_replaces_the_file_and_can_keep_the_previous_version(tmp_path):
    path = tmp_path / "places.tsv"
    path.write_text("v1\n")
    write_text_atomic(path, "v2\n", keep_backup=True)
    assert path.read_text() == "v2\n"
    assert (tmp_path / ".backup" / "places.tsv").read_text() == "v1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".backup", "places.tsv"]
    assert (tmp_path / ".backup" / ".gitignore").read_text().splitlines()[-1] == "*"


def test_a_rewritten_file_keeps_its_permissions_and_a_new_one_is_readable(tmp_path):
    path = tmp_path / "aliases.tsv"
    path.write_text("v1\n")
    path.chmod(0o640)
    write_text_atomic(path, "v2\n")
    assert path.stat().st_mode & 0o777 == 0o640
    fresh = tmp_path / "new.tsv"
    write_text_atomic(fresh, "x\n")
    assert fresh.stat().st_mode & 0o444  # readable, unlike mkstemp's 0600


def test_a_failed_write_does_not_touch_the_backup(tmp_path):
    path = tmp_path / "places.tsv"
    path.write_text("v1\n")
    write_text_atomic(path, "v2\n", keep_backup=True)
    with pytest.raises(RuntimeError), atomic_open(path, keep_backup=True) as handle:
        handle.write("v3")
        raise RuntimeError("interrupted")
    assert path.read_text() == "v2\n"
    assert (tmp_path / ".backup" / "places.tsv").read_text() == "v1\n"


def test_files_published_together_replace_the_old_set_only_on_success(tmp_path):
    (tmp_path / "a.csv").write_text("old a")
    (tmp_path / "b.html").write_text("old b")
    with pytest.raises(RuntimeError), published_together(tmp_path) as staging:
        (staging / "a.csv").write_text("new a")
        raise RuntimeError("died before the map")
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {
        "a.csv": "old a", "b.html": "old b"}
    with published_together(tmp_path) as staging:
        (staging / "a.csv").write_text("new a")
        (staging / "b.html").write_text("new b")
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {
        "a.csv": "new a", "b.html": "new b"}


def test_a_publication_killed_after_its_journal_is_finished_by_the_next_run(tmp_path,
                                                                          monkeypatch):
    (tmp_path / "a.csv").write_text("old a")
    (tmp_path / "b.html").write_text("old b")
    real_replace = os.replace
    renamed: list[str] = []

    def dies_after_one_rename(source, target):
        if Path(target).parent == tmp_path and Path(target).name in ("a.csv", "b.html"):
            if renamed:
                raise KeyboardInterrupt  # stands for the process being killed here
            renamed.append(Path(target).name)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", dies_after_one_rename)
    with pytest.raises(KeyboardInterrupt), published_together(tmp_path) as staging:
        (staging / "a.csv").write_text("new a")
        (staging / "b.html").write_text("new b")
    monkeypatch.setattr(os, "replace", real_replace)
    assert (tmp_path / PUBLISH_JOURNAL).exists()
    assert finish_publishing(tmp_path) == ["b.html"]
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {
        "a.csv": "new a", "b.html": "new b"}


def test_a_staging_folder_left_without_a_journal_is_dropped(tmp_path):
    (tmp_path / "a.csv").write_text("old a")
    (tmp_path / ".staging-x").mkdir()
    (tmp_path / ".staging-x" / "a.csv").write_text("half")
    assert finish_publishing(tmp_path) == []
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {"a.csv": "old a"}
