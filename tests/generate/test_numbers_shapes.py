"""Shapes of number facts news writes beyond a plain count: a duration after the verb's
object, a speed per second, a place's population, a percentage a noun amounts to, a vote
told by its two sides, an Italian cleft count, a count in a relative clause about a name."""

from __future__ import annotations

import pytest

from .test_numbers import _candidates, _questions


def test_a_duration_after_the_object_is_asked_with_the_object() -> None:
    en = _questions(
        "The Smith family has run the bakery for 40 years. "
        "The council closed the bridge for three weeks in March.",
        "en",
    )
    assert en == {
        "For how many years has the Smith family run the bakery?": "40",
        "For how many weeks did the council close the bridge in March?": "three",
    }
    it = _questions(
        "Mario Bianchi gestisce il rifugio da 25 anni. "
        "Il comune ha chiuso la piazza per tre giorni."
    )
    assert it == {
        "Da quanti anni gestisce Mario Bianchi il rifugio?": "25",
        "Per quanti giorni ha chiuso il comune la piazza?": "tre",
    }


def test_a_word_in_ly_after_an_article_is_a_noun() -> None:
    en = _questions("The family has owned the farm for 60 years.", "en")
    assert en == {"For how many years has the family owned the farm?": "60"}


def test_a_count_in_a_relative_clause_about_a_name_is_the_name_s() -> None:
    en = _questions(
        "The harbour master, Tom Reilly, who has guided ships for 22 years, "
        "said the storm was the worst he had seen.",
        "en",
    )
    assert en == {"For how many years has Tom Reilly guided ships?": "22"}
    it = _questions(
        "La guida, Paolo Serra, che accompagna gli escursionisti da 18 anni, ha chiuso il sentiero."
    )
    assert it == {"Da quanti anni accompagna Paolo Serra gli escursionisti?": "18"}
    # A name that ends another phrase is not what the clause tells of.
    assert _questions("Il museo è il più grande della Toscana, che conta 273 comuni.") == {}
    assert _questions("Il ministro, nato tra Pisa e Lucca, che ha scritto tre libri, parla.") == {}


def test_a_speed_per_second_and_after_the_object() -> None:
    en = _questions("The capsule entered the atmosphere at about 11 kilometres per second.", "en")
    assert en == {"At what speed did the capsule enter the atmosphere?": "11 kilometres per second"}
    it = _questions("La cometa ha attraversato il sistema solare a 40 km/s.")
    assert it == {"A che velocità ha attraversato la cometa il sistema solare?": "40 km/s"}


def test_a_population_is_asked_of_the_place() -> None:
    en = _candidates(
        "Kirkwall had a population of about 10,000 at the 2011 census. "
        "The village has a population of 800.",
        "en",
    )
    asked = {c.question: (c.answer, c.accept) for c in en if c.question}
    assert asked == {
        "What was the population of Kirkwall at the 2011 census?": ("10,000", ("about 10,000",))
    }
    it = _questions("Ostuni ha una popolazione di circa 31.000 abitanti.")
    assert it == {"Qual è la popolazione di Ostuni?": "31.000"}
    it = _questions("Nel 2001 Ostuni aveva una popolazione di 32.500 abitanti.")
    assert it == {"Qual era la popolazione di Ostuni?": "32.500"}


def test_a_percentage_a_noun_amounts_to_is_asked_with_the_noun() -> None:
    en = _questions(
        "Nurses turned down a pay rise of 4 per cent. The board has approved a fare increase of "
        "2.5% for next year.",
        "en",
    )
    assert en == {
        "What pay rise did nurses turn down?": "4 per cent",
        "What fare increase has the board approved for next year?": "2.5%",
    }
    it = _questions(
        "I ferrovieri hanno respinto un’offerta del 3 per cento. "
        "Il governo ha proposto uno sconto fiscale del 10%."
    )
    assert it == {
        "Quale offerta hanno respinto i ferrovieri?": "3 per cento",
        "Quale sconto fiscale ha proposto il governo?": "10%",
    }
    # Who "they" are is in another sentence; a copula does nothing.
    assert _questions("They rejected a pay offer of 3 per cent.", "en") == {}
    assert _questions("Inflation is a rise of 3 per cent.", "en") == {}


def test_a_share_after_a_source_and_with_an_acronym_in_brackets() -> None:
    en = _questions(
        "According to the agency, cars account for about 30 per cent of the region’s nitrogen "
        "oxide (NOx) emissions.",
        "en",
    )
    assert en == {
        "What share of the region’s nitrogen oxide emissions do cars account for?": ("30 per cent")
    }
    it = _questions(
        "Secondo l’ufficio studi, le auto rappresentano il 30% delle emissioni di ossidi di azoto "
        "(NOx) della regione."
    )
    assert it == {
        "Quale quota delle emissioni di ossidi di azoto della regione rappresentano le auto?": "30%"
    }


