"""The article as the extractors see it: sentences with their origin, entries with the name
their sentences refer to, and the people it mentions."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import simplemma

from .blocks import Layout, heading_keys, read_layout
from .lexicon import MONTHS, NOUN_KIND, ROLE_WORDS, STOPWORDS
from .sentences import split_sentences
from .text import fold, is_acronym, words

# A run of capitalised words, allowing the connectors of names ("Organizzazione del Trattato
# dell’Atlantico del Nord", "Bank of England").
_CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w’.-]*\w|[A-ZÀ-ÖØ-Þ])"
_CONNECT = (
    r"(?:\s+(?:(?:di|del|della|dello|dei|degli|delle|de|da|of|the|von|van|der|den|al|el|la|le"
    r"|du|bin|ibn)\s+)+"
    r"|\s+|\s*(?:dell’|d’|all’|sull’))"
)
# "Leone d’oro", "Porta d’accesso": a name may end with an elided "d’" and a plain word.
NAME_RUN = re.compile(_CAP + r"(?:" + _CONNECT + _CAP + r")*(?:\s+d’[a-zà-ù]{2,})?")
_ARTICLE_START = re.compile(r"^(?:(Il|Lo|La|I|Gli|Le|The)\s+|(L’))")


@dataclass(frozen=True)
class EntryInfo:
    """A background entry as a subject: 'Anchorage, Alaska' is called 'Anchorage'."""

    heading: str
    name: str  # "NATO", "Unione Europea", "Anchorage"
    phrase: str  # the name with its article as a question uses it: "la NATO", "l’Unione Europea"
    acronym: str | None
    expansion: str | None
    kind: str  # city, country, region, org, person, thing
    definite: str  # the article used before the name ("la", "l’", "" for bare names)

    @cached_property  # asked for every sentence of the entry by several extractors
    def names(self) -> tuple[str, ...]:
        out = [self.name, self.heading, *heading_keys(self.heading)]
        if self.acronym:
            out.append(self.acronym)
        if self.expansion:
            out.append(self.expansion)
        return tuple(dict.fromkeys(n for n in out if n))


@dataclass(frozen=True)
class Sentence:
    text: str
    origin: str  # "paragraph 3" or "entry Budapest"
    block: int  # index of the paragraph or entry among all blocks
    position: int  # index of the sentence in its block
    entry: EntryInfo | None = None


@dataclass(frozen=True)
class Document:
    title: str | None
    language: str
    sentences: tuple[Sentence, ...]
    entries: tuple[EntryInfo, ...]
    people: dict[str, str] = field(default_factory=dict)  # surname or full name -> full name
    name_counts: Counter[str] = field(default_factory=Counter)
    # First word of each name -> the names, longest first (see extract.common.people_in).
    people_index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The words that may open a name: those starting with a letter some name starts with.
    people_starts: re.Pattern[str] | None = None
    # What extract.common.people_in found in each text: several extractors ask of a sentence.
    people_found: dict[str, list[tuple[int, int, str]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @cached_property
    def entry_kinds(self) -> dict[str, str]:
        """The kind of the first entry of each name, by the folded name."""
        kinds: dict[str, str] = {}
        for e in self.entries:
            kinds.setdefault(fold(e.name), e.kind)
        return kinds

    def person(self, name: str) -> str | None:
        """The full name of a person the article mentions, from a surname or a full name."""
        return self.people.get(name)


def _entry_kind(definition: str, language: str) -> str:
    for word in words(definition.lower())[:10]:
        kind = NOUN_KIND.get(word.rstrip("’"))
        if kind:
            return kind
    return "thing"


def entry_info(
    heading: str, paragraph: str, language: str, sentences: list[str] | None = None
) -> EntryInfo:
    """The entry a heading and its paragraph describe (`sentences`: the paragraph's, when
    already split)."""
    sentences = split_sentences(paragraph) if sentences is None else sentences
    first = sentences[0] if sentences else paragraph
    keys = heading_keys(heading)
    name = keys[-1] if len(keys) > 1 else heading
    acronym = heading if is_acronym(heading) else None
    expansion = None
    definite = ""
    m = _ARTICLE_START.match(first)
    rest = first[m.end() :] if m else first
    run = NAME_RUN.match(rest)
    if run:
        found = run.group(0).strip()
        tail = rest[run.end() :]
        paren = re.match(r"\s*\(([^)]{2,12})\)", tail)
        alias = re.match(r",\s+(?:o|ovvero|cioè|or|i\.e\.)\s+([^,]+),", tail)
        if paren and is_acronym(paren.group(1)):
            acronym, expansion, name = paren.group(1), found, found
        elif alias and is_acronym(found):
            acronym, expansion, name = found, alias.group(1).strip(), found
        elif any(fold(k) == fold(found) or fold(found).startswith(fold(k)) for k in keys):
            name = found if len(found) <= len(heading) + 2 else name
        if m and fold(found).startswith(fold(name.split()[0])):
            definite = (m.group(1) or m.group(2)).lower()
    phrase = (
        name
        if not definite
        else (definite + name if definite.endswith("’") else f"{definite} {name}")
    )
    verb_at = re.search(r"\s(?:è|era|fu|is|was)\s", first)
    kind = _entry_kind(first[verb_at.end() :] if verb_at else first, language)
    if (
        kind == "thing"
        and len(name.split()) in (2, 3)
        and all(w[:1].isupper() for w in name.split())
    ):
        kind = "person" if re.search(r"\b(?:nato|nata|born)\b", paragraph) else kind
    return EntryInfo(heading, name, phrase, acronym, expansion, kind, definite)


@lru_cache(maxsize=65536)
def is_known_word(word: str, language: str) -> bool:
    try:
        return bool(simplemma.is_known(word.lower(), lang=language))
    except (ValueError, KeyError, TypeError):
        return False


# First words of place names that look like "Firstname Surname": "Lake Geneva", "Monte Nuovo".
_PLACE_WORDS = frozenset(
    """lake lago mount monte mont river fiume cape capo saint san santa santo st fort forte
    gulf golfo sea mare isola island isle port porto bay baia valle valley piazza via street
    avenue palazzo castello castle university università new nuova nuovo north south east west
    nord sud est ovest""".split()
)
_HONORIFICS = frozenset("signor signora sig dott mr mrs ms dr prof".split())


_CAPWORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)*"
# Each pattern opens with the capital itself and looks behind it from there: "(?<![\w’-])"
# before the capital is "(?<![\w’-][A-ZÀ-ÖØ-Þ])" after it. A pattern that starts with a
# character class lets re skip to the capitals; one that starts with a lookbehind is tried at
# every position of the text.
_UPPER = "[A-ZÀ-ÖØ-Þ]"
_CAPWORD_REST = r"[a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)*"
_CAPWORD_FREE = _UPPER + r"(?<![\w’-]" + _UPPER + ")" + _CAPWORD_REST  # (?<![\w’-])_CAPWORD
_CAP_RE = re.compile(_CAPWORD_FREE + r"(?![\w’-])")
_AFTER_THE = rf"(?<=[Tt][Hh][Ee] {_UPPER})"  # (?<=[Tt][Hh][Ee] ) before the capital
_CAP_AFTER_THE = re.compile(_CAPWORD_FREE.replace(_UPPER, _UPPER + _AFTER_THE, 1) + r"(?![\w’-])")
# Two capitalised words side by side, with only spaces between: the first is matched, the
# second is looked ahead at (group 1), so "Joint Base Elmendorf" gives both of its pairs.
_CAP_PAIR = re.compile(_CAPWORD_FREE + r"(?![\w’-])(?= +(" + _CAPWORD + r")(?![\w’-]))")
_PARTICLE_NAME = re.compile(
    r"(" + _CAPWORD_FREE + r")(?: (?:von|van|der|den|du|bin|ibn|al))+ "
    r"(" + _CAPWORD + r")(?![\w’-])"
)
_FOREIGN_PARTICLES = frozenset("von van der den du bin ibn al".split())


def find_people(texts: list[str], language: str) -> dict[str, str]:
    """People: two-word capitalised names whose surname also appears alone ('Sergej Lavrov'
    ... 'Lavrov') or after an office or honorific, made of words that are not both ordinary
    vocabulary ('Guerra Fredda')."""
    roles = ROLE_WORDS[language]
    months = {m.lower() for m in MONTHS[language]}
    stop = STOPWORDS[language]
    titles = roles | _HONORIFICS
    pairs: dict[str, str] = {}
    titled: set[str] = set()
    text = "\n".join(texts)
    alone: Counter[str] = Counter(w for w in _CAP_RE.findall(text) if len(w) > 2)
    if language == "en":  # "the North": a place or a thing, not a person
        alone.subtract(_CAP_AFTER_THE.findall(text))
    for t in texts:  # a capital that opens a sentence says nothing
        first = t.split(None, 1)[0] if t.strip() else ""
        if first in alone:
            alone[first] -= 1
    particled: dict[str, str] = {}
    has_particles = any(f" {p} " in text for p in _FOREIGN_PARTICLES)
    for m in _PARTICLE_NAME.finditer(text) if has_particles else ():  # "Ursula von der Leyen"
        before = text[max(0, m.start() - 50) : m.start()]
        particles = set(m.group(0).split()[1:-1])
        foreign = particles <= _FOREIGN_PARTICLES and alone[m.group(2)] > 0
        if foreign or {w.lower().rstrip(".") for w in before.split()[-5:]} & titles:
            full = m.group(0)
            particled[full] = full
            particled[full.split(" ", 1)[1]] = full  # "von der Leyen"
    for pair in _CAP_PAIR.finditer(text):  # consecutive capitalised words, only spaces between
        a, b = pair.group(0), pair.group(1)
        first_start, second_end = pair.start(), pair.end(1)
        la, lb = a.lower(), b.lower()
        if la not in titles and la not in stop:
            alone[b] -= 1  # "Sergej Lavrov": this Lavrov is not alone
        if b in titled and pairs.get(b) == f"{a} {b}":
            continue  # nothing more to learn from this name
        if la in roles or lb in roles or la in months or lb in months or la in NOUN_KIND:
            continue
        if la in _PLACE_WORDS:
            continue
        if lb in stop:
            continue
        following = text[second_end : second_end + 30].split(None, 1)
        if following and following[0].lower() in roles:
            continue  # "Russian Foreign Minister": a title, not a name
        before = text[max(0, first_start - 50) : first_start]
        if la in stop and (not before or not before[-2:-1].isalpha()):
            continue  # "Il Rossi" at the start of a sentence; "Nello Musumeci" is a name
        # Italian vocabulary tells "Guerra Fredda" from a name; English dictionaries know
        # most first names, so there only the surname test below decides.
        if language == "it" and is_known_word(a, language) and is_known_word(b, language):
            continue
        pairs.setdefault(b, f"{a} {b}")
        if {w.lower().rstrip(".") for w in before.split()[-5:]} & titles:
            titled.add(b)
    first_names = {name.split()[0] for name in pairs.values()}
    first_names |= {name.split()[0] for name in particled.values()}
    people: dict[str, str] = {}
    for surname, name in pairs.items():
        if (alone[surname] >= 1 or surname in titled) and surname not in first_names:
            people[surname] = name
            people[name] = name
    people.update(particled)
    return people


MAX_SENTENCE = 1500  # characters; a longer "sentence" is a run-on blob, not a fact to ask about


def _sentences(paragraph: str, split: list[str] | None = None) -> list[str]:
    split = split_sentences(paragraph) if split is None else split
    return [s for s in split if len(s) <= MAX_SENTENCE]


def build_document(text: str, language: str) -> Document:
    layout: Layout = read_layout(text)
    sentences: list[Sentence] = []
    paragraph = 0
    block = 0
    for b in layout.body:
        if b.kind not in ("paragraph", "item"):
            continue
        paragraph += 1
        block += 1
        for i, s in enumerate(_sentences(b.text)):
            sentences.append(Sentence(s, f"paragraph {paragraph}", block, i))
    entries: list[EntryInfo] = []
    for e in layout.entries:
        split = split_sentences(e.paragraph)  # once for the entry's name and its sentences
        info = entry_info(e.heading, e.paragraph, language, split)
        entries.append(info)
        block += 1
        for i, s in enumerate(_sentences(e.paragraph, split)):
            sentences.append(Sentence(s, f"entry {e.heading}", block, i, info))
    texts = [s.text for s in sentences]
    people = find_people(texts, language)
    # One scan of all sentences; "\n.\n" stops a name from running into the next sentence.
    counts: Counter[str] = Counter(NAME_RUN.findall("\n.\n".join(texts)))
    index = people_index(people)
    starts = None
    if index:
        letters = "".join(sorted({re.escape(word[0]) for word in index}))
        starts = re.compile(r"[" + letters + r"](?<!\w[" + letters + r"])\w*")  # (?<!\w) first
    return Document(
        layout.title,
        language,
        tuple(sentences),
        tuple(entries),
        people,
        counts,
        index,
        starts,
    )


_WORD_RUN = re.compile(r"\w+")


def people_index(people: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """The names by their first word, longest first: a name found in a text starts where a
    word starts, so a scan of the text's words finds it by one lookup a word (a regex of
    every name tries them all at every position)."""
    index: dict[str, list[str]] = {}
    for name in sorted(people, key=len, reverse=True):
        first = _WORD_RUN.match(name)
        if first is None:
            continue  # names start with a letter
        index.setdefault(first.group(0), []).append(name)
    return {word: tuple(names) for word, names in index.items()}
