"""Saving a quiz's answers as they are given: a listener for `QuizSession.subscribe`."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Callable

from quizgen.progress.scheduler import easy_within
from quizgen.progress.store import SavedAnswer, ProgressStore

if TYPE_CHECKING:
    from quizgen.quiz.session import Outcome


def recorder(store: ProgressStore, now: Callable[[], datetime] | None = None) -> Callable[["Outcome"], SavedAnswer]:
    """A listener that records each finished quiz item in `store` the moment it is final.

    Use: `session.subscribe(recorder(store))`. A skipped question counts as wrong (Again); a
    forgiven typo as right but Hard; an override ("I was right") as right, saved as an override.
    The answer belongs to the session's run (`outcome.run_id`), if any. `now` gives the time
    recorded (default: this moment; tests pass a fixed clock).
    """

    def record(outcome: "Outcome") -> SavedAnswer:
        question = outcome.item.question
        return store.record(outcome.item.deck_key, question.id, outcome.correct,
                            forgiven_typo=outcome.verdict.forgiven_typo and not outcome.skipped,
                            overridden=outcome.overridden, elapsed=outcome.elapsed,
                            easy_within=easy_within(question), now=now() if now is not None else None,
                            run_id=outcome.run_id)

    return record
