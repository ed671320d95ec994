"""Measures a plain 'X is N units long' does not hold (numbers.measured): the magnitude of a
quake, the temperature a thing is kept or treated at, a change in a unit, a dimension 'in
length', a bound a rule sets, and a dimension in an apposition after a noun that opens its
sentence with a preposition. On small texts of their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean


def questions(text: str, language: str = "en") -> dict[str, str]:
    title = "Story" if language == "en" else "Notizia"
    doc = build_document(clean(f"{title}\n\n{text}\n"), language)
    found = (numbers.with_bound(c, language) for c in numbers.extract(doc))
    return {c.question: c.answer for c in found if c.question}


def test_the_magnitude_of_a_quake_is_asked_with_the_clause_it_is_the_subject_of() -> None:
    text = "Il campanile cadde quando un sisma di magnitudo 5,8 colpì la Marsica."
    assert questions(text, "it")["Di che magnitudo era il sisma che colpì la Marsica?"] == "5,8"
    text = "Nel 2009 la scossa di magnitudo 4,4 con epicentro a Paganica svegliò la città."
    assert questions(text, "it")["Di che magnitudo era la scossa che svegliò la città?"] == "4,4"
    text = "A magnitude 5.9 quake damaged the harbour wall in March."
    qs = questions(text)
    assert (
        qs["What was the magnitude of the quake that damaged the harbour wall in March?"] == "5.9"
    )
    qs = questions("The chapel was rebuilt after a 5.2-magnitude earthquake in 1984.")
    assert qs["What was the magnitude of the earthquake in 1984?"] == "5.2"


def test_the_quake_is_named_by_its_date_or_place_after_the_magnitude() -> None:
    text = "Il municipio è chiuso dalla scossa di magnitudo 4,7 del 12 marzo 2019."
    qs = questions(text, "it")
    assert qs["Di che magnitudo era la scossa del 12 marzo 2019?"] == "4,7"
    text = (
        "Le scuole riaprono dopo la scossa di magnitudo 4,3 che in aprile aveva lesionato il liceo."
    )
    qs = questions(text, "it")
    assert qs["Di che magnitudo era la scossa che in aprile aveva lesionato il liceo?"] == "4,3"


def test_the_temperature_a_thing_is_kept_at_is_asked_at_what_temperature() -> None:
    qs = questions("The vaccines must be stored at about 5C until they are used.")
    assert qs["At what temperature must the vaccines be stored?"] == "about 5C"
    qs = questions("The seeds have to be kept at a constant 4C.")
    assert qs["At what temperature do the seeds have to be kept?"] == "4C"
    qs = questions("I formaggi vengono stagionati a 8 gradi in grotta.", "it")
    assert qs["A quale temperatura vengono stagionati i formaggi?"] == "8 gradi"


def test_a_temperature_reached_is_no_temperature_a_thing_is_kept_at() -> None:
    qs = questions("Temperatures rose to 38C at Heathrow.")
    assert not any(q.startswith(("At what", "To what")) for q in qs)
    qs = questions("La colonnina di mercurio è salita a 38 gradi.", "it")
    assert not any(q.startswith("A quale temperatura") for q in qs)


def test_an_english_change_in_a_unit_is_asked_by_how_much() -> None:
    qs = questions("Water levels in the reservoir have fallen by nearly 3 metres since May.")
    assert (
        qs["By how much have water levels in the reservoir fallen since May?"] == "nearly 3 metres"
    )
    qs = questions("Average summer temperatures rose by 2C over the decade.")
    assert qs["By how much did average summer temperatures rise over the decade?"] == "2C"


def test_a_dimension_in_length_is_asked_how_long() -> None:
    qs = questions("The new pier will be 240 metres in length.")
    assert qs["How long will the new pier be?"] == "240 metres"
    text = "The crews lay pipes that can be up to 12 metres in length."
    assert questions(text)["How long can the pipes be?"] == "up to 12 metres"


def test_an_italian_bound_a_rule_sets_is_asked_as_a_minimum_or_maximum() -> None:
    qs = questions("Il pecorino non può stagionare meno di 60 giorni.", "it")
    assert not qs.get("Quanto deve stagionare come minimo il pecorino?")  # no measure verb
    qs = questions("Ogni forma non può pesare meno di 8 chili.", "it")
    assert qs["Quanto deve pesare come minimo ogni forma?"] == "8 chili"
    text = "Il sale si dosa in base al peso della forma, che non può pesare più di 12 chili."
    assert questions(text, "it")["Quanto deve pesare al massimo la forma?"] == "12 chili"


def test_a_dimension_after_a_noun_that_opens_with_a_preposition_is_asked() -> None:
    text = "Dal campanile, alto 52 metri, si vede tutta la laguna."
    assert questions(text, "it")["Quanto è alto il campanile?"] == "52 metri"
    text = "From the tower, 52 metres high, visitors can see the whole lagoon."
    assert questions(text)["How high is the tower?"] == "52 metres"


def test_the_speed_of_gusts_after_a_bound_or_reached_is_asked() -> None:
    qs = questions("The gale lashed the harbour with gusts of more than 70mph.")
    assert qs["What speed did the gusts reach?"] == "more than 70mph"
    qs = questions("Winds reached 85mph at the lighthouse on Friday.")
    assert qs["What speed did winds reach at the lighthouse on Friday?"] == "85mph"
    qs = questions("Le raffiche hanno superato i 120 km/h sul crinale.", "it")
    assert qs["Che velocità hanno superato le raffiche sul crinale?"] == "120 km/h"


def test_an_area_as_a_compound_after_a_preposition_is_asked_with_its_place() -> None:
    text = "The charity is planting willows on a 12-acre site beside the canal."
    assert questions(text)["How large is the site beside the canal?"] == "12 acres"
    qs = questions("The charity is planting willows on a 12-acre site.")
    assert not any(q.startswith("How large") for q in qs)  # no place: which site?


def test_the_area_an_entry_description_covers_is_asked_of_the_entry() -> None:
    text = (
        "Lough Erne\n\nLough Erne is a lake in County Fermanagh.\n\nLough Melvin\n\n"
        "A lake on the border of Leitrim and Fermanagh, covering about 21 square kilometres."
    )
    assert questions(text)["How large is Lough Melvin?"] == "about 21 square kilometres"


def test_an_italian_thing_named_with_its_measure_is_asked_how_large_or_long() -> None:
    text = "Il Comune ha messo a disposizione un uliveto di 6 ettari alle porte del paese."
    assert questions(text, "it")["Quanto è grande l’uliveto?"] == "6 ettari"
    text = "L’azienda aprirà un magazzino da 8.000 metri quadrati vicino al casello."
    assert questions(text, "it")["Quanto sarà grande il magazzino?"] == "8.000 metri quadrati"
    text = "Il piano comprende 40 nuovi lampioni, un sentiero di 3,5 chilometri e un parcheggio."
    assert questions(text, "it")["Quanto è lungo il sentiero?"] == "3,5 chilometri"


def test_an_italian_change_of_a_measure_is_no_size_of_a_thing() -> None:
    qs = questions("Il lago ha subito un abbassamento di 2 metri in un mese.", "it")
    assert not any(q.startswith("Quanto è") for q in qs)


def test_a_change_a_verb_makes_to_its_object_in_a_unit_is_asked_by_how_much() -> None:
    qs = questions("The new timetable will cut travel times by 15 minutes.")
    assert qs["By how much will the new timetable cut travel times?"] == "15 minutes"
    qs = questions("La nuova caldaia ridurrà i consumi di gasolio di 40 tonnellate.", "it")
    assert qs["Di quanto la nuova caldaia ridurrà i consumi di gasolio?"] == "40 tonnellate"


def test_an_italian_thing_and_its_measure_with_a_place_after_it_is_asked() -> None:
    text = "Il progetto comprende una passerella di 240 metri sopra il torrente."
    assert questions(text, "it")["Quanto è lunga la passerella?"] == "240 metri"
    text = "Sarà scavata una galleria di 800 metri sotto la collina."
    assert questions(text, "it")["Quanto sarà lunga la galleria?"] == "800 metri"
    text = "Il comune rifarà un tratto di 800 metri tra il ponte e la chiesa."
    assert not any(q.startswith("Quanto") for q in questions(text, "it"))


def test_the_most_a_rule_allows_is_asked_with_at_most() -> None:
    text = "La tassa si paga per un massimo di cinque notti consecutive."
    qs = questions(text, "it")
    assert qs["Per quante notti consecutive al massimo si paga la tassa?"] == "cinque notti"
    text = "I soci potranno restare nel rifugio per un massimo di 12 giorni."
    qs = questions(text, "it")
    assert qs["Per quanti giorni al massimo potranno restare nel rifugio i soci?"] == "12 giorni"
    qs = questions("The bridge may be shut for a maximum of 14 nights a year.")
    assert qs["For how many nights a year at most may the bridge be shut?"] == "14 nights"
