"""An English plural subject after 'The' with a verb of an event in the present ('The talks
run until 23 November' -> 'Until when do the talks run?'); the word in '-s' before another
verb is a plural noun, never the verb ('The floods hit the town' is no 'When does the flood
hit the town?')."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_EN = "Title of a test article here\n\nThe pier reopened yesterday.\n\n"


def _questions(text: str) -> dict[str, str]:
    doc = build_document(clean(_EN + text + "\n"), "en")
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_plural_subject_and_an_event_verb() -> None:
    qs = _questions("The Geneva talks run until 23 November.")
    assert qs == {"Until when do the Geneva talks run?": "23 November"}, qs
    qs = _questions("The new Harwick rules come into force on 1 June.")
    assert qs == {"When do the new Harwick rules come into force?": "1 June"}, qs


def test_word_in_s_before_a_verb_is_a_plural_noun() -> None:
    assert not _questions("The Harwick floods hit the town in December 2015.")
    assert not _questions("The Harwick firm employs staff in March.")


def test_present_in_s_is_still_asked() -> None:
    qs = _questions("The Harwick bridge opens on 3 May.")
    assert qs == {"When does the Harwick bridge open?": "3 May"}, qs
