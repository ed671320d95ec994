"""Deck files: YAML <-> Deck, with every problem reported as FILE:LINE:COL.

Reading composes the YAML into nodes with the C safe loader (no Python objects
are ever built, so `!!python/...` tags cannot run anything), then walks the
nodes itself: that keeps the line and column of every value and lets it refuse
non-string values instead of letting YAML 1.1 turn `No` into False or `1873`
into an int. Writing keeps key order, leaves defaults out, quotes every string
YAML would read as something else, and replaces the file atomically.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from quizlib.atomic import write_text_atomic
from quizlib.errors import DeckError, Problem
from quizlib.model import (
    CLOZE_PATTERN,
    FINGERPRINT_PATTERN,
    FORMAT_VERSION,
    ID_PATTERN,
    Card,
    Deck,
    Kind,
)

try:  # the C loader and dumper are 4x faster; same marks in errors
    from yaml import CSafeDumper as _BaseDumper
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

DECK_KEYS = ("quizlib", "deck", "id", "language", "source", "cards", "deleted", "generated")
CARD_KEYS = (
    "id",
    "question",
    "answer",
    "cloze",
    "accept",
    "choices",
    "context",
    "origin",
    "kind",
    "tags",
)
_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_NULL = "tag:yaml.org,2002:null"
EMPTY_FILE = "the file is empty; a deck needs at least 'deck:' and 'cards:'"
_TYPE_NAMES = {
    "tag:yaml.org,2002:bool": "a boolean",
    _INT: "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:null": "empty (null)",
    "tag:yaml.org,2002:timestamp": "a date",
}


@dataclass
class _Reader:
    """Walks a composed YAML tree, collecting problems instead of stopping at the first."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    foreign: set[int] = field(default_factory=set)  # nodes with a refused tag, reported once

    def problem(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, message))

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """A mapping's entries by key, with duplicate and non-string keys reported."""
        if id(node) in self.foreign:
            return None
        if not isinstance(node, yaml.MappingNode) or node.tag != _MAP:
            self.problem(node, f"{what} must be a mapping of keys to values")
            return None
        entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, f"keys in {what} must be plain words")
                continue
            key = key_node.value
            if key in entries:
                first = entries[key][0].start_mark.line + 1
                self.problem(key_node, f"duplicate key '{key}' in {what} (first on line {first})")
                continue
            entries[key] = (key_node, value_node)
        return entries

    def unknown_keys(
        self, entries: dict[str, tuple[yaml.Node, yaml.Node]], known: tuple[str, ...], what: str
    ) -> None:
        for key, (key_node, _) in entries.items():
            if key not in known:
                self.problem(key_node, f"unknown key '{key}' in {what}{_hint(key, known)}")

    def string(self, node: yaml.Node, what: str) -> str | None:
        """A string value; anything YAML would read as another type is refused with a fix."""
        if id(node) in self.foreign:
            return None
        if isinstance(node, yaml.ScalarNode):
            if node.tag == _STR:
                return str(node.value)
            if node.tag in _TYPE_NAMES:
                if node.value == "":
                    self.problem(node, f"{what} is empty")
                    return None
                shown = node.value.replace('"', '\\"')
                self.problem(
                    node,
                    f"{what} must be a string, but YAML reads {node.value!r} as "
                    f'{_TYPE_NAMES[node.tag]}; quote it: "{shown}"',
                )
                return None
            self.problem(node, f"{what} has an unsupported tag {node.tag}")
            return None
        self.problem(node, f"{what} must be a string")
        return None

    def strings(self, node: yaml.Node, what: str) -> tuple[str, ...] | None:
        """A list of strings (a single string is refused: write it as a one-item list)."""
        if id(node) in self.foreign:
            return None
        if not isinstance(node, yaml.SequenceNode) or node.tag != _SEQ:
            self.problem(node, f"{what} must be a list of strings, e.g. [one, two]")
            return None
        values = [self.string(item, f"an item of {what}") for item in node.value]
        if any(v is None for v in values):
            return None
        return tuple(v for v in values if v is not None)


