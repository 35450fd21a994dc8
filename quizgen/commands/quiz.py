"""`quizgen quiz [DECK|ARTICLE...]`: take a quiz in the terminal (no argument: the deck picker)."""

from __future__ import annotations

import argparse

from quizgen.commands import whole_number
from quizgen.deck.model import TYPES
from quizgen.wording import shown


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `quiz` subcommand."""
    p = sub.add_parser(
        "quiz", help="take a quiz in the terminal (the default command)",
        description="Take a quiz in the terminal. With no files: pick a deck from ./decks (or the demo deck). "
                    "With an article (.txt/.md/.html): generate its deck first.")
    p.add_argument("paths", nargs="*", metavar="DECK|ARTICLE", help="deck .yaml files or folders, or one article")
    p.add_argument("--shuffle", action=argparse.BooleanOptionalAction, default=True,
                   help="shuffle questions and options (default: on)")
    p.add_argument("--seed", type=int, metavar="N", help="seed for the shuffle: the same seed gives the same quiz")
    p.add_argument("--limit", type=whole_number(1), metavar="N", help="ask at most N questions")
    p.add_argument("--type", dest="qtype", choices=TYPES, help="ask only questions of this type")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the decks (or note the article), then run the Textual app."""
    from pathlib import Path

    from quizgen.deck.model import load_deck
    from quizgen.errors import QuizgenError
    from quizgen.paths import ARTICLE_SUFFIXES
    from quizgen.quiz.session import QuizOptions

    options = QuizOptions(shuffle=args.shuffle, seed=args.seed, limit=args.limit, qtype=args.qtype)
    decks, article = None, None
    if args.paths:
        paths = [Path(p) for p in args.paths]
        articles = [p for p in paths if p.suffix.lower() in ARTICLE_SUFFIXES]
        if articles:
            if len(paths) > 1:
                raise QuizgenError("give one article, or deck files only (generate decks with 'quizgen generate' to combine)")
            if not articles[0].is_file():
                raise QuizgenError("not a regular file (a FIFO, device or socket); give an article file"
                                   if articles[0].exists() else "no such file", articles[0])
            article = articles[0]
        else:
            from quizgen.paths import expand_decks

            decks = [load_deck(p) for p in expand_decks(args.paths)]
            if not options.start(decks).items:
                what = f"questions of type {args.qtype}" if args.qtype else "questions"
                raise QuizgenError(f"no {what} in {', '.join(map(str, args.paths))}")
    if not _interactive():
        return 2
    from quizgen.tui.app import QuizApp

    store, store_error = _open_store()
    try:
        app = QuizApp(decks=decks, article=article, options=options, store=store, store_error=store_error)
        app.run()
    finally:
        if store is not None:
            store.close()
    if app.error_message:
        raise QuizgenError(app.error_message)
    return app.return_code or 0


def _interactive() -> bool:
    """True in a terminal; else says so in one line (the app would hang and fill a file with escape codes).

    Textual's TEXTUAL_DRIVER (a headless driver, as the tests use) needs no terminal.
    """
    import os
    import sys

    if (sys.stdin.isatty() and sys.stdout.isatty()) or os.environ.get("TEXTUAL_DRIVER"):
        return True
    print("quizgen quiz needs an interactive terminal", file=sys.stderr)
    return False


def _open_store():
    """The learner's progress store (every answer is saved in it), or None and why; never fatal."""
    import sys

    from quizgen.errors import QuizgenError
    from quizgen.progress.store import ProgressStore

    try:
        return ProgressStore.open(), None
    except QuizgenError as e:
        print(shown(f"quizgen: warning: progress will not be saved: {e}"), file=sys.stderr)
        return None, str(e)
