"""Counts asked as questions from general clause shapes: a span of time after a preposition
that bounds it ("entro 90 giorni", "within 72 hours", "over seven years"), a count in a noun
phrase with a relative or a participle, an age."""

from __future__ import annotations

from tests.generate.helpers import en_questions as _en
from tests.generate.helpers import it_questions as _it
from tests.generate.helpers import questions_of


def test_italian_span_bounded_by_a_preposition() -> None:
    asked = _it(
        "Le perizie saranno consegnate entro 60 giorni. "
        "Il museo riaprirà al pubblico dopo otto mesi. "
        "Il ponte sarà pronto tra tre settimane."
    )
    assert asked["Entro quanti giorni saranno consegnate le perizie?"] == "60"
    assert asked["Dopo quanti mesi riaprirà il museo al pubblico?"] == "otto"


def test_english_span_bounded_by_a_preposition() -> None:
    asked = _en(
        "The forms must be returned within 28 days. "
        "The pool reopened to swimmers after three years. "
        "The council will repay the loan over twelve years."
    )
    assert asked["Within how many days must the forms be returned?"] == "28"
    assert asked["After how many years did the pool reopen to swimmers?"] == "three"
    assert asked["Over how many years will the council repay the loan?"] == "twelve"


def test_over_a_span_is_more_than_it_in_a_perfect_or_without_an_object() -> None:
    asked = _en("She has taught at the school over 20 years. The rain fell over six hours.")
    assert not any(q.startswith("Over how many") for q in asked)


def test_a_span_counted_from_an_event_is_left_alone() -> None:
    asked = _en("All the seats were sold within 30 minutes of the sale opening.")
    assert not any(q.startswith("Within how many") for q in asked)
    asked = _it("I biglietti sono stati venduti entro 20 minuti dall’apertura.")
    assert not any(q.startswith("Entro quanti") for q in asked)


def test_italian_count_described_by_a_relative() -> None:
    asked = _it(
        "Il bando è rivolto ai 350 artigiani che lavorano nel centro storico. "
        "I 24 infermieri che sono stati assunti dall’ospedale prenderanno servizio a maggio."
    )
    assert asked["Quanti artigiani lavorano nel centro storico?"] == "350"
    assert asked["Quanti infermieri sono stati assunti dall’ospedale?"] == "24"


def test_english_count_described_by_a_relative_or_a_participle() -> None:
    asked = _en(
        "The grant goes to the 45 farmers who grow barley in the valley. "
        "Training for the 30 wardens required on the reserve will start in June. "
        "The survey used data from 120 otters fitted with radio collars."
    )
    assert asked["How many farmers grow barley in the valley?"] == "45"
    assert asked["How many wardens are required on the reserve?"] == "30"
    assert asked["How many otters were fitted with radio collars?"] == "120"


def test_a_past_after_the_count_may_be_its_own_verb() -> None:
    asked = _en("Delegates from 90 nations arrived in the capital on Monday for the talks.")
    assert "How many nations are arrived in the capital on Monday for the talks?" not in asked
    assert not any(" are arrived" in q or " were arrived" in q for q in asked)


def test_a_relative_after_a_range_or_others_is_no_group() -> None:
    asked = _en("Each case can infect between ten and twelve others who are not vaccinated.")
    assert not any(q.startswith("How many others") for q in asked)


def test_count_in_a_relative_of_having_after_a_noun_phrase() -> None:
    asked = _en("The prize is funded by a local trust, which has about 900 members.")
    assert asked["How many members does the local trust have?"] == "about 900"
    asked = _it("Il festival si tiene in un piccolo paese, che conta 450 abitanti.")
    assert asked["Quanti abitanti conta il piccolo paese?"] == "450"


def test_a_clause_before_a_relative_is_not_its_subject() -> None:
    asked = _en("The money comes from a weekly lottery, which has around 48,000 players.")
    assert not any("does the money" in q for q in asked)


