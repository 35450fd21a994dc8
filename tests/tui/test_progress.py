"""Learning over days in the quiz app: due counts and last scores in the picker, "Review due", the stats
screen, answers kept across restarts, and a store that cannot be used (Textual's Pilot, a fixed NOW)."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from textual.widgets import DataTable, OptionList, Static

import quizgen.tui
from quizgen.deck.model import load_deck
from quizgen.progress.review import due_questions, review_session
from quizgen.progress.store import FILE_NAME, ProgressStore
from quizgen.quiz.session import QuizOptions
from quizgen.tui.app import QuizApp
from quizgen.tui.screens.picker import PickerScreen
from quizgen.tui.screens.quiz import QuizScreen
from quizgen.tui.screens.results import ResultsScreen
from quizgen.tui.screens.stats import StatsScreen
from quizgen.tui.widgets.chart import DeckChart
from tests.conftest import ROOT
from tests.tui.support import (
    DUE_ORDER,
    HISTORY,
    NOW,
    RIVERS,
    StepClock,
    learner_decks,
    record_history,
    synchronously,
    write_deck,
)

SIZE = (100, 30)



def make_app(store, now=NOW, **kwargs) -> QuizApp:
    """The app over ./decks as `quizgen` starts it, at a fixed `now`, every answer taking 60 s."""
    return QuizApp(store=store, now=lambda: now, clock=StepClock(60.0), **kwargs)


def rows(app: QuizApp) -> list[str]:
    """The picker's rows as plain text."""
    return [str(o.prompt) for o in app.screen.query_one(OptionList).options]


def titles(app: QuizApp) -> list[str]:
    """The first line of every deck row (title and progress)."""
    return [r.splitlines()[0] for r in rows(app) if not r.startswith("Review due")]


async def answer(pilot, app: QuizApp, right: bool = True) -> None:
    """Answer the question on screen (rightly or not), then go on."""
    item = app.screen.session.current
    q = item.question
    if item.options:
        wrong = next(i for i, o in enumerate(item.options) if o != q.answer_text)
        await pilot.press(str((item.options.index(q.answer_text) if right else wrong) + 1))
    else:
        await pilot.press(*(q.answer_text if right else "nonsense"), "enter")
    await pilot.press("enter")


@pytest.mark.parametrize("history, review_row, deck_titles", [
    ([], "Review due   nothing due now\n  questions you answer come back here when they are due", [
        "Test [deck] about Mongolia   not studied yet", "Capitals   not studied yet", "Rivers   not studied yet"]),
    # Answered a minute ago: wrong ones come back a minute later, right ones ten minutes later.
    ([("a-mixed.yaml", "mc", True, timedelta(minutes=1)), ("b-capitals.yaml", "fr", False, timedelta(seconds=30))],
     "Review due   nothing due now\n  the next question is due in under a minute", [
         "Test [deck] about Mongolia   nothing due · last score 1/1 (100%)",
         "Capitals   nothing due · last score 0/1 (0%)", "Rivers   not studied yet"]),
    (HISTORY, "Review due   5 questions due now\n  from 2 decks, most overdue first · r", [
        "Test [deck] about Mongolia   3 due · last score 1/2 (50%)",   # the last session: tf wrong, mc right
        "Capitals   2 due · last score 1/1 (100%)", "Rivers   not studied yet"]),
], ids=["never-studied", "nothing-due-yet", "due"])
@synchronously
async def test_picker_shows_due_counts_and_last_scores(learner, tmp_path, history, review_row, deck_titles):
    record_history(learner, tmp_path / "decks", history)
    app = make_app(learner)
    async with app.run_test(size=SIZE):
        assert isinstance(app.screen, PickerScreen)
        assert rows(app)[0] == review_row and titles(app) == deck_titles
        options = app.screen.query_one(OptionList)
        # "Review due" can be chosen (and starts highlighted) only when something is due.
        assert options.options[0].disabled is (history is not HISTORY)
        assert (options.highlighted_option.id == "review") is (history is HISTORY)


@synchronously
async def test_review_due_asks_the_due_questions_most_overdue_first_and_saves_each_answer(learner, tmp_path):
    record_history(learner, tmp_path / "decks")
    app = make_app(learner, options=QuizOptions(seed=7))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")                          # "Review due" is highlighted
        assert isinstance(app.screen, QuizScreen)
        session = app.screen.session
        assert session.title == "Review: 5 due"
        assert [i.question.id for i in session.items] == DUE_ORDER
        for right in (True, False, True, True, True):
            await answer(pilot, app, right)
        assert isinstance(app.screen, ResultsScreen)
        summary = str(app.screen.query_one("#summary", Static).render())
        assert summary.startswith("4 / 5 right") and "comes back when it is due" in summary and "--seed" not in summary
        saved = [(a.question_id, a.correct, a.answered_at) for a in learner.answers()[len(HISTORY):]]
        assert saved == [(qid, right, NOW) for qid, right in zip(DUE_ORDER, (True, False, True, True, True))]
        await pilot.press("q")                              # back to the picker, counts refreshed
        assert isinstance(app.screen, PickerScreen)
        assert rows(app)[0] == "Review due   nothing due now\n  the next question is due in 1 minute"
        assert titles(app)[:2] == ["Test [deck] about Mongolia   nothing due · last score 3/3 (100%)",
                                   "Capitals   nothing due · last score 1/2 (50%)"]


