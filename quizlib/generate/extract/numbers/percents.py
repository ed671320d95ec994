"""A change by a percentage said after a figure, as a phrase that sums it up: "Its turnover
reached £58 million, an increase of 11% on the year before" -> 'By how much did its turnover
increase on the year before?', "sono state registrate 11.500 presenze, con un aumento del 22%
rispetto al 2024" -> 'Di quanto sono aumentate le presenze rispetto al 2024?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...chunks import PREPOSITIONS, main_verb, tokens
from ...document import Document, Sentence
from ...lexicon import ARTICULATED, EN_PAST, STOPWORDS, UNITS
from ...text import squash, takes_lo, upper_first
from ...verbs import is_finite, is_participle, is_verb_lemma, lemma
from .clause import _PRESENT_HEADS, _english_body, _frame, _is_copula, _tail
from .counts import _CURRENCIES, _counts
from .words import _has_digit

_PCT = r"(?P<pct>\d[\d.,]*\s?(?:%|per\s+cento\b|per\s+cent\b|percent\b))"

# A comma or a point inside a figure, which ends no phrase: "on last year’s 297,000".
_IN_FIGURE = r"(?<=\d)[.,](?=\d)"

# The phrase after a comma: the change, its percentage and what it is measured against.
_CHANGE_AFTER = {
    "en": re.compile(
        r"[,:]\s+(?:(?:with\s+)?(?:an?\s+)(?P<noun>increase|rise|jump|growth|fall|drop|decrease|"
        r"decline|reduction)\s+of\s+|(?P<dir>up|down)\s+(?:by\s+)?|an?\s+(?=\d[\d.,]*\s?%\s+"
        r"(?P<before>increase|rise|jump|fall|drop|decrease|decline|reduction)\b))"
        r"(?P<approx>(?:about|around|almost|nearly|more\s+than|over)\s+)?" + _PCT + r""
        r"(?:\s+(?:increase|rise|jump|fall|drop|decrease|decline|reduction))?"
        r"(?:\s+(?P<than>(?:on|compared\s+(?:with|to)|since)\s+(?:[^,;:.()]|"
        + _IN_FIGURE
        + r"){2,40}?))?"
        r"\s*(?:[,;.](?!\d)|$)"
    ),
    "it": re.compile(
        r"[,:]\s+(?:(?:con\s+)?(?:un|una|un’)\s?(?P<noun>aumento|incremento|crescita|rialzo|calo|"
        r"diminuzione|riduzione|flessione|contrazione)|in\s+(?P<dir>aumento|crescita|rialzo|"
        r"calo|diminuzione|flessione))\s+(?:del\s+|dell’|di\s+)"
        r"(?P<approx>(?:circa|quasi|oltre)\s+(?:il\s+|l’)?)?" + _PCT + r""
        r"(?:\s+(?P<than>(?:rispetto\s+(?:a|al|allo|alla|ai|agli|alle|all’)|sul|sull’|sulla)"
        r"(?:\s|(?<=’))[^,;:.()]{2,40}?))?\s*(?:[,;.]|$|\s+che\s)"
    ),
}

# An Italian change told as a share more or less than before, after a comma: ", il 12% in più
# rispetto al 2024", ", l’8% in meno rispetto allo stesso periodo".
_MORE_AFTER = re.compile(
    r",\s+(?:il\s+|l’)(?P<approx>(?:circa|quasi|oltre)\s+(?:il\s+|l’)?)?" + _PCT + r"\s+in\s+"
    r"(?P<more>più|meno)(?:\s+(?P<than>(?:rispetto\s+(?:a|al|allo|alla|ai|agli|alle|all’)|"
    r"(?P<of>di|del|dello|della|dei|degli|delle|dell’))"
    r"(?:\s|(?<=’))[^,;:.()]{2,40}?))?\s*(?:[,;.]|$)"
)

# An English change told as a share more or less than before, after a comma: ", 9% more than
# the year before", ", 12 per cent fewer than in 2023".
_EN_MORE_AFTER = re.compile(
    r",\s+(?P<approx>(?:about|around|almost|nearly|some|roughly)\s+)?" + _PCT + r"\s+"
    r"(?P<more>more|higher|less|fewer|lower)(?:\s+than\s+(?P<than>(?:[^,;:.()]|"
    + _IN_FIGURE
    + r"){2,40}?))?\s*(?:[,;.](?!\d)|$)"
)

# The Italian "rispetto a" of the "di" a share more or less than before opens with: "il 6% in
# più| dell’anno prima" -> "rispetto all’anno prima".
_IT_COMPARED = {
    "di": "rispetto a",
    "del": "rispetto al",
    "dello": "rispetto allo",
    "della": "rispetto alla",
    "dei": "rispetto ai",
    "degli": "rispetto agli",
    "delle": "rispetto alle",
    "dell’": "rispetto all’",
}

_FALLS = frozenset(
    """fall drop decrease decline reduction down calo diminuzione riduzione flessione
    contrazione""".split()
)

# The words a figure's noun may have after it before the comma: a time or a place ("nel
# 2025", "last year", "across the UK").
_LONGEST_AFTER = 5


def change_after_figure_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, answer, where the answer starts) of each change summed up after a figure."""
    language = doc.language
    found = list(_CHANGE_AFTER[language].finditer(s.text))
    found += (_MORE_AFTER if language == "it" else _EN_MORE_AFTER).finditer(s.text)
    for m in found:
        thing = _changed_thing(s, m.start(), doc)
        if thing is None:
            continue
        named, plural, past, when = thing
        fall = _falls(m)
        than = squash(f"{when} {_compared(m, language)}")
        asked = (
            _italian_question(named, plural, past, fall, than)
            if language == "it"
            else _english_question(named, plural, past, fall, than)
        )
        if asked is not None:
            yield asked, m.group("pct"), m.start("pct")


