import json
import time

import pytest
import vl_convert as vlc

from analysis import figures

SPEC = {"mark": "bar", "width": 200, "data": {"values": [{"a": "x", "b": 2}, {"a": "y", "b": 3}]},
        "encoding": {"x": {"field": "a", "type": "nominal"},
                     "y": {"field": "b", "type": "quantitative"}}}


def test_spec_exports_to_svg_and_the_png_vl_convert_makes_from_the_spec(tmp_path):
    spec_path = figures.write_spec(tmp_path, "bars", SPEC)
    assert json.loads(spec_path.read_text(encoding="utf-8")) == SPEC
    figures.export_static(spec_path)
    assert (tmp_path / "bars.svg").read_text(encoding="utf-8") == vlc.vegalite_to_svg(SPEC)
    assert (tmp_path / "bars.png").read_bytes() == vlc.vegalite_to_png(SPEC, scale=2)


def test_export_folder_exports_only_specs_without_an_svg(tmp_path):
    figures.write_spec(tmp_path, "done", SPEC)
    (tmp_path / "done.svg").write_text("<svg/>", encoding="utf-8")
    figures.write_spec(tmp_path, "new", SPEC)
    assert [p.name for p in figures.export_folder(tmp_path)] == ["new.vl.json"]
    assert (tmp_path / "done.svg").read_text(encoding="utf-8") == "<svg/>"
    assert figures.export_folder(tmp_path) == []


def test_static_exports_cover_specs_written_while_open_and_at_the_last_moment(tmp_path):
    with figures.StaticExports(tmp_path):
        figures.write_spec(tmp_path, "early", SPEC)
        time.sleep(1.5)
        figures.write_spec(tmp_path, "late", SPEC)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "early.png", "early.svg", "early.vl.json", "late.png", "late.svg", "late.vl.json"]


def test_static_exports_report_a_spec_vl_convert_rejects(tmp_path):
    (tmp_path / "broken.vl.json").write_text('{"mark": 3}', encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"exporting the figures in .* failed"), \
            figures.StaticExports(tmp_path):
        pass


def test_static_exports_stop_at_once_when_the_notebook_fails(tmp_path):
    with pytest.raises(KeyError), figures.StaticExports(tmp_path) as exports:
        raise KeyError("notebook failed")
    assert exports.process.returncode not in (None, 0)
    assert not list(tmp_path.iterdir())
