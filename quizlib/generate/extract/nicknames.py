"""Names and nicknames: 'Lecce è soprannominata la «Firenze del Sud»' -> 'Qual è il soprannome
di Lecce?'; '..., which has earned it the nickname "the Brazilian Venice"' -> 'What is the
nickname of Recife?'; 'l’inchiesta «Levante» della Guardia di Finanza' -> 'Qual è il nome
dell’inchiesta della Guardia di Finanza?'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidate import Candidate
from ..chunks import main_verb, starts_with_subject, tokens
from ..document import NAME_RUN, Document, Sentence
from ..lexicon import ARTICULATED, MONTHS, ROLE_WORDS, WEEKDAYS
from ..phrase import of_phrase
from ..text import lower_first, squash
from .common import drop_titles, entity_card, lower_initial
from .subject import explicit_subject

_QUOTED = r"[«“\"](?P<nick>[^»”\"]{3,40})[»”\"]"
_ARTICLE = r"(?:(?:il|lo|la|l’|i|gli|le|the)\s*)?"
# The subject names itself before the verb: "Lecce è soprannominata la «Firenze del Sud»".
_NAMED = {
    "it": re.compile(
        r"\s(?:è|era|viene|venne)\s+(?:anche\s+)?(?:soprannominat[oaie]|dett[oaie]"
        r"|chiamat[oaie]|conosciut[oaie]\s+come|not[oaie]\s+come)\s+(?:anche\s+)?"
        + _ARTICLE
        + _QUOTED
    ),
    "en": re.compile(
        r"\s(?:is|was|has been)\s+(?:also\s+)?(?:nicknamed|called|known\s+as|dubbed)\s+"
        + _ARTICLE
        + _QUOTED
    ),
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
        return (subject, m.group("nick")) if subject else None
    m = _EARNED[language].search(text)
    if m is not None and s.entry is not None:
        return lower_first(s.entry.phrase), m.group("nick")
    return None


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
        r"(?P<verb>(?:ri)?battezzat[oaie]|chiamat[oaie]|denominat[oaie])\s+(?=[A-ZÀ-Ý])"
    ),
    "en": re.compile(
        r"\s(?P<aux>was|were|has been|have been)\s+(?P<verb>named|called|christened|dubbed"
        r"|renamed)\s+(?=[A-Z])"
    ),
}
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
    run = NAME_RUN.match(s.text, m.end())
    if run is None:
        return None
    name = run.group(0)
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
    if noun in ROLE_WORDS[language] or doc.person(name) or name.lower() in _WHEN_WORDS:
        return None
    toks = tokens(s.text[: m.start()])
    if not toks or not starts_with_subject(toks, language) or main_verb(toks, language) is not None:
        return None
    if doc.sentences_with(noun) < 3:
        return None  # "called the bridge X" in an article about something else: which bridge?
    question = GAVE_NAME_QUESTION[language].format(np=np)
    return entity_card(s, name, question, f"{noun} name", score=0.78)


_WHEN_WORDS = frozenset(m.lower() for months in MONTHS.values() for m in months) | WEEKDAYS


def extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for s in doc.sentences:
        if any(
            v in s.text
            for v in (
                "battezzat",
                "chiamat",
                "denominat",
                "named",
                "called",
                "christened",
                "dubbed",
            )
        ):
            baptised = _baptised(s, doc) or _gave_name(s, doc)
            if baptised is not None:
                yield baptised
        if re.search(r"[«“\"]", s.text) and any(
            n in s.text for n in _NAMED_NOUNS[language].split()
        ):
            yield from _titled(s, doc)
        if not any(cue in s.text for cue in _CUE[language]) or not re.search(r"[«“\"]", s.text):
            continue
        found = _nickname(s, doc)
        if found is None:
            continue
        subject, nick = found
        if nick.lower() in subject.lower():
            continue
        question = QUESTION[language].format(subject=subject)
        yield entity_card(s, nick.strip(), question, f"{subject} nickname", score=0.8)
