"""Every built report page in a real browser (headless Chromium), with the network cut off.

Pages come from dvc.yaml at collection time (see browser_support.declared_pages), so each
test names its page, e.g. test_charts_render[2025-11-19/signatory-geography.html];
test_every_built_page_is_tested checks that list against reports/**/*.html of the build.

Each page is loaded once at desktop width and once at phone width (390x844) and the results
are shared by the tests below; the desktop visit also runs axe-core, sorts and filters a
table by keyboard and prints the page to PDF. Side products for a reviewer, never asserted
on: test-artifacts/screenshots/<snapshot>-<report>.png (and -phone.png),
test-artifacts/pdf/<snapshot>-<report>.pdf, and test-artifacts/browser-metrics.json with
each page's size, time to first chart and axe-core counts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import browser_support as bs
import pytest

pytestmark = pytest.mark.browser

if not bs.CHROMIUM.exists():
    pytest.skip(f"{bs.CHROMIUM} is not installed (apt-get install chromium); Playwright's own "
                "browser download does not work here", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

PAGES = bs.page_list()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole module."""
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(bs.CHROMIUM),
                                              args=bs.CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def reports(built_repo: Path) -> Path:
    return built_repo / "reports"


@pytest.fixture(scope="module")
def desktop(browser: Any, reports: Path) -> Iterator[Callable[[str], bs.Visit]]:
    """Load a page once at desktop width (cached); write browser-metrics.json at the end."""
    visits: dict[str, bs.Visit] = {}

    def get(page: str) -> bs.Visit:
        if not (reports / page).is_file():
            pytest.fail(f"{page}: dvc.yaml declares it but the build did not write it")
        if page not in visits:
            visits[page] = bs.visit_desktop(browser, reports, page)
        return visits[page]

    yield get
    if visits:
        bs.ARTIFACTS.mkdir(parents=True, exist_ok=True)
        metrics = {
            "note": "Timings are from one headless load each and are noisy; nothing asserts "
                    "on them. *_ms are performance.now() from navigation start; the chart "
                    "times come from a MutationObserver on data-rendered, so charts finished "
                    "in the same task share one time.",
            "viewport": bs.DESKTOP,
            "pages": {page: visit.metrics() for page, visit in sorted(visits.items())},
        }
        bs.METRICS.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def phone(browser: Any, reports: Path) -> Callable[[str], tuple[bs.Visit, dict]]:
    """Load a page once at 390x844 (cached) and measure widths."""
    visits: dict[str, tuple[bs.Visit, dict]] = {}

    def get(page: str) -> tuple[bs.Visit, dict]:
        if not (reports / page).is_file():
            pytest.fail(f"{page}: dvc.yaml declares it but the build did not write it")
        if page not in visits:
            visits[page] = bs.visit_phone(browser, reports, page)
        return visits[page]

    return get


def problems_in(page: str, what: str, problems: list[str]) -> str:
    return f"{page}: {what}:\n  " + "\n  ".join(problems)


def clipped(charts: list[dict]) -> list[str]:
    """Chart text (axis titles, labels) drawn past the edge of its svg, where it is cut off."""
    return [f"{chart['selector']} > svg: text {item['text']!r} spans x={item['left']}.."
            f"{item['right']}, past the svg's x={chart['drawnLeft']:.0f}.."
            f"{chart['drawnRight']:.0f} (cut off)"
            for chart in charts for item in chart["clipped"]]


def test_every_built_page_is_tested(reports: Path) -> None:
    built = bs.built_pages(reports)
    assert "index.html" in built
    assert len(built) > 1, "the build wrote no report pages"
    untested = sorted(set(built) - set(PAGES))
    assert not untested, problems_in(
        "reports/", "pages built but not declared as dvc.yaml outs, so not browser-tested",
        untested)
    missing = sorted(set(PAGES) - set(built))
    assert not missing, problems_in("reports/", "declared in dvc.yaml but not built", missing)


