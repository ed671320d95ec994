"""Counts, sums and changes asked from more kinds of clause: a verb of change with its size as
its object ('rose 4.3%'), a span 'between 2019 and 2025' kept whole, an Italian modal and its
infinitive ('può ospitare'), a second verb that shares the subject after an adverb or a pair of
nouns, a relative clause on the predicate of a copula ('is a charity that manages'), and a sum
that is 'worth' or 'a further' one."""

from __future__ import annotations

from .test_numbers import _questions
from .test_numbers_sums_lengths import _entry_questions


def test_an_english_verb_of_change_takes_its_size_with_no_by() -> None:
    en = _questions(
        "Shares in the carmaker rose 3.8% in Frankfurt trading on Friday. "
        "Ticket sales fell 12 percent last winter. "
        "The price of bread has risen 30% since January.",
        "en",
    )
    assert en == {
        "By how much did shares in the carmaker rise in Frankfurt trading on Friday?": "3.8%",
        "By how much did ticket sales fall last winter?": "12 percent",
        "By how much has the price of bread risen since January?": "30%",
    }
    # A share of a whole is no change: "lost 40% of its matches".
    lost = _questions("The club lost 40% of its matches.", "en")
    assert all(not q.startswith("By how much") for q in lost)
    # A verb of reaching a level is no change either: the level is asked.
    assert _questions("Turnout reached 61%.", "en") == {"What percentage did turnout reach?": "61%"}


def test_a_span_between_two_years_stays_whole() -> None:
    en = _questions("Rail use in the valley fell by 18 per cent between 2015 and 2022.", "en")
    assert en == {
        "By how much did rail use in the valley fall between 2015 and 2022?": "18 per cent"
    }
    it = _questions("Il fatturato della cantina è calato del 12% tra il 2019 e il 2024.")
    assert it == {"Di quanto è calato il fatturato della cantina tra il 2019 e il 2024?": "12%"}


def test_an_italian_modal_carries_its_infinitive() -> None:
    it = _questions(
        "Il nuovo palazzetto può ospitare circa 6.200 spettatori. "
        "Il museo deve restituire 12 reperti alla Grecia. "
        "La nuova linea dovrebbe attirare 40.000 passeggeri l’anno entro il 2030."
    )
    assert it == {
        "Quanti spettatori può ospitare il nuovo palazzetto?": "6.200",
        "Quanti reperti deve restituire il museo alla Grecia?": "12",
        "Quanti passeggeri dovrebbe attirare la nuova linea all’anno entro il 2030?": "40.000",
    }
    # A measure past a threshold is no count: "possono superare i 45 chilogrammi".
    assert _questions("I maschi adulti possono superare i 60 chilogrammi di peso.") == {}


def test_a_second_verb_shares_the_subject() -> None:
    en = _questions(
        "The studio was set up in 2011 by two former teachers, and now employs 85 people. "
        "The union was formed by the merger of the NUM and the TGWU and has 90,000 members.",
        "en",
    )
    assert en == {
        "How many people does the studio employ?": "85",
        "How many members does the union have?": "90,000",
    }
    it = _questions(
        "La cooperativa è nata nel 1951 dall’unione della Pesca Nord e della Pesca Sud e conta "
        "circa 300 soci."
    )
    assert it == {"Quanti soci conta la cooperativa?": "300"}
    # A plural before its verb after a verb of saying is no second verb.
    said = _questions("The union said wages had risen by 4 per cent since May.", "en")
    assert said == {"By how much had wages risen since May?": "4 per cent"}


def test_a_relative_clause_on_the_predicate_tells_of_the_subject() -> None:
    en = _questions(
        "Avon Wildlife Trust is a conservation charity founded in 1980 that manages more than "
        "30 nature reserves. Glenfoot is a small village that has 300 residents.",
        "en",
    )
    assert en == {
        "How many nature reserves does Avon Wildlife Trust manage?": "30",
        "How many residents does Glenfoot have?": "300",
    }
    it = _questions("La Fondazione Rossi è un ente privato che gestisce 12 musei.")
    assert it == {"Quanti musei gestisce la Fondazione Rossi?": "12"}
    # The relative's subject is another: no question of the predicate's subject.
    assert (
        _questions("La Fondazione è un ente che il comune finanzia con 12 milioni di euro.") == {}
    )


