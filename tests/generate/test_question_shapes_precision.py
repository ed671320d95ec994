"""Questions that stay correct on shapes that used to break them: a count of modifiers alone
takes the noun the count joined to it names; a noun in '-s' is no verb of a share; a count
past a threshold asks the threshold; a demonstrative that needs the sentence before is never
asked; a web address stays whole; a name is never a verb, and an Italian present the
dictionary reads as an adjective is one where its place says so."""

from __future__ import annotations

import pytest

from quizlib.generate import generate_deck
from quizlib.generate.rank import well_formed

from .helpers import questions_of


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "The vineyard employs 25 seasonal and 6 permanent workers.",
            "How many seasonal workers does the vineyard employ?",
        ),
        (
            "The rowing club won three gold and two silver medals at the regatta.",
            "How many gold medals did the rowing club win?",
        ),
    ],
)
def test_a_count_of_modifiers_takes_the_noun_of_the_joined_count(text: str, question: str) -> None:
    qs = questions_of(text, "en")
    assert question in qs, qs
    assert not any(q.startswith(("How many seasonal does", "How many gold did")) for q in qs)


def test_a_count_of_a_noun_keeps_its_own_noun() -> None:
    qs = questions_of("The builder finished 40 flats and 9 shops in Leeds.", "en")
    assert "How many flats did the builder finish?" in qs, qs


def test_a_noun_in_s_before_a_share_is_no_verb_after_the_clause_has_one() -> None:
    qs = questions_of(
        "In 2022 the county produced from local farms 35% of the milk it drank.", "en"
    )
    assert not any(q.startswith("What share") for q in qs), qs


def test_a_share_after_a_present_in_s_is_still_asked() -> None:
    qs = questions_of("Solar power now supplies 22% of the island's electricity.", "en")
    assert "What share of the island’s electricity does solar power now supply?" in qs, qs


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "L'età media dei soci supera i 58 anni.",
            "Quale soglia supera l’età media dei soci?",
            "58 anni",
        ),
        (
            "Nel 2025 la rassegna ha superato i 12.000 spettatori.",
            "Quale soglia ha superato la rassegna nel 2025?",
            "12.000 spettatori",
        ),
    ],
)
def test_an_italian_count_past_a_threshold_asks_the_threshold(
    text: str, question: str, answer: str
) -> None:
    qs = questions_of(text, "it")
    assert qs.get(question) == answer, qs
    assert not any(q.startswith(("Quanti anni supera", "Quanti spettatori")) for q in qs), qs


def test_an_italian_count_of_things_passed_stays_a_count() -> None:
    qs = questions_of("Nel torneo la squadra ha superato quattro avversari.", "it")
    assert qs.get("Quanti avversari ha superato la squadra nel torneo?") == "quattro", qs


@pytest.mark.parametrize(
    "text",
    [
        "The average age of the members exceeds 58 years.",
        "Last season the theatre topped 12,000 visitors.",
        "Output has surpassed 4,000 tonnes.",
    ],
)
def test_an_english_count_past_a_threshold_is_no_how_many_question(text: str) -> None:
    qs = questions_of(text, "en")
    assert not any(q.startswith("How many") for q in qs), qs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The library lent 9,000 books. More than 60% of those books came back in 2024.", "en"),
        ("The port handled 300 ships. Most of these were repaired in 2023.", "en"),
        ("La biblioteca ha prestato 9.000 libri. Quel numero è salito a 11.000 nel 2024.", "it"),
        ("Il porto ha accolto 300 navi. Queste navi sono arrivate nel 2023.", "it"),
    ],
)
def test_a_question_keeps_no_demonstrative_that_needs_the_sentence_before(
    text: str, language: str
) -> None:
    second = text.split(". ", 1)[1]
    deck = generate_deck(text, language=language)
    asked = [c.question for c in deck.cards if c.question and c.context == second]
    assert asked == [], asked


def test_a_demonstrative_of_the_present_time_is_kept() -> None:
    qs = questions_of("This year the festival drew 18,000 people to Whitby.", "en")
    assert "How many people did the festival draw to Whitby this year?" in qs, qs


