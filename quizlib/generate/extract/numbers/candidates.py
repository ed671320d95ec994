"""The candidates of a sentence: the cheap test first, then every kind of number question
and the clozes of what no question asks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import groupby

from ...candidate import Candidate
from ...chunks import (
    POSSESSIVES,
    PREPOSITIONS,
    THEIR,
)
from ...document import Document, Sentence
from ...lexicon import (
    EN_PAST,
    STOPWORDS,
)
from ...phrase import of_phrase
from ...pointing import points_back
from ...text import definite_article, lower_first, squash
from ...verbs import (
    AUXILIARIES,
    IT_PARTICIPLE_FORM,
    is_finite,
    is_participle,
    is_verb_lemma,
    lemma,
    may_be_present,
)
from ..common import people_in
from .ages import age_question
from .amounts import (
    _GROUP_SHARE_CUE,
    _IN_SHARE_CUE,
    _PERCENT,
    _SURVEY_CUES,
    _change_questions,
    _going_share_question,
    _group_share_question,
    _in_share_question,
    _italian_rise_question,
    _no_fact,
    _percent_object_question,
    _share_cue,
    _share_question,
    _share_verb_question,
    _survey_share_question,
    _survey_size_question,
)
from .apposed import apposed_total_questions
from .bare import _copula_question, _reached_question
from .bodies import body_size_questions
from .clause import _PRESENT_HEADS, _Frame, _frame, _is_copula, _tail
from .clefts import _cleft_question
from .clocks import compound_duration_questions
from .compared import compared_questions
from .complements import complement_question
from .counts import _CLOCK, _YEAR, _YEARS, _Count, _counts, _verb_like
from .distances import _distance_questions
from .each import each_weight_questions
from .gender import agreed_how_many
from .hidden import _cloze, _length_questions, _whole_spans
from .included import included_questions
from .its_owner import subject_named_before
from .lasting import lasting_questions
from .later import _LATER_UNIT, _later_questions
from .levels import _english_level_questions, _level_questions, _level_reached_questions
from .list_items import list_item_questions
from .measured import measured_questions, most_questions
from .measures import _range_questions, _symbol_dimension_questions
from .money import funded_part_questions, of_which_questions, passive_subject_sum_questions
from .noun_end import ends_noun_phrase
from .partitives import partitive_questions
from .parts import _cost_part_questions, _share_paid_questions
from .penalties import penalty_questions
from .percents import (
    change_after_figure_questions,
    equal_share_questions,
    opened_share_question,
    percent_noun_questions,
    up_by_questions,
)
from .populations import _population_questions
from .predicates import predicate_questions
from .questions import (
    _BOUNDS,
    _EN_FIGURE_NOUNS,
    _EN_PLACE_PREPOSITIONS,
    _EN_SIZE_NOUNS,
    _SENTENCE_END,
    _count_question,
    _joins_nothing,
    _noun_of_count_question,
)
from .ranges import ranged_question
from .results import _margin_questions, _race_time_questions
from .signers import agents_questions
from .sized import height_aside_questions, sized_questions, symbol_object_questions
from .speeds import _speed_questions
from .subject_sums import subject_sum_questions
from .surveyed import surveyed_questions
from .tails import tail_of
from .votes import _bare_tally_questions, _score_questions
from .with_figures import with_figure_questions
from .words import (
    _CLEFT_WORDS,
    _CLOCK_WORDS,
    _KIND_WORDS,
    _LATER_WORDS,
    _LENGTH_WORDS,
    _MARGIN_WORDS,
    _POPULATION_WORDS,
    _RANGE_WORDS,
    _REACHED_WORDS,
    _SCORE_WORDS,
    _SHARE_WORDS,
    _SPEED_WORDS,
    _SYMBOL_WORDS,
    _TALLY_WORDS,
    _TRIGGERS,
    _has_digit,
    _trigger_words_in,
)

# Where something was said, moved to a question's end from the phrase that opened its
# sentence: "... in a statement?", "... in una nota?".
_SAID_IN = re.compile(
    r"\s+(?:in|with)\s+(?:a|an|its|his|her|their|the|una|un|il|la|uno)\s+(?:\w+\s+)?"
    r"(?:statement|letter|report|interview|post|note|email|nota|comunicato|lettera|intervista)"
    r"\?$"
)


def extract(doc: Document) -> Iterator[Candidate]:
    for _, group in groupby(_extract(doc), key=lambda c: id(c.sentence)):
        found = list(group)
        signless = {
            _FIRST_FIGURE.findall(c.answer)[0]
            for c in found
            if c.question and _sign_left_out(c.answer, c.sentence.text)
        }
        if signless:  # their questions are left out below: their clozes stand alone
            found = [
                replace(c, score=_CLOZE_ALONE)
                if c.question is None
                and c.score == _ASKED_CLOZE
                and not signless.isdisjoint(_FIRST_FIGURE.findall(c.answer)[:1])
                else c
                for c in found
            ]
        yield from _checked(found, doc)


def _checked(found: list[Candidate], doc: Document) -> Iterator[Candidate]:
    """The candidates of a sentence with the questions no rule of phrasing got right left
    out, and the others' wording set right."""
    for c in found:
        if c.question and _SAID_IN.search(c.question):
            # "... be completed in a statement?": where it was said, which the fact is not
            c = replace(c, question=_SAID_IN.sub("?", c.question))
        if c.question and _unowned_possessive(c.question, doc.language):
            owned = _owned_question(c.question, c.sentence, doc)
            if owned is None:
                continue  # "How many square metres will its roof carry?": whose roof?
            c = replace(c, question=owned)
        if c.question and _BROKEN[doc.language].search(c.question):
            continue
        if c.question and (_past_after_to(c.question) or _cut_figure(c.question, c.sentence)):
            continue
        if c.question and _sign_left_out(c.answer, c.sentence.text):
            continue  # "How many degrees did temperatures fall to minus?"
        if c.question and points_back(c.question):
            continue  # "What percentage of listed buildings fall into this category?": which
        if c.question and _LEFT_RELATIVE.search(c.question):
            continue  # "How many of the 561 punches did Devlin land she threw?"
        if c.question and _of_a_participle(c.question, c.sentence.text, c.answer):
            continue  # "Con quanto X ha annunciato una campagna finanziata ...?": it was funded
        if c.question and _of_a_second_verb(c.question, c.sentence.text, doc.language):
            continue  # "Quanti ettari ... è stato istituito nel 1988 e tutela?": tutela's object
        if c.question and doc.language == "it":
            asked = _adjective_back(c.question, c.sentence.text, c.accept)
            c = replace(c, question=agreed_how_many(asked))
        elif c.question:
            c = replace(c, question=_ONE_OF_PLURAL.sub(_singular_verb, c.question))
        yield c


# A count's question that ends with the verb joined to another, its own ("Quanti ettari ha il
# parco è stato istituito nel 1988 e tutela?"), or whose counted noun took in the verb joined
# after it ("How many spaces and fills does the lot have by 8 a.m.?").
_IT_JOINED_VERB_END = re.compile(r"\s(?:e|ed)\s([a-zà-ù]{3,})\?$")
_EN_JOINED_NOUN = re.compile(r"^How many ([a-z]+) and ([a-z]+) ")
# What follows a verb, never a noun joined to another before it: "and fills by 8 a.m.".
_EN_AFTER_VERB = r"(?:by|at|within|up|out|quickly|early|fast|soon|every)\b"


def _of_a_second_verb(question: str, text: str, language: str) -> bool:
    """Whether a count's question asks it of the first of two joined verbs, or of a noun that
    took the second verb in ('e tutela circa 54.000 ettari', '234 spaces and fills by')."""
    if language == "it":
        m = _IT_JOINED_VERB_END.search(question)
        if m is None:
            return False
        verb = re.escape(m.group(1))
        pattern = rf"\s(?:e|ed)\s{verb}\s+(?:[a-z]+\s+)?\d"
        return re.search(pattern, text) is not None
    m = _EN_JOINED_NOUN.match(question)
    if m is None or not may_be_present(m.group(2), language):
        return False
    if not is_verb_lemma(lemma(m.group(2), language)):
        return False
    noun, verb = (re.escape(w) for w in m.groups())
    return re.search(rf"\d\s+{noun}\s+and\s+{verb}\s+{_EN_AFTER_VERB}", text) is not None


