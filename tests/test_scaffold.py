"""`python -m analysis new-report "Title"`: a notebook and one declaration make a report."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO, copy_repo, dvc, pipeline_env

from analysis import config, scaffold
from analysis.errors import InputError

PARAMS = """# top comment
snapshots:
  - "2025-11-19"

# the reports
reports:
  what-changed:
    title: What changed   # kept
    raw_inputs: ["{snapshot}"]

# next block
claims:
  about_tolerance: 0.05
"""


def test_report_name_is_the_title_in_lower_case_words_joined_by_hyphens():
    assert scaffold.report_name("Uptake race: G20 vs. others!") == "uptake-race-g20-vs-others"


def test_register_adds_the_entry_at_the_end_of_reports_and_keeps_every_other_line():
    text = scaffold.register(PARAMS, "uptake-race", "Uptake race: who signed first")
    assert text.replace(scaffold.declaration("uptake-race", "Uptake race: who signed first"),
                        "") == PARAMS
    assert text.index("uptake-race:") < text.index("# next block")
    parsed = yaml.safe_load(text)
    assert list(parsed["reports"]) == ["what-changed", "uptake-race"]
    assert parsed["reports"]["uptake-race"]["title"] == "Uptake race: who signed first"
    assert parsed["claims"] == {"about_tolerance": 0.05}


def test_new_report_refuses_a_name_that_exists(tmp_path):
    root = copy_tree(tmp_path)
    with pytest.raises(InputError, match="report 'what-changed' exists already"):
        scaffold.new_report(config.load(root), "What  changed")


def test_new_report_writes_a_notebook_that_config_and_dvc_see(tmp_path):
    root = copy_tree(tmp_path)
    notebook, name = scaffold.new_report(config.load(root), "Signing pace")
    assert (name, notebook) == ("signing-pace", root / "notebooks" / "signing-pace.py")
    loaded = config.load(root)
    assert loaded.report_specs["signing-pace"].title == "Signing pace"
    assert loaded.raw_inputs("signing-pace", "2025-11-19")[0] == "untc/XVIII-16/2025-11-19.csv"
    text = notebook.read_text(encoding="utf-8")
    assert 'snapshot_id = "2025-11-19"' in text and '# %% tags=["parameters"]' in text
    compile(text, str(notebook), "exec")


def copy_tree(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "notebooks").mkdir(parents=True)
    (root / "params.yaml").write_text((REPO / "params.yaml").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    return root


@pytest.mark.e2e
@pytest.mark.browser
def test_scaffolded_report_is_built_and_linked_from_the_index_with_its_chart_drawn(tmp_path):
    import browser_support as bs

    if not bs.CHROMIUM.exists():
        pytest.skip(f"{bs.CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    root = copy_repo(tmp_path / "repo")
    made = subprocess.run([sys.executable, "-m", "analysis", "new-report", "Signing pace"],
                          cwd=root, capture_output=True, text=True, env=pipeline_env())
    assert made.returncode == 0, made.stderr
    snapshot = config.load(root).snapshots[-1]
    built = dvc(root, "repro", f"report@signing-pace-{snapshot}", "index")
    assert f"Running stage 'report@signing-pace-{snapshot}'" in built.stdout
    assert not re.search(r"Running stage 'report@(?!signing-pace)", built.stdout)
    index = (root / "reports" / "index.html").read_text(encoding="utf-8")
    assert f'href="{snapshot}/signing-pace.html"' in index
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(bs.CHROMIUM),
                                             args=bs.CHROMIUM_ARGS)
        try:
            tab, visit = bs.open_offline(browser, root / "reports", "index.html", bs.DESKTOP)
            bs.load(tab, visit)
            with tab.expect_navigation():
                tab.click(f'a[href="{snapshot}/signing-pace.html"]')
            tab.wait_for_function(bs.ALL_CHARTS_RENDERED, timeout=bs.CHART_TIMEOUT_MS)
            info = tab.evaluate(bs.INSPECT)
        finally:
            browser.close()
    assert info["title"].startswith("Signing pace")
    assert len(info["charts"]) == 1 and info["charts"][0]["drawn"] in ("svg", "canvas")
    assert info["charts"][0]["width"] > 100 and info["charts"][0]["height"] > 100
    assert [table["rows"] > 0 for table in info["tables"]][:1] == [True]
    assert visit.page_errors == [] and visit.blocked == []
    assert (root / "reports" / snapshot / "figures" / "signing-pace"
            / "signatures-over-time.svg").is_file()
