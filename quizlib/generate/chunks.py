"""Light chunking without a parser: tokens with offsets, the noun phrase before a position,
the main verb of a clause."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from .lexicon import ARTICLES, ARTICULATED, STOPWORDS
from .verbs import (
    AUXILIARIES,
    is_finite,
    is_gerund,
    is_italian_present_at,
    is_participle,
    is_present_s_at,
    may_be_present,
)

_TOKEN = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*’?|\d+(?:[.,]\d+)*|[,;:()“”«»\"–—]")

PREPOSITIONS = {
    "it": frozenset(
        """di a da in con su per tra fra durante dopo prima verso contro senza presso oltre
        dentro fuori sotto sopra attraverso mediante circa entro""".split()
    ),
    "en": frozenset(
        """of to in on at by for with from during after before since until against without
        through over under about into within following""".split()
    ),
}
# Words a verb's object or complement may open with: after a word that may be a verb or a
# noun ('cost', 'sold'), they make it a verb ('and cost £740,000', 'e venduto 4 magazzini').
OBJECT_OPENERS = frozenset(
    """the a an its their his her this these those some all about around nearly almost more
    over up il lo la i gli le un uno una circa oltre quasi più""".split()
)


def opens_object(word: str, language: str) -> bool:
    """Whether a word opens a verb's object or complement: a figure, an article or a
    determiner, a preposition."""
    low = word.lower()
    return (
        word[:1].isdigit()
        or low in OBJECT_OPENERS
        or low.startswith(("l’", "un’"))
        or low in PREPOSITIONS[language]
        or low in ARTICULATED
    )


_DI_FAMILY = frozenset("di del dello della dei degli delle dell’ d’".split())
# Prepositions that end a noun phrase read backwards ("prima" and "dopo" may be adjectives).
_NP_BREAK = {
    "it": frozenset("a ad da in con su per tra fra verso contro senza presso".split()),
    "en": frozenset("to in on at by for with from during after before since until".split()),
}
POSSESSIVES = {
    "it": frozenset("suo sua suoi sue".split()),
    "en": frozenset("its his her".split()),
}
THEIR = {"it": "loro", "en": "their"}
CONJUNCTIONS = frozenset("e ed o che ma né and or but that which who".split())


class Token(NamedTuple):
    """A token and its offsets (a named tuple: a sentence makes dozens, and a frozen
    dataclass is several times slower to build)."""

    text: str
    start: int
    end: int
    low: str  # the text lowercased, computed once


def tokens(text: str) -> list[Token]:
    return list(_tokens(text))


_new_token = tuple.__new__  # Token(...) without the keyword handling of its __new__
# Each token with the text skipped before it: findall gives both as plain strings, cheaper
# than a match object a token; the offsets follow from their lengths.
_GAP_TOKEN = re.compile(r"([\s\S]*?)(" + _TOKEN.pattern + ")")
# The same for a text without "_", where [^\W_] is \w: one category test a character, not a
# negated set ("\d+..." goes too: a digit is a word character, so the first branch takes it).
# A token starts at the first word character or mark, so the gap is the run of characters
# that are neither: one pass over it, where a lazy gap tries a token at each of its characters.
_GAP_TOKEN_NO_UNDERSCORE = re.compile(r"([^\w,;:()“”«»\"–—]*)(\w+(?:[-.]\w+)*’?|[,;:()“”«»\"–—])")


@lru_cache(maxsize=16384)  # the sentences of a long article: each extractor tokenizes them
def _tokens(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    append = out.append  # a sentence has dozens of tokens: the loop is the cost
    end = 0
    gap_token = _GAP_TOKEN if "_" in text else _GAP_TOKEN_NO_UNDERSCORE
    for gap, word in gap_token.findall(text):
        start = end + len(gap)
        end = start + len(word)
        append(_new_token(Token, (word, start, end, word.lower())))
    return tuple(out)


def index_at(toks: list[Token], offset: int) -> int:
    """Index of the first token starting at or after `offset` (tokens are in text order)."""
    return bisect_left(toks, offset, key=_start)


_start = itemgetter(1)  # Token.start


def noun_phrase_before(
    toks: list[Token], end: int, language: str, max_words: int = 8
) -> tuple[int, str] | None:
    """The noun phrase ending just before token `end`: (index of its first token, text with a
    plain article). 'durante la loro conversazione telefonica |del' -> 'la loro conversazione
    telefonica'; 'dopo lo scioglimento dell’Unione Sovietica |nel' -> the whole phrase."""
    articles = ARTICLES[language]
    i = end - 1
    count = 0
    while i >= 0 and count <= max_words:
        t = toks[i]
        low = t.low
        if low in _DI_FAMILY or (language == "en" and low == "of"):
            i -= 1
            count += 1
            continue
        if low in articles or (language == "it" and low in ARTICULATED):
            before = toks[i - 1].low if i > 0 else ""
            if language == "en" and before == "of":
                i -= 2
                count += 2
                continue
            if language == "it" and low in ARTICULATED and ARTICULATED[low] and low[:2] == "de":
                i -= 1
                count += 1
                continue
            article = ARTICULATED.get(low, low) if language == "it" else low
            ok = (
                i == 0
                or before in PREPOSITIONS[language]
                or before in ARTICULATED
                or before in {",", ";", ":", "(", "–", "—"}
                or low in ARTICULATED
            )
            words = [toks[k].text for k in range(i + 1, end)]
            if not ok or not words or not words[0][:1].islower():
                return None
            if words[0].lower() in CONJUNCTIONS or is_finite(words[0], language):
                return None
            sep = "" if article.endswith("’") else " "
            return i, f"{article}{sep}{' '.join(words)}".replace("’ ", "’")
        if t.text in {",", ";", ":", "(", ")", "“", "”", "«", "»", '"', "–", "—"}:
            return None
        if low in CONJUNCTIONS or low in _NP_BREAK[language]:
            return None
        if (
            t.text[:1].islower()
            and is_finite(t.text, language)
            and not is_participle(t.text, language)
        ):
            return None
        if language == "en" and may_be_present(t.text, language) and _present_s(toks, i):
            return None  # "The festival receives| core funding of": no noun phrase
        i -= 1
        count += 1
    return None


