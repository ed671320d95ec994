"""Article text -> a deck of questions: read the blocks, split sentences, extract candidate
facts of every kind, phrase them as questions, rank, and keep the best (overgenerate and rank).
An involved sentence is also read as simpler statements (statements.py), for the facts the
sentence itself gives no question of.

    generate_deck(text, deck_id=...) -> Deck          # pure, never raises on any text
    generate_file(article, output) -> Deck            # reads, merges with output, writes atomically
"""

from __future__ import annotations

import gc
import re
from dataclasses import replace
from pathlib import Path

from quizlib.errors import DeckError, GenerateError
from quizlib.model import ID_PATTERN, Card, Deck, card_fingerprint

from .candidate import REMARK, Candidate
from .distractors import Pools, build_pools, choices_for
from .document import Document, build_document
from .extract import candidates
from .extract.common import common_noun_entry, people_in, topic_of
from .extract.numbers import with_bound
from .extract.subject import explicit_subject
from .ids import base_id, slug, unique_ids
from .language import LANGUAGES, detect_language
from .lexicon import RELATIVE_WORDS
from .merge import merge_decks
from .owners import POSSESSIVE_GENDER, owner_of
from .parallel import in_two, share_at
from .rank import select
from .source import read_article
from .text import clean, squash

__all__ = ["generate_deck", "generate_file", "merge_decks"]

ARTICLE_TAG = {"it": "articolo", "en": "article"}
# An accepted answer says what the answer says in other words ("Commissione Nazionale per le
# Società e la Borsa" for "Consob"), or with a word or two more ("nel 1992"); the answer with
# more carries what went on in its sentence ("Benetti davanti a una platea di tecnici").
MAX_ACCEPT_EXTRA_WORDS = 2
# Below this many cards a second process to build them costs more than it saves.
PARALLEL_MIN_CARDS = 1000
# What a card costs to build, as a share of a question's: a cloze draws no choices.
CLOZE_CARD_COST = 0.08
# The parent's share of that cost, a little over half: the child starts later (the fork). Both
# processes copy each shared page of memory they write to, so neither runs slower on the same
# work (measured: with this share both parts take about as long).
PARENT_CARD_SHARE = 0.54


# "The" of a sentence's opening, moved into a question or an answer, where it is no longer
# first: "Who is the council’s chief executive?" (not "The council’s"); "The Hague" stays.
_THE_INSIDE = re.compile(r"(?<=\s)The(?=\s+[a-z])")
_THE_OPENING = re.compile(r"^The(?=\s+[a-z])")
# A possessive kept beside the owner it stands for: "le sue origini della Guardia di Finanza"
# -> "le origini della Guardia di Finanza".
_OWNED_TWICE = re.compile(
    r"\b(il|la|i|le) (?:suo|sua|suoi|sue|loro) (?=[a-zà-ù]+ (?:del|della|dello|dei|degli"
    r"|delle|dell’|di)\b)"
)


def _without_owner_twice(question: str) -> str:
    """The question without a possessive kept beside its owner (see _OWNED_TWICE); the cheap
    test first: the pattern, opening with a word boundary, is tried at every position."""
    if " su" not in question and " loro " not in question:
        return question
    return _OWNED_TWICE.sub(r"\1 ", question)


def _kind_only(accepted: str, answer: str) -> bool:
    """Whether an accepted answer is only the kind the answer's relative clause narrows down
    ('la società' of 'la società che gestisce la rete stradale'): it fits other things too."""
    if not answer.startswith(accepted) or len(accepted) == len(answer):
        return False
    following = answer[len(accepted) :].split(None, 1)
    return bool(following) and following[0] in _RELATIVES


_RELATIVES = RELATIVE_WORDS["it"] | RELATIVE_WORDS["en"]


def _leftover(accepted: str, answer: str) -> bool:
    words = accepted.split()
    if len(words) <= len(answer.split()) + MAX_ACCEPT_EXTRA_WORDS:
        return False
    return any(len(w) > 2 and w in words for w in answer.split())


