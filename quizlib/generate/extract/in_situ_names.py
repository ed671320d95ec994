"""A name asked where it stands in its clause (see in_situ.py): a person by 'who', 'by whom',
'da chi'; a person a role names before ('the chef Joe Sheridan') and a place or body whose
name holds its kind ('the River Deel', 'l’Università di Pisa') by 'which chef', 'which
river', 'quale università'."""

from __future__ import annotations

import re

from ..lexicon import ARTICULATED_PREPOSITION, STOPWORDS
from ..verbs import AUXILIARIES, is_finite, is_participle
from .in_situ_clause import IT_DEFINITE, POSSESSIVES, WORD_BEFORE

# Kinds of place or body a name holds, as its first or last word: "River Deel", "Scotland
# Road", "Università di Pisa"; the question asks "which river", "quale università".
_KINDS = {
    "en": frozenset(
        """river road street avenue lane lake bridge park university college school hospital
        council department ministry agency company museum airport station stadium arena
        festival trust fund club cathedral church castle valley island bay forest
        reserve court prison library theatre gallery shire county district borough hall centre
        center tower square market harbour pier beach palace abbey chapel highway motorway
        canal dam reservoir mill zoo hotel""".split()
    ),
    "it": frozenset(
        """fiume lago via viale piazza ponte parco università scuola liceo ospedale comune
        ministero agenzia società museo aeroporto porto stazione stadio teatro chiesa
        basilica castello valle isola fondazione consorzio associazione federazione
        tribunale biblioteca provincia regione palazzo torre mercato canale diga abbazia
        monastero convento santuario cattedrale duomo rifugio""".split()
    ),
}
# What a role noun before a name may not be: a word of the clause ("said Ann Ross", "by").
_NOT_ROLES = frozenset(
    """the a an and or of in on at by for with from to said says told as than that who
    il lo la i gli le un una uno e o di a da in con su per tra fra che ha è ai al alla
    dal dalla del della""".split()
)
_ARTICLES = {"en": frozenset(["the"]), "it": IT_DEFINITE}
_PREPOSITIONS = {
    "en": frozenset("by to with for from of about against under".split()),
    "it": frozenset("da a con per di su tra fra contro".split()),
}


def asked_name(
    text: str, start: int, end: int, language: str, answer_type: str
) -> tuple[int, int, str, str] | None:
    """(a, b, wh, answer): the stretch text[a:b] the wh-phrase takes the place of, and the
    answer, for a person or a named place or body; None for a name it cannot ask."""
    name = text[start:end]
    words = name.split()
    if not words or not all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words):
        return None
    if text[end : end + 1].isalnum() or text[start - 1 : start].isalnum():
        return None
    if _modifies_a_noun(text, end, language) or _rest_of_a_name(text, start, language):
        return None  # "which river| watershed", "the Fishing and| Coastal Growth Fund"
    if _AND_AFTER.match(text, end):
        return None  # "the University of the Highlands| and Islands": one name or two
    kind = _kind(words, language)
    if any(w in ("and", "e", "&") for w in words) and not _one_name_with_and(words, kind, language):
        return None  # "London Road and Bateman Street": two names
    if _NAME_GOES_ON.match(text, end) or _goes_on_in_small_letters(text, end, language):
        return None  # "Bristol Royal Hospital| for Children", "Dundalk Road|, Crossmaglen,"
    if language == "it" and text[end:].strip() in ("", ".") and text[:start].endswith(" di "):
        return None  # "... entro il 2027 di Marta Ferraris": a byline
    a, word, previous = _before(text, start, language)
    apposed = (
        _apposed_kind(text, end, language) if kind is None and answer_type != "person" else None
    )
    if apposed is not None:
        kind, end = apposed  # "Kilbride Marine Construction, an Oban-based contractor,"
    if kind is not None:
        if _modifier(previous, language) or previous.lower() in POSSESSIVES[language]:
            return None  # "the old| City Hospital", "its| School of Ocean Sciences"
        wh = ("which " if language == "en" else "quale ") + kind
    elif answer_type == "person" and len(words) >= 2 and words[0] not in _PLACE_OPENERS:
        if _described_after(text, end, language):
            return None  # "Calogero Mancuso, allevatore di 58 anni": it tells who he is
        role = _role(previous, language)
        if role is None and previous[:1].islower() and previous.lower() not in _NOT_ROLES:
            return None  # "era stata| Chiara Benedetti", "nursing student| Amara Okafor"
        if role is not None and word is not None:
            # "the chef Joe Sheridan" -> "which chef"; "dall’archeologo Sebastiano Tusa" ->
            # "da quale archeologo"
            opener, noun = role
            a = word.start(1)
            if opener:
                previous = opener
            else:
                a, word, previous = _before(text, a, language)
                low = previous.lower()
                if (
                    previous
                    and low not in _PREPOSITIONS[language]
                    and low not in ARTICULATED_PREPOSITION
                ):
                    return None  # "Independent| member Tom O’Sullivan": a longer role
            wh = ("which " if language == "en" else "quale ") + noun
        elif not _clause_word(previous, text[:a], language):
            return None  # "was 84-year-old| Maureen Fielding": a word of the name's phrase
        elif language == "en":
            wh = "whom" if previous.lower() in _PREPOSITIONS["en"] else "who"
        else:
            wh = "chi"
    else:
        return None
    low = previous.lower()
    if language == "it" and low in ARTICULATED_PREPOSITION:
        if word is not None:
            a = min(a, word.start(1))  # "dell’|Università della Tuscia"
        wh = f"{ARTICULATED_PREPOSITION[low]} {wh}"
    if text.startswith(("’s ", "'s "), end) and wh in ("who", "whom"):
        return a, end + 2, "whose", name  # "by Hamish Ritchie’s family" -> "by whose family"
    return a, end, wh, name


