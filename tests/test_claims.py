"""Numeric claim extraction: the seed article, six languages, qualifiers, negatives."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest
import yaml

from analysis.articles import ARTICLE_SCHEMA, PARAGRAPH_SCHEMA, load_articles
from analysis.claims import CLAIM_SCHEMA, CLAIMS_PATTERNS, WordTableParser, extract_claims
from analysis.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
SEED_ID = "vietnamvn-2025-10-25-hanoi-convention-press-conference.id"
FIXTURES = Path(__file__).parent / "fixtures" / "articles"


@pytest.fixture(scope="module")
def seed_claims() -> pl.DataFrame:
    return extract_claims(*load_articles(ROOT / "data" / "raw" / "articles"))


def claims_of(text: str, language: str, patterns: Path | None = None) -> pl.DataFrame:
    """Claims in a one-paragraph article written in ``language``."""
    articles = pl.DataFrame(
        [{"article_id": "t", "title": "T", "language": language, "publisher": "P",
          "body": text}], schema=ARTICLE_SCHEMA)
    paragraphs = pl.DataFrame(
        [{"article_id": "t", "line_no": 1, "paragraph_no": 1, "text": text, "char_start": 0,
          "char_end": len(text), "is_furniture": False}], schema=PARAGRAPH_SCHEMA)
    return extract_claims(articles, paragraphs, patterns)


def summary(claims: pl.DataFrame) -> list[tuple[int, str, str, str]]:
    return list(claims.select("value", "qualifier", "claim_kind", "matched_text").iter_rows())


def test_seed_article_yields_the_two_ledger_claims(seed_claims):
    assert summary(seed_claims) == [
        (100, "more_than", "attending_states", "lebih dari 100 negara"),
        (65, "exact", "signatories", "65 negara"),
    ]


def test_seed_claims_agree_with_press_claims_c001_c002(seed_claims):
    with (ROOT / "data" / "raw" / "press-claims.csv").open(encoding="utf-8") as handle:
        ledger = {row["claim_id"]: row for row in csv.DictReader(handle)}
    expected = [(int(ledger[c]["value"]), ledger[c]["qualifier"], ledger[c]["claim_kind"])
                for c in ("c001", "c002")]
    assert list(seed_claims.select("value", "qualifier", "claim_kind").iter_rows()) == expected


def test_seed_claim_spans_and_sentence_point_at_the_words(seed_claims):
    _, paragraphs = load_articles(ROOT / "data" / "raw" / "articles")
    text = paragraphs.filter(pl.col("paragraph_no") == 4)["text"][0]
    for row in seed_claims.iter_rows(named=True):
        assert row["paragraph_no"] == 4
        assert text[row["char_start"]:row["char_end"]] == row["matched_text"]
        assert row["sentence"] in text
        assert row["matched_text"] in row["sentence"]
    attend, sign = seed_claims.iter_rows(named=True)
    assert (attend["number_text"], attend["keyword"]) == ("100", "hadir")
    assert (sign["number_text"], sign["keyword"]) == ("65", "menandatangani")
    assert sign["sentence"].endswith("65 negara di antaranya secara resmi menandatangani.")


def test_seed_claim_ids_are_deterministic(seed_claims):
    assert seed_claims["claim_id"].to_list() == [f"{SEED_ID}#p4#1", f"{SEED_ID}#p4#2"]
    assert seed_claims.equals(extract_claims(*load_articles(ROOT / "data" / "raw" / "articles")))


def test_claims_table_has_the_declared_schema(seed_claims):
    assert dict(seed_claims.schema) == CLAIM_SCHEMA


def test_furniture_lines_are_not_searched_for_claims():
    claims = extract_claims(*load_articles(FIXTURES))
    # "Sixty-five states sign on day one" and "Hơn 100 quốc gia ..." are related-article links
    assert summary(claims) == [
        (2500, "about", "delegates_people", "Some 2,500 delegates"),
        (110, "about", "attending_states", "about 110 countries"),
        (70, "nearly", "signatories", "gần 70 quốc gia"),
        (110, "about", "attending_states", "Khoảng một trăm mười quốc gia"),
    ]


# Each language: digits and number words, every qualifier, and the kinds.
SENTENCES = [
    ("en", "More than 100 countries attended the ceremony.",
     [(100, "more_than", "attending_states", "More than 100 countries")]),
    ("en", "Sixty-five countries signed the convention on Saturday.",
     [(65, "exact", "signatories", "Sixty-five countries")]),
    ("en", "Nearly seventy states have signed.",
     [(70, "nearly", "signatories", "Nearly seventy states")]),
    ("en", "About 110 delegations and some 2,500 delegates attended.",
     [(110, "about", "attending_delegations", "About 110 delegations"),
      (2500, "about", "delegates_people", "some 2,500 delegates")]),
    ("en", "At least forty countries signed, including 21 African nations.",
     [(40, "at_least", "signatories", "At least forty countries"),
      (21, "exact", "other", "21 African nations")]),
    ("id", "Lebih dari seratus negara hadir di Hanoi.",
     [(100, "more_than", "attending_states", "Lebih dari seratus negara")]),
    ("id", "Enam puluh lima negara menandatangani konvensi itu.",
     [(65, "exact", "signatories", "Enam puluh lima negara")]),
    ("id", "Hampir 70 negara telah menandatanganinya.",
     [(70, "nearly", "signatories", "Hampir 70 negara")]),
    ("id", "Sekitar 110 delegasi negara dan sedikitnya 1.000 delegasi menghadiri upacara.",
     [(110, "about", "attending_delegations", "Sekitar 110 delegasi negara"),
      (1000, "at_least", "delegates_people", "sedikitnya 1.000 delegasi")]),
    ("vi", "Hơn 100 quốc gia tham dự lễ mở ký.",
     [(100, "more_than", "attending_states", "Hơn 100 quốc gia")]),
    ("vi", "Sáu mươi lăm quốc gia đã ký Công ước Hà Nội.",
     [(65, "exact", "signatories", "Sáu mươi lăm quốc gia")]),
    ("vi", "Tổng Thư ký cho biết gần bảy mươi nước đã ký.",
     [(70, "nearly", "signatories", "gần bảy mươi nước")]),
    ("vi", "Khoảng 110 đoàn và ít nhất 2.000 đại biểu tham dự.",
     [(110, "about", "attending_delegations", "Khoảng 110 đoàn"),
      (2000, "at_least", "delegates_people", "ít nhất 2.000 đại biểu")]),
    ("es", "Más de 100 países asistieron a la ceremonia.",
     [(100, "more_than", "attending_states", "Más de 100 países")]),
    ("es", "Sesenta y cinco países firmaron la convención.",
     [(65, "exact", "signatories", "Sesenta y cinco países")]),
    ("es", "Casi 70 países firmaron, y alrededor de ciento diez delegaciones participaron.",
     [(70, "nearly", "signatories", "Casi 70 países"),
      (110, "about", "attending_delegations", "alrededor de ciento diez delegaciones")]),
    ("es", "Al menos cuarenta estados firmaron el tratado.",
     [(40, "at_least", "signatories", "Al menos cuarenta estados")]),
    ("fr", "Plus de 100 pays étaient représentés à Hanoï.",
     [(100, "more_than", "attending_states", "Plus de 100 pays")]),
    ("fr", "Soixante-cinq pays ont signé la convention.",
     [(65, "exact", "signatories", "Soixante-cinq pays")]),
    ("fr", "Près de soixante-dix États ont signé, et environ 2 500 délégués ont participé.",
     [(70, "nearly", "signatories", "Près de soixante-dix États"),
      (2500, "about", "delegates_people", "environ 2 500 délégués")]),
    ("fr", "Au moins 40 pays ont signé le traité.",
     [(40, "at_least", "signatories", "Au moins 40 pays")]),
    ("nl", "Meer dan 100 landen waren aanwezig in Hanoi.",
     [(100, "more_than", "attending_states", "Meer dan 100 landen")]),
    ("nl", "Vijfenzestig landen hebben het verdrag ondertekend.",
     [(65, "exact", "signatories", "Vijfenzestig landen")]),
    ("nl", "Bijna 70 landen tekenden, en ongeveer honderdtien delegaties namen deel.",
     [(70, "nearly", "signatories", "Bijna 70 landen"),
      (110, "about", "attending_delegations", "ongeveer honderdtien delegaties")]),
    ("nl", "Minstens veertig lidstaten hebben ondertekend.",
     [(40, "at_least", "signatories", "Minstens veertig lidstaten")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SENTENCES,
                         ids=[f"{s[0]}-{i}" for i, s in enumerate(SENTENCES)])
def test_synthetic_sentence_yields_expected_claims(language, text, expected):
    claims = claims_of(text, language)
    assert summary(claims) == expected
    for start, end, matched in claims.select("char_start", "char_end", "matched_text").iter_rows():
        assert text[start:end] == matched
    assert set(claims["language"]) <= {language}


def test_two_claims_in_one_sentence_take_the_keyword_of_their_own_clause():
    text = "Hơn 100 quốc gia đến Hà Nội để tham dự, trong đó 65 quốc gia đã chính thức ký."
    assert [row[:3] for row in summary(claims_of(text, "vi"))] == [
        (100, "more_than", "attending_states"), (65, "exact", "signatories")]


def test_claim_sentence_is_the_sentence_holding_the_number():
    text = "Mr. Guterres spoke first. The U.S. did not sign. By Sunday 72 countries had signed."
    claims = claims_of(text, "en")
    assert claims["sentence"].to_list() == ["By Sunday 72 countries had signed."]
    assert text[claims["char_start"][0]:claims["char_end"][0]] == "72 countries"


NEGATIVES = [
    ("en", "On 25 October 2025 the ceremony opened in Hanoi."),
    ("en", "In 2025 most countries signed the convention."),
    ("en", "Support among states rose 65 percent, and 30% of countries signed."),
    ("en", "Donors pledged $100 million as 20 million people attended online."),
    ("en", "Vietnam is one of the countries that signed."),
    ("en", "The 24/7 network lets countries that signed share evidence."),
    ("id", "Pada 25 Oktober 2025, upacara penandatanganan dibuka."),
    ("id", "Setelah 50 tahun, negara-negara hadir dan 65 persen negara menandatangani."),
    ("id", "Dana sebesar Rp 100 miliar dari 20 juta orang hadir."),
    ("vi", "Ngày 25 tháng 10 năm 2025, các quốc gia đã ký Công ước."),
    ("vi", "Năm 2025, 30 phần trăm quốc gia tham dự."),
    ("es", "El 25 de octubre de 2025 los países firmaron la convención."),
    ("es", "Un 65 por ciento de los países asistieron."),
    ("fr", "Le 25 octobre 2025, les pays ont signé la convention."),
    ("fr", "Quelque 65 pour cent des pays ont signé."),
    ("nl", "Op 25 oktober 2025 hebben de landen het verdrag ondertekend."),
    ("nl", "Ruim 65 procent van de landen was aanwezig."),
]


@pytest.mark.parametrize(("language", "text"), NEGATIVES,
                         ids=[f"{s[0]}-{i}" for i, s in enumerate(NEGATIVES)])
def test_dates_years_percentages_and_money_are_not_claims(language, text):
    assert claims_of(text, language).is_empty()


def test_count_of_states_without_a_sign_or_attend_keyword_is_not_a_claim():
    text = "Penipuan di satu negara dapat menghancurkan korban di lima negara lain."
    assert claims_of(text, "id").is_empty()


@pytest.mark.parametrize(("phrase", "value"), [
    ("enam puluh lima", 65), ("seratus dua puluh", 120), ("dua belas", 12),
    ("dua ribu lima ratus", 2500), ("sebelas", 11),
])
def test_indonesian_number_words_from_yaml(phrase, value):
    parser = WordTableParser(_numbers_table("id"))
    assert parser(phrase) == value


@pytest.mark.parametrize(("phrase", "value"), [
    ("sáu mươi lăm", 65), ("một trăm lẻ năm", 105), ("mười lăm", 15),
    ("hai mươi mốt", 21), ("hai nghìn năm trăm", 2500), ("lăm", None), ("tư pháp", None),
])
def test_vietnamese_number_words_from_yaml(phrase, value):
    parser = WordTableParser(_numbers_table("vi"))
    assert parser(phrase) == value


def _numbers_table(language: str) -> dict:
    data = yaml.safe_load(CLAIMS_PATTERNS.read_text(encoding="utf-8"))
    return data["languages"][language]["numbers"]


def test_a_new_language_is_a_patterns_block_not_code(tmp_path):
    patterns = tmp_path / "claims.yaml"
    patterns.write_text(
        "kinds:\n  states: {sign: signatories, attend: attending_states}\n"
        "languages:\n  pt:\n    numbers: {engine: text2num}\n"
        "    qualifiers: {more_than: ['mais de']}\n"
        "    nouns: {states: ['países']}\n"
        "    keywords: {sign: ['assinaram'], attend: ['participaram']}\n",
        encoding="utf-8")
    text = "Sessenta e cinco países assinaram e mais de 100 países participaram."
    assert summary(claims_of(text, "pt", patterns)) == [
        (65, "exact", "signatories", "Sessenta e cinco países"),
        (100, "more_than", "attending_states", "mais de 100 países"),
    ]


def test_language_without_patterns_yields_no_claims_and_warns():
    with pytest.warns(UserWarning, match=r"no claim patterns for language\(s\) \['ru'\]"):
        claims = claims_of("Более 70 стран подписали конвенцию.", "ru")
    assert claims.is_empty()


def test_bad_regex_in_patterns_is_an_input_error(tmp_path):
    patterns = tmp_path / "claims.yaml"
    patterns.write_text(
        "languages:\n  en:\n    numbers: {engine: text2num}\n    nouns: {states: ['(']}\n",
        encoding="utf-8")
    with pytest.raises(InputError, match=r"field 'languages\.en\.states': bad regex"):
        claims_of("65 countries signed.", "en", patterns)
