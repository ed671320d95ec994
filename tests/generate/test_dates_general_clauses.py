"""Date questions of plain clauses the rules once left to a cloze: an English present in -s
the lexicon takes for a plural noun ('The council expects the pool to reopen in May 2028'),
a verb of planning with an infinitive ('plans to open'), a noun in -ing that opens the subject
('Building work began'), a subject with a phrase of 'with', 'in', 'between' ('The talks with
the union ended'), and an Italian entry sentence whose date a phrase follows ('... fu scoperta
nel 1998 in una grotta')."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_HEADLINES = {
    "en": "A headline of a test article here\n\nThe pier reopened yesterday.\n\n",
    "it": "Titolo di un articolo di prova qui\n\nIl molo ha riaperto ieri.\n\n",
}


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(_HEADLINES[language] + text + "\n"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def _entry_questions(title: str, definition: str, sentence: str, language: str) -> dict[str, str]:
    return _questions(f"{title}\n\n{definition} {sentence}", language)


def test_present_in_s_with_an_object_and_infinitive() -> None:
    qs = _questions("The county council expects the new pool to reopen in May 2028.", "en")
    assert qs == {"When does the county council expect the new pool to reopen?": "May 2028"}, qs


def test_present_in_s_keeps_its_tense() -> None:
    qs = _questions("Harbour Trust hopes to finish the sea wall by March 2027.", "en")
    assert qs == {"By when does Harbour Trust hope to finish the sea wall?": "March 2027"}, qs


def test_plan_with_an_infinitive_is_asked() -> None:
    qs = _questions("The bakery chain plans to open a third shop in 2029.", "en")
    assert qs == {"When does the bakery chain plan to open a third shop?": "2029"}, qs


def test_plan_with_an_object_is_not_asked_when() -> None:
    assert not _questions("The bakery chain planned the opening in 2029.", "en")


def test_clause_opening_with_whether_is_no_subject() -> None:
    assert not _questions("Whether the 1954 treaty allows the state to sell the land.", "en")


def test_noun_in_ing_before_a_date_is_the_phrase_s() -> None:
    qs = _questions(
        "The club hopes to raise the money from members and a public appeal opening in June.",
        "en",
    )
    assert not qs, qs


def test_noun_in_ing_opens_the_subject() -> None:
    qs = _questions("Building work on the new library began in March 2024.", "en")
    assert qs == {"When did building work on the new library begin?": "March 2024"}, qs
    qs = _questions("Planning consent for the depot was given by the board on 4 May.", "en")
    assert qs == {"When was planning consent for the depot given by the board?": "4 May"}


def test_gerund_phrase_of_its_own_opens_no_subject() -> None:
    text = "Speaking to reporters on 4 May, the mayor said the plan was ready."
    assert not _questions(text, "en")


def test_subject_with_a_phrase_of_with() -> None:
    qs = _questions("The long dispute with the fishermen ended in 2016.", "en")
    assert qs == {"When did the long dispute with the fishermen end?": "2016"}, qs
    qs = _questions("The rail strike in the north ended in 1985.", "en")
    assert qs == {"When did the rail strike in the north end?": "1985"}, qs


def test_italian_entry_date_followed_by_a_phrase() -> None:
    qs = _entry_questions(
        "Grotta Azzurra",
        "La Grotta Azzurra è una cavità marina.",
        "In Campania è stata descritta per la prima volta nel 1826 in un diario di viaggio.",
        "it",
    )
    assert qs == {
        "Quando è stata descritta la Grotta Azzurra per la prima volta in Campania?": "1826"
    }, qs


def test_italian_entry_date_followed_by_a_subject_of_its_own() -> None:
    qs = _entry_questions(
        "Grotta Azzurra",
        "La Grotta Azzurra è una cavità marina.",
        "In Campania fu scoperta nel 1826 una seconda cavità.",
        "it",
    )
    assert not qs, qs


def test_relative_after_a_name_set_off_after_an_office() -> None:
    qs = _questions("The coach, Marta Lindqvist, who has trained the squad since 2019, left.", "en")
    assert qs == {"Since when has Marta Lindqvist trained the squad?": "2019"}, qs
    qs = _questions(
        "Lo ha spiegato la direttrice del consorzio, Carla Bassi, che guida l’ente dal 2018.",
        "it",
    )
    assert qs == {"Da quando Carla Bassi guida l’ente?": "2018"}, qs


def test_relative_after_a_name_and_an_age() -> None:
    qs = _questions("The first to arrive was Tom Archer, 80, who joined the crew in 1962.", "en")
    assert qs == {"When did Tom Archer join the crew?": "1962"}, qs


def test_relative_after_a_place_name_is_not_a_person_s() -> None:
    qs = _questions("The ferry sails to Port Ellen, Islay, which it first served in 1974.", "en")
    assert not qs, qs


def test_italian_relative_that_opens_with_its_date() -> None:
    qs = _questions("Il Teatro Nuovo, che dal 1998 ospita anche la stagione lirica, chiude.", "it")
    assert qs == {"Da quando il Teatro Nuovo ospita la stagione lirica?": "1998"}, qs


def test_italian_relative_opening_with_its_date_and_two_verbs() -> None:
    qs = _questions(
        "La ditta Serra, che da marzo ha chiuso lo stabilimento e i negozi, fallirà.", "it"
    )
    assert not qs, qs


def test_clause_after_a_colon_with_its_own_subject() -> None:
    qs = _questions(
        "La notizia è arrivata ieri: la linea di imbottigliamento chiuderà entro il 31 marzo.",
        "it",
    )
    assert qs == {"Entro quando chiuderà la linea di imbottigliamento?": "31 marzo"}, qs


def test_date_set_off_inside_a_noun_and_its_complement() -> None:
    qs = _questions(
        "Il cantiere è fermo: il ritardo si deve alla scoperta, nel 2021, di una frana.", "it"
    )
    assert not qs, qs
    qs = _questions("The delay is due to the discovery, in 2021, of a landslip.", "en")
    assert not qs, qs


def test_entry_opening_participle_with_a_list() -> None:
    qs = _questions(
        "Harbour Board of Tarn\n\nThe Harbour Board of Tarn is a public body. Set up on 3 May "
        "1999 by joining the Pier Trust, the Dock Company and the Ferry Board, it runs the "
        "port.",
        "en",
    )
    assert qs == {"When was the Harbour Board of Tarn set up?": "3 May 1999"}, qs
    qs = _questions(
        "Consorzio del Tarn\n\nIl Consorzio del Tarn è un ente pubblico. Fondato nel 1999 "
        "unendo la Società del Molo, la Compagnia del Porto e l’Ente Traghetti, gestisce il "
        "porto.",
        "it",
    )
    assert qs == {"In che anno fu fondato il Consorzio del Tarn?": "1999"}, qs


def test_past_before_a_subordinate_clause_set_off() -> None:
    qs = _questions("The gale arrived on 3 January, when a band of cold air swept the hills.", "en")
    assert qs == {"When did the gale arrive?": "3 January"}, qs


def test_clause_of_its_own_after_comma_and() -> None:
    qs = _questions(
        "Tarn College\n\nTarn College is a college in Scotland. Its roots lie in a night "
        "school opened in 1871, and it became a college in 1958.",
        "en",
    )
    assert qs == {"When did Tarn College become a college?": "1958"}, qs
    qs = _questions("The ferry runs all year, and the new pier at Tolby will open on 2 June.", "en")
    assert qs == {"When will the new pier at Tolby open?": "2 June"}, qs


def test_clause_after_comma_and_that_points_back_is_not_asked_alone() -> None:
    qs = _questions("The board drew up the rules, and the minister signed them on 8 July.", "en")
    assert not qs, qs
    qs = _questions("La giunta ha scritto il bando, e il sindaco lo ha firmato il 3 luglio.", "it")
    assert not qs, qs


def test_only_after_the_verb_is_no_superlative_of_since() -> None:
    qs = _questions("Since 2021 the clinic has treated only adults.", "en")
    assert qs == {"Since when has the clinic treated only adults?": "2021"}, qs
    assert not _questions("It was the Tolby clinic’s only new ward since 2021.", "en")


def test_a_year_naming_the_noun_of_an_adjunct_dates_no_clause() -> None:
    """'on the 2026 edition', 'for the 2027 World Cup': the noun's year, not when the clause's
    deed happened; the object's year still dates its verb ('hosted the 1986 summit')."""
    qs = _questions("The match brought the curtain down on the 2026 edition of the cup.", "en")
    assert qs == {}
    qs = _questions("The club qualified for the 2027 World Cup after a late goal.", "en")
    assert qs == {}
    qs = _questions("The town hosted the 1986 summit.", "en")
    assert qs == {"When did the town host the summit?": "1986"}


def test_a_first_time_since_a_year_is_no_since_question() -> None:
    """'per la prima volta dal 2015' says when it last happened, not since when it happens."""
    qs = _questions("Il teatro riaprirà a marzo per la prima volta dal 2015.", "it")
    assert not any(q.startswith("Da quando") for q in qs), qs
    qs = _questions("La prima linea della tranvia è in servizio dal 2009.", "it")
    assert qs == {"Da quando è in servizio la prima linea della tranvia?": "2009"}
