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
