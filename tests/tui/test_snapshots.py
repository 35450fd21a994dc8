"""SVG snapshots of every screen at 80x24, the smallest terminal the app is made for (refresh with
--snapshot-update; read each SVG before committing)."""

from __future__ import annotations

import pytest

from quizgen.progress.store import FILE_NAME, ProgressStore
from quizgen.quiz.session import QuizOptions
from quizgen.tui.app import QuizApp
from tests.tui.support import BROKEN, NOW, StepClock, learner_decks, mixed_deck, record_history, write_deck

SIZE = (80, 24)
IN_ORDER = QuizOptions(shuffle=False)


@pytest.fixture
def quiz_app(tmp_path, monkeypatch):
    """The MIXED deck in deck order, answers saved, with a clock that makes the time taken the same every run."""
    monkeypatch.chdir(tmp_path)  # the results' command names the deck by a path relative to here
    store = ProgressStore.open(tmp_path / "home" / FILE_NAME)
    yield QuizApp(decks=[mixed_deck(tmp_path)], options=IN_ORDER, clock=StepClock(), store=store, now=lambda: NOW)
    store.close()


def test_picker(snap_compare, tmp_path, monkeypatch):
    # Two decks in ./decks: one good, one that `quizgen check` rejects.
    monkeypatch.chdir(tmp_path)
    write_deck(tmp_path / "decks", "a-mixed.yaml")
    write_deck(tmp_path / "decks", "b-broken.yaml", BROKEN)
    assert snap_compare(QuizApp(), terminal_size=SIZE)


@pytest.mark.parametrize("press", [
    [],                                  # multiple choice: numbered options, first highlighted
    ["2", "enter"],                      # fill-in: the prompt's blank and an input box
    ["2", "enter", *"Rusia"],            # fill-in with an answer being typed
], ids=["multiple-choice", "fill-in", "fill-in-typing"])
def test_question(snap_compare, quiz_app, press):
    assert snap_compare(quiz_app, press=press, terminal_size=SIZE)


@pytest.mark.parametrize("press", [
    ["3"],                               # wrong option: ✗ on it, ✓ on the right one, source sentence
    ["2"],                               # right option
    ["2", "enter", *"Rusia", "enter"],   # forgiven typo with the exact spelling
    ["2", "enter", *"Russia", "enter", "enter", *"three", "enter", "o"],  # overridden wrong answer
], ids=["wrong", "right", "typo", "override"])
def test_feedback(snap_compare, quiz_app, press):
    # Keys: "2" is Bishkek (right), "3" Dushanbe (wrong); options are sorted without --shuffle.
    assert snap_compare(quiz_app, press=press, terminal_size=SIZE)


def test_results(snap_compare, quiz_app):
    # Right, typo, wrong, wrong option on true/false, skip: 2 / 5 with three missed listed.
    press = ["2", "enter", *"Rusia", "enter", "enter", *"three", "enter", "enter", "1", "enter", "ctrl+s", "enter"]
    assert snap_compare(quiz_app, press=press, terminal_size=SIZE)


@pytest.mark.parametrize("press", [
    ["q"],                               # the quit dialog over a question: answers are saved
    ["question_mark"],                   # the help: every key on the first screen, how to close it on top
], ids=["quit-dialog", "help"])
def test_dialogs(snap_compare, quiz_app, press):
    assert snap_compare(quiz_app, press=press, terminal_size=SIZE)


def test_wide_terminal_keeps_a_reading_width(snap_compare, quiz_app):
    # At 140 columns the card stays about 100 wide, centred.
    assert snap_compare(quiz_app, press=["3"], terminal_size=(140, 30))


@pytest.fixture
def learner_app(tmp_path, monkeypatch):
    """./decks with three decks and a progress store holding HISTORY, seen at the fixed NOW."""
    monkeypatch.chdir(tmp_path)
    decks = learner_decks(tmp_path)
    store = ProgressStore.open(tmp_path / "home" / FILE_NAME)
    record_history(store, decks)
    yield QuizApp(store=store, now=lambda: NOW, clock=StepClock(60.0))
    store.close()


@pytest.mark.parametrize("press", [
    [],                                  # the picker: "Review due" (5) on top, due counts and last scores
    ["t"],                               # the stats screen: every column within 80, studied decks first
], ids=["picker", "stats"])
def test_progress(snap_compare, learner_app, press):
    assert snap_compare(learner_app, press=press, terminal_size=SIZE)


def test_picker_without_a_usable_store(snap_compare, tmp_path, monkeypatch):
    # The store could not be opened: the decks without progress, and one line saying why.
    monkeypatch.chdir(tmp_path)
    learner_decks(tmp_path)
    error = "home/progress.sqlite3: cannot create the progress store's folder: File exists (set QUIZGEN_HOME …)"
    assert snap_compare(QuizApp(store_error=error), terminal_size=SIZE)


def test_resume_dialog(snap_compare, tmp_path):
    # A quiz on the MIXED deck left after 2 answers, opened again: "Resume (3 left) / Start over".
    from quizgen.progress import runs

    store = ProgressStore.open(tmp_path / "home" / FILE_NAME)
    deck = mixed_deck(tmp_path)
    items = [(deck.key, q.id, ()) for q in deck.questions]
    run_id = runs.start_run(store, [deck], items, None, NOW)
    for q in deck.questions[:2]:
        store.record(deck.key, q.id, q.id == "mc", now=NOW, run_id=run_id)
    app = QuizApp(decks=[deck], options=IN_ORDER, store=store, now=lambda: NOW, clock=StepClock())
    assert snap_compare(app, terminal_size=SIZE)
    store.close()
