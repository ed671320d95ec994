"""What a person said, asked of the person: the reverse of 'Who said “…”?'."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.model import Card

EN = """Harbour plan wins its vote

The harbour board approved the new breakwater on Monday.
"We have waited twenty years for this wall," said Moira Tully, who chairs the board.
"The boats will be safe in any winter storm," said Peter Garvey, a local skipper.
"Nobody asked the people who swim here every morning," said Ruth Annan.
"The money would be better spent on the school roof," said Colin Baird.
"""

IT = """Approvato il nuovo frangiflutti

Il consiglio ha approvato lunedì il nuovo frangiflutti del porto.
«Aspettavamo quest’opera da vent’anni», ha detto Marta Ferri, presidente del consorzio.
«Le barche saranno al sicuro anche d’inverno», ha spiegato Paolo Gatti, pescatore.
«Nessuno ha chiesto niente a chi nuota qui ogni mattina», ha detto Rita Amato.
«Quei soldi servivano per il tetto della scuola», ha aggiunto Carlo Bassi.
"""


def _asked(text: str, language: str) -> dict[str, Card]:
    deck = generate_deck(text, deck_id="t", language=language)
    return {c.question: c for c in deck.cards if c.question}


def test_what_a_person_quoted_once_said_is_asked_with_the_other_quotations_as_choices() -> None:
    card = _asked(EN, "en")["What did Ruth Annan say?"]
    assert card.answer == "Nobody asked the people who swim here every morning"
    assert len(card.choices) == 4
    assert "The money would be better spent on the school roof" in card.choices


def test_what_a_person_said_is_asked_in_italian() -> None:
    card = _asked(IT, "it")["Che cosa ha detto Rita Amato?"]
    assert card.answer == "Nessuno ha chiesto niente a chi nuota qui ogni mattina"
    assert "Quei soldi servivano per il tetto della scuola" in card.choices


def test_a_person_quoted_twice_is_not_asked_what_they_said() -> None:
    text = EN.replace("said Colin Baird", "said Ruth Annan")
    asked = _asked(text, "en")
    assert "What did Ruth Annan say?" not in asked
    assert "What did Peter Garvey say?" in asked


def test_who_said_it_is_still_asked() -> None:
    asked = _asked(EN, "en")
    assert asked["Who said “The money would be better spent on the school roof”?"].answer == (
        "Colin Baird"
    )


def test_a_few_words_quoted_are_no_remark_and_no_choice() -> None:
    text = EN + '"Far too slow and far too late," said Tom Reilly.\n'
    asked = _asked(text, "en")
    assert asked["Who said “Far too slow and far too late”?"].answer == "Tom Reilly"
    short = text.replace("Far too slow and far too late", "far too late")
    asked = _asked(short, "en")
    assert "What did Tom Reilly say?" not in asked
    assert "far too late" not in asked["What did Ruth Annan say?"].choices
