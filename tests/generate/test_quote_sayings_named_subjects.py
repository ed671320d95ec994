"""What a quotation says of a name, of a thing it points at, or of a thing for someone; and
what a thing is in the words of a person named first or of a body."""

from __future__ import annotations

from .helpers import en_questions, it_questions


def test_a_name_is_a_subject_the_question_names() -> None:
    asked = it_questions(
        "«Minsk non è un vicino neutrale, è una piattaforma logistica per la macchina bellica "
        "del Cremlino», ha detto il ministro Tomas Žilinskas."
    )
    assert asked.get("Secondo Tomas Žilinskas, che cos’è Minsk?") == (
        "una piattaforma logistica per la macchina bellica del Cremlino"
    )


def test_a_demonstrative_is_made_definite() -> None:
    asked = it_questions(
        "«Questa dichiarazione è un passo verso le elezioni di dicembre», ha dichiarato il "
        "ministro Deng Malual."
    )
    assert asked.get("Secondo Deng Malual, che cos’è la dichiarazione?") == (
        "un passo verso le elezioni di dicembre"
    )


def test_for_whom_goes_into_the_question() -> None:
    asked = it_questions(
        "«Bergamo è stata per Lotto la città della libertà: qui ha trovato committenti», ha "
        "spiegato la curatrice Elena Rota."
    )
    assert asked.get("Secondo Elena Rota, che cosa è stata Bergamo per Lotto?") == (
        "la città della libertà"
    )


def test_what_a_thing_is_for_the_person_named_first() -> None:
    asked = it_questions(
        "Per Lucia Gherardi, delegata sindacale da 22 anni, il trasferimento a Castellarano è "
        "«una proposta che divide i lavoratori invece di tutelarli»."
    )
    assert asked.get("Secondo Lucia Gherardi, che cos’è il trasferimento a Castellarano?") == (
        "una proposta che divide i lavoratori invece di tutelarli"
    )


def test_a_body_describes_past_its_aside() -> None:
    asked = it_questions(
        "Il ministero degli Esteri bielorusso, in una nota diffusa in serata, ha definito le "
        "sanzioni «un atto di guerra economica contro un popolo sovrano»."
    )
    assert asked.get("Come ha definito le sanzioni il ministero degli Esteri bielorusso?") == (
        "un atto di guerra economica contro un popolo sovrano"
    )


def test_a_common_word_that_opens_the_quotation_is_no_name() -> None:
    asked = en_questions('"Energy is an essential service," said Daniel Whitford.')
    assert not any("describe Energy" in q for q in asked), asked


def test_a_pronoun_before_a_phrase_is_no_thing_pointed_at() -> None:
    asked = it_questions(
        "«Il caldo aiuta la schiusa, e questo nel lungo periodo è un problema», ha detto il "
        "biologo Nicola Fiorentino."
    )
    assert not any("il nel lungo" in q for q in asked), asked


def test_what_a_thing_is_like_is_not_asked_as_what_it_is() -> None:
    asked = it_questions(
        "Secondo Francesca Loiacono, analista di Fidelis Sim, il prezzo pagato è «coerente con "
        "le valutazioni del settore»."
    )
    assert "Secondo Francesca Loiacono, che cos’è il prezzo pagato?" not in asked
