"""Sentences for the reports, built from the warehouse's numbers (never typed in).

Each function takes processed tables and returns Markdown with every data-derived name
escaped, so a report can display it as is.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

import polars as pl


def pct(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{100 * value:.{digits}f}%"


def names(items: Iterable[str], *, empty: str = "none") -> str:
    """An escaped, comma-separated list with 'and' before the last item."""
    escaped = [html.escape(item) for item in items if item]
    if not escaped:
        return empty
    if len(escaped) == 1:
        return escaped[0]
    return ", ".join(escaped[:-1]) + " and " + escaped[-1]


def split_members(text: str | None) -> list[str]:
    return [item for item in (text or "").split("; ") if item]


def _group(groups: pl.DataFrame, group_id: str) -> dict | None:
    rows = groups.filter(pl.col("group_id") == group_id).to_dicts()
    return rows[0] if rows else None


def _absences(groups: pl.DataFrame, group_id: str, label: str) -> str:
    group = _group(groups, group_id)
    if group is None:
        return ""
    missing = split_members(group["members_not_signed"])
    return (f"{label}: {group['member_states_signed'] + group['member_organizations_signed']} "
            f"of {group['member_states'] + group['member_organizations']} members signed; "
            f"not signed: {names(missing)}.")


def _uptake_comparison(uptake: pl.DataFrame) -> str:
    this = uptake.filter(pl.col("is_this_treaty")).to_dicts()
    if not this:
        return "No signing event in signing-events.csv matches this treaty's opening date."
    own = this[0]
    others = uptake.filter(~pl.col("is_this_treaty") & pl.col("short_name").str.contains("UN"))
    parts = []
    for row in others.sort("event_start").to_dicts():
        relation = ("above" if own["event_close_share"] > row["event_close_share"]
                    else "below" if own["event_close_share"] < row["event_close_share"]
                    else "equal to")
        parts.append(f"{relation} {html.escape(row['short_name'])} in {row['event_year']} "
                     f"({row['signatories_at_event_close']} of {row['eligible_states_at_time']}, "
                     f"{pct(row['event_close_share'])})")
    return (f"At the close of its signing event, {own['signatories_at_event_close']} of "
            f"{own['eligible_states_at_time']} eligible States had signed "
            f"({pct(own['event_close_share'])}): " + "; ".join(parts) + ".")


def participation_answer(summary: dict, groups: pl.DataFrame, uptake: pl.DataFrame,
                         overlap: pl.DataFrame) -> str:
    """A short answer to 'does the signing show broad multilateral participation?'."""
    regional = groups.filter(pl.col("group_kind") == "un_regional_group").sort(
        "member_states_share_signed")
    lowest, highest = regional.row(0, named=True), regional.row(-1, named=True)
    every_group = bool((regional["member_states_signed"] > 0).all())
    share = summary["un_member_share"]
    counts = dict(zip(overlap["category"], overlap["states"], strict=True))
    in_budapest = counts.get("both", 0) + counts.get("budapest_only", 0)
    breadth = ("Geographically, the signatories are spread across every UN regional group"
               if every_group else "Not every UN regional group has a signatory")
    majority = "a majority" if share > 0.5 else "a minority"
    lines = [
        f"**Short answer, from the data as of {html.escape(summary['snapshot_id'])}.** "
        f"{summary['un_member_signatories']} of {summary['un_member_states']} UN member States "
        f"signed ({pct(share)}), {majority} of the membership, and the signatory States are "
        f"home to {pct(summary['world_population_share'])} of the world's people.",
        f"{breadth}: from {pct(lowest['member_states_share_signed'])} of "
        f"{html.escape(lowest['group_name'])} to {pct(highest['member_states_share_signed'])} "
        f"of {html.escape(highest['group_name'])}.",
        _absences(groups, "unsc_p5", "Permanent members of the Security Council"),
        _absences(groups, "g20", "G20"),
        _uptake_comparison(uptake),
        f"Of the {in_budapest} States in the Council of Europe's Budapest Convention, "
        f"{counts.get('both', 0)} signed this one; {counts.get('hanoi_only', 0)} signatory "
        f"States are outside the Budapest Convention.",
    ]
    return "\n\n".join(line for line in lines if line)


def listed_with_group(memberships: pl.DataFrame) -> str:
    """'Türkiye (UN regional group: Asia-Pacific States), ...' for the given rows."""
    return names(f"{row['member_name']} ({row['group_name']})"
                 for row in memberships.sort(["group_name", "member_name"]).to_dicts())


def notable_members(groups: pl.DataFrame, group_ids: Iterable[str]) -> str:
    """A bullet per group: the members that signed and those that did not."""
    lines = []
    for group_id in group_ids:
        group = _group(groups, group_id)
        if group is not None:
            lines.append(f"- **{html.escape(group['group_name'])}**: signed: "
                         f"{names(split_members(group['members_signed']))}; not signed: "
                         f"{names(split_members(group['members_not_signed']))}.")
    return "Notable members that signed and did not:\n\n" + "\n".join(lines)


def eu_position(signatories: pl.DataFrame, memberships: pl.DataFrame,
                overlap: pl.DataFrame, overlap_summary: pl.DataFrame) -> str:
    """The European Union's place in both conventions, stated explicitly."""
    eu = signatories.filter(pl.col("participant") == "European Union")
    signed = (f"signed the Hanoi Convention on {eu['signature_date'][0]}" if eu.height
              else "has not signed the Hanoi Convention")
    members = memberships.filter((pl.col("group_id") == "eu") & (pl.col("role") == "member"))
    states = overlap.filter(pl.col("iso3").is_in(members["iso3"].to_list()))
    both = overlap_summary.filter(pl.col("category") == "both").row(0, named=True)
    return (
        f"**The European Union's position.** The EU {signed} as a regional economic "
        "integration organization: it is not a State, and the Budapest Convention table lists "
        f"States only. Of its {members.height} member States, "
        f"{states.filter(pl.col('in_budapest')).height} are in the Budapest Convention and "
        f"{states.filter(pl.col('in_hanoi')).height} signed the Hanoi Convention themselves. "
        f"Without the Budapest rows resting on weak evidence, the overlap is "
        f"{both['states_documented_only']} States instead of {both['states']}."
    )


