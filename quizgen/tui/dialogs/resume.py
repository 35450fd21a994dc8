"""'Resume (N left) / Start over': offered when a quiz on the same decks was left half way."""

from __future__ import annotations

from textual.binding import Binding

from quizgen.tui.dialogs.confirm import ConfirmDialog


class ResumeDialog(ConfirmDialog, inherit_bindings=False):
    """Dismisses with True (resume, `r`), False (start over, `s`) or None (Escape: neither)."""

    BINDINGS = [
        Binding("r", "answer(True)", "Resume"),
        Binding("s", "answer(False)", "Start over"),
        Binding("escape", "cancel", "Back"),
    ]
    KEYS = ("r", "s")
    FOCUS = "#yes"
    VARIANTS = ("primary", "default")

    def __init__(self, left: int, total: int, right: int) -> None:
        answered = total - left
        super().__init__("You left this quiz half way.",
                         f"{answered} of {total} answered ({right} right); your answers are saved. "
                         f"Resume with the {left} left, in the same order, or start over?",
                         yes=f"Resume ({left} left)", no="Start over")

    def action_cancel(self) -> None:
        """Neither: back to where the quiz was started from."""
        self.dismiss(None)
