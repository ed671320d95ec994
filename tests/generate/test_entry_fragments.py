"""Background entries whose paragraph opens with a description and no verb of its own ('A town
in ... with a population of about 6,800, founded in 1761 ...'): recognised as entries, and read
with the heading as the subject."""

from __future__ import annotations

from quizlib.generate.blocks import verbless_description
from quizlib.generate.fragments import entry_fragment

from .helpers import questions_of


def test_a_verbless_description_is_told_from_a_sentence() -> None:
    assert verbless_description("A market town in north Devon, founded in 1205 by charter.")
    assert verbless_description("Comune di circa 2.400 abitanti in provincia di Rieti.")
    assert verbless_description("A village which has a population of about 900.")
    assert not verbless_description("A fire destroyed the mill in 1891.")
    assert not verbless_description("A new bridge was built in 1990.")
    assert not verbless_description("The town was founded in 1205.")


def test_the_heading_becomes_the_subject_of_the_description() -> None:
    said = entry_fragment("A market town in north Devon, founded in 1205.", "Torrington", "en")
    assert said == "Torrington is a market town in north Devon, founded in 1205."
    said = entry_fragment("Comune di circa 2.400 abitanti in provincia di Rieti.", "Leonessa", "it")
    assert said == "Leonessa è un comune di circa 2.400 abitanti in provincia di Rieti."
    said = entry_fragment("Area protetta di circa 900 ettari.", "la Riserva del Lago", "it")
    assert said == "La Riserva del Lago è un’area protetta di circa 900 ettari."


def test_an_entry_that_opens_with_a_description_is_asked_of_its_heading() -> None:
    text = (
        "A test article\n\nThe council met on Monday in the town hall.\n\nTorrington\n\n"
        "A market town in north Devon with a population of about 5,900, founded in 1205 by "
        "royal charter.\n"
    )
    asked = questions_of(text, "en")
    assert asked.get("What is the population of Torrington?") == "about 5,900"
    assert asked.get("In what year was Torrington founded?") == "1205"
    text = (
        "Un articolo di prova\n\nIl consiglio si è riunito lunedì in municipio.\n\nLeonessa\n\n"
        "Comune di circa 2.400 abitanti in provincia di Rieti, situato a 969 metri di altitudine.\n"
    )
    asked = questions_of(text, "it")
    assert asked.get("Quanti abitanti ha Leonessa?") == "circa 2.400"
