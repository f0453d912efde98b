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

from analysis.claim_labels import (
    KINDS,
    LANGUAGES,
    REGISTERS,
    ClaimLabel,
    Sentence,
    load_sets,
)

NONE = "none"
OVERALL_BAR = 0.95   # precision and recall over the whole set
LANGUAGE_BAR = 0.90  # precision and recall in every language


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
    """The sentence as the pipeline keeps it: lines the furniture rules mark are dropped,
    except those the extractor reads (a photo caption reports what the photo shows)."""
    from analysis import articles
    from analysis.claims import READ_FURNITURE

    lines = articles.mark_furniture(text, "", _furniture_rules())
    return articles.PARAGRAPH_SEPARATOR.join(
        line.text for line in lines if line.rule is None or line.rule in READ_FURNITURE)


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
