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
