"""Dates in more sentence shapes: a time of day with its date, an opening participle phrase,
a subject after its verb, a relative clause about a named noun, a clause after 'and'/'e'."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.extract.dates import find_dates
from quizlib.generate.sentences import split_sentences
from quizlib.generate.text import clean
from tests.generate.helpers import en_questions

_TITLE = {"it": "Titolo di un articolo di prova qui", "en": "Title of a test article here"}


def _questions(body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_TITLE[language]}\n\n{body}"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_a_case_name_is_one_sentence() -> None:
    assert split_sentences("Roe v. Wade was decided in 1973. It was overturned.") == [
        "Roe v. Wade was decided in 1973.",
        "It was overturned.",
    ]
    # The first party keeps its capital in a question ("roe" is also a word).
    assert _questions("Roe v. Wade was decided in 1973.", "en") == {
        "When was Roe v. Wade decided?": "1973"
    }
    assert split_sentences("La finale Spagna vs. Germania si giocò a Vienna. Vinse la Spagna.") == [
        "La finale Spagna vs. Germania si giocò a Vienna.",
        "Vinse la Spagna.",
    ]


def test_a_time_of_day_is_part_of_its_date() -> None:
    spans = find_dates("The ferry sank at about 2.40am on Tuesday off the coast.", "en")
    assert [(s.answer, s.accept) for s in spans] == [
        ("about 2.40am on Tuesday", ("at about 2.40am on Tuesday", "Tuesday"))
    ]
    spans = find_dates("La scossa è stata avvertita alle 3.40 del 12 marzo a Pozzuoli.", "it")
    assert [(s.answer, s.accept) for s in spans] == [
        ("3.40 del 12 marzo", ("alle 3.40 del 12 marzo", "12 marzo"))
    ]
    # A time before a bare year is no time of that year; a score is no time.
    assert [s.answer for s in find_dates("Fino alle 12 del 1999 nulla cambiò.", "it")] == ["1999"]
    assert [s.answer for s in find_dates("The score was 2.40 on Tuesday.", "en")] == ["Tuesday"]
    assert _questions("The ferry sank at about 2.40am on Tuesday off the coast.", "en") == {
        "When did the ferry sink off the coast?": "about 2.40am on Tuesday",
        "At what time did the ferry sink off the coast?": "about 2.40am",
    }
    assert _questions("Lo sciopero dei treni durerà fino alle 18 di venerdì 3 maggio.", "it") == {
        "Fino a quando durerà lo sciopero dei treni?": "ore 18 di venerdì 3 maggio"
    }


def test_an_opening_participle_phrase_and_the_clause_after_it() -> None:
    en = "First run in 1974 on forest roads, the race moved onto the city's streets in 1981."
    assert _questions(en, "en") == {
        "In what year was the race first run?": "1974",
        "When did the race move onto the city’s streets?": "1981",
    }
    it = (
        "Fondata a Napoli nel 1224 da Federico II, l’università ha aperto nel 2019 un campus a "
        "San Giovanni."
    )
    assert _questions(it, "it") == {
        "In che anno fu fondata l’università a Napoli?": "1224",
        "Quando l’università ha aperto un campus a San Giovanni?": "2019",
    }
    # Participles joined by "e"/"and": the date is the nearest one's.
    it = "Nato a Roma e trasferitosi a Milano nel 1990, il pittore espone a Parigi."
    assert _questions(it, "it") == {"In che anno si è trasferito il pittore a Milano?": "1990"}
    en = """Some paragraph of the article with words.

Mesa Verde