def test_a_relative_that_disagrees_with_a_plural_subject_is_of_the_noun_after_it() -> None:
    # the singular verb is the village's: "How many residents does businesses ... have?" is
    # neither English nor the fact
    asked = _en("Businesses in the village, which has about 700 residents, fear the roadworks.")
    assert not any("does businesses" in q.lower() for q in asked)
    assert asked["How many residents does the village have?"] == "about 700"
    asked = _it("Le imprese del paese, che conta circa 700 abitanti, temono il cantiere.")
    assert not any("le imprese" in q.lower() for q in asked)
    # a singular subject agrees: the relative is its own
    asked = _it("Il museo del paese, che conta 300 reperti, chiuderà in estate.")
    assert asked["Quanti reperti conta il museo del paese?"] == "300"


def test_age_told_after_the_verb() -> None:
    asked = _en("The violinist Anna Reid gave her first concert at the age of seven.")
    assert asked["At what age did the violinist Anna Reid give her first concert?"] == "seven"
    asked = _it("Il ciclista Marco Neri ha vinto la sua prima gara all’età di 12 anni.")
    assert asked["A quale età ha vinto il ciclista Marco Neri la sua prima gara?"] == "12"


def test_age_of_a_pronoun_is_not_asked() -> None:
    asked = _en("Nobody expected it when he left school at the age of 15.")
    assert not any(q.startswith("At what age") for q in asked)


def test_possessive_subject_of_a_background_entry_names_its_owner() -> None:
    text = (
        "La biblioteca riapre dopo i lavori.\n\n"
        "La biblioteca civica ha riaperto lunedì dopo due anni di lavori.\n\n"
        "PINACOTECA DI ASOLO\n"
        "La Pinacoteca di Asolo è un museo fondato nel 1880. "
        "La sua collezione comprende 4.000 dipinti."
    )
    asked = questions_of(text, "it")
    assert asked["Quanti dipinti comprende la collezione della Pinacoteca di Asolo?"] == "4.000"


def test_possessive_subject_outside_an_entry_is_not_asked() -> None:
    asked = _it("La sua collezione comprende 4.000 dipinti.")
    assert not any("collezione" in q for q in asked)


def test_total_after_a_list_is_asked_of_the_clause_subject() -> None:
    asked = _it(
        "Il nuovo orario prevede corse per Trento, Rovereto, Arco e Riva, "
        "per un totale di 38 corse giornaliere nei giorni feriali."
    )
    assert (
        asked["Quante corse giornaliere in totale prevede il nuovo orario nei giorni feriali?"]
        == "38"
    )


def test_total_after_a_clause_is_not_read_as_a_list() -> None:
    asked = _it("La rassegna, che ha aperto sedi a Trento e Rovereto, per un totale di 12 sale.")
    assert not any("in totale" in q for q in asked)


def test_relative_ends_at_a_comma_before_the_sentence_verb() -> None:
    asked = _en(
        "Hiring for the 12 nurses needed at the clinic, including two midwives, a dietitian "
        "and a manager, will start in May."
    )
    assert asked["How many nurses are needed at the clinic?"] == "12"
    asked = _it(
        "Per i genitori dei 300 alunni che arrivano dalle frazioni di montagna, "
        "sono un problema gli orari dei pullman."
    )
    assert asked["Quanti alunni arrivano dalle frazioni di montagna?"] == "300"


def test_list_item_of_a_count_and_a_participle() -> None:
    asked = _it(
        "Il bilancio della fiera in cifre:\n\n"
        "- 2.300 biglietti staccati nel primo giorno;\n"
        "- 45 espositori arrivati da tutta Europa;\n"
        "- 12 aree di sosta nei dintorni."
    )
    assert asked["Quanti biglietti sono stati staccati nel primo giorno?"] == "2.300"
    assert asked["Quanti espositori sono arrivati da tutta Europa?"] == "45"
    asked = _en(
        "The new library will offer:\n\n"
        "- 60,000 books on loan;\n"
        "- 300 visitors expected each day;\n"
        "- 8 study rooms on weekdays."
    )
    assert asked["How many books will be on loan?"] == "60,000"
    assert asked["How many visitors are expected each day?"] == "300"
    assert not any("study rooms" in q for q in asked)


