"""Italian agents said with 'da parte di', and one-word bodies named on by an adjective in small
letters (agents.py): 'approvato da parte della Regione Liguria' -> 'Da chi è stato approvato
...?' -> 'Regione Liguria'; 'dall’Autorità portuale' -> 'Autorità portuale', not 'Autorità'."""

from __future__ import annotations

from quizlib.generate.extract import agents
from tests.generate.helpers import article_document


def _questions(text: str) -> dict[str, str]:
    doc = article_document(text, "it")
    return {c.question: c.answer for c in agents.extract(doc) if c.question}


def test_an_agent_after_da_parte_di() -> None:
    text = "Il progetto del ponte di Sestri è stato approvato da parte della Regione Liguria."
    assert _questions(text) == {
        "Da quale regione è stato approvato il progetto del ponte di Sestri?": "Regione Liguria"
    }


def test_no_agent_after_da_parte_di_a_pronoun() -> None:
    assert _questions("Il progetto del ponte di Sestri è stato approvato da parte di tutti.") == {}


def test_a_one_word_body_goes_on_with_its_adjective() -> None:
    text = "Il progetto del ponte di Sestri è stato approvato dall’Autorità portuale."
    assert _questions(text) == {
        "Da chi è stato approvato il progetto del ponte di Sestri?": "Autorità portuale"
    }
    civil = "Il piano di Sestri è stato redatto dalla Protezione civile."
    assert _questions(civil) == {"Da chi è stato redatto il piano di Sestri?": "Protezione civile"}
