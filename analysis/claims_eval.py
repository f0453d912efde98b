"""How well the claims extractor reads the press: precision and recall on the project's own set.

The set is ``analysis/eval/claims/<language>.yaml``: sentences written by the team in the
registers real coverage uses, each labelled with the claims it makes (``[]`` for none);
``analysis/eval/claims/README.md`` gives the label conventions. Each sentence goes through
what an article paragraph goes through: the furniture rules of ``analysis/articles.py``
(a "Read also: ..." line is dropped), then the extractor, in the sentence's language.

A predicted claim is a true positive when an unmatched gold claim of the sentence has the
same kind and the same value (and the same upper value for a range). Qualifier and group
agreement are reported on the true positives, apart from the score. The confusion table
pairs the claims left over that share a value but not a kind, then counts the rest against
``none``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
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
NONE = "none"
OVERALL_BAR = 0.95   # precision and recall over the whole set
LANGUAGE_BAR = 0.90  # precision and recall in every language
_SENTENCE_KEYS = {"id", "text", "register", "published", "claims"}
_CLAIM_KEYS = {"kind", "value", "qualifier", "value_high", "group"}


# ---------------------------------------------------------------- the set


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
    _no_unknown_keys(path, f"{sid}", entry, _SENTENCE_KEYS)
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
    _no_unknown_keys(path, where, claim, _CLAIM_KEYS)
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


# ---------------------------------------------------------------- the extractor

Extractor = Callable[[str, str, dt.date | None], list[ClaimLabel]]


class UnsupportedLanguage(Exception):
    """The extractor has no patterns for the language: its sentences count as unread."""


def default_extractor() -> Extractor:
    """The project's extractor, ``analysis.claims.extract_from_text``."""
    from analysis.claims import extract_from_text

    return lambda text, language, published: _text_extract(extract_from_text, text, language,
                                                            published)


def _text_extract(extract: Callable[..., Iterable[Any]], text: str, language: str,
                  published: dt.date | None) -> list[ClaimLabel]:
    try:
        found = extract(text, language, published)
    except KeyError:  # extract_from_text's signal for a language without patterns
        raise UnsupportedLanguage(language) from None
    return [as_label(claim) for claim in found]


def as_label(claim: Any) -> ClaimLabel:
    """A predicted claim (a mapping, a row or an object with attributes) as a ClaimLabel."""

    def get(name: str, *alternatives: str) -> Any:
        for key in (name, *alternatives):
            value = claim.get(key) if isinstance(claim, Mapping) else getattr(claim, key, None)
            if value is not None:
                return value
        return None

    kind = str(get("kind", "claim_kind"))
    high = get("value_high")
    return ClaimLabel(
        kind=kind,
        value=int(get("value")),
        qualifier=get("qualifier"),
        value_high=int(high) if high is not None else None,
        group=get("group", "subset_group"),
    )


def article_text(text: str) -> str:
    """The sentence as the pipeline keeps it: lines the furniture rules mark are dropped."""
    from analysis import articles

    lines = articles.mark_furniture(text, "", _furniture_rules())
    return articles.PARAGRAPH_SEPARATOR.join(line.text for line in lines if line.rule is None)


@lru_cache(maxsize=1)
def _furniture_rules() -> Any:
    from analysis import articles

    return articles.load_furniture_rules(articles.FURNITURE_PATTERNS)


# ---------------------------------------------------------------- matching and scores


@dataclass(frozen=True)
class Outcome:
    """One sentence: which gold and predicted claims matched, and what was left over."""

    sentence: Sentence
    predicted: tuple[ClaimLabel, ...]
    matched: tuple[tuple[ClaimLabel, ClaimLabel], ...]    # (gold, predicted)
    confused: tuple[tuple[ClaimLabel, ClaimLabel], ...]   # same value, another kind
    missed: tuple[ClaimLabel, ...]
    spurious: tuple[ClaimLabel, ...]

    @property
    def correct(self) -> bool:
        return not (self.confused or self.missed or self.spurious)

    @property
    def disagreements(self) -> tuple[tuple[ClaimLabel, ClaimLabel], ...]:
        """Correct claims whose qualifier or group differs from the label."""
        return tuple((g, p) for g, p in self.matched
                     if g.qualifier != p.qualifier or not _same_group(g.group, p.group))


def match(sentence: Sentence, predicted: Sequence[ClaimLabel]) -> Outcome:
    """Pair gold and predicted claims one to one: same kind and value first, then same value."""
    gold = list(sentence.claims)
    left = list(predicted)
    matched = _pairs(gold, left, lambda g, p: g.key == p.key)
    confused = _pairs(gold, left, lambda g, p: (g.value, g.value_high) == (p.value, p.value_high))
    return Outcome(sentence, tuple(predicted), tuple(matched), tuple(confused),
                   tuple(gold), tuple(left))


