"""Who a person is, as an apposition beside the name says: 'Hannah Reyes, a planetary
scientist at Leeds University, said ...' -> 'Who is Hannah Reyes?' -> 'a planetary scientist
at Leeds University'; '«...», ha detto l’avvocato di Rossi, Marco Neri.' -> 'Chi è Marco
Neri?' -> 'l’avvocato di Rossi'.

An apposition is a noun phrase set off by commas right after a name, or right before it
('her coach, Aidan Burke,'). It opens with an article or a possessive (Italian also writes a
bare one: 'Giulio Sala, archeologo dell’università,'), holds no verb, and is not an age or a
place ('Anna Neri, 45, of Leeds')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import PREPOSITIONS, tokens
from ..document import HONORIFICS, NAME_RUN, Document, Sentence, ends_with_place_noun
from ..lexicon import (
    ARTICULATED,
    MONTHS,
    NOUN_KIND,
    OCCUPATIONS,
    ROLE_WORDS,
    SAY_VERBS,
    STOPWORDS,
    WEEKDAYS,
)
from ..phrase import of_phrase, render
from ..text import IT_INDEFINITE, upper_first
from ..verbs import is_finite, is_gerund, is_participle, is_present_at, is_present_s_at
from .common import ends_with_person, people_in
from .roles import (
    _italian_article,
    _told_in_past,
    company_before,
    kind_named_office,
    next_in_list,
    possessive_owner,
    town_office,
)

QUESTION = {"it": "Chi è {name}?", "en": "Who is {name}?"}
# Italian tells history in the passato remoto: "Vi nacque nel 1928 il cantautore X".
PAST_QUESTION = "Chi era {name}?"
SCORE = 0.72
# An office ("il sindaco di Bronte") is the roles extractor's first: its "Quale carica ricopre
# ...?" says what is asked; this card stands in where it has none.
OFFICE_SCORE = 0.45
# "the former banker Isabel Grant": what she is, said in passing.
NOUN_SCORE = 0.6

_DETERMINERS = {
    "it": frozenset("il lo la l’ i gli le un uno una un’ suo sua suoi sue loro".split()),
    "en": frozenset("a an the her his".split()),  # "its founder", "their coach": whose?
}
# What cannot open an apposition: a relative clause, a conjunction, an adverb of time.
_NOT_OPENING = {
    "it": frozenset("che cui dove quando mentre e ed o ma anche ieri oggi invece già poi".split()),
    "en": frozenset("who whose which where when while and or but also yesterday today".split()),
}
# A phrase after a name, up to the comma that closes it or the sentence's end.
_AFTER = re.compile(
    r",\s+(?:\d{1,3}(?:\s+anni)?,\s+)?(?P<np>[^,;:()“”«»\"]{3,130}?)\s*"
    r"(?:\([A-Z][A-Za-z]{1,9}\)\s*)?(?=,|[.!?]?$)"
)  # an age may come first: "Anna Neri, 45 anni, avvocata di Rossi,"; an acronym may end it
# ("a policy officer at the Queensland Council of Social Service (QCOSS)")
_WORD = re.compile(r"[\w’'-]+")
# An adverb by its ending: before a participle it makes a clause of the phrase.
_ADVERB_ENDING = {"it": re.compile(r"\wmente$"), "en": re.compile(r"\wly$")}
MAX_WORDS = 12
# An agent noun with a count of points or goals: what the person did in a match, not who the
# person is ("autrice di 22 punti", "marcatore di due reti", "scorer of 31 points").
_DEED = re.compile(
    r"^(?:(?:l’|il|la|the|an?)\s+)?\w+(?:tore|trice|tori|trici|er|or)\s+(?:di|of)\s+"
    r"(?:[\d.,]+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+(?:punti|reti|gol|goal|mete|canestri|rimbalzi|assist|points|goals|tries"
    r"|baskets|rebounds|assists|runs|wickets)\b"
)


# What opens an object after an English present: "carries | 40,000 cars", "runs | the".
_OBJECT_OPENERS = frozenset("the a an its their his her this these some more about around".split())


def _phrase(np: str, language: str, aged: bool = False) -> str | None:
    """The apposition `np` as an answer, or None when it is no noun phrase of a person. A
    relative clause or a participle phrase after the noun is left out: 'the Chilean diplomat
    | who chairs the committee', 'autista rumeno | diretto a Monaco'."""
    kept: list[str] = []
    for k, word in enumerate(np.split()):
        low = word.lower()
        if k and low in _RELATIVES[language]:
            break
        if k and word[:1].islower() and is_finite(word, language):
            if not is_participle(word, language):
                return None  # "Stefano Perrod, | le piante abbattute saranno ...": a clause
        kept.append(word)
    for k, word in enumerate(kept):
        if k and is_participle(word, language) and word.lower() not in _TITLE_PARTICIPLES:
            if _ADVERB_ENDING[language].search(kept[k - 1]):
                return None  # "the bathhouse probably | belonged to a villa": a clause
            kept = kept[:k]
            break
    np = " ".join(kept).rstrip(" ,")
    words = _WORD.findall(np)
    if not words or _length(words) > MAX_WORDS:
        return None
    first = words[0]
    low = first.lower()
    if any(ch.isdigit() for ch in first) or not first[:1].islower():
        return None  # "58", "of Leeds" is lowercase but see below; a name is no apposition
    if low in _NOT_OPENING[language] or low in _PREPOSITIONS[language]:
        return None
    if low in _FROM:
        return None  # "Giulia Ranieri, 37 anni, | originaria di Maratea": where from, not who
    if (
        language == "it"
        and is_finite(first, language)
        and not is_participle(first, language)
        and not _occupation(low)
    ):
        return None  # "Il presidente, Fabrizio Pieroni, | invita però alla cautela": the verb
    if low in ARTICULATED or low.startswith(_ELIDED_PREPOSITIONS):
        return None  # "all’uscita dall’aula": where, not who
    if aged and language == "it" and _occupation(low) and len(words) >= 2:
        pass  # "Giorgio Bertolini, 58 anni, | imprenditore tessile": who the person is
    elif low not in _DETERMINERS[language] and not low.startswith(("l’", "un’")):
        if language != "it" or len(words) < 2 or low in STOPWORDS[language]:
            return None  # a bare noun phrase only in Italian: "archeologo dell’università"
        if is_participle(first, language) or is_gerund(first, language):
            return None  # "intervistato dal Corriere": a clause
        if low.endswith("mente") or low in _ADVERBS:
            return None
        if not _bare_of(words[1:4]) and not _occupation(low):
            return None  # a bare noun has what it is of ("analista di Fidelis Sim") or is a
            # trade ("neurologa pediatrica")
    if len(words) > 1 and words[1][:1].isdigit() or not _TIMES.isdisjoint(map(str.lower, words)):
        return None  # "il 21 ottobre, Rossi ha detto": when, not who
    if _DEED.match(np):
        return None  # "autrice di 22 punti": what the person did in the match, not who
    if any(is_finite(w, language) for w in words[1:] if w[:1].islower()):
        return None  # "the mayor said": a clause
    if language == "en" and any(
        (
            is_present_at(words[k - 1], words[k], words[k + 1], "en")
            and (words[k + 1][:1].isdigit() or words[k + 1].lower() in _OBJECT_OPENERS)
        )
        or is_present_s_at(words, k)
        for k in range(1, len(words) - 1)
        if words[k][:1].islower() and words[k].endswith("s")
    ):
        return None  # "Built by Thomas Reid, | the bridge carries 40,000 cars", "the food bank
        # now relies on 260 volunteers": a clause
    if words[-1].lower() in _PREPOSITIONS[language] or words[-1].lower() in STOPWORDS[language]:
        return None
    return _without_last_place(np.strip())


