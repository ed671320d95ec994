"""A level that goes from one figure to another: "la tariffa passerà da 0,38 a 0,52 euro per
metro cubo", "una capacità che passerà da 90 a 190 tonnellate al giorno", "i posti letto sono
saliti da 22 a 38", "Membership rose from 800 to 1,150". Asked as the level it reaches: 'A
quanto passerà la tariffa?', 'What did membership rise to?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...chunks import PREPOSITIONS
from ...document import Document, Sentence
from ...text import definite_article, lower_first, squash, upper_first
from ...verbs import is_finite, lemma
from .amounts import _EN_FIGURE, EN_PARTICLE_CHANGE_VERBS, _english_change, _particle_of_change
from .bare import _reached_question
from .clause import _english_body, _Frame, _frame, _leading_date, _tail
from .counts import _YEAR
from .gender import _how_many_article, _how_many_it
from .words import _ANY_NUMBER

# The verbs of a level that changes, intransitive (so "essere" in the past): "passa",
# "passerà", "è salita", "sono cresciuti".
_LEVEL_VERB = (
    r"(?:(?:è|sono|sarà|saranno|era|erano)\s+(?:passat|salit|scesi|scesa|scese|sceso|cresciut"
    r"|aumentat|calat|diminuit)[oaie]?|passa|passano|passerà|passeranno|passava|passavano|sale"
    r"|salgono|salirà|saliranno|scende|scendono|scenderà|scenderanno|cresce|crescono|crescerà"
    r"|cresceranno|aumenta|aumentano|aumenterà|aumenteranno|cala|calano|calerà|caleranno)"
)


# Words that end the figure reached rather than name its unit: "a 38| nel 2027", "a 38| e",
# "ai 7.800| attuali".
_NOT_UNIT = (
    r"(?:e|ed|o|nel|nei|nella|negli|nelle|entro|per|a|al|in|dal|da|tra|fra|con|che|il|la|i"
    r"|le|lo|gli|su|sul|dopo|prima|rispettivamente|mentre|ma|contro|grazie|secondo|circa|di|del"
    r"|attuali|odierni|odierne|previsti|previste|complessivi|complessive|totali"
    r"|dello|della|dei|degli|delle|dell)\b"
)


# A rate after the unit: "euro| al chilo", "tonnellate di pasta| al giorno".
_RATE = (
    r"(?:\s+(?:al|all’|all'|alla|ogni|per)\s*(?:giorno|anno|mese|settimana|chilo|litro|ora"
    r"|persona|abitante|metro\s+cubo|famiglia|notte|corsa|ettaro|paziente))"
)


_NUMBER = _ANY_NUMBER["it"]


# A modal before the infinitive of a verb of a level: "dovrebbero passare", "potrà salire".
_MODAL_LEVEL = (
    r"(?:dovrebbe|dovrebbero|potrebbe|potrebbero|dovrà|dovranno|potrà|potranno|deve|devono|può"
    r"|possono)\s+(?:passare|salire|scendere|crescere|aumentare|calare|diminuire)"
)


# Verbs that move a quantity they name from one level to another, and the noun phrase they
# name: "porterà| la capienza", "ha ridotto| le autorità portuali".
_MOVING_VERB = (
    r"(?:porta|portano|porterà|porteranno|ha\s+portato|hanno\s+portato|riduce|riducono"
    r"|ridurrà|ridurranno|ha\s+ridotto|hanno\s+ridotto|eleva|elevano|eleverà|eleveranno"
    r"|ha\s+elevato|hanno\s+elevato|alza|alzerà|ha\s+alzato)"
)
_MOVED = (
    r"(?:il|lo|la|i|gli|le|l’|l')\s?(?!(?:da|dal|dai|dalla)\b)[a-zà-ù]{3,}"
    r"(?:\s+(?!(?:da|dal|dai|dalla|dalle|dagli|e|che)\b)[a-zà-ù’']{2,}){0,4}"
)


# A place or a span of time between the verb and the level it left: "è passato| in molti
# negozi| da 3,80 a 4,50 euro", "è salito| in tre settimane| da 4 a 6,50 euro".
_BETWEEN_PHRASE = r"(?:in|nei|nelle|negli|nella|nel)\s+(?!\d)[a-zà-ù]{3,}(?:\s+[a-zà-ù]{3,}){0,2}"


# The bound before a level: "a circa 600.000", "a meno di 2.500".
_BOUND = r"(?:(?:circa|oltre|quasi|meno\s+di|più\s+di)\s+)"


_CHANGE = re.compile(
    rf"(?<!\S)(?:(?P<verb>{_LEVEL_VERB}|{_MODAL_LEVEL})|(?P<mover>{_MOVING_VERB})\s+"
    rf"(?P<moved>{_MOVED}))(?:,?\s+[a-zà-ù]{{4,}}mente,?)?(?:\s+(?P<place>{_BETWEEN_PHRASE}))?"
    r"\s+(?:da|dal|dall’|dall'|dai|dagli|dalle|dalla)\s+"
    rf"(?P<start>{_BOUND}?(?P<from>{_NUMBER})(?P<fpct>\s?%|\s+per\s+cento)?"
    rf"(?:\s+(?!{_NOT_UNIT})(?P<funit>[a-zà-ù]{{3,}}))?)"
    r"(?:\s+(?:nel|del)\s+(?:19|20)\d\d)?\s+(?:a|al|all’|all'|ai|agli|alle|alla)\s+"
    rf"{_BOUND}?(?P<to>{_NUMBER})(?P<unit>(?P<pct>\s?%|\s+per\s+cento)|(?:\s+(?!{_NOT_UNIT})"
    rf"(?![a-zà-ù]+mente\b)(?P<noun>[a-zà-ù]{{2,}})(?:\s+di\s+(?!{_NOT_UNIT})[a-zà-ù]{{3,}})?"
    rf"{_RATE}?)?)(?![\w’'])(?P<then>\s+nel\s+(?:19|20)\d\d\b)?"
)


# Hours of the day, no level: "è passata| dalle 9 alle 10".
_CLOCK_SPAN = re.compile(r"\bdalle\s+\d{1,2}(?:[.:]\d\d)?\s+alle\s+\d{1,2}(?:[.:]\d\d)?(?![\d,])")


# Where the clause of the level opens: the sentence's start, a colon, a semicolon, "mentre".
_CLAUSE_OPENING = re.compile(r"(?:^|[;:]\s+|,\s+mentre\s+|\s[–—]\s+)")


_DEFINITE = re.compile(r"(?:Il|La|Lo|I|Gli|Le|il|la|lo|i|gli|le)\s|[Ll][’']")


# The noun phrase a relative clause of the level is about: "e una capacità produttiva| che
# passerà da 90 a 190 tonnellate".
_RELATIVE_HEAD = re.compile(
    r"(?:^|\s)(?P<art>un|una|uno|un’|il|la|lo|l’)\s?(?P<np>[a-zà-ù]{3,}(?:\s+[a-zà-ù]{3,}){0,2}"
    r"(?:\s+(?:di|del|della|dei|delle)\s+[a-zà-ù]{3,})?),?\s+che\s+$"
)


_LONGEST_SUBJECT = 8  # words: "Il costo medio dell’abbonamento annuale per gli studenti"


# Words no plain subject holds: a clitic, a negation, a relative.
_NOT_IN_SUBJECT = frozenset("che non si ci ne cui anche".split())


def _clause_subject(before: str) -> str | None:
    """The definite subject that opens the clause right before the verb ('La tariffa di
    depurazione in bolletta'), or None when the clause opens with anything else."""
    start = max(m.end() for m in _CLAUSE_OPENING.finditer(before))
    subject = before[start:].strip()
    if not _DEFINITE.match(subject):
        return None
    words = subject.split()
    if len(words) > _LONGEST_SUBJECT or any(c.isdigit() or c in ',()«»“”"' for c in subject):
        return None
    if any(w.lower() in _NOT_IN_SUBJECT or is_finite(w, "it") for w in words[1:]):
        return None
    return lower_first(subject) if words[0][:1].isupper() else subject


def _subject_after_opening(before: str) -> str | None:
    """The definite subject after an opening phrase and its comma: 'Per rispettare le nuove
    norme, |la capienza' -> 'la capienza'."""
    head, comma, subject = before.rpartition(", ")
    if not comma or any(c in head for c in ";:"):
        return None
    return _clause_subject(subject)


def _relative_subject(before: str) -> str | None:
    """The noun phrase a relative 'che' before the verb refers to, definite: 'una capacità
    produttiva che' -> 'la capacità produttiva'."""
    m = _RELATIVE_HEAD.search(before)
    if m is None:
        return None
    article, np = m.group("art"), m.group("np")
    if any(is_finite(w, "it") for w in np.split()):
        return None
    the = definite_article(article, np) if article.startswith("un") else article
    return f"{the}{np}" if the.endswith("’") else f"{the} {np}"


# Plural nouns of an amount, not of things counted: "i prezzi sono saliti da 4 a 6" -> 'A
# quanto ...?' ('A quanti' asks how many prices).
_AMOUNT_NOUNS = frozenset(
    """prezzi costi tariffe ricavi spese entrate tasse stipendi salari affitti canoni fondi
    investimenti contributi valori livelli tempi consumi redditi debiti utili incassi
    rincari pedaggi""".split()
)


_PLURAL_ARTICLES = frozenset(("i", "gli", "le"))


def _how_many_of(subject: str) -> str:
    """'quanti'/'quante' for a plural subject of things counted ("i comuni sono scesi da 8.101
    a 7.896" -> 'A quanti sono scesi i comuni?'), 'quanto' otherwise ("il budget")."""
    words = subject.split()
    if len(words) < 2 or words[1].lower() in _AMOUNT_NOUNS:
        return "quanto"
    if words[0].lower() not in _PLURAL_ARTICLES:
        return "quanto"
    return _how_many_article(words[0]).lower()


def _level_questions(s: Sentence) -> Iterator[tuple[str, str, str, int, bool]]:
    """(question, answer, figure, start of the answer, whether it is the level left) of the
    levels a level goes between:
    'La tariffa passerà da 0,38 a 0,52 euro per metro cubo' -> 'A quanto passerà la tariffa?'
    (0,52 euro per metro cubo) and 'Da quanto passerà la tariffa?' (0,38); a verb that moves
    what it names ('porterà la capienza da 1.600 a 2.300 posti') and a place or a span of time
    before the first level ('è salito in tre settimane da 4 a 6,50 euro') go in both."""
    text = s.text
    for m in _CHANGE.finditer(text):
        if _YEAR.fullmatch(m.group("to")) or _YEAR.fullmatch(m.group("from")):
            continue  # "passerà dal 2025 al 2027": a time, not a level
        if _CLOCK_SPAN.search(m.group(0)) or m.group("noun") == "volte":
            continue  # "dalle 9 alle 10": hours of the day; "passa da 2 a 4 volte": how often
        before = text[: m.start()]
        subject = (
            _clause_subject(before) or _relative_subject(before) or _subject_after_opening(before)
        )
        when = ""
        lead = _leading_date(before, "it") if subject is None else None
        if lead is not None:  # "Nel 2025| i visitatori sono passati da ...": the time, kept
            subject = _clause_subject(before[lead.end() :])
            phrase = lead.group(0).strip(" ,")
            when = phrase[0].lower() + phrase[1:]  # "Nel 2025" opens with a preposition
        if subject is None:
            continue
        verb = " ".join((m.group("verb") or m.group("mover")).split())
        if m.group("moved"):  # "l’intervento porterà la capienza": who, then what it moves
            verb = f"{subject} {verb} {' '.join(m.group('moved').split())}"
            subject = ""
        place = m.group("place") or ""
        then = (m.group("then") or "").strip()  # "a 600.000 nel 2027": when it is reached
        noun = m.group("noun")
        if noun is None and m.group("funit"):  # "da 8.000 tonnellate a 2.500": the first's unit
            how = _how_many_it(m.group("funit")).lower()
            for opening, at, end in (
                ("A", m.start("to"), m.end("to")),
                ("Da", m.start("start"), 0),
            ):
                answer = text[at:end] if end else m.group("start")
                asked = f"{opening} {how} {m.group('funit')} {verb} {subject} {place} {when}"
                asked = squash(f"{asked} {then}" if opening == "A" else asked) + "?"
                yield asked, answer, answer, at, opening == "Da"
            continue
        if noun is None:  # "da 22 a 38", "dal 12% al 18%": the figure alone
            answer = text[m.start("to") : m.end("unit")]
            how = "quanto" if m.group("pct") else _how_many_of(subject)
            asked = squash(f"A {how} {verb} {subject} {place} {when} {then}") + "?"
            yield asked, answer, m.group("to"), m.start("to"), False
            if not m.group("funit") and bool(m.group("fpct")) == bool(m.group("pct")):
                left = squash(f"Da {how} {verb} {subject} {place} {when}") + "?"
                start = _with_scale(m.group("start"), m.group("to"))
                yield left, start, m.group("from"), m.start("start"), True
            continue
        # "a 190 tonnellate di pasta al giorno": the unit and what it measures go in the
        # question, the figure and its unit are the answer
        unit = " ".join(text[m.start("noun") : m.end("unit")].split())
        how = _how_many_it(noun).lower()
        answer = text[m.start("to") : m.end("noun")]
        asked = squash(f"A {how} {unit} {verb} {subject} {place} {when} {then}") + "?"
        yield asked, answer, m.group("to"), m.start("to"), False
        if m.group("funit") in (None, noun):  # "da 1.600 a 2.300 posti": the same unit
            left = squash(f"Da {how} {unit} {verb} {subject} {place} {when}") + "?"
            start = _with_scale(m.group("start"), m.group("to"))
            yield left, start, m.group("from"), m.start("start"), True


# The word of a figure's scale: "1,6| milioni", "£1.6| million", "£3|bn".
_SCALE = re.compile(r"(?<=\d)\s?(?P<scale>milioni|miliardi|mila|million|billion|bn|m)$")


def _with_scale(left: str, reached: str) -> str:
    """The level a change left with the scale of the level it reached, which the first
    shares: 'da 1,1 a 1,6 milioni' -> '1,1 milioni', 'from £1.1 to £1.6m' -> '£1.1m'."""
    scale = _SCALE.search(reached)
    if scale is None or _SCALE.search(left) is not None:
        return left
    return left + reached[scale.start() :]


# A level an English verb of change reaches, from the figure it left or after the size of the
# change: "rose| from 800 to 1,150", "fell| by 12% to 45,000", "has fallen| from 214 residents
# in 2001 to 131"; a bound may go before the level.
_EN_LEVEL = re.compile(
    r"\s(?P<prep>from|by)\s+(?P<start>(?:(?:just|about|around|nearly|almost|over|more\s+than"
    rf"|less\s+than)\s+)?(?P<from>{_EN_FIGURE})(?:\s+(?!to\b)[a-z]{{3,}}s)?)"
    r"(?:\s+(?:in\s+(?:19|20)\d\d|today|now|last\s+year|a\s+year\s+ago))?"
    r"\s+to\s+"
    r"(?P<bound>(?:just|about|around|nearly|almost|over|more\s+than|less\s+than)\s+)?"
    rf"(?P<to>{_EN_FIGURE})(?![\w.,]\d|-)"
)


# A bare four-digit year: "rose from 2019 to 2021" spans a time, no level.
_EN_YEAR = re.compile(r"(?:19|20)\d\d")


# A level an English verb of change reaches with no figure it left: "fell| to 4.2%".
_EN_TO_LEVEL = re.compile(
    r"\sto\s+(?:(?:just|about|around|nearly|almost|over|more\s+than|less\s+than)\s+)?"
    rf"(?P<to>{_EN_FIGURE})(?![\w.,]\d|-)"
)


# The same in Italian: "è sceso| al 6,1%", "sono saliti| a 38".
_IT_TO_LEVEL = re.compile(
    rf"(?<!\S)(?P<verb>{_LEVEL_VERB})\s+(?:a|al|all’|all'|ai|agli|alle|alla)\s*"
    rf"(?:(?:circa|quasi|oltre)\s+)?(?P<to>{_NUMBER})(?![.,]?\d)(?P<pct>\s?%|\s+per\s+cento)?"
    r"(?=\s*(?:[,;:.]|$|\s(?:nel|nell’|a|in|entro|dopo|rispetto|secondo)\b))"
)


# The size of an English change in per cent, then "to" and the level: "rose| 11% to| £13.7m".
_PERCENT_THEN_TO = re.compile(r"\d[\d.,]*(?:\s?%|\s+per\s?cent)\s+to(?:\s+[$€£¥])?")


def _level_reached_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, answer, start) of a level a verb of change reaches with no figure it left:
    'Unemployment fell to 4.2% in May' -> 'What did unemployment fall to in May?', 'Il tasso
    di disoccupazione è sceso al 6,1%' -> 'A quanto è sceso il tasso di disoccupazione?'."""
    text = s.text
    found = list((_IT_TO_LEVEL if doc.language == "it" else _EN_TO_LEVEL).finditer(text))
    if not found or _reached_question(text, doc.language) is not None:
        return  # "The number of cases has risen to 1,200": 'How many cases are there now?'
    if doc.language == "it":
        for m in found:
            if _YEAR.fullmatch(m.group("to")):
                continue  # "passerà al 2027": a time
            subject = _clause_subject(text[: m.start()]) or _relative_subject(text[: m.start()])
            if subject is None:
                continue
            verb = " ".join(m.group("verb").split())
            end = m.end("pct") if m.group("pct") else m.end("to")
            tail = _tail(text, end, "it")
            if tail is None or any(c.isdigit() for c in _EN_YEAR.sub("", tail)):
                continue  # "al 6,1% dal 7,3%": a second figure the question would show
            asked = squash(f"A quanto {verb} {subject} {tail}") + "?"
            yield asked, text[m.start("to") : end], m.start("to")
        return
    for m in found:
        if _EN_YEAR.fullmatch(m.group("to")) or not m.group("to")[:1].isdigit():
            continue  # "fell to £11m": a sum's level, asked 'To what level ...?' with sums
        if _EN_LEVEL_UNIT.match(text, m.end()):
            continue  # "grown to 64 cases": asked 'To how many cases ...?' with counts
        frame = _frame(text, m.start("to"), s, doc)
        if frame is None or not frame.subject or frame.opening:
            continue
        particle = frame.between[0] if _particle_of_change(frame) else ""  # "went up| to"
        if particle and frame.between[1:] != ("to",):
            continue
        if (
            not particle
            and frame.exact != ["to"]
            and not _PERCENT_THEN_TO.fullmatch(frame.between_text)
        ):
            continue  # "rose 11% to £13.7m": the size of the change before the level
        if not particle and not _english_change(frame):
            continue
        level = _asked_level(frame, text, m.end(), m.start("to"), particle)
        if level is not None:
            yield level


