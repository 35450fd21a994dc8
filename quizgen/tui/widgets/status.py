"""The quiz's status line: a progress bar, 'Question k / n' and the running score."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from quizgen.quiz.session import QuizSession


class QuizStatus(Horizontal):
    """Always-visible progress for a session."""

    def compose(self) -> ComposeResult:
        yield ProgressBar(show_eta=False, show_percentage=False, id="progress")
        yield Label(id="position")
        yield Label(id="score")

    def show(self, session: QuizSession) -> None:
        """Refresh from `session` (a resumed run counts the answers given before it was left)."""
        right_before, before = session.earlier
        done = len(session.finished()) + before
        self.query_one(ProgressBar).update(total=max(session.run_total, 1), progress=done)
        k = min(session.index + 1, session.total) + before
        self.query_one("#position", Label).update(f"Question {k} / {session.run_total}")
        self.query_one("#score", Label).update(f"Score {session.score + right_before} / {done}")
