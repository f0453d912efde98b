"""The claims patterns file: checked and compiled, errors named by field."""

from __future__ import annotations

import pytest

from analysis.claim_patterns import CLAIM_KINDS, load_patterns
from analysis.errors import InputError


def test_the_shipped_patterns_compile_for_eleven_languages():
    patterns = load_patterns()
    patterns.languages.check_all()
    assert sorted(patterns.languages) == sorted(
        ["en", "id", "vi", "es", "fr", "nl", "pt", "de", "ru", "ar", "zh"])
    assert {kind for mapping in patterns.kinds.values() for kind in mapping.values()} <= set(
        CLAIM_KINDS)


def test_bad_regex_in_patterns_is_an_input_error(tmp_path):
    patterns = tmp_path / "claims.yaml"
    patterns.write_text(
        "languages:\n  en:\n    numbers: {engine: text2num}\n    nouns: {states: ['(']}\n",
        encoding="utf-8")
    with pytest.raises(InputError, match=r"field 'languages\.en\.states': bad regex"):
        load_patterns(patterns).languages.check_all()


def test_unknown_claim_kind_is_an_input_error(tmp_path):
    patterns = tmp_path / "claims.yaml"
    patterns.write_text("kinds:\n  states: {sign: signers}\nlanguages: {}\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown claim kind 'signers'"):
        load_patterns(patterns)


def test_a_wording_listed_twice_in_one_list_is_an_input_error(tmp_path):
    patterns = tmp_path / "claims.yaml"
    patterns.write_text(
        "languages:\n  en:\n    numbers: {engine: text2num}\n"
        "    not_followed_by: ['uhr', 'euro', 'uhr']\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"field 'languages\.en\.not_followed_by': 'uhr' is "
                                         r"listed twice"):
        load_patterns(patterns).languages.check_all()


def test_unknown_number_engine_is_an_input_error(tmp_path):
    patterns = tmp_path / "claims.yaml"
    patterns.write_text("languages:\n  xx:\n    numbers: {engine: abacus}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"numbers\.engine must be one of"):
        load_patterns(patterns).languages.check_all()


def test_patterns_are_compiled_once_per_version_of_the_file(tmp_path):
    from analysis.claim_patterns import CLAIMS_PATTERNS

    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS_PATTERNS.read_text(encoding="utf-8"), encoding="utf-8")
    first = load_patterns(path)
    assert load_patterns(path) is first
    path.write_text(path.read_text(encoding="utf-8").replace(
        "max_gap_words:", "max_gap_words: 99\n  old_max_gap_words:", 1), encoding="utf-8")
    assert load_patterns(path).max_gap_words == 99


def test_a_language_block_is_compiled_only_when_first_asked_for(tmp_path):
    patterns = tmp_path / "claims.yaml"
    patterns.write_text(
        "languages:\n  en:\n    numbers: {engine: text2num}\n"
        "  xx:\n    numbers: {engine: abacus}\n", encoding="utf-8")
    loaded = load_patterns(patterns)
    assert sorted(loaded.languages) == ["en", "xx"]
    assert loaded.languages["en"].code == "en"
    with pytest.raises(InputError, match=r"numbers\.engine must be one of"):
        loaded.languages["xx"]