def _before(text: str, at: int, language: str) -> tuple[int, re.Match[str] | None, str]:
    """Where a name's phrase starts (before its article, if any) and the word before it, as
    found and as written."""
    word = WORD_BEFORE.search(text[:at])
    previous = word.group(1) if word else ""
    if previous.lower() in _ARTICLES[language] and word is not None:
        at = word.start(1)
        word = WORD_BEFORE.search(text[:at])
        previous = word.group(1) if word else ""
    return at, word, previous


# Small words a name may hold between its capitals: "Università di Pisa", "Bank of Ireland".
# What continues a name a deletion cut short, or follows a street in an address.
_NAME_GOES_ON = re.compile(r"\s+(?:for|of|di|del|della|dei|delle)\s+[A-Z]|,\s+[A-Z]")
_NAME_LINKS = frozenset("di del della dei degli delle of de the and".split())


def _clause_word(previous: str, before: str, language: str) -> bool:
    """Whether a person's name stands where a clause has a person: at its start, after a
    comma, a preposition, a conjunction or a verb."""
    low = previous.lower()
    if not previous or before.rstrip().endswith((",", ":", ";")):
        return True
    return (
        low in _PREPOSITIONS[language]
        or low in ARTICULATED_PREPOSITION
        or low in ("and", "or", "e", "o", "than", "che")
        or low in AUXILIARIES[language]
        or is_finite(low, language)
        or is_participle(low, language)
    )


def _role(previous: str, language: str) -> tuple[str, str] | None:
    """(what opens it, the noun) of the role a word before a person's name gives: ('',
    'chef') of 'chef', ('dall’', 'archeologo') of 'dall’archeologo'; None for a word that is
    no role (a verb, a word of the clause, a name)."""
    opener, _, noun = previous.rpartition("’")
    if opener:
        opener += "’"
        if opener.lower() not in ARTICULATED_PREPOSITION and opener.lower() not in ("l’", "all’"):
            return None
    low = noun.lower()
    if (
        not noun.islower()
        or len(low) < 3
        or not low.isalpha()
        or low in _NOT_ROLES
        or low in AUXILIARIES[language]
        or is_participle(low, language)
        or is_finite(low, language)
    ):
        return None
    return ("" if opener.lower() == "l’" else opener), noun


def _modifier(word: str, language: str) -> bool:
    """Whether the word before a name describes it ('old', 'nuovo', 'l’ex'): no word of the
    clause."""
    word = word.rpartition("’")[2]
    low = word.lower()
    return (
        word.islower()
        and low.isalpha()
        and low not in STOPWORDS[language]
        and low not in _PREPOSITIONS[language]
        and low not in AUXILIARIES[language]
        and not is_finite(low, language)
        and not is_participle(low, language)
        and not low.endswith("ing")
    )


def _kind(words: list[str], language: str) -> str | None:
    """The kind a name holds ('River Deel', 'University of Leeds', 'Scotland Road',
    'Università di Pisa'), in small letters; None for a name that holds none. An Italian name
    opens with its kind; an English one ends with it, or opens with it before 'of' or as a
    river, lake or mount does."""
    if len(words) < 2:
        return None
    kinds = _KINDS[language]
    if words[0] in _SHIP_PREFIXES:
        return "ship" if language == "en" else "nave"
    first, last = words[0].lower(), words[-1].lower()
    if language == "it":
        return first if first in kinds else None
    if last in kinds:
        # "Black Canyon of the Colorado River": the kind is the inner name's
        return None if "of" in words else last
    if first in kinds and (words[1] == "of" or first in _KIND_FIRST):
        return first
    return None


