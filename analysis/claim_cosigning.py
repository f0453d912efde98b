"""Co-signing on a day: "Australia signed on the opening day alongside 68 other nations",
"España suscribió este sábado ... junto a otros 68 signatarios", "وقّعت قطر اليوم السبت إلى
جانب 68 دولة أخرى": others a State signed *with* (a ``joins`` word that is no verb of
joining a group, ``join_verbs``) on a named day or session are that day's other signers, so
the N + 1 is a subset by day. A verb of joining ("joining 71 other countries") joins all who
had signed, and with no day named the N + 1 stays the total. ``cosigning_days`` in
analysis/patterns/claims.yaml lists the day words ("today", "this Saturday") that name the
day of such a signing when they stand before the join; the closing Sunday is not one of them
(its N + 1 is the total)."""

from __future__ import annotations

from analysis.claim_text import Sentence, qualifier_before
from analysis.numbers import Number


def cosigned_on_a_day(sentence: Sentence, number: Number, session_named: bool) -> bool:
    """Whether the count's last join before it is a "with" (not a joining verb) and a day
    before the join names the signing: a session phrase (``session_subsets``) when the
    caller found one that bounds the count (``session_named``), else a ``cosigning_days``
    word."""
    language, text = sentence.language, sentence.text
    if language.joins is None:
        return False
    start, _ = qualifier_before(text, number.start, language)
    joins = list(language.joins.finditer(text, 0, start))
    if not joins or (language.join_verbs is not None
                     and language.join_verbs.search(joins[-1].group())):
        return False
    days = language.session_subsets if session_named else language.cosigning_days
    return days is not None and days.search(text, 0, joins[-1].start()) is not None