def _bare_of(words: list[str]) -> bool:
    """Whether the words after a bare noun say what it is of: 'di', 'presso', or an elided
    'dell’INGV' (not 'all’inaugurazione': where, not whose; not 'ritratto | di una comunità':
    what a thing shows, no one's trade)."""
    for k, word in enumerate(words[:2]):
        low = word.lower()
        if low in _BARE_OF:
            return k + 1 >= len(words) or words[k + 1].lower() not in _SOME
        if low.startswith(("dell’", "d’")):
            return True
    return False


_SOME = IT_INDEFINITE | frozenset(("alcuni", "alcune"))  # "di una comunità": a thing's


# Participles that are a title's adjectives, not a clause: "professoressa associata di ...",
# "procuratore aggiunto", "vescovo emerito".
_TITLE_PARTICIPLES = frozenset(
    """associato associata associati associate aggiunto aggiunta aggiunti aggiunte emerito
    emerita emeriti emerite delegato delegata delegati delegate""".split()
)


def _occupation(word: str) -> bool:
    """Whether a word names what a person is by trade or office: 'imprenditore', 'avvocata'."""
    return word in OCCUPATIONS or word in ROLE_WORDS["it"] or _names_a_person(word)


# The most words an answer may have (the ranker drops longer ones).
_ANSWER_MOST = 14
# Where the last of two places an apposition works at starts: "a seal researcher at the Sea
# Mammal Research Unit | at the University of St Andrews".
_LAST_PLACE = re.compile(r"\s(?:at|presso)\s+(?:the\s+|il\s+|la\s+|l’)?(?=[A-ZÀ-Ý][^,]*$)")


def _without_last_place(np: str) -> str:
    """An apposition too long for an answer without the wider place it ends on, when it names
    one before: 'a seal researcher at the Sea Mammal Research Unit at the University of St
    Andrews' -> 'a seal researcher at the Sea Mammal Research Unit'."""
    if len(np.split()) <= _ANSWER_MOST:
        return np
    m = list(_LAST_PLACE.finditer(np, 1))[-1:]
    if not m or not re.search(r"\s(?:at|presso|of|di|del|della|dell’)\s", np[: m[0].start()]):
        return np
    return np[: m[0].start()]


def _length(words: list[str]) -> int:
    """How many words an apposition says, a name of several words counting as one: 'a seal
    researcher at the Sea Mammal Research Unit at the University of St Andrews' says ten."""
    count = 0
    for k, word in enumerate(words):
        before = words[k - 1][:1].isupper() if k > 0 else False
        after = words[k + 1][:1].isupper() if k + 1 < len(words) else False
        glue = word.lower() in _NAME_GLUE and before and after  # "Università | degli | Studi"
        count += not (glue or before and word[:1].isupper())
    return count


