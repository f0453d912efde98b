"""reports/index.html: every snapshot, newest first, with headline figures and its reports."""

from __future__ import annotations

import json

from analysis import atomic, formats, narrative, page, provenance
from analysis.config import Config


def _figures(config: Config) -> dict[str, dict]:
    return json.loads(config.metrics.read_text(encoding="utf-8"))


def signature_period(figures: dict) -> dict | None:
    """The signature_period row the warehouse put in a snapshot's metrics, if it did."""
    if "signature_closes" not in figures:
        return None
    return {"signature_closes": figures["signature_closes"],
            "days_left": figures["signature_days_left"],
            "is_closed": figures["signature_period_closed"]}


def entry_into_force(config: Config, figures: dict) -> dict | None:
    """The entry-into-force figures the warehouse put in a snapshot's metrics, if it did."""
    if "instruments_deposited" not in figures:
        return None
    return {"instruments_required": config.entry_into_force_instruments,
            "instruments_deposited": figures["instruments_deposited"],
            "entry_into_force_date": figures.get("entry_into_force_date")}


def snapshot_rows(config: Config) -> list[dict]:
    figures = _figures(config)
    rows = []
    for snapshot_id in reversed(config.snapshots):
        by_kind = figures.get(snapshot_id, {}).get("new_instruments_by_kind", {})
        rows.append({
            "snapshot_id": snapshot_id,
            "figures": figures.get(snapshot_id, {}),
            "entry_into_force": formats.date(
                figures.get(snapshot_id, {}).get("entry_into_force_date")),
            "new_instruments_by_kind": narrative.kind_counts(by_kind, empty=""),
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
                            index_href="index.html", previous_href=None,
                            signature_period=signature_period(
                                _figures(config).get(latest, {})),
                            entry_into_force=entry_into_force(
                                config, _figures(config).get(latest, {})))
    text = page.insert_vega_bundle(page.PAGES.get_template("index.html.j2").render(
        page=parts, snapshots=snapshot_rows(config), treaty_title=config.treaty_title,
        instruments_required=config.entry_into_force_instruments))
    target = config.reports / "index.html"
    atomic.write_text(target, text)
    return str(target)
