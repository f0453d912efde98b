"""Sentences for the reports, built from the warehouse's numbers (never typed in).

Each function takes processed tables and returns Markdown with every data-derived name
escaped, so a report can display it as is.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable

import polars as pl

from analysis import formats, vocabulary
from analysis.formats import count_of, plural

pct = formats.percent


def names(items: Iterable[str], *, empty: str = "none") -> str:
    """An escaped, comma-separated list with 'and' before the last item."""
    return formats.and_list([html.escape(item) for item in items if item], empty=empty)


def group_name(row: dict) -> vocabulary.GroupName:
    """How the reports name the group in a group_participation or group_memberships row."""
    return vocabulary.group(row["group_id"], row["group_name"])


def split_members(text: str | None) -> list[str]:
    return [item for item in (text or "").split("; ") if item]


def _group(groups: pl.DataFrame, group_id: str) -> dict | None:
    rows = groups.filter(pl.col("group_id") == group_id).to_dicts()
    return rows[0] if rows else None


def _absences(groups: pl.DataFrame, group_id: str) -> str:
    """"Of the 5 members of the P5, 4 signed; the United States of America did not."."""
    group = _group(groups, group_id)
    if group is None:
        return ""
    name = group_name(group).prose()
    missing = split_members(group["members_not_signed"])
    total = group["member_states"] + group["member_organizations"]
    signed = group["member_states_signed"] + group["member_organizations_signed"]
    if not missing:
        return f"All {total} members of {name} signed."
    if signed == 0:
        return f"None of the {total} members of {name} signed."
    return f"Of the {total} members of {name}, {signed} signed; {names(missing)} did not."


def _uptake_comparison(uptake: pl.DataFrame) -> str:
    this = uptake.filter(pl.col("is_this_treaty")).to_dicts()
    if not this:
        return "No signing event in signing-events.csv matches this treaty's opening date."
    own = this[0]
    others = uptake.filter(~pl.col("is_this_treaty") & pl.col("short_name").str.contains("UN"))
    relations: dict[str, list[str]] = {}
    for row in others.sort("event_start").to_dicts():
        relation = ("a larger share than" if own["event_close_share"] > row["event_close_share"]
                    else "a smaller share than" if own["event_close_share"]
                    < row["event_close_share"] else "the same share as")
        relations.setdefault(relation, []).append(
            f"{html.escape(row['short_name'])} in {row['event_year']} "
            f"({count_of(row['signatories_at_event_close'], row['eligible_states_at_time'])}, "
            f"{pct(row['event_close_share'])})")
    opening = (f"At the close of its signing event, "
               f"{count_of(own['signatories_at_event_close'], own['eligible_states_at_time'])} "
               f"eligible States had signed ({pct(own['event_close_share'])})")
    if not relations:
        return opening + "."
    return opening + ", " + "; ".join(f"{relation} {formats.and_list(items)}"
                                      for relation, items in relations.items()) + "."


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
    hanoi_only = counts.get("hanoi_only", 0)
    majority = "a majority" if share > 0.5 else "a minority"
    lines = [
        f"**Short answer, from the data as of {formats.date(summary['snapshot_id'])}.** "
        f"{count_of(summary['un_member_signatories'], summary['un_member_states'])} UN member "
        f"States signed ({pct(share)}), {majority} of the membership, and the signatory "
        f"States are home to {pct(summary['world_population_share'])} of the world's people.",
        f"{breadth}: from {pct(lowest['member_states_share_signed'])} of "
        f"{group_name(lowest).prose()} to {pct(highest['member_states_share_signed'])} "
        f"of {group_name(highest).prose()}.",
        _absences(groups, "unsc_p5"),
        _absences(groups, "g20"),
        _uptake_comparison(uptake),
        f"Of the {plural(in_budapest, 'State')} in the Council of Europe's Budapest "
        f"Convention, {formats.number(counts.get('both', 0))} signed this one; "
        f"{plural(hanoi_only, 'signatory State')} {'is' if hanoi_only == 1 else 'are'} "
        "outside the Budapest Convention.",
    ]
    return "\n\n".join(line for line in lines if line)


def members_by_group(memberships: pl.DataFrame) -> str:
    """"Holy See and United States of America (WEOG); Türkiye (Asia-Pacific Group)": the
    members in ``memberships``, listed per group, groups in order of their short names."""
    by_group: dict[str, tuple[vocabulary.GroupName, list[str]]] = {}
    for row in memberships.sort("member_name").to_dicts():
        name = group_name(row)
        by_group.setdefault(row["group_id"], (name, []))[1].append(row["member_name"])
    parts = [f"{names(members)} ({name.prose(article=False)})"
             for name, members in sorted(by_group.values(), key=lambda item: item[0].short)]
    return "; ".join(parts) if parts else "none"


def groups_by_member(memberships: pl.DataFrame) -> str:
    """"African Union (G20) and European Union (G7 and G20)": each member in
    ``memberships`` once, with the groups it belongs to."""
    by_member: dict[str, dict[str, str]] = {}
    for row in memberships.to_dicts():
        name = group_name(row)
        by_member.setdefault(row["member_name"], {})[name.short] = name.prose(article=False)
    return formats.and_list([
        f"{html.escape(member)} ({formats.and_list([found[s] for s in sorted(found)])})"
        for member, found in sorted(by_member.items())], empty="none")


def regional_seats(memberships: pl.DataFrame) -> str:
    """The UN regional groups' secondary seats and observers, as two sentences."""
    secondary = memberships.filter(pl.col("is_secondary_seat"))
    observers = memberships.filter(pl.col("role") != "member")
    lines = []
    if secondary.height:
        lines.append(f"{'Secondary seat' if secondary.height == 1 else 'Secondary seats'}: "
                     f"{members_by_group(secondary)}.")
    if observers.height:
        lines.append(f"{'Observer' if observers.height == 1 else 'Observers'}: "
                     f"{members_by_group(observers)}.")
    return " ".join(lines) or "No group has secondary seats or observers."


