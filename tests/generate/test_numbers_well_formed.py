"""A number question that would read wrong is not asked: 'them' with nothing it stands for,
an auxiliary left at the end, an Italian preposition before the article it should join."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{text}\n"), language)
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_them_with_nothing_it_stands_for_is_not_asked() -> None:
    text = "The old jetties are unsafe. The new pier will replace them with four stone jetties."
    assert not any("them" in q for q in _questions(text, "en"))


def test_an_auxiliary_left_at_the_end_is_not_asked() -> None:
    text = (
        "Professor Ann Bell, a geologist at Durham University who was not involved in the work, "
        'said six months was "a very short time" in the life of a glacier.'
    )
    assert not any(q.endswith(" was?") for q in _questions(text, "en"))


def test_an_italian_preposition_joins_its_article() -> None:
    text = "La temperatura media dell’acqua misurata nel lago è stata di 18,5 gradi."
    assert not any(" di la " in q for q in _questions(text, "it"))


def test_a_verb_group_read_wrong_or_a_figure_cut_at_its_comma_is_not_asked() -> None:
    """No rounding word left at the end ('How many people do employs around?'), no past after
    'to' ('... is estimated to lost ...'), no figure kept short of its thousands ('to over
    50?' of 'to over 50,000 projects')."""
    entry = (
        "The board met on Monday.\n\nHollin Water\nHollin Water is a public body created in "
        "1996. It is responsible for flood risk in Yorkshire, and employs around 2,000 people."
    )
    assert not [q for q in _questions(entry, "en") if q.endswith("around?")]
    lost = "Scotland is estimated to have lost around 70% of its peatland over the past century."
    assert not [q for q in _questions(lost, "en") if " to lost " in q]
    cut = "The trust has awarded more than £3 billion to over 40,000 projects."
    assert not [q for q in _questions(cut, "en") if q.endswith(" 40?")]
