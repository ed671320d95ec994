"""Italian date questions put the verb before its subject when the verb takes no object (a
passive, a reflexive, an intransitive verb, a copula), as an Italian wh-question does; and date
questions that read wrong, mended by kind: a relative's second verb, a date set off after 'and',
a thing the entry owns, a date 'of' a noun, a common noun that opens sentences."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_IT = "Titolo di un articolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
_EN = "Title of a test article here\n\nThe pier reopened yesterday.\n\n"


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean((_IT if language == "it" else _EN) + text + "\n"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_a_passive_puts_its_subject_after_the_verb() -> None:
    qs = _questions("Il verbale finale è stato approvato il 4 marzo dai revisori dei conti.", "it")
    assert qs.get("Quando è stato approvato il verbale finale dai revisori dei conti?") == (
        "4 marzo"
    ), qs


def test_an_intransitive_verb_puts_its_subject_after_it() -> None:
    qs = _questions("Il progetto è nato nel 2012 da un’associazione di genitori.", "it")
    assert qs.get("Quando è nato il progetto da un’associazione di genitori?") == "2012", qs


def test_a_reflexive_verb_keeps_its_clitic_before_it() -> None:
    qs = _questions(
        "Una tromba d’aria si è abbattuta sabato 3 agosto sul lungomare di Ostia.", "it"
    )
    assert qs.get("Quando si è abbattuta una tromba d’aria sul lungomare di Ostia?") == (
        "3 agosto"
    ), qs


def test_the_heavier_part_goes_last() -> None:
    qs = _questions("La squadra giovanile della Pallavolo Ardea gioca in Serie B dal 2019.", "it")
    assert qs.get("Da quando gioca in Serie B la squadra giovanile della Pallavolo Ardea?") == (
        "2019"
    ), qs
    qs = _questions(
        "Le iscritte ai corsi di scherma della regione sono cresciute del 30% dal 2020.", "it"
    )
    assert qs.get(
        "Da quando sono cresciute del 30% le iscritte ai corsi di scherma della regione?"
    ) == ("2020"), qs


def test_a_bare_in_phrase_stays_with_its_verb() -> None:
    qs = _questions(
        "La nuova seggiovia del Monte Rosso entrerà in funzione sabato 6 dicembre.", "it"
    )
    assert qs.get("Quando entrerà in funzione la nuova seggiovia del Monte Rosso?") == (
        "6 dicembre"
    ), qs
    qs = _questions("La commedia andò in scena al Teatro Goldoni il 3 febbraio 1760.", "it")
    assert qs.get("Quando andò in scena la commedia al Teatro Goldoni?") == "3 febbraio 1760", qs


def test_a_copula_puts_its_predicate_before_the_subject() -> None:
    qs = _questions("Nel 2015 la città di Pordenone è stata sede del festival nazionale.", "it")
    assert qs.get("Quando è stata sede del festival nazionale la città di Pordenone?") == (
        "2015"
    ), qs


def test_an_infinitive_after_its_verb_stays_with_it() -> None:
    qs = _questions("Le nuove linee iniziarono a circolare nel 1931.", "it")
    assert qs.get("Quando iniziarono a circolare le nuove linee?") == "1931", qs
    qs = _questions("I lavori per la nuova rotatoria dovranno concludersi entro il 2027.", "it")
    assert qs.get("Entro quando dovranno concludersi i lavori per la nuova rotatoria?") == (
        "2027"
    ), qs


def test_a_verb_with_an_object_keeps_its_subject_first() -> None:
    qs = _questions(
        "La cooperativa Terre Alte ha acquistato il 9 maggio un frantoio di Montalcino.", "it"
    )
    assert qs.get("Quando la cooperativa Terre Alte ha acquistato un frantoio di Montalcino?") == (
        "9 maggio"
    ), qs
    # an object after a complement: "ha condannato a due anni X"
    qs = _questions(
        "Il Tribunale di Lucca ha condannato il 3 aprile a due anni di reclusione Mario Neri.", "it"
    )
    assert not any(q.startswith("Quando ha condannato") for q in qs), qs


def test_a_second_verb_of_a_relative_is_not_asked_of_the_main_subject() -> None:
    qs = _questions(
        "The longest flight was made by a young male, known to staff as Red 4, which left the "
        "reserve on 3 May 2023 and reached the coast of Morocco on 29 May.",
        "en",
    )
    assert not any("flight" in q for q in qs), qs
    qs = _questions(
        "Il viaggio più lungo è stato compiuto da un giovane maschio, che ha lasciato la riserva "
        "il 3 maggio e ha raggiunto la costa del Marocco il 29 maggio.",
        "it",
    )
    assert not any("viaggio" in q for q in qs), qs


def test_a_date_set_off_after_and_is_the_next_verb_s() -> None:
    qs = _questions(
        "The council has 40 members representing 12 wards and, since 2015, has been led by an "
        "elected mayor.",
        "en",
    )
    assert qs == {"Since when has the council been led by an elected mayor?": "2015"}, qs
    qs = _questions(
        "Il comune ha 40 consiglieri e, dal 2015, è guidato da un sindaco eletto.", "it"
    )
    assert qs == {"Da quando è guidato il comune da un sindaco eletto?": "2015"}, qs
    qs = _questions(
        "The museum holds 300 paintings and, since 2019, it has opened on Mondays.", "en"
    )
    assert not any("paintings" in q for q in qs), qs


def test_a_thing_the_entry_owns_is_not_the_entry() -> None:
    text = (
        "Title of a test article here\n\nThe new tram line opened in Lyon on Monday.\n\nLyon\n\n"
        "Lyon is a city in France. The city was badly damaged in 1944, and its landmark "
        "cathedral, a Gothic church, was restored and reopened in 1998.\n"
    )
    doc = build_document(clean(text), "en")
    qs = {c.question: c.answer for c in dates.extract(doc) if c.question}
    assert not any("reopened" in q for q in qs), qs


def test_a_date_of_a_noun_dates_the_verb_only_through_its_means() -> None:
    qs = _questions(
        "Lo screening rientra nel programma regionale avviato con un decreto della Giunta del "
        "2021.",
        "it",
    )
    assert not qs, qs
    qs = _questions("Il concerto finale del 20 maggio sarà affidato all’orchestra cittadina.", "it")
    assert not qs, qs
    qs = _questions("I tribunali furono istituiti con la legge n. 44 del 3 marzo 1965.", "it")
    assert qs == {"Quando furono istituiti i tribunali con la legge n. 44?": "3 marzo 1965"}, qs


def test_a_second_participle_after_then_is_not_the_first_s() -> None:
    qs = _questions(
        "La città fu fondata dai coloni greci nell’VIII secolo a.C., poi rifondata come Neapolis "
        "nel 470 a.C.",
        "it",
    )
    assert not any("fondata" in q and "470" in a for q, a in qs.items()), qs
    qs = _questions("Il ponte fu costruito dai romani, poi rifatto dai veneziani nel 1520.", "it")
    assert not any("veneziani" in q for q in qs), qs


def test_a_common_noun_that_opens_sentences_is_asked_in_small_letters() -> None:
    qs = _questions(
        "Herons nest along the river every spring. Herons became rare in the valley in 1962. A "
        "survey counted 40 herons last year.",
        "en",
    )
    assert qs.get("When did herons become rare in the valley?") == "1962", qs


def test_a_month_and_its_year_joined_by_del() -> None:
    qs = _questions("Il restauro, avviato nell’aprile del 2024, è finanziato dalla Regione.", "it")
    assert qs.get("Quando fu avviato il restauro?") == "aprile del 2024", qs


def test_a_participle_with_a_complement_before_the_date_is_the_noun_s() -> None:
    qs = _questions(
        "Molti pazienti usano i nuovi farmaci antivirali introdotti in Italia nel 2016 dall’Aifa.",
        "it",
    )
    assert qs == {"In che anno furono introdotti i nuovi farmaci antivirali?": "2016"}, qs
    qs = _questions("Visitors can see the paintings restored in Florence in 2019.", "en")
    assert not any("visitors" in q.lower() for q in qs), qs


def test_a_coordinated_past_with_an_object_is_no_noun_s_participle() -> None:
    qs = _questions(
        "The club was founded in 1900 as a rowing club, was renamed the City Club in 1950 and "
        "adopted its current name in 2001.",
        "en",
    )
    assert qs.get("When did the club adopt its current name?") == "2001", qs
    qs = _questions(
        "I risultati saranno presentati in un convegno previsto a Bologna nella primavera del "
        "2027.",
        "it",
    )
    assert qs.get("Quando saranno presentati i risultati in un convegno previsto a Bologna?") == (
        "primavera del 2027"
    ), qs


def test_a_date_after_a_noun_in_a_state_is_the_noun_s() -> None:
    qs = _questions("La nuova sede sostituisce gli uffici in uso dal 1975, ormai piccoli.", "it")
    assert not qs, qs
    qs = _questions("La squadra gioca in casa dal 2019.", "it")
    assert qs == {"Da quando gioca in casa la squadra?": "2019"}, qs
    qs = _questions("The mayor has been in office since 2021.", "en")
    assert qs == {"Since when has the mayor been in office?": "2021"}, qs


def test_an_italian_weekday_that_opens_the_sentence_is_answered_in_small_letters() -> None:
    from quizlib.generate.document import build_document
    from quizlib.generate.extract import dates

    doc = build_document(
        "Chiusura\n\nMartedì sera la strada statale è stata chiusa per tre ore tra Arona e Stresa.",
        "it",
    )
    answers = {c.answer for c in dates.extract(doc) if c.question}
    assert answers == {"martedì sera"}


def test_a_hyphenated_adjective_in_ed_is_no_verb() -> None:
    from quizlib.generate.chunks import main_verb, tokens

    toks = tokens("The much-anticipated wing of the museum (MW) at Castle Hill opened in May.")
    assert toks[main_verb(toks, "en") or 0].low == "opened"
    toks = tokens("The mayor re-elected in May spoke first.")
    assert toks[main_verb(toks, "en") or 0].low == "re-elected"
