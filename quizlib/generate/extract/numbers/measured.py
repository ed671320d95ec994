"""Measures a plain 'X is N units long' does not hold: the magnitude of an earthquake ('un
terremoto di magnitudo 6,5 colpì la valle' -> 'Di che magnitudo era il terremoto che colpì la
valle?'), the temperature a thing is kept or treated at ('The eggs are kept at 12C' -> 'At what
temperature are the eggs kept?'), a change in a unit ('have risen by about 1C' -> 'By how much
have ... risen?'), a dimension 'in length' ('can be up to 400 metres in length' -> 'How long
can the nets be?') and a bound a rule sets ('non può pesare meno di 11 chili' -> 'Quanto deve
pesare come minimo la coscia?')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...chunks import main_verb, tokens
from ...document import Document, Sentence
from ...lexicon import ARTICULATED, STOPWORDS
from ...text import definite_article, lower_first, squash, takes_lo, upper_first
from ...verbs import is_finite, is_participle, lemma
from .amounts import _change_asked, _without_approx_after_by
from .clause import _english_body, _Frame, _frame, _frame_question, _is_copula
from .counts import _verb_like
from .gender import _how_many_it
from .measures import _is_copula_group
from .words import _ANY_NUMBER

# --- magnitude ---------------------------------------------------------------------------

_QUAKES = {
    "it": r"terremoto|sisma|scossa|evento\s+sismico",
    "en": r"earthquake|quake|tremor|aftershock",
}


# "un terremoto di magnitudo 6,5", "la scossa di magnitudo 4.2", "un forte sisma di magnitudo
# 5"; "a magnitude 6.5 earthquake", "a 6.5-magnitude quake", "an earthquake of magnitude 6.5".
_MAGNITUDE = {
    "it": re.compile(
        r"(?<![\w’])(?P<art>[Uu]n|[Uu]na|[Uu]n’|[Ii]l|[Ll]a|[Ll]o|[Ll]’|"
        + "|".join(sorted(ARTICULATED, key=len, reverse=True))
        + r")\s?"
        r"(?P<adj>(?:forte|violent[oa]|nuov[oa]|lieve)\s+)?(?P<noun>" + _QUAKES["it"] + r")"
        r"\s+di\s+magnitudo\s+(?:(?:momento|Richter|locale)\s+)?(?P<num>\d+(?:[,.]\d+)?)"
        r"(?![\d\w])"
    ),
    "en": re.compile(
        r"(?<![\w’'])(?P<art>[Aa]n?|[Tt]he)\s+(?P<adj>(?:strong|powerful|major|deadly|new)\s+)?"
        r"(?:(?:magnitude[- ](?P<before>\d+(?:\.\d+)?)|(?P<compound>\d+(?:\.\d+)?)[- ]magnitude)"
        r"\s+(?P<noun>" + _QUAKES["en"] + r")"
        r"|(?P<noun2>" + _QUAKES["en"] + r")\s+(?:of|with\s+a)\s+magnitude\s+(?:of\s+)?"
        r"(?P<after>\d+(?:\.\d+)?))(?![\d\w])"
    ),
}


# What names one quake among others right after its magnitude: its date or its place ("la
# scossa di magnitudo 6,5| del 30 ottobre 2016", "| ad Amatrice", "| off Sumatra").
_QUAKE_TAIL = {
    "it": re.compile(
        r"\s+(?P<tail>(?:del|dell’)\s+(?:\d{1,2}\s+[a-z]+\s+)?\d{4}"
        r"|(?:a|ad|in|vicino\s+a)\s+[A-Z][\w’]+(?:\s+[A-Z][\w’]+)*)(?![\w’])"
    ),
    "en": re.compile(
        r"\s+(?P<tail>on\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|in\s+\d{4}"
        r"|(?:in|near|off)\s+[A-Z][\w’']+(?:\s+[A-Z][\w’']+)*)(?![\w’'])"
    ),
}


# How many words of a "con epicentro ..." phrase may come between the quake and its verb.
_LONGEST_EPICENTRE = 8


# The words a relative clause of the quake may hold before its clause ends.
_RELATIVE = re.compile(r"[^,;:()«»“”\"]{3,80}?(?=\s*[,;:.]|\s+(?:e|and|ma|but|mentre|while)\s|$)")


def _quake_relative(text: str, end: int, language: str) -> str:
    """The clause the quake is the subject of, right after it ('colpì l’Appennino centrale',
    'struck the region on Monday'), past a 'con epicentro ...' phrase; '' when none follows."""
    rest = text[end:].lstrip()
    words = rest.split()
    if words[:1] in (["che"], ["that"], ["which"]):  # "la scossa ... che| il 13 marzo ..."
        m = _RELATIVE.match(text, len(text) - len(rest) + len(words[0]) + 1)
        return m.group(0).strip() if m else ""
    skip = 0
    if language == "it" and words[:1] == ["con"]:  # "con epicentro tra Norcia e Preci"
        for i, w in enumerate(words[1 : _LONGEST_EPICENTRE + 1], start=1):
            if w.islower() and is_finite(w, "it") and w not in {"e", "è"}:
                skip = i
                break
        else:
            return ""
    if not words[skip:] or not words[skip].islower() or not is_finite(words[skip], language):
        return ""
    if words[skip] in {"e", "è", "is", "was"}:
        return ""  # "è stata avvertita" reads as a clause, "was" a copula: left
    start = len(text) - len(rest) + len(" ".join(words[:skip])) + (1 if skip else 0)
    m = _RELATIVE.match(text, start)
    return m.group(0).strip() if m else ""


def magnitude_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, magnitude, start, end) of each quake a sentence gives the magnitude of."""
    language = doc.language
    text = s.text
    for m in _MAGNITUDE[language].finditer(text):
        group = next(g for g in ("num", "before", "compound", "after") if _group(m, g))
        noun = " ".join((m.group("noun") or m.group("noun2")).split())
        adjective = (m.group("adj") or "").strip()
        named = f"{adjective} {noun}".strip()
        tail = _QUAKE_TAIL[language].match(text, m.end())
        named = f"{named} {tail.group('tail')}" if tail else named
        relative = _quake_relative(text, tail.end() if tail else m.end(), language)
        if language == "it":
            article = ARTICULATED.get(m.group("art").lower(), m.group("art"))
            first = named.split()[0]
            the = (
                definite_article(article, first)
                if article.lower() in {"un", "una", "un’"}
                else article.lower()
            )
            if the == "il" and takes_lo(first):
                the = "lo"
            the_named = f"{the}{'' if the.endswith('’') else ' '}{named}"
            who = f" che {relative}" if relative else ""
            asked = f"Di che magnitudo era {the_named}{who}?"
        else:
            who = f" that {relative}" if relative else ""
            asked = f"What was the magnitude of the {named}{who}?"
        yield squash(asked), m.group(group), m.start(group), m.end(group)