@pytest.mark.parametrize("page", PAGES)
def test_loads_offline_without_errors(desktop, page: str) -> None:
    visit = desktop(page)
    problems = [f"blocked request: {url}" for url in visit.blocked]
    problems += [f"failed request: {text}" for text in visit.failed]
    problems += [f"console error: {text}" for text in visit.console_errors]
    problems += [f"page error: {text}" for text in visit.page_errors]
    assert not problems, problems_in(page, "network use or errors while loading", problems)


@pytest.mark.parametrize("page", PAGES)
def test_charts_render(desktop, page: str) -> None:
    visit = desktop(page)
    problems = [f"{chart['selector']}: not drawn (no data-rendered=\"true\" after "
                f"{bs.CHART_TIMEOUT_MS} ms)" for chart in visit.info["charts"]
                if not chart["rendered"]]
    problems += [f"{chart['selector']}: no svg or canvas inside" for chart in
                 visit.info["charts"] if not chart["drawn"]]
    problems += [f"{chart['selector']}: its {chart['drawn']} is {chart['width']:.0f}x"
                 f"{chart['height']:.0f} px" for chart in visit.info["charts"]
                 if chart["drawn"] and (chart["width"] < 1 or chart["height"] < 1)]
    problems += [f"script.vega-spec[data-target={spec['target']!r}]: no .vega-chart with "
                 "that id" for spec in visit.info["specs"] if not spec["chart"]]
    problems += clipped(visit.info["charts"])
    assert not problems, problems_in(page, f"charts at {bs.DESKTOP['width']} px", problems)


@pytest.mark.parametrize("page", PAGES)
def test_data_tables_have_rows(desktop, page: str) -> None:
    empty = [f"{table['selector']} (caption {table['caption']!r}): no tbody rows"
             for table in desktop(page).info["tables"] if table["rows"] == 0]
    assert not empty, problems_in(page, "empty data tables", empty)


@pytest.mark.parametrize("page", PAGES)
def test_links_resolve(desktop, reports: Path, page: str) -> None:
    visit = desktop(page)
    broken = bs.broken_links(reports, page, visit.info["links"], visit.info["ids"])
    assert not broken, problems_in(page, "broken links", broken)


@pytest.mark.parametrize("page", PAGES)
def test_html_has_lang(desktop, page: str) -> None:
    lang = desktop(page).info["lang"]
    assert lang and lang.strip(), f"{page}: <html> has no lang attribute"


@pytest.mark.parametrize("page", PAGES)
def test_headings_do_not_skip_levels(desktop, page: str) -> None:
    visit = desktop(page)
    assert visit.info["headings"], f"{page}: no headings at all"
    skipped = bs.skipped_heading_levels(visit.info["headings"])
    assert not skipped, problems_in(page, "heading levels skipped", skipped)


@pytest.mark.parametrize("page", PAGES)
def test_charts_are_labelled(desktop, page: str) -> None:
    problems = []
    for chart in desktop(page).info["charts"]:
        if not chart["label"]:
            problems.append(f"{chart['selector']}: no aria-label")
        if not chart["describedby"]:
            problems.append(f"{chart['selector']}: no aria-describedby")
        problems += [f"{chart['selector']}: aria-describedby={ref['id']!r} names no element"
                     for ref in chart["describedby"] if not ref["exists"]]
        problems += [f"{chart['selector']}: aria-describedby={ref['id']!r} is empty"
                     for ref in chart["describedby"] if ref["exists"] and not ref["text"]]
    assert not problems, problems_in(page, "chart accessibility", problems)


