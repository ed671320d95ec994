"""Dates of a noun phrase: an event named with its date ('the Sea Empress disaster of
February 1996'), a meeting called for a day, a participle after a noun ('la decisione
emessa il 9 febbraio'), an apposition that dates a name."""

from __future__ import annotations

import re

from ...chunks import (
    PREPOSITIONS,
    Token,
    index_at,
    main_verb,
    noun_phrase_before,
    starts_with_subject,
    tokens,
)
from ...document import Document, Sentence, is_known_word
from ...lexicon import (
    ARTICLES,
    ARTICULATED,
    IT_ARTICLE_ENDING,
    STOPWORDS,
)
from ...phrase import (
    english_question_clause,
    render,
)
from ...text import lower_first, squash
from ...verbs import (
    AUXILIARIES,
    is_finite,
    is_participle,
    is_verb_lemma,
    lemma,
    may_be_present,
    may_be_verb,
)
from ..common import drop_titles, resolve_possessive
from .grammar import (
    _AND,
    _BARE_PREPOSITIONS,
    _COPULAS,
    _EVENT_LEAD,
    _INDEFINITE,
    _KEPT_ADVERBS,
    _MODALS,
    _OF_WORDS,
    _PLAIN_PREPS,
    _POSSESSIVES,
    _PRONOUN_SUBJECTS,
    _RELATIVE_OPENERS,
    _RELATIVE_SUBJECTS,
    _RELATIVES,
    _STOPS,
    _SUBJECT_RELATIVES,
    _SUBORDINATE,
    _TO_THE,
    _UNTIL,
    _antecedent,
    _definite,
    _lower_initial,
    _participle,
    _participle_or_finite,
    _specific,
)
from .spans import _CHAIN_ADVERBS, _DIGIT, _VERB_CHAIN, DateSpan, find_dates


def _noun_question(s: Sentence, toks: list[Token], at: int, doc: Document) -> str | None:
    found = noun_phrase_before(toks, at, doc.language)
    if not found:
        return None
    start = found[0]
    lead = (
        toks[start].low
        if toks[start].low in _EVENT_LEAD
        else (toks[start - 1].low if start > 0 else "")
    )
    if lead not in _EVENT_LEAD:
        return None
    if lead in _TO_THE and toks[start].low == lead:
        before = toks[start - 1].low if start > 0 else ","
        if before not in _UNTIL:
            return None  # "riportato alla luce nel 1901": the verb's complement, no event
        verb = toks[start - 2] if start > 1 else None
        if verb is not None and verb.text.islower() and is_finite(verb.text, doc.language):
            return None  # "arrivò fino alle mura nel 1669": how far it went, the verb's date
    k = start if toks[start].low == lead else start - 1
    if (
        lead in _AGENT_LEAD
        and k > 0
        and toks[k - 1].text.islower()
        and toks[k - 1].low != "fa"  # "800 anni fa | dalla sua prima menzione": "ago"
        and (
            _participle(toks[k - 1].text, doc.language) or is_finite(toks[k - 1].text, doc.language)
        )
    ):
        return None  # "inaugurato dal sindaco Rossi il 3 maggio", "sparì dal fiume nel 1970"
    np = resolve_possessive(found[1], s, doc)
    if np and np.split()[0].lower() in {"a", "an", "un", "uno", "una", "un’"}:
        return None  # "When was a visit?": which one?
    last_word = np.split()[-1].lower() if np else ""
    if last_word in PREPOSITIONS[doc.language] or last_word in ARTICULATED:
        return None  # "la mezzanotte di | martedì 19 novembre": cut short
    if np is None or len(np.split()) < 2:
        return None
    if not _TO_COME.isdisjoint(np.lower().split()):
        return None  # "before the start of the next school year": one still to come, no event
    if _future_before(toks[:k], doc.language):
        return None  # "will close after the end of the season in October": not "When was"
    if not _PERIODS.isdisjoint(np.split()):
        return None  # "During the dry season of 2023": a time of every year or day, no event
    if not _SAME.isdisjoint(np.lower().split()):
        return None  # "than during the same fortnight in 2025": a time to compare with, no event
    if np[-1:].islower() and is_finite(np.rsplit(None, 1)[-1], doc.language):
        return None  # "after the railway arrived": a clause, asked of its verb
    if doc.language == "en" and _present_last(np):
        return None  # "before the executive board meets": a clause, no noun of an event
    if doc.language == "en" and _verb_inside(np.split()):
        return None  # "after the ferry resumed service": a clause with its object
    if doc.language == "it":
        plural = np.split()[0] in {"i", "gli", "le"}
        return render("it", "date_noun", verb="risalgono" if plural else "risale", np=np)
    return render("en", "date_noun_plural" if _plural_np(np) else "date_noun", np=np)


# Verbs that put a clause in the future or in a conditional: the event noun after them is
# still to come.
_FUTURE_WORDS = {
    "en": frozenset("will would shall could may might should".split()),
    "it": frozenset("potrebbe potrebbero dovrebbe dovrebbero".split()),
}
_IT_FUTURE_ENDINGS = ("rà", "ranno", "rebbe", "rebbero")


def _future_before(toks: list[Token], language: str) -> bool:
    """Whether the clause before an event noun's lead is in the future or a conditional ('The
    bridge will close | after the end of ...', 'Il ponte chiuderà | dopo la fine ...'); only
    the words after the last comma count ('che sostituirà l’ospedale, | adeguato dopo il
    terremoto del 2009': the earthquake is past)."""
    start = max((k + 1 for k, t in enumerate(toks) if t.text in ",;:()–—"), default=0)
    for t in toks[start:]:
        if t.low in _FUTURE_WORDS[language]:
            return True
        if language == "it" and t.text.islower() and t.low.endswith(_IT_FUTURE_ENDINGS):
            if is_finite(t.low, "it"):
                return True
    return False


def _plural_np(np: str) -> bool:
    """Whether an English noun phrase's head is a plural noun ('the county elections'); the
    head of 'the end of the repairs' is 'end', before its complement."""
    last = np.split(" of ", 1)[0].rsplit(None, 1)[-1]
    return (
        last.isalpha()
        and last.islower()
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is", "ics", "news"))
    )


def _present_last(np: str) -> bool:
    """Whether an English noun phrase ends in a singular noun and a verb in '-s' after it ('the
    board meets'); 'the peace talks' reads so too, and "When was" would not fit it either."""
    words = np.split()
    if len(words) < 2 or not may_be_present(words[-1], "en"):
        return False
    before = words[-2]
    if not (before.isalpha() and before.islower()) or before in STOPWORDS["en"]:
        return False
    return is_verb_lemma(lemma(words[-1], "en")) and not before.endswith("s")


def _verb_inside(words: list[str]) -> bool:
    """Whether English words read as a noun phrase hold a verb after a noun, with its object
    after it: 'the ferry resumed service', not 'the newly restored church' nor 'the council’s
    revised plan' (an adverb, a possessive, an article before the participle)."""
    for k in range(1, len(words) - 1):
        word, before = words[k], words[k - 1].lower()
        if not word.islower() or not is_finite(word, "en"):
            continue
        if (
            before in ARTICLES["en"]
            or before in _DETERMINERS
            or before.endswith(("ly", "’s", "'s", "s’"))
            or before[:1].isdigit()
        ):
            continue
        return True
    return False


# Words that make a noun a time another is compared with: "the same fortnight in 2025", "lo
# stesso periodo del 2024".
_SAME = frozenset("same stesso stessa stessi stesse medesimo medesima".split())
# Times that come back every year: "the dry season", "la stagione secca" name no event to
# date (in small letters: "the Summer Olympics" is one).
_PERIODS = frozenset(
    """season seasons summer winter spring autumn fall year month week weekend term semester
    stagione stagioni estate inverno primavera autunno anno mese settimana semestre
    trimestre""".split()
) | frozenset(  # times of a day: "dalla mezzanotte del 1° marzo" dates no event
    """midnight midday noon dawn morning afternoon evening night mezzanotte mezzogiorno alba
    mattina mattinata pomeriggio sera serata notte""".split()
)