_IN_YEAR = re.compile(r"^in\s+(?=(?:19|20)\d\d$)")  # "than in 2022": "compared with 2022"


def _compared(m: re.Match[str], language: str) -> str:
    """What a change is measured against, as the question says it: 'rispetto all’anno
    prima' for 'dell’anno prima', 'compared with the year before' for 'than the year
    before', 'on last year' for 'on last year’s 297,000' (the figure is the answer's base)."""
    than = m.group("than") or ""
    if not than:
        return ""
    if language == "en":
        than = re.sub(r"’s\s+\d[\d.,]*$", "", than.replace("'", "’"))
        if "more" in m.groupdict() and m.group("more"):
            return f"compared with {_IN_YEAR.sub('', than)}"
        return than
    of = m.groupdict().get("of")
    if of:  # "dell’anno prima" -> "rispetto all’anno prima"
        return _IT_COMPARED[of] + (" " if not of.endswith("’") else "") + than[len(of) :].lstrip()
    return than


def _falls(m: re.Match[str]) -> bool:
    """Whether a change summed up after a figure is a fall: 'a drop of', 'in calo del', 'in
    meno'."""
    groups = m.groupdict()
    if groups.get("more"):
        return groups["more"] in ("meno", "less", "fewer", "lower")
    return (groups.get("noun") or groups.get("dir") or groups.get("before")) in _FALLS


