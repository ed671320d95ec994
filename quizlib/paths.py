"""Where quizlib keeps things: one small module so tests can point it elsewhere.

The home holds the progress database, the settings and the person's decks.
`QUIZLIB_HOME` (or `quiz --home DIR`, which sets it) moves it.
"""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "QUIZLIB_HOME"


def home() -> Path:
    """The quizlib home directory (not created here)."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("quizlib", appauthor=False))


def database_path() -> Path:
    return home() / "progress.db"


def config_path() -> Path:
    return home() / "settings.yaml"


def cache_dir() -> Path:
    return home() / "cache"


def user_decks_dir() -> Path:
    return home() / "decks"


def deck_file_for(article: Path) -> Path:
    """Where `quiz generate` writes the deck of an article when no -o is given."""
    return user_decks_dir() / f"{article.name.split('.')[0]}.yaml"


def bundled_decks_dir() -> Path:
    """The decks shipped with quizlib: inside the wheel, or `decks/` in a source checkout."""
    packaged = Path(__file__).parent / "_decks"
    if packaged.is_dir():
        return packaged
    return Path(__file__).parent.parent / "decks"


def deck_files(directory: Path) -> list[Path]:
    """The deck files of a directory, sorted by name."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def default_deck_files() -> list[Path]:
    """The person's decks, or the shipped decks when they have none yet."""
    return deck_files(user_decks_dir()) or deck_files(bundled_decks_dir())
