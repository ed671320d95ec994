"""An entry's seat said before its pronoun ('Based in Ballaghaderreen, County Roscommon, it
also manages ...', 'Con sede a Osimo, gestisce ...') or with its headquarters on a street ('Its
headquarters are on Skehard Road in Cork')."""

from __future__ import annotations

from quizlib.generate import generate_deck


def _questions(heading: str, entry: str, language: str) -> dict[str, str]:
    lead = {"en": "A short article about the west.", "it": "Un breve articolo sulle Marche."}
    title = {"en": "News of the west", "it": "Notizie dalle Marche"}
    text = f"{title[language]}\n\n{lead[language]}\n\n{heading}\n\n{entry}\n"
    deck = generate_deck(text, language=language)
    return {c.question: c.answer for c in deck.cards if c.question}


def test_seat_that_opens_an_entry_s_sentence() -> None:
    qs = _questions(
        "Western Development Commission",
        "The Western Development Commission (WDC) is a statutory body. Based in "
        "Ballaghaderreen, County Roscommon, it also manages the Western Investment Fund.",
        "en",
    )
    assert qs.get("Where is the Western Development Commission based?") == (
        "Ballaghaderreen, County Roscommon"
    ), qs
    qs = _questions(
        "ASSAM",
        "L'ASSAM è un ente strumentale della Regione Marche. Con sede a Osimo, gestisce la rete "
        "agrometeorologica regionale.",
        "it",
    )
    assert qs.get("Dove ha sede l’ASSAM?") == "Osimo", qs


def test_headquarters_on_a_street() -> None:
    qs = _questions(
        "Central Statistics Office",
        "The Central Statistics Office (CSO) is Ireland's national statistical agency. Its "
        "headquarters are on Skehard Road in Cork, and it conducts the census every five years.",
        "en",
    )
    assert qs.get("Where is the Central Statistics Office headquartered?") == (
        "Skehard Road in Cork"
    ), qs


def test_another_subject_after_the_seat() -> None:
    qs = _questions(
        "Sagebrush Lithium",
        "Sagebrush Lithium is a mining company. Based in Reno, the firm employs 40 people.",
        "en",
    )
    assert "Where is Sagebrush Lithium based?" not in qs, qs