Mesa Verde is a town in Arizona. Founded in 1867 as a farming village and incorporated as a \
city in 1881, it became the county seat in 1889."""
    assert _questions(en, "en") == {
        "In what year was Mesa Verde founded?": "1867",
        "In what year was Mesa Verde incorporated as a city?": "1881",
        "When did Mesa Verde become the county seat?": "1889",
    }
    # A phrase with a verb of its own is no participle phrase.
    en = "Built in 1890, it was said that the hall was old."
    assert _questions(en, "en") == {}


def test_an_italian_subject_after_its_verb() -> None:
    it = (
        "È stata inaugurata venerdì 13 marzo al Museo Civico di Lodi la mostra «Carte del Po». "
        "Nel 2019 è stato aperto il ponte San Giorgio. Si è concluso il 3 maggio il processo ai "
        "dirigenti della banca. Vi nacque nel 1928 il pittore Aldo Neri, autore di ritratti."
    )
    assert _questions(it, "it") == {
        "Quando è stata inaugurata la mostra «Carte del Po»?": "13 marzo",
        "Quando è stato aperto il ponte San Giorgio?": "2019",
        "Quando si è concluso il processo ai dirigenti della banca?": "3 maggio",
        "Quando nacque il pittore Aldo Neri?": "1928",
    }
    # With "ha" the noun after the date is the object; a participle that does not agree with
    # the noun after it is not that noun's.
    it = (
        "Presenterà il 3 maggio il nuovo piano industriale. È stata aperta nel 2019 dal comune "
        "il cantiere della piazza Dante."
    )
    assert _questions(it, "it") == {}


def test_a_relative_clause_about_a_named_noun() -> None:
    it = (
        "A Lodi è arrivata la mostra «Carte del Po», che resterà aperta fino al 4 ottobre 2026. "
        "Il sindaco ha visitato il cantiere della piazza Dante, che è stato chiuso nel 2019."
    )
    assert _questions(it, "it") == {
        "Fino a quando resterà aperta la mostra «Carte del Po»?": "4 ottobre 2026",
        "Quando è stato chiuso il cantiere della piazza Dante?": "2019",
    }
    en = (
        "The Harlow Fair, which opens on 3 May, is large. Ann Lee, who joined the Harlow board "
        "in 2019, spoke. The Museum of Modern Art, which opened in 1929, is in New York."
    )
    assert _questions(en, "en") == {
        "When does the Harlow Fair open?": "3 May",
        "When did Ann Lee join the Harlow board?": "2019",
        "When did the Museum of Modern Art open?": "1929",
    }
    # Not a specific noun; a relative after a preposition or an 'of' phrase may be either
    # noun's; 'whose' has a subject of its own, asked with its owner.
    en = (
        "The bridge, which opened in 1932, carries trains. The summit in Bari, which opened on "
        "3 May, ended. He praised the capital of Germany, which was founded in 1237. The city "
        "hosts the Harlow Museum, whose collection was begun in 1901."
    )
    assert _questions(en, "en") == {"When was the collection of the Harlow Museum begun?": "1901"}
    it = "È l’evoluzione del razzo Vega, che volò per la prima volta il 13 febbraio 2012."
    assert _questions(it, "it") == {}


def test_an_entry_is_not_dated_by_a_relative_about_another_noun() -> None:
    en = """Some paragraph of the article with words.

Harlow

Harlow is a town in Essex. The town hosts the Harlow Museum, which was founded in 1901.
"""
    assert _questions(en, "en") == {"When was the Harlow Museum founded?": "1901"}


def test_a_clause_with_its_own_subject_after_and() -> None:
    en = "Bonn lost the title, and the seat of government moved there from Bonn in 1999."
    assert _questions(en, "en") == {"When did the seat of government move from Bonn?": "1999"}
    it = "Il comune ha approvato il piano e la giunta regionale ha varato il bilancio il 3 maggio."
    assert _questions(it, "it") == {"Quando la giunta regionale ha varato il bilancio?": "3 maggio"}
    # "There" with nothing after it, or a pronoun standing for the first clause: no question
    # (and never one question of both clauses).
    en = (
        "Bonn lost the title, and the seat of government moved there in 1999. The council "
        "approved the plan, and the mayor signed it on 3 May 2019. Her family lived there "
        "until 1999."
    )
    assert _questions(en, "en") == {}
    # A list of names has no verb of its own.
    en = "The band visited Paris, Rome and the Loire in 1999."
    assert _questions(en, "en") == {"When did the band visit Paris, Rome and the Loire?": "1999"}


def test_dates_of_agents_objects_and_relatives_before_the_verb() -> None:
    it = "Il ponte è stato inaugurato dal sindaco Marco Rossi il 3 maggio."
    doc_text = f"{it} Marco Rossi ha parlato."
    assert _questions(doc_text, "it") == {
        "Quando è stato inaugurato il ponte da Marco Rossi?": "3 maggio"
    }
    en = (
        "The bureau has set Monday, November 4, as the deadline for a proposal. The tablet, "
        "which is thought to be Roman, was found on 3 July 2024 by a teacher."
    )
    # The date set as a deadline is asked as the deadline, not as when the bureau set it.
    assert _questions(en, "en") == {
        "What is the deadline for a proposal?": "November 4",
        "When was the tablet found by a teacher?": "3 July 2024",
    }
    # "the best ... since 2008" is a record, not when it began.
    en = "Lena Hart, who finished eighth, recorded the best result in the race since 2008."
    assert _questions(en, "en") == {}


def test_clauses_that_go_on_after_the_date_or_aim_at_it() -> None:
    it = (
        "Si è deciso il 3 maggio di chiudere il porto di Genova. Il Comune di Milano, che ha "
        "approvato il 3 maggio il bilancio, è soddisfatto."
    )
    assert _questions(it, "it") == {}
    it = "Si è tenuto nel 2019 il primo vertice e nel 2020 il secondo."
    assert _questions(it, "it") == {"Quando si è tenuto il primo vertice?": "2019"}
    en = (
        "Harlow Group, which said on 3 May that profits rose, is big. Harlow Group, which "
        "agreed on 3 May to buy Lane, is big. Expected in 2026, the Harlow plant will employ "
        "300 people. Compared with 2019, the Harlow sales rose. The company hired 200 people, "
        "and sales rose by 10% in 2019."
    )
    assert _questions(en, "en") == {}
    it = "Arrivato a Roma nel 2010, Rossi ha fondato un’azienda."
    assert _questions(it, "it") == {"In che anno è arrivato Rossi a Roma?": "2010"}


def test_a_past_tense_that_ends_its_sentence_and_a_complement_before_the_date() -> None:
    # With no verb after the date, "appealed" is the sentence's verb, not a participle.
    en = "The court ruled in 2019, and the Harlow council appealed in 2020."
    assert _questions(en, "en") == {"When did the Harlow council appeal?": "2020"}
    en = "The Rio Grande Compact signed in 1938 governs the river."
    assert _questions(en, "en") == {"In what year was the Rio Grande Compact signed?": "1938"}
    it = "È entrata in vigore il 1° gennaio la nuova legge sul lavoro."
    assert _questions(it, "it") == {
        "Quando è entrata in vigore la nuova legge sul lavoro?": "1° gennaio"
    }
    # A date after an infinitive phrase is the infinitive's.
    it = "Approvato nel 2021, il piano Harlow vale 190 miliardi, da spendere entro il 2026."
    assert _questions(it, "it") == {"In che anno fu approvato il piano Harlow?": "2021"}


def test_an_entry_sentence_that_opens_with_its_date() -> None:
    it = """Un paragrafo qualunque dell’articolo.

