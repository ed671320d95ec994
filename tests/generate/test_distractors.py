"""The indexed pools give the options a plain pass over the pool gives, for any pool."""

from __future__ import annotations

import random
import re
from itertools import compress

from hypothesis import given, settings
from hypothesis import strategies as st

from quizlib.generate.candidate import Candidate
from quizlib.generate.distractors import (
    Pools,
    _greedy,
    _picked,
    _Taken,
    choices_for,
    distractors,
    option_value,
    read_amount,
)
from quizlib.generate.document import Sentence
from quizlib.generate.text import fold

# Few words, so that values share cores and words: 'Rossi', 'Mario Rossi', 'il Rossi', ...
NAMES = st.lists(
    st.sampled_from("Mario Rossi Roma il la Unione Europea UE NATO of the Bank — Ro Rò".split()),
    min_size=1,
    max_size=3,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(NAMES, max_size=30),
    st.lists(NAMES, max_size=10),
    NAMES,
    st.lists(NAMES, max_size=2),
)
def test_indexed_options_are_the_plain_ones(
    first: list[str], second: list[str], answer: str, accept: list[str]
) -> None:
    pools = Pools({"city": list(dict.fromkeys(first)), "region": list(dict.fromkeys(second))})
    for types in (("city",), ("city", "region")):
        pool = [p for t in types for p in pools.get(t, [])]
        index = pools.index(types)
        plain = list(compress(pool, _greedy(pool, _Taken((answer, *accept)), fold(answer))))
        assert index.options(_Taken((answer, *accept)), fold(answer)) == plain


def test_amounts_are_written_like_the_answer() -> None:
    rng = random.Random(5)
    for answer, language, shape in [
        ("40,000 euros", "en", r"^\d\d,000 euros$"),
        ("$1.2 billion", "en", r"^\$\d\.\d billion$"),
        ("7,4%", "it", r"^\d{1,2},\d%$"),
        ("14.500", "it", r"^\d\d\.\d00$"),
        ("3,5 milioni di euro", "it", r"^\d,\d milioni di euro$"),
    ]:
        wrong = distractors(_number(answer), _pools(language), rng)
        assert len(wrong) == 3 and answer not in wrong
        assert all(re.match(shape, w) for w in wrong), (answer, wrong)
    assert _value("14.500", "it") == _value("14,500", "en") == 14500
    assert _value("4,4", "it") == _value("4.4", "en") == 4.4
    assert _value("1.234,5", "it") == _value("1,234.5", "en") == 1234.5


def _value(number: str, language: str) -> float:
    amount = read_amount(number, language)
    assert amount is not None
    return amount.value


def test_numbers_in_words_get_words_and_are_put_in_order() -> None:
    wrong = distractors(_number("quattro"), _pools("it"), random.Random(1))
    assert len(wrong) == 3 and all(w.isalpha() and w != "quattro" for w in wrong)
    card = choices_for(_number("eight"), "c1", _pools("en"))
    values = [option_value(o, "en") for o in card]
    assert values == sorted(values) and "eight" in card
    assert distractors(_number("2 hours, 2 minutes"), _pools("en"), random.Random(1)) == []


def test_a_quote_is_offered_the_other_speakers_and_nothing_the_question_names() -> None:
    pools = Pools(
        {
            "person": ["Anna Verdi", "Carlo Magno", "Luca Neri", "Giulio Cesare", "Pia Rossi"],
            "speaker": ["Anna Verdi", "Luca Neri", "Pia Rossi", "Ugo Bassi"],
        }
    )
    quote = Candidate(
        "quote", _SENTENCE, 0.8, "Ugo Bassi", question="Chi ha detto “Basta”?", answer_type="person"
    )
    for seed in range(5):
        wrong = distractors(quote, pools, random.Random(seed))
        assert sorted(wrong) == ["Anna Verdi", "Luca Neri", "Pia Rossi"]
    few = Pools({"person": pools["person"], "speaker": ["Anna Verdi", "Ugo Bassi"]})
    wrong = distractors(quote, few, random.Random(2))
    assert "Anna Verdi" in wrong and len(set(wrong)) == 3 and "Ugo Bassi" not in wrong
    definition = Candidate(
        "definition", _SENTENCE, 0.8, "una città", question="Che cos’è Bari?", answer_type="thing"
    )
    options = ["un comune vicino a Bari", "un fiume", "una valle"]
    for seed in range(5):
        picked = _picked(options, definition.question, random.Random(seed))
        assert sorted(picked) == ["un fiume", "una valle"]