def bloc_organizations(memberships: pl.DataFrame) -> str:
    """A sentence on the organizations (not States) that are members of blocs."""
    organizations = memberships.filter(~pl.col("is_state") & (pl.col("role") == "member"))
    count = organizations["member_name"].n_unique()
    if count == 0:
        return "No organization is a member of a bloc in its own right."
    verb = "is a member" if count == 1 else "are members"
    return (f"{plural(count, 'organization')} {verb} of blocs in {'its' if count == 1 else 'their'}"
            f" own right, counted apart from the member States: "
            f"{groups_by_member(organizations)}.")


def notable_members(groups: pl.DataFrame, group_ids: Iterable[str]) -> str:
    """A bullet per group: the members that signed and those that did not."""
    lines = []
    for group_id in group_ids:
        group = _group(groups, group_id)
        if group is None:
            continue
        signed = split_members(group["members_signed"])
        missing = split_members(group["members_not_signed"])
        text = (f"{names(signed)} signed" if signed else "no member signed")
        text += f"; {names(missing)} did not." if missing and signed else (
            "." if signed else f" ({names(missing)}).")
        if signed and not missing:
            text = f"all members signed: {names(signed)}."
        lines.append(f"- **{group_name(group).prose(article=False)}**: {text}")
    return "Notable members that signed and did not:\n\n" + "\n".join(lines)