def main_verb(
    toks: list[Token], language: str, stop: int | None = None, presents: bool = False
) -> int | None:
    """Index of the first finite verb (or auxiliary) of the clause, before `stop`. With
    `presents`, an English present in '-s' too where its place makes it one ('The plan
    mirrors| the scheme introduced ...', not '|introduced'): a caller that asks 'When did ...?'
    of the verb it gets, or that reads no verb as the sign of a present, keeps the default."""
    auxiliaries = AUXILIARIES[language]
    # An auxiliary is a verb wherever it is and however it is written; punctuation is never
    # one and starts with no letter, so the tests below pass it by.
    for i in range(len(toks) if stop is None else stop):
        text, _start, _end, low = toks[i]
        if low in auxiliaries:
            return i
        if i == 0 and text[:1].isupper():
            if is_finite(text, language):  # with its capital: "Luca| Rossi" is a name
                return i
            continue
        if language == "it" and low.endswith("a") and len(low) > 4:
            if is_italian_present_at([t.text for t in toks], i):
                return i  # "Luca coltiva| 12 ettari": no "coltivo"
        if text[:1].islower() and is_finite(text, language) and not _compound_adjective(low):
            if language == "en" and _adjective_in_ed(toks, i):
                continue  # "the number of registered| female boxers", "the injured| man"
            if language == "en" and _reduced_passive(toks, i):
                continue  # "A letter signed| by 40 doctors was sent": the letter's verb is later
            return i
        if presents and language == "en" and i and may_be_present(text, "en"):
            if _present_s(toks, i):
                return i
    return None


# Words after which an English word in -ed opens a noun phrase: "of | registered boxers".
_BEFORE_ADJECTIVE = frozenset("of the a an its their his her these those some all many".split())


def _adjective_in_ed(toks: list[Token], i: int) -> bool:
    """Whether the English word in -ed at token i modifies the noun after it: after a
    determiner or 'of', before a figure or a word in small letters that is no function word
    ('the number of registered female boxers', 'a combined 7,800'), not a verb ('the council
    approved the plan')."""
    if i == 0 or i + 1 >= len(toks) or not toks[i].low.endswith("ed"):
        return False
    nxt = toks[i + 1].text
    if toks[i - 1].low not in _BEFORE_ADJECTIVE:
        return False
    if nxt[:1].isdigit() or nxt[:1] in "$£€":
        return True  # "a combined| 7,800 passengers", "an expected| $27 million boost"
    return nxt.isalpha() and nxt.islower() and nxt not in _FUNCTION_AFTER