_SENTENCE = Sentence("Una frase.", "paragraph 1", 0, 0)


def _number(answer: str) -> Candidate:
    return Candidate("number", _SENTENCE, 0.8, answer, question="Quanti?", answer_type="number")


def _pools(language: str) -> Pools:
    pools = Pools({})
    pools.language = language
    return pools


def _year_card(answer: str) -> Candidate:
    s = Sentence(f"Il ponte fu aperto nel {answer}.", "paragraph 1", 1, 0)
    return Candidate("date", s, 0.9, answer, "Quando fu aperto il ponte?", answer_type="year")


def test_year_choices_stay_on_the_side_of_the_article_date_the_answer_is_on() -> None:
    pools = Pools({"year": ["1990", "2005", "2021", "2025", "2028", "2030", "2033"]})
    pools.present = 2025  # the article is written in 2025
    for seed in range(30):
        rng = random.Random(seed)
        past = distractors(_year_card("2021"), pools, rng)
        assert len(past) == 3 and all(int(y) <= 2025 for y in past), past
        future = distractors(_year_card("2028"), pools, rng)
        assert len(future) == 3 and all(int(y) > 2025 for y in future), future


def test_the_present_year_is_the_article_latest_full_date() -> None:
    from quizlib.generate.distractors import present_year, story_text
    from quizlib.generate.document import build_document

    text = (
        "Un titolo per la prova\n\n"
        "Il ponte fu aperto nel 1990. Lunedì 13 aprile 2026 il consiglio ha votato il piano, "
        "che entrerà in vigore nel 2030.\n\n"
        "Roma\n\nRoma è la capitale d’Italia, con un piano fino al 2040."
    )
    assert present_year(story_text(build_document(text, "it"))) == 2026
    assert (
        present_year(story_text(build_document("Un titolo\n\nIl ponte fu aperto nel 1990.", "it")))
        == 1990
    )
    assert (
        present_year(story_text(build_document("Un titolo\n\nIl ponte fu aperto ieri.", "it")))
        is None
    )


def test_a_year_looked_forward_to_is_not_the_present() -> None:
    from quizlib.generate.distractors import present_year, story_text
    from quizlib.generate.document import build_document

    it = "Un titolo\n\nIl ghiacciaio è guidato dal 2024. Entro il 2060 potrebbe dividersi."
    assert present_year(story_text(build_document(it, "it"))) == 2024
    en = "A title\n\nThe trust has run the site since 2019. By 2050 the forest could double."
    assert present_year(story_text(build_document(en, "en"))) == 2019


def test_a_city_gets_no_region_or_country_as_a_distractor() -> None:
    pools = Pools(
        {"city": ["Roma", "Milano"], "region": ["Lazio", "Toscana"], "country": ["Italia"]}
    )
    s = Sentence("Torino è il capoluogo del Piemonte.", "paragraph 1", 1, 0)
    card = Candidate("entity", s, 0.8, "Torino", "Qual è il capoluogo?", answer_type="city")
    assert distractors(card, pools, random.Random(1)) == []


def test_a_person_of_known_gender_gets_people_not_known_to_be_of_the_other() -> None:
    pools = Pools(
        {"person": ["Tom Birch", "Graham Sutton", "Janet Okoro", "Robin Marsh", "Anna Neri"]}
    )
    s = Sentence("Ivy Marlow took five wickets.", "paragraph 1", 1, 0)
    card = Candidate(
        "entity", s, 0.8, "Maria Lopez", "Who is the first girl to ...?", answer_type="person"
    )
    for seed in range(20):
        options = distractors(card, pools, random.Random(seed))
        assert sorted(options) == ["Anna Neri", "Janet Okoro", "Robin Marsh"]