# An Italian question's last word, an adjective joined by a hyphen: "... sulla tratta
# diesel-elettrici?".
_HYPHENED_END = re.compile(r"\s(?P<word>[a-zà-ù]+-[a-zà-ù]+)\?$")


def _adjective_back(question: str, text: str, accepted: tuple[str, ...]) -> str:
    """An Italian count's question with the hyphened adjective of its counted noun, left at the
    end, put back after the noun: 'Quanti treni ibridi circolano sulla tratta diesel-elettrici?'
    -> 'Quanti treni ibridi diesel-elettrici circolano sulla tratta?' (of 'quattro treni
    ibridi diesel-elettrici')."""
    m = _HYPHENED_END.search(question)
    if m is None:
        return question
    word = m.group("word")
    for counted in accepted:
        parts = counted.split(" ", 1)
        if len(parts) < 2 or f"{counted} {word}" not in text:
            continue
        noun = parts[1]
        head = re.match(rf"(Quant[oaie]\s+{re.escape(noun)})\s", question)
        if head is not None:
            body = question[head.end() : m.start()]
            return f"{head.group(1)} {word} {body}?"
    return question


# A relative clause with no "that", left at a question's end away from its noun: "... land
# she threw?".
_LEFT_RELATIVE = re.compile(r"\s(?:he|she|they|we|I|you)\s[a-z]+\?$")
# An amount right after a participle and its preposition: "finanziata con | 480.000 euro",
# "funded with | £2m".
_PARTICIPLE_WITH = re.compile(rf"\b(?P<part>{IT_PARTICIPLE_FORM}|[a-z]+ed)\s+(?:con|with)\s+$")
_FRONTED_WITH = re.compile(r"^(?:Con quant[oaie]|With how much)\b")


def _of_a_participle(question: str, text: str, answer: str) -> bool:
    """Whether a question puts in front, as the main verb's, an amount of a participle that it
    keeps later ('Con quanto Bertagnoli ha annunciato una campagna finanziata ...?' of
    '... una campagna finanziata con 480.000 euro')."""
    if not _FRONTED_WITH.match(question):
        return False
    at = text.find(answer)
    m = _PARTICIPLE_WITH.search(text, max(0, at - 40), at) if at > 0 else None
    if m is None:
        return False
    kept = re.search(rf"(?P<before>\S+) {re.escape(m.group('part'))}\b", question)
    # "è stato finanziato": the participle is the main verb's; "una campagna finanziata": not
    return kept is not None and kept.group("before").lower() not in _PASSIVE_AUXILIARIES


_PASSIVE_AUXILIARIES = frozenset(
    """è sono era erano fu furono sarà saranno stato stata stati state was were is are been
    be""".split()
)


# "How many jobs do one of Sheffield’s works secure?": 'one of' takes a singular verb.
_ONE_OF_PLURAL = re.compile(r"\b(?P<verb>do|have|are|were) (?=one of\b)")
_SINGULAR = {"do": "does", "have": "has", "are": "is", "were": "was"}


def _singular_verb(m: re.Match[str]) -> str:
    return f"{_SINGULAR[m.group('verb')]} "


# What a well-formed question never holds: an English auxiliary left at its end ("How many
# years did he say was?"), "them" with nothing it stands for ("... replace them?"), a word that
# rounds a figure with no figure after it ("How many people do employs around?"; "around" ends
# a good question too: "... arranged around?"), 'there' or 'here' that stand for a place the
# card does not show ("... spend there until his retirement?"; "are there" asks how many
# there are); an Italian
# preposition before an article it joins ("è stata di la temperatura", not "della").
_BROKEN = {
    "en": re.compile(
        r"\b(?:was|is|were|are|will|would|can|could)\?$"
        r"|\bthem\b"
        r"|\b(?:some|nearly|almost|roughly|approximately)\?$"
        r"|\b(?:do|does|did)\s+[a-z]+s\s+(?:around|about|over)\?$"
        r"|(?<!\bare\s)(?<!\bis\s)(?<!\bwere\s)(?<!\bwas\s)(?<!\bbe\s)\b(?:there|here)\b(?!\s+(?:be|been)\b)"
    ),
    "it": re.compile(r"\b(?:di|a|da|in|su) (?:il|lo|la|i|gli|le)\b|\b(?:circa|quasi)\?$"),
}


# "to" and the word after it in an English question.
_TO_NEXT = re.compile(r"\bto\s+(?P<word>[a-z]+)\b")


def _past_after_to(question: str) -> bool:
    """Whether an English question has a past where a base form belongs, after 'to' ('What
    share of its seagrass have Wales is estimated to lost ...?'): a verb group read wrong."""
    for m in _TO_NEXT.finditer(question):
        word = m.group("word")
        if word in EN_PAST and lemma(word, "en") != word and not is_verb_lemma(word):
            return True
    return False


# A figure written with a separator of thousands: its first group, then the rest.
_GROUPED_FIGURE = re.compile(r"(?<![\d,.])(?P<first>\d{1,3})[,.]\d{3}(?![\d])")


_FIRST_FIGURE = re.compile(r"\d[\d.,]*\d|\d")
_SIGN_WORD = re.compile(r"(?i)(?<![\w’'])(?:minus|meno)\s+$")


def _sign_left_out(answer: str, text: str) -> bool:
    """Whether an answer leaves out the sign its figure has in the text ('4 degrees' of 'fell
    to minus 4 degrees'): the question keeps the sign with no figure."""
    m = _FIRST_FIGURE.search(answer)
    if m is None or _SIGN_WORD.search(answer[: m.start()]):
        return False
    at = text.find(m.group(0))
    return at > 0 and _SIGN_WORD.search(text[max(0, at - 12) : at]) is not None


def _cut_figure(question: str, s: Sentence) -> bool:
    """Whether a question keeps only the first group of a figure of its sentence ('How much has
    the fund awarded to over 50?' of '... to over 50,000 projects')."""
    bare: set[str] | None = None  # the question's whole figures, found when first needed
    for m in _GROUPED_FIGURE.finditer(s.text):
        if m.group(0) in question:
            continue
        if bare is None:
            bare = set(_BARE_FIGURE.findall(question))
        if m.group("first") in bare:
            return True
    if not any(sign in question for sign in "$€£¥"):
        return False
    signed = set(_SIGNED_FIGURE.findall(question))
    # "from £3?" of "from £3.2m"
    return any(
        m.group(0) not in question and m.group("first") in signed
        for m in _DECIMAL_FIGURE.finditer(s.text)
    )


# A figure that stands whole: no digit, grouping mark or decimal before or after it ("50" of
# "to over 50?", not of "50,000" nor of "1.50").
_BARE_FIGURE = re.compile(r"(?<![\d,.])\d+(?!\d|[,.]\d)")
# The digits after a currency sign that stand whole: "£3" of "from £3?".
_SIGNED_FIGURE = re.compile(r"(?<=[$€£¥])\d+(?!\d|[,.]\d)")


# A sum with decimals: its whole part, then the rest ("£3|.2m").
_DECIMAL_FIGURE = re.compile(r"(?<=[$€£¥])(?P<first>\d+)[.,]\d+")


# A possessive in a question needs its owner in the question (the card shows the question
# alone): "How many passengers will the line carry in its first year?", "How many of its
# branches has the bank closed?", "How many families lost their homes?"; not "How many panels
# will its roof carry?", "What percentage of its servers were ...?", "Quanti documenti
# comprende il suo patrimonio?". English "her" is possessive before a noun, not at the end.
_QUESTION_POSSESSIVES = {"en": POSSESSIVES["en"] | {THEIR["en"]}, "it": POSSESSIVES["it"]}


_EN_AUXILIARIES = AUXILIARIES["en"] | frozenset("may might must should".split())


_OWNER_WORDS = {
    "en": frozenset("the this that these those he she it they".split()),
    "it": frozenset("il lo la i gli le questo questa questi queste lui lei essi esse".split()),
}


_IT_POSSESSIVE_ARTICLES = frozenset("il lo la i gli le".split())


def _owner_word(word: str, language: str) -> bool:
    return word[:1].isupper() or word.lower() in _OWNER_WORDS[language] or word.endswith("’")


_TIME_NOUNS = frozenset("year week month season yesterday today tonight".split())


# The possessive of one owner in a question: "il suo circondario", "its two helicopters".
_OWNED = {
    "it": re.compile(
        r"\b(?P<article>il|lo|la|i|gli|le)\s+(?:suo|sua|suoi|sue)\s+(?P<rest>[^?]+)\?$"
    ),
    "en": re.compile(r"\b(?P<pos>[Ii]ts|[Hh]is|[Hh]er)\s+(?=[a-z0-9])"),
}