def _pairs(gold: list[ClaimLabel], predicted: list[ClaimLabel],
           same: Callable[[ClaimLabel, ClaimLabel], bool]) -> list[tuple[ClaimLabel, ClaimLabel]]:
    """Remove the pairs that ``same`` accepts from both lists and return them."""
    pairs = []
    for g in list(gold):
        p = next((p for p in predicted if same(g, p)), None)
        if p is not None:
            gold.remove(g)
            predicted.remove(p)
            pairs.append((g, p))
    return pairs


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    qualifier_agree: int = 0
    group_agree: int = 0
    groups: int = 0  # true positives of kind subset

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def qualifier_agreement(self) -> float | None:
        return self.qualifier_agree / self.tp if self.tp else None

    @property
    def group_agreement(self) -> float | None:
        return self.group_agree / self.groups if self.groups else None

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "qualifier_agreement": self.qualifier_agreement,
                "group_agreement": self.group_agreement}


@dataclass
class Evaluation:
    outcomes: list[Outcome]
    overall: Score = field(default_factory=Score)
    by_language: dict[str, Score] = field(default_factory=dict)
    by_kind: dict[str, Score] = field(default_factory=dict)
    by_register: dict[str, Score] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    unsupported: set[str] = field(default_factory=set)  # languages the extractor cannot read

    def failures(self, overall_bar: float = OVERALL_BAR,
                 language_bar: float = LANGUAGE_BAR) -> list[str]:
        """What falls short of the bars, one line each (empty when everything passes)."""
        found = _below("overall", self.overall, overall_bar)
        for language, score in self.by_language.items():
            found += _below(f"language {language}", score, language_bar)
        return found


def _below(name: str, score: Score, bar: float) -> list[str]:
    return [f"{name}: {measure} {_pct(value)} < {bar:.0%}"
            for measure, value in (("precision", score.precision), ("recall", score.recall))
            if value is not None and value < bar]


def evaluate(sentences: Iterable[Sentence], extractor: Extractor | None = None) -> Evaluation:
    """Run the extractor on every sentence and score it against the labels."""
    extract = extractor or default_extractor()
    outcomes: list[Outcome] = []
    unsupported: set[str] = set()
    for sentence in sentences:
        try:
            predicted = extract(article_text(sentence.text), sentence.language,
                                sentence.published)
        except UnsupportedLanguage:
            unsupported.add(sentence.language)
            predicted = []
        outcomes.append(match(sentence, predicted))
    evaluation = score(outcomes)
    evaluation.unsupported = unsupported
    return evaluation


def score(outcomes: list[Outcome]) -> Evaluation:
    evaluation = Evaluation(outcomes)
    for outcome in outcomes:
        sentence = outcome.sentence
        scores = [evaluation.overall,
                  evaluation.by_language.setdefault(sentence.language, Score()),
                  evaluation.by_register.setdefault(sentence.register, Score())]
        for gold, predicted in outcome.matched:
            kind_score = evaluation.by_kind.setdefault(gold.kind, Score())
            for s in [*scores, kind_score]:
                _count_match(s, gold, predicted)
            evaluation.confusion[gold.kind, gold.kind] += 1
        for gold, predicted in outcome.confused:
            _count_miss(evaluation, scores, gold)
            _count_extra(evaluation, scores, predicted)
            evaluation.confusion[gold.kind, predicted.kind] += 1
        for gold in outcome.missed:
            _count_miss(evaluation, scores, gold)
            evaluation.confusion[gold.kind, NONE] += 1
        for predicted in outcome.spurious:
            _count_extra(evaluation, scores, predicted)
            evaluation.confusion[NONE, predicted.kind] += 1
    return evaluation


def _count_match(score: Score, gold: ClaimLabel, predicted: ClaimLabel) -> None:
    score.tp += 1
    score.qualifier_agree += gold.qualifier == predicted.qualifier
    if gold.kind == "subset":
        score.groups += 1
        score.group_agree += _same_group(gold.group, predicted.group)


def _same_group(gold: str | None, predicted: str | None) -> bool:
    return (gold or "").casefold() == (predicted or "").casefold()


def _count_miss(evaluation: Evaluation, scores: list[Score], gold: ClaimLabel) -> None:
    for s in [*scores, evaluation.by_kind.setdefault(gold.kind, Score())]:
        s.fn += 1


def _count_extra(evaluation: Evaluation, scores: list[Score], predicted: ClaimLabel) -> None:
    for s in [*scores, evaluation.by_kind.setdefault(predicted.kind, Score())]:
        s.fp += 1


# ---------------------------------------------------------------- report


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], markdown: bool) -> str:
    """Rows as an aligned plain-text table, or as a Markdown table (numbers right-aligned)."""
    cells = [[str(c) for c in headers], *[[str(c) for c in row] for row in rows]]
    numeric = [i > 0 for i in range(len(headers))]
    if markdown:
        rule = ["---:" if right else "---" for right in numeric]
        return "\n".join("| " + " | ".join(row) + " |" for row in [cells[0], rule, *cells[1:]])
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.rjust(w) if right else c.ljust(w)
                       for c, w, right in zip(row, widths, numeric, strict=True)).rstrip()
             for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _score_rows(scores: Mapping[str, Score], order: Sequence[str],
                total: Score | None = None) -> list[list[object]]:
    names = [n for n in order if n in scores] + sorted(set(scores) - set(order))
    rows = [[name, *_score_cells(scores[name])] for name in names]
    if total is not None:
        rows.append(["all", *_score_cells(total)])
    return rows


