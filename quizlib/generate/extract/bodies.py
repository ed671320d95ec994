"""A named body or place and the relative clause set off after it, asked by the body's kind:
'The work was praised by the Ashby Canal Trust, which maintains the towpath' -> 'Which trust
maintains the towpath?', 'Il ricorso è stato firmato dall’associazione Terra Viva, che
raccoglie trenta comitati' -> 'Quale associazione raccoglie trenta comitati?', 'the Dales
Rescue Team, whose members staff the huts' -> 'Which team's members staff the huts?'.

The kind is the noun the name holds ('Ashby Canal Trust', 'Consorzio Bonifica Sud') or the one
in small letters before it ('the charity Mind', 'l’associazione Terra Viva'). The name must
open the sentence or follow an agent's preposition or a copula ('by', 'dal', 'è stato'): after
any other word the relative may be of a noun before ('the report from the Agency, which is
due in May'). The clause opens with its verb, in the singular, and ends at a comma."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..document import NAME_RUN, Document, Sentence
from ..lexicon import ROLE_WORDS, SAY_VERBS
from ..verbs import is_finite, may_be_present
from .common import entity_card, in_participle_aside
from .kinds import _kind_name

SCORE = 0.745  # above a bare "who" of the same clause (the kind says more), below a count

_RELATIVE = {
    "en": re.compile(r",\s(?P<rel>which|whose)\s"),
    "it": re.compile(r",\s(?P<rel>che)\s"),
}
_CUE = {"en": (", which ", ", whose "), "it": (", che ",)}
# Kinds of bodies a name may end with, besides the places and bodies kinds.py asks by.
_EN_BODY_LAST = frozenset(
    """Team Group Council Board Union Club Federation Partnership Alliance Association
    Charity Committee Network Consortium Cooperative Co-operative Service""".split()
)
# Kinds of bodies said in small letters before a name: "the charity Mind".
_SMALL_KINDS = {
    "en": frozenset(
        """charity union company firm group council club association consultancy publisher
        developer trust foundation agency operator""".split()
    ),
    "it": frozenset(
        """associazione società fondazione consorzio sindacato azienda ditta cooperativa
        comitato agenzia gruppo ente""".split()
    ),
}
# What may stand before the name (its article left aside): the sentence's start, an agent's
# preposition, a copula.
_LEADS = {
    "en": re.compile(r"(?:^|\s(?:by|was|is)\s)(?:[Tt]he\s)?(?:[a-z]+\s)?$"),
    "it": re.compile(
        r"(?:^|\s(?:da|è stato|è stata|sono stati|era stato|era stata)\s)"
        r"(?:(?:[Ii]l|[Ll]o|[Ll]a|L’|l’|[Ii]|[Gg]li|[Ll]e)\s?)?(?:[a-zà-ù]+\s)?$"
        r"|(?:^|\s)(?:dal|dallo|dalla|dall’)\s?(?:[a-zà-ù]+\s)?$"
    ),
}
# A role's "of" before the name: "chair of the Rail Group, which". Only "which" is of no person
# ("che" and "whose" may be of the chair).
_ROLE_OF = re.compile(r"(?:^|\s)(\w+)\sof\sthe\s$")
_OPENING_ARTICLE = re.compile(r"^(?:(?:The|Il|Lo|La|I|Gli|Le)\s|L’)")
# The clause ends at a comma, a semicolon, a colon or the sentence's end (not a figure's comma).
_CLAUSE_END = re.compile(r"[,;:](?=\s)|[.!?]?$|\s[–—-]\s")
_PRONOUNS = frozenset(
    "it its they them their he his she her him this these those esso essa loro suo sua".split()
)
_EN_SINGULAR_AUX = frozenset("is was has had".split())
MAX_WORDS = 16


def _name_before(text: str, at: int) -> re.Match[str] | None:
    """The run of capitalised words that ends right before the relative's comma."""
    found = [m for m in NAME_RUN.finditer(text, 0, at) if m.end() == at]
    return found[-1] if found else None


def _leads(before: str, relative: str, language: str) -> bool:
    """Whether the words before a name leave the relative to it: the sentence's start, an
    agent's preposition, a copula, or a role's 'of' before 'which' ('chair of the Rail Group,
    which')."""
    if _LEADS[language].search(before):
        return True
    role = _ROLE_OF.search(before) if relative == "which" else None
    return role is not None and role.group(1).lower() in ROLE_WORDS[language]