_NAME_GLUE = frozenset("di del della dei degli delle of the and e".split())


# An honorific between an apposition and the name: "the curator, Professor | Rajan Mehta".
_TITLE_END = re.compile(
    r"(?:\b(?:Professor|Prof\.|Dr\.?|Doctor|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Councillor|Cllr\.?"
    r"|Rev\.?|Reverend|professor|professoressa"
    r"|dottor|dottoressa|dott\.|prof\.|ing\.|avv\.)\s+)$"
)
_TIMES = WEEKDAYS | {m.lower() for names in MONTHS.values() for m in names}
_RELATIVES = {
    "it": frozenset("che cui quale quali".split()),
    "en": frozenset("who whose which that where".split()),
}
# Words of where a person is from or lives: "originaria di Maratea", "residente a Lodi".
_FROM = frozenset("originario originaria originari originarie residente residenti".split())
_ADVERBS = frozenset("insieme proprio ancora sempre soprattutto anche solo".split())
_BARE_OF = frozenset("di del dello della dei degli delle dell’ a al alla ai presso".split())
_ELIDED_PREPOSITIONS = (*(w for w in ARTICULATED if w.endswith("’")), "d’")
_PREPOSITIONS = {
    "it": frozenset(
        """di a da in con su per tra fra del della dei al alla nel nella davanti dietro
        accanto vicino dentro fuori lungo durante dopo prima oltre insieme sotto sopra verso
        contro""".split()
    ),  # "Stefano Rinaldi, | davanti al centro di controllo, ...": where, not who
    "en": frozenset(
        "of to in on at by for with from as outside inside during after before".split()
    ),
}


def _says_after(text: str, end: int, language: str) -> bool:
    """Whether a verb of saying follows the name ending at `end` ('…, Laidlaw said.', '…,
    ha detto Rossi' aside): the name is the speaker of the clause before it, not described
    by its last words."""
    words = text[end:].split(None, 1)
    return bool(words) and words[0].strip(".,;") in SAY_VERBS[language]


def _before(text: str, start: int, language: str) -> str | None:
    """The apposition right before a name ('said her skipper, | Ronan Whelan'): the words
    back from the comma to a verb, a quotation or the sentence's start, from the first
    article or possessive on."""
    head: str | None = _TITLE_END.sub("", text[:start])  # "..., Professor | Rajan Mehta"
    if head is not None and not head.endswith(", "):
        head = _set_off_title(head, language)  # "..., l’ingegnera | Chiara Russo"
    if head is None:
        return None
    segment = re.split(r"[,;:“”«»\"()]", head[:-2])[-1]
    words = segment.split()
    if words and not re.search(r"[,;:“”«»\"()]", head[:-2]):
        words[0] = words[0].lower()  # the sentence's opening capital: "Her coach, ..."
    stop = 0
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w.lower() in _RELATIVES_BEFORE:
            stop = k + 1  # "una cifra che | il presidente della SAM": the relative's subject
            break
        if w[:1].islower() and (
            is_finite(w, language)
            or (is_participle(w, language) and w not in _TITLE_PARTICIPLES)
            or w in SAY_VERBS[language]
        ):
            stop = k + 1  # "said | her coach", "ha detto | l’avvocato di Rossi", "says |"
            break
    rest = words[stop:]
    joins = [k for k, w in enumerate(rest) if w.lower() in _AND]
    if joins:  # "i sindaci del comprensorio e | il direttore generale, X": the last one is X
        rest = rest[joins[-1] + 1 :]
    for k, w in enumerate(rest):
        low = w.lower()
        if low in _DETERMINERS[language] or (language == "it" and low.startswith("l’")):
            return _phrase(" ".join(rest[k:]), language)
        if language == "en" and _OWNER.match(w):
            return _owned_phrase(w, rest[k + 1 :])  # "according to | Unison’s organiser"
        if low not in _LEADS:
            return None  # "Besides complaining about the weather, Marcianus ..."
    return None


def _set_off_after_office(text: str, start: int, language: str) -> bool:
    """Whether the name at `start` is set off by a comma after an apposition that a lead opens
    ('Secondo il direttore, | Paolo Ferri,', 'According to the curator, | Helen Marsh,'): what
    is set off after the name is the clause's subject ('la nuova biblioteca, ... è costata'),
    not a second apposition ('The club’s chair, Ann Lee, | a retired teacher, said')."""
    return (
        _LED_APPOSITION.search(text[:start]) is not None
        and _before(text, start, language) is not None
    )


# A clause's lead and an apposition before a name: "Secondo il direttore, | Paolo Ferri".
_LED_APPOSITION = re.compile(
    r"(?:^|[,;:]\s)(?:[Aa]ccording\s+to|[Ss]econdo|[Pp]er)\s+[^,;:]{2,80},\s$"
)


# Determiners of more than one: "le tre educatrici", "the two teachers", "i sindaci".
_PLURAL_OPENINGS = {"it": frozenset("i gli le".split()), "en": frozenset(["both"])}