def _changed_thing(s: Sentence, comma: int, doc: Document) -> tuple[str, bool, bool, str] | None:
    """(what changed, whether it is plural, whether its clause is in the past, when) of the figure
    that ends the clause before `comma`: the noun it counts ('11.500 presenze'), the noun a
    sum is for ('ricavi per 48,6 milioni') or the subject a sum is told of ('Its turnover
    reached £58 million')."""
    language = doc.language
    clause = s.text[:comma]
    found = [
        c for c in _counts(clause, language, True, frozenset()) if not _YEAR.fullmatch(c.number)
    ]
    if not found:
        return _bare_figure_changed(s, clause, doc)
    count = found[-1]
    after = clause[count.noun_end :].split()
    if len(after) > _LONGEST_AFTER or any(is_finite(w, language) for w in after):
        return None  # "157 countries| started the race": the figure is not what changed
    frame = _frame(s.text, count.start, s, doc)
    past = None if frame is None else _past(frame.verb, language)
    if frame is None or past is None:
        return None
    time = " ".join(after)
    when = squash(f"{frame.when} {time if _TIME.fullmatch(time) else ''}")
    if count.noun in _CURRENCIES or count.noun in _NO_NOUNS:
        if not frame.subject or frame.opening:
            return None
        if not frame.between or _level_before(frame.between_text, language):
            # "Its turnover reached| £58 million", "il fatturato si è fermato a| 187 milioni"
            return frame.subject, _plural_subject(frame.subject, language), past, when
        words = frame.between_text.split()
        if language == "it" and len(words) == 2 and words[1] == "per" and words[0].isalpha():
            noun = words[0].lower()  # "ha registrato ricavi per 48,6 milioni"
            return f"{_plural_article(noun)} {noun}", True, past, when
        return None
    if count.noun in _TIMES:
        return None  # "called out 1,137 times": a count of events, no number of "times"
    if count.noun in UNITS or count.counted != count.nouns:
        return None  # "215,000 tonnes": a measure, the harvest changed
    if not all(w.isalpha() and w.islower() for w in count.counted.split()):
        return None
    noun = count.counted.lower()
    if language == "it":
        return f"{_plural_article(noun)} {noun}", True, past, when
    return f"the number of {noun}", False, past, when


# A bare figure that ends a clause: "Attendance reached| 320,000".
_BARE_FIGURE_END = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+$|(?<![\w.,])\d{4,}$")


def _bare_figure_changed(
    s: Sentence, clause: str, doc: Document
) -> tuple[str, bool, bool, str] | None:
    """(subject, plural, past, when) of a clause that ends with a bare figure its subject
    reached: 'Attendance reached 320,000, up 9%' -> 'By how much did attendance rise?'."""
    m = _BARE_FIGURE_END.search(clause.rstrip())
    if m is None or _YEAR.fullmatch(m.group(0)):
        return None
    frame = _frame(s.text, m.start(), s, doc)
    if frame is None or not frame.subject or frame.opening:
        return None
    past = _past(frame.verb, doc.language)
    if past is None or (frame.between and not _level_before(frame.between_text, doc.language)):
        return None
    return frame.subject, _plural_subject(frame.subject, doc.language), past, frame.when


# The words between a verb and the sum a subject came to, which is the subject's level: "rose
# to| £58 million", "si è fermato a| 187 milioni", "ha raggiunto i| 340 milioni".
_LEVEL_BEFORE = {"en": frozenset(["to"]), "it": frozenset("a ad i gli".split())}


def _level_before(between: str, language: str) -> bool:
    """Whether the words between a verb and its sum tell the level the subject came to."""
    return between.rstrip("$€£ ").lower() in _LEVEL_BEFORE[language]


_TIMES = frozenset("times volte".split())
# Words after a bare figure that are no noun it counts: "reached 8,200| last year".
_NO_NOUNS = frozenset("last this next".split())
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")
# A time after a figure's noun, which the question keeps: "nel 2025", "last year".
_TIME = re.compile(r"(?:nel|in)\s+(?:19|20)\d\d|(?:last|this)\s+year|quest’anno|l’anno\s+scorso")
_CLITICS = frozenset("si ci ne vi".split())
_IT_PAST_HEADS = frozenset("ha hanno è sono aveva avevano era erano fu furono".split())


def _past(verb: tuple[str, ...], language: str) -> bool | None:
    """Whether a verb group tells of the past (True) or of now (False); None for a future or
    a modal, whose change the question would not tell well."""
    heads = [w.lower() for w in verb if w.lower() not in _CLITICS]  # "si è fermato"
    head = heads[0] if heads else verb[0].lower()
    if language == "it":
        if head.endswith(("rà", "ranno")):
            return None
        return head in _IT_PAST_HEADS or head.endswith(("ò", "ì", "ava", "avano", "eva", "evano"))
    if head in _PRESENT_HEADS or head in {"would", "could", "should", "might"}:
        return None if head not in {"is", "are"} else False
    return True


