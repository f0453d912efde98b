"""Participation models (group_participation, budapest_overlap, opening_uptake,
development_participation) on small fixtures, and the validation of their inputs."""

import duckdb
import polars as pl
import pytest

from analysis import config, staging, validate
from analysis.errors import InputError

GROUPS_HEADER = "group_id,group_name,group_kind,member_name,iso3,role,as_of,source_url,notes\n"
GROUPS = GROUPS_HEADER + "".join(f"{row}\n" for row in [
    "un_regional_group_weog,UN regional group: WEOG,un_regional_group,Türkiye,TUR,member,"
    "2025-10-26,https://example.org,Primary group",
    "un_regional_group_asia_pacific,UN regional group: Asia-Pacific,un_regional_group,Türkiye,"
    "TUR,member,2025-10-26,https://example.org,secondary: also takes part here",
    "un_regional_group_asia_pacific,UN regional group: Asia-Pacific,un_regional_group,"
    "State of Palestine,PSE,member,2025-10-26,https://example.org,",
    "un_regional_group_weog,UN regional group: WEOG,un_regional_group,"
    "United States of America,USA,observer,2025-10-26,https://example.org,",
    "g20,G20,economic_forum,European Union,,member,2025-10-26,https://example.org,",
    "g20,G20,economic_forum,African Union,,member,2025-10-26,https://example.org,",
    "g20,G20,economic_forum,Namibia,NAM,member,2025-10-26,https://example.org,",
    "g20,G20,economic_forum,Canada,CAN,member,2025-10-26,https://example.org,",
])
BUDAPEST_HEADER = ("state,iso3,coe_member,signature_date,ratification_date,"
                   "entry_into_force_date,status,evidence,source_url,notes\n")
BUDAPEST = BUDAPEST_HEADER + "".join(f"{row}\n" for row in [
    "Namibia,NAM,no,,,,party,documented,https://example.org,",
    "State of Palestine,PSE,no,,,,party,weak,https://example.org,aggregate counts only",
    "Canada,CAN,no,2001-11-23,2023-01-01,2023-05-01,party,documented,https://example.org,",
    "Kiribati,KIR,no,,,,invited,documented,https://example.org,",
])
SNAPSHOT = [
    "Namibia,signature,2025-10-25,Hanoi,registry",
    "State of Palestine,signature,2025-10-25,Hanoi,registry",
    "European Union,signature,2025-10-25,Hanoi,registry",
    "Türkiye,signature,2025-10-26,Hanoi,registry",
    "Nauru,signature,2025-11-02,New York,registry",
]


@pytest.fixture
def connection(project):
    made = project({"2025-11-19": SNAPSHOT})
    made.write_raw("participation/country-groups.csv", GROUPS)
    made.write_raw("participation/budapest-cets185-status.csv", BUDAPEST)
    made.seal()
    cfg, _ = made.build()
    db = duckdb.connect(str(cfg.warehouse), read_only=True)
    yield db
    db.close()


def one(connection, sql):
    return connection.execute(sql).fetchall()


def test_state_in_two_regional_groups_counts_once_in_its_primary_group(connection):
    assert one(connection, "SELECT group_id, member_states, member_states_signed, "
                           "observers_and_partners FROM group_participation "
                           "WHERE group_kind = 'un_regional_group' ORDER BY 1") == [
        ("un_regional_group_asia_pacific", 1, 1, 0), ("un_regional_group_weog", 1, 1, 1)]


def test_bloc_member_without_code_is_an_organization_apart_from_states(connection):
    row = one(connection, "SELECT member_states, member_states_signed, member_organizations, "
                          "member_organizations_signed, members_signed, members_not_signed "
                          "FROM group_participation WHERE group_id = 'g20'")
    assert row == [(2, 1, 2, 1, "European Union; Namibia", "African Union; Canada")]


