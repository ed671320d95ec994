"""A short name cut from syllables of a name ('CalMac') is no acronym of initials: English asks
it as a short name; Italian calls both a 'sigla'. On small texts of their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import acronyms
from quizlib.generate.text import clean


def questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in acronyms.extract(doc) if c.question}


def test_a_short_name_of_syllables_is_asked_as_a_short_name() -> None:
    qs = questions("Story\n\nThe ferries of Northern Lakeland (NorLak) sailed late.\n", "en")
    assert qs["What is the short name of Northern Lakeland?"] == "NorLak"
    assert qs["What is NorLak short for?"] == "Northern Lakeland"
    assert not any("acronym" in q for q in qs)


def test_an_acronym_of_initials_keeps_its_questions() -> None:
    qs = questions("Story\n\nThe Harbour Safety Board (HSB) met on Monday.\n", "en")
    assert qs["What is the acronym for the Harbour Safety Board?"] == "HSB"
    assert qs["What does HSB stand for?"] == "Harbour Safety Board"
    # small words may give a letter, or none; a capital inside a word gives one
    qs = questions("Story\n\nTrains run by Rail for Kent (RfK) were cancelled.\n", "en")
    assert "What is the acronym for Rail for Kent?" in qs


def test_an_italian_sigla_of_syllables_is_still_a_sigla() -> None:
    qs = questions(
        "Notizia\n\nIl Consorzio nazionale imballaggi (Conai) ha approvato il piano.\n", "it"
    )
    assert qs["Che cosa significa la sigla Conai?"] == "Consorzio nazionale imballaggi"
    assert qs["Qual è la sigla del Consorzio nazionale imballaggi?"] == "Conai"


def test_capitals_of_another_language_or_a_word_of_the_name_are_still_an_acronym() -> None:
    qs = questions(
        "Story\n\nPatients are treated by the Unified Health System (SUS) for free.\n", "en"
    )
    assert "What is the acronym for the Unified Health System?" in qs
    qs = questions("Story\n\nGreenhouse gas (GHG) emissions rose.\n", "en")
    assert "What does GHG stand for?" in qs
    qs = questions("Story\n\nThe Technical University of Leeds (TU Leeds) won it.\n", "en")
    assert "What does TU Leeds stand for?" in qs


def test_a_name_translated_word_for_word_from_the_acronyms_language() -> None:
    # "Opec" is of the Organization of the Petroleum Exporting Countries: one initial differs.
    qs = questions(
        "Notizia\n\nLa decisione è stata presa dall'Organizzazione dei Paesi esportatori di "
        "petrolio (Opec) a Vienna.\n",
        "it",
    )
    assert qs["Che cosa significa la sigla Opec?"] == (
        "Organizzazione dei Paesi esportatori di petrolio"
    )
    # Fewer letters, or more than one of them different, may match by chance.
    qs = questions("Notizia\n\nHa parlato con il direttore della Banca del Mare (BdS).\n", "it")
    assert not qs
    qs = questions(
        "Notizia\n\nLa decisione è stata presa dalla Società dei porti italiani del nord (Sadt).\n",
        "it",
    )
    assert not qs