def eu_position(signatories: pl.DataFrame, memberships: pl.DataFrame,
                overlap: pl.DataFrame, overlap_summary: pl.DataFrame) -> str:
    """The European Union's place in both conventions, stated explicitly."""
    eu = signatories.filter(pl.col("participant") == "European Union")
    signed = (f"signed the Hanoi Convention on {formats.date(eu['signature_date'][0])}"
              if eu.height
              else "has not signed the Hanoi Convention")
    members = memberships.filter((pl.col("group_id") == "eu") & (pl.col("role") == "member"))
    states = overlap.filter(pl.col("iso3").is_in(members["iso3"].to_list()))
    both = overlap_summary.filter(pl.col("category") == "both").row(0, named=True)
    return (
        f"**The European Union's position.** The EU {signed} as a regional economic "
        "integration organization: it is not a State, and the Budapest Convention table lists "
        f"States only. Of its {plural(members.height, 'member State')}, "
        f"{states.filter(pl.col('in_budapest')).height} are in the Budapest Convention and "
        f"{states.filter(pl.col('in_hanoi')).height} signed the Hanoi Convention themselves. "
        f"Without the Budapest rows resting on weak evidence, the overlap is "
        f"{plural(both['states_documented_only'], 'State')} instead of "
        f"{formats.number(both['states'])}."
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
    "wrong": "not what the Convention requires",
    "not_yet_checkable": "not yet checkable: the registry copy predates the article",
}


def reported(qualifier: str, value: int, value_high: int | None = None) -> str:
    """A claimed number as the article put it: "more than 60", "exactly 65", "50 to 55"."""
    if qualifier == "range" and value_high is not None:
        return f"{formats.number(value)} to {formats.number(value_high)}"
    return f"{vocabulary.value('qualifier', qualifier)} {formats.number(value)}"


def with_reported(claims: pl.DataFrame) -> pl.DataFrame:
    """The claims (qualifier, value, [value_high], ...) plus ``reported``: "more than 60"."""
    high = "value_high" if "value_high" in claims.columns else None
    return claims.with_columns(pl.struct("qualifier", "value", *([high] if high else []))
                               .map_elements(lambda c: reported(c["qualifier"], c["value"],
                                                                c.get("value_high")),
                                             return_dtype=pl.String).alias("reported"))


def signed_difference(difference: int) -> str:
    """"4 more", "4 fewer" or "none" (a claim's count against the registry's)."""
    if difference == 0:
        return "none"
    return f"{formats.number(abs(difference))} {'more' if difference > 0 else 'fewer'}"


def claim_in_context(claim: dict, paragraph: str) -> str:
    """An HTML block: the claim's paragraph with the claim marked, and its verdict."""
    difference = claim.get("difference")
    against = ("" if claim["registry_count"] is None else
               f" Registry count then: {formats.number(claim['registry_count'])}"
               + ("" if difference is None else
                  f" (the claim gives {signed_difference(difference)})") + ".")
    if claim.get("registry_predates_article"):
        against += " The registry copy predates the article."
    verdict = VERDICT_WORDS.get(claim["verdict"], vocabulary.value("verdict", claim["verdict"]))
    kind, high = vocabulary.value("claim_kind", claim["claim_kind"]), claim.get("value_high")
    if claim.get("subset_group"):
        kind += f": {claim['subset_group']}"
    return (
        f'<blockquote lang="{html.escape(claim["language"])}"><p>'
        f"{marked(paragraph, claim['char_start'], claim['char_end'])}</p></blockquote>"
        f"<p><strong>{html.escape(reported(claim['qualifier'], claim['value'], high))}</strong>"
        f" ({html.escape(kind)}): {verdict}.{against}"
        + (f" Same claim as ledger row {html.escape(claim['same_as_ledger_claim'])}."
           if claim.get("same_as_ledger_claim") else "") + "</p>"
    )


# What happened to an earlier entry, in words (analysis/vocabulary.yaml, values: change).
CHANGE_WORDS = {change: vocabulary.value("change", change)
                for change in ("date_changed", "place_changed", "vanished", "renamed")}


