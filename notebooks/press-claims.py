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
# Press coverage of the Hanoi signing gave many different numbers for the same event. This
# report sets each claim against the UN Treaty Collection registry as it stood when the
# claim was published: a signature dated the opening day counts for that day's articles, one
# dated a later day counts from the next day on. Attendance is not recorded by the registry,
# so attendance claims are compared with each other instead.

# %% tags=["parameters"]
snapshot_id = "2025-11-19"
data_dir = "data/processed/snapshots/2025-11-19"
figures_dir = ""

# %%
import html
from pathlib import Path

import polars as pl
from IPython.display import HTML, Markdown, display

from analysis import charts, narrative, vocabulary
from analysis.reportdata import SnapshotTables

tables = SnapshotTables(Path(data_dir))
report = charts.Report(snapshot_id, Path(figures_dir) if figures_dir else None)
verdicts = tables.claim_verdicts
articles = tables.articles
paragraphs = tables.article_paragraphs
distinct = verdicts.filter(pl.col("same_as_ledger_claim").is_null())

# %% [markdown]
# ## Claims in the ingested articles
#
# Each article in `data/raw/articles/` is stripped of its page furniture (navigation, image
# file names, captions, related-article lists) and searched for numeric claims about how many
# States signed, ratified, attended or were represented, what entry into force requires, and
# how many of a region or bloc signed. Each claim is shown in its paragraph. An article in a
# language without claim patterns says so.

# %%
for article in articles.sort("article_id").to_dicts():
    claims = verdicts.filter((pl.col("source") == "extracted")
                             & (pl.col("article_id") == article["article_id"]))
    lines = paragraphs.filter(pl.col("article_id") == article["article_id"])
    kept = lines.filter(~pl.col("is_furniture"))
    blocks = [
        f"<h3>{html.escape(article['title'])}</h3>",
        f"<p>{html.escape(article['publisher'])}, {article['published']} "
        f"({html.escape(article['language'])}); {kept.height} paragraphs kept, "
        f"{lines.height - kept.height} lines of page furniture stripped; "
        + (f"<strong>{html.escape(article['claims_note'])}</strong>.</p>"
           if article["claims_note"] else
           f"{claims.height} claim{'s' if claims.height != 1 else ''} found.</p>"),
    ]
    for claim in claims.sort("claim_id").to_dicts():
        paragraph = kept.filter(pl.col("paragraph_no") == claim["paragraph_no"])["text"][0]
        blocks.append(narrative.claim_in_context(claim, paragraph))
    display(HTML("\n".join(blocks)))

# %%
stripped = paragraphs.filter(pl.col("is_furniture")).group_by("furniture_rule").agg(
    pl.len().alias("lines")).sort(["lines", "furniture_rule"], descending=[True, False])
display(report.table(stripped, name="furniture", caption="Lines stripped, by rule, most first",
                     dataset="article_paragraphs", sort="lines", descending=True))

# %% [markdown]
# ## Verdicts
#
# Signatory counts are judged against the registry count when the claim was published
# (forecasts: at the close of the signing event; undated claims: at this snapshot).
# "Held when published" means the claim matched the registry on the day it was published,
# but the registry has moved on since.

# %%
summary = distinct.group_by("claim_kind", "verdict").agg(pl.len().alias("claims")).sort(
    ["claim_kind", "verdict"])
display(report.table(summary, name="verdict-counts",
                     caption="Claims by kind and verdict (each claim once)",
                     dataset="claim_verdicts"))

# %%
signatory_claims = distinct.filter((pl.col("claim_kind") == "signatories")
                                   & pl.col("published").is_not_null())
undated = distinct.filter((pl.col("claim_kind") == "signatories")
                          & pl.col("published").is_null())
steps = tables.registry_press_counts.select("day", "signatories")
display(report.figure(
    charts.claims_over_time(steps, signatory_claims.select(
        "claim_id", "publisher", "published", "qualifier", "value", "verdict", "is_forecast",
        "registry_count")),
    name="claims-over-time",
    title="Reported signatory counts against the registry",
    description=(
        f"Points: the {signatory_claims.height} dated signatory claims by publication date, "
        "coloured by verdict; line: the registry count the press could know each day, "
        f"reaching {steps['signatories'].max()}. "
        f"{undated.height} undated claims are not drawn; they are in the table below."),
    dataset="claim_verdicts, registry_press_counts (press-claims.csv, articles, registry)",
    data=signatory_claims.select("claim_id", "publisher", "published", "qualifier", "value",
                                 "registry_count", "difference", "verdict"),
))

# %% [markdown]
# ## Which outlets were wrong, and by how much

# %%
outlets = tables.outlet_accuracy
display(Markdown(narrative.outlet_misses(outlets)))
display(report.table(
    outlets.join(narrative.claims_by_outlet(distinct.filter(
        pl.col("claim_kind") == "signatories")), on="publisher", how="left").select(
        "publisher", "signatory_claims", "consistent", "consistent_then", "understated",
        "overstated", "wrong", "largest_miss", "reported"),
    name="outlets", caption="Signatory claims per outlet, wrong first, then by largest miss",
    dataset="outlet_accuracy", sort=["wrong", "largest_miss", "publisher"],
    descending=[True, True, False]))

# %% [markdown]
# ## How many attended?
#
# The registry records signatures, not attendance, so attendance figures can only be
# compared with each other.

# %%
attendance = distinct.filter(pl.col("claim_kind").is_in(["attending_states",
                                                         "attending_delegations"]))
display(report.figure(
    charts.value_strip(attendance.select("claim_kind", "value", "qualifier", "publisher",
                                         "published", "is_forecast"),
                       category="claim_kind", value="value", label="Reported number"),
    name="attendance-spread",
    title="Spread of reported attendance",
    description="Dots, one per claim: " + "; ".join(
        f"{vocabulary.value('claim_kind', r['claim_kind'])}: {r['claims']} claims from "
        f"{r['lowest']} to "
        f"{r['highest']}, median {r['median']:g}"
        for r in tables.attendance_spread.filter(pl.col("claim_kind").is_in(
            ["attending_states", "attending_delegations"])).to_dicts()) + ".",
    dataset="claim_verdicts (press-claims.csv, articles)",
    data=attendance.select("claim_id", "claim_kind", "value", "qualifier", "publisher",
                           "published"),
))
display(report.table(tables.attendance_spread, name="attendance",
                     caption="Attendance and other unverifiable counts, compared with each "
                             "other", dataset="attendance_spread",
                     columns=["claim_kind", "claims", "lowest", "median", "highest",
                              "values_reported"]))

# %% [markdown]
# ## Every claim

# %%
display(report.table(
    narrative.with_reported(verdicts).select(
        "claim_id", "publisher", "published", "claim_kind", "subset_group", "reported",
        "registry_count", "verdict", "context", "source", "language", "published_time",
        "qualifier", "value", "value_high", "is_forecast", "compared_with",
        "registry_predates_article", "difference", "same_as_ledger_claim", "url"),
    name="all-claims", caption=f"All {verdicts.height} claims with their verdicts, by claim",
    dataset="claim_verdicts", sort="claim_id", searchable=True,
    columns=["claim_id", "publisher", "published", "claim_kind", "reported",
             "registry_count", "verdict", "context"]))
