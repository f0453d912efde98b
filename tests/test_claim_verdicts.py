"""claim_verdicts and friends: press claims set against the registry as it stood."""

import duckdb
import pytest

from analysis import validate
from analysis.errors import InputError

HEADER = ("claim_id,url,publisher,language,published,published_time,claim_kind,value,"
          "qualifier,refers_to,is_forecast,notes\n")
# Registry: 3 signatures on the opening day (25 Oct), 1 on 26 Oct, 1 on 19 Nov.
SNAPSHOT = [
    "Namibia,signature,2025-10-25,Hanoi,registry",
    "Nauru,signature,2025-10-25,Hanoi,registry",
    "Palau,signature,2025-10-25,Hanoi,registry",
    "Mali,signature,2025-10-26,Hanoi,registry",
    "Mauritius,signature,2025-11-19,New York,registry",
]
CLAIMS = {
    "c001": "2025-10-25,,signatories,3,exact,x,no",           # true then; 5 now
    "c002": "2025-10-26,,signatories,4,exact,x,no",           # 26 Oct's signature not yet
    "c003": "2025-10-27,,signatories,4,exact,x,no",           # now visible
    "c004": "2025-11-20,,signatories,5,exact,x,no",           # consistent
    "c005": "2025-10-25,,signatories,2,more_than,x,no",       # 3 > 2 holds, 5 > 2 holds
    "c006": "2025-10-25,,signatories,10,nearly,x,no",         # 3 is far below 'nearly 10'
    "c007": ",,signatories,4,exact,x,no",                     # undated: held on 27 Oct
    "c008": "2025-10-24,,signatories,4,expected,x,yes",       # forecast vs close: 4
    "c011": "2025-10-24,,signatories,2,expected,x,yes",       # 4 at close: more than foreseen
    "c009": "2025-10-25,,attending_states,100,more_than,x,no",
    "c010": "2025-10-25,16:18+07:00,signatories,1,exact,x,no",
}


@pytest.fixture
def verdicts(project):
    made = project({"2025-11-19": SNAPSHOT})
    made.write_raw("press-claims.csv", HEADER + "".join(
        f"{claim_id},https://example.org/{claim_id},Outlet {claim_id[-1]},en,{row},\n"
        for claim_id, row in CLAIMS.items()))
    made.seal()
    cfg, _ = made.build()
    with duckdb.connect(str(cfg.warehouse), read_only=True) as connection:
        rows = connection.execute(
            "SELECT claim_id, registry_count, verdict, difference FROM claim_verdicts "
            "WHERE source = 'ledger' ORDER BY claim_id").fetchall()
    return {row[0]: row[1:] for row in rows}


def test_claim_true_when_published_but_outdated_is_consistent_then(verdicts):
    assert verdicts["c001"] == (3, "consistent_then", 0)


def test_signature_of_a_later_day_counts_only_from_the_next_day(verdicts):
    assert verdicts["c002"] == (3, "overstated", 1)
    assert verdicts["c003"] == (4, "consistent_then", 0)


def test_claim_matching_the_snapshot_is_consistent(verdicts):
    assert verdicts["c004"] == (5, "consistent", 0)
    assert verdicts["c005"] == (3, "consistent", -1)


def test_nearly_far_above_the_count_is_overstated(verdicts):
    assert verdicts["c006"] == (3, "overstated", 7)


def test_undated_claim_that_held_at_some_point_is_consistent_then(verdicts):
    assert verdicts["c007"] == (5, "consistent_then", -1)


def test_forecast_is_judged_at_the_close_of_the_signing_event(verdicts):
    # 'expected' reads as 'about': 5 now is still within the minimum tolerance of 1
    assert verdicts["c008"] == (4, "consistent", 0)
    assert verdicts["c011"] == (4, "understated", -2)


def test_attendance_is_unverifiable_and_has_no_difference(verdicts):
    assert verdicts["c009"] == (None, "unverifiable", None)


def test_understated_claim_gives_a_negative_difference(verdicts):
    assert verdicts["c010"] == (3, "understated", -2)


def test_seed_article_claims_are_linked_to_their_ledger_rows(project):
    made = project()
    cfg, _ = made.build()
    with duckdb.connect(str(cfg.warehouse), read_only=True) as connection:
        rows = connection.execute(
            "SELECT value, qualifier, claim_kind, same_as_ledger_claim, verdict, registry_count "
            "FROM claim_verdicts WHERE source = 'extracted' ORDER BY claim_id").fetchall()
    assert rows == [(100, "more_than", "attending_states", "c001", "unverifiable", None),
                    (65, "exact", "signatories", "c002", "understated", 69)]