def _group(m: re.Match[str], name: str) -> bool:
    return name in m.re.groupindex and m.group(name) is not None


# --- temperature -------------------------------------------------------------------------

_TEMPERATURE = {
    "en": re.compile(
        r"(?<![\w.,-])(?:minus\s+|-|−)?\d+(?:\.\d+)?"
        r"(?:\s?°\s?[CF]\b|[CF]\b|\s+degrees(?:\s+(?:Celsius|centigrade|Fahrenheit))?\b)"
    ),
    "it": re.compile(
        r"(?<![\w.,-])(?:meno\s+|-|−)?\d+(?:,\d+)?"
        r"(?:\s?°\s?C\b|\s+gradi(?:\s+(?:centigradi|Celsius))?\b)"
    ),
}


# Words that may stand between the preposition and the temperature: "at a steady 12C".
_TEMPERATURE_MODIFIERS = {
    "en": frozenset(
        "a steady constant about around roughly nearly almost some approximately least".split()
    ),
    "it": frozenset("circa quasi almeno oltre una costante".split()),
}


# Verbs whose temperature after "at"/"to" is a level reached, not one a thing is kept or
# treated at: "Temperatures rose to 40C", "La colonnina è salita a 38 gradi".
_LEVEL_VERBS = {
    "en": frozenset(
        """rise fall drop climb reach peak stand hit soar plunge stay remain hover settle level
        top be increase decrease dip sink jump go get""".split()
    ),
    "it": frozenset(
        """salire scendere arrivare giungere toccare raggiungere restare rimanere essere
        crescere calare aumentare diminuire superare sfiorare attestarsi stabilizzare
        portare""".split()
    ),
}


# Words before the preposition that still belong to an English verb group: "have to be| kept
# at", "must be| stored at".
_EN_GROUP_WORDS = frozenset("to be been being".split())


def _english_participle(word: str) -> bool:
    return word.endswith("ed") or (word.isalpha() and lemma(word, "en") != word)


def temperature_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, temperature, start, end) of a temperature a thing is kept or treated at:
    'The eggs have to be kept at a steady 12C' -> 'At what temperature do the eggs have to be
    kept?', 'I tappi vengono sterilizzati a 120 gradi' -> 'A quale temperatura vengono
    sterilizzati i tappi?'."""
    language = doc.language
    text = s.text
    for m in _TEMPERATURE[language].finditer(text):
        frame = _frame(text, m.start(), s, doc)
        if frame is None or not frame.subject or "temperatur" in frame.subject.lower():
            continue
        asked = (
            _italian_temperature(frame)
            if language == "it"
            else _english_temperature(frame, m.group(0))
        )
        if asked is not None:
            yield asked, m.group(0), m.start(), m.end()


def _italian_temperature(frame: _Frame) -> str | None:
    between = [w for w in frame.between if w not in _TEMPERATURE_MODIFIERS["it"]]
    if between[-1:] != ["a"] or not frame.verb:
        return None
    group = between[:-1]  # "viene| cotto a": the participle of the passive
    if len(group) > 1 or not all(is_participle(w, "it") for w in group):
        return None
    frame = replace(frame, verb=(*frame.verb, *group))
    verb = frame.verb[-1].lower()
    if lemma(verb, "it") in _LEVEL_VERBS["it"] or _is_copula(frame, "it"):
        return None
    return _frame_question(frame, "it", "A quale temperatura", "", frame.when)


