"""Named objects and where they are from: where a work was published ('I risultati sono stati
pubblicati sulla rivista Nature Communications' -> 'Su quale rivista sono stati pubblicati i
risultati?'), where a thing is registered or was recorded and where it left from ('Where is the
Baltic Meridian registered?', 'From which base were the two jets scrambled?'), after whom or
what a thing is named ('After whom is the bridge named?', 'Da che cosa prende il nome
l’Emilia-Romagna?'), and the name of a ship, a vehicle, a mission or a river: set off by commas
('The Baltic Meridian, a bulk carrier, ran aground off Gotland' -> 'What is the name of the bulk
carrier that ran aground off Gotland?', 'The vaccine, known as Qdenga, ...') or after its noun
('Il fiume Lamone è esondato a Faenza' -> 'Quale fiume è esondato a Faenza?')."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate

from ..candidate import Candidate
from ..chunks import Token, index_at, main_verb, starts_with_subject, tokens
from ..document import NAME_RUN, Document, Sentence
from ..lexicon import (
    ARTICLES,
    CRAFT,
    MONTHS,
    NATURAL_KINDS,
    RELATIVE_WORDS,
    ROLE_WORDS,
    SAY_VERBS,
    STOPWORDS,
    VEHICLES,
    WEEKDAYS,
    WHEN_WORDS,
)
from ..phrase import of_phrase
from ..text import lower_first, squash
from ..verbs import AUXILIARIES, is_finite, is_participle
from .agents import _DANGLING, _WHEN, _noun_phrase_ending
from .common import LIST_GOES_ON, drop_titles, entity_card, lower_initial, people_in, specific
from .dates import find_dates
from .subject import explicit_subject

# What a study is reported as: in an article about a study, "the findings" are its findings.
_RESEARCH = frozenset(
    """studio studi ricerca ricerche risultati articolo lavoro rapporto analisi scoperta
    study studies research findings results paper article report analysis discovery""".split()
)
_PRONOUNS = frozenset(
    "it its he she they them their his her this that lui lei loro esso essa suo sua".split()
)
_QUOTES = frozenset('“”«»"')
# An indefinite article made definite, for a question about the thing just introduced.
_DEFINITE = {"a": "the", "an": "the", "un": "il", "uno": "lo", "una": "la", "un’": "l’"}
_VOWEL = re.compile(r"[aeiouàèéìòùh]", re.IGNORECASE)


def _definite(np: str, language: str) -> str:
    """'a study' -> 'the study', 'uno studio' -> 'lo studio', 'un articolo' -> 'l’articolo'."""
    first, _, rest = np.partition(" ")
    low = first.lower()
    if low.startswith("un’"):
        return "l’" + first[3:] + (f" {rest}" if rest else "")
    art = _DEFINITE.get(low)
    if art is None or not rest:
        return np
    if art == "il" and _VOWEL.match(rest):
        return "l’" + rest  # "un articolo" -> "l’articolo"
    return f"{art} {rest}"


def _head(subject: str) -> str:
    return subject.split()[-1].lower().removeprefix("l’")


def _clear(subject: str, doc: Document) -> bool:
    """Whether a subject says what it is out of the article: a name, what the article is about,
    or the study an article reports ('i risultati', 'the findings')."""
    words = subject.replace("’", "’ ").split()  # "l’Emilia-Romagna": a name after "l’"
    if any(w.lower() in _PRONOUNS for w in words):
        return False
    noun = _noun(words, doc.language)
    # The word counts `specific` reads are made on first use, for the whole document: the set
    # is tested first.
    if noun in _RESEARCH or specific(" ".join(words), doc):
        return True
    return doc.language == "it" and len(words) > 2 and doc.sentences_with(noun) >= 3


def _noun(words: list[str], language: str) -> str:
    """The head noun of a noun phrase: the last word in English, the first after the article
    in Italian ('la raffica | più forte')."""
    if language == "en" or len(words) < 2:
        return words[-1].lower()
    return words[1].lower() if words[0].lower() in ARTICLES["it"] else words[0].lower()


def _tokens_before(text: str, at: int) -> list[Token]:
    """The tokens of a text before offset `at`: those of the whole text (cached, as other
    extractors read the same sentence), not of a new string."""
    toks = tokens(text)
    return toks[: index_at(toks, at)]


def _tokens_from(text: str, at: int) -> list[Token]:
    toks = tokens(text)
    return toks[index_at(toks, at) :]


def _subject_before(text: str, at: int, doc: Document) -> str | None:
    """The sentence's subject, all that stands before offset `at` (its verb), or before an
    aside set off by commas: 'I risultati, | ottenuti con il CNR, | sono stati pubblicati'."""
    toks = _tokens_before(text, at)
    if toks and toks[-1].text == ",":
        commas = [t for t in toks if t.text == ","]
        if len(commas) != 2 or not _aside_opens(toks, commas[0].start, doc.language):
            return None
        at = commas[0].start
        toks = _tokens_before(text, at)
    if not toks or len(toks) > 10 or not starts_with_subject(toks, doc.language):
        return None
    if main_verb(toks, doc.language) is not None:
        return None
    if any(t.text in {",", ";", ":", "(", ")"} or t.text in _QUOTES for t in toks):
        return None
    before = text[:at].strip()
    if people_in(before, doc):
        before = drop_titles(before, doc)  # "il ministro Rossi" -> "Rossi"
    subject = lower_first(lower_initial(before, doc))
    return subject if subject and _clear(subject, doc) else None


def _aside_opens(toks: list[Token], comma: int, language: str) -> bool:
    """Whether the aside after the comma at offset `comma` opens with a participle or a
    relative ('ottenuti con ...', 'which was ...'): said of the subject, not a clause of its
    own."""
    after = next((k for k, t in enumerate(toks) if t.start > comma), None)
    if after is None:
        return False
    word = toks[after].low
    return word in _ASIDE_RELATIVES or (
        toks[after].text.islower() and is_participle(word, language)
    )


_ASIDE_RELATIVES = frozenset("which who that che cui".split())


def _np_before(text: str, at: int, doc: Document) -> str | None:
    """The noun phrase that ends right before offset `at`, made definite: 'uno studio |
    pubblicato su Nature' -> 'lo studio'; the subject before a comma: 'The study, | published
    in ...'. It opens with an article."""
    language = doc.language
    toks = _tokens_before(text, at)
    if not toks or toks[-1].text in {";", ":"}:
        return None
    end = len(toks) - 1
    if toks[end].text == ",":
        end -= 1  # "The study, | published in ...,": of the subject only
    first = _noun_phrase_ending(toks, end, language) if end >= 0 else None
    if first is None or (first > 0 and end < len(toks) - 1):
        return None
    art = toks[first].low
    if art not in ARTICLES[language] and not art.startswith(("l’", "un’")):
        return None
    np = _definite(text[toks[first].start : toks[end].end], language)
    if first == 0:
        np = lower_first(lower_initial(np, doc))  # "The study" opening its sentence
    return np if _clear(np, doc) else None


