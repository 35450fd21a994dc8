"""`quizgen quiz [DECK|ARTICLE...]`: take a quiz in the terminal (no argument: the deck picker)."""

from __future__ import annotations

import argparse

from quizgen.deck.model import TYPES
from quizgen.wording import shown


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {value}")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `quiz` subcommand."""
    p = sub.add_parser(
        "quiz", help="take a quiz in the terminal (the default command)",
        description="Take a quiz in the terminal. With no files: pick a deck from ./decks (or the demo deck). "
                    "With an article (.txt/.md/.html): write or update decks/<article>.yaml first, exactly "
                    "as 'quizgen generate' does, and quiz from it.")
    p.add_argument("paths", nargs="*", metavar="DECK|ARTICLE", help="deck .yaml files or folders, or one article")
    p.add_argument("--shuffle", action=argparse.BooleanOptionalAction, default=True,
                   help="shuffle questions and options (default: on)")
    p.add_argument("--seed", type=int, metavar="N", help="seed for the shuffle: the same seed gives the same quiz")
    p.add_argument("--limit", type=_positive, metavar="N", help="ask at most N questions")
    p.add_argument("--type", dest="qtype", choices=TYPES, help="ask only questions of this type")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the decks (an article's is generated or merged into decks/ first), then run the Textual app."""
    from pathlib import Path

    from quizgen.errors import QuizgenError
    from quizgen.paths import ARTICLE_SUFFIXES, expand_decks
    from quizgen.quiz.session import QuizOptions

    options = QuizOptions(shuffle=args.shuffle, seed=args.seed, limit=args.limit, qtype=args.qtype)
    decks, written = None, None
    if args.paths:
        paths = [Path(p) for p in args.paths]
        if any(p.suffix.lower() in ARTICLE_SUFFIXES for p in paths):
            if len(paths) > 1:
                raise QuizgenError("give one article, or deck files only (generate decks with 'quizgen generate' to combine)")
            if not paths[0].is_file():
                raise QuizgenError("no such file", paths[0])
            from quizgen.commands.deck_writer import WriteOptions, write_decks

            # The same deck file `quizgen generate` writes, merged the same way: edits and deletions kept.
            written, _ = write_decks([str(paths[0])], WriteOptions())
        decks = [_load(p, written) for p in (written or expand_decks(args.paths))]
        if not options.start(decks).items:
            what = f"questions of type {args.qtype}" if args.qtype else "questions"
            raise QuizgenError(f"no {what} in {', '.join(map(str, written or args.paths))}")
    if not _interactive(written):
        return 2
    from quizgen.tui.app import QuizApp

    store, store_error = _open_store()
    try:
        app = QuizApp(decks=decks, options=options, store=store, store_error=store_error)
        app.run()
    finally:
        if store is not None:
            store.close()
    if app.error_message:
        raise QuizgenError(app.error_message)
    return app.return_code or 0


def _load(path, written):
    """Load a deck; one just written from an article that fails to load says where it is."""
    from quizgen.deck.model import load_deck
    from quizgen.errors import QuizgenError

    try:
        return load_deck(path)
    except QuizgenError as e:
        if written:
            raise QuizgenError(f"{e} (fix the deck with 'quizgen check {path}', then quiz again)") from None
        raise


def _interactive(written) -> bool:  # noqa: ANN001 - the deck paths an article run wrote, or None
    """True in a terminal; else says so in one line (the app would hang and fill a file with escape codes),
    and where the deck an article run wrote is, so nothing is lost.

    Textual's TEXTUAL_DRIVER (a headless driver, as the tests use) needs no terminal.
    """
    import os
    import sys

    if (sys.stdin.isatty() and sys.stdout.isatty()) or os.environ.get("TEXTUAL_DRIVER"):
        return True
    kept = f"; the deck is written: {written[0]} (quiz it in a terminal: quizgen quiz {written[0]})" if written else ""
    print(shown(f"quizgen quiz needs an interactive terminal{kept}"), file=sys.stderr)
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
