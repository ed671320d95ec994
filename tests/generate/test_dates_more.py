"""Dates in more sentence shapes: a time of day with its date, an opening participle phrase,
a subject after its verb, a relative clause about a named noun, a clause after 'and'/'e'."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.extract.dates import find_dates
from quizlib.generate.sentences import split_sentences
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_a_case_name_is_one_sentence() -> None:
    assert split_sentences("Roe v. Wade was decided in 1973. It was overturned.") == [
        "Roe v. Wade was decided in 1973.",
        "It was overturned.",
    ]
    assert split_sentences("La finale Spagna vs. Germania si giocò a Vienna. Vinse la Spagna.") == [
        "La finale Spagna vs. Germania si giocò a Vienna.",
        "Vinse la Spagna.",
    ]


def test_a_time_of_day_is_part_of_its_date() -> None:
    spans = find_dates("The ferry sank at about 2.40am on Tuesday off the coast.", "en")
    assert [(s.answer, s.accept) for s in spans] == [
        ("about 2.40am on Tuesday", ("at about 2.40am on Tuesday", "Tuesday"))
    ]
    spans = find_dates("La scossa è stata avvertita alle 3.40 del 12 marzo a Pozzuoli.", "it")
    assert [(s.answer, s.accept) for s in spans] == [("alle 3.40 del 12 marzo", ("12 marzo",))]
    # A time before a bare year is no time of that year; a score is no time.
    assert [s.answer for s in find_dates("Fino alle 12 del 1999 nulla cambiò.", "it")] == ["1999"]
    assert find_dates("The score was 2.40 on Tuesday.", "en") == []
    assert _questions("The ferry sank at about 2.40am on Tuesday off the coast.", "en") == {
        "When did the ferry sink off the coast?": "about 2.40am on Tuesday"
    }
    assert _questions("Lo sciopero dei treni durerà fino alle 18 di venerdì 3 maggio.", "it") == {
        "Fino a quando lo sciopero dei treni durerà?": "alle 18 di venerdì 3 maggio"
    }


def test_an_opening_participle_phrase_and_the_clause_after_it() -> None:
    en = "First run in 1974 on forest roads, the race moved onto the city's streets in 1981."
    assert _questions(en, "en") == {
        "In what year was the race first run?": "1974",
        "When did the race move onto the city’s streets?": "1981",
    }
    it = (
        "Fondata a Napoli nel 1224 da Federico II, l’università ha aperto nel 2019 un campus a "
        "San Giovanni."
    )
    assert _questions(it, "it") == {
        "In che anno fu fondata a Napoli l’università?": "1224",
        "Quando l’università ha aperto un campus a San Giovanni?": "2019",
    }
    # Participles joined by "e"/"and": the date is the nearest one's.
    it = "Nato a Roma e trasferitosi a Milano nel 1990, il pittore espone a Parigi."
    assert _questions(it, "it") == {"In che anno si è trasferito a Milano il pittore?": "1990"}
    en = """Some paragraph of the article with words.

Mesa Verde

Mesa Verde is a town in Arizona. Founded in 1867 as a farming village and incorporated as a \
city in 1881, it became the county seat in 1889."""
    assert _questions(en, "en") == {
        "In what year was Mesa Verde founded?": "1867",
        "In what year was Mesa Verde incorporated as a city?": "1881",
        "When did Mesa Verde become the county seat?": "1889",
    }
    # A phrase with a verb of its own is no participle phrase.
    en = "Built in 1890, it was said that the hall was old."
    assert _questions(en, "en") == {}
