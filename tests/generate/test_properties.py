"""Properties: the generator never raises on any text, and every card it writes passes check."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizlib.deckfile import check_deck_file, dump_deck
from quizlib.generate import generate_deck

WORDS = st.sampled_from(
    """Il la di che è nel 1873 Budapest si formò “ ” « » . , ; : ( ) NATO (NATO) ha detto
    Lavrov Sergej Presidente Ministro degli Esteri 15 agosto 2025 The was founded in 1949
    said “Yes.” Logo Immagine 1 Leggi anche: \n \n\n - 27 paesi l’ dell’ U.S. sig. è un’alleanza
    Qual più grande città Anchorage, Alaska {{c1::x}} :: # ' " \t ’ … ! ?""".split(" ")
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(WORDS, max_size=120).map(" ".join),
    st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=80).map("".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([None, "it", "en"]), st.sampled_from([None, 0, 1, 5]))
def test_generate_never_raises_and_cards_pass_check(
    text: str, language: str | None, max_cards: int | None
) -> None:
    deck = generate_deck(text, language=language, max_cards=max_cards, deck_id="prop")
    if max_cards is not None:
        assert len(deck.cards) <= max_cards
    ids = [c.id for c in deck.cards]
    assert len(ids) == len(set(ids))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "prop.yaml"
        path.write_text(dump_deck(deck), encoding="utf-8")
        assert check_deck_file(path) == []