Found = tuple[str, re.Match[str]]


def _search(pattern: re.Pattern[str], s: Sentence, language: str) -> Found | None:
    """The text of a sentence, its entry named where it is implied, and the pattern's match."""
    if s.entry is None:
        m = pattern.search(s.text)
        return None if m is None else (s.text, m)
    text = explicit_subject(s.text, s, language)  # "Prende il nome ..." -> "Valmora prende ..."
    m = pattern.search(text)
    return None if m is None else (text, m)


Sub = str | None


def _subject_of(text: str, m: re.Match[str], finite: bool, answer: str, doc: Document) -> Sub:
    """What the verb matched is said of: the sentence's subject before a finite verb ('Lo
    studio è stato pubblicato'), the noun phrase before a participle ('uno studio pubblicato');
    None when it holds the answer."""
    if finite:
        subject = _subject_before(text, m.start(), doc)
    else:
        subject = _np_before(text, m.start("verb"), doc)
    if subject is None or answer.lower() in subject.lower():
        return None
    return subject


def _plural(participle: str, subject: str, language: str) -> bool:
    if language == "it":
        return participle.endswith(("i", "e"))
    head = _head(subject)
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


# ---------------------------------------------------------------------------------------
# Published: "pubblicati sulla rivista Nature", "published in the journal Science".

_VENUES = {
    "it": frozenset("rivista giornale quotidiano settimanale periodico mensile bollettino".split()),
    "en": frozenset("journal magazine newspaper review bulletin gazette".split()),
}
# An English title that says it is a periodical: "the Journal of Hydrology", "The Sunday Times".
_VENUE_TITLE = re.compile(
    r"\b(?:Journal|Review|Proceedings|Annals|Letters|Bulletin|Gazette|Times|Post|Herald"
    r"|Magazine|Quarterly)\b"
)
_PUBLISHED = {
    "it": re.compile(
        r"(?:\s(?P<aux>è stat[oa]|sono stat[ie]|fu|furono|venne|vennero))?\s(?P<verb>pubblicat"
        r"[oaie])(?P<gap>[^;:.]{0,40}?)\s(?P<prep>su|sul|sulla|sullo|sull’|sui|sulle|in|nella"
        r"|nel|nello|nell’)(?P<after>\s|(?<=’))"
    ),
    "en": re.compile(
        r"(?:\s(?P<aux>was|were|is|are|has been|have been|had been))?\s(?P<verb>published)"
        r"(?P<gap>[^;:.]{0,40}?)\s(?P<prep>in)\s"
    ),
}
_GAP_WORDS = (
    frozenset("online oggi ieri today yesterday recently recentemente on this last week".split())
    | WEEKDAYS
)


def _name_at(text: str, at: int) -> str | None:
    """The name that starts at offset `at`, not a month or a weekday ('in May')."""
    run = NAME_RUN.match(text, at)
    if run is None or run.group(0).lower() in WHEN_WORDS:
        return None
    name = run.group(0).strip()
    joined = _AMPERSAND.match(text, at + len(name))
    return name + joined.group(0) if joined else name


# A name joined to the next by "&": "Astronomy & Astrophysics", "Marks & Spencer".
_AMPERSAND = re.compile(r"\s&\s[A-ZÀ-Ý][\w’-]*(?:\s[A-ZÀ-Ý][\w’-]*)*")


def _gap_ok(gap: str, language: str) -> bool:
    """What may stand between 'published' and 'in': nothing, a date, 'online', 'today'."""
    gap = gap.strip()
    if not gap:
        return True
    if "," in gap:  # "published on Wednesday, 4 March 2026, in", "ieri, 3 marzo, sulla"
        return all(_gap_ok(part, language) for part in gap.split(","))
    if all(w in _GAP_WORDS for w in gap.lower().split()):
        return True
    return bool(find_dates(gap, language))


def _venue(
    text: str, at: int, prep: str, language: str, research: bool = False
) -> tuple[str, str] | None:
    """(noun, name) of the periodical at offset `at`: 'the journal | Nature' -> ('journal',
    'Nature'); ('', 'Nature') for an Italian 'su Nature' (su + a name is a publication)."""
    toks = _tokens_from(text, at)[:8]
    k = 0
    if k < len(toks) and toks[k].text == "the":
        k += 1  # "The Lancet" keeps its article
    noun = ""
    for j in range(k, min(k + 3, len(toks))):
        t = toks[j]
        if t.low in _VENUES[language] and t.text.islower():
            noun, k = t.low, j + 1
            break
        if not (t.text.isalpha() and t.text.islower()):
            break
    if k >= len(toks):
        return None
    if noun and k < len(toks) and toks[k].text.islower() and toks[k].text.isalpha():
        k += 1  # "la rivista scientifica | Nature"
    name = _name_at(text, toks[k].start)
    if name is None:
        return None
    if not noun:
        if language == "it" and not prep.startswith("su"):
            return None  # "pubblicato in Italia": a place
        if language == "en" and not _VENUE_TITLE.search(name) and not research:
            return None  # "published in London"; a study's results are in a periodical
    return noun, name


def _published(s: Sentence, doc: Document) -> Candidate | None:
    language = doc.language
    found = _search(_PUBLISHED[language], s, language)
    if found is None:
        return None
    text, m = found
    if not _gap_ok(m.group("gap"), language):
        return None
    venue = _venue(text, m.end("prep"), m.group("prep"), language)
    research = venue is None and language == "en"  # "The study was published in The Lancet"
    if research:
        venue = _venue(text, m.end("prep"), m.group("prep"), language, research=True)
    if venue is None:
        return None
    noun, name = venue
    verb, aux = m.group("verb"), m.group("aux")
    subject = _subject_of(text, m, bool(aux), name, doc)
    if subject is None or (research and _head(subject).lower() not in _RESEARCH):
        return None
    plural = _plural(verb, subject, language)
    if language == "it":
        if not aux:
            aux = ("sono stat" if plural else "è stat") + verb[-1]
        asked = f"{_IT_PREP[m.group('prep')]} quale {noun}" if noun else "Dove"
        question = f"{asked} {aux} {verb} {subject}?"
    else:
        asked = f"In which {noun}" if noun else "Where"
        aux = aux or ("were" if plural else "was")
        first, _, rest = aux.partition(" ")
        question = squash(f"{asked} {first} {subject} {rest} published?")
    return entity_card(s, name, question, f"{subject} published", score=0.76)


_IT_PREP = {
    **{p: "Su" for p in ("su", "sul", "sulla", "sullo", "sull’", "sui", "sulle")},
    **{p: "In" for p in ("in", "nella", "nel", "nello", "nell’")},
}


