"""Where a clause's subject begins after an opening phrase written with no comma ('Last winter
at least 14 boats had to wait offshore', 'Nel 2026 gli ispettori hanno analizzato ...', 'Per
far funzionare il reparto l’Asl ha assunto ...'), where a phrase moved after its clause goes
('The trust confirmed on Tuesday that ...', not '... that 40 jobs would go on Tuesday'), and
the asides set off between a subject and its verb ('The last dredge, in 2011, removed ...',
'Mark Hill, 38, of Harraby, was jailed ...'), left out or, when they say when, moved.

The boundary of an opening phrase is taken only where it is certain: in English a phrase of
time or date of a known shape ('Last winter', 'On Tuesday', 'In the past five years') or 'In'
and a place's name before a subject in small letters; in Italian those, and any phrase of a
preposition with no verb of its own, where the subject is the first article's phrase or name
after it that runs to a finite verb with no other article (Italian has no relative clause
without 'che', so two noun phrases side by side are the phrase's end and the subject).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .chunks import PREPOSITIONS, Token, joins_digits, tokens
from .lexicon import ARTICLES, ARTICULATED, MONTH_WORDS, MONTHS, SAY_VERBS, WEEKDAYS
from .tenses import EN_SAME_PAST
from .text import upper_first
from .verbs import (
    AUXILIARIES,
    is_finite,
    is_gerund,
    is_participle,
    is_present_at,
    may_be_present,
)


def verb_at(toks: list[Token], i: int, language: str, before: str | None = None) -> bool:
    """Whether the token at `i` (not the first) is a finite verb: an auxiliary, a conjugated
    verb, an English present in its place ('The bridge measures 400 metres'; `before`: the
    word its subject ends with, when that is not the token before it)."""
    t = toks[i]
    if t.low in AUXILIARIES[language]:
        return True
    if not t.text[:1].islower() or "-" in t.text:
        return False
    if is_finite(t.text, language):
        return True
    if language != "en" or i + 1 >= len(toks):
        return False
    after = toks[i + 1].text
    before = toks[i - 1].text if before is None else before
    return t.low in EN_SAME_PAST or is_present_at(before, t.text, after, "en")


_EN_MONTH = "(?:" + "|".join(MONTHS["en"]) + ")"
_IT_MONTH = "(?:" + "|".join(MONTHS["it"]) + ")"
_EN_WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_IT_WEEKDAYS = [w for w in sorted(WEEKDAYS) if not w.endswith("y")]
_IT_WEEKDAY = "(?:" + "|".join(_IT_WEEKDAYS) + ")"
_IT_WEEKDAY_OPENING = "(?:" + "|".join(w.capitalize() for w in _IT_WEEKDAYS) + ")"
_EN_PERIOD = (
    r"(?:year|week|month|winter|summer|spring|autumn|fall|season|weekend|morning|afternoon|"
    r"evening|night|decade|quarter|term|century|half)"
)
_EN_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several)"
_EN_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# A date or a stretch of time after a preposition: "3 March 2024", "March 2024", "2011",
# "the 1990s", "Tuesday", "the past five years", "the summer of 2024".
_EN_DATE = (
    rf"(?:(?:the )?{_EN_DAY} {_EN_MONTH}(?: \d{{4}})?"
    rf"|{_EN_MONTH}(?: {_EN_DAY})?(?: \d{{4}})?"
    r"|\d{4}(?: and \d{4})?|(?:early|late|mid-) ?\d{4}|the (?:early |late |mid-)?\d{4}s"
    rf"|{_EN_WEEKDAY}(?: (?:morning|afternoon|evening|night))?"
    rf"|the (?:past|last|first|previous|next|coming|same|following|latest|second|final) "
    rf"(?:{_EN_COUNT} )?{_EN_PERIOD}s?(?: of (?:\d{{4}}|the year|last year|this year))?"
    r"|(?:the )?(?:spring|summer|autumn|winter)(?: of \d{4})?)"
)
# A part of a stretch of time: "the end of July", "the start of the season", "the first half of
# 2024", "the turn of the century".
_EN_PART_OF = (
    r"the (?:end|start|beginning|middle|close|turn|height|(?:first|second|latter) half|"
    r"(?:first|second|third|fourth|final|last) (?:quarter|week|month|day|half))"
    rf" of (?:{_EN_DATE}|(?:the|last|this|next) {_EN_PERIOD})"
)
# A date or a part of a stretch of time: either end of a range ("Between the start of July
# and the end of October").
_EN_WHEN = rf"(?:{_EN_PART_OF}|{_EN_DATE})"
# An Italian date or month, either end of a range ("Tra luglio e ottobre", "Dal 1° marzo al
# 30 giugno").
_IT_WHEN = rf"(?:(?:\d{{1,2}}(?:º|°)? )?{_IT_MONTH}(?: \d{{4}})?|\d{{4}})"
# English opening phrases of time, date or place whose end is certain.
_EN_OPENING = re.compile(
    rf"^(?:(?:Last|This|Next|Earlier this|Later this|Earlier last|Late last|Early next) "
    rf"(?:{_EN_PERIOD}|{_EN_MONTH}|{_EN_WEEKDAY})"
    r"|(?:Yesterday|Today|Tomorrow|Overnight)(?: (?:morning|afternoon|evening))?"
    rf"|(?:Between {_EN_WHEN} and|From {_EN_WHEN} (?:to|until)) {_EN_WHEN}"
    r"|(?:On|By|Since|Until|In|From|Before|After|During|Throughout|Between|Over|Within|"
    rf"Earlier in|Later in|Early in|Late in|Towards|Toward|Around) (?:{_EN_PART_OF}|{_EN_DATE})"
    rf"|At {_EN_PART_OF}"
    rf"|(?:\d+|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) {_EN_PERIOD}s ago"
    r"|(?P<place>(?:In|At) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}))(?= )"
)
_IT_PERIOD = (
    r"(?:anno|mese|settimana|estate|inverno|primavera|autunno|stagione|weekend|fine settimana"
    r"|decennio|semestre|trimestre)"
)
# Italian opening phrases of time whose end is certain: "Ieri", "Lo scorso anno", "Il 3 marzo".
_IT_OPENING = re.compile(
    r"^(?:(?:Ieri|Oggi|Domani|Stamattina|Stamani|Stasera|Stanotte)(?: (?:mattina|pomeriggio|sera))?"
    rf"|{_IT_WEEKDAY_OPENING}(?: (?:scorso|scorsa|prossimo|prossima|mattina|pomeriggio|sera))?"
    rf"|(?:Lo|La) (?:scors[oa]|prossim[oa]) "
    rf"(?:{_IT_PERIOD}|(?:\d{{1,2}} )?{_IT_MONTH}|{_IT_WEEKDAY})"
    rf"|(?:L’|Il |La |Lo ){_IT_PERIOD} (?:scors[oa]|prossim[oa])"
    rf"|(?:Quest’|Questo |Questa ){_IT_PERIOD}"
    rf"|Il \d{{1,2}}(?:º|°)? {_IT_MONTH}(?: \d{{4}})?"
    rf"|(?:Tra|Fra) {_IT_WHEN} e {_IT_WHEN}"
    rf"|(?:Da |Dal |Dall’){_IT_WHEN} (?:a |al |all’){_IT_WHEN}"
    r")(?= )"
)
_IT_ELIDED = frozenset("l’ un’ quest’".split())
_SUBJECT_WORDS = {
    "en": frozenset("the a an this these those".split()),
    "it": ARTICLES["it"] | frozenset("questo questa questi queste".split()),
}
_HEDGES = {
    "en": frozenset("about around almost nearly over some more fewer up just only least".split()),
    "it": frozenset("circa oltre quasi almeno più appena solo soltanto ben".split()),
}
# Words a hedge may be read with before its figure: "at least 14", "more than 40", "più di 30".
_HEDGE_GLUE = frozenset("at than to di".split())
PRONOUNS = {
    "en": frozenset("it they he she".split()),
    "it": frozenset("lui lei esso essa essi".split()),
}
# Prepositions that open no Italian frame: "di" (of what), "circa"/"oltre" (a figure's hedge).
_IT_NOT_OPENING = frozenset("di circa oltre".split()) | frozenset(
    "del dello della dei degli delle dell’".split()
)
# Words that make a phrase a clause of its own, or a list: no frame.
_CLAUSE_WORDS = frozenset(
    """che cui dove quando mentre perché se come e ed o né ma who which that where when while
    because if and or but""".split()
)
_MAX_FRAME = 10  # tokens of an opening phrase
_MAX_SUBJECT = 8  # tokens from a subject's first word to its verb


def opening_split(text: str, language: str, asides: bool = False) -> tuple[str, str] | None:
    """(the opening phrase, the clause after it) of a text that opens with a phrase of time,
    date or place with no comma after it, or (Italian) with a preposition's phrase, when the
    clause after it opens with a subject ('Last winter' | 'at least 14 boats had to ...') and
    its verb (with `asides`, or an aside set off after it); None when the boundary is not
    certain."""
    if language == "en":
        m = _EN_OPENING.match(text)
        if m is None:
            return None
        rest = text[m.end() + 1 :]
        if not _subject_opens(rest, language, m.group("place") is not None, asides):
            return None
        return m.group(0), rest
    m = _IT_OPENING.match(text)
    if m is not None:
        rest = text[m.end() + 1 :]
        return (m.group(0), rest) if _subject_opens(rest, language, False, asides) else None
    return _italian_phrase_split(text, asides)


def _subject_opens(rest: str, language: str, after_name: bool, asides: bool = False) -> bool:
    """Whether `rest` opens with a subject and its finite verb (no comma between): an article's
    or a determiner's phrase, a figure, a hedged figure, a pronoun, a name (not right after a
    place's name: 'In Telford Council' is one name)."""
    toks = tokens(rest)
    if len(toks) < 2:
        return False
    first = toks[0]
    if first.low in PRONOUNS[language]:
        return verb_at(toks, 1, language)
    if not _subject_word(toks, 0, language, after_name):
        return False
    return _verb_after_subject(toks, 0, language, asides) is not None


