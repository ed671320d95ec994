"""How long a thing lasts, said with 'durare' or 'last': 'La fioritura dura in media venti
giorni' -> 'Quanto dura in media la fioritura?', 'dopo una seduta durata quasi nove ore' ->
'Quanto è durata la seduta?', 'after a meeting that lasted almost seven hours' -> 'How long
did the meeting last?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Document, Sentence, is_known_word
from ...lexicon import STOPWORDS
from ...text import lower_first
from ...verbs import is_finite
from .words import _ANY_NUMBER

_UNITS = {
    "it": r"secondi|minuti|ore|giorni|settimane|mesi|anni|secolo|secoli|ora|giorno|mese|anno",
    "en": r"seconds|minutes|hours|days|weeks|months|years|hour|day|week|month|year",
}


_APPROX = {
    "it": r"(?:(?:quasi|circa|oltre|più\s+di|meno\s+di|poco\s+più\s+di|appena|almeno)\s+)?",
    "en": r"(?:(?:almost|nearly|about|around|more\s+than|less\s+than|just\s+over|just\s+under"
    r"|over|some|roughly|at\s+least)\s+)?",
}


def _duration(language: str) -> str:
    """A duration with its approximation, maybe of two units: 'quasi nove ore', 'due ore e
    sei minuti', 'almost seven hours'."""
    # "venti" is a number only before a unit: the lexicon leaves it out as "winds"
    one = rf"(?:(?:{_ANY_NUMBER[language]}|un|una|an|a|venti)\s+(?:{_UNITS[language]})"
    one += r"|un’ora|mezz’ora)" if language == "it" else ")"
    joint = r"e|ed" if language == "it" else r"and"
    return rf"(?P<dur>{_APPROX[language]}{one}(?:,?\s+(?:{joint})\s+{one})?)(?![\w’-])"


# An Italian subject that opens its sentence or a clause of a list and the verb 'durare': "La
# fioritura dura in media venti giorni", "Il viaggio dal capolinea a Villa d’Almè dura 27
# minuti", "...: le cosce vengono salate a mano, la stagionatura dura almeno 13 mesi e ...".
_IT_SUBJECT_LASTS = re.compile(
    r"(?:^|(?<=[,:;]\s)|(?<=\se\s))"
    r"(?P<np>(?:[Ii]l|[Ll]o|[Ll]a|[Ii]|[Gg]li|[Ll]e)\s[^,;:()«»“”]{2,60}?|[Ll]’[^,;:()«»“”]{2,60}?)\s"
    r"(?P<verb>dura|durano|durava|duravano|durerà|dureranno)\s(?:(?:invece|quindi|però|dunque)\s)?"
    r"(?P<adv>(?:in\s+media|complessivamente|in\s+tutto|in\s+totale)\s)?"
    + _duration("it")
    + r"(?=\s*[,;.:]|\s+(?:e|ed|contro|mentre|ma)\s|$)"
)


# An Italian noun with the participle 'durato' after it: "una seduta fiume durata quasi
# nove ore", "La partita, durata due ore e sei minuti, ...".
_IT_NOUN_LASTED = re.compile(
    r"(?:^|(?<=\s))(?P<art>[Uu]n|[Uu]na|[Uu]no|[Ii]l|[Ll]a|[Ll]o|[Ll]’|[Uu]n’)\s?"
    r"(?P<np>[a-zà-ù]{3,}(?:\s[a-zà-ù]{3,})?),?\s(?P<part>durat[oaie])\s" + _duration("it")
)


# An English noun with a relative clause of 'last' in the past: "after a meeting that lasted
# almost seven hours", "the strike, which lasted 12 days, ...".
_EN_NOUN_LASTED = re.compile(
    r"(?:^|(?<=\s))(?P<art>[Aa]|[Aa]n|[Tt]he)\s(?P<np>[a-z]{3,}(?:\s[a-z]{3,})?),?\s"
    r"(?:that|which)\slasted\s(?:for\s)?" + _duration("en")
)


# An English 'it' that stands for an infinitive and the time it takes: "it takes about two
# years to train a filleter", "it took them six weeks to clear the canal".
_EN_IT_TAKES = re.compile(
    r"(?:^|(?<=\s))[Ii]t\s(?P<verb>takes|took|will\stake|would\stake|can\stake|could\stake)\s"
    r"(?P<who>(?:him|her|them|us)\s)?" + _duration("en") + r"\sto\s(?P<rest>[a-z][a-z’' -]{2,80}?)"
    r"(?=\s*[,;.:]|\s+(?:and|but|because|while|if|when)\s|$)"
)


