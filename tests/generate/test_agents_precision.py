"""Who holds or runs a thing, and who did a deed after an opening time (agents.py, kinds.py):
no card when the agent is a place, a mountain or a disease, one of a list, or one reached
through another; no doer of a passive or of a state after a time."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import agents, kinds
from quizlib.generate.text import clean

from .helpers import article, article_document, it_questions, questions_of


def _questions(module: object, text: str, language: str) -> dict[str, str]:
    doc = article_document(text, language)
    extract = module.extract  # type: ignore[attr-defined]
    return {c.question: c.answer for c in extract(doc) if c.question}


def test_an_owner_reached_through_another_is_not_asked_as_the_owner() -> None:
    text = "The Portwick ferries are owned by the Welsh Government through Tanner Holdings Ltd."
    assert _questions(agents, text, "en") == {}


def test_a_name_after_a_time_is_no_doer_of_a_state_or_a_passive() -> None:
    state = "Dal 2019 la Cantina Bruni fa parte del consorzio toscano Vinarte, che vende vino."
    assert _questions(agents, state, "it") == {}
    passive = "In 2022 Hallam Library has been restored by Keystone Builders."
    assert _questions(agents, passive, "en") == {}
    plain = "Hallam Library has been restored by Keystone Builders."
    assert "Hallam Library" not in _questions(agents, plain, "en").values()


def test_a_place_after_a_time_is_no_doer() -> None:
    assert _questions(agents, "In 2019 Lake Coniston froze for a week.", "en") == {}
    square = "Domenica 4 giugno Piazza Castello ha ospitato la festa dei fiori."
    assert _questions(agents, square, "it") == {}
    body = "Nel 2017 la Procura di Lucca aveva aperto un’indagine sulle gare."
    assert _questions(agents, body, "it") == {
        "Quale procura aveva aperto un’indagine sulle gare?": "Procura di Lucca"
    }


def test_a_present_passive_asks_only_who_holds_or_runs_it() -> None:
    assert _questions(agents, "The Loch Hotel is overlooked by Ben Cruachan.", "en") == {}
    assert _questions(agents, "The Hartley syndrome is caused by HPV.", "en") == {}
    assert _questions(agents, "The Tower of Portwick is guarded by the City Watch.", "en") == {}
    owned = _questions(agents, "The Portwick ferries are owned by Tanner Holdings Ltd.", "en")
    assert owned == {"Who owns the Portwick ferries?": "Tanner Holdings Ltd"}


def test_a_present_passive_with_a_list_of_agents_is_not_asked() -> None:
    made = "Il comitato di Bojano è composto da Luca Ferri e Paolo Neri."
    assert _questions(agents, made, "it") == {}
    run = "Il museo di Bojano è gestito da Luca Ferri e Paolo Neri."
    assert _questions(agents, run, "it") == {}


def test_a_past_passive_after_an_opening_time_is_asked() -> None:
    found = _questions(agents, "Nel 1752 la Villa Favorita fu costruita da Luigi Vanvitelli.", "it")
    assert found == {"Da chi fu costruita nel 1752 la Villa Favorita?": "Luigi Vanvitelli"}


def test_di_before_a_person_says_whose_not_which_name() -> None:
    text = "La villa appartiene alla società di Luca Ferri. La villa ha dodici stanze."
    doc = build_document(clean(f"Una villa in Toscana\n\n{text}\n"), "it")
    assert [c.answer for c in kinds.extract(doc) if c.question] == []


def test_a_subject_that_opens_with_a_possessive_is_not_asked() -> None:
    text = (
        "Ellie Morrison won the final on Sunday. Her team, completed by third Kirsty Gow and "
        "lead Isla Barr, had lost only one game all week."
    )
    assert not any("Her team" in q or "her team" in q for q in _questions(agents, text, "en"))
    text = (
        "Marta Neri ha vinto la finale domenica. La sua squadra, completata da Anna Gori, "
        "aveva perso una sola partita."
    )
    assert not any("sua squadra" in q for q in _questions(agents, text, "it"))


def test_a_period_told_by_its_end_goes_with_its_date() -> None:
    """'in the year to March 2026': the deed ends before the whole phrase, not before its date."""
    qs = questions_of(
        "A test headline\n\nThe Harbour Trust handed out 4,200 food parcels in the year to "
        "April 2025, its busiest year.\n",
        "en",
    )
    assert not any(q.endswith(" to?") for q in qs), qs


def test_a_conjunction_before_a_name_opens_no_doer() -> None:
    """'Because Portwick has no quay, ...': the conjunction is no part of a name, and the
    clause it opens is not the sentence's."""
    text = "Because Portwick Harbour has no deep quay, ferries anchor offshore."
    assert not any("Because" in a for a in _questions(agents, text, "en").values())
    text = "Poiché Villa Serena non ha un parcheggio, i visitatori lasciano l'auto in paese."
    assert not any("Poiché" in a for a in _questions(agents, text, "it").values())


def test_a_person_after_a_title_beside_an_office_is_no_entity_of_a_kind() -> None:
    """'The council's cabinet member for parks, Councillor Ruth Hale, welcomed ...': a person,
    whose office the appositions ask; no 'Which council's cabinet member ...?'."""
    text = "The council's cabinet member for parks, Councillor Ruth Hale, welcomed the ruling."
    assert not any(q.startswith("Which") for q in _questions(kinds, text, "en"))


def test_a_century_after_da_is_a_time_and_a_reflexive_no_passive() -> None:
    qs = it_questions(
        "Valdagno è un comune veneto. Sviluppatasi dall’Ottocento attorno all’industria "
        "laniera, conserva un quartiere operaio."
    )
    assert not any(q.startswith("Da chi") for q in qs)


def test_an_italian_body_named_with_a_geographic_adjective() -> None:
    qs = it_questions(
        "L’elenco dei vincitori dei Consolidator Grant 2025 è stato pubblicato dalla "
        "Commissione europea: 349 progetti in tutta Europa."
    )
    assert qs.get(
        "Da chi è stato pubblicato l’elenco dei vincitori dei Consolidator Grant 2025?"
    ) == ("Commissione europea")


def test_a_deed_of_three_words_with_a_named_object() -> None:
    qs = questions_of(article("Anna Reid opened Kingsford Bridge in 2019.", "en"), "en")
    assert qs["Who opened Kingsford Bridge?"] == "Anna Reid"
    # "the bridge": which, out of the article?
    qs = questions_of(article("Anna Reid opened the bridge in 2019.", "en"), "en")
    assert "Who opened the bridge?" not in qs