# What may follow a participle after a noun, which it is of: "signed| by", "employed| in".
_REDUCED_AFTER = frozenset("by in at on across within under".split())
_RELATIVES = frozenset("that which who whom whose".split())


def _reduced_passive(toks: list[Token], i: int) -> bool:
    """Whether the English word in -ed at token i is a participle after a noun, with its agent
    or its place, and the clause's own verb comes later: 'A letter signed| by 40 doctors was
    sent ...', 'the number of nurses employed| in the service had risen ...'."""
    if i == 0 or i + 1 >= len(toks) or not toks[i].low.endswith("ed"):
        return False
    if toks[i + 1].low not in _REDUCED_AFTER:
        return False
    before = toks[i - 1]
    if not (before.text.isalpha() and before.text.islower()) or before.low in STOPWORDS["en"]:
        return False  # "The council| approved by ...": a name; "which was| signed by"
    depth = 0  # "signed by the Traders' Association (TA)| had gathered": a bracket is passed
    for k in range(i + 2, len(toks)):
        t = toks[k]
        depth += (t.text == "(") - (t.text == ")")
        if depth:
            continue
        if t.low in AUXILIARIES["en"]:
            # "arrived at the site in 2019 | and were told": a second verb of the same subject
            return toks[k - 1].low not in {"and", "but"}
        if t.text in _CLAUSE_BREAKS or t.low in _RELATIVES:
            return False  # "The motion passed| by 18 votes to 11, ... that was interrupted"
    return False


_CLAUSE_BREAKS = frozenset(",;:–—")


# Words after a participle that make it a verb's: "the plan | approved by", "the man | wanted
# to".
_FUNCTION_AFTER = frozenset(
    "by to in on at for with from the a an and or of as that this it its".split()
)


def _present_s(toks: list[Token], i: int) -> bool:
    """Whether token i is an English present in '-s' in its place (verbs.is_present_s_at)."""
    return is_present_s_at([t.text for t in toks], i)


# Prefixes a hyphen joins to an English verb ("re-elected", "co-founded"): other hyphenated
# words in -ed are adjectives before a noun ("the long-awaited extension", "a much-loved pub").
_VERB_PREFIXES = frozenset("re co pre de un non mis over under out up down cross self".split())


def _compound_adjective(low: str) -> bool:
    head, hyphen, _ = low.partition("-")
    return bool(hyphen) and head not in _VERB_PREFIXES


def starts_with_subject(toks: list[Token], language: str) -> bool:
    """Whether a sentence opens with its subject (an article or a name), not with an
    adverbial ('Secondo fonti, ...', 'Parlando a ...', 'However, ...')."""
    if not toks:
        return False
    first = toks[0]
    if is_gerund(first.text, language):
        return False
    if first.low in ARTICLES[language] or first.low.rstrip("’") + "’" in ARTICLES[language]:
        return True
    if language == "it" and first.low in {"l’", "un’"}:
        return True
    if not first.text[:1].isupper():
        return False
    low = first.low
    if low in PREPOSITIONS[language] or low in ADVERBIALS[language]:
        return False
    return True


ADVERBIALS = {
    "it": frozenset(
        """secondo tuttavia inoltre infine oggi ieri domani mentre quando se anche però quindi
        dunque ciò questo questa quest’ quello quella quell’ nonostante poi intanto
        successivamente inizialmente dopo come
        prima già ancora così vi ci ne si io tu lui lei egli ella noi voi essi esse""".split()
    ),
    "en": frozenset(
        """according however also finally today yesterday tomorrow while when if though although
        but so then meanwhile later initially after before this that these those it there
        despite as he she they we i you""".split()
    ),
}


def joins_digits(toks: list[Token], i: int) -> bool:
    """Whether the mark at `i` (a comma or a point) sits inside a figure, between two runs of
    digits with no space: '4,500', '3,2'. The tokens split a figure there; a phrase does not
    end at it."""
    if not 0 < i < len(toks) - 1:
        return False
    before, mark, after = toks[i - 1], toks[i], toks[i + 1]
    return (
        before.text[-1:].isdigit()
        and after.text[:1].isdigit()
        and before.end == mark.start
        and mark.end == after.start
    )
