"""English date questions with a modal the lexicon keeps no auxiliary ('should', 'must',
'may', 'might', 'shall'): the modal opens the question, in a main clause and in a relative;
an adverb that tells the first time stays with its participle in an apposition."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_EN = "Title of a test article here\n\nThe pier reopened yesterday.\n\n"


def _questions(text: str) -> dict[str, str]:
    doc = build_document(clean(_EN + text + "\n"), "en")
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_modal_and_passive_open_the_question() -> None:
    qs = _questions("The Harwick flood wall should be finished by 2031.")
    assert qs == {"By when should the Harwick flood wall be finished?": "2031"}, qs
    qs = _questions("The Ashby bypass must be approved by March 2027.")
    assert qs == {"By when must the Ashby bypass be approved?": "March 2027"}, qs


def test_modal_before_a_verb_the_lexicon_does_not_know() -> None:
    qs = _questions("The Ferndale lido might reopen in 2030.")
    assert qs == {"When might the Ferndale lido reopen?": "2030"}, qs


def test_modal_before_have_is_not_asked() -> None:
    # a guess, or what did not happen: no date of an event
    assert not _questions("The Harwick chapel must have been built in 1240.")
    assert not _questions("The Ashby bypass should have opened in 2024.")


def test_modal_in_a_relative_clause() -> None:
    qs = _questions("The council has closed the Harwick Bridge, which should reopen in 2029.")
    assert qs == {"When should the Harwick Bridge reopen?": "2029"}, qs
    qs = _questions("The Ferndale Lido, which might be sold in 2028, lost money again.")
    assert qs == {"When might the Ferndale Lido be sold?": "2028"}, qs


def test_first_stays_with_the_participle_of_an_apposition() -> None:
    qs = _questions("The Harwick Shield, first awarded in 1902, is the oldest trophy in rowing.")
    assert qs == {"In what year was the Harwick Shield first awarded?": "1902"}, qs
    qs = _questions("The Ashby Cup, awarded in 1902, is the oldest trophy in rowing.")
    assert qs == {"In what year was the Ashby Cup awarded?": "1902"}, qs


def test_modal_further_back_is_not_asked_with_did() -> None:
    qs = _questions("Work on the Harwick bypass should begin next year and be completed by 2028.")
    assert not any(q.startswith("By when did") for q in qs), qs
