"""A clause read without the pieces after it that its fact does not need (statements.py
_main_clause_alone): a gerund, a relative, a linking word, an Italian purpose."""

from __future__ import annotations

from quizlib.generate.document import Document, Sentence
from quizlib.generate.statements import statements

from .helpers import questions_of


def _said(text: str, language: str) -> list[str]:
    doc = Document(None, language, (Sentence(text, "paragraph 1", 0, 0),), ())
    return [s.text for s in statements(doc)]


def test_a_purpose_and_a_gerund_after_the_clause_are_left_out() -> None:
    said = _said(
        "Il consorzio spenderà 6 milioni di euro entro il 2030 per rifare gli argini,"
        " portandoli a norma.",
        "it",
    )
    assert "Il consorzio spenderà 6 milioni di euro entro il 2030." in said


def test_a_relative_or_a_linking_word_after_the_clause_is_left_out() -> None:
    assert "The museum bought 40 paintings in March." in _said(
        "The museum bought 40 paintings in March, which doubled its collection.", "en"
    )
    assert "The ferry carried 9,000 passengers last summer." in _said(
        "The ferry carried 9,000 passengers last summer, while the bridge was shut.", "en"
    )


def test_a_clause_with_an_aside_or_no_subject_is_not_cut() -> None:
    said = _said("The museum, opened in 1990, bought 40 paintings, which doubled it.", "en")
    assert not any(s.startswith("The museum, opened") for s in said)
    assert _said("Bought in March, which doubled the collection.", "en") == []


def test_a_headline_cut_gets_no_stop() -> None:
    said = _said("Council will add 42 beds, but nurses warn of gaps", "en")
    assert "Council will add 42 beds" in said


def test_the_clause_alone_gets_its_question_shown_with_the_sentence() -> None:
    text = (
        "Titolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
        "Sul fronte dei trasporti, la Provincia spenderà 11 milioni di euro entro il 2030 per"
        " ampliare il deposito degli autobus, portandolo da cinque a nove rimesse, e per"
        " rinnovare le pensiline.\n"
    )
    asked = questions_of(text, "it")
    assert asked.get("Quanto spenderà la Provincia entro il 2030?") == "11 milioni di euro"
    assert asked.get("Entro quando la Provincia spenderà 11 milioni di euro?") == "2030"


def test_a_figure_compared_after_a_comma_is_left_out() -> None:
    assert "The museum welcomed 148,000 visitors in 2026." in _said(
        "The museum welcomed 148,000 visitors in 2026, up from 121,000 in 2024.", "en"
    )
    assert "The growers picked 9,000 tonnes." in _said(
        "The growers picked 9,000 tonnes, an increase of 12% on last year.", "en"
    )
    assert "Il porto ha movimentato 892.000 container nel 2026." in _said(
        "Il porto ha movimentato 892.000 container nel 2026, contro i 781.000 del 2025.", "it"
    )
    # a piece the clause goes on after is an aside, not its end
    said = _said(
        "He said that costs at the site, including power and rates, would reach £95,000.", "en"
    )
    assert "He said that costs at the site." not in said
