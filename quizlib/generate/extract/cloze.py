"""Cloze deletions, the fallback for facts that resist a question: the most informative span
of a sentence (a list of names, a rare name, a number, a short quoted phrase)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping

from ..candidate import Candidate
from ..document import NAME_RUN, Document, is_known_word
from ..lexicon import MONTHS, ROLE_WORDS, STOPWORDS, WEEKDAYS
from ..text import core
from ..verbs import is_finite
from .common import people_in

_QUOTED = re.compile(r"[“«\"](?P<span>[^”»\"]{3,40})[”»\"]")
_ORDINAL = re.compile(
    r"\b(?P<span>primo|prima|secondo|seconda|terzo|terza|quarto|quarta|quinto|quinta|sesto|sesta"
    r"|settimo|settima|ottavo|ottava|nono|nona|decimo|decima|first|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth)\s+(?:anno|mandato|secolo|posto|year|term"
    r"|century|place)\b",
    re.IGNORECASE,
)
# From the second on: "il primo semestre", "the first signal" are rarely a fact to recall.
_ORDINAL_WORDS = (
    r"secondo|seconda|secondi|seconde|terzo|terza|terzi|terze|quarto"
    r"|quarta|quinto|quinta|sesto|sesta|settimo|settima|ottavo|ottava|nono|nona|decimo|decima"
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
# An ordinal with its article or possessive and its noun: "il secondo produttore", "its third
# factory", "the sixth session" (after an article "secondo" is no preposition: "secondo i dati").
_RANKED = re.compile(
    r"(?i)\b(?:il|lo|la|l’|i|gli|le|suo|sua|suoi|sue|loro|the|its|his|her|their)\s+"
    r"(?P<span>" + _ORDINAL_WORDS + r")\s+(?P<noun>[a-zà-ù][a-zà-ù-]{2,})\b"
)
_NOT_RANKS = frozenset("volta volte time times".split())  # "per la prima volta": no fact
# The cheap test before _RANKED: one of its ordinals is a word of the sentence.
_ORDINAL_WORD_SET = frozenset(_ORDINAL_WORDS.split("|"))
# "Dipendenti: circa 1.400", "Total investment: $4.8 billion": a value after its label.
_LABELLED = re.compile(
    r"^[^:]{3,60}:\s+(?P<span>(?:circa |about |oltre |over |fino a |up to )?[$€£]?\d[\d.,]*"
    r"(?:\s?(?:%|miliardi|milioni|mila|billion|million|thousand)\b)?)"
)
# A duration, whole: "2 hours, 2 minutes and 48 seconds", "3 ore e 12 minuti".
_DURATION = re.compile(
    r"(?<![:.,\d])\b\d+\s(?:hours?|ore|ora)(?:,?\s\d+\s(?:minutes?|minuti|minuto))?"
    r"(?:,?\s(?:and|e)\s\d+\s(?:seconds?|secondi|secondo))?\b"
)
_LEAD_ARTICLE = re.compile(r"^(?:Il|Lo|La|I|Gli|Le|The|L’|Un|Una|A|An)\s+|^L’")
_LEAD_INITIALS = frozenset("ILGTUA")  # what _LEAD_ARTICLE may start with
MIN_WORDS, MAX_WORDS = 7, 60
_MONTHS = {lang: frozenset(m.lower() for m in months) for lang, months in MONTHS.items()}
_OPENING_ARTICLES = frozenset("Il Lo La I Gli Le L’ The A An Un Una Uno".split())
_PERCENT = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:%|per cento|percent\b)")
_NUMBER_AFTER = re.compile(r"\s+\d+\b")
_ORDINAL_STEMS = re.compile(
    r"(?i)\b(?:prim|second|terz|quart|quint|sest|settim|ottav|non|decim|first|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
)


_ORDINAL_NOUNS = (
    "anno",
    "mandato",
    "secolo",
    "posto",
    "year",
    "term",
    "century",
    "place",
)


def has_ordinal(text: str) -> bool:
    """Whether one of _ORDINAL_NOUNS is in the text (anywhere), and an ordinal's stem."""
    return _has_ordinal_noun(text) and _ORDINAL_STEMS.search(text) is not None


def _has_ordinal_noun(text: str) -> bool:
    """Whether one of _ORDINAL_NOUNS is in the text (anywhere). The nouns are tested one by
    one: a chain of `in` costs a third of a regex of the eight."""
    return (
        "anno" in text
        or "mandato" in text
        or "secolo" in text
        or "posto" in text
        or "year" in text
        or "term" in text
        or "century" in text
        or "place" in text
    )


