"""`quizgen check DECK...`: validate deck files and report every problem with its line."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `check` subcommand."""
    p = sub.add_parser("check", help="validate deck files", description="Validate deck files; print every problem as path:LINE: message.")
    p.add_argument("decks", nargs="+", metavar="DECK", help="deck .yaml files (or folders of them)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check each deck; exit 1 if any is invalid."""
    from quizgen.deck import load_deck
    from quizgen.errors import DeckError, QuizgenError
    from quizgen.paths import expand_decks

    bad = 0
    for path in expand_decks(args.decks):
        try:
            deck = load_deck(path)
        except DeckError as e:
            bad += 1
            for line, message in e.problems:
                print(f"{path}:{line}: {message}" if line else f"{path}: {message}", file=sys.stderr)
            continue
        except QuizgenError as e:
            bad += 1
            print(str(e), file=sys.stderr)
            continue
        print(f"OK  {path}: {deck.summary()}")
    return 1 if bad else 0
