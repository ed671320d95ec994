"""A date in a participle set off after a subject that opens with a possessive: the entry is
named as its owner ('Its Humber Bridge, opened in 1981' -> 'Hull’s Humber Bridge')."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_its_names_the_entry_as_owner() -> None:
    qs = _questions(
        "Title of a test article here\n\nThe port reopened on Monday.\n\nGrimsby\n\nGrimsby is a "
        "port town in Lincolnshire. Its Dock Tower, completed in 1852, stands 94 metres tall.\n",
        "en",
    )
    assert qs.get("In what year was Grimsby’s Dock Tower completed?") == "1852", qs
    assert not any("Its " in q for q in qs), qs


def test_il_suo_names_the_entry_after_the_noun() -> None:
    qs = _questions(
        "Titolo di un articolo di prova qui\n\nIl porto ha riaperto lunedì.\n\nTrieste\n\n"
        "Trieste è una città del Friuli-Venezia Giulia. Il suo molo principale, costruito nel "
        "1743, è lungo 246 metri.\n",
        "it",
    )
    assert qs.get("In che anno fu costruito il molo principale di Trieste?") == "1743", qs
    assert not any("suo" in q.split() for q in qs), qs


def test_a_possessive_subject_with_a_clause_in_it_is_not_asked() -> None:
    qs = _questions(
        "Title of a test article here\n\nThe port reopened on Monday.\n\nAbermoor College\n\n"
        "Abermoor College is a public college in Dundee. Its origins lie in the Dundee Technical "
        "Institute, founded in 1888.\n",
        "en",
    )
    assert not any("origins lie" in q for q in qs), qs