_PLACE_OR_BODY_KINDS = frozenset("city country region org".split())


def _personal_entry(kind: str, name: str, doc: Document) -> bool:
    """Whether an entry is about a person, whom 'his'/'her' stand for: a person's kind, a
    person the article names, or a name of two to four capitalised words that is no place
    or body ('Henry Willis')."""
    if kind == "person" or doc.person(name) is not None:
        return True
    words = name.split()
    return (
        kind not in _PLACE_OR_BODY_KINDS
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() and w.isalpha() for w in words)
    )


def _named_owner_question(
    question: str, m: re.Match[str], s: Sentence, doc: Document
) -> str | None:
    """The question with a person's possessive said as the one person its sentence names:
    'Councillor Ann Reid said stations in her ward had been left unstaffed for 61 shifts' ->
    '... in Ann Reid’s ward ...'; None when the sentence names no one or several people, or
    the possessive is 'its'."""
    language = doc.language
    if language == "en" and m.group("pos").lower() not in {"his", "her"}:
        owner = subject_named_before(s, doc)  # "Grimsby Fish Market Ltd ... . Its turnover"
        asked = (
            None if owner is None else question[: m.start()] + f"{owner}’s " + question[m.end() :]
        )
        return None if asked is None or _unowned_possessive(asked, language) else asked
    named = list(dict.fromkeys(name for _a, _b, name in people_in(s.text, doc)))
    if len(named) != 1:
        return None
    if language == "it":
        owned = f"{m.group('article')} {m.group('rest')} di {named[0]}"
        asked = question[: m.start()] + owned + "?"
    else:
        asked = question[: m.start()] + f"{named[0]}’s " + question[m.end() :]
    return None if _unowned_possessive(asked, language) else asked


def _owned_question(question: str, s: Sentence, doc: Document) -> str | None:
    """The question with the owner of its possessive said, when the sentence is in a
    background entry, whose subject the owner is: 'Quanti comuni comprende il suo
    circondario?' -> '... il circondario del Tribunale di Latina?', 'How many times were
    its two helicopters called out?' -> '... were the Trust’s two helicopters ...'."""
    language = doc.language
    m = _OWNED[language].search(question)
    if m is None or len(_OWNED[language].findall(question)) != 1:
        return None
    if s.entry is None or not s.entry.phrase:
        return _named_owner_question(question, m, s, doc)
    phrase = s.entry.phrase
    if language == "it":
        owned = f"{m.group('article')} {m.group('rest')} {of_phrase(lower_first(phrase), 'it')}"
        asked = question[: m.start()] + owned + "?"
    else:
        person = m.group("pos").lower() in {"his", "her"}
        if person and not _personal_entry(s.entry.kind, s.entry.name, doc):
            return None  # "his" of a body or a place: someone else's
        if not person and (s.entry.kind == "person" or doc.person(s.entry.name)):
            return None  # "its" of a person: something else's
        owner = "the" + phrase[3:] if phrase.startswith("The ") else phrase
        asked = question[: m.start()] + f"{owner}’s " + question[m.end() :]
    return None if _unowned_possessive(asked, language) else asked


def _unowned_possessive(question: str, language: str) -> bool:
    """Whether a question holds a possessive whose owner it leaves out: the possessive opens
    the subject after an auxiliary, or the verb in Italian, with no name, article or pronoun
    before it; or it stands in the opening 'of' phrase with none after the next auxiliary."""
    possessives = _QUESTION_POSSESSIVES[language]
    words = question.rstrip("?").split()
    for i, word in enumerate(words[2:], 2):
        low = word.lower()
        if low not in possessives:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if not after[:1].islower():
            continue  # "did police stop her?": the object, no possessive
        before = words[1:i]
        if language == "it":
            # "comprende il suo patrimonio?": the subject after its verb, at the end
            if words[i - 1].lower() in _IT_POSSESSIVE_ARTICLES and len(words) - i <= 3:
                if not any(_owner_word(w, "it") for w in before[:-1]):
                    return True
            continue
        prev = words[i - 1].lower()
        if prev in _EN_AUXILIARIES and not any(_owner_word(w, "en") for w in before[:-1]):
            return True  # "will its roof carry"
        aux = next(
            (j for j in range(i - 2, max(0, i - 4), -1) if words[j] in _EN_AUXILIARIES), None
        )
        between = {w.lower() for w in words[aux + 1 : i]} if aux is not None else set()
        if between & _TIME_NOUNS and not any(_owner_word(w, "en") for w in words[1:aux]):
            return True  # "were last year its two helicopters called out"
        if prev == "of" and not any(_owner_word(w, "en") for w in before):
            nxt = next((j for j in range(i + 1, len(words)) if words[j] in _EN_AUXILIARIES), None)
            subject = words[nxt + 1] if nxt is not None and nxt + 1 < len(words) else ""
            plural_owner = (
                question.startswith("How many ")
                and low == "their"
                and subject.islower()
                and subject.endswith("s")
            )
            if not subject or not (_owner_word(subject, "en") or plural_owner):
                # "What percentage of its servers were running ...?"; "How many hours of
                # their time have members given?" names them
                return True
    return False


def _extract(doc: Document) -> Iterator[Candidate]:
    language = doc.language
    for s in doc.sentences:
        # The cheap test first: most sentences hold no number at all.
        digits = _has_digit(s.text)
        found = _trigger_words_in(s.text, language)
        words = found & _TRIGGERS[language] if found else found
        if not digits and not words:
            if not found.isdisjoint(_KIND_WORDS):  # "made up a third of", "won by one wicket"
                if not _headline(s, doc):
                    yield from _wordless_candidates(s, doc, found)
            continue
        yield from _sentence_candidates(s, doc, digits, words, found)


_BOUNDED_TYPES = frozenset(("number", "percent"))


# A bound a question names itself, which its answer does without.
_NAMED_BOUND = re.compile(r"\s(?:come\s+minimo|al\s+massimo)\s")


# How far before a figure its bound may start: " slightly fewer than ", its space before.
_BOUND_REACH = 24


def with_bound(c: Candidate, language: str) -> Candidate:
    """A number question's answer with the bound its sentence puts before the figure, the
    bare figure still accepted; a figure the sentence says twice is left as it is."""
    if c.question is None or c.answer_type not in _BOUNDED_TYPES:
        return c
    text = c.sentence.text
    at = text.find(c.answer)
    if at <= 0 or text.find(c.answer, at + 1) >= 0:
        return c
    m = _BOUNDS[language].search(text, max(0, at - _BOUND_REACH), at)
    if m is None or c.question.lower().startswith(m.group("bound").lower()):
        return c
    if _NAMED_BOUND.search(c.question):
        return c  # "Quanto deve pesare come minimo ...?": the question names the bound
    bound = " ".join(m.group("bound").lower().split())
    if re.search(rf"(?i)(?<!\w){re.escape(bound)}\s+(?:how|what|quant|qual)", c.question):
        return c  # "... over how many days?": a question asked in place keeps the bound
    particle = bound.split()[0]
    if bound in ("up to", "down to") and f" {particle} " in f" {c.question[:-1]} ":
        return c  # "To what level did the price go up?": the particle of the verb, no bound
    if bound.startswith("fino a") and c.question.startswith("A quanto "):
        return c  # "A quanto è salito il prezzo?": the level reached, no bound
    accept = c.accept if c.answer in c.accept else (c.answer, *c.accept)
    return replace(c, answer=f"{bound} {c.answer}", accept=accept)


def _headline(s: Sentence, doc: Document) -> bool:
    """Whether a sentence is the headline line: the first of the article's text, with no stop
    at its end (a list item further on has none either, and is no headline). A headline sums
    the article up in few words; its numbers are asked from the text, where the sentence says
    what they count."""
    first = doc.sentences[0]
    return s.block == first.block and s.entry is None and _SENTENCE_END.search(s.text) is None


# A leading source that is an estimate: its figure is the estimate's, and a question without it
# asks a bare figure of what ("A quanto ammontano i danni?"); the question keeps it in front.
_ESTIMATE_SOURCE = re.compile(
    r"^(?:Secondo|According\s+to)\s[^,;:]{0,100}?\b(?:stim[ae]|calcoli|previsioni|proiezioni"
    r"|estimates?|projections?|forecasts?|calculations?)\b[^,;:]{0,100},\s"
)


