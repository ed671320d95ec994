"""The last time before: a date after 'for the first time since' ('Kelso Rovers won the cup for
the first time since 1998') is when the deed was last done, asked 'When did Kelso Rovers last
win the cup?', 'Quando la Juventus ha vinto la coppa l’ultima volta?'. Only of a deed told in
the past: a time to come ('will be dredged this winter') would need its tense changed and its
own time dropped."""

from __future__ import annotations

import re

from ...verbs import is_participle, is_verb_lemma, lemma
from .spans import find_dates

# Verbs whose deed the first time since undoes rather than repeats: "Trains returned to
# Lampeter for the first time since 1965" tells when they last ran, not when they returned.
_UNDONE = frozenset(
    "return reopen resume restart reappear revive come go be have become remain".split()
)
# A time of its own in the question: the deed of this winter was not done in 2011.
_OWN_TIME = re.compile(
    r"\b(?:this|next|last|today|tomorrow|yesterday|now|quest[oa]|quest’|prossim[oa]|oggi|ieri"
    r"|domani|ora)\b",
    re.IGNORECASE,
)
_EN_DID = re.compile(r"^When did (?P<rest>.+)\?$")
_EN_WAS = re.compile(r"^When (?P<aux>was|were) (?P<rest>.+)\?$")
_IT_PAST = re.compile(
    r"^Quando (?P<clause>.*\b(?:ha|hanno|è stat[oaie]|sono stat[ie])\s[a-zà-ù]+\b.*)\?$"
)


def _en_last(question: str, sentence: str) -> str | None:
    """'When did Kelso Rovers win the cup?' -> 'When did Kelso Rovers last win the cup?', the
    verb found where the sentence has the subject before its past form; 'When was the harbour
    dredged?' -> 'When was the harbour last dredged?'."""
    low = sentence.lower()
    did = _EN_DID.match(question)
    was = _EN_WAS.match(question)
    m = did or was
    if m is None:
        return None
    words = m.group("rest").split()
    for k in range(1, len(words)):
        word = words[k]
        if not word.isalpha() or not word.islower():
            continue
        subject = " ".join(words[:k]).lower()
        if did is not None:
            if not is_verb_lemma(word) or word in _UNDONE:
                continue
            past = re.search(rf"\b{re.escape(subject)}\s+(?P<verb>[a-z]+)\b", low)
            if (
                past is None
                or past.group("verb") == word
                or lemma(past.group("verb"), "en") != word
            ):
                continue
            head = "When did"
        else:
            if not is_participle(word, "en") or lemma(word, "en") in _UNDONE:
                continue
            if not re.search(rf"\b{re.escape(subject)}\s+{m.group('aux')}\s+{word}\b", low):
                continue
            head = f"When {m.group('aux')}"
        return f"{head} {' '.join(words[:k])} last {' '.join(words[k:])}?"
    return None


def last_time_question(question: str, sentence: str, language: str) -> str | None:
    """The question of the last time a deed was done before the one a sentence tells 'for the
    first time since' a date, made of the question of the deed's own time; None when the deed
    is no past one, or has a time of its own."""
    if _OWN_TIME.search(question) or find_dates(question, language):
        return None  # "When was the harbour dredged in March?": not in the March of 2011
    if language == "en":
        return _en_last(question, sentence)
    m = _IT_PAST.match(question)
    if m is None or any(
        lemma(w, "it") in {"tornare", "riaprire", "riprendere", "ricominciare"}
        for w in m.group("clause").split()
        if w.isalpha() and w.islower() and is_participle(w, "it")
    ):
        return None
    return f"Quando {m.group('clause')} l’ultima volta?"
