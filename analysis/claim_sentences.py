"""One sentence -> its numeric claims: numbers, nouns, kind keywords, qualifiers, subsets.

``find_claims(sentence, language, patterns)`` applies the compiled patterns
(``analysis.claim_patterns``) to one sentence (``analysis.claim_split`` cuts a paragraph
into sentences; ``analysis.claim_numbers`` finds the numbers). Offsets are those of the
sentence as given: Arabic vowel marks are dropped and digits of every script read as ASCII
on a copy, with an offset map back
(``analysis.numbers.normalise``). ``analysis.claims`` turns the claims into table rows.
Helpers: ``analysis.claim_text`` (tokens, nouns, clauses), ``analysis.claim_nouns`` (the
noun a count counts, what it is not of), ``analysis.claim_keywords``
(kind keywords and the kind they give), ``analysis.claim_ordinals`` (compound ordinals),
``analysis.claim_references`` (counts whose noun is elsewhere in the sentence),
``analysis.claim_subsets`` (regions, blocs, sessions, bases), ``analysis.claim_corrections``
and ``analysis.claim_restatements`` (corrected and earlier values),
``analysis.claim_coordination`` ("X and N others", "joins the N"),
``analysis.claim_treaties`` (counts of another treaty), ``analysis.claim_remaining``
(remaining counts, no claim), ``analysis.claim_increments`` (increments, parts after "of
which", total markers) and ``analysis.claim_repeated_totals`` (a count said twice, a base
that restates the total).
"""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.claim_amounts import amount_noun
from analysis.claim_asides import without_listing_asides
from analysis.claim_attending_bases import counted_base
from analysis.claim_changes import change_claim
from analysis.claim_colons import noun_before_colon
from analysis.claim_companions import attended_with_people
from analysis.claim_coordination import (
    joined_group,
    joined_names,
    joined_only,
    joins_others,
    named_partner,
    others_noun,
    unlike_others,
    with_named_partner,
)
from analysis.claim_corrections import corrected_pairs
from analysis.claim_first_person import spoken_total
from analysis.claim_fractions import find_fractions, without_fractions
from analysis.claim_inclusions import includes_the_eu
from analysis.claim_increments import (
    after_total_marker,
    bare_increment,
    bare_part,
    marked_total,
    parts_of_a_total,
)
from analysis.claim_interpositions import relative_head_noun
from analysis.claim_keywords import (
    claim_kind,
    find_keywords,
    negated,
    without_foreign_thresholds,
)
from analysis.claim_marks import passed_mark, without_crossed_marks
from analysis.claim_nouns import (
    counts_non_state_actors,
    elliptical_noun,
    excluded_phrase_end,
    noun_after,
    noun_before,
    states_antecedent,
)
from analysis.claim_numbers import find_numbers
from analysis.claim_ordinals import RANKED_NOUNS, noun_before_ordinal, world_rank
from analysis.claim_origins import attended_from
from analysis.claim_parallels import Reader, parallel_claims, without_gapping_dashes
from analysis.claim_patterns import Language, Patterns
from analysis.claim_references import (
    back_reference,
    bare_threshold,
    counted_before,
    distant_total,
    labelled_count,
    total_named_next,
)
from analysis.claim_relatives import without_relative_verbs
from analysis.claim_remaining import first_rank_spans, is_remaining, regional_first_spans
from analysis.claim_repeated_totals import with_restated_total, without_repeated_totals
from analysis.claim_requirements import required_base
from analysis.claim_restatements import negated_after, with_restatements
from analysis.claim_roles import (
    PART_OF_SIGNATORIES,
    acting_states,
    contrast_clause,
    indefinite_article,
    named_group,
    part_of_opening_base,
)
from analysis.claim_signer_scopes import scoped_group, scoped_noun
from analysis.claim_subsets import (
    base_group,
    base_noun,
    counted_set_start,
    group_before,
    group_of_them,
    headed_total,
    increment_next_to,
    marked_part,
    member_base_group,
    one_more,
    opening_base,
    opening_region,
    own_members_group,
    part_of_signed,
    subset_group,
    subset_kind,
)
from analysis.claim_text import (
    WIDE_CLAUSE_MARKS,
    Claim,
    Keyword,
    Sentence,
    clause_of,
    noun_at,
    qualifier_after,
    qualifier_before,
    sentence_of,
    words_before,
)
from analysis.claim_topics import topic_group
from analysis.claim_treaties import other_treaty
from analysis.claim_unbroken import unbroken_spans
from analysis.numbers import Number, normalise, original_offset

