"""Which one in a series: 'the sixth session of the committee' asked as 'Which session ...?'."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import ordinals
from quizlib.generate.text import clean


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question or "": c.answer for c in ordinals.extract(doc)}


def test_italian_ordinal_of_a_series() -> None:
    text = (
        "Titolo di un articolo di prova qui\n\n"
        "I colloqui di Ginevra sono la quarta sessione del comitato tecnico. "
        "La Brembo Spa diventa il secondo produttore di freni in Europa."
    )
    assert _asked(text, "it") == {
        "Quale sessione del comitato tecnico sono i colloqui di Ginevra?": "la quarta",
        "Quale produttore di freni in Europa diventa la Brembo Spa?": "il secondo",
    }


def test_english_ordinal_with_the_copula_inverted() -> None:
    text = (
        "Title of a test article here\n\n"
        "The Lisbon talks were the fifth round of the trade negotiations. "
        "Vantor will be the third plant of the Orsen group in Poland. Vantor employs 400 people."
    )
    assert _asked(text, "en") == {
        "Which round of the trade negotiations were the Lisbon talks?": "the fifth",
        "Which plant of the Orsen group in Poland will Vantor be?": "the third",
    }


def test_no_question_for_a_ranking_a_time_or_a_vague_subject() -> None:
    it = (
        "Titolo di un articolo di prova qui\n\n"
        "Torino è la quarta città più popolosa d’Italia. "
        "La squadra ha vinto per la terza volta il campionato. "
        "Il nuovo impianto sarà il terzo stabilimento del gruppo, dopo quelli di Lione."
    )
    en = (
        "Title of a test article here\n\n"
        "It was the second time the club won the cup. "
        "Leeds is the third largest city in England. "
        "This is the fourth attempt of the team."
    )
    assert _asked(it, "it") == {}
    assert _asked(en, "en") == {}


def test_an_entry_names_its_subject() -> None:
    text = (
        "Titolo di un articolo di prova qui\n\n"
        "Il comitato si è riunito ieri a Roma per discutere del bilancio annuale.\n\n"
        "Arvenia\n\n"
        "Arvenia è una regione della Valmora. È la seconda regione della Valmora per superficie."
    )
    asked = _asked(text, "it")
    assert asked == {"Quale regione della Valmora per superficie è Arvenia?": "la seconda"}


def test_english_owner_and_a_relative_clause_in_the_subject() -> None:
    text = (
        "Title of a test article here\n\n"
        "The hearings, which run from May 3 to 9, are the fourth session of the Harbour "
        "Commission (HC-4). The hearings are public. The hearings end on Friday.\n\n"
        "The Gdansk plant will be the group’s second factory and its first outside Sweden. "
        "Milan, Turin and Rome are the third group of cities in the plan."
    )
    assert _asked(text, "en") == {
        "Which session of the Harbour Commission are the hearings?": "the fourth",
        "Which factory of the group will the Gdansk plant be?": "the second",
    }


def test_an_ordinal_card_is_a_card_the_deck_format_reads() -> None:
    from quizlib.deckfile import dump_deck, parse_deck
    from quizlib.generate import generate_deck

    text = (
        "A title for the test article\n\n"
        "The talks in Geneva are the sixth session of the negotiating committee on plastics."
    )
    deck = generate_deck(text, language="en")
    assert any(c.answer == "the sixth" for c in deck.cards)
    assert parse_deck(dump_deck(deck)) == deck


def test_no_question_of_a_phrase_cut_inside_a_list_of_names() -> None:
    qs = _asked(
        "Titolo\n\nMessina è la terza città dell'isola per popolazione dopo Palermo e Catania.\n",
        "it",
    )
    assert not any(q.startswith("Quale città") for q in qs), qs
