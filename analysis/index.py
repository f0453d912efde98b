"""reports/index.html: every snapshot, newest first, with headline figures and its reports."""

from __future__ import annotations

import json

from analysis import atomic, page, provenance
from analysis.config import Config


def snapshot_rows(config: Config) -> list[dict]:
    figures = json.loads(config.metrics.read_text(encoding="utf-8"))
    rows = []
    for snapshot_id in reversed(config.snapshots):
        rows.append({
            "snapshot_id": snapshot_id,
            "figures": figures.get(snapshot_id, {}),
            "reports": [{"title": spec.title, "href": f"{snapshot_id}/{spec.name}.html"}
                        for spec in config.report_specs.values()],
        })
    return rows


def build(config: Config) -> str:
    latest = config.snapshots[-1]
    stamp = provenance.stamp(config, latest, provenance.read_verified(config),
                             renderer="jinja2",
                             inputs=provenance.stage_inputs(config, "index", {}))
    parts = page.page_parts(config, title="Reports", snapshot_id=latest, stamp=stamp,
                            index_href="index.html", previous_href=None)
    text = page.insert_vega_bundle(page.PAGES.get_template("index.html.j2").render(
        page=parts, snapshots=snapshot_rows(config), treaty_title=config.treaty_title,
        instruments_required=config.entry_into_force_instruments))
    target = config.reports / "index.html"
    atomic.write_text(target, text)
    return str(target)
