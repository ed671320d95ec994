"""The prison sentence a court gave someone: 'ha condannato a cinque anni di reclusione l’ex
presidente Aldo Gerini' -> 'A quale pena è stato condannato Aldo Gerini?', 'La pena più alta,
sei anni di reclusione, è stata inflitta a ...' -> 'Qual è stata la pena più alta?', 'John
Hale was jailed for six years' -> 'For how long was John Hale jailed?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import NAME_RUN, Document, Sentence
from ...given_names import gender, is_given_name
from .words import _ANY_NUMBER


def _term(language: str) -> str:
    """A prison term, maybe of years and months: 'cinque anni e quattro mesi di reclusione',
    'six years and three months'."""
    number = _ANY_NUMBER[language]
    if language == "it":
        one = rf"(?:{number}|un)\s+(?:anni|anno|mesi|mese)"
        rest = rf"(?:\s+e\s+(?:{number}|un)\s+(?:mesi|mese|giorni|giorno))?"
        return rf"(?P<term>{one}{rest}(?:\s+di\s+(?:reclusione|carcere))?)(?![\w’-])"
    one = rf"(?:{number}|a|one)\s+(?:years|year|months|month|weeks|week)"
    rest = rf"(?:\s+and\s+(?:{number}|a|one)\s+(?:months|month|weeks|week|days))?"
    return rf"(?P<term>{one}{rest})(?![\w’-])"


# An Italian sentence before the person: "ha condannato a cinque anni di reclusione| l’ex
# presidente Aldo Gerini"; or after: "ha condannato Aldo Gerini| a cinque anni".
_IT_TERM_FIRST = re.compile(
    r"\bcondannat[oaie]\s+a\s+" + _term("it") + r"\s+(?P<rest>[^,;:()]{3,80})"
)


# A second term of the same sentence, after the first person: "..., e a un anno e otto mesi| il
# direttore dei lavori, Sergio Tombolini".
_IT_NEXT_TERM = re.compile(r"(?:,\s+|\s+)e\s+a\s+" + _term("it") + r"\s+(?P<rest>[^,;:()]{3,80})")


# The name set off after a person's role: "l’ingegnere progettista|, Fabio Marinelli,".
_NAME_AFTER_ROLE = re.compile(r",\s+(?P<name>" + NAME_RUN.pattern + r")(?=\s*[,;.]|\s+e\s|$)")


# The articles that open a person's role: "l’ingegnere", "il direttore dei lavori".
_ROLE_ARTICLES = ("il ", "lo ", "la ", "l’", "l'")
_IT_NAME_FIRST = re.compile(
    r"\bcondannat[oaie]\s+(?P<name>" + NAME_RUN.pattern + r")\s+a\s+" + _term("it")
)


# The heaviest sentence of a trial, set off between commas: "La pena più alta, sei anni e
# otto mesi di reclusione, è stata inflitta a ...".
_IT_HEAVIEST = re.compile(
    r"^La\s+pena\s+più\s+(?P<adj>alta|pesante|severa),\s+"
    + _term("it")
    + r",\s+è\s+stata\s+inflitta\b"
)


# An English person jailed: "John Hale, 45, was jailed for six years", "was sentenced to 14
# months".
_EN_JAILED = re.compile(
    r"(?P<name>" + NAME_RUN.pattern + r")(?:,\s+\d{1,3},)?\s+was\s+(?P<verb>jailed|imprisoned)"
    r"\s+for\s+" + _term("en")
)


# The term the prosecution asked for, after who asked it and maybe an aside: "Il pubblico
# ministero Mario Neri aveva chiesto una pena di cinque anni", "La pubblica accusa,
# rappresentata dal pm Rita Sala, aveva chiesto tre anni per Rossi e ...", "Prosecutors had
# sought a sentence of six years".
_REQUESTED = {
    "it": re.compile(
        r"^(?P<who>[A-ZÀ-Ý][^,;:()«»“”\"]{2,60}?)(?:,\s[^,;:()«»“”\"]{3,60},)?\s"
        r"(?P<verb>(?:ha|hanno|aveva|avevano)\s+chiesto|chiede|chiedono)\s+"
        r"(?:(?:una|la)\s+(?:pena|condanna)\s+(?:di|a)\s+)?"
        + _term("it")
        + r"(?:\s+per\s+(?P<whom>[^,;:()]{3,40}?))?(?=\s*[,;.]|\s+e\s)"
    ),
    "en": re.compile(
        r"^(?P<who>[A-Z][^,;:()“”\"]{2,60}?)\s(?P<verb>(?:has|have|had)\s+(?:sought|asked\s+for"
        r"|requested|called\s+for))\s+(?:a\s+(?:sentence|term|jail\s+term|prison\s+term)\s+of\s+)?"
        + _term("en")
        + r"(?:\s+for\s+(?P<whom>[A-Z][^,;:()]{2,40}?))?(?=\s*[,;.]|\s+and\s)"
    ),
}


# Who asks for a sentence: the prosecution.
_PROSECUTION = {
    "it": re.compile(r"(?i)\b(?:pm|pubblico\s+ministero|procura|accusa|procurator[ei]|sostitut)"),
    "en": re.compile(r"(?i)\b(?:prosecut|crown\b)"),
}


# What the one who asks may open with, said in small letters inside a question.
_LOWER_OPENINGS = frozenset("il lo la i gli le l’ the prosecutors prosecution".split())


def _requested_question(text: str, language: str) -> tuple[str, str, int] | None:
    """(question, term, where it starts) of the term the prosecution asked for: 'Quale pena
    aveva chiesto il pubblico ministero Mario Neri?', 'What sentence had prosecutors
    sought?'."""
    m = _REQUESTED[language].match(text)
    if m is None:
        return None
    who = m.group("who")
    if not _PROSECUTION[language].search(who):
        return None  # "Il comune ha chiesto due anni per ...": no sentence
    first = who.split(maxsplit=1)[0].lower()
    if first in _LOWER_OPENINGS or first.startswith("l’"):
        who = who[0].lower() + who[1:]
    elif not _capital_words(who):
        return None  # "Ieri il capogruppo ...": an opening, not who asks
    verb = " ".join(m.group("verb").split())
    whom = f" {'per' if language == 'it' else 'for'} {m.group('whom')}" if m.group("whom") else ""
    if language == "it":
        asked = f"Quale pena {verb} {who}{whom}?"
    else:
        aux, _, participle = verb.partition(" ")
        if participle.endswith(" for") and whom:  # "asked for| for Ben Hale"
            whom = whom.removeprefix(" for")
        asked = f"What sentence {aux} {who} {participle}{whom}?"
    return asked, m.group("term"), m.start("term")