def entry_into_force_progress(progress: dict) -> str:
    """How far the treaty is from entry into force, and when it enters into force."""
    deposited, required = progress["instruments_deposited"], progress["instruments_required"]
    have = "has" if deposited == 1 else "have"
    text = (f"**Entry into force:** {count_of(deposited, required)} instruments of "
            "ratification, acceptance, approval or accession the Convention needs "
            f"{have} been deposited by States")
    uncounted = progress["organization_instruments_not_counted"]
    if uncounted:
        text += (f" ({plural(uncounted, 'instrument')} of a regional economic integration "
                 "organization deposited but, under article 65, not counted in addition to "
                 "its member States')")
    if progress["entry_into_force_date"] is not None:
        return (text + f". The {formats.ordinal(required)} was deposited on "
                f"{formats.date(progress['required_instrument_date'])}, so the Convention "
                f"enters into force on **{formats.date(progress['entry_into_force_date'])}** "
                "(the 90th day after).")
    missing = required - deposited
    return text + f"; {formats.number(missing)} more {'is' if missing == 1 else 'are'} needed."


# --- instruments and deadlines ----------------------------------------------------------

INSTRUMENT_KINDS = ("ratification", "acceptance", "approval", "accession")


def signature_period(period: dict) -> str:
    """Plain text (no markup): the closing day of the signature period (article 64) and the
    days left at the snapshot, or, after the close, that the list of signatories is final.
    ``period``: a row of signature_period (signature_closes, days_left, is_closed)."""
    closes = formats.date(period["signature_closes"])
    days = period["days_left"]
    if period["is_closed"]:
        return (f"closed on {closes}, {plural(-days, 'day')} before this snapshot: the list of "
                "signatories is final, and new participants join by accession (article 64).")
    if days == 0:
        return (f"open for signature until {closes}, the day of this snapshot (its last day); "
                "after it, new participants join by accession (article 64).")
    return (f"open for signature until {closes}: {plural(days, 'day')} left at this snapshot; "
            "after that, new participants join by accession (article 64).")


def entry_into_force_line(progress: dict, delay_days: int) -> str:
    """Plain text (no markup) for every page's title block: the entry-into-force date once
    the required instrument is deposited, else how many of the required State instruments
    are in. ``progress``: instruments_deposited, instruments_required, entry_into_force_date
    (a row of entry_into_force, or the same figures from the metrics)."""
    required = progress["instruments_required"]
    rule = (f"the {formats.ordinal(delay_days)} day after the {formats.ordinal(required)} "
            "State instrument of ratification, acceptance, approval or accession (article 65)")
    if progress.get("entry_into_force_date"):
        return f"{formats.date(progress['entry_into_force_date'])}, {rule}."
    deposited = min(progress["instruments_deposited"], required)
    return (f"not yet: {count_of(deposited, required)} State instruments deposited; it comes "
            f"on {rule}.")


def kind_counts(counts: dict[str, int], *, empty: str = "none") -> str:
    """'6 ratifications, 2 acceptances and 1 accession' (kinds in the treaty's order,
    other kinds after them; zero counts left out)."""
    order = [*INSTRUMENT_KINDS, *sorted(set(counts) - set(INSTRUMENT_KINDS))]
    return names((plural(counts[kind], kind) for kind in order if counts.get(kind)),
                 empty=empty)


def instruments_by_kind(progress: dict) -> str:
    """The instruments counted toward entry into force, by kind, and the signatories that
    have not deposited one. ``progress``: a row of entry_into_force."""
    counts = {kind: progress[f"{kind}s"] for kind in INSTRUMENT_KINDS}
    deposited = progress["instruments_deposited"]
    text = (f"Counted toward entry into force (article 65(1)): "
            f"{plural(deposited, 'State instrument')} ({kind_counts(counts)})." if deposited
            else "No State has deposited an instrument yet.")
    waiting = progress["signatories_without_instrument"]
    return text + (f" **{waiting} signator{'y has' if waiting == 1 else 'ies have'} not yet "
                   "ratified** (nor accepted or approved).")


def progress_bar(progress: dict) -> str:
    """HTML: a progress bar toward the instruments entry into force needs, with the count
    written beside it, so that the bar's colour is never the only carrier of the number."""
    deposited, required = progress["instruments_deposited"], progress["instruments_required"]
    counted = min(deposited, required)
    label = f"{counted} of {required} instruments"
    detail = (f"complete: {deposited} deposited" if deposited >= required else
              f"{100 * counted / required:.0f}%, {required - deposited} still needed")
    return (
        '<div class="progress-to-force">'
        f'<p id="progress-to-force-label">Toward entry into force: <strong>{label}</strong> '
        f"({detail})</p>"
        f'<progress max="{required}" value="{counted}" '
        f'aria-labelledby="progress-to-force-label">{label}</progress></div>'
    )


