"""The deck picker: one row per deck (title, questions by type, source); Enter starts a quiz."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from quizgen.deck import TYPE_LABELS
from quizgen.deck_catalog import DeckEntry
from quizgen.tui.widgets.title_bar import TitleBar


def entry_prompt(entry: DeckEntry) -> Content:
    """A picker row: the title, the counts by type, the source article and file (or the error)."""
    if entry.deck is None:
        return Content.assemble(
            (entry.path.name, "bold"), ("  cannot be used", "$text-error bold"), "\n",
            ("  " + (entry.error or ""), "$text-error"), "\n",
            ("  fix it, then run: quizgen check " + str(entry.path), "$foreground-muted"),
        )
    deck = entry.deck
    counts = " · ".join(f"{n} {TYPE_LABELS[t]}" for t, n in deck.counts().items() if n)
    n = len(deck.questions)
    source = f"from {deck.source}" if deck.source else "no source article"
    return Content.assemble(
        (deck.title, "bold"), "\n",
        (f"  {n} question{'s' if n != 1 else ''}", "$text-accent"), (f" ({counts})" if counts else "", ""), "\n",
        (f"  {source} · {entry.label}", "$foreground-muted"),
    )


class PickerScreen(Screen[None]):
    """Lists the decks on offer; Enter (or a click) starts a quiz on the highlighted one."""

    BINDINGS = [
        Binding("enter", "start", "Start quiz", show=True, priority=False),
        Binding("question_mark,f1", "help", "Help"),
        Binding("q,escape", "app.quit", "Quit"),
    ]

    def __init__(self, entries: list[DeckEntry]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        yield TitleBar("", "choose a deck")
        demo = any(e.demo for e in self.entries)
        hint = ("No decks/ folder here: this is the demo deck shipped with quizgen. "
                "Write your own with: quizgen generate ARTICLE" if demo else
                f"{len(self.entries)} deck{'s' if len(self.entries) != 1 else ''} in decks/")
        yield Static(Content.assemble(("Choose a deck", "bold"), ("  ↑ ↓ and Enter (or a click) starts it", "$text-accent"),
                                      "\n", (hint, "$foreground-muted")), id="picker-title")
        rows: list[Option | None] = []
        for i, entry in enumerate(self.entries):
            rows += [None] if i else []
            rows.append(Option(entry_prompt(entry), id=str(i)))
        yield OptionList(*rows, id="decks")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#decks", OptionList).highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.open_entry(self.entries[int(event.option.id)])

    def action_start(self) -> None:
        """Start the highlighted deck."""
        option = self.query_one("#decks", OptionList).highlighted_option
        if option is not None:
            self.open_entry(self.entries[int(option.id)])

    def open_entry(self, entry: DeckEntry) -> None:
        """Start a quiz on `entry`, or say why it cannot be used."""
        if entry.deck is None:
            self.notify(f"{entry.path}: {entry.error}", title="This deck has a problem", severity="error")
            return
        if not self.app.new_session([entry.deck]).items:
            self.notify("No questions match the --type/--limit given.", severity="warning")
            return
        self.app.start_quiz([entry.deck])

    def action_help(self) -> None:
        """Show the keys."""
        from quizgen.tui.dialogs.help import HelpDialog

        self.app.push_screen(HelpDialog())
