"""A figure that is the predicate of its clause, given by a copula or a verb of amount rather
than counted as an object: "Le famiglie in graduatoria sono 23.400" -> 'Quante sono le
famiglie in graduatoria?', "La produzione di nocciole si fermerà a 180.000 quintali" -> 'A
quanto si fermerà la produzione di nocciole?', "The total catch will be 389,000 tonnes" ->
'What will the total catch be?', "Attendance stood at 152,300" -> 'What did attendance stand
at?'. The clause is read by `clause._frame`, so an opening, an aside or an adverb in the verb
group are left out as they are for counts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...chunks import PREPOSITIONS
from ...document import Document, Sentence
from ...lexicon import ARTICULATED
from ...text import squash, upper_first
from ...verbs import lemma
from .clause import _CLITICS, _KEPT_ADVERBS, _english_body, _Frame, _frame, _tail
from .counts import _YEAR
from .gender import _how_many_article
from .words import _ANY_NUMBER

# A figure in digits, with its scale word: "23.400", "389,000", "1,2 milioni".
_FIGURE = re.compile(
    r"(?<![\w.,’'£$€-])\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?(?![\d%]|[.,]\d)(?:\s+(?:mila|milioni|million))?"
    r"|(?<![\w.,’'£$€-])\d+(?:[.,]\d+)?(?![\d%]|[.,]\d)(?:\s+(?:mila|milioni|million))?"
)


# A year in the question's tail or time: the only figure a question may show.
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


# What no figure asked here may be: a sum, a share (money.py and percents.py ask those).
_NOT_A_FIGURE_AFTER = re.compile(
    r"\s*(?:di\s+|of\s+)?(?:%|per\s*cent|percent|euro|€|sterline|dollari|pounds|dollars"
    r"|miliardi|billion"
    r"|anni\b|years?\b|enne\b|-year)",
    re.IGNORECASE,
)


# The Italian plural verbs of a count said as what the subject amounts to: "sono", "risultano",
# "restano"; with "stati"/"state" after an auxiliary ("sono state").
_IT_COUNT_VERBS = frozenset(
    """sono erano saranno furono sarebbero risultano risultavano risulteranno
    restano restavano resteranno rimangono rimanevano rimarranno""".split()
)
_IT_BEEN = frozenset("stati state".split())
_IT_BE_AUXILIARIES = frozenset("sono erano saranno sarebbero".split())


# Italian verbs of a level something stops at or reaches, with "a" before the figure: "si
# fermerà a", "si è attestata a", "è arrivata a", "ammonta a" (a level a verb of change reaches,
# "è salito a", is levels.py's).
_IT_LEVEL_LEMMAS = frozenset("fermare attestare assestare arrivare giungere ammontare".split())
_IT_LEVEL_PREPOSITIONS = frozenset(["a"])


# English verbs whose object or complement is the level a quantity reaches: "reached",
# "totalled", "stood at", "came to", "numbered".
_EN_LEVEL_VERBS = {
    "reach": (),
    "total": (),
    "number": (),
    "top": (),
    "stand": ("at",),
    "come": ("to",),
    "amount": ("to",),
}


# English heads of a subject that is a quantity, which "was 4,300" gives the level of: "the
# population of the town", "attendance at the festival", "the total catch for mackerel".
_EN_AMOUNT_HEADS = frozenset(
    """total number catch quota output production attendance turnout population crowd count
    tally figure record capacity demand harvest yield membership enrolment enrollment
    consumption list backlog toll level limit target cap volume traffic audience footfall
    intake stock reserves rainfall snowfall workforce headcount sales exports imports numbers
    emissions deliveries arrivals admissions registrations entries applications visitors
    passengers""".split()
)


# Words that open an English subject in lowercase after its sentence's capital.
_EN_LOWER_OPENERS = frozenset("total annual average overall daily weekly final".split())


# Heads that say nothing of what they measure without a complement: "the total", "the figure".
_EN_GENERIC_HEADS = frozenset("total figure number count tally record level list limit".split())


# Words that end an English head noun's phrase: "the total catch| for mackerel".
_EN_HEAD_END = PREPOSITIONS["en"] | frozenset(["who", "which", "that"])


# The words a tail may open with in Italian: a preposition, joined or not, or a time adverb.
_IT_TAIL_OPENERS = (
    PREPOSITIONS["it"]
    | frozenset(ARTICULATED)
    | frozenset("oggi ora ancora attualmente complessivamente solo soltanto".split())
)
_EN_TAIL_OPENERS = PREPOSITIONS["en"] | frozenset(
    "today yesterday now last this next ago overall annually so".split()
)


def _verb_words(frame: _Frame) -> list[str]:
    return [w.lower() for w in frame.verb if w.lower() not in _KEPT_ADVERBS]


def _unit_end(text: str, end: int, language: str) -> int:
    """Where the unit after a figure ends: 'a 180.000| quintali|', '389,000| tonnes|'; `end`
    itself when no lowercase noun follows."""
    m = re.compile(r"\s+(?P<w>[a-zà-ù]{3,})\b").match(text, end)
    if m is None:
        return end
    word = m.group("w")
    openers = _IT_TAIL_OPENERS if language == "it" else _EN_TAIL_OPENERS
    if word in openers or word in {"e", "ed", "o", "ma", "and", "or", "but", "contro"}:
        return end
    of = _UNIT_OF.match(text, m.end())  # "33 tonnes| of water|": what the unit measures
    return of.end() if of else m.end()


# What a unit measures, after it: "tonnes| of water", "quintali| di nocciole".
_UNIT_OF = re.compile(r"\s+(?:of|di)\s+[a-zà-ù]{3,}\b")


# The words after a figure to the end of its clause.
_TIME_TAIL = re.compile(r"\s+(?P<time>[^,;:.()]+?)\s*(?:[,;:.]|$)")


def _shows_figure(words: str) -> bool:
    """Whether words hold a figure other than a year ('the catch for mackerel in 2026': no)."""
    return any(c.isdigit() for c in _A_YEAR.sub("", words))


def _clean_tail(text: str, end: int, language: str) -> str | None:
    """The rest of the figure's clause for the question, or None when it shows a second
    figure or does not open with a preposition or an adverb of time."""
    time = _TIME_TAIL.match(text, end)
    if time is not None and _IT_TIME.fullmatch(time.group("time")):
        return time.group("time")  # "erano 23.400| l’anno scorso."
    tail = _tail(text, end, language)
    if tail is None or _shows_figure(tail):
        return None
    if not tail:
        return ""
    openers = _IT_TAIL_OPENERS if language == "it" else _EN_TAIL_OPENERS
    return tail if tail.split()[0].lower() in openers or _IT_TIME.fullmatch(tail) else None


def _clean_when(frame: _Frame, language: str) -> bool:
    """Whether the time moved out of the clause reads as a phrase: no figure but a year, and
    no preposition left hanging at its end ('last year attendance at')."""
    when = frame.when
    if _shows_figure(when):
        return False
    return not when or when.split()[-1].lower() not in PREPOSITIONS[language]


def _italian_count(frame: _Frame, text: str, end: int) -> str | None:
    """'Quante sono le famiglie in graduatoria?' of 'Le famiglie in graduatoria sono 23.400':
    a plural definite subject, a verb of being and the bare figure."""
    words = frame.subject.split()
    if not words or words[0].lower() not in {"i", "gli", "le"} or frame.exact:
        return None
    if len(words) > 10 or _shows_figure(frame.subject):
        return None
    verb = [w for w in _verb_words(frame) if w not in _CLITICS]
    if not verb or verb[0] not in _IT_COUNT_VERBS:
        return None
    if len(verb) == 2 and not (verb[0] in _IT_BE_AUXILIARIES and verb[1] in _IT_BEEN):
        return None
    if len(verb) > 2 or _unit_end(text, end, "it") != end:
        return None  # "sono 23.400 famiglie": a count of its noun, asked with counts
    tail = _clean_tail(text, end, "it")
    if tail is None:
        return None
    how = _how_many_article(words[0])
    return squash(f"{how} {' '.join(frame.verb)} {frame.subject} {tail} {frame.when}") + "?"


def _italian_level(frame: _Frame, text: str, end: int) -> tuple[str, int] | None:
    """('A quanto si fermerà quest’anno la produzione di nocciole?', end of the answer) of
    'La produzione di nocciole si fermerà quest’anno a circa 180.000 quintali'."""
    words = frame.subject.split()
    if not words or _shows_figure(frame.subject) or len(words) > 10:
        return None
    if not re.match(r"(?:il|lo|la|i|gli|le)\s|l[’']", frame.subject, re.IGNORECASE):
        return None
    if frame.subject.lower().startswith("il numero "):
        return None  # "il numero dei morti è arrivato a 14": 'Quanti sono ora i morti?'
    verb = [w for w in _verb_words(frame) if w not in _CLITICS]
    if not verb or lemma(verb[-1], "it") not in _IT_LEVEL_LEMMAS:
        return None
    exact = frame.exact
    if not exact or exact[-1] not in _IT_LEVEL_PREPOSITIONS:
        return None
    # "si fermerà quest’anno| a": a time between the verb and the figure stays after the verb
    cut = _LAST_PREPOSITION.search(frame.between_text)
    adverbial = frame.between_text[: cut.start()].strip() if cut else ""
    if cut is None or adverbial and not _IT_TIME.fullmatch(adverbial):
        return None
    stop = _unit_end(text, end, "it")
    tail = _clean_tail(text, stop, "it")
    if tail is None:
        return None
    asked = f"A quanto {' '.join(frame.verb)} {adverbial} {frame.subject} {tail} {frame.when}"
    return squash(asked) + "?", stop


# The preposition before the figure, the last of the words between verb and figure.
_LAST_PREPOSITION = re.compile(r"(?:^|\s)a(?:\s+[a-zà-ù ]+)?$")


# A time between an Italian verb and its figure: "quest’anno", "nel 2025", "entro fine anno".
_IT_TIME = re.compile(
    r"(?:quest[’']anno|quest[ao]\s+(?:mese|settimana|stagione|estate|inverno)|ormai|già|oggi"
    r"|(?:nel|entro\s+il)\s+(?:19|20)\d\d|l[’']anno\s+scorso)",
    re.IGNORECASE,
)


def _english_head(subject: str) -> str:
    """The head noun of an English subject: 'the total catch for mackerel' -> 'catch'."""
    words = subject.split()
    head = next((i for i, w in enumerate(words) if w.lower() in _EN_HEAD_END), len(words))
    return words[head - 1].lower() if head else ""


def _english_level(frame: _Frame, text: str, end: int) -> tuple[str, int] | None:
    """('What will the total catch for mackerel be?', end of the answer) of 'The total catch
    for mackerel will be 389,000 tonnes'; 'What did attendance stand at?' of 'Attendance
    stood at 152,300'."""
    subject = frame.subject
    first = subject.split(maxsplit=1)[0] if subject else ""
    if first.lower() in _EN_AMOUNT_HEADS or first.lower() in _EN_LOWER_OPENERS:
        subject = first.lower() + subject[len(first) :]  # "Attendance at the festival"
    if not subject or _shows_figure(subject) or len(subject.split()) > 10:
        return None
    if _english_head(subject) not in _EN_AMOUNT_HEADS or frame.opening:
        return None
    if len(subject.split()) == 2 and subject.split()[1].lower() in _EN_GENERIC_HEADS:
        return None  # "the figure was 2.0": the figure of what, an earlier sentence says
    verb = _verb_words(frame)
    stop = _unit_end(text, end, "en")
    tail = _clean_tail(text, stop, "en")
    if tail is None or not verb:
        return None
    exact = frame.exact
    last = lemma(verb[-1], "en")
    if verb in (["was"], ["is"], ["were"], ["are"]) and not exact:
        body = f"{verb[0]} {subject}"
    elif len(verb) == 2 and verb[1] == "be" and not exact:
        body = f"{verb[0]} {subject} be"  # "will be"
    elif verb[0] in {"is", "was", "are", "were"} and verb[1:] == ["expected"]:
        if exact != ["to", "be"]:
            return None
        body = f"{verb[0]} {subject} expected to be"
    elif last in _EN_LEVEL_VERBS and exact == list(_EN_LEVEL_VERBS[last]):
        found = _english_body(frame, subject)
        if found is None:
            return None
        body = squash(f"{found} {' '.join(exact)}")
    else:
        return None
    return upper_first(squash(f"What {body} {tail} {frame.when}")) + "?", stop


