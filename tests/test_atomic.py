import pytest

from analysis import atomic


def test_failed_write_leaves_the_previous_file_intact(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic.atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("killed")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_successful_write_replaces_the_file_readable_by_all(tmp_path):
    target = tmp_path / "out.txt"
    atomic.write_text(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o644


def test_failed_folder_build_keeps_the_old_folder(tmp_path):
    target = tmp_path / "figures"
    target.mkdir()
    (target / "a.svg").write_text("old")
    with pytest.raises(RuntimeError), atomic.atomic_dir(target) as folder:
        (folder / "b.svg").write_text("new")
        raise RuntimeError("killed")
    assert [p.name for p in target.iterdir()] == ["a.svg"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures"]


def test_folder_build_replaces_the_folder_whole(tmp_path):
    target = tmp_path / "figures"
    target.mkdir()
    (target / "a.svg").write_text("old")
    with atomic.atomic_dir(target) as folder:
        (folder / "b.svg").write_text("new")
    assert [p.name for p in target.iterdir()] == ["b.svg"]