def _plural(np: str, language: str) -> bool:
    """Whether a phrase describes more than one person ('le tre educatrici, Anna Sala e Lucia
    Perini'): no one person's description."""
    words = np.lower().split()
    if not words:
        return False
    if words[0] in _PLURAL_OPENINGS[language]:
        return True
    return len(words) > 1 and words[0] in _DETERMINERS[language] and words[1] in _NUMBER_WORDS


def _person_phrase(np: str, language: str) -> bool:
    """Whether a noun phrase describes a person by its noun: 'il capocannoniere del
    campionato', 'the club’s captain'."""
    words = [w.lower().removeprefix("l’") for w in np.split()[:4]]
    return any(w in ROLE_WORDS[language] or _names_a_person(w) for w in words[:3]) or any(
        w.endswith(("iere", "ieri", "tore", "trice")) for w in words[:3]
    )


# Words after which a name completes another noun, so what is set off after it describes that
# noun: "la Bibbia di | Novello, un codice in due tomi".
_OWNER_OF = frozenset("di del della dello dei degli delle of".split())
# What no description ends with: a preposition or a conjunction.
_ENDS_NOTHING = {
    language: STOPWORDS[language] | PREPOSITIONS[language] | {"since", "until", "after", "before"}
    for language in ("it", "en")
}
_RELATIVES_BEFORE = frozenset("che cui which who whom that".split())
# Words that make a noun need what follows to say which: "l’unico giocatore | rimasto in rosa".
_RESTRICTED = frozenset("unico unica only sole primo prima first ultimo ultima last".split())


def _needs_restriction(np: str) -> bool:
    """Whether a phrase is no description without the words cut after it: 'l’unico giocatore',
    'the only player' (the only one of what?), 'uno dei tre', 'one of the five' (of which?)."""
    words = np.replace("’", "’ ").lower().split()
    if len(words) == 3 and words[1] in _RESTRICTED:
        return True
    return bool(words) and words[0] in _ONE and words[-1] in _NUMBER_WORDS


_ONE = frozenset("uno una one".split())


# What a person is, said with no comma between it and the name, after an apposition set off
# before both: "La responsabile del progetto, | l’ingegnera | Chiara Russo,", "The head of the
# team, the engineer | Ann Lee,".
_TITLE_NOUN = re.compile(r",\s+(?:l’|(?:il|lo|la|the)\s+)(?P<noun>[a-zà-ù][\w-]+)\s+$")


def _set_off_title(head: str, language: str) -> str | None:
    """The text before a name up to the comma that closes the apposition before it, when one
    noun of what the person is comes between; None when the text is no such shape."""
    m = _TITLE_NOUN.search(head, max(0, len(head) - 40))
    if m is None:
        return None
    noun = m.group("noun")
    if noun in STOPWORDS[language] or is_finite(noun, language) or is_participle(noun, language):
        return None  # "the group, the said | Ann Lee"
    return head[: m.start() + 2]


# A named owner's possessive before an English office: "Unison’s regional organiser".
_OWNER = re.compile(r"^[A-Z][\w.&-]*’s$")


def _owned_phrase(owner: str, words: list[str]) -> str | None:
    """'Unison’s' and 'regional organiser' -> 'Unison’s regional organiser', when the words
    read as a noun phrase after an article would."""
    np = _phrase(" ".join(["the", *words]), "en") if words else None
    return None if np is None else f"{owner} {np[4:]}"


# What a person is, said just before the name with no comma: "the former banker | Isabel
# Grant", "dal matematico | Vito Volterra" (an office there is the roles extractor's).
_NOUN_BEFORE = re.compile(
    r"(?:^|\s)(?:(?P<elided>l|un|dell|all|dall|nell|sull)’|(?P<det>the|an|a|il|lo|la|uno|una|un"
    r"|dello|della|del|allo|alla|al|dallo|dalla|dal|nello|nella|nel|sullo|sulla|sul)\s+)"
    r"(?P<words>(?:[a-zà-ù][\w’-]*\s+){0,2}[a-zà-ù][\w-]*)\s+$"
)


_EN_ARTICLES = frozenset(["the", "an", "a"])


def _title_noun(text: str, start: int, language: str) -> str | None:
    m = _NOUN_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    det = m.group("det") or m.group("elided") + "’"
    if (det in _EN_ARTICLES) != (language == "en"):
        return None  # "condannato a | due anni Anna Neri": the Italian "a" is no article
    words = m.group("words").split()
    det, words = _nearest_of(det, words)
    if any(w in _NOT_NOUNS[language] for w in words):
        return None  # an office, an honorific ("il signor"), or "della collezione | di"
    if any(is_finite(w, language) or is_participle(w, language) for w in words):
        return None  # "the report | praised Anna Neri"
    if ends_with_place_noun(words[0]):
        return None  # "al teatro civico | Carla Fracci": a building named after her
    if det in _OF_FORMS and not _names_a_person(words[0]):
        of = _noun_of(text, m.start(), det, words)  # "lo storico | dell’arte greca | X"
        if of is not None:
            return of
        if _person_noun_before(text, m.start()):
            return None  # "il capitano | della squadra francese | X": the captain's name
    article = ARTICULATED.get(det, det) if language == "it" else det
    sep = "" if article.endswith("’") else " "
    return f"{article}{sep}{' '.join(words)}"