# ---------------------------------------------------------------------------------------
# Named after: "The bridge is named after Isambard Brunel", "Il ponte è intitolato a Verdi",
# "La regione prende il nome dalla via Emilia".

_NAMED_AFTER = {
    "it": re.compile(
        r"(?:\s(?P<aux>è|era|fu|venne|è stat[oa]|sono|furono|sono stat[ie]))?\s"
        r"(?P<verb>intitolat[oaie]|prende il nome|prese il nome|deve il (?:suo )?nome"
        r"|porta il nome)\s(?P<prep>a|ad|al|allo|alla|all’|ai|agli|alle|da|dal|dallo|dalla"
        r"|dall’|dai|dagli|dalle|di|del|dello|della|dell’)(?:\s|(?<=’))"
    ),
    "en": re.compile(
        r"(?:\s(?P<aux>is|was|are|were|has been|had been))?\s(?P<verb>named|renamed"
        r"|(?P<takes>takes|took|gets|got|derives|derived) its name)\s"
        r"(?P<prep>after|for|in honour of|in honor of|(?(takes)from|(?!)))\s"
    ),
}
_SAINTS = frozenset("san santo santa sant’ saint st st.".split())
# The preposition between a namesake's noun and its name: "il promontorio | della | Rocca".
_OF_ARTICLED = frozenset("di del dello della dei degli delle".split())


def _capital_at(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is there and opens with a capital letter."""
    return k < len(toks) and toks[k].text[:1].isupper()


def _namesake(text: str, at: int, language: str) -> str | None:
    """The name a thing is named after, at offset `at`: 'Isambard Brunel', 'the physician |
    Oswaldo Cruz' (an article and a lowercase noun before the name are left out; an Italian
    one is kept, as 'via Emilia', unless an office: 'san Cataldo', not 'console Lepido')."""
    toks = _tokens_from(text, at)[:6]
    beside = _name_beside_possessive(text, toks)
    if beside is not None:
        return beside
    k = 0
    kept = ""
    while k < len(toks) and k < 3 and toks[k].text.islower() and toks[k].text.isalpha():
        low = toks[k].low
        if low in ARTICLES[language]:
            k += 1
            continue
        if language == "it" and kept and low in _OF_ARTICLED and _capital_at(toks, k + 1):
            kept = f"{kept} {toks[k].text}"  # "dal promontorio della | Rocca"
            k += 1
            continue
        if low in STOPWORDS[language] and low not in _SAINTS:
            return None  # "named after him in | London": a pronoun, a preposition
        if language == "it" and low not in ROLE_WORDS["it"] or low in _SAINTS:
            kept = f"{kept} {toks[k].text}".strip()
        k += 1
    if language == "it" and k < len(toks) and toks[k].low in _SAINTS:
        kept, k = toks[k].text, k + 1  # "Sant’Antonio" is split as "Sant’", "Antonio"
    if k >= len(toks):
        return None
    name = _name_at(text, toks[k].start)
    if name is None:
        return None
    if language == "en" and " " not in name:
        name = _name_after_its_adjective(text, toks[k].start + len(name), name)
        if name is None:
            return None
    if kept.endswith("’"):
        return kept + name
    return f"{kept} {name}".strip()


def _shares_a_word(answer: str, subject: str) -> bool:
    """Whether a capitalised word of the answer (a surname) is a word of the subject too."""
    words = {w for w in re.split(r"[\s’']+", subject.lower()) if len(w) > 2}
    return any(w[:1].isupper() and w.lower() in words for w in answer.split())


_POSSESSIVES = frozenset("its his her their suo sua loro".split())


def _name_beside_possessive(text: str, toks: list[Token]) -> str | None:
    """The name set beside a possessive noun phrase the namesake opens with: 'named after its
    founder, | Thomas Lord', 'intitolato al suo fondatore, | Giuseppe Verdi'; a noun or two in
    small letters, a comma, then the name."""
    if not toks or toks[0].low not in _POSSESSIVES:
        return None
    k = 1
    while k < len(toks) and k < 3 and toks[k].text.isalpha() and toks[k].text.islower():
        k += 1
    if k == 1 or k + 1 >= len(toks) or toks[k].text != ",":
        return None
    return _name_at(text, toks[k + 1].start)


# What an English verb takes right after it: an article, a determiner, a number.
_OBJECT_OPENERS = frozenset("the a an its his her their this these those some every".split())


def _opens_a_clause(text: str, at: int) -> bool:
    """Whether 'after' or 'for' at offset `at` opens a clause, not a namesake: a finite verb
    follows the noun phrase after it ('renamed after the president | addressed a crowd',
    'after the club | was sold'); a participle of the noun ('the ship | launched in 1900') or
    a relative clause ('the engineer | who designed the bridge') are the namesake's own."""
    toks = _tokens_from(text, at)[:9]
    for k, t in enumerate(toks[1:], 1):
        low = t.low
        if not t.text.isalpha() or low in RELATIVE_WORDS["en"]:
            return False  # a comma, a figure, a relative: the phrase ends without a verb
        if not t.text.islower() or low in ARTICLES["en"] or not is_finite(low, "en"):
            continue
        if low in AUXILIARIES["en"]:
            return True
        after = toks[k + 1].text if k + 1 < len(toks) else ""
        return after.lower() in _OBJECT_OPENERS or after[:1].isupper()
    return False


# A capitalised English adjective, a lowercase noun or two, then the name they describe: "the
# Scottish engineer | James Watt", "the Roman goddess | Minerva".
_NOUN_THEN_NAME = re.compile(r"(?:\s[a-z]+){1,2}\s(?=[A-Z])")


def _name_after_its_adjective(text: str, end: int, name: str) -> str | None:
    """The namesake when a one-word capital at ..`end` is an adjective of a lowercase noun
    ('Scottish engineer James Watt' -> 'James Watt'); None when no name follows the noun ('the
    American president'); the word itself when no lowercase noun follows it."""
    nxt = re.match(r"\s([a-z]+)", text[end:])
    if nxt is None or nxt.group(1) in STOPWORDS["en"] or nxt.group(1) in RELATIVE_WORDS["en"]:
        return name  # "named after Brunel, its engineer", "after Minerva who ..."
    if is_finite(nxt.group(1), "en") or is_participle(nxt.group(1), "en"):
        return name  # "after Victoria | visited" (a clause, told apart before), "| launched"
    noun = _NOUN_THEN_NAME.match(text, end)
    if noun is None or noun.group(0).split()[-1] in STOPWORDS["en"]:
        return None
    return _name_at(text, noun.end())


