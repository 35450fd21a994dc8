"""`quizgen stats [DECK...] [--json]`: what a learner knows, deck by deck, with recent history."""

from __future__ import annotations

import argparse
import json
import sys

from quizgen.wording import COLUMNS, cut, percent, shown, stats_cells, stats_values, studied_first

BARS = "▁▂▃▄▅▆▇█"
WIDTH = 80  # the table's width when the output is no terminal (a file, a pipe)


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `stats` subcommand."""
    p = sub.add_parser("stats", help="show learning progress per deck",
                       description="Show learning progress per deck, studied decks first: questions, answered, "
                                   "accuracy, due now, due this week, study streak, and answers per day over the "
                                   "last 4 weeks. With no decks named: ./decks/*.yaml and every deck studied "
                                   "elsewhere.")
    p.add_argument("decks", nargs="*", metavar="DECK",
                   help="deck .yaml files or folders (default: ./decks/*.yaml and the decks studied elsewhere)")
    p.add_argument("--json", action="store_true",
                   help='print {"decks": [{"title", "path", "questions", "answered", "accuracy", "due_now", '
                        '"due_7d", "streak", "reviews", "correct", "last_studied", "last_score"}, ...]}')
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the stats table and charts (or JSON) for the decks."""
    import shutil

    from quizgen.progress.decks import load_decks
    from quizgen.progress.store import ProgressStore

    with ProgressStore.open() as store:
        decks = load_decks(args.decks, store)
        stats = studied_first([store.deck_stats(deck) for deck in decks])
    if args.json:
        print(json.dumps({"decks": [{"title": s.title, "path": str(s.path), **stats_values(s),
                                     "reviews": s.reviews, "correct": s.correct,
                                     "last_studied": s.last_studied.isoformat() if s.last_studied else None,
                                     "last_score": list(s.last_score) if s.last_score else None}
                                    for s in stats]}, indent=2, ensure_ascii=False))
        return 0
    width = shutil.get_terminal_size((WIDTH, 24)).columns if sys.stdout.isatty() else WIDTH
    print(table(stats, width))
    for s in stats:
        print()
        print(chart(s, width))
    return 0


def table(stats: list, width: int = WIDTH) -> str:
    """A plain-text table, one row per deck, at most `width` columns: the titles shrink to fit."""
    rows = [[shown(s.title), *stats_cells(s)] for s in stats]
    header = ["deck", *COLUMNS]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    numbers = sum(widths[1:]) + 2 * (len(widths) - 1)
    widths[0] = max(len(header[0]), min(widths[0], width - numbers))
    lines = []
    for r in [header, *rows]:
        cells = [cut(r[0], widths[0]).ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def chart(s, width: int = WIDTH) -> str:
    """Answers per day as a sparkline, and accuracy per week, for one deck."""
    counts = [d.answers for d in s.days]
    top = max(counts, default=0)
    if not top:
        return cut(f"{shown(s.title)}: no answers in the last {len(counts)} days", width)
    line = "".join("·" if c == 0 else BARS[min(len(BARS) - 1, (c * len(BARS) - 1) // top)] for c in counts)
    weeks = "  ".join(percent(w.accuracy).rjust(4) for w in s.weeks)
    first, last = s.days[0].start, s.days[-1].start
    return (f"{cut(shown(s.title), width)}\n"
            f"  answers/day   {line}  ({first:%b %d} – {last:%b %d}, most {top} a day)\n"
            f"  accuracy/week {weeks}  (the last {len(s.weeks)} weeks, oldest first)")
