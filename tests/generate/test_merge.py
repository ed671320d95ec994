"""merge_decks: cards left as generated follow the generator, edited ones stay as they are."""

from __future__ import annotations

from dataclasses import replace

from quizlib.deckfile import dump_deck, parse_deck
from quizlib.generate import merge_decks
from quizlib.model import Card, Deck, card_fingerprint


def card(card_id: str, question: str, answer: str = "1873") -> Card:
    return Card(id=card_id, question=question, answer=answer, context="S.", kind="date")


def generation(*cards: Card) -> Deck:
    """A deck as the generator writes it: every card recorded with its fingerprint."""
    return Deck(name="T", id="t", cards=cards, generated={c.id: card_fingerprint(c) for c in cards})


A1, B1, C1 = card("a", "Old a?"), card("b", "Old b?"), card("c", "Old c?")
A2, B2, C2 = card("a", "New a?"), card("b", "New b?"), card("c", "New c?")


def test_unedited_card_follows_the_generator_in_place() -> None:
    merged = merge_decks(generation(A1, B1, C1), generation(C2, A2, B2))
    assert merged.cards == (A2, B2, C2)  # the deck's order, the new wording
    assert merged.generated == {c.id: card_fingerprint(c) for c in (A2, B2, C2)}


def test_edited_card_is_kept_and_its_record_too() -> None:
    old = generation(A1, B1)
    mine = replace(B1, question="My b?")
    merged = merge_decks(old.with_cards((A1, mine)), generation(A2, B2))
    assert merged.cards == (A2, mine)
    assert merged.generated["b"] == card_fingerprint(B1)
    # still known as edited on the next run: it never follows the generator again
    again = merge_decks(merged, generation(A2, replace(B2, question="Newer b?")))
    assert again.card("b") == mine


def test_edit_of_any_field_counts() -> None:
    for change in (
        {"answer": "1874"},
        {"accept": ("nel 1873",)},
        {"context": "Other."},
        {"tags": ("mine",)},
        {"kind": None},
    ):
        mine = replace(A1, **change)  # type: ignore[arg-type]
        merged = merge_decks(generation(A1).with_cards((mine,)), generation(A2))
        assert merged.cards == (mine,), change


def test_unknown_record_is_kept_unless_it_equals_the_new_card() -> None:
    old = replace(generation(A1, B1), generated={"a": None, "b": None})
    merged = merge_decks(old, generation(A2, B1))
    assert merged.cards == (A1, B1)  # a may have been edited: kept as it is
    assert merged.generated == {"a": None, "b": card_fingerprint(B1)}
    # b is now known unedited, so the run after follows the generator for it
    later = merge_decks(merged, generation(A2, B2))
    assert later.cards == (A1, B2)
    assert later.generated == {"a": None, "b": card_fingerprint(B2)}


def test_deleted_cards_stay_deleted() -> None:
    old = replace(generation(A1, B1, C1), cards=(A1,), deleted=("c",))
    merged = merge_decks(old, generation(A2, B2, C2))
    assert merged.cards == (A2,)
    assert merged.deleted == ("c", "b")
    assert set(merged.generated) == {"a", "b", "c"}


def test_persons_own_cards_are_kept() -> None:
    own = card("mine", "My own question?")
    clash = card("b", "My b, written by hand?")  # an id the generator starts to make
    old = replace(generation(A1), cards=(own, A1, clash))
    merged = merge_decks(old, generation(A2, B2))
    assert merged.cards == (own, A2, clash)
    assert "mine" not in merged.generated
    assert merged.generated["b"] is None  # never known as generated: kept on later runs too
    assert merge_decks(merged, generation(A2, B2)).card("b") == clash


def test_unedited_card_the_generator_no_longer_makes_stays() -> None:
    merged = merge_decks(generation(A1, B1), generation(B2))
    assert merged.cards == (A1, B2)
    assert merged.generated["a"] == card_fingerprint(A1)
    assert merged.deleted == ()


def test_new_cards_come_after_their_predecessor_and_are_recorded() -> None:
    merged = merge_decks(generation(A1, C1), generation(A2, B2, C2))
    assert merged.cards == (A2, B2, C2)
    assert merged.generated["b"] == card_fingerprint(B2)
    assert list(merged.generated) == ["a", "c", "b"]  # old records keep their order


def test_merging_twice_changes_nothing_more() -> None:
    mine = replace(B1, question="My b?")
    old = replace(generation(A1, B1, C1), cards=(A1, mine))
    once = merge_decks(old, generation(A2, B2, C2))
    assert merge_decks(once, generation(A2, B2, C2)) == once


OLD_LIST_DECK = """\
quizlib: 1
deck: T
cards:
- id: a
  question: Old a?
  answer: '1873'
  context: S.
  kind: date
- id: b
  question: My b?
  answer: '1873'
  context: S.
  kind: date
generated: [a, b, c]
"""


def test_old_list_deck_never_loses_an_edit() -> None:
    old = parse_deck(OLD_LIST_DECK, "old.yaml")
    assert old.generated == {"a": None, "b": None, "c": None}
    merged = merge_decks(old, generation(A1, B2, C2))
    assert merged.cards == (A1, replace(B1, question="My b?"))  # b: kept, though not known
    assert merged.deleted == ("c",)
    assert merged.generated == {"a": card_fingerprint(A1), "b": None, "c": None}
    assert parse_deck(dump_deck(merged), "new.yaml") == merged
