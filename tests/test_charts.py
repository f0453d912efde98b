import base64
import datetime as dt
import json
import re

import altair as alt
import jsonschema
import polars as pl
import pytest

from analysis import charts, vocabulary


def simple_chart():
    return alt.Chart(alt.Data(values=[{"x": 1}])).mark_point().encode(x="x:Q")


def test_figure_escapes_markup_from_data_and_text():
    report = charts.Report("2025-11-19")
    data = pl.DataFrame({"participant": ["<script>alert(1)</script>"], "claims": [1]})
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
                                     dataset="d", data=pl.DataFrame({"value": [1]})).data
    spec_text = re.search(r'<script type="application/json" class="vega-spec"[^>]*>(.*?)'
                          r"</script>", html, re.S).group(1)
    assert "</script>" not in spec_text
    assert json.loads(spec_text)["data"]["values"][0]["name"].startswith("</script>")


def test_figure_states_its_source_dataset_and_snapshot():
    html = charts.Report("2025-10-26").figure(
        simple_chart(), name="timeline", title="t", description="d",
        dataset="signature_timeline", data=pl.DataFrame({"value": [1]})).data
    assert "Source: signature_timeline, registry snapshot 2025-10-26" in html
    assert 'aria-describedby="desc-timeline"' in html


def test_table_offers_its_rows_as_csv():
    frame = pl.DataFrame({"participant": ["Namibia", "Côte d'Ivoire"], "claims": [1, 2]})
    html = charts.Report("s").table(frame, name="list", caption="c", dataset="d").data
    payload = re.search(r'href="data:text/csv;charset=utf-8;base64,([^"]+)"', html).group(1)
    assert base64.b64decode(payload).decode() == frame.write_csv()
    assert html.count("<tr>") == 3


def test_names_must_be_unique_within_a_report():
    report = charts.Report("s")
    report.table(pl.DataFrame({"value": [1]}), name="list", caption="c", dataset="d")
    with pytest.raises(ValueError, match="used twice"):
        report.table(pl.DataFrame({"value": [1]}), name="List", caption="c", dataset="d")


def test_figures_are_written_as_vega_lite_specs_at_a_fixed_width(tmp_path):
    report = charts.Report("s", tmp_path)
    chart = simple_chart().properties(width="container")
    report.figure(chart, name="Small chart", title="t", description="d", dataset="d",
                  data=pl.DataFrame({"value": [1]}))
    spec = json.loads((tmp_path / "small-chart.vl.json").read_text(encoding="utf-8"))
    assert spec["width"] == charts.EXPORT_WIDTH
    assert spec["mark"]["type"] == "point"


