"""Generating a deck from an article in a worker thread, with a loading indicator."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static

from quizgen.errors import QuizgenError
from quizgen.tui.gc_workarounds import KeyFooter
from quizgen.tui.widgets.title_bar import TitleBar


class LoadingScreen(Screen[None]):
    """Shows a loading indicator while the generator writes a deck for `article`."""

    BINDINGS = [("q,escape", "app.quit", "Quit")]

    def __init__(self, article: Path) -> None:
        super().__init__()
        self.article = article

    def compose(self) -> ComposeResult:
        yield TitleBar("", f"generating a deck from {self.article.name}")
        with Vertical(id="loading-box"):
            yield Static(f"Writing questions from {self.article.name} …", id="loading-text", markup=False)
            yield LoadingIndicator()
        yield KeyFooter()

    def on_mount(self) -> None:
        self.generate()

    @work(thread=True, exclusive=True)
    def generate(self) -> None:
        """Run the generator (it loads spaCy: that happens here only, in this thread)."""
        try:
            from quizgen.generate.pipeline import generate_deck
        except ImportError:
            self.app.call_from_thread(self.app.fail, "generating from an article is not available in this install yet; generate a deck with 'quizgen generate' first")
            return
        try:
            deck = generate_deck(self.article)
        except QuizgenError as e:
            self.app.call_from_thread(self.app.fail, str(e))
            return
        except Exception as e:  # noqa: BLE001 - shown as one line, like cli.main does
            self.app.call_from_thread(self.app.fail, f"internal error while generating: {type(e).__name__}: {e}")
            return
        if not deck.questions:
            self.app.call_from_thread(self.app.fail, f"{self.article}: no questions could be written from this article")
            return
        self.app.call_from_thread(self._start, deck)

    def _start(self, deck) -> None:
        from quizgen.tui.screens.quiz import QuizScreen

        session = self.app.new_session([deck])
        if not session.items:
            self.app.fail(f"{self.article}: the generated deck has no questions of the type asked for")
            return
        self.app.switch_screen(QuizScreen(session))
