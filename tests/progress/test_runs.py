"""Runs: a quiz left half way resumes in the same order, and the last score is the last run's."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from quizgen.deck.model import Deck, Question, save_deck
from quizgen.progress import runs
from quizgen.progress.hook import recorder
from quizgen.progress.store import MIGRATIONS, ProgressStore
from quizgen.quiz.session import QuizSession
from tests.conftest import ROOT

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def deck(n: int = 6, title: str = "Rivers") -> Deck:
    return Deck(title, [Question(f"q{i}", "multiple_choice", f"Question {i}?", f"right{i}",
                                 distractors=[f"wrong{i}a", f"wrong{i}b"]) for i in range(n)])


def start(store: ProgressStore, d: Deck, seed: int = 7) -> QuizSession:
    """A shuffled session over `d`, saved as a run, every answer recorded."""
    session = QuizSession.from_decks([d], seed=seed)
    session.run_id = runs.start_run(store, [d], [(i.deck_key, i.question.id, i.options) for i in session.items],
                                    session.seed, T0)
    session.subscribe(recorder(store))
    return session


def answer(session: QuizSession, count: int, right: bool = True) -> None:
    for _ in range(count):
        item = session.current
        session.answer(item.question.answer_text if right else item.question.distractors[0])
        session.advance()


def test_a_run_left_half_way_resumes_in_the_same_order_with_the_same_options():
    store = ProgressStore.open(":memory:")
    d = deck()
    first = start(store, d)
    order = [(i.question.id, i.options) for i in first.items]
    answer(first, 2)
    run = runs.unfinished_run(store, [d.key])
    assert run is not None and len(run.left) == 4 and run.correct == 2
    resumed = runs.resume_items(run, [d])
    assert [(i.question.id, i.options) for i in resumed] == order[2:]


@pytest.mark.parametrize("answered, offered", [
    (0, False),   # nothing answered: starting afresh loses nothing
    (3, True),    # half way
    (6, False),   # finished
])
def test_resume_is_offered_only_for_a_run_left_half_way(answered, offered):
    store = ProgressStore.open(":memory:")
    d = deck()
    answer(start(store, d), answered)
    assert (runs.unfinished_run(store, [d.key]) is not None) is offered


def test_starting_over_leaves_nothing_to_resume_until_the_new_run_is_left():
    store = ProgressStore.open(":memory:")
    d = deck()
    answer(start(store, d), 3)
    start(store, d, seed=8)                       # "Start over": a new run, nothing answered yet
    assert runs.unfinished_run(store, [d.key]) is None


def test_the_last_score_is_the_last_runs_not_every_answer_of_the_day():
    store = ProgressStore.open(":memory:")
    d = deck()
    answer(start(store, d), 3, right=False)       # a partial run: 0/3
    full = start(store, d)
    answer(full, 4)
    answer(full, 2, right=False)                  # a full run: 4/6
    retry = full.retry_missed()                   # a retry of the 2 missed: no run
    answer(retry, 2)
    assert store.last_score(d.key) == (4, 6)
    assert store.deck_stats(d).last_score == (4, 6)


def test_a_run_over_two_decks_scores_each_deck_apart():
    store = ProgressStore.open(":memory:")
    a, b = deck(2, "A"), deck(3, "B")
    session = QuizSession.from_decks([a, b], shuffle=False)
    session.run_id = runs.start_run(store, [a, b], [(i.deck_key, i.question.id, i.options) for i in session.items],
                                    None, T0)
    session.subscribe(recorder(store))
    answer(session, 5)
    assert (store.last_score(a.key), store.last_score(b.key)) == ((2, 2), (3, 3))


def test_a_question_removed_since_is_not_resumed():
    store = ProgressStore.open(":memory:")
    d = deck()
    first = start(store, d)
    answer(first, 1)
    gone = first.items[3].question.id
    edited = Deck(d.title, [q for q in d.questions if q.id != gone])
    resumed = runs.resume_items(runs.unfinished_run(store, [d.key]), [edited])
    assert len(resumed) == 4 and gone not in [i.question.id for i in resumed]


def test_studied_decks_are_remembered_by_key_with_their_path(tmp_path):
    store = ProgressStore.open(":memory:")
    path = tmp_path / "biology" / "cells.yaml"
    path.parent.mkdir()
    save_deck(deck(), path)
    from quizgen.deck.model import load_deck

    d = load_deck(path)
    answer(start(store, d), 2)
    assert runs.studied_deck_files(store) == {d.key: path.resolve()}
    store.reset(d.key)                                    # forgotten: no run to resume, no longer "studied"
    assert runs.studied_deck_files(store) == {} and runs.unfinished_run(store, [d.key]) is None


def test_a_version_1_store_is_upgraded_and_keeps_its_answers(tmp_path):
    path = tmp_path / "progress.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[1] + ";PRAGMA user_version = 1;")
    conn.execute("INSERT INTO reviews (deck_key, question_id, answered_at, correct, rating) "
                 "VALUES ('rivers', 'q0', '2026-03-01T09:00:00.000000Z', 1, 3)")
    conn.commit()
    conn.close()
    with ProgressStore.open(path) as store:
        assert [a.question_id for a in store.answers()] == ["q0"]
        assert store.last_score("rivers") == (1, 1)          # before runs: by the old pause rule
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 2


KILLED = """
import os, signal, sys
from datetime import datetime, timezone
from quizgen.deck.model import Deck, Question
from quizgen.progress import runs
from quizgen.progress.hook import recorder
from quizgen.progress.store import ProgressStore
from quizgen.quiz.session import QuizSession
d = Deck("Rivers", [Question(f"q{i}", "fill_in", f"Q {i} ____.", f"a{i}") for i in range(5)])
store = ProgressStore.open(sys.argv[1])
s = QuizSession.from_decks([d], seed=3)
s.run_id = runs.start_run(store, [d], [(i.deck_key, i.question.id, i.options) for i in s.items], s.seed)
s.subscribe(recorder(store))
for _ in range(2):
    s.answer(s.current.question.answer_text)
    s.advance()
print(",".join(i.question.id for i in s.items), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_run_killed_half_way_resumes_after_the_last_saved_answer(tmp_path):
    path = tmp_path / "progress.sqlite3"
    child = subprocess.run([sys.executable, "-c", KILLED, str(path)], cwd=ROOT, capture_output=True, text=True,
                           timeout=60)
    assert child.returncode == -9
    order = child.stdout.strip().split(",")
    with ProgressStore.open(path) as store:
        run = runs.unfinished_run(store, ["rivers"])
        assert [qid for _k, qid, _o in run.left] == order[2:] and run.correct == 2


def test_resumed_answers_belong_to_the_same_run():
    store = ProgressStore.open(":memory:")
    d = deck()
    answer(start(store, d), 2)
    run = runs.unfinished_run(store, [d.key])
    session = QuizSession(runs.resume_items(run, [d]), run_id=run.id, earlier=(run.correct, 2), clock=lambda: 0.0)
    session.subscribe(recorder(store))
    answer(session, 4, right=False)
    assert runs.unfinished_run(store, [d.key]) is None
    assert store.last_score(d.key) == (2, 6) and session.run_total == 6
