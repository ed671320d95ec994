"""Date questions of a named object that an indefinite noun phrase with a participle
describes ('the Corn Exchange, a Victorian hall built in 1862') and of a second verb that
a modal opens after 'and' ('was launched in March and should sail in July')."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_participle_after_a_describing_noun_is_said_of_the_name() -> None:
    qs = questions_of(
        "The choir sang at the Marlow Guildhall, a Georgian hall built in 1792.", "en"
    )
    assert qs.get("In what year was the Marlow Guildhall built?") == "1792", qs
    qs = questions_of(
        "The choir sang at the Corn Exchange, a red brick hall built in 1862 beside the canal.",
        "en",
    )
    assert qs.get("In what year was the Corn Exchange built?") == "1862", qs


def test_italian_participle_agrees_with_the_name() -> None:
    qs = questions_of("La mostra si terrà nel Palazzo Ferri, un edificio costruito nel 1620.", "it")
    assert qs.get("In che anno fu costruito il Palazzo Ferri?") == "1620", qs
    # The participle agrees with the describing noun, which is the name: asked of the name,
    # agreeing with it; a participle that agrees with neither is some other noun's.
    qs = questions_of("La mostra si terrà nella Villa Ferri, un edificio costruito nel 1620.", "it")
    assert qs.get("In che anno fu costruita la Villa Ferri?") == "1620", qs
    qs = questions_of("La mostra si terrà nella Villa Ferri, un edificio costruita nel 1620.", "it")
    assert not any(q.startswith("In che anno fu costruit") for q in qs), qs


def test_describing_noun_with_an_agent_or_verb_is_not_asked() -> None:
    qs = questions_of("The choir sang at the Marlow Assembly Rooms, a hall built in 1792.", "en")
    assert not any("Rooms built" in q for q in qs), qs
    qs = questions_of(
        "The choir sang at the Corn Exchange, a hall built in 1862 by the mill owners.", "en"
    )
    # asked in place, the year stays with the hall
    assert [q for q in qs if "built" in q] == [
        "The choir sang at the Corn Exchange, a hall built in what year by the mill owners?"
    ], qs
    qs = questions_of("The choir sang at the Corn Exchange, a hall that was built in 1862.", "en")
    assert "In what year was the Corn Exchange built, a hall that?" not in qs, qs


def test_modal_after_and_opens_a_clause_of_its_own() -> None:
    qs = questions_of(
        "The Harwick ferry was launched in March and should carry its first passengers in July.",
        "en",
    )
    assert qs.get("When should the Harwick ferry carry its first passengers?") == "July", qs
    assert not any("launched in March and" in q for q in qs), qs
