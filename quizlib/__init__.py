"""quizlib: turn articles into study decks and remember them with spaced repetition."""

__version__ = "0.1.0"
