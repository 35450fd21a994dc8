"""The help dialog: the key table from quizgen/data/help.md."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from quizgen import data


def help_text() -> str:
    """The help Markdown shipped in the package."""
    return data.text("help.md")


class HelpDialog(ModalScreen[None]):
    """Shows the keys; any of Escape, q, ? or F1 closes it."""

    BINDINGS = [Binding("escape,q,question_mark,f1,enter", "close", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Content("Keys"), id="help-title")
            yield Markdown(help_text())
            yield Static("Escape closes this help", id="help-hint")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
