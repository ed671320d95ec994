"""Who-questions that would teach something false: a clause after a comma read as a person's
apposition, an organisation's name read as the holder of an office, a name that only
qualifies a noun read as a subject; on small texts of their own in Italian and English."""

from __future__ import annotations

from quizlib.generate.extract import agents, appositions, roles

from .test_roles_quotes import answers


def test_a_clause_after_a_name_is_no_apposition() -> None:
    qs = answers(
        appositions.extract,
        "Notizia\n\nSecondo il direttore, Paolo Neri, le piante abbattute saranno sostituite "
        "entro l’estate.\n",
    )
    assert "le piante" not in qs.values()
    qs = answers(
        appositions.extract,
        "News\n\nAccording to the manager, Sam Hale, the trees cut down will be replaced.\n",
        "en",
    )
    assert "the trees" not in qs.values()


def test_the_name_after_an_institution_is_the_institutions() -> None:
    qs = answers(
        roles.extract,
        "Notizia\n\nSecondo il presidente della società Alpi Funivie, Stefano Perrod, "
        "la stagione sarà lunga.\n",
    )
    assert "Alpi Funivie" not in qs.values()
    assert qs.get("Chi è il presidente della società Alpi Funivie?") == "Stefano Perrod"


def test_a_name_after_an_indefinite_article_is_no_subject() -> None:
    qs = answers(
        agents.extract,
        "News\n\nThe council met.\n\nGrade II listing\nA Grade II listed building is one of "
        "special interest in England.\n",
        "en",
    )
    assert "Grade II" not in qs.values()


def test_a_one_word_institution_keeps_its_complement_in_small_letters() -> None:
    qs = answers(
        agents.extract,
        "Notizia\n\nIl cantiere è stato chiuso dalla Capitaneria di porto con un’ordinanza.\n",
    )
    assert qs == {"Da chi è stato chiuso il cantiere?": "Capitaneria di porto"}


def test_a_bare_occupation_says_where_the_person_works() -> None:
    qs = answers(
        appositions.extract,
        "Notizia\n\nSecondo la biologa Anna Ferri, dell’Università di Pavia, il fiume “non è "
        "mai stato così basso”.\n",
    )
    assert qs["Chi è Anna Ferri?"] == "la biologa dell’Università di Pavia"
    qs = answers(
        appositions.extract,
        "News\n\nAccording to the hydrologist Jane Holt, of the University of Leeds, the river "
        "“has never been so low”.\n",
        "en",
    )
    assert qs["Who is Jane Holt?"] == "the hydrologist of the University of Leeds"
