import pytest

from geo.atomic import atomic_open, write_text_atomic


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
    assert (tmp_path / "places.tsv~").read_text() == "v1\n"


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
    assert (tmp_path / "places.tsv~").read_text() == "v1\n"
