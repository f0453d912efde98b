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
# *Hanoi Convention*)? This report maps them, counts them by UN M49 region and sub-region,
# and states which share of UN member States and of the world's people they cover.
# Every number below is computed from the registry snapshot named in the title block.

# %% tags=["parameters"]
snapshot_id = "2025-11-19"
data_dir = "data/processed/snapshots/2025-11-19"
atlas_path = "data/raw/reference/world-atlas-countries-110m.topo.json"
figures_dir = ""

# %%
from pathlib import Path

import polars as pl
from IPython.display import Markdown, display

from analysis import charts
from analysis.narrative import names, pct
from analysis.reportdata import SnapshotTables, load_atlas

tables = SnapshotTables(Path(data_dir))
report = charts.Report(snapshot_id, Path(figures_dir) if figures_dir else None)
summary = tables.summary()
signatories = tables.signatories
countries = tables.countries

# %% [markdown]
# ## Headline figures

# %%
states = signatories.filter(pl.col("is_state"))
organizations = signatories.filter(~pl.col("is_state"))
non_member_states = states.filter(~pl.col("is_un_member"))
display(Markdown(f"""
As of **{snapshot_id}**, the registry lists **{summary['signatories_total']} signatories**:
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
# ## Map of signatories

# %%
features = tables.map_features
signed_states = states.join(features, on="iso3", how="left")
shapes = signed_states.filter(pl.col("in_atlas_110m")).select(
    "iso_numeric", "name", pl.col("signature_date").cast(pl.String), "place")
dots = signed_states.filter(~pl.col("in_atlas_110m") & pl.col("in_atlas_50m")).select(
    "name", "lon", "lat", pl.col("signature_date").cast(pl.String), "place")
unmapped = signed_states.filter(~pl.col("in_atlas_110m") & ~pl.col("in_atlas_50m"))
map_data = signed_states.select(
    "participant", "iso3",
    pl.when(pl.col("in_atlas_110m")).then(pl.lit("shape"))
    .when(pl.col("in_atlas_50m")).then(pl.lit("dot"))
    .otherwise(pl.lit("not drawn")).alias("drawn_as"),
    "region", pl.col("signature_date").cast(pl.String), "place",
).sort("participant")
display(report.figure(
    charts.world_map(shapes, dots),
    name="signatory-map",
    title="Signatory States on the world map",
    description=(
        f"World map (Equal Earth projection) with the {shapes.height} signatory States that "
        f"the 1:110m atlas draws filled in blue, and {dots.height} smaller signatory States "
        f"it lacks ({', '.join(dots['name'])}) drawn as blue dots. "
        f"Countries that have not signed are grey."),
    dataset="signatories, map_features (Natural Earth 1:110m and 1:50m via world-atlas 2.0.2)",
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
# members are counted apart (`other_state_signatories`), so that the share stays a share of
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
# ## Signatures over time

# %%
timeline = tables.signature_timeline.select(
    "signature_date", "place", "signatures", "cumulative_signatures")
display(report.figure(
    charts.cumulative_steps(timeline, date="signature_date", total="cumulative_signatures"),
    name="signature-timeline",
    title="Signatures over time (cumulative)",
    description=(
        "Step line of the running total of signatures by date: " + "; ".join(
            f"{r['signature_date']} ({r['place']}): +{r['signatures']}, total "
            f"{r['cumulative_signatures']}" for r in timeline.to_dicts()) + "."),
    dataset="signature_timeline",
    data=timeline,
))

# %% [markdown]
# ## All signatories

# %%
inferred = signatories.filter(pl.col("date_basis") == "inferred")
display(Markdown(
    f"{inferred.height} signature dates are *inferred* (confirmed by news reports, dated from "
    "the registry's count of signatures on the opening day), the rest read from the registry."
    if inferred.height else "Every signature date is read from the registry."))
display(report.table(
    signatories.join(countries.select("iso3", "name"), on="iso3", how="left").select(
        "participant", "iso3", "region", "sub_region", "signature_date", "place",
        "date_basis", "is_un_member").sort("participant"),
    name="signatories",
    caption=f"All {signatories.height} signatories as of {snapshot_id}",
    dataset="signatories",
))
