"""Short human forms of durations for the screens."""

from __future__ import annotations

from datetime import timedelta


def clock(span: timedelta) -> str:
    """A session length: `42s`, `3:05`, `1:02:09`."""
    total = max(0, int(span.total_seconds()))
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    if minutes:
        return f"{minutes}:{seconds:02d}"
    return f"{seconds}s"