def _with_estimate(found: Iterator[Candidate], source: str) -> Iterator[Candidate]:
    for c in found:
        if c.question and not c.question.startswith(source[:12]):
            c = replace(c, question=source + c.question[0].lower() + c.question[1:])
        yield c


# The score of a number's cloze whose fact a question asks (the cloze is second to it), and
# of one no question asks.
_ASKED_CLOZE = 0.2


_CLOZE_ALONE = 0.45


def _headline_clozes(found: Iterator[Candidate]) -> Iterator[Candidate]:
    """The clozes of a headline's numbers, its questions left out: a cloze kept low beside
    the question of its fact is worth one alone again ('..., but {{85}} roles will go')."""
    for c in found:
        if c.question:
            continue
        yield replace(c, score=_CLOZE_ALONE) if c.score == _ASKED_CLOZE else c


def _sentence_candidates(
    s: Sentence, doc: Document, digits: bool, words: frozenset[str], cues: frozenset[str]
) -> Iterator[Candidate]:
    if _headline(s, doc):  # its numbers may be hidden, not asked
        yield from _headline_clozes(_candidates_of(s, doc, digits, words, cues))
        return
    estimate = _ESTIMATE_SOURCE.match(s.text) if s.text[:1] in "SA" else None
    if estimate is not None:
        found = list(_sentence_questions(s, doc, digits, words, cues))
        yield from _with_estimate(iter(found), estimate.group(0))
        return
    yield from _sentence_questions(s, doc, digits, words, cues)


def _sentence_questions(
    s: Sentence, doc: Document, digits: bool, words: frozenset[str], cues: frozenset[str]
) -> Iterator[Candidate]:
    if not (digits and ("%" in s.text or _COMPARED_CUE[doc.language].search(s.text))):
        yield from _candidates_of(s, doc, digits, words, cues)
        return
    found = list(_candidates_of(s, doc, digits, words, cues))
    yield from found
    yield from compared_questions(found, doc.language)
    if "%" in s.text and any(c.question for c in found):
        yield from _percent_clozes(s, found)


# What tells of an earlier figure a count is compared with: ", up from 121,000 in 2024".
_COMPARED_CUE = {
    "en": re.compile(r", (?:up from|down from|compared with|against) \d"),
    "it": re.compile(r", (?:contro|rispetto a) (?:i|le|gli) \d"),
}


def _percent_clozes(s: Sentence, found: list[Candidate]) -> Iterator[Candidate]:
    """A cloze of each percentage no question asks, in a sentence a count question asks about:
    the sentence gets no other cloze ('Brazil recorded 2.3 million cases, a 40% increase')."""
    asked = {c.answer for c in found if c.question}
    for m in _PERCENT.finditer(s.text):
        if m.group(0) not in asked and "%" in m.group(0):
            cloze = _cloze(s, m.start(), m.end())
            yield Candidate("cloze", s, 0.5, m.group(0), cloze=cloze, answer_type="percent")


def _wordless_candidates(s: Sentence, doc: Document, cues: frozenset[str]) -> Iterator[Candidate]:
    """The facts of a sentence with no digit and no number word: a share ('a third of the
    victims', 'la metà dei soci'), a margin of one ('by one wicket')."""
    text = s.text
    if not _SHARE_WORDS.isdisjoint(cues) and _share_cue(text, doc.language):
        yield from _share_candidates(s, doc)
    if _MARGIN_WORDS.isdisjoint(cues):
        return
    if doc.language == "en" and (" by one " in text or " by a single " in text):
        for asked, answer, _, _ in _margin_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")


def _share_candidates(s: Sentence, doc: Document) -> Iterator[Candidate]:
    share_of = _share_verb_question(s, doc)
    if share_of is not None:
        asked, answer, accepted = share_of
        kind = "percent" if _has_digit(answer) else "fraction"
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type=kind
        )


def _kind_candidates(
    s: Sentence, doc: Document, digits: bool, cues: frozenset[str], spans: list[tuple[int, int]]
) -> Iterator[Candidate]:
    """The questions of the kinds a word of the sentence tells (a share, a speed, a count
    reached, a distance, a race time, a margin); `spans` gets the numbers they ask, which
    are no counts of their own."""
    language = doc.language
    text = s.text
    if not _SHARE_WORDS.isdisjoint(cues) and _share_cue(text, language):
        yield from _share_candidates(s, doc)
    speed = digits and (not _SPEED_WORDS.isdisjoint(cues) or "mph" in text)
    for asked, answer, accepted in _speed_questions(s, doc) if speed else ():
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
        )
    reached = _reached_question(text, language) if not _REACHED_WORDS.isdisjoint(cues) else None
    if reached is not None:
        asked, answer, accepted = reached
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
        )
    distance = not _LENGTH_WORDS.isdisjoint(cues) or (digits and "km" in text)
    for asked, answer, number in _distance_questions(s, doc) if distance else ():
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=(number,), answer_type="number"
        )
    race = digits and not _CLOCK_WORDS.isdisjoint(cues) and " in " in text
    for asked, answer, at in _race_time_questions(s, doc) if race else ():
        yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
        spans.append((at, at + len(answer)))  # "in 3 ore": the time, not a count of hours
    margin = language == "en" and not _MARGIN_WORDS.isdisjoint(cues) and " by " in text
    for asked, answer, start, end in _margin_questions(s, doc) if margin else ():
        yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
        spans.append((start, end))  # the count of the margin is asked


# The age of someone a passive tells of: "a 19-year-old man from Leeds was arrested on ...",
# "Un uomo di 19 anni è stato arrestato ...".
_NAMED_PLACE = r"(?:\s+(?:from|di|da)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"


_AGE = {
    "en": re.compile(
        r"\b(?:a|an)\s+(?P<age>\d{1,3})-year-old\s+(?P<np>[a-z]{3,}" + _NAMED_PLACE + r")\s+"
        r"(?P<aux>was|were|is|has\s+been|had\s+been)\s+(?P<part>[a-z]{3,})(?P<rest>[^,;:()]*)",
        re.IGNORECASE,
    ),
    "it": re.compile(
        r"(?:^|\s)(?P<art>un|una|uno)\s+(?P<noun>[a-zà-ù]{3,})\s+di\s+(?P<age>\d{1,3})"
        r"\s+anni(?P<np>" + _NAMED_PLACE + r")\s+(?P<aux>è\s+stat[oa]|sarà|è)"
        r"\s+(?P<part>[a-zà-ù]{3,})(?P<rest>[^,;:()]*)",
        re.IGNORECASE,
    ),
}


_PAST_AUX = frozenset(["was", "were", "had been"])


def _age_questions(s: Sentence, language: str) -> Iterator[tuple[str, str, int, int]]:
    """(question, age, start, end of the age and its unit) of someone told of by age in a
    passive: 'How old was the man from Leeds who was arrested on suspicion of theft?',
    'Quanti anni ha l’uomo arrestato per furto?'."""
    text = s.text
    for m in _AGE[language].finditer(text):
        part = m.group("part")
        aux = squash(m.group("aux").lower())
        # After "stato"/"been" any word is a participle, however irregular ("soccorsa")
        participle = aux.endswith(("stato", "stata", "been")) or is_participle(part, language)
        if not part.islower() or not participle:
            continue
        rest = tail_of(m.group("rest") + " ").strip()
        if _has_digit(rest):
            continue
        if language == "en":
            be = "was" if aux in _PAST_AUX else "is"
            asked = f"How old {be} the {m.group('np')} who {aux} {part} {rest}"
            unit_end = text.index("-year-old", m.start("age")) + len("-year-old")
        else:
            noun = m.group("noun").lower()
            the = definite_article(m.group("art").lower(), noun)
            named = f"{the}{'' if the.endswith('’') else ' '}{noun}{m.group('np')}"
            asked = f"Quanti anni ha {named} {part} {rest}"
            unit_end = m.end("age") + len(" anni")
        yield squash(asked) + "?", m.group("age"), m.start("age"), unit_end


# An English compound of a figure and a unit before the noun of the verb's object: "agreed a
# new 125-year lease", "bought a 14-hectare site", "will open a 12-bay assessment zone".
_EN_COMPOUND = re.compile(
    r"(?<![\w.,-])(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)"
    r"-(?P<unit>year|month|week|day|hour|hectare|acre|seat|bed|bay|room|bedroom|storey|lane"
    r"|berth|screen|pupil|student|place|member|home|house|pitch|space|classroom|flat"
    r"|apartment|person|man|woman|child)\s+(?P<head>[a-z]+(?:\s+[a-z]+){0,2})"
)


