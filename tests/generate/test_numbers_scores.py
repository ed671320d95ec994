"""Shares of a group and of a reported clause, scores of votes and matches, ordinals in
figures, and dates in the middle of a sentence: the part of the day before a date, a purpose
clause left out of a long question."""

from __future__ import annotations

from types import ModuleType

from quizlib.generate.extract import dates, ordinals

from .test_numbers import TITLE, _questions, build_document, clean


def _asked_by(extractor: ModuleType, text: str, language: str = "it") -> dict[str, str]:
    doc = build_document(clean(TITLE + text), language)
    return {c.question: c.answer for c in extractor.extract(doc) if c.question}


def _date_questions(text: str, language: str = "it") -> dict[str, str]:
    return _asked_by(dates, text, language)


def _ordinal_questions(text: str, language: str = "it") -> dict[str, str]:
    return _asked_by(ordinals, text, language)


def test_a_share_opening_a_reported_clause_is_asked() -> None:
    en = _questions(
        "The survey, run by a team in Leeds, found that 60% of pupils in trial schools "
        "reached the expected level.",
        "en",
    )
    assert en["What percentage of pupils in trial schools reached the expected level?"] == "60%"
    it = _questions(
        "Il sindaco ha spiegato che circa il 45 per cento delle aziende era assicurato."
    )
    assert it["Quale percentuale delle aziende era assicurata?"] == "45%"


def test_a_share_of_a_counted_group_is_asked_with_its_verb() -> None:
    en = _questions(
        "The 1,200 members, about 40 per cent of whom live abroad, voted on Sunday.", "en"
    )
    assert en["What percentage of the members live abroad?"] == "40%"
    it = _questions("Il corso ha formato 40 studenti, il 30% dei quali frequenta le serali.")
    assert it["Quale percentuale degli studenti frequenta le serali?"] == "30%"
    # no verb after the relative: nothing to ask with
    assert not any(
        "percent" in q for q in _questions("The 300 staff, 80% of whom women, left.", "en")
    )


def test_a_tally_with_a_hyphen_and_its_purpose_is_asked() -> None:
    en = _questions("Councillors voted 9-2 on Tuesday to close the old library.", "en")
    assert en == {"By what margin did councillors vote to close the old library?": "9-2"}


def test_the_score_of_a_match_won_is_asked() -> None:
    it = _questions("Il Bari ha battuto il Lecce 2-0 allo stadio San Nicola.")
    assert it["Con quale punteggio il Bari ha battuto il Lecce?"] == "2-0"
    it = _questions("I ragazzi del Como hanno vinto il torneo, sconfiggendo la Pro Sesto 3-2.")
    assert it["Con quale punteggio i ragazzi del Como hanno sconfitto la Pro Sesto?"] == "3-2"
    en = _questions(
        "The Rovers lifted the trophy in May. The Rovers won the cup, beating the Town 4-1.", "en"
    )
    assert en["By what score did the Rovers beat the Town?"] == "4-1"
    # a range of a count is no score
    assert _questions("I lavori dureranno 3-4 mesi.") == {}


def test_an_ordinal_in_figures_is_asked_after_a_source() -> None:
    it = _ordinal_questions(
        "Secondo il sindaco, Mario Rossi, “Il Gabbiano” è il 12° cinema storico riaperto in Umbria."
    )
    assert it == {"Quale cinema storico riaperto in Umbria è “Il Gabbiano”?": "il 12°"}
    en = _ordinal_questions("The Regal is the town’s 3rd cinema.", "en")
    assert en == {"Which cinema of the town is the Regal?": "the 3rd"}
    # the first is the superlatives'
    assert _ordinal_questions("Il Verdi è il 1° teatro della regione.") == {}


def test_the_part_of_the_day_goes_with_its_date() -> None:
    en = _date_questions(
        "The four otters were released on the evening of Friday 6 March near the lake.", "en"
    )
    assert en == {"When were the four otters released near the lake?": "6 March"}
    en = _date_questions("The wall came down on the night of 9 November 1989.", "en")
    assert en == {"When did the wall come down?": "9 November 1989"}
    it = _date_questions(
        "Le lontre sono state liberate nella serata di venerdì 6 marzo vicino al lago."
    )
    assert it == {"Quando sono state liberate le lontre vicino al lago?": "6 marzo"}


def test_a_long_question_leaves_the_purpose_out() -> None:
    it = _date_questions(
        "La Provincia di Salerno ha stanziato venerdì 6 marzo un fondo straordinario da 3,2 "
        "milioni di euro per riparare le strade e i ponti lungo la costa del Cilento e del "
        "Golfo di Policastro."
    )
    assert it == {
        "Quando la Provincia di Salerno ha stanziato un fondo straordinario da 3,2 milioni di "
        "euro?": "6 marzo"
    }


