"""The quiz app: starts on the deck picker, a quiz or a ready review session."""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING, Callable, Iterable

from textual.app import App
from textual.notifications import SeverityLevel

from quizgen.deck.model import Deck
from quizgen.deck.catalog import DeckEntry
from quizgen.progress.stats import local_now
from quizgen.quiz.session import Listener, Outcome, QuizOptions, QuizSession

if TYPE_CHECKING:
    from quizgen.progress.store import ProgressStore


class QuizApp(App[int]):
    """Start with `decks` (a quiz), `session` (a ready one, e.g. a review) or neither (the picker).
    An article's deck is written by the command line first (quizgen.commands.quiz), never here.

    `store` is the learner's progress: every answer is saved in it, and the picker and the stats
    screen read it; `store_error` says why there is none (the picker shows it). `answer_hooks` are
    more listeners, called once per finished question with its final `Outcome` (see
    quizgen.quiz.session). `clock` times answers, `now` dates them (both injectable for tests).
    """

    CSS_PATH = "quizgen.tcss"
    TITLE = "quizgen"

    def __init__(self, *, decks: list[Deck] | None = None,
                 entries: list[DeckEntry] | None = None, session: QuizSession | None = None, review: bool = False,
                 options: QuizOptions = QuizOptions(), answer_hooks: Iterable[Listener] = (),
                 store: ProgressStore | None = None, store_error: str | None = None,
                 clock: Callable[[], float] = time.monotonic, now: Callable[[], datetime] = local_now) -> None:
        super().__init__()
        self.decks = decks
        self.entries = entries
        self.session = session
        self.review = review
        self.options = options
        self.store = store
        self.store_error = store_error
        self.clock = clock
        self.now = now
        hooks = list(answer_hooks)
        if store is not None:
            from quizgen.progress.hook import recorder

            hooks.insert(0, recorder(store, now))
        self.answer_hooks = [self.guarded(hook) for hook in hooks]
        self.has_picker = not decks and session is None
        self.error_message: str | None = None

    def on_mount(self) -> None:
        from quizgen.tui.screens.picker import PickerScreen
        from quizgen.tui.screens.quiz import QuizScreen

        if self.session is not None:
            # Its listeners (the review's recorder) get the same guard as the app's own hooks.
            self.session.listeners[:] = [self.guarded(hook) for hook in self.session.listeners]
            self.push_screen(QuizScreen(self.session, review=self.review))
        elif self.decks:
            self.start_quiz(self.decks)
        else:
            from quizgen.deck.catalog import find_decks
            from quizgen.tui.learner_data import studied_elsewhere

            entries = self.entries if self.entries is not None else find_decks()
            self.push_screen(PickerScreen(entries + studied_elsewhere(self.store, entries)))

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """A toast whose message is always plain text: it quotes deck text, file names and errors, and
        Textual markup in them ('[@click=...]', '[/]') must show literally, never act or crash."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def guarded(self, hook: Listener) -> Listener:
        """`hook`, with a failure to save progress shown as a notice instead of ending the quiz."""
        from quizgen.tui.learner_data import UNREADABLE

        def call(outcome: Outcome) -> None:
            try:
                hook(outcome)
            except UNREADABLE as e:
                self.notify(str(e), title="This answer was not saved", severity="error", timeout=10)

        return call

    def new_session(self, decks: list[Deck]) -> QuizSession:
        """A session over `decks` with the command line's options and the answer hooks."""
        session = self.options.start(decks, clock=self.clock)
        session.command = self.options.command_line(decks, session.seed)
        for hook in self.answer_hooks:
            session.subscribe(hook)
        return session

    def start_quiz(self, decks: list[Deck]) -> None:
        """Open the quiz over `decks` (on top of the picker, if there is one); a run left unfinished
        is offered first: "Resume (N left)" or "Start over"."""
        from quizgen.tui.learner_data import unfinished

        run = unfinished(self.store, decks)
        if run is None:
            self._open_quiz(decks, None)
            return
        from quizgen.tui.dialogs.resume import ResumeDialog

        def chosen(resume: bool | None) -> None:
            if resume is None and not self.has_picker:
                self.exit(0)
            elif resume is not None:
                self._open_quiz(decks, run if resume else None)

        self.push_screen(ResumeDialog(len(run.left), len(run.items), run.correct), chosen)

    def _open_quiz(self, decks: list[Deck], run) -> None:
        """The quiz screen over a new run of `decks`, or over what `run` has left."""
        from quizgen.tui.learner_data import begin_run, resume_session
        from quizgen.tui.screens.quiz import QuizScreen

        session = resume_session(run, decks, self.clock) if run is not None else None
        if session is None or not session.items:  # (every question left was since removed: start afresh)
            session = self.new_session(decks)
            session.run_id = begin_run(self.store, decks, session, self.now(), self.notify)
        else:
            session.command = self.options.command_line(decks, run.seed)
            for hook in self.answer_hooks:
                session.subscribe(hook)
        self.push_screen(QuizScreen(session))

    def start_review(self, decks: list[Deck]) -> None:
        """Open a quiz of the questions of `decks` due now, most overdue first (saved like any quiz)."""
        from quizgen.progress.review import review_session
        from quizgen.tui.learner_data import UNREADABLE, review_items
        from quizgen.tui.screens.quiz import QuizScreen

        if self.store is None:
            self.notify(self.store_error or "Progress is not saved in this session.", title="No review",
                        severity="warning")
            return
        try:
            items = review_items(decks, self.store, self.now(), self.options)
        except UNREADABLE as e:
            self.notify(str(e), title="Progress cannot be read", severity="error")
            return
        if not items:
            self.notify("Nothing is due for review now.", severity="warning")
            return
        session = review_session(items, None, seed=self.options.seed, clock=self.clock)
        for hook in self.answer_hooks:
            session.subscribe(hook)
        self.push_screen(QuizScreen(session, review=True))

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
