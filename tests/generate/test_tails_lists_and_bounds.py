"""A count's question keeps a list of names whole and a figure's bound with its figure."""

from __future__ import annotations

from .helpers import en_questions, it_questions


def test_a_list_of_names_after_a_comma_is_kept_whole() -> None:
    asked = it_questions(
        "Dei 4,1 milioni di persone censite in Burkina Faso, Mali e Niger, circa 3,4 milioni "
        "sono sfollati interni."
    )
    assert asked.get("Quante persone sono state censite in Burkina Faso, Mali e Niger?") == (
        "4,1 milioni"
    )
    assert "Quante persone sono state censite in Burkina Faso?" not in asked


def test_the_bound_of_another_figure_goes_with_it() -> None:
    it = it_questions(
        "Nel corso del 2025 in Burkina Faso 36 località sono rimaste sotto assedio di gruppi "
        "armati per più di sei mesi e hanno potuto essere rifornite soltanto per via aerea."
    )
    assert not any(q.endswith(("per più?", "più?")) for q in it), it
    assert it.get("Quante località sono rimaste sotto assedio di gruppi armati?") == "36"
    en = en_questions(
        "Seventeen NATO allies agreed on Thursday to buy up to 1,200 ground-based interceptors "
        "in a single joint order."
    )
    assert not any(q.endswith(" up?") for q in en), en