def entry_into_force_status(progress: dict, as_of: dt.date | str) -> str:
    """Once the required instrument is deposited: whose it was, and whether the Convention
    is in force at the snapshot's as-of date. Empty before that."""
    in_force = progress["entry_into_force_date"]
    if in_force is None:
        return ""
    participant = progress["required_instrument_participant"]
    whose = (f"The {formats.ordinal(progress['instruments_required'])} State instrument was "
             f"{html.escape(participant)}'s. " if participant else "")
    if progress["in_force_at_snapshot"]:
        return whose + (f"At this snapshot ({formats.date(as_of)}) the Convention is in force: "
                        f"it entered into force on **{formats.date(in_force)}**.")
    return whose + f"At this snapshot ({formats.date(as_of)}) the Convention is not yet in force."


def entry_into_force_paragraph(progress: dict, as_of: dt.date | str) -> str:
    """Everything a report says about entry into force, in one paragraph: the count, the
    date once reached, whether in force at the snapshot, the instruments by kind and the
    signatories that have not ratified."""
    return " ".join(part for part in (entry_into_force_progress(progress),
                                      entry_into_force_status(progress, as_of),
                                      instruments_by_kind(progress)) if part)


def new_actions(previous: str, counts: pl.DataFrame) -> str:
    """'Since <previous>: 3 new signatures; 12 new instruments (6 ratifications, ...).'
    ``counts``: new_actions rows (action, action_group, new_actions) for one snapshot."""
    by_group = {group: dict(zip(rows["action"], rows["new_actions"], strict=True))
                for (group,), rows in counts.group_by(["action_group"])}
    signatures = sum(by_group.get("signature", {}).values())
    instruments = by_group.get("instrument", {})
    text = (f"Since **{formats.date(previous)}**: **{plural(signatures, 'new signature')}**; "
            f"**{plural(sum(instruments.values()), 'new instrument')}**"
            + (f" ({kind_counts(instruments)})" if instruments else ""))
    other = by_group.get("other", {})
    if other:
        text += f"; other new actions: {kind_counts(other)}"
    return text + "."


def participant_status(participants: pl.DataFrame) -> str:
    """How many participants signed only and how many deposited an instrument, and how many
    of those acceded without signing. ``participants``: one snapshot's participants."""
    deposited = participants.filter(pl.col("status") == "instrument_deposited")
    unsigned = deposited.filter(pl.col("signature_date").is_null())
    signed_only = participants.height - deposited.height
    text = (f"Of the **{participants.height} participants**, **{signed_only}** "
            f"{'has' if signed_only == 1 else 'have'} signed only and "
            f"**{deposited.height}** {'has' if deposited.height == 1 else 'have'} deposited an "
            "instrument of ratification, acceptance, approval or accession")
    if unsigned.height:
        text += (f", {unsigned.height} of them without signing first "
                 f"({names(unsigned['participant'].sort())})")
    return text + "."


def outlet_misses(outlets: pl.DataFrame, top: int = 3) -> str:
    """How many outlets the registry contradicts, and the largest misses
    (outlet_accuracy rows: publisher, signatory_claims, wrong, largest_miss)."""
    wrong = outlets.filter(pl.col("wrong") > 0).sort(["largest_miss", "publisher"],
                                                    descending=[True, False])
    text = (f"{count_of(wrong.height, outlets.height)} outlets published at least one "
            "signatory count that the registry contradicted on the day it was published.")
    if not wrong.height:
        return text
    misses = [f"{formats.number(r['largest_miss'])} by {html.escape(r['publisher'])}"
              for r in wrong.head(top).to_dicts()]
    return text + f" {'The largest miss' if len(misses) == 1 else 'The largest misses'}: " \
        f"{formats.and_list(misses)}."


