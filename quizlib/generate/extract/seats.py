"""Where: an organisation's seat ('Harvest Foods, con sede a Columbus, ...' -> 'Dove ha sede
Harvest Foods?', 'The agency is headquartered in Lyon' -> 'Where is the agency
headquartered?'), where an event took place and where a thing stands ('Il vertice si è svolto
a Ginevra' -> 'Dove si è svolto il vertice?', 'The summit was held in Geneva' -> 'Where was
the summit held?'), and where a thing was founded or built ('Airbnb is a marketplace ...,
founded in 2008 in San Francisco' -> 'Where was Airbnb founded?')."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from ..candidate import Candidate
from ..chunks import POSSESSIVES, PREPOSITIONS, Token, main_verb, starts_with_subject, tokens
from ..document import NAME_RUN, Document, Sentence
from ..lexicon import (
    ARTICLES,
    ARTICULATED,
    EN_PAST,
    IT_PLURAL_ARTICLES,
    NOUN_KIND,
    RELATIVE_WORDS,
    STOPWORDS,
    WHEN_WORDS,
)
from ..text import lower_first, takes_lo
from ..verbs import AUXILIARIES, IT_PARTICIPLE_FORM, is_finite, is_participle
from .agents import _defined_subject, _definite_phrase, _phrase_before
from .common import drop_titles, entity_card, lower_initial, people_in, resolve_possessive, specific
from .dates import find_dates
from .subject import explicit_subject

# The seat and the place after it; the place is a run of capitalised words.
# A body's kind may stand between the comma and the seat: "X, (una) società con sede a", "X, a
# company based in". The seat is still the name's before the comma.
_BODY_KIND = {
    "it": r"(?:(?:una?|un’|la|il|l’)\s*)?(?:società|azienda|impresa|ditta|gruppo|cooperativa"
    r"|associazione|fondazione|start-up|startup)\s+",
    "en": r"(?:an?|the)\s+(?:company|firm|charity|group|business|organisation|organization"
    r"|start-up|startup|cooperative|co-operative)\s+",
}
_SEAT = {
    "it": re.compile(
        r"(?P<lead>,\s+(?:" + _BODY_KIND["it"] + r")?)?"
        r"(?<![\w’])(?P<verb>con sede|ha sede|che ha sede|hanno sede|aveva sede"
        r"|(?P<its>(?:ha|aveva|con) la (?:sua )?sede(?: principale| centrale| legale)?))"
        r"\s+(?:a|ad|in)\s+(?P<place>[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"(?P<lead>,\s+(?:" + _BODY_KIND["en"] + r")?)?"
        r"(?P<verb>(?:is |was |are |has been |have been )?(?:headquartered|based)"
        r"|(?P<its>(?:has|had|with) its headquarters))"
        r"\s+(?:in|(?P<at>at(?:\sthe)?))\s+(?P<place>[A-Z])"
    ),
}
_CUE = {
    "it": ("sede ",),
    "en": (
        "headquartered in",
        "based in",
        "based at",
        "headquarters in",
        "headquarters are",
        "headquarters is",
        "Based in",  # what _OPENING_SEAT reads
        "Based at",
        "Headquartered in",
    ),
}
# The seat of an entry's body, said with a possessive: "Its headquarters are in Lisburn", "La
# sua sede si trova a Nicolosi", "X was created in 1996, and its headquarters are at the
# Guildhall in Bath".
_ITS_SEAT = {
    "it": re.compile(
        r"(?:^La sua|\se la sua) sede(?: principale| centrale| legale)?\s(?:si trova|è)"
        r"\s(?:a|ad|in)\s(?P<place>[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"(?:^Its|,?\sand its) (?:headquarters|head office) (?:are|is|were|was)"
        r"\s(?:in|at|on)\s(?:the\s)?(?P<place>[A-Z])"
    ),
}


def _its_seat(s: Sentence, doc: Document) -> Candidate | None:
    """'Its headquarters are in Lisburn', in the entry on the Northern Ireland Environment
    Agency -> 'Where is the Northern Ireland Environment Agency headquartered?'; after 'and'
    only when the sentence opens with the entry's name."""
    language = doc.language
    if s.entry is None:
        return None
    text = explicit_subject(s.text, s, language)  # "It was created ..." -> "X was created ..."
    m = _ITS_SEAT[language].search(text)
    if m is None:
        return None
    subject = s.entry.phrase
    if m.start() > 0 and not text.lower().startswith(subject.lower()):
        return None  # "..., and its headquarters": of what the clause before is about
    place = NAME_RUN.match(text, m.start("place"))
    if place is None:
        return None
    answer = place.group(0).split(",")[0].strip()
    within = re.match(r"\sin\s(?=[A-ZÀ-Ý])", text[place.end() :])
    town = NAME_RUN.match(text, place.end() + within.end()) if within else None
    if town is not None:  # "at the Guildhall in Bath"
        answer = f"{answer} in {town.group(0)}"
    if answer.lower() in WHEN_WORDS or answer.lower() in subject.lower():
        return None
    question = QUESTION[language].format(subject=subject, verb="headquartered")
    return entity_card(s, answer, question, f"{subject} seat", score=0.8, answer_type="city")


QUESTION = {
    "it": "Dove ha sede {subject}?",
    "en": "Where is {subject} {verb}?",
}


# An entry's sentence that opens with its seat, then its pronoun or its dropped subject:
# "Based in Ballaghaderreen, County Roscommon, it also manages ...", "Con sede a Osimo, ...".
_OPENING_SEAT = {
    "it": re.compile(r"^Con sede (?:a|ad|in) (?P<place>[A-ZÀ-Ý])"),
    "en": re.compile(r"^(?P<verb>Based|Headquartered) (?:in|at) (?P<place>[A-Z])"),
}


# The county or province a seat's place is set off with: "Ballaghaderreen|, County Roscommon".
_COUNTY_AFTER = re.compile(r",\s(?P<name>(?:County|Contea di|provincia di)\s[A-ZÀ-Ý][\w’'-]+)")


def _opening_seat(s: Sentence, doc: Document) -> Candidate | None:
    """'Based in Ballaghaderreen, County Roscommon, it also manages ...' in the entry on the
    Western Development Commission -> 'Where is the Western Development Commission based?'."""
    language = doc.language
    m = _OPENING_SEAT[language].match(s.text)
    if m is None or s.entry is None:
        return None
    place = NAME_RUN.match(s.text, m.start("place"))
    if place is None:
        return None
    rest = s.text[place.end() :]
    county = _COUNTY_AFTER.match(rest)
    answer = place.group(0) + (f", {county.group('name')}" if county else "")
    after = rest[county.end() if county else 0 :]
    if not after.startswith(", "):
        return None
    first = after[2:].split(" ", 1)[0]
    if language == "en" and first not in ("it", "It"):
        return None  # "Based in Reno, the firm ...": another subject
    if language == "it" and not (first.islower() and is_finite(first, language)):
        return None  # "Con sede a Osimo, gestisce ...": the entry's own verb
    subject = s.entry.phrase
    verb = "based" if language == "en" and m.group("verb") == "Based" else "headquartered"
    question = QUESTION[language].format(subject=subject, verb=verb)
    return entity_card(s, answer, question, f"{subject} seat", score=0.8, answer_type="city")


def _verbless(seat: str) -> bool:
    """Whether the seat is said with no verb of its own ('con sede', 'based'): it describes a
    noun as a participle does, not the sentence's subject."""
    return seat.startswith("con ") or seat in {"based", "headquartered"}


# A participle phrase set off after a name, up to the "e" / "and" before the seat: ", fondata
# nel 1995 e", ", founded in 1995 and".
_PARTICIPLE_SET_OFF = re.compile(r",\s+(?P<participle>[a-zà-ù]+)\s[^,;:]{0,60}\s(?:e|ed|and)$")


def _participle_owner(before: str, doc: Document) -> str | None:
    """What a seat joined to a participle belongs to: the name the participle phrase follows
    ('prodotta dall’azienda Medrobot, fondata nel 1995 e con sede a Torino': Medrobot, not the
    sentence's subject); None when no name stands there."""
    m = _PARTICIPLE_SET_OFF.search(before)
    if m is None or not is_participle(m.group("participle"), doc.language):
        return None
    name = _named_before(before, m.start(), opening=False)
    if name is None:
        # "l’ente ... della Regione del Veneto, istituito nel 2016 e": a complement's name,
        # whose noun the participle is said of, as a phrase in "of" is (see below)
        runs = list(NAME_RUN.finditer(before, 0, m.start()))
        if not runs or runs[-1].end() != m.start():
            return None
        ahead = before[: runs[-1].start()].split()[-1:]
        return _SUBJECT if ahead and ahead[0].lower() in _OF_WORDS else None
    if doc.person(name):
        return None
    ahead = before[: before.rfind(name, 0, m.start())].split()[-2:]
    if any(w.lower() in _OF_WORDS or w.lower().startswith(("dell’", "d’")) for w in ahead):
        return _SUBJECT  # "the lending institution of the European Union, created": the subject's
    return lower_first(name)


# A relative pronoun after a comma right before the seat: the seat is of the name the comma
# follows, not of the sentence's subject ('First Bus is part of FirstGroup plc, which is
# headquartered in Aberdeen').
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|that|il quale|la quale|i quali|le quali)$")
_COMPANY_SUFFIX = re.compile(r"\s(?:plc|ltd|llp|inc|srl|spa|s\.r\.l\.|s\.p\.a\.)$")
_OF_WORDS = frozenset("of di del dello della dei degli delle".split())
_ELIDED_ARTICLES = frozenset("l’ all’ dall’ nell’ sull’".split())
_SUBJECT = ""  # the seat is the sentence subject's after all


def _subject(
    s: Sentence, text: str, at: int, lead: bool, doc: Document, seat: str = ""
) -> str | None:
    """What has its seat there: the name just before ', con sede a', or the sentence's subject
    before 'ha sede' / 'is headquartered' (in an entry, the entry itself)."""
    before = text[:at].rstrip(" ,")
    relative = _RELATIVE_BEFORE.search(before)
    if relative is not None:  # "part of FirstGroup plc, which is headquartered in Aberdeen"
        before, lead = before[: relative.start()], True
    # a relative's seat is of the name before it, a participle's may be of the noun that name
    # is a complement of
    of_ok = relative is not None or not _verbless(seat)
    if lead and relative is None and _participle_phrase_last(before, doc.language):
        lead = False  # "X è un ente ... istituito nel 1997, con sede a Osimo": X's seat
    if lead:  # "Harvest Foods, con sede a Columbus": the name right before the comma
        suffix = _COMPANY_SUFFIX.search(before)  # "FirstGroup | plc": still the name
        named = before[: suffix.start()] if suffix else before
        runs = list(NAME_RUN.finditer(named))
        small = None
        if not runs or runs[-1].end() != len(named):
            small = _body_in_small_letters(named, doc.language)
            if small is None:
                return None
        start = small.start() if small else runs[-1].start()
        ahead = named[:start].split()[-1:]
        if small is None and ahead and ahead[0] in _PLACE_PREPOSITIONS:
            return None  # "the governing body ... in | Europe, based in Rome": a place's
            # name is where something is, not what is based
        if not of_ok and ahead and (ahead[0].lower() in _OF_WORDS or ahead[0].endswith("’")):
            if ahead[0].lower() not in _ELIDED_ARTICLES:
                return None  # "il principale ospedale della | Basilicata, con sede a": the
                # seat of what the name is a complement of
        if small is not None:  # "l’Istituto di scienze polari"
            return _articled(before[:start], small.group("name"))
        # "La Ferri Spa, con sede a" -> "la Ferri Spa"
        name = lower_first(runs[-1].group(0) + (suffix.group(0) if suffix else ""))
        name = _articled(before[: runs[-1].start()], name)
        return None if len(name.split()) > 6 else name
    toks = tokens(before)
    if not toks or not starts_with_subject(toks, doc.language):
        return None
    joined = toks[-1].low in {"e", "ed", "and"}  # "Fu istituita nel 1974 e ha sede a Roma"
    if joined and _verbless(seat):
        owner = _participle_owner(before, doc)
        if owner != _SUBJECT:
            return owner
    verb = main_verb(toks, doc.language)
    if verb is not None and toks[verb].low not in _COPULAS and not joined:
        if not (_its(seat) and toks[verb].low in _AUXILIARIES_OF_SUBJECT):
            return None  # another verb stands before: "X acquired Y, based in Z"
    if verb is not None and not joined and toks[verb].low in _IT_COPULAS:
        if not _defines(toks, verb):
            return None  # "X è stato multato da una ditta con sede a Y": the ditta's seat
    subject = before if verb is None else before[: toks[verb].start].rstrip()
    subject = _INNER_ASIDE.sub("", subject)  # "L’ARPA (Agenzia Regionale ...) è stata istituita"
    if subject.endswith(","):  # "Istituita nel 1999, è operativa ...": an opening phrase
        return s.entry.phrase if s.entry is not None else None
    first = subject.split()[0].lower() if subject.split() else ""
    if first in PREPOSITIONS[doc.language] or first in ARTICULATED:
        # "Dal 1965 ha sede a Vienna": a time before the verb, the subject left to the entry
        return s.entry.phrase if s.entry is not None else None
    if not subject or len(subject.split()) > 8 or "," in subject:
        return None
    if not _names_something(subject, doc.language):
        return None  # "La società ha sede a Torino": a common noun, no name to ask about
    if verb is not None and toks[verb].low in _COPULAS and doc.person(subject):
        return None  # "Anna Neri è una dipendente di una ditta con sede a Pavia": the ditta's
    if subject.split()[0].lower() in POSSESSIVES[doc.language]:
        owned = resolve_possessive(lower_first(subject), s, doc)  # "Its secretariat": the entry's
        return None if owned is None else lower_first(owned)
    return lower_first(lower_initial(drop_titles(subject, doc), doc))


