"""The quiz app keeps nothing of a question once its card is gone, so a long quiz stays as light as a short one.

A 30-question quiz is answered with Pilot; then every object of each kind still alive (found with
gc.get_objects after gc.collect) must be one on screen. Before quizgen/tui/gc_workarounds.py every
answered card, its answer box, the footer's old keys and their rendered lines stayed alive, and
each full garbage collection got slower as a session went on (bench/README.md, bench/quiz_app.py).
"""

from __future__ import annotations

import gc

import pytest
from textual._styles_cache import StylesCache
from textual.widget import Widget
from textual.widgets import Input, OptionList
from textual.widgets._footer import FooterKey

from quizgen.deck.model import Deck, Question
from quizgen.quiz.session import QuizOptions
from quizgen.tui.app import QuizApp
from quizgen.tui.widgets.card import QuestionCard
from tests.tui.support import synchronously

ANSWERED = 15


def long_deck(n: int) -> Deck:
    """`n` questions cycling through the three types; fill-in answers are one letter, to type quickly."""
    questions = []
    for i in range(n):
        kind = ("multiple_choice", "fill_in", "true_false")[i % 3]
        q = Question(id=f"q{i}", type=kind, prompt=f"Question {i} asks for ____.", answer="x",
                     context=f"The article's sentence {i} says x.")
        if kind == "multiple_choice":
            q.prompt, q.distractors = f"Which letter does question {i} ask for?", ["a", "b", "c"]
        elif kind == "true_false":
            q.prompt, q.answer = f"Statement {i} is true.", i % 2 == 0
        questions.append(q)
    return Deck(title="A long quiz", questions=questions, id="long")


async def answer_and_go_on(pilot, screen) -> None:
    """Answer the question on screen (rightly), press Enter, and wait for the next card."""
    item = screen.session.current
    if item.options:
        await pilot.press(str(item.options.index(item.question.answer_text) + 1))
    else:
        await pilot.press(item.question.answer_text, "enter")
    assert screen.session.pending is not None, "the answer was not taken"
    await pilot.press("enter")
    while screen.card.item is item:
        await pilot.pause()


KINDS = (QuestionCard, Input, OptionList, FooterKey, Widget, StylesCache)


def alive() -> dict[type, int]:
    """How many objects of each kind are alive, after a full collection."""
    gc.collect()
    objects = gc.get_objects()
    return {kind: sum(isinstance(o, kind) for o in objects) for kind in KINDS}


@pytest.fixture(scope="module")
def alive_after_a_long_quiz() -> dict[type, tuple[int, int]]:
    """Per kind of object: (how many more are alive than before the app, how many it has on screen)
    after ANSWERED questions. Counting from before the app leaves out what other tests left behind."""

    @synchronously
    async def run() -> dict[type, tuple[int, int]]:
        before = alive()
        app = QuizApp(decks=[long_deck(ANSWERED + 5)], options=QuizOptions(shuffle=False))
        async with app.run_test(size=(100, 30)) as pilot:
            screen = app.screen
            while screen.card is None or not screen.card.is_mounted:
                await pilot.pause()
            for _ in range(ANSWERED):
                await answer_and_go_on(pilot, screen)
            assert screen.session.index == ANSWERED
            await pilot.pause()
            after = alive()
            on_screen = [w for s in app.screen_stack for w in s.walk_children(with_self=True)]
            counts = {kind: (after[kind] - before[kind], sum(isinstance(w, kind) for w in on_screen)) for kind in KINDS}
            # One StylesCache (a widget's rendered lines) per widget alive.
            counts[StylesCache] = (counts[StylesCache][0], counts[Widget][0])
            return counts

    return run()


@pytest.mark.parametrize("kind", [
    QuestionCard,  # the card answered last is gone once the next one is shown
    Input,         # each fill-in's answer box (held by the screen's text-selection signal)
    OptionList,    # each multiple choice's options
    FooterKey,     # the footer's keys, rebuilt twice per question (held by the footer's watchers)
    Widget,        # anything at all
    StylesCache,   # a widget's rendered lines (held by a memo in Textual's StylesCache), one per live widget
], ids=lambda kind: kind.__name__)
def test_nothing_of_an_answered_question_stays_alive(alive_after_a_long_quiz, kind):
    more, on_screen = alive_after_a_long_quiz[kind]
    assert more <= on_screen, f"{more - on_screen} {kind.__name__} alive but not on screen after {ANSWERED} questions"
