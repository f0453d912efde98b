"""Kind keywords in a sentence ("signed", "ratified", "attended", "needs ... to enter into
force") and the claim kind a count takes from its noun class and the nearest of them
(``analysis.claim_sentences`` finds the claims)."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from analysis.claim_agents import agent_keyword
from analysis.claim_conditions import conditions_effect, follows_delay
from analysis.claim_followers import as_signings
from analysis.claim_joinings import describing, is_joining, joinings_of_the_act
from analysis.claim_partitive_attendance import without_partitive_attendance
from analysis.claim_patterns import Patterns
from analysis.claim_people_parts import part_of_attendees
from analysis.claim_semicolon_parts import without_other_parts
from analysis.claim_text import Keyword, Sentence, clause_of, words_after, words_before
from analysis.numbers import Number

_ACTS = ("sign", "ratify", "attend")  # the acts a pro-verb ("did so") may stand for
_PROCEDURE_WORDS = 3  # "el trámite parlamentario de ratificación": within so many words
_NEGOTIATION_WORDS = 4  # "an den Verhandlungen teilnahmen", "took part in the talks"
_PARTICIPANT_WORDS = 4  # "69 participants to sign", "وقّعت 69 جهة": the signing next to them
_SIGNING_JOINED_WORDS = 3  # "aderiram à assinatura": the signing as the object of accession
_JOINED_SIGNERS_WORDS = 6  # "joined the convention as signatories", within so many words
_PRESENCE_WORDS = 3  # "100 countries in Hanoi", "cem países reunidos no Vietname"
_CLAUSE_OR_COUNT = re.compile(r"[,;:.!?\d\u3002\uff0c\uff1b\uff1a]")
_CLAUSE_OPENING = re.compile(r"[\s,;\u060c\uff0c\uff1b]*")  # punctuation before a coordinator


def find_keywords(sentence: Sentence) -> list[Keyword]:
    """The kind keywords of a sentence, by surface pattern and by lemma, without those
    inside a longer one or undone by the words after them."""
    language = sentence.language
    found = [
        Keyword(kind, m.start(), m.end(), sentence.text[m.start():m.end()])
        for kind, pattern in language.keywords
        for m in pattern.finditer(sentence.text)
    ]
    for start, end, forms in sentence.tokens:
        for kind, pattern in language.keyword_lemmas:
            if any(pattern.fullmatch(form) for form in forms):
                found.append(Keyword(kind, start, end, sentence.text[start:end]))
    # a purpose of being there is attendance, else the signing inside it stays
    found = [replace(k, kind="attend") if k.kind == "purpose" and _present(sentence, k, found)
             else k for k in found if k.kind != "purpose" or _present(sentence, k, found)]
    found = as_signings(sentence, found)  # "three more followed": a signing
    # "signing ceremony" (attend) hides the "signing" (sign) inside it
    found = [k for k in found if not any(
        o.start <= k.start and k.end <= o.end
        and ((o.end - o.start) > (k.end - k.start) or (o.kind == "event" != k.kind))
        for o in found)]  # one word: "ondertekeningsceremonie" is an event, no signing
    found = [*_outside_corrections(sentence, found), *_pro_verbs(sentence, found)]
    # "devem assinar", "doivent signer", "must sign": a modal before signing, no threshold;
    # "joined ... as signatories", "انضمت إلى قائمة الموقعين": joining the signatories, no
    # accession
    found = [k for k in found if not _steps_short(sentence, k)]
    return joinings_of_the_act(sentence, [k for k in found
            if not (k.kind == "threshold" and _followed_by_signing(sentence, k, found, 2))
            and not (k.kind == "ratify" and _joins(sentence, k)
                     and _followed_by_signing(sentence, k, found, _JOINED_SIGNERS_WORDS))
            and not (k.kind == "ratify" and _accedes(sentence, k, found))
            and not (k.kind == "attend" and _after_cutoff(sentence, k))])


def _after_cutoff(sentence: Sentence, keyword: Keyword) -> bool:
    """"bis zum Ende der Zeremonie", "by the end of the ceremony": the event named after a
    cutoff of more than one word dates a count, it is no attendance (a one-word cutoff, vi
    "tới", is also a verb of coming: "tới tham dự", came to attend)."""
    cutoffs = sentence.language.cutoffs
    found = cutoffs.search(sentence.text[:keyword.start]) if cutoffs is not None else None
    return found is not None and len(found.group().split()) > 1


def _outside_corrections(sentence: Sentence, found: list[Keyword]) -> list[Keyword]:
    """"Il fallait lire 65", "it should have said 65": the words that give a corrected
    figure are no kind keyword (no "need", no threshold)."""
    pattern = sentence.language.corrected_words
    if pattern is None:
        return found
    spans = [m.span() for m in pattern.finditer(sentence.text)]
    return [k for k in found if not any(start <= k.start < end for start, end in spans)]


def _pro_verbs(sentence: Sentence, found: list[Keyword]) -> list[Keyword]:
    """"only five have done so", "solo lo han hecho cinco", "seuls cinq l'ont fait": a verb
    that stands for the last act named before it (``pro_verbs``; a venue such as a ceremony
    is no act) is a keyword of that act's kind."""
    pattern = sentence.language.pro_verbs
    if pattern is None:
        return []
    venues = sentence.language.venues  # "al cierre de la ceremonia": a place, not an act
    acts = sorted((k for k in found if k.kind in _ACTS
                   and not (venues is not None and venues.fullmatch(k.text))),
                  key=lambda k: k.end)
    pro = []
    for match in pattern.finditer(sentence.text):
        before = [k for k in acts if k.end <= match.start()]
        # "which 72 did": a relative's verb (group ``verb``) after its count
        if before and not _names_its_act(sentence, match, acts):
            at = "verb" if "verb" in pattern.groupindex and match.group("verb") else 0
            pro.append(Keyword(before[-1].kind, *match.span(at), match.group(at)))
    return pro


