"""Offices and who holds them: 'Chi è il Ministro degli Esteri russo?' -> Sergej Lavrov; 'Chi è
stato il primo presidente dell’ANAC?'; 'Chi presiede la terza sezione penale della Corte
d’Appello?'; 'Who curated the exhibition?'; 'Who is Halvora’s chief executive?'."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..candidate import Candidate
from ..chunks import PREPOSITIONS, Token, index_at, tokens
from ..document import (
    HONORIFICS,
    NAME_RUN,
    OFFICE_GLUE,
    OFFICE_SPAN,
    Document,
    Sentence,
    ends_with_place_noun,
    honorific_before,
    is_known_word,
)
from ..given_names import gender, is_given_name
from ..lexicon import (
    ARTICLES,
    ARTICULATED,
    CRAFT_NOUNS,
    EN_PAST,
    IT_PLURAL_ARTICLES,
    OCCUPATIONS,
    ROLE_WORDS,
    STOPWORDS,
)
from ..phrase import of_phrase, render
from ..text import contains_phrase, fold, lower_first, squash, upper_first
from ..verbs import AUXILIARIES, is_finite
from .agents import MADE_DEFINITE
from .common import (
    LIST_GOES_ON,
    PERSON_POSSESSIVES,
    ends_with_person,
    people_in,
    person_named_before,
    resolve_possessive,
    role_before,
    surname,
    title_start,
)
from .dates import find_dates
from .offices import (
    CASE_OFFICES,
    COMPOUND_OFFICES,
    NAME_TITLES,
    compound_office,
    has_compound_office,
    indefinite_before,
    many_hold,
)

_ARTICLES = frozenset("il lo la l’ i gli le the".split())

# Words that tie an office to what it is of, in an office set off after a name: "director of
# excavations at the Vindolanda Trust", "responsabile scavi presso il museo".
_APPOSITION_GLUE = {"it": OFFICE_GLUE["it"] | {"presso"}, "en": OFFICE_GLUE["en"] | {"at"}}
# An office set off after a name: "Marco Rubio, il Segretario di Stato, ...", "X, the US
# Secretary of State,", "Petra Wendland, Saxony’s state economy minister, ...", "Nicola Neri,
# titolare della Neri Costruzioni srl,", "Ann Lee, director of excavations at the Trust,".
_APPOSITION = re.compile(
    r",\s+(?:(?P<art>il|la|lo|l’|the)\s*|(?P<owner>(?:[A-ZÀ-Þ][\w-]*\s+){0,3}[A-ZÀ-Þ][\w-]*’s)\s+)?"
    r"(?P<office>[^,;.()“”]{3,90})[,;.]"
)
# The glue as folded words compare with it: "dell’Associazione" folds to "dell associazione".
_FOLDED_GLUE = {
    lang: glue | {fold(word) for word in glue} for lang, glue in _APPOSITION_GLUE.items()
}
# The words that say what an office is of: "presidente della Fondazione", "chair of the board".
_OF_GLUE = {lang: glue - ARTICLES[lang] for lang, glue in _APPOSITION_GLUE.items()}
# Words before an office that make it no office the person holds now.
_NOT_NOW = frozenset("former ex l’ex late then acting".split())
_VOWELS = "aeiouàèéìòùh"


@dataclass(frozen=True)
class _Held:
    """An office a sentence says a person holds, or a thing the person leads."""

    sentence: Sentence
    name: str  # the holder's full name
    written: str  # the name as written, with its honorific
    office: str = ""  # the office as written: "presidente dell’ASI"; "" for a question of its own
    determiner: str = ""  # "il", "Kenya’s", "the company’s"
    question: str = ""  # a question of its own: "Chi presiede la terza sezione ...?"
    reverse: bool = True  # whether to ask the office of the person too
    past: bool = False  # told as history: "Quale carica ricopriva Bona Sforza?"
    forward: bool = True  # whether the office names one holder to ask for
    led: str = ""  # the thing led, asked of the person: "the council’s transport committee"
    asked_led: str = ""  # the question of it: "Which committee does Anna Neri chair?"
    said: str = ""  # the office as the sentence says it, when the town it is of is added

    @property
    def key(self) -> str:
        """What only one person may hold for a card to be asked."""
        return fold(self.question or self.office)


def _determiner(toks: list[Token], role: int, text: str, language: str) -> str:
    """The article or possessive before an office: 'il', 'Kenya’s', 'the company’s'; the
    article inside a preposition ('dal presidente' -> 'il')."""
    if role == 0:
        return ""
    prev = toks[role - 1]
    if prev.low in _ARTICLES:
        return prev.low
    if language == "it" and prev.low in ARTICULATED:
        return ARTICULATED[prev.low]  # "letta dal presidente della sezione": "il presidente"
    if prev.low == "s" and role > 1 and _possessive(toks, role - 2, text):
        begin = role - 2
        while begin > 0 and _owner_word(toks[begin - 1]):
            begin -= 1  # "Bristol City | Council’s": the whole name owns the office
        if begin > 0 and toks[begin - 1].low == "the":
            begin -= 1
        owner = text[toks[begin].start : prev.end].replace("'", "’")
        return "the" + owner[3:] if owner.startswith("The ") else owner
    return ""


def _possessive(toks: list[Token], k: int, text: str) -> bool:
    """Whether toks[k] is an owner before the 's' of its possessive, with either apostrophe
    ('council’s', 'council's')."""
    return toks[k].text.endswith("’") or text[toks[k].end : toks[k + 1].start] == "'"


def _owner_word(t: Token) -> bool:
    """A capitalised word inside an owner's name ('Bristol City Council’s'), not 'The'."""
    return t.text[:1].isupper() and t.text.isalpha() and t.low not in STOPWORDS["en"]


def _italian_article(office: str, holder: str = "") -> str:
    """The article an Italian office takes: 'il presidente', 'l’assessore', 'lo scrittore', 'la
    sindaca', 'l’assessora'; an office word of both genders ('responsabile', 'dirigente') takes
    the gender of the adjective after it ('la responsabile tecnica'), else of its holder."""
    words = office.lower().split()
    first = words[0] if words else ""
    feminine = first.endswith(("trice", "essa", "tà", "zione", "sione")) or (
        first.endswith("a") and first not in {"papa", "patriarca", "monarca", "collega"}
    )  # "la società", "la fondazione" as kinds of group too
    if first.endswith("e") and not feminine:
        feminine = _feminine_holder(words, holder)
    if first[:1] in _VOWELS:
        return "l’"
    if feminine:
        return "la"
    if (
        first[:1] in "zxy"
        or first[:2] in {"gn", "ps", "pn"}
        or (first[:1] == "s" and first[1:2] not in _VOWELS)
    ):
        return "lo"
    return "il"


def _feminine_holder(words: list[str], holder: str) -> bool:
    """Whether an office word of both genders ('responsabile', 'presidente') is a woman's: the
    adjective after it says so ('responsabile tecnica'), or else her given name ('Lucia
    Neri, responsabile dei lavori')."""
    if len(words) > 1 and words[1].isalpha() and words[1] not in OFFICE_GLUE["it"]:
        if words[1].endswith("a"):
            return True
        if words[1].endswith("o"):
            return False
    return bool(holder) and gender(holder) == "f"


def _apposition(text: str, language: str) -> tuple[str, str] | None:
    """(determiner, office) of an office set off by commas at the start of `text`."""
    m = _APPOSITION.match(_BRACKETED_ACRONYM.sub("", text))
    if m is None:
        return None
    office = _FIGURE_AFTER.split(m.group("office"), 1)[0].strip()
    office = _PLACE_AFTER.sub("", office)
    office = _SINCE_AFTER.sub("", office)
    words = fold(office).split()
    roles = ROLE_WORDS[language]
    stop = STOPWORDS[language] - _FOLDED_GLUE[language]
    if not (set(words) & roles or has_compound_office(words, language)) or set(words) & stop:
        return None  # "the analyst who advised the president": a clause, not an office
    art, owner = m.group("art"), m.group("owner")
    if art is None and owner is None and not _bare_office(office, language):
        return None
    return (art.lower() if art else owner or ""), office


# An acronym in brackets inside an office, which says its body again: "business manager of the
# International Brotherhood of Electrical Workers (IBEW) Local 2034".
_BRACKETED_ACRONYM = re.compile(r"\s\([A-Z][A-Za-z&.]{1,9}\)(?=[\s,])")
# Where the holder works, said after the office: "conservation officer for RSPB Scotland | on
# the island", "medico di base | in paese".
_PLACE_AFTER = re.compile(
    r"\s(?:on|in|at)\s+the\s+(?:island|town|city|village|site|ground|spot)$"
    r"|\s(?:in|sull’|sul)\s*(?:paese|città|isola|posto)$"
)
# Since when the holder has held it: "Halyard’s managing director | since 2015", "presidente
# del consorzio | dal 2019".
_SINCE_AFTER = re.compile(r"\s(?:since|dal|dall’)\s*(?:\d{4}|[A-Za-z]+\s\d{4})$")
# A figure said with an office is no part of it: "il capocannoniere del campionato | con 187
# reti".
_FIGURE_AFTER = re.compile(r"\s(?:con|with)\s+\d")


# An age set off after a name, before the office: "Giancarlo Neri, 64 anni, amministratore
# delegato della Neri srl,", "John Hale, 52, chief executive of Brackley Foods,".
_AGE = re.compile(r",\s+(?:aged\s+)?\d{1,3}(?:\s+anni)?(?=,)")


def _age_length(text: str, end: int) -> int:
    """How many characters an age set off right after a name takes (0 when there is none)."""
    if text[end : end + 2] != ", ":
        return 0  # most names are followed by no comma: no pattern to run
    m = _AGE.match(text, end)
    return len(m.group(0)) if m else 0


def _bare_office(office: str, language: str) -> bool:
    """Whether an office without an article opens with its office word, or in English with a
    modifier or two of it: 'titolare della Neri srl', 'chief executive of Halvora', 'director
    of excavations'; not 'former minister' nor a clause."""
    words = office.split()
    roles = ROLE_WORDS[language]
    if words[0].lower() in roles:
        return True
    if len(words) > 1 and compound_office(words[0].lower(), words[1].lower(), language):
        return True  # "cabinet member for finance", "pubblico ministero del processo"
    if language != "en":
        return False
    for k, word in enumerate(words[:3]):
        low = word.lower()
        if low in roles or (k > 0 and compound_office(words[k - 1].lower(), low, "en")):
            return k > 0
        if not word.isalpha() or not word.islower() or low in _NOT_NOW or is_finite(low, "en"):
            return False
    return False


def _names_institution(word: str) -> bool:
    """Whether a word is a kind of institution that opens a name ('Associazione', 'Committee',
    'società'): the capitalised words after it are the institution's name, not a person's."""
    if word.lower() in _INSTITUTION_KINDS:
        return True  # "il presidente della società | Alpi Funivie"
    folded = fold(word).split()
    capital = any(c.isupper() for c in word)  # "Associazione", "dell’Associazione"
    return capital and bool(folded) and folded[-1] in _INSTITUTION_KINDS


def _body_goes_on(toks: list[Token], role: int, at: int, name: str) -> bool:
    """Whether the name after an office is the name of the body the office is of: a body
    named by a capital and a word in small letters before it ('della Cantina sociale | Colle
    Maiella'), and a name that opens with no given name (the body's name goes on). The word in
    small letters is an adjective of what kind of body it is ('sociale', 'comunale', 'civile',
    'popolare'), not of whose office it is ('il ministro degli Esteri | greco')."""
    if at - 2 <= role or not toks[at - 1].text.islower():
        return False
    if not toks[at - 1].low.endswith(_KIND_OF_BODY_ENDINGS):
        return False
    body = toks[at - 2]
    if not body.text[:1].isupper() or toks[at - 3].low not in _OF_GLUE_ALL:
        return False
    return not is_given_name(name.split()[0])


_KIND_OF_BODY_ENDINGS = ("ale", "ali", "ile", "ili", "are", "ari")
_OF_GLUE_ALL = frozenset("di del dello della dei degli delle of".split())


def _initial(word: str) -> bool:
    """A name's initial: 'D', 'D.'."""
    return word.rstrip(".").isupper() and len(word.rstrip(".")) == 1


def _as_written(text: str, start: int, end: int, name: str, language: str) -> str:
    """The name with the honorific before it: 'Dr. Helena Cavalcanti'."""
    honorific = honorific_before(text, start, language)
    return name if honorific is None else text[honorific:end]


def _titled_offices(s: Sentence, doc: Document, toks: list[Token], k: int) -> Iterator[_Held]:
    """Offices before a name or set off after it: 'il ministro Carlo Verdi', 'Ana Ríos,
    Peru’s energy minister,'."""
    language = doc.language
    # Italian tells history in the passato remoto: "Bona Sforza, regina di Polonia, fece ...".
    told: list[bool] = []  # whether the sentence tells history, found when first needed

    def past() -> bool:
        if not told:
            told.append(language == "it" and _told_in_past(toks, -1, language, remote=True))
        return told[0]

    for start, end, name in people_in(s.text, doc):
        idx = index_at(toks, start)
        if idx >= len(toks) or toks[idx].start != start:
            continue
        at = _set_off(
            toks, idx, title_start(toks, idx, s.text, end, language), s.text, end, language
        )
        written = _as_written(s.text, start, end, name, language)
        role = role_before(toks, at, language)
        if role is None and language == "en":
            role = _office_with_complement(toks, at) or _chief_occupation(toks, at)
            if role is not None and s.entry is not None and _past_deed_after(s.text, end):
                role = None  # an entry's history: "Its chief engineer, X, chose ..." was his
        if role is not None and role > 0 and toks[role - 1].low in _NOT_NOW:
            role = None  # "l’ex dirigente", "former minister": an office no longer held
        if at > 0 and _initial(toks[at - 1].text):
            role = None  # "President Franklin D. | Roosevelt": someone with that surname
        if role is not None and toks[at - 1].low in _OF_GLUE[language]:
            role = None  # "il legale di | Nicola Neri": the name is whose, not who
        if role is not None and at == idx and _names_institution(toks[at - 1].text):
            role = None  # "presidente dell’Associazione | Pescatori Alto Serio": its name
        if role is not None and at == idx and _body_goes_on(toks, role, at, name):
            role = None  # "presidente della Cantina sociale | Colle Maiella": its name
        if role is not None and language == "en":
            role = _noun_modifier(toks, role)
        if role is not None and any(toks[i].low in CRAFT_NOUNS for i in range(role - 1, at)):
            role = None  # "the scallop dragger | Chief William Saulis": a boat's name
        titled: _Held | None = None
        if role is not None:
            office = _office_as_said(toks, role, at, s.text, doc)
            determiner = _determiner(toks, role, s.text, language)
            then = role > 0 and toks[role - 1].low == "allora"  # "l’allora assessore"
            history = not then and past()
            forward = not history and _names_one(office, language)
            if (
                role > 0
                and toks[role - 1].low in _OFFICE_POSSESSIVES[language]
                and toks[role].low not in _FOUNDERS
            ):
                # "Their captain, Jonny Tyson": whose, the sentence before says or no one
                owner = possessive_owner(doc, k, toks[role - 1].start, {name})
                if owner is None:
                    forward = False
                else:
                    office = f"{office} {_of_owner(owner, language)}"
                    determiner = "the" if language == "en" else determiner
                    forward = not history and _names_one(office, language)
            if many_hold(office, language) or indefinite_before([t.low for t in toks], role):
                forward = False  # "Local councillor Viv Parry", "una funzionaria, X,": one of many
            titled = _Held(
                s, name, written, office, determiner, past=then or history, forward=forward
            )
        found = _apposition(s.text[end + _age_length(s.text, end) :], language)
        if found is not None and next_in_list(found, titled=role is not None and at == idx):
            found = None  # "il rettore Giulio Santarelli, la ministra ...": someone else
        if found is not None:
            forward = not past() and (
                bool(found[0][:1].isupper()) or _names_one(found[1], language)
            )
            forward = forward and not many_hold(found[1], language)
            # The office set off after the name says more than the title before it: "Opposition
            # councillor Mark Halliwell, leader of the Liberal Democrat group," is asked first.
            yield _Held(s, name, written, found[1], found[0], past=past(), forward=forward)
        if titled is not None:
            yield titled


_CASE_WORDS = CASE_OFFICES["it"] | CASE_OFFICES["en"]


def _office_as_said(toks: list[Token], role: int, at: int, text: str, doc: Document) -> str:
    """The office from toks[role] up to the name at toks[at], with the capital of a sentence's
    first word dropped when the rest is in small letters ('Prosecutor | Helen Armitage' ->
    'prosecutor', 'Local councillor' -> 'local councillor'; 'Foreign Minister' stays, and so
    does a name the article writes with a capital inside its sentences: 'Bohemians head
    coach')."""
    language = doc.language
    office = text[toks[role].start : toks[at - 1].end]
    words = office.split()
    if len(words) == 1 and office.lower() in _CASE_WORDS:
        return office.lower()  # "said Judge Ann Lee": "Who is the judge?"
    opens = toks[role].start == 0 or not text[: toks[role].start].strip(_OPENERS)
    if opens and len(words) > 1 and words[0][1:].islower() and all(w.islower() for w in words[1:]):
        if is_known_word(words[0].lower(), language) and not _named_alone(words[0], doc):
            return office[:1].lower() + office[1:]
    return office


def _named_alone(word: str, doc: Document) -> bool:
    """Whether the article writes a word with a capital inside a sentence as a name of its own
    ('a win over Bohemians at ...'), not as a word of a longer name ('the Board of Elections',
    'the Board Room')."""
    if word not in doc.inner_capitals:
        return False
    alone = re.compile(rf"(?<=[a-z,] ){re.escape(word)}(?=[.,;:]|\s(?!of\s|di\s)[a-z])")
    return any(alone.search(s.text) for s in doc.sentences)


def next_in_list(found: tuple[str, str], titled: bool) -> bool:
    """Whether an office set off after a name is the next item of a list of people, not the
    name's apposition: after a name an office titles in Italian ('hanno partecipato il rettore
    Giulio Santarelli, | la ministra dell’Università e ...'), where an article opens the next
    person, or an office that goes on with a count ('..., la ministra e oltre 300 studenti')."""
    determiner, office = found
    if _GOES_ON_WITH_COUNT.search(office):
        return True
    return titled and determiner in _IT_LIST_ARTICLES


_IT_LIST_ARTICLES = frozenset("il lo la l’".split())
_GOES_ON_WITH_COUNT = re.compile(r"\b(?:e|ed|and)\s.*\d")


# What may follow a name set off after its office: "il sindaco di Bronte, Gennaro Sica: «...»".
_SET_OFF_END = ("", ",", ";", ".", ")", ":")


def _set_off(toks: list[Token], idx: int, at: int, text: str, end: int, language: str) -> int:
    """The comma that sets a name off from the office before it, over an honorific written in
    full ('The BAS director, | Professor Anjali Raman,') or a few words that describe the
    person ('The dean of Lincoln, | the Very Rev Simon Hale,', 'Their spokeswoman, | retired
    teacher Margaret Ellis,', 'L’allenatore del Fasano, | il serbo Dragan Petrović,'), and
    before a colon ('il sindaco di Bronte, | Gennaro Sica: «...»'); `at` as title_start found
    it otherwise."""
    if text[end : end + 1] not in _SET_OFF_END:
        return at
    k = at
    if k > 0 and toks[k - 1].low in _SET_OFF_TITLES and toks[k - 1].text[:1].isupper():
        k -= 1
    if k > 0 and toks[k - 1].text == ",":
        return k - 1
    k = _descriptor_start(toks, k, language)
    return k - 1 if 0 < k < at and toks[k - 1].text == "," else at


_SET_OFF_TITLES = HONORIFICS | NAME_TITLES
_SAID = frozenset("said told says tells met ha".split())
_DESCRIPTOR_MOST = 3  # words that describe a person between the comma and the name
# Words of the styles of clergy and peers: "the Very Rev", "the Rt Hon".
_STYLES = frozenset("very rev reverend right rt hon honourable venerable".split())


def _descriptor_start(toks: list[Token], at: int, language: str) -> int:
    """Where the words that describe the person named at toks[at] start, after an article:
    'retired teacher', 'the Very Rev', 'il serbo'; `at` when none stand there (a verb, a
    preposition or any small word ends them)."""
    k = at
    while k > 0 and at - k < _DESCRIPTOR_MOST:
        t = toks[k - 1]
        if t.low in _STYLES or t.low in HONORIFICS:
            k -= 1
            continue
        if not (t.text.isalpha() and t.text.islower()) or t.low in STOPWORDS[language]:
            break
        if t.text.endswith(("ing", "ando", "endo")) or t.low in _SAID:
            break  # "The chairman, thanking | Simon Hale,": the chairman is someone else
        k -= 1
    if k < at and k > 0 and toks[k - 1].low in ARTICLES[language]:
        k -= 1  # "the retired ecologist", "il serbo"
    return k


def _office_with_complement(toks: list[Token], comma: int) -> int | None:
    """The office word of an English office whose complement is written in lowercase, set off
    before a name: 'Bristol City Council’s director of public health, | Owen Baptiste,', 'The
    leader of the Conservative group, | Ann Lee,'. The comma bounds the complement, which
    role_before reads only in capitals: nouns and adjectives after 'of' or 'for', no verb; a
    list of them ('for culture, tourism and economic development')."""
    if comma == 0 or toks[comma].text != ",":
        return None
    first = max(1, comma - OFFICE_SPAN)
    of = next((k for k in range(comma - 2, first - 1, -1) if toks[k].low in _OF_FOR), None)
    if of is None:
        return None  # most names set off after a comma: no complement to read (cheap test first)
    complement = toks[of + 1 : comma]
    for k, t in enumerate(complement):
        if t.text == "," and any(after.low == "and" for after in complement[k + 1 :]):
            continue  # "for culture, tourism and economic development": a list of what
        if not t.text.isalpha():
            return None
        if t.text.islower() and t.low not in OFFICE_GLUE["en"]:
            if t.low in STOPWORDS["en"] or is_finite(t.text, "en"):
                return None
    return role_before(toks, of, "en")


_OF_FOR = frozenset(["of", "for"])
# Words that make an occupation an office of one: "chief engineer", "head teacher".
_CHIEF = frozenset("chief head".split())


def _past_deed_after(text: str, end: int) -> bool:
    """Whether an English name set off at `end` goes on with a deed in the past: ', chose',
    ', designed'."""
    words = text[end:].lstrip(" ,").split(None, 1)
    return bool(words) and (words[0] in EN_PAST or words[0].endswith("ed"))


def _chief_occupation(toks: list[Token], at: int) -> int | None:
    """The index of 'chief' in an English occupation made an office by it, set off before a
    name: 'Its chief engineer, | Isambard Kingdom Brunel'; None otherwise ('the Dutch engineer
    Cornelius Vermuyden' is what he was, not an office)."""
    if at < 2 or toks[at].text != "," or toks[at - 1].low not in OCCUPATIONS:
        return None
    return at - 2 if toks[at - 2].low in _CHIEF else None


# Possessives before an office that say whose it is only with the sentence before: "Its
# executive director", "Their captain", "il loro presidente" ("her coach" is a person's:
# generate.owners).
_OFFICE_POSSESSIVES = {
    "it": frozenset("suo sua loro".split()),
    "en": frozenset(["its", "their", "her", "his"]),
}
# How many sentences back a person a possessive stands for may be named ("Her trainer, ...").
_PERSON_REACH = 3
# A founder did a deed once; it is no office held ("named after its founder, Thomas Lord").
_FOUNDERS = frozenset("founder co-founder fondatore fondatrice cofondatore".split())
_OPENING_ARTICLE = re.compile(r"^(?:The|Il|Lo|La|I|Gli|Le)\s+|^L’")
# A kind of group before its name: "riuniti nell’associazione | Poetto Vivo", "the club |
# Ashby Rovers".
_GROUP_BEFORE = re.compile(
    r"(?:(?<=\s)|^)(?P<art>(?:l|dell|nell|all|dall|sull)’|(?:il|lo|la|del|della|dello|nel|nella"
    r"|al|alla|the)\s+)?(?P<kind>associazione|società|squadra|club|comitato|federazione"
    r"|fondazione|sindacato|partito|gruppo|team|union|association|alliance|federation|party"
    r"|committee|foundation|group|charity|campaign)\s+(?=[A-ZÀ-Ý])"
)


def possessive_owner(doc: Document, k: int, at: int, exclude: set[str]) -> str | None:
    """Whose an office is when a possessive says so ('Its executive director', 'Their captain',
    'il loro presidente'): an entry's subject in its entry; a group acting before it in the
    sentence, else the one the sentence
    before opens with ('Glenridge Fell had looked in control. Their captain, ...') or names by
    its kind ('riuniti nell’associazione Poetto Vivo'); in Italian, where 'suo' may be a
    person's, the one person that sentence names. None when it cannot be told."""
    s = doc.sentences[k]
    want = PERSON_POSSESSIVES.get(s.text[at:].split(" ", 1)[0].lower())
    if want is not None:  # "Ciara Devlin won the title. Her trainer, ...": in one paragraph
        return person_named_before(doc, k, want, exclude, _PERSON_REACH, _other_block)
    if s.entry is not None:
        return lower_first(s.entry.phrase)  # an entry's sentences speak of its own subject
    found = _acting_name(s.text[:at], doc)
    if found is not None:
        return found
    if k == 0:
        return None
    before = doc.sentences[k - 1].text
    found = (
        _opening_group(before, doc)
        or _group_by_kind(before, doc.language)
        or _opening_subject(before, doc.language)
    )
    if found is None and k > 1 and _KIND_SUBJECT[doc.language].match(before):
        found = _group_named_before(doc, k - 1)  # "... . The company expects ... . Its ..."
    if found is not None or doc.language != "it":
        return found
    people = {n for _a, _b, n in people_in(before, doc) if n not in exclude}
    return people.pop() if len(people) == 1 else None


# A sentence whose subject is a group named by its kind alone, then its verb: "The company
# expects ...", "La società prevede ...": the group the sentence before names.
_KIND_SUBJECT = {
    "en": re.compile(
        r"^The\s+(?:company|firm|group|business|charity|club|team|trust|association)"
        r"\s+(?:[a-z]+s|has|had|is|was|will|would|said|expected|added)\s"
    ),
    "it": re.compile(
        r"^(?:La|L’|Il)\s*(?:società|azienda|ditta|impresa|gruppo|associazione|squadra|club)"
        r"\s+(?:ha|aveva|è|era|prevede|conta|punta|intende|sta|ha\s+\w+)\s"
    ),
}


def _group_named_before(doc: Document, k: int) -> str | None:
    """The group that sentence k stands for with its kind alone ('The company expects'): the
    one the sentence before it, in the same block, opens with or names acting, with a word of
    the language in its name ('Harwick Freight', not 'Quillan Tresh')."""
    s, before = doc.sentences[k], doc.sentences[k - 1]
    if s.block != before.block:
        return None
    found = _opening_group(before.text, doc) or _acting_name(before.text, doc)
    if found is None or not any(is_known_word(w.lower(), doc.language) for w in found.split()):
        return None  # "Quillan Tresh welcomed ...": likely a person, whom no kind stands for
    return found


def _other_block(s: Sentence, here: Sentence) -> bool:
    return s.block != here.block


def _opening_group(text: str, doc: Document) -> str | None:
    """The name a sentence opens with, when it is no person's and a verb or an aside follows:
    'The Greater Victoria Builders Alliance, which ...', 'Glenridge Fell had looked ...'."""
    m = NAME_RUN.match(text)
    if m is None:
        return None
    name = m.group(0)
    bare = _OPENING_ARTICLE.sub("", name)
    if (
        not bare[:1].isupper()
        or doc.person(bare)
        or " " not in bare
        and is_known_word(bare.lower(), doc.language)
    ):
        return None
    if bare.split()[0].lower() in ROLE_WORDS[doc.language] | STOPWORDS[doc.language]:
        return None
    after = text[m.end() :].lstrip()
    verb = after.split(None, 1)[0].lower() if after else ""
    if not (
        after.startswith((",", "("))
        or verb in AUXILIARIES[doc.language]
        or is_finite(verb, doc.language)
    ):
        return None
    return name if bare == name else lower_first(name)


# What goes on a name past its run of capitals: "Asthma + Lung UK", "Hartshorne & Mayer";
# the name is read on to the end of the run after it.
_NAME_GOES_ON = re.compile(r"\s*[+&]\s*[A-ZÀ-Ý]")


def _group_by_kind(text: str, language: str) -> str | None:
    """The one group a sentence names after its kind: 'nell’associazione Poetto Vivo' ->
    'l’associazione Poetto Vivo'."""
    found = []
    for m in _GROUP_BEFORE.finditer(text):
        run = NAME_RUN.match(text, m.end())
        if run is None:
            continue
        name = run.group(0)
        goes_on = _NAME_GOES_ON.match(text, run.end())
        if goes_on is not None:  # "the charity Asthma | + Lung UK": the name goes on
            rest = NAME_RUN.match(text, goes_on.end() - 1)
            if rest is None:
                return None
            name = text[run.start() : rest.end()]
        kind = m.group("kind")
        if language == "it":
            article = _italian_article(kind)
            found.append(f"{article}{kind}" if article.endswith("’") else f"{article} {kind}")
            found[-1] += f" {name}"
        else:
            found.append(f"the {kind} {name}")
    return found[0] if len(found) == 1 else None


# Kinds of group a sentence may open with as its subject: "The town’s chamber of commerce,
# which represents ..., welcomed the vote", "The charity Asthma Relief welcomed ...".
_GROUP_KINDS = frozenset(
    """chamber council charity trust club union company firm association society group board
    committee school hospital university museum federation party team alliance foundation
    institute agency network campaign""".split()
)
_SUBJECT_MOST = 8  # words of an opening subject
# What ends an opening subject: a relative set off ("Its chamber, which ...") or a verb.
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|that)\s")


