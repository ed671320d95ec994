"""Names and nicknames: 'Lecce è soprannominata la «Firenze del Sud»' -> 'Qual è il soprannome
di Lecce?'; '..., which has earned it the nickname "the Brazilian Venice"' -> 'What is the
nickname of Recife?'; 'l’inchiesta «Levante» della Guardia di Finanza' -> 'Qual è il nome
dell’inchiesta della Guardia di Finanza?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import PREPOSITIONS, main_verb, starts_with_subject, tokens
from ..document import NAME_RUN, Document, Sentence
from ..lexicon import ARTICULATED, IT_PLURAL_ARTICLES, ROLE_WORDS, STOPWORDS, WHEN_WORDS
from ..phrase import of_phrase, render
from ..text import fold, lower_first, squash
from ..verbs import is_finite, is_participle
from .common import drop_titles, entity_card, lower_initial
from .definitions import namers_of_terms
from .subject import explicit_subject

_QUOTED = r"[«“\"](?P<nick>[^»”\"]{3,40})[»”\"]"
_ARTICLE = r"(?:(?:il|lo|la|l’|i|gli|le|the)\s*)?"
# The subject names itself before the verb: "Lecce è soprannominata la «Firenze del Sud»".
_NAMED = {
    "it": re.compile(
        r"\s(?:è|era|viene|venne)\s+(?:(?:anche|spesso|talvolta|ancora|[a-z]+mente)\s+)?"
        r"(?:soprannominat[oaie]|dett[oaie]|chiamat[oaie]|conosciut[oaie]\s+come"
        r"|not[oaie]\s+come)\s+(?:anche\s+)?" + _ARTICLE + _QUOTED
    ),
    "en": re.compile(
        r"\s(?:is|was|has been)\s+(?:(?:also|often|sometimes|still|[a-z]+ly)\s+)?"
        r"(?:nicknamed|called|known\s+as|dubbed)\s+" + _ARTICLE + _QUOTED
    ),
}
# The nickname set off after what an entry is: "Oban is a coastal town ..., known as the
# “Gateway to the Isles” because ...".
_KNOWN_AFTER = {
    "it": re.compile(
        r",\s(?:(?:conosciut|not)[oaie]\s+(?:anche\s+)?come|dett[oaie])\s+" + _ARTICLE + _QUOTED
    ),
    "en": re.compile(r",\s(?:also\s+)?known\s+as\s+" + _ARTICLE + _QUOTED),
}
# The nickname hangs on a clause about the entry: "which has earned it the nickname ...".
_EARNED = {
    "it": re.compile(
        r"\s(?:le|gli)\s+(?:è valso|è valsa|ha valso)\s+il\s+soprannome\s+di\s+"
        + _ARTICLE
        + _QUOTED
    ),
    "en": re.compile(
        r"\s(?:earned|gave|gives|earns)\s+it\s+the\s+nickname\s+(?:of\s+)?" + _ARTICLE + _QUOTED
    ),
}
_CUE = {
    "it": ("soprannom", "dett", "chiamat", "conosciut", "not"),
    "en": ("nickname", "called", "known as", "dubbed"),
}
QUESTION = {"it": "Qual è il soprannome di {subject}?", "en": "What is the nickname of {subject}?"}
NAME_QUESTION = {"it": "Qual è il nome {of_np}?", "en": "What is the name of {np}?"}
# Things that are given a name in quotes: "l’inchiesta «Levante»", "the exhibition "X"".
_NAMED_NOUNS = {
    "it": """inchiesta operazione mostra esposizione progetto programma missione campagna piano
    festival rassegna libro romanzo film album canzone spettacolo nave decreto""",
    "en": """investigation inquiry probe operation exhibition show project programme program
    mission campaign plan festival book novel film album song ship""",
}
_ARTICLE_WORDS = sorted(
    {*ARTICULATED, "il", "lo", "la", "l’", "i", "gli", "le", "the"}, key=len, reverse=True
)
_TITLED = {
    lang: re.compile(
        r"(?<![\w’])(?P<art>"
        + "|".join(re.escape(a) for a in _ARTICLE_WORDS)
        + r")\s*(?P<noun>"
        + "|".join(nouns.split())
        + r")\s+[«“\"](?P<name>[^»”\"]{2,60})[»”\"]",
        re.IGNORECASE,
    )
    for lang, nouns in _NAMED_NOUNS.items()
}
_OF = re.compile(
    r"\s+(?P<prep>della|dello|delle|degli|dell’|del|dei|di|alla|allo|all’|al|at the|of the"
    r"|by the|at|of|by)\s+"
)


def _subject_before(text: str, at: int, doc: Document) -> str | None:
    """The sentence's subject when it is all that stands before the verb."""
    toks = tokens(text[:at])
    if not toks or not starts_with_subject(toks, doc.language):
        return None
    if main_verb(toks, doc.language) is not None or any(t.text == "," for t in toks):
        return None
    subject = text[:at].strip()
    if len(subject.split()) > 8:
        return None
    if len(subject.split()) == 1:
        return subject  # a name: "Chicago is known as ..."
    return lower_first(lower_initial(drop_titles(subject, doc), doc))


