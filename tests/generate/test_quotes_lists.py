"""A quotation a question shows is never cut inside a list: the comma between two of its items
is no end of a clause; on small texts of their own in Italian and English."""

from __future__ import annotations

from quizlib.generate.extract.quotes import short_quote


def test_a_quotation_is_not_cut_between_the_items_of_a_list() -> None:
    quote = (
        "The plan gave almost no thought to the social, economic and cultural needs of the "
        "villages that lost their only bus route"
    )
    shown = short_quote(quote, "en")
    assert shown is not None and not shown.endswith(("social", "economic", "economic…"))
    quote = (
        "Il piano non tiene conto delle esigenze sociali, economiche e ambientali dei "
        "territori più fragili della regione"
    )
    shown = short_quote(quote, "it")
    assert shown is not None and not shown.endswith(("sociali", "economiche", "economiche…"))


def test_a_comma_that_ends_a_clause_still_cuts() -> None:
    quote = (
        "We asked the council many times for a meeting, and nobody has answered us in six "
        "months of waiting"
    )
    assert short_quote(quote, "en") == "We asked the council many times for a meeting"