_CLAUSE_PUNCTUATION = re.compile(
    rf"[,;:()\[\]\u2013\u2014{WIDE_CLAUSE_MARKS}]\s*|\s[\u2013\u2014]")


# ---------------------------------------------------------------- one sentence


def find_claims(sentence: str, language: Language, patterns: Patterns) -> list[Claim]:
    """Claims in one sentence, with offsets relative to the sentence."""
    text, positions = normalise(sentence)
    text = without_listing_asides(text, language, patterns.max_number_words)  # "72 - among them"
    return [_original_offsets(claim, positions, len(sentence))
            for claim in _find_claims(sentence_of(text, language), patterns)]


def _original_offsets(claim: Claim, positions: list[int], length: int) -> Claim:
    def at(i: int) -> int:  # an end runs up to the next kept character: "دولةً" keeps its mark
        return original_offset(positions, i, length)

    number = replace(claim.number, start=at(claim.number.start), end=at(claim.number.end))
    return replace(claim, start=at(claim.start), end=at(claim.end), number=number)


def _find_claims(parsed: Sentence, patterns: Patterns) -> list[Claim]:
    language = parsed.language
    counts, fractions = without_fractions(  # "ein Drittel": no 3, no count
        find_numbers(parsed.text, language, patterns.max_number_words),
        find_fractions(parsed.text, language))
    keywords = without_crossed_marks(parsed, find_keywords(parsed), counts)  # "vượt mốc 50"
    numbers = with_named_partner(parsed, corrected_pairs(parsed, _partitives(
        parsed, counts, keywords)))
    kept = unmasked(parsed.text, numbers, language)
    parsed = replace(parsed, numbers=tuple(  # the counts a session may belong to
        n for n in kept if not patterns.year_like.fullmatch(parsed.text[n.start:n.end])))
    clauses = without_gapping_dashes(parsed, _clause_starts(parsed.text, language, numbers))
    base = opening_base(parsed.text, numbers, language)
    owners = _threshold_owners(parsed, numbers, fractions, patterns)
    claims: list[Claim] = []
    unclaimed: list[Number] = []  # numbers that may restate a claim ("up from 65")
    ranks = first_rank_spans(parsed, kept) + regional_first_spans(parsed, kept)
    for number in kept:
        if is_remaining(parsed, number, kept) or any(a <= number.start < b for a, b in ranks):
            continue  # "36 to go", "among the first 40 to ratify": no claim
        own_keywords = without_relative_verbs(parsed, number, without_foreign_thresholds(
            keywords, number, owners, clauses, len(parsed.text)))  # "N that signed ratified"
        claim = _claim(parsed, number, patterns, own_keywords, clauses, base)
        if claim is not None and not change_claim(parsed, number, claim.claim_kind):
            claims.append(claim)  # "Ratifications rose by one to 12": the one is no claim
        elif claim is None and not (other_treaty(parsed.text, number, clauses, language)
                  or counts_non_state_actors(parsed.text, number, clauses, language, None)
                  or noun_after(parsed, number.end, patterns)  # "up from 65 companies"
                  or negated_after(parsed, number, keywords, clauses)):
            unclaimed.append(number)
    # "rose to 72, up from 65", "the correct figure is 65": the count restated
    claims = with_restatements(parsed, claims, unclaimed, patterns.year_like)
    taken = {claim.number.start for claim in claims}
    claims = sorted(claims + parallel_claims(  # "Palermo 124; Hanoi 72"; "until 2028": no
        parsed, claims, [n for n in unclaimed if n.start not in taken and not patterns
                         .year_like.fullmatch(parsed.text[n.start:n.end])],
        _reader(patterns, base)),
        key=lambda claim: claim.number.start)
    return without_repeated_totals(
        with_restated_total(parsed, base, numbers, parts_of_a_total(parsed, claims)))


