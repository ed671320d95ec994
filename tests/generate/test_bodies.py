"""A named body and the relative clause set off after it, asked by the body's kind: 'the Ashby
Canal Trust, which maintains the towpath' -> 'Which trust maintains the towpath?'."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import bodies
from quizlib.generate.text import clean


def _answers(text: str, language: str) -> dict[str, str]:
    title = "Titolo di prova per il test" if language == "it" else "A headline for the test"
    doc = build_document(clean(f"{title}\n\n{text}"), language)
    return {c.question: c.answer for c in bodies.extract(doc) if c.question}


def test_an_agent_with_its_kind_in_its_name() -> None:
    text = "The towpath was repaired by the Ashby Canal Trust, which maintains the locks."
    assert _answers(text, "en") == {"Which trust maintains the locks?": "Ashby Canal Trust"}


def test_a_subject_with_its_kind_in_small_letters() -> None:
    text = "The charity Mind, which runs the helpline, said calls had doubled."
    assert _answers(text, "en") == {"Which charity runs the helpline?": "Mind"}


def test_whose_asks_the_kind_in_the_possessive() -> None:
    text = "Two walkers were helped by the Dales Rescue Team, whose members staff the huts."
    assert _answers(text, "en") == {"Which team’s members staff the huts?": "Dales Rescue Team"}


def test_the_body_a_role_is_of() -> None:
    text = "“It is a good day,” said Ann Hale, chair of the Fenton Bus Group, which has run a van."
    assert _answers(text, "en") == {"Which group has run a van?": "Fenton Bus Group"}


def test_after_another_noun_the_relative_may_be_of_that_noun() -> None:
    text = "The report from the Water Agency, which is due in May, was delayed."
    assert _answers(text, "en") == {}


def test_a_name_with_no_kind_is_asked_as_an_organisation_only_when_it_speaks() -> None:
    text = "Corvex, which makes pumps, said it would hire 40 people."
    assert _answers(text, "en") == {"Which organisation makes pumps?": "Corvex"}
    quiet = "Corvex, which makes pumps, hired 40 people."
    assert _answers(quiet, "en") == {}


def test_a_plural_verb_is_of_more_names_than_one() -> None:
    text = "The appeal was lodged by Vico Council and the Harbour Trust, which oppose the plan."
    assert _answers(text, "en") == {}


def test_italian_agent_with_its_kind_in_small_letters() -> None:
    text = "Il ricorso è stato firmato dall’associazione Terra Viva, che raccoglie trenta comitati."
    assert _answers(text, "it") == {"Quale associazione raccoglie trenta comitati?": "Terra Viva"}


def test_italian_name_opening_with_its_kind() -> None:
    text = "A costruirlo è stato il Consorzio Bonifica Sud, che gestisce dodici impianti, ieri."
    assert _answers(text, "it") == {
        "Quale consorzio gestisce dodici impianti?": "Consorzio Bonifica Sud"
    }


def test_italian_plural_verb_is_not_asked() -> None:
    text = "Lo firmano il Comune di Vico e l’associazione Terra Viva, che contestano il piano."
    assert _answers(text, "it") == {}


def test_italian_che_after_a_role_may_be_of_the_person() -> None:
    text = "Ha parlato Anna Neri, presidente dell’Associazione Lago Vivo, che ha firmato l’esposto."
    assert _answers(text, "it") == {}