# Words that place an event after the time of writing: the date of "the next school year"
# is one to come, which "When was ...?" would not ask.
_TO_COME = frozenset(
    """next coming following upcoming prossimo prossima prossimi prossime successivo
    successiva""".split()
)


# Events a date may follow with "of"/"del": "the Sea Empress disaster of February 1996", "il
# terremoto dell’Irpinia del 23 novembre 1980".
_EVENT_NOUNS = frozenset(
    """disaster earthquake flood floods fire blaze attack attacks bombing crash collapse eruption
    explosion spill shipwreck sinking storm hurricane massacre landslide tsunami uprising riots
    disastro terremoto sisma alluvione alluvioni incendio attentato attentati crollo eruzione
    esplosione naufragio strage frana uragano rivolta""".split()
)


_OF_DATE = frozenset("of del dell’ di".split())


def _event_of_question(s: Sentence, toks: list[Token], at: int, doc: Document) -> str | None:
    """A named event dated by 'of'/'del': 'a repeat of the Sea Empress disaster of February
    1996' -> 'When was the Sea Empress disaster?'; 'il terremoto dell’Irpinia del novembre
    1980' -> 'A quando risale il terremoto dell’Irpinia?'. The event needs its name: 'the
    flood of 1966' says nothing out of the article."""
    k = at - 1 if toks[at].low not in _OF_DATE else at  # "of" may open the span
    if k < 2 or toks[k].low not in _OF_DATE:
        return None
    if doc.language == "en":  # article, name, event: "the Sea Empress disaster"
        if toks[k - 1].low not in _EVENT_NOUNS:
            return None
        j = k - 2
        while j >= 0 and toks[j].text[:1].isupper() and toks[j].low not in ARTICLES["en"]:
            j -= 1
        if j < 0 or toks[j].low != "the" or j == k - 2:
            return None
    else:  # article, event, name: "il terremoto dell’Irpinia"
        j = k - 1
        while j >= 0 and toks[j].text[:1].isupper():
            j -= 1
        if j == k - 1 or j < 2 or toks[j].low not in _OF_WORDS:
            return None
        article = ARTICULATED.get(toks[j - 2].low, toks[j - 2].low)  # "della strage": "la"
        if toks[j - 1].low not in _EVENT_NOUNS or article not in ARTICLES["it"]:
            return None
        j -= 1
        np = f"{article} {s.text[toks[j].start : toks[k - 1].end]}".replace("’ ", "’")
        plural = article in {"i", "gli", "le"}
        return render("it", "date_noun", verb="risalgono" if plural else "risale", np=np)
    return render("en", "date_noun", np=s.text[toks[j].start : toks[k - 1].end])


_AGENT_LEAD = frozenset("da dal dalla dallo dall’ dai dalle dagli".split())


_SCHEDULE_PREPS = frozenset("per for".split())


# Participles that put an event on the calendar: "convocata per il 22 gennaio".
_SCHEDULED = frozenset(
    """convocato convocata convocati convocate previsto prevista previsti previste fissato
    fissata fissati fissate programmato programmata programmati programmate scheduled set
    planned slated""".split()
)


_EXPECTED = _SCHEDULED | frozenset(
    "expected anticipated atteso attesa attesi attese rinviato rinviata postponed delayed".split()
)


_TRAILING_AND = re.compile(r"\s+(?:e|ed|and|o|or)$", re.IGNORECASE)


_HAS_AND = re.compile(r"\s(?:e|ed|and)\s", re.IGNORECASE)


def _scheduled_question(before: str, doc: Document) -> str | None:
    """'l’assemblea degli azionisti convocata per il 22 gennaio' -> 'Per quando è convocata
    l’assemblea degli azionisti?'; 'The vote is scheduled for May 3' -> 'When is the vote
    scheduled for?'."""
    language = doc.language
    if "," in before:  # "Il primo intervento, una nefrectomia ..., è fissato per": the subject's
        before = _drop_parenthetical(before, language)
    toks = tokens(before)
    if len(toks) < 3:
        return None
    if toks[-2].low not in _SCHEDULED:
        return _active_scheduled_question(before, toks, doc)
    if toks[-3].low in _AVERE_FORMS or toks[-3].low in _HAVE_FORMS:
        return None  # "Il presidente ha convocato per martedì un’assemblea": active, no subject
    participle = toks[-2].low
    k = len(toks) - 3
    while k >= 0 and toks[k].low in AUXILIARIES[language] | _VERB_CHAIN:
        k -= 1
    if k < len(toks) - 3:  # "L’assemblea è convocata per": the subject opens the sentence
        if not starts_with_subject(toks, language) or k < 0:
            return None
        subject = lower_first(_lower_initial(drop_titles(before[: toks[k].end], doc), doc))
        if len(subject.split()) > 10 or any(t.text in {",", ";", ":"} for t in toks[: k + 1]):
            return None
    else:
        found = noun_phrase_before(toks, len(toks) - 2, language)
        if found is None:
            return None
        subject = found[1]
        if language == "en" and _verb_between(subject.split()):
            return None  # "the decision comes ahead of an assembly | planned for": a clause
    if len(subject.split()) >= 3:
        subject = _definite(subject)  # "a free public lecture on the find is planned for"
    if language == "it":
        return f"Per quando è {participle} {subject}?"
    return f"When is {subject} {participle} for?"


def _verb_between(words: list[str]) -> bool:
    """Whether English words hold a present in '-s' between a noun and a preposition: 'the
    decision | comes | ahead of ...' is a clause, no noun phrase."""
    return any(
        words[k].islower()
        and may_be_verb(words[k])
        and words[k - 1].lower() not in ARTICLES["en"]
        and words[k + 1].lower() in _AFTER_INTRANSITIVE
        for k in range(1, len(words) - 1)
    )


_AFTER_INTRANSITIVE = frozenset("ahead after before as to from with into onto at".split())
_LONGEST_SCHEDULED_OBJECT = 6  # tokens: "le parti", "the final vote on the plan"


def _active_scheduled_question(before: str, toks: list[Token], doc: Document) -> str | None:
    """An active verb of scheduling with its object before 'per'/'for': 'Il prefetto ha
    convocato le parti per' -> 'Per quando il prefetto ha convocato le parti?'; 'The chair
    has set the final vote for' -> 'When has the chair set the final vote for?'.
    The subject opens the sentence, the object is a few words with no verb or stop."""
    language = doc.language
    verb = next((k for k in range(1, len(toks) - 2) if toks[k].low in _SCHEDULED), None)
    if verb is None or verb < 2 or toks[verb - 1].low not in _AVERE_FORMS | _HAVE_FORMS:
        return None
    obj = toks[verb + 1 : -1]
    if not obj or len(obj) > _LONGEST_SCHEDULED_OBJECT or obj[0].low not in ARTICLES[language]:
        return None
    if any(t.text in _CLAUSE_STOPS or is_finite(t.text, language) for t in obj):
        return None
    subject = toks[: verb - 1]
    if not starts_with_subject(subject, language) or any(t.text in _CLAUSE_STOPS for t in subject):
        return None
    clause = _lower_initial(before[: toks[-2].end], doc)
    if language == "it":
        return f"Per quando {lower_first(clause)}?"
    inverted = english_question_clause(clause.split(), len(before[: toks[verb - 1].start].split()))
    return f"When {inverted} for?" if inverted else None


def _in_open_relative(toks: list[Token], verb: int, k: int) -> bool:
    """Whether the word at `k` is inside a subject relative opened after the verb and not closed
    by a comma before it: the verb a conjunction there joins is the relative's, whose subject is
    its antecedent ('was recorded by a female, which left ... and reached ...')."""
    for r in range(k - 1, verb, -1):
        if toks[r].text in _CLAUSE_STOPS:
            return False
        if toks[r].low in _RELATIVE_SUBJECTS and toks[r - 1].text == ",":
            return True
    return False


_BE_FORMS = {
    "en": frozenset("be been being is are was were".split()),
    "it": frozenset("essere stato stata stati state è sono era erano sarà saranno".split()),
}


