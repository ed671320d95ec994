"""Places told more fully than a bare town: a town the place lies beside or off ('at
Hill Farm near Ashby', 'at Granish, north of Aviemore'), a place told by its kind and its town
('in a quarry at Glen Tarn', 'al palazzetto di Thiene'); a name in -ish that is no language; a
verb of holding keeps the place to its object; a noun phrase in -ed is no verb."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import candidates, places
from quizlib.generate.text import clean

TITLE = {"it": "Un titolo per la prova", "en": "A title for the test"}


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in places.extract(doc)}


def test_a_place_near_a_town_is_answered_with_the_town() -> None:
    asked = _asked("The rally finished at Greyfield near Ludlow.", "en")
    assert asked == {"Where did the rally finish?": "Greyfield near Ludlow"}


def test_a_place_north_of_a_town_is_answered_with_the_town() -> None:
    asked = _asked("The builder will set up a depot at Dunmore, north of Kelso.", "en")
    assert asked == {"Where will the builder set up a depot?": "Dunmore, north of Kelso"}


def test_a_place_south_of_a_town_in_italian() -> None:
    asked = _asked("Il consorzio ha costruito il magazzino a Calenzano, a nord di Firenze.", "it")
    assert asked == {"Dove il consorzio ha costruito il magazzino?": "Calenzano, a nord di Firenze"}


def test_a_town_in_ish_is_no_language() -> None:
    asked = _asked("The charity opened a shop at Dornish last year.", "en")
    assert asked == {"Where did the charity open a shop last year?": "Dornish"}


def test_a_place_told_by_its_kind_and_town() -> None:
    asked = _asked("The drums were found buried in a disused quarry at Glen Tarn.", "en")
    assert asked == {"Where were the drums found buried?": "in a disused quarry at Glen Tarn"}


def test_a_place_told_by_its_kind_and_town_in_italian() -> None:
    asked = _asked("La squadra giocherà le partite al palazzetto di Thiene.", "it")
    assert asked == {"Dove la squadra giocherà le partite?": "al palazzetto di Thiene"}


def test_a_verb_of_holding_keeps_the_place_to_its_object() -> None:
    assert _asked("The scheme includes a new depot in Harlow.", "en") == {}
    assert _asked("Il progetto prevede un nuovo deposito a Cles.", "it") == {}
    assert _asked("Il progetto ha previsto un nuovo deposito a Cles.", "it") == {}


def test_an_auxiliary_of_have_is_no_holding() -> None:
    asked = _asked("The charity has opened a new shop in Harlow.", "en")
    assert asked == {"Where has the charity opened a new shop?": "Harlow"}


def test_a_noun_phrase_in_ed_is_no_verb() -> None:
    assert _asked("Training for the nine pilots needed at Brora.", "en") == {}


def _deck(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in candidates(doc) if c.question}


def test_a_place_is_asked_of_the_plain_statement_of_a_sentence() -> None:
    asked = _deck(
        "The charity, which was founded in 1990 by two nurses, opened a shop in Harlow.", "en"
    )
    assert asked.get("Where did the charity open a shop?") == "Harlow"
    asked = _deck("In Dunmore, on the Fife coast, gusts reached 90mph.", "en")
    assert asked.get("Where did gusts reach 90mph?") == "Dunmore"


def test_a_place_is_asked_of_the_plain_statement_of_an_italian_sentence() -> None:
    asked = _deck(
        "La cooperativa, che è stata fondata nel 1990 da due infermiere, ha aperto un negozio"
        " a Cles.",
        "it",
    )
    assert asked.get("Dove la cooperativa ha aperto un negozio?") == "Cles"


def test_a_stretch_of_time_after_the_town_ends_the_clause() -> None:
    asked = _asked("The club will play its matches at Dunmore during the rebuilding.", "en")
    assert asked == {"Where will the club play its matches during the rebuilding?": "Dunmore"}
    asked = _asked("La società giocherà le partite a Thiene durante il cantiere.", "it")
    assert asked == {"Dove la società giocherà le partite durante il cantiere?": "Thiene"}