@pytest.mark.parametrize(
    ("text", "language", "question"),
    [
        (
            "Each ticket will cost $4 through Parks.gov, on top of the entry fee.",
            "en",
            "How much will each ticket cost through Parks.gov?",
        ),
        (
            "Ogni iscrizione costerà 3 euro tramite iscrizioni.comune.it, oltre alla quota.",
            "it",
            "Quanto costerà ogni iscrizione tramite iscrizioni.comune.it?",
        ),
        (
            "The group sold 120 tractors in the U.S. last year.",
            "en",
            "How many tractors did the group sell in the U.S. last year?",
        ),
    ],
)
def test_a_question_keeps_a_web_address_and_an_abbreviation_whole(
    text: str, language: str, question: str
) -> None:
    qs = questions_of(text, language)
    assert question in qs, qs


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Luca gestisce 40 ettari di oliveto.", "Quanti ettari di oliveto gestisce Luca?"),
        (
            "Nel 2019 Luca ha acquistato 15 ettari di bosco.",
            "Quanti ettari di bosco ha acquistato Luca nel 2019?",
        ),
    ],
)
def test_a_given_name_is_never_a_verb_nor_lowercased(text: str, question: str) -> None:
    qs = questions_of(text, "it")
    assert question in qs, qs


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("L'azienda coltiva 25 ettari di mais.", "Quanti ettari di mais coltiva l’azienda?"),
        (
            "Paolo Neri, che coltiva 6 ettari a Treviso, è ottimista.",
            "Quanti ettari coltiva Paolo Neri a Treviso?",
        ),
        ("Il comune pubblica ogni anno 30 bandi.", "Quanti bandi pubblica il comune ogni anno?"),
    ],
)
def test_an_italian_present_read_as_an_adjective_is_a_verb_between_subject_and_object(
    text: str, question: str
) -> None:
    qs = questions_of(text, "it")
    assert question in qs, qs


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "The hatchery is funded with $3.4 million from the state and federal governments.",
            "How much funding does the hatchery receive from the state and federal governments?",
        ),
        (
            "The club raised £40,000 for hospices and mental health charities last year.",
            "How much did the club raise for hospices and mental health charities last year?",
        ),
    ],
)
def test_a_tail_keeps_both_halves_of_a_pair_of_noun_phrases(text: str, question: str) -> None:
    qs = questions_of(text, "en")
    assert question in qs, qs
    assert not any(q.endswith(("from the state?", "for hospices?")) for q in qs), qs


def test_a_pair_of_noun_phrases_is_no_pair_of_clauses() -> None:
    qs = questions_of(
        "The pilot is backed by $1.8 million from the federal and Victorian governments over "
        "two years.",
        "en",
    )
    assert not any("Victorian government?" in q for q in qs), qs


def test_a_tail_cut_between_two_adjectives_of_a_noun_is_left_out() -> None:
    qs = questions_of("The cuttings were kept for about five weeks in damp, shaded frames.", "en")
    assert "For how many weeks were the cuttings kept?" in qs, qs
    assert not any(q.endswith("in damp?") for q in qs), qs


def _definitions(text: str, language: str) -> dict[str, str]:
    deck = generate_deck(text, language=language)
    return {c.question: c.answer for c in deck.cards if c.question and c.kind == "definition"}


def test_a_definition_ends_before_a_relative_of_place() -> None:
    text = (
        "Derwent walk-in centre to close in May\n"
        "Health board confirms the date\n"
        "Health | Sam Hale | Derwent Times | Monday 3 November 2026\n"
        "The walk-in centre in Matlock will close on 30 May, the health board said on Monday.\n"
        "Walk-in centre\n"
        "A walk-in centre is a clinic where minor injuries are treated by nurses without an "
        "appointment, for patients of any age.\n"
    )
    defs = _definitions(text, "en")
    whole = "a clinic where minor injuries are treated by nurses without an appointment"
    assert defs.get("What is a walk-in centre?") in {"a clinic", whole}, defs


