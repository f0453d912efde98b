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


def test_uptake_race_inputs_are_every_historic_file_and_its_own_snapshot(project):
    made = project()
    made.write_raw("historic/untc-XXI-1.csv", "participant\n")
    loaded = config.load(made.root)
    inputs = loaded.raw_inputs("uptake_race", "2025-11-19")
    historic = sorted(p.relative_to(made.raw).as_posix()
                      for p in (made.raw / "historic").iterdir())
    assert [p for p in inputs if p.startswith("historic/")] == historic
    assert "historic/untc-XXI-1.csv" in inputs
    assert "untc/XVIII-16/2025-11-19.csv" in inputs
