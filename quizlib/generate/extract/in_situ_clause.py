"""What an in-place question keeps of its sentence (see in_situ.py): the clause around the
figure or name, cut before the clause that follows and without the phrases set off after a
name; and whether that clause reads alone: no pronoun, possessive or Italian verb without a
subject, no first person, no pointer to the sentence before, a verb of its own, not what
someone said."""

from __future__ import annotations

import re

from ..lexicon import ARTICULATED_PREPOSITION, EN_MODALS, NOUN_KIND, SAY_VERBS
from ..pointing import points_back
from ..text import QUOTATION
from ..verbs import (
    AUXILIARIES,
    holds_finite,
    is_finite,
    is_participle,
    is_plural_present_at,
    is_present_at,
    may_be_verb,
)

# The prepositions that open a phrase before a clause's subject: "In 1989 the museum opened".
OPENING_PREPOSITIONS = {
    "en": frozenset(
        "in on by since until after before from during within for over at under".split()
    ),
    "it": frozenset(
        """in a da di per con su entro fino dopo prima durante oltre nel nella nei nelle negli
        al alla ai alle dal dalla dai dalle sul sulla""".split()
    ),
}
# The words that tell a clause is over: the comma and the word that opens the next one.
NEXT_CLAUSE = {
    "en": frozenset(
        """which who whom whose where while whereas but and or although though as since because
        so with without including compared according making bringing leaving taking giving
        most many some all half none each both mostly mainly largely up down after before
        he she it they we said says of at in on from by among around""".split()
    ),
    "it": frozenset(
        """che cui dove mentre ma e ed o oppure anche perché poiché quando con senza tra fra
        di pari contro rispetto secondo come dopo prima circa
        mentre il la lo i gli le un una uno grazie oltre a in per da su""".split()
    ),
}
# A clause the figure stands in that leans on a word before it: a relative clause (its
# antecedent unknown), or what follows a comma that opens with a participle.
_RELATIVE_OPENERS = {
    "en": frozenset("which who whom whose where when".split()),
    "it": frozenset("che cui dove quale quali".split()),
}
# What opens a phrase set off by a comma that leans on the clause before: "..., most of them
# 15 metres long", "..., tra cui 12 bambini".
_SET_OFF_OPENERS = frozenset(
    "most many some all half none each both including among tra fra di".split()
)
# Connectives that open a sentence and tie it to the one before: dropped from the question.
CONNECTIVE = {
    "en": re.compile(
        r"^(?:(?:But|And|Yet|So|Also|Still|However|Meanwhile|Moreover|Instead|Overall|In all"
        r"|In total|Altogether|By contrast|In addition|Now|Then|Even so|As a result)\b,?\s+)+"
    ),
    "it": re.compile(
        r"^(?:(?:Ma|E|Eppure|Però|Tuttavia|Intanto|Inoltre|Infatti|Quindi|Dunque|Anche|Poi|Ora"
        r"|Oggi|Così|In tutto|In totale|Complessivamente|Nel complesso|Invece)\b,?\s+)+"
    ),
}
# Words that open a clause which hangs on another: "Because each admission costs ...".
_SUBORDINATORS = frozenset(
    """because since as although though while whereas if unless when whenever once so
    perché poiché siccome sebbene benché mentre se quando qualora dato""".split()
)
# A subject that needs the sentence before: a pronoun or a demonstrative.
_PRONOUN_OPENERS = {
    "en": frozenset(
        "it he she they we i you its his her their our this these those that there's".split()
    ),
    "it": frozenset(
        """lui lei esso essa essi esse loro noi voi questo questa questi queste quello quella
        ciò ne ci si vi""".split()
    ),
}
# The first and second person ("I" is the Italian plural article too: "I campioni ...").
_FIRST_PERSON = {
    "en": re.compile(r"(?<![\w’'])(?:[Ww]e|[Oo]ur|us|I|[Mm]y|me|[Yy]ou|[Yy]our)(?![\w’'])"),
    "it": re.compile(
        r"(?i)(?<![\w’'])(?:noi|nostro|nostra|nostri|nostre|abbiamo|siamo|vogliamo|possiamo"
        r"|dobbiamo)(?![\w’'])"
    ),
}
# "there" pointing to a place named before: "first served there in 1943"; "there is/are" is
# no pointer.
_THERE = re.compile(r"(?<![\w’'])there(?!\s+(?:is|are|was|were|will|has|have|had|would|could)\b)")


