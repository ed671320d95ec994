"""Dates and years: 'Quando si formò Budapest?' -> 1873, 'In che anno fu istituita la NATO?'."""

from __future__ import annotations

from .candidates import extract
from .spans import DateSpan, find_dates

__all__ = ["DateSpan", "extract", "find_dates"]
