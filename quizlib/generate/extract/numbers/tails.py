"""The tail of a phrase: the words after a figure or a verb, to where its clause ends, with a
pair kept whole ("between Perth and Inverness", "tra Ortona e Vasto", "both A and B", "sia A
che B"), which a cut at every "and" would halve; and the second half of an English pair of
noun phrases a count's tail was cut before ("from the state| and federal governments"),
which `clause._tail` puts back (`second_of_pair`)."""

from __future__ import annotations

import re

from ...lexicon import NAME_LIST, PAIR_AND, STOPWORDS
from ...verbs import is_finite, is_participle, may_be_present, may_be_verb

# The prepositions and articles a relative pronoun may open its clause with: "| nelle quali",
# "| in cui", "| to which", "| il quale".
_RELATIVE_LEADS = "|".join(
    """di a ad da in con su per tra fra del della dello dei degli delle al alla allo ai agli
    alle dal dalla dallo dai dagli dalle nel nella nello nei negli nelle sul sulla sullo sui
    sugli sulle il la lo i gli le to in of for from with by on at under through""".split()
)


# "prima" after an article is an adjective ("per la prima campagna"), no clause's start; nor
# is "once" before a rate or "again" ("once a week"); nor is a mark inside a figure ("2,7
# chilometri", "06:42"), a time ("8 a.m."), a web address ("Recreation.gov") or a dotted
# abbreviation ("the U.S."). A purpose opens with two words, cut before the first: "every
# three years | so that ...", "| in order to", "| così che", "| in modo da"; a relative with
# its preposition: "in 21 udienze | nelle quali ...", "| in cui", "| where".
TAIL_END = re.compile(
    r"[;!?(“”\"]|(?<!\d)(?<!\s[ap])(?<!\s[ap]\.m)(?:[,:]|(?<![.\s][A-Z])\.(?![a-z]|[A-Z]\.))"
    r"|(?<!\s[ap])(?<!\s[ap]\.m)(?:[,:]|(?<![.\s][A-Z])\.(?![a-z]|[A-Z]\.))(?!\d)"
    r"|\s(?:che|which|who|that|e|ed|and|but|before|after|when|while|because|dopo"
    r"|until|although|though|once(?!\s+(?:a|an|again|more|or|every)\s)"
    r"|quando|mentre|perché|ma|però|finché|affinché|sebbene|benché|qualora|poiché)\s"
    r"|\s(?:so(?=\s(?:that|as)\s)|in\sorder(?=\sto\s)|così(?=\s(?:che|da)\s)"
    r"|in\smodo(?=\s(?:che|da)\s))"
    rf"|\s(?:(?:{_RELATIVE_LEADS})\s)?(?:cui|quale|quali|which|whom|where|whose|dove)\s"
    r"|(?<!\sla)(?<!\sle)(?<!\sil)(?<!\sgli)(?<!\slo)\sprima\s"
)


# The first half of a pair at the end of a tail cut at its "and": "between Perth|", "tra il
# 2018|", "both the school|"; "sia Roma|" goes on with "che" ("sia Roma che Milano").
_HALF = r"\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+$"
_PAIR_OPENED = re.compile(rf"\b(?:between|tra|fra|both){_HALF}", re.IGNORECASE)
# "sia" opens a pair before a name, a figure, an article or a preposition ("sia Roma", "sia
# per le scuole"); the verb's "sia" goes on otherwise ("nonostante sia vero| che ...").
_EITHER_OPENED = re.compile(
    r"\b[Ss]ia\s+(?=[A-ZÀ-Ý\d]|(?:il|lo|la|i|gli|le|un|uno|una|di|a|ad|da|in|con|su|per|tra|fra"
    r"|del|della|dello|dei|degli|delle|al|alla|allo|ai|agli|alle|dal|dalla|dai|dalle|nel|nella"
    r"|nello|nei|negli|nelle|sul|sulla|sui|sulle)\b|l[’'])"
    r"(?:[\w’'.-]+\s+){0,3}[\w’'.-]+$"
)
_EITHER_CHE = re.compile(r"\sche\s")
_NEXT_WORD = re.compile(r"[\w’'-]+")
_THEN = frozenset("then poi quindi".split())


# A word joined by "and" to a subject's tail, before the clause's verb: "41 of the 96 devils
# caught| and microchipped were born ...": the pair is the subject's.
_PAIR_AUXILIARIES = "were|was|are|is|have|has|had|will|sono|è|erano|era|hanno|ha"
_JOINED_BEFORE_VERB = re.compile(rf"[a-z]+\s(?:{_PAIR_AUXILIARIES})\s")
_AUXILIARY_IN = re.compile(rf"\b(?:{_PAIR_AUXILIARIES})\b")


# A pair's first half that ends in a figure ("between 2019|", "tra il 2018|"), and the second
# half's figure with the plain words after it, up to a word that opens something else.
_ENDS_IN_FIGURE = re.compile(r"\d[\d.,]*\s*$")
_SECOND_FIGURE = re.compile(r"(?:(?:the|il|lo|la|i|gli|le|l’|l')\s*)?\d[\d.,]*")
_NOUN_AFTER = re.compile(r"\s+([a-zà-ù]+)")
_NOT_NOUNS = frozenset(
    """as when while after before because with to in on at for by of from and or than
    quando mentre dopo prima perché con per in su a da di e o che""".split()
)