# The plural of a unit of _EN_COMPOUND that takes no "s": "a 12-person crew" -> "people".
_EN_IRREGULAR_UNITS = {
    "storey": "storeys",
    "person": "people",
    "man": "men",
    "woman": "women",
    "child": "children",
    "pitch": "pitches",
}


_EN_COMPOUND_DURATIONS = frozenset("year month week day hour".split())


_LONGEST_COMPOUND_HEAD = 2  # words of the noun after the compound: "a 12-bay| assessment zone"


_EN_COMPOUND_AREAS = frozenset("hectare acre".split())


_EN_SUBJECT_PRONOUNS_ALL = frozenset("it they he she we i you this that".split())


def _compound_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, answer, start, end) of a figure in a compound before the noun the verb
    takes: 'The club must agree a new 125-year lease with the trustees' -> 'How long is the new
    lease the club must agree with the trustees?', 'The firm bought a 14-hectare site' -> 'How
    large is the site the firm bought?', 'will open a 12-bay zone' -> 'How many bays are in
    the zone the hospital will open?'."""
    text = s.text
    for m in _EN_COMPOUND.finditer(text):
        head: list[str] = []
        for w in m.group("head").split()[:_LONGEST_COMPOUND_HEAD]:
            if w in STOPWORDS["en"] or w in PREPOSITIONS["en"] or w in _EN_PLACE_PREPOSITIONS:
                break
            if _verb_like(w) or w in _EN_TIME_WORDS:  # "a 20-bed ward| next spring"
                break
            head.append(w)
        end = m.start("head") + len(" ".join(head))
        following = text[end:].split(maxsplit=1)[:1]
        # "a plot| near", "a ward| next spring"
        near = bool(following) and (
            following[0] in _EN_PLACE_PREPOSITIONS or following[0] in _EN_TIME_WORDS
        )
        if not head or not (near or ends_noun_phrase(text, end)):
            continue
        apposed = _apposed_compound_question(m, text)
        if apposed is not None:
            yield apposed
            continue
        frame = _frame(text, m.start("num"), s, doc)
        if frame is None:
            held = _unframed_count_question(m, text, head)
            if held is not None:
                yield held
            continue
        if not frame.subject or frame.subject.lower() in _EN_SUBJECT_PRONOUNS_ALL:
            continue
        if _is_copula(frame, "en"):
            held = _held_count_question(m, frame)
            if held is not None:
                yield held
            continue
        between = frame.between_text.split()
        if not between or between[0] not in ("a", "an") or len(between) > 3:
            continue
        mods = between[1:]
        if any(not w.isalpha() or w.lower() in STOPWORDS["en"] for w in mods):
            continue
        tail = _tail(text, end, "en")
        if tail is None or _has_digit(_YEAR.sub("", tail)):
            continue
        if tail and text[end:].lstrip()[len(tail) :].startswith(" and "):
            tail = ""  # "a programme in manufacture| and installation": the tail is cut short
        named = " ".join([*mods, *head])
        if tail.startswith("of "):  # "a 40-hectare area| of moorland": the noun's complement
            named, tail = f"{named} {tail}", ""
        asked = _compound_unit_question(m, frame, named, tail)
        if asked is not None:
            yield asked
    return


# An English compound of a count and a unit before a name, the whole the name's trait: "the
# 42-room Esk View Hotel", "the 1,200-seat Playhouse Theatre".
_EN_NAMED_COMPOUND = re.compile(
    r"\b[Tt]he\s+(?P<num>\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)-(?P<unit>room|bedroom|bed|seat|berth|screen|storey|lane)\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)(?P<next>\s+[a-z]+)?"
)


_EN_TIME_WORDS = frozenset("last this next yesterday today tomorrow".split())


def _noun_after_name(word: str) -> bool:
    """Whether a lowercase English word after a name may be a noun the name modifies: not a
    function word, a preposition, a verb, an adverb or a word of time."""
    if word in STOPWORDS["en"] or word in PREPOSITIONS["en"] or word in _EN_TIME_WORDS:
        return False
    return not is_finite(word, "en") and not word.endswith("ly")


def _named_compound_questions(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(question, count, start, end) of a count of a named place's parts said before its name:
    'the 42-room Esk View Hotel' -> 'How many rooms does the Esk View Hotel have?'."""
    for m in _EN_NAMED_COMPOUND.finditer(text):
        name, after = m.group("name"), (m.group("next") or "").strip()
        if len(name.split()) < 2:
            continue  # "the 42-room Esk": one word may be a name's start, or a place's
        if after and _noun_after_name(after):
            continue  # "the 40-bed Royal Infirmary ward": the name is the noun's modifier
        plural = m.group("unit") + "s" if m.group("unit") != "storey" else "storeys"
        asked = f"How many {plural} does the {name} have?"
        yield asked, m.group("num"), m.start("num"), m.end("unit")


# A name and its comma right before a compound that describes it: "at Clonmoyle Bog|, a
# 430-hectare site", "the Glenarran estate|, a 3,400-hectare stretch of hill ground".
_APPOSED_NAME = re.compile(
    r"(?<=[a-z] )(?P<name>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*"
    r"(?:\s+(?:estate|park|farm|centre|hall|house|hotel|school|college|site))?)"
    r",\s+(?:a|an)\s+$"
)


def _apposed_compound_question(m: re.Match[str], text: str) -> tuple[str, str, int, int] | None:
    """The size a compound gives the name it stands after, between commas: 'raised at Clonmoyle
    Bog, a 430-hectare site near Gorey' -> 'How large is Clonmoyle Bog?', 'the Harbour Inn, a
    12-room hotel' -> 'How many rooms does the Harbour Inn have?'; no duration ('a 10-year
    deal' is no trait of a name)."""
    named = _APPOSED_NAME.search(text, max(0, m.start("num") - 80), m.start("num"))
    unit, num = m.group("unit"), m.group("num")
    if named is None or unit in _EN_COMPOUND_DURATIONS:
        return None
    name = named.group("name")
    before = text[: named.start()].split()
    if not before or not before[-1].islower():
        return None  # "On Monday, a 40-bed ward ...": the name opens the sentence
    if name.split()[0] in _EN_TIME_WORDS or len(name.split()) == 1 and name in _NOT_NAMES:
        return None
    if unit in _EN_COMPOUND_AREAS:
        answer = f"{num} {unit if num in ('one', '1') else unit + 's'}"
        return f"How large is {name}?", answer, m.start("num"), m.end("unit")
    if "." in num:
        return None
    plural = _EN_IRREGULAR_UNITS.get(unit, unit + "s")
    return f"How many {plural} does {name} have?", num, m.start("num"), m.end("num")


# Capitalised words that open a clause rather than name a place: "Today, a 40-bed ward ...".
_NOT_NAMES = frozenset(
    """Today Yesterday Now Meanwhile However Instead Nearby Here There Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September
    October November December""".split()
)


def _unframed_count_question(
    m: re.Match[str], text: str, head: list[str]
) -> tuple[str, str, int, int] | None:
    """The count a compound gives its noun where no clause frames it (a relative, a list):
    'which will see a 240-pupil school and a 40-place nursery built' -> 'How many pupils will
    the school have?'; a duration or an area needs its clause, and is left out."""
    unit, num = m.group("unit"), m.group("num")
    if unit in _EN_COMPOUND_DURATIONS or unit in _EN_COMPOUND_AREAS or "." in num:
        return None
    if not re.search(r"\b(?:a|an)\s+$", text[: m.start("num")]):
        return None  # "the 42-room Esk View Hotel", "its 20-bed ward": a name's, or whose?
    plural = _EN_IRREGULAR_UNITS.get(unit, unit + "s")
    have = "will the" if " will " in text else "does the"
    asked = f"How many {plural} {have} {' '.join(head)} have?"
    return asked, num, m.start("num"), m.end("num")


def _held_count_question(m: re.Match[str], frame: _Frame) -> tuple[str, str, int, int] | None:
    """The count a compound gives its subject's noun after 'is': 'The school is a 240-pupil
    primary' -> 'How many pupils does the school have?' (a duration or an area is no count
    the subject has, and a decimal figure no count)."""
    unit, num = m.group("unit"), m.group("num")
    if unit in _EN_COMPOUND_DURATIONS or unit in _EN_COMPOUND_AREAS or "." in num:
        return None
    between = frame.between_text.split()
    if len(between) != 1 or between[0] not in ("a", "an") or len(frame.verb) != 1:
        return None
    does = "did" if frame.verb[0].lower() == "was" else "does"
    plural = _EN_IRREGULAR_UNITS.get(unit, unit + "s")
    asked = f"How many {plural} {does} {lower_first(frame.subject)} have"
    return squash(f"{asked} {frame.when}") + "?", num, m.start("num"), m.end("num")


def _compound_unit_question(
    m: re.Match[str], frame: _Frame, named: str, tail: str
) -> tuple[str, str, int, int] | None:
    """The question of one compound (see _compound_questions)."""
    num, unit = m.group("num"), m.group("unit")
    clause = squash(f"{frame.subject} {' '.join(frame.verb)} {tail} {frame.when}")
    past = frame.verb[0].lower() not in _PRESENT_HEADS and is_finite(frame.verb[0], "en")
    plural = _EN_IRREGULAR_UNITS.get(unit, unit + "s")
    if unit in _EN_COMPOUND_DURATIONS:
        be = "was" if past else "is"
        answer = f"{num} {unit if num == 'one' or num == '1' else plural}"
        return f"How long {be} the {named} {clause}?", answer, m.start("num"), m.end("unit")
    if unit in _EN_COMPOUND_AREAS:
        answer = f"{num} {unit if num == 'one' or num == '1' else plural}"
        return f"How large is the {named} {clause}?", answer, m.start("num"), m.end("unit")
    return f"How many {plural} are in the {named} {clause}?", num, m.start("num"), m.end("num")


# A bare English figure of a noun, the object of the verb: "drew a crowd of about 4,200",
# "has a capacity of 14,500." (no counted noun after it, so no count of its own).
_BARE_FIGURE_OF = re.compile(
    r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|just\s+over"
    r"|up\s+to)\s+)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![.,]\d)"
    r"(?=\s*(?:[.,;:)]|$|\s(?:and|in|at|on|for|when|while|but|after|before|from)\b))"
)


def _bare_figure_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int]]:
    """(question, figure, where it starts) of a bare figure a noun of size or count names:
    'The match drew a crowd of about 4,200' -> 'How large a crowd did the match draw?'."""
    text = s.text
    for m in _BARE_FIGURE_OF.finditer(text):
        if m.group("noun") not in _EN_SIZE_NOUNS and m.group("noun") not in _EN_FIGURE_NOUNS:
            continue
        frame = _frame(text, m.start("num"), s, doc)
        tail = _tail(text, m.end("num"), "en")
        if frame is None or tail is None or not frame.subject:
            continue
        asked = _noun_of_count_question(frame, tail)
        if asked is not None:
            yield asked, m.group("num"), m.start("num")


