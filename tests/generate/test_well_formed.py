"""Slips of phrasing no card keeps, whatever extractor made it."""

from __future__ import annotations

from quizlib.generate import generate_deck
from quizlib.generate.rank import well_formed


def test_a_possessive_beside_its_owner_goes() -> None:
    from quizlib.generate import _OWNED_TWICE

    fixed = _OWNED_TWICE.sub(
        r"\1 ", "A quando risalgono le sue origini della Croce Rossa Italiana?"
    )
    assert fixed == "A quando risalgono le origini della Croce Rossa Italiana?"
    kept = "Quando fu fondata la sua sede a Roma?"
    assert _OWNED_TWICE.sub(r"\1 ", kept) == kept


def test_a_question_on_a_date_holds_no_part_of_a_date() -> None:
    assert not well_formed(
        "Quando il temporale ha allagato nella notte tra lunedì 3 la statale?", "date"
    )
    assert not well_formed("Quando si contano danni nelle sole giornate del 9?", "date")
    assert well_formed("Quando si contano danni per 4 milioni di euro?", "date")
    assert well_formed("Chi ha parlato lunedì al consiglio?", "entity")


def test_the_opening_of_a_sentence_is_lowercase_inside_a_card() -> None:
    text = (
        "Council approves the new plan for the harbour\n\n"
        "The council’s chief executive, Gráinne Moloney, said the plan was ready. "
        "Moloney said the harbour would reopen in spring."
    )
    cards = generate_deck(text, language="en").cards
    said = [f"{c.question} {c.answer} {' '.join(c.choices)}" for c in cards if c.question]
    assert said and not any(" The council" in s or s.startswith("The council") for s in said)


def test_an_accepted_answer_is_no_answer_with_what_followed_it() -> None:
    from quizlib.generate import _leftover

    assert _leftover("Moretti davanti a una platea di studenti e docenti", "Paolo Moretti")
    assert not _leftover("nel 1992", "1992")
    assert not _leftover("Commissione Nazionale per le Società e la Borsa", "Consob")


def test_an_accepted_answer_is_no_bare_kind_of_thing() -> None:
    from quizlib.generate import _kind_only

    assert _kind_only("la società", "la società che gestisce la rete stradale")
    assert _kind_only("the public body", "the public body that regulates the sector")
    assert not _kind_only("alleanza militare", "un’alleanza militare")


def test_a_question_cut_before_its_noun_goes() -> None:
    assert not well_formed("Quanto ha stanziato la Regione per la?", "number")
    assert not well_formed("Quando il museo ha presentato una campagna che?", "date")
    assert not well_formed("When was the bridge of the?", "date")
    assert not well_formed("Chi ha aperto il cantiere dell’?", "entity")
    # English may end with a preposition, Italian with a noun.
    assert well_formed("What is the town known for?", "entity")
    assert well_formed("Quanto ha stanziato la Regione per la campagna?", "number")


def test_a_participle_joined_to_a_name_goes() -> None:
    assert not well_formed("In what year was the province of British Columbia and created?", "date")
    assert not well_formed("Quale lago è diviso tra Brescia e Bergamo e attraversato?", "entity")
    assert well_formed(
        "Qual è la sigla della Denominazione di origine controllata e garantita?", "acronym"
    )


def test_an_abbreviated_councillor_is_no_speaker() -> None:
    text = (
        "“Buildings are now the largest source of emissions in this city,” said Coun. Priya "
        "Sandhu, who chairs the climate committee. Sandhu introduced the bylaw in March."
    )
    deck = generate_deck(text, deck_id="t")
    said = {c.question: c.answer for c in deck.cards if c.question and "said" in c.question}
    assert said == {
        "Who said “Buildings are now the largest source of emissions in this city”?": (
            "Priya Sandhu"
        )
    }


def test_a_question_may_end_with_a_preposition_in_english() -> None:
    assert well_formed("What is the reserve known for?", "definition")


def test_a_question_with_the_marks_of_a_page_menu_is_refused() -> None:
    assert not well_formed("In che anno fu approvato il bilancio Accetta | Rifiuta Lecce?", "date")
    assert not well_formed("Who wrote the report Newsroom · 3 May?", "person")


def test_an_italian_subjunctive_is_no_main_verb_of_a_question() -> None:
    assert not well_formed("Entro quando i primi 300 alloggi siano pronti?", "date")
    assert well_formed("Chi sostiene che il suo assistito sia stato truffato?", "person")


def test_a_question_never_strands_during() -> None:
    assert not well_formed("For how many weeks was the road closed during?", "number")
    assert well_formed("What does VIA stand for?", "acronym")


def test_an_opening_frame_left_before_the_subject_is_no_question() -> None:
    assert not well_formed(
        "How many tonnes of coal did Between May and July the mine produce?", "number"
    )
    assert not well_formed("When was At Harrowgate founded?", "date")
    assert not well_formed("How many tonnes of coal between did the mine produce May?", "number")
    assert well_formed(
        "How many tonnes of coal did the mine produce between May and July?", "number"
    )
    assert well_formed("In which town did the mine produce coal?", "entity")
    assert well_formed("Who did the council vote for in May?", "entity")


def test_half_a_pair_at_the_end_is_a_cut_question() -> None:
    assert not well_formed("How many sheep were lost on the hills between Tarbet?", "number")
    assert not well_formed("When did fares rise between 2019?", "date")
    assert not well_formed("In quante fasi si svolgeranno i lavori tra marzo 2026?", "number")
    assert well_formed("How many trains ran between Leeds and York?", "number")
    assert well_formed("What is the gap between the two bridges?", "number")
    assert well_formed("Quando riaprirà il ponte tra tre settimane?", "date")
    assert well_formed("In quante fasi si svolgeranno i lavori tra marzo e maggio?", "number")


def test_a_question_on_a_time_with_no_subject_is_cut() -> None:
    assert not well_formed("Since when has once been listed as a protected site?", "date")
    assert not well_formed("When was been opened to the public?", "date")
    assert well_formed("Since when has the castle been listed as a protected site?", "date")
    assert well_formed("How many people have been rescued since May?", "number")


def test_a_reported_clause_with_no_verb_is_a_cut_question() -> None:
    assert not well_formed("When did a survey by the trust find that the heron colony?", "date")
    assert well_formed("When did a survey by the trust find that the colony had gone?", "date")
    assert well_formed("Who said that the bridge would reopen?", "person")


def test_a_time_asked_of_a_who_clause_goes() -> None:
    assert not well_formed("Quando chi semina non può aspettare i tempi di Roma?", "date")
    assert not well_formed("When who plants in spring cannot wait for the grant?", "date")
    assert well_formed("Da chi furono scoperte le grotte?", "person")
    assert well_formed("Quando fu scoperta la grotta da chi la esplorava?", "date")


def test_a_common_nouns_possessive_with_no_noun_after_it_goes() -> None:
    assert not well_formed(
        "How many players does the main draw feature in each of the men’s?", "number"
    )
    assert well_formed("Where is St John’s?", "place")
