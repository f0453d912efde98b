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
# What the registry records now that it did not record in the previous snapshot: new
# signatories and new instruments, and corrections (an earlier action whose date or place
# changed, an action that vanished, a participant listed under a new name), which are
# flagged rather than hidden. Then the progress toward entry into force.

# %% tags=["parameters"]
snapshot_id = "2025-11-19"
data_dir = "data/processed/snapshots/2025-11-19"
figures_dir = ""

# %%
from pathlib import Path

import polars as pl
from IPython.display import HTML, Markdown, display

from analysis import charts, formats, narrative
from analysis.reportdata import SnapshotTables

tables = SnapshotTables(Path(data_dir))
report = charts.Report(snapshot_id, Path(figures_dir) if figures_dir else None)
snapshot = tables.snapshots.row(0, named=True)
changes = tables.snapshot_changes
progress = tables.entry_into_force.row(0, named=True)
previous = snapshot["previous_snapshot_id"]

# %% [markdown]
# ## Changes since the previous snapshot

# %%
if previous is None:
    display(Markdown(f"Snapshot {snapshot_id} is the first one built: there is nothing to "
                     "compare it with. Its full list of signatories is in the signatory "
                     "geography report."))
else:
    new = changes.filter(pl.col("change") == "new")
    corrections = changes.filter(pl.col("change") != "new")
    counts = new.group_by("action").agg(pl.len().alias("n")).sort(
        pl.col("action") != "signature", "action")
    display(Markdown(
        narrative.new_actions(previous, tables.new_actions) + " "
        + (f"**{formats.plural(corrections.height, 'correction')} "
           "to earlier entries** (see below)." if corrections.height
           else "No earlier entry changed or vanished.")))
    for action in counts["action"]:
        display(report.table(
            new.filter(pl.col("action") == action).select(
                "participant", "iso3", "action_date", "place").sort(["action_date",
                                                                     "participant"]),
            name=f"new-{action}", caption=f"New {action}s since {formats.date(previous)}, by date",
            dataset="snapshot_changes", sort=["action_date", "participant"]))
    if corrections.height:
        display(Markdown("**Corrections to earlier entries.** " + "; ".join(
            f"{narrative.names([row['participant']])} ({row['action']}): "
            f"{narrative.CHANGE_WORDS[row['change']]}"
            for row in corrections.to_dicts()) + "."))
        display(report.table(
            corrections.select("participant", "previous_name", "iso3", "action", "change",
                               "previous_action_date", "action_date", "previous_place",
                               "place"),
            name="corrections", caption=f"Entries changed or removed since {previous}",
            dataset="snapshot_changes"))

# %% [markdown]
# ## Progress toward entry into force

# %%
display(HTML(narrative.progress_bar(progress)))
display(Markdown(narrative.entry_into_force_paragraph(progress, snapshot_id)))
display(report.table(
    tables.entry_into_force.select("instruments_required", "instruments_deposited",
                                   "ratifications", "acceptances", "approvals", "accessions",
                                   "organization_instruments_not_counted",
                                   "signatories_without_instrument",
                                   "required_instrument_date", "entry_into_force_date"),
    name="entry-into-force", caption=f"Entry into force as of {formats.date(snapshot_id)}",
    dataset="entry_into_force",
    columns=["instruments_deposited", "ratifications", "acceptances", "approvals",
             "accessions", "signatories_without_instrument", "entry_into_force_date"]))
deposited = tables.participants.filter(pl.col("status") == "instrument_deposited")
organizations = deposited.filter(~pl.col("is_state")).height
if deposited.height:
    display(report.table(
        deposited.select("participant", "iso3", "instrument", "instrument_date",
                         "signature_date").sort(["instrument_date", "participant"]),
        name="instruments", caption=f"All {deposited.height} instruments deposited as of "
        f"{snapshot_id}" + (f", {organizations} of them by a regional economic integration "
                            "organization (not counted toward entry into force)"
                            if organizations else ""),
        dataset="participants"))
