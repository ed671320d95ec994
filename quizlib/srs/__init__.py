"""Spaced repetition: FSRS scheduling, the progress store, the study queue, answer checking,
stats and the parameter optimizer. Never imports textual.

The names below are imported from their modules on first use, so importing one
module (the store, say) does not pay for all the others at start-up.
"""

from __future__ import annotations

import importlib
from typing import Any

_MODULES = {
    "answer": ("Grade", "Verdict", "check_answer", "normalize"),
    "optimize": ("OptimizeResult", "optimize_parameters"),
    "queue": ("DayQueue", "Due", "build_queue"),
    "scheduler": ("CardState", "Rating", "ReviewLog", "Scheduler", "State", "describe_interval"),
    "session": ("Session",),
    "settings": ("Settings", "load_settings", "save_settings"),
    "stats": ("DeckCounts", "Stats", "collect_stats", "deck_counts"),
    "store": ("Store",),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'quizlib.srs' has no attribute {name!r}")
    return getattr(importlib.import_module(f"quizlib.srs.{module}"), name)
