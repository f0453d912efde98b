"""Charts and tables for the reports: one Altair theme, the signatory map, and the HTML
blocks that carry each figure's text alternative, data table, CSV and source line.

Charts are embedded as Vega-Lite JSON; the report template loads the Vega bundle once per
page and draws every ``.vega-chart`` from it, so no page fetches anything from a CDN.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import altair as alt
import jinja2
import polars as pl
from IPython.display import HTML

from analysis import figures

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000"]
SIGNED = PALETTE[0]
NOT_SIGNED = "#d9d9d9"
EXPORT_WIDTH = 760
MAX_TABLE_ROWS = 500
DATE_AXIS = alt.Axis(format="%d %b %Y", labelFlush=True, labelOverlap=True, labelAngle=0,
                     labelBound=True)
# Room on the right for a date label centred on the last tick.
TIME_PADDING = {"left": 5, "top": 5, "bottom": 5, "right": 40}
LONG_TABLE_ROWS = 20  # longer tables scroll inside a box of their own
ATLAS = "atlas"  # the named dataset world_map draws countries from

_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("analysis", "templates"),
    autoescape=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined,
)


def theme() -> dict[str, Any]:
    return {
        "config": {
            "font": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
            "range": {"category": PALETTE},
            "axis": {"labelFontSize": 12, "titleFontSize": 12, "labelColor": "#222",
                     "titleColor": "#222"},
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "bottom",
                       "direction": "vertical", "labelLimit": 220},
            "axisY": {"labelLimit": 150},
            "autosize": {"type": "fit-x", "contains": "padding"},
            "title": {"fontSize": 15, "anchor": "start", "color": "#111"},
            "view": {"stroke": None},
        }
    }


alt.theme.register("hanoi", enable=True)(theme)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _script_json(spec: dict) -> str:
    """JSON that is safe inside a <script> element (no '</script>' can close it early)."""
    text = json.dumps(spec, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csv_data_uri(frame: pl.DataFrame) -> str:
    payload = base64.b64encode(frame.write_csv().encode("utf-8")).decode("ascii")
    return f"data:text/csv;charset=utf-8;base64,{payload}"


def _cell(value: Any, column: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, float) and "share" in column:
        return f"{100 * value:.1f}%"
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1 else f"{value:,.1f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _table_context(frame: pl.DataFrame, name: str, caption: str, source: str) -> dict:
    shown = frame.head(MAX_TABLE_ROWS)
    numeric = {c for c, t in frame.schema.items() if t.is_numeric()}
    return {
        "name": name,
        "caption": caption,
        "source": source,
        "columns": [{"name": c, "numeric": c in numeric} for c in frame.columns],
        "rows": [[_cell(v, c) for v, c in zip(row, frame.columns, strict=True)]
                 for row in shown.iter_rows()],
        "long": frame.height > LONG_TABLE_ROWS,
        "sort_keys": [[("" if v is None else str(v)) for v in row] for row in shown.iter_rows()],
        "total_rows": frame.height,
        "csv_uri": _csv_data_uri(frame),
        "csv_name": f"{name}.csv",
    }


@dataclass
class Report:
    """Collects a report's figures; writes each one's Vega-Lite spec to ``figures_dir``,
    which the report stage exports as SVG and PNG for slides and papers."""

    snapshot_id: str
    figures_dir: Path | None = None
    names: list[str] = field(default_factory=list)

    def source_line(self, dataset: str) -> str:
        return f"{dataset}, registry snapshot {self.snapshot_id}"

    def _claim(self, name: str) -> str:
        slug = _slug(name)
        if slug in self.names:
            raise ValueError(f"figure or table name {slug!r} is used twice in this report")
        self.names.append(slug)
        return slug

    def _export(self, slug: str, spec: dict) -> None:
        """The chart's spec, at a fixed width, for the report stage to turn into SVG and
        PNG (analysis.figures)."""
        if self.figures_dir is None:
            return
        fixed = {**spec, "width": EXPORT_WIDTH} if spec.get("width") == "container" else spec
        figures.write_spec(self.figures_dir, slug, fixed)

    def figure(self, chart: alt.TopLevelMixin, *, name: str, title: str, description: str,
               dataset: str, data: pl.DataFrame, datasets: dict[str, Any] | None = None) -> HTML:
        """A chart with its caption, source line, and the data it plots as a table.
        ``datasets``: named data the chart refers to, added after Altair has validated the
        spec (validating a TopoJSON atlas takes Altair most of a second)."""
        slug = self._claim(name)
        spec = chart.to_dict()
        if datasets:
            spec["datasets"] = {**spec.get("datasets", {}), **datasets}
        self._export(slug, spec)
        html = _TEMPLATES.get_template("figure.html.j2").render(
            slug=slug, title=title, description=description,
            source=self.source_line(dataset), spec_json=_script_json(spec),
            table=_table_context(data, f"{slug}-data", f"Data plotted in “{title}”",
                                 self.source_line(dataset)),
        )
        return HTML(html)

    def table(self, frame: pl.DataFrame, *, name: str, caption: str, dataset: str) -> HTML:
        """A sortable table with a CSV download and its source line."""
        slug = self._claim(name)
        html = _TEMPLATES.get_template("table.html.j2").render(
            table=_table_context(frame, slug, caption, self.source_line(dataset)))
        return HTML(html)


# --- charts ------------------------------------------------------------------------------


def world_map(shapes: pl.DataFrame, dots: pl.DataFrame) -> alt.LayerChart:
    """Choropleth: countries in ``shapes`` (iso_numeric, name, ...) filled; ``dots``
    (lon, lat, name, ...) drawn as circles for states the map has no shape for. The
    countries come from the dataset named ATLAS: pass the TopoJSON atlas to
    Report.figure(datasets={ATLAS: atlas})."""
    countries = alt.NamedData(name=ATLAS, format=alt.DataFormat(type="topojson",
                                                                feature="countries"))
    background = alt.Chart(countries).mark_geoshape(fill=NOT_SIGNED, stroke="white",
                                                    strokeWidth=0.4)
    tooltip = [alt.Tooltip(c, type="nominal") for c in shapes.columns if c != "iso_numeric"]
    filled = (
        alt.Chart(countries)
        .mark_geoshape(stroke="white", strokeWidth=0.4)
        .transform_lookup(lookup="id", from_=alt.LookupData(
            alt.InlineData(values=shapes.to_dicts()), "iso_numeric", list(shapes.columns)))
        .transform_filter("isValid(datum.name)")
        .encode(color=alt.value(SIGNED), tooltip=tooltip)
    )
    small = alt.Chart(alt.Data(values=dots.to_dicts())).mark_circle(
        size=60, color=SIGNED, stroke="white", strokeWidth=1, opacity=1
    ).encode(longitude="lon:Q", latitude="lat:Q",
             tooltip=[alt.Tooltip(c, type="nominal") for c in dots.columns
                      if c not in ("lon", "lat")])
    return (
        alt.layer(background, filled, small)
        .project(type="equalEarth")
        .properties(width="container", height=380)
    )


def _share_axis(share: str, label: str) -> alt.X:
    """0-100% axis with room after 100% for the value printed beside the longest bar."""
    return alt.X(f"{share}:Q", title=label,
                 axis=alt.Axis(format="%", values=[0, 0.25, 0.5, 0.75, 1]),
                 scale=alt.Scale(domain=[0, 1.12]))


def bar_share(frame: pl.DataFrame, *, category: str, share: str, label: str,
              tooltip: list[str]) -> alt.LayerChart:
    """Horizontal bars of a share (0-1), highest first, with the value printed at each bar."""
    order = frame.sort([share, category], descending=[True, False])[category].to_list()
    base = alt.Chart(alt.Data(values=frame.to_dicts())).encode(
        y=alt.Y(f"{category}:N", sort=order, title=None),
        x=_share_axis(share, label),
        tooltip=[alt.Tooltip(c, type="quantitative" if frame[c].dtype.is_numeric()
                             else "nominal") for c in (category, share, *tooltip)],
    )
    bars = base.mark_bar(color=SIGNED)
    text = base.mark_text(align="left", dx=4, color="#222").encode(
        text=alt.Text(f"{share}:Q", format=".0%"))
    return (bars + text).properties(width="container", height=alt.Step(22))


def cumulative_steps(frame: pl.DataFrame, *, date: str, total: str) -> alt.Chart:
    """A step line of a running total over dates."""
    return (
        alt.Chart(alt.Data(values=frame.with_columns(pl.col(date).cast(pl.String)).to_dicts()))
        .mark_line(interpolate="step-after", point=True, color=SIGNED)
        .encode(
            x=alt.X(f"{date}:T", title="Signature date", axis=DATE_AXIS),
            y=alt.Y(f"{total}:Q", title="Signatories (cumulative)",
                    scale=alt.Scale(zero=True)),
            tooltip=[alt.Tooltip(f"{date}:T"), alt.Tooltip(f"{total}:Q")],
        )
        .properties(width="container", height=260, padding=TIME_PADDING)
    )


def grouped_shares(frame: pl.DataFrame, *, category: str, series: str, share: str,
                   label: str, highlight: str | None = None) -> alt.Chart:
    """Horizontal bars of shares (0-1) for several series per category (long format),
    categories kept in the frame's order; ``highlight`` names a boolean column whose rows
    are drawn with a heavier outline."""
    order = list(dict.fromkeys(frame[category].to_list()))
    encoding = {
        "y": alt.Y(f"{category}:N", sort=order, title=None),
        "yOffset": alt.YOffset(f"{series}:N"),
        "x": _share_axis(share, label),
        "color": alt.Color(f"{series}:N", title=None),
        "tooltip": [alt.Tooltip(c, type="quantitative" if frame[c].dtype.is_numeric()
                                else "nominal") for c in frame.columns],
    }
    if highlight:
        encoding["strokeWidth"] = alt.condition(f"datum.{highlight}", alt.value(2), alt.value(0))
    base = alt.Chart(alt.Data(values=frame.to_dicts())).encode(**encoding)
    bars = base.mark_bar(stroke="#000")
    text = base.mark_text(align="left", dx=3, fontSize=11, color="#222").encode(
        text=alt.Text(f"{share}:Q", format=".0%"))
    return (bars + text).properties(width="container", height=alt.Step(14))


def stacked_counts(frame: pl.DataFrame, *, category: str, part: str, count: str,
                   label: str) -> alt.Chart:
    """Horizontal stacked bars of counts per category, parts in the frame's order."""
    order = list(dict.fromkeys(frame[category].to_list()))
    parts = list(dict.fromkeys(frame[part].to_list()))
    return (
        alt.Chart(alt.Data(values=frame.to_dicts()))
        .mark_bar()
        .encode(
            y=alt.Y(f"{category}:N", sort=order, title=None),
            x=alt.X(f"{count}:Q", title=label, stack="zero"),
            color=alt.Color(f"{part}:N", title=None, sort=parts,
                            scale=alt.Scale(domain=parts, range=PALETTE[: len(parts)])),
            order=alt.Order("part_order:Q"),
            tooltip=[alt.Tooltip(f"{category}:N"), alt.Tooltip(f"{part}:N"),
                     alt.Tooltip(f"{count}:Q")],
        )
        .properties(width="container", height=alt.Step(28))
    )