def test_figure_adds_named_datasets_to_the_embedded_spec():
    atlas = {"type": "Topology", "arcs": [], "objects": {}}
    html = charts.Report("s").figure(
        charts.world_map(pl.DataFrame({"iso_numeric": ["516"], "name": ["Namibia"]}),
                         pl.DataFrame({"name": ["Nauru"], "lon": [166.9], "lat": [-0.5]})),
        name="m", title="t", description="d", dataset="d", data=pl.DataFrame({"value": [1]}),
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


def test_world_map_colours_each_country_by_its_status():
    shapes = pl.DataFrame({"iso_numeric": ["516"], "name": ["Namibia"], "status": ["signed"]})
    dots = pl.DataFrame({"name": ["Nauru"], "lon": [166.9], "lat": [-0.5],
                         "status": ["ratified"]})
    spec = charts.world_map(shapes, dots, status="status",
                            statuses=["ratified", "signed"]).to_dict()
    for layer in spec["layer"][1:]:
        colour = layer["encoding"]["color"]
        assert colour["field"] == "status"
        assert colour["scale"] == {"domain": ["ratified", "signed"],
                                   "range": charts.PALETTE[:2]}


def test_cumulative_series_differ_by_colour_and_shape():
    frame = pl.DataFrame({"series": ["signatures", "instruments"],
                          "day": ["2025-10-25", "2026-01-15"], "total": [72, 1]})
    spec = charts.cumulative_by_series(frame, date="day", total="total", series="series",
                                       title="Cumulative count").to_dict()
    assert spec["encoding"]["color"]["scale"]["domain"] == ["signatures", "instruments"]
    assert spec["encoding"]["shape"]["scale"]["domain"] == ["signatures", "instruments"]
def header_cells(html: str) -> list[str]:
    return re.findall(r'<button type="button" class="sort">([^<]*)</button>', html)


def body_rows(html: str) -> list[list[str]]:
    body = html.split("<tbody>")[1].split("</tbody>")[0]
    return [re.findall(r"<td[^>]*>([^<]*)</td>", row) for row in body.split("</tr>")[:-1]]


def test_table_shows_headings_and_stored_codes_in_words():
    frame = pl.DataFrame({"claim_kind": ["attending_states"], "verdict": ["consistent_then"],
                          "published": [dt.date(2025, 10, 25)], "registry_count": [1234]})
    html = charts.Report("s").table(frame, name="t", caption="c", dataset="d").data
    assert header_cells(html) == ["Kind of claim", "Verdict", "Published",
                                  "Registry count then"]
    assert body_rows(html) == [["attending States", "held when published", "25 Oct 2025",
                                "1,234"]]


def test_table_refuses_a_column_without_a_heading():
    with pytest.raises(vocabulary.MissingHeading, match=r"ratification_day.*vocabulary\.yaml"):
        charts.Report("s").table(pl.DataFrame({"ratification_day": [1]}), name="t",
                                 caption="c", dataset="d")


def test_table_starts_in_the_order_its_caption_promises():
    frame = pl.DataFrame({"publisher": ["A", "B", "C"], "wrong": [0, 2, 1]})
    html = charts.Report("s").table(frame, name="t", caption="wrong first", dataset="d",
                                    sort="wrong", descending=True).data
    assert [row[0] for row in body_rows(html)] == ["B", "C", "A"]
    assert '<th scope="col" class="num" aria-sort="descending">' in html


def test_table_shows_chosen_columns_and_offers_all_in_the_csv():
    frame = pl.DataFrame({"publisher": ["A"], "url": ["https://example.org/x_y"],
                          "context": ["text"]})
    html = charts.Report("s").table(frame, name="t", caption="c", dataset="d",
                                    columns=["publisher", "context"]).data
    assert header_cells(html) == ["Outlet", "Context"]
    assert "also with address" in html
    payload = re.search(r'href="data:text/csv;charset=utf-8;base64,([^"]+)"', html).group(1)
    assert base64.b64decode(payload).decode() == frame.write_csv()


def test_long_tables_get_a_search_box_that_the_script_reveals():
    long = pl.DataFrame({"participant": [f"State {i}" for i in range(charts.SEARCH_ROWS + 1)]})
    html = charts.Report("s").table(long, name="t", caption="c", dataset="d").data
    assert '<div class="table-filter" hidden>' in html  # without the script: a plain table
    assert 'data-table="t-table"' in html
    short = charts.Report("s").table(long.head(3), name="t", caption="c", dataset="d").data
    assert "table-filter" not in short


def test_chart_category_names_are_wrapped_not_cut():
    frame = pl.DataFrame({"sub_region": ["Latin America and the Caribbean", "Asia"],
                          "share_signed": [0.5, 0.4]})
    spec = charts.bar_share(frame, category="sub_region", share="share_signed", label="Share",
                            tooltip=[]).to_dict()
    layer = spec["layer"][0]
    assert layer["encoding"]["y"]["axis"]["labelExpr"] == charts.LINES
    assert layer["encoding"]["y"]["sort"] == ["Latin America and the\nCaribbean", "Asia"]
    titles = [tip["title"] for tip in layer["encoding"]["tooltip"]]
    assert titles == ["Sub-region", "Share signed"]


def test_claims_chart_zooms_to_the_band_of_the_claims_and_the_registry():
    registry = pl.DataFrame({"day": [dt.date(2025, 10, 24), dt.date(2025, 10, 25)],
                             "signatories": [0, 69]})
    claims = pl.DataFrame({"claim_id": ["c1", "c2"], "publisher": ["A", "B"],
                           "published": [dt.date(2025, 10, 25)] * 2, "qualifier": ["exact"] * 2,
                           "value": [60, 75], "verdict": ["understated", "overstated"],
                           "is_forecast": [False, True], "registry_count": [69, 69]})
    spec = charts.claims_over_time(registry, claims).to_dict()
    domain = spec["layer"][0]["encoding"]["y"]["scale"]["domain"]
    assert domain[0] > 0 and domain[0] <= 60 and domain[1] >= 75
    assert spec["layer"][1]["encoding"]["color"]["scale"]["domain"] == [
        "below the registry", "above the registry"]


def test_figure_names_its_svg_for_screen_readers():
    html = charts.Report("s").figure(simple_chart(), name="c", title="A title",
                                     description="What it shows.", dataset="d",
                                     data=pl.DataFrame({"value": [1]})).data
    spec = json.loads(re.search(r'<script type="application/json"[^>]*>(.*?)</script>', html,
                                re.S).group(1))
    assert spec["description"] == "A title. What it shows."


# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
DICHROMACY = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _lab(linear: tuple[float, ...]) -> tuple[float, float, float]:
    r, g, b = (min(max(c, 0.0), 1.0) for c in linear)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(colour: str, matrix: tuple | None) -> tuple[float, float, float]:
    srgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in srgb]
    if matrix is not None:
        linear = [sum(m * c for m, c in zip(row, linear, strict=True)) for row in matrix]
    return _lab(tuple(linear))


