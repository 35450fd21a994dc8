"""The progress store: every answer a learner gives, and each question's FSRS card, in SQLite.

One file, `progress.sqlite3`, in `$QUIZGEN_HOME` when set, else the user's data folder
(platformdirs). Rows are keyed by the deck's identity (`Deck.key`) and the question's `id`, never
by text, so a teacher's rewording keeps a learner's history. SQLite runs in WAL mode with
synchronous=FULL and every answer is its own transaction, so a quiz killed at any moment loses
nothing already recorded; a busy timeout lets two quizzes write at once.

Usage (the API the quiz app calls):

    store = ProgressStore.open()                  # or open(path) / open(":memory:")
    answer = store.record_answer(deck, question, correct=True, elapsed=4.2)
    answer.rating, answer.due                     # the FSRS rating given, when it is due next
    store.due({deck.key: [q.id for q in deck.questions]})   # [(deck_key, qid, due)], most overdue first
    store.deck_stats(deck)                        # quizgen.progress.stats.DeckStats
    store.close()
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from fsrs import Card, Rating

from quizgen.deck.model import Deck, Question
from quizgen.errors import QuizgenError
from quizgen.progress import scheduler

if TYPE_CHECKING:
    from quizgen.progress.stats import DeckStats

FILE_NAME = "progress.sqlite3"
SCHEMA_VERSION = 2
BUSY_TIMEOUT_SECONDS = 30.0
EXPORT_FORMAT = "quizgen-progress"

# Migrations by the version they lead to; PRAGMA user_version records the version reached.
MIGRATIONS = {
    1: """
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            deck_key TEXT NOT NULL,
            question_id TEXT NOT NULL,
            answered_at TEXT NOT NULL,          -- UTC, fixed-width ISO 8601, so text order is time order
            correct INTEGER NOT NULL,
            rating INTEGER NOT NULL,            -- fsrs.Rating: 1 Again, 2 Hard, 3 Good, 4 Easy
            elapsed REAL,                       -- seconds from showing the question to the answer
            forgiven_typo INTEGER NOT NULL DEFAULT 0,
            overridden INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX reviews_by_deck ON reviews (deck_key, answered_at);
        CREATE TABLE cards (
            deck_key TEXT NOT NULL,
            question_id TEXT NOT NULL,
            card TEXT NOT NULL,                 -- json of fsrs Card.to_dict()
            due TEXT NOT NULL,                  -- copy of the card's due, for queries
            PRIMARY KEY (deck_key, question_id)
        );
        CREATE INDEX cards_by_due ON cards (deck_key, due);
    """,
    # Runs (one sitting through a quiz, resumable) and where each studied deck lives (quizgen.progress.runs).
    2: """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            decks TEXT NOT NULL,                -- the run's deck keys, one a line, in order
            started_at TEXT NOT NULL,
            seed INTEGER,
            items TEXT NOT NULL                 -- json [[deck_key, question_id, [option, ...]], ...] as asked
        );
        CREATE INDEX runs_by_decks ON runs (decks, id);
        ALTER TABLE reviews ADD COLUMN run_id INTEGER;   -- NULL: a review, a retry, or saved before runs
        CREATE INDEX reviews_by_run ON reviews (run_id, deck_key);
        CREATE TABLE deck_files (
            deck_key TEXT PRIMARY KEY,
            path TEXT NOT NULL,                 -- absolute path of the deck file last studied under this key
            seen_at TEXT NOT NULL
        );
    """,
}


@dataclass(frozen=True)
class SavedAnswer:
    """One recorded answer and what it did to the question's schedule."""

    deck_key: str
    question_id: str
    answered_at: datetime
    correct: bool
    rating: Rating
    elapsed: float | None
    due: datetime | None  # when the question is next due; None in `answers()` history


def default_path() -> Path:
    """Where the store lives: $QUIZGEN_HOME/progress.sqlite3, else the user's data folder."""
    home = os.environ.get("QUIZGEN_HOME")
    if home:
        return Path(home).expanduser() / FILE_NAME
    import platformdirs

    return platformdirs.user_data_path("quizgen") / FILE_NAME


def stamp(moment: datetime) -> str:
    """`moment` as the store's sortable UTC text."""
    return scheduler.to_utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def unstamp(text: str) -> datetime:
    """The aware UTC datetime a `stamp` stands for."""
    # fromisoformat (without the 'Z', which Python 3.10 rejects) is ~10x faster than strptime:
    # stats read every answer of a deck, and a learner's history grows to tens of thousands.
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=timezone.utc)


def _now(now: datetime | None) -> datetime:
    return scheduler.to_utc(now) if now is not None else datetime.now(timezone.utc)