def _shared_be(toks: list[Token], verb: int, k: int, language: str) -> int | None:
    """Where the form of 'be' ends the chain at `verb` that a participle after 'and' at `k`
    shares ('would be monitored weekly and published': 'would be | published'); None when the
    word after 'and' is no participle or the chain has no 'be'."""
    after = toks[k + 1]
    if not after.text.islower() or not is_participle(after.text, language):
        return None
    nxt = toks[k + 2].low if k + 2 < len(toks) else ""
    if nxt in ARTICLES[language] or nxt in _DETERMINERS or nxt in _POSSESSIVES:
        return None  # "was founded in 1912 and adopted its name": a past with its object
    be = None
    for j in range(verb, k):
        low = toks[j].low
        if low in _BE_FORMS[language]:
            be = j
        elif low not in AUXILIARIES[language] and low not in _CHAIN_ADVERBS:
            break
    return be


def _last_conjunct(before: str, language: str, named: int = 0) -> str | None:
    """'Nairobi was founded in 1899 ... and became the capital' -> 'Nairobi became the
    capital': of verbs joined by 'and', the date belongs to the last. None when another date
    still stands between the verb and this one (the question would mix two events)."""
    if not _DIGIT.search(before) and not _HAS_AND.search(before):
        return before  # neither a conjunction nor another date: nothing to do
    toks = tokens(before)
    verb = main_verb(toks, language)
    if named:  # the subject is the entry's name: its verb, known or not, comes right after
        verb = index_at(toks, named)
    if verb is None or verb >= len(toks):
        return before
    for k in range(len(toks) - 2, verb, -1):
        if _joins_a_verb(toks, k, language):
            if _in_open_relative(toks, verb, k):
                return None  # "..., which left on 19 August and reached ...": the relative's
            start = verb - 1 if verb > 0 and toks[verb - 1].low in {"si", "ci"} else verb
            be = _shared_be(toks, verb, k, language)
            if be is not None:  # "would be monitored and published": "would be published"
                before = f"{before[: toks[be].end]} {before[toks[k + 1].start :]}"
                break
            before = f"{before[: toks[start].start].rstrip()} {before[toks[k + 1].start :]}"
            break
    rest = before[toks[verb].start :] if verb < len(toks) else ""
    if not find_dates(rest, language):
        return before
    # "The tablet, which is thought to date from AD 105, was found": the other date is the
    # relative's, which the question leaves out.
    dropped = _drop_parenthetical(before, language)
    return before if dropped != before and not find_dates(dropped, language) else None


def _first_conjunct(after: str, language: str) -> str:
    """'da un esposto anonimo e si è sviluppata attraverso ...' -> 'da un esposto anonimo': a
    clause joined after the date has its own verb, and no part in the date's question."""
    if not _HAS_AND.search(after):
        return after
    toks = tokens(after)
    for k in range(len(toks) - 1):
        if _joins_a_verb(toks, k, language, clitics=True):
            return after[: toks[k].start].rstrip(" ,")
    return after


# Words that open the object of an English present in -s: "employs | about 300 people".
_PRESENT_OBJECT_OPENERS = frozenset(
    "a an the its their his her more about around over some".split()
)
# Adverbs of the present between "e"/"and" and the verb of a clause of its own.
_NOW = frozenset("oggi ora adesso attualmente tuttora now today currently".split())


def _joins_a_verb(toks: list[Token], k: int, language: str, clitics: bool = False) -> bool:
    """Whether token `k` is 'e'/'and' right before a verb of its own (or, with `clitics`,
    before 'si'/'ci', which open the verb: 'e si è sviluppata'); a modal opens one too ('is
    due to be delivered in May and should fly in June')."""
    if toks[k].low not in _AND or k + 1 >= len(toks):
        return False
    if (toks[k + 1].low in _NOW or toks[k + 1].low in _CHAIN_ADVERBS) and k + 2 < len(toks):
        k += 1  # "e oggi | conta 26.000 studenti", "and now | employs 300", "and finally |"
    k = _after_place_phrase(toks, k, language)  # "e in Italia | si raccoglie ..."
    nxt = toks[k + 1]
    if nxt.low in AUXILIARIES[language] or (clitics and nxt.low in {"si", "ci"}):
        return True
    if language == "en" and nxt.low in _MODALS:
        return True
    if (
        language == "en"
        and may_be_present(nxt.text, "en")
        and is_verb_lemma(lemma(nxt.low, "en"))
        and k + 2 < len(toks)
    ):
        # "and now employs | 300 people": a present in -s before its object
        obj = toks[k + 2]
        if obj.text[:1].isdigit() or obj.low in _PRESENT_OBJECT_OPENERS:
            return True
    if language == "en" and _plural_before(toks, k) and _adjective_before_noun(toks, k + 1):
        return False  # "by repeated coups and | armed conflict": a noun's adjective
    return nxt.text[:1].islower() and is_finite(nxt.text, language)


def _plural_before(toks: list[Token], k: int) -> bool:
    """Whether a plural common noun stands before the 'and' at toks[k]: 'coups and ...', where
    a second noun phrase may follow ('... and armed conflict')."""
    before = toks[k - 1] if k > 0 else None
    return before is not None and before.text.islower() and before.low.endswith("s")


def _adjective_before_noun(toks: list[Token], k: int) -> bool:
    """Whether the English '-ed' word at toks[k] qualifies the plain noun that ends the phrase
    after it ('and armed conflict, ...'), no verb with its object."""
    if not toks[k].low.endswith("ed") or k + 1 >= len(toks):
        return False
    after = toks[k + 1]
    noun = (
        after.text.isalpha()
        and after.text.islower()
        and after.low not in STOPWORDS["en"]
        and not is_finite(after.text, "en")
    )
    # the noun ends the phrase: "armed conflict, most recently ...", not "closed schools in"
    ends = k + 2 >= len(toks) or toks[k + 2].text in {",", ".", ";"}
    return noun and ends


# The prepositions of a short phrase of place or time that may open a clause of its own after
# "e"/"and": "e in Italia | si raccoglie", "and in Italy | it is gathered".
_CLAUSE_PHRASE_PREPS = frozenset("in a nel nella negli nei all’ al alla at".split())
_LONGEST_CLAUSE_PHRASE = 3  # tokens after the preposition: "in Alto Molise"
_EN_SUBJECT_PRONOUNS = frozenset("it they he she we".split())


def _after_place_phrase(toks: list[Token], k: int, language: str) -> int:
    """The index to read the verb after, past a short phrase of place that opens the clause
    after 'e'/'and' at `k` ('e in Italia | si raccoglie', 'and in Italy it | is gathered'):
    the phrase's last token when a clitic, an auxiliary or (in English) a subject pronoun and
    its verb follow it; an English subject pronoun right after 'and' with its verb ('and | it
    is gathered'); `k` itself otherwise."""
    if k + 2 >= len(toks):
        return k
    if language == "en" and _pronoun_and_verb(toks, k + 1):
        return k + 1  # "and | it is gathered"
    if toks[k + 1].low not in _CLAUSE_PHRASE_PREPS:
        return k
    for end in range(k + 2, min(k + 2 + _LONGEST_CLAUSE_PHRASE, len(toks) - 1)):
        if not toks[end].text[:1].isalpha():
            return k
        nxt = toks[end + 1]
        if language == "it" and (nxt.low in {"si", "ci"} or nxt.low in AUXILIARIES["it"]):
            return end
        if language == "en" and _pronoun_and_verb(toks, end + 1):
            return end + 1
    return k


def _pronoun_and_verb(toks: list[Token], k: int) -> bool:
    """Whether an English subject pronoun at `k` has its verb right after it ('it is')."""
    return (
        toks[k].low in _EN_SUBJECT_PRONOUNS
        and k + 1 < len(toks)
        and (toks[k + 1].low in AUXILIARIES["en"] or is_finite(toks[k + 1].text, "en"))
    )


_OF_ARTICLES = frozenset("del dello della dei degli delle dell’".split())


