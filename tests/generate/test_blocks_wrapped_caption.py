"""A caption hard-wrapped mid-sentence is furniture on both its lines."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.blocks import read_layout
from quizlib.generate.text import clean


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


def test_a_caption_wrapped_inside_its_credit_is_furniture() -> None:
    text = (
        "Opec, altri barili a giugno: il Brent scende\n\n"
        "Immagine 1\n\n"
        "Una piattaforma petrolifera nel Golfo Persico. (Foto: Reuters/Hamad I.\n"
        "Mohammed)\n\n"
        "Gli otto Paesi dell'Opec hanno deciso di aumentare l'offerta di 188.000 barili al "
        "giorno a partire dal 1° giugno.\n"
    )
    layout = read_layout(clean(text))
    body = [b.text for b in layout.body if b.kind != "furniture"]
    assert any(t.startswith("Gli otto Paesi") for t in body), body
    assert not any("Golfo" in t or "Mohammed" in t for t in body), body