def _nickname(s: Sentence, doc: Document) -> tuple[str, str] | None:
    """(subject, nickname) stated in a sentence."""
    language = doc.language
    text = explicit_subject(s.text, s, language) if s.entry is not None else s.text
    m = _NAMED[language].search(text)
    if m is not None:
        subject = _subject_before(text, m.start(), doc)
        if subject is None and _entry_unnamed(s, language):
            subject = lower_first(s.entry.phrase)  # type: ignore[union-attr]
        return (subject, m.group("nick")) if subject else None
    m = _EARNED[language].search(text)
    if m is not None and s.entry is not None:
        return lower_first(s.entry.phrase), m.group("nick")
    m = _KNOWN_AFTER[language].search(s.text)
    if m is not None and s.entry is not None and _opens_with_entry(s, language):
        return lower_first(s.entry.phrase), m.group("nick")
    return None


def _entry_unnamed(s: Sentence, language: str) -> bool:
    """Whether an entry's sentence leaves its subject out, the entry's ('Si trova a 2.000 metri
    e, per i suoi paesaggi, è spesso chiamato ...'): it opens with a verb, no subject."""
    toks = tokens(s.text)
    if s.entry is None or not toks:
        return False
    first = toks[0].low
    return (
        is_finite(first, language)
        or first in {"si", "it"}
        or not starts_with_subject(toks, language)
    )


def _opens_with_entry(s: Sentence, language: str) -> bool:
    """Whether an entry's sentence opens with the entry's name and its verb 'è'/'is' ('Oban
    is a coastal town ..., known as ...'): what is known so is the entry."""
    entry = s.entry
    if entry is None:
        return False
    head = re.sub(r"^(?:The|Il|Lo|La|I|Gli|Le)\s+|^L’", "", s.text)
    return any(
        head.startswith(f"{name} {verb} ")
        for name in (entry.name, entry.heading)
        for verb in ("è", "era", "is", "was")
    )


