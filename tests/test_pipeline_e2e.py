"""The whole pipeline, built once in a copy of the repository (see conftest.built_repo)."""

import hashlib
import html
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest
from conftest import dvc

from analysis import config

pytestmark = pytest.mark.e2e
SNAPSHOTS = {"2025-10-26": 72, "2025-11-19": 73}


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.sources: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag in ("script", "img", "iframe") and values.get("src"):
            self.sources.append(values["src"])
        if tag == "link" and values.get("href"):
            self.sources.append(values["href"])
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"])


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def test_second_repro_has_nothing_to_do(built_repo):
    status = dvc(built_repo, "status")
    assert "Data and pipelines are up to date." in status.stdout
    again = dvc(built_repo, "repro")
    assert "Running stage" not in again.stdout


def test_metrics_show_the_headline_figures(built_repo):
    metrics = json.loads(dvc(built_repo, "metrics", "show", "--json").stdout)
    figures = next(iter(metrics.values()))["data"]["data/processed/metrics.json"]["data"]
    assert figures["2025-10-26"]["signatories_total"] == 72
    assert figures["2025-11-19"]["signatories_total"] == 73
    assert figures["2025-10-26"]["un_member_signatories"] == 70
    assert figures["2025-11-19"]["un_member_signatories"] == 71
    assert figures["2025-11-19"]["signatory_states"] == 72
    assert figures["2025-11-19"]["signed_first_day"] == 69
    assert 0.4 < figures["2025-11-19"]["world_population_share"] < 0.6
    assert figures["2025-10-26"]["budapest_overlap_states"] == 31
    assert figures["2025-11-19"]["budapest_overlap_states"] == 32  # Mauritius is a party
    assert figures["2025-11-19"]["opening_uptake_share"] == round(72 / 193, 6)
    assert set(figures["2025-11-19"]["un_regional_group_rates"]) == {
        "african", "asia_pacific", "eastern_european", "grulac", "weog"}


def test_warehouse_has_every_table_and_every_signatory_matched(built_repo):
    connection = duckdb.connect(str(built_repo / "data/processed/warehouse.duckdb"),
                                read_only=True)
    tables = {row[0] for row in connection.execute("SHOW TABLES").fetchall()}
    assert {"countries", "registry_actions", "signatories", "snapshot_summary",
            "regional_participation", "signature_timeline", "map_features"} <= tables
    counts = dict(connection.execute(
        "SELECT snapshot_id, count(*) FROM signatories GROUP BY 1").fetchall())
    assert counts == SNAPSHOTS
    unmatched = connection.execute(
        "SELECT participant FROM signatories s WHERE is_state AND NOT EXISTS "
        "(SELECT 1 FROM countries c WHERE c.iso3 = s.iso3)").fetchall()
    assert unmatched == []
    assert connection.execute("SELECT participant FROM signatories WHERE iso3 IS NULL "
                              "GROUP BY 1").fetchall() == [("European Union",)]
    mauritius = connection.execute(
        "SELECT snapshot_id, CAST(signature_date AS VARCHAR), place FROM signatories "
        "WHERE iso3 = 'MUS'").fetchall()
    assert mauritius == [("2025-11-19", "2025-11-19", "New York")]


@pytest.mark.parametrize("snapshot_id", SNAPSHOTS)
def test_report_names_every_signatory_and_loads_nothing_external(built_repo, snapshot_id):
    page = built_repo / "reports" / snapshot_id / "signatory-geography.html"
    text = html.unescape(page.read_text(encoding="utf-8"))
    connection = duckdb.connect(str(built_repo / "data/processed/warehouse.duckdb"),
                                read_only=True)
    participants = [row[0] for row in connection.execute(
        "SELECT participant FROM signatories WHERE snapshot_id = ?", [snapshot_id]).fetchall()]
    assert len(participants) == SNAPSHOTS[snapshot_id]
    assert [name for name in participants if name not in text] == []
    links = parse(page)
    assert [s for s in links.sources if re.match(r"(https?:)?//", s)] == []
    assert page.stat().st_size < 3_000_000
    assert text.count("window.vegaEmbed=") == 1
    assert f"{SNAPSHOTS[snapshot_id]} signatories" in text


REPORTS = list(config.load().report_specs)


@pytest.mark.parametrize("report", REPORTS)
def test_the_vega_bundle_is_in_pages_with_charts_only(built_repo, report):
    text = (built_repo / f"reports/2025-11-19/{report}.html").read_text(encoding="utf-8")
    charts = text.count('class="vega-chart"')
    assert text.count("window.vegaEmbed=") == (1 if charts else 0)
    assert "the Vega bundle goes here" not in text