def _opening_subject(text: str, language: str) -> str | None:
    """The group an English sentence opens with as its subject, named by its kind and what it
    is of, or by its kind and its name: 'The town’s chamber of commerce, which represents ...,
    welcomed' -> 'the town’s chamber of commerce'; 'The charity Asthma Relief welcomed' ->
    'Asthma Relief'. None for a kind alone ('The company expects': which company?)."""
    if language != "en" or not text.startswith("The "):
        return None
    words: list[str] = []
    rest = text[4:]
    for word in rest.split()[:_SUBJECT_MOST]:
        bare = word.rstrip(",")
        low = bare.lower()
        if low in AUXILIARIES["en"] or (bare.islower() and is_finite(low, "en")):
            break  # the verb: the subject ends before it
        if not bare.replace("’", "").replace("'", "").replace("-", "").isalpha():
            return None
        words.append(bare)
        if word.endswith(","):
            if not _RELATIVE_AFTER.match(rest, rest.find(word) + len(bare)):
                return None  # "The council, the police and ...": a list
            break
    else:
        return None  # no verb within reach
    lows = [w.lower().replace("'", "’") for w in words]
    kinds = [k for k, low in enumerate(lows) if low in _GROUP_KINDS]
    if not kinds or len(words) < 2:
        return None  # "The company expects": which company, another sentence says
    first = kinds[0]
    named = words[first + 1 :]
    if first == 0 and named and all(w[:1].isupper() for w in named):
        return " ".join(named)  # "The charity | Asthma Relief": its name
    if kinds[-1] == len(words) - 1 and words[0][:1].isupper():
        return "the " + " ".join(words)  # "The Save the Rec | campaign": its name, its kind
    if len(words) == 1 or any(w[:1].isupper() for w in words):
        return None  # a name inside: read by _opening_group
    return "the " + " ".join(words).replace("'", "’")


