"""Entities told in the shapes of real sentences: who made a thing a sentence has defined,
with the participle after a place complement ('X is a bridge across the River Y, designed by
Z'); an Italian body whose name goes on in small letters ('dal Gruppo speleologico ...'); what
a name is, in an apposition with an owner's name or after an acronym in brackets; a
superlative in a relative clause after a name anywhere in a sentence; a definition that goes
on past an owner's "’s"."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.text import clean
from tests.generate.helpers import en_questions as _en
from tests.generate.helpers import it_questions as _it


def test_the_maker_of_a_defined_thing_after_a_place_complement() -> None:
    text = (
        "The Harwick Footbridge is a cable bridge across the River Wenn, designed by the "
        "engineer Clara Holt."
    )
    found = _en(text)
    assert found.get("Who designed the Harwick Footbridge?") == "Clara Holt"
    assert "Who designed the River Wenn?" not in found


def test_the_maker_of_a_defined_thing_after_a_place_set_off_by_commas() -> None:
    text = (
        "Il Ponte di Varenna è un viadotto sul fiume Serio a Lovere, in Lombardia, progettato "
        "dall’ingegnere Paolo Ferri e inaugurato nel 1931."
    )
    assert _it(text).get("Da chi fu progettato il Ponte di Varenna?") == "Paolo Ferri"


def test_a_body_named_on_by_adjectives_in_small_letters() -> None:
    text = "Le grotte di Valmora furono scoperte nel 1968 dal Gruppo speleologico lombardo."
    assert _it(text).get("Da chi furono scoperte le grotte di Valmora?") == (
        "Gruppo speleologico lombardo"
    )


def test_an_apposition_with_an_owner_defines_a_name_that_opens_the_sentence() -> None:
    found = _en("Tirwen, the Welsh Government’s rural heritage agency, listed the mill in May.")
    assert found.get("What is Tirwen?") == "the Welsh Government’s rural heritage agency"


def test_a_known_word_opening_a_sentence_is_no_name_an_apposition_defines() -> None:
    found = _en("Meanwhile, the rural heritage agency listed the old mill in May.")
    assert not any(q.startswith("What is Meanwhile") for q in found)


def test_an_apposition_after_an_acronym_in_brackets() -> None:
    text = (
        "La regione si candida a ospitare il Varenna Array (VA), il radiotelescopio europeo di "
        "nuova generazione."
    )
    assert _it(text).get("Che cos’è il Varenna Array?") == (
        "il radiotelescopio europeo di nuova generazione"
    )


def test_no_apposition_after_an_opening_attribution() -> None:
    text = "According to the Growers’ Union (GU), the valley produces a third of the apples."
    assert not any(a.startswith("the valley") for a in _en(text).values())


def test_a_superlative_in_a_relative_clause_after_a_place() -> None:
    text = (
        "Dal lato di Castelmora, che con i suoi 1.240 metri è il comune più alto della "
        "provincia, la funivia parte da una piattaforma."
    )
    assert _it(text).get("Qual è il comune più alto della provincia?") == "Castelmora"
    en = "The ferries leave from Porthcarn, which is still the busiest harbour in Cornwall."
    assert _en(en).get("What is the busiest harbour in Cornwall?") == "Porthcarn"


def test_no_superlative_of_a_judgement_or_another_clause() -> None:
    text = "Il sindaco ha lodato Castelmora, che secondo lui è il borgo più bello della valle."
    assert "Qual è il borgo più bello della valle?" not in _it(text)
    en = "The ferries leave from Porthcarn, which officials say is the busiest harbour in Cornwall."
    assert "What is the busiest harbour in Cornwall?" not in _en(en)
    then = "The court first sat in Porthcarn, which was then the county’s capital."
    assert not any("then" in q for q in _en(then))


def test_a_definition_goes_on_past_an_owner() -> None:
    text = (
        "Cider makers pressed early this year, the guild said.\n\nWenn Cider Guild\n\n"
        "The Wenn Cider Guild is a trade body representing the county’s cider makers. "
        "Founded in 1921, it runs a yearly fair."
    )
    assert _en(text).get("What is the Wenn Cider Guild?") == (
        "a trade body representing the county’s cider makers"
    )


def test_a_sports_or_tourism_body_is_no_person() -> None:
    text = (
        "A test headline for the shapes\n\nThe race was run by Rowing Canada and funded by "
        "Visit Norway. Canada sent nine crews and Norway sent four. Coach Emma Hartley of "
        "Rowing Canada said the crews were ready, Hartley added."
    )
    people = build_document(clean(text), "en").people
    assert "Rowing Canada" not in people and "Visit Norway" not in people
    assert people.get("Hartley") == "Emma Hartley"


def test_a_body_described_before_its_name_that_is_no_person() -> None:
    text = (
        "Most of the money came from the council and the Norwegian Government’s tourism "
        "agency, Visit Norway."
    )
    assert _en(text).get("What is the Norwegian Government’s tourism agency?") == "Visit Norway"


def test_a_named_thing_is_asked_by_its_kind_not_who() -> None:
    found = _en("Surveyors counted the redds near Holm Dam, which has a new fish ladder.")
    assert found.get("Which dam has a new fish ladder?") == "Holm Dam"
    assert "Who has a new fish ladder?" not in found