# An English person's age said with the name: "Jim Hale, 78, from Stanley", "Ann Roe, now
# 64,", "Ann Roe, a 16-year-old student", "retired plumber Jim Hale" after "58-year-old".
_AGE_CUE = {
    "en": re.compile(r",\s(?:now\s|aged\s)?\d{1,3},\s|\d-year-old\s"),
    "it": re.compile(r",\s\d{1,3}\sanni[,)]"),
}


_AGE_AFTER_NAME = {
    "en": re.compile(
        r",\s+(?:(?:now|aged)\s+)?(?P<age>\d{1,3}),\s"
        r"|,\s+an?\s+(?P<old>\d{1,3})-year-old\s"
    ),
    "it": re.compile(r",\s+(?P<age>\d{1,3})\s+anni(?=[,)])"),  # "Anna Neri, 79 anni, ..."
}
AGE_SCORE = 0.48
_HOW_OLD = {"en": "How old is {name}?", "it": "Quanti anni ha {name}?"}


_AGE_BEFORE_NAME = re.compile(
    r"(?:^|(?<=[\s,(]))(?P<age>\d{1,3})-year-old\s+(?P<words>(?:[a-z][a-z-]*\s+){0,4})"
)


_NOT_BARE_AGE = frozenset("a an the his her their its".split())  # "a 19-year-old| substitute"


# What tells of a person no longer living: the age then is at death, which "How old is" misses.
_DEATH_WORDS = frozenset(
    """died dies dead death killed late funeral obituary morto morta morti deceduto deceduta
    morte ucciso uccisa scomparso scomparsa funerale funerali vittima""".split()
)


# The nouns of kin whose death a sentence may tell beside a living person: "la fotografia del
# genitore scomparso", "her late husband".
_KIN = frozenset(
    """genitore genitori padre madre marito moglie figlio figlia fratello sorella nonno nonna
    parent parents father mother husband wife son daughter brother sister grandfather
    grandmother""".split()
)


def _tells_a_death(text: str) -> bool:
    """Whether a sentence tells of a death that may be the person's own: a death word not said
    of a relative right beside it ('del genitore scomparso', 'her late husband')."""
    words = [w.lower() for w in re.findall(r"[A-Za-zà-ù]+", text)]
    for i, word in enumerate(words):
        if word not in _DEATH_WORDS:
            continue
        before = words[i - 1] if i > 0 else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if before not in _KIN and after not in _KIN:
            return True
    return False


def _named_age_questions(s: Sentence, doc: Document) -> Iterator[tuple[str, str, int, int]]:
    """(question, age, start, end) of a person's age said right after the name or in the
    words before it: 'Jim Hale, 78, from Stanley, ...' -> 'How old is Jim Hale?', '58-year-old
    former lorry driver Jim Hale' -> the same; 'Anna Neri, 79 anni, ...' -> 'Quanti anni ha
    Anna Neri?'."""
    text, language = s.text, doc.language
    if _tells_a_death(text):
        return
    people = people_in(text, doc)
    asked: set[str] = set()
    for _start, end, name in people:
        after = _AGE_AFTER_NAME[language].match(text, end)
        if after is None or name in asked:
            continue
        group = "age" if after.group("age") else "old"
        if not 5 <= int(after.group(group)) <= 110:
            continue
        asked.add(name)
        question = _HOW_OLD[language].format(name=name)
        yield question, after.group(group), after.start(group), after.end(group)
    if language != "en":
        return
    starts = {start: name for start, _end, name in people}
    for m in _AGE_BEFORE_NAME.finditer(text):
        before = text[: m.start()].split()[-1:]
        if before and before[0].lower() in _NOT_BARE_AGE:
            continue
        named = starts.get(m.end())
        if named is None or named in asked or not 5 <= int(m.group("age")) <= 110:
            continue
        if any(w in STOPWORDS["en"] for w in m.group("words").split()):
            continue
        asked.add(named)
        yield f"How old is {named}?", m.group("age"), m.start("age"), m.end("age")


# What a duration in several units of the clock has: "6 ore e 52 minuti", "3 hours 52 minutes".
_CLOCK_CUE = {"it": " minuti", "en": " minutes"}


def _candidates_of(
    s: Sentence, doc: Document, digits: bool, words: frozenset[str], cues: frozenset[str]
) -> Iterator[Candidate]:
    """The candidates of the rules of each kind, then the questions `complement_question`
    asks of the counts, measures and spans of time no rule asked."""
    unasked: list[_Count] = []
    found = list(_rule_candidates(s, doc, digits, words, cues, unasked))
    if digits and (", including " in s.text or " cui " in s.text):
        found += included_questions(s, doc.language, found)  # "..., including 265 doctors"
    if not unasked:
        yield from found
        return
    asked = [c.answer for c in found if c.question]
    clozes: dict[str, Candidate] = {}
    for count in unasked:
        if _figure_asked(count, asked, s.text):
            continue
        complement = complement_question(count, s, doc)
        if complement is None:
            continue
        question, answer = complement
        accepted = tuple(
            a
            for a in (count.number, s.text[count.start : count.noun_end], *count.accepted)
            if a != answer
        )
        clozes[_cloze(s, count.start, count.end)] = Candidate(
            "number", s, 0.75, answer, question=question, accept=accepted, answer_type="number"
        )
    for c in found:
        asked_by = clozes.pop(c.cloze, None) if c.question is None and c.cloze else None
        if asked_by is not None:  # its cloze second to the question, as a count's
            yield asked_by
            c = replace(c, score=_ASKED_CLOZE)
        yield c
    yield from clozes.values()  # a span of years, which gets no cloze of its own


