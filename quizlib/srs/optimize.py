"""Personal FSRS parameters fitted to the review log with fsrs-rs-python (Anki's trainer).

Each review on a later study day than the one before becomes one training example (the
item's history up to it, in whole study days), as Anki builds them. With too few examples
(about 300) the trainer gives back its defaults; then we say so, and how many more it needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from quizlib.errors import QuizlibError
from quizlib.srs.scheduler import State
from quizlib.srs.settings import PARAMETER_COUNT, Settings, save_settings
from quizlib.srs.store import Store

if TYPE_CHECKING:
    from fsrs_rs_python import FSRSItem

# Below this many training examples fsrs-rs returns its defaults unchanged.
MIN_TRAINING_ITEMS = 300
_DAY_MS = 86_400_000


@dataclass(frozen=True)
class OptimizeResult:
    """What a fit found. `parameters` is None when there was too little to learn from."""

    reviews: int
    training_items: int
    parameters: tuple[float, ...] | None
    log_loss_before: float | None
    log_loss_after: float | None
    needed: int
    saved: bool = False
    # the trainer ran but gave back its defaults: too little usable history
    returned_defaults: bool = False

    @property
    def enough(self) -> bool:
        return self.parameters is not None

    def __str__(self) -> str:
        if self.returned_defaults:
            return (
                f"{self.reviews} reviews give {self.training_items} training examples; the "
                "optimizer returned its default parameters, which means it needs more history "
                f"(roughly {self.needed} more reviews of cards seen on an earlier day). "
                "Parameters unchanged."
            )
        if self.parameters is None:
            return (
                f"{self.reviews} reviews give {self.training_items} training examples; the "
                f"optimizer needs at least {MIN_TRAINING_ITEMS} (about {self.needed} more "
                "reviews of cards seen on an earlier day) and would return the defaults. "
                "Parameters unchanged."
            )
        lines = [
            f"fitted FSRS parameters on {self.training_items} examples from {self.reviews} reviews",
            f"log loss: {self.log_loss_before:.4f} before, {self.log_loss_after:.4f} after",
        ]
        if self.log_loss_after is not None and self.log_loss_before is not None:
            if self.log_loss_after >= self.log_loss_before:
                lines.append("no improvement over the current parameters; kept them")
            elif self.saved:
                lines.append("saved to the settings")
        return "\n".join(lines)


def _training_items(store: Store, day_start_hour: int) -> tuple[int, list[list[tuple[int, int]]]]:
    """Per item, the reviews since it was last new, as (rating, study-day number)."""
    shift = day_start_hour * 3_600_000
    rows = store.db.execute(
        "SELECT deck_id, item_id, rating, reviewed_at, state_before FROM reviews"
        " ORDER BY deck_id, item_id, reviewed_at, id"
    )
    histories: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    key: tuple[str, str] | None = None
    count = 0
    for deck_id, item_id, rating, at, before in rows:
        count += 1
        if (deck_id, item_id) != key:
            if current:
                histories.append(current)
            current, key = [], (deck_id, item_id)
        if before == State.NEW and current:
            histories.append(current)  # reset: a new history starts
            current = []
        current.append((rating, (at - shift) // _DAY_MS))
    if current:
        histories.append(current)
    return count, histories


def _fsrs_items(histories: Iterable[list[tuple[int, int]]]) -> list[FSRSItem]:
    from fsrs_rs_python import FSRSItem, FSRSReview

    items: list[FSRSItem] = []
    for history in histories:
        reviews = []
        previous_day: int | None = None
        for rating, day in history:
            delta = 0 if previous_day is None else day - previous_day
            previous_day = day
            reviews.append(FSRSReview(rating, delta))
            # a same-day review predicts nothing about long-term memory: not a target
            if len(reviews) >= 2 and delta > 0:
                item = FSRSItem(list(reviews))
                if item.long_term_review_cnt() > 0:
                    items.append(item)
    return items


def optimize_parameters(
    store: Store, settings: Settings, *, save: bool = True, path: Path | None = None
) -> OptimizeResult:
    """Fit parameters to every review in the store; save them if they predict better."""
    import fsrs_rs_python as rs

    count, histories = _training_items(store, settings.day_start_hour)
    items = _fsrs_items(histories)
    if len(items) < MIN_TRAINING_ITEMS:
        return OptimizeResult(
            reviews=count,
            training_items=len(items),
            parameters=None,
            log_loss_before=None,
            log_loss_after=None,
            needed=MIN_TRAINING_ITEMS - len(items),
        )
    current = list(settings.parameters or rs.DEFAULT_PARAMETERS)
    try:
        fitted = rs.FSRS(current).compute_parameters(items)
        before = rs.FSRS(current).evaluate(items).log_loss
        after = rs.FSRS(fitted).evaluate(items).log_loss
    except Exception as e:  # the trainer reports bad data as plain exceptions
        raise QuizlibError(f"the optimizer failed on the review log: {e}") from e
    if len(fitted) != PARAMETER_COUNT:
        raise QuizlibError(f"the optimizer returned {len(fitted)} parameters, not 21")
    parameters = tuple(round(float(p), 4) for p in fitted)
    if parameters == tuple(round(float(p), 4) for p in rs.DEFAULT_PARAMETERS):
        return OptimizeResult(
            reviews=count,
            training_items=len(items),
            parameters=None,
            log_loss_before=float(before),
            log_loss_after=float(after),
            needed=MIN_TRAINING_ITEMS,
            returned_defaults=True,
        )
    better = after < before
    saved = False
    if better and save:
        save_settings(replace(settings, parameters=_clamped(parameters)), path)
        saved = True
    return OptimizeResult(
        reviews=count,
        training_items=len(items),
        parameters=parameters,
        log_loss_before=float(before),
        log_loss_after=float(after),
        needed=0,
        saved=saved,
    )


def _clamped(parameters: tuple[float, ...]) -> tuple[float, ...]:
    """Parameters inside py-fsrs's bounds (rounding may step just outside)."""
    from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

    return tuple(
        min(max(p, lo), hi)
        for p, lo, hi in zip(
            parameters, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True
        )
    )
