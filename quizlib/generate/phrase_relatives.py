"""A relative clause that ends the sentence after a common noun's phrase, read as a statement
of that phrase: '... spetterà alla rete europea dei porti, che riunisce oltre 300 scali.' ->
'La rete europea dei porti riunisce oltre 300 scali.'; '... was signed by the ports network,
which brings together 300 harbours.' -> 'The ports network brings together 300 harbours.'.

The phrase is taken only where the relative can be about nothing else: an article (or an
Italian preposition with its article) opens it, its words are in small letters, and it
holds no 'of'/'di' phrase unless the relative's verb agrees with the phrase's head and not
with the noun after 'of' ('the roof of the church, which ...' may be about either: no
statement). The relative's verb must agree with the head's number where the verb tells it,
and the relative runs to the end of the sentence with no comma, quotation or verb of saying.
Relatives after names are relatives.py's.
"""

from __future__ import annotations

import re

from .lexicon import SAY_VERBS
from .text import upper_first
from .verbs import AUXILIARIES, is_finite, is_participle, may_be_present

_RELATIVE = {
    "it": re.compile(r"(?<=[a-zà-ù]), che (?P<clause>(?:[^,;:«»“”\"()]|,(?=\d)){8,160})\.$"),
    "en": re.compile(
        r"(?<=[a-z]), (?P<relative>which|who) (?P<clause>(?:[^,;:«»“”\"()]|,(?=\d)){8,160})\.$"
    ),
}
# An Italian preposition with its article, as the article alone.
_IT_ARTICULATED = {
    **{p + "l": "il" for p in ("a", "da", "ne", "su")},
    **{p + "llo": "lo" for p in ("a", "da", "ne", "su")},
    **{p + "lla": "la" for p in ("a", "da", "ne", "su")},
    **{p + "i": "i" for p in ("a", "da", "ne", "su")},
    **{p + "gli": "gli" for p in ("a", "da", "ne", "su")},
    **{p + "lle": "le" for p in ("a", "da", "ne", "su")},
    **{p + "ll’": "l’" for p in ("a", "da", "ne", "su")},
}
_IT_ARTICLES = {"il": False, "lo": False, "la": False, "l’": False, "un": False, "una": False}
_IT_ARTICLES |= {"i": True, "gli": True, "le": True}  # article -> plural
_IT_OF = frozenset("di del dello della dei degli delle dell’".split())
_EN_ARTICLES = frozenset("the a an".split())
_MAX_PHRASE = 6  # words of the phrase after its article


def phrase_relative_said(text: str, language: str) -> str | None:
    """The relative clause that ends the sentence, said of the common noun's phrase before
    its comma (see the module's docstring), or None."""
    m = _RELATIVE[language].search(text.rstrip())
    if m is None:
        return None
    clause = m.group("clause")
    verb = clause.split(" ", 1)[0]
    low = verb.lower()
    finite = low in AUXILIARIES[language] or is_finite(verb, language)
    if not finite and not (language == "en" and may_be_present(verb, language)):
        return None
    if low in SAY_VERBS[language] or not verb.islower():
        return None
    if language == "en" and m.group("relative") == "which" and not _which_of_phrase(clause):
        return None  # "..., which means ...": the relative may be about the whole clause
    found = _phrase_before(text[: m.start()], language)
    if found is None:
        return None
    phrase, plural, inner = found
    number = _verb_number(low, language)
    if number is not None and number != plural:
        return None  # the relative is about another noun
    if inner is not None and (number is None or inner == plural):
        return None  # "the roof of the church, which ...": either may be meant
    return upper_first(f"{phrase} {clause}.")