def _nearest_of(det: str, words: list[str]) -> tuple[str, list[str]]:
    """The determiner and words of the noun nearest the name, when an elided preposition
    opens one of the words: 'una meta | dell’ala argentina' -> ('dell’', ['ala', 'argentina'])
    (the name is the wing's, not the try's)."""
    for k in range(len(words) - 1, 0, -1):
        head, mark, rest = words[k].partition("’")
        if mark and rest and head.lower() + mark in ARTICULATED:
            return head.lower() + mark, [rest, *words[k + 1 :]]
    return det, words


# The Italian "di" with its article: what follows may say what the noun before it is of.
_OF_FORMS = frozenset("del dello della dei degli delle dell’".split())
# Endings of Italian nouns of people by what they do: "giornalista", "direttore", "storico",
# "archeologa"; "arte", "collezione" are none.
_PERSON_ENDINGS = ("ista", "iste", "isti", "tore", "tori", "trice", "logo", "loga", "ico", "ica")
_ARTICLE_NOUN = re.compile(
    r"(?:^|\s)(?P<det>il|lo|la|i|gli|le|un|uno|una|Il|Lo|La|Un|Una|Uno)\s+(?P<noun>[a-zà-ù]+)\s*$"
    r"|(?:^|\s)(?P<elided>[Ll]|[Uu]n)’(?P<enoun>[a-zà-ù]+)\s*$"
)


def _person_noun_before(text: str, at: int) -> bool:
    """Whether an office or a noun of a person ends right before `at`: 'il capitano | della
    squadra', whose name then follows ('l’innesto | della playmaker X' is the player's)."""
    m = _ARTICLE_NOUN.search(text, max(0, at - 30), at)
    if m is None:
        return False
    noun = m.group("noun") or m.group("enoun")
    return _occupation(noun)


def _names_a_person(word: str) -> bool:
    return word.endswith(_PERSON_ENDINGS)


def _noun_of(text: str, at: int, det: str, words: list[str]) -> str | None:
    """What a person is when a 'di' phrase before the name says what a noun is of: 'lo storico
    dell’arte greca Vittorio Neri' -> 'lo storico dell’arte greca' ('dell’arte greca' alone
    says nothing of him); None when the noun before is no noun of a person ('su progetto
    dell’architetto X': the architect is X)."""
    m = _ARTICLE_NOUN.search(text, max(0, at - 30), at)
    if m is None:
        return None
    noun = m.group("noun") or m.group("enoun")
    if not _names_a_person(noun):
        return None
    article = (m.group("det") or m.group("elided") + "’").lower()
    sep = "" if article.endswith("’") else " "
    of_sep = "" if det.endswith("’") else " "
    return f"{article}{sep}{noun} {det}{of_sep}{' '.join(words)}"


_NOT_NOUNS = {
    language: ROLE_WORDS[language] | STOPWORDS[language] | _PREPOSITIONS[language] | HONORIFICS
    for language in ("it", "en")
}
_TITLES = {
    language: ROLE_WORDS[language] | HONORIFICS | {w + "." for w in HONORIFICS}
    for language in ("it", "en")
}


# What may come between a clause's start and an apposition before a name: "according to |
# the curator, ...", "secondo | la curatrice, ...".
_LEADS = frozenset("according to secondo per".split())
_AND = frozenset("e ed and".split())
# An owner that is only a kind ("the company’s chief executive", "il legale rappresentante
# della società"): the roles extractor names the company, or asks nothing.
_KIND_ONLY = re.compile(
    r"^(?:the|its)\s+(?:company|group|firm|bank)’s\s|\s(?:della società|dell’azienda|del gruppo)$"
)


# The nouns of a business or a body: a name they describe is no person's, whatever its words
# ("Pastificio Di Lauro, una delle aziende storiche della città" is a company).
_BODY_NOUNS = frozenset(
    """azienda aziende società impresa imprese ditta ditte gruppo cooperativa cooperative
    associazione fondazione marchio marchi company companies firm firms business businesses
    charity charities organisation organization brand body bodies agency agencies authority
    agenzia agenzie ente enti""".split()
)
# How many words of the apposition may stand before the noun of its kind: "una delle | aziende".
_BODY_NOUN_REACH = 3
_BODY_LEADS = frozenset("one uno una".split())


def _describes_a_body(np: str, language: str) -> bool:
    """Whether the apposition's head noun is a business or a body: 'una delle aziende storiche
    della città', 'one of the oldest firms', 'the Welsh Government’s tourism body', 'l’agenzia
    regionale per il turismo' (not 'titolare di un’azienda agricola')."""
    words = np.replace("’", "’ ").lower().split()
    if _head_noun(words, language) in _BODY_NOUNS:
        return True
    for word in words[: _BODY_NOUN_REACH + 1]:
        if word in _BODY_NOUNS:
            return True
        if word not in STOPWORDS[language] and word not in _BODY_LEADS:
            return False
    return False


_WHICH_BODY = {"it": "Qual è {np}?", "en": "What is {np}?"}


