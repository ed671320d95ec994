"""Field text for Anki: plain text to HTML that shows as written, and HTML back to text.

Anki fields are HTML. quizlib text is plain, so `<`, `&` and `<script>` are escaped
and line breaks become `<br>`; on import, tags that are only formatting are dropped.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Elements that end a line of text when the HTML is read back.
_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tr ul".split()
)
# Elements whose content is never text a person reads.
_SKIPPED = frozenset({"script", "style", "head", "title", "template"})
# Elements that carry content quizlib cannot show: kept as a [placeholder] and reported.
_MEDIA = frozenset({"img", "audio", "video", "object", "embed", "iframe", "svg", "math"})
_MEDIA_TAG = re.compile(r"<(?:" + "|".join(sorted(_MEDIA)) + r")\b", re.IGNORECASE)
_SOUND = re.compile(r"\[sound:([^\]]+)\]")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")


_SPECIAL = re.compile(r"[<>&\r\n\x1f]")


def to_html(text: str) -> str:
    """Plain text as an Anki field: shown literally, line breaks kept; quotes stay as typed."""
    if not _SPECIAL.search(text):
        return text
    # \x1f separates fields in Anki's notes table: it cannot be part of one.
    escaped = html.escape(text.replace("\x1f", " "), quote=False)
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list[str]] = [[]]
        self.items: list[str] = []
        self.media: list[str] = []
        self._skip = 0
        self._list_item: list[str] | None = None

    def _break(self) -> None:
        if self.lines[-1]:
            self.lines.append([])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag == "br":
            self.lines.append([])
        elif tag in _MEDIA:
            name = dict(attrs).get("src") or tag
            self.media.append(name)
            self.lines[-1].append(f"[{name}]")
        elif tag in _BLOCKS:
            self._break()
            if tag == "li":
                self._list_item = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIPPED:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            if tag == "li" and self._list_item is not None:
                self.items.append(_SPACES.sub(" ", "".join(self._list_item)).strip())
                self._list_item = None
            self._break()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.lines[-1].append(data)
        if self._list_item is not None:
            self._list_item.append(data)

    def text(self) -> str:
        lines = [_SPACES.sub(" ", "".join(parts)).strip() for parts in self.lines]
        out: list[str] = []
        for line in lines:
            if line or (out and out[-1]):
                out.append(line)
        return "\n".join(out).strip()


def _parse(field: str) -> _TextParser:
    parser = _TextParser()
    parser.feed(field)
    parser.close()
    return parser


def to_text(field: str) -> str:
    """An Anki field as plain text: formatting dropped, breaks and blocks as new lines."""
    if "<" not in field and "&" not in field:
        return _SPACES.sub(" ", field).strip()
    return _parse(field).text()


_OTHER_TAG = re.compile(r"<(?!br>)")


def from_html(field: str) -> str:
    """The exact text `to_html` was given, for a field that holds only that; else `to_text`.

    A field quizlib wrote comes back with its spaces and line breaks as they were; one
    edited in Anki with formatting is read as HTML.
    """
    if _OTHER_TAG.search(field):
        return to_text(field)
    return html.unescape(field.replace("<br>", "\n"))


def list_items(field: str) -> list[str]:
    """The `<li>` texts of a field (how choices are stored), in order."""
    if "<li" not in field:
        return []
    return [item for item in _parse(field).items if item]


def media_in(field: str) -> list[str]:
    """Files and elements of a field that plain text cannot carry (images, sounds...)."""
    found = _parse(field).media if _MEDIA_TAG.search(field) else []
    return found + _SOUND.findall(field)