def _hint(word: str, known: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _parse(text: str, path: str) -> tuple[Deck | None, list[Problem]]:
    """Text -> Deck, with every problem found; the deck is None when there are problems."""
    reader = _Reader(path)
    if not text.strip():
        return None, [
            Problem(path, 1, 1, "the file is empty; a deck needs at least 'deck:' and 'cards:'")
        ]
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = str(exc.problem or exc.context or "invalid YAML")
        if exc.context and exc.context_mark and exc.problem_mark:
            start = exc.context_mark
            message += f" {exc.context} started on line {start.line + 1}, column {start.column + 1}"
        return None, [Problem(path, line, column, f"YAML syntax error: {message}")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, 1, 1, f"YAML error: {exc}")]
    if root is None:
        return None, [
            Problem(path, 1, 1, "the file is empty; a deck needs at least 'deck:' and 'cards:'")
        ]
    _foreign_tags(reader, root)
    top = reader.mapping(root, "the deck")
    if top is None:
        return None, reader.problems
    reader.unknown_keys(top, DECK_KEYS, "the deck")
    fields: dict[str, Any] = {}

    if "quizlib" in top:
        node = top["quizlib"][1]
        if not (isinstance(node, yaml.ScalarNode) and node.tag == _INT and node.value == "1"):
            reader.problem(
                node, f"unsupported format version; this quizlib reads 'quizlib: {FORMAT_VERSION}'"
            )
    for key in ("deck", "id", "language", "source"):
        if key in top:
            fields[key] = reader.string(top[key][1], f"'{key}'")
    if "deck" not in top:
        reader.problem(root, "the deck has no name; add 'deck: <name>'")
    elif fields.get("deck") is not None and not fields["deck"].strip():
        reader.problem(top["deck"][1], "the deck name is empty")
    if fields.get("id") is not None and not ID_PATTERN.match(fields["id"]):
        reader.problem(top["id"][1], _bad_id("deck id", fields["id"]))
    deleted: tuple[str, ...] = ()
    if "deleted" in top:
        deleted = reader.strings(top["deleted"][1], "'deleted'") or ()
    generated = _read_generated(reader, top["generated"][1]) if "generated" in top else {}

    cards: list[Card] = []
    lines: dict[str, int] = {}
    if "cards" not in top:
        reader.problem(root, "the deck has no 'cards:' list")
    else:
        cards_node = top["cards"][1]
        if isinstance(cards_node, yaml.ScalarNode) and cards_node.value == "":
            pass  # `cards:` with nothing yet is an empty deck
        elif not isinstance(cards_node, yaml.SequenceNode) or cards_node.tag != _SEQ:
            reader.problem(
                cards_node, "'cards' must be a list of cards, each starting with '- id: ...'"
            )
        else:
            first_line: dict[str, int] = {}
            for index, card_node in enumerate(cards_node.value, start=1):
                card = _read_card(reader, card_node, index, first_line)
                if card is not None:
                    cards.append(card)
                    lines[card.id] = card_node.start_mark.line + 1

    if reader.problems:
        return None, sorted(reader.problems, key=lambda p: (p.line, p.column))
    stem = Path(path).stem.split(".")[0]
    deck_id = fields.get("id") or (stem if ID_PATTERN.match(stem) else "deck")
    deck = Deck(
        name=fields["deck"],
        id=deck_id,
        cards=tuple(cards),
        language=fields.get("language"),
        source=fields.get("source"),
        deleted=deleted,
        generated=generated,
        lines=lines,
    )
    return deck, []


def _read_generated(reader: _Reader, node: yaml.Node) -> dict[str, str | None]:
    """The `generated` record: card id -> fingerprint as generated, or None when unknown.

    The form before fingerprints, a list of ids, still reads: its records are unknown, so
    generating again keeps those cards as they are unless they equal the new generation's.
    """
    if id(node) in reader.foreign:
        return {}
    if isinstance(node, yaml.ScalarNode) and node.tag == _NULL and node.value in ("", "~"):
        return {}  # `generated:` with nothing yet
    if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
        record: dict[str, str | None] = {}
        for item in node.value:
            card_id = reader.string(item, "an item of 'generated'")
            if card_id is not None and _generated_id(reader, item, card_id):
                record[card_id] = None
        return record
    if not (isinstance(node, yaml.MappingNode) and node.tag == _MAP):
        reader.problem(
            node,
            "'generated' must map each card id to its fingerprint, one per line "
            "('card-id: 0123456789ab', or 'card-id: null' when unknown)",
        )
        return {}
    record = {}
    for card_id, (key_node, value_node) in (reader.mapping(node, "'generated'") or {}).items():
        if not _generated_id(reader, key_node, card_id):
            continue
        if isinstance(value_node, yaml.ScalarNode) and value_node.tag == _NULL:
            record[card_id] = None
            continue
        fingerprint = reader.string(value_node, f"the fingerprint of '{card_id}' in 'generated'")
        if fingerprint is not None and not FINGERPRINT_PATTERN.match(fingerprint):
            reader.problem(
                value_node,
                f"the fingerprint of '{card_id}' in 'generated' must be 12 hex digits "
                f"(0-9, a-f) or null, not {fingerprint!r}",
            )
        elif fingerprint is not None:
            record[card_id] = fingerprint
    return record


