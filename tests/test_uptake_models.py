"""The uptake-race models (uptake_treaties, historic_actions, uptake_curves,
treaty_milestones, eif_scenarios, state_treaty_status, treaty_overlap,
signing_event_crosscheck, uptake_summary), computed from the real registry tables and from
small synthetic ones."""

import datetime as dt
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO, Project

D = dt.date


def build(root: Path, snapshots: dict[str, list[str]] | None = None,
          historic: dict[str, str] | None = None) -> tuple[Project, duckdb.DuckDBPyConnection]:
    """A project with the real reference data; the real historic tables unless ``historic``
    gives other files (name -> text)."""
    made = Project(root)
    for folder in ("reference", "participation", "articles"):
        shutil.copytree(REPO / "data" / "raw" / folder, made.raw / folder)
    shutil.copy2(REPO / "data" / "raw" / "press-claims.csv", made.raw / "press-claims.csv")
    if historic is None:
        shutil.copytree(REPO / "data" / "raw" / "historic", made.raw / "historic")
    else:
        for name, text in historic.items():
            made.write_raw(f"historic/{name}", text)
    snapshots = snapshots or {
        s: (REPO / f"data/raw/untc/XVIII-16/{s}.csv").read_text(encoding="utf-8")
        .splitlines()[1:] for s in ("2025-10-26", "2025-11-19")}
    for snapshot_id, rows in snapshots.items():
        made.add_snapshot(snapshot_id, rows)
    made.write_params(snapshots=sorted(snapshots))
    made.seal()
    cfg, _ = made.build()
    return made, duckdb.connect(str(cfg.warehouse), read_only=True)


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    made, connection = build(tmp_path_factory.mktemp("uptake") / "project")
    yield made, connection
    connection.close()


def one(connection, sql, *params):
    return connection.execute(sql, list(params)).fetchone()


def milestone(connection, treaty_id, snapshot_id="2025-11-19"):
    result = connection.execute("SELECT * FROM treaty_milestones WHERE snapshot_id = ? AND "
                                "treaty_id = ?", [snapshot_id, treaty_id])
    columns = [c[0] for c in result.description]
    return dict(zip(columns, result.fetchone(), strict=True))


def test_untoc_has_147_signatories_and_its_40th_instrument_plus_90_days_is_entry_into_force(
        real):
    _, connection = real
    row = milestone(connection, "untc-XVIII-12")
    assert row["signatures_total"] == 147
    assert row["threshold_instruments"] == 40
    assert row["threshold_instrument_date"] == D(2003, 7, 1)
    assert row["threshold_instrument_date"] + dt.timedelta(days=90) == D(2003, 9, 29)
    assert row["entry_into_force_date"] == D(2003, 9, 29)  # treaties.csv, the registry's date
    assert row["days_threshold_to_force"] == 90


def test_uncac_has_140_signatories_and_its_30th_instrument_plus_90_days_is_entry_into_force(
        real):
    _, connection = real
    row = milestone(connection, "untc-XVIII-14")
    assert row["signatures_total"] == 140
    assert row["threshold_instruments"] == 30
    assert row["threshold_instrument_date"] == D(2005, 9, 15)
    assert row["threshold_instrument_date"] + dt.timedelta(days=90) == D(2005, 12, 14)
    assert row["entry_into_force_date"] == D(2005, 12, 14)


def test_crosscheck_computes_palermo_and_merida_and_flags_the_difference(real):
    _, connection = real
    rows = {(r[0], r[1]): r[2:] for r in connection.execute(
        "SELECT treaty_id, measure, curated, computed, differs FROM signing_event_crosscheck "
        "WHERE snapshot_id = '2025-11-19'").fetchall()}
    assert rows["untc-XVIII-12", "close of the signing event"] == (124, 124, False)
    # signing-events.csv has 94 for Mérida (a statement); the registry table has 95 dated
    # 9-11 Dec 2003. Neither is changed: the difference is flagged.
    assert rows["untc-XVIII-14", "close of the signing event"] == (94, 95, True)
    assert rows["untc-XVIII-12", "later total"] == (147, 147, False)
    assert rows["untc-XVIII-16", "close of the signing event"] == (72, 72, False)
    assert ("untc-XVIII-16", "later total") not in rows


def test_hanoi_is_a_treaty_of_each_snapshot_cut_at_its_date(real):
    _, connection = real
    assert connection.execute(
        "SELECT snapshot_id, days_of_data, signatures_day_1, signatures_event_close, "
        "signatures_day_30 FROM treaty_milestones WHERE is_this_treaty ORDER BY 1").fetchall() == [
        ("2025-10-26", 2, 69, 72, None), ("2025-11-19", 26, 69, 72, None)]


def test_curves_end_on_the_day_each_table_reflects(real):
    _, connection = real
    ends = dict(connection.execute(
        "SELECT c.treaty_id, max(c.date) FROM uptake_curves AS c "
        "WHERE c.snapshot_id = '2025-11-19' GROUP BY 1").fetchall())
    as_of = dict(connection.execute(
        "SELECT treaty_id, as_of FROM uptake_treaties WHERE snapshot_id = '2025-11-19' "
        "AND has_table").fetchall())
    assert ends == as_of
    last = one(connection, "SELECT signatures, instruments FROM uptake_curves WHERE "
               "snapshot_id = '2025-11-19' AND treaty_id = 'untc-XVIII-12' AND is_last_day")
    assert last == (147, 178)  # 179 instruments in the table, the EU's not counted


