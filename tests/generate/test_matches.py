"""Who a side beat, and on which ground, of a match won with its score."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import matches
from quizlib.generate.text import clean


def _answers(text: str, language: str) -> dict[str, str]:
    title = "Titolo di prova per il test" if language == "it" else "A headline for the test"
    doc = build_document(clean(f"{title}\n\n{text}"), language)
    return {c.question: c.answer for c in matches.extract(doc) if c.question}


def test_a_gerund_win_asks_who_was_beaten_in_which_final_and_where() -> None:
    text = (
        "Newtonmore lifted the trophy for the first time in a decade on Saturday, beating "
        "Lovat 4-1 in the Macaulay Cup final at The Dell in front of 2,000 fans."
    )
    answers = _answers(text, "en")
    assert answers.get("Who did Newtonmore beat in the Macaulay Cup final?") == "Lovat", answers
    assert answers.get("Where did Newtonmore beat Lovat?") == "The Dell", answers


def test_a_finite_win_asks_who_was_beaten() -> None:
    text = "Glentoran defeated Crusaders 2-0 at the Oval on Tuesday night."
    answers = _answers(text, "en")
    assert answers.get("Who did Glentoran defeat?") == "Crusaders", answers
    assert answers.get("Where did Glentoran defeat Crusaders?") == "Oval", answers


def test_a_side_not_named_is_not_asked() -> None:
    text = "Glentoran defeated the champions 2-0 at the Oval on Tuesday night."
    assert not any(q.startswith("Who") for q in _answers(text, "en"))


def test_an_italian_win_with_its_sets_and_its_ground() -> None:
    text = (
        "La Gas Sales Piacenza ha vinto la Coppa Italia, battendo la Vero Volley Monza per 3-2 "
        "(25-20, 23-25, 25-22, 20-25, 15-11) al PalaBanca."
    )
    answers = _answers(text, "it")
    assert answers.get("Quale squadra la Gas Sales Piacenza ha battuto?") == "la Vero Volley Monza"
    assert (
        answers.get("Dove la Gas Sales Piacenza ha battuto la Vero Volley Monza?") == "PalaBanca"
    ), answers


def test_an_italian_phase_before_the_beaten_side() -> None:
    text = "Il Petrarca ha battuto in semifinale il Valorugby 24-20."
    answers = _answers(text, "it")
    assert answers.get("Quale squadra il Petrarca ha battuto in semifinale?") == "il Valorugby", (
        answers
    )


def test_beat_is_read_as_a_past_win() -> None:
    text = "Larne beat Carrick Rangers 3-1 at Inver Park on Friday night."
    answers = _answers(text, "en")
    assert answers.get("Who did Larne beat?") == "Carrick Rangers", answers
    assert answers.get("Where did Larne beat Carrick Rangers?") == "Inver Park", answers


def test_beat_with_a_day_first_and_a_phase_after_the_score() -> None:
    text = "On Sunday, Oban Camanachd beat Skye 4-2 in the Sutherland Cup final."
    answers = _answers(text, "en")
    assert answers.get("Who did Oban Camanachd beat in the Sutherland Cup final?") == "Skye"


def test_beat_of_a_side_not_named_is_not_asked() -> None:
    text = "Larne beat the league leaders 3-1 on Friday."
    assert not any(q.startswith("Who") for q in _answers(text, "en"))


def test_beat_after_a_time_set_off() -> None:
    text = "Earlier in the day, Kilmallie beat Lochside 1-0 in the junior final."
    assert _answers(text, "en").get("Who did Kilmallie beat?") == "Lochside"