def _english_temperature(frame: _Frame, answer: str) -> str | None:
    between = list(frame.between)
    while between and between[-1] in _TEMPERATURE_MODIFIERS["en"]:
        between.pop()
    if not between or between[-1] not in {"at", "to"}:
        return None
    group = between[:-1]
    if len(group) > 3 or not all(w in _EN_GROUP_WORDS or _english_participle(w) for w in group):
        return None  # "are placed in tanks at": the temperature of the tanks
    verb = [*frame.verb, *group]
    last = verb[-1].lower()
    base = lemma(last, "en")
    if base in _LEVEL_VERBS["en"] or last in {"is", "are", "was", "were", "be"}:
        return None
    if between[-1] == "to" and not base.endswith(("heat", "cool", "warm", "chill", "freeze")):
        return None  # "cut to 12C": only a verb of heating or cooling reaches a temperature
    subject = frame.subject
    if verb[0].lower() in {"has", "have", "had"} and len(verb) > 1 and verb[1] == "to":
        do = {"has": "does", "have": "do", "had": "did"}[verb[0].lower()]
        body: str | None = f"{do} {subject} {' '.join(verb)}"
    else:
        body = _english_body(replace(frame, verb=tuple(verb)), subject)
    if body is None:
        return None
    lead = "To what temperature" if between[-1] == "to" else "At what temperature"
    return squash(f"{lead} {body} {frame.when}") + "?"


# --- a change in a unit --------------------------------------------------------------------

# A figure in a unit of temperature or length: "1C", "2.5 degrees", "80 centimetres".
_EN_MEASURE = re.compile(
    r"(?<![\w.,-])\d+(?:\.\d+)?(?:\s?°\s?C\b|C\b|\s+degrees(?:\s+Celsius)?\b"
    r"|\s?(?:cm|mm|km)\b|\s+(?:metres|meters|centimetres|centimeters|millimetres|inches|feet"
    r"|kilometres|kilometers|miles|metre|meter|inch|foot|mile)\b)"
)


# English verbs of a change whose measure after "by" is its size.
_EN_CHANGE_VERBS = frozenset(
    """rise fall increase decrease drop grow shrink sink subside raise lower climb decline
    warm cool extend lengthen shorten widen narrow retreat advance move shift reduce cut
    deepen heighten""".split()
)


def change_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, change, start, end) of an English change in a unit of temperature or
    length: 'Sea temperatures have risen by about 1C since the 1980s' -> 'By how much have sea
    temperatures risen since the 1980s?' (Italian asks these as counts of the unit: 'Di
    quanti gradi è salita la temperatura?')."""
    if doc.language != "en" or " by " not in s.text:
        return
    text = s.text
    for m in _EN_MEASURE.finditer(text):
        frame = _frame(text, m.start(), s, doc)
        if frame is None or not frame.subject or not frame.verb:
            continue
        frame = _without_approx_after_by(frame, "en")
        if frame.between != ("by",) or _is_copula(frame, "en"):
            continue
        if lemma(frame.verb[-1].lower(), "en") not in _EN_CHANGE_VERBS:
            continue
        for asked, answer in _change_asked(frame, text, m, "en"):
            if asked:
                yield asked, answer, m.start(), m.end()


# A figure in a unit that a change of a thing's measure is told in: "reduce journey times by
# 12 minutes", "ridurrà le emissioni di 2.100 tonnellate" (an English change in metres or
# tonnes is asked as a count of its unit: "By how many metres did they lower the spire?").
_OBJECT_CHANGE_MEASURE = {
    "en": re.compile(
        r"(?<![\w.,-])(?:\d+(?:[.,]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?:seconds|minutes|hours|days|weeks|months|years)\b"
    ),
    "it": re.compile(
        r"(?<![\w.,-])\d+(?:[.,]\d+)*\s+(?:secondi|minuti|ore|giorni|settimane|mesi|anni|gradi"
        r"|centimetri|metri|chilometri|tonnellate|chili|chilogrammi|quintali|litri|ettari"
        r"|metri\s+cubi|metri\s+quadrati)\b"
    ),
}


# Italian verbs of a change a thing's measure undergoes, the thing their object: "ridurrà le
# emissioni di 2.100 tonnellate", "ha allungato la pista di 300 metri".
_IT_OBJECT_CHANGE_VERBS = frozenset(
    """ridurre aumentare tagliare abbassare alzare allungare accorciare diminuire incrementare
    anticipare posticipare ritardare rinviare prolungare estendere""".split()
)


_EN_OBJECT_CHANGE_VERBS = _EN_CHANGE_VERBS | frozenset("slash trim speed delay".split())


def object_change_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, change, start, end) of a change in a unit of time, weight or size that a verb
    makes to its object: 'The line will reduce journey times by 12 minutes' -> 'By how much
    will the line reduce journey times?', 'Il prolungamento ridurrà le emissioni di 2.100
    tonnellate l’anno' -> 'Di quanto il prolungamento ridurrà le emissioni l’anno?'."""
    language = doc.language
    by = "by" if language == "en" else "di"
    if f" {by} " not in s.text:
        return
    text = s.text
    verbs = _EN_OBJECT_CHANGE_VERBS if language == "en" else _IT_OBJECT_CHANGE_VERBS
    for m in _OBJECT_CHANGE_MEASURE[language].finditer(text):
        frame = _frame(text, m.start(), s, doc)
        if frame is None or not frame.subject or not frame.verb:
            continue
        frame = _without_approx_after_by(frame, language)
        exact = frame.exact
        if len(exact) < 2 or exact[-1] != by or _is_copula(frame, language):
            continue  # "è salita di 2 gradi": no object, asked as a count of the unit
        if any(not w.isalpha() and "’" not in w for w in exact[:-1]):
            continue  # "cut 40 jobs by 2027": no plain object
        if lemma(frame.verb[-1].lower(), language) not in verbs:
            continue
        for asked, answer in _change_asked(frame, text, m, language):
            if asked:
                yield asked, answer, m.start(), m.end()


