"""Numbers and quantities: 'Quanti paesi europei comprende l’Unione Europea?' -> 27."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import PREPOSITIONS, index_at, main_verb, starts_with_subject, tokens
from ..document import Document
from ..lexicon import MONTHS, STOPWORDS, UNITS
from ..phrase import render
from ..text import lower_first, squash, upper_first
from ..verbs import AUXILIARIES, is_finite, is_participle, lemma
from .common import drop_titles, lower_initial
from .subject import refers_to_entry

# The number opens with its first digit and looks behind it from there ("(?<![\w.,’-])" before
# "\d{1,3}(?:[.,\u202f ]\d{3})+|\d+(?:[.,]\d+)?", alternatives in the same order): a pattern
# that starts with a digit lets re skip to the digits instead of trying every position.
NUMBER = re.compile(
    r"(?P<num>\d(?<![\w.,’:-]\d)(?:\d{0,2}(?:[.,\u202f ]\d{3})+|\d*(?:[.,]\d+)?))"
    r"(?:\s+(?P<mult>mila|milioni|miliardi|milione|miliardo|thousand|million|billion))?"
    r"\s+(?:(?:di|of)\s+)?(?P<noun>[^\W\d_]{3,})(?:\s+(?P<adj>[^\W\d_]{3,}))?"
)
_HAVE_NOUNS = frozenset(
    """abitanti residenti persone dipendenti membri studenti iscritti soci inhabitants residents
    people employees members students""".split()
)
# What a body counts as its parts: "Quanti stati membri comprende l’UE?".
_MEMBER_NOUNS = frozenset(
    """stati paesi membri comuni regioni province nazioni contee cantoni distretti quartieri
    isole states countries members municipalities regions provinces nations counties cantons
    districts islands""".split()
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"1\d{3}|20\d{2}")
_DIMENSIONS = frozenset("wide long high deep tall old largo lungo alto profondo".split())
_SKIP_NOUNS = frozenset(
    """anni anno years year per percent volte times hours hour minutes minute seconds ore ora
    minuti minuto secondi""".split()
)  # durations are hidden whole, by the cloze extractor


_LEADING_DATE = re.compile(r"^(?:Nel|In|Il|On|A|Ad)\s+[^,]{0,25}?\d{4},?\s+")
_APPROX = frozenset(
    """oltre circa quasi almeno più di appena ben about over nearly almost around some at least
    more than""".split()
)
_TAIL_END = re.compile(
    r"[,;:.!?(“”\"]|\s(?:che|which|who|that|e|and|before|after|when|while|because|prima|dopo"
    r"|quando|mentre|perché)\s"
)
_VERB_GLUE = frozenset(
    "si ci è sono stato stata stati state ha hanno has have had was were".split()
)


def _object_question(
    text: str, start: int, end: int, noun: str, adj: str | None, doc: Document
) -> str | None:
    """'L’Osservatorio ha registrato oltre 6.000 terremoti nell’area' -> 'Quanti terremoti ha
    registrato l’Osservatorio nell’area?': the number must count the verb's object."""
    language = doc.language
    lead = _LEADING_DATE.match(text)
    offset = lead.end() if lead else 0
    clause = text[offset:]
    toks = tokens(clause)
    at = index_at(toks, start - offset)
    nouns = f"{noun} {adj}" if adj else noun
    if not starts_with_subject(toks, language) or at >= len(toks):
        return None
    verb = main_verb(toks, language, stop=at)
    if verb is None or verb == 0 or any(t.text in {",", ";", ":", "“", "”"} for t in toks[:at]):
        return None
    k = verb + 1
    while k < at and (toks[k].low in _VERB_GLUE or is_participle(toks[k].text, language)):
        k += 1
    if any(t.low not in _APPROX for t in toks[k:at]):
        return None
    subject = drop_titles(clause[: toks[verb].start].strip(), doc)
    if len(subject.split()) > 10 or not subject:
        return None
    subject = lower_first(lower_initial(subject, doc))
    vp = [t.text for t in toks[verb:k]]
    tail = clause[end - offset :]
    tail = _TAIL_END.split(tail)[0].strip()
    if len(tail.split()) > 8:
        return None
    if lead:
        when = lead.group(0).strip(" ,")
        tail = f"{tail} {when[0].lower()}{when[1:]}".strip()  # "Nel 2024" opens with a preposition
    if language == "it":
        how = "Quante" if noun.endswith("e") else "Quanti"
        return upper_first(squash(f"{how} {nouns} {' '.join(vp)} {subject} {tail}") + "?")
    if vp[0].lower() in AUXILIARIES["en"]:
        body = f"{vp[0].lower()} {subject} {' '.join(vp[1:])}"
    else:
        base = lemma(vp[-1].lower(), "en")
        if base == vp[-1].lower() and not is_finite(vp[-1], "en"):
            return None
        body = f"did {subject} {base}"
    return squash(f"How many {nouns} {body} {tail}") + "?"


def _subject_question(
    text: str, start: int, end: int, noun: str, adj: str | None, doc: Document
) -> str | None:
    """'Almeno 50 persone sono morte nell’attacco' -> 'Quante persone sono morte nell’attacco?':
    the number counts the subject."""
    language = doc.language
    if any(w.lower() not in _APPROX for w in text[:start].split()):
        return None
    rest = _TAIL_END.split(text[end:])[0].strip()
    toks = tokens(rest)
    if not toks or not (toks[0].low in AUXILIARIES[language] or is_finite(toks[0].text, language)):
        return None
    if len(toks) > 14:
        return None
    nouns = f"{noun} {adj}" if adj else noun
    if language == "it":
        how = "Quante" if noun.endswith("e") else "Quanti"
        return upper_first(squash(f"{how} {nouns} {rest}")) + "?"
    return squash(f"How many {nouns} {rest}") + "?"


# "circa il 40% dei litorali ... è in arretramento", "Only 58% of adolescents ... returned".
_SHARE = re.compile(
    r"^(?P<lead>(?:(?:Secondo|According to)\s[^,]{3,120},\s*)?(?:(?:circa|quasi|oltre|solo"
    r"|soltanto|appena|ben|about|nearly|almost|over|only|just|some)\s+)?(?:il\s+|l’)?)"
    r"(?P<num>\d+(?:[.,]\d+)?)\s?(?:%|per cento|percent\b)\s+(?P<of>dei|degli|delle|del|della"
    r"|dello|dell’|di|of)\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_SHARE_END = re.compile(r"(?:,(?!\d)|;|:|\s[–—]\s|\.$)")


def _share_question(text: str, doc: Document) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted) of a percentage that opens its sentence as the subject:
    'Solo il 58% degli studenti è tornato' -> 'Quale percentuale degli studenti è tornata?'."""
    if "%" not in text and "cent" not in text:
        return None
    m = _SHARE.match(text)
    if m is None:
        return None
    rest = _SHARE_END.split(m.group("rest"), maxsplit=1)[0].strip()
    toks = tokens(rest)
    verb = main_verb(toks, doc.language)
    if verb is None or verb == 0 or len(toks) > 24 or len(toks) - verb < 2:
        return None
    of = m.group("of")
    number = text[m.start("num") : m.end("num") + 1]  # "40%"
    answer = number if number.endswith("%") else m.group("num") + "%"
    phrase = text[m.end("lead") - len(m.group("lead").split(",")[-1].lstrip()) : m.end("num")]
    if doc.language == "it":
        sep = "" if of.endswith("’") else " "
        question = f"Quale percentuale {of.lower()}{sep}{rest}?"
    else:
        question = f"What percentage of {rest}?"
    return question, answer, (squash(phrase) + "%",)


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    months = {m.lower() for m in MONTHS[language]}
    stop = STOPWORDS[language]
    for s in doc.sentences:
        if not _DIGIT.search(s.text):
            continue
        share = _share_question(s.text, doc)
        if share is not None:
            asked, share_answer, accepted = share
            yield Candidate(
                "number",
                s,
                0.75,
                share_answer,
                question=asked,
                accept=accepted,
                answer_type="percent",
            )
        for m in NUMBER.finditer(s.text):
            num, noun = m.group("num"), m.group("noun")
            if _YEAR.fullmatch(num) or noun.lower() in months:
                continue
            if not noun.islower() or noun in stop or noun in _SKIP_NOUNS:
                continue
            measure = noun.lower() in UNITS
            answer = f"{num} {m.group('mult')}" if m.group("mult") else num
            phrase = s.text[m.start() : m.end("noun")]
            adj = m.group("adj")
            if adj and (
                not adj.islower()
                or adj in stop
                or adj in PREPOSITIONS[language]
                or is_participle(adj, language)
                or is_finite(adj, language)
            ):
                adj = None
            topic = ""
            question = None
            if s.entry is not None and refers_to_entry(s, language):
                toks = tokens(s.text)
                at = index_at(toks, m.start())
                verb = main_verb(toks, language, stop=at)
                clean_path = verb is not None and not any(
                    t.text in {",", ";", ":"} for t in toks[verb:at]
                )
                counted = noun.lower() in _HAVE_NOUNS or noun.lower() in _MEMBER_NOUNS
                if clean_path and counted:
                    nouns = f"{noun} {adj}" if adj else noun
                    subject = lower_first(s.entry.phrase)
                    if language == "it":
                        verb_word = "ha" if noun.lower() in _HAVE_NOUNS else "comprende"
                        how = (
                            "Quante" if noun.endswith("e") and not noun.endswith("ie") else "Quanti"
                        )
                        question = render(
                            "it", "how_many", noun=nouns, verb=verb_word, subject=subject
                        ).replace("Quanti", how, 1)
                    else:
                        verb2 = "have" if noun.lower() in _HAVE_NOUNS else "include"
                        question = render(
                            "en", "how_many", noun=nouns, verb="does", subject=subject, verb2=verb2
                        )
            if question is None and not measure:
                end = m.end("adj") if adj else m.end("noun")
                question = _object_question(s.text, m.start(), end, noun, adj, doc)
                if question is None:
                    question = _subject_question(s.text, m.start(), end, noun, adj, doc)
            if adj:
                phrase = s.text[m.start() : m.end("adj")]
            after = s.text[m.end() : m.end() + 12].split()
            if measure or (after and after[0].lower() in _DIMENSIONS):
                question = None
            if question:
                yield Candidate(
                    "number",
                    s,
                    0.75,
                    answer,
                    question=question,
                    accept=(phrase,),
                    answer_type="number",
                    topic=topic,
                )
            hidden = s.text[m.start("num") : m.end("mult") if m.group("mult") else m.end("num")]
            cloze = (
                s.text[: m.start("num")]
                + "{{c1::"
                + hidden
                + "}}"
                + s.text[m.start("num") + len(hidden) :]
            )
            yield Candidate(
                "cloze",
                s,
                0.2 if question else 0.5,
                answer,
                cloze=cloze,
                answer_type="number",
                topic=topic,
            )
