"""Reads params.yaml. The only module that knows where files live."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from analysis.errors import InputError

RENDER_ENGINES = ("auto", "quarto", "nbconvert")
SNAPSHOT = "{snapshot}"  # stands for the report's own registry snapshot in ReportSpec.raw_inputs
ARTICLES = "{articles}"  # stands for every file under data/raw/articles/
REPORT_STAGE = "report"  # the dvc.yaml stage that builds every report for every snapshot
REPORT_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
HISTORIC = "{historic}"  # stands for every file under data/raw/historic/


@dataclass(frozen=True)
class ReportSpec:
    """One entry of `reports:` in params.yaml. Its name is that of the notebook
    (notebooks/<name>.py), of the page (reports/<snapshot>/<name>.html) and of its stages."""

    name: str
    title: str
    raw_inputs: tuple[str, ...]  # paths under data/raw/ the report's figures come from

    @property
    def slug(self) -> str:
        return self.name


@dataclass(frozen=True)
class Config:
    root: Path
    treaty_id: str
    treaty_title: str
    treaty_short_title: str
    status_url: str
    entry_into_force_instruments: int
    entry_into_force_delay_days: int
    signature_closes: dt.date  # last day of the signature period (article 64)
    event_place: str
    event_start: dt.date
    event_end: dt.date
    snapshots: tuple[str, ...]
    about_tolerance: float
    nearly_tolerance: float
    render_engine: str
    kernel: str
    execution_timeout_s: int
    report_specs: dict[str, ReportSpec]  # params.yaml `reports:`, in the order listed

    # raw inputs
    @property
    def raw(self) -> Path:
        return self.root / "data" / "raw"

    @property
    def dvc_yaml(self) -> Path:
        return self.root / "dvc.yaml"

    @property
    def manifest(self) -> Path:
        return self.raw / "manifest.yaml"

    def snapshot_csv(self, snapshot_id: str) -> Path:
        return self.raw / "untc" / self.treaty_id / f"{snapshot_id}.csv"

    def snapshot_sources(self) -> Path:
        """Where add-snapshot keeps each snapshot's source document, as <id>.xml or <id>.csv."""
        return self.raw / "untc" / self.treaty_id / "source"

    @property
    def reference(self) -> Path:
        return self.raw / "reference"

    @property
    def historic(self) -> Path:
        """Participant tables of earlier treaties (<id>.csv) and their treaties.csv."""
        return self.raw / "historic"

    @property
    def historic_treaties(self) -> Path:
        return self.historic / "treaties.csv"

    def historic_table(self, treaty_id: str) -> Path:
        return self.historic / f"{treaty_id}.csv"

    @property
    def participation(self) -> Path:
        return self.raw / "participation"

    @property
    def articles(self) -> Path:
        return self.raw / "articles"

    @property
    def press_claims(self) -> Path:
        return self.raw / "press-claims.csv"

    @property
    def group_files(self) -> list[Path]:
        """Every group-membership table: country-groups.csv and reviewed additions."""
        return [self.participation / "country-groups.csv",
                self.participation / "un-security-council-permanent.csv"]

    @property
    def atlas_110m(self) -> Path:
        return self.reference / "world-atlas-countries-110m.topo.json"

    @property
    def atlas_50m(self) -> Path:
        return self.reference / "world-atlas-countries-50m.topo.json"

    # build outputs
    @property
    def interim(self) -> Path:
        return self.root / "data" / "interim"

    @property
    def verified(self) -> Path:
        return self.interim / "verified.json"

    @property
    def validated(self) -> Path:
        return self.interim / "validated"

    @property
    def processed(self) -> Path:
        return self.root / "data" / "processed"

    @property
    def warehouse(self) -> Path:
        return self.processed / "warehouse.duckdb"

    @property
    def tables(self) -> Path:
        return self.processed / "tables"

    def snapshot_tables(self, snapshot_id: str) -> Path:
        return self.processed / "snapshots" / snapshot_id

    def snapshot_raw_files(self, snapshot_id: str) -> Path:
        """{path: sha256} of the raw files the snapshot's reports are made from."""
        return self.snapshot_tables(snapshot_id) / "raw_files.json"

    @property
    def plots(self) -> Path:
        """CSV files for `dvc plots` (analysis/plots.py)."""
        return self.processed / "plots"

    @property
    def metrics(self) -> Path:
        return self.processed / "metrics.json"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    def report_html(self, report: str, snapshot_id: str) -> Path:
        return self.reports / snapshot_id / f"{self.report_specs[report].name}.html"

    def figures_dir(self, report: str, snapshot_id: str) -> Path:
        return self.reports / snapshot_id / "figures" / self.report_specs[report].name

    def scratch_figures(self, report: str, snapshot_id: str) -> Path:
        """Where a notebook writes its figures before they replace the published ones."""
        return self.root / "build" / "figures" / snapshot_id / self.report_specs[report].name

    def executed_notebook(self, report: str, snapshot_id: str) -> Path:
        return self.root / "build" / "notebooks" / snapshot_id / f"{report}.ipynb"

    def report_spec(self, report: str) -> ReportSpec:
        try:
            return self.report_specs[report]
        except KeyError:
            raise InputError(self.root / "params.yaml", f"no report named {report!r} "
                             f"(known: {', '.join(self.report_specs)})",
                             field="reports") from None

    def notebook(self, report: str) -> Path:
        return self.root / "notebooks" / f"{report}.py"

    def raw_inputs(self, report: str, snapshot_id: str) -> list[str]:
        snapshot_csv = self.snapshot_csv(snapshot_id).relative_to(self.raw).as_posix()
        folders = {ARTICLES: self.articles, HISTORIC: self.historic}
        paths: list[str] = []
        for item in self.report_spec(report).raw_inputs:
            if item in folders:
                paths.extend(sorted(p.relative_to(self.raw).as_posix()
                                    for p in folders[item].glob("*") if p.is_file()))
            else:
                paths.append(snapshot_csv if item == SNAPSHOT else item)
        return paths

    def previous_snapshot(self, snapshot_id: str) -> str | None:
        position = self.snapshots.index(snapshot_id)
        return self.snapshots[position - 1] if position > 0 else None