def _named_after(s: Sentence, doc: Document) -> Candidate | None:
    language = doc.language
    found = _search(_NAMED_AFTER[language], s, language)
    if found is None:
        return None
    text, m = found
    if language == "en" and _opens_a_clause(text, m.end()):
        return None  # "renamed after the president | addressed a crowd": a time, no namesake
    answer = _namesake(text, m.end(), language)
    if answer is None:
        return None
    verb, aux, prep = m.group("verb"), m.group("aux"), m.group("prep")
    finite = bool(aux) or bool(m.groupdict().get("takes"))
    finite = finite or verb.startswith(("prende", "prese", "deve", "porta"))
    subject = _subject_of(text, m, finite, answer, doc)
    if subject is None:
        return None
    person = doc.person(answer) is not None or (language == "it" and prep in {"a", "ad", "da"})
    # "after its founder, Thomas Lord": a name beside a possessive noun is a person's
    after = _tokens_from(text, m.end())[:1]
    beside = bool(after) and after[0].low in _POSSESSIVES
    person = person or beside
    if language == "it":
        question = _italian_named_after(verb, aux, prep, subject, person)
        if question is None:
            return None
    else:
        aux = aux or ("are" if _plural(verb, subject, language) else "is")
        first, _, rest = aux.partition(" ")
        if m.group("takes"):
            question = _english_takes_name(m.group("takes"), subject, person)
        elif person:
            question = squash(f"After whom {first} {subject} {rest} {verb}?")
        else:
            question = squash(f"What {first} {subject} {rest} {verb} after?")
    kind = "person" if doc.person(answer) or beside else "thing"
    if kind == "person" and _shares_a_word(answer.rsplit(" ", 1)[-1], subject):
        return None  # "Lord’s ... after its founder, Thomas Lord": the question tells it
    return entity_card(s, answer, question, f"{subject} named", score=0.76, answer_type=kind)


_EN_TAKES = {"takes": "does", "gets": "does", "derives": "does"}


def _english_takes_name(verb: str, subject: str, person: bool) -> str:
    """'The town takes its name from the River Wey' -> 'What does the town take its name
    from?'; a person as the namesake: 'From whom did the village take its name?'."""
    aux = _EN_TAKES.get(verb, "did")
    base = {"took": "take", "got": "get", "derived": "derive"}.get(verb, verb.removesuffix("s"))
    if person:
        return f"From whom {aux} {subject} {base} its name?"
    return f"What {aux} {subject} {base} its name from?"


def _italian_named_after(
    verb: str, aux: str | None, prep: str, subject: str, person: bool
) -> str | None:
    if verb.startswith("intitolat"):
        if not person:
            return None  # "intitolata alla memoria dei caduti": no name
        aux = aux or ("sono" if verb[-1] in "ie" else "è")
        return f"A chi {aux} {verb} {subject}?"
    who = "chi" if person else "che cosa"
    if verb.startswith(("prende", "prese")) and prep.startswith("da"):
        return f"Da {who} {verb} {subject}?"
    if verb.startswith("deve") and prep.startswith("a"):
        return f"A {who} deve il nome {subject}?"
    if verb.startswith("porta") and prep.startswith("d"):
        return f"Di {who} porta il nome {subject}?"
    return None


# ---------------------------------------------------------------------------------------
# A name and what it names, set off by a comma: "The Baltic Meridian, a bulk carrier, ran
# aground", "Il vaccino, chiamato Qdenga, si somministra ...".

# Things a name tells apart from others of their kind: ships, vehicles, missions, rivers,
# storms.
_KINDS = {
    language: CRAFT[language]
    | NATURAL_KINDS[language]
    | VEHICLES[language]
    | frozenset(others.split())
    for language, others in (
        (
            "it",
            """portarinfuse petroliera traghetto mercantile peschereccio portacontainer motonave
            yacht sottomarino sommergibile fregata cacciatorpediniere rimorchiatore rompighiaccio
            velivolo elicottero locomotiva operazione missione spedizione""",
        ),
        (
            "en",
            """tanker freighter carrier ferry liner yacht trawler cutter frigate destroyer
            submarine warship icebreaker barge tug airliner jet helicopter operation mission
            expedition""",
        ),
    )
}
# "X, known as Qdenga, ...": the words that give a name.
_CALLED = {
    "it": re.compile(
        r",\s(?:(?P<former>già|in\sprecedenza|un\stempo|precedentemente|fino\sal\s\d{4})\s)?"
        r"(?:chiamat[oaie]|conosciut[oaie]\s(?:anche\s)?come|not[oaie]\scome|denominat[oaie])"
        r"\s(?(former)(?:(?:il|lo|la|l’)\s?)?)(?=[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r",\s(?:(?P<former>formerly|previously|once|originally)\s)?"
        r"(?:(?:also\s)?known\sas|called|named)\s(?(former)(?:the\s)?)(?=[A-Z])"
    ),
}
_INDEFINITE = {"it": ("una ", "un ", "uno ", "un’"), "en": ("a ", "an ")}
# When, said without a date: "docked in Bergen | yesterday".
_NOW = re.compile(
    r"\s(?:ieri|oggi|stamattina|stamani|stanotte|domani|yesterday|today|tonight|tomorrow"
    r"|last\s(?:week|month|year|night)|this\s(?:week|month|year|morning))\b"
    r"|\s(?:in|on|by|since|until|from|nel|a|di|da|dal|entro|fino\sa)\s(?:"
    + "|".join(MONTHS["en"])
    + "|"
    + "|".join(MONTHS["it"])
    + r")\b"
)
MAX_APPOSITION_WORDS = 9
MAX_VP_WORDS = 14


def _predicate(text: str, at: int, doc: Document) -> str | None:
    """The verb phrase from offset `at` to the end of its clause, without a trailing date
    (another card asks it): 'ran aground off Gotland | on Sunday'."""
    language = doc.language
    rest = text[at:].strip()
    end = re.search(r",(?!\d)|;|:|\s[–—]\s|\s\(|[.!?]$", rest)
    if end is not None and LIST_GOES_ON.match(rest, end.start()):
        return None  # "with chronic bone, | joint or urinary infections": a list cut short
    clause = rest[: end.start() if end else len(rest)].strip()
    toks = tokens(clause)
    if len(toks) < 2:
        return None
    first = toks[0]
    if not (first.low in AUXILIARIES[language] or is_finite(first.text, language)):
        if not (first.low in {"si", "ha", "hanno"} and len(toks) > 2):
            return None
    if any(t.low in _PRONOUNS or t.text in _QUOTES or t.low in SAY_VERBS[language] for t in toks):
        return None
    cut = _WHEN.search(clause) or _NOW.search(clause)
    if cut:
        clause = _DANGLING.sub("", clause[: cut.start()].rstrip(" ,"))
    words = clause.split()
    if len(words) < 2 or len(words) > MAX_VP_WORDS:
        return None
    if all(w.lower() in AUXILIARIES[language] or _is_verb(w, language) for w in words):
        return None  # "che è stato lanciato", "that sailed": nothing to tell the thing by
    return clause