Aldo Neri

Aldo Neri è stato un pittore italiano. Nel 1930 fondò la Scuola di Brera Nuova. Nel 1950 ha \
vinto il Premio Roma con “La piazza”. Nel 1960, ha ricevuto la medaglia d’oro e si è ritirato. \
Nel 1970 arrivò a Lodi il primo tram. Nel 1975 colpì la città un terremoto.
"""
    assert _questions(it, "it") == {
        "Quando Aldo Neri fondò la Scuola di Brera Nuova?": "1930",
        "Quando Aldo Neri ha vinto il Premio Roma con “La piazza”?": "1950",
        "Quando Aldo Neri ha ricevuto la medaglia d’oro?": "1960",
        "Quando arrivò il primo tram?": "1970",  # its own subject, after the verb
    }


def test_a_long_participle_phrase_between_subject_and_verb() -> None:
    it = (
        "L’allerta rossa per la piena del Po, emessa sabato 15 novembre dall’Agenzia regionale "
        "per la sicurezza territoriale e la protezione civile, è stata prorogata fino alla "
        "mezzanotte di mercoledì 19 novembre."
    )
    qs = _questions(it, "it")
    assert qs["Fino a quando è stata prorogata l’allerta rossa per la piena del Po?"] == (
        "mezzanotte di mercoledì 19 novembre"
    )


def test_how_an_hour_is_reckoned_is_no_part_of_the_answer() -> None:
    spans = find_dates("È decollato alle 22:14 ora italiana del 5 novembre 2025 da Kourou.", "it")
    assert [(s.answer, s.accept) for s in spans] == [
        (
            "22:14 del 5 novembre 2025",
            ("alle 22:14 ora italiana del 5 novembre 2025", "5 novembre 2025"),
        )
    ]
    # A number after "a" is no hour.
    spans = find_dates("Il titolo è salito a 18 il 3 maggio.", "it")
    assert [s.answer for s in spans] == ["3 maggio"]


def test_a_date_in_a_clause_of_time_is_that_clause_s() -> None:
    # "after | the program began in 1978": the program began then, the milestone comes now
    qs = en_questions("The milestone comes 47 years after the program began in 1978.")
    assert qs.get("When did the program begin?") == "1978"
    assert not any("milestone" in q for q in qs if q.startswith("When"))


def test_a_participle_with_its_place_after_a_noun_is_no_verb_of_the_clause() -> None:
    # "nurses employed| in the service had risen": the clause's verb is "had risen"
    qs = en_questions(
        "The number of nurses employed in the service had risen by 8,000 since the end of 2019."
    )
    assert qs.get(
        "Since when had the number of nurses employed in the service risen by 8,000?"
    ) == ("the end of 2019")


def test_a_clause_of_time_that_ended_at_a_comma_leaves_the_date_to_the_main_clause() -> None:
    qs = en_questions(
        "The ferry is to return after the council signed a contract for a new vessel, councillors "
        "were told on Thursday."
    )
    assert not any(q.startswith("On what day did the council sign") for q in qs)


def test_a_date_before_and_with_a_second_date_set_off_after_it() -> None:
    qs = en_questions(
        "The church became a cathedral in 1836 and, since 2014, has been one of three "
        "cathedrals of the Diocese of Leeds."
    )
    assert qs.get("When did the church become a cathedral?") == "1836"


def test_and_between_two_names_after_between_joins_no_clause() -> None:
    en = "She said average return fares between Jersey and London had risen by 22% since 2019."
    asked = en_questions(en)
    assert asked["Since when had average return fares between Jersey and London risen by 22%?"] == (
        "2019"
    )
    assert not any(q.startswith("Since when had London") for q in asked)