def _plural_article(noun: str) -> str:
    """The Italian plural article of a noun, by its first word: 'i ricavi', 'gli ingressi',
    'le presenze', 'le presenze ufficiali'."""
    noun = noun.split(" ", 1)[0]
    if noun.endswith("e"):
        return "le"
    return "gli" if noun[:1] in "aeiou" or takes_lo(noun) else "i"


def _plural_subject(subject: str, language: str) -> bool:
    first = subject.split()[0].lower()
    if language == "it":
        return first in {"i", "gli", "le"}
    return subject.split()[-1].endswith("s") and not subject.split()[-1].endswith("ss")


_IT_ENDINGS = {"il": "o", "lo": "o", "la": "a", "i": "i", "gli": "i", "le": "e"}


def _italian_question(named: str, plural: bool, past: bool, fall: bool, than: str) -> str | None:
    """'Di quanto sono aumentate le presenze rispetto al 2024?'."""
    ending = _IT_ENDINGS.get(named.split()[0].lower())
    if ending is None:
        return None  # "l’utile": whose gender the article does not show
    if past:
        aux = "sono" if plural else "è"
        verb = f"{aux} {'calat' if fall else 'aumentat'}{ending}"
    else:
        verb = ("calano" if fall else "aumentano") if plural else ("cala" if fall else "aumenta")
    return upper_first(squash(f"Di quanto {verb} {named} {than}")) + "?"


def _english_question(named: str, plural: bool, past: bool, fall: bool, than: str) -> str:
    """'By how much did its turnover increase on the year before?'."""
    do = "did" if past else "do" if plural else "does"
    return squash(f"By how much {do} {named} {'fall' if fall else 'increase'} {than}") + "?"


# A percentage that sizes the verb's object, a noun of change or of a rate: "showed| an
# increase of| 12%", "hanno registrato| un aumento di circa il| 12%"; the words from the verb
# group to the figure, an approximation after "of" or "di" left out.
_PERCENT_NOUN = {
    "en": re.compile(
        r"^(?P<art>an?)\s+(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s+of"
        r"(?:\s+(?:about|around|almost|nearly|roughly|some|over|just\s+over|just\s+under"
        r"|more\s+than|less\s+than|at\s+least|up\s+to|only))?$"
    ),
    "it": re.compile(
        r"^(?P<art>un|uno|una|un’)\s?(?P<np>[a-zà-ù]+(?:\s+[a-zà-ù]+){0,5}?)"
        r"\s+(?:del|dell’|di\s+(?:(?:circa|oltre|quasi|almeno|appena|ben|solo)\s+"
        r"(?:il|l’)|(?:poco\s+)?(?:più|meno)\s+(?:del|dell’)))$"
    ),
}
_PCT_FIGURE = re.compile(r"(?<![\w.,])\d[\d.,]*\s?(?:%|per\s+cento\b|per\s+cent\b|percent\b)")


def percent_noun_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str]]:
    """(question, answer) of each percentage that sizes its verb's object, told in any tense
    and verb group: 'Ticket sales will show an increase of 12% on last year' -> 'What
    increase will ticket sales show on last year?', 'Le vendite hanno registrato un aumento di
    circa il 12%' -> 'Quale aumento hanno registrato le vendite?'."""
    language = doc.language
    for m in _PCT_FIGURE.finditer(s.text):
        frame = _frame(s.text, m.start(), s, doc)
        if frame is None or not frame.subject or frame.opening or _is_copula(frame, language):
            continue
        complement, between = _complement_first(frame.between_text.split(), language)
        found = _PERCENT_NOUN[language].match(between)
        if found is None or not _plain_noun(found.group("np"), language):
            continue
        tail = _tail(s.text, m.end(), language)
        if tail is None or _has_digit(_YEAR_WORD.sub("", tail)):
            continue  # "rispetto al 2025" is when; another figure, a second fact
        if tail and tail.split(maxsplit=1)[0].lower() in _OF_WHOLE:
            continue  # "a cut of 10%| of its staff": a share of a whole
        np = found.group("np")
        if language == "it":
            which = "Quali" if np.split()[0].endswith("i") and found.group("art") else "Quale"
            verb = " ".join(frame.verb)
            asked = f"{which} {np} {verb} {frame.subject} {complement} {tail} {frame.when}"
        else:
            body = _english_body(frame, frame.subject)
            if body is None:
                continue
            asked = f"What {np} {body} {complement} {tail} {frame.when}"
        yield upper_first(squash(asked)) + "?", m.group(0)


