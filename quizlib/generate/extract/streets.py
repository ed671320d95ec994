"""The street or square a thing stands on, by the name after the thing's noun: 'the dock
offices on Queen Victoria Square welcome visitors' -> 'On which square are the dock offices?';
'il Mercato delle Erbe di corso Mazzini riaprirà' -> 'In quale corso si trova il Mercato delle
Erbe?'. Asked of a definite noun phrase only (the thing is one the text has in mind), never of
an event ('the protest on Market Street' is no thing that stands there)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..document import Document
from ..lexicon import ARTICULATED, IT_PLURAL_ARTICLES, STOPWORDS, WAYS
from ..verbs import is_finite, is_participle
from .common import entity_card

SCORE = 0.7

_EN_WAYS = "|".join(WAYS["en"])
_IT_WAYS = "|".join(WAYS["it"])
_EN_NAME = r"(?P<name>(?:[A-Z][\w’'-]*\s){1,3}(?P<way>" + _EN_WAYS + r"))(?![\w’'-]|\s[A-Z])"
_IT_NAME = (
    r"(?P<name>(?P<way>" + _IT_WAYS + r")\s(?:(?:del|della|dei|degli|delle|dell’|di|de)\s?)?"
    r"[A-ZÀ-Ý][\w’'-]*(?:\s(?:(?:del|della|dei|degli|delle|dell’|di|de)\s?)?[A-ZÀ-Ý][\w’'-]*){0,3})"
    r"(?![\w’'-]|\s[A-ZÀ-Ý])"
)
# The preposition before the name: the thing's noun phrase comes right before it.
_AT_WAY = {
    "en": re.compile(r"\s(?P<prep>on|in)\s" + _EN_NAME),
    "it": re.compile(r"\sdi\s" + _IT_NAME),  # "in": the deed's place as often as the thing's
}
_DETERMINERS = {
    "en": frozenset(["the"]),
    "it": frozenset(["il", "lo", "la", "i", "gli", "le", *ARTICULATED]),
}
_ELIDED = frozenset(["l’", *(a for a in ARTICULATED if a.endswith("’"))])
# The "di" that joins a noun to its complement inside one noun phrase ("la Casa della
# Comunità"): no determiner that opens it.
_OF = frozenset("di del dello della dei degli delle".split())
MAX_NOUN_WORDS = 5
# Nouns of what happens, not of what stands somewhere, and of an area a street names ("il
# quartiere di via Cogne" is the area around it, not a thing on it).
_EVENTS = {
    "en": frozenset(
        """meeting protest rally march crash fire event concert parade demonstration vigil
        collision accident incident attack area corner junction end part stretch""".split()
    ),
    "it": frozenset(
        """manifestazione protesta corteo incontro riunione festa concerto evento incidente
        presidio sit-in fiaccolata incendio scontro quartiere zona area tratto angolo incrocio
        rione""".split()
    ),
}
# A list of streets after the name: none of them is where the thing stands.
_LIST_AFTER = re.compile(r"\s?(?:,|e|and|or|o)\s(?:(?:in|on|a|nel|nella)\s)?[a-zA-Z]*\s?[A-Z]")
# Words a noun phrase stops before: it is one thing, named by its noun and its modifiers.
_STOPS = {
    "en": frozenset("of and or with for to from at by that which who".split()),
    "it": frozenset("e o con per che a da su tra fra in".split()),
}
# Words before a determiner that make its noun phrase part of a longer one.
_INSIDE = {
    "en": frozenset("of with and for".split()),
    "it": frozenset("con per tra fra di e su".split()),
}

# People a street names by where they live or work ("the traders on Bridge Street", "i
# commercianti di via Roma"): no thing that stands there.
_PEOPLE_EN = frozenset(
    """residents traders shopkeepers retailers businesses neighbours neighbors people tenants
    owners householders families workers staff""".split()
)
_PEOPLE_IT = frozenset("abitanti famiglie inquilini titolari proprietari cittadini".split())


def _people(noun: str, language: str) -> bool:
    """Whether a noun names people: an Italian plural in -anti/-enti ("commercianti",
    "residenti", "esercenti") or one of a few others."""
    if language == "en":
        return noun in _PEOPLE_EN
    return noun in _PEOPLE_IT or noun.endswith(("anti", "enti"))


def _plural_en(noun: str) -> bool:
    last = noun.split()[-1]
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _verb(word: str) -> bool:
    return word.islower() and (is_finite(word, "en") or is_participle(word, "en"))


def _joins_name(words: list[str], k: int) -> bool:
    """Whether the Italian word at `k` joins a noun to its complement inside one phrase: a
    bare 'di' or 'd’', or an articulated one before a capitalised name ('della Comunità',
    'dell’Agenzia'); before a common noun it opens the phrase ('il progetto | del
    parcheggio' -> 'il parcheggio')."""
    low = words[k].lower()
    if low == "di" or low.startswith("d’"):
        return True
    if low.startswith("dell’"):
        return words[k][5:6].isupper()
    return low in _OF and k + 1 < len(words) and words[k + 1][:1].isupper()


# Nouns of a work done on a thing, which an articulated "di" leaves for the thing itself: "il
# progetto | del parcheggio interrato di piazza Castello" -> 'il parcheggio interrato'.
_WORKS = frozenset(
    """progetto lavori cantiere cantieri costruzione realizzazione ristrutturazione ampliamento
    apertura riapertura rifacimento restauro recupero gestione demolizione chiusura""".split()
)
_ARTICULATED_OF = frozenset(["del", "dello", "della", "dei", "degli", "delle", "dell’"])


def _complement_of_common_noun(words: list[str], k: int, determiner: str) -> bool:
    """Whether the articulated 'di' at `k` joins a common noun to its complement, other than a
    work done on it: 'la scuola | dell’infanzia di via Tarquinia' is one thing, 'la scuola
    dell’infanzia', whose start the noun phrase reader cannot tell; the street is not the
    complement's ('l’infanzia')."""
    if determiner not in _ARTICULATED_OF or k == 0:
        return False
    before = words[k - 1]
    return before.isalpha() and before.islower() and before not in _WORKS


def _thing(before: str, language: str) -> tuple[str, str] | None:
    """The determiner and the words of the noun phrase that ends `before`, when a definite
    one does: no word between is a verb, a conjunction or a preposition."""
    words = before.split()
    for k in range(len(words) - 1, max(-1, len(words) - MAX_NOUN_WORDS - 2), -1):
        word = words[k]
        low = word.lower()
        if word[-1] in ",;:()–—" or word[0] in '(«“"':
            return None  # an aside or a quotation: no one noun phrase
        if language == "it" and _joins_name(words, k):
            continue  # "la Casa | della | Comunità", "la sala | d’ascolto": one phrase
        elided, mark, first = word.partition("’")
        if language == "it" and mark and (elided + mark).lower() in _ELIDED:
            if _complement_of_common_noun(words, k, (elided + mark).lower()):
                return None
            noun = " ".join([first, *words[k + 1 :]]).strip()  # "all’Ufficio", "nell’ ex"
            return (ARTICULATED.get((elided + mark).lower(), "l’"), noun) if noun else None
        if low in _DETERMINERS[language]:
            if language == "it" and _complement_of_common_noun(words, k, low):
                return None
            noun = " ".join(words[k + 1 :])
            if k > 0 and words[k - 1].lower() in _INSIDE[language]:
                return None  # "l’Ufficio relazioni con | il pubblico": a part of a longer one
            if language == "en" and k > 0 and _verb(words[k - 1]):
                return None  # "crossed | the line on Commercial Road": the deed's place
            return (low, noun) if noun else None
        if low in _STOPS[language] or low in STOPWORDS[language] or is_finite(low, language):
            return None
    return None


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    pattern = _AT_WAY[language]
    for s in doc.sentences:
        for m in pattern.finditer(s.text):
            if _LIST_AFTER.match(s.text, m.end()):
                continue
            found = _thing(s.text[: m.start()], language)
            if found is None:
                continue
            det, noun = found
            words = noun.lower().split()
            if words[-1] in _EVENTS[language] or not words[-1].replace("’", "").isalpha():
                continue
            if _people(words[-1], language):
                continue  # "i commercianti di via Roma": who works or lives there
            name, way = m.group("name"), m.group("way").lower()
            if language == "en":
                verb = "are" if _plural_en(noun) else "is"
                question = f"{m.group('prep').title()} which {way} {verb} the {noun}?"
            else:
                article = ARTICULATED.get(det, det)
                verb = "si trovano" if article in IT_PLURAL_ARTICLES else "si trova"
                space = "" if article.endswith("’") else " "
                question = f"In quale {way} {verb} {article}{space}{noun}?"
            yield entity_card(s, name, question, f"{noun} {way}", score=SCORE, answer_type="street")
