"""Synthetic treaty-registry data for the transform-scaling benchmark.

~600 multilateral treaties; each has up to ~200 participants drawn from the real country
list (UN member States mostly, observer/associated States sometimes, the European Union
as a regional economic integration organization on some treaties, and, rarely, a code
that is no State at all so that the odd edge cases of the SQL models are exercised).
A participant signs (~75%), then ratifies (or accepts/approves) some years later; one that
never signed may accede. Dates spread from 1950 to 2025.

Every treaty is observed in many registry snapshots (as-of dates between its opening and
2025); snapshot k holds the actions dated on or before its as-of date. Each treaty x
snapshot becomes one ``snapshot_id`` partition, so the project's SQL models, written for
one treaty with several snapshots, run on it unchanged. Rows are generated with numpy and
polars (no Python loop over rows) and cut to exactly the requested count.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import polars as pl

START = dt.date(1950, 1, 1)
END = dt.date(2025, 11, 19)
EPOCH = dt.date(1970, 1, 1)
OBSERVER_STATES = ("VAT", "PSE", "COK", "NIU")
EU = "European Union"
CONSENT = np.array(["ratification", "acceptance", "approval"])
PLACES = np.array(["New York", "Geneva", "Vienna", "Paris", "Rome"])


def _days(day: dt.date) -> int:
    return (day - EPOCH).days


def participants_pool(country_codes: pl.DataFrame,
                      un_member_additions: pl.DataFrame) -> pl.DataFrame:
    """The real country list with a draw weight per code (UN members weigh most)."""
    additions = set(un_member_additions["iso3"].to_list())
    frame = country_codes.select(
        "iso3",
        pl.coalesce("cldr_name", "official_name_en", "iso3").alias("participant"),
        pl.col("unterm_english_short"),
    ).with_columns(
        is_member=(pl.col("iso3").is_in(list(additions))
                   | (pl.col("unterm_english_short").is_not_null()
                      & ~pl.col("unterm_english_short").str.contains("*", literal=True))),
    )
    weight = (pl.when(pl.col("is_member")).then(1.0)
              .when(pl.col("iso3").is_in(list(OBSERVER_STATES))).then(0.5)
              .otherwise(0.01))
    return frame.with_columns(weight=weight).select("iso3", "participant", "weight")


def _treaty_actions(rng: np.random.Generator, pool: pl.DataFrame,
                    treaties: int) -> pl.DataFrame:
    """Every action of every treaty (one registry, fully grown), sorted by treaty and date."""
    iso3 = np.array(pool["iso3"].to_list(), dtype=object)
    names = np.array(pool["participant"].to_list(), dtype=object)
    weight = pool["weight"].to_numpy()
    weight = weight / weight.sum()
    sizes = np.clip(np.round(10 + 190 * rng.beta(2.0, 2.0, treaties)), 5, 200).astype(int)
    # Draw participants without replacement per treaty (a few hundred draws each).
    chosen = np.concatenate([rng.choice(len(iso3), size, replace=False, p=weight)
                             for size in sizes])
    treaty = np.repeat(np.arange(treaties), sizes)
    opened_treaty = rng.integers(_days(START), _days(dt.date(2020, 1, 1)), treaties)
    opened = opened_treaty[treaty]
    n = len(chosen)
    signs = rng.random(n) < 0.75
    consents = signs & (rng.random(n) < 0.7)
    accedes = ~signs & (rng.random(n) < 0.85)
    sign_day = opened + rng.exponential(200.0, n).astype(int)
    consent_day = sign_day + 30 + rng.exponential(900.0, n).astype(int)
    accede_day = opened + 365 + rng.exponential(1500.0, n).astype(int)
    consent_kind = CONSENT[rng.choice(3, n, p=[0.8, 0.1, 0.1])]
    place = PLACES[rng.choice(len(PLACES), n, p=[0.8, 0.08, 0.05, 0.04, 0.03])]
    parts = []
    signature = np.full(n, "signature", dtype=object)
    accession = np.full(n, "accession", dtype=object)
    for mask, kind, day in ((signs, signature, sign_day), (consents, consent_kind, consent_day),
                            (accedes, accession, accede_day)):
        parts.append(pl.DataFrame({
            "treaty": treaty[mask],
            "iso3": iso3[chosen[mask]],
            "participant": names[chosen[mask]],
            "action": kind[mask],
            "day": np.minimum(day[mask], _days(END)),
            "place": place[mask],
        }, schema_overrides={"iso3": pl.String, "participant": pl.String,
                             "action": pl.String, "place": pl.String}))
    actions = pl.concat(parts)
    # The European Union takes part in about a third of the treaties (no ISO3 code).
    eu_treaties = np.flatnonzero(rng.random(treaties) < 0.3)
    eu_day = np.minimum(opened_treaty[eu_treaties]
                        + rng.exponential(300.0, len(eu_treaties)).astype(int), _days(END))
    actions = pl.concat([actions, pl.DataFrame({
        "treaty": eu_treaties, "iso3": [None] * len(eu_treaties),
        "participant": [EU] * len(eu_treaties), "action": ["signature"] * len(eu_treaties),
        "day": eu_day, "place": ["New York"] * len(eu_treaties),
    }, schema=actions.schema)])
    return actions.sort("treaty", "day", "participant", "action")


def generate(rows: int, country_codes: pl.DataFrame, un_member_additions: pl.DataFrame, *,
             treaties: int = 600, seed: int = 20251025) -> tuple[pl.DataFrame, pl.DataFrame]:
    """``(stg_registry_actions, stg_snapshots)`` with exactly ``rows`` action rows."""
    rng = np.random.default_rng(seed)
    actions = _treaty_actions(rng, participants_pool(country_codes, un_member_additions),
                              treaties)
    treaty = actions["treaty"].to_numpy()
    day = actions["day"].to_numpy()
    start = np.searchsorted(treaty, np.arange(treaties), "left")
    stop = np.searchsorted(treaty, np.arange(treaties), "right")
    first_day = day[start]
    # Snapshots per treaty: enough that the prefixes add up to `rows` (grow until they do).
    per_treaty = max(1, int(np.ceil(rows / max(1, len(actions)) * 1.6)))
    while True:
        # As-of dates spread between each treaty's first action and the end date.
        fractions = np.sort(rng.random((treaties, per_treaty)), axis=1)
        as_of = (first_day[:, None] + fractions * (_days(END) - first_day[:, None])).astype(int)
        as_of[:, -1] = _days(END)
        lengths = np.empty_like(as_of)
        for t in range(treaties):
            lengths[t] = np.searchsorted(day[start[t]:stop[t]], as_of[t], "right")
        if lengths.sum() >= rows:
            break
        per_treaty *= 2
    # Partitions in a shuffled order, cut where the running total reaches `rows`.
    order = rng.permutation(treaties * per_treaty)
    part_treaty, part_k = np.divmod(order, per_treaty)
    part_len = lengths[part_treaty, part_k]
    keep = part_len > 0
    part_treaty, part_k, part_len = part_treaty[keep], part_k[keep], part_len[keep]
    total = np.cumsum(part_len)
    last = int(np.searchsorted(total, rows, "left"))
    part_treaty, part_k, part_len = part_treaty[:last + 1], part_k[:last + 1], part_len[:last + 1]
    part_len[-1] -= int(total[last] - rows)
    part_as_of = as_of[part_treaty, part_k]
    partition = np.repeat(np.arange(len(part_len)), part_len)
    offset = np.arange(rows) - np.repeat(np.cumsum(part_len) - part_len, part_len)
    source = start[part_treaty][partition] + offset
    snapshot_ids = pl.Series([
        f"T{t:03d}@{(EPOCH + dt.timedelta(days=int(d))).isoformat()}#{k:03d}"
        for t, d, k in zip(part_treaty, part_as_of, part_k, strict=True)])
    picked = actions[source]
    stg_registry_actions = pl.DataFrame({
        "snapshot_id": snapshot_ids.gather(partition),
    }).with_columns(
        picked["participant"],
        picked["action"],
        pl.Series("action_date", picked["day"].to_numpy().astype("datetime64[D]")),
        picked["place"],
        pl.lit("registry").alias("date_basis"),
        picked["iso3"],
        pl.when(picked["iso3"].is_null())
        .then(pl.lit("regional_economic_integration_organization"))
        .otherwise(pl.lit("state")).alias("entity_kind"),
        pl.when(picked["iso3"].is_null()).then(pl.lit("alias"))
        .otherwise(pl.lit("unterm")).alias("matched_by"),
        pl.Series("source_row", offset + 2, dtype=pl.Int64),
    )
    stg_snapshots = pl.DataFrame({
        "snapshot_id": snapshot_ids,
        "as_of": part_as_of.astype("datetime64[D]"),
    }).sort("as_of", "snapshot_id").with_row_index("position", offset=1).select(
        "snapshot_id", "as_of", pl.col("position").cast(pl.Int64))
    return stg_registry_actions, stg_snapshots
