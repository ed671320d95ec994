"""A list of participles that share one auxiliary, read as a statement an item: 'Nel cantiere
sono stati sostituiti i cavi, rifatti 12 ponti e installato il nuovo impianto.' -> 'Nel
cantiere sono stati rifatti 12 ponti.', 'Nel cantiere è stato installato il nuovo impianto.';
'The firm has bought 12 shops, sold 4 warehouses and closed 2 offices.' -> 'The firm has sold
4 warehouses.'; 'The cables were replaced, 12 bridges rebuilt and a system installed.' ->
'12 bridges were rebuilt.'.

The list is taken only when each of its items reads alike: after the first, each item opens
with a participle in small letters (the auxiliary's own form), or is a noun phrase with its
participle after it (the auxiliary's subject and participle, as 'the cables were replaced'),
with no verb of its own; an item of another shape (a list inside an object: 'rifatti 19
ponti, 3 gallerie e 2 stazioni') leaves the whole sentence unread. A passive's auxiliary
agrees with each item: in Italian with the participle's ending ('rifatti' -> 'sono stati',
'installato' -> 'è stato'), in English with the item's subject ('12 bridges' -> 'were').
"""

from __future__ import annotations

import re

from .lexicon import ARTICLES
from .text import upper_first
from .verbs import holds_finite, is_participle

