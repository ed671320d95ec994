"""People the article names once, with no given name the gazetteer knows: a name that says
something ('Ottavio Brambini ha detto', 'Quillan Tresh, who runs ..., said'), a name after an
office of its own of a common noun ('Its director of training, Zelda Quarm,'); and whose an
office is when the sentence before names the group by its kind alone ('The company expects
...') and the one before that names it."""

from __future__ import annotations

from quizlib.generate.document import find_people

from .test_roles_office_shapes import _asked


def test_a_name_that_says_something_is_a_person() -> None:
    people = find_people(
        ["Quillan Tresh, who looks after the boats, said the season had been long."], "en"
    )
    assert people.get("Quillan Tresh") == "Quillan Tresh"
    people = find_people(["Ottavio Brambini ha detto che la stagione è stata lunga."], "it")
    assert people.get("Ottavio Brambini") == "Ottavio Brambini"


def test_words_a_dictionary_knows_are_no_speaker() -> None:
    people = find_people(["Northern Water said the pipes would be replaced."], "en")
    assert "Northern Water" not in people
    people = find_people(["Lough Derg said nothing.", "Quillan Tresh said more."], "en")
    assert "Lough Derg" not in people


def test_the_surname_of_a_longer_name_is_no_new_person() -> None:
    people = find_people(
        ["Aoife Ní Bhraonáin, the director, opened the show.", "Ní Bhraonáin said it was full."],
        "en",
    )
    assert "Ní Bhraonáin" not in people.values()


def test_who_runs_a_named_firm() -> None:
    asked = _asked(
        "Quillan Tresh, who runs the boatyard Tresh Marine, said the season had been long.",
        "en",
    )
    assert asked["Who runs the boatyard Tresh Marine?"] == "Quillan Tresh"


def test_an_office_of_a_common_noun() -> None:
    people = find_people(["Its director of training, Zelda Quarm, said the course was full."], "en")
    assert people.get("Zelda Quarm") == "Zelda Quarm"


def test_a_group_by_its_kind_stands_for_the_one_named_before() -> None:
    asked = _asked(
        "A depot burned down in May. Harwick Freight, which employs 90 people, moved its staff "
        "to Leeds. The company expects the depot to reopen next year. Its managing director, "
        "Quillan Tresh, said the firm had spent a lot on security.",
        "en",
    )
    assert asked["Who is the managing director of Harwick Freight?"] == "Quillan Tresh"
    asked = _asked(
        "Un deposito è bruciato a maggio. La Brambini Trasporti, che impiega 90 persone, ha "
        "spostato i dipendenti a Lodi. La società prevede di riaprire il deposito l’anno "
        "prossimo. Il suo amministratore delegato, Ottavio Zanfretta, ha detto che la ditta "
        "ha speso molto.",
        "it",
    )
    assert asked["Chi è l’amministratore delegato della Brambini Trasporti?"] == (
        "Ottavio Zanfretta"
    )


def test_a_kind_alone_after_a_person_owns_nothing() -> None:
    asked = _asked(
        "Quillan Tresh welcomed the plan. The company expects the depot to reopen next year. "
        "Its managing director, Zelda Quarm, said the firm had spent a lot.",
        "en",
    )
    assert not any("of Quillan Tresh" in q for q in asked)
