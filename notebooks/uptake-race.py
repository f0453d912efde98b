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
# Is the United Nations Convention against Cybercrime joining faster or slower than earlier
# treaties did at the same age? This report sets its registry record beside the full
# participant tables of earlier treaties kept by the UN Treaty Collection (named in the
# first section and under each chart). Every figure is computed from those tables, each cut
# at the date its data reflect; the caveats at the end say what they cannot show.

# %% tags=["parameters"]
snapshot_id = "2025-11-19"
data_dir = "data/processed/snapshots/2025-11-19"
figures_dir = ""

# %%
from pathlib import Path

import polars as pl
from IPython.display import Markdown, display

from analysis import charts, formats, narrative
from analysis.reportdata import SnapshotTables

tables = SnapshotTables(Path(data_dir))
report = charts.Report(snapshot_id, Path(figures_dir) if figures_dir else None)
treaties = tables.uptake_treaties.sort("sort_order")
curves = tables.uptake_curves.sort("sort_order", "day")
milestones = tables.treaty_milestones.sort("sort_order")
scenarios = tables.eif_scenarios.sort("sort_order")
overlap = narrative.with_regional_group_names(
    tables.treaty_overlap.sort("sort_order", "un_regional_group"))
crosscheck = tables.signing_event_crosscheck.sort("sort_order", "measure_order")
this = treaties.filter(pl.col("is_this_treaty")).row(0, named=True)
sources = narrative.historic_sources(treaties)
# The conventions the Hanoi Convention builds on, for the list of parties that did not sign.
FOUNDATIONS = ("untc-XVIII-12", "untc-XVIII-14")

# %% [markdown]
# ## The race at the same age

# %%
display(Markdown(narrative.uptake_at_same_age(milestones)))

# %% [markdown]
# ## Signatures by day since the opening for signature
#
# Day 1 is each treaty's opening day. Every signatory counts, the European Union included,
# as the registry counts them. A curve ends on the last day its table covers.

# %%
first_year = curves.filter(pl.col("day") <= 365)
display(report.figure(
    charts.uptake_steps(curves, count="signatures", label="Signatures (cumulative)",
                        last_day=365),
    name="signatures-first-year",
    title="Signatures in the first 365 days: the Hanoi Convention beside earlier treaties",
    description="Step lines, one per treaty, of cumulative signatures by day since opening, "
                "days 1 to 365: " + "; ".join(
        f"{r['short_title']} {formats.number(r['signatures_day_1'])} on day 1, "
        + (f"{formats.number(r['signatures_day_365'])} by day 365"
           if r["signatures_day_365"] is not None
           else f"{formats.number(r['signatures_total'])} by day "
                f"{formats.number(r['days_of_data'])}, where its data end")
        for r in milestones.to_dicts()) + ".",
    dataset=f"uptake_curves ({sources})",
    data=first_year.select("short_title", "day", "date", "signatures"),
))

# %% [markdown]
# ## Instruments toward entry into force
#
# Instruments of ratification, acceptance, approval, accession or succession deposited by
# States, the ones that count toward each treaty's threshold. A diamond marks the day each
# treaty's own threshold was reached; the dashed line is the Hanoi Convention's threshold.

# %%
thresholds = milestones.filter(pl.col("threshold_instrument_day").is_not_null()).select(
    "short_title", "is_this_treaty", "sort_order",
    pl.col("threshold_instrument_day").alias("day"),
    pl.col("threshold_instrument_date").cast(pl.String).alias("date"),
    pl.col("threshold_instruments").alias("threshold"))
four_years = 4 * 365 + 1
for name, last_day, span in (("instruments-four-years", four_years, "the first four years"),
                             ("instruments-whole-record", int(curves["day"].max()),
                              "the whole record")):
    display(report.figure(
        charts.uptake_steps(curves, count="instruments",
                            label="Instruments by States (cumulative)", last_day=last_day,
                            thresholds=thresholds,
                            this_threshold=this["threshold_instruments"]),
        name=name,
        title=f"Instruments toward entry into force, {span}",
        description="Step lines of cumulative instruments by States, days 1 to "
                    f"{formats.number(last_day)}, "
                    "with each treaty's threshold day marked: " + "; ".join(
            f"{r['short_title']} reached its threshold of {r['threshold_instruments']} on day "
            f"{formats.number(r['threshold_instrument_day'])} "
            f"({formats.date(r['threshold_instrument_date'])})"
            if r["threshold_instrument_day"] is not None else
            f"{r['short_title']} "
            f"{formats.count_of(r['instruments_total'], r['threshold_instruments'])} by day "
            f"{formats.number(r['days_of_data'])}" for r in milestones.to_dicts()) + ".",
        dataset=f"uptake_curves, treaty_milestones ({sources})",
        data=curves.filter(pl.col("day") <= last_day).select(
            "short_title", "day", "date", "instruments", "threshold_instruments"),
    ))

# %% [markdown]
# ## Milestones
#
# Signatures on day 1, at the close of the signing event, by day 30 and by day 365;
# instruments by States by day 365; the date the threshold instrument was deposited and the
# date of entry into force. The CSV download adds instruments by day 30, both counts on the
# day the Hanoi Convention has reached, and the days behind each date. An empty cell means
# the treaty had no signing event, or its data do not reach that day yet.

