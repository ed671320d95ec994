"""A name of two or more words that opens a sentence, then a word in -ed and the date: the
word is the name's past ('Hull Maritime Museum reopened on 3 May' -> 'When did Hull Maritime
Museum reopen?'), as it is after 'the' and a noun; Italian says its past with 'ha'."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_name_then_past_in_ed() -> None:
    qs = _questions("Whitby Abbey Museum reopened on 3 May after a long restoration.", "en")
    assert qs == {"When did Whitby Abbey Museum reopen after a long restoration?": "3 May"}, qs
    qs = _questions("Museo Civico di Asolo ha riaperto il 3 maggio dopo un lungo restauro.", "it")
    assert qs == {"Quando Museo Civico di Asolo ha riaperto dopo un lungo restauro?": "3 maggio"}, (
        qs
    )


def test_name_with_of_then_past() -> None:
    qs = _questions("Museum of Whitby closed in January 2020.", "en")
    assert qs == {"When did Museum of Whitby close?": "January 2020"}, qs


def test_one_capitalised_word_may_be_a_common_noun() -> None:
    assert not _questions("Councillors approved on 3 March.", "en")


def test_name_then_past_with_a_clause_after_the_date_is_not_asked() -> None:
    assert not _questions("Whitby Town Council agreed on Tuesday that the case was closed.", "en")


def test_second_verb_after_and_is_no_part_of_the_question() -> None:
    qs = _questions("The Whitby museum closed in 2019 for repairs and reopened last week.", "en")
    assert qs == {"When did the Whitby museum close for repairs?": "2019"}, qs


def test_a_past_after_a_noun_with_its_preposition_and_a_report_after_it() -> None:
    from .helpers import questions_of

    text = "A test headline here\n\nThe pier reopened yesterday.\n\n{}\n"
    asked = questions_of(
        text.format("The strike by bus drivers ended on Monday, the union said."), "en"
    )
    assert asked.get("On what day did the strike by bus drivers end?") == "Monday", asked
    # a clause before the -ed word: no past of a noun phrase
    asked = questions_of(
        text.format("The survey counted nests built from 40 kilos of twigs planted in 2021."), "en"
    )
    assert not any(q.startswith("When did the survey counted") for q in asked), asked
