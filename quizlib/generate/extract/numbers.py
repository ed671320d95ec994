"""Numbers and quantities: 'Quanti paesi europei comprende l’Unione Europea?' -> 27."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import PREPOSITIONS, index_at, main_verb, tokens
from ..document import Document
from ..lexicon import MONTHS, STOPWORDS, UNITS
from ..phrase import render
from ..text import lower_first
from ..verbs import is_finite, is_participle
from .subject import refers_to_entry

NUMBER = re.compile(
    r"(?<![\w.,’-])(?P<num>\d{1,3}(?:[.,\u202f ]\d{3})+|\d+(?:[.,]\d+)?)"
    r"(?:\s+(?P<mult>mila|milioni|miliardi|milione|miliardo|thousand|million|billion))?"
    r"\s+(?:(?:di|of)\s+)?(?P<noun>[^\W\d_]{3,})(?:\s+(?P<adj>[^\W\d_]{3,}))?"
)
_HAVE_NOUNS = frozenset(
    """abitanti residenti persone dipendenti membri studenti iscritti soci inhabitants residents
    people employees members students""".split()
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"1\d{3}|20\d{2}")
_DIMENSIONS = frozenset("wide long high deep tall old largo lungo alto profondo".split())
_SKIP_NOUNS = frozenset("anni anno years year per percent volte times".split())


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    months = {m.lower() for m in MONTHS[language]}
    stop = STOPWORDS[language]
    for s in doc.sentences:
        if not _DIGIT.search(s.text):
            continue
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
                if clean_path:
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