# The longest participle phrase before a seat's comma, in words: "istituito nel 1997".
_PARTICIPLE_PHRASE_WORDS = 6


def _participle_phrase_last(before: str, language: str) -> bool:
    """Whether the text before the seat's comma ends with a participle phrase that no name
    ends ('... istituito nel 1997', '... founded in 1990'): the seat is then of the clause's
    subject, which the participle describes too."""
    words = before.split()
    tail = words[-_PARTICIPLE_PHRASE_WORDS:]
    if not words or not (words[-1][:1].islower() or words[-1][:1].isdigit()):
        return False  # a name ends it: the seat may be the name's
    return any(
        w.isalpha() and w.islower() and is_participle(w, language) for w in tail[:-1]
    ) and not any(c in " ".join(tail) for c in ",;:()")


# An Italian body whose name goes on in small letters: "l’Istituto di scienze polari",
# "il Consiglio nazionale delle ricerche", "l’Agenzia delle entrate".
_SMALL_LETTERS_NAME = re.compile(
    r"(?:(?<=[\s’])|^)(?P<name>(?P<kind>[A-ZÀ-Ý][a-zà-ù]+)"
    r"(?:\s(?:di|del|dello|della|dei|degli|delle|per|e)\s[a-zà-ù]+|\s(?:dell’|all’)[a-zà-ù]+"
    r"|\s[a-zà-ù]+){1,5})$"
)


def _body_in_small_letters(before: str, language: str) -> re.Match[str] | None:
    """The Italian body named right before the comma, its name in small letters after a word
    of its kind ('tra cui l’Istituto di scienze polari | , con sede a Venezia'); None for
    another phrase."""
    m = _SMALL_LETTERS_NAME.search(before) if language == "it" else None
    if m is None or NOUN_KIND.get(m.group("kind").lower()) != "org":
        return None
    words = m.group("name").split()
    if any(is_finite(w, language) or is_participle(w, language) for w in words[1:]):
        return None  # "l’Istituto ha chiesto": a clause, no name
    return m


_IT_COPULAS = frozenset("è era".split())
_COPULAS = frozenset("is was are".split()) | _IT_COPULAS
# A verb after which a seat "with its headquarters" is still its subject's: "It was formed
# in 1974 and operates 40 stations, with its headquarters in Leeds".
_AUXILIARIES_OF_SUBJECT = AUXILIARIES["en"] | AUXILIARIES["it"]
_INDEFINITE = frozenset("un uno una un’".split())


def _its(seat: str) -> bool:
    return "its " in seat or " la " in seat


def _defines(toks: list[Token], verb: int) -> bool:
    """Whether the Italian copula at `verb` opens a definition of its subject: 'X è | un’azienda
    ... con sede a'."""
    return verb + 1 < len(toks) and (
        toks[verb + 1].low in _INDEFINITE or toks[verb + 1].low.startswith("un’")
    )


def _names_something(subject: str, language: str) -> bool:
    """Whether a subject holds a name ('la Commissione Nazionale', 'Harvest Foods', 'Consob'),
    not only a common noun ('la società', 'the company')."""
    words = subject.replace("’", "’ ").split()
    first, rest = words[0], words[1:]
    article = first.lower() in ARTICLES[language]
    return any(w[:1].isupper() for w in rest) or (first[:1].isupper() and not article)


# Where something happened or stands; the verb phrase is kept for the question.
# Rooms a meeting is held in, named by their kind in small letters: "si è tenuta nella sala
# consiliare", "nell’aula magna del liceo Galilei".
_IT_VENUES = frozenset("sala aula salone auditorium chiostro cortile stadio teatro".split())
_VENUE = re.compile(
    r"[a-z]+(?:\s[A-ZÀ-Ý][\w’]*)*(?:\s(?!(?:di|del|della|dello|dei|degli|delle)\b)[a-zà-ù]{3,}){0,2}"
    r"(?:\s(?:di|del|della|dello|dei|degli|delle|dell’)\s?(?:[a-zà-ù]{3,}|[A-ZÀ-Ý][\w’]*)"
    r"(?:\s[A-ZÀ-Ý][\w’]*)*)?"
)
# Words of time a room's phrase may run into: "nella sala riunioni | ieri".
_IT_TIME_WORDS = frozenset(
    "ieri oggi domani stamattina stamane stasera mattina sera pomeriggio notte scorso".split()
)
_WHERE = {
    "it": re.compile(
        r"\s(?P<verb>si è svolt[oaie]|si sono svolt[ie]|si svolgerà|si svolgeranno|si terrà"
        r"|si terranno|si è tenut[oaie]|si sono tenut[ie]|ha avuto luogo|si trova|si trovano"
        r"|sorge|sorgono|sorgerà|sorgeranno|è situat[oaie]|sono situat[ie]|si riunirà"
        r"|si riuniranno|si è riunit[oa]"
        r"|si sono riunit[ie]|si incontreranno|si sono incontrat[ie]|si è giocat[oa]"
        r"|si sono giocat[ie]|si giocherà|si giocheranno|si è disputat[oa]|si sono disputat[ie]"
        r"|si disputerà|si disputeranno|si è registrat[oaie]|si sono registrat[ie]"
        r"|è stat[oa] registrat[oa]|sono stat[ie] registrat[ie]|è stat[oa] misurat[oa]"
        r"|sono stat[ie] misurat[ie]|è in programma|sono in programma|era in programma"
        r"|si celebrerà|si è celebrat[oa]|è stat[oa] inaugurat[oa]|sarà inaugurat[oa])"
        r"\s+(?:(?:a|ad|in|nel|nella|nello|presso|(?P<art>al|allo|alla|sul|sulla|sullo))\s+"
        r"|(?P<el>all’|nell’|sull’))"
        r"(?P<place>[A-ZÀ-Ý]|(?P<venue>" + "|".join(sorted(_IT_VENUES)) + r")\s)"
    ),
    "en": re.compile(
        r"\s(?P<verb>took place|will take place|takes place|is scheduled to take place"
        r"|is due to take place|is due to be held|was opened|was inaugurated"
        r"|was held|were held|will be held|is held|are held|is located"
        r"|are located|was located|is situated|are situated|was situated|lies|stands"
        r"|are due to meet|is due to meet|will meet|met"
        r"|was played|were played|will be played|was recorded|were recorded|was measured"
        r"|were measured)"
        r"\s+(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z])"
    ),
}
_WHERE_CUE = {
    "it": (
        "svolt",
        "svolger",
        "terrà",
        "terranno",
        "tenut",
        "luogo",
        "trova",
        "sorge",
        "situat",
        "si riuni",
        "riunit",
        "si incontr",
        "giocat",
        "giocher",
        "disputat",
        "disputer",
        "registrat",
        "misurat",
        "in programma",
        "celebr",
        "inaugurat",
    ),
    "en": (
        "took place",
        "take place",
        "takes place",
        " opened ",
        " inaugurated ",
        "held",
        "located",
        "situated",
        " lies ",
        " stands ",
        " meet in",
        " met in",
        " played ",
        " recorded ",
        " measured ",
    ),
}
_EN_WHERE = {
    "took place": "Where did {s} take place?",
    "will take place": "Where will {s} take place?",
    "takes place": "Where does {s} take place?",
    "is scheduled to take place": "Where is {s} scheduled to take place?",
    "is due to take place": "Where is {s} due to take place?",
    "is due to be held": "Where is {s} due to be held?",
    "was opened": "Where was {s} opened?",
    "was inaugurated": "Where was {s} inaugurated?",
    "was held": "Where was {s} held?",
    "were held": "Where were {s} held?",
    "will be held": "Where will {s} be held?",
    "is held": "Where is {s} held?",
    "are held": "Where are {s} held?",
    "is located": "Where is {s} located?",
    "are located": "Where are {s} located?",
    "was located": "Where was {s} located?",
    "is situated": "Where is {s} situated?",
    "are situated": "Where are {s} situated?",
    "was situated": "Where was {s} situated?",
    "lies": "Where does {s} lie?",
    "stands": "Where does {s} stand?",
    # Where people meet: "The negotiators are due to meet in Denver".
    "are due to meet": "Where are {s} due to meet?",
    "is due to meet": "Where is {s} due to meet?",
    "will meet": "Where will {s} meet?",
    "met": "Where did {s} meet?",
    "was played": "Where was {s} played?",
    "were played": "Where were {s} played?",
    "will be played": "Where will {s} be played?",
    # Where a reading was taken: "The highest gust was recorded at Capel Curig".
    "was recorded": "Where was {s} recorded?",
    "were recorded": "Where were {s} recorded?",
    "was measured": "Where was {s} measured?",
    "were measured": "Where were {s} measured?",
}
# The verbs of a reading taken somewhere: the place is asked of a superlative too ('la
# temperatura più bassa', 'the highest gust'), which says what it is out of the article.
_READING = re.compile(r"registrat|misurat|recorded|measured")
_SUPERLATIVE = {
    "it": re.compile(r"\b(?:più|meno|maggior[ei]|massim[oaie]|minim[oaie]|picco|record)\b"),
    "en": re.compile(
        r"\b(?:most|least|highest|lowest|largest|biggest|strongest|heaviest|hottest|coldest"
        r"|wettest|warmest|fastest|record|peak)\b"
    ),
}


def _event_subject(text: str, at: int, doc: Document, reading: bool = False) -> str | None:
    """The sentence's subject, all that stands before the verb: a name, or what the article is
    about ('the climate summit', said again elsewhere); of a `reading`, a superlative too ('the
    highest gust')."""
    before = text[:at].strip()
    toks = tokens(before)
    if not toks or not starts_with_subject(toks, doc.language) or len(toks) > 10:
        return None
    if main_verb(toks, doc.language) is not None or any(t.text in {",", ";", ":"} for t in toks):
        return None
    subject = lower_first(lower_initial(drop_titles(before, doc), doc))
    if reading and _SUPERLATIVE[doc.language].search(subject.lower()):
        return subject if subject.split()[0].lower() in ARTICLES[doc.language] else None
    return subject if specific(subject, doc) else None


def _venue_ends_badly(venue: str) -> bool:
    """Whether a room's phrase runs into a word no room's name has: a participle, a verb, a
    time ('sala consiliare | ieri')."""
    return any(
        w in WHEN_WORDS
        or w in _IT_TIME_WORDS
        or is_finite(w, "it")
        or is_participle(w, "it")
        or w in STOPWORDS["it"]
        for w in venue.split()[1:]
        if w[:1].islower() and w not in {"di", "del", "della", "dello", "dei", "degli", "delle"}
    )


_ON_ARTICLES = frozenset(["all’", "sull’"])  # "all’Arena", "sull’Isola Bella": no town


def _where(s: Sentence, doc: Document) -> Candidate | None:
    language = doc.language
    text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
    m = _WHERE[language].search(text)
    if m is None:
        return None
    venue = m.group("venue") if language == "it" else None
    place = (_VENUE if venue else NAME_RUN).match(text, m.start("place"))
    if place is None:
        return None
    answer = place.group(0).split(",")[0].strip()
    if venue and (len(answer.split()) < 2 or _venue_ends_badly(answer)):
        return None  # "nella sala": which room?
    if answer.lower() in WHEN_WORDS:
        return None  # "was held in February": when, not where
    if text.startswith(("'s ", "’s "), place.end()):
        return None  # "at St George's Hall": the name goes on past its possessive
    verb = m.group("verb")
    subject = _event_subject(text, m.start(), doc, reading=bool(_READING.search(verb)))
    if subject is None or answer.lower() in subject.lower():
        return None
    question = f"Dove {verb} {subject}?" if language == "it" else _EN_WHERE[verb].format(s=subject)
    # A place after an article ("al PalaVerde", "all’Arena") is a building or a ground, no town.
    building = venue or (language == "it" and (m.group("art") or m.group("el") in _ON_ARTICLES))
    kind = "thing" if building else "city"
    return entity_card(s, answer, question, f"{subject} place", score=0.78, answer_type=kind)