# An English subject that opens its sentence, a verb group of what is due or will be, a verb
# of starting with no object and the time the same thing takes after "and": "Work is due to
# start on 11 January and last about ten weeks", "Construction is expected to begin next
# spring and take about 26 months", "The works will start in May and take ten weeks".
_EN_AND_LASTS = re.compile(
    r"^(?P<np>(?:[Tt]he\s+)?[A-Za-z][a-z’'-]+(?:\s+(?:(?:on|of|at|for)\s+(?:the\s+)?)?"
    r"[A-Za-z][a-z’'-]+){0,3})\s+"
    r"(?P<group>(?:is|are|was|were)\s+(?:due|expected|set|scheduled|planned|likely|estimated)"
    r"\s+to|will|would|could|should|must|may|might|can)\s+"
    r"(?P<first>start|begin|commence|open|resume|get\s+under\s*way)\s+(?!the\s|a\s|an\s|its\s)"
    r"[^,;:()]{0,60}?\s+and\s+(?P<verb>last|take)\s+(?:for\s+)?"
    + _duration("en")
    + r"(?=\s*[,;.:]|\s+(?:and|but|while|before|after)\s|$)"
)


# The Italian "ci vuole" and the time it takes to do a thing: "ci vogliono circa due anni per
# formare un filettatore", "ci sono voluti sei mesi per ripulire il canale".
_IT_IT_TAKES = re.compile(
    r"(?:^|(?<=\s))[Cc]i\s(?P<verb>vuole|vogliono|voleva|volevano|vorrà|vorranno|è\svoluto|"
    r"è\svoluta|sono\svoluti|sono\svolute)\s" + _duration("it") + r"\sper\s"
    r"(?P<rest>[a-zà-ù]+(?:are|ere|ire|arsi|ersi|irsi)\s[a-zà-ù’' -]{2,80}?)"
    r"(?=\s*[,;.:]|\s+(?:e|ma|perché|mentre|se|quando)\s|$)"
)


# An Italian sentence that says the time a trip or a task takes with "servire" or "occorrere":
# "Oggi da Mezzana a Trento servono circa un’ora e 40 minuti", "Per arrivare a Milano servono
# tre ore"; what comes before the verb says what takes it.
_IT_SERVES = re.compile(
    r"^(?P<what>[A-Z][^,;:()«»“”]{4,80}?)\s+(?P<verb>serve|servono|serviva|servivano|servirà"
    r"|serviranno|occorre|occorrono|occorrerà|occorreranno)\s+" + _duration("it") + r"\.?$"
)


_IT_SERVES_ASKED = {
    "serve": "serve",
    "servono": "serve",
    "serviva": "serviva",
    "servivano": "serviva",
    "servirà": "servirà",
    "serviranno": "servirà",
    "occorre": "occorre",
    "occorrono": "occorre",
    "occorrerà": "occorrerà",
    "occorreranno": "occorrerà",
}


# The Italian verb of the question, in the singular of "tempo", by the sentence's.
_IT_TAKE_ASKED = {
    "vuole": "ci vuole",
    "vogliono": "ci vuole",
    "voleva": "ci voleva",
    "volevano": "ci voleva",
    "vorrà": "ci vorrà",
    "vorranno": "ci vorrà",
    "è voluto": "ci è voluto",
    "è voluta": "ci è voluto",
    "sono voluti": "ci è voluto",
    "sono volute": "ci è voluto",
}


# The auxiliary of the question by the verb of the sentence.
_EN_TAKE_ASKED = {
    "takes": "does",
    "took": "did",
    "will take": "will",
    "would take": "would",
    "can take": "can",
    "could take": "could",
}


_LONGEST_TAKEN = 10  # words of the infinitive clause a question repeats


# The definite article of an Italian noun by the article it had and its participle's ending.
_IT_DEFINITE = {"o": "il", "a": "la", "i": "i", "e": "le"}


def _italian_definite(article: str, noun: str, ending: str) -> str:
    """'la seduta', 'il cantiere', 'lo sciopero', 'l’incontro' for a noun an article and a
    participle agree with."""
    low = article.lower()
    if low in {"l’", "un’"} or (noun[:1] in "aeiouàèéìòù" and ending in "oa"):
        return f"l’{noun}"
    if low in {"lo", "uno"}:
        return f"lo {noun}"
    return f"{_IT_DEFINITE[ending]} {noun}"


_IT_BE = {"o": "è", "a": "è", "i": "sono", "e": "sono"}


def _plain_words(np: str, language: str) -> bool:
    """Whether a noun phrase is plain words, with no verb or function word at its end."""
    words = np.split()
    if words[-1].lower() in STOPWORDS[language]:
        return False
    return not any(w.islower() and is_finite(w, language) for w in words)


def _italian_questions(text: str) -> Iterator[tuple[str, str, int]]:
    for m in _IT_SUBJECT_LASTS.finditer(text):
        if not _plain_words(m.group("np"), "it"):
            continue
        np = m.group("np")
        np = np[0].lower() + np[1:]
        adverb = m.group("adv") or ""  # "in media": kept; "invece": a link, left out
        yield f"Quanto {m.group('verb')} {adverb}{np}?", m.group("dur"), m.start("dur")
    for m in _IT_NOUN_LASTED.finditer(text):
        noun, ending = m.group("np"), m.group("part")[-1]
        if not _plain_words(noun, "it"):
            continue
        the = _italian_definite(m.group("art"), noun, ending)
        yield f"Quanto {_IT_BE[ending]} {m.group('part')} {the}?", m.group("dur"), m.start("dur")
    yield from _italian_takes(text)
    yield from _italian_serves(text)


