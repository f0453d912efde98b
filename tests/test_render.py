import nbformat
import pytest

from analysis import render
from analysis.errors import InputError


def test_nbconvert_is_chosen_when_quarto_is_absent(monkeypatch):
    monkeypatch.setattr(render.shutil, "which", lambda name: None)
    assert render.choose_engine("auto") == "nbconvert"
    assert render.choose_engine("nbconvert") == "nbconvert"
    with pytest.raises(InputError, match=r"render\.engine is quarto but no `quarto`"):
        render.choose_engine("quarto")


def test_quarto_is_chosen_when_on_path(monkeypatch):
    monkeypatch.setattr(render.shutil, "which", lambda name: "/usr/bin/quarto")
    assert render.choose_engine("auto") == "quarto"
    assert render.choose_engine("nbconvert") == "nbconvert"


def test_normalize_drops_run_timings_and_random_cell_ids():
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("1")
    cell.metadata["papermill"] = {"start_time": "2026-01-01T00:00:00"}
    cell.metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00"}
    cell.metadata["tags"] = ["parameters"]
    notebook.cells.append(cell)
    notebook.metadata["papermill"] = {"duration": 1.0}
    clean = render.normalize(notebook)
    assert "papermill" not in clean.metadata
    assert clean.cells[0].metadata == {"tags": ["parameters"]}
    assert "id" not in clean.cells[0]
    assert notebook.metadata["papermill"] == {"duration": 1.0}
