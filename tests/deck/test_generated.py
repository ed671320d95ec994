"""The `generated` record: card id -> fingerprint, the older list form, and clean errors."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path

import jsonschema
import pytest
import yaml

from quizlib.deckcache import load_deck_cached
from quizlib.deckfile import check_deck_file, dump_deck, load_deck, parse_deck
from quizlib.model import Card, Deck, card_fingerprint
from quizlib.schema import schema_text

HEADER = "quizlib: 1\ndeck: Test\ncards:\n- id: a\n  question: Q?\n  answer: A\n"
CARD = Card(
    id="a",
    question="Quando?",
    answer="1873",
    accept=("nel 1873",),
    choices=("1867", "1873"),
    context="S.",
    origin="paragraph 1",
    kind="date",
    tags=("x",),
)


def problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    return [str(p).removeprefix(f"{path}:") for p in check_deck_file(path)]


def test_fingerprint_is_pinned() -> None:
    # Changing the canonical form makes every recorded card look edited: then nothing
    # follows the generator again. Change it only on purpose.
    assert card_fingerprint(CARD) == "72040179ae77"
    assert card_fingerprint(Card(id="b", cloze="{{c1::x}}")) == "b7e9595d5fb5"


def test_fingerprint_sees_every_field_but_the_id() -> None:
    assert card_fingerprint(replace(CARD, id="other")) == card_fingerprint(CARD)
    variants = []
    for spec in fields(Card):
        if spec.name == "id":
            continue
        value = getattr(CARD, spec.name)
        tuples = isinstance(value, tuple)
        variants.append(replace(CARD, **{spec.name: ("changed",) if tuples else "changed"}))
        if value not in (None, ()):
            variants.append(replace(CARD, **{spec.name: () if tuples else None}))
    prints = [card_fingerprint(c) for c in variants]
    assert len(set(prints)) == len(prints)
    assert card_fingerprint(CARD) not in prints


def test_mapping_is_written_one_line_per_id_at_the_end() -> None:
    deck = Deck(
        name="T",
        id="t",
        cards=(CARD,),
        generated={"a": card_fingerprint(CARD), "gone": None, "1873": "123456789012"},
    )
    text = dump_deck(deck)
    assert text.endswith("generated:\n  a: 72040179ae77\n  gone: null\n  '1873': '123456789012'\n")
    assert parse_deck(text, "t.yaml") == deck


def test_old_list_form_loads_checks_clean_and_round_trips(tmp_path: Path) -> None:
    text = HEADER + "generated: [a, b]\ndeleted: [b]\n"
    assert problems(tmp_path, text) == []
    deck = parse_deck(text, "x.yaml")
    assert deck.generated == {"a": None, "b": None}
    written = dump_deck(deck)
    assert written.endswith("deleted: [b]\ngenerated:\n  a: null\n  b: null\n")
    assert parse_deck(written, "x.yaml") == deck
    block = HEADER + "generated:\n- a\n- a\n- b\n"  # the long form, a repeated id read once
    assert parse_deck(block, "x.yaml").generated == {"a": None, "b": None}


def test_empty_generated_is_an_empty_record(tmp_path: Path) -> None:
    assert problems(tmp_path, HEADER + "generated:\n") == []
    assert parse_deck(HEADER + "generated: {}\n").generated == {}


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "generated: yes\n",
            "7:12: 'generated' must map each card id to its fingerprint, one per line "
            "('card-id: 0123456789ab', or 'card-id: null' when unknown)",
        ),
        (
            "generated:\n  a: 0123456789zz\n",
            "8:6: the fingerprint of 'a' in 'generated' must be 12 hex digits (0-9, a-f) "
            "or null, not '0123456789zz'",
        ),
        (
            "generated:\n  a: 0123\n",
            "8:6: the fingerprint of 'a' in 'generated' must be a string, but YAML reads "
            "'0123' as a number; quote it: \"0123\"",
        ),
        (
            "generated:\n  a: [x]\n",
            "8:6: the fingerprint of 'a' in 'generated' must be a string",
        ),
        (
            "generated:\n  bad id: null\n",
            "8:3: card id 'bad id' may use only letters, digits, '.', '_' and '-', "
            "and must start with a letter or digit (in 'generated')",
        ),
        (
            "generated: [a, -b]\n",
            "7:16: card id '-b' may use only letters, digits, '.', '_' and '-', "
            "and must start with a letter or digit (in 'generated')",
        ),
        (
            "generated:\n  a: null\n  a: null\n",
            "9:3: duplicate key 'a' in 'generated' (first on line 8)",
        ),
    ],
)
def test_bad_generated_is_one_clean_problem(tmp_path: Path, tail: str, expected: str) -> None:
    assert problems(tmp_path, HEADER + tail) == [expected]


def test_quiz_check_reports_bad_generated_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(HEADER + "generated:\n  a: nothex\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "quizlib", "check", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines() == [
        f"{path}:8:6: the fingerprint of 'a' in 'generated' must be 12 hex digits "
        "(0-9, a-f) or null, not 'nothex'"
    ]


def test_cache_keeps_the_record(tmp_path: Path) -> None:
    path = tmp_path / "d.yaml"
    path.write_text(HEADER + "generated:\n  a: 0123456789ab\n  b: null\n", encoding="utf-8")
    first = load_deck_cached(path, tmp_path / "cache")
    second = load_deck_cached(path, tmp_path / "cache")  # from the cache
    assert first == second == load_deck(path)
    assert second.generated == {"a": "0123456789ab", "b": None}


def test_schema_accepts_both_forms_and_refuses_bad_fingerprints() -> None:
    schema = json.loads(schema_text())

    def valid(tail: str) -> bool:
        try:
            jsonschema.validate(yaml.safe_load(HEADER + tail), schema)
        except jsonschema.ValidationError:
            return False
        return True

    assert valid("generated:\n  a: 0123456789ab\n  b: null\n")
    assert valid("generated: [a, b]\n")
    assert not valid("generated:\n  a: nothex\n")
    assert not valid("generated:\n  bad id: null\n")
    assert not valid("generated: 5\n")
