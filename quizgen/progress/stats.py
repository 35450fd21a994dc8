"""Per-deck learning statistics from the progress store: counts, due questions, streak, history.

Definitions (the same on the command line and in the app):
- questions: questions in the deck now; answered: those with at least one answer saved.
- reviews / correct: every answer ever given in this deck (a removed question's answers count).
- accuracy: correct / reviews, or None before the first answer.
- due_now: answered questions due at `now`; due_week: due within the next 7 days (due_now included).
  A question never answered is new, not due.
- streak: consecutive calendar days (in `now`'s time zone) with at least one answer, ending today,
  or yesterday when nothing has been answered yet today (the streak is still alive until midnight).
- days: answers and correct answers on each of the last HISTORY_DAYS days, oldest first.
- weeks: the same summed over the last HISTORY_DAYS // 7 weeks (7-day spans ending today).
- last_score: (correct, answers) of this deck in the latest quiz run (quizgen.progress.runs); answers
  saved before runs were recorded: the latest answers with no pause over SESSION_GAP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.deck.model import Deck

if TYPE_CHECKING:
    from quizgen.progress.store import ProgressStore

HISTORY_DAYS = 28
WEEK = timedelta(days=7)
SESSION_GAP = timedelta(minutes=30)


@dataclass(frozen=True)
class Period:
    """Answers given in one day or week starting on `start`."""

    start: date
    answers: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float | None:
        """Share of answers that were right, or None when there were none."""
        return self.correct / self.answers if self.answers else None


@dataclass
class DeckStats:
    """The learning numbers of one deck at one moment."""

    title: str
    key: str
    path: Path | None
    questions: int
    answered: int = 0
    reviews: int = 0
    correct: int = 0
    due_now: int = 0
    due_week: int = 0
    streak: int = 0
    last_studied: date | None = None
    last_score: tuple[int, int] | None = None
    days: list[Period] = field(default_factory=list)
    weeks: list[Period] = field(default_factory=list)

    @property
    def accuracy(self) -> float | None:
        """correct / reviews, or None before the first answer."""
        return self.correct / self.reviews if self.reviews else None


def local_now(now: datetime | None = None) -> datetime:
    """`now` (default: this moment) as an aware datetime; days are counted in its time zone."""
    if now is None:
        return datetime.now().astimezone()
    return now if now.tzinfo is not None else now.astimezone()


def deck_stats(store: "ProgressStore", deck: Deck, now: datetime | None = None) -> DeckStats:
    """Compute `DeckStats` for `deck` from the answers and cards in `store`."""
    now = local_now(now)
    ids = {q.id for q in deck.questions}
    stats = DeckStats(deck.title, deck.key, deck.path, questions=len(deck.questions))
    with store.snapshot():  # one consistent snapshot of cards and answers
        cards = store.cards(deck.key)
        answers = store.answers(deck.key)
        stats.last_score = store.last_score(deck.key)
    current = {qid: card for qid, card in cards.items() if qid in ids}
    stats.answered = len(current)
    stats.due_now = sum(card.due <= now for card in current.values())
    stats.due_week = sum(card.due <= now + WEEK for card in current.values())
    stats.reviews = len(answers)
    stats.correct = sum(a.correct for a in answers)

    per_day: dict[date, list[int]] = {}
    for a in answers:
        counts = per_day.setdefault(a.answered_at.astimezone(now.tzinfo).date(), [0, 0])
        counts[0] += 1
        counts[1] += a.correct
    today = now.date()
    stats.last_studied = max(per_day) if per_day else None
    stats.streak = streak(set(per_day), today)
    stats.days = [Period(d, *per_day.get(d, (0, 0))) for d in
                  (today - timedelta(days=n) for n in range(HISTORY_DAYS - 1, -1, -1))]
    stats.weeks = [Period(week[0].start, sum(p.answers for p in week), sum(p.correct for p in week))
                   for week in (stats.days[i:i + 7] for i in range(0, HISTORY_DAYS, 7))]
    return stats


def streak(study_days: set[date], today: date) -> int:
    """Consecutive study days ending today, or ending yesterday if today has none yet."""
    day = today if today in study_days else today - timedelta(days=1)
    count = 0
    while day in study_days:
        count += 1
        day -= timedelta(days=1)
    return count
