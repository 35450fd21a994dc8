"""`quizgen stats [DECK...] [--json]`: what a learner knows, deck by deck, with recent history."""

from __future__ import annotations

import argparse
import json

from quizgen.wording import COLUMNS, percent, shown

BARS = "▁▂▃▄▅▆▇█"


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `stats` subcommand."""
    p = sub.add_parser("stats", help="show learning progress per deck",
                       description="Show learning progress per deck: questions, answered, accuracy, due now, "
                                   "due this week, study streak, and answers per day over the last 4 weeks.")
    p.add_argument("decks", nargs="*", metavar="DECK", help="deck .yaml files or folders (default: ./decks/*.yaml)")
    p.add_argument("--json", action="store_true",
                   help='print {"decks": [{"title", "path", "questions", "reviews", "correct", "due"}, ...]}')
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the stats table and charts (or JSON) for the decks."""
    from quizgen.progress.decks import load_decks
    from quizgen.progress.store import ProgressStore

    decks = load_decks(args.decks)
    with ProgressStore.open() as store:
        stats = [store.deck_stats(deck) for deck in decks]
    if args.json:
        print(json.dumps({"decks": [{"title": s.title, "path": str(s.path), "questions": s.questions,
                                     "reviews": s.reviews, "correct": s.correct, "due": s.due_now}
                                    for s in stats]}, indent=2, ensure_ascii=False))
        return 0
    print(table(stats))
    for s in stats:
        print()
        print(chart(s))
    return 0


def table(stats: list) -> str:
    """A plain-text table, one row per deck."""
    rows = [[shown(s.title), str(s.questions), str(s.answered), percent(s.accuracy), str(s.due_now), str(s.due_week),
             f"{s.streak} day{'s' if s.streak != 1 else ''}"] for s in stats]
    header = ["deck", *COLUMNS]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    widths[0] = min(widths[0], 40)
    lines = []
    for r in [header, *rows]:
        title = r[0] if len(r[0]) <= widths[0] else r[0][: widths[0] - 1] + "…"
        cells = [title.ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def chart(s) -> str:
    """Answers per day as a sparkline, and accuracy per week, for one deck."""
    counts = [d.answers for d in s.days]
    top = max(counts, default=0)
    if not top:
        return f"{shown(s.title)}: no answers in the last {len(counts)} days"
    line = "".join("·" if c == 0 else BARS[min(len(BARS) - 1, (c * len(BARS) - 1) // top)] for c in counts)
    weeks = "  ".join(percent(w.accuracy).rjust(4) for w in s.weeks)
    first, last = s.days[0].start, s.days[-1].start
    return (f"{shown(s.title)}\n"
            f"  answers/day   {line}  ({first:%b %d} – {last:%b %d}, most {top} a day)\n"
            f"  accuracy/week {weeks}  (the last {len(s.weeks)} weeks, oldest first)")

