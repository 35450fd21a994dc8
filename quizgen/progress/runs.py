"""Runs and studied decks: one sitting through a quiz (resumable), and where each studied deck lives.

A run is saved when a quiz starts, with its questions and options in the order shown, so a quiz
left half way (quit, closed terminal, kill -9) resumes in the same order. Each answer given in the
run carries its id (`reviews.run_id`), saved in the answer's own transaction: what is answered is
exactly what the store holds. A run is finished when every question in it has an answer.

The last score of a deck is its answers in the latest run that asked it; answers saved before runs
existed fall back to the old rule (answers with no pause over `SESSION_GAP`). Reviews and retries
of missed questions are no runs: they do not change the last score.

Deck files: every deck a run starts on is remembered by its key with its absolute path, so
`quizgen stats`, `quizgen review` and the picker find decks studied outside ./decks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from quizgen.deck.model import Deck
    from quizgen.progress.store import ProgressStore
    from quizgen.quiz.session import Item

# (deck key, question id, options in the order shown) of one question asked in a run.
RunItem = tuple[str, str, tuple[str, ...]]


@dataclass(frozen=True)
class Run:
    """A saved run: its questions in order and which of them have an answer."""

    id: int
    deck_keys: tuple[str, ...]
    seed: int | None
    items: tuple[RunItem, ...]
    answered: frozenset[tuple[str, str]]
    correct: int

    @property
    def left(self) -> list[RunItem]:
        """The questions not answered yet, in the run's order."""
        return [item for item in self.items if (item[0], item[1]) not in self.answered]

    @property
    def finished(self) -> bool:
        """Every question has an answer."""
        return not self.left


def _deck_set(deck_keys: list[str] | tuple[str, ...]) -> str:
    return "\n".join(deck_keys)


def start_run(store: ProgressStore, decks: list[Deck], items: list[RunItem], seed: int | None,
              now: datetime | None = None) -> int:
    """Save a new run over `decks` asking `items` in order, remember where the decks live; the run's id."""
    from quizgen.progress.store import _now, stamp

    at = stamp(_now(now))
    with store._write():
        run_id = store.conn.execute(
            "INSERT INTO runs (decks, started_at, seed, items) VALUES (?, ?, ?, ?)",
            (_deck_set([d.key for d in decks]), at, seed,
             json.dumps([[k, q, list(o)] for k, q, o in items], ensure_ascii=False))).lastrowid
        for deck in decks:
            if deck.path is not None:
                store.conn.execute(
                    "INSERT INTO deck_files (deck_key, path, seen_at) VALUES (?, ?, ?) ON CONFLICT (deck_key) "
                    "DO UPDATE SET path = excluded.path, seen_at = excluded.seen_at",
                    (deck.key, str(Path(deck.path).resolve()), at))
    return run_id


def latest_run(store: ProgressStore, deck_keys: list[str]) -> Run | None:
    """The latest run over exactly these decks (in this order), or None."""
    row = store.conn.execute("SELECT id, seed, items FROM runs WHERE decks = ? ORDER BY id DESC LIMIT 1",
                             (_deck_set(deck_keys),)).fetchone()
    if row is None:
        return None
    run_id, seed, items = row
    answers = store.conn.execute("SELECT deck_key, question_id, correct FROM reviews WHERE run_id = ?",
                                 (run_id,)).fetchall()
    return Run(run_id, tuple(deck_keys), seed, tuple((k, q, tuple(o)) for k, q, o in json.loads(items)),
               frozenset((k, q) for k, q, _c in answers), sum(c for _k, _q, c in answers))


def unfinished_run(store: ProgressStore, deck_keys: list[str]) -> Run | None:
    """The latest run over these decks when it was left with some, not all, questions answered."""
    run = latest_run(store, deck_keys)
    return run if run is not None and run.answered and not run.finished else None


def last_score(store: ProgressStore, deck_key: str) -> tuple[int, int] | None:
    """(correct, answers) of `deck_key`'s questions in the latest run that answered any of them."""
    row = store.conn.execute("SELECT max(run_id) FROM reviews WHERE deck_key = ? AND run_id IS NOT NULL",
                             (deck_key,)).fetchone()
    if row[0] is None:
        return _last_session(store, deck_key)
    right, answers = store.conn.execute("SELECT sum(correct), count(*) FROM reviews WHERE run_id = ? AND deck_key = ?",
                                        (row[0], deck_key)).fetchone()
    return (right, answers) if answers else None


def _last_session(store: ProgressStore, deck_key: str) -> tuple[int, int] | None:
    """Before runs were saved: the newest answers with no pause over SESSION_GAP."""
    from quizgen.progress.stats import SESSION_GAP
    from quizgen.progress.store import unstamp

    rows = store.conn.execute("SELECT answered_at, correct FROM reviews WHERE deck_key = ? "
                              "ORDER BY answered_at DESC, id DESC", (deck_key,))
    correct = answers = 0
    previous = None
    for at, right in rows:
        moment = unstamp(at)
        if previous is not None and previous - moment > SESSION_GAP:
            break
        correct, answers, previous = correct + right, answers + 1, moment
    rows.close()
    return (correct, answers) if answers else None


def studied_deck_files(store: ProgressStore) -> dict[str, Path]:
    """Where each studied deck was last opened from, by deck key."""
    return {key: Path(path) for key, path in store.conn.execute("SELECT deck_key, path FROM deck_files ORDER BY path")}


def resume_items(run: Run, decks: list[Deck]) -> list[Item]:
    """The questions `run` has left, in its order and with its option order, as they are in `decks` now.

    A question since removed from its deck is dropped; one whose options were edited gets a fresh order.
    """
    import random

    from quizgen.quiz.session import Item, option_order

    by_key = {deck.key: deck for deck in decks}
    rng = random.Random(run.seed)
    items = []
    for key, qid, options in run.left:
        deck = by_key.get(key)
        question = next((q for q in deck.questions if q.id == qid), None) if deck is not None else None
        if question is None:
            continue
        same = sorted(options) == sorted(option_order(question, None))
        items.append(Item(question, key, deck.title, tuple(options) if same else option_order(question, rng)))
    return items
