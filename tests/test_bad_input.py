"""Bad input stops `dvc repro` with one line naming the file, row and field, and leaves every
output of the previous build byte for byte as it was; harmless variations (BOM, CRLF, markup
in article text or participant names) are accepted, and markup stays inert text on the pages.

Each case starts from a copy of the session build (conftest.built_repo), plants one bad input,
re-seals data/raw/manifest.yaml for the changed file (so the failure comes from validation,
not from the sha256 check, except in the case that is about the sha256 check) and runs
`dvc repro` in the copy.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import dvc

from analysis import config
from analysis.validate import ISO_DATE, REGISTRY_ACTIONS

pytestmark = pytest.mark.e2e

SNAPSHOT = "untc/XVIII-16/2025-11-19.csv"  # paths under data/raw/, as in the manifest
ALIASES = "reference/participant_aliases.csv"
ARTICLE = "articles/vietnamvn-2025-10-25-hanoi-convention-press-conference.id"
OUTPUTS = ("data/processed", "reports")


# --- helpers ---------------------------------------------------------------------------------

def output_digests(root: Path) -> dict[str, str]:
    """sha256 of every file under data/processed/ and reports/."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in OUTPUTS for path in sorted((root / folder).rglob("*")) if path.is_file()
    }


def temp_leftovers(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for folder in ("data", "reports")
                  for p in (root / folder).rglob(".*") if p.name.endswith((".tmp", ".old")))


def reseal(root: Path, relative: str) -> str:
    """Point the manifest entry of data/raw/<relative> at the file's current sha256 (adding
    an entry for a new file); the rest of the manifest, comments included, stays as it is."""
    manifest = root / "data" / "raw" / "manifest.yaml"
    digest = hashlib.sha256((root / "data" / "raw" / relative).read_bytes()).hexdigest()
    text = manifest.read_text(encoding="utf-8")
    entry = re.compile(rf"^(- path: {re.escape(relative)}\n(?:  .*\n)*?  sha256: )[0-9a-f]{{64}}$",
                       re.MULTILINE)
    text, found = entry.subn(lambda match: match.group(1) + digest, text)
    assert found <= 1
    if not found:
        text += (f"- path: {relative}\n  title: test input\n  origin: tests\n"
                 f"  license: CC0-1.0\n  as_of: '2025-11-19'\n  sha256: {digest}\n")
    manifest.write_text(text, encoding="utf-8")
    return digest


def raw(root: Path, relative: str) -> Path:
    return root / "data" / "raw" / relative


def edit_lines(root: Path, relative: str, change: Callable[[list[str]], list[str]]) -> None:
    path = raw(root, relative)
    path.write_text("".join(change(path.read_text(encoding="utf-8").splitlines(keepends=True))),
                    encoding="utf-8")


def edit_columns(root: Path, relative: str, change: Callable[[list[str]], list[str]]) -> None:
    path = raw(root, relative)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for record in csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")):
        writer.writerow(change(record))
    path.write_text(out.getvalue(), encoding="utf-8")


def replace_line(row: int, old: str, new: str) -> Callable[[list[str]], list[str]]:
    """Change ``old`` to ``new`` in file row ``row`` (the header is row 1)."""
    def change(lines: list[str]) -> list[str]:
        assert old in lines[row - 1]
        return [*lines[: row - 1], lines[row - 1].replace(old, new, 1), *lines[row:]]
    return change


def insert_line(row: int, line: str) -> Callable[[list[str]], list[str]]:
    """Insert ``line`` so that it becomes file row ``row``."""
    return lambda lines: [*lines[: row - 1], line + "\n", *lines[row - 1:]]


def edit_params(root: Path, old: str, new: str) -> None:
    path = root / "params.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def repo(built_repo: Path, tmp_path: Path) -> Path:
    """A copy of the built repository, its outputs as the last good build left them."""
    return shutil.copytree(built_repo, tmp_path / "repo", symlinks=True)


