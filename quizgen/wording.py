"""Wording shared by the command line and the quiz app: terminal-safe text, percentages, rough times,
stats columns, paths."""

from __future__ import annotations

import unicodedata
from datetime import datetime

# Bidi embeddings, overrides and isolates reorder what a terminal shows (U+202E reverses it).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# The per-deck numbers, in the order both `quizgen stats` and the app's stats screen show them.
COLUMNS = ("questions", "answered", "accuracy", "due now", "due 7d", "streak")


def shown(text: str) -> str:
    """`text` safe to print on one terminal line: control characters (escape sequences, line breaks),
    line separators, bidi controls and lone surrogates written as escapes ('a\\nb', '\\x1b[2J')."""
    if text.isprintable():
        return text
    return "".join(c.encode("unicode_escape").decode("ascii")
                   if c in BIDI_CONTROLS or unicodedata.category(c) in ("Cc", "Zl", "Zp", "Cs") else c
                   for c in text)


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