def _phrase_before(before: str, language: str) -> tuple[str, bool, bool | None] | None:
    """The noun phrase that ends `before`, with its article ('alla rete' -> 'la rete'), whether
    its head is plural, and whether the noun after its 'of' is (None: no 'of'); None when the
    words before the comma are no such phrase."""
    words = before.split()
    inner: bool | None = None
    for k in range(len(words) - 1, max(len(words) - _MAX_PHRASE - 2, -1), -1):
        word = words[k]
        low = word.lower()
        head, elided, tail = low.partition("’")
        opening = _opening(head + elided if elided else low, language)
        if opening is not None:
            article, plural = opening
            rest = ([word[len(head) + 1 :]] if elided and tail else []) + words[k + 1 :]
            if not rest or k == 0:
                return None  # no noun, or the sentence's own subject
            if not _after_verb(words, k, language, bool(elided) or low in _IT_ARTICULATED):
                return None  # "the school in the village, which": the phrase is inside another
            if language == "en":
                plural = _en_plural(rest if inner is None else rest[: rest.index("of")])
            return " ".join([article, *rest]).replace("’ ", "’"), plural, inner
        if low in (_IT_OF if language == "it" else {"of"}):
            if inner is not None:
                return None  # two 'of' phrases
            inner = _inner_plural(words[k + 1 :] if language == "en" else words[k:], language)
            if inner is None:
                return None
            continue
        if not word.replace("’", "").isalpha() or (language == "it" and not word.islower()):
            return None
        if low in (_IT_PREPOSITIONS if language == "it" else _EN_PREPOSITIONS):
            return None  # "the parade by Macnas, which": the relative may be the name's
    return None


# English verbs whose 'which' is often about the clause before, not its last phrase ('...,
# which means 40 new jobs', '..., which brings the total to 41').
_SENTENTIAL = frozenset(
    """means makes leaves puts brings gives takes raises represents marks amounts equates is
    follows comes""".split()
)


def _which_of_phrase(clause: str) -> bool:
    """Whether an English 'which' clause is about the phrase before it: its verb is a
    present that agrees with one thing ('runs 12 reserves', 'has 200 pupils'), not a
    verb often said of a whole clause, nor a 'has' before a participle ('has angered')."""
    verb, _, rest = clause.partition(" ")
    after = rest.split(" ", 1)[0]
    if verb in _SENTENTIAL and after != "together":  # "brings together 300 ports": a deed
        return False
    if _verb_number(verb, "en") is not False:
        return False
    return not (verb == "has" and is_participle(after, "en"))


def _after_verb(words: list[str], k: int, language: str, articulated: bool) -> bool:
    """Whether the phrase that opens at `k` follows its verb: right after it (an object), or
    after a preposition right after it ('signed by the network', 'firmato dalla rete'); not
    a phrase inside another ('the school in the village')."""
    at = k - 1
    if not articulated and language == "en" and words[at].lower() in _EN_PREPOSITIONS:
        at -= 1
    elif not articulated and language == "it" and words[at].lower() in _IT_PREPOSITIONS:
        at -= 1
    if at < 0:
        return False
    word = words[at].lower()
    return (
        word in AUXILIARIES[language] or is_finite(word, language) or is_participle(word, language)
    )


_EN_PREPOSITIONS = frozenset("by to from with for on at in into".split())
_IT_PREPOSITIONS = frozenset("a da con per su in tra fra".split())


def _opening(low: str, language: str) -> tuple[str, bool] | None:
    """The article an opening word gives the phrase and whether it is plural (English: read
    from the head later), or None when the word opens no phrase."""
    if language == "en":
        return (low, False) if low in _EN_ARTICLES else None
    if low in _IT_ARTICLES:
        return low, _IT_ARTICLES[low]
    if low in _IT_ARTICULATED:
        article = _IT_ARTICULATED[low]
        return article, _IT_ARTICLES[article]
    return None


def _inner_plural(words: list[str], language: str) -> bool | None:
    """Whether the noun after 'of'/'di' is plural, or None when it cannot be told."""
    if not words:
        return None
    if language == "en":
        return _en_plural(words[1:] if words[0].lower() in _EN_ARTICLES else words)
    first = words[0].lower()
    if first in {"dei", "degli", "delle"}:
        return True
    if first in {"del", "dello", "della", "dell’"}:
        return False
    return None


def _en_plural(words: list[str]) -> bool:
    """Whether an English phrase's head (its last word) is plural."""
    head = words[-1].lower() if words else ""
    return head.endswith("s") and not head.endswith("ss")


def _verb_number(verb: str, language: str) -> bool | None:
    """Whether a relative's verb is plural (True), singular (False) or tells no number."""
    if language == "it":
        if verb in {"è", "ha", "era", "aveva", "sarà", "avrà"}:
            return False
        if verb in {"sono", "hanno", "erano", "avevano", "saranno", "avranno"}:
            return True
        if verb.endswith(("ano", "ono", "ranno")):
            return True
        return False if verb.endswith(("a", "e", "à")) else None
    if verb in {"is", "has", "was", "does"}:
        return False
    if verb in {"are", "have", "were", "do"}:
        return True
    if verb.endswith("s") and not verb.endswith("ss"):
        return False
    return None