def _of_owner(owner: str, language: str) -> str:
    """'of Glenridge Fell', 'dell’associazione Poetto Vivo', 'di Anna Neri'."""
    return f"of {owner}" if language == "en" else of_phrase(owner, language)


# Ranks and trades that many people hold at once: "l’ammiraglio inglese", "the French general"
# say no one holder without what they are of.
_RANKS = {
    "it": frozenset(
        """ammiraglio generale colonnello capitano tenente maggiore maresciallo sergente
        caporale comandante commodoro vescovo cardinale""".split()
    ),
    "en": frozenset(
        """admiral general colonel captain lieutenant major marshal sergeant corporal commander
        commodore bishop cardinal""".split()
    ),
}
# Kinds of institution that, capitalised alone after an office, refer back to one named in
# full elsewhere: "il capo del Dipartimento", "the head of the Department".
_INSTITUTION_KINDS = frozenset(
    """dipartimento consorzio fondazione istituto ente agenzia associazione federazione
    ufficio comitato società azienda gruppo direzione servizio sezione reparto
    department foundation institute agency association federation office committee board
    company group directorate division unit service""".split()
)
_OF_WORD = re.compile(r"(?<!\w)(?:di|del|dello|della|dei|degli|delle|dell’|d’|of)(?!\w)", re.I)
_OF_INSTITUTION = re.compile(
    r"\s(?:di|del|dello|della|dell’|of\s+the|of)\s*(?P<kind>[A-ZÀ-Ý][\w]+)$"
)


def _names_one(office: str, language: str) -> bool:
    """Whether an office names one holder the question may ask for: not a rank with a
    nationality ('l’ammiraglio inglese', 'a British admiral'), nor an office of an institution
    named by its kind alone ('il capo del Dipartimento'): 'il sindaco di Bronte', 'the Russian
    Foreign Minister' do."""
    words = office.lower().split()
    head = words[0] if language == "it" else words[-1]  # "ammiraglio inglese", "US admiral"
    titled = bool(set(words[1:] if language == "it" else words[:-1]) & ROLE_WORDS[language])
    # "Attorney General", "Secretary-General": a capitalised title of one office.
    titled = titled or (language == "en" and not office.split()[-1].islower())
    if head in _RANKS[language] and not titled and not _OF_WORD.search(office):
        return False  # "direttore generale", "Secretary General" are offices of one
    m = _OF_INSTITUTION.search(squash(office))
    return m is None or m.group("kind").lower() not in _INSTITUTION_KINDS


# What introduces a person by an office without an article: "according to | club secretary
# Ann Lee", "said | party leader Tom Lee".
_TIMES_OF_OFFICE = frozenset("new current outgoing incoming interim future previous".split())
_INTRODUCERS = frozenset("to by from with for said says told added according that".split())