def _capital_words(who: str) -> bool:
    """Whether a run of words is all capitalised: a name ('Mario Neri')."""
    return all(w[:1].isupper() for w in who.split())


def _person(name: str, doc: Document) -> bool:
    """Whether a run of capitalised words is a person's name: two words or more, the first a
    given name or the article's people know it."""
    words = name.split()
    if len(words) < 2:
        return False
    return is_given_name(words[0]) or doc.person(name) is not None


def _last_name(rest: str) -> str | None:
    """The name that closes the words after a sentence: 'l’ex presidente Aldo Gerini, 71 anni'
    -> 'Aldo Gerini' (the words before it lowercase: an article, a title)."""
    m = NAME_RUN.search(rest)
    if m is None or any(w[:1].isupper() for w in rest[: m.start()].split()):
        return None
    if rest[m.end() :].strip() not in {"", "e", "ed"}:
        return None  # "Aldo Gerini per bancarotta": the name, then more of the clause
    return m.group(0)


def _sentenced_name(text: str, m: re.Match[str]) -> str | None:
    """The name of the person a term goes to: the one that closes the words after it, or the
    one set off after a role ('a due anni l’ingegnere progettista, Fabio Marinelli')."""
    name = _last_name(m.group("rest"))
    if name is not None or not m.group("rest").lower().startswith(_ROLE_ARTICLES):
        return name
    after = _NAME_AFTER_ROLE.match(text, m.end("rest"))
    return after.group("name") if after else None


def _italian_questions(text: str, doc: Document) -> Iterator[tuple[str, str, int]]:
    for m in _IT_TERM_FIRST.finditer(text):
        name = _sentenced_name(text, m)
        if name is not None and _person(name, doc):
            yield _italian_asked(name), m.group("term"), m.start("term")
            following = _IT_NEXT_TERM.search(text, m.end("rest"))
            name = _sentenced_name(text, following) if following else None
            if following is not None and name is not None and _person(name, doc):
                yield _italian_asked(name), following.group("term"), following.start("term")
    for m in _IT_NAME_FIRST.finditer(text):
        if _person(m.group("name"), doc):
            yield _italian_asked(m.group("name")), m.group("term"), m.start("term")
    heaviest = _IT_HEAVIEST.match(text)
    if heaviest is not None:
        asked = f"Qual è stata la pena più {heaviest.group('adj')}?"
        yield asked, heaviest.group("term"), heaviest.start("term")


def _italian_asked(name: str) -> str:
    sentenced = "è stata condannata" if gender(name) == "f" else "è stato condannato"
    return f"A quale pena {sentenced} {name}?"


def _english_questions(text: str, doc: Document) -> Iterator[tuple[str, str, int]]:
    for m in _EN_JAILED.finditer(text):
        if _person(m.group("name"), doc):
            asked = f"For how long was {m.group('name')} {m.group('verb')}?"
            yield asked, m.group("term"), m.start("term")


_CUE = {
    "it": re.compile(r"condannat|pena più|chiest"),
    "en": re.compile(r"\bwas (?:jailed|imprisoned) for |sought|asked for|requested|called for"),
}


def penalty_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, term, where it starts) of the prison terms a sentence tells."""
    if not _CUE[doc.language].search(s.text):
        return
    requested = _requested_question(s.text, doc.language)
    if requested is not None:
        yield requested
    if doc.language == "it":
        yield from _italian_questions(s.text, doc)
    else:
        yield from _english_questions(s.text, doc)
