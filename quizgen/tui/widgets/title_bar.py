"""The one-line header every screen shows: 'quizgen' and the deck title (or the screen's purpose)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class TitleBar(Static):
    """A header line; `title` is shown as plain text (deck titles may hold '[' and ']')."""

    def __init__(self, title: str = "", detail: str = "") -> None:
        super().__init__(classes="title-bar")
        self.set_title(title, detail)

    def set_title(self, title: str, detail: str = "") -> None:
        """Show `title` (and a muted `detail` after it)."""
        parts: list = [("quizgen", "bold $text-accent")]
        if title:
            parts += ["  ", (title, "bold")]
        if detail:
            parts += ["  ", (detail, "$foreground-muted")]
        self.update(Content.assemble(*parts))