def _reader(patterns: Patterns, base: Number | None) -> Reader:
    def read(sentence: Sentence, number: Number) -> Claim | None:
        numbers = list(sentence.numbers)
        clauses = without_gapping_dashes(
            sentence, _clause_starts(sentence.text, sentence.language, numbers))
        keywords = without_crossed_marks(sentence, find_keywords(sentence), numbers)
        return _claim(sentence, number, patterns, keywords, clauses, base)
    return read


def unmasked(text: str, numbers: list[Number], language: Language) -> list[Number]:
    """The numbers outside excluded phrases (a date, a percentage, an amount: "65 por
    ciento", "20 million")."""
    kept: list[Number] = []
    masked_until = 0  # end of the last excluded phrase
    for number in numbers:
        if number.start < masked_until:
            continue
        excluded_end = excluded_phrase_end(text, number, language)
        if excluded_end is not None:
            masked_until = max(masked_until, excluded_end)
            continue
        kept.append(number)
    return kept


def _threshold_owners(sentence: Sentence, numbers: list[Number], fractions: list[Number],
                      patterns: Patterns) -> list[Number]:
    """What a threshold word may scope: the numbers of the sentence that are not a whole
    ("of the 72 signatories"), a year, a date or an amount, and its fractions and
    percentages ("15 % of the number needed")."""
    text, percentages = sentence.text, sentence.language.percentages
    counts = [n for n in numbers if not n.whole
              and not patterns.year_like.fullmatch(text[n.start:n.end])
              and (excluded_phrase_end(text, n, sentence.language) is None
                   or (percentages is not None and percentages.match(text, n.end)))]
    return sorted(counts + fractions, key=lambda n: n.start)


def _partitives(sentence: Sentence, numbers: list[Number],
                keywords: list[Keyword]) -> list[Number]:
    """"65 of the 72 States": the first number counts the base's noun; the base goes,
    unless it counts signatories or parties ("11 of the 73 signatories have ratified": 73
    is a claim too)."""
    text, language = sentence.text, sentence.language
    if language.partitives is None:
        return numbers
    kept: list[Number] = []
    skip: Number | None = None
    for number, base in zip(numbers, [*numbers[1:], None], strict=False):
        if number is skip:
            continue
        # "one of the 72 States that signed" names the total: only a count of two or more
        # is a part of its base
        if (base is not None and 1 < number.value <= base.value  # "naik 72 dari 65": no part
                and (language.partitives.fullmatch(text, number.end, base.start)
                     or _possessive_base(text, number, base, language))):
            number = replace(number, noun_from=base.end)
            if _base_noun(sentence, base) in PART_OF_SIGNATORIES or acting_states(
                    sentence, base.end, keywords):  # "of the nine States that signed"
                kept.append(number)
                number, skip = replace(base, whole=True), base
            elif required_base(text, base, language):  # "12 von 40 nötigen": the threshold
                kept.append(number)
                number, skip = base, base
            else:
                skip = base
        kept.append(number)
    return kept


def _possessive_base(text: str, number: Number, base: Number, language: Language) -> bool:
    """"14 of its 27 member States", "zehn ihrer 27 Mitgliedstaaten": a base that a
    possessive gives as a bloc's own size."""
    gap = text[number.end:base.start]
    owner = language.owners.search(gap) if language.owners is not None else None
    if owner is None:
        return False
    return len(gap[:owner.start()].split()) <= 1  # "de ses 27", "ihrer 27", "of its 27"


def _base_noun(sentence: Sentence, base: Number) -> str | None:
    text = sentence.text
    at = base.end + len(text[base.end:]) - len(text[base.end:].lstrip())
    found = noun_at(sentence, at)
    return found[0] if found else None


def _clause_starts(sentence: str, language: Language, numbers: list[Number]) -> list[int]:
    breaks = [m.start() for m in _CLAUSE_PUNCTUATION.finditer(sentence)]
    for pattern in (language.clause_breaks, language.clause_marks):
        if pattern is not None:
            breaks += [m.start() for m in pattern.finditer(sentence)]
    # "sesenta y cinco": a conjunction inside a number phrase does not split a clause, nor
    # does "met" inside "samen met" (joining: "samen met 64 andere landen")
    inside = unbroken_spans(sentence, language, numbers)  # and "steeg met twee tot 73"
    if language.joins is not None:
        inside += [m.span() for m in language.joins.finditer(sentence)]
    return sorted(b for b in breaks if not any(start < b < end for start, end in inside)
                  and not any(n.start == b for n in numbers))


