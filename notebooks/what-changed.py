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
from IPython.display import Markdown, display

from analysis import charts, narrative
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
    counts = new.group_by("action").agg(pl.len().alias("n")).sort("action")
    display(Markdown(
        f"Since **{previous}**: " + (", ".join(
            f"{row['n']} new {row['action']}{'s' if row['n'] != 1 else ''}"
            for row in counts.to_dicts()) or "no new actions") + "; "
        + (f"**{corrections.height} correction{'s' if corrections.height != 1 else ''} "
           "to earlier entries** (see below)." if corrections.height
           else "no earlier entry changed or vanished.")))
    for action in counts["action"]:
        display(report.table(
            new.filter(pl.col("action") == action).select(
                "participant", "iso3", "action_date", "place").sort(["action_date",
                                                                     "participant"]),
            name=f"new-{action}", caption=f"New {action}s since {previous}",
            dataset="snapshot_changes"))
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
display(Markdown(narrative.entry_into_force_progress(progress)))
display(report.table(
    tables.entry_into_force.select("instruments_required", "instruments_deposited",
                                   "organization_instruments_not_counted",
                                   "required_instrument_date", "entry_into_force_date"),
    name="entry-into-force", caption=f"Entry into force as of {snapshot_id}",
    dataset="entry_into_force"))
