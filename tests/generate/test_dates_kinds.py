"""Kinds of date sentences a question can be asked of: a clause after an opening adverbial
phrase, an entry named by its acronym or by a longer form of its heading (the participle
agreeing with it), the ends of a range asked one at a time, a deadline after an agent, and a
participle after 'essere' or 'resta'."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_LEAD = {
    "it": "Un titolo per la prova\n\nIl consiglio si è riunito lunedì.",
    "en": "A title for the test\n\nThe council met on Monday.",
}


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_LEAD[language]} {text}"), language)
    return {
        c.question: c.answer
        for c in dates.extract(doc)
        if c.question and c.answer not in {"lunedì", "Monday"}
    }


# An entry whose first words are not its heading is read as one only among other entries.
_OTHER_ENTRY = {
    "it": "Pavia\n\nPavia è una città della Lombardia.",
    "en": "Pavia\n\nPavia is a city in Lombardy.",
}


def _entry(text: str, language: str) -> dict[str, str]:
    lead = f"{_LEAD[language]}\n\n{_OTHER_ENTRY[language]}"
    doc = build_document(clean(f"{lead}\n\n{text}"), language)
    return {
        c.question: c.answer
        for c in dates.extract(doc)
        if c.question and c.answer not in {"lunedì", "Monday"}
    }


def test_a_clause_after_an_opening_phrase_is_asked_without_it() -> None:
    asked = _questions(
        "Dopo due anni di restauri, la biblioteca civica riaprirà sabato 9 maggio. "
        "Con una spesa di quattro milioni, il ponte sarà pronto nel 2028.",
        "it",
    )
    assert asked["Quando riaprirà la biblioteca civica?"] == "9 maggio"
    assert asked["Quando sarà pronto il ponte?"] == "2028"
    asked = _questions(
        "After three years of repairs, the old library will reopen on Saturday 9 May. "
        "According to the council, the footbridge will be finished in 2028.",
        "en",
    )
    assert asked["When will the old library reopen?"] == "9 May"
    assert asked["When will the footbridge be finished?"] == "2028"


def test_an_opening_phrase_that_holds_the_clause_back_keeps_it_unasked() -> None:
    # A condition, a date of its own, a later phrase or the end of a range: no plain fact.
    asked = _questions(
        "Se approvato, il piano entrerà in vigore nel 2027. "
        "Nel 2019, dopo il restauro, il teatro riaprì il 5 maggio. "
        "Secondo il sindaco, la popolazione è scesa da 900 abitanti nel 2001 a 600 oggi. "
        "Secondo le stime, il raccolto si fermerà a 800 tonnellate, contro le 1.200 del 2023.",
        "it",
    )
    assert not any(a in {"2027", "2001", "2023"} for a in asked.values())
    assert "Quando il teatro riaprì?" not in asked
    asked = _questions(
        "According to the survey, sales fell from 900 units in 2001 to 600 this year. "
        "According to the ministry, exports grew in the first half of 2025.",
        "en",
    )
    assert asked == {}


def test_an_entry_named_in_full_with_its_acronym_is_the_entry() -> None:
    asked = _entry(
        "CNR\n\nIl Consiglio Nazionale delle Ricerche (CNR) è un ente pubblico di ricerca "
        "istituito nel 1923 a Roma.",
        "it",
    )
    assert list(asked.values()) == ["1923"]
    assert next(iter(asked)).startswith("In che anno fu istituito il C")
    # The participle agrees with the noun the acronym stands for.
    asked = _entry(
        "AGEA\n\nL’Agenzia per le erogazioni in agricoltura (AGEA) è un ente pubblico "
        "istituito nel 1999.",
        "it",
    )
    assert asked == {"In che anno fu istituita l’AGEA?": "1999"}
    asked = _entry(
        "NUJ\n\nThe National Union of Printers, Writers and Journalists (NUJ) was founded in "
        "1907 in Birmingham.",
        "en",
    )
    assert asked == {"When was the NUJ founded?": "1907"}


def test_an_entry_named_by_the_acronym_of_its_heading_is_the_entry() -> None:
    asked = _entry(
        "Agenzia Spaziale Italiana\n\nL’ASI è un ente pubblico nazionale fondato nel 1988.",
        "it",
    )
    assert asked == {"In che anno fu fondato l’ASI?": "1988"}


def test_a_longer_form_of_the_heading_is_the_entry_and_its_participle_agrees() -> None:
    asked = _entry(
        "Abbazia di Sesto\n\nL’abbazia di Santa Maria di Sesto è un complesso monastico "
        "benedettino fondato nel 1130 da tre fratelli longobardi.",
        "it",
    )
    assert asked == {"In che anno fu fondata l’abbazia di Santa Maria di Sesto?": "1130"}


def test_the_ends_of_a_range_are_asked_one_at_a_time() -> None:
    asked = _questions(
        "Le iscrizioni potranno essere inviate dal 3 marzo al 30 aprile tramite il sito.", "it"
    )
    assert asked == {
        "Da quando potranno essere inviate le iscrizioni tramite il sito?": "3 marzo",
        "Fino a quando potranno essere inviate le iscrizioni tramite il sito?": "30 aprile",
    }
    asked = _questions("The footpath will be closed from 3 March to 30 April.", "en")
    assert asked == {
        "From when will the footpath be closed?": "3 March",
        "Until when will the footpath be closed?": "30 April",
    }


def test_a_deadline_after_an_agent_and_a_participle_after_resta() -> None:
    asked = _questions(
        "Il progetto sarà valutato dalla commissione entro il 15 gennaio. "
        "La biblioteca resterà chiusa fino al 6 aprile.",
        "it",
    )
    assert asked["Entro quando sarà valutato il progetto dalla commissione?"] == "15 gennaio"
    assert asked["Fino a quando resterà chiusa la biblioteca?"] == "6 aprile"
    asked = _questions("The museum will remain closed until 6 April.", "en")
    assert asked == {"Until when will the museum remain closed?": "6 April"}


def test_in_an_entry_a_subject_owned_by_suo_is_the_entry_s() -> None:
    asked = _entry(
        "Lodi\n\nLodi è una città della Lombardia. Nel 1911 il suo ospedale fu ampliato.", "it"
    )
    assert asked == {"Quando fu ampliato l’ospedale di Lodi?": "1911"}
    # The entry is named as its sentence names it, with its article: "del lago Maggiore".
    asked = _entry(
        "Lago Maggiore\n\nIl lago Maggiore è un lago prealpino. Le sue rive furono bonificate "
        "nel 1880.",
        "it",
    )
    assert asked == {"Quando furono bonificate le rive del lago Maggiore?": "1880"}
    # A heading that would need an article no sentence gives it is left unasked.
    asked = _entry(
        "Lago Maggiore\n\nLago Maggiore è un lago prealpino. Le sue rive furono bonificate "
        "nel 1880.",
        "it",
    )
    assert "1880" not in asked.values()
