"""Acronyms of lowercase and compound expansions, of long institutional names, and the
brackets that only look like them."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import acronyms
from quizlib.generate.text import clean

from .test_acronyms import meanings


def reverse(text: str, language: str = "it") -> dict[str, str]:
    """reverse question -> acronym, of the text."""
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in acronyms.extract(doc) if c.answer_type == "acronym"}


@pytest.mark.parametrize(
    ("text", "language", "acronym", "expansion"),
    [
        (
            "Le vaschette sono di polietilene tereftalato (PET) riciclato al 50%.",
            "it",
            "PET",
            "polietilene tereftalato",
        ),
        (
            "Il fumo resta la prima causa della broncopneumopatia cronica ostruttiva (BPCO).",
            "it",
            "BPCO",
            "broncopneumopatia cronica ostruttiva",
        ),
        (
            "The lab sequenced the deoxyribonucleic acid (DNA) of the seeds.",
            "en",
            "DNA",
            "deoxyribonucleic acid",
        ),
        (
            "Bottles made of polyethylene terephthalate (PET) are collected apart.",
            "en",
            "PET",
            "polyethylene terephthalate",
        ),
    ],
)
def test_a_compound_word_gives_the_initials_of_its_stems(
    text: str, language: str, acronym: str, expansion: str
) -> None:
    assert meanings(text, language) == {acronym: expansion}


def test_lowercase_expansions_of_common_nouns() -> None:
    text = "L’esame richiede una tomografia a emissione di positroni (PET) entro un mese."
    assert meanings(text) == {"PET": "tomografia a emissione di positroni"}
    text = "Economists expect the gross national income (GNI) to rise this year."
    assert meanings(text, "en") == {"GNI": "gross national income"}


def test_an_english_h_from_an_italian_word_without_it() -> None:
    text = "A Marco hanno trovato un disturbo da deficit di attenzione e iperattività (ADHD)."
    assert meanings(text) == {"ADHD": "disturbo da deficit di attenzione e iperattività"}
    text = "Il test del virus dell’immunodeficienza umana (HIV) è anonimo e gratuito."
    assert meanings(text) == {"HIV": "virus dell’immunodeficienza umana"}


def test_a_long_name_whose_acronym_skips_complements() -> None:
    text = (
        "Le verifiche sono state condotte dall’Ispettorato centrale della tutela della "
        "qualità e della repressione frodi dei prodotti agroalimentari (ICQRF) in Puglia."
    )
    expansion = (
        "Ispettorato centrale della tutela della qualità e della repressione frodi "
        "dei prodotti agroalimentari"
    )
    assert meanings(text) == {"ICQRF": expansion}
    assert reverse(text) == {f"Qual è la sigla dell’{expansion}?": "ICQRF"}
    text = "A report by the Centers for Disease Control and Prevention (CDC) found it."
    assert meanings(text, "en") == {"CDC": "Centers for Disease Control and Prevention"}


def test_a_long_name_wrapped_over_lines() -> None:
    text = (
        "Le verifiche sono state condotte dall’Ispettorato centrale della tutela della\n"
        "qualità e della repressione frodi dei prodotti agroalimentari (ICQRF) in Puglia."
    )
    assert meanings(text)["ICQRF"].startswith("Ispettorato centrale della tutela della qualità")


def test_capitalised_names_with_lowercase_words() -> None:
    text = "I dati vengono dal Consiglio nazionale delle ricerche (CNR) di Bologna."
    assert meanings(text) == {"CNR": "Consiglio nazionale delle ricerche"}
    text = "Il ricorso è stato accolto dal Tribunale amministrativo regionale (TAR) ieri."
    assert meanings(text) == {"TAR": "Tribunale amministrativo regionale"}


def test_a_numbered_session_of_the_body_the_acronym_names() -> None:
    text = "Delegates met for the fifth session of the Intergovernmental Forum on Mining (IGF-5)."
    assert meanings(text, "en") == {"IGF": "Intergovernmental Forum on Mining"}
    text = (
        "A Ginevra si chiude la quinta sessione del Comitato intergovernativo di negoziato (CIN-5)."
    )
    assert meanings(text) == {"CIN": "Comitato intergovernativo di negoziato"}


def test_a_name_set_beside_the_acronym() -> None:
    text = "Il parere è arrivato dall’ANM, l’Associazione nazionale magistrati."
    assert meanings(text) == {"ANM": "Associazione nazionale magistrati"}
    assert reverse(text) == {"Qual è la sigla dell’Associazione nazionale magistrati?": "ANM"}
    text = "Alla protesta ha aderito la Fiom, Federazione impiegati operai metallurgici, ieri."
    assert meanings(text) == {"Fiom": "Federazione impiegati operai metallurgici"}
    text = "The ruling was welcomed by the ACLU, the American Civil Liberties Union, on Friday."
    assert meanings(text, "en") == {"ACLU": "American Civil Liberties Union"}


def test_a_list_inside_the_name_beside_the_acronym() -> None:
    text = (
        "Il Masaf, il Ministero dell’agricoltura, della sovranità alimentare e delle "
        "foreste, ha firmato il decreto."
    )
    expansion = "Ministero dell’agricoltura, della sovranità alimentare e delle foreste"
    assert meanings(text) == {"Masaf": expansion}


def test_a_name_in_small_letters_with_a_list_inside_before_the_brackets() -> None:
    text = "I restauri, diretti dalla Soprintendenza archeologia, belle arti e paesaggio (SABAP)."
    assert meanings(text) == {"SABAP": "Soprintendenza archeologia, belle arti e paesaggio"}
    assert reverse(text) == {
        "Qual è la sigla della Soprintendenza archeologia, belle arti e paesaggio?": "SABAP"
    }
    text = (
        "I carabinieri del Nucleo investigativo di polizia ambientale, agroalimentare e "
        "forestale (Nipaaf) di Caserta hanno documentato 143 roghi."
    )
    expansion = "Nucleo investigativo di polizia ambientale, agroalimentare e forestale"
    assert meanings(text) == {"Nipaaf": expansion}
    # A list that opens no name the acronym spells: places, and a list run on past a clause.
    assert meanings("Hanno votato i comuni di Asti, Alba e Bra (AAB) ieri.") == {}
    assert meanings("Sono arrivati ieri, con treni, auto e bus (TAB) pieni.") == {}


def test_a_name_beside_the_acronym_then_words_that_tell_which_or_say_more() -> None:
    text = "La gara è stata gestita dalla CUC, la Centrale unica di committenza regionale, ieri."
    assert meanings(text) == {"CUC": "Centrale unica di committenza"}
    text = "I fondi arrivano dal PSR, il Programma di sviluppo rurale della Regione Piemonte."
    assert meanings(text) == {"PSR": "Programma di sviluppo rurale"}
    text = "Valuta un ricorso al Tar, il Tribunale amministrativo regionale del Lazio."
    assert meanings(text) == {"Tar": "Tribunale amministrativo regionale"}
    text = (
        "Il disciplinare della DOP, la Denominazione di origine protetta riconosciuta "
        "dall’Unione europea nel 1996, impone regole rigide."
    )
    assert meanings(text) == {"DOP": "Denominazione di origine protetta"}
    text = "The money came from the SRDP, the Scottish Rural Development Programme of 2014."
    assert meanings(text, "en") == {"SRDP": "Scottish Rural Development Programme"}
    text = (
        "Lo ha detto Chiara Bertolino del Disafa, il Dipartimento di scienze agrarie, forestali "
        "e alimentari dell’ateneo torinese."
    )
    assert meanings(text) == {"Disafa": "Dipartimento di scienze agrarie, forestali e alimentari"}
    # A clause after the name is no part of it.
    text = (
        "Federorafi, Federazione nazionale orafi argentieri gioiellieri fabbricanti, è "
        "l’associazione di categoria delle imprese della produzione orafa."
    )
    assert not any(" è " in expansion for expansion in meanings(text).values())
    # A person's name then a place spells no acronym.
    assert meanings("Il segretario della CGIL, Carlo Giorgio Lanzi di Roma, ha parlato.") == {}


def test_a_name_before_its_place_then_the_acronym_in_brackets() -> None:
    text = (
        "I dati, presentati nella sede dell’Autorità di sistema portuale del Mar Tirreno "
        "settentrionale (AdSP), indicano un aumento dei rotabili."
    )
    assert meanings(text) == {"AdSP": "Autorità di sistema portuale"}
    text = "I dati dell’Agenzia regionale per la protezione dell’ambiente del Piemonte (ARPA)."
    assert meanings(text) == {"ARPA": "Agenzia regionale per la protezione dell’ambiente"}
    text = "Funding came from the National Lottery Heritage Fund of Wales (NLHF) on Tuesday."
    assert meanings(text, "en") == {"NLHF": "National Lottery Heritage Fund"}
    # A place or an owner after the name tells which office: the acronym is of the name.
    text = "Il ricorso al Tribunale amministrativo regionale della Toscana (TAR) è fallito."
    assert meanings(text) == {"TAR": "Tribunale amministrativo regionale"}
    text = "Data from the Food and Drug Administration of the United States (FDA) show it."
    assert meanings(text, "en") == {"FDA": "Food and Drug Administration"}
    # The place gives a letter of the acronym: not read without it
    assert meanings("Lo ha detto l’Azienda Sanitaria Locale di Potenza (ASP) ieri.") == {}
    # The complement gives no letter, and the name before it none either.
    assert meanings("Ha parlato il sindaco del Comune di Roma (ABC) ieri.") == {}


def test_an_acronym_after_its_expansion_and_alias_words() -> None:
    text = "Several schools were found to contain reinforced autoclaved aerated concrete, or RAAC."
    assert meanings(text, "en") == {"RAAC": "reinforced autoclaved aerated concrete"}
    text = "The council approved $28 million in tax increment financing, or TIF, for roads."
    assert meanings(text, "en") == {"TIF": "tax increment financing"}
    assert reverse(text, "en") == {"What is the acronym for tax increment financing?": "TIF"}
    assert meanings("The talks were held in London, or LDN, last week.", "en") == {}


def test_a_name_better_known_by_its_acronym() -> None:
    text = "The Federal Emergency Management Agency, better known as FEMA, sent teams."
    assert meanings(text, "en") == {"FEMA": "Federal Emergency Management Agency"}
    assert reverse(text, "en") == {
        "What is the acronym for the Federal Emergency Management Agency?": "FEMA"
    }
    text = "L’Istituto nazionale di geofisica e vulcanologia, meglio noto come INGV, ha misurato."
    assert meanings(text) == {"INGV": "Istituto nazionale di geofisica e vulcanologia"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A person's name after a place or an acronym spells it by chance.
        ("A Roma, Roberto Mancini ha presentato la squadra.", "it"),
        ("A Roma, Roberto di Matteo ha presentato la squadra.", "it"),
        ("Il segretario della CGIL, Carlo Giorgio Lanzi, ha parlato.", "it"),
        ("Lo ha detto il segretario del PD, Paolo Dini, in aula.", "it"),
        # A list of acronyms, and a name known by one that is not its acronym.
        ("Hanno firmato Cgil, Cisl e Uil, insieme a Confindustria.", "it"),
        ("The Islamic State, also known as ISIS, claimed the attack.", "en"),
        ("The agency, better known as NASA, was founded in 1958.", "en"),
    ],
)
def test_names_beside_an_acronym_that_are_not_its_meaning(text: str, language: str) -> None:
    assert meanings(text, language) == {}


def test_an_acronym_written_as_a_word_before_its_expansion_in_brackets() -> None:
    text = "Il cantiere è partito dopo una Scia (segnalazione certificata di inizio attività)."
    assert meanings(text) == {"Scia": "segnalazione certificata di inizio attività"}
    assert reverse(text) == {
        "Qual è la sigla della segnalazione certificata di inizio attività?": "Scia"
    }
    text = "The charity funds a Sars (severe acute respiratory syndrome) study in Hong Kong."
    assert meanings(text, "en") == {"Sars": "severe acute respiratory syndrome"}


def test_a_name_in_brackets_after_a_capitalised_word_is_no_expansion() -> None:
    assert meanings("Ieri Ada (Anna De Angelis) ha vinto la gara di Pescara.") == {}


def test_a_name_beside_an_acronym_of_another_language() -> None:
    text = (
        "L’IAEA, Agenzia internazionale per l’energia atomica, ha inviato gli ispettori nella "
        "centrale."
    )
    assert meanings(text) == {"IAEA": "Agenzia internazionale per l’energia atomica"}
    assert reverse(text) == {
        "Qual è la sigla dell’Agenzia internazionale per l’energia atomica?": "IAEA"
    }
    text = "FIFA, the International Federation of Association Football, fined the club."
    assert meanings(text, "en") == {"FIFA": "International Federation of Association Football"}


def test_names_beside_a_short_acronym_are_no_translation() -> None:
    # Three letters in another order beside three names: a list, by chance.
    assert meanings("Il SIM, Milano, Innsbruck e Salisburgo hanno firmato.") == {}


def test_an_acronym_kept_from_an_older_name_beside_its_institution() -> None:
    text = (
        "Secondo i dati dell’Enit, l’Agenzia nazionale del turismo, gli arrivi sono saliti del 4%."
    )
    assert meanings(text) == {"Enit": "Agenzia nazionale del turismo"}
    text = (
        "I tecnici dell’Arsial, l’Agenzia regionale per lo sviluppo, la ricerca e l’innovazione "
        "in agricoltura, hanno contato i danni."
    )
    assert meanings(text) == {
        "Arsial": "Agenzia regionale per lo sviluppo, la ricerca e l’innovazione in agricoltura"
    }
    text = "Figures from Ofgem, the Office of Gas and Electricity Markets, were released."
    assert meanings(text, "en") == {}  # "Office" is no head in the list: a word of many names


def test_a_list_of_institutions_is_no_expansion() -> None:
    text = "Hanno firmato la Cgil, la Federazione dei lavoratori edili, e la Uil."
    assert meanings(text) == {}
    text = "Hanno firmato la Cisl, l’Associazione dei costruttori, la Uil e la Cgil."
    assert meanings(text) == {}
    assert meanings("Ieri Roma, la Fondazione per la città eterna, ha aperto.") == {}


def test_a_company_beside_an_institution_is_no_acronym() -> None:
    text = "Ha parlato la Pirelli, l’Azienda milanese degli pneumatici, ieri a Roma."
    assert meanings(text) == {}
    text = "Hanno aderito la Barilla, la Fondazione Barilla per il cibo sano, e altri."
    assert meanings(text) == {}


@pytest.mark.parametrize(
    ("text", "language", "acronym", "expansion"),
    [
        (
            "Serve la Scia, ovvero la segnalazione certificata di inizio attività, per aprire.",
            "it",
            "Scia",
            "segnalazione certificata di inizio attività",
        ),
        (
            "L’Asl, cioè l’azienda sanitaria locale, ha chiuso il reparto.",
            "it",
            "Asl",
            "azienda sanitaria locale",
        ),
        ("La sigla Asl sta per azienda sanitaria locale.", "it", "Asl", "azienda sanitaria locale"),
        (
            "Il Comune ha esteso la ZTL – zona a traffico limitato – fino al porto.",
            "it",
            "ZTL",
            "zona a traffico limitato",
        ),
        (
            "The charity works with the World Food Programme – WFP – in Sudan.",
            "en",
            "WFP",
            "World Food Programme",
        ),
        (
            "Patients wait for an MRI, that is magnetic resonance imaging, for weeks.",
            "en",
            "MRI",
            "magnetic resonance imaging",
        ),
    ],
)
def test_an_expansion_after_alias_words_or_between_dashes(
    text: str, language: str, acronym: str, expansion: str
) -> None:
    assert meanings(text, language) == {acronym: expansion}


def test_dashes_and_alias_words_around_other_names_are_no_expansion() -> None:
    assert meanings("Il premier – Meloni – ha parlato ieri a Roma.") == {}
    assert meanings("Il Milan sta per vincere lo scudetto a maggio.") == {}
    assert meanings("Roma, ovvero la città eterna, accoglie i pellegrini.") == {}


def test_a_common_noun_phrase_beside_an_acronym_that_spells_it() -> None:
    text = "Serviva un Sal, lo stato di avanzamento lavori, firmato da un tecnico."
    assert meanings(text) == {"Sal": "stato di avanzamento lavori"}
    assert reverse(text) == {"Qual è la sigla dello stato di avanzamento lavori?": "Sal"}
    text = "Every home needs an EPC, an energy performance certificate, before it is sold."
    assert meanings(text, "en") == {"EPC": "energy performance certificate"}
    # A phrase that only follows a name spells nothing.
    assert meanings("Ha parlato Anna, la sorella maggiore, ieri sera.") == {}


def test_a_dash_between_two_parts_of_a_name() -> None:
    text = "The National Survey of Reading – Writing and Spelling (NSRWS) found a rise."
    assert meanings(text, "en") == {"NSRWS": "National Survey of Reading – Writing and Spelling"}
    text = "Il Piano regionale – Trasporti e Logistica (PRTL) è stato approvato ieri."
    assert meanings(text, "it") == {"PRTL": "Piano regionale – Trasporti e Logistica"}
