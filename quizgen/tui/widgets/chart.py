"""One deck's recent history: answers per day and accuracy per week as Sparklines on a fixed scale."""

from __future__ import annotations

from operator import itemgetter

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Label, Sparkline, Static

from quizgen.wording import percent
from quizgen.progress.stats import DeckStats

MUTED = "$foreground-muted"


def anchored(values: list[float], low: float, high: float) -> list[float]:
    """`values` with `low` and `high` interleaved, for a Sparkline on a fixed scale.

    Textual's Sparkline stretches its data's own min..max over the bar heights, so one answer a
    day would look like a full day, and 40% like 100%. Every value is paired with an anchor (low,
    high, low, …); a Sparkline exactly len(values) cells wide puts each pair in one cell, and
    `summary_function=FIRST` draws the value, while min and max come from the anchors.
    """
    data: list[float] = []
    for i, value in enumerate(values):
        data += [value, high if i % 2 else low]
    return data


FIRST = itemgetter(0)


class DeckChart(Vertical):
    """A box titled with the deck: answers per day over the last weeks, and accuracy per week."""

    def __init__(self, stats: DeckStats) -> None:
        super().__init__(classes="deck-chart")
        self.stats = stats

    def compose(self) -> ComposeResult:
        s = self.stats
        self.border_title = Content(s.title)
        if not s.reviews:
            yield Static(Content("Not studied yet: start it from the picker, and your answers show here.").stylize(MUTED),
                         classes="chart-note")
            return
        counts = [d.answers for d in s.days]
        top = max(counts)
        with Horizontal(classes="chart-row"):
            yield Label("answers/day", classes="chart-label")
            yield self.sparkline(counts, 0, max(top, 1))
            span = f"{s.days[0].start:%b %d} – {s.days[-1].start:%b %d}"
            note = f"{span} · most {top} a day" if top else f"{span} · none in these {len(counts)} days"
            yield Static(Content(note).stylize(MUTED), classes="chart-note")
        weeks = [w.accuracy for w in s.weeks]
        with Horizontal(classes="chart-row"):
            yield Label("accuracy/week", classes="chart-label")
            # A week's bar spans its 7 days, under the days of the chart above.
            yield self.sparkline([a or 0.0 for a in weeks for _ in range(7)], 0.0, 1.0)
            yield Static(Content("  ".join(percent(a) for a in weeks) + "  (oldest first)").stylize(MUTED),
                         classes="chart-note")
        if s.last_studied is not None:
            parts: list = [("last studied ", MUTED), f"{s.last_studied:%b %d}"]
            if s.last_score is not None:
                right, asked = s.last_score
                parts += [(" · last score ", MUTED), f"{right}/{asked} right"]
            yield Static(Content.assemble(*parts), classes="chart-note")

    @staticmethod
    def sparkline(values: list[float], low: float, high: float) -> Sparkline:
        """A one-cell-per-value Sparkline of `values` on the scale low..high."""
        chart = Sparkline(anchored(values, low, high), summary_function=FIRST, classes="chart")
        chart.styles.width = len(values)  # one cell per value: the anchoring needs it (see `anchored`)
        return chart
