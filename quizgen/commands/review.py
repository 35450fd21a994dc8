"""`quizgen review [DECK...]`: a quiz of the questions due now across decks, most overdue first."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone

# The quiz app's entry point for a review: quizgen.tui.<APP_ENTRY>(session) -> exit code, where
# session is a QuizSession from quizgen.progress.review.review_session: its items are already in
# order (most overdue first) and it already saves every answer in the progress store.
APP_ENTRY = "run_review"


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `review` subcommand."""
    p = sub.add_parser("review", help="quiz the questions due for review now",
                       description="Quiz the questions due for review now across decks, most overdue first "
                                   "(spaced repetition with FSRS). A question is due once it has been answered "
                                   "and its interval has passed.")
    p.add_argument("decks", nargs="*", metavar="DECK", help="deck .yaml files or folders (default: ./decks/*.yaml)")
    p.add_argument("--list", action="store_true", help="only list the due questions, do not start the quiz")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Start the review quiz in the app, or list what is due when the app cannot run."""
    from quizgen.progress.decks import load_decks
    from quizgen.progress.review import due_items, review_session
    from quizgen.progress.store import ProgressStore

    decks = load_decks(args.decks)
    now = datetime.now(timezone.utc)
    with ProgressStore.open() as store:
        due = due_items(decks, store, now)
        if not due:
            upcoming = due_items(decks, store, now, within=10**10)
            when = (f"; the next is due {ago(upcoming[0][2], now)}" if upcoming
                    else "; answer some questions with 'quizgen quiz' first")
            print(f"Nothing is due for review now{when}.")
            return 0
        if not args.list:
            app = _app_entry()
            if app is not None and sys.stdin.isatty() and sys.stdout.isatty():
                return int(app(review_session([(deck, question) for deck, question, _ in due], store)) or 0)
            reason = "not a terminal" if app is not None else "the quiz app cannot run a review yet"
            print(f"({reason}: listing the questions instead)", file=sys.stderr)
    print(f"{len(due)} question{'s' if len(due) != 1 else ''} due for review, most overdue first:")
    for deck, question, when in due:
        print(f"  due {ago(when, now):<16}  {deck.title} [{question.id}]  {question.prompt}")
    return 0


def _app_entry():
    """The quiz app's review entry point, or None when the app is missing or lacks it."""
    try:
        import quizgen.tui as tui
    except ImportError:
        return None
    return getattr(tui, APP_ENTRY, None)


def ago(moment: datetime, now: datetime) -> str:
    """'now', '3 hours ago', 'in 2 days', 'in under a minute' — a rough, readable distance from now."""
    seconds = (moment - now).total_seconds()
    size = abs(seconds)
    for unit, span in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if size >= span:
            n = int(size // span)
            text = f"{n} {unit}{'s' if n != 1 else ''}"
            return f"in {text}" if seconds > 0 else f"{text} ago"
    return "in under a minute" if seconds > 0 else "now"
