"""The prison term a court gave a named person (numbers.penalties): 'ha condannato a ...
NAME', 'ha condannato NAME a ...', 'La pena più alta, ..., è stata inflitta', 'NAME was
jailed for ...'; the answer is the whole term. On small texts of their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean


def questions(text: str, language: str = "en") -> dict[str, str]:
    title = "Story" if language == "en" else "Notizia"
    doc = build_document(clean(f"{title}\n\n{text}\n"), language)
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_an_italian_term_before_or_after_the_person_is_asked_of_the_person() -> None:
    qs = questions(
        "La corte d’appello ha condannato a tre anni e sei mesi di reclusione l’ex sindaco "
        "Paolo Ferri, 66 anni.",
        "it",
    )
    assert qs["A quale pena è stato condannato Paolo Ferri?"] == "tre anni e sei mesi di reclusione"
    qs = questions("Il giudice ha condannato Giulia Neri a 8 mesi per truffa.", "it")
    assert qs["A quale pena è stata condannata Giulia Neri?"] == "8 mesi"


def test_the_heaviest_term_of_a_trial_is_asked() -> None:
    qs = questions(
        "La pena più pesante, nove anni di reclusione, è stata inflitta al cassiere.", "it"
    )
    assert qs["Qual è stata la pena più pesante?"] == "nove anni di reclusione"


def test_an_english_person_jailed_is_asked_for_how_long() -> None:
    qs = questions("Peter Doyle, 39, was jailed for four years and six months on Friday.")
    assert qs["For how long was Peter Doyle jailed?"] == "four years and six months"
    qs = questions("The gang was jailed for 20 years in total.")
    assert not any(q.startswith("For how long was") for q in qs)
