"""A named State and N others: "Portugal and 15 other EU member states signed",
"Portugal e outros 15 Estados-membros", "le Chili et 15 autres pays": the count names the
others, the sentence counts N + 1 (the rule of "joining 71 other countries"). A name is a
capitalised word before the coordinator (``coordinators`` of
``analysis/patterns/claims.yaml``); a count before it ("seven African States and 12 other
countries") is not a name. Joining others is N + 1 too (``joins_others``): "joining 71
other countries", "se suma a los 71 Estados que ya han firmado", "joins the 71
signatories"."""

from __future__ import annotations

import re
from dataclasses import replace

import simplemma

from analysis.claim_cosigning import cosigned_on_a_day
from analysis.claim_patterns import Language
from analysis.claim_prospects import joins_later
from analysis.claim_subsets import subset_group
from analysis.claim_text import (
    CLAUSE_END,
    GAP_WORD,
    PREVIOUS_WORD,
    Keyword,
    Sentence,
    clause_of,
    qualifier_before,
)
from analysis.numbers import Number

_NEAR = 40  # characters before the count in which another count makes the phrase a sum
_VERB_WORDS = 3  # words between a verb of joining and the count it joins ("se suma a los")
_VERB_CHARS = 12  # characters, in a CJK language ("加入已签署公约的")
# the words after the count's noun in which "already" may stand ("Staaten an, die das
# Abkommen bereits unterzeichnet haben"), within the sentence
_CLAUSE_MARK = re.compile(r"[,;:\u060c\uff0c\uff1b]")
_AFTER = re.compile(r"(?:[^\w.!?]*\w+){0,6}")
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


def named_partner(sentence: Sentence, number: Number) -> bool:
    """"Brasil e mais 71", "Chile y otros 71 firman": a count of others after a name (the
    headline's "X and N more sign"), the total of the name and the others, not new ones."""
    language = sentence.language
    if language.coordinators is None or language.others is None or language.cjk:
        return False
    return _names_before(sentence, number) > 0 and not _count_before(
        number, list(sentence.numbers))


def unlike_others(sentence: Sentence, number: Number) -> bool:
    """"Canada did not sign, unlike some 60 other countries", "in tegenstelling tot ruim
    zestig andere landen": the count after a contrast (``unlike``) did what the named one
    did not; the negation of the verb is not its own."""
    unlike = sentence.language.unlike
    if unlike is None:
        return False
    start, _ = qualifier_before(sentence.text, number.start, sentence.language)
    rest = sentence.text[number.end:]
    stop = CLAUSE_END.search(rest)
    own = rest[:stop.start() if stop else len(rest)]
    negations = sentence.language.negation_words  # "though 120 countries have not signed"
    if negations is not None and negations.search(own):
        return False
    return unlike.search(sentence.text[:start]) is not None


def joined_only(sentence: Sentence, keywords: list[Keyword]) -> bool:
    """"بانضمام بلادنا إلى 71 دولة أخرى": the only ratifying word is the joining word itself
    (accession and joining others are one word in Arabic): joining the signatories."""
    joins = sentence.language.joins
    if joins is None:
        return False
    spans = [m.span() for m in joins.finditer(sentence.text)]
    return all(any(low <= k.start < high for low, high in spans)
               for k in keywords if k.kind == "ratify")


def _count_before(number: Number, numbers: list[Number]) -> bool:
    """"Seven African States and 12 other countries": the 12 add to a count, not a name."""
    return any(number.start - _NEAR <= other.end <= number.start
               for other in numbers if other is not number)


def _after_a_name(sentence: Sentence, number: Number) -> str | None:
    language, text = sentence.language, sentence.text
    before = text[:number.start]
    other_before = PREVIOUS_WORD.search(before)
    if other_before and _other_word(language, other_before.group(1)):
        before = before[:other_before.start()]  # "e outros 15", "y otros 15"
    elif not _others_after(sentence, number):
        return None
    coordinator = PREVIOUS_WORD.search(_without_additive(language, before))
    if coordinator is None or not language.coordinators.fullmatch(coordinator.group(1)):
        return None
    name = PREVIOUS_WORD.search(before[:coordinator.start()])
    # a name is capitalised; a script without capitals (Arabic) has any word as a name
    initial = name.group(1)[0] if name is not None else ""
    named = bool(initial) and (initial.isupper() or not initial.islower())
    return before[:coordinator.start()] if named else None


