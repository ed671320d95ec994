"""People the article names once, with no given name the gazetteer knows: a name that says
something ('Ottavio Brambini ha detto', 'Quillan Tresh, who runs ..., said'), a name after an
office of its own of a common noun ('Its director of training, Zelda Quarm,'); and whose an
office is when the sentence before names the group by its kind alone ('The company expects
...') and the one before that names it; whose town 'il sindaco' alone is when the title
names the one town the article describes; counsel named after the side they speak for
('Defending, Ann Lee said': English court reporting, no Italian shape)."""

from __future__ import annotations

from quizlib.generate.document import build_document, find_people
from quizlib.generate.extract import roles
from quizlib.generate.text import clean

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


def _asked_titled(title: str, body: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{title}\n\n{body}"), language)
    return {c.question: c.answer for c in roles.extract(doc) if c.question}


def test_the_mayor_alone_is_of_the_town_the_title_names() -> None:
    asked = _asked_titled(
        "Borgoverde, la nuova piscina apre a marzo",
        "Il sindaco, Ottavio Zanfretta, ha detto che i lavori sono finiti. Zanfretta era "
        "contento.\n\nBorgoverde\n\nBorgoverde è un comune italiano della provincia di Pavia.",
        "it",
    )
    assert asked["Chi è il sindaco di Borgoverde?"] == "Ottavio Zanfretta"
    asked = _asked_titled(
        "New pool opens in Hallowmere",
        "The mayor, Quillan Tresh, said the work was finished. Tresh was pleased.\n\n"
        "Hallowmere\n\nHallowmere is a town in the county of Kent.",
        "en",
    )
    assert asked["Who is the mayor of Hallowmere?"] == "Quillan Tresh"


def test_a_town_the_title_does_not_name_owns_no_mayor() -> None:
    asked = _asked_titled(
        "La nuova piscina apre a marzo",
        "Il sindaco, Ottavio Zanfretta, ha detto che i lavori sono finiti. Zanfretta era "
        "contento.\n\nBorgoverde\n\nBorgoverde è un comune italiano della provincia di Pavia.",
        "it",
    )
    assert "Chi è il sindaco di Borgoverde?" not in asked


def test_the_team_s_coach_is_asked_as_said() -> None:
    asked = _asked(
        "The rink from Dumfries won the title. The team’s coach, Quillan Tresh, a former "
        "Olympian who skated in 1998, said the win was hard work.",
        "en",
    )
    assert asked["Who is the team’s coach?"] == "Quillan Tresh"


def test_the_council_s_leader_of_no_council_named_is_not_asked() -> None:
    asked = _asked(
        "The plan was approved. The council’s leader, Quillan Tresh, said it was good.", "en"
    )
    assert "Who is the council’s leader?" not in asked


def test_a_group_s_name_with_a_plus_is_not_cut() -> None:
    asked = _asked(
        "The charity Rivers + Wetlands Trust backed the plan. Its director of science, "
        "Zelda Quarm, said more work was needed.",
        "en",
    )
    assert not any("of the charity Rivers?" in q for q in asked), asked
    assert asked["Who is the director of science of the charity Rivers + Wetlands Trust?"] == (
        "Zelda Quarm"
    )


def test_a_group_of_a_feminine_kind_takes_its_article() -> None:
    asked = _asked(
        "Il progetto è stato presentato ieri. Hanno partecipato i soci della società Brambini "
        "& Galletti. Il loro presidente, Ottavio Zanfretta, ha parlato a lungo.",
        "it",
    )
    assert asked["Chi è il presidente della società Brambini & Galletti?"] == "Ottavio Zanfretta"


def test_counsel_named_after_the_side_they_speak_for() -> None:
    asked = _asked(
        "Quillan Tresh, 40, admitted theft. Defending, Zelda Quarm said her client was sorry. "
        "Prosecuting on behalf of Harwick Borough Council, barrister Ottilie Brisk said the "
        "loss was large. Quarm and Brisk spoke for an hour.",
        "en",
    )
    assert asked["Who spoke for the defence?"] == "Zelda Quarm"
    assert asked["Who prosecuted on behalf of Harwick Borough Council?"] == "Ottilie Brisk"


def test_a_side_s_verb_before_no_name_asks_nothing() -> None:
    asked = _asked(
        "Defending the plan, the council said it was needed. Quillan Tresh said no.", "en"
    )
    assert not any(q.startswith("Who spoke for") for q in asked)
