"""`quizgen progress reset DECK` and `quizgen progress export FILE`: a learner owns their data."""

from __future__ import annotations

import argparse
import sys

from quizgen.wording import shown


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `progress` subcommand and its `reset` and `export` actions."""
    p = sub.add_parser("progress", help="reset or export saved learning progress",
                       description="Manage saved learning progress (stored in $QUIZGEN_HOME, else the user's "
                                   "data folder).")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    reset = actions.add_parser("reset", help="forget every answer given to one deck",
                               description="Forget every answer given to one deck (asks first).")
    reset.add_argument("deck", metavar="DECK", help="the deck file (or, for a deleted deck, its id/key)")
    reset.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    reset.set_defaults(func=run_reset)
    export = actions.add_parser("export", help="write all progress as JSON",
                                description="Write every answer and schedule as JSON ('-' for standard output).")
    export.add_argument("file", metavar="FILE", help="the JSON file to write, or - for standard output")
    export.set_defaults(func=run_export)


def run_reset(args: argparse.Namespace) -> int:
    """Forget one deck's progress, after confirmation."""
    from pathlib import Path

    from quizgen.deck.model import load_deck
    from quizgen.errors import QuizgenError
    from quizgen.progress.store import ProgressStore

    path = Path(args.deck)
    deck = load_deck(path) if path.is_file() else None
    with ProgressStore.open() as store:
        key = deck.key if deck else args.deck
        answers = len(store.answers(key))
        if deck is None and not answers:
            raise QuizgenError("no such deck file, and no saved progress under that deck key", args.deck)
        name = shown(f"'{deck.title}' ({key})" if deck else key)
        if not answers and not store.cards(key):
            print(f"Nothing to reset: no progress saved for {name}.")
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise QuizgenError(f"not resetting {name} without confirmation: not a terminal (pass --yes)")
            reply = input(f"Forget all {answers} answer{'s' if answers != 1 else ''} given to {name}? [y/N] ")
            if reply.strip().lower() not in ("y", "yes"):
                print("Nothing changed.")
                return 1
        deleted = store.reset(key)
    print(f"Forgot {deleted} answer{'s' if deleted != 1 else ''} given to {name}.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the whole store as JSON, atomically."""
    import json

    from quizgen.atomic import atomic_write_text, check_writable, target
    from quizgen.deck.read import refuse_deck
    from quizgen.progress.store import ProgressStore

    if args.file != "-":
        refuse_deck(args.file, "the progress export")
        check_writable(args.file)
    with ProgressStore.open() as store:
        data = store.export_json()
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if args.file == "-":
        sys.stdout.write(text)
        return 0
    stream = target(args.file).stream
    atomic_write_text(args.file, text)
    print(f"Exported {len(data['reviews'])} answers and {len(data['cards'])} schedules to {shown(args.file)}",
          file=sys.stderr if stream else sys.stdout)
    return 0
