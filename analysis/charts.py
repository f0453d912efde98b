"""Charts and tables for the reports: one Altair theme, the signatory map, and the HTML
blocks that carry each figure's text alternative, data table, CSV and source line.

Charts are embedded as Vega-Lite JSON; the report template loads the Vega bundle once per
page and draws every ``.vega-chart`` from it, so no page fetches anything from a CDN.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import altair as alt
import jinja2
import polars as pl
from IPython.display import HTML

from analysis import figures, formats, vocabulary

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442",
           "#000000"]
SIGNED = PALETTE[0]
NOT_SIGNED = "#d9d9d9"
EXPORT_WIDTH = 760
MAX_TABLE_ROWS = 500
DATE_FORMAT = "%-d %b %Y"  # 25 Oct 2025
DATE_AXIS = alt.Axis(format=DATE_FORMAT, labelFlush=True, labelOverlap=True, labelAngle=0,
                     labelBound=True)
# Room on the right for a date label centred on the last tick.
TIME_PADDING = {"left": 5, "top": 5, "bottom": 5, "right": 40}
LONG_TABLE_ROWS = 20  # longer tables scroll inside a box of their own
SEARCH_ROWS = 10  # longer tables get a search box
WRAP_CHARS = 22  # longest line of a category name on a chart axis
LINE_HEIGHT = 13  # px between the lines of a wrapped axis label
AXIS_FIELD = "axis_label"  # the wrapped category name a chart's y axis draws
LINES = "split(datum.label, '\\n')"  # Vega expression: a wrapped name's lines
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
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
    """A table cell as a reader reads it: words for stored codes, "25 Oct 2025" for dates,
    thousands separators, shares as percentages, yes/no for booleans."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date) or (isinstance(value, str) and ISO_DATE.fullmatch(value)):
        return formats.date(value)
    if isinstance(value, str):
        return vocabulary.value(column, value)
    if isinstance(value, float) and "share" in column:
        return formats.percent(value)
    if isinstance(value, float) and abs(value) < 1 and not value.is_integer():
        return f"{value:,.4g}"
    return formats.number(value)


def _sort_key(value: Any, column: str) -> str:
    """What the table script sorts a cell by: the number, the ISO date, or the words shown."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float | dt.date):
        return str(value)
    return vocabulary.value(column, str(value))


def _ordering(frame: pl.DataFrame, sort: str | list[str] | None,
              descending: bool | list[bool]) -> tuple[pl.DataFrame, dict[str, str]]:
    """The frame in the order the caption promises, and the aria-sort of its first key."""
    if not sort:
        return frame, {}
    keys = [sort] if isinstance(sort, str) else list(sort)
    flags = descending if isinstance(descending, list) else [descending] * len(keys)
    ordered = frame.sort(keys, descending=flags, nulls_last=True, maintain_order=True)
    return ordered, {keys[0]: "descending" if flags[0] else "ascending"}


def _table_context(frame: pl.DataFrame, name: str, caption: str, source: str, *,
                   columns: list[str] | None = None, sort: str | list[str] | None = None,
                   descending: bool | list[bool] = False,
                   searchable: bool | None = None) -> dict:
    """What table_body.html.j2 draws: ``columns`` of ``frame`` (all by default) in the
    order ``sort`` gives; the CSV download has every column of ``frame``."""
    frame, aria_sort = _ordering(frame, sort, descending)
    shown_columns = columns or frame.columns
    shown = frame.head(MAX_TABLE_ROWS).select(shown_columns)
    numeric = {c for c, t in shown.schema.items() if t.is_numeric()}
    hidden = [c for c in frame.columns if c not in shown_columns]
    return {
        "name": name,
        "caption": caption,
        "source": source,
        "columns": [{"name": vocabulary.heading(c), "numeric": c in numeric,
                     "sort": aria_sort.get(c)} for c in shown_columns],
        "rows": [[_cell(v, c) for v, c in zip(row, shown_columns, strict=True)]
                 for row in shown.iter_rows()],
        "long": frame.height > LONG_TABLE_ROWS,
        "searchable": frame.height > SEARCH_ROWS if searchable is None else searchable,
        "sort_keys": [[_sort_key(v, c) for v, c in zip(row, shown_columns, strict=True)]
                      for row in shown.iter_rows()],
        "total_rows": frame.height,
        "csv_uri": _csv_data_uri(frame),
        "csv_name": f"{name}.csv",
        "csv_more": formats.and_list([vocabulary.heading(c).lower() for c in hidden],
                                     empty=""),
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
        spec (validating a TopoJSON atlas takes Altair most of a second). The title and
        description also name the chart's SVG for screen readers (Vega-Lite's
        ``description`` becomes the SVG's aria-label)."""
        slug = self._claim(name)
        spec = _validated_spec(chart)
        spec["description"] = f"{title}. {description}"
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

    def table(self, frame: pl.DataFrame, *, name: str, caption: str, dataset: str,
              columns: list[str] | None = None, sort: str | list[str] | None = None,
              descending: bool | list[bool] = False, searchable: bool | None = None) -> HTML:
        """A table readers can sort by any column, with a CSV download and its source line.

        Headings and stored codes are shown in the words of analysis/vocabulary.yaml.
        ``columns``: the ones shown (the CSV has all of ``frame``), so that a wide table
        fits the page; ``sort``/``descending``: the order the caption promises, marked as
        the table's initial sort; ``searchable``: a search box (default: more than
        SEARCH_ROWS rows)."""
        slug = self._claim(name)
        html = _TEMPLATES.get_template("table.html.j2").render(
            table=_table_context(frame, slug, caption, self.source_line(dataset),
                                 columns=columns, sort=sort, descending=descending,
                                 searchable=searchable))
        return HTML(html)


