"""Two processes for a long document: a forked child does the second part of a piece of work
and sends its result back through a pipe while the parent does the first part.

    head, tail = in_two(work, n, at)   # work(0, at) here, work(at, n) in the child

The child inherits the document (fork copies nothing until written), so only the results
cross the pipe. Where a fork is not safe or not worth it (no fork, one core, other threads
running, as when the app generates in a worker thread) or the child fails, the parent does
both parts itself: the result is the same either way.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether a second process can share the work: fork exists, a second core is free to us,
    and this process runs no other thread (a child forked beside threads may inherit a lock
    some thread held)."""
    return hasattr(os, "fork") and _cores() > 1 and threading.active_count() == 1


def in_two(work: Callable[[int, int], T], n: int, at: int) -> tuple[T, T]:
    """(work(0, at), work(at, n)), the second computed in a forked child when possible."""
    if not can_fork():
        return work(0, at), work(at, n)
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return work(0, at), work(at, n)
    if pid == 0:  # the child: never returns, never runs the parent's exit handlers
        code = 1
        try:
            os.close(read_end)
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it quietly
            data = pickle.dumps(work(at, n), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    reaped = False
    try:
        with os.fdopen(read_end, "rb") as pipe:
            head = work(0, at)
            data = pipe.read()  # until the child closes its end: done, failed or killed
        _, status = os.waitpid(pid, 0)
        reaped = True
        if os.waitstatus_to_exitcode(status) == 0 and data:
            return head, pickle.loads(data)
        return head, work(at, n)  # the child failed or was killed: do its part here
    finally:
        if not reaped:  # the parent failed (or was interrupted) first
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except OSError:
                pass


def share_at(costs: list[float], share: float) -> int:
    """Where to cut work items of these costs so that the first part holds `share` of the
    total: the index of the first item after it."""
    goal, total = share * sum(costs), 0.0
    for i, cost in enumerate(costs):
        total += cost
        if total >= goal:
            return i + 1
    return len(costs)
