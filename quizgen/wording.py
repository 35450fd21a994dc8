"""Wording shared by the command line and the quiz app: percentages, rough times, stats columns, paths."""

from __future__ import annotations

from datetime import datetime

# The per-deck numbers, in the order both `quizgen stats` and the app's stats screen show them.
COLUMNS = ("questions", "answered", "accuracy", "due now", "due 7d", "streak")


def percent(value: float | None) -> str:
    """'75%', or '—' when there is nothing to measure."""
    return "—" if value is None else f"{round(value * 100)}%"


def ago(moment: datetime, now: datetime) -> str:
    """'now', '3 hours ago', 'in 2 days', 'in under a minute' — a rough, readable distance from now."""
    seconds = (moment - now).total_seconds()
    size = abs(seconds)
    for unit, span in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if size >= span:
            n = int(size // span)
            text = f"{n} {unit}{'s' if n != 1 else ''}"
            return f"in {text}" if seconds > 0 else f"{text} ago"
    return "in under a minute" if seconds > 0 else "now"


def source_label(source: str, width: int = 32) -> str:
    """A deck's `source:` as shown to a learner: the article's file name ('../seeds/a.txt' -> 'a.txt'),
    a long one cut in the middle to `width` characters so a picker row stays on its line."""
    name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source
    if len(name) <= width:
        return name
    keep = width - 1
    return name[: keep - keep // 2] + "…" + name[len(name) - keep // 2:]
