from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from quizlib.srs.answer import (
    Grade,
    check_answer,
    edit_distance,
    italian_number,
    normalize,
)
from quizlib.srs.scheduler import Rating


@pytest.mark.parametrize(
    ("typed", "accepted", "language"),
    [
        ("budapest", ["Budapest"], "it"),
        ("Citta", ["città"], "it"),
        ("l'Aquila", ["Aquila"], "it"),
        ("L’Aquila", ["l'Aquila"], "it"),
        ("la NATO", ["NATO"], "it"),
        ("gli Stati Uniti", ["Stati Uniti"], "it"),
        ("un'isola", ["isola"], "it"),
        ("the United Nations", ["United Nations"], "en"),
        ("an apple", ["apple"], "en"),
        ("Buda, Óbuda e Pest!", ["Buda, Obuda e Pest"], "it"),
        ("“Make America great”", ['"Make America great"'], "en"),
        ("ventisette", ["27"], "it"),
        ("27", ["ventisette"], "it"),
        ("ventuno", ["21"], "it"),
        ("milleottocentosettantatré", ["1873"], "it"),
        ("duemilaventicinque", ["2025"], "it"),
        ("twenty-seven", ["27"], "en"),
        ("one hundred and five", ["105"], "en"),
        ("nel 1873", ["1873", "nel 1873"], "it"),
        ("Anchorage", ["Anchorage"], None),
    ],
)
def test_exact_after_normalizing(typed: str, accepted: list[str], language: str | None) -> None:
    verdict = check_answer(typed, accepted, language)
    assert verdict.grade == Grade.EXACT, normalize(typed, language)
    assert verdict.suggested == Rating.GOOD and verdict.correct


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("Budapets", "Budapest"),
        ("Anchorge", "Anchorage"),
        ("Vladimir Putn", "Vladimir Putin"),
        ("Organizzazione del Tratato", "Organizzazione del Trattato"),
    ],
)
def test_small_typos_are_close(typed: str, accepted: str) -> None:
    verdict = check_answer(typed, [accepted], "it")
    assert verdict.grade == Grade.CLOSE and verdict.suggested == Rating.HARD
    assert verdict.expected == accepted and verdict.distance >= 1


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("1874", "1873"),
        ("nel 1874", "nel 1873"),
        ("18", "19"),
        ("Roma", "Budapest"),
        ("", "Budapest"),
        ("Pest", "Buda"),  # short answers allow no typo
        ("Mosca", "Budapest"),
        ("ventotto", "27"),
    ],
)
def test_wrong(typed: str, accepted: str) -> None:
    verdict = check_answer(typed, [accepted], "it")
    assert verdict.grade == Grade.WRONG and verdict.suggested == Rating.AGAIN
    assert not verdict.correct


def test_best_of_several_and_the_diff() -> None:
    verdict = check_answer("Budapset", ["Vienna", "Budapest"], "it")
    assert verdict.grade == Grade.CLOSE and verdict.expected == "Budapest"
    assert "".join(t for op, t in verdict.diff if op != "delete") == "Budapest"
    assert "".join(t for op, t in verdict.diff if op != "insert") == "Budapset"
    assert any(op == "insert" for op, _ in verdict.diff)
    wrong = check_answer("Vienn", ["Roma", "Vienna"], "it")
    assert wrong.expected == "Vienna"
    with pytest.raises(ValueError):
        check_answer("x", [" "])


def test_diff_ignores_case_and_accents() -> None:
    verdict = check_answer("citta", ["Città"], "it")
    assert verdict.diff == [("equal", "Città")]


def test_numbers_and_distance_helpers() -> None:
    assert italian_number("ventisette") == 27
    assert italian_number("centotto") == 108
    assert italian_number("trecentoquarantacinque") == 345
    assert italian_number("mille") == 1000
    assert italian_number("budapest") is None
    assert edit_distance("abcd", "abdc") == 1
    assert edit_distance("kitten", "sitting") == 3


# properties

words = st.text(
    alphabet=st.characters(whitelist_categories=("Ll", "Lu"), max_codepoint=0x17F),
    min_size=1,
    max_size=12,
)
answers = st.lists(words, min_size=1, max_size=4).map(" ".join)
ACCENTED = str.maketrans("aeiouAEIOUcn", "àéìòùÀÉÌÒÙçñ")


@given(answer=answers, article=st.sampled_from(["il ", "la ", "l'", "the ", "an ", "Gli "]))
def test_variants_of_an_accepted_answer_match(answer: str, article: str) -> None:
    assume(normalize(answer))
    for typed in (
        answer.upper(),
        answer.lower(),
        answer.swapcase(),
        article + answer,
        answer.translate(ACCENTED),
    ):
        assert check_answer(typed, [answer]).grade == Grade.EXACT, typed
    accented = answer.translate(ACCENTED)
    stripped = check_answer(normalize(accented), [accented])
    assert stripped.grade == Grade.EXACT


@given(
    year=st.integers(1000, 2100),
    other=st.integers(1000, 2100),
    prefix=st.sampled_from(["", "nel ", "in ", "anno "]),
)
def test_a_different_year_never_matches(year: int, other: int, prefix: str) -> None:
    assume(year != other)
    assert check_answer(f"{prefix}{other}", [f"{prefix}{year}"]).grade == Grade.WRONG
    assert check_answer(str(other), [str(year), f"nel {year}"]).grade == Grade.WRONG


@given(typed=st.text(max_size=40), answer=st.text(min_size=1, max_size=40).filter(str.strip))
def test_never_crashes(typed: str, answer: str) -> None:
    verdict = check_answer(typed, [answer], "it")
    assert verdict.grade in set(Grade)