# --- a dimension "in length" --------------------------------------------------------------

_IN_DIMENSION = re.compile(
    r"(?<![\w.,-])(?P<num>\d[\d,.]*)(?P<unit>\s?(?:km|m|cm|mm|ft)|\s+(?:metres|meters|feet"
    r"|miles|kilometres|kilometers|centimetres|inches|yards))\s+in\s+"
    r"(?P<dim>length|height|width|depth|diameter)\b"
)


_DIMENSION_ADJECTIVE = {
    "length": "long",
    "height": "high",
    "width": "wide",
    "depth": "deep",
    "diameter": "wide",
}


# A plural noun and a relative clause of 'be' right before a measure: "nets that can be up
# to| 400 metres in length", "walls which are| 6 metres in height".
_EN_RELATIVE_BE = re.compile(
    r"(?<![\w’'])(?P<noun>[a-z]{3,}s)\s+(?:that|which)\s+(?:(?P<modal>can|could|will|would|may"
    r"|might|must)\s+be|(?P<be>are|were))\s+(?:(?:up\s+to|about|around|more\s+than|over"
    r"|nearly|almost|some)\s+)?$"
)


def in_dimension_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, measure, start, end) of an English dimension said with 'in length': 'The
    nets can be up to 400 metres in length' -> 'How long can the nets be?'."""
    if doc.language != "en" or " in " not in s.text:
        return
    text = s.text
    for m in _IN_DIMENSION.finditer(text):
        dim = _DIMENSION_ADJECTIVE[m.group("dim")]
        answer = text[m.start() : m.end("unit")]
        relative = _EN_RELATIVE_BE.search(text, max(0, m.start() - 80), m.start())
        if relative is not None:  # "with nets that can be up to| 400 metres in length"
            noun = relative.group("noun")
            if noun in STOPWORDS["en"] or _verb_like(noun):
                continue
            verb = (relative.group("modal") or relative.group("be")).lower()
            be = " be" if relative.group("modal") else ""
            yield f"How {dim} {verb} the {noun}{be}?", answer, m.start(), m.end("unit")
            continue
        frame = _frame(text, m.start(), s, doc)
        if frame is None or not frame.subject or frame.exact or frame.subject.lower() == "it":
            continue
        if not _is_copula_group(frame, "en"):
            continue
        verb = [w.lower() for w in frame.verb]
        if len(verb) == 2:  # "can be", "will be"
            asked = f"How {dim} {verb[0]} {frame.subject} be"
        else:
            asked = f"How {dim} {verb[0]} {frame.subject}"
        yield squash(f"{asked} {frame.when}") + "?", answer, m.start(), m.end("unit")


# --- a bound a rule sets ------------------------------------------------------------------

# An Italian rule that a measure may not go below or above a bound: "non può pesare meno di
# 11 chili", "non devono durare più di 30 giorni".
_IT_BOUND = re.compile(
    r"\bnon\s+(?P<modal>può|possono|potrà|potranno|deve|devono|dovrà|dovranno)\s+"
    r"(?P<verb>pesare|durare|misurare|superare)\s+(?P<bound>meno|più)\s+di\s+"
    r"(?P<num>\d[\d.,]*\s+[a-zà-ù]+)"
)


_IT_MUST = {
    "può": "deve",
    "possono": "devono",
    "potrà": "dovrà",
    "potranno": "dovranno",
    "deve": "deve",
    "devono": "devono",
    "dovrà": "dovrà",
    "dovranno": "dovranno",
}


# The noun phrase a relative clause follows: "della coscia fresca, che| non può ...".
_BEFORE_RELATIVE = re.compile(
    r"(?<![\w’])(?P<art>(?:[dn]el|[dn]ella|[dn]ello|[dn]ei|[dn]egli|[dn]elle|il|la|lo|i|gli|le)\s"
    r"|(?:[dn]ell|l)’)(?P<np>[a-zà-ù]{3,}(?:\s[a-zà-ù]{3,})?),?\s+che\s+$"
)


def _relative_subject(text: str, at: int) -> str:
    """The subject a relative clause before `at` refers to, with its definite article: 'il
    peso della coscia fresca, che| non può ...' -> 'la coscia fresca'; '' when none."""
    m = _BEFORE_RELATIVE.search(text, max(0, at - 60), at)
    if m is None or not all(w not in STOPWORDS["it"] for w in m.group("np").split()):
        return ""
    art = m.group("art").strip().lower()
    article = ARTICULATED.get(art, art)
    return f"{article}{'' if article.endswith('’') else ' '}{m.group('np')}"


def bound_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, measure, start, end) of an Italian bound a rule sets: 'La coscia non può
    pesare meno di 11 chili' -> 'Quanto deve pesare come minimo la coscia?'."""
    if doc.language != "it" or "non " not in s.text:
        return
    text = s.text
    for m in _IT_BOUND.finditer(text):
        if m.group("verb") == "superare":
            continue  # "non può superare i 30 giorni" has no "di"; "superare più di" is odd
        frame = _frame(text, m.start("num"), s, doc)
        subject = frame.subject if frame is not None else _relative_subject(text, m.start())
        if not subject:
            continue
        when = frame.when if frame is not None else ""
        least = "come minimo" if m.group("bound") == "meno" else "al massimo"
        must = _IT_MUST[m.group("modal")]
        asked = f"Quanto {must} {m.group('verb')} {least} {subject} {when}"
        yield upper_first(squash(asked)) + "?", m.group("num"), m.start("num"), m.end("num")


