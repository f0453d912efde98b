"""Whether a count is part of the signatories: a region or bloc it names ("nine ASEAN
members"), a session or an increment ("three more signed on Sunday"), or the total."""

from __future__ import annotations

import re

from analysis.claim_openings import dates_the_opening
from analysis.claim_patterns import Language
from analysis.claim_session_spans import bracketed_day, day_clause_start, ranks_within
from analysis.claim_text import (
    CLAUSE_END,
    GAP_WORD,
    PREVIOUS_WORD,
    TAIL,
    Keyword,
    Sentence,
    noun_at,
    qualifier_before,
    starts,
    words_after,
    words_before,
)
from analysis.numbers import Number

_SEMICOLON = re.compile(r"[;\uff1b\u061b]")  # "48 have signed; the EU's is expected before lunch"
_OPENING_WORDS = 4  # the words of an opening locative phrase searched for a region
_POSSESSIVE = re.compile(r"\w['\u2019]s?\b")
_BLOC_SIZE = re.compile(r"\s\d+(?=\s|$)")
_CLOSING_WORDS = 5  # words between a session and its count that a closing verb may take
_HEADED_WORDS = 14  # "the number of Western European and Other Group states to sign to 18"


def _included(language: Language, window: str, group_start: int) -> bool:
    """"72 States and the EU", "72 Staaten einschließlich der EU", "包括欧盟在内的72国": a bloc
    added to or included in the count, not the bloc the count is part of."""
    if language.inclusions is None:
        return False
    return bool(language.inclusions.search(window[:group_start]))


def increment_next_to(sentence: Sentence, number: Number, after_end: int) -> bool:
    """A number without a noun of its own with an increment word right before or after
    it ("a further seven", "otros siete", "seven more"): new signatures, not the total."""
    language, text = sentence.language, sentence.text
    if language.increments is None:
        return False
    if language.cjk:
        words = [text[max(0, number.start - 2):number.start], text[after_end:after_end + 2]]
    else:
        previous = PREVIOUS_WORD.search(text[:number.start])
        following = GAP_WORD.match(text, after_end)
        second = GAP_WORD.match(text, following.end()) if following else None
        words = [m.group(1) for m in (previous, following) if m]
        if following and second and language.increments.fullmatch(
                f"{following.group(1)} {second.group(1)}"):
            return True  # "sept de plus"
    return any(language.increments.fullmatch(word) or language.increments.search(word)
               for word in words if word)


def one_more(sentence: Sentence, number: Number, after_end: int, noun_start: int,
             noun_end: int) -> bool:
    """"one more country", "satu negara lagi", "ещё одна страна": an increment word between
    a count of one and its noun, or right after the noun."""
    language, text = sentence.language, sentence.text
    if language.increments is None or language.cjk:
        return False
    if noun_start < number.end:  # ar "دولة واحدة أخرى": the numeral after its noun
        after = GAP_WORD.match(text, after_end)
        return bool(noun_end <= number.start and after
                    and language.increments.fullmatch(after.group(1))
                    and not (language.firsts and language.firsts.search(after.group(1))))
    following = GAP_WORD.match(text, noun_end)
    second = GAP_WORD.match(text, following.end()) if following else None
    previous = PREVIOUS_WORD.search(text[:number.start])
    # "mais um país", "ещё одна страна", "thêm một nước": the word right before; "un pays
    # de plus": the two words after the noun
    words = [text[after_end:noun_start], following.group(1) if following else "",
             f"{following.group(1)} {second.group(1)}" if following and second else "",
             previous.group(1) if previous else ""]
    return any(language.increments.fullmatch(w.strip())
               and not (language.firsts and language.firsts.search(w))  # "one of the first"
               for w in words if w.strip())


