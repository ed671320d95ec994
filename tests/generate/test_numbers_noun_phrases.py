"""Counts and measures inside a noun phrase: a figure joined to the noun it sizes ('a 60-pupil
school', 'tre pullman da 54 posti'), a figure after 'is a' that tells what its subject has
('Elm Park is a 90-pupil primary'), a count in a 'with'/'con' phrase that opens the sentence
before its subject ('With 900 members, the choir is ...')."""

from __future__ import annotations

from .test_numbers import _questions


def test_an_english_compound_of_people_or_places_is_asked_of_its_noun() -> None:
    en = _questions(
        "The diocese will build a 60-pupil school beside the church. "
        "The charity has opened a 24-place nursery in Dunoon. "
        "The firm plans to train a 15-person crew for the ferry.",
        "en",
    )
    assert en["How many pupils are in the school the diocese will build beside the church?"] == (
        "60"
    )
    assert en["How many places are in the nursery the charity has opened in Dunoon?"] == "24"
    assert en["How many people are in the crew the firm plans to train for the ferry?"] == "15"


def test_a_word_of_time_after_the_compound_ends_its_noun() -> None:
    en = _questions("The health board will open a 16-bed unit next winter.", "en")
    assert en == {"How many beds are in the unit the health board will open next winter?": "16"}


def test_an_english_compound_with_a_decimal_area() -> None:
    en = _questions("The distillery bought a 4.5-hectare field near the river.", "en")
    assert en["How large is the field the distillery bought near the river?"] == "4.5 hectares"


def test_a_compound_after_is_a_tells_what_the_subject_has() -> None:
    en = _questions(
        "Elm Park is a 90-pupil primary in the east of the town. The Harbour Inn was a 7-room "
        "hotel.",
        "en",
    )
    assert en == {
        "How many pupils does Elm Park have?": "90",
        "How many rooms did the Harbour Inn have?": "7",
    }
    # A duration after "is a" is no count the subject has.
    assert _questions("The deal is a 5-year contract.", "en") == {}


def test_the_size_of_each_of_the_things_an_italian_verb_counts() -> None:
    it = _questions(
        "L’azienda di trasporto comprerà tre pullman da 54 posti. "
        "Il consorzio ha varato due traghetti da 300 posti ciascuno.",
    )
    assert it["Di quanti posti sono i pullman che l’azienda di trasporto comprerà?"] == "54"
    assert it["Di quanti posti sono i traghetti che il consorzio ha varato?"] == "300"
    # "ciascuno" goes with the size in the count of the things, not to the question's end
    assert it["Quanti traghetti da 300 posti ciascuno ha varato il consorzio?"] == "due"
    passive = _questions("Saranno noleggiate sei navette da 20 posti.")
    assert passive["Di quanti posti sono le navette che saranno noleggiate?"] == "20"


def test_a_da_after_a_participle_is_no_size() -> None:
    it = _questions("Il tribunale ha ascoltato quattro testimoni provenienti da 12 paesi.")
    assert not any(q.startswith("Di quant") for q in it)


def test_an_italian_capacity_with_da_is_asked_of_its_noun_phrase() -> None:
    it = _questions(
        "Il progetto comprende una piscina di 25 metri e una tribuna coperta da 1.500 posti. "
        "Il Comune ha confermato che il dormitorio da 40 letti sarà aperto entro dicembre.",
    )
    assert it["Quanti posti ha la tribuna coperta?"] == "1.500"
    assert it["Quanti letti avrà il dormitorio?"] == "40"
    # Whose the thing is cannot be said without its owner; a kind of place is no one place.
    owned = _questions("La cooperativa ha lanciato un proprio ostello da 30 letti.")
    assert not any(q.startswith("Quanti letti") for q in owned)
    kinds = _questions("Gli ostelli da 30 letti sono sempre più rari.")
    assert not any(q.startswith("Quanti letti") for q in kinds)


def test_a_compound_after_a_name_and_its_comma_describes_the_name() -> None:
    en = _questions(
        "The otters were released at Brackenhill Moss, a 610-hectare reserve near Kendal. "
        "The crew stayed at the Quayside Lodge, a 14-room guest house on the harbour.",
        "en",
    )
    assert en["How large is Brackenhill Moss?"] == "610 hectares"
    assert en["How many rooms does the Quayside Lodge have?"] == "14"
    # A day that opens the sentence is no name the compound describes.
    day = _questions("On Friday, a 30-bed ward opened at the infirmary.", "en")
    assert "How many beds does Friday have?" not in day


def test_an_italian_noun_phrase_with_con_and_what_it_is_equipped_with() -> None:
    it = _questions(
        "Il Comune ha annunciato una navetta con 16 corse giornaliere, che partirà a giugno. "
        "Al primo piano ci sarà un’aula studio con 60 postazioni.",
    )
    assert it["Quante corse giornaliere avrà la navetta?"] == "16"
    assert it["Quante postazioni avrà l’aula studio?"] == "60"
    # What a rule asks for is not what the place has.
    asked = _questions("Il regolamento richiede una sala stampa con dieci postazioni.")
    assert not any(q.startswith("Quante postazioni ha") for q in asked)


def test_a_compound_no_clause_frames_is_asked_of_its_noun() -> None:
    en = _questions(
        "Members backed the plan, which will see a 90-pupil school and a 20-place nursery built "
        "beside the park.",
        "en",
    )
    assert en["How many pupils will the school have?"] == "90"
    assert en["How many places will the nursery have?"] == "20"