_LONGEST_COMPLEMENT = 5  # words: "per i giacimenti su terraferma"
_ARTICLES_BEFORE = {"it": ("un ", "uno ", "una ", "un’"), "en": ("a ", "an ")}


def _complement_first(words: list[str], language: str) -> tuple[str, str]:
    """(complement, the rest) of the words between a verb and a percentage, when a complement
    comes before the object: 'fissa| per i giacimenti| un’aliquota del| 10%', 'set| for
    offshore fields| a levy of| 10%'; ('', all of them) otherwise."""
    between = " ".join(words)
    at = next(
        (
            i
            for i in range(len(words))
            if " ".join(words[i:]).startswith(_ARTICLES_BEFORE[language])
        ),
        0,
    )
    pre = words[:at]
    if len(pre) < 2 or len(pre) > _LONGEST_COMPLEMENT:
        return "", between  # "reagito con| un rialzo": a preposition alone governs the object
    if pre[0].lower() not in PREPOSITIONS[language] and pre[0].lower() not in ARTICULATED:
        return "", between
    if any(_has_digit(w) or is_finite(w, language) or not w.isalpha() for w in pre[1:]):
        return "", between  # a figure or a verb: a clause of its own
    return " ".join(pre), " ".join(words[at:])


def _plain_noun(np: str, language: str) -> bool:
    """A plain noun phrase of small words with no verb: 'increase', 'pre-tax margin', 'tasso
    medio di occupazione delle camere' ('di' and its forms join nouns inside it)."""
    words = np.split()
    if words[-1] in _JOINS or is_participle(words[0], language):
        return False
    return all(
        (i and w in _JOINS)
        or (w not in STOPWORDS[language] and w not in _NEAR and not is_finite(w, language))
        for i, w in enumerate(words)
    )


_JOINS = frozenset("di del dello della dei degli delle".split())


# What opens the whole a share is of, after it: "a cut of 10%| of its staff", "del 10%| dei voli".
_OF_WHOLE = frozenset("of di del dello della dei degli delle dell’".split())


# Words of an approximation, which no noun phrase holds: "di poco meno del".
_NEAR = frozenset("poco più meno circa oltre quasi almeno appena ben solo".split())


# An Italian share a subject is equal to, told with "pari a": "La spesa per il personale è|
# pari al| 12%| del bilancio", "era pari a circa il 30%"; the whole after the figure.
_EQUAL_TO = re.compile(
    r"^pari\s+(?:al|all’|a\s+(?:(?:circa|oltre|quasi|almeno|appena|ben|solo|più\s+di|meno\s+di|"
    r"poco\s+più\s+di|poco\s+meno\s+di)\s+)?(?:il|l’)"
    r"|a\s+(?:poco\s+)?(?:più|meno)\s+(?:del|dell’))$"
)
_WHOLE_AFTER = re.compile(
    r"\s+(?P<of>del|dello|della|dei|degli|delle|dell’)\s?(?P<whole>[a-zà-ù][^,;:.()\d]{1,60}?)"
    r"(?=\s*[,;.]|$)"
)
_IT_BE_HEADS = frozenset("è sono era erano sarà saranno fu furono".split())


def equal_share_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str]]:
    """(question, answer) of each Italian percentage a subject is equal to: 'La spesa per il
    personale è pari al 12% del bilancio' -> 'A quale percentuale del bilancio è pari la spesa
    per il personale?'."""
    if doc.language != "it":
        return
    for m in _PCT_FIGURE.finditer(s.text):
        frame = _frame(s.text, m.start(), s, doc)
        if frame is None or not frame.subject or frame.opening or _has_digit(frame.subject):
            continue
        if frame.verb[0].lower() not in _IT_BE_HEADS or len(frame.verb) > 2:
            continue
        if _EQUAL_TO.match(" ".join(frame.between_text.split())) is None:
            continue
        whole = _WHOLE_AFTER.match(s.text, m.end())
        rest = s.text[whole.end() if whole else m.end() :].lstrip()
        if rest[:1] not in {"", ".", ",", ";"}:
            continue  # "pari al 12% in più": more than a share follows
        of = f"{whole.group('of')}{'' if whole.group('of').endswith('’') else ' '}" if whole else ""
        named = f"{of}{whole.group('whole')}" if whole else ""
        verb = " ".join(frame.verb)
        when = frame.when if _has_digit(frame.when) else ""  # "nel 2024", not "in effetti"
        asked = f"A quale percentuale {named} {verb} pari {frame.subject} {when}"
        yield upper_first(squash(asked)) + "?", m.group(0)


