"""Sentences for the reports: built from the numbers, written as an editor would write
them (lists with commas and "and", plurals, short group names, readable dates), and, for
the shipped snapshots, exactly the sentences the reports print."""

import datetime as dt
import re
import shutil
from pathlib import Path

import polars as pl
import pytest
from conftest import REPO, Project

from analysis import narrative, vocabulary
from analysis.reportdata import SnapshotTables

GROUPS = vocabulary.with_group_names(pl.DataFrame({
    "group_id": ["un_regional_group_a", "un_regional_group_b", "unsc_p5", "g20"],
    "group_name": ["UN regional group: A States (A Group)", "UN regional group: B States (BG)",
                   "P5", "G20"],
    "group_kind": ["un_regional_group", "un_regional_group", "security_council", "forum"],
    "member_states": [10, 20, 5, 19],
    "member_states_signed": [2, 15, 4, 9],
    "member_states_share_signed": [0.2, 0.75, 0.8, 9 / 19],
    "member_organizations": [0, 0, 0, 2],
    "member_organizations_signed": [0, 0, 0, 1],
    "members_signed": ["X; Y", "Z", "China; France", "European Union"],
    "members_not_signed": ["", "", "United States of America", "<b>Bold</b>; Canada"],
}))
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
                        "states": [32, 49, 1, 73], "states_documented_only": [28, 44, 1, 70]})
SUMMARY = {"snapshot_id": "2025-11-19", "un_member_signatories": 71, "un_member_states": 193,
           "un_member_share": 71 / 193, "world_population_share": 0.48,
           "signed_first_day": 69, "signed_at_event": 72}


def plain(text: str) -> str:
    """The sentence a reader sees: without tags such as <abbr title=...>."""
    return re.sub(r"<[^>]+>", "", text)


def test_names_are_escaped_and_joined_with_and():
    assert narrative.names(["A", "<i>B</i>", "C"]) == "A, &lt;i&gt;B&lt;/i&gt; and C"
    assert narrative.names([]) == "none"


def test_answer_is_built_from_the_numbers_it_is_given():
    text = plain(narrative.participation_answer(SUMMARY, GROUPS, UPTAKE, OVERLAP))
    assert "from the data as of 19 Nov 2025." in text
    assert "71 of 193 UN member States signed (36.8%), a minority" in text
    assert "every UN regional group: from 20.0% of the A Group to 75.0% of BG." in text
    assert "Of the 5 members of the P5, 4 signed; United States of America did not." in text
    assert "10 signed; &lt;b&gt;Bold&lt;/b&gt; and Canada did not." in text
    assert ("a smaller share than UNTOC (Palermo) in 2000 (124 of 189, 65.6%) and "
            "UNCAC (Merida) in 2003 (94 of 191, 49.2%).") in text
    assert "Budapest in 2001" not in text  # only UN conventions are compared
    assert "Of the 81 States in the Council of Europe's Budapest Convention, 32 signed" in text
    assert "1 signatory State is outside the Budapest Convention." in text


def test_answer_changes_with_the_data():
    summary = {**SUMMARY, "un_member_signatories": 120, "un_member_share": 120 / 193}
    groups = GROUPS.with_columns(pl.Series("member_states_signed", [0, 15, 4, 9]))
    text = narrative.participation_answer(summary, groups, UPTAKE, OVERLAP)
    assert "a majority of the membership" in text
    assert "Not every UN regional group has a signatory" in text


def test_a_group_whose_members_all_signed_is_said_so():
    groups = GROUPS.with_columns(pl.Series("members_not_signed", ["", "", "", ""]))
    text = plain(narrative.participation_answer(SUMMARY, groups, UPTAKE, OVERLAP))
    assert "All 5 members of the P5 signed." in text


def test_group_short_names_carry_the_full_name_as_a_tooltip():
    weog = vocabulary.group("un_regional_group_weog", "UN regional group: whatever")
    assert weog.prose() == ('<abbr title="Western European and other States Group">WEOG'
                            "</abbr>")
    assert vocabulary.group("g20", "Group of Twenty (G20)").plain() == "the G20"


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
    assert "The EU signed the Hanoi Convention on 25 Oct 2025" in text
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
    assert "until 31 Dec 2026: 92 days left at this snapshot" in text
    assert "join by accession" in text
    one_day = narrative.signature_period({**PERIOD, "days_left": 1})
    assert "1 day left" in one_day