def _body_card(s: Sentence, np: str, name: str, language: str) -> Candidate | None:
    """'the Welsh Government’s tourism body, Visit Wales' -> 'What is the Welsh Government’s
    tourism body?' -> 'Visit Wales': a definite body with whose it is names one; None for one
    of many ('una delle aziende storiche della città') or an owner unsaid ('the agency')."""
    words = np.split()
    if not np.startswith(_DEFINITE[language]) or _needs_restriction(np):
        return None
    owned = any(w.endswith("’s") for w in words[:-1]) or any(
        _of_word(w, language) for w in words[1:]
    )
    if not owned or name.split()[-1] in np:
        return None
    return Candidate(
        "entity",
        s,
        SCORE,
        name,
        question=_WHICH_BODY[language].format(np=np),
        answer_type="thing",
        topic=np,
    )


_PLACE_KINDS = frozenset(["city", "country", "region"])


def _describes_a_place(np: str, language: str) -> bool:
    """Whether the apposition's head noun is a place ('a rural town in the South Gippsland
    region of Victoria, | Australia'): what is set off beside it is a place's name, no
    person's."""
    words = np.replace("’", "’ ").lower().split()
    if language == "en":
        return NOUN_KIND.get(_head_noun(words, language)) in _PLACE_KINDS
    ends = [k for k, w in enumerate(words) if w in _BARE_OF or w.endswith("’") and k]
    head = words[: ends[0]] if ends else words  # "un piccolo comune | della provincia"
    content = [w for w in head if w not in STOPWORDS["it"] and not w.endswith("’")]
    return any(NOUN_KIND.get(w) in _PLACE_KINDS for w in content[:2])


def _head_noun(words: list[str], language: str) -> str:
    """The head noun of a lowercased noun phrase: the last word before what it is of or for
    in English ('the region’s tourism | agency'), the first after the article in Italian
    ('l’ | agenzia regionale per il turismo')."""
    if language == "it":
        rest = [w for w in words if w not in STOPWORDS["it"] and not w.endswith("’")]
        return rest[0] if rest else ""
    ends = [k for k, w in enumerate(words) if w in _PREPOSITIONS["en"] or w in _RELATIVES["en"]]
    head = words[: ends[0]] if ends else words
    return head[-1] if head else ""


_IT_POSSESSIVES = frozenset("suo sua suoi sue loro".split())


def _unarticled(np: str) -> str:
    """'l’assessora alla Mobilità' -> 'assessora alla Mobilità', 'the Lord Mayor' -> 'Lord
    Mayor'."""
    first, _, rest = np.partition(" ")
    if np.startswith("l’"):
        return np[2:]
    return rest if first.lower() in {"il", "lo", "la", "the"} and rest else np


_INDEFINITE = frozenset("a an un uno una un’".split())
_FOR = {"it": "di", "en": "for"}


def _office_of_group(np: str, s: Sentence, at: int, name: str, doc: Document, k: int) -> str | None:
    """An office said with an indefinite article and nothing it is of ('a spokesperson', 'un
    portavoce'), with the group the sentences say it speaks for: 'FortisBC said it was
    disappointed. A spokesperson, X, said ...' -> 'a spokesperson for FortisBC'; None when
    none is named (out of the article, 'a spokesperson' fits anyone)."""
    owner = possessive_owner(doc, k, at, {name})
    if owner is None or doc.person(owner):
        return None
    if doc.language == "en":
        return f"{np} {_FOR['en']} {owner}"
    return f"{np} {of_phrase(owner, doc.language)}"


def _owned(np: str, k: int, at: int, name: str, doc: Document) -> str | None:
    """An Italian apposition with its possessive replaced by the owner the sentences say ('il
    loro presidente' -> 'il presidente dell’associazione Poetto Vivo'), or None."""
    owner = possessive_owner(doc, k, at, {name})
    if owner is None:
        return None
    words = [w for w in np.split() if w not in _IT_POSSESSIVES]
    if len(words) > 1 and words[0] in {"il", "lo", "la"}:  # "il suo allenatore": "l’allenatore"
        article = _italian_article(words[1])
        sep = "" if article.endswith("’") else " "
        words = [f"{article}{sep}{words[1]}", *words[2:]]
    return f"{' '.join(words)} {of_phrase(owner, doc.language)}"


# A name of two words or more set off after a comma, ending its clause: "..., the Welsh
# Government’s tourism body, Visit Wales."
_SET_OFF_NAME = re.compile(r",\s(?P<name>" + NAME_RUN.pattern + r")(?=\s*(?:[,.;]|$))")