def test_budapest_party_that_is_not_a_un_member_is_in_the_overlap(connection):
    assert one(connection, "SELECT iso3, category, is_un_member, is_weak_evidence FROM "
                           "budapest_overlap WHERE iso3 IN ('PSE', 'NAM', 'CAN', 'KIR', 'NRU') "
                           "ORDER BY iso3") == [
        ("CAN", "budapest_only", True, False), ("KIR", "neither", True, False),
        ("NAM", "both", True, False), ("NRU", "hanoi_only", True, False),
        ("PSE", "both", False, True)]


def test_overlap_is_also_counted_without_weak_rows(connection):
    summary = dict((row[0], row[1:]) for row in one(
        connection, "SELECT category, states, states_documented_only FROM "
                    "budapest_overlap_summary"))
    assert summary["both"] == (2, 1)
    assert summary["budapest_only"] == (1, 1)
    assert summary["hanoi_only"] == (2, 2)
    assert sum(states for states, _ in summary.values()) == 194  # 193 UN members + PSE


def test_opening_uptake_marks_this_treaty_and_divides_by_eligible_states(connection):
    rows = one(connection, "SELECT short_name, signatories_at_event_close, "
                           "eligible_states_at_time, event_close_share FROM opening_uptake "
                           "WHERE is_this_treaty")
    name, close, eligible, share = rows[0]
    assert len(rows) == 1 and name.startswith("Hanoi")
    assert share == pytest.approx(close / eligible, abs=1e-6)
    uptake = one(connection, "SELECT opening_uptake_share, signed_at_event FROM "
                             "participation_summary")
    assert uptake == [(round(4 / eligible, 6), 4)]


def test_development_groups_count_un_members_only(connection):
    rows = dict((row[0], row[1:]) for row in one(
        connection, "SELECT dev_group, un_member_states, signatories FROM "
                    "development_participation"))
    assert rows["All UN member States"] == (193, 3)  # Namibia, Türkiye, Nauru
    assert rows["Small island developing States (SIDS)"][1] == 1  # Nauru


def test_group_code_that_disagrees_with_the_name_is_refused(project):
    made = project({"2025-11-19": SNAPSHOT})
    path = made.write_raw("participation/country-groups.csv", GROUPS_HEADER
                          + "g7,G7,economic_forum,Canada,USA,member,2025-10-26,https://x.org,\n")
    made.seal()
    with pytest.raises(InputError) as caught:
        staging.staging_tables(config.load(made.root))
    assert str(caught.value) == (f"{path}, row 2, field 'iso3': USA disagrees with 'Canada', "
                                 "which is CAN by its UNTERM name or alias")


def test_budapest_row_with_unknown_status_is_refused(tmp_path):
    path = tmp_path / "budapest.csv"
    path.write_text(BUDAPEST_HEADER + "Namibia,NAM,no,,,,acceded,documented,https://x.org,\n")
    with pytest.raises(InputError, match=r"row 2, field 'status': value 'acceded'"):
        validate.budapest_status(path)


def test_signing_event_with_more_signatures_than_eligible_states_is_refused(tmp_path):
    header = ",".join(validate.EVENT_COLUMNS)
    path = tmp_path / "events.csv"
    path.write_text(header + "\nT,T,SG,2000-01-01,X,2000-02-01,2000-02-02,10,250,200,,,"
                             "https://x.org,\n")
    with pytest.raises(InputError, match=r"row 2, field 'signatories_at_event_close': more "
                                         r"signatories than eligible states"):
        validate.signing_events(path)


def test_real_groups_cover_193_un_members_in_regional_groups():
    frame = validate.country_groups(config.load().participation / "country-groups.csv")
    primary = frame.filter((pl.col("group_kind") == "un_regional_group")
                           & (pl.col("role") == "member")
                           & ~pl.col("notes").fill_null("").str.starts_with("secondary:"))
    assert primary["iso3"].n_unique() == primary.height == 193  # incl. PSE, excl. USA
