# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Hanoi analysis
#     language: python
#     name: hanoi-analysis
# ---

# %% [markdown]
# How broad is participation in the United Nations Convention against Cybercrime? The seed
# article framed the Hanoi signing as a success in a time of declining multilateralism. This
# report tests that framing: which UN regional groups and blocs signed and which stayed
# away, how the new treaty overlaps with the Council of Europe's Budapest Convention
# (CETS 185), how its opening compares with earlier UN criminal-justice conventions, and how
# much of the world's population, and of the least developed and small island States, it
# covers. Every number is computed from the tables named under each chart.

# %% tags=["parameters"]
snapshot_id = "2025-11-19"
data_dir = "data/processed/snapshots/2025-11-19"
figures_dir = ""

# %%
from pathlib import Path

import polars as pl
from IPython.display import Markdown, display

from analysis import charts, narrative, vocabulary
from analysis.narrative import pct
from analysis.reportdata import SnapshotTables

tables = SnapshotTables(Path(data_dir))
report = charts.Report(snapshot_id, Path(figures_dir) if figures_dir else None)
summary = tables.summary()
groups = vocabulary.with_group_names(tables.group_participation)
overlap_summary = tables.budapest_overlap_summary
uptake = tables.opening_uptake.sort("event_start")

# %% [markdown]
# ## Does the signing show broad multilateral participation?

# %%
display(Markdown(narrative.participation_answer(summary, groups, uptake, overlap_summary)))

# %% [markdown]
# ## UN regional groups
#
# Members are the States that belong to each of the five UN regional groups; a State with a
# secondary seat counts once, in its primary group, and observers are counted apart.

# %%
memberships = tables.group_memberships.filter(pl.col("group_kind") == "un_regional_group")
display(Markdown(narrative.regional_seats(memberships)))
regional = groups.filter(pl.col("group_kind") == "un_regional_group").sort(
    "member_states_share_signed", descending=True)
display(report.figure(
    charts.bar_share(regional, category="group", share="member_states_share_signed",
                     label="Members that signed",
                     tooltip=["group_full", "member_states", "member_states_signed"]),
    name="regional-groups",
    title="Signatories by UN regional group",
    description="Horizontal bars, one per UN regional group: " + "; ".join(
        f"{r['group']} {r['member_states_signed']} of {r['member_states']} "
        f"({pct(r['member_states_share_signed'], 0)})" for r in regional.to_dicts()) + ".",
    dataset="group_participation (UN regional groups from country-groups.csv)",
    data=regional.select("group_full", "member_states", "member_states_signed",
                         "member_states_share_signed", "observers_and_partners",
                         "observers_and_partners_signed"),
))

# %% [markdown]
# ## Blocs
#
# The same count for each bloc, highest share first. Organizations that are members of a
# bloc are counted apart from its member States.

# %%
blocs = groups.filter(pl.col("group_kind") != "un_regional_group").sort(
    ["member_states_share_signed", "group_name"], descending=[True, False])
display(Markdown(narrative.bloc_organizations(tables.group_memberships)))
display(report.figure(
    charts.bar_share(blocs, category="group", share="member_states_share_signed",
                     label="Member States that signed",
                     tooltip=["group_full", "member_states", "member_states_signed"]),
    name="blocs",
    title="Signatories by bloc",
    description=(
        f"Horizontal bars for {blocs.height} blocs, highest share first: " + "; ".join(
            f"{r['group']} {pct(r['member_states_share_signed'], 0)}"
            for r in blocs.to_dicts()) + "."),
    dataset="group_participation (blocs from country-groups.csv and "
            "un-security-council-permanent.csv)",
    data=blocs.select("group_full", "member_states", "member_states_signed",
                      "member_states_share_signed", "member_organizations",
                      "member_organizations_signed"),
))
display(report.table(
    blocs.select("group", "member_states", "member_states_signed",
                 "member_states_share_signed", "members_signed", "members_not_signed",
                 "group_full"),
    name="bloc-members",
    caption="Members of each bloc that signed and that did not, highest share first",
    dataset="group_participation",
    columns=["group", "member_states", "member_states_signed", "member_states_share_signed",
             "members_signed", "members_not_signed"],
    sort=["member_states_share_signed", "group"], descending=[True, False],
))

# %%
display(Markdown(narrative.notable_members(groups, ("unsc_p5", "g7", "g20", "brics"))))

# %% [markdown]
# ## Overlap with the Budapest Convention
#
# The Council of Europe Convention on Cybercrime (Budapest, 2001) is the existing treaty on
# the same subject. "In the Budapest Convention" means a party or a signatory; invited
# States are not counted in it. Some party rows rest only on the Council of Europe's
# aggregate counts (`evidence = weak`); they are counted and flagged, and the overlap is also
# given without them.

