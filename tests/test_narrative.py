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


PERIOD = {"signature_closes": "2026-12-31", "days_left": 92, "is_closed": False}
PROGRESS = {"instruments_required": 40, "instruments_deposited": 11, "ratifications": 6,
            "acceptances": 2, "approvals": 1, "accessions": 2,
            "organization_instruments_not_counted": 1, "signatories_without_instrument": 66,
            "required_instrument_participant": None, "required_instrument_date": None,
            "entry_into_force_date": None, "in_force_at_snapshot": False}
REACHED = {**PROGRESS, "instruments_deposited": 41, "ratifications": 36,
           "required_instrument_participant": "Thailand",
           "required_instrument_date": "2026-08-14", "entry_into_force_date": "2026-11-12"}


def test_signature_period_gives_the_closing_day_and_the_days_left():
    text = narrative.signature_period(PERIOD)
    assert "until 31 December 2026: 92 days left at this snapshot" in text
    assert "join by accession" in text
    one_day = narrative.signature_period({**PERIOD, "days_left": 1})
    assert "1 day left" in one_day


def test_signature_period_on_its_last_day_says_so():
    text = narrative.signature_period({**PERIOD, "days_left": 0})
    assert "the day of this snapshot (its last day)" in text


def test_signature_period_after_the_close_says_the_list_is_final():
    text = narrative.signature_period({**PERIOD, "days_left": -3, "is_closed": True})
    assert text.startswith("closed on 31 December 2026, 3 days before this snapshot")
    assert "the list of signatories is final" in text
    assert "new participants join by accession" in text


def test_progress_bar_writes_the_count_beside_the_bar():
    bar = narrative.progress_bar(PROGRESS)
    assert "<strong>11 of 40 instruments</strong> (28%, 29 still needed)" in bar
    assert '<progress max="40" value="11" aria-labelledby="progress-to-force-label">' in bar


def test_progress_bar_is_full_once_the_required_number_is_deposited():
    bar = narrative.progress_bar(REACHED)
    assert "<strong>40 of 40 instruments</strong> (complete: 41 deposited)" in bar
    assert 'value="40"' in bar


def test_instruments_are_listed_by_kind_with_the_signatories_still_to_ratify():
    text = narrative.instruments_by_kind(PROGRESS)
    assert ("11 State instruments (6 ratifications, 2 acceptances, 1 approval and "
            "2 accessions).") in text
    assert "**66 signatories have not yet ratified**" in text
    none = narrative.instruments_by_kind({**PROGRESS, "instruments_deposited": 0,
                                          "ratifications": 0, "acceptances": 0,
                                          "approvals": 0, "accessions": 0})
    assert none.startswith("No State has deposited an instrument yet. **66 signatories")


def test_entry_into_force_status_follows_the_snapshot_date():
    assert narrative.entry_into_force_status(PROGRESS, "2026-03-31") == ""
    pending = narrative.entry_into_force_status(REACHED, "2026-09-30")
    assert "The 40th State instrument was Thailand's." in pending
    assert "At this snapshot (2026-09-30) the Convention is not yet in force." in pending
    in_force = narrative.entry_into_force_status({**REACHED, "in_force_at_snapshot": True},
                                                 "2026-11-20")
    assert "is in force: it entered into force on **2026-11-12**" in in_force


def test_new_instruments_are_stated_by_kind_beside_new_signatures():
    counts = pl.DataFrame({
        "action": ["accession", "ratification", "signature", "succession"],
        "action_group": ["instrument", "instrument", "signature", "other"],
        "new_actions": [2, 6, 3, 1]})
    text = narrative.new_actions("2025-11-19", counts)
    assert text == ("Since **2025-11-19**: **3 new signatures**; **8 new instruments** "
                    "(6 ratifications and 2 accessions); other new actions: 1 succession.")
    empty = narrative.new_actions("2025-11-19", counts.clear())
    assert empty == "Since **2025-11-19**: **0 new signatures**; **0 new instruments**."


def test_participant_status_names_accessions_without_signature():
    participants = pl.DataFrame({
        "participant": ["Fiji", "Ghana", "Mali", "Armenia"],
        "status": ["instrument_deposited", "instrument_deposited", "signed_only",
                   "instrument_deposited"],
        "signature_date": [None, "2025-10-25", "2025-10-26", None]})
    assert narrative.participant_status(participants) == (
        "Of the **4 participants**, **1** has signed only and **3** have deposited an "
        "instrument of ratification, acceptance, approval or accession, 2 of them without "
        "signing first (Armenia and Fiji).")


def test_entry_into_force_paragraph_gives_the_date_once_reached():
    text = narrative.entry_into_force_paragraph(REACHED, "2026-09-30")
    assert "enters into force on **2026-11-12**" in text
    assert "The 40th State instrument was Thailand's." in text
    assert "**66 signatories have not yet ratified**" in text
    assert "2026-11-12" not in narrative.entry_into_force_paragraph(PROGRESS, "2026-03-31")