def _names_its_act(sentence: Sentence, match: re.Match[str], acts: list[Keyword]) -> bool:
    """"of which 6 have ratified it", "of which the ratification has been carried out by
    6": an act word inside the match or within two words after it is the clause's own act;
    the auxiliary stands for no earlier one."""
    high = words_after(sentence, match.end(), 2)
    return any(match.start() <= k.start < high for k in acts)


def _present(sentence: Sentence, keyword: Keyword, found: list[Keyword]) -> bool:
    """"Ruim honderd landen in Hanoi voor ondertekening", "reunidos ... para assinar",
    "съехались в Ханой на подписание": a signing given as the purpose of being there
    (``purpose`` keywords) after a stated presence (an attendance word or a ``presence``
    place, "in Hanoi") is attendance: signature is not stated. Without a presence before
    it ("72 States are expected to sign") the signing word inside it stays a signing."""
    presence = sentence.language.presence
    places = presence.finditer(sentence.text, 0, keyword.start) if presence else iter(())
    ends = [k.end for k in found if k.kind == "attend" and k.end <= keyword.start]
    ends += [m.end() for m in places]
    # in the same clause, with no count between: "100 attended; 65 are expected to sign"
    return any(not _CLAUSE_OR_COUNT.search(sentence.text, end, keyword.start)
               for end in ends)


def presence_after(sentence: Sentence, number: Number, clause_end: int) -> Keyword | None:
    """"Über 100 Länder in Hanoi: ...": the venue (``presence``) within a few words after a
    count, in its clause, as an attendance word."""
    presence = sentence.language.presence
    if presence is None:
        return None
    limit = min(clause_end, words_after(sentence, number.end, _PRESENCE_WORDS))
    found = presence.search(sentence.text, number.end, clause_end)
    if found is None or found.start() > limit:
        return None
    return Keyword("attend", found.start(), found.end(), found.group())


