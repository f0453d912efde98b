import hashlib
import json

import duckdb
import pytest

from analysis import staging, warehouse
from analysis.errors import InputError

SNAPSHOT = [
    "Namibia,signature,2025-10-25,Hanoi,registry",
    "State of Palestine,signature,2025-10-25,Hanoi,registry",
    "European Union,signature,2025-10-25,Hanoi,registry",
    "Czech Republic,signature,2025-10-26,Hanoi,inferred",
    "Nauru,signature,2025-11-02,New York,registry",
    "Namibia,ratification,2025-11-10,,registry",
]


@pytest.fixture
def built(project):
    made = project({"2025-11-19": SNAPSHOT})
    cfg, figures = made.build()
    connection = duckdb.connect(str(cfg.warehouse), read_only=True)
    yield cfg, figures, connection
    connection.close()


def rows(connection, sql):
    return connection.execute(sql).fetchall()


def test_models_run_after_the_tables_they_read():
    order = warehouse.build_order(warehouse.models())
    assert order.index("countries") < order.index("signatories")
    assert order.index("registry_actions") < order.index("signatories")
    assert order.index("signatories") < order.index("snapshot_summary")


def test_dependency_order_ignores_names_in_comments():
    order = warehouse.build_order({"a": "-- uses b\nSELECT 1", "b": "SELECT * FROM a"})
    assert order == ["a", "b"]


def test_countries_have_193_un_members_and_observer_states_apart(built):
    _, _, connection = built
    assert rows(connection, "SELECT count(*) FROM countries WHERE is_un_member") == [(193,)]
    assert rows(connection, "SELECT iso3 FROM countries WHERE is_un_observer_state "
                            "ORDER BY 1") == [("PSE",), ("VAT",)]
    assert rows(connection, "SELECT name FROM countries WHERE iso3 IN ('TUR', 'CIV', 'GBR') "
                            "ORDER BY iso3") == [("Côte d'Ivoire",), ("United Kingdom of Great "
                                                 "Britain and Northern Ireland",), ("Türkiye",)]


def test_signatories_exclude_ratifications_and_keep_organizations_without_code(built):
    _, _, connection = built
    assert rows(connection, "SELECT participant, iso3, is_state, is_un_member FROM signatories "
                            "ORDER BY participant") == [
        ("Czech Republic", "CZE", True, True), ("European Union", None, False, False),
        ("Namibia", "NAM", True, True), ("Nauru", "NRU", True, True),
        ("State of Palestine", "PSE", True, False)]


def test_metrics_count_states_members_and_first_day(built):
    _, figures, connection = built
    summary = figures["2025-11-19"]
    assert summary["signatories_total"] == 5
    assert summary["signatory_states"] == 4
    assert summary["un_member_signatories"] == 3
    assert summary["signed_first_day"] == 3
    population = rows(connection, "SELECT sum(population_2024) FROM countries WHERE iso3 IN "
                                  "('NAM', 'PSE', 'CZE', 'NRU')")[0][0]
    world = rows(connection, "SELECT population FROM world_population")[0][0]
    assert summary["world_population_share"] == pytest.approx(population / world, abs=1e-6)


def test_regional_shares_count_non_members_apart_and_keep_empty_regions(built):
    _, _, connection = built
    asia = rows(connection, "SELECT un_member_states, un_member_signatories, "
                            "other_state_signatories FROM regional_participation "
                            "WHERE level = 'region' AND region = 'Asia'")
    assert asia == [(47, 0, 1)]
    americas = rows(connection, "SELECT un_member_signatories, share_signed FROM "
                                "regional_participation WHERE level = 'region' "
                                "AND region = 'Americas'")
    assert americas == [(0, 0.0)]
    assert rows(connection, "SELECT sum(un_member_states) FROM regional_participation "
                            "WHERE level = 'region'") == [(193,)]


def test_timeline_accumulates_by_date(built):
    _, _, connection = built
    assert rows(connection, "SELECT CAST(signature_date AS VARCHAR), signatures, "
                            "cumulative_signatures FROM signature_timeline") == [
        ("2025-10-25", 3, 3), ("2025-10-26", 1, 4), ("2025-11-02", 1, 5)]