# Where a body met: "at a full meeting of the council at the Guildhall" -> "Where did the
# council meet?". The body is a name or a phrase the article says again ('specific'); a meeting
# with no body of its own ("at a tense meeting in Aberaeron") says not whose it was.
_MEETING = re.compile(
    r"\b(?:at|during)\s(?:a|an|the|its|their)\s(?:[a-z-]+\s){0,2}meeting\sof\s"
    r"(?P<body>(?:the\s)?(?:[\w’-]+\s){0,4}?[\w’-]+)\s(?:at|in)\s(?:the\s)?(?P<place>[A-Z])"
)
_MEETING_CUE = {"it": (), "en": ("meeting of ",)}
MAX_BODY_WORDS = 5


def _meeting(s: Sentence, doc: Document) -> Candidate | None:
    """'The budget was agreed at a full meeting of the council at the Guildhall in Bath' ->
    'Where did the council meet?' -> 'Guildhall in Bath'."""
    m = _MEETING.search(s.text)
    if m is None:
        return None
    body = m.group("body")
    words = body.split()
    if len(words) > MAX_BODY_WORDS or any(
        w in STOPWORDS["en"] and w != "the" or is_finite(w, "en") for w in words
    ):
        return None
    if not specific(body, doc) and not any(w[:1].isupper() for w in words):
        return None
    place = NAME_RUN.match(s.text, m.start("place"))
    if place is None:
        return None
    answer = place.group(0).split(",")[0].strip()
    if answer.lower() in WHEN_WORDS or s.text.startswith(("'s ", "’s "), place.end()):
        return None
    within = re.match(r"\sin\s(?=[A-Z])", s.text[place.end() :])
    town = NAME_RUN.match(s.text, place.end() + within.end()) if within else None
    if town is not None and town.group(0).lower() not in WHEN_WORDS:
        answer = f"{answer} in {town.group(0)}"  # "at the Guildhall in Bath"
    question = f"Where did {body} meet?"
    return entity_card(s, answer, question, f"{body} meeting", score=0.78, answer_type="thing")


# Where a thing was founded or built: "..., founded in 2008 in San Francisco", "the ELT, which
# is being built on Cerro Armazones", "La Fiat fu fondata a Torino nel 1899", "X, costruito nel
# 1890 a Genova". A date may stand between the participle and the place.
_MADE_IN = {
    "it": re.compile(
        r"(?P<verb>(?:fondat|istituit|costruit|edificat|scopert|rinvenut|ritrovat)[oaie])"
        r"(?P<gap>\s[^,;:]{0,30}?)?"
        r"\s(?:a|ad|in|sul|sulla|sullo|presso)\s(?=[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"(?P<verb>founded|established|built|constructed|discovered|found|unearthed)"
        r"(?P<gap>\s[^,;:]{0,30}?)?"
        r"\s(?:in|at|on)\s(?:the\s)?(?=[A-Z])"
    ),
}
# What stands before the participle: a comma or a relative ("che", "which"), an auxiliary of
# the passive; read on the few characters before it, once the participle is found.
_MADE_LEAD = {
    "it": re.compile(
        r"(?P<lead>,\s(?:che\s)?|\s)(?P<aux>(?:è\s+stat[oaie]|sono\s+stat[ie]|fu|furono|venne"
        r"|vennero|viene|vengono)\s)?$"
    ),
    "en": re.compile(
        r"(?P<lead>,\s(?:which\s|that\s)?|\s)(?P<aux>(?:is|was|are|were|has\sbeen|had\sbeen"
        r"|have\sbeen|is\sbeing|are\sbeing|will\sbe)\s)?$"
    ),
}
_LEAD_REACH = 30


@dataclass(frozen=True)
class _Made:
    """A participle of founding or building found in a sentence, and what stands before it."""

    start: int  # where the lead before the participle starts
    lead: str  # ", ", ", which ", " "
    aux: str | None  # "was ", "is being ", "fu "
    verb: str  # "founded", "costruita"


def _made(text: str, m: re.Match[str], language: str) -> _Made | None:
    at = m.start()
    lead = _MADE_LEAD[language].search(text, max(0, at - _LEAD_REACH), at)
    if lead is None:
        return None
    return _Made(lead.start(), lead.group("lead"), lead.group("aux"), m.group("verb"))


_MADE_CUE = {
    "it": ("fondat", "istituit", "costruit", "edificat", "scopert", "rinvenut", "ritrovat"),
    "en": (
        "founded ",
        "established ",
        "built ",
        "constructed ",
        "discovered ",
        "found at ",
        "found in ",
        "found on ",
        "unearthed ",
    ),
}
_PLACING = frozenset("in a ad di del della nel nella at of from near da dal dalla".split())
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)$")  # "the Extremely Large Telescope (ELT)"


# Articles a place's name may open with, after the preposition: "a La Spezia", "in The
# Hague", "à Le Havre".
_PLACE_ARTICLES = frozenset("La Le Lo Il The".split())


def _made_place(text: str, at: int, language: str) -> str | None:
    """The place named at offset `at`, when the name ends the phrase: 'in San Francisco | by',
    not 'in Gothic | style' nor 'in May'."""
    run = NAME_RUN.match(text, at)
    if run is None:
        return None
    place = run.group(0).split(",")[0].strip()
    words = place.split()
    named_article = len(words) > 1 and words[0] in _PLACE_ARTICLES  # "La Spezia", "The Hague"
    if place.lower() in WHEN_WORDS or (
        words[0].lower() in STOPWORDS[language] and not named_article
    ):
        return None
    after = text[at + len(place) :].lstrip()
    word = after.split(None, 1)[0].lower() if after else ""
    word = word.strip(".,;:")
    if word and word[:1].isalpha() and word not in STOPWORDS[language]:
        if not (word in AUXILIARIES[language] or is_finite(word, language)):
            return None  # "built in Roman times": no place; "rinvenuta a Vindolanda | contiene"
    return place


def _named_before(text: str, at: int, opening: bool) -> str | None:
    """The name that ends right before the comma at offset `at`, an acronym after it aside:
    'a target for ESO’s Extremely Large Telescope (ELT) | , which'. Not a place a preposition
    puts something in ('la principale organizzazione in | Italia, fondata'); when `opening`,
    only the name the sentence opens with (a participle set off may be said of any noun)."""
    before = _ASIDE.sub("", text[:at].rstrip(" ,"))
    runs = list(NAME_RUN.finditer(before))
    if not runs or runs[-1].end() != len(before):
        return None
    ahead = before[: runs[-1].start()].split()
    if ahead and ahead[-1].lower() in _PLACING:
        return None
    if opening and ahead and not (len(ahead) == 1 and ahead[0].lower() in ARTICLES["it"]):
        return None
    name = runs[-1].group(0).removeprefix("The ").removeprefix("L’")
    return name if 1 <= len(name.split()) <= 6 else None


def _made_subject(s: Sentence, text: str, m: _Made, doc: Document) -> str | None:
    """What was founded or built: the sentence's subject before a finite verb ('La Fiat fu
    fondata'), the name before ', founded' or ', which is being built', or the subject a
    sentence defined before the participle ('Airbnb is a marketplace ..., founded')."""
    lead, aux = m.lead, m.aux
    if lead.strip() == "":
        if aux is None:  # "X is a research institution | founded": X, or the thing introduced
            defined = _defined_subject(text, m.start, doc)
            return defined[0] if defined is not None else _introduced(text, m, doc)
        return _event_subject(text, m.start, doc)
    if aux is None and "che" not in lead and "which" not in lead and "that" not in lead:
        defined = _defined_subject(text, m.start, doc)
        if defined is not None:
            return defined[0]
    elif aux is None:
        return None  # "which built the dam in Nevada": a deed, not a passive
    named = _named_before(text, m.start, opening=aux is None)
    if not named or doc.person(named):
        return None
    return _with_article(text[: m.start], named)


_NAME_ARTICLES = frozenset("the il lo la i gli le".split())


def _articled(before: str, name: str) -> str:
    """A name with the article that the word before it says it with: 'ricorrere al | Consiglio
    di Stato' -> 'il Consiglio di Stato', 'owned by the | Acme Group' -> 'the Acme Group';
    the name as it is after another word or with an article of its own."""
    if name[:1].islower():
        return name  # "la Ferri Spa": its article is in the name
    if before.endswith("’"):
        elided = before.split()[-1].lower() if before.split() else ""
        article = ARTICULATED.get(elided, elided if elided == "l’" else "")
        return f"{article}{name}" if article else name
    words = before.split()
    word = words[-1].lower() if words else ""
    article = word if word in _NAME_ARTICLES else ARTICULATED.get(word, "")
    return f"{article} {name}" if article else name


def _with_article(before: str, name: str) -> str:
    """A name with the article it is said with ('L’Associazione ...', 'the Giant Radio
    Array'): 'Dove è stata fondata l’Associazione ...?', not '... fondata Associazione ...?'."""
    at = before.rfind(name)
    if at <= 0:
        return name
    word = before[:at].split()[-1].lower() if before[:at].strip() else ""
    if before[at - 1] == "’":
        return f"l’{name}" if word == "l’" else name
    return f"{word} {name}" if before[at - 1] == " " and word in _NAME_ARTICLES else name


def _introduced(text: str, m: _Made, doc: Document) -> str | None:
    """The thing a sentence introduces right before the participle, made definite: 'A wooden
    writing tablet | discovered at Vindolanda' -> 'the wooden writing tablet'; only one with a
    name or one the article speaks of again (which tablet?), and in Italian one the participle
    agrees with ('una delle truffe | scoperte': not one, but the frauds)."""
    language = doc.language
    toks = [t for t in tokens(text) if t.end <= m.start]
    first = _phrase_before(toks, len(toks) - 1, language) if toks else None
    if first is None:
        counted = _counted(toks, language)
        if counted is None:
            return None
        np = _counted_phrase(text[toks[counted].start : toks[-1].end], m.verb, language)
        if np is None:
            return None
    else:
        if len(toks) - first < 2 or toks[first + 1].low in _PARTITIVE:
            return None  # "una delle truffe", "one of the tablets"
        phrase = text[toks[first].start : toks[-1].end]
        np, article = _definite_phrase(lower_first(phrase), language)
        if language == "it" and _ENDING.get(article, m.verb[-1]) != m.verb[-1]:
            return None
    words = np.replace("’", "’ ").split()[1:]
    stop = STOPWORDS[language]
    named = any(w[:1].isupper() for w in words)
    again = any(
        len(w) > 3 and w.lower() not in stop and doc.sentences_with(w.lower()) >= 3
        for w in words
        if w.islower()
    )
    return np if named or again else None


# A count a noun phrase opens with: "14 | nuovi tram", "three | new ferries".
_COUNT = re.compile(
    r"(?:\d[\d.,]*|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|venti|trenta"
    r"|cento|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred)$"
)
MAX_COUNTED_WORDS = 3


def _counted(toks: list[Token], language: str) -> int | None:
    """The index of the first word after a count that opens the noun phrase ending the
    tokens ('viaggeranno 14 | nuovi tram'): words in small letters only, no verb between."""
    k = len(toks) - 1
    while k >= 0 and len(toks) - 1 - k <= MAX_COUNTED_WORDS:
        t = toks[k]
        if _COUNT.match(t.low):
            return k + 1 if k + 1 < len(toks) else None
        if not (t.text.isalpha() and t.text.islower()) or t.low in STOPWORDS[language]:
            return None
        if t.low in AUXILIARIES[language] or is_finite(t.text, language):
            return None
        k -= 1
    return None


def _counted_before(text: str, m: _Made, language: str) -> bool:
    """Whether the participle follows things a count introduces ('three new ferries | built'),
    which are many."""
    if m.aux is not None or m.lead.strip():
        return False
    toks = [t for t in tokens(text) if t.end <= m.start]
    return (
        _phrase_before(toks, len(toks) - 1, language) is None
        and _counted(toks, language) is not None
    )