_AGENT_TAIL = {
    "it": re.compile(
        r"\s(?:(?:da|dal|dalla|dallo|dall’|dai|dalle|dagli)\s+(?:[A-ZÀ-Ý][\w’-]*\s*){1,5}"
        r"|(?:dal|dalla|dallo|dai|dalle|dagli)\s+(?:[a-zà-ù][\w’-]*\s*){1,3}|dall’[a-zà-ù]"
        r"[\w’-]*\s*(?:[a-zà-ù][\w’-]*\s*){0,2})$"
    ),  # "approvate dalla giunta comunale": a common noun after the article too
    "en": re.compile(
        r"\sby\s+(?:(?:the\s+)?(?:[A-Z][\w’-]*\s*){1,5}|the\s+(?:[a-z][\w’-]*\s*){1,3})$"
    ),  # "approved by the city council": a common noun after "the" too
}


# The rest of a sentence that holds no verb: its end, maybe after a prepositional phrase.
# A subordinate clause set off after a date: ", when a band of warm air pushed ...".
_SUBORDINATE_TAIL = re.compile(r",\s(?:when|while|as|after|before|because|until)\s")
_ENDS_WITHOUT_VERB = re.compile(
    r"\s*(?P<pp>(?:in|at|on|off|near|from|to|for|with|after|during|against|between|before"
    r"|within|under|over|through|across|along|around|amid|despite)\s[^,;:()]*?)?"
    r"\s*[.!?]?\s*$"
)


# Who said it, after the clause: ", the union said.", ", organisers told the BBC." The report is
# no verb of the clause's.
_REPORT_TAIL = re.compile(
    r",\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+(?:said|says|confirmed|announced)\s*\.?\s*$"
)
# Prepositions inside a plain noun phrase: "the strike by ferry crews", "the bridge at Ely",
# "the Cod Wars with Iceland".
_NP_PREPOSITIONS = frozenset("of by at for from with in on between against over".split())
_INFINITIVE_AFTER = re.compile(  # with a short "whether" clause: "to decide whether ..."
    r"\s*(?P<pp>to [a-z]+(?: [a-z]+){0,3}?(?: whether [^,;:.()]{3,80}?)?)(?:\s*[.,;:]"
    r"|\s+(?:whether|if|that|how|what|why|when)\b)"
)


def _english_past(before: str, after: str, language: str) -> str | None:
    """'The Harlow council appealed' + 'in 2020.': with no verb after the date, the -ed word
    after the subject is the sentence's verb, a past ('When did the Harlow council appeal?'),
    not a participle ('was ... appealed')."""
    if language != "en":
        return None
    m = _ENDS_WITHOUT_VERB.match(_REPORT_TAIL.sub("", after))  # ", the union said."
    if m is None and _SUBORDINATE_TAIL.match(after):
        # "arrived on 7 December, when a band of warm air ...": a clause of its own after it
        m = _ENDS_WITHOUT_VERB.match("")
    if m is None and after.lstrip().startswith(","):
        # "failed at 2.40am, some nine miles west of the cape.": a phrase after a comma with
        # no verb of its own tells no other event
        tail = tokens(after.lstrip()[1:])
        if not any(t.low in AUXILIARIES["en"] or is_finite(t.text, "en") for t in tail):
            m = _ENDS_WITHOUT_VERB.match("")
    if m is None:
        # "agreed on Tuesday to hear the case": the infinitive is the verb's, up to a clause
        m = _INFINITIVE_AFTER.match(after)
    toks = tokens(before)
    if m is None or len(toks) < 2:
        return None
    # "closed in 2019 for repairs | and reopened last week": the second verb is no part of it
    pp = _first_conjunct(m.group("pp") or "", language)
    if toks[0].low not in ARTICLES["en"]:
        named = _name_past(before, toks, pp)
        if named is not None or not _bare_noun_subject(toks):
            return named
    if any(
        t.text in _STOPS or t.low in STOPWORDS["en"] - ARTICLES["en"] - _NP_PREPOSITIONS
        for t in toks[1:-1]
    ):
        return None  # only a plain noun phrase before the verb ("the strike by ferry crews")
    if any(t.text.islower() and is_finite(t.text, "en") for t in toks[1:-1]):
        return None  # "the research measured cores taken from ... planted": a clause before it
    subject = before[: toks[-1].start].strip()
    subject = subject[:1].lower() + subject[1:]  # "The museum", "Work on the bridge"
    base = lemma(toks[-1].low, "en")
    if base == toks[-1].low:
        return None
    return squash(f"When did {subject} {base} {pp}") + "?"


_SHORTEST_NAME = 2  # words: one capitalised word may be a common noun opening the sentence


# Prepositions that join a complement to a bare noun opening a subject: "Work on | the bridge",
# "Repairs to | the roof", "Construction of | the school".
_BARE_NOUN_COMPLEMENT = frozenset("of on to for at".split())


def _bare_noun_subject(toks: list[Token]) -> bool:
    """Whether `toks` (a subject and its -ed word) open with a noun of the lexicon and no
    article, which a complement in a preposition follows: 'Work on the bridge | started',
    'Repairs to the roof | began' (not 'Tesco | opened': a name of one word)."""
    return (
        len(toks) >= 4
        and toks[0].text.isalpha()
        and toks[0].text[1:].islower()
        and is_known_word(toks[0].low, "en")
        and toks[1].low in _BARE_NOUN_COMPLEMENT
    )


def _name_past(before: str, toks: list[Token], pp: str) -> str | None:
    """'Hull Maritime Museum reopened' + 'on 3 May.': the -ed word after a name of two or more
    words that opens the sentence is its past ('When did Hull Maritime Museum reopen?'); a
    name takes no participle after it as a noun does ('the museum reopened in 1990' may be
    'the museum that reopened')."""
    name = toks[:-1]
    if len(name) < _SHORTEST_NAME or not name[0].text.isalpha():
        return None
    if any(not (t.text[:1].isupper() and t.text.isalpha()) and t.low != "of" for t in name):
        return None
    if name[-1].low == "of" or not toks[-1].text.islower():
        return None
    base = lemma(toks[-1].low, "en")
    if base == toks[-1].low:
        return None
    subject = before[: toks[-1].start].strip()
    return squash(f"When did {subject} {base} {pp}") + "?"


# Prepositions that end a noun phrase before a participle: the noun after them has no article
# of its own ("under plans approved").
_NOT_IN_NOUN = {
    "it": frozenset("con sotto secondo per tra fra".split()),
    "en": frozenset("under with for from after before since until".split()),
}


def _present_inside(toks: list[Token], k: int) -> bool:
    """Whether the English word at `k`, inside what would be a noun phrase before a
    participle, is a verb in the present in '-s' with its object after it ('The reduction
    follows| scientific advice published ...'): a form of a verb after a noun, with more
    words of the phrase after it (a plural head right before the participle, 'the price
    rises announced', stays a noun)."""
    t = toks[k]
    if k < 1 or k + 2 >= len(toks) or not t.text.islower() or not may_be_present(t.low, "en"):
        return False
    if not toks[k - 1].text.isalpha() or toks[k - 1].low in ARTICLES["en"]:
        return False
    return is_verb_lemma(lemma(t.low, "en"))


_LONGEST_NAMED_HEAD = 8  # tokens from a name's head to its participle


def _named_head(toks: list[Token], inner: int, participle: int) -> int | None:
    """The article (bare or joined to a preposition) of an Italian name that the noun after
    'del'/'della' at `inner` is part of: 'nel | Parco naturale regionale del fiume Sile |
    istituito'; the name opens with a capital and the participle agrees with its article.
    None when no such name is there."""
    k = inner - 1
    while k >= 0 and participle - k <= _LONGEST_NAMED_HEAD:
        t = toks[k]
        article = ARTICULATED.get(t.low, t.low)
        if article in ARTICLES["it"]:
            head = toks[k + 1].text if k + 1 < inner else ""
            ending = IT_ARTICLE_ENDING.get(article)
            if head[:1].isupper() and ending is not None:
                return k if toks[participle].low.endswith(ending) else None
            if t.low not in _OF_ARTICLES:
                return None
        if not t.text.isalpha() or (t.text.islower() and is_finite(t.text, "it")):
            return None
        k -= 1
    return None


