"""`quizgen review [DECK...]`: a quiz of the questions due now across decks, most overdue first."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone

from quizgen.wording import ago, shown


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `review` subcommand."""
    p = sub.add_parser("review", help="quiz the questions due for review now",
                       description="Quiz the questions due for review now across decks, most overdue first "
                                   "(spaced repetition with FSRS). A question is due once it has been answered "
                                   "and its interval has passed.")
    p.add_argument("decks", nargs="*", metavar="DECK",
                   help="deck .yaml files or folders (default: ./decks/*.yaml and the decks studied elsewhere)")
    p.add_argument("--list", action="store_true", help="only list the due questions, do not start the quiz")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Start the review quiz in the app, or list what is due when the app cannot run."""
    from quizgen.progress.decks import load_decks
    from quizgen.progress.review import due_items, review_session
    from quizgen.progress.store import ProgressStore

    now = datetime.now(timezone.utc)
    with ProgressStore.open() as store:
        decks = load_decks(args.decks, store)
        due = due_items(decks, store, now)
        if not due:
            upcoming = due_items(decks, store, now, within=10**10)
            when = (f"; the next is due {ago(upcoming[0][2], now)}" if upcoming
                    else "; answer some questions with 'quizgen quiz' first")
            print(f"Nothing is due for review now{when}.")
            return 0
        if not args.list:
            if sys.stdin.isatty() and sys.stdout.isatty():
                from quizgen.tui import run_review

                return int(run_review(review_session([(deck, question) for deck, question, _ in due], store)) or 0)
            print("(not a terminal: listing the questions instead)", file=sys.stderr)
    print(f"{len(due)} question{'s' if len(due) != 1 else ''} due for review, most overdue first:")
    for deck, question, when in due:
        print(f"  due {ago(when, now):<16}  {shown(deck.title)} [{shown(question.id)}]  {shown(question.prompt)}")
    return 0


