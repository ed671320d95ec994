"""The reading of a sentence's top level (segments.py): its pieces labelled, the plain clauses
composed from them (an opening frame placed after its clause, attributions, asides and
verbless tails left out, a clause joined after ', and' or ';' read alone), what the reading
must refuse (a list's commas, a comma inside a noun phrase, a clause that goes on after an
aside), and the questions the extractors then ask of such sentences."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.segments import ATTRIBUTION, FRAME, JOINED, TAIL, labelled, plain_clauses

_IT = "Titolo di un articolo di prova qui\n\nIl molo ha riaperto ieri.\n\n"
_EN = "Title of a test article here\n\nThe pier reopened yesterday.\n\n"


def _questions(text: str, language: str) -> dict[str, str]:
    """question -> answer of the question cards of a text."""
    deck = generate_deck((_IT if language == "it" else _EN) + text + "\n", deck_id="t")
    return {c.question: c.answer for c in deck.cards if c.question}


def test_a_frame_an_attribution_and_a_joined_clause_are_labelled() -> None:
    text = (
        "Between 2020 and 2024, 57 walkers were rescued on the ridge, according to the "
        "coastguard, and the path is often closed by landslips."
    )
    labels = [label for label, _ in labelled(text, "en") or []]
    assert labels == [FRAME, "clause", ATTRIBUTION, JOINED]
    assert plain_clauses(text, "en") == [
        "57 walkers were rescued on the ridge between 2020 and 2024.",
        "The path is often closed by landslips.",
    ]


def test_an_italian_clause_between_an_attribution_and_a_tail() -> None:
    text = (
        "Secondo i dati della Camera di commercio, nel 2025 le aziende del distretto hanno "
        "assunto 640 apprendisti, quasi il doppio dell’anno prima; secondo la Regione i posti "
        "vacanti sono circa 300."
    )
    labels = [label for label, _ in labelled(text, "it") or []]
    assert labels == [ATTRIBUTION, "clause", TAIL, JOINED]
    assert plain_clauses(text, "it") == [
        "Nel 2025 le aziende del distretto hanno assunto 640 apprendisti.",
        "Secondo la Regione i posti vacanti sono circa 300.",
    ]


def test_asides_after_the_subject_are_left_out() -> None:
    text = (
        "In the spring, 26 pupils, most of them from the village, planted oaks along the "
        "burn, according to the trust."
    )
    assert plain_clauses(text, "en") == ["26 pupils planted oaks along the burn in the spring."]
    text = "Nel 2024 la cooperativa, che ha sede a Bra, ha raccolto 90 quintali di nocciole."
    assert plain_clauses(text, "it") == []  # no frame set off: the asides are openings.py's


def test_a_list_and_a_name_with_commas_are_no_pieces_of_their_own() -> None:
    text = "Last summer, the ferry called at Oban, Mull and Coll, according to the operator."
    assert plain_clauses(text, "en") == ["The ferry called at Oban, Mull and Coll last summer."]
    text = "In 31 comuni di Cuneo, Asti e Alba le scuole resteranno chiuse anche domani."
    assert plain_clauses(text, "it") == []


def test_a_comma_inside_a_noun_phrase_refuses_the_reading() -> None:
    text = "The drought was blamed on the long, dry summer of 2022, when reservoirs fell."
    assert plain_clauses(text, "en") == []
    text = "The channel is a stretch of cold, fast water between the two islands, the guide said."
    assert plain_clauses(text, "en") == []


def test_a_clause_that_goes_on_after_an_aside_is_not_cut() -> None:
    text = (
        "The council said the contractor, named by the cabinet in May, would build 140 homes "
        "by 2027."
    )
    assert plain_clauses(text, "en") == []
    text = (
        "La giunta ha deciso che i lavori, che dureranno circa 18 mesi, partiranno entro l’estate."
    )
    assert plain_clauses(text, "it") == []


def test_headlines_datelines_and_quotes_are_not_read() -> None:
    assert plain_clauses("In Leeds, 40 jobs will go, union says", "en") == []
    assert plain_clauses("Bari – Dodici barche, tutte a vela, sono rientrate ieri.", "it") == []
    text = "Last year, the mayor said the plan was “a disgrace”, according to the minutes."
    assert plain_clauses(text, "en") == []


def test_a_frame_that_points_back_is_left_out() -> None:
    text = "Per questo, ha spiegato il sindaco, il Comune ha assunto 12 vigili."
    assert plain_clauses(text, "it") == ["Il Comune ha assunto 12 vigili."]


def test_a_participle_phrase_is_no_subject() -> None:
    text = "Founded in 1971, in the years after the war, it has 300 members in Wales."
    assert plain_clauses(text, "en") == []
    text = "Fondata nel 1958, dopo l’alluvione, ha sede a Biella."
    assert plain_clauses(text, "it") == []


def test_the_extractors_ask_the_plain_clause_of_a_stacked_sentence() -> None:
    text = (
        "Between 2020 and 2024, 57 walkers were rescued on the ridge, according to the "
        "coastguard, and the path is often closed by landslips."
    )
    assert "57" in _questions(text, "en").values()
    text = (
        "Secondo il rapporto della Regione, nel 2024 la cooperativa ha raccolto 90 quintali di "
        "nocciole, quasi il doppio del 2023, e la provincia ha chiesto nuovi fondi."
    )
    assert any(a.startswith("90") for a in _questions(text, "it").values())