# %%
overlap = tables.budapest_overlap
labels = {c: vocabulary.value("category", c) for c in overlap_summary["category"]}
counts = overlap_summary.with_columns(pl.col("category").replace_strict(labels).alias("group"))
long = pl.concat([
    counts.select("group", pl.lit("documented").alias("evidence"),
                  pl.lit(1).alias("part_order"), pl.col("states_documented_only").alias("states")),
    counts.select("group", pl.lit("weak evidence (Budapest row)").alias("evidence"),
                  pl.lit(2).alias("part_order"),
                  pl.col("states_with_weak_evidence").alias("states")),
])
display(report.figure(
    charts.stacked_counts(long, category="group", part="evidence", count="states",
                          label="States"),
    name="budapest-overlap",
    title="States in the Budapest Convention, the Hanoi Convention, both or neither",
    description="Stacked horizontal bars: " + "; ".join(
        f"{labels[r['category']]} {r['states']} States ({r['states_with_weak_evidence']} on "
        f"weak evidence; {r['states_documented_only']} without them)"
        for r in overlap_summary.to_dicts()) + ".",
    dataset="budapest_overlap_summary (budapest-cets185-status.csv, registry signatories)",
    data=counts.select("group", "states", "states_with_weak_evidence",
                       "states_documented_only", "un_member_states"),
))

# %%
display(Markdown(narrative.eu_position(tables.signatories, tables.group_memberships, overlap,
                                       overlap_summary)))
display(report.table(
    overlap.join(overlap_summary.select("category", "sort_order"), on="category").with_columns(
        pl.col("category").replace_strict(labels)).sort(["sort_order", "name"]).select(
        "category", "name", "iso3", "budapest_status", "budapest_evidence", "in_hanoi",
        "is_un_member"),
    name="budapest-overlap-states",
    caption="Every State by category (weak evidence: Budapest status from the Council of "
            "Europe's aggregate counts only)",
    dataset="budapest_overlap",
))

# %% [markdown]
# ## Opening uptake compared with earlier conventions
#
# Signatures on the first day and at the close of each treaty's signing event, as a share of
# the States eligible at the time. The counts come from signing-events.csv, which cites a
# source for each; its notes (in the table below) say where a count is partial, rests on a
# statement, or uses an assumed number of eligible States. The Hanoi Convention is also open
# to regional economic integration organizations, so its count of eligible States
# understates who could sign.

# %%
long_uptake = pl.concat([
    uptake.select("short_name", "event_start", "is_this_treaty",
                  pl.lit("first day").alias("measure"),
                  pl.col("day_one_share").alias("share"),
                  pl.col("signatories_day_one").alias("signatures"),
                  "eligible_states_at_time"),
    uptake.select("short_name", "event_start", "is_this_treaty",
                  pl.lit("close of event").alias("measure"),
                  pl.col("event_close_share").alias("share"),
                  pl.col("signatories_at_event_close").alias("signatures"),
                  "eligible_states_at_time"),
]).filter(pl.col("share").is_not_null()).sort("event_start", maintain_order=True)
display(report.figure(
    charts.grouped_shares(long_uptake, category="short_name", series="measure", share="share",
                          label="Eligible States that signed",
                          highlight="is_this_treaty"),
    name="opening-uptake",
    title="Opening uptake: the Hanoi Convention beside Palermo, Mérida and others",
    description="Grouped horizontal bars, first day and close of event, by treaty in order "
                "of the event: " + "; ".join(
        f"{r['short_name']} ({r['event_year']}): first day "
        f"{pct(r['day_one_share'], 0) if r['day_one_share'] is not None else 'not known'}, "
        f"close {pct(r['event_close_share'], 0)}" for r in uptake.to_dicts()) + ".",
    dataset="opening_uptake (signing-events.csv)",
    data=long_uptake,
))
display(report.table(
    uptake.select("short_name", "event_place", "event_start", "event_end",
                  "signatories_day_one", "signatories_at_event_close",
                  "eligible_states_at_time", "day_one_share", "event_close_share",
                  "attending_delegations_reported", "total_signatories_later", "notes"),
    name="signing-events",
    caption="Signing events of comparable treaties, in order of the event",
    dataset="opening_uptake",
    columns=["short_name", "event_start", "signatories_day_one", "signatories_at_event_close",
             "eligible_states_at_time", "event_close_share", "notes"],
    sort="event_start",
))
display(Markdown(narrative.registry_agreement(summary, uptake)))

# %% [markdown]
# ## Population and development groups
#
# Population is the World Bank's 2024 total (SP.POP.TOTL); development groups are the UN
# lists of least developed countries, landlocked developing countries and small island
# developing States as flagged in country-codes.csv.

# %%
development = tables.development_participation.sort("sort_order")
display(report.figure(
    charts.bar_share(development, category="dev_group", share="share_signed",
                     label="UN members that signed",
                     tooltip=["un_member_states", "signatories", "population_share_signed"]),
    name="development-groups",
    title="Signatories among least developed, landlocked and small island States",
    description="Horizontal bars: " + "; ".join(
        f"{r['dev_group']} {r['signatories']} of {r['un_member_states']} "
        f"({pct(r['share_signed'], 0)}), {pct(r['population_share_signed'], 0)} of the "
        "group's population" for r in development.to_dicts()) + ".",
    dataset="development_participation (country-codes.csv flags, World Bank 2024 population)",
    data=development.select("dev_group", "un_member_states", "signatories", "share_signed",
                            "population_2024", "signatory_population_2024",
                            "population_share_signed"),
))
display(Markdown(
    f"Signatory States are home to {pct(summary['world_population_share'])} of the world's "
    f"2024 population ({summary['signatory_population_2024'] / 1e9:.2f} of "
    f"{summary['world_population_2024'] / 1e9:.2f} billion)."))
