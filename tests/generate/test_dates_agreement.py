"""A date question keeps what the sentence agrees on: a participle is its subject's only when it
agrees with it, a plural subject takes a plural auxiliary, a heading without its article takes
the one the sentence gives it, a day keeps its year and era, a reported clause drops its frame,
a year naming a noun dates no event, and an infinitive is no clause."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

_LEAD = {
    "it": "Un titolo per la prova\n\nIl consiglio si è riunito lunedì.",
    "en": "A title for the test\n\nThe council met on Monday.",
}


def _questions(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{_LEAD[language]}\n\n{text}"), language)
    return {
        c.question: c.answer
        for c in dates.extract(doc)
        if c.question and c.answer not in {"lunedì", "Monday"}
    }


def test_a_participle_agreeing_with_another_noun_is_not_the_entry_s() -> None:
    asked = _questions(
        "Fondazione Rocca\n\nLa Fondazione Rocca è un ente culturale di Pavia. Fu voluta dal "
        "medico Carlo Rocca, scomparso nel 1998 a Milano.",
        "it",
    )
    assert not any("1998" in answer and "Fondazione" in q for q, answer in asked.items())
    # asked of the doctor it agrees with, where he died said or not
    assert asked.get("In che anno è scomparso il medico Carlo Rocca?") == "1998", asked
    # The participle of the noun that defines the entry is still the entry's.
    asked = _questions(
        "Fondazione Rocca\n\nLa Fondazione Rocca è un ente culturale di Pavia, istituito nel "
        "1987 per volontà della famiglia.",
        "it",
    )
    assert asked == {"In che anno fu istituita la Fondazione Rocca?": "1987"}


def test_a_plural_entry_takes_a_plural_auxiliary() -> None:
    asked = _questions(
        "Dischi di Nebra\n\nI Dischi di Nebra sono tre lastre di rame, ritrovate il 4 luglio "
        "1999 in un bosco della Sassonia.",
        "it",
    )
    assert asked == {"Quando furono ritrovati i Dischi di Nebra?": "4 luglio 1999"}


def test_a_heading_without_its_article_takes_the_sentence_s() -> None:
    asked = _questions(
        "Assedio di Pavia\n\nL’assedio di Pavia fu levato il 24 febbraio 1525 dopo la battaglia "
        "nel parco di Mirabello.",
        "it",
    )
    assert asked == {
        "Quando fu levato l’assedio di Pavia?": "24 febbraio 1525",
    }


def test_a_day_keeps_its_year_after_del_and_its_era() -> None:
    asked = _questions("La città fu fondata il 21 aprile del 753 a.C. secondo la leggenda.", "it")
    assert asked == {"Quando fu fondata la città secondo la leggenda?": "21 aprile del 753 a.C."}
    asked = _questions("Il ponte fu aperto il 3 maggio del 2004 dal sindaco.", "it")
    assert asked == {"Quando fu aperto il ponte dal sindaco?": "3 maggio del 2004"}
    asked = _questions("The battle was fought on 2 August 216 BC near the river.", "en")
    assert asked == {"When was the battle fought near the river?": "2 August 216 BC"}


def test_a_reporting_verb_in_the_present_is_left_out() -> None:
    asked = _questions("The council estimates the scheme will pay for itself by 2031.", "en")
    assert asked == {"By when will the scheme pay for itself?": "2031"}
    asked = _questions("Il comune stima che la nuova linea sarà pronta entro il 2029.", "it")
    assert asked == {"Entro quando sarà pronta la nuova linea?": "2029"}


def test_a_year_naming_a_noun_dates_no_event() -> None:
    asked = _questions("The town had about 5,000 inhabitants at the 2011 census.", "en")
    assert asked == {}


def test_had_owning_a_thing_is_asked_with_did() -> None:
    asked = _questions("The club had 400 members in 2019, after a long campaign.", "en")
    assert asked == {"When did the club have 400 members?": "2019"}


def test_an_infinitive_after_its_noun_is_no_clause() -> None:
    asked = _questions("La prima squadra a vincerlo, nel 1990, fu il Milan di Sacchi.", "it")
    assert asked == {}


def test_a_participle_with_a_place_adverb_after_the_subject() -> None:
    asked = _questions("The old mill, built there in 1820, still grinds flour for the town.", "en")
    assert asked == {"In what year was the old mill built?": "1820"}
    asked = _questions("Il Museo Civico, fondato lì nel 1901, è il più antico della zona.", "it")
    assert asked == {"In che anno fu fondato il Museo Civico?": "1901"}


def test_prima_after_an_article_is_no_subordinator() -> None:
    asked = _questions("Il ponte fu aperto per la prima volta al traffico il 3 maggio 1990.", "it")
    assert asked == {"Quando fu aperto il ponte per la prima volta al traffico?": "3 maggio 1990"}


def test_a_name_listing_words_between_commas_is_one_subject() -> None:
    asked = _questions("The Museum of Art, Design and Architecture was opened in 1998.", "en")
    assert asked == {"When was the Museum of Art, Design and Architecture opened?": "1998"}


def test_a_participle_between_commas_after_a_named_object() -> None:
    asked = _questions(
        "Il sindaco ha visitato il Museo del Mare, aperto nel 2004, con il prefetto.", "it"
    )
    assert asked == {"In che anno fu aperto il Museo del Mare?": "2004"}
    # The participle agrees with another noun, or the noun is not named: no question.
    assert _questions("Il sindaco ha visitato la Casa di Dante, aperto nel 2004.", "it") == {}
    assert _questions("Il sindaco ha visitato una sede del Comune, aperta nel 2004.", "it") == {}
    asked = _questions("The town hosts the University of Padua, founded in 1222, and a zoo.", "en")
    assert asked == {"In what year was the University of Padua founded?": "1222"}


def test_a_relative_with_a_named_subject_dates_its_named_object() -> None:
    asked = _questions(
        "The dam rose under the Water Act, which Herbert Hoover signed on May 12, 1930.", "en"
    )
    assert asked == {"When did Herbert Hoover sign the Water Act?": "May 12, 1930"}
    asked = _questions(
        "La diga nacque dalla legge Rossi, che il Presidente Einaudi firmò il 3 maggio 1950.", "it"
    )
    assert asked == {"Quando il Presidente Einaudi firmò la legge Rossi?": "3 maggio 1950"}
    # The relative may be of either noun, or of a noun that is not named: no question.
    assert (
        _questions(
            "Delegates met at the summit in Bari, which Mario Rossi opened on 3 May 2020.", "en"
        )
        == {}
    )
    assert (
        _questions(
            "Il restauro dell’Arco di Traiano, che il Comune ha finanziato nel 2019, è finito.",
            "it",
        )
        == {}
    )


def test_an_infinitive_keeps_its_short_whether_clause() -> None:
    asked = _questions(
        "The court agreed on Tuesday to decide whether the city broke the law when it sold the "
        "park, a case watched across the state.",
        "en",
    )
    assert asked == {
        "On what day did the court agree to decide whether the city broke the law?": "Tuesday"
    }


def test_moving_there_in_a_place_s_entry_is_moving_to_it() -> None:
    asked = _questions(
        "Bonnville\n\nBonnville is a city in Ohio. In 1990 it became the state capital, and the "
        "seat of government moved there from Akron in 1995.",
        "en",
    )
    assert asked.get("When did the seat of government move to Bonnville from Akron?") == "1995"


def test_the_complement_goes_on_after_an_hour_between_commas() -> None:
    asked = _questions(
        "Una forte nevicata si è abbattuta martedì 3 febbraio, poco dopo le 6, sulle valli del "
        "Trentino, bloccando le strade.",
        "it",
    )
    assert asked.get("Quando si è abbattuta una forte nevicata sulle valli del Trentino?") == (
        "3 febbraio"
    )
    asked = _questions(
        "A storm struck the valley on 3 February, shortly after 6am, across the whole of "
        "Cumbria, closing roads.",
        "en",
    )
    assert asked.get("When did a storm strike the valley across the whole of Cumbria?") == (
        "3 February"
    )


def test_a_relative_of_a_noun_in_apposition_to_a_name() -> None:
    asked = _questions(
        "The case is the biggest since Mendez v. Westminster, a landmark ruling that was handed "
        "down in 1947.",
        "en",
    )
    assert asked == {"When was Mendez v. Westminster handed down?": "1947"}
    asked = _questions("The firm bought Harlow Mills, a company that was founded in 1901.", "en")
    assert asked == {"When was Harlow Mills founded?": "1901"}


def test_a_time_told_in_units_is_not_cut_at_its_commas() -> None:
    from quizlib.generate.document import build_document
    from quizlib.generate.extract import dates

    doc = build_document(
        "A title for the test\n\nJo Hale won the city marathon on Sunday in 2 hours, 5 minutes "
        "and 11 seconds, ahead of the favourite.",
        "en",
    )
    asked = {c.question for c in dates.extract(doc)}
    assert (
        "On what day did Jo Hale win the city marathon in 2 hours, 5 minutes and 11 seconds?"
        in (asked)
    )
    assert not any(q and q.endswith("in 2 hours?") for q in asked)
