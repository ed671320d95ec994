"""Ranking: which of the candidates of one sentence become cards."""

from __future__ import annotations

from quizlib.generate.candidate import Candidate
from quizlib.generate.document import Sentence
from quizlib.generate.rank import select

_S = Sentence(
    "The bridge was opened in 1932 and some 40,000 people crossed it that day.", "p 1", 0, 0
)


def _question(answer: str, question: str) -> Candidate:
    return Candidate("date", _S, 0.8, answer, question=question, answer_type="year")


def _cloze(answer: str, score: float) -> Candidate:
    text = _S.text.replace(answer, "{{c1::" + answer + "}}", 1)
    return Candidate("cloze", _S, score, answer, cloze=text, answer_type="number")


def test_a_cloze_of_another_fact_of_an_asked_sentence_is_kept() -> None:
    kept = select([_question("1932", "When was the bridge opened?"), _cloze("40,000", 0.45)])
    assert [c.kind for c in kept] == ["date", "cloze"]


def test_a_cloze_of_the_asked_fact_or_a_weak_one_is_not() -> None:
    asked = _question("1932", "When was the bridge opened?")
    assert select([asked, _cloze("1932", 0.6)]) == [asked]
    assert select([asked, _cloze("40,000", 0.4)]) == [asked]


def test_a_question_naming_the_person_by_surname_leaks() -> None:
    from quizlib.generate.candidate import Candidate
    from quizlib.generate.document import Sentence
    from quizlib.generate.rank import leaks

    s = Sentence("L’amministratore delegato di Ferri, Marco Ferri, ha parlato.", "p", 1, 0)
    asked = "Chi è l’amministratore delegato di Ferri?"
    assert leaks(Candidate("role", s, 0.8, "Marco Ferri", asked, answer_type="person"))
    other = "Chi è l’amministratore delegato di Acme?"
    assert not leaks(Candidate("role", s, 0.8, "Marco Ferri", other, answer_type="person"))


def test_a_question_cut_at_the_point_of_a_web_address_is_told_apart() -> None:
    from quizlib.generate.rank import _cut_address

    en = "Tickets cost $4 through Harbourpass.co.uk, and the ferry leaves in 2031."
    assert _cut_address("How much do tickets cost through Harbourpass?", en)
    assert not _cut_address("When does the ferry leave in 2031?", en)  # a sentence's stop
    assert not _cut_address("How much do tickets cost through co?", en)  # inside the address
    it = "I biglietti si comprano su Portobus.it e costano 3 euro. L’orario vale dal 2030."
    assert _cut_address("Quanto costano i biglietti su Portobus?", it)
    assert not _cut_address("Da quando vale l’orario dal 2030?", it)
