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
# Where are the signatories of the United Nations Convention against Cybercrime (the
# *Hanoi Convention*), and which of them have ratified? This report maps them, counts them
# by UN M49 region and sub-region, and states which share of UN member States and of the
# world's people they cover. It tells apart the States that have only signed from those
# that deposited an instrument of ratification, acceptance, approval or accession (an
# accession needs no signature).
# Every number below is computed from the registry snapshot named in the title block.

# %% tags=["parameters"]
snapshot_id = "2025-11-19"
data_dir = "data/processed/snapshots/2025-11-19"
atlas_path = "data/raw/reference/world-atlas-countries-110m.topo.json"
figures_dir = ""

# %%
from pathlib import Path

import polars as pl
from IPython.display import HTML, Markdown, display

from analysis import charts, formats, narrative, vocabulary
from analysis.narrative import names, pct
from analysis.reportdata import SnapshotTables, load_atlas

tables = SnapshotTables(Path(data_dir))
report = charts.Report(snapshot_id, Path(figures_dir) if figures_dir else None)
summary = tables.summary()
signatories = tables.signatories
countries = tables.countries
participants = vocabulary.in_words(tables.participants, ["status"])
progress = tables.entry_into_force.row(0, named=True)

# %% [markdown]
# ## Headline figures

# %%
states = signatories.filter(pl.col("is_state"))
organizations = signatories.filter(~pl.col("is_state"))
non_member_states = states.filter(~pl.col("is_un_member"))
display(Markdown(f"""
As of **{formats.date(snapshot_id)}**, the registry lists
**{summary['signatories_total']} signatories**:
{summary['signatory_states']} States and {organizations.height} regional economic integration
organization{'s' if organizations.height != 1 else ''}
({names(organizations['participant'])}).
Of the States, **{summary['un_member_signatories']}** are UN member States
({pct(summary['un_member_share'])} of all {summary['un_member_states']}), and
{non_member_states.height} {'is a' if non_member_states.height == 1 else 'are'} non-member
State{'s' if non_member_states.height != 1 else ''}
({names(non_member_states['participant'])}).
**{summary['signed_first_day']}** signed on the opening day and
{summary['signed_at_event']} during the signing event in Hanoi.
Signatory States are home to **{pct(summary['world_population_share'])}** of the world's
population in 2024 ({summary['signatory_population_2024'] / 1e9:.2f} of
{summary['world_population_2024'] / 1e9:.2f} billion people).
"""))

# %% [markdown]
# ## Signed and ratified

# %%
display(Markdown(narrative.participant_status(tables.participants)))
display(HTML(narrative.progress_bar(progress)))
display(Markdown(narrative.entry_into_force_paragraph(progress, snapshot_id)))

# %% [markdown]
# ## Map of signatories

# %%
features = tables.map_features
# Ratified first: the same colours as the regional and timeline charts (blue = instrument).
statuses = [vocabulary.value("status", s) for s in ("instrument_deposited", "signed_only")]
signed_states = participants.filter(pl.col("is_state")).join(features, on="iso3", how="left")
shown = ["status", pl.col("signature_date").cast(pl.String),
         pl.col("signature_place").alias("place"), "instrument",
         pl.col("instrument_date").cast(pl.String)]
shapes = signed_states.filter(pl.col("in_atlas_110m")).select("iso_numeric", "name", *shown)
dots = signed_states.filter(~pl.col("in_atlas_110m") & pl.col("in_atlas_50m")).select(
    "name", "lon", "lat", *shown)
unmapped = signed_states.filter(~pl.col("in_atlas_110m") & ~pl.col("in_atlas_50m"))
map_data = signed_states.select(
    "participant", "iso3",
    pl.when(pl.col("in_atlas_110m")).then(pl.lit("shape"))
    .when(pl.col("in_atlas_50m")).then(pl.lit("dot"))
    .otherwise(pl.lit("not drawn")).alias("drawn_as"),
    "region", *shown,
).sort("participant")
status_counts = {label: signed_states.filter(pl.col("status") == label).height
                 for label in statuses}
display(report.figure(
    charts.world_map(shapes, dots, status="status", statuses=statuses),
    name="signatory-map",
    title="Signatory States and States that ratified, on the world map",
    description=(
        f"World map (Equal Earth projection) of {signed_states.height} States: "
        + "; ".join(f"{count} {label} ({'blue' if i == 0 else 'orange'} on the map)"
                    for i, (label, count) in enumerate(status_counts.items()))
        + f". The 1:110m atlas draws {shapes.height} of them as shapes; {dots.height} smaller "
        f"States it lacks ({', '.join(dots['name'])}) are drawn as dots. "
        f"Countries that have neither signed nor deposited an instrument are grey."),
    dataset="participants, map_features (Natural Earth 1:110m and 1:50m via world-atlas 2.0.2)",
    data=map_data,
    datasets={charts.ATLAS: load_atlas(Path(atlas_path))},
))
display(Markdown(
    "**Not drawn as a country:** "
    + names(f"{name} (regional economic integration organization, signs beside its "
            "member States)" for name in organizations["participant"])
    + ". "
    + (f"**No geometry in the vendored atlas:** {names(unmapped['participant'])}."
       if unmapped.height else "Every signatory State is drawn.")
))

# %% [markdown]
# ## By region and sub-region
#
# Shares are of UN member States in each M49 region. Signatory States that are not UN
# members are counted apart ("Other signatory States"), so that the share stays a share of
# member States.