def _noun_participle_question(before: str, span: DateSpan, doc: Document) -> str | None:
    """'la decisione di primo grado emessa' + 'il 9 febbraio 2024' -> 'Quando fu emessa la
    decisione di primo grado?'; 'the Colorado River Compact signed' + 'in 1922' -> 'In what
    year was the Colorado River Compact signed?'."""
    language = doc.language
    toks = tokens(before.rstrip())
    if len(toks) < 3:
        return None
    participle = toks[-1]
    k = len(toks) - 2
    while k >= 0 and len(toks) - 1 - k <= 8:
        t = toks[k]
        article = ARTICULATED.get(t.low, t.low) if language == "it" else t.low
        if article in ARTICLES[language]:
            break
        if t.text in _STOPS or t.text == "," or (t.text.islower() and is_finite(t.text, language)):
            return None
        if t.low in _NOT_IN_NOUN[language]:
            return None  # "the end of September under plans approved": the plans', no article
        if language == "en" and _present_inside(toks, k):
            return None  # "the reduction follows scientific advice published": a clause
        k -= 1
    else:
        return None
    if k < 0 or article in _INDEFINITE:
        return None  # "a school ... established in 1834": which one?
    if language == "it" and toks[k].low in _OF_ARTICLES:
        outer = _named_head(toks, k, len(toks) - 1)
        if outer is not None:  # "nel Parco regionale del fiume Sile, istituito": the park's
            k = outer
            article = ARTICULATED.get(toks[k].low, toks[k].low)
    if toks[k].low in _OF_ARTICLES or (k > 0 and toks[k - 1].low in {"of", "di"}):
        return None  # "an agency of the United Nations founded": the participle is the agency's
    if language == "en" and k > 0 and toks[k - 1].low in _SUBORDINATE | _SUBORDINATE_MORE:
        return None  # "after the railway arrived": a clause's verb, not a participle
    words = [article, *(t.text for t in toks[k + 1 : -1])]
    if (
        language == "it"
        and IT_ARTICLE_ENDING.get(article, participle.low[-1]) != participle.low[-1]
    ):
        return None  # "il ponte ... costruita": the participle agrees with another noun
    np = " ".join(words).replace("’ ", "’")
    if any(w.lower() in _POSSESSIVES for w in words):
        return None
    if not any(w[:1].isupper() for w in words[1:]) and len(words) < 4:
        return None  # "la decisione emessa": which one, out of the article?
    if language == "en":  # the participle is passive here, never a past tense
        key = "year_participle" if span.is_year else "date_clause"
        return render(
            "en", key, vp=participle.text, subject=np, clause=f"was {np} {participle.text}"
        )
    return _participle_or_finite([participle.text], len(toks) - 1, toks, np, span, language)


_SINCE_PREPS = frozenset({"since", "from", "dal", "dall’", "a partire dal"})


_NOT_SINCE = re.compile(
    r"\b(?:the|its|their|il|la|i|le)\s+"
    r"(?:(?!(?:has|have|had|is|are|was|were|ha|hanno|è|sono)\s|\w+ed\s)\w+\s+){0,2}?"
    r"(?:most|least|più|meno|best|worst|first|only|[a-z]{3,}est)\b"
    r"|\bper la prima volta\b"  # "riaprirà per la prima volta dal 2015": the last time
)  # not past a verb: "the unit has offered only ... since 2020" is no "the only ... since"


# "Since when will ...?" asks of a time to come what only a past can say; "From when will
# ...?", "Da quando sarà ...?" are fine.
_NOT_SINCE_MODAL = re.compile(r"\b(?:will|would|shall|can|could|may|might|must)\b")


def _apposition_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document, opens: bool
) -> str | None:
    """A date in a participle phrase about the sentence's subject: 'Il gruppo Ceresa, storico
    pastificio di Gragnano fondato nel 1912, ha annunciato ...' -> 'In che anno fu fondato il
    gruppo Ceresa?'; 'Founded in 1994 in Eindhoven, Halvora is listed ...' -> 'In what year was
    Halvora founded?'."""
    language = doc.language
    if span.prep not in _PLAIN_PREPS:
        return None  # "known until 1923 as ...": no founding date
    opening = _opening_participle(toks, at, language) if opens else None
    verb = at - 1  # the participle; "founded there in 1822": the place is the sentence's
    if verb > 1 and toks[verb].low in _PLACE_ADVERBS and opening is None:
        verb -= 1
    complement = ""
    if opening is None and (
        verb < 1 or not is_participle(toks[verb].text, language) or not toks[verb].text.islower()
    ):
        # "La legge Rossi, entrata in vigore nel 2025, ...": a few words of its complement
        found = _participle_before(toks, at, language)
        if found is None or found < 1:
            return None
        verb = found
        complement = " ".join(t.text for t in toks[verb + 1 : at]).replace("’ ", "’")
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    if not commas:
        return None
    if opening is not None:  # the participle opens the sentence; the subject follows the comma
        close = _opening_end(toks, at, language)
        if close is None:
            return None
        rest = toks[close + 1 :]
        subject = _subject_after(rest, s.text, language)
        if rest and rest[0].low in _WHEN_CLAUSE:
            subject = None  # "..., when X was abolished": X is the clause's, not the phrase's
        if subject is None and (
            _entry_is_subject(rest, s, language) or (rest and rest[0].low in _WHEN_CLAUSE)
        ):
            subject = lower_first(s.entry.phrase) if s.entry else None
        elif subject is not None:  # inside the sentence: its case is its own
            subject = drop_titles(subject, doc)
        if subject is None or len(subject.split()) > 8:
            return None
        return _opening_question(toks, opening, at, subject, span, language)
    open_, close = commas[0], next((k for k in commas if k > at), None)
    if close is None or not 0 < open_ < verb:
        return None
    if main_verb(toks, language, stop=open_) is not None or not starts_with_subject(toks, language):
        return None
    if toks[0].low in ARTICULATED or toks[0].low in PREPOSITIONS[language]:
        return None  # "Nell’ultimo bollettino, pubblicato martedì, ...": a complement, no subject
    if any(_verb_before_article(toks, k, language) for k in range(1, open_)):
        return None  # "The town hosts the University of Padua, founded ...": no plain subject
    between = toks[open_ + 1 : verb]
    if any(t.low in _RELATIVES | _SUBJECT_RELATIVES | {"che"} for t in between):
        return None
    if any(t.low in AUXILIARIES[language] or is_finite(t.text, language) for t in between):
        return None
    # "The Camanachd Cup, first contested in 1896, ...": the adverb stays ("first contested"
    # is not "contested")
    adverb = between[0].low if language == "en" and len(between) == 1 else ""
    if adverb and adverb not in _KEPT_ADVERBS:
        return None
    subject = s.text[: toks[open_].start].strip()
    participle = toks[verb].text
    if len(subject.split()) > 8:
        return None
    if any(w.lower() in _POSSESSIVES for w in subject.split()):
        # "Its Humber Bridge, opened in 1981, ...": whose, said with the entry's name; a
        # preposition says the words are a clause ("Its origins lie in the Institute, founded")
        if any(t.low in PREPOSITIONS[language] for t in toks[:open_]):
            return None
        owned = _owned_by_entry(subject, s, doc)
        if owned is None:
            return None
        subject = owned
    if complement and not _specific(lower_first(subject), doc):
        return None  # "Il museo, riportato alla luce nel 1907": which museum, out of context?
    subject = lower_first(_lower_initial(drop_titles(subject, doc), doc))
    return _participle_or_finite(
        [participle], verb, toks, subject, span, language, complement, adverb
    )


_PLACE_ADVERBS = frozenset("there here lì qui là".split())
# A clause of time after an entry's opening phrase, with no clause of the entry's own: "A
# unitary authority created on 1 April 2021, when the county council was abolished."
_WHEN_CLAUSE = frozenset({"when", "quando"})


def _verb_before_article(toks: list[Token], k: int, language: str) -> bool:
    """Whether token `k` is an article after a lowercase word that is no preposition nor
    conjunction: a verb the lexicon may not know ('hosts the', 'runs a')."""
    before = toks[k - 1]
    return (
        toks[k].low in ARTICLES[language]
        and before.text.isalpha()
        and before.text.islower()
        and before.low not in PREPOSITIONS[language]
        and before.low not in ARTICULATED
        and before.low not in _AND
        and before.low not in _OF_WORDS
        and before.low not in _BARE_PREPOSITIONS
    )


