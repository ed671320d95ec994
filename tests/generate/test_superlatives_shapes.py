"""Superlatives and definitions in the shapes reporters write them: a superlative set beside a
name inside a complement ('nel Tavoliere, la pianura più ...'), a superlative subject in a
second clause or with 'resta'/'remains', 'quella di X', a name that 'si conferma' the first, a
subject after an opening participle phrase that is 'considerato' so; and an apposition's
definition cut to its first predicate, never inside a relative clause with no verb yet; on
small texts of their own in Italian and English."""

from __future__ import annotations

from .test_definitions import asked


def test_an_appositive_superlative_after_a_name_in_a_complement() -> None:
    qs = asked(
        "Notizia\n\nOgni inverno migliaia di gru sostano nel Cornaredo, la palude più estesa "
        "della Lombardia orientale.\n"
    )
    assert qs.get("Qual è la palude più estesa della Lombardia orientale?") == "Cornaredo"
    qs = asked(
        "Notizia\n\nNel Cornaredo, la palude più estesa della Lombardia orientale, sostano "
        "ogni inverno migliaia di gru.\n"
    )
    assert qs.get("Qual è la palude più estesa della Lombardia orientale?") == "Cornaredo"
    qs = asked(
        "News\n\nRangers counted 212 nests in the Brackenmoor, the largest raised bog in "
        "northern England.\n",
        "en",
    )
    assert qs.get("What is the largest raised bog in northern England?") == "Brackenmoor"


def test_a_name_of_capitalised_words_joined_by_hyphens() -> None:
    qs = asked(
        "Notizia\n\nOgni estate viaggiano migliaia di pendolari sulla Termoli-Vasto, la linea "
        "più utilizzata della costa.\n"
    )
    assert qs.get("Qual è la linea più utilizzata della costa?") == "Termoli-Vasto"


def test_a_common_noun_with_a_capital_is_no_name_for_a_superlative() -> None:
    qs = asked(
        "News\n\nThe plan was drawn up by the Council, the largest landowner in the town.\n", "en"
    )
    assert "What is the largest landowner in the town?" not in qs
    qs = asked(
        "Notizia\n\nLa gara è stata gestita dalla ARV, la prima agenzia regionale del settore.\n"
    )
    assert not any(a == "ARV" for a in qs.values()), qs


def test_a_superlative_subject_with_remains_or_in_a_second_clause() -> None:
    qs = asked("Notizia\n\nLa tratta più frequentata resta la Bari-Matera.\n")
    assert qs.get("Qual è la tratta più frequentata?") == "Bari-Matera"
    qs = asked(
        "Notizia\n\nLe presenze sono salite del 9%, e la spiaggia più affollata è stata quella "
        "di Torre Lapillo.\n"
    )
    assert qs.get("Qual è stata la spiaggia più affollata?") == "Torre Lapillo"
    qs = asked(
        "News\n\nThe busiest crossing remains Portavadie, ahead of the Cowal service.\n", "en"
    )
    assert qs.get("What is the busiest crossing?") == "Portavadie"
    qs = asked(
        "News\n\nPassenger numbers rose by 8% on the year, and the busiest station was "
        "Kelvinbridge.\n",
        "en",
    )
    assert qs.get("What was the busiest station?") == "Kelvinbridge"


def test_a_participle_in_a_superlative_subject_is_no_verb() -> None:
    qs = asked(
        "Notizia\n\nLa linea più utilizzata è la Cagliari-Olbia, seguita dalla Sassari-Alghero.\n"
    )
    assert qs.get("Qual è la linea più utilizzata?") == "Cagliari-Olbia"
    qs = asked(
        "Notizia\n\nLa centralina con i valori più alti di ozono è risultata quella di Montebello, "
        "vicino alla zona industriale.\n"
    )
    assert qs.get("Qual è stata la centralina con i valori più alti di ozono?") == "Montebello"


def test_a_name_that_remains_the_first() -> None:
    qs = asked("Notizia\n\nLa Baviera si conferma il primo mercato estero, seguita dall’Austria.\n")
    assert qs.get("Qual è il primo mercato estero?") == "Baviera"
    qs = asked(
        "News\n\nBavaria remains the region's biggest foreign market, ahead of Austria.\n", "en"
    )
    assert qs.get("What is the region’s biggest foreign market?") == "Bavaria"


def test_considered_after_an_opening_participle_phrase() -> None:
    qs = asked(
        "Notizia\n\nRicostruito due volte dopo la guerra, il Teatro Verdone è considerato il più "
        "antico teatro in legno della regione.\n"
    )
    assert qs.get("Che cosa è considerato il più antico teatro in legno della regione?") == (
        "Teatro Verdone"
    )


def test_an_appositive_definition_keeps_its_first_predicate() -> None:
    qs = asked(
        "Notizia\n\nI volontari usano un fotometro portatile, un piccolo strumento che misura la "
        "torbidità dell’acqua e permette di stimare con buona approssimazione la quantità di "
        "alghe presenti.\n"
    )
    assert qs.get("Che cos’è un fotometro portatile?") == (
        "un piccolo strumento che misura la torbidità dell’acqua"
    )


def test_an_appositive_definition_is_not_cut_inside_a_relative_with_no_verb() -> None:
    qs = asked(
        "News\n\nThe diggers found a praefurnium, a stoking chamber in which hot ash from the "
        "kitchen fires smouldered between rows of stacked stones under the floors.\n",
        "en",
    )
    assert qs.get("What is a praefurnium?") == "a stoking chamber"
    assert not any(a.endswith("hot ash") for a in qs.values()), qs