def _cut(text: str, at: int) -> int:
    """Where the clause that goes on at `at` ends, at its first mark or joining word."""
    m = TAIL_END.search(text[at:])
    return at + m.start() if m else len(text)


def _second_half(text: str, opened: int, end: int, subject: bool) -> re.Match[str] | None:
    """The word that joins the second half of a pair to the tail `text[opened:end]`, when the
    tail is the pair's first half."""
    first = text[opened:end].rstrip()
    after = PAIR_AND.match(text, end)
    if after is not None:
        if _PAIR_OPENED.search(first) and not _clause_after(text, after):
            return after
        joined = _JOINED_BEFORE_VERB.match(text, after.end()) if subject else None
        return after if joined and not _AUXILIARY_IN.search(first) else None
    either = _EITHER_CHE.match(text, end)
    if either is None or _clause_after(text, either) or not _EITHER_OPENED.search(first):
        return None
    return either


def _clause_after(text: str, joined: re.Match[str]) -> bool:
    """Whether the joining word opens a clause of its own, no pair's second half: "tra due
    settimane| e riaprirà", "between shifts| and then", its first word a verb or "then"."""
    word = _NEXT_WORD.match(text, joined.end())
    if word is None:
        return True
    language = "en" if joined.group(0).strip() == "and" else "it"
    return word.group(0).lower() in _THEN or is_finite(word.group(0), language)


def _nouns_after(text: str, at: int, end: int) -> int:
    """Where the plain nouns after a figure end, two at most ("2022| censuses", "18| anni"):
    before a word that opens a phrase or a clause, or a verb ("2002| furono rilasciati",
    "18 anni| iscritti")."""
    for _ in range(2):
        word = _NOUN_AFTER.match(text, at, end)
        if word is None or word.group(1) in _NOT_NOUNS:
            break
        w = word.group(1)
        if any(is_finite(w, lang) or is_participle(w, lang) for lang in ("en", "it")):
            break
        at = word.end()
    return at


def tail_end(text: str, at: int = 0, *, opened: int | None = None, subject: bool = False) -> int:
    """Where the tail that starts at `at` in `text` ends: at the end of its clause, past the
    second half of each pair the clause's "and" would cut ('between Perth| and Inverness').
    `opened`: where the phrase began, when before `at` (a pair is looked for from there);
    `subject`: the tail of a subject, which a word joined by "and" right before its verb
    goes on ('caught| and microchipped were born')."""
    start = at if opened is None else opened
    end = _cut(text, at)
    if text.startswith(",", end) and _ends_in_name(text, start, end):
        listed = NAME_LIST.match(text, end)
        if listed is not None:  # "censite in Burkina Faso|, Mali e Niger": never half a list
            end = _cut(text, listed.end())
    while (joined := _second_half(text, start, end, subject)) is not None:
        first_figure = _ENDS_IN_FIGURE.search(text, start, end)
        end = _cut(text, joined.end())
        if first_figure is not None:
            # a span's second end is a figure too, and the nouns it counts: "between 2019 and
            # 2024| as high energy prices ...", "between the 2016 and 2022 censuses"
            second = _SECOND_FIGURE.match(text, joined.end(), end)
            if second is not None:
                end = _nouns_after(text, second.end(), end)
    return end


def _ends_in_name(text: str, start: int, end: int) -> bool:
    """Whether the tail `text[start:end]` ends with a name: a capital past its first word."""
    words = text[start:end].split()
    return len(words) > 1 and words[-1][:1].isupper()


def tail_of(text: str, at: int = 0, *, subject: bool = False) -> str:
    """The tail that starts at `at` in `text`, pairs whole (see `tail_end`)."""
    return text[at : tail_end(text, at, subject=subject)]


# The second half of an English pair of noun phrases a tail's "and" cut, then what ends the
# phrase: "from the state| and federal governments| over", "for concerts| and tours|."
_EN_SECOND_OF_PAIR = re.compile(
    r"\s+(?P<pair>(?:and|or)\s+(?P<words>(?:[\w’-]+\s+){0,2}[a-z][\w’-]*s))"
    r"(?=[,;.:)]|\s+(?:in|on|at|over|from|for|by|with|to|until|during|since|after|before|each"
    r"|every|per|this|last|next)\b|$)"
)


# Quantifiers that open a phrase of its own after "and": "and every 10 minutes".
_NOT_PAIR_WORDS = frozenset("every each per all some many several few other most".split())


def second_of_pair(text: str, at: int) -> str:
    """'and federal governments' of 'from the state| and federal governments over ...': a
    plural noun and the words before it, no verb among them ('and opened shops' is a clause
    of its own), where an 'and' cut a tail; '' otherwise."""
    m = _EN_SECOND_OF_PAIR.match(text, at)
    if m is None:
        return ""
    words = [w.lower() for w in m.group("words").split()]
    if any(w in STOPWORDS["en"] or w in _NOT_PAIR_WORDS or is_finite(w, "en") for w in words):
        return ""
    if not all(w.replace("-", "").replace("’", "").isalpha() for w in words):
        return ""  # "at peak times| and every 10 minutes": a second figure, asked of its own
    if any(may_be_present(w, "en") for w in words[:-1]):
        return ""  # "and runs| two shops": a verb and its object
    if len(words) == 1 and may_be_verb(words[0]) and text[m.end() : m.end() + 1] not in ",;.:)":
        return ""  # "a year and agrees| to hear ...", "and opens| in May": a verb of its own
    return m.group("pair")
