"""What an export holds: leaving out questions a format cannot hold, and the one-line summary."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from quizgen.deck.model import TYPE_LABELS, TYPES, Deck, Question
from quizgen.wording import shown


def left_out(decks: list[Deck], types: tuple[str, ...]) -> list[tuple[Question, str]]:
    """Questions whose type the format cannot hold, with their type's label."""
    return [(q, TYPE_LABELS[q.type]) for d in decks for q in d.questions if q.type not in types]


def keep_types(decks: list[Deck], types: tuple[str, ...]) -> list[Deck]:
    """Copies of the decks holding only questions of the given types."""
    return [replace(d, questions=[q for q in d.questions if q.type in types], path=d.path) for d in decks]


def summary_line(decks: list[Deck], unit: str, out: Path) -> str:
    """'12 notes: 7 multiple choice, 4 fill-in, 1 true/false → decks/x.apkg' (zero counts left out)."""
    counts = {t: sum(q.type == t for d in decks for q in d.questions) for t in TYPES}
    total = sum(counts.values())
    parts = ", ".join(f"{n} {TYPE_LABELS[t]}" for t, n in counts.items() if n)
    where = f" from {len(decks)} decks" if len(decks) > 1 else ""
    return f"{total} {unit}{'s' if total != 1 else ''}{where}: {parts} → {shown(str(out))}"
