"""A date question asks about what the date is of."""

from __future__ import annotations

from quizlib.generate.document import build_document
from quizlib.generate.extract import dates
from quizlib.generate.text import clean

from .helpers import en_questions, it_questions, questions_of


def _questions(entry: str) -> dict[str, str]:
    text = f"A title for the test\n\nThe council met on Monday.\n\n{entry}"
    doc = build_document(clean(text), "en")
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_a_participle_of_a_plural_noun_dates_the_noun_not_the_entry() -> None:
    asked = _questions(
        "Kilbride\n\nKilbride is a market town in the west, with about 24,000 inhabitants "
        "counted in the 2021 census."
    )
    assert not any("Kilbride" in q for q in asked)


def test_the_noun_of_an_entry_definition_is_the_entry() -> None:
    asked = _questions(
        "Northern League\n\nThe Northern League is a football league founded in 1889 in Durham."
    )
    assert asked.get("In what year was the Northern League founded?") == "1889"


def test_a_report_asks_about_what_it_reports() -> None:
    def asked(text: str, language: str) -> dict[str, str]:
        title = "A title for the test" if language == "en" else "Un titolo per la prova"
        doc = build_document(clean(f"{title}\n\n{text}"), language)
        return {c.question: c.answer for c in dates.extract(doc) if c.question}

    en = asked("Organisers said members had grown by 8 per cent since 2019, with 40 clubs.", "en")
    assert en == {"Since when had members grown by 8 per cent?": "2019"}
    it = asked("L’assessore ha detto che il ponte sarà pronto entro il 2027, dopo i ritardi.", "it")
    assert it == {"Entro quando sarà pronto il ponte?": "2027"}


def test_a_demonstrative_opening_is_no_subject() -> None:
    doc = build_document(
        clean(
            "Notizia\n\nQuest’anno la fiera si terrà dal 3 al 5 maggio in piazza. Quell’estate "
            "il museo riaprì il 18 dicembre.\n"
        ),
        "it",
    )
    questions = [c.question for c in dates.extract(doc) if c.question]
    assert not any("Quest’anno" in q or "Quell’estate" in q for q in questions), questions


def test_the_year_that_ends_the_name_of_a_law_is_no_date() -> None:
    found = dates.find_dates(
        "The firm pleaded guilty to two offences under the Water (Scotland) Order 1999, and "
        "bus services still run under the Transport Act 1985 since 2001.",
        "en",
    )
    assert [d.answer for d in found] == ["2001"]


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(text), language)
    return {c.question: c.answer for c in dates.extract(doc) if c.question}


def test_a_date_of_an_absolute_phrase_or_of_a_quotation_is_not_the_clause_s() -> None:
    assert not _asked(
        "Story title\n\nSamples will be split between three laboratories in Norway, with the "
        "first results expected in a journal in 2027.\n",
        "en",
    )
    assert not _asked(
        "Titolo di prova\n\nGli esperti: «Entro il 2070 potrebbe sparire del tutto».\n",
        "it",
    )


def test_a_second_object_after_a_verb_of_having_is_no_clause() -> None:
    from .helpers import questions_of

    asked = questions_of(
        "A test headline here\n\nThe pier reopened yesterday.\n\n"
        "The village has a chapel built in 1750 and a school opened in 1911.\n",
        "en",
    )
    assert not any(q.startswith("When did a ") for q in asked), asked
    asked = questions_of(
        "A test headline here\n\nThe pier reopened yesterday.\n\n"
        "Residents have complained for weeks, and a small group marched to the town hall on"
        " Friday.\n",
        "en",
    )
    assert any(a == "Friday" for a in asked.values()), asked


def test_a_participle_with_its_agent_after_the_subject_is_not_the_verb() -> None:
    """'A letter signed| by 40 doctors was sent': the question asks of the clause's own verb."""
    asked = _asked("A statement signed by 12 surgeons was sent to the board in June.", "en")
    assert asked == {"When was a statement signed by 12 surgeons sent to the board?": "June"}


