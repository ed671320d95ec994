"""Number facts asked as questions: verbs in the English present, sums in their currency sign
and in an aside, lengths of long things, counts in words before a present verb, quantities
counted in their unit, and clauses around the subject that a question leaves out."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean
from quizlib.generate.verbs import is_plural_present_at, is_present_at

from .test_numbers import _clozes, _questions


def test_an_english_present_is_told_from_a_plural_by_its_place() -> None:
    # After the end of a subject, before what a verb takes: a verb.
    assert is_present_at("line", "links", "the", "en")
    assert is_present_at("bridge", "measures", "400", "en")
    assert is_present_at("now", "employs", "about", "en")
    # After an article, a possessive or a number, or before a verb: a noun.
    assert not is_present_at("the", "links", "the", "en")
    assert not is_present_at("its", "works", "the", "en")
    assert not is_present_at("12", "links", "the", "en")
    assert not is_present_at("project", "costs", "rose", "en")
    assert not is_present_at("line", "links", "the", "it")
    # A plural subject takes the bare verb: "Seven bridges link the two banks".
    assert is_plural_present_at("link", "the", "en")
    assert not is_plural_present_at("south", "of", "en")
    assert not is_plural_present_at("from", "the", "en")


def test_a_change_said_with_a_present_verb() -> None:
    en = _questions("The new plan cuts the school budget by 15 percent.", "en")
    assert en == {"By how much does the new plan cut the school budget?": "15 percent"}


def test_sums_in_their_currency_sign() -> None:
    en = _questions(
        "The project cost €435m. The bank lent £120m to the council. "
        "The fund would need at least $1.2 billion a year.",
        "en",
    )
    assert en == {
        "How much did the project cost?": "€435m",
        "How much did the bank lend to the council?": "£120m",
        "How much would the fund need a year?": "$1.2 billion",
    }
    # A sum before a noun says what the thing costs: no count of factories, one cloze.
    text = "The firm will build a $4.8 billion factory in the north."
    assert _questions(text, "en") == {"What is the cost of the factory?": "$4.8 billion"}
    assert _clozes(text, "en") == [
        "The firm will build a {{c1::$4.8 billion}} factory in the north."
    ]


def test_the_price_of_the_subject_in_an_aside() -> None:
    en = _questions("The new tram line, which cost €435m, opened in May.", "en")
    assert en == {"How much did the new tram line cost?": "€435m"}
    it = _questions(
        "Il nuovo ponte, costato 12 milioni di euro, è stato aperto ieri. "
        "Il biglietto, che costa 18 euro, comprende la visita guidata."
    )
    assert it == {
        "Quanto è costato il nuovo ponte?": "12 milioni di euro",
        "Quanto costa il biglietto?": "18 euro",
    }
    # "ed" ends the clause as "e" does.
    it = _questions("Il piano, approvato nel 2021, vale 194 miliardi di euro ed è il più grande.")
    assert it == {"Quanto vale il piano?": "194 miliardi di euro"}
    # An English relative after an object tells the price of the object's noun phrase; after a
    # preposition it may tell the price of either noun: no question.
    assert _questions("The city opened the new line, which cost €435m.", "en") == {
        "How much did the new line cost?": "€435m"
    }
    assert _questions("The city approved the plans for the line, which cost €435m.", "en") == {}


def test_the_length_of_a_long_thing() -> None:
    en = _questions(
        "The city opened a 6.4km light-rail route in March. "
        "Thousands of fans lined the 42.195-kilometre course. The bridge measures 400 metres.",
        "en",
    )
    assert en == {
        "How long is the light-rail route?": "6.4km",
        "How long is the course?": "42.195 kilometres",
        "How long is the bridge?": "400 metres",
    }
    # A flag or a tower has more than a length: English would have to guess which.
    assert (
        _questions("The crowd carried a 50-metre flag. The tower measures 300 metres.", "en") == {}
    )
    it = _questions(
        "Il Comune ha inaugurato una linea tranviaria lunga 6,4 chilometri. "
        "Il Serio è un fiume lungo 124 chilometri che nasce in montagna. "
        "Il ponte misura 400 metri."
    )
    assert it == {
        "Quanto è lunga la linea tranviaria?": "6,4 chilometri",
        "Quanto è lungo il Serio?": "124 chilometri",
        "Quanto misura il ponte?": "400 metri",
    }
    # "lungo" does not agree with "la pianura": no length of the plain.
    assert _questions("Il fiume attraversa la pianura lungo 40 chilometri.") == {}


def test_counts_in_words_before_a_present_verb() -> None:
    en = _questions(
        "Seven bridges now link the two banks of the river. "
        "A record 41,000 runners from 150 countries started the race.",
        "en",
    )
    assert en == {
        "How many bridges link the two banks of the river?": "seven",
        "How many runners from 150 countries started the race?": "41,000",
    }
    it = _questions(
        "Sette ponti collegano le due rive del fiume. Un totale di 40 scuole resteranno chiuse."
    )
    assert it == {
        "Quanti ponti collegano le due rive del fiume?": "sette",
        "Quante scuole resteranno chiuse?": "40",
    }
    # A noun and a place after the count, no verb: no question.
    assert _questions("Twelve stations south of the city.", "en") == {}


def test_a_quantity_counted_in_its_unit() -> None:
    en = _questions("The world produces more than 400 million tonnes of plastic every year.", "en")
    assert en == {
        "How many tonnes of plastic does the world produce every year?": "400 million tonnes"
    }
    it = _questions("In 36 ore sono caduti 212 millimetri di pioggia.")
    assert it == {"Quanti millimetri di pioggia sono caduti in 36 ore?": "212 millimetri"}


def test_what_the_question_leaves_out_around_the_subject() -> None:
    en = _questions(
        "According to the ministry, Brazil recorded 2.3 million probable dengue cases in March. "
        "The trust, an independent charity, employs about 40 people. "
        "Measuring 20cm by 8cm, the tablet holds 14 lines of Latin written in two columns.",
        "en",
    )
    assert en == {
        "How many probable dengue cases did Brazil record in March?": "2.3 million",
        "How many people does the trust employ?": "40",
        "How many lines of Latin does the tablet hold?": "14",
    }
    it = _questions(
        "La mostra, allestita nelle sale del palazzo, riunisce oltre 300 reperti tra papiri, "
        "ostraca e statue. Secondo la prefettura, il fiume ha invaso 12 paesi."
    )
    assert it == {
        "Quanti reperti riunisce la mostra?": "300",
        "Quanti paesi ha invaso il fiume?": "12",
    }
    # A leading "During ..." is an adverbial of time, not a description of the subject: the
    # question puts it at its end.
    en = _questions("During the storm, the river flooded 12 villages.", "en")
    assert en == {"How many villages did the river flood during the storm?": "12"}


def test_a_second_verb_is_no_subject_of_its_own() -> None:
    en = _questions("The plant cost about 5 billion euros and will employ 12,000 people.", "en")
    assert en == {"How much did the plant cost?": "5 billion euros"}


def test_a_percentage_after_a_count_is_asked_as_its_change() -> None:
    text = "The country recorded 2.3 million dengue cases in March, a 40% increase on last year."
    asked = _questions(text, "en")
    assert asked["How many dengue cases did the country record in March?"] == "2.3 million"
    # the change with its percentage before its noun is asked of the count
    assert asked["By how much did the number of dengue cases increase on last year?"] == "40%"


def test_english_questions_take_the_base_of_the_verb() -> None:
    en = _questions("The company’s costs rose by 12 percent last year.", "en")
    assert en == {"By how much did the company’s costs rise last year?": "12 percent"}
    # A measure of the counted after them is no part of the question.
    en = _questions("The vaccine is given in two doses three months apart.", "en")
    assert en == {"In how many doses is the vaccine given?": "two"}
    # Two "-s" forms before the number: which is the verb is not known, nothing is asked.
    assert _questions("The plan raises taxes by 2 percent.", "en") == {}


def test_asides_and_sources_around_a_count() -> None:
    en = _questions(
        "According to police, 12 people died in the crash. "
        "The bridge, built in 1890, carries 40,000 vehicles a day. "
        "The river flows 1,450 miles to the sea. The runner ran 42 miles in the desert.",
        "en",
    )
    assert en == {
        "How many people died in the crash according to police?": "12",
        "How many vehicles does the bridge carry a day?": "40,000",
        "How long is the river?": "1,450 miles",
        # a verb of going tells the distance gone, asked in its unit, no length of the runner
        "How many miles did the runner run in the desert?": "42 miles",
    }
    it = _questions(
        "Il Comune ha costruito un muro alto 3 metri intorno al parco. "
        "La Regione ha finanziato una pista lunga 12 chilometri e larga 3 metri. "
        "Il biglietto d’ingresso costa 18 euro."
    )
    assert it == {
        "Quanto è alto il muro?": "3 metri",
        "Quanto è lunga la pista?": "12 chilometri",
        "Quanto costa il biglietto d’ingresso?": "18 euro",
    }


def _entry_questions(entry: str, body: str, language: str) -> set[str]:
    opening = "Titolo di un articolo di prova qui" if language == "it" else "A test article title"
    text = f"{opening}\n\nUn paragrafo qualunque.\n\n{entry}\n\n{body}"
    doc = build_document(clean(text), language)
    return {c.question for c in numbers.extract(doc) if c.question}


def test_what_an_entry_has_said_with_con_or_with() -> None:
    body = "Lanza è il capoluogo della provincia, sul mare e con circa 31.000 abitanti."
    assert _entry_questions("Lanza", body, "it") == {"Quanti abitanti ha Lanza?"}
    body = "Orvik è un comune della costa, che conta circa 25.000 abitanti."
    assert _entry_questions("Orvik", body, "it") == {"Quanti abitanti ha Orvik?"}
    body = "Dunmore is a port town. With about 16,000 residents, it is the largest in the county."
    assert _entry_questions("Dunmore", body, "en") == {"How many residents does Dunmore have?"}
    # Who were hurt "with" an event are no people the town has.
    body = "Dunmore was hit by a storm, with 12 people injured."
    assert _entry_questions("Dunmore", body, "en") == set()
