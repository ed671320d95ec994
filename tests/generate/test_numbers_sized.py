"""The height or area an English compound gives its noun wherever the noun phrase sits, the
length of more long things and after an adjective (numbers.sized, numbers.hidden), and a
height between commas after a high place. On small texts of their own."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import numbers
from quizlib.generate.text import clean


def questions(text: str, language: str = "en") -> dict[str, str]:
    title = "Story" if language == "en" else "Notizia"
    doc = build_document(clean(f"{title}\n\n{text}\n"), language)
    found = (numbers.with_bound(c, language) for c in numbers.extract(doc))
    return {c.question: c.answer for c in found if c.question}


def test_a_height_in_a_compound_is_asked_of_a_tall_thing() -> None:
    qs = questions("The square will get a 9-metre bronze statue by a local sculptor.")
    assert qs["How tall will the bronze statue be?"] == "9 metres"
    qs = questions("Engineers inspected the 40-metre chimney last week.")
    assert qs["How tall was the chimney?"] == "40 metres"


def test_an_area_in_a_compound_is_asked_with_the_tense_of_its_clause() -> None:
    qs = questions("The flood damaged much of the 3,500-square-metre warehouse.")
    assert qs["How large was the warehouse?"] == "3,500 square metres"
    qs = questions("The trust will open a new 900-square-metre visitor centre at Kielder.")
    assert qs["How large will the new visitor centre at Kielder be?"] == "900 square metres"


def test_an_area_of_a_thing_no_place_names_is_not_asked() -> None:
    qs = questions("Volunteers cleared litter from a 900-square-metre plot.")
    assert not any(q.startswith("How large") for q in qs)
    qs = questions("Kielder Park is a 900-square-metre garden near Hexham.")
    assert "How large is the garden near Hexham?" not in qs


def test_a_length_in_a_compound_is_asked_after_an_adjective_and_of_a_stage() -> None:
    qs = questions("The rally opens with a 14km prologue at Knockhill.")
    assert qs["How long is the prologue?"] == "14km"
    qs = questions("Riders tackled a shorter 95-kilometre route from Dumfries.")
    assert qs["How long is the route from Dumfries?"] == "95 kilometres"


def test_a_height_between_commas_is_asked_of_the_high_place() -> None:
    qs = questions("The Bealach summit, at 2,054ft (626m), is often blocked by snow.")
    assert qs["How high is the Bealach summit?"] == "2,054ft (626m)"
    qs = questions("The village, at 300 metres, is quiet in winter.")
    assert not any(q.startswith("How high") for q in qs)


def test_a_measure_in_a_unit_symbol_a_verb_takes_is_asked_with_the_unit_written_out() -> None:
    qs = questions("The contractor will lay 12km (7.5 miles) of new cycle track.")
    assert qs["How many kilometres of new cycle track will the contractor lay?"] == (
        "12km (7.5 miles)"
    )
    qs = questions("The scheme includes 3km of footpaths, two bridges and a car park.")
    assert qs["How many kilometres of footpaths does the scheme include?"] == "3km"
    assert not any(q.startswith("How many") for q in questions("The trail is 12km of mud."))
