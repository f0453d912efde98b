"""The labelled claims sets: ``analysis/eval/claims*/<language>.yaml`` read and checked.

Each file holds sentences written by the team, each labelled with the claims it makes;
``analysis/eval/claims/README.md`` gives the format and the label conventions. A bad entry
stops with one line naming the file, the sentence id and the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from analysis.errors import InputError

EVAL_SET = Path(__file__).parent / "eval" / "claims"
# Written after the extractor, never tuned on before it was scored: the honest estimate.
HELD_OUT_SET = Path(__file__).parent / "eval" / "claims-heldout"
LANGUAGES = ("en", "id", "vi", "es", "fr", "nl", "pt", "de", "ru", "ar", "zh")
KINDS = ("signatories", "ratifications", "threshold", "subset", "attending_states",
         "attending_delegations", "delegates_people")
QUALIFIERS = ("exact", "more_than", "nearly", "about", "at_least", "range")
REGISTERS = ("wire", "press_release", "machine_translation", "blog", "headline")
SENTENCE_KEYS = {"id", "text", "register", "published", "claims"}
CLAIM_KEYS = {"kind", "value", "qualifier", "value_high", "group"}


@dataclass(frozen=True)
class ClaimLabel:
    """One claim: a gold label from the set, or one the extractor predicted."""

    kind: str
    value: int
    qualifier: str | None = None
    value_high: int | None = None
    group: str | None = None

    @property
    def key(self) -> tuple[str, int, int | None]:
        return self.kind, self.value, self.value_high

    def __str__(self) -> str:
        value = f"{self.value}-{self.value_high}" if self.value_high is not None else self.value
        group = f" [{self.group}]" if self.group else ""
        return f"{self.kind} {value} ({self.qualifier}){group}"


@dataclass(frozen=True)
class Sentence:
    id: str
    language: str
    text: str
    register: str
    published: dt.date | None
    claims: tuple[ClaimLabel, ...]


def load_set(directory: Path | None = None) -> list[Sentence]:
    """Every sentence of every ``<language>.yaml`` in ``directory``, checked, in file order."""
    directory = directory or EVAL_SET
    files = sorted(directory.glob("*.yaml")) if directory.is_dir() else []
    if not files:
        raise InputError(directory, "no <language>.yaml files of labelled sentences")
    sentences: list[Sentence] = []
    seen: set[str] = set()
    for path in files:
        for sentence in _load_file(path):
            if sentence.id in seen:
                raise InputError(path, f"sentence id {sentence.id!r} is used twice",
                                 field=f"{sentence.id}.id")
            seen.add(sentence.id)
            sentences.append(sentence)
    return sentences


def load_sets(directories: Sequence[Path] | None = None) -> list[Sentence]:
    """The sentences of several folders as one set (ids must stay unique across them)."""
    if not directories:
        return load_set()
    sentences: list[Sentence] = []
    seen: dict[str, Path] = {}
    for directory in directories:
        for sentence in load_set(directory):
            if sentence.id in seen:
                raise InputError(directory, f"sentence id {sentence.id!r} is also used in "
                                 f"{seen[sentence.id]}", field=f"{sentence.id}.id")
            seen[sentence.id] = directory
            sentences.append(sentence)
    return sentences


def _load_file(path: Path) -> list[Sentence]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise InputError(path, f"not valid YAML{where}") from None
    if not isinstance(data, dict) or not isinstance(data.get("sentences"), list):
        raise InputError(path, "expected a mapping with 'language' and a list 'sentences'")
    language = data.get("language")
    if language != path.stem:
        raise InputError(path, f"language {language!r} does not match the file name",
                         field="language")
    return [_sentence(path, language, position, entry)
            for position, entry in enumerate(data["sentences"], start=1)]


def _sentence(path: Path, language: str, position: int, entry: object) -> Sentence:
    if not isinstance(entry, dict):
        raise InputError(path, "expected a mapping", field=f"sentences[{position}]")
    sid = entry.get("id")
    if not isinstance(sid, str) or not sid.startswith(f"{language}-"):
        raise InputError(path, f"id {sid!r} must be a string starting with '{language}-'",
                         field=f"sentences[{position}].id")
    _no_unknown_keys(path, f"{sid}", entry, SENTENCE_KEYS)
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(path, "expected the sentence text", field=f"{sid}.text")
    register = entry.get("register")
    if register not in REGISTERS:
        raise InputError(path, f"register {register!r} is not one of {', '.join(REGISTERS)}",
                         field=f"{sid}.register")
    claims = entry.get("claims")
    if not isinstance(claims, list):
        raise InputError(path, "expected a list of claims ([] for a sentence without one)",
                         field=f"{sid}.claims")
    return Sentence(
        id=sid, language=language, text=text, register=register,
        published=_published(path, sid, entry.get("published")),
        claims=tuple(_gold_claim(path, f"{sid}.claims[{n}]", claim)
                     for n, claim in enumerate(claims, start=1)),
    )


def _no_unknown_keys(path: Path, where: str, entry: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(map(str, entry)) - allowed)
    if unknown:
        raise InputError(path, f"unknown key {unknown[0]!r}", field=f"{where}.{unknown[0]}")


def _published(path: Path, sid: str, value: object) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(path, f"{value!r} is not an ISO date YYYY-MM-DD",
                         field=f"{sid}.published") from None


def _gold_claim(path: Path, where: str, claim: object) -> ClaimLabel:
    if not isinstance(claim, dict):
        raise InputError(path, "expected a mapping {kind, value, qualifier}", field=where)
    _no_unknown_keys(path, where, claim, CLAIM_KEYS)
    kind, qualifier = claim.get("kind"), claim.get("qualifier")
    if kind not in KINDS:
        raise InputError(path, f"kind {kind!r} is not one of {', '.join(KINDS)}",
                         field=f"{where}.kind")
    if qualifier not in QUALIFIERS:
        raise InputError(path, f"qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}",
                         field=f"{where}.qualifier")
    value = _count(path, f"{where}.value", claim.get("value"))
    high = claim.get("value_high")
    if qualifier == "range":
        high = _count(path, f"{where}.value_high", high)
        if high <= value:
            raise InputError(path, f"a range needs value_high above value ({value})",
                             field=f"{where}.value_high")
    elif high is not None:
        raise InputError(path, "value_high is only for qualifier 'range'",
                         field=f"{where}.value_high")
    group = claim.get("group")
    if group is not None and (kind != "subset" or not isinstance(group, str) or not group):
        raise InputError(path, "group is a non-empty name, and only for kind 'subset'",
                         field=f"{where}.group")
    return ClaimLabel(kind, value, qualifier, high, group)


def _count(path: Path, where: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(path, f"expected a whole number, got {value!r}", field=where)
    return value