def test_a_vote_told_by_its_two_sides() -> None:
    en = _questions(
        "The licensing board voted five to two in favour of the new market. "
        "The motion passed 9–4 after a long debate.",
        "en",
    )
    assert en == {
        "By what margin did the licensing board vote in favour of the new market?": "five to two",
        "By what margin did the motion pass?": "9–4",
    }
    it = _questions(
        "La delibera è passata 12 a 5 dopo tre ore di discussione. "
        "La giunta ha votato 6 a 1 contro il progetto."
    )
    assert it == {
        "Con quale risultato è passata la delibera?": "12 a 5",
        "Con quale risultato ha votato la giunta contro il progetto?": "6 a 1",
    }


def test_an_italian_cleft_count_asks_what_the_relative_clause_tells() -> None:
    it = _candidates(
        "Nel 2023 sono stati 840 i pazienti che si sono curati fuori regione. "
        "Sono nove le scuole che hanno chiuso per la neve."
    )
    asked = {c.question: (c.answer, c.accept) for c in it if c.question}
    assert asked == {
        "Quanti pazienti si sono curati fuori regione nel 2023?": ("840", ()),
        "Quante scuole hanno chiuso per la neve?": ("nove", ("9",)),
    }


def test_prima_after_an_article_goes_on_with_the_clause() -> None:
    it = _questions("La Provincia ha stanziato 90.000 euro per la prima fase dei lavori.")
    assert it == {"Quanto ha stanziato la Provincia per la prima fase dei lavori?": "90.000 euro"}


def test_a_dimension_in_a_unit_s_symbol_keeps_the_unit() -> None:
    en = _questions("The lagoon is about 3km wide. The new pier will be 250m long.", "en")
    assert en == {"How wide is the lagoon?": "3km", "How long will the new pier be?": "250m"}
    it = _questions("La diga è alta 85 m. Il lago era profondo circa 40 m.")
    assert it == {"Quanto è alta la diga?": "85 m", "Quanto era profondo il lago?": "40 m"}


def test_a_range_is_asked_whole() -> None:
    en = _questions(
        "Air temperatures at the summit ranged from -3C to 5C. "
        "The ages of the runners varied from 16 to 71 years.",
        "en",
    )
    assert en == {
        "What were air temperatures at the summit?": "from -3C to 5C",
        "What were the ages of the runners?": "from 16 to 71 years",
    }
    it = _questions("Le offerte dei partecipanti variavano da 200 a 900 euro.")
    assert it == {"Quali erano le offerte dei partecipanti?": "da 200 a 900 euro"}


def test_how_long_later_a_thing_happened() -> None:
    en = _questions(
        "The lifeboat left Tenby at 05:10 and reached the yacht 40 minutes later. "
        "The missing dog was found nine days later.",
        "en",
    )
    assert en == {
        "How many minutes later did the lifeboat reach the yacht?": "40",
        "How many days later was the missing dog found?": "nine",
    }
    it = _questions(
        "Il traghetto è partito alle 7 ed è arrivato a Ponza due ore più tardi. "
        "Il portafoglio è stato ritrovato sei giorni dopo."
    )
    assert it == {
        "Quante ore più tardi è arrivato il traghetto a Ponza?": "due",
        "Quanti giorni dopo è stato ritrovato il portafoglio?": "sei",
    }
    # A second clause with a subject of its own is no second verb of the first.
    en = _questions("The storm hit the coast and the power came back three days later.", "en")
    assert en == {}


def test_a_clause_after_a_verb_of_finding_is_asked() -> None:
    en = _questions(
        "By comparing old photographs, surveyors found that the lake had lost 30 metres of water.",
        "en",
    )
    assert en == {"How many metres of water had the lake lost?": "30 metres"}
    it = _questions("I tecnici hanno stimato che la frana ha travolto 12 case.")
    assert it == {"Quante case ha travolto la frana?": "12"}


def test_a_sum_after_the_preposition_of_its_verb() -> None:
    it = _questions(
        "La spesa complessiva ammonta a 2,4 milioni di euro. "
        "Il restauro è stato finanziato con 600.000 euro. "
        "Il progetto è stato finanziato con 3 milioni di euro del bilancio regionale."
    )
    assert it == {
        "A quanto ammonta la spesa complessiva?": "2,4 milioni di euro",
        "Con quanto è stato finanziato il restauro?": "600.000 euro",
        # whose money the sum is goes with the answer, out of the question
        "Con quanto è stato finanziato il progetto?": "3 milioni di euro",
    }
    en = _questions("The manuscript was sold for $2 million at auction.", "en")
    assert en == {"How much was the manuscript sold for at auction?": "$2 million"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The bodies were recovered by a dive team of 15 volunteers.",
            "en",
            {"How many volunteers recovered the bodies?": "15"},
        ),
        (
            "The council hired a panel of nine experts.",
            "en",
            {"How many experts did the council hire?": "nine"},
        ),
        (
            "La Procura ha nominato un gruppo di cinque consulenti.",
            "it",
            {"Quanti consulenti ha nominato la Procura?": "cinque"},
        ),
        # A present participle with its complement is no part of what is counted.
        (
            "La Procura ha nominato cinque consulenti provenienti da tre università.",
            "it",
            {"Quanti consulenti ha nominato la Procura?": "cinque"},
        ),
    ],
)
def test_a_group_of_a_count_is_its_members(
    text: str, language: str, expected: dict[str, str]
) -> None:
    assert _questions(text, language) == expected
