"""Choosing what to review: the questions due now across decks, most overdue first."""

from __future__ import annotations

import random
import time
from datetime import datetime
from typing import Callable

from quizgen.deck.model import Deck, Question
from quizgen.progress.hook import recorder
from quizgen.progress.store import ProgressStore
from quizgen.quiz.session import Item, QuizSession, option_order


def due_questions(decks: list[Deck], store: ProgressStore, now: datetime | None = None) -> list[tuple[Deck, Question]]:
    """(deck, question) for every answered question due at `now`, most overdue first."""
    return [(deck, question) for deck, question, _due in due_items(decks, store, now)]


def due_items(decks: list[Deck], store: ProgressStore, now: datetime | None = None,
              within: float = 0.0) -> list[tuple[Deck, Question, datetime]]:
    """(deck, question, due) for every answered question due by `now` (+`within` seconds), most overdue first.

    Questions are matched by deck key and id, so a reworded question keeps its schedule; a
    question removed from its deck is never offered. Two decks with the same key share progress
    (the first one listed is used).
    """
    by_key: dict[str, Deck] = {}
    for deck in decks:
        by_key.setdefault(deck.key, deck)
    wanted = {key: [q.id for q in deck.questions] for key, deck in by_key.items()}
    found = []
    for deck_key, question_id, due in store.due(wanted, now, within):
        deck = by_key[deck_key]
        found.append((deck, next(q for q in deck.questions if q.id == question_id), due))
    return found


def due_counts(decks: list[Deck], store: ProgressStore, now: datetime | None = None) -> dict[str, int]:
    """How many questions of each deck (by key) are due at `now` — for the picker."""
    wanted = {deck.key: [q.id for q in deck.questions] for deck in decks}
    counts = dict.fromkeys(wanted, 0)
    for deck_key, _qid, _due in store.due(wanted, now):
        counts[deck_key] += 1
    return counts


def review_session(items: list[tuple[Deck, Question]], store: ProgressStore | None = None, *,
                   seed: int | None = None, clock: Callable[[], float] = time.monotonic) -> QuizSession:
    """A quiz over `items` in their order (most overdue first), options shuffled, each answer saved in `store`."""
    if seed is None:
        seed = random.SystemRandom().randrange(10**6)
    rng = random.Random(seed)
    quiz_items = [Item(question, deck.key, deck.title, option_order(question, rng)) for deck, question in items]
    session = QuizSession(quiz_items, title=f"Review: {len(items)} due", seed=seed, clock=clock)
    if store is not None:
        session.subscribe(recorder(store))
    return session