def test_signature_period_on_its_last_day_says_so():
    text = narrative.signature_period({**PERIOD, "days_left": 0})
    assert "the day of this snapshot (its last day)" in text


def test_signature_period_after_the_close_says_the_list_is_final():
    text = narrative.signature_period({**PERIOD, "days_left": -3, "is_closed": True})
    assert text.startswith("closed on 31 Dec 2026, 3 days before this snapshot")
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
    assert "At this snapshot (30 Sep 2026) the Convention is not yet in force." in pending
    in_force = narrative.entry_into_force_status({**REACHED, "in_force_at_snapshot": True},
                                                 "2026-11-20")
    assert "is in force: it entered into force on **12 Nov 2026**" in in_force


def test_new_instruments_are_stated_by_kind_beside_new_signatures():
    counts = pl.DataFrame({
        "action": ["accession", "ratification", "signature", "succession"],
        "action_group": ["instrument", "instrument", "signature", "other"],
        "new_actions": [2, 6, 3, 1]})
    text = narrative.new_actions("2025-11-19", counts)
    assert text == ("Since **19 Nov 2025**: **3 new signatures**; **8 new instruments** "
                    "(6 ratifications and 2 accessions); other new actions: 1 succession.")
    empty = narrative.new_actions("2025-11-19", counts.clear())
    assert empty == "Since **19 Nov 2025**: **0 new signatures**; **0 new instruments**."


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
    assert "enters into force on **12 Nov 2026**" in text
    assert "The 40th State instrument was Thailand's." in text
    assert "**66 signatories have not yet ratified**" in text
    assert "12 Nov 2026" not in narrative.entry_into_force_paragraph(PROGRESS, "2026-03-31")
def test_members_are_listed_once_per_group_and_groups_once_per_member():
    memberships = pl.DataFrame({
        "group_id": ["g7", "g20", "g20", "un_regional_group_weog", "un_regional_group_weog"],
        "group_name": ["G7", "G20", "G20", "WEOG", "WEOG"],
        "member_name": ["European Union", "European Union", "African Union", "Holy See",
                        "United States of America"],
        "is_state": [False, False, False, True, True],
        "role": ["member", "member", "member", "observer", "observer"],
        "is_secondary_seat": [False, False, False, False, False],
    })
    assert plain(narrative.bloc_organizations(memberships)) == (
        "2 organizations are members of blocs in their own right, counted apart from the "
        "member States: African Union (G20) and European Union (G20 and G7).")
    assert plain(narrative.regional_seats(memberships.slice(3))) == (
        "Observers: Holy See and United States of America (WEOG).")


def test_entry_into_force_reads_in_words_and_dates():
    progress = {"instruments_deposited": 41, "instruments_required": 40,
                "organization_instruments_not_counted": 1,
                "required_instrument_date": "2026-03-02", "entry_into_force_date": "2026-05-31"}
    text = narrative.entry_into_force_progress(progress)
    assert "41 of 40 instruments" in text
    assert "(1 instrument of a regional economic integration organization" in text
    assert "The 40th was deposited on 2 Mar 2026" in text
    assert "enters into force on **31 May 2026**" in text
    one_short = {**progress, "instruments_deposited": 39, "entry_into_force_date": None,
                 "organization_instruments_not_counted": 0}
    assert narrative.entry_into_force_progress(one_short).endswith("; 1 more is needed.")


def test_claim_in_context_uses_plain_words():
    claim = {"language": "en", "char_start": 0, "char_end": 2, "qualifier": "more_than",
             "value": 60, "claim_kind": "attending_states", "verdict": "consistent_then",
             "registry_count": 69, "difference": -9, "same_as_ledger_claim": None}
    text = narrative.claim_in_context(claim, "60 countries")
    assert "<strong>more than 60</strong> (attending States)" in text
    assert "Registry count then: 69 (the claim gives 9 fewer)." in text
    assert "_" not in plain(text)


# --- the sentences the shipped snapshots' reports print ---------------------------------

SNAPSHOTS = ("2025-10-26", "2025-11-19")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> dict[str, SnapshotTables]:
    """The warehouse built from the shipped raw data, both snapshots."""
    made = Project(tmp_path_factory.mktemp("narrative") / "project")
    for folder in ("reference", "participation", "articles", "historic"):
        shutil.copytree(REPO / "data" / "raw" / folder, made.raw / folder)
    shutil.copy2(REPO / "data" / "raw" / "press-claims.csv", made.raw / "press-claims.csv")
    for snapshot_id in SNAPSHOTS:
        made.add_snapshot(snapshot_id, (REPO / f"data/raw/untc/XVIII-16/{snapshot_id}.csv")
                          .read_text(encoding="utf-8").splitlines()[1:])
    made.write_params(snapshots=list(SNAPSHOTS))
    made.seal()
    cfg, _ = made.build()
    return {s: SnapshotTables(Path(cfg.snapshot_tables(s))) for s in SNAPSHOTS}


