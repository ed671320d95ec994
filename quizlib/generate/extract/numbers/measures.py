"""Measures: altitudes, dimensions in a unit's symbol ("the strait is about 20km wide", "il
canale è largo 20 km") and ranges a quantity went over ("water temperatures ranged from
12C to 14C")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...chunks import (
    PREPOSITIONS,
)
from ...document import Document, Sentence
from ...lexicon import (
    ARTICLES,
    STOPWORDS,
    UNITS,
)
from ...text import lower_first, takes_lo, upper_first
from ...verbs import (
    lemma,
)
from ..common import lower_initial
from .clause import (
    _MODALS,
    _PRONOUNS,
    _common_first,
    _Frame,
    _frame,
    _frame_question,
    _head_noun,
    _is_copula,
)
from .counts import _EXTRA_UNITS, _UNIT_ADJECTIVES, _Count, _plural, _verb_like
from .words import _DIGIT_NUMBER

_LENGTH_UNITS = frozenset(
    """km chilometri metri miglia kilometres kilometers metres meters miles feet piedi""".split()
)


# A height above the sea, said after its figure: "a 920 metri di altitudine", "at 350 metres
# above sea level". It is the altitude of the place the clause is about.
_ALTITUDE_UNITS = frozenset("metri metres meters feet piedi".split())


_ALTITUDE_AFTER = re.compile(
    r"\s+(?:di\s+(?:altitudine|quota)|sul\s+livello\s+del\s+mare|s\.l\.m\.|above\s+sea\s+level)\b"
)


# What brings the altitude before its figure: a participle of where a place stands ("situato
# a"), after which the place is the subject of the sentence's copula, or the preposition alone
# after a verb of standing ("sorge su un colle a", "lies at").
_ALTITUDE_BEFORE = re.compile(
    r"(?:(?P<placed>(?:situat|post|collocat|ubicat|arroccat|adagiat)[oaie]|located|situated)\s+)?"
    r"(?:a|at)\s+(?:(?:circa|about|around|some)\s+)?$"
)


_COPULA_SUBJECT = re.compile(r"(?P<subject>[A-ZÀ-Ú][^,;:()]{1,60}?)\s(?:è|is)\s")


_ALTITUDE_VERBS = frozenset(
    """sorge sorgeva trova trovava erge ergeva lies lay stands stood sits sat""".split()
)


def _altitude_question(count: _Count, s: Sentence, doc: Document) -> str | None:
    """'Roccalta è un comune ..., situato a 920 metri di altitudine' -> 'A quale altitudine si
    trova Roccalta?'; 'Il borgo sorge su un colle a 640 metri di quota' -> 'A quale altitudine
    sorge il borgo?'; 'The pass lies at 2,100 metres above sea level' -> 'At what altitude
    does the pass lie?'."""
    language = doc.language
    text = s.text
    before = _ALTITUDE_BEFORE.search(text, max(0, count.start - 40), count.start)
    if before is None:
        return None
    if before.group("placed"):
        m = _COPULA_SUBJECT.match(text)
        if m is None or m.end() > before.start():
            return None
        subject = _common_first(lower_first(lower_initial(m.group("subject"), doc)), doc)
        where = "A quale altitudine si trova" if language == "it" else "At what altitude is"
        return f"{where} {subject}?"
    frame = _frame(text, count.start, s, doc)
    if frame is None or not frame.subject or frame.verb[-1].lower() not in _ALTITUDE_VERBS:
        return None
    return _frame_question(frame, language, "A quale altitudine", "At what altitude", frame.when)


# A list item that gives a figure after its label: "Average treatment time: 21 days", "Costo
# stimato per paziente: 6.500 euro". The label names what the figure is; the item has no stop.
_LABEL = re.compile(
    r"(?P<label>[A-ZÀ-Ú][a-zà-ù]+(?:\s+[^\s:,;()“”«»\"]+){0,6}):\s+"
    r"(?:(?:about|around|over|nearly|almost|some|circa|oltre|quasi|almeno|più\s+di)\s+)?"
)


# What may follow the figure of a label: nothing, an aside after a comma or in brackets, a
# clause of when ("480,000 wafers when fully built"); not "2 per parte", which tells a part.
_AFTER_LABEL = re.compile(r"\s*(?:$|[,(]|(?:when|once|if|quando|se)\s)")