# --- rejected inputs -------------------------------------------------------------------------
# Each plants one bad input and returns (the stage that stops, the exact one-line message).

def missing_column(root: Path) -> tuple[str, str]:
    edit_columns(root, SNAPSHOT, lambda record: [*record[:3], *record[4:]])  # drop `place`
    reseal(root, SNAPSHOT)
    return "validate", f"data/raw/{SNAPSHOT}, row 1, field 'place': required column is missing"


def unknown_column(root: Path) -> tuple[str, str]:
    edit_columns(root, SNAPSHOT, lambda record: [*record, "notes" if record[0] == "participant"
                                                 else ""])
    reseal(root, SNAPSHOT)
    return "validate", f"data/raw/{SNAPSHOT}, row 1, field 'notes': unknown column"


def empty_file(root: Path) -> tuple[str, str]:
    raw(root, SNAPSHOT).write_bytes(b"")
    reseal(root, SNAPSHOT)
    return "validate", f"data/raw/{SNAPSHOT}: file is empty"


def header_only(root: Path) -> tuple[str, str]:
    edit_lines(root, SNAPSHOT, lambda lines: lines[:1])
    reseal(root, SNAPSHOT)
    return "validate", f"data/raw/{SNAPSHOT}, row 1: has a header but no data rows"


def date_not_iso(root: Path) -> tuple[str, str]:
    edit_lines(root, SNAPSHOT, replace_line(10, "2025-10-25", "25/10/2025"))
    reseal(root, SNAPSHOT)
    return "validate", (f"data/raw/{SNAPSHOT}, row 10, field 'action_date': value '25/10/2025' "
                        f"fails check str_matches('{ISO_DATE}')")


def date_after_as_of(root: Path) -> tuple[str, str]:
    edit_lines(root, SNAPSHOT, insert_line(41, "Atlantis,signature,2025-11-20,Hanoi,registry"))
    reseal(root, SNAPSHOT)
    return "validate", (f"data/raw/{SNAPSHOT}, row 41, field 'action_date': 2025-11-20 is after "
                        "the snapshot's as-of date 2025-11-19")


def unknown_action(root: Path) -> tuple[str, str]:
    edit_lines(root, SNAPSHOT, replace_line(10, ",signature,", ",signing,"))
    reseal(root, SNAPSHOT)
    return "validate", (f"data/raw/{SNAPSHOT}, row 10, field 'action': value 'signing' fails "
                        f"check isin({list(REGISTRY_ACTIONS)})")


def duplicate_participant_action(root: Path) -> tuple[str, str]:
    edit_lines(root, SNAPSHOT, lambda lines: [*lines[:12], lines[4], *lines[12:]])  # row 5 again
    reseal(root, SNAPSHOT)
    return "validate", (f"data/raw/{SNAPSHOT}, row 13, field 'participant': 'Austria' has the "
                        "action 'signature' twice")


def unmatched_participant(root: Path) -> tuple[str, str]:
    edit_lines(root, SNAPSHOT, insert_line(10, "Atlantis,signature,2025-10-25,Hanoi,registry"))
    reseal(root, SNAPSHOT)
    return "validate", (f"data/raw/{SNAPSHOT}, row 10, field 'participant': participant "
                        "'Atlantis' matches no UNTERM name and no row of "
                        "data/raw/reference/participant_aliases.csv")


HISTORIC_UNTOC = "historic/untc-XVIII-12.csv"


def historic_instrument_before_signature(root: Path) -> tuple[str, str]:
    """A ratification dated before the same State's signature in an earlier treaty's table."""
    lines = raw(root, HISTORIC_UNTOC).read_text(encoding="utf-8").splitlines()
    row = next(n for n, line in enumerate(lines, start=1)
               if line.startswith("Armenia,ratification,2003-07-01,"))
    edit_lines(root, HISTORIC_UNTOC, replace_line(row, "2003-07-01", "2001-11-14"))
    reseal(root, HISTORIC_UNTOC)
    return "validate", (f"data/raw/{HISTORIC_UNTOC}, row {row}, field 'action_date': "
                        "ratification of 'Armenia' dated 2001-11-14, before its signature of "
                        "2001-11-15")


