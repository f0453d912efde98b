"""Numeric claim extraction: the seed article, eleven languages, number and keyword forms,
claim kinds, counts that are not claims, provenance."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest

from analysis.articles import ARTICLE_SCHEMA, PARAGRAPH_SCHEMA, load_articles
from analysis.claims import (
    CLAIM_SCHEMA,
    extract_claims,
    extract_from_text,
    supported_languages,
    with_claim_coverage,
)

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
        (72, "exact", "signatories", "72 signatures"),
        (2500, "about", "delegates_people", "Some 2,500 delegates"),
        (110, "about", "attending_states", "about 110 countries"),
        (40, "exact", "threshold", "40th instrument of ratification"),
        (70, "nearly", "subset", "gần 70 quốc gia"),  # "Sáng 25/10": a morning, a session
        (110, "about", "attending_states", "Khoảng một trăm mười quốc gia"),
    ]


# Each language: digits and number words, every qualifier, and the kinds.
SENTENCES = [
    ("en", "More than 100 countries attended the ceremony.",
     [(100, "more_than", "attending_states", "More than 100 countries")]),
    ("en", "Sixty-five countries signed the convention on Saturday.",  # the opening day
     [(65, "exact", "subset", "Sixty-five countries")]),
    ("en", "Nearly seventy states have signed.",
     [(70, "nearly", "signatories", "Nearly seventy states")]),
    ("en", "About 110 delegations and some 2,500 delegates attended.",
     [(110, "about", "attending_delegations", "About 110 delegations"),
      (2500, "about", "delegates_people", "some 2,500 delegates")]),
    ("en", "At least forty countries signed, including 21 African nations.",
     [(40, "at_least", "signatories", "At least forty countries"),
      (21, "exact", "subset", "21 African nations")]),
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
    with pytest.warns(UserWarning, match=r"no claim patterns for language\(s\) \['sw'\]"):
        claims = claims_of("Nchi 70 zilitia saini mkataba huo.", "sw")
    assert claims.is_empty()


def test_every_language_of_the_readme_has_patterns():
    assert supported_languages() == sorted(
        ["en", "id", "vi", "es", "fr", "nl", "pt", "de", "ru", "ar", "zh"])


def test_article_in_a_language_without_patterns_carries_a_visible_note():
    articles = pl.DataFrame(
        [{"article_id": "a", "language": "sw"}, {"article_id": "b", "language": "pt-BR"}],
        schema={"article_id": pl.String, "language": pl.String})
    covered = with_claim_coverage(articles)
    assert covered["claims_extracted"].to_list() == [False, True]
    assert covered["claims_note"].to_list() == ["claims not extracted: no patterns for sw", None]


def claims_in(text: str, language: str) -> list[tuple]:
    return [(c["kind"], c["value"], c["qualifier"], c["value_high"], c["group"])
            for c in extract_from_text(text, language)]


# Sentences written for these tests, one per language and class: a total of signatories in
# number words, attendance, ratifications, the entry-into-force threshold, a regional
# subset, and counts that are no claim (companies, articles, percentages, years).
S, A, R, T, SUB = "signatories", "attending_states", "ratifications", "threshold", "subset"
LANGUAGE_CASES = [
    ("en", "By Monday evening, eighty-one governments had put their names to the cybercrime "
           "treaty.", [(S, 81, "exact", None, None)]),
    ("en", "Roughly 95 nations sent delegations to the Hanoi conference centre.",
     [(A, 95, "about", None, None)]),
    ("en", "Only three States have deposited instruments of ratification so far.",
     [(R, 3, "exact", None, None)]),
    ("en", "Once forty States have ratified it, the convention will enter into force.",
     [(T, 40, "exact", None, None)]),
    ("en", "Eleven African Union members were among those signing on Saturday.",
     [(SUB, 11, "exact", None, "african_union")]),
    ("en", "Diplomats said between 60 and 64 countries would sign.",
     [(S, 60, "range", 64, None)]),
    ("en", "Reports put the tally at 58-61 signatory nations by noon.",
     [(S, 58, "range", 61, None)]),
    ("en", "Four more countries signed in New York the following week.",
     [(SUB, 4, "exact", None, None)]),
    ("en", "The agency said 45 companies and 30 NGOs signed a pledge on data protection.", []),
    ("en", "Chapter 5 of the convention has 14 articles on cooperation between States.", []),
    ("en", "Some 40 percent of the world's countries had signed by the end of October.", []),
    ("id", "Delapan puluh satu negara telah membubuhkan tanda tangan pada konvensi tersebut.",
     [(S, 81, "exact", None, None)]),
    ("id", "Sekitar 95 negara mengirimkan delegasi yang hadir di Hanoi.",
     [(A, 95, "about", None, None)]),
    ("id", "Baru tiga negara yang telah meratifikasi konvensi itu.",
     [(R, 3, "exact", None, None)]),
    ("id", "Konvensi membutuhkan 40 ratifikasi sebelum mulai berlaku.",
     [(T, 40, "exact", None, None)]),
    ("id", "Tujuh negara ASEAN ikut menandatangani pada hari pertama.",
     [(SUB, 7, "exact", None, "asean")]),
    ("id", "Sebanyak 30 perusahaan teknologi menandatangani pernyataan bersama.", []),
    ("id", "Pada tahun 2024, sekitar 60 persen negara menandatangani konvensi.", []),
    ("vi", "Tám mươi mốt quốc gia đã ký Công ước tính đến chiều thứ Hai.",
     [(S, 81, "exact", None, None)]),
    ("vi", "Khoảng 95 nước đã cử đoàn tham dự hội nghị tại Hà Nội.",
     [(A, 95, "about", None, None)]),
    ("vi", "Mới có ba quốc gia phê chuẩn Công ước.", [(R, 3, "exact", None, None)]),
    ("vi", "Công ước cần 40 văn kiện phê chuẩn để có hiệu lực.",
     [(T, 40, "exact", None, None)]),
    ("vi", "Bảy nước ASEAN đã tham gia ký Công ước.", [(SUB, 7, "exact", None, "asean")]),
    ("vi", "Hơn 200 doanh nghiệp đã ký cam kết bảo vệ dữ liệu.", []),
    ("vi", "Điều 65 quy định các quốc gia phải phê chuẩn.", []),
    ("es", "Ochenta y un gobiernos estamparon su firma en el tratado el lunes.",
     [(S, 81, "exact", None, None)]),
    ("es", "Unas 95 naciones enviaron delegaciones que asistieron a la conferencia.",
     [(A, 95, "about", None, None)]),
    ("es", "Solo tres Estados han ratificado el convenio hasta ahora.",
     [(R, 3, "exact", None, None)]),
    ("es", "El tratado necesita 40 ratificaciones para entrar en vigor.",
     [(T, 40, "exact", None, None)]),
    ("es", "Once países africanos firmaron durante la ceremonia.",
     [(SUB, 11, "exact", None, "Africa")]),
    ("es", "Entre 58 y 61 países firmaron antes del mediodía.", [(S, 58, "range", 61, None)]),
    ("es", "Más de 30 empresas firmaron un compromiso voluntario.", []),
    ("es", "El 26 de octubre de 2025, el 40 por ciento de los países había firmado.", []),
    ("fr", "Quatre-vingt-un États ont apposé leur signature au bas du texte.",
     [(S, 81, "exact", None, None)]),
    ("fr", "Environ 95 pays étaient représentés à la conférence de Hanoï.",
     [(A, 95, "about", None, None)]),
    ("fr", "Seuls trois États ont ratifié la convention à ce jour.",
     [(R, 3, "exact", None, None)]),
    ("fr", "Il faudra 40 ratifications pour que la convention entre en vigueur.",
     [(T, 40, "exact", None, None)]),
    ("fr", "Onze pays de l'Union européenne ont signé à Hanoï.",
     [(SUB, 11, "exact", None, "eu")]),
    ("fr", "Plus de 30 entreprises ont signé une charte sur les données.", []),
    ("fr", "L'article 40 prévoit que les États parties coopèrent.", []),
    ("nl", "Eenentachtig landen hebben het verdrag inmiddels ondertekend.",
     [(S, 81, "exact", None, None)]),
    ("nl", "Ongeveer 95 landen waren aanwezig op de conferentie.",
     [(A, 95, "about", None, None)]),
    ("nl", "Pas drie staten hebben het verdrag geratificeerd.", [(R, 3, "exact", None, None)]),
    ("nl", "Het verdrag treedt in werking zodra 40 landen het hebben geratificeerd.",
     [(T, 40, "exact", None, None)]),
    ("nl", "Elf Afrikaanse landen tekenden op de eerste dag.",
     [(SUB, 11, "exact", None, "Africa")]),
    ("nl", "Meer dan 30 bedrijven ondertekenden een verklaring.", []),
    ("nl", "In 2025 tekende 40 procent van de landen.", []),
    ("pt", "Oitenta e um governos assinaram o tratado até segunda-feira.",
     [(S, 81, "exact", None, None)]),
    ("pt", "Cerca de 95 países participaram da conferência em Hanói.",
     [(A, 95, "about", None, None)]),
    ("pt", "Apenas três Estados ratificaram a convenção até agora.",
     [(R, 3, "exact", None, None)]),
    ("pt", "A convenção precisa de 40 ratificações para entrar em vigor.",
     [(T, 40, "exact", None, None)]),
    ("pt", "Onze países africanos assinaram durante a cerimônia.",
     [(SUB, 11, "exact", None, "Africa")]),
    ("pt", "Mais de 30 empresas assinaram uma carta de compromisso.", []),
    ("pt", "Em 2025, 40 por cento dos países assinaram.", []),
    ("de", "Einundachtzig Regierungen haben den Vertrag bis Montag unterschrieben.",
     [(S, 81, "exact", None, None)]),
    ("de", "Rund 95 Länder nahmen an der Konferenz in Hanoi teil.",
     [(A, 95, "about", None, None)]),
    ("de", "Bislang haben erst drei Staaten das Übereinkommen ratifiziert.",
     [(R, 3, "exact", None, None)]),
    ("de", "Für das Inkrafttreten sind 40 Ratifikationen erforderlich.",
     [(T, 40, "exact", None, None)]),
    ("de", "Elf afrikanische Staaten unterzeichneten am ersten Tag.",
     [(SUB, 11, "exact", None, "Africa")]),
    ("de", "Mehr als 30 Unternehmen unterzeichneten eine Selbstverpflichtung.", []),
    ("de", "Laut Artikel 65 müssen die Vertragsstaaten zusammenarbeiten.", []),
    ("ru", "Восемьдесят одно государство поставило свои подписи под договором.",
     [(S, 81, "exact", None, None)]),
    ("ru", "Около 95 стран прислали делегации, которые участвовали в конференции.",
     [(A, 95, "about", None, None)]),
    ("ru", "Пока лишь три государства ратифицировали конвенцию.",
     [(R, 3, "exact", None, None)]),
    ("ru", "Для вступления конвенции в силу необходимо 40 ратификаций.",
     [(T, 40, "exact", None, None)]),
    ("ru", "Одиннадцать африканских стран подписали документ в первый день.",
     [(SUB, 11, "exact", None, "Africa")]),
    ("ru", "Более 30 компаний подписали совместное заявление.", []),
    ("ru", "В 2025 году 40 процентов стран подписали конвенцию.", []),  # noqa: RUF001
    ("ar", "وقّعت إحدى وثمانون دولة على المعاهدة حتى يوم الاثنين.",
     [(S, 81, "exact", None, None)]),
    ("ar", "شاركت نحو ٩٥ دولة في المؤتمر المنعقد في هانوي.", [(A, 95, "about", None, None)]),
    ("ar", "صادقت ثلاث دول فقط على الاتفاقية حتى الآن.", [(R, 3, "exact", None, None)]),
    ("ar", "تحتاج الاتفاقية إلى ٤٠ تصديقاً كي تدخل حيز النفاذ.",
     [(T, 40, "exact", None, None)]),
    ("ar", "وقّعت إحدى عشرة دولة أفريقية على الاتفاقية في اليوم الأول.",
     [(SUB, 11, "exact", None, "Africa")]),
    ("ar", "وقّعت أكثر من ٣٠ شركة على بيان مشترك.", []),
    ("ar", "وفي عام ٢٠٢٥ وقّعت ٤٠ في المائة من الدول.", []),
    ("zh", "截至周一，已有八十一个国家签署该条约。", [(S, 81, "exact", None, None)]),  # noqa: RUF001
    ("zh", "约95个国家派代表团出席了在河内举行的会议。", [(A, 95, "about", None, None)]),
    ("zh", "迄今只有三个国家批准了该公约。", [(R, 3, "exact", None, None)]),
    ("zh", "公约需要40个国家批准才能生效。", [(T, 40, "exact", None, None)]),
    ("zh", "共有11个非洲国家在首日签署了公约。", [(SUB, 11, "exact", None, "Africa")]),
    ("zh", "超过30家企业签署了联合声明。", []),
    ("zh", "2025年，40%的国家签署了公约。", []),  # noqa: RUF001
]


@pytest.mark.parametrize(("language", "text", "expected"), LANGUAGE_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(LANGUAGE_CASES)])
def test_each_language_reads_each_claim_kind(language, text, expected):
    assert sorted(claims_in(text, language), key=str) == sorted(expected, key=str)


# Number forms: each sentence says "72 States signed" in a different way.
NUMBER_FORMS = [
    ("en", "Seventy-Two States signed the treaty."),
    ("en", "The treaty was signed by seventy-two (72) States."),
    ("en", "As many as 72 countries signed."),
    ("ar", "وقعت ٧٢ دولة على المعاهدة."),           # Arabic-Indic digits
    ("ar", "وقّعت اثنتان وسبعون دولةً على المعاهدة."),  # words, with vowel marks
    ("ar", "وقعت ۷۲ دولة على المعاهدة."),           # Persian digits
    ("zh", "共有７２个国家签署了条约。"),              # full-width digits
    ("zh", "共有七十二个国家签署了条约。"),
    ("ru", "Конвенцию подписали семьдесят два государства."),
    ("de", "Zweiundsiebzig Staaten unterzeichneten den Vertrag."),
    ("nl", "Tweeënzeventig landen ondertekenden het verdrag."),
    ("pt", "Setenta e dois países assinaram o tratado."),
]


@pytest.mark.parametrize(("language", "text"), NUMBER_FORMS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NUMBER_FORMS)])
def test_number_forms_give_one_claim_of_72_signatories(language, text):
    assert claims_in(text, language) == [(S, 72, "exact", None, None)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "More than fifty States signed.", (S, 50, "more_than", None, None)),
    ("en", "Between 50 and 55 countries signed.", (S, 50, "range", 55, None)),
    ("en", "Some 50 to 55 countries signed.", (S, 50, "range", 55, None)),
    ("zh", "六十多个国家签署了条约。", (S, 60, "more_than", None, None)),
    ("zh", "60余个国家签署了条约。", (S, 60, "more_than", None, None)),
    ("id", "Sebanyak 60 negara lebih telah menandatangani.", (S, 60, "more_than", None, None)),
    ("ru", "Более семидесяти государств подписали договор.", (S, 70, "more_than", None, None)),
])
def test_qualifiers_and_ranges(language, text, expected):
    assert claims_in(text, language) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The convention has gathered 72 signatures.", (S, 72)),
    ("Seventy-two states have now put their signatures to the convention.", (S, 72)),
    ("Seventy-two governments became signatories in two days.", (S, 72)),
    ("The list now shows 72 signatory States.", (S, 72)),
    ("The convention now has four States Parties.", (R, 4)),
    ("Four parties to the convention met in Vienna.", (R, 4)),
    ("The number of signatories rose to 72 on Sunday.", (S, 72)),
    ("Of the 193 member states, 72 have signed.", (S, 72)),
    ("Vietnam became the first State Party to the convention.", (R, 1)),
])
def test_english_keyword_forms(text, expected):
    assert [claim[:2] for claim in claims_in(text, "en")] == [expected]


def test_vietnamese_taking_part_in_signing_is_signing_not_attendance():
    assert claims_in("Đã có 72 nước tham gia ký Công ước.", "vi") == [(S, 72, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The first 48 countries signed before noon."),
    ("vi", "Việt Nam là một trong 48 quốc gia đầu tiên đặt bút ký."),
    ("nl", "Op de eerste dag tekenden 48 landen."),
])
def test_the_first_or_other_signatories_are_a_subset_without_group(language, text):
    assert claims_in(text, language) == [(SUB, 48, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The 48 States that signed on the first morning came mostly from Africa."),
    ("ru", "48 государств, подписавших конвенцию в первое утро, были в основном из Африки."),
    ("de", "Die 48 Staaten, die am ersten Vormittag unterschrieben, kamen aus Afrika."),
])
def test_a_subset_by_session_is_a_subset_without_group(language, text):
    assert claims_in(text, language) == [(SUB, 48, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Budapest Convention has been ratified by 76 countries."),
    ("en", "Viet Nam has signed cooperation agreements with 12 countries since 2020."),
    ("en", "Dozens of countries signed on the first day."),
    ("en", "Under Article 65, the treaty takes effect 90 days after the threshold is reached."),
    ("en", "The convention was adopted on 24 December 2024 after five years of talks."),
    ("de", "Das Budapester Übereinkommen haben 76 Staaten ratifiziert."),
    ("es", "El Convenio de Budapest ha sido ratificado por 76 países."),
    ("zh", "布达佩斯公约已获得76个国家批准。"),
])
def test_counts_that_are_not_claims_about_this_convention(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Read also: Bus crash injures 12 people near the border"),
    ("id", "Baca juga: 12 orang terluka dalam kecelakaan bus"),
    ("vi", "Xem thêm: 12 người bị thương trong vụ tai nạn xe buýt"),
    ("es", "Leer también: 12 personas heridas en un accidente de autobús"),
    ("fr", "Lire aussi : 12 personnes blessées dans un accident de bus"),
    ("nl", "Lees ook: 12 mensen gewond bij busongeluk"),
    ("pt", "Leia também: 12 pessoas feridas em acidente de ônibus"),
    ("de", "Lesen Sie auch: 12 Menschen bei Busunfall verletzt"),
    ("ru", "Читайте также: 12 человек пострадали в ДТП с автобусом"),  # noqa: RUF001
    ("ar", "اقرأ أيضا: إصابة 12 شخصا في حادث حافلة"),
    ("zh", "相关新闻：大巴事故致12人受伤"),  # noqa: RUF001
])
def test_read_also_lines_are_furniture_and_give_no_claims(language, line):
    assert extract_from_text(line + "\n", language) == []


def test_extract_from_text_offsets_point_at_the_original_text():
    text = "Hanoi.\nوقّعت ٧٢ دولةً على الاتفاقية."
    [claim] = extract_from_text(text, "ar")
    assert text[claim["char_start"]:claim["char_end"]] == claim["matched_text"] == "٧٢ دولةً"


def test_extract_from_text_refuses_a_language_without_patterns():
    with pytest.raises(KeyError, match="no claim patterns for language 'sw'"):
        extract_from_text("Nchi 72 zilitia saini.", "sw")


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a count after this treaty's name takes the count noun of the earlier clause
    ("en", "Mérida collected 95 signatures in three days; Hanoi collected 81 in two.",
     [(S, 81, "exact", None, None)]),
    # delegates "from" countries are attendance when the sentence is about attending
    ("en", "Over 3,000 delegates from 120 countries attended, and 81 countries signed.",
     [("delegates_people", 3000, "more_than", None, None), (A, 120, "exact", None, None),
      (S, 81, "exact", None, None)]),
    # ... and signing when it is about signing
    ("id", "Konvensi ditandatangani oleh wakil dari 81 negara.", [(S, 81, "exact", None, None)]),
    # the Arabic comma ends a clause: the threshold word of the next one is not this count's
    ("ar", "صادقت دولتان فقط، والاتفاقية تحتاج إلى أربعين تصديقا لتدخل حيز النفاذ.",
     [(R, 2, "exact", None, None), (T, 40, "exact", None, None)]),
    # a German ordinal date does not end the sentence
    ("de", "Die Zahl der Unterzeichner stieg am 3. Dezember auf 81.",
     [(S, 81, "exact", None, None)]),
])
def test_general_constructions(language, text, expected):
    assert sorted(claims_in(text, language), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "It was signed by 65 of the 81 States that had registered.", (S, 65)),
    ("de", "65 von 81 Staaten haben unterzeichnet.", (S, 65)),
    ("ru", "65 из 81 государства подписали конвенцию.", (S, 65)),
    ("en", "Chile is one of the 81 countries that signed.", (S, 81)),
])
def test_a_part_of_a_base_counts_the_part(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == [expected]


# ---------------------------------------------------------------- failure classes found on
# the held-out set (analysis/eval/claims-heldout); the sentences here are new ones


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The accord, signed by 81 countries despite criticism from tech companies, holds."),
    ("fr", "Le texte, signé par 81 pays malgré l'opposition des ONG, divise."),
    ("es", "El acuerdo, firmado por 81 países pese a las críticas de las ONG, sigue vigente."),
])
def test_a_concessive_phrase_about_ngos_does_not_cancel_the_count(language, text):
    assert claims_in(text, language) == [(S, 81, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Only 42% of the 193 UN member states signed."),
    ("es", "Apenas el 42 % de los 193 Estados miembros firmó."),
    ("de", "Nur 42 Prozent der 193 Mitgliedstaaten haben unterzeichnet."),
    ("zh", "签署国约占193个会员国的42%。"),
    ("en", "Resolution 79/243 was adopted by 150 votes."),
    ("en", "More than 150 countries took part in the negotiations."),
    ("vi", "Hơn 150 nước đã tham gia quá trình đàm phán."),
])
def test_a_percentage_base_a_slashed_number_and_the_negotiations_are_not_claims(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chile became the 81st signatory."),
    ("en", "Peru became the 81st country to sign the treaty."),
    ("vi", "Ngày 3/12, 81 quốc gia đã ký."),
    ("vi", "Lễ ký diễn ra ngày 25 và 26/10, với 81 nước ký."),
])
def test_an_ordinal_signatory_is_the_total_and_day_numbers_are_dates(language, text):
    assert claims_in(text, language) == [(S, 81, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "81 countries signed on the opening day."),
    ("pt", "No primeiro dia, 81 países assinaram."),
    ("ru", "В первый день конвенцию подписали 81 государство."),  # noqa: RUF001
    ("zh", "首日有81个国家签署。"),
])
def test_the_signatures_of_the_first_day_are_a_subset(language, text):
    assert claims_in(text, language) == [(SUB, 81, "exact", None, None)]


def test_a_bare_number_with_an_increment_word_is_a_subset():
    assert sorted(claims_in("81 States signed on Saturday, and nine more signed on Sunday.",
                            "en"), key=str) == [(SUB, 81, "exact", None, None),  # day one
                                                (SUB, 9, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Some 3.2 thousand delegates attended."),
    ("de", "Rund 3,2 Tausend Delegierte nahmen teil."),
    ("ru", "Около 3,2 тыс. делегатов приехали в Ханой."),
    ("ru", "Около 3,2 тысячи делегатов приехали в Ханой."),
    ("zh", "约0.32万名代表出席。"),
])
def test_a_decimal_before_a_scale_word_is_one_number(language, text):
    assert claims_in(text, language) == [("delegates_people", 3200, "about", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Chili est devenu le premier État partie."),
    ("es", "Chile se convirtió en el primer Estado parte."),
])
def test_the_first_state_party_in_the_singular_is_one_ratification(language, text):
    assert claims_in(text, language) == [(R, 1, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "El convenio entrará en vigor tras la ratificación número 40."),
    ("pt", "A convenção entra em vigor após a ratificação número 40."),
    ("ar", "تدخل المعاهدة حيز النفاذ في اليوم التسعين بعد إيداع الصك الأربعين."),
])
def test_an_ordinal_after_its_noun_is_the_threshold_and_the_ninetieth_day_is_not(language, text):
    assert claims_in(text, language) == [(T, 40, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Un total de 110 países enviaron delegaciones a Hanói."),
    ("fr", "Au total, 110 pays ont envoyé des délégations à Hanoï."),
    ("de", "Insgesamt 110 Staaten entsandten Delegationen nach Hanoi."),
    ("pt", "Ao todo, 110 países enviaram delegações a Hanói."),
    ("vi", "Có 110 quốc gia cử đoàn đến Hà Nội."),
    ("ru", "Делегации в Ханой направили 110 государств."),
    ("zh", "共有110个国家派团赴河内。"),
    ("nl", "In totaal stuurden 110 landen afgevaardigden naar Hanoi."),
    ("en", "A total of 110 countries sent representatives to Hanoi."),
])
def test_states_that_sent_delegations_attended(language, text):
    assert claims_in(text, language) == [(A, 110, "exact", None, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("已有73國簽署公約。", (S, 73, "exact", None, None)),
    ("公約需獲得四十個國家批准方能生效。", (T, 40, "exact", None, None)),
    ("迄今只有兩個國家批准了該公約。", (R, 2, "exact", None, None)),
])
def test_traditional_chinese_reads_like_simplified(text, expected):
    assert claims_in(text, "zh") == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The EU signed on behalf of its 27 member states."),
    ("en", "Interpol, which has 196 member countries, welcomed the signing."),
    ("fr", "L'UE a signé au nom de ses 27 États membres."),
    ("de", "Die EU unterzeichnete für ihre 27 Mitgliedstaaten."),
    ("en", "Human Rights Watch, Access Now and 28 other groups urged states not to sign."),
    ("es", "Amnistía y otros 28 grupos pidieron a los Estados no firmar."),
])
def test_an_organisations_membership_and_counts_of_groups_are_not_claims(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Chile está entre la docena de países latinoamericanos que firmaron.",
     (SUB, 12, "about", None, "Latin America and the Caribbean")),
    ("fr", "La France fait partie de la vingtaine de pays européens qui ont signé.",
     (SUB, 20, "about", None, "Europe")),
    ("pt", "O Brasil integra a dúzia de países sul-americanos que assinaram.",
     (SUB, 12, "about", None, "South America")),
    ("en", "Nine South American countries signed.", (SUB, 9, "exact", None, "South America")),
])
def test_collective_numerals_with_the_definite_article_and_south_america(language, text,
                                                                         expected):
    assert claims_in(text, language) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Cybercrime treaty: 72 sign, 121 stay away", [(S, 72, "exact", None, None)]),
    ("UN treaty signed by 72; rights groups cry foul", [(S, 72, "exact", None, None)]),
    ("Some 10 heads of state and 50 ministers attended.",
     [("delegates_people", 10, "about", None, None),
      ("delegates_people", 50, "exact", None, None)]),
])
def test_headline_ellipsis_and_heads_of_state(text, expected):
    assert sorted(claims_in(text, "en"), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Более 2 тыс. участников собрались в Ханое.",
     [("delegates_people", 2000, "more_than", None, None)]),
    ("es", "El fraude costó 2 mil millones de dólares.", []),
    ("ru", "Страна с населением более 100 миллионов человек приняла церемонию.", []),  # noqa: RUF001
    ("ar", "وقع على الاتفاقية 81 بلدا من أصل 193 دولة عضو.", [(S, 81, "exact", None, None)]),
    ("ar", "المعاهدة التي وقعتها 81 دولة رغم انتقادات المنظمات الحقوقية.",
     [(S, 81, "exact", None, None)]),
])
def test_scale_words_arabic_accusative_and_attached_pronouns(language, text, expected):
    assert claims_in(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Police in 40 countries took part in the Interpol operation.", []),
    ("zh", "来自40个国家的警方参与了行动。", []),
    ("de", "An der Razzia beteiligten sich Ermittler aus 40 Staaten.", []),
    ("pt", "O pacto foi subscrito por 72 países.", [(S, 72, "exact", None, None)]),
])
def test_a_police_operation_is_not_the_ceremony_and_subscrito_is_signed(language, text, expected):
    assert claims_in(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "By the end of the first day, 65 countries had signed.", S),
    ("en", "65 countries signed on the first day.", SUB),
    ("fr", "À la fin de la première journée, 65 pays avaient signé.", S),
    ("ru", "К концу первого дня конвенцию подписали 65 стран.", S),  # noqa: RUF001
    ("ru", "В первый день конвенцию подписали 65 стран.", SUB),  # noqa: RUF001
])
def test_a_count_by_the_end_of_a_day_is_the_total_then(language, text, expected):
    assert [claim[0] for claim in claims_in(text, language)] == [expected]


# failure classes found on the fresh set (analysis/eval/claims-fresh)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Our envoy signed the treaty on Friday, joining 55 other nations.",
     [(S, 56, "exact", None, None)]),
    ("es", "La embajadora firmó el texto y se sumó a otros 55 países.",
     [(S, 56, "exact", None, None)]),
    ("de", "Der Botschafter unterzeichnete und schloss sich so 55 anderen Ländern an.",
     [(S, 56, "exact", None, None)]),
    ("ru", "Посол подписал конвенцию, присоединившись к 55 другим странам.",
     [(S, 56, "exact", None, None)]),
    ("zh", "大使签署了公约，与其他55个国家一起成为签署国。", [(S, 56, "exact", None, None)]),  # noqa: RUF001
    ("en", "Seven other countries signed on Sunday.", [(SUB, 7, "exact", None, None)]),
])
def test_a_signer_joining_n_other_countries_makes_n_plus_one(language, text, expected):
    assert claims_in(text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Paris Agreement was signed by 175 countries on a single day in 2016."),
    ("fr", "Le traité sur le commerce des armes avait réuni 60 signatures dès son ouverture."),
    ("de", "Das Römische Statut hatten damals 120 Staaten unterzeichnet."),
    ("zh", "武器贸易条约开放签署首日获得60个国家签署。"),
])
def test_counts_about_the_arms_trade_treaty_paris_or_rome_are_not_claims(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "By Sunday 60 countries and the European Union had signed.", S),
    ("de", "Bis Sonntag hatten 60 Staaten einschließlich der EU unterzeichnet.", S),
    ("zh", "截至周日，包括欧盟在内的60个国家签署了公约。", S),  # noqa: RUF001
    ("en", "Nine EU member states signed on Saturday.", SUB),
])
def test_a_bloc_added_to_or_included_in_a_count_makes_no_subset(language, text, expected):
    assert [claim[0] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le texte a été adopté par l'Assemblée, qui réunit 190 États membres."),
    ("pt", "O texto foi adotado pela Assembleia, que reúne 190 Estados-membros."),
    ("vi", "Văn kiện được Đại hội đồng gồm 190 quốc gia thành viên thông qua."),
])
def test_the_membership_an_assembly_brings_together_is_not_a_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Treaty update: 50 countries sign on day one"),
    ("vi", "50 quốc gia ký trong ngày đầu"),
])
def test_day_one_is_a_subset_by_day(language, text):
    assert [claim[0] for claim in claims_in(text, language)] == [SUB]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Chile became the sixth State Party on Tuesday.", [(R, 6, "exact", None, None)]),
    ("de", "Chile ist seit Dienstag der sechste Vertragsstaat.", [(R, 6, "exact", None, None)]),
    ("pt", "O Chile tornou-se na quinta-feira o sexto Estado Parte.",
     [(R, 6, "exact", None, None)]),
    ("en", "The treaty enters into force after the forty-fifth day.", []),
    ("id", "Perjanjian berlaku setelah instrumen ratifikasi keempat puluh didepositkan.",
     [(T, 40, "exact", None, None)]),
])
def test_a_small_ordinal_before_a_party_noun_is_the_count_reached(language, text, expected):
    assert claims_in(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The treaty enters into force once 40 States ratify; so far 12 ratifications "
     "have been deposited.", [(T, 40, "exact", None, None), (R, 12, "exact", None, None)]),
    ("id", "Konvensi berlaku setelah 40 negara meratifikasi; sejauh ini tercatat 12 ratifikasi.",
     [(T, 40, "exact", None, None), (R, 12, "exact", None, None)]),
])
def test_a_ratification_count_after_the_threshold_clause_is_a_ratification_count(
        language, text, expected):
    assert claims_in(text, language) == expected


# ---------------------------------------------------------------- failure classes found on
# the fresh set, second round: each class is written here in new sentences and several
# languages, and fixed as a general rule


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Forty ratifications are required; by mid-November there were 12 of them.",
     [(T, 40, "exact", None, None), (R, 12, "exact", None, None)]),
    ("fr", "Il faut quarante instruments de ratification ; à la mi-novembre, on en comptait "
           "douze.", [(T, 40, "exact", None, None), (R, 12, "exact", None, None)]),
    ("de", "Nötig sind vierzig Ratifikationen; bis Mitte November waren es zwölf.",
     [(T, 40, "exact", None, None), (R, 12, "exact", None, None)]),
    ("nl", "Er zijn veertig ratificaties nodig; half november waren het er twaalf.",
     [(T, 40, "exact", None, None), (R, 12, "exact", None, None)]),
    ("es", "Se requieren cuarenta ratificaciones y a mediados de noviembre iban doce.",
     [(T, 40, "exact", None, None), (R, 12, "exact", None, None)]),
    ("pt", "São necessárias quarenta ratificações; em meados de novembro eram doze.",
     [(T, 40, "exact", None, None), (R, 12, "exact", None, None)]),
    ("ru", "Для вступления в силу нужно сорок ратификаций; к середине ноября их было "
           "двенадцать.", [(T, 40, "exact", None, None), (R, 12, "exact", None, None)]),
    ("id", "Konvensi membutuhkan 40 ratifikasi; hingga pertengahan November jumlahnya baru 12.",
     [(T, 40, "exact", None, None), (R, 12, "exact", None, None)]),
    ("en", "In 2019 there were 12 raids.", []),
])
def test_a_bare_count_referring_back_takes_the_earlier_noun(language, text, expected):
    assert claims_in(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Fiji became the seventy-third signatory on Wednesday.", (S, 73)),
    ("en", "Fiji became the twenty-first State Party.", (R, 21)),
    ("fr", "Les Fidji sont devenues le vingt et unième État partie.", (R, 21)),
    ("fr", "Les Fidji sont devenues le soixante-treizième État signataire.", (S, 73)),
    ("es", "Fiyi se convirtió en el septuagésimo tercer Estado firmante.", (S, 73)),
    ("pt", "Fiji tornou-se o septuagésimo terceiro signatário.", (S, 73)),
    ("de", "Fidschi wurde der dreiundsiebzigste Unterzeichnerstaat.", (S, 73)),
    ("nl", "Fiji werd de drieënzeventigste ondertekenaar.", (S, 73)),
    ("ru", "Фиджи стали семьдесят третьей страной, подписавшей конвенцию.", (S, 73)),
    ("ru", "Фиджи стали двадцать первым государством-участником конвенции.", (R, 21)),
    ("ar", "أصبحت فيجي الدولة الثالثة والسبعين التي توقع الاتفاقية.", (S, 73)),
    ("ar", "أصبحت غانا الدولة الطرف الخامسة في الاتفاقية.", (R, 5)),
    ("id", "Fiji menjadi negara penandatangan ke-73.", (S, 73)),
    ("vi", "Fiji trở thành quốc gia thứ bảy mươi ba ký Công ước vào thứ Tư.", (S, 73)),
    ("zh", "斐济成为第七十三个签署国。", (S, 73)),
    ("zh", "斐济周二成为公约第二十一个缔约国。", (R, 21)),
])
def test_a_compound_ordinal_of_a_signatory_or_party_is_the_total_reached(language, text,
                                                                          expected):
    assert [claim[:2] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Assembly adopted the text at its seventy-ninth session."),
    ("en", "It enters into force on the ninety-first day after the deposit."),
    ("vi", "Văn kiện được nộp vào hôm thứ Hai."),
    ("zh", "公约于周一在河内开放签署。"),
])
def test_sessions_days_and_weekdays_are_not_ordinal_counts(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Early reports spoke of 60 signatures, but the official count released by the UN "
           "treaty office on Tuesday was 68."),
    ("de", "Anfangs war von 60 Unterschriften die Rede, die offizielle Zahl lag am Dienstag "
           "dann bei 68."),
    ("ru", "Сначала говорили о 60 подписях, но официальное число во вторник составило 68."),  # noqa: RUF001
    ("vi", "Ban đầu có tin 60 nước ký, nhưng con số chính thức do Liên Hợp Quốc công bố hôm "
           "thứ Ba là 68."),
    ("zh", "最初报道称有60个签署国，但联合国周二公布的正式数字为68个。"),  # noqa: RUF001
    ("ar", "أُعلن أولا عن ٦٠ توقيعا، لكن العدد الرسمي بلغ ٦٨ يوم الثلاثاء."),
    ("nl", "Eerst werd gesproken van 60 handtekeningen, maar het officiële aantal dat de VN "
           "dinsdag bekendmaakte was 68."),
    ("fr", "Annoncé d'abord à 60, le nombre de signataires s'élevait finalement à 68 mardi."),
    ("pt", "Noticiado primeiro como 60, o número de signatários chegou a 68 na terça-feira."),
])
def test_a_total_noun_far_from_its_number_or_named_after_it_counts_it(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 60), (S, 68)]


def test_this_treaty_called_the_un_convention_on_cybercrime_is_not_the_budapest_one():
    text = "The number of signatories to the new UN convention on cybercrime reached 68."
    assert claims_in(text, "en") == [(S, 68, "exact", None, None)]
    assert claims_in("The Convention on Cybercrime of the Council of Europe has 76 parties.",
                     "en") == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The Budapest Convention has 76 parties, more than the 68 states that have signed "
           "so far.", [(S, 68)]),
    ("en", "68 countries have signed, fewer than the 76 parties to the Budapest Convention.",
     [(S, 68)]),
    ("en", "The Budapest Convention has been ratified by 76 countries over twenty years.", []),
    ("fr", "La convention de Budapest compte 76 États parties, mais 68 pays ont déjà signé "
           "celle de l'ONU.", [(S, 68)]),
    ("de", "Das sind weniger als die 76 Vertragsparteien des Budapester Übereinkommens, aber "
           "68 Staaten haben in Hanoi unterzeichnet.", [(S, 68)]),
    ("id", "Konvensi Budapest memiliki 76 negara pihak, tetapi 68 negara sudah meneken "
           "konvensi PBB.", [(S, 68)]),
    ("ru", "У Будапештской конвенции 76 участников, но новую конвенцию подписали 68 стран.",  # noqa: RUF001
     [(S, 68)]),
])
def test_a_contrast_after_another_treaty_gives_the_count_back_to_this_one(language, text,
                                                                          expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


def test_attendance_at_the_opening_session_is_attendance_not_a_subset():
    text = "Delegations from 110 countries attended the opening session on Saturday."
    assert [claim[0] for claim in claims_in(text, "en")] == [A]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Of the ten ASEAN members, seven signed on the first day.", [(SUB, 7, "asean")]),
    ("de", "Von den zehn ASEAN-Staaten unterzeichneten sieben bereits am ersten Tag.",
     [(SUB, 7, "asean")]),
    ("nl", "Van de tien ASEAN-landen tekenden er zeven op de eerste dag.", [(SUB, 7, "asean")]),
    ("id", "Tujuh dari sepuluh anggota ASEAN ikut menandatangani.", [(SUB, 7, "asean")]),
    ("es", "De los veintisiete miembros de la UE, dieciocho firmaron.", [(SUB, 18, "eu")]),
    # a base without a bloc leaves the part a total
    ("de", "Von den 193 UN-Mitgliedstaaten haben 72 unterzeichnet.", [(S, 72, None)]),
])
def test_a_count_after_an_opening_base_naming_a_bloc_is_a_subset_of_it(language, text,
                                                                        expected):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Forty are needed before the treaty can enter into force."),
    ("es", "Hasta ahora nadie ha ratificado; se necesitan cuarenta para que entre en vigor."),
    ("fr", "Il en faut quarante pour que la convention entre en vigueur."),
    ("pt", "São precisos quarenta para que a convenção entre em vigor."),
    ("ru", "Для вступления в силу нужно сорок."),
    ("zh", "公约生效需要四十个。"),
])
def test_a_threshold_without_a_noun_is_the_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40)]


def test_a_bare_number_needed_for_something_else_is_not_a_threshold():
    assert claims_in("In 2024 the agency needed 40 for the new office.", "en") == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Only 9 of the 70 signatories have ratified, far short of the 40 needed for the "
           "treaty to take effect.", [(R, 9), (S, 70), (T, 40)]),
    ("de", "Nur 9 der 70 Unterzeichnerstaaten haben bisher ratifiziert.", [(R, 9), (S, 70)]),
    ("fr", "Seuls 9 des 70 signataires ont ratifié la convention.", [(R, 9), (S, 70)]),
    ("en", "Nine of the 72 signatories are ASEAN members.", [(SUB, 9), (S, 72)]),
    ("en", "It was signed by 65 of the 81 States that had registered.", [(S, 65)]),
])
def test_the_signatories_a_part_is_taken_from_are_a_claim_too(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Sénégal, le Mali et le Niger, soit trois pays d'Afrique de l'Ouest, ont signé."),
    ("en", "Three West African states signed on Saturday."),
    ("de", "Drei westafrikanische Staaten haben unterzeichnet."),
    ("zh", "三个西非国家签署了公约。"),
])
def test_a_sub_region_is_named_before_its_region(language, text):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [
        (SUB, 3, "Western Africa")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("pt", "Cerca de 80 Estados devem assinar o texto em Hanói.", [(S, 80)]),
    ("fr", "Quelque 80 États doivent signer le texte à Hanoï.", [(S, 80)]),
    ("en", "At least 80 states must sign it in Hanoi.", [(S, 80)]),
    ("en", "The treaty must be ratified by 40 states before it enters into force.", [(T, 40)]),
])
def test_a_modal_before_signing_is_a_forward_looking_count_not_a_threshold(language, text,
                                                                           expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Российская делегация из 15 человек прибыла в Ханой."),
    ("en", "A delegation of 15 officials travelled to Hanoi for the signing."),
    ("fr", "Une délégation de 15 personnes a fait le déplacement pour la signature."),
])
def test_the_size_of_one_delegation_is_not_a_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh", "逾百国派团出席签署仪式。", (A, 100, "more_than", None, None)),
    ("zh", "百余个国家派代表出席。", (A, 100, "more_than", None, None)),
    ("ar", "حضر قرابة ألفي مندوب.", ("delegates_people", 2000, "nearly", None, None)),
])
def test_a_bare_hundred_and_the_arabic_dual_thousand_are_numbers(language, text, expected):
    assert claims_in(text, language) == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Among those signing were the European Union and 12 of its member states."),
    ("fr", "Parmi les signataires figurent l'Union européenne et 12 de ses États membres."),
    ("de", "Unterzeichnet haben die Europäische Union und 12 ihrer Mitgliedstaaten."),
    ("es", "Firmaron la Unión Europea y 12 de sus Estados miembros."),
])
def test_a_count_of_a_blocs_own_members_is_a_subset_of_that_bloc(language, text):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, 12, "eu")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The text, adopted by 193 member states, was signed by 72 of them."),
    ("es", "El texto, adoptado por 193 Estados miembros, fue firmado por 72 de ellos."),
    ("fr", "Le texte, adopté par 193 États membres, a été signé par 72 d'entre eux."),
    ("de", "Der Text wurde von 193 Staaten angenommen und von 72 davon unterzeichnet."),
])
def test_the_states_that_adopted_the_text_are_no_claim_and_those_of_them_that_signed_are(
        language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 72)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("id", "Konvensi akan berlaku 90 hari setelah instrumen ke-40 diserahkan; hingga akhir "
           "November tercatat 12 ratifikasi.", [(T, 40), (R, 12)]),
    ("nl", "Het verdrag treedt in werking na de neerlegging van de veertigste akte; half "
           "november waren het er twaalf.", [(T, 40), (R, 12)]),
])
def test_an_ordinal_after_an_instrument_noun_is_the_threshold(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Ghana est devenu le premier État partie africain à la convention."),
    ("en", "Ghana became the first African State Party."),
])
def test_the_first_of_a_region_is_not_a_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "قال الوزير إن 60 دولة وقعت في الساعات الأولى."),
    ("en", "Officials said 60 states signed in the first hours."),
])
def test_signatures_of_the_first_hours_are_a_subset(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 60)]


def test_arabic_states_sending_their_delegations_attended():
    assert [claim[:2] for claim in claims_in("أرسلت أكثر من مئة دولة وفودها إلى هانوي.",
                                             "ar")] == [(A, 100)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Argentina, Chile y Perú (tres en total) figuran entre los firmantes sudamericanos.",
     [(SUB, 3, "South America")]),
    ("en", "The signatories (72 in all) include nine ASEAN members.",
     [(S, 72, None), (SUB, 9, "asean")]),
])
def test_a_count_in_parentheses_after_a_list_takes_the_group_named_after_it(language, text,
                                                                            expected):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("共有七十个国家签署，其中包括东盟十个成员国中的七个。",  # noqa: RUF001
     [(S, 70, None), (SUB, 7, "asean")]),
    ("欧盟二十七个成员国中的十八个已经签署。", [(SUB, 18, "eu")]),
    ("在193个会员国中，有72个签署了公约。", [(S, 72, None)]),  # noqa: RUF001
])
def test_a_chinese_part_after_its_base_is_a_subset_of_the_bloc_the_base_names(text, expected):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, "zh")] == expected


def test_a_bare_count_after_its_verb_and_an_adverb_counts_states():
    text = "Inzwischen haben 74 Staaten unterzeichnet, ratifiziert haben erst drei."
    assert [claim[:2] for claim in claims_in(text, "de")] == [(S, 74), (R, 3)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Met de neerlegging van de akte werd Chili de zesde staat die partij is bij het "
           "verdrag.", (R, 6)),
    ("en", "Chile became the sixth State to become a party to the convention.", (R, 6)),
    ("fr", "Le Chili est le sixième État à devenir partie à la convention.", (R, 6)),
    ("es", "Chile es el sexto Estado en ser parte de la convención.", (R, 6)),
    ("de", "Chile ist der sechste Staat, der Vertragspartei wurde.", (R, 6)),
    ("en", "Twelve states have become parties to the convention.", (R, 12)),
])
def test_becoming_a_party_is_ratifying(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == [expected]


# failure classes, third round (second fresh set): each class is written here in new
# sentences and several languages, and fixed as a general rule


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le traité exige quarante ratifications ; pour l'heure, on en est à trois.", (R, 3)),
    ("fr", "Quarante ratifications sont requises (on en est à sept) pour que le texte entre "
           "en vigueur.", (R, 7)),
    ("pt", "São necessárias quarenta ratificações; no fim de março havia cinco.", (R, 5)),
    ("ru", "Для вступления в силу нужно сорок ратификаций, а пока их пять.", (R, 5)),  # noqa: RUF001
    ("es", "Hacen falta cuarenta ratificaciones y por ahora van cuatro.", (R, 4)),
    ("id", "Dibutuhkan 40 ratifikasi, sejauh ini baru ada enam.", (R, 6)),
    ("vi", "Cần 40 văn kiện phê chuẩn, hiện mới có 6.", (R, 6)),
    ("zh", "生效需要40份批准书，目前已有6份。", (R, 6)),  # noqa: RUF001
    ("ar", "يتطلب دخولها حيز النفاذ 40 تصديقا، ولم يتحقق حتى الآن سوى ستة.", (R, 6)),
])
def test_a_bare_tally_after_a_threshold_counts_ratifications_not_the_threshold(
        language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40), expected]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "В понедельник подписали ещё три государства, доведя общее число до 75."),  # noqa: RUF001
    ("id", "Tiga negara lagi menandatangani pada Senin, sehingga totalnya menjadi 75."),
    ("en", "Three more states signed on Monday, bringing the total to 75."),
])
def test_new_signatures_raising_the_total_give_the_increment_and_the_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 3), (S, 75)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "On Saturday morning alone, 60 countries signed."),
    ("de", "Allein am Samstagvormittag unterzeichneten 60 Staaten."),
    ("es", "Solo en la mañana del sábado firmaron 60 países."),
    ("pt", "Só na manhã de sábado, 60 países assinaram."),
    ("ru", "Только в субботу утром конвенцию подписали 60 стран."),
    ("zh", "仅周六上午就有60个国家签署。"),
    ("fr", "Dès samedi, une soixantaine de pays devraient signer."),
    ("vi", "Khoảng 60 nước đặt bút ký trong buổi sáng."),
])
def test_signatures_of_the_opening_saturday_or_a_morning_are_a_subset_by_session(language,
                                                                                text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 60)]


def test_a_second_figure_the_subject_got_counts_the_same_noun():
    text = "Diplomats had expected 85 signatures, but they collected 69."
    assert [claim[:2] for claim in claims_in(text, "en")] == [(S, 85), (S, 69)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "By Sunday, forty-odd states had signed the treaty.", (S, 40, "more_than")),
    ("en", "Fifty-plus governments have signed so far.", (S, 50, "more_than")),
    ("pt", "O tratado foi assinado por 68 (sessenta e oito) países.", (S, 68, "exact")),
    ("es", "El tratado fue firmado por 68 (sesenta y ocho) países.", (S, 68, "exact")),
    ("fr", "Le traité a été signé par 68 (soixante-huit) pays.", (S, 68, "exact")),
    ("ru", "Конвенцию уже подписали представители 68-ми государств.", (S, 68, "exact")),
    ("ru", "Документ ратифицировали около 5-ти стран.", (R, 5, "about")),
])
def test_number_forms_with_a_tail_words_in_parentheses_or_a_case_ending_are_one_number(
        language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Свыше 60 государств присоединились к договору в качестве подписантов.",
     [(S, 60, None)]),
    ("ar", "انضمت ثلاث دول أخرى إلى قائمة الدول الموقعة يوم الاثنين.", [(SUB, 3, None)]),
    ("de", "Drei weitere Staaten sind am Montag hinzugekommen.", [(SUB, 3, None)]),
    ("es", "El lunes se sumaron tres países más.", [(SUB, 3, None)]),
    ("ru", "Шесть государств присоединились к конвенции.", [(R, 6, None)]),  # accession
])
def test_joining_the_signatories_is_signing_not_acceding(language, text, expected):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("id", "Kawasan Asia menyumbang 20 tanda tangan.", (SUB, 20, "Asia")),
    ("vi", "Khu vực châu Âu có 25 nước ký.", (SUB, 25, "Europe")),
    ("en", "African states contributed 16 signatures.", (SUB, 16, "Africa")),
    ("id", "Vietnam menyumbang 20 tanda tangan.", (S, 20, None)),
])
def test_a_region_named_just_before_a_count_of_signatures_is_its_group(language, text,
                                                                        expected):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "In Africa, 16 countries signed.", (SUB, 16, "Africa")),
    ("fr", "En Afrique, 16 pays ont signé.", (SUB, 16, "Africa")),
    ("ru", "В Африке конвенцию подписали 16 стран.", (SUB, 16, "Africa")),  # noqa: RUF001
    ("vi", "Tại châu Phi, 16 nước đã ký.", (SUB, 16, "Africa")),
    ("zh", "在非洲，有16个国家签署。", (SUB, 16, "Africa")),  # noqa: RUF001
    ("es", "En América Latina, siete países firmaron.",
     (SUB, 7, "Latin America and the Caribbean")),
    ("en", "In Hanoi, 72 countries signed the convention.", (S, 72, None)),
    ("fr", "En Europe, le débat reste vif alors que 72 pays ont signé.", (S, 72, None)),
    ("en", "In Europe's view, 72 countries signing is a success.", (S, 72, None)),
])
def test_a_region_that_opens_the_sentence_makes_the_count_it_leads_into_a_subset(
        language, text, expected):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Barely half of the 193 UN members have signed."),
    ("fr", "La moitié des 193 États membres de l'ONU ont signé."),
    ("es", "Apenas la mitad de los 193 Estados miembros han firmado."),
    ("de", "Knapp die Hälfte der 193 UN-Mitgliedstaaten hat unterzeichnet."),
    ("vi", "Mới chỉ một nửa trong số 193 thành viên Liên hợp quốc ký Công ước."),
    ("en", "Of the EU's 27 member states, most signed in their own name."),
    ("en", "Analysts counted 15 cyberattacks on signatory countries last year."),
    ("fr", "On a recensé 15 attaques contre des pays signataires."),
    ("de", "Es gab 15 Angriffe gegen Unterzeichnerstaaten."),
])
def test_a_base_of_a_fraction_a_bloc_s_size_or_a_count_of_attacks_is_no_claim(language,
                                                                              text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Nach der vierzigsten Ratifikation beginnt eine 90-Tage-Frist."),
    ("en", "A 90-day period starts after the fortieth instrument is deposited."),
])
def test_a_count_joined_to_a_unit_of_time_is_a_period_not_a_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Over 100 governments flew delegations to the ceremony.", (A, 100, "more_than")),
    ("id", "Sekitar 90 negara mengirimkan delegasinya ke Hanoi.", (A, 90, "about")),
    ("id", "Wakil dari 80 negara hadir dalam upacara penandatanganan itu.", (A, 80, "exact")),
    ("nl", "Bijna honderd landen naar Hanoi", (A, 100, "nearly")),
    ("en", "Over 100 countries headed to Hanoi for the signing.", (A, 100, "more_than")),
    ("de", "Mehr als 100 Länder reisten nach Hanoi.", (A, 100, "more_than")),
    ("es", "Más de 100 países viajaron a Hanói.", (A, 100, "more_than")),
    ("fr", "Plus de 100 pays ont fait le déplacement à Hanoï.", (A, 100, "more_than")),
    ("zh", "出席仪式的国家超过100个。", (A, 100, "more_than")),
    ("zh", "与会国家逾90个。", (A, 90, "more_than")),
    ("en", "95 delegations attended the signing ceremony.",
     ("attending_delegations", 95, "exact")),
    ("en", "The signing ceremony drew 95 delegations.", ("attending_delegations", 95, "exact")),
    ("ru", "95 делегаций прибыли на подписание.", ("attending_delegations", 95, "exact")),
])
def test_sending_delegations_and_being_at_the_signing_ceremony_is_attending(language, text,
                                                                           expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Chile firmó y se sumó a otros 40 países."),
    ("nl", "België tekende, samen met 40 andere landen."),
    ("nl", "België tekende samen met 40 andere landen."),  # was a subset of 40 before
    ("de", "Österreich unterzeichnete zusammen mit 40 anderen Staaten."),
    ("en", "France signed alongside 40 other countries."),
    ("fr", "La France a signé avec 40 autres pays."),
    ("pt", "Portugal assinou juntamente com outros 40 países."),
])
def test_signing_together_with_n_others_is_a_total_of_n_plus_one(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 41)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("vi", "Đến nay 5 nước đã phê chuẩn, trong đó Lào là nước đầu tiên.", [(R, 5), (R, 1)]),
    ("vi", "Lào là nước đầu tiên ký Công ước.", []),
    ("pt", "Até agora, três países ratificaram, segundo a ONU.", [(R, 3)]),
    ("pt", "Segundo o governo, quatro Estados ratificaram.", [(R, 4)]),
    ("pt", "Portugal foi o segundo Estado a ratificar.", [(R, 2)]),
    ("vi", "Việt Nam là quốc gia thứ 9 phê chuẩn Công ước.", [(R, 9)]),
    ("id", "Vietnam adalah negara pertama yang meratifikasi.", [(R, 1)]),
    ("zh", "越南是第九个批准该公约的国家。", [(R, 9)]),  # the ninth to ratify, not the threshold
])
def test_an_ordinal_after_its_noun_counts_and_according_to_is_no_ordinal(language, text,
                                                                        expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Ratifications: 3. Signatures: 74.", [(R, 3), (S, 74)]),
    ("es", "Firmantes: 72; ratificaciones: 4.", [(S, 72), (R, 4)]),
    ("de", "Unterzeichner: 72, Ratifikationen: 4.", [(S, 72), (R, 4)]),
])
def test_a_count_after_a_labelled_colon_counts_its_label(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


def test_delegates_after_a_country_count_are_counted_despite_organisations_after_them():
    text = "Buổi lễ có đại diện của 90 quốc gia, 1.800 đại biểu cùng nhiều tổ chức quốc tế."
    assert [claim[:2] for claim in claims_in(text, "vi")] == [(A, 90), ("delegates_people",
                                                                       1800)]


# failure classes, fourth round (third fresh set): each class is written here in new
# sentences and several languages, and fixed as a general rule


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Parliament approved the bill by 212 votes to 95."),
    ("de", "Der Bundestag stimmte mit 410 zu 120 Stimmen für die Ratifizierung."),
    ("es", "El Senado aprobó la ratificación por 54 votos contra 12."),
    ("nl", "De Kamer stemde met 98 stemmen tegen 40 in met de ratificatie."),
    ("ru", "Дума одобрила ратификацию 350 голосами против 20."),
    ("fr", "Les députés ont autorisé la ratification par 301 voix contre 150."),
    ("zh", "议会以120票对30票批准了公约。"),
    ("ar", "وافق البرلمان على التصديق بأغلبية 120 صوتا مقابل 30."),
])
def test_votes_in_a_parliament_that_ratifies_are_no_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "9 h 40 – Le décompte atteint 48 signatures."),  # noqa: RUF001
    ("en", "10:15 - The tally now stands at 48 signatures."),
    ("de", "14:30 – Inzwischen zählt man 48 Unterschriften."),  # noqa: RUF001
])
def test_a_time_of_day_before_a_count_is_no_claim(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 48)]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Chile, el primer país latinoamericano en ratificar la convención."),
    ("es", "Kenia se convirtió en el primer Estado africano que ratifica el tratado."),
    ("pt", "Cabo Verde tornou-se o primeiro país africano a ratificar a convenção."),
    ("nl", "Chili werd het eerste Zuid-Amerikaanse land dat de conventie ratificeerde."),
    ("ru", "Чили стала первой южноамериканской страной, ратифицировавшей конвенцию."),
])
def test_the_first_of_a_region_named_by_a_singular_adjective_is_not_a_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "Besides the EU itself, 14 of its 27 member states signed.", 14),
    ("es", "Además de la UE, firmaron 12 de sus 27 Estados miembros.", 12),
    ("de", "Neben der EU unterschrieben elf ihrer 27 Mitgliedstaaten.", 11),
    ("fr", "Outre l'UE, 13 de ses 27 États membres ont signé.", 13),
    ("pt", "Além da UE, assinaram 15 dos seus 27 Estados-membros.", 15),
    ("nl", "Naast de EU tekenden ook 14 van haar 27 lidstaten.", 14),
    ("ru", "Помимо ЕС, конвенцию подписали 12 из его 27 государств-членов.", 12),  # noqa: RUF001
])
def test_a_count_of_a_blocs_members_with_the_blocs_size_is_a_subset_of_the_bloc(language,
                                                                                 text, value):
    assert claims_in(text, language) == [(SUB, value, "exact", None, "eu")]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Upacara itu dihadiri delegasi dari lebih dari 100 negara serta wakil berbagai "
           "organisasi internasional."),
    ("en", "The ceremony drew delegations from more than 100 countries as well as several "
           "international organisations."),
    ("fr", "Des délégations de plus de 100 pays ainsi que plusieurs organisations "
           "internationales assistaient à la cérémonie."),
])
def test_organisations_added_after_a_count_of_countries_do_not_cancel_it(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(A, 100, "more_than")]


@pytest.mark.parametrize(("language", "text", "qualifier"), [
    ("ru", "На церемонию приехали делегации более чем из девяноста стран.", "more_than"),  # noqa: RUF001
    ("ru", "В церемонии участвовали представители почти из 90 государств.", "nearly"),  # noqa: RUF001
])
def test_a_qualifier_before_from_bounds_the_count_after_it(language, text, qualifier):
    assert [claim[:3] for claim in claims_in(text, language)] == [(A, 90, qualifier)]


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "More than 90 countries attended, and by Sunday night sixty-five of them had "
           "already signed.", 65),
    ("es", "Asistieron más de 90 países y, al final del día, setenta de ellos ya habían "
           "firmado.", 70),
    ("id", "Lebih dari 90 negara hadir, dan 65 di antaranya sudah resmi menandatangani.", 65),
])
def test_of_them_with_adverbs_before_the_verb_counts_the_signatories_of_the_attending(
        language, text, value):
    assert [claim[:2] for claim in claims_in(text, language)] == [(A, 90), (S, value)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "No fewer than 95 governments turned up in Hanoi for the ceremony.",
     [(A, 95, "at_least")]),
    ("en", "At least 95 countries showed up for the opening.", [(A, 95, "at_least")]),
    ("fr", "Pas moins de 95 gouvernements se sont déplacés à Hanoï.", [(A, 95, "at_least")]),
    ("en", "Some 2,000 delegates from 98 countries posed for a photo at the opening of the "
           "signing ceremony.", [("delegates_people", 2000, "about"), (A, 98, "exact")]),
    ("es", "Unos 2.000 delegados de 98 países posaron para la foto al inicio de la ceremonia "
           "de firma.", [("delegates_people", 2000, "about"), (A, 98, "exact")]),
    ("en", "72 countries signed the convention at the signing ceremony in Hanoi.",
     [(S, 72, "exact")]),
])
def test_turning_up_is_attending_and_a_signing_ceremony_is_no_signing(language, text,
                                                                        expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Some 55 countries signed the convention on Saturday.", (SUB, 55, None)),
    ("es", "Unos 55 países firmaron el convenio el sábado en Hanói.", (SUB, 55, None)),
    ("id", "Lebih dari 55 negara menandatangani pada hari Sabtu, termasuk Vietnam.",
     (SUB, 55, None)),
    ("zh", "越南是首批签署公约的55个国家之一。", (SUB, 55, None)),
    ("en", "By Saturday evening 55 countries had signed.", (S, 55, None)),
    ("en", "72 countries signed the convention on Saturday and Sunday.", (S, 72, None)),
    ("es", "72 países firmaron el convenio el sábado y el domingo.", (S, 72, None)),
    ("en", "The convention, opened for signature on Saturday, has 55 signatories.",
     (S, 55, None)),
    ("nl", "Frankrijk tekende niet; wel ondertekenden de EU en een twaalftal lidstaten.",
     (SUB, 12, "eu")),
    ("de", "Die EU und 14 Mitgliedstaaten haben unterschrieben.", (SUB, 14, "eu")),
    ("en", "The African Union said 40 member states signed the treaty.",
     (SUB, 40, "african_union")),
    ("en", "Of the 193 UN member states, 72 have signed.", (S, 72, None)),
])
def test_signing_on_the_opening_saturday_a_first_batch_and_a_blocs_members_are_subsets(
        language, text, expected):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("pt", "Uma dezena de países asiáticos assinou também.", (SUB, 10, "about", "Asia")),
    ("es", "Una decena de países asiáticos firmó también.", (SUB, 10, "about", "Asia")),
    ("nl", "Een tiental Aziatische landen tekende ook.", (SUB, 10, "about", "Asia")),
    ("fr", "Une trentaine de pays africains ont signé.", (SUB, 30, "about", "Africa")),
    ("fr", "Une vingtaine d'États ont signé le texte.", (S, 20, "about", None)),
    ("fr", "Une vingtaine d’États ont signé le texte.", (S, 20, "about", None)),  # noqa: RUF001
])
def test_collective_numerals_and_an_elided_article_before_the_noun_are_read(language, text,
                                                                           expected):
    assert [(c[0], c[1], c[2], c[4]) for c in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("pt", "O Brasil se une, assim, a outros 70 países signatários.", (S, 71)),
    ("de", "Das Abkommen wurde von 70 Staaten signiert.", (S, 70)),
])
def test_joining_by_proclisis_and_signieren_are_signing(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Rund 2000 Konferenzteilnehmer kamen nach Hanoi.", ("delegates_people", 2000)),
    ("de", "Mehr als 1500 Kongressdelegierte kamen nach Hanoi.", ("delegates_people", 1500)),
    ("nl", "Zo'n 2000 conferentiedeelnemers kwamen naar Hanoi.", ("delegates_people", 2000)),
    ("ru", "Казахстан стал пятым государством — участником конвенции.", (R, 5)),
    ("ru", "Казахстан стал пятым государством – участником конвенции.", (R, 5)),  # noqa: RUF001
])
def test_compound_attendee_nouns_and_a_party_noun_split_by_a_dash_are_read(language, text,
                                                                           expected):
    assert [claim[:2] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The convention needs 40 ratifications to enter into force, while only four "
           "countries have deposited their instruments."),
    ("id", "Konvensi butuh 40 ratifikasi agar berlaku, sementara hingga Mei 2026 baru empat "
           "negara yang menyerahkan instrumen ratifikasinya."),
    ("es", "El convenio necesita 40 ratificaciones para entrar en vigor, mientras que hasta "
           "ahora solo cuatro países han depositado sus instrumentos."),
])
def test_states_that_deposited_beside_a_threshold_count_ratifications(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40), (R, 4)]


@pytest.mark.parametrize(("text", "expected"), [
    ("ووقّعت أكثر من عشر دول أفريقية على الاتفاقية.", [(SUB, 10)]),
    ("وقعت عشرة بلدان على الاتفاقية.", [(S, 10)]),  # a plural after a count, not a dual
    ("وقعت 7 بلدان على الاتفاقية.", [(S, 7)]),
    ("صادق بلدان فقط على الاتفاقية.", [(R, 2)]),  # the dual on its own
])
def test_arabic_ten_before_a_feminine_plural_and_buldan_after_a_count_are_read(text,
                                                                              expected):
    assert [claim[:2] for claim in claims_in(text, "ar")] == expected


@pytest.mark.parametrize(("language", "text", "value"), [
    ("pt", "Entre os signatários estão quatro países lusófonos, como Angola.", 4),
    ("en", "Four Portuguese-speaking countries signed, among them Angola.", 4),
    ("fr", "Six pays francophones ont signé, dont le Sénégal.", 6),
    ("de", "Vier portugiesischsprachige Länder unterschrieben.", 4),
    ("pt", "Brasil, Angola e Moçambique, três dos nove membros da CPLP, assinaram.", 3),
])
def test_a_bloc_outside_the_group_tables_makes_an_unverifiable_subset(language, text, value):
    assert claims_in(text, language) == [(SUB, value, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Bei der Unterzeichnungszeremonie waren Delegationen aus 110 Ländern anwesend."),
    ("nl", "Bij de ondertekeningsceremonie waren delegaties uit 110 landen aanwezig."),
    ("zh", "出席签字仪式的有110个国家的代表团。"),
])
def test_a_one_word_signing_ceremony_is_an_event_not_a_signing(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(A, 110)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Twelve ASEAN members have not yet signed.", []),
    ("en", "Some 120 UN member states have yet to sign the convention.", []),
    ("es", "Otros 120 países todavía no han firmado.", []),
    ("fr", "Quelque 120 pays n'ont pas encore signé.", []),
    ("de", "Rund 120 Staaten haben noch nicht unterzeichnet.", []),
    ("pt", "Cerca de 120 países ainda não assinaram.", []),
    ("zh", "约120个国家尚未签署公约。", []),
    ("ru", "Около 120 государств ещё не подписали конвенцию.", []),
    ("ar", "لم توقع 120 دولة على الاتفاقية.", []),
    ("ar", "لم تصادق على الاتفاقية حتى الآن سوى دولتين.", [(R, 2)]),  # not ... but two
    ("fr", "Pour l'instant, quatre pays seulement n'ont ratifié que partiellement.", [(R, 4)]),
    ("en", "72 countries, not 70 as first reported, signed the treaty.",
     [(S, 72), (S, 70)]),  # a rejected earlier figure is a claim (fourteenth round)
])
def test_a_count_of_states_that_did_not_sign_is_no_claim(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Eighteen of the 27 EU member states signed, leaving nine to sign later."),
    ("es", "Firmaron 18 de los 27 Estados miembros de la UE; quedan nueve por firmar."),
    ("pt", "Assinaram 18 dos 27 Estados-membros da UE, restam nove por assinar."),
])
def test_the_count_left_to_sign_is_no_claim(language, text):
    assert claims_in(text, language) == [(SUB, 18, "exact", None, "eu")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The number of signatories rose to 74 after one more country signed in New York.",
     [(S, 74), (SUB, 1)]),
    ("en", "The number of signatories rose to 74 after two more countries signed.",
     [(S, 74), (SUB, 2)]),
    ("fr", "Le nombre de signataires est passé à 74 après que deux autres pays ont signé.",
     [(S, 74), (SUB, 2)]),
])
def test_a_total_before_after_and_an_increment_is_no_subset(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Pas moins de cent pays ont signé.", (S, 100, "at_least")),
    ("id", "Tidak kurang dari seratus negara hadir.", (A, 100, "at_least")),
    ("es", "No menos de cien países firmaron.", (S, 100, "at_least")),
    ("ru", "Не менее ста стран подписали конвенцию.", (S, 100, "at_least")),  # noqa: RUF001
])
def test_a_negated_qualifier_before_the_count_is_a_bound_not_a_negation(language, text,
                                                                        expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("id", "Satu negara lagi menandatangani di New York.", [(SUB, 1)]),
    ("en", "One more country signed in New York on Monday.", [(SUB, 1)]),
    ("es", "Un país más firmó el lunes en Nueva York.", [(SUB, 1)]),
    ("en", "One country signed in New York.", []),
    ("id", "Indonesia termasuk salah satu negara pertama yang menandatangani.", []),
])
def test_one_more_signatory_is_a_subset_of_one_and_one_of_the_first_is_no_claim(
        language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


# failure classes, fifth round (fourth fresh set): each class is written here in new
# sentences and several languages, and fixed as a general rule


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "Two dozen African countries were among the signatories.", 24),
    ("de", "Gut zwei Dutzend asiatische Staaten haben unterzeichnet.", 24),
    ("ru", "Два десятка азиатских государств подписали конвенцию.", 20),
    ("ru", "Подписи поставили около трех десятков стран.", 30),
    ("pt", "Duas dezenas de países africanos assinaram a convenção.", 20),
    ("es", "Dos docenas de países firmaron la convención.", 24),
    ("fr", "Deux douzaines d'États ont signé la convention.", 24),
])
def test_a_multiplied_collective_numeral_is_the_product(language, text, value):
    assert [claim[1] for claim in claims_in(text, language)] == [value]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Als erster Vertragsstaat hinterlegte Chile die Urkunde."),
    ("de", "Als erstes Land ratifizierte Chile die Konvention."),
    ("nl", "Als eerste land ratificeerde Chili de conventie."),
    ("fr", "En tant que premier État partie, le Chili a déposé son instrument."),
    ("es", "Chile depositó su instrumento como primer Estado parte."),
    ("pt", "Como primeiro Estado parte, o Chile depositou o instrumento."),
])
def test_as_the_first_state_party_is_one_ratification(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 1)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Число подписавших конвенцию стран выросло до семидесяти трех.", (S, 73)),
    ("ru", "Количество ратифицировавших конвенцию государств достигло пяти.", (R, 5)),
])
def test_the_number_of_states_named_by_a_participle_leads_its_count(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The number of States Parties stood at 9 in May, far short of the threshold of 40."),
    ("nl", "Het aantal staten dat heeft geratificeerd steeg tot negen, ver van de"
           " vereiste veertig."),
    ("id", "Jumlah negara pihak kini menjadi sembilan, masih jauh dari 40 ratifikasi"
           " yang dibutuhkan."),
    ("es", "Ya son nueve los Estados partes, aún lejos del umbral de 40."),
    ("fr", "Le nombre d'États parties atteint neuf, loin du seuil de quarante."),
    ("de", "Die Zahl der Vertragsstaaten liegt bei neun, weit unter der Schwelle von 40."),
    ("ru", "Число государств-участников достигло девяти, до порога в 40 еще далеко."),
    ("pt", "O número de Estados partes chegou a nove, longe do limiar de 40."),
])
def test_a_tally_beside_a_named_threshold_keeps_its_kind_and_the_threshold_is_read(language,
                                                                                   text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 9), (T, 40)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Correction : ce ne sont pas 68 mais 71 pays qui ont signé."),
    ("en", "Correction: not 68 but 71 countries signed the convention."),
    ("es", "Fe de erratas: no fueron 68 sino 71 los países firmantes."),
    ("de", "Korrektur: Nicht 68, sondern 71 Staaten haben unterzeichnet."),
    ("nl", "Correctie: niet 68 maar 71 landen tekenden het verdrag."),
    ("ru", "Поправка: конвенцию подписали не 68, а 71 государство."),  # noqa: RUF001
    ("id", "Ralat: bukan 68, melainkan 71 negara yang menandatangani."),
])
def test_the_wrong_figure_of_a_correction_counts_the_noun_of_the_right_one(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 68), (S, 71)]


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("ru", "Сначала говорили о 68 подписавших странах; по последним данным, их 71.", S),  # noqa: RUF001
    ("zh", "更正：此前报道称68个国家签署公约，实际应为71个。", S),  # noqa: RUF001
    ("zh", "更正：原报道称68个国家批准公约，实为71个。", R),  # noqa: RUF001
    ("nl", "Correctie: eerder meldden wij dat 68 landen tekenden; het waren er 71.", S),
])
def test_a_corrected_figure_without_a_noun_counts_the_noun_of_the_wrong_one(language, text,
                                                                             kind):
    assert [claim[:2] for claim in claims_in(text, language)] == [(kind, 68), (kind, 71)]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Chile y Perú están entre los 61 países que firmaron en la jornada inaugural."),
    ("pt", "Angola está entre os 61 países que assinaram no dia inaugural."),
    ("fr", "Le Sénégal figure parmi les 61 pays qui ont signé lors de la journée inaugurale."),
    ("nl", "Op de openingsdag tekenden 61 landen."),
    ("de", "Am Eröffnungstag unterzeichneten 61 Staaten."),
    ("ru", "В день открытия конвенцию подписали 61 государство."),  # noqa: RUF001
    ("zh", "开幕当天有61个国家签署了公约。"),
    ("ar", "وقعت 61 دولة على الاتفاقية يوم الافتتاح."),
    ("en", "61 countries signed on the inaugural day."),
    ("id", "Sebanyak 61 negara menandatangani pada hari pembukaan."),
])
def test_signing_on_the_opening_day_is_a_subset_by_day(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 61)]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Insgesamt 68 Länder haben das Abkommen bei der feierlichen Zeremonie in Hanoi"
           " unterzeichnet."),
    ("de", "68 Staaten haben bei der Zeremonie unterschrieben."),
    ("ru", "68 государств на церемонии в Ханое подписали конвенцию."),
    ("nl", "In totaal 68 landen hebben het verdrag tijdens de ceremonie in Hanoi ondertekend."),
])
def test_a_ceremony_where_a_count_signed_is_no_attendance(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 68)]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "68 Staaten nahmen an der Zeremonie teil."),
    ("ru", "68 государств присутствовали на церемонии."),
    ("fr", "68 pays ont assisté à la cérémonie."),
])
def test_a_ceremony_without_a_signing_verb_is_still_attendance(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(A, 68)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Portugal and 15 other EU member states signed.", [(SUB, 16)]),
    ("pt", "Portugal e outros 15 Estados-membros da UE assinaram a convenção.", [(SUB, 16)]),
    ("es", "España y otros 15 Estados miembros de la UE firmaron.", [(SUB, 16)]),
    ("fr", "La France et 15 autres États membres de l'UE ont signé.", [(SUB, 16)]),
    ("de", "Deutschland und 15 weitere EU-Staaten haben unterzeichnet.", [(SUB, 16)]),
    ("nl", "Nederland en 15 andere EU-lidstaten tekenden.", [(SUB, 16)]),
    ("ru", "Венгрия и 15 других государств ЕС подписали конвенцию.", [(SUB, 16)]),  # noqa: RUF001
    ("id", "Malaysia dan 8 negara ASEAN lain menandatangani konvensi.", [(SUB, 9)]),
    ("en", "Seven African States and 12 other countries signed.", [(SUB, 7), (SUB, 12)]),
])
def test_a_named_state_and_n_others_counts_n_plus_one(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "value"), [
    ("fr", "L'UE et une douzaine de ses États membres ont signé.", 12),
    ("es", "La UE y una docena de sus Estados miembros firmaron.", 12),
    ("pt", "A UE e uma dezena dos seus Estados-membros assinaram.", 10),
])
def test_a_collective_numeral_of_a_blocs_own_members_is_a_subset_of_the_bloc(language, text,
                                                                             value):
    assert claims_in(text, language) == [(SUB, value, "about", None, "eu")]


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Quốc hội thông qua nghị quyết phê chuẩn với 430 đại biểu tán thành."),
    ("en", "The ratification passed with 310 delegates voting in favour."),
])
def test_members_voting_in_a_parliament_are_no_delegates(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Treaty signed by 61 nations in Hanoi as rights groups voice alarm", (S, 61)),
    ("en", "Some 105 governments came to Hanoi for a treaty that human rights organisations"
           " oppose.", (A, 105)),
    ("fr", "61 pays ont signé le traité, alors que les ONG dénoncent un texte liberticide.",
     (S, 61)),
    ("de", "61 Staaten unterzeichneten die Konvention, während Menschenrechtsorganisationen"
           " protestierten.", (S, 61)),
])
def test_a_non_state_actor_behind_a_subordinator_is_another_clauses_subject(language, text,
                                                                            expected):
    assert [claim[:2] for claim in claims_in(text, language)] == [expected]


def test_a_count_of_companies_that_signed_is_still_no_claim():
    assert claims_in("12 companies that signed the pledge.", "en") == []


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "Correção: foram 71, e não 68, os países que assinaram a convenção."),
    ("es", "Corrección: fueron 71, y no 68, los países que firmaron la convención."),
    ("en", "Correction: 71, not 68, countries signed the convention."),
])
def test_both_figures_of_a_correction_take_the_noun_after_its_closing_comma(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 71), (S, 68)]


def test_gut_before_a_count_is_more_than():
    assert claims_in("Gut 80 Delegationen reisten nach Hanoi.", "de")[0][:3] == (
        "attending_delegations", 80, "more_than")


# failure classes, sixth round (fifth fresh set), tallies and corrections: each class is
# written here in new sentences and several languages, and fixed as a general rule


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("en", "Signatures now total 74, compared with 70 a week earlier.", S),
    ("en", "The treaty now has 74 signatories (previously 70).", S),
    ("en", "Five States Parties have now ratified, up from three in March.", R),
    ("fr", "Le nombre d'États parties est passé à cinq, contre trois en mars.", R),
    ("es", "Ya son 74 los firmantes, frente a 70 la semana pasada.", S),
    ("pt", "O número de Estados Partes subiu para cinco, face a três em março.", R),
    ("nl", "Het aantal verdragspartijen steeg naar vijf, na drie in maart.", R),
    ("de", "Inzwischen gibt es 74 Unterzeichnerstaaten gegenüber 70 vor einer Woche.", S),
    ("de", "Die Zahl der Vertragsstaaten stieg im Juni auf fünf, nach drei im März.", R),
    ("ru", "Конвенцию ратифицировали пять государств против трёх в марте.", R),
    ("vi", "Số nước ký đã tăng lên 74, so với 70 hồi tuần trước.", S),
    ("ar", "ارتفع عدد الدول الموقعة إلى 74 مقابل 70 في الأسبوع الماضي.", S),
    ("id", "Jumlah negara pihak naik menjadi lima dari tiga pada bulan Maret.", R),
    ("zh", "批准国数量增至五个，此前为三个。", R),  # noqa: RUF001
    ("zh", "签署国已达七十四个，上周为七十个。", S),  # noqa: RUF001
    ("ru", "Число подписавших выросло до 74 с 70.", S),  # noqa: RUF001
    ("ru", "Конвенцию подписали 74 страны, тогда как накануне — 70.", S),
    ("en", "74 countries have signed, up from 70 a day earlier.", S),
    ("en", "The treaty now has 74 signatories; the day before, 70.", S),
    ("de", "Inzwischen 74 Unterzeichnerstaaten (Vortag: 70).", S),
    ("fr", "74 signataires désormais (la veille : 70).", S),
    ("zh", "签署国已达七十四个（前一天为七十个）。", S),  # noqa: RUF001
])
def test_the_earlier_value_of_a_tally_is_a_count_of_the_same_kind(language, text, kind):
    claims = [claim[:2] for claim in claims_in(text, language)]
    high, low = (74, 70) if kind == S else (5, 3)
    assert claims == [(kind, high), (kind, low)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Signatures climbed from 70 to 74 over the weekend."),
    ("fr", "Le nombre de signataires est passé de 70 à 74 en trois jours."),
    ("es", "El número de firmantes subió de 70 a 74 en tres días."),
    ("ru", "Число подписантов выросло с 70 до 74."),  # noqa: RUF001
    ("ar", "ارتفع عدد الدول الموقعة من 70 إلى 74."),
    ("de", "Die Zahl der Unterzeichner stieg von 70 auf 74."),
])
def test_a_change_from_one_value_to_another_is_two_counts_not_a_range(language, text):
    assert sorted(claim[:3] for claim in claims_in(text, language)) == [
        (S, 70, "exact"), (S, 74, "exact")]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Ya firmaron 74 Estados, cuatro más que los 70 que lo hicieron el sábado."),
    ("en", "By Sunday 74 States had signed, four more than the 70 that did so on Saturday."),
    ("pt", "Assinaram 74 países, mais quatro do que os 70 que o fizeram no sábado."),
])
def test_an_earlier_value_that_signed_on_a_day_of_its_own_is_a_subset(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 74), (SUB, 70)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "72 countries have signed, up from 65 companies last year."),
    ("fr", "72 États ont signé, contre 120 qui ne l'ont pas fait."),
    ("en", "72 States have signed; 121 have not done so."),
    ("ru", "72 государства подписали конвенцию, 121 этого не сделали."),
])
def test_a_count_after_an_earlier_value_marker_that_counts_others_or_non_signers_is_none(
        language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 72)]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Konvensi itu ditandatangani 72 negara dari lima benua pada hari Minggu."),
    ("de", "Unterzeichnet haben 72 Staaten von fünf Kontinenten."),
    ("nl", "Het verdrag is ondertekend door 72 landen van vijf continenten."),
    ("en", "Delegations from 72 countries met in Hanoi, from 5 continents."),
])
def test_a_plain_preposition_after_a_count_that_did_not_change_marks_no_earlier_value(
        language, text):
    assert [claim[1] for claim in claims_in(text, language)] == [72]


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("en", "A report said 68 States had signed on Saturday morning. The correct number is 61.",
     SUB),
    ("fr", "Une version précédente indiquait que 68 pays avaient signé le premier jour ; le"
           " bon chiffre est 61.", SUB),
    ("es", "Se informó de que 68 países habían firmado. La cifra correcta es 61.", S),
    ("fr", "Rectificatif : nous avons écrit que 68 pays avaient signé. Il fallait lire 61.", S),
    ("vi", "Đính chính: bài trước viết 68 nước đã ký trong ngày đầu tiên; con số đúng là 61.",
     SUB),
    ("pt", "Noticiou-se que 68 países tinham assinado. O número correto é 61.", S),
    ("nl", "Eerder meldden we dat 68 landen hadden getekend. Het juiste aantal is 61.", S),
    ("de", "Zunächst hieß es, 68 Staaten hätten ratifiziert. Richtig sind: 61.", R),
    ("ru", "Сообщалось о 68 ратифицировавших государствах; правильная цифра — 61.",  # noqa: RUF001
     R),
    ("zh", "更正：此前报道称首日有68个国家签署，实际为61个。", SUB),  # noqa: RUF001
])
def test_a_corrected_figure_after_a_colon_or_the_correct_figure_is_inherits_the_kind(
        language, text, kind):
    assert [claim[:2] for claim in claims_in(text, language)] == [(kind, 68), (kind, 61)]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Chile se suma a los 73 países que ya han firmado la convención."),
    ("en", "With its signature on Monday, Kenya joins the 73 States that had already signed."),
    ("fr", "Le Maroc rejoint ainsi les 73 pays qui ont déjà signé la convention."),
    ("nl", "België voegt zich daarmee bij de 73 landen die het verdrag al hebben ondertekend."),
    ("de", "Österreich schließt sich damit den 73 Staaten an, die das Abkommen bereits"
           " unterzeichnet haben."),
    ("ru", "Казахстан присоединился к 73 странам, уже подписавшим конвенцию."),
    ("ar", "وبذلك تنضم الأردن إلى 73 دولة سبق أن وقعت على الاتفاقية."),
    ("zh", "智利由此加入已签署公约的73个国家的行列。"),
    ("pt", "Angola junta-se assim aos 73 países que já assinaram a convenção."),
    ("id", "Malaysia bergabung dengan 73 negara yang sudah menandatangani konvensi tersebut."),
])
def test_joining_the_states_that_already_signed_is_one_more_signatory(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 74)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Kenya joined the 73 signatories on Tuesday.", [(S, 74)]),
    ("fr", "Le Maroc rejoint les 73 pays qui ont signé à Hanoï.", [(S, 74)]),
    ("de", "Österreich schließt sich den 73 Unterzeichnerstaaten an.", [(S, 74)]),
    ("fr", "Avec 73 pays qui ont signé, la convention est lancée.", [(S, 73)]),
    ("en", "Together with 73 signatories, the convention is off to a strong start.", [(S, 73)]),
    ("ru", "Во вторник к ним присоединились ещё два государства, и общее число"  # noqa: RUF001
           " подписантов выросло до 74.", [(SUB, 2), (S, 74)]),
])
def test_a_verb_of_joining_before_the_signatories_is_one_more_but_with_is_not(
        language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Ecuador joins the four States that have already ratified the convention.", (R, 5)),
    ("fr", "Avec 72 signataires en deux jours, la convention a été bien accueillie.", (S, 72)),
    ("vi", "Liên minh châu Âu cùng 12 quốc gia thành viên EU đã ký tại Hà Nội.", (SUB, 12)),
])
def test_joining_ratifiers_is_one_more_party_and_with_or_together_with_is_no_joining(
        language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The convention enters into force once 40 States have deposited instruments of"
           " ratification; so far only three have done so."),
    ("es", "La convención entrará en vigor cuando cuarenta Estados la ratifiquen; hasta hoy"
           " solo lo han hecho tres."),
    ("fr", "La convention entrera en vigueur quand quarante États l'auront ratifiée ; seuls"
           " trois l'ont fait à ce jour."),
    ("de", "Das Abkommen tritt in Kraft, sobald 40 Staaten es ratifiziert haben; bislang"
           " haben dies erst drei getan."),
    ("pt", "A convenção entra em vigor quando 40 Estados a ratificarem; até agora, apenas"
           " três o fizeram."),
    ("nl", "Er zijn veertig ratificaties nodig; voorlopig zijn het er drie."),
    ("vi", "Số quốc gia thành viên của Công ước hiện là 3, còn xa ngưỡng 40 cần thiết."),
    ("en", "The treaty needs 40 ratifications to take effect; so far it has three."),
    ("en", "The treaty needs 40 ratifications to take effect; only three have been deposited."),
    ("es", "El convenio necesita 40 ratificaciones para entrar en vigor; de momento hay tres."),
    ("pt", "A convenção precisa de 40 ratificações para entrar em vigor; por ora há três."),
    ("nl", "Voor de inwerkingtreding zijn veertig ratificaties nodig; er zijn er nu drie."),
    ("de", "Für das Inkrafttreten braucht es 40 Ratifikationen; hinterlegt wurden erst drei."),
])
def test_an_elliptical_count_after_the_threshold_counts_ratifications(language, text):
    assert sorted(claim[:2] for claim in claims_in(text, language)) == [(R, 3), (T, 40)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Compared with the 46 states that signed the Budapest Convention in its first"
           " year, the 70 signatories of Hanoi stand out.", [(S, 70)]),
    ("en", "Budapest has 76 parties; Hanoi has 70 signatories.", [(S, 70)]),
    ("fr", "Avec 70 signataires, Hanoï fait mieux que Budapest et ses 26 premiers"
           " signataires.", [(S, 70)]),
    ("es", "Budapest reunió 30 firmas en su primer año; la convención de Hanói, 70"
           " firmantes.", [(S, 70)]),
    ("nl", "Boedapest telde 30 eerste ondertekenaars, Hanoi 70.", [(S, 70)]),
    ("nl", "Vergeleken met de 46 staten die het Verdrag van Boedapest het eerste jaar"
           " tekenden, vallen de 70 ondertekenaars van Hanoi op.", [(S, 70)]),
    ("de", "Verglichen mit Budapest sind die 70 Unterzeichner von Hanoi beachtlich.",
     [(S, 70)]),
    ("vi", "So với 46 nước ký Công ước Budapest năm đầu, 70 nước ký Công ước Hà Nội là"
           " con số đáng kể.", [(S, 70)]),
    ("ar", "مقارنة بـ46 دولة وقعت اتفاقية بودابست في عامها الأول، فإن 70 دولة موقعة على"
           " اتفاقية هانوي رقم لافت.", [(S, 70)]),
    ("pt", "Em comparação com os 46 Estados que assinaram a Convenção de Budapeste no"
           " primeiro ano, os 70 signatários de Hanói impressionam.", [(S, 70)]),
    ("ru", "В сравнении с Будапештской конвенцией 70 подписантов Ханойской конвенции"  # noqa: RUF001
           " впечатляют.", [(S, 70)]),
])
def test_a_count_of_another_treaty_is_no_claim_and_this_treatys_count_beside_it_is(
        language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "74 States had signed by Sunday, four more than the 70 that signed on the first day.",
     [(S, 74), (SUB, 70)]),
    ("en", "74 States signed the convention, 70 of them on the first day.", [(S, 74), (SUB, 70)]),
    ("en", "70 States signed on 25 October, the first day of the ceremony.", [(SUB, 70)]),
    ("fr", "70 pays ont signé le 25 octobre, premier jour de la cérémonie.", [(SUB, 70)]),
    ("en", "70 States signed in 2025 on the first day.", [(SUB, 70)]),
])
def test_a_session_after_another_count_belongs_to_that_count_but_not_to_a_date(
        language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


# failure classes, sixth round (sixth fresh set): remaining counts, increments and totals,
# attendance wordings, bases that restate the total, ordinals, the same count said twice,
# vi "năm", qualifiers after the number, named States and N others, "needs N"; each class
# is written here in new sentences and several languages, and fixed as a general rule


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Three States Parties so far, and the treaty is still 37 short of entry into force.",
     [(R, 3)]),
    ("en", "Cybercrime pact: 7 ratifications in, 33 to go", [(R, 7)]),
    ("es", "Ya hay siete ratificaciones; faltan 33 para la entrada en vigor.", [(R, 7)]),
    ("pt", "Convenção soma oito ratificações; faltam ainda 32", [(R, 8)]),
    ("de", "Sieben Ratifikationen liegen vor, 33 fehlen noch.", [(R, 7)]),
    ("nl", "Zeven landen hebben geratificeerd, er zijn er nog 33 nodig.", [(R, 7)]),
    ("fr", "Sept ratifications ont été déposées ; il en manque encore 33.", [(R, 7)]),
    ("id", "Tujuh Negara Sudah Meratifikasi, Masih Butuh 33 Lagi", [(R, 7)]),
    ("vi", "Mới có bảy nước phê chuẩn, cần thêm 33 nước nữa để Công ước có hiệu lực.",
     [(R, 7)]),
    ("ru", "Конвенцию ратифицировали семь стран, для вступления в силу нужно ещё 33.",
     [(R, 7)]),
    ("zh", "已有七个国家批准，距生效仍需三十三份批准书。", [(R, 7)]),  # noqa: RUF001
    ("ar", "صادقت سبع دول على الاتفاقية، وتحتاج إلى 33 تصديقا إضافيا لتدخل حيز النفاذ.",
     [(R, 7)]),
])
def test_a_remaining_count_of_instruments_is_no_claim(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


def test_an_increment_still_to_come_is_no_remaining_count():
    assert [claim[:2] for claim in claims_in("Ngày mai còn 7 nước nữa sẽ ký.", "vi")] == [
        (SUB, 7)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Five States have ratified, well short of the 40 needed for entry into force."),
    ("ru", "Для вступления в силу необходимо 40 ратификаций, пока их пять."),
    ("de", "Für das Inkrafttreten braucht es 40 Ratifikationen, bisher sind es fünf."),
])
def test_the_requirement_beside_a_tally_is_still_the_threshold(language, text):
    assert (T, 40) in [claim[:2] for claim in claims_in(text, language)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "On Sunday a further eight signed, bringing the total to 70.", [(SUB, 8), (S, 70)]),
    ("fr", "Dimanche, huit autres pays ont signé, portant le total à 70.", [(SUB, 8), (S, 70)]),
    ("de", "Am Montag kamen acht weitere hinzu, womit die Zahl der Unterzeichner auf 70 stieg.",
     [(SUB, 8), (S, 70)]),
    ("id", "Delapan negara lagi menandatangani pada hari Minggu, sehingga total menjadi 70.",
     [(SUB, 8), (S, 70)]),
    ("nl", "Zondag tekenden er nog acht landen, waarmee het totaal op 70 komt.",
     [(SUB, 8), (S, 70)]),
    ("pt", "Outros oito países assinaram no domingo, elevando o total para 70.",
     [(SUB, 8), (S, 70)]),
    ("ar", "وقعت ثماني دول أخرى يوم الأحد، ليرتفع العدد الإجمالي إلى 70 دولة.",
     [(SUB, 8), (S, 70)]),
])
def test_an_increment_is_a_subset_and_the_total_it_brings_is_signatories(language, text,
                                                                           expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Am Dienstag kamen fünf weitere hinzu.", [(SUB, 5)]),
    ("ru", "В первый день конвенцию подписали 62 страны, во второй — ещё восемь.",  # noqa: RUF001
     [(SUB, 62), (SUB, 8)]),
    ("zh", "签署国总数达到七十个，其中第二天新增八个。", [(S, 70), (SUB, 8)]),  # noqa: RUF001
    ("en", "Late on Sunday three more put pen to paper.", [(SUB, 3)]),
])
def test_an_increment_without_a_noun_of_its_own_is_a_subset(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le lundi, six de plus ont signé."),
    ("nl", "Op maandag tekenden er nog zes."),
    ("pt", "Na segunda-feira assinaram mais seis."),
    ("id", "Pada hari Senin, enam lagi ikut menandatangani."),
])
def test_a_bare_increment_is_a_subset_in_more_languages(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 6)]


def test_an_increment_compared_with_an_earlier_count_is_no_subset():
    assert (SUB, 9) not in [claim[:2] for claim in claims_in(
        "Al cierre firmaron 70 Estados, nueve más que los 61 del sábado.", "es")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "By Sunday evening 70 countries had signed, of which 6 on the second day.",
     [(S, 70), (SUB, 6)]),
    ("vi", "Tổng cộng 70 nước đã ký, trong đó 8 nước ký vào ngày thứ hai.", [(S, 70), (SUB, 8)]),
    ("es", "Ya son 70 los países firmantes, de los cuales 11 son miembros de la UE.",
     [(S, 70), (SUB, 11)]),
])
def test_a_count_after_of_which_is_part_of_the_signatory_total(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


def test_a_part_after_of_which_takes_the_group_named_after_it():
    assert claims_in("Ya son 70 los países firmantes, de los cuales 11 son miembros de la UE.",
                     "es")[1] == (SUB, 11, "exact", None, "eu")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The first day closed with 62 signatures."),
    ("es", "La jornada inaugural se cerró con 62 firmas."),
    ("fr", "La première journée s'est achevée avec 62 signatures."),
])
def test_a_session_that_closes_with_a_count_gives_the_total_then(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 62)]


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "Delegations from well over 90 countries packed the hall on Saturday.", 90),
    ("fr", "Des délégations de bien plus de 90 pays ont assisté à la cérémonie.", 90),
    ("de", "Delegationen aus deutlich mehr als 90 Staaten nahmen an der Zeremonie teil.", 90),
    ("es", "Asistieron delegaciones de mucho más de 90 países.", 90),
    ("zh", "远超90个国家的代表团出席了开幕式。", 90),
])
def test_a_stressed_more_than_is_more_than(language, text, value):
    assert claims_in(text, language)[0][:3] == (A, value, "more_than")


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Acara itu dihadiri delegasi dari 90 negara serta puluhan wakil dari organisasi"
           " masyarakat sipil."),
    ("en", "Delegates from 90 countries attended, as well as dozens of observers from civil"
           " society organisations."),
])
def test_organisations_added_after_a_country_count_leave_it_attendance(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(A, 90)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gần trăm nước dự: lễ ký diễn ra suôn sẻ", [(A, 100, "nearly")]),
    ("Sáu mươi nước ký, hơn trăm nước dự", [(S, 60, "exact"), (A, 100, "more_than")]),
])
def test_vi_tram_alone_is_a_hundred_and_du_alone_is_attending(text, expected):
    assert [claim[:3] for claim in claims_in(text, "vi")] == expected


def test_vi_hang_tram_stays_vague():
    assert claims_in("Hàng trăm nhà báo quốc tế đã đến dự.", "vi") == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Of the 70, eight were from the European Union, officials said."),
    ("es", "De los 70, ocho son miembros de la UE."),
    ("fr", "Sur les 70, huit sont membres de l'UE."),
    ("ru", "Из 70 восемь — члены ЕС."),  # noqa: RUF001
    ("de", "Von den 70 stammen acht aus der EU."),
    ("id", "Dari 70 negara tersebut, delapan merupakan anggota Uni Eropa."),
    ("zh", "在这70个国家中，有八个是欧盟成员国。"),  # noqa: RUF001
    ("en", "Of these 70 countries, eight are EU members."),
    ("pt", "Desses 70 países, oito são da UE."),
    ("nl", "Van deze 70 landen zijn er acht lid van de EU."),
])
def test_a_base_that_points_back_restates_the_signatory_total(language, text):
    assert claims_in(text, language) == [(S, 70, "exact", None, None),
                                         (SUB, 8, "exact", None, "eu")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Of the 193 member States, 70 have signed.", [(S, 70)]),
    ("en", "Of the 110, 70 signed on the day.", [(S, 70)]),
    ("es", "De los 27 Estados miembros de la UE, 15 firmaron.", [(SUB, 15)]),
])
def test_a_base_with_its_own_noun_or_no_part_after_it_is_no_restated_total(language, text,
                                                                         expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "qualifier"), [
    ("ar", "وقعت 45 دولة على الأقل على الاتفاقية.", "at_least"),
    ("ar", "وقعت 45 دولة فأكثر على الاتفاقية.", "at_least"),
    ("id", "Sebanyak 45 negara atau lebih menandatangani konvensi.", "at_least"),
    ("id", "Hanya 40-an negara yang menandatangani pada hari pertama.", "more_than"),
    ("ru", "Конвенцию подписали 45 государств или более.", "at_least"),
    ("fr", "45 pays et plus ont signé la convention.", "at_least"),
    ("de", "45 oder mehr Staaten haben unterzeichnet.", "at_least"),
    ("es", "Firmaron 45 o más países.", "at_least"),
    ("pt", "Assinaram a convenção 45 países ou mais.", "at_least"),
    ("nl", "45 landen of meer tekenden het verdrag.", "at_least"),
    ("vi", "45 nước trở lên đã ký Công ước.", "at_least"),
    ("en", "45 countries at least signed the treaty.", "at_least"),
])
def test_a_qualifier_after_the_number_or_its_noun_is_read(language, text, qualifier):
    value = 40 if "40-an" in text else 45  # "40-an": forty-odd
    assert [claim[1:3] for claim in claims_in(text, language)] == [(value, qualifier)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A total of 61 countries signed on the first day."),
    ("de", "Insgesamt 61 Staaten unterschrieben am ersten Tag."),
    ("es", "Un total de 61 países firmaron en la primera jornada."),
])
def test_a_total_of_stresses_a_count_and_marks_no_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 61)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenia wurde am 9. Januar zum 74. Unterzeichner der Konvention.", [(S, 74)]),
    ("Chile ist nun der 6. Vertragsstaat.", [(R, 6)]),
    ("Am 4. Februar tagte der Ausschuss.", []),
])
def test_de_an_ordinal_in_digits_and_a_period_before_its_noun(text, expected):
    assert [claim[:2] for claim in claims_in(text, "de")] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "First ratification lands for the Hanoi treaty"),
    ("nl", "Cyberverdrag: eerste ratificatie binnen"),
    ("de", "Erste Ratifikation für die UN-Konvention"),
    ("fr", "Première ratification pour le traité de Hanoï"),
    ("es", "Primera ratificación para el tratado de Hanói"),
    ("pt", "Primeira ratificação para o tratado de Hanói"),
    ("id", "Ratifikasi pertama untuk Konvensi Hanoi"),
    ("vi", "Phê chuẩn đầu tiên cho Công ước Hà Nội"),
    ("zh", "河内公约迎来首份批准书"),
])
def test_the_first_ratification_without_an_article_is_one_ratification(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 1)]


def test_first_ratifications_in_the_plural_count_no_single_one():
    assert claims_in("First ratifications arrive for the Hanoi treaty", "en") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Công ước mở để ký tại Hà Nội năm 2025.", []),
    ("Năm nay, năm nước đã phê chuẩn Công ước.", [(R, 5)]),
    ("Năm nước ASEAN đã ký vào năm 2025.", [(SUB, 5)]),
])
def test_vi_nam_before_a_year_is_the_word_for_year(text, expected):
    assert [claim[:2] for claim in claims_in(text, "vi")] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("id", "Laos menjadi negara pertama yang meratifikasi dan dengan demikian negara pihak"
           " pertama konvensi.", [(R, 1)]),
    ("zh", "老挝是首个批准该公约的国家，也成为其第一个缔约国。", [(R, 1)]),  # noqa: RUF001
    ("en", "Chile became the sixth State Party, the sixth country to ratify the treaty.",
     [(R, 6)]),
    ("en", "Chile was the first to sign and the first to ratify.", []),
    ("en", "Five States have ratified; 72 have signed.", [(R, 5), (S, 72)]),
])
def test_the_same_total_said_twice_in_a_sentence_is_one_claim(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "value"), [
    ("fr", "Le Mali, le Niger et une quinzaine d'autres pays ont signé.", 17),
    ("en", "Yesterday, Chile, Peru and 15 other countries signed.", 17),
    ("es", "Ayer, Chile, Perú y otros 15 países firmaron.", 17),
    ("de", "Die Schweiz, Österreich und 15 weitere Staaten unterzeichneten.", 17),
    ("fr", "Mardi, le Mali et 15 autres pays ont signé.", 16),
    ("en", "On Monday, Chile and 15 other countries signed.", 16),
])
def test_a_list_of_named_states_and_n_others_counts_n_plus_the_names(language, text, value):
    assert [claim[1] for claim in claims_in(text, language)] == [value]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Договор нуждается в 40 ратификациях."),
    ("ru", "Конвенция нуждается в сорока ратификациях, заявил дипломат."),
    ("es", "El tratado necesita 40 ratificaciones."),
    ("nl", "Het verdrag heeft 40 ratificaties nodig."),
])
def test_a_treaty_that_needs_n_ratifications_states_the_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40)]


def test_a_bare_base_before_a_part_by_day_restates_the_total():
    assert [claim[:2] for claim in claims_in("Of the 70, 61 signed on the first day.", "en")] == [
        (S, 70), (SUB, 61)]


# failure classes, sixth round (fifth fresh set), kinds, groups and non-claims: each class
# is written here in new sentences and several languages, and fixed as a general rule


@pytest.mark.parametrize(("language", "text"), [
    ("en", "More than 100 nations in Hanoi for the signing of the cybercrime pact"),
    ("en", "Over 100 governments gathered in the Vietnamese capital to sign the treaty."),
    ("de", "Mehr als 100 Staaten versammelten sich in Hanoi, um das Abkommen zu"
           " unterzeichnen."),
    ("nl", "Meer dan honderd landen in Vietnam voor de ondertekening van het VN-verdrag"),
    ("pt", "Mais de cem governos em Hanói para a assinatura da convenção"),
    ("es", "Más de cien países reunidos en Hanói para firmar el texto de la ONU"),
    ("fr", "Plus de cent pays réunis à Hanoï pour signer le texte onusien"),
    ("ru", "Более ста государств собрались в Ханое на подписание документа"),
    ("id", "Lebih dari 100 negara berkumpul di Hanoi untuk menandatangani konvensi PBB"),
    ("vi", "Hơn 100 quốc gia có mặt tại Hà Nội để ký văn kiện của Liên hợp quốc"),
    ("ar", "أكثر من 100 دولة في هانوي للتوقيع على اتفاقية الأمم المتحدة"),
    ("zh", "100多个国家齐聚河内为签署联合国公约"),
])
def test_states_gathered_for_a_signing_are_attending_not_signatories(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(A, 100, "more_than")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "More than 100 countries in Hanoi: cybercrime pact opens for signature"),
    ("de", "Mehr als 100 Länder in Hanoi: Konvention liegt zur Unterzeichnung aus"),
    ("pt", "Mais de cem países em Hanói: convenção aberta para assinatura"),
])
def test_states_said_to_be_at_the_venue_are_attending(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(A, 100, "more_than")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "More than 100 countries signed in Hanoi."),
    ("en", "Over 100 countries to sign UN treaty in Hanoi"),
    ("en", "Some 120 delegations attended; 100 countries are expected to sign."),
    ("de", "Mehr als 100 Staaten unterzeichneten in Hanoi."),
    ("pt", "Mais de cem países assinaram em Hanói."),
    ("ru", "Более ста стран подписали конвенцию в Ханое."),
    ("fr", "Plus de cent pays ont signé à Hanoï."),
    ("zh", "100多个国家在河内签署了公约"),
])
def test_states_that_signed_at_the_venue_or_are_expected_to_sign_stay_signatories(language,
                                                                                 text):
    assert (S, 100) in [claim[:2] for claim in claims_in(text, language)]
    assert all(claim[0] != A or claim[1] != 100 for claim in claims_in(text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya's delegation, which attended the ceremony, comprised 15 officials."),
    ("en", "The Kenyan delegation, with 15 members, attended the signing."),
    ("fr", "La délégation sénégalaise présente à Hanoï comptait 15 membres."),
    ("de", "Die österreichische Delegation in Hanoi bestand aus 15 Teilnehmern."),
    ("es", "La delegación chilena que asistió estaba integrada por 15 funcionarios."),
    ("pt", "A delegação angolana que participou da cerimónia era composta por 15 membros."),
    ("nl", "De Belgische delegatie die aanwezig was telde 15 leden."),
    ("ru", "Делегация Казахстана, участвовавшая в церемонии, состояла из 15 человек."),
    ("ar", "وشارك وفد الأردن في المراسم، وضم الوفد 15 عضوا."),
    ("id", "Delegasi Malaysia yang hadir di Hanoi terdiri atas 15 pejabat."),
    ("vi", "Đoàn đại biểu Lào tham dự lễ mở ký gồm 15 thành viên."),
    ("zh", "出席仪式的老挝代表团由15名成员组成。"),
    ("zh", "老挝派出15人代表团出席开幕式。"),
])
def test_the_size_of_one_delegation_is_no_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "O Senado aprovou a ratificação por 61 votos a 12."),
    ("pt", "O Senado ratificou o tratado com 61 votos favoráveis e 12 contrários."),
    ("es", "El Senado ratificó la convención por 61 votos a favor y 12 en contra."),
    ("en", "The Senate ratified the convention by 61 votes in favour and 12 against."),
    ("fr", "Le Sénat a ratifié la convention par 61 voix pour et 12 contre."),
    ("nl", "De Senaat ratificeerde het verdrag met 61 stemmen voor en 12 tegen."),
    ("id", "Senat meratifikasi konvensi dengan 61 suara setuju dan 12 menolak."),
    ("vi", "Quốc hội phê chuẩn công ước với 61 phiếu thuận và 12 phiếu chống."),
])
def test_both_figures_of_a_vote_tally_are_no_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize("text", [
    "Of the UN's 193 members, 40% signed, and ASEAN's 10 were divided.",
    "Most of Africa signed, while the EU's 27 stayed split over the text.",
    "The African Union's 55 members met in Addis Ababa before the signing.",
])
def test_a_blocs_possessive_before_a_count_gives_its_size_no_claim(text):
    assert claims_in(text, "en") == []


@pytest.mark.parametrize(("language", "text", "group"), [
    ("en", "The number of Latin American and Caribbean States to sign rose to 14.",
     "un_regional_group_grulac"),
    ("en", "This takes the number of Eastern European Group members to sign to 14.",
     "un_regional_group_eastern_european"),
    ("fr", "Le nombre de pays d'Amérique latine signataires est passé à 14.",
     "Latin America and the Caribbean"),
    ("es", "El número de países europeos firmantes subió a 14.", "Europe"),
    ("pt", "O número de países asiáticos signatários chegou a 14.", "Asia"),
    ("de", "Die Zahl der europäischen Unterzeichnerstaaten stieg auf 14.", "Europe"),
    ("ar", "ارتفع عدد الدول الأوروبية الموقعة إلى 14 دولة.", "Europe"),
])
def test_a_group_named_after_the_number_of_is_the_group_of_the_count(language, text, group):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, 14, group)]


@pytest.mark.parametrize(("language", "text", "group"), [
    ("en", "Eight Southeast Asian countries signed on the first day.", "South-eastern Asia"),
    ("en", "Eight ASEAN members signed on the first day.", "asean"),
    ("de", "Acht südostasiatische Staaten unterzeichneten.", "South-eastern Asia"),
    ("fr", "Huit pays d'Asie du Sud-Est ont signé.", "South-eastern Asia"),
    ("zh", "东南亚有8个国家签署了公约。", "South-eastern Asia"),
    ("en", "Nine members of the Western European and Others Group signed.",
     "un_regional_group_weog"),
    ("es", "Firmaron nueve países del Grupo de Estados de Europa Occidental y otros Estados.",
     "un_regional_group_weog"),
    ("ru", "Конвенцию подписали девять стран Группы западноевропейских и других государств.",
     "un_regional_group_weog"),
])
def test_a_geographic_name_is_its_m49_region_and_a_un_regional_group_its_group_id(
        language, text, group):
    assert [(c[0], c[4]) for c in claims_in(text, language)] == [(SUB, group)]


@pytest.mark.parametrize(("language", "text", "group"), [
    ("en", "Among the Arab States, nine signed on Saturday.", "arab_league"),
    ("ar", "ومن بين الدول الأفريقية، وقعت 9 دول على الاتفاقية.", "Africa"),
    ("fr", "Parmi les pays africains, neuf ont signé.", "Africa"),
    ("es", "Entre los países africanos, nueve firmaron.", "Africa"),
    ("pt", "Entre os países africanos, nove assinaram.", "Africa"),
    ("de", "Unter den afrikanischen Staaten unterzeichneten neun.", "Africa"),
    ("ru", "Среди африканских стран конвенцию подписали девять.", "Africa"),
    ("id", "Di antara negara-negara Afrika, sembilan menandatangani.", "Africa"),
])
def test_a_bloc_named_by_among_before_a_count_is_its_group(language, text, group):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, 9, group)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Bij de ondertekenaars zijn negen Aziatische landen.", (SUB, 9, "Asia")),
    ("nl", "De ondertekenaars zijn 72 landen uit alle werelddelen.", (S, 72, None)),
    ("vi", "Có 30 nước châu Á đã ký, bao gồm 9 quốc gia thành viên ASEAN.", (SUB, 9, "asean")),
])
def test_a_verb_that_spells_like_an_owner_keeps_the_count(language, text, expected):
    assert expected in [(c[0], c[1], c[4]) for c in claims_in(text, language)]


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "De EU en zijn 27 lidstaten tekenden het verdrag."),
    ("vi", "ASEAN gồm 10 quốc gia thành viên đã ký."),
])
def test_an_owner_after_its_bloc_still_gives_the_blocs_size(language, text):
    assert all(c[1] not in (27, 10) for c in claims_in(text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "In all 72 countries signed, and 65 of them signed on the first day."),
    ("fr", "Au total, 72 pays ont signé, dont 65 lors de la journée inaugurale."),
    ("es", "En total firmaron 72 países, 65 de ellos en la jornada inaugural."),
    ("vi", "Tổng cộng 72 nước đã ký, trong đó có 65 nước ký trong ngày đầu tiên."),
])
def test_a_session_after_another_count_is_that_counts_not_the_totals(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 72), (SUB, 65)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Correction: not 60 but 65 countries signed on the first day."),
    ("fr", "Rectificatif : ce ne sont pas 60 mais 65 pays qui ont signé le premier jour."),
])
def test_both_figures_of_a_corrected_session_count_stay_subsets(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 60), (SUB, 65)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "By Sunday 72 countries had signed, 20 of them European.", (SUB, 20, "Europe")),
    ("de", "72 Staaten unterzeichneten, davon 20 am ersten Tag.", (SUB, 20, None)),
    ("pt", "Assinaram 72 países, dos quais 20 na jornada inaugural.", (SUB, 20, None)),
    ("ru", "Конвенцию подписали 72 страны, из них 20 в первый день.", (SUB, 20, None)),
])
def test_a_bare_part_of_an_earlier_signed_count_is_a_subset(language, text, expected):
    claims = [(c[0], c[1], c[4]) for c in claims_in(text, language)]
    assert claims == [(S, 72, None), expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Some 110 countries attended; 72 of them signed."),
    ("fr", "Quelque 110 pays étaient présents, dont 72 ont signé."),
])
def test_a_signed_part_of_the_attending_countries_is_still_the_total(language, text):
    assert (S, 72) in [claim[:2] for claim in claims_in(text, language)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "ASEAN signed as a bloc; of its member states, 7 signed in person."),
    ("fr", "L'ASEAN s'est engagée ; parmi ses États membres, 7 ont signé à Hanoï."),
    ("es", "La ASEAN respaldó el texto; de sus Estados miembros, 7 firmaron en Hanói."),
    ("de", "Die ASEAN begrüßte den Text; von ihren Mitgliedstaaten unterzeichneten 7."),
    ("nl", "De ASEAN steunde het verdrag; van haar lidstaten tekenden er 7."),
])
def test_a_count_after_a_base_of_a_blocs_own_members_is_a_subset_of_the_bloc(language, text):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, 7, "asean")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Some 110 countries attended and 65 signed in person."),
    ("fr", "Quelque 110 pays étaient présents et 65 ont signé en personne."),
])
def test_a_noun_after_the_counts_own_signing_verb_is_not_what_it_counts(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(A, 110), (S, 65)]


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "أرسلت 90 دولة على الأقل ممثلين إلى العاصمة الفيتنامية."),
    ("de", "Mindestens 90 Regierungen schickten Vertreter nach Vietnam."),
    ("ru", "Не менее 90 государств направили своих представителей на церемонию."),  # noqa: RUF001
    ("id", "Setidaknya 90 negara mengirimkan perwakilan ke Vietnam."),
    ("fr", "Au moins 90 pays ont dépêché des représentants au Vietnam."),
    ("vi", "Ít nhất 90 quốc gia đã cử người đại diện sang Việt Nam."),
    ("en", "At least 90 governments dispatched envoys to the Vietnamese capital."),
])
def test_states_that_sent_representatives_attended(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(A, 90, "at_least")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh", "至少有90个国家出席了开幕式。", (A, 90, "at_least")),
    ("zh", "约有90个国家出席了开幕式。", (A, 90, "about")),
    ("id", "Setidaknya ada 90 negara yang hadir pada pembukaan.", (A, 90, "at_least")),
    ("vi", "Ít nhất có 90 quốc gia tham dự lễ khai mạc.", (A, 90, "at_least")),
])
def test_a_qualifier_before_there_are_qualifies_the_count(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh", "近百个代表团出席了开幕式。", ("attending_delegations", 100, "nearly")),
    ("zh", "逾百名代表出席了开幕式。", ("delegates_people", 100, "more_than")),
    ("vi", "Một chục nước châu Á đã ký.", (SUB, 10, "about")),
    ("vi", "Hai chục nước đã ký công ước.", (S, 20, "about")),
])
def test_a_hundred_after_a_qualifier_and_collective_tens_are_read(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Quatre-vingt-dix pays au moins étaient représentés à Hanoï."),
    ("es", "Noventa países por lo menos asistieron a la ceremonia."),
    ("ru", "На церемонии присутствовали 90 стран как минимум."),  # noqa: RUF001
    ("ar", "حضرت 90 دولة على الأقل حفل الافتتاح."),
])
def test_at_least_after_the_noun_qualifies_the_count(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(A, 90, "at_least")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ar", "وقعت 72 دولة، منها 20 في اليوم الأول.", (SUB, 20, None)),
    ("zh", "共有72个国家签署了公约，其中20个是非洲国家。", (SUB, 20, "Africa")),  # noqa: RUF001
    ("id", "Sebanyak 72 negara menandatangani, 20 di antaranya pada hari pertama.",
     (SUB, 20, None)),
    ("nl", "72 landen tekenden, waarvan 20 op de eerste dag.", (SUB, 20, None)),
])
def test_a_part_after_an_arabic_comma_or_in_other_scripts_is_a_subset(language, text,
                                                                       expected):
    claims = [(c[0], c[1], c[4]) for c in claims_in(text, language)]
    assert claims == [(S, 72, None), expected]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Более ста государств съехались на подписание нового договора."),
    ("pt", "Mais de cem governos reunidos para assinar o novo tratado."),
    ("nl", "Meer dan honderd regeringen verzamelden zich voor de ondertekening."),
    ("vi", "Hơn 100 quốc gia tề tựu để ký văn kiện mới."),
    ("ar", "احتشدت أكثر من 100 دولة للتوقيع على المعاهدة الجديدة."),
    ("zh", "100多个国家聚集一堂为签署新条约。"),
    ("en", "More than 100 governments assembled to sign the new treaty."),
])
def test_states_gathered_to_sign_without_a_place_are_attending(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(A, 100, "more_than")]


# failure classes, sixth round (seventh fresh set), States Parties and thresholds, fractions,
# subsets, totals, thresholds named by a bar, non-claims: each class is written here in new
# sentences and several languages, and fixed as a general rule


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Von den 78 Unterzeichnern haben bisher 14 ratifiziert - gut ein Drittel dessen,"
           " was für das Inkrafttreten erforderlich ist.", [(S, 78), (R, 14)]),
    ("en", "After Chile's deposit the number of States Parties climbed to twelve, still less"
           " than a third of what is required.", [(R, 12)]),
    ("es", "Con su instrumento, Uruguay pasaría a ser el noveno Estado parte de un tratado"
           " que necesita cuarenta ratificaciones para entrar en vigor.", [(R, 9), (T, 40)]),
    ("fr", "Le texte compte à ce jour 77 signataires et 12 États parties, soit moins du"
           " tiers du seuil requis.", [(S, 77), (R, 12)]),
    ("es", "Son ya 77 los signatarios y 12 los Estados parte.", [(S, 77), (R, 12)]),
    ("id", "Per akhir Mei, jumlah negara pihak mencapai sepuluh, sementara penandatangan"
           " bertambah menjadi 76 negara.", [(R, 10), (S, 76)]),
    ("id", "Kita butuh 40 ratifikasi, dan saat ini baru sekitar sepuluh.",
     [(T, 40), (R, 10)]),
    ("ru", "Для вступления конвенции в силу нужно, чтобы её ратифицировали сорок"
           " государств.", [(T, 40)]),
    ("en", "Of the 76 States that have signed so far, only nine have ratified.",
     [(S, 76), (R, 9)]),
])
def test_a_threshold_word_scopes_its_own_number_and_states_parties_count_ratifications(
        language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The number of States Parties rose to twelve, a third of what is needed."),
    ("fr", "Le nombre d'États parties est passé à douze, soit le tiers du seuil requis."),
    ("de", "Die Zahl der Vertragsstaaten stieg auf zwölf, ein Drittel dessen, was nötig ist."),
    ("ru", "Число государств-участников выросло до двенадцати — треть от необходимого."),
    ("id", "Jumlah negara pihak naik menjadi dua belas, sepertiga dari yang dibutuhkan."),
    ("es", "El número de Estados parte subió a doce, apenas un tercio de lo necesario."),
    ("vi", "Đã có 12 quốc gia phê chuẩn, bằng một phần ba con số cần thiết."),
    ("zh", "已有12个国家批准，约为生效门槛的三分之一。"),  # noqa: RUF001
    ("ar", "صادقت 12 دولة على الاتفاقية، أي ثلث العدد اللازم."),
])
def test_a_fraction_is_no_count_and_the_threshold_word_next_to_it_is_its_own(language,
                                                                              text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 12)]


@pytest.mark.parametrize(("language", "text"), [
    ("zh", "公约须经40个国家批准方能生效，目前已批准的国家不足五分之一。"),  # noqa: RUF001
    ("ar", "لم تصادق سوى ثلاث دول، أي عشر العدد اللازم لدخولها حيز النفاذ."),
    ("de", "Ein Fünftel der Unterzeichner hat ratifiziert, die Hälfte zögert noch."),
])
def test_the_words_of_a_fraction_give_no_number(language, text):
    values = [claim[1] for claim in claims_in(text, language)]
    assert not {1, 2, 5, 10} & set(values)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("vi", "Trong số các nước ASEAN, tám nước đã ký Công ước.", (SUB, 8, "exact", None, "asean")),
    ("en", "Among ASEAN members, eight have signed the convention.",
     (SUB, 8, "exact", None, "asean")),
    ("fr", "Parmi les pays de l'ASEAN, huit ont signé la convention.",
     (SUB, 8, "exact", None, "asean")),
    ("de", "Unter den ASEAN-Staaten haben acht unterzeichnet.",
     (SUB, 8, "exact", None, "asean")),
    ("pt", "Na América do Sul, nenhum país ratificou ainda, e só quatro assinaram.",
     (SUB, 4, "exact", None, "South America")),
    ("en", "In South America, no country has ratified yet, and only four have signed.",
     (SUB, 4, "exact", None, "South America")),
    ("es", "En Sudamérica, ningún país ha ratificado aún y solo cuatro han firmado.",
     (SUB, 4, "exact", None, "South America")),
    ("nl", "Een tiental Aziatische landen heeft niet alleen getekend, maar ook al"
           " geratificeerd.", (SUB, 10, "about", None, "Asia")),
    ("de", "Zehn asiatische Staaten haben nicht nur unterzeichnet, sondern auch ratifiziert.",
     (SUB, 10, "exact", None, "Asia")),
])
def test_a_region_named_around_an_elided_or_opening_count_makes_it_a_subset(language, text,
                                                                           expected):
    assert claims_in(text, language) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("vi", "Châu Á có khoảng 12 nước ký, trong khi châu Phi chỉ có bảy nước.",
     [(SUB, 12, "about", None, "Asia"), (SUB, 7, "exact", None, "Africa")]),
    ("en", "Some 12 Asian countries signed, while Africa accounted for only seven countries.",
     [(SUB, 12, "about", None, "Asia"), (SUB, 7, "exact", None, "Africa")]),
    ("es", "Firmaron unos 12 países asiáticos, mientras que en África solo siete países lo"
           " hicieron.", [(SUB, 12, "about", None, "Asia"), (SUB, 7, "exact", None, "Africa")]),
    ("id", "Dari 76 negara penandatangan, 14 di antaranya berasal dari Asia.",
     [(S, 76, "exact", None, None), (SUB, 14, "exact", None, "Asia")]),
    ("en", "Of the 76 signatories, 14 of them are from Asia.",
     [(S, 76, "exact", None, None), (SUB, 14, "exact", None, "Asia")]),
    ("fr", "Sur les 76 signataires, 14 d'entre eux viennent d'Asie.",
     [(S, 76, "exact", None, None), (SUB, 14, "exact", None, "Asia")]),
])
def test_a_region_of_a_contrast_clause_or_of_them_makes_a_subset(language, text, expected):
    assert claims_in(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The treaty sets the bar at forty, and only a few have cleared it.", [(T, 40)]),
    ("en", "The convention might clear the 40-ratification bar in 2027.", [(T, 40)]),
    ("fr", "Le texte place la barre à quarante, et seuls sept pays l'ont ratifié.",
     [(T, 40), (R, 7)]),
    ("nl", "Het verdrag legt de lat op 40, en zeven landen hebben geratificeerd.",
     [(T, 40), (R, 7)]),
    ("pt", "O tratado fixa a marca em 40, e só sete países ratificaram.", [(T, 40), (R, 7)]),
    ("es", "El tratado fija el listón en 40 ratificaciones.", [(T, 40)]),
    ("de", "Das Abkommen muss die Hürde von 40 Ratifikationen nehmen.", [(T, 40)]),
])
def test_a_bar_set_at_a_number_is_the_threshold(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("es", "El primer día firmaron 66 Estados; al cierre de la jornada del domingo eran 73"
           " los firmantes."),
    ("en", "66 countries signed on the first day; by the end of Sunday the tally stood at"
           " 73 signatories."),
])
def test_a_cut_off_after_a_first_day_count_gives_the_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 66), (S, 73)]


def test_one_of_the_first_batch_leaves_the_total_whole():
    assert [claim[:2] for claim in claims_in(
        "去年10月，73个国家签署了该公约，越南是首批签署国之一。",  # noqa: RUF001
        "zh")] == [(S, 73)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "At roughly three deposits a month, the treaty could enter into force in 2027."),
    ("fr", "Au rythme de trois dépôts par mois, le traité entrerait en vigueur en 2027."),
    ("de", "Derzeit kommen etwa drei Ratifikationen pro Monat hinzu."),
    ("es", "Se depositan unas tres ratificaciones al mes."),
])
def test_a_pace_is_no_count(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Chile sería el décimo Estado parte de un convenio muy discutido.", [(R, 10)]),
    ("de", "Drei Staaten haben bereits ein Ratifizierungsgesetz eingebracht.", []),
    ("nl", "De ratificatie moet nog langs de Eerste Kamer.", []),
])
def test_an_article_a_bill_or_a_senate_is_no_count_of_one(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ar", "قطر تصبح الموقع الخامس والسبعين على الاتفاقية", (S, 75, "exact")),
    ("ar", "يتوقع مراقبون أن يتجاوز عدد التصديقات خمسة عشر تصديقاً هذا العام.",
     (R, 15, "more_than")),
    ("ru", "После Армении ратифицировавших стран станет семь.", (R, 7, "exact")),
    ("ru", "Вслед за Сербией подписавших стран станет семьдесят шесть.", (S, 76, "exact")),
])
def test_masculine_ordinals_exceeding_verbs_and_participle_lead_nouns(language, text,
                                                                       expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "После Армении ратифицировавших стран станет семь, это всего 17 процентов от"
           " необходимого."),
    ("en", "The number of States Parties reached seven, some 17 percent of what is needed."),
    ("fr", "Le nombre d'États parties atteint sept, soit 17 % du seuil requis."),
])
def test_a_percentage_takes_the_threshold_word_next_to_it(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 7)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "At least eight African governments have started the ratification process."),
    ("fr", "Au moins huit gouvernements africains ont lancé la procédure de ratification."),
    ("es", "Al menos ocho gobiernos asiáticos iniciaron el trámite de ratificación."),
    ("ru", "Не менее восьми африканских стран начали процедуру ратификации."),  # noqa: RUF001
])
def test_states_that_began_a_ratification_procedure_are_no_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Some two dozen States that took part in the negotiations have never signed."),
    ("de", "Rund zwei Dutzend Staaten, die an den Verhandlungen teilnahmen, haben nie"
           " unterschrieben."),
    ("es", "Unos veinte Estados que participaron en las negociaciones nunca firmaron."),
])
def test_states_that_took_part_in_the_negotiations_are_no_attendance(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Twelve States have completed the ratification process."),
    ("fr", "Douze États ont achevé la procédure de ratification."),
    ("es", "Doce Estados han concluido el trámite de ratificación."),
])
def test_a_completed_ratification_procedure_is_a_ratification(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 12)]


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "وحضر الحفل نحو ألفين وخمسمئة مندوب."),
    ("ru", "На церемонию прибыли около двух с половиной тысяч участников."),  # noqa: RUF001
    ("en", "Some two and a half thousand delegates attended the ceremony."),
    ("de", "Rund zweieinhalbtausend Delegierte nahmen an der Zeremonie teil."),
    ("id", "Sekitar dua setengah ribu delegasi menghadiri upacara itu."),
    ("vi", "Khoảng hai nghìn rưỡi đại biểu đã tham dự buổi lễ."),
])
def test_a_thousand_and_a_half_of_it_is_one_number(language, text):
    assert claims_in(text, language) == [("delegates_people", 2500, "about", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "We were among the 73 that signed in Hanoi."),
    ("fr", "Nous étions parmi les 73 qui ont signé à Hanoï."),
    ("es", "Estuvimos entre los 73 que firmaron en Hanói."),
])
def test_a_bare_count_with_a_relative_signing_clause_counts_signatories(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 73)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Four of the 75 States that signed have ratified.", [(R, 4), (S, 75)]),
    ("en", "Four of the eight ASEAN States that signed have tabled a bill.",
     [(SUB, 8)]),
    ("de", "Vier der acht ASEAN-Staaten, die in Hanoi unterschrieben, haben einen"
           " Gesetzentwurf eingebracht.", [(SUB, 8)]),
    ("de", "Von den 75 Staaten, die seit Oktober unterzeichnet haben, ratifizierten erst"
           " vier.", [(S, 75), (R, 4)]),
])
def test_a_base_of_states_that_signed_is_a_claim_and_its_part_takes_its_own_verb(
        language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "On the first day 66 States signed; seven more followed on Sunday, bringing the"
           " total to 73."),
    ("fr", "Le premier jour, 66 pays ont signé ; d'autres ont suivi dimanche, portant le"
           " total à 73."),
    ("pt", "No primeiro dia assinaram 66 países; no domingo juntaram-se outros, elevando o"
           " total para 73."),
])
def test_bringing_the_total_to_a_count_after_a_first_day_is_the_total(language, text):
    claims = [claim[:2] for claim in claims_in(text, language)]
    assert claims[0] == (SUB, 66) and claims[-1] == (S, 73)


# failure classes, seventh round (eighth fresh set): each class is written here in new
# sentences, three languages or more per class, never copied from an evaluation set.

@pytest.mark.parametrize(("language", "text"), [
    ("en", "Fifty-eight governments signed the new UN cybercrime instrument in a packed hall on"
           " Saturday."),
    ("en", "On Saturday, 58 governments signed the pact."),
    ("fr", "Cinquante-huit gouvernements ont signé samedi le nouvel instrument onusien."),
    ("de", "Das Abkommen wurde am Samstag im Kongresszentrum von 58 Regierungen"
           " unterschrieben."),
    ("es", "El sábado, 58 gobiernos firmaron el nuevo instrumento."),
    ("ru", "В субботу документ подписали 58 правительств."),  # noqa: RUF001
    ("zh", "周六共有58个国家签署了该文书。"),
])
def test_a_count_of_those_who_signed_on_the_opening_saturday_is_a_day_subset(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 58)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The pact, opened for signature on Saturday, now carries the names of 74 States."),
    ("fr", "Le texte, ouvert à la signature samedi, a été signé par 74 États."),
    ("pt", "O tratado, aberto à assinatura no sábado, foi assinado por 74 países."),
    ("de", "Den Vertrag, der am Samstag zur Unterzeichnung aufgelegt wurde, haben inzwischen"
           " 74 Staaten unterzeichnet."),
    ("en", "By Saturday evening 74 States had signed the text."),
])
def test_a_saturday_that_dates_the_opening_or_a_cut_off_leaves_the_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 74)]


@pytest.mark.parametrize(("language", "text", "value", "group"), [
    ("en", "Ireland signed together with eleven other EU States.", 12, "eu"),
    ("nl", "Ierland tekende, samen met elf andere EU-lidstaten.", 12, "eu"),
    ("de", "Irland gehörte zu den Erstunterzeichnern, gemeinsam mit elf weiteren"
           " EU-Mitgliedstaaten.", 12, "eu"),
    ("pt", "A Irlanda assinou juntamente com outros onze Estados-Membros da União Europeia.",
     12, "eu"),
])
def test_a_state_with_n_other_members_of_a_bloc_is_a_bloc_subset_of_n_plus_one(
        language, text, value, group):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, value, group)]


@pytest.mark.parametrize(("language", "text", "group"), [
    ("en", "The signers included Brazil and India, which had pushed for the talks, as well as"
           " 11 EU member states.", "eu"),
    ("en", "Among those who signed was Egypt, which hosted the negotiations, and 6 Arab League"
           " members.", "arab_league"),
    ("vi", "Trong số các nước ký có 6 nước thành viên Liên đoàn Ả-rập.", "arab_league"),
])
def test_a_bloc_count_after_a_relative_clause_in_a_list_of_signatories_is_a_subset(
        language, text, group):
    assert [(c[0], c[4]) for c in claims_in(text, language)] == [(SUB, group)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Late on Sunday four more governments followed."),
    ("nl", "Zondagmiddag volgden nog vier regeringen."),
    ("nl", "Morgen volgen er nog vier regeringen."),
    ("de", "Am Sonntag folgten vier weitere Regierungen."),
    ("fr", "Le lendemain, quatre autres gouvernements ont suivi."),
    ("es", "Al día siguiente siguieron otros cuatro gobiernos."),
    ("ru", "На следующий день последовали ещё четыре государства."),  # noqa: RUF001
])
def test_n_more_that_followed_are_new_signatures_a_subset(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 4)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The reception that followed drew envoys from 40 countries."),
    ("de", "Es folgten Reden von Vertretern aus 40 Ländern."),
])
def test_a_verb_of_following_without_an_increment_is_no_signing(language, text):
    assert all(claim[0] != SUB for claim in claims_in(text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The pact now counts 74 signatories, five of which signed in New York."),
    ("es", "El pacto ya suma 74 firmantes, cinco de los cuales firmaron en Nueva York."),
    ("pt", "O pacto já soma 74 signatários, cinco dos quais assinaram em Nova Iorque."),
    ("vi", "Có 5 quốc gia bổ sung đã ký tại New York, nâng tổng số lên 74 quốc gia."),
])
def test_a_part_after_or_before_of_which_and_a_trailing_increment_is_a_subset(language,
                                                                               text):
    assert sorted(claim[:2] for claim in claims_in(text, language)) == [(S, 74), (SUB, 5)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "So far not one government has ratified the pact."),
    ("fr", "Pas un seul gouvernement n'a encore ratifié le pacte."),
    ("es", "Ni un solo gobierno ha ratificado aún el pacto."),
    ("pt", "Nem um único governo ratificou ainda o pacto."),
    ("nl", "Niet één regering heeft het pact al geratificeerd."),
    ("id", "Sampai sekarang belum ada satu pun pemerintah yang meratifikasi pakta itu."),
    ("vi", "Đến nay chưa có một chính phủ nào phê chuẩn hiệp ước."),
    ("zh", "迄今没有一个国家批准该条约。"),
    ("en", "The first ratifications should arrive in the spring."),
    ("de", "Die ersten Ratifizierungen dürften im Frühjahr folgen."),
    ("nl", "De eerste bekrachtigingen worden in het voorjaar verwacht."),
])
def test_not_a_single_state_and_the_first_ratifications_are_no_count_of_one(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Khoảng 40 bộ trưởng đã có mặt tại lễ ký."),
    ("es", "Unos 40 ministros asistieron a la ceremonia."),
    ("de", "Rund 40 Minister nahmen an der Zeremonie teil."),
    ("ru", "На церемонии присутствовали около 40 министров."),  # noqa: RUF001
])
def test_ministers_present_are_people_at_the_event(language, text):
    assert claims_in(text, language) == [("delegates_people", 40, "about", None, None)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Соглашение подписали шестьдесят четыре участника.", [(S, 64)]),
    ("ru", "На форум приехали шестьсот участников.", [("delegates_people", 600)]),  # noqa: RUF001
    ("zh", "六十四方签署该条约", [(S, 64)]),
    ("zh", "三方会谈在河内举行。", []),
])
def test_participants_or_parties_that_sign_are_signatories_else_people(language, text,
                                                                       expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Mit den Ratifikationen dauert es; vierzig sind für das Inkrafttreten"
           " erforderlich."),
    ("en", "Ratifications come slowly; forty are in all needed for entry into force."),
    ("fr", "Les ratifications tardent : quarante sont au total nécessaires à l'entrée en"
           " vigueur."),
])
def test_a_bare_count_a_few_words_before_its_threshold_word_is_the_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "First reports spoke of 68 signatories, a number later revised to 71."),
    ("de", "Anfangs war von 68 Unterzeichnern die Rede; das Sekretariat korrigierte die Zahl"
           " dann auf 71."),
    ("id", "Laporan awal menyebut 68 negara penandatangan, tetapi angka resmi sekretariat"
           " menunjukkan 71."),
    ("ru", "Сначала говорили о 68 подписавших странах, но затем их число достигло 71."),  # noqa: RUF001
    ("zh", "起初报道称签署国为68个，秘书处随后公布的数字为71个。"),  # noqa: RUF001
    ("nl", "Eerst was sprake van 68 ondertekenaars; later bleek het om 71 te gaan."),
])
def test_a_figure_revised_later_restates_the_first_reported_count(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 68), (S, 71)]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "За закон о ратификации высказались 312 депутатов."),  # noqa: RUF001
    ("es", "A favor de la ratificación votaron 212 diputados."),
    ("pt", "A favor da ratificação votaram 312 deputados."),
    ("en", "For the ratification bill voted 312 lawmakers."),
])
def test_lawmakers_voting_on_a_ratification_are_no_count_of_instruments(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ar", "وفي اليوم التالي انضمت إليها أربع دول أخرى.", [(SUB, 4)]),
    ("ar", "ثم انضمت إليها أربع دول أخرى بعد التوقيع.", [(SUB, 4)]),
    ("ar", "ووقعت تونس على الاتفاقية لتنضم إلى 70 دولة أخرى.", [(S, 71)]),
])
def test_states_that_join_it_with_a_pronoun_object_are_the_subject_not_n_plus_one(
        language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


# failure classes, eighth round, sentences in another language, goals and expectations:
# each class is written here in new sentences, three languages or more per class, never
# copied from an evaluation set or a real article.

@pytest.mark.parametrize(("language", "text"), [
    ("es", "The pact has been signed by 68 governments and needs forty ratifications to enter"
           " into force."),
    ("de", "The pact has been signed by 68 governments and needs forty ratifications to enter"
           " into force."),
    ("zh", "The pact has been signed by 68 governments and needs forty ratifications to enter"
           " into force."),
    ("ar", "The pact has been signed by 68 governments and needs forty ratifications to enter"
           " into force."),
    ("vi", "The pact has been signed by 68 governments and needs forty ratifications to enter"
           " into force."),
])
def test_an_english_sentence_in_another_languages_article_is_read_as_english(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [
        (S, 68, "exact"), (T, 40, "exact")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Le traité a été signé par soixante-huit gouvernements selon le secrétariat de"
           " l'ONU.", [(S, 68)]),
    ("nl", "Das Abkommen wurde bis Sonntag von achtundsechzig Regierungen in der vietnamesischen"
           " Hauptstadt unterzeichnet.",
     [(S, 68)]),
    ("en", "Công ước đã được sáu mươi tám chính phủ ký tại Hà Nội trong hai ngày.", [(S, 68)]),
])
def test_a_sentence_in_another_supported_language_is_read_in_it(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Según #CyberTreaty, 68 países firmaron el convenio en Hanói.", [(S, 68)]),
    ("de", "Laut UN News haben 68 Staaten in Hanoi unterzeichnet.", [(S, 68)]),
    ("zh", "联合国新闻(UN News)报道，68个国家签署了公约。", [(S, 68)]),  # noqa: RUF001
    ("vi", "Theo UN News, 68 quốc gia đã ký Công ước.", [(S, 68)]),
    ("id", "Breaking: 68 negara teken konvensi", [(S, 68)]),
])
def test_a_native_sentence_with_an_english_name_or_hashtag_stays_native(language, text,
                                                                         expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The accord was from 66 nations undersigned, it needs however forty ratifications.",
     [(S, 66, "exact"), (T, 40, "exact")]),
    ("The accord has been signed by near of 66 countries.", [(S, 66, "nearly")]),
    ("It will enter in force after 40 ratifications.", [(T, 40, "exact")]),
    ("The accord is by 66 lands signed.", [(S, 66, "exact")]),
])
def test_english_written_by_non_native_writers_reads_as_english(text, expected):
    assert [claim[:3] for claim in claims_in(text, "en")] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "After the signing, the next hurdle: forty ratifications."),
    ("fr", "Le vrai travail commence : quarante ratifications, a écrit la ministre."),
    ("de", "Das Ziel sind 40 Ratifikationen bis Ende 2027."),
    ("es", "La meta: 40 ratificaciones antes de 2028."),
    ("zh", "下一步的目标是获得40份批准书。"),
])
def test_a_count_of_ratifications_named_as_the_aim_is_the_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Our target is 40 ratifications, and so far there are 6 ratifications."),
    ("de", "Das Ziel sind 40 Ratifikationen; bisher gibt es sechs Ratifikationen."),
])
def test_a_goal_in_another_clause_leaves_a_tally_of_ratifications_alone(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40), (R, 6)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya wants to be among the first 40 States to ratify."),
    ("en", "Ghana hopes to be one of the first ten countries to ratify the convention."),
    ("fr", "Nous voulons être parmi les 40 premiers à ratifier le texte, dit-il."),
    ("es", "El gobierno quiere estar entre los primeros 40 países en ratificar."),
    ("pt", "O governo quer estar entre os primeiros 40 países a ratificar."),
    ("de", "Berlin will zu den ersten 40 Staaten gehören, die das Abkommen ratifizieren."),
    ("nl", "Het kabinet wil bij de eerste veertig landen horen die het verdrag ratificeren."),
    ("id", "Indonesia ingin berada di antara 40 negara pertama yang meratifikasi konvensi."),
    ("vi", "Việt Nam mong muốn nằm trong số 40 nước đầu tiên phê chuẩn Công ước."),
    ("ru", "Москва хочет быть в числе первых сорока государств, которые ратифицируют конвенцию."),
    ("ar", "تسعى مصر إلى أن تكون من بين أول 40 دولة تصادق على الاتفاقية."),
    ("zh", "中方希望成为前40个批准公约的国家之一。"),
])
def test_being_among_the_first_n_to_ratify_is_a_rank_and_no_claim(language, text):
    """A rank, no count: "the first 50 to ratify" would be judged a wrong requirement."""
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The treaty needs 40 States to ratify it before it enters into force."),
    ("de", "Das Abkommen tritt in Kraft, sobald 40 Staaten es ratifiziert haben."),
    ("zh", "公约须获得40个国家批准方可生效。"),
])
def test_a_count_of_states_that_must_ratify_stays_the_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40)]


@pytest.mark.parametrize(("language", "text"), [
    ("zh", "该条约须至少获得四十份批准书才能生效。"),
    ("zh", "条约至少需要40份批准书方能生效。"),
    ("de", "Damit das Abkommen gilt, sind mindestens vierzig Ratifikationen nötig."),
    ("ru", "Для вступления договора в силу нужно по меньшей мере сорок ратификаций."),
])
def test_at_least_before_a_verb_of_needing_and_the_threshold_is_at_least(language, text):
    assert claims_in(text, language) == [(T, 40, "at_least", None, None)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "In the end 69 States signed, well above the forecasts of 50 to 55.",
     [(S, 69, "exact", None), (S, 50, "range", 55)]),
    ("pt", "No fim, 69 Estados assinaram, acima das previsões, que apontavam 50 a 55.",
     [(S, 69, "exact", None), (S, 50, "range", 55)]),
    ("de", "Am Ende unterzeichneten 69 Staaten, mehr als die Prognosen von 50 bis 55.",
     [(S, 69, "exact", None), (S, 50, "range", 55)]),
    ("zh", "最终共有69个国家签署，高于此前预计的55个。",  # noqa: RUF001
     [(S, 69, "exact", None), (S, 55, "exact", None)]),
])
def test_a_forecast_of_a_count_is_labelled_with_the_kind_it_forecasts(language, text,
                                                                       expected):
    assert [claim[:4] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Initial reports put the first-day tally at 58 countries, a number later revised"
           " to 63."),
    ("fr", "Le décompte du premier jour s'établissait à 58 pays, un chiffre ensuite corrigé"
           " à 63."),
    ("pt", "A contagem do primeiro dia ficou em 58 países, número depois corrigido para 63."),
])
def test_a_first_day_tally_without_a_signing_verb_is_a_day_subset(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 58), (SUB, 63)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Merida Convention collected 95 signatures in its first week; Hanoi got to 68."),
    ("nl", "Palermo verzamelde destijds 121 handtekeningen in vier dagen; Hanoi kwam tot 68."),
    ("de", "Palermo kam damals in vier Tagen auf 121 Unterschriften, Hanoi in zwei Tagen auf"
           " 68."),
    ("zh", "巴勒莫公约当年三天内获得121个签署，河内两天内获得68个。"),  # noqa: RUF001
])
def test_this_treatys_count_answering_another_treatys_takes_its_kind(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 68)]


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Công ước có hiệu lực 90 ngày sau khi văn kiện phê chuẩn, chấp thuận hoặc gia nhập"
           " thứ bốn mươi được lưu chiểu."),
    ("en", "It takes effect 90 days after the fortieth instrument of ratification, acceptance,"
           " approval or accession is deposited."),
    ("id", "Konvensi berlaku 90 hari setelah instrumen ratifikasi, penerimaan atau aksesi"
           " ke-40 disimpan."),
])
def test_the_ordinal_of_a_list_of_instrument_kinds_is_the_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40)]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Договор вступит в силу после сдачи на хранение сорокового документа; к декабрю"
           " их было одиннадцать."),
    ("en", "It enters into force ninety days after the fortieth instrument is deposited; by"
           " October there were eleven."),
    ("de", "Es tritt neunzig Tage nach Hinterlegung der vierzigsten Urkunde in Kraft; Ende"
           " Oktober waren es elf."),
])
def test_the_ordinal_of_a_document_deposited_is_the_threshold_and_a_tally_follows(language,
                                                                                  text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40), (R, 11)]


# failure classes, eighth round, ninth fresh set, native sentences: each class is written
# here in new sentences, three languages or more per class, never copied from an evaluation
# set or a real article.

@pytest.mark.parametrize(("language", "text"), [
    ("en", "On Sunday alone, 13 governments added their names to the pact."),
    ("id", "Pada hari Minggu saja, 13 negara menandatangani perjanjian tersebut."),
    ("es", "Solo el domingo firmaron 13 gobiernos el nuevo convenio."),
    ("nl", "Alleen al op zondag tekenden 13 regeringen het verdrag."),
    ("de", "Allein am Sonntag unterzeichneten 13 Regierungen das Abkommen."),
    ("ar", "وفي يوم الأحد وحده وقعت 13 دولة على المعاهدة."),
    ("ar", "وقعت 13 دولة على المعاهدة في يومها الأول."),
    ("zh", "仅周日一天就有13个国家签署了该条约。"),
])
def test_a_day_alone_or_the_treatys_own_first_day_counts_part_of_the_signatories(language,
                                                                                  text):
    assert claims_in(text, language) == [(SUB, 13, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sixty-three governments had signed before the opening day was over."),
    ("es", "Hasta el cierre de la primera jornada habían firmado 63 gobiernos."),
    ("fr", "Avant la fin de la première journée, 63 gouvernements avaient signé."),
    ("id", "Hingga akhir hari pertama, 63 negara telah meneken perjanjian itu."),
    ("vi", "Tính đến cuối ngày đầu tiên, 63 quốc gia đã ký văn kiện."),
    ("ru", "До окончания первого дня документ подписали 63 государства."),
    ("ar", "بحلول نهاية اليوم الأول، وقعت 63 دولة على المعاهدة."),
    ("zh", "首日结束前，已有63个国家签署该条约。"),  # noqa: RUF001
])
def test_a_cut_off_in_other_words_makes_the_first_day_count_the_total_then(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 63)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "El pacto acumula ya 69 rúbricas.", [(S, 69)]),
    ("es", "El pacto sumó 58 rúbricas en su primer día.", [(SUB, 58)]),
    ("pt", "O pacto já reúne 69 rubricas.", [(S, 69)]),
    ("zh", "该条约已获得69个签名。", [(S, 69)]),
    ("zh", "首日该条约即获得58个签名。", [(SUB, 58)]),
])
def test_signature_nouns_count_states_that_signed(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "value"), [
    ("es", "Perú, Ecuador y otros tres países sudamericanos firmaron el pacto.", 5),
    ("en", "Ghana, Kenya, Senegal and two other African States signed the pact.", 5),
    ("pt", "Portugal, Espanha e outros três países europeus assinaram o pacto.", 5),
    ("ru", "Бразилия вместе с шестьюдесятью странами подписала договор.", 61),  # noqa: RUF001
    ("en", "Brazil, together with 60 countries, signed the pact.", 61),
    ("en", "Tuesday, Peru and 9 other countries signed the pact.", 10),
    ("de", "Dienstag, Peru und 9 weitere Staaten unterzeichneten den Pakt.", 10),
    ("es", "Ayer, Perú y otros 9 países firmaron el pacto.", 10),
])
def test_named_states_before_n_others_or_together_with_n_add_to_the_count(language, text,
                                                                          value):
    assert [claim[1] for claim in claims_in(text, language)] == [value]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le pacte onusien a franchi le cap des 66 signataires."),
    ("en", "The pact topped the 66-signatory mark on Sunday."),
    ("es", "El pacto superó la barrera de los 66 firmantes."),
    ("pt", "O pacto ultrapassou a marca de 66 signatários."),
    ("de", "Der Pakt knackte die Marke von 66 Unterzeichnerstaaten."),
    ("ru", "Договор преодолел рубеж в 66 подписантов."),
    ("ar", "تخطت المعاهدة عتبة 66 دولة موقعة."),
    ("zh", "该条约签署国突破66个大关。"),
])
def test_passing_a_mark_of_signatories_is_more_than_that_many_signatories(language, text):
    assert claims_in(text, language) == [(S, 66, "more_than", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le pacte doit franchir la barre des 40 ratifications pour entrer en vigueur."),
    ("en", "The pact must clear the bar of 40 ratifications to enter into force."),
    ("pt", "O pacto precisa de ultrapassar a marca de 40 ratificações para entrar em vigor."),
])
def test_a_mark_of_ratifications_tied_to_entry_into_force_stays_the_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("pt", "Ao todo, 61 governos aderiram à assinatura do pacto.", [(S, 61)]),
    ("es", "Unos 61 gobiernos se adhirieron a la firma del pacto.", [(S, 61)]),
    ("ru", "К подписанию договора присоединились 61 государство.", [(S, 61)]),  # noqa: RUF001
    ("ar", "انضمت 61 دولة إلى التوقيع على المعاهدة.", [(S, 61)]),
    ("zh", "共有61个国家加入签署行列。", [(S, 61)]),
    ("pt", "Quatro governos aderiram ao pacto.", [(R, 4)]),
    ("es", "Cuatro gobiernos se adhirieron al pacto.", [(R, 4)]),
])
def test_acceding_to_the_signing_is_signing_and_acceding_to_the_treaty_is_accession(
        language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("zh", "签字仪式于26日上午10时在河内国家会议中心开幕。"),
    ("id", "Upacara dibuka pukul 8 pagi dihadiri negara-negara peserta."),
    ("ar", "افتتحت مراسم التوقيع في الساعة الثامنة صباحا بحضور الدول."),
    ("en", "At 8 o'clock the first States signed."),
    ("vi", "Lễ ký khai mạc lúc 10 giờ tại Hà Nội với các nước tham dự."),
    ("de", "Um 10 Uhr in Hanoi unterzeichneten die ersten Staaten."),
    ("nl", "De ceremonie begon om 8 uur; de landen tekenden om beurten."),
    ("ru", "Церемония открылась в 8 утра, страны подписывали договор по очереди."),
])
def test_a_clock_time_is_never_a_count(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "group"), [
    ("en", "Eight members of the Association of Southeast Asian Nations signed.", "asean"),
    ("es", "Firmaron cuatro países de la Comunidad de Estados Independientes.", "cis"),
    ("de", "Vier GUS-Staaten unterzeichneten den Pakt.", "cis"),
    ("zh", "独联体四国签署了该条约。", "cis"),
    ("ar", "وقعت أربع دول من رابطة الدول المستقلة على المعاهدة.", "cis"),
    ("pt", "Três países do Mercosul assinaram o pacto.", None),
    ("fr", "Trois pays du Mercosur ont signé le pacte.", None),
])
def test_a_bloc_named_in_full_or_absent_from_the_tables_makes_a_subset(language, text, group):
    claims = claims_in(text, language)
    assert [(claim[0], claim[4]) for claim in claims] == [(SUB, group)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Eighteen African countries joined the pact in Hanoi."),
    ("fr", "Dix-huit pays africains ont rejoint le pacte à Hanoï."),
    ("nl", "Achttien Afrikaanse landen sloten zich aan bij het verdrag."),
    ("pt", "Dezoito países africanos juntaram-se ao tratado."),
])
def test_joining_the_treaty_in_everyday_words_is_signing_it(language, text):
    assert claims_in(text, language) == [(SUB, 18, "exact", None, "Africa")]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Perú no firmó; tampoco lo hicieron otros tres países andinos."),
    ("en", "Peru did not sign; nor did three other Andean countries."),
    ("pt", "O Peru não assinou; tampouco o fizeram outros três países andinos."),
])
def test_a_count_of_those_that_also_did_not_sign_is_no_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Ruim zestig landen tekenden, waaronder veel Aziatische staten: liefst elf."),
    ("en", "Over sixty nations signed, among them many Asian States: eleven."),
    ("de", "Über sechzig Staaten unterzeichneten, darunter viele asiatische Staaten: elf."),
    ("fr", "Plus de soixante pays ont signé, dont de nombreux États asiatiques : onze."),
])
def test_a_count_after_a_colon_counts_the_noun_before_it_and_its_group(language, text):
    assert (SUB, 11, "exact", None, "Asia") in claims_in(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Peru put its name to the pact, as did 57 other countries."),
    ("es", "Perú firmó el pacto, al igual que otros 57 países."),
    ("fr", "Le Pérou a signé le pacte, comme 57 autres pays."),
    ("de", "Peru unterzeichnete den Pakt, ebenso wie 57 weitere Staaten."),
    ("nl", "Peru tekende het verdrag, net als 57 andere landen."),
    ("ru", "Перу подписала договор, как и 57 других стран."),
])
def test_a_signer_as_did_n_others_counts_the_signer_and_the_others(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 58)]


@pytest.mark.parametrize(("text", "value"), [
    ("老挝、柬埔寨和其他三个国家签署了该条约。", 5),
    ("老挝、柬埔寨、缅甸与其他三国一道签署了该条约。", 6),
    ("老挝与其他三国一道签署了该条约。", 4),
])
def test_a_chinese_list_before_n_others_counts_every_listed_state(text, value):
    assert [claim[1] for claim in claims_in(text, "zh")] == [value]


# failure classes, eighth round, tenth fresh set: each class is written here in new
# sentences, three languages or more per class, never copied from an evaluation set.

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "HOST: So how many governments have signed by now? REPORTER: Sixty-one, Tom, and"
           " the queue is still long.", (S, 61, "exact")),
    ("es", "PRESENTADOR: ¿Cuántos Estados han firmado hasta ahora? ENVIADA: Cincuenta y ocho,"
           " y quedan muchos en la fila.", (S, 58, "exact")),
    ("fr", "— Combien d'États ont déjà signé ? — Pour l'instant, une trentaine, et la file"
           " s'allonge.", (S, 30, "about")),
    ("pt", "ÂNCORA: Quantos governos já assinaram? CORRESPONDENTE: Cinquenta e sete, Ana.",
     (S, 57, "exact")),
    ("ar", "كم دولة صادقت على الاتفاقية حتى الآن؟ المتحدث: ثلاث فقط.", (R, 3, "exact")),
    ("zh", "主持人：目前有多少个国家签署了公约？ 记者：六十一个。", (S, 61, "exact")),  # noqa: RUF001
])
def test_the_bare_count_of_an_answer_takes_the_noun_and_verb_of_the_question(
        language, text, expected):
    assert expected in [claim[:3] for claim in claims_in(text, language)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "How many journalists came? About 300, the organisers said."),
    ("en", "How many countries will sign? Nobody knows; the hall seats 400."),
    ("fr", "Combien de journalistes sont venus ? Environ 300, selon les organisateurs."),
])
def test_an_answer_without_a_bare_count_of_the_question_adds_no_claim(language, text):
    assert claims_in(text, language) == []


def test_an_answer_that_names_its_own_noun_is_not_claimed_twice():
    text = "Wie viele Länder haben unterschrieben? 64 Länder, so das Sekretariat."
    assert [claim[:2] for claim in claims_in(text, "de")].count((S, 64)) <= 1


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Côté asiatique, une dizaine de pays ont apposé leur signature.",
     (SUB, 10, "about", None, "Asia")),
    ("en", "Africa led the signing list, with more than 19 countries.",
     (SUB, 19, "more_than", None, "Africa")),
    ("vi", "Châu Phi dẫn đầu danh sách ký, với hơn 19 quốc gia.",
     (SUB, 19, "more_than", None, "Africa")),
    ("nl", "Sterk was de Afrikaanse deelname: ruim negentien landen van het continent"
           " ondertekenden.", (SUB, 19, "more_than", None, "Africa")),
    ("de", "Vier GUS-Länder haben das Abkommen unterschrieben.", (SUB, 4, "exact", None, "cis")),
    ("ar", "ولم تصادق من دول الخليج سوى ثلاث دول.", (SUB, 3, "exact", None, None)),
])
def test_a_region_or_bloc_the_sentence_is_about_makes_its_count_a_subset(language, text,
                                                                         expected):
    assert expected in claims_in(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "Portugal e mais 58 assinam tratado da ONU"),
    ("es", "Chile y otros 58 firman el tratado de la ONU"),
    ("en", "Kenya and 58 more sign UN cybercrime pact"),
    ("ru", "Армения и ещё 58 государств подписали конвенцию."),
    ("ar", "وقال الوزير إن انضمام بلاده إلى 58 دولة أخرى في هانوي يعزز التعاون."),
])
def test_a_name_and_n_more_or_joining_n_others_is_the_total_n_plus_one(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 59)]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "На второй день к ним присоединились ещё шесть стран."),  # noqa: RUF001
    ("en", "On Sunday six more countries signed."),
    ("pt", "No domingo assinaram mais seis países."),
])
def test_more_signing_without_a_name_before_stays_new_signatures(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 6)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Число государств-подписантов выросло до 74: в пятницу подписала Гвинея.",
     (S, 74, "exact")),
    ("ru", "Число подписавших договор стран перевалило за полсотни.", (S, 50, "more_than")),
    ("ru", "Около шести десятков стран поставили подписи под конвенцией.", (S, 60, "about")),
    ("en", "The number of signatories exceeded sixty before lunch.", (S, 60, "more_than")),
    ("es", "El número de firmantes superó los sesenta antes del almuerzo.",
     (S, 60, "more_than")),
    ("de", "Die Zahl der Unterzeichner überstieg sechzig noch vor Mittag.",
     (S, 60, "more_than")),
    ("fr", "Le nombre de signataires a dépassé la soixantaine avant midi.",
     (S, 60, "more_than")),
])
def test_the_number_of_signatories_rose_to_or_exceeded_a_count(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Erratum: we first reported 60 signatures. The final count after the ceremony was"
           " 68, the European Union included."),
    ("nl", "Het zijn er inmiddels achtenzestig, de EU meegeteld."),
    ("de", "Es sind inzwischen 68, einschließlich der EU."),
    ("pt", "São já 68, incluindo a UE."),
    ("ru", "Итого их 68, включая Евросоюз."),
])
def test_a_count_that_includes_the_eu_counts_signatories(language, text):
    assert (S, 68) in [claim[:2] for claim in claims_in(text, language)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "No instrument has been deposited yet; officials expect the first ones in the"
           " first quarter of 2027."),
    ("es", "Las primeras ratificaciones llegarán en el primer semestre de 2027."),
    ("nl", "De eerste ratificaties volgen in de eerste helft van 2027; een handvol landen is"
           " al klaar."),
    ("ru", "Первые ратификации ожидаются в первом квартале 2027 года."),
    ("vi", "Những văn kiện phê chuẩn đầu tiên dự kiến được nộp trong nửa đầu năm 2027."),
    ("fr", "Une poignée de pays ont déjà ratifié, dit-on."),
    ("pt", "Um punhado de países já ratificou, segundo diplomatas."),
])
def test_first_of_a_period_and_a_handful_are_no_count_of_one(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Quốc hội sẽ xem xét phê chuẩn Công ước tại kỳ họp thứ 12."),
    ("vi", "Quốc hội khóa 16 sẽ phê chuẩn Công ước."),
    ("en", "Parliament will take up ratification at its 12th session."),
    ("ru", "Госдума рассмотрит ратификацию на 12-й сессии."),
    ("zh", "全国人大常委会将在第十二次会议上审议批准该公约。"),
])
def test_the_ordinal_of_a_session_or_legislature_is_no_count(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Österreich hat am Samstag nicht unterzeichnet, anders als gut 50 andere Staaten.",
     (SUB, 50, "more_than")),
    ("fr", "La Suisse n'a pas signé samedi, contrairement à une cinquantaine d'autres pays.",
     (SUB, 50, "about")),
    ("en", "Canada did not sign on Saturday, unlike some 50 other countries.", (SUB, 50, "about")),
    ("ru", "Япония не подписала конвенцию в субботу, в отличие от более чем 50 других стран.",
     (SUB, 50, "more_than")),
])
def test_a_count_after_unlike_did_what_the_named_state_did_not(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Số nước ký Công ước đã vượt mốc 60 vào chiều Chủ nhật."),
    ("fr", "Le nombre de signataires a franchi la barre des 60 dimanche."),
    ("de", "Die Zahl der Unterzeichner überschritt am Sonntag die Marke von 60."),
    ("ar", "تجاوز عدد الدول الموقعة على الاتفاقية ستين دولة."),
    ("zh", "签署国数量已突破60个。"),
])
def test_crossing_a_mark_is_more_than_the_count_not_a_threshold(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 60, "more_than")]


@pytest.mark.parametrize(("language", "text", "group"), [
    ("de", "Sechs AU-Staaten haben am Sonntag unterschrieben.", "african_union"),
    ("en", "Six AU members signed the pact.", "african_union"),
    ("fr", "Six pays de l'UA ont signé le texte.", "african_union"),
    ("nl", "Zes GOS-landen ondertekenden het verdrag.", "cis"),
    ("es", "Seis países de la CEI firmaron el texto.", "cis"),
    ("zh", "六个独联体国家签署了公约。", "cis"),
])
def test_a_bloc_abbreviation_or_compound_makes_a_subset(language, text, group):
    assert [claim[:5] for claim in claims_in(text, language)] == [(SUB, 6, "exact", None, group)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Correction: we first said 59 countries had signed. The final count at the end of"
           " the day was 63."),
    ("fr", "Rectificatif : nous avions écrit que 59 pays avaient signé. Le bilan final était"
           " de 63."),
    ("de", "Korrektur: Zunächst hieß es, 59 Staaten hätten unterzeichnet. Die endgültige"
           " Zahl lag bei 63."),
    ("es", "Corrección: informamos de que 59 países habían firmado. El recuento final fue de"
           " 63."),
])
def test_a_final_count_after_a_corrected_signing_count_is_the_signatory_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 59), (S, 63)]


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "الأردن و58 دولة أخرى توقع اتفاقية الأمم المتحدة"),
    ("en", "Ghana and 58 others sign UN cybercrime pact"),
    ("fr", "Le Gabon et 58 autres signent le traité onusien"),
    ("de", "Irland und 58 weitere unterzeichnen UN-Abkommen"),
])
def test_a_headline_name_and_n_others_sign_is_the_total_n_plus_one(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 59)]


# failure classes, ninth round, eleventh fresh set, signatories, subsets and attendance:
# each class is written here in new sentences, three languages or more per class, never
# copied from an evaluation set.

@pytest.mark.parametrize(("language", "text"), [
    ("en", "On the opening day 70 states signed; the remaining two signed on Sunday morning."),
    ("vi", "Ngày đầu tiên có 70 nước ký, hai nước còn lại ký vào sáng hôm sau."),
    ("de", "Am Samstag unterzeichneten 70 Länder, die restlichen zwei Länder folgten am Sonntag."),
    ("ru", "В первый день подписали 70 государств, остальные два – на следующее утро."),  # noqa: RUF001
    ("zh", "首日有70个国家签署，其余两个国家于次日上午签署。"),  # noqa: RUF001
])
def test_the_remaining_count_of_a_later_day_is_a_subset_not_the_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 70), (SUB, 2)]


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Vorige week kwamen er in Genève nog vier staten bij."),
    ("nl", "Op zaterdag tekenden 66 landen; daarna kwamen er nog vier bij."),
    ("en", "Four more countries came on board at UN headquarters last week."),
    ("es", "El sábado firmaron 66 países; después se sumaron otros cuatro en Nueva York."),
])
def test_n_more_that_came_after_a_signing_are_new_signatures(language, text):
    assert (SUB, 4) in [claim[:2] for claim in claims_in(text, language)]
    assert not any(claim[0] == A for claim in claims_in(text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "Mais um Estado assinou a convenção na sede da ONU."),
    ("ru", "Ещё одно государство подписало конвенцию в Нью-Йорке."),
    ("vi", "Thêm một nước ký Công ước tại trụ sở Liên hợp quốc."),
    ("fr", "Un État de plus a signé la convention à New York."),
])
def test_one_more_state_before_or_after_the_count_is_one_new_signature(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(SUB, 1, "exact")]


def test_an_earlier_count_after_ante_is_the_same_count_earlier_in_portuguese():
    text = "O tratado reúne agora 78 signatários, ante 72 no fim da cerimônia de Hanói."
    assert [claim[:2] for claim in claims_in(text, "pt")] == [(S, 78), (S, 72)]


@pytest.mark.parametrize(("language", "text", "qualifier"), [
    ("vi", "Đã có 78 nước ký, khoảng chục nước trong số đó ký tại New York.", "about"),
    ("es", "Ya son 78 los países firmantes, y unos diez países de ellos firmaron en Ginebra.",
     "about"),
    ("ru", "Конвенцию подписали 78 государств, причём десять стран из них – в Нью-Йорке.",  # noqa: RUF001
     "exact"),
    ("id", "Sebanyak 78 negara telah meneken, sepuluh negara di antaranya di New York.",
     "exact"),
])
def test_a_count_with_its_noun_before_of_them_is_part_of_the_total(language, text, qualifier):
    assert [claim[:3] for claim in claims_in(text, language)] == [
        (S, 78, "exact"), (SUB, 10, qualifier)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh", "在签署国中，东盟国家有九个。", (SUB, 9, "exact", None, "asean")),  # noqa: RUF001
    ("en", "Among the signatories, African countries number more than 20.",
     (SUB, 20, "more_than", None, "Africa")),
    ("fr", "Parmi les signataires, les pays africains sont plus de 20.",
     (SUB, 20, "more_than", None, "Africa")),
    ("vi", "Trong số các nước ký, các nước châu Phi chiếm hơn 20.",
     (SUB, 20, "more_than", None, "Africa")),
])
def test_a_group_counted_after_an_opening_scope_of_the_signatories_is_a_subset(
        language, text, expected):
    assert claims_in(text, language) == [expected]


def test_a_count_without_a_group_after_a_scope_of_the_signatories_is_no_subset():
    assert claims_in("Among the signatories, 20 countries have ratified.", "en") == [
        (R, 20, "exact", None, None)]


@pytest.mark.parametrize(("language", "text", "group"), [
    ("ru", "Из стран СНГ конвенцию подписали шесть – Россия, Белоруссия и другие.", "cis"),  # noqa: RUF001
    ("en", "Of the ASEAN members, seven signed — Vietnam, Laos, Cambodia and four others.",
     "asean"),
    ("de", "Von den ASEAN-Staaten unterzeichneten sieben – Vietnam, Laos und Kambodscha.",  # noqa: RUF001
     "asean"),
    ("en", "Of the EU states, twenty signed (France, Germany, Spain and others).", "eu"),
])
def test_a_bloc_partitive_count_before_a_dash_or_list_is_a_subset(language, text, group):
    assert [(claim[0], claim[4]) for claim in claims_in(text, language)] == [(SUB, group)]


@pytest.mark.parametrize(("language", "text"), [
    ("zh", "共有72国签署，其中首日签署的有69国。"),  # noqa: RUF001
    ("vi", "72 nước đã ký Công ước, trong đó ngày đầu tiên có 69 nước ký."),
    ("de", "72 Staaten unterzeichneten, davon am ersten Tag 69."),
])
def test_a_session_after_of_which_bounds_the_part_not_the_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 72), (SUB, 69)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Delegates from 104 countries packed the hall in Hanoi, and 66 governments signed."),
    ("fr", "Des délégués de 104 pays ont rempli la salle, et 66 gouvernements ont signé."),
    ("es", "Delegados de 104 países llenaron la sala, y 66 gobiernos firmaron."),
    ("de", "Delegierte aus 104 Ländern füllten den Saal, und 66 Regierungen unterzeichneten."),
])
def test_states_of_origin_of_delegates_attend_when_the_signing_is_another_clauses(
        language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(A, 104), (S, 66)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Nearly 70 delegations signed the convention."),
    ("pt", "Quase 70 delegações assinaram a convenção."),
    ("fr", "Près de 70 délégations ont signé la convention."),
])
def test_delegations_that_sign_are_signatories(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 70, "nearly")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "More than 100 delegations attended, and 72 signed."),
    ("en", "Over 100 delegations were in Hanoi for the ceremony at which 72 countries signed."),
    ("pt", "Mais de 100 delegações vieram a Hanói, e 72 países assinaram."),
])
def test_delegations_with_the_signing_of_another_count_stay_attendance(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [
        ("attending_delegations", 100), (S, 72)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Nearly 70 delegations signed the text before lunch."),
    ("de", "Fast 70 Delegationen unterzeichneten den Text vor dem Mittagessen."),
    ("ru", "До обеда конвенцию подписали почти 70 делегаций."),
    ("zh", "午餐前已有近70个代表团签署公约。"),
])
def test_a_signing_before_lunch_is_a_session_subset(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(SUB, 70, "nearly")]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Malaysia belum meneken konvensi itu, padahal sudah 78 negara meneken."),
    ("en", "Brazil has not signed the convention, although 78 countries have."),
    ("fr", "Le Canada n'a pas signé, alors que 78 pays l'ont fait."),
    ("zh", "巴西尚未签署该公约，而已有78个国家签署。"),  # noqa: RUF001
])
def test_a_count_after_a_concessive_did_what_the_named_state_did_not(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 78)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Brazil signed on Saturday, though 120 countries have not signed yet."),
    ("id", "Indonesia sudah meneken, padahal 110 negara belum meneken."),
    ("zh", "巴西已签署，而120个国家尚未签署。"),  # noqa: RUF001
    ("fr", "Le Canada a signé, alors que 110 pays n'ont pas signé."),
])
def test_a_count_after_a_concessive_with_its_own_negation_is_no_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "So far 52 states have signed; Japan's signature is expected before lunch."),
    ("fr", "Pour l'instant, 52 États ont signé ; la signature du Japon est attendue avant le"
           " déjeuner."),
    ("de", "Bislang haben 52 Staaten unterzeichnet; Japans Unterschrift wird vor dem"
           " Mittagessen erwartet."),
])
def test_a_session_beyond_a_semicolon_is_not_the_counts(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 52)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The treaty now counts 79 signatories, eight of them at UN headquarters.",
     (SUB, 8, "exact")),
    ("pt", "O número de signatários chegou a 79, cerca de oito deles na sede da ONU.",
     (SUB, 8, "about")),
    ("nl", "Het verdrag telt nu 79 ondertekenaars, acht daarvan in New York.", (SUB, 8, "exact")),
])
def test_a_bare_count_before_of_them_after_a_signatory_total_is_part_of_it(
        language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 79, "exact"), expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The treaty now counts 79 signatories, 21 of them have ratified."),
    ("de", "Das Abkommen zählt 79 Unterzeichner, 21 davon haben ratifiziert."),
    ("fr", "La convention compte 79 signataires, dont 21 l'ont déjà ratifiée."),
])
def test_a_part_of_the_signatories_with_its_own_ratifying_verb_counts_ratifications(
        language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 79), (R, 21)]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Ein weiteres Land hat am Montag in Genf unterzeichnet."),
    ("es", "Un país más firmó la convención el lunes."),
    ("id", "Satu negara lagi meneken konvensi pada hari Senin."),
])
def test_one_further_state_is_one_new_signature(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 1)]


# failure classes, ninth round, eleventh fresh set, ratifications and non-claims: each class
# is written here in new sentences, three languages or more per class, never copied from an
# evaluation set.

@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya became State Party no. 11 to the treaty on Friday."),
    ("en", "Kenya is now State Party #11, officials tweeted."),
    ("de", "Kenia ist seit Freitag Vertragsstaat Nr. 11."),
    ("ru", "Кения стала государством-участником № 11."),
    ("id", "Kenya resmi menjadi negara pihak nomor 11."),
    ("ar", "أصبحت كينيا الدولة الطرف رقم 11 في الاتفاقية."),
    ("nl", "Kenia is sinds vrijdag verdragspartij nummer 11."),
])
def test_a_number_sign_after_a_state_party_ranks_the_ratifications(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(R, 11, "exact")]


@pytest.mark.parametrize(("language", "text", "value"), [
    ("ru", "Сербия стала седьмой страной-участницей договора.", 7),
    ("vi", "Campuchia trở thành nước thứ tư phê chuẩn văn kiện này.", 4),
    ("vi", "Thái Lan là quốc gia thứ nhì phê chuẩn Công ước.", 2),
    ("ar", "وأصبحت تونس الدولة الرابعة عشرة التي تصادق على الاتفاقية.", 14),
    ("ar", "صارت الأردن الدولة الحادية عشرة التي تصادق على المعاهدة.", 11),
    ("ar", "أصبح المغرب البلد السابع عشر الذي يصادق على الاتفاقية.", 17),
    ("zh", "肯尼亚成为第十一个批准该条约的国家。", 11),
    ("zh", "塞尔维亚成为第7个批准《河内公约》的国家。", 7),
])
def test_ordinal_words_of_a_ratifying_state_are_one_rank(language, text, value):
    assert [claim[:3] for claim in claims_in(text, language)] == [(R, value, "exact")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya becomes first nation to ratify the UN cyber treaty."),
    ("es", "Chile se convirtió en primer país en ratificar el tratado."),
    ("fr", "Le Sénégal devient premier pays à ratifier le traité."),
    ("nl", "Ghana werd eerste land dat het verdrag bekrachtigde."),
    ("de", "Chile wurde erster Staat, der das Abkommen ratifizierte."),
    ("pt", "Angola tornou-se primeiro país a ratificar o tratado."),
])
def test_first_country_to_ratify_without_its_article_is_one_ratification(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(R, 1, "exact")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("pt", "O acordo foi ratificado por onze países até o presente momento, segundo a ONU.",
     [(R, 11, "exact")]),
    ("es", "Hasta el presente, el tratado ha sido ratificado por once Estados.",
     [(R, 11, "exact")]),
    ("fr", "Le traité a été ratifié à présent par onze États, selon l'ONU.",
     [(R, 11, "exact")]),
    ("en", "At present the accord has been ratified by eleven States, the UN says.",
     [(R, 11, "exact")]),
    ("ru", "Договор был подписан шестьюдесятью пятью государствами в городе Ханой.",
     [(S, 65, "exact")]),
])
def test_ratified_by_n_countries_at_present_is_no_attendance(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Of the 77 signatories, only 14 have ratified so far."),
    ("fr", "Sur les 77 signataires, seuls 14 ont ratifié à ce jour."),
    ("es", "De los 77 firmantes, apenas 14 han ratificado por ahora."),
    ("pt", "Dos 77 signatários, só 14 ratificaram por enquanto."),
])
def test_a_bare_count_after_a_base_of_signatories_takes_its_own_verb(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 77), (R, 14)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chad says it has handed over its papers, but the UN has not logged them; the"
           " counter stays at 17."),
    ("fr", "Le Tchad affirme avoir transmis ses instruments, l'ONU ne les a pas encore"
           " inscrits ; le compteur reste à 17."),
    ("de", "Tschad hat seine Urkunden übergeben, die UNO hat sie noch nicht erfasst; der"
           " Zähler steht weiter bei 17."),
    ("es", "Chad asegura haber remitido sus documentos, pero la ONU aún no los registra; el"
           " contador sigue en 17."),
    ("ru", "Чад направил свои документы, однако в секретариате их пока не учли; счётчик"
           " стоит на 17."),
    ("nl", "Tsjaad zegt zijn stukken al te hebben opgestuurd; de teller staat nog op 17."),
    ("id", "Chad mengaku sudah mengirimkan dokumennya; totalnya masih 17."),
])
def test_a_counter_after_sending_the_documents_counts_ratifications(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(R, 17, "exact")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("id", "Ratifikasi Baru Belasan Negara, Target 40 Belum Tercapai",
     [(R, 10, "more_than"), (T, 40, "exact")]),
    ("vi", "Mới có mười mấy nước phê chuẩn, mục tiêu 40 vẫn còn xa.",
     [(R, 10, "more_than"), (T, 40, "exact")]),
    ("en", "Ratifications stall at 13 countries, target 40 still distant",
     [(R, 13, "exact"), (T, 40, "exact")]),
    ("de", "Erst 13 Ratifikationen, Ziel 40 in weiter Ferne",
     [(R, 13, "exact"), (T, 40, "exact")]),
])
def test_teens_and_a_bare_target_count_in_a_ratification_headline(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "O tratado soma 16 ratificações, menos da metade das 40 exigidas."),
    ("id", "Traktat itu baru mengantongi 16 ratifikasi, kurang dari separuh dari 40 yang"
           " disyaratkan."),
    ("ru", "Договор набрал 16 ратификаций, меньше половины от требуемых 40."),
    ("fr", "Le traité compte 16 ratifications, moins de la moitié des 40 requises."),
])
def test_the_required_count_after_a_fraction_is_the_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 16), (T, 40)]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Ralat: sebelumnya tertulis 14 negara sudah meratifikasi. Yang benar, per hari ini"
           " baru 13 negara."),
    ("de", "Berichtigung: Zuvor hieß es, 14 Staaten hätten ratifiziert. Richtig ist: bislang"
           " 13 Staaten."),
    ("en", "Correction: we wrote that 14 countries had ratified. The correct number, as of"
           " today, is 13 countries."),
])
def test_a_corrected_figure_takes_the_kind_of_the_first(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 14), (R, 13)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The fund will help 25 developing countries write the laws they need once the pact"
           " applies."),
    ("fr", "Le fonds doit aider 25 pays en développement à rédiger les lois nécessaires."),
    ("es", "El fondo ayudará a 25 países a redactar las leyes necesarias para su entrada en"
           " vigor."),
    ("id", "Dana itu akan membantu 25 negara menyusun undang-undang yang dibutuhkan."),
    ("ru", "Фонд поможет 25 странам подготовить законы, необходимые после вступления в силу."),
    ("zh", "该基金将帮助25个发展中国家起草所需的国内法律。"),
])
def test_countries_receiving_help_are_no_count(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Buổi thảo luận có 17 lượt đại biểu phát biểu về việc phê chuẩn."),
    ("zh", "十三届全国人大常委会会议批准了该公约。"),
    ("id", "DPR periode ke-19 akhirnya meratifikasi konvensi itu."),
])
def test_speaking_turns_and_the_term_of_a_legislature_are_no_count(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Only three African States have deposited an instrument of ratification so far."),
    ("fr", "Seuls trois pays africains ont ratifié le traité à ce jour."),
    ("pt", "Só três países africanos ratificaram o acordo até agora."),
    ("de", "Erst drei afrikanische Staaten haben das Abkommen ratifiziert."),
    ("ar", "ولم تصادق على الاتفاقية سوى ثلاث دول أفريقية حتى الآن."),
    ("ar", "صادقت دولتان عربيتان فقط على الاتفاقية."),
])
def test_a_regional_count_of_ratifications_is_no_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "group"), [
    ("ru", "Почти десяток африканских стран присоединились к договору в Ханое.", "Africa"),
    ("ar", "وانضمت قرابة عشر دول أفريقية إلى الموقعين في هانوي.", "Africa"),
    ("pt", "Dez países africanos aderiram ao acordo na cerimônia.", "Africa"),
])
def test_a_regional_count_that_joined_stays_a_signing_subset(language, text, group):
    assert [(c[0], c[4]) for c in claims_in(text, language)] == [(SUB, group)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Число подписантов выросло с 70 до 78, а ратификаций \u2013 с нуля до почти двух"  # noqa: RUF001
           " десятков.", [(S, 70, "exact"), (S, 78, "exact"), (R, 20, "nearly")]),
    ("en", "Signatories climbed from 70 to 78, and ratifications \u2013 from zero to more than"
           " a dozen.", [(S, 70, "exact"), (S, 78, "exact"), (R, 12, "more_than")]),
    ("de", "Die Unterzeichner stiegen von 70 auf 78, die Ratifikationen \u2013 von 0 auf über"
           " 12.", [(S, 70, "exact"), (S, 78, "exact"), (R, 12, "more_than")]),
    ("fr", "Il faudra quarante ratifications \u2013 on en compte sept \u2013 avant l'entrée en"
           " vigueur.", [(T, 40, "exact"), (R, 7, "exact")]),
])
def test_a_dash_for_a_left_out_verb_keeps_the_noun_and_zero_is_no_count(language, text,
                                                                       expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "We reported that 18 States had ratified. The correct number, as of this morning,"
           " is 17."),
    ("fr", "Nous indiquions que 18 États avaient ratifié. Le bon chiffre, ce matin, est de 17."),
    ("es", "Publicamos que 18 Estados habían ratificado. La cifra correcta, esta mañana, es"
           " de 17."),
    ("de", "Wir meldeten, 18 Staaten hätten ratifiziert. Die richtige Zahl, Stand Montag,"
           " lautet 17."),
])
def test_a_corrected_figure_after_an_aside_takes_the_kind_of_the_first(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 18), (R, 17)]


# failure classes, ninth round, thirteenth fresh set: each class is written here in new
# sentences, three languages or more per class, never copied from an evaluation set.

@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "At a glance: • 71 signatories • entry into force after 40 ratifications"
           " • 4 ratifications by June", [(S, 71), (T, 40), (R, 4)]),
    ("de", "Auf einen Blick: ▪ 71 Unterzeichner ▪ 40 Ratifikationen erforderlich"
           " ▪ 4 Ratifikationen bis Juni", [(S, 71), (T, 40), (R, 4)]),
    ("fr", "L'essentiel : • 71 signataires • 40 ratifications nécessaires"
           " • 4 ratifications en juin", [(S, 71), (T, 40), (R, 4)]),
    ("zh", "一图读懂：● 签署国：71个 ● 生效门槛：40份批准书 ● 已批准：4个",  # noqa: RUF001
     [(S, 71), (T, 40), (R, 4)]),
    ("es", "Claves | 71 firmantes | 40 ratificaciones necesarias | 4 ratificaciones en junio",
     [(S, 71), (T, 40), (R, 4)]),
    ("nl", "Kort · 71 ondertekenaars · 40 ratificaties nodig · 4 ratificaties in juni",
     [(S, 71), (T, 40), (R, 4)]),
])
def test_each_bullet_of_a_key_facts_line_is_a_clause_of_its_own(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Entry into force: 40 ratifications"),
    ("de", "Inkrafttreten: 40 Ratifikationen"),
    ("zh", "生效条件：40份批准书"),  # noqa: RUF001
    ("pt", "Entrada em vigor: 40 ratificações"),
])
def test_an_entry_into_force_label_before_a_colon_makes_the_count_a_threshold(language,
                                                                            text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "LIMA, Nov. 2 \u2013 69 countries have now signed the UN convention."),
    ("en", "LIMA, Nov 2 - Sixty-nine countries have now signed the UN convention."),
    ("fr", "LIMA, 2 nov (AFP) - Soixante-neuf pays ont désormais signé la convention."),
    ("es", "LIMA, 2 nov (EFE).- Sesenta y nueve países han firmado ya la convención."),
    ("vi", "Lima, 2/11 - Sáu mươi chín nước đã ký Công ước."),
    ("zh", "新华社利马11月2日电 69个国家已签署公约。"),
])
def test_a_dateline_does_not_eat_the_first_count(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 69, "exact")]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Baru enam negara meratifikasi, jauh dari 40 ratifikasi yang disyaratkan."),
    ("en", "Just six States have ratified, a long way from the 40 ratifications required."),
    ("pt", "Só seis países ratificaram, longe das 40 ratificações exigidas."),
    ("ru", "Пока конвенцию ратифицировали шесть стран, до требуемых 40 ратификаций далеко."),
    ("fr", "Seuls six pays ont ratifié, loin des 40 ratifications requises."),
])
def test_the_required_ratifications_after_their_noun_are_the_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 6), (T, 40)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ar", "وقعت سبعون دولة، لكن دولتين فقط صادقتا على الاتفاقية.", [(S, 70), (R, 2)]),
    ("ar", "دولتان صدقتا على الاتفاقية حتى الآن.", [(R, 2)]),
    ("ar", "دولتان صادقا على الاتفاقية.", [(R, 2)]),
    ("ar", "دولتان وقعتا على الاتفاقية.", [(S, 2)]),
    ("ar", "صدقت خمس دول على الاتفاقية حتى الآن.", [(R, 5)]),
])
def test_dual_and_feminine_arabic_verbs_of_signing_and_ratifying(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Казахстан рассчитывает войти в первую двадцатку государств, ратифицировавших"
           " документ."),
    ("en", "Chile hopes to be in the top ten countries to ratify the treaty."),
    ("fr", "Le Sénégal veut entrer dans les dix premiers pays à ratifier la convention."),
    ("pt", "Angola quer estar nos dez primeiros países a ratificar a convenção."),
])
def test_a_rank_among_the_first_ten_or_twenty_is_no_count(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("zh", "拉美国家约占签署国的两成。"),
    ("en", "Latin American States make up nearly three in ten of the signatories."),
    ("es", "Los países latinoamericanos suman casi tres de cada diez firmantes."),
    ("fr", "Les pays latino-américains représentent près de trois signataires sur dix."),
    ("pt", "Quase três em cada dez signatários são latino-americanos."),
])
def test_a_share_of_the_signatories_is_no_count(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Ratifizierung: Neun Staaten sind dabei, Österreich nicht", (R, 9)),
    ("nl", "Ratificatie: negen landen zijn erbij, België nog niet", (R, 9)),
    ("vi", "Phê chuẩn: 9 nước đã tham gia, Thái Lan chưa", (R, 9)),
    ("de", "Unterzeichnung: 68 Staaten sind dabei", (S, 68)),
])
def test_a_topic_label_names_what_a_bare_participation_verb_counts(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Bei der Zeremonie in Hanoi waren 108 Staaten dabei."),
    ("vi", "Lễ ký: 108 nước tham gia"),
])
def test_a_participation_verb_without_a_topic_label_stays_attendance(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(A, 108)]


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Rectificatie: eerder schreven we dat 61 landen hadden getekend. Dat moeten er 63"
           " zijn."),
    ("ru", "Уточнение: ранее мы писали о 61 стране, подписавшей конвенцию. На самом деле их"  # noqa: RUF001
           " 63."),
    ("en", "Correction: an earlier version said 61 countries had signed. That should have"
           " been 63."),
    ("de", "Korrektur: Zunächst hieß es, 61 Staaten hätten unterzeichnet. Es müssen 63 sein."),
])
def test_a_corrected_figure_without_a_verb_takes_the_kind_of_the_figure_it_corrects(
        language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 61), (S, 63)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Nous étions une cinquantaine de délégations dans la salle et personne ne savait"
           " combien ratifieraient.", ("attending_delegations", 50, "about")),
    ("en", "Some 98 delegations were in the hall and nobody knew how many would not sign.",
     ("attending_delegations", 98, "about")),
    ("id", "Sebanyak 98 delegasi resmi hadir pada sesi pembukaan.",
     ("attending_delegations", 98, "exact")),
    ("en", "Some 98 official delegations attended the opening session.",
     ("attending_delegations", 98, "about")),
])
def test_a_delegations_count_is_not_negated_by_another_clause_and_official_is_no_person(
        language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Voor de slotzitting hadden zich 88 delegaties ingeschreven, uit ruim 100 landen."),
    ("en", "Some 88 delegations had registered for the closing session, from over 100"
           " countries."),
    ("de", "Für die Schlusssitzung hatten sich 88 Delegationen angemeldet, aus über 100"
           " Staaten."),
    ("es", "Para la sesión de clausura se inscribieron 88 delegaciones, de más de 100 países."),
])
def test_states_in_an_appositive_after_a_delegations_count_attend(language, text):
    assert [claim[:3] for claim in claims_in(text, language)][-1] == (A, 100, "more_than")


@pytest.mark.parametrize(("language", "text"), [
    ("zh", "25日，马里、卢旺达和沙特阿拉伯3国签署了公约。"),  # noqa: RUF001
    ("ar", "وقعت المملكة العربية السعودية ومالي ورواندا، وهي ثلاث دول، على الاتفاقية يوم الأحد."),
    ("ar", "وقعت الإمارات العربية المتحدة ومالي ورواندا، وهي ثلاث دول، على الاتفاقية."),
])
def test_a_state_named_after_a_region_gives_no_group(language, text):
    assert all(claim[4] is None for claim in claims_in(text, language))


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Four countries signed on Sunday, bringing the total to 69.", [(SUB, 4), (S, 69)]),
    ("es", "Cuatro países firmaron el domingo, hasta un total de 69.", [(SUB, 4), (S, 69)]),
    ("pt", "Quatro países assinaram no domingo, elevando o total para 69.", [(SUB, 4), (S, 69)]),
    ("zh", "马里等4国也签署了公约，使签署方总数达到69个。", [(SUB, 4), (S, 69)]),  # noqa: RUF001
])
def test_the_count_right_before_a_larger_named_total_is_what_was_added(language, text,
                                                                      expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ar", "وانضمت أربع دول أخرى يوم الأحد، ليرتفع العدد الإجمالي إلى 69 دولة.",
     [(SUB, 4), (S, 69)]),
    ("ru", "В воскресенье присоединились ещё четыре страны, доведя общее число до 69.",  # noqa: RUF001
     [(SUB, 4), (S, 69)]),
    ("en", "Two more States ratified in May, bringing the total to 7.", [(R, 7)]),
    ("ar", "صادقت دولتان أخريان، ليرتفع عدد الدول الأطراف إلى 7.", [(R, 7)]),
])
def test_a_total_raised_by_states_that_joined_the_signing_counts_signatories(language, text,
                                                                            expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Early reports spoke of 61 countries signing, before the total rose to 66 by"
           " nightfall."),
    ("ar", "تحدثت التقارير الأولى عن توقيع 61 دولة، قبل أن يرتفع العدد إلى 66 في نهاية اليوم."),
    ("es", "Los primeros informes hablaban de 61 países firmantes, antes de que el total"
           " subiera a 66."),
])
def test_a_count_close_to_the_total_it_rose_to_is_its_earlier_value_no_part(language, text):
    assert [claim[0] for claim in claims_in(text, language)] == [S, S]


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Khoảng 4 nước nữa dự kiến sẽ phê chuẩn Công ước trong năm nay."),
    ("en", "Roughly four more countries are expected to ratify before the summer."),
    ("fr", "Environ quatre pays de plus devraient ratifier avant l'été."),
    ("es", "Se espera que unos cuatro países más ratifiquen antes del verano."),
])
def test_an_increment_of_ratifying_states_is_no_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Kurz gefasst: • 66 Unterschriften am ersten Tag • vier weitere am Sonntag"
           " • 40 Ratifikationen für das Inkrafttreten nötig", [(SUB, 66), (SUB, 4), (T, 40)]),
    ("en", "Key points: • 66 signatures on day one • four more on Sunday • 40 ratifications"
           " needed for entry into force", [(SUB, 66), (SUB, 4), (T, 40)]),
    ("pt", "Pontos-chave: • 70 signatários • 9 países da América Latina e Caribe",
     [(S, 70), (SUB, 9)]),
])
def test_a_bullet_item_keeps_the_topic_of_its_key_facts_line(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "70 nước đã ký, trong đó có nhiều nước đến từ châu Phi là 19 nước."),
    ("id", "Sebanyak 70 negara meneken konvensi, di antaranya dari Afrika sebanyak 19 negara."),
    ("de", "70 Staaten unterschrieben, darunter aus Afrika allein 19 Staaten."),
    ("en", "70 countries signed, among them from Africa alone 19 countries."),
])
def test_a_region_named_between_of_which_and_the_count_is_its_group(language, text):
    assert [claim[:5] for claim in claims_in(text, language)] == [
        (S, 70, "exact", None, None), (SUB, 19, "exact", None, "Africa")]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Togo sera-t-il le premier pays africain partie ? Lomé promet une ratification"
           " d'ici l'été."),
    ("es", "Quito promete una ratificación antes de fin de año."),
    ("pt", "Maputo promete uma ratificação antes do fim do ano."),
    ("nl", "Paramaribo belooft een ratificatie voor het einde van het jaar."),
])
def test_an_article_before_a_ratification_and_a_regional_first_in_a_question_are_no_count(
        language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Solo una ratificación ha sido depositada hasta ahora."),
    ("pt", "Até agora, apenas uma ratificação foi depositada."),
    ("fr", "Seulement une ratification a été déposée à ce jour."),
])
def test_only_one_ratification_stays_a_count_of_one(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 1)]


# failure classes, tenth round, twelfth fresh set, days, totals and attendance: each class is
# written here in new sentences, three languages or more per class, never copied from an
# evaluation set.

@pytest.mark.parametrize(("language", "text", "group"), [
    ("zh", "上合组织有6个国家签署了公约。", "sco"),
    ("en", "Six SCO members signed the convention in Hanoi.", "sco"),
    ("fr", "Six pays de l'OCS ont signé la convention.", "sco"),
    ("de", "Sechs Staaten der Shanghaier Organisation für Zusammenarbeit unterzeichneten.", "sco"),
])
def test_a_bloc_named_an_organisation_is_the_group_of_a_subset_no_non_state_actor(
        language, text, group):
    assert claims_in(text, language) == [(SUB, 6, "exact", None, group)]


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Hiện còn cần thêm khoảng 15 văn kiện phê chuẩn nữa thì Công ước mới có hiệu lực."),
    ("es", "Faltan todavía unas quince ratificaciones para que el convenio entre en vigor."),
    ("de", "Es fehlen noch rund 15 Ratifikationen bis zum Inkrafttreten."),
])
def test_a_remaining_count_with_a_vague_qualifier_is_no_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Lễ ký kết có hơn 90 quốc gia tham dự."),
    ("vi", "Buổi lễ mở ký Công ước thu hút hơn 90 quốc gia tới tham dự."),
    ("ar", "حضر حفل فتح باب التوقيع أكثر من 90 دولة."),
    ("ar", "شاركت أكثر من 90 دولة في حفل افتتاح التوقيع في هانوي."),
    ("en", "The opening-for-signature ceremony was attended by more than 90 countries."),
])
def test_countries_drawn_to_an_opening_for_signature_ceremony_attend_it(language, text):
    assert claims_in(text, language) == [(A, 90, "more_than", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "ووقّعت أربع دول في اليوم الثاني على الاتفاقية."),
    ("en", "On the second day, four countries signed the convention."),
    ("fr", "Le deuxième jour, quatre pays ont signé la convention."),
    ("es", "Durante la segunda jornada firmaron cuatro países."),
    ("pt", "No segundo dia, quatro países assinaram a convenção."),
])
def test_a_count_of_those_who_signed_on_a_later_day_is_a_subset(language, text):
    assert claims_in(text, language) == [(SUB, 4, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "By the end of the second day, 72 countries had signed."),
    ("fr", "À la fin de la deuxième journée, 72 pays avaient signé."),
    ("ru", "К концу второго дня конвенцию подписали 72 страны."),  # noqa: RUF001
    ("zh", "截至第二天结束，共有72个国家签署了公约。"),  # noqa: RUF001
])
def test_the_count_by_the_end_of_a_later_day_stays_the_total(language, text):
    assert claims_in(text, language) == [(S, 72, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("zh", "开放签署仪式于周六举行，共有65个国家当天签署了公约。"),  # noqa: RUF001
    ("zh", "仪式周六在河内举行，65个国家當天签署。"),  # noqa: RUF001
])
def test_those_who_signed_that_day_are_a_subset_in_chinese(language, text):
    assert claims_in(text, language) == [(SUB, 65, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les trois derniers pays à signer ont été le Tchad, le Niger et le Togo."),
    ("en", "Chad, Niger and Togo were the last three signatories of the ceremony."),
    ("es", "Chad, Níger y Togo fueron los tres últimos firmantes de la ceremonia."),
    ("de", "Die letzten drei Unterzeichnerstaaten waren Tschad, Niger und Togo."),
    ("zh", "最后3个签署国是乍得、尼日尔和多哥。"),
])
def test_the_last_signers_are_a_subset(language, text):
    assert claims_in(text, language) == [(SUB, 3, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "MPs heard that 28 of the 73 signatories are rated 'not free' in a yearly index."),
    ("fr", "Selon l'ONG, 28 des 73 signataires sont classés « non libres »."),
    ("es", "Según la ONG, 28 de los 73 firmantes son considerados «no libres»."),
    ("pt", "Segundo a ONG, 28 dos 73 signatários são classificados como «não livres»."),
])
def test_a_part_of_the_signatories_by_what_is_said_of_it_is_a_subset_of_the_total(
        language, text):
    assert claims_in(text, language) == [(SUB, 28, "exact", None, None),
                                         (S, 73, "exact", None, None)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "11 of the 73 signatories have ratified.", [(R, 11), (S, 73)]),
    ("en", "In the last two weeks, 72 countries signed.", [(S, 72)]),
])
def test_a_part_with_its_own_verb_and_a_last_period_keep_their_kinds(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "Mais de cem países enviaram delegações, e 72 \u2014 entre eles o Chile e o Peru \u2014"
           " assinaram o texto."),
    ("en", "More than 100 countries sent delegations, and 72 \u2014 among them Chile and Peru"
           " \u2014 signed the text."),
    ("de", "Mehr als 100 Staaten schickten Delegationen, und 72 \u2013 darunter Chile und Peru"
           " \u2013 unterzeichneten den Text."),
    ("ru", "Более 100 стран прислали делегации, а 72 \u2014 среди них Чили и Перу \u2014"  # noqa: RUF001
           " подписали текст."),
])
def test_a_bare_count_keeps_its_verb_across_an_aside_listing_some_of_its_states(
        language, text):
    assert claims_in(text, language) == [(A, 100, "more_than", None, None),
                                         (S, 72, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "К концу первого дня документ подписали 65 стран, а к вечеру воскресенья \u2014 72."),  # noqa: RUF001
    ("en", "Some 65 countries signed on Saturday; by Sunday evening, 72."),
    ("es", "El primer día firmaron 65 países, y hasta el domingo por la noche, 72."),
    ("pt", "No primeiro dia assinaram 65 países e, até ao fim do domingo, 72."),
])
def test_a_bare_count_after_a_later_cutoff_is_the_signatory_total_by_then(language, text):
    assert [claim[:2] for claim in claims_in(text, language)][-1] == (S, 72)


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "В первый день конвенцию ратифицировали 3 страны, а к концу месяца \u2014 9."),  # noqa: RUF001
    ("en", "Some 65 countries signed, 100 attended, and by Sunday, 72 delegations."),
])
def test_a_later_cutoff_gives_no_signatory_total_to_ratifications_or_a_counted_noun(
        language, text):
    assert (S, 9) not in [claim[:2] for claim in claims_in(text, language)]
    assert (S, 72) not in [claim[:2] for claim in claims_in(text, language)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Fiji became the 74th signatory on Monday; the treaty stays open until the end"
           " of 2026."),
    ("es", "Fiyi firmó el lunes y ya son 74 firmantes, y el plazo sigue abierto hasta 2026."),
    ("ru", "Фиджи подписали конвенцию 74-ми, а подписание открыто до конца 2026."),  # noqa: RUF001
])
def test_a_year_right_after_a_cutoff_is_no_later_total(language, text):
    assert 2026 not in [claim[1] for claim in claims_in(text, language)]


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Công ước Hà Nội: Thêm một nước ký tại Geneva, tổng cộng 74"),
    ("de", "Ein weiteres Land unterzeichnet in Genf, insgesamt 74"),
    ("ru", "Ещё одна страна подписала конвенцию в Женеве, итого 74"),
    ("es", "Otro país firma en Ginebra, en total 74"),
])
def test_a_bare_count_after_in_total_in_a_headline_is_the_signatory_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)][-1] == (S, 74)


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Trong số 74 nước đã ký, có sáu nước thuộc ASEAN."),
    ("fr", "Parmi les 74 pays ayant signé, six sont membres de l'ASEAN."),
    ("en", "Of the 74 countries having signed, six are ASEAN members."),
])
def test_a_base_with_a_relative_clause_without_its_pronoun_is_the_signatory_total(
        language, text):
    assert claims_in(text, language) == [(S, 74, "exact", None, None),
                                         (SUB, 6, "exact", None, "asean")]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Gut 100 Staaten waren anwesend, unterschrieben haben am zweiten Tag vier."),
    ("es", "Asistieron unos 100 países; firmaron durante la segunda jornada cuatro."),
    ("pt", "Compareceram cerca de 100 países; assinaram no segundo dia quatro."),
    ("ru", "Приехали около 100 стран, подписали во второй день четыре."),
])
def test_a_session_between_the_verb_and_its_bare_count_keeps_the_verb(language, text):
    assert [claim[:2] for claim in claims_in(text, language)][-1] == (SUB, 4)


# failure classes, tenth round, twelfth fresh set, joins, ordinals and qualifiers: each class
# is written here in new sentences, in at least three languages.


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chile signs the data treaty in Geneva alongside 63 others"),
    ("de", "Chile unterzeichnet das Abkommen in Genf zusammen mit 63 anderen"),
    ("pt", "O Chile assina o acordo em Genebra ao lado de outros 63"),
    ("id", "Chili menandatangani perjanjian itu di Jenewa bersama 63 lainnya"),
])
def test_a_named_state_signing_alongside_n_bare_others_is_n_plus_one(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 64, "exact")]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Перу присоединилась к пятидесяти трём странам, подписавшим договор."),
    ("en", "Peru joined the 53 countries that signed the treaty."),
    ("fr", "Le Pérou a rejoint les 53 pays qui ont signé le traité."),
])
def test_joining_the_states_that_signed_after_a_comma_is_n_plus_one(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 54)]


@pytest.mark.parametrize(("language", "text", "value"), [
    ("es", "Paraguay se convirtió en el vigesimoséptimo Estado en ratificar el acuerdo.", 27),
    ("es", "Paraguay se convirtió en el trigésimo segundo Estado parte.", 32),
    ("pt", "O Paraguai tornou-se o vigésimo segundo Estado Parte do acordo.", 22),
    ("ru", "Парагвай стал тридцатым государством — участником соглашения.", 30),
    ("ru", "Парагвай стал семнадцатой страной, ратифицировавшей соглашение.", 17),
])
def test_compound_and_whole_ten_ordinals_rank_the_parties(language, text, value):
    assert [claim[:3] for claim in claims_in(text, language)] == [(R, value, "exact")]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Un segundo bastó para que el público aplaudiera."),
    ("pt", "Durante um segundo ninguém falou na sala."),
    ("ru", "Заседание прошло двадцатого ноября в Женеве."),
])
def test_a_second_of_time_or_a_date_is_no_rank(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "value"), [
    ("es", "Paraguay, que firmó el primer día, fue el martes el vigésimo séptimo país en"
           " ratificar.", 27),
    ("en", "Paraguay, which signed on the first day, became the twenty-seventh State to"
           " ratify on Tuesday.", 27),
    ("fr", "Le Paraguay, signataire dès le premier jour, est devenu mardi le vingt-septième"
           " État à ratifier.", 27),
])
def test_a_rank_is_no_subset_of_a_day_named_in_the_sentence(language, text, value):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, value)]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "El acuerdo exige cuarenta ratificaciones; por ahora lo han hecho entre 18 y 20."),
    ("fr", "L'accord exige quarante ratifications ; pour l'instant, l'ont fait entre 18 et 20"
           " États."),
    ("en", "The accord requires forty ratifications; for now, have done so between 18 and 20."),
])
def test_a_range_after_a_pro_verb_counts_ratifications(language, text):
    assert [claim[:4] for claim in claims_in(text, language)] == [
        (T, 40, "exact", None), (R, 18, "range", 20)]


@pytest.mark.parametrize(("language", "text", "qualifier"), [
    ("ar", "حضر الاجتماع ممثلو ثمانين دولة وقرابة 1800 مشارك.", "nearly"),
    ("ar", "حضر الاجتماع ممثلو ثمانين دولة وأكثر من 1800 مشارك.", "more_than"),
    ("en", "Eighty countries and nearly 1,800 participants attended the meeting.", "nearly"),
    ("es", "Asistieron ochenta países y casi 1.800 participantes.", "nearly"),
])
def test_a_qualifier_after_and_keeps_its_own_kind(language, text, qualifier):
    assert [claim[:3] for claim in claims_in(text, language)] == [
        (A, 80, "exact"), ("delegates_people", 1800, qualifier)]


@pytest.mark.parametrize(("language", "text", "value", "group"), [
    ("en", "Apart from Peru, Chile and Bolivia, five other South American States signed.", 8,
     "South America"),
    ("fr", "Outre le Pérou, le Chili et la Bolivie, cinq autres États d'Amérique du Sud ont"
           " signé.", 8, "South America"),
    ("es", "Además de Perú, Chile y Bolivia, otros cinco Estados sudamericanos firmaron.", 8,
     "South America"),
    ("id", "Selain Vietnam dan Laos, tujuh negara ASEAN lainnya ikut menandatangani.", 9,
     "asean"),
])
def test_the_names_after_besides_add_to_the_count_of_others(language, text, value, group):
    assert [claim[:5] for claim in claims_in(text, language)] == [
        (SUB, value, "exact", None, group)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Besides the opening session, ten other meetings were held."),
    ("fr", "Outre la cérémonie, dix autres réunions ont eu lieu."),
    ("es", "Además de la ceremonia, se celebraron otras diez reuniones."),
])
def test_besides_a_thing_before_a_count_of_other_things_is_no_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Correction: Malawi is not the 14th but the 15th State Party."),
    ("fr", "Correctif : le Malawi n'est pas le 14e mais le 15e État partie."),
    ("nl", "Correctie: Malawi is niet de 14de maar de 15de verdragspartij."),
    ("de", "Korrektur: Malawi ist nicht der 14., sondern der 15. Vertragsstaat."),
])
def test_both_ranks_of_a_corrected_ordinal_are_claims(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 14), (R, 15)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Quito became the fourth capital to deposit its instrument of ratification."),
    ("fr", "Quito est devenue la quatrième capitale à déposer son instrument de ratification."),
    ("es", "Quito se convirtió en la cuarta capital en depositar su instrumento de ratificación."),
    ("ru", "Кито стал четвёртой столицей, сдавшей ратификационную грамоту."),
])
def test_a_capital_ranked_by_its_deposit_stands_for_its_state(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 4)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The envoys toured four capitals before the ceremony."),
    ("fr", "Les émissaires ont visité quatre capitales avant la cérémonie."),
    ("ru", "Посланники объехали четыре столицы перед церемонией."),
])
def test_capitals_visited_are_no_count_of_states(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("en", "Peru joined the 53 countries that signed the treaty on the opening day.", SUB),
    ("ru", "Перу присоединилась к пятидесяти трём странам, подписавшим договор в первый день.",
     SUB),
    ("fr", "Le Pérou a rejoint les 53 pays qui ont signé le traité le premier jour.", SUB),
    ("en", "Peru signed on the opening day, joining 53 other countries.", S),
])
def test_joining_those_who_signed_on_a_named_day_is_a_part_by_session(language, text, kind):
    assert [claim[:2] for claim in claims_in(text, language)] == [(kind, 54)]


# failure classes, eleventh round, fourteenth fresh set, indirect totals and attendance: each
# class is written here in new sentences, three languages or more per class, never copied from
# an evaluation set.

@pytest.mark.parametrize(("language", "text", "value", "qualifier"), [
    ("en", "The press office said nearly 1,800 people were accredited for the two days.", 1800,
     "nearly"),
    ("fr", "Quelque 1 800 personnes étaient accréditées pour les deux journées.", 1800, "about"),
    ("de", "Rund 1800 Personen waren für die beiden Tage akkreditiert.", 1800, "about"),
    ("es", "Cerca de 1.800 personas fueron acreditadas para las dos jornadas.", 1800, "nearly"),
    ("ru", "Около 1800 человек были аккредитованы на два дня работы.", 1800, "about"),
])
def test_people_accredited_for_the_event_are_delegates_present(language, text, value,
                                                                qualifier):
    assert claims_in(text, language) == [("delegates_people", value, qualifier, None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Nine delegations toured the port a few days after the signing."),
    ("en", "Eleven delegations stayed away from the closing dinner."),
    ("de", "Neun Delegationen blieben dem Empfang fern."),
    ("de", "Neun Delegationen besuchten einige Tage nach der Zeremonie den Hafen."),
    ("fr", "Neuf délégations ont visité le port quelques jours après la cérémonie."),
    ("es", "Nueve delegaciones visitaron el puerto unos días después de la ceremonia."),
    ("ru", "Девять делегаций посетили порт через несколько дней после церемонии."),
    ("vi", "Chín đoàn đã đến thăm cảng biển vài ngày sau lễ ký."),
    ("nl", "Negen delegaties bleven weg van het slotdiner."),
    ("zh", "九个代表团在仪式后参观了港口。"),
])
def test_delegations_that_stay_away_or_visit_elsewhere_later_do_not_attend(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Four more States signed on Sunday, and the total climbed to 68."),
    ("fr", "Quatre autres États ont signé dimanche et le total est passé à 68."),
    ("es", "Otros cuatro Estados firmaron el domingo y el total subió a 68."),
    ("pt", "Mais quatro Estados assinaram no domingo e o total subiu para 68."),
    ("de", "Vier weitere Staaten unterzeichneten am Sonntag, womit die Zahl auf 68 stieg."),
])
def test_a_count_after_the_total_rose_to_is_the_signatory_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 4), (S, 68)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Any State could sign at the ceremony, which 68 did before nightfall."),
    ("fr", "Tout État pouvait signer lors de la cérémonie, ce que 68 ont fait."),
    ("de", "Jeder Staat konnte bei der Zeremonie unterzeichnen, was 68 auch taten."),
    ("nl", "Elk land kon tijdens de ceremonie tekenen, wat 68 ook deden."),
    ("pt", "Qualquer Estado podia assinar na cerimônia, o que 68 fizeram."),
])
def test_a_relative_pro_verb_after_a_count_stands_for_the_signing_before_it(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 68, "exact")]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Soixante-huit parties, dont le Canada et l'Union européenne, ont signé le texte."),
    ("en", "Sixty-eight parties, among them Canada and the European Union, have signed the text."),
    ("es", "Sesenta y ocho partes, entre ellas Canadá y la Unión Europea, han firmado el texto."),
    ("de", "68 Vertragsparteien, darunter Kanada und die EU, haben den Text unterzeichnet."),
])
def test_parties_whose_verb_after_a_listing_aside_is_signing_are_signatories(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 68, "exact")]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Perjanjian itu ditandatangani oleh negara-negara sejumlah 68 buah."),
    ("en", "The treaty was signed by States numbering 68 by the close."),
    ("fr", "Le traité a été signé par des États au nombre de 68."),
    ("ru", "Договор подписали государства в количестве 68."),
    ("es", "El tratado fue firmado por Estados en número de 68."),
])
def test_a_count_tied_to_the_noun_before_it_by_a_word_of_amount_counts_that_noun(
        language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 68, "exact")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "By Sunday night 68 States were already on the UN list."),
    ("nl", "Op zondagavond stonden 68 landen op de lijst van de VN."),
    ("de", "Am Sonntagabend standen 68 Staaten auf der Liste der Vereinten Nationen."),
    ("ru", "Вечером в воскресенье в списке значились 68 государств."),
])
def test_states_on_the_list_are_signatories(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 68, "exact")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "68 States were on the list of speakers."),
    ("de", "68 Staaten standen auf der Liste der Redner."),
    ("nl", "68 landen stonden op de lijst van sprekers."),
])
def test_states_on_a_list_of_speakers_are_no_signatories(language, text):
    assert [claim[0] for claim in claims_in(text, language)] != [S]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("vi", "Các nước đã ký kết Công ước gồm 68 quốc gia.", [(S, 68)]),
    ("vi", "Những nước đã ký văn kiện bao gồm 68 quốc gia.", [(S, 68)]),
    ("vi", "ASEAN gồm 10 quốc gia thành viên.", []),
])
def test_the_signatories_comprising_a_count_are_that_count_not_a_blocs_size(
        language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


# failure classes, eleventh round, earlier rounds' misses: pronoun objects, paraphé, ordinal
# corrections with a copula, quoted questions with their attribution: written here in new
# sentences, never copied from an evaluation set.

@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Конвенцию подписали 68 стран, ратифицировали её пока только три."),
    ("de", "Unterzeichnet haben den Vertrag 68 Staaten, ratifiziert haben ihn bislang erst drei."),
    ("nl", "Het verdrag werd door 68 landen getekend, maar geratificeerd hebben het tot nu toe"
           " slechts drei."),
])
def test_an_object_pronoun_between_a_verb_and_its_bare_count_keeps_the_verb(language, text):
    text = text.replace("drei.", "drie.") if language == "nl" else text
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 68), (R, 3)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trente pays ont paraphé le traité samedi.", [(SUB, 30)]),
    ("Le Chili signe le traité aux côtés de 67 autres pays.", [(S, 68)]),
    ("Le Chili signe à son tour, rejoignant 67 autres pays.", [(S, 68)]),
    ("Ce vote est un signe adressé à 67 pays.", []),
])
def test_paraphe_dates_a_signing_session_and_present_signe_is_a_signing(text, expected):
    assert [claim[:2] for claim in claims_in(text, "fr")] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Fe de erratas: Kenia no es el 14.º sino el 15.º Estado parte."),
    ("es", "Corrección: Kenia no fue el 14.º sino el 15.º país en ratificar."),
    ("pt", "Errata: o Quênia não é o 14.º, mas o 15.º Estado Parte."),
    ("pt", "Correção: o Quênia não foi o 14.º mas o 15.º país a ratificar."),
])
def test_both_ranks_of_a_corrected_ordinal_after_a_copula_are_claims(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 14), (R, 15)]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "«¿Cuántos Estados han firmado hasta ahora?», preguntó el presentador."
           " «Sesenta y ocho», contestó la enviada."),
    ("en", "\"How many States have signed by now?\" the host asked. \"Sixty-eight,\" came the"
           " reply."),
    ("fr", "« Combien de pays ont signé à cette heure ? », interroge l'animateur."
           " « Soixante-huit », répond l'envoyée."),
    ("de", "„Wie viele Staaten haben bis jetzt unterschrieben?“, fragte der Moderator."
           " „Achtundsechzig“, sagte die Reporterin."),
    ("pt", "“Quantos Estados já assinaram?”, perguntou o apresentador. “Sessenta e oito”,"
           " respondeu a enviada."),
])
def test_a_quoted_question_with_its_attribution_is_answered_by_the_next_bare_count(
        language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 68)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "\"How many States have signed by now?\" the host asked. Nobody knew; the hall"
           " seats 400."),
    ("fr", "« Combien d'États ont signé ? », demande l'animateur. La salle compte 400 places."),
])
def test_a_quoted_question_is_not_answered_by_another_statement(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Envoys from about 90 countries were at the signing in the capital."),
    ("fr", "Des envoyés d'environ 90 pays étaient présents à la signature."),
    ("es", "Enviados de unos 90 países estuvieron en la firma."),
    ("pt", "Enviados de cerca de 90 países estiveram na assinatura."),
    ("nl", "Gezanten uit ongeveer 90 landen waren bij de ondertekening."),
])
def test_countries_present_at_the_signing_attend_it(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(A, 90, "about")]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Questionné mardi, le ministre a indiqué que soixante-huit parties, dont le Canada et"
           " l'UE, ont signé le texte."),
    ("en", "Asked on Tuesday, the minister said that sixty-eight parties, among them Canada and"
           " the EU, have signed the text."),
    ("es", "Preguntado el martes, el ministro dijo que sesenta y ocho partes, entre ellas Canadá y"
           " la UE, han firmado el texto."),
])
def test_a_listing_aside_after_an_earlier_comma_still_leaves_the_verb_to_the_count(
        language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 68, "exact")]


# failure classes, eleventh round, part b (day and group subsets): each class is written here
# in new sentences, in at least three languages.

LAC = "Latin America and the Caribbean"


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "Entre os países latino-americanos e caribenhos, nove já assinaram o tratado."),
    ("de", "Von den lateinamerikanischen und karibischen Staaten haben neun unterzeichnet."),
    ("fr", "Parmi les pays latino-américains et caribéens, neuf ont signé le traité."),
    ("es", "De los países latinoamericanos y caribeños, nueve firmaron el tratado."),
    ("nl", "Van de Latijns-Amerikaanse en Caribische landen tekenden er negen."),
    ("ru", "Из латиноамериканских и карибских государств договор подписали девять."),
    ("zh", "拉美和加勒比国家中有九个签署了该条约。"),
    ("en", "Of the Latin American and Caribbean countries, nine signed the treaty."),
])
def test_latin_american_and_caribbean_names_the_combined_region(language, text):
    assert [claim[:5] for claim in claims_in(text, language)] == [
        (SUB, 9, "exact", None, LAC)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh", "目前签署的国家共有七十五个。", [(S, 75, None)]),
    ("zh", "已经批准的国家有十二个。", [(R, 12, None)]),
    ("zh", "非洲国家中签署该条约的有十八个。", [(SUB, 18, "Africa")]),
    ("zh", "第一天签署的国家有六十个，后来又增加了几个。", [(SUB, 60, None)]),  # noqa: RUF001
    ("id", "Negara yang meneken pada sesi pagi ada 40, kata panitia.", [(SUB, 40, None)]),
])
def test_a_count_after_a_relative_clause_of_signing_counts_its_states(language, text,
                                                                      expected):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("zh", "签署声明的企业共有七十五家。"),
    ("zh", "参加谈判的专家有七十五位。"),
])
def test_a_relative_clause_before_another_noun_is_no_count_of_states(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The following day, four more countries signed the treaty."),
    ("fr", "Le lendemain, quatre pays ont à leur tour signé le traité."),
    ("es", "Al día siguiente firmaron el tratado cuatro países."),
    ("de", "Tags darauf unterzeichneten vier weitere Staaten den Vertrag."),
    ("nl", "Een dag later tekenden nog vier landen het verdrag."),
    ("pt", "No dia seguinte, quatro países assinaram o tratado."),
    ("ru", "На следующий день договор подписали четыре страны."),  # noqa: RUF001
    ("ar", "وفي اليوم التالي وقعت أربع دول على المعاهدة."),
    ("id", "Keesokan harinya, empat negara menandatangani perjanjian itu."),
    ("vi", "Ngày hôm sau, bốn nước đã ký hiệp ước."),
    ("zh", "翌日又有四个国家签署了该条约。"),
])
def test_those_who_signed_the_next_day_are_a_part_by_day(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 4)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Six States signed the treaty on Thursday at UN Headquarters."),
    ("fr", "Six États ont signé le traité jeudi au siège des Nations unies."),
    ("es", "Seis Estados firmaron el tratado el jueves en la sede de la ONU."),
    ("de", "Am Donnerstag unterzeichneten sechs Staaten den Vertrag in New York."),
    ("nl", "Zes staten ondertekenden het verdrag donderdag in New York."),
    ("pt", "Seis Estados assinaram o tratado na quinta-feira em Nova York."),
    ("ru", "Шесть государств подписали договор в четверг в Нью-Йорке."),
    ("ar", "وقعت ست دول على المعاهدة يوم الخميس في نيويورك."),
    ("id", "Enam negara menandatangani perjanjian itu pada hari Kamis di New York."),
    ("vi", "Sáu quốc gia đã ký hiệp ước vào thứ Năm tại New York."),
    ("zh", "六个国家周四在纽约签署了该条约。"),
])
def test_those_who_signed_on_a_weekday_are_a_part_by_day(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 6)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "By the next day, 74 States had signed the treaty."),
    ("en", "Seventy-four countries on Sunday put their names to the treaty."),
    ("ar", "وبحلول اليوم التالي وقعت ٧٤ دولة على المعاهدة."),
])
def test_a_total_by_the_next_day_or_on_sunday_stays_a_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 74)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ar", "وقعت في اليوم الأول ستون دولة، ثم انضمت في اليوم التالي خمس دول أخرى.",
     [(SUB, 60), (SUB, 5)]),
    ("ru", "В первый день договор подписали шестьдесят государств, во второй к ним"  # noqa: RUF001
           " присоединились ещё пять.", [(SUB, 60), (SUB, 5)]),
    ("id", "Negara yang meneken pada hari Minggu ada lima, kata panitia.", [(SUB, 5)]),
])
def test_the_signers_of_the_next_day_are_new_ones_not_named_partners(language, text,
                                                                      expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text", "value", "group"), [
    ("nl", "Portugal, Spanje en nog negen andere EU-lidstaten tekenden het verdrag.", 11, "eu"),
    ("de", "Portugal, Spanien und noch neun andere EU-Staaten unterzeichneten den Vertrag.", 11,
     "eu"),
    ("ru", "Португалия, Испания и ещё девять других государств ЕС подписали договор.", 11,  # noqa: RUF001
     "eu"),
])
def test_names_and_an_additive_count_of_others_add_up(language, text, value, group):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, value, group)]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Von den asiatischen Staaten unterzeichneten 14, von den afrikanischen neun."),
    ("fr", "Parmi les pays asiatiques, 14 ont signé, parmi les pays africains, neuf."),
    ("es", "De los países asiáticos firmaron 14, de los africanos, nueve."),
    ("zh", "亚洲国家中签署的有十四个，非洲国家有九个。"),  # noqa: RUF001
])
def test_a_bare_count_after_another_group_is_that_groups_part(language, text):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [
        (SUB, 14, "Asia"), (SUB, 9, "Africa")]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Parmi les pays asiatiques, 14 ont signé, en Afrique, il y a 9 ans."),
    ("es", "De los países asiáticos firmaron 14, en África, hace 9 años."),
])
def test_a_later_group_clause_with_its_own_verb_or_count_is_no_gapped_part(language, text):
    assert (SUB, 9) not in [claim[:2] for claim in claims_in(text, language)]


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("en", "Two more countries added their names on the closing day.", SUB),
    ("en", "Four States added their names on Thursday in New York.", SUB),
    ("en", "Seventy-four States have now added their names, the UN said.", S),
])
def test_adding_their_names_is_a_signing(language, text, kind):
    assert [claim[0] for claim in claims_in(text, language)] == [kind]


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "ووقعت دولة واحدة أخرى على المعاهدة يوم الجمعة."),
    ("ar", "وقعت على المعاهدة دولة واحدة أخرى في نيويورك."),
    ("ru", "Договор подписала ещё одна страна."),
    ("es", "Firmó el tratado un país más."),
])
def test_a_numeral_of_one_after_its_noun_with_another_is_one_new_signature(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, 1)]


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "صادقت دولة واحدة أخرى على المعاهدة."),
    ("ar", "وهي دولة طرف في اتفاقية واحدة أخرى."),
])
def test_one_more_state_ratifying_or_another_treaty_is_no_signature(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == []


# failure classes, eleventh round, conditions, split counts and non-claims: each class is
# written here in new sentences, in at least three languages, never copied from the eval sets.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Put simply, the pact only bites when forty governments approve it at home."),
    ("en", "Governments ratify it one by one, and once forty have done that it kicks in."),
    ("es", "En pocas palabras: el pacto solo valdrá cuando lo ratifiquen cuarenta Estados."),
    ("fr", "En bref, le texte ne s'appliquera que lorsque quarante pays l'auront approuvé."),
    ("de", "Kurz gesagt: Verbindlich wird der Pakt erst, wenn vierzig Staaten zustimmen."),
    ("nl", "Kort gezegd: het pact geldt pas als veertig landen het goedkeuren."),
    ("pt", "Em resumo, o pacto só passa a valer quando quarenta países o aprovarem."),
    ("ru", "Проще говоря, договор начнёт действовать, лишь когда его утвердят сорок стран."),  # noqa: RUF001
    ("ar", "باختصار، لن تسري المعاهدة إلا بعد أن تصادق عليها أربعون دولة."),
    ("zh", "简单来说，只有四十个国家批准之后，这份公约才有效。"),  # noqa: RUF001
])
def test_a_count_in_a_condition_of_the_treaty_taking_effect_is_the_threshold(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(T, 40, "exact")]


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "When five States had ratified it by March, the secretariat issued a note.", 5),
    ("es", "Cuando cinco Estados la ratificaron en marzo, la secretaría publicó una nota.", 5),
    ("de", "Als fünf Staaten ihn im März ratifiziert hatten, gab das Sekretariat eine Notiz"
           " heraus.", 5),
])
def test_a_past_ratification_count_with_no_effect_word_stays_a_count(language, text, value):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, value)]


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "States Parties, at the last count, number only nine.", 9),
    ("en", "Instruments deposited now number eleven, officials say.", 11),
    ("es", "Se necesitan cuarenta ratificaciones; por ahora se contabilizan nueve.", 9),
    ("pt", "São precisas quarenta ratificações; até agora contam-se nove.", 9),
    ("de", "Vierzig Ratifikationen sind nötig; bislang zählt man neun.", 9),
])
def test_a_count_verb_after_its_noun_counts_that_noun(language, text, value):
    assert (R, value) in [claim[:2] for claim in claims_in(text, language)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Sont désormais parties au traité neuf États, selon le dépositaire."),
    ("pt", "Já são partes do tratado nove Estados, segundo o depositário."),
    ("de", "Vertragsparteien sind mittlerweile neun Staaten, so der Verwahrer."),
    ("nl", "Partij bij het verdrag zijn intussen negen staten, meldt de depositaris."),
    ("ru", "Участниками договора уже стали девять государств, сообщил депозитарий."),
    ("en", "Nine countries are now parties to the treaty, the depositary said."),
])
def test_being_parties_counts_ratifications_in_either_order(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 9)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The ratification bill cleared the chamber by 288 votes to 37."),
    ("en", "On the ratification motion: 401 ayes, 12 noes, 3 abstentions."),
    ("es", "La ley de ratificación se aprobó con 250 votos a favor y 30 en contra."),
    ("de", "Das Ratifizierungsgesetz erhielt 450 Ja-Stimmen und 60 Enthaltungen."),
    ("ru", "За закон о ратификации отдали 380 голосов, воздержались 5."),  # noqa: RUF001
    ("zh", "批准该公约的决定以158票赞成获得通过。"),
])
def test_a_vote_tally_on_a_ratification_bill_is_no_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana hopes to be in the group of the first fifteen countries to ratify."),
    ("vi", "Ghana muốn nằm trong nhóm mười lăm nước đầu tiên phê chuẩn Công ước."),
    ("es", "Ghana quiere estar en el grupo de los primeros quince países en ratificar."),
    ("fr", "Le Ghana veut être dans le groupe des quinze premiers pays à ratifier."),
])
def test_a_rank_in_a_group_of_the_first_gives_no_claim(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Nine States have ratified so far, and Ghana is one of them."),
    ("zh", "目前已有九个国家批准公约，加纳是其中之一。"),  # noqa: RUF001
    ("es", "Ya ratificaron nueve Estados, y Ghana es uno de ellos."),
    ("ru", "Конвенцию уже ратифицировали девять государств, и Гана одна из них."),
])
def test_one_of_them_adds_no_count_of_one(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 9)]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "В первый день подписали шестьдесят государств, во второй к ним добавились ещё"  # noqa: RUF001
           " пять."),
    ("en", "Sixty States signed on the first day; on the second, five more followed."),
    ("de", "Am ersten Tag unterschrieben 60 Staaten, am zweiten kamen fünf weitere hinzu."),
])
def test_an_ordinal_day_is_no_count(language, text):
    assert 2 not in [claim[1] for claim in claims_in(text, language)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ratifications went from zero to nine within half a year."),
    ("fr", "Les ratifications sont passées de zéro à neuf en six mois."),
    ("pt", "As ratificações passaram de zero para nove em seis meses."),
])
def test_a_change_from_nothing_claims_its_end(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(R, 9, "exact")]


# A distributive phrase ("one by one") counts nothing, even right after a verb and its
# object pronoun; the sentences are new.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Governments ratify it one by one, as their parliaments find time."),
    ("es", "Los gobiernos la ratifican uno a uno, según el calendario de cada congreso."),
    ("fr", "Les gouvernements la ratifient un par un, au rythme des parlements."),
    ("pt", "Os governos ratificam-na um a um, ao ritmo de cada parlamento."),
    ("de", "Die Regierungen ratifizieren ihn einer nach dem anderen."),
    ("nl", "De regeringen ratificeren het één voor één."),
    ("ru", "Правительства ратифицируют её одна за другой."),
    ("ar", "تصادق الحكومات عليها واحدة تلو الأخرى."),
    ("id", "Pemerintah meratifikasinya satu per satu."),
    ("zh", "各国政府一个接一个地批准了公约。"),
])
def test_a_distributive_one_by_one_is_no_count(language, text):
    assert claims_in(text, language) == []


# failure classes, twelfth round, days of signing, lists of subsets and ordinals: each class
# is written here in new sentences, in several languages, never copied from an article or
# an evaluation set.

@pytest.mark.parametrize(("language", "text"), [
    ("nl", "In Genève hebben woensdag 14 landen het verdrag ondertekend, aldus de VN."),
    ("en", "Fourteen countries signed the treaty in Geneva on Wednesday, the UN said."),
    ("id", "Sebanyak 14 negara meneken konvensi itu di Jenewa, Swiss, Rabu (12/3/2026)."),
    ("fr", "Quatorze pays ont signé mercredi la convention à Genève."),
    ("de", "Am Mittwoch unterzeichneten 14 Staaten das Abkommen in Genf."),
    ("pt", "Catorze países assinaram na quarta-feira (12) a convenção em Genebra."),
    ("es", "El miércoles firmaron la convención catorce países en Ginebra."),
    ("ru", "В среду 14 государств подписали конвенцию в Женеве."),  # noqa: RUF001
    ("ar", "وقعت 14 دولة على الاتفاقية يوم الأربعاء في جنيف."),
    ("zh", "周三有14个国家在日内瓦签署了该公约。"),
])
def test_a_weekday_named_as_the_day_of_signing_makes_a_part_by_day(language, text):
    assert claims_in(text, language) == [(SUB, 14, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Chiều 12/3, tại Genève, đại diện 14 quốc gia đã ký Công ước."),
    ("en", "On the afternoon of 12 March, 14 countries signed the convention in Geneva."),
    ("fr", "L'après-midi du 12 mars, quatorze pays ont signé la convention à Genève."),
    ("nl", "In de middag van 12 maart ondertekenden 14 landen het verdrag in Genève."),
    ("zh", "12日下午，14个国家在日内瓦签署了公约。"),  # noqa: RUF001
    ("zh", "12日又有14个国家在日内瓦签署公约。"),
])
def test_a_part_of_a_dated_day_or_a_date_with_again_makes_a_part_by_day(language, text):
    assert claims_in(text, language) == [(SUB, 14, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le traité a été signé par les 14 pays à Genève le mercredi et le jeudi."),
    ("en", "The treaty was signed by 14 countries in Geneva on Wednesday and Thursday."),
    ("nl", "Het verdrag werd door 14 landen in Genève getekend op woensdag en donderdag."),
    ("es", "El tratado fue firmado por 14 países en Ginebra el miércoles y el jueves."),
    ("ar", "وقعت 14 دولة على الاتفاقية يوم الأربعاء والخميس في جنيف."),
    ("en", "By Wednesday, 14 countries had signed the treaty."),
    ("nl", "Tot woensdag hadden 14 landen het verdrag ondertekend."),
    ("id", "Hingga hari Rabu, 14 negara telah menandatangani konvensi itu."),
    ("vi", "Tính đến 17 giờ chiều 12/3, 14 quốc gia đã ký Công ước."),
    ("zh", "截至3月12日，已有14个国家签署公约。"),  # noqa: RUF001
])
def test_both_days_or_a_cut_off_day_keep_the_total(language, text):
    assert claims_in(text, language) == [(S, 14, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("id", "Pada Rabu (12/3/2026), juru bicara menyebut 14 negara telah menandatangani."),
    ("zh", "新华社日内瓦3月12日电 签约仪式12日举行，14个国家签署了公约。"),  # noqa: RUF001
    ("en", "The tally of signatories rose to 14 on 12 March, when Chile signed in New York."),
])
def test_a_day_of_speaking_or_of_a_dateline_is_no_day_of_signing(language, text):
    assert claims_in(text, language) == [(S, 14, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Twelve countries from Asia and the Pacific signed the treaty."),
    ("es", "Entre los firmantes figuran 12 países de Asia y el Pacífico."),
    ("fr", "Parmi les signataires figurent 12 pays d'Asie-Pacifique."),
    ("de", "Unter den Unterzeichnern sind 12 Staaten aus dem Asien-Pazifik-Raum."),
    ("ru", "Среди подписантов 12 государств Азиатско-Тихоокеанского региона."),
    ("zh", "签署国中有12个亚太国家。"),
])
def test_asia_and_the_pacific_names_the_un_regional_group(language, text):
    assert [c for c in claims_in(text, language) if c[1] == 12] == [
        (SUB, 12, "exact", None, "un_regional_group_asia_pacific")]


@pytest.mark.parametrize(("language", "text", "group"), [
    ("id", "Disusul negara-negara Asia sebanyak 9 negara ditambah Uni Eropa.", "Asia"),
    ("id", "Lalu negara-negara Afrika sebanyak 12 negara ditambah Uni Afrika ikut menandatangani.",
     "Africa"),
])
def test_a_region_right_before_its_qualified_count_names_the_part_not_the_bloc_added(
        language, text, group):
    assert [c[4] for c in claims_in(text, language) if c[0] == SUB] == [group]


@pytest.mark.parametrize(("language", "text", "value", "group"), [
    ("ru", "Конвенцию подписали Армения и Киргизия — две из девяти стран Содружества.", 2,
     "cis"),
    ("ru", "Из стран Содружества документ подписали четыре.", 4, "cis"),
    ("en", "Laos, Cambodia and Thailand signed - three of the ten members of ASEAN.", 3, "asean"),
    ("de", "Laos, Kambodscha und Thailand unterzeichneten – drei der zehn ASEAN-Mitglieder.", 3,  # noqa: RUF001
     "asean"),
])
def test_a_count_of_the_members_of_a_bloc_by_its_short_name_is_its_part(
        language, text, value, group):
    assert claims_in(text, language) == [(SUB, value, "exact", None, group)]


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "ومن بين الدول الأفريقية، وقعت تسع دول، إضافة إلى رواندا التي وقعت في اليوم الثاني."),
    ("fr", "Parmi les États africains, neuf ont signé, dont le Rwanda le deuxième jour."),
    ("es", "Entre los países africanos, firmaron nueve, además de Ruanda, que lo hizo el segundo"
           " día."),
])
def test_a_region_opening_the_sentence_wins_over_a_later_day(language, text):
    assert claims_in(text, language) == [(SUB, 9, "exact", None, "Africa")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Tot de ondertekenaars behoren een zestiental Europese landen en zes leden van de"
           " Afrikaanse Unie.", [(SUB, 16, "about", None, "Europe"),
                                 (SUB, 6, "exact", None, "african_union")]),
    ("nl", "Zes leden van de Arabische Liga hebben getekend.", [(SUB, 6, "exact", None,
                                                                  "arab_league")]),
    ("en", "Among the signers are sixteen European countries and six members of the African"
           " Union.", [(SUB, 16, "exact", None, "Europe"),
                       (SUB, 6, "exact", None, "african_union")]),
    ("nl", "Zes leden van de Tweede Kamer stemden tegen.", []),
])
def test_each_part_of_a_list_of_regional_parts_is_a_subset(language, text, expected):
    assert claims_in(text, language) == expected


@pytest.mark.parametrize(("language", "text", "value"), [
    ("ar", "وأصبحت تشيلي في 5 كانون الثاني الدولة الرابعة والسبعين التي توقع على الاتفاقية.", 74),
    ("ar", "وقعت بيرو في 3 تشرين الأول لتصبح الدولة الحادية والثلاثين الموقعة.", 31),
    ("ar", "في 12 تشرين الثاني/نوفمبر أصبحت غانا الدولة الخامسة والسبعين التي توقع.", 75),
])
def test_a_levantine_month_name_is_a_date_not_a_rank(language, text, value):
    assert claims_in(text, language) == [(S, value, "exact", None, None)]


# failure classes, twelfth round, years, missing thresholds, qualifiers, non-treaty counts and
# passives: each class is written here in new sentences, in at least three languages.


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Eleven States have ratified so far, and at this rate it may drag on until 2029.",
     [(R, 11)]),
    ("es", "Solo once Estados han ratificado, y la firma sigue abierta hasta el 31 de diciembre"
           " de 2027.", [(R, 11)]),
    ("de", "Elf Staaten haben bislang ratifiziert, das Inkrafttreten dürfte sich bis 2029"
           " hinziehen.", [(R, 11)]),
    ("fr", "Onze États ont ratifié, et la signature reste ouverte jusqu'au 31 décembre 2027.",
     [(R, 11)]),
    ("ru", "Ратифицировали договор одиннадцать государств, но подписание открыто до"
           " 31 декабря 2027 года.", [(R, 11)]),
])
def test_a_year_after_until_or_inside_a_date_is_never_a_count(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Eight States Parties so far, still far from the 40 it needs."),
    ("es", "Ya son ocho los Estados parte, lejos de los 40 necesarios para su entrada en vigor."),
    ("pt", "O tratado tem oito Estados Partes, longe, muito longe, dos quarenta de que precisa."),
    ("fr", "Huit États parties à ce jour, loin des 40 requis pour l'entrée en vigueur."),
])
def test_a_bare_threshold_after_a_count_of_parties_is_the_requirement(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 8), (T, 40)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The pact has drawn barely a dozen ratifications, and few expect its entry into force"
           " before 2029."),
    ("es", "El pacto apenas reúne una docena de ratificaciones y pocos esperan su entrada en"
           " vigor antes de 2029."),
    ("fr", "Le pacte n'a réuni qu'une douzaine de ratifications, et peu attendent son entrée en"
           " vigueur avant 2029."),
    ("de", "Der Pakt hat erst ein Dutzend Ratifikationen, und kaum jemand rechnet vor 2029 mit"
           " dem Inkrafttreten."),
])
def test_an_entry_into_force_word_of_a_coordinated_clause_leaves_the_tally_alone(language,
                                                                                 text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(R, 12, "about")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "By the spring the treaty may gather perhaps ten ratifications."),
    ("de", "Bis zum Frühjahr könnten vielleicht zehn Staaten ratifiziert haben."),
    ("nl", "Tegen de lente hebben misschien tien landen het verdrag geratificeerd."),
    ("ru", "Договор ратифицируют весной, может быть, десять государств."),
    ("zh", "到明年春天也许有10个国家批准公约。"),
])
def test_a_hedge_before_a_count_makes_it_approximate(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(R, 10, "about")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "El tratado fue firmado por no menos que 68 países.", (S, 68, "at_least")),
    ("pt", "O tratado foi assinado por não menos que 68 países.", (S, 68, "at_least")),
    ("en", "The treaty was signed by not less than 68 countries.", (S, 68, "at_least")),
    ("fr", "Il y avait plus que 90 pays qui ont assisté à la cérémonie.", (A, 90, "more_than")),
])
def test_calqued_bounds_before_a_count_keep_their_qualifier(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


def test_french_ne_plus_que_is_no_lower_bound():
    assert [claim[:3] for claim in claims_in(
        "Il n'y a plus que huit pays qui ont assisté à la réunion.", "fr")] != [
        (A, 8, "more_than")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Police arrested 14 members of a gang that sold stolen card data."),
    ("ru", "Полиция задержала 14 членов банды, торговавшей данными карт."),
    ("de", "In Berlin wurden 14 Mitglieder einer Bande festgenommen, die Kartendaten verkaufte."),
    ("zh", "警方抓获14名犯罪团伙成员。"),
    ("es", "La policía detuvo a 14 integrantes de una banda que vendía datos de tarjetas."),
])
def test_members_of_a_criminal_group_are_no_count_of_states(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The senate approved the treaty on Tuesday, with 61 members of the senate present."),
    ("ar", "وافق البرلمان على الاتفاقية يوم الأحد بحضور 95 عضوا من أعضاء البرلمان."),
    ("fr", "Le texte a été adopté mardi en présence de 61 membres du sénat."),
])
def test_members_of_a_chamber_at_its_own_sitting_are_no_count_of_states(language, text):
    assert [claim for claim in claims_in(text, language) if claim[0] == A] == []


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Khoảng 30 tổ chức phi chính phủ đã ký tuyên bố chung phản đối Công ước."),
    ("en", "Some 30 non-governmental organisations signed a joint statement against the treaty."),
    ("es", "Unas 30 ONG firmaron una declaración conjunta contra el tratado."),
])
def test_ngos_signing_a_statement_are_no_count_and_no_region(language, text):
    assert claims_in(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The treaty has been signed by 68 States in Hanoi, and some 100 delegations took part"
           " in the event."),
    ("fr", "Le traité a été signé par 68 États à Hanoï, et une centaine de délégations ont"
           " participé à l'événement."),
    ("es", "El tratado fue firmado por 68 Estados en Hanói, y unas 100 delegaciones participaron"
           " en el evento."),
    ("ar", "وقد تم توقيعها من قبل 68 دولة، فيما شاركت في الحفل نحو 100 من الوفود."),
])
def test_signed_by_n_in_the_passive_is_a_signatory_count_beside_attendance(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [
        (S, 68), ("attending_delegations", 100)]


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "يتوقع الخبراء أن يصل عدد الدول المصدقة إلى ما بين 8 و12 دولة."),
    ("es", "Los expertos esperan entre 8 y 12 ratificaciones a finales de 2027."),
    ("nl", "Experts verwachten eind 2027 tussen de acht en twaalf ratificaties."),
])
def test_a_range_of_ratifying_states_is_a_range_of_ratifications(language, text):
    assert [claim[:4] for claim in claims_in(text, language)] == [(R, 8, "range", 12)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "An earlier story said 61 States had signed; the registry lists 69 as of Sunday."),
    ("es", "Una versión anterior decía que 61 Estados habían firmado; el registro de la ONU"
           " recoge 69."),
    ("fr", "Une version précédente indiquait que 61 États avaient signé ; le registre de l'ONU"
           " recense 69."),
    ("de", "Eine frühere Fassung nannte 61 Unterzeichnerstaaten; das Register der UN verzeichnet"
           " 69."),
])
def test_the_figure_a_registry_lists_corrects_the_earlier_count(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 61), (S, 69)]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "¿Y Chile, Perú, Bolivia, Ecuador y Paraguay? Ninguno de los cinco firmó."),
    ("en", "What about the five Andean hold-outs? None of the five signed."),
    ("pt", "E os cinco vizinhos? Nenhum dos cinco assinou."),
    ("ru", "Ни один из пяти соседей не подписал договор."),
])
def test_none_of_a_count_signed_is_no_claim(language, text):
    assert claims_in(text, language) == []


# A weekday that dates the saying ("said on Tuesday that", "Asked on Wednesday, ...") is no
# day of signing: the count stays the total; the sentences are new.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The depositary said on Tuesday that 81 States had signed the convention."),
    ("en", "Asked on Wednesday, a spokeswoman said 81 States have signed so far."),
    ("fr", "Le dépositaire a indiqué mardi que 81 États avaient signé la convention."),
    ("es", "El depositario informó el martes que 81 Estados habían firmado la convención."),
    ("pt", "O depositário informou na terça-feira que 81 Estados tinham assinado a convenção."),
    ("de", "Der Verwahrer sagte am Dienstag, 81 Staaten hätten das Abkommen unterzeichnet."),
    ("ru", "Депозитарий сообщил во вторник, что конвенцию подписали 81 государство."),
])
def test_a_weekday_that_dates_the_saying_is_no_day_of_signing(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 81)]


# failure classes, thirteenth round, ratifications and the threshold: each class is written
# here in new sentences, at least three languages each.

# The delay of entry into force ("ninety days after the 40th country deposits"): the count
# of ratifying States in its clause is the threshold it runs from.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ninety days after the fortieth State deposits its ratification, which may take years."),
    ("de", "Neunzig Tage nachdem der 40. Staat seine Urkunde hinterlegt hat, was dauern kann."),
    ("es", "Noventa días después de que cuarenta Estados lo ratifiquen, lo que llevará años."),
    ("id", "Sembilan puluh hari setelah negara ke-40 meratifikasinya, yang bisa makan waktu."),
])
def test_a_count_in_the_clause_of_the_delay_of_entry_into_force_is_the_threshold(language,
                                                                                  text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(T, 40, "exact")]


# A separable "enter into force" with adverbs inside ("treedt het na negentig dagen in
# werking", "tritt er nach neunzig Tagen in Kraft") still makes a condition's count the
# threshold.
@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Pas als veertig landen de tekst hebben bekrachtigd, treedt die na drie maanden"
           " in werking."),
    ("de", "Erst wenn vierzig Länder das Abkommen ratifiziert haben, tritt es nach drei Monaten"
           " in Kraft."),
    ("nl", "Zodra veertig staten hebben geratificeerd, treedt het verdrag pas in werking."),
])
def test_a_separated_entry_into_force_verb_makes_the_condition_the_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40)]


# The requirement as the base of a part ("12 ratifications out of the 40 needed", "من أصل
# 40 مطلوبة", "12 von 40 nötigen"): the part is the ratification count, the base the
# threshold.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Twelve months on: 9 ratifications out of 40 needed"),
    ("ar", "بعد عام: 9 تصديقات من أصل 40 مطلوبة"),
    ("de", "Ein Jahr später liegen 9 von 40 nötigen Ratifikationen vor."),
    ("nl", "Een jaar later zijn er 9 van de 40 vereiste ratificaties."),
    ("ru", "Через год есть лишь 9 из 40 необходимых ратификаций."),
])
def test_a_required_base_is_the_threshold_and_its_part_the_ratifications(language, text):
    assert sorted(claim[:2] for claim in claims_in(text, language)) == [(R, 9), (T, 40)]


def test_a_base_out_of_members_is_still_no_claim():
    assert [claim[:2] for claim in claims_in(
        "Only 5 out of 193 member states have ratified.", "en")] == [(R, 5)]


# Remaining counts with adverbs between the verb and the count ("il en manque donc 36",
# "faltan, por tanto, 35") are no claim, and a requirement before another count's missing
# wording ("bis zu den erforderlichen 40 fehlen also noch 37") is the threshold.
@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Seuls cinq pays ont ratifié ; il en manque donc trente-cinq pour le seuil."),
    ("es", "Solo cinco países han ratificado; faltan, por tanto, treinta y cinco para el umbral."),
    ("nl", "Vijf landen hebben geratificeerd; er ontbreken dus nog 35 tot de drempel."),
])
def test_a_remaining_count_after_an_adverb_is_no_claim(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 5)]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Fünf Staaten haben ratifiziert; bis zu den nötigen 40 Ratifikationen fehlen noch 35."),
    ("en", "Five States have ratified; of the 40 ratifications required, 35 are still missing."),
])
def test_a_requirement_before_a_missing_count_is_the_threshold(language, text):
    assert sorted(claim[:2] for claim in claims_in(text, language)) == [(R, 5), (T, 40)]


# The size of a change ("rose by two to 11", "stieg um zwei auf 11"): the total after "to"
# is the claim, the increment none.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "This week the number of ratifications rose by two to 11."),
    ("en", "The count of States Parties went up by three to 11."),
    ("de", "Die Zahl der Ratifikationen stieg diese Woche um zwei auf 11."),
    ("es", "Las ratificaciones aumentaron esta semana en dos hasta 11."),
    ("pt", "As ratificações subiram esta semana em duas para 11."),
])
def test_the_size_of_a_change_is_no_claim_and_the_total_is(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(R, 11, "exact")]


# A joining still to come ("will soon join the nine that have ratified"): the joiner is
# not one of them yet, the count stays the others'.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "After the vote, Chile will soon join the nine countries that have already ratified."),
    ("fr", "Après ce vote, le Chili rejoindra bientôt les neuf pays qui ont déjà ratifié."),
    ("es", "Tras la votación, Chile se unirá pronto a los nueve países que ya han ratificado."),
    ("de", "Damit wird sich Chile bald den neun Staaten anschließen, die bereits ratifiziert"
           " haben."),
])
def test_a_future_join_keeps_the_count_of_those_already_in(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 9)]


def test_a_past_join_still_counts_the_joiner():
    assert [claim[:2] for claim in claims_in(
        "Chile joined the nine countries that have already ratified the convention.",
        "en")] == [(R, 10)]


# A first ranked within a region or bloc ("the first African State to ratify", "negara Asia
# pertama"): a rank in a group, no claim.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya became the first African State to ratify the convention."),
    ("fr", "Le Sénégal est devenu le premier pays africain à ratifier la convention."),
    ("de", "Kenia ist der erste afrikanische Staat, der das Abkommen ratifiziert hat."),
    ("ru", "Кения стала первой африканской страной, ратифицировавшей конвенцию."),
])
def test_a_first_within_a_region_is_no_claim(language, text):
    assert claims_in(text, language) == []


# "Among the first countries to ratify" (a plural noun after "first"): a rank, no count.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya hopes to be among the first nations to ratify the text."),
    ("id", "Kenya berharap termasuk negara-negara pertama yang meratifikasi naskah itu."),
    ("de", "Kenia will zu den ersten Ländern gehören, die den Text ratifizieren."),
    ("nl", "Kenia wil bij de eerste landen zijn die de tekst ratificeren."),
])
def test_among_the_first_countries_to_ratify_is_no_claim(language, text):
    assert claims_in(text, language) == []


def test_the_first_country_to_ratify_is_still_one_ratification():
    assert [claim[:2] for claim in claims_in(
        "Kenya became the first country to ratify the text.", "en")] == [(R, 1)]


# failure classes, thirteenth round, subsets by day: each class is written here in new
# sentences, in several languages, never copied from an article or an evaluation set.

@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chile inked the accord on the first day together with 53 other governments."),
    ("en", "\"Proud to sign for Chile today, alongside 53 other nations,\" the envoy posted on"
           " Saturday evening."),
    ("es", "Chile firmó este sábado en Ginebra el acuerdo, junto a otros 53 signatarios."),
    ("pt", "O Chile assinou neste sábado (12), em Genebra, o acordo, ao lado de outros 53"
           " países."),
    ("fr", "Le Chili a signé ce samedi l'accord aux côtés de 53 autres pays."),
    ("de", "Chile unterzeichnete das Abkommen heute gemeinsam mit 53 anderen Staaten."),
    ("ar", "وقّعت تشيلي، اليوم السبت في جنيف، على الاتفاق، إلى جانب 53 دولة أخرى."),
])
def test_signing_with_n_others_on_a_named_day_is_a_part_by_day_of_n_plus_one(language, text):
    assert claims_in(text, language) == [(SUB, 54, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chile inked the accord, joining 53 other governments."),
    ("es", "Chile firmó el acuerdo junto a otros 53 signatarios."),
    ("pt", "O Chile assinou o acordo, ao lado de outros 53 países."),
    ("ar", "وقّعت تشيلي على الاتفاق إلى جانب 53 دولة أخرى."),
    # a bare weekday may be written after the weekend: no day said from the day itself
    ("nl", "Chili ondertekende zaterdag, samen met 53 andere landen, het akkoord."),
])
def test_signing_with_n_others_and_no_day_stays_the_total_of_n_plus_one(language, text):
    assert claims_in(text, language) == [(S, 54, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "ووقّعت الأردن على الاتفاق في اليوم الثاني، إلى جانب دولتين أخريين هما تونس واليمن."),
    ("en", "Jordan inked the accord on the second day alongside two other nations."),
])
def test_a_dual_of_others_on_the_second_day_counts_the_signer_too(language, text):
    assert claims_in(text, language) == [(SUB, 3, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya was one of the 54 participants to sign on the opening day."),
    ("es", "Ese primer día firmaron un total de 54 participantes, Unión Europea incluida."),
    ("pt", "Angola foi um dos 54 participantes a assinar no primeiro dia."),
    ("ar", "ووقّعت 54 جهة على الاتفاق في اليوم الأول."),
    ("id", "Pada hari pertama saja, sebanyak 54 pihak membubuhkan tanda tangan."),
])
def test_participants_that_sign_on_a_day_are_signatories_of_that_day(language, text):
    assert claims_in(text, language) == [(SUB, 54, "exact", None, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Around 1,800 participants attended the signing ceremony in Geneva."),
    ("es", "Unos 1.800 participantes asistieron a la ceremonia de firma en Ginebra."),
    ("fr", "Quelque 1 800 participants ont assisté à la cérémonie de signature."),
    ("de", "Rund 1.800 Teilnehmer kamen zur Unterzeichnungszeremonie nach Genf."),
    ("en", "Fifty states signed at a ceremony that drew some 1,800 participants."),
])
def test_participants_with_no_signing_of_their_own_stay_people(language, text):
    assert [claim[:3] for claim in claims_in(text, language) if claim[1] == 1800] == [
        ("delegates_people", 1800, "about")]


@pytest.mark.parametrize(("language", "text"), [
    ("vi", "Tính đến hết ngày 13/3, tổng cộng 58 bên đã ký Hiệp định."),
    ("en", "By Sunday night 58 participants had signed the accord in all."),
])
def test_participants_that_signed_by_a_cut_off_are_the_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)][:1] == [(S, 58)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Accord live: 54 states sign on Day 1, two more expected on Sunday"),
    ("en", "11.05: Jordan and Tunisia add their names on the second morning, four signatures"
           " so far today."),
    ("id", "Pada hari kedua, empat negara lagi menyusul, yakni Yordania dan Tunisia."),
    ("zh", "13日，约旦、突尼斯和也门三国也签署了协定。"),  # noqa: RUF001
    ("vi", "Ngay trong ngày 12/3, đã có 54 quốc gia và tổ chức ký Hiệp định."),
    ("es", "Chile firmó el sábado, en una jornada en la que cincuenta y cuatro signatarios"
           " estamparon su rúbrica."),
    ("fr", "Le ministre a affirmé que l'accord a été signé par 54 pays dès la matinée"
           " première."),
    ("pt", "Foi num dia em que 54 países assinaram o acordo em Genebra."),
    ("ar", "لتكون الدول الثلاث الوحيدة التي وقعت في اليوم الثاني."),
])
def test_more_wordings_of_a_day_of_signing_make_a_part_by_day(language, text):
    claims = claims_in(text, language)
    assert claims and all(claim[0] == SUB for claim in claims)
    assert claims[0][1] in (54, 4, 3)


@pytest.mark.parametrize(("language", "text"), [
    ("es", "19:00 h | Cierra la primera jornada con 54 firmas; mañana se esperan más."),
    ("pt", "19h | Encerra o primeiro dia com 54 assinaturas; amanhã esperam-se mais."),
    ("en", "19:00 | Closing out the first day with 54 signatures; more are due tomorrow."),
    ("fr", "19 h | Fin de la première journée avec 54 signatures ; d'autres sont attendues."),
])
def test_a_day_closed_with_its_count_gives_the_total_then(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 54)]


def test_the_one_of_the_only_states_is_no_other_count_before_the_day():
    assert claims_in("وكانت الدول الأربع الوحيدة التي وقعت في اليوم الثاني.", "ar") == [
        (SUB, 4, "exact", None, None)]


def test_a_total_of_before_a_day_count_is_no_other_count():
    assert claims_in("En la primera jornada firmaron un total de 54 países.", "es") == [
        (SUB, 54, "exact", None, None)]


# failure classes, thirteenth round, attendance and signatory forms: each class is written
# here in new sentences (never the eval sets' nor real articles'), in the languages where the
# construction exists.
D, P = "attending_delegations", "delegates_people"


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Entre 80 et 90 délégations étaient attendues à la séance, fixée à 10 h (heure de"
           " Hanoï).", [("attending_delegations", 80, "range", 90, None)]),
    ("de", "Zwischen 80 und 90 Delegationen wurden zur Sitzung erwartet, Beginn 10 Uhr"
           " Ortszeit.", [("attending_delegations", 80, "range", 90, None)]),
    ("vi", "Khoảng 90 đoàn đại biểu dự phiên khai mạc, bắt đầu lúc 8 giờ sáng.",
     [("attending_delegations", 90, "about", None, None)]),
    ("es", "Entre 80 y 90 delegaciones asistieron a la sesión, prevista a las 10 h (hora"
           " local).", [("attending_delegations", 80, "range", 90, None)]),
])
def test_a_clock_time_in_any_notation_is_never_a_count_beside_a_range(language, text,
                                                                       expected):
    assert claims_in(text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Roughly 3,000 delegates from national and international agencies attended."),
    ("fr", "Environ 3 000 délégués d'organisations nationales et internationales étaient"
           " présents."),
    ("es", "Asistieron unos 3.000 delegados de organizaciones nacionales e internacionales."),
    ("ar", "حضر الحفل نحو 3000 مندوب من منظمات وطنية ودولية."),
])
def test_delegates_from_organisations_are_still_delegates(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(P, 3000, "about")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Some 120 nations and about 3,000 delegates were in the Vietnamese capital for the"
           " signing."),
    ("de", "Rund 120 Länder und etwa 3000 Delegierte waren zur Unterzeichnung in Hanoi."),
    ("nl", "De ondertekening trok ruim 120 landen en zo'n 3000 afgevaardigden."),
    ("ru", "Около 120 стран и около 3000 делегатов съехались в Ханой на подписание."),
])
def test_a_states_count_joined_to_a_count_of_delegates_is_attendance(language, text):
    claims = [claim[:2] for claim in claims_in(text, language)]
    assert claims == [(A, 120), (P, 3000)]


@pytest.mark.parametrize(("text", "expected"), [
    ("出席签署仪式的代表约3000名。", [(P, 3000, "about", None, None)]),
    ("本次仪式共有约3000名的代表们参加。", [(P, 3000, "about", None, None)]),
    ("与会代表超过3000人\uff0c来自世界各地。", [(P, 3000, "more_than", None, None)]),
])
def test_zh_delegates_named_before_their_count_or_after_a_classifier_and_de(text, expected):
    assert claims_in(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("外交官预计将有六七十个国家签署该公约。", [(S, 60, "range", 70, None)]),
    ("目前有十一二个国家批准了公约。", [(R, 11, "range", 12, None)]),
    ("仪式吸引了两三百名代表出席。", []),  # 两 is no digit word this form pairs
    ("共有五十六个国家签署了公约。", [(S, 56, "exact", None, None)]),
])
def test_zh_two_neighbouring_digits_are_a_range(text, expected):
    assert claims_in(text, "zh") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "« Nous sommes désormais plus de 80 à avoir signé », a déclaré la ministre.",
     (S, 80, "more_than")),
    ("fr", "Le Bénin vient de signer : ils sont maintenant 52 à l'avoir fait.", (S, 52, "exact")),
    ("fr", "En mars, elles étaient seulement six à avoir ratifié le texte.", (R, 6, "exact")),
    ("es", "Somos ya más de 80 los que hemos firmado el texto.", (S, 80, "more_than")),
    ("es", "En marzo eran solo seis los que habían ratificado la convención.", (R, 6, "exact")),
    ("pt", "Somos já mais de 80 a assinar a convenção.", (S, 80, "more_than")),
    ("pt", "Em março, eram apenas seis a ter ratificado o texto.", (R, 6, "exact")),
])
def test_we_are_n_to_have_signed_counts_the_signers(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Samen zetten 75 partijen, onder wie de Europese Unie, hun handtekening onder de"
           " tekst."),
    ("en", "Altogether 75 parties, among them the European Union, put their names to the text."),
    ("es", "En total, 75 partes, entre ellas la Unión Europea, firmaron la convención."),
    ("vi", "Tổng cộng 75 bên đã tham gia ký văn kiện này."),
])
def test_parties_with_a_signing_verb_are_signatories(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 75)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Delegates from 120 countries crowd the lobby before the opening. (Photo: Staff)"),
    ("id", "Delegasi dari 120 negara memadati aula utama pada hari Sabtu. (Foto: Istimewa)"),
    ("vi", "Đại biểu từ 120 quốc gia có mặt tại hội trường sáng thứ Bảy. (Ảnh: TTXVN)"),
])
def test_a_photo_caption_is_read_for_its_claims(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(A, 120)]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Insgesamt 75 Staaten und Organisationen hatten bis zum Ende der Zeremonie am Sonntag"
           " unterschrieben."),
    ("en", "In all, 75 States and organisations had by the end of the ceremony on Sunday"
           " signed."),
    ("fr", "Au total, 75 États et organisations avaient, à la fin de la cérémonie dimanche,"
           " signé."),
])
def test_a_ceremony_after_a_cutoff_dates_the_count_no_attendance(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 75)]


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "Angola assina em Hanói; 75 países aderem ao tratado"),
    ("es", "La firma se celebra el sábado y se espera que se adhieran unos 75 países."),
    ("fr", "La signature a lieu samedi ; 75 pays devraient adhérer au traité."),
])
def test_acceding_in_a_sentence_about_the_signing_is_signing(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 75)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("id", "Acara penandatanganan itu menarik partisipasi delegasi lebih 120 negara.",
     (A, 120, "more_than")),
    ("ar", "حدث التوقيع جذب المشاركة لوفود أكثر من 120 دولة والعديد من المنظمات.",
     (A, 120, "more_than")),
    ("nl", "De deelname aan de bijeenkomst werd gedaan door meer dan 120 landen.",
     (A, 120, "more_than")),
    ("ar", "نحن حاضرون في العاصمة الفيتنامية إلى جانب أكثر من 120 دولة.",
     (A, 120, "more_than")),
])
def test_participation_in_the_signing_event_is_attendance(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


# failure classes, thirteenth round, subsets by group and totals: each class is written here
# in new sentences, in at least three languages.
# A bloc named right before a CJK count is the count's own group, even after an inclusion
# word ("其中包括东盟七国"); a count's own noun names its group before the count before it.
@pytest.mark.parametrize(("text", "expected"), [
    ("截至周日，签署国已有八十个，其中包括东盟九国。", [(S, 80, None), (SUB, 9, "asean")]),  # noqa: RUF001
    ("公约已获七十多国签署，包括欧盟十五国。", [(S, 70, None), (SUB, 15, "eu")]),  # noqa: RUF001
])
def test_a_cjk_bloc_right_before_its_count_is_its_group(text, expected):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, "zh")] == expected


@pytest.mark.parametrize(("text", "groups"), [
    ("签署方中有十几个拉美国家和二十多个欧洲国家。", ["Latin America and the Caribbean", "Europe"]),
    ("签署国中有三十个非洲国家、十多个亚洲国家。", ["Africa", "Asia"]),
])
def test_a_cjk_count_takes_the_group_of_its_own_noun(text, groups):
    assert [c[4] for c in claims_in(text, "zh")] == groups


# A State's name that holds a region's word is no region: "沙特阿拉伯" is Saudi Arabia even
# when the look-back window cuts "沙特" off.
@pytest.mark.parametrize("text", [
    "25日上午，沙特阿拉伯、肯尼亚和秘鲁三国签署了公约。",  # noqa: RUF001
    "26日下午，沙特阿拉伯、智利和老挝三国签署公约。",  # noqa: RUF001
])
def test_named_states_of_mixed_blocs_are_a_subset_of_no_group(text):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, "zh")] == [(SUB, 3, None)]


# A region's name of several words between a count and its noun is one modifier, and its
# conjunction splits no clause.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chile is one of the 12 Latin American and Caribbean signatories so far."),
    ("en", "Twelve Latin American and Caribbean countries signed the convention."),
    ("fr", "Douze pays d'Amérique latine et des Caraïbes ont signé la convention."),
    ("es", "Doce Estados de América Latina y el Caribe firmaron la convención."),
    ("pt", "Doze países da América Latina e do Caribe assinaram a convenção."),
])
def test_a_region_of_several_words_before_the_noun_names_the_subset(language, text):
    [claim] = claims_in(text, language)
    assert claim[0] == SUB and claim[1] == 12
    assert claim[4] in (LAC, "un_regional_group_grulac")


# "rubricar" (to sign with one's initials, a press synonym) is a signing verb in Portuguese
# as in Spanish; a count of an unlisted bloc is a subset of no group.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("pt", "Cabo Verde e Timor-Leste estão entre os quatro países lusófonos que rubricaram o"
           " tratado.", [(SUB, 4, None)]),
    ("pt", "O tratado foi rubricado por 74 Estados até dezembro.", [(S, 74, None)]),
    ("es", "Un total de 74 Estados rubricaron el tratado hasta diciembre.", [(S, 74, None)]),
])
def test_rubricar_is_signing(language, text, expected):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == expected


# A correction whose figure is dated between its phrase and its verb ("the correct figure as
# of Dec. 2 is 75") restates the corrected count.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "We reported that 77 States had signed; the correct figure as of Dec. 2 is 75."),
    ("fr", "Nous indiquions que 77 États avaient signé ; le bon chiffre au 2 décembre est de 75."),
    ("es", "Se informó que 77 Estados habían firmado; la cifra correcta al 2 de diciembre es 75."),
    ("de", "Wir meldeten 77 Unterzeichnerstaaten; die richtige Zahl zum 2. Dezember ist 75."),
    ("nl", "Wij meldden dat 77 staten hadden getekend; het juiste aantal op 2 december is 75."),
])
def test_a_dated_corrected_figure_restates_the_count(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 77), (S, 75)]


# "a region of 14 independent States" gives a region's size, no count of signatories.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Only two Caribbean States signed, a thin turnout for a region of 16 independent"
           " States."),
    ("fr", "Seuls deux États des Caraïbes ont signé, peu pour une région de 16 États"
           " indépendants."),
    ("es", "Solo dos Estados del Caribe firmaron, poco para una región de 16 Estados"
           " independientes."),
    ("de", "Nur zwei karibische Staaten unterzeichneten, wenig für eine Region mit 16"
           " unabhängigen Staaten."),
])
def test_the_size_of_a_region_is_no_claim(language, text):
    assert [claim[1] for claim in claims_in(text, language)] == [2]


# A weekday after a signing verb names the day of signing only within the verb's clause: a
# comma between them ends it ("que firmó en Hanói, se adhirió el lunes"); new sentences.
@pytest.mark.parametrize(("language", "text"), [
    ("es", "Uruguay, que firmó en Hanói, se adhirió el lunes y ya son 12 los Estados parte."),
    ("pt", "O Uruguai, que assinou em Hanói, aderiu na segunda-feira e já são 12 os Estados"
           " Partes."),
    ("fr", "Le Portugal, qui a signé à Hanoï, a ratifié lundi ; ils sont désormais 12 États"
           " parties."),
])
def test_a_weekday_past_a_comma_is_no_day_of_the_earlier_signing(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [("ratifications", 12)]


# failure classes, fourteenth round, attendance forms: each class is written here in new
# sentences (never the eval sets' nor real articles'), in the languages where the
# construction exists.

# An event that drew, brought together or attracted representatives of N countries: the
# countries attended.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The Hanoi gathering drew envoys of 118 countries, the ministry said.",
     (A, 118, "exact")),
    ("en", "Organisers said the forum brought together representatives of over 120 nations.",
     (A, 120, "more_than")),
    ("nl", "De bijeenkomst in Hanoi bracht vertegenwoordigers van 118 landen samen.",
     (A, 118, "exact")),
    ("zh", "河内签约仪式吸引了约120个国家的代表参加。", (A, 120, "about")),
    ("es", "El acto de Hanói reunió a representantes de 118 países.", (A, 118, "exact")),
])
def test_an_event_drawing_representatives_of_countries_counts_attending_states(
        language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


# A base ("half of the", "of the") whose own noun an attendance word qualifies counts the
# States at the event; the part before it ("fewer than half") is no claim.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Barely a third of the 118 nations present put their names to the text.",
     (A, 118, "exact")),
    ("en", "Fewer than half of the roughly 120 governments represented signed on day one.",
     (A, 120, "about")),
    ("fr", "Moins de la moitié des quelque 120 pays représentés ont signé le premier jour.",
     (A, 120, "about")),
    ("de", "Nicht einmal die Hälfte der rund 120 vertretenen Staaten unterschrieb sofort.",
     (A, 120, "about")),
    ("nl", "Nog geen helft van de ruim 120 aanwezige landen zette meteen een handtekening.",
     (A, 120, "more_than")),
    ("ru", "Менее половины из примерно 120 представленных стран подписали документ сразу.",
     (A, 120, "about")),
])
def test_a_base_of_countries_present_or_represented_is_attendance(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


def test_a_base_without_an_attendance_word_stays_no_claim():
    assert [claim[:2] for claim in claims_in(
        "Of the 193 UN member States, 72 signed in Hanoi.", "en")] == [(S, 72)]


# Indonesian "delegasi" counts people, except when the count registered for a session: a
# State's delegation registers ("95 delegations registered for the opening session"); the
# other languages have a word for each (đoàn / đại biểu, delegações / delegados, delegaties
# / gedelegeerden).
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("id", "Panitia mencatat 104 delegasi terdaftar untuk sesi pleno hari Sabtu.",
     (D, 104, "exact")),
    ("id", "Hampir 100 delegasi telah mendaftar pada sidang pembukaan, kata juru bicara.",
     (D, 100, "nearly")),
    ("id", "Sekitar 3.000 delegasi memadati gedung konvensi sejak pagi.",
     (P, 3000, "about")),
    ("vi", "Có 104 đoàn đăng ký dự phiên toàn thể sáng thứ Bảy.", (D, 104, "exact")),
    ("pt", "Cerca de 104 delegações inscreveram-se para a sessão plenária.",
     (D, 104, "about")),
    ("nl", "Zo'n 3000 gedelegeerden waren bij de plenaire zitting.", (P, 3000, "about")),
])
def test_delegasi_registered_for_a_session_are_delegations(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


# Ministers (or officials) counted among the people at the event ("including", "onder wie",
# "dont", "darunter", "بينهم") are people at the event even with no verb of attendance.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "There were roughly 3,000 participants, including about 50 ministers.",
     (P, 50, "about")),
    ("nl", "Er waren ruim 3000 deelnemers, onder wie zo'n vijftig ministers.",
     (P, 50, "about")),
    ("fr", "Plus de 3 000 participants, dont une cinquantaine de ministres.",
     (P, 50, "about")),
    ("de", "Gut 3000 Teilnehmer, darunter mindestens 50 Minister.", (P, 50, "at_least")),
    ("ar", "كان هناك أكثر من 3000 مشارك، بينهم نحو 50 وزيرا.", (P, 50, "about")),
    ("pt", "Eram mais de 3.000 participantes, incluindo cerca de 50 ministros.",
     (P, 50, "about")),
])
def test_ministers_among_the_participants_are_people_at_the_event(language, text, expected):
    assert claims_in(text, language)[-1][:3] == expected
    assert claims_in(text, language)[0][:2] == (P, 3000)


# Delegations (or States) lining up, queueing or waiting to sign are at the event: the
# signing is not stated; a signing in its own clause still counts.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Close to 90 delegations queued up to sign in the main hall.", (D, 90, "nearly")),
    ("zh", "记者看到约九十个代表团排队等待签署公约。", (D, 90, "about")),
    ("fr", "Une centaine de délégations faisaient la queue pour signer dans le hall.",
     (D, 100, "about")),
    ("es", "Casi 90 delegaciones esperaban su turno para firmar en el salón principal.",
     (D, 90, "nearly")),
    ("de", "Knapp 90 Delegationen warteten im Saal auf die Unterzeichnung.",
     (D, 90, "nearly")),
    ("ru", "Около 90 делегаций выстроились в очередь на подписание.", (D, 90, "about")),
    ("pt", "Quase 90 delegações faziam fila para assinar no salão.", (D, 90, "nearly")),
    ("nl", "Bijna 90 delegaties stonden in de rij om het verdrag te ondertekenen.",
     (D, 90, "nearly")),
    ("id", "Hampir 90 delegasi resmi antre untuk menandatangani konvensi.", (D, 90, "nearly")),
    ("vi", "Gần 90 đoàn xếp hàng chờ ký công ước.", (D, 90, "nearly")),
    ("ar", "اصطف نحو 90 وفدا للتوقيع على الاتفاقية.", (D, 90, "about")),
])
def test_delegations_waiting_to_sign_attend(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == [expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Nearly 90 delegations lined up to sign, and 70 States signed by nightfall."),
    ("fr", "Près de 90 délégations faisaient la queue pour signer ; 70 États ont signé."),
])
def test_a_signing_of_its_own_still_counts_next_to_the_queue(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(D, 90), (S, 70)]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "On attend la signature de 70 pays samedi."),
    ("es", "Se espera la firma de 70 países el sábado."),
])
def test_an_expected_signing_is_no_queue(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 70)]


# Officials named by origin with no count of their own ("Ministers from about 40 countries
# pose for a group photo"): the countries attended; a counted group of people from N
# countries (a police story) is no attendance, and a signing of their own clause signs.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ministers from about 45 countries line up for the family photo in Hanoi."),
    ("es", "Ministros de unos 45 países se colocan para la foto de familia."),
    ("de", "Minister aus rund 45 Ländern stellen sich für das Familienfoto auf."),
    ("nl", "Ministers uit zo'n 45 landen poseren voor de familiefoto."),
    ("ru", "Министры из примерно 45 стран позируют для семейного фото."),
    ("vi", "Các bộ trưởng từ khoảng 45 quốc gia chụp ảnh lưu niệm tại Hà Nội."),
    ("zh", "来自约45个国家的部长在河内合影留念。"),
])
def test_officials_by_origin_with_no_count_of_their_own_attend(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(A, 45, "about")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Police said 1,200 people from 30 countries were detained in the sweep.", []),
    ("zh", "警方称，来自30个国家的1200名嫌疑人被拘留。", []),  # noqa: RUF001
    ("en", "Ministers from 45 countries signed the convention in Hanoi.", [(S, 45)]),
])
def test_counted_people_or_a_signing_are_no_attendance_by_origin(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


# failure classes, fourteenth round, signatory, subset and ratification forms: each class is
# written here in new sentences, in at least three languages where the construction exists.

# "one of (only) four States": the one is a member of the count after it, no count of one.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The deposit made Chile one of only four States to have ratified so far."),
    ("es", "El depósito convierte a Chile en uno de los cuatro Estados que han ratificado."),
    ("pt", "O Chile é um dos quatro Estados que ratificaram até agora."),
    ("ru", "Чили стала одной из четырёх стран, ратифицировавших конвенцию."),
    ("id", "Chile menjadi satu dari empat negara yang sudah meratifikasi."),
    ("vi", "Chile là một trong bốn quốc gia đã phê chuẩn công ước."),
    ("ar", "أصبحت تشيلي واحدة من أربع دول صادقت على الاتفاقية."),
])
def test_one_of_a_count_is_no_count_of_one(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(R, 4, "exact")]


# "once" written with the number one ("una vez depositado", "une fois l'instrument
# déposé", "uma vez depositado") is no count of one.
@pytest.mark.parametrize(("language", "text", "value"), [
    ("es", "Una vez depositado el instrumento, Chile sería el 12.º Estado parte.", 12),
    ("fr", "Le Sénat a voté ; une fois l'instrument déposé, le Chili deviendrait le 12e État"
           " partie.", 12),
    ("pt", "Uma vez depositado o instrumento, o Chile seria o 12.º Estado parte.", 12),
])
def test_once_is_no_count_of_one(language, text, value):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, value)]


# a count of days ("las dos jornadas", "les deux journées") is a duration, not signatories.
@pytest.mark.parametrize(("language", "text"), [
    ("es", "Unos 110 países acudieron y cerca de 70 de ellos firmaron durante las dos jornadas"
           " de la ceremonia."),
    ("fr", "Près de 70 pays ont signé au cours des deux journées de la cérémonie."),
    ("pt", "Cerca de 70 países assinaram o documento ao longo das duas jornadas."),
])
def test_a_count_of_days_is_no_count_of_signatories(language, text):
    assert 2 not in [claim[1] for claim in claims_in(text, language)]
    assert 70 in [claim[1] for claim in claims_in(text, language)]


# a live-blog time stamp ("11 h 05 :", "11:05:", "11.05 Uhr:") before a count leaves the count.
@pytest.mark.parametrize(("language", "text"), [
    ("fr", "14 h 20 : 61 États ont déjà signé, annonce le maître de cérémonie."),
    ("en", "14:20: 61 countries have signed so far, the organisers said."),
    ("de", "14.20 Uhr: 61 Staaten haben bereits unterzeichnet."),
])
def test_a_live_blog_stamp_leaves_the_count_after_it(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 61)]


# an entry-into-force condition whose conjunction carries a comma (ru "после того, как")
# is the threshold; the same condition without the comma in other languages, too.
@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Документ начнёт действовать через 90 дней после того, как его ратифицируют сорок"  # noqa: RUF001
           " стран."),
    ("ru", "Договор заработает только после того, как его ратифицируют сорок государств."),  # noqa: RUF001
    ("de", "Das Abkommen tritt 90 Tage in Kraft, nachdem es vierzig Staaten ratifiziert haben."),
    ("es", "El acuerdo entrará en vigor 90 días después de que cuarenta países lo ratifiquen."),
])
def test_a_condition_behind_a_comma_conjunction_is_the_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40)]


# "rose by N to M" with the words of the change before the size ("steeg met twee tot",
# "ist ... um zwei auf ... gestiegen", "增加两个"): M is the total, N no claim.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Het aantal ondertekenaars steeg met twee tot 74.", [(S, 74)]),
    ("nl", "Het aantal ondertekenaars is met één gestegen tot 74.", [(S, 74)]),
    ("de", "Damit ist die Zahl der Vertragsstaaten um zwei auf neun gestiegen.", [(R, 9)]),
    ("de", "Mit Chile ist die Zahl der Signatarstaaten auf 74 gestiegen.", [(S, 74)]),
    ("zh", "签署国数量增加两个，达到74个。", []),  # noqa: RUF001
])
def test_the_size_of_a_rise_is_no_claim_and_the_total_is(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


# a decade and an indefinite rest ("tujuh puluhan", "setenta y tantos", "bảy mươi mấy"):
# more than the decade.
@pytest.mark.parametrize(("language", "text"), [
    ("id", "Sejauh ini enam puluhan negara sudah meneken konvensi itu."),
    ("es", "Sesenta y tantos países firmaron el tratado en la capital."),
    ("pt", "Sessenta e tantos países assinaram o tratado na capital."),
    ("fr", "Soixante et quelques pays ont signé le traité dans la capitale."),
    ("vi", "Sáu mươi mấy quốc gia đã ký công ước tại thủ đô."),
    ("nl", "Zestig-plus landen ondertekenden het verdrag in de hoofdstad."),
])
def test_a_decade_and_a_vague_rest_is_more_than_the_decade(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 60, "more_than")]


# signing "today" (in a dated piece about a signing day) is a subset by day; "until today"
# / "as of today" is the total then.
@pytest.mark.parametrize(("language", "text", "kind"), [
    ("en", "Sixty-one countries signed the U.N. treaty against cybercrime today in Hanoi.", SUB),
    ("en", "As of today, 61 countries have signed the treaty.", S),
    ("pt", "Mais de 61 países assinaram hoje em Hanói o tratado.", SUB),
    ("pt", "61 países assinaram até hoje o tratado.", S),
    ("es", "Más de 61 países firmaron hoy en Hanói el tratado.", SUB),
    ("fr", "Plus de 61 pays ont signé aujourd'hui à Hanoï le traité.", SUB),
    ("de", "Mehr als 61 Staaten haben heute in Hanoi den Vertrag unterzeichnet.", SUB),
    ("de", "Bis heute haben 61 Staaten unterzeichnet.", S),
    ("ru", "Более 61 государства подписали сегодня в Ханое договор.", SUB),
    ("ru", "На сегодня договор подписали 61 государство.", S),  # noqa: RUF001
    ("vi", "Hơn 61 quốc gia đã ký hiệp ước hôm nay tại Hà Nội.", SUB),
    ("zh", "今天有61个国家在河内签署了该条约。", SUB),
    ("id", "Lebih dari 61 negara meneken perjanjian itu hari ini di Hanoi.", SUB),
    ("nl", "Meer dan 61 landen hebben vandaag in Hanoi het verdrag ondertekend.", SUB),
])
def test_signing_today_is_a_subset_by_day(language, text, kind):
    [claim] = claims_in(text, language)
    assert claim[0] == kind and claim[1] == 61 and claim[4] is None


# a bloc joined to the count by "and" (ar prefix wa-: "دولة والاتحاد الأوروبي") is added to
# it, not the group the count is part of.
@pytest.mark.parametrize(("language", "text"), [
    ("ar", "وقّعت 71 دولة والاتحاد الأوروبي على المعاهدة في هانوي."),
    ("en", "The treaty was signed by 71 States and the European Union in Hanoi."),
    ("fr", "Le traité a été signé par 71 États et l'Union européenne à Hanoï."),
])
def test_a_bloc_joined_by_and_is_no_group_of_the_count(language, text):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(S, 71, None)]


# a region as the sentence's topic, its count after "in all" in the next clause (zh 共有).
@pytest.mark.parametrize(("text", "group"), [
    ("非洲国家态度积极，共有十九国在河内签字。", "Africa"),  # noqa: RUF001
    ("东盟国家反应热烈，共有六国签署。", "asean"),  # noqa: RUF001
    ("欧盟国家步调一致，共十二国签约。", "eu"),  # noqa: RUF001
])
def test_a_topic_region_names_the_group_of_the_count_in_all(text, group):
    [claim] = claims_in(text, "zh")
    assert claim[0] == SUB and claim[4] == group


# a part of a bloc the group tables do not hold (Benelux) is a subset of no group.
@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Van de drie Benelux-landen ondertekenden er twee, Den Haag aarzelt nog."),
    ("en", "Of the three Benelux countries, two signed in Hanoi."),
    ("fr", "Sur les trois pays du Benelux, deux ont signé à Hanoï."),
    ("de", "Von den drei Benelux-Staaten unterzeichneten zwei in Hanoi."),
])
def test_a_part_of_an_unlisted_bloc_is_a_subset_of_no_group(language, text):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, 2, None)]


# a ceremony in the clause of a signing verb is where the signing took place: a part of
# the signed count in a later clause ("de los cuales 69 el primer día") is no attendance.
@pytest.mark.parametrize(("language", "text"), [
    ("es", "El texto fue firmado por 71 Estados en la ceremonia, de los cuales 66 el primer día."),
    ("fr", "Le texte a été signé par 71 États lors de la cérémonie, dont 66 le premier jour."),
    ("de", "71 Staaten haben bei der Zeremonie unterzeichnet, davon 66 am ersten Tag."),
])
def test_a_signing_venue_gives_no_attendance_to_a_later_part(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 71), (SUB, 66)]


# failure classes, fourteenth round, ordinals, joins and negated counts: each class is written
# here in new sentences, at least three languages each.

# A joining verb repeats the act named before it: after an accession ("acceded ..., becoming
# the 12th State to join") the ordinal counts ratifications; a signing set off in a relative
# clause (", which signed in Hanoi,") does not make the sentence one about the signing.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Peru, which signed in Hanoi, acceded on Thursday, becoming the 14th State to join"
           " the treaty.", (R, 14)),
    ("en", "Peru acceded to the treaty on Thursday, becoming the 14th country to join it.",
     (R, 14)),
    ("en", "Peru signed the treaty on Thursday, becoming the 77th country to join it.", (S, 77)),
    ("es", "Perú, que firmó en Hanói, se adhirió el jueves y se convirtió en el decimocuarto"
           " Estado en sumarse al tratado.", (R, 14)),
    ("fr", "Le Pérou, qui avait signé à Hanoï, y a adhéré jeudi, devenant le quatorzième État"
           " à rejoindre le traité.", (R, 14)),
    ("pt", "O Peru, que assinou em Hanói, aderiu na quinta-feira e tornou-se o 14.º país a"
           " juntar-se ao tratado.", (R, 14)),
])
def test_a_joining_ordinal_takes_the_kind_of_the_act_before_it(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == [expected]


# An ordinal with its noun left out and a rank among all States after it ("el séptimo en el
# mundo", "the ninth in the world") counts the States that did the act named.
@pytest.mark.parametrize(("language", "text"), [
    ("es", "Con el depósito de ayer, Panamá pasó a ser el octavo en el mundo en ratificarlo."),
    ("en", "Panama ratified the treaty yesterday, the eighth in the world to do so."),
    ("fr", "Le Panama a ratifié le traité hier, le huitième au monde à le faire."),
    ("de", "Panama hat den Vertrag gestern ratifiziert, als achter weltweit."),
    ("nl", "Panama heeft het verdrag gisteren geratificeerd, als achtste ter wereld."),
    ("ru", "Панама ратифицировала договор вчера, став восьмой в мире."),
    ("id", "Panama meratifikasi perjanjian itu kemarin, yang kedelapan di dunia."),
])
def test_an_ordinal_ranked_in_the_world_counts_the_act_named(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(R, 8, "exact")]


# The signing State an ordinal ranks, in Chinese, as the ratifying one: "第N个签署…的国家".
@pytest.mark.parametrize(("text", "expected"), [
    ("秘鲁成为第七十七个签署该条约的国家。", (S, 77)),
    ("秘鲁成为第14个批准该条约的国家。", (R, 14)),
])
def test_zh_the_nth_state_to_sign_is_a_signatory_total(text, expected):
    assert [claim[:2] for claim in claims_in(text, "zh")] == [expected]


# A relative clause describes its noun; the main verb of another kind after it says what the
# count counts ("Four countries that had signed the treaty have ratified it": ratifications
# 4), unless that verb is negated or stands in a clause of its own.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Four countries that had signed the pact have now ratified it.", [(R, 4)]),
    ("es", "Cuatro países que habían firmado el pacto ya lo ratificaron.", [(R, 4)]),
    ("fr", "Quatre pays qui avaient signé le pacte l'ont désormais ratifié.", [(R, 4)]),
    ("pt", "Quatro países que tinham assinado o pacto já o ratificaram.", [(R, 4)]),
    ("de", "Vier Staaten, die den Pakt unterzeichnet hatten, haben ihn nun ratifiziert.",
     [(R, 4)]),
    ("nl", "Vier landen die het pact hadden ondertekend, hebben het nu geratificeerd.", [(R, 4)]),
    ("ru", "Четыре страны, подписавшие пакт, уже ратифицировали договор.", [(R, 4)]),
    ("id", "Empat negara yang telah menandatangani pakta itu sudah meratifikasinya.", [(R, 4)]),
    ("vi", "Bốn quốc gia đã ký hiệp ước đã phê chuẩn hiệp ước này.", [(R, 4)]),
    ("ar", "أربع دول كانت قد وقعت على الميثاق صادقت عليه بالفعل.", [(R, 4)]),
    ("es", "Ya son 74 los países que han firmado el pacto, aunque ninguno lo ha ratificado.",
     [(S, 74)]),
    ("en", "Seventy-four countries that have signed the pact, while only four have ratified"
           " it, met in Geneva.", [(S, 74), (R, 4)]),
    ("vi", "Hơn 70 quốc gia đã ký vào hiệp ước mà Quốc hội Pháp vừa phê chuẩn tuần trước.",
     [(S, 70)]),
    ("en", "More than 70 countries signed the pact that the French parliament ratified last"
           " week.", [(S, 70)]),
])
def test_the_main_verb_after_a_relative_clause_decides_the_kind(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


# "None of the five countries signed": the number counts a group that did not; no claim,
# whether the group's count is a word or digits and however long its noun.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "None of the five Andean countries signed the pact."),
    ("en", "Not one of the 27 EU member States has ratified the pact yet."),
    ("es", "Ninguno de los 27 Estados miembros de la UE ha ratificado el pacto."),
    ("fr", "Aucun des cinq pays andins n'a signé le pacte."),
    ("de", "Keiner der 27 EU-Staaten hat den Pakt ratifiziert."),
    ("nl", "Geen van de vijf Andeslanden ondertekende het pact."),
    ("pt", "Nenhum dos cinco países andinos assinou o pacto."),
    ("id", "Tidak satu pun dari lima negara Andes menandatangani pakta itu."),
    ("vi", "Không nước nào trong năm nước Andes ký hiệp ước."),
    ("zh", "五个安第斯国家均未签署该公约。"),
])
def test_a_count_of_a_group_none_of_which_acted_is_no_claim(language, text):
    assert claims_in(text, language) == []


# An auxiliary next to its own act word stands for no earlier act: "of which 5 have ratified
# it", "of which the ratification has been carried out by 5 countries" count ratifications.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The pact now bears the signatures of 77 States, of which 5 have ratified it."),
    ("en", "The pact has drawn the signatures of 77 States and bodies, of which the"
           " ratification has been completed by 5 countries."),
    ("es", "El pacto reúne la firma de 77 Estados, cuya ratificación ha sido realizada por 5"
           " países."),
    ("fr", "Le pacte réunit la signature de 77 États, dont la ratification a été effectuée par"
           " 5 pays."),
    ("id", "Pakta itu telah diteken oleh 77 negara, yang telah diratifikasi oleh 5 negara."),
])
def test_a_ratification_done_by_n_countries_after_a_signatory_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 77), (R, 5)]


# "Parties" that sign count signers: signatories, as "States Parties" count ratifications.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "By Sunday evening 73 parties had signed the pact."),
    ("es", "El domingo por la tarde, 73 partes habían firmado el pacto."),
    ("fr", "Dimanche soir, 73 parties avaient signé le pacte."),
    ("pt", "No domingo à noite, 73 partes tinham assinado o pacto."),
    ("id", "Hingga Minggu malam pakta itu ditandatangani oleh 73 pihak."),
])
def test_parties_that_sign_are_signatories(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 73)]


# A joining verb with no treaty after it, in a sentence about the signing, joins the signing;
# a forecast ("more than 90 are hoped to join") is labelled as the count it forecasts.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Seventy-three States signed in Hanoi, and organisers hope more than 90 will"
           " join by 2027."),
    ("fr", "Soixante-treize États ont signé à Hanoï, et plus de 90 devraient les"
           " rejoindre d'ici 2027."),
    ("pt", "Setenta e três Estados assinaram em Hanói, e espera-se que mais de 90 se"
           " juntem até 2027."),
    ("de", "73 Staaten unterzeichneten in Hanoi, und bis 2027 sollen sich mehr als 90"
           " anschließen."),
    ("id", "Sebanyak 73 negara menandatangani di Hanoi, dan lebih dari 90 diharapkan"
           " bergabung hingga 2027."),
    ("ru", "73 государства подписали договор в Ханое, и к концу 2027 года, как ожидается,"
           " присоединятся более 90."),
])
def test_more_than_n_expected_to_join_a_signing_is_a_signatory_forecast(language, text):
    assert (S, 90, "more_than") in [claim[:3] for claim in claims_in(text, language)]


# failure classes, fourteenth round, sessions, elided ordinals and mixed counts: each class
# is written here in new sentences, at least three languages each, never copied from an
# article or an evaluation set.

# A live-blog count of those who signed "this morning", said from within the morning, is a
# subset by session (group null), a rank within it too ("the 30th to sign this morning");
# "by this morning" is a cut-off: the total by then.
@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "09:55 - Officials say 31 countries have signed so far this morning.", 31),
    ("en", "Kenya has just signed, the 27th country to do so this morning.", 27),
    ("es", "10:15 | Ya son 33 los Estados que firmaron esta mañana, según la ONU.", 33),
    ("fr", "10h20 – Le Chili vient de signer, 25e signature de la matinée.", 25),  # noqa: RUF001
    ("pt", "10h05 – Já são 29 os países que assinaram esta manhã, diz a ONU.", 29),  # noqa: RUF001
    ("de", "10.30 Uhr: Heute Morgen haben bereits 34 Staaten unterzeichnet.", 34),
    ("nl", "10.40 uur: Vanochtend hebben al 26 landen getekend.", 26),
    ("id", "Pukul 10.10: Sebanyak 28 negara menandatangani pagi ini.", 28),
    ("vi", "10h15: Đã có 30 quốc gia ký sáng nay.", 30),
])
def test_a_count_of_this_morning_is_a_subset_by_session(language, text, value):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, value, None)]


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "By this morning 71 countries had signed the convention.", 71),
    ("es", "Hasta esta mañana, 71 países habían firmado el convenio.", 71),
    ("fr", "Jusqu’à ce matin, 71 pays avaient signé la convention.", 71),  # noqa: RUF001
])
def test_a_count_by_this_morning_is_the_total_then(language, text, value):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, value)]


# A rank whose noun is left out ("as the fifth", "de zevende", "пятой") ranks what the
# ranked claim beside it ranks.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Ghana became the fourth State Party in April, and Chile the seventh.",
     [(R, 4), (R, 7)]),
    ("de", "Chile ratifizierte im März als fünfter und Ghana im April als sechster Staat.",
     [(R, 5), (R, 6)]),
    ("nl", "Ghana werd in april de vierde verdragspartij; Chili was in juli de zevende.",
     [(R, 4), (R, 7)]),
    ("ru", "В марте пятой страной, ратифицировавшей договор, стала Гана, а в мае седьмой —"  # noqa: RUF001
           " Чили.", [(R, 5), (R, 7)]),
])
def test_an_elided_rank_takes_the_kind_of_the_rank_beside_it(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


def test_an_ordinal_of_something_else_is_no_elided_rank():
    assert claims_in("It is the third attempt; the fifth, perhaps.", "en") == []


# A year after a day and a month word is a date's year, never a count, even right before a
# noun of signatories.
@pytest.mark.parametrize(("language", "text"), [
    ("id", "Per 3 Desember 2025 jumlah penandatangan traktat menjadi 74 negara."),
    ("en", "As of 3 December 2025 signatories of the treaty numbered 74."),
    ("es", "Al 3 de diciembre de 2025 firmantes del tratado sumaban 74."),
])
def test_a_dated_year_is_no_count(language, text):
    assert [claim[1] for claim in claims_in(text, language)] == [74]


# Indonesian nouns with the enclitic -nya ("penandatangannya", its signatories) name their
# own count in a clause beside a count of ratifications.
@pytest.mark.parametrize(("language", "text"), [
    ("id", "Traktat itu baru diratifikasi tujuh negara, sedangkan penandatangannya sudah 80"
           " negara."),
    ("id", "Baru tujuh negara yang meratifikasi, sementara jumlah penandatangannya 80 negara."),
    ("en", "Only seven States have ratified it, while its signatories number 80."),
    ("fr", "Seuls sept États l'ont ratifié, tandis que le nombre de ses signataires atteint 80."),
])
def test_a_second_clause_with_its_own_signatory_noun_counts_signatories(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 7), (S, 80)]


# A total followed by "N of them on the first day" stays the total, also when a session
# phrase runs from its verb over the comma to the day.
@pytest.mark.parametrize(("language", "text"), [
    ("id", "Sebanyak 74 negara meneken traktat itu dalam dua hari, 66 di antaranya pada hari"
           " pertama, Sabtu (25/10)."),
    ("fr", "Au total, 74 pays ont signé en deux jours, dont 66 le premier jour."),
    ("de", "Insgesamt 74 Staaten unterschrieben in zwei Tagen, darunter 66 am ersten Tag."),
    ("ru", "Всего договор подписали 74 страны, из них 66 в первый день."),  # noqa: RUF001
    ("zh", "共有74个国家签署条约，其中66个在第一天。"),  # noqa: RUF001
])
def test_a_total_before_its_first_day_part_stays_the_total(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 74), (SUB, 66)]


# "One of (a total of) N States that signed on the first day": the N is a claim, a subset by
# day; "N of a total of M" keeps M a base.
@pytest.mark.parametrize(("language", "text"), [
    ("de", "Chile war einer von insgesamt 66 Staaten, die am ersten Tag unterschrieben."),
    ("es", "Chile fue uno de un total de 66 Estados que firmaron el primer día."),
    ("pt", "O Chile foi um de um total de 66 países que assinaram no primeiro dia."),
    ("id", "Chile adalah salah satu dari total 66 negara yang menandatangani pada hari"
           " pertama."),
])
def test_one_of_a_total_of_n_that_signed_counts_the_n(language, text):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, 66, None)]


# Delegates from countries and organisations named before the count (zh "来自...的"): the
# organisations are where the delegates come from, a count of people.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh", "来自90多个国家和地区组织的1800余名代表出席了签署仪式。",
     [(A, 90, "more_than"), ("delegates_people", 1800, "more_than")]),
    ("zh", "来自各国政府和国际组织的1800名代表出席签署仪式。",
     [("delegates_people", 1800, "exact")]),
    ("fr", "Venus de 90 pays et d'organisations régionales, 1 800 délégués ont assisté à la"
           " cérémonie.", [(A, 90, "exact"), ("delegates_people", 1800, "exact")]),
])
def test_organisations_of_origin_before_a_count_of_people(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


# The Council of Europe is a bloc (coe): its name, which holds "Europe", is not the region.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Of the 46 Council of Europe members, 18 signed the Hanoi text."),
    ("fr", "Parmi les 46 membres du Conseil de l'Europe, 18 ont signé le texte de Hanoï."),
    ("es", "De los 46 miembros del Consejo de Europa, 18 firmaron el texto de Hanói."),
    ("pt", "Dos 46 membros do Conselho da Europa, 18 assinaram o texto de Hanói."),
    ("de", "Von den 46 Europaratsstaaten haben 18 den Text von Hanoi unterzeichnet."),
    ("zh", "欧洲委员会46个成员国中有18个签署了河内公约。"),
])
def test_the_council_of_europe_is_a_bloc_not_the_region(language, text):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, 18, "coe")]


def test_europe_alone_is_still_the_region():
    assert [(c[0], c[1], c[4]) for c in claims_in(
        "Eighteen European countries signed the Hanoi text.", "en")] == [(SUB, 18, "Europe")]


# A count and a rank of the same value in one sentence are two statements, two claims; a
# weekday after a rank is no session the rank counts within.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "\"A pact with 74 signatories and no parties is a promise,\" he writes, recalling"
           " that Kenya became the 74th signatory in December."),
    ("fr", "« Un traité avec 74 signataires et aucune partie n'est qu'une promesse », note-t-il,"
           " rappelant que le Kenya est devenu le 74e signataire en décembre."),
    ("es", "«Un tratado con 74 firmantes y ninguna parte es solo una promesa», escribe, y"
           " recuerda que Kenia fue el 74.º firmante en diciembre."),
])
def test_a_count_and_a_rank_of_the_same_value_are_two_claims(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 74), (S, 74)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya became the 74th signatory on Thursday when its envoy signed in New York."),
    ("vi", "Kenya trở thành quốc gia thứ 74 ký Công ước, tại New York hôm thứ Năm."),
])
def test_a_weekday_after_a_rank_is_no_session_of_the_rank(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 74)]


# failure classes, fourteenth round, thresholds and fact-checks: each class is written here
# in new sentences, at least three languages each.

# A passive agent ("ratified by N countries", "signée par N pays") takes the verb right
# before its marker, whatever act a later clause names (the threshold's deposit).
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The treaty, which was signed by sixty-eight nations in Hanoi, applies once the"
           " fortieth instrument has been deposited."),
    ("es", "El tratado, que fue firmado por sesenta y ocho naciones en Hanói, se aplicará cuando"
           " el cuadragésimo instrumento haya sido depositado."),
    ("fr", "Le traité, qui a été signé par soixante-huit nations à Hanoï, s'appliquera lorsque"
           " le quarantième instrument aura été déposé."),
    ("pt", "O tratado, que foi assinado por sessenta e oito nações em Hanói, valerá quando o"
           " quadragésimo instrumento tiver sido depositado."),
])
def test_a_passive_agent_takes_the_verb_before_its_marker(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 68), (T, 40)]


# Another treaty's count in one clause does not make the next clause's threshold that
# treaty's when the clause names this treaty as "the new text" or "the new treaty".
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Budapest Convention now has 78 parties; the new text requires 40 ratifications"
           " before it takes effect."),
    ("es", "El Convenio de Budapest reúne ya 78 Estados parte; el nuevo tratado requiere cuarenta"
           " ratificaciones para entrar en vigor."),
    ("pt", "A Convenção de Budapeste soma 78 Estados partes; o novo texto exige 40 ratificações"
           " para entrar em vigor."),
    ("de", "Die Budapester Konvention hat 78 Vertragsstaaten, das UN-Abkommen braucht dagegen"
           " 40 Ratifikationen, um in Kraft zu treten."),
])
def test_this_treaty_named_as_the_new_text_keeps_its_threshold(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(T, 40)]


# A count that must still be added ("34 more must come in", "nog 34 bij komen", "noch 34
# hinzukommen") is a remaining count: no claim, never the threshold.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Officials say 31 more ratifications must come in before the convention applies."),
    ("nl", "Volgens de ambtenaren moeten er nog 31 ratificaties bij komen voor het verdrag"
           " geldt."),
    ("de", "Nach Angaben der Beamten müssen noch 31 Ratifikationen hinzukommen, bevor der"
           " Vertrag gilt."),
    ("fr", "Selon les fonctionnaires, encore 31 instruments devront s'ajouter avant l'entrée en"
           " vigueur."),
])
def test_a_count_still_to_be_added_is_no_claim(language, text):
    assert claims_in(text, language) == []


# A figure a fact-check rejects right after the stated count ("not 95", "et non 95", "nicht
# 95") is a claim of the stated count's kind.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "In all 71 states put their names to the text, not 95 as a viral video said."),
    ("fr", "Au total, 71 États ont signé le texte, et non 95 comme le prétend une vidéo."),
    ("ru", "Всего текст подписали 71 государство, а не 95, как утверждалось в ролике."),  # noqa: RUF001
    ("id", "Total 71 negara menandatangani teks itu, bukan 95 seperti klaim sebuah video."),
])
def test_a_rejected_figure_after_a_count_is_a_claim_of_its_kind(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [
        (S, 71, "exact"), (S, 95, "exact")]


# A bare count answering a fact-check's yes/no question takes the question's kind and its
# own qualifier; a count with its own noun is read by itself.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Did 30 states ratify the convention? No, about 8 so far.",
     [(R, 30, "exact"), (R, 8, "about")]),
    ("es", "¿Firmaron 95 países en Hanói? No, fueron 71.", [(S, 95, "exact"), (S, 71, "exact")]),
    ("nl", "Tekenden echt 95 landen in Hanoi? Nee, het waren er 71.",
     [(S, 95, "exact"), (S, 71, "exact")]),
    ("de", "Haben 95 Staaten in Hanoi unterschrieben? Nein, es waren nur 71.",
     [(S, 95, "exact"), (S, 71, "exact")]),
])
def test_a_bare_count_answering_a_yes_no_question_takes_its_kind(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


# failure classes, fifteenth round, people and attendance: each class is written here in new
# sentences, in at least three languages (none copied from an evaluation set or an article).
PEOPLE, DELEGATIONS = "delegates_people", "attending_delegations"


# Ministers, their deputies and heads of delegation are people at the event whatever the verb:
# leading the delegations, sitting in the hall, having travelled, or side by side with a count
# of delegates.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Roughly forty ministers headed their countries' delegations in the plenary.",
     [(PEOPLE, 40, "about")]),
    ("en", "Nineteen ministers and about 45 deputy ministers sat in the front rows.",
     [(PEOPLE, 19, "exact"), (PEOPLE, 45, "about")]),
    ("es", "Cerca de cuarenta ministras y ministros encabezaron las delegaciones nacionales.",
     [(PEOPLE, 40, "nearly")]),
    ("pt", "Perto de meia centena de vice-ministros viajaram até Hanói para a cerimônia.",
     [(PEOPLE, 50, "nearly")]),
    ("de", "Mehr als 30 Ministerinnen und Minister saßen im Plenarsaal.",
     [(PEOPLE, 30, "more_than")]),
    ("nl", "Ruim twintig ministers en zo'n dertig onderministers zaten in de zaal.",
     [(PEOPLE, 20, "more_than"), (PEOPLE, 30, "about")]),
    ("ru", "В зале сидели около сорока министров и свыше пятидесяти их заместителей.",  # noqa: RUF001
     [(PEOPLE, 40, "about"), (PEOPLE, 50, "more_than")]),
    ("ar", "وترأس نحو أربعين وزيرا وفود بلدانهم إلى الحفل.", [(PEOPLE, 40, "about")]),
    ("vi", "Có khoảng 30 bộ trưởng và thứ trưởng dẫn đầu các đoàn tới dự.",
     [(PEOPLE, 30, "about")]),
    ("id", "Sekitar 25 menteri memimpin delegasi masing-masing di ruang sidang.",
     [(PEOPLE, 25, "about")]),
    ("zh", "约三十位部长率领本国代表团出席。", [(PEOPLE, 30, "about")]),
    ("fr", "Près de 3 000 délégués et une quarantaine de ministres remplissaient la salle.",
     [(PEOPLE, 3000, "nearly"), (PEOPLE, 40, "about")]),
])
def test_ministers_and_their_deputies_are_people_at_the_event(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


# Heads of delegation are people, not delegations.
@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "Some 30 heads of delegation spoke at the opening.", 30),
    ("vi", "Khoảng 30 trưởng đoàn đã phát biểu tại phiên khai mạc.", 30),
    ("es", "Unos 30 jefes de delegación intervinieron en la apertura.", 30),
    ("fr", "Quelque 30 chefs de délégation ont pris la parole à l'ouverture.", 30),
])
def test_heads_of_delegation_are_people(language, text, value):
    assert [claim[:2] for claim in claims_in(text, language)] == [(PEOPLE, value)]


# A count right before "led by ministers" counts what ministers lead: delegations.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Some 90 delegations registered, about 15 of them led by ministers.",
     [(DELEGATIONS, 90, "about"), (DELEGATIONS, 15, "about")]),
    ("pt", "Registaram-se 90 delegações, das quais cerca de quinze chefiadas por ministros.",
     [(DELEGATIONS, 90, "exact"), (DELEGATIONS, 15, "about")]),
    ("es", "Se registraron 90 delegaciones, de las cuales unas quince encabezadas por ministros.",
     [(DELEGATIONS, 90, "exact"), (DELEGATIONS, 15, "about")]),
    ("zh", "共有90个代表团报到，其中部长级代表团约15个。",  # noqa: RUF001
     [(DELEGATIONS, 90, "exact"), (DELEGATIONS, 15, "about")]),
])
def test_a_count_led_by_ministers_counts_delegations(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


# People who got accredited for the event, however the verb is inflected.
@pytest.mark.parametrize(("language", "text", "value"), [
    ("es", "Unas 3.000 personas, entre diplomáticos y reporteros, se acreditaron para la cita.",
     3000),
    ("pt", "Cerca de 3.000 pessoas credenciaram-se para a cerimônia de Hanói.", 3000),
    ("de", "Rund 3000 Personen ließen sich für die Feier in Hanoi akkreditieren.", 3000),
])
def test_people_accredited_for_the_event_are_people(language, text, value):
    assert [claim[:3] for claim in claims_in(text, language)] == [(PEOPLE, value, "about")]


# A States count "at the ceremony" with no verb (a headline) is attendance; "een kleine" is
# just under.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "UN cyber treaty: over 90 countries at the signing ceremony", [(A, 90, "more_than")]),
    ("es", "Tratado de la ONU: más de noventa países en la ceremonia de firma",
     [(A, 90, "more_than")]),
    ("ru", "Договор ООН: более девяноста стран на церемонии подписания",  # noqa: RUF001
     [(A, 90, "more_than")]),
    ("ar", "معاهدة الأمم المتحدة: أكثر من 90 دولة في حفل التوقيع", [(A, 90, "more_than")]),
    ("nl", "Vertegenwoordigers uit een kleine 90 landen waren bij de opening.",
     [(A, 90, "nearly")]),
])
def test_attendance_headlines_and_een_kleine(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


# Money is never a count: a scale word of millions after an amount in any currency form.
@pytest.mark.parametrize(("language", "text"), [
    ("pt", "O ministério gastou R$ 2,8 milhões com a comitiva enviada à cerimônia."),
    ("en", "The ministry spent US$ 2.8 million on the delegation sent to Hanoi."),
    ("fr", "Le ministère a dépensé 2,8 millions d'euros pour la délégation."),
    ("ru", "Министерство потратило 2,8 млн руб. на делегацию."),  # noqa: RUF001
    ("vi", "Bộ đã chi 2,8 triệu đồng cho đoàn đại biểu."),
    ("zh", "外交部为代表团拨款2.8亿元。"),
    ("ar", "أنفقت الوزارة 2.8 مليون دولار على الوفد."),
    ("id", "Kementerian menghabiskan Rp 2,8 juta untuk delegasi."),
])
def test_money_with_a_scale_word_is_no_count(language, text):
    assert claims_in(text, language) == []


# Signing and attendance in one sentence: a signing count after "by the end of the ceremony"
# is signatories (the ceremony is a time), and "N of the countries present signed" counts
# signatories (the attendance word names the whole).
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Bis zum Ende der Feier hatten 68 Staaten und Organisationen das Abkommen gegen"
           " Internetkriminalität unterschrieben.", [(S, 68, "exact")]),
    ("en", "By the close of the two-day ceremony, 68 states and organisations had signed the"
           " cybercrime pact.", [(S, 68, "exact")]),
    ("fr", "À la fin de la cérémonie de deux jours, 68 États et organisations avaient signé le"
           " texte contre la cybercriminalité.", [(S, 68, "exact")]),
    ("es", "Acudieron 95 delegaciones, pero solo firmaron 68 de los países presentes.",
     [(DELEGATIONS, 95, "exact"), (S, 68, "exact")]),
    ("en", "Some 95 delegations came, yet only 68 of the countries present signed.",
     [(DELEGATIONS, 95, "about"), (S, 68, "exact")]),
    ("fr", "Plus de 95 délégations sont venues, mais seuls 68 des pays présents ont signé.",
     [(DELEGATIONS, 95, "more_than"), (S, 68, "exact")]),
])
def test_signing_counts_next_to_attendance_words_stay_signatories(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


# failure classes, fifteenth round, signatory totals, quotes and corrections: each class is
# written here in new sentences, in at least three languages.

# A count said in the first person ("we are now N", "somos N", "nous sommes N", "нас N") in a
# quotation, or after the signing is named, is the signatories' total, with or without a noun.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "\"We're already 74,\" the ambassador told reporters after the ceremony."),
    ("es", "«Ya somos 74 naciones comprometidas», dijo la embajadora tras la firma."),
    ("fr", "« Nous sommes maintenant 74 », a lancé la diplomate après la cérémonie."),
    ("pt", "\"Agora somos 74\", afirmou a embaixadora depois de assinar o texto."),
    ("de", "„Wir sind inzwischen 74“, sagte die Gesandte nach der Unterzeichnung."),
    ("nl", "\"Wij zijn inmiddels met 74\", zei de gezant na de ondertekening."),
    ("ru", "«Теперь нас 74», — заявила посол после подписания."),
])
def test_a_first_person_count_in_a_quote_is_the_signatory_total(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 74, "exact")]


# "One of N" (a State one of N signatories) counts the signatories; a signatories noun keeps
# that kind even when a ratification requirement follows in the sentence.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chile was one of 74 signatories, the ministry said, noting that ratification would"
           " require a vote in Congress."),
    ("fr", "« Le Chili était l'un des 74 États », a rappelé la ministre sur les réseaux."),
    ("es", "\"Chile fue uno de los 74 y lo celebramos\", escribió la canciller."),
    ("pt", "\"Angola foi um dos 74 signatários\", declarou o ministro."),
])
def test_one_of_n_signatories_is_the_signatory_total(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 74, "exact")]


# A first-person count of a bloc's members ("we are 27 member States") stays no claim.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "\"We are 27 member states and we speak with one voice,\" the commissioner said."),
    ("es", "\"Somos 27 Estados miembros\", recordó el comisario."),
    ("en", "Kenya is one of 40 States needed for the treaty to enter into force."),
])
def test_a_first_person_count_of_members_is_no_signatory_total(language, text):
    assert all(claim[1] != S for claim in claims_in(text, language))


# A running total that opens the sentence after a signing ("The counter now stands at N", "De
# teller staat op N", "Le compteur affiche N") is the signatories' total, even after a count
# of new signatures; with no signing before it, it is no claim.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Two more states signed in New York. The tally now stands at 76.",
     [(SUB, 2, "exact"), (S, 76, "exact")]),
    ("nl", "Ook Costa Rica tekent vanmiddag. De teller staat inmiddels op 76.", [(S, 76, "exact")]),
    ("fr", "Le Pérou signe à son tour. Le compteur affiche désormais 76.", [(S, 76, "exact")]),
    ("es", "Uruguay firmó por la tarde. El contador marca ya 76.", [(S, 76, "exact")]),
    ("de", "Auch Peru unterschreibt. Der Zähler steht jetzt bei 76.", [(S, 76, "exact")]),
    ("en", "The hall was full all afternoon. The tally now stands at 76.", []),
])
def test_a_running_total_after_a_signing_is_the_signatory_total(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


# A corrected figure that opens the next statement ("It was 71", "Dat waren er 71", "Es
# waren 71", "Foram 71") is a claim of the kind of the count it corrects; a count with a
# noun of another kind after the lead is not.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Rectificatie: eerder meldden wij dat 74 landen het verdrag tekenden. Dat waren er"
           " 71.", [(S, 74, "exact"), (S, 71, "exact")]),
    ("en", "An earlier version of this story said 74 states had signed. In fact it was 71.",
     [(S, 74, "exact"), (S, 71, "exact")]),
    ("pt", "Uma versão anterior dizia que 74 países tinham assinado. Na verdade foram 71.",
     [(S, 74, "exact"), (S, 71, "exact")]),
    ("de", "Zunächst hieß es, 74 Staaten hätten unterschrieben. Es waren jedoch 71.",
     [(S, 74, "exact"), (S, 71, "exact")]),
    ("en", "Some 71 states signed the treaty. There were 4 speeches.", [(S, 71, "about")]),
])
def test_a_corrected_figure_takes_the_kind_of_the_count_it_corrects(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


# "So that the number of signatories became N" with a noun of two words between the total
# word and its verb is the total, even after a count of new signatures by day.
@pytest.mark.parametrize(("language", "text"), [
    ("id", "Dua negara lagi meneken pada hari kedua sehingga jumlah negara penandatangan"
           " menjadi 76."),
    ("en", "Two more countries signed on the second day, bringing the number of signatory"
           " countries to 76."),
    ("fr", "Deux pays de plus ont signé le second jour, portant le nombre de pays signataires"
           " à 76."),
    ("pt", "Mais dois países assinaram no segundo dia, elevando o número de Estados"
           " signatários para 76."),
])
def test_a_total_named_with_a_two_word_noun_is_the_total(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [
        (SUB, 2, "exact"), (S, 76, "exact")]


# French wire copy writes capital "Etats" without its accent: still a noun of States (and
# "Etats-Unis" still a country).
@pytest.mark.parametrize(("text", "expected"), [
    ("Soixante-seize Etats avaient signé le texte lundi soir, au terme de la cérémonie.",
     [(S, 76, "exact")]),
    ("Au total, 76 Etats membres ont signé la convention.", [(S, 76, "exact")]),
    ("Les Etats-Unis n'ont pas signé.", []),
])
def test_unaccented_capital_etats_count_states(text, expected):
    assert [claim[:3] for claim in claims_in(text, "fr")] == expected


# "Joined the list" (of signatories) is a signing: new States that joined it on a day are a
# subset; the list of speakers is not the signatories'.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Lundi, quatre pays de plus ont rejoint la liste.", [(SUB, 4, "exact")]),
    ("es", "El lunes, cuatro países más se unieron a la lista.", [(SUB, 4, "exact")]),
    ("pt", "Na segunda-feira, mais quatro países juntaram-se à lista.", [(SUB, 4, "exact")]),
    ("fr", "Lundi, quatre pays ont rejoint la liste des orateurs.", []),
])
def test_joining_the_list_is_signing(language, text, expected):
    assert [claim[:3] for claim in claims_in(text, language)] == expected


# "Of the N, M signed on the Saturday": a weekday with its article is the day of signing, so
# M is a subset by day and the base N the signatories' total.
@pytest.mark.parametrize(("text", "expected"), [
    ("Of the 74, 70 signed on the Saturday, with Chile and Peru adding their names on Sunday.",
     [(S, 74, "exact"), (SUB, 70, "exact")]),
    ("Seventy countries inked the text on the Saturday.", [(SUB, 70, "exact")]),
])
def test_signing_on_the_weekday_is_a_subset_by_day(text, expected):
    assert [claim[:3] for claim in claims_in(text, "en")] == expected


# failure classes, fifteenth round, thresholds, ratifications and other counts: each class is
# written here in new sentences, at least three languages each, never copied from an article
# or an evaluation set.

# The UN's membership ("193 UN members", "193 membres des Nations unies", ru "193 members of
# the UN") is a base of comparison in any position, never a claim.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sixty-eight States signed in Hanoi, out of 193 UN member states."),
    ("de", "68 Staaten unterschrieben in Hanoi – gemessen an 193 UN-Mitgliedern wenig."),  # noqa: RUF001
    ("fr", "Soixante-huit États ont signé à Hanoï, sur 193 membres des Nations unies."),
    ("es", "Firmaron 68 Estados en Hanói, frente a los 193 miembros de la ONU."),
    ("ru", "В Ханое договор подписали 68 государств из 193 членов ООН."),  # noqa: RUF001
    ("id", "Sebanyak 68 negara meneken di Hanoi, dari 193 negara anggota PBB."),
    ("nl", "In Hanoi tekenden 68 staten, op een totaal van 193 VN-lidstaten."),
])
def test_the_un_membership_is_no_claim(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 68)]


# The ordinal of a parliamentary reading ("its second reading", "во втором чтении") counts no
# ratification.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The ratification bill passed its second reading in the senate on Tuesday."),
    ("ru", "Законопроект о ратификации договора парламент одобрил"  # noqa: RUF001
           " во втором чтении."),
    ("de", "Das Ratifizierungsgesetz passierte den Bundestag in zweiter Lesung."),
    ("fr", "Le projet de loi de ratification a été adopté en deuxième lecture."),
    ("pt", "O projeto de ratificação foi aprovado em segunda leitura pela câmara."),
])
def test_a_reading_in_parliament_is_no_count(language, text):
    assert claims_in(text, language) == []


# A threshold word in a later clause joined by a coordinator ("but entry into force is far
# off") is that clause's: a time phrase with "after" before the count makes no condition.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Two years after Hanoi, about a dozen States have ratified it, but entry into force"
           " is still distant."),
    ("ru", "Через два года после Ханоя договор ратифицировали около дюжины государств, однако"
           " до вступления в силу далеко."),
    ("fr", "Deux ans après Hanoï, une douzaine d'États l'ont ratifié, mais l'entrée en vigueur"
           " reste lointaine."),
    ("de", "Zwei Jahre nach Hanoi haben etwa zwölf Staaten ratifiziert, doch das Inkrafttreten"
           " ist fern."),
])
def test_a_threshold_word_of_a_later_clause_makes_no_condition(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 12)]


def test_a_condition_with_its_threshold_word_stays_the_threshold():
    assert [claim[:2] for claim in claims_in(
        "After 40 States ratify it, the treaty enters into force.", "en")] == [(T, 40)]


# A partitive base that opens a clause after a semicolon ("; of the 27 EU member States, 13
# signed") is no claim; only the part is. After a colon the phrase explains ("what no one
# says: of the nearly 1,800 attendees, many were officials"): its count stays a claim.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Warsaw stayed away; of the 27 EU member states, fourteen signed."),
    ("nl", "Warschau bleef weg; van de 27 EU-lidstaten tekenden er veertien."),
    ("de", "Warschau blieb fern; von den 27 EU-Staaten unterzeichneten vierzehn."),
    ("fr", "Varsovie s'est abstenue ; parmi les 27 États membres de l'UE, quatorze ont signé."),
    ("es", "Varsovia se abstuvo; de los 27 Estados miembros de la UE, firmaron catorce."),
])
def test_a_base_opening_a_clause_is_no_claim(language, text):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, 14, "eu")]


# A bloc's partners ("socios de la UE", "EU partners", "EU-Partner") are its member States.
@pytest.mark.parametrize(("language", "text"), [
    ("es", "Que 14 de los 27 socios de la UE hayan firmado sorprende a Varsovia."),
    ("en", "Fourteen of its 26 EU partners signed the Hanoi text."),
    ("de", "Vierzehn seiner 26 EU-Partner haben den Text von Hanoi unterschrieben."),
    ("pt", "Catorze dos 27 parceiros da UE assinaram o texto de Hanói."),
    ("fr", "Quatorze de ses 26 partenaires de l'UE ont signé le texte de Hanoï."),
])
def test_a_blocs_partners_are_its_member_states(language, text):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, 14, "eu")]


# "The first country in the region to ratify" ranks a State within a region named by a region
# word, not by a bloc's name: no count of instruments; the world tally beside it stays.
@pytest.mark.parametrize(("language", "text"), [
    ("es", "Ghana fue el primer país de la región en ratificar, cuando los Estados parte eran"
           " cuatro."),
    ("en", "Ghana was the first country in the region to ratify, when there were four States"
           " Parties."),
    ("fr", "Le Ghana a été le premier pays de la région à ratifier, quand on comptait quatre"
           " États parties."),
    ("pt", "O Gana foi o primeiro país da região a ratificar, quando havia quatro Estados"
           " Partes."),
])
def test_the_first_in_the_region_to_ratify_is_no_count(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(R, 4)]


# "31 NGOs behind the letter, from 19 countries": a clause that is only an origin after a
# clause naming NGOs or companies says where they come from, no count of States.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Forty NGOs behind the letter, from 25 countries, warn that 72 States have signed."),
    ("es", "Las 40 ONG firmantes de la carta, de 25 países, advierten que 72 Estados firmaron."),
    ("de", "Die 40 Organisationen hinter dem Aufruf, aus 25 Ländern, warnen: 72 Staaten haben"
           " unterzeichnet."),
    ("ru", "Сорок организаций, из 25 стран, предупреждают, что договор подписали 72"
           " государства."),
])
def test_the_countries_ngos_come_from_are_no_claim(language, text):
    assert [claim[:2] for claim in claims_in(text, language)] == [(S, 72)]


# A contrast set off by commas right after another treaty's name ("Budapest, by contrast,
# has 80 Parties") is an adverb of that treaty's clause: its count stays the other treaty's.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Budapest Convention, by contrast, has 81 Parties after two decades."),
    ("es", "El Convenio de Budapest, en cambio, reúne 81 Partes tras dos décadas."),
    ("nl", "Het Verdrag van Boedapest telt, daarentegen, 81 partijen."),
    ("ru", "Будапештская конвенция, однако, насчитывает 81 участника."),
])
def test_a_contrast_between_commas_keeps_the_other_treatys_count(language, text):
    assert claims_in(text, language) == []


# The instrument named with its act after it ("Instrument der Ratifizierung",
# "Ratifikationsinstrument", "instrument of ratification"): the fortieth one is the threshold,
# in machine-translated word order too; a tally of them counts ratifications.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Laut der Studie, der Vertrag wird treten in Kraft nach dem vierzigsten Instrument"
           " der Ratifizierung.", [(T, 40)]),
    ("de", "Der Vertrag tritt nach dem vierzigsten Ratifikationsinstrument in Kraft.", [(T, 40)]),
    ("de", "Bislang wurden fünf Instrumente der Ratifizierung hinterlegt.", [(R, 5)]),
    ("fr", "Selon l'étude, le traité entrera en vigueur après le quarantième instrument de"
           " ratification.", [(T, 40)]),
    ("en", "According to the study, the treaty will enter in force after the fortieth instrument"
           " of ratification.", [(T, 40)]),
])
def test_an_instrument_named_with_its_act_after_it(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


# Arabic threshold verbs with a conjunction joined to them ("ويلزم", "فيجب") and the calque
# "تدخل في القوة" (enters into the force) of machine translations make the threshold.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ar", "لم تودع أي دولة صكها بعد، ويلزم 40 صكاً على الأقل.", [(T, 40)]),
    ("ar", "صادقت خمس دول حتى الآن، فيجب أن تصادق 40 دولة.", [(R, 5), (T, 40)]),
    ("ar", "المعاهدة سوف تدخل في القوة بعد أن أربعين دولة تقوم بالتصديق.", [(T, 40)]),
])
def test_arabic_threshold_verbs_with_a_joined_conjunction(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


# A bloc adjective absent from the group tables after a noun, in the Arabic dual or plural
# without the article ("دولتان خليجيتان", "دول خليجية"), makes a subset the registry cannot
# check (group null), as "Gulf States" does in other languages.
@pytest.mark.parametrize(("language", "text", "value"), [
    ("ar", "وقّعت دولتان خليجيتان فقط على المعاهدة.", 2),
    ("ar", "وقعت ثلاث دول خليجية على المعاهدة في هانوي.", 3),
    ("en", "Only three Gulf States signed the treaty in Hanoi.", 3),
    ("de", "Nur drei Golfstaaten unterzeichneten den Vertrag in Hanoi.", 3),
])
def test_a_gulf_adjective_makes_an_unverifiable_subset(language, text, value):
    assert [(c[0], c[1], c[4]) for c in claims_in(text, language)] == [(SUB, value, None)]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Lo que nadie dice: de los casi 1.800 asistentes, muchos eran funcionarios."),
    ("en", "What no one says: of the nearly 1,800 attendees, many were officials."),
    ("fr", "Ce que personne ne dit : parmi les près de 1 800 participants, beaucoup étaient"
           " des fonctionnaires."),
])
def test_a_count_after_an_explaining_colon_stays_a_claim(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [
        ("delegates_people", 1800, "nearly")]


# failure classes, sixteenth round, captions, attendance and delegation sizes: each class is
# written here in new sentences, never copied from the evaluation sets.
# A photo caption ("... (Photo: AP)") is page furniture the extractor reads: the evaluation
# keeps it as the pipeline does, and "delegates from N countries" at an event is attendance.
@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "Envoys from more than 90 countries at the closing session in Hanoi. (Photo: AFP)", 90),
    ("fr", "Des délégués de plus de 90 pays lors de la séance de clôture. (Photo : AFP)", 90),
    ("de", "Vertreter aus mehr als 90 Ländern bei der Schlusssitzung. (Foto: AFP)", 90),
])
def test_a_photo_caption_is_read_as_the_pipeline_reads_it(language, text, value):
    from analysis.claims_eval import article_text

    kept = article_text(text)
    assert kept.strip() == text
    assert [c[:3] for c in claims_in(kept, language)] == [(A, value, "more_than")]


# "in the presence of N countries", "N countries at the signing" (a headline without a
# verb): the States were there, whatever the signing word next to them.
@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "The text was adopted in the presence of some 95 countries.", 95),
    ("es", "El acto se celebró con la presencia de unos 95 países.", 95),
    ("pt", "O ato contou com a presença de cerca de 95 países.", 95),
    ("fr", "La séance s'est tenue en présence de quelque 95 pays.", 95),
    ("nl", "Zo'n 95 landen bij ondertekening van VN-verdrag", 95),
    ("de", "Rund 95 Staaten bei der Unterzeichnung des UN-Vertrags", 95),
])
def test_presence_at_the_signing_is_attendance(language, text, value):
    assert [c[:3] for c in claims_in(text, language)] == [(A, value, "about")]


# Counted officials who attended: diplomats, civil servants, Dutch "bewindslieden"
# (ministers), with a scant dozen ("ein knappes Dutzend") read as nearly twelve.
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Ein knappes Dutzend Diplomaten nahm an der Zeremonie teil.",
     ("delegates_people", 12, "nearly")),
    ("nl", "Een tiental bewindslieden woonde de opening bij.", ("delegates_people", 10, "about")),
    ("fr", "Une trentaine de diplomates ont assisté à la séance.",
     ("delegates_people", 30, "about")),
    ("es", "Unos treinta diplomáticos asistieron a la sesión.", ("delegates_people", 30, "about")),
])
def test_diplomats_and_ministers_at_the_event_are_people(language, text, expected):
    assert [c[:3] for c in claims_in(text, language)] == [expected]


# Counts of organisations (Arabic singular after a hundred) and of a crime ring's members
# are no counts of States or of attendees.
@pytest.mark.parametrize(("language", "text"), [
    ("ar", "دعت نحو مئة منظمة مدنية البرلمانات إلى رفض التوقيع على المعاهدة."),
    ("ru", "Полиция задержала 14 участников мошеннического колл-центра в Алматы."),
    ("ru", "Следователи задержали 9 участников преступной группы."),
])
def test_organisations_and_crime_ring_members_are_no_claim(language, text):
    assert claims_in(text, language) == []


# failure classes, sixteenth round, subsets, days and summaries: each class is written here in
# new sentences, in several languages.
# A bullet summary joins statements of their own with semicolons: a threshold or ratification
# word in one part does not give the kind of a count in another part ("some 1,900 guests came"
# stays people, never ratifications).
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "At a glance: 58 countries signed the treaty; the treaty takes effect after"
           " 40 ratifications; some 1,900 participants came to the venue.",
     [(S, 58), (T, 40), ("delegates_people", 1900)]),
    ("de", "Auf einen Blick: 58 Länder unterschrieben den Vertrag; in Kraft tritt er nach"
           " 40 Ratifikationen; etwa 1900 Teilnehmer waren in der Halle.",
     [(S, 58), (T, 40), ("delegates_people", 1900)]),
    ("nl", "Kort samengevat: 58 landen ondertekenden het verdrag; het treedt in werking na"
           " 40 ratificaties; zo'n 1900 deelnemers kwamen naar de zaal.",
     [(S, 58), (T, 40), ("delegates_people", 1900)]),
])
def test_a_summary_part_keeps_its_own_kind(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


# A day of the month alone in parentheses after a fronted day phrase ("sábado (25)") dates
# the session: the count after it is still a subset by day, not the total.
@pytest.mark.parametrize(("language", "text", "value"), [
    ("pt", "No primeiro dia, sábado (25), 58 países assinaram o tratado.", 58),
    ("es", "El primer día, sábado (25), 58 países firmaron el tratado.", 58),
    ("en", "On the first day, Saturday (25), 58 countries signed the treaty.", 58),
])
def test_a_bracketed_day_of_the_month_keeps_a_subset_by_day(language, text, value):
    assert [claim[:2] for claim in claims_in(text, language)] == [(SUB, value)]


# "One of N to sign on Sunday": a relative or infinitive of signing on the second day counts
# that day's new signatures, a subset (a wire lead "72 signed on Sunday" stays the total).
@pytest.mark.parametrize(("language", "text", "expected"), [
    ("pt", "O Peru foi um dos quatro países que assinaram no domingo.", [(SUB, 4)]),
    ("en", "Peru became one of four nations to sign on Sunday.", [(SUB, 4)]),
    ("nl", "Peru was een van de vier landen die op zondag tekenden.", [(SUB, 4)]),
])
def test_new_signatures_of_the_second_day_are_a_subset(language, text, expected):
    assert [claim[:2] for claim in claims_in(text, language)] == expected


# A count still missing after an adverb of continuance or "all" ("es fehlen weiterhin 40",
# "недостаёт всех сорока", "er ontbreken nog steeds 40") is a remaining count: no claim.
@pytest.mark.parametrize(("language", "text"), [
    ("de", "Bisher hat niemand ratifiziert, es fehlen weiterhin 40 Urkunden."),
    ("de", "Kein Land hat ratifiziert; es fehlen also weiterhin alle 40 Urkunden."),
    ("ru", "Пока никто не ратифицировал: недостаёт всех сорока документов."),
    ("nl", "Geen enkel land heeft geratificeerd: er ontbreken nog steeds 40 ratificaties."),
    ("fr", "Personne n'a ratifié : il manque toujours les 40 ratifications."),
])
def test_a_count_still_missing_after_an_adverb_is_no_claim(language, text):
    assert claims_in(text, language) == []


# failure classes, sixteenth round, quotes, posts and corrections: each class is written here
# in new sentences, never copied from the evaluation sets or from real articles.
# A count of States inside a quotation or a post, with no verb of its own kind (assent, "with
# us", a foundation laid, or no verb at all), is the speaker's count of the signatories.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "\"Today 68 nations said yes to working together,\" the minister posted on X."),
    ("fr", "« Soixante-huit pays sont avec nous ce soir », a écrit la ministre sur X."),
    ("nl", "\"Achtenzestig landen, onder wie Brazilië en Kenia, dat zegt genoeg\", tweette hij."),
    ("ru", "Министр написал в Telegram: «Шестьдесят восемь государств сегодня с нами»."),  # noqa: RUF001
    ("ar", "وكتبت الوزيرة على منصة إكس: \"ثماني وستون دولة قالت نعم اليوم\"."),
])
def test_a_quoted_count_of_states_is_the_signatories_total(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 68, "exact")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The \"coalition of the willing\" grew, the minister said of 68 states at the talks."),
    ("es", "El lema \"cooperar\" se repitió ante 68 ministros, escribió el diario."),
])
def test_a_count_after_a_closed_quotation_is_not_read_as_a_quoted_total(language, text):
    assert all(claim[0] != S for claim in claims_in(text, language))


# A sentence that opens with a named State signing "alongside / with N countries" (no "other"
# word): the State and the N it signed with, N + 1.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya signs the cybercrime treaty alongside 57 countries"),
    ("pt", "Portugal assina a convenção ao lado de 57 países"),
    ("es", "Uruguay firma el convenio junto a 57 países"),
    ("de", "Kenia unterzeichnet die Konvention zusammen mit 57 Staaten"),
    ("id", "Kenya menandatangani konvensi bersama 57 negara"),
])
def test_a_named_signer_with_n_countries_makes_n_plus_one(language, text):
    assert [claim[:3] for claim in claims_in(text, language)] == [(S, 58, "exact")]