def _subject_word(toks: list[Token], k: int, language: str, after_name: bool = False) -> bool:
    """Whether the token at `k` may open a subject: an article or a determiner, a figure, a
    hedge before a figure, or (unless `after_name`) a name."""
    t = toks[k]
    if t.low in _SUBJECT_WORDS[language] or t.text[:1].isdigit():
        return True
    if t.low in _HEDGES[language]:
        nxt = toks[k + 1 : k + 3]
        if nxt and nxt[0].low in _HEDGE_GLUE:
            nxt = nxt[1:]
        return bool(nxt) and nxt[0].text[:1].isdigit()
    if t.low == "at" and language == "en":
        return k + 2 < len(toks) and toks[k + 1].low == "least" and toks[k + 2].text[:1].isdigit()
    if t.text[:1].islower():
        return bare_subject(toks, k, language)
    return not after_name and t.text[:1].isupper()


# Words that open no English noun phrase of a subject with no article: a pronoun's, a
# preposition's, a clause's, a negation, a quantifier's ("many visitors": no one a question
# can name).
_NOT_BARE = (
    PREPOSITIONS["en"]
    | _CLAUSE_WORDS
    | frozenset(
        """it its he his she her they their them we our us you your i my me there this that
        these those not no none such so as than then also however still even only just
        about around nearly almost more most less fewer up many much some several few all
        both each every any other others""".split()
    )
)
_MAX_BARE = 3  # words of a subject with no article: "ticket sales", "overnight temperatures"


