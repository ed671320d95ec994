"""Wrong questions of a few shapes, each dropped or set right whatever extractor made it: a
company name ending in a dotted abbreviation, a web address cut at its point, a count asked of
the first of two joined verbs, a quotation cut inside a 'che' clause opened by a determiner."""

from __future__ import annotations

from .helpers import questions_of


def _heading(text: str, language: str) -> str:
    return ("Titolo di prova\n\n" if language == "it" else "A test headline\n\n") + text


def test_a_company_name_keeps_the_final_point_of_its_abbreviation() -> None:
    it = questions_of(_heading("La Cementi Rossi S.p.A. ha vinto l’appalto.", "it"), "it")
    assert it.get("Chi ha vinto l’appalto?") == "Cementi Rossi S.p.A."
    assert not any(q.startswith("Chi .") for q in it)


def test_a_web_address_is_not_cut_at_its_point() -> None:
    en = questions_of(
        _heading("Each permit will cost $5 through Parkpass.org, on top of the fee.", "en"), "en"
    )
    assert not any(q.endswith("Parkpass?") for q in en)
    it = questions_of(
        _heading("Ogni permesso costerà 5 euro tramite Parcopass.it, oltre alla tassa.", "it"), "it"
    )
    assert not any(q.endswith("Parcopass?") for q in it)


def test_a_count_is_not_asked_of_the_first_of_two_joined_verbs() -> None:
    it = questions_of(
        _heading(
            "La riserva è stata fondata nel 1975 e tutela circa 3.000 ettari di boschi.", "it"
        ),
        "it",
    )
    assert not any("e tutela?" in q for q in it)


def test_a_verb_joined_after_a_counted_noun_is_not_counted() -> None:
    en = questions_of(
        _heading("Hikers use the north garage, which has 150 spaces and fills by 7 a.m.", "en"),
        "en",
    )
    assert not any("spaces and fills" in q for q in en)
    kept = questions_of(_heading("The new hotel has 40 rooms and suites at the top.", "en"), "en")
    assert any(q.startswith("How many rooms and suites") for q in kept)


def test_a_quotation_is_not_cut_inside_a_clause_a_determiner_opens() -> None:
    it = questions_of(
        _heading(
            "Il sindaco, Paolo Bianchi, è preoccupato. «E il pericolo vero è che qualche bottega "
            "del centro, per risparmiare, venda un vino qualunque comprato altrove», ha detto.",
            "it",
        ),
        "it",
    )
    assert not any(q.endswith("qualche bottega del centro”?") for q in it)
    en = questions_of(
        _heading(
            "The mayor, Paul White, is worried. “The real danger is that some shops downtown, to "
            "save money, will sell a cheap wine bought elsewhere,” he said.",
            "en",
        ),
        "en",
    )
    assert not any(q.endswith("some shops downtown”?") for q in en)


def test_a_reverse_definition_is_not_cut_between_an_adverb_and_its_participle() -> None:
    from .test_definitions import entry

    en = entry(
        "Willow Tribes",
        "The Willow Tribes are a federally recognized confederation of three peoples based in "
        "Riverton, Oregon.",
        "en",
    )
    assert not any(q.startswith("Which federally") for q in en), en
    assert "a federally" not in en.values()
    it = entry(
        "Lega Verde",
        "La Lega Verde è un’associazione ufficialmente riconosciuta di agricoltori fondata a "
        "Bra nel 1990.",
    )
    assert not any(q.startswith("Quale associazione ufficialmente") for q in it), it
    assert "un’associazione ufficialmente" not in it.values()


def test_a_list_lead_ending_in_a_relative_clause_takes_no_item_as_object() -> None:
    text = (
        "Titolo di prova\n\nIl nuovo orario è stato presentato ieri.\n\n"
        "I cambiamenti principali per chi viaggia:\n"
        "- abbonamento annuale scontato del 20% per gli studenti;\n"
        "- 12 fermate, tra cui la nuova Ponte Alto;\n"
        "- parcheggi gratuiti a Bevagna.\n"
    )
    it = questions_of(text, "it")
    assert not any("chi viaggia" in q or q.endswith("per chi?") for q in it), it


def test_a_hyphened_adjective_stays_with_its_counted_noun() -> None:
    it = questions_of(
        _heading(
            "Sul lago navigano sei battelli turistici gasolio-elettrici, acquistati dalla "
            "Provincia per 9 milioni di euro, ciascuno con 200 posti.",
            "it",
        ),
        "it",
    )
    assert it.get("Quanti battelli turistici gasolio-elettrici navigano sul lago?") == "sei", it