def _claim(sentence: Sentence, number: Number, patterns: Patterns,
           keywords: list[Keyword], clauses: list[int],
           base: Number | None = None) -> Claim | None:
    """The claim a number makes, in stages: the noun it counts, the kind of count its
    keywords give, its qualifier and, for a count of States, the group it is part of."""
    text, language = sentence.text, sentence.language
    after_end, after_qualifier = qualifier_after(text, number.end, language)
    if number.noun_from is not None:
        after_end = number.noun_from
    if (language.ordinal_prefix is not None and not number.ordinal
            and language.ordinal_prefix.search(text[:number.start])):
        number = replace(number, ordinal=True)
    counted = _counted_noun(sentence, number, patterns, keywords, clauses, base, after_end)
    if counted is None or _not_a_count(sentence, number, counted[0], patterns):
        return None
    noun, tally, part = counted
    kind, keyword, number, scoped = _noun_kind(sentence, number, noun, patterns, keywords,
                                               clauses, base, tally)
    kind = _kept_kind(sentence, number, noun, kind, keyword, clauses)
    if kind is None:
        return None
    noun_class, noun_start, noun_end, _ = noun
    if (number.value == 1 and kind == "signatories" and not number.ordinal
            and one_more(sentence, number, after_end, noun_start, noun_end)):
        # "satu negara lagi", "one more country": new signatures of one, a subset
        return Claim(min(number.start, noun_start), max(noun_end, number.end), number,
                     "exact", "subset", keyword.text if keyword else None, None)
    if number.value < patterns.min_value_kinds.get(kind, patterns.min_value):
        return None
    if joins_others(sentence, number, after_end, (noun_class, noun_end), clauses, keywords):
        return _joined_claim(sentence, number, noun, kind, after_end, keywords, clauses)
    start, before_qualifier = qualifier_before(text, number.start, language)
    if _base_or_owned(sentence, noun, start, scoped, keywords):
        return None
    if after_qualifier is None and noun_start >= number.end:
        noun_end, after_qualifier = qualifier_after(text, noun_end, language)  # "60 negara lebih"
    stated = [q for q in (before_qualifier, after_qualifier, number.qualifier) if q]
    qualifier = next((q for q in stated if q != "exact"), "exact")
    if number.value_high is not None:
        qualifier = "range"
    span_start, span_end = min(start, noun_start), max(noun_end, number.end)
    group = None
    if kind in ("signatories", "ratifications", "attending_states"):
        subset = _subset(sentence, number, (noun_class, noun_start, noun_end), kind, part,
                         scoped, keywords, clauses, base, after_end)
        if subset is not None:
            kind, group = subset_kind(sentence, kind, subset, keyword), subset or None
            if not kind or number.value < patterns.min_value_kinds.get(kind, patterns.min_value):
                return None  # "the first African State Party", "two Arab States ratified"
    return Claim(span_start, span_end, number, qualifier, kind,
                 keyword.text if keyword else None, group)