class ProgressStore:
    """A connection to the progress database; use `ProgressStore.open()`."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path | None = None) -> "ProgressStore":
        """Open (creating or upgrading) the store at `path`, or at `default_path()`."""
        memory = str(path) == ":memory:"
        target = None if memory else Path(path) if path is not None else default_path()
        try:
            if target is not None:
                target.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(":memory:" if memory else str(target), timeout=BUSY_TIMEOUT_SECONDS,
                                   isolation_level=None, check_same_thread=False)
            store = cls(conn, target)
            store._prepare()
        except sqlite3.DatabaseError as e:
            raise QuizgenError(f"cannot use the progress store: {e} (move the file aside to start afresh)",
                               target) from None
        except OSError as e:
            raise QuizgenError(f"cannot create the progress store's folder: {e.strerror} (set QUIZGEN_HOME "
                               "to a writable folder)", target) from None
        return store

    def _prepare(self) -> None:
        c = self.conn
        c.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        if c.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() not in ("wal", "memory"):
            raise sqlite3.DatabaseError("cannot switch the database to WAL mode")
        # FULL: a commit is on disk before record() returns, even across a power cut.
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA foreign_keys = ON")
        with self._write():
            version = c.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(f"it was written by a newer quizgen (schema {version}; this one "
                                            f"knows {SCHEMA_VERSION}); upgrade quizgen")
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        c.execute(statement)
                c.execute(f"PRAGMA user_version = {target}")

    def _write(self) -> "_Transaction":
        return _Transaction(self.conn, "BEGIN IMMEDIATE", self.path)

    def snapshot(self) -> "_Transaction":
        """`with store.snapshot():` — reads inside see one consistent state of the store."""
        return _Transaction(self.conn, "BEGIN", self.path)

    def close(self) -> None:
        """Close the connection (every answer is already committed)."""
        self.conn.close()

    def __enter__(self) -> "ProgressStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------

    def record(self, deck_key: str, question_id: str, correct: bool, *, forgiven_typo: bool = False,
               overridden: bool = False, elapsed: float | None = None, easy_within: float | None = None,
               now: datetime | None = None, run_id: int | None = None) -> SavedAnswer:
        """Save one answer and reschedule its question, in one committed transaction."""
        at = _now(now)
        rating = scheduler.rate(correct, forgiven_typo=forgiven_typo, overridden=overridden,
                                elapsed=elapsed, easy_within=easy_within)
        with self._write():
            # Read, review and write inside one IMMEDIATE transaction: a second process waits,
            # so it never schedules from a card this one is replacing.
            row = self.conn.execute("SELECT card FROM cards WHERE deck_key = ? AND question_id = ?",
                                    (deck_key, question_id)).fetchone()
            card = Card.from_dict(json.loads(row[0])) if row else scheduler.new_card(at)
            card = scheduler.review(card, rating, at, elapsed)
            self.conn.execute(
                "INSERT INTO reviews (deck_key, question_id, answered_at, correct, rating, elapsed, "
                "forgiven_typo, overridden, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (deck_key, question_id, stamp(at), int(correct), int(rating), elapsed,
                 int(forgiven_typo), int(overridden), run_id))
            self.conn.execute(
                "INSERT INTO cards (deck_key, question_id, card, due) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (deck_key, question_id) DO UPDATE SET card = excluded.card, due = excluded.due",
                (deck_key, question_id, json.dumps(card.to_dict()), stamp(card.due)))
        return SavedAnswer(deck_key, question_id, at, bool(correct), rating, elapsed, card.due)

    def record_answer(self, deck: Deck, question: Question, correct: bool, *, forgiven_typo: bool = False,
                      overridden: bool = False, elapsed: float | None = None,
                      now: datetime | None = None) -> SavedAnswer:
        """`record` for a question of a deck, with "fast" judged from the question's length."""
        return self.record(deck.key, question.id, correct, forgiven_typo=forgiven_typo, overridden=overridden,
                           elapsed=elapsed, easy_within=scheduler.easy_within(question), now=now)

    def reset(self, deck_key: str) -> int:
        """Forget every answer and card of one deck; returns how many answers were deleted."""
        with self._write():
            deleted = self.conn.execute("DELETE FROM reviews WHERE deck_key = ?", (deck_key,)).rowcount
            self.conn.execute("DELETE FROM cards WHERE deck_key = ?", (deck_key,))
            self.conn.execute("DELETE FROM runs WHERE decks = ?", (deck_key,))
            self.conn.execute("DELETE FROM deck_files WHERE deck_key = ?", (deck_key,))  # no longer studied
        return deleted

    # -- reading ---------------------------------------------------------------------------------

    def due(self, questions: Mapping[str, Iterable[str]], now: datetime | None = None,
            within: float = 0.0) -> list[tuple[str, str, datetime]]:
        """(deck_key, question_id, due) of the named questions due by now (+`within` seconds), most overdue first.

        `questions` maps deck keys to the question ids still in each deck; a question never
        answered is new, not due.
        """
        limit = stamp(datetime.fromtimestamp(_now(now).timestamp() + within, timezone.utc))
        found: list[tuple[str, str, datetime]] = []
        with self.snapshot():
            for deck_key, ids in questions.items():
                wanted = set(ids)
                rows = self.conn.execute("SELECT question_id, due FROM cards WHERE deck_key = ? AND due <= ?",
                                         (deck_key, limit))
                found.extend((deck_key, qid, unstamp(due)) for qid, due in rows if qid in wanted)
        return sorted(found, key=lambda item: item[2])

    def cards(self, deck_key: str) -> dict[str, Card]:
        """Each answered question's FSRS card in one deck, by question id."""
        rows = self.conn.execute("SELECT question_id, card FROM cards WHERE deck_key = ?", (deck_key,))
        return {qid: Card.from_dict(json.loads(card)) for qid, card in rows}

    def answers(self, deck_key: str | None = None) -> list[SavedAnswer]:
        """Every answer recorded (for one deck, or all), oldest first."""
        sql = "SELECT deck_key, question_id, answered_at, correct, rating, elapsed FROM reviews"
        rows = (self.conn.execute(sql + " WHERE deck_key = ? ORDER BY answered_at, id", (deck_key,))
                if deck_key is not None else self.conn.execute(sql + " ORDER BY answered_at, id"))
        return [SavedAnswer(d, q, unstamp(at), bool(c), Rating(r), e, None) for d, q, at, c, r, e in rows]

    def last_score(self, deck_key: str) -> tuple[int, int] | None:
        """(correct, answers) of one deck in its latest run (see quizgen.progress.runs.last_score)."""
        from quizgen.progress.runs import last_score

        return last_score(self, deck_key)

    def deck_stats(self, deck: Deck, now: datetime | None = None) -> "DeckStats":
        """The numbers and recent history of one deck (see quizgen.progress.stats)."""
        from quizgen.progress.stats import deck_stats

        return deck_stats(self, deck, now)

    def export_json(self, now: datetime | None = None) -> dict:
        """Everything in the store as plain JSON data (one consistent snapshot)."""
        with self.snapshot():
            reviews = self.conn.execute(
                "SELECT deck_key, question_id, answered_at, correct, rating, elapsed, forgiven_typo, overridden, run_id "
                "FROM reviews ORDER BY answered_at, id").fetchall()
            cards = self.conn.execute("SELECT deck_key, question_id, card FROM cards "
                                      "ORDER BY deck_key, question_id").fetchall()
            runs = self.conn.execute("SELECT id, decks, started_at, seed, items FROM runs ORDER BY id").fetchall()
        return {
            "format": EXPORT_FORMAT,
            "version": SCHEMA_VERSION,
            "exported_at": stamp(_now(now)),
            "reviews": [{"deck": d, "question": q, "answered_at": at, "correct": bool(c), "rating": Rating(r).name,
                         "elapsed": e, "forgiven_typo": bool(t), "overridden": bool(o), "run": run}
                        for d, q, at, c, r, e, t, o, run in reviews],
            "cards": [{"deck": d, "question": q, "card": json.loads(card)} for d, q, card in cards],
            "runs": [{"id": i, "decks": decks.split("\n"), "started_at": at, "seed": seed, "items": json.loads(items)}
                     for i, decks, at, seed, items in runs],
        }


class _Transaction:
    """BEGIN … COMMIT around a block, ROLLBACK if it raises; SQLite failures become QuizgenError."""

    def __init__(self, conn: sqlite3.Connection, begin: str, path: Path | None):
        self.conn = conn
        self.begin = begin
        self.path = path

    def __enter__(self) -> None:
        try:
            self.conn.execute(self.begin)
        except sqlite3.OperationalError as e:
            raise self._error(e) from None

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if exc_type is not None:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise self._error(exc) from None
            return
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as e:
            raise self._error(e) from None

    def _error(self, e: sqlite3.Error) -> QuizgenError:
        hint = ("another quizgen kept it locked; try again" if "locked" in str(e)
                else "check the folder's free space and permissions, or set QUIZGEN_HOME")
        return QuizgenError(f"cannot save progress: {e} ({hint})", self.path)