def _is_verb(word: str, language: str) -> bool:
    return word.lower() in {"si", "ha", "hanno"} or (
        word.islower() and (is_finite(word, language) or is_participle(word, language))
    )


def _name_question(np: str, vp: str, language: str) -> str:
    if language == "it":
        return f"Come si chiama {np} che {vp}?"
    return f"What is the name of {np} that {vp}?"


def _opening_name(text: str, doc: Document) -> tuple[str, int] | None:
    """(name, offset of its comma) of the name that opens a sentence, an apposition after it:
    'The Baltic Meridian, | a bulk carrier ...'. Not a person's."""
    comma = text.find(", ")
    if comma < 0 or not text[comma + 2 :].startswith(_INDEFINITE[doc.language]):
        return None
    words = text[:comma].split()
    if words and words[0].lower() in {"the", "il", "lo", "la", "i", "gli", "le"}:
        words = words[1:]
    name = " ".join(words).removeprefix("L’")
    if NAME_RUN.fullmatch(name) is None or doc.person(name) or len(words) > 5:
        return None
    return name, comma


def _apposition(s: Sentence, doc: Document) -> Candidate | None:
    """'The Baltic Meridian, a 190-metre bulk carrier, ran aground off Gotland' -> 'What is
    the name of the 190-metre bulk carrier that ran aground off Gotland?'"""
    language = doc.language
    text = s.text
    opening = _opening_name(text, doc)
    if opening is None:
        return None
    name, comma = opening
    close = text.find(",", comma + 2)
    if close < 0:
        return None
    apposition = text[comma + 2 : close]
    toks = tokens(apposition)
    if not toks or len(toks) > MAX_APPOSITION_WORDS:
        return None
    nouns = [k for k, t in enumerate(toks[:5]) if t.low in _KINDS[language]]
    if not nouns or any(t.text[:1].isupper() for t in toks[: nouns[0] + 1]):
        return None  # "X, a Tanzanian ship": the name is a country's, keep the noun only
    if any(t.low in _PRONOUNS or t.text in _QUOTES for t in toks):
        return None
    vp = _predicate(text, close + 1, doc)
    if vp is None:
        return None
    np = _definite(_before_participle(apposition, toks, nouns[0], language), language)
    question = _name_question(np, vp, language)
    return entity_card(s, name, question, f"{_head(np)} name", score=0.74)


def _before_participle(apposition: str, toks: list[Token], noun: int, language: str) -> str:
    """The apposition up to a participle after its noun: 'a bulk carrier | registered in
    Malta' (where it is registered is a card of its own)."""
    for t in toks[noun + 1 :]:
        if t.text.islower() and is_participle(t.text, language):
            return apposition[: t.start].rstrip()
    return apposition


# A ship or vehicle named after its noun, opening its sentence: "The tanker Eagle Star ran
# aground", "Il lanciatore europeo Vega-C ha portato in orbita ...".
_NOUN_NAME = {
    language: re.compile(
        ("(?:The\\s)" if language == "en" else "(?:Il\\s|Lo\\s|La\\s|L’)")
        + "(?P<noun>"
        + "|".join(sorted(nouns, key=len, reverse=True))
        + r")(?:\s[a-zà-ù]+)?\s(?=[A-ZÀ-Ý])"
    )
    for language, nouns in _KINDS.items()
}


# A time said first, then the vehicle: "Nella notte tra lunedì e martedì il fiume Lamone è
# esondato", "On Sunday the tanker Eagle Star ran aground".
_TIME_FIRST = {
    "it": r"(?P<time>(?:Nella|Nel|Nei|Durante|Dopo|Ieri|Stamattina|Stanotte|Lunedì|Martedì"
    r"|Mercoledì|Giovedì|Venerdì|Sabato|Domenica)\s[^,;:\n]{0,50}?)(?:,\s|\s)(?:il|lo|la|l’)",
    "en": r"(?P<time>(?:On|During|After|Early|Late|Last|Yesterday|Overnight)\s[^,;:\n]{0,50}?)"
    r"(?:,\s|\s)the",
}
_FRONTED = {
    language: re.compile(
        _TIME_FIRST[language]
        + r"\s?(?P<noun>"
        + "|".join(sorted(nouns, key=len, reverse=True))
        + r")(?:\s[a-zà-ù]+)?\s(?=[A-ZÀ-Ý])"
    )
    for language, nouns in _KINDS.items()
}


def _verb_in(text: str, language: str) -> bool:
    """Whether a time said first holds a verb: then it is a clause, not only a time."""
    return any(
        t.low in AUXILIARIES[language] or (t.text.islower() and is_finite(t.text, language))
        for t in tokens(text)
    )


def _noun_name(s: Sentence, doc: Document) -> Candidate | None:
    """'The tanker Eagle Star ran aground off Crete' -> 'Which tanker ran aground off
    Crete?'"""
    language = doc.language
    text = s.text
    m = _NOUN_NAME[language].match(text)
    if m is None:
        fronted = _FRONTED[language].match(text)
        if fronted is None or _verb_in(text[: fronted.end("time")], language):
            return None
        m = fronted
    run = NAME_RUN.match(text, m.end())
    if run is None or text[run.end() : run.end() + 1] in {",", "("} or doc.person(run.group(0)):
        return None
    name = run.group(0).strip()
    vp = _predicate(text, run.end(), doc)
    if vp is None or name in vp:
        return None
    kind = text[m.start("noun") : m.end()].strip()  # "tanker", "lanciatore europeo"
    if any(w[:1].isupper() for w in kind.split()):
        return None
    if any(w in STOPWORDS[language] for w in kind.split()[1:]):
        return None  # "il traghetto della | Tirrenia": the owner's name, not the vehicle's
    which = "Quale" if language == "it" else "Which"
    question = f"{which} {kind} {vp}?"
    return entity_card(s, name, question, f"{m.group('noun')} name", score=0.74)


def _known_as(s: Sentence, doc: Document) -> Candidate | None:
    """'The vaccine, known as Qdenga, is given in two doses' -> 'What is the name of the
    vaccine that is given in two doses?'"""
    language = doc.language
    m = _CALLED[language].search(s.text)
    if m is None:
        return None
    run = NAME_RUN.match(s.text, m.end())
    if run is None or s.text[run.end() : run.end() + 1] != ",":
        return None
    subject = _subject_before(s.text, m.start(), doc)
    if subject is None or not specific(subject, doc):
        return None
    former = m.group("former")
    if former is not None:
        # "Northgate Arena, formerly known as the Civic Hall, ...": the name it had before
        if not _PROPER.match(subject):
            return None
        question = (
            f"What was {subject} {former} known as?"
            if language == "en"
            else f"Come si chiamava in precedenza {subject}?"
        )
        return entity_card(s, run.group(0).strip(), question, f"{subject} name", score=0.74)
    if _PROPER.match(subject):
        # "Bath and North East Somerset Council, known as BANES, is ...": a name's other name
        question = (
            f"By what name is {subject} known?"
            if language == "en"
            else f"Qual è l’altro nome {of_phrase(subject, language)}?"
        )
        return entity_card(s, run.group(0).strip(), question, f"{subject} name", score=0.74)
    vp = _predicate(s.text, run.end() + 1, doc)
    if vp is None:
        return None
    question = _name_question(subject, vp, language)
    return entity_card(s, run.group(0).strip(), question, f"{_head(subject)} name", score=0.74)


