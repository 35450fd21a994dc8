"""Wording shared by the command line and the quiz app: terminal-safe text, percentages, rough times,
stats columns, paths."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import TYPE_CHECKING

# Bidi embeddings, overrides and isolates reorder what a terminal shows (U+202E reverses it).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

if TYPE_CHECKING:
    from quizgen.progress.stats import DeckStats

# The per-deck numbers, in the order both `quizgen stats` and the app's stats screen show them:
# (header, `stats --json` key). Headers are short so the table fits 80 columns beside the titles.
STATS_FIELDS = (("questions", "questions"), ("answered", "answered"), ("right", "accuracy"),
                ("due", "due_now"), ("due 7d", "due_7d"), ("streak", "streak"))
COLUMNS = tuple(header for header, _key in STATS_FIELDS)


def stats_cells(s: "DeckStats") -> list[str]:
    """A deck's numbers as the table shows them, in COLUMNS order."""
    return [str(s.questions), str(s.answered), percent(s.accuracy), str(s.due_now), str(s.due_week),
            f"{s.streak} day{'s' if s.streak != 1 else ''}"]


def stats_values(s: "DeckStats") -> dict:
    """A deck's numbers as `stats --json` gives them: the table's, by STATS_FIELDS key, as numbers."""
    values = (s.questions, s.answered, None if s.accuracy is None else round(s.accuracy, 4), s.due_now,
              s.due_week, s.streak)
    return {key: value for (_header, key), value in zip(STATS_FIELDS, values)}


def studied_first(stats: list["DeckStats"]) -> list["DeckStats"]:
    """Decks with answers first, then the others, each group in the order given."""
    return [s for s in stats if s.reviews] + [s for s in stats if not s.reviews]


def cut(text: str, width: int) -> str:
    """`text` in at most `width` characters, an ellipsis marking a cut."""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


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


def source_label(source: str, width: int = 32) -> str:
    """A deck's `source:` as shown to a learner: the article's file name ('../seeds/a.txt' -> 'a.txt'),
    a long one cut in the middle to `width` characters so a picker row stays on its line."""
    name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source
    if len(name) <= width:
        return name
    keep = width - 1
    return name[: keep - keep // 2] + "…" + name[len(name) - keep // 2:]
