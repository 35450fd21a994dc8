"""The quiz app driven by Textual's Pilot: a whole quiz, every key, the picker, and the light imports."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static

from quizgen.cli import build_parser
from quizgen.deck.catalog import find_decks
from quizgen.quiz.session import QuizOptions
from quizgen.tui.app import QuizApp
from quizgen.tui.dialogs.confirm import ConfirmDialog
from quizgen.tui.dialogs.help import HelpDialog
from quizgen.tui.screens.picker import PickerScreen
from quizgen.tui.screens.quiz import QuizScreen
from quizgen.tui.screens.results import ResultsScreen
from quizgen.tui.widgets.card import QuestionCard
from quizgen.tui.widgets.feedback import Feedback
from quizgen.tui.widgets.status import QuizStatus
from tests.conftest import ROOT
from quizgen.deck.model import load_deck
from tests.tui.support import BROKEN, StepClock, mixed_deck, synchronously, write_deck

IN_ORDER = QuizOptions(shuffle=False)


def text_of(widget: Static) -> str:
    """The plain text a Static shows."""
    r = widget.render()
    return getattr(r, "plain", str(r))


def feedback(app: QuizApp) -> str:
    return text_of(app.screen.query_one(Feedback))


def status(app: QuizApp) -> str:
    s = app.screen.query_one(QuizStatus)
    return f"{text_of(s.query_one('#position'))} | {text_of(s.query_one('#score'))}"


@synchronously
async def test_a_whole_quiz_right_wrong_typo_override_skip_then_retry(tmp_path):
    heard = []
    app = QuizApp(decks=[mixed_deck(tmp_path)], options=IN_ORDER, answer_hooks=[heard.append], clock=StepClock())
    async with app.run_test(size=(100, 30)) as pilot:
        # 1. Multiple choice, answered with a number key: options sorted, so Bishkek is 2.
        assert isinstance(app.screen, QuizScreen)
        assert status(app) == "Question 1 / 5 | Score 0 / 0"
        await pilot.press("2")
        assert feedback(app).startswith("✓ Correct")
        assert "Bishkek [sic]" in feedback(app)            # brackets in deck text shown as text
        assert heard == []                                  # final only once the learner moves on
        await pilot.press("enter")
        assert len(heard) == 1 and heard[0].correct
        # 2. Fill-in with one typo: forgiven, exact spelling shown.
        assert app.focused is app.screen.query_one(Input)
        await pilot.press(*"Rusia", "enter")
        assert "one typo forgiven. The exact spelling is Russia." in feedback(app)
        assert status(app) == "Question 2 / 5 | Score 2 / 2"
        await pilot.press("space")
        # 3. Fill-in, wrong, then "I was right".
        await pilot.press(*"three", "enter")
        assert feedback(app).startswith("✗ Incorrect — you answered “three”.")
        assert "The answer: two   also accepted: 2" in feedback(app)
        await pilot.press("o")
        assert "Counted as right" in feedback(app) and status(app).endswith("Score 3 / 3")
        await pilot.press("enter")
        # 4. True/false with arrows and Enter: 1 True, 2 False; down once then Enter picks False.
        assert [str(o.prompt) for o in app.screen.query_one(OptionList).options] == ["1  True", "2  False"]
        await pilot.press("down", "enter")
        assert feedback(app).startswith("✓ Correct")
        await pilot.press("enter")
        # 5. Fill-in skipped with Ctrl+S ('s' would type into the box).
        await pilot.press("s")
        assert app.screen.query_one(Input).value == "s"
        await pilot.press("ctrl+s")
        assert feedback(app).startswith("→ Skipped") and "The answer: ninth" in feedback(app)
        await pilot.press("o")                              # a skip cannot be overridden
        assert "Counted as right" not in feedback(app)
        await pilot.press("enter")
        # Results: 4 of 5 (the override counts), the skipped one listed with its source sentence.
        assert isinstance(app.screen, ResultsScreen)
        summary = text_of(app.screen.query_one("#summary"))
        assert summary.startswith("4 / 5 right  ·  80%  ·  time ")
        # The real command that asks the same quiz again (no "…"): it parses and names the deck file.
        command = summary.split("Same quiz again: ")[1]
        words = shlex.split(command)
        assert words[:3] == ["quizgen", "quiz", "--no-shuffle"] and Path(words[3]) == tmp_path / "mixed.yaml"
        assert build_parser().parse_args(words[1:]).paths == [str(tmp_path / "mixed.yaml")]
        missed = ["\n".join(text_of(w) for w in m.query(Static)) for m in app.screen.query(".missed")]
        assert len(missed) == 1 and "Iran became the SCO's ____ member." in missed[0]
        assert "skipped" in missed[0] and "the answer: ninth" in missed[0] and "admitted Iran as its ninth member" in missed[0]
        assert [(o.item.question.id, o.correct, o.skipped, o.overridden) for o in heard] == [
            ("mc", True, False, False), ("fill-typo", True, False, False), ("fill-number", True, False, True),
            ("tf", True, False, False), ("fill-skip", False, True, False)]
        assert heard[0].elapsed == 5.0
        # Retry the missed one: a new quiz of 1 question, answered with the ordinal's digits.
        await pilot.press("r")
        assert isinstance(app.screen, QuizScreen) and status(app) == "Question 1 / 1 | Score 0 / 0"
        await pilot.press(*"9th", "enter")
        assert feedback(app).startswith("✓ Correct")
        await pilot.press("enter")
        assert isinstance(app.screen, ResultsScreen)
        assert text_of(app.screen.query_one("#all-right")) == "Nothing missed. Well done!"
        assert heard[-1].item.question.id == "fill-skip" and heard[-1].correct   # the hook follows retries
        await pilot.press("q")                              # started on a deck: q exits
    assert app.return_code == 0


@synchronously
async def test_the_mouse_chooses_an_option(tmp_path):
    app = QuizApp(decks=[mixed_deck(tmp_path)], options=IN_ORDER)
    async with app.run_test(size=(100, 30)) as pilot:
        options = app.screen.query_one(OptionList)
        # Options: Astana, Bishkek, Dushanbe, Tashkent; the first row of the list is Astana.
        await pilot.click(options, offset=(4, 0))
        assert feedback(app).startswith("✗ Incorrect — you answered “Astana”.")


@synchronously
async def test_keys_that_mean_nothing_yet_do_nothing(tmp_path):
    app = QuizApp(decks=[mixed_deck(tmp_path)], options=IN_ORDER)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "o", "9")                # Enter selects the highlighted option (Astana)
        assert app.screen.session.pending.typed == "Astana"
        # A wrong pick among options is wrong: no "I was right" offered, and `o` does nothing.
        assert not app.screen.session.pending.overridden and "Counted as right" not in feedback(app)
        assert "I was right" not in [b.binding.description for b in app.active_bindings.values() if b.enabled]
        await pilot.press("3")                              # already answered: no second answer
        assert app.screen.session.pending.typed == "Astana"
        await pilot.press("space")
        await pilot.press("enter")                          # empty fill-in: a hint, not an answer
        assert app.screen.session.pending is None and app.screen.session.index == 1


@pytest.mark.parametrize("leave_key, confirm_key, still_in_quiz", [
    ("q", "n", True),            # asks, "no" stays
    ("escape", "escape", True),  # Escape on the dialog also stays
    ("q", "y", False),           # "yes" leaves
])
@synchronously
async def test_leaving_mid_quiz_asks_first(tmp_path, leave_key, confirm_key, still_in_quiz):
    heard = []
    app = QuizApp(decks=[mixed_deck(tmp_path)], options=IN_ORDER, answer_hooks=[heard.append])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")                              # answered, feedback on screen
        await pilot.press(leave_key)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press(confirm_key)
        assert (isinstance(app.screen, QuizScreen) and app.return_code is None) is still_in_quiz
    # Leaving keeps the answer that was on screen.
    assert len(heard) == (0 if still_in_quiz else 1)


@synchronously
async def test_help_opens_with_question_mark_and_f1_even_in_a_text_box(tmp_path):
    app = QuizApp(decks=[mixed_deck(tmp_path)], options=IN_ORDER)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpDialog)
        await pilot.press("escape")
        await pilot.press("1", "enter")                     # to the fill-in question
        await pilot.press("question_mark")                  # types into the box
        assert app.screen.query_one(Input).value == "?"
        await pilot.press("f1")
        assert isinstance(app.screen, HelpDialog)


@synchronously
async def test_help_at_80x24_says_how_to_close_it_first_and_its_footer_shows_its_keys(tmp_path):
    app = QuizApp(decks=[mixed_deck(tmp_path)], options=IN_ORDER)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        help_box = app.screen.query_one("#help-box")
        first_line = str(app.screen.query_one("#help-title", Static).render())
        assert "Escape closes this help" in first_line and help_box.scroll_y == 0
        shown = {b.binding.description for b in app.active_bindings.values() if b.binding.show}
        assert "Close help" in shown and not {"Skip", "Quit"} & shown   # not the quiz's keys beneath
        # Every key of the quiz is on the first screen (the notes on answers may need scrolling).
        text = str(app.screen.query_one("#help-text", Static).render()).splitlines()
        assert text.index("In the deck picker") < help_box.size.height


@synchronously
async def test_picker_lists_decks_shows_a_broken_one_and_returns_after_the_quiz(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_deck(tmp_path / "decks", "a-mixed.yaml")
    write_deck(tmp_path / "decks", "b-broken.yaml", BROKEN)
    app = QuizApp(options=QuizOptions(shuffle=False, qtype="true_false"))
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, PickerScreen)
        rows = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
        assert rows[0].splitlines() == ["Test [deck] about Mongolia",
                                        "  5 questions (1 multiple choice · 3 fill-in · 1 true/false)",
                                        "  from china-mongolia-sco.txt · decks/a-mixed.yaml"]  # the source, shortened
        assert rows[1].splitlines()[:2] == ["b-broken.yaml  cannot be used", "  line 4: missing 'answer' (+2 more; run quizgen check)"]
        await pilot.press("down", "enter")                  # the broken deck: a notice, no quiz
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("up", "enter")
        assert isinstance(app.screen, QuizScreen) and app.screen.session.total == 1   # --type applies
        await pilot.press("2", "enter")
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("q")                              # back to the picker, not out
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("enter", "escape", "y")           # leave a quiz mid-way: also the picker
        assert isinstance(app.screen, PickerScreen)


@pytest.mark.parametrize("make_folder, expected", [
    (False, ["demo deck (shipped with quizgen)"]),            # no decks/ folder: the demo
    (True, ["demo deck (shipped with quizgen)"]),             # an empty decks/ folder: the demo too
])
def test_the_demo_deck_is_offered_when_there_are_no_decks(tmp_path, monkeypatch, make_folder, expected):
    monkeypatch.chdir(tmp_path)
    if make_folder:
        (tmp_path / "decks").mkdir()
    entries = find_decks()
    assert [e.label for e in entries] == expected and entries[0].deck is not None and entries[0].deck.questions


@pytest.mark.parametrize("make_folder, hint", [
    (False, "No decks/ folder here: this is the demo deck"),
    (True, "No decks in decks/ yet: this is the demo deck"),   # the folder is there, only empty
])
@synchronously
async def test_the_picker_says_why_it_shows_the_demo_deck(tmp_path, monkeypatch, make_folder, hint):
    monkeypatch.chdir(tmp_path)
    if make_folder:
        (tmp_path / "decks").mkdir()
    app = QuizApp()
    async with app.run_test(size=(100, 30)):
        assert hint in text_of(app.screen.query_one("#picker-title", Static))


def test_opening_a_quiz_on_a_deck_does_not_import_spacy(tmp_path):
    deck = write_deck(tmp_path)
    code = f"""