def _asked_level(
    frame: _Frame, text: str, end: int, start: int, moved: str = ""
) -> tuple[str, str, int] | None:
    """The question 'What did ... rise to ...?' of a level that ends at `end`, its unit in
    the answer, or None when a second figure or a unit the answer would cut follows; `moved`
    is what the verb moves ('would take| the average fare| to'), or its particle ('went|
    up| to')."""
    unit = _EN_LEVEL_UNIT.match(text, end)
    stop = unit.end() if unit else end
    tail = _tail(text, stop, "en")
    if tail is None or any(c.isdigit() for c in _EN_YEAR.sub("", tail)):
        return None  # "to 1,150 from 12 clubs": a second figure the question would show
    after = text[stop:].split(maxsplit=1)
    first = after[0].rstrip(",;:.") if after else ""
    if first.islower() and first not in _EN_AFTER_LEVEL and first not in PREPOSITIONS["en"]:
        return None  # "to 95 full members", "to 64 confirmed cases": a unit the answer would cut
    body = _english_body(frame, frame.subject)
    if body is None:
        return None
    asked = upper_first(squash(f"What {body} {moved} to {tail} {frame.when}")) + "?"
    return asked, text[start:stop], start


def _english_level_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, bool]]:
    """(question, answer, start of the answer, whether it is the level left) of the levels an
    English verb of change goes between: 'Membership of the club rose from 800 to 1,150 last
    year' -> 'What did membership of the club rise to last year?' (1,150) and 'What did
    membership of the club rise from?' (800); 'Sales fell by 12% to 45,000' -> 'What did sales
    fall to?'; a verb that moves what it names ('would take the average fare from £24 to
    £31') and a particle ('went up from') go in both questions. The clause must open with its
    subject and reach the figure with no other word."""
    text = s.text
    for m in _EN_LEVEL.finditer(text):
        if _EN_YEAR.fullmatch(m.group("from")) or _EN_YEAR.fullmatch(m.group("to")):
            continue
        frame = _frame(text, m.start("from"), s, doc)
        if frame is None or not frame.subject or frame.opening:
            continue
        moved = _moved_words(frame, m.group("prep"))
        if moved is None:
            continue
        asked = _asked_level(frame, text, m.end(), m.start("to"), moved)
        if asked is None:
            continue
        yield (*asked, False)
        if m.group("prep") == "from":
            body = _english_body(frame, frame.subject)
            if body is not None:  # "rose from 800": the level it left, its unit with it
                left = upper_first(squash(f"What {body} {moved} from {frame.when}")) + "?"
                start = _with_scale(m.group("start"), m.group("to"))
                unit = _EN_LEVEL_UNIT.match(text, m.end())
                if unit is not None and start[-1:].isdigit():  # "from 12 to 19 degrees"
                    start += unit.group(0)
                yield left, start, m.start("start"), True