def test_verdict_colours_stay_apart_for_colour_blind_readers():
    """The palette (Okabe-Ito) checked once: every pair of verdict colours differs by at
    least 10 (CIELAB delta E) for normal vision and each simulated dichromacy."""
    colours = list(charts.VERDICT_COLOURS.values())
    close = []
    for vision, matrix in {"normal": None, **DICHROMACY}.items():
        for i, first in enumerate(colours):
            for second in colours[i + 1:]:
                a, b = _seen(first, matrix), _seen(second, matrix)
                distance = sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5
                if distance < 10:
                    close.append(f"{vision}: {first} vs {second}: {distance:.1f}")
    assert not close
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
    assert label["data"]["values"] == [{"start": "2025-11-19", "text": "19 Nov 2025"}]
    assert start["data"]["values"] == [{"start": "2025-11-19"}]
    assert dots["encoding"]["y"]["sort"] == ["Paris", "UNTOC"]
    assert dots["data"]["values"][0]["entry_into_force_date"] == "2026-07-19"


def test_date_range_dots_wrap_long_names_and_keep_them_whole_in_the_tooltip():
    name = "UNTOC Trafficking in Persons Protocol"
    frame = pl.DataFrame({"short_title": [name],
                          "entry_into_force_date": [dt.date(2027, 1, 2)]})
    spec = charts.date_range_dots(frame, category="short_title", date="entry_into_force_date",
                                  label="Entry into force", start="2025-11-19").to_dict()
    dots = spec["layer"][2]
    assert dots["encoding"]["y"]["sort"] == ["UNTOC Trafficking in\nPersons Protocol"]
    assert dots["data"]["values"][0]["short_title"] == name
    assert {"field": "short_title", "type": "nominal", "title": "Treaty"} in \
        dots["encoding"]["tooltip"]


def test_uptake_steps_wrap_long_treaty_names_in_the_legend_and_keep_them_in_tooltips():
    name = "UNTOC Trafficking in Persons Protocol"
    curves = pl.DataFrame({"short_title": [name], "is_this_treaty": [False], "sort_order": [4],
                           "day": [1], "date": [dt.date(2000, 12, 12)], "signatures": [80]})
    spec = charts.uptake_steps(curves, count="signatures", label="Signatures",
                               last_day=365).to_dict()
    colour = spec["encoding"]["color"] if "encoding" in spec else spec["layer"][0][
        "encoding"]["color"]
    assert colour["scale"]["domain"] == ["UNTOC Trafficking in\nPersons Protocol"]
    assert colour["legend"]["labelLimit"] == 0
    values = (spec.get("data") or spec["layer"][0]["data"])["values"]
    assert values[0]["short_title"] == name and values[0]["date"] == "12 Dec 2000"


def test_uptake_steps_embed_only_the_rows_and_columns_the_chart_draws():
    curves = pl.DataFrame({
        "short_title": ["UNTOC"] * 4 + ["Hanoi"], "is_this_treaty": [False] * 4 + [True],
        "sort_order": [3] * 4 + [1], "day": [1, 300, 400, 900, 1],
        "date": ["2000-12-12", "2001-10-07", "2002-01-15", "2003-05-30", "2025-10-25"],
        "instruments": [0, 10, 20, 45, 0], "snapshot_id": ["x"] * 5})
    spec = charts.uptake_steps(curves, count="instruments", label="Instruments",
                               last_day=365).to_dict()
    values = (spec.get("data") or spec["layer"][0]["data"])["values"]
    assert [(v["short_title"], v["day"]) for v in values] == [
        ("Hanoi", 1), ("UNTOC", 1), ("UNTOC", 300), ("UNTOC", 400)]
    assert "snapshot_id" not in values[0]


def test_figure_still_rejects_a_spec_the_schema_does_not_allow():
    chart = alt.Chart(alt.Data(values=[{"n": i} for i in range(50)])).mark_bar().encode(
        x=alt.X("n:Q"))
    assert charts._validated_spec(chart)["data"]["values"][49] == {"n": 49}
    chart.height = "tall"
    with pytest.raises(jsonschema.ValidationError):
        charts._validated_spec(chart)