def alias_shares_iso3_unallowed(root: Path) -> tuple[str, str]:
    edit_lines(root, ALIASES, lambda lines: [
        *lines, 'Czechoslovakia,CZE,state,no,"test: a second name for CZE"\n'])
    reseal(root, ALIASES)
    row = len(raw(root, ALIASES).read_text(encoding="utf-8").splitlines())  # the added one
    return "validate", (f"data/raw/{ALIASES}, row {row}, field 'iso3': CZE is mapped from more "
                        "than one name; set allow_shared_iso3 = yes on each row if that is "
                        "intended")


def not_utf8(root: Path) -> tuple[str, str]:
    path = raw(root, SNAPSHOT)
    data = path.read_bytes()
    assert data.splitlines()[2].startswith(b"Angola,")
    path.write_bytes(data.replace(b"Angola,", "Angöla,".encode("latin-1"), 1))
    reseal(root, SNAPSHOT)
    return "validate", f"data/raw/{SNAPSHOT}, row 3: not valid UTF-8 (byte 0xf6)"


def article_metadata_missing_key(root: Path) -> tuple[str, str]:
    edit_lines(root, f"{ARTICLE}.yaml",
               lambda lines: [line for line in lines if not line.startswith("publisher:")])
    reseal(root, f"{ARTICLE}.yaml")
    return "validate", f"data/raw/{ARTICLE}.yaml, field 'publisher': required key is missing"


def snapshot_file_missing(root: Path) -> tuple[str, str]:
    edit_params(root, '  - "2025-11-19"\n', '  - "2025-11-19"\n  - "2025-12-01"\n')
    return "validate", ("data/raw/untc/XVIII-16/2025-12-01.csv: file not found; params.yaml "
                        "lists snapshot 2025-12-01")


def snapshot_id_not_a_date(root: Path) -> tuple[str, str]:
    edit_params(root, '  - "2025-11-19"\n', '  - "2025-11-19"\n  - "latest"\n')
    return "validate", ("params.yaml, field 'snapshots[2]': snapshot id 'latest' is not an ISO "
                        "date YYYY-MM-DD")


def render_engine_unknown(root: Path) -> tuple[str, str]:
    edit_params(root, "engine: auto", "engine: pdf")
    # Only the report stages use `render`; the first of them stops.
    return "report@what-changed-2025-10-26", ("params.yaml, field 'render.engine': must be "
                                              "one of auto, quarto, nbconvert, got 'pdf'")


def raw_file_changed_after_sealing(root: Path) -> tuple[str, str]:
    path = raw(root, SNAPSHOT)
    sealed = hashlib.sha256(path.read_bytes()).hexdigest()
    path.write_bytes(path.read_bytes().replace(b"Angola,", b"Angola ,", 1))  # manifest untouched
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    return "verify", (f"data/raw/{SNAPSHOT}, field 'sha256': sha256 {actual} does not match the "
                      f"manifest's {sealed}")


REJECTED = [missing_column, unknown_column, empty_file, header_only, date_not_iso,
            date_after_as_of, unknown_action, duplicate_participant_action,
            unmatched_participant, historic_instrument_before_signature,
            alias_shares_iso3_unallowed, not_utf8,
            article_metadata_missing_key, snapshot_file_missing, snapshot_id_not_a_date,
            render_engine_unknown, raw_file_changed_after_sealing]