# Verbs that move a quantity they name from one level to another: "would take| the average
# rent| from £6,840 to £7,490", "will lift output from 9,500 tonnes to 19,000 tonnes".
_EN_MOVING_VERBS = frozenset("take bring lift raise push cut reduce increase boost lower".split())


def _moved_words(frame: _Frame, prep: str) -> str | None:
    """The words between an English verb of change and 'from'/'by': none for a verb of change
    ('rose from'), its particle ('went up from'), the noun phrase a verb of moving names ('would
    take the average rent from'); None when the clause is no change of a level."""
    words = frame.between_text.rstrip("$€£¥ ").split()  # "from £24": the sign is the figure's
    if frame.exact == [prep]:
        return "" if _english_change(frame) else None
    if not words or words[-1] != prep:
        return None
    verb = lemma(frame.verb[-1].lower(), "en")
    if frame.verb[-1].lower() in EN_PARTICLE_CHANGE_VERBS and words[:-1] in (["up"], ["down"]):
        return words[0]
    moved = words[:-1]
    if verb not in _EN_MOVING_VERBS or prep != "from" or not 1 <= len(moved) <= 6:
        return None
    if not moved[0].islower() or moved[0] in PREPOSITIONS["en"]:
        return None  # "took| Mr Reid| from", "went| on from": no quantity it moves
    if any(not w.isalpha() or (w.lower() in _NOT_MOVED) for w in moved):
        return None  # "took 11 days from", "cut the ribbon and from": no level of a quantity
    return " ".join(moved)


# Words no noun phrase a verb moves holds: a clause goes on past it.
_NOT_MOVED = frozenset("and or but that which who as than".split())


# The unit after the level, which the answer keeps: a plural noun, maybe a scale's name
# ("to 95 members", "to 19 degrees Celsius").
_EN_LEVEL_UNIT = re.compile(
    r"\s+(?!(?:this|was|is|has|as|its|his|across|towards|unless)\b)[a-z]{3,}s\b"
    r"(?:\s+(?:Celsius|Fahrenheit))?"
)


# Words that may follow the level and end its clause's figure: time adverbs and the like.
_EN_AFTER_LEVEL = frozenset("today yesterday now last this next ago overall annually".split())