# %%
regional = tables.regional_participation
regions = regional.filter(pl.col("level") == "region").select(
    "region", "un_member_states", "un_member_signatories", "share_signed",
    "other_state_signatories")
display(report.figure(
    charts.bar_share(regions, category="region", share="share_signed",
                     label="UN members that signed",
                     tooltip=["un_member_states", "un_member_signatories"]),
    name="regional-share",
    title="Share of UN member States that signed, by M49 region",
    description=(
        "Horizontal bars, one per region: " + "; ".join(
            f"{r['region']} {r['un_member_signatories']} of {r['un_member_states']} "
            f"({pct(r['share_signed'], 0)})" for r in regions.sort(
                "share_signed", descending=True).to_dicts()) + "."),
    dataset="regional_participation (UN M49 regions from country-codes.csv)",
    data=regions,
))

# %%
sub_regions = regional.filter(pl.col("level") == "sub_region").select(
    "region", "sub_region", "un_member_states", "un_member_signatories", "share_signed",
    "other_state_signatories").sort(["share_signed", "sub_region"], descending=[True, False])
display(report.figure(
    charts.bar_share(sub_regions, category="sub_region", share="share_signed",
                     label="UN members that signed",
                     tooltip=["region", "un_member_states", "un_member_signatories"]),
    name="subregional-share",
    title="Share of UN member States that signed, by M49 sub-region",
    description=(
        f"Horizontal bars for the {sub_regions.height} sub-regions, highest first; highest: "
        f"{sub_regions['sub_region'][0]} ({pct(sub_regions['share_signed'][0], 0)}), "
        f"lowest: {sub_regions['sub_region'][-1]} ({pct(sub_regions['share_signed'][-1], 0)})."),
    dataset="regional_participation (UN M49 sub-regions from country-codes.csv)",
    data=sub_regions,
))

# %% [markdown]
# ## Signed and ratified, by region
#
# For each M49 region, the UN member States that signed and those that deposited an
# instrument of ratification, acceptance, approval or accession (with or without signing),
# as shares of the region's UN member States. Non-member States are counted apart.

# %%
by_status = tables.regional_status.filter(pl.col("level") == "region").select(
    "region", "un_member_states", "un_member_signatories", "share_signed",
    "un_member_instruments", "share_instruments", "other_state_signatories",
    "other_state_instruments").sort("region")
by_status_long = pl.concat([
    by_status.select("region", pl.lit(label).alias("status"), pl.col(count).alias("states"),
                     "un_member_states", pl.col(share).alias("share"))
    for label, count, share in (
        ("signed", "un_member_signatories", "share_signed"),
        (vocabulary.value("status", "instrument_deposited"), "un_member_instruments",
         "share_instruments"))])
display(report.figure(
    charts.grouped_shares(by_status_long, category="region", series="status", share="share",
                          label="Share of the region's UN member States")
    .configure_legend(labelLimit=0),
    name="regional-status-share",
    title="UN member States that signed and that ratified, by M49 region",
    description=(
        "Pairs of horizontal bars, one pair per region (signed; ratified, accepted, approved "
        "or acceded): " + "; ".join(
            f"{r['region']}: {r['un_member_signatories']} signed ({pct(r['share_signed'], 0)}), "
            f"{r['un_member_instruments']} deposited an instrument "
            f"({pct(r['share_instruments'], 0)}) of {r['un_member_states']}"
            for r in by_status.to_dicts()) + "."),
    dataset="regional_status (UN M49 regions from country-codes.csv)",
    data=by_status,
))

# %% [markdown]
# ## Signatures and instruments over time

# %%
timeline = tables.participation_timeline.select("series", "action_date", "added", "cumulative")
totals = {series: rows for (series,), rows in timeline.group_by(["series"])}
display(report.figure(
    charts.cumulative_by_series(timeline, date="action_date", total="cumulative",
                                series="series", title="Cumulative count"),
    name="participation-timeline",
    title="Signatures and instruments over time (cumulative)",
    description=(
        "Step lines of the running totals by date, one for signatures and one for "
        "instruments of ratification, acceptance, approval or accession (the EU's included): "
        + "; ".join(
            f"{series}: {rows['cumulative'].max()} by {rows['action_date'].max()}, over "
            f"{rows.height} dates from {rows['action_date'].min()}"
            for series, rows in sorted(totals.items()))
        + ("" if "instruments" in totals else "; no instrument deposited yet") + "."),
    dataset="participation_timeline",
    data=timeline.sort(["action_date", "series"]),
))

# %% [markdown]
# ## All signatories and States that ratified

# %%
inferred = signatories.filter(pl.col("date_basis") == "inferred")
display(Markdown(
    f"{inferred.height} signature dates are *inferred* (confirmed by news reports, dated from "
    "the registry's count of signatures on the opening day), the rest read from the registry."
    if inferred.height else "Every signature date is read from the registry."))
display(report.table(
    participants.select(
        "participant", "iso3", "region", "sub_region", "status",
        "signature_date",
        pl.col("signature_place").alias("place"),
        pl.col("signature_date_basis").alias("date_basis"), "instrument", "instrument_date",
        "is_un_member").sort("participant"),
    name="signatories",
    caption=(f"All {participants.height} participants as of {snapshot_id}: "
             f"{signatories.height} signatories and "
             f"{participants.filter(pl.col('signature_date').is_null()).height} "
             "that acceded without signing"),
    dataset="participants", sort="participant", searchable=True,
    columns=["participant", "region", "status", "signature_date", "place", "instrument",
             "instrument_date"],
))
