"""Spaced repetition: FSRS scheduling, the progress store, the study queue, answer checking,
stats and the parameter optimizer. Never imports textual."""

from quizlib.srs.answer import Grade, Verdict, check_answer, normalize
from quizlib.srs.optimize import OptimizeResult, optimize_parameters
from quizlib.srs.queue import DayQueue, Due, build_queue
from quizlib.srs.scheduler import (
    CardState,
    Rating,
    ReviewLog,
    Scheduler,
    State,
    describe_interval,
)
from quizlib.srs.session import Session
from quizlib.srs.settings import Settings, load_settings, save_settings
from quizlib.srs.stats import DeckCounts, Stats, collect_stats, deck_counts
from quizlib.srs.store import Store

__all__ = [
    "CardState",
    "DayQueue",
    "DeckCounts",
    "Due",
    "Grade",
    "OptimizeResult",
    "Rating",
    "ReviewLog",
    "Scheduler",
    "Session",
    "Settings",
    "State",
    "Stats",
    "Store",
    "Verdict",
    "build_queue",
    "check_answer",
    "collect_stats",
    "deck_counts",
    "describe_interval",
    "load_settings",
    "normalize",
    "optimize_parameters",
    "save_settings",
]
