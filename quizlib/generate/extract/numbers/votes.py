"""Votes: a tally told by its two sides ("the committee voted seven to three in favour of
the plan", "la mozione è passata 7 a 3"), and what was voted on."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...chunks import (
    PREPOSITIONS,
)
from ...document import Document, Sentence
from ...lexicon import (
    ARTICLES,
    ARTICULATED,
    IT_PLURAL_ARTICLES,
    STOPWORDS,
    WEEKDAYS,
)
from ...text import squash, upper_first
from .clause import _english_body, _Frame, _frame
from .results import _first_subject
from .words import _ANY_NUMBER, _SCORE_GERUNDS, _SCORE_PARTICIPLES, NUMBER_WORDS

# A vote told by its side alone ("21 consiglieri hanno votato a favore") says not what was voted
# on: the sentence before tells it with a verb of passing ("Il consiglio ha approvato ... il
# piano di ..."), and the question names it ('... hanno votato a favore del piano di ...?').
_VOTED_SIDE = (
    "votato a favore?",
    "votato contro?",
    "voted in favour?",
    "voted in favor?",
    "voted against?",
)


_PASSED = {
    "it": re.compile(
        r"\b(?:approvato|respinto|bocciato|adottato|votato)\b[^,;:.]*?\s"
        r"(?P<article>(?:il|lo|la|i|gli|le)(?=\s)|l’)\s?(?P<np>[a-zà-ù][^,;:.()]{2,90})"
    ),
    "en": re.compile(
        r"\b(?:approved|rejected|passed|adopted|backed)\b[^,;:.]*?\s"
        r"(?P<article>the|a|an)\s(?P<np>[a-z][^,;:.()]{2,90})"
    ),
}


_OF_ARTICLES = {
    "il": "del ",
    "lo": "dello ",
    "la": "della ",
    "i": "dei ",
    "gli": "degli ",
    "le": "delle ",
    "l’": "dell’",
    "the": "the ",
    "a": "the ",
    "an": "the ",
}


def _vote_named(asked: str, s: Sentence, doc: Document) -> str | None:
    """The question of a vote's side with what was voted on, from the sentence before; None
    when no sentence before tells it."""
    at = doc.sentences.index(s)
    before = doc.sentences[at - 1].text if at > 0 else ""
    m = _PASSED[doc.language].search(before)
    if m is None:
        return None
    article, np = m.group("article"), m.group("np").strip()
    if doc.language == "it" and asked.endswith("contro?"):  # "contro il piano"
        return f"{asked[:-1]} {article}{'' if article.endswith('’') else ' '}{np}?"
    np = _OF_ARTICLES[article] + np
    if doc.language == "it":  # "a favore del piano"
        return f"{asked[:-1]} {np}?"
    side = "against" if asked.endswith("against?") else "in favour of"
    return f"{asked[: asked.rfind(' voted ')]} voted {side} {np}?"


_BARE_TALLY = {
    language: re.compile(
        r"\s(?P<verb>voted|passed|approved|rejected|backed|carried|votato|passat[aoie]"
        r"|approvat[aoie]|respint[aoie])\s+"
        rf"(?P<tally>(?P<yes>{_ANY_NUMBER[language]})\s*(?:–|-|\sto\s|\sa\s)\s*"
        # the side against in figures right after a hyphen, which a number may not follow
        rf"(?P<no>\d{{1,3}}|{_ANY_NUMBER[language]}))(?![\w%–-])"
    )
    for language in ("en", "it")
}


# How the tally's clause may go on in the question: what the vote was for ("in favour of the
# plan", "to build a bridge"), after the day it was held ("on Wednesday"), which it leaves out.
_TALLY_TAIL = re.compile(
    r"^(?:\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+\d{1,2}\s+[A-Z][a-z]+)?)?"
    r"\s+((?:in\s+favou?r\s+of|against|a\s+favore\s+d|contro"
    r"|to\s+(?!(?:the|a|an|its|their|this|that|all|each)\b)[a-z]{3,}\b)[^,;:().]*)"
)


_TALLY_TAIL_END = re.compile(r"\s(?:at|on|in|during|after|when|nel|nella|durante|dopo)\s")


def _bare_tally_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, answer, start, end) of each tally: 'By what margin did the bylaw pass?' ->
    '6–3', 'Con quale risultato è passata la mozione?' -> '7 a 3'."""
    language = doc.language
    text = s.text
    for m in _BARE_TALLY[language].finditer(text):
        yes, no = (
            _spelled_or_digits(m.group("yes"), language),
            _spelled_or_digits(m.group("no"), language),
        )
        if yes is None or no is None or yes > 200 or no > yes:
            continue  # "passed 2 to 5 pm", a score: a vote's winning side is the larger
        frame = _frame(text, m.start("tally"), s, doc)
        if frame is None or not frame.subject or frame.between:
            continue
        what = _TALLY_TAIL.match(text[m.end() :])
        tail = _TALLY_TAIL_END.split(what.group(1))[0] if what else ""
        asked = _verb_first(frame, language, "Con quale risultato", "By what margin", tail)
        if asked is not None:
            yield asked, m.group("tally"), m.start("tally"), m.end("tally")