def claims_by_outlet(claims: pl.DataFrame) -> pl.DataFrame:
    """Per publisher, its claims in words: "about 60 (below the registry); exactly 72
    (matched the registry)" (claims: publisher, claim_id, qualifier, value, verdict)."""
    rows: dict[str, list[str]] = {}
    for claim in claims.sort("claim_id").to_dicts():
        rows.setdefault(claim["publisher"], []).append(
            f"{reported(claim['qualifier'], claim['value'])} "
            f"({vocabulary.value('verdict', claim['verdict'])})")
    return pl.DataFrame({"publisher": list(rows), "reported": ["; ".join(v) for v in
                                                               rows.values()]},
                        schema={"publisher": pl.String, "reported": pl.String})


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
         f"{formats.date(row['as_of'])}" for row in earlier.to_dicts()]
        + [f"{row['short_title']}: {row['source']}" for row in this])


def treaty_in_prose(short_title: str) -> str:
    """A treaty's short name for the middle of a sentence, escaped: "the Paris Agreement",
    "the UNTOC Firearms Protocol", but "UNTOC (Palermo Convention)" and "ATT" as they are
    (a name of several words before any parenthesis takes "the")."""
    bare = short_title.split("(")[0].strip()
    return ("the " if " " in bare and not short_title.startswith("the ") else "") + _escaped(
        short_title)


def _count(value: int | None, singular: str) -> str:
    return "no data yet" if value is None else formats.plural(value, singular)


def uptake_at_same_age(milestones: pl.DataFrame) -> str:
    """This treaty's signatures and instruments at its age, beside the earlier treaties'
    counts at the same age."""
    this = milestones.filter(pl.col("is_this_treaty")).row(0, named=True)
    others = milestones.filter(~pl.col("is_this_treaty")).sort("sort_order")
    behind = others.filter(pl.col("signatures_same_age") < this["signatures_same_age"])
    return (
        f"On day {formats.number(this['same_age_day'])} since its opening for signature, the "
        f"{_escaped(this['short_title'])} counts "
        f"**{_count(this['signatures_same_age'], 'signature')}** and "
        f"**{_count(this['instruments_same_age'], 'instrument')}** toward entry into force. "
        "At the same age: " + "; ".join(
            f"{_escaped(r['short_title'])} {_count(r['signatures_same_age'], 'signature')}, "
            f"{_count(r['instruments_same_age'], 'instrument')}"
            for r in others.to_dicts())
        + f". It had more signatures than {formats.number(behind.height)} of the "
        f"{formats.plural(others.height, 'earlier treaty', 'earlier treaties')} at that age.")


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 40th."""
    return formats.ordinal(number)


def scenario_method(start_count: int, target: int, delay_days: int) -> str:
    """The one-sentence method of eif_scenarios."""
    start = ("its opening day" if start_count == 0
             else f"the day it deposited its {ordinal(start_count)} instrument")
    return (f"For each earlier treaty, the days it took from {start} to its {ordinal(target)} "
            f"instrument by a State are added to this snapshot's date, on which the Hanoi "
            f"Convention has {formats.plural(start_count, 'instrument')}; entry into force "
            f"follows {formats.plural(delay_days, 'day')} after the {ordinal(target)}.")


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
    zero = (f" The scenario starts from **0 instruments on {formats.date(snapshot_id)}**: "
            "each earlier "
            "treaty's clock starts at its own opening day."
            if scenarios["start_count"][0] == 0 else "")
    missing = scenarios.filter(pl.col("entry_into_force_date").is_null())
    return (f"Across {formats.plural(dated.height, 'earlier treaty', 'earlier treaties')}, "
            "entry into force would fall between "
            f"**{formats.date(first['entry_into_force_date'])}** (at the pace of "
            f"{treaty_in_prose(first['short_title'])}) and "
            f"**{formats.date(last['entry_into_force_date'])}** (at the "
            f"pace of {treaty_in_prose(last['short_title'])}). This is a range of paces seen "
            "before, "
            "not a forecast." + zero
            + (f" Without a scenario (their table never reached {scenarios['target'][0]} "
               f"instruments): {names(missing['short_title'])}." if missing.height else ""))


def regional_group(row: dict) -> vocabulary.GroupName:
    """How the reports name the UN regional group of a treaty_overlap row (un_regional_group
    and its un_regional_group_id; no id for 'all groups' or 'no UN regional group')."""
    if row.get("un_regional_group_id"):
        return vocabulary.group(row["un_regional_group_id"], row["un_regional_group"])
    return vocabulary.GroupName(short=row["un_regional_group"],
                                full=row["un_regional_group"], the=False)


def with_regional_group_names(overlap: pl.DataFrame) -> pl.DataFrame:
    """treaty_overlap rows plus ``group`` (short name) and ``group_full`` (full name)."""
    named = [regional_group(row) for row in overlap.to_dicts()]
    return overlap.with_columns(pl.Series("group", [n.short for n in named], dtype=pl.String),
                                pl.Series("group_full", [n.full for n in named],
                                          dtype=pl.String))


def parties_not_signed(total: dict) -> str:
    """How many of an earlier treaty's State parties have not signed this one (the
    treaty_overlap row of all groups)."""
    verb = "has" if total["parties_not_signed"] == 1 else "have"
    return (f"**{_escaped(total['short_title'])}**: "
            f"{formats.number(total['parties_not_signed'])} of its "
            f"{formats.plural(total['parties'], 'State party', 'State parties')} as of "
            f"{formats.date(total['status_date'])} {verb} not signed the Hanoi Convention.")


def signatories_in_earlier_treaties(totals: pl.DataFrame) -> str:
    """This treaty's signatory States in each earlier treaty (treaty_overlap totals), for a
    chart's text alternative."""
    return "; ".join(
        f"{r['short_title']} (as of {formats.date(r['status_date'])}): "
        f"{formats.number(r['signatories_party'])} party, "
        f"{formats.number(r['signatories_signatory_only'])} signatory only, "
        f"{formats.number(r['signatories_not_participant'])} neither, of "
        f"{formats.number(r['signatory_states'])}" for r in totals.to_dicts())