def test_a_relative_cut_by_a_comma_is_left_out() -> None:
    it = _date_questions(
        "Il Comune di Lecce ha presentato giovedì 5 febbraio un progetto che, secondo i "
        "tecnici, salverà le mura."
    )
    assert it == {"Quando il Comune di Lecce ha presentato un progetto?": "5 febbraio"}


def test_a_leading_phrase_goes_to_the_end_of_the_question() -> None:
    en = _questions("Under the new plan, the council will plant 300 oaks.", "en")
    assert en["How many oaks will the council plant under the new plan?"] == "300"
    it = _questions("Dopo la chiusura, la cartiera ha licenziato 80 operai.")
    assert it["Quanti operai ha licenziato la cartiera dopo la chiusura?"] == "80"
    # a clause is no phrase: whose verb would the question ask?
    assert _questions("After the mill closed, the town lost 80 jobs.", "en") == {}


def test_a_reported_clause_after_a_speaker_and_an_apposition_is_asked() -> None:
    it = _questions("La direttrice, l’archeologa Anna Neri, sottolinea che il museo ha 40 sale.")
    assert it == {"Quante sale ha il museo?": "40"}


def test_an_average_age_is_asked_as_an_age() -> None:
    it = _questions("L’età media dei volontari è di 34 anni.")
    assert it == {"Qual è l’età media dei volontari?": "34"}


def test_a_count_of_part_of_a_group_asks_the_group() -> None:
    en = _questions("The disease was found in 12 of the 40 farms.", "en")
    assert en == {"In how many of the 40 farms was the disease found?": "12"}
    en = _questions("The bank has closed 30 of its branches.", "en")
    assert en == {"How many of its branches has the bank closed?": "30"}
    it = _questions("La malattia è stata trovata in 12 delle 40 aziende agricole.")
    assert it == {"In quante delle 40 aziende agricole è stata trovata la malattia?": "12"}


def test_a_subject_with_its_relative_is_asked_whole() -> None:
    en = _questions("A storm that lashed the coast overnight has felled 400 trees.", "en")
    assert en["How many trees has a storm that lashed the coast overnight felled?"] == "400"
    it = _questions("Il bando che scade domani prevede 40 borse di studio.")
    assert it == {"Quante borse di studio prevede il bando che scade domani?": "40"}
    # the number of another relative, after the main verb, is not the subject's
    en = _questions(
        "A ship that lost power was towed after an operation that lasted hours and involved "
        "two lifeboats.",
        "en",
    )
    assert not any("lifeboats" in q for q in en)


def test_a_participle_before_the_counted_noun_is_part_of_it() -> None:
    en = _questions("The fire has destroyed 5 square kilometres of protected heath.", "en")
    asked = "How many square kilometres of protected heath has the fire destroyed?"
    assert en == {asked: "5 square kilometres"}


_ENTRY = {
    "en": "Title of a test article about the harbour\n\nThe harbour board approved the new quay "
    "on Monday. The Marine Agency backed the plan.\n\nMarine Agency\n\nThe Marine Agency is a "
    "public body responsible for ports. {}\n",
    "it": "Titolo di un articolo di prova sul porto\n\nIl consiglio ha approvato il nuovo molo "
    "lunedì. L’Agenzia Marittima ha sostenuto il piano.\n\nAgenzia Marittima\n\nL’Agenzia "
    "Marittima è un ente pubblico che si occupa dei porti. {}\n",
}


def _entry_dates(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(_ENTRY[language].format(text)), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question and c.sentence.entry}


def test_a_second_verb_of_an_entry_dates_its_own_event() -> None:
    en = _entry_dates("It was set up in 2009 and began operating in April 2011.", "en")
    assert en == {
        "When was the Marine Agency set up?": "2009",
        "When did the Marine Agency begin operating?": "April 2011",
    }
    it = _entry_dates("È stata istituita nel 2009 ed è diventata operativa nell’aprile 2011.", "it")
    assert it == {
        "Quando è stata istituita l’Agenzia Marittima?": "2009",
        "Quando è diventata operativa l’Agenzia Marittima?": "aprile 2011",
    }


def test_a_complement_before_the_counted_object_follows_the_verb_in_the_question() -> None:
    it = _questions("Il museo ha donato alla città oltre 300 quadri.")
    assert it == {"Quanti quadri ha donato il museo alla città?": "300"}
    en = _questions("The new plant will bring to the town about 3,000 jobs.", "en")
    assert en == {"How many jobs will the new plant bring to the town?": "3,000"}
    # a measure of a counted complement is no object: "in two doses| three months apart"
    en = _questions("The vaccine is given in two doses three months apart.", "en")
    assert en == {"In how many doses is the vaccine given?": "two"}


def test_a_dollar_of_another_country_is_a_sum() -> None:
    en = _questions("The state has allocated A$12 million for the new wards.", "en")
    assert en == {"How much has the state allocated for the new wards?": "A$12 million"}
