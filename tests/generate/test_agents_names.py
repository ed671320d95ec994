"""A body's name goes on past 'for' after its head noun ('Department for Transport') and past
'and' before one common noun ('UK Research and Innovation'); two people joined by 'and' stay
two. An apposition that calls a name a company makes it no person ('Chi è ...?')."""

from __future__ import annotations

from quizlib.generate.extract import agents, appositions
from tests.generate.helpers import article_document


def _answers(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in agents.extract(doc) if c.question}


def test_a_department_for_keeps_its_whole_name() -> None:
    text = (
        "The harbour wall was rebuilt last year as the Portree Sea Defence, funded by the "
        "Department for Environment of Scotland."
    )
    answers = _answers(text, "en")
    assert "Department for Environment of Scotland" in answers.values(), answers


def test_a_name_with_and_before_a_common_noun_is_one_body() -> None:
    text = (
        "The grant comes from the Clean Rivers Fund, a scheme run by Marine Research and "
        "Innovation (MRI), and will pay for two boats."
    )
    answers = _answers(text, "en")
    assert answers.get("Who runs the Clean Rivers Fund?") == "Marine Research and Innovation", (
        answers
    )


def test_two_people_joined_by_and_are_not_one_name() -> None:
    text = "The old mill, designed by Thomas Marlow and Henry Innes, opened in 1851."
    answers = _answers(text, "en")
    assert "Thomas Marlow" not in answers.values(), answers


def _who_is(text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    return {c.question: c.answer for c in appositions.extract(doc) if c.question}


def test_a_company_described_by_an_apposition_is_no_person() -> None:
    text = (
        "Il progetto è stato presentato martedì dalla Conceria De Santis, una delle aziende "
        "storiche del distretto, nella sala del Comune. Fondata nel 1920 da Piero De Santis, "
        "la conceria impiega 90 persone. «Restiamo qui», ha detto l’amministratrice delegata "
        "Marta De Santis, 44 anni, pronipote del fondatore. Il progetto, ha assicurato De Santis, "
        "rispetterà le regole del distretto."
    )
    questions = _who_is(text, "it")
    assert not any("Conceria" in q for q in questions), questions


def test_an_owner_of_a_company_is_still_asked_who_she_is() -> None:
    text = "«Abbiamo perso tutto», ha detto Anna Ferri, titolare di un’azienda agricola di Adro."
    questions = _who_is(text, "it")
    assert "Chi è Anna Ferri?" in questions, questions


def test_with_the_support_of_asks_who_supported_the_claim() -> None:
    text = (
        "Forty cleaners have won their case at the tribunal. The claim was brought with the "
        "support of the GMB union, which funded the lawyers."
    )
    answers = _answers(text, "en")
    assert answers.get("Who supported the claim?") == "GMB", answers


def test_con_il_sostegno_di_asks_who_supported_the_appeal() -> None:
    text = (
        "Il ricorso è stato presentato con il sostegno di Legambiente, che ha pagato le spese "
        "legali."
    )
    doc = article_document(text, "it")
    answers = {c.question: c.answer for c in agents.extract(doc) if c.question}
    assert answers.get("Chi ha sostenuto il ricorso?") == "Legambiente", answers


def test_a_plan_supported_by_someone_is_not_asked_out_of_the_article() -> None:
    text = "A plan was drawn up with the support of Oxfam, which sent two advisers."
    answers = _answers(text, "en")
    assert "Oxfam" not in answers.values(), answers


def test_a_kind_asked_of_a_name_that_goes_on_after_for_is_not_cut() -> None:
    from quizlib.generate.extract import kinds

    text = "It was funded by the National Institute for Marine Research and the charity."
    end = text.index(" for ")
    assert kinds._goes_on(text, end, "en")


def test_an_italian_body_in_small_letters_is_an_agent() -> None:
    text = (
        "Il restauro del ponte è finito. Il restauro è stato finanziato dal ministero della "
        "Cultura. Il restauro è durato due anni."
    )
    doc = article_document(text, "it")
    answers = {c.question: c.answer for c in agents.extract(doc) if c.question}
    assert answers.get("Da chi è stato finanziato il restauro?") == "il ministero della Cultura", (
        answers
    )


def test_a_second_name_after_and_is_not_joined_to_the_first() -> None:
    text = "The Heart of Wales Line was upgraded by Network Rail and Transport for Wales in 2021."
    answers = _answers(text, "en")
    assert answers.get("Who upgraded the Heart of Wales Line?") == (
        "Network Rail and Transport for Wales"
    ), answers


def test_a_study_run_by_a_body_is_asked_in_the_past() -> None:
    text = "The survey was run by Marine Research and Innovation."
    answers = _answers(text, "en")
    assert answers.get("Who ran the survey?") == "Marine Research and Innovation", answers
