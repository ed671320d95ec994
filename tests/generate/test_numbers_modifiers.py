"""Number facts whose count has a word between its parts: an adverb between the verb and the
number, a modal before the verb, a measure named by a noun, a count after a preposition of
place, a percentage of a whole as any verb's object."""

from __future__ import annotations

from quizlib.generate import generate_deck

from .test_numbers import _questions


def test_an_adverb_between_the_verb_and_the_count_goes_to_the_end() -> None:
    it = _questions(
        "L’associazione conta oggi 85 iscritti. "
        "La palestra è costata complessivamente 900.000 euro. "
        "La biblioteca custodisce attualmente 12.000 volumi."
    )
    assert it == {
        "Quanti iscritti conta l’associazione oggi?": "85",
        "Quanto è costata la palestra complessivamente?": "900.000 euro",
        "Quanti volumi custodisce la biblioteca attualmente?": "12.000",
    }
    en = _questions("The choir has today 64 singers.", "en")
    assert en == {"How many singers does the choir have today?": "64"}


def test_a_modal_opens_the_english_question() -> None:
    en = _questions(
        "The charity must feed the ponies for at least three winters. "
        "The school could hire 12 teachers.",
        "en",
    )
    assert en == {
        "For how many winters must the charity feed the ponies?": "three",
        "How many teachers could the school hire?": "12",
    }


def test_a_measure_named_by_a_noun() -> None:
    it = _questions(
        "La pista da sci supera un dislivello di 700 metri. "
        "Lo stagno ha una profondità media di circa 3 metri. "
        "Il borgo si trova a un’altitudine di 1.240 metri."
    )
    assert it == {
        "Quale dislivello supera la pista da sci?": "700 metri",
        "Qual è la profondità media dello stagno?": "3 metri",
        "A quale altitudine si trova il borgo?": "1.240 metri",
    }
    en = _questions(
        "The probe reached a depth of 4,100 metres. The pond has a maximum depth of 2 metres.",
        "en",
    )
    assert en == {
        "What depth did the probe reach?": "4,100 metres",
        "What is the maximum depth of the pond?": "2 metres",
    }
    # A stretch is no measure: not "Quale tratto ...?", but how long the stretch is.
    assert _questions("Il progetto interessa un tratto di 5 chilometri.") == {
        "Di quanti chilometri è il tratto che interessa il progetto?": "5 chilometri"
    }


def test_a_decimal_comma_is_no_break_of_the_clause() -> None:
    it = _questions("La pista è lunga 2,4 chilometri e supera un dislivello di 310 metri.")
    assert it["Quale dislivello supera la pista?"] == "310 metri"


def test_lungo_before_an_article_is_a_preposition() -> None:
    it = _questions("Saranno piantati 300 nuovi alberi lungo il viale.")
    assert it == {"Quanti nuovi alberi saranno piantati lungo il viale?": "300"}


def test_a_count_after_a_preposition_of_place() -> None:
    en = _questions(
        "The pilgrims came from 23 countries. The airline flies to 60 destinations.", "en"
    )
    assert en == {
        "From how many countries did the pilgrims come?": "23",
        "To how many destinations does the airline fly?": "60",
    }
    # From one number to another is a change, and a count inside the subject is its noun's.
    assert (
        _questions("The membership has fallen from 340 members in 2010 to 120.", "en").get(
            "From how many members has the membership fallen in 2010 to 120?"
        )
        is None
    )


def test_a_percentage_of_a_whole_as_any_verbs_object() -> None:
    it = _questions(
        "Il Comune ha coperto il 60% della spesa. Il frumento occupa circa il 45 per cento "
        "della pianura. Il 30% della somma è anticipato dalla banca."
    )
    assert it == {
        "Quale percentuale della spesa ha coperto il Comune?": "60%",
        "Quale percentuale della pianura occupa il frumento?": "45 per cento",
        "Quale percentuale della somma è anticipata dalla banca?": "30%",
    }
    en = _questions(
        "The valley grows an estimated 18 per cent of the nation’s apples. "
        "The town has spent 12 per cent of its budget on parks.",
        "en",
    )
    assert en == {
        "What share of the nation’s apples does the valley grow?": "18 per cent",
        "What share of its budget has the town spent on parks?": "12 per cent",
    }


def test_the_age_of_someone_a_passive_tells_of() -> None:
    en = _questions(
        "Officers said that a 34-year-old driver from Leeds had been charged with speeding "
        "and released. A 12-year-old girl was rescued from the river.",
        "en",
    )
    assert en == {
        "How old was the driver from Leeds who had been charged with speeding?": "34",
        "How old was the girl who was rescued from the river?": "12",
    }
    it = _questions(
        "Un operaio di 52 anni è stato ferito nel cantiere. "
        "Una turista di 30 anni di Torino è stata soccorsa sul sentiero."
    )
    assert it == {
        "Quanti anni ha l’operaio ferito nel cantiere?": "52",
        "Quanti anni ha la turista di Torino soccorsa sul sentiero?": "30",
    }


def test_a_rate_after_a_counted_subject_goes_to_the_end() -> None:
    en = _questions("About 900 cyclists a day used the towpath.", "en")
    assert en == {"How many cyclists used the towpath a day?": "900"}
    it = _questions("Circa 700 studenti al giorno frequentano la mensa.")
    assert it == {"Quanti studenti frequentano la mensa al giorno?": "700"}


def test_a_figure_s_sign_is_not_left_in_the_question() -> None:
    deck = generate_deck(
        "A test headline\n\nTemperatures in the valley fell to minus 12 degrees.\n", language="en"
    )
    assert not any(c.question and "minus" in c.question for c in deck.cards)
    assert any(c.cloze and "12" in c.cloze for c in deck.cards)  # the cloze stays
    deck = generate_deck(
        "Titolo di prova\n\nLe temperature nella valle sono scese a meno 12 gradi.\n", language="it"
    )
    assert not any(c.question and "meno" in c.question for c in deck.cards)


def test_a_copula_s_figure_is_read_whole_before_a_phrase() -> None:
    questions = _questions("Le domande accolte sono 1.300 nella sola Pavia.")
    assert "1" not in questions.values()


def test_a_unit_keeps_its_adjective_before_a_phrase_of_time() -> None:
    questions = _questions("L’area del lago era di circa 9 chilometri quadrati nel 1960.")
    assert "Di quanti chilometri era l’area del lago?" not in questions
    assert any("chilometri quadrati" in answer for answer in questions.values())


def test_a_determiner_opening_the_subject_is_lowercased_in_the_question() -> None:
    text = (
        "Titolo di prova\n\n«Ogni scuola conta», ha detto il sindaco. "
        "Ogni scuola dovrà ridurre di almeno tre classi i consumi della palestra.\n"
    )
    questions = [c.question for c in generate_deck(text, language="it").cards if c.question]
    assert "Di quante classi dovrà ridurre ogni scuola i consumi della palestra?" in questions