EXPECTED = {
    "2025-10-26": [
        "Short answer, from the data as of 26 Oct 2025. 70 of 193 UN member States signed "
        "(36.3%), a minority of the membership, and the signatory States are home to 48.0% "
        "of the world's people.",
        "Geographically, the signatories are spread across every UN regional group: from "
        "30.4% of the Eastern European Group to 42.9% of WEOG.",
        "Of the 5 members of the P5, 4 signed; United States of America did not.",
        "At the close of its signing event, 72 of 193 eligible States had signed (37.3%), a "
        "smaller share than UNTOC (Palermo Convention) in 2000 (124 of 189, 65.6%) and UNCAC "
        "(Merida Convention) in 2003 (94 of 191, 49.2%).",
        "Of the 81 States in the Council of Europe's Budapest Convention, 31 signed this one; "
        "40 signatory States are outside the Budapest Convention.",
        "Secondary seat: Türkiye (Asia-Pacific Group). Observers: Holy See and United States "
        "of America (WEOG).",
        "2 organizations are members of blocs in their own right, counted apart from the "
        "member States: African Union (G20) and European Union (G20 and G7).",
        "Without the Budapest rows resting on weak evidence, the overlap is 27 States "
        "instead of 31.",
        "Entry into force: 0 of 40 instruments of ratification, acceptance, approval or "
        "accession the Convention needs have been deposited by States; 40 more are needed.",
        "17 of 35 outlets published at least one signatory count that the registry "
        "contradicted on the day it was published. The largest misses: 28 by "
        "cyber.netsecops.io, 12 by Aaj News (English) and 12 by News.Az.",
    ],
    "2025-11-19": [
        "Short answer, from the data as of 19 Nov 2025. 71 of 193 UN member States signed "
        "(36.8%), a minority of the membership, and the signatory States are home to 48.0% "
        "of the world's people.",
        "Geographically, the signatories are spread across every UN regional group: from "
        "30.4% of the Eastern European Group to 42.9% of WEOG.",
        "Of the 21 members of the G20, 10 signed; African Union, Argentina, Canada, Germany, "
        "India, Indonesia, Italy, Japan, Mexico, Republic of Korea and United States of "
        "America did not.",
        "Of the 81 States in the Council of Europe's Budapest Convention, 32 signed this one; "
        "40 signatory States are outside the Budapest Convention.",
        "Secondary seat: Türkiye (Asia-Pacific Group). Observers: Holy See and United States "
        "of America (WEOG).",
        "2 organizations are members of blocs in their own right, counted apart from the "
        "member States: African Union (G20) and European Union (G20 and G7).",
        "The EU signed the Hanoi Convention on 25 Oct 2025 as a regional economic integration "
        "organization",
        "Without the Budapest rows resting on weak evidence, the overlap is 28 States "
        "instead of 32.",
        "Entry into force: 0 of 40 instruments of ratification, acceptance, approval or "
        "accession the Convention needs have been deposited by States; 40 more are needed.",
        "17 of 35 outlets published at least one signatory count that the registry "
        "contradicted on the day it was published. The largest misses: 27 by "
        "cyber.netsecops.io, 12 by Aaj News (English) and 12 by News.Az.",
    ],
}


def report_sentences(tables: SnapshotTables) -> str:
    """Every generated sentence the reports print for one snapshot, as a reader sees it."""
    groups = vocabulary.with_group_names(tables.group_participation)
    memberships = tables.group_memberships
    parts = [
        narrative.participation_answer(tables.summary(), groups, tables.opening_uptake,
                                       tables.budapest_overlap_summary),
        narrative.regional_seats(memberships.filter(
            pl.col("group_kind") == "un_regional_group")),
        narrative.bloc_organizations(memberships),
        narrative.notable_members(groups, ("unsc_p5", "g7", "g20", "brics")),
        narrative.eu_position(tables.signatories, memberships, tables.budapest_overlap,
                              tables.budapest_overlap_summary),
        narrative.entry_into_force_progress(tables.entry_into_force.row(0, named=True)),
        narrative.outlet_misses(tables.outlet_accuracy),
    ]
    return re.sub(r"\s+", " ", plain("\n\n".join(parts)).replace("**", ""))