def test_bounded_span_inside_a_longer_sentence() -> None:
    asked = _it(
        "Secondo il sindaco, i cantieri saranno chiusi entro 18 mesi, ma l’opposizione "
        "chiede tempi certi."
    )
    assert asked["Entro quanti mesi saranno chiusi i cantieri?"] == "18"
    asked = _en(
        "Under the agreement, the club will repay the debt over five years, the chairman said."
    )
    assert asked["Over how many years will the club repay the debt under the agreement?"] == "five"


def test_where_it_was_said_is_not_part_of_the_question() -> None:
    asked = _en("In a statement, the trust said the ward would reopen within four weeks.")
    assert asked["Within how many weeks would the ward reopen?"] == "four"


def test_relative_to_the_end_of_a_sentence_after_a_leading_adverbial() -> None:
    asked = _it("Ogni mattina il pulmino porta in città i 90 anziani che abitano nelle frazioni.")
    assert asked["Quanti anziani abitano nelle frazioni?"] == "90"


def test_what_was_told_is_no_relative() -> None:
    asked = _it("Il sindaco ha detto ai 40 operai che arrivano i fondi regionali.")
    assert not any(q.startswith("Quanti operai arrivano") for q in asked)
    asked = _en("The manager told the 40 workers that cuts would follow in spring.")
    assert not any(q.startswith("How many workers") and "cuts" in q for q in asked)


def test_count_after_a_leading_time_of_day() -> None:
    asked = _it("Alle 7.15 di domenica i volontari hanno pulito 12 spiagge del litorale.")
    assert (
        asked["Quante spiagge del litorale hanno pulito i volontari alle 7.15 di domenica?"] == "12"
    )
    asked = _en("At 06:40 on Monday the first ferry carried 210 passengers to the island.")
    assert (
        asked["How many passengers did the first ferry carry to the island at 06:40 on Monday?"]
        == "210"
    )


def test_hyphened_adjectives_in_the_object_before_a_count() -> None:
    asked = _en("The charity handed hand-knitted woollen blankets to 300 families last winter.")
    assert (
        asked[
            "To how many families did the charity hand hand-knitted woollen blankets last winter?"
        ]
        == "300"
    )
    asked = _it("La cooperativa ha affidato i terreni agro-pastorali a 12 famiglie del paese.")
    assert (
        asked["A quante famiglie del paese la cooperativa ha affidato i terreni agro-pastorali?"]
        == "12"
    )


def test_his_in_an_entry_about_a_person_names_the_person() -> None:
    text = (
        "A headline of a test article here\n\n"
        "The old mill reopened on Saturday after a long restoration.\n\n"
        "Arthur Denby\n"
        "Arthur Denby (1840–1912) was an English millwright. His workshop repaired more than "
        "300 windmills."
    )
    asked = questions_of(text, "en")
    assert asked["How many windmills did Arthur Denby’s workshop repair?"] == "more than 300"


def test_a_two_letter_acronym_may_open_the_counted_noun() -> None:
    asked = _en("Patients were referred through 23 GP surgeries in the county.")
    assert asked["Through how many GP surgeries were patients referred in the county?"] == "23"


def test_ages_after_the_counted_people_end_the_clause() -> None:
    asked = _en(
        "The survey interviewed 1,480 adults aged 18 to 30 living in rented homes in Leeds."
    )
    assert asked["How many adults did the survey interview?"] == "1,480"


def test_count_as_the_object_of_a_relative_after_a_noun_phrase() -> None:
    asked = _en("The roof was paid for by a public appeal that attracted 2,600 donors.")
    assert asked["How many donors did the public appeal attract?"] == "2,600"
    asked = _it("In via Roma ha aperto un nuovo centro che ospita 40 ricercatori.")
    assert asked["Quanti ricercatori ospita il nuovo centro?"] == "40"


def test_a_plural_relative_before_a_count_is_not_the_phrase_s() -> None:
    asked = _it("Il Comune ha premiato un gruppo di volontari che hanno raccolto 300 firme.")
    assert not any(q.endswith("il gruppo di volontari?") for q in asked)