def _italian_serves(text: str) -> Iterator[tuple[str, str, int]]:
    """'Oggi da Mezzana a Trento servono circa un’ora e 40 minuti' -> 'Quanto tempo serve oggi
    da Mezzana a Trento?'."""
    m = _IT_SERVES.match(text)
    if m is None:
        return
    what = m.group("what")
    if any(w.islower() and is_finite(w, "it") for w in what.split()):
        return  # "I treni che partono alle 8 ...": a clause of its own before the verb
    what = what[0].lower() + what[1:] if what.split()[0] in _IT_OPENERS else what
    verb = _IT_SERVES_ASKED[m.group("verb")]
    yield f"Quanto tempo {verb} {what}?", m.group("dur"), m.start("dur")


# Words that open an Italian phrase of place, time or aim, lowercased inside a question.
_IT_OPENERS = frozenset("Oggi Ora Adesso Da Dal Dalla Per Tra Fra In Con Nel Nella".split())


def _italian_takes(text: str) -> Iterator[tuple[str, str, int]]:
    """'Ci vogliono due anni per formare un filettatore' -> 'Quanto tempo ci vuole per formare
    un filettatore?'."""
    for m in _IT_IT_TAKES.finditer(text):
        rest = m.group("rest").strip()
        if len(rest.split()) > _LONGEST_TAKEN:
            continue
        verb = _IT_TAKE_ASKED[" ".join(m.group("verb").split())]
        yield f"Quanto tempo {verb} per {rest}?", m.group("dur"), m.start("dur")


def _english_and_lasts(text: str, doc: Document) -> Iterator[tuple[str, str, int]]:
    """'Work is due to start in May and last about ten weeks' -> 'How long is work due to
    last?', 'The works will start in May and take ten weeks' -> 'How long will the works
    take?'."""
    m = _EN_AND_LASTS.match(text)
    if m is None or not _plain_words(m.group("np"), "en"):
        return
    np = m.group("np")
    if np.split()[0].lower() in STOPWORDS["en"] - {"the"}:
        return  # "It will ...", "This is due to ...": no thing the question can name
    np = _lowered(np, doc)
    group = m.group("group").split()
    verb = m.group("verb")
    if len(group) == 1:  # "will": "How long will the works take?"
        asked = f"How long {group[0]} {np} {verb}?"
    else:  # "is due to": "How long is work due to last?"
        asked = f"How long {group[0]} {np} {' '.join(group[1:])} {verb}?"
    yield asked, m.group("dur"), m.start("dur")


def _lowered(np: str, doc: Document) -> str:
    """A subject that opens its sentence as it reads inside a question: 'the works' of 'The
    works', 'work' of 'Work' (a word the dictionary knows and the article never capitalises
    inside a sentence), 'Network Rail' as it is."""
    first, *rest = np.split()
    if first == "The" or (
        (not rest or rest[0].islower())
        and first[1:].islower()
        and first not in doc.inner_capitals
        and is_known_word(first.lower(), "en")
    ):
        return " ".join([first.lower(), *rest])
    return lower_first(np)


def _english_questions(text: str, doc: Document) -> Iterator[tuple[str, str, int]]:
    yield from _english_and_lasts(text, doc)
    for m in _EN_IT_TAKES.finditer(text):
        rest = m.group("rest").strip()
        if len(rest.split()) > _LONGEST_TAKEN or rest.split()[0] in STOPWORDS["en"]:
            continue  # "to the site": a place, no infinitive
        verb = " ".join(m.group("verb").split())
        who = m.group("who") or ""
        asked = f"How long {_EN_TAKE_ASKED[verb]} it take {who}to {rest}?"
        yield asked, m.group("dur"), m.start("dur")
    for m in _EN_NOUN_LASTED.finditer(text):
        if not _plain_words(m.group("np"), "en"):
            continue
        yield f"How long did the {m.group('np')} last?", m.group("dur"), m.start("dur")


_LAST_CUE = {
    "it": re.compile(
        r"\bdur(?:a|ano|ava|avano|erà|eranno|at[oaie])\s|\b[Cc]i\s(?:\w+\s)?vo[lr]"
        r"|\s(?:serv|occorr)[a-zà]+\s"
    ),
    "en": re.compile(r"\blasted\s|\b[Ii]t\s(?:\w+\s)?t(?:akes|ook|ake)\s|\band\s(?:last|take)\s"),
}


def lasting_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, duration, where it starts) of what a sentence says lasts or lasted so long."""
    if not _LAST_CUE[doc.language].search(s.text):
        return
    if doc.language == "it":
        yield from _italian_questions(s.text)
    else:
        yield from _english_questions(s.text, doc)
