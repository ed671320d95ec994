"""A participle phrase set off after the noun or the name it describes inside a clause is said
of it ('repairs to the old mill, built in 1852, and ...' -> 'The old mill was built in 1852.'),
and an Italian entry's sentence that opens with a participle and says no subject is read with
the entry as its subject, a clitic ('si estende') or a phrase of 'con' before its verb. On small
texts of their own."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.document import Document, Sentence
from quizlib.generate.statements import statements
from tests.generate.helpers import it_questions


def _said(text: str, language: str) -> list[str]:
    doc = Document(None, language, (Sentence(text, "paragraph 1", 0, 0),), ())
    return [s.text for s in statements(doc)]


def test_a_participle_after_a_noun_inside_a_clause_is_said_of_it() -> None:
    said = _said(
        "The lottery money will pay for repairs to the old mill, built in 1852, and to the weir.",
        "en",
    )
    assert "The old mill was built in 1852." in said
    said = _said(
        "I fondi serviranno per il vecchio mulino, costruito nel 1852, e per la diga.", "it"
    )
    assert "Il vecchio mulino è stato costruito nel 1852." in said


def test_a_participle_after_of_or_of_another_gender_is_not_said() -> None:
    # the roof or the chapel: whose date is it?
    said = _said("The money will pay for the roof of the chapel, built in 1852, and a lift.", "en")
    assert not any("built in 1852." in s and s.startswith("The") for s in said)
    said = _said("I fondi serviranno per il mulino, costruita nel 1852, e per la diga.", "it")
    assert not any("costruit" in s and " è " in s for s in said)


def test_a_participle_ending_an_apposition_is_said_of_the_name() -> None:
    said = _said(
        "The weir is looked after by Holme Angling Club, a society formed in 1921, which has "
        "300 members.",
        "en",
    )
    assert "Holme Angling Club was formed in 1921." in said
    said = _said(
        "Il circolo aderisce alla FIPSAS, la federazione nazionale fondata nel 1942, che "
        "riunisce 200.000 pescatori.",
        "it",
    )
    assert "La FIPSAS è stata fondata nel 1942." in said


def test_an_apposition_whose_participle_is_not_the_names_gender_is_not_said() -> None:
    said = _said(
        "Il circolo aderisce a Centro Pesca Lario, la società fondata nel 1942, che riunisce "
        "200 pescatori.",
        "it",
    )
    assert not any("fondat" in s and " è " in s for s in said)


_IT = (
    "Titolo di una prova sul lago\n\nIl consorzio del lago di Varano ha approvato ieri il "
    "nuovo piano di pesca dopo tre ore di discussione.\n\n"
    "Lago di Varano\nIl lago di Varano è il più grande lago costiero dell’Italia meridionale.\n\n"
)


def _entry_questions(entry: str, paragraph: str) -> dict[str, str]:
    deck = generate_deck(_IT + f"{entry}\n{paragraph}\n", deck_id="t", language="it")
    return {c.question: c.answer for c in deck.cards if c.question and c.answer}


def test_an_entry_opening_with_a_participle_and_a_clitic_verb() -> None:
    qs = _entry_questions(
        "Oasi del Gargano", "Istituita nel 1995, si estende per circa 2.400 ettari."
    )
    assert any(a == "1995" and "istituita" in q for q, a in qs.items())
    assert any("2.400" in a and "ettari" in q for q, a in qs.items())


def test_an_entry_opening_with_a_participle_and_a_phrase_of_con() -> None:
    qs = _entry_questions(
        "Oasi del Gargano",
        "Istituita nel 1995, con i suoi 2.400 ettari è la più vasta riserva della provincia.",
    )
    assert any(a == "1995" and "istituita" in q for q, a in qs.items())


def test_a_verb_after_and_inside_a_reported_clause_is_not_the_sayer_s() -> None:
    # "ricorda che ogni forma richiede ... e pesa": the wheel weighs 40 kilos, not the man
    asked = it_questions(
        "Il casaro Luca Bonini ricorda che ogni forma richiede circa 550 litri di latte e pesa "
        "in media 40 chili."
    )
    assert not any(q.startswith("Quanto pesa il casaro") for q in asked)


def test_a_second_verb_after_e_takes_no_clitic_of_the_first() -> None:
    asked = it_questions(
        "Durante il cantiere la squadra si allenerà e giocherà al palazzetto di Thiene."
    )
    assert asked.get("Dove giocherà la squadra durante il cantiere?") == "al palazzetto di Thiene"
    assert not any("si giocherà" in q for q in asked)