def crosscheck_findings(crosscheck: pl.DataFrame) -> str:
    """Where the curated signing-event figures differ from the registry tables."""
    differing = crosscheck.filter(pl.col("differs")).sort("sort_order", "measure_order")
    agreeing = crosscheck.filter(~pl.col("differs"))
    if differing.is_empty():
        if crosscheck.height == 1:
            return "The one curated figure that the registry tables can check agrees with them."
        return (f"All {formats.plural(crosscheck.height, 'curated figure')} that the "
                "registry tables can check agree with them.")
    differ = "differs" if differing.height == 1 else "differ"
    agree = "agrees" if agreeing.height == 1 else f"{formats.number(agreeing.height)} agree"
    return (f"**{formats.number(differing.height)} of the "
            f"{formats.plural(crosscheck.height, 'curated figure')} {differ} from the registry "
            "tables** (neither side is corrected here): "
            + "; ".join(
                f"{_escaped(r['short_title'])}, {_escaped(r['measure'])}: curated "
                f"{formats.number(r['curated'])}, registry table "
                f"{formats.number(r['computed'])} ({r['difference']:+,d})"
                for r in differing.to_dicts())
            + (f". The other {agree}." if agreeing.height else "."))


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
        + "; ".join(f"{names(row['short_title'])} on {formats.date(row['as_of'])}"
                    for row in stops)
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
            f"{_escaped(r['short_title'])} {formats.plural(r['days_threshold_to_force'], 'day')}"
            for r in gaps.to_dicts())
        + ". A gap that is not the treaty's own delay means another condition applied or "
        "the table lacks an earlier instrument (data/raw/historic/SOURCES.md).",
    ]
    return "\n".join(lines)