def test_a_sum_that_is_worth_or_comes_on_top() -> None:
    en = _questions(
        "The average bonus is worth about £4,000. "
        "The claim was worth an estimated £2.1 million. "
        "The bypass will cost an estimated £60m to build. "
        "The publisher has agreed to invest a further £12 million in the sequel.",
        "en",
    )
    assert en == {
        "How much is the average bonus worth?": "£4,000",
        "How much was the claim worth?": "£2.1 million",
        "How much will the bypass cost to build?": "£60m",
        "How much more has the publisher agreed to invest in the sequel?": "£12 million",
    }


def test_a_count_with_with_tells_what_the_subject_has() -> None:
    it = _questions("La biblioteca, con 60 postazioni, sarà aperta anche la domenica.")
    assert it == {"Quante postazioni ha la biblioteca?": "60"}
    en = _questions(
        "The new ward, with 40 beds, will open in May. The inn, with 14 rooms, opened in 1990.",
        "en",
    )
    assert en == {
        "How many beds does the new ward have?": "40",
        "How many rooms did the inn have?": "14",
    }
    # Opening the sentence before a subject and "be": what the subject has.
    assert _questions("Con 300 soci, la cooperativa è la più grande della zona.") == {
        "Quanti soci ha la cooperativa?": "300"
    }
    assert _questions("With 900 members, the choir was the largest in Wales.", "en") == {
        "How many members did the choir have?": "900"
    }
    assert _questions("Con 40 sale il museo era il più grande della regione.") == {
        "Quante sale aveva il museo?": "40"
    }
    # An area in the phrase may measure something else: "the largest area of olive groves".
    area = _questions("Con 8.000 ettari, la Toscana è la regione con più uliveti biologici.")
    assert not any(q.startswith("Quanti ettari") for q in area)
    # A verb of doing: the phrase tells how it was done, not what the subject has.
    assert _questions("With three goals, Jones won the final for Bangor.", "en") == {}
    assert _questions("Con tre gol, Bianchi ha deciso la finale.") == {}


def test_a_sum_with_its_owner_after_it() -> None:
    it = _questions("Il restauro è stato finanziato con 800.000 euro di fondi europei.")
    assert it == {"Con quanto è stato finanziato il restauro?": "800.000 euro"}


def test_an_entry_with_its_count_first() -> None:
    body = "The Guild of Makers is a trade body. With about 40,000 members, it is the largest."
    assert _entry_questions("Guild of Makers", body, "en") == {
        "How many members does the Guild of Makers have?"
    }
    body = "L’Ateneo di Lanza è un’università. Con oltre 30.000 studenti, è il più grande."
    assert _entry_questions("Ateneo di Lanza", body, "it") == {
        "Quanti studenti ha l’Ateneo di Lanza?"
    }


def test_a_source_with_its_bracket_and_an_aside_is_left_out() -> None:
    en = _questions(
        "According to Rail North (RN), which will run the trains, the line is expected to carry "
        "around 300,000 passengers a year. "
        "According to city staff, homes account for about 30 per cent of the city’s emissions.",
        "en",
    )
    assert en["How many passengers is the line expected to carry a year?"] == "300,000"
    # A clause right after the source's comma is no aside of it.
    assert "What share of the city’s emissions do homes account for?" in en
    it = _questions(
        "Secondo il censimento coordinato dall’Istituto faunistico (IFR), sul Pollino vivono "
        "oggi almeno 9 branchi."
    )
    assert it == {"Quanti branchi vivono sul Pollino oggi?": "9"}


def test_a_long_relative_aside_after_the_subject() -> None:
    en = _questions(
        "The charity, which runs around 12,000 hours of tutoring a year under contracts with "
        "three county councils, employs about 240 people.",
        "en",
    )
    assert en["How many people does the charity employ?"] == "240"
    it = _questions("Il cantiere, finanziato con 3,5 milioni di euro, durerà ventidue mesi.")
    assert it["Quanti mesi durerà il cantiere?"] == "ventidue"


