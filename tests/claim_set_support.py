"""A small labelled claims set, written for the tests of loading and scoring it."""

from __future__ import annotations

from pathlib import Path

GOOD = """\
language: en
sentences:
  - id: en-001
    text: "Seventy-two states have signed."
    register: wire
    published: 2025-10-27
    claims:
      - {kind: signatories, value: 72, qualifier: exact}
  - id: en-002
    text: "Read also: twelve people hurt"
    register: blog
    claims: []
"""


def write_set(folder: Path, text: str, language: str = "en") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{language}.yaml").write_text(text, encoding="utf-8")
    return folder