@synchronously
async def test_r_starts_the_review_and_does_nothing_when_nothing_is_due(learner, tmp_path):
    app = make_app(learner)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, PickerScreen)
        assert [n.message for n in app._notifications][-1].startswith("Nothing due — questions you answer")
    record_history(learner, tmp_path / "decks")
    app = make_app(learner)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "down", "r")              # from any row
        assert isinstance(app.screen, QuizScreen) and app.screen.session.total == 5


@synchronously
async def test_r_refreshes_the_due_counts_and_says_when_the_next_is_due(learner, tmp_path):
    # Answered right 6 minutes ago: due again 10 minutes after, 4 minutes from now.
    record_history(learner, tmp_path / "decks", [("a-mixed.yaml", "mc", True, timedelta(minutes=6))])
    clock = {"now": NOW}
    app = QuizApp(store=learner, now=lambda: clock["now"], clock=StepClock(60.0))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, PickerScreen)
        assert [n.message for n in app._notifications][-1] == "Nothing due — next in 4 min"
        clock["now"] = NOW + timedelta(minutes=5)           # the picker stays open while it falls due
        await pilot.press("r")                              # counts refreshed on the key: it starts
        assert isinstance(app.screen, QuizScreen) and app.screen.session.total == 1


LONG_TITLE = "The Very Long Title of a Deck About the Rivers and Lakes of Central Asia"  # 72 characters


@pytest.mark.parametrize("width, mongolia, shown_title", [
    (80, "Test [deck] about Mong…", "The Very Long Title of…"),     # shrinks so every column fits 80
    (120, "Test [deck] about Mongolia", "The Very Long Title of a Deck About the Rivers and Lakes of Ce…"),
    (160, "Test [deck] about Mongolia", LONG_TITLE),                 # whole when there is room
])
@synchronously
async def test_stats_fit_the_screen_with_studied_decks_first(learner, tmp_path, width, mongolia, shown_title):
    write_deck(tmp_path / "decks", "0-long.yaml", RIVERS.replace("title: Rivers", f"title: {LONG_TITLE}"))
    record_history(learner, tmp_path / "decks")
    app = make_app(learner)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press("t")
        table = app.screen.query_one(DataTable)
        titles_shown = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert titles_shown == [mongolia, "Capitals", shown_title, "Rivers"]  # studied first
        assert table.max_scroll_x == 0                         # every column on screen, no sideways scrolling


STATS_ROWS = [
    # deck, questions, answered, accuracy, due now, due 7d, streak
    ["Test [deck] about Mongolia", "5", "3", "33%", "3", "3", "1 day"],   # Mar 18 and 20: yesterday missed
    ["Capitals", "2", "2", "50%", "2", "2", "2 days"],                      # Mar 19 and 20
    ["Rivers", "1", "0", "—", "0", "0", "0 days"],
]


@synchronously
async def test_stats_screen_opens_with_t_and_shows_the_numbers(learner, tmp_path):
    record_history(learner, tmp_path / "decks")
    app = make_app(learner)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, StatsScreen)
        table = app.screen.query_one(DataTable)
        assert [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)] == STATS_ROWS
        charts = {c.stats.title: [str(s.render()) for s in c.query(".chart-note")] for c in app.screen.query(DeckChart)}
        assert charts["Test [deck] about Mongolia"] == [
            "Feb 21 – Mar 20 · most 2 a day", "—  —  —  33%  (oldest first)",
            "last studied Mar 20 · last score 1/2 right"]
        assert charts["Rivers"] == ["Not studied yet: start it from the picker, and your answers show here."]
        mixed = next(c for c in app.screen.query(DeckChart) if c.stats.title.startswith("Test"))
        day_chart = mixed.query("Sparkline").first()
        assert day_chart.data[::2] == [0] * 25 + [1, 0, 2]   # answers on Mar 18 and 20 (anchors between)
        await pilot.press("escape")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("t", "q")                          # q goes back too, not out
        assert isinstance(app.screen, PickerScreen) and app.return_code is None


@synchronously
async def test_answers_survive_an_app_restart(learner, tmp_path):
    # First run: the picker, the mixed deck in order, one answer wrong, then quit.
    app = make_app(learner, options=QuizOptions(shuffle=False))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        for right in (True, True, False, True, True):
            await answer(pilot, app, right)
        await pilot.press("q")
        assert titles(app)[0] == "Test [deck] about Mongolia   nothing due · last score 4/5 (80%)"
        await pilot.press("q")
    learner.close()
    # Next day, a fresh store connection and a fresh app.
    with ProgressStore.open(tmp_path / "home" / FILE_NAME) as store:
        app = make_app(store, now=NOW + timedelta(days=1))
        async with app.run_test(size=SIZE) as pilot:
            assert rows(app)[0].startswith("Review due   5 questions due now")
            assert titles(app)[0] == "Test [deck] about Mongolia   5 due · last score 4/5 (80%)"
            await pilot.press("t")
            table = app.screen.query_one(DataTable)
            # The streak is still alive: studied yesterday, not yet today.
            assert [str(c) for c in table.get_row_at(0)] == ["Test [deck] about Mongolia", "5", "5", "80%", "5", "5", "1 day"]