def _noun_modifier(toks: list[Token], role: int) -> int:
    """Where an English office starts with the noun before its office word, which names what
    the office is of: 'according to | club secretary | Ann Lee', 'said | party leader | Tom
    Lee'; a word after a preposition or a verb of saying, that is no verb nor an adjective of
    time ('former')."""
    if role < 2:
        return role
    noun, before = toks[role - 1], toks[role - 2]
    if before.low not in _INTRODUCERS or not (noun.text.isalpha() and noun.text.islower()):
        return role
    low = noun.low
    if len(low) < 3 or low in STOPWORDS["en"] or low in _NOT_NOW or is_finite(low, "en"):
        return role
    if low in _TIMES_OF_OFFICE:
        return role  # "the new secretary": which one, once another is?
    return role - 1


# An office that opens the sentence, then a copula, before its holder: "Il primo presidente
# della Fondazione fu | Gaetano Neri", "Il suo primo presidente è stato il magistrato | X", "The
# first chair of the board was | Ann Lee".
_OFFICE_FIRST = re.compile(
    r"^(?P<det>Il|Lo|La|L’|The)\s*(?:(?P<pos>suo|sua|its|his|her)\s+)?(?P<office>.{3,90}?)"
    r"\s(?P<cop>è\s+stat[oa]|fu|era|è|was|is)\s+(?:(?:il|lo|la|l’|un|una|the|a|an)\s*"
    r"[a-zà-ù]+\s+)?$"
)


def _copula_offices(s: Sentence, doc: Document) -> Iterator[_Held]:
    """'Il primo presidente dell’Autorità fu Gaetano Neri' -> 'Chi fu il primo presidente
    dell’Autorità?'; the copula's tense stays ('Who was the first chair of the board?')."""
    language = doc.language
    people = people_in(s.text, doc)
    if not people or people[0][0] > 120:
        return
    start, end, name = people[0]
    honorific = honorific_before(s.text, start, language)
    m = _OFFICE_FIRST.match(s.text[: start if honorific is None else honorific])
    if m is None or not _office_phrase(m.group("office"), language):
        return
    office = m.group("office")
    if m.group("pos"):  # "Il suo primo presidente": the entry's
        owned = resolve_possessive(f"{m.group('pos')} {office}", s, doc)
        if owned is None:
            return
        office = squash(owned)
    elif not set(office.split()) & _OF_GLUE[language]:
        return  # "Il presidente è ...": whose office is not said
    determiner = "the" if language == "en" else m.group("det").lower()
    role = f"{determiner}{office}" if determiner.endswith("’") else f"{determiner} {office}"
    cop = squash(m.group("cop"))
    question = f"{'Chi' if language == 'it' else 'Who'} {cop} {role}?"
    written = _as_written(s.text, start, end, name, language)
    yield _Held(s, name, written, question=question, reverse=cop in {"è", "is"})


def _office_phrase(office: str, language: str) -> bool:
    """Whether words read as an office: an office word, then only its complements, names and
    adjectives ('primo presidente della Fondazione Rossi'), no verb nor clause."""
    words = office.split()
    if len(words) > 14 or not any(w.lower() in ROLE_WORDS[language] for w in words):
        return False
    stop = STOPWORDS[language] - _APPOSITION_GLUE[language]
    for word in words:
        low = word.lower().rstrip("’")
        if low in stop or low in ROLE_WORDS[language]:
            if low in stop:
                return False
            continue
        if word.islower() and is_finite(low, language):
            return False
    return True


# Verbs of a person's standing for someone or something, as a lawyer, a coach or an owner does:
# "L’avvocato Alberto Sironi, che difende Colombo," -> "Chi difende Colombo?".
_STANDS_FOR = {
    "it": r"|difende|difendeva|rappresenta|rappresentava|allena|allenava|coordina|coordinava"
    r"|gestisce|gestiva|possiede|possedeva",
    "en": r"|defends|defended|represents|represented|coaches|coached|coordinates|coordinated"
    r"|manages|managed|owns|owned",
}
# Verbs of leading something, as a person's deed: "Anna Neri guida la Protezione civile", "Tom
# Lee, who chairs the committee,". "è alla guida di" asks as written.
_LEAD_VERBS = {
    "it": r"guida|guidava|guidò|dirige|dirigeva|diresse|presiede|presiedeva|è\s+alla\s+guida"
    + _STANDS_FOR["it"],
    "en": r"heads|headed|leads|led|chairs|chaired|directs|directed|presides\s+over"
    r"|presided\s+over|runs|ran" + _STANDS_FOR["en"],
}
_RUN_VERBS = frozenset(["runs", "ran"])
_NOW = {"it": r"(?:(?:anche|ora|oggi|tuttora|già)\s+)?", "en": r"(?:(?:also|now|still)\s+)?"}
_LEADS = {
    lang: re.compile(
        r"(?P<lead>\s+|,\s+(?:[^,;“”«»()]{0,60}?\s)?(?:who|che)\s+)"
        + _NOW[lang]
        + r"(?P<verb>"
        + verbs
        + r")\s+(?P<thing>[^,;:.()“”«»–—]{3,120})"
    )
    for lang, verbs in _LEAD_VERBS.items()
}
# Where the thing led ends: a relative, a conjunction, a time ("dal 2019", "since 2010").
_THING_END = {
    "it": re.compile(
        r"\s(?:che|cui|dove|e|ed|ma|mentre|quando|dopo|prima|per|fino|dal|dalla|dallo|dall’|dai"
        r"|dagli|dalle|da|nel|nell’|con|insieme)\s|\s(?:in|a)\s+\d"
    ),
    "en": re.compile(
        r"\s(?:which|who|where|and|but|while|when|after|before|for|since|from|until|with|as"
        r"|to|into)\s|\s(?:in|on)\s+(?:\d|the\s+\d|January|February|March|April|May|June|July"
        r"|August|September|October|November|December)"
    ),
}
_PRONOUNS = frozenset("its his her their suo sua suoi sue loro".split())


def _thing_end(text: str, language: str) -> int:
    """Where the thing led ends, not inside a name ('the Kiel Institute for the World
    Economy')."""
    for cut in _THING_END[language].finditer(text):
        before = text[: cut.start()].rsplit(None, 1)
        after = text[cut.end() :].lstrip()
        if after[:4].lower() == "the ":
            after = after[4:]
        if before and before[-1][:1].isupper() and after[:1].isupper() and cut.group().strip():
            if cut.group().strip().lower() in _NAME_INNER:
                continue  # "Institute for the World Economy", "Made in Italy"
        return cut.start()
    return len(text)


# Short words inside a name, between its capitals: "Kiel Institute for the World Economy".
_NAME_INNER = frozenset("for and to e ed per".split())


def _thing(text: str, language: str) -> str | None:
    """The thing led, from the words after the verb: 'la Protezione civile regionale dal
    2019' -> 'la Protezione civile regionale'; None for a pronoun's ('its board')."""
    thing = text[: _thing_end(text, language)].strip()
    words = thing.split()
    if not 1 <= len(words) <= 14 or set(w.lower() for w in words) & _PRONOUNS:
        return None
    first = words[0].lower()
    if is_finite(first, language) or first in AUXILIARIES[language]:
        return None  # "guida ha portato ...": "guida" was a noun
    if first in STOPWORDS[language] and first not in _ARTICLES:
        return None
    if first not in _ARTICLES and not any(w[:1].isupper() for w in words):
        return None  # "heads home", "leads 3-1": a thing led is named or has an article
    return thing


def _lead_offices(s: Sentence, doc: Document) -> Iterator[_Held]:
    """'Anna Neri guida la Protezione civile regionale dal 2019' -> 'Chi guida la Protezione
    civile regionale?'; 'Tom Lee, the diplomat who chairs the committee, said' -> 'Who chairs
    the committee?'."""
    language = doc.language
    pattern = _LEADS[language]
    for start, end, name in people_in(s.text, doc):
        m = pattern.match(s.text, end)
        if m is None:
            continue
        if m.group("lead").strip() == "" and not _opens_clause(s.text, start, language):
            continue  # "dopo che il ministro ha incontrato Anna Neri guida ...": no subject
        thing = _thing(m.group("thing"), language)
        if thing is None or LIST_GOES_ON.match(s.text, m.end("thing")):
            continue  # "represents North, | West and Central Sutherland": a list cut short
        verb = squash(m.group("verb"))
        if verb in _RUN_VERBS and not any(w[:1].isupper() for w in thing.split()):
            continue  # "runs the risk", "ran the race": only a named thing is run as a firm is
        who = "Chi" if language == "it" else "Who"
        written = _as_written(s.text, start, end, name, language)
        asked_led = _which_led(thing, verb, name, language)
        question = f"{who} {verb} {thing}?"
        yield _Held(
            s, name, written, question=question, reverse=False, led=thing, asked_led=asked_led
        )


# The verbs of leading, as a question of what is led asks them: (base form, whether past).
_EN_LEAD_BASE = {
    "heads": ("head", False),
    "headed": ("head", True),
    "leads": ("lead", False),
    "led": ("lead", True),
    "chairs": ("chair", False),
    "chaired": ("chair", True),
    "directs": ("direct", False),
    "directed": ("direct", True),
    "presides over": ("preside over", False),
    "presided over": ("preside over", True),
    "coaches": ("coach", False),
    "coached": ("coach", True),
    "coordinates": ("coordinate", False),
    "coordinated": ("coordinate", True),
    "manages": ("manage", False),
    "managed": ("manage", True),
    "owns": ("own", False),
    "owned": ("own", True),
    "runs": ("run", False),
    "ran": ("run", True),
}
_OF_WORDS = frozenset("of di del dello della dei degli delle dell’".split())


def _led_noun(thing: str, language: str) -> tuple[str, str] | None:
    """(article, noun) the thing led is a kind of, when it is a common noun with more said of
    it: 'the council’s climate action committee' -> ('the', 'committee'), 'la commissione
    ambiente del Comune' -> ('la', 'commissione'); None for a name ('la Protezione civile')
    or a bare noun ('the board': which board, answered?)."""
    words = thing.replace("’", "’ ").split() if language == "it" else thing.split()
    if len(words) < 3 or words[0].lower() not in _ARTICLES:
        return None
    of = next((k for k, w in enumerate(words) if w.lower() in _OF_WORDS), len(words))
    if language == "en":  # "the site survey | using airborne radar": the noun ends before
        of = next((k for k in range(2, of) if _noun_ends(words, k)), of)
    noun = words[1] if language == "it" else words[of - 1]
    if not noun.isalpha() or not noun.islower() or noun in STOPWORDS[language]:
        return None
    # What says which one: a name, a possessive, two words before the noun ('the city’s
    # planning department') or after its 'di' ('del consiglio comunale'); not 'the board of
    # directors'.
    named = any(w[:1].isupper() for w in words[1:]) or "’s" in thing
    if named or (of - 1 >= 3 if language == "en" else len(words) - of >= 3):
        return words[0].lower(), noun
    return None


def _noun_ends(words: list[str], k: int) -> bool:
    """Whether the English word at `k`, after a noun, opens what is said of it, no part of the
    noun: a preposition ('committee | on housing'), a gerund with an object of its own
    ('survey | using airborne radar'; 'the council’s | housing committee' is one noun)."""
    word = words[k]
    gerund = word.endswith("ing") and len(word) > 4 and word not in _ING_NOUNS  # "using"
    return word in PREPOSITIONS["en"] or (gerund and len(words) - k > 2)


_ING_NOUNS = frozenset("thing things string spring swing sting sling".split())


