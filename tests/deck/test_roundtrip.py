"""Writing a deck then reading it gives the same deck, for any text a person might type."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quizlib.deckfile import dump_deck, load_deck, parse_deck, write_deck
from quizlib.model import Card, Deck

TRICKY = [
    "No",
    "no",
    "yes",
    "on",
    "off",
    "1873",
    "null",
    "~",
    "",
    " lead",
    "trail ",
    "# x",
    "a: b",
    "- x",
    "0x1F",
    "1e3",
    "2025-08-15",
    "'q'",
    '"d"',
    "{a}",
    "[b]",
    "@x",
    "%y",
    "line\nbreak",
    "tab\there",
    "trailing\n",
    "\n",
    "„«»“”’",
    "Óbuda",
    "\x85",
    "\u2028",
]

# Text a file can hold: any unicode scalar except surrogates.
text = st.one_of(st.sampled_from(TRICKY), st.text(st.characters(blacklist_categories=("Cs",))))
nonblank = text.filter(lambda s: s.strip() != "")
ids = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,20}", fullmatch=True)
# All-digit ones included: YAML would read those as numbers unless the writer quotes them.
fingerprints = st.from_regex(r"[0-9a-f]{12}", fullmatch=True) | st.from_regex(
    r"[0-9]{12}", fullmatch=True
)


@st.composite
def cards(draw: st.DrawFn, card_id: str) -> Card:
    common = {
        "id": card_id,
        "context": draw(st.none() | text),
        "origin": draw(st.none() | text),
        "tags": tuple(draw(st.lists(text, max_size=3))),
    }
    if draw(st.booleans()):
        hidden = draw(nonblank.filter(lambda s: "}}" not in s and "::" not in s))
        before = draw(text.filter(lambda s: "{{" not in s))
        return Card(cloze=f"{before}{{{{c1::{hidden}}}}}", **common)
    answer = draw(nonblank)
    choices: tuple[str, ...] = ()
    if draw(st.booleans()):
        others = draw(st.lists(text, min_size=1, max_size=3, unique=True))
        choices = tuple(dict.fromkeys([answer, *others]))
        if len(choices) < 2:
            choices = ()
    return Card(
        question=draw(nonblank),
        answer=answer,
        accept=tuple(draw(st.lists(text, max_size=3))),
        choices=choices,
        kind=draw(st.sampled_from([None, "date", "number", "entity"])),
        **common,
    )


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    card_ids = draw(st.lists(ids, max_size=5, unique=True))
    return Deck(
        name=draw(nonblank),
        id=draw(ids),
        cards=tuple(draw(cards(i)) for i in card_ids),
        language=draw(st.none() | st.sampled_from(["it", "en"])),
        source=draw(st.none() | text),
        deleted=tuple(draw(st.lists(ids, max_size=2))),
        generated=draw(st.dictionaries(ids, st.none() | fingerprints, max_size=3)),
    )


@settings(max_examples=300, deadline=None)
@given(decks())
def test_dump_then_load_is_identity(deck: Deck) -> None:
    written = dump_deck(deck)
    # valid YAML for any reader, and every value a string
    data = yaml.safe_load(written)
    assert data["deck"] == deck.name
    assert parse_deck(written, "roundtrip.yaml") == deck


@settings(max_examples=30, deadline=None)
@given(decks())
def test_write_deck_to_file(deck: Deck) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "deck.yaml"
        write_deck(deck, path)
        assert load_deck(path) == deck
        assert [p.name for p in Path(tmp).iterdir()] == ["deck.yaml"]  # no temp file left


def test_shipped_decks_load_and_match_schema() -> None:
    import jsonschema

    from quizlib import paths
    from quizlib.schema import schema_text

    schema = json.loads(schema_text())
    shipped = paths.deck_files(paths.bundled_decks_dir())
    assert shipped
    for path in shipped:
        deck = load_deck(path)
        assert deck.cards
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)


def test_written_deck_is_readable() -> None:
    deck = Deck(
        name="Vertice",
        id="vertice",
        cards=(Card(id="b", question="Quando?", answer="1873", choices=("1867", "1873")),),
    )
    assert dump_deck(deck) == (
        "quizlib: 1\ndeck: Vertice\nid: vertice\ncards:\n"
        "- id: b\n  question: Quando?\n  answer: '1873'\n  choices: ['1867', '1873']\n"
    )