@pytest.mark.parametrize("page", PAGES)
def test_show_code_toggle(desktop, page: str) -> None:
    visit = desktop(page)
    toggle = visit.info["toggle"]
    if not toggle["code"]:
        assert not toggle["shown"], (
            f"{page}: button#toggle-code is shown but the page has no details.code to show")
        return
    assert toggle["shown"], (f"{page}: {toggle['code']} details.code blocks but "
                             "button#toggle-code is missing or hidden")
    assert toggle["codeShown"] == 0, (
        f"{page}: {toggle['codeShown']} of {toggle['code']} details.code shown before the "
        "toggle is pressed")
    after = visit.after_toggle
    assert after["codeShown"] == toggle["code"], (
        f"{page}: clicking button#toggle-code showed {after['codeShown']} of "
        f"{toggle['code']} details.code")
    assert after["pressed"] == "true", (
        f"{page}: button#toggle-code has aria-pressed={after['pressed']!r} after the click")


@pytest.mark.parametrize("page", PAGES)
def test_charts_fit_phone_width(phone, page: str) -> None:
    visit, layout = phone(page)
    width = layout["viewport"]
    problems = [f"{chart['selector']}: not drawn at phone width" for chart in layout["charts"]
                if not chart["drawn"]]
    for chart in layout["charts"]:
        name = chart["selector"]
        if chart["drawn"] and (chart["drawnWidth"] > width or chart["drawnRight"] > width + 0.5
                               or chart["drawnLeft"] < -0.5):
            problems.append(f"{name} > {chart['drawn']}: {chart['drawnWidth']:.0f} px wide, "
                            f"spans x={chart['drawnLeft']:.0f}..{chart['drawnRight']:.0f} in a "
                            f"{width} px viewport")
        if chart["scrollWidth"] > chart["clientWidth"] + 1:
            problems.append(f"{name}: content {chart['scrollWidth']} px wide overflows its "
                            f"{chart['clientWidth']} px box")
        if chart["right"] > width + 0.5:
            problems.append(f"{name}: right edge at {chart['right']:.0f} px, viewport {width} px")
    problems += [f"console error: {text}" for text in visit.console_errors + visit.page_errors]
    problems += [f"blocked request: {url}" for url in visit.blocked]
    assert not problems, problems_in(page, f"charts at {bs.PHONE['width']} px", problems)


@pytest.mark.parametrize("page", PAGES)
def test_chart_text_is_not_cut_off_at_phone_width(phone, page: str) -> None:
    _, layout = phone(page)
    problems = clipped(layout["charts"])
    assert not problems, problems_in(page, f"chart text at {bs.PHONE['width']} px", problems)


@pytest.mark.parametrize("page", PAGES)
def test_page_does_not_scroll_sideways_at_phone_width(phone, page: str) -> None:
    """Wide content belongs in a scrolling box (like .table-wrap), not past the screen edge."""
    _, layout = phone(page)
    problems = [f"{item['selector']}: right edge at {item['right']} px"
                for item in layout["overflow"]]
    assert not problems, problems_in(
        page, f"page is {layout['scrollWidth']} px wide in a {layout['viewport']} px viewport",
        problems)


@pytest.mark.parametrize("page", PAGES)
def test_tables_and_charts_show_words_not_codes(desktop, page: str) -> None:
    """Headings, cells and chart text in the words of analysis/vocabulary.yaml."""
    codes = desktop(page).readability["codes"]
    assert not codes, problems_in(page, "machine names or stored codes shown to readers", codes)


@pytest.mark.parametrize("page", PAGES)
def test_chart_labels_are_not_cut_short(desktop, page: str) -> None:
    cut = desktop(page).readability["ellipsis"]
    assert not cut, problems_in(page, "chart labels ending in an ellipsis", cut)


@pytest.mark.parametrize("page", PAGES)
def test_page_and_tables_fit_desktop_width(desktop, page: str) -> None:
    readability = desktop(page).readability
    problems = list(readability["wideTables"])
    if readability["scrollWidth"] > readability["viewport"]:
        problems.append(f"page is {readability['scrollWidth']} px wide in a "
                        f"{readability['viewport']} px viewport")
    assert not problems, problems_in(page, f"sideways scrolling at {bs.DESKTOP['width']} px",
                                     problems)


