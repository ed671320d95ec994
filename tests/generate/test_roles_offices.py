"""A part set off by commas after an office speaks only when it is a name
('Il sindaco, dopo l’incontro con Anna Neri, ha detto: ...' is the mayor's), and the one
company an article names with its legal form owns an office said without a company only when
the article is about it (not a supplier named once in passing)."""

from __future__ import annotations

from types import ModuleType

from quizlib.generate.document import build_document
from quizlib.generate.extract import quotes, roles
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _cards(
    body: str, language: str, extractor: ModuleType, title: str | None = None
) -> dict[str, str]:
    doc = build_document(clean(f"{title or _TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in extractor.extract(doc) if c.question}


# An office, then a part set off by commas, then a speech verb and a colon.
_OFFICE_ASIDE = {
    "it": "La presidente della Provincia, {}, ha spiegato: «I lavori finiranno entro l’estate.»",
    "en": "The club’s manager, {}, conceded: “We let the fans down.”",
}


def test_an_aside_that_names_someone_else_is_no_speaker() -> None:
    for language, aside in (
        ("it", "prima della visita di Paolo Serra"),
        ("en", "after a meeting with Tom Hale"),
    ):
        assert _cards(_OFFICE_ASIDE[language].format(aside), language, quotes) == {}


def test_a_name_set_off_after_an_office_still_speaks() -> None:
    said = {
        "it": "Chi ha detto “I lavori finiranno entro l’estate”?",
        "en": "Who said “We let the fans down”?",
    }
    for language, aside, name in (
        ("it", "Giulia Serra", "Giulia Serra"),
        ("it", "la dottoressa Giulia Serra", "Giulia Serra"),
        ("en", "Dr Tom Hale", "Tom Hale"),
    ):
        asked = _cards(_OFFICE_ASIDE[language].format(aside), language, quotes)
        assert asked == {said[language]: name}


_SUPPLIER = (
    "The county council opened a new library on Friday. The shelves were built by Oakline "
    "Joinery Ltd last year. The library holds forty thousand books. Children can borrow ten "
    "at a time. The cafe opens at nine. Managing director Ruth Bell said the building would "
    "serve the whole county."
)


def test_a_company_named_once_in_passing_owns_no_office() -> None:
    asked = _cards(_SUPPLIER, "en", roles)
    assert asked == {"What office does Ruth Bell hold?": "managing director"}


def test_the_company_an_article_is_about_owns_the_office() -> None:
    # Named twice: once with its legal form, once without.
    asked = _cards(
        _SUPPLIER.replace("The cafe opens at nine.", "Oakline Joinery employs forty people."),
        "en",
        roles,
    )
    assert asked["Who is Oakline Joinery Ltd’s managing director?"] == "Ruth Bell"
    # Named in the title.
    asked = _cards(_SUPPLIER, "en", roles, title="Oakline Joinery fitted the new county library")
    assert asked["Who is Oakline Joinery Ltd’s managing director?"] == "Ruth Bell"


def test_a_firm_named_by_its_partners_owns_the_office() -> None:
    text = (
        "The county council opened a new library on Friday. The shelves were built by Oakley "
        "& Finch, a joinery in Ludlow. The library holds forty thousand books. Oakley & Finch "
        "employs forty people. Managing director Ruth Bell said the building would serve the "
        "whole county."
    )
    asked = _cards(text, "en", roles)
    assert asked["Who is Oakley & Finch’s managing director?"] == "Ruth Bell"


def test_a_name_ending_in_s_owns_the_office_with_an_apostrophe_alone() -> None:
    text = _SUPPLIER.replace("Oakline Joinery Ltd", "Hartley & Sons").replace(
        "The cafe opens at nine.", "Hartley & Sons employs forty people."
    )
    asked = _cards(text, "en", roles)
    assert asked["Who is Hartley & Sons’ managing director?"] == "Ruth Bell"


def test_a_firm_that_bears_the_holders_surname_is_not_said_in_the_office() -> None:
    text = (
        "The county council opened a new library on Friday. The shelves were built by Oakley "
        "& Bell, a joinery in Ludlow. The library holds forty thousand books. Oakley & Bell "
        "employs forty people. Managing director Ruth Bell said the building would serve the "
        "whole county."
    )
    asked = _cards(text, "en", roles)
    assert asked == {"What office does Ruth Bell hold?": "managing director"}
