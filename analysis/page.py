"""The parts every HTML page shares: styles, script, the Vega bundle, title block and
provenance footer. Kept apart from `render` so that the index page does not import the
notebook machinery (papermill, nbconvert, jupytext)."""

from __future__ import annotations

import contextlib
import html
import sys
from functools import cache
from importlib import resources
from pathlib import Path

import jinja2
import vl_convert as vlc
from pygments.formatters import HtmlFormatter

from analysis import atomic, narrative
from analysis.config import Config

TEMPLATES = Path(str(resources.files("analysis") / "templates"))
PAGES = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                            undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


# Where the Vega bundle goes in a page. nbconvert parses the whole page it renders with
# BeautifulSoup, and the bundle is three quarters of a report page, so the bundle is put in
# after rendering (insert_vega_bundle) rather than passed through the template.
VEGA_BUNDLE_SLOT = "<!-- hanoi-analysis: the Vega bundle goes here -->"
# The bundle depends only on the installed vl-convert, so it is kept with the environment
# (`make install` writes it; bundling takes over a second).
BUNDLE_DIR = Path(sys.prefix) / "share" / "hanoi-analysis"


def vega_bundle_path() -> Path:
    return BUNDLE_DIR / f"vega-bundle-vl-convert-{vlc.__version__}.js"


def vega_bundle() -> str:
    """Vega, Vega-Lite and vega-embed in one script, as vl-convert bundles them."""
    path = vega_bundle_path()
    if path.is_file():
        return path.read_text(encoding="utf-8")
    bundle = vlc.javascript_bundle()
    with contextlib.suppress(OSError):  # an environment we may not write to: bundle each time
        atomic.write_text(path, bundle)
    return bundle


def insert_vega_bundle(text: str) -> str:
    """The page with the Vega bundle in its one slot if the page has a chart to draw, and
    with the slot emptied if not. Every page goes through here once, rendered."""
    if text.count(VEGA_BUNDLE_SLOT) != 1:
        raise ValueError(f"expected one Vega bundle slot in the page, found "
                         f"{text.count(VEGA_BUNDLE_SLOT)}")
    script = f"<script>\n{vega_bundle()}\n</script>" if 'class="vega-chart"' in text else ""
    return text.replace(VEGA_BUNDLE_SLOT, script)


@cache
def page_css() -> str:
    code_styles = HtmlFormatter(style="default").get_style_defs(".highlight")
    return (TEMPLATES / "report.css").read_text(encoding="utf-8") + "\n" + code_styles


def page_parts(config: Config, *, title: str, snapshot_id: str, stamp: dict,
               index_href: str, previous_href: str | None,
               signature_period: dict | None = None,
               entry_into_force: dict | None = None) -> dict:
    """The shared pieces of every page: head extras, title block, provenance footer.
    ``signature_period``, ``entry_into_force``: the snapshot's rows of those tables, stated
    in the title block (so every page that speaks of entry into force gives its date)."""
    context = {
        "signature_period": (narrative.signature_period(signature_period)
                             if signature_period else None),
        "entry_into_force": (narrative.entry_into_force_line(
            entry_into_force, config.entry_into_force_delay_days)
            if entry_into_force else None),
        "lang": "en",
        "title": title,
        "snapshot_id": snapshot_id,
        "treaty_title": config.treaty_title,
        "treaty_short_title": config.treaty_short_title,
        "stamp": stamp,
        "index_href": index_href,
        "previous_href": previous_href,
        "previous_snapshot_id": config.previous_snapshot(snapshot_id),
        "css": page_css(),
        "js": (TEMPLATES / "report.js").read_text(encoding="utf-8"),
        "vega_bundle": VEGA_BUNDLE_SLOT,  # filled or emptied by insert_vega_bundle
    }
    return {
        "lang": "en",
        "html_title": html.escape(f"{title} — snapshot {snapshot_id}"),
        "head_extra": PAGES.get_template("page_head_extra.html.j2").render(page=context),
        "body_top": PAGES.get_template("page_top.html.j2").render(page=context),
        "body_bottom": PAGES.get_template("page_bottom.html.j2").render(page=context),
    }
