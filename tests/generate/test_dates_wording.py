"""Date questions that read wrong, mended by kind: 'have' owning a thing, a date of a second
clause after ', and', a participle before its noun taken for the verb, an entry's name in
small letters, a reported clause without 'that', a verb of planning, a copula with a state, a
colon before the date, 'also'/'anche', a phrase opened by a preposition before a participle
set off, a cohort named by a participle, an English article taken for the Italian 'a'."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_IT = "Titolo di un articolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
_EN = "Title of a test article here\n\nThe pier reopened yesterday.\n\n"


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean((_IT if language == "it" else _EN) + text + "\n"), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


# "have" as the main verb needs do-support ("When had the club debts?" is no English), and
# the present after "since" its perfect ("Since when has the museum 40 rooms?").


def test_had_owning_a_thing_asks_with_did() -> None:
    qs = _questions("In 2019 the brewery had debts of about £12m.", "en")
    assert qs == {"When did the brewery have debts of about £12m?": "2019"}, qs
    qs = _questions("In 2020 the ferry company had to cancel 300 sailings.", "en")
    assert qs == {"When did the ferry company have to cancel 300 sailings?": "2020"}, qs


def test_has_owning_a_thing_since_asks_the_perfect() -> None:
    qs = _questions("Since 2016 the gallery has 12 rooms open to visitors.", "en")
    assert qs == {"Since when has the gallery had 12 rooms open to visitors?": "2016"}, qs


def test_has_owning_a_thing_without_since_is_not_asked() -> None:
    qs = _questions("In 2030 the harbour has a capacity of 40 ships.", "en")
    assert not qs, qs


def test_has_as_an_auxiliary_is_still_asked() -> None:
    qs = _questions("By 2018 the choir had nearly doubled its membership.", "en")
    assert qs == {"By when had the choir nearly doubled its membership?": "2018"}, qs


# A date after ", and" and a clause with a subject and a present of its own is that clause's:
# never asked of the first clause with the second glued on.


def test_date_of_a_second_clause_in_the_present_is_not_asked_of_the_first() -> None:
    qs = _questions(
        "The wind farm has run for 500 days without a stoppage, and its owner wants to double "
        "its output by 2031.",
        "en",
    )
    assert not any("wind farm" in q for q in qs), qs
    qs = _questions(
        "The library has lent 20,000 books this year, and the council plans a second branch "
        "by 2029.",
        "en",
    )
    assert not any("library" in q for q in qs), qs


# A participle between a determiner and its noun is an adjective: the verb comes after it.


def test_participle_before_its_noun_is_no_verb() -> None:
    qs = _questions("The first licensed taxis are expected on the island in May 2027.", "en")
    assert qs == {"When are the first licensed taxis expected on the island?": "May 2027"}, qs
    qs = _questions("The first recorded ascent of the peak took place in 1865.", "en")
    assert qs == {"When did the first recorded ascent of the peak take place?": "1865"}, qs


# An entry's name in sentence case, a common phrase, is in small letters inside a question.


def test_entry_name_in_small_letters_stays_small() -> None:
    qs = _questions(
        "Congestion charging\n\nCongestion charging is a fee that drivers pay to enter a busy "
        "area. It has long been used in Singapore, and was introduced in Stockholm under a "
        "trial scheme in 2006.",
        "en",
    )
    assert (
        qs.get("When was congestion charging introduced in Stockholm under a trial scheme?")
        == "2006"
    ), qs


def test_entry_name_that_is_a_name_keeps_its_capitals() -> None:
    qs = _questions(
        "Harbour Trust\n\nHarbour Trust is a charity in Leith. It was founded by dockers in 1921.",
        "en",
    )
    assert not any("harbour Trust" in q for q in qs), qs


# "said on Thursday it had agreed": the reported clause is the verb's object, its subject
# opening it where "that" is left out; the day is when it was said, no question of either.


def test_reported_clause_without_that_is_not_asked() -> None:
    qs = _questions(
        "The Danish shipping group Nordhavn said on Monday it had agreed to buy the yard for "
        "£12 million.",
        "en",
    )
    assert not qs, qs
    qs = _questions("The minister announced on Tuesday they would close the line.", "en")
    assert not qs, qs


# A verb of planning with its object: the date is when the object is due.


def test_verb_of_planning_asks_for_when() -> None:
    qs = _questions("Il primo progetto prevedeva l’inaugurazione nel giugno 2024.", "it")
    assert qs == {"Per quando il primo progetto prevedeva l’inaugurazione?": "giugno 2024"}, qs
    qs = _questions("Il comune ha programmato la riapertura a settembre 2026.", "it")
    assert qs == {"Per quando il comune ha programmato la riapertura?": "settembre 2026"}, qs
    qs = _questions("The first design envisaged the opening in June 2024.", "en")
    assert not qs, qs


def test_verb_of_planning_with_entro_keeps_its_question() -> None:
    qs = _questions("Il piano prevede la chiusura della discarica entro il 2030.", "it")
    assert qs == {"Entro quando il piano prevede la chiusura della discarica?": "2030"}, qs


# An Italian copula and a state at the end of the clause come before the subject.


def test_copula_with_a_state_comes_before_the_subject() -> None:
    qs = _questions("La nuova ordinanza è in vigore dal 3 marzo 2025.", "it")
    assert qs == {"Da quando è in vigore la nuova ordinanza?": "3 marzo 2025"}, qs


# A colon right before the date opens the date's own clause.


def test_colon_before_the_date_does_not_end_the_question() -> None:
    qs = _questions(
        "La Soprintendenza ha deciso di aprire lo scavo: dal 4 maggio, ogni domenica, si "
        "terranno visite guidate.",
        "it",
    )
    assert not any(q.endswith(":?") or "scavo" in q for q in qs), qs


# "also"/"anche" points at a sentence the card does not show.


def test_also_is_left_out_of_the_question() -> None:
    qs = _questions("Since 2021 the trust has also paid £8,000 a year into a fund.", "en")
    assert qs == {"Since when has the trust paid £8,000 a year into a fund?": "2021"}, qs
    qs = _questions("Da lunedì 9 marzo il porto ha anche un nuovo terminal.", "it")
    assert qs == {"Da quando il porto ha un nuovo terminal?": "9 marzo"}, qs


# A phrase opened by a preposition is no subject for the participle set off after it.


def test_participle_after_a_prepositional_phrase_is_not_asked_of_it() -> None:
    qs = _questions(
        "Nel nuovo rapporto dell’Istituto, pubblicato martedì, sono stati contati 52 nidi.",
        "it",
    )
    assert not any("nel nuovo rapporto" in q for q in qs), qs


def test_participle_set_off_after_a_subject_is_still_asked() -> None:
    qs = _questions("Il teatro civico, inaugurato nel 1887, ospita 600 spettatori.", "it")
    assert qs.get("In che anno fu inaugurato il teatro civico?") == "1887", qs


# "ai nati nel 1968": the date names the people born then, not when the verb happened.


def test_cohort_named_by_a_participle_is_not_asked() -> None:
    qs = _questions("L’azienda sanitaria ha esteso lo screening ai nati nel 1975.", "it")
    assert not qs, qs


# The English article "a" is no Italian "a" opening a short phrase after a participle.


def test_english_article_after_a_participle_keeps_the_object() -> None:
    qs = _questions(
        "Kelso\n\nKelso is a market town in the Borders. It was granted a charter in 1614.", "en"
    )
    assert qs.get("When was Kelso granted a charter?") == "1614", qs


# In an entry, a bare participle after a common noun of a "di" phrase it agrees with is that
# noun's ("capoluogo della provincia istituita nel 1992" dates the province, not the town).


def test_participle_of_a_noun_in_a_di_phrase_is_not_the_entry_s() -> None:
    qs = _questions(
        "Lecco\n\nLecco è un comune della Lombardia, capoluogo della provincia omonima istituita "
        "nel 1992, sulla riva del lago.",
        "it",
    )
    assert not any("Lecco" in q for q in qs), qs


def test_participle_of_a_noun_after_any_joined_preposition_is_not_the_entry_s() -> None:
    qs = _questions(
        "Aeroporto di Comiso\n\nL’aeroporto di Comiso è intitolato al politico ucciso dalla "
        "mafia nel 1982.",
        "it",
    )
    assert not any("aeroporto" in q for q in qs), qs
    qs = _questions(
        "Ponte Vecchio\n\nIl Ponte Vecchio è sorvegliato dalla polizia istituita nel 1850.", "it"
    )
    assert not any("Ponte" in q for q in qs), qs


def test_participle_set_off_after_a_name_a_joined_preposition_governs_is_the_name_s() -> None:
    qs = _questions(
        "Schio\n\nSchio è un comune veneto. Crebbe grazie al Lanificio Rossi, fondato da "
        "Francesco Rossi nel 1817, e divenne un polo industriale.",
        "it",
    )
    assert not any("Schio" in q and "fondat" in q for q in qs), qs


def test_participle_after_a_name_in_a_di_phrase_is_still_the_entry_s() -> None:
    qs = _questions(
        "FAO\n\nLa FAO è un’agenzia specializzata dell’ONU fondata nel 1945 con sede a Roma.",
        "it",
    )
    assert qs.get("In che anno fu fondata la FAO?") == "1945", qs


# "in around 1191": the question would keep "around" and lose the year it goes with.


def test_rough_year_leaves_no_around_in_the_question() -> None:
    qs = _questions("The abbey was granted a market charter in around 1190.", "en")
    assert not any(q.endswith("around?") for q in qs), qs
    qs = _questions("The mill was built around 1790.", "en")
    assert not any(q.endswith("around?") for q in qs), qs


# A date inside an aside set off by dashes is the aside's.


def test_date_inside_a_dashed_aside_is_not_the_clause_s() -> None:
    qs = _questions(
        "The Harbour Trust said the ban — a customary rule placed on the bay in March 2016 — "
        "would stay in place.",
        "en",
    )
    assert not qs, qs
    qs = _questions(
        "The Harbour Trust lifted the ban — a rule first placed on the bay in March 2016 — last "
        "week.",
        "en",
    )
    assert not qs, qs


# "from the start of the 2027 school year": the year names the noun after it.


def test_year_of_a_noun_after_of_the_is_not_asked() -> None:
    qs = _questions(
        "The minister confirmed the scheme would be extended to all schools from the start of "
        "the 2027 school year.",
        "en",
    )
    assert not qs, qs


# The owner an entry adds to a subject keeps its verb after the participle before the noun,
# and a common phrase in small letters.


def test_entry_owner_after_a_subject_with_a_participle_before_its_noun() -> None:
    qs = _questions(
        "Fell running\n\nFell running is the sport of running over hills. The first recorded "
        "race up the hill took place in 1895.",
        "en",
    )
    assert qs == {
        "When did the first recorded race up the hill of fell running take place?": "1895"
    }, qs


# "e"/"and" right before a date that a subject and verb follow: the date opens its own clause.


def test_date_after_and_opening_a_clause_of_its_own() -> None:
    qs = _questions(
        "La biblioteca ha sede in piazza Garibaldi e dal 2023 l’archivio è diretto da Lucia Ferri.",
        "it",
    )
    assert qs == {"Da quando è diretto l’archivio da Lucia Ferri?": "2023"}, qs
    qs = _questions(
        "The pier closed for repairs and in 2022 the council approved a new deck.", "en"
    )
    assert qs == {"When did the council approve a new deck?": "2022"}, qs


# "The last time X happened, in 2020, ...": a clause of time is no subject.


def test_the_last_time_is_no_subject() -> None:
    qs = _questions(
        "The last time the gates of the park stood open, in May 2019, nobody expected a long "
        "closure.",
        "en",
    )
    assert not qs, qs


def test_has_before_a_participle_the_verb_lists_do_not_know_is_an_auxiliary() -> None:
    qs = _questions("Since 1935 the court has sat in a stone building on the hill.", "en")
    assert not any(" had sat" in q for q in qs), qs


# A subordinate clause after the date whose subject an apposition sets off from its verb: cut
# at the first comma it would lose its verb, so it goes whole.


def test_subordinate_clause_cut_by_an_apposition_goes_whole() -> None:
    qs = _questions(
        "Work stopped for six months in 2022 after the builder, Tyne Construction, went into "
        "administration.",
        "en",
    )
    assert qs == {"When did work stop for six months?": "2022"}, qs
    qs = _questions(
        "I lavori si fermarono nel 2021 dopo che la ditta, la Edil Rossi, fallì.",
        "it",
    )
    assert not any(q.endswith("la ditta?") for q in qs), qs
    qs = _questions("I lavori si fermarono nel 2021 dopo che la ditta aveva chiuso.", "it")
    assert not any(q.endswith("dopo?") for q in qs), qs


# An Italian noun in -tà after "l’" is feminine: its participle agrees.


def test_participle_agrees_with_a_feminine_noun_in_ta() -> None:
    qs = _questions(
        "Università di Lecco\n\nL’Università di Lecco è un ateneo statale fondato nel 1991.", "it"
    )
    assert qs.get("In che anno fu fondata l’Università di Lecco?") == "1991", qs


# The entry's name put for "It" when the clause names it again: it had another name then.


def test_entry_renamed_to_its_own_name_is_not_asked() -> None:
    qs = _questions(
        "Lakeford\n\nLakeford is a town in the north. It was a fishing village called Eastwick "
        "until it was renamed Lakeford in 1874.",
        "en",
    )
    assert not any(q.count("Lakeford") > 1 for q in qs), qs
    qs = _questions(
        "Lakeford\n\nLakeford is a town in the north. It became a borough in 1850, and was "
        "renamed Lakeford in 1874.",
        "en",
    )
    assert not any(q.count("Lakeford") > 1 for q in qs), qs


# "il primo gennaio": the first of the month spelled out is a day, not a word left over.


def test_first_of_the_month_spelled_out_is_the_day() -> None:
    qs = _questions("Il nuovo consorzio nascerà il primo gennaio 2029.", "it")
    assert qs == {"Quando nascerà il nuovo consorzio?": "primo gennaio 2029"}, qs


def test_a_spelled_number_opening_the_sentence_is_lowered_inside_the_question() -> None:
    qs = _questions("Diciotto famiglie di Borgo Alto hanno lasciato le case a novembre.", "it")
    assert "Quando diciotto famiglie di Borgo Alto hanno lasciato le case?" in qs, qs