VERDICT_COLOURS = {"consistent": PALETTE[2], "consistent_then": PALETTE[5],
                   "understated": PALETTE[1], "overstated": PALETTE[3],
                   "unverifiable": "#777777"}


def claims_over_time(registry: pl.DataFrame, claims: pl.DataFrame) -> alt.LayerChart:
    """The registry's press-visible count as a step line (registry: day, signatories) and
    the reported counts as points (claims: published, value, verdict, publisher, ...)."""
    as_text = {c: pl.col(c).cast(pl.String) for c in ("day", "published") if c in registry.columns
               or c in claims.columns}
    steps = (
        alt.Chart(alt.Data(values=registry.with_columns(as_text["day"]).to_dicts()))
        .mark_line(interpolate="step-after", color="#222", strokeWidth=2)
        .encode(x=alt.X("day:T", title="Publication date", axis=DATE_AXIS),
                y=alt.Y("signatories:Q", title="Signatories", scale=alt.Scale(zero=False)),
                tooltip=[alt.Tooltip("day:T", title="day"),
                         alt.Tooltip("signatories:Q", title="registry count")])
    )
    verdicts = [v for v in VERDICT_COLOURS if v in set(claims["verdict"])]
    points = (
        alt.Chart(alt.Data(values=claims.with_columns(as_text["published"]).to_dicts()))
        .mark_point(size=70, filled=True, opacity=0.85)
        .encode(
            x="published:T",
            y="value:Q",
            color=alt.Color("verdict:N", title="Verdict", sort=verdicts,
                            scale=alt.Scale(domain=verdicts,
                                            range=[VERDICT_COLOURS[v] for v in verdicts])),
            shape=alt.Shape("is_forecast:N", title="Forecast"),
            tooltip=[alt.Tooltip(c, type="nominal") for c in
                     ("claim_id", "publisher", "published", "qualifier", "value", "verdict")],
        )
    )
    return alt.layer(steps, points).properties(width="container", height=320,
                                               padding=TIME_PADDING)


