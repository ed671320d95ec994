"""Superlatives in the article body, on small texts of their own: after a leading phrase
('With 270,000 people, Hull is the largest ...'), as the subject with the name after the
copula ('Il miglior marcatore della finale è stato X'), and ranks by a measure ('la terza
città per popolazione')."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import definitions
from quizlib.generate.text import clean

from .helpers import questions_of


def superlatives(sentence: str, language: str) -> dict[str, str]:
    title = "Titolo di un articolo di prova" if language == "it" else "Title of a test article"
    doc = build_document(clean(f"{title}\n\n{sentence}\n"), language)
    return {
        c.question: c.answer
        for c in definitions.extract(doc)
        if c.kind == "superlative" and c.question
    }


def test_a_leading_phrase_before_the_named_subject() -> None:
    assert superlatives(
        "With 95,000 people, Kendrick is the largest town in the valley.", "en"
    ) == {"What is the largest town in the valley?": "Kendrick"}
    assert superlatives(
        "Con i suoi 9,4 chilometri quadrati, il Montasio è il ghiacciaio più esteso della regione.",
        "it",
    ) == {"Qual è il ghiacciaio più esteso della regione?": "Montasio"}


def test_a_leading_phrase_that_narrows_the_claim_is_no_identity() -> None:
    assert superlatives("After Leeds, Kendrick is the largest town in the county.", "en") == {}
    assert superlatives("In Cumbria, Kendrick is the largest town.", "en") == {}
    assert superlatives("Dopo Roma, Ferrano è la città più popolosa della regione.", "it") == {}


def test_a_leading_clause_is_someone_s_view_not_a_fact() -> None:
    assert superlatives("Ha detto che, secondo lui, Verona è la città più bella.", "it") == {}
    assert superlatives("She said that, in her view, Kendrick is the finest town.", "en") == {}


def test_the_superlative_as_subject_and_the_name_after_the_copula() -> None:
    assert superlatives("Il miglior marcatore della finale è stato Marco Lenzi.", "it") == {
        "Chi è stato il miglior marcatore della finale?": "Marco Lenzi"
    }
    assert superlatives("Il maggior produttore di nocciole è la Turchia.", "it") == {
        "Qual è il maggior produttore di nocciole?": "Turchia"
    }
    assert superlatives("The top scorer of the final was Leo Barrett, with 14 points.", "en") == {
        "Who was the top scorer of the final?": "Leo Barrett"
    }
    assert superlatives("The biggest problem is the cost.", "en") == {}


def test_a_rank_by_a_measure_is_a_superlative() -> None:
    assert superlatives("Ferrano è la terza città della regione per popolazione.", "it") == {
        "Qual è la terza città della regione per popolazione?": "Ferrano"
    }
    assert superlatives("Kendrick is the second town of the county by population.", "en") == {
        "What is the second town of the county by population?": "Kendrick"
    }


def test_an_apposition_after_a_part_of_a_place_describes_the_place() -> None:
    assert superlatives(
        "The village lies at the edge of Moss Harrow, the largest raised peat bog in Cumbria, "
        "and has a school.",
        "en",
    ) == {"What is the largest raised peat bog in Cumbria?": "Moss Harrow"}
    assert superlatives(
        "Il paese sorge sulle sponde del Lago Vellano, il più profondo della provincia, "
        "a nord del capoluogo.",
        "it",
    ) == {"Qual è il lago più profondo della provincia?": "Lago Vellano"}
    assert superlatives(
        "Il lago ospita Monte Isola, la più grande isola lacustre d’Europa, abitata tutto l’anno.",
        "it",
    ) == {"Qual è la più grande isola lacustre d’Europa?": "Monte Isola"}
    # An Italian superlative without its noun is not asked without one.
    assert not superlatives(
        "Ha parlato con Marta Vellani, la più brava della classe, ieri a Roma.", "it"
    )
    # What follows the owner of another noun may describe that noun: not asked.
    assert not superlatives(
        "She met the director of Galleria Morandi, the youngest ever appointed in Italy, "
        "on Monday.",
        "en",
    )


def test_an_english_name_after_the_is_what_its_superlative_apposition_describes() -> None:
    text = (
        "A test headline here\n\nThe works began on Monday. The plan includes restoring the "
        "Arctic Corsair, the city’s last surviving sidewinder trawler, by 2027.\n"
    )
    qs = questions_of(text, "en")
    assert qs.get("What is the city’s last surviving sidewinder trawler?") == "Arctic Corsair", qs


def test_a_possessive_superlative_after_the_copula() -> None:
    assert superlatives("Kendrick is Cumbria's largest market town by population.", "en") == {
        "What is Cumbria’s largest market town by population?": "Kendrick"
    }
    assert superlatives("Kendrick is Cumbria's pride.", "en") == {}


def test_a_quoted_title_before_a_superlative_apposition() -> None:
    assert superlatives(
        "Il teatro propone una nuova regia di «Ernani», l'opera verdiana più rappresentata.", "it"
    ) == {"Qual è l’opera verdiana più rappresentata?": "Ernani"}
    assert superlatives(
        'The festival opens with "Hamlet", the longest play in the company\'s repertoire.', "en"
    ) == {"What is the longest play in the company’s repertoire?": "Hamlet"}
    # A quotation that is no title: words in small letters.
    assert (
        superlatives(
            'The mayor called the plan "a disgrace", the worst decision in a decade.', "en"
        )
        == {}
    )
