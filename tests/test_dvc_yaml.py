"""dvc.yaml declares what each stage reads, so that DVC reruns a stage when, and only when,
something it uses has changed."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from analysis import config, kernel

REPO = Path(__file__).resolve().parents[1]
STAGES = yaml.safe_load((REPO / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
REPORTS = config.load(REPO).report_specs
STAGE_COMMANDS = {"verify": "provenance", "validate": "staging", "warehouse": "warehouse",
                  "index": "index"}  # what `python -m analysis <stage>` imports first


def analysis_imports(source: str) -> set[str]:
    """The analysis modules a piece of code imports (analysis.x or from analysis import x)."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "analysis":
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analysis."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {alias.name.split(".")[1] for alias in node.names
                      if alias.name.startswith("analysis.")}
    return found


def closure(modules: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(modules)
    while todo:
        module = todo.pop()
        path = REPO / "analysis" / f"{module}.py"
        if module in seen or not path.is_file():
            continue
        seen.add(module)
        todo.extend(analysis_imports(path.read_text(encoding="utf-8")))
    return seen


def declared(stage: dict) -> set[str]:
    return {Path(dep).stem for dep in stage["deps"] if dep.startswith("analysis/")
            and dep.endswith(".py")}


@pytest.mark.parametrize("report", list(REPORTS))
def test_report_stage_depends_on_every_module_each_notebook_and_the_command_import(report):
    """One stage builds every report (dvc.yaml `report`, a matrix over params.yaml
    `reports:`), so its deps must cover what any of the notebooks imports."""
    notebook = (REPO / "notebooks" / f"{report}.py").read_text(encoding="utf-8")
    used = closure({"render", "kernel"} | analysis_imports(kernel.import_statements(notebook)))
    assert used - declared(STAGES["report"]) == set(), report


def test_report_stage_is_generated_over_every_report_and_snapshot():
    stage = STAGES["report"]
    assert stage["matrix"] == {"report": "${reports}", "snapshot": "${snapshots}"}
    assert "notebooks/${item.report}.py" in stage["deps"]
    assert "data/processed/snapshots/${item.snapshot}" in stage["deps"]
    assert "reports.${item.report}" in stage["params"]  # a new report reruns no other
    assert not [name for name in STAGES if name != "report" and "matrix" in STAGES[name]]


@pytest.mark.parametrize("name", sorted(STAGE_COMMANDS))
def test_other_stages_depend_on_the_modules_they_run(name):
    used = closure({STAGE_COMMANDS[name]})
    assert used - declared(STAGES[name]) == set(), name


def test_dvc_names_each_report_stage_after_its_report_and_snapshot():
    listed = subprocess.run([str(Path(sys.executable).parent / "dvc"), "stage", "list",
                             "--name-only"], cwd=REPO, capture_output=True, text=True,
                            check=True).stdout.split()
    snapshots = config.load(REPO).snapshots
    assert sorted(name for name in listed if name.startswith("report@")) == sorted(
        f"report@{report}-{snapshot}" for report in REPORTS for snapshot in snapshots)


def test_the_committed_lock_holds_only_stages_dvc_yaml_declares():
    # DVC never drops the lock entry of a renamed or removed stage; every stage it runs
    # parses and rewrites the whole lock, so stale entries slow every build.
    listed = subprocess.run([str(Path(sys.executable).parent / "dvc"), "stage", "list",
                             "--name-only"], cwd=REPO, capture_output=True, text=True,
                            check=True).stdout.split()
    locked = yaml.safe_load((REPO / "dvc.lock").read_text(encoding="utf-8"))["stages"]
    assert set(locked) <= set(listed), sorted(set(locked) - set(listed))
