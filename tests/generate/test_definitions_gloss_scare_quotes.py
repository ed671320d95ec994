"""A term's gloss with a word in quotation marks, a manner of speaking ('la turbolenza
dell'atmosfera che fa "tremolare" le stelle'), still defines it; a quotation of someone's words
does not."""

from __future__ import annotations

from .helpers import it_questions


def test_gloss_with_a_quoted_word() -> None:
    qs = it_questions(
        'Il seeing, cioè la turbolenza dell\'atmosfera che fa "tremolare" le stelle, si attesta '
        "nelle notti migliori intorno a 1,1 secondi d'arco."
    )
    assert qs.get("Che cos’è il seeing?") == (
        'la turbolenza dell’atmosfera che fa "tremolare" le stelle'
    ), qs


def test_gloss_with_a_quotation_is_no_definition() -> None:
    qs = it_questions(
        "Il seeing, cioè «quello che gli astronomi chiamano il respiro del cielo», si attesta "
        "nelle notti migliori intorno a 1,1 secondi d'arco."
    )
    assert "Che cos’è il seeing?" not in qs, qs
