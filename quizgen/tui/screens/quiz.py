"""The quiz screen: one question at a time, immediate feedback, progress and score always shown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, OptionList

from quizgen.quiz.session import QuizSession
from quizgen.tui.gc_workarounds import KeyFooter, forget_removed_styles
from quizgen.tui.widgets.card import QuestionCard
from quizgen.tui.widgets.status import QuizStatus
from quizgen.tui.widgets.title_bar import TitleBar


class QuizScreen(Screen[None]):
    """Runs a QuizSession. Answers go through the session, whose listeners hear every final verdict."""

    BINDINGS = [
        *(Binding(str(n), f"choose({n})", f"Option {n}", show=False) for n in range(1, 10)),
        Binding("s", "skip", "Skip"),
        Binding("ctrl+s", "skip_typed", "Skip", key_display="^s"),
        Binding("o", "override", "I was right"),
        Binding("enter,space", "next", "Next", key_display="⏎"),
        Binding("question_mark,f1", "help", "Help"),
        Binding("q,escape", "leave", "Quit"),
    ]

    def __init__(self, session: QuizSession, review: bool = False) -> None:
        super().__init__()
        self.session = session
        self.review = review
        # Widgets are kept here rather than looked up: Textual caches query_one's answers per screen
        # (1,024 of them), so looking the card up would keep every card already answered alive.
        self.card: QuestionCard | None = None
        self.card_area = VerticalScroll(id="card-area")
        self.quiz_status = QuizStatus(id="status")

    def compose(self) -> ComposeResult:
        yield TitleBar(self.session.title)
        yield self.quiz_status
        yield self.card_area
        yield KeyFooter()

    async def on_mount(self) -> None:
        await self.show_question()

    async def show_question(self) -> None:
        """Replace the card with the current item's."""
        area = self.card_area
        await area.remove_children()
        forget_removed_styles()
        multi = len({i.deck_key for i in self.session.items}) > 1
        self.card = QuestionCard(self.session.current, show_deck=multi)
        await area.mount(self.card)
        area.scroll_home(animate=False)
        self.quiz_status.show(self.session)
        self.card.focus_answer()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer each key only when it means something now (the footer follows)."""
        if action in ("help", "leave"):
            return True
        pending = self.session.pending
        if self.session.current is None:
            return False
        if action == "next":
            return pending is not None
        if action == "override":
            return self.session.can_override()
        choice = bool(self.session.current.options)
        if action == "choose":
            return pending is None and choice and int(parameters[0]) <= len(self.session.current.options)
        if action == "skip":
            return pending is None and choice
        if action == "skip_typed":
            return pending is None and not choice
        return True

    def answer(self, typed: str) -> None:
        """Check `typed`, show the feedback, and keep the keys for 'next'."""
        outcome = self.session.answer(typed)
        self._after(outcome)

    def _after(self, outcome) -> None:
        self.card.show_outcome(outcome)
        self.quiz_status.show(self.session)
        area = self.card_area
        area.focus()
        area.scroll_end(animate=False)
        self.refresh_bindings()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.session.pending is None:
            self.answer(self.session.current.options[event.option_index])

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.session.pending is not None:
            return
        if not event.value.strip():
            self.notify("Type an answer first, or press Ctrl+S to skip.", timeout=3)
            return
        self.answer(event.value)

    def action_choose(self, number: int) -> None:
        """Choose option `number` (1-based)."""
        self.answer(self.session.current.options[number - 1])

    def action_skip(self) -> None:
        """Skip the current question."""
        self._after(self.session.skip())

    def action_skip_typed(self) -> None:
        """Skip a fill-in question (Ctrl+S, since 's' types into the box)."""
        self.action_skip()

    def action_override(self) -> None:
        """'I was right': count the wrong verdict as right."""
        outcome = self.session.override()
        if outcome is not None:
            self._after(outcome)

    async def action_next(self) -> None:
        """Commit the answer and go on (to the results after the last question)."""
        self.session.advance()
        if self.session.done:
            from quizgen.tui.screens.results import ResultsScreen

            self.app.switch_screen(ResultsScreen(self.session, review=self.review))
        else:
            await self.show_question()

    def action_help(self) -> None:
        """Show the keys."""
        from quizgen.tui.dialogs.help import HelpDialog

        self.app.push_screen(HelpDialog())

    def action_leave(self) -> None:
        """Ask, then leave mid-quiz (answers given so far are kept)."""
        from quizgen.tui.dialogs.confirm import ConfirmDialog

        done = len(self.session.finished())
        detail = (f"You have answered {done} of {self.session.total}; score so far {self.session.score}. "
                  + ("Your answers are saved: open this quiz again to resume where you left off."
                     if self.session.run_id is not None else
                     "Your answers are saved." if self.app.store is not None else ""))

        def leave(yes: bool | None) -> None:
            if yes:
                self.session.close()
                self.app.leave_quiz()

        self.app.push_screen(ConfirmDialog("Leave this quiz?", detail), leave)