def _owned(c: Candidate, doc: Document) -> Candidate:
    """A role answer whose possessive names its owner: 'her skipper' -> 'Orla Keane’s
    skipper' (the sentence a card shows does not say who 'her' is); as written, it is
    accepted too."""
    first, _, rest = c.answer.partition(" ")
    if first.lower() not in POSSESSIVE_GENDER or not rest:
        return c
    index = doc.sentences.index(c.sentence)
    asked_about = {name for _start, _end, name in people_in(c.question or "", doc)}
    owner = owner_of(first, index, doc, exclude=asked_about)
    if owner is None:
        return c
    return replace(c, answer=f"{owner}’s {rest}", accept=(*c.accept, c.answer))


# Quotation marks that close what they do not open: a question cut from inside a quotation
# keeps none of its marks ("… per gli under 14 »?" of "«…, e i biglietti per gli under 14
# costeranno 5 euro»").
_PAIRS = (("«", "»"), ("“", "”"))
_LONE_CLOSE = {close: re.compile(rf"\s*{close}(?=\s*[?,;:]|\s*$)") for _, close in _PAIRS}


def _without_lone_quotes(question: str) -> str:
    for opening, close in _PAIRS:
        if close in question and opening not in question:
            question = _LONE_CLOSE[close].sub("", question)
    return question


def _common_noun_inside(question: str, c: Candidate, doc: Document, seen: dict[str, str]) -> str:
    """A question with its entry's name in small letters where the text writes it so ('When
    was lithium discovered?' of the entry 'Lithium'): a heading or a sentence start only
    capitalises a thing's common noun. `seen`: each entry's form, found once a deck."""
    entry = c.sentence.entry
    if entry is None or question.find(entry.name) <= 0:
        return question
    if entry.name not in seen:
        low = common_noun_entry(entry, doc)
        seen[entry.name] = entry.name.lower() if low is not None else entry.name
    low = seen[entry.name]
    if low == entry.name:
        return question
    name = re.compile(rf"(?<![\w’'-]){re.escape(entry.name)}(?![\w’'-])")
    return question[:1] + name.sub(low, question[1:])


def _card(
    c: Candidate, card_id: str, doc: Document, pools: Pools, seen: dict[str, str] | None = None
) -> Card:
    s = c.sentence
    tag = slug(s.entry.name, 3) if s.entry else ARTICLE_TAG[doc.language]
    tags = (tag,) if tag else ()
    text = s.text if s.source is None else s.source
    context = squash(text if s.lead is None else f"{s.lead} {text}")
    if c.question is None:
        cloze = explicit_subject(c.cloze or "", s, doc.language)
        if s.lead is not None:  # a list item says what it is only after its lead
            cloze = squash(f"{s.lead} {cloze}")
        return Card(
            id=card_id, cloze=cloze, context=context, origin=s.origin, kind="cloze", tags=tags
        )
    question = _common_noun_inside(c.question, c, doc, {} if seen is None else seen)
    question = _without_lone_quotes(question)
    if doc.language == "en" and c.answer_type == "role":
        c = _owned(c, doc)
    c = with_bound(c, doc.language)
    answer = _opening_the(c.answer, c)
    accept = tuple(
        dict.fromkeys(
            a
            for a in c.accept
            if a
            and a not in (c.answer, answer)
            and not _leftover(a, answer)
            and not _kind_only(a, answer)
        )
    )
    return Card(
        id=card_id,
        question=_without_owner_twice(_THE_INSIDE.sub("the", question)),
        answer=answer,
        accept=accept,
        choices=tuple(_opening_the(o, c) for o in choices_for(c, card_id, pools)),
        context=context,
        origin=s.origin,
        kind=c.kind,
        tags=tags,
    )


def _opening_the(answer: str, c: Candidate) -> str:
    """An answer (or choice) with its opening "The" in small letters, as it stands inside a
    sentence; what a person said (remarks.py) is a sentence of its own and keeps it."""
    return answer if c.answer_type == REMARK else _THE_OPENING.sub("the", answer)


