"""Definitions that say the whole fact, in the tense of the fact, on small texts of their own
in Italian and English: a compound noun with 'a'/'da' is not cut ('impianti a fune'), a list
of verbs sharing one object is kept whole, a state is asked in the present and a person who
does a science is asked with 'who'."""

from __future__ import annotations

from .test_definitions import asked, entry


def test_an_italian_compound_noun_with_a_or_da_stays_whole() -> None:
    qs = entry(
        "Cantieri Lario",
        "Cantieri Lario è un’azienda costruttrice di barche a vela con sede a Como, fondata nel "
        "1921.",
    )
    assert qs["Che cos’è Cantieri Lario?"] == "un’azienda costruttrice di barche a vela"
    qs = entry(
        "Officine Tosi", "Officine Tosi è un produttore di macchine da cucire con sede a Legnano."
    )
    assert qs["Che cos’è Officine Tosi?"] == "un produttore di macchine da cucire"
    # a place phrase is no compound: 'a nord di'
    qs = entry(
        "Borgoalto", "Borgoalto è un borgo medievale a nord di Siena, abitato da 300 persone."
    )
    assert "un borgo medievale a nord" not in qs.values()


def test_a_list_of_verbs_that_share_one_object_is_kept_whole() -> None:
    qs = entry(
        "Peculato",
        "Il peculato è il reato commesso dal pubblico ufficiale che trattiene, usa o vende i "
        "beni pubblici, per il proprio interesse.",
    )
    assert qs["Che cos’è il peculato?"] == (
        "il reato commesso dal pubblico ufficiale che trattiene, usa o vende i beni pubblici"
    )
    qs = entry(
        "Embezzlement",
        "Embezzlement is the crime of a trusted employee who takes, hides or spends the money "
        "of the employer, often over many years.",
        "en",
    )
    assert all(not a.endswith(" takes") for a in qs.values()), qs


def test_a_lasting_state_is_asked_in_the_present() -> None:
    qs = entry(
        "Rosso Conero",
        "Il Rosso Conero è un vino rosso ottenuto dal vitigno Montepulciano e coltivato sulle "
        "colline di Ancona.",
    )
    assert qs[
        "Quale vino rosso è ottenuto dal vitigno Montepulciano e coltivato sulle colline di Ancona?"
    ] == ("Rosso Conero")
    qs = entry(
        "Hurling",
        "Hurling is a stick-and-ball game played mainly in Ireland and regarded as a national "
        "sport.",
        "en",
    )
    assert (
        qs[
            "Which stick-and-ball game is played mainly in Ireland and regarded as a national "
            "sport?"
        ]
        == "Hurling"
    )


def test_a_person_who_does_a_science_is_asked_with_who() -> None:
    qs = entry(
        "Marie Dubois",
        "Marie Dubois was a French microbiologist who described a new family of viruses in 1921.",
        "en",
    )
    assert "Who was Marie Dubois?" in qs, qs
    assert "What was Marie Dubois?" not in qs


def test_a_reverse_question_never_ends_on_a_second_verb_without_its_object() -> None:
    qs = entry(
        "Guardia Forestale",
        "La Guardia Forestale è un corpo di polizia a ordinamento civile che dipende dal "
        "Ministero dell’Agricoltura e delle Foreste e si occupa soprattutto di reati ambientali.",
    )
    assert (
        qs[
            "Quale corpo di polizia a ordinamento civile dipende dal Ministero dell’Agricoltura e "
            "delle Foreste?"
        ]
        == "Guardia Forestale"
    )
    assert not any(q.endswith((" si occupa?", " e si?")) for q in qs), qs


def test_an_apposition_after_a_figure_or_a_name_and_its_complement_is_not_the_complements() -> None:
    qs = asked("Notizia\n\nAce: 14 per Modena, il dato più alto del campionato. Modena ha vinto.\n")
    assert "Qual è il dato più alto del campionato?" not in qs
    qs = asked(
        "Story\n\nThe Main Library on Castle Street, the largest in the county, will stay open. "
        "Castle Street is busy.\n",
        "en",
    )
    assert not any(a == "Castle Street" for a in qs.values()), qs
    qs = asked(
        "Notizia\n\nLa coppia vive a Sondrio, il capoluogo più piccolo della Lombardia. "
        "Sondrio è in festa.\n"
    )
    assert qs["Qual è il capoluogo più piccolo della Lombardia?"] == "Sondrio"


def test_a_superlative_without_its_noun_is_not_asked() -> None:
    qs = asked(
        "Notizia\n\nLa squadra ha vinto quattro Coppe Italia, l’ultima nel 2018, oltre a una "
        "Supercoppa.\n"
    )
    assert "Qual è l’ultima nel 2018?" not in qs
    qs = asked(
        "Story\n\nThe club has a new ground at Mill Lane, the largest in the league. Mill Lane "
        "opened in May.\n",
        "en",
    )
    assert "What is the largest in the league?" not in qs


