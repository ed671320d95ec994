"""Who a person is, as an apposition beside the name says."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import appositions
from quizlib.generate.text import clean

from .helpers import questions_of

TITLE = {"it": "Un titolo per la prova", "en": "A title for the test"}


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in appositions.extract(doc)}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The find was confirmed by Hannah Reyes, a planetary scientist at Leeds University, "
            "on Monday.",
            {"Who is Hannah Reyes?": "a planetary scientist at Leeds University"},
        ),
        (
            "en",
            "“It was brutal out there,” said her skipper, Aidan Burke, who has piloted crossings "
            "for years.",
            {"Who is Aidan Burke?": "her skipper"},
        ),
        (
            "en",
            "Her coach, Aidan Burke, said she swims forty kilometres a week.",
            {"Who is Aidan Burke?": "her coach"},
        ),
        (
            "en",
            "According to the museum's curator of meteorites, Professor Rajan Mehta, the stone "
            "is rare.",
            {
                "Who is Rajan Mehta?": "the museum’s curator of meteorites",
                "Who is the museum’s curator of meteorites?": "Rajan Mehta",
            },
        ),
        (
            "en",
            "The treaty is backed by Rosa Ibarra, the Chilean diplomat who chairs the committee.",
            {"Who is Rosa Ibarra?": "the Chilean diplomat"},
        ),
        (
            "it",
            "«Ricorreremo in appello», ha detto l’avvocato di Rossi, Marco Neri, all’uscita "
            "dall’aula.",
            {
                "Chi è Marco Neri?": "l’avvocato di Rossi",
                "Chi è l’avvocato di Rossi?": "Marco Neri",
            },
        ),
        (
            "it",
            "Secondo Giulio Sala, archeologo dell’università di Padova, il reperto è unico.",
            {"Chi è Giulio Sala?": "archeologo dell’università di Padova"},
        ),
        (
            "it",
            "Ivo Dragan, l’autista croato partito da Spalato con un carico di legname, è rimasto "
            "fermo per ore.",
            {"Chi è Ivo Dragan?": "l’autista croato"},
        ),
        (
            "it",
            "Il tribunale ha condannato Carlo Vitti, 64 anni, titolare della Ghiaie Sud Srl, a "
            "due anni.",
            {"Chi è Carlo Vitti?": "titolare della Ghiaie Sud Srl"},
        ),
        (
            "en",
            "The firm was founded in 2021 by his partner, the former banker Isabel Grant.",
            {"Who is Isabel Grant?": "the former banker"},
        ),
        (
            "it",
            "Il palazzo fu progettato dall’architetto Paolo Ferrante nel 1932 ed è in uso.",
            {},  # a bare occupation says too little: who designed it is the agents' card
        ),
        (
            "en",
            "The bridge, designed by the engineer Tom Ashby, opened in 1868.",
            {},
        ),
        (
            "it",
            "Il museo fu aperto nel 1901 dal sindaco Paolo Ferrante, tra molte polemiche.",
            {},  # an office: the roles extractor's card
        ),
    ],
)
def test_an_apposition_says_who_a_person_is(
    language: str, text: str, expected: dict[str, str]
) -> None:
    assert _asked(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Anna Neri, 45, of Leeds, said she was delighted. Neri works nights."),
        ("en", "Besides complaining about the weather, Marcus Vale asks his brother for socks."),
        ("en", "The town is named after its founder, Thomas Greaves, a merchant's son."),
        ("it", "Il 21 ottobre, Marco Neri ha dichiarato che il piano è pronto."),
        ("it", "Marco Neri, intervistato dal Corriere, ha confermato la notizia."),
        ("it", "Il sig. Marco Neri, visibilmente emozionato, ha ringraziato tutti."),
        ("it", "Il Palazzo Neri, sede della Borsa, fu progettato da Marco Neri nel 1932."),
    ],
)
def test_what_is_no_apposition_of_a_person_is_not_asked(language: str, text: str) -> None:
    asked = _asked(text, language)
    assert all(
        not any(w in answer.lower() for w in ("45", "weather", "founder", "ottobre", "sede"))
        for answer in asked.values()
    ), asked
    assert "visibilmente emozionato" not in asked.values()
    assert "intervistato dal Corriere" not in asked.values()


def test_a_relative_before_an_office_and_an_unrestricted_only_are_not_who_someone_is() -> None:
    text = (
        "Il canone sarà di 650 euro al mese, una cifra che il presidente della Sam, Marco "
        "Pieri, definisce la più bassa. Pieri ha parlato ieri."
    )
    assert "una cifra" not in _asked(text, "it").values()
    text = (
        "Ha alzato la coppa il portiere Dario Sciarra, l’unico giocatore rimasto in rosa dal "
        "titolo del 2019. Sciarra ha 34 anni."
    )
    assert "l’unico giocatore" not in _asked(text, "it").values()
    text = (
        "The cup was lifted by the goalkeeper Dan Shaw, the only player left from the 2019 "
        "side. Shaw is 34."
    )
    assert "the only player" not in _asked(text, "en").values()


def test_one_of_a_number_cut_from_its_clause_is_not_who_someone_is() -> None:
    text = (
        "Anche il professore Marco Zanon, uno dei tre che hanno votato no, teme effetti sul "
        "rendimento. Zanon insegna da trent’anni."
    )
    assert "uno dei tre" not in _asked(text, "it").values()


def test_a_clause_with_a_present_in_s_after_the_name_is_no_apposition() -> None:
    asked = _asked(
        "According to the charity’s manager, Tom Kerrigan, the food bank now relies on about "
        "260 volunteers.",
        "en",
    )
    assert asked.get("Who is Tom Kerrigan?") == "the charity’s manager", asked


def test_a_councillor_s_title_stands_between_the_office_and_the_name() -> None:
    text = (
        "A title for the test\n\nThe hall reopened on Monday. Opening the hall on Saturday, the "
        "city’s mayor, Councillor Alison Hart, praised the volunteers.\n"
    )
    asked = questions_of(text, "en")
    assert asked.get("Who is Alison Hart?") == "the city’s mayor", asked


def test_a_phrase_that_ends_with_another_person_s_name_describes_no_one_else() -> None:
    text = (
        "A title for the test\n\nLa sentenza è arrivata lunedì per Davide Rinaldi. Il "
        "difensore di Rinaldi, l’avvocata Rosaria Pellegatta, ha annunciato il ricorso.\n"
    )
    asked = questions_of(text, "it")
    assert asked.get("Chi è Rosaria Pellegatta?") == "il difensore di Rinaldi", asked
    # Davide Rinaldi is asked only where his name stands, not as the one the phrase describes
    assert [q for q, a in asked.items() if a == "Davide Rinaldi"] == [
        "La sentenza è arrivata lunedì per chi?"
    ], asked
    assert not any("l’avvocata Rosaria" in q for q in asked), asked


def test_the_verb_after_a_name_set_off_after_its_office_is_no_apposition() -> None:
    text = "Il direttore del museo, Paolo Ferri, invita però alla prudenza."
    assert "invita però alla prudenza" not in _asked(text, "it").values()
    text = "Ieri ha parlato Marco Neri, sindaco di Lula, alla presenza del prefetto."
    assert _asked(text, "it") == {"Chi è Marco Neri?": "sindaco di Lula"}