# --- a most or least a rule allows ---------------------------------------------------------

# "per un massimo di sette notti consecutive", "for a maximum of 20 nights a year": the bound
# and the counted noun, with an adjective or a rate after it.
_MOST = {
    "it": re.compile(
        r"\bper\s+un\s+(?P<bound>massimo|minimo)\s+di\s+(?P<num>" + _ANY_NUMBER["it"] + r")\s+"
        r"(?P<noun>[a-zà-ù]{3,})(?P<adj>\s+[a-zà-ù]{4,})?(?=[\s,;.]|$)"
    ),
    "en": re.compile(
        r"\bfor\s+a\s+(?P<bound>maximum|minimum)\s+of\s+(?P<num>" + _ANY_NUMBER["en"] + r")\s+"
        r"(?P<noun>[a-z]{3,}s)(?P<adj>\s+(?:a|per)\s+(?:year|month|week|day|night))?(?=[\s,;.]|$)"
    ),
}


_BOUND_WORDS = {
    "massimo": "al massimo",
    "minimo": "come minimo",
    "maximum": "at most",
    "minimum": "at least",
}


def _bound_adjective(m: re.Match[str], language: str) -> str:
    """The word after the counted noun when it belongs to it: 'notti| consecutive', 'nights| a
    year'; '' for a word of the clause ('notti| a Tropea')."""
    adj = (m.group("adj") or "").strip()
    if language == "en" or not adj:
        return adj
    if adj in STOPWORDS["it"] or is_finite(adj, "it") or is_participle(adj, "it"):
        return ""  # "settimane| previste" tells what the clause does, no kind of week
    return adj if adj[-1] in "ie" else ""  # "notti| consecutive", not "notti| a ..."


# An Italian subject that opens the sentence and an impersonal "si" verb: "L’imposta si paga|".
_IT_IMPERSONAL = re.compile(
    r"^(?P<np>(?:L’|(?:Il|Lo|La|I|Gli|Le)\s)[a-zà-ù]{3,}(?:\s[a-zà-ù]{3,})?)\s"
    r"(?P<verb>si\s[a-zà-ù]{3,})\s+$"
)


def _impersonal_frame(before: str, words: list[str]) -> _Frame | None:
    """The frame of a clause the frame reader leaves out, an impersonal 'si' verb after the
    subject that opens the sentence ('L’imposta si paga| per un massimo di ...')."""
    m = _IT_IMPERSONAL.match(before)
    if m is None:
        return None
    np = m.group("np")
    if not _plain_noun_phrase(np.split("’")[-1].split()[-1:]):
        return None
    return _Frame(
        subject=np[0].lower() + np[1:],
        verb=tuple(m.group("verb").split()),
        between=tuple(w.lower() for w in words),
        opening="",
        when="",
        between_text=" ".join(words),
    )


def most_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, count, start, end) of the most or least a rule allows: 'L’imposta si paga
    per un massimo di sette notti consecutive' -> 'Per quante notti consecutive al massimo si
    paga l’imposta?', 'The road can be closed for a maximum of 20 nights a year' -> 'For how
    many nights a year at most can the road be closed?'."""
    language = doc.language
    text = s.text
    for m in _MOST[language].finditer(text):
        frame = _frame(text, m.start("num"), s, doc)
        if frame is None and language == "it":
            frame = _impersonal_frame(text[: m.start()], m.group(0).split()[:4])
        if frame is None or not frame.subject or not frame.verb:
            continue
        before = frame.between_text.split()  # "in cassa integrazione| per un massimo di"
        if [w.lower() for w in before[-4:]] != m.group(0).lower().split()[:4]:
            continue
        rest = " ".join(before[:-4])
        if any(not w.isalpha() and "’" not in w for w in rest.split()):
            continue
        adj = _bound_adjective(m, language)
        counted = squash(f"{m.group('noun')} {adj}")
        bound = _BOUND_WORDS[m.group("bound")]
        if language == "it":
            how = _how_many_it(m.group("noun"), adj or None).lower()
            verb = " ".join(frame.verb)
            asked = f"Per {how} {counted} {bound} {verb} {rest} {frame.subject} {frame.when}"
            asked = upper_first(squash(asked))
        else:
            body = _english_body(frame, lower_first(frame.subject))
            if body is None:
                continue
            asked = squash(f"For how many {counted} {bound} {body} {rest} {frame.when}")
        answer = text[m.start("num") : m.end("noun")]
        yield asked + "?", answer, m.start("num"), m.end("noun")


# --- an area ------------------------------------------------------------------------------

_AREA_UNITS = {
    "hectare": "hectares",
    "acre": "acres",
    "square-metre": "square metres",
    "square-meter": "square meters",
    "square-mile": "square miles",
    "square-kilometre": "square kilometres",
    "square-kilometer": "square kilometers",
    "square-foot": "square feet",
}


