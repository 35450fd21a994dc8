"""Stats on a known history: every number `quizgen stats` and the app's stats screen show."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from quizgen.deck.model import Deck, Question
from quizgen.progress.stats import HISTORY_DAYS, Period, streak
from quizgen.progress.store import ProgressStore

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=timezone.utc)
DECK = Deck("Capitals", [Question(qid, "fill_in", f"The capital of {qid} is ____.", "Paris")
                         for qid in ("fr", "de", "it", "es")])


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=timezone.utc)


# (when, question, correct, seconds taken); easy_within is 5 s for every answer.
HISTORY = [
    (at(2, 10, 10), "old", True, 9.0),     # a question since removed from the deck, outside the 28 days
    (at(3, 18, 10), "fr", True, 2.0),      # fast: Easy on a new card, due in 8 days (Mar 26 10:00)
    (at(3, 18, 10, 5), "de", False, 9.0),  # Again: due a minute later
    (at(3, 19, 10), "de", True, 9.0),      # Good from the first learning step: due 10 minutes later
    (at(3, 20, 9), "it", False, 9.0),      # Again
    (at(3, 20, 9, 1), "it", False, 9.0),   # Again, still due
]                                          # "es" is never answered: new, not due


@pytest.fixture
def stats():
    store = ProgressStore.open(":memory:")
    for when, qid, correct, seconds in HISTORY:
        store.record(DECK.key, qid, correct, elapsed=seconds, easy_within=5.0, now=when)
    return store.deck_stats(DECK, now=NOW)


def test_counts(stats):
    assert (stats.questions, stats.answered, stats.reviews, stats.correct) == (4, 3, 6, 3)
    assert stats.accuracy == 0.5


def test_due_now_and_this_week(stats):
    assert stats.due_now == 2    # de (since Mar 19 10:10) and it (since Mar 20 09:02)
    assert stats.due_week == 3   # and fr, due Mar 26 10:00, within 7 days of Mar 20 12:00


def test_streak_and_last_session(stats):
    assert stats.streak == 3                       # Mar 18, 19, 20
    assert stats.last_studied == date(2026, 3, 20)
    assert stats.last_score == (0, 2)              # the two answers to "it" a minute apart


def test_answers_per_day_and_accuracy_per_week(stats):
    assert len(stats.days) == HISTORY_DAYS and stats.days[0].start == date(2026, 2, 21)
    assert [(d.start.day, d.answers, d.correct) for d in stats.days if d.answers] == [(18, 2, 1), (19, 1, 1), (20, 2, 0)]
    assert [w.start for w in stats.weeks] == [date(2026, 2, 21), date(2026, 2, 28), date(2026, 3, 7), date(2026, 3, 14)]
    assert [(w.answers, w.accuracy) for w in stats.weeks] == [(0, None), (0, None), (0, None), (5, 0.4)]


def test_days_follow_the_time_zone_of_now():
    store = ProgressStore.open(":memory:")
    store.record(DECK.key, "fr", True, now=at(3, 19, 23, 30))  # 23:30 UTC is Mar 20 in Tokyo
    tokyo = timezone(timedelta(hours=9))
    assert store.deck_stats(DECK, now=NOW.astimezone(tokyo)).days[-1] == Period(date(2026, 3, 20), 1, 1)
    assert store.deck_stats(DECK, now=NOW).days[-2] == Period(date(2026, 3, 19), 1, 1)


def test_a_deck_never_studied():
    s = ProgressStore.open(":memory:").deck_stats(DECK, now=NOW)
    assert (s.answered, s.reviews, s.accuracy, s.due_now, s.streak, s.last_score) == (0, 0, None, 0, 0, None)


D = date(2026, 3, 20)


@pytest.mark.parametrize("offsets, expected", [
    ([], 0),                 # never studied
    ([0], 1),                # only today
    ([0, 1, 2], 3),          # today and the two days before
    ([1, 2], 2),             # not yet today: yesterday's streak is still alive
    ([2, 3], 0),             # a day missed: the streak is broken
    ([0, 1, 3, 4, 5], 2),    # only the run ending today counts
])
def test_streak(offsets, expected):
    assert streak({D - timedelta(days=n) for n in offsets}, D) == expected