def bare_subject(toks: list[Token], k: int, language: str) -> bool:
    """Whether an English subject with no article opens at `k` ('ticket sales rose by 12%',
    'ice had brought down 2,300 trees'): up to three words in small letters, none a
    pronoun's, a preposition's or a verb, before a finite verb."""
    if language != "en":
        return False
    for i in range(k, min(len(toks), k + _MAX_BARE + 1)):
        t = toks[i]
        if i > k and verb_at(toks, i, language):
            return True
        if not t.text.isalpha() or not t.text.islower() or t.low in _NOT_BARE:
            return False
        if t.low.endswith(("ing", "ly")) or is_finite(t.text, language):
            return False
    return False


def _verb_after_subject(
    toks: list[Token], k: int, language: str, asides: bool = False
) -> int | None:
    """The index of the finite verb of the subject that opens at `k`, within a few tokens and
    with no comma, bracket, other article's phrase (Italian) or clause word before it (with
    `asides`, or of the comma or bracket that opens an aside after the subject)."""
    for i in range(k + 1, min(len(toks), k + 1 + _MAX_SUBJECT)):
        t = toks[i]
        if t.text in ",." and joins_digits(toks, i):
            continue  # "9,700 households": the figure's comma
        if not t.text[:1].isalnum():
            spaced = i + 1 < len(toks) and toks[i + 1].start > t.end
            return i if asides and t.text in ",(" and spaced else None
        if t.low in _CLAUSE_WORDS:
            return None
        if verb_at(toks, i, language):
            return i
        if language == "it" and (t.low in ARTICLES["it"] or t.low in _IT_ELIDED):
            return None  # another article's phrase: the subject did not open at `k`
    return None


