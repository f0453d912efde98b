"""A build stopped half-way leaves the previous reports intact and no temp files, and the
whole pipeline builds with no network at all."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import BUILD_ENV, REPO, VENV_BIN, dvc, pipeline_env

from analysis import atomic, config
from analysis.__main__ import shown
from analysis.errors import InputError

PNG_END = b"IEND\xaeB`\x82"


def digests(root: Path, folder: str) -> dict[str, str]:
    return {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted((root / folder).rglob("*")) if path.is_file()}


def temp_leftovers(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for folder in ("data", "reports")
                  for p in (root / folder).rglob(".*") if p.name.endswith((".tmp", ".old")))


def intact(path: Path) -> bool:
    """A whole file of its kind: what a half-written one is not."""
    data = path.read_bytes()
    if path.suffix == ".html":
        return data.rstrip().endswith(b"</html>")
    if path.suffix == ".svg":
        return data.rstrip().endswith(b"</svg>")
    if path.suffix == ".png":
        return data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(PNG_END)
    return bool(data)


def wait_for(condition, timeout: float, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"dvc repro ended (exit {process.returncode}) before the report stage "
                        f"was under way:\n{log.read_text(errors='replace')}")
        if time.monotonic() > deadline:
            pytest.fail(f"no report stage under way after {timeout} s:\n"
                        f"{log.read_text(errors='replace')}")
        time.sleep(0.05)


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.e2e
def test_sigterm_during_a_report_stage_keeps_previous_reports_and_leaves_no_temp_files(
        built_repo, tmp_path):
    root = shutil.copytree(built_repo, tmp_path / "repo", symlinks=True)
    notebook = root / "notebooks" / "signatory-geography.py"
    notebook.write_text(notebook.read_text(encoding="utf-8") + "# touched by the test\n",
                        encoding="utf-8")
    before = digests(root, "reports")
    log = tmp_path / "repro.log"
    with log.open("wb") as out:
        process = subprocess.Popen([str(VENV_BIN / "dvc"), "repro"], cwd=root, stdout=out,
                                   stderr=subprocess.STDOUT, env=pipeline_env(),
                                   start_new_session=True)
    try:
        # Under way: DVC has started the stage and build_report has opened its temp folder
        # for the figures beside reports/<snapshot>/figures/signatory-geography.
        wait_for(lambda: "Running stage 'report@signatory-geography-"
                 in log.read_text(errors="replace")
                 and any((root / "reports").glob("*/figures/.signatory-geography.*.tmp")),
                 timeout=180, process=process, log=log)
        time.sleep(1)  # the notebook is executing
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)
        deadline = time.monotonic() + 60  # the report command cleans up, then exits
        while group_alive(process.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not group_alive(process.pid), "processes of the stopped build still running"
    finally:
        if group_alive(process.pid):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    assert process.returncode != 0

    assert temp_leftovers(root) == []
    after = digests(root, "reports")
    missing = sorted(set(before) - set(after))
    assert missing == []
    damaged = [name for name in before
               if after[name] != before[name] and not intact(root / name)]
    assert damaged == []

    dvc(root, "repro")
    assert "Data and pipelines are up to date." in dvc(root, "status").stdout
    assert temp_leftovers(root) == []


def offline_prefix() -> list[str]:
    """A command prefix that runs in a new network namespace with only loopback up (the
    notebook kernel talks to papermill over 127.0.0.1); skip when namespaces are refused."""
    if not shutil.which("unshare") or not shutil.which("ip"):
        pytest.skip("needs `unshare` and `ip` (util-linux, iproute2) to cut the network")
    up = ["sh", "-c", 'ip link set lo up && exec "$@"', "sh"]
    for unshare in (["unshare", "--net"], ["unshare", "--net", "--map-root-user"]):
        probe = subprocess.run([*unshare, *up, "true"], capture_output=True, text=True)
        if probe.returncode == 0:
            return [*unshare, *up]
    pytest.skip(f"cannot create a network namespace here (`unshare --net`): "
                f"{probe.stderr.strip()}")


@pytest.mark.e2e
def test_full_build_succeeds_offline_and_dvc_does_not_phone_home(built_repo, tmp_path):
    root = shutil.copytree(built_repo, tmp_path / "repo", symlinks=True)
    prefix = offline_prefix()
    no_route = subprocess.run(
        [*prefix, str(VENV_BIN / "python"), "-c",
         "import socket; socket.create_connection(('192.0.2.1', 443), timeout=5)"],
        capture_output=True, text=True)
    assert no_route.returncode != 0 and "unreachable" in no_route.stderr.lower()

    env = pipeline_env(**BUILD_ENV)
    for name in ("DVC_NO_ANALYTICS", "DVC_TEST", "CI"):  # let .dvc/config decide
        env.pop(name, None)
    result = subprocess.run([*prefix, str(VENV_BIN / "dvc"), "repro", "--force", "--verbose"],
                            cwd=root, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    output = result.stdout + result.stderr
    reports = len(config.load(root).report_specs) * len(config.load(root).snapshots)
    assert output.count("Running stage") == 4 + reports  # verify, validate, warehouse, index
    # .dvc/config sets analytics = false and check_update = false: DVC sends no usage report
    # and spawns no daemon; `dvc version`, the one command that looks for updates, does not.
    assert "Analytics is disabled." in output
    assert "Trying to spawn" not in output
    version = subprocess.run([*prefix, str(VENV_BIN / "dvc"), "version", "--verbose"],
                             cwd=root, env=env, capture_output=True, text=True)
    assert version.returncode == 0, version.stderr
    assert "Check for update is disabled." in version.stdout + version.stderr
    assert "Trying to spawn" not in version.stdout + version.stderr
    for page in sorted((root / "reports").rglob("*.html")):
        assert intact(page), page
    assert (json.loads((root / "data/processed/metrics.json").read_text(encoding="utf-8"))
            == json.loads((built_repo / "data/processed/metrics.json").read_text("utf-8")))


# --- the pieces, without a build ---------------------------------------------------------------

def test_sigterm_unwinds_a_command_so_its_temp_folder_is_removed(tmp_path):
    target = tmp_path / "figures"
    target.mkdir()
    (target / "a.svg").write_text("old")
    script = (
        "import os, signal, sys, time\n"
        "from pathlib import Path\n"
        "from analysis import atomic\n"
        "from analysis.__main__ import _terminate\n"
        "signal.signal(signal.SIGTERM, _terminate)\n"
        "with atomic.atomic_dir(Path(sys.argv[1])) as folder:\n"
        "    (folder / 'b.svg').write_text('half')\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    time.sleep(30)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(target)], cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 128 + signal.SIGTERM, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures"]
    assert [p.name for p in target.iterdir()] == ["a.svg"]


def test_folder_swap_interrupted_between_its_renames_puts_the_old_folder_back(
        tmp_path, monkeypatch):
    target = tmp_path / "figures"
    target.mkdir()
    (target / "a.svg").write_text("old")
    renames = []

    def replace(source, destination):
        renames.append(Path(source).name)
        if len(renames) == 2:  # the new folder onto the target: stopped before it happens
            raise SystemExit(143)
        os.rename(source, destination)

    monkeypatch.setattr(atomic.os, "replace", replace)
    with pytest.raises(SystemExit), atomic.atomic_dir(target) as folder:
        (folder / "b.svg").write_text("new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures"]
    assert [p.name for p in target.iterdir()] == ["a.svg"]


def test_command_line_errors_name_files_relative_to_the_project(tmp_path, monkeypatch):
    monkeypatch.setenv("HANOI_ROOT", str(tmp_path))
    inside = InputError(tmp_path / "data/raw/x.csv", "bad", row=3, field="f")
    assert shown(inside) == "data/raw/x.csv, row 3, field 'f': bad"
    outside = InputError("/elsewhere/y.csv", "bad", row=1)
    assert shown(outside) == "/elsewhere/y.csv, row 1: bad"
    assert shown(InputError("params.yaml", "bad", field="render.engine")) == (
        "params.yaml, field 'render.engine': bad")
