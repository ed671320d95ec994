"""Field text and GUIDs, without Anki."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizlib.anki.guid import note_guid, parse_guid
from quizlib.anki.html import from_html, list_items, media_in, to_html, to_text
from quizlib.anki.package import zstd_content_size
from quizlib.model import ID_PATTERN


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("a < b & c", "a &lt; b &amp; c"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("riga uno\nriga due", "riga uno<br>riga due"),
        ("l’“Italia” è 'bella'", "l’“Italia” è 'bella'"),
    ],
)
def test_to_html(text: str, field: str) -> None:
    assert to_html(text) == field
    assert to_text(field) == text


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"))))
def test_text_survives_html(text: str) -> None:
    assert to_text(to_html(text)) == text.strip()


@given(st.text())
def test_own_fields_come_back_exactly(text: str) -> None:
    expected = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x1f", " ")
    assert from_html(to_html(text)) == expected


def test_html_formatting_becomes_text() -> None:
    assert to_text("<b>Buda</b>pest&nbsp;e <i>Pest</i>") == "Budapest e Pest"
    assert to_text("<div>uno</div><div>due<br></div>") == "uno\ndue"
    assert to_text("x<script>alert(1)</script><style>p{}</style>y") == "xy"
    assert list_items('<ol class="choices"><li>a &amp; b</li><li>c</li></ol>') == ["a & b", "c"]
    assert media_in('<img src="x.png"> [sound:y.mp3]') == ["x.png", "y.mp3"]


@given(st.text(min_size=1, max_size=30))
def test_foreign_guids_round_trip(guid: str) -> None:
    deck_id, card_id = parse_guid(guid)
    if deck_id is None:
        assert ID_PATTERN.match(card_id)
        assert note_guid("any-deck", card_id) == guid


def test_own_guids_round_trip() -> None:
    guid = note_guid("vertice-budapest", "budapest-1873")
    assert guid == "quizlib:vertice-budapest:budapest-1873"
    assert parse_guid(guid) == ("vertice-budapest", "budapest-1873")


def test_zstd_declared_size() -> None:
    single = b"\x28\xb5\x2f\xfd\xe0" + (5 * 1024**3).to_bytes(8, "little")
    assert zstd_content_size(single) == 5 * 1024**3
    assert zstd_content_size(b"\x28\xb5\x2f\xfd\x00\x58") is None  # streamed: no size
    assert zstd_content_size(b"SQLite format 3\x00") is None