def test_states_missing_from_the_small_atlas_get_a_point(built):
    _, _, connection = built
    assert rows(connection, "SELECT in_atlas_110m, in_atlas_50m, lon IS NOT NULL FROM "
                            "map_features WHERE iso3 = 'NRU'") == [(False, True, True)]


def test_each_snapshot_gets_its_own_slice(project):
    made = project({"2025-10-26": SNAPSHOT[:3], "2025-11-19": SNAPSHOT})
    cfg, figures = made.build()
    assert figures["2025-10-26"]["signatories_total"] == 3
    assert figures["2025-11-19"]["signatories_total"] == 5
    import polars as pl
    older = pl.read_parquet(cfg.snapshot_tables("2025-10-26") / "signatories.parquet")
    assert set(older["snapshot_id"]) == {"2025-10-26"}


def digest_tree(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*.parquet"))}


def test_rebuilding_gives_byte_identical_parquet(built):
    cfg, _, connection = built
    connection.close()
    first = digest_tree(cfg.processed)
    staging.write_staging(cfg)
    warehouse.build(cfg)
    assert digest_tree(cfg.processed) == first
    assert len(first) > 10


def test_adding_a_snapshot_leaves_older_slices_byte_identical(project):
    made = project({"2025-10-26": SNAPSHOT[:3]})
    cfg, _ = made.build()
    before = digest_tree(cfg.snapshot_tables("2025-10-26"))
    made.add_snapshot("2025-11-19", [f"{row}" for row in SNAPSHOT])
    made.write_params(snapshots=["2025-10-26", "2025-11-19"])
    made.seal()
    cfg, _ = made.build()
    assert digest_tree(cfg.snapshot_tables("2025-10-26")) == before


def test_each_snapshot_folder_records_the_hashes_of_its_own_raw_files(project):
    made = project({"2025-10-26": SNAPSHOT[:4], "2025-11-19": SNAPSHOT})
    cfg, _ = made.build()
    verified = json.loads(cfg.verified.read_text(encoding="utf-8"))
    for snapshot_id, other in (("2025-10-26", "2025-11-19"), ("2025-11-19", "2025-10-26")):
        recorded = json.loads(cfg.snapshot_raw_files(snapshot_id).read_text(encoding="utf-8"))
        assert f"untc/XVIII-16/{snapshot_id}.csv" in recorded
        assert f"untc/XVIII-16/{other}.csv" not in recorded
        assert "reference/country-codes.csv" in recorded
        assert {path: verified[path] for path in recorded} == recorded


def test_warehouse_refuses_to_build_before_the_raw_files_are_verified(project):
    made = project()
    cfg, _ = made.build()
    cfg.verified.unlink()
    with pytest.raises(InputError, match=r"verified\.json.*run `dvc repro`"):
        warehouse.build(cfg)


def test_a_model_marked_as_view_is_stored_as_a_view(tmp_path):
    (tmp_path / "base.sql").write_text("SELECT 1 AS x", encoding="utf-8")
    (tmp_path / "renamed.sql").write_text("-- materialized: view\nSELECT x AS y FROM base",
                                          encoding="utf-8")
    connection = warehouse.connect()
    assert warehouse.run_models(connection, tmp_path) == ["base", "renamed"]
    kinds = dict(connection.execute(
        "SELECT table_name, table_type FROM information_schema.tables ORDER BY 1").fetchall())
    assert kinds == {"base": "BASE TABLE", "renamed": "VIEW"}


def test_an_unknown_materialization_names_the_model_file(tmp_path):
    (tmp_path / "odd.sql").write_text("-- materialized: index\nSELECT 1", encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"odd\.sql: materialized: 'index' is neither"):
        warehouse.run_models(warehouse.connect(), tmp_path)


def test_snapshot_raw_files_list_the_historic_tables_its_uptake_report_uses(project):
    made = project()
    cfg, _ = made.build()
    recorded = json.loads(cfg.snapshot_raw_files("2025-11-19").read_text(encoding="utf-8"))
    historic = {p.relative_to(cfg.raw).as_posix() for p in cfg.historic.iterdir()}
    assert historic and historic <= set(recorded)
    assert "historic/treaties.csv" in recorded