# A phrase set off by commas after a name, and the verb after it: "Tayside Pixel|, the Dundee
# developer behind Harrowdale,| has agreed ...", "Il Valdagno|, allenato da Mariano Ordóñez,| è".
_APPOSITION = re.compile(r"(?<=[\w.)’»”]), (?P<inner>[^,;:“”«»\"]{3,90}), (?P<verb>[\w’']+)")


def without_appositions(head: str, language: str) -> str:
    """The opening of a question without the phrases set off by commas that describe a name
    before its verb: shorter, and no less clear (the card shows the sentence)."""
    for m in reversed(list(_APPOSITION.finditer(head))):
        inner, verb = m.group("inner"), m.group("verb").lower()
        before = head[: m.start()].split()
        first, _, rest = inner.partition(" ")
        said = rest if is_participle(first.lower(), language) else inner  # "operated by X"
        if (
            not before
            or has_verb(said, language)
            or not (before[-1][:1].isupper() or _short_subject(before, language))
        ):
            continue
        if not inner[:1].islower() or not _opens_verb(verb, language):
            continue
        head = head[: m.start()] + " " + head[m.start("verb") :]
    return head


def _short_subject(words: list[str], language: str) -> bool:
    """Whether the words before a set-off phrase are a short noun phrase that opens the
    sentence with its article: 'The train|, operated by ...,| left'."""
    return (
        len(words) <= 5
        and words[0].lower().rstrip("’") in ("the", "il", "lo", "la", "i", "gli", "le", "l")
        and not has_verb(" ".join(words), language)
    )


def _opens_verb(word: str, language: str) -> bool:
    """Whether a word may open a verb group: 'has', 'said', 'è', 'si'."""
    return (
        word in AUXILIARIES[language]
        or word in EN_MODALS
        or word in _IT_CLITICS
        or is_finite(word, language)
        or word in SAY_VERBS[language]
    )


def in_opening_participle(opening: str, language: str) -> bool:
    """Whether the words before the wh-phrase are only a participle's or a gerund's phrase
    that opens the sentence: 'Known as| which lake, the dam was completed ...', 'Parlando a
    una conferenza stampa a Mosca| in che giorno, Lavrov ha ...'."""
    words = opening.split()
    if not words or "," in opening:
        return False
    first = words[0].lower()
    gerund = _IT_GERUND.search(first) if language == "it" else first.endswith("ing")
    return bool(is_participle(first, language) or gerund) and not has_verb(
        " ".join(words[1:]), language
    )


def spoken(text: str) -> bool:
    """Whether a sentence holds what someone said (a quotation of four words or more), or
    closes a quotation it did not open."""
    for m in QUOTATION.finditer(text):
        if len(m.group().split()) >= 4:
            return True
    return any(close in text and opening not in text for opening, close in (("“", "”"), ("«", "»")))


def clause_start(text: str, a: int, language: str) -> int | None:
    """Where the clause of the figure starting at `a` starts (after a semicolon, a colon or a
    dash); None when the figure is in a relative clause or one set off by commas after a
    participle."""
    start = 0
    for mark in ("; ", " – ", " — ", ": "):
        at = text.rfind(mark, 0, a)
        if mark == ": " and at >= 0 and text[at + 2 : at + 3].isupper():
            continue  # "Harrowdale: Tides, is ...": a colon inside a name
        if at >= 0 and at + len(mark) > start:
            start = at + len(mark)
    comma = text.rfind(", ", start, a)
    if comma >= 0:
        opening = text[comma + 2 : a].split(None, 2)
        first = opening[0].lower() if opening else ""
        if first in _RELATIVE_OPENERS[language] or first in _SET_OFF_OPENERS:
            return None
        if len(opening) > 1 and opening[1].lower() in ("quale", "quali"):
            return None  # "..., il quale ..."
    if start and not text[start : start + 1].isupper() and text[start - 2 : start] != ": ":
        return None
    return start


