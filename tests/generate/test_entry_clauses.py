"""An entry's sentences read whole: capitalised adjectives before their noun ('of Irish
Catholic clergy'), an adjective after 'and' ('coups and armed conflict'), an adverb between the
subject and its verb ('the station first generated'), a noun of work with the entry as its
owner ('Construction began'), the entry's possessive ('Its secretariat'), and a clause that is
no subject ('The decision comes ahead of an assembly planned for 2026')."""

from __future__ import annotations

from tests.generate.helpers import questions_of

_TITLE = "Title of a test article here\n\nThe meeting ended.\n\n"


def test_capitalised_adjectives_keep_their_noun() -> None:
    asked = questions_of(
        f"{_TITLE}Association of Catholic Priests\nThe Association of Catholic Priests is an "
        "independent association of Irish Catholic clergy, founded in 2010.\n",
        "en",
    )
    assert asked["What is the Association of Catholic Priests?"] == (
        "an independent association of Irish Catholic clergy"
    )
    asked = questions_of(
        f"{_TITLE}World Food Programme\nThe World Food Programme is an agency of the United "
        "Nations responsible for food assistance.\n",
        "en",
    )
    assert asked["What is the World Food Programme?"] == "an agency of the United Nations"


def test_an_adjective_after_and_joins_no_verb() -> None:
    asked = questions_of(
        f"{_TITLE}Central African Republic\nThe Central African Republic is a landlocked "
        "country. It has been affected by repeated coups and armed conflict, most recently "
        "since 2012.\n",
        "en",
    )
    assert not any("been armed" in q for q in asked), asked
    # After a name, the word in "-ed" is the second verb.
    asked = questions_of(
        f"{_TITLE}Born in Bath, Reade came through the tennis programme at the University of "
        "Bath and turned professional in 2023.\n",
        "en",
    )
    assert asked["When did Reade turn professional?"] == "2023"


def test_an_adverb_before_the_verb_and_a_noun_of_work_of_the_entry() -> None:
    asked = questions_of(
        f"{_TITLE}Hartlepool power station\nHartlepool power station is a nuclear power "
        "station. Construction began in 1968 and the station first generated electricity in "
        "1983.\n",
        "en",
    )
    assert asked["When did Hartlepool power station first generate electricity?"] == "1983"
    assert asked["When did construction of Hartlepool power station begin?"] == "1968"


def test_the_entrys_possessive_names_the_entry() -> None:
    asked = questions_of(
        f"{_TITLE}Irish Catholic Bishops' Conference\nThe Irish Catholic Bishops' Conference "
        "is the assembly of the Catholic bishops of Ireland. Its secretariat is based at the "
        "Columba Centre in Maynooth.\n",
        "en",
    )
    assert asked["Where is the Irish Catholic Bishops' Conference’s secretariat based?"] == (
        "Columba Centre"
    )
    assert not any(q.startswith("Where is its") for q in asked)


def test_a_clause_before_a_participle_of_scheduling_is_no_subject() -> None:
    asked = questions_of(
        f"{_TITLE}The decision comes ahead of a national synodal assembly planned for 2026.\n",
        "en",
    )
    assert not any(q.startswith("When is the decision comes") for q in asked), asked
    asked = questions_of(
        f"{_TITLE}A free public lecture on the find is planned for 12 May.\n", "en"
    )
    assert asked["When is the free public lecture on the find planned for?"] == "12 May"


_IT_TITLE = "Titolo di un articolo di prova\n\nLa riunione è finita.\n\n"


def test_a_sign_ends_an_entrys_name() -> None:
    asked = questions_of(
        f"{_IT_TITLE}Opec+\nL'Opec+ è l'alleanza tra i Paesi dell'Opec e dieci grandi "
        "produttori. È nata nel dicembre 2016 con la firma di una dichiarazione.\n",
        "it",
    )
    assert asked.get("Quando è nata l’Opec+?") == "dicembre 2016", asked
    assert "Quando è nata l’Opec?" not in asked


def test_an_entry_named_by_the_acronym_of_its_first_words_takes_their_article() -> None:
    asked = questions_of(
        f"{_IT_TITLE}Opec\nL'Organizzazione dei Paesi esportatori di petrolio (Opec) è "
        "un'organizzazione intergovernativa fondata nel 1960. Dal 1965 ha sede a Vienna, in "
        "Austria.\n",
        "it",
    )
    assert asked.get("Dove ha sede l’Opec?") == "Vienna", asked
    assert not any(q.startswith("Dove ha sede dal") for q in asked)


def test_an_italian_a_is_a_preposition_no_article() -> None:
    asked = questions_of(
        f"{_IT_TITLE}Olimpiadi degli scacchi\nLe Olimpiadi degli scacchi sono il principale "
        "torneo a squadre per nazionali, organizzato dalla FIDE ogni due anni.\n",
        "it",
    )
    assert not any(" the " in q for q in asked), asked


def test_a_region_after_a_plural_article_is_no_surname() -> None:
    asked = questions_of(
        f"{_IT_TITLE}Ha parlato Chiara Montecchiari, infermiera di Civitanova Marche, che "
        "portava la fotografia del padre. Loreto è un comune delle Marche. Macerata è un "
        "comune delle Marche.\n",
        "it",
    )
    assert all(a != "Civitanova Marche" for a in asked.values()), asked


def test_an_initial_with_its_point_stays_in_the_name() -> None:
    asked = questions_of(
        f"{_TITLE}Ulster Hall\nThe Ulster Hall is a concert hall in Belfast. Designed by the "
        "architect William J. Barre, it was one of the largest music halls in the British "
        "Isles.\n",
        "en",
    )
    assert asked["Who designed the Ulster Hall?"] == "William J. Barre"
    assert "William J" not in asked.values()