def _counted_phrase(phrase: str, participle: str, language: str) -> str | None:
    """The things a count introduces, made definite: '14 nuovi tram | costruiti' -> 'i nuovi
    tram', 'three new ferries | built' -> 'the new ferries'; an Italian participle says the
    plural's gender ('i' or 'e'), no article a singular."""
    if language == "en":
        return f"the {phrase}"
    ending = participle[-1]
    if ending == "e":
        return f"le {phrase}"
    if ending != "i":
        return None
    article = "gli" if takes_lo(phrase) or phrase[:1].lower() in "aeiou" else "i"
    return f"{article} {phrase}"


_INNER_ASIDE = re.compile(r"\s*\([^()]*\)")
_PARTITIVE = frozenset("of di dei degli delle del della dello".split())
_ENDING = {"il": "o", "lo": "o", "la": "a", "i": "i", "gli": "i", "le": "e"}
_EN_AUX = {"has been": "was", "have been": "were", "had been": "was"}


def _made_question(subject: str, m: _Made, language: str, plural: bool = False) -> str:
    verb = m.verb
    aux = " ".join((m.aux or "").split())
    if language == "it":
        aux = aux or ("sono stat" if verb[-1] in "ie" else "è stat") + verb[-1]
        return f"Dove {aux} {verb} {subject}?"
    aux = _EN_AUX.get(aux, aux) or ("were" if plural else "was")
    first, _, rest = aux.partition(" ")
    return " ".join(f"Where {first} {subject} {rest} {verb}?".split())


def _made_in(s: Sentence, doc: Document) -> Candidate | None:
    """'Airbnb is a marketplace ..., founded in 2008 in San Francisco' -> 'Where was Airbnb
    founded?'; 'the ELT, which is being built on Cerro Armazones' -> 'Where is the ELT being
    built?'."""
    language = doc.language
    if _MADE_IN[language].search(s.text) is None:
        return None  # most sentences with a participle of making say no place after it
    text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
    for m in _MADE_IN[language].finditer(text):
        gap = (m.group("gap") or "").strip()
        if gap and not _date_gap(gap, language):
            continue
        place = _made_place(text, m.end(), language)
        made = _made(text, m, language) if place else None
        if place is None or made is None:
            continue
        subject = _made_subject(s, text, made, doc)
        if subject is None or place.lower() in subject.lower():
            continue
        subject = _INNER_ASIDE.sub("", subject)  # "the Oswaldo Cruz Foundation (Fiocruz)"
        question = _made_question(subject, made, language, _counted_before(text, made, language))
        return entity_card(s, place, question, f"{subject} made", score=0.76, answer_type="city")
    return None


def _date_gap(gap: str, language: str) -> bool:
    """Whether the words between the participle and the place say when: 'in 2008'; not when
    a second verb joins in ('fondato nel 1862 | e ospitato dal 1926 | in Palazzo Pompei': the
    place is where it is housed)."""
    if _JOINED_VERB.search(gap):
        return False
    found = find_dates(gap, language)
    return bool(found) and found[0].start <= 4 and found[-1].end >= len(gap) - 1


_JOINED_VERB = re.compile(rf"\s(?:e|ed|and)\s{IT_PARTICIPLE_FORM}\b|\sand\s[a-z]+ed\b")


# Prepositions that put a name as a place: "in Europe", "nel Lazio".
_PLACE_PREPOSITIONS = frozenset("in at on near across throughout nel nella a presso".split())


def _cued(sentences: tuple[Sentence, ...], cues: dict[str, int]) -> dict[int, int]:
    """The rules each sentence calls for (a mask), by its index: the cues are looked for in
    the text of all the sentences at once, a few scans of the text, not a few tests a
    sentence (most sentences hold none)."""
    texts = [s.text for s in sentences]
    whole = "\n".join(texts)
    ends = list(accumulate(len(t) + 1 for t in texts))  # where each sentence's line ends
    found: dict[int, int] = {}
    for cue, rule in cues.items():
        at = whole.find(cue)
        while at >= 0:
            k = bisect_right(ends, at)
            found[k] = found.get(k, 0) | rule
            at = whole.find(cue, ends[k]) if k < len(ends) else -1
    return found


# Where a person was born: "Scrofani, nata ad Avola e cresciuta ...", "Paolo Neri è un
# regista nato a Napoli", "Ann Lee, born in Leeds," -> "Dove è nata Scrofani?", "Where was Ann
# Lee born?".
# Where a person was born or grew up: "nato a Udine", "cresciuta a Rieti", "born in Leeds",
# "who grew up in Kincraig".
_BORN = {
    "it": re.compile(r"\b(?P<verb>nat|cresciut)(?P<end>[oa])\s+(?:a|ad|in)\s+(?P<place>[A-ZÀ-Ý])"),
    "en": re.compile(r"\b(?:(?P<verb>born)\s+(?:in|at)|grew\s+up\s+in)\s+(?P<place>[A-Z])"),
}
_BORN_CUE = {
    "it": (" nato ", " nata ", " cresciuto ", " cresciuta "),
    "en": (" born in", " born at", " grew up in "),
}
_BORN_QUESTION = {"it": "Dove è nat{end} {name}?", "en": "Where was {name} born?"}
_GREW_UP_QUESTION = {"it": "Dove è cresciut{end} {name}?", "en": "Where did {name} grow up?"}
# Between the name and its birth: a comma (maybe after an age: "X, 41 anni, nato a"), a
# relative ("who was"), a copula, or a copula and what the person is ("è un regista italiano").
_BORN_GAP = {
    "it": re.compile(
        r"^(?:\s*\([^()]{1,40}\))?(?:,\s+(?:\d{1,3}\s+anni,\s+)?(?:che\s+è\s+)?"
        r"|\s+(?:è(?:\s+stat[oa])?|era|fu)\s+"
        r"(?:(?:un|una|uno|un’)\s*[^,;:()]{0,60},?\s+)?)$"
    ),
    "en": re.compile(
        r"^(?:\s*\([^()]{1,40}\))?(?:,\s+(?:\d{1,3},\s+)?(?:who\s+was\s+)?"
        r"|\s+(?:is|was|has\s+been)\s+"
        r"(?:(?:a|an)\s+[^,;:()]{0,60},?\s+)?)$"
    ),
}
# Between the name and where the person grew up: "X, who", "X, a joinery apprentice who", "X,
# 24 anni, cresciuta a".
_GREW_UP_GAP = {
    "it": re.compile(r"^,\s+(?:\d{1,2}\s+anni,\s+|(?:che\s+è\s+)?)$"),
    "en": re.compile(r"^,\s+(?:\d{1,2},\s+)?(?:(?:a|an)\s+[^,;:()]{0,60}\s+)?who\s+$"),
}


_COPULA_WORDS = frozenset("è era fu stato stata is was has been che who".split())


def _born(s: Sentence, doc: Document) -> Candidate | None:
    """Where the person right before 'nato a' / 'born in' was born; no card when the words
    between say it of someone or something else ('il figlio di Anna Neri, nato a ...')."""
    language = doc.language
    m = _BORN[language].search(s.text)
    people = people_in(s.text, doc) if m is not None else []
    place = NAME_RUN.match(s.text, m.start("place")) if m is not None else None
    if m is None or place is None:
        return None
    before = [p for p in people if p[1] <= m.start()]
    if not before:
        return None
    _start, end, name = before[-1]
    gap = s.text[end : m.start()]
    words = [w for w in gap.split() if w not in _COPULA_WORDS]
    born = m.group("verb") in {"nat", "born"}
    if not (_BORN_GAP if born else _GREW_UP_GAP)[language].match(gap):
        return None
    if any(is_finite(w, language) for w in words):
        return None  # "Anna Neri ha detto che il figlio, nato a ...": another's birth
    answer = place.group(0).split(",")[0].strip()
    if answer.lower() in WHEN_WORDS or answer in name:
        return None
    ending = m.group("end") if language == "it" else ""
    question = (_BORN_QUESTION if born else _GREW_UP_QUESTION)[language].format(
        end=ending, name=name
    )
    return entity_card(s, answer, question, f"{name} birthplace", score=0.8, answer_type="city")


# Where a thing stands, said with the kind of place: "Il nuovo impianto sorgerà su un’area di
# 4 ettari nella frazione di Aurano", "Il lago è un lago naturale situato nel comune di Terni",
# "Le cascate del Serio, nel comune di Valbondione, sono". The question names the kind: "In
# quale frazione sorgerà il nuovo impianto?".
_KIND_PLACE = re.compile(
    r"(?:(?P<comma>,)\s|\s(?P<verb>situat[oaie]|si trova|si trovano|sorge|sorgono|sorgerà"
    r"|sorgeranno|sarà costruit[oa]|saranno costruit[ie])\s(?:[^,;:]{0,50}?\s)?)"
    r"(?:nel|nella|in)\s(?P<kind>comune|frazione|quartiere|località|rione|via|piazza)"
    r"\s(?:di\s|d’)?(?P<place>[A-ZÀ-Ý])"
)
_KIND_CUE = {
    "it": (
        "nel comune di ",
        "nella frazione di ",
        "nel quartiere di ",
        "in località ",
        "nella località di ",
        "nel rione ",
        "in via ",
        "in piazza ",
    ),
    "en": (),
}


def _opening_subject(before: str, doc: Document) -> str | None:
    """The subject that opens the sentence and ends at `before`'s end: 'Le cascate del Serio',
    'Il lago di Piediluco'; a name in it, or what the article is about."""
    words = before.split()
    if not words or len(words) > 7 or words[0].lower().split("’")[0] not in _NAME_ARTICLES:
        if not (words and words[0].lower().startswith("l’")):
            return None
    if any(ch in before for ch in ",;:()"):
        return None
    subject = lower_first(before.strip())
    if people_in(before, doc):
        return None  # "Il sindaco Mario Rossi, nel comune di": where he spoke, not lives
    return subject if specific(subject, doc) else None


def _kind_place(s: Sentence, doc: Document) -> Candidate | None:
    """'Il nuovo impianto sorgerà ... nella frazione di Aurano' -> 'In quale frazione sorgerà il
    nuovo impianto?'; 'Le cascate del Serio, nel comune di Valbondione, sono ...' -> 'In quale
    comune si trovano le cascate del Serio?'."""
    if doc.language != "it":
        return None
    text = s.text
    m = _KIND_PLACE.search(text)
    if m is None:
        return None
    place = NAME_RUN.match(text, m.start("place"))
    if place is None:
        return None
    answer = place.group(0).strip()
    verb = m.group("verb")
    situated = verb is not None and verb.startswith("situat")
    if m.group("comma"):
        subject = _opening_subject(text[: m.start()], doc)
        defined = _definition_subject(text[: m.start()], doc) if subject is None else None
        if defined is not None and defined[1] == "è":  # "X è un giacimento ..., nel comune di"
            subject = defined[0]
        if not text.startswith(",", place.end()):
            return None  # the phrase set off is an aside to the subject, closed by a comma
    elif situated:  # "X è un lago ... situato nel comune di": the sentence's subject
        copula = re.search(r"\s(?:è|sono|era|erano)\s", text[: m.start()])
        subject = _opening_subject(text[: copula.start()], doc) if copula else None
    else:
        subject = _event_subject(text, m.start("verb") - 1, doc)
    if subject is None or answer.lower() in subject.lower():
        return None
    if verb is None or situated:
        verb = "si trovano" if subject.split()[0] in IT_PLURAL_ARTICLES else "si trova"
    question = f"In quale {m.group('kind')} {verb} {subject}?"
    return entity_card(s, answer, question, f"{subject} place", score=0.78, answer_type="city")


# A thing the sentence opens by defining, and the place it is set in: "X è un centro di
# ricerca situato a Basovizza" -> "Dove si trova X?", "The Rowan Institute is a research
# centre located in Harwell" -> "Where is the Rowan Institute located?".
_DEFINED_AT = {
    "it": re.compile(
        r"\s(?:situat|ubicat|collocat)[oa]\s(?:(?:a|ad|in|presso|nel|nella|nello|sul|sulla"
        r"|sullo)\s|nell’|sull’)(?P<place>[A-ZÀ-Ý])"
    ),
    "en": re.compile(r"\s(?:located|situated)\s(?:in|at|on)\s(?:the\s)?(?P<place>[A-Z])"),
}
_DEFINED_CUE = {
    "it": tuple(f"{stem}{end} " for stem in ("situat", "ubicat", "collocat") for end in "oa"),
    "en": (" located in ", " located at ", " located on ", " situated in ", " situated at "),
}
# The copula and the indefinite article that open a definition after the subject.
_DEFINING = {
    "it": re.compile(r"\s(?P<copula>è|era)\s(?:un|uno|una)\s|\s(?P<el>è|era)\sun’"),
    "en": re.compile(r"\s(?P<copula>is|was)\s(?:a|an)\s"),
}
_DEFINED_WHERE = {
    "it": {"è": "Dove si trova {s}?", "era": "Dove si trovava {s}?"},
    "en": {"is": "Where is {s} located?", "was": "Where was {s} located?"},
}
MAX_DEFINITION_WORDS = 10