# An English figure told as up or down by a percentage, and maybe to a level, in a phrase after
# a participle, "with" or a comma: "results showing| turnover up 14% to £38.2m", ", with sales
# down 3% at £4m".
_UP_BY = re.compile(
    r"(?:\bshowing|\bwith|\bleaving|,(?!\s+(?:with|showing|leaving)\b))\s+(?P<np>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"\s+(?P<dir>up|down)\s+(?:by\s+)?(?P<approx>(?:about|around|almost|nearly|more\s+than|"
    r"over|some)\s+)?" + _PCT + r"(?:\s+(?:to|at)\s+(?P<sum>[$€£]\s?\d+(?:[.,]\d+)*"
    r"(?:\s?(?:m|bn|k)\b|\s+(?:million|billion)\b)?)(?=[\s,;.]|$)"
    r"|(?:\s+(?P<than>on\s+[^,;:.()]{2,40}?))?(?=\s*(?:[,;.]|\s+and\b|$)))"
)
_EN_PAST_WORDS = frozenset("had was were did".split())


def up_by_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str]]:
    """(question, answer) of a figure told up or down by a percentage after a participle or
    'with': 'The firm published results showing turnover up 14% to £38.2m' -> 'By how much did
    turnover increase?' (14%), 'What did turnover rise to?' (£38.2m); in the tense of the
    clause before it."""
    if doc.language != "en":
        return
    for m in _UP_BY.finditer(s.text):
        words = m.group("np").split()
        if words[0] == "the":
            words = words[1:]
        if not words or any(w in STOPWORDS["en"] or is_finite(w, "en") for w in words):
            continue
        before = s.text[: m.start()].split()
        if not any(
            w in EN_PAST or w in _EN_PAST_WORDS or (w.endswith("ed") and len(w) > 4) for w in before
        ):
            continue  # the clause before shows no past: its time is unknown
        np = " ".join(words)
        plural = words[-1].endswith("s") and not words[-1].endswith("ss")
        fall = m.group("dir") == "down"
        yield _english_question(np, plural, True, fall, m.group("than") or ""), m.group("pct")
        if m.group("sum"):
            verb = "fall" if fall else "rise"
            yield f"What did {np} {verb} to?", m.group("sum")


# A share that opens the clause after an opening frame: "Of the 310 firms surveyed,| 38% had
# cut staff", "Secondo un’indagine su 310 imprese,| il 38% ha ridotto il personale", "By the
# final year,| 27 per cent of those fitted said ...". The frame stays in the question, which
# then keeps the whole the frame names.
_OPENED_SHARE = re.compile(
    r"^(?P<open>[^,;:()«»“”\"]{3,140}),\s+(?P<lead>(?:(?:circa|quasi|oltre|solo|soltanto|appena"
    r"|ben|about|nearly|almost|over|only|just|some|around|roughly|approximately"
    r"|(?:fewer|less|more)\s+than|at\s+least)\s+)?(?:il\s+|l’)?)"
    r"(?P<num>\d+(?:[.,]\d+)?)\s?(?P<unit>%|per\s+cento\b|per\s+cent\b|percent\b)\s+"
    r"(?:(?P<of>dell’|della|dello|delle|dei|degli|del\b|di\b|of\b)\s*)?(?P<rest>.+)$",
    re.IGNORECASE,
)
# An opening that names the whole a bare share ("38% had ...") is a part of: "Of the 310
# firms", "Dei 1.200 soci", "Tra i 300 iscritti", or a group counted in it ("su 310 imprese").
_WHOLE_OPENING = re.compile(
    r"^(?:of|among|dei|degli|delle|tra|fra)\s|\b\d[\d.,]*\s+[a-zà-ù]{3,}", re.IGNORECASE
)
# Words after "of"/"di" that point back to a whole named before: "il 40% di loro".
_POINTING_BACK = frozenset("loro essi esse them these it questi queste quelli".split())
_SHARE_CLAUSE_END = re.compile(r"(?:,(?!\d)|;|:|\s[–—]\s|\.$)")
_JOINED = re.compile(r"\s(?:e|and)\s")
_LONGEST_SHARE_CLAUSE = 20
# An Italian "essere" and a participle or adjective in "-o" after it, which agrees with the
# subject and not with the question's "percentuale".
_IT_AGREEING = re.compile(r"\b(?:è|era|sarà|fu|sia|fosse)\s+(?:\w+\s+)?\w{3,}o\b")