# An area as a compound adjective after a preposition, and the place that names the thing:
# "pumping oxygen into a 50-hectare area| near the river mouth", "on a 12-acre site| at
# Hexham". (A compound right after its verb, "bought a 50-acre farm", is asked by the verb.)
_EN_AREA_COMPOUND = re.compile(
    r"\b(?:into|in|on|across|over|at|to|towards|for|within|from|of)\s+(?:a|an)\s+"
    r"(?P<num>\d[\d,.]*)-(?P<unit>" + "|".join(_AREA_UNITS) + r")\s+(?P<noun>[a-z]{3,})\s+"
    r"(?P<place>(?:near|at|off|along|around|outside|beside|between|by|in|on)\s+"
    r"[^,;:()]{2,60}?)(?=\s*[,;:.]|\s+(?:and|but|which|where|that)\s|$)"
)


# A description of an entry's thing with the area it covers: "A large inlet on the west coast
# of Tasmania, covering about 315 square kilometres, ...".
_EN_COVERING = re.compile(
    r",\s+(?:covering|spanning|extending\s+over)\s+(?:(?:about|around|some|nearly|almost"
    r"|more\s+than|over|roughly)\s+)?(?P<measure>\d[\d,.]*\s+(?:square\s+(?:kilometres"
    r"|kilometers|miles|metres|meters|feet)|hectares|acres))\b"
)


def area_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, area, start, end) of an English area told in a phrase: 'into a 50-hectare
    area near the river mouth' -> 'How large is the area near the river mouth?'; 'A large
    inlet ..., covering about 315 square kilometres' in an entry -> 'How large is Macquarie
    Harbour?'."""
    if doc.language != "en":
        return
    text = s.text
    for m in _EN_AREA_COMPOUND.finditer(text):
        noun = m.group("noun")
        if noun in STOPWORDS["en"] or _verb_like(noun):
            continue
        answer = f"{m.group('num')} {_AREA_UNITS[m.group('unit')]}"
        yield f"How large is the {noun} {m.group('place')}?", answer, m.start("num"), m.end("unit")
    entry = s.entry
    covering = _EN_COVERING.search(text) if entry is not None else None
    if entry is not None and covering is not None and text.startswith(("A ", "An ")):
        before = text[: covering.start()].split()
        if not any(w.islower() and is_finite(w, "en") for w in before):  # a description
            measure = covering.group("measure")
            at = covering.start("measure")
            yield f"How large is {entry.phrase}?", measure, at, at + len(measure)


# --- an Italian thing and its measure after "da"/"di" ----------------------------------------

# A thing named with its area, weight or length: "un nuovo capannone da 12.000 metri quadrati",
# "un terreno di 18 ettari", "un percorso pedonale di 1,2 chilometri".
_IT_THING_MEASURE = re.compile(
    r"(?<![\w’])(?P<art>(?:[Uu]na|[Uu]no|[Uu]n|[Ii]l|[Ll]a|[Ll]o)\s|[Uu]n’|[Ll]’)"
    r"(?P<np>[a-zà-ù]+(?:\s+[a-zà-ù]+){0,2})\s+(?P<prep>da|di)\s+"
    r"(?:(?:circa|oltre|quasi)\s+)?(?P<measure>\d[\d.,]*\s+(?P<unit>metri\s+quadrati|mq"
    r"|ettari|chilometri\s+quadrati|chili|chilogrammi|tonnellate|quintali|chilometri"
    r"|metri))(?![\w²])"
)


_IT_AREA_UNITS = frozenset(["metri quadrati", "mq", "ettari", "chilometri quadrati"])


_IT_WEIGHT_UNITS = frozenset(["chili", "chilogrammi", "tonnellate", "quintali"])


# Things whose measure in a unit of length is their length: "un percorso di 1,2 chilometri".
_IT_LINEAR = frozenset(
    """percorso tracciato tratto pista ciclabile ciclovia strada sentiero galleria tunnel ponte
    muro argine linea condotta canale viadotto passerella binario tangenziale variante
    lungomare diga molo banchina""".split()
)


# Nouns of a change or an event, whose "di" measure is no size of a thing: "un calo di 2
# metri", "una perdita di 300 ettari"; and nouns of a measure itself or of a bare stretch of
# land, which name no thing ("con una superficie di 86.000 ettari": the park's).
_IT_NOT_THINGS = frozenset(
    """calo aumento perdita crescita riduzione innalzamento abbassamento spostamento
    avanzamento arretramento salto dislivello distanza totale media massimo minimo superficie
    estensione lunghezza altezza larghezza profondità""".split()
)


_IT_DEFINITE = frozenset("il lo la l’".split())


# Nouns of a part of something long, which a question asks of only with what tells which part
# ("un tratto di 3 chilometri tra il ponte e la diga": "Quanto è lungo il tratto?" cannot tell).
_IT_PARTS = frozenset("tratto tratta sezione segmento parte porzione".split())


# The end of a clause right after a measure: what the verb asks of its object ("ha acquistato
# un bosco di 40 ettari|."); a place after it ("una galleria di 1.150 metri| sotto il paese")
# the verb's question does not hold, and the thing's own question asks.
_IT_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:,]|$)")


# Nouns of a bare extent, which name nothing without what is on them: "un’area di 2 ettari".
_IT_BARE_EXTENTS = frozenset("area superficie spazio zona estensione".split())


_IT_FUTURE = re.compile(r"\b[a-zà-ù]{2,}(?:rà|ranno)\b", re.IGNORECASE)