def registry_agreement(summary: dict, uptake: pl.DataFrame) -> str:
    """Whether the registry's opening counts agree with the signing-events table."""
    this = uptake.filter(pl.col("is_this_treaty")).to_dicts()
    registry = (f"{summary['signed_first_day']} signatures dated the opening day and "
                f"{summary['signed_at_event']} during the event")
    if this and (this[0]["signatories_day_one"], this[0]["signatories_at_event_close"]) == (
            summary["signed_first_day"], summary["signed_at_event"]):
        return f"The registry agrees with signing-events.csv for this treaty: {registry}."
    return f"**Note:** the registry's opening counts differ from signing-events.csv: {registry}."


def marked(text: str, start: int | None, end: int | None) -> str:
    """The text, escaped, with [start:end) wrapped in <mark> so a reader sees the claim."""
    if start is None or end is None or not 0 <= start <= end <= len(text):
        return html.escape(text)
    return (html.escape(text[:start]) + "<mark>" + html.escape(text[start:end]) + "</mark>"
            + html.escape(text[end:]))


VERDICT_WORDS = {
    "consistent": "consistent with the registry",
    "consistent_then": "consistent when published, outdated since",
    "understated": "below the registry count",
    "overstated": "above the registry count",
    "unverifiable": "not verifiable from the registry",
}


def claim_in_context(claim: dict, paragraph: str) -> str:
    """An HTML block: the claim's paragraph with the claim marked, and its verdict."""
    difference = claim.get("difference")
    against = ("" if claim["registry_count"] is None else
               f" Registry count then: {claim['registry_count']} "
               f"(difference {difference:+d}).")
    return (
        f'<blockquote lang="{html.escape(claim["language"])}"><p>'
        f"{marked(paragraph, claim['char_start'], claim['char_end'])}</p></blockquote>"
        f"<p><strong>{html.escape(claim['qualifier'].replace('_', ' '))} {claim['value']}"
        f"</strong> ({html.escape(claim['claim_kind'].replace('_', ' '))}): "
        f"{VERDICT_WORDS[claim['verdict']]}.{against}"
        + (f" Same claim as ledger row {html.escape(claim['same_as_ledger_claim'])}."
           if claim.get("same_as_ledger_claim") else "") + "</p>"
    )