# Verbs of saying that open an aside before the clause: ", ricorda il segretario Luca Brambilla,".
_SAY_LEMMAS = frozenset(
    """dire dichiarare affermare aggiungere sottolineare spiegare ricordare osservare precisare
    ribadire commentare rilevare evidenziare say add explain note tell point stress""".split()
)


# Words besides the prepositions that open a phrase of circumstance before a clause.
_LEAD_OPENERS = frozenset("under secondo despite nonostante last this next".split())


_LONGEST_KEPT_LEAD = 4  # words of an opening the question keeps: "nella sola Milano"


def _kept_lead(lead: str, language: str) -> str | None:
    """What the question keeps of the comma phrases before a clause: a short phrase that opens
    with a preposition ('Nella sola Milano' -> 'nella sola Milano'); an aside of saying and a
    long phrase of circumstance ('Under an agreement reached in London on Friday') are left
    out; None when a phrase is anything else (a clause of its own)."""
    kept = []
    for phrase in lead.split(", "):
        words = phrase.split()
        if not words:
            return None
        first = words[0].lower()
        if lemma(first, language) in _SAY_LEMMAS:
            continue  # "ricorda il segretario provinciale Luca Brambilla"
        openers = _IT_TAIL_OPENERS if language == "it" else PREPOSITIONS["en"]
        if first not in openers | _LEAD_OPENERS and not _IT_TIME.fullmatch(phrase):
            return None
        if len(words) <= _LONGEST_KEPT_LEAD and first not in {"secondo", "according"}:
            kept.append(first + phrase[len(first) :])
    return " ".join(kept)


