"""Every kind of deck problem is reported at the exact line and column of the offending node."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizlib.deckfile import check_deck_file, load_deck
from quizlib.errors import DeckError

HEADER = "quizlib: 1\ndeck: Test\ncards:\n"


def problems(tmp_path: Path, text: str | bytes, name: str = "x.yaml") -> list[str]:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return [str(p).removeprefix(f"{path}:") for p in check_deck_file(path)]


def test_clean_deck_has_no_problems(tmp_path: Path) -> None:
    text = HEADER + "  - id: a\n    question: Q?\n    answer: A\n"
    assert problems(tmp_path, text) == []


def test_card_without_answer(tmp_path: Path) -> None:
    text = HEADER + "  - id: a\n    question: Q?\n    answer: A\n  - id: b7\n    question: Q2?\n"
    assert problems(tmp_path, text) == ["7:5: card 'b7' has no answer"]


def test_card_without_question(tmp_path: Path) -> None:
    text = HEADER + "  - id: b\n    answer: A\n"
    assert problems(tmp_path, text) == ["4:5: card 'b' has no question (or 'cloze:' text)"]


def test_card_without_id(tmp_path: Path) -> None:
    text = HEADER + "  - question: Q?\n    answer: A\n"
    assert problems(tmp_path, text) == ["4:5: card #1 has no id; add 'id: <a-short-name>'"]


def test_unknown_key_with_hint(tmp_path: Path) -> None:
    text = HEADER + "  - id: a\n    question: Q?\n    answer: A\n    contxt: S\n"
    assert problems(tmp_path, text) == [
        "7:5: unknown key 'contxt' in card 'a'; did you mean 'context'?"
    ]


def test_unknown_top_level_key(tmp_path: Path) -> None:
    text = "quizlib: 1\ndeck: T\nlanguge: it\ncards: []\n"
    assert problems(tmp_path, text) == [
        "3:1: unknown key 'languge' in the deck; did you mean 'language'?"
    ]


def test_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    text = (
        HEADER
        + "  - id: a\n    question: Q?\n    answer: A\n  - id: a\n    question: R?\n    answer: B\n"
    )
    assert problems(tmp_path, text) == ["7:9: duplicate card id 'a' (first used on line 4)"]


def test_choices_without_answer(tmp_path: Path) -> None:
    text = HEADER + "  - id: a\n    question: Q?\n    answer: A\n    choices: [B, C, D]\n"
    assert problems(tmp_path, text) == [
        "7:14: the choices of card 'a' do not contain its answer 'A'"
    ]


def test_cloze_without_deletion(tmp_path: Path) -> None:
    text = HEADER + "  - id: a\n    cloze: Budapest si formò nel 1873.\n"
    assert problems(tmp_path, text) == [
        "5:12: card 'a' has a cloze with no deletion; mark the hidden part as {{c1::text}}"
    ]


def test_cloze_with_question(tmp_path: Path) -> None:
    text = HEADER + "  - id: a\n    cloze: '{{c1::x}}'\n    question: Q?\n"
    assert problems(tmp_path, text) == [
        "6:5: card 'a' is a cloze card and cannot also have 'question'"
    ]


@pytest.mark.parametrize(
    ("value", "shown", "type_name"),
    [
        ("1873", "1873", "a number"),
        ("No", "No", "a boolean"),
        ("on", "on", "a boolean"),
        ("null", "null", "empty (null)"),
        ("~", "~", "empty (null)"),
        ("1.5", "1.5", "a number"),
    ],
)
def test_non_string_values(tmp_path: Path, value: str, shown: str, type_name: str) -> None:
    text = HEADER + f"  - id: a\n    question: Q?\n    answer: {value}\n"
    assert problems(tmp_path, text) == [
        f"6:13: the answer of card 'a' must be a string, but YAML reads '{shown}' as "
        f'{type_name}; quote it: "{shown}"'
    ]


def test_non_string_in_list(tmp_path: Path) -> None:
    text = HEADER + "  - id: a\n    question: Q?\n    answer: '3'\n    choices: ['3', 4]\n"
    assert problems(tmp_path, text) == [
        "7:20: an item of 'choices' of card 'a' must be a string, but YAML reads '4' as "
        'a number; quote it: "4"'
    ]


def test_all_problems_reported_in_order(tmp_path: Path) -> None:
    text = HEADER + (
        "  - id: a\n    question: Q?\n"  # no answer (line 4)
        "  - id: b\n    question: Q?\n    answer: yes\n"  # bool (line 8)
        "  - id: c\n    cloze: nothing\n"  # no deletion (line 10)
    )
    found = problems(tmp_path, text)
    assert [p.split(":")[0] for p in found] == ["4", "8", "10"]


def test_syntax_error(tmp_path: Path) -> None:
    text = HEADER + "  - id: a\n    question: [unclosed\n    answer: A\n"
    found = problems(tmp_path, text)
    assert len(found) == 1
    assert found == [
        "6:11: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence "
        "started on line 5, column 15"
    ]


def test_empty_file(tmp_path: Path) -> None:
    assert problems(tmp_path, "") == [
        "1:1: the file is empty; a deck needs at least 'deck:' and 'cards:'"
    ]
    assert problems(tmp_path, "# only a comment\n") == [
        "1:1: the file is empty; a deck needs at least 'deck:' and 'cards:'"
    ]


def test_binary_file(tmp_path: Path) -> None:
    assert problems(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00") == [
        "1:1: not a text file (it contains binary data)"
    ]


def test_latin1_file(tmp_path: Path) -> None:
    text = (HEADER + "  - id: a\n    question: Perché?\n    answer: A\n").encode("latin-1")
    assert problems(tmp_path, text) == ["5:20: not UTF-8 text; save the deck file as UTF-8"]


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert [str(p) for p in check_deck_file(tmp_path / "nope.yaml")] == [
        f"{tmp_path / 'nope.yaml'}:1:1: no such file"
    ]
    assert [str(p) for p in check_deck_file(tmp_path)] == [
        f"{tmp_path}:1:1: is a directory, not a deck file"
    ]


def test_top_level_not_a_mapping(tmp_path: Path) -> None:
    assert problems(tmp_path, "- a\n- b\n") == ["1:1: the deck must be a mapping of keys to values"]


def test_missing_deck_name_and_cards(tmp_path: Path) -> None:
    assert problems(tmp_path, "quizlib: 1\n") == [
        "1:1: the deck has no name; add 'deck: <name>'",
        "1:1: the deck has no 'cards:' list",
    ]


def test_bad_card_id(tmp_path: Path) -> None:
    text = HEADER + "  - id: two words\n    question: Q?\n    answer: A\n"
    assert problems(tmp_path, text)[0].startswith("4:9: card id 'two words' may use only")


def test_unknown_kind(tmp_path: Path) -> None:
    text = HEADER + "  - id: a\n    question: Q?\n    answer: A\n    kind: dat\n"
    assert problems(tmp_path, text)[0].startswith(
        "7:11: unknown kind 'dat' in card 'a'; did you mean 'date'?"
    )


def test_python_tag_is_rejected_and_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = HEADER + (
        "  - id: a\n"
        f"    question: !!python/object/apply:os.system ['touch {marker}']\n"
        "    answer: A\n"
    )
    found = problems(tmp_path, text)
    assert found == [
        "5:15: the tag !!python/object/apply:os.system is not allowed; a deck holds only plain text"
    ]
    with pytest.raises(DeckError):
        load_deck(tmp_path / "x.yaml")
    assert not marker.exists()


def test_version_other_than_1(tmp_path: Path) -> None:
    assert problems(tmp_path, "quizlib: 2\ndeck: T\ncards: []\n") == [
        "1:10: unsupported format version; this quizlib reads 'quizlib: 1'"
    ]


def test_quiz_check_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(HEADER + "  - id: a\n    question: Q?\n    answer: A\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(HEADER + "  - id: b7\n    question: Q?\n", encoding="utf-8")
    run = [sys.executable, "-m", "quizlib", "check"]
    ok = subprocess.run([*run, str(good)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == ""
    failed = subprocess.run([*run, str(good), str(bad)], capture_output=True, text=True)
    assert failed.returncode == 1
    assert failed.stdout.splitlines() == [f"{bad}:4:5: card 'b7' has no answer"]
    assert "Traceback" not in failed.stderr