def test_count_as_the_object_of_which_after_a_noun_phrase() -> None:
    asked = _en("The order went to a small bakery, which employs 35 people.")
    assert asked["How many people does the small bakery employ?"] == "35"
    asked = _en("The council approved the plan, which means 40 new homes.")
    assert not any("does the plan mean" in q for q in asked)


def test_possessive_of_the_one_person_a_sentence_names() -> None:
    asked = _it("Secondo Lucia Ferri, la sua biblioteca comprende 9.000 volumi.")
    assert asked["Quanti volumi comprende la biblioteca di Lucia Ferri?"] == "9.000"
    asked = _it("Secondo Lucia Ferri e Paolo Conti, la sua biblioteca comprende 9.000 volumi.")
    assert not any("biblioteca" in q for q in asked)


def test_leading_span_of_time_opens_the_question() -> None:
    asked = _it(
        "Da cinque anni la cooperativa gestisce il rifugio. "
        "Per dieci giorni il paese è rimasto isolato."
    )
    assert asked["Da quanti anni la cooperativa gestisce il rifugio?"] == "cinque"
    assert asked["Per quanti giorni il paese è rimasto isolato?"] == "dieci"
    asked = _en("For 22 years, the couple have run the village post office.")
    assert asked["For how many years have the couple run the village post office?"] == "22"
    asked = _it("Per 40 volontari il corso è gratuito.")
    # no span of time: the count is asked in place, where it stands
    assert asked == {"Per quanti volontari il corso è gratuito?": "40"}


def test_the_whole_of_a_share_takes_no_deed_of_the_share() -> None:
    from .helpers import questions_of

    text = (
        "A test headline here\n\nThe pier reopened yesterday.\n\n"
        "In the vote held in May, 61% of the 380 members who voted backed the merger.\n"
    )
    assert not any(a == "380" for a in questions_of(text, "en").values())


def test_a_counted_subjects_tail_keeps_both_halves_of_a_pair() -> None:
    asked = _en("Nine walkers were rescued on the coast path between Drumbeg and Lochinver.")
    assert (
        asked["How many walkers were rescued on the coast path between Drumbeg and Lochinver?"]
        == "nine"
    ), asked
    asked = _it("Dodici persone sono rimaste ferite sulla statale tra Lanciano e Atessa.")
    assert asked["Quante persone sono rimaste ferite sulla statale tra Lanciano e Atessa?"] == (
        "dodici"
    ), asked


def test_a_pair_of_participles_before_the_verb_stays_with_the_counted_subject() -> None:
    asked = _en("30 of the 80 hives checked and weighed were found empty last spring.")
    assert (
        asked.get("How many of the 80 hives checked and weighed were found empty last spring?")
        == "30"
    ), asked
    asked = _en("Nine walkers were rescued and rangers were praised.")
    assert not any("rangers" in q for q in asked), asked


def test_a_complement_of_the_counted_noun_with_a_figure_goes_with_it() -> None:
    # "of about 500 species": another count, never part of the counted noun's words
    asked = _en("Chester Zoo is home to more than 35,000 animals of about 500 species.")
    assert (
        asked["How many animals of about 500 species is Chester Zoo home to?"] == "more than 35,000"
    )
    assert not any("of about is" in q for q in asked)


def test_a_firm_s_name_ending_in_s_is_one_subject_of_a_relative() -> None:
    asked = _en(
        "Northway Logistics, which employs about 230 people in Cumbria, said 85 staff moved."
    )
    assert asked["How many people does Northway Logistics employ in Cumbria?"] == "about 230"


def test_the_parts_a_whole_lists_are_asked_as_the_whole() -> None:
    asked = _en("The new hospital will employ 1,480 staff, including 265 doctors and 610 nurses.")
    assert asked["How many doctors will the new hospital employ?"] == "265"
    assert asked["How many nurses will the new hospital employ?"] == "610"
    asked = _it("Il nuovo presidio conterà 1.480 dipendenti, tra cui 265 medici e 610 infermieri.")
    assert asked["Quanti infermieri conterà il nuovo presidio?"] == "610"
    # a part that is no count of a kind ("2 in Leeds") asks nothing of its own
    asked = _en("The council has 40 members, including 2 in Leeds.")
    assert not any(q.startswith("How many in") for q in asked)