def italian_thing_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, measure, start, end) of an Italian thing named with its measure: 'un nuovo
    capannone da 12.000 metri quadrati' -> 'Quanto sarà grande il nuovo capannone?', 'un
    terreno di 18 ettari' -> 'Quanto è grande il terreno?', 'un percorso pedonale di 1,2
    chilometri' -> 'Quanto sarà lungo il percorso pedonale?'."""
    if doc.language != "it":
        return
    text = s.text
    be = "sarà" if _IT_FUTURE.search(text.lower()) else "è"
    for m in _IT_THING_MEASURE.finditer(text):
        if _quoted(text, m.start()):
            continue  # "«raccoglie informazioni su un’area di 30 km²»": which area, said by whom
        words = m.group("np").split()
        article = m.group("art").strip().lower()
        if words[0] in _IT_PARTS:
            continue
        if not _plain_noun_phrase(words) or (m.group("prep") == "di" and article in _IT_DEFINITE):
            continue  # "allungare il percorso di 25 chilometri": a change of a thing named before
        if len(words) == 1 and words[0] in _IT_BARE_EXTENTS and article not in _IT_DEFINITE:
            continue  # "sorge su un’area di 2 ettari": "Quanto è grande l’area?" names no area
        frame = _frame(text, m.start("measure"), s, doc)
        if (
            m.group("prep") == "di"
            and frame is not None
            and frame.subject
            and frame.between[:1] == (article,)
            and _IT_CLAUSE_ENDS.match(text, m.end("measure"))
        ):
            continue  # "ha acquistato un bosco di 40 ettari.": the verb's object, asked by it
        if frame is not None and frame.subject and _is_copula(frame, "it"):
            continue  # "La Sacca è una laguna di 3.200 ettari": the subject's size, asked of it
        unit = " ".join(m.group("unit").split())
        the = (
            definite_article(article, words[0])
            if article in {"un", "una", "uno", "un’"}
            else article
        )
        named = f"{the}{'' if the.endswith('’') else ' '}{' '.join(words)}"
        if unit in _IT_AREA_UNITS:
            asked = f"Quanto {be} grande {named}?"
        elif unit in _IT_WEIGHT_UNITS and m.group("prep") == "da":
            asked = f"Quanto {'peserà' if be == 'sarà' else 'pesa'} {named}?"
        elif unit in {"chilometri", "metri"} and words[0] in _IT_LINEAR:
            long = (
                "lunga"
                if the in {"la", "una"} or (the == "l’" and words[0].endswith("a"))
                else "lungo"
            )
            asked = f"Quanto {be} {long} {named}?"
        else:
            continue
        measure = m.group("measure")
        yield asked, measure, m.start("measure"), m.end("measure")


def _quoted(text: str, at: int) -> bool:
    """Whether `at` is inside a quotation the sentence opens before it."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count("«") > before.count("»")


def _plain_noun_phrase(words: list[str]) -> bool:
    """Whether Italian words make a plain noun phrase of a thing: no verb, no function word,
    no noun of a change ('un calo di 2 metri')."""
    if words[0] in _IT_NOT_THINGS or words[0].endswith(("mento", "zione", "sione")):
        return False
    return all(
        w not in STOPWORDS["it"]
        and not is_finite(w, "it")
        and not (i and is_participle(w, "it"))  # "un percorso| di": a noun first
        for i, w in enumerate(words)
    )


def measured_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, answer, start, end) of every measure of this module a sentence holds."""
    text = s.text
    if "magnitud" in text:
        yield from magnitude_questions(s, doc)
    if "C" in text or "F" in text or "grad" in text or "degree" in text:
        yield from temperature_questions(s, doc)
    yield from change_questions(s, doc)
    yield from object_change_questions(s, doc)
    yield from in_dimension_questions(s, doc)
    yield from bound_questions(s, doc)
    if " da " in text or " di " in text:
        yield from italian_thing_questions(s, doc)
    if "-" in text or "covering" in text or "spanning" in text or "extending" in text:
        yield from area_questions(s, doc)
    if " above " in text or " below " in text or " beneath " in text or " under " in text:
        yield from above_questions(s, doc)
    if "," in text:
        yield from dimension_aside_questions(s, doc)


# --- a height above or a depth below a reference ---------------------------------------------

_EN_LENGTH = (
    r"\d{1,3}(?:,\d{3})*(?:\.\d+)?\s?(?:metres|meters|m|feet|ft|kilometres|kilometers|km|miles)"
)
_EN_APPROX = r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to)\s+)?"
_EN_REFERENCE = r"(?P<rel>above|below|beneath|under)\s+(?P<ref>the\s+[a-z]+(?:\s+[a-z]+){0,2})"

# A definite noun phrase and its height above a reference between commas: "a climb to| the
# high-level walkway, 54 metres above the river,| costs £9".
_EN_ABOVE_ASIDE = re.compile(
    r"(?P<np>\b[Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),\s+"
    + _EN_APPROX
    + r"(?P<measure>"
    + _EN_LENGTH
    + r")\s+"
    + _EN_REFERENCE
    + r"\s*,"
)

# A height above a reference right after a verb: "The viaduct stands| 32 metres| above the
# valley floor".
_EN_ABOVE_AFTER = re.compile(
    r"(?P<measure>"
    + _EN_LENGTH
    + r")\s+"
    + _EN_REFERENCE
    + r"(?P<tail>(?:\s+(?:at|in|on)\s+[a-z][\w\s-]{2,30}?)?)\s*(?:[,;.]|$)"
)