def _label_question(count: _Count, text: str, language: str) -> str | None:
    """The question of a figure a list item gives after its label: 'Average treatment time: 21
    days' -> 'What is the average treatment time?', 'Costo per paziente: 6.500 euro' -> 'Qual
    è il costo per paziente?'."""
    m = _LABEL.fullmatch(text, 0, count.start)
    if m is None or not _AFTER_LABEL.match(text, count.noun_end):
        return None
    counted = count.noun not in UNITS and count.noun not in _EXTRA_UNITS  # else a measure
    label = m.group("label")
    words = label.split()
    first = words[0].lower()
    if first in STOPWORDS[language] or first in PREPOSITIONS[language]:
        return None  # "La stagione 2026: 46 serate": a heading, not a label
    label = first + label[len(first) :]
    if language == "en":
        head = [w for w in words if w.lower() not in PREPOSITIONS["en"]]
        plural = counted and any(_plural(w, "en") and w.lower() not in _EN_SINGULAR_S for w in head)
        if plural:  # "Patients treated: 212"
            return f"What is the number of {label}?"
        return f"What is the {label}?"
    return _italian_label_question(first, label, counted)


# English singulars in -s that a label may hold.
_EN_SINGULAR_S = frozenset("status process access bus gas loss cost basis analysis".split())


def _italian_label_question(head: str, label: str, counted: bool) -> str | None:
    """'Qual è il costo stimato per paziente?', 'Quante sono le mete?': the label's first word
    tells its number and gender (a singular in -e, of either gender, is left)."""
    vowel = head[:1] in "aeiouh"
    if head.endswith("i"):
        article = "gli" if vowel or takes_lo(head) else "i"
        return f"Quanti sono {article} {label}?" if counted else None
    if head.endswith("e"):
        return f"Quante sono le {label}?" if counted else None
    if head.endswith("o"):
        article = "l’" if vowel else "lo " if takes_lo(head) else "il "
    elif head.endswith("a"):
        article = "l’" if vowel else "la "
    else:
        return None
    return f"Qual è {article}{label}?"


def _measure_object(count: _Count, frame: _Frame, language: str) -> bool:
    """Whether a measure is the object right after its verb, and one the question may ask in
    its unit: an area, a weight, a volume ('covers 210 square kilometres', 'ha perso 300
    ettari'); not a bare length ('ha percorso 12 chilometri'), whose question would name the
    dimension ('How far ...?'), which the verb does not tell."""
    if not frame.approximate_only or _is_copula(frame, language):
        return False
    if count.noun not in _LENGTH_UNITS:
        return True
    if frame.verb and lemma(frame.verb[-1].lower(), language) in _MOTION_VERBS:
        return True  # "The bird flew 4,000 miles": a verb of going tells the length a distance
    return any(w.lower() in _UNIT_ADJECTIVES for w in count.counted.split())


# Verbs of going, whose bare length is the distance gone: "How many miles did the bird fly?",
# "Quanti chilometri ha percorso il falco?".
_MOTION_VERBS = frozenset(
    """travel fly swim walk run ride cycle sail row hike drive migrate trek cover percorrere
    volare nuotare camminare correre pedalare navigare viaggiare coprire spostare
    migrare""".split()
)


# Italian verbs whose measure after "su" is how far they reach ("si estende su 4.000 metri
# quadrati"), and verbs of a change whose measure after "di" is by how much ("si è sollevato
# di 1,4 metri", "sono state alzate di 80 centimetri").
_IT_EXTENT_VERBS = frozenset("estendere sviluppare snodare allungare distribuire".split())


_IT_CHANGE_VERBS = frozenset(
    """salire scendere crescere aumentare calare diminuire sollevare alzare innalzare abbassare
    ridurre allungare accorciare ritirare arretrare avanzare spostare sprofondare""".split()
)


def _italian_measure_after(frame: _Frame) -> bool:
    """Whether an Italian measure after its verb's preposition is the one the verb takes: how
    far it reaches ('Su quanti metri quadrati si estende la struttura?') or by how much it
    changes ('Di quanti metri si è sollevato il suolo?')."""
    if not frame.subject or not frame.verb or frame.preposition not in {"su", "di"}:
        return False
    verb = frame.verb[-1].lower()
    verb = lemma(verb[:-2] if verb.endswith(("si", "ti")) and len(verb) > 6 else verb, "it")
    if frame.preposition == "su":
        return verb in _IT_EXTENT_VERBS
    return verb in _IT_CHANGE_VERBS


def _preposition_lungo(after: list[str]) -> bool:
    """Whether 'lungo' after a count is the preposition of a place, an article after it: '40
    telecamere lungo la strada', not a dimension."""
    return after[0].lower() == "lungo" and len(after) > 1 and after[1].lower() in ARTICLES["it"]


_SYMBOL_DIMENSION = {
    "en": re.compile(
        r"(?P<num>" + _DIGIT_NUMBER + r")(?P<unit>\s?(?:km|m|cm|mm|ft|mi))\s+"
        r"(?P<dim>wide|long|high|deep|tall|thick)\b"
    ),
    "it": re.compile(
        r"\b(?P<dim>lung[oaie]|larg[oaie]|alt[oaie]|profond[oaie])\s+"
        r"(?:(?:circa|oltre|quasi|poco\s+più\s+di)\s+)?"
        r"(?P<num>" + _DIGIT_NUMBER + r")(?P<unit>\s?(?:km|m|cm|mm))(?![\w/²³])"
    ),
}