@pytest.mark.parametrize("snapshot_id", SNAPSHOTS)
def test_shipped_snapshot_sentences_read_as_expected(shipped, snapshot_id):
    text = report_sentences(shipped[snapshot_id])
    missing = [sentence for sentence in EXPECTED[snapshot_id] if sentence not in text]
    assert not missing, f"not in the {snapshot_id} sentences:\n" + "\n".join(missing) + (
        f"\n--- they read:\n{text}")


@pytest.mark.parametrize("snapshot_id", SNAPSHOTS)
def test_shipped_snapshot_sentences_show_no_codes_or_label_prefixes(shipped, snapshot_id):
    text = report_sentences(shipped[snapshot_id])
    assert not re.findall(r"\b[a-z]+_[a-z_]+\b", text)
    assert not re.search(r"UN regional group: [A-Z]", text)  # "UN regional group: African..."
    assert "((" not in text and "))" not in text
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
    assert text == ("UN Treaty Collection participant tables untc-A, untc-B as of 10 Jul 2014; "
                    "Hanoi: UN Treaty Collection registry snapshot 2025-11-19")


def test_same_age_sentence_sets_every_earlier_treaty_beside_this_one_escaped():
    text = narrative.uptake_at_same_age(MILESTONES)
    assert text.startswith("On day 26 since its opening for signature, the Hanoi counts "
                           "**73 signatures** and **0 instruments**")
    assert "Alpha &lt;i&gt; 124 signatures, 1 instrument;" in text
    assert "more signatures than 1 of the 2 earlier treaties" in text


def test_scenario_is_a_range_from_zero_and_names_treaties_without_one():
    text = narrative.scenario_range(SCENARIOS, "2025-11-19")
    assert "between **19 Jul 2026** (at the pace of Beta) and **5 Sep 2028**" in text
    assert "not a forecast" in text
    assert "starts from **0 instruments on 19 Nov 2025**" in text
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
        "**1 of the 2 curated figures differs from the registry tables** (neither side is "
        "corrected here): UNCAC, close of the signing event: curated 94, registry table 95 "
        "(+1). The other agrees.")
    assert narrative.crosscheck_findings(checks.filter(~pl.col("differs"))) == (
        "The one curated figure that the registry tables can check agrees with them.")


def test_caveats_come_from_the_tables_dates_and_gaps():
    text = narrative.uptake_caveats(TREATIES, MILESTONES)
    assert "Alpha &lt;i&gt; and Beta on 10 Jul 2014" in text
    assert "**No participant table**: Gamma (NOT SOURCED)" in text
    assert "Alpha &lt;i&gt; 90 days; Beta 83 days" in text