def _which_led(thing: str, verb: str, name: str, language: str) -> str:
    """The question of what a person leads, by the kind of thing it is: 'Which committee does
    Anna Neri chair?', 'Quale commissione presiede Anna Neri?'; '' when the thing says no
    kind or the verb no deed ('è alla guida di')."""
    found = _led_noun(thing, language)
    if found is None:
        return ""
    article, noun = found
    if language == "it":
        if " " in verb:
            return ""
        which = "Quali" if article in IT_PLURAL_ARTICLES else "Quale"
        return f"{which} {noun} {verb} {name}?"
    if verb not in _EN_LEAD_BASE:
        return ""
    base, past = _EN_LEAD_BASE[verb]
    return f"Which {noun} {'did' if past else 'does'} {name} {base}?"


def _opens_clause(text: str, start: int, language: str) -> bool:
    """Whether a name is a clause's subject: it opens the sentence (after an honorific or an
    office), or follows a comma or 'e'/'and'."""
    before = text[:start].rstrip()
    if not before:
        return True
    honorific = honorific_before(text, start, language)
    if honorific is not None:
        before = text[:honorific].rstrip()
        if not before or before.lower() in ARTICLES[language]:
            return True
    return before.endswith((",", ";", ":")) or before.split()[-1].lower() in {"e", "and"}


# A thing given with who leads it, by a participle: "la terza sezione penale, presieduta da
# Anna Neri", "the exhibition, curated by Tom Lee".
# What the person is may stand before the name: "guidato dalla microbiologa Chiara Neri", "led
# by the geologist Ann Lee".
_LED_BY = {
    "it": re.compile(
        r"(?P<part>presiedut[oaie]|guidat[oaie]|dirett[oaie]|curat[oaie])\s+"
        r"(?:(?:da|dal|dalla|dallo)\s+|dall’)(?:[a-zà-ù]{3,}\s+){0,2}$"
    ),
    "en": re.compile(
        r"(?P<part>chaired|led|headed|directed|curated)\s+by\s+(?:the\s+)?(?:[a-z]{3,}\s+){0,2}$"
    ),
}
_LED_BY_REACH = 50  # characters from the participle to the name
# What the question asks with, by the participle's stem: (now, in the past).
_ASKED_WITH = {
    "presiedut": ("presiede", "presiedeva"),
    "guidat": ("guida", "guidava"),
    "dirett": ("ha diretto", "ha diretto"),  # a film, an orchestra: directed once
    "curat": ("ha curato", "ha curato"),
    "chaired": ("chairs", "chaired"),
    "led": ("leads", "led"),
    "headed": ("heads", "headed"),
    "directed": ("directed", "directed"),
    "curated": ("curated", "curated"),
}
_FEMININE_ARTICLES = frozenset("la le l’".split())
_MASCULINE_ARTICLES = frozenset("il lo i gli l’".split())
_DI_ARTICULATED = frozenset("del dello della dei degli delle dell’".split())


def _led_by_offices(s: Sentence, doc: Document, toks: list[Token]) -> Iterator[_Held]:
    """'..., presieduta da Anna Neri' -> 'Chi presiede la terza sezione penale?'; 'The
    exhibition, curated by Tom Lee, opens' -> 'Who curated the exhibition?'."""
    language = doc.language
    pattern = _LED_BY[language]
    for start, end, name in people_in(s.text, doc):
        m = pattern.search(s.text, max(0, start - _LED_BY_REACH), start)
        if m is None:
            continue
        part = m.group("part")
        at = index_at(toks, m.start())
        if at > 0 and toks[at - 1].text == ",":
            at -= 1
        thing = _thing_before(toks, at, s.text, part, language)
        if thing is None:
            continue
        now, then = _ASKED_WITH[part.lower() if language == "en" else part.lower()[:-1]]
        verb = then if _told_in_past(toks, index_at(toks, m.start()), language) else now
        who = "Chi" if language == "it" else "Who"
        written = _as_written(s.text, start, end, name, language)
        yield _Held(s, name, written, question=f"{who} {verb} {thing}?", reverse=False)


def _thing_before(toks: list[Token], end: int, text: str, part: str, language: str) -> str | None:
    """The noun phrase ending before toks[end] that an Italian participle agrees with ('la
    seconda sezione del Tribunale, presieduta' -> 'la seconda sezione del Tribunale'; 'la
    sentenza del Tribunale, presieduto' -> 'il Tribunale'), with a plain article."""
    starts: list[tuple[int, str]] = []  # where a noun phrase may start, inner first
    indefinite = False
    i = end - 1
    stop = STOPWORDS[language]
    while i >= 0 and end - i <= 14:
        t = toks[i]
        low = t.low
        if t.text == ")":
            while i > 0 and toks[i].text != "(":
                i -= 1  # "(MAI)": an acronym after a name
        elif low in _DI_ARTICULATED:
            starts.append((i, ARTICULATED[low]))  # an inner noun phrase: "del Tribunale"
        elif low in {"di", "d’", "of"}:
            pass
        elif low in _ARTICLES:
            if language == "en" and i > 0 and toks[i - 1].low == "of":
                i -= 1  # "the Court of | the Appeal": inside the phrase
            elif language == "en" and i > 0 and toks[i - 1].low in {"from", "at"}:
                return None  # "a team from | the University, led by": the team is led
            else:
                starts.append((i, low))
                break
        elif language == "it" and low in ARTICULATED:
            starts.append((i, ARTICULATED[low]))  # "davanti alla sezione": the phrase starts
            break
        elif low in MADE_DEFINITE and (language == "en") == (low in {"a", "an"}):
            indefinite = True  # "Un gruppo di ricerca ..., guidato": the group just introduced
            starts.append((i, MADE_DEFINITE[low]))
            break
        elif t.text[:1].isupper() and low not in stop:
            pass
        elif t.text.isalpha() and t.text.islower() and low not in stop:
            if is_finite(low, language) and not low.endswith(("ale", "ile", "ore", "ice")):
                return None
        else:
            return None
        i -= 1
    if not starts or starts[-1][0] != i:
        return None  # no article opens the phrase: "Bari, presieduta da"
    if language == "it":
        ending = part.lower()[-1]
        agree = _FEMININE_ARTICLES if ending in "ae" else _MASCULINE_ARTICLES
        starts = [st for st in starts if st[1] in agree]
        if not starts:
            return None
    begin, article = starts[-1]  # the widest phrase the participle agrees with
    if begin + 1 >= end:
        return None
    words = text[toks[begin + 1].start : toks[end - 1].end]
    if not words[:1].isalpha():
        return None
    if indefinite and begin == i:
        if not any(w[:1].isupper() for w in words.split()):
            return None  # "a team, led by": which team?
        if article == "il" and words[:1].lower() in _VOWELS:
            article = "l’"  # "un ente" -> "l’ente"
    sep = "" if article.endswith("’") else " "
    return f"{article}{sep}{words}"


# Tenses that tell a past story: the passato remoto, the imperfetto, the English past.
_IT_PAST_ENDINGS = (
    "ò",
    "ì",
    "ette",
    "ettero",
    "arono",
    "irono",
    "erono",
    "ebbe",
    "ebbero",
    "se",  # "vinse", "disse", "scrisse"
    "sero",
    "nne",  # "venne", "tenne"
    "nnero",
    "cque",  # "nacque"
    "ece",  # "fece"
)
_IT_IMPERFECT_ENDINGS = ("ava", "avano", "eva", "evano", "iva", "ivano")
# Present tenses that end like a passato remoto ("dovette"): the verbs in -mettere, -flettere.
_IT_CONDITIONAL = ("rebbe", "rebbero")
_IT_GREW = ("crebbe", "crebbero")
_IT_PRESENT_ETTE = ("mette", "mettono", "flette", "flettono")
# Whether a quotation mark opens (True) or closes one; '"' toggles.
_QUOTE_MARKS = {"«": True, "»": False, "“": True, "”": False, '"': True}
_PRESENT_AUX = frozenset("is are has have will can è sono ha hanno sarà saranno".split())


def _told_in_past(toks: list[Token], skip: int, language: str, remote: bool = False) -> bool:
    """Whether the sentence's first telling verb is in a past tense ('fu', 'scavò', 'found',
    'was'), not in the present or a perfect ('ha aperto', 'has opened'); the participle at
    `skip` aside. `remote`: Italian only the passato remoto, the tense of history ('era' also
    describes, in reported speech)."""
    quoted = False
    for k, t in enumerate(toks):
        if t.text in _QUOTE_MARKS:
            quoted = _QUOTE_MARKS[t.text] if t.text != '"' else not quoted
            continue
        if quoted or k == skip or not t.text.isalpha() or not t.text.islower():
            continue  # a quotation's verbs are the speaker's tense, not the sentence's
        low = t.low
        if low.endswith(_IT_PRESENT_ETTE):
            continue  # "ammette", "riflette": the present of -mettere, -flettere
        if low.endswith(_IT_CONDITIONAL) and not low.endswith(_IT_GREW):
            continue  # "avrebbe scaricato": what is alleged, not history told ("crebbe" is)
        if low in _PRESENT_AUX:
            return False
        if language == "en":
            if low in {"was", "were", "had"}:
                return True
            before = toks[k - 1].low if k > 0 else ""
            if before in {"be", "been", "being"} or toks[k + 1 : k + 2] and toks[k + 1].low == "by":
                continue
            if low in EN_PAST or (low.endswith("ed") and is_finite(low, "en")):
                return True
        elif low in {"fu", "furono"} or (is_finite(low, "it") and low.endswith(_IT_PAST_ENDINGS)):
            return True
        elif not remote and (
            low in {"era", "erano"}
            or (is_finite(low, "it") and low.endswith(_IT_IMPERFECT_ENDINGS))
        ):
            return True
    return False


# Offices of a company that say nothing without the company: "l’amministratore delegato", "the
# chief executive"; and owners that are only its kind: "the company’s", "dell’azienda".
_COMPANY_OFFICES = {
    "it": frozenset(
        """amministratore delegato|amministratrice delegata|direttore generale|direttrice
        generale|direttore finanziario|direttrice finanziaria|legale rappresentante
        |rappresentante legale""".replace("\n", " ")
        .replace(" |", "|")
        .split("|")
    ),
    "en": frozenset(
        """chief executive|chief executive officer|managing director|chief operating
        officer|chief financial officer|chief technology officer|legal
        representative""".replace("\n", " ").split("|")
    ),
}
_KIND_OWNER = {
    "it": re.compile(r"\s+(?:della società|dell’azienda|del gruppo|della compagnia)$"),
    "en": re.compile(r"^(?:the|its)\s+(?:company|group|firm|carmaker|chipmaker|bank)’s\s+"),
}


def _vague_company_office(h: _Held, language: str) -> str | None:
    """The bare office when it is a company's and does not say which company ('amministratore
    delegato', 'the company’s chief executive'); None when it says or is no company's."""
    office = " ".join(h.office.split())
    if language == "it":
        office = _KIND_OWNER["it"].sub("", office)
        return office if fold(office) in _FOLDED_COMPANY["it"] else None
    determiner = h.determiner[:1].lower() + h.determiner[1:]  # "The company’s" opening
    owner = _KIND_OWNER["en"].match(f"{determiner} {office} ")
    if owner is not None:  # "the company’s chief executive", with "the" apart or not
        office = f"{determiner} {office}"[owner.end() :]
        return office if office.islower() else None
    low = office.lower()
    return low if low in _COMPANY_OFFICES["en"] and h.determiner in {"", "the"} else None