def subset_group(sentence: Sentence, number: Number, after_end: int, noun_start: int,
            noun_end: int) -> str | None:
    """The group a count names ("nine ASEAN members"): its key; "" for a subset the
    registry cannot check (by session, or new signatures of a day); None for a total."""
    text, language = sentence.text, sentence.language
    tail = TAIL.match(text[noun_end:]) if not language.cjk else None
    low = min(number.end, noun_start)
    high = noun_end + (tail.end() if tail else 0)
    origin = max(0, low - 12) if language.cjk else low
    extra = _after_parentheses(text, number)
    window = text[origin:high] + extra
    # a name that starts in the window may end after it ("members of the Western European
    # and Others Group"): the longer name is read whole
    stop = CLAUSE_END.search(text, high)
    longer_end = stop.start() if stop else len(text)
    own = _cjk_group_after(language, text, number, high)
    if own is not None:
        return own
    for group, pattern in language.groups:
        # searched in place, so that a name's context before the window still counts
        # ("沙特阿拉伯" is Saudi Arabia, not "阿拉伯" Arab, when the window cuts "沙特" off)
        named_at = _start_in(pattern, text, origin, high)
        if named_at is None and extra:
            found = pattern.search(extra)
            named_at = high - origin + found.start() if found else None
        whole_at = _start_in(pattern, text, origin, longer_end)
        if whole_at is not None and whole_at < high - origin and (
                named_at is None or whole_at <= named_at):
            named_at = whole_at
        if named_at is not None and (not _included(language, window, named_at)
                                     or _names_the_count(language, text, origin + named_at,
                                                         pattern, number)):
            return group
    if language.unlisted_blocs is not None and language.unlisted_blocs.search(window):
        return ""  # a bloc the group tables do not hold (CPLP, lusophone): unverifiable
    next_word = GAP_WORD.match(text, noun_end) if not language.cjk else None
    previous = (PREVIOUS_WORD.search(text[:number.start]) if not language.cjk
                else re.search(r"(.{0,3})$", text[:number.start]))
    around = " ".join([previous.group(1) if previous else "", text[after_end:noun_start],
                       next_word.group(1) if next_word else ""])
    if language.increments is not None and after_end <= noun_start and (
            language.increments.search(around) or (not language.cjk and language.increments.match(
                text, noun_end + len(text[noun_end:]) - len(text[noun_end:].lstrip())))):
        return ""  # "3 quốc gia bổ sung": an increment of two words after the noun
    if language.session_subsets is not None:
        for session in language.session_subsets.finditer(text):
            # "by the end of the first day, 70 had signed": the total at that time; a rank
            # ("who signed on day one, became the 24th to ratify") counts from the start
            if not ((number.ordinal and not ranks_within(sentence, number, session.span()))
                    or (language.cutoffs and language.cutoffs.search(text[:session.start()]))
                    or (language.session_ends and language.session_ends.match(
                        text[session.end():]))
                    or _paired_day(language, text, session.span())
                    or _closed_with(language, text[session.end():number.start])
                    or _another_count_between(sentence, number, after_end, session.span())
                    or _part_opened_between(language, text, number, session.start())
                    or _SEMICOLON.search(text, number.end, session.start()) is not None
                    or dates_the_opening(sentence, session.span())
                    or not _session_of(sentence, session.span(), number)):
                # a region opening the sentence is the more specific part ("Among the Arab
                # States, eight signed, and Saudi Arabia on the second day")
                return opening_region(sentence, number) or ""
    return None


def _start_in(pattern: re.Pattern[str], text: str, low: int, high: int) -> int | None:
    """Where ``pattern`` first matches in ``text[low:high]``, relative to ``low``; the text
    before ``low`` stays visible to its look-behinds."""
    found = pattern.search(text, low, high)
    return found.start() - low if found else None


def _cjk_group_after(language: Language, text: str, number: Number, high: int) -> str | None:
    """"二十多个非洲国家和十几个亚洲国家": in CJK a group named between a count and the end of
    its noun is its own, before one the look-back finds in the count before it."""
    if not language.cjk:
        return None
    return next((group for group, pattern in language.groups
                 if pattern.search(text, number.end, high)), None)


def _names_the_count(language: Language, text: str, at: int, pattern: re.Pattern[str],
                     number: Number) -> bool:
    """"其中包括东盟七国" (among them seven ASEAN States): in CJK a bloc's name right before
    the count is the count's own group, even after an inclusion word."""
    found = pattern.match(text, at)
    return bool(language.cjk and found and found.end() == number.start)


def _paired_day(language: Language, text: str, span: tuple[int, int]) -> bool:
    """"le samedi et le dimanche", "on Wednesday and Thursday": a day paired with another,
    after it or as the second of the pair, names the whole period (``day_pairs``)."""
    if language.day_pairs is None:
        return False
    positions = [span[1]] + [span[0] + m.start()
                             for m in re.finditer(r"\s", text[span[0]:span[1]])]
    for at in positions:
        found = language.day_pairs.match(text[at:])
        if found and at + found.end() >= span[1]:
            return True
    return False


def _closed_with(language: Language, between: str) -> bool:
    """"La primera jornada se cerró con 65 firmas", "the first day closed with 65
    signatures": a session that closes with the count gives the total at its close."""
    return (language.closings is not None and len(between.split()) <= _CLOSING_WORDS
            and language.closings.search(between) is not None)


