"""How many people a named body or place has, told as 'the N members of X' ('I 31 soci del
Caseificio ...', 'Carnon Valley Tin’s 140 employees'), on sentences of our own."""

from __future__ import annotations

from quizlib.generate.extract import members

from .test_precision_owners import answers


def asked(text: str, language: str = "it") -> dict[str, str]:
    return answers(members.extract, text, language)


def test_the_people_of_a_named_body_or_place() -> None:
    text = "I 31 soci del Caseificio sociale Pieve Rossa hanno approvato il piano di emergenza."
    assert asked(text) == {"Quanti soci ha il Caseificio sociale Pieve Rossa?": "31"}
    assert asked("I 300 dipendenti dell’Acciaieria Lucchini sono in cassa integrazione.") == {
        "Quanti dipendenti ha l’Acciaieria Lucchini?": "300"
    }
    assert asked("I 40.000 abitanti di Rovigo potranno votare domenica.") == {
        "Quanti abitanti ha Rovigo?": "40.000"
    }
    assert asked("Carnon Valley Tin's 140 employees were told on Monday.", "en") == {
        "How many employees does Carnon Valley Tin have?": "140"
    }


def test_a_person_s_people_or_many_bodies_are_not_asked() -> None:
    assert asked("Anna Neri's 12 staff were told on Monday.", "en") == {}
    assert asked("I 400 dipendenti dei Comuni della valle hanno scioperato.") == {}
