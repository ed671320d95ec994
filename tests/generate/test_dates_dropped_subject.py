"""An Italian entry sentence that opens with a phrase and goes on with its verb, with no
subject: the entry is the subject, and the phrase stays in the question ('Nel mar Ligure fu
segnalato per la prima volta nel 1951' -> 'Quando fu segnalato per la prima volta nel mar
Ligure il pesce castagna?'). Not when a subject follows the phrase or the date, nor when the
participle agrees with another noun."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_ARTICLE = "Titolo di un articolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"


def _questions(title: str, definition: str, sentence: str) -> dict[str, str]:
    text = f"{_ARTICLE}{title}\n\n{definition} {sentence}\n"
    doc = build_document(clean(text), "it")
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


_FISH = ("Pesce castagna", "Il pesce castagna è un pesce osseo marino.")
_TOWER = ("Torre Civica", "La Torre Civica è una torre medievale di Pavia.")


def test_opening_phrase_then_passive() -> None:
    qs = _questions(*_FISH, "Nel mar Ligure fu segnalato per la prima volta nel 1951, forse.")
    assert qs == {
        "Quando fu segnalato il pesce castagna per la prima volta nel mar Ligure?": "1951"
    }, qs


def test_opening_phrase_set_off_by_a_comma() -> None:
    qs = _questions(*_TOWER, "Durante la guerra, fu danneggiata nel 1944.")
    assert qs == {"Quando fu danneggiata la Torre Civica durante la guerra?": "1944"}, qs


def test_opening_with_come() -> None:
    qs = _questions(*_TOWER, "Come sede del museo civico è stata aperta nel 1952.")
    assert qs == {"Quando è stata aperta la Torre Civica come sede del museo civico?": "1952"}, qs


def test_subject_after_the_phrase_or_the_date_is_not_the_entry() -> None:
    assert not _questions(*_FISH, "Nel mar Ligure il primo esemplare fu segnalato nel 1951.")
    assert not _questions(*_FISH, "Nel mar Ligure fu segnalato nel 1951 un esemplare enorme.")


def test_participle_of_another_gender_is_not_the_entry() -> None:
    assert not _questions(*_TOWER, "Con il restauro fu riaperto nel 1990.")


def test_verb_with_an_object_is_not_asked() -> None:
    assert not _questions(*_FISH, "Nel mar Ligure ha colonizzato le scogliere nel 1951.")
