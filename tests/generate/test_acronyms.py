"""Acronyms and what they stand for, in the ways Italian and English articles state them."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import acronyms
from quizlib.generate.text import clean, is_acronym


def cards(text: str, language: str = "it") -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in acronyms.extract(doc) if c.question}


def meanings(text: str, language: str = "it") -> dict[str, str]:
    """acronym -> expansion, of the sentence `text`."""
    doc = build_document(clean(text), language)
    return {c.topic: c.answer for c in acronyms.extract(doc) if c.answer_type == "expansion"}


def test_is_acronym_takes_mixed_case_with_few_small_letters() -> None:
    assert all(map(is_acronym, ["NATO", "U.S.", "GaN", "MoD", "FdI", "GmbH", "MEPs"]))
    assert not any(map(is_acronym, ["Nato", "McDonald", "OpenAI", "DiCaprio", "A", "iPad"]))


def test_elided_preposition_before_the_expansion() -> None:
    qs = cards("Il farmaco è stato approvato dall’Agenzia Italiana del Farmaco (AIFA) ieri.")
    assert qs["Che cosa significa la sigla AIFA?"] == "Agenzia Italiana del Farmaco"
    assert qs["Qual è la sigla dell’Agenzia Italiana del Farmaco?"] == "AIFA"


def test_hyphenated_words_give_one_letter_or_one_a_part() -> None:
    assert meanings(
        "Leaders met at the Asia-Pacific Economic Cooperation (APEC) summit.", "en"
    ) == {"APEC": "Asia-Pacific Economic Cooperation"}
    text = "Data from the Organisation for Economic Co-operation and Development (OECD) show it."
    assert meanings(text, "en") == {
        "OECD": "Organisation for Economic Co-operation and Development"
    }


def test_capitalised_word_of_first_letters() -> None:
    text = (
        "Lo ha comunicato la Polizia ferroviaria (Polfer) di Bologna. "
        "I dati dell’Istituto nazionale della previdenza sociale (Inps) sono chiari."
    )
    qs = cards(text)
    assert qs["Che cosa significa la sigla Polfer?"] == "Polizia ferroviaria"
    assert qs["Qual è la sigla dell’Istituto nazionale della previdenza sociale?"] == "Inps"
    qs = cards("He studied at the California Institute of Technology (Caltech) in 1990.", "en")
    assert qs["What is Caltech short for?"] == "California Institute of Technology"


def test_mixed_case_and_lowercase_expansions() -> None:
    text = "The firm makes gallium nitride (GaN) chips for the Ministry of Defence (MoD)."
    assert meanings(text, "en") == {"GaN": "gallium nitride", "MoD": "Ministry of Defence"}
    qs = cards("Il prodotto interno lordo (PIL) è cresciuto dello 0,4% nel trimestre.")
    assert qs["Che cosa significa la sigla PIL?"] == "prodotto interno lordo"
    assert qs["Qual è la sigla del prodotto interno lordo?"] == "PIL"


def test_an_indefinite_article_becomes_the_definite_one() -> None:
    qs = cards(
        "Ogni cantiere avrà un responsabile unico del procedimento (RUP) nominato dal comune."
    )
    assert qs["Qual è la sigla del responsabile unico del procedimento?"] == "RUP"


def test_initials_in_another_order_from_another_language() -> None:
    text = "Gli astronauti sono tornati dalla Stazione Spaziale Internazionale (ISS) ieri."
    assert meanings(text) == {"ISS": "Stazione Spaziale Internazionale"}
    text = "Il sistema usa un radar ad apertura sintetica (SAR) per vedere di notte."
    assert meanings(text) == {"SAR": "radar ad apertura sintetica"}


def test_a_translated_name_after_the_article() -> None:
    text = "Figures from the National Institute of Statistics (INE) showed a fall."
    assert meanings(text, "en") == {"INE": "National Institute of Statistics"}


def test_acronym_first_and_its_expansion_in_brackets() -> None:
    text = "Il formaggio è tutelato dal marchio europeo DOP (Denominazione di Origine Protetta)."
    assert meanings(text) == {"DOP": "Denominazione di Origine Protetta"}
    qs = cards("La CISL Scuola (Confederazione Italiana Sindacati Lavoratori) ha scioperato.")
    assert qs["Che cosa significa la sigla CISL?"] == "Confederazione Italiana Sindacati Lavoratori"
    assert qs["Qual è la sigla della Confederazione Italiana Sindacati Lavoratori?"] == "CISL"
    qs = cards("Members of the WTO (World Trade Organization) met in Geneva.", "en")
    assert qs["What is the acronym for the World Trade Organization?"] == "WTO"


def test_an_acronym_explained_in_so_many_words() -> None:
    text = (
        "La missione ARGO, acronimo di Analisi Rapida dei Ghiacciai e degli Oceani, "
        "partirà nel 2027."
    )
    assert meanings(text) == {"ARGO": "Analisi Rapida dei Ghiacciai e degli Oceani"}
    text = "The ELT, short for Extremely Large Telescope, will see first light in 2029."
    assert meanings(text, "en") == {"ELT": "Extremely Large Telescope"}
    text = "GDPR stands for General Data Protection Regulation and took effect in 2018."
    assert meanings(text, "en") == {"GDPR": "General Data Protection Regulation"}


def test_a_coined_acronym_explained_in_so_many_words_stands_for_its_whole_name() -> None:
    text = (
        "L’Auser, acronimo di Associazione per l’autogestione dei servizi e la solidarietà, è "
        "nata nel 1989."
    )
    assert meanings(text) == {
        "Auser": "Associazione per l’autogestione dei servizi e la solidarietà"
    }
    text = "Defra, short for Department for Environment and Rural Affairs, said on Monday."
    assert meanings(text, "en") == {"Defra": "Department for Environment and Rural Affairs"}
    # no name after the marker: nothing is said
    assert meanings("The name NUX stands for nothing in particular.", "en") == {}


def test_an_acronym_with_a_place_name() -> None:
    text = "She teaches at the Technical University of Munich (TU Munich) since 2019."
    assert meanings(text, "en") == {"TU Munich": "Technical University of Munich"}


def test_the_acronyms_article_is_given_to_its_expansion() -> None:
    qs = cards("L’ONU, ovvero Organizzazione delle Nazioni Unite, ha votato la risoluzione.")
    assert qs["Qual è la sigla dell’Organizzazione delle Nazioni Unite?"] == "ONU"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Si apre la terza sessione del Comitato negoziale (INC-3) a Ginevra.", "it"),
        ("Il razzo sulla rampa di lancio (Foto: ANSA/EPA)", "it"),
        ("Il titolo ha chiuso in rialzo (+3,2%) a Milano.", "it"),
        ("L’azienda ha sede a Springfield (Illinois) dal 1950.", "it"),
        ("Lo ha detto il deputato Mario Bianchi (PD) in aula.", "it"),
        ("The bill was backed by Senator Jane Doe (D) and others.", "en"),
        ("He was born in Anna Maria (Annamaria) in 1950.", "en"),
        ("The company said on Tuesday (Reuters) that it would appeal.", "en"),
        # What the sentence says of the name is not part of it.
        ("Il parere del Consiglio superiore della magistratura nella nomina (CSM) arriva.", "it"),
        # Codes of countries, parties and shares after names.
        ("Ha vinto l’etiope Tesfaye Gebremariam (ETH) davanti a Elijah Kiprotich (KEN).", "it"),
        ("Il titolo di Intesa Sanpaolo (ISP) sale, Telecom Italia (TIT) perde l’1%.", "it"),
        ("Shares of Microsoft Corporation (MSFT) and Palantir Technologies (PLTR) rose.", "en"),
        ("La Nuova Zelanda (NZL) ha battuto gli azzurri 3-1.", "it"),
        ("Lo ha detto il senatore Giovanni Bianchi (FdI) in aula.", "it"),
        # One compound word alone is not read as an expansion.
        ("L’elettrocardiogramma del paziente (ECG) era normale.", "it"),
    ],
)
def test_brackets_that_state_no_acronym(text: str, language: str) -> None:
    assert cards(text, language) == {}