def _clause_frame(text: str, start: int, s: Sentence, doc: Document) -> _Frame | None:
    """The frame of the figure at `start`; when the sentence opens with comma phrases the
    frame does not read ('Nella sola Milano, ricorda X, le famiglie ... sono 23.400'), the
    frame of the clause after the last comma, with the phrase it keeps as its time or place."""
    frame = _frame(text, start, s, doc)
    if frame is not None:
        return frame
    cut = text.rfind(", ", 0, start)
    if cut < 0:
        return None
    kept = _kept_lead(text[:cut], doc.language)
    if kept is None:
        return None
    clause = text[cut + 2 :]
    frame = _frame(upper_first(clause), start - cut - 2, s, doc)
    if frame is None or frame.when:
        return None
    return replace(frame, when=kept)


# An Italian count told first, its noun phrase after: "(A Milano) sono 23.400 le famiglie in
# graduatoria", "Nel 2024 sono stati oltre 3.000 i visitatori", "Sono già 120 le aziende che ...".
_INVERTED_COUNT = re.compile(
    r"(?:^|(?<=\s))(?P<verb>[Ss]ono|[Ee]rano|[Ss]aranno|[Ff]urono|[Ss]arebbero|[Rr]isultano"
    r"|[Rr]estano|[Rr]imangono)(?P<been>\s+stat[ie])?"
    r"(?:\s+(?:già|ancora|ormai|complessivamente|in\s+tutto|in\s+totale))?"
    r"(?:\s+(?:circa|oltre|quasi|almeno|più\s+di|appena|ben|solo|soltanto))?"
    rf"\s+(?P<num>{_ANY_NUMBER['it']})(?![.,]?\d)"
    r"\s+(?P<np>(?:i|gli|le)\s[^,;:()“”«»\"\d]{3,80}?)\s*(?=[,;:.]|$)"
)


