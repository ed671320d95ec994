"""A candidate card: what an extractor proposes before ranking keeps the best."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Sentence


@dataclass(frozen=True)
class Candidate:
    """A proposed question (or cloze) about one fact of one sentence.

    `answer_type` says what kind of thing the answer is (year, date, number, person, city,
    org, acronym, ...) so distractors can be drawn of the same type; `topic` names what the
    card is about, for its id.
    """

    kind: str
    sentence: Sentence
    score: float
    answer: str
    question: str | None = None
    cloze: str | None = None
    accept: tuple[str, ...] = ()
    answer_type: str = "thing"
    topic: str = ""