def _italian_phrase_split(text: str, asides: bool = False) -> tuple[str, str] | None:
    """'Per far funzionare il reparto l’Asl ha assunto ...' -> ('Per far funzionare il
    reparto', 'l’Asl ha assunto ...'): a preposition's phrase with no verb or clause of its
    own, up to the first article's phrase, name or figure after it that runs to a finite verb
    with no other article between."""
    opener = text[: text.find(" ")].lower()
    if opener.startswith(("l’", "un’")):
        return None
    if "’" in opener:
        opener = opener[: opener.index("’") + 1]
    if opener not in PREPOSITIONS["it"] and opener not in ARTICULATED and opener not in _IT_OPENERS:
        return None
    toks = tokens(text[:200])
    if len(toks) < 4:
        return None
    opener = toks[0].low
    if opener in _IT_NOT_OPENING:
        return None
    if not (
        opener in PREPOSITIONS["it"]
        or opener in ARTICULATED
        or opener in _IT_OPENERS
        or (opener.endswith("’") and opener in ARTICULATED)
    ):
        return None
    if opener == "stando" and toks[1].low not in _IT_TO:
        return None
    infinitive = _opening_verb(toks)
    for k in range(2, min(len(toks) - 1, _MAX_FRAME + 1)):
        t, before = toks[k], toks[k - 1]
        if not t.text[:1].isalnum() or t.low in _CLAUSE_WORDS:
            return None
        if t.text[:1].islower() and verb_at(toks, k, "it"):
            return None  # a verb of the phrase's own, or no subject before the verb
        if before.low in ARTICLES["it"] or before.low in _IT_ELIDED or before.low in ARTICULATED:
            continue
        if before.low in PREPOSITIONS["it"] or before.low in {"d’", "dell’"}:
            continue
        if t.text[:1].isupper() and not before.text[:1].isdigit():
            continue  # "gli anni Novanta", "via Roma": a name after a noun is the noun's
        if k - 1 == infinitive:
            continue  # "Per incentivare l’uso del tram": the infinitive's object
        if before.low in MONTH_WORDS and _YEAR_TOKEN.fullmatch(t.text):
            continue  # "Nel gennaio| 2025": the month's year, no subject
        if not _subject_word(toks, k, "it"):
            continue
        if _verb_after_subject(toks, k, "it", asides) is None:
            continue
        return text[: before.end], text[t.start :]
    return None


_YEAR_TOKEN = re.compile(r"1\d{3}|20\d{2}")
# Words besides the prepositions that open an Italian phrase before the clause: whose words or
# figures ("Secondo la Regione", "Stando ai dati"), a concession ("Nonostante la pioggia").
_IT_OPENERS = frozenset("secondo stando nonostante malgrado".split())
_IT_TO = frozenset("a ad al allo alla ai agli alle all’".split())
_IT_INFINITIVE = re.compile(r"(?:are|ere|ire|rre)$")
_IT_HELPERS = frozenset("far fare aver avere esser essere".split())