_FOLDED_COMPANY = {
    lang: frozenset(fold(o) for o in offices) for lang, offices in _COMPANY_OFFICES.items()
}


def company_before(doc: Document, at: int, person_start: int) -> str | None:
    """The company a vague office belongs to: a name doing something in the sentence before the
    person, or in one of the three sentences before ('..., Halvora said in a statement.',
    'Con l’operazione, Ceresa diventa ...')."""
    for back in range(4):
        k = at - back
        if k < 0:
            break
        s = doc.sentences[k]
        text = s.text[:person_start] if back == 0 else s.text
        found = _acting_name(text, doc)
        if found is not None and not ends_with_place_noun(found):
            return found  # "Lincoln Cathedral filled the nave": no firm's office
    return _registered_company(doc, at, person_start) or _article_company(doc)


def _article_company(doc: Document) -> str | None:
    """The one company the whole article names with its legal form, when it is what the
    article is about: a company's office said without the company ('managing director Ann Lee')
    is its own. A company named once in passing ('The beds were supplied by Medisupply Ltd')
    owns no office: the chief executive is more likely the hospital's."""
    # Asked only for an office with no company near it: a search over the article is rare.
    mentions = _legal_companies(doc, 0, len(doc.sentences))
    found = set(mentions)
    if len(found) != 1:
        return None
    company = found.pop()
    return company if _topic_company(company, mentions.count(company), doc) else None


def _topic_company(company: str, mentions: int, doc: Document) -> bool:
    """Whether the article is about a company: named in its title or first sentence, named
    twice (with its legal form or without: 'Harlow Freight Ltd ... Harlow Freight said'), or
    given a background entry."""
    name = company if "&" in company else company.rsplit(" ", 1)[0]  # without its legal form
    if doc.title and name in squash(doc.title):
        return True
    if mentions > 1 or (doc.sentences and name in squash(doc.sentences[0].text)):
        return True
    if sum(name in squash(t) for t in doc.texts) > 1:
        return True
    return any(fold(e.name) in (fold(company), fold(name)) for e in doc.entries)


# A company named with its legal form: "la Edilnova Lombarda srl", "Harlow Freight Ltd".
_LEGAL_FORM = re.compile(
    r"\b((?:[A-ZÀ-Ý][\w’&-]*\s){1,4})(?:srl|spa|Srl|SpA|S\.p\.A\.|S\.r\.l\.|Ltd|Inc|plc|GmbH)\b"
)


# A firm named by its partners, which only a firm is: "Hartshorne & Mayer", "Wynne & Pugh".
_PARTNERS_NAME = re.compile(
    r"(?<![\w’&]\s)(?<![\w’&])(?:[A-ZÀ-Ý][\w’-]+\s){1,2}&\s[A-ZÀ-Ý][\w’-]+(?!\s[A-ZÀ-Ý&])"
)


def _registered_company(doc: Document, at: int, person_start: int) -> str | None:
    """The one company the sentence or the three before name with its legal form, when no name
    acts in them ('Al centro dell’inchiesta c’è la Edilnova srl, società ...')."""
    found = set(_legal_companies(doc, max(0, at - 3), at + 1, person_start))
    return found.pop() if len(found) == 1 else None


def _legal_companies(doc: Document, first: int, end: int, cut: int | None = None) -> list[str]:
    """Each naming of a company with its legal form in sentences first..end-1, the last read
    up to `cut`; the name with its spaces squashed (a line break may fall inside it)."""
    found: list[str] = []
    for k in range(first, end):
        text = doc.sentences[k].text
        if k == end - 1 and cut is not None:
            text = text[:cut]
        found.extend(squash(m.group(0)) for m in _LEGAL_FORM.finditer(text))
        found.extend(squash(m.group(0)) for m in _PARTNERS_NAME.finditer(text))
    return found


_OPENERS = ' “«"‘(–—-\n'
_ARTICLE_OPEN = re.compile(r"^(?:(?:Il|Lo|La|I|Gli|Le|The)\s+|L’)")


def _acting_name(text: str, doc: Document) -> str | None:
    """The last name in the text right before a finite verb, that is no person's, office's or
    month's: 'Halvora said', 'Ceresa diventa'."""
    language = doc.language
    roles = ROLE_WORDS[language]
    stop = STOPWORDS[language]
    found = None
    for m in NAME_RUN.finditer(text):
        name = m.group(0)
        after = text[m.end() : m.end() + 25].split(None, 1)
        if not after or not after[0].isalpha():
            continue
        verb = after[0].lower()
        if not (verb in AUXILIARIES[language] or is_finite(verb, language)):
            continue
        if m.start() == 0 or text[m.start() - 1] in _OPENERS:
            name = _ARTICLE_OPEN.sub("", name)  # "The Halvora board", "L’operazione"
            if not name[:1].isupper() or (
                " " not in name and is_known_word(name.lower(), language)
            ):
                continue  # a word any sentence capitalises
        if doc.person(name) or text[m.start() - 1 : m.start()] == "’":
            continue
        head, _, last = name.rpartition(" ")
        if " " in head and last.isupper() and (doc.person(head) or is_given_name(head.split()[0])):
            continue  # "Brendan Quigley KC said": a person with the letters after the name
        first = name.split()[0].lower()
        if first in roles or first in stop or name.endswith("’s"):
            continue
        if doc.entry_kinds.get(fold(name), "org") not in {"org", "thing"}:
            continue  # a place the article describes
        found = name
    return found


def _company_role(h: _Held, office: str, owner: str, language: str) -> tuple[str, str]:
    """(role as asked, office as answered) with its company: 'Halvora’s chief executive',
    'l’amministratore delegato di Ceresa'."""
    if language == "en":
        owned = f"{owner}’ " if owner.endswith("s") else f"{owner}’s "  # "Hartley & Sons’"
        return f"{owned}{office}", f"{owned}{office}"
    article = _italian_article(office)
    role = f"{article}{office}" if article.endswith("’") else f"{article} {office}"
    return f"{role} {of_phrase(owner, language)}", f"{office} {of_phrase(owner, language)}"


def _role(h: _Held, language: str) -> str:
    """The office with its article: 'il ministro degli Esteri', 'Kenya’s Cabinet Secretary',
    'l’assessore regionale' (an office written without one)."""
    office = h.office
    article = h.determiner
    if not article:
        article = _italian_article(office, h.name) if language == "it" else "the"
    elif article.endswith("’s") and article[:1].islower():
        article = _owner_with_article(h.sentence.text, article, office)
    return f"{article}{office}" if article.endswith("’") else f"{article} {office}"


def _owner_with_article(text: str, owner: str, office: str) -> str:
    """A lowercase owner's possessive with the words before it that make it a noun phrase:
    'bank’s' of 'the food bank’s executive director' -> 'the food bank’s'; the possessive alone
    when the sentence writes no article before it."""
    m = re.search(
        r"\b(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<words>(?:[a-z][\w-]*\s+){0,3})"
        + re.escape(owner)
        + r"\s+"
        + re.escape(office.split()[0]),
        text,
    )
    if m is None:
        return owner
    return f"{m.group('det').lower()} {m.group('words')}{owner}"


def _office_answer(h: _Held) -> str:
    """The office as answered, with the name that owns it: 'Arizona’s attorney general', not an
    'attorney general' of no one ('the company’s' is no name: a vague office has its own)."""
    office = squash(h.office)
    owner = h.determiner
    if owner.endswith("’s") and (owner[:1].isupper() or owner in _TEAM_OWNERS):
        return f"{owner} {office}"  # "the team’s coach": of the side the article is about
    return office


def _holdings(s: Sentence, doc: Document, k: int) -> Iterator[_Held]:
    toks = tokens(s.text)
    yield from _titled_offices(s, doc, toks, k)
    yield from _copula_offices(s, doc)
    yield from _lead_offices(s, doc)
    yield from _led_by_offices(s, doc, toks)
    if s.text.startswith(("Defending", "Prosecuting")):
        yield from _counsel(s, doc)


# Court reporting's counsel, named after the side spoken for: "Defending, Ann Lee said ...",
# "Prosecuting on behalf of Leeds City Council, barrister Tom Hale said ...".
_COUNSEL = re.compile(
    r"^(?P<side>Defending|Prosecuting)(?:\s+on\s+behalf\s+of\s+(?P<for>[^,]{3,60}))?,\s+"
    r"(?:(?:barrister|solicitor|counsel|advocate)\s+)?"
)
_COUNSEL_SAYS = re.compile(r",?\s+(?:said|told|says|added|argued|explained)\b")
_SIDES = {"Defending": "the defence", "Prosecuting": "the prosecution"}


def _counsel(s: Sentence, doc: Document) -> Iterator[_Held]:
    """Who spoke for a side of a case ('Defending, Ann Lee said' -> 'Who spoke for the
    defence?'), or prosecuted on someone's behalf ('Who prosecuted on behalf of Leeds City
    Council?')."""
    m = _COUNSEL.match(s.text)
    if m is None:
        return
    for start, end, name in people_in(s.text, doc):
        if start != m.end() or not _COUNSEL_SAYS.match(s.text, end):
            continue
        side = m.group("side")
        if m.group("for"):
            question = f"Who {side[:-3].lower()}ed on behalf of {squash(m.group('for'))}?"
        else:
            question = f"Who spoke for {_SIDES[side]}?"
        written = _as_written(s.text, start, end, name, doc.language)
        yield _Held(s, name, written, question=question, reverse=False)


# Whether a (lowercased) sentence may say who holds an office: an office word, a verb or
# participle of leading something, taking office; one search, not one a word.
_LEAD_WORDS = {
    "it": """guid dirig dires dirett presied curat carica difend rappresent allen coordin gestisc
    gestiv possied capitan""".split(),
    "en": """head lead led chair direct presid curat office sworn defend represent coach
    coordinat manag owns owned captain runs ran prosecut""".split(),
}
_MAY_HOLD = {
    lang: re.compile(
        "|".join(
            map(
                re.escape,
                sorted(
                    set(words)
                    | set(_LEAD_WORDS[lang])
                    | {second for _first, second in COMPOUND_OFFICES[lang]}
                ),
            )
        )
    )
    for lang, words in ROLE_WORDS.items()
}


# An Italian office with the portfolio it holds, then the name, all capitals from the
# portfolio on: "l’assessore regionale ai Trasporti Paolo Verdi", "la consigliera
# all’Ambiente Anna Neri". The name is the run's last two words; the portfolio what is before.
_PORTFOLIO_CUE = re.compile(r" (?:a[il]|all[aeo]|agli) [A-ZÀ-Ý]| all’[A-ZÀ-Ý]")
_PORTFOLIO = re.compile(
    r"(?<![\w’])(?P<office>(?:[Ll]’|[Ii]l |[Ll][oa] )(?P<role>[a-zà-ù]+)(?: [a-zà-ù]+)?"
    r" (?:(?:al|ai|alla|alle|agli|allo) |all’)[A-ZÀ-Ý][\w’]*(?: (?:e |ed )?[A-ZÀ-Ý][\w’]*)*?)"
    r" (?P<name>[A-ZÀ-Ý][a-zà-ù’]+ [A-ZÀ-Ý][a-zà-ù’]+)(?![\w’]| [A-ZÀ-Ý])"
)


