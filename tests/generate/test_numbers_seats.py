"""Shares, ranks, labelled values and seats: facts news states with numbers and places."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers, seats
from quizlib.generate.text import clean

IT = """Titolo di un articolo di prova qui

Secondo le ultime stime dell’Istituto Regionale, circa il 30% dei boschi toscani è oggi a \
rischio. La Ferri Spa, con sede a Bergamo, ha assunto 20 tecnici. Il treno è partito alle 21:45 \
ora italiana. Con l’accordo, Ferri diventa il secondo produttore di viti in Europa, dietro \
soltanto alla tedesca Wurth Gruppe. Per la prima volta la società ha chiuso in utile.

I numeri dell’accordo

- Dipendenti di Ferri Spa: circa 2.300
- Prezzo: 90 milioni di euro

Autorità per l’energia

L’Autorità per l’energia è l’ente che regola i mercati dell’energia. Fu istituita nel 1995 e \
ha sede a Milano. Il razzo può portare in orbita circa 2.300 chilogrammi.
"""

EN = """Title of a test article here

Only 45% of nurses who joined the programme last year stayed for the second, according to \
the union. The company, based in Leeds, makes tyres.

World Meteorological Organization

The World Meteorological Organization is a United Nations agency. It is headquartered in \
Geneva and has 193 member states.
"""


def _questions(extract, text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in extract(doc) if c.question}


def test_a_share_that_opens_its_sentence_is_asked() -> None:
    it = _questions(numbers.extract, IT, "it")
    # the source is an estimate: its figure is asked with it
    asked = "Secondo le ultime stime dell’Istituto Regionale, quale percentuale dei boschi toscani"
    assert it[f"{asked} è oggi a rischio?"] == "30%"
    en = _questions(numbers.extract, EN, "en")
    assert en[
        "What percentage of nurses who joined the programme last year stayed for the second?"
    ] == ("45%")


def test_counts_are_asked_with_their_own_verb() -> None:
    it = _questions(numbers.extract, IT, "it")
    # A rocket's payload is no part of the authority: no "Quanti chilogrammi comprende ...?".
    assert not [q for q in it if "comprende" in q]
    # "alle 21:45": a time is no count of minutes.
    deck = generate_deck(IT, language="it", deck_id="t")
    assert not [c for c in deck.cards if c.cloze and "21:{{c1::" in c.cloze]


def test_ranks_and_labelled_values_are_hidden() -> None:
    deck = generate_deck(IT, language="it", deck_id="t")
    clozes = [c.cloze for c in deck.cards if c.cloze]
    assert any("il {{c1::secondo}} produttore" in c for c in clozes), clozes
    # The list item with the heading above it, which says what it is about.
    assert "I numeri dell’accordo: Dipendenti di Ferri Spa: {{c1::circa 2.300}}" in clozes
    assert not [c for c in clozes if "{{c1::prima}} volta" in c]


def test_seats() -> None:
    it = _questions(seats.extract, IT, "it")
    assert it == {
        "Dove ha sede la Ferri Spa?": "Bergamo",
        "Dove ha sede l’Autorità per l’energia?": "Milano",
    }
    en = _questions(seats.extract, EN, "en")
    # "The company" names nothing: only the entry's seat is asked.
    assert en == {"Where is the World Meteorological Organization headquartered?": "Geneva"}


def test_nicknames() -> None:
    from quizlib.generate.extract import nicknames

    it = """Titolo di un articolo di prova qui

Un paragrafo qualunque dell’articolo con parole.

Trani

Trani è un comune di 55.000 abitanti. Trani è soprannominata la «Perla dell’Adriatico» per il \
suo porto. È conosciuta anche come «città del vino».
"""
    assert _questions(nicknames.extract, it, "it") == {
        "Qual è il soprannome di Trani?": "Perla dell’Adriatico"
    }
    en = """Title of a test article here

Wellington is known as "the Windy City" by many.

Bruges

