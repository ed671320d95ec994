"""An entry lends its name only to what can be its own, and only where it is the subject."""

from __future__ import annotations

from .helpers import en_questions, it_questions


def test_a_companys_entry_lends_no_owner_to_the_government() -> None:
    asked = en_questions(
        "Islandsbanki\n\nIslandsbanki is one of Iceland's three large commercial banks, "
        "headquartered in Kopavogur. The government sold its remaining stake in 2025 through "
        "a public offering."
    )
    assert not any("government of Islandsbanki" in q for q in asked), asked


def test_a_subject_owned_already_or_named_gets_no_owner() -> None:
    asked = en_questions(
        "Gulf Cooperation Council\n\nThe Gulf Cooperation Council is a regional political and "
        "economic union. The council's secretariat is based in Riyadh. It was formed through "
        "the merger of the Trade Office and the Prices Authority and is headquartered in Riyadh."
    )
    assert not any("secretariat of the Gulf" in q for q in asked), asked
    assert not any("Authority and of" in q for q in asked), asked


def test_an_adverb_and_a_possessive_are_no_place_with_a_population() -> None:
    asked = en_questions(
        "Gulf Cooperation Council\n\nThe Gulf Cooperation Council is a regional political and "
        "economic union. Together its members have a population of about 60 million."
    )
    assert not any("population of Together" in q for q in asked), asked


def test_a_subject_after_a_verb_of_place_is_not_the_entry() -> None:
    asked = it_questions(
        "Trento\n\nTrento è il capoluogo della provincia autonoma omonima. Dal 1962 ha sede in "
        "città l'Università degli Studi di Trento."
    )
    assert not any("Trento ha sede" in q for q in asked), asked


def test_the_next_items_of_a_list_are_no_apposition() -> None:
    asked = it_questions(
        "Perù\n\nIl Perù è una repubblica presidenziale dell'America meridionale. Le lingue "
        "ufficiali sono lo spagnolo e, nelle zone in cui prevalgono, il quechua, l'aymara e le "
        "altre lingue indigene."
    )
    assert not any("quechua" in q or "aymara" in q for q in asked), asked


def test_an_agency_responsible_for_something_is_no_person() -> None:
    asked = it_questions(
        "Agenzia europea per i medicinali\n\nL'Agenzia europea per i medicinali è l'agenzia "
        "dell'Unione europea responsabile della valutazione scientifica dei medicinali."
    )
    question = (
        "Qual è l’agenzia dell’Unione europea responsabile della valutazione scientifica dei "
        "medicinali?"
    )
    assert asked.get(question) == "Agenzia europea per i medicinali"


def test_a_place_set_off_before_a_relative_does_not_act() -> None:
    asked = it_questions(
        "Ceramiche Ardesia fa parte dal 2019 del gruppo spagnolo Porcelánicos del Mediterráneo, "
        "con sede a Vila-real, nella provincia di Castellón, che aveva acquistato l'azienda "
        "emiliana per 94 milioni di euro."
    )
    assert not any(q.startswith("Quale provincia aveva acquistato") for q in asked), asked


def test_an_office_with_its_participle_is_the_apposition() -> None:
    asked = it_questions(
        "«Il costo dell'energia resta alto», ha spiegato l'amministratore delegato per "
        "l'Italia, Javier Roig Esteve, in una nota."
    )
    assert asked.get("Chi è Javier Roig Esteve?") != "l’Italia"
    assert "Chi è l’amministratore delegato per l’Italia?" in asked


def test_a_kind_noun_with_an_adjective_may_be_another_than_the_entry() -> None:
    asked = it_questions(
        "Anci Sardegna\n\nL’Anci Sardegna è la sezione regionale dell’Associazione nazionale "
        "comuni italiani. L’associazione nazionale fu fondata nel 1901 e ha sede a Roma. Il "
        "territorio comunale ospita il santuario della Beata Vergine."
    )
    assert not any("Anci Sardegna nazionale" in q or "Anci Sardegna comunale" in q for q in asked)
    assert "Dove ha sede l’Anci Sardegna?" not in asked, asked


def test_an_apposition_may_end_with_its_bodys_acronym() -> None:
    asked = en_questions(
        '"Solar households have been an easy target," said Mary Tavita, a senior policy '
        "officer at the Queensland Council of Social Service (QCOSS)."
    )
    assert asked.get("Who is Mary Tavita?") == (
        "a senior policy officer at the Queensland Council of Social Service"
    )


def test_a_trade_set_off_after_a_name_needs_no_article() -> None:
    asked = it_questions("«Non è una cura», ha spiegato Valentina Orsenigo, neurologa pediatrica.")
    assert asked.get("Chi è Valentina Orsenigo?") == "neurologa pediatrica"


def test_what_a_work_shows_set_off_after_its_authors_name_is_no_trade() -> None:
    asked = it_questions(
        "Il premio è andato a «Casa de pe deal» della regista Anna Drăgulescu, ritratto di una "
        "comunità di anziani in un villaggio della Transilvania."
    )
    assert "Chi è Anna Drăgulescu?" not in asked
    asked = it_questions("Lo ha detto Marco Neri, analista di Fidelis Sim, in conferenza.")
    assert asked.get("Chi è Marco Neri?") == "analista di Fidelis Sim"


def test_an_item_of_a_list_is_no_term_its_next_items_define() -> None:
    asked = it_questions(
        "La Convenzione tutela diritti come la vita, la libertà, un processo equo e il rispetto "
        "della vita privata."
    )
    assert not any("libertà" in q for q in asked), asked


def test_where_a_speaker_stands_is_no_apposition() -> None:
    asked = it_questions(
        "«Siamo gli stessi», ha detto il segretario generale dell'Ucta, Stefano Rinaldi, davanti "
        "al centro di controllo d'area di Ciampino."
    )
    assert "Chi è Stefano Rinaldi?" not in asked
    assert asked["Chi è il segretario generale dell’Ucta?"] == "Stefano Rinaldi"
