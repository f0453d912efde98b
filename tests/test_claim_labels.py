"""The labelled claims sets: loading, checking, and the shape of the shipped sets."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from analysis import claim_labels
from analysis.claim_labels import ClaimLabel, load_set
from analysis.errors import InputError
from tests.claim_set_support import GOOD, write_set

ROOT = Path(__file__).resolve().parents[1]
ALL_SETS = sorted((ROOT / "analysis" / "eval").glob("claims*"))


def test_a_valid_set_loads_with_its_dates_and_claims(tmp_path: Path) -> None:
    sentences = load_set(write_set(tmp_path, GOOD))
    assert [s.id for s in sentences] == ["en-001", "en-002"]
    assert sentences[0].published == dt.date(2025, 10, 27)
    assert sentences[0].claims == (ClaimLabel("signatories", 72, "exact"),)
    assert sentences[1].claims == ()


@pytest.mark.parametrize(("old", "new", "field"), [
    ("kind: signatories", "kind: signers", "en-001.claims[1].kind"),
    ("qualifier: exact", "qualifier: circa", "en-001.claims[1].qualifier"),
    ("value: 72", "value: seventy-two", "en-001.claims[1].value"),
    ("value: 72, qualifier: exact", "value: 70, qualifier: range", "en-001.claims[1].value_high"),
    ("value: 72,", "value: 72, value_high: 75,", "en-001.claims[1].value_high"),
    ("qualifier: exact}", "qualifier: exact, group: asean}", "en-001.claims[1].group"),
    ("register: wire", "register: tweet", "en-001.register"),
    ("published: 2025-10-27", "published: 27/10/2025", "en-001.published"),
    ("    claims: []", "    claim: []", "en-002.claim"),
    ("id: en-002", "id: de-002", "sentences[2].id"),
    ("id: en-002", "id: en-001", "en-001.id"),
    ("language: en", "language: de", "language"),
])
def test_a_bad_entry_names_the_file_the_sentence_and_the_field(
    tmp_path: Path, old: str, new: str, field: str
) -> None:
    assert old in GOOD
    folder = write_set(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(InputError) as error:
        load_set(folder)
    assert error.value.path.endswith("en.yaml")
    assert error.value.field == field
    assert "\n" not in str(error.value)


def test_a_folder_without_yaml_files_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no <language>\.yaml"):
        load_set(tmp_path)


def test_the_set_has_thirty_sentences_per_language_and_every_kind() -> None:
    sentences = load_set()
    per_language = Counter(s.language for s in sentences)
    assert set(per_language) == set(claim_labels.LANGUAGES)
    assert min(per_language.values()) >= 30
    for language in claim_labels.LANGUAGES:
        kinds = {c.kind for s in sentences if s.language == language for c in s.claims}
        assert kinds == set(claim_labels.KINDS), language
        negatives = sum(1 for s in sentences if s.language == language and not s.claims)
        assert negatives >= 10, language


def test_every_group_in_the_set_is_a_bloc_or_an_m49_region() -> None:
    raw = ROOT / "data" / "raw"
    with (raw / "participation" / "country-groups.csv").open(encoding="utf-8") as f:
        known = {row["group_id"] for row in csv.DictReader(f)}
    with (raw / "reference" / "country-codes.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            known |= {row[k] for k in ("Region Name", "Sub-region Name",
                                       "Intermediate Region Name") if row[k]}
    sentences = [s for folder in ALL_SETS for s in load_set(folder)]
    groups = {c.group for s in sentences for c in s.claims if c.group is not None}
    assert groups and groups <= known
