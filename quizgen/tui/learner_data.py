"""What the app shows of a learner's progress, read so that a store that cannot be read is a notice, not a crash."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime

from quizgen.deck.model import Deck, Question
from quizgen.errors import QuizgenError
from quizgen.progress.review import due_counts, due_questions
from quizgen.progress.stats import DeckStats
from quizgen.progress.store import ProgressStore
from quizgen.quiz.session import QuizOptions

# What reading or writing the store may raise: the store's own errors, and SQLite's for a file
# damaged after it was opened.
UNREADABLE = (QuizgenError, sqlite3.Error)
# How far ahead the picker looks for the next due question when nothing is due now (seconds).
LOOK_AHEAD = 10 * 365 * 86400


@dataclass
class Overview:
    """The picker's progress: due questions and the latest score per deck key, and when the next is due."""

    due: dict[str, int] = field(default_factory=dict)
    last_score: dict[str, tuple[int, int]] = field(default_factory=dict)
    next_due: datetime | None = None
    error: str | None = None

    @property
    def total_due(self) -> int:
        """Questions due now across the decks."""
        return sum(self.due.values())


def overview(decks: list[Deck], store: ProgressStore | None, now: datetime, store_error: str | None = None) -> Overview:
    """Due counts and last scores of `decks` (a few indexed queries: the picker asks on every visit)."""
    if store is None:
        return Overview(error=store_error)
    try:
        due = due_counts(decks, store, now)
        scores = {deck.key: score for deck in decks if (score := store.last_score(deck.key)) is not None}
        next_due = None
        if not sum(due.values()):
            upcoming = store.due({deck.key: [q.id for q in deck.questions] for deck in decks}, now, LOOK_AHEAD)
            next_due = upcoming[0][2] if upcoming else None
    except UNREADABLE as e:
        return Overview(error=str(e))
    return Overview(due, scores, next_due)


def review_items(decks: list[Deck], store: ProgressStore, now: datetime,
                 options: QuizOptions = QuizOptions()) -> list[tuple[Deck, Question]]:
    """The questions due now, most overdue first, narrowed by the command line's --type and --limit."""
    items = [(deck, q) for deck, q in due_questions(decks, store, now) if options.qtype in (None, q.type)]
    return items[: options.limit] if options.limit is not None else items


def all_stats(decks: list[Deck], store: ProgressStore, now: datetime) -> list[DeckStats]:
    """`quizgen stats`'s numbers for each deck, in one pass."""
    return [store.deck_stats(deck, now) for deck in decks]