def _is_copula_group(frame: _Frame, language: str) -> bool:
    """'is', 'è', or a modal and 'be': 'will be', 'could be'."""
    verb = [w.lower() for w in frame.verb]
    if language == "en" and len(verb) == 2 and verb[0] in _MODALS and verb[1] == "be":
        return True
    return _is_copula(frame, language)


def _indefinite_kind(words: list[str]) -> bool:
    """Whether English words after a copula are a kind with its indefinite article and a noun
    or two: 'a shingle spit', 'an island'."""
    if not 2 <= len(words) <= 4 or words[0] not in {"a", "an"}:
        return False
    return all(
        w.isalpha()
        and w not in STOPWORDS["en"]
        and w not in PREPOSITIONS["en"]
        and not _verb_like(w)
        for w in words[1:]
    )


def _symbol_dimension_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, answer, start) of each dimension in a unit's symbol: 'How wide is the
    strait?' -> '20km', 'Quanto è largo il canale?' -> '20 km'."""
    language = doc.language
    text = s.text
    for m in _SYMBOL_DIMENSION[language].finditer(text):
        frame = _frame(text, m.start("num"), s, doc)
        if frame is None or not frame.subject or not _is_copula_group(frame, language):
            continue
        between = frame.exact
        if language == "en" and between and not _indefinite_kind(between):
            continue  # "is a shingle spit| about 6km long": the subject is as long
        if language == "it" and between != [m.group("dim")]:
            continue
        subject = frame.subject
        if subject.lower() in _PRONOUNS:
            if s.entry is None:
                continue
            subject = lower_first(s.entry.phrase)  # "it is 20km wide" in the entry of a place
        verb = " ".join(frame.verb)
        if language == "en":
            modal, _, be = verb.partition(" ")  # "will be": "How long will the tunnel be?"
            asked = f"How {m.group('dim')} {modal} {subject} {be}".strip() + "?"
        else:
            asked = upper_first(f"Quanto {verb} {m.group('dim')} {subject}?")
        yield asked, text[m.start("num") : m.end("unit")], m.start("num")


# The unit after the range's upper end: attached ("14C", "12%") or a word of measure.
_RANGE_UNIT = (
    r"(?:[A-Za-z°%]{1,3}\b|\s+(?:per\s+cent|per\s+cento|degrees|gradi|euro|dollars|pounds"
    r"|km|kilometres|metres|meters|chilometri|metri|miles|years|anni|months|mesi|days|giorni"
    r"|hours|ore|minutes|minuti|kg|tonnes|tonnellate)\b)?"
)


_RANGE = {
    "en": re.compile(
        r"\s(?P<verb>ranged|ranges|range|varied|varies|vary)\s+(?P<range>from\s+"
        r"(?P<low>[-−]?[$€£]?\d[^\s,;]*)\s+to\s+[-−]?[$€£]?\d[\d.,]*" + _RANGE_UNIT + ")"
    ),
    "it": re.compile(
        r"\s(?P<verb>variavano|variano|oscillavano|oscillano|andavano|vanno)\s+(?P<range>da(?:i|gli)?"
        r"\s+(?P<low>[-−]?\d[^\s,;]*)\s+a(?:i|gli)?\s+[-−]?\d[\d.,]*" + _RANGE_UNIT + ")"
    ),
}


_RANGE_PAST = frozenset("ranged varied variavano oscillavano andavano".split())


def _range_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, answer, start, end) of each range: 'What were water temperatures during the
    swim?' -> 'from 12C to 14C', 'Quali erano le temperature dell’acqua?' -> 'da 12 a 14
    gradi'."""
    language = doc.language
    text = s.text
    for m in _RANGE[language].finditer(text):
        frame = _frame(text, m.start("low"), s, doc)
        if (
            frame is None
            or len(frame.subject.split()) < 2
            or frame.between[-1:]
            not in (
                ("from",),
                ("da",),
                ("dai",),
                ("dagli",),
            )
        ):
            continue
        plural = _plural(_head_noun(frame.subject, language), language)
        past = m.group("verb") in _RANGE_PAST
        if language == "en":
            be = ("were" if plural else "was") if past else ("are" if plural else "is")
            asked = f"What {be} {frame.subject}?"
        else:
            be = ("erano" if plural else "era") if past else ("sono" if plural else "è")
            asked = f"{'Quali' if plural else 'Quale'} {be} {frame.subject}?"
        answer = m.group("range").rstrip(".,")  # "from 4 to 80." ends the sentence
        yield asked, answer, m.start("range"), m.start("range") + len(answer)
