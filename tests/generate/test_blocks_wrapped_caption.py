"""A caption hard-wrapped mid-sentence is furniture on both its lines."""

from __future__ import annotations

from quizlib.generate import generate_deck


def test_the_wrapped_line_of_a_caption_makes_no_card() -> None:
    text = (
        "Sahel, l’agenzia lancia l’allarme sugli sfollati nella regione\n\n"
        "Immagine 1\n"
        "Foto: Unhcr/B. Sanou – Donne sfollate in fila per la distribuzione di\n"
        "acqua nel sito di Kaya, nel centro-nord del Burkina Faso.\n\n"
        "Nel Sahel centrale il numero delle persone costrette a fuggire ha raggiunto i 4,1\n"
        "milioni alla fine del 2025, l’11% in più rispetto all’anno precedente.\n"
    )
    deck = generate_deck(text, language="it")
    assert deck.cards
    assert not any("Kaya" in (c.context or "") for c in deck.cards)