def _opening_verb(toks: list[Token]) -> int | None:
    """Where the verb of an Italian opening phrase ends when the phrase is a preposition and
    an infinitive ('Per incentivare', 'Per far funzionare', 'Dopo aver chiuso'): the phrase
    after it is its object, no subject."""
    at = 2 if toks[1].low in _IT_HELPERS else 1
    word = toks[at].low
    if _IT_INFINITIVE.search(word) or (at == 2 and toks[1].low in {"aver", "avere"}):
        return at
    return None


# Words after a clause's verb that open a clause of their own: a phrase moved to the clause's
# end would be read with that clause.
_INNER_CLAUSES = frozenset(
    """which who whom whose where when while because if unless until although though whether
    che cui dove quando mentre perché se finché sebbene benché affinché qualora""".split()
)
_THAT = frozenset("that che".split())
_REPORTING = frozenset(
    [
        *SAY_VERBS["en"],
        *SAY_VERBS["it"],
        *"""says confirmed announced revealed warned expects expected estimated estimates
        believes believed predicted reported told showed shows found""".split(),
        *"""confermato annunciato rivelato stimato previsto ricordato sottolineato
        spiegato dichiarato precisato evidenziato""".split(),
    ]
)
_QUOTES = re.compile(r"[«»“”\"]")
_AND = frozenset("and e ed".split())


def frame_placed(clause: str, frame: str, language: str) -> str | None:
    """The clause with an opening phrase put after its own words ('the trust confirmed that
    40 jobs would go' + 'on Tuesday' -> 'The trust confirmed on Tuesday that 40 jobs would
    go.'): before the first comma, before a second verb of the subject ('and cost ...'),
    before 'that' after a verb of saying; None when a clause of its own follows the verb
    (the phrase would be read with it) or a verb of saying reports with no 'that'."""
    if _QUOTES.search(clause):
        return None
    toks = tokens(clause)
    verb = next((i for i in range(1, min(len(toks), 14)) if verb_at(toks, i, language)), None)
    if verb is None:
        return None
    end = len(clause.rstrip().rstrip(".!"))
    for i in range(verb, len(toks)):
        t = toks[i]
        if t.text in ",;:()–—" and clause[t.end : t.end + 1] in {" ", ""}:
            if t.text == "," and list_after(clause[t.end :], language):
                item = clause[t.end + 1 :].split(" ", 1)[0]
                if item[:1].isupper() or _bare_item(item, language):
                    continue  # "at Newlyn, Looe and Fowey": the phrase goes after the names
                return None  # "requiring a course of steroids, a visit or ...": inside a list
            end = t.start
            break
        if t.low in _THAT and i > verb and toks[i - 1].low in _REPORTING:
            end = t.start
            break
        if t.low in _INNER_CLAUSES or t.low in _THAT:
            return None
        if t.low in _REPORTING and (i + 1 >= len(toks) or toks[i + 1].low not in _THAT):
            return upper_first(clause)  # "the trust said 40 jobs would go": the phrase may
            # be the report's or the saying's: left out
        if t.low in _AND and i > verb + 1 and i + 1 < len(toks) and verb_at(toks, i + 1, language):
            end = t.start
            break
    head = clause[:end].rstrip()
    if _TIME_END.search(head) and time_phrase(frame, language):
        return None  # "during the day since 2020": two phrases of time read as one
    tail = clause[end:].lstrip() if clause[end : end + 1] == " " else clause[end:]
    if not tail:
        return upper_first(f"{head} {frame}")  # a headline's clause, with no stop
    space = " " if tail[:1].isalpha() else ""
    return upper_first(f"{head} {frame}{space}{tail}")


