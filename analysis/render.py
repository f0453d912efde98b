"""Execute a report notebook with papermill and render it to one self-contained HTML page.

Quarto renders when the `quarto` executable is on PATH (render.engine: auto) or is asked
for; nbconvert with our own template otherwise. Either way the page loads the Vega bundle
once, inline, and makes no network request.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import jupytext
import nbformat
import papermill
from jupyter_client.manager import AsyncKernelManager
from nbconvert import HTMLExporter

from analysis import atomic, figures, provenance
from analysis.config import REPORT_STAGE, Config
from analysis.errors import InputError
from analysis.page import TEMPLATES, insert_vega_bundle, page_parts
from analysis.reportdata import SnapshotTables


def choose_engine(setting: str) -> str:
    if setting == "nbconvert":
        return "nbconvert"
    if shutil.which("quarto"):
        return "quarto"
    if setting == "quarto":
        raise InputError("params.yaml", "render.engine is quarto but no `quarto` executable "
                         "is on PATH", field="render.engine")
    return "nbconvert"


def execute(config: Config, report: str, snapshot_id: str, figures_dir: Path,
            km: AsyncKernelManager | None = None) -> nbformat.NotebookNode:
    """Run the notebook for one snapshot, in ``km``'s kernel if one is given (see
    analysis.kernel), else in a new one. Paths are passed relative to the project root
    (the kernel's working directory), so the executed notebook and the page it becomes
    do not depend on where the project was built."""
    notebook = jupytext.read(config.notebook(report))
    notebook.metadata["kernelspec"] = {"name": config.kernel, "display_name": config.kernel,
                                       "language": "python"}

    def relative(path: Path) -> str:
        return path.relative_to(config.root).as_posix()

    parameters = {
        "snapshot_id": snapshot_id,
        "data_dir": relative(config.snapshot_tables(snapshot_id)),
        "figures_dir": relative(figures_dir),
    }
    if "atlas_path" in _declared_parameters(notebook):
        parameters["atlas_path"] = relative(config.atlas_110m)
    executed = papermill.execute_notebook(
        notebook, None, parameters=parameters, kernel_name=config.kernel,
        progress_bar=False, cwd=str(config.root), execution_timeout=config.execution_timeout_s,
        **({"km": km} if km is not None else {}),
    )
    return normalize(executed)


def _declared_parameters(notebook: nbformat.NotebookNode) -> set[str]:
    for cell in notebook.cells:
        if "parameters" in cell.metadata.get("tags", []):
            return {line.split("=")[0].strip() for line in cell.source.splitlines()
                    if "=" in line and not line.lstrip().startswith("#")}
    return set()


def normalize(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what differs between two runs of the same notebook: timings and run metadata."""
    clean = copy.deepcopy(notebook)
    clean.metadata.pop("papermill", None)
    clean.metadata.pop("widgets", None)
    for cell in clean.cells:
        for key in ("papermill", "execution", "collapsed", "scrolled"):
            cell.metadata.pop(key, None)
        cell.pop("id", None)
    clean.nbformat_minor = 4  # ids are random; minor 4 is the last without them
    return clean


def nbconvert_exporter(page: dict) -> HTMLExporter:
    """The page's exporter, its templates loaded and compiled by rendering an empty
    notebook: done while the kernel starts, it is off the stage's critical path."""
    exporter = HTMLExporter(template_name="hanoi",
                            extra_template_basedirs=[str(TEMPLATES / "nbconvert")])
    exporter.from_notebook_node(nbformat.v4.new_notebook(), resources={"page": page})
    return exporter


def render_nbconvert(notebook: nbformat.NotebookNode, page: dict,
                     exporter: HTMLExporter | None = None) -> str:
    exporter = exporter or nbconvert_exporter(page)
    body, _ = exporter.from_notebook_node(notebook, resources={"page": page})
    return body


def render_quarto(notebook: nbformat.NotebookNode, page: dict, work: Path) -> str:
    """Quarto renders the executed notebook without running it again (no --execute)."""
    source = work / "report.ipynb"
    nbformat.write(notebook, source)
    parts = {name: work / f"{name}.html" for name in ("head_extra", "body_top", "body_bottom")}
    for name, path in parts.items():
        path.write_text(page[name], encoding="utf-8")
    subprocess.run(
        ["quarto", "render", str(source), "--to", "html", "--no-execute",
         "-M", "embed-resources:true", "-M", "html-math-method:plain", "-M", "code-fold:true",
         "-M", f"lang:{page['lang']}", "-M", f"pagetitle:{page['html_title']}",
         "-M", f"include-in-header:{parts['head_extra']}",
         "-M", f"include-before-body:{parts['body_top']}",
         "-M", f"include-after-body:{parts['body_bottom']}"],
        check=True, cwd=work, capture_output=True, text=True,
    )
    return (work / "report.html").read_text(encoding="utf-8")


def report_raw_files(config: Config, report: str, snapshot_id: str) -> dict[str, str]:
    """The report's raw files with the hashes the warehouse recorded for its snapshot."""
    recorded = json.loads(config.snapshot_raw_files(snapshot_id).read_text(encoding="utf-8"))
    return {path: recorded[path] for path in config.raw_inputs(report, snapshot_id)}


def _relative(config: Config, report: str, snapshot_id: str) -> tuple[str, str | None]:
    previous = config.previous_snapshot(snapshot_id)
    previous_href = f"../{previous}/{config.report_spec(report).name}.html" if previous else None
    return "../index.html", previous_href


def build_report(config: Config, report: str, snapshot_id: str,
                 km: AsyncKernelManager | None = None) -> Path:
    """Execute and render one report for one snapshot; nothing is replaced unless all succeed.
    The figures' SVG and PNG are exported here, on another core, while the kernel runs."""
    config.report_spec(report)
    if snapshot_id not in config.snapshots:
        raise InputError(config.root / "params.yaml",
                         f"snapshot {snapshot_id!r} is not listed", field="snapshots")
    engine = choose_engine(config.render_engine)
    target = config.report_html(report, snapshot_id)
    scratch = config.scratch_figures(report, snapshot_id)
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    with atomic.atomic_dir(config.figures_dir(report, snapshot_id)) as published, \
            tempfile.TemporaryDirectory() as work:
        with figures.StaticExports(scratch):  # the page renders while the last ones export
            # The stamp, the page parts and the exporter depend on the inputs only: made
            # while the kernel starts, they are ready when the notebook has run.
            stamp = provenance.stamp(
                config, snapshot_id, report_raw_files(config, report, snapshot_id),
                renderer=engine, inputs=provenance.stage_inputs(
                    config, REPORT_STAGE, {"report": report, "snapshot": snapshot_id}))
            index_href, previous_href = _relative(config, report, snapshot_id)
            tables = SnapshotTables(config.snapshot_tables(snapshot_id))
            page = page_parts(config, title=config.report_spec(report).title,
                              snapshot_id=snapshot_id, stamp=stamp, index_href=index_href,
                              previous_href=previous_href,
                              signature_period=tables.one_row("signature_period"),
                              entry_into_force=tables.one_row("entry_into_force"))
            exporter = nbconvert_exporter(page) if engine == "nbconvert" else None
            executed = execute(config, report, snapshot_id, scratch, km)
            text = (render_quarto(executed, page, Path(work)) if engine == "quarto"
                    else render_nbconvert(executed, page, exporter))
            text = insert_vega_bundle(text)
        for figure in sorted(scratch.iterdir()):
            shutil.copy2(figure, published / figure.name)
        atomic.write_text(config.executed_notebook(report, snapshot_id),
                          nbformat.writes(executed) + "\n")
        atomic.write_text(target, text)
    return target