def _card_split(kept: list[Candidate], share: float) -> int:
    """Where the cards of the first `share` of the building cost end (clozes are cheap, and
    an article's background entries, at its end, hold more questions than its story)."""
    return share_at([1.0 if c.question is not None else CLOZE_CARD_COST for c in kept], share)


def generate_deck(
    text: str,
    *,
    language: str | None = None,
    max_cards: int | None = None,
    source: str | None = None,
    deck_id: str = "deck",
    name: str | None = None,
) -> Deck:
    """A deck of the best questions about an article and its background entries."""
    if language is not None and language not in LANGUAGES:
        raise GenerateError(f"unsupported language {language!r}; use one of: it, en")
    # The generator builds many small objects and frees them by reference counting; the
    # cycle collector's passes over them cost ~10% of the time and find nothing to free.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _generate(text, language, max_cards, source, deck_id, name)
    finally:
        if enabled:
            gc.enable()


def _generate(
    text: str,
    language: str | None,
    max_cards: int | None,
    source: str | None,
    deck_id: str,
    name: str | None,
) -> Deck:
    text = clean(text)
    lang = language or detect_language(text)
    doc = build_document(text, lang)
    found = candidates(doc)
    kept = select(found, max_cards)
    bases = [
        base_id(c.topic or topic_of(c.sentence, doc, exclude=c.answer), c.answer) for c in kept
    ]
    pools = build_pools(doc, found)
    ids = unique_ids(bases)

    seen: dict[str, str] = {}

    def build(start: int, end: int) -> list[tuple[Card, str]]:
        """The cards from `start` to `end`, each with its fingerprint (taken here, by the
        process that built the card, as two processes may share the cards)."""
        out = []
        for i in range(start, end):
            card = _card(kept[i], ids[i], doc, pools, seen)
            out.append((card, card_fingerprint(card)))
        return out

    if len(kept) < PARALLEL_MIN_CARDS:
        built = build(0, len(kept))
    else:  # each card's choices are drawn from its own seed: any process builds it the same
        head, tail = in_two(build, len(kept), _card_split(kept, PARENT_CARD_SHARE))
        built = [*head, *tail]
    cards = tuple(card for card, _fingerprint in built)
    if not ID_PATTERN.match(deck_id):
        deck_id = "deck"
    title = name or doc.title or (Path(source).name.split(".")[0] if source else None) or "Deck"
    return Deck(
        name=title,
        id=deck_id,
        cards=cards,
        language=lang,
        source=source,
        generated={card.id: fingerprint for card, fingerprint in built},
    )


def _deck_id(output: Path) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", output.name.split(".")[0]).strip("-._")
    return stem if stem and ID_PATTERN.match(stem) else "deck"


def generate_file(
    article: Path,
    output: Path,
    *,
    language: str | None = None,
    max_cards: int | None = None,
) -> Deck:
    """Generate a deck from an article file and write it to `output`, merging by card id with
    the deck already there (the person's edits and deletions are kept). Nothing is written
    unless the whole run succeeds; the write itself is atomic."""
    from quizlib.deckfile import load_deck, write_deck

    if max_cards is not None and max_cards < 1:
        raise GenerateError(f"--max must be at least 1 (got {max_cards})")
    text = read_article(article)
    new = generate_deck(
        text, language=language, max_cards=max_cards, source=article.name, deck_id=_deck_id(output)
    )
    if not new.cards:
        raise GenerateError(f"{article}: found nothing to ask about (no sentences with facts)")
    merged = new
    if output.is_dir():
        raise GenerateError(f"{output} is a directory; give a deck file name such as deck.yaml")
    if output.exists():
        try:
            old = load_deck(output)
        except DeckError as exc:
            where = f":{exc.problems[0].line}: {exc.problems[0].message}" if exc.problems else ""
            raise GenerateError(
                f"{output}{where} (the existing deck was left unchanged; fix it or use -o)"
            ) from None
        merged = merge_decks(old, new)
    try:
        write_deck(merged, output)
    except OSError as exc:
        raise GenerateError(f"cannot write {output}: {exc.strerror or exc}") from None
    return merged
