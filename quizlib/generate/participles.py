"""Participle phrases set off after the noun or the name they describe, inside a clause: 'The
grant will pay for repairs to the kiln, built in 1897, and to the stables' (the kiln was built
in 1897), 'run by Ashby Creamery, a dairy founded in 1879, which employs ...' (Ashby Creamery
was founded in 1879), 'la categoria della CGIL, la Confederazione ... fondata nel 1944, che
...' (la CGIL è stata fondata nel 1944).

A phrase is taken only where the noun it describes is clear: a noun phrase with its article or
a name right before the comma, not after 'of' or 'di' (in 'the roof of the church, built in
1897' the roof or the church may be meant); a participle in small letters with a complement
that opens with a preposition and holds no verb of its own; in Italian, a participle that
agrees with the noun's article (and, after a name, with the name's article or ending).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chunks import PREPOSITIONS
from .lexicon import ARTICLES, ARTICULATED, IT_ARTICLE_ENDING, SAY_VERBS
from .verbs import AUXILIARIES, holds_finite, is_finite, is_participle, may_be_present

# Prepositions that open a participle's complement: "built in 1897", "fondata nel 1944".
_COMPLEMENT_OPENERS = {
    "en": frozenset("in on at from during as near".split()),
    "it": frozenset("nel nell’ nella nello nei negli nelle a ad in come su sul sulla".split()),
}
# The articles that open an apposition after a name: "a dairy founded in 1879".
_APPOSITION_ARTICLES = frozenset("a an the il lo la i gli le un uno una".split())
_MAX_APPOSITION = 8  # words of the apposition's noun before its participle
_NP_ARTICLES = {
    "en": frozenset(["the"]),
    "it": frozenset("il lo la i gli le".split()),
}
_MAX_NP = 4  # words of a noun phrase after its article
# A name right before a comma, with an article of its own or one in a preposition ('della
# CGIL'): the article's words, then the name's.
_NAME = re.compile(
    r"(?:^|(?<=\s))(?:(?P<article>[A-Za-z’]+)\s?)?"
    r"(?P<name>[A-Z][\w’'&.-]*(?: (?:[A-Z][\w’'&.-]*|of|and|for|del|della|di|dei|degli|delle"
    r"|e)){0,5})$"
)
# Words before a noun phrase that make its head uncertain ('the roof of the church').
_OF = frozenset("of di del dello della dei degli delle dell’ d’".split())
# The article an Italian articulated preposition holds.
_IT_HELD_ARTICLE = {
    "del": "il", "dello": "lo", "della": "la", "dei": "i", "degli": "gli", "delle": "le",
    "al": "il", "allo": "lo", "alla": "la", "ai": "i", "agli": "gli", "alle": "le",
    "dal": "il", "dallo": "lo", "dalla": "la", "dai": "i", "dagli": "gli", "dalle": "le",
    "nel": "il", "nello": "lo", "nella": "la", "nei": "i", "negli": "gli", "nelle": "le",
    "sul": "il", "sullo": "lo", "sulla": "la", "sui": "i", "sugli": "gli", "sulle": "le",
    "il": "il", "lo": "lo", "la": "la", "i": "i", "gli": "gli", "le": "le",
}  # fmt: skip


@dataclass(frozen=True)
class Described:
    """A noun or a name and the participle phrase that describes it."""

    subject: str  # "the kiln", "la CGIL", "Ashby Creamery"
    participle: str  # "built"
    complement: str  # "in 1897"


def described_after(text: str, language: str) -> list[Described]:
    """The participle phrases set off after a noun phrase or a name inside a clause, with what
    they describe (see the module's doc)."""
    out = []
    body = text.rstrip().rstrip(".")
    cuts = [m.start() for m in re.finditer(", ", body)]
    for i, cut in enumerate(cuts):
        end = cuts[i + 1] if i + 1 < len(cuts) else len(body)
        piece = body[cut + 2 : end]
        if any(c in piece for c in ';:«»“”"()–—') or _verb_next(body[end + 2 :], language):
            continue  # "its helicopters, based at Perth, were called out": a subject's aside
        last = end == len(body)
        if last and language == "en" and not _has_verb(body[:cut].split()):
            continue  # "The last scheme in Leeds, near the station, opened in 2011": the verb
        found = _after_noun(body[:cut], piece, language) or _after_name(body[:cut], piece, language)
        if found is not None and found not in out:
            out.append(found)
    return out


def _has_verb(words: list[str]) -> bool:
    """Whether English words hold a verb: a finite one, or a present in small letters ('sits')."""
    return holds_finite(words, "en") or any(
        w.islower() and may_be_present(w, "en") for w in words[1:]
    )


def _verb_next(after: str, language: str) -> bool:
    """Whether the text after a phrase's closing comma opens with a verb in small letters."""
    word = after.split(" ", 1)[0]
    return word.islower() and (word in AUXILIARIES[language] or is_finite(word, language))


def _plain_complement(participle: str, complement: str, language: str) -> bool:
    """Whether a participle and its complement make a phrase of their own: a participle, a
    preposition first, no verb."""
    if not is_participle(participle, language):
        return False
    words = complement.split()
    first = words[0].lower()
    if "’" in first:
        first = first[: first.index("’") + 1]
    if first not in _COMPLEMENT_OPENERS[language]:
        return False
    if any(w.lower() in _AGENTS[language] for w in words):
        return False  # "a hall built in 1862 by the mill owners", "controllata dal gruppo X":
        # whose deed, and a state or an event?
    return not holds_finite(words, language)


def _after_noun(before: str, piece: str, language: str) -> Described | None:
    """'repairs to the kiln, | built in 1897': the noun phrase right before the comma, when it
    is not the sentence's first words (its asides are statements._subject_asides')."""
    participle, _, complement = piece.partition(" ")
    if not participle.islower() or not complement:
        return None
    if not _plain_complement(participle, complement, language):
        return None
    words = before.split(" ")
    at = _noun_phrase_start(words, language)
    if at is None or at == 0 or _after_of(" ".join(words[:at])):
        return None
    if words[at - 1].lower() in _COPULAS:
        return None  # "è la società pubblica, controllata da ...": the subject's description
    subject = " ".join(words[at:])
    if holds_finite(subject.split()[1:], language):
        return None
    if language == "it" and not _agrees_with_phrase(participle, subject):
        return None
    return Described(subject, participle, complement)


def _noun_phrase_start(words: list[str], language: str) -> int | None:
    """Where the noun phrase that ends `words` opens: its article ('the', 'il', or a word in
    'l’'), with up to four words in small letters after it, none an article's, a
    preposition's or a clause's."""
    for k in range(len(words) - 1, max(-1, len(words) - 2 - _MAX_NP), -1):
        word = words[k]
        low = word.lower()
        if k < len(words) - 1 and low in _NP_ARTICLES[language]:
            return k
        if language == "it" and low.startswith("l’") and low[2:].isalpha():
            return k
        if not word.isalpha() or not word.islower() or low in _NOT_IN_PHRASE[language]:
            return None
    return None


def _after_name(before: str, piece: str, language: str) -> Described | None:
    """'run by Ashby Creamery, | a dairy founded in 1879': the name before an apposition that
    a participle phrase ends."""
    words = piece.replace("’", "’ ").split()
    if len(words) < 4 or words[0].lower() not in _APPOSITION_ARTICLES | {"l’", "un’"}:
        return None
    at = next(
        (
            k
            for k in range(2, min(len(words) - 1, _MAX_APPOSITION + 2))
            if words[k].islower()
            and is_participle(words[k], language)
            and _plain_complement(words[k], " ".join(words[k + 1 :]), language)
        ),
        None,
    )
    if at is None:
        return None
    noun = words[1:at]
    if holds_finite(noun, language) or any(w.lower() in _CLAUSE_WORDS for w in noun):
        return None
    participle, complement = words[at], " ".join(words[at + 1 :]).replace("’ ", "’")
    name = _NAME.search(before)
    if name is None or name.start("name") == 0:
        return None
    article = (name.group("article") or "").lower()
    subject = name.group("name")
    if language == "it":
        opening = words[0].lower()
        ending = IT_ARTICLE_ENDING.get(opening) or {"una": "a", "un’": "a", "uno": "o"}.get(opening)
        if opening in {"l’", "un"}:
            ending = (
                "a" if _name_agrees("a", noun[0]) else "o" if _name_agrees("o", noun[0]) else None
            )
        if ending is None or not participle.endswith(ending):
            return None  # the participle is not the apposition's noun's
        held = _IT_HELD_ARTICLE.get(article)
        if held is not None:
            if not participle.endswith(IT_ARTICLE_ENDING[held]):
                return None
            subject = f"{held} {subject}"
        elif not _name_agrees(participle, subject):
            return None
        elif article.endswith("’") and name.end("article") == name.start("name"):
            subject = f"l’{subject}"  # "dell’Arpa": "l’Arpa"
        return Described(subject, participle, complement)
    if words[0].lower() not in {"a", "an"} or participle in _EN_SAYING:
        return None  # "Dresden, the company announced on Monday, ...": a clause, no apposition
    if "of" in noun or _plural_name(subject):
        return None  # "a series of swims regarded as ...": whose; "the Rooms": was or were?
    if article == "the":
        subject = f"the {subject}"
    return Described(subject, participle, complement)


_CLAUSE_WORDS = frozenset("who which that where whose che cui dove".split())
_EN_SAYING = frozenset([*SAY_VERBS["en"], *"confirmed revealed reported".split()])
# Words no noun phrase holds between its article and its noun (a possessive's owner would be
# unsaid: "il suo mulino").
_POSSESSIVES = frozenset("its their his her our suo sua suoi sue loro nostro nostra".split())
_NOT_IN_PHRASE = {
    language: PREPOSITIONS[language]
    | ARTICLES[language]
    | frozenset(ARTICULATED)
    | _CLAUSE_WORDS
    | _POSSESSIVES
    for language in ("en", "it")
}
# Forms of 'to be' before a noun phrase that describes the subject.
_COPULAS = frozenset("is are was were be been being è era erano fu furono sono sia".split())
# Words of an agent in a participle's complement.
_AGENTS = {
    "en": frozenset(["by"]),
    "it": frozenset("da dal dallo dalla dai dagli dalle dall’".split()),
}


def _plural_name(name: str) -> bool:
    """Whether an English name ends with a plural noun ('Assembly Rooms')."""
    last = name.rsplit(" ", 1)[-1]
    return last[-1:] == "s" and last[-2:] != "ss" and not last.isupper()


def _after_of(before: str) -> bool:
    """Whether the text before a noun phrase ends with 'of' or 'di' (or an article's 'di')."""
    words = before.split()
    return bool(words) and words[-1].lower() in _OF


def _agrees_with_phrase(participle: str, phrase: str) -> bool:
    """Whether an Italian participle agrees with a noun phrase's article ('il forno |
    costruito'); after 'l’', with the noun's ending ('l’università | nata')."""
    article, _, rest = phrase.partition(" ")
    if article.startswith("l’"):
        return _name_agrees(participle, article[2:])
    ending = IT_ARTICLE_ENDING.get(article.lower())
    return ending is not None and participle.endswith(ending)


def _name_agrees(participle: str, name: str) -> bool:
    """Whether an Italian participle agrees with a singular noun or name by its first word's
    ending ('Parco | istituito', 'Università | nata'); a word of no clear gender does not."""
    head = name.split(" ", 1)[0].lower()
    if head.endswith("o"):
        return participle.endswith("o")
    if head.endswith(("a", "à")):
        return participle.endswith("a")
    return False
