from pathlib import Path

import polars as pl
import pytest

from analysis import names
from analysis.errors import InputError

COUNTRIES = pl.DataFrame({
    "iso3": ["GBR", "PSE", "CZE", "NAM"],
    "unterm_english_short": ["United Kingdom of Great Britain and Northern Ireland (the)",
                             "State of Palestine (the) *", "Czechia", "Namibia"],
    "unterm_english_formal": ["the United Kingdom of Great Britain and Northern Ireland",
                              "the State of Palestine", "the Czech Republic",
                              "the Republic of Namibia"],
})
ALIASES = pl.DataFrame({
    "participant": ["European Union", "Côte d'Ivoire"],
    "iso3": [None, "CIV"],
    "entity_kind": ["regional_economic_integration_organization", "state"],
})


def registry(*participants: str) -> pl.DataFrame:
    return pl.DataFrame({"participant": list(participants),
                         "_row": list(range(2, 2 + len(participants)))})


def test_unterm_markers_and_curly_quotes_are_ignored_when_comparing():
    assert names.normalize("State of Palestine (the) *") == "state of palestine"
    assert names.normalize("Côte d\u2019Ivoire") == names.normalize("Côte d'Ivoire")


def test_registry_names_resolve_through_unterm_short_and_formal_names():
    lookup = names.build_lookup(COUNTRIES, ALIASES)
    resolved = names.resolve(registry("United Kingdom of Great Britain and Northern Ireland",
                                      "State of Palestine", "Czech Republic", "Namibia"),
                             lookup, Path("s.csv"))
    assert resolved["iso3"].to_list() == ["GBR", "PSE", "CZE", "NAM"]
    assert resolved["matched_by"].to_list() == ["unterm"] * 4


def test_european_union_resolves_to_an_organization_without_code():
    lookup = names.build_lookup(COUNTRIES, ALIASES)
    curly = "Côte d\u2019Ivoire"
    resolved = names.resolve(registry("European Union", curly), lookup, Path("s.csv"))
    assert resolved.to_dicts()[0] | {} == {
        "participant": "European Union", "_row": 2, "iso3": None,
        "entity_kind": "regional_economic_integration_organization", "matched_by": "alias"}
    assert resolved["iso3"][1] == "CIV"


def test_unmatched_name_is_an_error_naming_file_row_and_field():
    lookup = names.build_lookup(COUNTRIES, ALIASES)
    with pytest.raises(InputError) as caught:
        names.resolve(registry("Namibia", "Atlantis"), lookup, Path("snap.csv"))
    assert str(caught.value) == ("snap.csv, row 3, field 'participant': participant 'Atlantis' "
                                 "matches no UNTERM name and no row of "
                                 "data/raw/reference/participant_aliases.csv")


def test_alias_overrides_a_unterm_name():
    aliases = pl.DataFrame({"participant": ["Namibia"], "iso3": ["XNA"],
                            "entity_kind": ["state"]})
    lookup = names.build_lookup(COUNTRIES, aliases)
    assert lookup["namibia"] == names.Match("XNA", "state", "alias")