CHANGE_WORDS = {
    "date_changed": "date changed",
    "place_changed": "place changed",
    "vanished": "no longer listed",
    "renamed": "listed under a new name",
}


def entry_into_force_progress(progress: dict) -> str:
    """How far the treaty is from entry into force, and when it enters into force."""
    deposited, required = progress["instruments_deposited"], progress["instruments_required"]
    text = (f"**Entry into force:** {deposited} of the {required} instruments of ratification, "
            "acceptance, approval or accession it needs have been deposited by States")
    if progress["organization_instruments_not_counted"]:
        text += (f" ({progress['organization_instruments_not_counted']} instrument(s) of a "
                 "regional economic integration organization deposited but not counted in "
                 "addition to its member States', article 65)")
    if progress["entry_into_force_date"] is not None:
        return (text + f". The {required}th was deposited on "
                f"{progress['required_instrument_date']}, so the Convention enters into force "
                f"on **{progress['entry_into_force_date']}** (the 90th day after).")
    return text + f"; {required - deposited} more are needed."


# --- the uptake race -----------------------------------------------------------------------


def _escaped(value: object) -> str:
    return html.escape(str(value))


def historic_sources(treaties: pl.DataFrame) -> str:
    """Which registry tables the figures come from, each with its as-of date (for the source
    line under a chart): the earlier treaties' UN Treaty Collection participant tables,
    grouped by date, and this treaty's registry snapshot."""
    tabled = treaties.filter(pl.col("has_table"))
    earlier = (tabled.filter(~pl.col("is_this_treaty")).group_by("as_of")
               .agg(pl.col("treaty_id").sort()).sort("as_of"))
    this = tabled.filter(pl.col("is_this_treaty")).to_dicts()
    return "; ".join(
        [f"UN Treaty Collection participant tables {', '.join(row['treaty_id'])} as of "
         f"{row['as_of']}" for row in earlier.to_dicts()]
        + [f"{row['short_title']}: {row['source']}" for row in this])


def _count_or_gap(value: int | None) -> str:
    return "no data yet" if value is None else f"{value:,}"


