"""A candidate card: what an extractor proposes before ranking keeps the best."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Sentence

# The answer type of what a person said, whole (extract/remarks.py): it keeps its opening
# capital, may be longer than other answers, and draws its choices from other quotations.
REMARK = "remark"


# Its own __init__ (init=False): a frozen dataclass's sets each field by a call of
# object.__setattr__, three times the cost of writing them into the instance's dict, and the
# extractors make tens of thousands of candidates (the parent process remakes those of the
# other part, rows sent back, before ranking can start). Still frozen, compared and hashed by
# its fields; dataclasses.replace calls this __init__.
@dataclass(frozen=True, init=False)
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

    def __init__(
        self,
        kind: str,
        sentence: Sentence,
        score: float,
        answer: str,
        question: str | None = None,
        cloze: str | None = None,
        accept: tuple[str, ...] = (),
        answer_type: str = "thing",
        topic: str = "",
    ) -> None:
        fields = self.__dict__
        fields["kind"] = kind
        fields["sentence"] = sentence
        fields["score"] = score
        fields["answer"] = answer
        fields["question"] = question
        fields["cloze"] = cloze
        fields["accept"] = accept
        fields["answer_type"] = answer_type
        fields["topic"] = topic