def _steps_short(sentence: Sentence, keyword: Keyword) -> bool:
    """"han iniciado el trámite de ratificación", "the ratification bill": a procedure
    word next to a ratifying word is a step short of ratifying; "an den Verhandlungen
    teilnahmen", "took part in the negotiations": taking part in the negotiations is no
    attendance at the Convention's events. A completed procedure is a ratification."""
    language, text = sentence.language, sentence.text
    pattern = {"ratify": language.procedures, "attend": language.negotiations}.get(
        keyword.kind)
    if pattern is None:
        return False
    reach = _PROCEDURE_WORDS if keyword.kind == "ratify" else _NEGOTIATION_WORDS
    low = words_before(sentence, keyword.start, reach)
    high = words_after(sentence, keyword.end, reach)
    if not (pattern.search(text, low, keyword.start) or pattern.search(text, keyword.end, high)):
        return False
    done = language.completions  # "have completed the ratification procedure": ratified
    return not (keyword.kind == "ratify" and done is not None and done.search(
        text, words_before(sentence, low, reach), high))


def _accedes(sentence: Sentence, keyword: Keyword, found: list[Keyword]) -> bool:
    """"aderiram à assinatura", "se adhirieron a la firma", "присоединились к подписанию",
    "加入签署": a verb of accession (``accessions``) whose object is the signing joins the
    signing, no accession."""
    language = sentence.language
    if language.accessions is None or language.accessions.fullmatch(keyword.text) is None:
        return False
    if language.cjk:
        limit = words_after(sentence, keyword.end, _SIGNING_JOINED_WORDS)
    else:  # the words, not the counts: "انضمت 70 دولة إلى التوقيع" (the subject between)
        after = [end for start, end, _ in sentence.tokens if start >= keyword.end]
        words = _SIGNING_JOINED_WORDS + (2 if language.verb_first else 0)
        limit = after[min(words, len(after)) - 1] if after else keyword.end
    if _at_a_signing(sentence, keyword, found):
        return True
    return (any(s.kind == "sign" and keyword.end <= s.start < limit for s in found)
            or any(s.kind == "sign" and s.end <= keyword.start  # "к подписанию присоединились"
                   and words_after(sentence, s.end, 2) >= keyword.end
                   and not _CLAUSE_OR_COUNT.search(sentence.text, s.end, keyword.start)
                   for s in found))


def _at_a_signing(sentence: Sentence, keyword: Keyword, found: list[Keyword]) -> bool:
    """"Brasil assina tratado ...; 72 países aderem", "la firma del tratado, al que se
    espera que se adhieran 60 países": a verb of accession in a sentence about the signing,
    with no other ratifying word, joins the signing (the legal accession comes with its
    instrument or a ratification named beside it)."""
    accessions = sentence.language.accessions
    return (any(k.kind == "sign" and not is_joining(sentence, k)  # ", which signed in
                and not describing(sentence, k, keyword.start) for k in found)  # Hanoi,"
            and not any(k.kind == "ratify" and k is not keyword and accessions is not None
                        and accessions.fullmatch(k.text) is None for k in found))


def _joins(sentence: Sentence, keyword: Keyword) -> bool:
    joins = sentence.language.joins
    return joins is not None and joins.fullmatch(keyword.text) is not None


def _followed_by_signing(sentence: Sentence, keyword: Keyword, found: list[Keyword],
                         words: int) -> bool:
    """A signing word within ``words`` words after ``keyword``."""
    return any(s.kind == "sign" and keyword.end <= s.start
               < words_after(sentence, keyword.end, words) for s in found)