def _titled(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """A thing named in quotes after its common noun: the question names the thing by its noun
    and what follows it ('l’inchiesta della Guardia di Finanza')."""
    language = doc.language
    for m in _TITLED[language].finditer(s.text):
        article, noun = m.group("art").lower(), m.group("noun").lower()
        article = ARTICULATED.get(article, article)  # "dall’inchiesta" -> "l’inchiesta"
        of = ""
        prep = _OF.match(s.text, m.end())
        run = NAME_RUN.match(s.text, prep.end()) if prep else None
        if prep and run:  # "della Guardia di Finanza": what the thing is of, a name
            of = f"{prep.group('prep')} {run.group(0)}"
        if not of and doc.sentences_with(noun) < 3:
            continue  # "la mostra «X»" in an article about something else: which show?
        np = f"{article}{noun}" if article.endswith("’") else f"{article} {noun}"
        np = squash(f"{np} {of}")
        if language == "it":
            question = NAME_QUESTION["it"].format(of_np=of_phrase(np, "it"))
        else:
            question = NAME_QUESTION["en"].format(np=np)
        yield entity_card(s, m.group("name").strip(), question, f"{noun} name", score=0.78)


# "Il nuovo ceppo è stato battezzato Ideonella venetiensis", "The strain was named Aurora".
_BAPTISED = {
    "it": re.compile(
        r"\s(?P<aux>è stato|è stata|sono stati|sono state|fu|venne)\s+"
        r"(?P<verb>(?:ri)?battezzat[oaie]|chiamat[oaie]|denominat[oaie])\s+(?=[«“\"]?[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"\s(?P<aux>was|were|has been|have been)\s+(?P<verb>named|called|christened|dubbed"
        r"|renamed)\s+(?=[“\"]?[A-Z])"
    ),
}
# A name in quotation marks after the verb, small words and all: "battezzato «Resto qui»".
_MARKED_NAME = re.compile(r"[«“\"](?P<name>[A-ZÀ-Ý0-9][^“”«»\"]{1,50})[»”\"](?=[,;:)]|\.?$)")
_BINOMIAL = re.compile(r"\s[a-z]+(?:is|us|um|ae|ensis|ica|ii|i|a)\b")
BAPTISED_QUESTION = {
    "it": "Con quale nome {aux} {verb} {subject}?",
    "en": "What {aux} {subject} {verb}?",
}


def _baptised(s: Sentence, doc: Document) -> Candidate | None:
    language = doc.language
    m = _BAPTISED[language].search(s.text)
    if m is None:
        return None
    marked = _MARKED_NAME.match(s.text, m.end())
    run = NAME_RUN.match(s.text, m.end()) if marked is None else marked
    if run is None:
        return None
    name = run.group(0) if marked is None else marked.group("name")
    latin = _BINOMIAL.match(s.text, run.end())
    if latin and len(name.split()) == 1:
        name += latin.group(0)  # "Ideonella venetiensis"
    subject = _subject_before(s.text, m.start(), doc)
    if subject is None or len(name) < 3:
        return None
    aux = m.group("aux")
    if language == "en":
        aux = "was" if aux in {"was", "has been"} else "were"
    question = BAPTISED_QUESTION[language].format(aux=aux, verb=m.group("verb"), subject=subject)
    return entity_card(s, name.strip(), question, f"{subject} name", score=0.78)


# "Il gruppo ha chiamato l’enzima LagPETasi", "The team called the enzyme FastPETase": a name
# given to a thing the article names by its noun.
_GAVE_NAME = {
    "it": re.compile(
        r"\s(?:ha|hanno|avevano|aveva)\s(?:poi\s)?(?:chiamato|battezzato|ribattezzato|denominato)\s"
        r"(?P<np>(?:il|lo|la|i|gli|le)\s[a-zà-ù]+|l’[a-zà-ù]+)\s(?=[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"\s(?:(?:has|have|had)\s)?(?:called|named|dubbed|christened|nicknamed)\s"
        r"(?P<np>the\s[a-z]+)\s(?=[A-Z])"
    ),
}
GAVE_NAME_QUESTION = {"it": "Che nome ha ricevuto {np}?", "en": "What was {np} called?"}


def _gave_name(s: Sentence, doc: Document) -> Candidate | None:
    """The name a sentence's subject gave to a thing: asked of the thing, when the article is
    about it ('Che nome ha ricevuto l’enzima?'); not a person ('ha chiamato il presidente
    Mattarella' is a phone call) nor a date ('called the police Monday')."""
    language = doc.language
    m = _GAVE_NAME[language].search(s.text)
    if m is None:
        return None
    run = NAME_RUN.match(s.text, m.end())
    if run is None:
        return None
    name = run.group(0).strip()
    np = m.group("np")
    noun = np.split()[-1].removeprefix("l’")
    if noun in ROLE_WORDS[language] or doc.person(name) or name.lower() in WHEN_WORDS:
        return None
    toks = tokens(s.text[: m.start()])
    if not toks or not starts_with_subject(toks, language) or main_verb(toks, language) is not None:
        return None
    if doc.sentences_with(noun) < 3:
        return None  # "called the bridge X" in an article about something else: which bridge?
    question = GAVE_NAME_QUESTION[language].format(np=np)
    return entity_card(s, name, question, f"{noun} name", score=0.78)


# --- Names given in a clause beside the thing named ---------------------------------------

# A noun phrase with its article: what a participle or a relative clause after it names.
_NP = {
    "it": r"(?P<np>(?:\b(?:[Ii]l|[Ll][oa]|I|[Gg]li|[Ll]e|[Uu]n[oa]?)\s|\b[Ll]’|\b[Uu]n’)"
    r"[a-zà-ù][\w-]*(?:\s[a-zà-ù][\w-]*){0,3})",
    # A price or a number may open the phrase: "The £11 million project".
    "en": r"(?P<np>\b(?:[Tt]he|[Aa]n?)\s(?:[£$€]\d[\d.,]*|[a-z0-9][\w-]*)(?:\s[a-z][\w-]*){0,3})",
}
# The name after the participle: a few words that open with a capital or a digit, or small
# ones inside a name ("Pathfinder II", "TOI-9127 b", "Rosa dei Venti"), up to where the clause
# closes ("battezzato VL-17,"); not a clause ("chiamato Rossi ieri sera,").
_GIVEN_NAME = (
    r"(?P<name>[A-ZÀ-Ý0-9][^\s,;:()”»\"]*(?:\s(?:[A-ZÀ-Ý0-9][^\s,;:()”»\"]*|[a-z]{1,2}|d[ei]\w{0,3}"
    r"|of|the))*?)(?P<closed>[”»\"])?(?=[,;:)]|\.?$)"
)
# A name in quotation marks: "battezzato “Darsena 2030”"; the marks are no part of it.
_QUOTE = r"(?P<opened>[“«\"])?"
# A whole name in quotation marks, small words and all ("battezzato «Resto qui»"), up to where
# the clause closes; or a plain name (_GIVEN_NAME), maybe in marks.
_MARKED_OR_GIVEN = (
    r"(?:[“«\"](?P<marked>[A-ZÀ-Ý0-9][^“”«»\"]{1,50})[”»\"](?=[,;:)]|\.?$)|"
    + _QUOTE
    + _GIVEN_NAME
    + ")"
)
# "un nuovo ceppo batterico, battezzato VL-17, capace di ...", "The planet, catalogued as
# TOI-9127 b, was detected ...": a participle between commas names the phrase before it.
_NAMED_APPOSITION = {
    "it": re.compile(
        _NP["it"] + r",\s(?P<adverb>(?:provvisoriamente|ufficialmente)\s)?"
        r"(?P<verb>(?:ri)?battezzat[oaie]|denominat[oaie]|chiamat[oaie]|intitolat[oaie]"
        r"|(?:catalogat|not|conosciut)[oaie](?=\scome))(?:\scome)?\s" + _MARKED_OR_GIVEN
    ),
    "en": re.compile(
        _NP["en"] + r",\s(?P<adverb>(?:provisionally|officially|informally)\s)?"
        r"(?P<verb>named|renamed|dubbed|christened|called|titled|entitled|catalogued|cataloged"
        r"|designated|listed|known(?=\sas))(?:\sas)?\s" + _MARKED_OR_GIVEN
    ),
}
# Without the commas only a participle that can be nothing but a name's: "la statua marmorea
# nota come X", "a site known as X" ("the mayor called X" may be a call).
# The phrase may be the subject of a copula ("The entrance is known as X"): the copula is no
# word of the phrase.
_NAMED_PHRASE = {
    "it": re.compile(
        _NP["it"].replace(r"(?:\s[a-zà-ù]", r"(?:\s(?!(?:è|era|sono|erano|fu)\b)[a-zà-ù]")
        + r"(?:\s(?P<be>è|era|sono|erano))?\s(?P<verb>(?:not|conosciut)[oaie])\scome\s"
        + _GIVEN_NAME
    ),
    "en": re.compile(
        _NP["en"].replace(r"(?:\s[a-z]", r"(?:\s(?!(?:is|are|was|were)\b)[a-z]")
        + r"(?:\s(?P<be>is|are|was|were))?\s(?P<verb>known)\sas\s"
        + _GIVEN_NAME
    ),
}
_APPOSITION_CUES = {
    "it": (
        ", battezzat",
        ", ribattezzat",
        ", denominat",
        ", chiamat",
        ", intitolat",
        ", provvisoriamente ",
        ", ufficialmente ",
        ", catalogat",
        "noto come",
        "nota come",
        "noti come",
        "note come",
        "conosciut",
    ),
    "en": (
        " known as",
        ", named",
        ", renamed",
        ", dubbed",
        ", christened",
        ", called",
        ", titled",
        ", entitled",
        ", provisionally ",
        ", officially ",
        ", catalog",
        ", designated",
        ", listed",
    ),
}
# The cheap test before _NAMED_PHRASE: "noto come", "nota come", "noti come", "note come".
_KNOWN_AS_CUES = ("o come ", "a come ", "i come ", "e come ")
_IT_AUX = {"o": "è stato", "a": "è stata", "i": "sono stati", "e": "sono state"}
# What a catalogue gives is a designation: "Under what name was the planet catalogued?".
_EN_LISTING = frozenset("catalogued cataloged designated listed".split())


def _named_appositions(s: Sentence, doc: Document) -> Iterator[Candidate]:
    language = doc.language
    matches = list(_NAMED_APPOSITION[language].finditer(s.text))
    if not matches and (" known as " in s.text or any(c in s.text for c in _KNOWN_AS_CUES)):
        matches = list(_NAMED_PHRASE[language].finditer(s.text))
    for m in matches:
        np, verb = m.group("np"), m.group("verb")
        name = (m.groupdict().get("marked") or m.group("name")).strip()
        if m.end() == len(s.text):
            name = name.removesuffix(".")  # the sentence's full stop
        if bool(m.groupdict().get("opened")) != bool(m.groupdict().get("closed")):
            continue  # a quotation that does not close on the name
        if s.text.startswith(":", m.end()):
            continue  # "titled Harrowdale: Tides": the title goes on past the colon
        opening = m.start() == 0 and len(np.split()) <= 3  # "Il progetto, chiamato X, è ..."
        np = _definite(_without_adverb(np), language)
        if np is None or len(name) < 2 or doc.person(name) or name.lower() in WHEN_WORDS:
            continue  # "The vote, called Monday, ...": a day
        if not opening and not _recurs(np, doc) and sum(name in t for t in doc.texts) < 2:
            continue  # a thing named once in passing: which one the question means is unclear
        question = _apposition_question(np, verb, language)
        be = m.groupdict().get("be")
        if be and language == "en":  # "The entrances are known as X": "By what name are ..."
            question = question.replace("By what name is ", f"By what name {be} ", 1)
        adverb = m.groupdict().get("adverb")
        if adverb and language == "en":  # "What was the sequel provisionally titled?"
            question = question.replace(f" {verb}?", f" {adverb.strip()} {verb}?")
        yield entity_card(s, name, question, f"{np} name", score=0.78)


# "noto come", "known as": a name the thing bears, asked in the present.
_KNOWN = frozenset(["not", "conosciut", "know"])
# Adverbs of place a phrase may end on: "a fort there, known as X" is the fort.
_PLACE_ADVERBS = frozenset("there here nearby lì là qui qua vicino".split())


def _without_adverb(np: str) -> str:
    words = np.split()
    return " ".join(words[:-1]) if len(words) > 2 and words[-1] in _PLACE_ADVERBS else np


def _apposition_question(np: str, verb: str, language: str) -> str:
    if language == "it":
        if verb[:-1] in _KNOWN:  # "Con quale nome è noto il sito?"
            plural = verb[-1] in "ie"
            return f"Con quale nome {'sono' if plural else 'è'} {verb} {np}?"
        return f"Con quale nome {_IT_AUX[verb[-1]]} {verb} {np}?"
    if verb == "known":
        return f"By what name is {np} known?"
    if verb in _EN_LISTING:
        return f"Under what name was {np} {verb}?"
    return f"What was {np} {verb}?"


_IT_DEFINITE = {"un": "il", "uno": "lo", "una": "la", "un’": "l’"}


def _definite(np: str, language: str) -> str | None:
    """The phrase with its definite article, first letter lowered: 'un nuovo ceppo' -> 'il
    nuovo ceppo', 'A comet' -> 'the comet'; None when its head is a word of time ('the day').
    The phrase starts at its last article: 'The square honours the poet who ...' names the
    poet."""
    np = _from_last_article(np[:1].lower() + np[1:], language)
    if language == "en":
        article, _, rest = np.partition(" ")
        if article in {"a", "an"}:
            np = f"the {rest}"
    elif np.startswith("un’"):
        np = "l’" + np[3:]
    else:
        article, _, rest = np.partition(" ")
        if article in _IT_DEFINITE:
            np = f"{_IT_DEFINITE[article]} {rest}"
            if article == "un" and rest[:1] in "aeiouàèéìòù":
                np = f"l’{rest}"
    if np.split()[-1].removeprefix("l’") in WHEN_WORDS | _TIME_NOUNS:
        return None
    return np


_OPENING_ARTICLES = {
    "it": frozenset("il lo la i gli le un uno una".split()),
    "en": frozenset("the a an".split()),
}


def _from_last_article(np: str, language: str) -> str:
    words = np.split()
    for i in range(len(words) - 1, 0, -1):
        if words[i] in _OPENING_ARTICLES[language] or words[i].startswith(("l’", "un’")):
            return " ".join(words[i:])
    return np


_TIME_NOUNS = frozenset("giorno anno mese settimana day year month week time volta".split())


def _recurs(np: str, doc: Document) -> bool:
    """Whether the article speaks of the thing again, by a word of its phrase."""
    return any(
        doc.sentences_with(w.removeprefix("l’")) > 1
        for w in np.split()[1:] + [np.split()[0]]
        if len(w.removeprefix("l’")) > 3
    )


# "un arbusto selvatico che in paese chiamano «scornabecco»", "un enzima, che il gruppo ha
# chiamato LagPETasi", "the winemaker who is still remembered in the valley as “X”", "a shrub
# that locals call “X”": a relative clause gives the name of the phrase it hangs on.
_QUOTED_NAME = (
    r"(?:[«“\"](?P<quoted>[^»”\"]{2,40})[»”\"]|" + _GIVEN_NAME.replace("name", "plain") + ")"
)
_NAMED_RELATIVE = {
    "it": re.compile(
        _NP["it"] + r",?\s+che\s+(?P<who>(?:[\w’]+\s+){0,3}?)(?P<verb>chiamano|chiamavano"
        r"|(?:ha|hanno)\s+(?:chiamato|battezzato|ribattezzato|denominato))\s+" + _QUOTED_NAME
    ),
    "en": re.compile(
        _NP["en"] + r",?\s+(?:who\s+[^,;]{3,80}?\s+and\s+)?(?:who|which|that)\s+"
        r"(?:(?P<be>is|was|are|were)\s+(?P<adv>(?:(?:still|also|now|often|widely|affectionately"
        r"|locally|popularly|commonly|best)\s+)*)(?P<verb>remembered|known|called|nicknamed)"
        r"\s+(?P<where>(?:in|across|throughout|by|among|to|on)\s+[^,“”\"]{2,40}?\s+)?(?:as\s+)?"
        r"|(?P<who>(?:the\s+)?[a-z]+s)\s+(?:call|called)\s+)"
        r"[“\"](?P<quoted>[^”\"]{2,40})[”\"]"
    ),
}
_RELATIVE_CUES = {
    "it": ("chiamano", "chiamavano", "chiamato", "battezzato", "denominato"),
    "en": ("remembered", "known", "called", "nicknamed", " call "),
}
# "innestate sul terebinto, un arbusto ...": the term an indefinite apposition describes.
_TERMS_BEFORE = tuple(
    re.compile(r"(?:^|\s)(?P<art>\w+’|\w+\s)(?P<term>" + words + r"),\s$")
    for words in (r"[a-zà-ÿ]{3,}", r"[a-zà-ÿ]{3,}\s[a-zà-ÿ]{3,}")
)


def _named_relatives(s: Sentence, doc: Document) -> Iterator[Candidate]:
    language = doc.language
    text = s.text
    for m in _NAMED_RELATIVE[language].finditer(text):
        name = (m.group("quoted") or m.groupdict().get("plain") or "").strip()
        np = _named_thing(text, m, language)
        if np is None or len(name) < 3 or fold(name) in fold(np):
            continue
        if m.group("quoted") is None and _a_call(name, np, doc):
            continue
        if _a_label(m, language):
            continue
        question = _relative_question(m, np, language)
        yield entity_card(s, name, question, f"{np} name", score=0.78)


def _a_label(m: re.Match[str], language: str) -> bool:
    """Whether a name one party gives is a judgement, not a name ('un piano che il ministro
    ha chiamato «una vergogna»', 'a plan that critics call “reckless”'): those who call a thing
    so by use are a community ('i contadini', 'locals'); one who names it once gives a name,
    not a phrase with an article."""
    who = (m.groupdict().get("who") or "").strip()
    if not who or who.split()[0].lower() in _PLACE_WORDS:
        return False
    verb = m.groupdict().get("verb") or ""
    if verb.startswith(("ha ", "hanno ")):
        quoted = m.group("quoted")
        first = quoted.split()[0].lower() if quoted else ""
        return first in _OPENING_ARTICLES[language] or first.startswith(("l’", "un’"))
    return not namers_of_terms(who, language)


def _a_call(name: str, np: str, doc: Document) -> bool:
    """Whether 'che ha chiamato X' is a call to someone, not a name given: X is a person, or
    the one who called is ('il sindaco, che ha chiamato Mattarella')."""
    head = np.split()[-1].removeprefix("l’")
    return bool(doc.person(name)) or head in ROLE_WORDS[doc.language]


def _named_thing(text: str, m: re.Match[str], language: str) -> str | None:
    """What the relative clause names: its phrase, or the term before the comma that an
    indefinite phrase describes ('il terebinto, un arbusto selvatico che ...')."""
    np = m.group("np")
    first = np.split(None, 1)[0].lower()
    if first in {"un", "uno", "una", "a", "an"} or first.startswith("un’"):
        for pattern in _TERMS_BEFORE:
            before = pattern.search(text[: m.start()])
            if before is None:
                continue
            word = before.group("art").strip().lower()
            article = ARTICULATED.get(word, word)
            if article in {"il", "lo", "la", "i", "gli", "le", "l’", "the"}:
                term = before.group("term")
                return f"{article}{term}" if article.endswith("’") else f"{article} {term}"
    return _definite(np, language)


def _relative_question(m: re.Match[str], np: str, language: str) -> str:
    groups = m.groupdict()
    who = (groups.get("who") or "").strip()
    verb = groups.get("verb") or ""
    if language == "en":
        return _en_relative_question(groups, np, who, verb)
    plural = np.split(None, 1)[0] in IT_PLURAL_ARTICLES
    first = who.split()[0].lower() if who else ""
    by_subject = first in _IT_DEFINITE_ARTICLES or (who == first and first in _EVERYONE)
    if verb.startswith(("ha ", "hanno ")):  # a name given once: "che il gruppo ha chiamato X"
        if by_subject:
            return f"Come {squash(verb)} {who} {np}?"  # "Come ha chiamato il gruppo l’enzima?"
        return f"Che nome {'hanno' if plural else 'ha'} ricevuto {np}?"
    if by_subject:
        return f"Come {verb} {who} {np}?"  # "Come chiamano i contadini il terebinto?"
    if first in _PLACE_WORDS:  # "Come si chiama in paese il terebinto?"
        return f"Come si {'chiamano' if plural else 'chiama'} {who} {np}?"
    return f"Come {verb} {np}?"  # "Come chiamano il terebinto?": not its own name


def _en_relative_question(groups: dict[str, str | None], np: str, who: str, verb: str) -> str:
    """'What do locals call the shrub?', 'By what name is the winemaker still remembered in
    the valley?', 'What is the pass called locally?'."""
    if not verb:  # "that locals call “X”"
        return f"What do {who} call {np}?"
    be = groups.get("be") or "is"
    where = (groups.get("where") or "").strip()
    tail = " ".join(w for w in ((groups.get("adv") or "").strip(), verb, where) if w)
    if verb in {"remembered", "known"}:
        return f"By what name {be} {np} {tail}?"
    return f"What {be} {np} {tail}?"


_IT_DEFINITE_ARTICLES = frozenset("il lo la i gli le".split())
# Who call a thing so, said by a pronoun: "che tutti chiamano «la maestra»".
_EVERYONE = frozenset("tutti molti alcuni tanti".split())
_PLACE_WORDS = frozenset("in a nel nella nei nelle al alla qui qua lì da dalle".split())


# --- A scientific name in brackets after the common one ------------------------------------

# "The Eurasian beaver (Castor fiber) is ...", "il nibbio reale (Milvus milvus)": a genus with
# its capital and a species in small letters name, in brackets, the kind the words before name
# (which may end with its place: "il tartufo bianco d’Alba"); the author's name may close it
# ("Tuber magnatum Pico").
_BINOMIAL_NAME = r"\((?P<name>[A-Z][a-z]{2,}\s[a-z]{3,}(?:\s[a-z]{3,})?(?:\s[A-Z][a-z]+\.?)?)\)"
_SCIENTIFIC = {
    "it": re.compile(
        r"(?P<np>(?:\b(?:[Ii]l|[Ll][oa]|I|[Gg]li|[Ll]e|[Uu]n[oa]?)\s|\b[Ll]’|\b[Uu]n’)"
        r"[a-zà-ù][\w-]*(?:\s[a-zà-ù][\w-]*){0,2}(?:\sd’[A-ZÀ-Ý][\w-]+)?)\s" + _BINOMIAL_NAME
    ),
    "en": re.compile(
        r"(?P<np>\b(?:[Tt]he|[Aa]n?)\s(?:[A-Za-z][\w-]*\s){0,2}[a-z][\w-]*)\s" + _BINOMIAL_NAME
    ),
}
SCIENTIFIC_QUESTION = {
    "it": "Qual è il nome scientifico {of_np}?",
    "en": "What is the scientific name of {np}?",
}


# What a bracket must open with to hold a binomial name: checked where the bracket is, before
# the phrase before it is looked for.
_BINOMIAL_AT = re.compile(_BINOMIAL_NAME)


def _scientific_names(s: Sentence, doc: Document) -> Iterator[Candidate]:
    language = doc.language
    text = s.text
    at = text.find("(")
    while at >= 0 and not _BINOMIAL_AT.match(text, at):
        at = text.find("(", at + 1)
    if at < 0:
        return
    for m in _SCIENTIFIC[language].finditer(text):
        np = _definite(m.group("np"), language)
        if np is None:
            continue
        if language == "it":
            question = SCIENTIFIC_QUESTION["it"].format(of_np=of_phrase(np, "it"))
        else:
            question = SCIENTIFIC_QUESTION["en"].format(np=np)
        yield entity_card(s, m.group("name"), question, f"{np} scientific name", score=0.8)


# The words the rules of names given need, one search a sentence (cheaper than testing each
# word in turn): a participle or verb of naming, or a relative clause's.
_NAMING_GATE = {
    lang: re.compile(
        "|".join(
            re.escape(c)
            for c in {
                *("battezzat chiamat denominat named called christened dubbed".split()),
                *(c.removeprefix(", ") for c in _APPOSITION_CUES[lang]),
                *_RELATIVE_CUES[lang],
            }
        )
    )
    for lang in ("it", "en")
}
_QUOTE_GATE = re.compile(r"[«“\"]")
_CUE_GATE = {lang: re.compile("|".join(cues)) for lang, cues in _CUE.items()}


# A name set off with the shorter name people use: "The Recreation Ground, known locally as
# the Rec, ...", "Il Palazzo della Ragione, detto anche il Salone, ...".
_KNOWN_NAME = {
    "en": re.compile(
        r"(?P<subject>(?:The\s)?" + NAME_RUN.pattern + r"),\sknown\s(?P<how>(?:locally|widely|"
        r"popularly|affectionately|informally)\s)?as\s(?P<nick>(?:the\s)?"
        + NAME_RUN.pattern
        + r")(?=,)"
    ),
    "it": re.compile(
        r"(?P<subject>(?:Il|Lo|La|L’|I|Gli|Le)?\s?" + NAME_RUN.pattern + r"),\s(?:dett[oaie]|"
        r"conosciut[oaie]\s(?P<how>(?:localmente|popolarmente)\s)?come)\s(?:anche\s)?"
        r"(?P<nick>(?:il|lo|la|l’|i|gli|le)?\s?" + NAME_RUN.pattern + r")(?=,)"
    ),
}
_ARTICLE_SET = frozenset("the il lo la l’ i gli le".split())
_KNOWN_QUESTION = {
    "en": "What is {subject} known as{how}?",
    "it": "Con quale altro nome è conosciuto {subject}?",
}


def _known_names(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'The Recreation Ground, known locally as the Rec, ...' -> 'What is the Recreation
    Ground known as locally?' -> the Rec."""
    language = doc.language
    for m in _KNOWN_NAME[language].finditer(s.text):
        subject, nick = m.group("subject").strip(), m.group("nick").strip()
        if s.text[: m.start()].endswith((" and ", " e ", " of ", " di ")) or nick.isupper():
            continue  # half a name ("Bath and North East Somerset"); an acronym is asked as such
        if nick.rsplit(" ", 1)[-1].isupper():
            continue  # "the INMO"
        named = set(fold(subject).split())
        if doc.person(subject) or set(fold(nick).split()) - _ARTICLE_SET <= named:
            continue  # the same name again
        how = f" {m.group('how').strip()}" if language == "en" and m.group("how") else ""
        if m.start() == 0:
            subject = lower_first(subject)
        question = _KNOWN_QUESTION[language].format(subject=subject, how=how)
        yield entity_card(s, nick, question, f"{subject} nickname", score=0.78)


# A term of the trade set off after the thing it names: "the pressed pulp left over after
# juicing, known as pomace, ...", "le bucce rimaste dopo la spremitura, note come vinacce, ...",
# "cyanobacteria, sometimes called blue-green algae, ...", "I mitili, chiamati anche muscoli,
# ...". The term opens in small letters (a name is _known_names'), closed by a comma.
_TERM_ADVERBS = {
    "en": "also|often|sometimes|commonly|usually|popularly|locally|widely",
    "it": "anche|spesso|comunemente|localmente|popolarmente",
}
_KNOWN_TERM = {
    "en": re.compile(
        r"\b(?P<np>(?:[Tt]he\s)?[A-Za-z][\w-]*(?:\s[a-z][\w-]*){0,7}),\s"
        r"(?P<adverb>(?:" + _TERM_ADVERBS["en"] + r")\s)?(?P<verb>known\sas|called)\s"
        r"(?P<term>[a-z][\w-]{2,}(?:\s[a-z][\w’'-]{2,}){0,2}),"
    ),
    "it": re.compile(
        r"(?P<np>(?:\b(?:[Ii]l|[Ll][oa]|I|[Gg]li|[Ll]e|il|i)\s|\b[Ll]’)[a-zà-ù][\w-]*"
        r"(?:\s[a-zà-ù’][\w’-]*|\s(?:di|del|dei|della|delle|dello|degli)\s[A-ZÀ-Ý][\w-]*"
        r"|\sdell’[A-ZÀ-Ý][\w-]*){0,7}),"
        r"\s(?P<adverb>(?:" + _TERM_ADVERBS["it"] + r")\s)?(?P<verb>(?:not|conosciut)[oaie]\s"
        r"(?:anche\s)?come|(?:dett|chiamat)[oaie](?:\sanche)?)\s"
        r"(?P<term>[a-zà-ù][\w-]{2,}(?:\s(?:[a-zà-ù][\w-]{2,}|d(?:i|e[il]|ell[aoe]|egli)\s[A-ZÀ-Ý]"
        r"[\w-]+)){0,2}),"
    ),
}
_TERM_QUESTION = {
    "en": "What {verb} {np} {how}?",
    "it": "Come {verb} {np}?",
}
# Another name besides the thing's own ("detto anche", "also known as"): asked as such.
_OTHER_NAME_QUESTION = {
    "it": "Con quale altro nome {verb} {np}?",
    "en": "What else {verb} {np} {how}?",
}


_POSSESSIVES = frozenset("suo sua suoi sue loro its their his her".split())
# The cheap test before _KNOWN_TERM.
_TERM_GATE = re.compile(r" known as | come |, (?:\w+ )?called |, (?:\w+ )?(?:dett|chiamat)[oaie] ")


def _known_terms(s: Sentence, doc: Document) -> Iterator[Candidate]:
    """'... turning the pressed pulp left over after juicing, known as pomace, into flour' ->
    'What is the pressed pulp left over after juicing known as?' -> pomace; 'Cyanobacteria,
    sometimes called blue-green algae, ...' -> 'What are cyanobacteria sometimes called?'."""
    language = doc.language
    for m in _KNOWN_TERM[language].finditer(s.text):
        opening = m.start() == 0  # the sentence's subject: the kind in general
        counted = s.text[: m.start("np")].rstrip().rsplit(" ", 1)[-1][:1].isdigit()
        np = _thing_phrase(m.group("np"), language, opening, counted)
        if np is None:
            continue  # "the council, known as ...": a kind alone; a clause is no thing's name
        term = m.group("term")
        if term.split()[0] in STOPWORDS[language] or fold(term) in fold(np):
            continue
        if any(w in _POSSESSIVES for w in np.split()):
            continue  # "le loro case": whose, the sentences before said
        verb, adverb = m.group("verb"), (m.group("adverb") or "").strip()
        other = adverb in {"also", "anche"} or verb.endswith(" anche") or " anche " in verb
        how = squash(f"{'' if other else adverb} {verb}")
        words = np.split()
        plural = _plural_head(words[1:] if words[0] == "the" else words) or _plural_term(term)
        if language == "en":
            be = "are" if plural else "is"
            template = _OTHER_NAME_QUESTION if other else _TERM_QUESTION
            question = template["en"].format(verb=be, np=np, how=how)
        elif other:
            noto = "noti" if words[0] in {"i", "gli"} else "note" if words[0] == "le" else "noto"
            if noto == "noto" and _feminine(words[0]):
                noto = "nota"
            be = "sono" if words[0] in IT_PLURAL_ARTICLES else "è"
            question = _OTHER_NAME_QUESTION["it"].format(verb=f"{be} {noto}", np=np)
        else:
            be = "si chiamano" if words[0] in IT_PLURAL_ARTICLES else "si chiama"
            question = _TERM_QUESTION["it"].format(verb=be, np=np)
        yield entity_card(s, term, question, f"{term} term", score=0.78)
        if language == "en" and not other and verb == "known as" and not np.startswith("the "):
            # "118 spawning nests, known as redds" -> "What are redds?" (a kind, asked bare)
            key = "definition_plural" if _plural_term(term) else "definition"
            yield Candidate(
                "definition",
                s,
                0.6,
                np,
                question=render("en", key, subject=term),
                answer_type="definition",
                topic=f"{term} definition",
            )


def _plural_term(term: str) -> bool:
    """Whether an English term names many ('blue-green algae', 'mermaid’s purses'): the thing
    it names is as many, whatever its own word ('cyanobacteria')."""
    head = term.split()[-1]
    return head.endswith(("ae", "es")) or _plural_head([head])


def _feminine(article: str) -> bool:
    """Whether an Italian article is a feminine one ('la', 'l’' before 'a' is unknown: no)."""
    return article == "la"


def _thing_phrase(
    np: str, language: str, opening: bool = False, counted: bool = False
) -> str | None:
    """The longest phrase of `np` from one of its articles that names a thing: three words at
    least (two when it opens the sentence: 'I mitili, chiamati ...', a kind in general), no verb
    of a clause ('the firm turned | the skins left over'); or, in English, a bare noun or two
    that open the sentence or follow a preposition ('produced by | cyanobacteria')."""
    words = np.split()
    if opening:
        words[0] = words[0].lower()
    for i, w in enumerate(words):
        if w not in _OPENING_ARTICLES[language] and not w.startswith("l’"):
            continue
        rest = words[i:]
        if len(rest) < (2 if opening and i == 0 else 3):
            continue
        if not any(_clause_word(rest, k, language) for k in range(1, len(rest))):
            return " ".join(rest)
    return _bare_phrase(words, language, opening, counted)


def _bare_phrase(words: list[str], language: str, opening: bool, counted: bool) -> str | None:
    """An English bare noun or two before the comma that open the sentence, follow a
    preposition or are counted ('Cyanobacteria, ...', 'produced by cyanobacteria, ...',
    '118 spawning nests, ...'): a kind in general."""
    if language != "en":
        return None
    for size in (1, 2):
        if size > len(words):
            break
        rest, before = words[-size:], words[: len(words) - size]
        if not (before and before[-1] in PREPOSITIONS["en"] or (opening or counted) and not before):
            continue
        if any(
            w in STOPWORDS["en"] or w in _OPENING_ARTICLES["en"] or is_finite(w, "en") for w in rest
        ):
            return None
        return " ".join(rest)
    return None


def _clause_word(words: list[str], k: int, language: str) -> bool:
    """Whether word k of a phrase is a verb or a word of a clause: a relative, a finite verb,
    or a past form with its object right after it ('turned | the skins'): what comes before
    the comma is a clause's end, not a thing."""
    low = words[k].lower()
    if low in {"that", "which", "who", "che", "cui"}:
        return True
    if is_finite(low, language) and not is_participle(low, language):
        return True
    nxt = words[k + 1].lower() if k + 1 < len(words) else ""
    return is_participle(low, language) and nxt in _OPENING_ARTICLES[language]


def _plural_head(words: list[str]) -> bool:
    """Whether the head of an English phrase, its last word before a preposition or a
    participle, is plural ('the pressed skins | left over ...')."""
    head = words[0]
    for w in words:
        if w in PREPOSITIONS["en"] or (head != w and is_participle(w, "en")):
            break
        head = w
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for s in doc.sentences:
        text = s.text
        if _TERM_GATE.search(text):
            yield from _known_terms(s, doc)
        if ", known " in text or ", dett" in text or ", conosciut" in text:
            yield from _known_names(s, doc)
        if _NAMING_GATE[language].search(text):
            baptised = _baptised(s, doc) or _gave_name(s, doc)
            if baptised is not None:
                yield baptised
            yield from _named_appositions(s, doc)
            yield from _named_relatives(s, doc)
        if "(" in text:
            yield from _scientific_names(s, doc)
        quoted = _QUOTE_GATE.search(text) is not None
        if quoted and any(n in text for n in _NAMED_NOUNS[language].split()):
            yield from _titled(s, doc)
        if not quoted or not _CUE_GATE[language].search(text):
            continue
        found = _nickname(s, doc)
        if found is None:
            continue
        subject, nick = found
        if nick.lower() in subject.lower():
            continue
        question = QUESTION[language].format(subject=subject)
        yield entity_card(s, nick.strip(), question, f"{subject} nickname", score=0.8)