# %%
display(report.table(
    milestones.select(
        "short_title", "opened_for_signature", "as_of", "signatures_day_1",
        "signatures_event_close", "signatures_day_30", "signatures_day_365",
        "instruments_day_30", "instruments_day_365", "same_age_day", "signatures_same_age",
        "instruments_same_age", "threshold_instruments",
        "threshold_instrument_day", "threshold_instrument_date", "entry_into_force_day",
        "entry_into_force_date", "days_threshold_to_force"),
    columns=["short_title", "signatures_day_1", "signatures_event_close", "signatures_day_30",
             "signatures_day_365", "instruments_day_365", "threshold_instrument_date",
             "entry_into_force_date"],
    name="milestones",
    caption="Milestones of the Hanoi Convention and the earlier treaties (day 1 = opening day)",
    dataset=f"treaty_milestones ({sources})",
))

# %% [markdown]
# ## When could it enter into force? A range, not a forecast

# %%
start = scenarios.row(0, named=True) if scenarios.height else None
if start is not None:
    display(Markdown("**Method.** " + narrative.scenario_method(
        start["start_count"], start["target"], start["entry_into_force_delay_days"])))
display(Markdown(narrative.scenario_range(scenarios, snapshot_id)))
dated = scenarios.filter(pl.col("entry_into_force_date").is_not_null()).sort(
    "entry_into_force_date", "sort_order")
if dated.height:
    display(report.figure(
        charts.date_range_dots(dated, category="short_title", date="entry_into_force_date",
                               label="Entry into force",
                               start=snapshot_id),
        name="entry-into-force-scenarios",
        title="Entry into force if the Hanoi Convention kept each earlier treaty's pace",
        description="One dot per earlier treaty on a date axis, from the snapshot date "
                    f"{formats.date(snapshot_id)} (dashed): " + "; ".join(
            f"{r['short_title']} {formats.date(r['entry_into_force_date'])}"
            for r in dated.to_dicts())
            + ".",
        dataset=f"eif_scenarios ({sources})",
        data=dated.select("short_title", "start_count", "comparator_start_date",
                          "comparator_target_date", "days_to_target", "target_date",
                          "entry_into_force_date"),
    ))

# %% [markdown]
# ## Who signed the Hanoi Convention, and who stayed away
#
# How the Hanoi Convention's signatory States stand in each earlier treaty: party (an
# instrument deposited), signatory only, or neither, on the date that treaty's table
# reflects (status_date).

# %%
totals = overlap.filter(pl.col("is_total"))
statuses = {"signatories_party": "party", "signatories_signatory_only": "signatory only",
            "signatories_not_participant": "neither"}
overlap_long = pl.concat([
    totals.select("short_title", pl.lit(label).alias("status"),
                  pl.lit(position).alias("part_order"), pl.col(column).alias("states"))
    for position, (column, label) in enumerate(statuses.items(), start=1)])
display(report.figure(
    charts.stacked_counts(overlap_long, category="short_title", part="status",
                          count="states", label="Signatory States"),
    name="signatories-in-earlier-treaties",
    title="The Hanoi Convention's signatory States in the earlier treaties",
    description="Stacked horizontal bars per earlier treaty: "
                + narrative.signatories_in_earlier_treaties(totals) + ".",
    dataset=f"treaty_overlap ({sources})",
    data=totals.select("short_title", "status_date", "signatory_states", "signatories_party",
                       "signatories_signatory_only", "signatories_not_participant"),
))

# %% [markdown]
# ### Parties to UNTOC and UNCAC that have not signed the Hanoi Convention
#
# By UN regional group; "party" as of the date each table reflects.

# %%
for treaty_id in FOUNDATIONS:
    rows = overlap.filter((pl.col("treaty_id") == treaty_id) & ~pl.col("is_total"))
    if rows.is_empty():
        display(Markdown(f"No participant table for treaty {treaty_id}."))
        continue
    total = overlap.filter((pl.col("treaty_id") == treaty_id) & pl.col("is_total")).row(
        0, named=True)
    display(Markdown(narrative.parties_not_signed(total)))
    display(report.table(
        rows.select("group", "parties", "parties_not_signed", "parties_not_signed_names",
                    "group_full"),
        columns=["group", "parties", "parties_not_signed", "parties_not_signed_names"],
        name=f"parties-not-signed-{treaty_id}",
        caption=f"Parties to {total['short_title']} (as of {formats.date(total['status_date'])})"
                " that have "
                "not signed the Hanoi Convention, by UN regional group",
        dataset=f"treaty_overlap ({sources})",
    ))

# %% [markdown]
# ## The curated figures against the registry
#
# The multilateral-participation report compares opening events with figures curated from
# press releases (signing-events.csv). Where a registry table can compute the same figure,
# both are shown; a difference is flagged, and neither is corrected. The sources and notes of
# each curated figure are in that report's table of signing events.

# %%
display(Markdown(narrative.crosscheck_findings(crosscheck)))
display(report.table(
    crosscheck.select("short_title", "measure", "through_date", "curated", "computed",
                      "difference", "differs"),
    name="curated-vs-registry",
    caption="Signing-event figures: curated (signing-events.csv) and computed from the "
            "registry tables",
    dataset=f"signing_event_crosscheck (signing-events.csv; {sources})",
))

# %% [markdown]
# ## Caveats

# %%
display(Markdown(narrative.uptake_caveats(treaties, milestones)))