_KIND_FIRST = frozenset("river lake loch lough mount port fort highway route".split())
# What opens a ship's name: "the MV Lord of the Isles".
_SHIP_PREFIXES = frozenset("MV RMS HMS MS SS".split())
# Words that open the name of a place or a body, not a person's: "Co Donegal", "Marine
# Scotland".
_PLACE_OPENERS = frozenset(
    """Co County Mount Lake Saint St San Santa Port Fort Lough Loch Glen Isle Cape Monte Val
    Valle Marine""".split()
)


_IT_AND_WORD = re.compile(r"\s+(?:e|ed)\s+([a-zà-ù]+)")


def _goes_on_in_small_letters(text: str, end: int, language: str) -> bool:
    """Whether an Italian name goes on after 'e' with a noun in small letters, as Italian
    writes a body's name: 'Scuola di Scienze| e tecnologie', 'Ministero dell’Ambiente| e
    della sicurezza energetica' aside (an article opens another phrase)."""
    if language != "it":
        return False
    m = _IT_AND_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return (
        word not in STOPWORDS["it"]
        and word not in ARTICULATED_PREPOSITION  # "Ministero della Salute| e alle Regioni"
        and word not in AUXILIARIES["it"]
        and not is_finite(word, "it")
        and not is_participle(word, "it")
    )


def _modifies_a_noun(text: str, end: int, language: str) -> bool:
    """Whether a name is followed by the noun it describes: 'Flathead Valley| businesses',
    'the Elkhorn River| valley'."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    return (
        word.islower()
        and low not in STOPWORDS[language]
        and low not in AUXILIARIES[language]
        and low not in _TIME_OPENERS
        and not is_finite(low, language)
        and not is_participle(low, language)
        and not low.endswith("ly")
    )


# Words that open a time after a name, not a noun the name describes: "the River| last July".
_TIME_OPENERS = frozenset("last next this every each scorso scorsa prossimo prossima".split())


def _one_name_with_and(words: list[str], kind: str | None, language: str) -> bool:
    """Whether a name with 'and' is one name, its kind (`kind`, see _kind) last and none
    before the 'and': 'Argyll and Bute Council'; not 'London Road and Bateman Street'."""
    if kind is None or language == "it":
        return False
    at = next(k for k, w in enumerate(words) if w in ("and", "e", "&"))
    return not any(w.lower() in _KINDS[language] for w in words[:at])


# A description set off after a name, its noun last: ", an Oban-based contractor,".
_APPOSED = {
    "en": re.compile(r", (?:a|an|the) (?:[\w’-]+ ){0,3}?(?P<noun>[a-z]{3,}),"),
    "it": re.compile(
        r", (?:un|una|uno|un’|il|la|lo|l’)\s?(?:[\w’-]+ ){0,3}?(?P<noun>[a-zà-ù]{3,}),"
    ),
}


def _apposed_kind(text: str, end: int, language: str) -> tuple[str, int] | None:
    """(the noun, where the description ends) of a description set off after a name that says
    what it is: 'Kilbride Marine Construction, an Oban-based contractor, and ...' ->
    ('contractor', the end of ', an Oban-based contractor')."""
    m = _APPOSED[language].match(text, end)
    if m is None:
        return None
    noun = m.group("noun")
    described = text[end : m.end()].split()
    if any(w.lower() in STOPWORDS[language] for w in described[2:]):
        return None  # ", a record for a ...,": a phrase, not a noun with its words
    if is_finite(noun, language) or is_participle(noun, language) or noun in STOPWORDS[language]:
        return None
    return noun, m.end() - 1


def _rest_of_a_name(text: str, start: int, language: str) -> bool:
    """Whether a name is the end of a longer one after 'and': 'the Fishing and| Coastal
    Growth Fund' (but 'the National Roads Authority and| Railway Procurement Agency' joins
    two names, the first ending with its kind)."""
    m = _AND_BEFORE.search(text, 0, start)
    return m is not None and m.group(1).lower() not in _KINDS[language]


_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")
_AND_BEFORE = re.compile(r"([A-Z][\w’'-]*)\s+(?:and|e|&)\s+$")
_AND_AFTER = re.compile(r"\s+(?:and|e|&)\s+[A-Z]")


def _described_after(text: str, end: int, language: str) -> bool:
    """Whether a phrase follows a person's name that says who the person is: ', a former
    president of ...', ', allevatore di Tortorici', ', 24 anni'."""
    if text[end : end + 2] != ", ":
        return False
    rest = text[end + 2 : end + 40].split(None, 1)
    first = rest[0].lower().strip(",") if rest else ""
    return (
        bool(first)
        and first not in _CLAUSE_WORDS[language]
        and (first[:1].isdigit() or rest[0][:1].islower())
    )


# The words after a comma that open another clause, not a description of the name before.
_CLAUSE_WORDS = {
    "en": frozenset("who which whose and but while said says told where when as".split()),
    "it": frozenset("che cui e ma mentre ha hanno dove quando come".split()),
}
