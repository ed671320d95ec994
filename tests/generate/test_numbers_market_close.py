"""The change a market's close tells: 'Shares in the firm closed up 7.4%' -> 'By how much did
shares in the firm rise?', 'Il titolo ha chiuso in rialzo del 7,4%' -> 'Di quanto è salito il
titolo?' (the participle agrees with the subject's article; the level reached is left out)."""

from __future__ import annotations

from .test_numbers import _questions


def test_an_english_close_up_or_down_is_a_rise_or_a_fall() -> None:
    en = _questions(
        "Shares in the brewer closed up 7.4% on Tuesday. "
        "The FTSE 250 ended down 1.2% at 20,100 points.",
        "en",
    )
    assert en["By how much did shares in the brewer rise on Tuesday?"] == "7.4%"
    assert en["By how much did the FTSE 250 fall?"] == "1.2%"


def test_an_italian_close_in_a_trend_is_the_change_of_its_subject() -> None:
    it = _questions(
        "Il titolo Rovelli ha chiuso la seduta in rialzo del 5,2% a 12,40 euro. "
        "Le azioni della banca hanno chiuso in ribasso del 3%. "
        "L’indice ha chiuso in calo del 2%."
    )
    assert it == {
        "Di quanto è salito il titolo Rovelli?": "5,2%",
        "Di quanto sono scese le azioni della banca?": "3%",
    }


def test_a_figure_up_or_down_on_another_is_asked_with_the_copula() -> None:
    en = _questions(
        "Ticket sales are up 12% on last year. Attendance was down 5% from 2023. "
        "The total is up 14% on last year's 235,000.",
        "en",
    )
    assert en == {
        "By how much are ticket sales up on last year?": "12%",
        "By how much was attendance down from 2023?": "5%",
    }


def test_an_italian_copula_in_a_trend_is_the_change_of_its_subject() -> None:
    it = _questions(
        "Le iscrizioni sono in aumento del 12% rispetto all’anno scorso. "
        "Il traffico era in calo del 5%. Il fatturato è in crescita del 9% sul 2023."
    )
    assert it == {
        "Di quanto sono aumentate le iscrizioni rispetto all’anno scorso?": "12%",
        "Di quanto era calato il traffico?": "5%",
        "Di quanto è cresciuto il fatturato sul 2023?": "9%",
    }


def test_a_close_down_read_as_a_phrasal_verb_is_still_a_fall() -> None:
    en = _questions("Shares in the miner closed down 3.1% on Friday.", "en")
    assert en["By how much did shares in the miner fall on Friday?"] == "3.1%"


def test_an_italian_change_with_an_elided_article_is_asked() -> None:
    it = _questions("Gli incassi del negozio sono scesi dell’8%.")
    assert it == {"Di quanto sono scesi gli incassi del negozio?": "8%"}
