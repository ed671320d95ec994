"""An Italian sum in millions that opens its sentence as the subject of a verb, its currency
left unsaid: 'Altri 2,4 milioni serviranno a prolungare l’orario degli asili' -> 'Quanti
milioni in più serviranno a prolungare l’orario degli asili?', 'Tre milioni andranno al
porto' -> 'Quanti milioni andranno al porto?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Sentence
from ...verbs import is_finite
from .words import _ANY_NUMBER

# The opening sum, maybe after "Altri"/"Ulteriori", then a plural verb and the rest of its
# clause up to a comma, a semicolon or the stop.
_SUBJECT_SUM = re.compile(
    r"^(?P<more>(?:Altri|Ulteriori)\s+)?(?P<sum>(?:" + _ANY_NUMBER["it"] + r"))"
    r"(?:\s+di\s+euro)?\s+(?P<verb>[a-zà-ù]{2,}no)\s+(?P<rest>[^,;:()«»“”]{4,120}?)\s*[,;.]",
    re.IGNORECASE,
)


_MILLIONS = {"milioni": "milioni", "miliardi": "miliardi"}


def subject_sum_questions(s: Sentence) -> Iterator[tuple[str, str, int]]:
    """(question, sum, where it starts) of a sum in millions that is its sentence's subject."""
    m = _SUBJECT_SUM.match(s.text)
    if m is None:
        return
    figure = m.group("sum")
    if figure[:1].isalpha():
        figure = figure[0].lower() + figure[1:]  # "Tre milioni" -> "tre milioni"
    unit = figure.split()[-1].lower()
    if unit not in _MILLIONS or not is_finite(m.group("verb"), "it"):
        return
    rest = m.group("rest")
    if not rest[:1].islower():
        return
    more = " in più" if m.group("more") else ""
    asked = f"Quanti {_MILLIONS[unit]}{more} {m.group('verb')} {rest}?"
    yield asked, figure, m.start("sum")