# A clause that ends with a phrase of time: another one after it would be read with it.
_TIME_END = re.compile(
    r"(?i)(?<![\w’'])(?:day|days|night|morning|afternoon|evening|week|weekend|month|year|"
    r"season|giorno|notte|mattina|pomeriggio|sera|settimana|mese|anno|stagione|\d{4}|"
    + "|".join(MONTHS["en"] + MONTHS["it"])
    + ")$"
)
_OR = frozenset("and or e o ed".split())
_NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten due tre quattro cinque sei sette otto nove
    dieci""".split()
)


_MAX_ITEM = 10  # tokens of a list's last items with no article: "pedinamenti e alle ..."


def _bare_item(first: str, language: str) -> bool:
    """Whether a piece after a comma opening with this word (in small letters) may be a
    list's item with no article ('pedinamenti'): no conjunction, clause word, preposition,
    gerund or participle."""
    if not first.isalpha() or first in _CLAUSE_WORDS or first in PREPOSITIONS[language]:
        return False
    if first in ARTICULATED or first in _SUBJECT_WORDS[language]:
        return False
    return not is_gerund(first, language) and not is_participle(first, language)


def list_after(after: str, language: str) -> bool:
    """Whether the text after a comma goes on with a list's next item: a piece with no verb
    that another comma or 'and'/'or' follows ('an emergency visit or a stay, against ...')."""
    piece = re.split(r"[,;:.](?!\d)", after.lstrip(), maxsplit=1)[0]  # not "3,1%"
    first = piece.split(" ", 1)[0].lower()
    named = piece[:1].isupper()  # "at Newlyn, Mevagissey and Falmouth"
    toks = tokens(f"X {piece}")
    if any(verb_at(toks, i, language) for i in range(1, len(toks))):
        return False
    joined = any(t.low in _OR for t in toks)
    if _bare_item(first, language):
        if joined and len(toks) <= _MAX_ITEM:
            return True  # "grazie a intercettazioni, pedinamenti e alle testimonianze"
    if not (
        first in _SUBJECT_WORDS[language] or first in _NUMBER_WORDS or first[:1].isdigit() or named
    ):
        return False  # a gerund's or a participle's piece, no item of a list
    goes_on = after.lstrip()[len(piece) :].startswith(",")
    return goes_on or joined


def lowered_frame(frame: str) -> str:
    """An opening phrase as it reads inside a sentence: 'Last winter' -> 'last winter', 'In
    Telford' -> 'in Telford'; a name ('BBC Radio ...') or a month ('Monday') kept."""
    word, space, rest = frame.partition(" ")
    if (word[1:].islower() or len(word) == 1) and word.lower() not in _KEEP_CAPITAL:
        return word.lower() + space + rest
    return frame


_KEEP_CAPITAL = frozenset(
    w.lower() for w in ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
)


# An Italian phrase of a year or a month: "nel 2011", "dal 2019", "a marzo", "nel marzo 2024",
# "dall’inizio di ottobre".
_IT_DATE_PHRASE = re.compile(
    rf"^(?:Nel|Nell’|Dal|Dall’|Entro il|Fino al|A|In|Da|Dopo il|Prima del"
    rf"|Dall’inizio di|Dalla fine di|Da metà) "
    rf"(?:\d{{4}}|(?:\d{{1,2}} )?{_IT_MONTH}(?: \d{{4}})?)$"
)


def time_phrase(phrase: str, language: str) -> bool:
    """Whether a phrase set off by commas says only when: 'in 2011', 'last year', 'on 3
    March', 'nel 2011', 'lo scorso anno'."""
    opening = upper_first(phrase) + " "
    if language == "en":
        m = _EN_OPENING.match(opening)
        return m is not None and m.group("place") is None and m.end() == len(phrase)
    if _IT_DATE_PHRASE.match(upper_first(phrase)):
        return True
    m = _IT_OPENING.match(opening)
    return m is not None and m.end() == len(phrase)


_ASIDE_OPENERS_REFUSED = frozenset(
    """and or but if unless once when as e ed o ma se qualora quando come secondo according
    says said""".split()
)
_RELATIVE_OPENERS = frozenset("which who whose where che cui dove".split())
_MAX_ASIDES = 3
_MAX_ASIDE_WORDS = 14