_LONGEST_INVERTED_NP = 12  # words: "le aziende del distretto che hanno aderito al protocollo"


def _inverted_counts(text: str) -> Iterator[tuple[str, str, int]]:
    """'Quante sono a Milano le famiglie in graduatoria?' of 'A Milano sono 23.400 le famiglie
    in graduatoria': the count a plural copula puts before its subject, after a short phrase
    of time or place (kept after the verb) or a source (left out)."""
    for m in _INVERTED_COUNT.finditer(text):
        if _YEAR.fullmatch(m.group("num")):
            continue
        lead = text[: m.start()].strip().rstrip(",").strip()
        kept = _kept_lead(lead, "it") if lead else ""
        if kept is None or lead and lead.split()[0].lower() == "e":
            continue
        np = m.group("np")
        if len(np.split()) > _LONGEST_INVERTED_NP:
            continue
        been = m.group("been") or ""
        asked = f"{_how_many_article(np.split()[0])} {m.group('verb').lower()}{been} {kept} {np}"
        yield squash(asked) + "?", m.group("num"), m.start("num")


# What a sentence must hold for a figure's clause to be read at all (the cheap test first):
# an English head of an amount, an Italian verb of being or of a level ("si fermerà", "ammonta").
# Searched in the lowercased text: a pattern that ignores case tries each of its words at
# each word's start, where a case-sensitive one skips to the words whose first letter fits.
_CUE_WORDS = {
    "en": sorted(_EN_AMOUNT_HEADS),
    "it": [*sorted(_IT_COUNT_VERBS), "ferm", "attest", "assest", "arriv", "giun", "ammont"],
}
_CUES = {
    "en": re.compile(
        r"\b(?=[" + "".join(sorted({w[0] for w in _CUE_WORDS["en"]})) + r"])"
        r"(?:" + "|".join(_CUE_WORDS["en"]) + r")\b"
    ),
    "it": re.compile(
        r"\b(?=[" + "".join(sorted({w[0] for w in _CUE_WORDS["it"]})) + r"])"
        r"(?:" + "|".join(_CUE_WORDS["it"]) + r")"
    ),
}


def predicate_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, answer, start of the answer) of each figure its clause gives as what the
    subject is or amounts to."""
    text, language = s.text, doc.language
    inverted = list(_inverted_counts(text)) if language == "it" else []
    yield from inverted
    if _CUES[language].search(text.lower()) is None:
        return
    for m in _FIGURE.finditer(text):
        if any(at == m.start() for _, _, at in inverted):
            continue
        figure = m.group(0)
        if _YEAR.fullmatch(figure) or _NOT_A_FIGURE_AFTER.match(text, m.end()):
            continue
        frame = _clause_frame(text, m.start(), s, doc)
        if frame is None or not frame.subject or not _clean_when(frame, language):
            continue
        if language == "it":
            count = _italian_count(frame, text, m.end())
            if count is not None:
                yield count, figure, m.start()
                continue
            level = _italian_level(frame, text, m.end())
        else:
            level = _english_level(frame, text, m.end())
        if level is not None:
            asked, stop = level
            yield asked, text[m.start() : stop], m.start()