def _another_count_between(sentence: Sentence, number: Number, after_end: int,
                           span: tuple[int, int]) -> bool:
    """"72 States had signed, of which 65 on the first day": a session with another count
    between it and this one is that count's (not the base or the corrected figure that
    ``after_end`` skips: "not 60 but 65 States signed on the first day"; not a date or a
    year, which are no counts: "70 States signed on 25 October, the first day"; not the
    "un" of this count's own qualifier: "firmaron un total de 69")."""
    own_start, _ = qualifier_before(sentence.text, number.start, sentence.language)
    low, high = ((max(number.end, after_end), day_clause_start(sentence.text, span))
                 if span[0] >= number.end else (span[1], min(own_start, number.start)))
    return any(low <= other.start and other.end <= high
               and not _attribute_of(sentence.text, other, max(number.end, after_end))
               and not bracketed_day(sentence.text, other) for other in sentence.numbers)


def _attribute_of(text: str, other: Number, end: int) -> bool:
    """ar "الدول الثلاث الوحيدة التي وقعت": a "one" right after the count ("the only") is
    an attribute of it, not another count."""
    return other.value == 1 and not text[end:other.start].strip()


def _part_opened_between(language: Language, text: str, number: Number, session: int) -> bool:
    """"72个国家签署公约 其中首日签署的就有69个", "72 countries signed, of which on the first
    day 69": a session after an "of which" marker (``of_which``) that follows this count
    bounds the part the marker opens, not this total."""
    return (language.of_which is not None and number.end <= session
            and language.of_which.search(text, number.end, session) is not None)


def _session_of(sentence: Sentence, session: tuple[int, int], number: Number) -> bool:
    """Whether a session phrase bounds this count: not when a cut-off comes between them
    ("El primer día firmaron 65; al cierre de la jornada del domingo la cifra había
    ascendido a 72": the total by then)."""
    language, text = sentence.language, sentence.text
    if session[1] > number.start or language.cutoffs is None:
        return True
    between = text[session[1]:number.start]
    return not any(language.cutoffs.search(between[:m.end()])
                   for m in re.finditer(r"\s", between))


def _after_parentheses(text: str, number: Number) -> str:
    """"Argentina, Chile y Perú (tres en total) figuran entre los firmantes sudamericanos":
    a count in parentheses after a list describes the list; the words after the
    parentheses, to the end of their clause, name its group."""
    opened = text.rfind("(", 0, number.start)
    if opened < 0 or ")" in text[opened:number.start] or "," not in text[:opened]:
        return ""  # "The signatories (72 in all) include ...": no list, no group
    closed = text.find(")", number.end)
    if closed < 0:
        return ""
    rest = text[closed + 1:]
    stop = CLAUSE_END.search(rest)
    return " " + rest[:stop.start() if stop else len(rest)]


def opening_base(text: str, numbers: list[Number], language: Language) -> Number | None:
    """The number of a base that opens the sentence ("Of the ten ASEAN members, ...", "Von
    den zehn ASEAN-Staaten ...", "من بين الدول العشر ..."), if one does."""
    if language.bases is None:
        return None
    for number in numbers:
        start, _ = qualifier_before(text, number.start, language)
        if language.bases.search(text[:start]):
            return number
    return None


def base_group(sentence: Sentence, base: Number | None, number: Number) -> str | None:
    """The region or bloc an opening base names, for a later count of its part ("Von den
    zehn ASEAN-Staaten unterzeichneten acht": eight of ASEAN)."""
    if base is None or base.end > number.start:
        return None
    window = sentence.text[base.end:number.start]
    return next((group for group, pattern in sentence.language.groups
                 if pattern.search(window)), None)


def base_noun(sentence: Sentence, base: Number | None,
              number: Number) -> tuple[str, int, int, int] | None:
    """A bare count after an opening base counts what the base counts ("Van de tien
    ASEAN-landen tekenden er acht"); the count is its own noun span."""
    if base is None or base.end > number.start:
        return None
    for at in starts(sentence, base.end, number.start)[:4]:
        found = noun_at(sentence, at)
        if found and found[1] <= number.start:
            return found[0], number.start, number.end, 0
    return None


def own_members_group(sentence: Sentence, number: Number, after_end: int) -> str | None:
    """"the European Union and 15 of its member States": a count of a bloc's own members
    is a subset of the last bloc named before it."""
    language, text = sentence.language, sentence.text
    if language.own_members is None:
        return None
    rest = text[after_end:]
    if number.noun_from is not None:  # "14 of its 27 member States": the bloc's size goes
        rest = _BLOC_SIZE.sub("", text[number.end:number.noun_from], count=1) + text[
            number.noun_from:]
    if not language.own_members.match(rest):
        return None
    named = [(m.start(), m.end(), group) for group, pattern in language.groups
             for m in pattern.finditer(text, 0, number.start)]
    return max(named, key=lambda n: n[:2])[2] if named else None