def _definition_subject(before: str, doc: Document) -> tuple[str, str] | None:
    """The subject and the copula of a definition that opens `before`: 'Elettra | è un centro
    di ricerca' -> ('Elettra', 'è'); the subject is a name, or an opening subject the article
    is about; the definition runs on with no clause of its own (no comma, no relative)."""
    m = _DEFINING[doc.language].search(before)
    if m is None:
        return None
    definition = before[m.end() :]
    if len(definition.split()) > MAX_DEFINITION_WORDS or any(ch in definition for ch in ",;:()"):
        return None
    if any(w in RELATIVE_WORDS[doc.language] for w in definition.split()):
        return None
    head = before[: m.start()]
    subject = _opening_subject(head, doc) or ""  # "Il Centro Elettra" -> "il Centro Elettra"
    if not subject and NAME_RUN.fullmatch(head) and not people_in(head, doc):
        subject = head if head.split()[0].lower() not in STOPWORDS[doc.language] else ""
    copula = m.group("copula") or m.group("el")
    return (subject, copula) if subject else None


def _defined_where(s: Sentence, doc: Document) -> Candidate | None:
    """'X è un centro di ricerca situato a Basovizza' -> 'Dove si trova X?' -> 'Basovizza'."""
    language = doc.language
    text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
    m = _DEFINED_AT[language].search(text)
    if m is None:
        return None
    defined = _definition_subject(text[: m.start()], doc)
    place = NAME_RUN.match(text, m.start("place"))
    if defined is None or place is None:
        return None
    subject, copula = defined
    answer = place.group(0).split(",")[0].strip()
    if answer.lower() in WHEN_WORDS or answer.lower() in subject.lower():
        return None
    if text.startswith(("'s ", "’s "), place.end()):
        return None  # "at St George's Hall": the name goes on past its possessive
    question = _DEFINED_WHERE[language][copula].format(s=subject)
    return entity_card(s, answer, question, f"{subject} place", score=0.78, answer_type="city")


# A part of a town set off after the thing it holds: "The forge, in the Attercliffe area of the
# city, makes ..." -> "In which area of the city is the forge?"; "The mill, in the town’s
# Kelham district, ..." -> "In which district of the town is the mill?". (The part said in the
# clause, "was built in the Attercliffe area of the city", is the kinds extractor's.)
_AREA_KINDS = r"(?P<kind>area|district|quarter|suburb|neighbourhood|neighborhood)"
_SET_OFF_AREA = re.compile(
    r",\s(?:in|on)\sthe\s(?:(?P<place>[A-Z][\w’-]*(?:\s[A-Z][\w’-]*){0,3})\s"
    + _AREA_KINDS
    + r"\sof\s(?P<of>the\s(?:city|town|county|borough|island)|[A-Z][\w’-]*(?:\s[A-Z][\w’-]*)*)"
    r"|(?P<owner>city|town|county|borough|island)[’']s\s(?P<owned>[A-Z][\w’-]*(?:\s[A-Z][\w’-]*)"
    r"{0,3})\s(?P<kind2>area|district|quarter|suburb|neighbourhood|neighborhood)),"
)
_SET_OFF_AREA_CUE = {
    "it": (),
    "en": tuple(
        f" {kind}{end}"
        for kind in ("area", "district", "quarter", "suburb", "neighbourhood", "neighborhood")
        for end in (" of ", ",")
    ),
}


def _set_off_area(s: Sentence, doc: Document) -> Candidate | None:
    """'The forge, in the Attercliffe area of the city, makes ...' -> 'In which area of the
    city is the forge?' -> 'Attercliffe'."""
    if doc.language != "en":
        return None
    text = s.text
    m = _SET_OFF_AREA.search(text)
    if m is None:
        return None
    subject = _opening_subject(text[: m.start()], doc)
    if subject is None:
        return None
    if m.group("place"):
        answer, kind, of = m.group("place"), m.group("kind"), m.group("of")
    else:
        answer, kind, of = m.group("owned"), m.group("kind2"), f"the {m.group('owner')}"
    if answer.lower() in WHEN_WORDS or answer.lower() in subject.lower():
        return None
    last = subject.split()[-1]
    be = "are" if last.endswith("s") and not last.endswith("ss") else "is"
    question = f"In which {kind} of {of} {be} {subject}?"
    return entity_card(s, answer, question, f"{subject} place", score=0.78, answer_type="city")


# Where a named event is or was held, said after its name: "she won a silver medal at the Winter
# Youth Olympic Games in Gangwon, South Korea" -> "Where were the Winter Youth Olympic Games
# held?"; "will represent Scotland at the World Curling Championship in Halifax" -> "Where will
# the World Curling Championship be held?". The tense is the clause's: a verb in the past, or
# "will" / "would" before the event; none, and no question.
_EVENT_HEADS = (
    "Championship",
    "Championships",
    "Games",
    "Olympics",
    "Paralympics",
    "Cup",
    "Festival",
    "Summit",
    "Conference",
    "Expo",
    "Congress",
)
_PLURAL_EVENTS = frozenset(["Championships", "Games", "Olympics", "Paralympics"])
_EVENT_AT = re.compile(
    r"\b(?:at|in|to|for)\sthe\s(?P<event>(?:\d{4}\s)?(?:[A-Z][\w’-]*\s){0,5}(?P<head>"
    + "|".join(_EVENT_HEADS)
    + r"))\sin\s(?P<place>[A-Z])"
)
_EVENT_CUE = {"it": (), "en": tuple(f" {head} in " for head in _EVENT_HEADS)}
# A region after the town, then the sentence goes on: "in Halifax, Nova Scotia, from 14 March".
_REGION_AFTER = re.compile(
    r",\s(?P<region>[A-Z][\w’-]*(?:\s[A-Z][\w’-]*){0,2})(?=[,.;]|$|\s(?:from|on|in|last|this|next)\s)"
)
_FUTURE_WORDS = frozenset("will would".split())
_YEAR = re.compile(r"\b(?:in|In)\s(?P<year>1[89]\d\d|20\d\d)\b")


def _event_tense(before: str) -> str | None:
    """'will' when the clause before the event says it is to come, 'past' when its verb is a
    past tense ('won', 'competed'), None otherwise ('is the host of')."""
    words = re.findall(r"[a-z]+", re.split(r"[,;:]", before)[-1])  # the clause's own words
    if not _FUTURE_WORDS.isdisjoint(words):
        return "will"
    past = any(w in EN_PAST or (w.endswith("ed") and is_finite(w, "en")) for w in words)
    return "past" if past else None


def _named_place(text: str, start: int) -> str | None:
    """The place named at `start`, with the region set off after it ('Gangwon, South Korea');
    None for a time ('in May') or a name that owns what follows ('Frascati’s')."""
    place = NAME_RUN.match(text, start)
    if place is None:
        return None
    answer = place.group(0).strip()
    if answer.lower() in WHEN_WORDS or text.startswith(("'s ", "’s "), place.end()):
        return None
    region = _REGION_AFTER.match(text, place.end())
    if region is not None and region.group("region").lower() not in WHEN_WORDS:
        answer = f"{answer}, {region.group('region')}"
    return answer


def _event_place(s: Sentence, doc: Document) -> Candidate | None:
    """'... won a silver medal at the Winter Youth Olympic Games in Gangwon, South Korea' ->
    'Where were the Winter Youth Olympic Games held?' -> 'Gangwon, South Korea'; the year the
    sentence gives goes into the question ('held in 2024')."""
    if doc.language != "en":
        return None
    text = s.text
    m = _EVENT_AT.search(text)
    if m is None:
        return None
    answer = _named_place(text, m.start("place"))
    if answer is None:
        return None
    tense = _event_tense(text[: m.start()])
    event = m.group("event")
    if tense is None or event.split()[0] in STOPWORDS["en"]:
        return None
    years = {y.group("year") for y in _YEAR.finditer(text)}
    when = f" in {years.pop()}" if len(years) == 1 and not event[:1].isdigit() else ""
    subject = f"the {event}"
    if tense == "will":
        question = f"Where will {subject} be held{when}?"
    else:
        were = "were" if m.group("head") in _PLURAL_EVENTS else "was"
        question = f"Where {were} {subject} held{when}?"
    return entity_card(s, answer, question, f"{event} place", score=0.76, answer_type="city")


# Where a thing is to be built or set up, said by its builder's future deed: "The council will
# build a car park at Brampton" -> "Where will the council build a car park?"; "Il Comune
# realizzerà una rotatoria a Pontetetto" -> "Dove realizzerà una rotatoria il Comune?".
_BUILDS = {
    "en": re.compile(
        r"\s(?P<modal>will|would)\s(?:also\s|now\s)?(?P<verb>build|open|add|install|create"
        r"|construct|plant|set up)\s"
        r"(?P<object>(?:a|an|two|three|four|its|their|new)\s[^,;:()]{2,50}?)\s(?:at|in)\s(?:the\s)?(?P<place>[A-Z])"
    ),
    "it": re.compile(
        r"\s(?P<verb>costruirà|realizzerà|aprirà|installerà|creerà|costruiranno|realizzeranno"
        r"|apriranno|installeranno)\s(?P<object>(?:un|uno|una|un’|due|tre|quattro|nuov[oaie])"
        r"\s?[^,;:()]{2,50}?)\s(?:a|ad|in)\s(?P<place>[A-ZÀ-Ý])"
    ),
}
_BUILDS_CUE = {
    "en": tuple(
        f"{modal} {verb} "
        for modal in ("will", "would")
        for verb in ("build", "open", "add", "install", "create", "construct", "plant", "set up")
    ),
    "it": (
        "costruirà ",
        "realizzerà ",
        "aprirà ",
        "installerà ",
        "creerà ",
        "costruiranno ",
        "realizzeranno ",
        "apriranno ",
        "installeranno ",
    ),
}
# What may follow the place: the clause's end or a time.
_BUILT_PLACE_END = re.compile(
    r"(?:[,;.]|$|\s(?:next|this|by|in|within|from|entro|nel|nei|dal|dalla|il|l’anno)\b)"
)


def _builds_at(s: Sentence, doc: Document) -> Candidate | None:
    """'The council will build a car park at Brampton' -> 'Where will the council build a car
    park?' -> 'Brampton'; the subject is the sentence's, right before the verb."""
    language = doc.language
    text = s.text
    m = _BUILDS[language].search(text)
    if m is None:
        return None
    place = NAME_RUN.match(text, m.start("place"))
    if place is None or not _BUILT_PLACE_END.match(text, place.end()):
        return None
    answer = place.group(0).strip()
    if answer.lower() in WHEN_WORDS or text.startswith(("'s ", "’s "), place.end()):
        return None
    subject = _event_subject(text, m.start(), doc)
    first = text.split(" ", 1)[0]
    if subject and first.lower() not in ARTICLES[language] and not first.startswith("L’"):
        subject = first + subject[len(first) :]  # "Dutch chipmaker X": no article to lower
    obj = m.group("object").strip()
    if subject is None or any(w[:1].isupper() for w in obj.split()) or answer in subject:
        return None
    if language == "it":
        question = f"Dove {m.group('verb')} {obj} {subject}?"
    else:
        question = f"Where {m.group('modal')} {subject} {m.group('verb')} {obj}?"
    return entity_card(s, answer, question, f"{subject} site", score=0.76, answer_type="city")


# The seat of a body's office or of its headquarters, said in a "whose" clause: "The European
# Space Agency (ESA), whose Planetary Defence Office is based in Frascati, Italy, ..." -> "Where
# is the European Space Agency’s Planetary Defence Office based?"; "Kestrel, whose headquarters
# are in Lyon, ..." -> "Where is Kestrel headquartered?".
_WHOSE_SEAT = re.compile(
    r"(?P<owner>(?:[A-Z][\w’&-]*(?:\s(?:of|for|and|the)\s|\s))*[A-Z][\w’&-]*)"
    r"(?:\s\([A-Z][A-Za-z]+\))?,\swhose\s(?P<part>headquarters|head office|(?:[A-Z][\w’-]*\s){1,5})"
    r"\s?(?:is|are)\s(?:based\s|located\s)?in\s(?P<place>[A-Z])"
)
_WHOSE_SEAT_CUE = {"it": (), "en": (", whose ",)}


