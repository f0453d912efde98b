"""Article ingestion: metadata, furniture stripping, paragraph offsets, input errors."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import polars as pl
import pytest

from analysis.articles import (
    ARTICLE_SCHEMA,
    FURNITURE_PATTERNS,
    PARAGRAPH_SCHEMA,
    load_articles,
    load_furniture_rules,
    mark_furniture,
)
from analysis.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT / "data" / "raw" / "articles"
SEED_ID = "vietnamvn-2025-10-25-hanoi-convention-press-conference.id"
FIXTURES = Path(__file__).parent / "fixtures" / "articles"
EN_ID = "example-en-closing.en"


@pytest.fixture(scope="module")
def seed() -> tuple[pl.DataFrame, pl.DataFrame]:
    return load_articles(SEED_DIR)


@pytest.fixture(scope="module")
def fixtures() -> tuple[pl.DataFrame, pl.DataFrame]:
    return load_articles(FIXTURES)


@pytest.fixture()
def article_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "articles"
    shutil.copytree(FIXTURES, directory)
    return directory


def _kept(paragraphs: pl.DataFrame, article_id: str) -> pl.DataFrame:
    return paragraphs.filter(pl.col("article_id") == article_id, ~pl.col("is_furniture"))


def _rules(paragraphs: pl.DataFrame) -> dict[int, str | None]:
    return dict(paragraphs.select("line_no", "furniture_rule").iter_rows())


def test_seed_article_row_carries_metadata_and_sha256(seed):
    articles, _ = seed
    row = articles.row(0, named=True)
    txt = SEED_DIR / f"{SEED_ID}.txt"
    assert articles.height == 1
    assert row["article_id"] == SEED_ID
    assert row["language"] == "id"
    assert row["original_publisher"] == "Báo Nhân Dân"
    assert row["url"].endswith("post917977.html")
    assert row["published"] == dt.date(2025, 10, 25)
    assert row["source_file"] == f"articles/{SEED_ID}.txt"
    assert row["sha256"] == hashlib.sha256(txt.read_bytes()).hexdigest()


def test_tables_have_the_declared_schemas(seed):
    articles, paragraphs = seed
    assert dict(articles.schema) == ARTICLE_SCHEMA
    assert dict(paragraphs.schema) == PARAGRAPH_SCHEMA


def test_seed_furniture_is_not_in_the_clean_body(seed):
    articles, _ = seed
    body = articles["body"][0]
    for furniture in (".jpg", "(Foto:", "Vietnam.vn - Nền tảng", "Báo Nhân dânBáo Nhân dân",
                      "Suasana konferensi pers", "Komentar (0)", "No data",
                      "Dalam kategori yang sama", "Musim gugur", "Sistem Politik", "Sumber:"):
        assert furniture not in body, furniture


def test_seed_title_line_is_dropped_as_repeated_title(seed):
    articles, paragraphs = seed
    assert _rules(paragraphs)[3] == "repeated_title"
    assert not articles["body"][0].startswith(articles["title"][0])


def test_seed_furniture_lines_name_their_rule(seed):
    _, paragraphs = seed
    rules = _rules(paragraphs)
    assert rules[1] == "site_navigation"
    assert rules[7] == "byline_date"
    assert rules[9] == rules[10] == "photo_caption"
    assert rules[20] == "image_file"
    assert rules[76] == "comment_widget"
    assert rules[81] == rules[104] == "related_section"


def test_seed_key_paragraphs_are_kept_whole(seed):
    _, paragraphs = seed
    kept = _kept(paragraphs, SEED_ID)["text"].to_list()
    claim = next(t for t in kept if "lebih dari 100 negara" in t)
    assert claim.startswith("Menyoroti beberapa poin penting")
    assert claim.endswith("65 negara di antaranya secara resmi menandatangani.")
    assert kept[-1].startswith('"Kita sekarang harus mengubah tanda tangan menjadi tindakan.')
    assert len(kept) == 24


def test_paragraph_offsets_index_the_clean_body(seed):
    articles, paragraphs = seed
    body = articles["body"][0]
    kept = _kept(paragraphs, SEED_ID)
    assert kept["paragraph_no"].to_list() == list(range(1, kept.height + 1))
    for start, end, text in kept.select("char_start", "char_end", "text").iter_rows():
        assert body[start:end] == text
    assert body == "\n\n".join(kept["text"])


def test_furniture_rows_have_no_paragraph_number_or_offsets(seed):
    _, paragraphs = seed
    furniture = paragraphs.filter(pl.col("is_furniture"))
    assert furniture.height > 0
    assert furniture["furniture_rule"].null_count() == 0
    assert furniture.select("paragraph_no", "char_start", "char_end").null_count().row(0) == (
        furniture.height, furniture.height, furniture.height)


def test_articles_load_in_sorted_slug_order(fixtures):
    articles, paragraphs = fixtures
    assert articles["article_id"].to_list() == [EN_ID, "example-vi-opening.vi"]
    assert paragraphs["article_id"].unique(maintain_order=True).to_list() == [
        EN_ID, "example-vi-opening.vi"]


def test_consecutive_duplicate_line_is_dropped(fixtures):
    _, paragraphs = fixtures
    en = paragraphs.filter(pl.col("article_id") == EN_ID)
    assert _rules(en)[18] is None
    assert _rules(en)[20] == "duplicate_line"


def test_related_section_until_blank_line_ends_at_the_blank_line(fixtures):
    _, paragraphs = fixtures
    vi = paragraphs.filter(pl.col("article_id") == "example-vi-opening.vi")
    rules = _rules(vi)
    assert rules[15] == rules[16] == "related_section"
    assert rules[18] is None  # "Hội nghị kéo dài hai ngày." after the blank line
    assert rules[20] == rules[21] == "comment_widget"


def test_script_markup_is_kept_verbatim_as_text(fixtures):
    articles, paragraphs = fixtures
    text = 'A reader pasted <script>alert("x")</script> into the page, which must stay plain text.'
    assert text in _kept(paragraphs, EN_ID)["text"].to_list()
    assert text in articles.filter(pl.col("article_id") == EN_ID)["body"][0]


def test_furniture_rules_come_from_the_rules_file(article_dir, tmp_path):
    rules = tmp_path / "furniture.yaml"
    rules.write_text("line_rules:\n  - name: image_file\n    pattern: '\\S+\\.jpg'\n",
                     encoding="utf-8")
    _, paragraphs = load_articles(article_dir, rules)
    en = paragraphs.filter(pl.col("article_id") == EN_ID)
    assert _rules(en)[8] == "image_file"
    assert _rules(en)[9] is None  # no caption rule in this file, so the caption is kept


def test_adding_an_article_is_dropping_two_files(article_dir):
    (article_dir / "example-fr-new.fr.txt").write_text("Un texte.\n", encoding="utf-8")
    (article_dir / "example-fr-new.fr.yaml").write_text(
        "title: Titre\nlanguage: fr\npublisher: Exemple\npublished: 2025-10-27\n",
        encoding="utf-8")
    articles, _ = load_articles(article_dir)
    assert articles["article_id"].to_list() == [EN_ID, "example-fr-new.fr",
                                                "example-vi-opening.vi"]


@pytest.mark.parametrize("key", ["title", "language", "publisher", "published"])
def test_missing_yaml_key_names_the_file_and_the_key(article_dir, key):
    path = article_dir / f"{EN_ID}.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(x for x in lines if not x.startswith(f"{key}:")), encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_articles(article_dir)
    assert str(error.value) == f"{path}, field '{key}': required key is missing"


def test_unparseable_published_date_is_an_input_error(article_dir):
    path = article_dir / f"{EN_ID}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("2025-10-26", "26 Oct 2025"),
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"field 'published': '26 Oct 2025' is not an ISO date"):
        load_articles(article_dir)


def test_orphan_txt_without_yaml_is_an_input_error(article_dir):
    orphan = article_dir / "example-orphan.en.txt"
    orphan.write_text("Text without metadata.\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_articles(article_dir)
    assert str(error.value) == (
        f"{orphan}: article text has no metadata file example-orphan.en.yaml")


def test_orphan_yaml_without_txt_is_an_input_error(article_dir):
    (article_dir / f"{EN_ID}.txt").unlink()
    with pytest.raises(InputError, match=rf"{EN_ID}\.yaml: article metadata has no text file"):
        load_articles(article_dir)


def test_text_that_is_not_utf8_is_an_input_error_with_row(article_dir):
    (article_dir / f"{EN_ID}.txt").write_bytes(b"First line\nBad \xff byte\n")
    with pytest.raises(InputError, match=r"row 2: not valid UTF-8"):
        load_articles(article_dir)


@pytest.mark.parametrize(("line", "rule"), [
    ("Read also: Bus crash injures 12 people near the border", "related_link"),
    ("Baca juga: 12 orang terluka dalam kecelakaan bus", "related_link"),
    ("Xem thêm: 12 người bị thương", "related_link"),
    ("Leer también: 12 personas heridas", "related_link"),
    ("Lire aussi : 12 personnes blessées", "related_link"),
    ("Lees ook: 12 mensen gewond", "related_link"),
    ("Leia também: 12 pessoas feridas", "related_link"),
    ("Lesen Sie auch: 12 Menschen verletzt", "related_link"),
    ("Читайте также: 12 человек пострадали", "related_link"),
    ("اقرأ أيضا: إصابة 12 شخصا", "related_link"),
    ("相关新闻：大巴事故致12人受伤", "related_link"),  # noqa: RUF001
    ("Startseite > Politik", "site_navigation"),
    ("Комментарии (4)", "comment_widget"),
    ("Quelle: https://example.org/artikel", "source_credit"),
])
def test_read_also_links_and_page_furniture_in_eleven_languages(line, rule):
    rules = load_furniture_rules(FURNITURE_PATTERNS)
    [marked] = mark_furniture(f"{line}\n", "Title", rules)
    assert marked.rule == rule


def test_an_article_sentence_is_not_furniture_in_any_language():
    rules = load_furniture_rules(FURNITURE_PATTERNS)
    text = "\n".join([
        "Seventy-two States signed the convention in Hanoi.",
        "Zweiundsiebzig Staaten unterzeichneten das Übereinkommen.",
        "Конвенцию подписали 72 государства.",
        "وقعت 72 دولة على الاتفاقية.",
        "已有72个国家签署了公约。",
    ])
    assert [line.rule for line in mark_furniture(text, "Title", rules)] == [None] * 5