def clause_end(text: str, b: int, language: str) -> int:
    """Where the clause holding the figure that ends at `b` ends: before a semicolon, a colon,
    a dash, a bracket, or a comma that opens another clause."""
    end = len(text)
    for mark in (";", ":", " – ", " — ", " ("):
        at = text.find(mark, b)
        if 0 <= at < end:
            end = at
    words = NEXT_CLAUSE[language]
    for m in re.finditer(r",\s+([\w’'-]+)", text[b:end]):
        word = m.group(1).lower()
        if word in words or word.endswith("ing") or _IT_GERUND.search(word):
            return b + m.start()
        if _said(text[b + m.end() : end], language):
            return b + m.start()  # "..., the trust said."
    for m in re.finditer(r"\s(?:and|e|ed)\s+([\w’'-]+)", text[b:end]):
        word = m.group(1).lower()
        if (
            word in AUXILIARIES[language]
            or word in EN_MODALS
            or (language == "it" and is_finite(word, language))
        ):
            return b + m.start()  # "... 46 metres tall| and can be seen ..."
    return end


# An Italian gerund, with its clitic: "portandolo", "arrivando".
_IT_GERUND = re.compile(r"[a-zà-ù]{2}(?:ando|endo)(?:lo|la|li|le|ne|si|ci|gli)?$")


def _said(rest: str, language: str) -> bool:
    """Whether what follows a comma only says who said the sentence: '..., the trust said.'"""
    words = rest.rstrip(" .").split()
    said = SAY_VERBS[language]
    return 0 < len(words) <= 6 and any(w.lower() in said or w.lower() in _SAY for w in words)


_SAY = frozenset("say dice dicono spiega spiegano".split())


def reads_alone(question: str, language: str) -> bool:
    """Whether a question names what it is about: no opening pronoun, no Italian verb without
    its subject, no first or second person, no pointer to the sentence before."""
    first = question.split(None, 1)[0].lower().strip(",")
    if first in _PRONOUN_OPENERS[language] or first in _SUBORDINATORS:
        return False
    opening, comma, rest = question.partition(", ")
    if comma and not has_verb(opening, language):
        after = rest.split(None, 1)[0].lower() if rest else ""
        if after in _PRONOUN_OPENERS[language]:
            return False  # "Created in 1992, it covers ...": it is the sentence before's
    if language == "it" and not _subject_before_verb(question):
        return False
    if _owner_unnamed(question, language) or not has_verb(question, language):
        return False
    if _THAT_TIME.search(question) or _report_without_verb(question, language):
        return False
    if _FIRST_PERSON[language].search(QUOTATION.sub("", question)):
        return False
    if language == "en" and _THERE.search(question):
        return False
    return not points_back(question)


_IT_SUBJECT_OPENERS = frozenset(
    """il lo la l’ i gli le un uno una un’ ogni ciascun tutti tutte molti molte alcuni alcune
    pochi poche nessun nessuno""".split()
)
_IT_PREPOSITIONS = frozenset(
    """di a da in con su per tra fra secondo dopo prima durante entro verso oltre come fino
    sotto sopra presso lungo contro senza davanti dietro accanto""".split()
) | frozenset(ARTICULATED_PREPOSITION)


# Possessives before a noun ("its two boats", "la sua collezione").
POSSESSIVES = {
    "en": frozenset("its his her their our my your".split()),
    "it": frozenset("suo sua suoi sue loro".split()),
}
# Words that open a noun phrase before a figure or a name: "the| 16,800 spectators", "i| 312
# partecipanti"; the definite articles among them.
DETERMINERS = {
    "en": frozenset("a an the its their his her our this that these those".split()),
    "it": frozenset(
        """il lo la l’ i gli le un uno una un’ suo sua suoi sue loro questo questa questi
        queste quel quei quegli quella quelle""".split()
    ),
}
IT_DEFINITE = frozenset("il lo la l’ i gli le".split())
# The word before a place in a sentence, an elided article held with it ("dell’").
WORD_BEFORE = re.compile(r"([\w’'-]+’?)\s*$")


# A time a far demonstrative points to, named in the sentence before: "in December that year".
_THAT_TIME = re.compile(
    r"(?i)(?<![\w’'])(?:that|quell[’'])\s*(?:year|month|day|week|season|time|anno|mese|giorno)\b"
)


