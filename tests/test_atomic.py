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


def test_write_all_replaces_and_creates_files_together(tmp_path):
    from analysis.atomic import write_all

    old = tmp_path / "old.txt"
    old.write_bytes(b"before")
    new = tmp_path / "deep" / "er" / "new.txt"
    write_all({old: b"after", new: b"made"})
    assert (old.read_bytes(), new.read_bytes()) == (b"after", b"made")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["deep", "er", "new.txt", "old.txt"]


def test_write_all_restores_everything_when_a_rename_fails(tmp_path, monkeypatch):
    import os

    from analysis import atomic

    old = tmp_path / "old.txt"
    old.write_bytes(b"before")
    new = tmp_path / "deep" / "new.txt"
    real_replace = os.replace
    calls = []

    def failing(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(5, "I/O error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError):
        atomic.write_all({old: b"after", new: b"made"})
    monkeypatch.setattr(os, "replace", real_replace)
    assert old.read_bytes() == b"before"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["old.txt"]