def test_an_italian_definition_keeps_the_adjective_of_a_compound_noun() -> None:
    text = (
        "Sassuolo, riapre il torrione dopo i lavori\n"
        "La torre torna visitabile\n"
        "Cultura | Ada Neri | Gazzetta di Sassuolo | lunedì 3 novembre 2026\n"
        "Il Torrione di Sassuolo riaprirà sabato 8 novembre dopo un anno di lavori.\n"
        "Torrione di Sassuolo\n"
        "Il Torrione di Sassuolo è una torre a pianta circolare con due ordini di merli, "
        "costruita a partire dal 1410; oggi ospita un museo.\n"
    )
    defs = _definitions(text, "it")
    assert defs.get("Che cos’è il Torrione di Sassuolo?") == "una torre a pianta circolare", defs


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Sono stati tagliati circa 60 metri cubi di vegetazione infestante e ripuliti "
            "due sentieri.",
            "Quanti metri cubi di vegetazione infestante sono stati tagliati?",
        ),
        (
            "Nel 2025 sono stati messi a dimora 500 alberi di leccio resistente alla siccità.",
            "Quanti alberi di leccio sono stati messi a dimora nel 2025?",
        ),
    ],
)
def test_an_italian_adjective_in_ante_ente_stays_with_its_noun(text: str, question: str) -> None:
    qs = questions_of(text, "it")
    assert question in qs, qs
    assert not any(q.endswith(("infestante?", "alla siccità?")) for q in qs), qs


def test_an_italian_expansion_opens_with_the_capital_of_its_name() -> None:
    qs = questions_of(
        "Alla campagna partecipa l’Istituto nazionale di astronomia e di fisica spaziale "
        "(AFS), con sede a Bologna.",
        "it",
    )
    # the sigla is the whole name's; what its letters mean starts where they start
    assert (
        qs.get("Qual è la sigla dell’Istituto nazionale di astronomia e di fisica spaziale?")
        == "AFS"
    ), qs
    assert qs.get("Che cosa significa la sigla AFS?") == "astronomia e di fisica spaziale", qs


def test_a_sentence_opening_capital_opens_no_expansion() -> None:
    qs = questions_of("Output of fine particulate matter (FPM) fell by 4% last year.", "en")
    assert qs.get("What does FPM stand for?") == "fine particulate matter", qs


def test_a_second_figure_after_and_is_no_half_of_a_pair() -> None:
    qs = questions_of(
        "Buses will run every eight minutes at peak times and every 20 minutes at night.", "en"
    )
    assert not any("and every 20 minutes" in q for q in qs), qs


def test_this_name_is_the_subject_s_own() -> None:
    qs = questions_of("La federazione ha assunto questo nome nel 2019.", "it")
    assert qs.get("Quando la federazione ha assunto questo nome?") == "2019", qs


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The pool will reopen in April and the gym in October.", "en"),
        ("La piscina riaprirà ad aprile e la palestra a ottobre.", "it"),
    ],
)
def test_no_question_strands_the_subject_of_a_gapped_clause(text: str, language: str) -> None:
    # the second clause borrows the first one's verb: its subject is not the first time's
    assert not [q for q in questions_of(text, language) if q.endswith(("gym?", "palestra?"))]


def test_a_threshold_of_an_age_is_asked_as_a_threshold() -> None:
    asked = questions_of("L’età media dei pescatori supera i 57 anni.", "it")
    assert asked == {"Quale soglia supera l’età media dei pescatori?": "57 anni"}


@pytest.mark.parametrize(
    "question",
    [
        "How many passes did the festival sell between early June and late August?",
        "Quanti lupi furono liberati tra il 1990 e il 1994?",
        "Quanti studenti ha seguito lo studio tra i 14 e i 18 anni?",
    ],
)
def test_a_span_of_two_times_or_figures_is_no_gapped_clause(question: str) -> None:
    assert well_formed(question, "number")


def test_go_keeps_the_particle_that_makes_it_a_verb_of_amount() -> None:
    asked = questions_of("The price of a day pass went up to £14 this spring.", "en")
    assert not any(q.startswith("How much") and " go " in f"{q} " for q in asked)
    assert well_formed("How much did the painting go for at auction?", "money")
    assert well_formed("What did the share of students go up to?", "percent")


def test_a_name_cut_before_and_is_no_subject_of_the_verb_after_it() -> None:
    assert not well_formed("When did Glens Borough Council and carry out the survey?", "date")
    assert well_formed("When did Tom and Anna meet?", "date")
    assert well_formed("When did Tom and his wife move to Leeds?", "date")
