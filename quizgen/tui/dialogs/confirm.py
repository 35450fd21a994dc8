"""A yes/no question as a modal dialog; dismisses with True (yes) or False (no)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from quizgen.tui.gc_workarounds import KeyFooter


class ConfirmDialog(ModalScreen[bool]):
    """Asks `question`; `y`/Enter on Yes answers yes, `n`/Escape answers no."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]
    KEYS = ("y", "n")  # shown on the buttons: the keys BINDINGS give yes and no
    FOCUS = "#no"
    VARIANTS = ("error", "primary")  # the yes and no buttons' looks

    def __init__(self, question: str, detail: str = "", yes: str = "Leave", no: str = "Stay") -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Static(self.question, id="confirm-question", markup=False)
            if self.detail:
                yield Static(self.detail, id="confirm-detail", markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(f"{self.yes} ({self.KEYS[0]})", id="yes", variant=self.VARIANTS[0])
                yield Button(f"{self.no} ({self.KEYS[1]})", id="no", variant=self.VARIANTS[1])
        yield KeyFooter()  # this dialog's keys, not those of the screen beneath

    def on_mount(self) -> None:
        self.query_one(self.FOCUS, Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        """Answer the question."""
        self.dismiss(yes)
