"""Dates after a copula: a date in the relative clause of the noun a copula says
the subject is, a verb aimed at a date after a copula ('is due to open'), a title after a
copula, a named agent before a relative, and an opening participle with its particle ('Set up
in 1994')."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}
# An entry follows the article and another entry, as background entries do.
_OTHER_ENTRY = {
    "it": "Il consiglio si è riunito.\n\nPavia\n\nPavia è una città della Lombardia.",
    "en": "The council met.\n\nPavia\n\nPavia is a city in Lombardy.",
}


def _questions(body: str, language: str, *, entry: bool = False) -> dict[str, str]:
    lead = f"{_TITLE[language]}\n\n{_OTHER_ENTRY[language]}" if entry else _TITLE[language]
    doc = build_document(clean(f"{lead}\n\n{body}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_a_date_in_the_relative_of_a_predicate_noun() -> None:
    # The noun after the copula is what the subject is: its relative says what the subject did.
    assert _questions("Marco Bellini is a chemist who isolated the enzyme in 1997.", "en") == {
        "When did Marco Bellini isolate the enzyme?": "1997"
    }
    assert _questions(
        "The Linden Institute is the research centre that was founded in 2004 by the university.",
        "en",
    ) == {"When was the Linden Institute founded?": "2004"}
    assert _questions("Il Museo Ravelli è un museo civico che ha aperto nel 1931.", "it") == {
        "Quando ha aperto il Museo Ravelli?": "1931"
    }
    assert _questions("La Fondazione Orsini è l’ente che gestisce il teatro dal 2004.", "it") == {
        "Da quando la Fondazione Orsini gestisce il teatro?": "2004"
    }
    # In an entry, the entry is the subject ("It", or its name).
    assert _questions(
        "Selwick Centre\n\nThe Selwick Centre is a hub for marine and coastal research that "
        "opened in 2015 at the harbour.",
        "en",
        entry=True,
    ) == {"When did the Selwick Centre open?": "2015"}
    # The relative has a subject of its own: its date is not the subject's doing.
    assert (
        _questions("The Harlow Bridge is a crossing that the council bought in 2001.", "en") == {}
    )
    assert _questions("Il ponte Ravelli è un’opera che il Comune ha comprato nel 2001.", "it") == {}


def test_a_date_after_the_participle_of_a_predicate_noun() -> None:
    # A participle, set off by a comma or not, qualifies the noun the subject is.
    assert _questions(
        "The Linden Institute is a research centre, founded in 2004 by the university.", "en"
    ) == {"In what year was the Linden Institute founded?": "2004"}
    assert _questions(
        "Il Circolo Ravelli è la squadra di rugby di Padova, fondata nel 1947 come sezione "
        "universitaria.",
        "it",
    ) == {"In che anno fu fondato il Circolo Ravelli?": "1947"}
    # The participle agrees with another noun: the date is that noun's.
    assert _questions("Il Palazzo Ravelli è la sede del museo, fondato nel 1950.", "it") == {}
    # A noun with a participle of its own: the second is its agent's, not the subject's.
    assert _questions(
        "Il sistema Orfeo è una piattaforma prodotta dall’azienda Lumen, fondata nel 1995.", "it"
    ) == {"In che anno fu fondata l’azienda Lumen?": "1995"}
    # "Il suo simbolo": whose, out of context?
    assert _questions("Il suo simbolo è una torre, ricostruita nel 1450.", "it") == {}


def test_joined_participles_of_a_predicate_noun() -> None:
    # "owned by ... and created in 1962": both participles are the noun's.
    assert _questions(
        "The Harwood Trust is a charity run by volunteers and founded in 1988.", "en"
    ) == {"In what year was the Harwood Trust founded?": "1988"}
    assert _questions(
        "La Fondazione Orsini è un ente gestito dal Comune e fondato nel 1988.", "it"
    ) == {"In che anno fu fondata la Fondazione Orsini?": "1988"}
    # An entry's name may carry an apposition before the copula.
    assert _questions(
        "Tamar Power\n\nTamar Power, formally the Tamar Valley Power Authority, is a public "
        "company owned by the county and created in 1962.",
        "en",
        entry=True,
    ) == {"In what year was Tamar Power created?": "1962"}


def test_a_relative_of_a_definite_apposition_with_a_complement() -> None:
    assert _questions(
        "The council will replace Harlow Bridge, the old iron crossing over the River Lune "
        "that has been closed to all traffic since 4 March 2026.",
        "en",
    ) == {"Since when has Harlow Bridge been closed to all traffic?": "4 March 2026"}
    # A common noun after the preposition may be what the relative is about.
    assert (
        _questions(
            "The council will repair Harlow Bridge, the old crossing over the river that flooded "
            "in 2020.",
            "en",
        )
        == {}
    )


def test_a_participle_with_its_complement_before_the_date() -> None:
    # Set off after the subject or after a named object, a participle may keep a few words.
    assert _questions(
        "La legge Rossi, entrata in vigore nel 2025, ha cambiato le regole.", "it"
    ) == {"In che anno è entrata in vigore la legge Rossi?": "2025"}
    assert _questions(
        "Il governo ha applicato la legge Rossi, entrata in vigore nel 2025.", "it"
    ) == {"In che anno è entrata in vigore la legge Rossi?": "2025"}
    assert _questions("The town hosts the Harlow Museum, opened to the public in 1990.", "en") == {
        "In what year was the Harlow Museum opened to the public?": "1990"
    }
    # A plural subject asks with "were".
    assert _questions(
        "The cuts hit farms. The cuts, announced by the ministry in August 2023, reduced the "
        "grant. Farmers fought the cuts.",
        "en",
    ) == {"When were the cuts announced by the ministry?": "August 2023"}
    # A noun the article names once: which one, out of context?
    assert _questions("Il museo, riportato alla luce nel 1907, è chiuso.", "it") == {}
    # An English past after a comma is the sentence's verb, not a participle phrase.
    assert _questions("Orla Keane, 34, entered the water on 13 August.", "en") == {
        "When did Orla Keane enter the water?": "13 August"
    }


def test_a_verb_aimed_at_a_date_after_a_copula() -> None:
    assert _questions("The old ferry is due to return to service in 2027.", "en") == {
        "When is the old ferry due to return to service?": "2027"
    }
    assert _questions("The glass factory is likely to close in March 2030.", "en") == {
        "When is the glass factory likely to close?": "March 2030"
    }
    # A quotation inside an aside goes with the aside.
    assert _questions(
        'The Harlow ferry, which was hit during the "Cod War" with Iceland, is due to return to '
        "service in 2027.",
        "en",
    ) == {"When is the Harlow ferry due to return to service?": "2027"}
    # The date in another phrase of the sentence is not the aimed verb's.
    assert "When is construction due to begin next spring?" not in _questions(
        "Construction is due to begin next spring, with the first trains running in 2029.", "en"
    )


def test_a_title_after_a_copula() -> None:
    assert _questions(
        "Galway was the European Capital of Culture in 2020. Galway lies in the west.", "en"
    ) == {"When was Galway the European Capital of Culture?": "2020"}
    assert _questions(
        "Matera è stata Capitale europea della cultura nel 2019. Matera è in Basilicata.", "it"
    ) == {"Quando è stata Capitale europea della cultura Matera?": "2019"}
    # A plain noun after the copula tells no event.
    assert _questions("Maria Lenti was a farmer in 1990. Maria Lenti lives in Leeds.", "en") == {}


def test_a_named_agent_before_a_relative() -> None:
    assert _questions(
        "The survey was paid for by the Harwood Trust, which was founded in 1936.", "en"
    ) == {"When was the Harwood Trust founded?": "1936"}
    assert _questions(
        "The reform was made possible by the Rail Services (No. 3) Act, which received royal "
        "assent in 2024 and gave councils new powers.",
        "en",
    ) == {"When did the Rail Services (No. 3) Act receive royal assent?": "2024"}
    assert _questions(
        "Il progetto è stato finanziato da Legambiente, che è stata fondata nel 1980.", "it"
    ) == {"Quando è stata fondata Legambiente?": "1980"}
    # A preposition that opens the sentence has no noun before it.
    assert _questions(
        "The council adopted a plan. Under the plan, which takes effect on 1 June, owners "
        "must register. The plan was welcomed.",
        "en",
    ) == {"When does the plan take effect?": "1 June"}
    # An Italian articulated preposition after a verb opens the verb's complement.
    assert _questions(
        "Il progetto si basa sulla legge Rossi, che è entrata in vigore nel 2025.", "it"
    ) == {"Quando è entrata in vigore la legge Rossi?": "2025"}
    assert (
        _questions(
            "Il ministro ha parlato del convegno sugli archivi, che si terrà nel 2026.", "it"
        )
        == {}
    )
    # After another preposition the relative may be either noun's.
    assert _questions("The summit in Bari, which opened in 2019, was a success.", "en") == {}


def test_an_opening_participle_with_its_particle() -> None:
    assert _questions(
        "Harwood Heritage Fund\n\nThe Harwood Heritage Fund is a charity. Set up in 1994, it "
        "gives money to local museums.",
        "en",
        entry=True,
    ) == {"In what year was the Harwood Heritage Fund set up?": "1994"}
    # "Set for" aims at a date: not when it happened.
    assert _questions("Set for 2026, the vote will decide the matter.", "en") == {}


def test_a_participle_that_agrees_with_the_predicate_noun_not_its_complement() -> None:
    # "la principale rete dei musei, fondata": the plural complement cannot be founded in the
    # feminine singular, so the participle is the network's, which the subject is.
    assert _questions(
        "La Lega Ravelli è la principale rete dei musei civici, fondata nel 1961.", "it"
    ) == {"In che anno fu fondata la Lega Ravelli?": "1961"}
    assert _questions(
        "Il Consorzio Orsini è il maggiore gruppo della pesca lagunare, nato nel 1978.", "it"
    ) == {"In che anno è nato il Consorzio Orsini?": "1978"}
    # The complement agrees as well: either noun's, not asked.
    assert (
        _questions("La Lega Ravelli è la principale rete della regione, fondata nel 1961.", "it")
        == {}
    )
    # English has no agreement to tell: a complement with "of" still keeps it unasked.
    assert (
        _questions(
            "The Ravelli League is the main network of the city museums, founded in 1961.", "en"
        )
        == {}
    )


def test_a_noun_after_a_copular_verb_is_its_predicate_not_its_subject() -> None:
    # "è diventato il primo ...": what the unsaid subject became, not who became something.
    assert (
        _questions(
            "Il Rosso Orsini è un vino delle colline. Nel 2011 è diventato il primo vino della "
            "provincia a ottenere il marchio Ravelli.",
            "it",
        )
        == {}
    )
    assert (
        _questions(
            "La Torre Ravelli è alta trenta metri. Dal 1990 è rimasta la sede del museo civico di "
            "Pavia.",
            "it",
        )
        == {}
    )
    # A plain inverted subject after a passive is still asked.
    assert _questions("Nel 2019 è stato inaugurato il ponte San Giorgio.", "it") == {
        "Quando è stato inaugurato il ponte San Giorgio?": "2019"
    }