def _figure_asked(count: _Count, asked: list[str], text: str) -> bool:
    """Whether a question's answer already holds the count's figure where the sentence says it."""
    for answer in asked:
        at = text.find(answer)
        while at >= 0:
            if at < count.unit_end and count.start < at + len(answer):
                return True
            at = text.find(answer, at + 1)
    return False


def _rule_candidates(
    s: Sentence,
    doc: Document,
    digits: bool,
    words: frozenset[str],
    cues: frozenset[str],
    unasked: list[_Count],
) -> Iterator[Candidate]:
    """The candidates of the rules of each kind; `unasked` gets the counts no rule asked."""
    language = doc.language
    share = _share_question(s.text, doc) if digits else None
    if share is None and digits:  # "Of the 310 firms surveyed, 38% had cut staff"
        share = opened_share_question(s.text, language)
    if share is not None:
        asked, answer, accepted = share
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="percent"
        )
    text = s.text
    age = age_question(s, doc)
    if age is not None:  # "She joined the club at the age of 11"
        yield Candidate("number", s, 0.75, age[1], question=age[0], answer_type="number")
    asked_spans: list[tuple[int, int]] = []
    group = None
    if share is None and digits and _GROUP_SHARE_CUE[language] in text:
        group = _group_share_question(text, language)
    if group is not None:
        asked, answer, accepted = group
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="percent"
        )
    survey = None
    if language == "en" and share is None and digits and any(c in text for c in _SURVEY_CUES):
        survey = _survey_share_question(text)
    if survey is not None:
        asked, answer, accepted = survey
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="percent"
        )
    size = None
    if language == "en" and digits and any(c in text for c in _SURVEY_CUES):
        size = _survey_size_question(text)
        if size is not None:
            asked, answer, start, end = size
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
    if size is None and (" su " in text if language == "it" else " of " in text):
        for asked, answer, at in surveyed_questions(s, language):  # "un’indagine su 310 imprese"
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, at + len(answer)))
    if ("year-old" in text if language == "en" else " anni " in text) and digits:
        for asked, answer, start, end in _age_questions(s, language):
            accepted = (text[start:end],)
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
            )
            asked_spans.append((start, end))
    if language == "en" and "-" in text:
        for asked, answer, start, end in _compound_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
        for asked, answer, start, end in _named_compound_questions(text):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
    if digits and _AGE_CUE[language].search(text):
        for asked, answer, start, end in _named_age_questions(s, doc):
            # a minor fact: the sentence's other questions come first
            yield Candidate("number", s, AGE_SCORE, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
    if not _TALLY_WORDS.isdisjoint(cues):
        for asked, answer, start, end in _bare_tally_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
    if digits and not _SCORE_WORDS.isdisjoint(cues) and ("-" in text or "–" in text):
        for asked, answer, start, end in _score_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
    cleft = None
    if language == "it" and not _CLEFT_WORDS.isdisjoint(cues) and " che " in text:
        cleft = _cleft_question(s)
    if cleft is not None:  # "Sono dodici i comuni che hanno aderito": asked, no copula
        asked, answer, accepted, at = cleft
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
        )
        asked_spans.append((at, at + len(answer)))
    if digits and not _SYMBOL_WORDS.isdisjoint(cues):
        for asked, answer, at in _symbol_dimension_questions(s, doc):
            number = answer.rstrip("kmcftio ")
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=(number,), answer_type="number"
            )
            asked_spans.append((at, at + len(answer)))
    if digits and not _RANGE_WORDS.isdisjoint(cues):
        for asked, answer, start, end in _range_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
    for asked, answer, start, end in measured_questions(s, doc) if digits else ():
        yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
        asked_spans.append((start, end))  # "di magnitudo 6,5", "kept at 12C", "risen by 1C"
    if digits and (", con " in text or ", with " in text):
        for asked, answer, start, end in with_figure_questions(s, doc):
            if any(a <= start < b for a, b in asked_spans):
                continue
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))  # "..., con una puntualità del 94%"
    for asked, answer, start, end in sized_questions(s, doc) if digits else ():
        if any(a <= start < b for a, b in asked_spans):
            continue  # "bought a 50-acre farm": asked by the verb already
        yield Candidate("number", s, 0.7, answer, question=asked, answer_type="number")
        asked_spans.append((start, end))  # "a 12-metre sculpture", "the 9,000-square-metre hall"
    if "massimo di" in text or "minimo di" in text or "imum of" in text:
        for asked, answer, start, end in most_questions(s, doc):  # "per un massimo di sette"
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((start, end))
    for asked, answer, start, end in symbol_object_questions(s, doc) if digits else ():
        yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
        asked_spans.append((start, end))  # "would build 17km (10.6 miles) of dual carriageway"
    for asked, answer, start, end in height_aside_questions(s, doc) if digits else ():
        yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
        asked_spans.append((start, end))  # "the summit, at 1,328ft (405m), is ..."
    if not _LATER_WORDS.isdisjoint(cues) and _LATER_UNIT.search(text):
        for asked, answer, measure, at in _later_questions(s, doc):
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=(measure,), answer_type="number"
            )
            asked_spans.append((at, at + len(answer)))
    if (
        "condannat" in text
        or "pena più" in text
        or " jailed " in text
        or "imprisoned" in text
        or (" chiesto " in text or " sought " in text or " asked for " in text)
    ):
        for asked, answer, at in penalty_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, at + len(answer)))
    if digits and (", of whom " in text or ", of which " in text or ", di cui " in text):
        for asked, answer, at in partitive_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, at + len(answer)))
    if (" of " in text[:60] or " di " in text[:60]) and text[:1] in "ATUIL":
        for asked, answer, at in body_size_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, at + len(answer)))
    if digits and ", " in text and text[:1] in "IGLT":
        for asked, answer, at in apposed_total_questions(s, language):  # "I posti, 412 in tutto,"
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            cloze = _cloze(s, at, at + len(answer))  # second to the question, as a count's
            yield Candidate("cloze", s, 0.2, answer, cloze=cloze, answer_type="number")
            asked_spans.append((at, at + len(answer)))
    if s.lead and digits:
        for asked, answer, at in list_item_questions(s, language):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, at + len(answer)))  # "£450,000 to street cleaning;"
    if language == "it" and digits and " per " in text and " da" in text:
        for asked, answer, at in funded_part_questions(text):  # "finanziato per 8 milioni da"
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, at + len(answer)))
    if language == "it" and " di cui " in text and not list(_cost_part_questions(s)):
        for asked, answer, at in of_which_questions(text):  # "di cui 2,1 milioni provenienti da"
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, at + len(answer)))
    if language == "it" and " euro " in text:
        for asked, answer, at in passive_subject_sum_questions(text):  # "400.000 euro saranno"
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, at + len(answer)))
    if language == "it" and (" milioni " in text or " miliardi " in text):
        for asked, answer, at in subject_sum_questions(s):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, at + len(answer)))  # "Tre milioni andranno al porto"
    if " by " in text if language == "en" else " da " in text:
        for asked, answer, at, end in agents_questions(s, language):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, end))  # "a petition signed by 2,300 people": the signers
    if " each weighing " in text or ", ciascun" in text or ", ognun" in text:
        for asked, answer, at in each_weight_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, at + len(answer)))
    if (
        "dur" in text
        or " last" in text
        or " tak" in text
        or " took " in text
        or "i vo" in text
        or " serv" in text
        or " occorr" in text
    ):
        for asked, answer, at in lasting_questions(s, doc):
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, at + len(answer)))
    if digits and _CLOCK_CUE[language] in text:
        for asked, answer, at in compound_duration_questions(s, doc):
            if any(a <= at < b for a, b in asked_spans):
                continue  # "una seduta durata due ore e sei minuti": asked already
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
            asked_spans.append((at, at + len(answer)))
    if language == "it" and digits and (" a " in text or " al" in text):
        for asked, answer, figure, at, left in _level_questions(s):
            score = _LEFT_LEVEL if left else 0.75  # the level reached first, the one left next
            yield Candidate(
                "number", s, score, answer, question=asked, accept=(figure,), answer_type="number"
            )
            asked_spans.append((at, at + len(answer)))  # "da 22 a 38": the level reached
    if language == "en" and digits and " to " in text and (" from " in text or " by " in text):
        for asked, answer, at, left in _english_level_questions(s, doc):
            kind = "percent" if "%" in answer or "cent" in answer else "number"
            score = _LEFT_LEVEL if left else 0.75
            yield Candidate("number", s, score, answer, question=asked, answer_type=kind)
            asked_spans.append((at, at + len(answer)))  # "from 800 to 1,150": the level reached
    if digits and (" to " in text if language == "en" else (" a" in text or " al" in text)):
        for asked, answer, at in _level_reached_questions(s, doc):
            if any(a <= at < b for a, b in asked_spans):
                continue  # asked already, from the figure it left
            kind = "percent" if "%" in answer or "cent" in answer else "number"
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type=kind)
            cloze = _cloze(s, at, at + len(answer))  # second to the question, as a count's
            yield Candidate("cloze", s, _ASKED_CLOZE, answer, cloze=cloze, answer_type=kind)
            asked_spans.append((at, at + len(answer)))  # "fell to 4.2%": the level reached
    if language == "it" and digits and ", di cui " in text and " cost" in text:
        for asked, answer, _ in _cost_part_questions(s):  # its cloze stays: a full sentence
            # after the whole cost's own question, which a full sentence keeps before it
            yield Candidate("number", s, 0.7, answer, question=asked, answer_type="number")
    if language == "it" and digits and (" per il" in text or " per l’" in text):
        for asked, answer, at in _share_paid_questions(s):
            # after the sum's own question, which a full sentence keeps before it, and with
            # its cloze, which a full sentence keeps instead (no other cloze hides a share asked)
            yield Candidate("number", s, 0.7, answer, question=asked, answer_type="percent")
            cloze = _cloze(s, at, at + len(answer))
            yield Candidate("cloze", s, 0.5, answer, cloze=cloze, answer_type="percent")
    if digits and not _POPULATION_WORDS.isdisjoint(cues):
        for asked, answer, approx, at in _population_questions(s, doc):
            accepted = (approx,) if approx != answer else ()
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
            )
            asked_spans.append((at, at + len(answer)))  # "4.600 abitanti": no count of its own
    if language == "en" and digits and " of " in text:
        for asked, answer, at in _bare_figure_questions(s, doc):
            if any(a <= at < b for a, b in asked_spans):
                continue  # "has a population of 4,600": asked of the place
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
    if not cues.isdisjoint(_KIND_WORDS) or (digits and ("mph" in text or "km" in text)):
        yield from _kind_candidates(s, doc, digits, cues, asked_spans)
    if digits and ("%" in s.text or "cent" in s.text):
        if share is None and _SHARE_WORDS.isdisjoint(cues):  # any verb and a share of a whole
            yield from _share_candidates(s, doc)
        percent_object = _percent_object_question(s, doc)
        if percent_object is not None:
            asked, answer, accepted = percent_object
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="percent"
            )
        else:  # "will show| an increase of| 12%": any verb group, a modifier before the figure
            for asked, answer in percent_noun_questions(s, doc):
                percent_object = (asked, answer, ())
                yield Candidate("number", s, 0.75, answer, question=asked, answer_type="percent")
        for asked, answer in _change_questions(s, doc):
            if not asked:  # "Sales jumped 10% and 15%": a cloze hides the first one too
                at = s.text.find(answer)
                cloze = _cloze(s, at, at + len(answer))
                yield Candidate("cloze", s, 0.45, answer, cloze=cloze, answer_type="percent")
            elif percent_object is None or answer != percent_object[1]:  # "un’offerta del 3%"
                yield Candidate("number", s, 0.75, answer, question=asked, answer_type="percent")
        italian_rise = language == "it" and " in più rispetto " in text
        rise = _italian_rise_question(s, doc) if italian_rise else None
        if rise is not None:  # "250.000 ingressi, il 12% in più ..."
            asked, answer = rise
            yield Candidate("number", s, 0.75, answer, question=asked, answer_type="percent")
        for asked, answer, _at in change_after_figure_questions(s, doc):
            if rise is None or answer != rise[1]:  # the rise asked of its owner goes first
                yield Candidate("number", s, 0.75, answer, question=asked, answer_type="percent")
        if language == "en" and (" up " in text or " down " in text):
            for asked, answer in up_by_questions(s, doc):  # "showing turnover up 14% to £38m"
                yield Candidate("number", s, 0.75, answer, question=asked, answer_type="percent")
        if language == "it" and "pari a" in text:
            for asked, answer in equal_share_questions(s, doc):  # "è pari al 12% del totale"
                yield Candidate("number", s, 0.75, answer, question=asked, answer_type="percent")
        going = _going_share_question(text) if language == "en" and " going " in text else None
        if going is not None:
            asked, answer, accepted = going
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="percent"
            )
        if _IN_SHARE_CUE[language] in text:
            in_share = _in_share_question(s, doc)
            if in_share is not None:
                asked, answer = in_share
                yield Candidate("number", s, 0.75, answer, question=asked, answer_type="percent")
    copula = _copula_question(s.text, language) if cleft is None else None
    if copula is not None:
        asked, m, accepted = copula
        answer = m.group("num")
        yield Candidate(
            "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
        )
        cloze = _cloze(s, m.start("num"), m.end("num"))
        yield Candidate("cloze", s, 0.2, answer, cloze=cloze, answer_type="number")
    if language == "en" and digits and ("km" in s.text or "-m" in s.text or "-kilom" in s.text):
        for asked, answer, num, start, end in _length_questions(s.text):
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=(num,), answer_type="number"
            )
            if not s.text.startswith("-", end):  # the compound's cloze hides its number
                cloze = _cloze(s, start, end + len(answer) - len(num))
                yield Candidate("cloze", s, 0.2, answer, cloze=cloze, answer_type="number")
    whole = list(_whole_spans(s, language, digits))
    for start, end in whole:
        hidden = s.text[start:end]
        yield Candidate("cloze", s, 0.5, hidden, cloze=_cloze(s, start, end), answer_type="number")
    whole += asked_spans
    counted: list[tuple[int, int]] = []
    for count in _counts(s.text, language, digits, words):
        if any(a <= count.start < b for a, b in whole):
            continue
        if _no_fact(count, s.text):
            continue
        found = ranged_question(count, s, doc) or _count_question(count, s, doc)
        if found is not None and _joins_nothing(found[0], language):
            found = None
        if found is not None and count.noun.lower() in _NO_COUNTED[language]:
            found = None  # "reached 152,300 | between April and July": no noun was counted
        elif found is None:
            unasked.append(count)  # asked of its clause's parts, if no other rule asks it
        if count.noun in _YEARS and found is None:
            continue  # "tre anni fa", "da 10 anni": a time, not a count to recall
        if found:
            asked, answer = found
            counted.append((count.start, count.start + 1))  # no predicate question of it
            if s.text.startswith(answer, count.start):
                # "18 votes to 11": the other side's number is part of this answer
                whole.append((count.start + 1, count.start + len(answer)))
            accepted = (s.text[count.start : count.noun_end], *count.accepted)
            if answer.lower() != count.number.lower():
                accepted = (count.number, *accepted)
            yield Candidate(
                "number", s, 0.75, answer, question=asked, accept=accepted, answer_type="number"
            )
        yield Candidate(
            "cloze",
            s,
            0.2 if found else 0.45 if count.digits or count.noun in _CLOCK else 0.5,
            count.number,
            cloze=_cloze(s, count.start, count.end),
            answer_type="number",
        )
    if digits and copula is None:
        yield from _predicate_candidates(s, doc, whole + counted)


# The level a change left ("from 800| to 1,150"): a fact second to the level it reached, which
# a sentence of many facts keeps first.
_LEFT_LEVEL = 0.7


# Words after a figure that are no noun of what it counts: a preposition ("of" opens a part
# of a whole: "two of the eight chicks").
_NO_COUNTED = {
    language: (PREPOSITIONS[language] | {"between", "among", "across", "along"}) - {"of", "di"}
    for language in ("it", "en")
}


def _predicate_candidates(
    s: Sentence, doc: Document, taken: list[tuple[int, int]]
) -> Iterator[Candidate]:
    """The questions of figures their clause gives as what its subject is or amounts to
    ('Le famiglie in graduatoria sono 23.400'), of figures no question asked before."""
    for asked, answer, at in predicate_questions(s, doc):
        if any(a <= at < b for a, b in taken):
            continue
        yield Candidate("number", s, 0.75, answer, question=asked, answer_type="number")
        cloze = _cloze(s, at, at + len(answer))  # second to the question, as a count's
        yield Candidate("cloze", s, _ASKED_CLOZE, answer, cloze=cloze, answer_type="number")
