"""An entry's sentence that opens with a noun phrase describing the entry, then names it as the
subject: 'Capoluogo del Molise, Campobasso conta circa 48.000 abitanti' is read as 'Campobasso
conta circa 48.000 abitanti', so its figures are asked of the entry. On small texts of their
own."""

from __future__ import annotations

from quizlib.generate import generate_deck

_IT = (
    "Titolo di una prova sul consiglio\n\nIl consiglio comunale ha approvato ieri il nuovo piano "
    "dei parcheggi dopo tre ore di discussione.\n\n"
)
_EN = (
    "A test headline about the council\n\nThe council approved the new parking plan on "
    "Wednesday after a three-hour debate.\n\n"
)


def _entry_questions(entry: str, paragraph: str, language: str) -> dict[str, str]:
    text = (_IT if language == "it" else _EN) + f"{entry}\n{paragraph}\n"
    deck = generate_deck(text, deck_id="t", language=language)
    return {c.question: c.answer for c in deck.cards if c.question and c.answer}


def test_a_description_before_the_entry_named_as_subject() -> None:
    qs = _entry_questions(
        "Campobasso",
        "Capoluogo della regione più giovane d’Italia, Campobasso conta circa 48.000 "
        "abitanti. La città è sede di un’università.",
        "it",
    )
    assert qs["Quanti abitanti ha Campobasso?"] == "circa 48.000"
    qs = _entry_questions(
        "Ludlow",
        "A market town in south Shropshire, Ludlow lies on the River Teme and has a "
        "population of around 11,000. It was founded in the 11th century.",
        "en",
    )
    assert qs["What is the population of Ludlow?"] == "around 11,000"


def test_no_subject_or_a_clause_before_the_comma_is_no_description() -> None:
    qs = _entry_questions(
        "Campobasso",
        "Capoluogo del Molise, fu a lungo il centro del commercio della lana della regione.",
        "it",
    )
    assert not any(a.startswith("a lungo") for a in qs.values())
    qs = _entry_questions(
        "Ludlow",
        "The town grew quickly, Ludlow had 3,000 residents by 1400.",
        "en",
    )
    assert "How many residents did Ludlow have by 1400?" not in qs