# The auxiliaries that open a shared group, by tense: a passive's 'essere' or 'be' (with
# 'stato'/'been'), an active's 'avere' or 'have'.
_IT_BE = {
    "è": "present",
    "sono": "present",
    "era": "past",
    "erano": "past",
    "sarà": "future",
    "saranno": "future",
}
_IT_BE_FORMS = {  # tense -> (singular, plural)
    "present": ("è", "sono"),
    "past": ("era", "erano"),
    "future": ("sarà", "saranno"),
}
_IT_STATO = {"o": "stato", "a": "stata", "i": "stati", "e": "state"}
_IT_HAVE = frozenset("ha hanno aveva avevano avrà avranno".split())
_EN_BE = {
    "was": ("was", "were"),
    "were": ("was", "were"),
    "is": ("is", "are"),
    "are": ("is", "are"),
    "has": ("has been", "have been"),
    "have": ("has been", "have been"),
    "will": ("will be", "will be"),
}
_EN_HAVE = frozenset("has have had".split())
_EN_BE_PARTICIPLES = frozenset("been be".split())
_ADVERBS = frozenset("già anche inoltre poi also already now just since".split())
_MAX_BEFORE = 12  # words before the auxiliary
_LAST_JOIN = re.compile(r" (?:e|ed|and) ")
_UNREAD = re.compile(r"[:;«»“”\"()]")
_NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds dozens thousands several many some both""".split()
)


def participle_list_said(text: str, language: str) -> list[str]:
    """Each item of a list of participles sharing one auxiliary as a statement (see the
    module's docstring); none when the text holds no such list or an item reads otherwise."""
    body = text.rstrip().rstrip(".!").rstrip()
    if ", " not in body or _UNREAD.search(body) or _LAST_JOIN.search(body) is None:
        return []
    words = body.split(" ")
    group = _group(words, language)
    if group is None:
        return []
    aux, first = group  # the auxiliary's index, the first participle's
    before = " ".join(words[:aux])
    if "," in before or holds_finite(words[:aux], language):
        return []  # "the council said it had hired ...": a reported clause's
    items = _items(" ".join(words[first:]), language)
    if items is None:
        return []
    out = []
    for item in items[1:]:
        said = _item_said(before, words[aux:first], item, language)
        if said is None:
            return []
        out.append(said)
    return out


def _group(words: list[str], language: str) -> tuple[int, int] | None:
    """The index of the shared auxiliary and of the participle after it (past 'stato',
    'been' and an adverb), or None."""
    heads = (_IT_BE.keys() | _IT_HAVE) if language == "it" else (_EN_BE.keys() | _EN_HAVE)
    for i, word in enumerate(words[: _MAX_BEFORE + 1]):
        if word.lower() not in heads:
            continue
        k = i + 1
        while k < len(words) and (
            words[k].lower() in _ADVERBS
            or words[k].lower() in _IT_STATO.values()
            or words[k].lower() in _EN_BE_PARTICIPLES
        ):
            k += 1
        word = words[k].rstrip(",") if k < len(words) else ""
        if word.islower() and _participle(word, language):
            return i, k
        return None
    return None


def _items(phrase: str, language: str) -> list[str] | None:
    """The items of the list that opens with the first participle ('rifatti 19 ponti,
    installato il sistema e ...'), or None when its last item is not joined by 'e'/'and'."""
    chunks = phrase.split(", ")
    if len(chunks) < 2:
        return None
    last = list(_LAST_JOIN.finditer(chunks[-1]))
    if not last:
        return None
    m = last[-1]
    items = [*chunks[:-1], chunks[-1][: m.start()], chunks[-1][m.end() :]]
    return items if all(len(item.split()) >= 2 for item in items[1:]) else None


def _participle(word: str, language: str) -> bool:
    """Whether a word is a participle, an Italian one after 'ri-' too ('rifatti',
    'riestratti', as 'fatti', 'estratti')."""
    if is_participle(word, language):
        return True
    low = word.lower()
    if language != "it":
        return False
    return low.startswith("estratt") or (low.startswith("ri") and is_participle(low[2:], language))


def _item_said(before: str, group: list[str], item: str, language: str) -> str | None:
    """An item with the shared auxiliary: 'rifatti 12 ponti' -> 'sono stati rifatti 12
    ponti' after what came before the auxiliary; '12 bridges rebuilt' -> '12 bridges were
    rebuilt'."""
    words = item.split()
    aux = group[0].lower()
    perfect = any(w.lower() in _IT_STATO.values() for w in group)
    passive = aux in (_IT_BE if language == "it" else _EN_BE) and (
        language == "it" or aux not in _EN_HAVE or group[-1].lower() == "been"
    )
    if words[0].islower() and _participle(words[0], language):
        if holds_finite(words[1:], language):
            return None
        if not passive or language == "en" or (before and not _frame_before(before)):
            return _sentence(f"{before} {' '.join(group)} {item}")  # one subject's deeds
        be = _it_be(aux, words[0], perfect)  # the item's subject after its participle
        return _sentence(f"{before} {be} {item}")
    if not passive:
        return None
    at = next((i for i in range(1, min(len(words), 7)) if _participle(words[i], language)), None)
    if at is None or not words[at].islower():
        return None
    subject, rest = words[:at], words[at:]
    if holds_finite(subject, language) or holds_finite(rest[1:], language):
        return None
    if not _opens_noun_phrase(subject[0], language):
        return None
    if language == "it":
        be = _it_be(aux, rest[0], perfect)
    else:
        singular, plural = _EN_BE[aux]
        be = plural if _plural(subject) else singular
    return _sentence(f"{' '.join(subject)} {be} {' '.join(rest)}")


def _it_be(aux: str, participle: str, perfect: bool) -> str:
    """The Italian passive's auxiliary that agrees with a participle, in the tense of `aux`
    (with 'stato' when the shared group has it): 'sono (stati)' + 'installato' -> 'è
    stato'."""
    singular, plural = _IT_BE_FORMS[_IT_BE[aux]]
    ending = participle[-1:].lower()
    be = plural if ending in {"i", "e"} else singular
    return f"{be} {_IT_STATO.get(ending, 'stato')}" if perfect else be


_IT_FRAME_OPENERS = re.compile(
    r"(?i)^(?:nel|nella|nello|nei|negli|nelle|nell’|in|a|al|alla|allo|ai|agli|alle|all’|su|"
    r"sul|sulla|sui|per|da|dal|dalla|dai|dopo|durante|entro|tra|fra|lungo|con|oggi|ieri)\b"
)


def _frame_before(before: str) -> bool:
    """Whether the words before an Italian auxiliary are an opening frame (a preposition's
    phrase, a time), not the passive's subject."""
    return _IT_FRAME_OPENERS.match(before) is not None


def _opens_noun_phrase(word: str, language: str) -> bool:
    """Whether a word may open an item's subject: an article, a figure, a number word, a
    name."""
    low = word.lower()
    return (
        low in ARTICLES[language]
        or word[:1].isdigit()
        or low in _NUMBER_WORDS
        or low.startswith(("l’", "un’"))
        or word[:1].isupper()
    )


def _plural(subject: list[str]) -> bool:
    """Whether an English item's subject is plural: a figure above one, a number word, a
    last word in '-s'."""
    first = subject[0].lower()
    if first in {"a", "an", "one", "1"}:
        return False
    if first[:1].isdigit() or first in _NUMBER_WORDS:
        return True
    last = subject[-1].lower()
    return last.endswith("s") and not last.endswith("ss")


def _sentence(text: str) -> str:
    """A statement with its first letter capital and a full stop."""
    return upper_first(text.strip()) + "."