def test_a_leading_clause_of_time_goes_to_the_end() -> None:
    en = _questions(
        "Since the new clinics opened in March, 2,400 doses have been given. "
        "When the storm hit the coast, 40 boats were damaged.",
        "en",
    )
    assert en == {
        "How many doses have been given since the new clinics opened in March?": "2,400",
        "How many boats were damaged when the storm hit the coast?": "40",
    }
    it = _questions("Da quando il servizio è partito, 1.200 pazienti sono stati seguiti a casa.")
    assert it == {
        "Quanti pazienti sono stati seguiti a casa da quando il servizio è partito?": "1.200"
    }


def test_a_counted_subject_after_a_source_and_its_title() -> None:
    en = _questions(
        "According to Ann Lee, officer at the tenants' union (TU), more than 200 families "
        "lost their homes.",
        "en",
    )
    assert en == {"How many families lost their homes according to Ann Lee?": "200"}


def test_the_second_of_two_counted_objects() -> None:
    it = _questions("I volontari hanno distribuito 800 coperte e oltre 2.000 pasti caldi.")
    assert it == {
        "Quante coperte hanno distribuito i volontari?": "800",
        "Quanti pasti caldi hanno distribuito i volontari?": "2.000",
    }
    en = _questions(
        "The museum holds 4,000 objects and about 300 paintings. "
        "The forum has 6 member states and four organizations of indigenous peoples.",
        "en",
    )
    assert en == {
        "How many objects does the museum hold?": "4,000",
        "How many paintings does the museum hold?": "300",
        "How many member states does the forum have?": "6",
        "How many organizations of indigenous peoples does the forum have?": "four",
    }
    # A first count with a complement of its own: the second is no plain object.
    won = _questions("The winner earned 40,000 euros for the win and a further 20,000 euros.", "en")
    assert list(won.values()) == ["40,000 euros"]


def test_an_italian_entry_left_unsaid_is_the_subject() -> None:
    body = (
        "Il Teatro Marzi è un teatro della città. In epoca romana poteva accogliere circa "
        "8.000 spettatori. Nel 2024 ha registrato un incasso di 2 milioni di euro."
    )
    assert _entry_questions("Teatro Marzi", body, "it") == {
        "Quanti spettatori poteva accogliere il Teatro Marzi in epoca romana?",
        "A quanto ammonta l’incasso che ha registrato il Teatro Marzi nel 2024?",
    }
    body = "La Regione Alta è una regione. Con 2 milioni di abitanti comprende 9 province."
    assert "Quante province comprende la Regione Alta?" in _entry_questions(
        "Regione Alta", body, "it"
    )
    # A plural verb has its count as its subject; "ci"/"vi" point elsewhere.
    body = "La Lega Ovest è una lega sportiva. Vi partecipano dieci squadre."
    assert _entry_questions("Lega Ovest", body, "it") == set()


def test_a_counted_subject_right_after_a_verb_of_showing() -> None:
    en = _questions(
        "Officials said 1,200 homes were flooded. "
        "The survey’s figures show that 36 of the 90 pupils are girls.",
        "en",
    )
    assert en == {
        "How many homes were flooded?": "1,200",
        "How many of the 90 pupils are girls?": "36",
    }


def test_a_count_after_a_route_preposition_is_no_entrys_members() -> None:
    from .helpers import questions_of

    text = (
        "Ferry strike ends\n\nThe strike ended.\n\nWestern Ferries\nWestern Ferries is the main"
        " operator of ferries between the mainland and 14 of the larger islands.\n"
    )
    assert not any(q.startswith("How many of the larger") for q in questions_of(text, "en"))


def test_a_count_among_which_a_body_is_made_is_still_its_own() -> None:
    from .helpers import questions_of

    text = (
        "Vertice a Vienna\n\nIl vertice si è chiuso ieri.\n\nLega Alpina\nLa Lega Alpina è un"
        " partenariato economico tra 9 regioni alpine nato dopo la guerra.\n"
    )
    assert questions_of(text, "it").get("Quante regioni alpine comprende la Lega Alpina?") == "9"