def opened_share_question(text: str, language: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(question, answer, accepted) of a share that opens the clause after an opening frame,
    which the question keeps: 'Of the 310 firms surveyed, 38% had cut staff' -> 'Of the 310
    firms surveyed, what percentage had cut staff?'. With no 'of' after the share the frame
    must name the whole; the share's clause must have a verb of its own."""
    if "%" not in text and " cent" not in text:
        return None
    m = _OPENED_SHARE.match(text)
    if m is None:
        return None
    opening = m.group("open").strip()
    if any(is_finite(w, language) and not is_participle(w, language) for w in opening.split()):
        return None  # "The survey found, ...": a clause, no frame
    if language == "en" and any(cue in opening for cue in ("urvey of ", "oll of ")):
        return None  # "According to a survey of 64 growers, ...": asked of those surveyed
    of = m.group("of")
    if of is None and _WHOLE_OPENING.search(opening) is None:
        return None  # "Nel 2024, il 38% ha ...": a share of what?
    rest = _SHARE_CLAUSE_END.split(m.group("rest"), maxsplit=1)[0].strip()
    words = rest.split()
    if not words or words[0].lower() in _POINTING_BACK or _PCT_FIGURE.search(rest):
        return None  # "il 40% di loro", "il 68% degli studenti e il 61% dei genitori"
    rest = _first_clause(rest, language)
    toks = tokens(rest)
    verb = main_verb(toks, language)
    if verb is None and toks and _present_first(toks[0].low, language):
        verb = 0  # "vive in città", "live abroad"
    if verb is None or len(toks) > _LONGEST_SHARE_CLAUSE or len(toks) - verb < 2:
        return None
    if of is None and verb != 0:
        return None  # the clause opens with its verb: "il 38% ha ridotto"
    answer = f"{m.group('num')}%"
    accepted = (squash(text[m.start("lead") : m.end("unit")]),)
    if language == "it":
        if _IT_AGREEING.search(rest):
            return None  # "era assicurato": the participle would have to agree with the share
        whole = "" if of is None else of.lower() + ("" if of.endswith("’") else " ")
        asked = f"{opening}, quale percentuale {whole}{rest}"
    else:
        asked = f"{opening}, what percentage {'of ' if of else ''}{rest}"
    return squash(asked) + "?", answer, accepted


def _first_clause(rest: str, language: str) -> str:
    """The words of a share's clause up to a second clause joined with 'e'/'and' ('ha ridotto
    il personale| e una su cinque ha chiesto un prestito'); a joined object stays."""
    for m in _JOINED.finditer(rest):
        after = rest[m.end() :].split()
        if any(is_finite(w, language) and not is_participle(w, language) for w in after):
            return rest[: m.start()]
    return rest


def _present_first(word: str, language: str) -> bool:
    """Whether the first word of a share's clause is a present its place makes a verb: 'il
    60%| vive in città', '45 per cent| live abroad'."""
    if word in STOPWORDS[language] or word in PREPOSITIONS[language]:
        return False
    if language == "it":
        return is_finite(word, "it")
    return is_verb_lemma(word) and lemma(word, "en") == word