def _counted_noun(sentence: Sentence, number: Number, patterns: Patterns,
                  keywords: list[Keyword], clauses: list[int], base: Number | None,
                  after_end: int) -> tuple[tuple[str, int, int, int], bool,
                                           tuple[str, str | None] | None] | None:
    """The noun the number counts (noun class, start, end, words skipped), whether it is a
    tally of an earlier noun (no noun of its own) and the part it is marked as, if any."""
    own = (number.noun_class, number.start, number.end, 0) if number.noun_class else None
    noun = own or noun_after(sentence, after_end, patterns,
                             frozenset(k.start for k in keywords if k.kind == "sign"))
    if number.ordinal and (noun is None or noun[3] or noun[0] == "instruments"):
        # "negara penandatangan ke-73"; "quốc gia thứ 9 phê chuẩn": the ninth State to ratify
        noun = noun_before_ordinal(sentence, number) or noun
    noun = (noun or world_rank(sentence, number) or labelled_count(sentence, number)
            or noun_before(sentence, number, patterns, clauses) or scoped_noun(sentence, number)
            or relative_head_noun(sentence, number, keywords)  # "签署的国家共七十二个"
            or elliptical_noun(sentence, number, after_end, keywords, patterns)
            or bare_increment(sentence, number, after_end, keywords)  # "sieben weitere"
            or noun_before_colon(sentence, number) or amount_noun(sentence, number)  # "staten: 15"
            or bare_part(sentence, number)  # "70 had signed, of which 6 on Sunday"
            or distant_total(sentence, number, clauses) or others_noun(sentence, number, keywords)
            or total_named_next(sentence, number, clauses) or marked_total(sentence, number)
            or bare_threshold(sentence, number, after_end, keywords)
            or (("signers", number.start, number.end, 0)  # "72, counting the EU"; "Wir sind 73"
                if includes_the_eu(sentence, number) or spoken_total(sentence, number, None,
                                                                     keywords) else None))
    tally = noun is None  # "waren es achtzehn": a tally of an earlier noun, never a condition
    part = marked_part(sentence, number)  # "成员国中的十九个"
    noun = (noun or back_reference(sentence, number) or base_noun(sentence, base, number)
            or (part and (part[0], number.start, number.end, 0)))
    if noun is None:
        return None
    return noun, tally, part


def _not_a_count(sentence: Sentence, number: Number, noun: tuple[str, int, int, int],
                 patterns: Patterns) -> bool:
    """A year, a pace, an article or a day after an ordinal, not a count of its noun."""
    text, language = sentence.text, sentence.language
    _, noun_start, noun_end, gap = noun
    if (language.noun_not_followed_by is not None and noun_start >= number.end
            and language.noun_not_followed_by.match(text, noun_end)):
        return True
    number_text = text[number.start:number.end]
    noun_follows_directly = noun_start >= number.end and not gap
    if patterns.year_like.fullmatch(number_text) and not noun_follows_directly:
        return True
    if number.ordinal and gap:
        return True  # "the ninetieth day after ... instrument"
    if language.rates is not None and any(language.rates.match(text, at)
                                          for at in (number.end, noun_end)):
        return True  # "roughly two deposits a month": a pace, not a count of States
    # "el octavo Estado parte de un acuerdo": "un" is an article, no count
    return indefinite_article(sentence, number, noun_start)


def _noun_kind(sentence: Sentence, number: Number, noun: tuple[str, int, int, int],
               patterns: Patterns, keywords: list[Keyword], clauses: list[int],
               base: Number | None, tally: bool,
               ) -> tuple[str | None, Keyword | None, Number, str | None]:
    """The kind of count its noun and keywords give, the keyword, the number (with the
    qualifier of a mark it passed) and the group a signer scope names."""
    noun_class, noun_start, noun_end, _ = noun
    kind, keyword = claim_kind(noun_class, sentence, number, keywords, clauses, patterns,
                               conditional=not tally)
    if kind in ("threshold", "signatories") and (
            mark := passed_mark(sentence, number, noun[:3], keywords, clauses)):
        kind, number = "signatories", replace(number, qualifier=number.qualifier or mark)
    kind = _partitive_kind(sentence, number, noun, kind, patterns, keywords, clauses, base)
    scoped = scoped_group(sentence, number, noun_end) if noun_class == "states" else None
    if (kind is None and (includes_the_eu(sentence, number) or scoped)) or spoken_total(
            sentence, number, noun_class, keywords, kind):  # "We are 73"; "one of 72 signers"
        kind = "signatories"  # "72, including the EU"; "Among the signatories, 20 Africans"
    if kind is None and noun_class == "total" and (counted := counted_before(sentence,
                                                                          noun_start)):
        kind = patterns.kinds[counted].get("any")
    if noun_class == "states" and (attended_from(sentence, number, clauses, kind, keyword,
                                                 keywords)
                                   or attended_with_people(sentence, number, noun_end, kind)):
        kind = "attending_states"  # "2,500 delegates from (or and) 110 countries attended"
    return kind, keyword, number, scoped


