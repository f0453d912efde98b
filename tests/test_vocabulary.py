import polars as pl
import pytest
import yaml

from analysis import vocabulary


def test_every_entry_is_plain_words_not_a_code():
    entries = yaml.safe_load(vocabulary.VOCABULARY.read_text(encoding="utf-8"))
    words = list(entries["headings"].values())
    words += [w for column in entries["values"].values() for w in column.values()]
    words += [g[k] for g in entries["groups"].values() for k in ("short", "full")]
    coded = [w for w in words if "_" in w or not w.strip()]
    assert not coded


def test_headings_come_from_the_vocabulary_and_human_names_pass():
    assert vocabulary.heading("consistent_then") == "Held when published"
    assert vocabulary.heading("States") == "States"
    with pytest.raises(vocabulary.MissingHeading, match="'instrument_kind'"):
        vocabulary.heading("instrument_kind")


def test_stored_values_read_as_words_and_unknown_codes_lose_their_underscores():
    assert vocabulary.value("verdict", "consistent_then") == "held when published"
    assert vocabulary.value("claim_kind", "attending_states") == "attending States"
    assert vocabulary.value("claim_kind", "ratifying_states") == "ratifying states"
    assert vocabulary.value("participant", "Côte d'Ivoire") == "Côte d'Ivoire"


def test_in_words_replaces_codes_and_keeps_column_names():
    frame = pl.DataFrame({"verdict": ["overstated", None], "publisher": ["a_b", "c"]})
    shown = vocabulary.in_words(frame)
    assert shown.columns == frame.columns
    assert shown["verdict"].to_list() == ["above the registry", None]
    assert shown["publisher"].to_list() == ["a_b", "c"]  # no words listed for publishers


def test_listed_groups_have_short_and_full_names():
    weog = vocabulary.group("un_regional_group_weog",
                            "UN regional group: Western European and other States (WEOG)")
    assert (weog.short, weog.full, weog.plain()) == (
        "WEOG", "Western European and other States Group", "WEOG")
    assert vocabulary.group("unsc_p5", "UN Security Council: permanent members").plain() == (
        "the P5")


def test_unlisted_groups_are_named_from_their_registry_name():
    found = vocabulary.group("pif", "Pacific Islands Forum (PIF)")
    assert (found.short, found.full, found.the) == ("PIF", "Pacific Islands Forum", False)
    prefixed = vocabulary.group("new", "UN regional group: Island States")
    assert (prefixed.short, prefixed.plain()) == ("Island States", "the Island States")


def test_with_group_names_adds_short_and_full_columns():
    frame = pl.DataFrame({"group_id": ["asean"],
                          "group_name": ["Association of Southeast Asian Nations (ASEAN)"]})
    named = vocabulary.with_group_names(frame)
    assert named.row(0, named=True)["group"] == "ASEAN"
    assert named.row(0, named=True)["group_full"] == "Association of Southeast Asian Nations"
