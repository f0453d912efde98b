"""`python -m analysis new-report "Title"`: a new report notebook, declared in params.yaml.

The notebook comes from analysis/skeletons/report.py.j2 (parameters, the snapshot's tables,
one sentence and one chart computed from them); the declaration is inserted as text at the
end of `reports:` so that params.yaml keeps its comments and layout.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import jinja2
import yaml

from analysis import atomic
from analysis.config import REPORT_NAME, Config
from analysis.errors import InputError

SKELETONS = Path(__file__).parent / "skeletons"
LINE_WIDTH = 96  # params.yaml lines
# The raw files the skeleton's tables come from; edit the entry as the report grows.
DEFAULT_RAW_INPUTS = ('"{snapshot}"', "reference/country-codes.csv",
                      "reference/un-member-additions.csv", "reference/participant_aliases.csv",
                      "reference/population-worldbank.csv")


def report_name(title: str) -> str:
    """'Uptake race' -> 'uptake-race': the notebook's, page's and stages' name."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def notebook_text(title: str, snapshot_id: str) -> str:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(SKELETONS),
                                     keep_trailing_newline=True,
                                     undefined=jinja2.StrictUndefined)
    return environment.get_template("report.py.j2").render(title=title, snapshot_id=snapshot_id)


def declaration(name: str, title: str) -> str:
    title_yaml = yaml.safe_dump(title, width=1000).strip().removesuffix("...").strip()
    lead = "    raw_inputs: ["
    lines = textwrap.wrap(", ".join(DEFAULT_RAW_INPUTS), width=LINE_WIDTH - len(lead),
                          break_long_words=False, break_on_hyphens=False)
    return (f"  {name}:\n    title: {title_yaml}\n"
            + lead + ("\n" + " " * len(lead)).join(lines) + "]\n")


def register(params_text: str, name: str, title: str) -> str:
    """params.yaml with the new entry after the last line of its `reports:` block."""
    lines = params_text.splitlines(keepends=True)
    try:
        start = next(i for i, line in enumerate(lines) if line.rstrip() == "reports:")
    except StopIteration:
        raise InputError("params.yaml", "no top-level `reports:` mapping",
                         field="reports") from None
    end = start + 1
    for position in range(start + 1, len(lines)):
        line = lines[position]
        if line.strip() and not line[0].isspace():
            break
        if line.strip():
            end = position + 1
    if end == len(lines) and lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return "".join([*lines[:end], declaration(name, title), *lines[end:]])


def new_report(config: Config, title: str) -> tuple[Path, str]:
    """Write notebooks/<name>.py and declare it; return the notebook and the name."""
    title = " ".join(title.split())
    name = report_name(title)
    params_path = config.root / "params.yaml"
    if not REPORT_NAME.fullmatch(name):
        raise InputError(params_path, f"title {title!r} gives no usable report name "
                         "(it needs a letter first)", field="reports")
    notebook = config.notebook(name)
    if name in config.report_specs or notebook.exists():
        raise InputError(params_path, f"report {name!r} exists already ({notebook.name})",
                         field=f"reports.{name}")
    text = register(params_path.read_text(encoding="utf-8"), name, title)
    declared = (yaml.safe_load(text).get("reports") or {}).get(name) or {}
    if declared.get("title") != title:
        raise InputError(params_path, "could not insert the new entry into `reports:`",
                         field="reports")
    atomic.write_text(notebook, notebook_text(title, config.snapshots[-1]))
    atomic.write_text(params_path, text)
    return notebook, name
