"""What a background entry is called in a question: a name that opens with a common noun
('Lago Trasimeno', 'Diga di Montedoglio') takes the article the entry's sentence gives it; a
proper name keeps its own form."""

from __future__ import annotations

import pytest

from quizlib.generate.document import entry_info


@pytest.mark.parametrize(
    ("heading", "sentence", "phrase"),
    [
        ("Lago Maggiore", "Il lago Maggiore è il secondo lago italiano.", "il lago Maggiore"),
        (
            "Diga del Vajont",
            "La diga del Vajont è uno sbarramento sul torrente.",
            "la diga del Vajont",
        ),
        (
            "Abbazia di Farfa",
            "L’abbazia di Farfa è un monastero benedettino.",
            "l’abbazia di Farfa",
        ),
        ("River Wye", "The River Wye is the fifth-longest river in the UK.", "the River Wye"),
        ("NATO", "La NATO è un’alleanza militare.", "la NATO"),
        ("Budapest", "Budapest è la capitale dell’Ungheria.", "Budapest"),
        ("Lago Maggiore", "Il lago è il secondo d’Italia.", "Lago Maggiore"),
        (
            "Tempio di Nettuno",
            "Il cosiddetto tempio di Nettuno è il più grande dei templi.",
            "il tempio di Nettuno",
        ),
        (
            "Teatro Romano",
            "L’antico teatro romano è stato restaurato.",
            "il teatro romano",
        ),
        ("Rocca Maggiore", "L’antica rocca Maggiore domina la città.", "la rocca Maggiore"),
        ("Stadio Olimpico", "Il nuovo stadio Olimpico è aperto.", "lo stadio Olimpico"),
        (
            "Abbazia di Farfa",
            "La celebre abbazia di Farfa è un monastero.",
            "l’abbazia di Farfa",
        ),
        ("Lago Maggiore", "Il grande lago è il secondo d’Italia.", "Lago Maggiore"),
    ],
)
def test_an_entry_is_called_as_its_sentence_calls_it(
    heading: str, sentence: str, phrase: str
) -> None:
    language = "en" if " is " in sentence else "it"
    assert entry_info(heading, sentence, language).phrase == phrase


def test_the_entry_keeps_its_heading_as_its_name() -> None:
    assert entry_info("Lago Maggiore", "Il lago Maggiore è un lago.", "it").name == "Lago Maggiore"


def test_a_bracket_inside_a_heading_does_not_cut_the_name() -> None:
    info = entry_info(
        "Housing (Wales) Act 2014",
        "The Housing (Wales) Act 2014 is a law passed by the Senedd.",
        "en",
    )
    assert info.name == "Housing (Wales) Act 2014"
    assert info.phrase == "the Housing (Wales) Act 2014"
    assert entry_info("Unione Europea (UE)", "L’Unione Europea è un’unione.", "it").name == (
        "Unione Europea"
    )


def test_an_acronym_takes_the_article_of_the_name_it_stands_for() -> None:
    info = entry_info(
        "PNSD",
        "Il Piano Nazionale per la Scuola e il Digitale (PNSD) è il programma del ministero.",
        "it",
    )
    assert info.phrase == "il PNSD"
    assert info.expansion == "Piano Nazionale per la Scuola e il Digitale"


def test_an_entry_may_open_with_the_first_words_of_its_heading() -> None:
    from quizlib.generate.blocks import read_layout

    text = (
        "Village side reach the final\n\n"
        "The team from Ashby will play the final in London on Sunday.\n\n"
        "Kelso Rugby Ground\n\n"
        "Kelso is a rugby ground in the Scottish Borders, opened in 1921.\n\n"
        "Ashby Cricket Club\n\n"
        "The Ashby Cricket Club is a village club founded in 1888."
    )
    layout = read_layout(text)
    assert [e.heading for e in layout.entries] == ["Kelso Rugby Ground", "Ashby Cricket Club"]
    # The first words alone, with the others nowhere in what follows, name something else.
    other = text.replace("a rugby ground", "a market town")
    assert [e.heading for e in read_layout(other).entries] == ["Ashby Cricket Club"]


def test_a_common_noun_entry_is_asked_in_small_letters() -> None:
    from quizlib.generate import generate_deck

    text = (
        "Cobalt mine to reopen in Cornwall\n\n"
        "A company plans to reopen a cobalt mine near Redruth, producing 2,000 tonnes of cobalt "
        "a year for batteries.\n\n"
        "Cobalt\n\n"
        "Cobalt is a hard, lustrous, grey metal used in batteries. Cobalt was discovered in "
        "1735 by the Swedish chemist Georg Brandt."
    )
    asked = [c.question for c in generate_deck(text, deck_id="t").cards if c.question]
    assert any("cobalt discovered" in q for q in asked)
    assert not any("Cobalt" in q[1:] for q in asked)


def test_an_entry_never_named_in_its_paragraph_takes_the_article_of_its_kind() -> None:
    """'Parco regionale del Sirente' whose paragraph opens 'Istituito nel 1989, ...': the
    questions read 'il Parco regionale del Sirente'."""
    info = entry_info(
        "Parco regionale del Sirente",
        "Istituito nel 1989, si estende per circa 50.000 ettari.",
        "it",
    )
    assert info.phrase == "il Parco regionale del Sirente"
    info = entry_info("Università del Sannio", "Nata nel 1998, conta 7.000 studenti.", "it")
    assert info.phrase == "l’Università del Sannio"
    info = entry_info("Lipari", "È la più grande delle isole Eolie.", "it")
    assert info.phrase == "Lipari"


def test_an_entry_known_by_an_acronym_is_no_person() -> None:
    from quizlib.generate import generate_deck

    text = (
        "Un titolo di prova\n\n"
        "Il consorzio ha ricevuto fondi europei dalla PSR.\n\n"
        "PSR\n"
        "La Politica di sviluppo rurale (PSR) è la politica della Regione che sostiene le "
        "aziende agricole delle aree interne.\n"
    )
    questions = {c.question for c in generate_deck(text, language="it").cards if c.question}
    assert not any(q.startswith("Chi è") for q in questions)
    assert "Che cos’è la PSR?" in questions
