"""The terminal quiz app (Textual): picker, quiz, results and stats screens. Never imports spaCy.

`run_review(session)` is what `quizgen review` runs;
Textual is imported only when it is called, so importing this package stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.quiz.session import QuizSession


def run_review(session: "QuizSession") -> int:
    """Run a ready review session (its answers already saved by its listeners) in the quiz app; the exit code."""
    from quizgen.tui.app import QuizApp

    app = QuizApp(session=session, review=True)
    app.run()
    return app.return_code or 0