def _portfolio_offices(s: Sentence) -> Iterator[Candidate]:
    """'ha dichiarato l’assessore regionale ai Trasporti Paolo Verdi' -> 'Chi è l’assessore
    regionale ai Trasporti?' -> 'Paolo Verdi' (the name runs on from the portfolio's capital,
    so no list of people has it)."""
    for m in _PORTFOLIO.finditer(s.text):
        if m.group("role") not in ROLE_WORDS["it"]:
            continue
        name = m.group("name")
        yield Candidate(
            "role",
            s,
            0.8,
            name,
            question=render("it", "role", role=lower_first(m.group("office"))),
            accept=(name.split()[-1],),
            answer_type="person",
            topic=m.group("office"),
        )


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    holders: dict[str, set[str]] = defaultdict(set)
    found: list[tuple[int, _Held]] = []
    named: dict[str, str | None] = {}  # an institution's kind -> its one full name; the town
    may_hold = _MAY_HOLD[language]
    curators = _CURATORS[language]
    for k, s in enumerate(doc.sentences):
        if language == "it" and _PORTFOLIO_CUE.search(s.text):
            yield from _portfolio_offices(s)
        # People first: the other extractors have found them already for most sentences.
        if not people_in(s.text, doc) or not may_hold.search(s.text.lower()):
            continue  # no person or no office: the sentence is not even tokenized
        yield from _took_office(s, doc)
        yield from _chosen_after(s, doc)
        for h in _holdings(s, doc, k):
            if not h.question:
                h = _town_office(h, doc, named)  # "Mayor Lisa Hart": of the town
            if (
                not h.question
                and len(h.office.split()) < 2
                and h.office.lower() not in curators
                and h.office.lower() not in CASE_OFFICES[language]
                and not _owned(h)
            ):
                continue  # "il Presidente Putin": the office alone says too little
            holders[h.key].add(h.name)
            found.append((k, h))
    seen: set[str] = set()
    seen_person: set[str] = set()
    asked = {(k, h.name) for k, h in found if h.question}
    for k, h in found:
        if len(holders[h.key]) != 1 or h.key in seen:
            continue
        if (k, h.name) in asked and h.office.lower() in CASE_OFFICES[language]:
            continue  # "presieduto dal giudice Anna Neri": who presides says more

        seen.add(h.key)
        if h.forward and not h.question and _qualified_elsewhere(h, holders):
            h = replace(h, forward=False)  # "Foreign Minister X" beside "Indonesian Foreign ..."
        if h.office.lower() in curators:
            h = _curator_of(h, doc)
            if not h.office:
                continue
        h = _court_named(h if h.question else _institution_named(h, doc, named), doc, named)
        if (
            not h.question
            and len(h.office.split()) < 2
            and h.determiner.startswith("the ")
            and h.determiner not in _TEAM_OWNERS
        ):
            continue  # "the council’s leader" of no council the article names
        yield from _cards(k, h, doc, seen_person)


def _qualified_elsewhere(h: _Held, holders: dict[str, set[str]]) -> bool:
    """Whether another person holds the office with a word before it that says whose it is
    ('Indonesian Foreign Minister Arief Santoso'), so that the office alone ('Foreign Minister
    Bendito Soares') names no one holder ('Who is the Foreign Minister?')."""
    key = h.key
    return any(
        other != key
        and other.endswith(f" {key}")
        and names != holders[key]
        and _OFFICE_MODIFIERS.isdisjoint(other[: -len(key)].split())
        for other, names in holders.items()
    )


# Words before an office that make another office, not say whose: "Lord Mayor", "Deputy
# Mayor", "vice ministro".
_OFFICE_MODIFIERS = frozenset(
    """lord deputy vice assistant acting chief senior junior shadow former interim associate
    executive general first vicario""".split()
)


# The side a sports article is about, named by its kind: "the team’s coach, Ann Lee," is
# asked as the text says it (the council a "council’s leader" leads may be one of several).
_TEAM_OWNERS = frozenset("the team’s|the club’s|the side’s|the squad’s".split("|"))


def _owned(h: _Held) -> bool:
    """Whether an office of one word has an institution before it that has one holder of it:
    'the council’s leader' (whose the article may name in full), 'Leeds City Council’s leader';
    not 'Kenya’s minister' (of what?); 'the team’s coach' of the side the article is about."""
    if h.determiner in _TEAM_OWNERS:
        return True
    words = h.determiner.removesuffix("’s").split()
    return bool(words) and words[-1].lower() in _NAMED_KINDS


# An office of an institution named by its kind alone: "il presidente del Consorzio", "il
# direttore commerciale della fondazione", "the council’s chief executive".
_KIND_AT_END = re.compile(
    r"\s(?P<of>di|del|dello|della|dell’|of\s+the|of)\s*(?P<kind>[\w]+)$", re.IGNORECASE
)
_KIND_OWNER_EN = re.compile(r"^[Tt]he\s+(?P<kind>\w+)’s$")
# What may go on an Italian institution's name after its kind: "Consorzio | per la tutela del
# Franciacorta", "Fondazione | Arena di Verona".
_IT_NAME_GLUE = r"(?:per|di|del|della|dello|dei|degli|delle|la|il|lo|le)(?!\w)"


_NAMED_KINDS = _INSTITUTION_KINDS | {"council", "trust", "museum", "museo"}


_KIND_OWNER_AT_START = re.compile(r"^[Tt]he\s+(?P<kind>\w+)’s\s")


def kind_named_office(office: str) -> bool:
    """Whether an office names its institution by its kind alone: 'il presidente del
    Consorzio', 'the council’s chief executive'."""
    m = _KIND_AT_END.search(office) or _KIND_OWNER_AT_START.match(office)
    return m is not None and m.group("kind").lower() in _NAMED_KINDS


def _full_names(kind: str, doc: Document) -> set[str]:
    """The names the article gives an institution of a kind: 'Fondazione Arena di Verona',
    'Consorzio per la tutela del Franciacorta', 'Cork City Council'."""
    cap = kind[:1].upper() + kind[1:].lower()
    if doc.language == "it":
        pattern = re.compile(
            rf"\b{cap}((?:\s+(?:(?:dell’|d’)?[A-ZÀ-Ý][\w’-]*|{_IT_NAME_GLUE}(?:\s+[a-zà-ù]{{4,}})?))+)"
        )
    else:
        pattern = re.compile(rf"((?:[A-Z][\w’-]*\s+){{1,4}}){cap}\b")
    found = set()
    for s in doc.sentences:
        if cap not in s.text:
            continue
        for m in pattern.finditer(s.text):
            words = m.group(1).split(f" {cap}")[0].split()  # "Rossi | e la Fondazione Bianchi"
            if doc.language == "it":
                while words and not words[-1][:1].isupper():
                    words.pop()  # "Consorzio per la tutela del Franciacorta | e"
                if words:
                    found.add(f"{cap} {' '.join(words)}")
            elif words[0] not in {"The", "A", "An"}:
                found.add(f"{' '.join(words)} {cap}")
    return found


def _institution_named(h: _Held, doc: Document, named: dict[str, str | None]) -> _Held:
    """The office with the one full name the article gives its institution ('presidente del
    Consorzio' -> 'presidente del Consorzio per la tutela del Franciacorta', 'the council’s
    chief executive' -> 'Cork City Council’s chief executive'); as it is when there is none."""
    language = doc.language
    office = squash(h.office)
    at_end = _KIND_AT_END.search(office)
    owner = _KIND_OWNER_EN.match(h.determiner) if language == "en" else None
    m = at_end or owner
    if m is None or m.group("kind").lower() not in _NAMED_KINDS:
        return h
    kind = m.group("kind").lower()
    if kind not in named:
        names = {fold(n): n for n in sorted(_full_names(kind, doc))}  # "Civile", "civile"
        named[kind] = names.popitem()[1] if len(names) == 1 else None
    full = named[kind]
    if full is None:
        return h
    if at_end is not None:
        office = office[: at_end.start("kind")] + full
        determiner = h.determiner
    else:
        determiner = f"{full}’s"
    forward = h.forward or (not h.past and _names_one(office, language))
    return _Held(h.sentence, h.name, h.written, office, determiner, past=h.past, forward=forward)


# A town's office said without the town: "l’assessora alla Mobilità", "il presidente del
# consiglio comunale"; the article names the town with its council or mayor.
_TOWN_OFFICE = {
    "it": re.compile(
        r"^(?:assessor[ea]\s+(?:all[ae’]|al|ai|agli)|presidente del consiglio comunale$"
        r"|sindac[oa]$)"
    ),
    "en": re.compile(r"^(?:lord mayor|mayor|deputy mayor|lord provost)$"),
}
_NOT_TOWN = frozenset("regionale provinciale metropolitano metropolitana".split())
_TOWN_NAMED = {
    "it": re.compile(
        r"\b(?:[Cc]omune di|consiglio comunale di|[Ss]indac[oa] di|giunta comunale di)\s+"
        r"(?P<town>[A-ZÀ-Ý][\w’-]*(?:\s+[A-ZÀ-Ý][\w’-]*)*)"
    ),
    "en": re.compile(
        r"\b[Mm]ayor of\s+(?P<town>[A-Z][\w’-]*(?:\s+[A-Z][\w’-]*)?)"
        r"|\b(?P<council>[A-Z][\w’-]*(?:\s+[A-Z][\w’-]*)?)\s+(?:[Cc]ity|[Cc]ounty|[Tt]own"
        r"|[Bb]orough)\s+[Cc]ouncil\b"
    ),
}
_TOWN_CUES = {"it": ("omun", "indac"), "en": ("ouncil", "ayor of")}
_TOWN_KEY = " town"  # the town's entry among the names found once an article


def _town(doc: Document, named: dict[str, str | None]) -> str | None:
    """The one town the article names by its council or mayor ('il consiglio comunale di
    Lecce', 'il sindaco di Bronte', 'Cork City Council', 'the Mayor of Leeds'), or None."""
    if _TOWN_KEY not in named:
        language = doc.language
        cues = _TOWN_CUES[language]
        towns = {
            (m.group("town") or m.group("council")).removeprefix("The ")
            for s in doc.sentences
            if cues[0] in s.text or cues[1] in s.text
            for m in _TOWN_NAMED[language].finditer(s.text)
        }
        if not towns and doc.dateline is not None:
            towns = {doc.dateline}  # "LAMEZIA TERME – ... Il sindaco Paolo Mascaro"
        if not towns:
            towns = _title_towns(doc)
        named[_TOWN_KEY] = towns.pop() if len(towns) == 1 else None
    return named[_TOWN_KEY]


def _title_towns(doc: Document) -> set[str]:
    """The towns the article describes in its entries ('Tolentino è un comune ...') that its
    title names: what the article is about, whose mayor 'il sindaco' alone is."""
    if not doc.title:
        return set()
    cities = [e.name for e in doc.entries if doc.entry_kinds.get(fold(e.name)) == "city"]
    if len(cities) != 1:
        return set()
    return {c for c in cities if contains_phrase(doc.title, c)}


def town_office(office: str, language: str = "it") -> bool:
    """Whether an office is a town's said without the town: 'assessora alla Mobilità',
    'presidente del consiglio comunale', 'Lord Mayor'; not 'assessore regionale ai Trasporti'."""
    low = office.lower()
    if not _TOWN_OFFICE[language].match(low) or not _NOT_TOWN.isdisjoint(low.split()):
        return False
    return not re.search(r"\b(?:comune|regione|provincia|città)\b", low) or low.endswith("comunale")