# The score of a match: two small numbers joined by a dash, no unit after them ("3-1", "11–9";
# not "85-95 lupi", a range of a count).
_MATCH_SCORE = re.compile(r"(?<![\w.,’'/£$€–-])(?P<score>\d{1,2}[-–]\d{1,2})(?![\w/%–-]|[.,]\d)")


_SCORE_PREPOSITIONS = frozenset("per by".split())


_SCORE_HOW = {"it": "Con quale punteggio", "en": "By what score"}


# The preposition of a score, with its article and adjective, which the question's own
# "Con quale punteggio" says: "con un netto 3-0", "with a comfortable 3-0".
_SCORE_WITH = frozenset("con with".split())


_GERUND_BEFORE = re.compile(
    r",\s+(?P<gerund>[a-z]+)\s+(?P<obj>[^,;:()]{2,60}?)\s+(?:(?:per|by)\s+)?$"
)


def _score_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, score, start, end) of the score of a match won: 'Con quale punteggio il
    Napoli ha battuto la Roma?' -> '3-1', 'By what score did Leeds beat Hull?'; after a
    gerund, of the sentence's subject ('La squadra ha vinto la coppa, battendo il Nervi per
    11-9')."""
    text = s.text
    language = doc.language
    for m in _MATCH_SCORE.finditer(text):
        after = text[m.end() :].split(maxsplit=1)
        word = after[0].strip(".,;:") if after else ""
        if word and word.islower() and not _free_after_score(word, language):
            continue  # "3-4 giorni": a range of what the word after counts
        asked = _score_after_verb(s, doc, m.start()) or _score_after_gerund(s, doc, m.start())
        if asked is not None:
            yield asked, m.group("score"), m.start(), m.end()


def _free_after_score(word: str, language: str) -> bool:
    """Whether a word may follow a score: a preposition or the day it was played ('3-1 allo
    stadio', '11-9 domenica'), not a noun the two numbers count."""
    return (
        word in STOPWORDS[language]
        or word in PREPOSITIONS[language]
        or word in ARTICULATED
        or word in WEEKDAYS
    )


def _score_after_verb(s: Sentence, doc: Document, at: int) -> str | None:
    language = doc.language
    frame = _frame(s.text, at, s, doc)
    if frame is None or not frame.subject or not frame.verb:
        return None
    if frame.verb[-1].lower() not in _SCORE_PARTICIPLES:
        return None
    words = frame.between_text.split()
    if words and words[-1].lower() in _SCORE_PREPOSITIONS:
        words = words[:-1]
    with_at = [i for i, w in enumerate(words) if w.lower() in _SCORE_WITH]
    if with_at:
        words = words[: with_at[-1]]  # "la Itas Trentino| con un netto 3-0": the question's own
    if not words or len(words) > 8:
        return None  # "ha battuto 3-1": who was beaten, the question must say
    return _verb_first_object(frame, language, _SCORE_HOW[language], " ".join(words))


def _verb_first_object(frame: _Frame, language: str, how: str, obj: str) -> str | None:
    """A question that opens with what it asks, then the subject, the verb and its object:
    'Con quale punteggio il Napoli ha battuto la Roma?', 'By what score did Leeds beat Hull?'."""
    if language == "it":
        return upper_first(squash(f"{how} {frame.subject} {' '.join(frame.verb)} {obj}")) + "?"
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    return squash(f"{how} {body} {obj}") + "?"


def _without_dateline(subject: str, language: str) -> str:
    """A subject without the place of the dateline that opens the text ('Siracusa – La
    squadra' -> 'la squadra')."""
    for dash in (" – ", " — "):
        if dash in subject:
            subject = subject.rsplit(dash, 1)[1]
            first, _, rest = subject.partition(" ")
            if first.lower() in ARTICLES[language]:
                subject = f"{first.lower()} {rest}"
    return subject


def _score_after_gerund(s: Sentence, doc: Document, at: int) -> str | None:
    language = doc.language
    g = _GERUND_BEFORE.search(s.text, max(0, at - 90), at)
    if g is None or g.group("gerund") not in _SCORE_GERUNDS:
        return None
    subject = _first_subject(s.text[: g.start()], s, doc)
    if not subject:
        return None
    subject = _without_dateline(subject, language)
    participle = _SCORE_GERUNDS[g.group("gerund")]
    obj = g.group("obj").strip()
    if language == "en":
        return f"By what score did {subject} {participle} {obj}?"
    first = subject.split(maxsplit=1)[0].lower()
    have = "hanno" if first in IT_PLURAL_ARTICLES else "ha"
    return upper_first(f"Con quale punteggio {subject} {have} {participle} {obj}") + "?"


def _verb_first(frame: _Frame, language: str, it_how: str, en_how: str, rest: str) -> str | None:
    """A question that opens with what it asks, then the verb and its subject: 'Con quale
    risultato è passata la mozione?', 'By what margin did the bylaw pass?'."""
    if language == "it":
        asked = f"{it_how} {' '.join(frame.verb)} {frame.subject} {rest} {frame.when}"
    else:
        body = _english_body(frame, frame.subject)
        if body is None:
            return None
        asked = f"{en_how} {body} {rest} {frame.when}"
    return squash(asked) + "?"


def _spelled_or_digits(number: str, language: str) -> int | None:
    """The value of a small number in digits or in words: '6', 'seven'."""
    if number.isdigit():
        return int(number)
    return NUMBER_WORDS[language].get(number.lower())