def claim_kind(noun_class: str, sentence: Sentence, number: Number, keywords: list[Keyword],
               clauses: list[int], patterns: Patterns,
               conditional: bool = True) -> tuple[str | None, Keyword | None]:
    """The kind a count of ``noun_class`` takes from the nearest keyword its class maps
    (``kinds`` of the patterns file), and that keyword; ``conditional`` False for a tally,
    which is never an entry-into-force condition."""
    mapping = patterns.kinds.get(noun_class, {})
    low, high = clause_of(number, clauses, len(sentence.text))
    reach = _past_appositive(sentence, clauses, high)  # "72 partijen, onder wie de EU, ..."
    keywords = without_partitive_attendance(sentence, number.end, keywords)  # "72 of those present"
    keywords = without_other_parts(sentence.text, number, keywords)  # "; 2,500 came"
    relevant = _without_venues(sentence, [k for k in keywords if k.kind in mapping
                                          and _in_reach(noun_class, k, low, reach)
                                          and not _across_counts(sentence, noun_class, number,
                                                                 k)], clauses)
    if noun_class == "participants":  # "69 participants signed", not "a ceremony that
        # drew 2,500 participants" after a signing
        relevant = [k for k in relevant if k.kind != "sign" or _next_to(sentence, number, k)]
    if noun_class == "states" and not any(low <= k.start < high for k in relevant) and (
            place := presence_after(sentence, number, high)):
        relevant = [place]  # "Über 100 Länder in Hanoi: ...": no verb of its own
    # "needs 40 ratifications to enter into force": a threshold word in the clause wins
    own = [k for k in relevant if k.kind == "threshold" and (
        low <= k.start < high or _labels(sentence.text, k, number))]  # "Entry into force: 40"
    agent = agent_keyword(sentence, number, relevant)  # "signed by 72 countries"
    keyword = _nearest(number, own or ([agent] if agent else relevant), clauses,
                       sentence.language.verb_first)
    kind = mapping[keyword.kind] if keyword is not None else mapping.get("any")
    if kind is None and noun_class == "people" and part_of_attendees(sentence, number):
        kind = patterns.kinds["delegates"].get("any")  # "2,500 delegates, including 60 ministers"
    if (keyword is not None and keyword.kind == "threshold" and not own
            and "any" in mapping and (keyword.end <= low or not conditional
                                      or _coordinated_after(sentence, keyword, high))):
        # "it needs 40; so far 18 ratifications", "il en faut quarante, on en est à six,
        # pour qu'il entre en vigueur": a count of its own, a tally is never a condition
        kind = mapping["any"]
    if (keyword is not None and keyword.kind == "goal" and "any" in mapping
            and not _aims_at(sentence.text, keyword, number, low, high)):
        kind = mapping["any"]  # "the target is 40; so far 5 ratifications": not its aim
    if (label := _topic_label(sentence, number, keyword, keywords)) is not None:
        kind, keyword = mapping.get(label.kind, kind), label  # "Ratifizierung: 12 sind dabei"
    if keyword is None:  # a word of the count's own clause ("personne ne savait combien
        # signeraient" is another clause's, and its negation too)
        keyword = _nearest(number, [k for k in keywords if low <= k.start < high], clauses)
    if (kind == "ratifications" and "threshold" in mapping
            and any(k.kind == "threshold" and not _coordinated_after(sentence, k, high)
                    for k in keywords)  # "a year after Hanoi ten ratified, but entry
            and conditional and _conditional(sentence, low, number.start)):  # into force ..."
        kind = "threshold"  # "once 40 States have ratified, it enters into force"
    if (kind in (None, "ratifications", "signatories") and "threshold" in mapping and conditional
            and conditions_effect(sentence, number, keywords, low, high)):
        kind = "threshold"  # "it only works when 40 ratify it", "规矩才算数"
    if (kind == "ratifications" and "threshold" in mapping and conditional
            and follows_delay(sentence, low, high)):
        kind = "threshold"  # "ninety days after the 40th country deposits"
    return kind, keyword


def _coordinated_after(sentence: Sentence, keyword: Keyword, high: int) -> bool:
    """A keyword in a later clause joined by a coordinator ("a dozen ratifications, and no
    one expects its entry into force before 2028"): that clause's, not the count's (a
    relative clause, "40 ratifications, which it needs to enter into force", still reaches)."""
    breaks = sentence.language.clause_breaks
    opening = _CLAUSE_OPENING.match(sentence.text, high)
    return (keyword.start >= high and breaks is not None and opening is not None
            and breaks.match(sentence.text, opening.end()) is not None)


