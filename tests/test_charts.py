import base64
import datetime as dt
import json
import re

import altair as alt
import polars as pl
import pytest

from analysis import charts


def simple_chart():
    return alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q")


def test_figure_escapes_markup_from_data_and_text():
    report = charts.Report("2025-11-19")
    data = pl.DataFrame({"participant": ["<script>alert(1)</script>"], "n": [1]})
    html = report.figure(simple_chart(), name="t", title="A <b>title</b>",
                         description="About <img src=x>", dataset="signatories",
                         data=data).data
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "A &lt;b&gt;title&lt;/b&gt;" in html
    assert "<img src=x>" not in html


def test_spec_json_cannot_close_its_script_element():
    chart = alt.Chart(alt.Data(values=[{"name": "</script><script>alert(1)</script>"}]))
    html = charts.Report("s").figure(chart.mark_point(), name="x", title="t", description="d",
                                     dataset="d", data=pl.DataFrame({"a": [1]})).data
    spec_text = re.search(r'<script type="application/json" class="vega-spec"[^>]*>(.*?)'
                          r"</script>", html, re.S).group(1)
    assert "</script>" not in spec_text
    assert json.loads(spec_text)["data"]["values"][0]["name"].startswith("</script>")


def test_figure_states_its_source_dataset_and_snapshot():
    html = charts.Report("2025-10-26").figure(
        simple_chart(), name="timeline", title="t", description="d",
        dataset="signature_timeline", data=pl.DataFrame({"a": [1]})).data
    assert "Source: signature_timeline, registry snapshot 2025-10-26" in html
    assert 'aria-describedby="desc-timeline"' in html


def test_table_offers_its_rows_as_csv():
    frame = pl.DataFrame({"participant": ["Namibia", "Côte d'Ivoire"], "n": [1, 2]})
    html = charts.Report("s").table(frame, name="list", caption="c", dataset="d").data
    payload = re.search(r'href="data:text/csv;charset=utf-8;base64,([^"]+)"', html).group(1)
    assert base64.b64decode(payload).decode() == frame.write_csv()
    assert html.count("<tr>") == 3


def test_names_must_be_unique_within_a_report():
    report = charts.Report("s")
    report.table(pl.DataFrame({"a": [1]}), name="list", caption="c", dataset="d")
    with pytest.raises(ValueError, match="used twice"):
        report.table(pl.DataFrame({"a": [1]}), name="List", caption="c", dataset="d")


def test_figures_are_written_as_vega_lite_specs_at_a_fixed_width(tmp_path):
    report = charts.Report("s", tmp_path)
    chart = simple_chart().properties(width="container")
    report.figure(chart, name="Small chart", title="t", description="d", dataset="d",
                  data=pl.DataFrame({"x": [1]}))
    spec = json.loads((tmp_path / "small-chart.vl.json").read_text(encoding="utf-8"))
    assert spec["width"] == charts.EXPORT_WIDTH
    assert spec["mark"]["type"] == "point"


def test_figure_adds_named_datasets_to_the_embedded_spec():
    atlas = {"type": "Topology", "arcs": [], "objects": {}}
    html = charts.Report("s").figure(
        charts.world_map(pl.DataFrame({"iso_numeric": ["516"], "name": ["Namibia"]}),
                         pl.DataFrame({"name": ["Nauru"], "lon": [166.9], "lat": [-0.5]})),
        name="m", title="t", description="d", dataset="d", data=pl.DataFrame({"x": [1]}),
        datasets={charts.ATLAS: atlas}).data
    spec = json.loads(re.search(r'<script type="application/json"[^>]*>(.*?)</script>', html,
                                re.S).group(1))
    assert spec["datasets"][charts.ATLAS] == atlas
    others = [rows for name, rows in spec["datasets"].items() if name != charts.ATLAS]
    assert others == [[{"iso_numeric": "516", "name": "Namibia"}]]  # Altair's kept beside it


def test_world_map_draws_missing_states_as_dots():
    shapes = pl.DataFrame({"iso_numeric": ["516"], "name": ["Namibia"]})
    dots = pl.DataFrame({"name": ["Nauru"], "lon": [166.9], "lat": [-0.5]})
    spec = charts.world_map(shapes, dots).to_dict()
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks == ["geoshape", "geoshape", "circle"]
    assert spec["projection"] == {"type": "equalEarth"}


UPTAKE_CURVES = pl.DataFrame({
    "short_title": ["Hanoi", "Hanoi", "UNTOC", "UNTOC", "UNCAC"],
    "is_this_treaty": [True, True, False, False, False],
    "sort_order": [1, 1, 3, 3, 2], "day": [1, 26, 1, 500, 1],
    "date": ["2025-10-25", "2025-11-19", "2000-12-12", "2002-04-25", "2003-12-09"],
    "instruments": [0, 0, 0, 41, 1],
})


def test_uptake_steps_draw_this_treaty_in_black_and_mark_thresholds():
    thresholds = pl.DataFrame({"short_title": ["UNTOC"], "is_this_treaty": [False],
                               "sort_order": [3], "day": [480], "date": ["2002-04-05"],
                               "threshold": [40]})
    spec = charts.uptake_steps(UPTAKE_CURVES, count="instruments", label="Instruments",
                               last_day=365, thresholds=thresholds,
                               this_threshold=40).to_dict()
    lines, points, rule, label = spec["layer"]
    colour = lines["encoding"]["color"]["scale"]
    assert colour["domain"] == ["Hanoi", "UNCAC", "UNTOC"]
    assert colour["range"][0] == charts.THIS_TREATY
    assert len(set(colour["range"])) == 3
    assert lines["mark"]["clip"] and lines["encoding"]["x"]["scale"]["domain"] == [1, 365]
    assert points["data"]["values"][0]["threshold"] == 40
    assert rule["data"]["values"] == [{"threshold": 40}]
    assert "40 instruments" in label["encoding"]["text"]["value"]


def test_date_range_dots_keep_the_frames_order_and_mark_the_start():
    frame = pl.DataFrame({"short_title": ["Paris", "UNTOC"],
                          "entry_into_force_date": [dt.date(2026, 7, 19), dt.date(2028, 9, 5)]})
    spec = charts.date_range_dots(frame, category="short_title", date="entry_into_force_date",
                                  label="Entry into force", start="2025-11-19").to_dict()
    start, label, dots = spec["layer"]
    assert label["data"]["values"] == [{"start": "2025-11-19", "text": "2025-11-19"}]
    assert start["data"]["values"] == [{"start": "2025-11-19"}]
    assert dots["encoding"]["y"]["sort"] == ["Paris", "UNTOC"]
    assert dots["data"]["values"][0]["entry_into_force_date"] == "2026-07-19"