def _partitive_kind(sentence: Sentence, number: Number, noun: tuple[str, int, int, int],
                    kind: str | None, patterns: Patterns, keywords: list[Keyword],
                    clauses: list[int], base: Number | None) -> str | None:
    """The kind of a whole ("of the 73 signatories") or of a part of a base, which its own
    verb gives ("11 of the 73 signatories have ratified")."""
    text, language = sentence.text, sentence.language
    noun_class, noun_start, noun_end, _ = noun
    if number.whole:
        kind = patterns.kinds[noun_class].get("any", kind)  # "of the 73 signatories"
    elif number.noun_from is not None and noun_class in PART_OF_SIGNATORIES:
        # "11 of the 73 signatories have ratified": a count of States by its own verb
        verbs = [k for k in keywords if not noun_start <= k.start < noun_end]
        kind = claim_kind("states", sentence, number, verbs, clauses, patterns)[0] or kind
    elif (number.noun_from is not None and language.partitives is not None
          and language.partitives.match(text, number.end)
          and (relative := acting_states(sentence, number.noun_from, keywords))):
        # "Five of the nine States that signed have tabled a bill": its own verb, or none
        verbs = [k for k in keywords if not noun_start <= k.start < relative]
        kind = claim_kind("states", sentence, number, verbs, clauses, patterns)[0]
    elif part_of_opening_base(base, number, noun_class, noun_start, noun_end):
        # "Von den 75 Unterzeichnern haben 13 ratifiziert": a count of them by its own verb
        verbs = [k for k in keywords if not noun_start <= k.start < noun_end]
        kind = claim_kind("states", sentence, number, verbs, clauses, patterns)[0] or kind
    return kind


def _kept_kind(sentence: Sentence, number: Number, noun: tuple[str, int, int, int],
               kind: str | None, keyword: Keyword | None, clauses: list[int]) -> str | None:
    """``kind``, or None for no claim (a negated count, one of companies or of another
    treaty); an ordinal is a total it reached, a threshold or nothing."""
    text, language = sentence.text, sentence.language
    noun_class, noun_start, _, gap = noun
    if (kind in (None, "other") or (negated(sentence, keyword)
                                       and not unlike_others(sentence, number))
            or counts_non_state_actors(text, number, clauses, language, keyword, noun_class)
            or other_treaty(text, number, clauses, language)):
        return None
    if number.ordinal:
        noun_follows_directly = noun_start >= number.end and not gap
        ranked = noun_class in RANKED_NOUNS and (noun_follows_directly
                                                 or noun_start < number.start)
        if (kind == "signatories" and noun_follows_directly) or (
                ranked and kind in ("signatories", "ratifications")):
            pass  # "the 73rd signatory", "the 21st State Party": the total it reached
        elif kind not in ("threshold", "ratifications"):
            return None
        else:
            kind = "threshold"
    return kind


def _joined_claim(sentence: Sentence, number: Number, noun: tuple[str, int, int, int],
                  kind: str, after_end: int, keywords: list[Keyword],
                  clauses: list[int]) -> Claim:
    """"signed ..., joining 71 other countries": the signer and the 71, a total (of
    parties: "joins the four States that have already ratified")."""
    _, noun_start, noun_end, _ = noun
    number = replace(number, value=number.value + joined_names(sentence, number, clauses))
    bloc = joined_group(sentence, number, after_end, noun_start, noun_end)  # "": a day's
    return Claim(min(number.start, noun_start), max(noun_end, number.end), number,
                 _stated_qualifier(sentence, number, after_end)[1],
                 "subset" if bloc is not None else "ratifications" if kind == "ratifications"
                 and not any(k.kind == "sign" for k in keywords)
                 and not joined_only(sentence, keywords) else "signatories",
                 None, bloc or None)  # "with twelve other EU States": a bloc's N + 1


def _base_or_owned(sentence: Sentence, noun: tuple[str, int, int, int], start: int,
                   scoped: str | None, keywords: list[Keyword]) -> bool:
    """A base ("Of the 193 member States, 72 have signed": 193 is no claim) or a bloc's
    own size ("its 27 member States", "Interpol, which has 196 member countries")."""
    text, language = sentence.text, sentence.language
    noun_class = noun[0]
    if (language.bases is not None and language.bases.search(text[:start])
            and noun_class not in ("signers", "parties", "instruments") and not scoped
            and not counted_base(sentence, noun, start, keywords)):
        return True
    return (noun_class == "states" and language.owners is not None
            and language.owners.search(text[:start]) is not None)


