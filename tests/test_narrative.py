import datetime as dt

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


# --- the uptake race ---------------------------------------------------------------------

TREATIES = pl.DataFrame({
    "treaty_id": ["untc-XVIII-16", "untc-A", "untc-B", "coe-C"],
    "short_title": ["Hanoi", "Alpha <i>", "Beta", "Gamma"],
    "is_this_treaty": [True, False, False, False],
    "has_table": [True, True, True, False],
    "sort_order": [1, 2, 3, 4],
    "as_of": [dt.date(2025, 11, 19), dt.date(2014, 7, 10), dt.date(2014, 7, 10), None],
    "source": ["UN Treaty Collection registry snapshot 2025-11-19", "s", "s", "NOT SOURCED"],
})
MILESTONES = pl.DataFrame({
    "short_title": ["Hanoi", "Alpha <i>", "Beta"], "is_this_treaty": [True, False, False],
    "sort_order": [1, 2, 3], "same_age_day": [26, 26, 26],
    "signatures_same_age": [73, 124, 43], "instruments_same_age": [0, 1, 0],
    "days_threshold_to_force": [None, 90, 83],
})
SCENARIOS = pl.DataFrame({
    "short_title": ["Alpha", "Beta", "Gamma"], "sort_order": [2, 3, 4],
    "start_count": [0, 0, 0], "target": [40, 40, 40],
    "entry_into_force_date": [dt.date(2028, 9, 5), dt.date(2026, 7, 19), None],
})


def test_historic_sources_name_each_table_and_its_as_of_date():
    text = narrative.historic_sources(TREATIES)
    assert text == ("UN Treaty Collection participant tables untc-A, untc-B as of 2014-07-10; "
                    "Hanoi: UN Treaty Collection registry snapshot 2025-11-19")


def test_same_age_sentence_sets_every_earlier_treaty_beside_this_one_escaped():
    text = narrative.uptake_at_same_age(MILESTONES)
    assert text.startswith("On day 26 since its opening for signature, the Hanoi counts "
                           "**73 signatures** and **0 instruments**")
    assert "Alpha &lt;i&gt; 124 signatures, 1 instrument;" in text
    assert "more signatures than 1 of the 2 earlier treaties" in text


def test_scenario_is_a_range_from_zero_and_names_treaties_without_one():
    text = narrative.scenario_range(SCENARIOS, "2025-11-19")
    assert "between **2026-07-19** (at the pace of Beta) and **2028-09-05**" in text
    assert "not a forecast" in text
    assert "starts from **0 instruments on 2025-11-19**" in text
    assert text.endswith("(their table never reached 40 instruments): Gamma.")


def test_scenario_after_the_threshold_defers_to_the_registry():
    reached = SCENARIOS.with_columns(pl.lit(40).alias("start_count"))
    assert "has reached its threshold" in narrative.scenario_range(reached, "2027-01-01")


def test_scenario_method_names_its_start():
    assert narrative.scenario_method(0, 40, 90).startswith(
        "For each earlier treaty, the days it took from its opening day to its 40th")
    assert narrative.scenario_method(3, 40, 90) == (
        "For each earlier treaty, the days it took from the day it deposited its 3rd instrument "
        "to its 40th instrument by a State are added to this snapshot's date, on which the "
        "Hanoi Convention has 3 instruments; entry into force follows 90 days after the 40th.")


def test_ordinals_follow_english():
    assert [narrative.ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 40, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "40th", "101st",
        "111th"]


def test_crosscheck_findings_list_each_difference_with_its_sign():
    checks = pl.DataFrame({"short_title": ["UNCAC", "UNTOC"], "sort_order": [2, 1],
                           "measure_order": [2, 2],
                           "measure": ["close of the signing event"] * 2,
                           "curated": [94, 124], "computed": [95, 124],
                           "difference": [1, 0], "differs": [True, False]})
    assert narrative.crosscheck_findings(checks) == (
        "**1 of 2 curated figures differ from the registry tables** (neither side is "
        "corrected here): UNCAC, close of the signing event: curated 94, registry table 95 "
        "(+1). The other 1 agree.")
    assert narrative.crosscheck_findings(checks.filter(~pl.col("differs"))).startswith(
        "All 1 curated figures")


def test_caveats_come_from_the_tables_dates_and_gaps():
    text = narrative.uptake_caveats(TREATIES, MILESTONES)
    assert "Alpha &lt;i&gt; and Beta on 2014-07-10" in text
    assert "**No participant table**: Gamma (NOT SOURCED)" in text
    assert "Alpha &lt;i&gt; 90 days; Beta 83 days" in text