def test_a_common_noun_the_heading_capitalises_is_asked_in_small_letters() -> None:
    qs = asked(
        "Cases rise\n\nCases of mumps have risen in the city this winter.\n\nMumps\n\nMumps is "
        "a contagious disease caused by a virus of the genus Orthorubulavirus.\n",
        "en",
    )
    assert qs["What is mumps?"] == "a contagious disease"
    assert "mumps" in qs.values()
    qs = asked(
        "Sciopero\n\nIl sindacato Unione ha proclamato uno sciopero.\n\nUnione\n\nUnione è un "
        "sindacato italiano fondato nel 1950 che rappresenta i tessili.\n"
    )
    assert "Che cos’è Unione?" in qs, qs


def test_the_end_of_a_name_with_a_small_foreign_word_inside_is_not_the_name() -> None:
    qs = asked(
        "Story\n\nTe Rarawa ā Kupe, the iwi with authority over the bay, said the ban would "
        "stay. Te Rarawa ā Kupe met on Monday.\n",
        "en",
    )
    assert "What is Kupe?" not in qs
    assert "Kupe" not in qs.values()
    qs = asked(
        "Story\n\nThe river rises on Monte Falco, the highest peak of the park. Monte Falco is "
        "steep.\n",
        "en",
    )
    assert qs["What is the highest peak of the park?"] == "Monte Falco"


def test_a_reverse_question_never_ends_on_a_stop_and_a_question_mark() -> None:
    qs = entry(
        "Coppa Lega",
        "La Coppa Lega è una competizione di basket organizzata dal 1998 dalla Lega Basket Serie "
        "A. In origine opponeva le prime due squadre della stagione.",
    )
    assert not any(q.endswith(".?") for q in qs), qs


def test_a_rank_among_many_is_no_definition() -> None:
    qs = entry(
        "Università di Pavia",
        "L’Università di Pavia è uno dei più antichi atenei d’Europa, fondata nel 1361 per "
        "volere dell’imperatore Carlo IV.",
    )
    assert "Che cos’è l’Università di Pavia?" not in qs, qs
    qs = entry(
        "Ashmolean Museum",
        "The Ashmolean Museum is one of the oldest public museums in the world, opened in 1683.",
        "en",
    )
    assert "What is the Ashmolean Museum?" not in qs, qs


def test_a_short_name_is_not_taken_for_a_common_word() -> None:
    qs = asked(
        "Notizia\n\nIl fiume è salito un po’ ieri sera.\n\nPo\n\nIl Po è il fiume più lungo "
        "d’Italia.\n"
    )
    assert qs["Qual è il fiume più lungo d’Italia?"] == "Po"


def test_a_cut_never_parts_two_places_a_verb_joins() -> None:
    from quizlib.generate.extract.definitions import _without_last_complement

    np = "un progetto di pista ciclabile che collega Trento a Verona lungo il corso del fiume"
    assert _without_last_complement(np, "it") == (
        "un progetto di pista ciclabile che collega Trento a Verona"
    )
    np = "a planned cycle route that links Guildford to Godalming along the banks of the Wey"
    assert _without_last_complement(np, "en") == (
        "a planned cycle route that links Guildford to Godalming"
    )


def test_a_definition_does_not_end_on_an_object_its_relative_clause_restricts() -> None:
    qs = entry(
        "Teachfirst",
        "Teachfirst is a British trade union representing staff who work in schools, including "
        "in nurseries and colleges.",
        "en",
    )
    assert qs["What is Teachfirst?"] != "a British trade union representing staff"
    qs = entry(
        "Teachfirst",
        "Teachfirst is a British trade union representing teachers and other staff in schools.",
        "en",
    )
    assert (
        qs["What is Teachfirst?"] == "a British trade union representing teachers and other staff"
    )


def test_a_noun_alone_takes_a_place_of_six_words() -> None:
    qs = entry(
        "Dale", "Dale is a county on the west coast of Wales with a population of 50,000.", "en"
    )
    assert qs["What is Dale?"] == "a county on the west coast of Wales"


def test_a_common_phrase_the_heading_capitalises_is_answered_in_small_letters() -> None:
    qs = asked(
        "Notizia\n\nIl tribunale ha escluso la truffa aggravata per i due imputati.\n\n"
        "Truffa aggravata\n\nLa truffa aggravata è il reato commesso da chi inganna un ente "
        "pubblico per ottenere un profitto.\n"
    )
    assert "truffa aggravata" in qs.values(), qs
    assert "Truffa aggravata" not in qs.values()
