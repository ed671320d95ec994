"""Number questions that read right out of their article: no headline asked, agreement with
'percentuale', a term that is no age, a vote that names what it was on, an estimate kept with
its figure, a rate, a pair after 'tra', a speed said in an aside, a quality of the counted,
a length of what an apposition describes."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean

from .helpers import questions_of
from .test_numbers import _questions


def _article_questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in numbers.extract(doc) if c.question}


def test_a_headline_line_gives_no_number_question() -> None:
    it = _article_questions(
        "Cronaca › Città\n\nPisa, apre il nuovo museo: 400 opere raccontano la storia del porto\n\n"
        "Il museo riunisce oltre 400 opere tra dipinti e mappe.\n",
        "it",
    )
    assert it == {"Quante opere riunisce il museo?": "400"}
    en = _article_questions(
        "News › City\n\nLeeds opens its new library: 90,000 books fill the old mill\n\n"
        "The library holds 90,000 books on four floors.\n",
        "en",
    )
    assert "How many books fill the old mill?" not in en


def test_a_list_item_without_a_stop_is_no_headline() -> None:
    doc = build_document(
        clean(
            "Titolo di un articolo di prova qui\n\nIl comune ha chiuso le scuole.\n\n"
            "I numeri\n\n- 31 comuni con le scuole chiuse\n- 87 frane attive\n"
        ),
        "it",
    )
    clozes = [c.cloze for c in numbers.extract(doc) if c.cloze]
    assert any("{{c1::87}}" in c for c in clozes)


def test_a_share_agrees_with_percentuale() -> None:
    it = _questions(
        "Solo il 30 per cento delle case era assicurato contro gli incendi. "
        "Il 20% dei soci è stato escluso dal voto. Il 12% dei residenti è oggi in affitto."
    )
    assert it == {
        "Quale percentuale delle case era assicurata contro gli incendi?": "30%",
        "Quale percentuale dei soci è stata esclusa dal voto?": "20%",
        "Quale percentuale dei residenti è oggi in affitto?": "12%",
    }


def test_years_a_person_was_given_are_no_age() -> None:
    it = _questions(
        "Il commercialista, che in primo grado aveva avuto tre anni, è stato assolto. "
        "Il sindaco è stato condannato a due anni."
    )
    assert it == {"A quanti anni è stato condannato il sindaco?": "due"}
    en = _questions("The driver, who was given two years in 2019, was cleared on Monday.", "en")
    assert en == {}


def test_a_vote_names_what_it_was_on() -> None:
    it = _questions(
        "Il consiglio comunale di Pisa ha approvato nella notte il piano di recupero delle mura, "
        "il progetto più atteso.\n\nIl voto è arrivato alle 2.10, dopo una seduta cominciata "
        "alle 17.30: 18 consiglieri hanno votato a favore, 7 contro e 3 si sono astenuti."
    )
    assert it == {
        "Quanti consiglieri hanno votato a favore del piano di recupero delle mura?": "18"
    }
    en = _questions(
        "The city council approved on Monday night the plan to rebuild the harbour wall, the "
        "most debated project of the term.\n\nThe vote came at 1.10am, after a session that "
        "began at 6pm: 18 councillors voted in favour, seven against and two abstained.",
        "en",
    )
    assert en == {
        "How many councillors voted in favour of the plan to rebuild the harbour wall?": "18"
    }
    # nothing before tells what was voted on: no question
    alone = _questions(
        "Il voto è arrivato alle 2.10, dopo una seduta cominciata alle 17.30: 18 consiglieri "
        "hanno votato a favore, 7 contro e 3 si sono astenuti."
    )
    assert alone == {}


def test_an_estimate_is_asked_with_its_source() -> None:
    it = _questions(
        "Secondo la stima diffusa ieri dalla Coldiretti, i danni ammontano a circa 30 milioni di "
        "euro. Secondo il sindaco, i lavori costeranno 3 milioni di euro."
    )
    assert it == {
        "Secondo la stima diffusa ieri dalla Coldiretti, a quanto ammontano i danni?": (
            "30 milioni di euro"
        ),
        "Quanto costeranno i lavori?": "3 milioni di euro",
    }
    en = _questions(
        "According to estimates published by the agency on Monday, the storm destroyed 1,200 "
        "homes.",
        "en",
    )
    assert en == {
        "According to estimates published by the agency on Monday, how many homes did the storm "
        "destroy?": "1,200"
    }


def test_a_rate_after_a_sum_is_said_with_a_after_the_verb() -> None:
    it = _questions(
        "I risparmi previsti dal piano ammontano a 40 milioni di euro l’anno dal 2027. "
        "La ditta incassa 2.000 euro il mese dal comune."
    )
    assert it == {
        "A quanto ammontano all’anno i risparmi previsti dal piano dal 2027?": "40 milioni di euro",
        "Quanto incassa al mese la ditta dal comune?": "2.000 euro",
    }


def test_tra_keeps_both_ends_or_none() -> None:
    it = _questions("Il fondo vale 30 milioni di euro tra contributi e prestiti, da spendere.")
    assert it == {"Quanto vale il fondo?": "30 milioni di euro"}


def test_a_speed_in_an_aside_is_asked_with_its_participle() -> None:
    it = _questions(
        "La tempesta ha colpito la costa, mentre le raffiche di vento, registrate a 110 "
        "chilometri orari dalla stazione del porto, hanno abbattuto alberi. "
        "Il vento, misurato a 90 km/h, ha piegato i pali."
    )
    assert it == {
        "A che velocità sono state registrate le raffiche di vento dalla stazione del porto?": (
            "110 chilometri orari"
        ),
        "A che velocità è stato misurato il vento?": "90 km/h",
    }
    en = _questions(
        "The storm hit the coast overnight, and the winds, recorded at 80mph by the Met Office "
        "station, brought down trees. The gust, measured at up to 70mph, broke a mast.",
        "en",
    )
    assert en == {
        "At what speed were the winds recorded by the Met Office station?": "80mph",
        "At what speed was the gust measured?": "70mph",
    }


def test_a_quality_of_the_counted_stays_with_it() -> None:
    it = _questions(
        "La Regione ha inviato 6 pompe ad alta portata e 40 volontari della colonna mobile. "
        "L’azienda ha assunto 25 tecnici a tempo indeterminato nel 2024. "
        "La torre è composta da sei sale su due piani."
    )
    assert it == {
        "Quante pompe ad alta portata ha inviato la Regione?": "6",
        "Quanti tecnici a tempo indeterminato ha assunto l’azienda nel 2024?": "25",
        "Da quante sale è composta la torre?": "sei",
    }


def test_a_length_in_an_apposition_of_the_subject_is_the_subject_s() -> None:
    it = _questions(
        "Il Tevere è il fiume di Roma, un corso d’acqua lungo circa 405 chilometri che nasce "
        "in Romagna. La città è il capoluogo, una zona lunga 5 chilometri che piace."
    )
    assert it == {
        "Quanto è lungo il Tevere?": "405 chilometri",
        "Quanto è lunga la zona?": "5 chilometri",
    }


def test_an_english_length_in_an_apposition_is_the_name_s() -> None:
    en = _questions(
        "Crowds queued to ride the first trains on Leeds’s new Silver Line, a 12km light-rail "
        "route that links the station with the airport. The council paid for Leeds, a 5km route "
        "of parks.",
        "en",
    )
    assert en == {"How long is the Silver Line?": "12km", "How long is the route?": "5km"}


def test_a_vote_against_names_what_it_was_on() -> None:
    it = _questions(
        "Il consiglio regionale ha respinto ieri la mozione sulla sanità, dopo tre ore.\n\n"
        "La seduta è finita alle 23: 12 consiglieri hanno votato contro, 9 a favore."
    )
    assert it == {"Quanti consiglieri hanno votato contro la mozione sulla sanità?": "12"}
    en = _questions(
        "The assembly rejected on Friday the bill on housing, after a long debate.\n\n"
        "The session ended at 11pm: 40 members voted against, 31 in favour.",
        "en",
    )
    assert en == {"How many members voted against the bill on housing?": "40"}


def test_a_word_of_quantity_after_the_counted_noun_stays_out_of_it() -> None:
    """'ogni anno' after the count is a time of the clause, not part of what is counted."""
    asked = _questions("Il parco è frequentato da 3.000 visitatori ogni giorno.")
    assert asked == {"Da quanti visitatori è frequentato il parco ogni giorno?": "3.000"}
    asked = _questions("Il rifugio ospita 40 escursionisti ogni notte.")
    assert asked == {"Quanti escursionisti ospita il rifugio ogni notte?": "40"}


def test_the_present_of_dare_is_a_verb() -> None:
    asked = _questions("La cartiera dà lavoro a 85 persone.")
    assert asked == {"A quante persone la cartiera dà lavoro?": "85"}


def test_a_verb_in_s_before_a_bare_object_is_no_plural_subject() -> None:
    """'The mill provides| work for 60 people': 'provides' is the verb, not a plural noun of
    the subject with 'work' as its verb."""
    asked = _questions("The mill provides work for 60 people.", "en")
    assert asked == {"For how many people does the mill provide work?": "60"}


def test_last_year_after_the_count_is_no_rate() -> None:
    """'300 coperti l’anno' is a rate ('all’anno'); '300 coperti l’anno scorso' is a time."""
    asked = _questions("La sagra ha servito 300 coperti l'anno scorso.")
    assert asked == {"Quanti coperti ha servito la sagra l’anno scorso?": "300"}
    asked = _questions("La sagra serve 300 coperti l'anno.")
    assert asked == {"Quanti coperti serve la sagra all’anno?": "300"}


def test_a_participle_before_a_figure_is_no_verb() -> None:
    """'carrying a combined| 7,800 passengers': 'combined' describes the figure."""
    asked = _questions("Two ferries carrying a combined 900 passengers are due on Friday.", "en")
    assert not any("combine" in q for q in asked)
    asked = _questions("The two firms employ a combined 400 staff.", "en")
    assert asked == {"How many staff do the two firms employ?": "400"}


def test_an_adjective_in_ed_before_a_sum_is_no_verb() -> None:
    asked = questions_of(
        "Hotels are full, while traders welcome an expected $4 million boost to the town.", "en"
    )
    assert not any("expect " in q for q in asked)


def test_a_range_after_a_duration_is_no_size_of_it() -> None:
    """'da 18 metri' after '12 autobus' is the size of each; 'da 4 a 6 euro' after 'tre
    settimane' is a range of the clause, which the question keeps whole."""
    asked = _questions("Il biglietto è salito in due mesi da 3 a 5 euro.")
    durations = {q: a for q, a in asked.items() if q.startswith("In ")}
    assert durations == {"In quanti mesi è salito il biglietto da 3 a 5 euro?": "due"}


def test_a_copula_count_never_keeps_half_a_range() -> None:
    asked = _questions("Sono 40 i pini abbattuti tra l'inverno del 2022 e la primavera del 2023.")
    assert asked == {"Quanti sono i pini abbattuti?": "40"}


def test_a_dimension_agrees_with_the_subject_not_the_described_noun() -> None:
    """'Il lago è un’opera lunga 3 chilometri': the question is of the lake."""
    asked = _questions("Il canale è una via d'acqua lunga circa 12 chilometri.")
    assert asked == {"Quanto è lungo il canale?": "12 chilometri"}


def test_more_of_the_same_before_a_counted_subject_is_asked_how_many_more() -> None:
    asked = _questions("Another 35 flats will be finished next spring.", "en")
    assert asked == {"How many more flats will be finished next spring?": "35"}
    asked = _questions("A further 12 oaks need pruning.", "en")
    assert asked == {"How many more oaks need pruning?": "12"}
    asked = _questions("Altre 9 scuole hanno aderito al progetto.")
    assert asked == {"Quante altre scuole hanno aderito al progetto?": "9"}