def _object_apposition_question(
    s: Sentence, toks: list[Token], at: int, span: DateSpan, doc: Document
) -> str | None:
    """A participle phrase between commas after a named object: 'Pavia ospita l’Università
    degli Studi di Pavia, fondata nel 1361, e ...' -> 'In che anno fu fondata l’Università
    degli Studi di Pavia?'. The participle agrees with the noun (Italian) and nothing but the
    date follows it before the next comma."""
    language = doc.language
    verb = _participle_before(toks, at, language)
    if verb is None or span.prep not in _PLAIN_PREPS:
        return None
    comma = verb - 1
    if comma < 2:
        return None
    if any(t.text == "," for t in toks[:comma]) and main_verb(toks, language, stop=comma) is None:
        # "Its flagship, the Scillonian III, entered service": an apposition of the subject
        # between the commas, and the sentence's verb after them
        return None
    described = False
    if toks[comma].text != ",":
        found = _described_by_noun(toks, verb, language)
        if found is None:
            return None
        comma, described = found, True  # "the Guildhall, an Art Deco building opened in 1934"
    participle = toks[verb].text
    complement = " ".join(t.text for t in toks[verb + 1 : at]).replace("’ ", "’")
    following = index_at(toks, span.end)
    if following < len(toks) and _phrase_goes_on(toks, following, language, described):
        return None  # "founded in 1308 by ...": the phrase goes on
    antecedent = _antecedent(s.text, toks, comma, language)
    if antecedent is None and not described:
        named = _name_after_office(toks, comma, participle, language)
        if named is not None:  # "il sindaco, Rocco Pellegrino, eletto nel 2024"
            subject = s.text[toks[named].start : toks[comma].start]
            return _participle_or_finite(
                [participle], verb, toks, subject, span, language, complement
            )
    if antecedent is None or not antecedent.article:
        return None
    np = antecedent.phrase
    if antecedent.inner:
        # "una sede del Comune, aperta ...": whose participle? In Italian, the one noun it
        # agrees with ("il sedime della vecchia ferrovia, chiusa nel 1966": the railway's)
        agreeing = (
            _agreeing_phrase(s.text, toks, comma, np, participle) if language == "it" else None
        )
        if agreeing is None:
            return None
        np = agreeing
    elif language == "it" and not _agrees(
        participle,
        _INDEFINITE_AS_DEFINITE.get(toks[comma + 1].low, "") if described else antecedent.article,
    ):
        return None  # described: "la Fondazione X, un ente creato": the describing noun's
    if antecedent.article in _INDEFINITE or not _specific(lower_first(np), doc):
        return None  # "a school, founded in 1834": which one?
    if described and language == "en" and _plural_name(np):
        return None  # "the Assembly Rooms, a hall built": "was" or "were"?
    subject = lower_first(_lower_initial(drop_titles(np, doc), doc))
    return _participle_or_finite([participle], verb, toks, subject, span, language, complement)


# The Italian indefinite articles as the definite ones of the same gender, for agreement.
_INDEFINITE_AS_DEFINITE = {"un": "il", "uno": "lo", "una": "la", "un’": "la"}
_LONGEST_SET_OFF_NAME = 4  # words of a name set off after an office: "| Rocco Pellegrino |"


def _name_after_office(toks: list[Token], comma: int, participle: str, language: str) -> int | None:
    """Where a name starts that stands between commas after a definite common noun (an office,
    a kind), the comma at `comma` closing it: 'il sindaco, Rocco Pellegrino, eletto nel 2024'
    -> 'Rocco'; the participle after it is the name's. In Italian it agrees with the noun's
    article. None for any other shape."""
    k = comma - 1
    while (
        k > 0
        and toks[k].text[:1].isupper()
        and toks[k].text.isalpha()
        and comma - k <= _LONGEST_SET_OFF_NAME
    ):
        k -= 1
    first = k + 1
    if comma - first < 2 or toks[k].text != "," or k < 2:
        return None
    office, article = toks[k - 1], toks[k - 2]
    if (
        not office.text.isalpha()
        or not office.text.islower()
        or article.low not in ARTICLES[language]
    ):
        return None
    if article.low in _INDEFINITE:
        return None
    if language == "it" and not _agrees(participle, ARTICULATED.get(article.low, article.low)):
        return None
    return first


_LONGEST_DESCRIPTION = 4  # words of a describing noun phrase: "an | Art Deco building |"


# Nouns of a body of people, whose members an "of" phrase lists: "a group of scientists and
# officials set up in 1973" is the group's setting up, not the scientists'.
_BODY_NOUNS = frozenset(
    """group team panel body network coalition consortium alliance association federation
    committee gruppo squadra rete consorzio associazione federazione comitato coalizione
    alleanza""".split()
)
_LONGEST_MEMBERS = 12  # tokens of the "of" phrase: "of scientists, industry officials and ..."


def _described_by_body(toks: list[Token], verb: int, language: str) -> int | None:
    """The comma before an indefinite noun of a body and its members ('the Advisory Committee,
    a group of scientists, officials and staff set up in 1973' -> the comma after
    'Committee'): the participle at `verb` is said of the body, so of the name before it."""
    for k in range(verb - 2, max(2, verb - 1 - _LONGEST_MEMBERS), -1):
        t = toks[k]
        if t.low in _OF_WORDS:
            if toks[k - 1].low not in _BODY_NOUNS or toks[k - 2].low not in _INDEFINITE:
                return None
            comma = k - 3
            return comma if comma >= 2 and toks[comma].text == "," else None
        if t.text == ",":
            continue  # "of scientists, officials and staff": a list of the members
        if t.text in _STOPS or not t.text[:1].isalpha():
            return None
        if t.text.islower() and (is_finite(t.text, language) or is_participle(t.text, language)):
            return None
    return None


def _described_by_noun(toks: list[Token], verb: int, language: str) -> int | None:
    """The comma before an indefinite noun phrase that a participle at `verb` follows, set off
    after a name: 'the Guildhall, an Art Deco building opened in 1934' -> the comma after
    'Guildhall'; the participle is said of the name the noun describes. None when no such
    phrase stands before the participle (a verb, a stop, a preposition among its words); a body
    and its members (_described_by_body) are one such phrase."""
    for k in range(verb - 1, max(0, verb - 3 - _LONGEST_DESCRIPTION), -1):
        t = toks[k]
        if t.low in _INDEFINITE:
            comma = k - 1
            if k == verb - 1 or comma < 2 or toks[comma].text != ",":
                return None
            return comma
        if t.low in _OF_WORDS and k > 1 and toks[k - 1].low in _BODY_NOUNS:
            return _described_by_body(toks, verb, language)
        if t.text == "," or t.low in _AND:
            return _described_by_body(toks, verb, language)
        if (
            t.text in _STOPS
            or not t.text[:1].isalpha()
            or t.low in PREPOSITIONS[language]
            or t.low in ARTICULATED
            or t.low in _AND
            or t.low in AUXILIARIES[language]
            or (t.text.islower() and (is_finite(t.text, language) or _is_adverb(t.low)))
        ):
            return None
    return None


def _plural_name(np: str) -> bool:
    """Whether an English name ends on a word that reads as a plural ('the Assembly Rooms'),
    whose verb the singular describing noun after it does not settle."""
    last = np.split()[-1] if np.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


# The article a bare Italian noun would take, by its ending.
_BARE_GENDER = {"o": "il", "a": "la", "i": "i", "e": "le"}