def _validated_spec(chart: alt.TopLevelMixin) -> dict[str, Any]:
    """The chart's Vega-Lite spec, checked against the schema with each inline dataset cut
    to its first rows: Altair checks every row of inline data, a third of a second for a
    chart of a thousand rows, and the rows' shape is the same throughout."""
    spec = chart.to_dict(validate=False)
    alt.vegalite.v6.schema.core.Root.validate(_first_rows(spec))
    return spec


def _first_rows(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: value[:2] if key == "values" and isinstance(value, list)
                else _first_rows(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_first_rows(item) for item in node]
    return node


# --- charts ------------------------------------------------------------------------------


def _tooltip(frame: pl.DataFrame, columns: Iterable[str]) -> list[alt.Tooltip]:
    """Tooltips that name each field by its heading and show shares as percentages."""
    tips = []
    for column in columns:
        dtype = frame.schema[column]
        if dtype.is_numeric():
            tips.append(alt.Tooltip(f"{column}:Q", title=vocabulary.heading(column),
                                    format=".1%" if "share" in column else ","))
        else:
            tips.append(alt.Tooltip(f"{column}:N", title=vocabulary.heading(column)))
    return tips


def _wrap(text: str) -> str:
    """A category name in lines of at most WRAP_CHARS characters (split again by LINES)."""
    return "\n".join(textwrap.wrap(text, WRAP_CHARS, break_long_words=False)) or text


def _category_axis(frame: pl.DataFrame, category: str) -> tuple[pl.DataFrame, alt.Y]:
    """The frame with its category names wrapped for the axis (AXIS_FIELD), and the y
    encoding that draws them whole, in the frame's order."""
    wrapped = frame.with_columns(pl.col(category).map_elements(
        _wrap, return_dtype=pl.String).alias(AXIS_FIELD))
    order = list(dict.fromkeys(wrapped[AXIS_FIELD].to_list()))
    return wrapped, alt.Y(f"{AXIS_FIELD}:N", sort=order, title=None,
                          axis=alt.Axis(labelExpr=LINES, labelLimit=400,
                                        labelLineHeight=LINE_HEIGHT))


def _step(frame: pl.DataFrame, at_least: int) -> alt.Step:
    """A band for each category tall enough for its wrapped name (frame from
    _category_axis)."""
    lines = max((label.count("\n") + 1 for label in frame[AXIS_FIELD]), default=1)
    return alt.Step(max(at_least, LINE_HEIGHT * lines + 6))


def _status_colour(status: str | None, statuses: list[str] | None) -> Any:
    """One colour for every country drawn, or one per value of the ``status`` column."""
    if status is None:
        return alt.value(SIGNED)
    domain = statuses or []
    return alt.Color(f"{status}:N", title=None, sort=domain, legend=alt.Legend(labelLimit=0),
                     scale=alt.Scale(domain=domain, range=PALETTE[: len(domain)]))


def world_map(shapes: pl.DataFrame, dots: pl.DataFrame, *, status: str | None = None,
              statuses: list[str] | None = None) -> alt.LayerChart:
    """Choropleth: countries in ``shapes`` (iso_numeric, name, ...) filled; ``dots``
    (lon, lat, name, ...) drawn as circles for states the map has no shape for. The
    countries come from the dataset named ATLAS: pass the TopoJSON atlas to
    Report.figure(datasets={ATLAS: atlas}). With ``status`` (a column of both frames), each
    country is coloured by its value, in the order and colours of ``statuses``."""
    colour = _status_colour(status, statuses)
    countries = alt.NamedData(name=ATLAS, format=alt.DataFormat(type="topojson",
                                                                feature="countries"))
    # The grey world is backdrop: hidden from screen readers (aria=False), which read the
    # figure's own description and data table instead.
    background = alt.Chart(countries).mark_geoshape(fill=NOT_SIGNED, stroke="white",
                                                    strokeWidth=0.4, aria=False)
    filled = (
        alt.Chart(countries)
        .mark_geoshape(stroke="white", strokeWidth=0.4)
        .transform_lookup(lookup="id", from_=alt.LookupData(
            alt.InlineData(values=shapes.to_dicts()), "iso_numeric", list(shapes.columns)))
        .transform_filter("isValid(datum.name)")
        .encode(color=colour,
                tooltip=_tooltip(shapes, [c for c in shapes.columns if c != "iso_numeric"]))
    )
    small = alt.Chart(alt.Data(values=dots.to_dicts())).mark_circle(
        size=60, stroke="white", strokeWidth=1, opacity=1
    ).encode(longitude="lon:Q", latitude="lat:Q", color=colour,
             tooltip=_tooltip(dots, [c for c in dots.columns if c not in ("lon", "lat")]))
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
    """Horizontal bars of a share (0-1), highest first, with the value printed at each bar.
    ``category`` names the bars (keep it short: a full name belongs in ``tooltip``)."""
    ordered = vocabulary.in_words(frame).sort([share, category], descending=[True, False])
    data, y = _category_axis(ordered, category)
    base = alt.Chart(alt.Data(values=data.to_dicts())).encode(
        y=y, x=_share_axis(share, label),
        tooltip=_tooltip(data, dict.fromkeys((category, *tooltip, share))),
    )
    bars = base.mark_bar(color=SIGNED)
    text = base.mark_text(align="left", dx=4, color="#222").encode(
        text=alt.Text(f"{share}:Q", format=".0%"))
    return (bars + text).properties(width="container", height=_step(data, 22))


def cumulative_steps(frame: pl.DataFrame, *, date: str, total: str) -> alt.Chart:
    """A step line of a running total over dates."""
    return (
        alt.Chart(alt.Data(values=frame.with_columns(pl.col(date).cast(pl.String)).to_dicts()))
        .mark_line(interpolate="step-after", point=True, color=SIGNED)
        .encode(
            x=alt.X(f"{date}:T", title="Signature date", axis=DATE_AXIS),
            y=alt.Y(f"{total}:Q", title="Signatories (cumulative)",
                    scale=alt.Scale(zero=True)),
            tooltip=[alt.Tooltip(f"{date}:T", title=vocabulary.heading(date),
                                 format=DATE_FORMAT),
                     alt.Tooltip(f"{total}:Q", title=vocabulary.heading(total))],
        )
        .properties(width="container", height=260, padding=TIME_PADDING)
    )


def cumulative_by_series(frame: pl.DataFrame, *, date: str, total: str, series: str,
                         title: str) -> alt.Chart:
    """Step lines of running totals over dates, one per value of ``series``, each with its
    own colour and point shape (so the series differ by more than colour)."""
    order = list(dict.fromkeys(frame[series].to_list()))
    return (
        alt.Chart(alt.Data(values=frame.with_columns(pl.col(date).cast(pl.String)).to_dicts()))
        .mark_line(interpolate="step-after", point=True)
        .encode(
            x=alt.X(f"{date}:T", title="Date", axis=DATE_AXIS),
            y=alt.Y(f"{total}:Q", title=title, scale=alt.Scale(zero=True)),
            color=alt.Color(f"{series}:N", title=None, sort=order,
                            scale=alt.Scale(domain=order, range=PALETTE[: len(order)])),
            shape=alt.Shape(f"{series}:N", title=None, sort=order,
                            scale=alt.Scale(domain=order)),
            tooltip=[alt.Tooltip(f"{series}:N"), alt.Tooltip(f"{date}:T"),
                     alt.Tooltip(f"{total}:Q")],
        )
        .properties(width="container", height=260, padding=TIME_PADDING)
    )


def grouped_shares(frame: pl.DataFrame, *, category: str, series: str, share: str,
                   label: str, highlight: str | None = None) -> alt.Chart:
    """Horizontal bars of shares (0-1) for several series per category (long format),
    categories kept in the frame's order; ``highlight`` names a boolean column whose rows
    are drawn with a heavier outline."""
    data, y = _category_axis(vocabulary.in_words(frame), category)
    series_order = list(dict.fromkeys(data[series].to_list()))
    encoding = {
        "y": y,
        "yOffset": alt.YOffset(f"{series}:N", sort=series_order),
        "x": _share_axis(share, label),
        "color": alt.Color(f"{series}:N", title=None, sort=series_order),
        "tooltip": _tooltip(data, [c for c in frame.columns if frame.schema[c] != pl.Boolean]),
    }
    if highlight:
        encoding["strokeWidth"] = alt.condition(f"datum.{highlight}", alt.value(2), alt.value(0))
    base = alt.Chart(alt.Data(values=data.to_dicts())).encode(**encoding)
    bars = base.mark_bar(stroke="#000")
    text = base.mark_text(align="left", dx=3, fontSize=11, color="#222").encode(
        text=alt.Text(f"{share}:Q", format=".0%"))
    step = _step(data, 2 * 14).step // len(series_order) if series_order else 14
    return (bars + text).properties(width="container", height=alt.Step(max(14, step)))


def stacked_counts(frame: pl.DataFrame, *, category: str, part: str, count: str,
                   label: str) -> alt.Chart:
    """Horizontal stacked bars of counts per category, parts in the frame's order."""
    data, y = _category_axis(vocabulary.in_words(frame), category)
    parts = list(dict.fromkeys(data[part].to_list()))
    return (
        alt.Chart(alt.Data(values=data.to_dicts()))
        .mark_bar()
        .encode(
            y=y,
            x=alt.X(f"{count}:Q", title=label, stack="zero"),
            color=alt.Color(f"{part}:N", title=None, sort=parts,
                            scale=alt.Scale(domain=parts, range=PALETTE[: len(parts)])),
            order=alt.Order("part_order:Q"),
            tooltip=_tooltip(data, [category, part, count]),
        )
        .properties(width="container", height=_step(data, 28))
    )


VERDICT_COLOURS = {"consistent": PALETTE[2], "consistent_then": PALETTE[5],
                   "understated": PALETTE[1], "overstated": PALETTE[3],
                   "unverifiable": "#777777"}


def _band(values: Iterable[int | None]) -> list[int]:
    """A y domain around the values with a little room, on multiples of 5."""
    kept = [v for v in values if v is not None]
    low, high = min(kept), max(kept)
    room = max(2, (high - low) // 10)
    return [5 * ((low - room) // 5), 5 * -(-(high + room) // 5)]


def claims_over_time(registry: pl.DataFrame, claims: pl.DataFrame) -> alt.LayerChart:
    """The registry's press-visible count as a step line (registry: day, signatories) and
    the reported counts as points (claims: published, value, verdict, publisher,
    registry_count, ...). The y axis spans the band the claims and the registry counts
    they were judged against occupy (the line is clipped outside it)."""
    domain = _band([*claims["value"], *claims.get_column("registry_count", default=pl.Series([]))
                    .to_list(), registry["signatories"].max()])
    y_scale = alt.Scale(domain=domain, zero=False, nice=False)
    steps = (
        alt.Chart(alt.Data(values=registry.with_columns(pl.col("day").cast(pl.String))
                           .to_dicts()))
        .mark_line(interpolate="step-after", color="#222", strokeWidth=2, clip=True)
        .encode(x=alt.X("day:T", title="Publication date", axis=DATE_AXIS),
                y=alt.Y("signatories:Q", title="Signatories", scale=y_scale),
                tooltip=[alt.Tooltip("day:T", title="Day", format=DATE_FORMAT),
                         alt.Tooltip("signatories:Q", title="Registry count")])
    )
    verdicts = [vocabulary.value("verdict", v) for v in VERDICT_COLOURS
                if v in set(claims["verdict"])]
    points_data = vocabulary.in_words(claims).with_columns(
        pl.col("published").cast(pl.String),
        pl.when(pl.col("is_forecast")).then(pl.lit("forecast"))
        .otherwise(pl.lit("reported count")).alias("claim"))
    points = (
        alt.Chart(alt.Data(values=points_data.to_dicts()))
        .mark_point(size=70, filled=True, opacity=0.85, clip=True)
        .encode(
            x="published:T",
            y=alt.Y("value:Q", scale=y_scale),
            color=alt.Color("verdict:N", title="Verdict", sort=verdicts,
                            scale=alt.Scale(domain=verdicts, range=[
                                VERDICT_COLOURS[v] for v in VERDICT_COLOURS
                                if v in set(claims["verdict"])])),
            shape=alt.Shape("claim:N", title="Claim"),
            tooltip=_tooltip(points_data, [c for c in ("claim_id", "publisher", "published",
                                                       "qualifier", "value", "verdict")
                                           if c in points_data.columns]),
        )
    )
    return alt.layer(steps, points).properties(width="container", height=320,
                                               padding=TIME_PADDING)


def value_strip(frame: pl.DataFrame, *, category: str, value: str, label: str) -> alt.Chart:
    """One row of dots per category: how spread the reported values are."""
    data, y = _category_axis(vocabulary.in_words(frame), category)
    return (
        alt.Chart(alt.Data(values=data.to_dicts()))
        .mark_circle(size=80, opacity=0.6, color=PALETTE[0])
        .encode(
            y=y,
            x=alt.X(f"{value}:Q", title=label, scale=alt.Scale(zero=False)),
            tooltip=_tooltip(data, [c for c in frame.columns if frame.schema[c] != pl.Boolean]),
        )
        .properties(width="container", height=_step(data, 36))
    )


# --- the uptake race ---------------------------------------------------------------------

THIS_TREATY = "#000000"
OTHER_TREATIES = [*PALETTE[:7], "#999999", "#8c564b", "#7f7f7f"]


def _treaty_names(frame: pl.DataFrame) -> pl.DataFrame:
    """The frame with each treaty's name wrapped for the legend (AXIS_FIELD) and its dates
    as readers write them ("19 Nov 2025"); short_title keeps the whole name for tooltips."""
    return frame.with_columns(
        pl.col("short_title").map_elements(_wrap, return_dtype=pl.String).alias(AXIS_FIELD),
        *[pl.col(c).cast(pl.String).map_elements(formats.date, return_dtype=pl.String)
          for c in ("date",) if c in frame.columns])


def _steps_within(curves: pl.DataFrame, count: str, last_day: int) -> pl.DataFrame:
    """The columns a step chart draws, and its rows up to ``last_day`` plus each treaty's
    first row after it (the step that runs to the clipped edge): the page embeds the
    chart's data, and the whole record of every treaty tripled the page's size."""
    steps = curves.select("short_title", "is_this_treaty", "sort_order", "day", "date",
                          count).sort("sort_order", "day")
    before = pl.col("day").shift(1).over("short_title")
    return steps.filter((pl.col("day") <= last_day)
                        | (before.is_null() | (before <= last_day)))


def _treaty_colours(frame: pl.DataFrame) -> alt.Color:
    """One colour per treaty in sort order (frame from _treaty_names): this treaty in black,
    the others in the palette's order; legend labels wrapped, never cut."""
    treaties = frame.select(AXIS_FIELD, "is_this_treaty", "sort_order").unique().sort(
        "sort_order")
    others = iter(OTHER_TREATIES * (1 + treaties.height // len(OTHER_TREATIES)))
    colours = [THIS_TREATY if this else next(others) for this in treaties["is_this_treaty"]]
    order = treaties[AXIS_FIELD].to_list()
    return alt.Color(f"{AXIS_FIELD}:N", title=None, sort=order,
                     scale=alt.Scale(domain=order, range=colours),
                     legend=alt.Legend(labelExpr=LINES, labelLimit=0, rowPadding=6,
                                       symbolType="stroke"))


def uptake_steps(curves: pl.DataFrame, *, count: str, label: str, last_day: int,
                 thresholds: pl.DataFrame | None = None,
                 this_threshold: int | None = None) -> alt.LayerChart:
    """Cumulative counts by day since opening, one step line per treaty (curves: short_title,
    is_this_treaty, sort_order, day, date, <count>), each ending where its rows end and
    clipped at ``last_day``; this treaty drawn heavier. ``thresholds`` (short_title,
    is_this_treaty, sort_order, day, threshold) marks the day each treaty's threshold
    instrument was deposited; ``this_threshold`` draws this treaty's threshold as a dashed
    rule. Treaty names are wrapped in the legend and whole in the tooltips."""
    data = _treaty_names(_steps_within(curves, count, last_day))
    colour = _treaty_colours(data)
    x = alt.X("day:Q", title="Days since opening (day 1 = opening day)",
              scale=alt.Scale(domain=[1, last_day], nice=False))
    lines = alt.Chart(alt.Data(values=data.to_dicts())).mark_line(
        interpolate="step-after", clip=True).encode(
        x=x, y=alt.Y(f"{count}:Q", title=label, scale=alt.Scale(zero=True)), color=colour,
        strokeWidth=alt.condition("datum.is_this_treaty", alt.value(3.5), alt.value(1.6)),
        tooltip=_tooltip(data, ["short_title", "day", "date", count]))
    layers: list[alt.Chart] = [lines]
    if thresholds is not None and thresholds.height:
        marks = _treaty_names(thresholds)
        layers.append(alt.Chart(alt.Data(values=marks.to_dicts())).mark_point(
            shape="diamond", filled=True, size=90, stroke="#000", strokeWidth=0.6,
            clip=True).encode(
            x="day:Q", y="threshold:Q", color=colour,
            tooltip=[alt.Tooltip("short_title:N", title=vocabulary.heading("short_title")),
                     alt.Tooltip("threshold:Q", title="Threshold (instruments)"),
                     alt.Tooltip("day:Q", title="Reached on day", format=","),
                     alt.Tooltip("date:N", title="Date")]))
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
    """One dot per row on a date axis (rows in the frame's order, category names wrapped)
    and a dashed rule at ``start`` (an ISO date: where every row begins)."""
    wrapped, y = _category_axis(frame, category)
    values = wrapped.with_columns(pl.col(pl.Date).cast(pl.String)).to_dicts()
    dots = alt.Chart(alt.Data(values=values)).mark_point(
        filled=True, size=90, color=SIGNED).encode(
        x=alt.X(f"{date}:T", title=label, axis=DATE_AXIS, scale=alt.Scale(padding=24)),
        y=y, tooltip=_tooltip(frame, frame.columns))
    start_rule = alt.Chart(alt.Data(values=[{"start": start}])).mark_rule(
        strokeDash=[5, 4], color="#555", strokeWidth=1.5).encode(x="start:T")
    start_label = alt.Chart(alt.Data(values=[{"start": start, "text": formats.date(start)}])
                            ).mark_text(align="left", baseline="top", dx=4, dy=2, fontSize=11,
                                        color="#555").encode(
        x="start:T", y=alt.value(0), text="text:N")
    return alt.layer(start_rule, start_label, dots).properties(
        width="container", height=_step(wrapped, 26), padding=TIME_PADDING)