def _aims_at(text: str, keyword: Keyword, number: Number, low: int, high: int) -> bool:
    """A goal word names this count's aim: in its clause, or as a label before a colon
    ("Now the real work starts: 40 ratifications")."""
    return low <= keyword.start < high or (
        keyword.end <= number.start
        and _GOAL_LABEL.fullmatch(text, keyword.end, number.start) is not None)


def _topic_label(sentence: Sentence, number: Number, keyword: Keyword | None,
                 keywords: list[Keyword]) -> Keyword | None:
    """A signing or ratifying word as the topic label before a colon ("Ratifizierung:
    Zwölf Staaten sind dabei") names what a bare participation verb ("sind dabei", "zijn
    erbij") of the count's clause means."""
    verbs = sentence.language.label_verbs
    if keyword is None or keyword.kind != "attend" or verbs is None or not verbs.fullmatch(
            keyword.text):
        return None
    return next((k for k in keywords if k.kind in ("sign", "ratify")
                 and not sentence.text[:k.start].strip()  # the label is the word alone
                 and _TOPIC.fullmatch(sentence.text, k.end, number.start)), None)


_TOPIC = re.compile("\\s*[:\uff1a]\\s*(?:\\S+\\s+){0,2}")


def _labels(text: str, keyword: Keyword, number: Number) -> bool:
    """A keyword in a label before a colon that opens the count ("Entry into force: 40")."""
    return keyword.end <= number.start and _GOAL_LABEL.fullmatch(
        text, keyword.end, number.start) is not None


_GOAL_LABEL = re.compile("[^,;.!?:\uff1a]{0,40}[:\uff1a]\\s*(?:\\S+\\s+){0,2}")


def _next_to(sentence: Sentence, number: Number, keyword: Keyword) -> bool:
    """A keyword within a few words of the count (before it, or after it and its noun)."""
    return (words_before(sentence, number.start, _PARTICIPANT_WORDS) <= keyword.start
            and keyword.end <= words_after(sentence, number.end, _PARTICIPANT_WORDS + 1))


def _in_reach(noun_class: str, keyword: Keyword, low: int, high: int) -> bool:
    """States Parties count ratifications; "Parties that signed" only in their own clause:
    the signing word of another clause ("75 signataires et 11 États parties", "jumlah negara
    pihak mencapai sembilan, sementara penandatangan ...") is another count's; so for
    delegations ("100 delegations came, and 72 States signed"; "70 delegations signed") and
    participants ("72 countries signed at a ceremony that drew 2,500 participants")."""
    return not (noun_class in ("parties", "delegations", "participants")
                and keyword.kind == "sign"
                and not low <= keyword.start < high)


def _past_appositive(sentence: Sentence, clauses: list[int], high: int) -> int:
    """The end of the count's clause, past an appositive that lists what it includes right
    after it ("72 partijen, onder wie de Europese Unie, zetten hun handtekening", "72
    Parties, among them the EU, signed"): the verb after the appositive is the count's."""
    pattern, text = sentence.language.of_which, sentence.text
    later = [c for c in clauses if c > high]
    if pattern is None or high >= len(text):
        return high
    opening = _CLAUSE_OPENING.match(text, high)
    start = opening.end() if opening else high
    if not later or not text[start:later[0] + 1].rstrip().endswith((",", "\u060c", "\uff0c")):
        return high  # an appositive closed by a comma before the clause goes on
    if any(start <= n.start < later[0] for n in sentence.numbers):
        return high  # "72 signed, of which 20 on the first day": a part, no appositive
    match = pattern.search(text, start, later[0])
    if match is None or match.start() != start:
        return high
    return later[1] if len(later) > 1 else len(text)


