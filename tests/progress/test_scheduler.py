"""Scheduling: how an answer becomes an FSRS rating, and what each rating does to the due date."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from fsrs import Rating, State

from quizgen.deck.model import Question
from quizgen.progress import scheduler
from quizgen.progress.store import ProgressStore

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
PROMPT = "Which city is the capital of Germany?"  # 37 characters: fast means within 2 + 1.85 s


@pytest.mark.parametrize("correct, typo, override, elapsed, rating", [
    (False, False, False, 1.0, Rating.Again),    # wrong, however fast
    (False, True, False, 30.0, Rating.Again),    # wrong with a typo is still wrong
    (True, False, False, 10.0, Rating.Good),     # right after some thought
    (True, False, False, 3.0, Rating.Easy),      # right, fast and confident
    (True, False, False, 3.85, Rating.Easy),     # right exactly at the threshold
    (True, False, False, 3.9, Rating.Good),      # just past the threshold
    (True, True, False, 2.0, Rating.Hard),       # a forgiven typo is never Easy
    (True, False, True, 2.0, Rating.Good),       # "I was right": right, but never Easy (the checker could not confirm)
    (True, False, True, 60.0, Rating.Good),      # and not Hard either: it is saved as an override
    (True, False, False, None, Rating.Good),     # no timing known: Good
])
def test_answer_to_rating(correct, typo, override, elapsed, rating):
    question = Question("q", "multiple_choice", PROMPT, "Berlin", ["Bonn", "Munich"])
    got = scheduler.rate(correct, forgiven_typo=typo, overridden=override, elapsed=elapsed,
                         easy_within=scheduler.easy_within(question))
    assert got == rating


@pytest.mark.parametrize("qtype, prompt, answer, seconds", [
    ("true_false", "x" * 100, True, 7.0),           # 2 s + 100 characters read at 20/s
    ("multiple_choice", "x" * 40, "Paris", 4.0),    # picking an option costs no typing
    ("fill_in", "x" * 40 + " ____.", "Paris", 5.8),  # 2 + 46 * 0.05 + 5 letters typed at 0.3 s
])
def test_fast_is_relative_to_the_question(qtype, prompt, answer, seconds):
    assert scheduler.easy_within(Question("q", qtype, prompt, answer)) == pytest.approx(seconds)


@pytest.mark.parametrize("rating, delay, state", [
    (Rating.Again, timedelta(minutes=1), State.Learning),    # first learning step
    (Rating.Hard, timedelta(minutes=5, seconds=30), State.Learning),
    (Rating.Good, timedelta(minutes=10), State.Learning),    # second learning step
    (Rating.Easy, timedelta(days=8), State.Review),          # graduates at once
])
def test_first_answer_schedules_by_rating(rating, delay, state):
    card = scheduler.review(scheduler.new_card(T0), rating, T0)
    assert (card.due - T0, card.state) == (delay, state)


def test_a_known_question_waits_longer_the_easier_it_was():
    store = ProgressStore.open(":memory:")
    now = T0
    for _ in range(2):  # Good twice: out of learning into review
        now = store.record("d", "q", True, elapsed=10, now=now).due
    intervals = {}
    for name, kwargs in {"wrong": dict(correct=False), "typo": dict(correct=True, forgiven_typo=True),
                         "right": dict(correct=True, elapsed=30.0, easy_within=5.0),
                         "fast": dict(correct=True, elapsed=2.0, easy_within=5.0)}.items():
        probe = ProgressStore.open(":memory:")
        probe.conn.execute("INSERT INTO cards SELECT * FROM (SELECT ?, ?, ?, ?)",
                           store.conn.execute("SELECT * FROM cards").fetchone())
        answer = probe.record("d", "q", now=now, **kwargs)
        intervals[name] = answer.due - now
    assert intervals["wrong"] == timedelta(minutes=10)  # relearning step
    assert timedelta(days=1) <= intervals["typo"] < intervals["right"] < intervals["fast"]


def test_due_dates_are_reproducible():
    a = ProgressStore.open(":memory:").record("d", "q", True, elapsed=9, now=T0)
    b = ProgressStore.open(":memory:").record("d", "q", True, elapsed=9, now=T0)
    assert a.due == b.due == T0 + timedelta(minutes=10)


def test_naive_now_is_local_time():
    local = T0.astimezone().replace(tzinfo=None)
    assert scheduler.to_utc(local) == T0
