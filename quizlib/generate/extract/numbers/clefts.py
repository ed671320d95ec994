"""An Italian cleft count: "sono stati 1.150 gli umbri che si sono rivolti ad altre
regioni" -> "Quanti umbri si sono rivolti ad altre regioni?"."""

from __future__ import annotations

import re

from ...document import Sentence
from ...lexicon import (
    STOPWORDS,
)
from ...text import squash
from .counts import _spelled_value
from .words import _ANY_NUMBER, _has_digit

_CLEFT = re.compile(
    r"(?:^|(?<=\s))(?P<when>(?:[Nn]el|[Nn]ell’anno)\s+\d{4},?\s+)?(?:[Ss]ono|[Ee]rano|[Ss]aranno)"
    r"(?:\s+stat[ie])?\s+(?P<approx>(?:circa|oltre|quasi|più\s+di|almeno)\s+)?"
    r"(?P<num>" + _ANY_NUMBER["it"] + r")\s+(?P<art>i|gli|le)\s+(?P<noun>[a-zà-ù]{3,})"
    r"\s+che\s+(?P<rest>[^,;:.()«»“”]+)"
)


def _cleft_question(s: Sentence) -> tuple[str, str, tuple[str, ...], int] | None:
    """(question, answer, accepted, start) of an Italian cleft count."""
    m = _CLEFT.search(s.text)
    if m is None:
        return None
    rest = m.group("rest").split()
    if not 2 <= len(rest) <= 14 or m.group("noun") in STOPWORDS["it"]:
        return None
    how = "Quante" if m.group("art") == "le" else "Quanti"
    when = m.group("when").strip(" ,").lower() if m.group("when") else ""
    asked = squash(f"{how} {m.group('noun')} {' '.join(rest)} {when}") + "?"
    answer = m.group("num")
    accepted = (squash(m.group("approx") + answer),) if m.group("approx") else ()
    if not _has_digit(answer):
        accepted = (*accepted, _spelled_value(answer, "it"))  # "dodici" is "12" too
    return asked, answer, accepted, m.start("num")