def _generated_id(reader: _Reader, node: yaml.Node, card_id: str) -> bool:
    if ID_PATTERN.match(card_id):
        return True
    reader.problem(node, _bad_id("card id", card_id) + " (in 'generated')")
    return False


def _foreign_tags(reader: _Reader, root: yaml.Node) -> None:
    """Report nodes tagged with anything but YAML's plain types (`!!python/...`, `!custom`)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if not node.tag.startswith("tag:yaml.org,2002:") or node.tag.startswith(
            "tag:yaml.org,2002:python/"
        ):
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            reader.problem(node, f"the tag {tag} is not allowed; a deck holds only plain text")
            reader.foreign.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))


def _bad_id(what: str, value: str) -> str:
    return (
        f"{what} {value!r} may use only letters, digits, '.', '_' and '-', "
        "and must start with a letter or digit"
    )


def _read_card(
    reader: _Reader, node: yaml.Node, index: int, first_line: dict[str, int]
) -> Card | None:
    entries = reader.mapping(node, f"card #{index}")
    if entries is None:
        return None
    before = len(reader.problems)
    card_id: str | None = None
    if "id" not in entries:
        reader.problem(node, f"card #{index} has no id; add 'id: <a-short-name>'")
    else:
        card_id = reader.string(entries["id"][1], f"the id of card #{index}")
        if card_id is not None and not ID_PATTERN.match(card_id):
            reader.problem(entries["id"][1], _bad_id("card id", card_id))
            card_id = None
    label = f"card '{card_id}'" if card_id else f"card #{index}"
    if card_id is not None:
        if card_id in first_line:
            reader.problem(
                entries["id"][1],
                f"duplicate card id '{card_id}' (first used on line {first_line[card_id]})",
            )
        else:
            first_line[card_id] = entries["id"][1].start_mark.line + 1
    reader.unknown_keys(entries, CARD_KEYS, label)

    values: dict[str, Any] = {}
    for key in ("question", "answer", "cloze", "context", "origin", "kind"):
        if key in entries:
            values[key] = reader.string(entries[key][1], f"the {key} of {label}")
    for key in ("accept", "choices", "tags"):
        if key in entries:
            values[key] = reader.strings(entries[key][1], f"'{key}' of {label}")

    def blank(key: str) -> bool:
        return key in entries and values.get(key) is not None and not values[key].strip()

    for key in ("question", "answer", "cloze"):
        if blank(key):
            reader.problem(entries[key][1], f"{label} has an empty {key}")
    if "cloze" in entries:
        for key in ("question", "answer", "choices"):
            if key in entries:
                reader.problem(
                    entries[key][0], f"{label} is a cloze card and cannot also have '{key}'"
                )
        cloze = values.get("cloze")
        if cloze is not None and cloze.strip() and not CLOZE_PATTERN.search(cloze):
            reader.problem(
                entries["cloze"][1],
                f"{label} has a cloze with no deletion; mark the hidden part as {{{{c1::text}}}}",
            )
    else:
        if "question" not in entries:
            reader.problem(node, f"{label} has no question (or 'cloze:' text)")
        if "answer" not in entries:
            reader.problem(node, f"{label} has no answer")
    choices = values.get("choices")
    answer = values.get("answer")
    if choices is not None and "choices" in entries:
        choices_node = entries["choices"][1]
        if len(choices) < 2:
            reader.problem(choices_node, f"{label} needs at least two choices")
        duplicates = sorted({c for c in choices if choices.count(c) > 1})
        if duplicates:
            reader.problem(choices_node, f"{label} lists the choice {duplicates[0]!r} twice")
        if answer is not None and answer not in choices:
            reader.problem(
                choices_node, f"the choices of {label} do not contain its answer {answer!r}"
            )
    kind = values.get("kind")
    if kind is not None:
        kinds = [k.value for k in Kind]
        if kind not in kinds:
            reader.problem(
                entries["kind"][1],
                f"unknown kind '{kind}' in {label}{_hint(kind, kinds)} (kinds: {', '.join(kinds)})",
            )
    if len(reader.problems) > before or card_id is None:
        return None
    return Card(
        id=card_id,
        question=values.get("question"),
        answer=values.get("answer"),
        cloze=values.get("cloze"),
        accept=values.get("accept") or (),
        choices=values.get("choices") or (),
        context=values.get("context"),
        origin=values.get("origin"),
        kind=values.get("kind"),
        tags=values.get("tags") or (),
    )


def _read_text(path: Path) -> tuple[str | None, list[Problem]]:
    shown = str(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        return None, [Problem(shown, 1, 1, "is a directory, not a deck file")]
    except FileNotFoundError:
        return None, [Problem(shown, 1, 1, "no such file")]
    except OSError as exc:
        return None, [Problem(shown, 1, 1, f"cannot read the file: {exc.strerror or exc}")]
    if b"\x00" in data:
        return None, [Problem(shown, 1, 1, "not a text file (it contains binary data)")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [Problem(shown, line, column, "not UTF-8 text; save the deck file as UTF-8")]
    return text, []


def parse_deck(text: str, path: str = "<deck>") -> Deck:
    """Text of a deck file -> Deck; raises DeckError listing every problem."""
    deck, problems = _parse(text, path)
    if deck is None:
        raise DeckError(problems)
    return deck


def load_deck(path: Path) -> Deck:
    """Read a deck file; raises DeckError listing every problem (FILE:LINE:COL: message)."""
    text, problems = _read_text(path)
    if text is None:
        raise DeckError(problems)
    return parse_deck(text, str(path))


def check_deck_file(path: Path) -> list[Problem]:
    """Every problem of a deck file; an empty list means the deck is clean."""
    text, problems = _read_text(path)
    if text is None:
        return problems
    return _parse(text, str(path))[1]


# -- writing -----------------------------------------------------------------


class _FlowList(list[str]):
    """A short list written on one line: [a, b, c]."""


class _Dumper(_BaseDumper):
    """A local dumper: no global representer registration."""


def _represent_str(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar(_STR, value, style=style)


def _represent_flow(dumper: _Dumper, value: _FlowList) -> yaml.SequenceNode:
    return dumper.represent_sequence(_SEQ, value, flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_FlowList, _represent_flow)


def _short_list(values: tuple[str, ...]) -> list[str]:
    if sum(len(v) + 4 for v in values) <= 80 and not any("\n" in v for v in values):
        return _FlowList(values)
    return list(values)


def deck_to_data(deck: Deck) -> dict[str, Any]:
    """The plain data written for a deck, in file order, defaults left out."""
    data: dict[str, Any] = {"quizlib": FORMAT_VERSION, "deck": deck.name, "id": deck.id}
    if deck.language is not None:
        data["language"] = deck.language
    if deck.source is not None:
        data["source"] = deck.source
    data["cards"] = [card_to_data(card) for card in deck.cards]
    if deck.deleted:
        data["deleted"] = _short_list(deck.deleted)
    if deck.generated:
        # One line per id, at the end: the part of the file a person reads least.
        data["generated"] = dict(deck.generated)
    return data


def card_to_data(card: Card) -> dict[str, Any]:
    out: dict[str, Any] = {"id": card.id}
    scalars: tuple[tuple[str, str | None], ...] = (
        ("question", card.question),
        ("answer", card.answer),
        ("cloze", card.cloze),
    )
    for key, value in scalars:
        if value is not None:
            out[key] = value
    lists: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("accept", card.accept),
        ("choices", card.choices),
    )
    for key, items in lists:
        if items:
            out[key] = _short_list(items)
    for key, value in (("context", card.context), ("origin", card.origin), ("kind", card.kind)):
        if value is not None:
            out[key] = value
    if card.tags:
        out["tags"] = _short_list(card.tags)
    return out


def dump_deck(deck: Deck) -> str:
    """The YAML text of a deck (format version 1)."""
    body: str = yaml.dump(
        deck_to_data(deck),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=2**16,
        indent=2,
        default_flow_style=False,
    )
    return body


def write_deck(deck: Deck, path: Path) -> None:
    """Write a deck atomically: a temp file beside the target, then a rename."""
    write_text_atomic(path, dump_deck(deck))
