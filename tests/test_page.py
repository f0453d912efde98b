import pytest

from analysis import page


def test_page_css_carries_code_highlighting_styles():
    assert ".highlight" in page.page_css()


def test_vega_bundle_is_made_once_per_vl_convert_version_and_reused(project, monkeypatch):
    config = project().build()[0]
    made = []
    monkeypatch.setattr(page.vlc, "javascript_bundle",
                        lambda: made.append(1) or "/* vega bundle */")
    assert page.vega_bundle(config) == "/* vega bundle */"
    assert page.vega_bundle(config) == "/* vega bundle */"
    assert made == [1]
    assert page.vega_bundle_path(config).read_text() == "/* vega bundle */"
    assert page.vlc.__version__ in page.vega_bundle_path(config).name


def test_pages_with_charts_get_the_vega_bundle_once_in_their_slot(project, monkeypatch):
    config = project().build()[0]
    monkeypatch.setattr(page.vlc, "javascript_bundle", lambda: "VEGA-BUNDLE-TEXT")
    stamp = {"snapshot_id": "2025-11-19", "raw_files": {}, "code_version": "c",
             "dvc_lock_sha256": "d", "versions": {}, "build_time": "t"}
    parts = {flag: page.page_parts(config, title="T", snapshot_id="2025-11-19", stamp=stamp,
                                   index_href="index.html", previous_href=None,
                                   with_charts=flag) for flag in (True, False)}
    assert page.VEGA_BUNDLE_SLOT not in parts[False]["head_extra"]
    filled = page.insert_vega_bundle(parts[True]["head_extra"], config)
    assert "<script>\nVEGA-BUNDLE-TEXT\n</script>" in filled
    with pytest.raises(ValueError, match="expected one Vega bundle slot in the page, found 0"):
        page.insert_vega_bundle(parts[False]["head_extra"], config)
