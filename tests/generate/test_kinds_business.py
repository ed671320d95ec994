"""A business named right after its kind, no comma between: as a passive's agent ('designed
by the Leeds firm X' -> 'By which firm was ... designed?', 'progettato dallo studio X' -> 'Da
quale studio è stato progettato ...?') and as what a subject is ('The main contractor is the
firm X' -> 'Which firm is the main contractor?')."""

from __future__ import annotations

import pytest

from quizlib.generate.document import build_document
from quizlib.generate.extract import kinds
from quizlib.generate.text import clean

TITLE = {"it": "Un titolo per la prova", "en": "A title for the test"}


def _asked(text: str, language: str) -> dict[str, str]:
    doc = build_document(clean(f"{TITLE[language]}\n\n{text}"), language)
    return {c.question or "": c.answer for c in kinds.extract(doc)}


@pytest.mark.parametrize(
    ("language", "text", "question", "answer"),
    [
        (
            "en",
            "The footbridge was designed by the Leeds firm Arup Partners.",
            "By which firm was the footbridge designed?",
            "Arup Partners",
        ),
        (
            "en",
            "The new stand will be built by the contractor Wynne & Pugh.",
            "By which contractor will the new stand be built?",
            "Wynne & Pugh",
        ),
        (
            "en",
            "The estate, proposed by the York-based housebuilder Kestrel Homes, will have 300"
            " homes.",
            "By which housebuilder was the estate proposed?",
            "Kestrel Homes",
        ),
        (
            "en",
            "The pool, run by the charity Swim Together, reopened in May.",
            "By which charity is the pool run?",
            "Swim Together",
        ),
        (
            "en",
            "Under the plans drawn up by the Bath architects Pell Rowe, the mill will become"
            " flats.",
            "By which architects were the plans drawn up?",
            "Pell Rowe",
        ),
        (
            "en",
            "The main contractor is the Derby-based firm Holt Civil Engineering.",
            "Which firm is the main contractor?",
            "Holt Civil Engineering",
        ),
        (
            "it",
            "Il ponte è stato costruito dalla ditta Rossi Costruzioni.",
            "Da quale ditta è stato costruito il ponte?",
            "Rossi Costruzioni",
        ),
        (
            "it",
            "Progettato dallo studio pesarese Lenti Associati, l’edificio ha tre piani.",
            "Da quale studio è stato progettato l’edificio?",
            "Lenti Associati",
        ),
        (
            "it",
            "La piscina, gestita dalla cooperativa Il Delfino, riaprirà a maggio.",
            "Da quale cooperativa è gestita la piscina?",
            "Il Delfino",
        ),
        (
            "it",
            "Il gestore del servizio è la società Aqualis.",
            "Quale società è il gestore del servizio?",
            "Aqualis",
        ),
    ],
)
def test_business_by_its_kind(language: str, text: str, question: str, answer: str) -> None:
    assert _asked(text, language).get(question) == answer


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The report was written by the Labour MP Jane Moss."),
        ("en", "The mill was bought by the firm Holt Mills in 1990 and later closed."),
        ("it", "Il progetto è stato presentato dalla società Alfa ieri mattina a Roma."),
    ],
)
def test_no_business_question(language: str, text: str) -> None:
    asked = _asked(text, language)
    assert not any(q.startswith(("By which", "Da quale", "Which", "Quale")) for q in asked)


def test_a_road_is_asked_by_its_kind() -> None:
    asked = _asked("Kendal Town Council will resurface the tarmac on Carlton Road by June.", "en")
    assert asked.get("On which road will Kendal Town Council resurface the tarmac by June?") == (
        "Carlton Road"
    )


@pytest.mark.parametrize(
    ("language", "text", "question", "answer"),
    [
        (
            "en",
            '"We are full," said Ruth Ames, 52, who runs a small café and chairs the Filey'
            " Traders Group.",
            "Which group does Ruth Ames chair?",
            "Filey Traders Group",
        ),
        (
            "en",
            "Tom Reid, who founded the Kelso Rowing Club, died in May.",
            "Which club did Tom Reid found?",
            "Kelso Rowing Club",
        ),
        (
            "it",
            "La Fondazione Pescarini gestisce il museo civico di Lugo.",
            "Quale museo gestisce la Fondazione Pescarini?",
            "museo civico di Lugo",
        ),
    ],
)
def test_named_object_by_its_kind(language: str, text: str, question: str, answer: str) -> None:
    assert _asked(text, language).get(question) == answer


def test_no_object_that_names_its_subject() -> None:
    asked = _asked("Il Matese ospita il lago del Matese, a 1.000 metri.", "it")
    assert not any(q.startswith("Quale lago") for q in asked)


@pytest.mark.parametrize(
    ("language", "text", "question", "answer"),
    [
        (
            "en",
            "A bakery in Ludlow, Crumb Bakers, has begun selling rye bread.",
            "Which bakery in Ludlow has begun selling rye bread?",
            "Crumb Bakers",
        ),
        (
            "it",
            "Un importatore di Kyoto, la Sakura Trading, ha firmato un contratto triennale.",
            "Quale importatore di Kyoto ha firmato un contratto triennale?",
            "Sakura Trading",
        ),
    ],
)
def test_indefinite_kind_beside_a_name(
    language: str, text: str, question: str, answer: str
) -> None:
    assert _asked(text, language).get(question) == answer
