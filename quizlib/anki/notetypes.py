"""quizlib's own Anki note types: stable ids, clean templates, and which card uses which.

The ids never change, so importing a second package reuses the note types made by the
first. Change a template? Raise TEMPLATE_MTIME: Anki updates a note type whose
modification time is newer than its own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizlib.anki.html import to_html
from quizlib.model import Card

if TYPE_CHECKING:
    from anki.collection import Collection

TEMPLATE_MTIME = 1764000000  # seconds; bump when templates or CSS change

CSS = """\
.card {
  font-family: "Iowan Old Style", "Palatino Linotype", Georgia, serif;
  font-size: 22px;
  line-height: 1.5;
  color: #1d1d1f;
  background: #fdfdfb;
  text-align: left;
  max-width: 38em;
  margin: 0 auto;
  padding: 1em;
}
.card.nightMode, .night_mode .card { color: #e8e6e3; background: #1e1f22; }
.question { font-weight: 600; }
.answer { font-size: 1.1em; color: #0b5cad; font-weight: 600; }
.nightMode .answer, .night_mode .answer { color: #7cb7ff; }
ul.accept { list-style: none; padding: 0; margin: .2em 0; color: #6b6b6b; font-size: .85em; }
ul.accept li { display: inline; }
ul.accept li + li::before { content: " · "; }
ol.choices { list-style: upper-alpha; padding-left: 1.6em; margin: .6em 0; }
ol.choices li { margin: .2em 0; }
.cloze { font-weight: 600; color: #0b5cad; }
.nightMode .cloze, .night_mode .cloze { color: #7cb7ff; }
.context {
  margin-top: 1.2em;
  padding-left: .8em;
  border-left: 3px solid #c8c8c8;
  color: #4a4a4a;
  font-size: .85em;
}
.nightMode .context, .night_mode .context { color: #b8b8b8; border-color: #555; }
.origin { margin-top: .6em; color: #8a8a8a; font-size: .7em; }
hr#answer { border: none; border-top: 1px solid #d0d0d0; margin: 1em 0; }
"""

_EXTRAS = (
    '{{#Context}}<div class="context">{{Context}}</div>{{/Context}}'
    '{{#Origin}}<div class="origin">{{Origin}}</div>{{/Origin}}'
)
_ACCEPT = "{{Accept}}"
_QUESTION = '<div class="question">{{Question}}</div>'


@dataclass(frozen=True)
class NoteType:
    """One Anki note type: fixed id and name, its fields, and its one card template."""

    id: int
    name: str
    fields: tuple[str, ...]
    front: str
    back: str
    is_cloze: bool = False


BASIC = NoteType(
    id=1764000000001,
    name="quizlib Basic",
    fields=("Question", "Answer", "Accept", "Context", "Origin", "Kind"),
    front=_QUESTION,
    back='{{FrontSide}}<hr id="answer"><div class="answer">{{Answer}}</div>' + _ACCEPT + _EXTRAS,
)
TYPED = NoteType(
    id=1764000000002,
    name="quizlib Typed",
    fields=("Question", "Answer", "Accept", "Context", "Origin", "Kind"),
    front=_QUESTION + "{{type:Answer}}",
    back=_QUESTION + '<hr id="answer">{{type:Answer}}' + _ACCEPT + _EXTRAS,
)
CHOICE = NoteType(
    id=1764000000003,
    name="quizlib Choice",
    fields=("Question", "Choices", "Answer", "Accept", "Context", "Origin", "Kind"),
    front=_QUESTION + "{{Choices}}",
    back='{{FrontSide}}<hr id="answer"><div class="answer">{{Answer}}</div>' + _ACCEPT + _EXTRAS,
)
CLOZE = NoteType(
    id=1764000000004,
    name="quizlib Cloze",
    fields=("Text", "Context", "Origin", "Kind"),
    front='<div class="text">{{cloze:Text}}</div>',
    back='<div class="text">{{cloze:Text}}</div>' + _EXTRAS,
    is_cloze=True,
)
NOTE_TYPES = (BASIC, TYPED, CHOICE, CLOZE)
BY_ID = {nt.id: nt for nt in NOTE_TYPES}

# Short exact answers: worth typing in Anki.
TYPED_KINDS = frozenset({"date", "number", "acronym"})


def note_type_for(card: Card) -> NoteType:
    """Cloze for cloze cards, Choice when there are choices, Typed for short exact facts."""
    if card.cloze is not None:
        return CLOZE
    if card.choices:
        return CHOICE
    if card.kind in TYPED_KINDS:
        return TYPED
    return BASIC


def list_html(values: tuple[str, ...], tag: str, css_class: str) -> str:
    """A list field: choices as `<ol class="choices">`, accepted answers `<ul class="accept">`."""
    if not values:
        return ""
    items = "".join(f"<li>{to_html(v)}</li>" for v in values)
    return f'<{tag} class="{css_class}">{items}</{tag}>'


_FIELD_VALUES: dict[str, Callable[[Card], str]] = {
    "Question": lambda c: to_html(c.question or ""),
    "Answer": lambda c: to_html(c.answer or ""),
    "Accept": lambda c: list_html(c.accept, "ul", "accept"),
    "Choices": lambda c: list_html(c.choices, "ol", "choices"),
    "Text": lambda c: to_html(c.cloze or ""),
    "Context": lambda c: to_html(c.context or ""),
    "Origin": lambda c: to_html(c.origin or ""),
    # Not shown on the cards: kept so that the deck comes back from Anki as it went.
    "Kind": lambda c: to_html(c.kind or ""),
}


def note_fields(card: Card) -> tuple[NoteType, list[str]]:
    """The note type of a card and its field values (HTML), in the note type's order."""
    note_type = note_type_for(card)
    return note_type, [_FIELD_VALUES[name](card) for name in note_type.fields]


def stable_id(*parts: str) -> int:
    """A fixed signed 64-bit id from names, for the ids Anki would otherwise draw at random."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def install(col: Collection, note_type: NoteType) -> None:
    """Add a note type to a collection under its fixed id."""
    models = col.models
    nt = models.new(note_type.name)
    nt["id"] = note_type.id
    nt["css"] = CSS
    nt["mod"] = TEMPLATE_MTIME
    if note_type.is_cloze:
        from anki.consts import MODEL_CLOZE

        nt["type"] = MODEL_CLOZE
    # Fields and templates have ids too (random by default): Anki sees a note type with
    # other ids as another note type, and would add a copy on every import.
    for name in note_type.fields:
        field = models.new_field(name)
        field["id"] = stable_id(note_type.name, "field", name)
        models.add_field(nt, field)
    template = models.new_template("Cloze" if note_type.is_cloze else "Card 1")
    template["id"] = stable_id(note_type.name, "template", str(template["name"]))
    template["qfmt"] = note_type.front
    template["afmt"] = note_type.back
    models.add_template(nt, template)
    models.update(nt, preserve_usn=True)