def closed_store(tmp_path):
    store = ProgressStore.open(tmp_path / "broken.sqlite3")
    store.close()                                            # every read now fails inside SQLite
    return store


@pytest.mark.parametrize("make_store, error, notice", [
    (lambda tmp: None, "home/progress.sqlite3: cannot create the progress store's folder: File exists",
     "Progress is not saved: home/progress.sqlite3: cannot create the progress store's folder: File exists"),
    (closed_store, None, "Progress is not saved: Cannot operate on a closed database."),
], ids=["cannot-open", "fails-after-opening"])
@synchronously
async def test_an_unusable_store_shows_the_decks_and_a_one_line_notice(tmp_path, monkeypatch, make_store, error, notice):
    monkeypatch.chdir(tmp_path)
    learner_decks(tmp_path)
    app = make_app(make_store(tmp_path), store_error=error, options=QuizOptions(shuffle=False))
    async with app.run_test(size=SIZE) as pilot:
        assert str(app.screen.query_one("#progress-notice", Static).render()) == notice
        assert titles(app) == ["Test [deck] about Mongolia", "Capitals", "Rivers"]   # no review row, no badges
        await pilot.press("t", "r")                          # neither is offered
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("enter", "1", "enter")            # the quiz still runs (and saves nothing)
        assert isinstance(app.screen, QuizScreen) and app.screen.session.index == 1


@synchronously
async def test_an_answer_that_cannot_be_saved_is_a_notice_and_the_quiz_goes_on(tmp_path):
    learner_decks(tmp_path)
    store = closed_store(tmp_path)
    notices = []
    app = make_app(store, decks=[load_deck(tmp_path / "decks" / "b-capitals.yaml")], options=QuizOptions(shuffle=False))
    async with app.run_test(size=SIZE) as pilot:
        app.notify = lambda message, **kw: notices.append((kw.get("title"), message))
        await answer(pilot, app)
        assert isinstance(app.screen, QuizScreen) and app.screen.session.index == 1
        assert notices == [("This answer was not saved", "Cannot operate on a closed database.")]


@synchronously
async def test_a_ready_review_session_runs_in_the_quiz_screen_then_exits(learner, tmp_path):
    record_history(learner, tmp_path / "decks")
    decks = [load_deck(p) for p in sorted((tmp_path / "decks").glob("*.yaml"))]
    session = review_session(due_questions(decks, learner, NOW), learner, seed=1, clock=StepClock(60.0))
    app = QuizApp(session=session, review=True)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, QuizScreen) and app.screen.session is session
        for _ in DUE_ORDER:
            await answer(pilot, app)
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("q")
    assert app.return_code == 0
    assert [a.question_id for a in learner.answers()[len(HISTORY):]] == DUE_ORDER


def test_quizgen_review_finds_the_apps_entry_point_without_loading_textual():
    assert callable(quizgen.tui.run_review)
    code = "import sys, quizgen.tui; print('textual' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "False", r.stderr


@pytest.mark.parametrize("minutes_ago, expected", [
    ([], None),                                   # never answered
    ([(5, True)], (1, 1)),
    ([(90, False), (20, True), (1, False)], (1, 2)),  # a 70-minute pause starts a new session
    ([(50, False), (25, True), (1, True)], (2, 3)),   # pauses under 30 minutes: one session
])
def test_answers_saved_before_runs_score_by_their_pauses(minutes_ago, expected):
    store = ProgressStore.open(":memory:")
    for n, (minutes, correct) in enumerate(minutes_ago):
        store.record("deck", f"q{n}", correct, now=NOW - timedelta(minutes=minutes))
    assert store.last_score("deck") == expected


@synchronously
async def test_the_picker_offers_decks_studied_elsewhere_and_counts_their_due_questions(learner, tmp_path):
    from quizgen.progress import runs
    from tests.tui.support import CAPITALS

    other = write_deck(tmp_path / "biology", "cells.yaml", CAPITALS.replace("title: Capitals", "title: Cells"))
    deck = load_deck(other)
    runs.start_run(learner, [deck], [(deck.key, q.id, ()) for q in deck.questions], None, NOW - timedelta(hours=1))
    learner.record_answer(deck, deck.questions[0], False, elapsed=60, now=NOW - timedelta(hours=1))
    app = make_app(learner)
    async with app.run_test(size=SIZE):
        assert rows(app)[0].startswith("Review due   1 question due now")
        assert "Cells   1 due · last score 0/1 (0%)" in titles(app)
        assert str(app.screen.query_one("#picker-title", Static).render()).endswith("3 decks in decks/ · 1 studied elsewhere")
    other.unlink()                                         # moved away since: left out quietly
    app = make_app(learner)
    async with app.run_test(size=SIZE):
        assert not any(t.startswith("Cells") for t in titles(app))
