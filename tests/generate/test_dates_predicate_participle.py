"""A participle after the noun a copula says the subject is, with what the subject was made
as between it and the date ('is a cider recognised as a PGI in 1996'), or after an
adjective in -to of that noun ('è un teatro coperto in stile neoclassico inaugurato nel
1884'): the date is the subject's."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_participle_with_as_before_the_date() -> None:
    qs = _questions("Somerset Redstreak is a cider recognised as a PGI in 1996.", "en")
    assert qs == {"In what year was Somerset Redstreak recognised as a PGI?": "1996"}, qs
    qs = _questions("Il Lagrein Scuro è un vino rosso riconosciuto come DOC nel 1975.", "it")
    assert qs == {"In che anno fu riconosciuto come DOC il Lagrein Scuro?": "1975"}, qs


def test_words_of_the_date_are_no_complement() -> None:
    # "intorno al" belongs to the date (a rough year), no complement of the participle
    qs = _questions("Il Lagrein Scuro è un vino rosso prodotto intorno al 1975.", "it")
    assert qs == {"Quando fu prodotto il Lagrein Scuro?": "intorno al 1975"}, qs


def test_adjective_participle_of_the_noun() -> None:
    qs = _questions(
        "Il Teatro Ariosto è un teatro coperto in stile neoclassico inaugurato nel 1884.", "it"
    )
    assert qs == {"In che anno fu inaugurato il Teatro Ariosto?": "1884"}, qs


def test_participle_with_an_agent_may_own_the_date() -> None:
    qs = _questions(
        "Il Teatro Ariosto è un teatro gestito da una fondazione istituita nel 1884.", "it"
    )
    assert not qs, qs
