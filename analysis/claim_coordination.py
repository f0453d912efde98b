"""A named State and N others: "Portugal and 15 other EU member states signed",
"Portugal e outros 15 Estados-membros", "le Chili et 15 autres pays": the count names the
others, the sentence counts N + 1 (the rule of "joining 71 other countries"). A name is a
capitalised word before the coordinator (``coordinators`` of
``analysis/patterns/claims.yaml``); a count before it ("seven African States and 12 other
countries") is not a name."""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.claim_text import GAP_WORD, PREVIOUS_WORD, Sentence
from analysis.numbers import Number

_NEAR = 40  # characters before the count in which another count makes the phrase a sum
_NAME_WORDS = 4  # words of one State's name in a list ("la Côte d'Ivoire")
_PARTICLE = 3  # lower-case words a name may hold ("d'", "de", "la")
# a list that opens the sentence counts its first item only after an article ("Le Sénégal")
_ARTICLE_NAME = re.compile(r"(?:l[ea]s?|l['\u2019]|el|los|las|os?|as?|het|de|der|die|das|the)\s+\w",
                           re.IGNORECASE)


def with_named_partner(sentence: Sentence, numbers: list[Number]) -> list[Number]:
    """``numbers`` with each count of "others" after "<Name> and" raised by one."""
    language = sentence.language
    if language.coordinators is None or language.others is None or language.cjk:
        return numbers
    return [replace(n, value=n.value + names)
            if (names := _names_before(sentence, n)) and not _count_before(n, numbers) else n
            for n in numbers]


def _count_before(number: Number, numbers: list[Number]) -> bool:
    """"Seven African States and 12 other countries": the 12 add to a count, not a name."""
    return any(number.start - _NEAR <= other.end <= number.start
               for other in numbers if other is not number)


def _after_a_name(sentence: Sentence, number: Number) -> str | None:
    language, text = sentence.language, sentence.text
    before = text[:number.start]
    other_before = PREVIOUS_WORD.search(before)
    if other_before and language.others.fullmatch(other_before.group(1)):
        before = before[:other_before.start()]  # "e outros 15", "y otros 15"
    elif not _others_after(sentence, number):
        return None
    coordinator = PREVIOUS_WORD.search(before)
    if coordinator is None or not language.coordinators.fullmatch(coordinator.group(1)):
        return None
    name = PREVIOUS_WORD.search(before[:coordinator.start()])
    return before[:coordinator.start()] if name and name.group(1)[0].isupper() else None


def _names_before(sentence: Sentence, number: Number) -> int:
    """How many names the count's "others" are added to: 1 for "Portugal and 15 others",
    3 for "Chile, Peru, Colombia and 15 others"; 0 when no name comes before."""
    listed = _after_a_name(sentence, number)
    if listed is None:
        return 0
    items = listed.split(",")
    names = 1
    for position, item in reversed(list(enumerate(items[:-1]))):
        words = item.split()
        if not words or len(words) > _NAME_WORDS or any(ch.isdigit() for ch in item):
            break
        if not all(w[0].isupper() or len(w) <= _PARTICLE for w in words):
            break
        if position == 0 and not _ARTICLE_NAME.match(item.strip()):
            break  # "On Monday, Chile and 15 others": a sentence opener, not a name
        names += 1
    return names


def _others_after(sentence: Sentence, number: Number) -> bool:
    """"15 other countries", "15 autres pays", "15 negara lain": an "other" word
    within three words after the count."""
    position = number.end
    for _ in range(3):
        word = GAP_WORD.match(sentence.text, position)
        if word is None:
            return False
        if sentence.language.others.fullmatch(word.group(1)):
            return True
        position = word.end()
    return False