def group_of_them(sentence: Sentence, number: Number, after_end: int,
                  clause_end: int) -> str | None:
    """"13 di antaranya berasal dari kawasan Afrika", "13 of them are from Africa": a count
    "of them" whose clause names a region or bloc after it is a part of that group."""
    language, text = sentence.language, sentence.text
    if language.of_them is None:
        return None
    rest = text[after_end:clause_end]
    them = language.of_them.match(rest.lstrip())
    if them is None:
        return None
    window = rest.lstrip()[them.end():]
    return next((group for group, pattern in language.groups if pattern.search(window)), None)


def marked_part(sentence: Sentence, number: Number) -> tuple[str, str | None] | None:
    """"欧盟二十七个成员国中的十九个": a count right after a part marker takes the class of
    the noun before the marker, and the group named in the base before it (or None)."""
    language, text = sentence.language, sentence.text
    if language.part_markers is None:
        return None
    marker = language.part_markers.search(text[:number.start])
    if marker is None:
        return None
    for at in reversed(starts(sentence, max(0, marker.start() - 6), marker.start())):
        found = noun_at(sentence, at)
        if found and found[1] == marker.start():
            base = text[max(0, at - 12):at]
            group = next((g for g, pattern in language.groups if pattern.search(base)), None)
            return found[0], group
    return None


def group_before(sentence: Sentence, number: Number, noun: tuple[str, int, int],
                 signing: list[tuple[int, int]], contrast: int | None = None) -> str | None:
    """"Negara-negara Afrika menyumbang 15 tanda tangan", "châu Phi có 16 nước ký": a region
    or bloc named in the three words before a count of signatures, or of States with a
    signing word right after them, is the group the count is part of. Not after a
    possessive ("the EU's 27 member states") or an inclusion ("the EU and 26 States").
    In a clause that a contrast opens (at ``contrast``: "while Latin America has only five
    countries") the group may stand anywhere in the clause before the count."""
    language, text = sentence.language, sentence.text
    noun_class, noun_start, noun_end = noun
    if language.cjk or noun_start < number.end:
        return None
    next_word = words_after(sentence, noun_end, 1)
    signed = noun_class == "signers" or any(noun_end <= s < next_word for s, _ in signing)
    if not signed and contrast is None:
        return None
    start, _ = qualifier_before(text, number.start, language)
    low = words_before(sentence, start, 3) if signed else contrast
    window = text[low:start]
    if CLAUSE_END.search(window) or _POSSESSIVE.search(window):
        return None
    for group, pattern in language.groups:
        named = pattern.search(window)
        if named and not (language.inclusions and language.inclusions.search(
                window[named.end():])):
            return group
    return None


def opening_region(sentence: Sentence, number: Number, anchor: int | None = None) -> str | None:
    """"In Africa, 16 countries signed", "Tại châu
    Phi, 16 nước đã ký": the region or bloc of a locative phrase that opens the sentence,
    for the first count after it. An elliptical count whose noun (at ``anchor``) stands in
    the clause the phrase opens is part of it too ("Na América do Sul, nenhum país
    ratificou, e apenas três chegaram a assinar")."""
    language, text = sentence.language, sentence.text
    opener = language.region_openers.match(text) if language.region_openers else None
    if opener is None or any(ch.isdigit() for ch in text[opener.end():number.start]):
        return None
    end = min(words_after(sentence, opener.end(), _OPENING_WORDS), number.start)
    window = text[opener.start():end]  # "En Afrique": the group may name its preposition
    stop = CLAUSE_END.search(window)
    window = window[:stop.start()] if stop else window
    if _POSSESSIVE.search(window):
        return None  # "In Europe's view, ..."
    for group, pattern in language.groups:
        named = pattern.search(window)
        # the count must open the clause the phrase leads into: not "En Europe, le débat
        # reste vif alors que 72 pays ont signé"
        at = number if anchor is None else Number(anchor, anchor, 0)
        if named and _opens_next_clause(sentence, opener.start() + named.end(), at):
            return group
    return None


def _opens_next_clause(sentence: Sentence, phrase_end: int, number: Number) -> bool:
    between = sentence.text[phrase_end:number.start]
    first = CLAUSE_END.match(between.lstrip())
    rest = between.lstrip()[first.end():] if first else between
    return not CLAUSE_END.search(rest) and len(rest.split()) <= _OPENING_WORDS - 1