import asyncio, sys
from quizgen.cli import build_parser
from quizgen.deck.model import load_deck
from quizgen.tui.app import QuizApp
import quizgen.commands.quiz, quizgen.tui.screens.picker, quizgen.tui.screens.results, quizgen.tui.dialogs.help
async def main():
    app = QuizApp(decks=[load_deck({str(deck)!r})])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "enter")
asyncio.run(main())
print(sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc", "quizgen.generate.pipeline")))
"""
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("args, code, fragment", [
    (["quiz", "missing.yaml"], 1, "missing.yaml: no such file"),                     # a missing deck
    (["quiz", "--type", "true_false", "d.yaml"], 1, "no questions of type true_false in d.yaml"),  # nothing to ask
    (["quiz", "--limit", "0", "d.yaml"], 2, "expected 1 or more"),                   # a usage error
    (["quiz", "bad.yaml"], 1, "bad.yaml:4: missing 'answer'"),  # a broken deck
    (["quiz", "a.txt", "d.yaml"], 1, "give one article, or deck files only"),       # mixed inputs
    (["quiz", "d.yaml"], 2, "quizgen quiz needs an interactive terminal"),           # no terminal: no hang
    ([], 2, "quizgen quiz needs an interactive terminal"),                           # the picker, likewise
])
def test_command_line_errors_are_one_line(cli, tmp_path, args, code, fragment):
    (tmp_path / "d.yaml").write_text("quizgen: 1\ntitle: T\nquestions:\n- id: a\n  type: fill_in\n  prompt: P ____.\n  answer: x\n")
    (tmp_path / "bad.yaml").write_text(BROKEN)
    (tmp_path / "a.txt").write_text("An article.")
    r = cli(*args, cwd=tmp_path, input="")  # like `</dev/null >out`: no terminal
    assert r.returncode == code and fragment in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert r.stdout == ""  # no escape codes


REPEATS = """\
quizgen: 1
title: Sentences
questions:
- id: same
  type: fill_in
  prompt: The bloc recently admitted Iran as its ____ member.
  answer: ninth
  context: The bloc recently admitted Iran as its ninth member.
- id: simplified
  type: fill_in
  prompt: Mongolia has been an observer for nearly ____ decades.
  answer: two
  context: Mongolia, which borders China, has maintained its observer status for nearly two decades.
"""


@pytest.mark.parametrize("qid, shown", [
    ("same", False),          # the source sentence is the prompt with the blank filled: nothing to add
    ("simplified", True),     # the prompt was simplified: the full sentence adds something
])
@synchronously
async def test_from_the_article_only_when_it_adds_something(tmp_path, qid, shown):
    deck = load_deck(write_deck(tmp_path, "s.yaml", REPEATS))
    deck.questions[:] = [q for q in deck.questions if q.id == qid]
    app = QuizApp(decks=[deck], options=IN_ORDER)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"wrong", "enter")
        assert ("From the article" in feedback(app)) is shown


@synchronously
async def test_the_card_keeps_a_reading_width_on_a_wide_terminal(tmp_path):
    app = QuizApp(decks=[mixed_deck(tmp_path)], options=IN_ORDER)
    async with app.run_test(size=(160, 30)):
        assert app.screen.query_one(QuestionCard).size.width <= 100
