"""The validate stage's assembly of the historic tables: treaties.csv and its participant
tables must match one another, and every participant name must reconcile to ISO3."""

import shutil

import polars as pl
import pytest

from analysis import config, staging
from analysis.errors import InputError

TREATIES = "historic/treaties.csv"


def staged(made) -> dict[str, pl.DataFrame]:
    made.seal()
    return staging.staging_tables(config.load(made.root))


def error_of(made) -> str:
    made.seal()
    with pytest.raises(InputError) as caught:
        staging.staging_tables(config.load(made.root))
    return str(caught.value)


def test_every_historic_table_is_staged_with_iso3_codes(project):
    tables = staged(project())
    actions = tables["historic_actions"]
    assert set(actions["treaty_id"]) == set(
        tables["historic_treaties"].filter(pl.col("has_table"))["id"])
    assert actions.filter(pl.col("entity_kind") == "state")["iso3"].null_count() == 0
    # older UN spellings reach their current codes through the reviewed alias table
    netherlands = actions.filter(pl.col("participant") == "Netherlands (Kingdom of the)")
    assert set(netherlands["iso3"]) == {"NLD"}
    assert set(netherlands["matched_by"]) == {"alias"}


def test_a_treaty_without_table_and_as_of_date_is_kept_as_such(project):
    treaties = staged(project())["historic_treaties"]
    without = treaties.filter(~pl.col("has_table"))
    assert without["as_of"].to_list() == [None] * without.height


def test_an_unmatched_historic_participant_name_stays_an_error(project):
    made = project()
    path = made.raw / "historic" / "untc-XVIII-12.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].replace("Argentina", "Republic of Atlantis", 1)
    path.write_text("".join(lines), encoding="utf-8")
    assert error_of(made) == (f"{path}, row 4, field 'participant': participant 'Republic of "
                              "Atlantis' matches no UNTERM name and no row of "
                              "data/raw/reference/participant_aliases.csv")


def test_a_table_without_a_row_in_treaties_csv_is_refused(project):
    made = project()
    extra = made.raw / "historic" / "untc-XXI-99.csv"
    shutil.copy2(made.raw / "historic" / "untc-XXVI-8.csv", extra)
    assert error_of(made) == (f"{extra}: participant table without a row in treaties.csv "
                              "(no treaty with id 'untc-XXI-99')")


def test_a_treaty_with_as_of_date_but_no_table_is_refused(project):
    made = project()
    (made.raw / "historic" / "untc-XXVI-8.csv").unlink()
    message = error_of(made)
    assert message.startswith(f"{made.raw / TREATIES}, row ")
    assert message.endswith(", field 'id': as-of date given but untc-XXVI-8.csv is missing")