def _whose_seat(s: Sentence, doc: Document) -> Candidate | None:
    """'ESA, whose Planetary Defence Office is based in Frascati, Italy' -> 'Where is ESA’s
    Planetary Defence Office based?' -> 'Frascati, Italy'."""
    if doc.language != "en":
        return None
    text = s.text
    m = _WHOSE_SEAT.search(text)
    if m is None:
        return None
    answer = _named_place(text, m.start("place"))
    if answer is None:
        return None
    owner, part = m.group("owner"), m.group("part").strip()
    if doc.person(owner) is not None:
        return None
    start = m.start("owner")
    if owner.startswith("The ") and start == 0 or text[max(0, start - 4) : start] == "the ":
        owner = "the " + owner.removeprefix("The ")
    if part in {"headquarters", "head office"}:
        question = QUESTION["en"].format(subject=owner, verb="headquartered")
    else:
        question = f"Where is {owner}’s {part} based?"
    return entity_card(s, answer, question, f"{owner} seat", score=0.8, answer_type="city")


# Where people came from, said by "provenienti da" after them: "fondata da coloni greci
# provenienti da Sibari" -> "Da dove provenivano i coloni greci?"; "turisti provenienti da
# Milano" in the present -> "Da dove provengono i turisti?".
_COMING_FROM = re.compile(
    r"(?:^|\s)(?:(?P<article>i|gli|le|dei|degli|delle|dai|dagli|dalle|ai|agli|alle)\s)?"
    r"(?P<noun>[a-zà-ù]{3,}[ie])(?P<adjective>\s[a-zà-ù]{3,}[ie])?\sprovenienti\s"
    r"(?:da|dalla|dal|dall’)\s?(?P<place>[A-ZÀ-Ý])"
)
_COMING_CUE = {"it": (" provenienti da", " provenienti dal"), "en": ()}
# What may follow the place: the clause's end, "e" and another place, a preposition.
_COMING_END = re.compile(
    r"[,.;:)]|$|\s(?:e|ed|con|nel|nella|nei|nelle|per|verso|che|a|in|tra|fra)\s|\s[A-ZÀ-Ý0-9]"
)
_IT_PAST = re.compile(
    r"\b(?:fu|furono|era|erano|fondat[oaie]|[a-zà-ù]+(?:ò|arono|erono|irono|avano|evano))\b"
    r"|\b(?:ha|hanno|è|sono)\s(?:stat[oaie]\s)?[a-zà-ù]+(?:at|ut|it)[oaie]\b",
    re.IGNORECASE,
)
# Words of a sum, whose "provenienti da" names a giver: "2,1 milioni provenienti dal Pnrr".
_SUM_WORDS = frozenset("milioni miliardi mila euro dollari sterline".split())
# A founding by the people who came from a place: "fondata ... da | coloni greci provenienti".
_FOUNDED_BY = re.compile(r"\b[Ff]ondat[oaie]\b[^,;]*\sda\s(?:\S+\s){0,1}$")
# A second place joined to the first: "provenienti da Milano | e Torino".
_AND_PLACE = re.compile(r"\se\s(?=[A-ZÀ-Ý])")


def _plural_article(noun: str) -> str:
    """'i coloni', 'gli studenti', 'le donne': the article of an Italian plural noun."""
    if noun.endswith("e"):
        return "le"
    vowel_or_cluster = noun[:1] in "aeiouàèéìòù" or noun.startswith(("s", "z", "gn", "ps", "x"))
    impure = noun.startswith("s") and noun[1:2] not in "aeiouàèéìòù"
    return "gli" if vowel_or_cluster and (noun[:1] != "s" or impure) else "i"


def _coming_from(s: Sentence, doc: Document) -> Candidate | None:
    """'... da coloni greci provenienti da Sibari' -> 'Da dove provenivano i coloni greci?'."""
    if doc.language != "it":
        return None
    text = s.text
    m = _COMING_FROM.search(text)
    if m is None:
        return None
    noun = m.group("noun")
    if noun in STOPWORDS["it"] or is_participle(noun, "it") or is_finite(noun, "it"):
        return None
    if noun in _SUM_WORDS:
        return None  # "2,1 milioni provenienti dal Pnrr": money, which comes from no place
    place = NAME_RUN.match(text, m.start("place"))
    after = text[place.end() :].split(None, 1) if place is not None else []
    verb_after = bool(after) and is_finite(after[0], "it")  # "dalla Calabria | sono dodici"
    if place is None or not (verb_after or _COMING_END.match(text, place.end())):
        return None  # "dal Piano | nazionale di ripresa": the name goes on in small letters
    if re.search(r"\s(?:e|ed)\s$", text[: m.start("noun")]):
        return None  # "studenti e docenti provenienti da": the phrase is both
    answer = place.group(0).split(",")[0].strip()
    joined = _AND_PLACE.match(text, place.end())
    second = NAME_RUN.match(text, joined.end()) if joined is not None else None
    if second is not None:
        answer = f"{answer} e {second.group(0).strip()}"  # "da Milano e Torino": both
    if answer.lower() in WHEN_WORDS:
        return None
    phrase = noun + (m.group("adjective") or "")
    subject = f"{_plural_article(noun)} {phrase}"
    founded = _FOUNDED_BY.search(text, 0, m.start("noun"))
    if founded is not None and s.entry is not None:
        # "Paestum ... fu fondata da coloni greci provenienti da Sibari": which colonists
        subject = f"{subject} che fondarono {s.entry.phrase}"
    elif founded is not None:
        return None  # "i coloni greci" founded what, the question would not say
    verb = "provenivano" if _IT_PAST.search(text) else "provengono"
    question = f"Da dove {verb} {subject}?"
    return entity_card(s, answer, question, f"{phrase} origin", score=0.74, answer_type="city")


# Where a person is from, said with an age as news reports do: "Anna Reid, 34, from Nairn",
# "58-year-old Tom Hale from Dereham", "Chiara Neri, 24 anni, di Rieti".
_FROM = {
    "it": re.compile(r"^,\s+\d{1,2}\s+anni,\s+(?:di|da)\s+(?=[A-ZÀ-Ý])"),
    "en": re.compile(r"^(?:,\s+\d{1,2},)?\s+(?:from|of)\s+(?=[A-Z])"),
}
_FROM_CUE = {
    "it": (" anni, di ", " anni, da ", " residente ", " che vive "),
    "en": (" from ", ", of ", " who lives in "),
}
# Where a person lives, set off after the name: "Davide Neri, 52 anni, originario di Bari ma
# residente da tempo a Lodi" -> "Dove risiede Davide Neri?"; "Sam Hale, 40, who lives in
# Ripon" -> "Where does Sam Hale live?".
_RESIDENT = {
    "it": re.compile(
        r"^,\s+(?:\d{1,2}\s+anni,\s+)?(?:[^,;:.()]{0,40}?\s)?(?:residente|che\s+vive)"
        r"\s+(?:(?:da\s+(?:tempo|anni|sempre))\s+)?(?:a|ad|in)\s+(?=[A-ZÀ-Ý])"
    ),
    "en": re.compile(r"^,\s+(?:\d{1,2},\s+)?who\s+lives\s+in\s+(?=[A-Z])"),
}
_RESIDENT_QUESTION = {"it": "Dove risiede {name}?", "en": "Where does {name} live?"}
_FROM_QUESTION = {"it": "Di dove è {name}?", "en": "Where is {name} from?"}
_AGED_BEFORE = re.compile(r"\b\d{1,2}-year-old\s[^,;:]{0,40}$")
# Where a name run ends a place, not a body's name or a longer phrase: "from Dereham, had".
_PLACE_END = re.compile(r"\s*(?:[,;.:)]|$|\s(?:and|e|who|che|said|ha|has|had|was|is)\b)")
_BODY_WORDS_OF_PLACE = frozenset(
    """university council club school college hospital trust company group society united
    city fc rovers athletic police museum bank party ltd plc università comune scuola ospedale
    società gruppo associazione calcio""".split()
)