def _without_additive(language: Language, before: str) -> str:
    """``before`` without an additive word (``increments``) that ends it, and its article:
    "België, Luxemburg en nog elf andere", "und noch elf andere", "and a further eleven"."""
    word = PREVIOUS_WORD.search(before)
    if (language.increments is None or word is None
            or not language.increments.fullmatch(word.group(1))):
        return before
    article = PREVIOUS_WORD.search(before[:word.start()])
    return before[:article.start() if article and len(article.group(1)) == 1 else word.start()]


def _names_before(sentence: Sentence, number: Number) -> int:
    """How many names the count's "others" are added to: 1 for "Portugal and 15 others",
    3 for "Chile, Peru, Colombia and 15 others"; 0 when no name comes before."""
    listed = _after_a_name(sentence, number)
    if listed is None:
        return _besides_names(sentence, number)
    items = listed.split(",")
    names = 1
    for position, item in reversed(list(enumerate(items[:-1]))):
        words = item.split()
        if not words or len(words) > _NAME_WORDS or any(ch.isdigit() for ch in item):
            break
        if not all(w[0].isupper() or len(w) <= _PARTICLE for w in words):
            break
        if position == 0 and not (_ARTICLE_NAME.match(item.strip())
                                  or _opening_name(words, sentence.language)):
            break  # "On Monday, Chile and 15 others": a sentence opener, not a name
        names += 1
    return names


def _besides_names(sentence: Sentence, number: Number) -> int:
    """"Besides France, Belgium and Luxembourg, ten other States", "Outre la France, ...,
    dix autres": the names after a ``besides`` word, up to the comma before the count of
    others, add to it (3 + 10); 0 when the clause is not such a list."""
    language, text = sentence.language, sentence.text
    if language.besides is None:
        return 0
    before = text[:number.start]
    other_before = PREVIOUS_WORD.search(before)
    if other_before and _other_word(language, other_before.group(1)):
        before = before[:other_before.start()]  # "otros diez"
    elif not _others_after(sentence, number):
        return 0
    before = before.rstrip()
    openers = list(language.besides.finditer(before))
    if not openers or not before.endswith((",", "\u060c")):
        return 0
    listed = before[openers[-1].end():-1]
    items = [item.strip() for item in re.split(
        rf"[,\u060c]|\s(?:{language.coordinators.pattern})\s"
        if language.coordinators is not None else r"[,\u060c]", listed) if item.strip()]
    named = all(len(item.split()) <= _NAME_WORDS and not any(ch.isdigit() for ch in item)
                and any(not w[0].islower() for w in item.split()) for item in items)
    return len(items) if items and named else 0


def _opening_name(words: list[str], language: Language) -> bool:
    """A proper name that opens the sentence, not a weekday ("Monday, Chile and ...")."""
    return (_proper_name(words, language.lemma_language)
            and not (language.list_openers is not None
                     and any(language.list_openers.fullmatch(w) for w in words)))


def _proper_name(words: list[str], lemma_language: str | None) -> bool:
    """"Chile, Brasil y otros cuatro": a list that opens the sentence without an article
    counts its first item when the lemmatiser keeps each of its words capitalised (a proper
    name), not an opener it knows as a common word ("Ayer", "Mardi", "Yesterday", "On")."""
    if lemma_language is None:
        return False
    return all(simplemma.lemmatize(word, lang=lemma_language)[:1].isupper() for word in words)


_CJK_LIST = re.compile(r"(?:[^\W\d_]{1,8}[\u3001])+[^\W\d_]{1,8}$")  # "中国、俄罗斯"


def joined_names(sentence: Sentence, number: Number, clauses: list[int]) -> int:
    """How many States join the count ``joins_others`` found: one ("越南和其他71个国家"), or
    every item of a list right before the join ("中国、俄罗斯和其他四个国家": two, the
    enumeration commas of a CJK list; a list in other languages is ``with_named_partner``'s)."""
    language = sentence.language
    if not language.cjk or language.joins is None:
        return 1
    low, _ = clause_of(number, clauses, len(sentence.text))
    joins = list(language.joins.finditer(sentence.text, low, number.start))
    # the list's enumeration commas may open clauses of their own: read from the sentence
    listed = _CJK_LIST.search(sentence.text, 0, joins[-1].start()) if joins else None
    return listed.group().count("\u3001") + 1 if listed else 1


