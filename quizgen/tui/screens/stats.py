"""The stats screen (`t` in the picker): `quizgen stats`'s table, then each deck's recent history."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Static

from quizgen.wording import COLUMNS, percent
from quizgen.deck.model import Deck
from quizgen.progress.stats import HISTORY_DAYS, DeckStats
from quizgen.tui.learner_data import UNREADABLE, all_stats
from quizgen.tui.gc_workarounds import KeyFooter
from quizgen.tui.widgets.chart import DeckChart
from quizgen.tui.widgets.title_bar import TitleBar

# Like `quizgen stats`, long titles are cut so the numbers fit beside them (the charts show them whole).
TITLE_WIDTH = 36


def table_row(s: DeckStats) -> list[Text]:
    """A deck's row: the same cells as `quizgen stats` prints."""
    cells = [s.questions, s.answered, percent(s.accuracy), s.due_now, s.due_week,
             f"{s.streak} day{'s' if s.streak != 1 else ''}"]
    title = s.title if len(s.title) <= TITLE_WIDTH else s.title[: TITLE_WIDTH - 1] + "…"
    return [Text(title)] + [Text(str(c), justify="right") for c in cells]


class StatsScreen(Screen[None]):
    """Per deck: questions, answered, accuracy, due now and this week, streak; then the charts."""

    BINDINGS = [
        Binding("q,escape", "back", "Back"),
        Binding("question_mark,f1", "help", "Help"),
    ]

    def __init__(self, decks: list[Deck]) -> None:
        super().__init__()
        self.decks = decks

    def compose(self) -> ComposeResult:
        yield TitleBar("", "learning stats")
        with VerticalScroll(id="stats"):
            try:
                self.stats = all_stats(self.decks, self.app.store, self.app.now())
            except UNREADABLE as e:
                self.stats = []
                yield Static(Content(f"Progress cannot be read: {e}"), id="stats-error")
            if not self.decks:
                yield Static(Content("No deck here can be used; fix the decks the picker marks."), id="stats-error")
            if self.stats:
                yield Static(Content("Progress per deck"), classes="results-title")
                yield DataTable(id="stats-table", cursor_type="none", show_cursor=False)
                yield Static(Content(f"The last {HISTORY_DAYS // 7} weeks"), classes="results-title")
                for s in self.stats:
                    yield DeckChart(s)
        yield KeyFooter()

    def on_mount(self) -> None:
        if self.stats:
            table = self.query_one(DataTable)
            table.can_focus = False  # the page scrolls; the table has nothing to select
            table.add_columns("deck", *COLUMNS)
            table.add_rows(table_row(s) for s in self.stats)
        self.query_one("#stats").focus()

    def action_back(self) -> None:
        """Back to the picker."""
        self.dismiss(None)

    def action_help(self) -> None:
        """Show the keys."""
        from quizgen.tui.dialogs.help import HelpDialog

        self.app.push_screen(HelpDialog())