# A subject that is a name: its first word after an article is capitalised.
_PROPER = re.compile(r"^(?:(?:the|il|lo|la|i|gli|le)\s+|l’)?[A-ZÀ-Ý]")


# ---------------------------------------------------------------------------------------
# Where a thing is registered or was recorded, and where it left from: "a bulk carrier
# registered in Malta", "Il picco è stato registrato a Marradi", "Two jets were scrambled from
# RAF Lossiemouth", "I caccia sono decollati dalla base di Amendola".

_REGISTERED = {
    "it": re.compile(
        r"(?:\s(?P<si>si\s)?(?P<aux>è stat[oa]|sono stat[ie]|fu|furono|venne|vennero|è|sono))?\s"
        r"(?P<verb>registrat[oaie])\s(?:a|ad|in|nel|nella|nello|presso)\s"
        r"(?=[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"(?:\s(?P<aux>was|were|is|are|has been|have been|had been))?\s"
        r"(?P<verb>registered|recorded)\s(?:in|at)\s(?:the\s)?(?=[A-Z])"
    ),
}
_LEFT_FROM = {
    "it": re.compile(
        r"\s(?P<aux>è|sono|era|erano|è stat[oa]|sono stat[ie]|fu|furono)\s(?P<verb>decollat[oaie]"
        r"|partit[oaie]|salpat[oaie])\s(?P<prep>da|dal|dalla|dallo|dall’|dai|dagli"
        r"|dalle)(?:\s|(?<=’))(?:(?:sua|suo|propria|proprio)\s)?"
        r"(?:(?P<noun>base|aeroporto|porto|scalo|spazioporto|poligono)"
        r"(?:\s[a-zà-ù]+)?\s(?:di\s|d’)?)?(?=[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"\s(?:(?P<aux>was|were|had been)\s)?(?P<verb>scrambled|launched|took off|departed"
        r"|sailed|set sail|lifted off)\s(?:from)\s(?:the\s)?"
        r"(?:(?:its|their)\s(?P<noun>base|airport|home\sport|port)\s(?:at|in)\s)?(?=[A-Z])"
    ),
}
# English verbs of leaving as a question asks them: "From where did the ferry depart?"
_EN_BASE_FORM = {
    "took off": "take off",
    "departed": "depart",
    "sailed": "sail",
    "set sail": "set sail",
    "lifted off": "lift off",
}
_PLACE_KINDS = {
    "it": {"base": "base", "aeroporto": "aeroporto", "porto": "porto", "scalo": "scalo"},
    "en": {"Base": "base", "RAF": "base", "Airport": "airport", "Airfield": "airfield"},
}


def _placed(
    patterns: dict[str, re.Pattern[str]], s: Sentence, doc: Document
) -> tuple[str, re.Match[str], str] | None:
    """The sentence's text (its entry named), the match of its language's pattern and the
    place the match ends before."""
    found = _search(patterns[doc.language], s, doc.language)
    if found is None:
        return None
    text, m = found
    place = _name_at(text, m.end())
    return None if place is None else (text, m, place.split(",")[0].strip())


def _registered(s: Sentence, doc: Document) -> Candidate | None:
    """'The Baltic Meridian, a bulk carrier registered in Malta, ...' -> 'Where is the Baltic
    Meridian registered?'; 'Il picco è stato registrato a Marradi' -> 'Dove è stato
    registrato il picco?'"""
    language = doc.language
    found = _placed(_REGISTERED, s, doc)
    if found is None:
        return None
    text, m, place = found
    verb, aux = m.group("verb"), m.group("aux")
    subject = None
    if aux:
        subject = _subject_before(text, m.start(), doc)
    elif verb.startswith(("registered", "registrat")):
        opening = _opening_name(text, doc)  # the apposition of a name: "X, a ship registered"
        if opening is not None and opening[1] < m.start() < text.find(",", opening[1] + 2):
            name = text[: opening[1]]
            subject = lower_first(name) if name.split()[0].lower() in _ARTICLE_WORDS else name
    if subject is None or place.lower() in subject.lower():
        return None
    if language == "it":
        aux = aux or ("sono" if verb[-1] in "ie" else "è")
        if m.groupdict().get("si"):  # "il risultato si è registrato a ...": a reflexive
            aux = f"si {aux}"
        question = f"Dove {aux} {verb} {subject}?"
    else:
        aux = aux or ("are" if _plural(verb, subject, language) else "is")
        first, _, rest = aux.partition(" ")
        question = squash(f"Where {first} {subject} {rest} {verb}?")
    return entity_card(
        s, place, question, f"{_head(subject)} {verb}", score=0.76, answer_type="city"
    )


def _left_from(s: Sentence, doc: Document) -> Candidate | None:
    """'Two jets were scrambled from RAF Lossiemouth' -> 'From which base were the two jets
    scrambled?'; 'Il traghetto è salpato da Bari' -> 'Da dove è salpato il traghetto?'"""
    language = doc.language
    found = _placed(_LEFT_FROM, s, doc)
    if found is None:
        return None
    text, m, place = found
    before = _counted(_last_clause(text[: m.start()], language), language)
    if before is None:
        return None
    subject = _subject_before(before, len(before), doc)
    if subject is None or place.lower() in subject.lower():
        return None
    verb, aux = m.group("verb"), m.group("aux")
    if language == "it":
        kind = _PLACE_KINDS["it"].get(m.group("noun") or "")
        asked = f"Da quale {kind}" if kind else "Da dove"
        question = f"{asked} {aux} {verb} {subject}?"
    else:
        kind = m.group("noun") or ""  # "from its base at St Athan"
        kind = kind or next((k for w, k in _PLACE_KINDS["en"].items() if w in place.split()), "")
        asked = f"From which {kind}" if kind else "From where"
        if aux:
            question = f"{asked} {aux} {subject} {verb}?"
        else:
            does = "did" if verb in _EN_BASE_FORM else None
            if does is None:
                return None  # "launched from": who launched what?
            question = f"{asked} did {subject} {_EN_BASE_FORM[verb]}?"
    return entity_card(s, place, question, f"{_head(subject)} from", score=0.76, answer_type="city")


# Where a clause joined to another begins: "Lifeboats were launched, and | the helicopter
# was scrambled from ...".
_JOINED_CLAUSE = {
    "it": re.compile(r"(?:,\s(?:e|ed|mentre)|;)\s"),
    "en": re.compile(r"(?:,\s(?:and|while)|;)\s"),
}


def _last_clause(text: str, language: str) -> str:
    """The clause the text ends with, after the last one it joins ('...minutes, and | the
    coastguard helicopter'), with a capital as a sentence opens with."""
    joins = list(_JOINED_CLAUSE[language].finditer(text))
    if not joins:
        return text
    clause = text[joins[-1].end() :]
    return clause[:1].upper() + clause[1:]


_NUMBER_WORDS = {
    "it": frozenset("due tre quattro cinque sei sette otto nove dieci".split()),
    "en": frozenset("two three four five six seven eight nine ten".split()),
}
_ARTICLE_WORDS = frozenset("the il lo la i gli le".split())


def _counted(subject: str, language: str) -> str | None:
    """A subject that opens with a number made definite, as a question names what the text
    counted: 'Two jets' -> 'The two jets'; None in Italian ('Due caccia': the article would
    need the noun's gender)."""
    first, _, rest = subject.partition(" ")
    if first.lower() not in _NUMBER_WORDS[language]:
        return subject
    return f"The {first.lower()} {rest}" if language == "en" else None


# Giving a thing to a person: "re Ferdinando concesse all’ammiraglio Horatio Nelson il titolo di
# duca" -> "A chi re Ferdinando concesse il titolo di duca?"; "The Crown granted the estate to
# Admiral Horatio Nelson" -> "To whom did the Crown grant the estate?". A participle needs its
# auxiliary: "il titolo concesso a Nelson" is no deed of a subject.
_GIVEN_TO = {
    "it": re.compile(
        r"(?<![\w’])(?P<aux>(?:ha|hanno|aveva|avevano)\s+)?(?P<verb>concesse|concessero|concede"
        r"|conferì|conferirono|conferisce|assegnò|assegnarono|assegna|consegnò|consegnarono"
        r"|donò|donarono|affidò|affidarono|attribuì|attribuirono|(?:concess|conferit|assegnat"
        r"|consegnat|donat|affidat|attribuit)o)\s+(?:a|ad|al|allo|alla|all’|ai|agli"
        r"|alle)\b\s?"
    ),
    "en": re.compile(
        r"(?<![\w’])(?P<aux>(?:has|have|had)\s+)?(?P<verb>granted|awarded|gave|given|handed"
        r"|presented|donated|entrusted|bequeathed)\s+(?P<object>(?:the|a|an)\s[^,;:]{2,60}?)"
        r"\s+to\s"
    ),
}
_EN_BASE = {
    "granted": "grant",
    "awarded": "award",
    "gave": "give",
    "given": "give",
    "handed": "hand",
    "presented": "present",
    "donated": "donate",
    "entrusted": "entrust",
    "bequeathed": "bequeath",
}
# What is given, after the person: an article and its phrase up to the clause's end.
_IT_THING = re.compile(
    r"\s(?P<thing>(?:il|lo|la|l’|i|gli|le|un|uno|una|un’)\s?[^,;:«»“”()]{2,70}?)(?=[,;:.]|$)"
)
_OPENING_WORDS = frozenset("nel nella nell’ in on at".split())
_ARTICLES = frozenset("il lo la i gli le the".split())


def _giver(text: str, at: int, language: str) -> str | None:
    """The name that gives, right before the verb, with a title word before it ('re
    Ferdinando III di Sicilia'); none when the name is not right before."""
    before = text[:at].rstrip()
    runs = [m for m in NAME_RUN.finditer(before) if m.end() == len(before)]
    if not runs:
        return None
    start = runs[-1].start()
    title = before[:start].split()[-1:]
    if title and title[0] in ROLE_WORDS[language]:
        start -= len(title[0]) + 1  # "re Ferdinando"
    if before[:start].split()[-1:] and before[:start].split()[-1].lower() in _ARTICLES:
        start = before.rfind(" ", 0, start - 1) + 1  # "Il sindaco Carlo Neri"
    subject = lower_first(before[start:]) if start == 0 else before[start:]
    if len(subject.split()) > 7 or subject.split()[0].lower() in _OPENING_WORDS:
        return None  # "Nel 1799": an opening phrase, no giver
    return subject


def _title_gap(gap: str, language: str) -> bool:
    """Whether only an article and a title stand before the person who takes the thing:
    'all’ammiraglio inglese | Horatio Nelson', 'to the club’s captain | Ann Lee'."""
    words = gap.split()
    roles = ROLE_WORDS[language]
    return len(words) <= 3 and all(w.islower() or w.lower() in roles for w in words)


def _given_to(s: Sentence, doc: Document) -> Candidate | None:
    language = doc.language
    m = _GIVEN_TO[language].search(s.text)
    if m is None:
        return None
    person = next((p for p in people_in(s.text, doc) if p[0] >= m.end()), None)
    if person is None or not _title_gap(s.text[m.end() : person[0]], language):
        return None  # a person takes it, not a place nor a body
    giver = _giver(s.text, m.start(), language)
    if giver is None or person[2] in giver:
        return None
    verb, aux = m.group("verb"), (m.group("aux") or "").strip()
    if verb.endswith("o") and language == "it" and not aux:
        return None  # "il titolo concesso a Nelson": a participle, no deed of the giver
    if language == "it":
        thing = _IT_THING.match(s.text, person[1])
        if thing is None or len(thing.group("thing").split()) > 12:
            return None
        question = squash(f"A chi {giver} {aux} {verb} {thing.group('thing')}?")
    elif verb == "given" and not aux:
        return None
    elif aux:
        question = f"To whom {aux} {giver} {verb} {m.group('object')}?"
    else:
        question = f"To whom did {giver} {_EN_BASE[verb]} {m.group('object')}?"
    return entity_card(s, person[2], question, f"{giver} {verb}", score=0.74, answer_type="person")


# A superlative of a thing's part, in a relative clause of "whose": "Il Matese, la cui vetta
# più alta è il Monte Miletto" -> "Qual è la vetta più alta del Matese?", "Skye, whose highest
# point is Sgurr Alasdair" -> "What is the highest point of Skye?".
_WHOSE = {
    "it": re.compile(
        r",\s(?P<art>il|la|i|le)\scui\s(?P<noun>[a-zà-ù]+)\s(?P<most>più\s[a-zà-ù]+|maggiore"
        r"|principale)\s(?:è|era)\s(?:(?:il|lo|la|l’)\s?)?(?=[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r",\swhose\s(?P<most>most\s[a-z]+|[a-z]{2,}est)\s(?P<noun>[a-z]+)\s(?:is|was)\s"
        r"(?:the\s)?(?=[A-Z])"
    ),
}
# Words in "-est" that are no superlatives.
_NOT_MOST = frozenset("forest interest harvest request contest protest conquest honest".split())
_OPENING_NAME = re.compile(
    r"(?:(?:Il|Lo|La|I|Gli|Le|The)\s|L’)?[A-ZÀ-Ý][\w’-]*(?:\s[A-ZÀ-Ý][\w’-]*)*"
)
_IS = {"it": (" è ", " era "), "en": (" is ", " was ")}


def _whose_owner(text: str, at: int, language: str) -> str | None:
    """What the 'whose' clause at `at` is of: the name right before it ('the group includes
    Skye, whose'), or the name that opens a sentence defining it ('Il Matese è un massiccio
    ..., la cui')."""
    runs = [m for m in NAME_RUN.finditer(text, 0, at) if m.end() == at]
    if runs:
        previous = text[: runs[-1].start()].split()[-1:]
        if not previous or previous[0] not in _LIST_LINKS:
            return _unarticled_name(runs[-1].group(0))
        # "diviso tra Molise e Campania, la cui": a list's last name, whose of the subject
    opening = _OPENING_NAME.match(text)
    if opening is None or not text.startswith(_IS[language], opening.end()):
        return None
    return _unarticled_name(opening.group(0))


def _unarticled_name(name: str) -> str | None:
    """A name with its article lowercased ('Il Matese' -> 'il Matese'); None for an article
    or a pronoun alone."""
    words = name.split()
    if words[0] in _OPENING_ARTICLES:
        return lower_first(name) if len(words) > 1 else None
    return None if name.lower() in STOPWORDS["en"] | STOPWORDS["it"] else name


_LIST_LINKS = frozenset("e ed o and or".split())
_OPENING_ARTICLES = frozenset("Il Lo La I Gli Le The".split())


def _whose_most(s: Sentence, doc: Document) -> Candidate | None:
    language = doc.language
    m = _WHOSE[language].search(s.text)
    if m is None or m.group("most").split()[-1] in _NOT_MOST:
        return None
    answer = NAME_RUN.match(s.text, m.end())
    owner = _whose_owner(s.text, m.start(), language)
    if answer is None or owner is None or doc.person(owner):
        return None
    noun, most = m.group("noun"), m.group("most")
    if language == "it":
        article = m.group("art")
        if article in {"il", "la"} and noun[:1] in "aeiouàèéìòù":
            article = "l’"
        sep = "" if article.endswith("’") else " "
        question = f"Qual è {article}{sep}{noun} {most} {of_phrase(owner, language)}?"
    else:
        question = f"What is the {most} {noun} of {owner}?"
    return entity_card(s, answer.group(0), question, f"{owner} {most}", score=0.74)


Rule = Callable[[Sentence, Document], Candidate | None]
# The rules in the order a sentence's cards come, and the words that call for each (a cue's
# rules as bits of a mask: 1 << k for the rule at k); most sentences hold none.
_RULES: tuple[Rule, ...] = (
    _published,
    _registered,
    _left_from,
    _named_after,
    _apposition,
    _known_as,
    _noun_name,
    _given_to,
    _whose_most,
)
_PUB, _REG, _LEFT, _AFTER, _APPOS, _KNOWN, _NOUN, _GIVEN, _MOST = (
    1 << k for k in range(len(_RULES))
)
_CUES: dict[str, tuple[tuple[str, int], ...]] = {
    "it": (
        ("pubblicat", _PUB),
        ("registrat", _REG),
        ("decollat", _LEFT),
        ("salpat", _LEFT),
        ("partit", _LEFT),
        ("intitolat", _AFTER),
        (" nome ", _AFTER),
        (", un", _APPOS),
        (", chiamat", _KNOWN),
        *((cue, _KNOWN) for cue in (", già ", ", in precedenza ", ", un tempo ", ", fino al ")),
        (", conosciut", _KNOWN),
        *((cue, _GIVEN) for cue in ("concess", "conferì", "conferit", "assegn", "consegn", "donò")),
        *((cue, _GIVEN) for cue in ("donat", "affid", "attribuì", "attribuit")),
        (" cui ", _MOST),
    ),
    "en": (
        ("published", _PUB),
        ("registered", _REG),
        ("recorded", _REG),
        ("ed from ", _LEFT),  # "scrambled from", "departed from", "launched from"
        ("off from ", _LEFT),  # "took off from", "lifted off from"
        ("sail from ", _LEFT),
        ("named", _AFTER | _KNOWN),  # "named after", ", named"
        (" its name ", _AFTER),  # "takes its name from"
        (", a", _APPOS),  # ", a", ", an"
        ("known as", _KNOWN),
        *((cue, _KNOWN) for cue in (", formerly ", ", previously ", ", once ", ", originally ")),
        (", called", _KNOWN),
        *((cue, _GIVEN) for cue in ("granted", "awarded", "gave ", "given ", "handed")),
        *((cue, _GIVEN) for cue in ("presented", "donated", "entrusted", "bequeathed")),
        (", whose ", _MOST),
    ),
}


def extract(doc: Document) -> Iterator[Candidate]:
    sentences = doc.sentences
    for i, mask in sorted(_cued(sentences, doc.language).items()):
        for k, rule in enumerate(_RULES):
            if mask >> k & 1:
                found = rule(sentences[i], doc)
                if found is not None:
                    yield found


def _cued(sentences: tuple[Sentence, ...], language: str) -> dict[int, int]:
    """The rules each sentence calls for (a mask), by its index. The cues are looked for in
    the text of all the sentences at once: a few scans of the text, not a few a sentence."""
    texts = [s.text for s in sentences]
    whole = "\n" + "\n".join(texts)  # each sentence after a line break
    ends = list(accumulate(len(t) + 1 for t in texts))  # where each sentence's line ends
    out: dict[int, int] = {}
    for cue, rules in _CUES[language]:
        at = whole.find(cue)
        while at >= 0:
            i = bisect_right(ends, at)
            out[i] = out.get(i, 0) | rules
            at = whole.find(cue, ends[i])  # the next sentence: one hit a sentence is enough
    for opens in (_VEHICLE_OPENS[language], _FRONTED_OPENS[language]):
        for m in opens.finditer(whole):
            i = bisect_right(ends, m.start())
            out[i] = out.get(i, 0) | _NOUN
    return out


# A sentence that opens with a vehicle's noun, as a scan of all the text finds it (a line
# break, then the article: the pattern's literal start makes the scan fast).
_VEHICLE_OPENS = {
    language: re.compile(r"\n" + pattern.pattern) for language, pattern in _NOUN_NAME.items()
}
_FRONTED_OPENS = {
    language: re.compile(r"\n" + pattern.pattern) for language, pattern in _FRONTED.items()
}
