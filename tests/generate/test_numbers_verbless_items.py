"""A count followed by a gerund ('14 vessels fishing') or, in an item of a list after its
lead, by a participle ('- £500,000 paid for the new depot.') has no verb of its own: no
question asks 'How many vessels fishing?' or 'How much paid for ...?'."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_english_gerund_after_a_count_in_an_item_is_no_verb() -> None:
    text = "The year in numbers:\n\n- 22 trawlers fishing, up from 15 in 2023;\n- 30 new jobs."
    qs = questions_of(f"A headline of a test article here\n\n{text}\n", "en")
    assert not any(q.startswith("How many trawlers fishing") for q in qs), qs


def test_english_participle_in_the_last_item_of_a_list() -> None:
    text = (
        "The year in numbers:\n\n- 22 trawlers working the bay;\n- £500,000 paid for the new depot."
    )
    qs = questions_of(f"A headline of a test article here\n\n{text}\n", "en")
    assert "How much paid for the new depot?" not in qs, qs
    assert not any(q.startswith("How many trawlers working") for q in qs), qs


def test_italian_participle_in_an_item_is_asked_in_the_passive() -> None:
    text = "L’anno in cifre:\n\n- 30 pescherecci;\n- 45 posti di lavoro creati nel porto."
    qs = questions_of(f"Titolo di un articolo di prova qui\n\n{text}\n", "it")
    assert qs.get("Quanti posti di lavoro sono stati creati nel porto?") == "45", qs
