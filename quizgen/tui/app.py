"""The quiz app: starts on the deck picker, a quiz, or an article to generate from."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable, Iterable

from textual.app import App

from quizgen.deck import Deck
from quizgen.deck_catalog import DeckEntry
from quizgen.quiz_session import Listener, QuizOptions, QuizSession


class QuizApp(App[int]):
    """Start with `decks` (a quiz), `article` (generate, then quiz) or neither (the picker).

    `answer_hooks` are called once per finished question with its final `Outcome` (see
    quizgen.quiz_session): the place learning history subscribes.
    """

    CSS_PATH = "quizgen.tcss"
    TITLE = "quizgen"

    def __init__(self, *, decks: list[Deck] | None = None, article: Path | None = None,
                 entries: list[DeckEntry] | None = None, options: QuizOptions = QuizOptions(),
                 answer_hooks: Iterable[Listener] = (), clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.decks = decks
        self.article = article
        self.entries = entries
        self.options = options
        self.answer_hooks = list(answer_hooks)
        self.clock = clock
        self.has_picker = not decks and article is None
        self.error_message: str | None = None

    def on_mount(self) -> None:
        from quizgen.tui.screens.loading import LoadingScreen
        from quizgen.tui.screens.picker import PickerScreen

        if self.decks:
            self.start_quiz(self.decks)
        elif self.article is not None:
            self.push_screen(LoadingScreen(self.article))
        else:
            from quizgen.deck_catalog import find_decks

            self.push_screen(PickerScreen(self.entries if self.entries is not None else find_decks()))

    def new_session(self, decks: list[Deck]) -> QuizSession:
        """A session over `decks` with the command line's options and the answer hooks."""
        session = self.options.start(decks, clock=self.clock)
        for hook in self.answer_hooks:
            session.subscribe(hook)
        return session

    def start_quiz(self, decks: list[Deck]) -> None:
        """Open the quiz screen over `decks` (on top of the picker, if there is one)."""
        from quizgen.tui.screens.quiz import QuizScreen

        self.push_screen(QuizScreen(self.new_session(decks)))

    def leave_quiz(self) -> None:
        """Back to the picker, or exit when the app was started on a deck."""
        if self.has_picker:
            self.pop_screen()
        else:
            self.exit(0)

    def fail(self, message: str) -> None:
        """Exit with a one-line error the command prints (exit code 1)."""
        self.error_message = message
        self.exit(1)
