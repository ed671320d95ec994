"""A sum that opens a list item under a lead that shares money out is asked of what it goes
to; a list of prices is not. On small texts of their own."""

from __future__ import annotations

from .helpers import questions_of

_EN = """The grant will be split as follows:

- £120,000 to flood defences on the river;
- £40,000 for new benches in the square.

The £90,000 cost of the kiosk will be met from two sources:

- £60,000 from the parish council;
- £30,000 from local traders.

Entry costs:

- £6 for adults;
- £3 for pupils.
"""


_IT = """Il contributo della Regione è così suddiviso:

- 300.000 euro per il restauro della torre;
- 90.000 euro per l’archivio storico.
"""


def test_a_sum_opening_a_list_item_is_asked_of_what_it_goes_to() -> None:
    qs = questions_of(_EN, "en")
    assert qs["How much goes to flood defences on the river?"] == "£120,000"
    assert qs["How much is set aside for new benches in the square?"] == "£40,000"
    assert qs["How much comes from the parish council?"] == "£60,000"
    qs = questions_of(_IT, "it")
    assert qs["Quanto è destinato al restauro della torre?"] == "300.000 euro"
    assert qs["Quanto è destinato all’archivio storico?"] == "90.000 euro"


def test_a_list_of_prices_is_no_sharing_out() -> None:
    qs = questions_of(_EN, "en")
    assert not any("adults" in q or "pupils" in q for q in qs)
