"""dvc.yaml declares what each stage reads, so that DVC reruns a stage when, and only when,
something it uses has changed."""

import ast
from pathlib import Path

import pytest
import yaml

from analysis import kernel
from analysis.config import REPORTS

REPO = Path(__file__).resolve().parents[1]
STAGES = yaml.safe_load((REPO / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
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


@pytest.mark.parametrize("report", sorted(REPORTS))
def test_report_stages_depend_on_every_module_their_command_and_notebook_import(report):
    notebook = (REPO / "notebooks" / f"{report}.py").read_text(encoding="utf-8")
    used = closure({"render", "kernel"} | analysis_imports(kernel.import_statements(notebook)))
    stage = STAGES[REPORTS[report].slug]
    assert used - declared(stage) == set(), REPORTS[report].slug
    assert f"notebooks/{report}.py" in stage["deps"]


@pytest.mark.parametrize("name", sorted(STAGE_COMMANDS))
def test_other_stages_depend_on_the_modules_they_run(name):
    used = closure({STAGE_COMMANDS[name]})
    assert used - declared(STAGES[name]) == set(), name