def value_strip(frame: pl.DataFrame, *, category: str, value: str, label: str) -> alt.Chart:
    """One row of dots per category: how spread the reported values are."""
    return (
        alt.Chart(alt.Data(values=frame.to_dicts()))
        .mark_circle(size=80, opacity=0.6, color=PALETTE[0])
        .encode(
            y=alt.Y(f"{category}:N", title=None),
            x=alt.X(f"{value}:Q", title=label, scale=alt.Scale(zero=False)),
            tooltip=[alt.Tooltip(c, type="quantitative" if frame[c].dtype.is_numeric()
                                 else "nominal") for c in frame.columns],
        )
        .properties(width="container", height=alt.Step(36))
    )


# --- the uptake race ---------------------------------------------------------------------

THIS_TREATY = "#000000"
OTHER_TREATIES = [*PALETTE[:7], "#999999", "#8c564b", "#7f7f7f"]


def _treaty_colours(frame: pl.DataFrame) -> tuple[list[str], list[str]]:
    """Treaties in sort order; this treaty in black, the others in the palette's order."""
    treaties = frame.select("short_title", "is_this_treaty", "sort_order").unique().sort(
        "sort_order")
    others = iter(OTHER_TREATIES * (1 + treaties.height // len(OTHER_TREATIES)))
    colours = [THIS_TREATY if this else next(others) for this in treaties["is_this_treaty"]]
    return treaties["short_title"].to_list(), colours


def uptake_steps(curves: pl.DataFrame, *, count: str, label: str, last_day: int,
                 thresholds: pl.DataFrame | None = None,
                 this_threshold: int | None = None) -> alt.LayerChart:
    """Cumulative counts by day since opening, one step line per treaty (curves: short_title,
    is_this_treaty, sort_order, day, date, <count>), each ending where its rows end and
    clipped at ``last_day``; this treaty drawn heavier. ``thresholds`` (short_title,
    is_this_treaty, sort_order, day, threshold) marks the day each treaty's threshold
    instrument was deposited; ``this_threshold`` draws this treaty's threshold as a dashed
    rule."""
    order, colours = _treaty_colours(curves)
    colour = alt.Color("short_title:N", title=None, sort=order,
                       scale=alt.Scale(domain=order, range=colours))
    x = alt.X("day:Q", title="Days since opening (day 1 = opening day)",
              scale=alt.Scale(domain=[1, last_day], nice=False))
    lines = alt.Chart(alt.Data(values=curves.to_dicts())).mark_line(
        interpolate="step-after", clip=True).encode(
        x=x, y=alt.Y(f"{count}:Q", title=label, scale=alt.Scale(zero=True)), color=colour,
        strokeWidth=alt.condition("datum.is_this_treaty", alt.value(3.5), alt.value(1.6)),
        tooltip=[alt.Tooltip("short_title:N", title="treaty"), alt.Tooltip("day:Q"),
                 alt.Tooltip("date:N"), alt.Tooltip(f"{count}:Q")])
    layers: list[alt.Chart] = [lines]
    if thresholds is not None and thresholds.height:
        layers.append(alt.Chart(alt.Data(values=thresholds.to_dicts())).mark_point(
            shape="diamond", filled=True, size=90, stroke="#000", strokeWidth=0.6,
            clip=True).encode(
            x="day:Q", y="threshold:Q", color=colour,
            tooltip=[alt.Tooltip("short_title:N", title="treaty"),
                     alt.Tooltip("threshold:Q", title="threshold (instruments)"),
                     alt.Tooltip("day:Q", title="reached on day"),
                     alt.Tooltip("date:N", title="date")]))
    if this_threshold is not None:
        rule = alt.Chart(alt.Data(values=[{"threshold": this_threshold}]))
        layers.append(rule.mark_rule(strokeDash=[5, 4], color=THIS_TREATY).encode(
            y="threshold:Q"))
        layers.append(rule.mark_text(align="right", baseline="bottom", dy=-3, fontSize=11,
                                     color=THIS_TREATY).encode(
            y="threshold:Q", x=alt.value("width"),
            text=alt.value(f"{this_threshold} instruments: the Hanoi Convention's threshold")))
    return alt.layer(*layers).properties(width="container", height=340, padding=TIME_PADDING)


def date_range_dots(frame: pl.DataFrame, *, category: str, date: str, label: str,
                    start: str) -> alt.LayerChart:
    """One dot per row on a date axis (rows in the frame's order) and a dashed rule at
    ``start`` (an ISO date: where every row begins)."""
    values = frame.with_columns(pl.col(pl.Date).cast(pl.String)).to_dicts()
    order = frame[category].to_list()
    dots = alt.Chart(alt.Data(values=values)).mark_point(
        filled=True, size=90, color=SIGNED).encode(
        x=alt.X(f"{date}:T", title=label, axis=DATE_AXIS, scale=alt.Scale(padding=24)),
        y=alt.Y(f"{category}:N", sort=order, title=None),
        tooltip=[alt.Tooltip(c, type="quantitative" if frame[c].dtype.is_numeric()
                             else "nominal") for c in frame.columns])
    start_rule = alt.Chart(alt.Data(values=[{"start": start}])).mark_rule(
        strokeDash=[5, 4], color="#555", strokeWidth=1.5).encode(x="start:T")
    start_label = alt.Chart(alt.Data(values=[{"start": start, "text": start}])).mark_text(
        align="left", baseline="top", dx=4, dy=2, fontSize=11, color="#555").encode(
        x="start:T", y=alt.value(0), text="text:N")
    return alt.layer(start_rule, start_label, dots).properties(
        width="container", height=alt.Step(26), padding=TIME_PADDING)