def _agreeing_phrase(
    text: str, toks: list[Token], comma: int, np: str, participle: str
) -> str | None:
    """Of an Italian noun phrase with 'di' phrases before the comma at `comma` ('il sedime della
    vecchia ferrovia della Valle Brembana'), the one phrase whose noun a participle set off
    after it agrees with ('chiusa': 'la vecchia ferrovia della Valle Brembana'), from its
    article to the comma; None when none or more than one agrees. A name after 'di' ('della
    Valle Brembana') is what a noun is of, no noun of its own."""
    end = toks[comma].start
    start = next(
        (k for k in range(comma - 1, -1, -1) if text[toks[k].start : end].strip() == np), None
    )
    if start is None or start > 0 and toks[start - 1].low in _COPULAS:
        return None  # "è la squadra di Verona, fondata": the predicate's own rule asks it
    found = []
    nouns = 0  # the common nouns that may own the participle
    for k in range(start, comma - 1):
        t = toks[k]
        article = t.low if k == start else ARTICULATED.get(t.low, "")
        if t.low == "di" and toks[k + 1].text.islower():
            # "l’anfiteatro di piazza ...": a bare noun, its gender by its ending, may be the
            # participle's too
            noun = toks[k + 1].low
            if _agrees(participle, _BARE_GENDER.get(noun[-1:], "")):
                return None
            continue
        if k > start and t.low not in _OF_ARTICLES:
            continue
        if not article or toks[k + 1].text[:1].isupper():
            continue
        nouns += 1
        if _agrees(participle, article):
            rest = text[toks[k + 1].start : end].strip()
            found.append(f"{article}{rest}" if article.endswith("’") else f"{article} {rest}")
    if not nouns and toks[start + 1].text[:1].isupper() and _agrees(participle, toks[start].low):
        return np  # "il Corpo forestale dello Stato, fondato": a name, all of it the noun
    return found[0] if len(found) == 1 else None


# Adverbs between "and" and a second participle: "chiusa nel 1966 e poi trasformata".
_THEN = frozenset("poi quindi mai successivamente then later subsequently never since".split())


_IN_PLACE = {"it": frozenset("nel nella nell’ in a ad".split()), "en": frozenset({"in", "at"})}


# Prepositions of a place after a participle's date: "opened in 1934 near the seafront".
_NEAR = {
    "en": frozenset("near beside opposite outside behind along overlooking".split()),
    "it": frozenset("vicino accanto davanti dietro lungo presso".split()),
}


def _phrase_goes_on(toks: list[Token], k: int, language: str, described: bool = False) -> bool:
    """Whether a participle phrase goes on at token `k`, after its date, with more than a stop,
    a place ('creata nel 1774 nel Regno di Sardegna', 'built in 1998 in Belfast') or a second
    participle of the same noun ('chiusa nel 1966 e poi trasformata', 'opened in 1981 and
    closed in 2001'): those leave the date the participle's. An agent, a purpose, a clause
    may make it another event's ('founded in 1308 by ...')."""
    t = toks[k]
    if t.text in {",", ".", ";"}:
        return False
    nxt = k + 1
    if nxt >= len(toks):
        return True
    if t.low in _AND:
        nxt += toks[nxt].low in _THEN and nxt + 1 < len(toks)
        return not (toks[nxt].text.islower() and is_participle(toks[nxt].text, language))
    if t.low in _IN_PLACE[language]:
        nxt += toks[nxt].low in ARTICLES[language] and nxt + 1 < len(toks)
        return not toks[nxt].text[:1].isupper()
    # A described name's participle may be placed by a common noun: "built in 1862 near the
    # river" (not "by the council": whose deed is it?), or told its purpose: "a nonprofit
    # created in 2016 | to take over the licences" (the noun was made for it)
    return not (described and (t.low in _NEAR[language] or _purpose_at(toks, k, language)))


def _purpose_at(toks: list[Token], k: int, language: str) -> bool:
    """Whether a purpose opens at token `k`: 'to' and a verb ('to take over'), 'per' and an
    infinitive ('per gestire')."""
    if k + 1 >= len(toks) or toks[k].low != {"en": "to", "it": "per"}[language]:
        return False
    verb = toks[k + 1].low
    if language == "it":
        return verb.endswith(("are", "ere", "ire")) and len(verb) > 4
    return is_verb_lemma(verb) and verb not in ARTICLES["en"]


_LONGEST_PARTICIPLE_COMPLEMENT = 3  # "entrata | in vigore |", "opened | to traffic |"


_FIRST_TIME = frozenset({"per la prima volta", "for the first time"})


def _participle_before(toks: list[Token], at: int, language: str) -> int | None:
    """The participle just before the date at token `at`, with at most a few words of its
    complement between ('fondata | nel 1947', 'entrata in vigore | nel 2025'): no verb, no
    stop, no name among them. 'Per la prima volta', 'for the first time' count as one word:
    'identificato per la prima volta | nel 1989'."""
    longest = _LONGEST_PARTICIPLE_COMPLEMENT
    if at > 4 and " ".join(t.low for t in toks[at - 4 : at]) in _FIRST_TIME:
        longest += 3
    for k in range(at - 1, max(0, at - 2 - longest), -1):
        t = toks[k]
        if t.text in _STOPS or not t.text.islower():
            return None
        if is_participle(t.text, language):
            return k
        if t.low in AUXILIARIES[language] or t.low in _AND or is_finite(t.text, language):
            return None
        if _is_adverb(t.low):
            return None  # "approvata solo nel 2025": the adverb is the date's, no complement
    return None


# Adverbs that qualify a date rather than complete a verb: "reopened only in 2020".
_DATE_ADVERBS = frozenset(
    "only just again late solo soltanto poi ancora già mai improvvisamente".split()
)


# Words in -ly that are nouns: "opened to the family".
_LY_NOUNS = frozenset("family assembly supply rally ally reply monopoly anomaly".split())


def _is_adverb(word: str) -> bool:
    """Whether a lowercase word is an adverb ('only', 'recently', 'solo', 'finalmente')."""
    if word in _DATE_ADVERBS:
        return True
    if word.endswith("ly"):
        return len(word) > 4 and word not in _LY_NOUNS
    return word.endswith("mente") and len(word) > 7


# Adverbs that may stand with an opening participle: "First run in 1974", "Fondato
# originariamente nel 1912". An English one stays in the question ("first run" is not "run").
_OPENING_ADVERBS = frozenset(
    "first originally initially già inizialmente originariamente ufficialmente".split()
)


_LONGEST_OPENING_NOUN = 4  # words of a noun phrase before an opening participle


def _opening_lead(toks: list[Token], language: str) -> tuple[int, int]:
    """Where the participle phrase that opens a sentence starts, and its adverb (-1 when it has
    none): 'Fondato nel 1912' (0), 'First run in 1974' (1, the adverb 0), or after the bare
    noun phrase that says what the subject is ('Area protetta istituita nel 1993, si estende
    ...', 'A wetland established in 1991, it covers ...'). (-1, -1) when none opens it."""
    if not toks:
        return -1, -1
    if toks[0].low in _OPENING_ADVERBS:
        return 1, 0
    if is_participle(toks[0].low, language):
        return 0, -1
    if language == "en" and toks[0].low not in {"a", "an"}:
        return -1, -1
    if _is_adverb(toks[0].low) or (language == "it" and toks[0].low in STOPWORDS["it"]):
        return -1, -1  # "Gravemente danneggiato ...", "Più volte restaurato ..."
    if language == "it" and (
        not toks[0].text[:1].isupper()
        or toks[0].low in ARTICLES["it"]
        or toks[0].low in ARTICULATED
        or toks[0].low in PREPOSITIONS["it"]
    ):
        return -1, -1
    for k in range(1, min(len(toks), _LONGEST_OPENING_NOUN + 2)):
        t = toks[k]
        if t.text.islower() and is_participle(t.text, language) and k >= 2 - (language == "it"):
            if k + 1 < len(toks) and toks[k + 1].low in PREPOSITIONS[language] | set(ARTICULATED):
                return k, -1
            return -1, -1
        if not t.text.isalpha() or not t.text.islower() or t.low in PREPOSITIONS[language]:
            return -1, -1
        if t.low in ARTICLES[language] or is_finite(t.text, language) or t.low in _AND:
            return -1, -1
    return -1, -1