def test_report_states_its_provenance(built_repo):
    text = (built_repo / "reports/2025-11-19/signatory-geography.html").read_text("utf-8")
    manifest = (built_repo / "data/raw/manifest.yaml").read_text("utf-8")
    digest = re.search(r"path: untc/XVIII-16/2025-11-19.csv\n(?:  .*\n)*?  sha256: (\w+)",
                       manifest).group(1)
    assert digest in text
    notebook = (built_repo / "notebooks/signatory-geography.py").read_bytes()
    assert hashlib.sha256(notebook).hexdigest() in text  # the code, by content
    assert "2025-11-26T00:00:00Z" not in text  # no clock (SOURCE_DATE_EPOCH of the build)
    assert "Source: participants, map_features" in text


@pytest.mark.parametrize(("report", "charts"), [("signatory-geography", 5),
                                               ("multilateral-participation", 5)])
def test_figures_are_exported_per_chart(built_repo, report, charts):
    page = (built_repo / f"reports/2025-11-19/{report}.html").read_text(encoding="utf-8")
    figures = built_repo / "reports/2025-11-19/figures" / report
    names = sorted(p.name for p in figures.iterdir())
    assert page.count('class="vega-chart"') == charts
    slugs = set(re.findall(r'id="chart-([^"]+)"', page))
    assert names == sorted(f"{slug}{suffix}" for slug in slugs
                           for suffix in (".png", ".svg", ".vl.json"))
    assert len(slugs) == charts


@pytest.mark.parametrize(("snapshot_id", "both", "hanoi_only"), [("2025-10-26", 31, 40),
                                                                 ("2025-11-19", 32, 40)])
def test_participation_report_gives_the_budapest_overlap(built_repo, snapshot_id, both,
                                                         hanoi_only):
    page = built_repo / f"reports/{snapshot_id}/multilateral-participation.html"
    text = html.unescape(page.read_text(encoding="utf-8"))
    assert f"In both {both} States" in text
    assert f"Hanoi Convention only {hanoi_only} States" in text
    assert f", {both} signed this one; {hanoi_only} signatory States" in text
    assert "The EU signed the Hanoi Convention on 25 Oct 2025" in text


def test_every_link_inside_reports_resolves(built_repo):
    reports = built_repo / "reports"
    pages = sorted(reports.rglob("*.html"))
    assert len(pages) == len(SNAPSHOTS) * len(REPORTS) + 1
    broken = []
    for page in pages:
        for href in parse(page).hrefs:
            if href.startswith(("#", "data:")):
                continue
            target = (page.parent / href.split("#")[0]).resolve()
            if not target.is_file():
                broken.append(f"{page.relative_to(reports)} -> {href}")
    assert broken == []


def test_index_lists_snapshots_newest_first(built_repo):
    text = (built_repo / "reports/index.html").read_text(encoding="utf-8")
    assert text.index("2025-11-19/signatory-geography.html") < text.index(
        "2025-10-26/signatory-geography.html")


def test_a_fresh_build_leaves_git_status_clean(built_repo):
    """dvc.lock as committed matches what a fresh build records: the pages stamp content
    hashes, not the commit that holds dvc.lock. When this fails after a change, run
    `make reports` and commit dvc.lock."""
    status = subprocess.run(["git", "status", "--porcelain"], cwd=built_repo,
                            capture_output=True, text=True, check=True).stdout
    assert status == "", subprocess.run(["git", "diff", "--stat"], cwd=built_repo,
                                        capture_output=True, text=True).stdout


def test_dvc_plots_show_draws_the_time_series(built_repo, tmp_path):
    dvc(built_repo, "plots", "show", "-o", str(tmp_path / "plots"))
    page = (tmp_path / "plots" / "index.html").read_text(encoding="utf-8")
    specs = [json.loads(spec) for spec in re.findall(r"var spec = (\{.*?\});\s*vegaEmbed",
                                                     page, re.S)]
    titles = {spec["title"]: spec["data"]["values"] for spec in specs}
    timeline = titles["Signatures and instruments over time (latest snapshot)"]
    assert {row["field"] for row in timeline} == {"signatures", "instruments"}
    assert max(int(row["signatures"]) for row in timeline) == 73
    claims = titles["Press claims against the registry (latest snapshot)"]
    assert {row["field"] for row in claims} == {"claimed", "registry"} and len(claims) > 10
