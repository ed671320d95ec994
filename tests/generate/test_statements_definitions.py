"""A participle's aside inside a definition is left out, and the definitions read the simpler
statements: 'X is a charity, founded in 1984, that restores railways' defines X as the charity
that restores railways."""

from __future__ import annotations

from quizlib.generate.document import Document, Sentence
from quizlib.generate.statements import statements

from .helpers import questions_of


def _said(text: str, language: str) -> list[str]:
    doc = Document(None, language, (Sentence(text, "paragraph 1", 0, 0),), ())
    return [s.text for s in statements(doc)]


def test_an_aside_inside_a_defining_phrase_is_left_out() -> None:
    assert "The Tweed Canal Trust is a charity that maintains the towpath." in _said(
        "The Tweed Canal Trust is a charity, founded in 1979 by boaters, that maintains the"
        " towpath.",
        "en",
    )
    assert "La Sarda Strade è la società pubblica che gestisce le strade dell’isola." in _said(
        "La Sarda Strade è la società pubblica, controllata dalla Regione, che gestisce le"
        " strade dell’isola.",
        "it",
    )


def test_an_aside_after_a_noun_that_is_no_predicate_stays() -> None:
    # "which left" may be the female's or the journey's: no statement guesses
    said = _said(
        "The longest flight was made by a young male, known as Red 4, which left Perth in May.",
        "en",
    )
    assert not any("male which left" in s for s in said)


def test_the_entry_gets_its_definition() -> None:
    text = (
        "Nuovo tratto aperto a Olbia\n\nLa strada è stata aperta ieri.\n\n"
        "Sarda Strade\n"
        "La Sarda Strade è la società pubblica, controllata dalla Regione, che gestisce le"
        " strade provinciali dell’isola. Ha sede a Cagliari.\n"
    )
    asked = questions_of(text, "it")
    assert asked.get("Che cos’è la Sarda Strade?") == (
        "la società pubblica che gestisce le strade provinciali dell’isola"
    ), asked


def test_an_aside_with_an_adverb_before_its_participle_is_left_out() -> None:
    said = _said(
        "Western Isles Ferries, usually shortened to WIF, is the operator of the island routes.",
        "en",
    )
    assert "Western Isles Ferries is the operator of the island routes." in said


def test_a_frame_before_a_pronoun_is_no_superlative_name() -> None:
    said = _said("Despite its small size, it is the largest town between Ayr and Troon.", "en")
    assert not any(s.startswith("Despite its small size is") for s in said), said


def test_a_relative_cut_after_its_verb_defines_nothing() -> None:
    text = (
        "A test headline here\n\nThe pier reopened yesterday.\n\n"
        "Heritage Wales\nHeritage Wales is the public body, sponsored by the Welsh Government,"
        " that investigates, cares for and promotes the historic environment of Wales.\n"
    )
    asked = questions_of(text, "en")
    assert not any(a.endswith("that investigates") for a in asked.values()), asked
    assert not any(q.endswith("that investigates?") for q in asked), asked
