"""entry_into_force, participants, signature_period, participation_timeline, new_actions
and regional_status, on the made-up fixture snapshots in
tests/fixtures/snapshots/ (see its README: every invented row is made up)."""

import datetime as dt

import duckdb
import pytest
from conftest import REPO

from analysis import config

FIXTURES = REPO / "tests" / "fixtures" / "snapshots"
REAL = "2025-11-19"


def fixture_rows(snapshot_id: str) -> list[str]:
    return (FIXTURES / f"{snapshot_id}.csv").read_text(encoding="utf-8").splitlines()[1:]


def real_rows() -> list[str]:
    return (REPO / f"data/raw/untc/XVIII-16/{REAL}.csv").read_text(
        encoding="utf-8").splitlines()[1:]


@pytest.fixture
def fixtures_built(project):
    made = project({REAL: real_rows(), **{s: fixture_rows(s) for s in
                                         ("2026-03-31", "2026-09-30", "2026-11-20")}})
    cfg, figures = made.build()
    with duckdb.connect(str(cfg.warehouse), read_only=True) as connection:
        yield connection, figures


def one(connection, sql, *params):
    return connection.execute(sql, list(params)).fetchall()


def test_instruments_are_counted_by_kind_and_the_eu_is_not_counted(fixtures_built):
    connection, _ = fixtures_built
    assert one(connection, "SELECT instruments_deposited, ratifications, acceptances, "
                           "approvals, accessions, organization_instruments_not_counted, "
                           "instruments_still_needed FROM entry_into_force "
                           "WHERE snapshot_id = '2026-03-31'") == [(11, 6, 2, 1, 2, 1, 29)]


def test_the_40th_state_instrument_sets_the_entry_into_force_date(fixtures_built):
    connection, figures = fixtures_built
    rows = one(connection, "SELECT snapshot_id, instruments_deposited, "
                           "required_instrument_participant, required_instrument_date, "
                           "entry_into_force_date, in_force_at_snapshot FROM entry_into_force "
                           "ORDER BY 1")
    assert rows == [
        (REAL, 0, None, None, None, False),
        ("2026-03-31", 11, None, None, None, False),
        ("2026-09-30", 41, "Thailand", dt.date(2026, 8, 14), dt.date(2026, 11, 12), False),
        ("2026-11-20", 43, "Thailand", dt.date(2026, 8, 14), dt.date(2026, 11, 12), True),
    ]
    assert figures["2026-09-30"]["entry_into_force_date"] == "2026-11-12"


def test_signatories_that_have_not_deposited_an_instrument_are_counted(fixtures_built):
    connection, _ = fixtures_built
    # 2026-03-31: 76 signatories (75 States and the EU); 10 of them deposited, the EU included.
    assert one(connection, "SELECT signatories_without_instrument, "
                           "signatory_states_without_instrument FROM entry_into_force "
                           "WHERE snapshot_id = '2026-03-31'") == [(66, 66)]
    assert one(connection, "SELECT signatories_without_instrument FROM entry_into_force "
                           "WHERE snapshot_id = ?", REAL) == [(73,)]


def test_an_accession_without_signature_makes_a_participant(fixtures_built):
    connection, _ = fixtures_built
    assert one(connection, "SELECT participant, iso3, status, signature_date, instrument "
                           "FROM participants WHERE snapshot_id = '2026-03-31' "
                           "AND signature_date IS NULL ORDER BY 1") == [
        ("Armenia", "ARM", "instrument_deposited", None, "accession"),
        ("Fiji", "FJI", "instrument_deposited", None, "accession")]
    assert one(connection, "SELECT status, count(*) FROM participants "
                           "WHERE snapshot_id = '2026-03-31' GROUP BY 1 ORDER BY 1") == [
        ("instrument_deposited", 12), ("signed_only", 66)]


def test_regions_count_signatures_and_instruments_apart(fixtures_built):
    connection, _ = fixtures_built
    rows = one(connection, "SELECT un_member_signatories, un_member_instruments, "
                           "share_instruments FROM regional_status WHERE "
                           "snapshot_id = '2026-03-31' AND level = 'sub_region' "
                           "AND sub_region = 'Melanesia'")
    # Papua New Guinea signed; Fiji acceded without signing (made-up rows).
    assert rows == [(1, 1, round(1 / 4, 6))]
    total = one(connection, "SELECT sum(un_member_instruments) FROM regional_status "
                            "WHERE snapshot_id = '2026-09-30' AND level = 'region'")
    assert total == [(41,)]


def test_timeline_has_a_series_for_signatures_and_one_for_instruments(fixtures_built):
    connection, _ = fixtures_built
    rows = one(connection, "SELECT series, max(cumulative) FROM participation_timeline "
                           "WHERE snapshot_id = '2026-03-31' GROUP BY 1 ORDER BY 1")
    assert rows == [("instruments", 12), ("signatures", 76)]
    assert one(connection, "SELECT count(*) FROM participation_timeline "
                           "WHERE snapshot_id = ? AND series = 'instruments'", REAL) == [(0,)]