def test_hanoi_signatories_are_set_against_each_earlier_treaty_at_its_tables_date(real):
    _, connection = real
    row = one(connection, "SELECT signatory_states, signatories_party, "
              "signatories_signatory_only, signatories_not_participant, status_date "
              "FROM treaty_overlap WHERE snapshot_id = '2025-11-19' AND is_total "
              "AND treaty_id = 'untc-XVIII-14'")
    assert row[0] == sum(row[1:4]) == 72  # 73 signatories less the European Union
    assert row[4] == D(2014, 7, 10)
    basis = {r[0] for r in connection.execute(
        "SELECT DISTINCT status_date_basis FROM state_treaty_status").fetchall()}
    assert basis == {"table as-of date"}


def test_metrics_carry_the_uptake_summary(real):
    made, connection = real
    metrics = json.loads((made.root / "data/processed/metrics.json").read_text())
    uptake = metrics["2025-11-19"]["uptake"]
    assert uptake["signatures_day_30"] is None  # day 26: the treaty is not 30 days old
    earliest, latest = one(connection, "SELECT min(entry_into_force_date), "
                           "max(entry_into_force_date) FROM eif_scenarios "
                           "WHERE snapshot_id = '2025-11-19'")
    assert (uptake["scenario_entry_into_force_earliest"],
            uptake["scenario_entry_into_force_latest"]) == (earliest.isoformat(),
                                                           latest.isoformat())
    assert uptake["earlier_median_signatures_day_30"] == pytest.approx(79.5)


# --- synthetic tables: the scenario's definition ----------------------------------------------

STATES = ["Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
          "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
          "Belize", "Benin", "Bhutan", "Botswana", "Brazil", "Bulgaria", "Burundi", "Cambodia",
          "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo",
          "Croatia", "Cuba", "Cyprus", "Denmark", "Djibouti", "Dominica", "Ecuador", "Egypt",
          "Estonia", "Ethiopia", "Fiji", "Finland"]
TREATY_HEADER = ("id,title,short_title,depositary,opened_for_signature,signing_event_place,"
                 "entry_into_force_threshold,entry_into_force_date,source,license,as_of\n")
PARTICIPANT_HEADER = "participant,action,action_date,place,date_basis,source\n"


def synthetic_table(opened: dt.date, instrument_days: list[int]) -> str:
    """Every State signs on the opening day; the i-th deposits on opening + days[i]."""
    rows = [f"{name},signature,{opened},New York,registry,test" for name in STATES]
    rows += [f"{STATES[i]},ratification,{opened + dt.timedelta(days=day)},,registry,test"
             for i, day in enumerate(instrument_days)]
    return PARTICIPANT_HEADER + "\n".join(rows) + "\n"


def synthetic(root: Path, hanoi_rows: list[str]):
    fast = [10 * (i + 1) for i in range(40)]    # 40th instrument on day 400
    slow = [30 * (i + 1) for i in range(39)]    # never reaches 40
    treaties = TREATY_HEADER + (
        "untc-F-1,Fast treaty,Fast,SG,2001-01-01,New York,40,2002-04-06,test,CC0,2010-01-01\n"
        "untc-S-1,Slow treaty,Slow,SG,2001-01-01,New York,40,,test,CC0,2010-01-01\n")
    return build(root, {"2025-11-19": hanoi_rows}, {
        "treaties.csv": treaties,
        "untc-F-1.csv": synthetic_table(D(2001, 1, 1), fast),
        "untc-S-1.csv": synthetic_table(D(2001, 1, 1), slow)})


def scenarios(connection):
    return {r[0]: r[1:] for r in connection.execute(
        "SELECT treaty_id, start_count, comparator_start_date, days_to_target, "
        "entry_into_force_date FROM eif_scenarios").fetchall()}


def test_scenario_from_zero_instruments_counts_from_the_comparators_opening_day(tmp_path):
    _, connection = synthetic(tmp_path / "p", ["Algeria,signature,2025-10-25,Hanoi,registry"])
    rows = scenarios(connection)
    # 400 days from opening to the 40th, added to the snapshot date, then 90 days
    assert rows["untc-F-1"] == (0, D(2001, 1, 1), 400,
                                D(2025, 11, 19) + dt.timedelta(days=400 + 90))
    assert rows["untc-S-1"] == (0, D(2001, 1, 1), None, None)  # never reached 40


def test_scenario_from_n_instruments_counts_from_the_comparators_nth(tmp_path):
    hanoi = ["Algeria,signature,2025-10-25,Hanoi,registry",
             "Angola,signature,2025-10-25,Hanoi,registry",
             "Algeria,ratification,2025-11-01,,registry",
             "Angola,ratification,2025-11-02,,registry",
             "European Union,signature,2025-10-25,Hanoi,registry",
             "European Union,approval,2025-11-03,,registry"]  # not counted
    _, connection = synthetic(tmp_path / "p", hanoi)
    start_count, start, days, in_force = scenarios(connection)["untc-F-1"]
    assert (start_count, start, days) == (2, D(2001, 1, 21), 380)  # 2nd on day 20, 40th day 400
    assert in_force == D(2025, 11, 19) + dt.timedelta(days=380 + 90)