def _named_subject(sentence: Sentence, join_start: int) -> bool:
    """"Chile, together with 64 countries", "Rusia junto con 71 países" (and so in
    Russian): a named State right before the join (and the count right after it) is one
    more than the count."""
    if sentence.language.cjk or sentence.language.verb_first:
        return False
    name = PREVIOUS_WORD.search(sentence.text[:join_start].rstrip(" ,"))
    return bool(name and name.end() == len(sentence.text[:join_start].rstrip(" ,"))
                and name.group(1)[:1].isupper()
                and _proper_name([name.group(1)], sentence.language.lemma_language))
def _named_signer(sentence: Sentence, join_start: int, keywords: list[Keyword]) -> bool:
    """"Brasil assina tratado ... ao lado de 71 países", "Chile firma junto a 71 países": the
    sentence opens with a named State that signs (a signing word before the join) and
    signs with the count: one more than the count."""
    if sentence.language.cjk or sentence.language.verb_first:
        return False
    first = re.match(r"\s*([^\W\d_]+)", sentence.text)
    return bool(first and first.group(1)[:1].isupper()
                and any(k.kind == "sign" and first.end() <= k.start < join_start
                        for k in keywords)
                and _proper_name([first.group(1)], sentence.language.lemma_language))


def _other_word(language: Language, word: str) -> bool:
    """"other", "otros", or after a name only "more", "mais" ("Brasil e mais 71")."""
    return bool((language.others and language.others.fullmatch(word))
                or (language.others_more and language.others_more.fullmatch(word)))


def _others_after(sentence: Sentence, number: Number) -> bool:
    """"15 other countries", "15 autres pays", "15 negara lain": an "other" word
    within three words after the count."""
    position = number.end
    for _ in range(3):
        word = GAP_WORD.match(sentence.text, position)
        if word is None:
            return False
        if _other_word(sentence.language, word.group(1)):
            return True
        position = word.end()
    return False


def joins_the_signed(sentence: Sentence, number: Number, verb: tuple[int, int],
                     noun: tuple[str, int], signing: list[int]) -> bool:
    """"se suma a los 71 Estados que ya han firmado", "присоединилась к 71 уже подписавшей
    стране", "加入已签署公约的71个国家的行列": joining the States that have already signed (a
    word of ``already`` between the verb and the count or just after the count's noun)
    joins N others: N + 1; so does a verb of joining a group (``join_verbs``: not "with",
    "together with") before the signatories or States that signed ("joins the 71
    signatories", "rejoint les 71 pays qui ont signé"). Not "Avec 72 signataires"."""
    language, text = sentence.language, sentence.text
    noun_class, noun_end = noun
    start, _ = qualifier_before(text, number.start, language)
    between = text[verb[1]:start]
    far = (len(between) > _VERB_CHARS) if language.cjk else (
        len(between.split()) > _VERB_WORDS)
    if far:
        return False
    after = text[noun_end:noun_end + _VERB_CHARS] if language.cjk else _AFTER.match(
        text, noun_end).group()
    if language.already is not None and (language.already.search(between)
                                         or language.already.search(after)):
        return True
    joining = language.join_verbs
    if joining is None or not joining.fullmatch(text, *verb) or _increment_before(
            sentence, start):
        return False  # "к ним присоединились ещё три государства": three more joined
    # a comma right after the noun opens its participle ("государствам, подписавшим")
    lead = len(after) - len(after.lstrip(" ,\u060c\uff0c"))
    lead = lead if noun_end + lead in signing else 0
    clause = _CLAUSE_MARK.search(after, lead)
    own = after[:clause.start()] if clause else after  # "..., и общее число подписантов"
    return noun_class == "signers" or any(
        verb[1] <= at < start or noun_end <= at < noun_end + len(own) for at in signing)


def _increment_before(sentence: Sentence, start: int) -> bool:
    previous = PREVIOUS_WORD.search(sentence.text[:start])
    increments = sentence.language.increments
    return bool(previous and increments and increments.fullmatch(previous.group(1)))


