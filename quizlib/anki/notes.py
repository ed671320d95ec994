"""Anki notes to quizlib cards, by note type.

quizlib's own note types are read field by field (exactly: spaces and line breaks as
written). Anki's stock types by their fields: Basic and Basic-and-reversed (Front, Back),
typed (the `{{type:...}}` field is the answer), Cloze (its text and Back Extra). Any other
note type: first field = question, second = answer. HTML that is only formatting goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from quizlib.anki.html import from_html, list_items, to_text
from quizlib.anki.notetypes import BY_ID
from quizlib.model import CLOZE_PATTERN, Card, Kind

_TYPE_FIELD = re.compile(r"\{\{type:(?:[^:}]+:)*([^}]+)\}\}")
_CLOZE_FIELD = re.compile(r"\{\{(?:[^:}]+:)*cloze:([^}]+)\}\}")
IMAGE_OCCLUSION = 6  # StockNotetype.OriginalStockKind in Anki's note type config
KINDS = frozenset(k.value for k in Kind)
_FIELD_REF = re.compile(r"\{\{([^#/^!{}][^{}]*)\}\}")


@dataclass(frozen=True)
class Note:
    """An Anki note: its GUID, its note type (Anki's dict form) and its fields by name."""

    guid: str
    notetype: dict[str, Any]
    fields: dict[str, str]


def tags_of(tags: str) -> tuple[str, ...]:
    """Anki's space-separated tags column as a tuple."""
    return tuple(t for t in tags.split() if t)


def card_from_note(note: Note, tags: str) -> tuple[Card | None, str]:
    """A card (with a placeholder id) from a note, or None and the reason."""
    nt, values = note.notetype, note.fields
    names = list(values)
    tag_list = tags_of(tags)

    def text(name: str | None) -> str:
        return to_text(values.get(name, "")) if name else ""

    def exact(name: str | None) -> str:
        return from_html(values.get(name, "")) if name else ""

    if nt["id"] in BY_ID or nt["name"].startswith("quizlib "):
        # Fields quizlib wrote: spaces and line breaks come back as they were.
        context, origin = exact("Context") or None, exact("Origin") or None
        kind = exact("Kind") if exact("Kind") in KINDS else None
        if "Text" in values:
            card, problem = _cloze_card(exact("Text"), context, origin, tag_list)
        else:
            choices = tuple(list_items(values.get("Choices", "")))
            accept = tuple(list_items(values.get("Accept", "")))
            card, problem = _qa_card(
                exact("Question"), exact("Answer"), accept, choices, context, origin, tag_list
            )
        return (replace(card, kind=kind) if card else None), problem
    templates = nt["tmpls"]
    if nt.get("originalStockKind") == IMAGE_OCCLUSION or any(
        "image-occlusion:" in v for v in values.values()
    ):
        return None, "image occlusion needs its image, which quizlib cannot show"
    if nt["type"] == 1:  # Anki cloze
        refs = _CLOZE_FIELD.findall(templates[0]["qfmt"]) if templates else []
        text_field = refs[0].strip() if refs and refs[0].strip() in values else names[0]
        rest = [n for n in names if n != text_field]
        extra = "Back Extra" if "Back Extra" in values else (rest[0] if rest else None)
        return _cloze_card(text(text_field), text(extra) or None, None, tag_list)
    qfmt = templates[0]["qfmt"] if templates else ""
    typed = _TYPE_FIELD.search(qfmt)
    if typed and typed.group(1).strip() in values:
        answer_field: str | None = typed.group(1).strip()
        refs = [r.strip() for r in _FIELD_REF.findall(qfmt)]
        question_field = next((r for r in refs if r in values and r != answer_field), None)
        if question_field is None:
            question_field = next((n for n in names if n != answer_field), None)
    elif "Front" in values and "Back" in values:
        question_field, answer_field = "Front", "Back"
    elif len(names) >= 2:
        question_field, answer_field = names[0], names[1]
    else:
        return None, "a note type with one field has no answer"
    return _qa_card(text(question_field), text(answer_field), (), (), None, None, tag_list)


def _qa_card(
    question: str,
    answer: str,
    accept: tuple[str, ...],
    choices: tuple[str, ...],
    context: str | None,
    origin: str | None,
    tags: tuple[str, ...],
) -> tuple[Card | None, str]:
    if not question.strip():
        return None, "empty question"
    if not answer.strip():
        return None, "empty answer"
    if len(choices) < 2 or answer not in choices or len(set(choices)) != len(choices):
        choices = ()
    card = Card(
        id="x",
        question=question,
        answer=answer,
        accept=tuple(a for a in accept if a and a != answer),
        choices=choices,
        context=context,
        origin=origin,
        tags=tags,
    )
    return card, ""


def _cloze_card(
    text: str, context: str | None, origin: str | None, tags: tuple[str, ...]
) -> tuple[Card | None, str]:
    if not text.strip() or not CLOZE_PATTERN.search(text):
        return None, "cloze text without a deletion"
    card = Card(id="x", cloze=text, context=context, origin=origin, tags=tags)
    return card, ""
