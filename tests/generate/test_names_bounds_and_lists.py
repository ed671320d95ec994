"""A body's name read up to the acronym in brackets it spells ('dall’Istituto nazionale di
fisica nucleare (INFN)'); a bound before an inverted subject's count left to the answer ('fino
a 250 operai'); a gerund after a colon's list, which is the list's, not the subject's; a
participle with a complement in 'di', which is an adjective ('un’agenzia specializzata
dell’ONU'), and no verb for a reverse question; a second count after 'and' that shares the
first one's noun ('1,100 workers during construction and 420 permanently'); an English
people's adjective that opens a subject ('Norwegian boats')."""

from __future__ import annotations

from .helpers import en_questions, it_questions, questions_of


def test_body_named_up_to_its_acronym() -> None:
    qs = it_questions(
        "L’operazione è stata finanziata dal ministero e gestita dall’Istituto nazionale di "
        "fisica nucleare (INFN) insieme all’Università di Sassari."
    )
    answer = qs.get("Da quale istituto è stata gestita l’operazione?")
    assert answer == "Istituto nazionale di fisica nucleare", qs


def test_bound_of_an_inverted_count_goes_with_the_answer() -> None:
    qs = it_questions("Nei momenti di massima attività lavoreranno sull’area fino a 250 operai.")
    question = "Quanti operai lavoreranno sull’area nei momenti di massima attività?"
    assert qs.get(question) == "fino a 250", qs


def test_gerund_after_a_colon_is_the_list_s() -> None:
    qs = en_questions(
        "The main elements of the plan, which is open to public consultation until September "
        "30, are: a seasonal park-and-ride service from a 250-space car park near "
        "Froncysyllte, running every 20 minutes;"
    )
    assert not any(q.startswith("How often do the main elements") for q in qs), qs


def test_participle_with_a_complement_in_di_is_an_adjective() -> None:
    qs = it_questions(
        "L’UNESCO è un’agenzia specializzata dell’ONU fondata nel 1945 con sede a Parigi."
    )
    assert not any("fu specializzata" in q for q in qs), qs
    assert qs.get("Che cos’è l’UNESCO?") == "un’agenzia specializzata dell’ONU", qs


def test_second_count_shares_the_first_s_noun() -> None:
    qs = en_questions(
        "Sagebrush says the mine would employ about 1,100 workers during construction and 420 "
        "permanently, with an average salary of $94,000."
    )
    assert qs.get("How many workers would the mine employ permanently?") == "420", qs
    qs = en_questions("The club has 300 members locally and 40 abroad.")
    assert qs.get("How many members does the club have abroad?") == "40", qs
    assert "How many abroad does the club have?" not in qs, qs


def test_people_s_adjective_keeps_its_capital() -> None:
    qs = en_questions("Norwegian boats will take 52,000 tonnes of mackerel.")
    assert qs.get("How many tonnes of mackerel will Norwegian boats take?") == "52,000 tonnes"


def test_gerund_after_a_list_item_is_the_item_s() -> None:
    text = (
        "Aqueduct plan\n\nThe main elements of the plan, which is open to public consultation "
        "until September 30, are:\n- a new visitor hub at Trevor Basin with toilets and a café;\n"
        "- a seasonal park-and-ride service from a 250-space car park near Froncysyllte, running "
        "every 20 minutes;\n- improved footpaths linking the aqueduct with Chirk.\n"
    )
    qs = questions_of(text, "en")
    assert not any(q.startswith("How often do the main elements") for q in qs), qs


def test_gerund_after_what_a_thing_is_is_the_thing_s() -> None:
    qs = en_questions(
        "The John Day River is a tributary of the Columbia River in northeastern Oregon, "
        "flowing about 284 miles from the Strawberry Mountains to its mouth."
    )
    assert qs.get("How long is the John Day River?") == "about 284 miles", qs