def _score_cells(score: Score) -> list[object]:
    return [score.tp + score.fn, score.tp + score.fp, score.tp, _pct(score.precision),
            _pct(score.recall), _pct(score.qualifier_agreement)]


_SCORE_HEADERS = ("gold", "predicted", "correct", "precision", "recall", "qualifier")


def render(evaluation: Evaluation, markdown: bool = False, errors: bool = False) -> str:
    sentences = len(evaluation.outcomes)
    with_claims = sum(1 for o in evaluation.outcomes if o.sentence.claims)
    parts = [
        f"{sentences} sentences ({with_claims} with claims, {sentences - with_claims} without), "
        f"{evaluation.overall.tp + evaluation.overall.fn} gold claims",
        table(("language", *_SCORE_HEADERS),
              _score_rows(evaluation.by_language, LANGUAGES, evaluation.overall), markdown),
        table(("kind", *_SCORE_HEADERS), _score_rows(evaluation.by_kind, KINDS), markdown),
        table(("register", *_SCORE_HEADERS),
              _score_rows(evaluation.by_register, REGISTERS), markdown),
        *_unsupported_note(evaluation.unsupported),
        "Confusion (rows: gold kind, columns: predicted kind for the same value):",
        _confusion_table(evaluation.confusion, markdown),
    ]
    subsets = evaluation.by_kind.get("subset")
    if subsets is not None and subsets.groups:
        parts.append(f"Subset group agreement on correct subset claims: "
                     f"{subsets.group_agree}/{subsets.groups} ({_pct(subsets.group_agreement)})")
    if errors:
        parts.append(_error_lines(evaluation.outcomes))
    return "\n\n".join(parts) + "\n"


def _unsupported_note(languages: set[str]) -> list[str]:
    if not languages:
        return []
    return [f"No claim patterns for: {', '.join(sorted(languages))} "
            "(their sentences count as having no predicted claims)"]


def _confusion_table(confusion: Counter[tuple[str, str]], markdown: bool) -> str:
    seen = {k for pair in confusion for k in pair if k != NONE}
    kinds = [k for k in KINDS if k in seen] + sorted(seen - set(KINDS))
    columns = [*kinds, NONE]
    rows = [[gold, *[confusion.get((gold, p), 0) or "." for p in columns]]
            for gold in [*kinds, NONE]]
    return table(("gold \\ predicted", *columns), rows, markdown)


def _error_lines(outcomes: list[Outcome]) -> str:
    lines = ["Sentences with errors (and correct claims with another qualifier or group):"]
    for o in outcomes:
        if o.correct and not o.disagreements:
            continue
        lines.append(f"{o.sentence.id}: {o.sentence.text}")
        lines += [f"    missed    {g}" for g in o.missed]
        lines += [f"    extra     {p}" for p in o.spurious]
        lines += [f"    confused  {g} read as {p.kind}" for g, p in o.confused]
        lines += [f"    differs   {g} read as {p}" for g, p in o.disagreements]
    return "\n".join(lines)


def as_json(evaluation: Evaluation) -> dict[str, Any]:
    return {
        "sentences": len(evaluation.outcomes),
        "overall": evaluation.overall.as_dict(),
        "by_language": {k: v.as_dict() for k, v in sorted(evaluation.by_language.items())},
        "by_kind": {k: v.as_dict() for k, v in sorted(evaluation.by_kind.items())},
        "by_register": {k: v.as_dict() for k, v in sorted(evaluation.by_register.items())},
        "confusion": [{"gold": g, "predicted": p, "count": n}
                      for (g, p), n in sorted(evaluation.confusion.items())],
        "unsupported_languages": sorted(evaluation.unsupported),
        "failures": evaluation.failures(),
        "errors": [{"id": o.sentence.id, "missed": [str(c) for c in o.missed],
                    "extra": [str(c) for c in o.spurious],
                    "confused": [f"{g} -> {p.kind}" for g, p in o.confused]}
                   for o in evaluation.outcomes if not o.correct],
    }


# ---------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--set", type=Path, action="append", default=None, metavar="DIR",
                        help="folder of <language>.yaml files (default: analysis/eval/claims);"
                             " repeat to score several folders as one set")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the scores as JSON")
    output.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--errors", action="store_true",
                        help="also list every sentence with a missed, extra or confused claim")
    parser.add_argument("--no-fail", action="store_true",
                        help=f"exit 0 even below {OVERALL_BAR:.0%}% overall or "
                             f"{LANGUAGE_BAR:.0%}% in a language")


def run(args: argparse.Namespace) -> int:
    """Print the evaluation; 1 when a bar is not met (unless --no-fail)."""
    evaluation = evaluate(load_sets(args.set))
    if args.json:
        print(json.dumps(as_json(evaluation), indent=2, ensure_ascii=False))
    else:
        print(render(evaluation, markdown=args.markdown, errors=args.errors), end="")
    failures = evaluation.failures()
    for line in failures:
        print(f"below the bar: {line}", file=sys.stderr)
    return 1 if failures and not args.no_fail else 0
