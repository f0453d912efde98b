"""One sentence -> its numeric claims: numbers, nouns, kind keywords, qualifiers, subsets.

``find_claims(sentence, language, patterns)`` applies the compiled patterns
(``analysis.claim_patterns``) to one sentence (``analysis.claim_split`` cuts a paragraph
into sentences; ``analysis.claim_numbers`` finds the numbers). Offsets are those of the
sentence as given: Arabic vowel marks are dropped and digits of every script read as ASCII
on a copy, with an offset map back
(``analysis.numbers.normalise``). ``analysis.claims`` turns the claims into table rows.
Helpers: ``analysis.claim_text`` (tokens, nouns, clauses), ``analysis.claim_keywords``
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
from analysis.claim_colons import noun_before_colon
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
from analysis.claim_fractions import find_fractions, without_fractions
from analysis.claim_group_names import group_name_end, group_name_spans
from analysis.claim_inclusions import includes_the_eu
from analysis.claim_increments import (
    after_total_marker,
    bare_increment,
    bare_part,
    marked_total,
    parts_of_a_total,
)
from analysis.claim_interpositions import before_session, relative_head_noun
from analysis.claim_keywords import (
    claim_kind,
    find_keywords,
    negated,
    without_foreign_thresholds,
)
from analysis.claim_marks import passed_mark, without_crossed_marks
from analysis.claim_numbers import find_numbers
from analysis.claim_ordinals import RANKED_NOUNS, noun_before_ordinal
from analysis.claim_origins import attended_from
from analysis.claim_parallels import Reader, parallel_claims, without_gapping_dashes
from analysis.claim_patterns import Language, Patterns
from analysis.claim_references import (
    back_reference,
    bare_threshold,
    counted_before,
    distant_total,
    labelled_count,
    last_counted_noun,
    total_named_next,
)
from analysis.claim_remaining import first_rank_spans, is_remaining
from analysis.claim_repeated_totals import with_restated_total, without_repeated_totals
from analysis.claim_restatements import negated_after, with_restatements
from analysis.claim_roles import (
    PART_OF_SIGNATORIES,
    acting_base,
    acting_states,
    contrast_clause,
    indefinite_article,
    named_group,
    outside_relatives,
    part_of_opening_base,
    relative_to,
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
    GAP_WORD,
    WIDE_CLAUSE_MARKS,
    WIDE_STOPS,
    Claim,
    Keyword,
    Sentence,
    clause_of,
    noun_at,
    qualifier_after,
    qualifier_before,
    sentence_of,
    starts,
    words_after,
    words_before,
)
from analysis.claim_topics import topic_group
from analysis.claim_treaties import names_this_treaty, other_treaty, without_named_bodies
from analysis.numbers import Number, normalise

_NAMES_AFTER = re.compile(r"[\u2013\u2014(]\s*[^\W\d_]")
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
    def start(i: int) -> int:
        return positions[i] if i < len(positions) else length

    def end(i: int) -> int:  # up to the next kept character: "دولةً" keeps its mark
        return positions[i] if i < len(positions) else length

    number = replace(claim.number, start=start(claim.number.start), end=end(claim.number.end))
    return replace(claim, start=start(claim.start), end=end(claim.end), number=number)


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
    ranks = first_rank_spans(parsed, kept)  # "among the first 40 to ratify": no claim
    for number in kept:
        if is_remaining(parsed, number) or any(a <= number.start < b for a, b in ranks):
            continue  # "36 to go", "among the first 40 to ratify": no claim
        own_keywords = without_foreign_thresholds(keywords, number, owners, clauses,
                                                  len(parsed.text))
        claim = _claim(parsed, number, patterns, own_keywords, clauses, base)
        if claim is not None:
            claims.append(claim)
        elif not (other_treaty(parsed.text, number, clauses, language)
                  or _non_state(parsed.text, number, clauses, language, None)
                  or _noun_after(parsed, number.end, patterns)  # "up from 65 companies"
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
        clauses = _clause_starts(sentence.text, sentence.language, list(sentence.numbers))
        return _claim(sentence, number, patterns, find_keywords(sentence), clauses, base)
    return read


def unmasked(text: str, numbers: list[Number], language: Language) -> list[Number]:
    """The numbers outside excluded phrases (a date, a percentage, an amount: "65 por
    ciento", "20 million")."""
    kept: list[Number] = []
    masked_until = 0  # end of the last excluded phrase
    for number in numbers:
        if number.start < masked_until:
            continue
        excluded_end = _excluded_end(text, number, language)
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
              and (_excluded_end(text, n, sentence.language) is None
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
    inside = [(n.start, n.end) for n in numbers] + group_name_spans(sentence, language)
    if language.joins is not None:
        inside += [m.span() for m in language.joins.finditer(sentence)]
    return sorted(b for b in breaks if not any(start < b < end for start, end in inside)
                  and not any(n.start == b for n in numbers))


def _claim(sentence: Sentence, number: Number, patterns: Patterns,
           keywords: list[Keyword], clauses: list[int],
           base: Number | None = None) -> Claim | None:
    text, language = sentence.text, sentence.language
    after_end, after_qualifier = qualifier_after(text, number.end, language)
    if number.noun_from is not None:
        after_end = number.noun_from
    if (language.ordinal_prefix is not None and not number.ordinal
            and language.ordinal_prefix.search(text[:number.start])):
        number = replace(number, ordinal=True)
    own = (number.noun_class, number.start, number.end, 0) if number.noun_class else None
    noun = own or _noun_after(sentence, after_end, patterns,
                              frozenset(k.start for k in keywords if k.kind == "sign"))
    if number.ordinal and (noun is None or noun[3] or noun[0] == "instruments"):
        # "negara penandatangan ke-73"; "quốc gia thứ 9 phê chuẩn": the ninth State to ratify
        noun = noun_before_ordinal(sentence, number) or noun
    noun = (noun or labelled_count(sentence, number)  # "Ratifications: 3"
            or _noun_before(sentence, number, patterns, clauses) or scoped_noun(sentence, number)
            or relative_head_noun(sentence, number, keywords)  # "签署的国家共七十二个"
            or _elliptical(sentence, number, after_end, keywords, patterns)
            or bare_increment(sentence, number, after_end, keywords)  # "sieben weitere"
            or noun_before_colon(sentence, number) or amount_noun(sentence, number)  # "staten: 15"
            or bare_part(sentence, number)  # "70 had signed, of which 6 on Sunday"
            or distant_total(sentence, number, clauses) or others_noun(sentence, number, keywords)
            or total_named_next(sentence, number, clauses) or marked_total(sentence, number)
            or bare_threshold(sentence, number, after_end, keywords)
            or (("signers", number.start, number.end, 0)  # "seventy-two, counting the EU"
                if includes_the_eu(sentence, number) else None))
    tally = noun is None  # "waren es achtzehn": a tally of an earlier noun, never a condition
    part = marked_part(sentence, number)  # "成员国中的十九个"
    noun = (noun or back_reference(sentence, number) or base_noun(sentence, base, number)
            or (part and (part[0], number.start, number.end, 0)))
    if noun is None:
        return None
    noun_class, noun_start, noun_end, gap = noun
    if (language.noun_not_followed_by is not None and noun_start >= number.end
            and language.noun_not_followed_by.match(text, noun_end)):
        return None
    number_text = text[number.start:number.end]
    noun_follows_directly = noun_start >= number.end and not gap
    if patterns.year_like.fullmatch(number_text) and not noun_follows_directly:
        return None
    if number.ordinal and gap:
        return None  # "the ninetieth day after ... instrument"
    if language.rates is not None and any(language.rates.match(text, at)
                                          for at in (number.end, noun_end)):
        return None  # "roughly two deposits a month": a pace, not a count of States
    if indefinite_article(sentence, number, noun_start):
        return None  # "el octavo Estado parte de un acuerdo": "un" is an article, no count
    kind, keyword = claim_kind(noun_class, sentence, number, keywords, clauses, patterns,
                               conditional=not tally)
    if kind in ("threshold", "signatories") and (
            mark := passed_mark(sentence, number, noun[:3], keywords, clauses)):
        kind, number = "signatories", replace(number, qualifier=number.qualifier or mark)
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
    scoped = scoped_group(sentence, number, noun_end) if noun_class == "states" else None
    if kind is None and (includes_the_eu(sentence, number) or scoped):
        kind = "signatories"  # "72, including the EU"; "Among the signatories, 20 Africans"
    if kind is None and noun_class == "total" and (counted := counted_before(sentence,
                                                                          noun_start)):
        kind = patterns.kinds[counted].get("any")
    if noun_class == "states" and attended_from(sentence, number, clauses, kind, keyword,
                                                keywords):
        kind = "attending_states"  # "2,500 delegates from 110 countries attended"
    if (kind in (None, "other") or (negated(sentence, keyword)
                                       and not unlike_others(sentence, number))
            or _non_state(text, number, clauses, language, keyword)
            or other_treaty(text, number, clauses, language)):
        return None
    if number.ordinal:
        ranked = noun_class in RANKED_NOUNS and (noun_follows_directly
                                                 or noun_start < number.start)
        if (kind == "signatories" and noun_follows_directly) or (
                ranked and kind in ("signatories", "ratifications")):
            pass  # "the 73rd signatory", "the 21st State Party": the total it reached
        elif kind not in ("threshold", "ratifications"):
            return None
        else:
            kind = "threshold"
    if (number.value == 1 and kind == "signatories" and not number.ordinal
            and one_more(sentence, number, after_end, noun_start, noun_end)):
        # "satu negara lagi", "one more country": new signatures of one, a subset
        return Claim(min(number.start, noun_start), max(noun_end, number.end), number,
                     "exact", "subset", keyword.text if keyword else None, None)
    if number.value < patterns.min_value_kinds.get(kind, patterns.min_value):
        return None
    if joins_others(sentence, number, after_end, (noun_class, noun_end), clauses, keywords):
        # "signed ..., joining 71 other countries": the signer and the 71, a total (of
        # parties: "joins the four States that have already ratified")
        number = replace(number, value=number.value + joined_names(sentence, number, clauses))
        bloc = joined_group(sentence, number, after_end, noun_start, noun_end)  # "": a day's
        return Claim(min(number.start, noun_start), max(noun_end, number.end), number,
                     _stated_qualifier(sentence, number, after_end)[1],
                     "subset" if bloc is not None else "ratifications" if kind == "ratifications"
                     and not any(k.kind == "sign" for k in keywords)
                     and not joined_only(sentence, keywords) else "signatories",
                     None, bloc or None)  # "with twelve other EU States": a bloc's N + 1
    start, before_qualifier = qualifier_before(text, number.start, language)
    if (language.bases is not None and language.bases.search(text[:start])
            and noun_class not in ("signers", "parties", "instruments") and not scoped
            and not acting_base(sentence, noun_end, keywords)):
        return None  # "Of the 193 member States, 72 have signed": 193 is no claim
    if (noun_class == "states" and language.owners is not None
            and language.owners.search(text[:start])):
        return None  # "its 27 member States", "Interpol, which has 196 member countries"
    if after_qualifier is None and noun_start >= number.end:
        noun_end, after_qualifier = qualifier_after(text, noun_end, language)  # "60 negara lebih"
    stated = [q for q in (before_qualifier, after_qualifier, number.qualifier) if q]
    qualifier = next((q for q in stated if q != "exact"), "exact")
    if number.value_high is not None:
        qualifier = "range"
    span_start, span_end = min(start, noun_start), max(noun_end, number.end)
    group = None
    if kind in ("signatories", "ratifications", "attending_states"):
        window = (noun_start, noun_end)
        anchor = number.start  # where the count's noun stands: a region's clause holds it
        elliptical = (noun_start, noun_end) == (number.start, number.end)
        if elliptical and not number.noun_class:
            antecedent = _antecedent(sentence, number.start)  # elliptical: its noun's words
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
                                    _antecedent(sentence, number.start), keywords)
        if subset is None and kind != "attending_states" and not total:
            signing = [(k.start, k.end) for k in keywords if k.kind == "sign"]
            subset = (base_group(sentence, base, number)  # "Of the ten ASEAN members, 8 ..."
                      or own_members_group(sentence, number, after_end)
                      or member_base_group(sentence, number)  # "of those member States, 20"
                      or group_of_them(sentence, number, after_end,
                                       clause_of(number, clauses, len(text))[1])
                      or (part[1] if part else None)
                      or group_before(sentence, number, (noun_class, noun_start, noun_end),
                                      signing, contrast_clause(sentence, number, clauses)
                                      if kind == "signatories" else None)
                      or opening_region(sentence, number, anchor) or scoped)
            if subset is None:  # "Africa led, with 20 countries": the sentence's topic
                subset = topic_group(sentence, number, noun_end)
        if subset == "" and named_partner(sentence, number):
            subset = None  # "Brasil e mais 71 assinam": the name and the others, a total
        if subset == "" and (kind == "attending_states" or headed_total(sentence, number, head)):
            subset = None  # "110 countries attended the opening session": attendance; "the
            # number of signatories exceeded sixty before lunch": the total by then
        if subset is not None:
            kind, group = subset_kind(sentence, kind, subset, keyword), subset or None
            if not kind or number.value < patterns.min_value_kinds.get(kind, patterns.min_value):
                return None  # "the first African State Party", "two Arab States ratified"
    return Claim(span_start, span_end, number, qualifier, kind,
                 keyword.text if keyword else None, group)


def _elliptical(sentence: Sentence, number: Number, after_end: int, keywords: list[Keyword],
                patterns: Patterns) -> tuple[str, int, int, int] | None:
    """"100 countries attended and 65 signed", "конвенцию подписали 72": a bare number
    next to a kind keyword, after a States noun earlier in the sentence, counts States."""
    text = sentence.text
    kinds = ("sign", "ratify", "attend", "threshold")
    them = (sentence.language.of_them.match(text[after_end:].lstrip())
            if sentence.language.of_them is not None else None)
    gap_from = after_end  # "sixty-five of them had already signed": the verb after "of them"
    if them is not None:
        gap_from = after_end + len(text[after_end:]) - len(text[after_end:].lstrip()) + them.end()
    after = words_after(sentence, gap_from, patterns.max_gap_words + 1)
    follows = [k for k in keywords if after_end <= k.start < after and k.kind in kinds]
    if follows and any(ch.isdigit() for ch in text[after_end:follows[0].start]):
        follows = []
    rest = text[after_end:].lstrip()
    if sentence.language.of_them is not None and (them := sentence.language.of_them.match(
            rest)):
        rest = rest[them.end():].lstrip()  # "signed by 72 of them."
    names = _NAMES_AFTER.match(rest)  # "подписали пять - Россия, ...": a list of them
    ends_clause = not rest or rest[0] in ".,;:!?" + WIDE_STOPS + WIDE_CLAUSE_MARKS or bool(
        names and names.group()[-1].isupper())
    before = words_before(sentence, before_session(sentence, number.start), 3)  # "haben erst drei"
    precedes = [k for k in keywords if before < k.end <= number.start
                and k.kind in kinds]
    if not follows and not (ends_clause and precedes) and part_of_signed(
            sentence, number, after_end, _antecedent(sentence, number.start),
            keywords) is None:
        return None  # "dont 65 lors de la première journée": a part of those who signed
    if _antecedent(sentence, number.start) is None:
        acts = follows[:1] + (precedes[-1:] if ends_clause else [])
        if (any(k.kind == "ratify" for k in acts)
                and last_counted_noun(sentence, number.start) == "instruments"):
            # "needs 40 ratifications; only four have been deposited": instruments
            return "instruments", number.start, number.end, 0
        them_of = gap_from if last_counted_noun(sentence, number.start) == "signers" else after_end
        if not _headline_count(sentence, them_of, follows, precedes if ends_clause else []):
            return None
    return "states", number.start, number.end, 0


def _headline_count(sentence: Sentence, after_end: int, follows: list[Keyword],
                    precedes: list[Keyword]) -> bool:
    """Headline ellipsis with no States noun at all: "72 sign, 121 stay away", "treaty
    signed by 72": only right next to a signing or ratifying verb."""
    acts, text = ("sign", "ratify"), sentence.text
    gap = text[after_end:follows[0].start].strip() if follows else ""
    others = sentence.language.others  # "Kenya and 71 others sign"
    if follows and follows[0].kind in acts and (not gap or (others and others.fullmatch(gap))):
        return True
    if follows and follows[0].kind in acts and relative_to(sentence, after_end):
        return True  # "among the 72 that signed", "les 72 qui ont signé"
    return bool(precedes) and precedes[-1].kind in acts


def _antecedent(sentence: Sentence, position: int) -> tuple[int, int] | None:
    """The span of the last States noun before ``position``."""
    spans = [(s, found[1]) for s in starts(sentence, 0, position)
             if (found := noun_at(sentence, s)) and found[0] == "states"
             and found[1] <= position]
    return spans[-1] if spans else None


def _excluded_end(sentence: str, number: Number, language: Language) -> int | None:
    """End of the excluded phrase (a date, percentage, amount) that the number starts."""
    follows = language.not_followed_by and language.not_followed_by.match(sentence[number.end:])
    if follows:
        return number.end + follows.end()
    if language.not_preceded_by and language.not_preceded_by.search(sentence[:number.start]):
        return number.end
    return None


def _noun_after(sentence: Sentence, position: int, patterns: Patterns,
                verbs: frozenset[int] = frozenset()) -> tuple[str, int, int, int] | None:
    """(noun class, start, end, words skipped) for the first noun within the gap; the
    search stops at a signing word (``verbs``: where they start): "20 signed in person"
    counts those who signed, not persons."""
    text, language = sentence.text, sentence.language
    if language.cjk:
        return _cjk_noun_after(sentence, position, patterns)
    for gap in range(patterns.max_gap_words + 1):
        at = position + len(text[position:]) - len(text[position:].lstrip())
        found = noun_at(sentence, at)
        if found:
            return found[0], at, found[1], gap
        word = GAP_WORD.match(text, position)
        if word is None or (language.gap_stops and language.gap_stops.fullmatch(word.group(1))):
            return None  # "15 cyberattacks on signatory countries": the count is of attacks
        if word.start(1) in verbs:
            return None
        position = max(word.end(), group_name_end(sentence, at) or 0)  # a group name: one word
    return None


def _cjk_noun_after(sentence: Sentence, position: int,
                    patterns: Patterns) -> tuple[str, int, int, int] | None:
    text, language = sentence.text, sentence.language
    for gap in range(patterns.max_gap_chars + 1):
        at = position + gap
        if at >= len(text) or text[at] in ",.;:" + WIDE_STOPS + WIDE_CLAUSE_MARKS:
            return None
        if language.classifiers is not None and gap == 0:
            classifier = language.classifiers.match(text, at)
            if classifier:
                found = noun_at(sentence, classifier.end())
                if found:
                    return found[0], at, found[1], 0
        found = noun_at(sentence, at)
        if found:
            return found[0], at, found[1], gap
    return None


def _noun_before(sentence: Sentence, number: Number, patterns: Patterns,
                 clauses: list[int]) -> tuple[str, int, int, int] | None:
    """A noun that names the count itself, earlier in the number's clause ("the number of
    signatories rose to 72", "签署国已达72个")."""
    text = sentence.text
    clause_start = max((c for c in clauses if c <= number.start), default=0)
    tally = sentence.language.back_references
    opens, _ = qualifier_before(text, number.start, sentence.language)
    while (clause_start and text[clause_start] in "(\uff08"  # "the signatories (72 in all)",
           and not (tally and tally.search(text[:opens], clause_start))):  # "(on en est à 7)"
        clause_start = max((c for c in clauses if c < clause_start), default=0)
    if sentence.language.cjk:
        window = range(max(clause_start, number.start - 4 * patterns.max_lead_words),
                       number.start)
        starts = list(window)
    else:
        starts = [s for s, _, _ in sentence.tokens if clause_start <= s < number.start]
        limit = sentence.language.max_lead_words or patterns.max_lead_words
        starts = starts[-limit:] if limit else []
    for at in reversed(starts):
        found = noun_at(sentence, at)
        if found is None or found[1] > number.start:
            continue
        between = text[found[1]:number.start]
        adjacent = sentence.language.adjacent_lead_nouns and not between.strip(" ال")
        if found[0] in patterns.lead_noun_classes or adjacent:
            return found[0], at, found[1], 0
    return _gapped_noun(sentence, number, patterns, clause_start)


def _gapped_noun(sentence: Sentence, number: Number, patterns: Patterns,
                 clause_start: int) -> tuple[str, int, int, int] | None:
    """"Palermo drew 124 signatures; Hanoi gathered 72": a bare count in a clause naming
    this treaty takes the count noun of an earlier clause."""
    this_treaty = sentence.language.this_treaty
    if this_treaty is None:
        return None
    named = [m for m in this_treaty.finditer(sentence.text, 0, number.start)
             if m.start() >= clause_start or m.end() >= number.start - 3]
    between = sentence.text[named[-1].end():number.start] if named else ""
    if not named or any(ch.isdigit() for ch in between) or len(between.split()) > 4:
        return None  # "Hanoi gathered 72 in two": only the count right after the name
    for at in reversed(starts(sentence, 0, named[-1].start())):
        found = noun_at(sentence, at)
        if found and found[0] in ("signers", "instruments") and found[1] <= named[-1].start():
            return found[0], number.start, number.end, 0
    return None


def _non_state(text: str, number: Number, clauses: list[int], language: Language,
               keyword: Keyword | None) -> bool:
    """A count in a clause about companies or NGOs, or of what was signed with them
    ("signed cooperation agreements with 12 countries"); this treaty's own name ("the UN
    convention on cybercrime") is not another treaty."""
    if language.non_state_actors is None:
        return False
    if language.this_treaty is not None:
        if language.other_treaties is not None and names_this_treaty(text, number, clauses,
                                                                     language):
            # "verglichen mit Budapest ... die 72 Unterzeichner von Hanoi": this treaty's
            text = language.other_treaties.sub(lambda m: " " * len(m.group()), text)
        text = without_named_bodies(text, language)
    low, high = clause_of(number, clauses, len(text))
    windows = [text[low:high]]
    if keyword is not None and keyword.end <= number.start:  # the verb's object
        windows.append(outside_relatives(text[keyword.end:number.start], language))
    clause = (not _added_after(text, number, low + actor.start(), language)
              for actor in language.non_state_actors.finditer(windows[0]))
    return any(clause) or any(language.non_state_actors.search(w) for w in windows[1:])


def _added_after(text: str, number: Number, actor_start: int, language: Language) -> bool:
    """"delegations from 100 countries as well as several organisations": actors added
    after the count (with no count of their own) are not what it counts."""
    between = text[number.end:actor_start]
    return actor_start > number.end and any(  # "..., as rights groups cry foul"
        pattern is not None and pattern.search(between)
        for pattern in (language.inclusions, language.subordinators))


def _stated_qualifier(sentence: Sentence, number: Number, after_end: int) -> tuple[int, str]:
    """The qualifier written before or after the number ("exact" when none is)."""
    start, before = qualifier_before(sentence.text, number.start, sentence.language)
    _, after = qualifier_after(sentence.text, number.end, sentence.language)
    stated = [q for q in (before, after, number.qualifier) if q and q != "exact"]
    return start, stated[0] if stated else "exact"
