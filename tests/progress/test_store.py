"""The progress store: answers survive restarts, follow ids not text, and live where they should."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from fsrs import Rating

from quizgen.deck.model import Deck, Question, load_deck, save_deck
from quizgen.errors import QuizgenError
from quizgen.progress.hook import recorder
from quizgen.progress.review import due_counts, due_questions
from quizgen.progress.store import FILE_NAME, SCHEMA_VERSION, ProgressStore, default_path
from quizgen.quiz.session import QuizSession

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def make_deck(**prompts: str) -> Deck:
    """A fill-in deck whose questions have the given ids and prompts."""
    return Deck("Capitals", [Question(qid, "fill_in", prompt, "Paris") for qid, prompt in prompts.items()])


def test_answers_persist_across_reopening(tmp_path):
    path = tmp_path / "p.sqlite3"
    deck = make_deck(fr="The capital of France is ____.")
    with ProgressStore.open(path) as store:
        first = store.record_answer(deck, deck.questions[0], True, elapsed=20, now=T0)
    with ProgressStore.open(path) as store:
        assert [(a.question_id, a.correct, a.rating) for a in store.answers()] == [("fr", True, Rating.Good)]
        assert store.cards(deck.key)["fr"].due == first.due
        # The second answer continues from the saved card (Good twice leaves learning).
        second = store.record_answer(deck, deck.questions[0], True, elapsed=20, now=first.due)
    assert second.due - first.due == timedelta(days=2)


def test_store_is_in_wal_mode_with_a_schema_version(tmp_path):
    ProgressStore.open(tmp_path / "p.sqlite3").close()
    conn = sqlite3.connect(tmp_path / "p.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.parametrize("setup, message", [
    (lambda p: p.write_bytes(b"this is not sqlite" * 100), "not a database"),          # a stray file
    (lambda p: sqlite3.connect(p).execute("PRAGMA user_version = 99"), "newer quizgen"),  # from the future
    (lambda p: p.mkdir(), "unable to open"),                                            # a folder in the way
])
def test_unusable_store_is_a_one_line_error(tmp_path, setup, message):
    path = tmp_path / "p.sqlite3"
    setup(path)
    with pytest.raises(QuizgenError, match=message) as e:
        ProgressStore.open(path)
    assert "\n" not in str(e.value) and str(path) in str(e.value)


def test_rewording_a_prompt_keeps_the_history(tmp_path):
    deck_file = tmp_path / "capitals.yaml"
    save_deck(make_deck(fr="The capital of France is ____.", de="The capital of Germany is ____."), deck_file)
    deck = load_deck(deck_file)
    store = ProgressStore.open(tmp_path / "p.sqlite3")
    store.record_answer(deck, deck.questions[0], False, elapsed=5, now=T0)

    deck.questions[0].prompt = "France's capital city is ____."  # the teacher rewords it
    save_deck(deck, deck_file)
    reworded = load_deck(deck_file)
    stats = store.deck_stats(reworded, now=T0 + timedelta(hours=1))
    assert (stats.answered, stats.reviews, stats.due_now) == (1, 1, 1)
    assert [(d.title, q.prompt) for d, q in due_questions([reworded], store, T0 + timedelta(hours=1))] == \
        [("Capitals", "France's capital city is ____.")]


def test_a_question_removed_from_the_deck_is_never_due(tmp_path):
    store = ProgressStore.open(":memory:")
    store.record("capitals", "gone", False, now=T0)
    store.record("capitals", "fr", False, now=T0 + timedelta(minutes=5))
    deck = make_deck(fr="The capital of France is ____.")
    later = T0 + timedelta(hours=1)
    assert [q.id for _, q in due_questions([deck], store, later)] == ["fr"]
    assert due_counts([deck], store, later) == {"capitals": 1}
    assert store.deck_stats(deck, later).reviews == 2  # its answers still count as given


def test_review_is_most_overdue_first_across_decks():
    store = ProgressStore.open(":memory:")
    a, b = Deck("A", [Question("x", "fill_in", "x ____.", "x")]), Deck("B", [Question("y", "fill_in", "y ____.", "y"),
                                                                           Question("z", "fill_in", "z ____.", "z")])
    store.record_answer(b, b.questions[1], False, now=T0 + timedelta(minutes=2))   # due T0+3m
    store.record_answer(a, a.questions[0], False, now=T0)                          # due T0+1m
    store.record_answer(b, b.questions[0], True, elapsed=60, now=T0)               # due T0+10m
    order = [(d.title, q.id) for d, q in due_questions([a, b], store, T0 + timedelta(minutes=5))]
    assert order == [("A", "x"), ("B", "z")]  # y is not due until T0+10m
    order = [(d.title, q.id) for d, q in due_questions([a, b], store, T0 + timedelta(hours=1))]
    assert order == [("A", "x"), ("B", "z"), ("B", "y")]


@pytest.mark.parametrize("home, expected", [
    ("{tmp}/custom", "{tmp}/custom/" + FILE_NAME),   # QUIZGEN_HOME wins
    (None, "{tmp}/xdg/quizgen/" + FILE_NAME),        # else the platform's user data folder
])
def test_quizgen_home_is_respected(tmp_path, home, expected):
    env = {k: v for k, v in os.environ.items() if k != "QUIZGEN_HOME"}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    if home:
        env["QUIZGEN_HOME"] = home.format(tmp=tmp_path)
    code = ("from quizgen.progress.store import ProgressStore\n"
            "s = ProgressStore.open(); s.record('d', 'q', True, elapsed=1.0); print(s.path)")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    path = Path(expected.format(tmp=tmp_path))
    assert r.stdout.strip() == str(path) and path.is_file()


def test_default_path_reads_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path))
    assert default_path() == tmp_path / FILE_NAME


def test_reset_forgets_one_deck_only():
    store = ProgressStore.open(":memory:")
    for key in ("a", "a", "b"):
        store.record(key, "q", True, now=T0)
    assert store.reset("a") == 2
    assert [a.deck_key for a in store.answers()] == ["b"] and store.cards("a") == {}


def test_export_holds_every_answer_and_card():
    store = ProgressStore.open(":memory:")
    store.record("a", "q1", True, forgiven_typo=True, elapsed=3.5, now=T0)
    store.record("a", "q1", False, elapsed=9.0, now=T0 + timedelta(minutes=1))
    data = json.loads(json.dumps(store.export_json(now=T0)))
    assert data["format"] == "quizgen-progress" and data["exported_at"] == "2026-03-02T09:00:00.000000Z"
    assert data["reviews"] == [
        {"deck": "a", "question": "q1", "answered_at": "2026-03-02T09:00:00.000000Z", "correct": True,
         "rating": "Hard", "elapsed": 3.5, "forgiven_typo": True, "overridden": False, "run": None},
        {"deck": "a", "question": "q1", "answered_at": "2026-03-02T09:01:00.000000Z", "correct": False,
         "rating": "Again", "elapsed": 9.0, "forgiven_typo": False, "overridden": False, "run": None}]
    [card] = data["cards"]
    assert (card["deck"], card["question"], card["card"]["due"]) == ("a", "q1", "2026-03-02T09:02:00+00:00")


def test_a_quiz_session_saves_each_answer_as_it_is_given():
    deck = Deck("Capitals", [Question("fr", "fill_in", "The capital of France is ____.", "Paris"),
                             Question("de", "fill_in", "The capital of Germany is ____.", "Berlin"),
                             Question("it", "fill_in", "The capital of Italy is ____.", "Rome")])
    ticks = iter([0.0, 0.0, 40.0, 40.0, 41.0, 41.0, 70.0, 70.0])
    session = QuizSession.from_decks([deck], shuffle=False, clock=lambda: next(ticks))
    store = ProgressStore.open(":memory:")
    session.subscribe(recorder(store))
    session.answer("Parsi")     # a forgiven typo after 40 s: Hard
    assert len(store.answers()) == 1  # saved the moment it is given, before the learner moves on
    session.advance()
    assert len(store.answers()) == 1
    session.answer("Bonn")      # wrong...
    assert [(a.question_id, a.correct, a.rating) for a in store.answers()][-1] == ("de", False, Rating.Again)
    session.override()          # ...but overridden, 1 s: Good (saved as an override), replacing the wrong answer
    assert [(a.question_id, a.correct, a.rating) for a in store.answers()][-1] == ("de", True, Rating.Good)
    session.advance()
    session.skip()              # skipped: Again
    session.advance()
    assert [(a.question_id, a.correct, a.rating) for a in store.answers()] == [
        ("fr", True, Rating.Hard), ("de", True, Rating.Good), ("it", False, Rating.Again)]
    assert [r["overridden"] for r in store.export_json()["reviews"]] == [False, True, False]


def test_a_store_locked_too_long_is_a_clear_error(tmp_path, monkeypatch):
    import quizgen.progress.store as store_module

    path = tmp_path / "p.sqlite3"
    store = ProgressStore.open(path)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_SECONDS", 0.2)
    impatient = ProgressStore.open(path)
    store.conn.execute("BEGIN IMMEDIATE")  # another quiz in the middle of a very long write
    with pytest.raises(QuizgenError, match="locked.*try again"):
        impatient.record("d", "q", True, now=T0)
    store.conn.execute("ROLLBACK")
    impatient.record("d", "q", True, now=T0)  # the lock gone, the store works again
    assert len(store.answers()) == 1


def test_a_review_session_asks_most_overdue_first_and_saves_answers():
    from quizgen.progress.review import review_session

    deck = make_deck(fr="The capital of France is ____.", de="The capital of Germany is ____.")
    store = ProgressStore.open(":memory:")
    store.record_answer(deck, deck.questions[0], False, now=T0 + timedelta(minutes=1))
    store.record_answer(deck, deck.questions[1], False, now=T0)
    session = review_session(due_questions([deck], store, T0 + timedelta(hours=1)), store, seed=1)
    assert [item.question.id for item in session.items] == ["de", "fr"] and session.title == "Review: 2 due"
    session.answer("Rome")
    session.advance()
    assert [(a.question_id, a.correct) for a in store.answers()][-1] == ("de", False)
