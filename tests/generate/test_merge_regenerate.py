"""End to end: `quiz generate` again after the generator changed, on a deck the person edited."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import quizlib.generate as generate
from quizlib.cli import main
from quizlib.deckfile import check_deck_file, load_deck
from quizlib.model import Deck, card_fingerprint

ARTICLE = (
    "Il porto di Trieste fu fondato nel 1719 dagli Asburgo.\n\n"
    "Il teatro Verdi di Trieste fu inaugurato nel 1801.\n"
)


def better_wording(real):  # type: ignore[no-untyped-def]
    """A later generator: the same facts, every question worded anew."""

    def generate_deck(*args, **kwargs) -> Deck:  # type: ignore[no-untyped-def]
        deck = real(*args, **kwargs)
        cards = tuple(
            replace(c, question=f"{c.question} (v2)") if c.question else c for c in deck.cards
        )
        return replace(deck, cards=cards, generated={c.id: card_fingerprint(c) for c in cards})

    return generate_deck


def test_edited_card_keeps_its_edit_and_the_others_follow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "trieste.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "trieste.yaml"
    assert main(["generate", str(article), "-o", str(out)]) == 0
    first = load_deck(out)
    asked = [c for c in first.cards if c.question]
    assert len(asked) >= 2
    edited, left = asked[0], asked[1]
    text = out.read_text(encoding="utf-8")
    line = f"  question: {edited.question}\n"
    assert text.count(line) == 1
    out.write_text(text.replace(line, "  question: La mia domanda?\n"), encoding="utf-8")

    monkeypatch.setattr(generate, "generate_deck", better_wording(generate.generate_deck))
    assert main(["generate", str(article), "-o", str(out)]) == 0
    capsys.readouterr()
    assert check_deck_file(out) == []
    second = load_deck(out)
    assert [c.id for c in second.cards] == [c.id for c in first.cards]
    assert second.card(edited.id) == replace(edited, question="La mia domanda?")
    assert second.card(left.id) == replace(left, question=f"{left.question} (v2)")
    assert second.generated[edited.id] == card_fingerprint(edited)  # still known as edited
    assert second.generated[left.id] == card_fingerprint(second.card(left.id))  # type: ignore[arg-type]
    for cloze in (c for c in first.cards if c.cloze):
        assert second.card(cloze.id) == cloze  # unchanged by the new generator: the same
