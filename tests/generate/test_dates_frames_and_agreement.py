"""A noun set against another is not what an apposition after it describes; a month keeps its
year; a plural verb in an entry is not the entry's."""

from __future__ import annotations

from quizlib.generate.chunks import tokens
from quizlib.generate.extract.dates.grammar import _antecedent

from .helpers import it_questions


def test_a_noun_after_rather_than_is_not_described() -> None:
    text = (
        "Myanmar was again represented by a senior official rather than a minister, a "
        "restriction first applied by the bloc in 2021."
    )
    toks = tokens(text)
    comma = next(i for i, t in enumerate(toks) if t.text == ",")
    assert _antecedent(text, toks, comma, "en") is None


def test_a_plural_verb_in_an_entry_is_not_the_entrys() -> None:
    asked = it_questions(
        "Alleanza degli Stati del Sahel\n\nL’Alleanza degli Stati del Sahel è "
        "un’organizzazione di mutua difesa fondata nel 2023 da Mali, Burkina Faso e Niger. "
        "Nel gennaio 2025 sono usciti ufficialmente dalla Comunità economica degli Stati "
        "dell’Africa occidentale."
    )
    assert not any("Sahel sono usciti" in q or "sono usciti l’Alleanza" in q for q in asked), asked
    assert not any("nel gennaio?" in q for q in asked), asked