def asides_left_out(
    text: str, language: str, subject_ok: Callable[[str], bool], speakers: bool = False
) -> tuple[str, str | None] | None:
    """(the clause with the asides between its opening subject and its verb left out, the
    one aside that says when, or None): 'The last dredge, in 2011, removed 30,000 cubic
    metres.' -> ('The last dredge removed 30,000 cubic metres.', 'in 2011'); 'Mark Hill,
    38, of Harraby, was jailed.' -> ('Mark Hill was jailed.', None). Asides are phrases set
    off by commas or brackets, up to three, after which a finite verb goes on; none opens a
    list, a condition or a clause of its own (but a relative's). A speaker's asides before a
    verb that reports are left out only with `speakers`."""
    cut = _first_mark(text)
    if cut is None:
        return None
    subject = text[:cut]
    if subject.count(" ") >= _MAX_SUBJECT:
        return None
    at = cut
    when: str | None = None
    for _ in range(_MAX_ASIDES):
        if text.startswith(" (", at):
            close = text.find(")", at)
            if close < 0 or text[close + 1 : close + 2] not in {" ", ","}:
                return None
            aside, at = text[at + 2 : close], close + 1
            if aside.isupper():
                return None  # an acronym in brackets: the extractors read it there
            rest = text[at + 2 :] if text.startswith(", ", at) else text[at + 1 :]
        elif text.startswith(", ", at):
            close = text.find(", ", at + 2)
            if close < 0:
                return None
            aside, at = text[at + 2 : close], close
            rest = text[at + 2 :]
        elif text[at : at + 3] in _DASHES:  # "The council – one of the largest – spent"
            close = text.find(text[at : at + 3], at + 3)
            if close < 0:
                return None
            aside, at = text[at + 3 : close], close + 2
            rest = text[at + 1 :]
        else:
            return None
        if not _plain_aside(aside, language) or _opens_with_verb(aside, language):
            return None  # "X, which is based in Y, | plans to launch ...": the clause's verb
        if time_phrase(aside, language):
            if when is not None:
                return None
            when = aside
        if not rest[:1].islower():
            continue
        last = subject.rsplit(" ", 1)[-1]
        toks = tokens(f"{last} {rest[:60]}")  # the verb opens it
        v = len(tokens(last))  # after "L’opera": "L’", "opera"
        if len(toks) > v + 1 and verb_at(toks, v, language):
            reports = not speakers and any(t.low in _REPORTING for t in toks[v : v + 3])
            if reports or not subject_ok(subject):
                return None  # a speaker's asides: what is reported is reference.py's
            return f"{subject} {rest}", when
    return None


def _opens_with_verb(aside: str, language: str) -> bool:
    """Whether what a comma sets off after the subject opens with the subject's own verb, a
    present before its infinitive ('X, which is based in Y, | plans to launch ...'): no
    aside, the main clause. (A participle may open an aside: 'made up of 120 doctors'.)"""
    words = aside.split(" ", 2)
    return (
        language == "en"
        and len(words) > 2
        and words[1] == "to"
        and may_be_present(words[0], language)
    )


# Dashes that set off an aside in pairs, with their spaces.
_DASHES = frozenset((" – ", " — "))


def _first_mark(text: str) -> int | None:
    """Where the first comma, bracket or dash of a text is (its space included)."""
    found = (text.find(", "), text.find(" ("), *(text.find(dash) for dash in _DASHES))
    cuts = [i for i in found if i > 0]
    return min(cuts, default=None)


@lru_cache(maxsize=4096)  # a sentence's asides are read by several transforms
def _plain_aside(aside: str, language: str) -> bool:
    """Whether a phrase set off by commas or brackets may be left out: short, with no quote,
    colon or bracket, not opening a list, a condition or an attribution, and with no finite
    verb unless a relative opens it."""
    words = aside.split()
    if not words or len(words) > _MAX_ASIDE_WORDS or _QUOTES.search(aside):
        return False
    if any(c in aside for c in ";:()"):
        return False
    first = words[0].lower()
    if first in _ASIDE_OPENERS_REFUSED:
        return False
    if first in _RELATIVE_OPENERS or (first in ARTICLES[language] and words[1:2] == ["cui"]):
        return True
    toks = tokens(aside)
    return not any(
        t.text[:1].islower() and t.low not in _REPORTING and verb_at(toks, i, language)
        for i, t in enumerate(toks)
        if i
    ) and not any(t.low in _REPORTING for t in toks)
