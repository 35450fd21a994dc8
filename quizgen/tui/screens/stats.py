"""The stats screen (`t` in the picker): `quizgen stats`'s table, then each deck's recent history."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Static

from quizgen.wording import COLUMNS, cut, stats_cells, studied_first
from quizgen.deck.model import Deck
from quizgen.progress.stats import HISTORY_DAYS, DeckStats
from quizgen.tui.learner_data import UNREADABLE, all_stats
from quizgen.tui.gc_workarounds import KeyFooter
from quizgen.tui.widgets.chart import DeckChart
from quizgen.tui.widgets.title_bar import TitleBar

# Like `quizgen stats`, long titles are cut so the numbers fit beside them (the charts show them whole);
# never narrower than this.
MIN_TITLE_WIDTH = 12
# Room the table cannot use: the page's side padding (2 + 2), its scrollbar (2) and the title cell's padding (2).
FRAME = 8


def table_row(s: DeckStats, title_width: int) -> list[Text]:
    """A deck's row: the same cells as `quizgen stats` prints, the title cut to `title_width`."""
    return [Text(cut(s.title, title_width))] + [Text(c, justify="right") for c in stats_cells(s)]


def title_width(stats: list[DeckStats], screen_width: int) -> int:
    """How wide the title column can be so that the whole table fits `screen_width`."""
    numbers = [max(len(h), *(len(c[i]) for c in map(stats_cells, stats))) + 2 for i, h in enumerate(COLUMNS)]
    longest = max(len(s.title) for s in stats)
    return max(MIN_TITLE_WIDTH, min(longest, screen_width - FRAME - sum(numbers)))


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
                self.stats = studied_first(all_stats(self.decks, self.app.store, self.app.now()))
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
            self.fill_table()
        self.query_one("#stats").focus()

    def fill_table(self) -> None:
        """(Re)write the rows with titles as wide as the screen allows."""
        table = self.query_one(DataTable)
        width = title_width(self.stats, self.app.size.width)
        # The title column's width is set, not measured: a measured column keeps the widest title it ever held.
        table.clear(columns=True)
        table.add_column("deck", width=width)
        table.add_columns(*COLUMNS)
        table.add_rows(table_row(s, width) for s in self.stats)

    def on_resize(self) -> None:
        if self.stats:
            self.fill_table()

    def action_back(self) -> None:
        """Back to the picker."""
        self.dismiss(None)

    def action_help(self) -> None:
        """Show the keys."""
        from quizgen.tui.dialogs.help import HelpDialog

        self.app.push_screen(HelpDialog())