UPTAKE_EXPECTED = {
    "2025-10-26": [
        "On day 2 since its opening for signature, the Hanoi Convention counts 72 signatures "
        "and 0 instruments toward entry into force.",
        "UNCAC (Mérida Convention) 87 signatures, 1 instrument; ATT 68 signatures, 0 "
        "instruments; Paris Agreement 175 signatures, 15 instruments. It had more signatures "
        "than 5 of the 8 earlier treaties at that age.",
        "Across 8 earlier treaties, entry into force would fall between 25 Jun 2026 (at the "
        "pace of the Paris Agreement) and 27 Oct 2029 (at the pace of the UNTOC Firearms "
        "Protocol). This is a range of paces seen before, not a forecast. The scenario starts "
        "from 0 instruments on 26 Oct 2025",
        "UNTOC (Palermo Convention): 112 of its 178 State parties as of 10 Jul 2014 have not "
        "signed the Hanoi Convention.",
        "UNCAC (Mérida Convention): 100 of its 170 State parties as of 10 Jul 2014 have not "
        "signed the Hanoi Convention.",
    ],
    "2025-11-19": [
        "On day 26 since its opening for signature, the Hanoi Convention counts 73 signatures "
        "and 0 instruments toward entry into force.",
        "UNCAC (Mérida Convention) 98 signatures, 1 instrument; ATT 74 signatures, 0 "
        "instruments; Paris Agreement 177 signatures, 16 instruments. It had more signatures "
        "than 2 of the 8 earlier treaties at that age.",
        "Across 8 earlier treaties, entry into force would fall between 19 Jul 2026 (at the "
        "pace of the Paris Agreement) and 20 Nov 2029 (at the pace of the UNTOC Firearms "
        "Protocol). This is a range of paces seen before, not a forecast. The scenario starts "
        "from 0 instruments on 19 Nov 2025",
        "UNTOC (Palermo Convention): 111 of its 178 State parties as of 10 Jul 2014 have not "
        "signed the Hanoi Convention.",
        "UNCAC (Mérida Convention): 99 of its 170 State parties as of 10 Jul 2014 have not "
        "signed the Hanoi Convention.",
    ],
}
UPTAKE_BOTH = [
    "For each earlier treaty, the days it took from its opening day to its 40th instrument "
    "by a State are added to this snapshot's date, on which the Hanoi Convention has 0 "
    "instruments; entry into force follows 90 days after the 40th.",
    "2 of the 12 curated figures differ from the registry tables (neither side is corrected "
    "here): UNCAC (Mérida Convention), first day: curated 45, registry table 43 (-2); UNCAC "
    "(Mérida Convention), close of the signing event: curated 94, registry table 95 (+1). The "
    "other 10 agree.",
    "1988 Vienna Drugs Convention, UNCAC (Mérida Convention) and UNTOC (Palermo Convention) "
    "on 10 Jul 2014; ATT, UNTOC Firearms Protocol, UNTOC Smuggling of Migrants Protocol and "
    "UNTOC Trafficking in Persons Protocol on 15 Jan 2018; Paris Agreement on 13 Feb 2023.",
    "1988 Vienna Drugs Convention 83 days; UNTOC (Palermo Convention) 90 days;",
]


def uptake_sentences(tables: SnapshotTables, snapshot_id: str) -> str:
    """Every generated sentence of the uptake-race report for one snapshot."""
    scenarios = tables.eif_scenarios.sort("sort_order")
    start = scenarios.row(0, named=True)
    overlap = narrative.with_regional_group_names(tables.treaty_overlap)
    totals = overlap.filter(pl.col("is_total")).sort("sort_order")
    parts = [
        narrative.uptake_at_same_age(tables.treaty_milestones),
        narrative.scenario_method(start["start_count"], start["target"],
                                  start["entry_into_force_delay_days"]),
        narrative.scenario_range(scenarios, snapshot_id),
        *[narrative.parties_not_signed(row) for row in totals.to_dicts()],
        narrative.crosscheck_findings(tables.signing_event_crosscheck),
        narrative.uptake_caveats(tables.uptake_treaties, tables.treaty_milestones),
    ]
    return re.sub(r"\s+", " ", plain("\n\n".join(parts)).replace("**", ""))


@pytest.mark.parametrize("snapshot_id", SNAPSHOTS)
def test_shipped_uptake_sentences_read_as_expected(shipped, snapshot_id):
    text = uptake_sentences(shipped[snapshot_id], snapshot_id)
    missing = [s for s in UPTAKE_EXPECTED[snapshot_id] + UPTAKE_BOTH if s not in text]
    assert not missing, f"not in the {snapshot_id} uptake sentences:\n" + "\n".join(
        missing) + f"\n--- they read:\n{text}"


@pytest.mark.parametrize("snapshot_id", SNAPSHOTS)
def test_shipped_uptake_sentences_show_no_codes_or_iso_dates(shipped, snapshot_id):
    text = uptake_sentences(shipped[snapshot_id], snapshot_id)
    assert not re.findall(r"\b[a-z]+_[a-z_]+\b", text)
    assert not re.findall(r"\b\d{4}-\d{2}-\d{2}\b", text)


def test_regional_groups_of_the_overlap_take_the_vocabulary_short_names():
    rows = pl.DataFrame({"un_regional_group": ["Western European and other States (WEOG)",
                                               "all groups"],
                         "un_regional_group_id": ["un_regional_group_weog", None]})
    named = narrative.with_regional_group_names(rows)
    assert named["group"].to_list() == ["WEOG", "all groups"]
    assert named["group_full"][0] == "Western European and other States Group"


def test_treaties_in_prose_take_the_where_a_name_of_several_words_needs_it():
    assert [narrative.treaty_in_prose(t) for t in (
        "Paris Agreement", "UNTOC (Palermo Convention)", "ATT", "Alpha <i>")] == [
        "the Paris Agreement", "UNTOC (Palermo Convention)", "ATT", "the Alpha &lt;i&gt;"]
