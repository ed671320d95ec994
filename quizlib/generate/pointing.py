"""A demonstrative in a question that points to a sentence before it, which a card does not
show: 'When did more than 70% of those visits come?', 'How many of these were sold?',
'Quando quel numero è salito a 52.000?'. A time a demonstrative ties to the moment of
writing points nowhere ('this year', 'quest’estate'); a 'those' a description follows is
whole ('those aged over 65', 'those who live in Leeds'), as is a pronoun a 'che' or 'di'
clause follows ('quelli che', 'quella di Roma')."""

from __future__ import annotations

import re

from .lexicon import MONTHS, WEEKDAYS
from .text import QUOTATION

# Nouns of time a near demonstrative ties to the moment of writing: "this year", "this
# winter", "questa estate", "this time of year"; a far one ("that year", "quell’anno") points
# back to a time named before. A name is the one the question's subject bears ("Quando la
# Serie A ha assunto questo nome?").
_DEICTIC_TIMES = (
    frozenset(
        """year years month week season winter summer spring autumn weekend morning afternoon
        evening time century decade anno mese settimana stagione estate inverno primavera
        autunno mattina sera volta secolo""".split()
    )
    | frozenset("name nome denominazione".split())  # "this name": the one the subject has
    | WEEKDAYS
    | frozenset(m.lower() for months in MONTHS.values() for m in months)
)

# A near demonstrative and the word after it: "this category", "these homes", "queste aree",
# "quest’anno"; the word after may be a verb ("these were sold"), or none.
_NEAR = re.compile(
    r"(?i)(?<![\w’'])(?:(?:this|these|quest[oaie])(?![\w’'])\s*|quest’)(?P<next>[\w’'-]*)"
)

# A far demonstrative and the word after it: "those visits", "quel numero", "quell’anno",
# "quelle visite".
_FAR = re.compile(
    r"(?i)(?<![\w’'])(?:(?:those|quel|quei|quegli|quell[oaie])(?![\w’'])\s*|quell’)"
    r"(?P<next>[\w’'-]*)"
)

# An English "that" as a determiner: after a preposition or an auxiliary, before a noun ("in
# that year", "When did that figure rise?"); "that" as a conjunction follows a verb.
_THAT = re.compile(
    r"(?<![\w’'])(?:at|in|by|from|since|of|on|during|until|after|before|did|does|do|was|were"
    r"|is|are|has|have|had|will|would|can|could) that\s+(?P<next>[a-z]+)(?![\w’'])"
)

# What follows a pronoun that its own clause or phrase makes whole: "those who", "quelli che",
# "quella di Roma", "those with a permit", "those under 16".
_DESCRIBED = frozenset(
    """who whom whose which that with without under over aged living born in of from at for
    still now currently already che cui di del dello della dei degli delle da dal dalla dai
    dagli dalle""".split()
)


_POSSESSIVE = re.compile(r"[’']s?$")


def _described(word: str) -> bool:
    """Whether the word after 'those' makes it whole: a relative, a preposition, a participle
    or an '-ing' form ('those affected', 'those living nearby')."""
    low = word.lower()
    return low in _DESCRIBED or (len(low) > 4 and low.endswith(("ed", "ing")))


def points_back(question: str) -> bool:
    """Whether a question names a thing by a demonstrative that needs the sentence before."""
    text = QUOTATION.sub("", question)
    for m in _NEAR.finditer(text):
        word = _POSSESSIVE.sub("", m.group("next").lower())  # "this year’s fair"
        if word not in _DEICTIC_TIMES and word not in ("che", "cui"):
            return True
    for m in _FAR.finditer(text):
        word = m.group("next")
        if not _described(word):
            return True
    return _THAT.search(text) is not None