def test_ledger_with_unknown_qualifier_is_refused(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text(HEADER + "c001,https://x.org,X,en,2025-10-25,,signatories,65,roughly,x,no,\n")
    with pytest.raises(InputError, match=r"row 2, field 'qualifier': value 'roughly'"):
        validate.press_claims(path)


# Ratifications, thresholds, group subsets and articles newer than the snapshot.
NEW_KINDS_SNAPSHOT = [*SNAPSHOT, "Namibia,ratification,2025-11-10,New York,registry"]
NEW_KIND_CLAIMS = {
    "c101": "2025-11-19,,ratifications,1,exact,x,no",   # Namibia's instrument, from 11 Nov
    "c102": "2025-11-05,,ratifications,1,exact,x,no",   # before it: none deposited yet
    "c103": ",,threshold,40,exact,x,no",                # article 65(1)
    "c104": ",,threshold,30,exact,x,no",
    "c105": "2026-01-10,,signatories,3,exact,x,no",     # newer than the snapshot, already 5
    "c106": "2026-01-10,,signatories,6,exact,x,no",     # may yet be true
    "c107": "2026-01-10,,ratifications,2,more_than,x,no",
}
ARTICLE = ("Three African States have signed the convention. Two Pacific nations signed it "
           "too. The 40 States that signed on the first morning were praised.\n")


@pytest.fixture
def new_kind_verdicts(project):
    made = project({"2025-11-19": NEW_KINDS_SNAPSHOT})
    made.write_raw("press-claims.csv", HEADER + "".join(
        f"{claim_id},https://example.org/{claim_id},Outlet,en,{row},\n"
        for claim_id, row in NEW_KIND_CLAIMS.items()))
    made.write_raw("articles/example-subsets.en.txt", ARTICLE)
    made.write_raw("articles/example-subsets.en.yaml",
                   "title: Subsets\nlanguage: en\npublisher: Example\npublished: 2025-11-19\n")
    made.seal()
    cfg, _ = made.build()
    with duckdb.connect(str(cfg.warehouse), read_only=True) as connection:
        rows = connection.execute(
            "SELECT coalesce(matched_text, claim_id), claim_kind, subset_group, registry_count, "
            "verdict, registry_predates_article FROM claim_verdicts "
            "WHERE claim_id LIKE 'c1%' OR article_id = 'example-subsets.en' "
            "ORDER BY claim_id").fetchall()
    return {row[0]: row[1:] for row in rows}


def test_ratification_counts_are_judged_against_deposited_instruments(new_kind_verdicts):
    assert new_kind_verdicts["c101"] == ("ratifications", None, 1, "consistent", False)
    assert new_kind_verdicts["c102"] == ("ratifications", None, 0, "overstated", False)


def test_threshold_is_consistent_only_when_it_names_the_required_instruments(
        new_kind_verdicts):
    assert new_kind_verdicts["c103"] == ("threshold", None, 40, "consistent", False)
    assert new_kind_verdicts["c104"] == ("threshold", None, 40, "wrong", False)


def test_article_newer_than_the_snapshot_is_judged_only_where_contradicted(new_kind_verdicts):
    assert new_kind_verdicts["c105"] == ("signatories", None, 5, "understated", True)
    assert new_kind_verdicts["c106"] == ("signatories", None, 5, "not_yet_checkable", True)
    assert new_kind_verdicts["c107"] == ("ratifications", None, 1, "not_yet_checkable", True)


def test_subset_naming_a_region_is_judged_against_that_region(new_kind_verdicts):
    # Namibia (25 Oct) and Mali (26 Oct) are visible on 19 Nov; Mauritius only from 20 Nov
    assert new_kind_verdicts["Three African States"] == (
        "subset", "Africa", 2, "overstated", False)
    assert new_kind_verdicts["Two Pacific nations"] == (
        "subset", "Oceania", 2, "consistent", False)


def test_subset_by_session_is_unverifiable_and_never_a_total(new_kind_verdicts):
    assert new_kind_verdicts["40 States"] == ("subset", None, None, "unverifiable", False)