_WH_WORDS = frozenset("how what which who whom".split())


def _report_without_verb(question: str, language: str) -> bool:
    """Whether what a question reports someone said has no verb of its own: 'The ministry
    said crews at how many inspection stations?' (the verb was cut off with a phrase set in)."""
    words = question.split()
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower().strip(",") in SAY_VERBS[language]:
            said = " ".join(words[k + 1 :])
            return not has_verb(said, language) and _INFINITIVE[language].search(said) is None
    return False


# A reported infinitive: "ha spiegato di avere ...", "said it expected to reach ...".
_INFINITIVE = {
    "en": re.compile(r"\bto\s+[a-z]+"),
    "it": re.compile(r"\b(?:di|a)\s+[a-zà-ù]+(?:are|ere|ire|arsi|ersi|irsi)\b"),
}


def _plural_noun(word: str) -> bool:
    """Whether an English word in small letters may be a plural noun: 'residents'."""
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith("ss")


def has_verb(text: str, language: str) -> bool:
    """Whether a question holds a verb: 'Un anno e quanti mesi?' and 'Since what year?' are
    what is left of a sentence, no question."""
    written = [w.strip(',.;:?!()“”«»"') for w in text.split()]
    words = [w.lower() for w in written]
    for i, low in enumerate(words):
        if low in AUXILIARIES[language] or low in EN_MODALS:
            return True
        if is_finite(low, language) and not (i == 0 and is_participle(low, language)):
            return True  # "Known as ... until what year?": a participle opens no clause
        if language == "en" and 0 < i < len(words) - 1 and written[i].islower():
            before, after = words[i - 1], words[i + 1]
            if is_present_at(before, low, after, "en"):
                return True
            if before not in DETERMINERS["en"] and is_plural_present_at(low, after, "en"):
                return True  # "Seven bridges link| the banks"; not "a seal| researcher"
            if (
                written[i + 1][:1].isupper()
                and (_plural_noun(before) or written[i - 1][:1].isupper())
                and is_plural_present_at(low, written[i + 1], "en")
            ):
                return True  # "residents in Blaenau speak| Welsh"; not "the farming game| Furrow"
            if (
                before not in DETERMINERS["en"]
                and before not in OPENING_PREPOSITIONS["en"]
                and after in _WH_WORDS
                and may_be_verb(low)
            ):
                return True  # "The island covers| how many ...": a present before the wh-phrase
    return False


def _owner_unnamed(question: str, language: str) -> bool:
    """Whether a possessive stands before the question's first verb: 'Its two helicopters
    were called out ...', 'La sua collezione comprende ...' (whose?)."""
    previous = ""
    for word in question.split():
        low = word.lower().strip(",")
        if low in POSSESSIVES[language] and previous not in OPENING_PREPOSITIONS[language]:
            return True  # "In its first stage the plant ...": the phrase is no subject
        previous = low
        if low in AUXILIARIES[language] or is_finite(low, language):
            return False
    return False


_ESSERE = frozenset(
    "è sono era erano fu furono sarà saranno sia siano stato stata stati state".split()
)


def _verb_within_two(words: list[str]) -> bool:
    """Whether one of the (up to two) Italian words is a finite verb or an auxiliary."""
    return holds_finite([w.lower().strip(",") for w in words], "it")


def _subject_after_verb(words: list[str]) -> bool:
    """Whether an Italian clause opened by 'si' or a form of 'essere' names its subject after
    the verb: 'si è svolta una regata', 'è stata approvata la legge' (after 'avere' a noun
    phrase is the object: 'Ha ricevuto la somma ...' names no subject)."""
    k = 0
    if words and words[0].lower() in _IT_CLITICS:
        k = 1
    elif not words or words[0].lower() not in _ESSERE:
        return False
    while k < len(words) and (
        words[k].lower() in _ESSERE or is_participle(words[k].lower().strip(","), "it")
    ):
        k += 1
    if k >= len(words):
        return False
    low = words[k].lower()
    # the subject, or a count's wh-phrase in its place: "ci sono| quante famiglie", "sono
    # stati versati| quanti chilogrammi" (not "era denominata| quale università": what it
    # was called)
    return low in _IT_SUBJECT_OPENERS or low.startswith("quant")


