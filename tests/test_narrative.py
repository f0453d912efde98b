import polars as pl

from analysis import narrative

GROUPS = pl.DataFrame({
    "group_id": ["un_regional_group_a", "un_regional_group_b", "unsc_p5", "g20"],
    "group_name": ["UN regional group: A", "UN regional group: B", "P5", "G20"],
    "group_kind": ["un_regional_group", "un_regional_group", "security_council", "forum"],
    "member_states": [10, 20, 5, 19],
    "member_states_signed": [2, 15, 4, 9],
    "member_states_share_signed": [0.2, 0.75, 0.8, 9 / 19],
    "member_organizations": [0, 0, 0, 2],
    "member_organizations_signed": [0, 0, 0, 1],
    "members_signed": ["X; Y", "Z", "China; France", "European Union"],
    "members_not_signed": ["", "", "United States of America", "<b>Bold</b>; Canada"],
})
UPTAKE = pl.DataFrame({
    "short_name": ["UNTOC (Palermo)", "UNCAC (Merida)", "Budapest", "Hanoi"],
    "event_start": ["2000-12-12", "2003-12-09", "2001-11-23", "2025-10-25"],
    "event_year": [2000, 2003, 2001, 2025],
    "is_this_treaty": [False, False, False, True],
    "signatories_day_one": [None, 45, 30, 69],
    "signatories_at_event_close": [124, 94, 30, 72],
    "eligible_states_at_time": [189, 191, 47, 193],
    "event_close_share": [124 / 189, 94 / 191, 30 / 47, 72 / 193],
})
OVERLAP = pl.DataFrame({"category": ["both", "budapest_only", "hanoi_only", "neither"],
                        "states": [32, 49, 40, 73], "states_documented_only": [28, 44, 40, 70]})
SUMMARY = {"snapshot_id": "2025-11-19", "un_member_signatories": 71, "un_member_states": 193,
           "un_member_share": 71 / 193, "world_population_share": 0.48,
           "signed_first_day": 69, "signed_at_event": 72}


def test_names_are_escaped_and_joined_with_and():
    assert narrative.names(["A", "<i>B</i>", "C"]) == "A, &lt;i&gt;B&lt;/i&gt; and C"
    assert narrative.names([]) == "none"


def test_answer_is_built_from_the_numbers_it_is_given():
    text = narrative.participation_answer(SUMMARY, GROUPS, UPTAKE, OVERLAP)
    assert "71 of 193 UN member States signed (36.8%), a minority" in text
    assert "every UN regional group: from 20.0% of UN regional group: A to 75.0%" in text
    assert "4 of 5 members signed; not signed: United States of America." in text
    assert "not signed: &lt;b&gt;Bold&lt;/b&gt; and Canada" in text
    assert "below UNTOC (Palermo) in 2000 (124 of 189, 65.6%)" in text
    assert "below UNCAC (Merida) in 2003" in text
    assert "Budapest in 2001" not in text  # only UN conventions are compared
    assert "Of the 81 States in the Council of Europe's Budapest Convention, 32 signed" in text


def test_answer_changes_with_the_data():
    summary = {**SUMMARY, "un_member_signatories": 120, "un_member_share": 120 / 193}
    groups = GROUPS.with_columns(pl.Series("member_states_signed", [0, 15, 4, 9]))
    text = narrative.participation_answer(summary, groups, UPTAKE, OVERLAP)
    assert "a majority of the membership" in text
    assert "Not every UN regional group has a signatory" in text


def test_registry_agreement_flags_a_difference():
    assert narrative.registry_agreement(SUMMARY, UPTAKE).startswith("The registry agrees")
    differing = {**SUMMARY, "signed_first_day": 65}
    assert narrative.registry_agreement(differing, UPTAKE).startswith("**Note:**")


def test_eu_position_is_stated_from_the_tables():
    signatories = pl.DataFrame({"participant": ["European Union"],
                                "signature_date": ["2025-10-25"]})
    memberships = pl.DataFrame({"group_id": ["eu", "eu"], "role": ["member", "member"],
                                "iso3": ["FRA", "DEU"]})
    overlap = pl.DataFrame({"iso3": ["FRA", "DEU"], "in_budapest": [True, True],
                            "in_hanoi": [True, False]})
    text = narrative.eu_position(signatories, memberships, overlap, OVERLAP)
    assert "The EU signed the Hanoi Convention on 2025-10-25" in text
    assert "Of its 2 member States, 2 are in the Budapest Convention and 1 signed" in text
    assert "the overlap is 28 States instead of 32" in text