def _count_card(sentence: str, answer: str) -> Candidate:
    s = Sentence(sentence, "paragraph 1", 1, 0)
    return Candidate("number", s, 0.8, answer, "Quanti?", answer_type="number")


def test_a_bounded_or_estimated_number_gets_no_choice_the_sentence_leaves_true() -> None:
    pools = Pools({})
    pools.language = "it"
    for seed in range(20):
        rng = random.Random(seed)
        more = distractors(
            _count_card("Sono stati analizzati più di 1.200 campioni.", "1.200"), pools, rng
        )
        assert all(option_value(o, "it") < 1200 for o in more), more
        upto = distractors(_count_card("Raffiche fino a 65 nodi.", "65"), pools, rng)
        assert len(upto) == 3 and all(option_value(o, "it") > 65 for o in upto), upto
        about = distractors(_count_card("Conta circa 58.000 abitanti.", "58.000"), pools, rng)
        assert len(about) == 3 and all(abs(option_value(o, "it") - 58000) >= 8700 for o in about)
        words = distractors(_count_card("Ci vollero oltre venti giorni.", "venti"), pools, rng)
        assert all(option_value(o, "it") < 20 for o in words), words


def test_a_man_is_offered_no_office_only_a_woman_holds() -> None:
    pools = Pools(
        {
            "role": [
                "sindaca di Bari",
                "regina di Polonia",
                "legale di De Santis",
                "presidente della sezione",
                "assessore ai Trasporti",
                "prefetto di Bari",
            ]
        }
    )
    s = Sentence("Il legale di De Santis, Giuseppe Ferri, ricorrerà.", "paragraph 1", 1, 0)
    card = Candidate(
        "role",
        s,
        0.8,
        "legale di De Santis",
        "Quale carica ricopre Giuseppe Ferri?",
        answer_type="role",
    )
    for seed in range(10):
        options = distractors(card, pools, random.Random(seed))
        assert sorted(options) == [
            "assessore ai Trasporti",
            "prefetto di Bari",
            "presidente della sezione",
        ]


def test_a_person_answered_by_surname_is_one_option_with_the_full_name() -> None:
    from quizlib.generate.distractors import build_pools
    from quizlib.generate.document import build_document

    doc = build_document(
        "Un titolo per la prova\n\nIl sindaco Nicola De Santis ha parlato. De Santis ha votato.",
        "it",
    )
    s = doc.sentences[0]
    said = Candidate("quote", s, 0.8, "De Santis", "Chi ha detto?", answer_type="person")
    pools = build_pools(doc, [said])
    assert pools["person"] == ["Nicola De Santis"] and pools["speaker"] == ["Nicola De Santis"]


def test_words_a_person_described_a_thing_with_are_offered_other_words_not_speakers() -> None:
    from quizlib.generate.distractors import build_pools
    from quizlib.generate.document import build_document

    doc = build_document("A title for the test\n\nAnna Reed spoke. Tom Hale spoke too.", "en")
    s = doc.sentences[0]
    said = [
        Candidate("quote", s, 0.8, name, f"Who said “{name}”?", answer_type="person")
        for name in ("Anna Reed", "Tom Hale", "Mary Stone", "Paul Kerr")
    ]
    described = [
        Candidate("quote", s, 0.7, words, f"How did Reed describe {thing}?", answer_type="quote")
        for words, thing in (
            ("a turning point", "the vote"),
            ("a waste of money", "the plan"),
            ("a gift from the sky", "the find"),
            ("a line in the sand", "the ban"),
        )
    ]
    pools = build_pools(doc, said + described)
    assert "a turning point" not in pools["speaker"]
    for seed in range(5):
        options = distractors(described[0], pools, random.Random(seed))
        assert sorted(options) == ["a gift from the sky", "a line in the sand", "a waste of money"]


