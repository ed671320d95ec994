"""A share that opens the clause after an opening frame, asked with the frame kept ('Of the
240 flats, 25% will be let at social rent' -> 'Of the 240 flats, what percentage will be let
at social rent?'), and shares that the question cannot name alone: a whole told by a pronoun
('il 40% di loro'), a second share joined to the first. On small texts of their own."""

from __future__ import annotations

from .helpers import questions_of


def test_a_bare_share_after_a_whole_in_the_opening_is_asked_with_the_opening() -> None:
    qs = questions_of("Of the 240 flats, 25% will be let at social rent.", "en")
    assert qs["Of the 240 flats, what percentage will be let at social rent?"] == "25%"
    qs = questions_of(
        "Secondo un sondaggio su 450 famiglie, il 22% ha rinunciato alle vacanze estive.", "it"
    )
    asked = (
        "Secondo un sondaggio su 450 famiglie, quale percentuale ha rinunciato alle vacanze estive?"
    )
    assert qs[asked] == "22%"


def test_a_share_of_a_whole_after_a_time_frame_keeps_the_frame() -> None:
    qs = questions_of("By the end of the trial, 17 per cent of the patients had stopped.", "en")
    asked = "By the end of the trial, what percentage of the patients had stopped?"
    assert qs[asked] == "17%"


def test_a_joined_second_clause_is_left_out() -> None:
    qs = questions_of(
        "Tra le 90 aziende del consorzio, il 30% ha chiuso un reparto e una su dieci ha "
        "licenziato.",
        "it",
    )
    asked = "Tra le 90 aziende del consorzio, quale percentuale ha chiuso un reparto?"
    assert qs[asked] == "30%"


def test_a_bare_share_with_no_whole_named_is_not_asked() -> None:
    qs = questions_of("Nel 2023, il 14% ha cambiato fornitore di energia.", "it")
    assert not any(q.startswith(("Nel 2023, quale", "Quale percentuale")) for q in qs)


def test_a_share_of_a_pronoun_is_not_asked() -> None:
    qs = questions_of(
        "Secondo il rapporto del sindacato, il 45% di loro lavora senza un contratto.", "it"
    )
    assert not any("di loro" in q for q in qs)


def test_a_share_joined_to_a_second_share_is_not_asked_with_it() -> None:
    qs = questions_of("Il 54% dei soci e il 47% dei dipendenti hanno votato a favore.", "it")
    assert not any("47%" in q for q in qs)
