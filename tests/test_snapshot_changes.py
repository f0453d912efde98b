"""snapshot_changes and entry_into_force on generated snapshots."""

import datetime as dt
import shutil

import duckdb
import pytest
from conftest import REPO

from analysis import render

BASE = (REPO / "data/raw/untc/XVIII-16/2025-11-19.csv").read_text(
    encoding="utf-8").splitlines()[1:]
STATES = [row.split(",")[0] for row in BASE if not row.startswith("European Union")]


def ratifications(count, first=dt.date(2026, 1, 5)):
    return [f"{STATES[i]},ratification,{first + dt.timedelta(days=i)},,registry"
            for i in range(count)]


def build(project, snapshots):
    made = project(snapshots)
    cfg, _ = made.build()
    return made, cfg


def query(cfg, sql):
    with duckdb.connect(str(cfg.warehouse), read_only=True) as db:
        return db.execute(sql).fetchall()


@pytest.mark.parametrize(("count", "date_of_40th", "in_force"), [
    (0, None, None), (1, None, None),
    (40, dt.date(2026, 2, 13), dt.date(2026, 5, 14)),
    (41, dt.date(2026, 2, 13), dt.date(2026, 5, 14)),
])
def test_entry_into_force_is_the_90th_day_after_the_40th_instrument(project, count,
                                                                   date_of_40th, in_force):
    _, cfg = build(project, {"2026-12-31": BASE + ratifications(count)})
    assert query(cfg, "SELECT instruments_deposited, required_instrument_date, "
                      "entry_into_force_date FROM entry_into_force") == [
        (count, date_of_40th, in_force)]


def test_eu_instrument_does_not_count_in_addition_to_its_members(project):
    rows = BASE + ratifications(39) + ["European Union,approval,2026-03-01,,registry"]
    _, cfg = build(project, {"2026-12-31": rows})
    assert query(cfg, "SELECT instruments_deposited, organization_instruments_not_counted, "
                      "entry_into_force_date FROM entry_into_force") == [(39, 1, None)]


def test_new_actions_since_the_previous_snapshot_are_listed(project):
    _, cfg = build(project, {"2025-11-19": BASE, "2026-02-01": BASE + ratifications(2)})
    assert query(cfg, "SELECT snapshot_id, participant, action, change, "
                      "CAST(action_date AS VARCHAR) FROM snapshot_changes") == [
        ("2026-02-01", STATES[0], "ratification", "new", "2026-01-05"),
        ("2026-02-01", STATES[1], "ratification", "new", "2026-01-06")]


def test_withdrawn_signature_is_flagged_not_hidden(project):
    later = [row for row in BASE if not row.startswith("Mali,")]
    _, cfg = build(project, {"2025-11-19": BASE, "2026-02-01": later})
    assert query(cfg, "SELECT participant, change, CAST(previous_action_date AS VARCHAR), "
                      "action_date FROM snapshot_changes") == [
        ("Mali", "vanished", "2025-10-26", None)]


def test_corrected_date_is_flagged(project):
    later = [row.replace("Mali,signature,2025-10-26", "Mali,signature,2025-10-25")
             for row in BASE]
    _, cfg = build(project, {"2025-11-19": BASE, "2026-02-01": later})
    assert query(cfg, "SELECT participant, change FROM snapshot_changes") == [
        ("Mali", "date_changed")]


def test_participant_renamed_through_the_alias_table_is_a_rename(project):
    later = [row.replace("Czech Republic,", "Czechia,") for row in BASE]
    _, cfg = build(project, {"2025-11-19": BASE, "2026-02-01": later})
    assert query(cfg, "SELECT participant, previous_name, iso3, change FROM "
                      "snapshot_changes") == [("Czechia", "Czech Republic", "CZE", "renamed")]


def test_unchanged_snapshot_has_no_changes(project):
    _, cfg = build(project, {"2025-11-19": BASE, "2026-02-01": BASE})
    assert query(cfg, "SELECT count(*) FROM snapshot_changes") == [(0,)]


@pytest.mark.e2e
def test_what_changed_report_shows_the_entry_into_force_date(project):
    made, cfg = build(project, {"2025-11-19": BASE, "2026-12-31": BASE + ratifications(41)})
    for folder in ("notebooks", "analysis"):
        shutil.copytree(REPO / folder, made.root / folder)
    shutil.copy2(REPO / "dvc.yaml", made.root / "dvc.yaml")
    page = render.build_report(cfg, "what-changed", "2026-12-31").read_text(encoding="utf-8")
    assert "<strong>41 new instruments</strong> (41 ratifications)" in page
    assert "enters into force on <strong>14 May 2026</strong>" in page
    assert "41 of 40 instruments" in page