def counted_set_start(sentence: Sentence, number: Number) -> int | None:
    """"bringing the number of Western European and Other Group States to sign to 18", "Die
    Zahl der afrikanischen Unterzeichnerstaaten stieg auf 18": the words from a count head
    (``count_heads``: number of, nombre de, Zahl der, عدد) to the count, in its clause, name
    the set counted (a conjunction inside the name is no clause break); where they start,
    or None."""
    heads, text = sentence.language.count_heads, sentence.text
    if heads is None:
        return None
    low = words_before(sentence, number.start, _HEADED_WORDS)
    found = list(heads.finditer(text, low, number.start))
    if not found or CLAUSE_END.search(text, found[-1].end(), number.start) or any(
            ch.isdigit() for ch in text[found[-1].end():number.start]):
        return None
    return found[-1].start()


def headed_total(sentence: Sentence, number: Number, head: int | None) -> bool:
    """"The number of signatories exceeded sixty before lunch", "El número de firmantes
    superó los sesenta antes del almuerzo": a count a count head names (``count_heads``,
    at ``head``) with a session after it is the total by then; not when the session stands
    inside the set counted ("the number of States that signed on the first day was 65"), or
    before the count, or the head names no set ("Un total de 61 países firmaron ...")."""
    sessions, text = sentence.language.session_subsets, sentence.text
    if head is None or sessions is None or sessions.search(text, head, number.start):
        return False
    heads = sentence.language.count_heads
    opened = heads.match(text, head) if heads is not None else None
    named = any((found := noun_at(sentence, at)) and found[1] <= number.start
                for at in starts(sentence, opened.end() if opened else head, number.start))
    return named and sessions.search(text, number.end) is not None  # not "un total de 61"


def part_of_signed(sentence: Sentence, number: Number, after_end: int,
                   antecedent: tuple[int, int] | None, keywords: list[Keyword]) -> str | None:
    """"72 countries signed, 65 of them on the first day", "72 pays ont signé, dont 65 lors
    de la première journée", "trong đó có 65": a count with no noun of its own, marked as a
    part (``of_them`` after it, ``of_which`` before it), after an earlier States noun
    (``antecedent``) with a signing word after it or right before it, in an earlier clause,
    is part of those signatories: the group named after it up to the clause end, or ""
    (unverifiable) for none. None when it is no such part ("110 countries came; 65 of them
    signed" is the total; "signed by 72 of them": the count's own signing)."""
    language, text = sentence.language, sentence.text
    if antecedent is None:
        return None
    start, _ = qualifier_before(text, number.start, language)
    them = language.of_them.match(text[after_end:].lstrip()) if language.of_them else None
    opened = language.of_which.search(text[:start]) if language.of_which else None
    low = words_before(sentence, antecedent[0], 3)
    signed = any(k.kind == "sign" and low <= k.start and k.end <= number.start
                 and CLAUSE_END.search(text, k.end, number.start) for k in keywords)
    if (them is None and opened is None) or not signed:
        return None
    return group_after(sentence, after_end) or ""


def group_after(sentence: Sentence, position: int) -> str | None:
    """"de los cuales 9 países son miembros de la ASEAN": a group named after a part, up to
    the end of its clause."""
    text = sentence.text
    stop = CLAUSE_END.search(text, position)
    window = text[position:stop.start() if stop else len(text)]
    return next((group for group, pattern in sentence.language.groups
                 if pattern.search(window)), None)


def member_base_group(sentence: Sentence, number: Number) -> str | None:
    """"The EU and its 27 member States signed; of those member States, 20 signed in Hanoi",
    "Von diesen Mitgliedstaaten unterzeichneten 20": a base of a bloc's own members
    (``member_bases``) before a count makes it a subset of the last bloc named before."""
    language, text = sentence.language, sentence.text
    if language.member_bases is None:
        return None
    start, _ = qualifier_before(text, number.start, language)
    base = language.member_bases.search(text[:start])
    if base is None:
        return None
    named = [(m.start(), m.end(), group) for group, pattern in language.groups
             for m in pattern.finditer(text, 0, base.start())]
    return max(named, key=lambda n: n[:2])[2] if named else None


def subset_kind(sentence: Sentence, kind: str | None, subset: str,
                keyword: Keyword | None) -> str | None:
    """"subset" for a count of part of the States; None (no claim) for a count of
    ratifications restricted to a region or bloc ("only two Arab States have ratified":
    there is no regional kind of ratifications), unless its verb is one of joining ("a
    dozen African States joined the Convention", ``join_verbs``): a signing."""
    joins = sentence.language.join_verbs
    joined = keyword is not None and joins is not None and joins.search(keyword.text)
    return None if subset and kind == "ratifications" and not joined else "subset"