# A part of each ordinal _ORDINAL reads.
_ORDINAL_PARTS = tuple(
    "prim second terz quart quint sest settim ottav nono nona decim first third fourth fifth"
    " sixth seventh eighth ninth tenth".split()
)
# Letters that _ORDINAL (ignoring case) takes for "i" or "s", and lower() does not make so.
_ODD_CASES = ("ı", "ſ", "İ")


def _may_hold_ordinal(text: str) -> bool:
    """Whether _ORDINAL may match: the lowercased text holds a part of one of its ordinals.
    Cheaper than has_ordinal's regex of stems, which tries every offset of the text."""
    low = text.lower()
    return any(part in low for part in _ORDINAL_PARTS) or any(c in text for c in _ODD_CASES)


# Common nouns written with a capital for the institution or the unit they stand for.
_COMMON_CAPITALS = frozenset(
    """comune regione provincia stato governo comando parlamento senato camera consiglio
    ministero tribunale procura prefettura questura corte polizia esercito marina chiesa
    capitale città paese repubblica state government council court army navy police church
    city capital republic celsius fahrenheit stati comuni regioni province states earth sun
    moon terra sole luna""".split()
)
# The head nouns of the names of bodies, which go on with a preposition names of places and
# people do not take: "the {{Potsdam Institute}} for Climate Impact Research", "the Department
# for {{Transport}}" (but "managed by Caltech for {{NASA}}").
_BODIES = frozenset(
    """department ministry minister institute institution organisation organization agency
    commission council coalition centre center office secretary society foundation trust fund
    association committee board school university college museum conference treaty programme
    program union bank court authority service ministero ministro istituto agenzia commissione
    consiglio centro ufficio fondazione associazione comitato scuola università museo
    conferenza trattato programma unione banca corte autorità servizio presidenza
    coordinamento dipartimento""".split()
)
_BODY_GOES_ON = re.compile(r"\s+(?:for|on|per|do)\s+(?:the\s+)?[A-ZÀ-Þ]")
_BODY_WENT_ON = re.compile(r"([A-ZÀ-Þ][\w’-]*)\s+(?:for|on|per|do)\s+(?:the\s+)?$")
# A name with a second "of" part: "the {{Ministero dell’Economia}} e delle Finanze".
_OF_PART_AFTER = re.compile(
    r"\s+(?:e|and)\s+(?:del|della|dello|dei|degli|delle|dell’|of)\s+[A-ZÀ-Þ]"
)
_OF_PART_BEFORE = re.compile(
    r"[A-ZÀ-Þ][\w’-]*\s+(?:e|and)\s+(?:del|della|dello|dei|degli|delle|dell’|of)\s+$"
)
# The words those two end with, but for the spaces after them.
_WENT_ON_ENDS = ("for", "on", "per", "do", "the")
_OF_PART_ENDS = ("del", "della", "dello", "dei", "degli", "delle", "dell’", "of")
# Italian names go on in lowercase: an adjective ("il {{Teatro}} romano", "l’{{Agenzia}}
# nazionale", "la {{Guardia}} costiera", "la {{Protezione}} civile"), and after a body a
# "di"-phrase ("il {{Coordinamento}} della protezione civile").
_ADJECTIVE_AFTER = re.compile(
    r"\s+([a-zà-ù]+(?:ano|ana|ani|ane|ale|ali|ese|esi|ico|ica|ici|iche|ivo|iva|eo|ea|ino|ina"
    r"|ario|aria|iero|iera|ieri|iere|ile|ili|oso|osa|osi|ose))\b"
)
_OF_PHRASE_AFTER = re.compile(r"\s+(?:di|del|della|dello|dei|degli|delle)\s+[a-zà-ù]")


# An act named by its year: "la {{Convenzione}} del 1972", "the Judiciary {{Act}} of 1869".
_ACTS = frozenset(
    """convenzione trattato legge decreto accordo patto carta convention treaty act law
    agreement accord pact charter""".split()
)
_OF_YEAR = re.compile(r"\s+(?:del|di|of)\s+\d{4}\b")


