"""Dates asked as questions in more kinds of sentence: a participle phrase that goes on after
its date, a predicate participle, an adverb that singles the date out, a preposition the date
patterns leave out, a deadline 'by the end of', a subject owned by 'its', an adverb before a
relative's verb, and the date's own clause after a semicolon or 'ma'/'but'."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_IT = "Titolo di un articolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
_EN = "Title of a test article here\n\nThe pier reopened yesterday.\n\n"


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean((_IT if language == "it" else _EN) + text + "\n"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


# A participle phrase after a named object goes on after its date with a place or a second
# participle of the same noun: the date is still the first participle's.


def test_participle_phrase_going_on_with_a_place() -> None:
    qs = _questions(
        "Il paese conserva la Torre dei Venti, costruita nel 1582 nel Ducato di Savoia, e "
        "oggi ospita un piccolo museo.",
        "it",
    )
    assert qs.get("In che anno fu costruita la Torre dei Venti?") == "1582", qs


def test_participle_phrase_going_on_with_a_second_participle() -> None:
    qs = _questions(
        "Il sentiero segue la vecchia tramvia Valseriana, chiusa nel 1958 e poi smantellata.",
        "it",
    )
    assert qs.get("In che anno fu chiusa la vecchia tramvia Valseriana?") == "1958", qs
    qs = _questions("The walk follows the Ashby Canal, opened in 1804 and later abandoned.", "en")
    assert qs.get("In what year was the Ashby Canal opened?") == "1804", qs


def test_participle_phrase_with_an_agent_is_still_not_asked() -> None:
    qs = _questions(
        "La città ospita il Teatro Verdi, fondato nel 1801 da un gruppo di nobili.", "it"
    )
    assert not any("Teatro Verdi" in q for q in qs), qs


def test_a_named_phrase_after_a_verb_is_the_participle_s_antecedent() -> None:
    # "risale alla Compagnia dei Dragoni": the name opens the phrase, a lowercase word ends it
    qs = _questions(
        "Il corpo risale alla Compagnia dei Dragoni leggeri, creata nel 1721, e oggi svolge "
        "compiti di soccorso.",
        "it",
    )
    assert qs.get("In che anno fu creata la Compagnia dei Dragoni leggeri?") == "1721", qs


# A participle after a passive's participle is its predicate, no noun's participle.


def test_predicate_participle_after_a_passive() -> None:
    qs = _questions("La Fonderia fu dichiarata fallita nel giugno 2019, con debiti enormi.", "it")
    assert qs.get("Quando fu dichiarata fallita la Fonderia?") == "giugno 2019", qs
    qs = _questions(
        "The blaze started near the summit and was declared extinguished only on Sunday 8 March.",
        "en",
    )
    assert qs.get("When was the blaze declared extinguished?") == "8 March", qs
    qs = _questions("La partita giocata nel 2020 fu vinta dal Napoli.", "it")
    assert not any("dichiarat" in q for q in qs), qs


# "soltanto", "only": the question asks the event, without the adverb.


def test_an_adverb_that_singles_out_the_date_goes() -> None:
    qs = _questions("Il nuovo ospedale fu inaugurato soltanto nel 2021.", "it")
    assert qs.get("Quando fu inaugurato il nuovo ospedale?") == "2021", qs
    qs = _questions("The new hospital was opened only in 2021.", "en")
    assert qs.get("When was the new hospital opened?") == "2021", qs


def test_not_only_is_no_question() -> None:
    qs = _questions("The new hospital was opened not only in 2021.", "en")
    assert not any("only" in q for q in qs), qs


# Prepositions the patterns leave out: an English one opening the sentence with a capital,
# one before a weekday.


def test_english_opening_preposition() -> None:
    qs = _questions("In 2018 the Harbour Trust bought the old lighthouse.", "en")
    assert qs.get("When did the Harbour Trust buy the old lighthouse?") == "2018", qs
    qs = _questions("Since 2021 the Harbour Trust has run the old lighthouse.", "en")
    assert qs.get("Since when has the Harbour Trust run the old lighthouse?") == "2021", qs


def test_english_opening_year_before_a_plural_noun_is_not_asked() -> None:
    qs = _questions("In 2019 figures showed a sharp rise in visitors.", "en")
    assert not qs, qs


def test_italian_from_or_by_a_weekday() -> None:
    qs = _questions("Da sabato 7 marzo i visitatori potranno salire sulla torre.", "it")
    assert qs.get("Da quando potranno salire i visitatori sulla torre?") == "7 marzo", qs
    qs = _questions("Entro venerdì 13 marzo il Comune deciderà sul progetto.", "it")
    assert qs.get("Entro quando deciderà il Comune sul progetto?") == "13 marzo", qs


# Deadlines: "entro la fine del", "by the end of June 2026".


def test_by_the_end_of_a_month() -> None:
    qs = _questions("The sale is expected to be completed by the end of March 2027.", "en")
    assert qs.get("By when is the sale expected to be completed?") == "the end of March 2027", qs


def test_entro_la_fine_del() -> None:
    qs = _questions(
        "Il nuovo depuratore dovrebbe entrare in funzione entro la fine del 2028.", "it"
    )
    assert qs.get("Entro quando dovrebbe entrare in funzione il nuovo depuratore?") == (
        "fine del 2028"
    ), qs


# "Its" opening the subject in an entry is the entry's.


def test_its_subject_in_an_entry() -> None:
    qs = _questions(
        "Whitby\n\nWhitby is a seaside town in North Yorkshire. Its swing bridge was rebuilt "
        "in 1909.",
        "en",
    )
    assert qs.get("When was Whitby’s swing bridge rebuilt?") == "1909", qs


# An adverb before the verb of a relative: "which first appeared".


def test_relative_with_an_adverb_before_its_verb() -> None:
    qs = _questions(
        "Shadowmoth, which first appeared in 2023, has been linked to attacks on schools.", "en"
    )
    assert qs.get("When did Shadowmoth first appear?") == "2023", qs
    qs = _questions("The Royal Mint, which later moved to Wales in 1968, makes coins.", "en")
    assert qs.get("When did the Royal Mint move to Wales?") == "1968", qs


# The date's own clause after a semicolon or "ma"/"but".


def test_clause_after_a_semicolon() -> None:
    qs = _questions(
        "Per due settimane l’ingresso sarà libero; dal 2 maggio si pagherà la tariffa ordinaria.",
        "it",
    )
    assert qs.get("Da quando si pagherà la tariffa ordinaria?") == "2 maggio", qs


def test_clause_after_but() -> None:
    qs = _questions("Talks dragged on for years, but the council approved the plan in 2019.", "en")
    assert qs.get("When did the council approve the plan?") == "2019", qs
    qs = _questions("Ma nel 2019 il Comune ha approvato il piano regolatore.", "it")
    assert qs.get("Quando il Comune ha approvato il piano regolatore?") == "2019", qs
    assert not any(" ma " in q for q in qs), qs


# A date in a clause opened by "before"/"until", "prima che"/"dopo che" is that clause's.


def test_clause_after_before_or_dopo_che() -> None:
    qs = _questions(
        "Leeds became a city in 1893, two decades before Bradford Council was granted a "
        "royal charter on March 3, 1913.",
        "en",
    )
    assert qs.get("When was Bradford Council granted a royal charter?") == "March 3, 1913", qs
    qs = _questions(
        "Il molo fu allungato dopo che la Regione Marche approvò il progetto nel 2015.", "it"
    )
    assert qs.get("Quando la Regione Marche approvò il progetto?") == "2015", qs


def test_a_date_given_as_an_example_is_not_asked() -> None:
    qs = _questions(
        "Il fiume è irrequieto; le sue piene hanno più volte raggiunto il paese, come nel 1951, "
        "quando l’acqua arrivò in piazza.",
        "it",
    )
    assert not any(q.endswith("come?") for q in qs), qs


# A copula with a state said by a preposition and a bare noun: the date is when it holds.


def test_copula_with_a_state_phrase() -> None:
    qs = _questions("Il nuovo regolamento è in vigore dal 2019.", "it")
    assert qs.get("Da quando è in vigore il nuovo regolamento?") == "2019", qs
    qs = _questions("The Ashby Hoard is on display until 4 May.", "en")
    assert qs.get("Until when is the Ashby Hoard on display?") == "4 May", qs


def test_copula_with_a_place_is_not_a_state() -> None:
    qs = _questions("The Baltic Star was in Liverpool on 4 May.", "en")
    assert not qs, qs


def test_scheduled_with_an_apposition_after_the_subject() -> None:
    qs = _questions(
        "Il primo trapianto, un rene da donatore vivente, è fissato per giovedì 12 marzo.", "it"
    )
    assert qs.get("Per quando è fissato il primo trapianto?") == "12 marzo", qs
    qs = _questions(
        "The final hearing, a two-day session in Leeds, is scheduled for 3 March 2027.", "en"
    )
    assert qs.get("When is the final hearing scheduled for?") == "3 March 2027", qs


def test_not_until_asks_when_at_last() -> None:
    qs = _questions("The Tay Bridge did not reopen until 1887.", "en")
    assert qs.get("When did the Tay Bridge reopen?") == "1887", qs
    qs = _questions("Il Teatro Sociale non riaprirà fino al 2030.", "it")
    assert qs.get("Quando riaprirà il Teatro Sociale?") == "2030", qs


def test_an_active_scheduling_verb_asks_nothing_of_its_subject() -> None:
    qs = _questions(
        "Il presidente del Consorzio, Marco Ferri, ha convocato per martedì 3 marzo "
        "un’assemblea straordinaria dei soci.",
        "it",
    )
    assert not any("convocato il presidente" in q for q in qs), qs
    qs = _questions("The chair, Ann Lee, has scheduled for 3 March a vote on the plan.", "en")
    assert not any("the chair scheduled" in q for q in qs), qs


def test_an_indefinite_subject_with_an_ordinal_is_one_of_a_series() -> None:
    qs = _questions("Una seconda prova di evacuazione è in programma il 9 maggio 2027.", "it")
    assert qs.get("Quando è in programma la seconda prova di evacuazione?") == "9 maggio 2027", qs
    qs = _questions("A third runway is due to open in 2031.", "en")
    assert qs.get("When is the third runway due to open?") == "2031", qs


def test_for_the_first_time_between_participle_and_date() -> None:
    qs = _questions(
        "La febbre è causata dal virus Usutu, identificato per la prima volta nel 1959.", "it"
    )
    assert qs.get("In che anno fu identificato il virus Usutu per la prima volta?") == "1959", qs


def test_an_english_participle_after_a_clause_is_not_its_verb() -> None:
    qs = _questions("The disease is caused by the Hendra virus, identified in 1994.", "en")
    assert not any(q.startswith("When is the disease") for q in qs), qs


# A report's frame before what it reports, with more verbs of saying and a conditional.


def test_more_report_frames() -> None:
    qs = _questions(
        "Il sindaco ha garantito che il ponte sarà riaperto entro il 30 novembre.", "it"
    )
    assert qs.get("Entro quando sarà riaperto il ponte?") == "30 novembre", qs
    qs = _questions(
        "La Regione avrebbe assicurato che la richiesta sarà esaminata entro il 30 novembre.", "it"
    )
    assert qs.get("Entro quando sarà esaminata la richiesta?") == "30 novembre", qs
    qs = _questions("The minister confirmed that the bridge will reopen in March 2027.", "en")
    assert qs.get("When will the bridge reopen?") == "March 2027", qs


# An active verb of scheduling with its object: "ha convocato le parti per giovedì".


def test_active_scheduling_with_an_object() -> None:
    qs = _questions(
        "Il prefetto di Lucca, Anna Rossi, ha convocato le parti per giovedì 5 marzo.", "it"
    )
    assert qs.get("Per quando il prefetto di Lucca ha convocato le parti?") == "5 marzo", qs
    qs = _questions("The chair of the board has set the final vote for 3 March.", "en")
    assert qs.get("When has the chair of the board set the final vote for?") == "3 March", qs


def test_english_participle_of_a_named_place_after_a_verb_and_preposition() -> None:
    qs = _questions("The orchestra played at the Usher Hall, opened in 1914.", "en")
    assert qs.get("In what year was the Usher Hall opened?") == "1914", qs
    qs = _questions("He studied the history of the Usher Hall, opened in 1914.", "en")
    assert not qs, qs
