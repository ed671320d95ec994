"""Where an English noun phrase ends: the word after its noun is no other noun of it ('a 6km
route| in March', 'a hall| near the docks', not 'a 6km route| extension')."""

from __future__ import annotations

from ...chunks import PREPOSITIONS
from ...lexicon import STOPWORDS
from ...verbs import is_finite

# Words of time that may follow a noun phrase: "the tower| next year".
TIME_WORDS = frozenset("next last this yesterday today tomorrow earlier later".split())


# Prepositions of a place or a route the lexicon may leave out: "a 2,000-hectare area| near
# Tullamore", "a 14-mile detour| via Ross".
PLACE_PREPOSITIONS = frozenset(
    "near via outside beside between off along across past towards toward".split()
)


def ends_noun_phrase(text: str, at: int) -> bool:
    """Whether the noun phrase ends at `at`: a mark, a name, a function word, a preposition,
    a word of time or a verb follows, not another noun."""
    rest = text[at:]
    if not rest.strip() or not rest[:1].isspace():
        return True  # "a hall|, which ...", "a hall|."
    first = rest.split(maxsplit=1)[0]
    word = first.rstrip(",;.:")
    if not word[:1].isalpha() or not word.islower():
        return True  # "a route| (the A9)", "a hall| Sunday"
    return (
        word in STOPWORDS["en"]
        or word in PREPOSITIONS["en"]
        or word in TIME_WORDS
        or word in PLACE_PREPOSITIONS
        or is_finite(word, "en")
    )