def test_new_instruments_are_counted_by_kind_beside_new_signatures(fixtures_built):
    _, figures = fixtures_built
    first = figures["2026-03-31"]
    assert (first["new_signatures"], first["new_instruments"]) == (3, 12)  # the EU's too
    assert first["new_instruments_by_kind"] == {"accession": 2, "acceptance": 2,
                                                "approval": 2, "ratification": 6}
    assert figures[REAL]["new_instruments_by_kind"] == {}


def test_signature_period_counts_the_days_left_at_each_snapshot(fixtures_built):
    connection, figures = fixtures_built
    assert one(connection, "SELECT snapshot_id, signature_closes, days_left, is_closed FROM "
                           "signature_period ORDER BY 1") == [
        (REAL, dt.date(2026, 12, 31), 407, False),
        ("2026-03-31", dt.date(2026, 12, 31), 275, False),
        ("2026-09-30", dt.date(2026, 12, 31), 92, False),
        ("2026-11-20", dt.date(2026, 12, 31), 41, False)]
    assert figures["2026-11-20"]["signature_days_left"] == 41


def test_a_snapshot_after_the_closing_day_has_a_closed_signature_period(project):
    made = project({"2026-03-31": fixture_rows("2026-03-31")})
    params = made.params(snapshots=["2026-03-31"])
    params["treaty"]["signature_closes"] = "2026-03-30"
    made.write_params(**params)
    cfg, _ = made.build()
    with duckdb.connect(str(cfg.warehouse), read_only=True) as connection:
        assert one(connection, "SELECT days_left, is_closed FROM signature_period") == [
            (-1, True)]


# --- the reports, built with `dvc repro` from the fixtures in a copy of the repository ---

BUILT_SNAPSHOTS = [REAL, "2026-03-31", "2026-09-30"]


@pytest.fixture(scope="module")
def fixture_build(tmp_path_factory):
    """A copy of the repository whose params list the real 2025-11-19 snapshot and two
    made-up fixture snapshots (copied into the temp copy's data/raw only), built once."""
    import hashlib

    import yaml
    from conftest import BUILD_ENV, copy_repo, dvc, pipeline_env

    root = copy_repo(tmp_path_factory.mktemp("instruments") / "repo")
    raw = root / "data" / "raw"
    manifest = yaml.safe_load((raw / "manifest.yaml").read_text(encoding="utf-8"))
    for snapshot_id in BUILT_SNAPSHOTS[1:]:
        target = raw / "untc" / "XVIII-16" / f"{snapshot_id}.csv"
        target.write_bytes((FIXTURES / f"{snapshot_id}.csv").read_bytes())
        manifest["files"].append({
            "path": target.relative_to(raw).as_posix(), "title": "made-up test snapshot",
            "origin": "tests/fixtures/snapshots (made up)", "license": "CC0-1.0",
            "as_of": snapshot_id, "sha256": hashlib.sha256(target.read_bytes()).hexdigest()})
    (raw / "manifest.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False),
                                       encoding="utf-8")
    params = yaml.safe_load((root / "params.yaml").read_text(encoding="utf-8"))
    params["snapshots"] = BUILT_SNAPSHOTS
    (root / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    dvc(root, "repro", env=pipeline_env(**BUILD_ENV))
    return root / "reports"


def page_text(path):
    import html
    import re
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", text, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", text)))


@pytest.mark.e2e
def test_every_report_that_mentions_entry_into_force_gives_its_date(fixture_build):
    pages = [*sorted((fixture_build / "2026-09-30").glob("*.html")),
             fixture_build / "index.html"]
    mentioning = [page for page in pages if "entry into force" in page_text(page).lower()]
    assert {page.name for page in mentioning} >= {"what-changed.html",
                                                  "signatory-geography.html", "index.html"}
    assert [page.name for page in mentioning if "12 Nov 2026" not in page_text(page)] == []
    geography = page_text(fixture_build / "2026-09-30" / "signatory-geography.html")
    assert "40 of 40 instruments (complete: 41 deposited)" in geography
    assert "The 40th State instrument was Thailand's." in geography
    assert "39 signatories have not yet ratified" in geography


@pytest.mark.e2e
@pytest.mark.parametrize(("snapshot_id", "days"), [(REAL, 407), ("2026-09-30", 92)])
def test_every_report_states_the_signature_period(fixture_build, snapshot_id, days):
    pages = sorted((fixture_build / snapshot_id).glob("*.html"))
    assert len(pages) == len(config.load(REPO).report_specs)
    expected = f"open for signature until 31 Dec 2026: {days} days left at this snapshot"
    assert [page.name for page in pages if expected not in page_text(page)] == []


@pytest.mark.e2e
def test_reports_tell_signed_from_ratified(fixture_build):
    geography = page_text(fixture_build / "2026-03-31" / "signatory-geography.html")
    assert ("Of the 78 participants, 66 have signed only and 12 have deposited an instrument"
            in geography)
    assert "2 of them without signing first (Armenia and Fiji)" in geography
    assert "11 of 40 instruments (28%, 29 still needed)" in geography
    changed = page_text(fixture_build / "2026-03-31" / "what-changed.html")
    assert ("Since 19 Nov 2025: 3 new signatures; 12 new instruments (6 ratifications, "
            "2 acceptances, 2 approvals and 2 accessions)") in changed
    index = page_text(fixture_build / "index.html")
    assert "30 (24 ratifications, 2 acceptances, 2 approvals and 2 accessions)" in index