@pytest.mark.parametrize("plant", REJECTED, ids=[case.__name__ for case in REJECTED])
def test_bad_input_stops_the_build_with_one_line_and_keeps_outputs(repo, plant):
    before = output_digests(repo)
    stage, message = plant(repo)
    result = dvc(repo, "repro", check=False)
    assert result.returncode != 0
    assert f"error: {message}" in result.stderr.splitlines(), result.stderr
    assert f"ERROR: failed to reproduce '{stage}'" in result.stderr
    assert output_digests(repo) == before
    assert temp_leftovers(repo) == []


def test_unquoted_snapshot_date_is_refused_by_dvc_with_the_key_named(repo):
    """YAML reads an unquoted 2025-11-19 as a date, which DVC's templating refuses before any
    stage runs; its message names the file and the key."""
    before = output_digests(repo)
    edit_params(repo, '  - "2025-11-19"\n', "  - 2025-11-19\n")
    result = dvc(repo, "repro", check=False)
    assert result.returncode != 0
    assert ("ERROR: unexpected error - Unsupported value of type 'date' in "
            "'params.yaml:snapshots.1'") in result.stderr.splitlines()
    assert "Running stage" not in result.stdout
    assert output_digests(repo) == before


# --- accepted variations ---------------------------------------------------------------------

def utf8_bom(data: bytes) -> bytes:
    return b"\xef\xbb\xbf" + data


def crlf_line_endings(data: bytes) -> bytes:
    return data.replace(b"\n", b"\r\n")


@pytest.mark.parametrize("variation", [utf8_bom, crlf_line_endings],
                         ids=["utf8_bom", "crlf_line_endings"])
def test_bom_and_crlf_are_accepted_and_change_no_number(repo, variation):
    before = output_digests(repo)
    path = raw(repo, SNAPSHOT)
    path.write_bytes(variation(path.read_bytes()))
    new_digest = reseal(repo, SNAPSHOT)
    result = dvc(repo, "repro", check=False)
    assert result.returncode == 0, result.stderr
    assert "Running stage 'validate'" in result.stdout
    after = output_digests(repo)
    changed = sorted(name for name in after if after[name] != before.get(name)
                     and name != "data/processed/warehouse.duckdb")  # rewritten, not byte-stable
    # Same numbers: every table and metric byte-identical. Only the new file's hash differs,
    # recorded for its snapshot and shown in that snapshot's report stamps (and the index).
    assert changed == sorted(["data/processed/snapshots/2025-11-19/raw_files.json",
                              *(f"reports/2025-11-19/{name}.html"
                                for name in config.load(repo).report_specs),
                              "reports/index.html"])
    for name in changed[1:]:
        assert new_digest in (repo / name).read_text(encoding="utf-8")
    assert "Stage 'report@signatory-geography-2025-10-26' didn't change, skipping" in result.stdout
    assert "Data and pipelines are up to date." in dvc(repo, "status").stdout


# --- markup in inputs: accepted, and inert on the pages ---------------------------------------

MARKUP_ARTICLE = "articles/markup-test.en"
ARTICLE_SCRIPT = '<script>alert("article")</script>'
ARTICLE_TITLE = "Hanoi <i>signing</i> test page"
ARTICLE_TEXT = f"""Home > World

{ARTICLE_TITLE}

More than 70 countries signed the convention in Hanoi {ARTICLE_SCRIPT} on Saturday.

Officials <b>welcomed</b> the result.
"""
PARTICIPANT = "<b>Atlantis</b><img src=x onerror=alert('participant')>"
MARKUP_PAGES = ("press-claims", "signatory-geography", "what-changed")  # pages that show them