def _hometown(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'Anna Reid, 34, from Nairn' -> 'Where is Anna Reid from?'; a name with no age set off
    after it counts when an age stands before it ('58-year-old Tom Hale from Dereham')."""
    language = doc.language
    text = s.text
    for _start, end, name in people_in(text, doc):
        m = _FROM[language].match(text[end:])
        template = _FROM_QUESTION[language]
        if m is None:
            m = _RESIDENT[language].match(text[end:])
            template = _RESIDENT_QUESTION[language]
        if m is None:
            continue
        if "," not in m.group(0) and not _AGED_BEFORE.search(text[:_start]):
            continue  # "Tom Hale from Oxfam": from a body as likely as from a town
        place = NAME_RUN.match(text, end + m.end())
        if place is None or not _PLACE_END.match(text, place.end()):
            continue
        answer = place.group(0).strip()
        words = {w.lower() for w in answer.split()}
        if answer.lower() in WHEN_WORDS or not words.isdisjoint(_BODY_WORDS_OF_PLACE):
            continue
        if doc.person(answer) is not None or answer in name:
            continue
        question = template.format(name=name)
        yield entity_card(s, answer, question, f"{name} home", score=0.76, answer_type="city")


# An institution that stands in one place, named with the town it is in: "the Alfred Wegener
# Institute in Bremerhaven" -> "Where is the Alfred Wegener Institute?". Italian writes the
# town into the name ("Museo Egizio di Torino").
_SITED_KINDS = (
    "Institute",
    "University",
    "Museum",
    "Hospital",
    "Observatory",
    "Laboratory",
    "Library",
    "Gallery",
    "Cathedral",
)
_SITED_CUE = {"it": (), "en": tuple(f"{kind} in " for kind in _SITED_KINDS)}
_SITED = re.compile(
    r"(?:(?<=\s)|^)(?P<the>[Tt]he\s+)?(?P<name>(?:[A-Z][\w’-]*\s+){1,5}(?:"
    + "|".join(_SITED_KINDS)
    + r"))\s+in\s+(?P<place>[A-Z])"
)


def _sited(s: Sentence) -> Iterator[Candidate]:
    for m in _SITED.finditer(s.text):
        place = NAME_RUN.match(s.text, m.start("place"))
        if place is None:
            continue
        answer = place.group(0).split(",")[0].strip()
        if answer.lower() in WHEN_WORDS:
            continue  # "the Science Museum in March": when, not where
        name = m.group("name")
        if name.split()[0] in STOPWORDS["en"] or name.split()[0].lower() in ARTICLES["en"]:
            continue
        subject = f"the {name}" if m.group("the") else name  # "Withybush General Hospital"
        yield entity_card(
            s, answer, f"Where is {subject}?", f"{subject} place", score=0.7, answer_type="city"
        )


# A seat said by a compound adjective, its place first: "Hamburg-based Nordkap Shipping", "the
# Paris-based research firm Kestrel Insight", "Nordlight Tidal, the Lerwick-based company that
# ..." -> "Where is Nordkap Shipping based?". The body is the name the adjective's noun phrase
# runs on to, or the name the phrase is set off after. (Italian says it with "con sede a",
# which the seat rule above reads.)
_COMPOUND_SEAT = re.compile(
    r"(?<![\w’-])(?P<place>[A-Z][\w’]*(?: [A-Z][\w’]*)*)-(?P<verb>based|headquartered)\s"
)
_COMPOUND_CUE = {"it": (), "en": ("-based ", "-headquartered ")}
_SET_OFF_BEFORE = re.compile(r",\s(?:the|a|an)\s$")
MAX_NOUNS = 3  # "the Paris-based | research firm | Kestrel Insight"


def _based(s: Sentence, doc: Document) -> Iterator[Candidate]:
    text = s.text
    for m in _COMPOUND_SEAT.finditer(text):
        words = m.group("place").split()
        while words and words[0].lower() in STOPWORDS["en"]:
            words.pop(0)  # "The | New York-based": the sentence's first word, no part of it
        if not words or words[0].lower() in WHEN_WORDS:
            continue
        place = " ".join(words)
        body = _body_after(text, m.end()) or _body_before(text, m.start())
        if body is None or body == place or body in place:
            continue
        question = f"Where is {body} {m.group('verb')}?"
        yield entity_card(s, place, question, f"{body} seat", score=0.8, answer_type="city")


def _body_after(text: str, at: int) -> str | None:
    """The name the compound's noun phrase runs on to: '| research firm Kestrel Insight',
    '| Nordkap Shipping'; nouns only between (no verb: 'the Leeds-based company | said')."""
    words = 0
    while words <= MAX_NOUNS:
        run = NAME_RUN.match(text, at)
        if run is not None:
            return run.group(0)
        word = re.match(r"([a-z][\w-]*)\s", text[at:])
        if word is None:
            return None
        low = word.group(1)
        if low in STOPWORDS["en"] or is_finite(low, "en") or is_participle(low, "en"):
            return None
        at += word.end()
        words += 1
    return None


def _body_before(text: str, start: int) -> str | None:
    """The name a compound's noun phrase is set off after: 'Nordlight Tidal, the | Lerwick-based
    company'."""
    lead = _SET_OFF_BEFORE.search(text, 0, start)
    if lead is None:
        return None
    found = [m for m in NAME_RUN.finditer(text, 0, lead.start()) if m.end() == lead.start()]
    if not found:
        return None
    name = found[-1].group(0)
    return None if name.split()[0] in STOPWORDS["en"] else name


# The river a place is crossed by or stands on: "Faenza è un comune in provincia di Ravenna,
# in Emilia-Romagna, attraversato dal fiume Lamone" -> "Quale fiume attraversa Faenza?" (with
# no phrase set off before the participle, kinds.py asks it), "Dresden is the capital of
# Saxony and lies on the River Elbe" -> "On which river does Dresden lie?". The place is the
# subject a sentence defines (Italian) or opens with.
_CROSSED = {
    "it": re.compile(
        r"[\s,]\s?attraversat(?P<end>[oa])\s(?:dal|dallo)\s(?P<kind>fiume|torrente)\s"
        r"(?P<river>[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"\s(?:and\s)?(?P<verb>lies|stands|sits)\son\sthe\s(?P<river>River\s[A-Z]|[A-Z]\w+\sRiver)"
    ),
}
_CROSSED_CUE = {"it": (" dal fiume ", " dal torrente "), "en": ("on the River ", " River ")}
_EN_BASE = {"lies": "lie", "stands": "stand", "sits": "sit"}
# Where a river ends: "Il Cervaro è un torrente ... che nasce sui monti dell’Irpinia e sfocia
# nel golfo di Manfredonia" -> "Dove sfocia il Cervaro?", "The River Piddle ... flows for 40
# kilometres into Poole Harbour" -> "What does the River Piddle flow into?". The answer is a
# name, or a name after its kind ("golfo di Manfredonia", "mare Adriatico").
_MOUTH = {
    "it": re.compile(
        r"\s(?P<verb>sfocia|sfociano|confluisce|confluiscono)\s(?:nel|nella|nello|in|nell’)\s?"
        r"(?P<place>(?:(?:golfo|mare|lago|fiume|oceano|laguna)\s(?:di\s|del\s)?)?[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"\s(?P<verb>flows|flow|empties|drains)(?P<gap>\s[^,;:]{1,40}?)?\sinto\s(?:the\s)?"
        r"(?P<place>[A-Z])"
    ),
}
_MOUTH_CUE = {"it": ("sfoci", "confluisc"), "en": (" into ",)}
_EN_MOUTH_VERB = {"flows": "flow", "flow": "flow", "empties": "empty", "drains": "drain"}
# Verbs a river's description goes on with, before where it ends: "nasce ... e sfocia".
_RIVER_VERBS = frozenset(
    "nasce nascono scorre scorrono attraversa attraversano rises rise runs run flows flow".split()
)


def _opening_name(text: str, language: str) -> tuple[str, int] | None:
    """(name, end) of the name a sentence opens with, its article kept ('Il Cervaro', 'The
    River Piddle'), when a verb follows it."""
    m = re.match(r"(?:(?:Il|Lo|La|I|Gli|Le|The)\s+|L’)?", text)
    at = m.end() if m else 0
    run = NAME_RUN.match(text, at)
    if run is None or len(run.group(0).split()) > 5:
        return None
    if text[: run.end()].split()[0].lower() in STOPWORDS[language] and at == 0:
        return None  # "In Gran Bretagna": a preposition, no name
    return lower_first(text[: run.end()]), run.end()


def _defining_predicate(between: str, language: str) -> bool:
    """Whether the words after a sentence's subject, up to a river's verb, only say what the
    subject is and how the river runs ('è un torrente lungo 80 chilometri che nasce sui monti
    dell’Irpinia, e'): a defining copula, then no finite verb but a river's, no other relative
    than the one of the defined noun."""
    words = between.replace(",", " ").replace(":", " ").split()
    if not words:
        return True
    if words[0] not in {"è", "is", "was", "era"}:
        return words[0] in _RIVER_VERBS
    if len(words) < 2 or words[1] not in {"un", "uno", "una", "a", "an", "il", "the"}:
        return False
    relatives = sum(w in {"che", "which", "that"} for w in words)
    others = [w for w in words[2:] if w not in _RIVER_VERBS and is_finite(w, language)]
    return relatives <= 1 and not others


def _river_of(s: Sentence, doc: Document) -> Candidate | None:
    """'Faenza è un comune ..., attraversato dal fiume Lamone' -> 'Quale fiume attraversa
    Faenza?'; 'Dresden ... lies on the River Elbe' -> 'On which river does Dresden lie?'."""
    language = doc.language
    m = _CROSSED[language].search(s.text)
    if m is None:
        return None
    river = NAME_RUN.match(s.text, m.start("river"))
    if river is None:
        return None
    answer = river.group(0).split(",")[0].strip()
    if language == "it":
        cut = s.text.find(",")
        if cut < 0 or cut > m.start():
            return None  # no phrase set off between: kinds.py asks it
        defined = _defined_subject(s.text, cut, doc)
        if defined is None or not _agrees(s.text, m.group("end")):
            return None
        subject = defined[0]
        between = s.text[cut : m.start()]
        if any(is_finite(w, language) or w in {"che", "cui"} for w in between.split()):
            return None  # "..., dove sorge la valle, attraversata": the valley's river
        question = f"Quale {m.group('kind')} attraversa {subject}?"
    else:
        opening = _opening_name(s.text, language)
        if opening is None:
            return None
        subject, end = opening
        between = s.text[end : m.start()].replace(" and", "")
        if not _defining_predicate(between, language):
            return None
        question = f"On which river does {subject} {_EN_BASE[m.group('verb')]}?"
    if answer.lower() in subject.lower():
        return None
    accept = (f"{m.group('kind')} {answer}",) if language == "it" else ()
    return entity_card(
        s, answer, question, f"{subject} river", score=0.76, answer_type="thing", accept=accept
    )


_GENDER_OF = {"un": "o", "uno": "o", "una": "a", "un’": "a"}


def _agrees(text: str, end: str) -> bool:
    """Whether an Italian participle's ending agrees with the noun the sentence defines its
    subject as ('è un comune ... | attraversato')."""
    m = re.search(r"\s(?:è|era)\s(un’|una|uno|un)\b", text)
    return m is not None and _GENDER_OF[m.group(1)] == end


def _mouth(s: Sentence, doc: Document) -> Candidate | None:
    """'Il Cervaro è un torrente ... e sfocia nel golfo di Manfredonia' -> 'Dove sfocia il
    Cervaro?'; 'The River Piddle ... flows into Poole Harbour' -> 'What does the River Piddle
    flow into?'."""
    language = doc.language
    m = _MOUTH[language].search(s.text)
    opening = _opening_name(s.text, language) if m is not None else None
    if m is None or opening is None:
        return None
    subject, end = opening
    between = s.text[end : m.start()]
    between = re.sub(r"\s(?:e|ed|and)$", "", between.rstrip(" ,"))
    if not _defining_predicate(between.strip(), language):
        return None
    gap = (m.group("gap") or "") if language == "en" else ""
    if gap and any(is_finite(w, language) for w in gap.split()):
        return None
    at = m.start("place")
    kind = re.match(r"[a-z]+\s(?:di\s|del\s)?", s.text[at:])
    place = NAME_RUN.match(s.text, at + (kind.end() if kind else 0))
    if place is None:
        return None
    answer = s.text[at : place.end()].split(",")[0].strip()
    if answer.lower() in subject.lower() or answer.lower() in WHEN_WORDS:
        return None
    if language == "it":
        question = f"Dove {m.group('verb')} {subject}?"
    else:
        question = f"What does {subject} {_EN_MOUTH_VERB[m.group('verb')]} into?"
    return entity_card(s, answer, question, f"{subject} mouth", score=0.76, answer_type="thing")


# The area a defined place lies in, by the area's kind: "Cefalù è un comune della città
# metropolitana di Palermo" -> "In quale città metropolitana si trova Cefalù?" -> "Palermo";
# "Oban is a resort town within the Argyll and Bute council area" -> "In which council area is
# Oban?" -> "Argyll and Bute"; "Aviemore is a town within the Cairngorms National Park".
_AREA_OF = {
    "it": re.compile(
        r"\s(?:del|della|nel|nella|in)\s(?P<kind>comune|provincia|città metropolitana|regione"
        r"|valle|isola)\s(?:di\s|d’)(?P<place>[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"\s(?:in|within)\sthe\s(?P<place>[A-Z][^\s,;:]*(?:\s(?:and\s|of\s)?[A-Z][^\s,;:]*){0,4})"
        r"(?:\s(?P<kind>council area|district|county|unitary authority)|(?<=National Park))\b"
    ),
}
_AREA_OF_CUE = {
    "it": tuple(
        f" {p} {kind} d"
        for p in ("del", "della", "nel", "nella", "in")
        for kind in ("comune", "provincia", "città metropolitana", "regione", "valle", "isola")
    ),
    "en": (" council area", " district", " county", " unitary authority", " National Park"),
}
_DEFINING_OPENING = {
    "it": re.compile(r"\s(?:è|era)\s(?:un|uno|una|un’)(?:\s|(?<=’))"),
    "en": re.compile(r"\s(?:is|was)\s(?:a|an)\s"),
}


def _defined_before(text: str, at: int, language: str, most: int) -> str | None:
    """The name a sentence opens with when what comes before offset `at` only says what it is
    ('Cefalù | è un comune | della ...'): at most `most` words, no comma, no other verb, no
    relative."""
    opening = _opening_name(text, language)
    if opening is None:
        return None
    subject, end = opening
    between = text[end:at]
    defining = _DEFINING_OPENING[language].match(between)
    if defining is None or len(between.split()) > most or any(ch in between for ch in ",;:()"):
        return None
    rest = between[defining.end() :].split()
    if any(is_finite(w, language) or w in RELATIVE_WORDS[language] for w in rest):
        return None
    return subject


def _area_of(s: Sentence, doc: Document) -> Candidate | None:
    """'Cefalù è un comune della città metropolitana di Palermo' -> 'In quale città
    metropolitana si trova Cefalù?'; 'Oban is a town within the Argyll and Bute council area'
    -> 'In which council area is Oban?'. The sentence opens with a name and says what it is:
    no comma, no other verb, no relative between."""
    language = doc.language
    m = _AREA_OF[language].search(s.text)
    subject = _defined_before(s.text, m.start(), language, 7) if m is not None else None
    if m is None or subject is None:
        return None
    place = NAME_RUN.match(s.text, m.start("place"))
    if place is None:
        return None
    answer = (place.group(0) if language == "it" else m.group("place")).split(",")[0].strip()
    if _LIST_AFTER.match(s.text, m.start("place") + len(answer)) and language == "it":
        return None
    if answer.lower() in subject.lower():
        return None
    if language == "it":
        question = f"In quale {m.group('kind')} si trova {subject}?"
    else:
        kind = m.group("kind") or "national park"
        question = f"In which {kind} is {subject}?"
    return entity_card(s, answer, question, f"{subject} area", score=0.76, answer_type="city")


# Where two rivers meet, said of a defined place: "York is a city in North Yorkshire at the
# confluence of the rivers Ouse and Foss" -> "At the confluence of which rivers is York?" ->
# "Ouse and Foss"; "Torrevale è un comune alla confluenza tra il Sele e il Tanagro" -> "Alla
# confluenza di quali fiumi si trova Torrevale?".
_CONFLUENCE = {
    "it": re.compile(
        r"\salla confluenza (?:tra|fra|dei fiumi|dei torrenti)\s(?:il\s|l’)?(?P<first>[A-ZÀ-Ý]\w+)"
        r"\se\s(?:il\s|l’)?(?P<second>[A-ZÀ-Ý]\w+)"
    ),
    "en": re.compile(
        r"\sat the confluence of the (?:rivers|River)\s(?P<first>[A-Z]\w+)\sand\s(?:the\s)?"
        r"(?:River\s)?(?P<second>[A-Z]\w+)"
    ),
}
_CONFLUENCE_CUE = {"it": (" alla confluenza ",), "en": (" at the confluence of ",)}


def _confluence(s: Sentence, doc: Document) -> Candidate | None:
    """'York is a city ... at the confluence of the rivers Ouse and Foss' -> 'At the confluence
    of which rivers is York?' -> 'Ouse and Foss'."""
    language = doc.language
    m = _CONFLUENCE[language].search(s.text)
    subject = _defined_before(s.text, m.start(), language, 9) if m is not None else None
    if m is None or subject is None:
        return None
    if language == "it":
        answer = f"{m.group('first')} e {m.group('second')}"
        question = f"Alla confluenza di quali fiumi si trova {subject}?"
    else:
        answer = f"{m.group('first')} and {m.group('second')}"
        question = f"At the confluence of which rivers is {subject}?"
    return entity_card(s, answer, question, f"{subject} confluence", score=0.76)


# What a river flows through: "The River Clyde flows through Glasgow into the Firth of Clyde"
# -> "What does the River Clyde flow through?" -> "Glasgow". The verb says the subject is a
# river; the answer is the name right after "through".
_THROUGH = re.compile(r"\s(?P<verb>flows|flow|flowed)\sthrough\s(?P<place>[A-Z])")
_THROUGH_CUE = {"it": (), "en": (" through ",)}
_LIST_AFTER = re.compile(r"(?:,\s|\s(?:and|e|ed)\s)[A-ZÀ-Ý]")
_EN_THROUGH_VERB = {"flows": "does", "flow": "do", "flowed": "did"}


def _flows_through(s: Sentence, doc: Document) -> Candidate | None:
    """'The River Clyde flows through Glasgow' -> 'What does the River Clyde flow through?'."""
    language = doc.language
    m = _THROUGH.search(s.text) if language == "en" else None
    opening = _opening_name(s.text, language) if m is not None else None
    if m is None or opening is None:
        return None
    subject, end = opening
    between = re.sub(r"\s(?:and)$", "", s.text[end : m.start()].rstrip(" ,"))
    if not _defining_predicate(between.strip(), language):
        return None
    place = NAME_RUN.match(s.text, m.start("place"))
    if place is None:
        return None
    answer = place.group(0).split(",")[0].strip()
    if answer.lower() in subject.lower() or answer.split()[0].lower() in STOPWORDS[language]:
        return None  # "flows through The ...": an article, "flows through In ...": no name
    if _LIST_AFTER.match(s.text, m.start("place") + len(answer)):
        return None  # "through Oxford, Reading and London": one of a list
    question = f"What {_EN_THROUGH_VERB[m.group('verb')]} {subject} flow through?"
    return entity_card(s, answer, question, f"{subject} through", score=0.76, answer_type="thing")


# The water a town looks out on: "Cefalù è un comune ..., affacciato sul mar Tirreno" -> "Su
# quale mare si affaccia Cefalù?" -> "Tirreno"; "Portavia si affaccia sul lago di Garda"; "Oban
# is a town ... overlooking the Firth of Lorn" -> "What does Oban overlook?". The Italian answer
# is the name after its kind ("mar Tirreno" -> "Tirreno", the kind word accepted with it).
_FACING = {
    "it": re.compile(
        r"(?:[\s,]\s?affacciat(?P<end>[oa])|\s(?P<verb>si affaccia))\s(?:sul|sulla|sullo|sull’)"
        r"\s?(?P<kind>mar|mare|lago|golfo|laguna|baia|fiume|oceano)\s(?:di\s|del\s|dei\s)?"
        r"(?P<place>[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"(?:,\s(?P<participle>overlooking)|\s(?P<verb>overlooks))\s(?:the\s)?(?P<place>[A-Z])"
    ),
}
_FACING_CUE = {"it": ("affaccia",), "en": (" overlook",)}
_IT_KIND_NOUN = {"mar": "mare"}


def _facing_subject(s: Sentence, m: re.Match[str], doc: Document) -> str | None:
    """The town a facing clause is said of: the subject a sentence defines before the comma
    ('Cefalù è un comune ..., | affacciato'), or the name it opens with right before the verb
    ('Portavia | si affaccia')."""
    language = doc.language
    if m.group("verb"):
        opening = _opening_name(s.text, language)
        if opening is None or s.text[opening[1] : m.start()].strip():
            return None
        return opening[0]
    cut = s.text.find(",")
    if cut < 0 or cut > m.start() + 1:
        return None
    defined = _defined_subject(s.text, cut, doc)
    if defined is None:
        return None
    between = s.text[cut : m.start()]
    if any(is_finite(w, language) or w in {"che", "cui", "which", "that"} for w in between.split()):
        return None  # "..., where the castle stands, overlooking": the castle's view
    if language == "it" and not _agrees(s.text, m.group("end")):
        return None
    return defined[0]


def _facing(s: Sentence, doc: Document) -> Candidate | None:
    """'Cefalù è un comune ..., affacciato sul mar Tirreno' -> 'Su quale mare si affaccia
    Cefalù?'; 'Oban is a town ..., overlooking the Firth of Lorn' -> 'What does Oban
    overlook?'."""
    language = doc.language
    m = _FACING[language].search(s.text)
    if m is None:
        return None
    place = NAME_RUN.match(s.text, m.start("place"))
    if place is None:
        return None
    answer = place.group(0).split(",")[0].strip()
    if _LIST_AFTER.match(s.text, m.start("place") + len(answer)):
        return None  # "sul mar Tirreno e Ionio", "overlooking Mull, Lismore and ...": a list
    subject = _facing_subject(s, m, doc)
    if subject is None or answer.lower() in subject.lower():
        return None
    if language == "it":
        kind = _IT_KIND_NOUN.get(m.group("kind"), m.group("kind"))
        question = f"Su quale {kind} si affaccia {subject}?"
        accept: tuple[str, ...] = (s.text[m.start("kind") : place.end()].split(",")[0].strip(),)
    else:
        question = f"What does {subject} overlook?"
        accept = ()
    return entity_card(
        s, answer, question, f"{subject} facing", score=0.76, answer_type="thing", accept=accept
    )


# Where a side plays at home: "Il Petrarca disputa le partite casalinghe allo stadio
# Plebiscito" -> "Dove disputa le partite casalinghe il Petrarca?", "Leeds Rhinos play their
# home games at Headingley" -> "Where do Leeds Rhinos play their home games?". The ground is a
# name, or a name after its kind ("stadio Plebiscito").
_HOME = {
    "it": re.compile(
        r"(?P<verb>[Gg]ioca|[Gg]iocano|[Dd]isputa|[Dd]isputano)\s(?P<games>le\s(?:partite|gare)"
        r"\s(?:casalinghe|interne))\s(?:al|allo|alla|all’|a|ad|nel|nello|nella|nell’)\s?"
        r"(?P<place>(?:stadio|palazzetto|palasport|campo|piscina|arena)\s)?(?=[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"(?P<verb>plays|play)\s(?P<games>(?:its|their)\shome\s(?:games|matches))\sat\s"
        r"(?:the\s)?(?P<place>)(?=[A-Z])"
    ),
}
_HOME_CUE = {"it": (" casalinghe ", " interne "), "en": (" home games at ", " home matches at ")}


def _home(s: Sentence, doc: Document) -> Candidate | None:
    """Where the side the sentence opens with (or the entry it is about, the verb first)
    plays its home games."""
    language = doc.language
    m = _HOME[language].search(s.text)
    if m is None:
        return None
    ground = NAME_RUN.match(s.text, m.end())
    if ground is None:
        return None
    answer = ((m.group("place") or "") + ground.group(0)).split(",")[0].strip()
    if m.start() == 0:  # "Disputa le partite casalinghe ...": the entry's
        subject = s.entry.phrase if s.entry is not None else None
    else:
        subject = _event_subject(s.text, m.start(), doc)
    if subject is None or answer.lower() in subject.lower():
        return None
    verb, games = m.group("verb").lower(), m.group("games")
    if language == "it":
        question = f"Dove {verb} {games} {subject}?"
    else:
        does = "does" if verb == "plays" else "do"
        question = f"Where {does} {subject} play {games}?"
    return entity_card(s, answer, question, f"{subject} ground", score=0.78, answer_type="thing")


_MADE, _PLACE, _SEATED, _BIRTH, _SITE, _BASED, _RIVER, _GROUND = 1, 2, 4, 8, 16, 32, 64, 128
_HOMETOWN, _KIND, _MEETING_PLACE, _DEFINED_PLACE, _AREA = 256, 512, 1024, 2048, 4096
_EVENT, _BUILT, _WHOSE, _COMING, _FACES = 8192, 16384, 32768, 65536, 131072
_AREA_IN = 262144
_RULE_CUES = {
    language: {
        **{cue: _MEETING_PLACE for cue in _MEETING_CUE[language]},
        **{cue: _DEFINED_PLACE for cue in _DEFINED_CUE[language]},
        **{cue: _AREA for cue in _SET_OFF_AREA_CUE[language]},
        **{cue: _EVENT for cue in _EVENT_CUE[language]},
        **{cue: _BUILT for cue in _BUILDS_CUE[language]},
        **{cue: _WHOSE for cue in _WHOSE_SEAT_CUE[language]},
        **{cue: _COMING for cue in _COMING_CUE[language]},
        **{cue: _GROUND for cue in _HOME_CUE[language]},
        **{cue: _HOMETOWN for cue in _FROM_CUE[language]},
        **{cue: _KIND for cue in _KIND_CUE[language]},
        **{cue: _RIVER for cue in _CROSSED_CUE[language] + _MOUTH_CUE[language]},
        **{cue: _FACES for cue in _FACING_CUE[language]},
        **{cue: _AREA_IN for cue in _AREA_OF_CUE[language]},
        **{cue: _RIVER for cue in _CONFLUENCE_CUE[language]},
        **{cue: _RIVER for cue in _THROUGH_CUE[language]},
        **{cue: _BASED for cue in _COMPOUND_CUE[language]},
        **{cue: _SITE for cue in _SITED_CUE[language]},
        **{cue: _BIRTH for cue in _BORN_CUE[language]},
        **{cue: _SEATED for cue in _CUE[language]},
        **{cue: _PLACE for cue in _WHERE_CUE[language]},
        **{cue: _MADE for cue in _MADE_CUE[language]},
    }
    for language in ("it", "en")
}


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    pattern = _SEAT[language]
    for k, rules in sorted(_cued(doc.sentences, _RULE_CUES[language]).items()):
        s = doc.sentences[k]
        if rules & _MADE:
            made_in = _made_in(s, doc)
            if made_in is not None:
                yield made_in
        if rules & _PLACE:
            where = _where(s, doc)
            if where is not None:
                yield where
        if rules & _MEETING_PLACE:
            meeting = _meeting(s, doc)
            if meeting is not None:
                yield meeting
        if rules & _BIRTH:
            born = _born(s, doc)
            if born is not None:
                yield born
        if rules & _SITE:
            yield from _sited(s)
        if rules & _KIND:
            kind = _kind_place(s, doc)
            if kind is not None:
                yield kind
        if rules & _HOMETOWN:
            yield from _hometown(s, doc)
        if rules & _COMING:
            coming = _coming_from(s, doc)
            if coming is not None:
                yield coming
        if rules & _WHOSE:
            whose = _whose_seat(s, doc)
            if whose is not None:
                yield whose
        if rules & _BUILT:
            built = _builds_at(s, doc)
            if built is not None:
                yield built
        if rules & _EVENT:
            event = _event_place(s, doc)
            if event is not None:
                yield event
        if rules & _AREA:
            area = _set_off_area(s, doc)
            if area is not None:
                yield area
        if rules & _DEFINED_PLACE:
            defined = _defined_where(s, doc)
            if defined is not None:
                yield defined
        if rules & _BASED:
            yield from _based(s, doc)
        if rules & _GROUND:
            home = _home(s, doc)
            if home is not None:
                yield home
        if rules & _RIVER:
            rivers = (
                _river_of(s, doc),
                _mouth(s, doc),
                _flows_through(s, doc),
                _confluence(s, doc),
            )
            for river in rivers:
                if river is not None:
                    yield river
        if rules & _FACES:
            facing = _facing(s, doc)
            if facing is not None:
                yield facing
        if rules & _AREA_IN:
            area_of = _area_of(s, doc)
            if area_of is not None:
                yield area_of
        if not rules & _SEATED:
            continue
        its = _its_seat(s, doc) or _opening_seat(s, doc) if s.entry is not None else None
        if its is not None:
            yield its
            continue
        text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
        m = pattern.search(text)
        if m is None:
            continue
        place = NAME_RUN.match(text, m.start("place"))
        if place is None:
            continue
        answer = place.group(0).split(",")[0].strip()
        # "..., with its headquarters in Leeds": the seat of the sentence's subject, not of
        # the name before the comma
        lead = bool(m.group("lead")) and not m.group("its")
        subject = _subject(s, text, m.start(), lead, doc, m.group("verb"))
        if subject is None or subject.lower() == answer.lower():
            continue
        verb = "headquartered" if m.group("its") else m.group("verb").split()[-1]
        question = QUESTION[language].format(subject=subject, verb=verb)
        yield entity_card(s, answer, question, f"{subject} seat", score=0.8, answer_type="city")