def _require(params: dict[str, Any], dotted: str, kind: type | tuple[type, ...],
             path: Path) -> Any:
    value: Any = params
    for key in dotted.split("."):
        if not isinstance(value, dict) or key not in value:
            raise InputError(path, "missing required setting", field=dotted)
        value = value[key]
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        raise InputError(path, f"expected {kind.__name__}, got {value!r}", field=dotted)
    return value


def _date(params: dict[str, Any], dotted: str, path: Path) -> dt.date:
    value = _require(params, dotted, object, path)
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(path, f"expected an ISO date YYYY-MM-DD, got {value!r}",
                         field=dotted) from None


def _fraction(params: dict[str, Any], dotted: str, path: Path) -> float:
    value = _require(params, dotted, (int, float), path)
    if isinstance(value, bool) or not 0 <= value < 1:
        raise InputError(path, f"expected a fraction from 0 to 1, got {value!r}", field=dotted)
    return float(value)


def _snapshot_ids(raw: Any, path: Path) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw:
        raise InputError(path, "expected a non-empty list of snapshot dates", field="snapshots")
    ids: list[str] = []
    for position, item in enumerate(raw):
        text = item.isoformat() if isinstance(item, dt.date) else str(item)
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise InputError(
                path, f"snapshot id {text!r} is not an ISO date YYYY-MM-DD",
                field=f"snapshots[{position}]",
            ) from None
        ids.append(text)
    if ids != sorted(set(ids)):
        raise InputError(path, "snapshots must be unique and listed oldest first",
                         field="snapshots")
    return tuple(ids)


def _report_specs(raw: Any, path: Path) -> dict[str, ReportSpec]:
    if not isinstance(raw, dict) or not raw:
        raise InputError(path, "expected a mapping of report names to their settings",
                         field="reports")
    specs = {}
    for name, entry in raw.items():
        where = f"reports.{name}"
        if not isinstance(name, str) or not REPORT_NAME.fullmatch(name):
            raise InputError(path, f"report name {name!r} must be lower-case words joined by "
                             "hyphens, e.g. uptake-race", field=where)
        if not isinstance(entry, dict):
            raise InputError(path, "expected title and raw_inputs", field=where)
        title = _require({"reports": raw}, f"{where}.title", str, path)
        inputs = entry.get("raw_inputs")
        if not isinstance(inputs, list) or not all(isinstance(i, str) for i in inputs):
            raise InputError(path, "expected a list of paths under data/raw/",
                             field=f"{where}.raw_inputs")
        specs[name] = ReportSpec(name, title, tuple(inputs))
    return specs


def project_root() -> Path:
    """The project folder: $HANOI_ROOT when set, else the working directory."""
    return Path(os.environ.get("HANOI_ROOT", ".")).resolve()


def load(root: Path | None = None) -> Config:
    """Load and check params.yaml under ``root`` (default: project_root())."""
    root = (root or project_root()).resolve()
    path = root / "params.yaml"
    try:
        params = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        raise InputError(path, f"not valid YAML: {getattr(error, 'problem', error)}",
                         row=None if line is None else line + 1) from None
    if not isinstance(params, dict):
        raise InputError(path, "expected a mapping at the top level")
    engine = _require(params, "render.engine", str, path)
    if engine not in RENDER_ENGINES:
        raise InputError(path, f"must be one of {', '.join(RENDER_ENGINES)}, got {engine!r}",
                         field="render.engine")
    return Config(
        root=root,
        treaty_id=_require(params, "treaty.id", str, path),
        treaty_title=_require(params, "treaty.title", str, path),
        treaty_short_title=_require(params, "treaty.short_title", str, path),
        status_url=_require(params, "treaty.status_url", str, path),
        entry_into_force_instruments=_require(params, "treaty.entry_into_force_instruments", int,
                                              path),
        entry_into_force_delay_days=_require(params, "treaty.entry_into_force_delay_days", int,
                                             path),
        signature_closes=_date(params, "treaty.signature_closes", path),
        event_place=_require(params, "treaty.signing_event.place", str, path),
        event_start=_date(params, "treaty.signing_event.start", path),
        event_end=_date(params, "treaty.signing_event.end", path),
        snapshots=_snapshot_ids(params.get("snapshots"), path),
        about_tolerance=_fraction(params, "claims.about_tolerance", path),
        nearly_tolerance=_fraction(params, "claims.nearly_tolerance", path),
        render_engine=engine,
        kernel=_require(params, "render.kernel", str, path),
        execution_timeout_s=_require(params, "render.execution_timeout_s", int, path),
        report_specs=_report_specs(params.get("reports"), path),
    )
