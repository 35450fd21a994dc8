"""The deck picker: "Review due", then one row per deck (title, due count, last score, questions by type,
source); Enter starts the highlighted one, `t` shows the stats."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quizgen.deck.model import TYPE_LABELS, Deck
from quizgen.deck.catalog import DECKS_FOLDER, DeckEntry
from quizgen.tui.learner_data import Overview, overview
from quizgen.tui.gc_workarounds import KeyFooter
from quizgen.tui.widgets.title_bar import TitleBar
from quizgen.wording import source_label

REVIEW = "review"
REFRESH_SECONDS = 30
MUTED = "$foreground-muted"


def plural(n: int, word: str) -> str:
    """'1 question', '3 questions'."""
    return f"{n} {word}{'s' if n != 1 else ''}"


def progress_badge(deck: Deck, progress: Overview | None) -> list:
    """After a deck's title: how many questions are due and the latest session's score."""
    if progress is None or progress.error:
        return []
    due = progress.due.get(deck.key, 0)
    score = progress.last_score.get(deck.key)
    if not due and score is None:
        return [("   not studied yet", MUTED)]
    parts: list = ["   ", (f"{due} due", "bold $text-warning") if due else ("nothing due", "$text-success")]
    if score is not None:
        right, asked = score
        parts += [(" · last score ", MUTED), (f"{right}/{asked}", "bold"), (f" ({round(100 * right / asked)}%)", MUTED)]
    left = progress.left.get(deck.key)
    if left:
        parts += [(" · ", MUTED), (f"{left} left to resume", "$text-accent")]
    return parts


def entry_prompt(entry: DeckEntry, progress: Overview | None = None) -> Content:
    """A picker row: the title and progress, the counts by type, the source article and file (or the error)."""
    if entry.deck is None:
        return Content.assemble(
            (entry.path.name, "bold"), ("  cannot be used", "$text-error bold"), "\n",
            ("  " + (entry.error or ""), "$text-error"), "\n",
            ("  fix it, then run: quizgen check " + str(entry.path), MUTED),
        )
    deck = entry.deck
    counts = " · ".join(f"{n} {TYPE_LABELS[t]}" for t, n in deck.counts().items() if n)
    source = f"from {source_label(deck.source)}" if deck.source else "no source article"
    return Content.assemble(
        (deck.title, "bold"), *progress_badge(deck, progress), "\n",
        (f"  {plural(len(deck.questions), 'question')}", "$text-accent"), (f" ({counts})" if counts else "", ""), "\n",
        (f"  {source} · {entry.label}", MUTED),
    )


def review_prompt(progress: Overview, now: datetime) -> Content:
    """The "Review due" row: how many questions are due, or why there is nothing to review."""
    from quizgen.wording import ago

    due = progress.total_due
    if due:
        decks = plural(sum(1 for n in progress.due.values() if n), "deck")
        return Content.assemble(("Review due", "bold"), "   ", (f"{plural(due, 'question')} due now", "bold $text-warning"),
                                "\n", (f"  from {decks}, most overdue first · r", MUTED))
    why = (f"the next question is due {ago(progress.next_due, now)}" if progress.next_due is not None
           else "questions you answer come back here when they are due")
    return Content.assemble(("Review due", "bold"), "   nothing due now", "\n", f"  {why}")


class PickerScreen(Screen[None]):
    """Lists the decks on offer; Enter (or a click) starts the highlighted row, `r` the review, `t` the stats."""

    BINDINGS = [
        Binding("enter", "start", "Start", show=True, priority=False),
        Binding("r", "review", "Review due"),
        Binding("t", "stats", "Stats"),
        Binding("question_mark,f1", "help", "Help"),
        Binding("q,escape", "app.quit", "Quit"),
    ]

    def __init__(self, entries: list[DeckEntry]) -> None:
        super().__init__()
        self.entries = entries
        self.progress: Overview | None = None
        self.due_timer = None  # a one-off refresh when the next question falls due

    @property
    def decks(self) -> list[Deck]:
        """The decks that can be used."""
        return [e.deck for e in self.entries if e.deck is not None]

    def compose(self) -> ComposeResult:
        yield TitleBar("", "choose a deck")
        demo = any(e.demo for e in self.entries)
        elsewhere = sum(not e.demo and e.path.is_absolute() for e in self.entries)
        where = "No decks in decks/ yet" if Path(DECKS_FOLDER).is_dir() else "No decks/ folder here"
        hint = (f"{where}: this is the demo deck shipped with quizgen. "
                "Write your own with: quizgen generate ARTICLE" if demo else
                f"{plural(len(self.entries) - elsewhere, 'deck')} in decks/")
        hint += f" · {elsewhere} studied elsewhere" if elsewhere else ""
        yield Static(Content.assemble(("Choose a deck", "bold"), ("  ↑ ↓ and Enter (or a click) starts it", "$text-accent"),
                                      "\n", (hint, MUTED)), id="picker-title")
        yield Static(id="progress-notice", markup=False)
        yield OptionList(id="decks")
        yield KeyFooter()

    def on_mount(self) -> None:
        # Questions fall due while the picker is open (a missed one a minute later): keep counts fresh.
        self.set_interval(REFRESH_SECONDS, self.refresh_if_shown)

    def refresh_if_shown(self) -> None:
        """Fresh due counts, unless another screen is on top."""
        if self.is_current:
            self.show_rows()

    def on_screen_resume(self) -> None:
        self.show_rows()

    def show_rows(self) -> None:
        """(Re)build the rows with fresh progress, keeping the highlighted row."""
        app = self.app
        now = app.now()
        self.progress = overview(self.decks, app.store, now, app.store_error) \
            if app.store is not None or app.store_error else None
        notice = self.query_one("#progress-notice", Static)
        error = self.progress.error if self.progress else None
        notice.update(f"Progress is not saved: {error}" if error else "")
        notice.display = bool(error)

        rows: list[Option | None] = []
        if self.progress is not None and not error:
            rows += [Option(review_prompt(self.progress, now), id=REVIEW,
                            disabled=not self.progress.total_due), None]
        for i, entry in enumerate(self.entries):
            rows += [None] if i else []
            rows.append(Option(entry_prompt(entry, self.progress), id=str(i)))
        options = self.query_one("#decks", OptionList)
        kept = options.highlighted_option.id if options.highlighted_option is not None else None
        options.set_options(rows)
        ids = [o.id for o in options.options]
        first = REVIEW if self.progress is not None and self.progress.total_due else "0"
        target = kept if kept in ids and not options.get_option(kept).disabled else first
        if target in ids:
            options.highlighted = options.get_option_index(target)
        self.refresh_bindings()
        self._refresh_when_due(now)

    def _refresh_when_due(self, now: datetime) -> None:
        """Refresh the moment the next question falls due, when that is sooner than the regular refresh."""
        if self.due_timer is not None:
            self.due_timer.stop()
            self.due_timer = None
        next_due = self.progress.next_due if self.progress is not None else None
        if next_due is not None and 0 <= (wait := (next_due - now).total_seconds()) < REFRESH_SECONDS:
            self.due_timer = self.set_timer(wait + 0.5, self.refresh_if_shown)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Review and stats only when progress is kept; review greyed out when nothing is due."""
        if action == "review":
            return self.progress is not None and not self.progress.error
        if action == "stats":
            return self.progress is not None and not self.progress.error
        return True

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.open_row(event.option.id)

    def action_start(self) -> None:
        """Start the highlighted row."""
        option = self.query_one("#decks", OptionList).highlighted_option
        if option is not None:
            self.open_row(option.id)

    def open_row(self, row_id: str | None) -> None:
        """Start the review or the deck a row stands for."""
        if row_id == REVIEW:
            self.action_review()
        elif row_id is not None:
            self.open_entry(self.entries[int(row_id)])

    def open_entry(self, entry: DeckEntry) -> None:
        """Start a quiz on `entry`, or say why it cannot be used."""
        if entry.deck is None:
            self.notify(f"{entry.path}: {entry.error}", title="This deck has a problem", severity="error")
            return
        if not self.app.options.start([entry.deck]).items:
            self.notify("No questions match the --type/--limit given.", severity="warning")
            return
        self.app.start_quiz([entry.deck])

    def action_review(self) -> None:
        """Quiz the questions due now across every deck, most overdue first (counts refreshed first)."""
        self.show_rows()
        if self.progress is not None and not self.progress.error and not self.progress.total_due:
            from quizgen.wording import nothing_due

            self.notify(nothing_due(self.progress.next_due, self.app.now()), timeout=4)
            return
        self.app.start_review(self.decks)

    def action_stats(self) -> None:
        """Show the learning stats of every deck."""
        from quizgen.tui.screens.stats import StatsScreen

        self.app.push_screen(StatsScreen(self.decks))

    def action_help(self) -> None:
        """Show the keys."""
        from quizgen.tui.dialogs.help import HelpDialog

        self.app.push_screen(HelpDialog())