Bruges is the capital of West Flanders. The city is built on canals, which has earned it the \
nickname "the Venice of the North".
"""
    assert _questions(nicknames.extract, en, "en") == {
        "What is the nickname of Wellington?": "the Windy City",
        "What is the nickname of Bruges?": "the Venice of the North",
    }


def test_a_second_fact_of_a_sentence_is_its_second_deletion() -> None:
    # "It": a sentence whose subject is in the one before, which no question asks
    text = """Title of a test article here

It was tried on 12,400 volunteers and found 81.5% effective, the agency said.
"""
    deck = generate_deck(text, language="en", deck_id="t")
    clozes = [c for c in deck.cards if c.cloze]
    assert [c.cloze for c in clozes] == [
        "It was tried on {{c1::12,400}} volunteers and found {{c2::81.5%}} effective, the "
        "agency said."
    ]
    assert len({i.id for i in clozes[0].items()}) == 2  # two items to study, one note


def test_a_thing_named_in_quotes() -> None:
    from quizlib.generate.extract import nicknames

    it = """Titolo di un articolo di prova qui

Il processo è nato dall’inchiesta “Porto Sicuro” della Guardia Costiera. Una mostra «Arte e \
mare» è aperta a Genova.
"""
    # The show is named once, in an article about a trial: which show would the card mean?
    assert _questions(nicknames.extract, it, "it") == {
        "Qual è il nome dell’inchiesta della Guardia Costiera?": "Porto Sicuro"
    }
    en = """Title of a test article here

Police said the operation "Clean Harbour" of the Coast Guard led to 12 arrests.
"""
    assert _questions(nicknames.extract, en, "en") == {
        "What is the name of the operation of the Coast Guard?": "Clean Harbour"
    }


def test_a_capitalised_common_noun_is_not_hidden() -> None:
    text = """Titolo di un articolo di prova qui

Il motto del corpo è antico e oggi il Comando generale della guardia ha sede in città da anni.
"""
    deck = generate_deck(text, language="it", deck_id="t")
    assert not [c for c in deck.cards if c.cloze and "{{c1::Comando}}" in c.cloze]


def test_a_name_given_without_quotes() -> None:
    from quizlib.generate.extract import nicknames

    it = "Titolo di un articolo di prova\n\nIl nuovo ceppo è stato battezzato Vibrio lagunaris."
    assert _questions(nicknames.extract, it, "it") == {
        "Con quale nome è stato battezzato il nuovo ceppo?": "Vibrio lagunaris"
    }
    en = "Title of a test article here\n\nThe new comet was named Tsuchinshan by astronomers."
    assert _questions(nicknames.extract, en, "en") == {
        "What was the new comet named?": "Tsuchinshan"
    }


def test_where_an_event_took_place_or_a_thing_lies() -> None:
    it = """Titolo di un articolo di prova qui

Il vertice dei ministri del G20 si è svolto a Bari. La società ha chiuso in utile.
"""
    assert _questions(seats.extract, it, "it") == {
        "Dove si è svolto il vertice dei ministri del G20?": "Bari"
    }
    en = """Title of a test article here

The water summit was held in Lisbon. Delegates said the water summit ended late. The water \
summit agreed a text. The meeting was held in Paris.

Segedunum

Segedunum is a Roman fort. It lies in Wallsend, at the end of the wall.
"""
    # "the meeting" is said once: which meeting?
    assert _questions(seats.extract, en, "en") == {
        "Where was the water summit held?": "Lisbon",
        "Where does Segedunum lie?": "Wallsend",
    }


def test_a_name_given_to_a_thing_the_article_is_about() -> None:
    from quizlib.generate.extract import nicknames

    it = """Titolo di un articolo di prova qui

I ricercatori hanno battezzato la proteina Aurelina. La proteina lega il ferro. La proteina è \
stabile. Il ministro ha chiamato il presidente Bianchi. Il sindaco ha chiamato il ponte Ferri.
"""
    # A president is called on the phone; the bridge is said once: which bridge?
    assert _questions(nicknames.extract, it, "it") == {
        "Che nome ha ricevuto la proteina?": "Aurelina"
    }
    en = """Title of a test article here

The researchers named the protein Aurelin. The protein binds iron. The protein is stable. \
Residents called the police Monday. The police came. The police left.
"""
    assert _questions(nicknames.extract, en, "en") == {"What was the protein called?": "Aurelin"}
