"""Lists of participles that share one auxiliary (participle_lists.py), and Italian verb
groups with their subject after them set off after an opening frame (segments.py): each
item, each such clause, read as a plain statement and asked."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.participle_lists import participle_list_said
from quizlib.generate.segments import plain_clauses

_IT = "Titolo di un articolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
_EN = "Title of a test article here\n\nThe pier reopened yesterday.\n\n"


def _questions(text: str, language: str) -> dict[str, str]:
    """question -> answer of the question cards of a text."""
    deck = generate_deck((_IT if language == "it" else _EN) + text + "\n", deck_id="t")
    return {c.question: c.answer for c in deck.cards if c.question}


def test_italian_participles_after_one_passive_auxiliary_agree_each_with_its_item() -> None:
    text = "In paese sono state restaurate le fontane, rifatti 14 marciapiedi e posato un cavo."
    assert participle_list_said(text, "it") == [
        "In paese sono stati rifatti 14 marciapiedi.",
        "In paese è stato posato un cavo.",
    ]
    assert _questions(text, "it").get("Quanti marciapiedi sono stati rifatti in paese?") == "14"


def test_italian_participles_after_one_active_auxiliary_keep_it() -> None:
    text = "La cooperativa ha aperto due forni, assunto 9 panettieri e chiuso un negozio."
    assert participle_list_said(text, "it") == [
        "La cooperativa ha assunto 9 panettieri.",
        "La cooperativa ha chiuso un negozio.",
    ]
    assert _questions(text, "it").get("Quanti panettieri ha assunto la cooperativa?") == "9"


def test_italian_subjects_with_their_participles_after_one_auxiliary() -> None:
    text = "Le tubature sono state cambiate, 30 tombini sostituiti e la piazza ripavimentata."
    assert participle_list_said(text, "it") == [
        "30 tombini sono stati sostituiti.",
        "La piazza è stata ripavimentata.",
    ]


def test_english_subjects_with_their_participles_after_one_auxiliary() -> None:
    text = "The old pipes were replaced, 30 drains cleared and a new pump fitted at the works."
    assert participle_list_said(text, "en") == [
        "30 drains were cleared.",
        "A new pump was fitted at the works.",
    ]
    assert _questions(text, "en").get("How many drains were cleared?") == "30"


def test_english_participles_after_one_auxiliary_keep_the_subject() -> None:
    text = "The charity has trained 40 guides, opened 3 shops and hired a manager."
    assert participle_list_said(text, "en") == [
        "The charity has opened 3 shops.",
        "The charity has hired a manager.",
    ]
    assert _questions(text, "en").get("How many shops has the charity opened?") == "3"


def test_a_list_that_reads_otherwise_is_left_alone() -> None:
    # a list inside an object, not a participle's item
    assert participle_list_said("Sono stati rifatti 9 ponti, 3 gallerie e 2 stazioni.", "it") == []
    # a reported clause: whose deeds the pronoun names is reference.py's
    text = "The club said it had sold 40 seats, opened 3 bars and hired 6 staff."
    assert participle_list_said(text, "en") == []
    # a clause with its own verb among the items
    text = "Two roads were closed, a bridge collapsed and 30 homes were flooded."
    assert participle_list_said(text, "en") == []


def test_an_italian_verb_group_before_its_subject_after_a_frame() -> None:
    text = "Alla fiera di Bra, domenica 4 maggio nel palazzetto, sono arrivati circa 900 ospiti."
    assert plain_clauses(text, "it") == ["Alla fiera di Bra sono arrivati circa 900 ospiti."]
    assert _questions(text, "it").get("Quanti ospiti sono arrivati alla fiera di Bra?") == (
        "circa 900"
    )
    # a verb of saying after the frame is an attribution, no inverted clause
    text = "Nel frattempo, ha spiegato il sindaco, sono arrivati 12 volontari."
    assert "Nel frattempo ha spiegato il sindaco." not in plain_clauses(text, "it")


def test_the_list_before_the_last_and_is_no_statement_of_its_own() -> None:
    from quizlib.generate.statements import _verb_phrases_apart

    text = "The charity has trained 40 guides, opened 3 shops and hired a manager."
    assert _verb_phrases_apart(text, "en") == ["The charity has hired a manager."]
    text = "La cooperativa ha aperto due forni, assunto 9 panettieri e chiuso un negozio."
    assert _verb_phrases_apart(text, "it") == ["La cooperativa ha chiuso un negozio."]


def test_a_clause_that_goes_on_after_a_negation_is_not_cut_before_it() -> None:
    from quizlib.generate.statements import _main_clause_alone

    text = (
        "Il rifugio ha speso 2 milioni per il tetto e per tre mesi, tra luglio e settembre, "
        "non ha ospitato alcun escursionista."
    )
    assert _main_clause_alone(text, "it") is None
    text = (
        "The club lost £2m on the stand and for three months, from May to July, did not "
        "host any match."
    )
    assert _main_clause_alone(text, "en") is None


def test_a_relative_that_ends_the_sentence_is_said_of_the_phrase_before_it() -> None:
    from quizlib.generate.phrase_relatives import phrase_relative_said

    text = "Il bando è stato vinto dalla rete regionale dei musei, che gestisce 42 sale."
    assert phrase_relative_said(text, "it") == "La rete regionale dei musei gestisce 42 sale."
    text = "The grant went to the county wildlife trust, which manages 42 reserves."
    assert phrase_relative_said(text, "en") == "The county wildlife trust manages 42 reserves."
    assert _questions(text, "en").get("How many reserves does the county wildlife trust manage?")


def test_a_relative_that_may_be_about_another_noun_is_left_alone() -> None:
    from quizlib.generate.phrase_relatives import phrase_relative_said

    # the noun after "of" agrees with the verb as well as the head
    assert (
        phrase_relative_said("They fixed the roof of the church, which dates from 1290.", "en")
        is None
    )
    assert (
        phrase_relative_said("Hanno rifatto il tetto della chiesa, che risale al 1290.", "it")
        is None
    )
    # a phrase inside another, a name after a preposition
    text = "The fair was held at the school in the village, which has 200 pupils."
    assert phrase_relative_said(text, "en") is None
    text = "The best show was the parade by Macnas, which drew 40,000 people."
    assert phrase_relative_said(text, "en") is None
    # a verb that agrees with the noun after "di", not with the head
    text = "Il premio è andato al comitato dei genitori, che hanno piantato 300 alberi."
    assert phrase_relative_said(text, "it") is None


def test_a_tail_of_what_each_of_a_counted_set_has_is_said_of_each() -> None:
    from quizlib.generate.each_tails import each_with_said

    text = "Il museo ha aperto tre nuove sale, allestite dagli studenti, ciascuna con 40 posti."
    assert each_with_said(text, "it") == "Ogni sala ha 40 posti."
    assert _questions(text, "it").get("Quanti posti ha ogni sala?") == "40"
    text = "The ferry firm has ordered four hybrid boats, each with 120 seats."
    assert each_with_said(text, "en") == "Each boat has 120 seats."
    assert _questions(text, "en").get("How many seats does each boat have?") == "120"
    # no counted plural before the tail: no statement
    assert each_with_said("The hall has a stage, each with a curtain.", "en") is None


def test_an_amount_in_an_aside_before_the_tail_is_no_counted_set() -> None:
    from quizlib.generate.each_tails import each_with_said

    text = "Circolano sei battelli, comprati per 12 milioni di euro, ciascuno con 90 posti."
    assert each_with_said(text, "it") == "Ogni battello ha 90 posti."
