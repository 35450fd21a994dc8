"""What the app shows of a learner's progress, read so that a store that cannot be read is a notice, not a crash."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

from quizgen.deck.catalog import DeckEntry, read_entry
from quizgen.deck.model import Deck, Question
from quizgen.errors import QuizgenError
from quizgen.progress import runs
from quizgen.progress.review import due_counts, due_questions
from quizgen.progress.stats import DeckStats
from quizgen.progress.store import ProgressStore
from quizgen.quiz.session import QuizOptions, QuizSession, deck_titles

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
    left: dict[str, int] = field(default_factory=dict)  # questions left in an unfinished run, by deck key

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
        left = {deck.key: len(run.left) for deck in decks if (run := runs.unfinished_run(store, [deck.key]))}
        next_due = None
        if not sum(due.values()):
            upcoming = store.due({deck.key: [q.id for q in deck.questions] for deck in decks}, now, LOOK_AHEAD)
            next_due = upcoming[0][2] if upcoming else None
    except UNREADABLE as e:
        return Overview(error=str(e))
    return Overview(due, scores, next_due, left=left)


def review_items(decks: list[Deck], store: ProgressStore, now: datetime,
                 options: QuizOptions = QuizOptions()) -> list[tuple[Deck, Question]]:
    """The questions due now, most overdue first, narrowed by the command line's --type and --limit."""
    items = [(deck, q) for deck, q in due_questions(decks, store, now) if options.qtype in (None, q.type)]
    return items[: options.limit] if options.limit is not None else items


def all_stats(decks: list[Deck], store: ProgressStore, now: datetime) -> list[DeckStats]:
    """`quizgen stats`'s numbers for each deck, in one pass."""
    return [store.deck_stats(deck, now) for deck in decks]


def unfinished(store: ProgressStore | None, decks: list[Deck]) -> runs.Run | None:
    """The run over `decks` left half way, to offer resuming it; None when there is none or no store."""
    if store is None:
        return None
    try:
        return runs.unfinished_run(store, [deck.key for deck in decks])
    except UNREADABLE:
        return None


def begin_run(store: ProgressStore | None, decks: list[Deck], session: QuizSession, now: datetime,
              notify: Callable[..., object]) -> int | None:
    """Save `session` as a new run (so it can be resumed); its id, or None without a usable store."""
    if store is None:
        return None
    try:
        return runs.start_run(store, decks, [(i.deck_key, i.question.id, i.options) for i in session.items],
                              session.seed, now)
    except UNREADABLE as e:
        notify(str(e), title="This quiz cannot be resumed later", severity="warning")
        return None


def resume_session(run: runs.Run, decks: list[Deck], clock: Callable[[], float]) -> QuizSession:
    """A session over what `run` has left, in its order, counting the answers given before."""
    items = runs.resume_items(run, decks)
    return QuizSession(items, title=deck_titles(decks), seed=run.seed, clock=clock, run_id=run.id,
                       earlier=(run.correct, len(run.answered)))


def studied_elsewhere(store: ProgressStore | None, entries: list[DeckEntry]) -> list[DeckEntry]:
    """Decks studied from other folders (remembered by key), not among `entries`; missing files are skipped."""
    if store is None:
        return []
    try:
        files = runs.studied_deck_files(store)
    except UNREADABLE:
        return []
    known_keys = {e.deck.key for e in entries if e.deck is not None}
    known_paths = {Path(e.path).resolve() for e in entries}
    found = []
    for key, path in files.items():
        if key in known_keys or path in known_paths or not path.is_file():
            continue
        entry = read_entry(path)
        if entry.deck is not None and entry.deck.key == key:
            found.append(entry)
    return found
