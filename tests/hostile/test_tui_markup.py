"""The quiz app shows deck text, file names and errors literally: Textual markup in them never acts
or crashes (a toast that ran '[@click=app.screenshot(...)]' wrote a file when clicked)."""

from __future__ import annotations

import sqlite3

from textual.widgets import OptionList, Static
from textual.widgets._toast import Toast

from quizgen.deck.model import load_deck
from quizgen.quiz.session import QuizOptions
from quizgen.tui.app import QuizApp
from quizgen.tui.screens.picker import PickerScreen
from quizgen.tui.screens.quiz import QuizScreen
from quizgen.tui.screens.results import ResultsScreen
from tests.tui.support import synchronously, write_deck

CLICK = "[@click=app.screenshot('notes.txt','{dir}')]click me[/]"
NASTY = "[/] [a=b=c] [bold]"
FILE = "[a=b=c] [bold] [@click=app.quit]x"  # what a file name can hold ('/' it cannot)
DECK = f"""quizgen: 1
title: "{NASTY} title"
questions:
- id: mc
  type: multiple_choice
  prompt: "Which is {NASTY}?"
  answer: "[@click=app.quit]right[/]"
  distractors: ["[/]", "[a=b=c]"]
  context: "The answer is [@click=app.quit]right[/] {NASTY}."
"""


def toasts(app: QuizApp) -> list[str]:
    """The text of every toast on screen, as shown."""
    return [str(t.render()) for t in app.screen.query(Toast)]


@synchronously
async def test_a_deck_key_with_a_click_action_shows_literally_and_clicking_it_does_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    key = CLICK.format(dir=tmp_path)
    write_deck(tmp_path / "decks", f"{FILE}.yaml", 
               f'quizgen: 1\ntitle: T\nquestions:\n- id: a\n  type: true_false\n  prompt: P.\n  answer: true\n  "{key}": x\n')
    app = QuizApp()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("enter")                       # the broken deck: a toast quoting its key
        await pilot.pause()
        shown = " ".join(toasts(app))
        assert "[@click=app.screenshot(" in shown and f"decks/{FILE}.yaml" in shown
        for toast in app.screen.query(Toast):
            await pilot.click(toast)
        await pilot.pause()
        assert not (tmp_path / "notes.txt").exists() and not list(tmp_path.glob("*.svg"))
        assert isinstance(app.screen, PickerScreen)


@synchronously
async def test_a_quiz_over_markup_laden_text_shows_it_all_literally(tmp_path):
    deck = load_deck(write_deck(tmp_path, f"{FILE}.yaml", DECK))
    app = QuizApp(decks=[deck], options=QuizOptions(shuffle=False))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        assert isinstance(app.screen, QuizScreen)
        screen_text = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert f"Which is {NASTY}?" in screen_text and f"{NASTY} title" in screen_text
        options = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
        assert sorted(o.split("  ", 1)[1] for o in options) == ["[/]", "[@click=app.quit]right[/]", "[a=b=c]"]
        wrong = next(i for i, o in enumerate(options, 1) if "right" not in o)
        await pilot.press(str(wrong))                    # feedback quotes the answer and its context
        await pilot.pause()
        feedback = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert "[@click=app.quit]right[/]" in feedback and f"The answer is [@click=app.quit]right[/] {NASTY}." in feedback
        await pilot.press("enter")                       # the results list the missed question
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen) and app.is_running
        results = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert f"Which is {NASTY}?" in results and "[@click=app.quit]right[/]" in results


@synchronously
async def test_store_errors_and_failed_saves_with_markup_are_plain_toasts(tmp_path):
    deck = load_deck(write_deck(tmp_path, "d.yaml", DECK))

    def failing_save(outcome) -> None:
        raise sqlite3.OperationalError(f"disk I/O error at {NASTY}/progress.sqlite3")

    app = QuizApp(decks=[deck], options=QuizOptions(shuffle=False), answer_hooks=[failing_save],
                  store_error=f"cannot open {NASTY}")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("1", "enter")                  # the save fails: a toast, the quiz goes on
        await pilot.pause()
        app.start_review([deck])                         # no store: a toast quoting why
        await pilot.pause()
        shown = " ".join(toasts(app))
        assert f"{NASTY}/progress.sqlite3" in shown and f"cannot open {NASTY}" in shown
        assert app.is_running
