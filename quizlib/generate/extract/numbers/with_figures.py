"""A figure that a phrase of "with" after a clause gives its subject: "I treni hanno trasportato
6.340 viaggiatori, con una puntualità del 94%" -> 'Qual è stata la puntualità dei treni?', "The
cave is 850 metres long, with a constant temperature of 11 degrees" -> 'What is the constant
temperature of the cave?'. The phrase tells a measure of the subject (a share or a figure in a
unit), not a change (asked by percents.py) nor a sum (asked by amounts.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...chunks import main_verb, tokens
from ...document import Document, Sentence
from ...lexicon import STOPWORDS
from ...phrase import of_phrase
from ...text import lower_first, squash
from ...verbs import is_finite, is_participle
from .clause import _it_intransitive

_UNIT_WORDS = (
    r"(?:metri|chilometri)\s+(?:quadrati|cubi)|square\s+(?:metres|meters|kilometres|kilometers"
    r"|miles|feet)|cubic\s+(?:metres|meters)|chilometri\s+orari|miles\s+per\s+hour|gradi"
    r"|degrees|metri|metres|meters|chilometri|kilometres|kilometers|miglia|miles|ettari"
    r"|hectares|acres|centimetri|centimetres|millimetri|millimetres|km/h|mph|decibel"
)

# The phrase of "with" after a comma and the figure it gives: ", con una puntualità| del
# 94%", ", with a constant temperature of| 11 degrees", and what follows to the clause's end.
_WITH_FIGURE = {
    "it": re.compile(
        r",\s+con\s+(?P<art>una|un|un’)\s*(?P<np>[a-zà-ù]+(?:\s+[a-zà-ù]+)?)\s+"
        r"(?P<of>di|del|dell’)\s*(?:(?:circa|oltre|quasi)\s+(?:il\s+|l’)?)?"
        r"(?P<fig>\d[\d.,]*\s?(?:%|per\s+cento\b|(?:" + _UNIT_WORDS + r")\b))"
        r"(?P<rest>(?:\s+(?:in|a|al|nel|nei|nella|per|durante|tutto)\s[^,;:.()\d]{0,40}?)?)"
        r"\s*(?:[.;]|$)"
    ),
    "en": re.compile(
        r",\s+with\s+(?P<art>an?)\s+(?P<np>[a-z]+(?:\s+[a-z]+)?)\s+of\s+"
        r"(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over)\s+)?"
        r"(?P<fig>\d[\d.,]*\s?(?:%|per\s+cent\b|percent\b|(?:" + _UNIT_WORDS + r")\b))"
        r"(?P<rest>(?:\s+(?:in|at|on|during|all|throughout|over)\s[^,;:.()\d]{0,40}?)?)"
        r"\s*(?:[.;]|$)"
    ),
}

# Nouns of a change or a sum, which the phrase of "with" tells of the clause, not of its
# subject ("con un aumento del 12%", "with a budget of").
_NOT_MEASURES = frozenset(
    """aumento incremento crescita rialzo calo diminuzione riduzione flessione contrazione
    sconto ribasso margine scarto vantaggio distacco media totale increase rise jump growth
    fall drop decrease decline reduction discount margin lead average total""".split()
)

# The Italian articles a subject may open with: "la puntualità| dei| treni".
_IT_ARTICLES = frozenset("il lo la i gli le".split())

_IT_PAST_HEADS = frozenset("è sono era erano fu furono".split())
_IT_HAVE = frozenset("ha hanno aveva avevano".split())
_BEEN = frozenset("stato stata stati state been being".split())
_COPULAS = frozenset("è sono era erano sarà saranno is are was were".split())
_ARTICLES = {
    "it": frozenset("il lo la i gli le un uno una un’ l’".split()),
    "en": frozenset("the a an".split()),
}
_LONGEST_SUBJECT = 6


def _subject_and_tense(before: str, language: str) -> tuple[str, str] | None:
    """(subject, tense) of the clause before the phrase of "with": the words before its first
    verb, a plain noun phrase ('I treni', 'The cave'), and 'past', 'present' or 'future'."""
    toks = tokens(before)
    verb = main_verb(toks, language)
    if not verb:
        return None
    subject = before[: toks[verb].start].strip()
    words = subject.split()
    if not words or len(words) > _LONGEST_SUBJECT or any(c in subject for c in ',;:()«»“”"'):
        return None
    if any(c.isdigit() for c in subject):
        return None
    first = words[0].lower()
    if first.startswith("l’") or first.startswith("l'"):
        first = "l’"
    articles = {"en": {"the"}, "it": {*_IT_ARTICLES, "l’"}}[language]
    if first not in articles and not all(w[:1].isupper() for w in words):
        return None  # "Nei primi giorni i treni ...": no plain subject opens the clause
    if any(is_finite(w, language) and w.islower() for w in words[1:]):
        return None
    head = toks[verb].low
    group = verb + 1
    while group < len(toks) and (
        toks[group].low in _BEEN or is_participle(toks[group].low, language)
    ):
        group += 1
    nxt = toks[group].low if group < len(toks) else ""
    copula = head in _COPULAS and group == verb + 1
    if not copula and nxt in _ARTICLES[language]:
        return None  # "ha aperto| un parco, con una superficie di ...": the object's, maybe
    if head.endswith(("rà", "ranno")) or head == "will":
        return subject, "future"
    if language == "it":
        after = toks[verb + 1].low if verb + 1 < len(toks) else ""
        past = head in _IT_HAVE and is_participle(after, "it")
        past = past or (head in _IT_PAST_HEADS and after in _BEEN)
        past = past or (head in _IT_PAST_HEADS and _it_intransitive(after))
        past = past or head.endswith(("ò", "ì", "ava", "avano", "eva", "evano"))
        return subject, "past" if past else "present"
    present = head in {"is", "are", "has", "have"} or (head.endswith("s") and head != "was")
    return subject, "present" if present else "past"


def _italian_of(subject: str) -> str:
    """'dei treni' of 'I treni', 'dell’impianto' of 'L’impianto', 'di Trenitalia'."""
    if subject[:2].lower() == "l'":
        subject = f"{subject[0]}’{subject[2:]}"
    return of_phrase(subject, "it")


def with_figure_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, figure, start, end) of each figure a phrase of "with" after a clause gives
    the clause's subject (see the module's docstring)."""
    language = doc.language
    text = s.text
    for m in _WITH_FIGURE[language].finditer(text):
        words = m.group("np").split()
        if any(w in STOPWORDS[language] or w in _NOT_MEASURES for w in words):
            continue
        if any(is_finite(w, language) or is_participle(w, language) for w in words[:1]):
            continue
        found = _subject_and_tense(text[: m.start()], language)
        if found is None:
            continue
        subject, tense = found
        rest = m.group("rest").strip()
        np = " ".join(words)
        if language == "it":
            feminine = m.group("art") in ("una", "un’")  # "un’altezza"
            article = "la" if m.group("art") == "una" else "il"
            if m.group("art") == "un’":
                article = "l’"
            be = {
                "past": "è stata" if feminine else "è stato",
                "present": "è",
                "future": "sarà",
            }[tense]
            named = f"{article} {np}" if article != "l’" else f"l’{np}"
            asked = f"Qual {be} {named} {_italian_of(subject)} {rest}"
        else:
            be = {"past": "was", "present": "is", "future": "will be"}[tense]
            owner = (
                subject
                if subject[:1].isupper() and not subject.startswith("The ")
                else (lower_first(subject))
            )
            asked = f"What {be} the {np} of {owner} {rest}"
        yield squash(asked) + "?", m.group("fig"), m.start("fig"), m.end("fig")
