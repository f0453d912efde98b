"""The numbers of one sentence, as the claims extractor reads them: decimal amounts with a
scale ("2,5 mil"), the language's fixed phrases (collective numerals, "not a single"),
digit ordinals, digit groups and number words (text2num / number-parser, or cn2an for
Chinese), without overlaps and in text order; compound ordinals joined; a number repeated
in parentheses ("seventy-two (72)") is one number, and so is a range ("50 to 55")."""

from __future__ import annotations

import re

from analysis.claim_changes import changed_by
from analysis.claim_numeral_pairs import numeral_pairs
from analysis.claim_ordinals import compound_ordinals
from analysis.claim_patterns import Language
from analysis.numbers import Number, cjk_numbers, overlaps, word_numbers

_PARENTHESISED_DIGITS = re.compile(r"\s*[(\uff08]\s*(\d[\d.,\s]*)\s*[)\uff09]")
_OPEN_PARENTHESIS = re.compile(r"\s*[(\uff08]\s*")
_CLOSE_PARENTHESIS = re.compile(r"\s*[)\uff09]")


def find_numbers(text: str, language: Language, max_words: int) -> list[Number]:
    """Fixed phrases, digit groups and number words, without overlaps, in text order;
    a number word with its digits in parentheses is one number, and so is a range."""
    found: list[Number] = []
    for pattern, scale in language.decimal_scales:
        found += [Number(m.start(), m.end(),
                         _scaled(m.group("int"), m.group("frac") or "", scale))
                  for m in pattern.finditer(text) if not overlaps(m.span(), found)]
    for fixed in language.fixed:
        found += [Number(m.start(), m.end(), fixed.value, fixed.qualifier,
                         ordinal=fixed.ordinal, noun_class=fixed.noun_class)
                  for m in fixed.pattern.finditer(text) if not overlaps(m.span(), found)]
    if language.ordinal_digits is not None:
        found += [Number(m.start(), m.end(), int(m.group("n")), ordinal=True)
                  for m in language.ordinal_digits.finditer(text)
                  if not overlaps(m.span(), found)]
    found += [Number(m.start(), m.end(), int(re.sub(r"\D", "", m.group())))
              for m in language.digits.finditer(text) if not overlaps(m.span(), found)]
    if language.cjk:  # 五六十, 七八个: two neighbouring digits, a range
        found += [n for n in numeral_pairs(text) if not overlaps((n.start, n.end), found)]
    words = (cjk_numbers(text) if language.cjk
             else word_numbers(text, language.parse_words, max_words)
             if language.parse_words else iter(()))
    found += [n for n in words if not overlaps((n.start, n.end), found)]
    found = compound_ordinals(text, sorted(found, key=lambda n: n.start), language)
    return _ranges(text, _parenthesised(text, found), language)

def _scaled(whole: str, fraction: str, scale: int) -> int:
    """"2", "5", 1000 -> 2500: exact integer arithmetic, no float rounding."""
    return (int(whole) * 10 ** len(fraction) + int(fraction or 0)) * scale // 10 ** len(fraction)

def _parenthesised(text: str, numbers: list[Number]) -> list[Number]:
    """"seventy-two (72)", "72 (setenta e dois)": the parentheses repeat the number in
    digits or in words, one number."""
    merged: list[Number] = []
    skip_until = -1
    for number, following in zip(numbers, [*numbers[1:], None], strict=False):
        if number.start < skip_until:
            continue
        match = _PARENTHESISED_DIGITS.match(text, number.end)
        end = match.end() if match and re.sub(r"\D", "", match.group(1)) == str(
            number.value) else _repeated_in_words(text, number, following)
        if end is not None:
            number = Number(number.start, end, number.value, number.qualifier,
                            ordinal=number.ordinal)
            skip_until = end
        merged.append(number)
    return merged

def _repeated_in_words(text: str, number: Number, following: Number | None) -> int | None:
    """The end of "(setenta e dois)" after "72": the same value alone in parentheses."""
    if following is None or following.value != number.value:
        return None
    opening = _OPEN_PARENTHESIS.fullmatch(text, number.end, following.start)
    closing = _CLOSE_PARENTHESIS.match(text, following.end)
    return closing.end() if opening and closing else None

def _ranges(text: str, numbers: list[Number], language: Language) -> list[Number]:
    """"50 to 55", "50-55", "50至55": one number with a top value."""
    if language.ranges is None:
        return numbers
    merged: list[Number] = []
    i = 0
    while i < len(numbers):
        low = numbers[i]
        high = numbers[i + 1] if i + 1 < len(numbers) else None
        between = text[low.end:high.start] if high else ""
        if (high and low.value < high.value and not low.ordinal and not high.ordinal
                and language.ranges.fullmatch(between.strip())
                and not (language.change_sources  # "rose from 65 to 72": two values
                         and language.change_sources.search(text[:low.start]))
                and not changed_by(text, low, language)  # "rose by one to 12"
                and not (language.not_preceded_by  # a dateline "HANOI, Oct 26 - Seventy-two"
                         and language.not_preceded_by.search(text[:low.start]))):
            merged.append(Number(low.start, high.end, low.value, "range",
                                 value_high=high.value))
            i += 2
            continue
        merged.append(low)
        i += 1
    return merged