def test_the_people_of_the_story_and_of_its_background_are_apart() -> None:
    from quizlib.generate.distractors import PERSON, PERSON_OF_HISTORY, build_pools, pool_type
    from quizlib.generate.document import build_document

    doc = build_document(
        "Un titolo per la prova\n\n"
        "Il sindaco Nunzio Sala ha parlato ieri. Sala ha votato con la giunta.\n\n"
        "Bronte\n\n"
        "Bronte è un comune della Sicilia. Nel 1799 il re concesse il titolo all’ammiraglio "
        "Horatio Nelson. Nelson non visitò mai il paese.",
        "it",
    )
    pools = build_pools(doc, [])
    assert pools[PERSON] == ["Nunzio Sala"] and pools[PERSON_OF_HISTORY] == ["Horatio Nelson"]
    entry_sentence = next(s for s in doc.sentences if s.entry is not None)
    card = Candidate("role", entry_sentence, 0.8, "Horatio Nelson", "Chi?", answer_type="person")
    assert pool_type(card, "it") == PERSON_OF_HISTORY


def test_another_office_of_the_same_person_is_no_choice() -> None:
    from quizlib.generate.distractors import build_pools
    from quizlib.generate.document import build_document

    doc = build_document(
        "A title for the test\n\n"
        "Ingrid Berg, Halvora’s chief executive, spoke first. Berg smiled.\n\n"
        "The company’s chief executive, Ingrid Berg, left early.",
        "en",
    )
    s = doc.sentences[0]

    def role(answer: str) -> Candidate:
        return Candidate(
            "role", s, 0.8, answer, "What office does Ingrid Berg hold?", answer_type="role"
        )

    offices = ["Halvora’s chief executive", "the company’s chief executive"]
    others = ["state economy minister", "Economy Minister", "the mayor", "the council leader"]
    pools = build_pools(doc, [role(o) for o in offices])
    pools["role"] = [*pools["role"], *others]
    for seed in range(10):
        assert not set(offices) & set(distractors(role(offices[0]), pools, random.Random(seed)))


def test_a_definition_is_offered_only_definitions_of_the_same_kind_of_thing() -> None:
    from quizlib.generate.distractors import pool_type
    from quizlib.generate.document import build_document

    doc = build_document("Un titolo per la prova\n\nLa città ha votato ieri il piano.", "it")
    s = doc.sentences[0]

    def pool(answer: str, question: str = "Che cos’è X?") -> str:
        card = Candidate("definition", s, 0.8, answer, question, answer_type="definition")
        return pool_type(card, "it")

    assert pool("un comune del Veneto") == pool("un paese dell’Europa orientale")
    assert pool("un comune del Veneto") != pool("un’alleanza militare")
    assert pool("un compositore italiano", "Chi è stato Giuseppe Verdi?") == "definition@person"
    assert pool("un egittologo italiano", "Chi è stato Ernesto Schiaparelli?") == (
        "definition@person"
    )
    assert pool("un anfiteatro romano") != pool("un egittologo italiano", "Chi era X?")


def test_a_tally_is_offered_other_splits_of_the_same_total_with_the_same_side_ahead() -> None:
    from quizlib.generate.distractors import _TALLY, _side, _tallies

    for answer, language in [("seven to three", "en"), ("6–3", "en"), ("21 a 9", "it")]:
        m = _TALLY.match(answer)
        assert m is not None
        options = _tallies(m, language, random.Random(answer))
        assert len(options) == 3 and answer not in options
        total = _side(m.group("a"), language) + _side(m.group("b"), language)  # type: ignore[operator]
        for option in options:
            o = _TALLY.match(option)
            assert o is not None
            a, b = _side(o.group("a"), language), _side(o.group("b"), language)
            assert a is not None and b is not None and a + b == total and a > b


def test_a_percentage_is_offered_percentages_written_like_it() -> None:
    from quizlib.generate.distractors import build_pools
    from quizlib.generate.document import build_document

    doc = build_document(
        "A title for the test\n\nMembers rejected a pay offer of 3.5 per cent for this year.", "en"
    )
    card = Candidate(
        "number",
        doc.sentences[0],
        0.8,
        "3.5 per cent",
        "What pay offer did members reject?",
        answer_type="percent",
    )
    options = distractors(card, build_pools(doc, [card]), random.Random(1))
    assert len(options) == 3
    assert all(o.endswith(" per cent") and o != "3.5 per cent" for o in options)
    assert all(0 < float(o.split()[0]) <= 100 for o in options)
