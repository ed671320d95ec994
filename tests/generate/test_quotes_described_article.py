"""The thing a person described, when it opens the sentence, is asked with its article in small
letters, whether a name follows the article ('Il Teatro Verdi', 'The Verdi Theatre') or the
article opens other sentences too ('La nuova scuola ... La riunione ...')."""

from __future__ import annotations

from tests.generate.helpers import questions_of


def test_italian_article_before_a_name() -> None:
    qs = questions_of("Il Museo Civico è stato definito da Carla Doni «uno scrigno d’arte».", "it")
    assert qs.get("Come ha definito il Museo Civico Carla Doni?") == "uno scrigno d’arte", qs


def test_italian_article_that_opens_other_sentences() -> None:
    qs = questions_of(
        "La vecchia stazione è stata definita da Carla Doni «una ferita aperta». La giunta si "
        "riunirà lunedì.",
        "it",
    )
    assert qs.get("Come ha definito la vecchia stazione Carla Doni?") == "una ferita aperta", qs


def test_english_article_before_a_name() -> None:
    qs = questions_of("The Civic Museum was branded by Ann Ross “a treasure chest”.", "en")
    assert qs.get("What did Ann Ross brand the Civic Museum?") == "a treasure chest", qs
