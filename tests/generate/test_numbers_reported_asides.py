"""A clause with an aside of who reports it between its subject and its verb ('Ticket sales,
she added, rose by 12%', 'La spesa, ha spiegato il sindaco, è cresciuta del 18%'): the fact
holds without the aside, and the question leaves it out."""

from __future__ import annotations

from .test_numbers import _questions


def test_an_english_aside_of_who_says_so_is_left_out() -> None:
    en = _questions(
        "Ticket sales, she added, rose by 12% last year. "
        "The new hall, officials said, will cost £4m. "
        "The gallery, he said, has 400 paintings.",
        "en",
    )
    assert en == {
        "By how much did ticket sales rise last year?": "12%",
        "How much will the new hall cost?": "£4m",
        "How many paintings does the gallery have?": "400",
    }


def test_an_italian_aside_of_who_says_so_is_left_out() -> None:
    it = _questions(
        "La spesa, ha spiegato il sindaco, è cresciuta del 18%. "
        "Il cantiere, hanno detto i sindacati, ha 300 operai."
    )
    assert it == {
        "Di quanto è cresciuta la spesa?": "18%",
        "Quanti operai ha il cantiere?": "300",
    }


def test_a_phrase_that_opens_with_during_stays_in_the_question() -> None:
    en = _questions("The fire burned 400 hectares during the night.", "en")
    assert en == {"How many hectares did the fire burn during the night?": "400 hectares"}


def test_a_source_after_a_leading_phrase_is_left_out_and_the_phrase_kept() -> None:
    it = _questions(
        "Negli ultimi tre anni, secondo la Camera di commercio, le esportazioni del "
        "distretto sono cresciute del 21%."
    )
    asked = "Di quanto sono cresciute le esportazioni del distretto negli ultimi tre anni?"
    assert it == {asked: "21%"}
    en = _questions(
        "During the winter, according to the trust, the reserve recorded 400 pups.", "en"
    )
    assert en == {"How many pups did the reserve record during the winter?": "400"}


def test_a_leading_aim_with_a_clitic_is_no_phrase_a_question_keeps() -> None:
    it = _questions(
        "Per riuscirci, secondo i tecnici, la Regione dovrebbe piantare almeno 40.000 alberi."
    )
    assert not any("riuscirci" in q for q in it)


def test_a_bare_english_subject_after_a_leading_source_is_the_subject() -> None:
    en = _questions(
        "According to the ONS, unemployment rose by 0.4% in May. "
        "According to the council, bus use in the city fell by 12 per cent last year.",
        "en",
    )
    assert en == {
        "By how much did unemployment rise in May?": "0.4%",
        "By how much did bus use in the city fall last year?": "12 per cent",
    }
    adverbial = _questions("According to the trust, last year the reserve recorded 400 pups.", "en")
    assert "How many pups did last year the reserve record?" not in adverbial


def test_a_phrase_that_opens_a_reported_clause_goes_to_the_end() -> None:
    it = _questions("Il sindaco ha detto che nel 2024 il castello ha avuto 40.000 visitatori.")
    assert it == {"Quanti visitatori ha avuto il castello nel 2024?": "40.000"}
    en = _questions("The mayor said that in 2024 the castle had 40,000 visitors.", "en")
    assert en == {"How many visitors did the castle have in 2024?": "40,000"}


def test_a_bare_plural_and_its_place_open_a_reported_clause() -> None:
    en = _questions("Figures show that overnight stays in Galway grew by 5.1% last year.", "en")
    assert en == {"By how much did overnight stays in Galway grow last year?": "5.1%"}


def test_an_italian_adjective_of_the_counted_leaves_the_clause_after_it() -> None:
    it = _questions(
        "Le spiagge sono state chiuse alla balneazione per 41 giorni complessivi a causa "
        "degli sforamenti."
    )
    asked = (
        "Per quanti giorni sono state chiuse le spiagge alla balneazione a causa degli sforamenti?"
    )
    assert it == {asked: "41"}


def test_an_adverb_after_an_aside_is_no_break_before_the_verb() -> None:
    en = _questions("The charity, founded in 1987, now supports 1,200 families.", "en")
    assert en["How many families does the charity support?"] == "1,200"
    it = _questions("Il museo, aperto nel 1990, ora conta 4.000 reperti.")
    assert it["Quanti reperti conta il museo?"] == "4.000"


def test_an_adverb_of_the_present_goes_to_the_end_of_the_question() -> None:
    en = _questions(
        "Today the charity supports 1,200 families. The museum today holds 4,000 objects.",
        "en",
    )
    assert en == {
        "How many families does the charity support today?": "1,200",
        "How many objects does the museum hold today?": "4,000",
    }
    it = _questions("Attualmente il museo conta 4.000 reperti.")
    assert it == {"Quanti reperti conta il museo attualmente?": "4.000"}
