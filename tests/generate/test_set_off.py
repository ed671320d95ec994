"""Set off by a comma. An office before a name: an honorific written in full after the comma, a
colon after the name, an English office whose complement is lowercase, an owner's possessive
('the trust's director', 'Leeds City Council’s leader') (roles). A water or a mountain that
lastingly holds what a copula's noun says the subject is: the participle set off by a comma, a
complement of extent after the agent, the passive kept where the participle has no present we
know (kinds)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from quizlib.generate.candidate import Candidate
from quizlib.generate.document import Document, build_document
from quizlib.generate.extract import agents, kinds, roles, seats
from quizlib.generate.text import clean

Extractor = Callable[[Document], Iterator[Candidate]]


def asked(extract: Extractor, text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in extract(doc) if c.question}


def answers(text: str, language: str) -> dict[str, str]:
    return asked(roles.extract, text, language)


def lasting(text: str, language: str) -> dict[str, str]:
    return asked(kinds.extract, text, language)


def test_an_honorific_written_in_full_after_the_comma() -> None:
    found = answers("The museum director, Professor Helen Marsh, said the loan was a coup.", "en")
    assert found["Who is the museum director?"] == "Helen Marsh"


def test_a_councillor_after_the_comma() -> None:
    found = answers(
        "The chair of the planning committee, Councillor Tom Reid, said the plan was sound.",
        "en",
    )
    assert found["Who is the chair of the planning committee?"] == "Tom Reid"


def test_a_colon_after_the_name() -> None:
    found = answers(
        "Soddisfatto il presidente della Provincia di Lecco, Marco Galli: «Ottimo».", "it"
    )
    assert found["Chi è il presidente della Provincia di Lecco?"] == "Marco Galli"


def test_an_office_with_a_lowercase_complement() -> None:
    found = answers(
        "Leeds City Council’s director of adult social care, Anna Price, said beds were short.",
        "en",
    )
    assert found["Who is Leeds City Council’s director of adult social care?"] == "Anna Price"
    assert found["What office does Anna Price hold?"] == (
        "Leeds City Council’s director of adult social care"
    )


def test_a_lowercase_complement_with_a_verb_is_no_office() -> None:
    found = answers("The head of the team that built it, Anna Price, said it works.", "en")
    assert not [q for q in found if q.startswith("Who is the head")]


def test_the_kind_owner_with_a_straight_apostrophe_named_in_full() -> None:
    text = (
        "Harwick Borough Council was hit by a cyberattack in March. "
        "The council's leader, Cllr Priya Shah, said no data had been lost."
    )
    found = answers(text, "en")
    assert found["Who is Harwick Borough Council’s leader?"] == "Priya Shah"


def test_an_office_of_one_word_owned_by_a_country_is_not_asked() -> None:
    found = answers("Peru’s minister, Ana Ríos, said the talks would go on.", "en")
    assert "Who is Peru’s minister?" not in found


def test_the_kind_owner_of_no_named_institution_is_not_asked() -> None:
    found = answers("The council's leader, Priya Shah, said no data had been lost.", "en")
    assert not [q for q in found if "leader" in q]


def test_a_participle_set_off_by_a_comma() -> None:
    found = lasting(
        "La Val Seriana è una valle della Lombardia orientale, attraversata dal fiume Serio.",
        "it",
    )
    assert found["Quale fiume attraversa la Val Seriana?"] == "Serio"


def test_a_complement_of_extent_after_the_agent() -> None:
    found = lasting(
        "Tynedale is a district of Northumberland, crossed by the River Tyne for about 30 miles.",
        "en",
    )
    assert found["Which river crosses Tynedale?"] == "River Tyne"


def test_an_irregular_participle_keeps_the_passive() -> None:
    found = lasting("La Val di Sole è una valle alpina percorsa dal torrente Noce.", "it")
    assert found["Da quale torrente è percorsa la Val di Sole?"] == "Noce"


def test_a_participle_agreeing_with_the_noun_not_the_subject_is_not_asked() -> None:
    found = lasting("Il Casentino è una valle percorsa dal fiume Arno.", "it")
    assert not [q for q in found if "percors" in q]


def test_another_complement_after_the_agent_is_not_left_out() -> None:
    found = lasting(
        "La Val Seriana è una valle, attraversata dal fiume Serio e dai suoi affluenti.", "it"
    )
    assert not found


# A seat said by a compound adjective, its place first (seats).


def based(text: str) -> dict[str, str]:
    return asked(seats.extract, text, "en")


def test_a_compound_seat_before_the_name() -> None:
    found = based("The rescue was paid for by Cardiff-based Tallis Marine, the ship’s owner.")
    assert found["Where is Tallis Marine based?"] == "Cardiff"


def test_a_compound_seat_with_nouns_before_the_name() -> None:
    found = based("The report, by the New York-based research group Halden Labs, was cited.")
    assert found["Where is Halden Labs based?"] == "New York"


def test_a_compound_seat_set_off_after_the_name() -> None:
    found = based(
        "The turbines were built by Orkney Tidal, the Kirkwall-based firm that runs them."
    )
    assert found["Where is Orkney Tidal based?"] == "Kirkwall"


def test_a_compound_seat_with_a_verb_after_names_no_one() -> None:
    found = based("The Leeds-based company said Arla Foods would appeal.")
    assert not found


# A passive whose subject is an entry named by a word that is a common noun too (agents).


def test_an_entry_named_by_a_common_word_is_asked_by_its_heading() -> None:
    text = (
        "Mill Lane is open again.\n\nCobalt\n\nCobalt is a hard grey metal. It was isolated "
        "in 1735 by the Swedish chemist Georg Brandt."
    )
    found = asked(agents.extract, text, "en")
    assert found["Who isolated Cobalt?"] == "Georg Brandt"


def test_an_italian_entry_named_by_a_common_word() -> None:
    text = (
        "La strada è stata riaperta.\n\nFerro\n\nIl ferro è un metallo. Fu lavorato dagli Ittiti."
    )
    found = asked(agents.extract, text, "it")
    assert found["Da chi fu lavorato il ferro?"] == "Ittiti"


# An English present that takes no object, before a named place (kinds).


def test_an_intransitive_present_before_a_named_place() -> None:
    found = lasting("The River Wensum flows into the River Yare at Whitlingham.", "en")
    assert found["Into which river does the River Wensum flow at Whitlingham?"] == "River Yare"


def test_a_plural_noun_before_a_named_place_is_no_verb() -> None:
    found = lasting("The Wensum cottages near Norwich Cathedral were sold.", "en")
    assert not [q for q in found if "cottages" in q and "near which" in q.lower()]


# A seat after a body's kind set off after its name (seats).


def test_a_seat_after_a_kind_set_off_after_the_name() -> None:
    found = based("The rigs were bought by Brae Offshore, a company based in Aberdeen.")
    assert found["Where is Brae Offshore based?"] == "Aberdeen"


def test_an_italian_seat_after_a_kind_set_off_after_the_name() -> None:
    found = asked(
        seats.extract,
        "Le gru sono state fornite da Ferri Sollevamenti, azienda con sede a Lodi.",
        "it",
    )
    assert found["Dove ha sede Ferri Sollevamenti?"] == "Lodi"