@pytest.mark.parametrize("page", PAGES)
def test_axe_finds_no_serious_or_critical_violations(desktop, page: str) -> None:
    bad = [f"{v['impact']}: {v['id']} ({v['help']}) at {v['targets']}"
           for v in desktop(page).axe if v["impact"] in ("serious", "critical")]
    assert not bad, problems_in(page, "axe-core violations", bad)


@pytest.mark.parametrize("page", PAGES)
def test_tables_sort_by_keyboard(desktop, page: str) -> None:
    sorting = desktop(page).sorting
    if sorting is None:
        pytest.skip(f"{page} has no sortable table with two or more rows")
    first, second = sorting["first"], sorting["second"]
    assert sorting["focused"], f"{page}: the sort button lost focus after Enter"
    assert {first["ariaSort"], second["ariaSort"]} == {"ascending", "descending"}, (
        f"{page}: #{sorting['table']}: aria-sort went {first['ariaSort']!r} then "
        f"{second['ariaSort']!r} on two presses of Enter")
    for state in (first, second):
        assert state[state["ariaSort"]], (
            f"{page}: #{sorting['table']} says aria-sort={state['ariaSort']!r} but its rows "
            f"are not in that order: {state['keys'][:10]}")
    assert first["keys"] != second["keys"] or len(set(first["keys"])) == 1, (
        f"{page}: #{sorting['table']}: the second Enter did not reverse the rows")


@pytest.mark.parametrize("page", PAGES)
def test_tables_filter_by_keyboard(desktop, page: str) -> None:
    filtering = desktop(page).filtering
    if not filtering:
        pytest.skip(f"{page} has no table long enough for a search box")
    problems = []
    for box in filtering:
        term, typed, cleared = box["term"].lower(), box["typed"], box["cleared"]
        if not typed["shown"] or any(term not in row for row in typed["shown"]):
            problems.append(f"#{box['input']}: typing {box['term']!r} kept "
                            f"{len(typed['shown'])} rows, not just rows containing it")
        if f"{len(typed['shown'])} of {box['rows']} rows" != typed["status"]:
            problems.append(f"#{box['input']}: status reads {typed['status']!r}")
        if len(cleared["shown"]) != box["rows"]:
            problems.append(f"#{box['input']}: clearing it shows {len(cleared['shown'])} of "
                            f"{box['rows']} rows")
    assert not problems, problems_in(page, "search boxes", problems)


SEARCHED_MOST = {"signatory-geography.html": "signatories-filter",
                 "press-claims.html": "all-claims-filter"}


@pytest.mark.parametrize("page", [p for p in PAGES if p.split("/")[-1] in SEARCHED_MOST])
def test_most_searched_tables_have_a_search_box(desktop, page: str) -> None:
    boxes = {box["input"] for box in desktop(page).filtering}
    assert SEARCHED_MOST[page.split("/")[-1]] in boxes, f"{page}: search boxes: {boxes}"


@pytest.mark.parametrize("page", PAGES)
def test_prints_every_chart_to_pdf(desktop, page: str) -> None:
    printed = desktop(page).printed
    problems = [f"{chart['selector']}: not drawn in print" for chart in printed["charts"]
                if not chart["drawn"] or chart["width"] < 1 or chart["height"] < 1]
    problems += [f"{chart['selector']}: spans x={chart['left']:.0f}..{chart['right']:.0f} on a "
                 f"{chart['pageWidth']} px page (cut off)" for chart in printed["charts"]
                 if chart["left"] < -0.5 or chart["right"] > chart["pageWidth"] + 0.5]
    if printed["controls_shown"]:
        problems.append(f"{printed['controls_shown']} controls or code blocks printed")
    if printed["pdf_header"] != "%PDF-" or printed["pdf_pages"] < 1:
        problems.append(f"no PDF: header {printed['pdf_header']!r}, {printed['pdf_pages']} "
                        "pages")
    assert not problems, problems_in(page, "print to PDF", problems)
