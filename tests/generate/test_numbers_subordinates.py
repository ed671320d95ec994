"""Questions of numbers a review found wrong: a clause after 'while'/'mentre' that has a
subject of its own, an Italian verb whose subject follows it in a sentence about an entry,
'with'/'con' that means 'together with', 'gain'/'lose' of a share won, and a change whose
clause holds a second figure."""

from __future__ import annotations

from .test_numbers import _clozes, _questions
from .test_numbers_sums_lengths import _entry_questions


def test_a_clause_after_while_keeps_its_own_subject() -> None:
    en = _questions(
        "Exports rose by 4% last year, while imports dropped by 3%. "
        "Fares climbed 6% between 2018 and 2024, whereas salaries climbed 2% in the same years. "
        "Output grew by 7% in March, and costs fell by 1%.",
        "en",
    )
    assert en == {
        "By how much did exports rise last year?": "4%",
        "By how much did imports drop?": "3%",
        "By how much did fares climb between 2018 and 2024?": "6%",
        "By how much did salaries climb in the same years?": "2%",
        "By how much did output grow in March?": "7%",
        "By how much did costs fall?": "1%",
    }
    # A verb right after "and" still shares the first clause's subject.
    shared = _questions("The bakery opened in 1998, and now employs 45 people.", "en")
    assert shared == {"How many people does the bakery employ?": "45"}


ENTRY = "Teatro comunale di Aldera"
OPENING = "Il teatro comunale di Aldera è un teatro lirico inaugurato nel 1871. "


def test_an_italian_subject_after_its_verb_is_not_the_entry() -> None:
    for body in (
        "Nel suo laboratorio lavora un gruppo di 12 scenografi.",
        "Per i nuovi impianti occorrerà una somma di 9 milioni di euro.",
        "Nel cortile vive una famiglia di 30 gatti.",
        "Nel 2021 è arrivato un contributo di 5 milioni di euro.",
        "Nel foyer si trova una sala con 80 posti.",
    ):
        asked = _entry_questions(ENTRY, OPENING + body, "it")
        assert not any("il teatro comunale di Aldera" in q for q in asked), body
    # Its object after the verb leaves the entry the subject.
    body = "Prima del restauro poteva accogliere 1.400 spettatori."
    asked = _entry_questions(ENTRY, OPENING + body, "it")
    assert any("poteva accogliere il teatro comunale di Aldera" in q for q in asked)
    asked = _entry_questions(
        ENTRY, OPENING + "Dal 2012 ha ricevuto un contributo di 3 milioni di euro.", "it"
    )
    assert any(q.startswith("A quanto ammonta il contributo") for q in asked)


def test_with_others_is_together_with() -> None:
    en = _questions(
        "The driver, with 14 others, was charged on Monday. "
        "The bishop, with 30 priests, walked to the square. "
        "The bakery, with 45 employees, is the largest in town.",
        "en",
    )
    assert en == {"How many employees does the bakery have?": "45"}
    it = _questions(
        "L’assessore, con 9 consiglieri, ha lasciato l’aula. "
        "La nave, con altre 3, è salpata all’alba. "
        "La biblioteca, con 60.000 volumi, è la più grande della regione."
    )
    assert it == {"Quanti volumi ha la biblioteca?": "60.000"}


def test_a_share_won_is_no_change() -> None:
    en = _questions(
        "The Greens gained 12% in the local elections. "
        "Shares in the airline gained 5% on Tuesday. "
        "The euro lost 2% against the yen.",
        "en",
    )
    assert en == {
        "By how much did shares in the airline gain on Tuesday?": "5%",
        "By how much did the euro lose against the yen?": "2%",
    }


def test_a_change_with_a_second_figure_is_not_asked() -> None:
    # (a change that ends at a level is asked with the level: test_numbers_sum_shapes)
    en = _questions("Exports climbed 4% and 6% in the two halves.", "en")
    assert not any(q.startswith("By how much") for q in en)
    # Each size stays hidden in a cloze, which the other figure joins as its next deletion.
    clozes = _clozes("Exports climbed 4% and 6% in the two halves.", "en")
    assert "Exports climbed {{c1::4%}} and 6% in the two halves." in clozes
    it = _questions("Le iscrizioni sono cresciute del 4% e del 7% nei due anni.")
    assert not any(q.startswith("Di quanto") for q in it)
    # A year or a span of time tells when, and is no second figure.
    en = _questions("Rents rose 5% in the 12 months to June.", "en")
    assert en == {"By how much did rents rise in the 12 months to June?": "5%"}


def test_a_count_with_con_after_an_indefinite_object_is_the_objects() -> None:
    it = _questions(
        "Il sindaco ha inaugurato una sala con 24 postazioni. Accanto al museo si trova una "
        "biblioteca con 50.000 volumi. Il consiglio ha approvato il bilancio con 20 voti.",
        "it",
    )
    assert it == {
        "Con quanti voti il consiglio ha approvato il bilancio?": "20",
        "Quante postazioni ha la sala?": "24",
    }, it
    en = _questions("The council opened a hall with 240 seats.", "en")
    assert not any(q.startswith("With how many seats") for q in en), en
