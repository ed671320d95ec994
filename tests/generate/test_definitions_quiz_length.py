"""Definitions as a quiz gives them: the head with its complements, before a participle that
places the thing or dates its founding; a common noun's entry with its indefinite article; a
bare noun its relative clause defines; a relative clause after an aside; and what an entry is
asked beside the other facts of its sentence. Sentences of their own, in Italian and English."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import definitions
from quizlib.generate.rank import acceptable
from quizlib.generate.text import clean

from .helpers import questions_of


def entry(heading: str, paragraph: str, language: str = "it") -> dict[str, str]:
    """Question -> answer of the acceptable definition candidates of one background entry."""
    body = (
        "Un articolo di prova\n\nIl consiglio si è riunito ieri in città.\n\n"
        if language == "it"
        else "A test article\n\nThe council met in the city yesterday.\n\n"
    )
    doc = build_document(clean(f"{body}{heading}\n\n{paragraph}\n"), language)
    return {
        c.question: c.answer
        for c in definitions.extract(doc)
        if c.question and acceptable(c) and c.kind == "definition"
    }


def test_a_placing_participle_ends_the_definition() -> None:
    qs = entry(
        "Fernhill",
        "Fernhill is a residential district of Exeter lying north of the city centre, between "
        "the river and the ring road.",
        "en",
    )
    assert qs["What is Fernhill?"] == "a residential district of Exeter"
    qs = entry("Borgo Alto", "Borgo Alto è una frazione del comune di Ceva situata a 800 metri.")
    assert qs["Che cos’è Borgo Alto?"] == "una frazione del comune di Ceva"


def test_a_founding_date_ends_the_definition() -> None:
    qs = entry(
        "Trasporti Isontini",
        "Trasporti Isontini è l’azienda di trasporto pubblico su gomma nata nel 1978 per servire "
        "la provincia di Gorizia.",
    )
    assert qs["Che cos’è Trasporti Isontini?"] == "l’azienda di trasporto pubblico su gomma"
    qs = entry(
        "Tamar Trust",
        "The Tamar Trust is the conservation charity of the Tamar valley established in May 1998 "
        "by local anglers.",
        "en",
    )
    assert qs["What is the Tamar Trust?"] == "the conservation charity of the Tamar valley"


def test_a_restricting_word_or_a_bare_kind_keeps_the_participle() -> None:
    qs = entry(
        "Kirkby Moor",
        "Kirkby Moor is the only nature reserve in Cumbria located entirely on common land.",
        "en",
    )
    assert qs["What is Kirkby Moor?"].endswith("located entirely on common land")
    qs = entry(
        "Eastdale Council",
        "Eastdale Council is the unitary authority created on 1 April 2021 for the valley.",
        "en",
    )
    assert "What is Eastdale Council?" not in qs or qs["What is Eastdale Council?"] != (
        "the unitary authority"
    )
    qs = entry(
        "Fondazione Ferrovie Storiche",
        "La Fondazione Ferrovie Storiche è un’istituzione costituita nel 2010 dalle ferrovie "
        "regionali.",
    )
    assert qs.get("Che cos’è la Fondazione Ferrovie Storiche?") != "un’istituzione"


def test_a_common_noun_entry_with_its_indefinite_article() -> None:
    qs = entry(
        "Community land trust",
        "A community land trust (CLT) is a local body in which residents own land together to "
        "keep homes affordable, known as a trust.",
        "en",
    )
    assert qs["What is a community land trust?"] == (
        "a local body in which residents own land together"
    )
    qs = entry(
        "Orto condiviso",
        "Un orto condiviso è uno spazio verde in cui gli abitanti coltivano insieme ortaggi e "
        "fiori.",
    )
    assert qs["Che cos’è un orto condiviso?"].startswith("uno spazio verde in cui gli abitanti")


def test_a_bare_noun_defined_by_its_relative_clause() -> None:
    qs = entry(
        "Gaelic-medium education",
        "Gaelic-medium education is teaching in which Gaelic is the language of lessons and of "
        "the playground, with English as a subject.",
        "en",
    )
    assert qs["What is Gaelic-medium education?"] == (
        "teaching in which Gaelic is the language of lessons and of the playground"
    )
    qs = entry(
        "Welsh-medium schooling",
        "Welsh-medium schooling is teaching in which Welsh is the main language of lessons and "
        "of daily life in the school, with English as a subject.",
        "en",
    )
    assert qs["What is Welsh-medium schooling?"] == (
        "teaching in which Welsh is the main language of lessons and of daily life"
    )
    long = "teaching in which Welsh is the main language of lessons and of daily life at school"
    assert definitions._before_second_complement(long.split(), "en") == long.split()[:10]
    qs = entry(
        "Tassa di soggiorno", "La tassa di soggiorno è denaro che i turisti versano al comune."
    )
    assert qs["Che cos’è la tassa di soggiorno?"] == "denaro che i turisti versano al comune"


def test_an_aside_between_commas_gives_way_to_the_relative_clause() -> None:
    qs = entry(
        "Giunto elastico",
        "Il giunto elastico è un dispositivo, solitamente fatto di gomma, che viene montato tra "
        "due alberi.",
    )
    assert qs["Che cos’è il giunto elastico?"] == "un dispositivo montato tra due alberi"
    qs = entry(
        "Heat pump",
        "A heat pump is a device, usually mounted outside a house, that is used to move heat "
        "indoors.",
        "en",
    )
    assert qs["What is a heat pump?"] == "a device used to move heat indoors"


def test_a_long_definite_definition_without_a_list_is_asked() -> None:
    qs = entry(
        "Tosap",
        "La Tosap è il tributo comunale dovuto per occupare con tavoli e dehors le strade e le "
        "piazze del centro storico, introdotto nel 1993.",
    )
    assert qs["Che cos’è la Tosap?"].startswith("il tributo comunale dovuto per occupare")


def test_what_an_entry_is_is_asked_beside_its_other_facts() -> None:
    qs = questions_of(
        "A test article\n\nThe council met in the city yesterday.\n\nComet Watch Centre\n\n"
        "The Comet Watch Centre (CWC) is the official archive for sightings of comets; founded "
        "in 1961 at the University of Leeds, it has been based at the Royal Observatory in "
        "Edinburgh since 1980.\n",
        "en",
    )
    assert qs["What is the Comet Watch Centre?"] == "the official archive for sightings of comets"


def test_a_premodifying_noun_of_a_trade_makes_no_person() -> None:
    qs = entry(
        "Redruth School of Tin",
        "The Redruth School of Tin is a specialist mining and smelting school that has been part "
        "of a university since 1990.",
        "en",
    )
    assert "What is the Redruth School of Tin?" in qs
    assert "Who is the Redruth School of Tin?" not in qs


def test_an_apposition_ending_on_an_articulated_preposition_and_a_name_defines() -> None:
    qs = questions_of(
        "Titolo di prova\n\nIl satellite seguirà i TNO, gli oggetti lontani dal Sole, per tre "
        "anni.\n",
        "it",
    )
    assert qs["Che cosa sono i TNO?"] == "gli oggetti lontani dal Sole"


def test_a_name_after_an_article_and_its_common_noun_is_not_the_term() -> None:
    qs = questions_of(
        "Titolo di prova\n\nLa biblioteca conserva la raccolta Mantovani, il fondo dedicato alla "
        "Resistenza in Carnia.\n",
        "it",
    )
    assert "Che cos’è Mantovani?" not in qs
    qs = questions_of(
        "A test headline\n\nPassengers boarded the ferry Morvoren, the vessel built for the "
        "Scilly route in Appledore.\n",
        "en",
    )
    assert "What is Morvoren?" not in qs


def test_a_rare_word_after_of_is_defined_by_its_indefinite_apposition() -> None:
    qs = questions_of(
        "A test headline\n\nThe lake is home to a population of torgoch, a small char found only "
        "in a few Welsh lakes.\n",
        "en",
    )
    assert qs["What is a torgoch?"] == "a small char found only in a few Welsh lakes"


def test_a_bare_plural_gloss_of_a_counted_term_defines_it() -> None:
    qs = questions_of(
        "Titolo di prova\n\nGli archeologi hanno trovato tre pissidi, cioè piccoli vasi con "
        "coperchio, nella tomba.\n",
        "it",
    )
    assert qs["Che cosa sono i pissidi?"] == "piccoli vasi con coperchio"
    qs = questions_of(
        "A test headline\n\nThe dig found two arulae, i.e. small portable altars, near the "
        "temple.\n",
        "en",
    )
    assert qs["What are arulae?"] == "small portable altars"
    qs = questions_of("Titolo di prova\n\nSono arrivati due treni, cioè quelli delle otto.\n", "it")
    assert "Che cosa sono i treni?" not in qs


def test_an_apposition_set_off_by_dashes_defines_a_rare_word() -> None:
    qs = questions_of(
        "A test headline\n\nThe elders said their tapu — a customary ban placed on the beach in "
        "March 2019 — would stay in force.\n",
        "en",
    )
    assert qs["What is a tapu?"] == "a customary ban"  # the dated participle is another fact
    qs = questions_of(
        "Titolo di prova\n\nGli anziani hanno detto che il tapu — un divieto tradizionale della "
        "costa — resterà in vigore.\n",
        "it",
    )
    assert qs["Che cos’è il tapu?"] == "un divieto tradizionale della costa"


def test_a_dated_participle_inside_a_relative_clause_stays() -> None:
    qs = questions_of(
        "A test headline\n\nThe museum restored the Aurora, a whaling ship that was trapped in "
        "ice for a year in 1871.\n",
        "en",
    )
    assert qs.get("What is the Aurora?") != "a whaling ship that was"


def test_a_measure_after_cioe_is_no_gloss() -> None:
    qs = questions_of(
        "Titolo di prova\n\nLe navi portano container da venti piedi, cioè circa 6,1 metri, "
        "fino al porto.\n",
        "it",
    )
    assert "Che cosa sono i piedi?" not in qs