def _kind(text: str, run: re.Match[str], language: str) -> str | None:
    """The kind of the named body: the noun its name holds, or the one before it."""
    start = run.start()
    if start == 0:
        opening = _OPENING_ARTICLE.match(text)
        start = opening.end() if opening else 0
        if opening is None and run.group(0).split()[0] in {"The", "Il", "La", "Lo", "L’"}:
            return None
    small = re.search(r"([a-zà-ù]+)\s$", text[:start])
    if small is not None and small.group(1) in _SMALL_KINDS[language]:
        return small.group(1)
    named = _kind_name(text[: run.end()], start, language)
    if named is not None:
        return named[0]
    words = run.group(0).split()
    if language == "en" and len(words) > 1 and words[-1] in _EN_BODY_LAST:
        return words[-1].lower()
    return None


# A name with no kind that opens the sentence, is "which" to its relative and then speaks is a
# body of people: "Unison, which represents most library staff, said ..." -> "Which
# organisation represents most library staff?". (Italian "che" is said of people too.)
_SPEAKING_KIND = {"en": "organisation", "it": None}
_SAYS_AFTER = re.compile(r",\s(?:has\s|had\s)?(?P<verb>[a-z]+)\b")


def _speaks_after(text: str, end: int) -> bool:
    """Whether the relative clause ending at `end` is followed by its name's verb of saying:
    ', said', ', has warned'."""
    m = _SAYS_AFTER.match(text, end)
    return m is not None and m.group("verb") in SAY_VERBS["en"]


def _singular_verb(word: str, language: str) -> bool:
    """Whether a relative clause's first word is a verb in the singular ('maintains', 'has',
    'ran', 'raccoglie'); the plural goes with more names than one."""
    if language == "it":
        return is_finite(word, language) and not word.endswith("no")
    return (
        word in _EN_SINGULAR_AUX
        or may_be_present(word, language)
        or (is_finite(word, language) and word not in {"are", "were", "have", "do"})
    )


def _clause(text: str, at: int, language: str, whose: bool) -> str | None:
    """The relative clause from `at` to its end, when it opens with its verb (after 'whose',
    its noun) and says nothing by a pronoun."""
    end = _CLAUSE_END.search(text, at)
    clause = text[at : end.start() if end else len(text)].strip()
    words = clause.split()
    if not 2 <= len(words) <= MAX_WORDS or any(w.lower() in _PRONOUNS for w in words):
        return None
    if whose:
        return clause if len(words) >= 3 and _singular_or_plural(words[1], language) else None
    return clause if _singular_verb(words[0], language) else None


def _singular_or_plural(word: str, language: str) -> bool:
    """Whether the word after 'whose' and its noun is a verb ('whose volunteers | staff')."""
    return (
        is_finite(word, language)
        or word.isalpha()
        and word.islower()
        and (word not in {"of", "and", "in", "on", "at", "to", "for", "with"})
    )


def _relative(s: Sentence, m: re.Match[str], doc: Document) -> Candidate | None:
    language = doc.language
    text = s.text
    run = _name_before(text, m.start())
    if run is None or not _leads(text[: run.start()], m.group("rel"), language):
        return None
    if in_participle_aside(text[: run.start()], language):
        return None  # "la società, controllata dal gruppo X, che gestisce": the company's
    kind = _kind(text, run, language)
    whose = m.group("rel") == "whose"
    clause = _clause(text, m.end(), language, whose)
    if kind is None and clause is not None and _speaks_after(text, m.end() + len(clause)):
        alone = (
            run.start() == 0
            and m.group("rel") == "which"
            and not _OPENING_ARTICLE.match(run.group(0))  # "The Dome": a building as likely
            and not doc.person(run.group(0))
        )
        kind = _SPEAKING_KIND[language] if alone else None
    if kind is None or clause is None:
        return None
    name = _OPENING_ARTICLE.sub("", run.group(0))
    if name.startswith(f"{kind} "):  # "L’associazione Terra Viva": the kind is asked
        name = name[len(kind) + 1 :]
    if language == "it":
        question = f"Quale {kind} {clause}?"
    elif whose:
        question = f"Which {kind}’s {clause}?"
    else:
        question = f"Which {kind} {clause}?"
    return entity_card(s, name, question, f"{name} {kind}", score=SCORE, answer_type="thing")


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for s in doc.sentences:
        if not any(cue in s.text for cue in _CUE[language]):
            continue
        for m in _RELATIVE[language].finditer(s.text):
            card = _relative(s, m, doc)
            if card is not None:
                yield card