@pytest.fixture(scope="module")
def markup_build(built_repo: Path, tmp_path_factory: pytest.TempPathFactory
                 ) -> tuple[Path, subprocess.CompletedProcess]:
    """One build shared by the markup tests: an article whose text and title carry markup, and
    a registry signatory whose name is markup (mapped to the Holy See, VAT, by an alias row).
    Returns the copy and the result of its `dvc repro` of the 2025-11-19 pages (with verify,
    validate and warehouse before them; the other snapshot's pages would add a minute)."""
    root = shutil.copytree(built_repo, tmp_path_factory.mktemp("markup") / "repo", symlinks=True)
    raw(root, f"{MARKUP_ARTICLE}.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    raw(root, f"{MARKUP_ARTICLE}.yaml").write_text(
        f"title: '{ARTICLE_TITLE}'\nlanguage: en\npublisher: <em>Example</em> News\n"
        "published: 2025-10-25\noriginal_url: https://example.org/markup\n", encoding="utf-8")
    edit_lines(root, ALIASES, lambda lines: [
        *lines, f'"{PARTICIPANT}",VAT,state,no,"test: markup in a participant name"\n'])
    edit_lines(root, SNAPSHOT, lambda lines: [
        *lines, f'"{PARTICIPANT}",signature,2025-11-18,New York,registry\n'])
    for relative in (f"{MARKUP_ARTICLE}.txt", f"{MARKUP_ARTICLE}.yaml", ALIASES, SNAPSHOT):
        reseal(root, relative)
    return root, dvc(root, "repro", *(f"report@{page}-2025-11-19" for page in MARKUP_PAGES),
                     check=False)


class Page(HTMLParser):
    """Elements of interest and the text a reader sees (outside <script> and <style>)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.elements: list[tuple[str, dict, list[str]]] = []  # (tag, attrs, text parts)
        self.visible: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), []))
        if tag not in ("img", "br", "meta", "link", "input", "hr", "wbr", "source"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag):]

    def handle_data(self, data):
        for tag, _, parts in reversed(self.elements):
            if tag in self.open:
                parts.append(data)
                break
        if not {"script", "style"} & set(self.open):
            self.visible.append(data)

    def texts(self, tag: str) -> list[str]:
        return ["".join(parts) for name, _, parts in self.elements if name == tag]

    def text(self) -> str:
        return "".join(self.visible)


def test_article_with_script_markup_is_accepted_and_rendered_inert(markup_build, built_repo):
    root, result = markup_build
    assert result.returncode == 0, result.stderr
    page = (root / "reports/2025-11-19/press-claims.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in page
    assert "<script>alert" not in page
    parsed = Page(page)
    assert ARTICLE_SCRIPT in parsed.text()  # shown to the reader as text, in its paragraph
    scripts = parsed.texts("script")
    assert not [s for s in scripts if s.strip().startswith("alert(")]
    baseline = Page((built_repo / "reports/2025-11-19/press-claims.html").read_text("utf-8"))
    assert len(scripts) == len(baseline.texts("script"))  # only the report's own scripts


@pytest.mark.parametrize("report", MARKUP_PAGES)
def test_markup_in_participant_names_and_articles_stays_text(markup_build, built_repo, report):
    root, result = markup_build
    assert result.returncode == 0, result.stderr
    text = (root / f"reports/2025-11-19/{report}.html").read_text(encoding="utf-8")
    page = Page(text)
    assert "Atlantis" not in page.texts("b")
    assert "welcomed" not in page.texts("b")
    assert "signing" not in page.texts("i")
    assert "Example" not in page.texts("em")
    assert not [attrs for tag, attrs, _ in page.elements if tag == "img" and "onerror" in attrs]
    assert not [s for s in page.texts("script") if s.strip().startswith("alert(")]
    baseline = Page((built_repo / f"reports/2025-11-19/{report}.html").read_text("utf-8"))
    assert len(page.texts("script")) == len(baseline.texts("script"))
    assert "<b>Atlantis" not in text and "<script>alert" not in text
    if report in ("signatory-geography", "what-changed"):
        assert PARTICIPANT in page.text()  # the signatory is listed, by its name as text
    if report == "press-claims":
        assert ARTICLE_SCRIPT in page.text() and ARTICLE_TITLE in page.text()
