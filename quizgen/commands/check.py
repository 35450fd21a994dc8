"""`quizgen check DECK...`: validate deck files and report every problem with its line, then lint them."""

from __future__ import annotations

import argparse
import sys

from quizgen.wording import shown


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `check` subcommand."""
    p = sub.add_parser("check", help="validate deck files and warn about weak questions",
                       description="Validate deck files; print every problem as path:LINE: message, and every "
                                   "weak question as path:LINE: warning: message [rule]. Tag a question "
                                   "'nolint' (or 'nolint:RULE') to silence its warnings.")
    p.add_argument("decks", nargs="*", metavar="DECK", help="deck .yaml files or folders (default: ./decks/*.yaml)")
    p.add_argument("--strict", action="store_true", help="exit 1 when there are warnings, not only errors")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check each deck; exit 1 if any is invalid (or, with --strict, has warnings)."""
    from quizgen.deck.model import load_deck
    from quizgen.errors import DeckError, QuizgenError
    from quizgen.deck.lint import lint_deck
    from quizgen.paths import decks_or_default

    bad = warned = 0
    for path in decks_or_default(args.decks):
        try:
            deck = load_deck(path)
        except DeckError as e:
            bad += 1
            for line, message in e.problems:
                print(shown(f"{path}:{line}: {message}" if line else f"{path}: {message}"), file=sys.stderr)
            continue
        except QuizgenError as e:
            bad += 1
            print(shown(str(e)), file=sys.stderr)
            continue
        print(shown(f"OK  {path}: {deck.summary()}"))
        for warning in lint_deck(deck):
            warned += 1
            print(shown(warning.format(path)), file=sys.stderr)
    return 1 if bad or (args.strict and warned) else 0
