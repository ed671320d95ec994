"""Readings remembered for a document: what several rules ask of the same sentence (the
clause a figure stands in, say) is read once, not again by each rule that asks."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, ParamSpec, TypeVar, cast

P = ParamSpec("P")
T = TypeVar("T")
_UNREAD = object()  # no reading kept yet


def per_document(read: Callable[P, T]) -> Callable[P, T]:
    """`read(..., doc)`, its document last, remembered in `doc.memo` by its other arguments
    (each hashable): for a reading that depends on nothing else, and tells its result to
    no one that changes it."""

    @wraps(read)
    def remembered(*args: P.args, **kwargs: P.kwargs) -> T:
        doc: Any = args[-1]
        key = (read, args[:-1], *kwargs.items())
        out = doc.memo.get(key, _UNREAD)
        if out is _UNREAD:
            out = doc.memo[key] = read(*args, **kwargs)
        return cast(T, out)

    return remembered
