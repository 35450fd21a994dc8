"""Leaving a quiz half way and coming back: "Resume (N left) / Start over", the same order, honest scores."""

from __future__ import annotations

from textual.widgets import Button, OptionList, Static

from quizgen.deck.model import load_deck
from quizgen.quiz.session import QuizOptions
from quizgen.tui.app import QuizApp
from quizgen.tui.dialogs.confirm import ConfirmDialog
from quizgen.tui.dialogs.resume import ResumeDialog
from quizgen.tui.screens.picker import PickerScreen
from quizgen.tui.screens.quiz import QuizScreen
from quizgen.tui.screens.results import ResultsScreen
from tests.tui.support import NOW, StepClock, synchronously
from tests.tui.test_progress import answer, titles
from tests.tui.test_quiz import status

SIZE = (80, 24)
SHUFFLED = QuizOptions(seed=11)



def app_on(store, deck_path=None, options=SHUFFLED) -> QuizApp:
    decks = [load_deck(deck_path)] if deck_path else None
    return QuizApp(decks=decks, store=store, options=options, now=lambda: NOW, clock=StepClock(60.0))


async def leave_after(store, deck_path, count: int) -> list[str]:
    """Start a quiz on `deck_path`, answer `count` questions (right), quit; the order it asked."""
    app = app_on(store, deck_path)
    async with app.run_test(size=SIZE) as pilot:
        order = [i.question.id for i in app.screen.session.items]
        for _ in range(count):
            await answer(pilot, app)
        await pilot.press("escape")                         # (q would type into a fill-in box)
        assert isinstance(app.screen, ConfirmDialog)
        detail = str(app.screen.query_one("#confirm-detail", Static).render())
        assert "Your answers are saved" in detail and "resume" in detail
        await pilot.press("y")
    return order


@synchronously
async def test_a_quiz_left_half_way_resumes_in_the_same_order(learner, tmp_path):
    deck = tmp_path / "decks" / "a-mixed.yaml"
    order = await leave_after(learner, deck, 2)
    app = app_on(learner, deck, options=QuizOptions())       # a new random seed: resuming keeps the old order
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, ResumeDialog)
        assert [str(b.label) for b in app.screen.query(Button)] == ["Resume (3 left) (r)", "Start over (s)"]
        await pilot.press("r")
        assert isinstance(app.screen, QuizScreen)
        assert [i.question.id for i in app.screen.session.items] == order[2:]
        assert status(app) == "Question 3 / 5 | Score 2 / 2"
        for _ in range(3):
            await answer(pilot, app, right=False)
        assert isinstance(app.screen, ResultsScreen)
        summary = str(app.screen.query_one("#summary", Static).render())
        assert "With the 2 answered before you resumed: 2 / 5 right (40%)" in summary
    assert learner.last_score(load_deck(deck).key) == (2, 5)  # the run's score, not this sitting's


@synchronously
async def test_start_over_asks_everything_afresh(learner, tmp_path):
    deck = tmp_path / "decks" / "a-mixed.yaml"
    await leave_after(learner, deck, 1)
    app = app_on(learner, deck)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, QuizScreen) and status(app) == "Question 1 / 5 | Score 0 / 0"


@synchronously
async def test_escape_on_the_resume_question_leaves_nothing_started(learner, tmp_path):
    deck = tmp_path / "decks" / "a-mixed.yaml"
    await leave_after(learner, deck, 1)
    app = app_on(learner, deck)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("escape")
    assert app.return_code == 0


@synchronously
async def test_the_picker_shows_what_is_left_and_offers_to_resume(learner, tmp_path):
    await leave_after(learner, tmp_path / "decks" / "b-capitals.yaml", 1)
    app = QuizApp(store=learner, options=SHUFFLED, now=lambda: NOW, clock=StepClock(60.0))
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, PickerScreen)
        assert "Capitals   nothing due · last score 1/1 (100%) · 1 left to resume" in titles(app)
        options = app.screen.query_one(OptionList)
        options.highlighted = options.get_option_index("1")    # Capitals
        await pilot.press("enter")
        assert isinstance(app.screen, ResumeDialog)
        await pilot.press("r")
        assert isinstance(app.screen, QuizScreen) and status(app) == "Question 2 / 2 | Score 1 / 1"