def _cuts_a_name(text: str, start: int, end: int, language: str) -> bool:
    """Whether the capitals at text[start:end] are a part of a longer name."""
    last = text[start:end].rsplit(None, 1)[-1].lower()
    if last in _ACTS and _OF_YEAR.match(text, end):
        return True
    body = last in _BODIES
    if body and _BODY_GOES_ON.match(text, end):
        return True
    # Both regexes before the name end with a word and spaces: the last word of the text
    # before the name says whether they may match (a search tries every offset).
    before = text[max(0, start - 40) : start].rstrip()
    if before.endswith(_WENT_ON_ENDS):
        went_on = _BODY_WENT_ON.search(text, max(0, start - 40), start)
        if went_on and went_on.group(1).lower() in _BODIES:
            return True
    if _OF_PART_AFTER.match(text, end):
        return True
    if before.endswith(_OF_PART_ENDS) and _OF_PART_BEFORE.search(text, max(0, start - 40), start):
        return True
    if language != "it":
        return False
    adjective = _ADJECTIVE_AFTER.match(text, end)
    if adjective and not is_finite(adjective.group(1), language):
        return True
    if _OF_PHRASE_AFTER.match(text, end) is None:
        return False
    # After a body, or a common word written with a capital ("la {{Lista}} del patrimonio
    # mondiale", "la {{Giornata}} della memoria"), a "di"-phrase goes on with the name.
    return body or (" " not in text[start:end].strip() and is_known_word(last, language))


_DEMONYM_ENDINGS = ("ean", "ian", "ican", "ese", "ish")


def _is_demonym(word: str, doc: Document) -> bool:
    """'European', 'Russian', 'Chinese': English capitalises the adjectives of peoples."""
    return (
        doc.language == "en"
        and len(word) > 4
        and word.lower().endswith(_DEMONYM_ENDINGS)
        and doc.person(word) is None
    )


def _lists(text: str, runs: list[re.Match[str]] | None = None) -> Iterator[tuple[int, int]]:
    """Spans of lists of names: 'Buda, Óbuda e Pest', 'Paris, Rome and Berlin' (`runs`: the
    text's matches of NAME_RUN, when the caller has them)."""
    if runs is None:
        runs = list(NAME_RUN.finditer(text))
    i = 0
    while i < len(runs):
        j = i
        while j + 1 < len(runs) and text[runs[j].end() : runs[j + 1].start()] == ", ":
            j += 1
        if j > i and j + 1 < len(runs):
            gap = text[runs[j].end() : runs[j + 1].start()]
            last = runs[j + 1].group(0)
            if last in _OPENING_ARTICLES:
                i = j + 2  # "Aida, Carmen, Tosca e La traviata": the last name goes on
                continue
            if gap in (" e ", " ed ", " and ", ", and ", ", e "):
                yield runs[i].start(), runs[j + 1].end()
                i = j + 2
                continue
        i = j + 1