def _town_office(h: _Held, doc: Document, named: dict[str, str | None]) -> _Held:
    """A town's office with the town the article names: 'l’assessora alla Mobilità' -> 'del
    Comune di Lecce', 'il presidente del consiglio comunale' -> 'di Lecce', 'the Lord Mayor'
    -> 'of Cork'."""
    office = squash(h.office)
    low = office.lower()
    language = doc.language
    if not town_office(office, language):
        return h  # "assessore alla Cultura del Comune di Verona": said already
    if h.determiner.endswith(("’s", "'s")):
        return h  # "the city’s mayor": whose, the office says already
    town = _town(doc, named)
    if town is None:
        return h
    if language == "en":
        office = f"{office} of {town}"
    elif low.endswith("comunale") or low.startswith("sindac"):
        office = f"{office} di {town}"
    else:
        office = f"{office} del Comune di {town}"
    forward = not h.past and _names_one(office, language)
    # Asked of the person, the office needs no town: "assessora alla Mobilità" is what she is;
    # "sindaco" alone says too little.
    said = squash(h.office) if " " in squash(h.office) else ""
    return _Held(
        h.sentence, h.name, h.written, office, h.determiner, past=h.past, forward=forward, said=said
    )


# A court's section or bench said without the court: "la presidente della seconda sezione
# penale", "Chi presiede il collegio?"; the article names the one court.
_BENCH = re.compile(r"\b(?:sezion[ei]|collegio)\b")
_COURT_NAMED = re.compile(
    r"\b(?P<court>(?:Tribunale|Corte d[’']\s?(?:[Aa]ppello|[Aa]ssise)|Corte)"
    r"\s+di\s+[A-ZÀ-Ý][\w’-]*)"
)
_COURT_KEY = " court"


def _court(doc: Document, named: dict[str, str | None]) -> str | None:
    """The one court the article names ('il Tribunale di Bergamo'), or None."""
    if _COURT_KEY not in named:
        courts = {
            m.group("court").replace("'", "’")
            for s in doc.sentences
            if "Tribunale" in s.text or "Corte" in s.text
            for m in _COURT_NAMED.finditer(s.text)
        }
        named[_COURT_KEY] = courts.pop() if len(courts) == 1 else None
    return named[_COURT_KEY]


def _court_named(h: _Held, doc: Document, named: dict[str, str | None]) -> _Held:
    """A section or bench with its court: 'presidente della seconda sezione penale' -> 'del
    Tribunale di Bergamo', 'Chi presiede il collegio?' -> 'il collegio del Tribunale di
    Milano?'."""
    said = h.question or h.office
    if doc.language != "it" or not _BENCH.search(said) or "Tribunale" in said or "Corte" in said:
        return h
    court = _court(doc, named)
    if court is None:
        return h
    of = of_phrase(f"{'la' if court.startswith('Corte') else 'il'} {court}", "it")
    if h.question:
        question = f"{h.question.rstrip('?')} {of}?"
        return _Held(
            h.sentence,
            h.name,
            h.written,
            h.office,
            h.determiner,
            question=question,
            reverse=h.reverse,
            past=h.past,
            led=h.led,
            asked_led=h.asked_led,
        )
    office = f"{squash(h.office)} {of}"
    forward = not h.past and _names_one(office, "it")
    return _Held(h.sentence, h.name, h.written, office, h.determiner, past=h.past, forward=forward)


# A curator is an exhibition's: "la curatrice Elena Neri" in an article about one exhibition is
# "la curatrice della mostra".
_CURATORS = {"it": frozenset(["curatore", "curatrice"]), "en": frozenset(["curator"])}
_EXHIBITION = {
    "it": (re.compile(r"\b(?:la|della|alla|nella|dalla|sulla)\s+mostra\b"), "della mostra"),
    "en": (re.compile(r"\bthe\s+exhibition\b"), "of the exhibition"),
}


def _curator_of(h: _Held, doc: Document) -> _Held:
    """The curator with the exhibition the article is about (named at least twice), or no
    office when there is none."""
    pattern, of = _EXHIBITION[doc.language]
    mentions = sum(1 for s in doc.sentences if pattern.search(s.text.lower()))
    office = f"{h.office} {of}" if mentions >= 2 else ""
    return _Held(
        h.sentence, h.name, h.written, office, h.determiner, past=h.past, forward=h.forward
    )


def _cards(k: int, h: _Held, doc: Document, seen_person: set[str]) -> Iterator[Candidate]:
    language = doc.language
    s = h.sentence
    if h.office and ends_with_person(h.office, doc):
        return  # "Scarpellini, l’avvocata Rosaria Pellegatta,": another person, no office of his
    called = surname(h.name, doc)
    accept = tuple(f for f in (called, h.written) if f and f != h.name)
    if h.question:
        accept = _unsaid(accept, h.question)
        yield Candidate(
            "role",
            s,
            0.8,
            h.name,
            question=upper_first(h.question),
            accept=accept,
            answer_type="person",
            topic=" ".join(h.question.split()[1:4]),
        )
        if h.asked_led and h.name not in seen_person:
            seen_person.add(h.name)
            yield _led_card(h)
        return
    role, answer = _role(h, language), _office_answer(h)
    vague = _vague_company_office(h, language)
    if vague is not None:
        start = s.text.find(h.name.split()[0])
        owner = company_before(doc, k, start if start >= 0 else len(s.text))
        if owner is not None and "&" in owner and h.name.split()[-1] in owner.split():
            owner = None  # a partner's name: "Hartshorne & Mayer’s managing director", Tom Mayer
        if owner is None:
            role, answer = "", vague  # no question on an office whose company is not said
        else:
            role, answer = _company_role(h, vague, owner, language)
    if role and h.forward:
        question = _PAST_ROLE.format(role=role) if h.past else render(language, "role", role=role)
        yield Candidate(
            "role",
            s,
            0.8,
            h.name,
            question=question,
            accept=_unsaid(accept, question),
            answer_type="person",
            topic=h.office,
        )
    if h.reverse and h.name not in seen_person:
        seen_person.add(h.name)
        if h.said:
            answer = h.said  # accepted with the town too: the role as asked
        yield Candidate(
            "role",
            s,
            0.5,
            answer,
            question=(
                _PAST_REVERSE.format(person=h.name)
                if h.past
                else render(language, "role_reverse", person=h.name)
            ),
            accept=(role,) if role else (),
            answer_type="role",
            topic=f"{h.name.split()[-1]} office",
        )


def _led_card(h: _Held) -> Candidate:
    """What the person leads: 'Which committee does Anna Neri chair?' -> 'the council’s
    transport committee'."""
    bare = h.led.split(" ", 1)[1] if " " in h.led and not h.led.startswith("l’") else h.led[2:]
    return Candidate(
        "role",
        h.sentence,
        0.5,
        h.led,
        question=h.asked_led,
        accept=(bare,),
        answer_type="thing",
        topic=f"{h.name.split()[-1]} leads",
    )


_PAST_ROLE = "Chi era {role}?"
_PAST_REVERSE = "Quale carica ricopriva {person}?"


def _unsaid(accept: tuple[str, ...], question: str) -> tuple[str, ...]:
    """The accepted forms the question does not say: 'Chi è l’amministratore delegato di Neri
    Dolciaria?' is answered 'Paolo Neri', not 'Neri'."""
    return tuple(a for a in accept if not contains_phrase(question, a))


# Taking office, and when: "Elena Neri, a Democrat who took office in January 2023, said";
# "Anna Neri, entrata in carica nel 2021"; "il sindaco, in carica dal 2019".
_TOOK_OFFICE = {
    "en": re.compile(
        r"\b(?P<verb>took office|assumed office|was sworn in|were sworn in)\s+(?=in\s|on\s)"
    ),
    "it": re.compile(r"\b(?P<verb>entrat[oa] in carica|in carica)\s+(?=nel\s|il\s|dal\s|a\s)"),
}
_WHEN_TOOK = {
    "took office": "When did {name} take office?",
    "assumed office": "When did {name} assume office?",
    "was sworn in": "When was {name} sworn in?",
    "entrato in carica": "Quando è entrato in carica {name}?",
    "entrata in carica": "Quando è entrata in carica {name}?",
    "in carica": "Da quando è in carica {name}?",
}
# What may stand between a person and the taking of office: nothing, or an apposition up to
# its relative ("Elena Neri, a Democrat who").
_HOLDER_GAP = re.compile(r"\s*(?:,\s+(?:[^,;:()“”]{0,60}?\s(?:who|che)\s|)|\s(?:who|che)\s)?\s*$")


# An Italian passive of choosing with its subject after it, the office or the place in front
# or after the participle: "Alla presidenza è stata eletta Martina Pellegrin", "È stato eletto
# sindaco Mario Rossi", "Presidente della cooperativa è stata eletta Anna Neri, 44 anni".
_CHOSEN = r"(?:ri)?(?:elett|nominat|confermat|designat|scelt)[oaie]"
_CHOSEN_AFTER = re.compile(
    r"^(?P<lead>[A-ZÀ-Ý][^,;:«»“”\"]{2,60}?\s)?"
    r"(?P<aux>(?:è|sono)\s+stat[oaie]|fu|furono|viene|verrà|sarà)\s+"
    r"(?P<part>" + _CHOSEN + r")\s+"
    r"(?:(?P<role>[a-zà-ù]+(?:\s(?:del|della|dello|dei|degli|delle|di)\s[^,;:«»“”\"\d]{1,40}?)?)"
    r"\s+)?(?P<name>" + NAME_RUN.pattern + r")(?=\s*(?:,|\.|$))"
)
_CHOSEN_CUE = re.compile(r"\s" + _CHOSEN + r"\s[A-Za-zà-ù]")


def _chosen_after(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'Alla presidenza è stata eletta Martina Pellegrin' -> 'Chi è stata eletta alla
    presidenza?': the person the passive names after its participle."""
    if doc.language != "it" or not _CHOSEN_CUE.search(s.text):
        return
    m = _CHOSEN_AFTER.match(s.text)
    if m is None:
        return
    name = m.group("name")
    if not any(p[2] == name for p in people_in(s.text, doc)):
        return  # "è stato scelto Palazzo Ducale": a place, asked no "who"
    lead = (m.group("lead") or "").strip()
    if any(w[:1].islower() and is_finite(w, "it") for w in lead.split()):
        return  # "Il consiglio ha detto che ...": a clause of its own before
    if lead.split()[:1] and lead.split()[0][1:].islower():
        lead = lead[:1].lower() + lead[1:]  # "Alla presidenza", "Nel 2024": the sentence's capital
    asked = squash(f"{m.group('aux')} {m.group('part')} {m.group('role') or ''} {lead}")
    yield Candidate(
        "role",
        s,
        0.74,
        name,
        question=f"Chi {asked}?",
        accept=(name.split()[-1],),
        answer_type="person",
        topic=f"{name} chosen",
    )


def _took_office(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'Governor Elena Neri, a Democrat who took office in January 2023, said' -> 'When did
    Elena Neri take office?' (January 2023)."""
    language = doc.language
    m = _TOOK_OFFICE[language].search(s.text)
    if m is None:
        return
    before = [p for p in people_in(s.text, doc) if p[1] <= m.start()]
    if not before:
        return
    start, end, name = before[-1]
    if not _HOLDER_GAP.fullmatch(s.text, end, m.start()):
        return  # someone else's deed in between
    prep = s.text[m.end() :].split(None, 1)[0]  # "in", "on", "nel", "dal"
    at = (m.end(), m.end() + len(prep) + 1)
    span = next((d for d in find_dates(s.text, language) if d.start in at), None)
    if span is None or (m.group("verb") == "in carica" and prep != "dal"):
        return
    if span.is_range or s.text[span.end : span.end + 4].lower().startswith(" al "):
        return  # "in carica dal 2014 al 2019": a time that has ended
    question = _WHEN_TOOK[m.group("verb").replace("were", "was")].format(name=name)
    yield Candidate(
        "date",
        s,
        0.7,
        span.answer,
        question=question,
        accept=span.accept,
        answer_type="date",
        topic=f"{name.split()[-1]} office",
    )