def _opening_participle(toks: list[Token], at: int, language: str) -> tuple[int, int] | None:
    """The participle of a phrase that opens the sentence and holds the date at token `at`
    ('Fondato nel 1912', 'First run in 1974', 'Founded by two engineers in 1994', 'Founded in
    1867 and incorporated in 1881'): its index and the index of its adverb (-1 when it has
    none). A few words of complement may stand between the participle and the date, but no
    other verb and no 'e'/'and'."""
    first, lead_adverb = _opening_lead(toks, language)
    if first < 0 or at <= first or not is_participle(toks[first].low, language):
        return None
    participle = at - 1  # the opening one, or the last one joined to it by "and"/"e"
    while participle > first and not (
        toks[participle - 1].low in _AND
        and toks[participle].text.islower()
        and is_participle(toks[participle].text, language)
    ):
        participle -= 1
    if toks[participle].low in _EXPECTED and toks[participle + 1].low not in _PARTICLES:
        return None  # "Expected in 2026, the plant ...": a date aimed at, not when it was
    adverb = lead_adverb if participle == first else -1
    if participle + 1 < at and toks[participle + 1].low in _OPENING_ADVERBS:
        adverb = participle + 1  # "Fondato originariamente nel 1912"
    between = toks[max(participle, adverb) + 1 : at]
    if between and between[0].low in _PARTICLES:
        between = between[1:]  # "Set up in 1994": the particle is the verb's, no preposition
    if len(between) > 5 or (between and between[-1].low in PREPOSITIONS[language]):
        return None  # "Compared with 2019, ...": the date is no time of the participle
    for t in between:
        if t.text in _STOPS or t.low in _AND or t.low in AUXILIARIES[language]:
            return None
        if t.text.islower() and (is_finite(t.text, language) or is_participle(t.text, language)):
            return None
    return participle, adverb


_PHRASE_STOPS = frozenset(";:()–—")  # a phrase may quote a name: 'Known as "the ..."'


def _list_end(toks: list[Token], comma: int, language: str) -> int:
    """The comma after the last item of a list whose first comma is at `comma` ('A, | B and C
    |,'), when the words to the next comma hold an 'and' and no verb; `comma` itself
    otherwise."""
    for k in range(comma + 1, min(len(toks), comma + 12)):
        t = toks[k]
        if t.text == ",":
            joined = any(m.low in _AND for m in toks[comma + 1 : k])
            return k if joined else comma
        if t.text in _STOPS or t.low in AUXILIARIES[language]:
            return comma
        if t.text.islower() and is_finite(t.text, language):
            return comma
    return comma


def _opening_end(toks: list[Token], start: int, language: str) -> int | None:
    """The comma that ends an opening participle phrase, looked for from token `start`: the
    phrase has no finite verb of its own. A list in it goes on to the comma after its 'and'
    ('Formed in 2013 by merging A, B and C, it ...')."""
    for k in range(start, min(len(toks), 30)):
        t = toks[k]
        if t.text == ",":
            return _list_end(toks, k, language)
        if t.text in _PHRASE_STOPS or t.low in AUXILIARIES[language]:
            return None
        if t.text.islower() and is_finite(t.text, language) and not is_participle(t.text, language):
            return None
    return None


def _entry_is_subject(rest: list[Token], s: Sentence, language: str) -> bool:
    """Whether the clause in `rest` is about the entry of its sentence: it opens with 'it' or,
    in Italian, with its verb ('Distrutto nel 1156, fu ricostruito ...')."""
    if s.entry is None or not rest:
        return False
    first = rest[0].low
    if first in _PRONOUN_SUBJECTS:
        return True
    return language == "it" and (
        first in {"si", "ci"} or first in AUXILIARIES["it"] or is_finite(first, "it")
    )


def _subject_after(rest: list[Token], text: str, language: str) -> str | None:
    """The subject of the clause in `rest` (tokens of `text`), when it opens the clause and
    its verb follows with no punctuation between."""
    verb = main_verb(rest, language)
    if verb is None or verb == 0 or not starts_with_subject(rest, language):
        return None
    if any(t.text in {",", ";", ":", "“", "”"} for t in rest[:verb]):
        return None
    if language == "it" and verb > 1 and rest[verb - 1].low in {"si", "ci", "ne"}:
        verb -= 1  # "il parco si estende": the clitic is the verb's
    return text[rest[0].start : rest[verb].start].strip()


def _opening_question(
    toks: list[Token],
    opening: tuple[int, int],
    at: int,
    subject: str,
    span: DateSpan,
    language: str,
) -> str | None:
    """'First run in 1974 on forest roads, the race ...' -> 'In what year was the race first
    run?'; 'Fondato a Gragnano nel 1912, il pastificio ...' -> 'In che anno fu fondato a
    Gragnano il pastificio?'."""
    participle, adverb = opening
    after = max(participle, adverb) + 1
    complement = " ".join(t.text for t in toks[after:at]).replace("’ ", "’")
    if language == "en":  # an opening participle is passive: "Founded in 1994, ..."
        words = [toks[adverb].low] if adverb >= 0 else []
        vp = " ".join([*words, toks[participle].low, complement]).strip()
        key = "year_participle" if span.is_year else "date_clause"
        return render("en", key, vp=vp, subject=subject, clause=f"was {subject} {vp}")
    return _participle_or_finite(
        [toks[participle].low], participle, toks, subject, span, language, complement
    )


_SUBORDINATE_MORE = frozenset("since until as once though although finché sebbene".split())


_DETERMINERS = frozenset("the a an its their his her this these those".split())


_PARTICLES = frozenset("down up out off".split())


_CLAUSE_STOPS = _PHRASE_STOPS | {","}


_AVERE_FORMS = frozenset("ha hanno aveva avevano ebbe ebbero".split())


_HAVE_FORMS = frozenset("has have had".split())


def _agrees(participle: str, article: str) -> bool:
    """Whether an Italian participle agrees with the noun an article opens ('l’' is either)."""
    if article == "l’":
        return participle[-1] in "oa"
    return IT_ARTICLE_ENDING.get(article, participle[-1]) == participle[-1]


_PARENTHETICAL = re.compile(r",\s+([^,]{3,150}),\s+")


_AGE_BETWEEN_COMMAS = re.compile(r"(?<=[\w’'.]),\s+\d{1,3},\s+")


def _drop_parenthetical(clause: str, language: str) -> str:
    """'La giuria, presieduta da X, ha assegnato ...' -> 'La giuria ha assegnato ...': drop a
    participle or apposition between commas before the verb; an age too ('Orla Keane, 34,
    entered ...')."""
    m = _PARENTHETICAL.search(clause)
    if not m:
        age = _AGE_BETWEEN_COMMAS.search(clause)
        nxt = tokens(clause[age.end() :])[:1] if age else []
        if (
            age
            and nxt
            and (nxt[0].low in AUXILIARIES[language] or is_finite(nxt[0].text, language))
        ):
            return clause[: age.start()] + " " + clause[age.end() :]
        return clause
    first = m.group(1).split()[0]
    if is_participle(first, language) or first.lower() in ARTICLES[language]:
        return clause[: m.start()] + " " + clause[m.end() :]
    nxt = tokens(clause[m.end() :])[:1]
    verb_next = bool(nxt) and (
        nxt[0].low in AUXILIARIES[language] or is_finite(nxt[0].text, language)
    )
    if first.lower() in _RELATIVE_OPENERS[language] and verb_next:
        # "The tablet, which is thought to be Roman, was found ...": a relative about the
        # subject, with the clause's verb after it
        return clause[: m.start()] + " " + clause[m.end() :]
    # "Il gruppo Ceresa, storico pastificio di Gragnano, ha annunciato": a phrase without a
    # verb of its own, followed by the clause's verb, is an apposition too.
    if verb_next:
        inner = tokens(m.group(1))  # a name's word is no verb ("Claudia Ferrante")
        if not any(
            t.low in AUXILIARIES[language] or t.text.islower() and is_finite(t.text, language)
            for t in inner
        ):
            return clause[: m.start()] + " " + clause[m.end() :]
    return clause


_ELIDED = re.compile(r"^(?:il|lo|la) ([aeiouàèéìòù])", re.IGNORECASE)


def _owned_by_entry(np: str, s: Sentence, doc: Document) -> str | None:
    """A noun phrase with its possessive said by the owner's name, the article elided where
    the possessive left it before a vowel: 'il suo emissario' -> 'l’emissario di ...'."""
    owned = resolve_possessive(np, s, doc)
    return None if owned is None else _ELIDED.sub(r"l’\1", owned)