def joins_others(sentence: Sentence, number: Number, after_end: int,
                  noun: tuple[str, int], clauses: list[int], keywords: list[Keyword]) -> bool:
    """"joining 71 other countries", "se sumó a otros 71", "与其他71个国家一道": a verb of
    joining before the count in its clause, an "other" word next to the count or its
    noun (or "already" with it: ``joins_the_signed``), and a signing or ratifying word
    in the sentence."""
    language, text = sentence.language, sentence.text
    noun_class, noun_end = noun
    if language.joins is None or language.others is None:
        return False
    if not any(k.kind in ("sign", "ratify") for k in keywords):
        return False
    low, _ = clause_of(number, clauses, len(text))
    verbs = list(language.joins.finditer(text, low, number.start))
    if not verbs or joins_later(sentence, verbs[-1]):  # "will join the seven": seven
        return False
    start, _ = qualifier_before(text, number.start, language)
    between = _without_sessions(language, text[verbs[-1].end():start])
    verb_joins = language.join_verbs is None or language.join_verbs.fullmatch(verbs[-1].group())
    if language.verb_first and verb_joins and (
            not between or (language.pronoun_objects is not None
                            and language.pronoun_objects.fullmatch(between))):
        # ar "انضمت ثلاث دول أخرى", "تنضم إليها سبع دول أخرى": three (seven) other States
        # joined (it, the treaty), the subject
        return False
    if language.cjk:
        around = [text[max(0, number.start - 3):number.start], text[noun_end:noun_end + 3]]
    else:
        previous = PREVIOUS_WORD.search(text[:number.start])
        words = [GAP_WORD.match(text, after_end), GAP_WORD.match(text, noun_end)]
        around = [m.group(1) for m in (previous, *words) if m]
    return (any(language.others.search(word) for word in around)
            or (not between and (_named_subject(sentence, verbs[-1].start())
                                 or _named_signer(sentence, verbs[-1].start(), keywords)))
            or joins_the_signed(sentence, number, verbs[-1].span(), (noun_class, noun_end),
                                [k.start for k in keywords if k.kind == "sign"]))


def _without_sessions(language: Language, between: str) -> str:
    """``between`` without its session phrases and the short words left around them
    ("انضمت في اليوم التالي ثلاث دول أخرى": the next day, three other States joined)."""
    if language.session_subsets is None or not language.session_subsets.search(between):
        return between.strip()
    rest = language.session_subsets.sub(" ", between).split()
    return " ".join(word for word in rest if len(word) > _PREPOSITION)


_PREPOSITION = 2  # "في", "on": a preposition a session phrase leaves behind
_SHORT_WORD = re.compile(r"\w{0,3}")  # "aux côtés d|e", "junto a", "with the": an article


def others_noun(sentence: Sentence, number: Number,
                keywords: list[Keyword]) -> tuple[str, int, int, int] | None:
    """"UK signs the treaty alongside 71 others", "signe aux côtés de 71 autres": a bare
    count of "others" right after a verb of joining (``joins``), in a sentence that signs
    or ratifies, counts States (``joins_others`` then adds the named one)."""
    language, text = sentence.language, sentence.text
    if language.joins is None or language.others is None or language.cjk:
        return None
    if not any(k.kind in ("sign", "ratify") for k in keywords):
        return None
    start, _ = qualifier_before(text, number.start, language)
    previous = PREVIOUS_WORD.search(text[:start])
    others_before = bool(previous and language.others.fullmatch(previous.group(1)))
    if previous and others_before:
        start = previous.start(1)  # "junto a otros 71"
    after = GAP_WORD.match(text, number.end)
    if not (others_before or (after and language.others.fullmatch(after.group(1)))):
        return None
    joined = any(_SHORT_WORD.fullmatch(text[m.end():start].strip())
                 for m in language.joins.finditer(text, 0, start))
    return ("states", number.start, number.end, 0) if joined else None


def joined_group(sentence: Sentence, number: Number, after_end: int, noun_start: int,
                 noun_end: int) -> str | None:
    """The group of a count of joined others: a bloc's key ("with twelve other EU States"),
    "" for a part by session (``joined_session``, or others signed with on a named day:
    ``cosigned_on_a_day``), None for all signatories."""
    group = subset_group(sentence, number, after_end, noun_start, noun_end)
    if group == "" and cosigned_on_a_day(sentence, number, session_named=True):
        return ""  # "signed on the opening day alongside 68 other nations": that day's signers
    if not group and cosigned_on_a_day(sentence, number, session_named=False):
        return ""  # "signed today, alongside 68 other nations"
    return group or ("" if joined_session(sentence, noun_end) else None)


def joined_session(sentence: Sentence, noun_end: int) -> bool:
    """"joined the 68 States that signed on the first day": a day or session named after
    the joined States' noun, in their own words, makes the N + 1 a part by session."""
    sessions = sentence.language.session_subsets
    if sessions is None:
        return False
    stop = CLAUSE_END.search(sentence.text, noun_end + 1)
    end = stop.start() if stop else len(sentence.text)
    return sessions.search(sentence.text, noun_end, end) is not None