def _bare_opening(words: list[str]) -> bool:
    """Whether an Italian question opens with a participle or a noun with no article, whose
    subject is in the sentence before: 'Costituita nel 2001, amministra ...', 'Area protetta
    istituita nel 1993, si estende ...'."""
    low = words[0].lower().strip(",")
    if low in _IT_SUBJECT_OPENERS or low in _IT_PREPOSITIONS:
        return False
    if is_participle(low, "it") or low in NOUN_KIND:
        return True  # "Costituita nel 2001, ...", "Comune della città metropolitana ..."
    if len(words) < 2 or words[0].endswith(","):
        return False
    after = words[1].lower().strip(",")
    return (
        words[1][:1].islower()
        and after not in _IT_PREPOSITIONS
        and after not in _IT_CLITICS
        and after not in AUXILIARIES["it"]
        and not is_finite(after, "it")
    )


_IT_CLITICS = frozenset("si ci ne vi".split())


_OBJECT_CLITICS = frozenset("lo la le gli l’".split())


# A wh-word with its noun and a complement of it, which open a question as its subject: the
# figure opened the sentence ("Circa un terzo delle ore ...").
_IT_WH_SUBJECTS = frozenset("quale quali quanti quante".split())
_OF_WORDS = frozenset("di del della dello dei degli delle dell’".split())


def _subject_before_verb(question: str) -> bool:
    """Whether an Italian question names a subject before its first verb: a name, or a noun
    phrase whose article no preposition governs ('Il progetto occuperà ...', 'Come misura
    compensativa la società verserà ...', 'In che anno il terremoto distrusse ...'; not
    'Nella versione rivista vale ...', 'Ha ricevuto ...')."""
    previous = ""
    words = question.replace("’", "’ ").split()
    if len(words) > 2 and words[0].lower() in _IT_WH_SUBJECTS and words[2] in _OF_WORDS:
        return True  # "Quale parte delle ore ... si svolgerà ...?": the wh-phrase is the subject
    if words and _bare_opening(words):
        comma = next((k for k, w in enumerate(words) if w.endswith(",")), None)
        if comma is None or not is_participle(words[0].lower().strip(","), "it"):
            return False
        words = words[comma + 1 :]  # "Trasformato in scalo civile, | l’aeroporto ... è stato"
        if not words or not (words[0].lower() in _IT_SUBJECT_OPENERS or words[0][:1].isupper()):
            return False  # "Istituito nel 1991, | con quanti ettari è ...": no subject follows
    for i, word in enumerate(words):
        low = word.lower().strip(",")
        governed = previous in _IT_PREPOSITIONS
        after = words[i + 1].lower().strip(",") if i + 1 < len(words) else ""
        if low in _IT_SUBJECT_OPENERS:
            if low in _OBJECT_CLITICS and (is_finite(after, "it") or after in AUXILIARIES["it"]):
                return False  # "la adotta già ...": a pronoun, not an article
            if not governed:
                return True
            previous = "di"  # "Secondo l’| Ufficio ...": the article's noun is governed too
            continue
        elif is_finite(low, "it") or low in AUXILIARIES["it"] or low in _IT_CLITICS:
            return _subject_after_verb(words[i:])
        elif low[:1].isdigit() and not governed and _verb_within_two(words[i + 1 : i + 3]):
            return True  # a count as the subject: "7.900 risultano ...", "400 persone hanno"
        elif word[:1].isupper() and low not in _IT_PREPOSITIONS and not governed:
            if (
                i > 0
                or words[i + 1 : i + 2]
                and (
                    words[i + 1][:1].isupper()
                    or is_finite(after, "it")
                    or after in AUXILIARIES["it"]
                )
            ):
                return True  # a name; the sentence's first word only before a verb or a name
        if word[:1].isupper() and governed and not word.endswith(","):
            previous_name_governed = True
        else:
            previous_name_governed = False
        previous = "" if word.endswith(",") else low
        if previous_name_governed:
            previous = "di"  # "all’ARPA Lombardia": the words of a name a preposition governs
    return False
