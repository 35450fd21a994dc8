"""The results: score, percentage, time, and every missed question with its answer and source."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from quizgen.quiz.session import Outcome, QuizSession, format_duration
from quizgen.tui.gc_workarounds import KeyFooter
from quizgen.tui.widgets.feedback import highlight
from quizgen.tui.widgets.title_bar import TitleBar


def summary_content(session: QuizSession, review: bool = False) -> Content:
    """'7 / 9 right · 78%', the time taken, and the command that repeats the quiz (a review: when it comes back)."""
    n = len(session.outcomes)
    k = session.score
    pct = round(100 * k / n) if n else 0
    style = "$text-success" if pct >= 80 else "$text-warning" if pct >= 50 else "$text-error"
    parts: list = [(f"{k} / {n} right", f"bold {style}"), ("  ·  ", "$foreground-muted"), (f"{pct}%", f"bold {style}"),
                   ("  ·  ", "$foreground-muted"), f"time {format_duration(session.elapsed)}"]
    if n < session.total:
        parts += [("  ·  ", "$foreground-muted"), (f"left after {n} of {session.total}", "$text-warning")]
    right_before, before = session.earlier
    if before:
        whole = k + right_before
        parts += ["\n", (f"With the {before} answered before you resumed: {whole} / {before + n} right "
                         f"({round(100 * whole / (before + n))}%)", "bold")]
    if review:
        parts += ["\n", ("Saved: each question comes back when it is due again (sooner if you missed it).",
                         "$foreground-muted")]
    elif session.command:
        parts += ["\n", ("Same quiz again: ", "$foreground-muted"), (session.command, "$text-accent")]
    return Content.assemble(*parts)


def missed_content(outcome: Outcome) -> Content:
    """Under a missed question's prompt: what was given, the answer and the source sentence."""
    q = outcome.item.question
    given = ("skipped", "$text-warning") if outcome.skipped else (f"you answered “{outcome.typed.strip()}”", "$text-error")
    parts: list = [given, "  ·  the answer: ", (q.answer_text, "bold $text-success")]
    if q.context:
        needles = [] if q.type == "true_false" else [q.answer_text, *q.accept]
        parts += ["\n", highlight(q.context, needles).stylize_before("$foreground-muted")]
    return Content.assemble(*parts)


class ResultsScreen(Screen[None]):
    """Shows how the quiz went; `r` retries the missed questions, `q` leaves."""

    BINDINGS = [
        Binding("r", "retry", "Retry missed"),
        Binding("q,escape", "leave", "Back"),
        Binding("question_mark,f1", "help", "Help"),
    ]

    def __init__(self, session: QuizSession, review: bool = False) -> None:
        super().__init__()
        self.session = session
        self.review = review

    def compose(self) -> ComposeResult:
        yield TitleBar(self.session.title, "results")
        with VerticalScroll(id="results"):
            yield Static(Content("Results"), classes="results-title")
            yield Static(summary_content(self.session, self.review), id="summary")
            missed = self.session.missed()
            if missed:
                yield Static(Content(f"Missed or skipped ({len(missed)}) — press r to retry them"), classes="results-title")
                for i, outcome in enumerate(missed, 1):
                    with Vertical(classes="missed"):
                        yield Static(Content.assemble((f"{i}. ", "bold"), (outcome.item.question.prompt, "bold")))
                        yield Static(missed_content(outcome), classes="missed-detail")
            else:
                yield Static(Content("Nothing missed. Well done!"), id="all-right")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#results").focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """'Retry missed' only when something was missed."""
        if action == "retry":
            return bool(self.session.missed())
        return True

    def action_retry(self) -> None:
        """A new quiz over just the missed questions."""
        from quizgen.tui.screens.quiz import QuizScreen

        self.app.switch_screen(QuizScreen(self.session.retry_missed(), review=self.review))

    def action_leave(self) -> None:
        """Back to the picker, or exit."""
        self.app.leave_quiz()

    def action_help(self) -> None:
        """Show the keys."""
        from quizgen.tui.dialogs.help import HelpDialog

        self.app.push_screen(HelpDialog())
