"""generate_file: clear one-line errors for bad input, merging, and never a damaged deck."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quizlib.deckfile import check_deck_file, load_deck, write_deck
from quizlib.errors import GenerateError
from quizlib.generate import generate_file

from .helpers import ARTICLES

ARTICLE = ARTICLES / "festival-venezia.it.txt"


def one_line_error(article: Path, out: Path) -> str:
    with pytest.raises(GenerateError) as info:
        generate_file(article, out)
    message = str(info.value)
    assert message and "\n" not in message
    return message


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("binary.bin", bytes(range(256)) * 40, "not a text file"),
        ("latin1.txt", "Perché la città è bella.".encode("latin-1"), "not UTF-8"),
        (
            "furniture.txt",
            b"Logo\n\nImmagine 1\n\nLeggi anche: altro\n\nFoto: Reuters\n",
            "nothing",
        ),
    ],
)
def test_bad_input_is_one_line_error(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    article = tmp_path / name
    article.write_bytes(content)
    out = tmp_path / "deck.yaml"
    assert expected in one_line_error(article, out)
    assert not out.exists()


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "no such file" in one_line_error(tmp_path / "missing.txt", tmp_path / "d.yaml")
    assert "directory" in one_line_error(tmp_path, tmp_path / "d.yaml")


def test_five_megabyte_single_line(tmp_path: Path) -> None:
    article = tmp_path / "line.txt"
    article.write_text("parola senza fine " * 280_000, encoding="utf-8")
    out = tmp_path / "deck.yaml"
    try:
        deck = generate_file(article, out)
    except GenerateError as exc:
        assert "\n" not in str(exc)
    else:
        assert check_deck_file(out) == [] and deck is not None


def test_written_deck_passes_check(tmp_path: Path) -> None:
    out = tmp_path / "venezia.yaml"
    deck = generate_file(ARTICLE, out)
    assert check_deck_file(out) == []
    assert deck.id == "venezia" and deck.source == ARTICLE.name and deck.language == "it"
    assert load_deck(out).cards == deck.cards


def test_regeneration_is_stable(tmp_path: Path) -> None:
    out = tmp_path / "venezia.yaml"
    first = generate_file(ARTICLE, out).cards
    text = out.read_text(encoding="utf-8")
    second = generate_file(ARTICLE, out).cards
    assert [c.id for c in first] == [c.id for c in second]
    assert out.read_text(encoding="utf-8") == text


def test_merge_keeps_edits_and_deletions(tmp_path: Path) -> None:
    out = tmp_path / "venezia.yaml"
    deck = generate_file(ARTICLE, out)
    assert tuple(deck.generated) == tuple(c.id for c in deck.cards)
    edited, removed, forgotten = deck.cards[0], deck.cards[1], deck.cards[-1]
    # `removed` is listed in `deleted` by hand; `forgotten` is only cut from the file,
    # even though no other card comes from its sentence.
    alone = [c for c in deck.cards if c.context == forgotten.context]
    mine = replace(edited, question="La mia domanda?", answer="La mia risposta", choices=())
    cards = tuple(
        mine if c.id == edited.id else c
        for c in deck.cards
        if c.id not in {removed.id} | {c.id for c in alone}
    )
    write_deck(replace(deck, cards=cards, deleted=(removed.id,)), out)
    merged = generate_file(ARTICLE, out)
    ids = [c.id for c in merged.cards]
    assert merged.card(edited.id) == mine
    assert removed.id not in ids and forgotten.id not in ids
    assert removed.id in merged.deleted and forgotten.id in merged.deleted
    again = generate_file(ARTICLE, out)
    assert [c.id for c in again.cards] == ids
    assert again.deleted == merged.deleted


def test_cards_left_out_by_max_come_later(tmp_path: Path) -> None:
    out = tmp_path / "venezia.yaml"
    few = generate_file(ARTICLE, out, max_cards=2)
    everything = generate_file(ARTICLE, out)
    assert len(everything.cards) > len(few.cards)
    assert everything.deleted == ()
    assert set(everything.generated) == {c.id for c in everything.cards}


def test_new_facts_are_added(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Il porto di Trieste fu fondato nel 1719 dagli Asburgo.\n", encoding="utf-8")
    out = tmp_path / "a.yaml"
    before = {c.id for c in generate_file(article, out).cards}
    article.write_text(
        "Il porto di Trieste fu fondato nel 1719 dagli Asburgo.\n\n"
        "Il Presidente della Regione Massimo Fedriga ha visitato il porto. Fedriga è rimasto.\n",
        encoding="utf-8",
    )
    after = {c.id for c in generate_file(article, out).cards}
    assert before < after


def test_broken_existing_deck_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "venezia.yaml"
    out.write_text("deck: [unclosed\n", encoding="utf-8")
    message = one_line_error(ARTICLE, out)
    assert "left unchanged" in message and str(out) in message
    assert out.read_text(encoding="utf-8") == "deck: [unclosed\n"


def test_max_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(GenerateError, match="--max"):
        generate_file(ARTICLE, tmp_path / "d.yaml", max_cards=0)
    deck = generate_file(ARTICLE, tmp_path / "d.yaml", max_cards=3)
    assert len(deck.cards) == 3