def test_a_participle_with_an_agent_in_brackets_is_not_the_verb() -> None:
    asked = _asked(
        "A letter drafted by the Harbour Users' Group (HUG) had reached the minister by Friday.",
        "en",
    )
    assert all("draft " not in q for q in asked)
    assert (
        asked.get(
            "By when had a letter drafted by the Harbour Users' Group (HUG) reached the minister?"
        )
        == "Friday"
    )


def test_a_whole_year_after_tutto_is_no_date_to_ask_when() -> None:
    asked = _asked("Il Comune ha sospeso per tutto il 2027 la tassa sui dehors.", "it")
    assert not any("per tutto" in q for q in asked)


def test_a_clause_after_before_is_no_noun_of_an_event() -> None:
    """'before the town council meets on 3 June': a verb in '-s', not a noun to ask 'When
    was' of; a plural noun of an event takes 'were'."""
    asked = _asked("The plan will be published before the town council meets on 3 June.", "en")
    assert not any("meets" in q for q in asked)
    asked = _asked("The bridge shut before the local elections on 4 May.", "en")
    assert asked == {"When were the local elections?": "4 May"}


def test_a_year_compared_with_rispetto_dates_no_clause() -> None:
    asked = _asked(
        "La Regione ha aperto 20 sportelli, cinque in più rispetto al 2023, in tutta la provincia.",
        "it",
    )
    assert not any("rispetto" in q for q in asked)


def test_a_season_before_a_bare_year_is_part_of_the_date() -> None:
    asked = _asked("Nell'estate 2023 il rifugio ha accolto 4.000 escursionisti.", "it")
    assert asked == {"Quando il rifugio ha accolto 4.000 escursionisti?": "estate 2023"}


def test_entro_il_before_a_month_goes_with_the_date() -> None:
    asked = _asked("Il tram dovrebbe tornare in servizio entro il marzo 2029.", "it")
    assert asked == {"Entro quando dovrebbe tornare in servizio il tram?": "marzo 2029"}


def test_a_season_a_noun_phrase_describes_is_no_date_to_ask_when() -> None:
    """'on the hot, dry summer of 2025': a question without the date keeps 'the hot, dry'."""
    asked = _asked("The water company blamed the losses on the long, wet winter of 2024.", "en")
    assert not any("wet" in q for q in asked)
    asked = _asked("Work on the pier will start in the summer of 2026.", "en")
    assert asked == {"When will work on the pier start?": "the summer of 2026"}


def test_a_participle_after_a_place_in_a_description_is_passive() -> None:
    """'X is a local authority in Northern Ireland created in 2015': 'created' is the
    authority's participle, not a past of 'Ireland'."""
    asked = _asked(
        "A test\n\nThe council met.\n\nMoyle Council\n\nMoyle Council is a local authority in "
        "Northern Ireland created in April 2015 from the merger of two councils.\n",
        "en",
    )
    assert "When was Moyle Council created?" in asked


def test_a_season_dated_by_its_year_is_no_event_to_ask_when() -> None:
    en = en_questions("During the dry season of 2023 the dam fell to 64% of capacity.")
    assert not [q for q in en if "season" in q and q.startswith("When")], en
    it = it_questions("Durante la stagione secca del 2023 la diga è scesa al 64% della capacità.")
    assert not [q for q in it if q.startswith("A quando risale la stagione")], it
    # A time of a day is no event either.
    it = it_questions("In vigore dalla mezzanotte del 1° marzo.")
    assert not [q for q in it if "mezzanotte" in q], it
    # An event is still asked.
    assert (
        en_questions("The road was closed after the floods of 2023.").get("When were the floods?")
        == "2023"
    )


def test_an_adverb_of_the_date_s_phrase_is_not_left_at_the_end() -> None:
    asked = questions_of(
        "Central African Republic\n\nThe Central African Republic is a landlocked country. It "
        "has been affected by repeated coups and armed conflict, most recently since 2012.\n",
        "en",
    )
    assert not any(q.endswith("most recently?") for q in asked), asked