def _subset(sentence: Sentence, number: Number, noun: tuple[str, int, int], kind: str,
            part: tuple[str, str | None] | None, scoped: str | None, keywords: list[Keyword],
            clauses: list[int], base: Number | None, after_end: int) -> str | None:
    """The group a count of States is part of ("" for a part of no named group, as a
    day's signatures), or None for a total."""
    _, noun_start, noun_end = noun
    window = (noun_start, noun_end)
    anchor = number.start  # where the count's noun stands: a region's clause holds it
    elliptical = (noun_start, noun_end) == (number.start, number.end)
    if elliptical and not number.noun_class:
        antecedent = states_antecedent(sentence, number.start)  # elliptical: its noun's words
        if antecedent is not None:
            window = (words_before(sentence, antecedent[0], 2), antecedent[1])
            anchor = antecedent[0]
    head = counted_set_start(sentence, number)
    if head is not None:  # "the number of African States that signed rose to 18"
        window = (min(head, window[0]), window[1])
    # "9 of the 72 signatories": 72 is all, unless its noun names a group ("of the
    # nine ASEAN States that signed")
    subset = (subset_group(sentence, number, after_end, *window) if not number.whole
              else named_group(sentence, number.end, noun_end))
    total = after_total_marker(sentence, number)  # "bringing the total to 72"
    if total and subset == "":
        subset = None
    if (subset is None and elliptical and not total
            and increment_next_to(sentence, number, after_end)):
        subset = ""  # "a further seven signed", "otros siete", "seven more signed"
    if subset is None and elliptical and kind == "signatories":
        subset = part_of_signed(sentence, number, after_end,
                                states_antecedent(sentence, number.start), keywords)
    if subset is None and kind != "attending_states" and not total:
        subset = _context_group(sentence, number, noun, kind, part, scoped, keywords,
                                clauses, base, after_end, anchor)
    if subset == "" and named_partner(sentence, number):
        subset = None  # "Brasil e mais 71 assinam": the name and the others, a total
    if subset == "" and (kind == "attending_states" or headed_total(sentence, number, head)):
        subset = None  # "110 countries attended the opening session": attendance; "the
        # number of signatories exceeded sixty before lunch": the total by then
    return subset


def _context_group(sentence: Sentence, number: Number, noun: tuple[str, int, int], kind: str,
                   part: tuple[str, str | None] | None, scoped: str | None, keywords: list[Keyword],
                   clauses: list[int], base: Number | None, after_end: int,
                   anchor: int) -> str | None:
    """A group the count's own words do not name: its base's, its bloc's, one named before
    it, its region's, its scope's or the sentence's topic."""
    signing = [(k.start, k.end) for k in keywords if k.kind == "sign"]
    subset = (base_group(sentence, base, number)  # "Of the ten ASEAN members, 8 ..."
              or own_members_group(sentence, number, after_end)
              or member_base_group(sentence, number)  # "of those member States, 20"
              or group_of_them(sentence, number, after_end,
                               clause_of(number, clauses, len(sentence.text))[1])
              or (part[1] if part else None)
              or group_before(sentence, number, noun,
                              signing, contrast_clause(sentence, number, clauses)
                              if kind == "signatories" else None)
              or opening_region(sentence, number, anchor) or scoped)
    if subset is None:  # "Africa led, with 20 countries": the sentence's topic
        subset = topic_group(sentence, number, noun[2])
    return subset


def _stated_qualifier(sentence: Sentence, number: Number, after_end: int) -> tuple[int, str]:
    """The qualifier written before or after the number ("exact" when none is)."""
    start, before = qualifier_before(sentence.text, number.start, sentence.language)
    _, after = qualifier_after(sentence.text, number.end, sentence.language)
    stated = [q for q in (before, after, number.qualifier) if q and q != "exact"]
    return start, stated[0] if stated else "exact"
