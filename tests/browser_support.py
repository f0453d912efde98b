"""Helpers for tests/test_browser.py: which pages exist, and one offline visit of a page.

A visit opens a built report page in headless Chromium with every request that is not the
page's own folder (`file://` under reports/) or a `data:` URI aborted, waits for the charts,
and reads back what the tests check (errors, charts, tables, links, headings, the code toggle)
plus a few timings that are written to test-artifacts/ and never asserted on.
"""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import yaml

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
ARTIFACTS = REPO / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
PDFS = ARTIFACTS / "pdf"
METRICS = ARTIFACTS / "browser-metrics.json"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
CHART_TIMEOUT_MS = 30_000  # a ceiling for "never drawn", not a performance budget


# --- which pages ----------------------------------------------------------------------------

def _resolve(value: Any, params: dict) -> list:
    """A dvc.yaml matrix axis: a list, or "${dotted.name}" naming a list in params.yaml."""
    if isinstance(value, str) and (match := re.fullmatch(r"\$\{\s*([\w.]+)\s*\}", value)):
        for key in match.group(1).split("."):
            params = params[key]
        return list(params)
    return list(value)


def declared_pages(root: Path = REPO) -> list[str]:
    """The HTML pages under reports/ that dvc.yaml says `dvc repro` builds, relative to reports/.

    Known when pytest collects (the built copy is not): the `outs` of every stage that end in
    .html under reports/, with `${item.<axis>}` expanded over the stage's matrix. Each test
    is parametrized by these names, so a failure names its page; test_every_built_page_is_tested
    then checks them against what the build actually wrote (reports/**/*.html).
    """
    stages = yaml.safe_load((root / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
    params = yaml.safe_load((root / "params.yaml").read_text(encoding="utf-8"))
    pages = set()
    for stage in stages.values():
        axes = {name: _resolve(value, params) for name, value in
                (stage.get("matrix") or {}).items()}
        for out in stage.get("outs", []):
            path = out if isinstance(out, str) else next(iter(out))
            if not (path.startswith("reports/") and path.endswith(".html")):
                continue
            for combo in itertools.product(*axes.values()):
                item = dict(zip(axes, combo, strict=True))
                pages.add(re.sub(r"\$\{\s*item\.(\w+)\s*\}",
                                 lambda m, item=item: str(item[m.group(1)]), path))
    return sorted(page.removeprefix("reports/") for page in pages)


def page_list() -> list[str]:
    """declared_pages(), or (if dvc.yaml cannot be read that way) the pages built here."""
    try:
        return declared_pages()
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError):
        built = sorted(p.relative_to(REPO / "reports").as_posix()
                       for p in (REPO / "reports").rglob("*.html"))
        return built or ["index.html"]


def built_pages(reports: Path) -> list[str]:
    return sorted(p.relative_to(reports).as_posix() for p in reports.rglob("*.html"))


def artifact_name(page: str) -> str:
    """"2025-11-19/signatory-geography.html" -> "2025-11-19-signatory-geography"."""
    return page.removesuffix(".html").replace("/", "-")


# --- in-page scripts ------------------------------------------------------------------------

# Runs before the page's own scripts: note when each chart gets data-rendered="true".
RECORD_CHART_TIMES = """
(() => {
  const times = window.__chartRenderedAt = [];
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.target.dataset && record.target.dataset.rendered === "true") {
        times.push(performance.now());
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-rendered"] });
})();
"""

ALL_CHARTS_RENDERED = """
() => [...document.querySelectorAll(".vega-chart")].every((c) => c.dataset.rendered === "true")
"""

# A CSS-like path naming an element in failure messages, e.g. "main#main > div.md > h1#Intro".
SELECTOR = """
const selectorOf = (element) => {
  const parts = [];
  for (let e = element; e && e.nodeType === 1 && e !== document.body; e = e.parentElement) {
    let part = e.tagName.toLowerCase();
    if (e.id) { part += "#" + e.id; }
    const classes = typeof e.className === "string" ? e.className.trim() : "";
    if (classes) { part += "." + classes.split(/\\s+/).join("."); }
    parts.unshift(part);
    if (e.id) { break; }
  }
  return parts.join(" > ");
};
// Text of a drawn chart that sticks out of its svg box (and so is cut off there).
const clippedText = (drawn) => {
  if (!drawn || drawn.tagName.toLowerCase() !== "svg") { return []; }
  const box = drawn.getBoundingClientRect();
  return [...drawn.querySelectorAll("text")].filter((t) => {
    const r = t.getBoundingClientRect();
    return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
  }).map((t) => ({
    text: t.textContent.trim().slice(0, 80),
    left: Math.round(t.getBoundingClientRect().left),
    right: Math.round(t.getBoundingClientRect().right),
  }));
};
"""

INSPECT = "() => {" + SELECTOR + """
  const byId = (id) => document.getElementById(id);
  const shown = (e) => !!e && !e.hidden && e.getClientRects().length > 0;
  const charts = [...document.querySelectorAll(".vega-chart")].map((chart) => {
    const drawn = chart.querySelector("svg, canvas");
    const box = drawn ? drawn.getBoundingClientRect() : null;
    const describedby = (chart.getAttribute("aria-describedby") || "").split(/\\s+/)
      .filter(Boolean);
    return {
      selector: selectorOf(chart), id: chart.id, rendered: chart.dataset.rendered === "true",
      drawn: drawn ? drawn.tagName.toLowerCase() : null,
      width: box ? box.width : 0, height: box ? box.height : 0,
      drawnLeft: box ? box.left : 0, drawnRight: box ? box.right : 0,
      clipped: clippedText(drawn),
      label: (chart.getAttribute("aria-label") || "").trim(),
      describedby: describedby.map((id) => ({
        id, exists: !!byId(id), text: byId(id) ? byId(id).textContent.trim().length : 0,
      })),
    };
  });
  const specs = [...document.querySelectorAll("script.vega-spec")].map((s) => ({
    target: s.dataset.target || "",
    chart: !!(s.dataset.target && byId(s.dataset.target)
              && byId(s.dataset.target).classList.contains("vega-chart")),
  }));
  const tables = [...document.querySelectorAll("table.data-table")].map((table) => ({
    selector: selectorOf(table),
    caption: table.caption ? table.caption.textContent.trim().slice(0, 80) : "",
    rows: [...table.tBodies].reduce((n, body) => n + body.rows.length, 0),
  }));
  const links = [...document.querySelectorAll("a[href]")].map((a) => ({
    selector: selectorOf(a), href: a.getAttribute("href"),
  }));
  const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
  const names = [...document.querySelectorAll("a[name]")].map((e) => e.getAttribute("name"));
  const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => ({
    level: Number(h.tagName[1]), selector: selectorOf(h), text: h.textContent.trim().slice(0, 60),
  }));
  const button = byId("toggle-code");
  const code = [...document.querySelectorAll("details.code")];
  const navigation = performance.getEntriesByType("navigation")[0];
  return {
    lang: document.documentElement.getAttribute("lang"), title: document.title,
    charts, specs, tables, links, ids: [...ids, ...names], headings,
    toggle: { exists: !!button, shown: shown(button), code: code.length,
              codeShown: code.filter(shown).length },
    chartTimes: window.__chartRenderedAt || [],
    domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : null,
    load: navigation ? navigation.loadEventEnd : null,
  };
}
"""

AFTER_TOGGLE = """
() => ({
  pressed: document.getElementById("toggle-code").getAttribute("aria-pressed"),
  codeShown: [...document.querySelectorAll("details.code")]
    .filter((e) => e.getClientRects().length > 0).length,
})
"""

# At phone width: each chart's drawn width against the viewport, and what makes the page
# itself scroll sideways (elements past the right edge that no scrolling box contains).
PHONE_LAYOUT = "() => {" + SELECTOR + """
  const viewport = document.documentElement.clientWidth;
  const charts = [...document.querySelectorAll(".vega-chart")].map((chart) => {
    const drawn = chart.querySelector("svg, canvas");
    const box = chart.getBoundingClientRect();
    const inner = drawn ? drawn.getBoundingClientRect() : null;
    return {
      selector: selectorOf(chart), drawn: drawn ? drawn.tagName.toLowerCase() : null,
      left: box.left, right: box.right, scrollWidth: chart.scrollWidth,
      clientWidth: chart.clientWidth,
      drawnLeft: inner ? inner.left : 0, drawnRight: inner ? inner.right : 0,
      drawnWidth: inner ? inner.width : 0, clipped: clippedText(drawn),
    };
  });
  const scrolls = (e) => {
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== "visible") { return true; }
    }
    return false;
  };
  const wide = [...document.body.querySelectorAll("*")].filter((e) =>
    e.getBoundingClientRect().right > viewport + 1 && !scrolls(e));
  // Name only the outermost offenders: a too-wide table, not every cell in it.
  const outermost = wide.filter((e) => !wide.includes(e.parentElement));
  return {
    viewport, scrollWidth: document.documentElement.scrollWidth, charts,
    overflow: outermost.map((e) => ({
      selector: selectorOf(e), right: Math.round(e.getBoundingClientRect().right),
    })),
  };
}
"""


# What a reader must not see: machine column names or stored codes in a table or chart
# ("claim_kind", "consistent_then"; one inside a file path or an address is fine), chart
# labels cut short with an ellipsis, and tables or pages wider than the screen.
READABILITY = "() => {" + SELECTOR + r"""
  const code = /(?<![\w.\/:-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w.\/-])/;
  const codes = [];
  document.querySelectorAll("table th, table td").forEach((cell) => {
    const text = cell.textContent.trim();
    if (code.test(text)) {
      codes.push(`${selectorOf(cell.closest("table"))} ${cell.tagName}: ${text.slice(0, 80)}`);
    }
  });
  const chartTexts = [...document.querySelectorAll(".vega-chart svg text")];
  chartTexts.forEach((node) => {
    const text = node.textContent.trim();
    if (code.test(text)) {
      codes.push(`${selectorOf(node.closest(".vega-chart"))} svg text: ${text}`);
    }
  });
  const ellipsis = chartTexts.map((n) => n.textContent.trim()).filter((t) => /(…|\.\.\.)$/.test(t));
  const root = document.documentElement;
  const wideTables = [...document.querySelectorAll(".table-wrap")]
    .filter((box) => box.scrollWidth > box.clientWidth + 1)
    .map((box) => `${selectorOf(box)}: ${box.scrollWidth} px wide in ${box.clientWidth} px`);
  return { codes, ellipsis, wideTables, scrollWidth: root.scrollWidth, viewport: root.clientWidth };
}
"""

# Sort the first visible sortable table with two or more rows by its first column, by keyboard
# (focus the heading's button, press Enter), and report the keys in their new order.
SORT_TARGET = """
() => {
  const table = [...document.querySelectorAll("table.sortable")]
    .find((t) => t.tBodies[0] && t.tBodies[0].rows.length > 1 && t.id
               && t.checkVisibility());
  return table ? { id: table.id, rows: table.tBodies[0].rows.length } : null;
}
"""
# The rows' first-column keys, and whether they are in ascending or descending order by
# numbers (numeric columns) or by the browser's collation of text (empty cells ignored).
SORT_STATE = """
(id) => {
  const table = document.getElementById(id);
  const th = table.querySelector("thead th");
  const numeric = th.classList.contains("num");
  const keys = [...table.tBodies[0].rows].map((row) => row.cells[0].dataset.sort);
  const filled = keys.filter((key) => key !== "");
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
  const compare = numeric ? (a, b) => parseFloat(a) - parseFloat(b) : collator.compare;
  const pairs = filled.slice(1).map((key, i) => compare(filled[i], key));
  return {
    ariaSort: th.getAttribute("aria-sort"), numeric, keys,
    ascending: pairs.every((c) => c <= 0), descending: pairs.every((c) => c >= 0),
  };
}
"""
FILTER_TARGET = """
() => [...document.querySelectorAll(".table-filter")]
  .filter((box) => box.checkVisibility()).map((box) => {
  const input = box.querySelector("input[type=search]");
  const table = document.getElementById(input.dataset.table);
  const rows = [...table.tBodies[0].rows];
  return { input: input.id, table: table.id, rows: rows.length,
           term: rows[rows.length - 1].cells[0].textContent.trim() };
})
"""
FILTER_STATE = """
(id) => {
  const rows = [...document.getElementById(id).tBodies[0].rows];
  const shown = rows.filter((row) => !row.hidden);
  const box = document.querySelector(`input[data-table="${id}"]`).closest(".table-filter");
  return { shown: shown.map((row) => row.textContent.toLowerCase()), total: rows.length,
           status: box.querySelector(".filter-status").textContent };
}
"""
# In print media: every chart drawn, inside the printed page's width.
PRINT_LAYOUT = "() => {" + SELECTOR + """
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll(".vega-chart")].map((chart) => {
    const svg = chart.querySelector("svg");
    const box = svg ? svg.getBoundingClientRect() : null;
    return { selector: selectorOf(chart), drawn: !!svg, width: box ? box.width : 0,
             height: box ? box.height : 0, left: box ? box.left : 0,
             right: box ? box.right : 0, pageWidth: width };
  });
}
"""
PRINT_VIEWPORT = {"width": 794, "height": 1123}  # A4 at 96 px per inch


# --- one visit ------------------------------------------------------------------------------

@dataclass
class Visit:
    """What one offline load of a page showed."""

    page: str
    path: Path
    blocked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    console_warnings: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    timed_out: bool = False
    seconds_to_all_charts: float | None = None
    info: dict = field(default_factory=dict)
    after_toggle: dict | None = None
    screenshot: Path | None = None
    readability: dict = field(default_factory=dict)
    axe: list[dict] = field(default_factory=list)
    sorting: dict | None = None
    filtering: list[dict] = field(default_factory=list)
    printed: dict = field(default_factory=dict)

    def metrics(self) -> dict:
        times = self.info.get("chartTimes") or []
        return {
            "bytes": self.path.stat().st_size,
            "charts": len(self.info.get("charts", [])),
            "first_chart_ms": round(min(times), 1) if times else None,
            "all_charts_ms": round(max(times), 1) if times else None,
            "dom_content_loaded_ms": _round(self.info.get("domContentLoaded")),
            "load_event_ms": _round(self.info.get("load")),
            "wall_goto_to_all_charts_ms": (round(1000 * self.seconds_to_all_charts, 1)
                                           if self.seconds_to_all_charts is not None
                                           else None),
            "console_warnings": self.console_warnings,
            "axe_violations": {impact: sum(1 for v in self.axe if v["impact"] == impact)
                               for impact in ("critical", "serious", "moderate", "minor")},
            "screenshot": (self.screenshot.relative_to(REPO).as_posix()
                           if self.screenshot else None),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def open_offline(browser: Browser, reports: Path, page: str, viewport: dict) -> tuple[Page, Visit]:
    """A new page in its own context that may load only reports/ files and data: URIs."""
    path = reports / page
    visit = Visit(page=page, path=path)
    context = browser.new_context(viewport=viewport, service_workers="block")
    tab = context.new_page()
    allowed = reports.resolve().as_uri() + "/"

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if url.startswith("data:") or url.startswith(allowed):
            request_route.continue_()
        else:
            visit.blocked.append(url[:200])
            request_route.abort()

    tab.route("**/*", route)
    tab.on("requestfailed", lambda request: visit.failed.append(
        f"{request.url[:200]} ({request.failure})"))
    tab.on("console", lambda message: (
        visit.console_errors.append(message.text) if message.type == "error"
        else visit.console_warnings.append(message.text) if message.type == "warning"
        else None))
    tab.on("pageerror", lambda error: visit.page_errors.append(str(error)))
    tab.add_init_script(RECORD_CHART_TIMES)
    return tab, visit


def load(tab: Page, visit: Visit) -> None:
    """Navigate and wait (bounded) until every chart says data-rendered="true"."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    started = time.perf_counter()
    tab.goto(visit.path.resolve().as_uri(), wait_until="load")
    try:
        tab.wait_for_function(ALL_CHARTS_RENDERED, timeout=CHART_TIMEOUT_MS)
        visit.seconds_to_all_charts = time.perf_counter() - started
    except PlaywrightTimeout:
        visit.timed_out = True


def visit_desktop(browser: Browser, reports: Path, page: str) -> Visit:
    """Load at desktop width, read the page, screenshot it, run axe-core, sort and filter
    a table by keyboard, try the code toggle, then print it to PDF."""
    tab, visit = open_offline(browser, reports, page, DESKTOP)
    try:
        load(tab, visit)
        visit.info = tab.evaluate(INSPECT)
        visit.readability = tab.evaluate(READABILITY)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        visit.screenshot = SCREENSHOTS / f"{artifact_name(page)}.png"
        tab.screenshot(path=str(visit.screenshot), full_page=True)
        visit.axe = run_axe(tab)
        visit.sorting = sort_by_keyboard(tab)
        visit.filtering = filter_by_keyboard(tab)
        if visit.info["toggle"]["shown"]:
            tab.click("#toggle-code")
            visit.after_toggle = tab.evaluate(AFTER_TOGGLE)
        visit.printed = print_to_pdf(tab, page)
    finally:
        tab.context.close()
    return visit


def run_axe(tab: Page) -> list[dict]:
    """axe-core's violations on the loaded page (the axe-playwright-python package carries
    axe itself, so nothing is fetched)."""
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(tab).response["violations"]
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "targets": [node["target"] for node in v["nodes"]][:5]} for v in violations]


def sort_by_keyboard(tab: Page) -> dict | None:
    """Enter on the first sortable table's first heading button, twice."""
    target = tab.evaluate(SORT_TARGET)
    if target is None:
        return None
    button = f"#{target['id']} thead th:first-child button.sort"
    tab.focus(button)
    tab.keyboard.press("Enter")
    first = tab.evaluate(SORT_STATE, target["id"])
    tab.keyboard.press("Enter")
    second = tab.evaluate(SORT_STATE, target["id"])
    focused = tab.evaluate("() => document.activeElement.matches('button.sort')")
    return {"table": target["id"], "first": first, "second": second, "focused": focused}


def filter_by_keyboard(tab: Page) -> list[dict]:
    """Type a value from the last row into each search box, then clear it."""
    results = []
    for target in tab.evaluate(FILTER_TARGET):
        tab.focus(f"#{target['input']}")
        tab.keyboard.type(target["term"])
        typed = tab.evaluate(FILTER_STATE, target["table"])
        tab.keyboard.press("Control+A")
        tab.keyboard.press("Backspace")
        cleared = tab.evaluate(FILTER_STATE, target["table"])
        results.append({**target, "typed": typed, "cleared": cleared})
    return results


def print_to_pdf(tab: Page, page: str) -> dict:
    """The page in print media at A4 width: where its charts are, and the PDF Chromium
    makes of it (kept in test-artifacts/pdf/ for review)."""
    tab.set_viewport_size(PRINT_VIEWPORT)
    tab.emulate_media(media="print")
    tab.wait_for_timeout(100)  # let the charts re-measure their container
    charts = tab.evaluate(PRINT_LAYOUT)
    hidden = tab.evaluate(
        "() => [...document.querySelectorAll('.controls, details.code, .table-filter')]"
        ".filter((e) => e.getClientRects().length > 0).length")
    pdf = tab.pdf(format="A4", print_background=True)
    PDFS.mkdir(parents=True, exist_ok=True)
    (PDFS / f"{artifact_name(page)}.pdf").write_bytes(pdf)
    return {"charts": charts, "controls_shown": hidden, "pdf_bytes": len(pdf),
            "pdf_pages": len(re.findall(rb"/Type\s*/Page(?!s)", pdf)),
            "pdf_header": pdf[:5].decode("latin-1")}


def visit_phone(browser: Browser, reports: Path, page: str) -> tuple[Visit, dict]:
    """Load at 390x844 and measure chart and page widths; keep a screenshot for review."""
    tab, visit = open_offline(browser, reports, page, PHONE)
    try:
        load(tab, visit)
        layout = tab.evaluate(PHONE_LAYOUT)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        visit.screenshot = SCREENSHOTS / f"{artifact_name(page)}-phone.png"
        tab.screenshot(path=str(visit.screenshot), full_page=True)
    finally:
        tab.context.close()
    return visit, layout


# --- checks that need Python ----------------------------------------------------------------

def broken_links(reports: Path, page: str, links: list[dict], ids: list[str]) -> list[str]:
    """Links that lead nowhere: a missing #id here, or a relative file that is not there.

    Links to other sites (http:, https:, mailto:) and data: downloads are not followed;
    absolute paths and file: URLs are broken by definition (they only work on one machine),
    and so is a relative link that leaves reports/ (the folder that gets published).
    """
    problems = []
    here = (reports / page).parent
    root = reports.resolve()
    known = set(ids)
    for link in links:
        href, where = link["href"].strip(), link["selector"]
        parts = urlsplit(href)
        if parts.scheme in ("http", "https", "mailto", "data", "tel"):
            continue
        if parts.scheme or parts.netloc or href.startswith("/"):
            problems.append(f"{where}: href={href!r} is absolute, not a relative link")
            continue
        fragment = unquote(parts.fragment)
        if not parts.path:
            if not fragment:
                problems.append(f"{where}: href={href!r} points nowhere")
            elif fragment not in known:
                problems.append(f"{where}: href={href!r}: no element with id {fragment!r}")
            continue
        target = (here / unquote(parts.path)).resolve()
        if not target.is_relative_to(root):
            problems.append(f"{where}: href={href!r} leaves reports/ ({target})")
        elif not target.is_file():
            problems.append(f"{where}: href={href!r}: no such file {target.relative_to(root)}")
        elif fragment and target.suffix == ".html" and not re.search(
                rf"""\b(?:id|name)=["']?{re.escape(fragment)}["'\s>]""",
                target.read_text(encoding="utf-8", errors="replace")):
            problems.append(f"{where}: href={href!r}: {target.relative_to(root)} "
                            f"has no id {fragment!r}")
    return problems


def skipped_heading_levels(headings: list[dict]) -> list[str]:
    """Headings that go down more than one level (h1 -> h3), and a first heading below h1."""
    problems = []
    previous = 0
    for heading in headings:
        level = heading["level"]
        if level > previous + 1:
            before = f"h{previous}" if previous else "the start of the page"
            problems.append(f"{heading['selector']} (h{level} {heading['text']!r}) follows "
                            f"{before}")
        previous = level
    return problems
