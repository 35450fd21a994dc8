"""Wording shared by the command line and the quiz app: percentages, rough times, stats columns."""

from __future__ import annotations

from datetime import datetime

# The per-deck numbers, in the order both `quizgen stats` and the app's stats screen show them.
COLUMNS = ("questions", "answered", "accuracy", "due now", "due 7d", "streak")


def percent(value: float | None) -> str:
    """'75%', or '—' when there is nothing to measure."""
    return "—" if value is None else f"{round(value * 100)}%"


def ago(moment: datetime, now: datetime, short: bool = False) -> str:
    """'now', '3 hours ago', 'in 2 days', 'in under a minute' — a rough, readable distance from now.

    `short`: 'in 4 min', 'in 3 h' for one-line notices.
    """
    seconds = (moment - now).total_seconds()
    size = abs(seconds)
    for unit, span, abbreviation in (("day", 86400, None), ("hour", 3600, "h"), ("minute", 60, "min")):
        if size >= span:
            n = int(size // span)
            text = f"{n} {abbreviation}" if short and abbreviation else f"{n} {unit}{'s' if n != 1 else ''}"
            return f"in {text}" if seconds > 0 else f"{text} ago"
    return "in under a minute" if seconds > 0 else "now"


def nothing_due(next_due: datetime | None, now: datetime) -> str:
    """'Nothing due — next in 4 min', or what to do first when nothing was ever answered."""
    if next_due is None:
        return "Nothing due — questions you answer come back here when they are due"
    return f"Nothing due — next {ago(next_due, now, short=True)}"
