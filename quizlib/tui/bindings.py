"""Every key binding of the app as data: an id (for keymaps), a key, a description.

Screens take their BINDINGS from here and the help screen is generated from the
same lists, so help can never drift from the keys that work.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

APP: list[BindingType] = [
    Binding("question_mark", "help", "Help", id="app.help", tooltip="Show every key"),
    Binding(
        "ctrl+p",
        "command_palette",
        "Commands",
        id="app.commands",
        tooltip="Search the main actions and themes",
    ),
]

DECKS: list[BindingType] = [
    Binding("enter", "study", "Study", id="decks.study", tooltip="Study the selected deck"),
    Binding("a", "study_all", "Study all", id="decks.study_all", tooltip="Study every deck"),
    Binding("s", "stats", "Stats", id="decks.stats", tooltip="Statistics of every deck"),
    Binding("b", "browse", "Browse", id="decks.browse", tooltip="Browse and search the cards"),
    Binding(
        "g", "generate", "Generate", id="decks.generate", tooltip="Make a deck from an article file"
    ),
    Binding(
        "x",
        "export",
        "Export",
        id="decks.export",
        tooltip="Export the selected deck with its progress to an Anki package",
    ),
    Binding(
        "r", "reload", "Reload", id="decks.reload", show=False, tooltip="Read the deck files again"
    ),
    Binding("q", "quit", "Quit", id="decks.quit", tooltip="Quit quizlib"),
]

REVIEW: list[BindingType] = [
    Binding(
        "space,enter",
        "reveal",
        "Show answer",
        id="review.reveal",
        key_display="space",
        tooltip="Show the answer",
    ),
    Binding(
        "space,enter",
        "accept",
        "Accept",
        id="review.accept",
        key_display="space",
        tooltip="Take the highlighted rating: Good, unless a typed or picked answer says else",
    ),
    Binding(
        "1",
        "rate(1)",
        "Again",
        id="review.again",
        show=False,
        tooltip="Again: forgot it (before the answer, in choice mode: pick choice 1)",
    ),
    Binding(
        "2",
        "rate(2)",
        "Hard",
        id="review.hard",
        show=False,
        tooltip="Hard: recalled with effort (in choice mode: pick choice 2)",
    ),
    Binding(
        "3",
        "rate(3)",
        "Good",
        id="review.good",
        show=False,
        tooltip="Good: recalled (in choice mode: pick choice 3)",
    ),
    Binding(
        "4",
        "rate(4)",
        "Easy",
        id="review.easy",
        show=False,
        tooltip="Easy: recalled at once (in choice mode: pick choice 4)",
    ),
    Binding("u", "undo", "Undo", id="review.undo", tooltip="Undo the last rating"),
    Binding("b", "bury", "Bury", id="review.bury", tooltip="Hide this card until tomorrow"),
    Binding(
        "s",
        "suspend",
        "Suspend",
        id="review.suspend",
        tooltip="Stop showing this card until it is unsuspended",
    ),
    Binding(
        "e", "edit", "Edit", id="review.edit", tooltip="Open the deck file at this card in $EDITOR"
    ),
    Binding(
        "q,escape",
        "end",
        "End",
        id="review.end",
        key_display="q",
        tooltip="End the session and show its summary",
    ),
]

SUMMARY: list[BindingType] = [
    Binding(
        "enter,escape",
        "close",
        "Decks",
        id="summary.close",
        key_display="enter",
        tooltip="Back to the deck list",
    ),
    Binding("q", "quit", "Quit", id="summary.quit", tooltip="Quit quizlib"),
]

MODAL: list[BindingType] = [
    Binding("escape", "cancel", "Cancel", id="modal.cancel", tooltip="Close without doing it"),
]

# Shown by the help screen, in this order.
GROUPS: list[tuple[str, list[BindingType]]] = [
    ("Everywhere", APP),
    ("Deck list", DECKS),
    ("Review", REVIEW),
    ("Session summary", SUMMARY),
    ("Prompts", MODAL),
]