def _across_counts(sentence: Sentence, noun_class: str, number: Number,
                   keyword: Keyword) -> bool:
    """"Over 100 delegations were in Hanoi for the ceremony at which 72 countries signed":
    a signing word with another count between it and a count of delegations is that
    count's."""
    if noun_class != "delegations" or keyword.kind != "sign":
        return False
    low, high = ((number.end, keyword.start) if keyword.start >= number.end
                 else (keyword.end, number.start))
    return any(low <= other.start and other.end <= high for other in sentence.numbers)


def _conditional(sentence: Sentence, low: int, number_start: int) -> bool:
    pattern = sentence.language.threshold_conditionals
    # searched in place: a conjunction whose comma opens the clause (ru "после того, как")
    return pattern is not None and bool(pattern.search(sentence.text, low, number_start))


def _nearest(number: Number, keywords: list[Keyword], clauses: list[int],
             verb_first: bool = False) -> Keyword | None:
    home = bisect.bisect_right(clauses, number.start)

    def distance(keyword: Keyword) -> tuple[int, int, int]:
        clause = bisect.bisect_right(clauses, keyword.start)
        follows = keyword.start >= number.end
        gap = keyword.start - number.end if follows else number.start - keyword.end
        return abs(clause - home), 0 if follows != verb_first else 1, gap

    outside = [k for k in keywords if k.end <= number.start or k.start >= number.end]
    return min(outside, key=distance, default=None)


def negated(sentence: Sentence, keyword: Keyword | None) -> bool:
    """"120 States have not yet signed", "n'ont pas encore signé", "尚未签署": a negation up
    to two words before the verb; the count is of those that did not."""
    pattern = sentence.language.negations
    if keyword is None or pattern is None or keyword.kind not in ("sign", "ratify", "attend"):
        return False
    if not pattern.search(sentence.text[max(0, keyword.start - 40):keyword.start]):
        return False
    exceptive = sentence.language.exceptives  # "n'ont ratifié que quatre": only four
    return exceptive is None or not exceptive.search(sentence.text, keyword.end)


def without_foreign_thresholds(keywords: list[Keyword], number: Number,
                               owners: list[Number], clauses: list[int],
                               length: int) -> list[Keyword]:
    """A threshold word scopes one number, its own: the nearest of ``owners`` (the counts,
    fractions and ordinals of the sentence) in the word's clause, else in the sentence.
    "12 States Parties, a third of the way to the threshold of 40", "el octavo Estado parte
    de un acuerdo que necesita cuarenta ratificaciones", "13 ratifiziert, ein Drittel
    dessen, was nötig ist": the word is the other number's, not this one's."""
    return [k for k in keywords
            if k.kind != "threshold" or _owner(k, owners, clauses, length) in (None, number)]


def _owner(keyword: Keyword, owners: list[Number], clauses: list[int],
           length: int) -> Number | None:
    low, high = clause_of(Number(keyword.start, keyword.end, 0), clauses, length)
    inside = [n for n in owners if low <= n.start < high]

    def gap(other: Number) -> int:
        if other.start >= keyword.end:
            return other.start - keyword.end
        return max(0, keyword.start - other.end)

    return min(inside or owners, key=gap, default=None)


def _without_venues(sentence: Sentence, keywords: list[Keyword],
                    clauses: list[int]) -> list[Keyword]:
    """"72 Staaten haben bei der Zeremonie unterzeichnet", "68 государств на церемонии
    подписали": a ceremony (``venues``) is where a signing verb of its own clause took
    place, no attendance, for a count in that clause or in a later one ("firmada por los 72
    Estados en la ceremonia, de los cuales 69 el primer día")."""
    venues, length = sentence.language.venues, len(sentence.text)
    if venues is None:
        return keywords

    def signing_venue(keyword: Keyword) -> bool:
        low, high = clause_of(Number(keyword.start, keyword.end, 0), clauses, length)
        return any(k.kind == "sign" and low <= k.start < high for k in keywords)

    return [k for k in keywords
            if not (k.kind == "attend" and venues.fullmatch(k.text) and signing_venue(k))]
