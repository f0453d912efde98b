import pytest

from analysis import config
from analysis.errors import InputError


def test_real_params_load():
    loaded = config.load()
    assert loaded.snapshots == ("2025-10-26", "2025-11-19")
    assert loaded.event_start.isoformat() == "2025-10-25"
    assert loaded.previous_snapshot("2025-11-19") == "2025-10-26"
    assert loaded.previous_snapshot("2025-10-26") is None


def test_unknown_render_engine_is_refused(project):
    made = project()
    made.write_params(render={"engine": "pdf", "kernel": "k", "execution_timeout_s": 5})
    with pytest.raises(InputError) as caught:
        config.load(made.root)
    assert str(caught.value) == (f"{made.root / 'params.yaml'}, field 'render.engine': must be "
                                 "one of auto, quarto, nbconvert, got 'pdf'")


def test_snapshot_id_that_is_not_a_date_is_refused(project):
    made = project()
    made.write_params(snapshots=["2025-10-26", "latest"])
    with pytest.raises(InputError, match=r"field 'snapshots\[1\]': snapshot id 'latest' is not"):
        config.load(made.root)


def test_snapshots_out_of_order_are_refused(project):
    made = project()
    made.write_params(snapshots=["2025-11-19", "2025-10-26"])
    with pytest.raises(InputError, match="field 'snapshots': snapshots must be unique"):
        config.load(made.root)


def test_wrong_type_names_the_setting(project):
    made = project()
    made.write_params(render={"engine": "auto", "kernel": "k", "execution_timeout_s": "soon"})
    with pytest.raises(InputError, match=r"field 'render.execution_timeout_s': expected int, "
                                         r"got 'soon'"):
        config.load(made.root)


def test_yaml_syntax_error_names_the_line(project):
    made = project()
    (made.root / "params.yaml").write_text("treaty:\n  id: [unclosed\n")
    with pytest.raises(InputError, match=r"params.yaml, row \d+: not valid YAML"):
        config.load(made.root)


def test_signature_period_closing_day_is_read_as_a_date():
    assert config.load().signature_closes.isoformat() == "2026-12-31"


def test_signature_closing_day_that_is_not_a_date_is_refused(project):
    made = project()
    treaty = made.params()["treaty"]
    made.write_params(treaty={**treaty, "signature_closes": "end of 2026"})
    with pytest.raises(InputError, match=r"field 'treaty.signature_closes': expected an ISO "
                                         r"date YYYY-MM-DD, got 'end of 2026'"):
        config.load(made.root)


def test_reports_are_read_in_order_with_their_raw_inputs():
    specs = config.load().report_specs
    assert list(specs) == ["what-changed", "signatory-geography", "multilateral-participation",
                           "uptake-race", "press-claims"]
    assert specs["press-claims"].raw_inputs[-1] == config.ARTICLES
    assert specs["signatory-geography"].slug == "signatory-geography"


def test_report_without_a_title_names_the_setting(project):
    made = project()
    made.write_params(reports={"uptake-race": {"raw_inputs": []}})
    with pytest.raises(InputError, match=r"field 'reports\.uptake-race\.title': missing"):
        config.load(made.root)


def test_report_name_that_is_not_lower_case_words_and_hyphens_is_refused(project):
    made = project()
    made.write_params(reports={"uptake_race": {"title": "Uptake race", "raw_inputs": []}})
    with pytest.raises(InputError, match=r"field 'reports\.uptake_race': report name"):
        config.load(made.root)


def test_unknown_report_is_named_with_the_known_ones():
    with pytest.raises(InputError, match=r"no report named 'nope' \(known: what-changed, "):
        config.load().report_spec("nope")


def test_uptake_race_inputs_are_every_historic_file_and_its_own_snapshot(project):
    made = project()
    made.write_raw("historic/untc-XXI-1.csv", "participant\n")
    loaded = config.load(made.root)
    inputs = loaded.raw_inputs("uptake-race", "2025-11-19")
    historic = sorted(p.relative_to(made.raw).as_posix()
                      for p in (made.raw / "historic").iterdir())
    assert [p for p in inputs if p.startswith("historic/")] == historic
    assert "historic/untc-XXI-1.csv" in inputs
    assert "untc/XVIII-16/2025-11-19.csv" in inputs