def _spans(
    text: str, doc: Document, several_words: bool = False
) -> Iterator[tuple[float, int, int, str]]:
    """(score, start, end, type) of every span worth hiding in a sentence (with
    `several_words`, no name of one word: see _other_fact)."""
    language = doc.language
    roles = ROLE_WORDS[language]
    stop = STOPWORDS[language]
    months = _MONTHS[language]
    runs = list(NAME_RUN.finditer(text))  # read by _lists and by the loop over names
    has_list = ", " in text and (" e " in text or " ed " in text or " and " in text)
    for start, end in _lists(text, runs) if has_list else ():
        if start > 0:
            yield 0.9, start, end, "thing"
    quoted: list[tuple[int, int]] = []
    has_quote = "“" in text or "«" in text or '"' in text  # what _QUOTED opens with
    for m in _QUOTED.finditer(text) if has_quote else ():
        span = m.group("span")
        quoted.append((m.start(), m.end()))
        if 1 <= len(span.split()) <= 6 and not span.rstrip().endswith((".", "!", "?")):
            yield 0.6, m.start("span"), m.end("span"), "thing"
    ordinal = (  # has_ordinal, with a cheap test before the regex of stems
        _has_ordinal_noun(text)
        and _may_hold_ordinal(text)
        and _ORDINAL_STEMS.search(text) is not None
    )
    for m in _ORDINAL.finditer(text) if ordinal else ():
        yield 0.5, m.start("span"), m.end("span"), "ordinal"
    ranked = not _ORDINAL_WORD_SET.isdisjoint(text.lower().split())
    for m in _RANKED.finditer(text) if ranked else ():
        if m.group("span")[0].isupper() or m.group("noun")[0].isupper():
            continue  # "la Seconda Guerra Mondiale": part of a name
        if m.group("noun").lower() not in _NOT_RANKS:
            yield 0.75, m.start("span"), m.end("span"), "ordinal"
    for m in _DURATION.finditer(text) if " or" in text or " hour" in text else ():
        yield 0.8, m.start(), m.end(), "number"
    labelled = _LABELLED.match(text) if ": " in text[:64] else None
    if labelled:
        yield 0.85, labelled.start("span"), labelled.end("span"), "number"
    for m in _PERCENT.finditer(text) if "%" in text or "cent" in text else ():
        yield 0.8, m.start(), m.end(), "percent"
    people: set[tuple[int, int]] | None = None
    for m in runs:
        name = m.group(0)
        if name.endswith(("’s", "'s")):
            name = name[:-2]  # "{{Scotland}}’s west coast": the name, not its possessive
        start = m.start()
        if name[:1] in _LEAD_INITIALS:
            lead = _LEAD_ARTICLE.match(name)
            if lead:
                name, start = name[lead.end() :], start + lead.end()
        if not name[:1].isupper():
            continue
        if start == 0 or text[start - 1] in '“«"':
            continue  # a capital that only opens the sentence or a quotation
        opening = text[max(0, start - 8) : start].rstrip(' “«"‘(')
        if not opening:
            continue  # only quotation marks and brackets before it
        if start <= 8 and opening in _OPENING_ARTICLES:
            continue  # "I Campi Flegrei sono ...": the sentence's own subject
        number = _NUMBER_AFTER.match(text, start + len(name))
        if number:
            name += number.group(0)
        words = name.split()
        if several_words and len(words) < 2:
            continue
        first = words[0].lower()
        if first in roles or name.lower() in stop or first in months:
            continue
        if first in WEEKDAYS or quoted and any(a <= start < b for a, b in quoted):
            continue
        if len(name) < 3 or name.isupper() and len(name) < 3:
            continue
        after = text[start + len(name) : start + len(name) + 2]
        if after[:1] == "’" and after[1:] != "s":
            continue  # "la Rus’ di Kiev": the name goes on past its apostrophe
        if len(words) == 1 and _is_demonym(name, doc):
            continue  # "European", "Russian": an English adjective, not a name worth hiding
        if len(words) == 1 and name.lower() in _COMMON_CAPITALS:
            continue  # "il Comune", "the State", "Celsius": a capital, no name to recall
        if people is None:
            people = {(a, b) for a, b, _n in people_in(text, doc)}
        kind = "person" if (start, start + len(name)) in people else "thing"
        if kind == "thing" and _cuts_a_name(text, start, start + len(name), language):
            continue
        count = doc.name_counts.get(m.group(0), 1)
        score = 0.75 - 0.08 * min(count, 6) + 0.05 * min(len(words) - 1, 3)
        yield score, start, start + len(name), kind


def extract(
    doc: Document, asked: Mapping[tuple[int, int], Collection[str]] | None = None
) -> Iterator[Candidate]:
    """The best cloze of each sentence; in a sentence already `asked` by a good question (the
    cores of its answers by (block, position)), the best of the spans that hide another fact."""
    asked = asked or {}
    for s in doc.sentences:
        n_words = s.text.count(" ") + 1
        short = n_words < MIN_WORDS and not (": " in s.text[:64] and _LABELLED.match(s.text))
        if short or n_words > MAX_WORDS or s.text.rstrip().endswith("?"):
            continue
        answers = asked.get((s.block, s.position))
        spans = _spans(s.text, doc, several_words=bool(answers))
        if answers:
            spans = (span for span in spans if _other_fact(s.text[span[1] : span[2]], answers))
        best = max(spans, default=None)
        if best is None:
            continue
        score, start, end, kind = best
        span = s.text[start:end].strip(" ,")
        end = start + len(span)
        cloze = s.text[:start] + "{{c1::" + span + "}}" + s.text[end:]
        yield Candidate(
            "cloze",
            s,
            0.25 + 0.3 * score,
            span,
            cloze=cloze,
            answer_type=kind,
            topic="",
        )


def _other_fact(span: str, answers: Collection[str]) -> bool:
    """Whether a span of an asked sentence is a fact of its own: not (a part of) what a
    question asks ('Federico II' beside the answer 'Federico II di Svevia'), and more than a
    single capitalised word, which beside a question is most often a part of an office or a
    body ('il Ministro delle {{c1::Finanze}}')."""
    if " " not in span.strip() and span[:1].isupper():
        return False
    hidden = f" {core(span)} "
    return hidden != "  " and not any(
        hidden in f" {a} " or f" {a} " in hidden for a in answers if a
    )
