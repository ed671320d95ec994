"""A number in figures that completes a capitalised name is part of a label, not a count."""

from __future__ import annotations

from quizlib.generate import generate_deck


def _answers(text: str) -> list[str]:
    deck = generate_deck(text, deck_id="t")
    return [str(c.answer) for c in deck.cards if c.answer] + [
        c.cloze or "" for c in deck.cards if c.cloze
    ]


def test_a_label_number_is_never_blanked_or_asked_as_a_count() -> None:
    found = _answers(
        "Reading pilot in the schools\n\n"
        "The share of Year 1 students meeting the benchmark rose from 53% to 71% this year.\n\n"
        "Il laboratorio ha accolto gli alunni della Classe 3 per una settimana di prove.\n"
    )
    assert not any("{{c1::1}}" in a or a == "1" for a in found)
    assert not any("{{c1::3}}" in a or a == "3" for a in found)


def test_a_number_after_the_first_word_a_month_or_an_era_is_kept() -> None:
    found = _answers(
        "Reading pilot in the schools\n\n"
        "In 24 schools the pupils read more books than last year.\n\n"
        "Since March 300 volunteers have joined the scheme across the county.\n\n"
        "The wall was begun in AD 122 during the reign of the emperor Hadrian.\n"
    )
    assert any("{{c1::24}}" in a or a == "24" for a in found)
    assert any("300" in a for a in found)
    assert any("122" in a for a in found)
