"""The validate stage: check every raw table and write typed staging tables (parquet)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

from analysis import articles, atomic, claims, geo, names, validate
from analysis.config import Config
from analysis.errors import InputError


def _registry(config: Config, lookup: dict[str, names.Match]) -> pl.DataFrame:
    frames = []
    for snapshot_id in config.snapshots:
        path = config.snapshot_csv(snapshot_id)
        snapshot = validate.registry_snapshot(path, snapshot_id)
        frames.append(names.resolve(snapshot, lookup, path))
    return pl.concat(frames).rename({"_row": "source_row"}).select(
        "snapshot_id", "participant", "action", "action_date", "place", "date_basis", "iso3",
        "entity_kind", "matched_by", "source_row",
    )


def _participation(config: Config, lookup: dict[str, names.Match],
                   known: set[str]) -> dict[str, pl.DataFrame]:
    groups = []
    for path in config.group_files:
        frame = validate.country_groups(path)
        groups.append(names.reconcile_codes(frame, name="member_name", code="iso3",
                                            lookup=lookup, known_codes=known, path=path))
    budapest_path = config.participation / "budapest-cets185-status.csv"
    budapest = names.reconcile_codes(validate.budapest_status(budapest_path), name="state",
                                     code="iso3", lookup=lookup, known_codes=known,
                                     path=budapest_path)
    return {
        "group_memberships": pl.concat(groups).drop("_row"),
        "budapest_status": budapest.drop("_row"),
        "signing_events": validate.signing_events(
            config.participation / "signing-events.csv").drop("_row"),
    }


def _historic(config: Config, lookup: dict[str, names.Match]) -> dict[str, pl.DataFrame]:
    """treaties.csv and every participant table it has: a row with an as-of date needs its
    table, a table needs its row; only a treaty without a table (no as-of) stands alone."""
    path = config.historic_treaties
    treaties = validate.historic_treaties(path)
    listed = set(treaties["id"])
    for table in sorted(config.historic.glob("*.csv")):
        if table != path and table.stem not in listed:
            raise InputError(table, f"participant table without a row in {path.name} "
                             f"(no treaty with id {table.stem!r})")
    frames = []
    for treaty in treaties.iter_rows(named=True):
        table = config.historic_table(treaty["id"])
        if treaty["as_of"] is None and not table.is_file():
            continue
        if treaty["as_of"] is None:
            raise InputError(path, f"{table.name} exists but the treaty has no as-of date",
                             row=treaty["_row"], field="as_of")
        if not table.is_file():
            raise InputError(path, f"as-of date given but {table.name} is missing",
                             row=treaty["_row"], field="id")
        frames.append(names.resolve(validate.historic_participants(table, treaty), lookup,
                                    table))
    actions = pl.concat(frames).rename({"_row": "source_row"}).select(
        "treaty_id", "participant", "action", "action_date", "place", "date_basis", "source",
        "iso3", "entity_kind", "matched_by", "source_row")
    has_table = pl.col("id").is_in(actions["treaty_id"].unique().implode())
    return {"historic_treaties": treaties.with_columns(has_table.alias("has_table")).drop("_row"),
            "historic_actions": actions}


def _press(config: Config) -> dict[str, pl.DataFrame]:
    articles_frame, paragraphs = articles.load_articles(config.articles)
    return {
        "articles": claims.with_claim_coverage(articles_frame),
        "article_paragraphs": paragraphs,
        "article_claims": claims.extract_claims(articles_frame, paragraphs),
        "press_claims": validate.press_claims(config.press_claims).drop("_row"),
        "claim_rules": pl.DataFrame({"about_tolerance": [config.about_tolerance],
                                     "nearly_tolerance": [config.nearly_tolerance]}),
    }


def _named_countries(countries: pl.DataFrame, additions: pl.DataFrame) -> pl.DataFrame:
    """country-codes with the reviewed UNTERM names filled in where the file has none."""
    return countries.join(
        additions.select("iso3", pl.col("unterm_english_short").alias("_addition")),
        on="iso3", how="left",
    ).with_columns(
        pl.when(pl.col("unterm_english_short").is_null()).then(pl.col("_addition"))
        .otherwise(pl.col("unterm_english_short")).alias("unterm_english_short")
    ).drop("_addition")


def staging_tables(config: Config) -> dict[str, pl.DataFrame]:
    """Every validated raw table, keyed by its staging name (``stg_<name>`` in DuckDB)."""
    ref = config.reference
    countries = validate.country_codes(ref / "country-codes.csv")
    additions = validate.un_member_additions(ref / "un-member-additions.csv")
    aliases = validate.participant_aliases(ref / "participant_aliases.csv")
    countries_named = _named_countries(countries, additions)
    lookup = names.build_lookup(countries_named, aliases)
    known = set(countries["iso3"].to_list())
    return {
        **_participation(config, lookup, known),
        **_press(config),
        **_historic(config, lookup),
        "registry_actions": _registry(config, lookup),
        "country_codes": countries.drop("_row"),
        "un_member_additions": additions.drop("_row"),
        "participant_aliases": aliases.drop("_row"),
        "population": validate.population(ref / "population-worldbank.csv"),
        "atlas_110m": geo.feature_points(config.atlas_110m),
        "atlas_50m": geo.feature_points(config.atlas_50m),
        "snapshots": pl.DataFrame({
            "snapshot_id": list(config.snapshots),
            "as_of": [dt.date.fromisoformat(s) for s in config.snapshots],
            "position": list(range(1, len(config.snapshots) + 1)),
        }),
        "this_treaty": pl.DataFrame({
            "treaty_id": [f"untc-{config.treaty_id}"],
            "title": [config.treaty_title],
            "short_title": [config.treaty_short_title],
        }),
        "treaty_rules": pl.DataFrame({
            "instruments_required": [config.entry_into_force_instruments],
            "entry_into_force_delay_days": [config.entry_into_force_delay_days],
            "signature_closes": [config.signature_closes],
        }),
        "signing_event": pl.DataFrame({
            "event_place": [config.event_place],
            "event_start": [config.event_start],
            "event_end": [config.event_end],
        }),
    }


def write_staging(config: Config) -> dict[str, int]:
    """Validate everything first, then write all staging files at once (all or nothing)."""
    tables = staging_tables(config)
    with atomic.atomic_dir(config.validated) as folder:
        for name, frame in tables.items():
            frame.write_parquet(Path(folder) / f"{name}.parquet", statistics=False)
    return {name: frame.height for name, frame in tables.items()}