def _named_bodies(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """The body a phrase before its name describes, of a name no person's ('the Welsh
    Government’s tourism body, Visit Wales' -> 'What is the Welsh Government’s tourism
    body?'); a person's name is read with the people's."""
    for m in _SET_OFF_NAME.finditer(s.text):
        name = m.group("name")
        if len(name.split()) < 2 or doc.person(name) is not None:
            continue
        np = _before(s.text, m.start("name"), doc.language)
        if np is None or not _describes_a_body(np, doc.language):
            continue
        card = _body_card(s, np, name, doc.language)
        if card is not None:
            yield card


def extract(doc: Document) -> Iterator[Candidate]:
    for k, s in enumerate(doc.sentences):
        if ", " in s.text:
            yield from _named_bodies(s, doc)
        for start, end, name in people_in(s.text, doc):
            card = _card(s, start, end, name, doc, k)
            if card is not None:
                yield card
                office = _office_held(card, doc.language) or _described_held(
                    card, s.text[:start], doc.language
                )
                if office is not None:
                    yield office


# An office the apposition says whose it is: "the council’s head of planning", "il direttore
# del museo", "the director of infrastructure at Leeds"; one holder, so it asks who.
_OWNED_BY = {"it": _BARE_OF, "en": frozenset(["of", "at", "for"])}
_DEFINITE = {"it": ("il ", "lo ", "la ", "l’"), "en": ("the ",)}


def _office_held(card: Candidate, language: str) -> Candidate | None:
    """'Ann Lee, the council’s head of planning, said' -> 'Who is the council’s head of
    planning?' -> 'Ann Lee': a definite office with its owner names its one holder."""
    office, name = card.answer, card.topic
    if (
        card.score != OFFICE_SCORE
        or card.question is None
        or not card.question.startswith(QUESTION[language][:4])
    ):
        return None  # told in the past, or no office: a noun of what the person is
    if not office.startswith(_DEFINITE[language]):
        return None  # "a spokesperson": one of many
    words = office.split()
    roles = [k for k, w in enumerate(words) if w.lower() in ROLE_WORDS[language]]
    if not roles:
        return None
    owner_before = any(w.endswith(("’s", "'s")) for w in words[: roles[0]])
    owner_after = any(w.lower() in _OWNED_BY[language] for w in words[roles[0] + 1 : -1])
    if not (owner_before or owner_after):
        return None  # "the director": whose?
    return Candidate(
        "role",
        card.sentence,
        OFFICE_SCORE,
        name,
        question=render(language, "role", role=office),
        accept=(name.split()[-1],),
        answer_type="person",
        topic=office,
    )


def _described_held(card: Candidate, before: str, language: str) -> Candidate | None:
    """'La responsabile tecnica del progetto, l’ingegnera Chiara Russo,' -> 'Chi è la
    responsabile tecnica del progetto?': a definite noun phrase with whose it is, set off
    before a name, names the one person it describes, an office or not ('l’avvocato di
    Rossi', 'Unison’s regional organiser')."""
    np = card.answer
    if (
        card.score != SCORE
        or card.question is None
        or not card.question.startswith(QUESTION[language][:4])
    ):
        return None  # told in the past, or a noun said without commas
    if upper_first(np) not in before and np not in before:
        return None  # set off after the name: "Anna Neri, la figlia del titolare,"
    words = np.split()
    owner_before = language == "en" and any(w.endswith("’s") for w in words[:-1])
    if not (owner_before or np.startswith(_DEFINITE[language])):
        return None  # "a spokesperson", "her coach": one of many, or whose?
    owned = [k for k, w in enumerate(words[1:], 1) if _of_word(w, language)]
    if not owner_before and not owned:
        return None  # "la responsabile scientifica": of what?
    whose = words[owned[0] + 1 : owned[0] + 2] if owned else []
    if whose and whose[0].lower() in _INDEFINITE | _NUMBER_WORDS:
        return None  # "the mother of two", "la figlia di un contadino": who is described
    return Candidate(
        "role",
        card.sentence,
        SCORE,
        card.topic,
        question=render(language, "role", role=np),
        accept=(card.topic.split()[-1],),
        answer_type="person",
        topic=np,
    )


# Words that say whose a description is: "l’avvocato di Rossi", "the head of the dig" ("il
# prorettore alla Ricerca" names a field, not whose).
_WHOSE = {
    "it": frozenset("di del dello della dei degli delle".split()),
    "en": frozenset(["of", "at"]),
}


def _of_word(word: str, language: str) -> bool:
    """'di', 'of', or an elided 'dell’ateneo' with its noun."""
    low = word.lower()
    return low in _WHOSE[language] or (language == "it" and low.startswith(("dell’", "d’")))


_NUMBER_WORDS = frozenset("two three four five six due tre quattro cinque sei".split())


# Where a person works, set off after the name: ", dell’Università di Pavia,", ", of the
# University of Leeds,", ", at Imperial College,".
_AFFILIATION = {
    "it": re.compile(
        r",\s+((?:(?:di|del|dello|della|dei|degli|delle)\s+|dell’)[A-ZÀ-Ý][^,;:()“”«»\"]{2,80}?)"
        r"\s*(?=,)"
    ),
    "en": re.compile(r",\s+((?:of|at|from)\s+(?:the\s+)?[A-Z][^,;:()“”«»\"]{2,80}?)\s*(?=,)"),
}


def _listed(np: str, previous: list[str], language: str) -> bool:
    """Whether a phrase set off after a name is the next item of a list of people: after an
    Italian office that titles the name ('il rettore Giulio Santarelli, | la ministra ...'), or
    one that goes on with a count ('Ann Lee, | the director and 40 volunteers')."""
    first = np.split()[0].lower()
    determiner = "l’" if first.startswith("l’") else first
    titled = language == "it" and bool(previous) and previous[0].lower() in ROLE_WORDS[language]
    return next_in_list((determiner, np), titled)


def _affiliated(np: str, text: str, end: int, language: str) -> str:
    """'la zoologa' said before a name, with where she works if the sentence sets it off after
    the name: 'la zoologa dell’Università di Pavia' (a bare occupation tells little)."""
    m = _AFFILIATION[language].match(text, end)
    if m is None:
        return np
    words = m.group(1).split()
    if any(w[:1].islower() and len(w) > 3 and is_finite(w, language) for w in words[1:]):
        return np  # ", who works at ...": a clause
    return f"{np} {m.group(1)}"


# A company named by its kind before what a person is there: "the company’s| hydrogeologist".
_COMPANY_KIND = re.compile(r"^(?:the|its)\s+(?:company|firm)’s\s+(?P<what>.+)$")


def _company_named(np: str, doc: Document, k: int, start: int) -> str:
    """'the company’s hydrogeologist' -> 'Eastfield Gold Ltd’s hydrogeologist', with the
    company the sentence or the three before name (as the roles extractor names a company's
    office); as it is when none is named or it is an office (the roles extractor's)."""
    m = _COMPANY_KIND.match(np)
    if m is None or not ROLE_WORDS["en"].isdisjoint(w.lower() for w in _WORD.findall(np)):
        return np
    owner = company_before(doc, k, start)
    return np if owner is None else f"{owner}’s {m.group('what')}"


def _card(s: Sentence, start: int, end: int, name: str, doc: Document, k: int) -> Candidate | None:
    language = doc.language
    text = s.text
    previous = text[:start].split()[-1:] if start else []
    if previous and previous[0][:1].isupper() and previous[0][-1:].isalpha():
        low = previous[0].lower()
        if low not in _TITLES[language] and low not in STOPWORDS[language] and low not in _LEADS:
            return None  # "Palazzo Mezzanotte": a part of another name
    if text.startswith(("’s", "'s"), end):
        return None  # "since Katie Taylor’s Olympic gold": the name owns what follows
    np = None
    after = _AFTER.match(text, end)
    if after is not None and _set_off_after_office(text, start, language):
        after = None  # "Secondo il direttore, Paolo Ferri, | la nuova biblioteca, ...": the
        # clause's subject, or the next of a list
    if after is not None:
        aged = after.start("np") > end + 2  # "Anna Neri, 45 anni, | avvocata"
        np = _phrase(after.group("np"), language, aged)
        if np is not None and ends_with_person(np, doc):
            np = None  # "di Scarpellini, l’avvocata Rosaria Pellegatta,": another person
        if np is not None and _listed(np, previous, language):
            np = None  # "il rettore Giulio Santarelli, | la ministra ...": the next person
        if np is not None and previous and previous[0].lower() in _OWNER_OF:
            if not _person_phrase(np, language):
                np = None  # "la Bibbia di | Novello, un codice in due tomi": the Bible's
    if np is None:
        np = _before(text, start, language)
        if np is not None and _says_after(text, end, language):
            return None  # "The win was the biggest of her career, | Laidlaw said": her words
        if np is not None and len(np.split()) <= 3:
            np = _affiliated(np, text, end, language)  # "la zoologa | X, dell’Università di Y,"
    score = SCORE
    if np is None and " " in text[start:end]:  # "la collezione Drovetti" names a thing
        np, score = _title_noun(text, start, language), NOUN_SCORE
        if np is not None:
            np = _affiliated(np, text, end, language)  # "la zoologa | X, dell’Università di Y,"
    if np is not None and np.split()[-1].lower() in _ENDS_NOTHING[language]:
        return None  # "the border since | Katie Taylor": no phrase ends on "since"
    if np is not None and _describes_a_body(np, language):
        return _body_card(s, np, name, language)  # "the Welsh Government’s tourism body"
    said = np
    if np is not None and language == "en":
        np = _company_named(np, doc, k, start)
    if (
        np is None
        or name.split()[-1] in np
        or _KIND_ONLY.search(np)
        or _needs_restriction(np)
        or _plural(np, language)
        or _describes_a_place(np, language)
    ):
        return None
    if score == NOUN_SCORE and len(np.replace("’", " ").split()) <= 2:
        return None  # "Chi è X? -> l’archeologo": a bare occupation says too little to ask
    if language == "it" and not _IT_POSSESSIVES.isdisjoint(np.split()):
        np = _owned(np, k, start, name, doc)  # "il loro presidente": whose?
        if np is None:
            return None
    bare = np.split(" ", 1)
    accept = (bare[1],) if len(bare) == 2 and bare[0].lower() in _DETERMINERS[language] else ()
    if said is not None and said != np:
        accept = (*accept, said)  # "the company’s hydrogeologist", as the sentence says it
    if language == "it" and np.startswith("l’"):
        accept = (np[2:],)
    words = np.split()
    if len(words) == 2 and words[0].lower() in _INDEFINITE and words[1] in ROLE_WORDS[language]:
        np = _office_of_group(np, s, start, name, doc, k)  # "A spokesperson, X": whose?
        if np is None:
            return None
    office = not ROLE_WORDS[language].isdisjoint(w.lower() for w in _WORD.findall(np))
    if (office and kind_named_office(np)) or town_office(_unarticled(np), language):
        return None  # "il presidente del Consorzio": the roles extractor names which
    return Candidate(
        "role",
        s,
        OFFICE_SCORE if office else score,
        np,
        question=(
            PAST_QUESTION
            if language == "it" and _told_in_past(tokens(text), -1, language, remote=True)
            else QUESTION[language]
        ).format(name=name),
        accept=accept,
        answer_type="role",
        topic=name,
    )