def uptake_at_same_age(milestones: pl.DataFrame) -> str:
    """This treaty's signatures and instruments at its age, beside the earlier treaties'
    counts at the same age."""
    this = milestones.filter(pl.col("is_this_treaty")).row(0, named=True)
    others = milestones.filter(~pl.col("is_this_treaty")).sort("sort_order")
    faster = others.filter(pl.col("signatures_same_age") < this["signatures_same_age"])
    return (
        f"On day {this['same_age_day']} since its opening for signature, the "
        f"{_escaped(this['short_title'])} counts **{this['signatures_same_age']} signatures** "
        f"and **{this['instruments_same_age']} "
        f"instrument{'' if this['instruments_same_age'] == 1 else 's'}** toward entry into "
        "force. At the "
        "same age: " + "; ".join(
            f"{_escaped(r['short_title'])} {_count_or_gap(r['signatures_same_age'])} "
            f"signatures, {_count_or_gap(r['instruments_same_age'])} "
            f"instrument{'' if r['instruments_same_age'] == 1 else 's'}"
            for r in others.to_dicts())
        + f". It had more signatures than {faster.height} of the {others.height} earlier "
        "treaties at that age.")


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 40th."""
    suffix = ("th" if 10 <= number % 100 <= 20
              else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th"))
    return f"{number}{suffix}"


def scenario_method(start_count: int, target: int, delay_days: int) -> str:
    """The one-sentence method of eif_scenarios."""
    start = ("its opening day" if start_count == 0
             else f"the day it deposited its {ordinal(start_count)} instrument")
    return (f"For each earlier treaty, the days it took from {start} to its {ordinal(target)} "
            f"instrument by a State are added to this snapshot's date, on which the Hanoi "
            f"Convention has {start_count} instrument{'s' if start_count != 1 else ''}; entry "
            f"into force follows {delay_days} days after the {ordinal(target)}.")


def scenario_range(scenarios: pl.DataFrame, snapshot_id: str) -> str:
    """The range of the scenario dates across earlier treaties (never a single date)."""
    dated = scenarios.filter(pl.col("entry_into_force_date").is_not_null())
    if scenarios.height and scenarios["start_count"][0] >= scenarios["target"][0]:
        return ("The Hanoi Convention has reached its threshold: the entry-into-force date is "
                "the registry's, not a scenario (see the what-changed report).")
    if dated.is_empty():
        return "No earlier treaty's table reaches the threshold, so there is no scenario."
    first = dated.sort(["entry_into_force_date", "sort_order"]).row(0, named=True)
    last = dated.sort(["entry_into_force_date", "sort_order"], descending=[True, False]).row(
        0, named=True)
    zero = (f" The scenario starts from **0 instruments on {snapshot_id}**: each earlier "
            "treaty's clock starts at its own opening day."
            if scenarios["start_count"][0] == 0 else "")
    missing = scenarios.filter(pl.col("entry_into_force_date").is_null())
    return (f"Across {dated.height} earlier treaties, entry into force would fall between "
            f"**{first['entry_into_force_date']}** (at the pace of "
            f"{_escaped(first['short_title'])}) and **{last['entry_into_force_date']}** (at the "
            f"pace of {_escaped(last['short_title'])}). This is a range of paces seen before, "
            "not a forecast." + zero
            + (f" Without a scenario (their table never reached {scenarios['target'][0]} "
               f"instruments): {names(missing['short_title'])}." if missing.height else ""))


def crosscheck_findings(crosscheck: pl.DataFrame) -> str:
    """Where the curated signing-event figures differ from the registry tables."""
    differing = crosscheck.filter(pl.col("differs")).sort("sort_order", "measure_order")
    agreeing = crosscheck.filter(~pl.col("differs"))
    if differing.is_empty():
        return (f"All {crosscheck.height} curated figures that the registry tables can check "
                "agree with them.")
    return (f"**{differing.height} of {crosscheck.height} curated figures differ from the "
            "registry tables** (neither side is corrected here): " + "; ".join(
                f"{_escaped(r['short_title'])}, {_escaped(r['measure'])}: curated "
                f"{r['curated']}, registry table {r['computed']} ({r['difference']:+d})"
                for r in differing.to_dicts())
            + f". The other {agreeing.height} agree.")


def uptake_caveats(treaties: pl.DataFrame, milestones: pl.DataFrame) -> str:
    """What the comparison cannot see, from the tables' own dates and gaps."""
    earlier = treaties.filter(~pl.col("is_this_treaty")).sort("sort_order")
    with_table = earlier.filter(pl.col("has_table"))
    without = earlier.filter(~pl.col("has_table"))
    stops = (with_table.group_by("as_of").agg(pl.col("short_title").sort())
             .sort("as_of").to_dicts())
    gaps = milestones.filter(~pl.col("is_this_treaty")
                             & pl.col("days_threshold_to_force").is_not_null()).sort("sort_order")
    lines = [
        "- **Each earlier table stops at its snapshot date**, and every curve ends there: "
        + "; ".join(f"{names(row['short_title'])} on {row['as_of']}" for row in stops)
        + ". Instruments deposited after that date are missing, so a signatory without an "
        "instrument in these tables means *no instrument by that date*, not *never*; the "
        "overlap counts hold at those dates.",
        "- **No participant table**: " + (names(
            f"{row['short_title']} ({row['source']})" for row in without.to_dicts())
            if without.height else "none") + ". Such a treaty is not in the charts.",
        "- Dates are those the registry records for signatures and for deposits of "
        "instruments; they are not the dates the treaty entered into force for each State.",
        "- The European Union signs and deposits beside its member States: its signature "
        "is counted, its instrument does not count toward entry into force.",
        "- The gap from the threshold instrument to entry into force is computed from the "
        "table, not assumed: " + "; ".join(
            f"{_escaped(r['short_title'])} {r['days_threshold_to_force']} days"
            for r in gaps.to_dicts())
        + ". A gap that is not the treaty's own delay means another condition applied or "
        "the table lacks an earlier instrument (data/raw/historic/SOURCES.md).",
    ]
    return "\n".join(lines)