_EN_HOW_FAR = {
    "above": "high above",
    "below": "far below",
    "beneath": "far beneath",
    "under": "far under",
}


def above_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, measure, start, end) of an English height above or depth below a named
    reference: 'the walkway, 54 metres above the river, ...' -> 'How high above the river is
    the walkway?', 'The viaduct stands 32 metres above the valley floor' -> 'How high above the
    valley floor does the viaduct stand?'."""
    if doc.language != "en":
        return
    text = s.text
    for m in _EN_ABOVE_ASIDE.finditer(text):
        words = m.group("np").split()[1:]
        if any(w in STOPWORDS["en"] or is_finite(w, "en") for w in words):
            continue
        how = _EN_HOW_FAR[m.group("rel")]
        named = "the " + " ".join(words)
        yield f"How {how} {m.group('ref')} is {named}?", m.group("measure"), *m.span("measure")
    for m in _EN_ABOVE_AFTER.finditer(text):
        frame = _frame(text, m.start("measure"), s, doc)
        if frame is None or not frame.subject or frame.opening:
            continue
        if frame.exact:
            continue  # "rises to| 30 metres above ...", "a wall of| ...": no height of the subject
        subject = frame.subject
        if subject.lower() in STOPWORDS["en"]:
            continue
        how = _EN_HOW_FAR[m.group("rel")]
        verb = [w.lower() for w in frame.verb]
        tail = squash(m.group("tail"))
        if len(verb) == 1 and verb[0] in {"is", "are", "was", "were"}:
            asked = f"How {how} {m.group('ref')} {verb[0]} {subject} {tail} {frame.when}"
        else:
            body = _english_body(frame, subject)
            if body is None:
                continue
            asked = f"How {how} {m.group('ref')} {body} {tail} {frame.when}"
        yield squash(asked) + "?", m.group("measure"), *m.span("measure")


# --- a dimension between commas after a copula's predicate ------------------------------------

# A dimension said without a verb, between commas or before the end: "Okanagan Lake is a deep
# lake in British Columbia|, about 135 kilometres long|, with ...", "Il Serio è un fiume della
# Lombardia|, lungo circa 125 chilometri|".
_DIMENSION_ASIDE = {
    "en": re.compile(
        r",\s+" + _EN_APPROX + r"(?P<measure>" + _EN_LENGTH + r")\s+"
        r"(?P<dim>long|high|tall|deep|wide)(?=\s*[,;.]|$)"
    ),
    "it": re.compile(
        r",\s+(?P<dim>lung|alt|profond|larg)[oaie]\s+(?:(?:circa|oltre|quasi|poco\s+più\s+di)\s+)?"
        r"(?P<measure>\d[\d.,]*\s+(?:metri|chilometri|centimetri))(?=\s*[,;.]|$)"
    ),
}

_IT_DIMENSIONS = {"lung": "lungo", "alt": "alto", "profond": "profondo", "larg": "largo"}
_COPULA_HEADS = {
    "en": frozenset("is are was were".split()),
    "it": frozenset("è sono era erano".split()),
}
_LONGEST_NAMED = 5


def _copula_subject(before: str, language: str) -> tuple[str, str] | None:
    """(subject, copula) of the clause before a dimension's aside, when a copula joins a plain
    subject ('Okanagan Lake', 'The lake', 'Il Serio') to the predicate the aside goes on."""
    toks = tokens(before)
    verb = main_verb(toks, language)
    if not verb or toks[verb].low not in _COPULA_HEADS[language]:
        return None
    nxt = toks[verb + 1].low if verb + 1 < len(toks) else ""
    if is_participle(nxt, language) or nxt in ("stato", "stata", "been"):
        return None  # "was built ...": a passive, whose aside may be the object's
    subject = before[: toks[verb].start].strip()
    words = subject.split()
    if not words or len(words) > _LONGEST_NAMED or any(not w.isalpha() for w in words):
        return None
    first = words[0].lower()
    if first in ("the", "il", "lo", "la", "i", "gli", "le"):
        if any(w in STOPWORDS[language] for w in (x.lower() for x in words[1:])):
            return None
        subject = first + subject[len(first) :] if first == "the" else lower_first(subject)
    elif not all(w[:1].isupper() for w in words):
        return None
    return subject, toks[verb].low


def dimension_aside_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, measure, start, end) of a dimension said between commas after a copula's
    predicate, which tells of the copula's subject: 'Okanagan Lake is a deep lake in British
    Columbia, about 135 kilometres long, with ...' -> 'How long is Okanagan Lake?'."""
    language = doc.language
    text = s.text
    for m in _DIMENSION_ASIDE[language].finditer(text):
        found = _copula_subject(text[: m.start()], language)
        if found is None:
            continue
        subject, copula = found
        if language == "en":
            asked = f"How {m.group('dim')} {copula} {subject}?"
        else:
            dim = _IT_DIMENSIONS[m.group("dim")]
            first = subject.split()[0].lower()
            if first in ("la", "le") or subject.lower().startswith("l’"):
                continue  # the gender the question would need, the article may not show
            if first in ("i", "gli"):
                dim = dim[:-1] + "i"
            asked = f"Quanto {copula} {dim} {subject}?"
        yield asked, m.group("measure"), *m.span("measure")
