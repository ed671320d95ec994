"""Counts and measures: numbers in words, counts after a preposition or a copula, measures with
their dimension, and count questions that read as a person would ask them."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.candidate import Candidate
from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean

TITLE = "Titolo di un articolo di prova qui\n\n"


def _candidates(text: str, language: str = "it") -> list[Candidate]:
    return list(numbers.extract(build_document(clean(TITLE + text), language)))


def _questions(text: str, language: str = "it") -> dict[str, str]:
    return {c.question: c.answer for c in _candidates(text, language) if c.question}


def _clozes(text: str, language: str = "it") -> list[str]:
    return [c.cloze for c in _candidates(text, language) if c.cloze]


def test_numbers_in_words_are_counts() -> None:
    it = _questions(
        "La rassegna è divisa in cinque sezioni tematiche. Il club ha vinto sette scudetti. "
        "La neve non si è sciolta per otto settimane. Il ponte è stato ricostruito tre volte."
    )
    assert it == {
        "In quante sezioni tematiche è divisa la rassegna?": "cinque",
        "Quanti scudetti ha vinto il club?": "sette",
        "Per quante settimane non si è sciolta la neve?": "otto",
        "Quante volte è stato ricostruito il ponte?": "tre",
    }
    en = _questions(
        "The river has not frozen for twelve winters. The bridge has been rebuilt four times "
        "since the war. The tablet holds fourteen lines of Greek.",
        "en",
    )
    assert en == {
        "For how many winters has the river not frozen?": "twelve",
        "How many times has the bridge been rebuilt since the war?": "four",
        "How many lines of Greek does the tablet hold?": "fourteen",
    }


def test_a_noun_that_looks_like_a_participle_is_counted_after_a_verb() -> None:
    assert _questions("Il bando aveva attirato quattro offerte.") == {
        "Quante offerte aveva attirato il bando?": "quattro"
    }
    assert _questions("Il Comune ha ricevuto nove richieste.") == {
        "Quante richieste ha ricevuto il Comune?": "nove"
    }
    # a number that is the subject of a passive counts no participle
    assert _candidates("Nell’incidente tre sono stati feriti.") == []


def test_a_number_in_words_accepts_its_digits() -> None:
    asked = [c for c in _candidates("Il club ha vinto ventuno scudetti.") if c.question]
    assert asked[0].answer == "ventuno"
    assert "21" in asked[0].accept
    en = [c for c in _candidates("The firm opened twenty-three shops.", "en") if c.question]
    assert en[0].question == "How many shops did the firm open?"
    assert "23" in en[0].accept


def test_words_that_only_look_like_numbers_are_left_alone() -> None:
    text = (
        "Forti venti hanno colpito la costa per tutta la notte. Sei pronto a partire, Marco? "
        "Le tre sezioni della mostra sono al primo piano. Il museo ha aperto tre anni fa. "
        "Il voto ha raccolto due terzi dei consensi."
    )
    assert _candidates(text) == []
    assert _candidates("Its two sons left. One of the judges spoke.", "en") == []


def test_a_sentence_opening_with_its_verb_has_its_subject_after_the_count() -> None:
    it = _questions(
        "Si è chiuso con sei medaglie il campionato europeo di nuoto. "
        "Sul posto lavorano 200 volontari della Croce Rossa. "
        "Nella sola mattinata di ieri sono stati soccorsi 45 escursionisti."
    )
    assert it == {
        "Con quante medaglie si è chiuso il campionato europeo di nuoto?": "sei",
        "Quanti volontari della Croce Rossa lavorano sul posto?": "200",
        "Quanti escursionisti sono stati soccorsi nella sola mattinata di ieri?": "45",
    }
    # "vi" points to what the question would lack; a subject in the opening is no inversion.
    assert _questions("Vi partecipano oltre 300 associazioni.") == {}
    # ... but a subject after a leading phrase with no comma is the clause's own.
    assert _questions("Nella notte la protezione civile ha inviato 4 squadre.") == {
        "Quante squadre ha inviato la protezione civile nella notte?": "4"
    }


def test_counts_after_a_copula() -> None:
    it = _questions(
        "Gli sportelli saranno 14, contro i 9 dell’anno scorso. "
        "Sono 40 le scuole chiuse per neve in provincia. "
        "Ci sono dodici musei in città."
    )
    assert it == {
        "Quanti saranno gli sportelli?": "14",
        "Quante sono le scuole chiuse per neve in provincia?": "40",
        "Quanti musei ci sono in città?": "dodici",
    }
    en = _questions(
        "There will be 16 new stations on the line. The number of delegates is 300.", "en"
    )
    assert en == {
        "How many new stations will there be on the line?": "16",
        "How many delegates are there?": "300",
    }


def test_measures_are_asked_with_their_dimension() -> None:
    it = _questions(
        "Il Tevere è lungo 405 chilometri. La torre è alta circa 97 metri. "
        "La statua pesa 27 tonnellate. Il lago ha una superficie di 48 chilometri quadrati."
    )
    assert it == {
        "Quanto è lungo il Tevere?": "405 chilometri",
        "Quanto è alta la torre?": "97 metri",
        "Quanto pesa la statua?": "27 tonnellate",
        "Qual è la superficie del lago?": "48 chilometri quadrati",
    }
    en = _questions(
        "The bridge is 1,280 metres long. The statue weighs 27 tonnes. The park has an area "
        "of 120 square kilometres. The canal runs for 35 miles between the two towns.",
        "en",
    )
    assert en == {
        "How long is the bridge?": "1,280 metres",
        "How much does the statue weigh?": "27 tonnes",
        "What is the area of the park?": "120 square kilometres",
        "How long is the canal?": "35 miles",
    }
    # In an apposition of the subject.
    assert _questions("La torre, alta 88 metri, domina la piazza.") == {
        "Quanto è alta la torre?": "88 metri"
    }
    assert _questions("Its symbol is the tower, 88 metres tall, by the river.", "en") == {
        "How tall is the tower?": "88 metres"
    }
    # "lungo" goes with "il fiume", not with "la pianura" just before it.
    assert _questions("Il fiume attraversa la pianura, lungo 40 chilometri, fino al mare.") == {}
    # A measure without its dimension is hidden, the unit left as a hint.
    assert _questions("The crowd carried a 50-metre flag through the square.", "en") == {}
    assert _clozes("The crowd carried a 50-metre flag through the square.", "en") == [
        "The crowd carried a {{c1::50}}-metre flag through the square."
    ]
    # A distance gone is asked in its unit, the verb of going says what it is.
    assert _questions("Il rover ha percorso 12 chilometri sul fondo del cratere.") == {
        "Quanti chilometri ha percorso il rover sul fondo del cratere?": "12 chilometri"
    }


def test_durations_are_hidden_whole() -> None:
    clozes = _clozes("In appello l’imputato è stato condannato a cinque anni e tre mesi.")
    assert clozes == ["In appello l’imputato è stato condannato a {{c1::cinque anni e tre mesi}}."]
    en = _clozes("The second group reached the summit in 41 minutes and 12 seconds today.", "en")
    assert en == ["The second group reached the summit in {{c1::41 minutes and 12 seconds}} today."]
    # A point in time is no count: "due mesi dall’incontro", "20 minutes after the start".
    assert _candidates("Il vertice è saltato a due mesi dall’incontro di Roma.") == []
    assert _candidates("The storm hit the coast 20 minutes after the warning.", "en") == []


def test_money_is_asked_how_much() -> None:
    en = _questions("The striker earned 2 million pounds last season.", "en")
    assert en == {"How much did the striker earn last season?": "2 million pounds"}
    it = _questions("Il Comune ha speso 3 milioni di euro per il restauro.")
    assert it == {"Quanto ha speso il Comune per il restauro?": "3 milioni di euro"}


def test_a_change_by_a_percentage_is_asked_by_how_much() -> None:
    it = _questions("Il fatturato è cresciuto del 12% rispetto al 2022.")
    assert it == {"Di quanto è cresciuto il fatturato rispetto al 2022?": "12%"}
    en = _questions("The cuts reduced the school budget by 15 percent.", "en")
    assert en == {"By how much did the cuts reduce the school budget?": "15 percent"}


def test_count_questions_read_as_a_person_asks_them() -> None:
    # "has" alone is the verb: "does ... have", not "How many members has the committee?".
    en = _questions("The committee has 15 members.", "en")
    assert en == {"How many members does the committee have?": "15"}
    # Feminine plurals in -i take "Quante".
    it = _questions("Il festival ha ospitato 30 edizioni e la rete conta 12 stazioni.")
    assert "Quante edizioni ha ospitato il festival?" in it
    # A subject that holds a clause of its own is no subject: no "How much does experts ...";
    # "estimate" reports the clause, whose subject is asked.
    en = _questions("Experts estimate that the fair brings 2 million euros a year.", "en")
    assert en == {"How much does the fair bring a year?": "2 million euros"}


def test_what_goes_with_the_counted_noun_stays_with_it() -> None:
    it = _questions(
        "L’ospedale dispone di 400 posti letto. La linea sarà servita da 12 tram da 30 metri. "
        "Ha vinto tre medaglie la nazionale di scherma."
    )
    assert it == {
        "Di quanti posti letto dispone l’ospedale?": "400",
        "Da quanti tram da 30 metri sarà servita la linea?": "12",
        "Quante medaglie ha vinto la nazionale di scherma?": "tre",
    }
    en = _questions("The team won by three goals. The race was held over four laps.", "en")
    # "over" after a passive is a preposition, not "more than": no "How many laps was ...".
    assert en == {"By what margin did the team win?": "three goals"}


def test_english_counts_of_agents_and_after_a_leading_adverbial() -> None:
    en = _questions(
        "The charter was signed by 31 delegations. In 2021, 14 climbers died on the peak. "
        "The motion was carried by 300 votes to 200. One in four pupils walks to school.",
        "en",
    )
    # A tally ("300 votes to 200") is asked whole; a ratio ("one in four") is no count to ask.
    assert en == {
        "How many delegations signed the charter?": "31",
        "How many climbers died on the peak in 2021?": "14",
        "By how many votes was the motion carried?": "300 votes to 200",
    }


def test_an_entry_count_needs_a_verb_of_having() -> None:
    it = TITLE + "Un paragrafo qualunque.\n\nMatera\n\nMatera è un comune di circa 60.000 abitanti."
    asked = {c.question for c in numbers.extract(build_document(clean(it), "it")) if c.question}
    assert asked == {"Quanti abitanti ha Matera?"}
    # What the town lost is asked as such, not as its population.
    lost = TITLE + "Un paragrafo qualunque.\n\nMatera\n\nMatera ha perso 5.000 abitanti."
    asked = {c.question for c in numbers.extract(build_document(clean(lost), "it")) if c.question}
    assert asked == {"Quanti abitanti ha perso Matera?"}
    founded = (
        "Title of a test article here\n\nSome paragraph.\n\nNordic League\n\n"
        "The Nordic League is an alliance founded in 1952 by five countries in Oslo."
    )
    doc = build_document(clean(founded), "en")
    assert not [c for c in numbers.extract(doc) if c.question and "include" in c.question]


def test_deck_keeps_number_words_as_answers() -> None:
    deck = generate_deck(
        TITLE + "La rassegna è divisa in cinque sezioni tematiche, dal mondo antico a oggi.",
        language="it",
        deck_id="t",
    )
    asked = [c for c in deck.cards if c.question]
    assert [(c.question, c.answer) for c in asked] == [
        ("In quante sezioni tematiche è divisa la rassegna?", "cinque")
    ]


def test_one_of_takes_a_singular_verb() -> None:
    en = _questions(
        "One of Leeds’s last big heavy forging works has been rescued from administration, "
        "securing 640 jobs but ending 85 others.",
        "en",
    )
    assert not any(" do one of " in q for q in en)


def test_a_word_that_opens_a_phrase_is_no_counted_noun() -> None:
    en = _questions("Membership had doubled to about 180 since her first professional fight.", "en")
    assert not any("how many since" in q.lower() for q in en)


def test_a_relative_clause_is_not_left_at_a_questions_end() -> None:
    en = _questions("Devlin landed 212 of the 561 punches she threw.", "en")
    assert not any(q.endswith("she threw?") for q in en)


def test_doubling_reaches_a_level() -> None:
    en = _questions("Membership of the club had doubled to about 180 since her first fight.", "en")
    asked = en.get("What had membership of the club doubled to since her first fight?")
    assert asked in ("180", "about 180")


def test_a_word_in_ed_after_of_or_the_modifies_its_noun() -> None:
    en = _questions(
        "The number of registered female boxers has risen from about 900 to 4,300.", "en"
    )
    assert any(
        a in ("4,300", "more than 4,300") and "registered female boxers" in q for q, a in en.items()
    )
    en = _questions("The burned area was home to at least 40 pairs of plover.", "en")
    assert any("burned area" in q for q in en)
