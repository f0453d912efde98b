import pytest

from analysis import page
from analysis.config import load as load_config

STAMP = {"snapshot_id": "2025-11-19", "raw_files": {}, "inputs": {"notebooks/n.py": "e"},
         "inputs_sha256": "d", "versions": {}}


@pytest.fixture
def bundles(tmp_path, monkeypatch):
    """vl-convert's bundling replaced by a counter; the bundle kept under tmp_path."""
    made = []
    monkeypatch.setattr(page, "BUNDLE_DIR", tmp_path / "share")
    monkeypatch.setattr(page.vlc, "javascript_bundle",
                        lambda: made.append(1) or "VEGA-BUNDLE-TEXT")
    return made


def test_page_css_carries_code_highlighting_styles():
    assert ".highlight" in page.page_css()


def test_vega_bundle_is_made_once_per_vl_convert_version_and_reused(bundles):
    assert page.vega_bundle() == "VEGA-BUNDLE-TEXT"
    assert page.vega_bundle() == "VEGA-BUNDLE-TEXT"
    assert bundles == [1]
    assert page.vega_bundle_path().read_text() == "VEGA-BUNDLE-TEXT"
    assert page.vlc.__version__ in page.vega_bundle_path().name


def test_vega_bundle_goes_only_into_pages_that_draw_a_chart(project, bundles):
    config = project().build()[0]
    head = page.page_parts(config, title="T", snapshot_id="2025-11-19", stamp=STAMP,
                           index_href="index.html", previous_href=None)["head_extra"]
    chart = '<div class="vega-chart" id="chart-x"></div>'
    assert "<script>\nVEGA-BUNDLE-TEXT\n</script>" in page.insert_vega_bundle(head + chart)
    without = page.insert_vega_bundle(head + "<p>no chart</p>")
    assert "VEGA-BUNDLE-TEXT" not in without
    assert page.VEGA_BUNDLE_SLOT not in without
    with pytest.raises(ValueError, match="expected one Vega bundle slot in the page, found 0"):
        page.insert_vega_bundle(without)
    with pytest.raises(ValueError, match="found 2"):
        page.insert_vega_bundle(head + head)


def test_title_block_states_the_signature_period_when_given():
    config = load_config()
    period = {"signature_closes": "2026-12-31", "days_left": 0, "is_closed": False}
    top = page.page_parts(config, title="T", snapshot_id="2025-11-19", stamp=STAMP,
                          index_href="index.html", previous_href=None,
                          signature_period=period)["body_top"]
    assert "<strong>Signature period:</strong> open for signature until 31 Dec 2026" in top
    plain = page.page_parts(config, title="T", snapshot_id="2025-11-19", stamp=STAMP,
                            index_href="index.html", previous_href=None)["body_top"]
    assert "Signature period" not in plain


def test_title_block_gives_the_entry_into_force_date_once_reached():
    config = load_config()
    reached = {"instruments_required": 40, "instruments_deposited": 41,
               "entry_into_force_date": "2026-11-12"}
    top = page.page_parts(config, title="T", snapshot_id="2025-11-19", stamp=STAMP,
                          index_href="index.html", previous_href=None,
                          entry_into_force=reached)["body_top"]
    assert "<strong>Entry into force:</strong> 12 Nov 2026, the 90th day after the 40th" in top
    pending = page.page_parts(config, title="T", snapshot_id="2025-11-19", stamp=STAMP,
                              index_href="index.html", previous_href=None,
                              entry_into_force={**reached, "instruments_deposited": 11,
                                                "entry_into_force_date": None})["body_top"]
    assert "<strong>Entry into force:</strong> not yet: 11 of 40 State instruments" in pending
